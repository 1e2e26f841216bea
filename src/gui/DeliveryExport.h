#pragma once

#include "core/DeliveryReport.h"

#include <QList>
#include <QString>

namespace herald {

class MessageRepository;

/// The rows of a delivery report for @p ids, read from the journal: names, campaign, provider, channels tried.
QList<DeliveryReportRow> deliveryReportRows(const MessageRepository& messages, const QList<qint64>& ids);

/**
 * Writes the delivery report of @p ids (in that order) to @p path, which is replaced only once the
 * whole report is written. False, with @p error in words, when it cannot be written.
 */
bool exportDeliveryReport(
    const MessageRepository& messages, const QList<qint64>& ids, const QString& path, QString* error = nullptr);

} // namespace herald
