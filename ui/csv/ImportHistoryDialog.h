#pragma once

#include "csv/ImportHistory.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace ChannelDesk {

class Database;

/// Lists past imports (file, when, what they did) and reverts one — created partners removed, updated fields put
/// back — or applies a reverted one again. Each is one transaction through the outbox.
class ImportHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportHistoryDialog)

public:
    explicit ImportHistoryDialog(Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /// Reverts (or re-applies, when already reverted) the selected import after asking; public for tests.
    bool toggleSelected(bool confirm = true);

Q_SIGNALS:
    /// Partners changed because an import was reverted or re-applied.
    void partnersChanged();

private:
    void reload();
    void updateButtons();

    Database& m_db;
    QTableWidget* m_table;
    QPushButton* m_toggle;
    QList<Csv::ImportRun> m_runs;
};

} // namespace ChannelDesk
