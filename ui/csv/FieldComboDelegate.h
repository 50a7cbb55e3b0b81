#pragma once

#include <QStyledItemDelegate>

namespace ChannelDesk {

/// Edits the "Import into" cell of the mapping step with a combo box of every importable field plus "Don't import".
class FieldComboDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldComboDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace ChannelDesk
