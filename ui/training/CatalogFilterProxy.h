#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace ChannelDesk {

class CatalogRecordModel;

/// Sorting and searching over a CatalogRecordModel (the tables are small and in memory, so a proxy is the right
/// tool here). Sorts on Roles::RawValueRole, locale-aware and case-insensitive for text; the search keeps rows whose
/// searchText() contains every word typed, compared folded (case and accents ignored, as everywhere in ChannelDesk);
/// inactive rows can be hidden.
class CatalogFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogFilterProxy)

public:
    explicit CatalogFilterProxy(QObject* parent = nullptr);

    void setSearch(const QString& text);
    QString search() const { return m_search; }
    void setShowInactive(bool show);
    bool showInactive() const { return m_showInactive; }
    /// Whether a search or the inactive filter hides rows right now.
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    QStringList m_words; ///< folded words of m_search
    bool m_showInactive = true;
};

} // namespace ChannelDesk
