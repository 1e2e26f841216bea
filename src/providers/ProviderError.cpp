#include "providers/ProviderError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <limits>

namespace herald {

namespace {
/// This file's words, in the translation context "ProviderError" (a name lupdate can see).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ProviderError)
};
} // namespace

ProviderError::Kind ProviderError::kindForHttpStatus(int httpStatus)
{
    if (httpStatus == 401 || httpStatus == 403)
        return Kind::Unauthorized;
    if (httpStatus == 404)
        return Kind::NotFound;
    if (httpStatus == 429)
        return Kind::RateLimited;
    if (httpStatus >= 500)
        return Kind::ProviderFault;
    // 400, 409 and 422: the provider refused the request, so nothing was taken.
    if (httpStatus >= 400)
        return Kind::Rejected;
    return Kind::BadResponse;
}

ProviderError ProviderError::badResponse(int httpStatus, const QString& why)
{
    ProviderError error;
    error.kind = Kind::BadResponse;
    error.httpStatus = httpStatus;
    error.detail = why;
    return error;
}

int ProviderError::secondsFromRetryAfter(const QByteArray& retryAfter, const QDateTime& now)
{
    const QByteArray value = retryAfter.trimmed();
    if (value.isEmpty())
        return 0;
    bool isNumber = false;
    const int seconds = value.toInt(&isNumber);
    if (isNumber)
        return std::max(0, seconds);
    // RFC 9110 HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when
        = QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return 0;
    when.setTimeSpec(Qt::UTC);
    const QDateTime reference = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    // A date more than 68 years ahead must not wrap around to a negative or short wait.
    return static_cast<int>(std::clamp<qint64>(reference.secsTo(when), 0, std::numeric_limits<int>::max()));
}

bool ProviderError::certainlyNotTaken() const
{
    switch (kind) {
    case Kind::NotDelivered:
    case Kind::Unauthorized:
    case Kind::Rejected:
    case Kind::NotFound:
    case Kind::RateLimited:
    case Kind::Unsupported:
        return true;
    case Kind::None:
    case Kind::OutcomeUnknown:
    case Kind::ProviderFault:
    case Kind::BadResponse:
        return false;
    }
    return false;
}

QString ProviderError::ownWords() const
{
    QString own = detail.isEmpty() ? providerTitle : detail;
    // What a person reads in a status line; the answer itself (up to 16 KB) is in the raw answer view.
    if (constexpr qsizetype kLongest = 400; own.size() > kLongest)
        own = own.left(kLongest) + QStringLiteral("…");
    if (!own.isEmpty() && !source.isEmpty())
        own = Words::tr("%1 (in %2)").arg(own, source);
    return own;
}

QString ProviderError::message() const
{
    QString summary;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NotDelivered:
        summary = refusal.isEmpty() ? Words::tr("The provider could not be reached, so nothing was sent") : refusal;
        break;
    case Kind::OutcomeUnknown:
        if (!refusal.isEmpty())
            summary = Words::tr("%1; it is not known whether the provider took the message").arg(refusal);
        else if (httpStatus > 0)
            summary = Words::tr("The provider's answer could not be read, so it is not known whether the message "
                                "was taken");
        else
            summary = Words::tr(
                "The connection failed before the provider answered, so it is not known whether the message "
                "was taken");
        break;
    case Kind::Unauthorized:
        summary = Words::tr("The provider refused the credentials; check the profile's account details and secret");
        break;
    case Kind::Rejected:
        summary = Words::tr("The provider refused the request");
        break;
    case Kind::NotFound:
        summary = Words::tr("The provider does not know this message");
        break;
    case Kind::RateLimited:
        summary = Words::tr("The provider asked Herald to slow down; nothing was taken");
        break;
    case Kind::ProviderFault:
        summary = Words::tr("The provider had an internal error");
        break;
    case Kind::BadResponse:
        summary = Words::tr("The provider's answer could not be read");
        break;
    case Kind::Unsupported:
        summary = Words::tr("The provider does not offer this");
        break;
    }

    QString text = summary;
    if (!providerCode.isEmpty() || !detail.isEmpty()) {
        const QString own = ownWords();
        text = providerCode.isEmpty() ? Words::tr("%1: %2").arg(summary, own)
                                      : Words::tr("%1: %2 [code %3]").arg(summary, own, providerCode);
    } else if (!transportError.isEmpty() && refusal.isEmpty()) {
        text = Words::tr("%1: %2").arg(summary, transportError);
    }
    if (httpStatus > 0)
        text += QLatin1Char(' ') + Words::tr("(HTTP %1)").arg(httpStatus);
    text += QLatin1Char('.');
    for (const auto& [field, problem] : fieldErrors)
        text += QLatin1Char('\n') + Words::tr("• %1: %2").arg(field, problem);
    return text;
}

} // namespace herald
