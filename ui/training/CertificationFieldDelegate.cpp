#include "CertificationFieldDelegate.h"

#include "training/CertificationImporter.h"

#include <QComboBox>

namespace ChannelDesk {

QWidget* CertificationFieldDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                                  const QModelIndex&) const
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("certificationFieldCombo"));
    box->addItem(tr("Don't import"), QString());
    box->insertSeparator(1);
    for (const CertificationImportField& field : CertificationImporter::fields())
        box->addItem(field.label(), field.key);
    box->setMaxVisibleItems(20);
    // Commit as soon as a field is picked (mouse or keyboard), one click less per column.
    connect(box, &QComboBox::activated, this, [this, box] {
        Q_EMIT const_cast<CertificationFieldDelegate*>(this)->commitData(box);
    });
    return box;
}

void CertificationFieldDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* box = static_cast<QComboBox*>(editor);
    const int at = box->findData(index.data(Qt::EditRole).toString());
    box->setCurrentIndex(at < 0 ? 0 : at);
}

void CertificationFieldDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* box = static_cast<QComboBox*>(editor);
    model->setData(index, box->currentData().toString(), Qt::EditRole);
}

} // namespace ChannelDesk
