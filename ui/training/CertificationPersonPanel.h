#pragma once

#include "domain/Training.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace ChannelDesk {

class Database;

/// One person's training record beside the certification lists: their certifications (each current one with the
/// chain of certificates it renewed beneath it, CERT-02's archived attempts) and their course completions. The
/// selected certification is what the screen's actions work on.
class CertificationPersonPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificationPersonPanel)

public:
    CertificationPersonPanel(Database& db, QWidget* parent = nullptr);

    /// Shows `contactId` and selects `certificationId` (or the first current certification).
    void showPerson(const QByteArray& contactId, const QByteArray& certificationId = {});
    void clear();
    /// Reads the shown person again, keeping the selection when it still exists.
    void reload();
    /// The reference day of the states shown (invalid: the local today).
    void setToday(const QDate& today) { m_today = today; }

    QByteArray contactId() const { return m_contactId; }
    QByteArray partnerId() const { return m_partnerId; }
    QString personName() const { return m_personName; }
    std::optional<Certification> currentCertification() const;
    bool selectCertification(const QByteArray& id);

    QTreeWidget* certificationList() const { return m_certifications; }
    QTreeWidget* completionList() const { return m_completions; }
    QLabel* titleLabel() const { return m_title; }

Q_SIGNALS:
    void currentChanged();
    void errorOccurred(const QString& message);

private:
    QTreeWidgetItem* itemFor(const Certification& cert, const QHash<QByteArray, CertDefinition>& definitions) const;

    Database& m_db;
    QByteArray m_contactId;
    QByteArray m_partnerId;
    QString m_personName;
    QDate m_today;
    QHash<QByteArray, Certification> m_records;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_placeholder;
    QTreeWidget* m_certifications;
    QTreeWidget* m_completions;
    QWidget* m_body;
};

} // namespace ChannelDesk
