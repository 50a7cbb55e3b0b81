#include "CatalogFilterProxy.h"

#include "CatalogRecordModel.h"
#include "common/Roles.h"
#include "common/TextFold.h"

namespace ChannelDesk {

CatalogFilterProxy::CatalogFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Roles::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void CatalogFilterProxy::setSearch(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    m_words = TextFold::fold(trimmed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void CatalogFilterProxy::setShowInactive(bool show)
{
    if (show == m_showInactive)
        return;
    m_showInactive = show;
    invalidateRowsFilter();
}

bool CatalogFilterProxy::isFiltering() const
{
    return !m_words.isEmpty() || !m_showInactive;
}

bool CatalogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto* source = qobject_cast<const CatalogRecordModel*>(sourceModel());
    if (!source)
        return true;
    if (!m_showInactive && !source->isActive(sourceRow))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = TextFold::fold(source->searchText(sourceRow));
    for (const QString& word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace ChannelDesk
