#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace ct::ui {

namespace {

// Owned by the application, so they live exactly as long as it.
void load(const QLocale& locale, const QString& name, const QString& folder) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator; // English, or a language we do not have: the source strings stand
}

} // namespace

QList<Translations::Language> Translations::available() {
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("ru"), QStringLiteral("Русский")}};
}

QLocale Translations::install(const QString& code) {
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    load(locale, QStringLiteral("crisis-timeline"), QStringLiteral(":/i18n"));
    // qt_xx is a catalogue of qtbase_xx and the other modules' files (qt6-translations-l10n).
    load(locale, QStringLiteral("qt"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return locale;
}

void Translations::installForCommandLine() {
    install(QString());
}

} // namespace ct::ui
