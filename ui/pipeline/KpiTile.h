#pragma once

#include <QFrame>

class QLabel;

namespace ChannelDesk {

/// One key figure of the dashboard: a caption, a large value and a detail line. A tile that stands for a set of
/// deals (past close, stalled, converted) is clickable, by mouse or by keyboard (Space/Enter), and then emits
/// clicked() so the screen can drill down to those deals.
class KpiTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTile)

public:
    enum class Tone { Normal, Good, Warning };

    KpiTile(const QString& caption, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& detail = {});
    void setTone(Tone tone);
    /// Makes the tile a drill-down target; `hint` is its tooltip ("Show the deals past their close date").
    void setClickable(bool clickable, const QString& hint = {});
    bool isClickable() const { return m_clickable; }

    QString caption() const;
    QString value() const;
    QString detail() const;

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void updateStyle();

    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_detail;
    Tone m_tone = Tone::Normal;
    bool m_clickable = false;
    bool m_hovered = false;
};

} // namespace ChannelDesk
