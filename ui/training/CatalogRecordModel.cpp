#include "CatalogRecordModel.h"

namespace ChannelDesk {

int CatalogRecordModel::rowOf(const QByteArray& id) const
{
    if (id.isEmpty())
        return -1;
    for (int row = 0; row < rowCount(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

} // namespace ChannelDesk
