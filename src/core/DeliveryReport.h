#pragma once

#include "core/Message.h"
#include "core/Profile.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class QIODevice;

namespace herald {

/// One message of a delivery report, with what the journal row alone does not say.
struct DeliveryReportRow
{
    MessageRecord message;
    ProviderKind provider = ProviderKind::Messente;
    QString recipientName; ///< from the row of the campaign's list; empty when not known
    QString campaignName; ///< empty for a message sent on its own
    QStringList channels; ///< the channels tried, in the order they were (whatsapp, then sms …)
};

/**
 * The report's column titles, in order: message id, recipient, name, campaign, template, language,
 * profile, provider, channel, channels tried, state, provider status, provider id, scheduled,
 * created, updated (times in UTC), error code, the error explained (ErrorExplanation), the
 * provider's own words, and the text as the recipient reads it.
 */
QStringList deliveryReportHeader();

/**
 * @p row as one CSV record (RFC 4180, comma-separated, CRLF-terminated), every cell through
 * csvCell(): a cell that a spreadsheet would run as a formula is shown as text instead.
 *
 * Decision on phone numbers, which begin with '+': a spreadsheet reads a cell that begins with '+'
 * as a formula, so a bare "+37251234567" is evaluated and becomes the number 37251234567 (the '+'
 * gone, shown as 3.73E+10), and a spaced "+372 5123 4567" becomes an error or a guess, depending on
 * the program. A number alone cannot run anything, but the cell is no longer the phone number. So
 * the recipient gets the apostrophe like every other cell that begins with =, +, -, @, a tab or a
 * carriage return: the spreadsheet keeps it as text, with its '+' and every digit (some programs
 * show the apostrophe), nothing in the file is ever evaluated, and Herald's own import reads
 * "'+372…" back as the number. A whitelist of "harmless" shapes left bare would lose the '+' in
 * every spreadsheet and would be one more rule to get wrong.
 */
QString deliveryReportLine(const DeliveryReportRow& row);

/// A whole report of @p rows: a byte-order mark (so spreadsheets read UTF-8), the header, every row.
QString deliveryReportCsv(const QList<DeliveryReportRow>& rows);

/**
 * Writes the report of @p messageIds to @p out in the order given, asking @p fetch for @p chunk
 * messages at a time so a large journal never sits in memory whole. Ids @p fetch does not return
 * are left out. False, with @p error in words, when @p out refuses to be written.
 */
bool writeDeliveryReport(QIODevice& out, const QList<qint64>& messageIds,
    const std::function<QList<DeliveryReportRow>(const QList<qint64>&)>& fetch, QString* error = nullptr,
    int chunk = 500);

} // namespace herald
