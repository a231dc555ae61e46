#include "backend/failover/nestedsetup.h"
#include "backend/core/tr.h"
#include "backend/remote/serverpool.h"

#include <algorithm>

namespace oef::failover {

namespace {

class NestedContext : public StepContext
{
public:
    NestedContext(StepContext &outer, const Plan &p, Secrets &s, ServerPool &pool) : m_outer(outer)
    {
        plan = &p;
        secrets = &s;
        servers = &pool;
    }
    void log(const QString &host, LogStream stream, const QString &text) override { m_outer.log(host, stream, text); }
    void progress(double f, const QString &message) override
    {
        m_outer.progress(m_base + m_span * std::clamp(f, 0.0, 1.0), message);
    }
    bool isCancelled() const override { return m_outer.isCancelled(); }
    const std::atomic_bool &cancelFlag() const override { return m_outer.cancelFlag(); }
    void setWindow(double base, double span)
    {
        m_base = base;
        m_span = span;
    }

private:
    StepContext &m_outer;
    double m_base = 0, m_span = 1;
};

Plan subPlan(const Plan &outer, const QString &primaryRole, const QString &secondaryRole)
{
    Plan p = outer;
    p.kind = Plan::Kind::Setup;
    p.servers.clear();
    p.servers.insert(Role::Primary, outer.server(primaryRole));
    p.servers.insert(Role::Secondary, outer.server(secondaryRole));
    return p;
}

} // namespace

StepResult runSetupFor(StepContext &outer, const QString &primaryRole, const QString &secondaryRole,
                       std::shared_ptr<SetupState> state, SetupOptions options)
{
    const Plan plan = subPlan(*outer.plan, primaryRole, secondaryRole);
    Secrets secrets;
    secrets.forRole(Role::Primary) = outer.secrets->forRole(primaryRole);
    secrets.forRole(Role::Secondary) = outer.secrets->forRole(secondaryRole);
    ServerPool pool(plan, secrets, outer.servers->hostKeyPolicy());
    NestedContext ctx(outer, plan, secrets, pool);
    Flow flow = buildSetupFlow(std::move(state), options);
    double total = 0;
    for (const auto &s : flow.steps)
        total += s->weight();
    double done = 0;
    std::vector<Step *> ran;
    StepResult result = StepResult::success();
    for (const auto &step : flow.steps) {
        if (outer.isCancelled()) {
            result = StepResult::error(Tr::tr("Cancelled."));
            break;
        }
        ctx.setWindow(done / total, step->weight() / total);
        ctx.progress(0, step->statusMessage());
        outer.log(QString(), LogStream::Info, QStringLiteral("— %1").arg(step->label()));
        ran.push_back(step.get());
        result = step->run(ctx);
        if (!result.ok) {
            result.message = QStringLiteral("%1: %2").arg(step->label(), result.message);
            break;
        }
        done += step->weight();
    }
    if (!result.ok) {
        for (auto it = ran.rbegin(); it != ran.rend(); ++it)
            if ((*it)->hasCleanup())
                (*it)->cleanup(ctx);
    }
    return result;
}

} // namespace oef::failover
