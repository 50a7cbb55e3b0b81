#include "AttachmentList.h"

#include "mdf/MdfActions.h"
#include "mdf/MdfFormSupport.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ChannelDesk {

namespace {

QString kindLabel(const QString& code)
{
    for (const Choice& choice : mdfAttachmentKinds()) {
        if (choice.code == code)
            return choice.label;
    }
    return code;
}

QStringList localFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

// A file name safe to write in the temporary folder (the stored name comes from another machine, maybe).
QString safeFileName(const QString& name)
{
    QString safe;
    for (QChar c : name)
        safe.append(c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') || c.unicode() < 32
                        ? QLatin1Char('_')
                        : c);
    safe = safe.trimmed();
    if (safe.isEmpty() || safe == QLatin1String(".") || safe == QLatin1String(".."))
        safe = QStringLiteral("attachment");
    return safe;
}

} // namespace

AttachmentList::AttachmentList(MdfActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
    , m_list(new QTreeWidget(this))
    , m_kind(new QComboBox(this))
    , m_add(new QPushButton(tr("&Attach files…"), this))
    , m_open(new QPushButton(tr("O&pen"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("attachmentList"));
    setAcceptDrops(true);
    m_list->setObjectName(QStringLiteral("attachments"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("File"), tr("Kind"), tr("Size"), tr("Added") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setAcceptDrops(false); // drops are handled by this widget, over the list too
    m_list->viewport()->setAcceptDrops(false);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setToolTip(tr("What the files you attach next are"));
    for (const Choice& choice : mdfAttachmentKinds())
        m_kind->addItem(choice.label, choice.code);
    m_add->setObjectName(QStringLiteral("addAttachment"));
    m_open->setObjectName(QStringLiteral("openAttachment"));
    m_remove->setObjectName(QStringLiteral("removeAttachment"));
    m_remove->setToolTip(tr("Edit → Undo brings it back."));
    m_hint->setObjectName(QStringLiteral("attachmentHint"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_kind);
    buttons->addWidget(m_add);
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &AttachmentList::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, &AttachmentList::openCurrent);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentList::removeCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &AttachmentList::openCurrent);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AttachmentList::updateButtons);
    updateButtons();
}

void AttachmentList::setClaim(const QByteArray& claimId, bool editable)
{
    m_claimId = claimId;
    m_editable = editable && !claimId.isEmpty();
    reload();
}

void AttachmentList::reload()
{
    const QByteArray selected = currentAttachmentId();
    m_list->clear();
    m_attachments.clear();
    if (!m_claimId.isEmpty()) {
        const Result<QList<MdfAttachment>> attachments = m_actions.claims().attachments(m_claimId);
        if (attachments)
            m_attachments = attachments.value();
        else
            Q_EMIT message(attachments.error().message, true);
    }
    const QLocale locale;
    for (const MdfAttachment& attachment : std::as_const(m_attachments)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(FileColumn, attachment.fileName);
        item->setData(FileColumn, Qt::UserRole, attachment.id);
        item->setToolTip(FileColumn, tr("%1\nSHA-256 %2").arg(attachment.mimeType, attachment.sha256));
        item->setText(KindColumn, kindLabel(attachment.kind));
        item->setText(SizeColumn, locale.formattedDataSize(attachment.sizeBytes));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(AddedColumn, locale.toString(attachment.meta.createdAt.toLocalTime(), QLocale::ShortFormat));
        if (attachment.id == selected)
            m_list->setCurrentItem(item);
    }
    m_list->resizeColumnToContents(KindColumn);
    m_list->resizeColumnToContents(SizeColumn);
    m_list->resizeColumnToContents(AddedColumn);
    if (m_claimId.isEmpty())
        m_hint->setText(tr("Save the claim first, then attach its receipts."));
    else if (m_editable)
        m_hint->setText(tr("Drop receipts, photos or PDFs here, or use Attach files (up to 25 MiB each)."));
    else
        m_hint->setText(tr("Attachments can be added or removed while the claim is a draft or returned."));
    updateButtons();
    Q_EMIT attachmentsChanged();
}

QByteArray AttachmentList::currentAttachmentId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(FileColumn, Qt::UserRole).toByteArray() : QByteArray();
}

void AttachmentList::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_add->setEnabled(m_editable);
    m_kind->setEnabled(m_editable);
    m_open->setEnabled(selected);
    m_remove->setEnabled(m_editable && selected);
}

int AttachmentList::addFiles(const QStringList& paths)
{
    if (!m_editable || paths.isEmpty())
        return 0;
    const QString kind = m_kind->currentData().toString();
    QStringList problems;
    int added = 0;
    for (const QString& path : paths) {
        const Result<MdfAttachment> attachment = m_actions.addAttachment(m_claimId, path, kind);
        if (attachment)
            ++added;
        else
            problems.append(attachment.error().message);
    }
    reload();
    if (!problems.isEmpty())
        Q_EMIT message(problems.join(QLatin1Char('\n')), true);
    else
        Q_EMIT message(tr("%n file(s) attached.", nullptr, added), false);
    return added;
}

void AttachmentList::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files"), QString(),
        tr("Receipts and proof (*.pdf *.png *.jpg *.jpeg *.heic *.tif *.tiff *.txt *.csv *.xlsx *.docx);;All files (*)"));
    addFiles(paths);
}

bool AttachmentList::open(const QByteArray& attachmentId)
{
    const auto found = std::find_if(m_attachments.cbegin(), m_attachments.cend(),
                                    [&attachmentId](const MdfAttachment& a) { return a.id == attachmentId; });
    if (found == m_attachments.cend())
        return false;
    // The repository verifies the bytes against the stored SHA-256: a damaged copy is never shown as the receipt.
    const Result<QByteArray> content = m_actions.claims().attachmentContent(attachmentId);
    if (!content) {
        Q_EMIT message(content.error().message, true);
        return false;
    }
    if (!m_openDir) {
        m_openDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/channeldesk-mdf-XXXXXX"));
        if (!m_openDir->isValid()) {
            Q_EMIT message(tr("No temporary folder to open “%1” from: %2").arg(found->fileName, m_openDir->errorString()),
                           true);
            m_openDir.reset();
            return false;
        }
    }
    // One folder per attachment keeps the real file name (the viewer shows it) without clashes.
    const QString folder = m_openDir->filePath(QString::fromLatin1(attachmentId.toHex()));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(safeFileName(found->fileName));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*content) != content->size()) {
        Q_EMIT message(tr("“%1” could not be written to open it: %2").arg(found->fileName, file.errorString()), true);
        return false;
    }
    file.close();
    file.setPermissions(QFileDevice::ReadOwner); // a viewer's edits would not go back into the claim anyway
    if (!m_opener(QUrl::fromLocalFile(path))) {
        Q_EMIT message(tr("No application could open “%1”.").arg(found->fileName), true);
        return false;
    }
    return true;
}

void AttachmentList::openCurrent()
{
    const QByteArray id = currentAttachmentId();
    if (!id.isEmpty())
        open(id);
}

void AttachmentList::removeCurrent()
{
    const QByteArray id = currentAttachmentId();
    if (id.isEmpty() || !m_editable)
        return;
    const Status removed = m_actions.removeAttachment(id);
    if (!removed) {
        Q_EMIT message(removed.error().message, true);
        return;
    }
    reload();
    Q_EMIT message(tr("Attachment removed; Edit → Undo brings it back."), false);
}

void AttachmentList::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_editable && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void AttachmentList::dragMoveEvent(QDragMoveEvent* event)
{
    if (m_editable && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void AttachmentList::dropEvent(QDropEvent* event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (!m_editable || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    addFiles(paths);
}

} // namespace ChannelDesk
