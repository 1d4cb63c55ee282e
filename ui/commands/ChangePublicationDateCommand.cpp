#include "commands/ChangePublicationDateCommand.h"

#include "document/QtConvert.h"
#include "document/TimelineDocument.h"

#include <QCoreApplication>

namespace ct::ui {

ChangePublicationDateCommand::ChangePublicationDateCommand(TimelineDocument& document,
                                                           qint64 articleId, Date before,
                                                           Date after, ReExtract reExtract)
    : StoreCommand(document,
                   QCoreApplication::translate("ct::ui::Commands", "Change publication date to %1")
                       .arg(qs(toIso(after)))),
      m_articleId(articleId), m_before(before), m_after(after), m_reExtract(std::move(reExtract)) {}

void ChangePublicationDateCommand::redo() {
    apply(m_after);
}
void ChangePublicationDateCommand::undo() {
    apply(m_before);
}

void ChangePublicationDateCommand::apply(Date published) {
    auto article = m_document.store()->article(m_articleId);
    if (!check(article))
        return;
    std::vector<Event> fresh = m_reExtract(*article, published);
    if (!check(m_document.store()->reResolveArticle(m_articleId, published, fresh)))
        return;
    m_document.notifyArticlesChanged();
}

} // namespace ct::ui
