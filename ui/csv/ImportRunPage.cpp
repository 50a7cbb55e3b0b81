#include "ImportRunPage.h"

#include "CsvTask.h"
#include "ImportSession.h"

#include "csv/PartnerImporter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ChannelDesk {

ImportRunPage::ImportRunPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel Import"), this))
    , m_summary(new QLabel(this))
    , m_saveRejected(new QPushButton(tr("&Save Rejected Rows…"), this))
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Importing"));
    setSubTitle(tr("The partners are written in one step: until it is done, nothing has changed."));
    setFinalPage(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_saveRejected->setObjectName(QStringLiteral("importSaveRejected"));
    m_saveRejected->setVisible(false);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveRejected);
    saveRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addLayout(saveRow);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(m_saveRejected, &QPushButton::clicked, this, &ImportRunPage::askAndSaveRejected);
}

ImportRunPage::~ImportRunPage() = default;

void ImportRunPage::initializePage()
{
    m_done = false;
    m_session.result.reset();
    setTitle(tr("Importing"));
    setSubTitle(tr("The partners are written in one step: until it is done, nothing has changed."));
    m_summary->setText(tr("If you cancel, nothing is changed."));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    m_saveRejected->setVisible(false);

    auto report = std::make_shared<Csv::ImportReport>();
    m_task = m_session.importTask(false, report);
    connect(m_task.get(), &CsvTask::progress, this, [this](qint64 done, qint64 total, int phase) {
        if (total <= 0)
            return;
        m_progress->setRange(0, 1000);
        m_progress->setValue(int((phase * 500) + done * 500 / total));
    });
    connect(m_task.get(), &CsvTask::finished, this, [this, report](const Status& status) {
        m_cancel->setVisible(false);
        m_progress->setVisible(false);
        m_done = true;
        const QLocale locale;
        if (status) {
            setTitle(tr("Import finished"));
            setSubTitle(tr("The partners are in ChannelDesk and will be sent with the next sync."));
            m_session.result = *report;
            QString text = tr("<b>Done.</b> Partners created: %1. Updated: %2. Unchanged: %3.")
                               .arg(locale.toString(report->created), locale.toString(report->updated),
                                    locale.toString(report->unchanged));
            if (report->rejected > 0)
                text += QLatin1String("<br>")
                    + tr("%n row(s) were not imported. Save them as a CSV with the reason for each, fix them and "
                         "import that file.", nullptr, int(qMin<qint64>(report->rejected, INT_MAX)));
            text += QLatin1String("<br>")
                + tr("Edit → Undo reverts this import; File → Import History… can revert it later.");
            m_summary->setText(text);
            m_saveRejected->setVisible(report->rejected > 0);
            Q_EMIT imported(report->runId);
        } else if (status.error().code == Error::Code::Cancelled) {
            setTitle(tr("Import cancelled"));
            setSubTitle(tr("Nothing was changed."));
            m_summary->setText(tr("<b>Import cancelled.</b> Nothing was changed."));
            Q_EMIT abandoned();
        } else {
            setTitle(tr("Import failed"));
            setSubTitle(tr("Nothing was changed."));
            m_summary->setText(tr("<b>The import failed and nothing was changed:</b> %1")
                                   .arg(status.error().message.toHtmlEscaped()));
            Q_EMIT abandoned();
        }
        Q_EMIT completeChanged();
    });
    m_task->start();
}

bool ImportRunPage::isRunning() const
{
    return m_task && m_task->isRunning();
}

void ImportRunPage::cancel()
{
    if (isRunning()) {
        m_cancel->setEnabled(false);
        m_task->cancel();
    }
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

bool ImportRunPage::saveRejectedRows(const QString& path)
{
    if (!m_session.result)
        return false;
    const Status saved = Csv::writeRejectedRows(m_session.filePath, m_session.options, *m_session.result, path);
    if (!saved) {
        QMessageBox::warning(this, tr("Save Rejected Rows"), saved.error().message);
        return false;
    }
    return true;
}

void ImportRunPage::askAndSaveRejected()
{
    const QFileInfo source(m_session.filePath);
    const QString suggested = source.absoluteDir().filePath(source.completeBaseName() + tr("-rejected") + QLatin1String(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Rejected Rows"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        saveRejectedRows(path);
}

} // namespace ChannelDesk
