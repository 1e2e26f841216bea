#include "gui/LabelCopyCleaner.h"

#include "gui/PlainText.h"

#include <QApplication>
#include <QLabel>
#include <QMimeData>

namespace herald {

LabelCopyCleaner::LabelCopyCleaner(QClipboard* clipboard, QObject* parent)
    : QObject(parent)
    , m_clipboard(clipboard)
{
    connect(m_clipboard, &QClipboard::dataChanged, this, [this] { clean(QClipboard::Clipboard); });
    connect(m_clipboard, &QClipboard::selectionChanged, this, [this] { clean(QClipboard::Selection); });
}

void LabelCopyCleaner::clean(QClipboard::Mode mode)
{
    if (!qobject_cast<QLabel*>(QApplication::focusWidget()))
        return;
    const QMimeData* data = m_clipboard->mimeData(mode);
    const QString text = data && data->hasText() ? data->text() : QString();
    // Setting the text again changes the clipboard once more; that time there is nothing to take out.
    if (text.contains(kWrapPlace))
        m_clipboard->setText(withoutWrapPlaces(text), mode);
}

} // namespace herald
