#include "ChartExport.h"

#include "csv/CsvWriter.h"
#include "pipeline/PipelineChart.h"

#include <QChart>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

namespace ChannelDesk {

namespace {

struct ExportTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::ChartExport)
};

constexpr int Dpi = 96;
constexpr int HeaderHeight = 64;

Error ioError(const QString& path, const QString& reason)
{
    return Error { Error::Code::Io,
                   ExportTr::tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), reason), reason, {} };
}

/// Light colours whatever the desktop theme: exports go on slides and paper.
QPalette exportPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x21, 0x25, 0x29));
    palette.setColor(QPalette::WindowText, QColor(0x21, 0x25, 0x29));
    return palette;
}

} // namespace

namespace ChartExport {

QSize pageSize()
{
    return QSize(960, 600);
}

QString suggestedFileName(const PipelineChart& chart, const QString& extension)
{
    QString stem = chart.title().toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption),
                 QStringLiteral("-"));
    stem.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (stem.isEmpty())
        stem = QStringLiteral("chart");
    return stem + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate) + QLatin1Char('.') + extension;
}

void render(const PipelineChart& chart, QPainter& painter, const QRectF& target)
{
    const QSizeF page = pageSize();
    const double scale = std::min(target.width() / page.width(), target.height() / page.height());
    const QRectF fitted(target.x() + (target.width() - page.width() * scale) / 2.0,
                        target.y() + (target.height() - page.height() * scale) / 2.0, page.width() * scale,
                        page.height() * scale);
    const QPalette palette = exportPalette();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(fitted.topLeft());
    painter.scale(scale, scale);
    painter.fillRect(QRectF(QPointF(0, 0), page), palette.color(QPalette::Base));

    // Header: the title, and the filter the numbers are for, so a pasted chart still says what it shows.
    QFont titleFont;
    titleFont.setPointSizeF(15);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(palette.color(QPalette::Text));
    const QRectF titleRect(20, 12, page.width() - 40, 28);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, chart.title());
    QFont contextFont;
    contextFont.setPointSizeF(9.5);
    painter.setFont(contextFont);
    painter.setPen(QColor(0x6c, 0x75, 0x7d));
    const QRectF contextRect(20, 40, page.width() - 40, 18);
    painter.drawText(contextRect, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(chart.context(), Qt::ElideRight, int(contextRect.width())));

    // A fresh chart in its own scene, laid out for the page size.
    QGraphicsScene scene;
    QChart* copy = chart.createChart(palette); // owned by the scene from here on
    scene.addItem(copy);
    const QRectF chartRect(0, 0, page.width(), page.height() - HeaderHeight);
    copy->setGeometry(chartRect);
    if (QGraphicsLayout* layout = copy->layout())
        layout->activate();
    scene.setSceneRect(chartRect);
    scene.render(&painter, QRectF(0, HeaderHeight, chartRect.width(), chartRect.height()), chartRect);
    painter.restore();
}

Status savePng(const PipelineChart& chart, const QString& path)
{
    QImage image(pageSize() * PngScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(PngScale);
    image.setDotsPerMeterX(qRound(Dpi / 0.0254));
    image.setDotsPerMeterY(qRound(Dpi / 0.0254));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        render(chart, painter, QRectF(QPointF(0, 0), QSizeF(pageSize())));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path, file.errorString());
    if (!image.save(&file, "PNG"))
        return ioError(path, ExportTr::tr("the image could not be encoded."));
    if (!file.commit())
        return ioError(path, file.errorString());
    return {};
}

Status saveSvg(const PipelineChart& chart, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path, file.errorString());
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setResolution(Dpi);
        svg.setSize(pageSize());
        svg.setViewBox(QRect(QPoint(0, 0), pageSize()));
        svg.setTitle(chart.title());
        svg.setDescription(chart.context());
        QPainter painter;
        if (!painter.begin(&svg))
            return ioError(path, ExportTr::tr("the SVG writer could not start."));
        render(chart, painter, QRectF(QPointF(0, 0), QSizeF(pageSize())));
        painter.end();
    }
    if (!file.commit())
        return ioError(path, file.errorString());
    return {};
}

Status savePdf(const PipelineChart& chart, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        // 96 dpi: the chart's point-sized fonts keep their proportion to the page; everything stays vector.
        pdf.setResolution(Dpi);
        const QSizeF points = QSizeF(pageSize()) * 72.0 / Dpi;
        pdf.setPageSize(QPageSize(points, QPageSize::Point, chart.title(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(chart.title());
        pdf.setCreator(QCoreApplication::applicationName());
        QPainter painter;
        if (!painter.begin(&pdf))
            return ioError(path, ExportTr::tr("the PDF writer could not start."));
        render(chart, painter, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())));
        painter.end();
    }
    if (!file.commit())
        return ioError(path, file.errorString());
    return {};
}

Status saveCsv(const PipelineChart& chart, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path, file.errorString());
    Csv::CsvWriter writer(file, ',', Csv::CsvWriter::Output::Utf8);
    writer.writeBom();
    const QStringList header = chart.csvHeader();
    for (const QString& name : header)
        writer.field(name, true);
    writer.endRecord();
    const QList<QStringList> rows = chart.csvRows();
    for (const QStringList& row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            // Labels, codes and the currency are text (a partner named "=SUM(…)" must stay text); the rest are
            // numbers written plainly, so a negative amount is never mistaken for a formula and neutralised.
            const bool text = column < 2 || column == row.size() - 1;
            if (text)
                writer.field(row[column], true);
            else
                writer.plainField(row[column].toLatin1());
        }
        writer.endRecord();
        if (!writer.flushIfFull())
            return ioError(path, file.errorString());
    }
    if (!writer.flush())
        return ioError(path, file.errorString());
    if (!file.commit())
        return ioError(path, file.errorString());
    return {};
}

Status print(const PipelineChart& chart, QPrinter& printer)
{
    printer.setResolution(Dpi); // see savePdf(): fonts in proportion, output vector
    printer.setPageOrientation(QPageLayout::Landscape);
    if (printer.docName().isEmpty())
        printer.setDocName(chart.title());
    QPainter painter;
    if (!painter.begin(&printer)) {
        return Error { Error::Code::Io, ExportTr::tr("The printer could not be started. Check that it is connected."),
                       {}, {} };
    }
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    render(chart, painter, QRectF(QPointF(0, 0), page.size()));
    painter.end();
    return {};
}

} // namespace ChartExport

} // namespace ChannelDesk
