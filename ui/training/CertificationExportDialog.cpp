#include "CertificationExportDialog.h"

#include "csv/CsvTask.h"
#include "mdf/MdfFormSupport.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
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
#include <QStandardPaths>
#include <QVBoxLayout>

#include <climits>

namespace ChannelDesk {

CertificationExportDialog::CertificationExportDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_profile(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_neutralise(new QCheckBox(tr("&Protect against formulas (recommended)"), this))
    , m_archived(new QCheckBox(tr("Include &renewed and revoked records (full history)"), this))
    , m_onlyPartner(new QCheckBox(this))
    , m_asOf(new QDateEdit(this))
    , m_path(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_export(m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("certificationExportDialog"));
    setWindowTitle(tr("Export Certifications"));
    m_profile->setObjectName(QStringLiteral("exportProfile"));
    m_delimiter->setObjectName(QStringLiteral("exportDelimiter"));
    m_neutralise->setObjectName(QStringLiteral("exportNeutralise"));
    m_archived->setObjectName(QStringLiteral("exportArchived"));
    m_onlyPartner->setObjectName(QStringLiteral("exportOnlyPartner"));
    m_asOf->setObjectName(QStringLiteral("exportAsOf"));
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_export->setObjectName(QStringLiteral("exportButton"));

    m_profile->addItem(tr("Excel (UTF-8 with BOM)"), int(Csv::ExportOptions::Profile::Excel));
    m_profile->addItem(tr("UTF-8 without BOM (Google Sheets, other tools)"), int(Csv::ExportOptions::Profile::Utf8));
    m_profile->addItem(tr("Unicode Text (UTF-16, tab-separated; older Excel)"),
                       int(Csv::ExportOptions::Profile::UnicodeText));
    m_delimiter->addItem(tr("Comma ( , )"), QVariant(QChar(u',')));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QVariant(QChar(u';')));
    m_delimiter->addItem(tr("Vertical bar ( | )"), QVariant(QChar(u'|')));
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(QVariant(Csv::listSeparator(QLocale())))));
    m_neutralise->setChecked(true);
    m_neutralise->setToolTip(tr("Cells starting with = + - @ get a leading apostrophe so spreadsheets never run "
                                "them as formulas. ChannelDesk removes it again when you import the file."));
    m_archived->setChecked(true);
    m_archived->setToolTip(tr("Renewed certificates are the earlier records a renewal archived (CERT-02)"));
    m_onlyPartner->hide();
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_asOf->setDate(QDate::currentDate());
    m_asOf->setToolTip(tr("The State column (Active, Expiring, Expired…) is computed for this day"));

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir::toNativeSeparators(
        QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(tr("certifications") + QStringLiteral(".csv"))));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    browse->setAutoDefault(false);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_progress->setVisible(false);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_export->setDefault(true);

    auto* scope = new QVBoxLayout;
    scope->addWidget(m_archived);
    scope->addWidget(m_onlyPartner);
    auto* form = new QFormLayout;
    form->addRow(tr("Records:"), scope);
    form->addRow(tr("&States as of:"), m_asOf);
    form->addRow(tr("F&ormat:"), m_profile);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), m_neutralise);
    auto* fileLabel = new QLabel(tr("&File:"), this); // a row holding a layout gets no buddy by itself
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &CertificationExportDialog::browse);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &CertificationExportDialog::updateState);
    connect(m_path, &QLineEdit::textChanged, this, &CertificationExportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CertificationExportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CertificationExportDialog::reject);
    updateState();
    resize(560, sizeHint().height());
}

CertificationExportDialog::~CertificationExportDialog() = default;

CertificationExportDialog* CertificationExportDialog::open(Database& db, QWidget* parent, const QByteArray& partnerId,
                                                           const QString& partnerName)
{
    auto* dialog = new CertificationExportDialog(db, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!partnerId.isEmpty())
        dialog->setPartner(partnerId, partnerName);
    dialog->show();
    return dialog;
}

void CertificationExportDialog::setPartner(const QByteArray& partnerId, const QString& partnerName)
{
    m_partnerId = partnerId;
    m_onlyPartner->setText(tr("Only the people of %1").arg(partnerName));
    m_onlyPartner->setChecked(!partnerId.isEmpty());
    m_onlyPartner->setVisible(!partnerId.isEmpty());
}

CertificationExportOptions CertificationExportDialog::options() const
{
    CertificationExportOptions options;
    options.profile = Csv::ExportOptions::Profile(m_profile->currentData().toInt());
    options.delimiter = options.profile == Csv::ExportOptions::Profile::UnicodeText ? QChar(u'\t')
                                                                                    : m_delimiter->currentData().toChar();
    options.neutraliseFormulas = m_neutralise->isChecked();
    options.includeArchived = m_archived->isChecked();
    options.today = m_asOf->date();
    if (m_onlyPartner->isChecked())
        options.partnerId = m_partnerId;
    return options;
}

void CertificationExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Certifications"), m_path->text(),
                                                      tr("CSV files (*.csv);;Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

bool CertificationExportDialog::isRunning() const
{
    return m_task && m_task->isRunning();
}

void CertificationExportDialog::updateState()
{
    const bool running = isRunning();
    const bool unicodeText = m_profile->currentData().toInt() == int(Csv::ExportOptions::Profile::UnicodeText);
    m_delimiter->setEnabled(!unicodeText && !running);
    for (QWidget* widget : { static_cast<QWidget*>(m_profile), static_cast<QWidget*>(m_neutralise),
                             static_cast<QWidget*>(m_archived), static_cast<QWidget*>(m_onlyPartner),
                             static_cast<QWidget*>(m_asOf), static_cast<QWidget*>(m_path) })
        widget->setEnabled(!running);
    m_export->setEnabled(!running && !m_done && !m_path->text().trimmed().isEmpty());
}

void CertificationExportDialog::start()
{
    if (isRunning())
        return;
    const QString path = QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).absoluteFilePath();
    if (QFileInfo(path).isDir()) {
        MdfForm::showMessage(m_message, tr("%1 is a folder: enter a file name.").arg(QDir::toNativeSeparators(path)),
                             MdfForm::Tone::Error);
        return;
    }
    const CertificationExportOptions exportOptions = options();
    auto result = std::make_shared<CertificationExportResult>();
    m_task = std::make_unique<CsvTask>(
        m_db.path(), Database::Role::Reader,
        [path, exportOptions, result](Database& connection, const std::atomic_bool& cancel,
                                      const CsvTask::Report& report) {
            auto exported = CertificationExporter(connection).run(
                path, exportOptions, [&report](qint64 done, qint64 total) { report(done, total, 0); }, &cancel);
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
            QString text = tr("Exported %n certification record(s) to %1.", nullptr,
                              int(qMin<qint64>(result->rows, INT_MAX)))
                               .arg(QDir::toNativeSeparators(path));
            if (result->longValues > 0)
                text += QLatin1Char(' ')
                    + tr("%n value(s) are longer than Excel's %1 characters per cell and will be cut off there.",
                         nullptr, int(qMin<qint64>(result->longValues, INT_MAX)))
                          .arg(QLocale().toString(32767));
            MdfForm::showMessage(m_message, text, MdfForm::Tone::Info);
            m_done = true;
            // Done: Close is the only way on (the button box would show Export again on its next layout).
            m_buttons->setStandardButtons(QDialogButtonBox::Close);
            m_buttons->removeButton(m_export);
            m_export->setParent(this);
            m_export->hide();
            Q_EMIT exported(path, result->rows);
        } else if (status.error().code == Error::Code::Cancelled) {
            MdfForm::showMessage(m_message, tr("Export cancelled; no file was written."), MdfForm::Tone::Info);
        } else {
            MdfForm::showMessage(m_message, tr("The export failed; no file was written: %1").arg(status.error().message),
                                 MdfForm::Tone::Error);
        }
        updateState();
    });
    MdfForm::showMessage(m_message, tr("Exporting…"), MdfForm::Tone::Info);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_task->start();
    updateState();
}

void CertificationExportDialog::reject()
{
    if (isRunning()) {
        m_task->cancel();
        return; // finished() reports the cancellation; a second Cancel or Close closes
    }
    QDialog::reject();
}

} // namespace ChannelDesk
