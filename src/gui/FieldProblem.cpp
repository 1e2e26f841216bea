#include "gui/FieldProblem.h"

#include "gui/PlainText.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QStyle>

namespace herald {

namespace {
const char* const kActionName = "heraldFieldProblem";
}

void showFieldProblem(QLineEdit* edit, const QString& problem)
{
    auto* action = edit->findChild<QAction*>(QString::fromLatin1(kActionName));
    if (problem.isEmpty()) {
        if (action) {
            edit->removeAction(action);
            delete action;
        }
        edit->setAccessibleDescription({});
        return;
    }
    if (!action) {
        action = new QAction(edit->style()->standardIcon(QStyle::SP_MessageBoxWarning), QString(), edit);
        action->setObjectName(QString::fromLatin1(kActionName));
        edit->addAction(action, QLineEdit::TrailingPosition);
    }
    action->setToolTip(plainToolTip(problem));
    action->setText(problem);
    edit->setAccessibleDescription(problem); // screen readers hear it; colour alone never tells it
}

QString fieldProblem(const QLineEdit* edit)
{
    const auto* action = edit->findChild<QAction*>(QString::fromLatin1(kActionName));
    return action ? action->text() : QString();
}

} // namespace herald
