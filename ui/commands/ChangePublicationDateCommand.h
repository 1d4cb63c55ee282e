#pragma once

#include "commands/StoreCommand.h"
#include "common/Date.h"
#include "model/Article.h"
#include "model/Event.h"

#include <functional>
#include <vector>

namespace ct::ui {

// Sets an article's publication date and re-resolves its events against it
// ("on Thursday" means another day now); events the user created or edited
// are kept by the store. Undo re-resolves against the old date.
class ChangePublicationDateCommand : public StoreCommand {
  public:
    using ReExtract = std::function<std::vector<Event>(const Article&, Date published)>;

    ChangePublicationDateCommand(TimelineDocument& document, qint64 articleId, Date before,
                                 Date after, ReExtract reExtract);

    void redo() override;
    void undo() override;

  private:
    void apply(Date published);

    qint64 m_articleId;
    Date m_before;
    Date m_after;
    ReExtract m_reExtract;
};

} // namespace ct::ui
