#pragma once
// The start window: the three jobs of the product as large choices, the recent plans and the
// language switch (DESIGN.md section 2).
#include <QString>
#include <QWidget>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QVBoxLayout;

namespace oef::ui {

class ChoiceButton;

class StartWindow : public QWidget
{
    Q_OBJECT

public:
    explicit StartWindow(QWidget *parent = nullptr);

    void reloadRecentPlans();

signals:
    void setUpRequested();
    void failoverRequested();
    void verifyRequested();
    // From the recent list or the "Open plan…" dialog; the file existed when emitted.
    void openPlanRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    QHBoxLayout *buildHeader();
    QVBoxLayout *buildChoices();
    QVBoxLayout *buildRecentPlans();
    QHBoxLayout *buildFooter();
    void retranslateUi();
    void fillLanguages();
    void chooseLanguage(int index);
    void browseForPlan();
    void openRecent(QListWidgetItem *item);
    void updateRecentItemTexts();

    QLabel *m_logo = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    ChoiceButton *m_setUp = nullptr;
    ChoiceButton *m_failover = nullptr;
    ChoiceButton *m_verify = nullptr;
    QLabel *m_recentLabel = nullptr;
    QListWidget *m_recent = nullptr;
    QAction *m_removeRecent = nullptr;
    QLabel *m_recentEmpty = nullptr;
    QPushButton *m_openPlan = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_version = nullptr;
};

} // namespace oef::ui
