#include "PersonPicker.h"

#include "domain/Contact.h"
#include "storage/Database.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QSignalBlocker>
#include <QSqlQuery>
#include <QStandardItemModel>

namespace ChannelDesk {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
constexpr int PartnerRole = Qt::UserRole + 3;
constexpr int MaxMatches = 20;
}

PersonPicker::PersonPicker(Database& db, QWidget* parent)
    : QLineEdit(parent)
    , m_db(db)
    , m_completer(new QCompleter(this))
    , m_matches(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("personFilter"));
    setPlaceholderText(tr("All people (type to search)"));
    setToolTip(tr("Type the start of a person's first name, last name or e-mail, then pick them from the list"));
    setClearButtonEnabled(true);

    m_completer->setModel(m_matches);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(NameRole);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, &PersonPicker::onActivated);

    m_delay.setSingleShot(true);
    m_delay.setInterval(150);
    connect(&m_delay, &QTimer::timeout, this, &PersonPicker::lookUpNow);
    connect(this, &QLineEdit::textEdited, this, &PersonPicker::onTextEdited);
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && !m_contactId.isEmpty())
            clearPerson();
    });
}

void PersonPicker::setPerson(const QByteArray& id, const QString& name)
{
    if (id == m_contactId && name == m_name)
        return;
    m_contactId = id;
    m_name = id.isEmpty() ? QString() : name;
    if (id.isEmpty())
        m_contactPartner.clear();
    {
        const QSignalBlocker blocker(this);
        setText(m_name);
    }
    Q_EMIT personChanged();
}

void PersonPicker::clearPerson()
{
    setPerson({}, {});
}

void PersonPicker::setPartner(const QByteArray& partnerId)
{
    m_partnerId = partnerId;
    if (m_contactId.isEmpty() || partnerId.isEmpty())
        return;
    if (m_contactPartner.isEmpty()) {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("SELECT partner_id FROM contact WHERE id = ?"));
        query.addBindValue(m_contactId);
        if (query.exec() && query.next())
            m_contactPartner = query.value(0).toByteArray();
    }
    if (m_contactPartner != partnerId)
        clearPerson();
}

void PersonPicker::onTextEdited(const QString& text)
{
    // Moving through the popup with the arrow keys writes the highlighted name into the box: not a new search.
    if (m_completer->popup()->isVisible()) {
        for (int row = 0; row < m_matches->rowCount(); ++row) {
            if (m_matches->item(row)->data(NameRole).toString() == text)
                return;
        }
    }
    if (!m_contactId.isEmpty() && text != m_name) {
        m_contactId.clear();
        m_contactPartner.clear();
        m_name.clear();
        Q_EMIT personChanged();
    }
    m_delay.start();
}

void PersonPicker::lookUpNow()
{
    m_delay.stop();
    m_matches->clear();
    const QString prefix = text().trimmed();
    if (prefix.isEmpty())
        return;
    // Prefix ranges under NOCASE, one index each (as CertificationQuery's search): no scan of every contact.
    static const char32_t last[] = { 0x10FFFF };
    const QString end = prefix + QString::fromUcs4(last, 1);
    const QString partner = m_partnerId.isEmpty() ? QString() : QStringLiteral(" AND partner_id = ?");
    const QString range = QStringLiteral("SELECT local_id FROM contact WHERE deleted_at IS NULL AND %1 >= ? COLLATE NOCASE "
                                         "AND %1 < ? COLLATE NOCASE%2");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ct.id, ct.first_name, ct.last_name, ct.email, ct.partner_id, "
                                 "(SELECT p.name FROM partner p WHERE p.id = ct.partner_id) FROM contact ct "
                                 "WHERE ct.local_id IN (%1 UNION %2 UNION %3) "
                                 "ORDER BY ct.last_name COLLATE NOCASE, ct.first_name COLLATE NOCASE, ct.local_id LIMIT ?")
                      .arg(range.arg(QStringLiteral("first_name"), partner), range.arg(QStringLiteral("last_name"), partner),
                           range.arg(QStringLiteral("email"), partner)));
    for (int i = 0; i < 3; ++i) {
        query.addBindValue(prefix);
        query.addBindValue(end);
        if (!m_partnerId.isEmpty())
            query.addBindValue(m_partnerId);
    }
    query.addBindValue(MaxMatches);
    if (!query.exec())
        return;
    while (query.next()) {
        Contact contact;
        contact.firstName = query.value(1).toString();
        contact.lastName = query.value(2).toString();
        const QString name = contact.displayName();
        const QString email = query.value(3).toString();
        const QString partnerName = query.value(5).toString();
        QString label = name;
        if (!email.isEmpty())
            label = tr("%1 <%2>", "person <e-mail>").arg(label, email);
        if (m_partnerId.isEmpty() && !partnerName.isEmpty())
            label = tr("%1 — %2", "person — partner").arg(label, partnerName);
        auto* item = new QStandardItem(label);
        item->setData(query.value(0).toByteArray(), IdRole);
        item->setData(name, NameRole);
        item->setData(query.value(4).toByteArray(), PartnerRole);
        item->setEditable(false);
        m_matches->appendRow(item);
    }
    if (m_matches->rowCount() > 0 && hasFocus())
        m_completer->complete();
}

void PersonPicker::onActivated(const QModelIndex& index)
{
    m_contactPartner = index.data(PartnerRole).toByteArray(); // so setPartner() needs no lookup for it
    setPerson(index.data(IdRole).toByteArray(), index.data(NameRole).toString());
}

} // namespace ChannelDesk
