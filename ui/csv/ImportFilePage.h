#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace ChannelDesk {

struct ImportSession;

/// Step 1: which file. Refuses, with the reader's specific message, files that are empty or not text (an .xlsx
/// renamed to .csv) before the user goes any further.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFilePage)

public:
    ImportFilePage(ImportSession& session, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

    QLineEdit* pathEdit() const { return m_path; }

private:
    void browse();
    void onPathChanged();

    ImportSession& m_session;
    QLineEdit* m_path;
    QLabel* m_info;
    QLabel* m_error;
};

} // namespace ChannelDesk
