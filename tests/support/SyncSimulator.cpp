#include "SyncSimulator.h"

#include "common/Uuid.h"
#include "domain/PartnerValidator.h"
#include "partners/ContactRepository.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "support/SimulationChecker.h"
#include "support/TestServer.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <random>

namespace ChannelDesk::Test {

namespace {

// Two of the first three clients share a CAM, so their records overlap; the admin sees everyone's.
const QStringList Users { QStringLiteral("lan"), QStringLiteral("lan"), QStringLiteral("minh"),
                          QStringLiteral("boss") };
const QStringList Cities { QStringLiteral("Hà Nội"), QStringLiteral("Đà Nẵng"), QStringLiteral("Thành phố Hồ Chí Minh"),
                           QStringLiteral("Berlin"), QStringLiteral("Lyon"),    QString() };
const QStringList Currencies { QStringLiteral("VND"), QStringLiteral("USD"), QStringLiteral("EUR") };
constexpr int MaxShownViolations = 25;

struct Client
{
    int index = 0;
    QString user;
    bool admin = false;
    QString label;
    QTemporaryDir dir;
    std::unique_ptr<Database> db; ///< the editor connection, as the app's UI would use
    QString clientId;
    QString refreshToken;
    bool joined = false;

    QString path() const { return dir.filePath(QStringLiteral("client.db")); }
};

// Sets SyncStore's broken-merge hook for one run and always clears it again.
class MergeBreaker
{
public:
    explicit MergeBreaker(bool on) { SyncStore::setRebaseDisabledForTests(on); }
    ~MergeBreaker() { SyncStore::setRebaseDisabledForTests(false); }
    MergeBreaker(const MergeBreaker&) = delete;
    MergeBreaker& operator=(const MergeBreaker&) = delete;
};

} // namespace

// One seed: the clients, the random actions, quiescence and the final check.
class SyncSimulator::Run
{
public:
    Run(const SimulationOptions& options, quint64 seed, TestServer& server, FaultProxy& proxy, SimulationResult& result)
        : m_options(options)
        , m_random(seed)
        , m_server(server)
        , m_proxy(proxy)
        , m_result(result)
    {
    }

    void execute()
    {
        for (int i = 0; i < m_options.clients; ++i) {
            auto client = std::make_unique<Client>();
            client->index = i;
            client->user = Users[i % Users.size()];
            client->admin = client->user == QLatin1String("boss");
            client->label = QStringLiteral("c%1 (%2)").arg(i).arg(client->user);
            auto opened = Database::open(client->path());
            if (!client->dir.isValid() || !opened) {
                m_result.error = QStringLiteral("%1: cannot open its database").arg(client->label);
                return;
            }
            client->db = std::move(opened).value();
            client->clientId = SyncStore(*client->db).clientId();
            // With three clients or more, the last joins late: its first sync is a snapshot of a busy server.
            client->joined = m_options.clients < 3 || i < m_options.clients - 1;
            m_clients.push_back(std::move(client));
        }
        m_proxy.setRandomFaults(m_options.faults, m_options.faultProbability);

        for (auto& client : m_clients) {
            if (!client->joined)
                continue;
            createPartner(*client);
            createPartner(*client);
            createContact(*client);
        }
        const int joinAt = m_options.steps / 3;
        for (int step = 0; step < m_options.steps && m_result.error.isEmpty(); ++step) {
            m_step = step;
            if (step == joinAt)
                join();
            QList<Client*> joined;
            for (auto& client : m_clients) {
                if (client->joined)
                    joined.append(client.get());
            }
            act(*joined[below(int(joined.size()))]);
        }
        if (!m_result.error.isEmpty())
            return;
        m_step = -1;
        quiesce();
        if (!m_result.error.isEmpty())
            return;

        m_server.stop(); // a settled database file: everything the server committed, nothing in flight
        QList<CheckedClient> views;
        for (const auto& client : m_clients)
            views.append({ client->label, client->user, client->admin, client->clientId, client->db->connection() });
        const QStringList violations = SimulationChecker::checkFinal(m_server.databasePath(), views, m_log);
        m_result.violations += violations;
        if (!m_options.verbose)
            return;
        // Each violation with the history of the record it names, on the client it names.
        static const QRegularExpression uuid(
            QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        for (const QString& violation : violations) {
            QTextStream(stderr) << "VIOLATION " << violation << Qt::endl;
            const QString id = uuid.match(violation).captured();
            for (const CheckedClient& view : views) {
                if (!id.isEmpty())
                    QTextStream(stderr) << view.label << ":\n" << SimulationChecker::describe(view.db, id) << Qt::endl;
            }
        }
    }

private:
    int below(int n) { return n <= 1 ? 0 : std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < p; }
    template<typename T>
    const T& pick(const QList<T>& list)
    {
        return list[below(int(list.size()))];
    }
    // Most edits go to the three oldest records (the ones every client has), so that edits overlap.
    const QByteArray& pickRecord(const QList<QByteArray>& ids)
    {
        return chance(0.6) ? ids[below(qMin(3, int(ids.size())))] : pick(ids);
    }

    void say(const Client& client, const QString& what)
    {
        if (!m_options.verbose)
            return;
        const QString when = m_step >= 0 ? QStringLiteral("step %1").arg(m_step) : QStringLiteral("quiescence");
        QTextStream(stderr) << when << ' ' << client.label << ": " << what << Qt::endl;
    }

    void join()
    {
        for (auto& client : m_clients) {
            if (!client->joined) {
                client->joined = true;
                say(*client, QStringLiteral("joins"));
            }
        }
    }

    void act(Client& c)
    {
        // Mostly edits between syncs, so that clients work offline long enough to overlap.
        const int roll = below(100);
        if (roll < 7)
            createPartner(c);
        else if (roll < 13)
            createContact(c);
        else if (roll < 43)
            updatePartner(c);
        else if (roll < 57)
            updateContact(c);
        else if (roll < 61)
            deletePartner(c);
        else if (roll < 65)
            deleteContact(c);
        else if (roll < 69)
            restorePartner(c);
        else if (roll < 73)
            restoreContact(c);
        else if (roll < 83)
            resolveOne(c);
        else
            sync(c);
    }

    // Ids of live or tombstoned rows, in the order the simulation created them: neither local insertion order (a
    // snapshot arrives in id order) nor id order (ids carry the clock) would replay the same with the same seed.
    QList<QByteArray> ids(Client& c, const QString& table, bool deleted, const QByteArray& partnerId = {})
    {
        QSqlQuery query(c.db->connection());
        query.prepare(QStringLiteral("SELECT id FROM %1 WHERE deleted_at IS %2 NULL %3")
                          .arg(table, deleted ? QStringLiteral("NOT") : QString(),
                               partnerId.isEmpty() ? QString() : QStringLiteral("AND partner_id = ?")));
        if (!partnerId.isEmpty())
            query.addBindValue(partnerId);
        QList<QByteArray> result;
        if (query.exec()) {
            while (query.next())
                result.append(query.value(0).toByteArray());
        }
        std::sort(result.begin(), result.end(),
                  [this](const QByteArray& a, const QByteArray& b) { return m_order.value(a) < m_order.value(b); });
        return result;
    }

    qint64 lastMutation(Client& c)
    {
        QSqlQuery query(c.db->connection());
        return query.exec(QStringLiteral("SELECT coalesce(max(mutation_id), 0) FROM sync_outbox")) && query.next()
                   ? query.value(0).toLongLong()
                   : 0;
    }

    // Licenses the outbox entries made since `after` to bring tombstoned records back (the checker's resurrection
    // rule), when `op` matches (empty = any).
    void licenseRevivals(Client& c, qint64 after, const QString& op)
    {
        QSqlQuery query(c.db->connection());
        query.prepare(QStringLiteral("SELECT mutation_id, op FROM sync_outbox WHERE mutation_id > ?"));
        query.addBindValue(after);
        if (!query.exec())
            return;
        while (query.next()) {
            if (op.isEmpty() || query.value(1).toString() == op)
                m_log.revivals.insert(SimulationLog::key(c.clientId, query.value(0).toLongLong()));
        }
    }

    void edited(Client& c, const QString& what)
    {
        ++m_result.edits;
        say(c, what);
    }

    void createPartner(Client& c)
    {
        Partner p;
        p.name = QStringLiteral("Partner %1").arg(below(100000));
        p.country = pick(QStringList { QStringLiteral("VN"), QStringLiteral("DE"), QStringLiteral("FR"), QString() });
        p.city = pick(Cities);
        // A CAM creates for itself (or leaves the owner for the server to fill); the admin for anyone.
        p.owner = c.admin ? pick(QStringList { QStringLiteral("lan"), QStringLiteral("minh"), QStringLiteral("boss") })
                          : (chance(0.5) ? c.user : QString());
        const Result<Partner> created = PartnerRepository(*c.db).create(p);
        if (!created)
            return;
        m_log.created.insert(Uuid::toString(created->id), QStringLiteral("partner"));
        m_order.insert(created->id, int(m_order.size()));
        edited(c, QStringLiteral("creates partner %1").arg(Uuid::toString(created->id)));
    }

    void createContact(Client& c)
    {
        const QList<QByteArray> partners = ids(c, QStringLiteral("partner"), false);
        if (partners.isEmpty())
            return createPartner(c);
        Contact contact;
        contact.partnerId = pick(partners);
        contact.firstName
            = pick(QStringList { QStringLiteral("Thu"), QStringLiteral("Minh"), QStringLiteral("Anna"), QString() });
        contact.lastName
            = pick(QStringList { QStringLiteral("Trần"), QStringLiteral("Nguyễn"), QStringLiteral("Weber") });
        contact.role = pick(contactRoles()).code;
        const Result<Contact> created = ContactRepository(*c.db).create(contact);
        if (!created)
            return;
        m_log.created.insert(Uuid::toString(created->id), QStringLiteral("contact"));
        m_order.insert(created->id, int(m_order.size()));
        edited(c, QStringLiteral("creates contact %1").arg(Uuid::toString(created->id)));
    }

    void updatePartner(Client& c)
    {
        const QList<QByteArray> live = ids(c, QStringLiteral("partner"), false);
        if (live.isEmpty())
            return createPartner(c);
        Result<Partner> stored = PartnerRepository(*c.db).get(pickRecord(live));
        if (!stored)
            return;
        Partner p = stored.value();
        QStringList touched;
        for (int i = 0, n = 1 + below(3); i < n; ++i) {
            switch (chance(0.4) ? 1 + below(3) : below(12)) { // city, phone and notes are the busy fields
            case 0:
                p.name = QStringLiteral("Partner %1").arg(below(100000));
                touched << QStringLiteral("name");
                break;
            case 1:
                p.city = pick(Cities);
                touched << QStringLiteral("city");
                break;
            case 2:
                p.phone = QStringLiteral("+84 24 %1").arg(1000000 + below(8999999));
                touched << QStringLiteral("phone");
                break;
            case 3:
                p.notes = chance(0.2) ? QString() : QStringLiteral("Note %1 by %2").arg(below(10000)).arg(c.label);
                touched << QStringLiteral("notes");
                break;
            case 4:
                p.tier = pick(partnerTiers()).code;
                touched << QStringLiteral("tier");
                break;
            case 5:
                p.website = chance(0.2) ? QString() : QStringLiteral("https://p%1.example.com").arg(below(1000));
                touched << QStringLiteral("website");
                break;
            case 6:
                p.email = chance(0.2) ? QString() : QStringLiteral("sales%1@example.vn").arg(below(1000));
                touched << QStringLiteral("email");
                break;
            case 7:
                if (chance(0.25))
                    p.annualRevenue.reset();
                else
                    p.annualRevenue
                        = Money { std::uniform_int_distribution<qint64>(0, 5'000'000'000)(m_random), pick(Currencies) };
                touched << QStringLiteral("revenue");
                break;
            case 8:
                p.nextReview = chance(0.2) ? QDate() : QDate(2026, 1, 1).addDays(below(700));
                touched << QStringLiteral("next_review");
                break;
            case 9: {
                QStringList next;
                for (const Choice& stage : onboardingStages()) {
                    if (stage.code != p.stage && PartnerValidator::isAllowedTransition(p.stage, stage.code))
                        next.append(stage.code);
                }
                if (next.isEmpty())
                    break;
                p.stage = pick(next);
                if (p.stage == QLatin1String("suspended") || p.stage == QLatin1String("terminated"))
                    p.stageReason = QStringLiteral("Reason %1").arg(below(1000));
                touched << QStringLiteral("stage");
                break;
            }
            case 10:
                p.partnershipStart = QDate(2020, 1, 1).addDays(below(1500));
                p.partnershipEnd = chance(0.5) ? QDate() : p.partnershipStart.addDays(below(1000));
                touched << QStringLiteral("partnership");
                break;
            default:
                p.legalName = QStringLiteral("Legal %1").arg(below(1000));
                p.region = pick(QStringList { QStringLiteral("North"), QStringLiteral("South"), QString() });
                touched << QStringLiteral("legal_name/region");
                break;
            }
        }
        const Result<bool> changed = PartnerRepository(*c.db).update(p);
        if (changed && *changed)
            edited(c,
                   QStringLiteral("updates partner %1 (%2)").arg(Uuid::toString(p.id), touched.join(QLatin1Char(','))));
    }

    void updateContact(Client& c)
    {
        const QList<QByteArray> live = ids(c, QStringLiteral("contact"), false);
        if (live.isEmpty())
            return createContact(c);
        Result<Contact> stored = ContactRepository(*c.db).get(pickRecord(live));
        if (!stored)
            return;
        Contact contact = stored.value();
        QString field;
        switch (chance(0.4) ? 3 : below(6)) { // the phone is the busy field
        case 0:
            contact.firstName = QStringLiteral("First%1").arg(below(1000));
            field = QStringLiteral("first_name");
            break;
        case 1:
            contact.lastName = QStringLiteral("Last%1").arg(below(1000));
            field = QStringLiteral("last_name");
            break;
        case 2:
            contact.jobTitle = pick(QStringList { QStringLiteral("CEO"), QStringLiteral("Kỹ sư"), QString() });
            field = QStringLiteral("job_title");
            break;
        case 3:
            contact.phone = QStringLiteral("09%1").arg(10000000 + below(89999999));
            field = QStringLiteral("phone");
            break;
        case 4:
            contact.email = chance(0.2) ? QString() : QStringLiteral("c%1@example.com").arg(below(1000));
            field = QStringLiteral("email");
            break;
        default:
            contact.role = pick(contactRoles()).code;
            field = QStringLiteral("role");
            break;
        }
        const Result<bool> changed = ContactRepository(*c.db).update(contact);
        if (changed && *changed)
            edited(c, QStringLiteral("updates contact %1 (%2)").arg(Uuid::toString(contact.id), field));
    }

    void deletePartner(Client& c)
    {
        const QList<QByteArray> live = ids(c, QStringLiteral("partner"), false);
        if (live.isEmpty())
            return;
        const QByteArray id = pick(live);
        if (PartnerRepository(*c.db).remove(id))
            edited(c, QStringLiteral("deletes partner %1").arg(Uuid::toString(id)));
    }

    void deleteContact(Client& c)
    {
        const QList<QByteArray> live = ids(c, QStringLiteral("contact"), false);
        if (live.isEmpty())
            return;
        const QByteArray id = pick(live);
        const Result<bool> done = ContactRepository(*c.db).remove(id);
        if (done && *done)
            edited(c, QStringLiteral("deletes contact %1").arg(Uuid::toString(id)));
    }

    void restorePartner(Client& c)
    {
        const QList<QByteArray> gone = ids(c, QStringLiteral("partner"), true);
        if (gone.isEmpty())
            return;
        const QByteArray id = pick(gone);
        QList<QByteArray> contacts;
        for (const QByteArray& contact : ids(c, QStringLiteral("contact"), true, id)) {
            if (chance(0.7))
                contacts.append(contact);
        }
        const qint64 before = lastMutation(c);
        if (!PartnerRepository(*c.db).restore(id, contacts))
            return;
        licenseRevivals(c, before, QStringLiteral("restore"));
        edited(c, QStringLiteral("restores partner %1 with %2 contacts").arg(Uuid::toString(id)).arg(contacts.size()));
    }

    void restoreContact(Client& c)
    {
        const QList<QByteArray> gone = ids(c, QStringLiteral("contact"), true);
        if (gone.isEmpty())
            return;
        const QByteArray id = pick(gone);
        const qint64 before = lastMutation(c);
        const Result<bool> done = ContactRepository(*c.db).restore(id);
        if (!done || !*done)
            return;
        licenseRevivals(c, before, QStringLiteral("restore"));
        edited(c, QStringLiteral("restores contact %1").arg(Uuid::toString(id)));
    }

    // Resolves one open conflict the way a user would, at random; false when there was none.
    bool resolveOne(Client& c)
    {
        SyncStore store(*c.db);
        const Result<QList<SyncConflict>> open = store.openConflicts();
        if (!open || open->isEmpty())
            return false;
        const SyncConflict& conflict = pick(open.value());
        const bool keepMine = chance(0.5);
        const qint64 before = lastMutation(c);
        const Status status = store.resolve(conflict.conflictId, keepMine ? SyncStore::Resolution::KeepMine
                                                                          : SyncStore::Resolution::TakeTheirs);
        if (!status) {
            m_result.violations.append(QStringLiteral("%1: resolving conflict %2 failed: %3")
                                           .arg(c.label)
                                           .arg(conflict.conflictId)
                                           .arg(status.error().toLogString()));
            return false;
        }
        ++m_result.conflictsResolved;
        if (keepMine) {
            ++m_result.keptMine;
            // Keeping my edit of a record deleted elsewhere brings it back, by the user's explicit choice.
            if (conflict.kind == QLatin1String("update_vs_delete"))
                licenseRevivals(c, before, QString());
        }
        say(c, QStringLiteral("resolves %1 conflict on %2 %3 (%4): %5")
                   .arg(conflict.kind, conflict.entity, Uuid::toString(conflict.rowId),
                        conflict.fields.join(QLatin1Char(',')),
                        keepMine ? QStringLiteral("keep mine") : QStringLiteral("take theirs")));
        return true;
    }

    SyncReport sync(Client& c)
    {
        ++m_result.syncs;
        // A new engine per sync (as after an app restart): a new connection, so a new fault plan, and a token refresh.
        SyncEngine engine(c.path(), SyncAccount { m_proxy.url(), c.user, m_server.caFile(), {} });
        SyncReport report;
        if (Status status = engine.open(); !status) {
            m_result.error = QStringLiteral("%1: engine: %2").arg(c.label, status.error().toLogString());
            report.outcome = SyncReport::Outcome::Failed;
            return report;
        }
        QObject::connect(&engine, &SyncEngine::refreshTokenChanged,
                         [&c](const QString& token) { c.refreshToken = token; });
        if (c.refreshToken.isEmpty()) {
            report = engine.signIn(QString::fromLatin1(TestServer::Password));
            if (report.outcome != SyncReport::Outcome::Ok) {
                ++m_result.failedSyncs;
                say(c, QStringLiteral("sign-in failed: %1").arg(report.message));
                return report;
            }
        } else {
            engine.setRefreshToken(c.refreshToken);
        }
        const SimulationChecker::PendingValues before = SimulationChecker::pendingValues(c.db->connection());
        report = engine.runOnce();
        m_result.violations += SimulationChecker::checkLocalEditsKept(
            c.label, before, SimulationChecker::pendingValues(c.db->connection()));
        if (report.outcome != SyncReport::Outcome::Ok)
            ++m_result.failedSyncs;
        // A refresh whose answer was lost leaves a spent token, and presenting it ends the session (token theft
        // detection): the app then asks for the password, and so does the next sync here (the token is cleared).
        if (report.outcome == SyncReport::Outcome::NeedsSignIn)
            ++m_result.sessionsEnded;
        say(c, report.outcome == SyncReport::Outcome::Ok
                   ? QStringLiteral("syncs: pushed %1, pulled %2, open conflicts %3, rejected %4")
                         .arg(report.pushed)
                         .arg(report.pulled)
                         .arg(report.conflicts)
                         .arg(report.rejected)
                   : QStringLiteral("sync failed: %1").arg(report.message));
        return report;
    }

    // Faults off; every client resolves all it has and syncs, round after round, until a whole round moves nothing.
    void quiesce()
    {
        m_proxy.clearFaults();
        join();
        for (int round = 1; round <= m_options.quiescenceRounds; ++round) {
            m_result.quiescenceRounds = round;
            QList<Client*> order;
            for (auto& client : m_clients)
                order.append(client.get());
            std::shuffle(order.begin(), order.end(), m_random);
            bool moved = false;
            for (Client* c : order) {
                while (resolveOne(*c))
                    moved = true;
                SyncReport report = sync(*c);
                if (report.outcome == SyncReport::Outcome::NeedsSignIn && m_result.error.isEmpty())
                    report = sync(*c); // signed in again with the password
                if (!m_result.error.isEmpty())
                    return;
                if (report.outcome != SyncReport::Outcome::Ok) {
                    m_result.violations.append(
                        QStringLiteral("%1: sync failed with faults off: %2").arg(c->label, report.message));
                    moved = true;
                    continue;
                }
                if (report.pushed + report.pulled + report.conflicts + report.rejected > 0)
                    moved = true;
            }
            if (!moved)
                return;
        }
        m_result.violations.append(QStringLiteral("no quiescence: changes still moving after %1 rounds with faults off")
                                       .arg(m_options.quiescenceRounds));
    }

    const SimulationOptions& m_options;
    std::mt19937_64 m_random;
    TestServer& m_server;
    FaultProxy& m_proxy;
    SimulationResult& m_result;
    std::vector<std::unique_ptr<Client>> m_clients;
    SimulationLog m_log;
    QHash<QByteArray, int> m_order; ///< record id → when the simulation created it
    int m_step = 0;
};

QJsonObject SimulationResult::toJson() const
{
    QJsonArray shown;
    for (const QString& violation : violations.mid(0, MaxShownViolations))
        shown.append(violation);
    QJsonObject injected;
    for (auto it = faults.cbegin(); it != faults.cend(); ++it)
        injected.insert(it.key(), it.value());
    QJsonObject json { { QStringLiteral("seed"), QString::number(seed) },
                       { QStringLiteral("passed"), passed() },
                       { QStringLiteral("violation_count"), int(violations.size()) },
                       { QStringLiteral("violations"), shown },
                       { QStringLiteral("edits"), edits },
                       { QStringLiteral("syncs"), syncs },
                       { QStringLiteral("failed_syncs"), failedSyncs },
                       { QStringLiteral("conflicts_resolved"), conflictsResolved },
                       { QStringLiteral("kept_mine"), keptMine },
                       { QStringLiteral("quiescence_rounds"), quiescenceRounds },
                       { QStringLiteral("sessions_ended"), sessionsEnded },
                       { QStringLiteral("connections"), connections },
                       { QStringLiteral("faults"), injected },
                       { QStringLiteral("ms"), elapsedMs } };
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

SyncSimulator::SyncSimulator(SimulationOptions options)
    : m_options(std::move(options))
{
}

SyncSimulator::~SyncSimulator() = default;

bool SyncSimulator::faultsFromName(const QString& name, QList<FaultProxy::Fault>& faults)
{
    using Fault = FaultProxy::Fault;
    if (name == QLatin1String("mixed")) {
        faults = { Fault::DropRequest, Fault::DropResponse, Fault::Delay, Fault::Reset };
        return true;
    }
    const std::optional<Fault> fault = FaultProxy::faultFromName(name);
    if (!fault)
        return false;
    faults.clear();
    if (*fault != Fault::None)
        faults.append(*fault);
    return true;
}

bool SyncSimulator::ensurePrepared(QString& error)
{
    if (m_prepared)
        return true;
    auto prepared = std::make_unique<TestServer>();
    if (!prepared->prepare()) {
        error = prepared->error();
        return false;
    }
    m_prepared = std::move(prepared);
    return true;
}

SimulationResult SyncSimulator::run(quint64 seed)
{
    QElapsedTimer timer;
    timer.start();
    SimulationResult result;
    result.seed = seed;
    if (QString error; !ensurePrepared(error)) {
        result.error = QStringLiteral("server preparation: ") + error;
        return result;
    }
    TestServer server;
    if (!server.prepareFrom(*m_prepared) || !server.start()) {
        result.error = QStringLiteral("server: ") + server.error();
        return result;
    }
    // The proxy's plans have their own stream, so changing the actions does not reshuffle the faults.
    FaultProxy proxy(static_cast<quint16>(server.port()), seed ^ 0x9E3779B97F4A7C15ULL);
    if (!proxy.listen()) {
        result.error = QStringLiteral("the fault proxy cannot listen");
        return result;
    }
    {
        const MergeBreaker breaker(m_options.breakMerge);
        Run run(m_options, seed, server, proxy, result);
        run.execute();
    }
    result.connections = proxy.connectionCount();
    for (FaultProxy::Fault fault : { FaultProxy::Fault::DropRequest, FaultProxy::Fault::DropResponse,
                                     FaultProxy::Fault::Delay, FaultProxy::Fault::Reset }) {
        if (const int count = proxy.faultCount(fault); count > 0)
            result.faults.insert(FaultProxy::faultName(fault), count);
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace ChannelDesk::Test
