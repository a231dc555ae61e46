#pragma once
// Drives the wizards the way an operator does: keyboard input into the fields, the
// wizard's own buttons. Shared by the GUI tests, the lab end-to-end test and the screenshots.
#include "wizard/setup/setupwizard.h"
#include "wizard/widgets/credentialsform.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace oef::test {

template <typename T> T *child(QWidget *root, const QString &name)
{
    return root->findChild<T *>(name);
}

// Replaces a line edit's text by typing, as a user would.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::TabFocusReason);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(edit, char(c.unicode()));
        } else { // keyClick takes ASCII only: send the character as text
            QTest::sendKeyEvent(QTest::Press, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

inline QAbstractButton *wizardButton(QWizard &wizard, QWizard::WizardButton which)
{
    return wizard.button(which);
}

// The button that moves forward on the current page (Next, or Commit on a commit page).
inline QAbstractButton *forwardButton(QWizard &wizard)
{
    QAbstractButton *commit = wizard.button(QWizard::CommitButton);
    if (commit && commit->isVisible())
        return commit;
    return wizard.button(QWizard::NextButton);
}

inline bool canGoForward(QWizard &wizard)
{
    QAbstractButton *b = forwardButton(wizard);
    return b && b->isVisible() && b->isEnabled();
}

// Clicks the forward button (fails the test when it is disabled).
inline bool goForward(QWizard &wizard)
{
    QAbstractButton *b = forwardButton(wizard);
    if (!b || !b->isVisible() || !b->isEnabled())
        return false;
    QTest::mouseClick(b, Qt::LeftButton);
    return true;
}

// Every visible label with a mnemonic names a buddy, and the buddy is visible on the page.
inline void checkBuddies(QWidget *page)
{
    const auto labels = page->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisibleTo(page))
            continue;
        const QString text = label->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp < 0 || text.mid(amp, 2) == QLatin1String("&&") || label->textFormat() == Qt::RichText
            || Qt::mightBeRichText(text))
            continue;
        QVERIFY2(label->buddy(), qPrintable(QStringLiteral("no buddy: ") + text));
        QVERIFY2(label->buddy()->isVisibleTo(page), qPrintable(text));
    }
}

// What the current page shows as problems (for failure messages).
inline QString visibleProblems(QWizard &wizard)
{
    QStringList out;
    const auto labels = wizard.currentPage()->findChildren<QLabel *>();
    for (QLabel *label : labels)
        if (label->isVisible() && label->objectName().contains(QLatin1String("Problem")))
            out << label->objectName() + QStringLiteral(": ") + label->text();
    return QStringLiteral("page %1: %2").arg(wizard.currentId()).arg(out.join(QLatin1Char('\n')));
}

inline void fillServers(ui::SetupWizard &wizard, const QString &primary, const QString &secondary,
                        const QString &sshPort = QStringLiteral("22"), const QString &dbPort = QStringLiteral("5432"))
{
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("primaryHost")), primary);
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("primarySshPort")), sshPort);
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("primaryDbPort")), dbPort);
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("secondaryHost")), secondary);
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("secondarySshPort")), sshPort);
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("secondaryDbPort")), dbPort);
}

// Password sign-in, sudo with the same password, the secondary "same as the primary".
inline void fillCredentials(ui::SetupWizard &wizard, const QString &user, const QString &password)
{
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("primaryUser")), user);
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("primaryPassword")), password);
}

// Clicks a button of the next modal message box that appears (role: e.g. DestructiveRole).
inline void answerNextMessageBox(QMessageBox::ButtonRole role, int delayMs = 100)
{
    QTimer::singleShot(delayMs, [role] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(role, 100);
            return;
        }
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == role) {
                b->click();
                return;
            }
        }
    });
}

} // namespace oef::test
