#include "MdfSettingsDialog.h"

#include "common/Money.h"
#include "mdf/MdfSettings.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ChannelDesk {

namespace {

constexpr Qt::Alignment Numeric = Qt::AlignRight | Qt::AlignVCenter;

QTableWidgetItem* textItem(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->data(Qt::EditRole).toString().trimmed() : QString();
}

QString amountText(qint64 minor, const QString& currency)
{
    const int digits = std::max(0, Money::minorDigits(currency));
    return QLocale().toString(double(minor) / std::pow(10.0, digits), 'f', digits);
}

} // namespace

MdfSettingsDialog::MdfSettingsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_warningDays(new QSpinBox(this))
    , m_slaHours(new QSpinBox(this))
    , m_baseCurrency(new QLineEdit(this))
    , m_limits(new QTableWidget(0, LimitColumnCount, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("mdfSettingsDialog"));
    setWindowTitle(tr("MDF Settings"));

    m_warningDays->setObjectName(QStringLiteral("deadlineWarningDays"));
    m_warningDays->setRange(0, 365);
    m_warningDays->setSuffix(tr(" days"));
    m_warningDays->setToolTip(tr("MDF-10: warn about an approved request whose claim deadline is this close"));
    m_slaHours->setObjectName(QStringLiteral("slaHours"));
    m_slaHours->setRange(1, 24 * 60);
    m_slaHours->setSuffix(tr(" hours"));
    m_slaHours->setToolTip(tr("Submissions waiting longer for a decision are flagged in the approvals queue"));
    m_baseCurrency->setObjectName(QStringLiteral("baseCurrency"));
    m_baseCurrency->setMaxLength(3);
    m_baseCurrency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_baseCurrency));
    m_baseCurrency->setToolTip(tr("ISO 4217 code of the currency approval limits are in; requests in other "
                                  "currencies are converted with the deal settings' rates"));
    connect(m_baseCurrency, &QLineEdit::textChanged, this, &MdfSettingsDialog::updateHeader);

    m_limits->setObjectName(QStringLiteral("mdfLimitsTable"));
    m_limits->verticalHeader()->hide();
    m_limits->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_limits->setSelectionMode(QAbstractItemView::SingleSelection);
    m_limits->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                              | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_limits->setAlternatingRowColors(true);
    m_limits->horizontalHeader()->setStretchLastSection(true);
    m_limits->setMinimumHeight(160);
    auto* add = new QPushButton(tr("&Add Approver"), this);
    add->setObjectName(QStringLiteral("addLimit"));
    connect(add, &QPushButton::clicked, this, &MdfSettingsDialog::addLimitRow);
    auto* remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeLimit"));
    connect(remove, &QPushButton::clicked, this, &MdfSettingsDialog::removeCurrentRow);

    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MdfSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MdfSettingsDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Warn about claim deadlines &within:"), m_warningDays);
    form->addRow(tr("Flag undecided submissions &after:"), m_slaHours);
    form->addRow(tr("&Base currency:"), m_baseCurrency);
    auto* intro = new QLabel(tr("Approval limits (MDF-05): an approver may approve requests up to their limit, in the "
                                "base currency; a larger request goes to the person under “Escalate to”. Approvers "
                                "without a row have no limit."),
                             this);
    intro->setWordWrap(true);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(intro);
    layout->addWidget(m_limits, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    load();
    resize(560, 440);
}

QString MdfSettingsDialog::errorMessage() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void MdfSettingsDialog::updateHeader()
{
    const QString base = m_baseCurrency->text().trimmed().toUpper();
    m_limits->setHorizontalHeaderLabels(
        { tr("Approver"), tr("Limit (%1)").arg(base.isEmpty() ? QStringLiteral("—") : base), tr("Escalate to") });
}

void MdfSettingsDialog::load()
{
    MdfSettings settings(m_db);
    const Result<MdfProgram> program = settings.program();
    const Result<QList<MdfApprovalLimit>> limits = settings.approvalLimits();
    if (!program || !limits) {
        // Saving what could not be read would overwrite it with defaults and an empty table.
        showError(tr("The MDF settings could not be read: %1")
                      .arg(program ? limits.error().message : program.error().message));
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        updateHeader();
        return;
    }
    m_warningDays->setValue(program->deadlineWarningDays);
    m_slaHours->setValue(program->slaHours);
    m_baseCurrency->setText(program->baseCurrency);
    updateHeader();
    m_limits->setRowCount(0);
    for (const MdfApprovalLimit& limit : limits.value()) {
        const int row = m_limits->rowCount();
        m_limits->insertRow(row);
        m_limits->setItem(row, LimitApprover, textItem(limit.approver));
        m_limits->setItem(row, LimitAmount, textItem(amountText(limit.limitMinor, program->baseCurrency), Numeric));
        m_limits->setItem(row, LimitEscalateTo, textItem(limit.escalateTo));
    }
    m_limits->resizeColumnsToContents(); // a handful of rows
    m_limits->setColumnWidth(LimitApprover, std::max(m_limits->columnWidth(LimitApprover), 160));
    m_limits->setColumnWidth(LimitAmount, std::max(m_limits->columnWidth(LimitAmount), 140));
}

int MdfSettingsDialog::addLimitRow()
{
    const int row = m_limits->rowCount();
    m_limits->insertRow(row);
    m_limits->setItem(row, LimitApprover, textItem(QString()));
    m_limits->setItem(row, LimitAmount, textItem(QString(), Numeric));
    m_limits->setItem(row, LimitEscalateTo, textItem(QString()));
    m_limits->setCurrentCell(row, LimitApprover);
    m_limits->editItem(m_limits->item(row, LimitApprover));
    return row;
}

void MdfSettingsDialog::removeCurrentRow()
{
    const int row = m_limits->currentRow();
    if (row >= 0)
        m_limits->removeRow(row);
}

void MdfSettingsDialog::showError(const QString& message, int row, int column, QWidget* field)
{
    m_error->setText(message);
    m_error->show();
    if (row >= 0) {
        m_limits->setCurrentCell(row, column);
        m_limits->scrollToItem(m_limits->item(row, column));
        m_limits->setFocus(Qt::OtherFocusReason);
    } else if (field) {
        field->setFocus(Qt::OtherFocusReason);
    }
}

void MdfSettingsDialog::keyPressEvent(QKeyEvent* event)
{
    // Return in a cell ends that edit; it must not also press Save before the typed value is in the table.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (m_limits == focusWidget() || m_limits->isAncestorOf(focusWidget()))) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void MdfSettingsDialog::accept()
{
    //: %1 = row number in the approval limits table, %2 = what is wrong there
    const auto atRow = [](int row, const QString& message) { return tr("Row %1: %2").arg(row + 1).arg(message); };

    MdfProgram program;
    program.deadlineWarningDays = m_warningDays->value();
    program.slaHours = m_slaHours->value();
    program.baseCurrency = m_baseCurrency->text().trimmed().toUpper();
    if (!Money::isValidCurrency(program.baseCurrency)) {
        showError(tr("“%1” is not a currency code. Enter the three-letter ISO 4217 code of the base currency, for "
                     "example USD or EUR.")
                      .arg(program.baseCurrency),
                  -1, -1, m_baseCurrency);
        return;
    }
    const QString base = program.baseCurrency;

    QList<MdfApprovalLimit> limits;
    QSet<QString> approvers;
    for (int row = 0; row < m_limits->rowCount(); ++row) {
        MdfApprovalLimit limit { cellText(m_limits, row, LimitApprover), 0, cellText(m_limits, row, LimitEscalateTo) };
        const QString amount = cellText(m_limits, row, LimitAmount);
        if (limit.approver.isEmpty() && amount.isEmpty() && limit.escalateTo.isEmpty())
            continue; // an empty row added and never filled
        if (limit.approver.isEmpty()) {
            showError(atRow(row, tr("Enter the approver's user name.")), row, LimitApprover);
            return;
        }
        if (approvers.contains(limit.approver)) {
            showError(atRow(row, tr("%1 already has a limit; keep one row per approver.").arg(limit.approver)), row,
                      LimitApprover);
            return;
        }
        approvers.insert(limit.approver);
        if (amount.isEmpty()) {
            showError(atRow(row, tr("Enter the limit of %1 in %2.").arg(limit.approver, base)), row, LimitAmount);
            return;
        }
        const Result<Money> parsed = Money::parse(amount, base, QLocale());
        if (!parsed) {
            showError(atRow(row, parsed.error().message), row, LimitAmount);
            return;
        }
        limit.limitMinor = parsed->minor;
        if (limit.escalateTo == limit.approver) {
            showError(atRow(row, tr("%1 cannot escalate to themselves.").arg(limit.approver)), row, LimitEscalateTo);
            return;
        }
        limits.append(limit);
    }

    // Both in one transaction: each setter's own transaction becomes a savepoint inside this one.
    MdfSettings settings(m_db);
    Transaction transaction(m_db);
    Status status = transaction.begun();
    if (status)
        status = settings.setProgram(program);
    if (status)
        status = settings.setApprovalLimits(limits);
    if (status)
        status = transaction.commit();
    if (!status) {
        transaction.rollback();
        showError(tr("Nothing was saved. %1").arg(status.error().message));
        return;
    }
    m_error->hide();
    QDialog::accept();
}

} // namespace ChannelDesk
