#include "FakeProvider.h"

#include <QMetaObject>
#include <QPointer>

namespace herald::test {

namespace {
template<typename Callback, typename Value> void answerLater(QObject* context, Callback done, Value value)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, done = std::move(done), value] {
            if (guard)
                done(value);
        },
        Qt::QueuedConnection);
}
} // namespace

void FakeProvider::send(const OutgoingMessage& message, QObject* context, SendCallback done)
{
    sent.append(message);
    if (onSend)
        onSend(message);
    answerLater(context, std::move(done), sendScript.isEmpty() ? nextSend : sendScript.takeFirst());
}

void FakeProvider::sendBatch(const QList<OutgoingMessage>& messages, QObject* context, BatchSendCallback done)
{
    batches.append(static_cast<int>(messages.size()));
    BatchSendResult result;
    for (const OutgoingMessage& message : messages) {
        sent.append(message);
        if (onSend)
            onSend(message);
        result.results.append(sendScript.isEmpty() ? nextSend : sendScript.takeFirst());
    }
    answerLater(context, std::move(done), result);
}

RequestPreview FakeProvider::describeSend(const OutgoingMessage& message) const
{
    RequestPreview preview;
    preview.method = QStringLiteral("POST");
    preview.url = QUrl(QStringLiteral("https://fake.test/messages"));
    preview.body = message.to;
    return preview;
}

void FakeProvider::fetchStatus(const QString& providerMessageId, QObject* context, StatusCallback done)
{
    polled.append(providerMessageId);
    StatusResult result;
    if (!statusScript.isEmpty())
        result = statusScript.size() > 1 ? statusScript.takeFirst() : statusScript.first();
    answerLater(context, std::move(done), result);
}

void FakeProvider::cancel(const QString& providerMessageId, QObject* context, ErrorCallback done)
{
    cancelled.append(providerMessageId);
    answerLater(context, std::move(done), cancelResult);
}

void FakeProvider::checkServiceWindow(const QString& to, QObject* context, ServiceWindowCallback done)
{
    Q_UNUSED(to)
    answerLater(context, std::move(done), windowResult);
}

void FakeProvider::testConnection(QObject* context, ErrorCallback done)
{
    answerLater(context, std::move(done), connectionResult);
}

void FakeProvider::listTemplates(QObject* context, TemplateListCallback done, TemplateProgressCallback progress)
{
    ++templateListCalls;
    if (progress)
        progress(static_cast<int>(templateList.templates.size()));
    answerLater(context, std::move(done), templateList);
}

} // namespace herald::test
