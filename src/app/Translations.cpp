#include "app/Translations.h"

#include "app/Logging.h"

#include <QCoreApplication>
#include <QTranslator>

namespace herald {

bool installTranslations(QCoreApplication& app)
{
    // Parented to the application: it must outlive every tr() call.
    auto* english = new QTranslator(&app);
    if (!english->load(QStringLiteral(":/i18n/herald_en.qm"))) {
        qCWarning(lcApp) << "the English plural forms could not be loaded; counts read \"message(s)\"";
        delete english;
        return false;
    }
    QCoreApplication::installTranslator(english);
    return true;
}

} // namespace herald
