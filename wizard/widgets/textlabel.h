#pragma once
// A word-wrapped label whose text the operator can select with the mouse and the keyboard
// (the failover wizard's verdicts, statements and results).
#include <QString>

class QLabel;
class QWidget;

namespace oef::ui {

QLabel *textLabel(QWidget *parent, const QString &name);

} // namespace oef::ui
