#pragma once

// Internal to core/training: the RecordWriter entities of the training tables. Reading and writing rows goes
// through storage/RecordIo.h with the field tables of domain/Training.h.
#include "domain/Training.h"
#include "storage/RecordIo.h"
#include "storage/RecordWriter.h"

namespace ChannelDesk::TrainingRecordIo {

inline const RecordWriter::Entity CourseEntity {QStringLiteral("course"), QStringLiteral("course")};
inline const RecordWriter::Entity DefinitionEntity {QStringLiteral("cert_definition"), QStringLiteral("cert_definition")};
inline const RecordWriter::Entity CompletionEntity {QStringLiteral("course_completion"), QStringLiteral("course_completion")};
inline const RecordWriter::Entity CertificationEntity {QStringLiteral("certification"), QStringLiteral("certification")};
inline const RecordWriter::Entity ProgramEntity {QStringLiteral("tier_program"), QStringLiteral("tier_program")};
inline const RecordWriter::Entity LevelEntity {QStringLiteral("tier_level"), QStringLiteral("tier_level")};
inline const RecordWriter::Entity MemberEntity {QStringLiteral("program_member"), QStringLiteral("program_member")};
inline const RecordWriter::Entity PointsEntity {QStringLiteral("points_entry"), QStringLiteral("points_entry")};
inline const RecordWriter::Entity TierEventEntity {QStringLiteral("tier_event"), QStringLiteral("tier_event")};

} // namespace ChannelDesk::TrainingRecordIo
