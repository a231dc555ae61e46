#pragma once
// The foot of both result pages (set-up and failover): the failure details when there are
// any, where the report is, buttons that open it and its folder, and "Verify replication now"
// (what that opens, and when it is offered, is the page's business).
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace oef::ui {

class ProgressPage;
class ServerWizard;

class ReportPanel : public QWidget
{
    Q_OBJECT

public:
    // The report is the one `progress` wrote; `wizard` opens it.
    ReportPanel(ServerWizard *wizard, ProgressPage *progress, QWidget *parent);

    QPlainTextEdit *details() const { return m_details; }
    QLabel *reportLabel() const { return m_report; }
    QPushButton *openReportButton() const { return m_openReport; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    QPushButton *verifyButton() const { return m_verify; }

    // Shows the details; hidden, with their label, when there are none.
    void setDetails(const QString &details);
    // Says where the report is (`text`); the buttons open it only when `dir` is not empty.
    void setReport(const QString &dir, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_detailsLabel = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_report = nullptr;
    QPushButton *m_openReport = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_verify = nullptr;
};

} // namespace oef::ui
