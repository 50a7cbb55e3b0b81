#pragma once

#include "common/Result.h"
#include "domain/Mdf.h"
#include "mdf/MdfActionInput.h"
#include "mdf/MdfWorkflow.h"

#include <QHash>
#include <QVariantMap>

namespace ChannelDesk {

class Database;

/// A decision on one request line (MDF-06), keyed by MdfRequestLine::key.
struct MdfLineDecision
{
    QString key;
    QString decision;    ///< accepted | changed | denied
    qint64 approvedMinor = 0; ///< accepted: ignored (= requested); changed: 0 < amount < requested; denied: ignored (0)
    QString note;
};

/// Fund requests. Every change validates (MdfValidator, MdfWorkflow), checks the money rules (MdfLedger), then
/// writes the request and an mdf_event through RecordWriter in one transaction.
class MdfRequestRepository final
{
public:
    explicit MdfRequestRepository(Database& db);

    /// Columns only this client has, derived from synced ones: search_own, the folded words of number, title and
    /// campaign. Triggers add the partner's name to make search_text, which mdf_request_fts indexes for the list's
    /// search (migration step 9). Also used by sync and the generator.
    static QVariantMap localColumns(const MdfRequest& request);

    Result<MdfRequest> get(const QByteArray& id) const; ///< with the trigger-kept claim totals
    Result<MdfRequest> byNumber(const QString& number) const;
    /// Creates a draft: id, number, partner (the allocation's), currency (the allocation's), requested (Σ lines),
    /// vendor share (the budget's default when 0), line keys where empty.
    Result<MdfRequest> create(MdfRequest request, const MdfActionInput& input);
    /// Saves changed fields while editable (MDF-05). Returns false when nothing changed.
    Result<bool> update(const MdfRequest& request, const MdfActionInput& input);
    Status remove(const QByteArray& id, const MdfActionInput& input);  ///< drafts only
    Status restore(const QByteArray& id, const MdfActionInput& input);

    /// A workflow step other than Approve (use approve()). Submit checks the allocation is authorised and live.
    Result<MdfRequest> transition(const QByteArray& id, MdfRequestAction action, const MdfActionInput& input);
    /// Approve with per-line decisions (MDF-06; lines without a decision are accepted as is). Refused unless the
    /// actor is the approver (the approver field, else the budget owner), or when MDF-02 would break. Above the
    /// actor's limit (MdfSettings, converted to the base currency) the request is escalated instead: it stays
    /// submitted, approver = the limit's escalate_to, an "escalate" event is written, and the result says so
    /// (status still submitted). Sets decided_at and claim_deadline = end date + the budget's claim days (MDF-10).
    Result<MdfRequest> approve(const QByteArray& id, const QList<MdfLineDecision>& decisions,
                               const MdfActionInput& input);

    /// Approved requests whose claim deadline is between `today` and `today + days` (MDF-10 warnings).
    Result<QList<MdfRequest>> deadlinesWithin(const QDate& today, int days) const;

private:
    Database& m_db;
};

} // namespace ChannelDesk
