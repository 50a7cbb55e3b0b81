#pragma once

#include "training/CertificationFilterBar.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTemporaryDir;
class QTreeView;
class QUrl;

namespace ChannelDesk {

class CertificationListModel;
class CertificationPersonPanel;
class Database;
class ExpiringTreeModel;
class ExpiryTimelineChart;

/// Certifications per partner and per person (issue 6, CERT-01…03). Views as tabs: all certifications (the lazy
/// list for a million rows), expiring (a tree grouped by partner with each person's reminder state and "Mark
/// reminded"), expired and in progress; a filter bar (partner, person, certification, track, status, search); the
/// expiry timeline chart under the list (a click on a month's bar lists that month); and the selected person's
/// certifications with their renewal history and course completions on the right. The actions work on the
/// certification selected there. Every read of many rows runs on a worker thread with its own connection.
class CertificationsScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificationsScreen)

public:
    /// How a verified temporary copy of evidence is handed to the desktop (QDesktopServices::openUrl by default).
    using Opener = std::function<bool(const QUrl& url)>;

    explicit CertificationsScreen(Database& db, QWidget* parent = nullptr);
    ~CertificationsScreen() override;

    /// Shows one partner's certifications (another screen jumps here).
    void showPartner(const QByteArray& partnerId);
    /// Shows one person's certifications and their record in the panel.
    void showPerson(const QByteArray& contactId);

    // The actions, as the buttons run them (dialogs open window-modal and act when accepted).
    void newCertification();
    void recordCompletion();
    void editCurrent();
    void passCurrent();
    void renewCurrent();
    void revokeCurrent();
    void deleteCurrent();
    /// Asks for a file and attaches it as the selected certification's evidence.
    void chooseEvidence();
    /// Attaches `path` as the selected certification's evidence (stored by the repository); false if refused.
    bool attachEvidence(const QString& path);
    /// Writes the selected certification's evidence (verified) to a temporary file and opens it.
    bool openEvidence();
    /// CERT-01: records today's reminder for the people selected in the expiring view (all due ones of a selected
    /// partner).
    void markReminded();
    void setOpener(Opener opener) { m_opener = std::move(opener); }

    CertificationFilterBar* filterBar() const { return m_filters; }
    CertificationListModel* listModel() const { return m_list; }
    QTableView* listView() const { return m_listView; }
    ExpiringTreeModel* expiringModel() const { return m_expiring; }
    QTreeView* expiringView() const { return m_expiringView; }
    ExpiryTimelineChart* chart() const { return m_chart; }
    CertificationPersonPanel* personPanel() const { return m_panel; }
    QLabel* emptyLabel() const { return m_empty; }
    QPushButton* button(const QString& objectName) const;

public Q_SLOTS:
    /// Data changed elsewhere (sync, import, the catalogue): reload every view and the panel.
    void reloadAll();

Q_SIGNALS:
    void statusChanged(const QString& text);
    void errorOccurred(const QString& message);
    /// After any change this screen made (the lead routes it to sync, the tier scheduler and other screens).
    void trainingChanged();

private:
    QPushButton* addAction(const QString& objectName, const QString& text, const QString& toolTip,
                           void (CertificationsScreen::*slot)());
    void applyFilters();
    void onListCurrentChanged(const QModelIndex& current);
    void onExpiringCurrentChanged(const QModelIndex& current);
    void updateActions();
    void updateStatus();
    /// After a change of `ids` (empty: unknown): refresh the list without a reset, reload the tree, the chart and
    /// the panel, and tell the others.
    void changed(const QList<QByteArray>& ids, const QString& message, const QByteArray& select = {});
    QList<QByteArray> selectedExpiringIds();

    Database& m_db;
    CertificationFilterBar* m_filters;
    CertificationListModel* m_list;
    QTableView* m_listView;
    ExpiringTreeModel* m_expiring;
    QTreeView* m_expiringView;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    ExpiryTimelineChart* m_chart;
    CertificationPersonPanel* m_panel;
    QSplitter* m_splitter;
    QList<QPushButton*> m_buttons;
    Opener m_opener;
    std::unique_ptr<QTemporaryDir> m_openDir;
    qint64 m_count = -1;
};

} // namespace ChannelDesk
