#pragma once

#include <QString>

class QLineEdit;

namespace herald {

/**
 * Shows @p problem next to @p edit: a warning sign inside the field whose tooltip and accessible
 * description say what is wrong, in words. An empty @p problem clears it.
 */
void showFieldProblem(QLineEdit* edit, const QString& problem);

/// The problem currently shown on @p edit (empty when none).
QString fieldProblem(const QLineEdit* edit);

} // namespace herald
