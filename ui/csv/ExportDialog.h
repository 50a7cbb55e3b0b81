#pragma once

#include "csv/PartnerExporter.h"
#include "partners/PartnerQuery.h"

#include <QDialog>

#include <memory>
#include <optional>

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

/// Exports partners as CSV: the list as currently filtered and searched, or all partners; optionally one row per
/// contact; for Excel (UTF-8 with BOM and the locale's list separator), for other tools (UTF-8), or as Unicode Text
/// (UTF-16, tab) for older Excel; formulas neutralised unless the user turns that off. Runs on a worker thread with
/// progress and cancel; the file appears only when complete.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    /// `currentView` is the partners list's query; `shownCount` how many partners it shows.
    ExportDialog(Database& db, const std::optional<PartnerQuery>& currentView, qint64 shownCount,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    Csv::ExportOptions options() const;
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

    Database& m_db;
    std::optional<PartnerQuery> m_view;
    QRadioButton* m_shown;
    QRadioButton* m_all;
    QCheckBox* m_contacts;
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
