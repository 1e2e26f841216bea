#pragma once

#include <QObject>

class QActionGroup;
class QMenu;
class QWidget;

namespace herald {

/**
 * View → Language: as the system, or one of the languages Herald speaks (each named as its
 * speakers write it). The choice is kept in the operator's settings and takes effect at the next
 * start: the windows are built in one language, and a half-translated window would be worse.
 */
class LanguageChooser : public QObject
{
    Q_OBJECT
public:
    /// Fills @p menu; its note is shown over @p window.
    LanguageChooser(QMenu* menu, QWidget* window);

    /// The language code chosen; empty: as the system.
    static QString chosen();

Q_SIGNALS:
    /// The operator chose @p code (empty: as the system); it applies from the next start.
    void languageChosen(const QString& code);

private:
    void choose(const QString& code);

    QMenu* m_menu;
    QWidget* m_window;
    QActionGroup* m_group;
};

} // namespace herald
