#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QVariant>

namespace ChannelDesk {

/// Typed UI settings (KeePassXC style): every key has one entry in a table with its name and default, so there are
/// no scattered string keys. Stored with QSettings (registry / plist / ini per platform).
class UiSettings final
{
public:
    enum class Key {
        MainWindowGeometry,
        MainWindowState,
        PartnerHeaderState,
        PartnerSplitterState,
        SidebarVisible,
        DetailPanelVisible,
        SampleDataOffered,
        LastDatabase,
    };

    UiSettings();
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    QByteArray bytes(Key key) const { return value(key).toByteArray(); }
    bool flag(Key key) const { return value(key).toBool(); }

private:
    QSettings m_settings;
};

} // namespace ChannelDesk
