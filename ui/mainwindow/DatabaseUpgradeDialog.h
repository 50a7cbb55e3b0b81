#pragma once

#include "common/Result.h"

#include <QProgressDialog>

namespace ChannelDesk {

/// Shown while an older database is brought up to this version's data format. The migration runs on a worker
/// thread (it can take a minute on a big database: folding and indexing every row), the dialog says which step of
/// how many, and it cannot be dismissed: each step is one transaction, so a failure leaves the file at the last
/// complete step, never half-way.
class DatabaseUpgradeDialog final : public QProgressDialog
{
    Q_OBJECT

public:
    explicit DatabaseUpgradeDialog(QWidget* parent = nullptr);

    /// Migrates the database at `path` when its stored data format is older than this build's, with the dialog
    /// shown after `showAfterMs` (small databases upgrade before it appears). A new or current file is left to
    /// Database::open. Returns the migration's error, whose message says the file was left as it was.
    static Status upgradeIfNeeded(const QString& path, QWidget* parent = nullptr, int showAfterMs = 400);

    void showStep(int step, int steps);

protected:
    void reject() override;
    void closeEvent(QCloseEvent* event) override;
};

} // namespace ChannelDesk
