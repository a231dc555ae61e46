#pragma once
// The parts of measure() (verify.cpp), one file each: replication.cpp (both databases),
// roundtrip.cpp (the write test), drift.cpp (the install directories), certificates.cpp.
// Internal to backend/verify.
#include "backend/remote/manifest.h"
#include "backend/remote/remoteops.h"
#include "backend/verify/verify.h"

#include <optional>

namespace oef::verifyparts {

// SSH first: fills the reach of a role. A host key problem is told apart (the GUI offers to
// trust a new key after showing its fingerprint).
bool connectRole(ServerPool &pool, const QString &role, ServerReach &reach, const std::atomic_bool *cancel);

// The replication state of the primary, and of the standby (its delay in bytes and seconds is
// filled by secondaryDelay() once the primary's position is known).
void measurePrimary(DirectContext &ctx, PrimaryStatus &p);
struct SecondaryExtra
{
    std::optional<double> replayAgeS; // seconds since the last replayed commit, by the standby's clock
};
SecondaryExtra measureSecondary(DirectContext &ctx, SecondaryStatus &s);
// Which of the plan's application containers run on the standby (fills s.runningApps).
void measureStandbyApps(DirectContext &ctx, SecondaryStatus &s);
void secondaryDelay(SecondaryStatus &s, const SecondaryExtra &extra, const QString &primaryLsn);

// One side of the drift check: the install directory's manifest (data copies excluded);
// nullopt with *error (translated, names the server).
std::optional<Manifest> installManifest(DirectContext &ctx, const QString &role, QString *error);

// The certificate a server keeps under /etc/openelis-global, read over SSH.
void certificateFromServer(DirectContext &ctx, const QString &role, CertificateInfo &info);

} // namespace oef::verifyparts
