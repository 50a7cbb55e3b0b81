#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace ChannelDesk {

class ImportMappingModel;
struct ImportSession;

/// Step 3: which column goes into which field. Starts from the automatic mapping (synonyms in four languages and
/// CRM export names), shows unmapped and duplicate columns, lets any column be mapped or skipped, chooses per field
/// whether empty cells clear stored values, and saves or loads named mapping templates (IMP-06).
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportMappingPage)

public:
    ImportMappingPage(ImportSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ImportMappingModel* model() const { return m_model; }
    QComboBox* templateBox() const { return m_templates; }
    /// Saves the current mapping as a template called `name` (the Save button asks for the name).
    bool saveTemplate(const QString& name);
    bool loadTemplate(const QString& name);

private:
    void reloadTemplateNames(const QString& select = {});
    void updateSummary();
    void askAndSave();
    void removeTemplate();

    ImportSession& m_session;
    ImportMappingModel* m_model;
    QTableView* m_view;
    QComboBox* m_templates;
    QPushButton* m_save;
    QPushButton* m_remove;
    QLabel* m_summary;
    QString m_mappedFile; ///< the file (and header) the model was set up for
};

} // namespace ChannelDesk
