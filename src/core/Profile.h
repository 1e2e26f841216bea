#pragma once

#include <QString>
#include <QUrl>

namespace herald {

enum class ProviderKind
{
    Messente,
    Bird,
    Kaleyra
};

QString providerKindKey(ProviderKind kind); ///< stable key stored in the database: "messente"
ProviderKind providerKindFromKey(const QString& key);
QString providerKindDisplayName(ProviderKind kind);

/**
 * The non-secret part of a provider connection. The secret (Messente's API password) lives in
 * the OS keychain under secretKey and never in this struct's storage.
 */
struct Profile
{
    qint64 id = 0;
    QString name;
    ProviderKind kind = ProviderKind::Messente;
    QUrl baseUrl;
    QString username; ///< Messente API username (not secret: it is shown in Messente's dashboard)
    QString sender; ///< optional sender name or number
    QString secretKey; ///< keychain entry name; stable across renames
    bool isSandbox = false; ///< points at the built-in sandbox; its secret is kept for this session only

    static QUrl defaultBaseUrl(ProviderKind kind);
};

} // namespace herald
