#include "ImportMappingPage.h"

#include "FieldComboDelegate.h"
#include "ImportMappingModel.h"
#include "ImportSession.h"

#include "csv/ImportField.h"
#include "csv/ImportMapping.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ChannelDesk {

ImportMappingPage::ImportMappingPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(new ImportMappingModel(this))
    , m_view(new QTableView(this))
    , m_templates(new QComboBox(this))
    , m_save(new QPushButton(tr("Save as &Template…"), this))
    , m_remove(new QPushButton(tr("Delete Template"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Match the columns to partner fields"));
    setSubTitle(tr("Columns were matched by their headers. Click “Import into” to change one; columns set to "
                   "“Don't import” are left out."));
    m_view->setObjectName(QStringLiteral("importMapping"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ImportMappingModel::FieldColumn, new FieldComboDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ImportMappingModel::ExampleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setDefaultSectionSize(200);
    m_templates->setObjectName(QStringLiteral("importTemplate"));
    m_templates->setMinimumContentsLength(20);
    m_save->setObjectName(QStringLiteral("importSaveTemplate"));
    m_summary->setObjectName(QStringLiteral("importMappingSummary"));
    m_summary->setWordWrap(true);

    auto* templates = new QHBoxLayout;
    auto* label = new QLabel(tr("&Mapping template:"), this);
    label->setBuddy(m_templates);
    templates->addWidget(label);
    templates->addWidget(m_templates, 1);
    templates->addWidget(m_save);
    templates->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(templates);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    connect(m_model, &ImportMappingModel::mappingChanged, this, [this] {
        updateSummary();
        Q_EMIT completeChanged();
    });
    connect(m_templates, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            loadTemplate(m_templates->itemText(index));
        m_remove->setEnabled(index > 0);
    });
    connect(m_save, &QPushButton::clicked, this, &ImportMappingPage::askAndSave);
    connect(m_remove, &QPushButton::clicked, this, &ImportMappingPage::removeTemplate);
}

void ImportMappingPage::initializePage()
{
    // Keep the user's choices when they come back from a later step with the same file and header.
    const QString identity = m_session.filePath + QChar(0) + m_session.preview.header.join(QChar(0));
    if (identity != m_mappedFile) {
        m_mappedFile = identity;
        QStringList examples;
        for (int column = 0; column < m_session.preview.header.size(); ++column) {
            QString example;
            for (const Csv::CsvRecord& record : m_session.preview.records) {
                example = record.fields.value(column).trimmed();
                if (!example.isEmpty())
                    break;
            }
            examples << example.left(200);
        }
        m_model->setColumns(m_session.preview.header, examples, Csv::autoMapHeader(m_session.preview.header));
    }
    reloadTemplateNames();
    m_view->resizeColumnToContents(ImportMappingModel::HeaderColumn);
    updateSummary();
}

void ImportMappingPage::reloadTemplateNames(const QString& select)
{
    m_templates->clear();
    m_templates->addItem(tr("(automatic)"));
    if (m_session.db) {
        if (auto names = Csv::MappingTemplates(*m_session.db).names())
            m_templates->addItems(names.value());
    }
    const int at = select.isEmpty() ? 0 : m_templates->findText(select);
    m_templates->setCurrentIndex(at < 0 ? 0 : at);
    m_remove->setEnabled(m_templates->currentIndex() > 0);
}

bool ImportMappingPage::loadTemplate(const QString& name)
{
    if (!m_session.db)
        return false;
    auto json = Csv::MappingTemplates(*m_session.db).load(name);
    if (!json) {
        QMessageBox::warning(this, tr("Mapping Template"), json.error().message);
        return false;
    }
    m_model->setMapping(Csv::ImportMapping::fromJson(json.value(), m_session.preview.header));
    const int at = m_templates->findText(name);
    if (at >= 0)
        m_templates->setCurrentIndex(at);
    m_remove->setEnabled(at > 0);
    return true;
}

bool ImportMappingPage::saveTemplate(const QString& name)
{
    if (!m_session.db || name.trimmed().isEmpty())
        return false;
    const Status saved = Csv::MappingTemplates(*m_session.db)
                             .save(name.trimmed(), m_model->mapping().toJson(m_session.preview.header));
    if (!saved) {
        QMessageBox::warning(this, tr("Mapping Template"), saved.error().message);
        return false;
    }
    reloadTemplateNames(name.trimmed());
    return true;
}

void ImportMappingPage::askAndSave()
{
    bool ok = false;
    const QString current = m_templates->currentIndex() > 0 ? m_templates->currentText() : QString();
    const QString name = QInputDialog::getText(this, tr("Save Mapping Template"),
                                               tr("Name of the template (for example “HubSpot companies”):"),
                                               QLineEdit::Normal, current, &ok);
    if (ok)
        saveTemplate(name);
}

void ImportMappingPage::removeTemplate()
{
    if (m_templates->currentIndex() <= 0 || !m_session.db)
        return;
    const QString name = m_templates->currentText();
    if (QMessageBox::question(this, tr("Delete Template"), tr("Delete the mapping template “%1”?").arg(name))
        != QMessageBox::Yes)
        return;
    if (const Status removed = Csv::MappingTemplates(*m_session.db).remove(name); !removed)
        QMessageBox::warning(this, tr("Mapping Template"), removed.error().message);
    reloadTemplateNames();
}

void ImportMappingPage::updateSummary()
{
    const Csv::ImportMapping& mapping = m_model->mapping();
    QStringList skipped;
    for (int column = 0; column < m_model->header().size(); ++column)
        if (mapping.fieldForColumn.value(column).isEmpty())
            skipped << (m_model->header().at(column).isEmpty() ? tr("column %1").arg(column + 1)
                                                                : m_model->header().at(column));
    QString text = tr("Columns to import: %1 of %2.")
                       .arg(QLocale().toString(m_model->mappedCount()), QLocale().toString(m_model->header().size()));
    if (!skipped.isEmpty())
        text += QLatin1Char(' ') + tr("Not imported: %1.").arg(skipped.join(QLatin1String(", ")));
    if (mapping.columnOf(QStringLiteral("partner.name")) < 0)
        text += QLatin1Char(' ') + tr("No column is the partner name: only updates of existing partners are possible.");
    m_summary->setText(text);
}

bool ImportMappingPage::isComplete() const
{
    return m_model->mappedCount() > 0;
}

bool ImportMappingPage::validatePage()
{
    m_session.options.mapping = m_model->mapping();
    m_session.dryRun.reset();
    return true;
}

} // namespace ChannelDesk
