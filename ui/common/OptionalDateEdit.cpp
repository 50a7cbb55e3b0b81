#include "OptionalDateEdit.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalBlocker>

namespace ChannelDesk {

namespace {
const QDate NoDate(1900, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(NoDate);
    setSpecialValueText(QStringLiteral("—"));
    setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    setDate(NoDate);
    // Opening the calendar on an empty field should start at today, not in 1900.
    calendarWidget()->setSelectedDate(QDate::currentDate());
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == NoDate ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate& value)
{
    setDate(value.isValid() ? value : NoDate);
    if (!value.isValid()) {
        // Without the blocker the calendar popup reports the new selection back as the field's date: an emptied
        // field would show today as soon as the popup exists (once a date has been set).
        const QSignalBlocker blocker(calendarWidget());
        calendarWidget()->setSelectedDate(QDate::currentDate());
    }
}

void OptionalDateEdit::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        && (lineEdit()->selectedText() == lineEdit()->text() || date() == NoDate)) {
        setOptionalDate({});
        event->accept();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

} // namespace ChannelDesk
