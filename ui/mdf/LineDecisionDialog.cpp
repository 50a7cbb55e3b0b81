#include "LineDecisionDialog.h"

#include "mdf/MdfFormSupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ChannelDesk {

LineDecisionDialog::LineDecisionDialog(const MdfRequest& request, qint64 allocationMinor, qint64 remainingMinor,
                                       bool allowNegative, QWidget* parent)
    : QDialog(parent)
    , m_request(request)
    , m_remainingMinor(remainingMinor)
    , m_allowNegative(allowNegative)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_allocation(new QLabel(this))
    , m_total(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("lineDecisionDialog"));
    setWindowTitle(tr("Approve %1").arg(request.number));
    const QString cur = request.requested.currency;

    auto* prompt = new QLabel(tr("Decide each cost line of “%1”: accept it as is, accept it with a smaller amount, or "
                                 "deny it. The partner may claim up to the vendor share of what you approve.")
                                  .arg(request.title),
                              this);
    prompt->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("decisions"));
    m_table->setHorizontalHeaderLabels({ tr("Line"), tr("Requested"), tr("Decision"), tr("Approved"), tr("Note") });
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    for (const MdfRequestLine& line : request.lines) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* description = new QTableWidgetItem(line.description);
        description->setData(Qt::UserRole, line.key);
        m_table->setItem(row, DescriptionColumn, description);
        auto* requested = new QTableWidgetItem(MdfForm::money(line.requestedMinor, cur));
        requested->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, RequestedColumn, requested);

        auto* decision = new QComboBox(m_table);
        decision->setObjectName(QStringLiteral("decision"));
        decision->addItem(tr("Accept as is"), QStringLiteral("accepted"));
        decision->addItem(tr("Accept with changes"), QStringLiteral("changed"));
        decision->addItem(tr("Deny"), QStringLiteral("denied"));
        auto* approved = new QLineEdit(m_table);
        approved->setObjectName(QStringLiteral("approved"));
        approved->setAlignment(Qt::AlignRight);
        approved->setText(MdfForm::editText(line.requestedMinor, cur));
        approved->setEnabled(false);
        auto* note = new QLineEdit(m_table);
        note->setObjectName(QStringLiteral("note"));
        note->setPlaceholderText(tr("Optional; the partner sees it"));
        m_table->setCellWidget(row, DecisionColumn, decision);
        m_table->setCellWidget(row, ApprovedColumn, approved);
        m_table->setCellWidget(row, NoteColumn, note);

        const qint64 requestedMinor = line.requestedMinor;
        connect(decision, &QComboBox::currentIndexChanged, this, [this, decision, approved, requestedMinor, cur] {
            const QString code = decision->currentData().toString();
            approved->setEnabled(code == QLatin1String("changed"));
            if (code == QLatin1String("accepted"))
                approved->setText(MdfForm::editText(requestedMinor, cur));
            else if (code == QLatin1String("denied"))
                approved->setText(MdfForm::editText(0, cur));
            else {
                approved->setFocus();
                approved->selectAll();
            }
            refresh();
        });
        connect(approved, &QLineEdit::textChanged, this, &LineDecisionDialog::refresh);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);

    m_allocation->setObjectName(QStringLiteral("allocationRemaining"));
    m_allocation->setWordWrap(true);
    m_allocation->setText(tr("The allocation has %1 left of %2%3.")
                              .arg(MdfForm::money(remainingMinor, cur), MdfForm::money(allocationMinor, cur),
                                   allowNegative ? tr(" (its budget allows a negative balance)") : QString()));
    m_total->setObjectName(QStringLiteral("totalApproved"));
    m_warning->setObjectName(QStringLiteral("warning"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Optional; kept in the history"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Approve"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Note:"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_allocation);
    layout->addWidget(m_warning);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 420);
    refresh();
}

void LineDecisionDialog::setDecision(int row, const QString& decision, const QString& amountText)
{
    auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, DecisionColumn));
    auto* approved = qobject_cast<QLineEdit*>(m_table->cellWidget(row, ApprovedColumn));
    if (!combo || !approved)
        return;
    combo->setCurrentIndex(combo->findData(decision));
    if (!amountText.isEmpty())
        approved->setText(amountText);
}

QList<MdfLineDecision> LineDecisionDialog::decisions() const
{
    QList<MdfLineDecision> result;
    const QString cur = m_request.requested.currency;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, DecisionColumn));
        const auto* approved = qobject_cast<QLineEdit*>(m_table->cellWidget(row, ApprovedColumn));
        const auto* note = qobject_cast<QLineEdit*>(m_table->cellWidget(row, NoteColumn));
        MdfLineDecision decision;
        decision.key = m_table->item(row, DescriptionColumn)->data(Qt::UserRole).toString();
        decision.decision = combo->currentData().toString();
        const Result<qint64> amount = MdfForm::parseAmount(approved->text(), cur);
        decision.approvedMinor = amount ? *amount : 0;
        decision.note = note->text().trimmed();
        result.append(decision);
    }
    return result;
}

QString LineDecisionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

qint64 LineDecisionDialog::totalApprovedMinor() const
{
    const QString cur = m_request.requested.currency;
    qint64 total = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, DecisionColumn));
        const auto* approved = qobject_cast<QLineEdit*>(m_table->cellWidget(row, ApprovedColumn));
        const QString code = combo->currentData().toString();
        if (code == QLatin1String("denied"))
            continue;
        const Result<qint64> amount = MdfForm::parseAmount(approved->text(), cur);
        if (!amount)
            return -1;
        total += *amount;
    }
    return total;
}

void LineDecisionDialog::refresh()
{
    const QString cur = m_request.requested.currency;
    QString problem;
    for (int row = 0; row < m_table->rowCount() && problem.isEmpty(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, DecisionColumn));
        auto* approved = qobject_cast<QLineEdit*>(m_table->cellWidget(row, ApprovedColumn));
        if (combo->currentData().toString() != QLatin1String("changed")) {
            approved->setStyleSheet(QString());
            continue;
        }
        const qint64 requested = m_request.lines.value(row).requestedMinor;
        const Result<qint64> amount = MdfForm::parseAmount(approved->text(), cur);
        if (!amount)
            problem = tr("Line %1: %2").arg(row + 1).arg(amount.error().message);
        else if (*amount <= 0)
            problem = tr("Line %1: a changed line needs an amount above zero; deny it instead.").arg(row + 1);
        else if (*amount >= requested)
            problem = tr("Line %1: a changed amount must be less than the %2 requested; accept it as is otherwise.")
                          .arg(row + 1)
                          .arg(MdfForm::money(requested, cur));
        approved->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { color: #b03a2e; }"));
    }
    const qint64 total = totalApprovedMinor();
    const qint64 requested = m_request.linesRequestedMinor();
    if (total >= 0) {
        m_total->setText(tr("Approved: %1 of %2 requested; the partner may claim up to %3 (vendor share).")
                             .arg(MdfForm::money(total, cur), MdfForm::money(requested, cur),
                                  MdfForm::money(mdfShareOf(total, m_request.vendorShareBp), cur)));
        m_total->setProperty("totalMinor", total);
    } else {
        m_total->setText(tr("Approved: —"));
        m_total->setProperty("totalMinor", QVariant());
    }
    if (problem.isEmpty() && total == 0)
        problem = tr("Every line is denied: reject or decline the request instead.");

    if (!problem.isEmpty()) {
        MdfForm::showMessage(m_warning, problem, MdfForm::Tone::Error);
    } else if (total > m_remainingMinor) {
        // Say it before the approval is refused (MDF-02), or point out the overdraft a budget allows.
        const QString text = m_allowNegative
            ? tr("Approving %1 overdraws the allocation by %2; its budget allows a negative balance.")
                  .arg(MdfForm::money(total, cur), MdfForm::money(total - m_remainingMinor, cur))
            : tr("Approving %1 would exceed what the allocation has left (%2) by %3: the approval will be refused "
                 "(MDF-02). Approve less or change lines.")
                  .arg(MdfForm::money(total, cur), MdfForm::money(m_remainingMinor, cur),
                       MdfForm::money(total - m_remainingMinor, cur));
        MdfForm::showMessage(m_warning, text, MdfForm::Tone::Warning);
    } else {
        MdfForm::showMessage(m_warning, QString(), MdfForm::Tone::Info);
    }
    m_warning->setProperty("breaksMdf02", problem.isEmpty() && total > m_remainingMinor && !m_allowNegative);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace ChannelDesk
