#include "PipelineStyle.h"

namespace ChannelDesk::PipelineStyle {

// From the Okabe-Ito palette, which stays distinguishable with the common colour-vision deficiencies: blue for open,
// its lighter sky blue for weighted open, bluish green for won, grey for targets, vermillion for warnings.
QColor openColor() { return QColor(0x00, 0x72, 0xb2); }
QColor weightedColor() { return QColor(0x56, 0xb4, 0xe9); }
QColor wonColor() { return QColor(0x00, 0x9e, 0x73); }
QColor targetColor() { return QColor(0x99, 0x99, 0x99); }
QColor warningColor() { return QColor(0xd5, 0x5e, 0x00); }
QColor goodColor() { return QColor(0x00, 0x9e, 0x73); }

QColor tierColor(const QString& tierCode)
{
    if (tierCode == QLatin1String("platinum"))
        return QColor(0x5c, 0x6f, 0x82);
    if (tierCode == QLatin1String("gold"))
        return QColor(0xe6, 0x9f, 0x00);
    if (tierCode == QLatin1String("silver"))
        return QColor(0xa8, 0xb2, 0xbd);
    if (tierCode == QLatin1String("registered"))
        return QColor(0xcc, 0x79, 0xa7);
    return QColor(0xd6, 0xdb, 0xe0); // no tier, or a code added later
}

} // namespace ChannelDesk::PipelineStyle
