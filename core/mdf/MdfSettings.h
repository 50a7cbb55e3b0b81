#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace ChannelDesk {

class Database;

/// MDF program settings (local table `mdf_setting`, key/value; defaults when absent).
struct MdfProgram
{
    int deadlineWarningDays = 14; ///< MDF-10: warn when a claim deadline is this close
    int slaHours = 48;            ///< flag undecided submissions older than this in the approvals queue
    QString baseCurrency = QStringLiteral("USD"); ///< approval limits are in this currency (DealProgram's rates convert)
};

/// An MDF approver's limit (MDF-05, Siebel): a request whose approved amount, converted to the base currency, is
/// above `limitMinor` is routed on to `escalateTo` instead of being approved. An approver without a row has no limit.
struct MdfApprovalLimit
{
    QString approver;
    qint64 limitMinor = 0;
    QString escalateTo;
};

/// Reads and writes MDF settings and approval limits: local configuration, not synced. Every write is one transaction.
class MdfSettings final
{
public:
    explicit MdfSettings(Database& db);

    Result<MdfProgram> program() const;
    Status setProgram(const MdfProgram& program);
    Result<QList<MdfApprovalLimit>> approvalLimits() const;
    Status setApprovalLimits(const QList<MdfApprovalLimit>& limits);
    /// Who "me" is (DealSettings::me(): the configured user, else the OS user name).
    QString me() const;

private:
    Database& m_db;
};

} // namespace ChannelDesk
