#include "ImportFilePage.h"

#include "ImportSession.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ChannelDesk {

ImportFilePage::ImportFilePage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_info(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose a file"));
    setSubTitle(tr("A partner list saved as CSV or text from Excel, LibreOffice, Google Sheets, Salesforce, HubSpot "
                   "or another tool. Nothing is changed until the last step."));
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("Path to a .csv or .txt file"));
    m_path->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("importBrowse"));
    m_error->setObjectName(QStringLiteral("importFileError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setWordWrap(true);

    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_info);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::onPathChanged);
    m_path->setText(m_session.filePath);
}

void ImportFilePage::browse()
{
    const QString start = m_path->text().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Partners"), start, tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ImportFilePage::onPathChanged()
{
    m_error->clear();
    const QFileInfo info(m_path->text().trimmed());
    if (info.isFile())
        m_info->setText(tr("%1, %2").arg(info.fileName(), QLocale().formattedDataSize(info.size())));
    else
        m_info->clear();
    Q_EMIT completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(m_path->text().trimmed()).isFile();
}

bool ImportFilePage::validatePage()
{
    const QString path = m_path->text().trimmed();
    auto preview = Csv::CsvReader::preview(path, {});
    if (!preview) {
        m_error->setText(preview.error().message);
        return false;
    }
    m_session.filePath = path;
    m_session.options.read = {};
    m_session.preview = std::move(preview).value();
    m_session.dryRun.reset();
    return true;
}

} // namespace ChannelDesk
