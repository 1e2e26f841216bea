#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

/// herald-sandbox as other programs use it: read the URL and credentials it prints, then talk to it.
class TestSandboxCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsUrlAndCredentialsThenServes();
    void rateLimitFlagAnswers429WithRetryAfter();
};

void TestSandboxCli::printsUrlAndCredentialsThenServes()
{
    QProcess process;
    process.start(QStringLiteral(HERALD_SANDBOX_BIN),
        { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--messente-user"), QStringLiteral("cli-user"),
            QStringLiteral("--messente-password"), QStringLiteral("cli-pass") });
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString url = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(url));
    QTRY_VERIFY(process.canReadLine());
    const QString credentials = QString::fromUtf8(process.readLine()).trimmed();
    QCOMPARE(credentials, QStringLiteral("messente cli-user cli-pass"));

    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(url + QStringLiteral("/v1/omnimessage")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Basic " + QByteArrayLiteral("cli-user:cli-pass").toBase64());
    // Plain literals: moc in Qt 6.4 trips over raw string literals.
    const QByteArray body = "{\"to\":\"+37251234567\",\"messages\":[{\"channel\":\"whatsapp\",\"template\":"
                            "{\"name\":\"hello\",\"language\":{\"code\":\"en\"},\"components\":[]}}]}";
    QNetworkReply* reply = nam.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    QVERIFY(!answer.value(QStringLiteral("omnimessage_id")).toString().isEmpty());
    reply->deleteLater();

    process.kill();
    process.waitForFinished();
}

void TestSandboxCli::rateLimitFlagAnswers429WithRetryAfter()
{
    QProcess process;
    process.start(QStringLiteral(HERALD_SANDBOX_BIN),
        { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--messente-user"), QStringLiteral("u"),
            QStringLiteral("--messente-password"), QStringLiteral("p"), QStringLiteral("--rate-limit"),
            QStringLiteral("1"), QStringLiteral("--latency-ms"), QStringLiteral("20"), QStringLiteral("--seed"),
            QStringLiteral("7") });
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString url = QString::fromUtf8(process.readLine()).trimmed();
    QNetworkAccessManager nam;
    QList<int> statuses;
    QByteArray retryAfter;
    for (int i = 0; i < 3; ++i) {
        QNetworkRequest request(
            QUrl(url + QStringLiteral("/v1/omnimessage/00000000-0000-4000-8000-000000000000/status")));
        request.setRawHeader("Authorization", "Basic " + QByteArrayLiteral("u:p").toBase64());
        QNetworkReply* reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        if (statuses.last() == 429)
            retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
    }
    QCOMPARE(statuses.first(), 404); // unknown id, but served
    QVERIFY(statuses.contains(429)); // one per second: the next ones are refused
    QVERIFY(retryAfter.toInt() >= 1);
    process.kill();
    process.waitForFinished();
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
