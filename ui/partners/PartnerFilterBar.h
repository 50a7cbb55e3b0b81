#pragma once

#include "partners/PartnerQuery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace ChannelDesk {

class PartnerRepository;

/// Search box and filter menus above the partner list. Emits the filter part of a PartnerQuery on every change;
/// the list applies it at once (no delay: a keystroke is one indexed query on the loader thread).
class PartnerFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerFilterBar)

public:
    explicit PartnerFilterBar(QWidget* parent = nullptr);

    /// Fills the country and owner menus with the values in use.
    void reloadChoices(const PartnerRepository& repository);
    /// Writes the search text and filters into `query`, leaving its sort alone.
    void applyTo(PartnerQuery& query) const;
    QLineEdit* searchBox() const { return m_search; }
    void clear();

Q_SIGNALS:
    void changed();

private:
    QComboBox* addFilter(const char* name, const QString& allLabel);

    QLineEdit* m_search;
    QComboBox* m_tier;
    QComboBox* m_type;
    QComboBox* m_stage;
    QComboBox* m_country;
    QComboBox* m_owner;
    QToolButton* m_clear;
};

} // namespace ChannelDesk
