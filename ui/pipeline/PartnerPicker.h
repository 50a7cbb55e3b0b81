#pragma once

#include <QByteArray>
#include <QLineEdit>
#include <QTimer>

class QCompleter;
class QStandardItemModel;

namespace ChannelDesk {

class Database;

/// A search box that picks one partner: typing looks partners up by name, city or external ID (the partner FTS
/// index, at most 20 matches, so a keystroke costs one small indexed query even with 100,000 partners) and the
/// choice becomes the filter. Empty text means "all partners".
class PartnerPicker final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerPicker)

public:
    PartnerPicker(Database& db, QWidget* parent = nullptr);

    /// The chosen partner; empty when none.
    QByteArray partnerId() const { return m_partnerId; }
    QString partnerName() const { return m_partnerName; }
    void setPartner(const QByteArray& id, const QString& name);
    void clearPartner();

    QCompleter* partnerCompleter() const { return m_completer; }
    /// Runs the pending lookup now (tests; the box otherwise waits for a short pause in typing).
    void lookUpNow();

Q_SIGNALS:
    /// The chosen partner changed (picked, or cleared).
    void partnerChanged();

private:
    void onTextEdited(const QString& text);
    void onActivated(const QModelIndex& index);

    Database& m_db;
    QCompleter* m_completer;
    QStandardItemModel* m_matches;
    QTimer m_delay;
    QByteArray m_partnerId;
    QString m_partnerName;
};

} // namespace ChannelDesk
