#pragma once

#include "core/TemplateRenderer.h"

#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWidget>
#include <memory>
#include <optional>

class QTextBrowser;

namespace Ui {
class MessagePreview;
}

namespace herald {

class MediaFetcher;
struct MediaResult;

/**
 * A message as WhatsApp will show it: a bubble on the chat wallpaper with the header (bold text,
 * the picture itself, or a placeholder naming the media and why it is not shown), the formatted
 * body, the footer in grey and the time; the buttons under it. Light or dark after the palette,
 * or as the operator flips it with the toggle above. An image header's picture is fetched through
 * the MediaFetcher, if one is given; without one a placeholder stands in.
 *
 * The text lives in one QTextBrowser (objectName `previewBrowser`) so it can be selected and read
 * by assistive tools; the rounded bubbles are painted under it.
 */
class MessagePreview : public QWidget
{
    Q_OBJECT
public:
    enum class MediaState
    {
        None, ///< no image header, or no link yet
        NotLoaded, ///< no fetcher to load it with
        Loading,
        Loaded,
        Failed ///< mediaProblem() says why
    };
    Q_ENUM(MediaState)

    explicit MessagePreview(QWidget* parent = nullptr);
    ~MessagePreview() override;

    /// Where pictures come from; not owned, may be null (then a placeholder is shown).
    void setMediaFetcher(MediaFetcher* fetcher);

    void setMessage(const RenderedMessage& message);
    /// Shows @p text in grey instead of a message, e.g. when there is no template yet.
    void setPlaceholderText(const QString& text);

    QString plainText() const;
    QString html() const; ///< what the text view was given
    QTextBrowser* textView() const;

    bool darkVariant() const;
    /// Shows the dark or the light variant whatever the palette is, as the toggle does.
    void setDarkVariant(bool dark);
    /// Goes back to following the palette.
    void followPalette();

    MediaState mediaState() const { return m_mediaState; }
    QString mediaProblem() const { return m_mediaProblem; }

    /// Fixes the time shown in the bubble's corner (screenshots, tests); null: the current time.
    void setTime(const QTime& time);

Q_SIGNALS:
    void mediaStateChanged(herald::MessagePreview::MediaState state);
    void darkVariantChanged(bool dark);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Decoded;
    void render();
    void renderNow();
    void paintChrome(QWidget* viewport);
    int bubbleWidth() const;
    QImage scaledImage(int width);
    void updateMedia();
    void onFetched(const MediaResult& result);
    void decode(const MediaResult& result);
    void setMediaState(MediaState state, const QString& problem = {});
    void syncThemeButton();

    std::unique_ptr<Ui::MessagePreview> m_ui;
    QPointer<MediaFetcher> m_fetcher;
    std::optional<RenderedMessage> m_message;
    QString m_placeholder;
    std::optional<bool> m_forcedDark;
    bool m_shownDark = false; ///< the variant last rendered, to tell when following the palette flips it
    QString m_html;
    QTime m_time;
    int m_renderedWidth = -1;
    bool m_rendering = false; ///< inside renderNow(): a nested render is deferred, never nested
    bool m_renderAgain = false;

    QUrl m_mediaUrl;
    MediaState m_mediaState = MediaState::None;
    QString m_mediaProblem;
    quint64 m_mediaGeneration = 0; ///< bumped on every new link, so late answers for old ones are dropped
    QImage m_image; ///< decoded, at most a little wider than any bubble
    QImage m_scaled; ///< m_image at the bubble's width, with rounded corners
    QTimer m_fetchDelay; ///< while a link is being typed, only the last one is fetched
};

} // namespace herald
