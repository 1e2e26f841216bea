#pragma once

#include "core/PhoneNumber.h"
#include "core/Profile.h"
#include "core/Template.h"
#include "core/TemplateRenderer.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <chrono>
#include <functional>
#include <optional>

namespace herald {

class MessageRepository;
class ProfileRepository;
struct MessageRecord;
struct OutgoingMessage;
struct ProviderError;
struct RequestPreview;
struct ServiceWindowResult;
struct StorageError;
struct Suppression;
class ProviderRegistry;
class SuppressionRepository;

/// One template message to one recipient, as the operator filled it in.
struct SendRequest
{
    qint64 profileId = 0;
    Template tpl;
    TemplateValues values;
    QString recipient; ///< as typed; normalised to E.164 before anything is journaled
    QDateTime scheduledFor; ///< invalid = now; otherwise the provider holds the message until then
    QString viberFallbackText; ///< when set (Messente), a Viber message with this text if WhatsApp fails
    QString smsFallbackText; ///< when set (Messente), an SMS with this text if WhatsApp (and Viber) fail
    QString freeText; ///< when set (Bird), a session text instead of the template: customer-service window only
    int validityMinutes = 0; ///< 0 = the provider's default (Messente validity, Bird validity)
    QString priority; ///< Messente: "low", "regular", "high"; empty = default
    QString textStore; ///< Messente: "plaintext", "sha256", "nostore"; empty = default
};

/**
 * Sends single messages journal first: the message is committed as queued, then as sending,
 * and only then does its request leave; the provider's answer is journaled when it comes. A
 * request whose outcome cannot be known becomes unknown and is never re-sent on its own.
 */
class SendController : public QObject
{
    Q_OBJECT
public:
    SendController(MessageRepository& messages, ProfileRepository& profiles, SuppressionRepository& suppressions,
        ProviderRegistry& providers, PhoneNumberNormalizer numbers, QObject* parent = nullptr);

    /// Everything that stops @p request from being sent, in words; empty when it can go. A recipient
    /// on the opt-out list is one such problem, named with the date and reason.
    QStringList check(const SendRequest& request) const;
    /**
     * The problems of check() that do not depend on the recipient: profile, template (approved,
     * Meta's rules), the values given, what the provider can carry, the time to send. A campaign
     * makes these checks once for all its recipients, @p withValues false: each recipient's values are
     * checked by its plan (planCampaign).
     */
    QStringList checkContent(const SendRequest& request, bool withValues = true) const;
    /// What @p kind refuses in one recipient's @p values beyond Meta's rules (Kaleyra: HTML tags), in words.
    static QStringList providerValueProblems(ProviderKind kind, const TemplateValues& values);
    /**
     * The request that sends @p message (one sent on its own) again as it went: its profile,
     * recipient, values and options, with @p tpl, the library's copy of its template, so the send is
     * checked against the template as Meta approves it now. A free-text message needs no template.
     */
    static SendRequest requestToRepeat(const MessageRecord& message, const Template& tpl);

    /**
     * Journals and sends @p request; returns the message id, or 0 when check() found problems or the
     * journal could not be written (nothing is sent then), with @p whyNot saying which, in words.
     */
    qint64 send(const SendRequest& request, QString* whyNot = nullptr);
    /// "Not sent: the message could not be recorded in the journal (the disk is full; …)."
    static QString journalFailureText(const StorageError& failure);

    /// Asks @p profileId's provider whether free text may be sent to @p to now (WhatsApp's 24-hour window).
    void checkServiceWindow(
        qint64 profileId, const QString& to, QObject* context, std::function<void(const ServiceWindowResult&)> done);

    /// The exact request @p request would make (secrets masked), or the reason it cannot be shown.
    void describeRequest(const SendRequest& request, QObject* context,
        std::function<void(const std::optional<RequestPreview>&, const QString& error)> done);

    /// Asks the provider to cancel scheduled message @p messageId; the answer comes as cancelFinished().
    void cancelScheduled(qint64 messageId);

    /// How often and how soon a request the provider certainly did not take (429, refused connection) is retried.
    struct RetryPolicy
    {
        int maxAttempts = 6;
        std::chrono::milliseconds firstDelay { 1000 };
        std::chrono::milliseconds maxDelay { 60000 };
    };
    void setRetryPolicy(const RetryPolicy& policy) { m_retry = policy; }

    /// "+37251234567 opted out on 3 May 2026: asked by phone", for refusals and the panes.
    static QString optedOutInWords(const Suppression& entry);

    const PhoneNumberNormalizer& numbers() const { return m_numbers; }
    void setNumbers(PhoneNumberNormalizer numbers) { m_numbers = std::move(numbers); }
    /// The country numbers without a country code belong to, from now on (the operator's setting).
    void setDefaultRegion(const QString& region);

Q_SIGNALS:
    /// The operator chose another default country; the composition root keeps it in the settings.
    void defaultRegionChanged(const QString& region);
    /// The message's row changed in the journal.
    void messageChanged(qint64 messageId);
    /// Something the operator should know while a send is still going on, e.g. a retry after a 429.
    void sendProgress(qint64 messageId, const QString& text);
    /// The provider took the message (@p accepted) or it could not be sent; @p text says which, in words.
    void sendFinished(qint64 messageId, bool accepted, const QString& text);
    /// The provider cancelled the message (@p cancelled) or refused; @p text says which, in words.
    void cancelFinished(qint64 messageId, bool cancelled, const QString& text);

private:
    OutgoingMessage outgoingFor(const SendRequest& request, const QString& e164, qint64 reference) const;
    void transmit(qint64 messageId, qint64 profileId, const OutgoingMessage& outgoing, int attempt = 1);
    static bool isRetryable(const ProviderError& error);
    void retryLater(
        qint64 messageId, qint64 profileId, const OutgoingMessage& outgoing, int attempt, const ProviderError& error);
    void finish(qint64 messageId, bool accepted, const QString& text);

    MessageRepository& m_messages;
    ProfileRepository& m_profiles;
    SuppressionRepository& m_suppressions;
    ProviderRegistry& m_providers;
    PhoneNumberNormalizer m_numbers;
    RetryPolicy m_retry;
};

} // namespace herald
