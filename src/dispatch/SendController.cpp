#include "dispatch/SendController.h"

#include "core/Campaign.h"
#include "dispatch/Logging.h"
#include "dispatch/ProviderRegistry.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/SuppressionRepository.h"

#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>

namespace herald {

namespace {

/**
 * What Herald's Bird request cannot carry yet: Bird takes template values as keyed strings defined
 * in Bird Studio, and Herald sends only text variables there. Said in words rather than dropped.
 */
QStringList birdUnsupportedValues(const SendRequest& request)
{
    QStringList problems;
    const Template& tpl = request.tpl;
    if (isMediaHeader(tpl.effectiveHeaderFormat()))
        problems.append(SendController::tr("Herald cannot yet send a template's %1 header through Bird: send it "
                                           "with a Messente or Kaleyra profile.")
                            .arg(headerFormatKey(tpl.effectiveHeaderFormat())));
    for (int i = 0; i < tpl.buttons.size(); ++i) {
        const TemplateButton& button = tpl.buttons.at(i);
        const bool carriesValue = (button.type == TemplateButton::Type::Url && button.hasUrlVariable())
            || button.type == TemplateButton::Type::CopyCode
            || (button.type == TemplateButton::Type::QuickReply && !request.values.buttons.value(i).isEmpty());
        if (carriesValue)
            problems.append(SendController::tr("Button %1 (“%2”) needs a value Herald cannot yet send through "
                                               "Bird: send it with a Messente or Kaleyra profile.")
                                .arg(i + 1)
                                .arg(button.text));
    }
    return problems;
}

} // namespace

QString SendController::optedOutInWords(const Suppression& entry)
{
    // The date as people say it, in the operator's language, e.g. "3 May 2026".
    const QString date = QLocale().toString(entry.addedAt.toLocalTime().date(), QStringLiteral("d MMMM yyyy"));
    const QString reason = entry.reason.trimmed();
    return reason.isEmpty() ? tr("%1 opted out on %2.").arg(entry.e164, date)
                            : tr("%1 opted out on %2: %3").arg(entry.e164, date, reason);
}

SendController::SendController(MessageRepository& messages, ProfileRepository& profiles,
    SuppressionRepository& suppressions, ProviderRegistry& providers, PhoneNumberNormalizer numbers, QObject* parent)
    : QObject(parent)
    , m_messages(messages)
    , m_profiles(profiles)
    , m_suppressions(suppressions)
    , m_providers(providers)
    , m_numbers(std::move(numbers))
{ }

QStringList SendController::check(const SendRequest& request) const
{
    QStringList problems = checkContent(request);
    const PhoneNumberResult number = m_numbers.normalize(request.recipient);
    if (!number.ok())
        problems.append(number.message());
    else if (const std::optional<Suppression> optOut = m_suppressions.find(number.e164))
        problems.append(optedOutInWords(*optOut));
    const std::optional<Profile> profile = m_profiles.find(request.profileId);
    if (request.scheduledFor.isValid() && profile && !providerHoldsScheduledMessages(profile->kind))
        problems.append(tr("Kaleyra's API cannot hold a message until a later time; send it now or use another "
                           "profile."));
    return problems;
}

QStringList SendController::checkContent(const SendRequest& request, bool withValues) const
{
    QStringList problems;
    const std::optional<Profile> profile = m_profiles.find(request.profileId);
    if (!profile)
        problems.append(tr("Choose a profile to send with."));
    if (!request.freeText.isEmpty()) {
        if (profile && profile->kind != ProviderKind::Bird)
            problems.append(tr("Free text can be sent with Bird profiles, inside the customer-service window."));
    } else if (request.tpl.id == 0 && request.tpl.name.isEmpty()) {
        problems.append(tr("Choose a template."));
    } else {
        if (!request.tpl.isSendable())
            problems.append(tr("The provider reports this template as “%1”: only approved templates can be sent.")
                                .arg(request.tpl.status));
        for (const TemplateIssue& issue : validateTemplate(request.tpl))
            problems.append(issue.message);
        for (const TemplateIssue& issue :
            withValues ? validateValues(request.tpl, request.values) : QList<TemplateIssue> {})
            problems.append(
                issue.variable.isEmpty() ? issue.message : tr("{{%1}}: %2").arg(issue.variable, issue.message));
        if (withValues && profile)
            problems.append(providerValueProblems(profile->kind, request.values));
        if (profile && profile->kind == ProviderKind::Bird && request.tpl.birdProjectId.isEmpty())
            problems.append(tr("Bird needs the template's project ID: edit the template and enter it."));
        if (profile && profile->kind == ProviderKind::Bird)
            problems.append(birdUnsupportedValues(request));
    }
    if (request.scheduledFor.isValid() && request.scheduledFor <= QDateTime::currentDateTimeUtc())
        problems.append(tr("The time to send is in the past."));
    if ((!request.smsFallbackText.isEmpty() || !request.viberFallbackText.isEmpty()) && profile
        && profile->kind != ProviderKind::Messente)
        problems.append(tr("Only Messente profiles can fall back to Viber or SMS."));
    return problems;
}

QStringList SendController::providerValueProblems(ProviderKind kind, const TemplateValues& values)
{
    QStringList problems;
    static const QRegularExpression htmlTag(QStringLiteral("<[A-Za-z/!][^>]*>"));
    if (kind == ProviderKind::Kaleyra) {
        for (const QMap<QString, QString>* map : { &values.header, &values.body }) {
            for (auto it = map->constBegin(); it != map->constEnd(); ++it) {
                if (htmlTag.match(it.value()).hasMatch())
                    problems.append(tr("{{%1}}: Kaleyra refuses HTML tags in values (error E413).").arg(it.key()));
            }
        }
    }
    return problems;
}

qint64 SendController::send(const SendRequest& request, QString* whyNot)
{
    if (const QStringList problems = check(request); !problems.isEmpty()) {
        if (whyNot)
            *whyNot = tr("Not sent: %1").arg(problems.constFirst());
        return 0;
    }
    const QString to = m_numbers.normalize(request.recipient).e164;
    const bool freeText = !request.freeText.isEmpty();
    const RenderedMessage rendered
        = freeText ? RenderedMessage { {}, request.freeText, {} } : renderTemplate(request.tpl, request.values);

    NewMessage journal;
    journal.profileId = request.profileId;
    journal.templateId = request.tpl.id;
    // A free-text message has no template: the journal says so by leaving the name empty.
    journal.templateName = freeText ? QString() : request.tpl.name;
    journal.language = freeText ? QString() : request.tpl.language;
    journal.recipient = to;
    journal.renderedBody = rendered.body;
    journal.parametersJson = templateValuesToJson(request.values);
    journal.scheduledFor = request.scheduledFor;
    journal.sendOptionsJson = campaignOptionsToJson(CampaignOptions { request.validityMinutes, request.priority,
        request.textStore, request.viberFallbackText, request.smsFallbackText });
    const qint64 id = m_messages.insertQueued(journal);
    if (id == 0) {
        // Journal first: a message the journal does not hold is never sent, so it cannot be lost or sent twice.
        const StorageError failure = m_messages.lastWriteFailure();
        qCWarning(lcDispatch) << "could not journal a message; nothing was sent:" << failure.sqliteText;
        if (whyNot)
            *whyNot = journalFailureText(failure);
        return 0;
    }
    Q_EMIT messageChanged(id);

    const OutgoingMessage outgoing = outgoingFor(request, to, id);
    // Queued, so callers always get the id back before any signal about it arrives.
    QMetaObject::invokeMethod(
        this, [this, id, profileId = request.profileId, outgoing] { transmit(id, profileId, outgoing); },
        Qt::QueuedConnection);
    return id;
}

SendRequest SendController::requestToRepeat(const MessageRecord& message, const Template& tpl)
{
    SendRequest request;
    request.profileId = message.profileId;
    request.recipient = message.recipient;
    if (message.templateName.isEmpty()) {
        request.freeText = message.renderedBody; // free text has no template: its text is what was sent
    } else {
        request.tpl = tpl;
        request.values = templateValuesFromJson(message.parametersJson);
    }
    // Not its time: a message repeated now goes now.
    const CampaignOptions options = campaignOptionsFromJson(message.sendOptionsJson);
    request.validityMinutes = options.validityMinutes;
    request.priority = options.priority;
    request.textStore = options.textStore;
    request.viberFallbackText = options.viberFallbackText;
    request.smsFallbackText = options.smsFallbackText;
    return request;
}

OutgoingMessage SendController::outgoingFor(const SendRequest& request, const QString& e164, qint64 reference) const
{
    OutgoingMessage outgoing;
    outgoing.to = e164;
    outgoing.tpl = request.tpl;
    outgoing.values = request.values;
    outgoing.components = sendComponentsFor(request.tpl, request.values);
    outgoing.reference = reference > 0 ? QString::number(reference) : QString();
    outgoing.scheduledFor = request.scheduledFor;
    outgoing.freeText = request.freeText;
    // Messente takes validity in minutes, Bird in seconds; each builder uses its own field.
    outgoing.options.validityMinutes = request.validityMinutes;
    outgoing.options.ttlSeconds = request.validityMinutes * 60;
    outgoing.options.priority = request.priority;
    outgoing.options.textStore = request.textStore;
    // Where the profile has a public callback route, the provider reports there (dlr_url, callback_url).
    if (const std::optional<Profile> profile = m_profiles.find(request.profileId);
        profile && profile->hasCallbackRoute())
        outgoing.callbackUrl = profile->callbackPublicUrl;
    // Messente's omnichannel chain: WhatsApp first, then Viber, then SMS.
    if (!request.viberFallbackText.isEmpty()) {
        FallbackChannel viber;
        viber.kind = FallbackChannel::Kind::Viber;
        viber.text = request.viberFallbackText;
        outgoing.options.fallbacks.append(viber);
    }
    if (!request.smsFallbackText.isEmpty()) {
        FallbackChannel sms;
        sms.kind = FallbackChannel::Kind::Sms;
        sms.text = request.smsFallbackText;
        outgoing.options.fallbacks.append(sms);
    }
    return outgoing;
}

void SendController::describeRequest(const SendRequest& request, QObject* context,
    std::function<void(const std::optional<RequestPreview>&, const QString& error)> done)
{
    const PhoneNumberResult number = m_numbers.normalize(request.recipient);
    const OutgoingMessage outgoing = outgoingFor(request, number.ok() ? number.e164 : request.recipient.trimmed(), 0);
    QPointer<QObject> guard(context);
    m_providers.acquire(request.profileId, this, [guard, outgoing, done](Provider* provider, const QString& error) {
        if (!guard)
            return;
        if (!provider)
            done(std::nullopt, error);
        else
            done(provider->describeSend(outgoing), {});
    });
}

void SendController::transmit(qint64 id, qint64 profileId, const OutgoingMessage& outgoing, int attempt)
{
    m_providers.acquire(
        profileId, this, [this, id, profileId, outgoing, attempt](Provider* provider, const QString& error) {
            if (!provider) {
                m_messages.applyChange(id, { MessageState::Failed, {}, {}, {}, error, {} });
                finish(id, false, tr("Not sent: %1").arg(error));
                return;
            }
            // Journal first: the row says "sending" on disk before a byte leaves.
            const quint64 failuresBefore = m_messages.writeFailures();
            if (attempt == 1 && !m_messages.applyChange(id, { MessageState::Sending, {}, {}, {}, {}, {} })) {
                const QString why = m_messages.writeFailures() != failuresBefore
                    ? journalFailureText(m_messages.lastWriteFailure())
                    : tr("Not sent: the message could not be recorded in the journal.");
                // It certainly did not leave: failed, if the journal takes that much now.
                m_messages.applyChange(id, { MessageState::Failed, {}, {}, {}, why, {} });
                finish(id, false, why);
                return;
            }
            Q_EMIT messageChanged(id);
            provider->send(outgoing, this, [this, id, profileId, outgoing, attempt](const SendResult& result) {
                if (!result.error.isError()) {
                    m_messages.setProviderMessageId(id, result.providerMessageId);
                    const QString channel = result.channels.isEmpty() ? QString() : result.channels.first().channel;
                    const bool scheduled = outgoing.scheduledFor.isValid();
                    m_messages.applyChange(
                        id, { scheduled ? MessageState::Scheduled : MessageState::Accepted, {}, channel, {}, {}, {} });
                    finish(id, true, tr("Accepted by the provider with id %1.").arg(result.providerMessageId));
                    return;
                }
                if (isRetryable(result.error) && attempt < m_retry.maxAttempts) {
                    retryLater(id, profileId, outgoing, attempt, result.error);
                    return;
                }
                const MessageState state
                    = result.error.certainlyNotTaken() ? MessageState::Failed : MessageState::Unknown;
                m_messages.applyChange(id, { state, {}, {}, result.error.providerCode, result.error.message(), {} });
                finish(id, false,
                    state == MessageState::Unknown
                        ? tr("Outcome unknown: %1 Herald will not send it again unless you ask.")
                              .arg(result.error.message())
                        : tr("Not sent: %1").arg(result.error.message()));
            });
        });
}

QString SendController::journalFailureText(const StorageError& failure)
{
    if (!failure.isError())
        return tr("Not sent: the message could not be recorded in the journal.");
    return tr("Not sent: the message could not be recorded in the journal (%1).").arg(failure.inWords());
}

bool SendController::isRetryable(const ProviderError& error)
{
    // Only where the provider certainly did not take the message: sending again cannot duplicate it.
    return error.kind == ProviderError::Kind::RateLimited || error.kind == ProviderError::Kind::NotDelivered;
}

void SendController::retryLater(
    qint64 id, qint64 profileId, const OutgoingMessage& outgoing, int attempt, const ProviderError& error)
{
    std::chrono::milliseconds delay = m_retry.firstDelay * (1 << (attempt - 1));
    if (error.retryAfterSeconds > 0)
        delay = std::max<std::chrono::milliseconds>(delay, std::chrono::seconds(error.retryAfterSeconds));
    delay = std::min(delay, m_retry.maxDelay);
    const QString why = error.kind == ProviderError::Kind::RateLimited ? tr("The provider asked Herald to slow down")
                                                                       : tr("The provider could not be reached");
    Q_EMIT sendProgress(id,
        tr("%1; nothing was sent. Trying again in %2 s (attempt %3 of %4).")
            .arg(why)
            .arg(std::max<qint64>(1, std::chrono::duration_cast<std::chrono::seconds>(delay).count()))
            .arg(attempt + 1)
            .arg(m_retry.maxAttempts));
    QTimer::singleShot(
        delay, this, [this, id, profileId, outgoing, attempt] { transmit(id, profileId, outgoing, attempt + 1); });
}

void SendController::checkServiceWindow(
    qint64 profileId, const QString& to, QObject* context, std::function<void(const ServiceWindowResult&)> done)
{
    QPointer<QObject> guard(context);
    m_providers.acquire(profileId, this, [this, guard, to, done](Provider* provider, const QString& error) {
        if (!provider) {
            ServiceWindowResult result;
            result.error.kind = ProviderError::Kind::Unsupported;
            result.error.detail = error;
            if (guard)
                done(result);
            return;
        }
        provider->checkServiceWindow(to, this, [guard, done](const ServiceWindowResult& result) {
            if (guard)
                done(result);
        });
    });
}

void SendController::cancelScheduled(qint64 messageId)
{
    const std::optional<MessageRecord> message = m_messages.find(messageId);
    if (!message || message->state != MessageState::Scheduled) {
        Q_EMIT cancelFinished(messageId, false, tr("Only a scheduled message that has not left can be cancelled."));
        return;
    }
    m_providers.acquire(message->profileId, this,
        [this, messageId, providerId = message->providerMessageId](Provider* provider, const QString& error) {
            if (!provider) {
                Q_EMIT cancelFinished(messageId, false, error);
                return;
            }
            provider->cancel(providerId, this, [this, messageId](const ProviderError& result) {
                if (result.isError()) {
                    const QString why = result.kind == ProviderError::Kind::NotFound
                        ? tr("The provider has already sent it, so it can no longer be cancelled.")
                        : result.message();
                    Q_EMIT cancelFinished(messageId, false, why);
                    return;
                }
                m_messages.applyChange(messageId,
                    { MessageState::Cancelled, {}, {}, {}, tr("Cancelled by the operator before it was sent."), {} });
                Q_EMIT messageChanged(messageId);
                Q_EMIT cancelFinished(messageId, true, tr("The scheduled message was cancelled."));
            });
        });
}

void SendController::finish(qint64 messageId, bool accepted, const QString& text)
{
    Q_EMIT messageChanged(messageId);
    Q_EMIT sendFinished(messageId, accepted, text);
}

void SendController::setDefaultRegion(const QString& region)
{
    if (region == m_numbers.defaultRegion())
        return;
    m_numbers = PhoneNumberNormalizer(region);
    Q_EMIT defaultRegionChanged(region);
}

} // namespace herald
