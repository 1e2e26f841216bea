#include "gui/StateStyle.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace herald {

QColor stateColor(MessageState state)
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

QIcon stateIcon(MessageState state)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(state);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;

    // Shapes differ as well as colours, so states are never told by colour alone.
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = stateColor(state);
    painter.setPen(QPen(color, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    switch (state) {
    case MessageState::Failed:
    case MessageState::Expired:
        painter.drawLine(8, 8, 24, 24);
        painter.drawLine(24, 8, 8, 24);
        break;
    case MessageState::Delivered:
    case MessageState::Read:
        painter.drawPolyline(QPolygon({ QPoint(4, 17), QPoint(11, 24), QPoint(22, 9) }));
        if (state == MessageState::Read)
            painter.drawPolyline(QPolygon({ QPoint(14, 22), QPoint(16, 24), QPoint(28, 9) }));
        break;
    case MessageState::Unknown:
        painter.drawText(pixmap.rect(), Qt::AlignCenter, QStringLiteral("?"));
        painter.drawEllipse(QRect(4, 4, 24, 24));
        break;
    case MessageState::Cancelled:
        painter.drawEllipse(QRect(5, 5, 22, 22));
        painter.drawLine(9, 23, 23, 9);
        break;
    default:
        painter.setBrush(state == MessageState::Sent ? color : Qt::transparent);
        painter.drawEllipse(QRect(7, 7, 18, 18));
        break;
    }
    painter.end();
    const QIcon icon(pixmap);
    cache.insert(key, icon);
    return icon;
}

} // namespace herald
