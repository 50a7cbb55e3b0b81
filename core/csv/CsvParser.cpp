#include "csv/CsvParser.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define CHANNELDESK_CSV_SSE2 1
#endif

namespace ChannelDesk::Csv {

namespace {

/// The first index from `p` whose byte is `a`, `b` or `c` (or `size`). Sixteen bytes at a time where SSE2 exists:
/// this scan is most of the parser's work.
inline qsizetype findAny(const unsigned char* s, qsizetype p, qsizetype size, unsigned char a, unsigned char b,
                         unsigned char c)
{
#ifdef CHANNELDESK_CSV_SSE2
    const __m128i va = _mm_set1_epi8(char(a));
    const __m128i vb = _mm_set1_epi8(char(b));
    const __m128i vc = _mm_set1_epi8(char(c));
    for (; p + 16 <= size; p += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + p));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)),
                                         _mm_cmpeq_epi8(v, vc));
        if (const int mask = _mm_movemask_epi8(hit))
            return p + __builtin_ctz(unsigned(mask));
    }
#endif
    while (p < size && s[p] != a && s[p] != b && s[p] != c)
        ++p;
    return p;
}

} // namespace

CsvParser::CsvParser(char delimiter) : m_delimiter(delimiter) { }

CsvParser::Outcome CsvParser::parse(const char* data, qsizetype size, qsizetype pos, bool atEnd,
                                    RawRecord& record) const
{
    if (pos >= size)
        return atEnd ? Outcome::End : Outcome::NeedMore;

    record.fields.clear();
    record.begin = pos;
    record.lineBreaks = 0;
    record.textAfterQuote = false;
    record.terminator = Terminator::None;

    const auto* s = reinterpret_cast<const unsigned char*>(data);
    const auto delimiter = static_cast<unsigned char>(m_delimiter);
    qsizetype p = pos;
    for (;;) {
        const qsizetype fieldBegin = p;
        if (p < size && s[p] == '"') {
            quint8 kind = 1;
            const int quoteLine = record.lineBreaks;
            qsizetype q = p + 1;
            bool closed = false;
            while (!closed) {
                // Jump over the quoted text to the next quote or line break.
                q = findAny(s, q, size, '"', '\r', '\n');
                if (q >= size) {
                    if (!atEnd)
                        return Outcome::NeedMore;
                    // End of input inside quotes: reject up to the end of the line where the quote opened and
                    // resume on the next line, so one stray quote does not swallow the rest of the file.
                    qsizetype lineEnd = fieldBegin;
                    while (lineEnd < size && s[lineEnd] != '\r' && s[lineEnd] != '\n')
                        ++lineEnd;
                    qsizetype resume = lineEnd;
                    if (resume < size)
                        resume += (s[resume] == '\r' && resume + 1 < size && s[resume + 1] == '\n') ? 2 : 1;
                    record.fields.push_back({ fieldBegin, lineEnd, 2 });
                    record.lineBreaks = quoteLine;
                    record.contentEnd = lineEnd;
                    record.end = resume;
                    record.terminator = Terminator::None;
                    return Outcome::UnterminatedQuote;
                }
                const unsigned char c = s[q];
                if (c == '\n') {
                    ++record.lineBreaks;
                    ++q;
                } else if (c == '\r') {
                    if (q + 1 >= size && !atEnd)
                        return Outcome::NeedMore; // CRLF may be split across buffers
                    q += (q + 1 < size && s[q + 1] == '\n') ? 2 : 1;
                    ++record.lineBreaks;
                } else { // '"'
                    if (q + 1 >= size && !atEnd)
                        return Outcome::NeedMore;
                    if (q + 1 < size && s[q + 1] == '"') {
                        kind = 2;
                        q += 2;
                    } else {
                        ++q;
                        closed = true;
                    }
                }
            }
            // Lenient: anything between the closing quote and the delimiter stays part of the value.
            qsizetype r = q;
            r = findAny(s, r, size, delimiter, '\r', '\n');
            if (r >= size && !atEnd)
                return Outcome::NeedMore;
            if (r > q) {
                kind = 2;
                record.textAfterQuote = true;
            }
            record.fields.push_back({ fieldBegin, r, kind });
            p = r;
        } else {
            p = findAny(s, p, size, delimiter, '\r', '\n');
            if (p >= size && !atEnd)
                return Outcome::NeedMore;
            record.fields.push_back({ fieldBegin, p, 0 });
        }

        if (p >= size) {
            record.contentEnd = p;
            record.end = p;
            return Outcome::Record;
        }
        const unsigned char c = s[p];
        if (c == '\n') {
            record.terminator = Terminator::LF;
            record.contentEnd = p;
            record.end = p + 1;
            return Outcome::Record;
        }
        if (c == '\r') {
            if (p + 1 >= size && !atEnd)
                return Outcome::NeedMore;
            const bool crlf = p + 1 < size && s[p + 1] == '\n';
            record.terminator = crlf ? Terminator::CRLF : Terminator::CR;
            record.contentEnd = p;
            record.end = p + (crlf ? 2 : 1);
            return Outcome::Record;
        }
        ++p; // the delimiter: another field follows (possibly empty)
    }
}

void CsvParser::unescape(const char* data, const Field& field, QByteArray& out)
{
    out.clear();
    qsizetype i = field.begin;
    if (i < field.end && data[i] == '"')
        ++i;
    bool quoted = true;
    while (i < field.end) {
        const char c = data[i];
        if (quoted && c == '"') {
            if (i + 1 < field.end && data[i + 1] == '"') {
                out.append('"');
                i += 2;
            } else {
                quoted = false; // the closing quote; the rest is kept literally
                ++i;
            }
            continue;
        }
        out.append(c);
        ++i;
    }
}

} // namespace ChannelDesk::Csv
