#pragma once

#include <QDialog>

class QTableWidget;

namespace ChannelDesk {

class Database;

/// The recent sync runs: when, what went up and down, conflicts, and how each ended (with the error, if any).
class SyncLogDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SyncLogDialog(Database& db, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace ChannelDesk
