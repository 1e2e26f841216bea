#include "core/Profile.h"

#include <QCoreApplication>

namespace herald {

QString providerKindKey(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Messente:
        return QStringLiteral("messente");
    case ProviderKind::Bird:
        return QStringLiteral("bird");
    case ProviderKind::Kaleyra:
        return QStringLiteral("kaleyra");
    }
    return QStringLiteral("messente");
}

ProviderKind providerKindFromKey(const QString& key)
{
    if (key == QLatin1String("bird"))
        return ProviderKind::Bird;
    if (key == QLatin1String("kaleyra"))
        return ProviderKind::Kaleyra;
    return ProviderKind::Messente;
}

QString providerKindDisplayName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Messente:
        return QCoreApplication::translate("Profile", "Messente");
    case ProviderKind::Bird:
        return QCoreApplication::translate("Profile", "Bird");
    case ProviderKind::Kaleyra:
        return QCoreApplication::translate("Profile", "Kaleyra");
    }
    return {};
}

QString birdAuthSchemeKey(BirdAuthScheme scheme)
{
    return scheme == BirdAuthScheme::Bearer ? QStringLiteral("bearer") : QStringLiteral("accesskey");
}

BirdAuthScheme birdAuthSchemeFromKey(const QString& key)
{
    return key == QLatin1String("bearer") ? BirdAuthScheme::Bearer : BirdAuthScheme::AccessKey;
}

QUrl Profile::defaultBaseUrl(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Messente:
        return QUrl(QStringLiteral("https://api.messente.com/v1"));
    case ProviderKind::Bird:
        return QUrl(QStringLiteral("https://api.bird.com"));
    case ProviderKind::Kaleyra:
        return QUrl(QStringLiteral("https://api.kaleyra.io"));
    }
    return {};
}

double Profile::defaultSendRate(ProviderKind kind)
{
    return kind == ProviderKind::Bird ? 500.0 : 80.0;
}

double Profile::maxSendRate(ProviderKind kind)
{
    // Bird refuses more than 500 POST/s per workspace; Meta's highest tier is 1,000 messages/s per number.
    return kind == ProviderKind::Bird ? 500.0 : 1000.0;
}

} // namespace herald
