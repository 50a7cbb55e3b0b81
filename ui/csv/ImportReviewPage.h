#pragma once

#include <QWizardPage>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace ChannelDesk {

class CsvTask;
class ImportOutcomeModel;
struct ImportSession;

/// Step 5: the dry run. Reads the whole file, matches and validates every row on a worker thread (progress bar,
/// cancel) without writing anything, then shows what the import will do: new, updated (with each field's change),
/// unchanged, rejected (line and reason) and possible duplicates. "Import" on this page starts the real thing.
class ImportReviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReviewPage)

public:
    ImportReviewPage(ImportSession& session, QWidget* parent = nullptr);
    ~ImportReviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const;
    void cancel();
    ImportOutcomeModel* outcomes() const { return m_outcomes; }
    QComboBox* filterBox() const { return m_filter; }

Q_SIGNALS:
    void dryRunFinished();

private:
    void start();
    void showReport();

    ImportSession& m_session;
    std::unique_ptr<CsvTask> m_task;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_summary;
    QComboBox* m_filter;
    QTableView* m_view;
    ImportOutcomeModel* m_outcomes;
    QTreeWidget* m_duplicates;
    QLabel* m_duplicatesLabel;
};

} // namespace ChannelDesk
