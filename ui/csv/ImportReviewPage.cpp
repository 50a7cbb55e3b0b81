#include "ImportReviewPage.h"

#include "CsvTask.h"
#include "ImportOutcomeModel.h"
#include "ImportSession.h"

#include "common/Uuid.h"
#include "csv/PartnerImporter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ChannelDesk {

ImportReviewPage::ImportReviewPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Stop"), this))
    , m_summary(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_outcomes(new ImportOutcomeModel(this))
    , m_duplicates(new QTreeWidget(this))
    , m_duplicatesLabel(new QLabel(tr("Duplicates found (never merged automatically):"), this))
{
    setObjectName(QStringLiteral("importReviewPage"));
    setTitle(tr("Review before importing"));
    setSubTitle(tr("This is what the import will do. Nothing has been written yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_cancel->setObjectName(QStringLiteral("reviewCancel"));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_view->setObjectName(QStringLiteral("reviewRows"));
    m_view->setModel(m_outcomes);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(180);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_duplicates->setObjectName(QStringLiteral("reviewDuplicates"));
    m_duplicates->setHeaderLabels({ tr("Shared key"), tr("Lines"), tr("Kind") });
    m_duplicates->setRootIsDecorated(false);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto* filterRow = new QHBoxLayout;
    auto* show = new QLabel(tr("&Show:"), this);
    show->setBuddy(m_filter);
    filterRow->addWidget(show);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    auto* duplicates = new QWidget(this);
    auto* duplicatesLayout = new QVBoxLayout(duplicates);
    duplicatesLayout->setContentsMargins(0, 0, 0, 0);
    duplicatesLayout->addWidget(m_duplicatesLabel);
    duplicatesLayout->addWidget(m_duplicates);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(duplicates);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);

    connect(m_cancel, &QPushButton::clicked, this, &ImportReviewPage::cancel);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_outcomes->setFilter(ImportOutcomeModel::Filter(m_filter->currentData().toInt()));
        m_view->resizeColumnToContents(ImportOutcomeModel::LineColumn);
    });
}

ImportReviewPage::~ImportReviewPage() = default;

void ImportReviewPage::initializePage()
{
    if (m_session.dryRun) {
        showReport();
        return;
    }
    start();
}

void ImportReviewPage::cleanupPage()
{
    // Going back: stop a dry run still going; its result would be for the old options anyway.
    if (m_task) {
        m_task->cancel();
        m_task.reset();
    }
}

void ImportReviewPage::start()
{
    m_session.dryRun.reset();
    m_outcomes->setReport({});
    m_duplicates->clear();
    m_filter->clear();
    m_summary->setText(tr("Reading and checking every row…"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);

    auto report = std::make_shared<Csv::ImportReport>();
    m_task = m_session.importTask(true, report);
    connect(m_task.get(), &CsvTask::progress, this, [this](qint64 done, qint64 total, int phase) {
        if (total <= 0)
            return;
        // Two passes over the file: analysing the columns, then matching.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int((phase * 500) + done * 500 / total));
        m_progress->setFormat(phase == 0 ? tr("Analysing columns… %p%") : tr("Matching and checking rows… %p%"));
    });
    connect(m_task.get(), &CsvTask::finished, this, [this, report](const Status& status) {
        m_cancel->setVisible(false);
        m_progress->setVisible(false);
        if (status) {
            m_session.dryRun = *report;
            showReport();
        } else if (status.error().code == Error::Code::Cancelled) {
            m_summary->setText(tr("Stopped. Go back and forward again to check the file once more."));
        } else {
            m_summary->setText(tr("<b>The file cannot be imported:</b> %1").arg(status.error().message.toHtmlEscaped()));
        }
        Q_EMIT completeChanged();
        Q_EMIT dryRunFinished();
    });
    m_task->start();
    Q_EMIT completeChanged();
}

void ImportReviewPage::cancel()
{
    if (m_task && m_task->isRunning()) {
        m_cancel->setEnabled(false);
        m_task->cancel();
    }
}

bool ImportReviewPage::isRunning() const
{
    return m_task && m_task->isRunning();
}

void ImportReviewPage::showReport()
{
    const Csv::ImportReport& report = *m_session.dryRun;
    const QLocale locale;
    QStringList lines;
    lines << tr("<b>%1 new</b>, <b>%2 updated</b>, %3 unchanged, <b>%4 rejected</b> of %n row(s).", nullptr,
                int(qMin<qint64>(report.records, INT_MAX)))
                 .arg(locale.toString(report.created), locale.toString(report.updated),
                      locale.toString(report.unchanged), locale.toString(report.rejected));
    if (report.contactsCreated + report.contactsUpdated > 0)
        lines << tr("Contacts: %1 new, %2 updated.")
                     .arg(locale.toString(report.contactsCreated), locale.toString(report.contactsUpdated));
    if (report.warnings > 0)
        lines << tr("%n warning(s): the rows are imported; see “With warnings”.", nullptr,
                    int(qMin<qint64>(report.warnings, INT_MAX)));
    if (report.blankRowsSkipped > 0)
        lines << tr("%n blank row(s) skipped.", nullptr, int(qMin<qint64>(report.blankRowsSkipped, INT_MAX)));
    for (const Csv::CsvIssue& issue : report.fileIssues)
        lines << (issue.line > 0 ? tr("Line %1: %2").arg(locale.toString(issue.line), issue.message.toHtmlEscaped())
                                 : issue.message.toHtmlEscaped());
    if (report.created == 0 && report.updated == 0)
        lines << tr("<b>Nothing would change.</b>");
    m_summary->setText(lines.join(QLatin1String("<br>")));

    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    auto add = [this](const QString& label, ImportOutcomeModel::Filter filter, qint64 count) {
        if (count > 0)
            m_filter->addItem(label.arg(QLocale().toString(count)), int(filter));
    };
    qint64 warned = 0;
    for (const Csv::RowOutcome& row : report.rows)
        warned += row.warnings.isEmpty() ? 0 : 1;
    add(tr("Rejected (%1)"), ImportOutcomeModel::Filter::Rejected, report.rejected);
    add(tr("Updated (%1)"), ImportOutcomeModel::Filter::Updated, report.updated);
    add(tr("New (%1)"), ImportOutcomeModel::Filter::Created, report.created);
    add(tr("With warnings (%1)"), ImportOutcomeModel::Filter::Warnings, warned);
    add(tr("Unchanged (%1)"), ImportOutcomeModel::Filter::Unchanged, report.unchanged);
    m_outcomes->setReport(report);
    if (m_filter->count() > 0)
        m_outcomes->setFilter(ImportOutcomeModel::Filter(m_filter->itemData(0).toInt()));
    m_view->resizeColumnToContents(ImportOutcomeModel::LineColumn);

    m_duplicates->clear();
    for (const Csv::DuplicateGroup& group : report.duplicates) {
        QStringList lineNumbers;
        for (qint64 line : group.lines)
            lineNumbers << locale.toString(line);
        if (!group.existingIds.isEmpty())
            lineNumbers << tr("%n stored partner(s)", nullptr, int(group.existingIds.size()));
        auto* item = new QTreeWidgetItem(m_duplicates, { group.key, lineNumbers.join(QLatin1String(", ")),
                                                         group.strong ? tr("Same partner") : tr("Possible (accents differ)") });
        Q_UNUSED(item);
    }
    for (int column = 0; column < m_duplicates->columnCount(); ++column)
        m_duplicates->resizeColumnToContents(column);
    m_duplicates->setVisible(!report.duplicates.isEmpty());
    m_duplicatesLabel->setVisible(!report.duplicates.isEmpty());
}

bool ImportReviewPage::isComplete() const
{
    return m_session.dryRun.has_value() && !isRunning()
        && (m_session.dryRun->created > 0 || m_session.dryRun->updated > 0);
}

} // namespace ChannelDesk
