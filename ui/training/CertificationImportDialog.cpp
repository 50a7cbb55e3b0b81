#include "CertificationImportDialog.h"

#include "CertificationFieldDelegate.h"
#include "CertificationMappingModel.h"
#include "CertificationOutcomeModel.h"
#include "csv/CsvTask.h"
#include "deals/DealSettings.h"
#include "mdf/MdfFormSupport.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace ChannelDesk {

namespace {

const QList<Csv::Encoding> kEncodings { Csv::Encoding::Utf8, Csv::Encoding::Utf16LE, Csv::Encoding::Utf16BE,
                                        Csv::Encoding::Windows1252, Csv::Encoding::Windows1258 };
const QList<QChar> kDelimiters { u',', u';', u'\t', u'|' };

const QString EmailKey = QStringLiteral("certification.email");
const QString CodeKey = QStringLiteral("certification.definition_code");
const QString NameKey = QStringLiteral("certification.definition_name");

QString delimiterLabel(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',': return CertificationImportDialog::tr("Comma ( , )");
    case u';': return CertificationImportDialog::tr("Semicolon ( ; )");
    case u'\t': return CertificationImportDialog::tr("Tab");
    case u'|': return CertificationImportDialog::tr("Vertical bar ( | )");
    default: return QString(delimiter);
    }
}

QString lineEndingsLabel(Csv::LineEndings endings)
{
    switch (endings) {
    case Csv::LineEndings::CRLF: return CertificationImportDialog::tr("Windows (CR LF)");
    case Csv::LineEndings::LF: return CertificationImportDialog::tr("Unix (LF)");
    case Csv::LineEndings::CR: return CertificationImportDialog::tr("classic Mac (CR)");
    case Csv::LineEndings::Mixed: return CertificationImportDialog::tr("mixed");
    case Csv::LineEndings::None: break;
    }
    return CertificationImportDialog::tr("none (one line)");
}

void setupTable(QTableView* view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace

CertificationImportDialog::CertificationImportDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_pages(new QStackedWidget(this))
    , m_path(new QLineEdit(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_format(new QLabel(this))
    , m_mapping(new CertificationMappingModel(this))
    , m_mappingView(new QTableView(this))
    , m_mappingHint(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_outcomes(new CertificationOutcomeModel(this))
    , m_outcomeView(new QTableView(this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_back(new QPushButton(tr("< &Back"), this))
    , m_check(new QPushButton(tr("&Check File"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("certificationImportDialog"));
    setWindowTitle(tr("Import Certifications"));

    m_pages->addWidget(buildSetupPage());
    m_pages->addWidget(buildReviewPage());

    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->hide();
    m_back->setObjectName(QStringLiteral("importBack"));
    m_check->setObjectName(QStringLiteral("importCheck"));
    m_check->setToolTip(tr("Read the whole file and show what the import will do, without writing anything"));
    m_import->setObjectName(QStringLiteral("importRun"));
    m_import->setToolTip(tr("Write the new certification records (every row the check accepted)"));
    m_close->setObjectName(QStringLiteral("importClose"));
    m_close->setAutoDefault(false);
    m_back->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_check);
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &CertificationImportDialog::back);
    connect(m_check, &QPushButton::clicked, this, &CertificationImportDialog::checkFile);
    connect(m_import, &QPushButton::clicked, this, &CertificationImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &CertificationImportDialog::reject);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        const QString path = m_path->text().trimmed();
        if (!path.isEmpty() && QFileInfo(path).absoluteFilePath() != m_filePath)
            setFile(path);
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_read.encoding = Csv::Encoding(m_encoding->currentData().toInt());
        reread();
    });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_read.delimiter = m_delimiter->currentData().toChar();
        reread();
    });
    connect(m_mapping, &CertificationMappingModel::mappingChanged, this, [this] {
        m_dryRun.reset();
        updateState();
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_outcomes->setFilter(CertificationOutcomeModel::Filter(m_filter->currentData().toInt()));
    });

    updateState();
    resize(820, 600);
}

CertificationImportDialog::~CertificationImportDialog() = default;

CertificationImportDialog* CertificationImportDialog::open(Database& db, QWidget* parent, const QString& filePath)
{
    auto* dialog = new CertificationImportDialog(db, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!filePath.isEmpty())
        dialog->setFile(filePath);
    dialog->show();
    return dialog;
}

QWidget* CertificationImportDialog::buildSetupPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("importSetupPage"));
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("A CSV file with one certification per row: email, certification, dates…"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("importBrowse"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &CertificationImportDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    for (Csv::Encoding encoding : kEncodings)
        m_encoding->addItem(Csv::encodingLabel(encoding), int(encoding));
    for (QChar delimiter : kDelimiters)
        m_delimiter->addItem(delimiterLabel(delimiter), QVariant(delimiter));
    m_encoding->setToolTip(tr("Detected from the file; choose another if names look garbled"));
    m_delimiter->setToolTip(tr("Detected from the file; choose another if everything is in one column"));
    auto* delimiterCaption = new QLabel(tr("&Delimiter:"), this);
    delimiterCaption->setBuddy(m_delimiter);
    auto* formatRow = new QHBoxLayout;
    formatRow->addWidget(m_encoding, 1);
    formatRow->addWidget(delimiterCaption);
    formatRow->addWidget(m_delimiter, 1);

    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->setWordWrap(true);
    m_format->setForegroundRole(QPalette::PlaceholderText);

    m_mappingView->setObjectName(QStringLiteral("importMapping"));
    m_mappingView->setModel(m_mapping);
    setupTable(m_mappingView);
    m_mappingView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_mappingView->setItemDelegateForColumn(CertificationMappingModel::FieldColumn,
                                            new CertificationFieldDelegate(m_mappingView));
    m_mappingView->verticalHeader()->setDefaultSectionSize(m_mappingView->fontMetrics().height() + 14);
    const int em = m_mappingView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_mappingView->horizontalHeader()->resizeSection(CertificationMappingModel::HeaderColumn, 16 * em);
    m_mappingView->horizontalHeader()->resizeSection(CertificationMappingModel::ExampleColumn, 18 * em);
    // One combo box per column, always open: the mapping is seen and changed at a glance.
    connect(m_mapping, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_mapping->rowCount(); ++row)
            m_mappingView->openPersistentEditor(m_mapping->index(row, CertificationMappingModel::FieldColumn));
    });
    m_mappingHint->setObjectName(QStringLiteral("importMappingHint"));
    m_mappingHint->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this); // a row holding a layout gets no buddy by itself
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    auto* encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    form->addRow(encodingLabel, formatRow);
    form->addRow(QString(), m_format);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    auto* columns = new QLabel(tr("<b>Columns</b> — what each column of the file is imported as"), this);
    layout->addWidget(columns);
    layout->addWidget(m_mappingView, 1);
    layout->addWidget(m_mappingHint);
    return page;
}

QWidget* CertificationImportDialog::buildReviewPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("importReviewPage"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->setObjectName(QStringLiteral("importOutcomeFilter"));
    m_filter->addItem(tr("All rows listed"), int(CertificationOutcomeModel::Filter::All));
    m_filter->addItem(tr("New"), int(CertificationOutcomeModel::Filter::New));
    m_filter->addItem(tr("Unchanged"), int(CertificationOutcomeModel::Filter::Unchanged));
    m_filter->addItem(tr("Rejected"), int(CertificationOutcomeModel::Filter::Rejected));
    m_filter->addItem(tr("With warnings"), int(CertificationOutcomeModel::Filter::Warnings));
    m_outcomeView->setObjectName(QStringLiteral("importOutcomes"));
    m_outcomeView->setModel(m_outcomes);
    setupTable(m_outcomeView);
    m_outcomeView->verticalHeader()->setDefaultSectionSize(m_outcomeView->fontMetrics().height() + 8);
    const int em = m_outcomeView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = { 5, 16, 10, 8, 8 };
    for (int column = 0; column < 5; ++column)
        m_outcomeView->horizontalHeader()->resizeSection(column, widths[column] * em);

    auto* filterRow = new QHBoxLayout;
    auto* show = new QLabel(tr("&Show:"), this);
    show->setBuddy(m_filter);
    filterRow->addWidget(show);
    filterRow->addWidget(m_filter);
    filterRow->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(filterRow);
    layout->addWidget(m_outcomeView, 1);
    return page;
}

QComboBox* CertificationImportDialog::fieldBox(int column) const
{
    return qobject_cast<QComboBox*>(
        m_mappingView->indexWidget(m_mapping->index(column, CertificationMappingModel::FieldColumn)));
}

void CertificationImportDialog::browse()
{
    QString start = m_filePath;
    if (start.isEmpty()) {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        start = documents.isEmpty() ? QDir::homePath() : documents;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Certifications"), start,
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool CertificationImportDialog::setFile(const QString& path)
{
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_path->setText(QDir::toNativeSeparators(m_filePath));
    m_read = {}; // a new file: detect again
    m_preview.reset();
    m_dryRun.reset();
    m_result.reset();
    m_outcomes->clear();
    m_step = Step::Setup;
    m_pages->setCurrentIndex(0);
    reread();
    return m_preview.has_value();
}

void CertificationImportDialog::reread()
{
    m_dryRun.reset();
    auto preview = Csv::CsvReader::preview(m_filePath, m_read);
    if (!preview) {
        m_preview.reset();
        m_mapping->setColumns({}, {}, {});
        m_format->clear();
        showMessage(tr("%1 cannot be imported: %2")
                        .arg(QDir::toNativeSeparators(m_filePath), preview.error().message),
                    true);
        updateState();
        return;
    }
    const bool sameHeader = m_preview && m_preview->header == preview->header;
    m_preview = std::move(preview).value();
    showMessage({}, false);
    showFormat();
    if (!sameHeader)
        remap(); // another delimiter or encoding can change the columns; the same columns keep the user's choices
    updateState();
}

void CertificationImportDialog::showFormat()
{
    const Csv::CsvReader::Preview& preview = *m_preview;
    m_updating = true;
    for (int i = 0; i < m_encoding->count(); ++i)
        m_encoding->setItemText(i, Csv::encodingLabel(Csv::Encoding(m_encoding->itemData(i).toInt())));
    for (int i = 0; i < m_delimiter->count(); ++i)
        m_delimiter->setItemText(i, delimiterLabel(m_delimiter->itemData(i).toChar()));
    m_encoding->setCurrentIndex(m_encoding->findData(int(preview.dialect.encoding)));
    m_delimiter->setCurrentIndex(m_delimiter->findData(QVariant(preview.dialect.delimiter)));
    if (preview.dialect.encodingDetected)
        m_encoding->setItemText(m_encoding->currentIndex(),
                                tr("%1 (detected)").arg(Csv::encodingLabel(preview.dialect.encoding)));
    if (preview.dialect.delimiterDetected)
        m_delimiter->setItemText(m_delimiter->currentIndex(),
                                 tr("%1 (detected)").arg(delimiterLabel(preview.dialect.delimiter)));
    m_updating = false;

    QStringList details;
    details << tr("The header is on line %1: %n column(s).", nullptr, int(preview.header.size()))
                   .arg(QLocale().toString(preview.headerLine));
    details << tr("Line endings: %1.").arg(lineEndingsLabel(preview.dialect.lineEndings));
    if (preview.dialect.bom)
        details << tr("The file starts with a byte-order mark.");
    if (preview.dialect.sepDirective)
        details << tr("Its first line (sep=) sets the delimiter and is not imported.");
    for (const Csv::CsvIssue& issue : preview.fileIssues)
        details << (issue.line > 0 ? tr("Line %1: %2").arg(QLocale().toString(issue.line), issue.message)
                                   : issue.message);
    m_format->setText(details.join(QLatin1Char(' ')));
}

void CertificationImportDialog::remap()
{
    const Csv::CsvReader::Preview& preview = *m_preview;
    QStringList examples;
    for (int column = 0; column < preview.header.size(); ++column) {
        QString example;
        for (const Csv::CsvRecord& record : preview.records) {
            if (record.rejected())
                continue;
            example = record.fields.value(column).trimmed();
            if (!example.isEmpty())
                break;
        }
        examples << example.left(200);
    }
    m_mapping->setColumns(preview.header, examples, CertificationImporter::autoMap(preview.header));
}

CertificationImportOptions CertificationImportDialog::options() const
{
    CertificationImportOptions options;
    options.read = m_read;
    // Whatever the preview settled on is what the import reads, detected or chosen.
    if (m_preview) {
        options.read.encoding = m_preview->dialect.encoding;
        options.read.delimiter = m_preview->dialect.delimiter;
    }
    options.fieldForColumn = m_mapping->fieldForColumn();
    options.actor = DealSettings(m_db).me();
    options.at = QDateTime::currentDateTimeUtc();
    return options;
}

bool CertificationImportDialog::isRunning() const
{
    return m_task && m_task->isRunning();
}

void CertificationImportDialog::updateState()
{
    const bool running = isRunning();
    const bool hasEmail = m_mapping->columnOf(EmailKey) >= 0;
    const bool hasDefinition = m_mapping->columnOf(CodeKey) >= 0 || m_mapping->columnOf(NameKey) >= 0;
    const bool ready = m_preview.has_value() && hasEmail && hasDefinition;

    if (!m_preview) {
        m_mappingHint->setText(m_filePath.isEmpty() ? tr("Choose the file to import.") : QString());
        MdfForm::setTone(m_mappingHint, MdfForm::Tone::Info);
    } else if (!hasEmail || !hasDefinition) {
        const QString missing = !hasEmail && !hasDefinition
            ? tr("the person's email and the certification (its code or its name)")
            : !hasEmail ? tr("the person's email") : tr("the certification (its code or its name)");
        m_mappingHint->setText(tr("Choose the column holding %1: people are matched by email.").arg(missing));
        MdfForm::setTone(m_mappingHint, MdfForm::Tone::Warning);
    } else {
        m_mappingHint->setText(tr("%n column(s) will be imported. Check File shows what the import will do before "
                                  "anything is written.",
                                  nullptr, m_mapping->mappedCount()));
        MdfForm::setTone(m_mappingHint, MdfForm::Tone::Info);
    }
    m_mappingHint->setVisible(!m_mappingHint->text().isEmpty());

    const bool setup = m_step == Step::Setup;
    m_pages->setEnabled(!running);
    m_back->setVisible(m_step == Step::Review);
    m_back->setEnabled(!running);
    m_check->setVisible(setup);
    m_check->setEnabled(ready && !running);
    m_import->setVisible(m_step != Step::Setup);
    m_import->setEnabled(m_step == Step::Review && !running && m_dryRun.has_value()
                         && m_dryRun->created > 0);
    m_close->setText(running ? tr("Cancel") : m_step == Step::Done ? tr("Close") : tr("Cancel"));
    if (setup)
        m_check->setDefault(true);
    else if (m_step == Step::Review)
        m_import->setDefault(true);
    else
        m_close->setDefault(true);
}

void CertificationImportDialog::checkFile()
{
    if (isRunning() || !m_preview)
        return;
    run(true);
}

void CertificationImportDialog::startImport()
{
    if (isRunning() || !m_dryRun || m_step != Step::Review)
        return;
    run(false);
}

void CertificationImportDialog::back()
{
    if (isRunning())
        return;
    m_step = Step::Setup;
    m_dryRun.reset();
    m_outcomes->clear();
    m_pages->setCurrentIndex(0);
    showMessage({}, false);
    updateState();
}

void CertificationImportDialog::run(bool dryRun)
{
    CertificationImportOptions importOptions = options();
    importOptions.dryRun = dryRun;
    auto report = std::make_shared<CertificationImportReport>();
    // The check reads through a reader connection (its writes are rolled back); the import writes in bulk.
    m_task = std::make_unique<CsvTask>(
        m_db.path(), dryRun ? Database::Role::Reader : Database::Role::Bulk,
        [report, importOptions, path = m_filePath](Database& connection, const std::atomic_bool& cancel,
                                                   const CsvTask::Report& progress) {
            auto result = CertificationImporter(connection).run(path, importOptions, progress, &cancel);
            if (!result)
                return Status(result.error());
            *report = std::move(result).value();
            return Status();
        });
    connect(m_task.get(), &CsvTask::progress, this, [this, dryRun](qint64 done, qint64 total, int phase) {
        if (total <= 0)
            return;
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(done * 1000 / total));
        m_progress->setFormat(phase == 0 ? tr("Reading and checking… %p%")
                                         : dryRun ? tr("Checking… %p%") : tr("Writing… %p%"));
    });
    connect(m_task.get(), &CsvTask::finished, this, [this, dryRun, report](const Status& status) {
        m_progress->hide();
        if (!status) {
            if (status.error().code == Error::Code::Cancelled)
                showMessage(dryRun ? tr("Check cancelled.") : tr("Import cancelled; nothing was written."), false);
            else
                showMessage(dryRun ? tr("The file could not be checked: %1").arg(status.error().message)
                                   : tr("The import failed; nothing was written: %1").arg(status.error().message),
                            true);
            updateState();
            return;
        }
        showReport(*report, dryRun);
    });
    m_progress->setRange(0, 0);
    m_progress->setFormat(QString());
    m_progress->show();
    showMessage(dryRun ? tr("Checking every row… nothing is written.") : tr("Importing…"), false);
    m_task->start();
    updateState();
}

void CertificationImportDialog::showReport(const CertificationImportReport& report, bool dryRun)
{
    const QLocale locale;
    QStringList counts;
    counts << tr("%1 new").arg(locale.toString(report.created));
    if (report.renewed > 0)
        counts << tr("of which %1 renew an earlier certificate").arg(locale.toString(report.renewed));
    counts << tr("%1 unchanged").arg(locale.toString(report.unchanged));
    counts << tr("%1 rejected").arg(locale.toString(report.rejected));
    if (report.warnings > 0)
        counts << tr("%1 with warnings").arg(locale.toString(report.warnings));
    const QString read = tr("%1 rows read: %2.").arg(locale.toString(report.records), counts.join(QStringLiteral(", ")));
    m_outcomes->setReport(report);
    if (dryRun) {
        m_dryRun = report;
        m_step = Step::Review;
        m_summary->setText(read + QLatin1Char(' ')
                           + (report.created > 0 ? tr("Nothing has been written yet: Import writes the new records.")
                                                 : tr("There is nothing new to import.")));
        showMessage(report.rejected > 0
                        ? tr("Rejected rows are not imported. Fix them in the file and import it again; rows already "
                             "imported then show as unchanged.")
                        : QString(),
                    false);
    } else {
        m_result = report;
        m_step = Step::Done;
        m_summary->setText(tr("Import finished. %1").arg(read));
        showMessage(tr("%1 certification records written.").arg(locale.toString(report.created)), false);
        if (report.created > 0)
            Q_EMIT trainingChanged();
        Q_EMIT imported(report.created);
    }
    // Problems first: they are what the user has to act on.
    const auto filter = report.rejected > 0 ? CertificationOutcomeModel::Filter::Rejected
                                            : CertificationOutcomeModel::Filter::All;
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
    m_outcomes->setFilter(filter);
    m_pages->setCurrentIndex(1);
    updateState();
}

void CertificationImportDialog::showMessage(const QString& text, bool error)
{
    MdfForm::showMessage(m_message, text, error ? MdfForm::Tone::Error : MdfForm::Tone::Info);
}

void CertificationImportDialog::reject()
{
    if (isRunning()) {
        m_task->cancel();
        return; // finished() reports the cancellation; a second Cancel or Close closes
    }
    QDialog::reject();
}

} // namespace ChannelDesk
