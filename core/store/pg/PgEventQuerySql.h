#pragma once

#include "store/Store.h"
#include "store/pg/Pg.h"

#include <optional>
#include <string>
#include <string_view>

namespace ct::pg {

// The user's words as a tsquery that cannot be a syntax error; nullopt when there are no words.
std::optional<std::string> tsQuery(std::string_view text);

// The SELECT of the events an EventQuery asks for, with PostgreSQL's tools: the range index on
// days for the window, tsvector for the words. Parameters by meaning ($1 from, $2 to, $3
// tsquery, $4 actor, $5 place, $6 article, $7 limit, $8 sources), each bound only where the
// SQL uses it.
struct EventQuerySql {
    std::string sql;
    Params params;

    // `columns` is the SELECT list over `events e`; nullopt when the query's words hold
    // nothing to search for (no event can match).
    static std::optional<EventQuerySql> build(const char* columns, const EventQuery& query,
                                              bool ordered);
};

} // namespace ct::pg
