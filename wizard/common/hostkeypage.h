#pragma once
// Set-up and failover wizards: each server's SSH host key (SHA256 fingerprint), with plain guidance
// on how to compare it on the server. A new key is recorded in known_hosts only when the
// operator accepts it; a changed key leads to the stop page.
#include "backend/workers/guiworker.h"
#include "wizard/widgets/wizardpage.h"

#include <QList>

class QFont;
class QGroupBox;
class QLabel;
class QPushButton;

namespace oef::ui {

class IconLabel;
class ServerWizard;

class HostKeyPage : public WizardPage
{
    Q_OBJECT

public:
    explicit HostKeyPage(ServerWizard *wizard);
    ~HostKeyPage() override;

    // The last result for each server (plan order).
    QList<HostKeyProbe> probes() const;
    bool isBusy() const; // a probe or a recording is under way
    bool hasChangedKey() const;
    bool allTrusted() const; // every key known or accepted
    QPushButton *acceptButton(const QString &role) const;
    QPushButton *checkAgainButton() const { return m_again; }

    // Reads the keys again (after a change in known_hosts, or a network problem).
    void probe();

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    struct Row;
    struct RowText;
    Row *makeRow(const QString &role, const QFont &fixed);
    Row *rowFor(const QString &role) const;
    void accept(Row *row);
    void setRowTitle(Row *row);
    RowText rowText(const Row &row) const;
    RowText keyText(const Row &row, const QString &knownHosts) const;
    void refresh(Row *row);
    void onProbed(quint64 request, const HostKeyProbe &probe);
    void onProbesFinished(quint64 request);
    void onRecorded(quint64 request, const HostKeyProbe &result);
    void retranslateUi() override;

    ServerWizard *m_wizard;
    QLabel *m_intro = nullptr;
    QList<Row *> m_rows;
    QPushButton *m_again = nullptr;
    quint64 m_probeRequest = 0;
    bool m_probing = false;
};

} // namespace oef::ui
