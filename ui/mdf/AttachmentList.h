#pragma once

#include "domain/Mdf.h"

#include <QTemporaryDir>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QUrl;

namespace ChannelDesk {

class MdfActions;

/// A claim's attachments (receipts, proof of performance, MDF-09): add through a file dialog or by dropping files
/// on the list, with a kind; open one in the desktop's viewer (the content is read from the database, verified
/// against its SHA-256 and written to a private temporary file first); remove one (undoable). Adding and removing
/// need an editable claim (draft or returned).
class AttachmentList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentList)

public:
    enum Column { FileColumn, KindColumn, SizeColumn, AddedColumn, ColumnCount };
    using Opener = std::function<bool(const QUrl&)>;

    explicit AttachmentList(MdfActions& actions, QWidget* parent = nullptr);

    /// Shows the attachments of `claimId` (empty: none); `editable` allows adding and removing.
    void setClaim(const QByteArray& claimId, bool editable);
    void reload();
    const QList<MdfAttachment>& attachments() const { return m_attachments; }
    /// Attaches files with the chosen kind (the file dialog and drops end here). Returns how many were attached.
    int addFiles(const QStringList& paths);
    /// Opens the attachment in the desktop's viewer; false (with the reason reported) when it cannot.
    bool open(const QByteArray& attachmentId);
    /// Replaces how a verified temporary file is handed to the desktop (QDesktopServices::openUrl by default).
    void setOpener(Opener opener) { m_opener = std::move(opener); }
    QTreeWidget* list() const { return m_list; }

Q_SIGNALS:
    void attachmentsChanged();
    void message(const QString& text, bool error);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void chooseFiles();
    void openCurrent();
    void removeCurrent();
    void updateButtons();
    QByteArray currentAttachmentId() const;

    MdfActions& m_actions;
    QByteArray m_claimId;
    bool m_editable = false;
    QList<MdfAttachment> m_attachments;
    Opener m_opener;
    std::unique_ptr<QTemporaryDir> m_openDir; ///< the verified copies handed to viewers; removed with the list
    QTreeWidget* m_list;
    QComboBox* m_kind;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_remove;
    QLabel* m_hint;
};

} // namespace ChannelDesk
