#pragma once

#include <QWidget>

class QProgressBar;

namespace herald {

class ElidedLabel;

/// A compact progress bar and line for the status bar while campaigns are sending.
class CampaignStatus : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignStatus(QWidget* parent = nullptr);

    /// Shows @p done of @p total with @p text; hides itself when @p total is 0.
    void setActivity(int done, int total, const QString& text);
    QString text() const;

Q_SIGNALS:
    /// The operator clicked it: show the Campaigns pane.
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QProgressBar* m_bar;
    ElidedLabel* m_label;
};

/// A one-line label that elides its text instead of widening the window; the full text is the tooltip.
class ElidedLabel : public QWidget
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    void setText(const QString& text);
    QString text() const { return m_text; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
};

} // namespace herald
