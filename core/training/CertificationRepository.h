#pragma once

#include "common/Result.h"
#include "domain/Training.h"
#include "training/TrainingAction.h"

namespace ChannelDesk {

class Database;

/// Course completions and people's certifications (CERT-01…03). Every change validates and writes through
/// RecordWriter in one transaction. The partner of a completion or certification is always its contact's partner
/// (CERT-03 roll-up); a contact that is missing or deleted is refused.
class CertificationRepository final
{
public:
    explicit CertificationRepository(Database& db);

    // --- course completions ---
    Result<QList<CourseCompletion>> completionsOf(const QByteArray& contactId) const;
    /// Records that a contact finished a course on `completedOn` (not in the future of `input.at`'s local day);
    /// refused while the course's own prerequisites are not completed on or before that day.
    Result<CourseCompletion> recordCompletion(CourseCompletion completion, const TrainingAction& input);
    Status removeCompletion(const QByteArray& id);
    /// The prerequisite courses of `definitionId` (or of a course, `courseId`) the contact has not completed by `day`.
    Result<QList<Course>> missingPrerequisites(const QByteArray& contactId, const QList<QByteArray>& courseIds,
                                               const QDate& day) const;

    // --- certifications ---
    Result<Certification> get(const QByteArray& id) const;
    Result<QList<Certification>> ofContact(const QByteArray& contactId) const; ///< live, newest first
    Result<QList<Certification>> ofPartner(const QByteArray& partnerId) const; ///< live, by contact then newest

    /// Creates a certification. status in_progress needs startedOn; status active needs acquiredOn (not after the
    /// local day of `input.at`), checks the definition's prerequisite courses and fills expiresOn from the
    /// definition's validity (certificationExpiry) when empty. A person may hold only one live in-progress or active
    /// certification per definition: a second one is refused (renew the existing one instead).
    Result<Certification> create(Certification cert, const TrainingAction& input);
    /// Edits certificate id, evidence, notes and dates of an in-progress or active record (expiry recomputed when
    /// the acquisition date changes and expiresOn was the computed one). Renewed and revoked records are read-only.
    Result<bool> update(const Certification& cert, const TrainingAction& input);
    /// In progress → active on `acquiredOn` (prerequisites checked, expiry computed).
    Result<Certification> pass(const QByteArray& id, const QDate& acquiredOn, const QString& certificateId,
                               const TrainingAction& input);
    /// CERT-02 renewal: allowed for an active certificate inside its recertification window or already expired.
    /// Creates a new active certification acquired on `acquiredOn` (expiry from the definition) and archives the old
    /// one as "renewed" with renewedById = the new id, in one transaction. Returns the new record.
    Result<Certification> renew(const QByteArray& id, const QDate& acquiredOn, const QString& certificateId,
                                const TrainingAction& input);
    /// Revokes an active or in-progress certification (reason required); it stops counting at once.
    Status revoke(const QByteArray& id, const TrainingAction& input);
    Status remove(const QByteArray& id); ///< tombstone (in-progress records, or mistakes)
    /// CERT-01: records that the expiry reminder was sent on `day` for each id (one transaction).
    Status markReminded(const QList<QByteArray>& ids, const QDate& day);

    /// Attaches evidence bytes (stored once by SHA-256 in the local blob store, mdf_blob) and names it on the record.
    Status attachEvidence(const QByteArray& id, const QString& fileName, const QByteArray& content);
    /// The evidence bytes, verified against their SHA-256 (Error::Io when missing or damaged).
    Result<QByteArray> evidence(const QByteArray& id) const;

    /// Evidence files above this size are refused (as MDF claim attachments).
    static constexpr qint64 MaxEvidenceBytes = 25 * 1024 * 1024;

private:
    Database& m_db;
};

} // namespace ChannelDesk
