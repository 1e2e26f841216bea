#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <utility>

namespace herald {

/**
 * A failed provider call, typed by what it means for the message, with the provider's own code
 * and text kept verbatim.
 */
struct ProviderError
{
    enum class Kind
    {
        None,
        /// Nothing reached the provider (refused connection, unknown host): safe to send again.
        NotDelivered,
        /// The request may or may not have reached the provider (timeout, dropped connection).
        OutcomeUnknown,
        Unauthorized, ///< wrong credentials (HTTP 401)
        Rejected, ///< the provider refused the request as invalid (HTTP 400)
        NotFound, ///< unknown id (HTTP 404)
        RateLimited, ///< HTTP 429: not taken, try again later
        ProviderFault, ///< HTTP 5xx
        BadResponse, ///< an answer Herald cannot read
        Unsupported, ///< the provider has no such operation (checked before anything is sent)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString providerCode; ///< e.g. Messente "103"
    QString providerTitle; ///< e.g. "Unauthorized"
    QString detail; ///< the provider's own longer text
    QString source; ///< the request field the provider blames, e.g. "payload[to]"
    QString transportError; ///< the network layer's text, for network faults
    /// Why Herald itself broke the exchange off, in words (an oversized answer, an untrusted certificate,
    /// a redirect elsewhere, plain http to another machine); replaces the summary when set.
    QString refusal;
    QList<std::pair<QString, QString>> fieldErrors; ///< per-field problems (Bird's 422 ValidationError), in order
    int retryAfterSeconds = 0; ///< from a 429's Retry-After header, when given

    bool isError() const { return kind != Kind::None; }

    /// What an HTTP error status means when the provider's body says no more: 401/403 unauthorized,
    /// 404 not found, 429 rate limited, 5xx provider fault, other 4xx rejected.
    static Kind kindForHttpStatus(int httpStatus);
    /// An answer that could not be read, with @p why in words.
    static ProviderError badResponse(int httpStatus, const QString& why);

    /**
     * The wait a Retry-After header asks for, in seconds: a number or an HTTP-date (RFC 9110), counted
     * from @p now (the current time when invalid). Never negative, and 0 when it cannot be read.
     */
    static int secondsFromRetryAfter(const QByteArray& retryAfter, const QDateTime& now = {});

    /// Whether the provider certainly did not take the message, so sending again cannot duplicate it.
    bool certainlyNotTaken() const;

    /**
     * The provider's own text (detail, else title) with the field it blames, cut to what a person
     * reads: a misbehaving provider could send a megabyte. Empty when it said nothing.
     */
    QString ownWords() const;

    /// The whole error in words for the operator, with the provider's code and text.
    QString message() const;
};

} // namespace herald
