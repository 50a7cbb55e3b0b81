#pragma once

#include "csv/CsvDialect.h"
#include "csv/CsvRecord.h"
#include "csv/ImportMapping.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ChannelDesk::Csv {

/// One field an update would change (or changed).
struct FieldChange
{
    QString field; ///< ImportField key
    QString before;
    QString after;
};

/// What happened (or, in a dry run, would happen) to one data record.
struct RowOutcome
{
    enum class Kind { Created, Updated, Unchanged, Rejected };
    qint64 line = 0;
    Kind kind = Kind::Rejected;
    QByteArray partnerId;        ///< the matched or created partner (16 raw bytes); empty when rejected
    QString name;                ///< the partner's name as in the file, for lists
    QList<FieldChange> changes;  ///< for Updated
    QString code;                ///< for Rejected: stable reason code ("name_required", "ambiguous_match", …)
    QString message;             ///< for Rejected: translated reason
    QList<CsvIssue> warnings;    ///< warnings that did not block the row
};

/// Rows that are, or may be, the same partner (inside the file, or a row and stored partners). Strong: equal after
/// NFC, case and whitespace folding (or the same email / website domain / external id). Possible: equal only once
/// accents are removed (Thiên Ân vs Thiện An) — shown, never merged.
struct DuplicateGroup
{
    bool strong = false;
    QString key;                    ///< what they share, for people ("name + country: cong ty a / VN")
    QList<qint64> lines;            ///< file lines
    QList<QByteArray> existingIds;  ///< stored partners in the group
};

/// Everything an import (or its dry run) found: the detected format, the mapping used, counts, and every rejected
/// or warned line with a stable reason code. Serialised by toJson() for `channeldesk-cli import --report json`; the
/// JSON keys and the reason codes are listed above ImportReport::toJson() in ImportReport.cpp.
struct ImportReport
{
    QString fileName;
    Dialect dialect;
    QStringList header;
    qint64 headerLine = 0;
    ImportMapping mapping;
    bool dryRun = false;

    qint64 records = 0;    ///< data records read
    qint64 accepted = 0;   ///< created + updated + unchanged
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 warnings = 0;   ///< warnings, on taken rows and file-level
    qint64 blankRowsSkipped = 0;
    qint64 contactsCreated = 0;
    qint64 contactsUpdated = 0;

    QList<CsvIssue> fileIssues;
    /// Rejected rows and rows with warnings, every one. Created/updated/unchanged rows without warnings are kept only
    /// up to `detailLimit` each (the dry-run screen shows them), so memory stays bounded on huge files.
    QList<RowOutcome> rows;
    QList<DuplicateGroup> duplicates;

    qint64 runId = 0; ///< the import history entry of a real import (0 for a dry run)

    static constexpr int detailLimit = 2000;

    QJsonObject toJson() const;
};

} // namespace ChannelDesk::Csv
