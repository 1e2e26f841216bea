#include "dispatch/CallbackReceiver.h"

#include "dispatch/Logging.h"
#include "providers/KaleyraProtocol.h"
#include "providers/MessenteProtocol.h"
#include "storage/MessageRepository.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QMetaMethod>
#include <QUrlQuery>

namespace herald {

CallbackParser callbackParserFor(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Kaleyra:
        return [](const QByteArray& body, const QByteArray& contentType, const QUrlQuery& query) {
            return kaleyra::parseCallback(body, contentType, query);
        };
    case ProviderKind::Messente:
        return [](const QByteArray& body, const QByteArray&, const QUrlQuery&) {
            return messente::parseDeliveryCallback(body);
        };
    case ProviderKind::Bird:
        break; // Bird's webhooks need a subscription; Herald polls Bird instead.
    }
    return {};
}

CallbackReceiver::CallbackReceiver(MessageRepository& messages, QObject* parent)
    : QObject(parent)
    , m_messages(messages)
    , m_changed(std::chrono::milliseconds(100), [this](const QList<qint64>& ids) { announce(ids); })
{ }

CallbackReceiver::~CallbackReceiver() = default;

quint16 CallbackReceiver::listen(const Profile& profile, QString* error)
{
    stop(profile.id);
    const CallbackParser parser = callbackParserFor(profile.kind);
    if (!parser) {
        *error = tr("%1 does not send status callbacks that Herald reads.").arg(providerKindDisplayName(profile.kind));
        return 0;
    }
    const qsizetype colon = profile.callbackListen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon > 0 ? profile.callbackListen.mid(colon + 1).toInt(&portOk) : -1;
    const QHostAddress address(colon > 0 ? profile.callbackListen.left(colon) : QString());
    if (address.isNull() || !portOk || port < 0 || port > 65535) {
        *error = tr("The callback address \"%1\" is not of the form 127.0.0.1:8085.").arg(profile.callbackListen);
        return 0;
    }

    auto server = std::make_unique<QHttpServer>();
    const qint64 profileId = profile.id;
    // Every path and method: providers differ, and the public URL may carry a proxy's prefix.
    server->setMissingHandler(
        [this, profileId, parser](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            ++m_received;
            const QList<CallbackStatus> reports
                = parser(request.body(), request.value(QByteArrayLiteral("Content-Type")), request.query());
            if (reports.isEmpty())
                qCWarning(lcDispatch) << "a status callback could not be read; it was ignored";
            m_changed.add(apply(profileId, reports));
            // Answer 200 even for unknown ids, or the provider would retry them forever.
            responder.write(QHttpServerResponder::StatusCode::Ok);
        });
    const quint16 actual = server->listen(address, static_cast<quint16>(port));
    if (actual == 0) {
        *error = tr("Herald cannot listen for callbacks on %1: the address is in use or not on this computer.")
                     .arg(profile.callbackListen);
        return 0;
    }
    m_servers[profile.id] = std::move(server);
    qCInfo(lcDispatch) << "listening for status callbacks of profile" << profile.id << "on port" << actual;
    return actual;
}

void CallbackReceiver::stop(qint64 profileId)
{
    m_servers.erase(profileId);
}

QList<qint64> CallbackReceiver::apply(qint64 profileId, const QList<CallbackStatus>& reports)
{
    QList<qint64> changed;
    for (const CallbackStatus& report : reports) {
        const std::optional<MessageRecord> message
            = m_messages.findByProviderMessageId(profileId, report.providerMessageId);
        if (!message) {
            qCInfo(lcDispatch) << "a status callback names a message Herald did not send; ignored";
            continue;
        }
        const ChannelStatus& s = report.status;
        if (!s.state)
            continue;
        if (m_messages.applyReport(message->id,
                { *s.state, s.providerStatus, s.channel, s.errorCode, s.errorText, s.timestamp }, report.raw)
            && !changed.contains(message->id))
            changed.append(message->id);
    }
    return changed;
}

void CallbackReceiver::announce(const QList<qint64>& messageIds)
{
    Q_EMIT messagesChanged(messageIds);
    if (isSignalConnected(QMetaMethod::fromSignal(&CallbackReceiver::campaignsChanged))) {
        const QSet<qint64> campaigns = m_messages.campaignsOf(messageIds);
        if (!campaigns.isEmpty())
            Q_EMIT campaignsChanged(campaigns);
    }
}

} // namespace herald
