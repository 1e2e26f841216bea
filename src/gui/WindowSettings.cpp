#include "gui/WindowSettings.h"

#include "gui/CampaignsWidget.h"
#include "gui/ComposeWidget.h"
#include "gui/DeliveryWidget.h"
#include "gui/Logging.h"
#include "gui/MainWindow.h"

#include <QEvent>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <memory>

namespace herald {

namespace {

// Bumped when what is saved changes meaning, so an older file is ignored rather than misread.
constexpr int kVersion = 1;

QString& fileOverride()
{
    static QString fileName;
    return fileName;
}

QTabWidget* tabsOf(MainWindow& window)
{
    return window.findChild<QTabWidget*>(QStringLiteral("tabs"));
}

QSplitter* campaignsSplitter(MainWindow& window)
{
    return window.campaigns()->findChild<QSplitter*>(QStringLiteral("splitter"));
}

// A splitter never laid out (its pane never shown) has no sizes worth keeping.
bool hasBeenLaidOut(const QSplitter* splitter)
{
    int total = 0;
    for (const int size : splitter->sizes())
        total += size;
    return total > 0;
}

/// Restores a splitter's state when it is first shown, then goes away.
class SplitterRestorer : public QObject
{
public:
    SplitterRestorer(QSplitter* splitter, QByteArray state)
        : QObject(splitter)
        , m_splitter(splitter)
        , m_state(std::move(state))
    {
        splitter->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_splitter && event->type() == QEvent::Show) {
            m_splitter->removeEventFilter(this);
            // Queued: the layouts give the splitter its real size after it is shown. The sizes are
            // then kept in proportion if the room differs from when they were saved.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_splitter->restoreState(m_state);
                    deleteLater();
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QSplitter* m_splitter;
    QByteArray m_state;
};

} // namespace

void restoreSplitterWhenShown(QSplitter* splitter, const QByteArray& state)
{
    if (!splitter || state.isEmpty())
        return;
    if (splitter->isVisible())
        splitter->restoreState(state);
    else
        new SplitterRestorer(splitter, state);
}

WindowSettings::WindowSettings(MainWindow& window)
    : m_window(window)
{ }

std::unique_ptr<QSettings> WindowSettings::open()
{
    if (!fileOverride().isEmpty())
        return std::make_unique<QSettings>(fileOverride(), QSettings::IniFormat);
    return std::make_unique<QSettings>();
}

void WindowSettings::setFileName(const QString& fileName)
{
    fileOverride() = fileName;
}

void WindowSettings::restore()
{
    const auto settings = WindowSettings::open();
    if (settings->value(QStringLiteral("version")).toInt() != kVersion)
        return; // first run, or another version's: the window keeps its defaults

    settings->beginGroup(QStringLiteral("window"));
    m_window.restoreGeometry(settings->value(QStringLiteral("geometry")).toByteArray());
    m_window.restoreState(settings->value(QStringLiteral("state")).toByteArray(), kVersion);
    const QString pane = settings->value(QStringLiteral("tab")).toString();
    settings->endGroup();
    if (QTabWidget* tabs = tabsOf(m_window); tabs && !pane.isEmpty()) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->objectName() == pane)
                tabs->setCurrentIndex(i);
        }
    }

    settings->beginGroup(QStringLiteral("delivery"));
    QVariantMap delivery;
    for (const QString& key : settings->childKeys())
        delivery.insert(key, settings->value(key));
    settings->endGroup();
    m_window.delivery()->restoreState(delivery);

    restoreSplitterWhenShown(
        campaignsSplitter(m_window), settings->value(QStringLiteral("campaigns/splitter")).toByteArray());

    // A profile deleted (or not offered in this run, like the sandbox's) leaves Compose's own choice.
    const qint64 profile = settings->value(QStringLiteral("compose/profile")).toLongLong();
    if (profile != 0 && !m_window.compose()->selectProfile(profile))
        qCDebug(lcGui) << "the last used profile" << profile << "is not offered; Compose keeps its first";
}

void WindowSettings::save() const
{
    const auto settings = WindowSettings::open();
    settings->setValue(QStringLiteral("version"), kVersion);

    settings->beginGroup(QStringLiteral("window"));
    settings->setValue(QStringLiteral("geometry"), m_window.saveGeometry());
    settings->setValue(QStringLiteral("state"), m_window.saveState(kVersion));
    if (QTabWidget* tabs = tabsOf(m_window); tabs && tabs->currentWidget())
        settings->setValue(QStringLiteral("tab"), tabs->currentWidget()->objectName());
    settings->endGroup();

    settings->beginGroup(QStringLiteral("delivery"));
    const QVariantMap delivery = m_window.delivery()->saveState();
    for (auto it = delivery.constBegin(); it != delivery.constEnd(); ++it)
        settings->setValue(it.key(), it.value());
    settings->endGroup();

    if (const QSplitter* splitter = campaignsSplitter(m_window); splitter && hasBeenLaidOut(splitter))
        settings->setValue(QStringLiteral("campaigns/splitter"), splitter->saveState());

    if (const qint64 profile = m_window.compose()->profileId(); profile != 0)
        settings->setValue(QStringLiteral("compose/profile"), profile);

    settings->sync();
    if (settings->status() != QSettings::NoError)
        qCWarning(lcGui) << "the window's layout could not be saved in" << settings->fileName();
}

} // namespace herald
