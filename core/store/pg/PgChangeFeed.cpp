#include "store/pg/PgChangeFeed.h"

#include <charconv>
#include <libpq-fe.h>

namespace ct {

Result<std::unique_ptr<PgChangeFeed>> PgChangeFeed::open(const std::string& conninfo) {
    auto db = pg::Connection::open(conninfo);
    if (!db)
        return db.error();
    std::unique_ptr<PgChangeFeed> feed(new PgChangeFeed()); // private constructor
    feed->m_db = std::move(*db);
    // LISTEN first, then read where the feed starts: a change committed in between is both
    // notified and after the sequence read, so it is neither lost nor reported twice.
    if (auto r = feed->m_db.script("LISTEN ct_changes"); !r)
        return r.error();
    auto last = feed->m_db.exec("SELECT coalesce(max(sequence), 0) FROM changes");
    if (!last)
        return last.error();
    feed->m_lastSequence = last->integer(0, 0);
    return feed;
}

namespace {

StoreChange::Kind kindOf(std::string_view text) {
    return text == "import"   ? StoreChange::Kind::Import
           : text == "story"  ? StoreChange::Kind::Story
           : text == "delete" ? StoreChange::Kind::Delete
                              : StoreChange::Kind::Edit;
}

// "{1,2,3}" → ids.
std::vector<std::int64_t> idsOf(std::string_view array) {
    std::vector<std::int64_t> out;
    const char* p = array.data();
    const char* end = p + array.size();
    while (p < end) {
        if (*p >= '0' && *p <= '9') {
            std::int64_t id = 0;
            p = std::from_chars(p, end, id).ptr;
            out.push_back(id);
        } else {
            ++p;
        }
    }
    return out;
}

} // namespace

Result<std::vector<StoreChange>> PgChangeFeed::take() {
    if (PQconsumeInput(m_db.raw()) == 0)
        return m_db.error(Error::Code::Database,
                          std::string("lost the connection to the server: ") +
                              PQerrorMessage(m_db.raw()));
    bool notified = false;
    while (PGnotify* n = PQnotifies(m_db.raw())) {
        notified = true;
        PQfreemem(n);
    }
    std::vector<StoreChange> out;
    if (!notified)
        return out;
    auto rows = m_db.exec("SELECT sequence, kind, event_ids, analyst FROM changes"
                          " WHERE sequence > $1 ORDER BY sequence",
                          pg::Params().add(m_lastSequence));
    if (!rows)
        return rows.error();
    for (int i = 0; i < rows->size(); ++i) {
        StoreChange c;
        c.sequence = rows->integer(i, 0);
        c.kind = kindOf(rows->view(i, 1));
        c.eventIds = idsOf(rows->view(i, 2));
        c.analyst = rows->text(i, 3);
        m_lastSequence = c.sequence;
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace ct
