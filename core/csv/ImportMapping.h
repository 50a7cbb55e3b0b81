#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ChannelDesk {
class Database;
}

namespace ChannelDesk::Csv {

/// Which field each column of a file goes to (IMP-06), and per field whether a blank cell may clear a stored value
/// (IMP-04: by default blank cells never overwrite).
struct ImportMapping
{
    /// One entry per column, in file order: an ImportField key, or empty = column skipped.
    QStringList fieldForColumn;
    /// Field keys whose blank cells clear the stored value (only ever set by the user).
    QSet<QString> blankOverwrites;

    /// The column mapped to `key`, or -1.
    int columnOf(const QString& key) const;

    /// As a template: header text → field key, so it applies to files whose columns are in another order.
    QJsonObject toJson(const QStringList& header) const;
    /// Applies a template to `header`; columns the template does not name stay unmapped.
    static ImportMapping fromJson(const QJsonObject& json, const QStringList& header);
};

/// Result of mapping a header automatically.
struct AutoMapping
{
    ImportMapping mapping;
    QList<int> duplicateColumns; ///< columns whose header maps to a field an earlier column already took (flagged)
    QList<int> unmappedColumns;  ///< columns no synonym matched (shown in the mapping step, never silently dropped)
};

/// Maps headers to fields through a synonym table in English, Vietnamese, German and French plus Salesforce
/// (`…__c`, "Account Name", "BillingCountry") and HubSpot ("Record ID", "Company Domain Name") export names, tolerant
/// of case, accents, punctuation, whitespace and a trailing unit or currency in parentheses.
AutoMapping autoMapHeader(const QStringList& header);

/// A field of a set other than importFields() (certification records, issue 6) with its header synonyms.
struct HeaderSynonyms
{
    QString key;
    QStringList names; ///< labels and synonyms in any language; compared as headerMatchKey() compares them
};
/// autoMapHeader() for another field set, with the same tolerance (case, accents, punctuation, whitespace, a trailing
/// unit in parentheses or brackets, a Salesforce suffix) and the same flagging of duplicate and unknown columns.
/// A name claimed by two fields maps to the first.
AutoMapping autoMapHeader(const QStringList& header, const QList<HeaderSynonyms>& fields);
/// What header matching compares: the letters and digits of the folded header without a trailing unit in
/// parentheses or brackets and without a Salesforce "__c" suffix ("Ngày cấp (dd/mm/yyyy)" → "ngaycap").
QString headerMatchKey(const QString& header);

/// Named mapping templates kept in the database, so the GUI and `channeldesk-cli import --mapping NAME` share them.
class MappingTemplates final
{
public:
    explicit MappingTemplates(Database& db);
    Result<QStringList> names() const;
    Result<QJsonObject> load(const QString& name) const; ///< NotFound when there is none
    Status save(const QString& name, const QJsonObject& mapping); ///< replaces one with the same name
    Status remove(const QString& name);

private:
    Database& m_db;
};

} // namespace ChannelDesk::Csv
