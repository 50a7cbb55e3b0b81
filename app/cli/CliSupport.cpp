#include "CliSupport.h"

#include "CliCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define CHANNELDESK_ISATTY _isatty
#define CHANNELDESK_FILENO _fileno
#else
#include <unistd.h>
#define CHANNELDESK_ISATTY isatty
#define CHANNELDESK_FILENO fileno
#endif

namespace ChannelDesk::Cli {

std::atomic_bool interrupted { false };

namespace {

extern "C" void interruptCommand(int)
{
    interrupted.store(true);
}

bool stderrIsTerminal()
{
    return CHANNELDESK_ISATTY(CHANNELDESK_FILENO(stderr)) != 0;
}

} // namespace

InterruptGuard::InterruptGuard()
{
    interrupted = false;
    m_previousInt = std::signal(SIGINT, interruptCommand);
    m_previousTerm = std::signal(SIGTERM, interruptCommand);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, m_previousInt);
    std::signal(SIGTERM, m_previousTerm);
}

ProgressLine::ProgressLine(QTextStream& err)
    : m_err(err)
    , m_enabled(stderrIsTerminal())
{
    m_timer.start();
}

void ProgressLine::show(const QString& what, qint64 done, qint64 total)
{
    if (!m_enabled || (m_shown && m_timer.elapsed() < 200))
        return;
    m_timer.restart();
    const int percent = total > 0 ? static_cast<int>(std::clamp<qint64>(done * 100 / total, 0, 100)) : 0;
    m_err << '\r' << what << ' ' << percent << '%' << "   " << Qt::flush;
    m_shown = true;
}

void ProgressLine::finish()
{
    if (m_shown)
        m_err << '\r' << QString(40, u' ') << '\r' << Qt::flush;
    m_shown = false;
}

int errorExit(QTextStream& err, const Error& error)
{
    err << error.message << Qt::endl;
    if (error.code == Error::Code::Cancelled)
        return Cancelled;
    return error.code == Error::Code::InvalidArgument ? Usage : Failed;
}

std::optional<int> parseFileCommand(QCommandLineParser& parser, const QString& command, const QStringList& arguments,
                                    QString& path, QTextStream& out, QTextStream& err)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList { command } + arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate("cli", "%1 needs exactly one file. Run channeldesk-cli %1 --help.").arg(command)
            << Qt::endl;
        return Usage;
    }
    path = parser.positionalArguments().constFirst();
    return std::nullopt;
}

} // namespace ChannelDesk::Cli
