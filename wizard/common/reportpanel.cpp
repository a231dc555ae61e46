#include "wizard/common/reportpanel.h"

#include "wizard/common/progresspage.h"
#include "wizard/common/serverwizard.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace oef::ui {

ReportPanel::ReportPanel(ServerWizard *wizard, ProgressPage *progress, QWidget *parent) : QWidget(parent)
{
    m_detailsLabel = new QLabel(this);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("resultDetails"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setMaximumHeight(120);
    m_detailsLabel->setBuddy(m_details);
    m_report = new QLabel(this);
    m_report->setObjectName(QStringLiteral("resultReport"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openReport = new QPushButton(this);
    m_openReport->setObjectName(QStringLiteral("openReport"));
    m_openFolder = new QPushButton(this);
    m_openFolder->setObjectName(QStringLiteral("openReportFolder"));
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("verifyNow"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openReport);
    buttons->addWidget(m_openFolder);
    buttons->addStretch();
    buttons->addWidget(m_verify);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_details);
    layout->addStretch();
    layout->addWidget(m_report);
    layout->addLayout(buttons);

    connect(m_openReport, &QPushButton::clicked, this, [wizard, progress] {
        wizard->openUrl(QUrl::fromLocalFile(progress->reportDir() + QStringLiteral("/report.html")));
    });
    connect(m_openFolder, &QPushButton::clicked, this,
            [wizard, progress] { wizard->openUrl(QUrl::fromLocalFile(progress->reportDir())); });
    retranslateUi();
}

void ReportPanel::retranslateUi()
{
    m_detailsLabel->setText(tr("&Details:"));
    m_openReport->setText(tr("Open the &report"));
    m_openFolder->setText(tr("Open its &folder"));
    m_verify->setText(tr("&Verify replication now"));
}

void ReportPanel::setDetails(const QString &details)
{
    m_details->setPlainText(details);
    m_details->setVisible(!details.isEmpty());
    m_detailsLabel->setVisible(!details.isEmpty());
}

void ReportPanel::setReport(const QString &dir, const QString &text)
{
    m_report->setText(text);
    m_openReport->setEnabled(!dir.isEmpty());
    m_openFolder->setEnabled(!dir.isEmpty());
}

void ReportPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace oef::ui
