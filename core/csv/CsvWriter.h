#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>

class QIODevice;

namespace ChannelDesk::Csv {

/// Internal to the exporter: writes CSV records into a large UTF-8 buffer and hands it to a device a chunk at a time,
/// converting the whole chunk to UTF-16LE when asked. Works on UTF-8 bytes as SQLite returns them, so a cell costs a
/// scan and a memcpy and no allocation: that is what keeps a million-row export near `sqlite3 -csv` speed.
///
/// Fields are quoted (RFC 4180) only when they contain the delimiter, a quote, CR or LF, or start or end with a space
/// or TAB; inner quotes are doubled. Line breaks inside cells are written as stored; records end with CRLF.
/// With neutralisation, text cells get CsvText::neutralise()'s leading apostrophe (the byte-level twin of it).
class CsvWriter final
{
public:
    enum class Output { Utf8, Utf16LE };

    CsvWriter(QIODevice& device, char delimiter, Output output);

    /// Writes the byte-order mark of the output encoding (before anything else).
    void writeBom();

    void field(QByteArrayView utf8, bool neutralise);
    void field(const QString& text, bool neutralise) { field(QByteArrayView(text.toUtf8()), neutralise); }
    /// A value known to need neither quoting nor neutralisation (numbers, ids).
    void plainField(QByteArrayView ascii);
    /// Reserves `size` bytes for a plain field and returns where to write them; the caller fills all of them.
    char* plainFieldBuffer(qsizetype size);
    void endRecord();

    /// Where the current record starts in the buffer, and its bytes so far: lets a caller repeat a record's first
    /// fields (the partner part of each contact row) without formatting them again.
    qsizetype recordStart() const { return m_recordStart; }
    QByteArray recordSoFar() const { return QByteArray(m_data.constData() + m_recordStart, m_size - m_recordStart); }
    /// Appends bytes taken from recordSoFar() as the first fields of the current (empty) record; `anyField` tells
    /// whether they hold at least one field (a single empty field is zero bytes).
    void repeatFields(const QByteArray& fields, bool anyField);

    /// Writes the buffer out when it holds a full chunk (call between records). False on a write error.
    bool flushIfFull();
    /// Writes whatever is buffered. False on a write error.
    bool flush();

    qint64 longValues() const { return m_longValues; }
    qint64 bytesWritten() const { return m_bytesWritten; }

    /// Excel cannot hold more than this many UTF-16 code units in a cell.
    static constexpr qsizetype ExcelCellLimit = 32767;

private:
    // Inline: called for every cell.
    char* reserve(qsizetype extra)
    {
        if (m_size + extra > m_data.size()) [[unlikely]]
            grow(extra);
        return m_data.data() + m_size;
    }
    void separator()
    {
        if (m_firstField) {
            m_firstField = false;
            return;
        }
        *reserve(1) = m_delimiter;
        ++m_size;
    }
    void grow(qsizetype extra);
    bool needsQuotes(const char* data, qsizetype size) const;

    QIODevice& m_device;
    char m_delimiter;
    Output m_output;
    std::array<bool, 256> m_special {}; ///< bytes that force quoting
    QByteArray m_data;
    qsizetype m_size = 0;
    qsizetype m_recordStart = 0;
    bool m_firstField = true;
    qint64 m_longValues = 0;
    qint64 m_bytesWritten = 0;
};

} // namespace ChannelDesk::Csv
