// libFuzzer target for the CSV reading layer (issue 3 "Tests"): CsvDecoder + CsvParser + CsvReader over arbitrary
// bytes, detected and with forced options. It must never crash, hang or break the reader's invariants: physical
// line numbers only grow, every rejection names a line inside its record, values are NFC, and no accepted value
// holds a U+FFFD the input did not contain.
#include "csv/CsvReader.h"

#include <QBuffer>
#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace ChannelDesk::Csv;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer reports the input that broke an invariant
}

bool mayContainReplacement(const QByteArray& bytes)
{
    return bytes.contains("\xEF\xBF\xBD") || bytes.contains("\xFD\xFF") || bytes.contains("\xFF\xFD");
}

void readAll(const QByteArray& input, const CsvReader::Options& options)
{
    QByteArray copy = input;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    if (!reader.open(&buffer, options).ok())
        return;
    const qsizetype width = reader.header().size();
    check(reader.headerLine() >= 1);
    qint64 previousLast = reader.headerLine();
    const bool replacementAllowed = mayContainReplacement(input);
    CsvRecord record;
    int count = 0;
    while (reader.next(record)) {
        check(record.line > previousLast);
        check(record.lastLine >= record.line);
        previousLast = record.lastLine;
        check(record.fields.size() >= width);
        for (const CsvIssue& issue : record.issues) {
            check(issue.line >= record.line && issue.line <= record.lastLine);
            check(!issue.code.isEmpty() && !issue.message.isEmpty());
        }
        check(record.rejected() || record.raw.isEmpty()); // raw only for rejected records
        if (!record.rejected()) {
            for (const QString& value : record.fields) {
                check(value == value.normalized(QString::NormalizationForm_C));
                check(replacementAllowed || !value.contains(QChar(0xFFFD)));
            }
        }
        check(reader.bytesRead() <= reader.fileSize());
        check(++count <= input.size() + 1);
    }
    check(reader.error().ok());
    for (const CsvIssue& issue : reader.fileIssues())
        check(issue.line >= 1 && !issue.code.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    readAll(input, {});

    // The same bytes with options forced, chosen by the first two bytes so the corpus explores every combination.
    if (size >= 2) {
        static constexpr Encoding encodings[] = { Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE,
                                                  Encoding::Windows1252, Encoding::Windows1258 };
        static constexpr char16_t delimiters[] = { u',', u';', u'\t', u'|' };
        CsvReader::Options options;
        if (data[0] % 6 != 5)
            options.encoding = encodings[data[0] % 6];
        if (data[1] % 5 != 4)
            options.delimiter = QChar(delimiters[data[1] % 5]);
        readAll(input, options);
    }
    return 0;
}
