#pragma once
// The graph-wide clock of one node (peer time, §3.6): local UTC plus a delta
// learnt from neighbours. Tests may run the clock faster than real time; the
// timers of the replicator scale with it so that lifetimes of minutes pass in
// a fraction of a second.

#include "PeerTypes.h"

namespace peerscope {

class PeerClock
{
public:
    // speed > 1 makes peer time (and UTC as seen by this clock) run faster.
    explicit PeerClock(double speed = 1.0);

    static constexpr PeerTime TicksPerSecond = 10'000'000;
    static constexpr PeerTime TicksPerMillisecond = 10'000;

    // Local UTC in FILETIME units (scaled by the speed; all clocks of a process share one origin).
    PeerTime universalNow() const;
    PeerTime now() const { return toPeer(universalNow()); }
    PeerTime toPeer(PeerTime utc) const { return PeerTime(qint64(utc) + m_delta); }
    PeerTime toUniversal(PeerTime peer) const { return PeerTime(qint64(peer) - m_delta); }

    qint64 delta() const { return m_delta; }
    void setDelta(qint64 delta) { m_delta = delta; }

    // Real milliseconds a timer must wait for `ticks` of peer time to pass.
    int timerInterval(PeerTime ticks) const;

private:
    double m_speed;
    qint64 m_delta = 0;
};

} // namespace peerscope
