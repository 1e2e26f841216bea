#include "providers/BirdProvider.h"
#include "providers/KaleyraProvider.h"
#include "providers/MessenteProvider.h"
#include "providers/NetworkPool.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

using namespace herald;

/// "Show request": what each provider would send, exactly, with its secret masked.
class TestRequestPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void messenteShowsJsonAndMasksBasicAuth();
    void birdMasksTheAccessKeyButKeepsTheScheme();
    void kaleyraShowsFormFieldsAndMasksTheApiKey();
    void networkPoolHandsOutItsManagersInTurn();
    void networkAccessIsOneManagerOrAPool();

private:
    static OutgoingMessage message();
    static QString header(const RequestPreview& preview, const char* name);

    QNetworkAccessManager m_nam; // never used: describing sends nothing
};

OutgoingMessage TestRequestPreview::message()
{
    OutgoingMessage m;
    m.to = QStringLiteral("+37251234567");
    m.tpl.name = QStringLiteral("order_update");
    m.tpl.language = QStringLiteral("en");
    m.tpl.body = QStringLiteral("Hello {{1}}");
    m.tpl.birdProjectId = QStringLiteral("project-1");
    m.values.body.insert(QStringLiteral("1"), QStringLiteral("Mari"));
    m.components = sendComponentsFor(m.tpl, m.values);
    return m;
}

QString TestRequestPreview::header(const RequestPreview& preview, const char* name)
{
    for (const auto& [key, value] : preview.headers) {
        if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void TestRequestPreview::messenteShowsJsonAndMasksBasicAuth()
{
    const QString secret = QStringLiteral("s3cret-pw");
    MessenteProvider provider(
        &m_nam, { QUrl(QStringLiteral("https://api.messente.com/v1")), QStringLiteral("user"), secret, {} });
    const RequestPreview p = provider.describeSend(message());
    QCOMPARE(p.method, QStringLiteral("POST"));
    QCOMPARE(p.url, QUrl(QStringLiteral("https://api.messente.com/v1/omnimessage")));
    QCOMPARE(header(p, "Authorization"), QStringLiteral("Basic ••••••••"));
    QCOMPARE(header(p, "Content-Type"), QStringLiteral("application/json"));
    QVERIFY(p.body.contains(QStringLiteral("\"to\": \"+37251234567\"")));
    QVERIFY(p.body.contains(QStringLiteral("\"text\": \"Mari\"")));
    const QByteArray basic = QByteArrayLiteral("user:s3cret-pw").toBase64();
    for (const auto& [name, value] : p.headers)
        QVERIFY(!value.contains(secret) && !value.contains(QString::fromLatin1(basic)));
    QVERIFY(!p.body.contains(secret));
}

void TestRequestPreview::birdMasksTheAccessKeyButKeepsTheScheme()
{
    BirdProvider provider(&m_nam,
        { QUrl(QStringLiteral("https://api.bird.com")), QStringLiteral("ws"), QStringLiteral("ch"),
            QStringLiteral("bird-key"), BirdAuthScheme::AccessKey });
    const RequestPreview p = provider.describeSend(message());
    QCOMPARE(p.url.path(), QStringLiteral("/workspaces/ws/channels/ch/messages"));
    QCOMPARE(header(p, "Authorization"), QStringLiteral("AccessKey ••••••••"));
    QVERIFY(p.body.contains(QStringLiteral("project-1")));
    QVERIFY(!p.body.contains(QStringLiteral("bird-key")));
}

void TestRequestPreview::kaleyraShowsFormFieldsAndMasksTheApiKey()
{
    KaleyraProvider provider(&m_nam,
        { QUrl(QStringLiteral("https://api.kaleyra.io")), QStringLiteral("HXSID"), QStringLiteral("kaleyra-key"),
            QStringLiteral("+15550100000"), {} });
    const RequestPreview p = provider.describeSend(message());
    QCOMPARE(p.url.path(), QStringLiteral("/v1/HXSID/messages"));
    QCOMPARE(header(p, "api-key"), QStringLiteral("••••••••"));
    const QStringList lines = p.body.split(QLatin1Char('\n'));
    QVERIFY2(lines.contains(QStringLiteral("to=+37251234567")), qPrintable(p.body)); // decoded for reading
    QVERIFY(lines.contains(QStringLiteral("template_name=order_update")));
    QVERIFY(lines.contains(QStringLiteral("params=Mari")));
    QVERIFY(!p.body.contains(QStringLiteral("kaleyra-key")));
}

void TestRequestPreview::networkPoolHandsOutItsManagersInTurn()
{
    NetworkPool pool(3);
    QCOMPARE(pool.size(), 3);
    QList<QNetworkAccessManager*> first;
    for (int i = 0; i < 3; ++i)
        first.append(pool.next());
    QCOMPARE(QSet<QNetworkAccessManager*>(first.cbegin(), first.cend()).size(), 3);
    for (QNetworkAccessManager* manager : first) {
        QVERIFY(manager);
        QCOMPARE(manager->parent(), &pool); // owned by the pool
    }
    // The same three again, in the same order.
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(pool.next(), first.at(i));
    }

    NetworkPool none(0); // a pool always has one manager to give
    QCOMPARE(none.size(), 1);
    QVERIFY(none.next());
    QCOMPARE(none.next(), none.next());
}

void TestRequestPreview::networkAccessIsOneManagerOrAPool()
{
    const NetworkAccess single = &m_nam;
    QCOMPARE(single.next(), &m_nam);
    QCOMPARE(single.next(), &m_nam);

    NetworkPool pool(2);
    const NetworkAccess pooled = &pool;
    QNetworkAccessManager* a = pooled.next();
    QNetworkAccessManager* b = pooled.next();
    QVERIFY(a != b);
    QCOMPARE(pooled.next(), a);
    const NetworkAccess copy = pooled; // copies share the pool's turn
    QCOMPARE(copy.next(), b);

    // Every provider takes either.
    MessenteProvider messente(&pool, { QUrl(QStringLiteral("https://api.messente.com/v1")), {}, {}, {} });
    BirdProvider bird(&pool, { QUrl(QStringLiteral("https://api.bird.com")), {}, {}, {}, BirdAuthScheme::AccessKey });
    KaleyraProvider kaleyra(&pool, { QUrl(QStringLiteral("https://api.kaleyra.io")), {}, {}, {}, {} });
    QCOMPARE(messente.describeSend(message()).url.path(), QStringLiteral("/v1/omnimessage"));
    QVERIFY(!bird.describeSend(message()).body.isEmpty());
    QVERIFY(!kaleyra.describeSend(message()).body.isEmpty());
}

QTEST_GUILESS_MAIN(TestRequestPreview)
#include "tst_requestpreview.moc"
