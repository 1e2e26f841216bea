#include "gui/LabelCopyCleaner.h"

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
    const QChar place(0x200B);
    if (!data || !data->hasText() || !data->text().contains(place))
        return;
    // Setting the text again changes the clipboard once more; that time there is nothing to take out.
    m_clipboard->setText(data->text().remove(place), mode);
}

} // namespace herald
