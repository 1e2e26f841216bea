#pragma once

#include <QClipboard>
#include <QObject>

namespace herald {

/**
 * Takes the invisible places to wrap that breakableText() puts into long words back out of text
 * the operator copies from a label, so a copied message id, link or path pastes exactly as shown.
 * Only while a label has the focus: a zero-width space copied from an editor is the operator's own.
 */
class LabelCopyCleaner : public QObject
{
    Q_OBJECT
public:
    explicit LabelCopyCleaner(QClipboard* clipboard, QObject* parent = nullptr);

private:
    void clean(QClipboard::Mode mode);

    QClipboard* m_clipboard;
};

} // namespace herald
