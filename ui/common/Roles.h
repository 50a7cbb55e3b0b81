#pragma once

#include <Qt>

namespace ChannelDesk::Roles {

// Custom item roles shared by every ChannelDesk model. An unscoped enum so values pass straight to data().
enum : int {
    RawValueRole = Qt::UserRole + 1, ///< the typed value behind a cell (codes, QDate, minor units); never parse display text
    IdRole,                          ///< the record's UUID bytes
    LoadingRole,                     ///< true while a lazy row is still being fetched
};

} // namespace ChannelDesk::Roles
