#include "Migrations.h"

#include "SchemaConstants.h"
#include "Sql.h"
#include "common/TextFold.h"

#include <QSqlQuery>

// The local sort keys of a certification row `new` (migration 7 triggers): as CertificationQuery orders them.
#define CHANNELDESK_CERTIFICATION_KEYS_SQL \
    "person_key = ifnull((SELECT lower(k.last_name) || char(1) || lower(k.first_name) FROM contact k " \
    "WHERE k.id = new.contact_id), ''), " \
    "partner_key = ifnull((SELECT k.name_key FROM partner k WHERE k.id = new.partner_id), ''), " \
    "definition_key = ifnull((SELECT lower(k.name) FROM cert_definition k WHERE k.id = new.definition_id), '')"

// A certification's search key (migration 8, local): char(1) before each searched text, lower-cased as NOCASE
// compares (ASCII), so "a word starts one of them" is one LIKE test. `person` is the contact row's alias.
#define CHANNELDESK_CERTIFICATION_SEARCH_KEY_SQL(person, certificateId) \
    "char(1) || lower(" person ".first_name) || char(1) || lower(" person ".last_name) || char(1) || lower(" person \
    ".email) || char(1) || lower(" certificateId ")"

// The same for migration 8's triggers, with the search key.
#define CHANNELDESK_CERTIFICATION_KEYS8_SQL \
    CHANNELDESK_CERTIFICATION_KEYS_SQL ", " \
    "search_key = ifnull((SELECT " CHANNELDESK_CERTIFICATION_SEARCH_KEY_SQL("k", "new.certificate_id") " FROM contact k " \
    "WHERE k.id = new.contact_id), char(1) || char(1) || char(1) || char(1) || lower(new.certificate_id))"

namespace ChannelDesk {

namespace {

Status execAll(QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& statement : statements) {
        if (Status status = Sql::exec(db, statement); !status)
            return status;
    }
    return {};
}

// 1: partners, contacts and the sync bookkeeping every later entity shares (sync-design.md §4).
Status createCoreTables(QSqlDatabase& db)
{
    return execAll(db, {
        QStringLiteral(R"(CREATE TABLE partner (
            local_id INTEGER PRIMARY KEY,                      -- local row key (FTS content rowid); never synced
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),   -- UUIDv7, the record's identity everywhere
            name TEXT NOT NULL CHECK (name <> ''),
            legal_name TEXT NOT NULL DEFAULT '',
            partner_type TEXT NOT NULL DEFAULT 'reseller',
            tier TEXT NOT NULL DEFAULT '',
            stage TEXT NOT NULL DEFAULT 'prospect',
            stage_reason TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            email_domain TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            partnership_start TEXT,                            -- ISO 8601 dates
            partnership_end TEXT,
            next_review TEXT,
            revenue_minor INTEGER,                             -- money: integer minor units...
            revenue_currency TEXT,                             -- ...and the ISO 4217 code
            external_id TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,                          -- UTC, ISO 8601
            updated_at TEXT NOT NULL,
            deleted_at TEXT,                                   -- tombstone: deletes are never hard deletes
            server_version INTEGER                             -- NULL until the record has synced
        ))"),
        QStringLiteral(R"(CREATE TABLE contact (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            partner_id BLOB NOT NULL REFERENCES partner(id),
            first_name TEXT NOT NULL DEFAULT '',
            last_name TEXT NOT NULL DEFAULT '',
            job_title TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT 'sales',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            server_version INTEGER
        ))"),
        QStringLiteral("CREATE INDEX contact_by_partner ON contact(partner_id)"),
        QStringLiteral(R"(CREATE TABLE sync_outbox (
            mutation_id INTEGER PRIMARY KEY AUTOINCREMENT,     -- strictly increasing, never reused
            idem_key BLOB NOT NULL UNIQUE,
            entity TEXT NOT NULL,
            row_id BLOB NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete', 'restore')),
            fields TEXT NOT NULL,                              -- JSON {field: new value}, changed fields only
            base_values TEXT NOT NULL,                         -- JSON {field: old value}
            base_version INTEGER,                              -- server version the edit was made on; NULL if never synced
            schema_version INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'inflight', 'acked', 'conflict', 'rejected', 'blocked')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            applied_seq INTEGER
        ))"),
        QStringLiteral("CREATE INDEX sync_outbox_by_row ON sync_outbox(entity, row_id)"),
        QStringLiteral("CREATE TABLE sync_state (k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO sync_state (k, v) VALUES ('client_id', randomblob(16))"),
    });
}

// 2: accent-insensitive search and SQL-side sorting for big partner lists (qt-style.md §5).
Status addPartnerSearch(QSqlDatabase& db)
{
    if (Status status = execAll(db, {
            QStringLiteral("ALTER TABLE partner ADD COLUMN name_key TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE partner ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
        });
        !status)
        return status;

    // Folding needs Unicode tables SQLite lacks, so existing rows get their keys from C++ here.
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT local_id, name, legal_name, city, email, external_id FROM partner")))
        return Sql::errorFrom(select);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE partner SET name_key = ?, search_text = ? WHERE local_id = ?"));
    while (select.next()) {
        const QString name = select.value(1).toString();
        update.addBindValue(TextFold::fold(name));
        update.addBindValue(TextFold::words(QString(name + QLatin1Char(' ') + select.value(2).toString() + QLatin1Char(' ')
                                            + select.value(3).toString() + QLatin1Char(' ')
                                            + select.value(4).toString() + QLatin1Char(' ')
                                            + select.value(5).toString()))
                                .join(QLatin1Char(' ')));
        update.addBindValue(select.value(0));
        if (Status status = Sql::exec(update); !status)
            return status;
    }

    const QString live = QStringLiteral(" WHERE deleted_at IS NULL");
    return execAll(db, {
        // External-content FTS5 over the folded words; prefix indexes keep type-ahead fast.
        QStringLiteral("CREATE VIRTUAL TABLE partner_fts USING fts5(search_text, content='partner', "
                       "content_rowid='local_id', tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')"),
        QStringLiteral("CREATE TRIGGER partner_fts_insert AFTER INSERT ON partner BEGIN "
                       "INSERT INTO partner_fts(rowid, search_text) VALUES (new.local_id, new.search_text); END"),
        QStringLiteral("CREATE TRIGGER partner_fts_delete AFTER DELETE ON partner BEGIN "
                       "INSERT INTO partner_fts(partner_fts, rowid, search_text) "
                       "VALUES ('delete', old.local_id, old.search_text); END"),
        QStringLiteral("CREATE TRIGGER partner_fts_update AFTER UPDATE OF search_text ON partner BEGIN "
                       "INSERT INTO partner_fts(partner_fts, rowid, search_text) "
                       "VALUES ('delete', old.local_id, old.search_text); "
                       "INSERT INTO partner_fts(rowid, search_text) VALUES (new.local_id, new.search_text); END"),
        QStringLiteral("INSERT INTO partner_fts(partner_fts) VALUES ('rebuild')"),
        // One partial index per sortable column, name as tie-break; tombstones stay out of them.
        QStringLiteral("CREATE INDEX partner_sort_name ON partner(name_key)") + live,
        QStringLiteral("CREATE INDEX partner_sort_type ON partner(partner_type, name_key)") + live,
        QStringLiteral("CREATE INDEX partner_sort_tier ON partner(" CHANNELDESK_TIER_RANK_SQL ", name_key)") + live,
        QStringLiteral("CREATE INDEX partner_sort_stage ON partner(" CHANNELDESK_STAGE_RANK_SQL ", name_key)") + live,
        QStringLiteral("CREATE INDEX partner_sort_country ON partner(country, name_key)") + live,
        QStringLiteral("CREATE INDEX partner_sort_city ON partner(city, name_key)") + live,
        QStringLiteral("CREATE INDEX partner_sort_owner ON partner(owner, name_key)") + live,
        QStringLiteral("CREATE INDEX partner_sort_review ON partner(next_review, name_key)") + live,
        QStringLiteral("CREATE INDEX partner_sort_revenue ON partner(revenue_minor, name_key)") + live,
        QStringLiteral("CREATE INDEX partner_sort_updated ON partner(updated_at)") + live,
        QStringLiteral("CREATE INDEX partner_by_external_id ON partner(external_id) WHERE external_id <> ''"),
    });
}

/// The statements that rebuild sync_outbox with these CHECK conditions (SQLite cannot alter a CHECK constraint):
/// the same rows and ids, AUTOINCREMENT's high-water mark (a mutation id is never reused) and both indexes. Steps 3
/// and 10.
QStringList rebuildOutbox(const QString& opCheck, const QString& stateCheck)
{
    return {
        QStringLiteral(R"(CREATE TABLE sync_outbox_new (
            mutation_id INTEGER PRIMARY KEY AUTOINCREMENT,
            idem_key BLOB NOT NULL UNIQUE,
            entity TEXT NOT NULL,
            row_id BLOB NOT NULL,
            op TEXT NOT NULL CHECK (%1),
            fields TEXT NOT NULL,
            base_values TEXT NOT NULL,
            base_version INTEGER,
            schema_version INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (%2),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            applied_seq INTEGER
        ))").arg(opCheck, stateCheck),
        QStringLiteral("INSERT INTO sync_outbox_new SELECT * FROM sync_outbox"),
        QStringLiteral("UPDATE sqlite_sequence SET seq = (SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox') "
                       "WHERE name = 'sync_outbox_new'"),
        QStringLiteral("DROP TABLE sync_outbox"),
        QStringLiteral("ALTER TABLE sync_outbox_new RENAME TO sync_outbox"),
        QStringLiteral("CREATE INDEX sync_outbox_by_row ON sync_outbox(entity, row_id)"),
        QStringLiteral("CREATE INDEX sync_outbox_open ON sync_outbox(mutation_id) WHERE state <> 'acked' AND state <> 'resolved'"),
    };
}

// 3: the client side of sync (sync-design.md §4): conflicts kept for the user, a 'resolved' outbox state, a sync log.
Status addSyncClientTables(QSqlDatabase& db)
{
    // The outbox's state gains 'resolved'.
    return execAll(db, rebuildOutbox(QStringLiteral("op IN ('create', 'update', 'delete', 'restore')"),
                                     QStringLiteral("state IN ('pending', 'inflight', 'acked', 'conflict', 'rejected', "
                                                    "'blocked', 'resolved')"))
                           + QStringList {
        QStringLiteral(R"(CREATE TABLE sync_conflict (
            conflict_id INTEGER PRIMARY KEY,
            mutation_id INTEGER NOT NULL,
            entity TEXT NOT NULL,
            row_id BLOB NOT NULL,
            kind TEXT NOT NULL,          -- field | update_vs_delete | delete_vs_update | rejected | permission
            fields TEXT NOT NULL,        -- JSON array of the fields in question
            base_values TEXT NOT NULL,   -- JSON {field: value before my edit}
            mine TEXT NOT NULL,          -- JSON {field: my value}
            theirs TEXT NOT NULL,        -- JSON {field: the server's value}
            theirs_version INTEGER,
            reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            resolved_at TEXT,
            resolution TEXT              -- mine | theirs | dismissed
        ))"),
        QStringLiteral("CREATE INDEX sync_conflict_open ON sync_conflict(row_id) WHERE resolved_at IS NULL"),
        QStringLiteral(R"(CREATE TABLE sync_log (
            run_id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            pushed INTEGER NOT NULL DEFAULT 0,
            pulled INTEGER NOT NULL DEFAULT 0,
            conflicts INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0,
            outcome TEXT NOT NULL DEFAULT 'running',   -- running | ok | failed
            message TEXT NOT NULL DEFAULT ''
        ))"),
                           });
}

// 4: CSV import (issue 3): the history that lets a finished import be reverted and re-applied, and named mapping
// templates shared by the wizard and channeldesk-cli. Local only, never synced.
Status addImportTables(QSqlDatabase& db)
{
    return execAll(db, {
        QStringLiteral(R"(CREATE TABLE import_run (
            run_id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            mode TEXT NOT NULL,                      -- create | upsert | update
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            records INTEGER NOT NULL DEFAULT 0,
            created INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0,
            contacts_created INTEGER NOT NULL DEFAULT 0,
            contacts_updated INTEGER NOT NULL DEFAULT 0,
            reverted_at TEXT                         -- set while the import is reverted
        ))"),
        // Ids of records an import created, packed 16 bytes each, many per row: a million-row import adds a
        // thousand rows here, not a million. 'revert_contact' holds the contacts a revert tombstoned with the
        // created partners, so that re-applying brings back exactly those.
        QStringLiteral(R"(CREATE TABLE import_created (
            run_id INTEGER NOT NULL REFERENCES import_run(run_id) ON DELETE CASCADE,
            entity TEXT NOT NULL CHECK (entity IN ('partner', 'contact', 'revert_contact')),
            ids BLOB NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX import_created_by_run ON import_created(run_id)"),
        // Fields an import changed on existing records: {column: value} before and after, as in outbox entries.
        QStringLiteral(R"(CREATE TABLE import_change (
            run_id INTEGER NOT NULL REFERENCES import_run(run_id) ON DELETE CASCADE,
            entity TEXT NOT NULL CHECK (entity IN ('partner', 'contact')),
            record_id BLOB NOT NULL,
            before_values TEXT NOT NULL,
            after_values TEXT NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX import_change_by_run ON import_change(run_id)"),
        QStringLiteral(R"(CREATE TABLE import_mapping_template (
            name TEXT PRIMARY KEY,
            mapping TEXT NOT NULL,                   -- JSON, ImportMapping::toJson()
            updated_at TEXT NOT NULL
        ))"),
    });
}

// 5: deal registrations and opportunities (issue 4), their history, and the local deal-program configuration.
// `deal` and `deal_event` are synced (SyncSchema); customer_key, customer_host and search_text are local keys derived
// by DealRepository::localColumns(); deal_product is derived from line_items by triggers so that sync writes keep it
// too. The configuration tables are local, never synced.
Status addDeals(QSqlDatabase& db)
{
    const QString live = QStringLiteral(" WHERE deleted_at IS NULL");
    return execAll(db, {
        QStringLiteral(R"(CREATE TABLE deal (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            kind TEXT NOT NULL DEFAULT 'registration' CHECK (kind IN ('registration', 'opportunity')),
            number TEXT NOT NULL DEFAULT '',
            partner_id BLOB NOT NULL REFERENCES partner(id),
            partner_contact_id BLOB,
            cam TEXT NOT NULL DEFAULT '',
            approver TEXT NOT NULL DEFAULT '',
            customer_name TEXT NOT NULL DEFAULT '',
            customer_domain TEXT NOT NULL DEFAULT '',
            customer_country TEXT NOT NULL DEFAULT '',
            customer_city TEXT NOT NULL DEFAULT '',
            customer_contact_name TEXT NOT NULL DEFAULT '',
            customer_contact_email TEXT NOT NULL DEFAULT '',
            customer_contact_phone TEXT NOT NULL DEFAULT '',
            line_items TEXT NOT NULL DEFAULT '[]',             -- JSON array, see lineItemsToJson()
            amount_minor INTEGER,                              -- money: integer minor units...
            currency TEXT,                                     -- ...and the ISO 4217 code
            expected_close TEXT,                               -- ISO 8601 date
            sales_stage TEXT NOT NULL DEFAULT 'qualification',
            probability INTEGER,                               -- override in percent; NULL = stage default
            description TEXT NOT NULL DEFAULT '',
            competitor TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft',
            closure_code TEXT NOT NULL DEFAULT '',
            submitted_at TEXT,                                 -- UTC, ISO 8601
            decided_at TEXT,
            expires_on TEXT,                                   -- ISO 8601 date (DR-06)
            extensions INTEGER,
            extension_requested_to TEXT,
            extension_reason TEXT NOT NULL DEFAULT '',
            registration_id BLOB,                              -- opportunity <-> registration (DR-10)
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            server_version INTEGER,
            customer_key TEXT NOT NULL DEFAULT '',             -- local: DR-04 name key (CompanyName::key)
            customer_host TEXT NOT NULL DEFAULT '',            -- local: DR-04 domain key
            search_text TEXT NOT NULL DEFAULT ''               -- local: folded words of number, customer, partner
        ))"),
        QStringLiteral("CREATE UNIQUE INDEX deal_by_number ON deal(number) WHERE number <> ''"),
        QStringLiteral("CREATE INDEX deal_by_partner ON deal(partner_id)"),
        QStringLiteral("CREATE INDEX deal_by_registration ON deal(registration_id) WHERE registration_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX deal_by_customer_key ON deal(customer_key) WHERE deleted_at IS NULL AND kind = 'registration'"),
        QStringLiteral("CREATE INDEX deal_by_customer_host ON deal(customer_host) WHERE deleted_at IS NULL AND kind = 'registration' AND customer_host <> ''"),
        QStringLiteral("CREATE INDEX deal_by_status ON deal(status, local_id)") + live,
        QStringLiteral("CREATE INDEX deal_by_expiry ON deal(expires_on) WHERE deleted_at IS NULL AND status = 'approved'"),
        QStringLiteral("CREATE INDEX deal_pending ON deal(approver, cam) WHERE deleted_at IS NULL AND status = 'pending_approval'"),
        QStringLiteral("CREATE INDEX deal_sort_amount ON deal(amount_minor, local_id)") + live,
        QStringLiteral("CREATE INDEX deal_sort_close ON deal(expected_close, local_id)") + live,
        QStringLiteral("CREATE INDEX deal_sort_stage ON deal(sales_stage, local_id)") + live,
        QStringLiteral("CREATE INDEX deal_sort_submitted ON deal(submitted_at, local_id)") + live,
        QStringLiteral("CREATE INDEX deal_sort_cam ON deal(cam, local_id)") + live,
        QStringLiteral("CREATE INDEX deal_sort_updated ON deal(updated_at, local_id)") + live,
        QStringLiteral("CREATE INDEX deal_sort_number ON deal(number, local_id)") + live,
        QStringLiteral("CREATE INDEX deal_sort_customer ON deal(customer_key, local_id)") + live,
        QStringLiteral("CREATE INDEX deal_sort_expires ON deal(expires_on, local_id)") + live,
        QStringLiteral(R"(CREATE TABLE deal_product (
            deal_local_id INTEGER NOT NULL,
            product TEXT NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX deal_product_by_deal ON deal_product(deal_local_id, product)"),
        QStringLiteral("CREATE TRIGGER deal_product_insert AFTER INSERT ON deal BEGIN "
                       "INSERT INTO deal_product(deal_local_id, product) SELECT DISTINCT new.local_id, "
                       "json_extract(value, '$.product') FROM json_each(new.line_items) "
                       "WHERE json_valid(new.line_items) AND json_extract(value, '$.product') <> ''; END"),
        QStringLiteral("CREATE TRIGGER deal_product_update AFTER UPDATE OF line_items ON deal BEGIN "
                       "DELETE FROM deal_product WHERE deal_local_id = old.local_id; "
                       "INSERT INTO deal_product(deal_local_id, product) SELECT DISTINCT new.local_id, "
                       "json_extract(value, '$.product') FROM json_each(new.line_items) "
                       "WHERE json_valid(new.line_items) AND json_extract(value, '$.product') <> ''; END"),
        QStringLiteral("CREATE TRIGGER deal_product_delete AFTER DELETE ON deal BEGIN "
                       "DELETE FROM deal_product WHERE deal_local_id = old.local_id; END"),
        QStringLiteral(R"(CREATE TABLE deal_event (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            partner_id BLOB NOT NULL REFERENCES partner(id),
            deal_id BLOB NOT NULL,
            at TEXT NOT NULL DEFAULT '',
            actor TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL DEFAULT '',
            from_status TEXT NOT NULL DEFAULT '',
            to_status TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            server_version INTEGER
        ))"),
        QStringLiteral("CREATE INDEX deal_event_by_deal ON deal_event(deal_id, at)"),
        QStringLiteral("CREATE INDEX deal_event_by_partner ON deal_event(partner_id)"),
        QStringLiteral("CREATE TABLE deal_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(R"(CREATE TABLE approval_limit (
            approver TEXT PRIMARY KEY,
            limit_minor INTEGER NOT NULL,          -- in the base currency
            escalate_to TEXT NOT NULL DEFAULT ''
        ))"),
        QStringLiteral(R"(CREATE TABLE currency_rate (
            currency TEXT NOT NULL,
            valid_from TEXT NOT NULL,              -- ISO 8601 date
            rate REAL NOT NULL CHECK (rate > 0),   -- base-currency units per unit of currency
            PRIMARY KEY (currency, valid_from)
        ))"),
        QStringLiteral(R"(CREATE TABLE pipeline_target (
            quarter TEXT PRIMARY KEY,              -- 2026-Q4
            amount_minor INTEGER NOT NULL          -- in the base currency
        ))"),
        QStringLiteral(R"(CREATE TABLE product (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            family TEXT NOT NULL DEFAULT '',
            list_price_minor INTEGER NOT NULL DEFAULT 0,
            currency TEXT NOT NULL DEFAULT 'USD',
            active INTEGER NOT NULL DEFAULT 1
        ))"),
    });
}


// MDF (issue 5). Balances are kept by triggers: a change of a payment recomputes its claim's paid_minor, a change of a
// claim recomputes its request's claim totals, a change of a request recomputes its allocation's totals. Each
// recompute re-sums the few children of one parent through an index (never an increment that could drift), and the
// triggers fire for local writes and pulled rows alike. Reading the whole budget tree is then a scan of allocations.
QString mdfRequestTotals(const char* ref)
{
    // Exposure of a claim against its request's cap: what it asks while pending, what was approved once decided.
    return QStringLiteral(
               "UPDATE mdf_request SET (claimed_minor, claims_approved_minor, paid_minor) = ("
               "SELECT COALESCE(SUM(CASE WHEN status IN ('submitted', 'returned') THEN amount_minor "
               "WHEN status IN ('approved', 'partially_paid', 'paid') THEN COALESCE(approved_minor, 0) ELSE 0 END), 0), "
               "COALESCE(SUM(CASE WHEN status IN ('approved', 'partially_paid', 'paid') THEN COALESCE(approved_minor, 0) "
               "ELSE 0 END), 0), COALESCE(SUM(paid_minor), 0) "
               "FROM mdf_claim WHERE request_id = %1 AND deleted_at IS NULL) WHERE id = %1;")
        .arg(QLatin1String(ref));
}

QString mdfAllocationTotals(const char* ref)
{
    // Committed = what the request holds of the allocation: its approved amount while approved, what its claims were
    // approved for once closed (the rest goes back), nothing when refused or canceled.
    return QStringLiteral(
               "UPDATE mdf_allocation SET (requested_minor, committed_minor, claimed_minor, claims_approved_minor, "
               "paid_minor) = (SELECT "
               "COALESCE(SUM(CASE WHEN status IN ('submitted', 'need_info', 'approved', 'partially_approved', 'closed') "
               "THEN requested_minor ELSE 0 END), 0), "
               "COALESCE(SUM(CASE WHEN status IN ('approved', 'partially_approved') THEN COALESCE(approved_minor, 0) "
               "WHEN status = 'closed' THEN claims_approved_minor ELSE 0 END), 0), "
               "COALESCE(SUM(claimed_minor), 0), COALESCE(SUM(claims_approved_minor), 0), COALESCE(SUM(paid_minor), 0) "
               "FROM mdf_request WHERE allocation_id = %1 AND deleted_at IS NULL) WHERE id = %1;")
        .arg(QLatin1String(ref));
}

QString mdfClaimTotals(const char* ref)
{
    return QStringLiteral("UPDATE mdf_claim SET paid_minor = (SELECT COALESCE(SUM(amount_minor), 0) FROM mdf_payment "
                          "WHERE claim_id = %1 AND deleted_at IS NULL) WHERE id = %1;")
        .arg(QLatin1String(ref));
}

// The three triggers that keep `parent`'s totals right when rows of `table` change.
QStringList mdfTotalsTriggers(const QString& table, const QString& parentColumn, const QString& watched,
                              QString (*totals)(const char*))
{
    const QString newRef = QStringLiteral("new.") + parentColumn;
    const QString oldRef = QStringLiteral("old.") + parentColumn;
    return {
        QStringLiteral("CREATE TRIGGER %1_totals_insert AFTER INSERT ON %1 BEGIN %2 END")
            .arg(table, totals(newRef.toLatin1().constData())),
        QStringLiteral("CREATE TRIGGER %1_totals_update AFTER UPDATE OF %2, %3, deleted_at ON %1 BEGIN %4 %5 END")
            .arg(table, watched, parentColumn, totals(newRef.toLatin1().constData()),
                 totals(oldRef.toLatin1().constData())),
        QStringLiteral("CREATE TRIGGER %1_totals_delete AFTER DELETE ON %1 BEGIN %2 END")
            .arg(table, totals(oldRef.toLatin1().constData())),
    };
}

// The columns every synced table has.
QString syncedBookkeeping()
{
    return QStringLiteral("created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT, server_version INTEGER");
}

Status addMdf(QSqlDatabase& db)
{
    const QString live = QStringLiteral(" WHERE deleted_at IS NULL");
    const QString meta = syncedBookkeeping();
    QStringList statements {
        QStringLiteral(R"(CREATE TABLE mdf_budget (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            name TEXT NOT NULL DEFAULT '',
            program TEXT NOT NULL DEFAULT '',
            period_start TEXT,                      -- ISO 8601 dates
            period_end TEXT,
            amount_minor INTEGER,                   -- integer minor units of currency (every child's currency)
            currency TEXT,
            owner TEXT NOT NULL DEFAULT '',         -- the CAM; sync scope root like a partner
            allow_negative INTEGER,                 -- MDF-02
            vendor_share_bp INTEGER,                -- MDF-07 default for new requests, basis points
            claim_days INTEGER,                     -- MDF-10
            notes TEXT NOT NULL DEFAULT '',
            %1
        ))").arg(meta),
        QStringLiteral("CREATE INDEX mdf_budget_by_period ON mdf_budget(period_start, name)") + live,
        QStringLiteral(R"(CREATE TABLE mdf_allocation (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            budget_id BLOB NOT NULL,                -- no foreign key: the budget may be in another CAM's scope
            partner_id BLOB NOT NULL REFERENCES partner(id),
            period TEXT NOT NULL DEFAULT '',
            amount_minor INTEGER,
            currency TEXT,
            authorized INTEGER,
            notes TEXT NOT NULL DEFAULT '',
            %1,
            requested_minor INTEGER NOT NULL DEFAULT 0,        -- local, by triggers (mdfAllocationTotals)
            committed_minor INTEGER NOT NULL DEFAULT 0,
            claimed_minor INTEGER NOT NULL DEFAULT 0,
            claims_approved_minor INTEGER NOT NULL DEFAULT 0,
            paid_minor INTEGER NOT NULL DEFAULT 0
        ))").arg(meta),
        // MDF-03 (one allocation per budget, partner and period) is checked by the repository and the server, not
        // by a unique index: a pulled row must never fail to apply.
        QStringLiteral("CREATE INDEX mdf_allocation_by_budget ON mdf_allocation(budget_id, partner_id, period)") + live,
        QStringLiteral("CREATE INDEX mdf_allocation_by_partner ON mdf_allocation(partner_id)"),
        QStringLiteral(R"(CREATE TABLE mdf_request (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            number TEXT NOT NULL DEFAULT '',
            allocation_id BLOB NOT NULL,
            partner_id BLOB NOT NULL REFERENCES partner(id),
            title TEXT NOT NULL DEFAULT '',
            activity_type TEXT NOT NULL DEFAULT '',
            campaign TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            start_date TEXT,
            end_date TEXT,
            expected_outcome TEXT NOT NULL DEFAULT '',
            line_items TEXT NOT NULL DEFAULT '[]',   -- JSON, see mdfRequestLinesToJson()
            requested_minor INTEGER,
            approved_minor INTEGER,
            currency TEXT,
            vendor_share_bp INTEGER,
            linked_deals TEXT NOT NULL DEFAULT '[]', -- MDF-12: JSON array of deal ids
            status TEXT NOT NULL DEFAULT 'draft',
            approver TEXT NOT NULL DEFAULT '',
            submitted_at TEXT,
            decided_at TEXT,
            claim_deadline TEXT,                     -- MDF-10
            %1,
            claimed_minor INTEGER NOT NULL DEFAULT 0,          -- local, by triggers (mdfRequestTotals)
            claims_approved_minor INTEGER NOT NULL DEFAULT 0,
            paid_minor INTEGER NOT NULL DEFAULT 0
        ))").arg(meta),
        QStringLiteral("CREATE UNIQUE INDEX mdf_request_by_number ON mdf_request(number) WHERE number <> ''"),
        QStringLiteral("CREATE INDEX mdf_request_by_allocation ON mdf_request(allocation_id)"),
        QStringLiteral("CREATE INDEX mdf_request_by_partner ON mdf_request(partner_id)"),
        QStringLiteral("CREATE INDEX mdf_request_by_status ON mdf_request(status, local_id)") + live,
        QStringLiteral("CREATE INDEX mdf_request_pending ON mdf_request(approver) WHERE deleted_at IS NULL AND status = 'submitted'"),
        QStringLiteral("CREATE INDEX mdf_request_sort_updated ON mdf_request(updated_at, local_id)") + live,
        QStringLiteral("CREATE INDEX mdf_request_sort_number ON mdf_request(number, local_id)") + live,
        QStringLiteral("CREATE INDEX mdf_request_sort_requested ON mdf_request(requested_minor, local_id)") + live,
        QStringLiteral("CREATE INDEX mdf_request_sort_start ON mdf_request(start_date, local_id)") + live,
        QStringLiteral("CREATE INDEX mdf_request_sort_submitted ON mdf_request(submitted_at, local_id)") + live,
        QStringLiteral("CREATE INDEX mdf_request_by_deadline ON mdf_request(claim_deadline) WHERE deleted_at IS NULL AND status IN ('approved', 'partially_approved')"),
        QStringLiteral("CREATE INDEX mdf_request_sort_title ON mdf_request(title, local_id)") + live,
        QStringLiteral("CREATE INDEX mdf_request_sort_approved ON mdf_request(approved_minor, local_id)") + live,
        QStringLiteral("CREATE INDEX mdf_request_sort_end ON mdf_request(end_date, local_id)") + live,
        QStringLiteral("CREATE INDEX mdf_request_sort_deadline ON mdf_request(claim_deadline, local_id)") + live,
        QStringLiteral("CREATE INDEX mdf_request_sort_approver ON mdf_request(approver, local_id)") + live,
        QStringLiteral(R"(CREATE TABLE mdf_claim (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            number TEXT NOT NULL DEFAULT '',
            request_id BLOB NOT NULL,
            partner_id BLOB NOT NULL REFERENCES partner(id),
            title TEXT NOT NULL DEFAULT '',
            line_items TEXT NOT NULL DEFAULT '[]',   -- JSON, see mdfClaimLinesToJson()
            amount_minor INTEGER,
            currency TEXT,
            approved_minor INTEGER,
            status TEXT NOT NULL DEFAULT 'draft',
            approver TEXT NOT NULL DEFAULT '',
            submitted_at TEXT,
            decided_at TEXT,
            %1,
            paid_minor INTEGER NOT NULL DEFAULT 0    -- local, by triggers (mdfClaimTotals)
        ))").arg(meta),
        QStringLiteral("CREATE UNIQUE INDEX mdf_claim_by_number ON mdf_claim(number) WHERE number <> ''"),
        QStringLiteral("CREATE INDEX mdf_claim_by_request ON mdf_claim(request_id)"),
        QStringLiteral("CREATE INDEX mdf_claim_by_partner ON mdf_claim(partner_id)"),
        QStringLiteral("CREATE INDEX mdf_claim_by_title ON mdf_claim(title)") + live,
        QStringLiteral("CREATE INDEX mdf_claim_by_status ON mdf_claim(status, local_id)") + live,
        QStringLiteral("CREATE INDEX mdf_claim_pending ON mdf_claim(approver) WHERE deleted_at IS NULL AND status = 'submitted'"),
        QStringLiteral("CREATE INDEX mdf_claim_sort_updated ON mdf_claim(updated_at, local_id)") + live,
        QStringLiteral("CREATE INDEX mdf_claim_sort_number ON mdf_claim(number, local_id)") + live,
        QStringLiteral("CREATE INDEX mdf_claim_sort_amount ON mdf_claim(amount_minor, local_id)") + live,
        QStringLiteral("CREATE INDEX mdf_claim_sort_submitted ON mdf_claim(submitted_at, local_id)") + live,
        QStringLiteral("CREATE INDEX mdf_claim_sort_approved ON mdf_claim(approved_minor, local_id)") + live,
        QStringLiteral("CREATE INDEX mdf_claim_sort_paid ON mdf_claim(paid_minor, local_id)") + live,
        QStringLiteral("CREATE INDEX mdf_claim_sort_decided ON mdf_claim(decided_at, local_id)") + live,
        QStringLiteral("CREATE INDEX mdf_claim_sort_approver ON mdf_claim(approver, local_id)") + live,
        QStringLiteral(R"(CREATE TABLE mdf_payment (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            claim_id BLOB NOT NULL,
            partner_id BLOB NOT NULL REFERENCES partner(id),
            amount_minor INTEGER,
            currency TEXT,
            paid_on TEXT,
            method TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            %1
        ))").arg(meta),
        QStringLiteral("CREATE INDEX mdf_payment_by_claim ON mdf_payment(claim_id)"),
        QStringLiteral("CREATE INDEX mdf_payment_by_partner ON mdf_payment(partner_id)"),
        QStringLiteral(R"(CREATE TABLE mdf_attachment (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            claim_id BLOB NOT NULL,
            partner_id BLOB NOT NULL REFERENCES partner(id),
            file_name TEXT NOT NULL DEFAULT '',
            mime_type TEXT NOT NULL DEFAULT '',
            size_bytes INTEGER,
            sha256 TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'receipt',
            note TEXT NOT NULL DEFAULT '',
            %1
        ))").arg(meta),
        QStringLiteral("CREATE INDEX mdf_attachment_by_claim ON mdf_attachment(claim_id)"),
        QStringLiteral("CREATE INDEX mdf_attachment_by_partner ON mdf_attachment(partner_id)"),
        // Attachment bytes, once per content (local; an attachment row names its sha256).
        QStringLiteral(R"(CREATE TABLE mdf_blob (
            sha256 TEXT PRIMARY KEY,
            size_bytes INTEGER NOT NULL,
            data BLOB NOT NULL
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE mdf_event (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            scope_ref BLOB NOT NULL,                -- the partner's id, or the budget's for budget events
            entity TEXT NOT NULL DEFAULT '',
            record_id BLOB NOT NULL,
            at TEXT NOT NULL DEFAULT '',
            actor TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL DEFAULT '',
            from_status TEXT NOT NULL DEFAULT '',
            to_status TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT '',
            %1
        ))").arg(meta),
        QStringLiteral("CREATE INDEX mdf_event_by_record ON mdf_event(record_id, at)"),
        QStringLiteral("CREATE INDEX mdf_event_by_scope ON mdf_event(scope_ref)"),
        // Local settings: approval limits (MDF-05) in the base currency, and key/value program settings.
        QStringLiteral(R"(CREATE TABLE mdf_approval_limit (
            approver TEXT PRIMARY KEY,
            limit_minor INTEGER NOT NULL,
            escalate_to TEXT NOT NULL DEFAULT ''
        ))"),
        QStringLiteral("CREATE TABLE mdf_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
    statements += mdfTotalsTriggers(QStringLiteral("mdf_payment"), QStringLiteral("claim_id"),
                                    QStringLiteral("amount_minor"), mdfClaimTotals);
    statements += mdfTotalsTriggers(QStringLiteral("mdf_claim"), QStringLiteral("request_id"),
                                    QStringLiteral("status, amount_minor, approved_minor, paid_minor"), mdfRequestTotals);
    statements += mdfTotalsTriggers(QStringLiteral("mdf_request"), QStringLiteral("allocation_id"),
                                    QStringLiteral("status, requested_minor, approved_minor, claimed_minor, "
                                                   "claims_approved_minor, paid_minor"),
                                    mdfAllocationTotals);
    return execAll(db, statements);
}

// 7: training, certifications and partner program tiers (issue 6). Definitions (course, cert_definition,
// tier_program, tier_level) are shared records; the rest is in a partner's scope. tier_standing is local: the last
// evaluation of every member, so the review, at-risk and partner views read one indexed table.
Status addTraining(QSqlDatabase& db)
{
    const QString live = QStringLiteral(" WHERE deleted_at IS NULL");
    const QString meta = syncedBookkeeping();
    return execAll(db, {
        QStringLiteral(R"(CREATE TABLE course (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            code TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            track TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            duration_hours INTEGER,
            prerequisites TEXT NOT NULL DEFAULT '[]',  -- JSON array of course ids
            active INTEGER,
            %1
        ))").arg(meta),
        QStringLiteral("CREATE INDEX course_by_name ON course(name)") + live,
        QStringLiteral(R"(CREATE TABLE cert_definition (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            code TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            track TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            validity_months INTEGER,                 -- CERT-01
            reminder_days INTEGER,                   -- CERT-01
            recert_window_days INTEGER,              -- CERT-02
            prerequisites TEXT NOT NULL DEFAULT '[]', -- JSON array of course ids
            active INTEGER,
            %1
        ))").arg(meta),
        QStringLiteral("CREATE INDEX cert_definition_by_name ON cert_definition(name)") + live,
        QStringLiteral(R"(CREATE TABLE course_completion (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            partner_id BLOB NOT NULL REFERENCES partner(id),
            contact_id BLOB NOT NULL,
            course_id BLOB NOT NULL,
            completed_on TEXT,
            score INTEGER,
            %1
        ))").arg(meta),
        QStringLiteral("CREATE INDEX course_completion_by_contact ON course_completion(contact_id, course_id)") + live,
        QStringLiteral("CREATE INDEX course_completion_by_partner ON course_completion(partner_id)"),
        QStringLiteral(R"(CREATE TABLE certification (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            partner_id BLOB NOT NULL REFERENCES partner(id),
            contact_id BLOB NOT NULL,
            definition_id BLOB NOT NULL,
            status TEXT NOT NULL DEFAULT 'in_progress',  -- in_progress | active | renewed | revoked
            started_on TEXT,
            acquired_on TEXT,
            expires_on TEXT,                             -- last valid day; NULL = never expires
            certificate_id TEXT NOT NULL DEFAULT '',
            evidence_sha256 TEXT NOT NULL DEFAULT '',    -- content in mdf_blob (the one local blob store)
            evidence_name TEXT NOT NULL DEFAULT '',
            reminded_on TEXT,
            renewed_by BLOB,
            notes TEXT NOT NULL DEFAULT '',
            person_key TEXT NOT NULL DEFAULT '',         -- local (lists' sort keys, kept by triggers, never synced):
            partner_key TEXT NOT NULL DEFAULT '',        --   the contact's last and first name, the partner's
            definition_key TEXT NOT NULL DEFAULT '',     --   name_key, the definition's name
            %1
        ))").arg(meta),
        QStringLiteral("CREATE INDEX certification_by_partner ON certification(partner_id, contact_id)") + live,
        QStringLiteral("CREATE INDEX certification_by_contact ON certification(contact_id, definition_id)") + live,
        QStringLiteral("CREATE INDEX certification_by_definition ON certification(definition_id)") + live,
        // Tier evaluation and the expiry views walk the valid certificates by partner, and by expiry day.
        QStringLiteral("CREATE INDEX certification_valid ON certification(partner_id, definition_id, expires_on, "
                       "acquired_on, contact_id) WHERE deleted_at IS NULL AND status = 'active'"),
        QStringLiteral("CREATE INDEX certification_by_expiry ON certification(expires_on, partner_id) "
                       "WHERE deleted_at IS NULL AND status = 'active'"),
        // Sync (SyncStore::missingBlobs): the evidence contents named by live certifications, without a table scan.
        QStringLiteral("CREATE INDEX certification_evidence ON certification(evidence_sha256) "
                       "WHERE deleted_at IS NULL AND evidence_sha256 <> ''"),
        // The certification lists (CertificationQuery), a million rows: every sort is an index on the certification
        // itself, so a first page and the full order are index walks that never sort. The person, partner and
        // definition names are copied into local key columns by triggers (local writes and pulled rows alike; only
        // live rows are kept current). Never-expiring certificates sort after every date (ifnull), so "valid after
        // today" is one range of that index. People are searched by name and e-mail prefix (NOCASE ranges),
        // certificates by id prefix. No index on status alone: most rows are 'active' and the planner would seek it
        // instead of walking the expiry range; the few in-progress and revoked rows have partial indexes.
        // A bulk loader that writes the keys itself (TrainingGenerator) skips the second write of each row.
        QStringLiteral("CREATE TRIGGER certification_keys_insert AFTER INSERT ON certification "
                       "WHEN new.person_key = '' OR new.partner_key = '' OR new.definition_key = '' BEGIN "
                       "UPDATE certification SET " CHANNELDESK_CERTIFICATION_KEYS_SQL " WHERE local_id = new.local_id; END"),
        QStringLiteral("CREATE TRIGGER certification_keys_update AFTER UPDATE OF contact_id, partner_id, definition_id "
                       "ON certification BEGIN "
                       "UPDATE certification SET " CHANNELDESK_CERTIFICATION_KEYS_SQL " WHERE local_id = new.local_id; END"),
        QStringLiteral("CREATE TRIGGER contact_certification_key AFTER UPDATE OF first_name, last_name ON contact BEGIN "
                       "UPDATE certification SET person_key = lower(new.last_name) || char(1) || lower(new.first_name) "
                       "WHERE contact_id = new.id AND deleted_at IS NULL; END"),
        QStringLiteral("CREATE TRIGGER partner_certification_key AFTER UPDATE OF name_key ON partner BEGIN "
                       "UPDATE certification SET partner_key = new.name_key "
                       "WHERE partner_id = new.id AND deleted_at IS NULL; END"),
        QStringLiteral("CREATE TRIGGER definition_certification_key AFTER UPDATE OF name ON cert_definition BEGIN "
                       "UPDATE certification SET definition_key = lower(new.name) "
                       "WHERE definition_id = new.id AND deleted_at IS NULL; END"),
        QStringLiteral("CREATE INDEX certification_sort_person ON certification(person_key)") + live,
        QStringLiteral("CREATE INDEX certification_sort_partner ON certification(partner_key)") + live,
        QStringLiteral("CREATE INDEX certification_sort_definition ON certification(definition_key)") + live,
        QStringLiteral("CREATE INDEX certification_sort_acquired ON certification(acquired_on, status)") + live,
        QStringLiteral("CREATE INDEX certification_sort_expires ON certification(ifnull(expires_on, '9999-12-31'))")
            + live,
        QStringLiteral("CREATE INDEX certification_in_progress ON certification(status) "
                       "WHERE deleted_at IS NULL AND status = 'in_progress'"),
        QStringLiteral("CREATE INDEX certification_revoked ON certification(status) "
                       "WHERE deleted_at IS NULL AND status = 'revoked'"),
        // The expiring view and the expiry timeline: one covering range over the expiry day, no table lookups.
        QStringLiteral("CREATE INDEX certification_expiring ON certification(expires_on, partner_id, definition_id, "
                       "reminded_on, acquired_on) WHERE deleted_at IS NULL AND status = 'active'"),
        QStringLiteral("CREATE INDEX certification_by_certificate ON certification(certificate_id COLLATE NOCASE)")
            + live,
        QStringLiteral("CREATE INDEX contact_by_last_name ON contact(last_name COLLATE NOCASE)") + live,
        QStringLiteral("CREATE INDEX contact_by_first_name ON contact(first_name COLLATE NOCASE)") + live,
        QStringLiteral("CREATE INDEX contact_by_email ON contact(email COLLATE NOCASE)") + live,
        QStringLiteral(R"(CREATE TABLE tier_program (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            name TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            currency TEXT NOT NULL DEFAULT '',
            auto_upgrade INTEGER,
            active INTEGER,
            %1
        ))").arg(meta),
        QStringLiteral(R"(CREATE TABLE tier_level (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            program_id BLOB NOT NULL,
            rank INTEGER,
            name TEXT NOT NULL DEFAULT '',
            code TEXT NOT NULL DEFAULT '',
            benefits TEXT NOT NULL DEFAULT '',
            lead_weight INTEGER,
            min_revenue_minor INTEGER,                   -- NULL = no such criterion (TIER-02)
            min_certified INTEGER,
            track_requirements TEXT NOT NULL DEFAULT '[]',
            min_approved_registrations INTEGER,
            min_closed_won INTEGER,
            min_points INTEGER,
            %1
        ))").arg(meta),
        QStringLiteral("CREATE INDEX tier_level_by_program ON tier_level(program_id, rank)") + live,
        QStringLiteral(R"(CREATE TABLE program_member (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            partner_id BLOB NOT NULL REFERENCES partner(id),
            program_id BLOB NOT NULL,
            level_id BLOB,
            pending_level_id BLOB,
            pending_kind TEXT NOT NULL DEFAULT '',        -- '' | upgrade | demotion (TIER-03)
            pending_reasons TEXT NOT NULL DEFAULT '[]',
            pending_since TEXT,
            lead_weight INTEGER,
            joined_on TEXT,
            %1
        ))").arg(meta),
        // One member per partner and program is the repository's and the server's rule, not a unique index: a
        // pulled row must never fail to apply.
        QStringLiteral("CREATE INDEX program_member_by_partner ON program_member(partner_id, program_id)") + live,
        QStringLiteral("CREATE INDEX program_member_pending ON program_member(pending_kind, pending_since) "
                       "WHERE deleted_at IS NULL AND pending_kind <> ''"),
        // The tier review queue (TierQuery): both kinds oldest first in the keyset order (pending_since, local_id),
        // so a page is an index walk with no sort, and counted per kind and program from the index alone.
        QStringLiteral("CREATE INDEX program_member_review_queue ON program_member(pending_since, local_id, "
                       "pending_kind, program_id) WHERE deleted_at IS NULL AND pending_kind <> ''"),
        QStringLiteral(R"(CREATE TABLE points_entry (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            partner_id BLOB NOT NULL REFERENCES partner(id),
            program_id BLOB NOT NULL,
            activity_type TEXT NOT NULL DEFAULT '',
            points INTEGER,
            earned_on TEXT,
            expires_on TEXT,                             -- last counting day (TIER-04); NULL = never
            note TEXT NOT NULL DEFAULT '',
            %1
        ))").arg(meta),
        QStringLiteral("CREATE INDEX points_entry_by_partner ON points_entry(partner_id, program_id, expires_on)") + live,
        QStringLiteral(R"(CREATE TABLE tier_event (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            partner_id BLOB NOT NULL REFERENCES partner(id),
            program_id BLOB NOT NULL,
            at TEXT NOT NULL DEFAULT '',
            actor TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL DEFAULT '',
            from_level_id BLOB,
            to_level_id BLOB,
            reason TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT '',
            %1
        ))").arg(meta),
        QStringLiteral("CREATE INDEX tier_event_by_partner ON tier_event(partner_id, at)"),
        // TierEngine (tiers): the snooze look-up reads a program's recent decisions; TierMetrics reads won
        // opportunities by close date and approved registrations by decision time, each from one covering partial
        // index (a range scan, no table lookups), and a program's points grouped by partner.
        QStringLiteral("CREATE INDEX tier_event_by_program ON tier_event(program_id, at)"),
        QStringLiteral("CREATE INDEX deal_tier_won ON deal(expected_close, partner_id, amount_minor, currency) "
                       "WHERE deleted_at IS NULL AND kind = 'opportunity' AND status = 'won'"),
        QStringLiteral("CREATE INDEX deal_tier_decided ON deal(decided_at, partner_id, status, closure_code) "
                       "WHERE deleted_at IS NULL AND kind = 'registration'"),
        QStringLiteral("CREATE INDEX points_entry_by_program ON points_entry(program_id, partner_id, earned_on, "
                       "expires_on, points) WHERE deleted_at IS NULL"),
        // Local: the last evaluation of each member (TierEngine), read by the review, at-risk and partner views.
        QStringLiteral(R"(CREATE TABLE tier_standing (
            partner_id BLOB NOT NULL,
            program_id BLOB NOT NULL,
            computed_at TEXT NOT NULL,
            as_of TEXT NOT NULL,                         -- the local day evaluated
            level_id BLOB,                               -- current level then
            qualifies_level_id BLOB,                     -- TIER-03 result (no skipping)
            revenue_minor INTEGER NOT NULL DEFAULT 0,    -- trailing 12 months, program currency
            certified INTEGER NOT NULL DEFAULT 0,
            track_counts TEXT NOT NULL DEFAULT '{}',     -- JSON {track: people}
            approved_registrations INTEGER NOT NULL DEFAULT 0,
            closed_won INTEGER NOT NULL DEFAULT 0,
            points INTEGER NOT NULL DEFAULT 0,
            at_risk INTEGER NOT NULL DEFAULT 0,          -- falls below its level when certificates expire in the horizon
            at_risk_on TEXT,                             -- the first day it would no longer qualify
            at_risk_reasons TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (partner_id, program_id)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX tier_standing_at_risk ON tier_standing(at_risk_on) WHERE at_risk = 1"),
        QStringLiteral("CREATE TABLE training_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    });
}

// A certification row `%1` (new or old) that the expiry timeline counts: live, status active, with an expiry day.
const char* const CountedCertification =
    "%1.deleted_at IS NULL AND %1.status = 'active' AND %1.expires_on IS NOT NULL";

// 8: the certification views' first paint at a million rows (issue 6).
Status addCertificationViewIndexes(QSqlDatabase& db)
{
    const QString counted = QString::fromLatin1(CountedCertification);
    // After each sort key: the order's tie-break and what the lists' per-row tests read.
    const QString sortColumns = QStringLiteral("local_id, status, acquired_on, expires_on) WHERE deleted_at IS NULL");
    const QString add = QStringLiteral(
        "INSERT INTO certification_expiry_count (expires_on, definition_id, n) SELECT new.expires_on, "
        "new.definition_id, 1 WHERE %1 ON CONFLICT (expires_on, definition_id) DO UPDATE SET n = n + 1;")
                            .arg(counted.arg(QStringLiteral("new")));
    const QString remove = QStringLiteral(
        "UPDATE certification_expiry_count SET n = n - 1 WHERE expires_on = old.expires_on AND "
        "definition_id = old.definition_id AND %1;")
                               .arg(counted.arg(QStringLiteral("old")));
    return execAll(db, {
        // What the list's search matches, in one local column kept by triggers as the sort keys are (the person's
        // first and last name and e-mail, the certificate id): in the person sort index, a name search walks it
        // and tests each entry with one LIKE before it looks the person up. Certificates are now also
        // re-keyed when restored, so no key keeps a name changed while its certificate was deleted.
        QStringLiteral("ALTER TABLE certification ADD COLUMN search_key TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE certification SET search_key = ifnull((SELECT " CHANNELDESK_CERTIFICATION_SEARCH_KEY_SQL(
                           "k", "certification.certificate_id") " FROM contact k WHERE k.id = certification.contact_id), "
                       "char(1) || char(1) || char(1) || char(1) || lower(certificate_id)) WHERE deleted_at IS NULL"),
        QStringLiteral("DROP TRIGGER certification_keys_insert"),
        QStringLiteral("DROP TRIGGER certification_keys_update"),
        QStringLiteral("DROP TRIGGER contact_certification_key"),
        QStringLiteral("CREATE TRIGGER certification_keys_insert AFTER INSERT ON certification "
                       "WHEN new.person_key = '' OR new.partner_key = '' OR new.definition_key = '' BEGIN "
                       "UPDATE certification SET " CHANNELDESK_CERTIFICATION_KEYS8_SQL " WHERE local_id = new.local_id; END"),
        QStringLiteral("CREATE TRIGGER certification_keys_update AFTER UPDATE OF contact_id, partner_id, definition_id, "
                       "certificate_id ON certification BEGIN "
                       "UPDATE certification SET " CHANNELDESK_CERTIFICATION_KEYS8_SQL " WHERE local_id = new.local_id; END"),
        QStringLiteral("CREATE TRIGGER certification_keys_restore AFTER UPDATE OF deleted_at ON certification "
                       "WHEN old.deleted_at IS NOT NULL AND new.deleted_at IS NULL BEGIN "
                       "UPDATE certification SET " CHANNELDESK_CERTIFICATION_KEYS8_SQL " WHERE local_id = new.local_id; END"),
        QStringLiteral("CREATE TRIGGER contact_certification_key AFTER UPDATE OF first_name, last_name, email ON contact "
                       "BEGIN UPDATE certification SET person_key = lower(new.last_name) || char(1) || "
                       "lower(new.first_name), search_key = " CHANNELDESK_CERTIFICATION_SEARCH_KEY_SQL(
                           "new", "certificate_id") " WHERE contact_id = new.id AND deleted_at IS NULL; END"),
        // The list's sort indexes again, each (sort key, local_id) = the list's order itself, with the columns a
        // state, a month or the in-progress test reads, so a first page walks one index and tests each entry
        // without reading the row (CertificationQuery's head walk). Step 7's acquisition index put equal days in
        // status order, so each day's rows (and the ~25,000 in-progress rows without a day, first when ascending)
        // were sorted before a page came out; its key is now ifnull(acquired_on, 0), the same order (0 sorts
        // before every text) with "up to day X" one range.
        QStringLiteral("DROP INDEX certification_sort_person"),
        QStringLiteral("DROP INDEX certification_sort_partner"),
        QStringLiteral("DROP INDEX certification_sort_definition"),
        QStringLiteral("DROP INDEX certification_sort_acquired"),
        QStringLiteral("DROP INDEX certification_sort_expires"),
        QStringLiteral("CREATE INDEX certification_sort_person ON certification(person_key, local_id, status, "
                       "acquired_on, expires_on, search_key) WHERE deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX certification_sort_partner ON certification(partner_key, %1").arg(sortColumns),
        QStringLiteral("CREATE INDEX certification_sort_definition ON certification(definition_key, %1").arg(sortColumns),
        QStringLiteral("CREATE INDEX certification_sort_acquired ON certification(ifnull(acquired_on, 0), %1")
            .arg(sortColumns),
        QStringLiteral("CREATE INDEX certification_sort_expires ON certification(ifnull(expires_on, '9999-12-31'), %1")
            .arg(sortColumns),
        // The stored in-progress certificates in the acquisition order (most have no day: by local id), so the "In
        // progress" view sorted by that day reads its page from here whichever the direction.
        QStringLiteral("DROP INDEX certification_in_progress"),
        QStringLiteral("CREATE INDEX certification_in_progress ON certification(ifnull(acquired_on, 0), local_id) "
                       "WHERE deleted_at IS NULL AND status = 'in_progress'"),
        // The expiring view's first page walks partners by name (deleted ones too: their certificates stay listed)
        // and stops after a page, instead of grouping every expiring certificate first.
        QStringLiteral("CREATE INDEX partner_by_name_key ON partner(name_key)"),
        // The expiry timeline: active certificates per expiry day and definition, kept by triggers (local, never
        // synced), so the chart sums a few thousand rows instead of grouping most of the certificates.
        QStringLiteral("CREATE TABLE certification_expiry_count (expires_on TEXT NOT NULL, definition_id BLOB NOT NULL, "
                       "n INTEGER NOT NULL, PRIMARY KEY (expires_on, definition_id)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO certification_expiry_count (expires_on, definition_id, n) SELECT c.expires_on, "
                       "c.definition_id, count(*) FROM certification c WHERE %1 GROUP BY c.expires_on, c.definition_id")
            .arg(counted.arg(QStringLiteral("c"))),
        QStringLiteral("CREATE TRIGGER certification_expiry_count_insert AFTER INSERT ON certification BEGIN %1 END")
            .arg(add),
        QStringLiteral("CREATE TRIGGER certification_expiry_count_update AFTER UPDATE OF deleted_at, status, expires_on, "
                       "definition_id ON certification BEGIN %1 %2 END")
            .arg(remove, add),
        QStringLiteral("CREATE TRIGGER certification_expiry_count_delete AFTER DELETE ON certification BEGIN %1 END")
            .arg(remove),
    });
}

// 9: the MDF lists' type-ahead search at 100,000 requests and 300,000 claims (issue 5). A LIKE over the titles read
// every row. Now each row has its own folded words (search_own, local, written by the repositories, sync and the
// generator as the partners' keys are) and triggers assemble what a search looks in: a request's own words and its
// partner's name (partner.name_words), a claim's own words and its request's search_text. An FTS5 index over
// search_text answers a rare word from the index; a common one is found walking the sort index (MdfQuery).
Status addMdfSearch(QSqlDatabase& db)
{
    if (Status status = execAll(db, {
            QStringLiteral("ALTER TABLE partner ADD COLUMN name_words TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE mdf_request ADD COLUMN search_own TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE mdf_request ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE mdf_claim ADD COLUMN search_own TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE mdf_claim ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
        });
        !status)
        return status;
    // As PartnerRepository::localColumns, MdfRequestRepository::localColumns and MdfClaimRepository::localColumns
    // compute them (folding is C++).
    const std::pair<QString, QString> own[] {
        { QStringLiteral("partner"), QStringLiteral("name_words = ?/name") },
        { QStringLiteral("mdf_request"), QStringLiteral("search_own = ?/number, title, campaign") },
        { QStringLiteral("mdf_claim"), QStringLiteral("search_own = ?/number, title") },
    };
    for (const auto& [table, spec] : own) {
        const QString set = spec.section(QLatin1Char('/'), 0, 0);
        const QString columns = spec.section(QLatin1Char('/'), 1);
        QSqlQuery select(db);
        select.setForwardOnly(true);
        if (!select.exec(QStringLiteral("SELECT local_id, %1 FROM %2").arg(columns, table)))
            return Sql::errorFrom(select);
        const int count = int(columns.count(QLatin1Char(',')) + 1);
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE local_id = ?").arg(table, set));
        while (select.next()) {
            QStringList parts;
            for (int i = 1; i <= count; ++i)
                parts.append(select.value(i).toString());
            update.addBindValue(TextFold::words(parts.join(QLatin1Char(' '))).join(QLatin1Char(' ')));
            update.addBindValue(select.value(0));
            if (Status status = Sql::exec(update); !status)
                return status;
        }
    }
    // search_text = own words, a space, what the parent adds (empty when the parent is not here yet): for a request
    // its partner's name, for a claim its request's search_text. Requests first: the claims' text copies theirs.
    QStringList statements;
    for (const auto& [table, parent, parentText] :
         { std::tuple { QStringLiteral("mdf_request"), QStringLiteral("partner_id"),
                        QStringLiteral("SELECT p.name_words FROM partner p WHERE p.id = %1.partner_id") },
           std::tuple { QStringLiteral("mdf_claim"), QStringLiteral("request_id"),
                        QStringLiteral("SELECT r.search_text FROM mdf_request r WHERE r.id = %1.request_id") } }) {
        const QString text = QStringLiteral("%1.search_own || ' ' || ifnull((%2), '')").arg(QStringLiteral("%1"), parentText);
        statements += {
            QStringLiteral("UPDATE %1 SET search_text = ").arg(table) + text.arg(table),
            // A new row: its text, then its index entry (the *_fts_update trigger leaves that to this one).
            QStringLiteral("CREATE TRIGGER %1_search_insert AFTER INSERT ON %1 BEGIN "
                           "UPDATE %1 SET search_text = %2 WHERE local_id = new.local_id; "
                           "INSERT INTO %1_fts(rowid, search_text) SELECT local_id, search_text FROM %1 "
                           "WHERE local_id = new.local_id; END")
                .arg(table, text.arg(QStringLiteral("new"))),
            // Writers set search_own with every change; WHEN keeps an unchanged value from rewriting anything.
            QStringLiteral("CREATE TRIGGER %1_search_update AFTER UPDATE OF search_own, %2 ON %1 "
                           "WHEN old.search_own IS NOT new.search_own OR old.%2 IS NOT new.%2 "
                           "BEGIN UPDATE %1 SET search_text = %3 WHERE local_id = new.local_id; END")
                .arg(table, parent, text.arg(QStringLiteral("new"))),
        };
    }
    statements += {
        // Each UPDATE of search_text fires the next level.
        QStringLiteral("CREATE TRIGGER mdf_request_search_claims AFTER UPDATE OF search_text ON mdf_request "
                       "WHEN old.search_text IS NOT new.search_text BEGIN "
                       "UPDATE mdf_claim SET search_text = search_own || ' ' || new.search_text "
                       "WHERE request_id = new.id; END"),
        // A renamed partner, or one that arrives after its requests (a sync pull), renames them.
        QStringLiteral("CREATE TRIGGER partner_mdf_search_update AFTER UPDATE OF name_words ON partner "
                       "WHEN old.name_words IS NOT new.name_words BEGIN "
                       "UPDATE mdf_request SET search_text = search_own || ' ' || new.name_words "
                       "WHERE partner_id = new.id; END"),
        QStringLiteral("CREATE TRIGGER partner_mdf_search_insert AFTER INSERT ON partner "
                       "WHEN EXISTS (SELECT 1 FROM mdf_request WHERE partner_id = new.id) BEGIN "
                       "UPDATE mdf_request SET search_text = search_own || ' ' || new.name_words "
                       "WHERE partner_id = new.id; END"),
    };
    for (const QString& table : { QStringLiteral("mdf_request"), QStringLiteral("mdf_claim") }) {
        const QString fts = table + QStringLiteral("_fts");
        statements += {
            // The folded words as partner_fts holds them, external content. No prefix indexes: a short prefix
            // matches many rows, and those searches walk the sort index instead (MdfListLoader).
            QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(search_text, content='%2', content_rowid='local_id', "
                           "tokenize='unicode61 remove_diacritics 0')")
                .arg(fts, table),
            QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(fts),
            // The insert trigger above indexes a new row once its text is made, so its UPDATE from '' is not
            // an index change; a row given a search_text of its own would be indexed twice.
            QStringLiteral("CREATE TRIGGER %1_derived BEFORE INSERT ON %2 WHEN new.search_text <> '' BEGIN "
                           "SELECT RAISE(ABORT, '%2.search_text is made by triggers from search_own'); END")
                .arg(fts, table),
            QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE OF search_text ON %2 "
                           "WHEN old.search_text <> '' AND old.search_text IS NOT new.search_text BEGIN "
                           "INSERT INTO %1(%1, rowid, search_text) VALUES ('delete', old.local_id, old.search_text); "
                           "INSERT INTO %1(rowid, search_text) VALUES (new.local_id, new.search_text); END")
                .arg(fts, table),
            QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON %2 WHEN old.search_text <> '' BEGIN "
                           "INSERT INTO %1(%1, rowid, search_text) VALUES ('delete', old.local_id, old.search_text); END")
                .arg(fts, table),
        };
    }
    return execAll(db, statements);
}

// 10: the outbox's CHECK constraints as OR chains. `x IN ('a', 'b', …)` in a CHECK makes SQLite build a temporary
// b-tree of the list on every execution of an INSERT: two per outbox entry, about a third of the cost of appending
// one (measured on TierEngine's first run). The same rules, the same rows and ids; the table is rebuilt because
// SQLite cannot alter a CHECK.
Status rewriteOutboxChecks(QSqlDatabase& db)
{
    return execAll(db, rebuildOutbox(QStringLiteral("op = 'create' OR op = 'update' OR op = 'delete' OR op = 'restore'"),
                                     QStringLiteral("state = 'pending' OR state = 'inflight' OR state = 'acked' "
                                                    "OR state = 'conflict' OR state = 'rejected' OR state = 'blocked' "
                                                    "OR state = 'resolved'")));
}

// 11: the Archived view (DR-12) lists deleted deals: an administrator's archive and deleted drafts. Every other
// index on deal covers live rows only, so without this one that view would scan a million rows for a handful.
Status addArchivedDealIndex(QSqlDatabase& db)
{
    return execAll(db,
                   { QStringLiteral("CREATE INDEX deal_archived ON deal(deleted_at) WHERE deleted_at IS NOT NULL") });
}

// 12: tasks on deal registrations (DR-11), synced in the partner's scope like the deal's history. No CHECK on status:
// a value a newer ChannelDesk adds must still be stored when pulled (the repository and the server check it).
Status addDealTasks(QSqlDatabase& db)
{
    return execAll(db, {
        QStringLiteral(R"(CREATE TABLE deal_task (
            local_id INTEGER PRIMARY KEY,
            id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
            partner_id BLOB NOT NULL REFERENCES partner(id),
            deal_id BLOB NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            assignee TEXT NOT NULL DEFAULT '',
            due_on TEXT,
            status TEXT NOT NULL DEFAULT 'open',
            completed_at TEXT,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            server_version INTEGER
        ))"),
        QStringLiteral("CREATE INDEX deal_task_by_deal ON deal_task(deal_id)"),
        QStringLiteral("CREATE INDEX deal_task_by_partner ON deal_task(partner_id)"),
    });
}

// 13: DR-03 approval routing. A registration carries its approval chain (synced, JSON); the routing rules that build
// it are local configuration like approval_limit (the vendor's; see docs/sync-protocol.md).
Status addApprovalRouting(QSqlDatabase& db)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE deal ADD COLUMN approval_chain TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(R"(CREATE TABLE approval_rule (
            position INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            min_amount_minor INTEGER NOT NULL DEFAULT 0,
            countries TEXT NOT NULL DEFAULT '',
            products TEXT NOT NULL DEFAULT '',
            approvers TEXT NOT NULL,
            parallel INTEGER NOT NULL DEFAULT 0
        ))"),
    });
}

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> steps {
        { 1, "partners, contacts, sync outbox", createCoreTables },
        { 2, "partner search and sort keys", addPartnerSearch },
        { 3, "sync conflicts and log", addSyncClientTables },
        { 4, "import history and mapping templates", addImportTables },
        { 5, "deal registrations, opportunities and their history", addDeals },
        { 6, "market development funds: budgets, allocations, requests, claims, payments", addMdf },
        { 7, "training, certifications and partner program tiers", addTraining },
        { 8, "certification view indexes and the expiry count", addCertificationViewIndexes },
        { 9, "MDF request and claim search", addMdfSearch },
        { 10, "outbox checks without temporary b-trees", rewriteOutboxChecks },
        { 11, "archived deals index", addArchivedDealIndex },
        { 12, "tasks on deal registrations", addDealTasks },
        { 13, "approval routing rules and chains", addApprovalRouting },
    };
    return steps;
}

} // namespace ChannelDesk
