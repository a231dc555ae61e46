#include "wizard/start/startwindow.h"

#include "wizard/widgets/choicebutton.h"
#include "wizard/widgets/icons.h"
#include "wizard/widgets/language.h"
#include "wizard/widgets/uisettings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace oef::ui {
namespace {

constexpr int PathRole = Qt::UserRole;
constexpr int LogoSize = 56;

QString withoutMnemonic(QString text)
{
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

ChoiceButton *makeChoice(const QString &objectName, ChoiceIcon icon, QWidget *parent)
{
    auto *button = new ChoiceButton(parent);
    button->setObjectName(objectName);
    button->setIcon(choiceIcon(icon));
    button->setIconSize(QSize(40, 40));
    return button;
}

} // namespace

StartWindow::StartWindow(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("StartWindow"));
    setWindowIcon(appIcon());
    buildUi();
    fillLanguages();
    retranslateUi();
    reloadRecentPlans();
    connect(RecentPlans::instance(), &RecentPlans::changed, this, &StartWindow::reloadRecentPlans);
}

void StartWindow::buildUi()
{
    QHBoxLayout *header = buildHeader();
    QVBoxLayout *choices = buildChoices();
    QVBoxLayout *recent = buildRecentPlans();

    auto *body = new QHBoxLayout;
    body->setSpacing(18);
    body->addLayout(choices, 3);
    body->addLayout(recent, 2);

    // Footer: version, language.
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    QHBoxLayout *footer = buildFooter();

    auto *top = new QVBoxLayout(this);
    top->setContentsMargins(20, 18, 20, 14);
    top->setSpacing(14);
    top->addLayout(header);
    top->addLayout(body, 1);
    top->addWidget(line);
    top->addLayout(footer);

    // Keyboard: the choices first, then the plans, then the language.
    setTabOrder(m_setUp, m_failover);
    setTabOrder(m_failover, m_verify);
    setTabOrder(m_verify, m_recent);
    setTabOrder(m_recent, m_openPlan);
    setTabOrder(m_openPlan, m_language);
    m_setUp->setFocus();

    resize(860, 470);
}

// Header: icon, product name, what it is for.
QHBoxLayout *StartWindow::buildHeader()
{
    m_logo = new QLabel(this);
    m_logo->setFixedSize(LogoSize, LogoSize);
    m_logo->setAlignment(Qt::AlignTop);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);

    auto *headerText = new QVBoxLayout;
    headerText->setSpacing(2);
    headerText->addWidget(m_title);
    headerText->addWidget(m_subtitle);
    headerText->addStretch();
    auto *header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(m_logo);
    header->addLayout(headerText, 1);
    return header;
}

// The three jobs.
QVBoxLayout *StartWindow::buildChoices()
{
    m_setUp = makeChoice(QStringLiteral("setUpButton"), ChoiceIcon::SetUp, this);
    m_failover = makeChoice(QStringLiteral("failoverButton"), ChoiceIcon::Failover, this);
    m_verify = makeChoice(QStringLiteral("verifyButton"), ChoiceIcon::Verify, this);
    connect(m_setUp, &QAbstractButton::clicked, this, &StartWindow::setUpRequested);
    connect(m_failover, &QAbstractButton::clicked, this, &StartWindow::failoverRequested);
    connect(m_verify, &QAbstractButton::clicked, this, &StartWindow::verifyRequested);

    auto *choices = new QVBoxLayout;
    choices->setSpacing(10);
    choices->addWidget(m_setUp);
    choices->addWidget(m_failover);
    choices->addWidget(m_verify);
    return choices;
}

// Recent plans.
QVBoxLayout *StartWindow::buildRecentPlans()
{
    m_recentLabel = new QLabel(this);
    QFont sectionFont = m_recentLabel->font();
    sectionFont.setBold(true);
    m_recentLabel->setFont(sectionFont);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentPlans"));
    m_recent->setUniformItemSizes(true);
    m_recent->setTextElideMode(Qt::ElideMiddle);
    m_recent->setIconSize(QSize(20, 20));
    m_recent->setSpacing(2);
    m_recent->setMinimumWidth(240);
    connect(m_recent, &QListWidget::itemActivated, this, &StartWindow::openRecent);
    m_removeRecent = new QAction(m_recent);
    m_removeRecent->setShortcut(QKeySequence::Delete);
    m_removeRecent->setShortcutContext(Qt::WidgetShortcut);
    m_recent->addAction(m_removeRecent);
    m_recent->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_removeRecent, &QAction::triggered, this, [this] {
        if (QListWidgetItem *item = m_recent->currentItem())
            RecentPlans::remove(item->data(PathRole).toString());
    });
    m_recentEmpty = new QLabel(this);
    m_recentEmpty->setObjectName(QStringLiteral("recentPlansEmpty"));
    m_recentEmpty->setWordWrap(true);
    m_recentEmpty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_recentEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_recentEmpty->setMargin(4);
    m_openPlan = new QPushButton(this);
    m_openPlan->setObjectName(QStringLiteral("openPlanButton"));
    connect(m_openPlan, &QPushButton::clicked, this, &StartWindow::browseForPlan);

    auto *recent = new QVBoxLayout;
    recent->setSpacing(6);
    recent->addWidget(m_recentLabel);
    recent->addWidget(m_recent, 1);
    recent->addWidget(m_recentEmpty, 1);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_openPlan);
    openRow->addStretch();
    recent->addLayout(openRow);
    return recent;
}

// The footer's version and language switch (the line above them is made by buildUi).
QHBoxLayout *StartWindow::buildFooter()
{
    m_version = new QLabel(this);
    m_version->setForegroundRole(QPalette::PlaceholderText);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_languageLabel->setBuddy(m_language);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_version);
    footer->addStretch();
    footer->addWidget(m_languageLabel);
    footer->addWidget(m_language);
    return footer;
}

void StartWindow::fillLanguages()
{
    const QSignalBlocker blocker(m_language);
    // Texts are set in retranslateUi(); the data is the language code.
    m_language->addItem(QString(), QString());
    m_language->addItem(QString(), QStringLiteral("en"));
    m_language->addItem(QString(), QStringLiteral("fr"));
    const int current = m_language->findData(UiSettings::language());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    connect(m_language, &QComboBox::currentIndexChanged, this, &StartWindow::chooseLanguage);
}

void StartWindow::retranslateUi()
{
    setWindowTitle(tr("OE Failover"));
    m_title->setText(tr("OE Failover"));
    m_subtitle->setText(tr("Keep a second OpenELIS Global server ready to take over from the "
                           "one in use. Choose what you want to do."));

    const struct
    {
        ChoiceButton *button;
        QString title;
        QString description;
    } choices[] = {
        {m_setUp, tr("&Set up failover"), tr("Configure a second server as a hot standby of the server in use.")},
        {m_failover, tr("E&xecute failover"), tr("The main server is down: make the standby the main server.")},
        {m_verify, tr("&Verify replication"),
         tr("Check, any day, that the standby is up to date and would take over.")},
    };
    for (const auto &choice : choices) {
        choice.button->setText(choice.title);
        choice.button->setDescription(choice.description);
        choice.button->setAccessibleName(withoutMnemonic(choice.title));
        choice.button->setAccessibleDescription(choice.description);
        choice.button->setToolTip(choice.description);
    }

    m_recentLabel->setText(tr("&Recent plans"));
    m_recent->setAccessibleName(tr("Recent plans"));
    m_removeRecent->setText(tr("&Remove from recent plans"));
    m_recentEmpty->setText(tr("No recent plans. A plan file you open or save appears here."));
    m_openPlan->setText(tr("&Open plan…"));
    m_openPlan->setToolTip(tr("Open a plan file (JSON) saved earlier or written for the "
                              "command-line tool."));
    m_languageLabel->setText(tr("&Language:"));
    m_version->setText(tr("Version %1")
                           .arg(QCoreApplication::applicationVersion().isEmpty()
                                    ? QStringLiteral(OEF_VERSION)
                                    : QCoreApplication::applicationVersion()));

    // The language names are endonyms on purpose: someone who cannot read the current
    // language must still find their own. Only "System default" is translated.
    m_language->setItemText(0, tr("System default"));
    m_language->setItemText(1, QStringLiteral("English"));
    m_language->setItemText(2, QStringLiteral("Français"));
    m_language->setAccessibleName(tr("Language"));

    updateRecentItemTexts();
}

void StartWindow::showEvent(QShowEvent *event)
{
    // Now the screen, and so the device pixel ratio, is known: a sharp logo at 1x and 2x.
    m_logo->setPixmap(appIcon().pixmap(QSize(LogoSize, LogoSize), devicePixelRatioF()));
    QWidget::showEvent(event);
}

void StartWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StartWindow::chooseLanguage(int index)
{
    const QString code = m_language->itemData(index).toString();
    UiSettings::setLanguage(code);
    applyLanguage(code);
    // Other start windows (rare) follow the same choice.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        auto *other = qobject_cast<StartWindow *>(widget);
        if (other && other != this) {
            const QSignalBlocker blocker(other->m_language);
            other->m_language->setCurrentIndex(index);
        }
    }
}

void StartWindow::reloadRecentPlans()
{
    m_recent->clear();
    const QStringList paths = UiSettings::recentPlans();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(m_recent);
        item->setData(PathRole, path);
    }
    updateRecentItemTexts();
    const bool empty = paths.isEmpty();
    m_recent->setVisible(!empty);
    m_recentEmpty->setVisible(empty);
    m_recentLabel->setBuddy(empty ? static_cast<QWidget *>(m_openPlan) : m_recent);
}

void StartWindow::updateRecentItemTexts()
{
    for (int row = 0; row < m_recent->count(); ++row) {
        QListWidgetItem *item = m_recent->item(row);
        const QString path = item->data(PathRole).toString();
        const QFileInfo info(path);
        const bool exists = info.exists();
        item->setText(QStringLiteral("%1\n%2").arg(info.fileName(), QDir::toNativeSeparators(info.path())));
        item->setIcon(exists ? QIcon() : statusIcon(StatusIcon::Warning));
        item->setToolTip(exists ? QDir::toNativeSeparators(path)
                                : tr("This file no longer exists: %1").arg(QDir::toNativeSeparators(path)));
        QFont font = m_recent->font();
        font.setItalic(!exists);
        item->setFont(font);
    }
}

void StartWindow::openRecent(QListWidgetItem *item)
{
    if (!item)
        return;
    const QString path = item->data(PathRole).toString();
    if (QFileInfo::exists(path)) {
        emit openPlanRequested(path);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Plan not found"),
        tr("The plan file %1 no longer exists. Remove it from the recent plans?").arg(QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        RecentPlans::remove(path);
}

void StartWindow::browseForPlan()
{
    const QStringList recent = UiSettings::recentPlans();
    const QString startDir = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.constFirst()).path();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open plan"), startDir,
                                                      tr("Plan files (*.json);;All files (*)"));
    if (!path.isEmpty())
        emit openPlanRequested(path);
}

} // namespace oef::ui
