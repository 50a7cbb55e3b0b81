#include "TierDecisionDialog.h"

#include "training/TierQueueModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ChannelDesk {

namespace {

QString levelText(const QString& name)
{
    return name.isEmpty() ? TierDecisionDialog::tr("(none)") : name;
}

} // namespace

TierDecisionDialog::TierDecisionDialog(Decision decision, const TierQueueRow& row, QWidget* parent)
    : QDialog(parent)
    , m_decision(decision)
    , m_summary(new QLabel(this))
    , m_reasons(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("tierDecisionDialog"));
    QString title;
    QString prompt;
    const QString from = levelText(row.levelName);
    const QString to = levelText(row.proposedLevelName);
    switch (decision) {
    case Decision::ApproveUpgrade:
        title = tr("Approve Upgrade");
        prompt = tr("Move %1 from %2 to %3 in %4?").arg(row.partnerName, from, to, row.programName);
        break;
    case Decision::RejectUpgrade:
        title = tr("Reject Upgrade");
        prompt = tr("Keep %1 at %2 in %3 instead of moving it to %4?").arg(row.partnerName, from, row.programName, to);
        break;
    case Decision::ConfirmDemotion:
        title = tr("Confirm Demotion");
        prompt = tr("Move %1 down from %2 to %3 in %4?").arg(row.partnerName, from, to, row.programName);
        break;
    case Decision::KeepLevel:
        title = tr("Keep Level");
        prompt = tr("Keep %1 at %2 in %3 although it no longer meets every criterion?")
                     .arg(row.partnerName, from, row.programName);
        break;
    }
    setWindowTitle(title);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setText(prompt);

    // What the evaluation found, so the decision is made on the facts (criteria met, or no longer met).
    QStringList lines;
    lines << (row.kind == QLatin1String("demotion") ? tr("Criteria no longer met:") : tr("Criteria met:"));
    for (const QString& reason : row.reasons)
        lines << QStringLiteral("• ") + reason;
    if (row.reasons.isEmpty())
        lines << tr("(no reasons recorded)");
    if (row.pendingSince.isValid())
        lines << tr("Pending since %1 (%n day(s)).", nullptr, row.ageDays)
                     .arg(QLocale().toString(row.pendingSince.toLocalTime(), QLocale::ShortFormat));
    m_reasons->setObjectName(QStringLiteral("proposalReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::PlainText);
    m_reasons->setText(lines.join(QLatin1Char('\n')));

    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_reasonLabel->setText(needsReason(decision) ? tr("&Reason:") : tr("&Note:"));
    m_reasonLabel->setBuddy(m_reason);
    m_reason->setPlaceholderText(needsReason(decision) ? tr("Required: kept in the partner's tier history")
                                                       : tr("Optional"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(title);

    auto* form = new QFormLayout;
    form->addRow(m_reasonLabel, m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_reasons);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &TierDecisionDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reason->setFocus();
    updateOk();
}

bool TierDecisionDialog::needsReason(Decision decision)
{
    return decision != Decision::ApproveUpgrade;
}

QString TierDecisionDialog::actionText(Decision decision)
{
    switch (decision) {
    case Decision::ApproveUpgrade: return tr("Approve Upgrade…");
    case Decision::RejectUpgrade: return tr("Reject…");
    case Decision::ConfirmDemotion: return tr("Confirm Demotion…");
    case Decision::KeepLevel: return tr("Keep Level…");
    }
    return {};
}

QString TierDecisionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QPushButton* TierDecisionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void TierDecisionDialog::updateOk()
{
    okButton()->setEnabled(!needsReason(m_decision) || !reason().isEmpty());
}

} // namespace ChannelDesk
