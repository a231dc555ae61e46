#pragma once
// Set-up wizard, page 2: the primary's and the secondary's address, SSH port and database
// port, validated as they are typed (Next stays disabled until everything is valid).
#include "backend/core/plan.h"
#include "wizard/widgets/serverfields.h"
#include "wizard/widgets/wizardpage.h"

class QLabel;

namespace oef::ui {

class ServersPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ServersPage(QWidget *parent = nullptr);

    // Host and ports for a role ("primary", "secondary"); the rest of the spec untouched.
    void applyTo(const QString &role, ServerSpec &server) const;
    void setServer(const QString &role, const ServerSpec &server);

    // The first problem of each kind, as shown under the fields ("" when fine).
    QString problemFor(const QString &role) const;
    QString sameServerProblem() const;

    bool isComplete() const override;

private:
    ServerFields &fieldsFor(const QString &role);
    const ServerFields &fieldsFor(const QString &role) const;
    void build(ServerFields &f, const QString &role);
    QString validate(const ServerFields &f, const QString &role, bool forDisplay) const;
    void revalidate();
    void retranslateUi() override;

    ServerFields m_primary;
    ServerFields m_secondary;
    QLabel *m_intro = nullptr;
    QLabel *m_same = nullptr;
};

} // namespace oef::ui
