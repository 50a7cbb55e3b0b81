#pragma once

#include "training/CertificationExporter.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ChannelDesk {

class CsvTask;
class Database;

/// Exports certification records as CSV (issue 6) through CertificationExporter: every partner's people or one
/// partner's, with or without archived (renewed, revoked) records, the state column as of a chosen day; for Excel
/// (UTF-8 with BOM and the locale's list separator), other tools (UTF-8) or Unicode Text (UTF-16, tab); formulas
/// neutralised unless turned off. Runs on a worker thread with its own connection, progress and cancel; the file
/// appears only when complete. The English headers import back with CertificationImportDialog.
class CertificationExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificationExportDialog)

public:
    explicit CertificationExportDialog(Database& db, QWidget* parent = nullptr);
    ~CertificationExportDialog() override;

    /// File ▸ Export Certifications…: opens the dialog without blocking the window (deleted when closed). With a
    /// partner, "only this partner" is offered and checked.
    static CertificationExportDialog* open(Database& db, QWidget* parent, const QByteArray& partnerId = {},
                                           const QString& partnerName = {});

    /// Offers (and checks) exporting only this partner's people.
    void setPartner(const QByteArray& partnerId, const QString& partnerName);
    CertificationExportOptions options() const;
    /// Starts the export to the path shown (the Export button).
    void start();
    bool isRunning() const;

    QLineEdit* pathEdit() const { return m_path; }
    QComboBox* profileBox() const { return m_profile; }
    QComboBox* delimiterBox() const { return m_delimiter; }
    QCheckBox* neutraliseBox() const { return m_neutralise; }
    QCheckBox* archivedBox() const { return m_archived; }
    QCheckBox* partnerBox() const { return m_onlyPartner; }
    QDateEdit* asOfEdit() const { return m_asOf; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* exportButton() const { return m_export; }

public Q_SLOTS:
    /// Cancels a running export (no file is left); otherwise closes.
    void reject() override;

Q_SIGNALS:
    void exported(const QString& path, qint64 rows);

private:
    void browse();
    void updateState();

    Database& m_db;
    QByteArray m_partnerId;
    QComboBox* m_profile;
    QComboBox* m_delimiter;
    QCheckBox* m_neutralise;
    QCheckBox* m_archived;
    QCheckBox* m_onlyPartner;
    QDateEdit* m_asOf;
    QLineEdit* m_path;
    QProgressBar* m_progress;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    QPushButton* m_export;
    std::unique_ptr<CsvTask> m_task;
    bool m_done = false;
};

} // namespace ChannelDesk
