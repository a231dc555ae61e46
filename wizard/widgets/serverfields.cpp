#include "wizard/widgets/serverfields.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace oef::ui {

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

QString plainHost(const QString &text)
{
    QString host = text.trimmed();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return host;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLabel *problemLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

void ServerFields::build(QWidget *page, const QString &roleName, const std::function<void()> &changed)
{
    role = roleName;
    box = new QGroupBox(page);
    box->setObjectName(role + QStringLiteral("Box"));
    host = new QLineEdit(box);
    host->setObjectName(role + QStringLiteral("Host"));
    host->setMaxLength(253);
    sshPort = new QLineEdit(QStringLiteral("22"), box);
    sshPort->setObjectName(role + QStringLiteral("SshPort"));
    dbPort = new QLineEdit(QStringLiteral("5432"), box);
    dbPort->setObjectName(role + QStringLiteral("DbPort"));
    // Digits only; the range is checked with a message (a validator would swallow keys).
    const QRegularExpression digits(QStringLiteral("[0-9]{0,6}"));
    for (QLineEdit *port : {sshPort, dbPort}) {
        port->setValidator(new QRegularExpressionValidator(digits, port));
        port->setMaximumWidth(port->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 24);
    }
    hostLabel = new QLabel(box);
    hostLabel->setBuddy(host);
    sshPortLabel = new QLabel(box);
    sshPortLabel->setBuddy(sshPort);
    dbPortLabel = new QLabel(box);
    dbPortLabel->setBuddy(dbPort);
    problem = problemLabel(box, role + QStringLiteral("Problem"));

    auto *form = new QFormLayout(box);
    form->addRow(hostLabel, host);
    form->addRow(sshPortLabel, sshPort);
    form->addRow(dbPortLabel, dbPort);
    form->addRow(problem);

    QObject::connect(host, &QLineEdit::textEdited, page, [this, changed] {
        hostTouched = true;
        changed();
    });
    for (QLineEdit *port : {sshPort, dbPort})
        QObject::connect(port, &QLineEdit::textChanged, page, changed);
}

void ServerFields::applyTo(ServerSpec &server) const
{
    server.host = plainHost(host->text());
    server.sshPort = portValue(sshPort);
    server.dbPort = portValue(dbPort);
}

void ServerFields::setServer(const ServerSpec &server)
{
    host->setText(server.host);
    sshPort->setText(QString::number(server.sshPort));
    dbPort->setText(QString::number(server.dbPort));
    hostTouched = !server.host.isEmpty();
}

QString ServerFields::validate(bool forDisplay, const QString &hostName, const QString &sshPortName,
                               const QString &dbPortName) const
{
    const QString typed = host->text().trimmed();
    if (!(forDisplay && typed.isEmpty() && !hostTouched)) {
        const QString e = checkHost(hostName, typed);
        if (!e.isEmpty())
            return e;
    }
    if (QString e = checkPort(sshPortName, portValue(sshPort)); !e.isEmpty())
        return e;
    if (QString e = checkPort(dbPortName, portValue(dbPort)); !e.isEmpty())
        return e;
    return {};
}

} // namespace oef::ui
