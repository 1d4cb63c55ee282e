#pragma once

// RAII over libpq: a connection (PGconn) and a result (PGresult), parameters passed as text
// (libpq's text format: no client-side type knowledge needed, and the server checks every
// value against its column type). Errors come back as ct::Error with the server's message and
// the location without its password.

#include "common/Date.h"
#include "common/Result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct pg_conn;
struct pg_result;

namespace ct::pg {

// Parameters $1, $2, … in order; nullopt is SQL NULL.
class Params {
  public:
    Params& add(std::int64_t value);
    Params& add(int value) { return add(std::int64_t(value)); }
    Params& add(double value);
    Params& add(bool value);
    Params& add(std::string value);
    Params& add(std::string_view value) { return add(std::string(value)); }
    Params& add(const char* value) { return add(std::string(value)); }
    Params& null();
    // An id where 0 means none (articles, events): NULL for 0.
    Params& idOrNull(std::int64_t id);
    // A day where not-a-date means none (publication, first report): NULL for none.
    Params& dayOrNull(const Date& day);

    std::size_t size() const { return m_values.size(); }
    const std::vector<std::optional<std::string>>& values() const { return m_values; }

  private:
    std::vector<std::optional<std::string>> m_values;
};

// A query's rows, as text. Owns the PGresult.
class Rows {
  public:
    Rows() = default;
    int size() const;
    bool empty() const { return size() == 0; }
    bool isNull(int row, int column) const;
    std::string_view view(int row, int column) const;
    std::string text(int row, int column) const { return std::string(view(row, column)); }
    std::int64_t integer(int row, int column) const; // 0 for NULL
    double real(int row, int column) const;
    bool boolean(int row, int column) const; // 't'
    // An int4 or int8 column of a result in binary format (Connection::execBinary).
    std::int64_t binaryInteger(int row, int column) const;
    // Rows changed by an INSERT/UPDATE/DELETE.
    std::int64_t affected() const;

  private:
    friend class Connection;
    struct Free {
        void operator()(pg_result* result) const;
    };
    explicit Rows(pg_result* result) : m_result(result) {}
    std::unique_ptr<pg_result, Free> m_result;
};

// One statement of a pipeline (Connection::pipeline).
struct Statement {
    std::string sql;
    Params params;
    // Prepared once per connection and run by name from then on (Connection::execPrepared):
    // for statements sent again and again with other values, whose parsing and planning
    // the server would otherwise repeat each time.
    bool reuse = false;
};

class Connection {
  public:
    // `conninfo`: a postgresql:// URI or a libpq keyword string; PG* environment variables
    // fill what it leaves out, as everywhere libpq is used.
    static Result<Connection> open(const std::string& conninfo);

    Connection() = default;
    Connection(Connection&&) noexcept = default;
    Connection& operator=(Connection&&) noexcept = default;

    Result<Rows> exec(std::string_view sql, const Params& params = {});
    // The same with the rows in binary format, read with Rows::binaryInteger: for queries of
    // thousands of integer rows (the window), where formatting and parsing text was a third
    // of the time.
    Result<Rows> execBinary(std::string_view sql, const Params& params = {});
    // exec/execBinary through a statement prepared on this connection the first time its text
    // is seen and reused after: the server parses and plans it once (a generic plan after a
    // few runs) instead of per call. For statements a session repeats — the window's query,
    // an import's reads. Past kMaxPrepared texts, statements run unprepared.
    Result<Rows> execPrepared(std::string_view sql, const Params& params, bool binary = false);
    static constexpr std::size_t kMaxPrepared = 64;
    // Several statements with parameters in one round trip (libpq's pipeline mode): their
    // rows in order, or the first failure (the statements after it are not run). Within a
    // transaction a failure aborts it, as a failed exec() does.
    Result<std::vector<Rows>> pipeline(const std::vector<Statement>& statements);
    // Several statements without parameters (schema scripts).
    Result<void> script(std::string_view sql);
    // COPY table(columns) FROM STDIN with rows in COPY's text format (see copyEscape).
    Result<void> copyIn(std::string_view copySql, const std::string& data);

    // Where it is connected, without the password: for messages and Store::location().
    const std::string& location() const { return m_location; }
    pg_conn* raw() const { return m_conn.get(); }
    int socket() const;
    // The server process serving this connection (for measuring its CPU time: ct-bench).
    int backendPid() const;
    bool isOpen() const { return bool(m_conn); }
    // Server-side state of the last statement's failure, e.g. "23505" (unique violation).
    const std::string& lastSqlState() const { return m_lastState; }

    Error error(Error::Code code, std::string_view what) const;

  private:
    Result<Rows> run(std::string_view sql, const Params& params, int resultFormat);
    // A statement's result, or the failure it reports (with the SQL state kept).
    Result<Rows> checked(Rows rows);
    // The name `sql` is prepared under, a new one (marked in `fresh`) when it is not yet, or
    // empty when the cache is full.
    std::string preparedName(const std::string& sql, bool& fresh);
    struct Finish {
        void operator()(pg_conn* conn) const;
    };
    std::unique_ptr<pg_conn, Finish> m_conn;
    std::string m_location;
    std::string m_lastState;
    std::unordered_map<std::string, std::string> m_prepared; // text → statement name
    std::size_t m_preparedCount = 0;
};

// `location` without a password, in either form (URI or keywords): what messages may show.
std::string withoutPassword(const std::string& location);
// A value in COPY's text format: backslash, tab, newline and carriage return escaped.
void appendCopyField(std::string& out, std::string_view value);
void appendCopyNull(std::string& out);
// A network-order (big-endian) two's-complement integer of `length` bytes (4 or 8): a value of
// a binary result, or a piece of a bytea the server packed (PgStore::overlapping).
std::int64_t networkInteger(const char* bytes, int length);
// An element of an array literal ('{"a","b"}'), quoted, for text[] parameters.
void appendArrayElement(std::string& out, std::string_view value);
// '{"a","b"}' and '{1,2}': array parameters (text[], bigint[]). Built piece by piece: the
// shorter `"," + std::to_string(…)` trips GCC 12's -Wrestrict at -O3.
std::string arrayOf(const std::vector<std::string>& values);
std::string arrayOf(const std::vector<std::int64_t>& values);

} // namespace ct::pg
