#include "store/pg/PgEventQuerySql.h"

#include <cctype>
#include <limits>
#include <utility>
#include <vector>

namespace ct::pg {

namespace {

bool isWordByte(unsigned char c) {
    return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

} // namespace

// The user's words as a tsquery that cannot be a syntax error: each run of word bytes is a
// quoted lexeme, lower-cased as the 'simple' configuration indexes them, ANDed, and the last
// is a prefix so that results follow typing (as the FTS5 expression on SQLite).
std::optional<std::string> tsQuery(std::string_view text) {
    std::vector<std::string> words;
    std::string current;
    for (const char c : text) {
        if (isWordByte(static_cast<unsigned char>(c)))
            current += char(std::tolower(static_cast<unsigned char>(c)));
        else if (!current.empty())
            words.push_back(std::exchange(current, {}));
    }
    if (!current.empty())
        words.push_back(current);
    if (words.empty())
        return std::nullopt;
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i)
        out += (i ? " & '" : "'") + words[i] + "'";
    out += ":*";
    return out;
}

std::optional<EventQuerySql> EventQuerySql::build(const char* columns, const EventQuery& q,
                                                  bool ordered) {
    EventQuerySql out;
    out.sql = columns;
    out.sql += " FROM events e WHERE true";
    int n = 0;
    const auto next = [&n] {
        std::string placeholder(1, '$'); // not "$" + …: GCC 12 -O3 warns -Wrestrict
        placeholder += std::to_string(++n);
        return placeholder;
    };
    if (q.from || q.to) {
        // The window index on days answers the overlap, whatever the events' durations.
        const std::string from = next(), to = next();
        out.sql += " AND e.days && int4range(" + from + "::integer, " + to + "::integer, '[]')";
        out.params.add(std::int64_t(q.from ? toDayNumber(*q.from)
                                           : std::numeric_limits<std::int32_t>::min() + 1));
        out.params.add(
            std::int64_t(q.to ? toDayNumber(*q.to) : std::numeric_limits<std::int32_t>::max() - 1));
    }
    if (!q.text.empty()) {
        auto match = tsQuery(q.text);
        if (!match)
            return std::nullopt;
        const std::string m = next();
        out.sql += " AND (e.search @@ to_tsquery('simple', " + m +
                   ") OR e.id IN (SELECT r.event_id FROM reports r WHERE r.search @@"
                   " to_tsquery('simple', " +
                   m + ")))";
        out.params.add(*match);
    }
    if (!q.actor.empty()) {
        out.sql += " AND e.id IN (SELECT ea.event_id FROM event_actors ea JOIN actors a"
                   " ON a.id = ea.actor_id WHERE a.name = " +
                   next() + ")";
        out.params.add(q.actor);
    }
    if (!q.place.empty()) {
        out.sql += " AND e.id IN (SELECT ep.event_id FROM event_places ep JOIN places p"
                   " ON p.id = ep.place_id WHERE p.name = " +
                   next() + ")";
        out.params.add(q.place);
    }
    if (q.articleId) {
        out.sql += " AND e.id IN (SELECT event_id FROM reports WHERE article_id = " + next() + ")";
        out.params.add(*q.articleId);
    }
    if (q.minSources > 1) {
        out.sql += " AND e.source_count >= " + next();
        out.params.add(std::int64_t(q.minSources));
    }
    if (ordered)
        out.sql += " ORDER BY e.start_day, e.id";
    if (q.limit > 0) {
        out.sql += " LIMIT " + next();
        out.params.add(std::int64_t(q.limit));
    }
    return out;
}

} // namespace ct::pg
