#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace ct::ui {

// Loads the application's translations (compiled in under :/i18n) and Qt's own (qtbase etc.,
// from the system's Qt translations folder) for one language, and makes that language's
// QLocale the default so the window's dates and numbers follow it.
class Translations {
  public:
    struct Language {
        QString code;       // "de", "ru", ...; as in the .ts file names
        QString nativeName; // as the language calls itself, so anyone finds their own
    };
    // The languages the window can be shown in, English first.
    static QList<Language> available();

    // `code` empty: follow the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Installs the
    // translators on the running application; returns the locale chosen.
    static QLocale install(const QString& code);
    // The command line follows the system only: a script's output must not depend on a
    // preference set in the window.
    static void installForCommandLine();
};

} // namespace ct::ui
