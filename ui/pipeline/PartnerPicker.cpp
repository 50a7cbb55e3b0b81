#include "PartnerPicker.h"

#include "common/Countries.h"
#include "common/TextFold.h"
#include "storage/Database.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLocale>
#include <QSignalBlocker>
#include <QSqlQuery>
#include <QStandardItemModel>

#include <algorithm>

namespace ChannelDesk {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
constexpr int MaxMatches = 20;
}

PartnerPicker::PartnerPicker(Database& db, QWidget* parent)
    : QLineEdit(parent)
    , m_db(db)
    , m_completer(new QCompleter(this))
    , m_matches(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("partnerFilter"));
    setPlaceholderText(tr("All partners (type to search)"));
    setToolTip(tr("Type part of a partner's name, city or external ID, then pick it from the list"));
    setClearButtonEnabled(true);

    m_completer->setModel(m_matches);
    // The matches are already the FTS answer: the completer must show them as they are, not filter them again.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(NameRole);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, &PartnerPicker::onActivated);

    m_delay.setSingleShot(true);
    m_delay.setInterval(150);
    connect(&m_delay, &QTimer::timeout, this, &PartnerPicker::lookUpNow);
    connect(this, &QLineEdit::textEdited, this, &PartnerPicker::onTextEdited);
    // The clear button and select-all + delete end with empty text: that is "all partners".
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && !m_partnerId.isEmpty())
            clearPartner();
    });
}

void PartnerPicker::setPartner(const QByteArray& id, const QString& name)
{
    if (id == m_partnerId && name == m_partnerName)
        return;
    m_partnerId = id;
    m_partnerName = id.isEmpty() ? QString() : name;
    {
        const QSignalBlocker blocker(this);
        setText(m_partnerName);
    }
    Q_EMIT partnerChanged();
}

void PartnerPicker::clearPartner()
{
    setPartner({}, {});
}

void PartnerPicker::onTextEdited(const QString& text)
{
    // Moving through the popup with the arrow keys writes the highlighted name into the box: not a new search.
    if (m_completer->popup()->isVisible()) {
        for (int row = 0; row < m_matches->rowCount(); ++row) {
            if (m_matches->item(row)->data(NameRole).toString() == text)
                return;
        }
    }
    // Typing over a chosen partner drops the choice at once, so the dashboard never shows a stale filter.
    if (!m_partnerId.isEmpty() && text != m_partnerName) {
        m_partnerId.clear();
        m_partnerName.clear();
        Q_EMIT partnerChanged();
    }
    m_delay.start();
}

void PartnerPicker::lookUpNow()
{
    m_delay.stop();
    m_matches->clear();
    const QString match = TextFold::ftsPrefixQuery(text());
    if (match.isEmpty())
        return;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // The inner LIMIT bounds the work for a one-letter prefix that matches most partners.
    query.prepare(QStringLiteral("SELECT p.id, p.name, p.city, p.country FROM partner p"
                                 " WHERE p.local_id IN (SELECT rowid FROM partner_fts WHERE partner_fts MATCH ? LIMIT 500)"
                                 " AND p.deleted_at IS NULL LIMIT ?"));
    query.addBindValue(match);
    query.addBindValue(MaxMatches * 5);
    if (!query.exec())
        return;
    struct Match
    {
        QByteArray id;
        QString name;
        QString place;
        QString key;
    };
    QList<Match> found;
    const QLocale locale;
    while (query.next()) {
        Match m { query.value(0).toByteArray(), query.value(1).toString(), {}, {} };
        const QString city = query.value(2).toString();
        const QString country = query.value(3).toString();
        const QString countryName = country.isEmpty() ? QString() : Countries::displayName(country, locale);
        if (!city.isEmpty() && !countryName.isEmpty())
            m.place = tr("%1, %2", "city, country").arg(city, countryName);
        else
            m.place = city.isEmpty() ? countryName : city;
        m.key = TextFold::fold(m.name);
        found.append(std::move(m));
    }
    std::sort(found.begin(), found.end(), [](const Match& a, const Match& b) { return a.key < b.key; });
    if (found.size() > MaxMatches)
        found.resize(MaxMatches);
    for (const Match& m : std::as_const(found)) {
        auto* item = new QStandardItem(m.place.isEmpty() ? m.name : tr("%1 — %2", "partner name — place").arg(m.name, m.place));
        item->setData(m.id, IdRole);
        item->setData(m.name, NameRole);
        item->setEditable(false);
        m_matches->appendRow(item);
    }
    if (m_matches->rowCount() > 0 && hasFocus())
        m_completer->complete();
}

void PartnerPicker::onActivated(const QModelIndex& index)
{
    setPartner(index.data(IdRole).toByteArray(), index.data(NameRole).toString());
}

} // namespace ChannelDesk
