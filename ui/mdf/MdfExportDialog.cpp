#include "MdfExportDialog.h"

#include "csv/CsvTask.h"
#include "storage/Database.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ChannelDesk {

MdfExportDialog::MdfExportDialog(Database& db, const What& shown, qint64 shownCount, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_shownWhat(shown)
    , m_shown(new QRadioButton(this))
    , m_all(new QRadioButton(this))
    , m_profile(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_neutralise(new QCheckBox(tr("&Protect against formulas (recommended)"), this))
    , m_path(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    const bool requests = isRequests();
    setObjectName(QStringLiteral("mdfExportDialog"));
    setWindowTitle(requests ? tr("Export Fund Requests") : tr("Export Claims"));
    m_shown->setObjectName(QStringLiteral("exportShown"));
    m_all->setObjectName(QStringLiteral("exportAll"));
    m_profile->setObjectName(QStringLiteral("exportProfile"));
    m_delimiter->setObjectName(QStringLiteral("exportDelimiter"));
    m_neutralise->setObjectName(QStringLiteral("exportNeutralise"));
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_message->setObjectName(QStringLiteral("exportMessage"));

    const int count = static_cast<int>(std::min<qint64>(shownCount, INT_MAX));
    m_shown->setText(requests ? tr("Requests &shown in the list (%Ln)", nullptr, count)
                              : tr("Claims &shown in the list (%Ln)", nullptr, count));
    m_all->setText(requests ? tr("&All fund requests") : tr("&All claims"));
    auto* scope = new QButtonGroup(this);
    scope->addButton(m_shown);
    scope->addButton(m_all);
    m_shown->setChecked(true);

    m_profile->addItem(tr("Excel (UTF-8 with BOM)"), int(Csv::ExportOptions::Profile::Excel));
    m_profile->addItem(tr("UTF-8 without BOM (Google Sheets, finance tools)"), int(Csv::ExportOptions::Profile::Utf8));
    m_profile->addItem(tr("Unicode Text (UTF-16, tab-separated; older Excel)"),
                       int(Csv::ExportOptions::Profile::UnicodeText));
    m_delimiter->addItem(tr("Comma ( , )"), QVariant(QChar(u',')));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QVariant(QChar(u';')));
    m_delimiter->addItem(tr("Vertical bar ( | )"), QVariant(QChar(u'|')));
    m_delimiter->setCurrentIndex(m_delimiter->findData(QVariant(Csv::listSeparator(QLocale()))));
    m_neutralise->setChecked(true);
    m_neutralise->setToolTip(tr("Cells starting with = + - @ get a leading apostrophe so spreadsheets never run "
                                "them as formulas."));

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = requests ? tr("fund-requests") : tr("claims");
    m_path->setText(QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(name + QLatin1String(".csv")));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_progress->setVisible(false);
    m_message->setWordWrap(true);
    QPushButton* exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);

    auto* form = new QFormLayout;
    auto* scopeBox = new QVBoxLayout;
    scopeBox->addWidget(m_shown);
    scopeBox->addWidget(m_all);
    form->addRow(requests ? tr("Requests:") : tr("Claims:"), scopeBox);
    form->addRow(tr("F&ormat:"), m_profile);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), m_neutralise);
    form->addRow(tr("&File:"), pathRow);
    auto* note = new QLabel(tr("Amounts are plain numbers with a Currency column; dates are ISO 8601 (YYYY-MM-DD), "
                               "times UTC; statuses and activity types are their codes."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &MdfExportDialog::browse);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &MdfExportDialog::updateState);
    connect(m_path, &QLineEdit::textChanged, this, &MdfExportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MdfExportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MdfExportDialog::reject);
    updateState();
    resize(560, sizeHint().height());
}

MdfExportDialog::~MdfExportDialog() = default;

MdfExportFormat MdfExportDialog::format() const
{
    MdfExportFormat format;
    format.profile = Csv::ExportOptions::Profile(m_profile->currentData().toInt());
    format.delimiter = format.profile == Csv::ExportOptions::Profile::UnicodeText ? QChar(u'\t')
                                                                                  : m_delimiter->currentData().toChar();
    format.neutraliseFormulas = m_neutralise->isChecked();
    return format;
}

MdfExportDialog::What MdfExportDialog::what() const
{
    if (m_shown->isChecked())
        return m_shownWhat;
    // Everything, still in the list's order.
    return std::visit(
        [](auto shown) -> What {
            shown.filter = {};
            return shown;
        },
        m_shownWhat);
}

void MdfExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(),
                                                      tr("CSV files (*.csv);;Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void MdfExportDialog::updateState()
{
    const bool unicodeText = m_profile->currentData().toInt() == int(Csv::ExportOptions::Profile::UnicodeText);
    m_delimiter->setEnabled(!unicodeText && !isRunning());
    for (QAbstractButton* button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!isRunning() && !m_path->text().trimmed().isEmpty());
}

bool MdfExportDialog::isRunning() const
{
    return m_task && m_task->isRunning();
}

void MdfExportDialog::start()
{
    if (isRunning())
        return;
    const QString path = QFileInfo(m_path->text().trimmed()).absoluteFilePath();
    const MdfExportFormat format = this->format();
    const What what = this->what();
    auto result = std::make_shared<MdfExportResult>();
    m_task = std::make_unique<CsvTask>(
        m_db.path(), Database::Role::Reader,
        [path, format, what, result](Database& db, const std::atomic_bool& cancel, const CsvTask::Report& report) {
            const MdfExporter::Progress progress = [&report](qint64 done, qint64 total) { report(done, total, 0); };
            MdfExporter exporter(db);
            const Result<MdfExportResult> exported =
                std::holds_alternative<MdfRequestExport>(what)
                    ? exporter.exportRequests(path, std::get<MdfRequestExport>(what), format, progress, &cancel)
                    : exporter.exportClaims(path, std::get<MdfClaimExport>(what), format, progress, &cancel);
            if (!exported)
                return Status(exported.error());
            *result = exported.value();
            return Status();
        });
    connect(m_task.get(), &CsvTask::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(done * 1000 / total));
        }
    });
    connect(m_task.get(), &CsvTask::finished, this, [this, path, result](const Status& status) {
        m_progress->setVisible(false);
        if (status) {
            QString text = tr("Exported %n row(s) to %1.", nullptr, int(qMin<qint64>(result->rows, INT_MAX)))
                               .arg(QDir::toNativeSeparators(path));
            if (result->longValues > 0)
                text = tr("%1 %n value(s) are longer than Excel's %2 characters per cell and will be cut off there.",
                          nullptr, int(qMin<qint64>(result->longValues, INT_MAX)))
                           .arg(text, QLocale().toString(32767));
            m_message->setText(text);
            m_buttons->setStandardButtons(QDialogButtonBox::Close);
            Q_EMIT exported(path, result->rows);
        } else if (status.error().code == Error::Code::Cancelled) {
            m_message->setText(tr("Export cancelled; no file was written."));
        } else {
            m_message->setText(tr("The export failed; no file was written: %1").arg(status.error().message));
        }
        updateState();
    });
    m_message->setText(tr("Exporting…"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_task->start();
    updateState();
}

void MdfExportDialog::reject()
{
    if (isRunning()) {
        m_task->cancel();
        return; // finished() reports the cancellation; a second Cancel or Close closes
    }
    QDialog::reject();
}

} // namespace ChannelDesk
