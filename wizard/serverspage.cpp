#include "wizard/serverspage.h"

#include "wizard/icons.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace oef::ui {

namespace {

bool sameHost(const QString &a, const QString &b)
{
    if (a.compare(b, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress x(a);
    const QHostAddress y(b);
    return !x.isNull() && !y.isNull() && x.isEqual(y);
}

int portValue(const QLineEdit *edit)
{
    bool ok = false;
    const int value = edit->text().trimmed().toInt(&ok);
    return ok ? value : 0;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

ServersPage::ServersPage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("serversPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    build(m_primary, Role::Primary);
    build(m_secondary, Role::Secondary);
    m_same = new QLabel(this);
    m_same->setObjectName(QStringLiteral("sameServerProblem"));
    m_same->setWordWrap(true);
    m_same->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_same->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_primary.box);
    layout->addWidget(m_secondary.box);
    layout->addWidget(m_same);
    layout->addStretch();

    registerField(QStringLiteral("primaryHost*"), m_primary.host);
    // The ports start with their usual values: not "mandatory" fields (those must differ from
    // their initial value); isComplete() checks them.
    registerField(QStringLiteral("primarySshPort"), m_primary.sshPort);
    registerField(QStringLiteral("primaryDbPort"), m_primary.dbPort);
    registerField(QStringLiteral("secondaryHost*"), m_secondary.host);
    registerField(QStringLiteral("secondarySshPort"), m_secondary.sshPort);
    registerField(QStringLiteral("secondaryDbPort"), m_secondary.dbPort);

    setTabOrder(m_primary.host, m_primary.sshPort);
    setTabOrder(m_primary.sshPort, m_primary.dbPort);
    setTabOrder(m_primary.dbPort, m_secondary.host);
    setTabOrder(m_secondary.host, m_secondary.sshPort);
    setTabOrder(m_secondary.sshPort, m_secondary.dbPort);

    retranslateUi();
    revalidate();
}

void ServersPage::build(Fields &f, const QString &role)
{
    f.box = new QGroupBox(this);
    f.box->setObjectName(role + QStringLiteral("Box"));
    f.host = new QLineEdit(f.box);
    f.host->setObjectName(role + QStringLiteral("Host"));
    f.host->setMaxLength(253);
    f.sshPort = new QLineEdit(QStringLiteral("22"), f.box);
    f.sshPort->setObjectName(role + QStringLiteral("SshPort"));
    f.dbPort = new QLineEdit(QStringLiteral("5432"), f.box);
    f.dbPort->setObjectName(role + QStringLiteral("DbPort"));
    // Digits only; the range is checked with a message (a validator would swallow keys).
    const QRegularExpression digits(QStringLiteral("[0-9]{0,6}"));
    for (QLineEdit *port : {f.sshPort, f.dbPort}) {
        port->setValidator(new QRegularExpressionValidator(digits, port));
        port->setMaximumWidth(port->fontMetrics().horizontalAdvance(QStringLiteral("0000000"))
                              + 24);
    }
    f.hostLabel = new QLabel(f.box);
    f.hostLabel->setBuddy(f.host);
    f.sshPortLabel = new QLabel(f.box);
    f.sshPortLabel->setBuddy(f.sshPort);
    f.dbPortLabel = new QLabel(f.box);
    f.dbPortLabel->setBuddy(f.dbPort);
    f.problem = new QLabel(f.box);
    f.problem->setObjectName(role + QStringLiteral("Problem"));
    f.problem->setWordWrap(true);
    f.problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    f.problem->hide();

    auto *form = new QFormLayout(f.box);
    form->addRow(f.hostLabel, f.host);
    form->addRow(f.sshPortLabel, f.sshPort);
    form->addRow(f.dbPortLabel, f.dbPort);
    form->addRow(f.problem);

    Fields *fp = &f;
    connect(f.host, &QLineEdit::textEdited, this, [this, fp] {
        fp->hostTouched = true;
        revalidate();
    });
    connect(f.host, &QLineEdit::editingFinished, this, [this, fp] {
        fp->hostTouched = fp->hostTouched || !fp->host->text().isEmpty();
        revalidate();
    });
    for (QLineEdit *edit : {f.host, f.sshPort, f.dbPort})
        connect(edit, &QLineEdit::textChanged, this, &ServersPage::revalidate);
}

void ServersPage::retranslateUi()
{
    setTitle(tr("Servers"));
    setSubTitle(tr("Where the two OpenELIS servers are. Addresses as this computer reaches them; "
                   "the secondary must also reach the primary's database port."));
    m_intro->setText(tr("Enter a host name or an IP address for each server. The ports are "
                        "the usual ones unless your servers were set up differently."));
    m_primary.box->setTitle(tr("Primary: the server in use now"));
    m_secondary.box->setTitle(tr("Secondary: the standby that will follow it"));
    // Distinct mnemonics on the two groups, so each field has its own shortcut.
    m_primary.hostLabel->setText(tr("&Address:"));
    m_primary.sshPortLabel->setText(tr("SSH &port:"));
    m_primary.dbPortLabel->setText(tr("&Database port:"));
    m_secondary.hostLabel->setText(tr("Addr&ess:"));
    m_secondary.sshPortLabel->setText(tr("SSH por&t:"));
    m_secondary.dbPortLabel->setText(tr("Database po&rt:"));
    m_primary.host->setPlaceholderText(tr("for example 192.168.1.10 or oe-main.lab.local"));
    m_secondary.host->setPlaceholderText(tr("for example 192.168.1.11 or oe-standby.lab.local"));
    m_primary.host->setAccessibleName(tr("Primary address"));
    m_secondary.host->setAccessibleName(tr("Secondary address"));
    m_primary.sshPort->setAccessibleName(tr("Primary SSH port"));
    m_secondary.sshPort->setAccessibleName(tr("Secondary SSH port"));
    m_primary.dbPort->setAccessibleName(tr("Primary database port"));
    m_secondary.dbPort->setAccessibleName(tr("Secondary database port"));
    revalidate();
}

ServersPage::Fields &ServersPage::fieldsFor(const QString &role)
{
    return role == Role::Secondary ? m_secondary : m_primary;
}

const ServersPage::Fields &ServersPage::fieldsFor(const QString &role) const
{
    return role == Role::Secondary ? m_secondary : m_primary;
}

void ServersPage::applyTo(const QString &role, ServerSpec &server) const
{
    const Fields &f = fieldsFor(role);
    QString host = f.host->text().trimmed();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    server.host = host;
    server.sshPort = portValue(f.sshPort);
    server.dbPort = portValue(f.dbPort);
}

void ServersPage::setServer(const QString &role, const ServerSpec &server)
{
    Fields &f = fieldsFor(role);
    f.host->setText(server.host);
    f.sshPort->setText(QString::number(server.sshPort));
    f.dbPort->setText(QString::number(server.dbPort));
    f.hostTouched = !server.host.isEmpty();
    revalidate();
}

QString ServersPage::validate(const Fields &f, const QString &role, bool forDisplay) const
{
    const bool primary = role == Role::Primary;
    const QString host = f.host->text().trimmed();
    if (!(forDisplay && host.isEmpty() && !f.hostTouched)) {
        const QString e = checkHost(primary ? tr("Primary address") : tr("Secondary address"),
                                    host);
        if (!e.isEmpty())
            return e;
    }
    if (QString e = checkPort(primary ? tr("Primary SSH port") : tr("Secondary SSH port"),
                              portValue(f.sshPort));
        !e.isEmpty())
        return e;
    if (QString e = checkPort(primary ? tr("Primary database port")
                                      : tr("Secondary database port"),
                              portValue(f.dbPort));
        !e.isEmpty())
        return e;
    return {};
}

QString ServersPage::problemFor(const QString &role) const
{
    return validate(fieldsFor(role), role, false);
}

QString ServersPage::sameServerProblem() const
{
    const QString a = m_primary.host->text().trimmed();
    const QString b = m_secondary.host->text().trimmed();
    if (a.isEmpty() || b.isEmpty() || !checkHost(QString(), a).isEmpty()
        || !checkHost(QString(), b).isEmpty())
        return {};
    if (sameHost(a, b) && portValue(m_primary.sshPort) == portValue(m_secondary.sshPort))
        return tr("The primary and the secondary are the same server (%1, SSH port %2). Enter "
                  "the standby's own address as the secondary.")
            .arg(b)
            .arg(portValue(m_secondary.sshPort));
    return {};
}

void ServersPage::revalidate()
{
    if (!m_same)
        return;     // still building
    showProblem(m_primary.problem, validate(m_primary, Role::Primary, true));
    showProblem(m_secondary.problem, validate(m_secondary, Role::Secondary, true));
    showProblem(m_same, sameServerProblem());
    emit completeChanged();
}

bool ServersPage::isComplete() const
{
    return QWizardPage::isComplete() && problemFor(Role::Primary).isEmpty()
           && problemFor(Role::Secondary).isEmpty() && sameServerProblem().isEmpty();
}

void ServersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace oef::ui
