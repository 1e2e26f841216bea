#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace herald {

/// A language Herald is translated into.
struct Language
{
    QString code; ///< ISO 639-1: "en", "de", "et"
    QString nativeName; ///< as its speakers write it: "English", "Deutsch", "Eesti"
};

/// The key, in the user's settings (QSettings of the application), of the language the operator
/// chose; absent: the system's.
inline QString languageSettingKey()
{
    return QStringLiteral("language");
}

/// Every language Herald speaks, English (the sources' language) first.
QList<Language> supportedLanguages();

/// The native name of @p code, one of supportedLanguages(); empty for another code.
QString nativeLanguageName(const QString& code);

/**
 * The language Herald shows: @p chosen when it is one of supportedLanguages(); otherwise (empty:
 * "as the system") the first of @p system's UI languages Herald speaks; English when none is.
 */
QString resolveLanguage(const QString& chosen, const QLocale& system);

/**
 * The locale dates, times and numbers are written in: the system's, unless the operator chose a
 * language other than the system's, in which case that language as written in the system's
 * territory (German chosen in Estonia: de_EE formats, with Estonian's separators where Qt has no
 * such pair, QLocale falls back to the language's own).
 */
QLocale localeFor(const QString& language, const QLocale& system);

} // namespace herald
