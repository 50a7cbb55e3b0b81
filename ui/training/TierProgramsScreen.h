#pragma once

#include "domain/Training.h"

#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QProgressDialog;
class QSplitter;
class QTableView;
class QToolBar;

namespace ChannelDesk {

class CatalogFilterProxy;
class CsvTask;
class Database;
class LevelTableModel;
class MemberCountLoader;
class ProgramTableModel;

/// Partner programs and their tier criteria (issue 6, TIER-01/02/06). Above: the programs (name, currency, how
/// upgrades apply, active, levels and members); below: the levels of the selected program ordered by rank with their
/// criteria in columns (revenue, certified people, per track, approved registrations, closed-won, points, lead
/// weight). Programs and levels are created and edited through ProgramDialog and LevelDialog; Move Up/Move Down swap
/// a level's rank with its neighbour in one transaction. "Enrol All Partners" runs TierProgramRepository::joinAll on
/// a worker thread with its own connection behind a progress dialog; "Recompute Tiers Now" asks the window (signal
/// recomputeRequested) to run the tier scheduler. Every change emits trainingChanged(). Programs and levels are few,
/// so they are read on the UI thread (programs, levels, level counts); members are counted on a worker
/// (MemberCountLoader), since a program can have every partner as a member.
class TierProgramsScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierProgramsScreen)

public:
    explicit TierProgramsScreen(Database& db, QWidget* parent = nullptr);
    ~TierProgramsScreen() override;

    /// The selected program's id (empty when none).
    QByteArray currentProgramId() const;
    /// The selected level's id (empty when none).
    QByteArray currentLevelId() const;
    bool selectProgram(const QByteArray& id);
    bool selectLevel(const QByteArray& id);
    /// Whether "Enrol All Partners" is still running.
    bool isEnrolling() const;
    /// Whether enrolling or counting members is still on its way.
    bool isBusy() const;

    ProgramTableModel* programModel() const { return m_programs; }
    LevelTableModel* levelModel() const { return m_levels; }
    QTableView* programView() const { return m_programView; }
    QTableView* levelView() const { return m_levelView; }
    QCheckBox* inactiveBox() const { return m_showInactive; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* programEmptyLabel() const { return m_programEmpty; }
    QLabel* levelEmptyLabel() const { return m_levelEmpty; }
    QLabel* levelTitle() const { return m_levelTitle; }
    QToolBar* programToolBar() const { return m_programBar; }
    QToolBar* levelToolBar() const { return m_levelBar; }

    QAction* newProgramAction() const { return m_newProgram; }
    QAction* editProgramAction() const { return m_editProgram; }
    QAction* deleteProgramAction() const { return m_deleteProgram; }
    QAction* programActiveAction() const { return m_toggleProgram; }
    QAction* enrolAllAction() const { return m_enrolAll; }
    QAction* recomputeAction() const { return m_recompute; }
    QAction* newLevelAction() const { return m_newLevel; }
    QAction* editLevelAction() const { return m_editLevel; }
    QAction* deleteLevelAction() const { return m_deleteLevel; }
    QAction* moveUpAction() const { return m_moveUp; }
    QAction* moveDownAction() const { return m_moveDown; }
    QAction* reloadAction() const { return m_reload; }

public Q_SLOTS:
    /// Data changed elsewhere (sync, other screens, a recompute): reads programs and levels again.
    void reloadAll();

Q_SIGNALS:
    void statusChanged(const QString& text);
    void errorOccurred(const QString& message);
    /// A program, level or membership was created, changed or deleted here.
    void trainingChanged();
    /// The user asked for tiers to be recomputed now (the window runs its TierScheduler).
    void recomputeRequested();
    /// "Enrol All Partners" finished: `joined` partners enrolled (or an error was shown).
    void enrolFinished(int joined);

private:
    void buildActions();
    QWidget* buildProgramPane();
    QWidget* buildLevelPane();
    void setupView(QTableView* view, const QList<int>& widths);
    void reloadLevels();
    void updateActions();
    void updateEmptyStates();
    void updateStatus();
    void showMessage(const QString& text, bool error);
    void changed();
    const TierProgram* currentProgram() const;
    const TierLevel* currentLevel() const;
    QStringList tracks() const;

    void newProgram();
    void editProgram();
    void deleteProgram();
    void toggleProgramActive();
    void enrolAll();
    void newLevel();
    void editLevel();
    void deleteLevel();
    void moveLevel(int direction);

    Database& m_db;
    MemberCountLoader* m_counter;
    ProgramTableModel* m_programs;
    LevelTableModel* m_levels;
    CatalogFilterProxy* m_programProxy;
    CatalogFilterProxy* m_levelProxy;
    QCheckBox* m_showInactive;
    QToolBar* m_programBar;
    QToolBar* m_levelBar;
    QLabel* m_message;
    QTableView* m_programView;
    QLabel* m_programEmpty;
    QLabel* m_levelTitle;
    QTableView* m_levelView;
    QLabel* m_levelEmpty;
    QSplitter* m_splitter;
    std::unique_ptr<CsvTask> m_enrolTask;
    QProgressDialog* m_enrolProgress = nullptr;

    QAction* m_newProgram = nullptr;
    QAction* m_editProgram = nullptr;
    QAction* m_deleteProgram = nullptr;
    QAction* m_toggleProgram = nullptr;
    QAction* m_enrolAll = nullptr;
    QAction* m_recompute = nullptr;
    QAction* m_newLevel = nullptr;
    QAction* m_editLevel = nullptr;
    QAction* m_deleteLevel = nullptr;
    QAction* m_moveUp = nullptr;
    QAction* m_moveDown = nullptr;
    QAction* m_reload = nullptr;
};

} // namespace ChannelDesk
