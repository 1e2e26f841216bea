// Messente's answers and delivery reports (src/providers/MessenteProtocol.h): every parser on the
// same body. Input: the HTTP status on the first line, optionally followed by the count of
// omnimessages a bulk request sent ("201 2"), then the body.
#include "FuzzInput.h"
#include "providers/MessenteProtocol.h"

#include <QList>
#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace herald;
    fuzz::silenceQt();
    fuzz::Input input(data, size);
    const QList<QByteArray> head = input.line(32).simplified().split(' ');
    const int status = head.value(0).toInt();
    bool counted = false;
    const qsizetype expected = std::clamp<qsizetype>(head.value(1).toInt(&counted), 0, messente::kBulkLimit);
    const QByteArray body = input.rest();

    messente::parseSendResponse(status, body);
    const BatchSendResult batch = messente::parseBulkResponse(status, body, counted ? expected : 1);
    // One result per omnimessage, or an error for the whole batch and none (MessenteProtocol.h).
    if (batch.error.isError() ? !batch.results.isEmpty() : batch.results.size() != (counted ? expected : 1))
        fuzz::violated();
    messente::parseStatusResponse(status, body);
    messente::parseTemplatesPage(status, body);
    messente::parseError(status, body);
    messente::parseDeliveryCallback(body);
    return 0;
}
