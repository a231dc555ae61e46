#pragma once
// What the set-up and the failover wizards share: the window (style, logo, the buttons'
// words, closing while a run goes on) and what the pages shared by both (host keys, the host
// key stop page, the result's report panel) need from the wizard that shows them: the plan as
// entered so far, the host key policy, the worker thread, where to go after the host keys,
// and the opening of links.
#include "backend/core/plan.h"
#include "backend/remote/hostkeys.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <QUrl>
#include <QWizard>

#include <functional>

namespace oef {
class GuiWorker;
struct HostKeyProbe;
} // namespace oef

namespace oef::ui {

class ProgressPage;

class ServerWizard : public QWizard
{
    Q_OBJECT

public:
    explicit ServerWizard(QWidget *parent = nullptr);

    // The plan as the pages say now (no secrets).
    virtual Plan plan() const = 0;
    // known_hosts: the environment variable OEF_KNOWN_HOSTS, else ~/.ssh/known_hosts.
    void setKnownHostsFile(const QString &path) { m_knownHosts = path; }
    QString knownHostsFile() const;      // effective path
    HostKeyPolicy hostKeyPolicy() const; // known_hosts + the keys accepted on the page
    void noteAcceptedKey(const ServerSpec &server, const QString &fingerprint);
    virtual GuiWorker *worker() const = 0;

    // Every role the host key page may show a row for (rows of roles missing from plan()
    // stay hidden).
    virtual QStringList hostKeyRoles() const = 0;
    // The host key page's last probes (for the stop page).
    virtual QList<HostKeyProbe> hostKeyProbes() const = 0;
    // Page ids: after the host keys, and the stop page for a changed key.
    virtual int pageAfterHostKeys() const = 0;
    virtual int hostKeyStopPageId() const = 0;
    virtual ProgressPage *progressPage() const = 0;

    // A hook, so tests need no browser.
    using UrlOpener = std::function<bool(const QUrl &url)>;
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    bool openUrl(const QUrl &url) const;

public slots:
    // While a run goes on: asks, then cancels (the window stays until the flow has put things
    // back). Otherwise closes.
    void reject() override;

protected:
    // Every text of the window in the current language (retranslateButtons() included).
    virtual void retranslateUi() = 0;
    // The Back, Next, Finish and Cancel buttons' words.
    void retranslateButtons();
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QString m_knownHosts;
    QMap<QString, QString> m_accepted; // "host:port" -> fingerprint
    UrlOpener m_openUrl;
};

} // namespace oef::ui
