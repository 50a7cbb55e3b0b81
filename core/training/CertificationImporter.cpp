#include "training/CertificationImporter.h"

#include "common/Logging.h"
#include "common/Uuid.h"
#include "csv/CsvText.h"
#include "csv/ValueParser.h"
#include "domain/Training.h"
#include "storage/Database.h"
#include "storage/RecordIo.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "training/CertificationRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>
#include <optional>
#include <vector>

namespace ChannelDesk {

namespace {

struct ImporterTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::CertificationImporter)
};

using Csv::CsvIssue;
using Csv::CsvRecord;
using Csv::ValueParser;

// Field keys.
const QString EmailKey = QStringLiteral("certification.email");
const QString CodeKey = QStringLiteral("certification.definition_code");
const QString NameKey = QStringLiteral("certification.definition_name");
const QString StatusKey = QStringLiteral("certification.status");
const QString StartedKey = QStringLiteral("certification.started_on");
const QString AcquiredKey = QStringLiteral("certification.acquired_on");
const QString ExpiresKey = QStringLiteral("certification.expires_on");
const QString CertificateIdKey = QStringLiteral("certification.certificate_id");
const QString NotesKey = QStringLiteral("certification.notes");

enum Slot { EmailSlot, CodeSlot, NameSlot, StatusSlot, StartedSlot, AcquiredSlot, ExpiresSlot, CertificateIdSlot,
            NotesSlot, SlotCount };

// Header synonyms by field, compared after Csv::headerMatchKey (folded case and accents, letters and digits only,
// a trailing unit in parentheses dropped). The English label (our export's header) comes first; then English,
// Vietnamese, German, French. Names our export writes for columns that are not imported ("Partner", "Person",
// "Track") are deliberately absent, so they show as skipped columns.
const QList<Csv::HeaderSynonyms>& synonyms()
{
    static const QList<Csv::HeaderSynonyms> table = [] {
        const auto names = [](std::initializer_list<const char*> list) {
            QStringList out;
            for (const char* name : list)
                out.append(QString::fromUtf8(name));
            return out;
        };
        return QList<Csv::HeaderSynonyms> {
            { EmailKey, names({ "email", "e-mail", "email address", "e-mail address", "person email", "contact email",
                                "work email", "learner email", "user email", "student email", "candidate email",
                                "thư điện tử", "địa chỉ email", "email người học", "email nhân viên", "email học viên",
                                "e-mail-adresse", "mail", "e-mail des teilnehmers", "e-mail teilnehmer",
                                "courriel", "adresse e-mail", "adresse électronique", "e-mail du contact",
                                "courriel du participant" }) },
            { CodeKey, names({ "certification code", "code", "cert code", "certificate code", "exam code",
                               "credential code", "definition code",
                               "mã chứng chỉ", "mã chứng nhận", "mã",
                               "zertifizierungscode", "zertifikatscode", "kürzel", "prüfungscode",
                               "code de certification", "code certification", "code du certificat" }) },
            { NameKey, names({ "certification", "certification name", "certificate", "certificate name", "credential",
                               "credential name", "exam", "exam name", "definition", "certification definition",
                               "chứng chỉ", "tên chứng chỉ", "chứng nhận", "tên chứng nhận", "loại chứng chỉ",
                               "zertifizierung", "zertifikat", "zertifikatsname", "name der zertifizierung",
                               "nom de la certification", "certificat", "nom du certificat" }) },
            { StatusKey, names({ "state", "status", "certification status", "certification state",
                                 "trạng thái", "tình trạng",
                                 "zustand", "zertifizierungsstatus",
                                 "statut", "état" }) },
            { StartedKey, names({ "started", "started on", "start date", "enrolled", "enrollment date", "enrolment date",
                                  "date started",
                                  "ngày bắt đầu", "bắt đầu", "ngày đăng ký",
                                  "beginn", "startdatum", "begonnen am", "angemeldet am",
                                  "date de début", "commencé le", "date d'inscription" }) },
            { AcquiredKey, names({ "acquired", "acquired on", "date acquired", "issued", "issue date", "date issued",
                                   "issued on", "certified on", "certification date", "passed", "passed on",
                                   "pass date", "achieved", "achieved on", "earned", "earned on",
                                   "ngày cấp", "ngày đạt", "ngày nhận", "ngày cấp chứng chỉ",
                                   "erworben", "erworben am", "ausstellungsdatum", "ausgestellt am", "bestanden am",
                                   "zertifiziert am",
                                   "date d'obtention", "obtenu le", "date de délivrance", "délivré le",
                                   "date de certification" }) },
            { ExpiresKey, names({ "expires", "expires on", "expiry", "expiry date", "expiration", "expiration date",
                                  "valid until", "valid through", "valid to",
                                  "ngày hết hạn", "hết hạn", "hiệu lực đến", "có hiệu lực đến",
                                  "ablaufdatum", "gültig bis", "läuft ab am", "ablauf",
                                  "date d'expiration", "expire le", "valable jusqu'au", "valide jusqu'au" }) },
            { CertificateIdKey, names({ "certificate id", "certificate number", "certificate no", "certificate #",
                                        "credential id", "credential number", "verification code", "license number",
                                        "số chứng chỉ", "mã số chứng chỉ", "số hiệu chứng chỉ",
                                        "zertifikatsnummer", "zertifikats-id", "urkundennummer",
                                        "numéro de certificat", "n° de certificat", "identifiant du certificat",
                                        "numéro du certificat" }) },
            { NotesKey, names({ "notes", "note", "comments", "comment", "remarks",
                                "ghi chú", "chú thích",
                                "notizen", "bemerkungen", "anmerkungen",
                                "remarques", "commentaires" }) },
        };
    }();
    return table;
}

/// Status words people write, by state code: codes, the English labels, Vietnamese, German and French.
const QHash<QString, QString>& statusWords()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        const auto add = [&m](const char* code, std::initializer_list<const char*> words) {
            for (const char* word : words)
                m.insert(ValueParser::compactKey(QString::fromUtf8(word)), QString::fromLatin1(code));
        };
        add("in_progress", { "in_progress", "in progress", "enrolled", "started", "studying", "pending",
                             "đang học", "đang thực hiện", "đang tiến hành", "đang đào tạo",
                             "in bearbeitung", "laufend", "begonnen", "in ausbildung",
                             "en cours", "en formation", "inscrit" });
        add("active", { "active", "valid", "certified", "passed", "current",
                        "còn hiệu lực", "hiệu lực", "đang hiệu lực", "hoạt động", "đã đạt",
                        "aktiv", "gültig", "bestanden", "zertifiziert",
                        "actif", "valide", "en vigueur", "certifié", "certifiée", "obtenu" });
        add("expiring", { "expiring", "expiring soon", "due for renewal",
                          "sắp hết hạn", "cần gia hạn",
                          "läuft ab", "bald ablaufend", "ablaufend",
                          "expire bientôt", "bientôt expiré", "expirant", "à renouveler" });
        add("expired", { "expired", "lapsed",
                         "hết hạn", "đã hết hạn", "quá hạn",
                         "abgelaufen",
                         "expiré", "expirée", "périmé" });
        add("renewed", { "renewed", "superseded", "archived",
                         "đã gia hạn", "gia hạn", "đã cấp lại",
                         "erneuert", "ersetzt",
                         "renouvelé", "renouvelée", "remplacé" });
        add("revoked", { "revoked", "withdrawn", "cancelled", "canceled",
                         "thu hồi", "đã thu hồi", "bị thu hồi", "đã hủy",
                         "widerrufen", "entzogen", "aberkannt",
                         "révoqué", "révoquée", "retiré", "annulé" });
        return m;
    }();
    return map;
}

std::optional<QString> statusCode(const QString& text)
{
    const QString key = ValueParser::compactKey(text);
    if (const auto it = statusWords().constFind(key); it != statusWords().cend())
        return *it;
    // The UI language's labels too (a colleague's export read back in the same language).
    for (const Choice& choice : certificationStates()) {
        if (ValueParser::compactKey(choice.label) == key)
            return choice.code;
    }
    return std::nullopt;
}

QString foldedEmail(const QString& email)
{
    return Csv::CsvText::cleaned(email).toCaseFolded();
}

QString foldedCode(const QString& code)
{
    return Csv::CsvText::cleaned(code).toCaseFolded();
}

/// One data record, parsed, with what became of it.
struct Row
{
    qint64 line = 0;
    QString email;
    QString definitionText;
    QByteArray contactId;
    QByteArray definitionId;
    QString fileState;  ///< the state code the file gave ("" when none)
    QString target;     ///< in_progress | active | revoked (what to store)
    QDate started;
    QDate acquired;
    QDate expires;
    QString certificateId;
    QString notes;
    QList<CsvIssue> warnings;

    CertificationImportRow::Kind kind = CertificationImportRow::Kind::New;
    QString code;
    QString message;
    QByteArray certificationId;
    bool decided = false; ///< rejected while reading (kind/code/message set)
};

struct StoredCert
{
    QByteArray id;
    QString status;
    QDate acquired;
    QDate started;
};

struct Definition
{
    QByteArray id;
    QString code;
    QString name;
    int window = 0; ///< recertification window, days (CERT-02)
};

QString stateLabel(const QString& code)
{
    for (const Choice& choice : certificationStates()) {
        if (choice.code == code)
            return choice.label;
    }
    return code;
}

} // namespace

// ----- fields --------------------------------------------------------------------------------------------------

QString CertificationImportField::label() const
{
    return QCoreApplication::translate("ChannelDesk::CertificationImporter", sourceLabel);
}

QString CertificationImportField::englishLabel() const
{
    return QString::fromUtf8(sourceLabel);
}

const QList<CertificationImportField>& CertificationImporter::fields()
{
    static const QList<CertificationImportField> list {
        { EmailKey, QT_TRANSLATE_NOOP("ChannelDesk::CertificationImporter", "Email") },
        { CodeKey, QT_TRANSLATE_NOOP("ChannelDesk::CertificationImporter", "Certification code") },
        { NameKey, QT_TRANSLATE_NOOP("ChannelDesk::CertificationImporter", "Certification") },
        { StatusKey, QT_TRANSLATE_NOOP("ChannelDesk::CertificationImporter", "State") },
        { StartedKey, QT_TRANSLATE_NOOP("ChannelDesk::CertificationImporter", "Started") },
        { AcquiredKey, QT_TRANSLATE_NOOP("ChannelDesk::CertificationImporter", "Acquired") },
        { ExpiresKey, QT_TRANSLATE_NOOP("ChannelDesk::CertificationImporter", "Expires") },
        { CertificateIdKey, QT_TRANSLATE_NOOP("ChannelDesk::CertificationImporter", "Certificate ID") },
        { NotesKey, QT_TRANSLATE_NOOP("ChannelDesk::CertificationImporter", "Notes") },
    };
    return list;
}

const CertificationImportField* CertificationImporter::field(const QString& key)
{
    for (const CertificationImportField& f : fields()) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

Csv::AutoMapping CertificationImporter::autoMap(const QStringList& header)
{
    // Labels first (our own export's headers and the UI language's), then the synonym table; fields() order.
    QList<Csv::HeaderSynonyms> table;
    for (const CertificationImportField& f : fields())
        table.append({ f.key, { f.englishLabel(), f.key, f.label() } });
    table += synonyms();
    return Csv::autoMapHeader(header, table);
}

// ----- report --------------------------------------------------------------------------------------------------

QJsonObject CertificationImportReport::toJson() const
{
    const auto issueJson = [](const CsvIssue& issue) {
        return QJsonObject { { QStringLiteral("line"), issue.line },
                             { QStringLiteral("code"), issue.code },
                             { QStringLiteral("message"), issue.message } };
    };
    QJsonArray issues;
    for (const CsvIssue& issue : fileIssues)
        issues.append(issueJson(issue));
    QJsonArray rowArray;
    for (const CertificationImportRow& row : rows) {
        QJsonObject o { { QStringLiteral("line"), row.line },
                        { QStringLiteral("outcome"), row.kind == CertificationImportRow::Kind::New ? QStringLiteral("new")
                                                     : row.kind == CertificationImportRow::Kind::Unchanged
                                                         ? QStringLiteral("unchanged")
                                                         : QStringLiteral("rejected") },
                        { QStringLiteral("email"), row.email },
                        { QStringLiteral("definition"), row.definition } };
        if (row.acquiredOn.isValid())
            o.insert(QStringLiteral("acquired_on"), row.acquiredOn.toString(Qt::ISODate));
        if (!row.certificationId.isEmpty())
            o.insert(QStringLiteral("certification_id"), Uuid::toString(row.certificationId));
        if (!row.code.isEmpty()) {
            o.insert(QStringLiteral("code"), row.code);
            o.insert(QStringLiteral("message"), row.message);
        }
        if (!row.warnings.isEmpty()) {
            QJsonArray w;
            for (const CsvIssue& issue : row.warnings)
                w.append(issueJson(issue));
            o.insert(QStringLiteral("warnings"), w);
        }
        rowArray.append(o);
    }
    return QJsonObject {
        { QStringLiteral("file"), fileName },
        { QStringLiteral("dialect"),
          QJsonObject { { QStringLiteral("encoding"), Csv::encodingName(dialect.encoding) },
                        { QStringLiteral("bom"), dialect.bom },
                        { QStringLiteral("delimiter"), Csv::delimiterName(dialect.delimiter) },
                        { QStringLiteral("line_endings"), Csv::lineEndingsName(dialect.lineEndings) } } },
        { QStringLiteral("dry_run"), dryRun },
        { QStringLiteral("records"), records },
        { QStringLiteral("created"), created },
        { QStringLiteral("renewed"), renewed },
        { QStringLiteral("unchanged"), unchanged },
        { QStringLiteral("rejected"), rejected },
        { QStringLiteral("warnings"), warnings },
        { QStringLiteral("blank_rows_skipped"), blankRowsSkipped },
        { QStringLiteral("file_issues"), issues },
        { QStringLiteral("rows"), rowArray },
    };
}

// ----- the run -------------------------------------------------------------------------------------------------

namespace {

class Run
{
public:
    Run(Database& db, const QString& path, const CertificationImportOptions& options,
        const CertificationImporter::Progress& progress, const std::atomic_bool* cancel)
        : m_db(db), m_path(path), m_options(options), m_progress(progress), m_cancel(cancel)
    {
    }

    Result<CertificationImportReport> exec();

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    Error cancelledError() const
    {
        return Error { Error::Code::Cancelled, ImporterTr::tr("The import was cancelled; nothing was changed."), {}, {} };
    }
    void reportProgress(qint64 done, qint64 total, int phase)
    {
        if (m_progress)
            m_progress(done, total, phase);
    }
    QString cell(const CsvRecord& record, int slot) const
    {
        const int column = m_column[slot];
        if (column < 0 || column >= record.fields.size())
            return {};
        return Csv::CsvText::restoreNeutralised(Csv::CsvText::cleaned(record.fields.at(column)));
    }
    QString columnName(int slot) const
    {
        const int column = m_column[slot];
        return column >= 0 && column < m_report.header.size() ? m_report.header.at(column) : QString();
    }

    Status analyse();
    Status loadPeople();
    Status loadDefinitions();
    Status readRows();
    void parse(const CsvRecord& record, Row& row);
    void reject(Row& row, const QString& code, const QString& message)
    {
        row.decided = true;
        row.kind = CertificationImportRow::Kind::Rejected;
        row.code = code;
        row.message = message;
    }
    Status apply();
    Status applyGroup(const std::vector<int>& rows);
    Result<QList<StoredCert>> stored(const QByteArray& contactId, const QByteArray& definitionId);
    void finishReport();

    Database& m_db;
    QString m_path;
    const CertificationImportOptions& m_options;
    const CertificationImporter::Progress& m_progress;
    const std::atomic_bool* m_cancel;

    CertificationImportReport m_report;
    int m_column[SlotCount];
    ValueParser::DayOrder m_dayOrder[3] = { ValueParser::DayOrder::Unknown, ValueParser::DayOrder::Unknown,
                                             ValueParser::DayOrder::Unknown };
    QDate m_today;
    TrainingAction m_action;

    struct Person
    {
        QByteArray id;
        int count = 0;
    };
    QHash<QString, Person> m_people;              ///< folded email → the live contact(s) with it
    QList<Definition> m_definitions;
    QHash<QByteArray, int> m_definitionIndex;     ///< id → index in m_definitions
    QHash<QString, QList<int>> m_definitionByCode; ///< folded code → definitions
    QHash<QString, QList<int>> m_definitionByKey;  ///< compact code and compact name → definitions

    std::vector<Row> m_rows;
    std::optional<QSqlQuery> m_storedQuery;
};

Result<CertificationImportReport> Run::exec()
{
    m_report.fileName = QFileInfo(m_path).fileName();
    m_report.dryRun = m_options.dryRun;
    m_action.actor = m_options.actor.isEmpty() ? QStringLiteral("import") : m_options.actor;
    m_action.at = RecordIo::when(m_options.at);
    m_action.reason = ImporterTr::tr("Imported from “%1”").arg(m_report.fileName);
    m_today = RecordIo::localDay(m_action.at);

    if (Status s = analyse(); !s)
        return s.error();
    if (Status s = loadPeople(); !s)
        return s.error();
    if (Status s = loadDefinitions(); !s)
        return s.error();
    if (Status s = readRows(); !s)
        return s.error();
    if (Status s = apply(); !s)
        return s.error();
    finishReport();
    return m_report;
}

Status Run::analyse()
{
    Csv::CsvReader reader;
    if (Status s = reader.open(m_path, m_options.read); !s)
        return s;
    m_report.dialect = reader.dialect();
    m_report.header = reader.header();
    m_report.headerLine = reader.headerLine();

    QStringList mapping = m_options.fieldForColumn;
    if (mapping.isEmpty())
        mapping = CertificationImporter::autoMap(m_report.header).mapping.fieldForColumn;
    while (mapping.size() < m_report.header.size())
        mapping.append(QString());
    mapping = mapping.mid(0, m_report.header.size());
    static const QString keys[SlotCount] = { EmailKey, CodeKey, NameKey, StatusKey, StartedKey,
                                             AcquiredKey, ExpiresKey, CertificateIdKey, NotesKey };
    for (int s = 0; s < SlotCount; ++s)
        m_column[s] = -1;
    for (qsizetype c = 0; c < mapping.size(); ++c) {
        const QString& key = mapping.at(c);
        int slot = -1;
        for (int s = 0; s < SlotCount; ++s) {
            if (keys[s] == key)
                slot = s;
        }
        if (slot < 0 || m_column[slot] >= 0) {
            mapping[c].clear(); // unknown key, or a field taken twice: the column is skipped
            continue;
        }
        m_column[slot] = static_cast<int>(c);
    }
    m_report.fieldForColumn = mapping;
    if (m_column[EmailSlot] < 0) {
        return Error::validation(EmailKey, ImporterTr::tr("The file has no email column. Map a column to “Email”: "
                                                          "people are matched by their email address."));
    }
    if (m_column[CodeSlot] < 0 && m_column[NameSlot] < 0) {
        return Error::validation(CodeKey, ImporterTr::tr("The file has no certification column. Map a column to "
                                                         "“Certification code” or “Certification”."));
    }

    // The day order of each date column, from the values that decide it (checklist 23).
    ValueParser::DateColumn dates[3];
    CsvRecord record;
    qint64 seen = 0;
    while (reader.next(record)) {
        if (cancelled())
            return cancelledError();
        if (!record.rejected()) {
            for (int d = 0; d < 3; ++d) {
                const QString value = cell(record, StartedSlot + d);
                if (!value.isEmpty())
                    dates[d].observe(value);
            }
        }
        if ((++seen & 1023) == 0)
            reportProgress(reader.bytesRead(), reader.fileSize(), 0);
    }
    if (!reader.error())
        return reader.error();
    const ValueParser::DayOrder fallback = ValueParser::localeDayOrder();
    for (int d = 0; d < 3; ++d) {
        m_dayOrder[d] = dates[d].order(fallback);
        if (dates[d].guessed()) {
            m_report.fileIssues.append(CsvIssue {
                m_report.headerLine, QStringLiteral("date_order_guessed"),
                ImporterTr::tr("The dates in “%1” could be day/month or month/day; they were read as %2, the order "
                               "of your language settings.")
                    .arg(columnName(StartedSlot + d),
                         m_dayOrder[d] == ValueParser::DayOrder::MonthDay ? ImporterTr::tr("month/day")
                                                                          : ImporterTr::tr("day/month")),
                false });
        }
    }
    return {};
}

Status Run::loadPeople()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, email FROM contact WHERE deleted_at IS NULL AND email <> ''")))
        return Sql::errorFrom(q);
    while (q.next()) {
        Person& person = m_people[foldedEmail(q.value(1).toString())];
        if (person.count++ == 0)
            person.id = q.value(0).toByteArray();
    }
    return {};
}

Status Run::loadDefinitions()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code, name, recert_window_days FROM cert_definition "
                               "WHERE deleted_at IS NULL ORDER BY local_id")))
        return Sql::errorFrom(q);
    while (q.next()) {
        Definition d { q.value(0).toByteArray(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() };
        const int index = static_cast<int>(m_definitions.size());
        m_definitionIndex.insert(d.id, index);
        m_definitionByCode[foldedCode(d.code)].append(index);
        for (const QString& key : { ValueParser::compactKey(d.code), ValueParser::compactKey(d.name) }) {
            QList<int>& list = m_definitionByKey[key];
            if (!key.isEmpty() && !list.contains(index))
                list.append(index);
        }
        m_definitions.append(std::move(d));
    }
    return {};
}

Status Run::readRows()
{
    Csv::CsvReader reader;
    if (Status s = reader.open(m_path, m_options.read); !s)
        return s;
    CsvRecord record;
    // person + definition + acquisition day (or "in progress") → the first line that had it
    QHash<QByteArray, qint64> firstLine;
    while (reader.next(record)) {
        if (cancelled())
            return cancelledError();
        Row row;
        row.line = record.line;
        parse(record, row);
        if (!row.decided) {
            QByteArray key = row.contactId + row.definitionId;
            key += row.target == QLatin1String("in_progress") && !row.acquired.isValid()
                ? QByteArray("p")
                : QByteArray::number(row.acquired.toJulianDay());
            const auto it = firstLine.constFind(key);
            if (it != firstLine.cend()) {
                reject(row, QStringLiteral("duplicate_row"),
                       row.acquired.isValid()
                           ? ImporterTr::tr("Line %1 already has %2’s “%3” acquired on %4.")
                                 .arg(*it)
                                 .arg(row.email, row.definitionText, QLocale().toString(row.acquired, QLocale::ShortFormat))
                           : ImporterTr::tr("Line %1 already has %2 in progress for “%3”.")
                                 .arg(*it)
                                 .arg(row.email, row.definitionText));
            } else {
                firstLine.insert(key, row.line);
            }
        }
        m_rows.push_back(std::move(row));
        if ((m_rows.size() & 1023) == 0)
            reportProgress(reader.bytesRead(), reader.fileSize(), 0);
    }
    if (!reader.error())
        return reader.error();
    m_report.fileIssues += reader.fileIssues();
    m_report.blankRowsSkipped = reader.blankRowsSkipped();
    m_report.records = static_cast<qint64>(m_rows.size());
    return {};
}

void Run::parse(const CsvRecord& record, Row& row)
{
    for (const CsvIssue& issue : record.issues) {
        if (!issue.rejects)
            row.warnings.append(issue);
    }
    row.email = cell(record, EmailSlot);
    row.definitionText = cell(record, CodeSlot);
    if (row.definitionText.isEmpty())
        row.definitionText = cell(record, NameSlot);
    if (record.rejected()) {
        for (const CsvIssue& issue : record.issues) {
            if (issue.rejects) {
                reject(row, issue.code, issue.message);
                return;
            }
        }
    }

    // The person (CERT-03: a certification belongs to a contact, and through it to the partner).
    if (row.email.isEmpty()) {
        reject(row, QStringLiteral("email_required"), ImporterTr::tr("The email address is empty."));
        return;
    }
    const auto person = m_people.constFind(foldedEmail(row.email));
    if (person == m_people.cend()) {
        reject(row, QStringLiteral("unknown_email"),
               ImporterTr::tr("No contact has the email address “%1”.").arg(row.email));
        return;
    }
    if (person->count > 1) {
        reject(row, QStringLiteral("ambiguous_email"),
               ImporterTr::tr("%n contacts have the email address “%1”; give each person their own address.", nullptr,
                              person->count)
                   .arg(row.email));
        return;
    }
    row.contactId = person->id;

    // The definition: the code column first, else the name column; either may hold a code or a name.
    const QString code = cell(record, CodeSlot);
    const QString name = cell(record, NameSlot);
    if (code.isEmpty() && name.isEmpty()) {
        reject(row, QStringLiteral("definition_required"), ImporterTr::tr("The certification is empty."));
        return;
    }
    QList<int> found;
    for (const QString& text : { code, name }) {
        if (text.isEmpty())
            continue;
        found = m_definitionByCode.value(foldedCode(text));
        if (found.isEmpty())
            found = m_definitionByKey.value(ValueParser::compactKey(text));
        break; // a code that matches nothing is not silently replaced by the name
    }
    if (found.isEmpty()) {
        reject(row, QStringLiteral("unknown_definition"),
               ImporterTr::tr("There is no certification “%1” in the catalogue.").arg(row.definitionText));
        return;
    }
    if (found.size() > 1) {
        reject(row, QStringLiteral("ambiguous_definition"),
               ImporterTr::tr("“%1” names %n certifications; use the certification code.", nullptr,
                              static_cast<int>(found.size()))
                   .arg(row.definitionText));
        return;
    }
    row.definitionId = m_definitions.at(found.first()).id;

    // Dates (per-column day order; ISO always accepted).
    QDate* targets[3] = { &row.started, &row.acquired, &row.expires };
    for (int d = 0; d < 3; ++d) {
        const QString text = cell(record, StartedSlot + d);
        if (text.isEmpty())
            continue;
        const QDate date = ValueParser::parseDate(text, m_dayOrder[d]);
        if (!date.isValid()) {
            reject(row, QStringLiteral("invalid_date"),
                   ImporterTr::tr("“%1” in “%2” is not a date.").arg(text, columnName(StartedSlot + d)));
            return;
        }
        *targets[d] = date;
    }

    const QString statusText = cell(record, StatusSlot);
    if (!statusText.isEmpty()) {
        const std::optional<QString> state = statusCode(statusText);
        if (!state) {
            reject(row, QStringLiteral("invalid_status"),
                   ImporterTr::tr("“%1” is not a certification state (In progress, Active, Expiring, Expired, Renewed "
                                  "or Revoked).")
                       .arg(statusText));
            return;
        }
        row.fileState = *state;
    }
    if (row.fileState == QLatin1String("in_progress")) {
        row.target = QStringLiteral("in_progress");
        if (row.acquired.isValid()) {
            row.warnings.append(CsvIssue { row.line, QStringLiteral("acquired_ignored"),
                                           ImporterTr::tr("The record is in progress, so its acquisition day was "
                                                          "ignored."),
                                           false });
            row.acquired = QDate();
        }
    } else if (row.fileState == QLatin1String("revoked")) {
        row.target = QStringLiteral("revoked");
    } else if (row.fileState.isEmpty() && !row.acquired.isValid() && row.started.isValid()) {
        row.target = QStringLiteral("in_progress");
    } else {
        row.target = QStringLiteral("active");
    }

    if (row.target == QLatin1String("in_progress") || (row.target == QLatin1String("revoked") && !row.acquired.isValid())) {
        if (!row.started.isValid()) {
            reject(row, QStringLiteral("started_required"),
                   ImporterTr::tr("A certification in progress needs the day it was started."));
            return;
        }
        if (row.started > m_today) {
            reject(row, QStringLiteral("started_in_future"),
                   ImporterTr::tr("It was started on %1, after today.")
                       .arg(QLocale().toString(row.started, QLocale::ShortFormat)));
            return;
        }
        return;
    }
    if (!row.acquired.isValid()) {
        reject(row, QStringLiteral("acquired_required"),
               ImporterTr::tr("The day the certificate was acquired is missing."));
        return;
    }
    if (row.acquired > m_today) {
        reject(row, QStringLiteral("acquired_in_future"),
               ImporterTr::tr("It was acquired on %1, after today.")
                   .arg(QLocale().toString(row.acquired, QLocale::ShortFormat)));
        return;
    }
    row.certificateId = cell(record, CertificateIdSlot);
    row.notes = cell(record, NotesSlot);
}

Result<QList<StoredCert>> Run::stored(const QByteArray& contactId, const QByteArray& definitionId)
{
    if (!m_storedQuery) {
        m_storedQuery.emplace(m_db.connection());
        m_storedQuery->setForwardOnly(true);
        if (!m_storedQuery->prepare(QStringLiteral("SELECT id, status, acquired_on, started_on FROM certification "
                                                   "WHERE contact_id = ? AND definition_id = ? AND deleted_at IS NULL")))
            return Sql::errorFrom(*m_storedQuery);
    }
    QSqlQuery& q = *m_storedQuery;
    q.bindValue(0, contactId);
    q.bindValue(1, definitionId);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    QList<StoredCert> list;
    while (q.next()) {
        StoredCert c;
        c.id = q.value(0).toByteArray();
        c.status = q.value(1).toString();
        if (!q.value(2).isNull())
            c.acquired = Timestamp::dateFromStorage(q.value(2).toString());
        if (!q.value(3).isNull())
            c.started = Timestamp::dateFromStorage(q.value(3).toString());
        list.append(c);
    }
    q.finish();
    return list;
}

Status Run::apply()
{
    // Groups of one person and one definition, in the order of their first line.
    QHash<QByteArray, int> groupOf;
    std::vector<std::vector<int>> groups;
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i) {
        const Row& row = m_rows[i];
        if (row.decided)
            continue;
        const QByteArray key = row.contactId + row.definitionId;
        auto it = groupOf.constFind(key);
        if (it == groupOf.cend()) {
            it = groupOf.insert(key, static_cast<int>(groups.size()));
            groups.emplace_back();
        }
        groups[*it].push_back(i);
    }

    // One transaction for everything: a failure, a cancel or a dry run leaves the database as it was.
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    qint64 done = 0;
    std::size_t applied = 0;
    for (const std::vector<int>& group : groups) {
        if (cancelled())
            return cancelledError();
        if (Status s = applyGroup(group); !s)
            return s;
        done += static_cast<qint64>(group.size());
        if ((++applied & 255) == 0 || applied == groups.size())
            reportProgress(done, static_cast<qint64>(m_rows.size()), 1);
    }
    if (m_options.dryRun) {
        transaction.rollback();
        for (Row& row : m_rows) {
            if (row.kind == CertificationImportRow::Kind::New)
                row.certificationId.clear(); // never written
        }
        return {};
    }
    return transaction.commit();
}

Status Run::applyGroup(const std::vector<int>& indexes)
{
    std::vector<int> order = indexes;
    // Acquisition order, in-progress rows last (the repository allows one live in-progress or active per person).
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const Row& x = m_rows[a];
        const Row& y = m_rows[b];
        if (x.acquired.isValid() != y.acquired.isValid())
            return x.acquired.isValid();
        return x.acquired < y.acquired;
    });
    const Row& first = m_rows[order.front()];
    auto storedList = stored(first.contactId, first.definitionId);
    if (!storedList)
        return storedList.error();

    QList<StoredCert> known = storedList.value();
    // The person's current certificate of this definition: the live in-progress or active one (the latest acquired).
    const auto current = [&known]() -> const StoredCert* {
        const StoredCert* best = nullptr;
        for (const StoredCert& c : known) {
            if (c.status != QLatin1String("active") && c.status != QLatin1String("in_progress"))
                continue;
            if (!best || (c.acquired.isValid() && (!best->acquired.isValid() || c.acquired > best->acquired)))
                best = &c;
        }
        return best;
    };

    CertificationRepository repository(m_db);
    for (std::size_t k = 0; k < order.size(); ++k) {
        Row& row = m_rows[order[k]];
        const bool inProgress = !row.acquired.isValid();

        // Already stored: the same acquisition day (any stored state), or the open attempt (an attempt that was
        // revoked before it was passed is the same when it started the same day).
        const StoredCert* same = nullptr;
        for (const StoredCert& c : known) {
            const bool match = inProgress ? !c.acquired.isValid()
                    && (c.status == QLatin1String("in_progress") || c.started == row.started)
                                          : c.acquired == row.acquired;
            if (match) {
                same = &c;
                break;
            }
        }
        if (same) {
            row.kind = CertificationImportRow::Kind::Unchanged;
            row.certificationId = same->id;
            continue;
        }
        const StoredCert* holder = current();
        if (!inProgress && holder && holder->acquired.isValid() && row.acquired < holder->acquired) {
            reject(row, QStringLiteral("older_than_current"),
                   ImporterTr::tr("The person already holds a later “%1” (acquired %2); only a later certificate can "
                                  "be added, and it renews the current one.")
                       .arg(row.definitionText, QLocale().toString(holder->acquired, QLocale::ShortFormat)));
            continue;
        }

        // The row's changes are one savepoint: a refusal at any step leaves nothing of the row.
        Transaction rowTransaction(m_db);
        if (!rowTransaction.begun())
            return rowTransaction.begun();
        Certification made;
        bool renewed = false;
        QString failure;
        Error::Code failureCode = Error::Code::None;
        const auto failed = [&](const Error& error) {
            failure = error.message;
            failureCode = error.code;
        };
        if (!inProgress && holder && holder->status == QLatin1String("in_progress")) {
            // The open attempt was passed (CERT-01: in progress → active).
            Result<Certification> passed = repository.pass(holder->id, row.acquired, row.certificateId, m_action);
            if (passed)
                made = passed.value();
            else
                failed(passed.error());
        } else if (!inProgress && holder) {
            // A later certificate renews the current one (CERT-02: the old one is archived as renewed).
            Result<Certification> next = repository.renew(holder->id, row.acquired, row.certificateId, m_action);
            if (next) {
                made = next.value();
                renewed = true;
            } else {
                failed(next.error());
            }
        } else {
            Certification cert;
            cert.contactId = row.contactId;
            cert.definitionId = row.definitionId;
            cert.status = inProgress ? QStringLiteral("in_progress") : QStringLiteral("active");
            cert.startedOn = row.started.isValid() ? row.started : row.acquired;
            cert.acquiredOn = row.acquired;
            cert.expiresOn = row.expires;
            cert.certificateId = row.certificateId;
            cert.notes = row.notes;
            Result<Certification> created = repository.create(cert, m_action);
            if (created)
                made = created.value();
            else
                failed(created.error());
        }
        // What pass() and renew() do not take: the file's start and expiry days and notes.
        if (failure.isEmpty() && (holder != nullptr)) {
            Certification edited = made;
            if (row.started.isValid())
                edited.startedOn = row.started;
            if (row.expires.isValid())
                edited.expiresOn = row.expires;
            if (!row.notes.isEmpty())
                edited.notes = row.notes;
            if (edited.startedOn != made.startedOn || edited.expiresOn != made.expiresOn || edited.notes != made.notes) {
                Result<bool> updated = repository.update(edited, m_action);
                if (updated)
                    made = edited;
                else
                    failed(updated.error());
            }
        }
        if (failure.isEmpty() && row.target == QLatin1String("revoked")) {
            // The repository adds who revoked it, when and why to the notes (the record has no reason column).
            TrainingAction revoke = m_action;
            revoke.reason = ImporterTr::tr("revoked according to the imported file “%1”").arg(m_report.fileName);
            if (Status s = repository.revoke(made.id, revoke); !s)
                failed(s.error());
            else
                made.status = QStringLiteral("revoked");
        }
        if (!failure.isEmpty()) {
            rowTransaction.rollback();
            if (failureCode == Error::Code::Storage)
                return Error::storage(failure, QStringLiteral("certification import, line %1").arg(row.line));
            reject(row, QStringLiteral("refused"), failure);
            continue;
        }
        if (Status s = rowTransaction.commit(); !s)
            return s;

        row.kind = CertificationImportRow::Kind::New;
        row.certificationId = made.id;
        if (renewed)
            ++m_report.renewed;
        // What the person now holds, for the group's next rows.
        if (holder) {
            const QByteArray holderId = holder->id;
            for (StoredCert& c : known) {
                if (c.id == holderId && renewed)
                    c.status = QStringLiteral("renewed");
            }
            if (!renewed) // passed: the same record is now active
                known.removeIf([&holderId](const StoredCert& c) { return c.id == holderId; });
        }
        known.append(StoredCert { made.id, made.status, made.acquiredOn, made.startedOn });

        const bool last = k + 1 == order.size();
        if (row.fileState == QLatin1String("renewed") && last) {
            row.warnings.append(CsvIssue { row.line, QStringLiteral("renewed_without_successor"),
                                           ImporterTr::tr("The file says this certificate was renewed, but it has no "
                                                          "later one for this person; it was imported as held."),
                                           false });
        }
        // The state the file gave disagrees with what the dates make it today (CERT-02).
        if (!inProgress && made.status == QLatin1String("active")
            && (row.fileState == QLatin1String("active") || row.fileState == QLatin1String("expiring")
                || row.fileState == QLatin1String("expired"))) {
            const int window = m_definitions.at(m_definitionIndex.value(made.definitionId)).window;
            const QString now = certificationStateCode(certificationState(made, window, m_today));
            if (now != row.fileState) {
                row.warnings.append(CsvIssue {
                    row.line, QStringLiteral("state_differs"),
                    ImporterTr::tr("The file says “%1”, but by its dates the certificate is “%2” today.")
                        .arg(stateLabel(row.fileState), stateLabel(now)),
                    false });
            }
        }
    }
    return {};
}

void Run::finishReport()
{
    int detailed = 0;
    for (const Row& row : m_rows) {
        switch (row.kind) {
        case CertificationImportRow::Kind::New: ++m_report.created; break;
        case CertificationImportRow::Kind::Unchanged: ++m_report.unchanged; break;
        case CertificationImportRow::Kind::Rejected: ++m_report.rejected; break;
        }
        m_report.warnings += row.warnings.size();
        const bool always = row.kind == CertificationImportRow::Kind::Rejected || !row.warnings.isEmpty();
        if (!always && detailed >= CertificationImportReport::detailLimit)
            continue;
        if (!always)
            ++detailed;
        CertificationImportRow out;
        out.line = row.line;
        out.kind = row.kind;
        out.email = row.email;
        out.definition = row.definitionText;
        out.acquiredOn = row.acquired;
        out.contactId = row.contactId;
        out.certificationId = row.certificationId;
        out.code = row.code;
        out.message = row.message;
        out.warnings = row.warnings;
        m_report.rows.append(std::move(out));
    }
    for (const CsvIssue& issue : std::as_const(m_report.fileIssues)) {
        if (!issue.rejects)
            ++m_report.warnings;
    }
    qCInfo(lcTraining) << "Certification import" << (m_report.dryRun ? "(dry run)" : "") << m_report.fileName << ":"
                       << m_report.records << "records," << m_report.created << "new," << m_report.renewed << "renewals,"
                       << m_report.unchanged << "unchanged," << m_report.rejected << "rejected";
}

} // namespace

CertificationImporter::CertificationImporter(Database& db)
    : m_db(db)
{
}

Result<CertificationImportReport> CertificationImporter::run(const QString& path,
                                                             const CertificationImportOptions& options,
                                                             const Progress& progress, const std::atomic_bool* cancel)
{
    Run run(m_db, path, options, progress, cancel);
    return run.exec();
}

} // namespace ChannelDesk
