#include "InspectorApplication.h"

int main(int argc, char *argv[])
{
    return peerscope::gui::runInspector(argc, argv);
}
