#include "wizard/common/hostkeypage.h"

#include "wizard/common/serverwizard.h"
#include "wizard/widgets/iconlabel.h"
#include "wizard/widgets/icons.h"

#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace oef::ui {

namespace {

// The public key file on the server for a key type, for `ssh-keygen -lf`.
QString keyFileFor(const QString &keyType)
{
    QString name = QStringLiteral("ed25519");
    if (keyType.startsWith(QLatin1String("ecdsa")))
        name = QStringLiteral("ecdsa");
    else if (keyType.contains(QLatin1String("rsa")))
        name = QStringLiteral("rsa");
    else if (keyType.contains(QLatin1String("dss")))
        name = QStringLiteral("dsa");
    return QStringLiteral("/etc/ssh/ssh_host_%1_key.pub").arg(name);
}

QString displayPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (path.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + path.mid(home.size());
    return path;
}

enum class Phase { Idle, Probing, Recording };

} // namespace

struct HostKeyPage::Row
{
    QString role;
    bool active = true; // the role is in the plan
    HostKeyProbe probe;
    Phase phase = Phase::Idle;
    quint64 request = 0;
    bool mismatch = false; // the key changed between the probe and the acceptance
    QGroupBox *box = nullptr;
    IconLabel *icon = nullptr;
    QLabel *state = nullptr;
    QLabel *fingerprint = nullptr;
    QLabel *guide = nullptr;
    QLabel *command = nullptr;
    QLabel *warning = nullptr;
    QPushButton *accept = nullptr;

    bool trusted() const
    {
        return phase == Phase::Idle && probe.reached
               && (probe.key.state == HostKeyInfo::State::Known || probe.key.state == HostKeyInfo::State::Accepted);
    }
    bool changed() const
    {
        return phase == Phase::Idle && probe.reached
               && (probe.key.state == HostKeyInfo::State::Changed || probe.key.state == HostKeyInfo::State::OtherType);
    }
};

HostKeyPage::HostKeyPage(ServerWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("hostKeyPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QWidget *previous = nullptr;
    const QStringList roles = m_wizard->hostKeyRoles();
    for (const QString &role : roles) {
        Row *row = makeRow(role, fixed);
        layout->addWidget(row->box);
        m_rows << row;

        if (previous)
            setTabOrder(previous, row->fingerprint);
        setTabOrder(row->fingerprint, row->command);
        setTabOrder(row->command, row->accept);
        previous = row->accept;
    }
    m_again = new QPushButton(this);
    m_again->setObjectName(QStringLiteral("checkKeysAgain"));
    connect(m_again, &QPushButton::clicked, this, &HostKeyPage::probe);
    auto *againRow = new QHBoxLayout;
    againRow->addWidget(m_again);
    againRow->addStretch();
    layout->addLayout(againRow);
    layout->addStretch();
    setTabOrder(previous, m_again);

    GuiWorker *worker = m_wizard->worker();
    connect(worker, &GuiWorker::hostKeyProbed, this, &HostKeyPage::onProbed);
    connect(worker, &GuiWorker::hostKeyProbesFinished, this, &HostKeyPage::onProbesFinished);
    connect(worker, &GuiWorker::hostKeyRecorded, this, &HostKeyPage::onRecorded);
    retranslateUi();
}

// One server's box: its state, the fingerprint, how to compare it, a warning, the accept button.
HostKeyPage::Row *HostKeyPage::makeRow(const QString &role, const QFont &fixed)
{
    auto *row = new Row;
    row->role = role;
    row->box = new QGroupBox(this);
    row->box->setObjectName(role + QStringLiteral("HostKey"));
    row->icon = new IconLabel(22, row->box);
    row->state = new QLabel(row->box);
    row->state->setObjectName(role + QStringLiteral("HostKeyState"));
    row->state->setWordWrap(true);
    row->fingerprint = new QLabel(row->box);
    row->fingerprint->setObjectName(role + QStringLiteral("Fingerprint"));
    QFont big = fixed;
    big.setPointSizeF(fixed.pointSizeF() * 1.1);
    big.setBold(true);
    row->fingerprint->setFont(big);
    row->fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    row->fingerprint->setFocusPolicy(Qt::StrongFocus);
    row->guide = new QLabel(row->box);
    row->guide->setWordWrap(true);
    row->command = new QLabel(row->box);
    row->command->setObjectName(role + QStringLiteral("FingerprintCommand"));
    row->command->setFont(fixed);
    row->command->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    row->command->setFocusPolicy(Qt::StrongFocus);
    row->command->setIndent(16);
    row->warning = new QLabel(row->box);
    row->warning->setWordWrap(true);
    row->accept = new QPushButton(row->box);
    row->accept->setObjectName(role + QStringLiteral("AcceptKey"));
    connect(row->accept, &QPushButton::clicked, this, [this, row] { accept(row); });

    auto *top = new QHBoxLayout;
    top->addWidget(row->icon, 0, Qt::AlignTop);
    top->addWidget(row->state, 1);
    auto *acceptRow = new QHBoxLayout;
    acceptRow->addStretch();
    acceptRow->addWidget(row->accept);
    auto *inner = new QVBoxLayout(row->box);
    inner->addLayout(top);
    inner->addWidget(row->fingerprint);
    inner->addWidget(row->guide);
    inner->addWidget(row->command);
    inner->addWidget(row->warning);
    inner->addLayout(acceptRow);
    return row;
}

HostKeyPage::~HostKeyPage()
{
    qDeleteAll(m_rows);
}

void HostKeyPage::retranslateUi()
{
    setTitle(tr("Host keys"));
    setSubTitle(tr("Make sure this computer talks to your real servers before it sends them "
                   "any password."));
    m_intro->setText(tr("Every SSH server has a key that identifies it. The first time this "
                        "computer connects to a server, compare the key's fingerprint shown "
                        "here with the one the server itself shows, then accept it. It is then "
                        "recorded, and checked at every later connection."));
    m_again->setText(tr("&Check the keys again"));
    for (Row *row : std::as_const(m_rows)) {
        if (row->role == Role::Primary)
            row->accept->setText(tr("&Accept the primary's key"));
        else if (row->role == Role::Secondary)
            row->accept->setText(tr("Accept the &secondary's key"));
        else if (row->role == Role::NewPrimary)
            row->accept->setText(tr("&Accept the target's key"));
        else if (row->role == Role::OldPrimary)
            row->accept->setText(tr("Accept the &old primary's key"));
        else
            row->accept->setText(tr("Accept the &new standby's key"));
        refresh(row);
    }
}

HostKeyPage::Row *HostKeyPage::rowFor(const QString &role) const
{
    for (Row *row : m_rows)
        if (row->role == role)
            return row;
    return nullptr;
}

QPushButton *HostKeyPage::acceptButton(const QString &role) const
{
    const Row *row = rowFor(role);
    return row ? row->accept : nullptr;
}

QList<HostKeyProbe> HostKeyPage::probes() const
{
    QList<HostKeyProbe> out;
    for (const Row *row : m_rows)
        if (row->active)
            out << row->probe;
    return out;
}

bool HostKeyPage::isBusy() const
{
    if (m_probing)
        return true;
    for (const Row *row : m_rows)
        if (row->phase != Phase::Idle)
            return true;
    return false;
}

bool HostKeyPage::hasChangedKey() const
{
    for (const Row *row : m_rows)
        if (row->active && row->changed())
            return true;
    return false;
}

bool HostKeyPage::allTrusted() const
{
    for (const Row *row : m_rows)
        if (row->active && !row->trusted())
            return false;
    return true;
}

void HostKeyPage::initializePage()
{
    probe();
}

void HostKeyPage::cleanupPage()
{
    m_wizard->worker()->cancel(m_probeRequest);
    m_probing = false;
    for (Row *row : std::as_const(m_rows))
        row->phase = Phase::Idle;
}

void HostKeyPage::probe()
{
    if (m_probing)
        m_wizard->worker()->cancel(m_probeRequest);
    const Plan plan = m_wizard->plan();
    for (Row *row : std::as_const(m_rows)) {
        row->probe = HostKeyProbe();
        row->probe.role = row->role;
        row->active = plan.has(row->role);
        row->box->setVisible(row->active);
        if (row->active)
            row->probe.server = plan.server(row->role);
        row->phase = row->active ? Phase::Probing : Phase::Idle;
        row->request = 0;
        row->mismatch = false;
        refresh(row);
    }
    m_probing = true;
    m_probeRequest = m_wizard->worker()->probeHostKeys(plan, m_wizard->hostKeyPolicy());
    emit completeChanged();
}

void HostKeyPage::onProbed(quint64 request, const HostKeyProbe &probe)
{
    if (request != m_probeRequest)
        return;
    Row *row = rowFor(probe.role);
    if (!row)
        return;
    row->probe = probe;
    row->phase = Phase::Idle;
    refresh(row);
}

void HostKeyPage::onProbesFinished(quint64 request)
{
    if (request != m_probeRequest)
        return;
    m_probing = false;
    for (Row *row : std::as_const(m_rows)) {
        if (row->phase == Phase::Probing) // cancelled before its turn
            row->phase = Phase::Idle;
        refresh(row);
    }
    emit completeChanged();
    // A changed key: straight to the page that explains it.
    if (hasChangedKey()) {
        QTimer::singleShot(0, this, [this] {
            if (wizard() && wizard()->currentPage() == this && hasChangedKey())
                wizard()->next();
        });
    }
}

void HostKeyPage::accept(Row *row)
{
    if (row->phase != Phase::Idle || !row->probe.reached || row->probe.key.state != HostKeyInfo::State::New
        || row->probe.key.fingerprint.isEmpty())
        return;
    row->phase = Phase::Recording;
    row->request = m_wizard->worker()->recordHostKey(row->role, row->probe.server, row->probe.key.fingerprint,
                                                     m_wizard->hostKeyPolicy());
    refresh(row);
    emit completeChanged();
}

void HostKeyPage::onRecorded(quint64 request, const HostKeyProbe &result)
{
    for (Row *row : std::as_const(m_rows)) {
        if (row->phase != Phase::Recording || row->request != request)
            continue;
        row->phase = Phase::Idle;
        row->mismatch = result.reached && result.key.state == HostKeyInfo::State::New;
        row->probe = result;
        if (result.reached
            && (result.key.state == HostKeyInfo::State::Accepted || result.key.state == HostKeyInfo::State::Known))
            m_wizard->noteAcceptedKey(result.server, result.key.fingerprint);
        refresh(row);
        emit completeChanged();
        if (hasChangedKey())
            QTimer::singleShot(0, this, [this] {
                if (wizard() && wizard()->currentPage() == this && hasChangedKey())
                    wizard()->next();
            });
    }
}

// What a row shows besides its title: the icon and state line, the key, the guide to compare
// it, a warning, the accept button.
struct HostKeyPage::RowText
{
    StatusIcon icon = StatusIcon::Running;
    QString state;
    QString warning;
    bool showKey = false;
    bool showGuide = false;
    bool canAccept = false;
};

// The box's title: the server's role and address, and its SSH port when that is not 22.
void HostKeyPage::setRowTitle(Row *row)
{
    const HostKeyProbe &p = row->probe;
    const QString host = p.server.host;
    const bool primary = row->role == Role::Primary;
    if (row->role == Role::Primary || row->role == Role::Secondary) {
        if (p.server.sshPort == 22 || host.isEmpty())
            row->box->setTitle(primary ? tr("Primary: %1").arg(host) : tr("Secondary: %1").arg(host));
        else
            row->box->setTitle(primary ? tr("Primary: %1 (SSH port %2)").arg(host).arg(p.server.sshPort)
                                       : tr("Secondary: %1 (SSH port %2)").arg(host).arg(p.server.sshPort));
    } else {
        const QString name = row->role == Role::NewPrimary   ? tr("Target (the current standby)")
                             : row->role == Role::OldPrimary ? tr("Old primary")
                                                             : tr("New standby");
        if (p.server.sshPort == 22 || host.isEmpty())
            row->box->setTitle(tr("%1: %2").arg(name, host));
        else
            row->box->setTitle(tr("%1: %2 (SSH port %3)").arg(name, host).arg(p.server.sshPort));
    }
}

// While a probe or a recording runs, or when the server was not reached; the key's own state
// otherwise.
HostKeyPage::RowText HostKeyPage::rowText(const Row &row) const
{
    const HostKeyProbe &p = row.probe;
    const QString host = p.server.host;
    const QString knownHosts = displayPath(m_wizard->knownHostsFile());
    RowText t;
    if (row.phase == Phase::Probing) {
        t.state = tr("Connecting to %1 to read its host key…").arg(host);
    } else if (row.phase == Phase::Recording) {
        t.state = tr("Recording the key in %1…").arg(knownHosts);
        t.showKey = true;
    } else if (!p.reached) {
        t.icon = StatusIcon::Error;
        t.state = p.error.isEmpty() ? tr("Not checked.") : p.error;
        if (!p.error.isEmpty())
            t.warning = tr("Check the address and the SSH port on the Servers page, and that the "
                           "server is on, then click “Check the keys again”.");
    } else {
        t = keyText(row, knownHosts);
    }
    return t;
}

// The server was reached: known, accepted, new (to compare and accept), changed, or an error.
HostKeyPage::RowText HostKeyPage::keyText(const Row &row, const QString &knownHosts) const
{
    const HostKeyProbe &p = row.probe;
    RowText t;
    t.showKey = !p.key.fingerprint.isEmpty();
    switch (p.key.state) {
    case HostKeyInfo::State::Known:
        t.icon = StatusIcon::Ok;
        t.state = tr("Known: this is the key recorded for this server in %1 at an earlier "
                     "connection. Nothing to do.")
                      .arg(knownHosts);
        break;
    case HostKeyInfo::State::Accepted:
        t.icon = StatusIcon::Ok;
        t.state = tr("Accepted: the key is now recorded in %1 and will be checked at every "
                     "connection.")
                      .arg(knownHosts);
        break;
    case HostKeyInfo::State::New:
        t.icon = StatusIcon::Warning;
        t.state = tr("New: this computer has not connected to this server before. Compare "
                     "the fingerprint below with the one the server shows, then accept it.");
        if (row.mismatch)
            t.warning = tr("When you accepted, the server presented another key than the one "
                           "shown before: nothing was recorded. Compare the fingerprint shown "
                           "now with care.");
        t.showGuide = true;
        t.canAccept = true;
        break;
    case HostKeyInfo::State::Changed:
    case HostKeyInfo::State::OtherType:
        t.icon = StatusIcon::Error;
        t.state = tr("CHANGED: this is not the key recorded for this server. Do not continue "
                     "until you know why.");
        t.warning = p.key.message;
        break;
    case HostKeyInfo::State::Error:
        t.icon = StatusIcon::Error;
        t.state = p.key.message;
        break;
    }
    return t;
}

void HostKeyPage::refresh(Row *row)
{
    const HostKeyProbe &p = row->probe;
    setRowTitle(row);
    const RowText t = rowText(*row);
    row->icon->setIcon(statusIcon(t.icon));
    row->state->setText(t.state);
    row->fingerprint->setText(t.showKey ? QStringLiteral("%1  (%2)").arg(p.key.fingerprint, p.key.keyType) : QString());
    row->fingerprint->setVisible(t.showKey);
    row->guide->setText(tr("To compare, run this on the server itself (at its console, or ask its "
                           "administrator), not through a connection you cannot trust. Every character after "
                           "“SHA256:” must be the same; if one differs, do not accept:"));
    row->command->setText(QStringLiteral("ssh-keygen -lf %1").arg(keyFileFor(p.key.keyType)));
    row->guide->setVisible(t.showGuide);
    row->command->setVisible(t.showGuide);
    row->warning->setText(t.warning);
    row->warning->setVisible(!t.warning.isEmpty());
    row->accept->setVisible(t.canAccept || row->phase == Phase::Recording);
    row->accept->setEnabled(t.canAccept && row->phase == Phase::Idle);
    m_again->setEnabled(!isBusy());
}

bool HostKeyPage::isComplete() const
{
    if (isBusy())
        return false;
    return allTrusted() || hasChangedKey();
}

int HostKeyPage::nextId() const
{
    return hasChangedKey() ? m_wizard->hostKeyStopPageId() : m_wizard->pageAfterHostKeys();
}

} // namespace oef::ui
