#include "UiSettings.h"

namespace ChannelDesk {

namespace {

struct KeyInfo
{
    UiSettings::Key key;
    const char* name;
    QVariant defaultValue;
};

const KeyInfo& info(UiSettings::Key key)
{
    using K = UiSettings::Key;
    static const KeyInfo table[] = {
        { K::MainWindowGeometry, "MainWindow/Geometry", QVariant() },
        { K::MainWindowState, "MainWindow/State", QVariant() },
        { K::PartnerHeaderState, "Partners/HeaderState", QVariant() },
        { K::PartnerSplitterState, "Partners/SplitterState", QVariant() },
        { K::SidebarVisible, "MainWindow/SidebarVisible", true },
        { K::DetailPanelVisible, "Partners/DetailPanelVisible", true },
        { K::SampleDataOffered, "General/SampleDataOffered", false },
        { K::LastDatabase, "General/LastDatabase", QVariant() },
    };
    for (const KeyInfo& entry : table) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

} // namespace

UiSettings::UiSettings() = default;

QVariant UiSettings::value(Key key) const
{
    const KeyInfo& entry = info(key);
    return m_settings.value(QLatin1String(entry.name), entry.defaultValue);
}

void UiSettings::setValue(Key key, const QVariant& value)
{
    m_settings.setValue(QLatin1String(info(key).name), value);
}

} // namespace ChannelDesk
