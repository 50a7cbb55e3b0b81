#include "csv/CsvWriter.h"

#include <QIODevice>
#include <QStringDecoder>
#include <QSysInfo>
#include <QtEndian>

#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace ChannelDesk::Csv {

namespace {

// Chunk size: large enough that write() and the UTF-16 conversion run rarely, small enough to keep memory flat.
constexpr qsizetype ChunkSize = 4 * 1024 * 1024;

bool isFormulaStart(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

/// The byte-level twin of CsvText::neutralise(): an apostrophe goes in front when the first character that is not
/// an apostrophe starts a formula (so "'=x" becomes "''=x" and the import's restoreNeutralised() is exact).
bool needsApostrophe(const char* data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size && data[i] == '\'')
        ++i;
    return i < size && isFormulaStart(data[i]);
}

bool isEdgeSpace(char c)
{
    return c == ' ' || c == '\t';
}

/// UTF-16 code units of valid UTF-8: one per lead byte, two for 4-byte sequences.
qsizetype utf16Length(const char* data, qsizetype size)
{
    qsizetype units = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if ((byte & 0xC0) != 0x80)
            units += byte >= 0xF0 ? 2 : 1;
    }
    return units;
}

} // namespace

CsvWriter::CsvWriter(QIODevice& device, char delimiter, Output output)
    : m_device(device), m_delimiter(delimiter), m_output(output)
{
    m_special[static_cast<unsigned char>(delimiter)] = true;
    m_special[static_cast<unsigned char>('"')] = true;
    m_special[static_cast<unsigned char>('\r')] = true;
    m_special[static_cast<unsigned char>('\n')] = true;
    m_data.resize(ChunkSize + 64 * 1024);
}

void CsvWriter::writeBom()
{
    // Straight to the device, before any chunk.
    const QByteArrayView bom = m_output == Output::Utf8 ? QByteArrayView("\xEF\xBB\xBF") : QByteArrayView("\xFF\xFE");
    m_device.write(bom.data(), bom.size());
    m_bytesWritten += bom.size();
}

void CsvWriter::grow(qsizetype extra)
{
    m_data.resize(qMax(m_data.size() * 2, m_size + extra));
}

bool CsvWriter::needsQuotes(const char* data, qsizetype size) const
{
    if (size == 0)
        return false;
    if (isEdgeSpace(data[0]) || isEdgeSpace(data[size - 1]))
        return true;
    qsizetype i = 0;
#ifdef __SSE2__
    // 16 bytes at a time: a quarter of the export's CPU went into this scan byte by byte.
    const __m128i delimiter = _mm_set1_epi8(m_delimiter);
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i lf = _mm_set1_epi8('\n');
    for (; i + 16 <= size; i += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
        const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, delimiter), _mm_cmpeq_epi8(chunk, quote)),
                                          _mm_or_si128(_mm_cmpeq_epi8(chunk, cr), _mm_cmpeq_epi8(chunk, lf)));
        if (_mm_movemask_epi8(hits) != 0)
            return true;
    }
#endif
    for (; i < size; ++i) {
        if (m_special[static_cast<unsigned char>(data[i])])
            return true;
    }
    return false;
}

void CsvWriter::field(QByteArrayView utf8, bool neutralise)
{
    separator();
    const char* data = utf8.data();
    const qsizetype size = utf8.size();
    if (size > ExcelCellLimit && utf16Length(data, size) > ExcelCellLimit)
        ++m_longValues;
    const bool apostrophe = neutralise && needsApostrophe(data, size);
    const bool quote = needsQuotes(data, size);

    // Worst case: every byte a quote (doubled), plus apostrophe and the enclosing quotes.
    char* out = reserve(2 * size + 3);
    char* const begin = out;
    if (quote)
        *out++ = '"';
    if (apostrophe)
        *out++ = '\'';
    if (!quote) {
        std::memcpy(out, data, static_cast<size_t>(size));
        out += size;
    } else {
        const char* from = data;
        const char* const end = data + size;
        while (from < end) {
            const auto* q = static_cast<const char*>(std::memchr(from, '"', static_cast<size_t>(end - from)));
            const qsizetype run = (q ? q + 1 : end) - from;
            std::memcpy(out, from, static_cast<size_t>(run));
            out += run;
            if (!q)
                break;
            *out++ = '"';
            from = q + 1;
        }
        *out++ = '"';
    }
    m_size += out - begin;
}

void CsvWriter::plainField(QByteArrayView ascii)
{
    char* out = plainFieldBuffer(ascii.size());
    std::memcpy(out, ascii.data(), static_cast<size_t>(ascii.size()));
}

char* CsvWriter::plainFieldBuffer(qsizetype size)
{
    separator();
    char* out = reserve(size);
    m_size += size;
    return out;
}

void CsvWriter::endRecord()
{
    char* out = reserve(2);
    out[0] = '\r';
    out[1] = '\n';
    m_size += 2;
    m_recordStart = m_size;
    m_firstField = true;
}

void CsvWriter::repeatFields(const QByteArray& fields, bool anyField)
{
    char* out = reserve(fields.size());
    std::memcpy(out, fields.constData(), static_cast<size_t>(fields.size()));
    m_size += fields.size();
    m_firstField = !anyField;
}

bool CsvWriter::flushIfFull()
{
    return m_size < ChunkSize || flush();
}

bool CsvWriter::flush()
{
    if (m_size == 0)
        return true;
    // Only ever called between records, so the chunk ends on a whole UTF-8 sequence and converts on its own.
    bool ok = true;
    if (m_output == Output::Utf8) {
        ok = m_device.write(m_data.constData(), m_size) == m_size;
        m_bytesWritten += m_size;
    } else {
        // Stateless: each chunk ends on a whole sequence. ConvertInitialBom: a value starting with U+FEFF at the
        // start of a chunk is data, not a byte-order mark to drop.
        QStringDecoder decoder(QStringDecoder::Utf8,
                               QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        QString text = decoder.decode(QByteArrayView(m_data.constData(), m_size));
        if constexpr (QSysInfo::ByteOrder != QSysInfo::LittleEndian)
            qToLittleEndian<char16_t>(text.utf16(), text.size(), text.data());
        const qsizetype bytes = text.size() * 2;
        ok = m_device.write(reinterpret_cast<const char*>(text.constData()), bytes) == bytes;
        m_bytesWritten += bytes;
    }
    m_size = 0;
    m_recordStart = 0;
    return ok;
}

} // namespace ChannelDesk::Csv
