#pragma once

#include "csv/CsvDialect.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <optional>

namespace ChannelDesk::Csv {

/// Converts a CSV file's bytes to UTF-8 chunk by chunk, so that one ASCII-compatible byte parser serves every
/// encoding (delimiters, quotes, CR and LF are single bytes that never occur inside a UTF-8 multi-byte sequence).
/// Also holds the byte-level sniffing that open() does before parsing: binary signatures, BOMs, the encoding guess.
///
/// Bytes that cannot be decoded (a lone UTF-16 surrogate, an odd trailing byte, a code-page byte without a
/// character) are written as the byte 0xFF, which is never valid UTF-8: the reader's per-record UTF-8 check then
/// rejects exactly the record that held them, with its line, instead of storing U+FFFD.
class CsvDecoder final
{
public:
    explicit CsvDecoder(Encoding encoding);

    Encoding encoding() const { return m_encoding; }

    /// Appends the UTF-8 form of `bytes` to `out`. State (an odd UTF-16 byte, a high surrogate) carries over to the
    /// next call; `last` flushes it (an incomplete unit at the end of the file becomes an invalid byte).
    void decode(QByteArrayView bytes, QByteArray& out, bool last);

    /// The length of the byte-order mark `bytes` starts with and the encoding it announces; 0 when none.
    static int bomLength(QByteArrayView bytes, Encoding* announced = nullptr);
    /// Whether `bytes` starts with the BOM of `encoding` (length, or 0).
    static int bomLengthFor(QByteArrayView bytes, Encoding encoding);

    /// A translated reason when the file head is clearly not CSV text (ZIP/xlsx, OLE/xls, PDF, NUL bytes, BOM-less
    /// UTF-16); empty otherwise. `checkNul` is false for UTF-16 input, where NUL bytes are normal.
    static QString binaryReason(QByteArrayView head, bool checkNul);

    /// Guesses the encoding of BOM-less bytes: strict UTF-8 first (a sequence cut at the end of the sample is not
    /// an error; a few invalid lines among valid multi-byte text keep UTF-8); else Windows-1258 when its Vietnamese
    /// combining tone marks follow Latin vowels (or its Vietnamese-only letters appear with them); else Windows-1252.
    static Encoding guessEncoding(QByteArrayView sample);

    /// Offset of the first byte that is not part of strict UTF-8 (overlongs, surrogates and > U+10FFFF refused),
    /// or -1 when `bytes` is valid. With `allowTruncatedTail`, a sequence cut by the end of `bytes` is accepted.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes, bool allowTruncatedTail = false);

private:
    void decodeUtf16(QByteArrayView bytes, QByteArray& out, bool last);
    void decodeSingleByte(QByteArrayView bytes, QByteArray& out);
    void buildSingleByteTable(const char* icuName);

    Encoding m_encoding;
    // UTF-16 state: a byte waiting for its partner, and a high surrogate waiting for its low half.
    std::optional<unsigned char> m_pendingByte;
    char16_t m_pendingHigh = 0;
    // Windows code pages: the UTF-8 form of each byte 0x80–0xFF, computed once with ICU (length 0 = undefined).
    struct Utf8Char
    {
        std::array<char, 3> bytes {};
        quint8 length = 0;
    };
    std::array<Utf8Char, 128> m_high {};
};

} // namespace ChannelDesk::Csv
