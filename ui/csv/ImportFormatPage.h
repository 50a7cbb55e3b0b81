#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableView;

namespace ChannelDesk {

class CsvPreviewModel;
struct ImportSession;

/// Step 2: how the file is read. Shows the detected encoding and delimiter (either can be changed; the preview
/// re-reads the file at once), the line endings, BOM and `sep=` line, the first records as they will be split,
/// and the reader's warnings.
class ImportFormatPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFormatPage)

public:
    ImportFormatPage(ImportSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QComboBox* encodingBox() const { return m_encoding; }
    QComboBox* delimiterBox() const { return m_delimiter; }
    CsvPreviewModel* previewModel() const { return m_model; }

private:
    void reread();
    void showPreview();

    ImportSession& m_session;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QLabel* m_details;
    QLabel* m_issues;
    QTableView* m_view;
    CsvPreviewModel* m_model;
    bool m_ok = false;
    bool m_updating = false;
};

} // namespace ChannelDesk
