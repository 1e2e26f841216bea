#include "providers/Provider.h"

#include "providers/AnswerLater.h"

#include <QCoreApplication>
#include <QPointer>

namespace herald {

void Provider::sendBatch(const QList<OutgoingMessage>& messages, QObject* context, BatchSendCallback done)
{
    BatchSendResult result;
    result.error.kind = ProviderError::Kind::Unsupported;
    result.error.detail = QCoreApplication::translate(
        "Provider", "%1 cannot send several messages in one request; none of them was sent")
                              .arg(providerKindDisplayName(kind()));
    Q_UNUSED(messages)
    // Answer asynchronously like every other call, and not at all once the context is gone.
    answerLater(context, std::move(done), result);
}

} // namespace herald
