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

/// What breakableText() puts where a line may wrap: a zero-width space, invisible on screen.
inline constexpr QChar kWrapPlace = QChar(0x200B);

/**
 * @p text with places to wrap inside every run of more than 24 characters without a space: after
 * each underscore, slash, dot or hyphen in it, and every 24 characters where it has none. A
 * word-wrapped label is never narrower than its longest word, so a long name, path or a provider's
 * unbroken text would otherwise widen the whole window. Nothing shows unless the line has to wrap
 * at a place, and shorter words are left exactly as they are.
 */
QString breakableText(const QString& text);

/// @p text as the operator reads it: without the places breakableText() added.
inline QString withoutWrapPlaces(QString text)
{
    return text.remove(kWrapPlace);
}

} // namespace herald
