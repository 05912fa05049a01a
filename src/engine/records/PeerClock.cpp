#include "records/PeerClock.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>

namespace peerscope {

namespace {

constexpr qint64 FileTimeEpochOffsetMs = 11'644'473'600'000; // 1601-01-01 to 1970-01-01

struct Origin
{
    QElapsedTimer elapsed;
    PeerTime utc;
    Origin()
        : utc(PeerTime(QDateTime::currentMSecsSinceEpoch() + FileTimeEpochOffsetMs) * PeerClock::TicksPerMillisecond)
    {
        elapsed.start();
    }
};

// One origin per process, so that sped-up clocks of several replicators agree.
const Origin &origin()
{
    static const Origin o;
    return o;
}

} // namespace

PeerClock::PeerClock(double speed)
    : m_speed(speed > 0 ? speed : 1.0)
{
    origin();
}

PeerTime PeerClock::universalNow() const
{
    const Origin &o = origin();
    const double elapsedTicks = double(o.elapsed.nsecsElapsed()) / 100.0 * m_speed;
    return o.utc + PeerTime(elapsedTicks);
}

int PeerClock::timerInterval(PeerTime ticks) const
{
    const double ms = double(ticks) / double(TicksPerMillisecond) / m_speed;
    return int(std::clamp(ms, 0.0, double(std::numeric_limits<int>::max())));
}

} // namespace peerscope
