#include "ConflictsScreen.h"

#include "ConflictListModel.h"
#include "common/Timestamp.h"
#include "domain/Contact.h"
#include "domain/Partner.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ChannelDesk {

namespace {

QString display(const QString& field, const QJsonValue& value, bool known)
{
    if (!known)
        return QStringLiteral("—");
    if (field == QLatin1String("deleted_at"))
        return value.isString() ? ConflictsScreen::tr("Deleted %1")
                                      .arg(QLocale().toString(Timestamp::fromStorage(value.toString()).toLocalTime(),
                                                              QLocale::ShortFormat))
                                : ConflictsScreen::tr("Not deleted");
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return ConflictsScreen::tr("(empty)");
    if (value.isDouble())
        return QLocale().toString(value.toInteger());
    // Coded choices show their labels, as in the editor.
    if (field == QLatin1String("stage"))
        return choiceLabel(onboardingStages(), value.toString());
    if (field == QLatin1String("partner_type"))
        return choiceLabel(partnerTypes(), value.toString());
    if (field == QLatin1String("tier"))
        return choiceLabel(partnerTiers(), value.toString());
    if (field == QLatin1String("role"))
        return choiceLabel(contactRoles(), value.toString());
    return value.toString();
}

} // namespace

ConflictsScreen::ConflictsScreen(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new ConflictListModel(db, this))
    , m_list(new QTableView(this))
    , m_details(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_keepMine(new QPushButton(tr("Keep &Mine"), this))
    , m_keepTheirs(new QPushButton(tr("Keep &Server's"), this))
    , m_keepAllMine(new QPushButton(tr("Keep Mine for &All"), this))
    , m_keepAllTheirs(new QPushButton(tr("Keep Server's for A&ll"), this))
{
    setObjectName(QStringLiteral("conflictsScreen"));
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_details->setObjectName(QStringLiteral("conflictDetails"));
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    m_keepAllMine->setObjectName(QStringLiteral("keepAllMine"));
    m_keepAllTheirs->setObjectName(QStringLiteral("keepAllTheirs"));

    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    // The record name gets the room; the other columns are as wide as their text.
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(ConflictListModel::RecordColumn, QHeaderView::Stretch);
    m_list->setAlternatingRowColors(true);

    m_details->setColumnCount(4);
    m_details->setHorizontalHeaderLabels({ tr("Field"), tr("Before your edit"), tr("This device"), tr("Server") });
    m_details->verticalHeader()->hide();
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_reason->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_keepMine->setToolTip(tr("Send this device's values again, replacing the server's"));
    m_keepTheirs->setToolTip(tr("Take the server's values on this device; your edit is dropped"));

    auto* detailPane = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_reason);
    detailLayout->addWidget(m_details, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_keepTheirs);
    buttons->addStretch(1);
    buttons->addWidget(m_keepAllMine);
    buttons->addWidget(m_keepAllTheirs);
    detailLayout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConflictsScreen::showSelected);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(m_keepAllMine, &QPushButton::clicked, this, [this] { resolveAll(true); });
    connect(m_keepAllTheirs, &QPushButton::clicked, this, [this] { resolveAll(false); });
    reload();
}

void ConflictsScreen::reload()
{
    const int previous = m_list->currentIndex().row();
    if (const QString error = m_model->reload(); !error.isEmpty())
        Q_EMIT errorOccurred(error);
    const int count = m_model->rowCount();
    m_summary->setText(count == 0 ? tr("No conflicts. Everything you changed reached the server.")
                                  : tr("%n change(s) could not be applied as they were. Nothing has been lost: "
                                       "choose which values to keep.",
                                       nullptr, count));
    m_keepAllMine->setEnabled(count > 0);
    m_keepAllTheirs->setEnabled(count > 0);
    if (count > 0)
        m_list->setCurrentIndex(m_model->index(qBound(0, previous, count - 1), 0));
    showSelected();
}

void ConflictsScreen::showSelected()
{
    const int row = m_list->currentIndex().row();
    const bool valid = row >= 0 && row < m_model->rowCount();
    m_keepMine->setEnabled(valid);
    m_keepTheirs->setEnabled(valid);
    m_details->setRowCount(0);
    m_reason->clear();
    if (!valid)
        return;
    const SyncConflict& conflict = m_model->conflictAt(row);
    QString text = QStringLiteral("<b>%1</b> — %2").arg(m_model->recordName(row).toHtmlEscaped(),
                                                         ConflictListModel::kindLabel(conflict.kind).toHtmlEscaped());
    if (!conflict.reason.isEmpty())
        text += QStringLiteral("<br>") + conflict.reason.toHtmlEscaped();
    m_reason->setText(text);
    // A rejection has no server values to take; "keep mine" cannot help a change the server refuses.
    const bool refused = conflict.kind == QLatin1String("rejected") || conflict.kind == QLatin1String("permission");
    m_keepMine->setEnabled(!refused);
    m_keepTheirs->setText(refused ? tr("&Discard My Change") : tr("Keep &Server's"));

    QStringList fields = conflict.fields;
    for (const QString& key : conflict.mine.keys()) {
        if (!fields.contains(key))
            fields.append(key);
    }
    m_details->setRowCount(static_cast<int>(fields.size()));
    for (int i = 0; i < fields.size(); ++i) {
        const QString& field = fields.at(i);
        const QStringList cells {
            ConflictListModel::fieldLabel(field),
            display(field, conflict.base.value(field), conflict.base.contains(field)),
            display(field, conflict.mine.value(field), conflict.mine.contains(field)),
            display(field, conflict.theirs.value(field), conflict.theirs.contains(field)),
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column >= 2 && conflict.fields.contains(field) && !refused) { // the two sides to choose between
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_details->setItem(i, column, item);
        }
    }
}

void ConflictsScreen::resolveSelected(bool keepMine)
{
    const int row = m_list->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Status status = SyncStore(m_db).resolve(
        m_model->conflictAt(row).conflictId, keepMine ? SyncStore::Resolution::KeepMine : SyncStore::Resolution::TakeTheirs);
    if (!status)
        Q_EMIT errorOccurred(status.error().message);
    reload();
    Q_EMIT resolved();
}

void ConflictsScreen::resolveAll(bool keepMine)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Resolve All Conflicts"),
        keepMine ? tr("Send this device's values for all %n conflict(s), replacing the server's?", nullptr, count)
                 : tr("Take the server's values for all %n conflict(s)? Your conflicting edits will be dropped.",
                      nullptr, count),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    SyncStore store(m_db);
    QString firstError;
    for (int row = 0; row < count; ++row) {
        const SyncConflict& conflict = m_model->conflictAt(row);
        const bool refused = conflict.kind == QLatin1String("rejected") || conflict.kind == QLatin1String("permission");
        if (keepMine && refused)
            continue; // the server refuses these whatever is sent; they stay for the user to discard
        const Status status = store.resolve(conflict.conflictId,
                                            keepMine ? SyncStore::Resolution::KeepMine : SyncStore::Resolution::TakeTheirs);
        if (!status && firstError.isEmpty())
            firstError = status.error().message;
    }
    if (!firstError.isEmpty())
        Q_EMIT errorOccurred(firstError);
    reload();
    Q_EMIT resolved();
}

} // namespace ChannelDesk
