#pragma once

// What the file and long-running commands of channeldesk-cli share: Ctrl+C handling, a progress line on a terminal,
// exit codes for errors and the parsing of "COMMAND [options] FILE".
#include "common/Error.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

class QCommandLineParser;
class QTextStream;

namespace ChannelDesk::Cli {

/// Set by SIGINT/SIGTERM while an InterruptGuard is alive; long work checks it between rows or members. Storing to
/// a lock-free atomic is signal-safe.
extern std::atomic_bool interrupted;

/// Installs the handlers for the lifetime of a command and puts the previous ones back.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    void (*m_previousInt)(int) = nullptr;
    void (*m_previousTerm)(int) = nullptr;
};

/// A one-line progress display on a terminal, redrawn at most every 200 ms (nothing when stderr is not a terminal).
class ProgressLine
{
public:
    explicit ProgressLine(QTextStream& err);
    ~ProgressLine() { finish(); }
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    void show(const QString& what, qint64 done, qint64 total);
    void finish();

private:
    QTextStream& m_err;
    bool m_enabled;
    bool m_shown = false;
    QElapsedTimer m_timer;
};

/// Prints the error's message and returns its exit code (Cancelled, Usage for InvalidArgument, else Failed).
int errorExit(QTextStream& err, const Error& error);

/// Parses a command's own options. Returns an exit code when the command is done (--help, a usage error), or
/// nothing with `path` set to the one file argument.
std::optional<int> parseFileCommand(QCommandLineParser& parser, const QString& command, const QStringList& arguments,
                                    QString& path, QTextStream& out, QTextStream& err);

} // namespace ChannelDesk::Cli
