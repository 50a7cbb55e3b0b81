#include "csv/CsvDecoder.h"

#include "common/Logging.h"

#include <QCoreApplication>

#include <unicode/ucnv.h>

#include <cstring>

namespace ChannelDesk::Csv {

namespace {

constexpr char InvalidByte = char(0xFF); // never valid in UTF-8

struct ReaderTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::Csv::CsvReader)
};

void appendUtf8(QByteArray& out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        const char b[2] = { char(0xC0 | (cp >> 6)), char(0x80 | (cp & 0x3F)) };
        out.append(b, 2);
    } else if (cp < 0x10000) {
        const char b[3] = { char(0xE0 | (cp >> 12)), char(0x80 | ((cp >> 6) & 0x3F)), char(0x80 | (cp & 0x3F)) };
        out.append(b, 3);
    } else {
        const char b[4] = { char(0xF0 | (cp >> 18)), char(0x80 | ((cp >> 12) & 0x3F)),
                            char(0x80 | ((cp >> 6) & 0x3F)), char(0x80 | (cp & 0x3F)) };
        out.append(b, 4);
    }
}

bool isLatinVowel1258(unsigned char b)
{
    switch (b) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
    case 'A': case 'E': case 'I': case 'O': case 'U': case 'Y':
    // Windows-1258 vowels with a shape mark that still take a tone: â ê ô ơ ư ă and capitals.
    case 0xE2: case 0xEA: case 0xF4: case 0xF5: case 0xFD: case 0xE3:
    case 0xC2: case 0xCA: case 0xD4: case 0xD5: case 0xDD: case 0xC3:
        return true;
    default:
        return false;
    }
}

bool isToneMark1258(unsigned char b)
{
    return b == 0xCC || b == 0xEC || b == 0xD2 || b == 0xDE || b == 0xF2;
}

} // namespace

CsvDecoder::CsvDecoder(Encoding encoding) : m_encoding(encoding)
{
    if (encoding == Encoding::Windows1252)
        buildSingleByteTable("windows-1252");
    else if (encoding == Encoding::Windows1258)
        buildSingleByteTable("windows-1258");
}

void CsvDecoder::buildSingleByteTable(const char* icuName)
{
    // Both code pages are stateless single-byte charsets, so converting each byte once with ICU gives exactly what
    // converting the stream would, and the hot loop becomes a table lookup.
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(icuName, &status);
    if (U_FAILURE(status) || !converter) {
        qCWarning(lcCsv) << "ICU has no converter for" << icuName << u_errorName(status);
        return; // every high byte stays undefined: records with them are rejected, never misread
    }
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    for (int b = 0x80; b <= 0xFF; ++b) {
        status = U_ZERO_ERROR;
        ucnv_reset(converter);
        UChar units[4] = {};
        const char in = char(b);
        const int32_t n = ucnv_toUChars(converter, units, 4, &in, 1, &status);
        // ICU maps the code page's unassigned bytes (0x81, 0x8D, … in 1252) to the matching C1 control for round
        // trips; no real text contains C1 controls, so they count as undefined too.
        if (U_FAILURE(status) || n != 1 || (units[0] >= 0x80 && units[0] <= 0x9F))
            continue;
        QByteArray utf8;
        appendUtf8(utf8, units[0]);
        Utf8Char& entry = m_high[size_t(b - 0x80)];
        std::memcpy(entry.bytes.data(), utf8.constData(), size_t(utf8.size()));
        entry.length = quint8(utf8.size());
    }
    ucnv_close(converter);
}

void CsvDecoder::decode(QByteArrayView bytes, QByteArray& out, bool last)
{
    switch (m_encoding) {
    case Encoding::Utf8:
        out.append(bytes.data(), bytes.size());
        return;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        decodeUtf16(bytes, out, last);
        return;
    case Encoding::Windows1252:
    case Encoding::Windows1258:
        decodeSingleByte(bytes, out);
        return;
    }
}

void CsvDecoder::decodeSingleByte(QByteArrayView bytes, QByteArray& out)
{
    out.reserve(out.size() + bytes.size() + bytes.size() / 4);
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p < end) {
        // Copy ASCII runs in one go.
        const auto* run = p;
        while (p < end && *p < 0x80)
            ++p;
        if (p > run)
            out.append(reinterpret_cast<const char*>(run), p - run);
        if (p == end)
            break;
        const Utf8Char& entry = m_high[size_t(*p - 0x80)];
        if (entry.length == 0)
            out.append(InvalidByte);
        else
            out.append(entry.bytes.data(), entry.length);
        ++p;
    }
}

void CsvDecoder::decodeUtf16(QByteArrayView bytes, QByteArray& out, bool last)
{
    const bool littleEndian = m_encoding == Encoding::Utf16LE;
    out.reserve(out.size() + bytes.size() + bytes.size() / 2);
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();

    auto takeUnit = [&](unsigned char first, unsigned char second) {
        const char16_t unit = littleEndian ? char16_t(first | (second << 8)) : char16_t((first << 8) | second);
        if (m_pendingHigh) {
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
                appendUtf8(out, 0x10000 + ((char32_t(m_pendingHigh) - 0xD800) << 10) + (unit - 0xDC00));
                m_pendingHigh = 0;
                return;
            }
            out.append(InvalidByte); // a high surrogate without its low half
            m_pendingHigh = 0;
        }
        if (unit >= 0xD800 && unit <= 0xDBFF)
            m_pendingHigh = unit;
        else if (unit >= 0xDC00 && unit <= 0xDFFF)
            out.append(InvalidByte); // a low surrogate alone
        else if (unit < 0x80)
            out.append(char(unit));
        else
            appendUtf8(out, unit);
    };

    if (m_pendingByte && p < end) {
        takeUnit(*m_pendingByte, *p++);
        m_pendingByte.reset();
    }
    for (; end - p >= 2; p += 2)
        takeUnit(p[0], p[1]);
    if (p < end)
        m_pendingByte = *p;
    if (last) {
        if (m_pendingHigh)
            out.append(InvalidByte);
        if (m_pendingByte)
            out.append(InvalidByte);
        m_pendingHigh = 0;
        m_pendingByte.reset();
    }
}

int CsvDecoder::bomLength(QByteArrayView bytes, Encoding* announced)
{
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.data());
    if (bytes.size() >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
        if (announced)
            *announced = Encoding::Utf8;
        return 3;
    }
    if (bytes.size() >= 2 && b[0] == 0xFF && b[1] == 0xFE) {
        if (announced)
            *announced = Encoding::Utf16LE;
        return 2;
    }
    if (bytes.size() >= 2 && b[0] == 0xFE && b[1] == 0xFF) {
        if (announced)
            *announced = Encoding::Utf16BE;
        return 2;
    }
    return 0;
}

int CsvDecoder::bomLengthFor(QByteArrayView bytes, Encoding encoding)
{
    Encoding announced = Encoding::Utf8;
    const int length = bomLength(bytes, &announced);
    return length > 0 && announced == encoding ? length : 0;
}

QString CsvDecoder::binaryReason(QByteArrayView head, bool checkNul)
{
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return ReaderTr::tr("This is an Excel workbook (.xlsx) or ZIP archive renamed to .csv; save it as CSV UTF-8 from "
                  "Excel.");
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return ReaderTr::tr("This is a legacy Excel workbook (.xls) renamed to .csv; save it as CSV UTF-8 from Excel.");
    if (head.startsWith("%PDF"))
        return ReaderTr::tr("This is a PDF document, not a CSV file.");
    if (!checkNul)
        return {};
    const QByteArrayView window = head.first(std::min<qsizetype>(head.size(), 64 * 1024));
    if (!window.contains('\0'))
        return {};
    // NUL bytes at every other position are UTF-16 text saved without its byte-order mark.
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    const qsizetype probe = std::min<qsizetype>(window.size(), 4096);
    for (qsizetype i = 0; i < probe; ++i)
        if (window[i] == '\0')
            ++((i % 2) ? oddNul : evenNul);
    const qsizetype pairs = probe / 2;
    const bool littleEndian = oddNul * 10 >= pairs * 4 && evenNul * 20 < pairs;
    const bool bigEndian = evenNul * 10 >= pairs * 4 && oddNul * 20 < pairs;
    if (pairs >= 2 && (littleEndian || bigEndian))
        return ReaderTr::tr("This file looks like UTF-16 text without a byte-order mark; choose UTF-16LE or UTF-16BE as the "
                  "encoding.");
    return ReaderTr::tr("This is a binary file, not CSV text (it contains NUL bytes).");
}

qsizetype CsvDecoder::firstInvalidUtf8(QByteArrayView bytes, bool allowTruncatedTail)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Skip ASCII eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0; // overlong
            else if (c == 0xED)
                high = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90; // overlong
            else if (c == 0xF4)
                high = 0x8F; // > U+10FFFF
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return allowTruncatedTail ? -1 : i;
            const unsigned char t = s[i + k];
            const unsigned char lo = k == 1 ? low : 0x80;
            const unsigned char hi = k == 1 ? high : 0xBF;
            if (t < lo || t > hi)
                return i;
        }
        i += length;
    }
    return -1;
}

Encoding CsvDecoder::guessEncoding(QByteArrayView sample)
{
    // Strict UTF-8, counting valid multi-byte sequences and invalid spots: a 1252 file practically never holds a
    // valid multi-byte sequence, while a UTF-8 file with one pasted ANSI line holds many.
    qsizetype validMultiByte = 0;
    qsizetype invalid = 0;
    qsizetype offset = 0;
    while (offset < sample.size()) {
        const QByteArrayView rest = sample.sliced(offset);
        const qsizetype bad = firstInvalidUtf8(rest, true);
        const QByteArrayView good = bad < 0 ? rest : rest.first(bad);
        for (char c : good)
            if ((static_cast<unsigned char>(c) & 0xC0) == 0xC0)
                ++validMultiByte;
        if (bad < 0)
            break;
        ++invalid;
        offset += bad + 1;
    }
    if (invalid == 0 || validMultiByte > invalid)
        return Encoding::Utf8;

    // Windows-1258: tone marks are separate combining bytes right after a vowel; đ Đ ư Ư exist only there.
    qsizetype tones = 0;
    qsizetype vietnameseLetters = 0;
    qsizetype highBytes = 0;
    const auto* s = reinterpret_cast<const unsigned char*>(sample.data());
    for (qsizetype i = 0; i < sample.size(); ++i) {
        const unsigned char c = s[i];
        if (c < 0x80)
            continue;
        ++highBytes;
        if (isToneMark1258(c) && i > 0 && isLatinVowel1258(s[i - 1]))
            ++tones;
        else if (c == 0xF0 || c == 0xD0 || c == 0xFD || c == 0xDD)
            ++vietnameseLetters;
    }
    if (tones > 0 && (vietnameseLetters > 0 || tones * 4 >= highBytes))
        return Encoding::Windows1258;
    return Encoding::Windows1252;
}

} // namespace ChannelDesk::Csv
