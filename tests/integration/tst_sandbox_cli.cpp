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

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
