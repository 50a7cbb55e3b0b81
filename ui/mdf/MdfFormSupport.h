#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QComboBox;
class QLabel;

namespace ChannelDesk {

class Database;

/// Small helpers the MDF forms share: amounts as the user edits them, the trigger-kept balance of an allocation,
/// a partner's deals for the MDF-12 picker, and the colours of banners and messages.
namespace MdfForm {

/// An amount as typed in a field: the locale's digits and decimal mark, no grouping, no symbol.
QString editText(qint64 minor, const QString& currency);
/// A user-typed amount in minor units of `currency` (Money::parse with QLocale()); the error names `field`.
Result<qint64> parseAmount(const QString& text, const QString& currency, const QString& field = {});
/// Money::format with QLocale().
QString money(qint64 minor, const QString& currency);

/// An allocation's amount and what approved requests hold of it (the schema's trigger-kept totals).
struct AllocationBalance
{
    qint64 amountMinor = 0;
    qint64 committedMinor = 0;
    QString currency;
    qint64 remainingMinor() const { return amountMinor - committedMinor; }
};
/// One indexed read of mdf_allocation.
Result<AllocationBalance> allocationBalance(Database& db, const QByteArray& allocationId);

/// A deal the request form can link (MDF-12).
struct DealChoice
{
    QByteArray id;
    QString number;
    QString kind;
    QString customerName;
    QString status;
};
/// The partner's live deals, newest number first (one indexed read, at most `limit`).
Result<QList<DealChoice>> dealsOfPartner(Database& db, const QByteArray& partnerId, int limit = 500);

/// Selects the item whose data is `data` (the first item when none is).
void selectData(QComboBox* combo, const QVariant& data);

enum class Tone { Info, Warning, Error };
/// Styles a message label (banner) in the house colours.
void setTone(QLabel* label, Tone tone);
/// Shows `text` on a message label with `tone`; empty text hides it.
void showMessage(QLabel* label, const QString& text, Tone tone);

} // namespace MdfForm

} // namespace ChannelDesk
