#pragma once

#include <QDateEdit>

namespace ChannelDesk {

/// A date field that can also be empty ("no date"): the minimum date stands for none and shows as a dash.
/// Delete or Backspace on a fully selected field clears it.
class OptionalDateEdit final : public QDateEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionalDateEdit)

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    /// Invalid when empty.
    QDate optionalDate() const;
    void setOptionalDate(const QDate& date);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace ChannelDesk
