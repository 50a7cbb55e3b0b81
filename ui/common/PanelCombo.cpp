#include "PanelCombo.h"

#include <QComboBox>

namespace ChannelDesk {

QComboBox* panelCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    return combo;
}

} // namespace ChannelDesk
