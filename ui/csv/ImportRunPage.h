#pragma once

#include <QWizardPage>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ChannelDesk {

class CsvTask;
struct ImportSession;

/// Step 6: the import itself, in one transaction on a worker thread with progress and cancel (a cancelled import
/// leaves the database exactly as it was), then the result and the rejected rows as a CSV to fix and re-import.
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRunPage)

public:
    ImportRunPage(ImportSession& session, QWidget* parent = nullptr);
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    void cancel();
    /// Writes the rejected rows next to… wherever the user says; public for tests.
    bool saveRejectedRows(const QString& path);
    QPushButton* saveRejectedButton() const { return m_saveRejected; }

Q_SIGNALS:
    /// The import finished and was committed: the history entry `runId` can revert it.
    void imported(qint64 runId);
    /// The import ended without writing anything (cancelled or failed).
    void abandoned();

private:
    void askAndSaveRejected();

    ImportSession& m_session;
    std::unique_ptr<CsvTask> m_task;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_summary;
    QPushButton* m_saveRejected;
    bool m_done = false;
};

} // namespace ChannelDesk
