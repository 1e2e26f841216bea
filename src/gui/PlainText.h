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

/**
 * @p text with places to wrap inside every run of more than 24 characters without a space: after
 * each underscore, slash, dot or hyphen in it, and every 24 characters where it has none. A
 * word-wrapped label is never narrower than its longest word, so a long name, path or a provider's
 * unbroken text would otherwise widen the whole window. The places are zero-width spaces: nothing
 * shows unless the line has to wrap there, and shorter words are left exactly as they are.
 */
inline QString breakableText(const QString& text)
{
    constexpr qsizetype kLongestRun = 24;
    const QChar place(0x200B);
    const auto isPunctuation = [](QChar c) {
        return c == QLatin1Char('_') || c == QLatin1Char('/') || c == QLatin1Char('.') || c == QLatin1Char('-');
    };
    QString out;
    out.reserve(text.size() + text.size() / 8);
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        if (end - i <= kLongestRun) {
            out.append(QStringView(text).mid(i, end - i));
        } else {
            qsizetype run = 0;
            for (qsizetype k = i; k < end; ++k) {
                const QChar c = text.at(k);
                // Never between the halves of a surrogate pair (an emoji) or before a combining mark.
                if (run >= kLongestRun && !c.isLowSurrogate() && !c.isMark()) {
                    out.append(place);
                    run = 0;
                }
                out.append(c);
                const bool breakAfter = isPunctuation(c) && k + 1 < end;
                if (breakAfter)
                    out.append(place);
                run = breakAfter ? 0 : run + 1;
            }
        }
        for (i = end; i < text.size() && text.at(i).isSpace(); ++i)
            out.append(text.at(i));
    }
    return out;
}

} // namespace herald
