// An event's tally of its reports (core/store/ReportTally): what it says must be what
// refreshEvent reads from all the reports in its order — the agreed date, the disagreement,
// the sources and the first report — whatever order the reports join in, and after two
// tallies become one.
#include "TestPrinters.h"
#include "store/ReportTally.h"
#include "store/StoryRules.h"
#include "story/StoryMerger.h"

#include <QtTest/QTest>

#include <algorithm>
#include <optional>

using namespace ct;

namespace {

struct Joined {
    std::int64_t id;
    std::optional<DayNumber> published;
    DateSpan when;
    store::SourceKeys source;
};

DateSpan day(const char* iso) {
    return singleDay(isoDate(iso));
}

DateSpan estimate(const char* published) {
    return story::publicationEstimate(isoDate(published));
}

DayNumber on(const char* iso) {
    return toDayNumber(isoDate(iso));
}

// refreshEvent's order: by publication day, undated last, then id.
std::vector<Joined> inRefreshOrder(std::vector<Joined> reports) {
    std::sort(reports.begin(), reports.end(), [](const Joined& a, const Joined& b) {
        if (a.published.has_value() != b.published.has_value())
            return a.published.has_value();
        if (a.published != b.published)
            return *a.published < *b.published;
        return a.id < b.id;
    });
    return reports;
}

} // namespace

Q_DECLARE_METATYPE(std::vector<Joined>)

class TestReportTally : public QObject {
    Q_OBJECT
  private slots:
    void saysWhatAllTheReportsSay_data() {
        QTest::addColumn<std::vector<Joined>>("reports"); // in the order they join
        const store::SourceKeys wire{"o:Wire", "f:abc"}, copy{"o:Daily", "f:abc"};
        const store::SourceKeys daily{"o:Daily", ""}, local{"a:7", ""}, other{"o:Star", "f:xyz"};
        QTest::newRow("one report") << std::vector<Joined>{
            {5, on("2026-03-08"), day("2026-03-07"), wire}};
        QTest::newRow("a later-published report joins first: a tie goes to the earlier one")
            << std::vector<Joined>{{9, on("2026-03-09"), day("2026-03-06"), daily},
                                   {4, on("2026-03-08"), day("2026-03-05"), local}};
        QTest::newRow("undated publication last, then by id")
            << std::vector<Joined>{{3, std::nullopt, day("2026-03-06"), daily},
                                   {8, on("2026-03-08"), day("2026-03-05"), local},
                                   {2, std::nullopt, day("2026-03-05"), other}};
        QTest::newRow("many reports of few spans, estimates among them")
            << std::vector<Joined>{{1, on("2026-03-11"), estimate("2026-03-11"), daily},
                                   {2, on("2026-03-11"), estimate("2026-03-11"), local},
                                   {3, on("2026-03-10"), day("2026-03-07"), wire},
                                   {4, on("2026-03-11"), estimate("2026-03-11"), other},
                                   {5, on("2026-03-09"), day("2026-03-07"), copy},
                                   {6, on("2026-03-09"), day("2026-03-08"), daily}};
        QTest::newRow("a day and the next: disputed")
            << std::vector<Joined>{{1, on("2026-03-08"), day("2026-03-05"), daily},
                                   {2, on("2026-03-08"), day("2026-03-06"), local},
                                   {3, on("2026-03-08"), day("2026-03-06"), daily}};
        QTest::newRow("a wire story republished joins its outlets into one source")
            << std::vector<Joined>{{1, on("2026-03-08"), day("2026-03-07"), daily},
                                   {2, on("2026-03-08"), day("2026-03-07"), other},
                                   {3, on("2026-03-08"), day("2026-03-07"), wire},
                                   {4, on("2026-03-08"), day("2026-03-07"), copy}};
    }
    void saysWhatAllTheReportsSay() {
        QFETCH(std::vector<Joined>, reports);
        const std::vector<Joined> ordered = inRefreshOrder(reports);
        std::vector<DateSpan> spans;
        std::vector<store::SourceKeys> sources;
        for (const Joined& r : ordered) {
            spans.push_back(r.when);
            sources.push_back(r.source);
        }
        // All joining one tally, and split between two that then become one.
        for (std::size_t split = 0; split <= reports.size(); ++split) {
            store::ReportTally tally, other;
            for (std::size_t i = 0; i < reports.size(); ++i)
                (i < split ? tally : other)
                    .add(reports[i].id, reports[i].published, reports[i].when, reports[i].source);
            // Asked before they become one: the date each keeps must not outlive the absorb.
            if (split > 0 && split < reports.size()) {
                (void)tally.agreed();
                (void)other.agreed();
            }
            tally.absorb(other);
            QCOMPARE(tally.reports(), reports.size());
            QCOMPARE(tally.agreed(), store::agreedSpan(spans));
            QCOMPARE(tally.disputed(), store::spansDisputed(spans));
            QCOMPARE(tally.sources(), store::sourceCountOf(sources));
            QCOMPARE(tally.firstReport(), ordered.front().id);
        }
    }
    // agreed() is kept between joins: asked after each one, it is what all the reports so
    // far say, never the date before the last join.
    void agreedFollowsEachJoin_data() { saysWhatAllTheReportsSay_data(); }
    void agreedFollowsEachJoin() {
        QFETCH(std::vector<Joined>, reports);
        store::ReportTally tally;
        for (std::size_t i = 0; i < reports.size(); ++i) {
            tally.add(reports[i].id, reports[i].published, reports[i].when, reports[i].source);
            std::vector<DateSpan> spans;
            for (const Joined& r : inRefreshOrder({reports.begin(), reports.begin() +
                                                                        std::ptrdiff_t(i + 1)}))
                spans.push_back(r.when);
            QCOMPARE(tally.agreed(), store::agreedSpan(spans));
            QCOMPARE(tally.agreed(), store::agreedSpan(spans)); // and again, from what was kept
        }
    }
};

QTEST_GUILESS_MAIN(TestReportTally)
#include "tst_report_tally.moc"
