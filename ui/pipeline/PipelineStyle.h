#pragma once

#include <QColor>
#include <QString>

namespace ChannelDesk::PipelineStyle {

/// One colour per measure, the same in every tile, chart and export, so "won" is always the same green.
QColor openColor();     ///< open pipeline amount
QColor weightedColor(); ///< weighted pipeline (PIPE-01)
QColor wonColor();      ///< won (reported separately)
QColor targetColor();   ///< quarterly target (PIPE-05)
QColor warningColor();  ///< past close, stalled, missing rates
QColor goodColor();     ///< coverage at or above 3×
/// Partner tiers: metal colours for silver/gold/platinum, neutral for the rest.
QColor tierColor(const QString& tierCode);

} // namespace ChannelDesk::PipelineStyle
