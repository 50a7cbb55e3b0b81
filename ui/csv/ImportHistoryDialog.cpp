#include "ImportHistoryDialog.h"

#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ChannelDesk {

ImportHistoryDialog::ImportHistoryDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_table(new QTableWidget(this))
    , m_toggle(new QPushButton(tr("&Revert Import"), this))
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import History"));
    m_table->setObjectName(QStringLiteral("importHistory"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        { tr("Imported"), tr("File"), tr("Mode"), tr("Created"), tr("Updated"), tr("State") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_toggle->setObjectName(QStringLiteral("importHistoryToggle"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_toggle, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_toggle, &QPushButton::clicked, this, [this] { toggleSelected(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::updateButtons);
    resize(760, 360);
    reload();
}

void ImportHistoryDialog::reload()
{
    const int selected = m_table->currentRow();
    m_table->setRowCount(0);
    auto runs = Csv::ImportHistory(m_db).runs();
    m_runs = runs ? runs.value() : QList<Csv::ImportRun>();
    const QLocale locale;
    for (const Csv::ImportRun& run : m_runs) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString mode = run.mode == QLatin1String("create") ? tr("Create only")
            : run.mode == QLatin1String("update")                ? tr("Update only")
                                                                 : tr("Create and update");
        const QStringList cells {
            locale.toString(run.finishedAt.toLocalTime(), QLocale::ShortFormat),
            run.fileName,
            mode,
            locale.toString(run.created),
            locale.toString(run.updated),
            run.revertedAt.isValid()
                ? tr("Reverted %1").arg(locale.toString(run.revertedAt.toLocalTime(), QLocale::ShortFormat))
                : tr("Applied"),
        };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    if (!runs)
        QMessageBox::warning(this, windowTitle(), runs.error().message);
    if (m_table->rowCount() > 0)
        m_table->selectRow(qBound(0, selected, m_table->rowCount() - 1));
    updateButtons();
}

void ImportHistoryDialog::updateButtons()
{
    const int row = m_table->currentRow();
    m_toggle->setEnabled(row >= 0 && row < m_runs.size());
    if (row >= 0 && row < m_runs.size())
        m_toggle->setText(m_runs.at(row).revertedAt.isValid() ? tr("&Apply Again") : tr("&Revert Import"));
}

bool ImportHistoryDialog::toggleSelected(bool confirm)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_runs.size())
        return false;
    const Csv::ImportRun run = m_runs.at(row);
    const bool reverting = !run.revertedAt.isValid();
    if (confirm) {
        const QString question = reverting
            ? tr("Revert the import of “%1”? Partners it created (%2) are deleted, and the fields it changed on other "
                 "partners (%3) are put back unless they were edited since.")
                  .arg(run.fileName, QLocale().toString(run.created), QLocale().toString(run.updated))
            : tr("Apply the import of “%1” again?").arg(run.fileName);
        if (QMessageBox::question(this, windowTitle(), question) != QMessageBox::Yes)
            return false;
    }
    Csv::ImportHistory history(m_db);
    auto outcome = reverting ? history.revert(run.id) : history.reapply(run.id);
    if (!outcome) {
        QMessageBox::warning(this, windowTitle(), outcome.error().message);
        return false;
    }
    if (outcome->fieldsSkipped > 0)
        QMessageBox::information(this, windowTitle(),
                                 tr("%n field(s) edited since the import were left as they are.", nullptr,
                                    int(qMin<qint64>(outcome->fieldsSkipped, INT_MAX))));
    Q_EMIT partnersChanged();
    reload();
    return true;
}

} // namespace ChannelDesk
