#pragma once

#include "common/Result.h"

#include <QDate>

namespace ChannelDesk {

struct MdfAllocation;
struct MdfAttachment;
struct MdfBudget;
struct MdfClaim;
struct MdfPayment;
struct MdfRequest;

/// Field rules of single MDF records, without a database (the server runs the same checks on pushed rows). Each
/// refusal is an Error naming the field and saying what is wrong ("The activity ends before it starts."). Sums
/// across records (MDF-01/02 balances) are MdfLedger's.
namespace MdfValidator {

Status validate(const MdfBudget& budget);          ///< name, period start ≤ end, amount ≥ 0, ISO 4217 currency, share 1…10000 bp, claim days 0…730
Status validate(const MdfAllocation& allocation);  ///< budget, partner, period format (YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM), amount ≥ 0, currency
/// A request: title, allocation, partner, activity type, dates (start ≤ end), ≥ 1 line, every line described with
/// an amount > 0, requested = Σ lines, currency, share 1…10000 bp, per-line decisions consistent with their
/// approved amounts (accepted = requested, changed < requested and > 0, denied = 0), approved = Σ lines' approved
/// once decided.
Status validate(const MdfRequest& request);
Status validate(const MdfClaim& claim);            ///< title, request, ≥ 1 line with amount > 0, amount = Σ lines, 0 ≤ approved ≤ amount
Status validate(const MdfPayment& payment);        ///< claim, amount > 0, paid_on, method
Status validate(const MdfAttachment& attachment);  ///< claim, file name, 64-hex sha256, size ≥ 0

/// Whether `period` is a valid allocation period label, and the dates it covers.
bool parsePeriod(const QString& period, QDate* first = nullptr, QDate* last = nullptr);

} // namespace MdfValidator

} // namespace ChannelDesk
