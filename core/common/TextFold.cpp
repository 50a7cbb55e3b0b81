#include "TextFold.h"

namespace ChannelDesk::TextFold {

namespace {

// Letters that Unicode does not decompose into base + mark, so stripping marks alone would keep them.
const char16_t* specialFold(char16_t c)
{
    switch (c) {
    case u'đ': case u'Đ': case u'ð': case u'Ð': return u"d";
    case u'ø': case u'Ø': return u"o";
    case u'ł': case u'Ł': return u"l";
    case u'ß': case u'ẞ': return u"ss";
    case u'æ': case u'Æ': return u"ae";
    case u'œ': case u'Œ': return u"oe";
    case u'þ': case u'Þ': return u"th";
    case u'ı': return u"i";
    case u'ħ': case u'Ħ': return u"h";
    default: return nullptr;
    }
}

bool isAsciiOnly(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QString fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    if (isAsciiOnly(text)) {
        // Fast path: most partner data is plain ASCII, and this runs a million times in bulk writes.
        for (QChar c : text) {
            const char16_t u = c.unicode();
            out.append(QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u));
        }
        return out;
    }
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    for (QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing || category == QChar::Other_Format)
            continue; // accents, and zero-width characters pasted from spreadsheets
        if (const char16_t* replacement = specialFold(c.unicode())) {
            out.append(QString::fromUtf16(replacement));
            continue;
        }
        if (c.isSpace()) {
            out.append(QLatin1Char(' '));
            continue;
        }
        out.append(c.toCaseFolded());
    }
    return out;
}

QStringList words(QStringView text)
{
    const QString folded = fold(text);
    QStringList result;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool wordChar = i < folded.size() && folded.at(i).isLetterOrNumber();
        if (wordChar && start < 0)
            start = i;
        else if (!wordChar && start >= 0) {
            result.append(folded.mid(start, i - start));
            start = -1;
        }
    }
    return result;
}

QString ftsPrefixQuery(QStringView userText)
{
    QStringList terms;
    for (const QString& word : words(userText))
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

QString foldKeepAccents(QStringView text)
{
    return text.toString().normalized(QString::NormalizationForm_C).toCaseFolded().simplified();
}

} // namespace ChannelDesk::TextFold
