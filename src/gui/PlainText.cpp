#include "gui/PlainText.h"

namespace herald {

namespace {

constexpr qsizetype kLongestRun = 24;

bool isSeparator(QChar c)
{
    return c == QLatin1Char('_') || c == QLatin1Char('/') || c == QLatin1Char('.') || c == QLatin1Char('-');
}

/// Appends the run of non-space characters @p word to @p out with places to wrap in it.
void appendBroken(QStringView word, QString& out)
{
    qsizetype run = 0;
    for (qsizetype k = 0; k < word.size(); ++k) {
        const QChar c = word.at(k);
        // Never between the halves of a surrogate pair (an emoji) or before a combining mark.
        if (run >= kLongestRun && !c.isLowSurrogate() && !c.isMark()) {
            out.append(kWrapPlace);
            run = 0;
        }
        out.append(c);
        const bool breakAfter = isSeparator(c) && k + 1 < word.size();
        if (breakAfter)
            out.append(kWrapPlace);
        run = breakAfter ? 0 : run + 1;
    }
}

} // namespace

QString breakableText(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        const QStringView word = QStringView(text).mid(i, end - i);
        if (word.size() <= kLongestRun)
            out.append(word);
        else
            appendBroken(word, out);
        for (i = end; i < text.size() && text.at(i).isSpace(); ++i)
            out.append(text.at(i));
    }
    return out;
}

} // namespace herald
