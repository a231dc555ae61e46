#include "backend/verify/verify.h"
#include "backend/core/tr.h"
#include "backend/remote/serverpool.h"
#include "backend/verify/verifyparts.h"

#include <QElapsedTimer>

#include <future>
#include <thread>

namespace oef {

std::optional<quint64> parseLsn(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == text.size() - 1 || slash > 8 || text.size() - slash - 1 > 8)
        return std::nullopt;
    bool okHi = false, okLo = false;
    const quint64 hi = text.left(slash).toULongLong(&okHi, 16);
    const quint64 lo = text.mid(slash + 1).toULongLong(&okLo, 16);
    if (!okHi || !okLo)
        return std::nullopt;
    return (hi << 32) | lo;
}

QString standbySlotName(const QString &secondaryHost)
{
    QString s = QStringLiteral("oef_") + secondaryHost.toLower();
    for (QChar &ch : s)
        if (!((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || ch.isDigit() || ch == QLatin1Char('_')))
            ch = QLatin1Char('_');
    return s.left(63);
}

const ReplicationRow *VerifyMeasurement::standbyRow() const
{
    const QString slotName = standbySlot();
    for (const ReplicationRow &r : primary.replication)
        if (!slotName.isEmpty() && r.applicationName == slotName)
            return &r;
    for (const ReplicationRow &r : primary.replication)
        if (!r.clientAddress.isEmpty()
            && (r.clientAddress == secondaryHost || secondaryAddresses.contains(r.clientAddress)))
            return &r;
    return nullptr;
}

const SlotInfo *VerifyMeasurement::slot(const QString &name) const
{
    for (const SlotInfo &s : primary.replicationSlots)
        if (s.name == name)
            return &s;
    return nullptr;
}

QString VerifyMeasurement::standbySlot() const
{
    return secondary.receiverSlot.isEmpty() ? expectedSlot : secondary.receiverSlot;
}

void VerifyMeasurement::takeMissingPartsFrom(const VerifyMeasurement &older)
{
    if (!parts.testFlag(VerifyPart::Drift) && older.parts.testFlag(VerifyPart::Drift)) {
        drift = older.drift;
        driftAt = older.driftAt;
        if (!secondary.runningApps && secondary.inRecovery)
            secondary.runningApps = older.secondary.runningApps;
        parts |= VerifyPart::Drift;
    }
    if (!parts.testFlag(VerifyPart::Certificates) && older.parts.testFlag(VerifyPart::Certificates)) {
        certificates = older.certificates;
        certificatesAt = older.certificatesAt;
        parts |= VerifyPart::Certificates;
    }
    if (!parts.testFlag(VerifyPart::RoundTrip) && older.parts.testFlag(VerifyPart::RoundTrip)) {
        roundTrip = older.roundTrip;
        roundTripAt = older.roundTripAt;
        parts |= VerifyPart::RoundTrip;
    }
}

namespace {

using namespace verifyparts;

// What measure() is asked for and what its two server threads found.
struct Measuring
{
    ServerPool &pool;
    const VerifyOptions &options;
    const std::atomic_bool *cancel;
    DirectContext ctx;
    VerifyMeasurement m;
    bool up[2] = {false, false};
    SecondaryExtra secondaryExtra;
    std::optional<Manifest> manifests[2];
    QString driftError[2];

    bool stopped() const { return cancel && cancel->load(); }
    bool wants(VerifyPart part) const { return options.parts.testFlag(part); }
};

// The primary's thread: its session, its database, its install directory. `read` is set once
// its database was asked (the standby's delay is measured against that position).
void primarySide(Measuring &w, std::promise<void> &read)
{
    w.up[0] = !w.stopped() && connectRole(w.pool, Role::Primary, w.m.primary.reach, w.cancel);
    if (w.up[0] && w.wants(VerifyPart::Replication) && !w.stopped())
        measurePrimary(w.ctx, w.m.primary);
    read.set_value();
    if (w.up[0] && w.wants(VerifyPart::Drift) && !w.stopped())
        w.manifests[0] = installManifest(w.ctx, Role::Primary, &w.driftError[0]);
}

// The standby's thread: it logs in meanwhile and asks its database right after the primary's.
void secondarySide(Measuring &w, std::shared_future<void> primaryRead)
{
    w.up[1] = !w.stopped() && connectRole(w.pool, Role::Secondary, w.m.secondary.reach, w.cancel);
    if (w.up[1] && w.wants(VerifyPart::Replication)) {
        primaryRead.wait();
        if (!w.stopped())
            w.secondaryExtra = measureSecondary(w.ctx, w.m.secondary);
    }
    // With the drift (a docker CLI run costs the server more than a refresh may): whether
    // OpenELIS runs on a standby, then the install directory.
    if (w.up[1] && w.wants(VerifyPart::Drift) && !w.stopped()) {
        if (w.m.secondary.inRecovery)
            measureStandbyApps(w.ctx, w.m.secondary);
        w.manifests[1] = installManifest(w.ctx, Role::Secondary, &w.driftError[1]);
    }
}

// Both servers side by side, each on a thread with its own session (the pool's map is shared,
// never a session); this thread meanwhile resolves the names and shakes hands over TLS.
void measureServers(Measuring &w)
{
    std::promise<void> primaryRead;
    std::shared_future<void> read = primaryRead.get_future().share();
    std::thread primary([&] { primarySide(w, primaryRead); });
    std::thread secondary([&] { secondarySide(w, read); });
    if (w.wants(VerifyPart::Replication)) {
        w.m.primaryAddresses = resolveAddresses(w.m.primaryHost);
        w.m.secondaryAddresses = resolveAddresses(w.m.secondaryHost);
    }
    if (w.wants(VerifyPart::Certificates))
        for (const QString &role : {Role::Primary, Role::Secondary}) {
            CertificateInfo info = fetchCertificate(w.pool.plan().server(role).host, w.options.webPort,
                                                    w.options.tlsTimeout, w.cancel);
            info.role = role;
            w.m.certificates << info;
        }
    primary.join();
    secondary.join();
}

void measureRoundTripPart(Measuring &w)
{
    VerifyMeasurement &m = w.m;
    m.roundTripAt = QDateTime::currentDateTimeUtc();
    if (m.primary.reach.databaseOk && m.secondary.reach.databaseOk && !m.primary.inRecovery && m.secondary.inRecovery)
        m.roundTrip = measureRoundTrip(w.ctx, Role::Primary, Role::Secondary, w.options.roundTripTimeout);
    else if (!w.wants(VerifyPart::Replication))
        m.roundTrip.error = Tr::tr("The replication state was not measured.");
    else
        m.roundTrip.error = Tr::tr("Not tried: the primary and a standby must both answer.");
}

void compareDrift(Measuring &w)
{
    w.m.driftAt = QDateTime::currentDateTimeUtc();
    if (!w.up[0] || !w.up[1])
        w.m.drift.error = Tr::tr("Not compared: both servers must answer over SSH.");
    else if (!w.manifests[0] || !w.manifests[1])
        w.m.drift.error = !w.manifests[0] ? w.driftError[0] : w.driftError[1];
    else
        w.m.drift = compareManifests(*w.manifests[0], *w.manifests[1]);
}

// A certificate no handshake showed (a standby's OpenELIS is stopped) is read from the
// server's files; the standby's is also checked against the address users type today.
void completeCertificates(Measuring &w)
{
    VerifyMeasurement &m = w.m;
    m.certificatesAt = QDateTime::currentDateTimeUtc();
    for (CertificateInfo &info : m.certificates) {
        const bool primary = info.role == Role::Primary;
        if (info.source == CertificateInfo::Source::None && w.up[primary ? 0 : 1] && !w.stopped())
            certificateFromServer(w.ctx, info.role, info);
        if (!primary) {
            info.otherAddress = m.primaryHost;
            info.coversOtherAddress = info.source != CertificateInfo::Source::None
                                      && certificateCovers(info.dnsNames, info.ipAddresses, m.primaryHost);
        }
    }
}

} // namespace

VerifyMeasurement measure(ServerPool &pool, const VerifyOptions &options, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    const Plan &plan = pool.plan();
    Measuring w{pool, options, cancel, DirectContext(plan, pool, cancel), {}, {}, {}, {}, {}};
    VerifyMeasurement &m = w.m;
    m.startedAt = QDateTime::currentDateTimeUtc();
    m.parts = options.parts;
    m.primaryHost = plan.server(Role::Primary).host;
    m.secondaryHost = plan.server(Role::Secondary).host;
    m.primaryDbPort = plan.server(Role::Primary).dbPort;
    m.dbContainer = plan.dbContainer;
    m.expectedSlot = standbySlotName(m.secondaryHost);

    measureServers(w);
    secondaryDelay(m.secondary, w.secondaryExtra, m.primary.currentLsn);
    if (w.wants(VerifyPart::RoundTrip) && !w.stopped())
        measureRoundTripPart(w);
    if (w.wants(VerifyPart::Drift) && !w.stopped())
        compareDrift(w);
    if (w.wants(VerifyPart::Certificates) && !w.stopped())
        completeCertificates(w);
    m.cancelled = w.stopped();
    m.elapsedMs = timer.elapsed();
    return m;
}

} // namespace oef
