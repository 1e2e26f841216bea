#include "sandbox/MessenteTemplates.h"

#include <QStringList>
#include <algorithm>

namespace herald::sandbox::messente {
namespace {

// Each builder writes one component as Meta's template API returns it, spelt as Messente does.

QJsonObject body(const QString& text, const QStringList& sample = {})
{
    QJsonObject component { { QStringLiteral("type"), QStringLiteral("body") }, { QStringLiteral("text"), text } };
    if (!sample.isEmpty()) // body_text is one list of sample values per sample set
        component.insert(QStringLiteral("example"),
            QJsonObject { { QStringLiteral("body_text"), QJsonArray { QJsonArray::fromStringList(sample) } } });
    return component;
}

QJsonObject textHeader(const QString& text)
{
    return { { QStringLiteral("type"), QStringLiteral("header") }, { QStringLiteral("format"), QStringLiteral("text") },
        { QStringLiteral("text"), text } };
}

/// Meta gives a media header's sample as an upload handle; Messente passes it on as it is.
QJsonObject imageHeader(const QString& sampleHandle)
{
    return {
        { QStringLiteral("type"), QStringLiteral("header") }, { QStringLiteral("format"), QStringLiteral("image") },
        { QStringLiteral("example"), QJsonObject { { QStringLiteral("header_handle"), QJsonArray { sampleHandle } } } }
    };
}

QJsonObject footer(const QString& text)
{
    return { { QStringLiteral("type"), QStringLiteral("footer") }, { QStringLiteral("text"), text } };
}

QJsonObject buttons(const QJsonArray& list)
{
    return { { QStringLiteral("type"), QStringLiteral("buttons") }, { QStringLiteral("buttons"), list } };
}

QJsonObject quickReply(const QString& text)
{
    return { { QStringLiteral("type"), QStringLiteral("quick_reply") }, { QStringLiteral("text"), text } };
}

QJsonObject urlButton(const QString& text, const QString& url, const QString& sample = {})
{
    QJsonObject button { { QStringLiteral("type"), QStringLiteral("url") }, { QStringLiteral("text"), text },
        { QStringLiteral("url"), url } };
    if (!sample.isEmpty())
        button.insert(QStringLiteral("example"), QJsonArray { sample });
    return button;
}

QJsonObject phoneButton(const QString& text, const QString& number)
{
    return { { QStringLiteral("type"), QStringLiteral("phone_number") }, { QStringLiteral("text"), text },
        { QStringLiteral("phone_number"), number } };
}

QJsonObject copyCodeButton(const QString& text)
{
    // Authentication templates list their button as otp with otp_type copy_code.
    return { { QStringLiteral("type"), QStringLiteral("otp") },
        { QStringLiteral("otp_type"), QStringLiteral("copy_code") }, { QStringLiteral("text"), text } };
}

QJsonObject templ(const char* id, const char* name, const char* language, const char* category, const char* status,
    const QJsonArray& components)
{
    return { { QStringLiteral("id"), QLatin1String(id) }, { QStringLiteral("name"), QLatin1String(name) },
        { QStringLiteral("language"), QLatin1String(language) },
        { QStringLiteral("category"), QLatin1String(category) }, { QStringLiteral("status"), QLatin1String(status) },
        { QStringLiteral("components"), components } };
}

/// Cursors are opaque to clients. These are base64 with padding, so '+', '/' and '=' test clients' encoding.
QString cursorFor(const QJsonObject& tpl)
{
    const QByteArray position
        = QByteArrayLiteral("sandbox-template:") + tpl.value(QStringLiteral("id")).toString().toLatin1();
    return QString::fromLatin1(position.toBase64());
}

/// The index in @p list of the template @p cursor points at, or -1.
qsizetype indexOf(const QList<QJsonObject>& list, const QString& cursor)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (cursorFor(list.at(i)) == cursor)
            return i;
    }
    return -1;
}

bool matches(const QJsonObject& tpl, const QUrlQuery& query)
{
    const auto value = [&](const char* key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    const auto field = [&](const char* key) {
        return tpl.value(QLatin1String(key)).toString();
    };
    if (!value("category").isEmpty() && value("category") != field("category"))
        return false;
    if (!value("status").isEmpty() && value("status") != field("status"))
        return false;
    if (!value("language").isEmpty() && value("language") != field("language"))
        return false;
    if (!value("name").isEmpty() && !field("name").contains(value("name"), Qt::CaseInsensitive))
        return false;
    if (!value("content").isEmpty()) {
        bool found = false;
        for (const QJsonValue& component : tpl.value(QStringLiteral("components")).toArray())
            found = found
                || component.toObject()
                       .value(QStringLiteral("text"))
                       .toString()
                       .contains(value("content"), Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

/// @p pageUrl with its cursors replaced by @p key = @p cursor.
QString pageLink(const QUrl& pageUrl, const QUrlQuery& query, const QString& key, const QString& cursor)
{
    QUrlQuery next = query;
    next.removeAllQueryItems(QStringLiteral("after"));
    next.removeAllQueryItems(QStringLiteral("before"));
    next.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    QUrl url = pageUrl;
    url.setQuery(next.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

QList<QJsonObject> sandboxTemplates()
{
    return {
        templ("594425479261596", "order_update", "en", "utility", "approved",
            { imageHeader(QStringLiteral("4::aW1hZ2UvanBlZw==:ARb_order_update_sample")),
                body(QStringLiteral("Hi {{1}}, your order {{2}} is on its way and should arrive on {{3}}."),
                    { QStringLiteral("Mari"), QStringLiteral("#10234"), QStringLiteral("12 May") }),
                footer(QStringLiteral("Reply STOP to stop order updates")),
                buttons(
                    { urlButton(QStringLiteral("Track order"), QStringLiteral("https://shop.example.com/track/{{1}}"),
                          QStringLiteral("https://shop.example.com/track/10234")),
                        quickReply(QStringLiteral("Talk to us")) }) }),
        templ("1083917452311880", "appointment_reminder", "et", "utility", "approved",
            { body(QStringLiteral("Tere {{1}}! Teie aeg on {{2}} kell {{3}}."),
                  { QStringLiteral("Mari"), QStringLiteral("12.05"), QStringLiteral("14:00") }),
                buttons({ quickReply(QStringLiteral("Kinnitan")), quickReply(QStringLiteral("Soovin muuta")) }) }),
        templ("1083917452311881", "appointment_reminder", "en", "utility", "approved",
            { body(QStringLiteral("Hello {{1}}, this is a reminder of your appointment on {{2}} at {{3}}."),
                  { QStringLiteral("Mari"), QStringLiteral("12 May"), QStringLiteral("14:00") }),
                buttons({ quickReply(QStringLiteral("Confirm")), quickReply(QStringLiteral("Reschedule")) }) }),
        templ("772045118830412", "login_code", "en", "authentication", "approved",
            { body(QStringLiteral("*{{1}}* is your verification code. For your security, do not share this code."),
                  { QStringLiteral("483920") }),
                footer(QStringLiteral("This code expires in 10 minutes.")),
                buttons({ copyCodeButton(QStringLiteral("Copy code")) }) }),
        templ("845512093376541", "payment_received", "en", "utility", "approved",
            { textHeader(QStringLiteral("Payment received")),
                body(QStringLiteral("Thank you {{1}}, we received your payment of {{2}}."),
                    { QStringLiteral("Mari"), QStringLiteral("€42.00") }),
                footer(QStringLiteral("Herald Shop, Tallinn")),
                buttons({ phoneButton(QStringLiteral("Call us"), QStringLiteral("+3725551234")) }) }),
        templ("913377820144502", "winter_sale", "en", "marketing", "pending",
            { textHeader(QStringLiteral("Winter sale")),
                body(QStringLiteral("Hi {{1}}, everything in store is {{2}} off until Sunday."),
                    { QStringLiteral("Mari"), QStringLiteral("20%") }),
                footer(QStringLiteral("Reply STOP to opt out")),
                buttons({ quickReply(QStringLiteral("Stop promotions")) }) }),
        templ("630198827145590", "delivery_delayed", "en", "utility", "rejected",
            { body(QStringLiteral("Sorry {{1}}, your delivery is delayed. The new date is {{2}}."),
                { QStringLiteral("Mari"), QStringLiteral("14 May") }) }),
        templ("508812334970016", "spring_promo", "de", "marketing", "paused",
            { body(QStringLiteral("Hallo {{1}}, im Frühling sparen Sie {{2}} auf alles."),
                  { QStringLiteral("Mari"), QStringLiteral("15 %") }),
                buttons(
                    { urlButton(QStringLiteral("Zum Shop"), QStringLiteral("https://shop.example.com/fruehling")) }) }),
    };
}

std::variant<QJsonObject, ApiError> listTemplates(
    const QList<QJsonObject>& templates, const QUrlQuery& query, const QUrl& pageUrl)
{
    int limit = 25; // the spec's default
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 500)
            return ApiError { 105, QStringLiteral("limit must be a whole number from 1 to 500"),
                QStringLiteral("limit") };
    }
    const QString after = query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
    const QString before = query.queryItemValue(QStringLiteral("before"), QUrl::FullyDecoded);
    if (!after.isEmpty() && !before.isEmpty())
        return ApiError { 105, QStringLiteral("Only one of before and after can be used"), QStringLiteral("after") };

    QList<QJsonObject> matching;
    std::copy_if(templates.begin(), templates.end(), std::back_inserter(matching),
        [&](const QJsonObject& tpl) { return matches(tpl, query); });

    // The page is matching[start, end): after the `after` template, or ending before the `before` one.
    qsizetype start = 0;
    qsizetype end = std::min<qsizetype>(matching.size(), limit);
    if (!after.isEmpty()) {
        const qsizetype at = indexOf(matching, after);
        if (at < 0)
            return ApiError { 105, QStringLiteral("Invalid pagination cursor"), QStringLiteral("after") };
        start = at + 1;
        end = std::min<qsizetype>(matching.size(), start + limit);
    } else if (!before.isEmpty()) {
        const qsizetype at = indexOf(matching, before);
        if (at < 0)
            return ApiError { 105, QStringLiteral("Invalid pagination cursor"), QStringLiteral("before") };
        end = at;
        start = std::max<qsizetype>(0, end - limit);
    }
    QJsonArray page;
    for (qsizetype i = start; i < end; ++i)
        page.append(matching.at(i));

    // Like Meta's Graph API, next and previous are left out where there is no such page.
    QJsonObject cursors;
    QJsonObject paging;
    if (!page.isEmpty()) {
        cursors.insert(QStringLiteral("before"), cursorFor(matching.at(start)));
        cursors.insert(QStringLiteral("after"), cursorFor(matching.at(end - 1)));
        if (end < matching.size())
            paging.insert(QStringLiteral("next"),
                pageLink(pageUrl, query, QStringLiteral("after"), cursors.value(QStringLiteral("after")).toString()));
        if (start > 0)
            paging.insert(QStringLiteral("previous"),
                pageLink(pageUrl, query, QStringLiteral("before"), cursors.value(QStringLiteral("before")).toString()));
    }
    paging.insert(QStringLiteral("cursors"), cursors);
    return QJsonObject { { QStringLiteral("templates"), page }, { QStringLiteral("paging"), paging } };
}

} // namespace herald::sandbox::messente
