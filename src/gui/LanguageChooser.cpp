#include "gui/LanguageChooser.h"

#include "core/Languages.h"
#include "gui/WindowSettings.h"

#include <QAction>
#include <QActionGroup>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace herald {

LanguageChooser::LanguageChooser(QMenu* menu, QWidget* window)
    : QObject(menu)
    , m_menu(menu)
    , m_window(window)
    , m_group(new QActionGroup(this))
{
    const QString current = chosen();
    const auto add = [this, &current](const QString& text, const QString& code) {
        QAction* action = m_menu->addAction(text);
        action->setObjectName(QStringLiteral("language_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(tr("As the system (%1)").arg(nativeLanguageName(resolveLanguage({}, QLocale::system()))), QString());
    m_menu->addSeparator();
    for (const Language& language : supportedLanguages())
        add(language.nativeName, language.code);
}

QString LanguageChooser::chosen()
{
    return WindowSettings::open()->value(languageSettingKey()).toString();
}

void LanguageChooser::choose(const QString& code)
{
    if (code == chosen())
        return;
    {
        const auto settings = WindowSettings::open();
        if (code.isEmpty())
            settings->remove(languageSettingKey());
        else
            settings->setValue(languageSettingKey(), code);
    }
    QMessageBox note(QMessageBox::Information, tr("Language"),
        tr("Herald will be in %1 the next time it starts.")
            .arg(nativeLanguageName(resolveLanguage(code, QLocale::system()))),
        QMessageBox::Ok, m_window);
    note.setObjectName(QStringLiteral("languageNote"));
    note.exec();
    Q_EMIT languageChosen(code);
}

} // namespace herald
