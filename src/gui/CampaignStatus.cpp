#include "gui/CampaignStatus.h"

#include "gui/PlainText.h"

#include <QHBoxLayout>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressBar>

namespace herald {

CampaignStatus::CampaignStatus(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new ElidedLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setObjectName(QStringLiteral("statusCampaignProgress"));
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(100);
    m_bar->setMaximumHeight(fontMetrics().height());
    m_bar->setAccessibleName(tr("Campaign progress"));
    m_label->setObjectName(QStringLiteral("statusCampaignLabel"));
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Campaigns sending now. Click to see them."));
    hide();
}

void CampaignStatus::setActivity(int done, int total, const QString& text)
{
    setVisible(total > 0);
    if (total <= 0)
        return;
    m_bar->setRange(0, total);
    m_bar->setValue(std::min(done, total));
    m_label->setText(text);
    setToolTip(plainToolTip(text));
}

QString CampaignStatus::text() const
{
    return m_label->text();
}

void CampaignStatus::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked();
    QWidget::mouseReleaseEvent(event);
}

ElidedLabel::ElidedLabel(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ElidedLabel::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleName(text);
    updateGeometry();
    update();
}

QSize ElidedLabel::sizeHint() const
{
    return { fontMetrics().horizontalAdvance(m_text) + 4, fontMetrics().height() };
}

QSize ElidedLabel::minimumSizeHint() const
{
    return { fontMetrics().horizontalAdvance(QStringLiteral("0000 of 0000…")), fontMetrics().height() };
}

void ElidedLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(
        rect(), Qt::AlignVCenter | Qt::AlignLeft, fontMetrics().elidedText(m_text, Qt::ElideRight, width()));
}

} // namespace herald
