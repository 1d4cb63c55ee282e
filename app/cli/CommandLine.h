#pragma once

namespace ct::cli {

// True when argv names a subcommand (import, events, ...), or a word that can only be a
// mistyped one: the program then runs without a window and without needing a display.
bool isCommandLineInvocation(int argc, char* argv[]);
int runCommandLine(int argc, char* argv[]);

// Whether Qt's platform plugin can find a display. Checked before QApplication exists,
// because without one Qt aborts (SIGABRT) instead of returning an error.
bool displayAvailable();
// One line saying there is no display and where the command line is; returns exit code 1.
int reportNoDisplay(int argc, char* argv[]);

} // namespace ct::cli
