#pragma once
// Set-up wizard: the stop page shown when a server's host key has changed. It explains the
// risk (someone may be intercepting the connection) and what to do; nothing goes further.
#include <QWizardPage>

class QLabel;

namespace oef::ui {

class IconLabel;
class ServerWizard;

class HostKeyStopPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HostKeyStopPage(ServerWizard *wizard);

    QString text() const;

    void initializePage() override;
    int nextId() const override { return -1; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ServerWizard *m_wizard;
    IconLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace oef::ui
