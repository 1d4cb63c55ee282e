#include "dialogs/ConflictDialog.h"

#include "document/QtConvert.h"
#include "models/DateText.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ct::ui {

namespace {

QLabel* cell(const QString& text, QWidget* parent, bool bold = false) {
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (bold) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

} // namespace

ConflictDialog::ConflictDialog(const Event& mine, const Event& theirs, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Changed by Someone Else"));
    const QString who = theirs.editedBy.empty() ? tr("another analyst") : qs(theirs.editedBy);
    auto* intro = new QLabel(tr("%1 changed “%2” after you opened it. Which version should stay?")
                                 .arg(who, qs(theirs.title)),
                             this);
    intro->setWordWrap(true);

    auto* grid = new QGridLayout;
    grid->addWidget(cell(tr("Yours"), this, true), 0, 1);
    grid->addWidget(cell(tr("Theirs"), this, true), 0, 2);
    const struct {
        QString name, yours, theirs;
    } rows[] = {
        {tr("Title"), qs(mine.title), qs(theirs.title)},
        {tr("Date"), DateText::format(mine.when), DateText::format(theirs.when)},
        {tr("By"), tr("you"), who},
        {tr("At"), tr("not saved"), qs(theirs.editedAt)},
    };
    int row = 1;
    for (const auto& r : rows) {
        grid->addWidget(cell(r.name, this, true), row, 0);
        grid->addWidget(cell(r.yours, this), row, 1);
        QLabel* their = cell(r.theirs, this);
        if (r.yours != r.theirs) {
            QFont font = their->font();
            font.setItalic(true);
            their->setFont(font);
        }
        grid->addWidget(their, row, 2);
        ++row;
    }

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keep = buttons->addButton(tr("&Keep Theirs"), QDialogButtonBox::RejectRole);
    QPushButton* overwrite =
        buttons->addButton(tr("&Overwrite with Mine"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepTheirs"));
    overwrite->setObjectName(QStringLiteral("overwrite"));
    keep->setDefault(true); // the safe choice: nothing of theirs is lost
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepTheirs;
        reject();
    });
    connect(overwrite, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Overwrite;
        accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(buttons);
}

} // namespace ct::ui
