#include "SimilarDealsPanel.h"

#include "domain/Deal.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ChannelDesk {

namespace {
const QColor Blocking(0xb0, 0x3a, 0x2e);
const QColor Different(0x5f, 0x4b, 0x00);
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

SimilarDealsPanel::SimilarDealsPanel(QWidget* parent)
    : QGroupBox(tr("Similar registrations"), parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("similarPanel"));
    m_summary->setObjectName(QStringLiteral("similarSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("similarList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("Number"), tr("Partner"), tr("Customer"), tr("Status"), tr("Expires"),
                              tr("Common products"), tr("Note") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 9);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT openRequested(item->data(0, IdRole).toByteArray());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
}

void SimilarDealsPanel::setSimilar(const QList<SimilarDeal>& similar)
{
    m_list->clear();
    m_blocking = 0;
    const QLocale locale;
    for (const SimilarDeal& deal : similar) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, IdRole, deal.id);
        item->setText(Number, deal.number);
        item->setText(Partner, deal.partnerName);
        item->setText(Customer, deal.customerName);
        item->setText(Status, dealStatusLabel(deal.status));
        item->setText(Expires, deal.expiresOn.isValid() ? locale.toString(deal.expiresOn, QLocale::ShortFormat) : QString());
        item->setText(CommonProducts, locale.createSeparatedList(deal.commonProducts));
        item->setToolTip(Customer, deal.matchedOn == QLatin1String("domain")
                                       ? tr("Same website or e-mail domain")
                                       : tr("Same customer name once legal forms and punctuation are ignored"));
        QStringList notes;
        if (deal.blocksApproval) {
            ++m_blocking;
            notes.append(tr("Blocks approval: approved and protected until %1 (first in wins)")
                             .arg(locale.toString(deal.expiresOn, QLocale::ShortFormat)));
        }
        if (!deal.sameLegalEntity)
            notes.append(tr("Different legal entity — not merged"));
        item->setText(Note, notes.join(QStringLiteral("; ")));
        item->setToolTip(Note, item->text(Note));
        if (deal.blocksApproval) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int column = 0; column < ColumnCount; ++column) {
                item->setForeground(column, Blocking);
                item->setFont(column, bold);
            }
        } else if (!deal.sameLegalEntity) {
            item->setForeground(Note, Different);
        }
    }
    for (int column = 0; column < Note; ++column)
        m_list->resizeColumnToContents(column); // a handful of rows: cheap
    m_list->setVisible(!similar.isEmpty());
    if (similar.isEmpty()) {
        m_summary->setText(tr("No other active registration has this customer and a product in common."));
        m_summary->setStyleSheet(QString());
    } else if (m_blocking > 0) {
        m_summary->setText(tr("%n similar registration(s), %1: this one cannot be approved while the other is "
                              "protected.", nullptr, static_cast<int>(similar.size()))
                               .arg(tr("%n blocking approval", nullptr, m_blocking)));
        m_summary->setStyleSheet(QStringLiteral("QLabel { color: #b03a2e; font-weight: bold; }"));
    } else {
        m_summary->setText(tr("%n registration(s) with the same customer and a product in common. Check them "
                              "before deciding.", nullptr, static_cast<int>(similar.size())));
        m_summary->setStyleSheet(QString());
    }
}

void SimilarDealsPanel::setUnavailable(const QString& message)
{
    m_list->clear();
    m_list->hide();
    m_blocking = 0;
    m_summary->setText(message);
    m_summary->setStyleSheet(QString());
}

} // namespace ChannelDesk
