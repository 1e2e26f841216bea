#pragma once

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace herald {

/// What one fetch of a media link gave: the file, or why there is none.
struct MediaResult
{
    QUrl url;
    QByteArray data; ///< the whole body, when ok()
    QString contentType; ///< as the server named it, e.g. "image/png"; may be empty
    QString error; ///< in words, lower case so it reads after a colon ("host not found")

    bool ok() const { return error.isEmpty(); }
};

struct MediaLimits
{
    std::chrono::milliseconds timeout { 10000 }; ///< for the whole transfer, redirects included
    qint64 maxBytes = 5 * 1024 * 1024;
};

/**
 * Fetches the media a template header links to, so the preview can show it. Asynchronous only:
 * nothing here waits. Only http and https links are fetched, each within a time limit and a size
 * cap; results are kept for the session, so going back to a link costs nothing. Several links can
 * be on their way at once; each answer names its link, and a caller that has moved on to another
 * link ignores it.
 */
class MediaFetcher : public QObject
{
    Q_OBJECT
public:
    explicit MediaFetcher(QNetworkAccessManager& network, MediaLimits limits = {}, QObject* parent = nullptr);
    ~MediaFetcher() override;

    const MediaLimits& limits() const { return m_limits; }

    /// Starts fetching @p url unless it is on its way already. fetched() follows, never from within this call.
    void fetch(const QUrl& url);
    /// The finished result for @p url from earlier in this session, if it was kept.
    std::optional<MediaResult> cached(const QUrl& url) const;
    /// How many fetches are on their way.
    int pendingCount() const { return static_cast<int>(m_pending.size()); }

Q_SIGNALS:
    void fetched(const herald::MediaResult& result);

private:
    struct Transfer
    {
        QUrl url;
        QByteArray body;
        QString failure; ///< set when Herald itself stopped the transfer, and why
    };
    void start(const QUrl& url);
    void receive(QNetworkReply* reply);
    void stop(QNetworkReply* reply, const QString& why);
    void finish(QNetworkReply* reply);
    void deliverLater(MediaResult result);

    QNetworkAccessManager& m_network;
    MediaLimits m_limits;
    QHash<QNetworkReply*, Transfer> m_pending;
    QCache<QUrl, MediaResult> m_cache;
};

} // namespace herald
