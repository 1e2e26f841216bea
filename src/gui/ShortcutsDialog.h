#pragma once

#include <QDialog>
#include <QList>
#include <memory>

class QAbstractButton;
class QAction;
class QKeySequence;

namespace Ui {
class ShortcutsDialog;
}

namespace herald {

/**
 * Help → Keyboard shortcuts: every action with a shortcut, grouped by where it works, read from
 * the actions themselves so the list cannot go stale.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Section
    {
        QString title; ///< where the keys work, e.g. "Everywhere" or a pane's name
        QList<QAction*> actions;
    };

    explicit ShortcutsDialog(const QList<Section>& sections, QWidget* parent = nullptr);
    ~ShortcutsDialog() override;

    /// An action's text as a list shows it: without its mnemonic's "&" or a trailing "…".
    static QString plainText(const QString& text);

private:
    const std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};

/**
 * A shortcut for @p button, as an action of @p owner (the pane: its keys work while it is shown and
 * the Keyboard shortcuts dialog finds them there); it presses the button only when the button can
 * be pressed (shown and enabled).
 */
QAction* addButtonShortcut(
    QWidget* owner, QAbstractButton* button, const QString& objectName, const QString& text, const QKeySequence& keys);

/**
 * Puts @p container's focusable widgets, in their own order, right after @p after in the tab order:
 * widgets made in code would otherwise come after everything made before them. Returns the last of
 * them (@p after when there is none), to chain the next one after it.
 */
QWidget* placeInTabOrder(QWidget* after, QWidget* container);

} // namespace herald
