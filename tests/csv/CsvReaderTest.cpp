// CsvReader: bytes → records (issue 3 "Reading"; csv-checklist.md sections A, B and C, items 1–17). Fixture files
// are in tests/data/csv/ (written by generate-reader-fixtures.py); the rest are explicit byte arrays below.
#include "csv/CsvReader.h"

#include "csv/CsvDecoder.h"

#include "support/CatchQt.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTemporaryDir>

using namespace ChannelDesk;
using namespace ChannelDesk::Csv;

namespace {

struct ReadResult
{
    Status status;
    Dialect dialect;
    QStringList header;
    qint64 headerLine = 0;
    QList<CsvRecord> records;
    QList<CsvIssue> fileIssues;
    qint64 blankRows = 0;
    qint64 bytesRead = 0;
    qint64 fileSize = 0;

    QStringList fileIssueCodes() const
    {
        QStringList codes;
        for (const CsvIssue& issue : fileIssues)
            codes.append(issue.code);
        return codes;
    }
    QList<qint64> fileIssueLines(const QString& code) const
    {
        QList<qint64> lines;
        for (const CsvIssue& issue : fileIssues)
            if (issue.code == code)
                lines.append(issue.line);
        return lines;
    }
    QList<qint64> lines() const
    {
        QList<qint64> result;
        for (const CsvRecord& record : records)
            result.append(record.line);
        return result;
    }
};

void readAllFrom(CsvReader& reader, ReadResult& result)
{
    result.dialect = reader.dialect();
    result.header = reader.header();
    result.headerLine = reader.headerLine();
    if (!result.status.ok())
        return;
    CsvRecord record;
    while (reader.next(record))
        result.records.append(record);
    REQUIRE(reader.error().ok());
    result.dialect = reader.dialect();
    result.fileIssues = reader.fileIssues();
    result.blankRows = reader.blankRowsSkipped();
    result.bytesRead = reader.bytesRead();
    result.fileSize = reader.fileSize();
}

ReadResult readBytes(const QByteArray& bytes, const CsvReader::Options& options = {})
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    ReadResult result;
    result.status = reader.open(&buffer, options);
    readAllFrom(reader, result);
    return result;
}

QString fixture(const char* name)
{
    return QStringLiteral(CSV_TEST_DATA_DIR "/") + QString::fromLatin1(name);
}

ReadResult readFixture(const char* name, const CsvReader::Options& options = {})
{
    CsvReader reader;
    ReadResult result;
    result.status = reader.open(fixture(name), options);
    readAllFrom(reader, result);
    return result;
}

QStringList codesOf(const CsvRecord& record)
{
    QStringList codes;
    for (const CsvIssue& issue : record.issues)
        codes.append(issue.code);
    return codes;
}

QStringList list(std::initializer_list<const char*> values)
{
    QStringList result;
    for (const char* value : values)
        result.append(QString::fromUtf8(value));
    return result;
}

QByteArray utf16le(const QString& text, bool bom = true)
{
    QByteArray out = bom ? QByteArray("\xFF\xFE", 2) : QByteArray();
    for (QChar c : text) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// A. Bytes → text

TEST_CASE("Reader reads a plain comma file with its header and physical line numbers (checklist 10 and 12)",
          "[reader]")
{
    const ReadResult r = readBytes("Name,City\nAcme,Hanoi\nBeta,Paris\n");
    REQUIRE(r.status.ok());
    CHECK(r.dialect.encoding == Encoding::Utf8);
    CHECK_FALSE(r.dialect.bom);
    CHECK(r.dialect.encodingDetected);
    CHECK(r.dialect.delimiter == u',');
    CHECK(r.dialect.delimiterDetected);
    CHECK_FALSE(r.dialect.sepDirective);
    CHECK(r.dialect.lineEndings == LineEndings::LF);
    CHECK(r.header == list({ "Name", "City" }));
    CHECK(r.headerLine == 1);
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].fields == list({ "Acme", "Hanoi" }));
    CHECK(r.records[0].line == 2);
    CHECK(r.records[0].lastLine == 2);
    CHECK(r.records[0].issues.isEmpty());
    CHECK(r.records[0].raw.isEmpty()); // raw only for rejected records
    CHECK(r.records[1].line == 3);
    CHECK(r.fileIssues.isEmpty());
    CHECK(r.bytesRead == r.fileSize);
}

TEST_CASE("Reader refuses empty files but accepts a one-line file (checklist 1)", "[reader]")
{
    const ReadResult empty = readFixture("empty.csv");
    REQUIRE_FALSE(empty.status.ok());
    CHECK(empty.status.error().code == Error::Code::Validation);
    CHECK(empty.status.error().message.contains(QStringLiteral("empty")));

    const ReadResult bomOnly = readBytes("\xEF\xBB\xBF");
    REQUIRE_FALSE(bomOnly.status.ok());
    CHECK(bomOnly.status.error().code == Error::Code::Validation);

    const ReadResult blankOnly = readBytes("\r\n , ,\r\n\r\n");
    REQUIRE_FALSE(blankOnly.status.ok());
    CHECK(blankOnly.status.error().code == Error::Code::Validation);
    CHECK(blankOnly.status.error().message.contains(QStringLiteral("header")));

    const ReadResult oneLine = readBytes("Name");
    REQUIRE(oneLine.status.ok());
    CHECK(oneLine.header == list({ "Name" }));
    CHECK(oneLine.dialect.lineEndings == LineEndings::None);
}

TEST_CASE("Reader refuses xlsx xls PDF and binary files with a specific message (checklist 1)", "[reader]")
{
    const ReadResult xlsx = readFixture("xlsx-renamed.csv");
    REQUIRE_FALSE(xlsx.status.ok());
    CHECK(xlsx.status.error().code == Error::Code::Validation);
    CHECK(xlsx.status.error().message.contains(QStringLiteral("Excel workbook (.xlsx)")));
    CHECK(xlsx.status.error().message.contains(QStringLiteral("CSV UTF-8")));

    const ReadResult xls = readBytes(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12));
    REQUIRE_FALSE(xls.status.ok());
    CHECK(xls.status.error().message.contains(QStringLiteral(".xls")));

    const ReadResult pdf = readBytes("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");
    REQUIRE_FALSE(pdf.status.ok());
    CHECK(pdf.status.error().message.contains(QStringLiteral("PDF")));

    const ReadResult nul = readBytes(QByteArray("Name,City\nA\0\x01\x02\x03,B\n", 18));
    REQUIRE_FALSE(nul.status.ok());
    CHECK(nul.status.error().code == Error::Code::Validation);
    CHECK(nul.status.error().message.contains(QStringLiteral("binary")));

    // UTF-16 without its BOM is not "binary": the message says what to choose, and choosing it works.
    const QByteArray noBom = utf16le(QStringLiteral("Name,City\r\nA,B\r\n"), false);
    const ReadResult utf16NoBom = readBytes(noBom);
    REQUIRE_FALSE(utf16NoBom.status.ok());
    CHECK(utf16NoBom.status.error().message.contains(QStringLiteral("UTF-16")));
    CsvReader::Options forced;
    forced.encoding = Encoding::Utf16LE;
    const ReadResult chosen = readBytes(noBom, forced);
    REQUIRE(chosen.status.ok());
    CHECK(chosen.header == list({ "Name", "City" }));
    CHECK_FALSE(chosen.dialect.encodingDetected);

    // Negative: text that merely starts with "PK" or contains "%PDF" later is CSV.
    const ReadResult text = readBytes("PK,Name\n1,%PDF\n");
    REQUIRE(text.status.ok());
    CHECK(text.header == list({ "PK", "Name" }));
}

TEST_CASE("Reader warns header_only for a file without data rows", "[reader]")
{
    const ReadResult r = readFixture("header-only.csv");
    REQUIRE(r.status.ok());
    CHECK(r.header == list({ "Name", "City" }));
    CHECK(r.records.isEmpty());
    CHECK(r.fileIssueCodes() == list({ "header_only" }));
    CHECK(r.fileIssueLines(QStringLiteral("header_only")) == QList<qint64> { 1 });

    // The warning is there right after open(), before next() is called.
    CsvReader reader;
    REQUIRE(reader.open(fixture("header-only.csv")).ok());
    REQUIRE(reader.fileIssues().size() == 1);
    CHECK(reader.fileIssues().first().code == QStringLiteral("header_only"));
    CHECK_FALSE(reader.fileIssues().first().rejects);

    const ReadResult withRow = readBytes("Name,City\r\nA,B\r\n");
    CHECK_FALSE(withRow.fileIssueCodes().contains(QStringLiteral("header_only")));
}

TEST_CASE("Reader strips a UTF-8 BOM and detects the semicolon of an Excel CSV UTF-8 file (checklist 2 and 8)",
          "[reader]")
{
    const ReadResult r = readFixture("excel-utf8-bom-semicolon.csv");
    REQUIRE(r.status.ok());
    CHECK(r.dialect.encoding == Encoding::Utf8);
    CHECK(r.dialect.bom);
    CHECK(r.dialect.delimiter == u';');
    CHECK(r.dialect.delimiterDetected);
    CHECK(r.dialect.lineEndings == LineEndings::CRLF);
    CHECK(r.header == list({ "Tên đối tác", "Thành phố", "Doanh thu" }));
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].fields == list({ "Công ty Ánh Dương", "Hà Nội", "1.250.000,50" }));
    CHECK(r.records[1].fields == list({ "Nguyễn; Trần & Co", "Đà Nẵng", "2,5" }));
    CHECK(r.lines() == QList<qint64> { 2, 3 });
    CHECK(r.bytesRead == r.fileSize);
}

TEST_CASE("Reader decodes UTF-16LE and UTF-16BE with BOM and prefers TAB (checklist 2 and 8)", "[reader]")
{
    const ReadResult r = readFixture("utf16le-tab.csv");
    REQUIRE(r.status.ok());
    CHECK(r.dialect.encoding == Encoding::Utf16LE);
    CHECK(r.dialect.bom);
    CHECK(r.dialect.delimiter == u'\t');
    CHECK(r.dialect.lineEndings == LineEndings::CRLF);
    CHECK(r.header == list({ "Name", "City", "Note" }));
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].fields == list({ "Đông Á", "Huế", "😀 emoji" }));
    CHECK(r.records[1].fields == list({ "Multi\nline", "Đà Lạt", "x" }));
    CHECK(r.records[1].line == 3);
    CHECK(r.records[1].lastLine == 4);

    QByteArray be("\xFE\xFF", 2);
    for (QChar c : QStringLiteral("Tên\tGhi chú\r\nẤn\t𝄞\r\n")) {
        be.append(char(c.unicode() >> 8));
        be.append(char(c.unicode() & 0xFF));
    }
    const ReadResult big = readBytes(be);
    REQUIRE(big.status.ok());
    CHECK(big.dialect.encoding == Encoding::Utf16BE);
    CHECK(big.header == list({ "Tên", "Ghi chú" }));
    REQUIRE(big.records.size() == 1);
    CHECK(big.records[0].fields == list({ "Ấn", "𝄞" }));
}

TEST_CASE("Reader rejects the record holding a lone UTF-16 surrogate and keeps the others (checklist 4)",
          "[reader]")
{
    QByteArray bytes = utf16le(QStringLiteral("Name\tNote\r\nA\tok\r\nB\t"));
    bytes.append("\x00\xD8", 2); // a high surrogate followed by an ASCII unit
    bytes.append(utf16le(QStringLiteral("x\r\nC\tfine\r\n"), false));
    const ReadResult r = readBytes(bytes);
    REQUIRE(r.status.ok());
    REQUIRE(r.records.size() == 3);
    CHECK_FALSE(r.records[0].rejected());
    CHECK(r.records[1].rejected());
    CHECK(codesOf(r.records[1]) == list({ "invalid_encoding" }));
    CHECK(r.records[1].issues.first().line == 3);
    CHECK_FALSE(r.records[1].raw.isEmpty());
    CHECK(r.records[2].fields == list({ "C", "fine" }));
    CHECK_FALSE(r.records[2].rejected());
}

TEST_CASE("Reader detects Windows-1252 and decodes the euro sign and curly quotes with ICU (checklist 3)",
          "[reader]")
{
    const ReadResult r = readFixture("windows-1252-euro.csv");
    REQUIRE(r.status.ok());
    CHECK(r.dialect.encoding == Encoding::Windows1252);
    CHECK(r.dialect.encodingDetected);
    CHECK_FALSE(r.dialect.bom);
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].fields == list({ "Café Müller", "€ 1.200", "“quoted” – dash" }));
    CHECK(r.records[1].fields == list({ "Œuvre Straße", "€ 3", "naïve façade" }));
    for (const CsvRecord& record : r.records)
        CHECK_FALSE(record.rejected());
}

TEST_CASE("Reader rejects a byte undefined in Windows-1252 instead of storing a control character", "[reader]")
{
    CsvReader::Options options;
    options.encoding = Encoding::Windows1252;
    const ReadResult r = readBytes("Name\nCaf\xE9\nBad\x81 byte\n", options);
    REQUIRE(r.status.ok());
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].fields == list({ "Café" }));
    CHECK_FALSE(r.records[0].rejected());
    CHECK(codesOf(r.records[1]) == list({ "invalid_encoding" }));
    CHECK(r.records[1].issues.first().line == 3);
}

TEST_CASE("Reader detects Windows-1258 and composes its tone marks to NFC (checklist 3 and 6)", "[reader]")
{
    const ReadResult r = readFixture("windows-1258-vietnamese.csv");
    REQUIRE(r.status.ok());
    CHECK(r.dialect.encoding == Encoding::Windows1258);
    CHECK(r.header == list({ "Tên", "Thành phố" }));
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[0].fields == list({ "Nguyễn Văn Ánh", "Hà Nội" }));
    CHECK(r.records[1].fields == list({ "Trần Thị Bích Ngọc", "Đà Nẵng" }));
    CHECK(r.records[2].fields == list({ "Công ty Đông Á", "Thủ Dầu Một" }));
    for (const CsvRecord& record : r.records)
        for (const QString& value : record.fields)
            CHECK(value == value.normalized(QString::NormalizationForm_C));

    // Negative: a Western file with accents after consonants (Italian, French) stays Windows-1252.
    const ReadResult italian = readBytes("Nome,Citt\xE0\nperch\xE9,Forl\xEC\nlibert\xE0,Cant\xF9\n");
    REQUIRE(italian.status.ok());
    CHECK(italian.dialect.encoding == Encoding::Windows1252);
    REQUIRE(italian.records.size() == 2);
    CHECK(italian.records[0].fields == list({ "perché", "Forlì" }));
}

TEST_CASE("Reader keeps UTF-8 when a few lines are invalid and rejects just those lines (checklist 4)", "[reader]")
{
    const ReadResult r = readFixture("utf8-invalid-line.csv");
    REQUIRE(r.status.ok());
    CHECK(r.dialect.encoding == Encoding::Utf8);
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[0].fields == list({ "Nguyễn", "Hà Nội" }));
    CHECK_FALSE(r.records[0].rejected());
    CHECK(r.records[1].rejected());
    CHECK(codesOf(r.records[1]) == list({ "invalid_encoding" }));
    CHECK(r.records[1].line == 3);
    CHECK(r.records[1].issues.first().line == 3);
    CHECK(r.records[1].raw == QByteArray("Caf\xE9 Paris,Lyon"));
    CHECK(r.records[2].fields == list({ "Trần", "Huế" }));
    CHECK(r.records[2].line == 4);

    // The invalid byte's own line is named when the record spans several lines.
    const ReadResult multi = readBytes("Name,Note\n\"Nguyễn Thị Ánh\",\"first\nsecond \xFF\nthird\"\nB,ok\n");
    REQUIRE(multi.records.size() == 2);
    CHECK(multi.records[0].line == 2);
    CHECK(multi.records[0].lastLine == 4);
    REQUIRE(multi.records[0].rejected());
    CHECK(multi.records[0].issues.first().line == 3);
    CHECK(multi.records[1].line == 5);

    // An invalid byte in the header is a warning about the file: the header is still used.
    const ReadResult header = readBytes("Na\xFFme,City\nNguyễn Thị,Hà Nội\nTrần Văn,Huế\n");
    REQUIRE(header.status.ok());
    CHECK(header.dialect.encoding == Encoding::Utf8);
    CHECK(header.fileIssueLines(QStringLiteral("invalid_encoding")) == QList<qint64> { 1 });
    CHECK_FALSE(header.fileIssues.first().rejects);
    CHECK(header.records.size() == 2);

    // Negative: valid UTF-8 with a literal U+FFFD is not rejected.
    const ReadResult literal = readBytes("Name\nBroken \xEF\xBF\xBD sign\n");
    REQUIRE(literal.records.size() == 1);
    CHECK_FALSE(literal.records[0].rejected());
    CHECK(literal.records[0].fields.first() == QStringLiteral("Broken \uFFFD sign"));
}

TEST_CASE("Reader forced to UTF-8 rejects the 1252 lines instead of guessing", "[reader]")
{
    CsvReader::Options options;
    options.encoding = Encoding::Utf8;
    const ReadResult r = readFixture("windows-1252-euro.csv", options);
    REQUIRE(r.status.ok());
    CHECK(r.dialect.encoding == Encoding::Utf8);
    CHECK_FALSE(r.dialect.encodingDetected);
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].rejected());
    CHECK(r.records[1].rejected());
}

TEST_CASE("Reader warns about probable double-encoded UTF-8 (checklist 5)", "[reader]")
{
    const ReadResult r = readBytes("Name,City\nCaf\xC3\x83\xC2\xA9 M\xC3\x83\xC2\xBCller,Paris\n");
    REQUIRE(r.status.ok());
    CHECK(r.fileIssueCodes() == list({ "double_encoded" }));
    CHECK(r.fileIssueLines(QStringLiteral("double_encoded")) == QList<qint64> { 2 });
    REQUIRE(r.records.size() == 1);
    CHECK_FALSE(r.records[0].rejected()); // a warning, the value is kept as written

    const ReadResult vietnamese = readBytes("Name\nNguy\xC3\xA1\xC2\xBB\xE2\x80\xA6n\n");
    CHECK(vietnamese.fileIssueCodes() == list({ "double_encoded" }));

    // Negative: correct UTF-8 with Ã and Â as letters.
    const ReadResult fine = readBytes("Name,City\nCafé Ãn,NGÃ BA\nÂu Cơ,Huế\n");
    CHECK(fine.fileIssues.isEmpty());
}

TEST_CASE("Reader composes NFD input to NFC (checklist 6)", "[reader]")
{
    const ReadResult r = readFixture("nfd-vietnamese.csv");
    REQUIRE(r.status.ok());
    CHECK(r.header == list({ "Tên", "Thành phố" }));
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0].fields == list({ "Nguyễn Thị Ánh", "Đà Nẵng" }));
    CHECK(r.records[0].fields[0].size() == 14); // NFC: one code unit per letter
}

TEST_CASE("Reader removes a BOM at the start of a later line and skips repeated headers (checklist 2 and 17)",
          "[reader]")
{
    const ReadResult r = readFixture("concatenated-exports.csv");
    REQUIRE(r.status.ok());
    CHECK(r.dialect.bom);
    CHECK(r.header == list({ "Name", "City" }));
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[0].fields == list({ "A", "Hà Nội" }));
    CHECK(r.records[2].fields == list({ "C", "Đà Nẵng" }));
    CHECK(r.lines() == QList<qint64> { 2, 3, 5 });
    CHECK(r.fileIssueCodes() == list({ "repeated_header" }));
    CHECK(r.fileIssueLines(QStringLiteral("repeated_header")) == QList<qint64> { 4 });

    // Negative: a row that only resembles the header is data.
    const ReadResult similar = readBytes("Name,City\nName,Town\n");
    REQUIRE(similar.records.size() == 1);
    CHECK(similar.fileIssues.isEmpty());

    // A BOM inside a value (not at a line start) is data, only cleaned from the header.
    const ReadResult inner = readBytes("\xEF\xBB\xBFName ,\xE2\x80\x8B" "City\xC2\xA0\nA\xEF\xBB\xBF,B\n");
    CHECK(inner.header == list({ "Name", "City" }));
    REQUIRE(inner.records.size() == 1);
    CHECK(inner.records[0].fields.first() == QStringLiteral("A\uFEFF"));
}

// ---------------------------------------------------------------------------------------------------------------
// B. Dialect

TEST_CASE("Reader honours a sep= first line as the delimiter and counts it as a line (checklist 7)", "[reader]")
{
    const ReadResult r = readFixture("sep-directive.csv");
    REQUIRE(r.status.ok());
    CHECK(r.dialect.sepDirective);
    CHECK(r.dialect.delimiter == u';');
    CHECK_FALSE(r.dialect.delimiterDetected);
    CHECK(r.header == list({ "Name", "City" }));
    CHECK(r.headerLine == 2);
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0].fields == list({ "A,1", "B" }));
    CHECK(r.records[0].line == 3);

    // The user's delimiter wins, and the sep= line is still not data.
    CsvReader::Options options;
    options.delimiter = QChar(u',');
    const ReadResult overridden = readFixture("sep-directive.csv", options);
    CHECK(overridden.dialect.sepDirective);
    CHECK(overridden.dialect.delimiter == u',');
    CHECK(overridden.header == list({ "Name;City" }));
    CHECK(overridden.headerLine == 2);

    // Negative: "sep=" inside a longer first line is a header.
    const ReadResult notDirective = readBytes("sep=;x,b\n1,2\n");
    CHECK_FALSE(notDirective.dialect.sepDirective);
    CHECK(notDirective.header == list({ "sep=;x", "b" }));
    CHECK(notDirective.headerLine == 1);
}

TEST_CASE("Reader picks the delimiter by quote-aware consistency not frequency (checklist 8)", "[reader]")
{
    // Many commas inside quoted values, semicolon as the delimiter.
    const ReadResult quoted = readBytes(
        "Name;Tags;Note\n\"A, B, C\";\"x,y,z\";\"1,2,3,4\"\n\"D, E\";\"p,q\";\"5,6\"\nF;G;H\n");
    CHECK(quoted.dialect.delimiter == u';');
    CHECK(quoted.header.size() == 3);

    // Commas win when consistent, even with semicolons in text.
    const ReadResult comma = readBytes("Name,Note\nA,x;y\nB,p;q;r\nC,z\n");
    CHECK(comma.dialect.delimiter == u',');

    const ReadResult tab = readBytes("Name\tCity\tNote\nA, Inc.\tHanoi\tx;y\nB\tParis\tz\n");
    CHECK(tab.dialect.delimiter == u'\t');

    const ReadResult pipe = readBytes("id|name|amount\n1|Acme, Inc.|1,5\n2|Beta; Ltd|2,5\n");
    CHECK(pipe.dialect.delimiter == u'|');
    REQUIRE(pipe.records.size() == 2);
    CHECK(pipe.records[0].fields == list({ "1", "Acme, Inc.", "1,5" }));

    // A delimiter that cannot be one is refused.
    CsvReader::Options quote;
    quote.delimiter = QChar(u'"');
    const ReadResult refused = readBytes("a,b\n", quote);
    REQUIRE_FALSE(refused.status.ok());
    CHECK(refused.status.error().code == Error::Code::InvalidArgument);

    // Options override detection.
    CsvReader::Options options;
    options.delimiter = QChar(u';');
    const ReadResult forced = readBytes("a,b;c\n1,2;3\n", options);
    CHECK(forced.dialect.delimiter == u';');
    CHECK_FALSE(forced.dialect.delimiterDetected);
    CHECK(forced.header == list({ "a,b", "c" }));
}

TEST_CASE("Reader recognises CRLF LF CR mixed and missing final line endings (checklist 9)", "[reader]")
{
    CHECK(readBytes("a,b\r\n1,2\r\n").dialect.lineEndings == LineEndings::CRLF);
    CHECK(readBytes("a,b\n1,2\n").dialect.lineEndings == LineEndings::LF);
    CHECK(readBytes("a,b\r1,2\r").dialect.lineEndings == LineEndings::CR);
    CHECK(readBytes("a,b").dialect.lineEndings == LineEndings::None);
    // Excel: LF inside cells but CRLF between records is not "mixed".
    CHECK(readBytes("a,b\r\n\"x\ny\",2\r\n").dialect.lineEndings == LineEndings::CRLF);

    const ReadResult mixed = readFixture("mixed-line-endings.csv");
    REQUIRE(mixed.status.ok());
    CHECK(mixed.dialect.lineEndings == LineEndings::Mixed);
    REQUIRE(mixed.records.size() == 3);
    CHECK(mixed.records[2].fields == list({ "5", "6" })); // no final newline
    CHECK(mixed.lines() == QList<qint64> { 2, 3, 4 });

    const ReadResult mac = readFixture("cr-only-mac.csv");
    REQUIRE(mac.status.ok());
    CHECK(mac.dialect.lineEndings == LineEndings::CR);
    REQUIRE(mac.records.size() == 3);
    CHECK(mac.records[1].fields == list({ "C", "D\rE" }));
    CHECK(mac.records[1].line == 3);
    CHECK(mac.records[1].lastLine == 4);
    CHECK(mac.records[2].line == 5);
}

// ---------------------------------------------------------------------------------------------------------------
// C. Parsing

TEST_CASE("Reader handles RFC 4180 quoting with delimiters quotes and line breaks inside (checklist 11 and 12)",
          "[reader]")
{
    const ReadResult r = readBytes("id,note,x\r\n"
                                   "1,\"a, b\",\"He said \"\"hi\"\"\"\r\n"
                                   "2,\"line1\r\nline2\nline3\rline4\",\"\"\r\n"
                                   "3,5\" screen,O\"Brien\r\n");
    REQUIRE(r.status.ok());
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[0].fields == list({ "1", "a, b", "He said \"hi\"" }));
    CHECK(r.records[1].fields == list({ "2", "line1\r\nline2\nline3\rline4", "" }));
    CHECK(r.records[1].line == 3);
    CHECK(r.records[1].lastLine == 6);
    // A bare quote inside an unquoted field is literal.
    CHECK(r.records[2].fields == list({ "3", "5\" screen", "O\"Brien" }));
    CHECK(r.records[2].line == 7);
    for (const CsvRecord& record : r.records)
        CHECK(record.issues.isEmpty());
}

TEST_CASE("Reader keeps text after a closing quote with a text_after_quote warning", "[reader]")
{
    const ReadResult r = readBytes("a,b\n\"Acme\" Inc,x\n\"ok\",y\n");
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].fields == list({ "Acme Inc", "x" }));
    CHECK(codesOf(r.records[0]) == list({ "text_after_quote" }));
    CHECK_FALSE(r.records[0].rejected());
    CHECK(r.records[0].issues.first().line == 2);
    CHECK(r.records[1].issues.isEmpty());
}

TEST_CASE("Reader rejects an unterminated quote at its line and resumes on the next line (checklist 13)",
          "[reader]")
{
    const ReadResult r = readFixture("unterminated-quote.csv");
    REQUIRE(r.status.ok());
    REQUIRE(r.records.size() == 4);
    CHECK(r.records[0].fields == list({ "A", "ok" }));
    CHECK(r.records[1].rejected());
    CHECK(codesOf(r.records[1]) == list({ "unterminated_quote" }));
    CHECK(r.records[1].line == 3);
    CHECK(r.records[1].issues.first().line == 3);
    CHECK(r.records[1].raw == QByteArray("B,\"open quote"));
    CHECK(r.records[2].fields == list({ "C", "fine" }));
    CHECK(r.records[2].line == 4);
    CHECK(r.records[3].fields == list({ "D", "also fine" }));
    CHECK(r.records[3].line == 5);

    // The line named is where the quote opened, even after an earlier multi-line value in the same record.
    const ReadResult later = readBytes("a,b,c\n\"x\ny\",\"open\nz,1,2\n");
    REQUIRE(later.records.size() == 2);
    CHECK(later.records[0].line == 2);
    CHECK(later.records[0].issues.first().line == 3);
    CHECK(later.records[1].fields == list({ "z", "1", "2" }));
    CHECK(later.records[1].line == 4);

    // Negative: a quote closed on the last line without a final newline is fine.
    const ReadResult closed = readBytes("a,b\n1,\"x\ny\"");
    REQUIRE(closed.records.size() == 1);
    CHECK(closed.records[0].issues.isEmpty());
}

TEST_CASE("Reader rejects an unterminated quote early in a big file and reads every later line (checklist 13)",
          "[reader]")
{
    // More than the reader's 16 MiB probe threshold after the open quote: the rest of the file is scanned, not
    // buffered, and reading resumes on the line after the quote, in UTF-8 and through the code-page decoder.
    for (const bool windows1252 : { false, true }) {
        QByteArray bytes = "Name,Note\r\nA,ok\r\nB,\"open quote\r\n";
        constexpr int rows = 320000;
        for (int i = 0; i < rows; ++i)
            bytes += "C" + QByteArray::number(i) + ",a note long enough to make this file big quickly with quotes \"\"\r\n";
        REQUIRE(bytes.size() > 20 * 1024 * 1024);
        CsvReader::Options options;
        if (windows1252)
            options.encoding = Encoding::Windows1252;
        INFO("windows-1252 " << windows1252);
        const ReadResult r = readBytes(bytes, options);
        REQUIRE(r.status.ok());
        REQUIRE(r.records.size() == 2 + rows);
        CHECK(r.records[0].fields == list({ "A", "ok" }));
        CHECK(codesOf(r.records[1]) == list({ "unterminated_quote" }));
        CHECK(r.records[1].line == 3);
        CHECK(r.records[1].issues.first().line == 3);
        CHECK(r.records[1].raw == QByteArray("B,\"open quote"));
        CHECK(r.records[2].fields.first() == QStringLiteral("C0"));
        CHECK(r.records[2].line == 4);
        CHECK(r.records[2].issues.isEmpty());
        CHECK(r.records.last().fields.first() == QStringLiteral("C%1").arg(rows - 1));
        CHECK(r.records.last().line == 3 + rows);
        CHECK(r.bytesRead == r.fileSize);
    }
}

TEST_CASE("Reader keeps values far beyond 32767 characters and warns long_value (checklist 14)", "[reader]")
{
    const ReadResult r = readFixture("long-multiline-value.csv");
    REQUIRE(r.status.ok());
    REQUIRE(r.records.size() == 2);
    const QString& note = r.records[0].fields[1];
    CHECK(note.size() == 100 * 410 - 1);
    CHECK(note.startsWith(QStringLiteral("line 000 xxx")));
    CHECK(note.endsWith(QStringLiteral("xxx")));
    CHECK(note.count(u'\n') == 99);
    CHECK(r.records[0].line == 2);
    CHECK(r.records[0].lastLine == 101);
    CHECK(r.records[1].line == 102);
    CHECK(r.fileIssueCodes() == list({ "long_value" }));
    CHECK(r.fileIssueLines(QStringLiteral("long_value")) == QList<qint64> { 2 });

    // A value of exactly 32,767 characters is fine.
    const QByteArray exact = "a\n" + QByteArray(32767, 'y') + "\n";
    CHECK(readBytes(exact).fileIssues.isEmpty());

    // 20 MiB in one quoted value: across several read chunks and past the reader's probe threshold (16 MiB, where
    // it checks that the quote does close before buffering more), nothing truncated.
    constexpr int kib = 20 * 1024;
    QByteArray huge = "a,b\n1,\"";
    for (int i = 0; i < kib; ++i)
        huge += QByteArray(1023, 'z') + '\n';
    huge += "\"\"end\"\n2,x\n";
    const ReadResult big = readBytes(huge);
    REQUIRE(big.records.size() == 2);
    CHECK(big.records[0].fields[1].size() == kib * 1024 + 4);
    CHECK(big.records[0].fields[1].endsWith(QStringLiteral("zzz\n\"end")));
    CHECK(big.records[0].issues.isEmpty());
    CHECK(big.records[1].line == kib + 3);
}

TEST_CASE("Reader pads short rows drops extra empty fields and rejects extra values (checklist 15)", "[reader]")
{
    const ReadResult r = readFixture("ragged-rows.csv");
    REQUIRE(r.status.ok());
    REQUIRE(r.records.size() == 4);
    CHECK(r.records[0].fields == list({ "1", "2", "" }));
    CHECK(codesOf(r.records[0]) == list({ "padded_row" }));
    CHECK_FALSE(r.records[0].rejected());
    CHECK(r.records[1].fields == list({ "1", "2", "3" }));
    CHECK(codesOf(r.records[1]) == list({ "extra_empty_fields" }));
    CHECK_FALSE(r.records[1].rejected());
    CHECK(codesOf(r.records[2]) == list({ "too_many_fields" }));
    CHECK(r.records[2].rejected());
    CHECK(r.records[2].issues.first().line == 4);
    CHECK(r.records[2].raw == QByteArray("1,2,3,4"));
    CHECK(r.records[3].issues.isEmpty());
    CHECK(r.lines() == QList<qint64> { 2, 3, 4, 5 });
}

TEST_CASE("Reader ignores an unnamed all-empty trailing column without warnings (checklist 15)", "[reader]")
{
    const ReadResult r = readBytes("a,b,\n1,2,\n3,4,\n5,6\n");
    REQUIRE(r.status.ok());
    CHECK(r.header == list({ "a", "b" }));
    REQUIRE(r.records.size() == 3);
    for (const CsvRecord& record : r.records) {
        CHECK(record.fields.size() == 2);
        CHECK(record.issues.isEmpty());
    }
    // Negative: a value under the unnamed column is not silently dropped.
    const ReadResult value = readBytes("a,b,\n1,2,oops\n");
    REQUIRE(value.records.size() == 1);
    CHECK(codesOf(value.records[0]) == list({ "too_many_fields" }));
}

TEST_CASE("Reader skips and counts blank whitespace-only and all-delimiter rows (checklist 16)", "[reader]")
{
    const ReadResult r = readBytes("\r\n \r\nName,City\r\n,\r\nA,B\r\n \t , \xC2\xA0\r\n\"\",\"\"\r\nC,D\r\n\r\n");
    REQUIRE(r.status.ok());
    CHECK(r.headerLine == 3);
    REQUIRE(r.records.size() == 2);
    CHECK(r.lines() == QList<qint64> { 5, 8 });
    CHECK(r.blankRows == 6);
    CHECK(r.fileIssues.isEmpty());
    // Negative: a row with one value is data.
    const ReadResult one = readBytes("Name,City\n,B\n");
    REQUIRE(one.records.size() == 1);
    CHECK(one.blankRows == 0);
}

TEST_CASE("Reader skips a Salesforce report footer with warnings (checklist 17)", "[reader]")
{
    const ReadResult r = readFixture("salesforce-report-footer.csv");
    REQUIRE(r.status.ok());
    CHECK(r.header == list({ "Account Name", "Billing City", "Type" }));
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[1].fields == list({ "Beta", "Paris", "Reseller" }));
    CHECK(r.blankRows == 1);
    CHECK(r.fileIssueLines(QStringLiteral("report_footer")) == QList<qint64> { 5, 6, 7, 8 });
    for (const CsvIssue& issue : r.fileIssues)
        CHECK_FALSE(issue.rejects);

    // Negative: single-cell rows after a blank line that are followed by a normal row are ordinary (padded) rows.
    const ReadResult notFooter = readBytes("Name,City\nA,B\n\nSolo\nAlone\nC,D\n");
    REQUIRE(notFooter.records.size() == 4);
    CHECK(notFooter.records[1].fields == list({ "Solo", "" }));
    CHECK(codesOf(notFooter.records[1]) == list({ "padded_row" }));
    CHECK(notFooter.lines() == QList<qint64> { 2, 4, 5, 6 });
    CHECK(notFooter.fileIssues.isEmpty());

    // Negative: single-cell rows at the end without a blank line before them are data.
    const ReadResult noBlank = readBytes("Name,City\nA,B\nSolo\n");
    REQUIRE(noBlank.records.size() == 2);
}

TEST_CASE("Reader preview returns the header and the first records", "[reader]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Name;City\n");
    for (int i = 0; i < 200; ++i)
        file.write(QStringLiteral("Partner %1;City %1\n").arg(i).toUtf8());
    file.close();

    const auto preview = CsvReader::preview(path, {}, 10);
    REQUIRE(preview.ok());
    CHECK(preview->dialect.delimiter == u';');
    CHECK(preview->header == list({ "Name", "City" }));
    CHECK(preview->headerLine == 1);
    REQUIRE(preview->records.size() == 10);
    CHECK(preview->records[9].fields == list({ "Partner 9", "City 9" }));
    CHECK(preview->records[9].line == 11);

    CsvReader::Options options;
    options.delimiter = QChar(u',');
    const auto comma = CsvReader::preview(path, options, 5);
    REQUIRE(comma.ok());
    CHECK(comma->header == list({ "Name;City" }));

    const auto missing = CsvReader::preview(dir.filePath(QStringLiteral("missing.csv")), {}, 5);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::Io);
}

TEST_CASE("Reader reports progress in bytes up to the file size", "[reader]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("id,name\n");
    for (int i = 0; i < 400000; ++i) // ~6 MiB: more than one read chunk
        file.write(QByteArray::number(i) + ",Partner name\n");
    file.close();

    CsvReader reader;
    REQUIRE(reader.open(path).ok());
    CHECK(reader.fileSize() == QFileInfo(path).size());
    CsvRecord record;
    qint64 last = 0;
    qint64 count = 0;
    bool sawMiddle = false;
    while (reader.next(record)) {
        CHECK(reader.bytesRead() >= last);
        last = reader.bytesRead();
        if (last > 0 && last < reader.fileSize())
            sawMiddle = true;
        ++count;
    }
    CHECK(count == 400000);
    CHECK(record.line == 400001);
    CHECK(sawMiddle);
    CHECK(reader.bytesRead() == reader.fileSize());
}

TEST_CASE("Reader keeps CRLF pairs BOMs and doubled quotes intact across the 4 MiB read boundary", "[reader]")
{
    constexpr qsizetype boundary = 4 * 1024 * 1024; // CsvReader's read size
    // Fill with rows, then place `tail` so that its byte `offset` is the first byte after the boundary.
    auto build = [&](const QByteArray& tail, qsizetype offset, qsizetype* fillerRows) {
        QByteArray bytes = "a,b\r\n";
        qsizetype rows = 0;
        while (bytes.size() + 100 < boundary - offset) {
            bytes += "x,y\r\n";
            ++rows;
        }
        bytes += "pad," + QByteArray(boundary - offset - bytes.size() - 6, 'p') + "\r\n";
        ++rows;
        REQUIRE(bytes.size() == boundary - offset);
        bytes += tail;
        *fillerRows = rows;
        return bytes;
    };
    qsizetype rows = 0;

    // CR is the last byte of the first chunk, LF the first of the next: one line break, not two.
    const ReadResult crlf = readBytes(build("last,1\r\nnext,2\r\n", 7, &rows));
    REQUIRE(crlf.records.size() == rows + 2);
    CHECK(crlf.records[rows].fields == list({ "last", "1" }));
    CHECK(crlf.records[rows + 1].fields == list({ "next", "2" }));
    CHECK(crlf.records[rows + 1].line == rows + 3);
    CHECK(crlf.blankRows == 0);
    CHECK(crlf.dialect.lineEndings == LineEndings::CRLF);

    // A second BOM split by the boundary is still removed.
    const ReadResult bom = readBytes(build("\xEF\xBB\xBF" "c,d\r\n", 1, &rows));
    REQUIRE(bom.records.size() == rows + 1);
    CHECK(bom.records[rows].fields == list({ "c", "d" }));

    // A doubled quote split by the boundary is one quote.
    const ReadResult quote = readBytes(build("q,\"say \"\"hi\"\"\"\r\n", 8, &rows));
    REQUIRE(quote.records.size() == rows + 1);
    CHECK(quote.records[rows].fields == list({ "q", "say \"hi\"" }));
    CHECK(quote.records[rows].issues.isEmpty());
}

TEST_CASE("Reader decodes UTF-16 records across read chunks", "[reader]")
{
    // Odd byte counts, surrogate pairs and CRLF pairs fall on chunk boundaries somewhere in 5 MiB.
    QString text = QStringLiteral("Tên\tGhi chú\r\n");
    int rows = 0;
    while (text.size() < 3 * 1024 * 1024) {
        text += QStringLiteral("Nguyễn %1 😀\t\"dòng\r\nhai\"\r\n").arg(rows);
        ++rows;
    }
    const ReadResult r = readBytes(utf16le(text));
    REQUIRE(r.status.ok());
    REQUIRE(r.records.size() == rows);
    bool allGood = true;
    for (int i = 0; i < rows; ++i) {
        const CsvRecord& record = r.records[i];
        if (record.fields != QStringList { QStringLiteral("Nguyễn %1 😀").arg(i), QStringLiteral("dòng\r\nhai") }
            || record.line != 2 + 2 * i || record.rejected()) {
            allGood = false;
            FAIL_CHECK("record " << i << " differs: line " << record.line);
            break;
        }
    }
    CHECK(allGood);
}

TEST_CASE("Decoder gives the same UTF-8 whatever the chunk boundaries (odd bytes and split surrogates)", "[reader]")
{
    const QString text = QStringLiteral("Nguyễn 😀 Đà Nẵng 𝄞 €");
    for (const Encoding encoding : { Encoding::Utf16LE, Encoding::Utf16BE }) {
        QByteArray bytes;
        for (QChar c : text) {
            const char low = char(c.unicode() & 0xFF);
            const char high = char(c.unicode() >> 8);
            bytes.append(encoding == Encoding::Utf16LE ? low : high);
            bytes.append(encoding == Encoding::Utf16LE ? high : low);
        }
        for (int step = 1; step <= 5; ++step) {
            CsvDecoder decoder(encoding);
            QByteArray out;
            for (qsizetype i = 0; i < bytes.size(); i += step)
                decoder.decode(QByteArrayView(bytes).sliced(i, std::min<qsizetype>(step, bytes.size() - i)), out,
                               false);
            decoder.decode({}, out, true);
            CHECK(QString::fromUtf8(out) == text);
        }
        // An odd trailing byte and a high surrogate at the end become invalid bytes, not silence.
        CsvDecoder truncated(encoding);
        QByteArray out;
        truncated.decode(QByteArrayView(bytes).first(bytes.size() - 1), out, true);
        CHECK(CsvDecoder::firstInvalidUtf8(out) >= 0);
    }

    // Windows-1258 through ICU: base letters plus combining tone marks (composed later by the reader).
    CsvDecoder vietnamese(Encoding::Windows1258);
    QByteArray out;
    vietnamese.decode("Nguy\xEA\xDEn \xD0" "a\xCC", out, true);
    CHECK(QString::fromUtf8(out).normalized(QString::NormalizationForm_C) == QStringLiteral("Nguyễn Đà"));
}

TEST_CASE("Decoder validates UTF-8 strictly", "[reader]")
{
    CHECK(CsvDecoder::firstInvalidUtf8("plain ascii") == -1);
    CHECK(CsvDecoder::firstInvalidUtf8("Nguy\xE1\xBB\x85n \xF0\x9F\x98\x80") == -1);
    CHECK(CsvDecoder::firstInvalidUtf8("ab\xC0\xAF") == 2);         // overlong
    CHECK(CsvDecoder::firstInvalidUtf8("\xED\xA0\x80") == 0);       // surrogate
    CHECK(CsvDecoder::firstInvalidUtf8("\xF4\x90\x80\x80") == 0);  // > U+10FFFF
    CHECK(CsvDecoder::firstInvalidUtf8("abc\xE1\xBB") == 3);         // cut at the end…
    CHECK(CsvDecoder::firstInvalidUtf8("abc\xE1\xBB", true) == -1);  // …unless the sample was cut there
    CHECK(CsvDecoder::firstInvalidUtf8("12345678\xFF") == 8);
}

// ---------------------------------------------------------------------------------------------------------------
// Property: random tables written RFC 4180 by this test read back equal (NFC), in every delimiter and encoding.

namespace {

QString randomValue(QRandomGenerator& random)
{
    static const QStringList pieces = {
        QStringLiteral("Acme"), QStringLiteral("Nguyễn"), QStringLiteral("Thiện An"), QStringLiteral("Đông Á"),
        QStringLiteral(","), QStringLiteral(";"), QStringLiteral("\t"), QStringLiteral("|"), QStringLiteral("\""),
        QStringLiteral("\"\""), QStringLiteral("\r\n"), QStringLiteral("\n"), QStringLiteral("\r"),
        QStringLiteral(" "), QStringLiteral("=1+1"), QStringLiteral("+84"), QStringLiteral("-x"),
        QStringLiteral("@y"), QStringLiteral("€"), QStringLiteral("😀"), QStringLiteral("0042"),
        QString::fromUtf8("Tr\xC3\xA2\xCC\x80n").normalized(QString::NormalizationForm_D), // NFD Trần
        QStringLiteral("\u00A0"), QStringLiteral("x"),
    };
    QString value;
    const int count = random.bounded(5);
    for (int i = 0; i < count; ++i)
        value += pieces[random.bounded(pieces.size())];
    return value;
}

QString quoteIfNeeded(const QString& value, QChar delimiter)
{
    if (value.contains(delimiter) || value.contains(u'"') || value.contains(u'\r') || value.contains(u'\n')) {
        QString escaped = value;
        escaped.replace(u'"', QStringLiteral("\"\""));
        return u'"' + escaped + u'"';
    }
    return value;
}

} // namespace

TEST_CASE("Reader reads back random RFC 4180 tables in every delimiter and encoding (property)", "[reader]")
{
    QRandomGenerator random(20261127);
    const QList<QChar> delimiters = { u',', u';', u'\t', u'|' };
    const QStringList endings = { QStringLiteral("\r\n"), QStringLiteral("\n"), QStringLiteral("\r") };
    for (int round = 0; round < 120; ++round) {
        const QChar delimiter = delimiters[round % 4];
        const QString ending = endings[random.bounded(3)];
        const int columns = 2 + random.bounded(5);
        const int rows = 1 + random.bounded(30);
        QList<QStringList> table;
        QStringList header;
        for (int c = 0; c < columns; ++c)
            header.append(QStringLiteral("Col %1 Tên").arg(c));
        QString text = header.join(delimiter) + ending;
        for (int r = 0; r < rows; ++r) {
            QStringList row;
            for (int c = 0; c < columns; ++c)
                row.append(randomValue(random));
            // Keep the property about parsing: a row whose cells are all blank is skipped by design, so make the
            // first cell non-blank (and not the header).
            row[0] = QStringLiteral("r%1").arg(r) + row[0];
            table.append(row);
            QStringList quoted;
            for (const QString& value : row)
                quoted.append(quoteIfNeeded(value, delimiter));
            text += quoted.join(delimiter);
            if (r + 1 < rows || random.bounded(2))
                text += ending;
        }
        const int encodingChoice = round % 3;
        QByteArray bytes;
        if (encodingChoice == 0)
            bytes = text.toUtf8();
        else if (encodingChoice == 1)
            bytes = "\xEF\xBB\xBF" + text.toUtf8();
        else
            bytes = utf16le(text);

        INFO("round " << round << " delimiter " << int(delimiter.unicode()) << " encoding " << encodingChoice);
        const ReadResult result = readBytes(bytes);
        REQUIRE(result.status.ok());
        CHECK(result.dialect.delimiter == delimiter);
        CHECK(result.header == header);
        REQUIRE(result.records.size() == rows);
        for (int r = 0; r < rows; ++r) {
            QStringList expected;
            for (const QString& value : table[r])
                expected.append(value.normalized(QString::NormalizationForm_C));
            const CsvRecord& record = result.records[r];
            CHECK(record.fields == expected);
            CHECK(record.issues.isEmpty());
        }
    }
}

TEST_CASE("Dialect names round-trip and Latin-1 is refused (checklist 3)", "[reader]")
{
    for (const Encoding encoding : { Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE, Encoding::Windows1252,
                                     Encoding::Windows1258 }) {
        CHECK(encodingFromName(encodingName(encoding)) == encoding);
        CHECK_FALSE(encodingLabel(encoding).isEmpty());
    }
    CHECK(encodingFromName(u"UTF8") == Encoding::Utf8);
    CHECK(encodingFromName(u"cp1252") == Encoding::Windows1252);
    CHECK(encodingFromName(u"CP-1258") == Encoding::Windows1258);
    CHECK_FALSE(encodingFromName(u"latin-1").has_value());
    CHECK_FALSE(encodingFromName(u"iso-8859-1").has_value());
    CHECK_FALSE(encodingFromName(u"").has_value());

    for (const QChar delimiter : { QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|') })
        CHECK(delimiterFromName(delimiterName(delimiter)) == delimiter);
    CHECK(delimiterFromName(u"\\t") == QChar(u'\t'));
    CHECK(delimiterFromName(u";") == QChar(u';'));
    CHECK_FALSE(delimiterFromName(u":").has_value());
    CHECK(lineEndingsName(LineEndings::CRLF) == QStringLiteral("crlf"));
    CHECK(lineEndingsName(LineEndings::Mixed) == QStringLiteral("mixed"));
}
