#include "csv/CsvText.h"

namespace ChannelDesk::Csv::CsvText {

namespace {

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

/// Whether `value` is one or more apostrophes followed by a formula-like rest: the values whose leading apostrophe
/// restoreNeutralised() takes off. Shared by both directions so they stay exact inverses.
bool isApostrophesThenFormula(QStringView value)
{
    qsizetype i = 0;
    while (i < value.size() && value[i] == u'\'')
        ++i;
    return i > 0 && i < value.size() && isFormulaStart(value[i]);
}

// QChar::isSpace() already covers NBSP and U+202F; these format characters are invisible but not spaces.
bool isTrimmable(QChar c)
{
    if (c.isSpace())
        return true;
    switch (c.unicode()) {
    case 0x200B: // zero width space
    case 0x200C: // zero width non-joiner
    case 0x200D: // zero width joiner
    case 0x2060: // word joiner
    case 0xFEFF: // BOM / zero width no-break space
        return true;
    default:
        return false;
    }
}

} // namespace

bool isFormulaLike(QStringView value)
{
    return !value.isEmpty() && isFormulaStart(value.front());
}

QString neutralise(const QString& value)
{
    // "'=x" must become "''=x", otherwise the import would take its apostrophe for ours and return "=x".
    if (isFormulaLike(value) || isApostrophesThenFormula(value))
        return QLatin1Char('\'') + value;
    return value;
}

QString restoreNeutralised(const QString& value)
{
    return isApostrophesThenFormula(value) ? value.mid(1) : value;
}

QString cleaned(QStringView value)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && isTrimmable(value[begin]))
        ++begin;
    while (end > begin && isTrimmable(value[end - 1]))
        --end;
    return value.sliced(begin, end - begin).toString();
}

} // namespace ChannelDesk::Csv::CsvText
