#include "gui/DeliveryExport.h"

#include "storage/MessageRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSaveFile>

namespace herald {

QList<DeliveryReportRow> deliveryReportRows(const MessageRepository& messages, const QList<qint64>& ids)
{
    QHash<qint64, MessageSummary> summaries;
    for (MessageSummary& summary : messages.summaries(ids))
        summaries.insert(summary.id, std::move(summary));
    const QHash<qint64, QStringList> channels = messages.channelsTried(ids);

    QList<DeliveryReportRow> rows;
    for (MessageRecord& message : messages.byIds(ids)) {
        DeliveryReportRow row;
        const MessageSummary summary = summaries.value(message.id);
        row.provider = summary.providerKind;
        row.recipientName = summary.name;
        row.campaignName = summary.campaignName;
        row.channels = channels.value(message.id);
        row.message = std::move(message);
        rows.append(std::move(row));
    }
    return rows;
}

bool exportDeliveryReport(
    const MessageRepository& messages, const QList<qint64>& ids, const QString& path, QString* error)
{
    const auto fail = [&path, error](const QString& why) {
        if (error)
            *error = QCoreApplication::translate("DeliveryExport", "%1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    QString why;
    const bool written = writeDeliveryReport(
        file, ids, [&messages](const QList<qint64>& chunk) { return deliveryReportRows(messages, chunk); }, &why);
    if (!written) {
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace herald
