#pragma once

#include "common/Result.h"
#include "domain/Training.h"

namespace ChannelDesk {

class Database;

/// Courses and certification definitions (CERT-01/02): the shared catalogue. Every change validates and writes
/// through RecordWriter in one transaction. Refusals are Error::validation naming the field:
/// code and name required; code unique among live records of its kind (case-insensitive); validity ≥ 0 months,
/// reminder and window days ≥ 0; prerequisites must be live courses and must not form a cycle (a course cannot,
/// directly or through others, require itself).
class TrainingCatalog final
{
public:
    explicit TrainingCatalog(Database& db);

    Result<Course> course(const QByteArray& id) const;
    Result<QList<Course>> courses(bool includeInactive = true) const; ///< live, by name
    Result<Course> courseByCode(const QString& code) const;           ///< NotFound if none
    Result<Course> createCourse(Course course);                        ///< fills id
    Result<bool> updateCourse(const Course& course);                   ///< false when nothing changed
    /// Tombstones a course; refused while a live course or definition lists it as a prerequisite.
    Status removeCourse(const QByteArray& id);

    Result<CertDefinition> definition(const QByteArray& id) const;
    Result<QList<CertDefinition>> definitions(bool includeInactive = true) const;
    Result<CertDefinition> definitionByCode(const QString& code) const;
    Result<CertDefinition> createDefinition(CertDefinition definition);
    Result<bool> updateDefinition(const CertDefinition& definition);
    /// Tombstones a definition; refused while live certifications use it (deactivate it instead).
    Status removeDefinition(const QByteArray& id);

    /// The tracks in use by live courses and definitions, sorted (for pickers and tier criteria).
    Result<QStringList> tracks() const;

private:
    Database& m_db;
};

} // namespace ChannelDesk
