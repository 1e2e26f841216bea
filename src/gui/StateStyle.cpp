#include "gui/StateStyle.h"

#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <cmath>

namespace herald {

namespace {

QColor lightBackgroundColor(MessageState state)
{
    switch (state) {
    case MessageState::Delivered:
    case MessageState::Read:
        return QColor(0x1e, 0x8e, 0x3e);
    case MessageState::Failed:
    case MessageState::Expired:
        return QColor(0xc5, 0x22, 0x1f);
    case MessageState::Unknown:
        return QColor(0xb0, 0x6d, 0x00);
    case MessageState::Cancelled:
        return QColor(0x70, 0x70, 0x70);
    case MessageState::Queued:
    case MessageState::Sending:
    case MessageState::Scheduled:
    case MessageState::Accepted:
    case MessageState::Sent:
        return QColor(0x1a, 0x73, 0xe8);
    }
    return {};
}

// The same hues, lighter, so they read on a dark Base as the others do on a light one.
QColor darkBackgroundColor(MessageState state)
{
    switch (state) {
    case MessageState::Delivered:
    case MessageState::Read:
        return QColor(0x5c, 0xc9, 0x7b);
    case MessageState::Failed:
    case MessageState::Expired:
        return QColor(0xff, 0x7b, 0x72);
    case MessageState::Unknown:
        return QColor(0xe8, 0xa8, 0x3c);
    case MessageState::Cancelled:
        return QColor(0xa8, 0xa8, 0xa8);
    case MessageState::Queued:
    case MessageState::Sending:
    case MessageState::Scheduled:
    case MessageState::Accepted:
    case MessageState::Sent:
        return QColor(0x74, 0xaa, 0xff);
    }
    return {};
}

double relativeLuminance(const QColor& color)
{
    const auto channel = [](float c) {
        return c <= 0.04045f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// A base in the middle would suit neither set equally: the one set that stands out more wins.
bool wantsDarkBackgroundSet(const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    return contrastRatio(darkBackgroundColor(MessageState::Sent), base)
        > contrastRatio(lightBackgroundColor(MessageState::Sent), base);
}

/// Paints the state's shape into whatever rectangle it is given, so it is sharp at any size.
class StateIconEngine : public QIconEngine
{
public:
    StateIconEngine(MessageState state, QColor color)
        : m_state(state)
        , m_color(color)
    { }

    QIconEngine* clone() const override { return new StateIconEngine(m_state, m_color); }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = std::min(rect.width(), rect.height());
        if (side <= 0)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        // Drawn on a 32-unit grid, centred in the rectangle.
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 32.0, side / 32.0);
        QColor color = m_color;
        if (mode == QIcon::Disabled)
            color.setAlphaF(0.45f);
        painter->setPen(QPen(color, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        switch (m_state) {
        case MessageState::Failed:
        case MessageState::Expired:
            painter->drawLine(QPointF(8, 8), QPointF(24, 24));
            painter->drawLine(QPointF(24, 8), QPointF(8, 24));
            break;
        case MessageState::Delivered:
        case MessageState::Read:
            painter->drawPolyline(QPolygonF({ QPointF(4, 17), QPointF(11, 24), QPointF(22, 9) }));
            if (m_state == MessageState::Read)
                painter->drawPolyline(QPolygonF({ QPointF(14, 22), QPointF(16, 24), QPointF(28, 9) }));
            break;
        case MessageState::Unknown: {
            painter->drawEllipse(QRectF(4, 4, 24, 24));
            // A question mark as a path, not text: no font to scale or to miss.
            QPainterPath mark;
            mark.moveTo(12.5, 13);
            mark.cubicTo(12.5, 8.5, 19.5, 8.5, 19.5, 12.5);
            mark.cubicTo(19.5, 15.5, 16, 15.5, 16, 18.5);
            painter->setPen(QPen(color, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->drawPath(mark);
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawEllipse(QPointF(16, 22.5), 1.8, 1.8);
            break;
        }
        case MessageState::Cancelled:
            painter->drawEllipse(QRectF(5, 5, 22, 22));
            painter->drawLine(QPointF(9, 23), QPointF(23, 9));
            break;
        default:
            if (m_state == MessageState::Sent)
                painter->setBrush(color);
            painter->drawEllipse(QRectF(7, 7, 18, 18));
            break;
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        // Drawn at the device's pixels, not scaled up from the logical size.
        QPixmap result = pixmap(size * scale, mode, state);
        result.setDevicePixelRatio(scale);
        return result;
    }

private:
    MessageState m_state;
    QColor m_color;
};

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor stateColor(MessageState state, const QPalette& palette)
{
    return wantsDarkBackgroundSet(palette) ? darkBackgroundColor(state) : lightBackgroundColor(state);
}

QColor stateColor(MessageState state)
{
    return stateColor(state, QGuiApplication::palette());
}

QIcon stateIcon(MessageState state)
{
    // By colour as well: a palette change brings the other set.
    static QHash<std::pair<int, QRgb>, QIcon> cache;
    const QColor color = stateColor(state);
    const std::pair<int, QRgb> key { static_cast<int>(state), color.rgba() };
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    const QIcon icon(new StateIconEngine(state, color));
    cache.insert(key, icon);
    return icon;
}

} // namespace herald
