#pragma once

#include <QStringList>

class QTextStream;

namespace ChannelDesk::Cli {

/// Exit codes of channeldesk-cli (documented in --help).
enum ExitCode {
    Ok = 0,
    Failed = 1,
    Usage = 2,
    Cancelled = 3,
    SignInRefused = 4,
    UpgradeRequired = 5,
    RowsRejected = 6, ///< import: finished, but some rows were rejected (the others were imported)
};

/// `generate`: fills the database with deterministic, realistic partners and contacts, and deals for its partners.
int generate(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `info`: what is in the database (schema, counts, pending sync changes).
int info(const QString& databasePath, QTextStream& out, QTextStream& err);
/// `sync`: signs in with the password read from `in` and syncs once (push the outbox, then pull), printing a one-line
/// summary. Interrupting it (SIGINT/SIGTERM) cancels at the next request boundary; what was committed stays.
int sync(const QString& databasePath, const QStringList& arguments, QTextStream& in, QTextStream& out, QTextStream& err);
/// `mdf-audit`: re-sums every MDF total from the raw rows and checks MDF-01/02/09/11 (MdfLedger::audit); prints each
/// finding (rule, record id, message) and exits 1 when there is any.
int mdfAudit(const QString& databasePath, QTextStream& out, QTextStream& err);

} // namespace ChannelDesk::Cli
