#pragma once

#include "common/Result.h"
#include "domain/Mdf.h"
#include "mdf/MdfActionInput.h"
#include "mdf/MdfWorkflow.h"

#include <QVariantMap>

namespace ChannelDesk {

class Database;

/// Claims, their payments and attachments. Every change validates, checks MdfLedger (MDF-08/09/10/11) and writes the
/// rows and an mdf_event through RecordWriter in one transaction.
class MdfClaimRepository final
{
public:
    explicit MdfClaimRepository(Database& db);

    /// Columns only this client has: search_own, the folded words of number and title. Triggers add the request's
    /// search_text (its words and its partner's name) to make the claim's, indexed by mdf_claim_fts.
    static QVariantMap localColumns(const MdfClaim& claim);

    Result<MdfClaim> get(const QByteArray& id) const; ///< with the trigger-kept paid total
    Result<QList<MdfClaim>> claimsOf(const QByteArray& requestId) const;
    /// Creates a draft claim: refused without an approved request (MDF-08), after the request's claim deadline
    /// (MDF-10, compared with the local date of `input.at`), with a title another live claim has (MDF-09), or above
    /// what the request has left (MDF-09). Fills id, number, partner and currency from the request.
    Result<MdfClaim> create(MdfClaim claim, const MdfActionInput& input);
    Result<bool> update(const MdfClaim& claim, const MdfActionInput& input); ///< while draft or returned
    Status remove(const QByteArray& id, const MdfActionInput& input);        ///< drafts only
    Status restore(const QByteArray& id, const MdfActionInput& input);

    /// A workflow step other than Approve. Submit re-checks the deadline (the deadline day itself is allowed) and
    /// MDF-09.
    Result<MdfClaim> transition(const QByteArray& id, MdfClaimAction action, const MdfActionInput& input);
    /// Approves `approvedMinor` (0 < approved ≤ claimed; MDF-09 cap); only the approver (else the budget owner).
    Result<MdfClaim> approve(const QByteArray& id, qint64 approvedMinor, const MdfActionInput& input);

    Result<QList<MdfPayment>> payments(const QByteArray& claimId) const; ///< live payments, oldest first
    /// Records a payment (MDF-11): claim approved or partially paid, Σ payments ≤ approved; the claim becomes
    /// partially_paid or paid in the same transaction. Currency = the claim's.
    Result<MdfPayment> recordPayment(MdfPayment payment, const MdfActionInput& input);
    /// Voids a payment (tombstone, reason required); the claim's status follows. restorePayment() undoes it.
    Status voidPayment(const QByteArray& paymentId, const MdfActionInput& input);
    Status restorePayment(const QByteArray& paymentId, const MdfActionInput& input);

    Result<QList<MdfAttachment>> attachments(const QByteArray& claimId) const;
    /// Stores `content` once in mdf_blob (by SHA-256) and the attachment record; refused above 25 MiB, for an empty
    /// file, or while the claim is not editable (draft or returned).
    Result<MdfAttachment> addAttachment(const QByteArray& claimId, const QString& fileName, const QString& mimeType,
                                        const QByteArray& content, const QString& kind, const MdfActionInput& input);
    Status removeAttachment(const QByteArray& attachmentId, const MdfActionInput& input);
    Status restoreAttachment(const QByteArray& attachmentId, const MdfActionInput& input);
    /// The bytes of an attachment, verified against its SHA-256 (a mismatch is an error naming the file); an error
    /// saying so when the content has not been downloaded yet.
    Result<QByteArray> attachmentContent(const QByteArray& attachmentId) const;

    static constexpr qint64 MaxAttachmentBytes = 25 * 1024 * 1024;

private:
    Database& m_db;
};

} // namespace ChannelDesk
