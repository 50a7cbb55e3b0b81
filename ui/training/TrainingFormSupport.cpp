#include "TrainingFormSupport.h"

#include "deals/DealSettings.h"
#include "partners/ContactRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QSignalBlocker>
#include <QSqlQuery>

#include <algorithm>

namespace ChannelDesk::TrainingForm {

namespace {
struct FormTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::TrainingForm)
};
}

QLabel* fieldMessage(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #a50e0e; }"));
    label->hide();
    return label;
}

void setFieldMessage(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

TrainingAction actionNow(Database& db, const QString& reason)
{
    TrainingAction action;
    action.actor = DealSettings(db).me();
    action.reason = reason;
    action.at = QDateTime::currentDateTimeUtc();
    return action;
}

QList<QPair<QByteArray, QString>> contactsOf(Database& db, const QByteArray& partnerId)
{
    QList<QPair<QByteArray, QString>> people;
    if (partnerId.isEmpty())
        return people;
    const Result<QList<Contact>> contacts = ContactRepository(db).forPartner(partnerId);
    if (!contacts)
        return people;
    QList<Contact> sorted = contacts.value();
    std::sort(sorted.begin(), sorted.end(), [](const Contact& a, const Contact& b) {
        const int last = a.lastName.compare(b.lastName, Qt::CaseInsensitive);
        return last != 0 ? last < 0 : a.firstName.compare(b.firstName, Qt::CaseInsensitive) < 0;
    });
    for (const Contact& c : std::as_const(sorted)) {
        if (c.isDeleted())
            continue;
        const QString name = c.email.isEmpty() ? c.displayName()
                                               : FormTr::tr("%1 <%2>", "person <e-mail>").arg(c.displayName(), c.email);
        people.append({ c.id, name });
    }
    return people;
}

void fillPeople(Database& db, QComboBox* box, const QByteArray& partnerId, const QByteArray& select)
{
    const QSignalBlocker blocker(box);
    box->clear();
    const QList<QPair<QByteArray, QString>> people = contactsOf(db, partnerId);
    if (partnerId.isEmpty())
        box->addItem(FormTr::tr("Choose a partner first"), QByteArray());
    else if (people.isEmpty())
        box->addItem(FormTr::tr("This partner has no contacts"), QByteArray());
    else
        box->addItem(FormTr::tr("Choose a person…"), QByteArray());
    for (const auto& [id, name] : people)
        box->addItem(name, id);
    const int index = select.isEmpty() ? -1 : box->findData(select);
    box->setCurrentIndex(index >= 0 ? index : 0);
    box->setEnabled(!people.isEmpty());
}

QString partnerName(Database& db, const QByteArray& partnerId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT name FROM partner WHERE id = ?"));
    query.addBindValue(partnerId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

} // namespace ChannelDesk::TrainingForm
