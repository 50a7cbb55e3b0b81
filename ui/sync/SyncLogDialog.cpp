#include "SyncLogDialog.h"

#include "common/Timestamp.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ChannelDesk {

SyncLogDialog::SyncLogDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("syncLogDialog"));
    setWindowTitle(tr("Sync Log"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        { tr("Started"), tr("Result"), tr("Sent"), tr("Received"), tr("Conflicts"), tr("Details") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT started_at, outcome, pushed, pulled, conflicts, message FROM sync_log "
                                  "ORDER BY run_id DESC LIMIT 1000"))) {
        const QLocale locale;
        while (query.next()) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QString outcome = query.value(1).toString();
            const QStringList cells {
                locale.toString(Timestamp::fromStorage(query.value(0).toString()).toLocalTime(), QLocale::ShortFormat),
                outcome == QLatin1String("ok") ? tr("Completed")
                    : outcome == QLatin1String("failed") ? tr("Failed")
                                                         : tr("Interrupted"),
                locale.toString(query.value(2).toInt()),
                locale.toString(query.value(3).toInt()),
                locale.toString(query.value(4).toInt()),
                query.value(5).toString(),
            };
            for (int column = 0; column < cells.size(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_table->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(820, 420);
}

} // namespace ChannelDesk
