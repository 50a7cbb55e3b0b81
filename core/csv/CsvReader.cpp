#include "csv/CsvReader.h"

#include "common/Logging.h"
#include "csv/CsvDecoder.h"
#include "csv/CsvParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <vector>

namespace ChannelDesk::Csv {

namespace {

struct ReaderTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::Csv::CsvReader)
};

// Sizes can be shrunk at compile time: the fuzz target does, so that small inputs cross read boundaries and reach
// the long-record probe.
#ifndef CHANNELDESK_CSV_SAMPLE_SIZE
#define CHANNELDESK_CSV_SAMPLE_SIZE (4 * 1024 * 1024)
#endif
#ifndef CHANNELDESK_CSV_CHUNK_SIZE
#define CHANNELDESK_CSV_CHUNK_SIZE (4 * 1024 * 1024)
#endif
#ifndef CHANNELDESK_CSV_PROBE_THRESHOLD
#define CHANNELDESK_CSV_PROBE_THRESHOLD (16 * 1024 * 1024)
#endif

constexpr qsizetype SampleSize = CHANNELDESK_CSV_SAMPLE_SIZE; // first read: encoding and delimiter detection
constexpr qsizetype ChunkSize = CHANNELDESK_CSV_CHUNK_SIZE;   // later reads
constexpr qsizetype SniffMinBytes = 64 * 1024;        // delimiter detection parses at least this much…
constexpr int SniffMinRecords = 50;                   // …and at least this many records (when the sample has them)
constexpr int SniffMaxRecords = 5000;
constexpr qsizetype ExcelCellLimit = 32767;           // characters per cell in Excel
constexpr int MaxFooterRows = 64;                     // a report footer is a few lines; keeps the look-ahead bounded
// A record still open after this many buffered bytes is probed to its end without buffering it, so that a quote
// left open early in a big file costs no more memory than this (a value that really is this long is still read).
constexpr qsizetype ProbeThreshold = CHANNELDESK_CSV_PROBE_THRESHOLD;

constexpr unsigned MaskLF = 1;
constexpr unsigned MaskCR = 2;
constexpr unsigned MaskCRLF = 4;

unsigned maskOf(CsvParser::Terminator terminator)
{
    switch (terminator) {
    case CsvParser::Terminator::LF:
        return MaskLF;
    case CsvParser::Terminator::CR:
        return MaskCR;
    case CsvParser::Terminator::CRLF:
        return MaskCRLF;
    case CsvParser::Terminator::None:
        break;
    }
    return 0;
}

LineEndings lineEndingsOf(unsigned mask)
{
    switch (mask) {
    case 0:
        return LineEndings::None;
    case MaskLF:
        return LineEndings::LF;
    case MaskCR:
        return LineEndings::CR;
    case MaskCRLF:
        return LineEndings::CRLF;
    default:
        return LineEndings::Mixed;
    }
}

bool isAscii(const char* data, qsizetype size)
{
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; i < size; ++i)
        if (static_cast<unsigned char>(data[i]) & 0x80)
            return false;
    return true;
}

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF;
}

/// The value without leading and trailing whitespace (NBSP included) and zero-width characters.
QStringView cleanedView(QStringView value)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && isInvisible(value[begin]))
        ++begin;
    while (end > begin && isInvisible(value[end - 1]))
        --end;
    return value.sliced(begin, end - begin);
}

bool isEmptyValue(const QString& value)
{
    return value.isEmpty() || cleanedView(value).isEmpty();
}

/// Counts the line breaks (CRLF, LF or lone CR each count once) in data[0, size).
int lineBreaksIn(const char* data, qsizetype size)
{
    int breaks = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == '\n')
            ++breaks;
        else if (data[i] == '\r' && !(i + 1 < size && data[i + 1] == '\n'))
            ++breaks;
    }
    return breaks;
}

/// UTF-8 decoded as Windows-1252 and encoded again: "é" (C3 A9) becomes "Ã©", "ạ" (E1 BA A1) becomes "áº¡". `lead`
/// is Ã, Â or á; `next` the character after it.
bool isMojibakeTail(char16_t lead, char16_t next)
{
    if (lead == 0x00E1)
        return next == 0x00BA || next == 0x00BB;
    if (next >= 0x00A0 && next <= 0x00BF)
        return true;
    // What Windows-1252 puts at 0x80–0x9F (the second byte of é, Ä, Ö, …).
    static constexpr char16_t high1252[] = { 0x20AC, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
                                             0x2030, 0x0160, 0x2039, 0x0152, 0x017D, 0x2018, 0x2019, 0x201C,
                                             0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
                                             0x0153, 0x017E, 0x0178 };
    return std::find(std::begin(high1252), std::end(high1252), next) != std::end(high1252);
}

/// Follows the parser's quote state over a record too long to buffer, without storing it: does the record end, or
/// does the file end inside a quote (and then, where does the line with the opening quote end)? Mirrors
/// CsvParser::parse: a quote opens only at a field start, a doubled quote inside quotes is literal, a lone one
/// closes, and CRLF inside quotes counts as one line break.
class QuoteProbe
{
public:
    explicit QuoteProbe(char delimiter) : m_delimiter(delimiter) { }

    /// Feeds the next bytes of the record; true once the record has ended outside quotes.
    bool feed(const char* data, qsizetype size)
    {
        for (qsizetype i = 0; i < size; ++i, ++m_offset) {
            const char c = data[i];
            const bool afterCR = m_previousCR;
            m_previousCR = false;
            switch (m_state) {
            case State::FieldStart:
            case State::Unquoted:
                if (c == '"' && m_state == State::FieldStart) {
                    m_state = State::Quoted;
                    m_quoteLineBreaks = m_lineBreaks;
                    m_quoteLineEnd = -1;
                    m_resume = -1;
                } else if (c == m_delimiter) {
                    m_state = State::FieldStart;
                } else if (c == '\r' || c == '\n') {
                    return true;
                } else {
                    m_state = State::Unquoted;
                }
                break;
            case State::Quoted:
                if (c == '"') {
                    m_state = State::QuoteSeen;
                } else if (c == '\n' && afterCR) {
                    if (m_resume == m_offset)
                        m_resume = m_offset + 1; // CRLF after the quote's line: resume after both
                } else if (c == '\r' || c == '\n') {
                    ++m_lineBreaks;
                    m_previousCR = c == '\r';
                    if (m_quoteLineEnd < 0) {
                        m_quoteLineEnd = m_offset;
                        m_resume = m_offset + 1;
                    }
                }
                break;
            case State::QuoteSeen:
                if (c == '"')
                    m_state = State::Quoted; // a doubled quote
                else if (c == m_delimiter)
                    m_state = State::FieldStart;
                else if (c == '\r' || c == '\n')
                    return true;
                else
                    m_state = State::Unquoted; // text after the closing quote
                break;
            }
        }
        return false;
    }

    /// At the end of the input: whether a quote is still open.
    bool inQuotes() const { return m_state == State::Quoted; }
    int quoteLineBreaks() const { return m_quoteLineBreaks; }
    qint64 quoteLineEnd() const { return m_quoteLineEnd; } ///< -1: the quote's line runs to the end of the file
    qint64 resume() const { return m_resume; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteSeen };
    char m_delimiter;
    State m_state = State::FieldStart;
    qint64 m_offset = 0;
    int m_lineBreaks = 0;
    int m_quoteLineBreaks = 0;
    qint64 m_quoteLineEnd = -1;
    qint64 m_resume = -1;
    bool m_previousCR = false;
};

CsvIssue makeIssue(qint64 line, const char* code, const QString& message, bool rejects)
{
    return CsvIssue { line, QString::fromLatin1(code), message, rejects };
}

} // namespace

struct CsvReader::Impl
{
    // Source.
    QFile file;
    QIODevice* device = nullptr;
    qint64 size = 0;
    qint64 sourceRead = 0; ///< bytes read from the device so far
    bool sourceEnd = false;
    int bomLength = 0;
    std::unique_ptr<CsvDecoder> decoder;
    QByteArray rawChunk; ///< undecoded bytes of non-UTF-8 files

    // Decoded UTF-8 text: buf[pos, size) is not parsed yet; `dropped` bytes were parsed and discarded before it.
    QByteArray buf;
    qsizetype pos = 0;
    qint64 dropped = 0;
    qint64 line = 1; ///< physical line where the next record starts

    std::optional<CsvParser> parser;
    CsvParser::RawRecord rawRecord;
    QByteArray scratch;

    // Results.
    Dialect dialect;
    QStringList header;
    qint64 headerLine = 0;
    qsizetype headerWidth = 0;    ///< up to the last named column
    qsizetype headerRawWidth = 0; ///< including unnamed trailing columns (ignored when empty)
    QList<CsvIssue> fileIssues;
    qint64 blankRows = 0;
    Status error;
    unsigned lineEndingMask = 0;
    bool doubleEncodingReported = false;
    bool atEnd = false;

    // Records decided but not handed out yet, and the possible report footer being collected.
    qint64 probedRecord = -1; ///< decoded offset of a long record known to end: no second probe

    std::deque<CsvRecord> ready;
    std::vector<CsvRecord> footer;
    bool afterBlank = false;

    Status start(QIODevice* source, const Options& options);
    bool readMore(qsizetype minBytes);
    bool probeLongRecord(CsvRecord& record, bool* rejected);
    void addUnterminatedIssue(CsvRecord& record);
    bool nextRaw(CsvRecord& record);
    /// What building a record's strings noticed on the way.
    struct FieldScan
    {
        bool replacement = false;   ///< a U+FFFD: invalid UTF-8, or a literal one
        bool doubleEncoded = false; ///< "Ã©"-style mojibake
    };
    FieldScan buildFields(const CsvParser::RawRecord& raw, bool ascii, QStringList& fields);
    bool fetch(CsvRecord& record);
    void shape(CsvRecord& record);
    bool isBlank(const CsvRecord& record) const;
    bool isRepeatedHeader(const CsvRecord& record) const;
    bool isSingleCell(const CsvRecord& record) const;
    void setHeader(const CsvRecord& record);
    char detectDelimiter(unsigned* lineEndings);
    void noteLineEnding(CsvParser::Terminator terminator);
};

bool CsvReader::Impl::readMore(qsizetype minBytes)
{
    if (sourceEnd)
        return true;
    // Drop what was parsed; what remains is at most one unfinished record.
    if (pos > 0) {
        buf.remove(0, pos);
        dropped += pos;
        pos = 0;
    }
    qsizetype want = std::max(ChunkSize, minBytes);
    if (!device->isSequential() && size > sourceRead)
        want = std::min<qsizetype>(want, size - sourceRead + 1); // small files: no 4 MiB buffers
    qint64 n;
    if (decoder->encoding() == Encoding::Utf8) {
        const qsizetype old = buf.size();
        buf.resize(old + want);
        n = device->read(buf.data() + old, want);
        buf.resize(old + std::max<qint64>(n, 0));
    } else {
        rawChunk.resize(want);
        n = device->read(rawChunk.data(), want);
        if (n > 0)
            decoder->decode(QByteArrayView(rawChunk.constData(), n), buf, false);
    }
    if (n < 0) {
        error = Error { Error::Code::Io,
                        ReaderTr::tr("The file could not be read any further: %1").arg(device->errorString()),
                        device->errorString(), {} };
        sourceEnd = true;
        return false;
    }
    sourceRead += n;
    if (n == 0 || device->atEnd()) {
        sourceEnd = true;
        decoder->decode({}, buf, true);
    }
    return true;
}

void CsvReader::Impl::noteLineEnding(CsvParser::Terminator terminator)
{
    const unsigned bit = maskOf(terminator);
    if (bit && !(lineEndingMask & bit)) {
        lineEndingMask |= bit;
        dialect.lineEndings = lineEndingsOf(lineEndingMask);
    }
}

CsvReader::Impl::FieldScan CsvReader::Impl::buildFields(const CsvParser::RawRecord& raw, bool ascii,
                                                       QStringList& fields)
{
    FieldScan scan;
    const char* data = buf.constData();
    const auto count = qsizetype(raw.fields.size());
    fields.resize(count);
    for (qsizetype i = 0; i < count; ++i) {
        const CsvParser::Field& field = raw.fields[size_t(i)];
        const char* begin = data + field.begin;
        qsizetype length = field.end - field.begin;
        if (field.kind == 1) {
            ++begin;
            length -= 2;
        } else if (field.kind == 2) {
            CsvParser::unescape(data, field, scratch);
            begin = scratch.constData();
            length = scratch.size();
        }
        if (ascii || isAscii(begin, length)) {
            fields[i] = QString::fromLatin1(begin, length);
            continue;
        }
        QString value = QString::fromUtf8(begin, length);
        // One pass over the UTF-16 text: invalid UTF-8 shows as U+FFFD (checked strictly later, since a literal
        // U+FFFD is valid), double-encoded UTF-8 as Ã/Â/á followed by a 1252 high character, and anything outside
        // U+0000–U+02FF and Latin Extended Additional (where every character is NFC and no two compose) needs NFC.
        bool needsNfc = false;
        const char16_t* u = reinterpret_cast<const char16_t*>(value.constData());
        const qsizetype n = value.size();
        for (qsizetype k = 0; k < n; ++k) {
            const char16_t c = u[k];
            if (c < 0x00C2)
                continue;
            if (c < 0x0300) {
                // Cheap filter first: a mojibake tail is in U+00A0–U+00BF or at U+0152 and above.
                if ((c == 0x00C3 || c == 0x00C2 || c == 0x00E1) && k + 1 < n && u[k + 1] >= 0x00A0
                    && (u[k + 1] <= 0x00BF || u[k + 1] >= 0x0152) && isMojibakeTail(c, u[k + 1]))
                    scan.doubleEncoded = true;
                continue;
            }
            if (char16_t(c - 0x1E00) < 0x100)
                continue;
            if (c == 0xFFFD)
                scan.replacement = true;
            else
                needsNfc = true;
        }
        if (needsNfc)
            value = value.normalized(QString::NormalizationForm_C);
        fields[i] = std::move(value);
    }
    return scan;
}

bool CsvReader::Impl::nextRaw(CsvRecord& record)
{
    CsvParser::Outcome outcome;
    for (;;) {
        // A BOM at the start of a line is left by concatenated exports: it is not data.
        if (buf.size() - pos < 3 && !sourceEnd) {
            if (!readMore(0))
                return false;
            continue;
        }
        if (buf.size() - pos >= 3 && std::memcmp(buf.constData() + pos, "\xEF\xBB\xBF", 3) == 0)
            pos += 3;
        outcome = parser->parse(buf.constData(), buf.size(), pos, sourceEnd, rawRecord);
        if (outcome == CsvParser::Outcome::NeedMore) {
            if (buf.size() - pos > ProbeThreshold && !device->isSequential() && probedRecord != dropped + pos) {
                bool rejected = false;
                if (!probeLongRecord(record, &rejected))
                    return false;
                if (rejected)
                    return true;
            }
            // Grow geometrically so that a huge quoted value is re-scanned only a few times.
            if (!readMore(buf.size() - pos))
                return false;
            continue;
        }
        break;
    }
    if (outcome == CsvParser::Outcome::End)
        return false;

    const CsvParser::RawRecord& raw = rawRecord;
    const char* data = buf.constData();
    const qsizetype contentLength = raw.contentEnd - raw.begin;
    record.line = line;
    record.lastLine = line + raw.lineBreaks;
    record.issues.clear();
    record.raw.clear();

    const bool ascii = isAscii(data + raw.begin, contentLength);
    const FieldScan scan = buildFields(raw, ascii, record.fields);

    if (!ascii) {
        const qsizetype bad = scan.replacement
                                  ? CsvDecoder::firstInvalidUtf8(QByteArrayView(data + raw.begin, contentLength))
                                  : -1;
        if (bad >= 0) {
            const qint64 badLine = line + lineBreaksIn(data + raw.begin, bad);
            record.issues.append(makeIssue(
                badLine, "invalid_encoding",
                ReaderTr::tr("Line %1 contains bytes that are not valid %2 text; the row was not imported.")
                    .arg(badLine)
                    .arg(encodingLabel(dialect.encoding)),
                true));
        } else if (scan.doubleEncoded && !doubleEncodingReported) {
            doubleEncodingReported = true;
            fileIssues.append(makeIssue(
                line, "double_encoded",
                ReaderTr::tr("Line %1 looks like UTF-8 text that was converted twice (for example “Ã©” instead "
                             "of “é”); check the values or the file's encoding.")
                    .arg(line),
                false));
        }
    }
    if (outcome == CsvParser::Outcome::UnterminatedQuote) {
        addUnterminatedIssue(record);
    } else if (raw.textAfterQuote) {
        record.issues.append(makeIssue(
            line, "text_after_quote",
            ReaderTr::tr("Line %1 has text after a closing quote; it was kept as part of the value.").arg(line),
            false));
    }
    if (contentLength > ExcelCellLimit) {
        for (const QString& value : std::as_const(record.fields)) {
            if (value.size() > ExcelCellLimit) {
                fileIssues.append(makeIssue(
                    line, "long_value",
                    ReaderTr::tr("Line %1 has a value of %2 characters; Excel cannot hold more than %3 in a "
                                 "cell.")
                        .arg(QString::number(line), QLocale().toString(value.size()),
                             QLocale().toString(ExcelCellLimit)),
                    false));
                break;
            }
        }
    }
    if (record.rejected())
        record.raw = QByteArray(data + raw.begin, contentLength);

    noteLineEnding(raw.terminator);
    line += raw.lineBreaks + ((raw.terminator != CsvParser::Terminator::None
                               || outcome == CsvParser::Outcome::UnterminatedQuote)
                                  ? 1
                                  : 0);
    pos = raw.end;
    return true;
}

void CsvReader::Impl::addUnterminatedIssue(CsvRecord& record)
{
    record.issues.append(makeIssue(
        record.lastLine, "unterminated_quote",
        ReaderTr::tr("The quote opened on line %1 is never closed; that line was not imported and reading "
                     "continued on the next line.")
            .arg(record.lastLine),
        true));
}

bool CsvReader::Impl::probeLongRecord(CsvRecord& record, bool* rejected)
{
    // Scan the rest of the record from the device without keeping it, then go back to where reading stopped.
    QuoteProbe probe(parser->delimiter());
    bool ended = probe.feed(buf.constData() + pos, buf.size() - pos);
    const qint64 devicePos = device->pos();
    CsvDecoder probeDecoder = *decoder;
    QByteArray chunk;
    QByteArray decoded;
    bool end = sourceEnd;
    while (!ended && !end) {
        chunk.resize(ChunkSize);
        const qint64 n = device->read(chunk.data(), ChunkSize);
        if (n < 0) {
            error = Error { Error::Code::Io,
                            ReaderTr::tr("The file could not be read any further: %1").arg(device->errorString()),
                            device->errorString(), {} };
            return false;
        }
        end = n == 0 || device->atEnd();
        if (decoder->encoding() == Encoding::Utf8) {
            ended = probe.feed(chunk.constData(), n);
        } else {
            decoded.clear();
            probeDecoder.decode(QByteArrayView(chunk.constData(), n), decoded, end);
            ended = probe.feed(decoded.constData(), decoded.size());
        }
    }
    if (!device->seek(devicePos)) {
        error = Error { Error::Code::Io, ReaderTr::tr("The file could not be read any further: %1")
                                             .arg(device->errorString()),
                        device->errorString(), {} };
        return false;
    }
    if (ended || !probe.inQuotes()) {
        probedRecord = dropped + pos; // a long value that does end: read it whole
        return true;
    }

    // The file ends inside a quote: reject up to the end of the quote's line (or what is buffered of it) and go
    // on after that line, exactly as CsvParser does for a short record.
    *rejected = true;
    const qsizetype buffered = buf.size() - pos;
    const qsizetype sliceLength
        = probe.quoteLineEnd() >= 0 ? qsizetype(std::min<qint64>(probe.quoteLineEnd(), buffered)) : buffered;
    parser->parse(buf.constData(), pos + sliceLength, pos, true, rawRecord); // fields to show, the row is rejected
    record.line = line;
    record.lastLine = line + probe.quoteLineBreaks();
    record.issues.clear();
    buildFields(rawRecord, isAscii(buf.constData() + pos, sliceLength), record.fields);
    addUnterminatedIssue(record);
    record.raw = QByteArray(buf.constData() + pos, sliceLength);
    line = record.lastLine + 1;
    if (probe.resume() < 0) {
        // The quote's line runs to the end of the file: nothing follows it.
        pos = buf.size();
        sourceEnd = true;
        return true;
    }
    const qint64 target = dropped + pos + probe.resume();
    while (dropped + buf.size() < target && !sourceEnd) {
        pos = buf.size();
        if (!readMore(0))
            return false;
    }
    pos = qsizetype(std::min<qint64>(target - dropped, buf.size()));
    return true;
}

bool CsvReader::Impl::isBlank(const CsvRecord& record) const
{
    for (const QString& value : record.fields)
        if (!isEmptyValue(value))
            return false;
    return true;
}

bool CsvReader::Impl::isRepeatedHeader(const CsvRecord& record) const
{
    const QStringList& fields = record.fields;
    if (fields.isEmpty() || header.isEmpty())
        return false;
    const QStringView first = cleanedView(fields.first());
    if (first.size() != header.first().size() || first.compare(header.first(), Qt::CaseInsensitive) != 0)
        return false;
    for (qsizetype i = 1; i < std::max(fields.size(), headerWidth); ++i) {
        const QStringView value = i < fields.size() ? cleanedView(fields[i]) : QStringView();
        const QStringView name = i < headerWidth ? QStringView(header[i]) : QStringView();
        if (value.compare(name, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

bool CsvReader::Impl::isSingleCell(const CsvRecord& record) const
{
    if (record.fields.isEmpty() || isEmptyValue(record.fields.first()))
        return false;
    for (qsizetype i = 1; i < record.fields.size(); ++i)
        if (!isEmptyValue(record.fields[i]))
            return false;
    return true;
}

void CsvReader::Impl::setHeader(const CsvRecord& record)
{
    header.clear();
    for (const QString& name : record.fields)
        header.append(cleanedView(name).toString());
    headerLine = record.line;
    headerRawWidth = header.size();
    // An unnamed trailing column (a trailing delimiter on every line) is ignored while its cells are empty.
    while (!header.isEmpty() && header.last().isEmpty())
        header.removeLast();
    headerWidth = header.size();
    // The header is used even when its line had a problem, so what was found there is a warning about the file.
    for (CsvIssue issue : record.issues) {
        issue.rejects = false;
        fileIssues.append(issue);
    }
}

void CsvReader::Impl::shape(CsvRecord& record)
{
    QStringList& fields = record.fields;
    const qsizetype count = fields.size();
    const bool rejected = record.rejected();
    if (count < headerWidth) {
        if (!rejected)
            record.issues.append(makeIssue(
                record.line, "padded_row",
                ReaderTr::tr("Line %1 has fewer fields than the header (%2 of %3); the missing ones were left empty.")
                    .arg(record.line)
                    .arg(count)
                    .arg(headerWidth),
                false));
        while (fields.size() < headerWidth)
            fields.append(QString());
        return;
    }
    if (count == headerWidth || rejected)
        return;
    bool extraValues = false;
    for (qsizetype i = headerWidth; i < count && !extraValues; ++i)
        extraValues = !isEmptyValue(fields[i]);
    if (extraValues) {
        record.issues.append(makeIssue(
            record.line, "too_many_fields",
            ReaderTr::tr("Line %1 has more fields than the header (%2 instead of %3), probably because of an unquoted "
                         "delimiter inside a value; the row was not imported.")
                .arg(record.line)
                .arg(count)
                .arg(headerWidth),
            true));
        // The record's bytes are still in the buffer: nextRaw() ran just before and nothing was read since.
        record.raw = QByteArray(buf.constData() + rawRecord.begin, rawRecord.contentEnd - rawRecord.begin);
        return;
    }
    if (count > headerRawWidth)
        record.issues.append(makeIssue(
            record.line, "extra_empty_fields",
            ReaderTr::tr("Line %1 has empty fields after the last column (%2); they were ignored.")
                .arg(record.line)
                .arg(count - headerWidth),
            false));
    fields.resize(headerWidth);
}

bool CsvReader::Impl::fetch(CsvRecord& record)
{
    for (;;) {
        if (!nextRaw(record)) {
            // End of file: whatever is still held as a footer candidate was the report footer.
            for (const CsvRecord& row : footer)
                fileIssues.append(makeIssue(
                    row.line, "report_footer",
                    ReaderTr::tr("Line %1 looks like a report footer (\"%2\") and was skipped.")
                        .arg(row.line)
                        .arg(cleanedView(row.fields.first()).left(80).toString()),
                    false));
            footer.clear();
            return false;
        }
        if (!record.rejected() && isBlank(record)) {
            ++blankRows;
            afterBlank = true;
            continue;
        }
        if (!record.rejected() && isRepeatedHeader(record)) {
            fileIssues.append(makeIssue(
                record.line, "repeated_header",
                ReaderTr::tr("Line %1 repeats the header row (files joined together?) and was skipped.")
                    .arg(record.line),
                false));
            continue;
        }
        shape(record);
        if (afterBlank && headerWidth > 1 && !record.rejected() && isSingleCell(record)
            && footer.size() < size_t(MaxFooterRows)) {
            footer.push_back(std::move(record));
            record = CsvRecord();
            continue;
        }
        afterBlank = false;
        if (!footer.empty()) {
            // A normal row follows: the candidates were ordinary (short) rows after all.
            for (CsvRecord& row : footer)
                ready.push_back(std::move(row));
            footer.clear();
            ready.push_back(std::move(record));
            record = std::move(ready.front());
            ready.pop_front();
        }
        return true;
    }
}

char CsvReader::Impl::detectDelimiter(unsigned* lineEndings)
{
    // Parse the start of the file with each candidate and keep the one whose records most consistently have the
    // same number (> 1) of fields: frequency counting fails on quoted delimiters, this does not.
    static constexpr char candidates[] = { ',', ';', '\t', '|' };
    char best = ',';
    double bestScore = 0;
    qsizetype bestWidth = 0;
    unsigned bestMask = 0;
    unsigned firstMask = 0;
    for (const char candidate : candidates) {
        const CsvParser candidateParser(candidate);
        CsvParser::RawRecord raw;
        std::vector<qsizetype> widths;
        unsigned mask = 0;
        qsizetype p = pos;
        while (int(widths.size()) < SniffMaxRecords) {
            if (int(widths.size()) >= SniffMinRecords && p - pos >= SniffMinBytes)
                break;
            const CsvParser::Outcome outcome = candidateParser.parse(buf.constData(), buf.size(), p, sourceEnd, raw);
            if (outcome != CsvParser::Outcome::Record)
                break;
            p = raw.end;
            mask |= maskOf(raw.terminator);
            bool blank = true;
            for (const CsvParser::Field& field : raw.fields)
                if (field.end > field.begin)
                    blank = false;
            if (!blank)
                widths.push_back(qsizetype(raw.fields.size()));
        }
        if (candidate == ',')
            firstMask = mask;
        if (widths.empty())
            continue;
        std::vector<qsizetype> sorted = widths;
        std::sort(sorted.begin(), sorted.end());
        qsizetype mode = sorted.front();
        qsizetype modeCount = 0;
        for (size_t i = 0; i < sorted.size();) {
            size_t j = i;
            while (j < sorted.size() && sorted[j] == sorted[i])
                ++j;
            if (qsizetype(j - i) > modeCount) {
                modeCount = qsizetype(j - i);
                mode = sorted[i];
            }
            i = j;
        }
        if (mode <= 1)
            continue;
        double score = double(modeCount) / double(widths.size());
        // Excel's "Unicode Text" is UTF-16 with TABs: prefer TAB on a tie.
        if (candidate == '\t'
            && (dialect.encoding == Encoding::Utf16LE || dialect.encoding == Encoding::Utf16BE))
            score += 0.01;
        if (score > bestScore + 1e-9 || (std::abs(score - bestScore) <= 1e-9 && mode > bestWidth)) {
            best = candidate;
            bestScore = score;
            bestWidth = mode;
            bestMask = mask;
        }
    }
    *lineEndings = bestScore > 0 ? bestMask : firstMask;
    return best;
}

CsvReader::CsvReader() : d(std::make_unique<Impl>()) { }

CsvReader::~CsvReader() = default;

Status CsvReader::open(const QString& path, const Options& options)
{
    d = std::make_unique<Impl>();
    d->file.setFileName(path);
    if (!d->file.open(QIODevice::ReadOnly)) {
        const QString reason = d->file.errorString();
        return Error { Error::Code::Io, ReaderTr::tr("Cannot open %1: %2").arg(path, reason), reason, {} };
    }
    return d->start(&d->file, options);
}

Status CsvReader::open(QIODevice* device, const Options& options)
{
    d = std::make_unique<Impl>();
    return d->start(device, options);
}

Status CsvReader::Impl::start(QIODevice* source, const Options& options)
{
    Impl& s = *this;
    s.device = source;
    s.size = source->size();

    const qsizetype headWant = source->isSequential() ? SampleSize : std::min<qsizetype>(SampleSize, s.size + 1);
    QByteArray head(headWant, Qt::Uninitialized);
    const qint64 headSize = source->read(head.data(), headWant);
    if (headSize < 0)
        return Error { Error::Code::Io, ReaderTr::tr("The file could not be read: %1").arg(source->errorString()),
                       source->errorString(), {} };
    head.resize(headSize);
    s.sourceRead = headSize;
    s.sourceEnd = headSize < headWant || source->atEnd();

    auto validation = [](const QString& message) { return Error::validation(QStringLiteral("file"), message); };
    if (head.isEmpty())
        return validation(ReaderTr::tr("The file is empty."));

    // Encoding: the user's choice, else a BOM, else strict UTF-8, else a Windows code page.
    Encoding encoding = Encoding::Utf8;
    if (options.encoding) {
        encoding = *options.encoding;
        s.bomLength = CsvDecoder::bomLengthFor(head, encoding);
        s.dialect.encodingDetected = false;
    } else {
        s.bomLength = CsvDecoder::bomLength(head, &encoding);
    }
    const bool utf16 = encoding == Encoding::Utf16LE || encoding == Encoding::Utf16BE;
    if (const QString reason = CsvDecoder::binaryReason(head, !utf16); !reason.isEmpty())
        return validation(reason);
    if (!options.encoding && s.bomLength == 0)
        encoding = CsvDecoder::guessEncoding(head);
    if (head.size() == s.bomLength && s.sourceEnd)
        return validation(ReaderTr::tr("The file is empty."));
    s.dialect.encoding = encoding;
    s.dialect.bom = s.bomLength > 0;
    s.decoder = std::make_unique<CsvDecoder>(encoding);
    if (encoding == Encoding::Utf8) {
        s.buf = std::move(head);
        s.buf.remove(0, s.bomLength);
    } else {
        s.decoder->decode(QByteArrayView(head).sliced(s.bomLength), s.buf, s.sourceEnd);
    }
    qCDebug(lcCsv) << "reading" << s.size << "bytes as" << encodingName(encoding) << "bom" << s.dialect.bom;

    // Excel's `sep=X` first line names the delimiter; it is a line of the file but not data.
    const char* text = s.buf.constData();
    const qsizetype textSize = s.buf.size();
    if (textSize >= 5 && QByteArrayView(text, 4).compare("sep=", Qt::CaseInsensitive) == 0
        && std::strchr(",;\t|", text[4]) && text[4] != '\0'
        && (textSize == 5 || text[5] == '\r' || text[5] == '\n')) {
        s.dialect.sepDirective = true;
        if (!options.delimiter) {
            s.dialect.delimiter = QChar::fromLatin1(text[4]);
            s.dialect.delimiterDetected = false;
        }
        qsizetype next = 5;
        if (next < textSize && text[next] == '\r') {
            ++next;
            s.lineEndingMask |= (next < textSize && text[next] == '\n') ? MaskCRLF : MaskCR;
            if (next < textSize && text[next] == '\n')
                ++next;
        } else if (next < textSize && text[next] == '\n') {
            ++next;
            s.lineEndingMask |= MaskLF;
        }
        s.pos = next;
        s.line = 2;
    }

    unsigned sampleEndings = 0;
    if (options.delimiter) {
        const QChar delimiter = *options.delimiter;
        if (delimiter.unicode() == 0 || delimiter.unicode() > 0x7E || delimiter == u'"' || delimiter == u'\r'
            || delimiter == u'\n')
            return Error { Error::Code::InvalidArgument,
                           ReaderTr::tr("The delimiter must be a comma, a semicolon, a tab or a vertical bar."), {}, {} };
        s.dialect.delimiter = delimiter;
        s.dialect.delimiterDetected = false;
        s.parser.emplace(char(delimiter.unicode()));
        s.detectDelimiter(&sampleEndings); // only for the line endings
    } else if (s.dialect.sepDirective) {
        s.parser.emplace(char(s.dialect.delimiter.unicode()));
        s.detectDelimiter(&sampleEndings);
    } else {
        const char delimiter = s.detectDelimiter(&sampleEndings);
        s.dialect.delimiter = QChar::fromLatin1(delimiter);
        s.parser.emplace(delimiter);
    }
    s.lineEndingMask |= sampleEndings;
    s.dialect.lineEndings = lineEndingsOf(s.lineEndingMask);

    // The header is the first non-blank record.
    CsvRecord record;
    for (;;) {
        if (!s.nextRaw(record)) {
            if (!s.error.ok())
                return s.error;
            return validation(ReaderTr::tr("The file has no header row: every line is blank."));
        }
        if (s.isBlank(record)) {
            ++s.blankRows;
            continue;
        }
        break;
    }
    s.setHeader(record);

    // Look one record ahead so a header-only file is known right after open().
    if (s.fetch(record)) {
        s.ready.push_front(std::move(record));
    } else if (s.error.ok()) {
        s.atEnd = true;
        s.fileIssues.prepend(makeIssue(s.headerLine, "header_only",
                                       ReaderTr::tr("The file has a header row but no data rows."), false));
    }
    return s.error;
}

const Dialect& CsvReader::dialect() const
{
    return d->dialect;
}

const QStringList& CsvReader::header() const
{
    return d->header;
}

qint64 CsvReader::headerLine() const
{
    return d->headerLine;
}

bool CsvReader::next(CsvRecord& record)
{
    if (!d->ready.empty()) {
        record = std::move(d->ready.front());
        d->ready.pop_front();
        return true;
    }
    if (d->atEnd || !d->parser)
        return false;
    if (d->fetch(record))
        return true;
    d->atEnd = true;
    return false;
}

const QList<CsvIssue>& CsvReader::fileIssues() const
{
    return d->fileIssues;
}

qint64 CsvReader::blankRowsSkipped() const
{
    return d->blankRows;
}

qint64 CsvReader::bytesRead() const
{
    if (!d->device)
        return 0;
    if (d->atEnd)
        return d->size;
    const qint64 decodedDone = d->dropped + d->pos;
    if (d->dialect.encoding == Encoding::Utf8)
        return std::min(d->size, d->bomLength + decodedDone);
    // Other encodings: scale the bytes read by the share of decoded text already parsed.
    const qint64 decodedTotal = d->dropped + d->buf.size();
    if (decodedTotal <= 0)
        return 0;
    return qint64(double(d->sourceRead) * double(decodedDone) / double(decodedTotal));
}

qint64 CsvReader::fileSize() const
{
    return d->size;
}

const Status& CsvReader::error() const
{
    return d->error;
}

Result<CsvReader::Preview> CsvReader::preview(const QString& path, const Options& options, int maxRecords)
{
    CsvReader reader;
    if (const Status status = reader.open(path, options); !status.ok())
        return status.error();
    Preview preview;
    CsvRecord record;
    while (preview.records.size() < maxRecords && reader.next(record))
        preview.records.append(record);
    preview.dialect = reader.dialect();
    preview.header = reader.header();
    preview.headerLine = reader.headerLine();
    preview.fileIssues = reader.fileIssues();
    return preview;
}

} // namespace ChannelDesk::Csv
