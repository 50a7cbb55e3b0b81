#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace ChannelDesk {

class ConflictListModel;
class Database;

/// Sync conflicts and rejections: the list, and for the selected one each field's value before the edit, on this
/// device and on the server, with the choices to keep this device's values or the server's (one or all).
class ConflictsScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsScreen)

public:
    explicit ConflictsScreen(Database& db, QWidget* parent = nullptr);

    ConflictListModel* model() const { return m_model; }
    QTableView* list() const { return m_list; }
    QTableWidget* details() const { return m_details; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    /// Conflicts were resolved: local data may have changed and new changes may be queued.
    void resolved();
    void errorOccurred(const QString& message);

private:
    void showSelected();
    void resolveSelected(bool keepMine);
    void resolveAll(bool keepMine);

    Database& m_db;
    ConflictListModel* m_model;
    QTableView* m_list;
    QTableWidget* m_details;
    QLabel* m_summary;
    QLabel* m_reason;
    QPushButton* m_keepMine;
    QPushButton* m_keepTheirs;
    QPushButton* m_keepAllMine;
    QPushButton* m_keepAllTheirs;
};

} // namespace ChannelDesk
