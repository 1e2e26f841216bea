#pragma once

#include "providers/Provider.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

/**
 * Messente Omnichannel API wire format (shared/seeds, shared/reference/messente-openapi-2.1.0.yaml):
 * building requests and reading responses, as pure functions with no network.
 */
namespace herald::messente {

/**
 * `POST /omnimessage` body: a WhatsApp template (or session text) message to @p message.to with
 * its components, options, schedule, delivery-report URL and fallback channels.
 */
QJsonObject buildOmnimessage(const OutgoingMessage& message, const QString& sender);

/// `POST /omnimessages` body: up to 1,000 omnimessages in one request (Messente's bulk API).
QJsonObject buildBulk(const QList<QJsonObject>& omnimessages);

/// `POST /omnimessages` body for @p messages: each one built by buildOmnimessage(), in order.
QJsonObject buildBulk(const QList<OutgoingMessage>& messages, const QString& sender);

/// The most omnimessages one bulk request carries, as Messente recommends (provider-apis.md §1.3).
inline constexpr int kBulkLimit = 1000;

/// ISO-8601 in the operator's own offset, e.g. 2026-11-22T10:00:00+02:00 (time_to_send).
QString isoWithOffset(const QDateTime& time);

/// Reads the 201 answer of `POST /omnimessage`, or the error envelope of any other status.
SendResult parseSendResponse(int httpStatus, const QByteArray& body);

/**
 * Reads the answer of `POST /omnimessages` for a request of @p expected omnimessages (provider-apis.md
 * §1.3, M-BULK). A 201 gives one result per omnimessage, in request order, each either a created
 * omnimessage (id and channels) or its own error envelope (the provider's code, title, detail and
 * source kept; httpStatus 0, since the exchange itself succeeded). Any other status, an unreadable
 * answer, or one whose count of results is not @p expected is an error for the whole batch, with no
 * results; an answer that cannot be matched to the messages is BadResponse, never "not taken".
 */
BatchSendResult parseBulkResponse(int httpStatus, const QByteArray& body, qsizetype expected);

/// Reads the 200 answer of `GET /omnimessage/{id}/status`, or the error envelope.
StatusResult parseStatusResponse(int httpStatus, const QByteArray& body);

/**
 * Reads a delivery report Messente POSTs to the dlr_url (provider-apis.md §1.5). Its timestamp
 * may lack an offset; it is read as UTC. Anything unreadable gives an empty list.
 */
QList<CallbackStatus> parseDeliveryCallback(const QByteArray& body);

/// Templates asked for per page of `GET /whatsapp/wabas/{wabaId}/templates`; the spec allows 1 to 500.
inline constexpr int kTemplatePageLimit = 100;
inline constexpr int kTemplatePageLimitMax = 500;

/**
 * `{baseUrl}/whatsapp/wabas/{wabaId}/templates?limit=…[&after=…]` (listWhatsappTemplates), with the
 * WABA id percent-encoded and @p limit kept within 1..500. An empty @p after asks for the first page.
 */
QUrl templatesUrl(const QUrl& baseUrl, const QString& wabaId, int limit, const QString& after = {});

/// One page of Messente's template list.
struct TemplatePage
{
    ProviderError error;
    QList<Template> templates; ///< the readable ones, in order
    QStringList problems; ///< templates left out, in words
    QStringList notes; ///< templates read with a change, such as an unknown component ignored, in words
    QString after; ///< paging.cursors.after
    bool hasNext = false; ///< paging.next is present: another page follows after `after`
};

/**
 * Reads the 200 `WhatsappListTemplatesResponse` {templates[], paging{cursors{before, after}, next,
 * previous}} (components in Meta's shape, lowercase as Messente spells them), or the error envelope.
 */
TemplatePage parseTemplatesPage(int httpStatus, const QByteArray& body);

/**
 * Reads Messente's `{errors:[{title, detail, code, source}]}` envelope for a non-2xx @p httpStatus.
 * Unreadable bodies still give an error typed by the HTTP status.
 */
ProviderError parseError(int httpStatus, const QByteArray& body);

} // namespace herald::messente
