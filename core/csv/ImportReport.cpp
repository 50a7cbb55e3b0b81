#include "csv/ImportReport.h"

#include "common/Uuid.h"

#include <QJsonArray>

namespace ChannelDesk::Csv {

namespace {

QString kindName(RowOutcome::Kind kind)
{
    switch (kind) {
    case RowOutcome::Kind::Created: return QStringLiteral("created");
    case RowOutcome::Kind::Updated: return QStringLiteral("updated");
    case RowOutcome::Kind::Unchanged: return QStringLiteral("unchanged");
    case RowOutcome::Kind::Rejected: return QStringLiteral("rejected");
    }
    return QString();
}

QJsonObject issueJson(const CsvIssue& issue)
{
    return QJsonObject { { QStringLiteral("line"), issue.line },
                         { QStringLiteral("code"), issue.code },
                         { QStringLiteral("message"), issue.message },
                         { QStringLiteral("severity"), issue.rejects ? QStringLiteral("error") : QStringLiteral("warning") } };
}

QJsonValue idJson(const QByteArray& id)
{
    return id.size() == 16 ? QJsonValue(Uuid::toString(id)) : QJsonValue(QJsonValue::Null);
}

} // namespace

// The JSON report of `channeldesk-cli import --report json`. Key names are stable (scripts and tests rely on them):
//
// {
//   "file": "partners.csv", "dryRun": false, "runId": 12,              // runId 0 for a dry run
//   "encoding": "utf-8", "encodingDetected": true, "bom": false,
//   "delimiter": "comma", "delimiterDetected": true, "sepDirective": false, "lineEndings": "crlf",
//   "headerLine": 1,
//   "header": ["Company", "Country", …],
//   "mapping": [ { "column": 0, "header": "Company", "field": "partner.name" },
//                { "column": 5, "header": "Fax", "field": null }, … ],                 // null = not imported
//   "blankOverwrites": ["partner.city"],
//   "counts": { "records", "accepted", "created", "updated", "unchanged", "rejected", "warnings",
//               "blankRowsSkipped", "contactsCreated", "contactsUpdated" },          // integers
//   "fileIssues": [ { "line", "code", "message", "severity": "warning"|"error" } ],
//   "issues": [ { "line", "code", "message", "severity" } ],   // every rejected or warned physical line, by line:
//                                                              // a rejection (severity "error") and each warning
//   "rows": [ { "line", "outcome": "created"|"updated"|"unchanged"|"rejected", "name", "partnerId" (UUID or null),
//               "code", "message" (rejected only), "changes": [ { "field", "before", "after" } ] (updated only),
//               "warnings": [ { "line", "code", "message", "severity" } ] } ],
//               // every rejected or warned row; others up to ImportReport::detailLimit of each kind
//   "duplicates": [ { "kind": "strong"|"possible", "key", "lines": [3, 9], "existingIds": [UUID, …] } ]
// }
//
// Rejection codes: the reader's (e.g. "too_many_fields", "invalid_encoding", "unterminated_quote") and the importer's
// "name_required", "invalid_value", "invalid_partner", "invalid_contact", "duplicate_in_file", "ambiguous_match",
// "no_match", "already_exists". Warning codes: the reader's (e.g. "padded_row") and "unparsed_date",
// "unparsed_number", "formula_like"; file issues add "ambiguous_date_order".
QJsonObject ImportReport::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("file"), fileName);
    json.insert(QStringLiteral("dryRun"), dryRun);
    json.insert(QStringLiteral("runId"), runId);
    json.insert(QStringLiteral("encoding"), encodingName(dialect.encoding));
    json.insert(QStringLiteral("encodingDetected"), dialect.encodingDetected);
    json.insert(QStringLiteral("bom"), dialect.bom);
    json.insert(QStringLiteral("delimiter"), delimiterName(dialect.delimiter));
    json.insert(QStringLiteral("delimiterDetected"), dialect.delimiterDetected);
    json.insert(QStringLiteral("sepDirective"), dialect.sepDirective);
    json.insert(QStringLiteral("lineEndings"), lineEndingsName(dialect.lineEndings));
    json.insert(QStringLiteral("headerLine"), headerLine);
    json.insert(QStringLiteral("header"), QJsonArray::fromStringList(header));

    QJsonArray columns;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString field = i < mapping.fieldForColumn.size() ? mapping.fieldForColumn.at(i) : QString();
        columns.append(QJsonObject { { QStringLiteral("column"), i },
                                     { QStringLiteral("header"), header.at(i) },
                                     { QStringLiteral("field"), field.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                : QJsonValue(field) } });
    }
    json.insert(QStringLiteral("mapping"), columns);
    QStringList overwrites(mapping.blankOverwrites.cbegin(), mapping.blankOverwrites.cend());
    overwrites.sort();
    json.insert(QStringLiteral("blankOverwrites"), QJsonArray::fromStringList(overwrites));

    json.insert(QStringLiteral("counts"), QJsonObject {
        { QStringLiteral("records"), records },
        { QStringLiteral("accepted"), accepted },
        { QStringLiteral("created"), created },
        { QStringLiteral("updated"), updated },
        { QStringLiteral("unchanged"), unchanged },
        { QStringLiteral("rejected"), rejected },
        { QStringLiteral("warnings"), warnings },
        { QStringLiteral("blankRowsSkipped"), blankRowsSkipped },
        { QStringLiteral("contactsCreated"), contactsCreated },
        { QStringLiteral("contactsUpdated"), contactsUpdated },
    });

    QJsonArray fileIssueArray;
    for (const CsvIssue& issue : fileIssues)
        fileIssueArray.append(issueJson(issue));
    json.insert(QStringLiteral("fileIssues"), fileIssueArray);

    QJsonArray issues;
    QJsonArray rowArray;
    for (const RowOutcome& row : rows) {
        QJsonObject object { { QStringLiteral("line"), row.line },
                             { QStringLiteral("outcome"), kindName(row.kind) },
                             { QStringLiteral("name"), row.name },
                             { QStringLiteral("partnerId"), idJson(row.partnerId) } };
        if (row.kind == RowOutcome::Kind::Rejected) {
            object.insert(QStringLiteral("code"), row.code);
            object.insert(QStringLiteral("message"), row.message);
            issues.append(issueJson(CsvIssue { row.line, row.code, row.message, true }));
        }
        if (!row.changes.isEmpty()) {
            QJsonArray changes;
            for (const FieldChange& change : row.changes) {
                changes.append(QJsonObject { { QStringLiteral("field"), change.field },
                                             { QStringLiteral("before"), change.before },
                                             { QStringLiteral("after"), change.after } });
            }
            object.insert(QStringLiteral("changes"), changes);
        }
        QJsonArray warningArray;
        for (const CsvIssue& warning : row.warnings) {
            warningArray.append(issueJson(warning));
            issues.append(issueJson(warning));
        }
        object.insert(QStringLiteral("warnings"), warningArray);
        rowArray.append(object);
    }
    json.insert(QStringLiteral("issues"), issues);
    json.insert(QStringLiteral("rows"), rowArray);

    QJsonArray groups;
    for (const DuplicateGroup& group : duplicates) {
        QJsonArray lines;
        for (qint64 line : group.lines)
            lines.append(line);
        QJsonArray ids;
        for (const QByteArray& id : group.existingIds)
            ids.append(idJson(id));
        groups.append(QJsonObject { { QStringLiteral("kind"), group.strong ? QStringLiteral("strong") : QStringLiteral("possible") },
                                    { QStringLiteral("key"), group.key },
                                    { QStringLiteral("lines"), lines },
                                    { QStringLiteral("existingIds"), ids } });
    }
    json.insert(QStringLiteral("duplicates"), groups);
    return json;
}

} // namespace ChannelDesk::Csv
