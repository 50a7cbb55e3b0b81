#pragma once

#include "domain/Training.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ChannelDesk {

class BudgetFormErrors;
class Database;

/// Creates or edits a partner program (TIER-01/02): name, currency of its revenue criteria, whether upgrades apply
/// without a CAM's approval (demotions never do), active, description. Save writes through TierProgramRepository;
/// a refusal is shown under its field and the dialog keeps what was typed.
class ProgramDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramDialog)

public:
    explicit ProgramDialog(Database& db, QWidget* parent = nullptr);
    ~ProgramDialog() override;

    /// Edits a saved program; `revenueLevels` is how many of its levels have a revenue criterion (the form warns
    /// that changing the currency does not convert them).
    void setProgram(const TierProgram& program, int revenueLevels);

    bool isNew() const { return m_program.id.isEmpty(); }
    const TierProgram& program() const { return m_program; }

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* currencyBox() const { return m_currency; }
    QCheckBox* autoUpgradeBox() const { return m_autoUpgrade; }
    QCheckBox* activeBox() const { return m_active; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    QString fieldError(const QString& field) const;
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateCurrencyHint();

    Database& m_db;
    TierProgram m_program;
    int m_revenueLevels = 0;
    QLineEdit* m_name;
    QComboBox* m_currency;
    QLabel* m_currencyHint;
    QCheckBox* m_autoUpgrade;
    QCheckBox* m_active;
    QPlainTextEdit* m_description;
    QLabel* m_general;
    QDialogButtonBox* m_buttons;
    std::unique_ptr<BudgetFormErrors> m_errors;
};

} // namespace ChannelDesk
