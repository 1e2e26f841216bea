#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;

namespace herald {

/**
 * Tells the operator something on the desktop while Herald may be in the background: a campaign
 * finished, or its failure rate jumped. Uses the freedesktop notification service over D-Bus where
 * Herald was built with Qt D-Bus and the session has one, otherwise a tray icon's message where the
 * desktop has a tray, otherwise nothing (the status bar still says it). Tests replace notify().
 */
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Urgency
    {
        Normal,
        Critical
    };

    explicit DesktopNotifier(QObject* parent = nullptr);
    ~DesktopNotifier() override;

    virtual void notify(const QString& title, const QString& text, Urgency urgency = Urgency::Normal);

private:
    bool notifyByDBus(const QString& title, const QString& text, Urgency urgency);
    void notifyByTray(const QString& title, const QString& text, Urgency urgency);

    QPointer<QSystemTrayIcon> m_tray;
};

} // namespace herald
