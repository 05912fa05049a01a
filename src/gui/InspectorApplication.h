#pragma once

namespace peerscope::gui {

// Sets up translations, icons and settings, shows the main window and runs the event loop.
int runInspector(int argc, char *argv[]);

} // namespace peerscope::gui
