#include "LoopbackHttpServer.h"
#include "dispatch/MediaFetcher.h"

#include <QBuffer>
#include <QImage>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace herald;
using namespace std::chrono_literals;

namespace {

QByteArray png()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(QColor(200, 30, 30));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

/// MediaFetcher against a real HTTP server on the loopback interface.
class TestMediaFetcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fetchesAFile();
    void keepsTheFileForTheSession();
    void fetchesALinkOnlyOnceWhileItIsOnItsWay();
    void namesTheServersRefusal();
    void refusesAFileLargerThanTheCapUpFront();
    void cutsOffABodyThatGrowsPastTheCap();
    void givesUpOnAServerThatDoesNotAnswer();
    void fetchesOnlyWebLinks_data();
    void fetchesOnlyWebLinks();
    void followsRedirectsToWebLinksOnly();
    void namesARefusedConnection();
    void answersForEachLinkSeparately();

private:
    MediaResult fetchOne(const QUrl& url);

    std::unique_ptr<test::LoopbackHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MediaFetcher> m_fetcher;
    QByteArray m_png = png();
};

void TestMediaFetcher::init()
{
    m_server = std::make_unique<test::LoopbackHttpServer>();
    QVERIFY(m_server->isListening());
    m_server->route("/promo.png", { 200, "image/png", m_png });
    m_server->route("/big.png", { 200, "image/png", QByteArray(3000, 'x') });
    m_server->route("/growing.png", { 200, "image/png", QByteArray(3000, 'x'), false, true });
    m_server->route("/slow.png", { 200, "image/png", {}, true });
    m_server->route("/broken.png", { 500, "text/plain", "oops" });
    m_server->route("/moved", { 302, {}, {}, false, false, m_server->url(QStringLiteral("/promo.png")).toEncoded() });
    m_server->route("/to-file", { 302, {}, {}, false, false, "file:///etc/passwd" });
    m_network = std::make_unique<QNetworkAccessManager>();
    MediaLimits limits;
    limits.timeout = 500ms;
    limits.maxBytes = 2000;
    m_fetcher = std::make_unique<MediaFetcher>(*m_network, limits);
}

void TestMediaFetcher::cleanup()
{
    m_fetcher.reset();
    m_network.reset();
    m_server.reset();
}

MediaResult TestMediaFetcher::fetchOne(const QUrl& url)
{
    QSignalSpy spy(m_fetcher.get(), &MediaFetcher::fetched);
    m_fetcher->fetch(url);
    // Never within the call: callers can connect after asking.
    if (spy.size() != 0)
        return { url, {}, {}, QStringLiteral("answered synchronously") };
    if (!spy.wait(5000))
        return { url, {}, {}, QStringLiteral("no answer at all") };
    return spy.first().first().value<MediaResult>();
}

void TestMediaFetcher::fetchesAFile()
{
    const QUrl url = m_server->url(QStringLiteral("/promo.png"));
    const MediaResult result = fetchOne(url);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.url, url);
    QCOMPARE(result.data, m_png);
    QCOMPARE(result.contentType, QStringLiteral("image/png"));
    QVERIFY(m_png.size() < 2000); // the cap in these tests
}

void TestMediaFetcher::keepsTheFileForTheSession()
{
    const QUrl url = m_server->url(QStringLiteral("/promo.png"));
    QVERIFY(!m_fetcher->cached(url));
    QVERIFY(fetchOne(url).ok());
    QVERIFY(m_fetcher->cached(url));
    QCOMPARE(m_fetcher->cached(url)->data, m_png);
    const MediaResult again = fetchOne(url);
    QVERIFY(again.ok());
    QCOMPARE(again.data, m_png);
    QCOMPARE(m_server->requests("/promo.png"), 1);
}

void TestMediaFetcher::fetchesALinkOnlyOnceWhileItIsOnItsWay()
{
    const QUrl url = m_server->url(QStringLiteral("/promo.png"));
    QSignalSpy spy(m_fetcher.get(), &MediaFetcher::fetched);
    m_fetcher->fetch(url);
    m_fetcher->fetch(url);
    QCOMPARE(m_fetcher->pendingCount(), 1);
    QVERIFY(spy.wait(5000));
    QTest::qWait(100);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(m_server->requests("/promo.png"), 1);
}

void TestMediaFetcher::namesTheServersRefusal()
{
    MediaResult result = fetchOne(m_server->url(QStringLiteral("/missing.png")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error, QStringLiteral("the server answered 404 Not Found"));
    QVERIFY(result.data.isEmpty());
    // A refusal is final: it is kept like a file.
    QVERIFY(m_fetcher->cached(m_server->url(QStringLiteral("/missing.png"))));

    result = fetchOne(m_server->url(QStringLiteral("/broken.png")));
    QCOMPARE(result.error, QStringLiteral("the server answered 500 Internal Server Error"));
}

void TestMediaFetcher::refusesAFileLargerThanTheCapUpFront()
{
    const MediaResult result = fetchOne(m_server->url(QStringLiteral("/big.png")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("more than the 2 kB allowed")), qPrintable(result.error));
    QVERIFY(result.data.isEmpty());
}

void TestMediaFetcher::cutsOffABodyThatGrowsPastTheCap()
{
    const MediaResult result = fetchOne(m_server->url(QStringLiteral("/growing.png")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("larger than the 2 kB allowed")), qPrintable(result.error));
    QVERIFY(result.data.isEmpty());
}

void TestMediaFetcher::givesUpOnAServerThatDoesNotAnswer()
{
    QElapsedTimer clock;
    clock.start();
    const QUrl url = m_server->url(QStringLiteral("/slow.png"));
    const MediaResult result = fetchOne(url);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, QStringLiteral("no answer within 0.5 seconds"));
    QVERIFY(clock.elapsed() >= 450);
    QVERIFY(clock.elapsed() < 4000);
    QCOMPARE(m_fetcher->pendingCount(), 0);
    // A timeout may pass: it is not kept, so the operator can try again.
    QVERIFY(!m_fetcher->cached(url));
}

void TestMediaFetcher::fetchesOnlyWebLinks_data()
{
    QTest::addColumn<QString>("link");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
    QTest::newRow("ftp") << QStringLiteral("ftp://example.test/a.png");
    QTest::newRow("data") << QStringLiteral("data:image/png;base64,AAAA");
    QTest::newRow("no scheme") << QStringLiteral("example.test/a.png");
    QTest::newRow("no host") << QStringLiteral("https:///a.png");
}

void TestMediaFetcher::fetchesOnlyWebLinks()
{
    QFETCH(QString, link);
    const MediaResult result = fetchOne(QUrl(link));
    QCOMPARE(result.error, QStringLiteral("only http and https links can be fetched"));
    QCOMPARE(m_fetcher->pendingCount(), 0);
}

void TestMediaFetcher::followsRedirectsToWebLinksOnly()
{
    const MediaResult moved = fetchOne(m_server->url(QStringLiteral("/moved")));
    QVERIFY2(moved.ok(), qPrintable(moved.error));
    QCOMPARE(moved.data, m_png);

    const MediaResult toFile = fetchOne(m_server->url(QStringLiteral("/to-file")));
    QCOMPARE(toFile.error, QStringLiteral("the link redirects to something other than a web address"));
    QVERIFY(toFile.data.isEmpty());
}

void TestMediaFetcher::namesARefusedConnection()
{
    const quint16 port = m_server->serverPort();
    m_server.reset(); // nothing listens there any more
    const MediaResult result = fetchOne(QUrl(QStringLiteral("http://127.0.0.1:%1/promo.png").arg(port)));
    QCOMPARE(result.error, QStringLiteral("the server refused the connection"));
}

void TestMediaFetcher::answersForEachLinkSeparately()
{
    QSignalSpy spy(m_fetcher.get(), &MediaFetcher::fetched);
    const QUrl slow = m_server->url(QStringLiteral("/slow.png"));
    const QUrl fast = m_server->url(QStringLiteral("/promo.png"));
    m_fetcher->fetch(slow);
    m_fetcher->fetch(fast);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 5000);
    QCOMPARE(spy.at(0).first().value<MediaResult>().url, fast);
    QCOMPARE(spy.at(1).first().value<MediaResult>().url, slow);
}

QTEST_GUILESS_MAIN(TestMediaFetcher)
#include "tst_mediafetcher.moc"
