#pragma once

// Small helpers shared by the GUI tests: finding named children, answering the next modal dialog,
// and saving what a window shows when scripts/screenshots asks for it.

#include <QApplication>
#include <QDialog>
#include <QTest>
#include <QTimer>
#include <functional>

namespace herald::test {

template<typename T> T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

/// Runs @p act on the next modal dialog once it is shown (the call that opens it blocks).
inline void onNextDialog(std::function<void(QDialog*)> act)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

/// With HERALD_SCREENSHOT_DIR set (scripts/screenshots), saves what @p widget shows as NAME.png.
inline void snapshot(QWidget* widget, const char* name)
{
    const QString dir = qEnvironmentVariable("HERALD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // let delayed layout work settle before the picture
    widget->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
}

} // namespace herald::test
