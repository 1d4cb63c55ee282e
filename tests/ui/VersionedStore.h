#pragma once

#include "store/EventStore.h"
#include "store/Store.h"

#include <map>
#include <memory>
#include <unistd.h>

namespace ct::test {

// A SQLite story that checks row versions the way a shared store does (optimistic locking):
// event() tells the version, updateEvent() of a stale version is Error::Code::Conflict. What a
// colleague does goes through colleagueEdit(), which writes and bumps the version as their
// client would. Lets the window's conflict paths be tested without a server.
class VersionedStore final : public Store {
  public:
    explicit VersionedStore(std::unique_ptr<Store> inner) : m_inner(std::move(inner)) {}

    Result<Event> event(std::int64_t id) override {
        auto e = m_inner->event(id);
        if (e) {
            e->version = m_versions[id];
            if (auto who = m_editedBy.find(id); who != m_editedBy.end())
                e->editedBy = who->second;
        }
        return e;
    }
    Result<void> updateEvent(const Event& event) override {
        if (event.version != m_versions[event.id])
            return makeError(Error::Code::Conflict,
                             "event " + std::to_string(event.id) + " was changed by someone else");
        auto written = m_inner->updateEvent(event);
        if (written)
            ++m_versions[event.id];
        return written;
    }
    // Another analyst's edit: written, stamped, and its version moves on.
    Result<void> colleagueEdit(Event event, const std::string& analyst) {
        event.version = m_versions[event.id];
        auto written = m_inner->updateEvent(event);
        if (written) {
            ++m_versions[event.id];
            m_editedBy[event.id] = analyst;
        }
        return written;
    }

    std::string engine() const override { return m_inner->engine(); }
    std::string location() const override { return m_inner->location(); }
    int schemaVersion() const override { return m_inner->schemaVersion(); }
    bool isReadOnly() const override { return m_inner->isReadOnly(); }
    Result<std::int64_t> addArticle(Article& article, std::vector<Event>& events,
                                    const std::vector<story::SentenceText>& texts = {}) override {
        return m_inner->addArticle(article, events, texts);
    }
    Result<void> beginImportBatch() override { return m_inner->beginImportBatch(); }
    Result<void> commitImportBatch() override { return m_inner->commitImportBatch(); }
    void abandonImportBatch() override { return m_inner->abandonImportBatch(); }
    bool inImportBatch() const override { return m_inner->inImportBatch(); }
    Result<void> addDataSetEvents(std::vector<Event>& events) override {
        return m_inner->addDataSetEvents(events);
    }
    Result<std::optional<std::int64_t>> findArticleByHash(const std::string& contentHash) override {
        return m_inner->findArticleByHash(contentHash);
    }
    Result<Article> article(std::int64_t id) override { return m_inner->article(id); }
    Result<std::vector<Article>> articles() override { return m_inner->articles(); }
    Result<std::map<std::int64_t, std::string>> articleTitles() override {
        return m_inner->articleTitles();
    }
    Result<std::int64_t> articleCount() override { return m_inner->articleCount(); }
    Result<void> reResolveArticle(std::int64_t articleId, Date published,
                                  std::vector<Event>& freshEvents) override {
        return m_inner->reResolveArticle(articleId, published, freshEvents);
    }
    Result<std::vector<Event>> events(const EventQuery& query) override {
        return m_inner->events(query);
    }
    Result<std::vector<TimelineEntry>> timelineEntries(const EventQuery& query) override {
        return m_inner->timelineEntries(query);
    }
    Result<std::vector<EventDays>> overlapping(DayNumber first, DayNumber last) override {
        return m_inner->overlapping(first, last);
    }
    Result<std::vector<TimelineSpan>> timelineSpans(const EventQuery& query) override {
        return m_inner->timelineSpans(query);
    }
    Result<std::vector<std::pair<DayNumber, std::int64_t>>> startDayCounts() override {
        return m_inner->startDayCounts();
    }
    Result<std::vector<std::string>> titles(const std::vector<std::int64_t>& ids) override {
        return m_inner->titles(ids);
    }
    Result<std::vector<std::pair<std::int64_t, std::string>>> allTitles() override {
        return m_inner->allTitles();
    }
    Result<std::vector<std::pair<std::int64_t, double>>> allConfidences() override {
        return m_inner->allConfidences();
    }
    Result<std::int64_t> eventCount() override { return m_inner->eventCount(); }
    Result<std::int64_t> reportCount() override { return m_inner->reportCount(); }
    Result<std::string> explainQueryPlan(const EventQuery& query, bool entries) override {
        return m_inner->explainQueryPlan(query, entries);
    }
    Result<void> tuneForStreaming() override { return m_inner->tuneForStreaming(); }
    Result<std::optional<std::pair<Date, Date>>> extent() override { return m_inner->extent(); }
    Result<std::vector<Report>> reports(std::int64_t eventId) override {
        return m_inner->reports(eventId);
    }
    Result<Report> report(std::int64_t reportId) override { return m_inner->report(reportId); }
    Result<StoryEdit> splitReport(std::int64_t reportId) override {
        return m_inner->splitReport(reportId);
    }
    Result<StoryEdit> mergeEvents(std::int64_t into, std::int64_t from) override {
        return m_inner->mergeEvents(into, from);
    }
    Result<StoryEdit> markDistinct(std::int64_t a, std::int64_t b) override {
        return m_inner->markDistinct(a, b);
    }
    Result<StoryEdit> chooseDate(std::int64_t eventId, std::int64_t reportId) override {
        return m_inner->chooseDate(eventId, reportId);
    }
    Result<StoryEdit> revert(const StoryEdit& edit) override { return m_inner->revert(edit); }
    Result<std::int64_t> insertEvent(Event& event) override { return m_inner->insertEvent(event); }
    Result<void> deleteEvent(std::int64_t id) override { return m_inner->deleteEvent(id); }
    Result<std::map<std::int32_t, std::string>> actorNames() override {
        return m_inner->actorNames();
    }
    Result<std::map<std::int32_t, std::string>> placeNames() override {
        return m_inner->placeNames();
    }
    Result<std::vector<std::pair<std::int32_t, std::int64_t>>> extraActorLanes() override {
        return m_inner->extraActorLanes();
    }
    Result<std::vector<std::pair<std::int32_t, std::int64_t>>> extraPlaceLanes() override {
        return m_inner->extraPlaceLanes();
    }
    void setAnalyst(const std::string& name) override { return m_inner->setAnalyst(name); }
    std::string analyst() const override { return m_inner->analyst(); }

  private:
    std::unique_ptr<Store> m_inner;
    std::map<std::int64_t, std::int64_t> m_versions;
    std::map<std::int64_t, std::string> m_editedBy;
};

// A change feed fed by the test: a socket pair whose one end the watcher listens on; push()
// queues changes and writes a byte to wake it, as a server's notification would.
class FakeChangeFeed final : public ChangeFeed {
  public:
    struct Shared {
        int fds[2] = {-1, -1};
        std::vector<StoreChange> queued;
        bool broken = false;
        ~Shared() {
            for (int fd : fds)
                if (fd >= 0)
                    ::close(fd);
        }
    };
    explicit FakeChangeFeed(std::shared_ptr<Shared> shared) : m_shared(std::move(shared)) {}
    int socket() const override { return m_shared->fds[0]; }
    Result<std::vector<StoreChange>> take() override {
        char buffer[64];
        while (::read(m_shared->fds[0], buffer, sizeof buffer) > 0) {
        }
        if (m_shared->broken)
            return makeError(Error::Code::Io, "the server closed the connection");
        return std::exchange(m_shared->queued, {});
    }

  private:
    std::shared_ptr<Shared> m_shared;
};

} // namespace ct::test
