#pragma once

#include <QStringList>

class QTextStream;

namespace ChannelDesk::Cli {

/// `import FILE`: imports partners (and one contact per row) from a CSV file with PartnerImporter; --dry-run reports
/// what would happen and writes nothing. A human summary on `out`, or the JSON report with --report json.
/// Interrupting it (SIGINT/SIGTERM) cancels with nothing written.
int importCsv(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err);

/// `export FILE`: writes the live partners (or those matching the filters) as CSV with PartnerExporter. Interrupting
/// it cancels; no file is left behind.
int exportCsv(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace ChannelDesk::Cli
