#include "core/Languages.h"

namespace herald {

QList<Language> supportedLanguages()
{
    // Native names are not translated: an operator looks for their own language as they write it.
    return { { QStringLiteral("en"), QStringLiteral("English") }, { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("et"), QStringLiteral("Eesti") } };
}

QString nativeLanguageName(const QString& code)
{
    for (const Language& language : supportedLanguages()) {
        if (language.code == code)
            return language.nativeName;
    }
    return {};
}

namespace {

bool isSupported(const QString& code)
{
    return !nativeLanguageName(code).isEmpty();
}

} // namespace

QString resolveLanguage(const QString& chosen, const QLocale& system)
{
    if (isSupported(chosen))
        return chosen;
    // uiLanguages() lists the system's preferences in order ("de-DE", "de", "en-US", …).
    for (const QString& tag : system.uiLanguages()) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isSupported(code))
            return code;
    }
    return QStringLiteral("en");
}

QLocale localeFor(const QString& language, const QLocale& system)
{
    const QLocale chosen(language);
    if (chosen.language() == system.language())
        return system;
    const QLocale inTerritory(chosen.language(), system.territory());
    // Qt answers a pair it does not know with the C locale or another language: then the language's own.
    return inTerritory.language() == chosen.language() ? inTerritory : chosen;
}

} // namespace herald
