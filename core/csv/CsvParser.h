#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <vector>

namespace ChannelDesk::Csv {

/// The quote-aware byte state machine that splits UTF-8 (or any ASCII-compatible) text into records and fields.
/// RFC 4180 plus lenient rules: a quote inside an unquoted field is literal; text after a closing quote is kept;
/// CRLF, LF and lone CR end a record. It only finds boundaries (offsets into the caller's buffer); building strings
/// is the reader's job, so nothing is allocated per field.
class CsvParser final
{
public:
    enum class Terminator : quint8 { None, LF, CR, CRLF };
    enum class Outcome {
        Record,            ///< `record` holds a complete record
        NeedMore,          ///< the buffer ends inside the record and more input exists
        UnterminatedQuote, ///< end of input inside quotes: `record` is the rejected part, see RawRecord
        End,               ///< no input left
    };

    struct Field
    {
        qsizetype begin = 0; ///< the field's bytes as written (with its quotes)
        qsizetype end = 0;
        /// 0: the value is [begin, end); 1: quoted without inner quotes, the value is [begin + 1, end - 1);
        /// 2: quoted with doubled quotes or text after the closing quote: needs unescape().
        quint8 kind = 0;
    };

    /// The fields of one record. Keeps its storage between records (no allocation per record or field).
    class FieldList
    {
    public:
        void clear() { m_size = 0; }
        void push_back(const Field& field)
        {
            if (m_size == m_items.size())
                m_items.resize(m_items.empty() ? 32 : m_items.size() * 2);
            m_items[m_size++] = field;
        }
        size_t size() const { return m_size; }
        bool empty() const { return m_size == 0; }
        const Field& operator[](size_t i) const { return m_items[i]; }
        const Field* begin() const { return m_items.data(); }
        const Field* end() const { return m_items.data() + m_size; }

    private:
        std::vector<Field> m_items;
        size_t m_size = 0;
    };

    struct RawRecord
    {
        FieldList fields;
        qsizetype begin = 0;
        qsizetype contentEnd = 0; ///< before the line ending
        qsizetype end = 0;        ///< after the line ending: where the next record starts
        int lineBreaks = 0;       ///< line breaks inside quoted values (the record spans lineBreaks + 1 lines)
        Terminator terminator = Terminator::None;
        bool textAfterQuote = false;
        /// For UnterminatedQuote: the record is cut at the end of the line where the quote opened (`lineBreaks` is
        /// that line's offset) and `end` is the start of the following line, where reading resumes.
    };

    explicit CsvParser(char delimiter);

    char delimiter() const { return m_delimiter; }

    /// Parses one record of `data[0, size)` starting at `pos`. `atEnd` says no more input follows `size`.
    Outcome parse(const char* data, qsizetype size, qsizetype pos, bool atEnd, RawRecord& record) const;

    /// The value of a kind-2 field: outer quotes removed, doubled quotes undone, text after the closing quote kept.
    static void unescape(const char* data, const Field& field, QByteArray& out);

private:
    char m_delimiter;
};

} // namespace ChannelDesk::Csv
