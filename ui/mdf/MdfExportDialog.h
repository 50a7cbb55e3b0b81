#pragma once

#include "mdf/MdfExporter.h"

#include <QDialog>

#include <memory>
#include <variant>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;

namespace ChannelDesk {

class CsvTask;
class Database;

/// "Export CSV…" of the request or claim list: the rows the list shows (its filter and order) or all of them; for
/// Excel (UTF-8 with BOM and the locale's list separator), other tools (UTF-8) or Unicode Text (UTF-16, tab);
/// formulas neutralised unless the user turns that off. Runs MdfExporter on a worker thread (CsvTask) with progress
/// and cancel; the file appears only when complete.
class MdfExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MdfExportDialog)

public:
    using What = std::variant<MdfRequestExport, MdfClaimExport>;

    /// `shown` is the list's current filter and sort; `shownCount` how many rows it shows.
    MdfExportDialog(Database& db, const What& shown, qint64 shownCount, QWidget* parent = nullptr);
    ~MdfExportDialog() override;

    MdfExportFormat format() const;
    /// What will be exported: the shown rows, or every live record in the list's order.
    What what() const;
    QLineEdit* pathEdit() const { return m_path; }
    /// Starts the export to the path in the dialog (the Export button).
    void start();
    bool isRunning() const;
    void reject() override;

Q_SIGNALS:
    void exported(const QString& path, qint64 rows);

private:
    void browse();
    void updateState();
    bool isRequests() const { return std::holds_alternative<MdfRequestExport>(m_shownWhat); }

    Database& m_db;
    What m_shownWhat;
    QRadioButton* m_shown;
    QRadioButton* m_all;
    QComboBox* m_profile;
    QComboBox* m_delimiter;
    QCheckBox* m_neutralise;
    QLineEdit* m_path;
    QProgressBar* m_progress;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    std::unique_ptr<CsvTask> m_task;
};

} // namespace ChannelDesk
