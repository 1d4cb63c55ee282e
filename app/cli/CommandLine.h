#pragma once

namespace ct::cli {

// True when argv names a subcommand (import, events, ...): the program then
// runs without a window and without needing a display.
bool isCommandLineInvocation(int argc, char* argv[]);
int runCommandLine(int argc, char* argv[]);

} // namespace ct::cli
