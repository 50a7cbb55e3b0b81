#include "CertificationFilterBar.h"

#include "mdf/MdfFormSupport.h"
#include "pipeline/PartnerPicker.h"
#include "storage/Database.h"
#include "training/PersonPicker.h"
#include "training/TrainingCatalog.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ChannelDesk {

CertificationFilterBar::CertificationFilterBar(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_tabs(new QTabBar(this))
    , m_partner(new PartnerPicker(db, this))
    , m_person(new PersonPicker(db, this))
    , m_definition(new QComboBox(this))
    , m_track(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_withinLabel(new QLabel(tr("Expiring within"), this))
    , m_within(new QSpinBox(this))
    , m_expiredLabel(new QLabel(tr("and expired in the last"), this))
    , m_expiredDays(new QSpinBox(this))
    , m_search(new QLineEdit(this))
    , m_clear(new QToolButton(this))
    , m_chip(new QFrame(this))
    , m_chipText(new QLabel(m_chip))
{
    m_tabs->setObjectName(QStringLiteral("certificationViews"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->addTab(tr("All certifications"));
    m_tabs->addTab(tr("Expiring"));
    m_tabs->addTab(tr("Expired"));
    m_tabs->addTab(tr("In progress"));
    m_tabs->setTabToolTip(1, tr("Partners whose people's certificates expire soon, with the reminder state of each"));
    m_tabs->setTabToolTip(2, tr("Certificates past their expiry day that were not renewed"));
    connect(m_tabs, &QTabBar::currentChanged, this, [this] {
        updateForView();
        Q_EMIT changed();
    });

    m_definition->setObjectName(QStringLiteral("definitionFilter"));
    m_definition->setAccessibleName(tr("Certification"));
    m_track->setObjectName(QStringLiteral("trackFilter"));
    m_track->setAccessibleName(tr("Track"));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("Status"));
    m_state->addItem(tr("Any status"), QString());
    for (const Choice& state : certificationStates())
        m_state->addItem(state.label, state.code);
    reloadChoices();

    m_within->setObjectName(QStringLiteral("withinDays"));
    m_within->setRange(0, 730);
    m_within->setValue(60);
    m_within->setSuffix(tr(" days"));
    m_within->setAccessibleName(tr("Expiring within days"));
    m_expiredDays->setObjectName(QStringLiteral("expiredDays"));
    m_expiredDays->setRange(0, 365);
    m_expiredDays->setValue(30);
    m_expiredDays->setSuffix(tr(" days"));
    m_expiredDays->setAccessibleName(tr("Expired within the last days"));

    m_search->setObjectName(QStringLiteral("certificationSearch"));
    m_search->setPlaceholderText(tr("Search name, e-mail or certificate ID"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDelay.isActive()) {
            m_searchDelay.stop();
            Q_EMIT changed();
        }
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) { // the clear button
            m_searchDelay.stop();
            Q_EMIT changed();
        }
    });
    connect(&m_searchDelay, &QTimer::timeout, this, &CertificationFilterBar::changed);

    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show every partner, person, certification and status"));
    connect(m_clear, &QToolButton::clicked, this, [this] {
        {
            const QSignalBlocker a(m_partner), b(m_person), c(m_definition), d(m_track), e(m_state), f(m_search);
            m_partner->clearPartner();
            m_person->clearPerson();
            m_person->setPartner({});
            m_definition->setCurrentIndex(0);
            m_track->setCurrentIndex(0);
            m_state->setCurrentIndex(0);
            m_search->clear();
        }
        m_monthFrom = {};
        m_monthTo = {};
        m_chip->hide();
        Q_EMIT changed();
    });

    connect(m_partner, &PartnerPicker::partnerChanged, this, [this] {
        m_person->setPartner(m_partner->partnerId());
        Q_EMIT changed();
    });
    connect(m_person, &PersonPicker::personChanged, this, &CertificationFilterBar::changed);
    for (QComboBox* combo : { m_definition, m_track, m_state })
        connect(combo, &QComboBox::currentIndexChanged, this, &CertificationFilterBar::changed);
    connect(m_within, &QSpinBox::valueChanged, this, &CertificationFilterBar::changed);
    connect(m_expiredDays, &QSpinBox::valueChanged, this, &CertificationFilterBar::changed);

    // The chip: the month the expiry chart asked for, removable.
    m_chip->setObjectName(QStringLiteral("monthChip"));
    m_chip->setFrameShape(QFrame::StyledPanel);
    m_chip->setStyleSheet(QStringLiteral("QFrame#monthChip { background: #e8f0fe; border: 1px solid #aecbfa; "
                                         "border-radius: 10px; }"));
    m_chipText->setObjectName(QStringLiteral("monthChipText"));
    auto* remove = new QToolButton(m_chip);
    remove->setObjectName(QStringLiteral("removeMonth"));
    remove->setText(QStringLiteral("×"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove this filter"));
    remove->setAccessibleName(tr("Remove this filter"));
    connect(remove, &QToolButton::clicked, this, [this] {
        clearMonth();
        Q_EMIT changed();
    });
    auto* chipLayout = new QHBoxLayout(m_chip);
    chipLayout->setContentsMargins(8, 1, 2, 1);
    chipLayout->addWidget(m_chipText);
    chipLayout->addWidget(remove);
    m_chip->hide();

    auto* first = new QHBoxLayout;
    first->setContentsMargins(0, 0, 0, 0);
    first->addWidget(m_partner, 2);
    first->addWidget(m_person, 2);
    first->addWidget(m_definition, 2);
    first->addWidget(m_track, 1);
    first->addWidget(m_state, 1);
    auto* second = new QHBoxLayout;
    second->setContentsMargins(0, 0, 0, 0);
    second->addWidget(m_search, 3);
    second->addWidget(m_withinLabel);
    second->addWidget(m_within);
    second->addWidget(m_expiredLabel);
    second->addWidget(m_expiredDays);
    second->addWidget(m_chip);
    second->addStretch(1);
    second->addWidget(m_clear);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    layout->addLayout(first);
    layout->addLayout(second);
    updateForView();
}

void CertificationFilterBar::reloadChoices()
{
    const QVariant definition = m_definition->currentData();
    const QVariant track = m_track->currentData();
    const QSignalBlocker a(m_definition), b(m_track);
    m_definition->clear();
    m_definition->addItem(tr("All certifications"), QByteArray());
    TrainingCatalog catalog(m_db);
    if (const Result<QList<CertDefinition>> definitions = catalog.definitions(true); definitions) {
        for (const CertDefinition& d : definitions.value())
            m_definition->addItem(d.active ? d.name : tr("%1 (inactive)").arg(d.name), d.id);
    }
    m_track->clear();
    m_track->addItem(tr("All tracks"), QString());
    if (const Result<QStringList> tracks = catalog.tracks(); tracks) {
        for (const QString& t : tracks.value())
            m_track->addItem(t, t);
    }
    MdfForm::selectData(m_definition, definition);
    MdfForm::selectData(m_track, track);
}

CertificationFilterBar::View CertificationFilterBar::view() const
{
    return View(std::max(0, m_tabs->currentIndex()));
}

void CertificationFilterBar::setView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

void CertificationFilterBar::updateForView()
{
    const View v = view();
    // The views decide the status themselves; the horizon belongs to the expiring view.
    m_state->setEnabled(v == View::All);
    m_state->setToolTip(v == View::All ? QString() : tr("This view shows one status; use All certifications to choose"));
    const bool expiring = v == View::Expiring;
    m_withinLabel->setVisible(expiring);
    m_within->setVisible(expiring);
    m_expiredLabel->setVisible(expiring);
    m_expiredDays->setVisible(expiring);
}

CertificationFilter CertificationFilterBar::scope() const
{
    CertificationFilter f;
    if (!m_partner->partnerId().isEmpty())
        f.partnerIds = { m_partner->partnerId() };
    if (!m_person->contactId().isEmpty())
        f.contactIds = { m_person->contactId() };
    if (const QByteArray id = m_definition->currentData().toByteArray(); !id.isEmpty())
        f.definitionIds = { id };
    if (const QString track = m_track->currentData().toString(); !track.isEmpty())
        f.tracks = { track };
    f.search = m_search->text().trimmed();
    f.today = m_today;
    return f;
}

CertificationFilter CertificationFilterBar::filter() const
{
    CertificationFilter f = scope();
    switch (view()) {
    case View::All:
        if (const QString state = m_state->currentData().toString(); !state.isEmpty())
            f.states = { state };
        f.expiresFrom = m_monthFrom;
        f.expiresTo = m_monthTo;
        break;
    case View::Expired:
        f.states = { QStringLiteral("expired") };
        break;
    case View::InProgress:
        f.states = { QStringLiteral("in_progress") };
        break;
    case View::Expiring:
        f.expiringWithinDays = m_within->value();
        break;
    }
    return f;
}

ExpiringFilter CertificationFilterBar::expiringFilter() const
{
    ExpiringFilter f;
    f.scope = scope();
    f.withinDays = m_within->value();
    f.expiredWithinDays = m_expiredDays->value();
    f.today = m_today;
    return f;
}

bool CertificationFilterBar::hasFilters() const
{
    return !scope().isEmpty() || hasMonth() || (view() == View::All && m_state->currentIndex() > 0);
}

void CertificationFilterBar::setPartner(const QByteArray& partnerId, const QString& name)
{
    {
        const QSignalBlocker blocker(m_partner);
        m_partner->setPartner(partnerId, name);
    }
    m_person->setPartner(partnerId);
    Q_EMIT changed();
}

void CertificationFilterBar::setPerson(const QByteArray& contactId, const QString& name)
{
    {
        const QSignalBlocker blocker(m_person);
        m_person->setPerson(contactId, name);
    }
    Q_EMIT changed();
}

void CertificationFilterBar::setMonth(const QDate& from, const QDate& to)
{
    m_monthFrom = from;
    m_monthTo = to;
    m_chipText->setText(monthChipText());
    m_chip->show();
    if (view() != View::All) {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(int(View::All));
        updateForView();
    }
    Q_EMIT changed();
}

void CertificationFilterBar::clearMonth()
{
    m_monthFrom = {};
    m_monthTo = {};
    m_chip->hide();
}

QString CertificationFilterBar::monthChipText() const
{
    if (!m_monthFrom.isValid())
        return {};
    return tr("Expiring in %1").arg(QLocale().toString(m_monthFrom, QStringLiteral("MMMM yyyy")));
}

} // namespace ChannelDesk
