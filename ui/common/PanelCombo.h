#pragma once

class QComboBox;
class QWidget;

namespace ChannelDesk {

/// A combo box for a detail panel's form: as wide as the panel gives it rather than its longest item (a country
/// or an allocation named in Vietnamese would otherwise make the whole form scroll sideways). Its pop-up still
/// widens to show whole items.
QComboBox* panelCombo(QWidget* parent);

} // namespace ChannelDesk
