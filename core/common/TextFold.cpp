#include "TextFold.h"

#include <QHash>

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

} // namespace

namespace {

// The slow, exact fold of one character: compatibility decomposition, marks dropped, special letters mapped,
// case folded. Called once per distinct character and cached.
QString foldCharacter(QStringView character)
{
    QString out;
    const QString decomposed = character.toString().normalized(QString::NormalizationForm_KD);
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

} // namespace

QString fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    // Character by character with a per-thread cache: folding runs for every partner written (a million in a
    // bulk load), and normalising whole strings cost more than inserting the rows. Combining marks fold to
    // nothing on their own, so NFC and NFD input give the same result.
    thread_local QHash<char16_t, QString> cache;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x80) {
            out.append(QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u));
            continue;
        }
        if (QChar::isHighSurrogate(u) && i + 1 < text.size()) {
            out.append(foldCharacter(text.mid(i, 2))); // outside the BMP: rare, not cached
            ++i;
            continue;
        }
        auto it = cache.constFind(u);
        if (it == cache.cend())
            it = cache.insert(u, foldCharacter(text.mid(i, 1)));
        out.append(*it);
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
