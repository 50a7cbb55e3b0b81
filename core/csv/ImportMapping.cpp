#include "csv/ImportMapping.h"

#include "common/Logging.h"
#include "common/Timestamp.h"
#include "csv/CsvText.h"
#include "csv/ImportField.h"
#include "csv/ValueParser.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ChannelDesk::Csv {

namespace {

struct MappingTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::Csv::ImportMapping)
};

struct Synonyms
{
    const char* key;
    QList<const char*> names;
};

// Header synonyms by field (checklist 18, IMP-06). Compared after ValueParser::compactKey (folded: case, accents,
// đ → d; letters and digits only), so "Tên công ty", "TEN CONG TY" and "ten_cong_ty" are one entry, and Salesforce's
// "BillingCountry" equals "Billing Country". The fields' English labels (our export's headers) are added from
// importFields(). Order inside a line: English, Salesforce/HubSpot, Vietnamese, German, French.
const QList<Synonyms>& synonymTable()
{
    static const QList<Synonyms> table {
        { "partner.name", { "name", "partner name", "partner", "company", "company name", "account name", "account",
                            "organisation", "organization", "organisation name", "organization name", "business name",
                            "reseller name", "customer name",
                            "tên", "tên công ty", "tên đối tác", "đối tác", "công ty", "tên doanh nghiệp", "doanh nghiệp",
                            "tên tổ chức", "tên khách hàng",
                            "firma", "firmenname", "unternehmen", "unternehmensname", "partnername", "kunde",
                            "nom", "nom de l'entreprise", "nom de la société", "société", "entreprise", "nom du partenaire",
                            "partenaire" } },
        { "partner.legal_name", { "legal name", "legal entity", "registered name", "company legal name", "legal entity name",
                                  "tên pháp lý", "tên pháp nhân", "tên đăng ký", "tên đầy đủ",
                                  "rechtlicher name", "juristischer name", "firmierung", "offizieller name",
                                  "raison sociale", "dénomination sociale", "nom légal" } },
        { "partner.type", { "type", "partner type", "account type", "company type", "partner category",
                            "loại", "loại đối tác", "loại hình", "loại hình đối tác",
                            "typ", "partnertyp", "art", "partnerart",
                            "type de partenaire" } },
        { "partner.tier", { "tier", "partner tier", "level", "partner level", "program tier", "programme tier",
                            "hạng", "cấp", "cấp độ", "hạng đối tác", "cấp đối tác",
                            "stufe", "partnerstufe", "partnerlevel",
                            "niveau", "niveau de partenariat", "niveau partenaire", "palier" } },
        { "partner.stage", { "stage", "onboarding stage", "status", "partner status", "partner stage",
                             "giai đoạn", "trạng thái",
                             "phase", "partnerstatus",
                             "statut", "étape" } },
        { "partner.stage_reason", { "stage reason", "status reason", "reason",
                                    "lý do", "lý do trạng thái",
                                    "grund", "statusgrund",
                                    "motif", "raison" } },
        { "partner.country", { "country", "country code", "country/region", "nation", "billing country", "mailing country",
                               "quốc gia", "nước", "mã quốc gia",
                               "land", "ländercode", "staat",
                               "pays", "code pays" } },
        { "partner.region", { "region", "state", "province", "state/province", "state/region", "billing state",
                              "billing state/province", "county",
                              "tỉnh", "vùng", "khu vực", "tỉnh thành", "tỉnh/thành phố",
                              "bundesland", "bezirk",
                              "région", "département", "état" } },
        { "partner.city", { "city", "town", "billing city", "mailing city", "locality",
                            "thành phố", "tp", "quận/huyện",
                            "stadt", "ort",
                            "ville", "localité" } },
        { "partner.address", { "address", "street", "street address", "billing street", "billing address", "address line 1",
                               "mailing address", "mailing street",
                               "địa chỉ",
                               "adresse", "straße", "strasse", "anschrift",
                               "rue" } },
        { "partner.website", { "website", "web site", "web", "url", "homepage", "home page", "site", "website url",
                               "company website",
                               "trang web", "trang chủ",
                               "webseite", "internetseite", "internetadresse",
                               "site web", "site internet" } },
        { "partner.email_domain", { "email domain", "domain", "company domain name", "company domain", "web domain",
                                    "tên miền", "tên miền email",
                                    "e-mail-domain",
                                    "domaine", "nom de domaine" } },
        { "partner.phone", { "phone", "phone number", "telephone", "tel", "main phone", "company phone", "office phone",
                             "điện thoại", "số điện thoại", "sđt", "đt", "điện thoại công ty",
                             "telefon", "telefonnummer",
                             "téléphone", "numéro de téléphone", "tél" } },
        { "partner.email", { "email", "e-mail", "email address", "company email", "general email", "e-mail address",
                             "thư điện tử", "địa chỉ email",
                             "e-mail-adresse",
                             "courriel", "adresse e-mail", "adresse électronique", "mél" } },
        { "partner.owner", { "owner", "account owner", "partner manager", "channel account manager", "cam", "company owner",
                             "owner name", "partner account manager",
                             "người phụ trách", "phụ trách", "người quản lý",
                             "betreuer", "partnermanager", "zuständig", "verantwortlich",
                             "responsable", "propriétaire", "gestionnaire" } },
        { "partner.partnership_start", { "partnership start", "start date", "partner since", "contract start",
                                         "partnership start date",
                                         "ngày bắt đầu", "ngày hợp tác", "ngày bắt đầu hợp tác",
                                         "partnerschaftsbeginn", "startdatum", "vertragsbeginn", "beginn",
                                         "début du partenariat", "date de début" } },
        { "partner.partnership_end", { "partnership end", "end date", "contract end", "partnership end date",
                                       "ngày kết thúc", "ngày kết thúc hợp tác",
                                       "partnerschaftsende", "enddatum", "vertragsende",
                                       "fin du partenariat", "date de fin" } },
        { "partner.next_review", { "next review", "review date", "next review date",
                                   "ngày đánh giá", "đánh giá tiếp theo", "ngày rà soát",
                                   "nächste überprüfung", "überprüfungsdatum", "nächste prüfung",
                                   "prochaine revue", "date de revue", "prochain examen" } },
        { "partner.annual_revenue", { "annual revenue", "revenue", "turnover", "yearly revenue", "annual sales",
                                      "doanh thu", "doanh thu hàng năm", "doanh thu năm",
                                      "umsatz", "jahresumsatz",
                                      "chiffre d'affaires", "chiffre d'affaires annuel", "ca annuel", "revenu annuel" } },
        { "partner.revenue_currency", { "currency", "currency code", "currencyisocode", "currency iso code",
                                        "annual revenue currency",
                                        "tiền tệ", "loại tiền", "đơn vị tiền tệ",
                                        "währung",
                                        "devise", "monnaie" } },
        { "partner.external_id", { "external id", "ext id", "erp id", "customer number", "account number", "account id",
                                   "record id", "id", "external identifier", "partner number", "partner code",
                                   "mã", "mã đối tác", "mã khách hàng", "mã kh", "mã công ty",
                                   "externe id", "kundennummer", "partnernummer", "debitorennummer",
                                   "identifiant externe", "id externe", "numéro client", "référence", "code client" } },
        { "partner.notes", { "notes", "note", "comments", "comment", "description", "remarks",
                             "ghi chú", "mô tả", "chú thích",
                             "notizen", "bemerkungen", "beschreibung", "anmerkungen",
                             "remarques", "commentaires" } },
        { "partner.id", { "channeldesk id", "channeldesk partner id", "partner uuid" } },
        { "contact.first_name", { "first name", "firstname", "given name", "contact first name",
                                  "tên riêng",
                                  "vorname",
                                  "prénom" } },
        { "contact.last_name", { "last name", "lastname", "surname", "family name", "contact last name",
                                 "họ",
                                 "nachname", "familienname",
                                 "nom de famille" } },
        { "contact.full_name", { "contact", "contact name", "contact person", "full name", "primary contact",
                                 "người liên hệ", "tên người liên hệ", "họ và tên", "họ tên", "liên hệ",
                                 "ansprechpartner", "kontakt", "kontaktperson", "vollständiger name",
                                 "nom du contact", "interlocuteur", "nom complet" } },
        { "contact.job_title", { "job title", "title", "position", "contact title",
                                 "chức vụ", "chức danh",
                                 "berufsbezeichnung", "titel", "funktion",
                                 "fonction", "poste", "titre" } },
        { "contact.email", { "contact email", "contact e-mail", "work email", "email of contact",
                             "email liên hệ", "email người liên hệ",
                             "e-mail ansprechpartner", "kontakt e-mail",
                             "courriel du contact", "e-mail du contact" } },
        { "contact.phone", { "contact phone", "mobile", "mobile phone", "mobile phone number", "cell", "cell phone",
                             "di động", "số di động", "điện thoại di động", "điện thoại liên hệ",
                             "mobil", "mobiltelefon", "handy",
                             "portable", "téléphone portable" } },
        { "contact.role", { "contact role", "role",
                            "vai trò",
                            "rolle",
                            "rôle" } },
    };
    return table;
}

const QHash<QString, QString>& synonymMap()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        auto add = [&m](QStringView text, const QString& key) {
            const QString compact = ValueParser::compactKey(text);
            if (compact.isEmpty())
                return;
            const auto it = m.constFind(compact);
            if (it != m.cend() && *it != key) {
                qCWarning(lcCsv) << "header synonym" << text << "claimed by" << *it << "and" << key;
                return;
            }
            m.insert(compact, key);
        };
        // Our own export's headers first: they must always map back to their field.
        for (const ImportField& field : importFields()) {
            add(field.englishLabel(), field.key);
            add(field.key, field.key);
        }
        for (const Synonyms& entry : synonymTable()) {
            const QString key = QString::fromLatin1(entry.key);
            for (const char* name : entry.names)
                add(QString::fromUtf8(name), key);
        }
        // The UI language's labels too (a colleague's export read back in the same language).
        for (const ImportField& field : importFields())
            add(field.label(), field.key);
        return m;
    }();
    return map;
}

/// The header without a trailing unit or currency in parentheses or brackets, and without a Salesforce custom-field
/// suffix ("Partner_Tier__c" → "Partner_Tier").
QString strippedHeader(const QString& header)
{
    QString h = CsvText::cleaned(header);
    if (h.endsWith(u')') || h.endsWith(u']')) {
        const QChar open = h.endsWith(u')') ? QChar(u'(') : QChar(u'[');
        const qsizetype at = h.lastIndexOf(open);
        if (at > 0)
            h = h.left(at).trimmed();
    }
    for (const QLatin1StringView suffix : { QLatin1StringView("__c"), QLatin1StringView("__r") }) {
        if (h.endsWith(suffix, Qt::CaseInsensitive)) {
            h.chop(suffix.size());
            break;
        }
    }
    return h;
}

QString fieldForHeader(const QString& header)
{
    const QHash<QString, QString>& map = synonymMap();
    const QString compact = headerMatchKey(header);
    if (compact.isEmpty())
        return {};
    if (const auto it = map.constFind(compact); it != map.cend())
        return *it;
    // "Account Phone", "Company City", "Partner Country": a record-type prefix before a field's name.
    for (const QLatin1StringView prefix : { QLatin1StringView("account"), QLatin1StringView("company"),
                                            QLatin1StringView("partner"), QLatin1StringView("organization"),
                                            QLatin1StringView("organisation"), QLatin1StringView("congty"),
                                            QLatin1StringView("doitac") }) {
        if (compact.size() > prefix.size() && compact.startsWith(prefix)) {
            if (const auto it = map.constFind(compact.mid(prefix.size())); it != map.cend())
                return *it;
        }
    }
    return {};
}

/// How template entries are compared with a file's headers: the same tolerance as automatic mapping.
QString headerKey(const QString& header)
{
    return ValueParser::compactKey(CsvText::cleaned(header));
}

} // namespace

int ImportMapping::columnOf(const QString& key) const
{
    if (key.isEmpty())
        return -1;
    return static_cast<int>(fieldForColumn.indexOf(key));
}

// Template JSON (version 1):
//   { "version": 1,
//     "columns": [ { "header": "Tên công ty", "field": "partner.name" }, { "header": "Ghi chú", "field": "" }, … ],
//     "blankOverwrites": [ "partner.city" ] }
// An empty field records a column the user chose to skip. A hand-written mapping file for the CLI may also be a plain
// object { "Header": "field.key", … }.
QJsonObject ImportMapping::toJson(const QStringList& header) const
{
    QJsonArray columns;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString field = i < fieldForColumn.size() ? fieldForColumn.at(i) : QString();
        columns.append(QJsonObject { { QStringLiteral("header"), header.at(i) }, { QStringLiteral("field"), field } });
    }
    QStringList overwrites(blankOverwrites.cbegin(), blankOverwrites.cend());
    overwrites.sort();
    return QJsonObject { { QStringLiteral("version"), 1 },
                         { QStringLiteral("columns"), columns },
                         { QStringLiteral("blankOverwrites"), QJsonArray::fromStringList(overwrites) } };
}

ImportMapping ImportMapping::fromJson(const QJsonObject& json, const QStringList& header)
{
    // Entries by header key, in template order: the n-th column with a header takes the n-th entry with it, so
    // duplicate headers keep their own fields whatever the column order.
    QHash<QString, QStringList> entries;
    if (json.value(QStringLiteral("columns")).isArray()) {
        for (const QJsonValue& value : json.value(QStringLiteral("columns")).toArray()) {
            const QJsonObject entry = value.toObject();
            entries[headerKey(entry.value(QStringLiteral("header")).toString())].append(
                entry.value(QStringLiteral("field")).toString());
        }
    } else {
        for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
            if (it.value().isString())
                entries[headerKey(it.key())].append(it.value().toString());
        }
    }

    ImportMapping mapping;
    QHash<QString, int> used;
    QSet<QString> taken;
    for (const QString& column : header) {
        const QString key = headerKey(column);
        const QStringList& fields = entries.value(key);
        const int n = used.value(key);
        used[key] = n + 1;
        QString field = n < fields.size() ? fields.at(n) : QString();
        // Unknown keys (a template from a newer version) and a field taken twice stay unmapped.
        if (!field.isEmpty() && (!importField(field) || taken.contains(field)))
            field.clear();
        if (!field.isEmpty())
            taken.insert(field);
        mapping.fieldForColumn.append(field);
    }
    for (const QJsonValue& value : json.value(QStringLiteral("blankOverwrites")).toArray()) {
        const QString field = value.toString();
        if (importField(field))
            mapping.blankOverwrites.insert(field);
    }
    return mapping;
}

QString headerMatchKey(const QString& header)
{
    return ValueParser::compactKey(strippedHeader(header));
}

namespace {

/// The first-occurrence-wins assignment of fields to columns shared by both autoMapHeader()s (checklist 19).
template <class FieldOf>
AutoMapping assignColumns(const QStringList& header, FieldOf fieldOf)
{
    AutoMapping result;
    QSet<QString> taken;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString field = fieldOf(header.at(i));
        if (field.isEmpty()) {
            result.mapping.fieldForColumn.append(QString());
            result.unmappedColumns.append(static_cast<int>(i));
        } else if (taken.contains(field)) {
            // Checklist 19: the first occurrence maps; a later one is flagged for the user and stays unmapped.
            result.mapping.fieldForColumn.append(QString());
            result.duplicateColumns.append(static_cast<int>(i));
        } else {
            taken.insert(field);
            result.mapping.fieldForColumn.append(field);
        }
    }
    return result;
}

} // namespace

AutoMapping autoMapHeader(const QStringList& header)
{
    return assignColumns(header, fieldForHeader);
}

AutoMapping autoMapHeader(const QStringList& header, const QList<HeaderSynonyms>& fields)
{
    QHash<QString, QString> map;
    for (const HeaderSynonyms& field : fields) {
        for (const QString& name : field.names) {
            const QString compact = headerMatchKey(name);
            if (!compact.isEmpty() && !map.contains(compact))
                map.insert(compact, field.key);
        }
    }
    return assignColumns(header, [&map](const QString& text) { return map.value(headerMatchKey(text)); });
}

// ----- MappingTemplates -------------------------------------------------------------------------------------------

MappingTemplates::MappingTemplates(Database& db)
    : m_db(db)
{
}

Result<QStringList> MappingTemplates::names() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT name FROM import_mapping_template ORDER BY name COLLATE NOCASE")))
        return Sql::errorFrom(query);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Result<QJsonObject> MappingTemplates::load(const QString& name) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT mapping FROM import_mapping_template WHERE name = ?"));
    query.addBindValue(name);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    if (!query.next())
        return Error::notFound(MappingTr::tr("There is no mapping template named “%1”.").arg(name));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8(), &parseError);
    if (!document.isObject()) {
        return Error { Error::Code::Storage, MappingTr::tr("The mapping template “%1” is damaged.").arg(name),
                       parseError.errorString(), {} };
    }
    return document.object();
}

Status MappingTemplates::save(const QString& name, const QJsonObject& mapping)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::validation(QStringLiteral("name"), MappingTr::tr("Give the mapping template a name."));
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO import_mapping_template (name, mapping, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT(name) DO UPDATE SET mapping = excluded.mapping, "
                                 "updated_at = excluded.updated_at"));
    query.addBindValue(trimmed);
    query.addBindValue(QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)));
    query.addBindValue(Timestamp::nowUtc());
    return Sql::exec(query);
}

Status MappingTemplates::remove(const QString& name)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM import_mapping_template WHERE name = ?"));
    query.addBindValue(name);
    if (Status status = Sql::exec(query); !status)
        return status;
    if (query.numRowsAffected() == 0)
        return Error::notFound(MappingTr::tr("There is no mapping template named “%1”.").arg(name));
    return {};
}

} // namespace ChannelDesk::Csv
