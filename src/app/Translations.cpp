#include "app/Translations.h"

#include "app/Logging.h"
#include "core/Languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace herald {

namespace {

const QString kOwnedName = QStringLiteral("heraldTranslator");

/// Loads @p file from @p directory into a translator owned by @p app and installs it; false when absent.
bool install(QCoreApplication& app, const QString& file, const QString& directory)
{
    // Parented to the application: it must outlive every tr() call.
    auto* translator = new QTranslator(&app);
    translator->setObjectName(kOwnedName);
    if (!translator->load(file, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QString installTranslations(QCoreApplication& app, const QString& language)
{
    for (QTranslator* old : app.findChildren<QTranslator*>(kOwnedName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QString shown = resolveLanguage(language, QLocale::system());
    // Installed first, searched last: the language's own forms win where it has them.
    if (!install(app, QStringLiteral("herald_en"), QStringLiteral(":/i18n")))
        qCWarning(lcApp) << "the English plural forms could not be loaded; counts read \"message(s)\"";
    if (shown != QLatin1String("en")) {
        // Qt's own words (standard buttons, the file dialog), from the system's Qt translations;
        // where Qt has none for the language (Estonian in Qt 6.4), Herald's own copy of the ones it shows.
        if (!install(app, QStringLiteral("qtbase_") + shown, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            && !install(app, QStringLiteral("qt_") + shown, QStringLiteral(":/i18n")))
            qCInfo(lcApp) << "Qt's own" << shown << "translation is not installed (qt6-translations-l10n)";
        if (!install(app, QStringLiteral("herald_") + shown, QStringLiteral(":/i18n")))
            qCWarning(lcApp) << "Herald's" << shown << "translation could not be loaded; it goes on in English";
    }
    QLocale::setDefault(localeFor(shown, QLocale::system()));
    qCDebug(lcApp) << "language" << shown << "; dates and numbers as" << QLocale().name();
    return shown;
}

} // namespace herald
