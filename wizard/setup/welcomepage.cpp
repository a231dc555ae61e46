#include "wizard/setup/welcomepage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace oef::ui {

WelcomePage::WelcomePage(QWidget *parent) : WizardPage(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("welcomeText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch();
    retranslateUi();
}

void WelcomePage::retranslateUi()
{
    setTitle(tr("Set up failover"));
    setSubTitle(tr("Make a second OpenELIS server a hot standby of the server in use."));

    const auto section = [](const QString &heading, const QString &body) {
        return QStringLiteral("<p style=\"margin-top:10px\"><b>%1</b></p>%2").arg(heading.toHtmlEscaped(), body);
    };
    const auto para = [](const QString &text) { return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()); };
    const auto list = [](const QStringList &items) {
        QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
        for (const QString &item : items)
            html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        return html + QStringLiteral("</ul>");
    };

    QString html;
    html += section(tr("What will happen"),
                    para(tr("The secondary server's database becomes a copy of the primary's that follows "
                            "every change within seconds, ready to take over if the primary fails. The "
                            "wizard checks everything first and changes nothing until you confirm on the "
                            "summary page. Every step is safe to run again.")));
    html += section(tr("What you need"),
                    list({tr("Two servers with the same version of OpenELIS Global installed: the primary "
                             "(in use) and the secondary (the standby)."),
                          tr("The OpenELIS database on port 5432 on both (the OpenELIS default)."),
                          tr("SSH access from this computer to both servers (port 22)."),
                          tr("On each server, a user allowed to use sudo, with its password or SSH key.")}));
    html += section(tr("What is not copied"),
                    para(tr("%1 (certificates and keystores) stays as it is on each server. Set up the "
                            "certificates on both servers yourself, so that the secondary can serve users "
                            "after a failover.")
                             .arg(QStringLiteral("/etc/openelis-global"))));
    html += section(tr("How long it takes"),
                    para(tr("A few minutes of questions and checks, then the copy: usually 2 to 10 "
                            "minutes, longer for a large database (about one minute per 5 GB on a "
                            "1 Gbit/s network). OpenELIS keeps running on the primary. If a database "
                            "setting needs a restart, the summary says so before anything happens "
                            "(OpenELIS then does not answer for 10 to 30 seconds).")));
    m_text->setText(html);
}

} // namespace oef::ui
