#pragma once
// One server's address and ports on a servers page (the set-up's and the failover's): a group
// box with the host, SSH port and database port fields and the problem shown under them; and
// the small helpers both pages validate with.
#include "backend/core/plan.h"

#include <QString>

#include <functional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QWidget;

namespace oef::ui {

// Same host: the same name (case aside) or the same address written differently.
bool sameHost(const QString &a, const QString &b);
// The port typed in `edit`, 0 when it is not a number.
int portValue(const QLineEdit *edit);
// A host as typed, trimmed and without the brackets of an IPv6 address.
QString plainHost(const QString &text);
// Shows `text` in a problem label, hidden when empty.
void showProblem(QLabel *label, const QString &text);
// A hidden, word-wrapped label in the problem colour.
QLabel *problemLabel(QWidget *parent, const QString &name);

struct ServerFields
{
    QString role;
    QGroupBox *box = nullptr;
    QLabel *hostLabel = nullptr;
    QLineEdit *host = nullptr;
    QLabel *sshPortLabel = nullptr;
    QLineEdit *sshPort = nullptr;
    QLabel *dbPortLabel = nullptr;
    QLineEdit *dbPort = nullptr;
    QLabel *problem = nullptr;
    bool hostTouched = false;

    // Makes the box on `page` (object names from the role: "primaryHost", ...). Typing in the
    // host marks it touched; typing in any field calls `changed`.
    void build(QWidget *page, const QString &role, const std::function<void()> &changed);
    // Host and ports into `server`; the rest of the spec untouched.
    void applyTo(ServerSpec &server) const;
    // Fills the fields from `server` (a host given counts as touched).
    void setServer(const ServerSpec &server);
    // The first problem, with the fields' names as the page words them ("" when fine). For
    // display, an empty host not yet touched is no problem.
    QString validate(bool forDisplay, const QString &hostName, const QString &sshPortName,
                     const QString &dbPortName) const;
};

} // namespace oef::ui
