#pragma once
// Set-up wizard, page 2: the primary's and the secondary's address, SSH port and database
// port, validated as they are typed (Next stays disabled until everything is valid).
#include "backend/plan.h"

#include <QWizardPage>

class QGroupBox;
class QLabel;
class QLineEdit;

namespace oef::ui {

class ServersPage : public QWizardPage
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

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Fields
    {
        QGroupBox *box = nullptr;
        QLabel *hostLabel = nullptr;
        QLineEdit *host = nullptr;
        QLabel *sshPortLabel = nullptr;
        QLineEdit *sshPort = nullptr;
        QLabel *dbPortLabel = nullptr;
        QLineEdit *dbPort = nullptr;
        QLabel *problem = nullptr;
        bool hostTouched = false;
    };

    Fields &fieldsFor(const QString &role);
    const Fields &fieldsFor(const QString &role) const;
    void build(Fields &f, const QString &role);
    QString validate(const Fields &f, const QString &role, bool forDisplay) const;
    void revalidate();
    void retranslateUi();

    Fields m_primary;
    Fields m_secondary;
    QLabel *m_intro = nullptr;
    QLabel *m_same = nullptr;
};

} // namespace oef::ui
