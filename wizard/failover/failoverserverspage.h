#pragma once
// Failover wizard, page 1: where each server is. The target (the current standby) and the old
// primary; a new standby to attach afterwards (optional); the planned switchover choice.
#include "backend/core/plan.h"
#include "wizard/widgets/serverfields.h"
#include "wizard/widgets/wizardpage.h"

class QCheckBox;
class QLabel;

namespace oef::ui {

class FailoverServersPage : public WizardPage
{
    Q_OBJECT

public:
    explicit FailoverServersPage(QWidget *parent = nullptr);

    void applyTo(const QString &role, ServerSpec &server) const;
    void setServer(const QString &role, const ServerSpec &server);
    QCheckBox *switchoverCheck() const { return m_switchover; }
    QCheckBox *attachCheck() const { return m_attach; }
    bool isSwitchover() const;
    bool attachesNewSecondary() const;

    QString problemFor(const QString &role) const; // "" when fine
    QString sameServerProblem() const;
    bool isComplete() const override;

private:
    ServerFields *fieldsFor(const QString &role);
    const ServerFields *fieldsFor(const QString &role) const;
    void build(ServerFields &f, const QString &role);
    QString validate(const ServerFields &f, bool forDisplay) const;
    QString roleName(const QString &role) const;
    void revalidate();
    void retranslateUi() override;

    ServerFields m_target, m_old, m_next;
    QLabel *m_intro = nullptr;
    QCheckBox *m_switchover = nullptr;
    QCheckBox *m_attach = nullptr;
    QLabel *m_same = nullptr;
};

} // namespace oef::ui
