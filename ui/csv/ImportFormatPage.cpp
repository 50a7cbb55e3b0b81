#include "ImportFormatPage.h"

#include "CsvPreviewModel.h"
#include "ImportSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace ChannelDesk {

namespace {

const QList<Csv::Encoding> kEncodings { Csv::Encoding::Utf8, Csv::Encoding::Utf16LE, Csv::Encoding::Utf16BE,
                                        Csv::Encoding::Windows1252, Csv::Encoding::Windows1258 };
const QList<QChar> kDelimiters { u',', u';', u'\t', u'|' };

QString delimiterLabel(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',': return ImportFormatPage::tr("Comma ( , )");
    case u';': return ImportFormatPage::tr("Semicolon ( ; )");
    case u'\t': return ImportFormatPage::tr("Tab");
    case u'|': return ImportFormatPage::tr("Vertical bar ( | )");
    default: return QString(delimiter);
    }
}

QString lineEndingsLabel(Csv::LineEndings endings)
{
    switch (endings) {
    case Csv::LineEndings::CRLF: return ImportFormatPage::tr("Windows (CR LF)");
    case Csv::LineEndings::LF: return ImportFormatPage::tr("Unix (LF)");
    case Csv::LineEndings::CR: return ImportFormatPage::tr("classic Mac (CR)");
    case Csv::LineEndings::Mixed: return ImportFormatPage::tr("mixed");
    case Csv::LineEndings::None: break;
    }
    return ImportFormatPage::tr("none (one line)");
}

} // namespace

ImportFormatPage::ImportFormatPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_details(new QLabel(this))
    , m_issues(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new CsvPreviewModel(this))
{
    setObjectName(QStringLiteral("importFormatPage"));
    setTitle(tr("Check how the file is read"));
    setSubTitle(tr("ChannelDesk detected the encoding and the delimiter. If names look garbled or everything is in "
                   "one column, choose another one; the preview updates at once."));
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    for (Csv::Encoding encoding : kEncodings)
        m_encoding->addItem(Csv::encodingLabel(encoding), int(encoding));
    for (QChar delimiter : kDelimiters)
        m_delimiter->addItem(delimiterLabel(delimiter), QVariant(delimiter));
    m_details->setWordWrap(true);
    m_issues->setObjectName(QStringLiteral("importFormatIssues"));
    m_issues->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("importPreview"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setDefaultSectionSize(140);

    auto* form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_details);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_issues);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFormatPage::reread);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportFormatPage::reread);
}

void ImportFormatPage::initializePage()
{
    m_ok = true;
    showPreview();
}

void ImportFormatPage::reread()
{
    if (m_updating)
        return;
    Csv::CsvReader::Options options;
    options.encoding = Csv::Encoding(m_encoding->currentData().toInt());
    options.delimiter = m_delimiter->currentData().toChar();
    auto preview = Csv::CsvReader::preview(m_session.filePath, options);
    if (!preview) {
        m_ok = false;
        m_model->clear();
        m_issues->setText(preview.error().message);
        Q_EMIT completeChanged();
        return;
    }
    m_ok = true;
    m_session.options.read = options;
    m_session.preview = std::move(preview).value();
    m_session.dryRun.reset();
    showPreview();
    Q_EMIT completeChanged();
}

void ImportFormatPage::showPreview()
{
    const Csv::CsvReader::Preview& preview = m_session.preview;
    m_updating = true;
    m_encoding->setCurrentIndex(m_encoding->findData(int(preview.dialect.encoding)));
    m_delimiter->setCurrentIndex(m_delimiter->findData(QVariant(preview.dialect.delimiter)));
    m_encoding->setItemText(m_encoding->currentIndex(),
                            preview.dialect.encodingDetected
                                ? tr("%1 (detected)").arg(Csv::encodingLabel(preview.dialect.encoding))
                                : Csv::encodingLabel(preview.dialect.encoding));
    m_updating = false;

    QStringList details;
    details << tr("Line endings: %1.").arg(lineEndingsLabel(preview.dialect.lineEndings));
    if (preview.dialect.bom)
        details << tr("The file starts with a byte-order mark.");
    if (preview.dialect.sepDirective)
        details << tr("Its first line (sep=) sets the delimiter and is not imported.");
    details << tr("The header is on line %1: %n column(s).", nullptr, int(preview.header.size()))
                   .arg(QLocale().toString(preview.headerLine));
    m_details->setText(details.join(QLatin1Char(' ')));

    QStringList issues;
    for (const Csv::CsvIssue& issue : preview.fileIssues)
        issues << (issue.line > 0 ? tr("Line %1: %2").arg(QLocale().toString(issue.line), issue.message)
                                  : issue.message);
    int rejected = 0;
    for (const Csv::CsvRecord& record : preview.records)
        rejected += record.rejected() ? 1 : 0;
    if (rejected > 0)
        issues << tr("%n of the first rows shown cannot be imported as read (greyed; hover for the reason).",
                     nullptr, rejected);
    m_issues->setText(issues.join(QLatin1Char('\n')));
    m_model->setPreview(preview);
}

bool ImportFormatPage::isComplete() const
{
    return m_ok && !m_session.preview.header.isEmpty();
}

} // namespace ChannelDesk
