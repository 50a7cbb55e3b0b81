#include "Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QMutex>
#include <QRandomGenerator>
#include <QUuid>

namespace ChannelDesk::Uuid {

QByteArray createV7(qint64 unixMillis, quint64 randomA, quint64 randomB)
{
    QByteArray out(16, Qt::Uninitialized);
    auto* b = reinterpret_cast<unsigned char*>(out.data());
    const auto ms = static_cast<quint64>(unixMillis);
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>((ms >> (8 * (5 - i))) & 0xff);
    // 12 bits rand_a after the version nibble, then the variant and 62 bits rand_b.
    b[6] = static_cast<unsigned char>(0x70 | ((randomA >> 8) & 0x0f));
    b[7] = static_cast<unsigned char>(randomA & 0xff);
    b[8] = static_cast<unsigned char>(0x80 | ((randomB >> 56) & 0x3f));
    for (int i = 9; i < 16; ++i)
        b[i] = static_cast<unsigned char>((randomB >> (8 * (15 - i))) & 0xff);
    return out;
}

QByteArray createV7()
{
    // Monotonic within this process: ids created in the same millisecond still sort in creation order
    // (RFC 9562 method 1, a counter in rand_a).
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint64 counter = 0;
    QMutexLocker lock(&mutex);
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now <= lastMs) {
        now = lastMs;
        if (++counter > 0xfff) {
            ++now;
            counter = QRandomGenerator::global()->bounded(0x100);
        }
    } else {
        counter = QRandomGenerator::global()->bounded(0x100);
    }
    lastMs = now;
    return createV7(now, counter, QRandomGenerator::global()->generate64());
}

QString toString(const QByteArray& raw)
{
    if (raw.size() != 16)
        return {};
    return QUuid::fromRfc4122(raw).toString(QUuid::WithoutBraces);
}

QByteArray fromString(const QString& text)
{
    const QUuid uuid(text);
    if (uuid.isNull())
        return {};
    return uuid.toRfc4122();
}

qint64 timestampMillis(const QByteArray& raw)
{
    if (raw.size() != 16)
        return 0;
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | static_cast<unsigned char>(raw.at(i));
    return ms;
}

QString listToJson(const QList<QByteArray>& ids)
{
    QJsonArray array;
    for (const QByteArray& id : ids)
        array.append(toString(id));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QByteArray> listFromJson(const QString& json)
{
    QList<QByteArray> ids;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QByteArray id = fromString(value.toString());
        if (id.size() == 16)
            ids.append(id);
    }
    return ids;
}

} // namespace ChannelDesk::Uuid
