#include "core/WhatsAppFormat.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace herald {

namespace {

enum class LineKind
{
    Text,
    Quote,
    Bullet,
    Number
};

struct Line
{
    LineKind kind = LineKind::Text;
    QString content; // escaped, prefix removed, code spans replaced by placeholders
    QString raw; // the whole line, for when a numbered run turns out not to be a list
    int number = 0;
};

const QChar Backtick = QLatin1Char('`');

// WhatsApp only treats a marker as such at a word edge: anything but a letter or digit (or the text's
// edge) counts as whitespace or punctuation there.
bool isBoundary(const QString& s, qsizetype i)
{
    return i < 0 || i >= s.size() || !s.at(i).isLetterOrNumber();
}

bool opens(const QString& s, qsizetype i, QChar marker)
{
    return s.at(i) == marker && isBoundary(s, i - 1) && i + 1 < s.size() && !s.at(i + 1).isSpace()
        && s.at(i + 1) != marker;
}

bool closes(const QString& s, qsizetype i, QChar marker)
{
    return s.at(i) == marker && i > 0 && !s.at(i - 1).isSpace() && s.at(i - 1) != marker && isBoundary(s, i + 1);
}

// Qt's HTML parser collapses whitespace, so a space at the start of a line or after another space
// becomes &nbsp;. A lone space stays a plain one so long lines can still wrap there.
void appendChar(QString& out, const QString& s, qsizetype i)
{
    const QChar c = s.at(i);
    if (c == QLatin1Char(' ') && (i == 0 || s.at(i - 1) == QLatin1Char(' ') || s.at(i - 1) == QLatin1Char('\n')))
        out += QLatin1String("&nbsp;");
    else if (c == QLatin1Char('\n'))
        out += QLatin1String("<br>");
    else
        out += c;
}

QString verbatim(const QString& s)
{
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i)
        appendChar(out, s, i);
    return out;
}

// Code spans are cut out before anything else so nothing inside them is formatted. `<n>` can stand in
// for them because the escaped text has no '<' of its own.
QString stash(QStringList& parts, const QString& html)
{
    parts.append(html);
    return QLatin1Char('<') + QString::number(parts.size() - 1) + QLatin1Char('>');
}

QString cutMonospace(const QString& s, QStringList& parts)
{
    const QString fence = QStringLiteral("```");
    QString out;
    qsizetype from = 0;
    for (qsizetype open = s.indexOf(fence); open >= 0; open = s.indexOf(fence, open + 3)) {
        if (!isBoundary(s, open - 1) || (open > 0 && s.at(open - 1) == Backtick))
            continue;
        qsizetype close = s.indexOf(fence, open + 4);
        while (close >= 0 && !isBoundary(s, close + 3))
            close = s.indexOf(fence, close + 1);
        if (close < 0)
            break;
        const QString content = s.mid(open + 3, close - open - 3);
        if (content.trimmed().isEmpty())
            continue;
        out += QStringView(s).mid(from, open - from);
        out += stash(parts, QLatin1String("<tt>") + verbatim(content) + QLatin1String("</tt>"));
        from = close + 3;
        open = close; // the loop resumes the search after this closing fence
    }
    out += QStringView(s).mid(from);
    return out;
}

QString cutInlineCode(const QString& s, QStringList& parts)
{
    QString out;
    qsizetype hopelessUntil = 0; // a failed search proves there is no closer before that point
    for (qsizetype i = 0; i < s.size(); ++i) {
        // A lone backtick only: longer runs are fences that did not pair up and stay literal.
        if (i >= hopelessUntil && opens(s, i, Backtick) && (i == 0 || s.at(i - 1) != Backtick)) {
            // Nor across a monospace block cut out before (its placeholder's '<'): stashed inside a
            // stash, it would never be restored.
            qsizetype j = i + 2;
            while (j < s.size() && s.at(j) != QLatin1Char('\n') && s.at(j) != QLatin1Char('<')
                && !(closes(s, j, Backtick) && (j + 1 == s.size() || s.at(j + 1) != Backtick)))
                ++j;
            if (j < s.size() && s.at(j) == Backtick) {
                out += stash(
                    parts, QLatin1String("<code>") + verbatim(s.mid(i + 1, j - i - 1)) + QLatin1String("</code>"));
                i = j;
                continue;
            }
            hopelessUntil = j;
        }
        out += s.at(i);
    }
    return out;
}

// Formats s[from, to). Pairs are matched outside-in, so the tags always nest properly. Whether a marker
// closes does not depend on its opener, so once a search fails, later openers of that kind fail too.
void renderInline(QString& out, const QString& s, qsizetype from, qsizetype to)
{
    static const QString markers = QStringLiteral("*_~");
    static const QString tags[] = { QStringLiteral("b"), QStringLiteral("i"), QStringLiteral("s") };
    bool hopeless[3] = {};
    for (qsizetype i = from; i < to; ++i) {
        const qsizetype kind = markers.indexOf(s.at(i));
        if (kind >= 0 && !hopeless[kind] && opens(s, i, s.at(i))) {
            qsizetype j = i + 2;
            while (j < to && !closes(s, j, s.at(i)))
                ++j;
            if (j < to) {
                out += QLatin1Char('<') + tags[kind] + QLatin1Char('>');
                renderInline(out, s, i + 1, j);
                out += QLatin1String("</") + tags[kind] + QLatin1Char('>');
                i = j;
                continue;
            }
            hopeless[kind] = true;
        }
        appendChar(out, s, i);
    }
}

QString renderLine(const QString& content)
{
    QString out;
    renderInline(out, content, 0, content.size());
    return out;
}

Line classify(const QString& raw)
{
    static const QRegularExpression numbered(QStringLiteral(R"(^(\d{1,9})\. )"));
    if (raw.startsWith(QLatin1String("&gt; ")))
        return { LineKind::Quote, raw.mid(5), raw, 0 };
    if (raw.startsWith(QLatin1String("* ")) || raw.startsWith(QLatin1String("- ")))
        return { LineKind::Bullet, raw.mid(2), raw, 0 };
    if (const auto match = numbered.match(raw); match.hasMatch())
        return { LineKind::Number, raw.mid(match.capturedLength()), raw, match.captured(1).toInt() };
    return { LineKind::Text, raw, raw, 0 };
}

qsizetype runEnd(const QList<Line>& lines, qsizetype begin)
{
    qsizetype end = begin + 1;
    while (end < lines.size() && lines.at(end).kind == lines.at(begin).kind)
        ++end;
    return end;
}

// Qt 6.4 ignores <ol start>, so only a run numbered 1, 2, 3… becomes a list; any other numbering is
// shown as written rather than silently renumbered.
void demoteMisnumberedRuns(QList<Line>& lines)
{
    for (qsizetype begin = 0; begin < lines.size();) {
        const qsizetype end = runEnd(lines, begin);
        bool misnumbered = false;
        for (qsizetype i = begin; lines.at(begin).kind == LineKind::Number && i < end; ++i)
            misnumbered = misnumbered || lines.at(i).number != i - begin + 1;
        for (qsizetype i = begin; misnumbered && i < end; ++i)
            lines[i] = { LineKind::Text, lines.at(i).raw, lines.at(i).raw, 0 };
        begin = end;
    }
}

QString renderRun(const QList<Line>& lines, qsizetype begin, qsizetype end)
{
    static const QString tight = QStringLiteral("margin-top:0px;margin-bottom:0px;");
    QStringList rendered;
    for (qsizetype i = begin; i < end; ++i)
        rendered.append(renderLine(lines.at(i).content));
    switch (lines.at(begin).kind) {
    case LineKind::Quote:
        return QLatin1String("<blockquote style=\"") + tight + QLatin1String("margin-left:12px;margin-right:0px;\">")
            + rendered.join(QLatin1String("<br>")) + QLatin1String("</blockquote>");
    case LineKind::Bullet:
    case LineKind::Number: {
        const QLatin1String tag(lines.at(begin).kind == LineKind::Bullet ? "ul" : "ol");
        return QLatin1Char('<') + tag + QLatin1String(" style=\"") + tight + QLatin1String("\"><li>")
            + rendered.join(QLatin1String("</li><li>")) + QLatin1String("</li></") + tag + QLatin1Char('>');
    }
    case LineKind::Text:
        break;
    }
    // Qt drops empty text between two blocks, so blank lines next to a list or quote need a paragraph
    // of their own to keep their height.
    const bool blank = rendered.join(QString()).isEmpty();
    if (blank && (begin > 0 || end < lines.size()))
        return QStringLiteral("<p style=\"-qt-paragraph-type:empty;margin:0px;\"><br></p>").repeated(end - begin);
    return rendered.join(QLatin1String("<br>"));
}

QString restore(const QString& html, const QStringList& parts)
{
    static const QRegularExpression placeholder(QStringLiteral("<(\\d+)>"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        out += QStringView(html).mid(last, match.capturedStart() - last);
        out += parts.at(match.captured(1).toInt());
        last = match.capturedEnd();
    }
    out += QStringView(html).mid(last);
    return out;
}

} // namespace

QString whatsAppToHtml(const QString& text)
{
    // Escaping comes first, so everything after this works on text that holds no markup at all.
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    escaped.replace(QLatin1Char('\r'), QLatin1Char('\n'));

    QStringList parts;
    const QString cut = cutInlineCode(cutMonospace(escaped, parts), parts);

    QList<Line> lines;
    for (const QString& raw : cut.split(QLatin1Char('\n')))
        lines.append(classify(raw));
    demoteMisnumberedRuns(lines);

    QString html;
    for (qsizetype begin = 0; begin < lines.size();) {
        const qsizetype end = runEnd(lines, begin);
        html += renderRun(lines, begin, end);
        begin = end;
    }
    return restore(html, parts);
}

} // namespace herald
