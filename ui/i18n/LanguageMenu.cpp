#include "i18n/LanguageMenu.h"

#include "i18n/Translations.h"
#include "settings/Settings.h"

#include <QActionGroup>
#include <QMessageBox>

namespace ct::ui {

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(tr("&Language"), parent) {
    setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    const QString current = Settings::language();
    const auto add = [&](const QString& code, const QString& text) {
        QAction* action = addAction(text);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("System Language"));
    addSeparator();
    for (const Translations::Language& language : Translations::available())
        add(language.code, language.nativeName);
}

void LanguageMenu::choose(const QString& code) {
    if (code == Settings::language())
        return;
    Settings::setLanguage(code);
    QMessageBox::information(parentWidget(), tr("Language"),
                             tr("The new language applies when Crisis Timeline starts again."));
}

} // namespace ct::ui
