#include "core/DeliveryReport.h"

#include "core/CsvReader.h"
#include "core/ErrorExplanation.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <algorithm>

namespace herald {

namespace {

/// This file's words, in the translation context "DeliveryReport" (a name lupdate can see).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryReport)
};

/// UTC, written the way every spreadsheet reads as a date and time; empty when there is none.
QString timeCell(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString record(const QStringList& cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString& cell : cells)
        quoted.append(csvCell(cell));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

/// The byte-order mark (so spreadsheets read the file as UTF-8) and the header.
QString reportStart()
{
    return QStringLiteral("\uFEFF") + record(deliveryReportHeader());
}

} // namespace

QStringList deliveryReportHeader()
{
    return { Words::tr("Message id"), Words::tr("Recipient"), Words::tr("Name"), Words::tr("Campaign"),
        Words::tr("Template"), Words::tr("Language"), Words::tr("Profile"), Words::tr("Provider"), Words::tr("Channel"),
        Words::tr("Channels tried"), Words::tr("State"), Words::tr("Provider status"), Words::tr("Provider id"),
        Words::tr("Scheduled for (UTC)"), Words::tr("Created (UTC)"), Words::tr("Updated (UTC)"),
        Words::tr("Error code"), Words::tr("Error explained"), Words::tr("Provider's words"), Words::tr("Text") };
}

QString deliveryReportLine(const DeliveryReportRow& row)
{
    const MessageRecord& m = row.message;
    const ErrorExplanation error = explainMessage(row.provider, m);
    return record({ QString::number(m.id), m.recipient, row.recipientName, row.campaignName, m.templateName, m.language,
        m.profileName, providerKindDisplayName(row.provider), m.channel, row.channels.join(QStringLiteral(" → ")),
        stateDisplayName(m.state), m.providerStatus, m.providerMessageId, timeCell(m.scheduledFor),
        timeCell(m.createdAt), timeCell(m.updatedAt), m.errorCode, error.summary(), m.errorText, m.renderedBody });
}

QString deliveryReportCsv(const QList<DeliveryReportRow>& rows)
{
    QString csv = reportStart();
    for (const DeliveryReportRow& row : rows)
        csv += deliveryReportLine(row);
    return csv;
}

bool writeDeliveryReport(QIODevice& out, const QList<qint64>& messageIds,
    const std::function<QList<DeliveryReportRow>(const QList<qint64>&)>& fetch, QString* error, int chunk)
{
    const auto write = [&out, error](const QString& text) {
        const QByteArray bytes = text.toUtf8();
        if (out.write(bytes) == bytes.size())
            return true;
        if (error)
            *error = out.errorString();
        return false;
    };
    if (!write(reportStart()))
        return false;
    const qsizetype step = std::max(1, chunk);
    for (qsizetype from = 0; from < messageIds.size(); from += step) {
        const QList<qint64> ids = messageIds.mid(from, step);
        QList<DeliveryReportRow> rows = fetch(ids);
        // In the order asked for, whatever order fetch() found them in.
        QHash<qint64, qsizetype> position;
        for (qsizetype i = 0; i < ids.size(); ++i)
            position.insert(ids.at(i), i);
        std::sort(rows.begin(), rows.end(), [&position](const DeliveryReportRow& a, const DeliveryReportRow& b) {
            return position.value(a.message.id) < position.value(b.message.id);
        });
        QString text;
        for (const DeliveryReportRow& row : rows)
            text += deliveryReportLine(row);
        if (!write(text))
            return false;
    }
    return true;
}

} // namespace herald
