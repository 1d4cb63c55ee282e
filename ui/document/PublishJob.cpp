#include "document/PublishJob.h"

#include "document/QtConvert.h"
#include "document/StoreOpener.h"
#include "store/Store.h"

#include <memory>

namespace ct::ui {

namespace {

PublishOutcome failed(const QString& message) {
    PublishOutcome outcome;
    outcome.status = PublishOutcome::Status::Failed;
    outcome.message = message;
    return outcome;
}

} // namespace

PublishJob::PublishJob(QObject* parent) : QObject(parent) {
    qRegisterMetaType<ct::ui::PublishOutcome>();
}

bool PublishJob::start(const QString& from, const QString& to, bool replace) {
    auto outcome = std::make_shared<PublishOutcome>();
    return m_job.start([from, to, replace, outcome] { *outcome = run(from, to, replace); },
                       [this, outcome] { emit finished(*outcome); });
}

bool PublishJob::isRunning() const {
    return m_job.isRunning();
}

PublishOutcome PublishJob::run(const QString& from, const QString& to, bool replace) {
    auto source = StoreOpener::open(from, Store::Mode::ReadOnly);
    if (!source)
        return failed(tr("Could not read the story: %1").arg(errorText(source.error())));
    auto target = StoreOpener::open(to, Store::Mode::ReadWriteCreate);
    if (!target)
        return failed(errorText(target.error()));
    Store& into = **target;
    if (!replace) {
        // Asked before anything is written; loadStory refuses it as well should a colleague
        // import in between.
        const auto articles = into.articleCount();
        const auto events = into.eventCount();
        if (!articles || !events)
            return failed(errorText(!articles ? articles.error() : events.error()));
        if (*articles + *events > 0) {
            PublishOutcome held;
            held.status = PublishOutcome::Status::TargetHoldsAStory;
            held.articles = *articles;
            held.events = *events;
            return held;
        }
    }
    if (auto copied = copyStory(**source, into, replace); !copied)
        return failed(errorText(copied.error()));
    PublishOutcome done;
    done.status = PublishOutcome::Status::Published;
    const auto articles = into.articleCount();
    const auto events = into.eventCount();
    done.articles = articles ? *articles : 0;
    done.events = events ? *events : 0;
    return done;
}

} // namespace ct::ui
