#pragma once

#include <QString>
#include <memory>

class QByteArray;
class QSettings;
class QSplitter;

namespace herald {

class MainWindow;

/**
 * What the operator arranged, kept between runs in the user's settings (QSettings with the
 * application's organisation and name): the main window's size, place and state, the tab shown,
 * the Delivery pane's splitter and columns, the Campaigns pane's splitter, and the profile
 * Compose was sending with. The main window restores it once built and saves it when closed.
 */
class WindowSettings
{
public:
    explicit WindowSettings(MainWindow& window);

    void restore();
    void save() const;

    /// Keeps the settings in @p fileName (an INI file) instead of the user's; empty: the user's
    /// again. For tests, which must never read or change the operator's own.
    static void setFileName(const QString& fileName);
    /// The operator's settings (the file of setFileName() in tests), for the preferences kept
    /// beside the layout, such as the language.
    static std::unique_ptr<QSettings> open();

private:
    MainWindow& m_window;
};

/// Restores @p splitter to @p state once it is first shown at its real size: restored earlier, in a
/// window not laid out yet, the sizes would be stretched out of proportion when it is.
void restoreSplitterWhenShown(QSplitter* splitter, const QByteArray& state);

} // namespace herald
