// whatsAppToHtml() on any text, and the guarantee the preview rests on: the only markup in its
// output is the renderer's own. After taking out the tags it emits, no '<' or '>' may remain, every
// '&' must start an entity it writes, and its tags must nest.
#include "FuzzInput.h"
#include "core/WhatsAppFormat.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace {

/// Every tag whatsAppToHtml() writes, opening ones with the attributes it gives them.
const QStringList& knownTags()
{
    static const QStringList tags {
        QStringLiteral("<b>"),
        QStringLiteral("</b>"),
        QStringLiteral("<i>"),
        QStringLiteral("</i>"),
        QStringLiteral("<s>"),
        QStringLiteral("</s>"),
        QStringLiteral("<tt>"),
        QStringLiteral("</tt>"),
        QStringLiteral("<code>"),
        QStringLiteral("</code>"),
        QStringLiteral("<br>"),
        QStringLiteral("<li>"),
        QStringLiteral("</li>"),
        QStringLiteral("<blockquote style=\"margin-top:0px;margin-bottom:0px;margin-left:12px;margin-right:0px;\">"),
        QStringLiteral("</blockquote>"),
        QStringLiteral("<ul style=\"margin-top:0px;margin-bottom:0px;\">"),
        QStringLiteral("</ul>"),
        QStringLiteral("<ol style=\"margin-top:0px;margin-bottom:0px;\">"),
        QStringLiteral("</ol>"),
        QStringLiteral("<p style=\"-qt-paragraph-type:empty;margin:0px;\">"),
        QStringLiteral("</p>"),
    };
    return tags;
}

const QStringList& knownEntities()
{
    static const QStringList entities { QStringLiteral("&lt;"), QStringLiteral("&gt;"), QStringLiteral("&amp;"),
        QStringLiteral("&quot;"), QStringLiteral("&nbsp;") };
    return entities;
}

/// The element name of a known tag: "b" for "<b>" and "</b>", "ul" for "<ul style=…>".
QStringView nameOf(QStringView tag)
{
    const qsizetype from = tag.startsWith(u"</") ? 2 : 1;
    qsizetype to = from;
    while (to < tag.size() && tag.at(to) != u'>' && tag.at(to) != u' ')
        ++to;
    return tag.sliced(from, to - from);
}

void check(const QString& html)
{
    QList<QStringView> open;
    for (qsizetype i = 0; i < html.size();) {
        const QChar c = html.at(i);
        if (c == u'<') {
            const QStringView rest = QStringView(html).sliced(i);
            qsizetype length = 0;
            for (const QString& tag : knownTags()) {
                if (rest.startsWith(tag)) {
                    length = tag.size();
                    break;
                }
            }
            if (length == 0)
                herald::fuzz::violated(); // a '<' the renderer did not write: text read as markup
            const QStringView tag = rest.first(length);
            const QStringView name = nameOf(tag);
            if (name == u"br") {
                // a line break, never closed
            } else if (tag.startsWith(u"</")) {
                if (open.isEmpty() || open.last() != name)
                    herald::fuzz::violated(); // tags that do not nest
                open.removeLast();
            } else {
                open.append(name);
            }
            i += length;
        } else if (c == u'>') {
            herald::fuzz::violated();
        } else if (c == u'&') {
            const QStringView rest = QStringView(html).sliced(i);
            qsizetype length = 0;
            for (const QString& entity : knownEntities()) {
                if (rest.startsWith(entity)) {
                    length = entity.size();
                    break;
                }
            }
            if (length == 0)
                herald::fuzz::violated(); // an '&' that is not an entity the renderer wrote
            i += length;
        } else {
            ++i;
        }
    }
    if (!open.isEmpty())
        herald::fuzz::violated();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    herald::fuzz::silenceQt();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    check(herald::whatsAppToHtml(text));
    return 0;
}
