#include "UtilisationDelegate.h"

#include "mdf/BudgetTreeModel.h"
#include "pipeline/PipelineStyle.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace ChannelDesk {

UtilisationDelegate::UtilisationDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

void UtilisationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear(); // background and selection from the style, the bar and its text below
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QVariant ratio = index.data(BudgetTreeModel::UtilisationRole);
    if (!ratio.isValid())
        return;
    const double value = ratio.toDouble();
    const QRect track = option.rect.adjusted(4, 3, -4, -3);
    if (track.width() <= 0 || track.height() <= 0)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe8, 0xeb, 0xee));
    painter->drawRoundedRect(track, 3, 3);
    const int filled = int(track.width() * std::clamp(value, 0.0, 1.0));
    if (filled > 0) {
        QColor fill = value > 1.0 ? PipelineStyle::warningColor() : PipelineStyle::weightedColor();
        painter->setBrush(fill);
        painter->drawRoundedRect(QRect(track.left(), track.top(), filled, track.height()), 3, 3);
    }
    painter->setPen(value > 1.0 ? QColor(Qt::white) : QColor(0x1f, 0x29, 0x33));
    painter->drawText(track, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace ChannelDesk
