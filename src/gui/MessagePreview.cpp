#include "gui/MessagePreview.h"

#include "dispatch/MediaFetcher.h"
#include "gui/Logging.h"
#include "gui/PreviewRenderer.h"
#include "ui_MessagePreview.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QEvent>
#include <QFutureWatcher>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>
#include <QtConcurrent/QtConcurrentRun>

namespace herald {

namespace {

const QUrl kImageResource(QStringLiteral("herald-preview:media"));
constexpr int kPageMargin = 10; // between the view's edge and the bubble
constexpr int kTail = 8; // the bubble's tail sticks out this far to the left
constexpr qreal kRadius = 7.5;
constexpr int kButtonGap = 2;
constexpr int kLineHeight = 115; // percent
constexpr int kListIndent = 22; // WhatsApp indents lists and quotes only a little
constexpr int kMaxBubble = 420;
constexpr int kImagePadding = 3;
// Pictures are decoded at most this wide (a bubble is never wider) and refused above this many pixels.
constexpr int kMaxDecodedWidth = 1200;
constexpr qint64 kMaxPixels = 25'000'000;

struct DecodeResult
{
    QImage image;
    QString problem;
};

DecodeResult decodeImage(QByteArray data, const QString& contentType)
{
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    const QString kind = contentType.section(QLatin1Char(';'), 0, 0).trimmed();
    if (!size.isValid())
        return { {},
            kind.isEmpty() ? MessagePreview::tr("the file is not a picture Herald can show")
                           : MessagePreview::tr("the file is not a picture Herald can show (%1)").arg(kind) };
    if (qint64(size.width()) * size.height() > kMaxPixels)
        return {
            {},
            MessagePreview::tr("the picture is too large to show (%1 × %2 pixels)").arg(size.width()).arg(size.height())
        };
    if (size.width() > kMaxDecodedWidth)
        reader.setScaledSize(size.scaled(kMaxDecodedWidth, size.height(), Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return { {}, MessagePreview::tr("the picture could not be read: %1").arg(reader.errorString()) };
    return { image.convertToFormat(QImage::Format_ARGB32_Premultiplied), {} };
}

// WhatsApp's first bubble of a group has a tail at the top left, and no rounding there.
QPainterPath bubblePath(const QRectF& r, bool tail)
{
    QPainterPath path;
    path.addRoundedRect(r, kRadius, kRadius);
    if (tail) {
        QPainterPath corner;
        corner.addRect(QRectF(r.left(), r.top(), 2 * kRadius, 2 * kRadius));
        QPainterPath tip;
        tip.moveTo(r.left() - kTail + 1, r.top());
        tip.lineTo(r.left() + 1, r.top());
        tip.lineTo(r.left() + 1, r.top() + 13);
        tip.lineTo(r.left() - kTail + 2, r.top() + 2.5);
        tip.quadTo(r.left() - kTail, r.top() + 1, r.left() - kTail + 1, r.top());
        tip.closeSubpath();
        path = path.united(corner).united(tip);
    }
    return path;
}

// Qt 6.4's frameBoundingRect() places a table off by the padding of its first cell. The table's left
// edge is known (the tables are left-aligned), which tells whether this Qt makes that mistake.
QRectF tableRect(QAbstractTextDocumentLayout* layout, QTextTable* table, qreal left)
{
    QRectF rect = layout->frameBoundingRect(table);
    const QTextTableCellFormat cell = table->cellAt(0, 0).format().toTableCellFormat();
    const qreal shift = rect.left() - left;
    if (shift > 0.5 && qAbs(shift - cell.leftPadding()) < 0.5)
        rect.translate(-cell.leftPadding(), -cell.topPadding());
    return rect;
}

} // namespace

MessagePreview::MessagePreview(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MessagePreview>())
{
    m_ui->setupUi(this);
    QTextBrowser* view = m_ui->previewBrowser;
    view->viewport()->installEventFilter(this);
    view->document()->setDocumentMargin(kPageMargin);

    m_fetchDelay.setSingleShot(true);
    m_fetchDelay.setInterval(350);
    connect(&m_fetchDelay, &QTimer::timeout, this, [this] {
        if (m_fetcher && m_mediaState == MediaState::Loading)
            m_fetcher->fetch(m_mediaUrl);
    });
    connect(m_ui->previewThemeButton, &QToolButton::toggled, this, [this](bool dark) {
        if (dark != darkVariant())
            setDarkVariant(dark);
    });
    syncThemeButton();
    render();
}

MessagePreview::~MessagePreview() = default;

void MessagePreview::setMediaFetcher(MediaFetcher* fetcher)
{
    if (m_fetcher == fetcher)
        return;
    if (m_fetcher)
        disconnect(m_fetcher, nullptr, this, nullptr);
    m_fetcher = fetcher;
    if (m_fetcher)
        connect(m_fetcher, &MediaFetcher::fetched, this, &MessagePreview::onFetched);
    m_mediaUrl.clear(); // fetch again (or say why not) with the new fetcher
    updateMedia();
    render();
}

void MessagePreview::setMessage(const RenderedMessage& message)
{
    m_message = message;
    m_placeholder.clear();
    updateMedia();
    render();
}

void MessagePreview::setPlaceholderText(const QString& text)
{
    m_message.reset();
    m_placeholder = text;
    updateMedia();
    render();
}

QString MessagePreview::plainText() const
{
    return m_ui->previewBrowser->toPlainText();
}

QString MessagePreview::html() const
{
    return m_html;
}

QTextBrowser* MessagePreview::textView() const
{
    return m_ui->previewBrowser;
}

bool MessagePreview::darkVariant() const
{
    return m_forcedDark.value_or(isDarkPalette(palette()));
}

void MessagePreview::setDarkVariant(bool dark)
{
    const bool was = darkVariant();
    m_forcedDark = dark;
    syncThemeButton();
    if (was != dark) {
        render();
        Q_EMIT darkVariantChanged(dark);
    }
}

void MessagePreview::followPalette()
{
    const bool was = darkVariant();
    m_forcedDark.reset();
    syncThemeButton();
    if (was != darkVariant()) {
        render();
        Q_EMIT darkVariantChanged(darkVariant());
    }
}

void MessagePreview::setTime(const QTime& time)
{
    m_time = time;
    render();
}

void MessagePreview::syncThemeButton()
{
    const QSignalBlocker blocker(m_ui->previewThemeButton);
    m_ui->previewThemeButton->setChecked(darkVariant());
}

void MessagePreview::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // Until the operator flips the toggle, the preview follows the palette, light or dark, whether
    // it changed for the whole application or for this widget alone.
    const bool paletteChanged
        = event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange;
    if (paletteChanged && !m_forcedDark) {
        const bool was = m_shownDark;
        syncThemeButton();
        render();
        if (m_shownDark != was)
            Q_EMIT darkVariantChanged(m_shownDark);
    } else if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        render();
    }
}

bool MessagePreview::eventFilter(QObject* watched, QEvent* event)
{
    QWidget* viewport = m_ui->previewBrowser->viewport();
    if (watched == viewport && event->type() == QEvent::Paint)
        paintChrome(viewport); // the text view paints its text over it once this returns
    else if (watched == viewport && event->type() == QEvent::Resize && bubbleWidth() != m_renderedWidth)
        render();
    return QWidget::eventFilter(watched, event);
}

int MessagePreview::bubbleWidth() const
{
    const int available = m_ui->previewBrowser->viewport()->width() - 2 * kPageMargin - kTail;
    // Narrow: the bubble takes the whole width, as on a phone; wide: about four fifths, up to a limit.
    const int width = available <= 360 ? available : std::min(kMaxBubble, std::max(360, available * 4 / 5));
    return std::max(120, width);
}

QImage MessagePreview::scaledImage(int width)
{
    const qreal ratio = devicePixelRatioF();
    if (!m_scaled.isNull() && qRound(m_scaled.width() / ratio) == width)
        return m_scaled;
    // The picture fills the bubble's width; a very tall one is cut to a bit more than a square, as WhatsApp does.
    const int height = std::max(1, std::min(width * 5 / 4, m_image.height() * width / std::max(1, m_image.width())));
    const QSize pixels(qRound(width * ratio), qRound(height * ratio));
    const QImage filled = m_image.scaled(pixels, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    QImage rounded(pixels, QImage::Format_ARGB32_Premultiplied);
    rounded.fill(Qt::transparent);
    {
        QPainter painter(&rounded);
        painter.setRenderHint(QPainter::Antialiasing);
        QPainterPath clip;
        clip.addRoundedRect(QRectF(QPointF(0, 0), QSizeF(pixels)), 6 * ratio, 6 * ratio);
        painter.setClipPath(clip);
        painter.drawImage(
            QPointF((pixels.width() - filled.width()) / 2.0, (pixels.height() - filled.height()) / 2.0), filled);
    }
    rounded.setDevicePixelRatio(ratio);
    m_scaled = rounded;
    return m_scaled;
}

void MessagePreview::render()
{
    if (m_rendering) {
        // Called again from inside setHtml() (its layout resizes the view, whose events land here):
        // a nested setHtml() would leave the message in the page twice. Render once more after.
        qCDebug(lcGui) << "preview render asked for while rendering";
        m_renderAgain = true;
        return;
    }
    // One pass more at most: a scroll bar that comes with one width and goes with the other would
    // otherwise never let it settle.
    for (int pass = 0; pass < 2; ++pass) {
        m_renderAgain = false;
        {
            const QScopedValueRollback rendering(m_rendering, true);
            renderNow();
        }
        if (!m_renderAgain || bubbleWidth() == m_renderedWidth)
            break;
    }
    m_renderAgain = false;
}

void MessagePreview::renderNow()
{
    QTextBrowser* view = m_ui->previewBrowser;
    PreviewOptions options;
    options.dark = darkVariant();
    m_shownDark = options.dark;
    options.standalone = false;
    options.bubbleWidth = bubbleWidth();
    options.time = m_time;
    m_renderedWidth = options.bubbleWidth;

    QImage picture;
    if (m_message) {
        switch (m_mediaState) {
        case MediaState::None:
        case MediaState::NotLoaded:
            options.media.state = PreviewMedia::State::NotLoaded;
            break;
        case MediaState::Loading:
            options.media.state = PreviewMedia::State::Loading;
            break;
        case MediaState::Failed:
            options.media.state = PreviewMedia::State::Failed;
            options.media.problem = m_mediaProblem;
            break;
        case MediaState::Loaded:
            picture = scaledImage(options.bubbleWidth - 2 * kImagePadding);
            options.media.state = PreviewMedia::State::Loaded;
            options.media.resource = kImageResource.toString();
            options.media.size = picture.deviceIndependentSize().toSize();
            break;
        }
        m_html = previewHtml(*m_message, options);
    } else {
        m_html = previewPlaceholderHtml(m_placeholder, options);
    }

    // What the HTML leaves to the palette (list bullets, the page) follows the variant too.
    const PreviewColors colors = previewColors(options.dark);
    QPalette palette = view->palette();
    palette.setColor(QPalette::Text, colors.text);
    palette.setColor(QPalette::Base, colors.wallpaper);
    view->setPalette(palette);

    const int scroll = view->verticalScrollBar()->value();
    view->setHtml(m_html);
    QTextDocument* document = view->document();
    // Set after the HTML: replacing the content drops the document's resources.
    if (!picture.isNull())
        document->addResource(QTextDocument::ImageResource, kImageResource, picture);
    document->setDocumentMargin(kPageMargin);
    document->setIndentWidth(kListIndent);
    // Room for the tail on the left. (A table's own left margin would be taken out of its width.)
    QTextFrameFormat page = document->rootFrame()->frameFormat();
    page.setLeftMargin(kPageMargin + kTail);
    document->rootFrame()->setFrameFormat(page);
    // WhatsApp sets its text with more air between the lines than Qt's default; the picture's line
    // keeps its own height.
    QTextBlockFormat airy;
    airy.setLineHeight(kLineHeight, QTextBlockFormat::ProportionalHeight);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.begin() != block.end() && block.begin().fragment().charFormat().isImageFormat())
            continue;
        QTextCursor(block).mergeBlockFormat(airy);
    }
    // A small gap between the bubble and each button.
    const QList<QTextFrame*> frames = document->rootFrame()->childFrames();
    for (qsizetype i = 0; i < frames.size(); ++i) {
        auto* table = qobject_cast<QTextTable*>(frames.at(i));
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setMargin(0);
        format.setTopMargin(i == 0 ? 0 : kButtonGap);
        format.setBorder(0);
        table->setFormat(format);
    }
    view->verticalScrollBar()->setValue(scroll);
    view->viewport()->update();
}

void MessagePreview::paintChrome(QWidget* viewport)
{
    const PreviewColors colors = previewColors(darkVariant());
    QPainter painter(viewport);
    painter.fillRect(viewport->rect(), colors.wallpaper);
    if (!m_message)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    QTextBrowser* view = m_ui->previewBrowser;
    QTextDocument* document = view->document();
    QAbstractTextDocumentLayout* layout = document->documentLayout();
    const QPointF offset(-view->horizontalScrollBar()->value(), -view->verticalScrollBar()->value());

    const QList<QTextFrame*> frames = document->rootFrame()->childFrames();
    bool first = true;
    for (QTextFrame* frame : frames) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        const QRectF box
            = tableRect(layout, table, document->rootFrame()->frameFormat().leftMargin()).translated(offset);
        const QPainterPath path = bubblePath(box, first);
        if (colors.shadow.alpha() > 0)
            painter.fillPath(path.translated(0, 1), colors.shadow);
        painter.fillPath(path, colors.bubble);
        first = false;
    }

    // WhatsApp marks a quote with a bar on its left; Qt's block quote is only an indent.
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel) <= 0)
            continue;
        const QRectF line = layout->blockBoundingRect(block).translated(offset);
        const qreal x = line.left() + block.blockFormat().leftMargin() - 7;
        painter.fillRect(QRectF(x, line.top() + 1, 3, line.height() - 2), colors.quoteBar);
    }
}

void MessagePreview::updateMedia()
{
    const bool image = m_message && m_message->headerFormat == HeaderFormat::Image;
    const QString link = image ? m_message->headerMediaUrl.trimmed() : QString();
    const QUrl url(link);
    if (url == m_mediaUrl && (m_mediaState != MediaState::None || link.isEmpty()))
        return;
    m_mediaUrl = url;
    ++m_mediaGeneration;
    m_image = {};
    m_scaled = {};
    m_fetchDelay.stop();
    if (link.isEmpty()) {
        setMediaState(MediaState::None);
    } else if (!m_fetcher) {
        setMediaState(MediaState::NotLoaded);
    } else if (const std::optional<MediaResult> kept = m_fetcher->cached(url)) {
        setMediaState(MediaState::Loading);
        onFetched(*kept);
    } else {
        setMediaState(MediaState::Loading);
        m_fetchDelay.start();
    }
}

void MessagePreview::onFetched(const MediaResult& result)
{
    // An answer for a link that is no longer shown, or that was already answered, changes nothing.
    if (result.url != m_mediaUrl || m_mediaState != MediaState::Loading)
        return;
    if (!result.ok()) {
        setMediaState(MediaState::Failed, result.error);
        render();
        return;
    }
    decode(result);
}

void MessagePreview::decode(const MediaResult& result)
{
    // Decoding a large picture takes a while: a worker thread does it.
    const quint64 generation = m_mediaGeneration;
    auto* watcher = new QFutureWatcher<DecodeResult>(this);
    connect(watcher, &QFutureWatcher<DecodeResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_mediaGeneration)
            return;
        const DecodeResult decoded = watcher->result();
        m_image = decoded.image;
        m_scaled = {};
        if (m_image.isNull())
            setMediaState(MediaState::Failed, decoded.problem);
        else
            setMediaState(MediaState::Loaded);
        render();
    });
    watcher->setFuture(QtConcurrent::run(decodeImage, result.data, result.contentType));
}

void MessagePreview::setMediaState(MediaState state, const QString& problem)
{
    if (m_mediaState == state && m_mediaProblem == problem)
        return;
    m_mediaState = state;
    m_mediaProblem = problem;
    Q_EMIT mediaStateChanged(state);
}

} // namespace herald
