#pragma once

#include <QByteArray>
#include <QLineEdit>
#include <QTimer>

class QCompleter;
class QStandardItemModel;

namespace ChannelDesk {

class Database;

/// A search box that picks one person (a partner contact): typing looks people up by the start of their first name,
/// last name or e-mail (the contact name and e-mail indexes, at most 20 matches), within one partner when
/// setPartner() narrowed it. Empty text means "everyone".
class PersonPicker final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonPicker)

public:
    PersonPicker(Database& db, QWidget* parent = nullptr);

    QByteArray contactId() const { return m_contactId; }
    QString personName() const { return m_name; }
    void setPerson(const QByteArray& id, const QString& name);
    void clearPerson();
    /// Only this partner's people are offered (empty: everyone's); a chosen person of another partner is cleared.
    void setPartner(const QByteArray& partnerId);

    QCompleter* personCompleter() const { return m_completer; }
    /// Runs the pending lookup now (tests; the box otherwise waits for a short pause in typing).
    void lookUpNow();

Q_SIGNALS:
    void personChanged();

private:
    void onTextEdited(const QString& text);
    void onActivated(const QModelIndex& index);

    Database& m_db;
    QCompleter* m_completer;
    QStandardItemModel* m_matches;
    QTimer m_delay;
    QByteArray m_contactId;
    QByteArray m_contactPartner;
    QString m_name;
    QByteArray m_partnerId;
};

} // namespace ChannelDesk
