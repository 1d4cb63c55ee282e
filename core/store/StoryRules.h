#pragma once

// What an event's reports say about the event, engine-independent: both stores (SQLite's
// StoryRefresh, PostgreSQL's PgStory) decide the event's date, disagreement and source count
// the same way. Pure functions over reports already loaded.

#include "model/Article.h"
#include "model/Event.h"
#include "model/Report.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ct::store {

struct ReportWithPrint {
    Report report;
    std::string fingerprint; // story::fingerprint of its sentence
    std::string key;         // report key (see Schema.cpp, version 3)
};

// Outlets that reported it: reports of one outlet are one source, and so are reports with one
// fingerprint (a wire story republished word for word). Union-find over both relations.
int sourceCountOf(const std::vector<ReportWithPrint>& rows);
// What sourceCountOf joins reports by: the outlet (an article without one is a source of its
// own, a report without either too), and the fingerprint of a sentence long enough to be one
// ("f:…", empty otherwise). For a caller that keeps them without the reports' rows.
struct SourceKeys {
    std::string outlet, print;
};
SourceKeys sourceKeysOf(const std::string& outlet, std::int64_t articleId, std::int64_t reportId,
                        const std::string& fingerprint, std::size_t sentenceBytes);
int sourceCountOf(const std::vector<SourceKeys>& keys);
// The date most reports support: a report supports a span it equals fully and one it overlaps
// by half, and a publication estimate (no date words: "on or shortly before publication")
// supports with half the weight of a date someone wrote and is the event's date only when no
// report names one; ties go to the narrower span, then to the earlier report. spans/rows
// must not be empty; the index into spans.
std::size_t agreedSpanIndex(const std::vector<DateSpan>& spans);
// The same over the distinct spans, each with how many reports name it, in the order of their
// first report: the index into `distinct`. For a caller that keeps an event's spans counted
// (ReportTally) rather than its reports.
struct DistinctSpan {
    DateSpan span;
    double count = 0;
};
std::size_t agreedDistinctIndex(const std::vector<DistinctSpan>& distinct);
DateSpan agreedSpan(const std::vector<DateSpan>& spans);
const Report& agreedDateOf(const std::vector<ReportWithPrint>& rows);
// Two reports naming spans that do not overlap, other than a publication estimate and a day
// shortly before it (a follow-up's undated retelling disputes nothing).
bool spansDisputed(const std::vector<DateSpan>& spans);
// Whether two reports' spans dispute each other so (equal spans never do).
bool spansDispute(const DateSpan& a, const DateSpan& b);
bool datesDisputed(const std::vector<ReportWithPrint>& rows);

// One side of an automatic merge of two events: a report that passes for both
// (story::MergeDecision::bridged).
struct BridgeSide {
    DateSpan when;                   // the event's date, as refreshEvent leaves it
    bool userSet = false;            // the user created or edited it, or chose a report's date
    std::vector<std::string> keys;   // its reports' keys
    std::vector<std::string> places; // the places it names (its links)
    // Whom its reports give an age to (story::ReportFeatures::agedSexes, all reports'): a
    // report naming neither a girl nor a boy must not bridge "a 16-year-old girl" to "his
    // 16-year-old nephew", as no report joins an event whose reports give its age to the
    // other sex.
    std::vector<std::uint16_t> agedSexes;
};
// Whether two events a report bridges may become one, on either engine: their dates not Apart
// (a pair a day apart becomes a date disagreement, as a report a day off does), neither shaped
// by the user (its date or text are the user's word; the user merges by hand), no two rows of
// one data set (its curators made them distinct), and no "not the same" decision between their
// reports — a split is one too, so a report the user split out is never pulled back in.
// Nor when one's reports give an age to a girl and the other's the same age to a boy.
// And a happening happens somewhere: two events that both name places and share none are
// two happenings (a meeting in Moscow and one in Kyiv), whatever report links them; and one
// happening is told with a place, its city and its country (kBridgedPlaces): two events that
// together name more are a chain of happenings that single links joined, not one.
// `apart(a, b)`: the user decided report keys a and b apart (in either order); empty when
// nobody decided anything apart.
constexpr std::size_t kBridgedPlaces = 3;
// mayBridge's rules on the events' dates and places alone, for a caller that can tell from
// what it holds (the story index) before reading either event's rows. Places are compared by
// their cores (story::samePlace): "East Markison Avenue" is "Markison Ave".
bool datesAndPlacesMayBridge(const DateSpan& aWhen, const std::vector<std::string>& aPlaces,
                             const DateSpan& bWhen, const std::vector<std::string>& bPlaces);
// Its two rules apart, for a caller that keys each place once (the story index, by term id):
// the dates not Apart, and the places given as keys that are equal exactly when two names name
// one place (the same name, or the same non-empty core).
bool datesMayBridge(const DateSpan& aWhen, const DateSpan& bWhen);
bool placesMayBridge(const std::vector<std::int64_t>& aPlaces,
                     const std::vector<std::int64_t>& bPlaces);
bool mayBridge(const BridgeSide& a, const BridgeSide& b,
               const std::function<bool(const std::string&, const std::string&)>& apart);
// BridgeSide::agedSexes from reports' sentences, for a caller that holds no features of them.
void addAgedSexes(std::vector<std::uint16_t>& to, std::string_view sentence);

// The key that names a report across re-imports (see Schema.cpp, version 3), the same on both
// engines: decisions and chosen dates are stored against it and copied between them.
std::string articleReportKey(const std::string& contentHash, std::int64_t begin, std::int64_t end);
// The report an extracted event `e` of `article` is, on either engine (the article's id is
// the store's to set).
Report articleReportOf(const Article& article, const Event& e);
// A data set's row's report key, "t:<data set>:<row id>" (a user-added source: "u:t:…"); rows
// sharing the prefix never merge with each other.
std::string dataSetKeyPrefix(const std::string& outlet);
std::string dataSetReportKey(const Report& report);
// The reports a data set's event is stored as, on either engine: its own, or when it came with
// none one of `origin` that it tells itself; each dated as the event and published on its
// date where the row gave neither.
std::vector<Report> reportsToStore(const Event& e, Report::Origin origin);

} // namespace ct::store
