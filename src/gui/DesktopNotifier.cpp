#include "gui/DesktopNotifier.h"

#include "gui/Logging.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVariantMap>

#ifdef HERALD_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace herald {

namespace {
constexpr int kShownMs = 10000;
}

DesktopNotifier::DesktopNotifier(QObject* parent)
    : QObject(parent)
{ }

DesktopNotifier::~DesktopNotifier()
{
    delete m_tray;
}

void DesktopNotifier::notify(const QString& title, const QString& text, Urgency urgency)
{
    if (!notifyByDBus(title, text, urgency))
        notifyByTray(title, text, urgency);
}

bool DesktopNotifier::notifyByDBus(const QString& title, const QString& text, Urgency urgency)
{
#ifdef HERALD_HAVE_DBUS
    const QString service = QStringLiteral("org.freedesktop.Notifications");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QStringList activatable = bus.interface()->activatableServiceNames();
    if (!bus.interface()->isServiceRegistered(service) && !activatable.contains(service))
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(
        service, QStringLiteral("/org/freedesktop/Notifications"), service, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(urgency == Urgency::Critical ? 2 : 1));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("herald"));
    call << QCoreApplication::applicationName() << 0U << QStringLiteral("dialog-information") << title << text
         << QStringList() << hints << kShownMs;
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, title, text, urgency] {
        watcher->deleteLater();
        if (watcher->isError()) {
            qCInfo(lcGui) << "desktop notification refused:" << watcher->error().message();
            notifyByTray(title, text, urgency);
        }
    });
    return true;
#else
    Q_UNUSED(title)
    Q_UNUSED(text)
    Q_UNUSED(urgency)
    return false;
#endif
}

void DesktopNotifier::notifyByTray(const QString& title, const QString& text, Urgency urgency)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return; // the status bar says it all the same
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon());
        m_tray->setToolTip(QCoreApplication::applicationName());
    }
    m_tray->show();
    m_tray->showMessage(
        title, text, urgency == Urgency::Critical ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, kShownMs);
    QPointer<QSystemTrayIcon> tray = m_tray;
    QTimer::singleShot(kShownMs, this, [tray] {
        if (tray)
            tray->hide();
    });
}

} // namespace herald
