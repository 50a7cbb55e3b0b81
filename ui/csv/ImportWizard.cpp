#include "ImportWizard.h"

#include "ImportFilePage.h"
#include "ImportFormatPage.h"
#include "ImportMappingPage.h"
#include "ImportOptionsPage.h"
#include "ImportReviewPage.h"
#include "ImportRunPage.h"

#include "storage/Database.h"

namespace ChannelDesk {

ImportWizard::ImportWizard(Database& db, const QString& filePath, QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Partners"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_session.db = &db;
    m_session.databasePath = db.path();
    m_session.filePath = filePath;

    m_file = new ImportFilePage(m_session, this);
    m_format = new ImportFormatPage(m_session, this);
    m_mapping = new ImportMappingPage(m_session, this);
    m_options = new ImportOptionsPage(m_session, this);
    m_review = new ImportReviewPage(m_session, this);
    m_run = new ImportRunPage(m_session, this);
    setPage(FilePage, m_file);
    setPage(FormatPage, m_format);
    setPage(MappingPage, m_mapping);
    setPage(OptionsPage, m_options);
    setPage(ReviewPage, m_review);
    setPage(RunPage, m_run);
    setStartId(FilePage);

    connect(m_run, &ImportRunPage::imported, this, &ImportWizard::imported);
    resize(900, 640);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::reject()
{
    // Closing while a job runs cancels it; the pages' tasks roll back before they are destroyed.
    if (m_review->isRunning())
        m_review->cancel();
    if (m_run->isRunning()) {
        m_run->cancel();
        return; // the run page reports "cancelled, nothing changed"; the user closes it with Finish
    }
    QWizard::reject();
}

} // namespace ChannelDesk
