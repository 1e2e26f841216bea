// Kaleyra's answers and status callbacks (src/providers/KaleyraProtocol.h). Input: the HTTP status
// on the first line, the callback's Content-Type on the second, its query string on the third, then
// the body (the answer's, and the callback's).
#include "FuzzInput.h"
#include "providers/KaleyraProtocol.h"

#include <QString>
#include <QUrlQuery>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace herald;
    fuzz::silenceQt();
    fuzz::Input input(data, size);
    const int status = input.number(0);
    const QByteArray contentType = input.line(128);
    const QUrlQuery query(QString::fromUtf8(input.line(4096)));
    const QByteArray body = input.rest();

    kaleyra::parseSendResponse(status, body);
    kaleyra::parseError(status, body);
    kaleyra::parseCallback(body, contentType, query);
    return 0;
}
