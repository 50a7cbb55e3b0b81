#pragma once

#include "csv/PartnerImporter.h"

#include <QWizardPage>

class QLabel;
class QListWidget;
class QRadioButton;

namespace ChannelDesk {

struct ImportSession;

/// Step 4: what the import may do (create, update, or both: IMP-01) and how a row finds its partner — match rules
/// the user checks and puts in order (IMP-03); rules whose column is not in the file are shown as skipped.
class ImportOptionsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportOptionsPage)

public:
    ImportOptionsPage(ImportSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    void setMode(Csv::ImportMode mode);
    Csv::ImportMode mode() const;
    /// The checked rules, in order.
    QList<Csv::MatchKey> matchKeys() const;
    QListWidget* matchList() const { return m_keys; }

private:
    void move(int delta);
    bool keyAvailable(Csv::MatchKey key) const;
    void updateHint();

    ImportSession& m_session;
    QRadioButton* m_upsert;
    QRadioButton* m_create;
    QRadioButton* m_update;
    QListWidget* m_keys;
    QLabel* m_hint;
};

} // namespace ChannelDesk
