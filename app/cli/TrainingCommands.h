#pragma once

#include <QStringList>

class QTextStream;

namespace ChannelDesk::Cli {

/// `tiers-recompute`: runs TierEngine over every member of every active program (TIER-02/03) with a progress line,
/// then prints the summary (members, unchanged, proposals, automatic upgrades, demotion reviews, withdrawn, at risk).
/// Ctrl+C cancels between members; what was already decided stays.
int tiersRecompute(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err);

/// `import-certifications FILE`: imports people's certification records with CertificationImporter (people matched
/// by email); --dry-run reports new/unchanged/rejected and writes nothing. Exit 6 when some rows were rejected.
int importCertifications(const QString& databasePath, const QStringList& arguments, QTextStream& out,
                         QTextStream& err);

/// `export-certifications FILE`: writes every certification record (or one partner's) as CSV with
/// CertificationExporter; formula-like cells neutralised unless --raw.
int exportCertifications(const QString& databasePath, const QStringList& arguments, QTextStream& out,
                         QTextStream& err);

} // namespace ChannelDesk::Cli
