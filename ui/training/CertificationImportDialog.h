#pragma once

#include "csv/CsvReader.h"
#include "training/CertificationImporter.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace ChannelDesk {

class CertificationMappingModel;
class CertificationOutcomeModel;
class CsvTask;
class Database;

/// Imports people's certification records from a CSV file (issue 6) over CertificationImporter, in two compact
/// steps. "File and columns": choose the file; the detected encoding and delimiter are shown (each can be changed,
/// the columns are read again at once); one combo box per column says what it is imported as (automatic mapping
/// first). "Check" runs the importer's dry run on a worker thread (progress, Cancel) and lists what the import will
/// do — new, unchanged, rejected with line and reason, warnings — without writing anything. "Import" then runs the
/// real import on a worker thread with its own connection (progress, Cancel: nothing is written unless it
/// completes) and shows its report. People are matched by email; certifications by code or name.
class CertificationImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificationImportDialog)

public:
    enum class Step { Setup, Review, Done };

    explicit CertificationImportDialog(Database& db, QWidget* parent = nullptr);
    ~CertificationImportDialog() override;

    /// File ▸ Import Certifications…: opens the dialog without blocking the window (deleted when closed), on
    /// `filePath` when given.
    static CertificationImportDialog* open(Database& db, QWidget* parent, const QString& filePath = {});

    /// Reads the file's format and header; false (with the reason shown) when it cannot be read.
    bool setFile(const QString& path);
    /// Runs the dry run (the Check button).
    void checkFile();
    /// Runs the import (the Import button); only after a dry run of the same file and columns.
    void startImport();
    /// Back to the file and columns.
    void back();
    bool isRunning() const;
    Step step() const { return m_step; }

    const std::optional<CertificationImportReport>& dryRunReport() const { return m_dryRun; }
    const std::optional<CertificationImportReport>& importReport() const { return m_result; }
    /// The options the dry run and the import use (file format and columns as shown).
    CertificationImportOptions options() const;

    QLineEdit* pathEdit() const { return m_path; }
    QComboBox* encodingBox() const { return m_encoding; }
    QComboBox* delimiterBox() const { return m_delimiter; }
    QLabel* formatLabel() const { return m_format; }
    QLabel* mappingHint() const { return m_mappingHint; }
    CertificationMappingModel* mappingModel() const { return m_mapping; }
    QTableView* mappingView() const { return m_mappingView; }
    /// The combo box of file column `column` in the mapping step.
    QComboBox* fieldBox(int column) const;
    CertificationOutcomeModel* outcomeModel() const { return m_outcomes; }
    QTableView* outcomeView() const { return m_outcomeView; }
    QComboBox* outcomeFilter() const { return m_filter; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* messageLabel() const { return m_message; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* checkButton() const { return m_check; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* closeButton() const { return m_close; }

public Q_SLOTS:
    /// Cancels a running check or import (nothing is written); otherwise closes.
    void reject() override;

Q_SIGNALS:
    /// A real import finished: `created` new certification records (renewals included).
    void imported(qint64 created);
    /// Certification records were written (the lead routes it to sync, the scheduler and the screens).
    void trainingChanged();

private:
    QWidget* buildSetupPage();
    QWidget* buildReviewPage();
    void browse();
    void reread();
    void showFormat();
    void remap();
    void updateState();
    void run(bool dryRun);
    void showReport(const CertificationImportReport& report, bool dryRun);
    void showMessage(const QString& text, bool error);

    Database& m_db;
    QString m_filePath;
    Csv::CsvReader::Options m_read;
    std::optional<Csv::CsvReader::Preview> m_preview;
    std::optional<CertificationImportReport> m_dryRun;
    std::optional<CertificationImportReport> m_result;
    std::unique_ptr<CsvTask> m_task;
    Step m_step = Step::Setup;
    bool m_updating = false;

    QStackedWidget* m_pages;
    QLineEdit* m_path;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QLabel* m_format;
    CertificationMappingModel* m_mapping;
    QTableView* m_mappingView;
    QLabel* m_mappingHint;
    QLabel* m_summary;
    QComboBox* m_filter;
    CertificationOutcomeModel* m_outcomes;
    QTableView* m_outcomeView;
    QLabel* m_message;
    QProgressBar* m_progress;
    QPushButton* m_back;
    QPushButton* m_check;
    QPushButton* m_import;
    QPushButton* m_close;
};

} // namespace ChannelDesk
