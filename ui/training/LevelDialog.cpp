#include "LevelDialog.h"

#include "domain/Partner.h"
#include "mdf/BudgetFormErrors.h"
#include "mdf/MdfFormSupport.h"
#include "storage/Database.h"
#include "training/TierProgramRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ChannelDesk {

namespace {

QSpinBox* countBox(const char* name, int maximum, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(0, maximum);
    box->setValue(1);
    box->setAlignment(Qt::AlignRight);
    box->setGroupSeparatorShown(true);
    box->setMinimumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("0,000,000,000")));
    return box;
}

} // namespace

LevelDialog::LevelDialog(Database& db, const TierProgram& program, const QList<TierLevel>& levels,
                         const QStringList& tracks, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_program(program)
    , m_trackChoices(tracks)
    , m_rank(new QSpinBox(this))
    , m_name(new QLineEdit(this))
    , m_tier(new QComboBox(this))
    , m_leadWeight(new QSpinBox(this))
    , m_benefits(new QPlainTextEdit(this))
    , m_revenueOn(new QCheckBox(tr("Closed-won &revenue in the last 12 months of at least"), this))
    , m_revenue(new QLineEdit(this))
    , m_certifiedOn(new QCheckBox(tr("&Certified people (holding a valid certification), at least"), this))
    , m_certified(countBox("minCertified", 100000, this))
    , m_registrationsOn(new QCheckBox(tr("Approved deal re&gistrations in the last 12 months, at least"), this))
    , m_registrations(countBox("minRegistrations", 100000, this))
    , m_closedWonOn(new QCheckBox(tr("Closed-&won deals in the last 12 months, at least"), this))
    , m_closedWon(countBox("minClosedWon", 100000, this))
    , m_pointsOn(new QCheckBox(tr("Unexpired &points, at least"), this))
    , m_points(countBox("minPoints", 1000000000, this))
    , m_tracks(new QTableWidget(0, 2, this))
    , m_addTrack(new QPushButton(tr("&Add Track"), this))
    , m_removeTrack(new QPushButton(tr("Re&move"), this))
    , m_summary(new QLabel(this))
    , m_general(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("levelDialog"));
    setWindowTitle(tr("New Level of %1").arg(program.name));

    int nextRank = 1;
    QStringList usedCodes;
    for (const TierLevel& level : levels) {
        nextRank = std::max(nextRank, level.rank + 1);
        usedCodes.append(level.code);
    }
    m_rank->setObjectName(QStringLiteral("rank"));
    m_rank->setRange(1, 99);
    m_rank->setValue(nextRank);
    m_rank->setToolTip(tr("1 = the entry level. Partners climb one level at a time and never skip one (TIER-03)."));
    m_tier->setObjectName(QStringLiteral("tier"));
    for (const Choice& choice : partnerTiers())
        m_tier->addItem(choice.label, choice.code);
    m_tier->setToolTip(tr("The partner tier members at this level get (shown on the partner and used for lead "
                          "routing)"));
    // A new level offers the first tier no level uses yet.
    for (int i = 0; i < m_tier->count(); ++i) {
        const QString code = m_tier->itemData(i).toString();
        if (!code.isEmpty() && !usedCodes.contains(code)) {
            m_tier->setCurrentIndex(i);
            break;
        }
    }
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Gold"));
    m_leadWeight->setObjectName(QStringLiteral("leadWeight"));
    m_leadWeight->setRange(0, 100);
    m_leadWeight->setSuffix(tr(" %"));
    m_leadWeight->setAlignment(Qt::AlignRight);
    m_leadWeight->setToolTip(tr("TIER-06: the share of leads routed to partners at this level (0 = none); copied to "
                                "the partner when it reaches the level"));
    m_benefits->setObjectName(QStringLiteral("benefits"));
    m_benefits->setTabChangesFocus(true);
    m_benefits->setPlaceholderText(tr("e.g. 35 % partner discount, MDF eligibility, named partner manager"));
    m_benefits->setFixedHeight(m_benefits->fontMetrics().lineSpacing() * 3 + 12);

    m_revenueOn->setObjectName(QStringLiteral("revenueOn"));
    m_revenue->setObjectName(QStringLiteral("minRevenue"));
    m_revenue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_revenue->setPlaceholderText(MdfForm::editText(10000000, program.currency));
    m_revenue->setMinimumWidth(m_revenue->fontMetrics().horizontalAdvance(QStringLiteral("000,000,000.00")));
    m_certifiedOn->setObjectName(QStringLiteral("certifiedOn"));
    m_registrationsOn->setObjectName(QStringLiteral("registrationsOn"));
    m_closedWonOn->setObjectName(QStringLiteral("closedWonOn"));
    m_pointsOn->setObjectName(QStringLiteral("pointsOn"));
    m_revenueOn->setToolTip(tr("Opportunities won in the trailing 12 months, converted into %1").arg(program.currency));
    m_certifiedOn->setToolTip(tr("People of the partner with at least one Active or Expiring certification"));
    m_pointsOn->setToolTip(tr("TIER-04: points that have not expired on the day of the evaluation"));

    m_tracks->setObjectName(QStringLiteral("trackRequirements"));
    m_tracks->setHorizontalHeaderLabels({ tr("Track"), tr("Certified people") });
    m_tracks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tracks->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tracks->verticalHeader()->hide();
    m_tracks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tracks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tracks->setFixedHeight(m_tracks->fontMetrics().lineSpacing() * 6 + 12);
    m_tracks->setToolTip(tr("How many certified people each track needs (TIER-02, optional)"));
    m_addTrack->setObjectName(QStringLiteral("addTrack"));
    m_removeTrack->setObjectName(QStringLiteral("removeTrack"));
    auto* trackPane = new QWidget(this);
    trackPane->setObjectName(QStringLiteral("trackPane"));
    auto* trackLayout = new QHBoxLayout(trackPane);
    trackLayout->setContentsMargins(0, 0, 0, 0);
    trackLayout->addWidget(m_tracks, 1);
    auto* trackButtons = new QVBoxLayout;
    trackButtons->addWidget(m_addTrack);
    trackButtons->addWidget(m_removeTrack);
    trackButtons->addStretch();
    trackLayout->addLayout(trackButtons);

    m_summary->setObjectName(QStringLiteral("criteriaSummary"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_general->setObjectName(QStringLiteral("levelError"));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_errors = std::make_unique<BudgetFormErrors>(form, m_general);
    m_errors->addRow(tr("Ran&k:"), m_rank, { QStringLiteral("rank") });
    m_errors->addRow(tr("Partner &tier:"), m_tier, { QStringLiteral("code") });
    m_errors->addRow(tr("&Name:"), m_name, { QStringLiteral("name") });
    m_errors->addRow(tr("&Lead weight:"), m_leadWeight, { QStringLiteral("lead_weight") });
    m_errors->addRow(tr("&Benefits:"), m_benefits, { QStringLiteral("benefits") });

    auto* heading = new QLabel(tr("<b>Criteria</b> — a partner qualifies for this level only when it meets every "
                                  "criterion that is checked"),
                               this);
    heading->setObjectName(QStringLiteral("criteriaHeading"));
    heading->setWordWrap(true);
    form->addRow(heading);
    auto* currency = new QLabel(program.currency, this);
    m_errors->addRow(QString(), criterionRow(m_revenueOn, m_revenue, currency), { QStringLiteral("min_revenue_minor") },
                     m_revenue);
    m_errors->addRow(QString(), criterionRow(m_certifiedOn, m_certified), { QStringLiteral("min_certified") },
                     m_certified);
    m_errors->addRow(QString(), criterionRow(m_registrationsOn, m_registrations),
                     { QStringLiteral("min_approved_registrations") }, m_registrations);
    m_errors->addRow(QString(), criterionRow(m_closedWonOn, m_closedWon), { QStringLiteral("min_closed_won") },
                     m_closedWon);
    m_errors->addRow(QString(), criterionRow(m_pointsOn, m_points), { QStringLiteral("min_points") }, m_points);
    m_errors->addRow(tr("Certifie&d people per track:"), trackPane, { QStringLiteral("track_requirements") },
                     m_tracks);
    form->addRow(QString(), m_summary);
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LevelDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LevelDialog::reject);
    connect(m_addTrack, &QPushButton::clicked, this, [this] {
        const int row = addTrackRequirement();
        if (auto* box = qobject_cast<QComboBox*>(m_tracks->cellWidget(row, 0)))
            box->setFocus();
    });
    connect(m_removeTrack, &QPushButton::clicked, this, [this] {
        const int row = m_tracks->currentRow() >= 0 ? m_tracks->currentRow() : m_tracks->rowCount() - 1;
        if (row >= 0)
            m_tracks->removeRow(row);
        updateCriteria();
    });
    connect(m_tier, &QComboBox::currentIndexChanged, this, &LevelDialog::onTierChosen);
    onTierChosen();
    updateCriteria();
    m_name->setFocus();
    resize(620, sizeHint().height());
}

LevelDialog::~LevelDialog() = default;

QWidget* LevelDialog::criterionRow(QCheckBox* check, QWidget* field, QLabel* suffix)
{
    auto* row = new QWidget(this);
    row->setObjectName(field->objectName() + QStringLiteral("Row"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(check, 1);
    layout->addWidget(field);
    if (suffix)
        layout->addWidget(suffix);
    field->setEnabled(false);
    connect(check, &QCheckBox::toggled, this, [this, field](bool on) {
        field->setEnabled(on);
        if (on) {
            field->setFocus(Qt::OtherFocusReason);
            if (auto* edit = qobject_cast<QLineEdit*>(field))
                edit->selectAll();
            else if (auto* spin = qobject_cast<QSpinBox*>(field))
                spin->selectAll();
        }
        updateCriteria();
    });
    return row;
}

void LevelDialog::onTierChosen()
{
    // The name follows the tier until the user types one of their own.
    const QString current = m_name->text().trimmed();
    if (!current.isEmpty() && current != m_autoName)
        return;
    const QString code = m_tier->currentData().toString();
    m_autoName = code.isEmpty() ? QString() : m_tier->currentText();
    m_name->setText(m_autoName);
}

int LevelDialog::addTrackRequirement(const QString& track, int count)
{
    const int row = m_tracks->rowCount();
    m_tracks->insertRow(row);
    auto* box = new QComboBox(m_tracks);
    box->setObjectName(QStringLiteral("trackName"));
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItems(m_trackChoices);
    box->setCurrentText(track);
    if (box->lineEdit())
        box->lineEdit()->setPlaceholderText(tr("Track"));
    auto* people = new QSpinBox(m_tracks);
    people->setObjectName(QStringLiteral("trackCount"));
    people->setRange(1, 100000);
    people->setValue(std::max(1, count));
    people->setAlignment(Qt::AlignRight);
    m_tracks->setCellWidget(row, 0, box);
    m_tracks->setCellWidget(row, 1, people);
    m_tracks->setCurrentCell(row, 0);
    updateCriteria();
    return row;
}

QList<TrackRequirement> LevelDialog::trackRequirements() const
{
    QList<TrackRequirement> requirements;
    for (int row = 0; row < m_tracks->rowCount(); ++row) {
        const auto* box = qobject_cast<const QComboBox*>(m_tracks->cellWidget(row, 0));
        const auto* people = qobject_cast<const QSpinBox*>(m_tracks->cellWidget(row, 1));
        if (box && people)
            requirements.append({ box->currentText().trimmed(), people->value() });
    }
    return requirements;
}

void LevelDialog::setLevel(const TierLevel& level)
{
    m_level = level;
    setWindowTitle(tr("Edit Level %1 of %2").arg(level.name, m_program.name));
    m_rank->setValue(level.rank);
    m_autoName.clear();
    m_name->setText(level.name);
    const int tier = m_tier->findData(level.code);
    if (tier >= 0) {
        m_tier->setCurrentIndex(tier);
    } else {
        // A code this version does not know (written elsewhere): kept as it is.
        m_tier->addItem(level.code, level.code);
        m_tier->setCurrentIndex(m_tier->count() - 1);
    }
    m_name->setText(level.name);
    m_leadWeight->setValue(level.leadWeight);
    m_benefits->setPlainText(level.benefits);

    m_revenueOn->setChecked(level.minRevenueMinor.has_value());
    m_revenue->setText(level.minRevenueMinor ? MdfForm::editText(*level.minRevenueMinor, m_program.currency)
                                             : QString());
    const auto set = [](QCheckBox* check, QSpinBox* box, const auto& value) {
        check->setChecked(value.has_value());
        if (value)
            box->setValue(int(*value));
    };
    set(m_certifiedOn, m_certified, level.minCertifiedPeople);
    set(m_registrationsOn, m_registrations, level.minApprovedRegistrations);
    set(m_closedWonOn, m_closedWon, level.minClosedWon);
    set(m_pointsOn, m_points, level.minPoints);
    m_tracks->setRowCount(0);
    for (const TrackRequirement& requirement : level.trackRequirements)
        addTrackRequirement(requirement.track, requirement.count);
    updateCriteria();
    m_name->setFocus();
}

void LevelDialog::updateCriteria()
{
    int on = 0;
    for (const QCheckBox* check : { m_revenueOn, m_certifiedOn, m_registrationsOn, m_closedWonOn, m_pointsOn })
        on += check->isChecked() ? 1 : 0;
    on += m_tracks->rowCount();
    m_removeTrack->setEnabled(m_tracks->rowCount() > 0);
    m_summary->setText(on == 0 ? tr("No criterion is checked: every member qualifies for this level (usual for the "
                                    "entry level).")
                               : tr("A partner qualifies when it meets all %n criteria.", nullptr, on));
}

QString LevelDialog::fieldError(const QString& field) const
{
    return m_errors->message(field);
}

QString LevelDialog::errorText() const
{
    return m_errors->allMessages();
}

void LevelDialog::accept()
{
    m_errors->clear();
    TierLevel level = m_level;
    level.programId = m_program.id;
    level.rank = m_rank->value();
    level.name = m_name->text().trimmed();
    level.code = m_tier->currentData().toString();
    level.leadWeight = m_leadWeight->value();
    level.benefits = m_benefits->toPlainText().trimmed();

    level.minRevenueMinor.reset();
    if (m_revenueOn->isChecked()) {
        const QString text = m_revenue->text().trimmed();
        if (text.isEmpty()) {
            m_errors->show(QStringLiteral("min_revenue_minor"),
                           tr("Enter the minimum revenue in %1, or uncheck this criterion.").arg(m_program.currency));
            return;
        }
        const Result<qint64> minor = MdfForm::parseAmount(text, m_program.currency, QStringLiteral("min_revenue_minor"));
        if (!minor) {
            m_errors->show(minor.error());
            return;
        }
        level.minRevenueMinor = minor.value();
    }
    level.minCertifiedPeople = m_certifiedOn->isChecked() ? std::optional<int>(m_certified->value()) : std::nullopt;
    level.minApprovedRegistrations =
        m_registrationsOn->isChecked() ? std::optional<int>(m_registrations->value()) : std::nullopt;
    level.minClosedWon = m_closedWonOn->isChecked() ? std::optional<int>(m_closedWon->value()) : std::nullopt;
    level.minPoints = m_pointsOn->isChecked() ? std::optional<qint64>(m_points->value()) : std::nullopt;
    level.trackRequirements = trackRequirements();
    for (int row = 0; row < level.trackRequirements.size(); ++row) {
        if (level.trackRequirements[row].track.isEmpty()) {
            m_errors->show(QStringLiteral("track_requirements"),
                           tr("Row %1 names no track: choose one or remove the row.").arg(row + 1));
            return;
        }
    }

    TierProgramRepository programs(m_db);
    if (level.id.isEmpty()) {
        const Result<TierLevel> created = programs.createLevel(level);
        if (!created) {
            m_errors->show(created.error());
            return;
        }
        m_level = created.value();
    } else {
        const Result<bool> saved = programs.updateLevel(level);
        if (!saved) {
            m_errors->show(saved.error());
            return;
        }
        m_level = level;
    }
    QDialog::accept();
}

} // namespace ChannelDesk
