#include "ImportOptionsPage.h"

#include "ImportSession.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ChannelDesk {

namespace {

QString matchKeyLabel(Csv::MatchKey key)
{
    switch (key) {
    case Csv::MatchKey::PartnerId: return ImportOptionsPage::tr("ChannelDesk ID");
    case Csv::MatchKey::ExternalId: return ImportOptionsPage::tr("External ID (ignoring case)");
    case Csv::MatchKey::Email: return ImportOptionsPage::tr("Email address");
    case Csv::MatchKey::WebsiteDomain: return ImportOptionsPage::tr("Website domain");
    case Csv::MatchKey::NameCountry: return ImportOptionsPage::tr("Name and country");
    }
    return {};
}

/// The column a rule needs.
QStringList matchKeyFields(Csv::MatchKey key)
{
    switch (key) {
    case Csv::MatchKey::PartnerId: return { QStringLiteral("partner.id") };
    case Csv::MatchKey::ExternalId: return { QStringLiteral("partner.external_id") };
    case Csv::MatchKey::Email: return { QStringLiteral("partner.email") };
    case Csv::MatchKey::WebsiteDomain: return { QStringLiteral("partner.website"), QStringLiteral("partner.email_domain") };
    case Csv::MatchKey::NameCountry: return { QStringLiteral("partner.name") };
    }
    return {};
}

constexpr int KeyRole = Qt::UserRole;

} // namespace

ImportOptionsPage::ImportOptionsPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_upsert(new QRadioButton(tr("Create new partners and &update existing ones"), this))
    , m_create(new QRadioButton(tr("&Create new partners only (rows that match one are reported)"), this))
    , m_update(new QRadioButton(tr("Update &existing partners only (rows that match none are reported)"), this))
    , m_keys(new QListWidget(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("importOptionsPage"));
    setTitle(tr("Choose what the import does"));
    setSubTitle(tr("A row updates the partner it matches. Rules are tried in order; a row matching two partners is "
                   "reported, never guessed."));
    m_upsert->setObjectName(QStringLiteral("modeUpsert"));
    m_create->setObjectName(QStringLiteral("modeCreate"));
    m_update->setObjectName(QStringLiteral("modeUpdate"));
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_upsert);
    modes->addButton(m_create);
    modes->addButton(m_update);
    m_upsert->setChecked(true);

    m_keys->setObjectName(QStringLiteral("matchKeys"));
    for (Csv::MatchKey key : { Csv::MatchKey::PartnerId, Csv::MatchKey::ExternalId, Csv::MatchKey::Email,
                               Csv::MatchKey::WebsiteDomain, Csv::MatchKey::NameCountry }) {
        auto* item = new QListWidgetItem(matchKeyLabel(key), m_keys);
        item->setData(KeyRole, int(key));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    auto* up = new QPushButton(tr("Move U&p"), this);
    auto* down = new QPushButton(tr("Move Do&wn"), this);
    m_hint->setObjectName(QStringLiteral("importOptionsHint"));
    m_hint->setWordWrap(true);

    auto* modeBox = new QGroupBox(tr("Mode"), this);
    auto* modeLayout = new QVBoxLayout(modeBox);
    modeLayout->addWidget(m_upsert);
    modeLayout->addWidget(m_create);
    modeLayout->addWidget(m_update);
    auto* keyBox = new QGroupBox(tr("Find existing partners by"), this);
    auto* keyButtons = new QVBoxLayout;
    keyButtons->addWidget(up);
    keyButtons->addWidget(down);
    keyButtons->addStretch(1);
    auto* keyLayout = new QHBoxLayout(keyBox);
    keyLayout->addWidget(m_keys, 1);
    keyLayout->addLayout(keyButtons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(modeBox);
    layout->addWidget(keyBox, 1);
    layout->addWidget(m_hint);

    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(modes, &QButtonGroup::buttonToggled, this, [this] {
        updateHint();
        Q_EMIT completeChanged();
    });
    connect(m_keys, &QListWidget::itemChanged, this, [this] {
        updateHint();
        Q_EMIT completeChanged();
    });
}

bool ImportOptionsPage::keyAvailable(Csv::MatchKey key) const
{
    for (const QString& field : matchKeyFields(key))
        if (m_session.options.mapping.columnOf(field) >= 0)
            return true;
    return false;
}

void ImportOptionsPage::initializePage()
{
    const QSignalBlocker blocker(m_keys);
    for (int row = 0; row < m_keys->count(); ++row) {
        QListWidgetItem* item = m_keys->item(row);
        const auto key = Csv::MatchKey(item->data(KeyRole).toInt());
        item->setText(keyAvailable(key) ? matchKeyLabel(key)
                                        : tr("%1 — skipped: no such column").arg(matchKeyLabel(key)));
        item->setForeground(keyAvailable(key) ? palette().text() : palette().brush(QPalette::Disabled, QPalette::Text));
    }
    updateHint();
}

void ImportOptionsPage::move(int delta)
{
    const int row = m_keys->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_keys->count())
        return;
    QListWidgetItem* item = m_keys->takeItem(row);
    m_keys->insertItem(target, item);
    m_keys->setCurrentRow(target);
}

void ImportOptionsPage::setMode(Csv::ImportMode mode)
{
    switch (mode) {
    case Csv::ImportMode::CreateAndUpdate: m_upsert->setChecked(true); break;
    case Csv::ImportMode::CreateOnly: m_create->setChecked(true); break;
    case Csv::ImportMode::UpdateOnly: m_update->setChecked(true); break;
    }
}

Csv::ImportMode ImportOptionsPage::mode() const
{
    if (m_create->isChecked())
        return Csv::ImportMode::CreateOnly;
    if (m_update->isChecked())
        return Csv::ImportMode::UpdateOnly;
    return Csv::ImportMode::CreateAndUpdate;
}

QList<Csv::MatchKey> ImportOptionsPage::matchKeys() const
{
    QList<Csv::MatchKey> keys;
    for (int row = 0; row < m_keys->count(); ++row)
        if (m_keys->item(row)->checkState() == Qt::Checked)
            keys << Csv::MatchKey(m_keys->item(row)->data(KeyRole).toInt());
    return keys;
}

void ImportOptionsPage::updateHint()
{
    const bool hasName = m_session.options.mapping.columnOf(QStringLiteral("partner.name")) >= 0;
    bool anyKey = false;
    for (Csv::MatchKey key : matchKeys())
        anyKey = anyKey || keyAvailable(key);
    if (mode() != Csv::ImportMode::UpdateOnly && !hasName)
        m_hint->setText(tr("New partners need a name, and no column is mapped to the partner name. Map one, or "
                           "choose “Update existing partners only”."));
    else if (mode() == Csv::ImportMode::UpdateOnly && !anyKey)
        m_hint->setText(tr("Updating needs at least one checked rule whose column is in the file."));
    else if (!anyKey)
        m_hint->setText(tr("No rule can be applied: every row will be a new partner."));
    else
        m_hint->clear();
}

bool ImportOptionsPage::isComplete() const
{
    const bool hasName = m_session.options.mapping.columnOf(QStringLiteral("partner.name")) >= 0;
    if (mode() != Csv::ImportMode::UpdateOnly)
        return hasName;
    for (Csv::MatchKey key : matchKeys())
        if (keyAvailable(key))
            return true;
    return false;
}

bool ImportOptionsPage::validatePage()
{
    m_session.options.mode = mode();
    m_session.options.matchKeys = matchKeys();
    m_session.dryRun.reset();
    return true;
}

} // namespace ChannelDesk
