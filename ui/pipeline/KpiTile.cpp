#include "KpiTile.h"

#include "pipeline/PipelineStyle.h"

#include <QEnterEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace ChannelDesk {

KpiTile::KpiTile(const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(QStringLiteral("—"), this))
    , m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setMinimumWidth(200);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_caption->setObjectName(QStringLiteral("caption"));
    m_value->setObjectName(QStringLiteral("value"));
    m_detail->setObjectName(QStringLiteral("detail"));
    QFont captionFont = m_caption->font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 0.92);
    m_caption->setFont(captionFont);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.75);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setTextInteractionFlags(Qt::NoTextInteraction);
    m_detail->setWordWrap(true);
    QFont detailFont = m_detail->font();
    detailFont.setPointSizeF(detailFont.pointSizeF() * 0.92);
    m_detail->setFont(detailFont);
    for (QLabel* label : { m_caption, m_detail })
        label->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    // Room for two detail lines, so tiles in a row stay the same height whatever their text.
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 2);
    updateStyle();
}

void KpiTile::setValue(const QString& value, const QString& detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    setAccessibleName(m_caption->text());
    setAccessibleDescription(detail.isEmpty() ? value : tr("%1, %2", "tile value, detail").arg(value, detail));
}

void KpiTile::setTone(Tone tone)
{
    m_tone = tone;
    updateStyle();
}

void KpiTile::setClickable(bool clickable, const QString& hint)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
    setToolTip(hint);
    updateStyle();
}

QString KpiTile::caption() const
{
    return m_caption->text();
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::detail() const
{
    return m_detail->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT clicked();
        event->accept();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent* event)
{
    if (m_clickable && (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return
                        || event->key() == Qt::Key_Enter)) {
        Q_EMIT clicked();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiTile::enterEvent(QEnterEvent* event)
{
    m_hovered = true;
    updateStyle();
    QFrame::enterEvent(event);
}

void KpiTile::leaveEvent(QEvent* event)
{
    m_hovered = false;
    updateStyle();
    QFrame::leaveEvent(event);
}

void KpiTile::updateStyle()
{
    // A coloured left edge says "look here" without shouting; the value takes the same colour.
    QColor accent = palette().color(QPalette::Mid);
    QColor valueColor = palette().color(QPalette::WindowText);
    if (m_tone == Tone::Warning) {
        accent = PipelineStyle::warningColor();
        valueColor = accent;
    } else if (m_tone == Tone::Good) {
        accent = PipelineStyle::goodColor();
        valueColor = accent;
    } else if (m_clickable) {
        accent = PipelineStyle::openColor();
    }
    const QColor border = m_hovered && m_clickable ? PipelineStyle::openColor() : palette().color(QPalette::Mid);
    setStyleSheet(QStringLiteral("ChannelDesk--KpiTile { background: palette(base); border: 1px solid %1;"
                                 " border-left: 4px solid %2; border-radius: 6px; }"
                                 " ChannelDesk--KpiTile:focus { border: 2px solid palette(highlight);"
                                 " border-left: 4px solid %2; }"
                                 " QLabel#value { color: %3; }")
                      .arg(border.name(), accent.name(), valueColor.name()));
}

} // namespace ChannelDesk
