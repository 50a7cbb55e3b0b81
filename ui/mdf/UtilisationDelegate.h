#pragma once

#include <QStyledItemDelegate>

namespace ChannelDesk {

/// Paints the budget tree's utilisation cell as a small bar (approved ÷ amount) with the percentage on it, from
/// BudgetTreeModel::UtilisationRole; above 100 % (an overdrawn allocation, MDF-02) the bar turns the warning colour.
class UtilisationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UtilisationDelegate)

public:
    explicit UtilisationDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace ChannelDesk
