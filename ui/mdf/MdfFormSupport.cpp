#include "MdfFormSupport.h"

#include "common/Money.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace ChannelDesk::MdfForm {

namespace {

int digitsOf(const QString& currency)
{
    const int digits = Money::minorDigits(currency);
    return digits < 0 ? 2 : digits;
}

Error queryError(const QSqlQuery& query)
{
    return Error::storage(QCoreApplication::translate("ChannelDesk::MdfForm", "The database could not be read."),
                          query.lastError().text());
}

} // namespace

QString editText(qint64 minor, const QString& currency)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    const int digits = digitsOf(currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const bool negative = minor < 0;
    const qint64 absolute = negative ? -minor : minor;
    // Integer arithmetic: no double ever stands between the stored minor units and the text.
    QString text = locale.toString(absolute / scale);
    if (digits > 0)
        text += locale.decimalPoint() + QString::number(absolute % scale).rightJustified(digits, QLatin1Char('0'));
    return negative ? locale.negativeSign() + text : text;
}

Result<qint64> parseAmount(const QString& text, const QString& currency, const QString& field)
{
    const QString code = Money::minorDigits(currency) < 0 ? QStringLiteral("USD") : currency;
    const Result<Money> money = Money::parse(text, code, QLocale());
    if (!money) {
        Error error = money.error();
        error.field = field;
        return error;
    }
    return money->minor;
}

QString money(qint64 minor, const QString& currency)
{
    return Money { minor, currency }.format(QLocale());
}

Result<AllocationBalance> allocationBalance(Database& db, const QByteArray& allocationId)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT amount_minor, committed_minor, currency FROM mdf_allocation WHERE id = ?"));
    query.addBindValue(allocationId);
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return Error::notFound(QCoreApplication::translate("ChannelDesk::MdfForm", "The allocation no longer exists."));
    AllocationBalance balance;
    balance.amountMinor = query.value(0).toLongLong();
    balance.committedMinor = query.value(1).toLongLong();
    balance.currency = query.value(2).toString();
    return balance;
}

Result<QList<DealChoice>> dealsOfPartner(Database& db, const QByteArray& partnerId, int limit)
{
    QList<DealChoice> deals;
    if (partnerId.isEmpty())
        return deals;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, number, kind, customer_name, status FROM deal "
                                 "WHERE partner_id = ? AND deleted_at IS NULL ORDER BY number DESC LIMIT ?"));
    query.addBindValue(partnerId);
    query.addBindValue(limit);
    if (!query.exec())
        return queryError(query);
    while (query.next()) {
        deals.append({ query.value(0).toByteArray(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString() });
    }
    return deals;
}

void selectData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : (combo->count() > 0 ? 0 : -1));
}

void setTone(QLabel* label, Tone tone)
{
    switch (tone) {
    case Tone::Info:
        label->setStyleSheet(QStringLiteral("QLabel { color: #174ea6; background: #e8f0fe; border: 1px solid #aecbfa; "
                                            "border-radius: 4px; padding: 6px; }"));
        break;
    case Tone::Warning:
        label->setStyleSheet(QStringLiteral("QLabel { color: #5f4b00; background: #fef7e0; border: 1px solid #f9e199; "
                                            "border-radius: 4px; padding: 6px; }"));
        break;
    case Tone::Error:
        label->setStyleSheet(QStringLiteral("QLabel { color: #8a1c12; background: #fbe9e7; border: 1px solid #e6b0aa; "
                                            "border-radius: 4px; padding: 6px; }"));
        break;
    }
    label->setProperty("tone", static_cast<int>(tone));
}

void showMessage(QLabel* label, const QString& text, Tone tone)
{
    label->setText(text);
    setTone(label, tone);
    label->setVisible(!text.isEmpty());
}

} // namespace ChannelDesk::MdfForm
