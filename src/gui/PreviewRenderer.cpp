#include "gui/PreviewRenderer.h"

#include "core/WhatsAppFormat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace herald {

namespace {

/// This file's words, in the translation context "Preview" (a name lupdate can see).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Preview)
};

QString css(const QColor& color)
{
    return color.name();
}

QString markMissing(const QString& html, const PreviewColors& c)
{
    static const QRegularExpression placeholder(QStringLiteral(R"((\{\{\s*[A-Za-z0-9_]+\s*\}\}))"));
    QString out = html;
    out.replace(placeholder,
        QStringLiteral("<span style=\"background-color:%1; color:%2\">\\1</span>").arg(css(c.missing), css(c.text)));
    return out;
}

// WhatsApp shows inline code on a tinted background. The formatter's own tags are the only '<'
// in its output, so this cannot touch text from the message.
QString tintCode(const QString& html, const PreviewColors& c)
{
    QString out = html;
    out.replace(QLatin1String("<code>"), QStringLiteral("<code style=\"background-color:%1\">").arg(css(c.inset)));
    return out;
}

// Links in the text are drawn in WhatsApp's link colour; they are not made clickable. The pattern
// stops at '<', so it only ever spans escaped text.
QString colourLinks(const QString& html, const PreviewColors& c)
{
    static const QRegularExpression link(
        QStringLiteral(R"((?<![\w/.])(?:https?://|www\.)[^\s<]+)"), QRegularExpression::CaseInsensitiveOption);
    static const QStringList trailing = { QStringLiteral("&quot;"), QStringLiteral("&#39;"), QStringLiteral("&gt;"),
        QStringLiteral("&nbsp;"), QStringLiteral("."), QStringLiteral(","), QStringLiteral(";"), QStringLiteral(":"),
        QStringLiteral("!"), QStringLiteral("?"), QStringLiteral(")") };
    QString out;
    qsizetype last = 0;
    for (auto it = link.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        QString url = match.captured(0);
        // Punctuation after a link ends the sentence rather than the link.
        for (bool trimmed = true; trimmed;) {
            trimmed = false;
            for (const QString& end : trailing) {
                if (url.size() > end.size() && url.endsWith(end)) {
                    url.chop(end.size());
                    trimmed = true;
                }
            }
        }
        out += QStringView(html).mid(last, match.capturedStart() - last);
        out += QStringLiteral("<span style=\"color:%1\">%2</span>").arg(css(c.link), url);
        last = match.capturedStart() + url.size();
    }
    out += QStringView(html).mid(last);
    return out;
}

struct Placeholder
{
    QString icon;
    QString title;
    QString detail;
    QString link;
};

Placeholder placeholderFor(const RenderedMessage& message, const PreviewMedia& media)
{
    const QString url = message.headerMediaUrl.trimmed();
    switch (message.headerFormat) {
    case HeaderFormat::Image: {
        Placeholder p { QStringLiteral("🖼️"), Words::tr("Image"), {}, url };
        if (url.isEmpty())
            p.detail = Words::tr("No link yet");
        else if (media.state == PreviewMedia::State::Loading)
            p.detail = Words::tr("Loading…");
        else if (media.state == PreviewMedia::State::Failed)
            p.title = Words::tr("Image could not be loaded: %1").arg(media.problem);
        else
            p.detail = Words::tr("Not loaded in this preview");
        return p;
    }
    case HeaderFormat::Video:
        return { QStringLiteral("🎬"), Words::tr("Video"),
            url.isEmpty() ? Words::tr("No link yet") : Words::tr("Videos are not played in the preview"), url };
    case HeaderFormat::Document: {
        const QString name = message.headerMediaFilename.trimmed();
        const QString suffix = QFileInfo(name.isEmpty() ? QUrl(url).path() : name).suffix().toUpper();
        QString detail = url.isEmpty() ? Words::tr("No link yet")
            : suffix.isEmpty()         ? Words::tr("Documents are not opened in the preview")
                                       : Words::tr("%1 document, not opened in the preview").arg(suffix);
        if (name.isEmpty() && !url.isEmpty())
            detail = Words::tr("No file name yet");
        return { QStringLiteral("📄"), name.isEmpty() ? Words::tr("Document") : name, detail, url };
    }
    case HeaderFormat::Location:
        return { QStringLiteral("📍"), Words::tr("Location"),
            Words::tr("The map, name and address are sent with each message"), {} };
    case HeaderFormat::None:
    case HeaderFormat::Text:
        break;
    }
    return {};
}

QString placeholderHtml(const Placeholder& p, const PreviewColors& c, bool compact)
{
    QString cell = QStringLiteral("<span style=\"font-size:x-large\">%1</span><br><span style=\"color:%2\">%3</span>")
                       .arg(p.icon, css(c.text), p.title.toHtmlEscaped());
    if (!p.detail.isEmpty())
        cell += QStringLiteral("<br><small>%1</small>").arg(p.detail.toHtmlEscaped());
    if (!p.link.isEmpty())
        cell += QStringLiteral("<br><small>%1</small>").arg(p.link.toHtmlEscaped());
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" bgcolor=\"%1\"><tr>"
                          "<td align=\"center\" style=\"padding:%2px 10px; color:%3\">%4</td></tr></table>")
        .arg(css(c.inset), compact ? QStringLiteral("12") : QStringLiteral("30"), css(c.muted), cell);
}

// The picture is only ever one of the document's own resources, never a link from the message.
bool isOwnResource(const QString& resource)
{
    static const QRegularExpression own(QStringLiteral("^herald-preview:[a-z0-9/-]+$"));
    return own.match(resource).hasMatch();
}

QString mediaHtml(const RenderedMessage& message, const PreviewOptions& options, const PreviewColors& c)
{
    const PreviewMedia& media = options.media;
    if (message.headerFormat == HeaderFormat::Image && media.state == PreviewMedia::State::Loaded
        && isOwnResource(media.resource) && !media.size.isEmpty())
        return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
            .arg(media.resource)
            .arg(media.size.width())
            .arg(media.size.height());
    return placeholderHtml(placeholderFor(message, media), c, message.headerFormat == HeaderFormat::Document);
}

QString buttonMark(TemplateButton::Type type)
{
    switch (type) {
    case TemplateButton::Type::Url:
        return QStringLiteral("↗");
    case TemplateButton::Type::PhoneNumber:
        return QStringLiteral("☎");
    case TemplateButton::Type::CopyCode:
        return QStringLiteral("❐");
    case TemplateButton::Type::QuickReply:
        break;
    }
    return QStringLiteral("↩");
}

QString widthAttribute(int width)
{
    return width > 0 ? QString::number(width) : QStringLiteral("100%");
}

QString page(const QString& content, const PreviewOptions& options, const PreviewColors& c)
{
    if (!options.standalone)
        return content;
    return QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"12\" bgcolor=\"%1\"><tr><td>%2</td></tr>"
        "</table>")
        .arg(css(c.wallpaper), content);
}

bool isEmojiPresentation(char32_t c)
{
    // The code points Unicode shows as emoji by default, in the blocks WhatsApp users meet them.
    static constexpr char32_t bmp[][2] = { { 0x231A, 0x231B }, { 0x23E9, 0x23EC }, { 0x23F0, 0x23F0 },
        { 0x23F3, 0x23F3 }, { 0x25FD, 0x25FE }, { 0x2614, 0x2615 }, { 0x2648, 0x2653 }, { 0x267F, 0x267F },
        { 0x2693, 0x2693 }, { 0x26A1, 0x26A1 }, { 0x26AA, 0x26AB }, { 0x26BD, 0x26BE }, { 0x26C4, 0x26C5 },
        { 0x26CE, 0x26CE }, { 0x26D4, 0x26D4 }, { 0x26EA, 0x26EA }, { 0x26F2, 0x26F3 }, { 0x26F5, 0x26F5 },
        { 0x26FA, 0x26FA }, { 0x26FD, 0x26FD }, { 0x2705, 0x2705 }, { 0x270A, 0x270B }, { 0x2728, 0x2728 },
        { 0x274C, 0x274C }, { 0x274E, 0x274E }, { 0x2753, 0x2755 }, { 0x2757, 0x2757 }, { 0x2795, 0x2797 },
        { 0x27B0, 0x27B0 }, { 0x27BF, 0x27BF }, { 0x2B1B, 0x2B1C }, { 0x2B50, 0x2B50 }, { 0x2B55, 0x2B55 } };
    if (c < 0x10000) {
        for (const auto& range : bmp)
            if (c >= range[0] && c <= range[1])
                return true;
        return false;
    }
    return c == 0x1F004 || c == 0x1F0CF || c == 0x1F18E || (c >= 0x1F191 && c <= 0x1F19A)
        || (c >= 0x1F1E6 && c <= 0x1F1FF) || (c >= 0x1F201 && c <= 0x1F251) || (c >= 0x1F300 && c <= 0x1F6FF)
        || (c >= 0x1F7E0 && c <= 0x1F7FF) || (c >= 0x1F90C && c <= 0x1F9FF) || (c >= 0x1FA70 && c <= 0x1FAFF);
}

// Joiners, variation selectors, skin tones, keycaps and tag characters belong to the emoji before them.
bool extendsEmoji(char32_t c)
{
    return c == 0x200D || c == 0xFE0F || c == 0x20E3 || (c >= 0x1F3FB && c <= 0x1F3FF)
        || (c >= 0xE0020 && c <= 0xE007F);
}

} // namespace

PreviewColors previewColors(bool dark)
{
    if (dark)
        return { QColor(0x0b141a), QColor(0x202c33), QColor(0xe9edef), QColor(0x8696a0), QColor(0x53bdeb),
            QColor(0x6b5500), QColor(0x111b21), QColor(0x8696a0), QColor(Qt::transparent) };
    return { QColor(0xefeae2), QColor(0xffffff), QColor(0x111b21), QColor(0x667781), QColor(0x027eb5), QColor(0xffe08a),
        QColor(0xf0f2f5), QColor(0xd1d7db), QColor(11, 20, 26, 40) };
}

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QString previewHtml(const RenderedMessage& message, const PreviewOptions& options)
{
    const PreviewColors c = previewColors(options.dark);
    const QString bubbleBackground
        = options.standalone ? QStringLiteral(" bgcolor=\"%1\"").arg(css(c.bubble)) : QString();
    const QString width = widthAttribute(options.bubbleWidth);

    QString bubble = QStringLiteral("<table width=\"%1\" cellspacing=\"0\" cellpadding=\"0\"%2 style=\"color:%3\">")
                         .arg(width, bubbleBackground, css(c.text));
    if (isMediaHeader(message.headerFormat) || message.headerFormat == HeaderFormat::Location)
        bubble += QStringLiteral("<tr><td style=\"padding:3px 3px 0px 3px\">%1</td></tr>")
                      .arg(mediaHtml(message, options, c));

    QString text;
    if (!message.header.isEmpty())
        text += QStringLiteral("<p style=\"margin-top:0px; margin-bottom:4px; font-weight:bold\">%1</p>")
                    .arg(markMissing(message.header.toHtmlEscaped(), c));
    if (!message.body.isEmpty())
        text += QStringLiteral("<div>%1</div>")
                    .arg(markMissing(colourLinks(tintCode(whatsAppToHtml(message.body), c), c), c));
    if (!message.footer.isEmpty())
        text += QStringLiteral("<p style=\"margin-top:4px; margin-bottom:0px; color:%1; font-size:small\">%2</p>")
                    .arg(css(c.muted), message.footer.toHtmlEscaped());
    const QTime time = options.time.isValid() ? options.time : QTime::currentTime();
    // WhatsApp shows hours and minutes only, in the locale's way.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss|s"));
    const QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat).remove(seconds).trimmed();
    text += QStringLiteral(
        "<p align=\"right\" style=\"margin-top:0px; margin-bottom:0px; color:%1; font-size:x-small\">%2</p>")
                .arg(css(c.muted), QLocale().toString(time, timeFormat).toHtmlEscaped());
    bubble += QStringLiteral("<tr><td style=\"padding:6px 9px 5px 9px\">%1</td></tr></table>").arg(text);

    // Buttons sit under the bubble, each in a box of its own, in WhatsApp's link colour.
    QString buttons;
    for (const RenderedButton& button : message.buttons)
        buttons
            += QStringLiteral("<table width=\"%1\" cellspacing=\"0\" cellpadding=\"0\"%2 style=\"margin-top:2px\"><tr>"
                              "<td align=\"center\" style=\"padding:8px; color:%3\">%4&nbsp;&nbsp;%5</td></tr></table>")
                   .arg(width, bubbleBackground, css(c.link), buttonMark(button.type), button.text.toHtmlEscaped());

    return withColourEmoji(page(bubble + buttons, options, c));
}

QString previewHtml(const RenderedMessage& message, const QPalette& palette)
{
    PreviewOptions options;
    options.dark = isDarkPalette(palette);
    return previewHtml(message, options);
}

QString previewPlaceholderHtml(const QString& text, const PreviewOptions& options)
{
    const PreviewColors c = previewColors(options.dark);
    return page(QStringLiteral("<p align=\"center\" style=\"margin-top:24px; color:%1\">%2</p>")
                    .arg(css(c.muted), text.toHtmlEscaped()),
        options, c);
}

QString withColourEmoji(const QString& html)
{
    static const QString open = QStringLiteral("<span style=\"font-family:'Noto Color Emoji'\">");
    static const QString close = QStringLiteral("</span>");
    QString out;
    out.reserve(html.size());
    QString run;
    bool joinNext = false; // after a zero-width joiner, whatever comes next is part of the emoji
    const auto flush = [&] {
        if (!run.isEmpty())
            out += open + run + close;
        run.clear();
    };
    const auto codePointAt = [&html](qsizetype i, qsizetype* length) -> char32_t {
        const QChar c = html.at(i);
        if (c.isHighSurrogate() && i + 1 < html.size() && html.at(i + 1).isLowSurrogate()) {
            *length = 2;
            return QChar::surrogateToUcs4(c, html.at(i + 1));
        }
        *length = 1;
        return c.unicode();
    };
    for (qsizetype i = 0; i < html.size();) {
        qsizetype length = 0;
        const char32_t c = codePointAt(i, &length);
        qsizetype nextLength = 0;
        const char32_t next = i + length < html.size() ? codePointAt(i + length, &nextLength) : 0;
        // A text symbol or a keycap digit asks for its emoji form with the variation selector.
        const bool asksForEmoji = (next == 0xFE0F || next == 0x20E3)
            && (c > 0x7F || QChar(c).isDigit() || c == U'#' || c == U'*') && c != 0x200D;
        const bool inEmoji
            = isEmojiPresentation(c) || asksForEmoji || (!run.isEmpty() && (extendsEmoji(c) || joinNext));
        if (inEmoji) {
            run += QStringView(html).mid(i, length);
            joinNext = c == 0x200D;
        } else {
            flush();
            joinNext = false;
            out += QStringView(html).mid(i, length);
        }
        i += length;
    }
    flush();
    return out;
}

} // namespace herald
