#include "FieldComboDelegate.h"

#include "csv/ImportField.h"

#include <QComboBox>

namespace ChannelDesk {

QWidget* FieldComboDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("fieldCombo"));
    box->addItem(tr("Don't import"), QString());
    box->insertSeparator(1);
    bool contactSeparator = false;
    for (const Csv::ImportField& field : Csv::importFields()) {
        if (field.contact && !contactSeparator) {
            box->insertSeparator(box->count());
            contactSeparator = true;
        }
        box->addItem(field.label(), field.key);
    }
    box->setMaxVisibleItems(20);
    // Commit as soon as a field is picked: one click less per column.
    connect(box, &QComboBox::activated, this, [this, box] {
        Q_EMIT const_cast<FieldComboDelegate*>(this)->commitData(box);
        Q_EMIT const_cast<FieldComboDelegate*>(this)->closeEditor(box);
    });
    return box;
}

void FieldComboDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* box = static_cast<QComboBox*>(editor);
    const int at = box->findData(index.data(Qt::EditRole).toString());
    box->setCurrentIndex(at < 0 ? 0 : at);
}

void FieldComboDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* box = static_cast<QComboBox*>(editor);
    model->setData(index, box->currentData().toString(), Qt::EditRole);
}

} // namespace ChannelDesk
