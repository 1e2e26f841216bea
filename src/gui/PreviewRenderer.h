#pragma once

#include "core/TemplateRenderer.h"

#include <QColor>
#include <QPalette>
#include <QSize>
#include <QString>
#include <QTime>

namespace herald {

/// WhatsApp's own chat colours, light or dark.
struct PreviewColors
{
    QColor wallpaper;
    QColor bubble;
    QColor text;
    QColor muted; ///< footer, time, media placeholders
    QColor link; ///< links in the text and the buttons under the bubble
    QColor missing; ///< behind a variable that still has no value
    QColor inset; ///< behind inline code and media placeholders
    QColor quoteBar;
    QColor shadow; ///< under the bubble; transparent where WhatsApp has none
};
PreviewColors previewColors(bool dark);

/// Whether @p palette is a dark one, as the preview follows it by default.
bool isDarkPalette(const QPalette& palette);

/// What the preview shows for an image header's picture.
struct PreviewMedia
{
    enum class State
    {
        NotLoaded, ///< no one fetches it here: a placeholder says so
        Loading,
        Loaded, ///< the picture is in the document as resource
        Failed ///< problem says why
    };
    State state = State::NotLoaded;
    QString problem;
    /// The document resource that holds the scaled picture, of the form `herald-preview:<name>`.
    /// Never anything from the message: anything else is ignored.
    QString resource;
    QSize size; ///< as laid out, in pixels
};

struct PreviewOptions
{
    bool dark = false;
    int bubbleWidth = 0; ///< in pixels; 0: the whole width
    /// The wallpaper and bubble colours are in the HTML itself; MessagePreview turns this off and
    /// paints rounded bubbles under the text instead.
    bool standalone = true;
    PreviewMedia media {};
    QTime time {}; ///< in the bubble's corner; null: the current time
};

/**
 * The preview of a message as WhatsApp shows it to the recipient: a bubble with the header (bold
 * text, the picture, or a placeholder naming the media and why it is not shown), the body with
 * WhatsApp's formatting, the footer in grey and the time in the corner; then one table per button
 * under the bubble. Variables still without a value are highlighted and emoji are drawn with a
 * colour font. All text of the message is escaped before it is formatted, so none of it can
 * become markup.
 */
QString previewHtml(const RenderedMessage& message, const PreviewOptions& options);

/// The standalone preview, dark or light after @p palette.
QString previewHtml(const RenderedMessage& message, const QPalette& palette);

/// A line of grey text on the chat wallpaper, for when there is no message to show. Escaped.
QString previewPlaceholderHtml(const QString& text, const PreviewOptions& options);

/// Wraps each run of emoji in @p html's text in a span with a colour emoji font: Qt 6.4 would draw
/// them with the first font that has them, often a black and white one.
QString withColourEmoji(const QString& html);

} // namespace herald
