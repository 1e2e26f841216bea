// Bird's answers (src/providers/BirdProtocol.h): the send's Message, a fetched Message, the error
// envelopes, the contact's service window and the Retry-After header. Bird posts no callback Herald
// reads. Input: the HTTP status on the first line, the Retry-After value on the second, then the body.
#include "FuzzInput.h"
#include "providers/BirdProtocol.h"

#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace herald;
    fuzz::silenceQt();
    fuzz::Input input(data, size);
    const int status = input.number(0);
    const QByteArray retryAfter = input.line(128);
    const QByteArray body = input.rest();
    // A fixed "now", so the same input always takes the same path.
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

    bird::parseSendResponse(status, body, retryAfter);
    bird::parseMessage(status, body, retryAfter);
    bird::parseError(status, body, retryAfter);
    bird::parseContactInformation(status, body, retryAfter, now);
    // Seconds to wait: never negative (BirdProtocol.h).
    if (bird::retryAfterSeconds(retryAfter, now) < 0 || bird::retryAfterSeconds(body.left(128), now) < 0)
        fuzz::violated();
    return 0;
}
