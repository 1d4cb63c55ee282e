#pragma once

// Finds the user-visible strings of a window or dialog that are still in English when the
// application runs in another language: the texts of actions and menus, labels, buttons,
// group boxes, docks, tabs, placeholders, combo items, tool tips and table headers. Reports
// each as `Class "objectName": "text"`, so that after `scripts/update-translations.sh` the
// list says exactly what to translate.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QWidget>

namespace ct::test {

class UntranslatedText {
  public:
    // Texts that may stay as they are: names and data (actors, places, titles), and
    // technical words that are the same in every language.
    explicit UntranslatedText(QSet<QString> allowed) : m_allowed(std::move(allowed)) {}

    QStringList find(QWidget* root) {
        m_found.clear();
        check(root, QStringLiteral("window title"), root->windowTitle());
        visit(root);
        for (QWidget* child : root->findChildren<QWidget*>())
            visit(child);
        for (QAction* action : root->findChildren<QAction*>())
            visitAction(action);
        m_found.removeDuplicates();
        return m_found;
    }

  private:
    static bool isEnglish(QString text) {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        static const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{2,}"));
        static const QRegularExpression cyrillic(QStringLiteral("[\\x{0400}-\\x{04FF}]"));
        static const QRegularExpression technical(QStringLiteral(
            "^(OK|PNG|SVG|PDF|CSV|JSON|A[0-9]|Letter|Legal|Tabloid|px|Ctrl\\+.*|[0-9 .,:%×–-]*)$"));
        // File names and paths (recent databases, export targets) are data.
        static const QRegularExpression fileName(
            QStringLiteral("(^/|\\.(ctl|sqlite|db|txt|png|svg|pdf)$)"));
        text = QTextDocumentFragment::fromHtml(text.remove(tags)).toPlainText();
        text.remove(QLatin1Char('&'));
        text = text.trimmed();
        if (text.isEmpty() || technical.match(text).hasMatch() || fileName.match(text).hasMatch())
            return false;
        return latinWord.match(text).hasMatch() && !cyrillic.match(text).hasMatch();
    }

    void check(QObject* object, const QString& what, const QString& text) {
        if (m_allowed.contains(text.trimmed()) || !isEnglish(text))
            return;
        m_found << QStringLiteral("%1 \"%2\" %3: \"%4\"")
                       .arg(QString::fromLatin1(object->metaObject()->className()),
                            object->objectName(), what, text);
    }

    void visitAction(QAction* action) {
        if (action->isSeparator())
            return;
        check(action, QStringLiteral("text"), action->text());
        if (action->toolTip() != QString(action->text()).remove(QLatin1Char('&')))
            check(action, QStringLiteral("tool tip"), action->toolTip());
        check(action, QStringLiteral("status tip"), action->statusTip());
        if (QMenu* menu = action->menu())
            for (QAction* inner : menu->actions())
                visitAction(inner);
    }

    void visit(QWidget* w) {
        check(w, QStringLiteral("tool tip"), w->toolTip());
        if (auto* label = qobject_cast<QLabel*>(w))
            check(w, QStringLiteral("text"), label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            check(w, QStringLiteral("text"), button->text());
        if (auto* box = qobject_cast<QGroupBox*>(w))
            check(w, QStringLiteral("title"), box->title());
        if (auto* dock = qobject_cast<QDockWidget*>(w))
            check(w, QStringLiteral("title"), dock->windowTitle());
        if (auto* menu = qobject_cast<QMenu*>(w))
            check(w, QStringLiteral("title"), menu->title());
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            check(w, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(w))
            check(w, QStringLiteral("special value"), spin->specialValueText());
        if (auto* spin = qobject_cast<QSpinBox*>(w))
            check(w, QStringLiteral("suffix"), spin->suffix());
        if (auto* combo = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < combo->count(); ++i)
                check(w, QStringLiteral("item %1").arg(i), combo->itemText(i));
        if (auto* tabs = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                check(w, QStringLiteral("tab %1").arg(i), tabs->tabText(i));
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model())
            for (int c = 0; c < view->model()->columnCount(); ++c)
                check(w, QStringLiteral("header %1").arg(c),
                      view->model()->headerData(c, Qt::Horizontal).toString());
    }

    QSet<QString> m_allowed;
    QStringList m_found;
};

} // namespace ct::test
