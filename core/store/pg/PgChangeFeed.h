#pragma once

#include "store/Store.h"
#include "store/pg/Pg.h"

#include <memory>

namespace ct {

// A PostgreSQL story's change feed: its own connection LISTENing on ct_changes. socket() turns
// readable when a notification arrives; take() consumes what arrived and reads the `changes`
// rows after the last sequence it has seen (notifications only say "something changed": the
// rows say what, and none is missed when several commits coalesce).
class PgChangeFeed final : public ChangeFeed {
  public:
    static Result<std::unique_ptr<PgChangeFeed>> open(const std::string& conninfo);
    int socket() const override { return m_db.socket(); }
    Result<std::vector<StoreChange>> take() override;

  private:
    PgChangeFeed() = default;
    pg::Connection m_db;
    std::int64_t m_lastSequence = 0;
};

} // namespace ct
