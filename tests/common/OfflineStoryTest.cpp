#include "common/OfflineStoryTest.h"

#include "common/FreshDatabase.h"
#include "common/StoryFixtures.h"
#include "store/EventStore.h"

#include <QtTest/QTest>
#include <algorithm>
#include <vector>

namespace ct::test {

QStringList storyLines(Store& store) {
    std::vector<std::string> out;
    auto events = store.events({});
    if (!events)
        return {QString::fromStdString("error: " + events.error().message)};
    for (const Event& e : *events) {
        std::vector<std::string> tellings;
        if (auto reports = store.reports(e.id))
            for (const Report& r : *reports)
                tellings.push_back(r.outlet + ":" + r.sentence);
        std::sort(tellings.begin(), tellings.end());
        std::string line =
            "event " + e.title + " " + toText(e.when) + (e.userEdited ? " edited" : "") + " {";
        for (const std::string& t : tellings)
            line += t + "|";
        out.push_back(line + "}");
    }
    if (auto keys = store.storyKeys()) {
        for (const StoryDecision& d : keys->decisions)
            out.push_back("decision " + std::to_string(int(d.kind)) + " " + d.a + " " + d.b);
        for (const std::string& k : keys->chosenDates)
            out.push_back("chosen " + k);
    }
    if (auto articles = store.articleCount())
        out.push_back("articles " + std::to_string(*articles));
    std::sort(out.begin(), out.end());
    QStringList lines;
    for (const std::string& line : out)
        lines.push_back(QString::fromStdString(line));
    return lines;
}

std::unique_ptr<Store> OfflineStoryTest::server() const {
    return TestPostgres::open(m_location);
}

void OfflineStoryTest::createStory() {
    m_location = freshDatabaseOrSkip(m_server);
    if (m_location.empty())
        return;
    m_file = m_dir.filePath(QStringLiteral("offline%1.db").arg(++m_files)).toStdString();
    auto store = server();
    QVERIFY(store);
    Article wire = article("wire", "Wire", "2026-03-04");
    std::vector<Event> a{
        told("2026-03-04", "President Ilian Varro ordered a night curfew in Koldan on Wednesday.",
             0),
        told("2026-03-04", "The European Union warned Ilian Varro on Wednesday against force.",
             80)};
    CHECK_OK(store->addArticle(wire, a));
    Article radio = article("radio", "Radio", "2026-03-05");
    std::vector<Event> b{
        told("2026-03-05", "Ilian Varro imposed a night curfew on Koldan on Thursday.", 0),
        told("2026-06-20", "Talks between the factions resumed in Sarn in June.", 90,
             {"Mara Quell"})};
    CHECK_OK(store->addArticle(radio, b));
    m_curfew = a[0].id;
    m_warning = a[1].id;
    m_talks = b[1].id;
    QCOMPARE(b[0].id, m_curfew); // the same words a day apart: one event, two reports
    QCOMPARE(*store->eventCount(), std::int64_t(3));
}

} // namespace ct::test
