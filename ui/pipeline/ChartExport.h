#pragma once

#include "common/Result.h"

#include <QRectF>
#include <QSize>
#include <QString>

class QPainter;
class QPrinter;

namespace ChannelDesk {

class PipelineChart;

/// Writes a dashboard chart to files and printers, with no dialogs (the chart's menu asks for the file name).
/// Every format draws the same page: the chart's title, the filter it shows, and a fresh copy of the chart at a fixed
/// 16:10 size in light colours, whatever the window size or theme; vector formats stay vector.
namespace ChartExport {

/// The page in logical pixels (96 per inch); PNG files are rendered at twice this (sharp on slides and HiDPI).
QSize pageSize();
constexpr int PngScale = 2;

/// "pipeline-by-stage-2026-06-30.png": the title in lower case with dashes, and today's date.
QString suggestedFileName(const PipelineChart& chart, const QString& extension);

/// Draws the page into `target` (scaled to fit, centred). `painter`'s device must be at 96 dpi so point-sized fonts
/// keep their size relative to the page; the save functions below make sure of that.
void render(const PipelineChart& chart, QPainter& painter, const QRectF& target);

Status savePng(const PipelineChart& chart, const QString& path);
Status saveSvg(const PipelineChart& chart, const QString& path);
Status savePdf(const PipelineChart& chart, const QString& path);
/// The chart's data (PipelineChart::csvHeader/csvRows): UTF-8 with BOM, comma, CRLF; text cells that a spreadsheet
/// would run as a formula are neutralised (CsvText).
Status saveCsv(const PipelineChart& chart, const QString& path);
/// Prints one page, landscape, the chart fitted inside the margins.
Status print(const PipelineChart& chart, QPrinter& printer);

} // namespace ChartExport

} // namespace ChannelDesk
