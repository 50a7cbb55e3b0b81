#pragma once

#include <QStyledItemDelegate>

namespace ChannelDesk {

/// The "Imported as" cell of the certification import's column step: a combo box of every certification field plus
/// "Don't import", committed as soon as one is picked. The dialog keeps one open per column (persistent editors).
class CertificationFieldDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificationFieldDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace ChannelDesk
