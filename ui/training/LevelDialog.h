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
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ChannelDesk {

class BudgetFormErrors;
class Database;

/// Creates or edits a level of a partner program (TIER-01/02/06): rank (1 = lowest, unique in the program), name,
/// the partner tier code it gives (partnerTiers()), lead weight, benefits, and its criteria. Each criterion is
/// optional: a checkbox turns it on and enables its field (revenue in the program's currency, certified people,
/// approved registrations, closed-won deals, points); certified people per track is a small table with Add and
/// Remove. A partner qualifies for the level only when it meets every criterion that is on. Save writes through
/// TierProgramRepository; a refusal is shown under the field it names.
class LevelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LevelDialog)

public:
    /// `levels` are the program's live levels (the next free rank is offered); `tracks` feed the track choices.
    LevelDialog(Database& db, const TierProgram& program, const QList<TierLevel>& levels, const QStringList& tracks,
                QWidget* parent = nullptr);
    ~LevelDialog() override;

    /// Edits a saved level.
    void setLevel(const TierLevel& level);

    bool isNew() const { return m_level.id.isEmpty(); }
    const TierLevel& level() const { return m_level; }

    QSpinBox* rankBox() const { return m_rank; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* tierBox() const { return m_tier; }
    QSpinBox* leadWeightBox() const { return m_leadWeight; }
    QPlainTextEdit* benefitsEdit() const { return m_benefits; }
    QCheckBox* revenueCheck() const { return m_revenueOn; }
    QLineEdit* revenueEdit() const { return m_revenue; }
    QCheckBox* certifiedCheck() const { return m_certifiedOn; }
    QSpinBox* certifiedBox() const { return m_certified; }
    QCheckBox* registrationsCheck() const { return m_registrationsOn; }
    QSpinBox* registrationsBox() const { return m_registrations; }
    QCheckBox* closedWonCheck() const { return m_closedWonOn; }
    QSpinBox* closedWonBox() const { return m_closedWon; }
    QCheckBox* pointsCheck() const { return m_pointsOn; }
    QSpinBox* pointsBox() const { return m_points; }
    QTableWidget* trackTable() const { return m_tracks; }
    QPushButton* addTrackButton() const { return m_addTrack; }
    QPushButton* removeTrackButton() const { return m_removeTrack; }
    QLabel* criteriaSummary() const { return m_summary; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    /// Adds a track requirement row (the Add button with these values); returns its row.
    int addTrackRequirement(const QString& track = {}, int count = 1);
    /// The track requirement rows as entered (empty tracks included).
    QList<TrackRequirement> trackRequirements() const;

    QString fieldError(const QString& field) const;
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    QWidget* criterionRow(QCheckBox* check, QWidget* field, QLabel* suffix = nullptr);
    void updateCriteria();
    void onTierChosen();

    Database& m_db;
    TierProgram m_program;
    TierLevel m_level;
    QStringList m_trackChoices;
    QString m_autoName; ///< the name filled in from the tier, replaced when another tier is chosen
    QSpinBox* m_rank;
    QLineEdit* m_name;
    QComboBox* m_tier;
    QSpinBox* m_leadWeight;
    QPlainTextEdit* m_benefits;
    QCheckBox* m_revenueOn;
    QLineEdit* m_revenue;
    QCheckBox* m_certifiedOn;
    QSpinBox* m_certified;
    QCheckBox* m_registrationsOn;
    QSpinBox* m_registrations;
    QCheckBox* m_closedWonOn;
    QSpinBox* m_closedWon;
    QCheckBox* m_pointsOn;
    QSpinBox* m_points;
    QTableWidget* m_tracks;
    QPushButton* m_addTrack;
    QPushButton* m_removeTrack;
    QLabel* m_summary;
    QLabel* m_general;
    QDialogButtonBox* m_buttons;
    std::unique_ptr<BudgetFormErrors> m_errors;
};

} // namespace ChannelDesk
