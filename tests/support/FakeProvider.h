#pragma once

#include "providers/Provider.h"

#include <QList>
#include <functional>

namespace herald::test {

/**
 * A provider that answers from a script, asynchronously like the real ones, and records what it
 * was asked. For unit tests of dispatch; integration tests use the real providers and the sandbox.
 */
class FakeProvider final : public Provider
{
public:
    ProviderKind kind() const override { return ProviderKind::Messente; }
    void send(const OutgoingMessage& message, QObject* context, SendCallback done) override;
    RequestPreview describeSend(const OutgoingMessage& message) const override;
    void fetchStatus(const QString& providerMessageId, QObject* context, StatusCallback done) override;
    void cancel(const QString& providerMessageId, QObject* context, ErrorCallback done) override;
    void checkServiceWindow(const QString& to, QObject* context, ServiceWindowCallback done) override;
    void testConnection(QObject* context, ErrorCallback done) override;
    void listTemplates(QObject* context, TemplateListCallback done, TemplateProgressCallback progress) override;
    bool canPollStatus() const override { return pollable; }
    int maxBatchSize() const override { return batchLimit; }
    /// Answers each message from sendScript/nextSend, as send() would; records the batch sizes.
    void sendBatch(const QList<OutgoingMessage>& messages, QObject* context, BatchSendCallback done) override;

    /// Runs when send() is called, before the answer: lets a test look at the journal then.
    std::function<void(const OutgoingMessage&)> onSend;
    SendResult nextSend; ///< answered when sendScript is empty
    QList<SendResult> sendScript; ///< answers in order, before nextSend
    QList<StatusResult> statusScript; ///< answers in order; the last one repeats
    ProviderError connectionResult;
    ProviderError cancelResult;
    ServiceWindowResult windowResult;
    TemplateListResult templateList; ///< answered by listTemplates()
    int templateListCalls = 0;
    bool pollable = true;
    int batchLimit = 1; ///< > 1: the fake has a bulk endpoint
    QList<int> batches; ///< the size of each sendBatch() call

    QList<OutgoingMessage> sent;
    QStringList polled;
    QStringList cancelled;
};

} // namespace herald::test
