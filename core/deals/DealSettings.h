#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ChannelDesk {

class Database;

/// The deal program's settings (local table `deal_setting`, key/value). Defaults apply when a key is absent.
struct DealProgram
{
    int protectionDays = 90;        ///< DR-06: expiry = approval date + N days
    int maxExtensions = 2;          ///< DR-09 cap per registration
    int maxRecalls = 2;             ///< DR-02: how often one registration may be recalled and submitted again
    int maxResubmissions = 2;       ///< DR-02: how often an approved or rejected registration may be resubmitted
    int extensionDays = 30;         ///< the default extension offered
    int slaHours = 48;              ///< DR-13: flag undecided submissions older than this
    int approvalReminderHours = 24; ///< DR-03: remind an approver of waiting registrations this often; 0 = never
    int expiringWindowDays = 14;    ///< DR-08: the "expiring soon" view
    int stalledDays = 30;           ///< PIPE-03: no change for this long = stalled
    QString baseCurrency = QStringLiteral("USD"); ///< reports convert to this
    QString currentUser;            ///< who "me" is for "waiting for me"; empty = the OS user name
};

/// An approver's limit (DR-03 / users' ask 4): above `limitMinor` (in the base currency) an approval is escalated
/// to `escalateTo` instead of taking effect. An approver without a row has no limit.
struct ApprovalLimit
{
    QString approver;
    qint64 limitMinor = 0;
    QString escalateTo;
};

/// A DR-03 routing rule: when a registration sent for approval meets every condition, the rule adds a stage to its
/// approval chain. Stages follow the rules' order; without a matching rule the CAM approves alone. Sequential rules
/// give each approver a stage of their own, in the listed order; a parallel rule one stage that needs them all.
struct ApprovalRule
{
    QString name;
    qint64 minAmountMinor = 0; ///< base currency; the registration's amount, converted, is at least this (0 = any)
    QStringList countries;     ///< customer country is one of these (ISO 3166-1 alpha-2); empty = any
    QStringList products;      ///< a line item is one of these product codes; empty = any
    QStringList approvers;     ///< user names (no spaces), at least one
    bool parallel = false;     ///< all approve together in any order, instead of one after another

    bool operator==(const ApprovalRule&) const = default;
};

/// How many units of the base currency one unit of `currency` was worth from `validFrom` on (PIPE-06).
struct CurrencyRate
{
    QString currency;
    QDate validFrom;
    double rate = 1.0;
};

/// A sales target for a quarter, in the base currency (PIPE-05 coverage).
struct PipelineTarget
{
    QString quarter; ///< "2026-Q4"
    qint64 amountMinor = 0;
};

/// A product of the catalogue deals pick line items from.
struct Product
{
    QString code;
    QString name;
    QString family;
    qint64 listPriceMinor = 0;
    QString currency;
    bool active = true;
};

/// Reads and writes the program settings, approval limits, currency rates, targets and the product catalogue.
/// These are local configuration tables, not synced records (the vendor's catalogue and rates would come from the
/// server in a later version; see docs/sync-protocol.md). Every write is one transaction.
class DealSettings final
{
public:
    explicit DealSettings(Database& db);

    Result<DealProgram> program() const;
    Status setProgram(const DealProgram& program);
    /// `program().currentUser`, else the OS user name.
    QString me() const;
    /// DR-12: the latest archive the user was told about (the deals screen's notice); invalid = none yet. Local.
    QDateTime archiveNoticeSeen() const;
    Status setArchiveNoticeSeen(const QDateTime& at);

    Result<QList<ApprovalLimit>> approvalLimits() const;
    Status setApprovalLimits(const QList<ApprovalLimit>& limits);

    /// DR-03 routing rules, in the order they apply.
    Result<QList<ApprovalRule>> approvalRules() const;
    Status setApprovalRules(const QList<ApprovalRule>& rules);
    /// DR-03 reminders: when the user was last reminded of registrations waiting for their approval.
    QDateTime approvalRemindedAt() const;
    Status setApprovalRemindedAt(const QDateTime& at);

    Result<QList<CurrencyRate>> rates() const;
    Status setRates(const QList<CurrencyRate>& rates);

    Result<QList<PipelineTarget>> targets() const;
    Status setTargets(const QList<PipelineTarget>& targets);

    Result<QList<Product>> products(bool activeOnly = false) const;
    Status saveProduct(const Product& product); ///< insert or replace by code
    /// Fills an empty catalogue, rates and limits with a small realistic sample (first launch, generator).
    Status ensureSampleCatalogue();

private:
    /// A local instant kept in deal_setting (when a notice was last shown); invalid when never.
    QDateTime timeSetting(const QString& key) const;
    Status setTimeSetting(const QString& key, const QDateTime& at);

    Database& m_db;
};

} // namespace ChannelDesk
