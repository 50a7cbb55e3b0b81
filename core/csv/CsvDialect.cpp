#include "csv/CsvDialect.h"

#include <QCoreApplication>

namespace ChannelDesk::Csv {

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case Encoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case Encoding::Windows1252:
        return QStringLiteral("windows-1252");
    case Encoding::Windows1258:
        return QStringLiteral("windows-1258");
    }
    return {};
}

std::optional<Encoding> encodingFromName(QStringView name)
{
    // Compare without case, spaces, '-' and '_' so "UTF-8", "utf8", "CP1252" and "windows_1258" all match.
    QString key;
    key.reserve(name.size());
    for (QChar c : name.trimmed())
        if (c != u'-' && c != u'_' && c != u' ')
            key.append(c.toLower());
    if (key == u"utf8")
        return Encoding::Utf8;
    if (key == u"utf16le" || key == u"utf16")
        return Encoding::Utf16LE;
    if (key == u"utf16be")
        return Encoding::Utf16BE;
    if (key == u"windows1252" || key == u"cp1252" || key == u"win1252" || key == u"ansi")
        return Encoding::Windows1252;
    if (key == u"windows1258" || key == u"cp1258" || key == u"win1258")
        return Encoding::Windows1258;
    // Latin-1 is refused on purpose: it misreads 0x80–0x9F (€ – „ “ in 1252).
    return std::nullopt;
}

QString encodingLabel(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QCoreApplication::translate("ChannelDesk::Csv::Dialect", "UTF-8");
    case Encoding::Utf16LE:
        return QCoreApplication::translate("ChannelDesk::Csv::Dialect", "UTF-16 (little-endian)");
    case Encoding::Utf16BE:
        return QCoreApplication::translate("ChannelDesk::Csv::Dialect", "UTF-16 (big-endian)");
    case Encoding::Windows1252:
        return QCoreApplication::translate("ChannelDesk::Csv::Dialect", "Windows-1252 (Western European)");
    case Encoding::Windows1258:
        return QCoreApplication::translate("ChannelDesk::Csv::Dialect", "Windows-1258 (Vietnamese)");
    }
    return {};
}

QString lineEndingsName(LineEndings endings)
{
    switch (endings) {
    case LineEndings::None:
        return QStringLiteral("none");
    case LineEndings::CRLF:
        return QStringLiteral("crlf");
    case LineEndings::LF:
        return QStringLiteral("lf");
    case LineEndings::CR:
        return QStringLiteral("cr");
    case LineEndings::Mixed:
        return QStringLiteral("mixed");
    }
    return {};
}

QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return QStringLiteral("comma");
    case u';':
        return QStringLiteral("semicolon");
    case u'\t':
        return QStringLiteral("tab");
    case u'|':
        return QStringLiteral("pipe");
    default:
        return QString(delimiter);
    }
}

std::optional<QChar> delimiterFromName(QStringView name)
{
    // "\t" may arrive either as a real TAB or as the two characters backslash-t (from a shell).
    if (name == u"\t" || name == u"\\t")
        return QChar(u'\t');
    const QString key = name.trimmed().toString().toLower();
    if (key == u"," || key == u"comma")
        return QChar(u',');
    if (key == u";" || key == u"semicolon")
        return QChar(u';');
    if (key == u"tab")
        return QChar(u'\t');
    if (key == u"|" || key == u"pipe")
        return QChar(u'|');
    return std::nullopt;
}

} // namespace ChannelDesk::Csv
