#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>
#include <optional>

using namespace herald;

namespace {

const QString kService = QStringLiteral("io.github.heraldconsole.Herald.tests");
const QString kOtherService = QStringLiteral("io.github.heraldconsole.Herald.tests.other");
const QString kCanary = QStringLiteral("canary-4b1e9d07-Pässwört!");

// keychainUnreachableChild() runs in a child process of this binary when this variable names a file.
const char kChildResultVariable[] = "HERALD_KEYCHAIN_CHILD_RESULT";
const char kPrivateKeyringVariable[] = "HERALD_PRIVATE_KEYRING"; // set by with-keyring.sh

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void collectLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

using Operation = std::function<void(QObject* context, SecretCallback done)>;

/** Runs one store operation and waits for its answer; the shared state outlives a timeout. */
SecretResult await(QObject* context, const Operation& operation, int timeoutMs = 20000)
{
    auto answer = std::make_shared<std::optional<SecretResult>>();
    operation(context, [answer](const SecretResult& result) { *answer = result; });
    if (!QTest::qWaitFor([&answer]() { return answer->has_value(); }, timeoutMs))
        return SecretResult::failure(SecretResult::Status::Failed, QStringLiteral("test: no answer in time"));
    return **answer;
}

SecretResult writeSecret(SecretStore& store, QObject* context, const QString& key, const QString& secret)
{
    return await(context, [&](QObject* c, SecretCallback done) { store.write(key, secret, c, std::move(done)); });
}

SecretResult readSecret(SecretStore& store, QObject* context, const QString& key)
{
    return await(context, [&](QObject* c, SecretCallback done) { store.read(key, c, std::move(done)); });
}

SecretResult removeSecret(SecretStore& store, QObject* context, const QString& key)
{
    return await(context, [&](QObject* c, SecretCallback done) { store.remove(key, c, std::move(done)); });
}

QString uniqueKey(const QString& what)
{
    return QStringLiteral("profile/") + what + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/** Files under `root` holding `secret` as UTF-8, UTF-16 or base64 (QSettings and friends). */
QStringList filesContaining(const QString& root, const QString& secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
    const QByteArray base64 = utf8.toBase64();
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets and the like
        const QByteArray content = file.readAll();
        if (content.contains(utf8) || content.contains(utf16) || content.contains(base64))
            found.append(file.fileName());
    }
    return found;
}

const char* statusName(SecretResult::Status status)
{
    switch (status) {
    case SecretResult::Status::Ok:
        return "Ok";
    case SecretResult::Status::NotFound:
        return "NotFound";
    case SecretResult::Status::Unavailable:
        return "Unavailable";
    case SecretResult::Status::Denied:
        return "Denied";
    case SecretResult::Status::Failed:
        return "Failed";
    }
    return "?";
}

QByteArray describe(const SecretResult& result)
{
    return QByteArray(statusName(result.status)) + ": " + result.message.toUtf8();
}

} // namespace

// Keychain tests must run through with-keyring.sh: never against the user's own keyring.
#define REQUIRE_PRIVATE_KEYRING()                                                                                      \
    do {                                                                                                               \
        if (!qEnvironmentVariableIsSet(kPrivateKeyringVariable))                                                       \
            QFAIL("run this test through tests/keychain/with-keyring.sh, never against your own keyring");             \
    } while (false)

#define VERIFY_OK(result)                                                                                              \
    do {                                                                                                               \
        const SecretResult r_ = (result);                                                                              \
        QVERIFY2(r_.ok(), describe(r_).constData());                                                                   \
    } while (false)

/**
 * The secrets layer: MemorySecretStore on its own, and KeychainSecretStore against a real
 * Secret Service (gnome-keyring in a private D-Bus session, see with-keyring.sh), including what
 * happens when no keychain can be reached.
 */
class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void memoryRoundTrip();
    void memoryCallbackIsNeverSynchronous();
    void memoryCallbackDroppedWithContext();
    void memorySetFailure();

    void keychainWriteReadOverwriteRemove();
    void keychainRoundTripsUnusualSecrets_data();
    void keychainRoundTripsUnusualSecrets();
    void keychainSecondInstanceReadsWhatFirstWrote();
    void keychainKeysAreIsolatedByService();
    void keychainCallbackIsAsyncAndDroppedWithContext();
    void keychainUnreachableIsReportedAndNothingIsWritten_data();
    void keychainUnreachableIsReportedAndNothingIsWritten();
    void keychainUnreachableChild();

private:
    bool isChild() const { return qEnvironmentVariableIsSet(kChildResultVariable); }

    QStringList m_secretsUsed; // none of them may ever be logged
};

void TestKeychain::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(collectLog);
    // Everything on, debug included, so a secret in any log line would be caught.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    m_secretsUsed.append(kCanary);
}

void TestKeychain::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    const QMutexLocker lock(&g_logMutex);
    for (const QString& line : std::as_const(g_log)) {
        for (const QString& secret : std::as_const(m_secretsUsed))
            QVERIFY2(!line.contains(secret), qPrintable(line));
    }
}

// --- MemorySecretStore ------------------------------------------------------------------------

void TestKeychain::memoryRoundTrip()
{
    MemorySecretStore store;
    QVERIFY(!store.backendName().isEmpty());
    VERIFY_OK(writeSecret(store, this, QStringLiteral("a"), QStringLiteral("one")));
    SecretResult read = readSecret(store, this, QStringLiteral("a"));
    VERIFY_OK(read);
    QCOMPARE(read.secret, QStringLiteral("one"));

    VERIFY_OK(writeSecret(store, this, QStringLiteral("a"), QStringLiteral("two")));
    QCOMPARE(readSecret(store, this, QStringLiteral("a")).secret, QStringLiteral("two"));
    QCOMPARE(store.count(), 1);

    VERIFY_OK(removeSecret(store, this, QStringLiteral("a")));
    read = readSecret(store, this, QStringLiteral("a"));
    QCOMPARE(read.status, SecretResult::Status::NotFound);
    QVERIFY(!read.message.isEmpty());
    QVERIFY(read.secret.isEmpty());
    VERIFY_OK(removeSecret(store, this, QStringLiteral("a"))); // removing a missing key is Ok
}

void TestKeychain::memoryCallbackIsNeverSynchronous()
{
    MemorySecretStore store;
    bool returned = false;
    std::optional<bool> calledAfterReturn;
    store.write(
        QStringLiteral("k"), QStringLiteral("v"), this, [&](const SecretResult&) { calledAfterReturn = returned; });
    returned = true;
    QVERIFY(!calledAfterReturn.has_value());
    QTRY_VERIFY(calledAfterReturn.has_value());
    QVERIFY(*calledAfterReturn);

    // The same for a failure, which must not take a shortcut either.
    store.setFailure(SecretResult::Status::Unavailable, QStringLiteral("simulated"));
    returned = false;
    calledAfterReturn.reset();
    store.read(QStringLiteral("k"), this, [&](const SecretResult&) { calledAfterReturn = returned; });
    returned = true;
    QTRY_VERIFY(calledAfterReturn.has_value());
    QVERIFY(*calledAfterReturn);
}

void TestKeychain::memoryCallbackDroppedWithContext()
{
    MemorySecretStore store;
    bool dropped = false;
    auto* context = new QObject;
    store.write(QStringLiteral("k"), QStringLiteral("v"), context, [&dropped](const SecretResult&) { dropped = true; });
    delete context;
    // A later operation's answer comes after the dropped one would have.
    VERIFY_OK(readSecret(store, this, QStringLiteral("k")));
    QCoreApplication::processEvents();
    QVERIFY(!dropped);
    QVERIFY(store.contains(QStringLiteral("k"))); // the write itself still happened
}

void TestKeychain::memorySetFailure()
{
    MemorySecretStore store;
    VERIFY_OK(writeSecret(store, this, QStringLiteral("kept"), QStringLiteral("old")));
    const QString message = QStringLiteral("The system keychain could not be reached. The password was not saved.");
    store.setFailure(SecretResult::Status::Unavailable, message);

    SecretResult result = writeSecret(store, this, QStringLiteral("new"), QStringLiteral("never-stored"));
    QCOMPARE(result.status, SecretResult::Status::Unavailable);
    QCOMPARE(result.message, message);
    QVERIFY(!store.contains(QStringLiteral("new")));
    result = readSecret(store, this, QStringLiteral("kept"));
    QCOMPARE(result.status, SecretResult::Status::Unavailable);
    QVERIFY(result.secret.isEmpty());
    QCOMPARE(removeSecret(store, this, QStringLiteral("kept")).status, SecretResult::Status::Unavailable);

    store.setFailure(SecretResult::Status::Denied, QStringLiteral("denied"));
    QCOMPARE(readSecret(store, this, QStringLiteral("kept")).status, SecretResult::Status::Denied);

    store.clearFailure();
    result = readSecret(store, this, QStringLiteral("kept"));
    VERIFY_OK(result);
    QCOMPARE(result.secret, QStringLiteral("old")); // failures changed nothing
}

// --- KeychainSecretStore against gnome-keyring -----------------------------------------------

void TestKeychain::keychainWriteReadOverwriteRemove()
{
    REQUIRE_PRIVATE_KEYRING();
    KeychainSecretStore store(kService);
    QCOMPARE(store.service(), kService);
    QVERIFY(!store.backendName().isEmpty());
    const QString key = uniqueKey(QStringLiteral("basic"));
    const QString first = QStringLiteral("first-7d2c81-secret");
    const QString second = QStringLiteral("second-0a9f44-secret");
    m_secretsUsed << first << second;

    SecretResult result = readSecret(store, this, key);
    QCOMPARE(result.status, SecretResult::Status::NotFound);

    VERIFY_OK(writeSecret(store, this, key, first));
    result = readSecret(store, this, key);
    VERIFY_OK(result);
    QCOMPARE(result.secret, first);

    // Another Secret Service client sees the entry: it is really in the keyring, under
    // QtKeychain's attributes (user = key, server = service).
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty()) {
        qWarning("secret-tool not found; skipping the check through another client");
    } else {
        QProcess lookup;
        lookup.start(
            secretTool, { QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"), kService });
        QVERIFY(lookup.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), first);
    }

    VERIFY_OK(writeSecret(store, this, key, second));
    result = readSecret(store, this, key);
    VERIFY_OK(result);
    QCOMPARE(result.secret, second);

    VERIFY_OK(removeSecret(store, this, key));
    result = readSecret(store, this, key);
    QCOMPARE(result.status, SecretResult::Status::NotFound);
    QVERIFY(result.secret.isEmpty());
    QVERIFY(result.message.contains(QStringLiteral("keychain")));
    VERIFY_OK(removeSecret(store, this, key)); // removing a missing key is Ok

    // The keyring keeps its entries encrypted: no plain copy anywhere under this (private) HOME.
    const QStringList files = filesContaining(QDir::homePath(), second);
    QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
}

void TestKeychain::keychainRoundTripsUnusualSecrets_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("unicode") << QStringLiteral("pä$$wörd 🔑 ключ 密码 \"quoted\" 'single' \\back\\slash\ttab");
    QString long1k;
    const QString chunk = QStringLiteral("Ünïcødé-🔐-密-");
    while (long1k.size() < 1024)
        long1k += chunk;
    long1k.truncate(1024);
    if (long1k.back().isHighSurrogate()) // do not cut an emoji in half
        long1k.back() = QLatin1Char('x');
    QTest::newRow("1 KB") << long1k;
    QTest::newRow("spaces and newline") << QStringLiteral("  leading and trailing  \nsecond line ");
}

void TestKeychain::keychainRoundTripsUnusualSecrets()
{
    REQUIRE_PRIVATE_KEYRING();
    QFETCH(QString, secret);
    m_secretsUsed << secret;
    KeychainSecretStore store(kService);
    const QString key = uniqueKey(QStringLiteral("unusual"));
    VERIFY_OK(writeSecret(store, this, key, secret));
    const SecretResult result = readSecret(store, this, key);
    VERIFY_OK(result);
    QCOMPARE(result.secret.size(), secret.size());
    QCOMPARE(result.secret, secret);
    VERIFY_OK(removeSecret(store, this, key));
}

void TestKeychain::keychainSecondInstanceReadsWhatFirstWrote()
{
    REQUIRE_PRIVATE_KEYRING();
    const QString key = uniqueKey(QStringLiteral("restart"));
    const QString secret = QStringLiteral("survives-restart-55e1");
    m_secretsUsed << secret;
    {
        auto before = std::make_unique<KeychainSecretStore>(kService);
        VERIFY_OK(writeSecret(*before, this, key, secret));
    }
    KeychainSecretStore after(kService); // as after Herald restarts
    const SecretResult result = readSecret(after, this, key);
    VERIFY_OK(result);
    QCOMPARE(result.secret, secret);
    VERIFY_OK(removeSecret(after, this, key));
}

void TestKeychain::keychainKeysAreIsolatedByService()
{
    REQUIRE_PRIVATE_KEYRING();
    KeychainSecretStore mine(kService);
    KeychainSecretStore other(kOtherService);
    KeychainSecretStore third(kService + QStringLiteral(".third"));
    const QString key = uniqueKey(QStringLiteral("shared-name"));
    const QString mineSecret = QStringLiteral("mine-3c9e");
    const QString otherSecret = QStringLiteral("other-8b12");
    m_secretsUsed << mineSecret << otherSecret;

    VERIFY_OK(writeSecret(mine, this, key, mineSecret));
    VERIFY_OK(writeSecret(other, this, key, otherSecret));
    QCOMPARE(readSecret(mine, this, key).secret, mineSecret);
    QCOMPARE(readSecret(other, this, key).secret, otherSecret);
    QCOMPARE(readSecret(third, this, key).status, SecretResult::Status::NotFound);

    VERIFY_OK(removeSecret(other, this, key));
    QCOMPARE(readSecret(other, this, key).status, SecretResult::Status::NotFound);
    const SecretResult stillMine = readSecret(mine, this, key);
    VERIFY_OK(stillMine);
    QCOMPARE(stillMine.secret, mineSecret);
    VERIFY_OK(removeSecret(mine, this, key));
}

void TestKeychain::keychainCallbackIsAsyncAndDroppedWithContext()
{
    REQUIRE_PRIVATE_KEYRING();
    KeychainSecretStore store(kService);
    const QString key = uniqueKey(QStringLiteral("async"));
    const QString secret = QStringLiteral("async-91f0");
    m_secretsUsed << secret;

    bool returned = false;
    std::optional<bool> calledAfterReturn;
    store.write(key, secret, this, [&](const SecretResult& r) {
        QVERIFY2(r.ok(), describe(r).constData());
        calledAfterReturn = returned;
    });
    returned = true;
    QVERIFY(!calledAfterReturn.has_value());
    QTRY_VERIFY_WITH_TIMEOUT(calledAfterReturn.has_value(), 20000);
    QVERIFY(*calledAfterReturn);

    // The context goes away while the job runs: the callback is dropped, and the job (not
    // owned by the context) finishes without harm. QtKeychain runs jobs one at a time, so the
    // next read answers only after the dropped one finished.
    bool dropped = false;
    auto* context = new QObject;
    store.read(key, context, [&dropped](const SecretResult&) { dropped = true; });
    delete context;
    const SecretResult after = readSecret(store, this, key);
    VERIFY_OK(after);
    QCOMPARE(after.secret, secret);
    QCoreApplication::processEvents();
    QVERIFY(!dropped);
    VERIFY_OK(removeSecret(store, this, key));
}

void TestKeychain::keychainUnreachableIsReportedAndNothingIsWritten_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("expectedStart");
    QTest::addColumn<QString>("expectedRead");
    const QString unreachable = QStringLiteral("The system keychain (Secret Service) could not be reached: ");
    QTest::newRow("bus address points to a missing socket")
        << QStringLiteral("missing-socket") << unreachable << QStringLiteral("Unavailable");
    QTest::newRow("no session bus at all") << QStringLiteral("no-bus") << unreachable << QStringLiteral("Unavailable");
    // A bus and a gnome-keyring, but no unlocked keyring and no display to prompt on: the trap
    // with-keyring.sh avoids by unlocking a fresh keyring. A lookup there finds no unlocked item
    // and libsecret answers "nothing found" without an error, so a read can only say NotFound.
    QTest::newRow("keyring locked, cannot prompt")
        << QStringLiteral("locked") << QStringLiteral("The system keychain (Secret Service) is locked")
        << QStringLiteral("NotFound");
}

void TestKeychain::keychainUnreachableIsReportedAndNothingIsWritten()
{
    if (isChild())
        QSKIP("this is the child process");
    QFETCH(QString, mode);
    QFETCH(QString, expectedStart);
    QFETCH(QString, expectedRead);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString home = work.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/runtime")));
    QFile::setPermissions(home + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString resultPath = work.filePath(QStringLiteral("result.json"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime")); // no 'bus' socket in it
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QString::fromLatin1(kPrivateKeyringVariable));
    env.insert(QString::fromLatin1(kChildResultVariable), resultPath);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    QString program = QCoreApplication::applicationFilePath();
    QStringList arguments { QStringLiteral("keychainUnreachableChild") };
    if (mode == QLatin1String("missing-socket")) {
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=") + work.filePath(QStringLiteral("no-such-bus")));
    } else if (mode == QLatin1String("no-bus")) {
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    } else {
        const QString runSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        if (runSession.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty())
            QSKIP("needs dbus-run-session and gnome-keyring-daemon");
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        arguments = QStringList { QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("gnome-keyring-daemon --start --components=secrets >/dev/null && "
                           "exec \"$0\" keychainUnreachableChild"),
            program };
        program = runSession;
    }

    QProcess child;
    child.setProcessEnvironment(env);
    child.setWorkingDirectory(home);
    child.start(program, arguments);
    QVERIFY(child.waitForFinished(60000));
    const QString output = QString::fromUtf8(child.readAllStandardOutput() + child.readAllStandardError());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));

    QFile resultFile(resultPath);
    QVERIFY2(resultFile.open(QIODevice::ReadOnly), qPrintable(output));
    const QJsonObject result = QJsonDocument::fromJson(resultFile.readAll()).object();
    const QJsonObject write = result.value(QStringLiteral("write")).toObject();
    const QJsonObject read = result.value(QStringLiteral("read")).toObject();
    const QString writeMessage = write.value(QStringLiteral("message")).toString();
    const QString readMessage = read.value(QStringLiteral("message")).toString();
    qDebug().noquote() << "write ->" << write.value(QStringLiteral("status")).toString() << writeMessage;
    qDebug().noquote() << "read ->" << read.value(QStringLiteral("status")).toString() << readMessage;
    QCOMPARE(write.value(QStringLiteral("status")).toString(), QStringLiteral("Unavailable"));
    QVERIFY2(writeMessage.startsWith(expectedStart), qPrintable(writeMessage));
    QCOMPARE(read.value(QStringLiteral("status")).toString(), expectedRead);
    if (expectedRead == QLatin1String("Unavailable"))
        QVERIFY2(readMessage.startsWith(expectedStart), qPrintable(readMessage));
    QVERIFY(!writeMessage.contains(kCanary) && !readMessage.contains(kCanary));
    QVERIFY2(writeMessage.endsWith(QStringLiteral("The password was not saved anywhere.")), qPrintable(writeMessage));

    // The child logged (debug on), and not the password.
    QVERIFY2(output.contains(QStringLiteral("keychain write of")), qPrintable(output));
    QVERIFY2(!output.contains(kCanary), qPrintable(output));

    // No fallback copy anywhere the child could write: its HOME holds all its XDG folders.
    const QStringList files = filesContaining(home, kCanary);
    QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
    // The positive control: the scan does find the canary where it is.
    QFile control(home + QStringLiteral("/.config/control.conf"));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/.config")));
    QVERIFY(control.open(QIODevice::WriteOnly));
    control.write("password=" + kCanary.toUtf8().toBase64());
    control.close();
    QCOMPARE(filesContaining(home, kCanary).size(), 1);
}

/** The child process of keychainUnreachableIsReportedAndNothingIsWritten(). */
void TestKeychain::keychainUnreachableChild()
{
    if (!isChild())
        QSKIP("runs only as the child process of keychainUnreachableIsReportedAndNothingIsWritten");
    KeychainSecretStore store(kService);
    const QString key = uniqueKey(QStringLiteral("unreachable"));
    const SecretResult written = writeSecret(store, this, key, kCanary);
    const SecretResult read = readSecret(store, this, key);
    QJsonObject result;
    result.insert(QStringLiteral("write"),
        QJsonObject { { QStringLiteral("status"), QString::fromLatin1(statusName(written.status)) },
            { QStringLiteral("message"), written.message } });
    result.insert(QStringLiteral("read"),
        QJsonObject { { QStringLiteral("status"), QString::fromLatin1(statusName(read.status)) },
            { QStringLiteral("message"), read.message } });
    QFile out(qEnvironmentVariable(kChildResultVariable));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(result).toJson());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
