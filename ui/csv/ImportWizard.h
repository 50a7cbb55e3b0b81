#pragma once

#include "ImportSession.h"

#include <QWizard>

namespace ChannelDesk {

class Database;
class ImportFilePage;
class ImportFormatPage;
class ImportMappingPage;
class ImportOptionsPage;
class ImportReviewPage;
class ImportRunPage;

/// Imports a partner list from CSV: file → encoding and delimiter with a live preview → column mapping → mode and
/// match rules → dry run → import with progress and cancel → result and rejected rows. Long steps run on worker
/// threads with their own connections to the database at `db.path()`.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId { FilePage, FormatPage, MappingPage, OptionsPage, ReviewPage, RunPage };

    explicit ImportWizard(Database& db, const QString& filePath = {}, QWidget* parent = nullptr);
    ~ImportWizard() override;

    const ImportSession& session() const { return m_session; }
    ImportFilePage* filePage() const { return m_file; }
    ImportFormatPage* formatPage() const { return m_format; }
    ImportMappingPage* mappingPage() const { return m_mapping; }
    ImportOptionsPage* optionsPage() const { return m_options; }
    ImportReviewPage* reviewPage() const { return m_review; }
    ImportRunPage* runPage() const { return m_run; }

    void reject() override;

Q_SIGNALS:
    /// A committed import: `runId` is its history entry (for Undo and the import history).
    void imported(qint64 runId);

private:
    ImportSession m_session;
    ImportFilePage* m_file;
    ImportFormatPage* m_format;
    ImportMappingPage* m_mapping;
    ImportOptionsPage* m_options;
    ImportReviewPage* m_review;
    ImportRunPage* m_run;
};

} // namespace ChannelDesk
