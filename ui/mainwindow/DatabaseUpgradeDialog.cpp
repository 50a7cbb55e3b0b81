#include "DatabaseUpgradeDialog.h"

#include "storage/Database.h"

#include <QCloseEvent>
#include <QEventLoop>
#include <QLocale>
#include <QLoggingCategory>
#include <QThread>

namespace ChannelDesk {

Q_LOGGING_CATEGORY(lcUpgrade, "channeldesk.ui.upgrade", QtInfoMsg)

DatabaseUpgradeDialog::DatabaseUpgradeDialog(QWidget* parent)
    : QProgressDialog(parent)
{
    setWindowTitle(tr("ChannelDesk"));
    setWindowModality(Qt::ApplicationModal);
    setCancelButton(nullptr);
    setRange(0, 0); // a step's length is unknown: a busy bar
    setAutoClose(false);
    setAutoReset(false);
    setMinimumWidth(420);
    showStep(1, 1);
}

void DatabaseUpgradeDialog::showStep(int step, int steps)
{
    setLabelText(tr("Updating your data for this version of ChannelDesk…\nStep %1 of %2. This can take a few minutes "
                    "with a large database; each step is saved whole or not at all.")
                     .arg(QLocale().toString(step), QLocale().toString(steps)));
}

void DatabaseUpgradeDialog::reject()
{
    // Escape: the upgrade cannot be abandoned half-way through a step.
}

void DatabaseUpgradeDialog::closeEvent(QCloseEvent* event)
{
    event->ignore();
}

Status DatabaseUpgradeDialog::upgradeIfNeeded(const QString& path, QWidget* parent, int showAfterMs)
{
    const Result<int> stored = Database::storedSchemaVersion(path);
    if (!stored || *stored == 0 || *stored >= Database::currentSchemaVersion())
        return {}; // Database::open reports an unreadable or newer file itself
    qCInfo(lcUpgrade) << "upgrading" << path << "from data format" << *stored << "to"
                      << Database::currentSchemaVersion();
    DatabaseUpgradeDialog dialog(parent);
    dialog.setMinimumDuration(showAfterMs);
    dialog.setValue(0); // starts the minimum-duration timer
    DatabaseUpgradeDialog* target = &dialog; // outlives the worker: waited for below
    Status result;
    QEventLoop loop;
    // The worker opens, migrates and closes its own connection (a connection belongs to the thread that made it).
    QThread* worker = QThread::create([path, target, &result] {
        auto opened = Database::open(path, [target](int step, int steps) {
            QMetaObject::invokeMethod(target, [target, step, steps] { target->showStep(step, steps); },
                                      Qt::QueuedConnection);
        });
        if (!opened)
            result = opened.error();
    });
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    if (!result)
        qCWarning(lcUpgrade) << "upgrade failed:" << result.error().toLogString();
    return result;
}

} // namespace ChannelDesk
