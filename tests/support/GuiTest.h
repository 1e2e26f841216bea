#pragma once

// Small helpers shared by the GUI tests: finding named children, answering the next modal dialog,
// and saving what a window shows when scripts/screenshots asks for it.

#include <QApplication>
#include <QDialog>
#include <QPalette>
#include <QStyleFactory>
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
inline void onNextDialog(std::function<void(QDialog*)> act, const QDialog* notThis = nullptr)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, notThis] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget()); dialog && dialog != notThis) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

/// A dark palette as a desktop's dark theme gives the Fusion style (Breeze Dark's colours).
inline QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x32);
    const QColor text(0xfc, 0xfc, 0xfc);
    const QColor disabled(0x7f, 0x82, 0x86);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x40, 0x46, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x36, 0x3b, 0x40));
    p.setColor(QPalette::Mid, QColor(0x1f, 0x22, 0x25));
    p.setColor(QPalette::Dark, QColor(0x14, 0x16, 0x18));
    p.setColor(QPalette::Shadow, QColor(0x0e, 0x0f, 0x10));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

/// Whether scripts/screenshots asked for the dark pass (HERALD_SCREENSHOT_PALETTE=dark).
inline bool darkScreenshots()
{
    return qEnvironmentVariable("HERALD_SCREENSHOT_PALETTE") == QLatin1String("dark");
}

/// For the dark pass, the Fusion style in a dark palette, set as the QApplication is made: every
/// window of the test is built in it, as on a desktop with a dark theme.
inline void applyScreenshotPalette()
{
    if (!darkScreenshots() || !qobject_cast<QApplication*>(QCoreApplication::instance()))
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
}
Q_COREAPP_STARTUP_FUNCTION(applyScreenshotPalette)

/// With HERALD_SCREENSHOT_DIR set (scripts/screenshots), saves what @p widget shows as NAME.png
/// (NAME-dark.png in the dark pass).
inline void snapshot(QWidget* widget, const char* name)
{
    const QString dir = qEnvironmentVariable("HERALD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // let delayed layout work settle before the picture
    const QString suffix = darkScreenshots() ? QStringLiteral("-dark.png") : QStringLiteral(".png");
    widget->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name) + suffix);
}

} // namespace herald::test
