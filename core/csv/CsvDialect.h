#pragma once

#include <QChar>
#include <QString>

#include <optional>

namespace ChannelDesk::Csv {

/// The text encodings ChannelDesk reads and writes. Single-byte Windows code pages are converted with ICU (ucnv),
/// never with hand-written tables, and never as Latin-1 (0x80–0x9F hold € – „ “ in 1252).
enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252, Windows1258 };

/// Stable names used in the CLI (`--encoding`), reports and saved templates: "utf-8", "utf-16le", "utf-16be",
/// "windows-1252", "windows-1258".
QString encodingName(Encoding encoding);
/// Accepts the stable names and common aliases (utf8, cp1252, latin-1 is refused); empty when unknown.
std::optional<Encoding> encodingFromName(QStringView name);
/// A label for people ("UTF-8", "Windows-1258 (Vietnamese)"), translated.
QString encodingLabel(Encoding encoding);

enum class LineEndings { None, CRLF, LF, CR, Mixed };
QString lineEndingsName(LineEndings endings); ///< "crlf", "lf", "cr", "mixed", "none"

/// How a file is written: found by CsvReader (each part either detected or set by the user) and reported.
struct Dialect
{
    Encoding encoding = Encoding::Utf8;
    bool bom = false;              ///< the file starts with a byte-order mark
    bool encodingDetected = true;  ///< false when the user chose it
    QChar delimiter = u',';        ///< one of , ; TAB |
    bool delimiterDetected = true; ///< false when the user chose it or a sep= line set it
    bool sepDirective = false;     ///< the first line was an Excel `sep=X` line (not data)
    LineEndings lineEndings = LineEndings::None;
};

/// The delimiter's name for reports and the CLI: "comma", "semicolon", "tab", "pipe".
QString delimiterName(QChar delimiter);
/// Accepts ",", ";", "\t", "tab", "|", "comma", "semicolon", "pipe"; empty when not one of the four.
std::optional<QChar> delimiterFromName(QStringView name);

} // namespace ChannelDesk::Csv
