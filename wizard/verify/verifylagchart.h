#pragma once
// The verification screen's small chart: how far the standby is behind the primary over the
// last minutes (seconds and bytes not yet applied), one sample per refresh. Painting is cheap:
// at most a few hundred points.
#include <QDateTime>
#include <QList>
#include <QWidget>

#include <optional>

namespace oef::ui {

class VerifyLagChart : public QWidget
{
    Q_OBJECT
public:
    explicit VerifyLagChart(QWidget *parent = nullptr);

    // A sample at `at`; a missing value (not measured) leaves a gap.
    void addSample(const QDateTime &at, std::optional<double> seconds, std::optional<qint64> bytes);
    void clear();
    int sampleCount() const { return int(m_samples.size()); }
    void setWindowSeconds(int seconds); // default 300 (five minutes)
    int windowSeconds() const { return m_windowSeconds; }
    // The largest values in the window (for the axis labels, and tests).
    double maxSeconds() const;
    qint64 maxBytes() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Sample
    {
        qint64 msecs;
        std::optional<double> seconds;
        std::optional<qint64> bytes;
    };
    void prune(qint64 now);
    void updateToolTip();

    QList<Sample> m_samples;
    int m_windowSeconds = 300;
};

} // namespace oef::ui
