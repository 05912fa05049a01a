#pragma once
// Internal timing knobs of one graph. The defaults are the spec's values
// (MS-PPGRH §6); tests shorten them to exercise maintenance without waiting
// minutes. Not part of the public API: the CLI and GUI never need them.

#include <QtGlobal>

namespace peerscope {

class Graph;

struct GraphTuning
{
    int maintenanceWithLinksMs = 300'000; // Graph Maintenance Timer with >= 1 CONNECTED link
    int maintenanceWithoutLinksMs = 30'000; // ... and without
    int keepAliveMs = 60'000; // Ping on every CONNECTED neighbor link
    // Authentication Timer = base + span * e^(-cConns/10) seconds (§6: between 20 s and 300 s).
    int authenticationBaseMs = 20'000;
    int authenticationSpanMs = 280'000;
};

// Applies to the graph's timers from now on (armed timers keep their interval until they fire).
void setGraphTuning(Graph *graph, const GraphTuning &tuning);

} // namespace peerscope
