#pragma once

#include <QString>
#include <QTextDocument>

namespace herald {

/**
 * @p text as a tooltip that shows exactly these characters. Qt renders a tooltip that looks like
 * HTML as HTML, so text from a provider, a recipient list or an operator could otherwise bring its
 * own markup, links and images into the window.
 */
inline QString plainToolTip(const QString& text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace herald
