#pragma once

#include <QString>

class QCoreApplication;

namespace herald {

/**
 * Installs Herald's translations into @p app for @p language (a code of supportedLanguages(); empty:
 * the system's language when Herald speaks it, else English), replacing any installed before:
 * English's plural forms ("1 message", "2 messages", which the sources write "message(s)"), then the
 * language's own, and Qt's for its standard dialogs when the system has them. Sets the default
 * locale for dates, times and numbers (localeFor()). Returns the language now shown; a translation
 * that cannot be loaded is logged, and Herald goes on in English.
 */
QString installTranslations(QCoreApplication& app, const QString& language = {});

} // namespace herald
