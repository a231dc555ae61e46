#pragma once
// Set-up wizard: the stop page shown when a server's host key has changed. It explains the
// risk (someone may be intercepting the connection) and what to do; nothing goes further.
#include "wizard/widgets/wizardpage.h"

class QLabel;

namespace oef::ui {

class IconLabel;
class ServerWizard;

class HostKeyStopPage : public WizardPage
{
    Q_OBJECT

public:
    explicit HostKeyStopPage(ServerWizard *wizard);

    QString text() const;

    void initializePage() override;
    int nextId() const override { return -1; }

private:
    void retranslateUi() override;

    ServerWizard *m_wizard;
    IconLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace oef::ui
