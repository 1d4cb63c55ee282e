// GCC 12 with the sanitizers reports std::regex's internal std::function as maybe-uninitialized
// (a false positive inside libstdc++); the pragma must precede every include to reach it.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include "store/pg/Pg.h"

#include <charconv>
#include <cstdlib>
#include <libpq-fe.h>
#include <regex>

namespace ct::pg {

Params& Params::add(std::int64_t value) {
    m_values.emplace_back(std::to_string(value));
    return *this;
}

Params& Params::add(double value) {
    char buffer[40];
    // Shortest text that reads back as the same double: round trips stay exact.
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    m_values.emplace_back(std::string(buffer, end));
    return *this;
}

Params& Params::add(bool value) {
    m_values.emplace_back(value ? "t" : "f");
    return *this;
}

Params& Params::add(std::string value) {
    m_values.emplace_back(std::move(value));
    return *this;
}

Params& Params::null() {
    m_values.emplace_back(std::nullopt);
    return *this;
}

Params& Params::idOrNull(std::int64_t id) {
    return id > 0 ? add(id) : null();
}

Params& Params::dayOrNull(const Date& day) {
    return day.is_special() ? null() : add(std::int64_t(toDayNumber(day)));
}

std::string arrayOf(const std::vector<std::string>& values) {
    std::string out = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        pg::appendArrayElement(out, values[i]);
    }
    out += "}";
    return out;
}

std::string arrayOf(const std::vector<std::int64_t>& values) {
    std::string out = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        out += std::to_string(values[i]);
    }
    out += "}";
    return out;
}

void Rows::Free::operator()(pg_result* result) const {
    PQclear(result);
}

int Rows::size() const {
    return m_result ? PQntuples(m_result.get()) : 0;
}

bool Rows::isNull(int row, int column) const {
    return PQgetisnull(m_result.get(), row, column) != 0;
}

std::string_view Rows::view(int row, int column) const {
    return {PQgetvalue(m_result.get(), row, column),
            std::size_t(PQgetlength(m_result.get(), row, column))};
}

std::int64_t Rows::integer(int row, int column) const {
    const std::string_view text = view(row, column);
    std::int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

double Rows::real(int row, int column) const {
    const std::string_view text = view(row, column);
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

std::int64_t Rows::binaryInteger(int row, int column) const {
    return networkInteger(PQgetvalue(m_result.get(), row, column),
                          PQgetlength(m_result.get(), row, column));
}

std::int64_t networkInteger(const char* bytes, int length) {
    std::uint64_t value = 0;
    for (int i = 0; i < length; ++i)
        value = (value << 8) | static_cast<unsigned char>(bytes[i]);
    if (length == 4)
        return std::int32_t(std::uint32_t(value));
    return std::int64_t(value);
}

bool Rows::boolean(int row, int column) const {
    const std::string_view text = view(row, column);
    return text == "t" || text == "1" || text == "true";
}

std::int64_t Rows::affected() const {
    const char* text = m_result ? PQcmdTuples(m_result.get()) : "";
    return *text ? std::strtoll(text, nullptr, 10) : 0;
}

void Connection::Finish::operator()(pg_conn* conn) const {
    PQfinish(conn);
}

std::string withoutPassword(const std::string& location) {
    // URI: postgresql://user:secret@host/db → postgresql://user@host/db; keywords: password=…
    static const std::regex uriPassword(R"(^(postgres(?:ql)?://[^:/@]*):[^@]*@)");
    static const std::regex keyword(R"((^|\s)password\s*=\s*('(?:[^'\\]|\\.)*'|\S*)\s*)");
    std::string out = std::regex_replace(location, uriPassword, "$1@");
    out = std::regex_replace(out, keyword, "$1");
    static const std::regex queryPassword(R"(([?&])password=[^&]*&?)");
    out = std::regex_replace(out, queryPassword, "$1");
    while (!out.empty() && (out.back() == '?' || out.back() == '&' || out.back() == ' '))
        out.pop_back();
    return out;
}

Result<Connection> Connection::open(const std::string& conninfo) {
    Connection c;
    c.m_location = withoutPassword(conninfo);
    c.m_conn.reset(PQconnectdb(conninfo.c_str()));
    if (!c.m_conn)
        return makeError(Error::Code::Database, c.m_location + ": out of memory connecting");
    if (PQstatus(c.m_conn.get()) != CONNECTION_OK) {
        std::string message = PQerrorMessage(c.m_conn.get());
        while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
            message.pop_back();
        return makeError(Error::Code::Database,
                         c.m_location + ": cannot connect to the server: " + message);
    }
    // Messages in a form the user can read whatever the server's locale; dates as ISO.
    if (auto r = c.script("SET client_encoding = 'UTF8'; SET DateStyle = 'ISO';"
                          " SET client_min_messages = warning");
        !r)
        return r.error();
    return c;
}

Error Connection::error(Error::Code code, std::string_view what) const {
    return makeError(code, m_location + ": " + std::string(what));
}

namespace {

std::string trimmed(const char* text) {
    std::string out = text ? text : "";
    while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
        out.pop_back();
    return out;
}

} // namespace

Result<Rows> Connection::exec(std::string_view sql, const Params& params) {
    return run(sql, params, 0);
}

Result<Rows> Connection::execBinary(std::string_view sql, const Params& params) {
    return run(sql, params, 1);
}

Result<Rows> Connection::run(std::string_view sql, const Params& params, int resultFormat) {
    if (!m_conn)
        return makeError(Error::Code::Database, m_location + ": not connected");
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& v : params.values())
        values.push_back(v ? v->c_str() : nullptr);
    const std::string text(sql);
    return checked(Rows(PQexecParams(m_conn.get(), text.c_str(), int(values.size()), nullptr,
                                     values.data(), nullptr, nullptr, resultFormat)));
}

Result<Rows> Connection::checked(Rows rows) {
    const auto status = rows.m_result ? PQresultStatus(rows.m_result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        m_lastState.clear();
        return rows;
    }
    const char* state =
        rows.m_result ? PQresultErrorField(rows.m_result.get(), PG_DIAG_SQLSTATE) : nullptr;
    m_lastState = state ? state : "";
    const std::string message = trimmed(rows.m_result ? PQresultErrorMessage(rows.m_result.get())
                                                      : PQerrorMessage(m_conn.get()));
    if (PQstatus(m_conn.get()) == CONNECTION_BAD)
        return error(Error::Code::Database, "lost the connection to the server: " + message);
    return error(m_lastState == "23505" ? Error::Code::Duplicate : Error::Code::Database, message);
}

std::string Connection::preparedName(const std::string& sql, bool& fresh) {
    fresh = false;
    if (const auto it = m_prepared.find(sql); it != m_prepared.end())
        return it->second;
    if (m_prepared.size() >= kMaxPrepared)
        return {};
    fresh = true;
    // Never reused, even for a text whose preparing failed: a name the server may hold.
    std::string name = "ct_" + std::to_string(++m_preparedCount);
    m_prepared.emplace(sql, name);
    return name;
}

Result<Rows> Connection::execPrepared(std::string_view sql, const Params& params, bool binary) {
    if (!m_conn)
        return makeError(Error::Code::Database, m_location + ": not connected");
    const std::string text(sql);
    bool fresh = false;
    const std::string name = preparedName(text, fresh);
    if (name.empty())
        return run(sql, params, binary ? 1 : 0);
    if (fresh) {
        auto prepared =
            checked(Rows(PQprepare(m_conn.get(), name.c_str(), text.c_str(), 0, nullptr)));
        if (!prepared) {
            m_prepared.erase(text);
            return prepared.error();
        }
    }
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& v : params.values())
        values.push_back(v ? v->c_str() : nullptr);
    return checked(Rows(PQexecPrepared(m_conn.get(), name.c_str(), int(values.size()),
                                       values.data(), nullptr, nullptr, binary ? 1 : 0)));
}

Result<std::vector<Rows>> Connection::pipeline(const std::vector<Statement>& statements) {
    if (!m_conn)
        return makeError(Error::Code::Database, m_location + ": not connected");
    pg_conn* conn = m_conn.get();
    if (PQenterPipelineMode(conn) != 1)
        return error(Error::Code::Database, trimmed(PQerrorMessage(conn)));
    std::optional<Error> failure;
    std::vector<Rows> out;
    // What was sent, in order: a statement, or the preparing of one (its text) before it.
    std::vector<const std::string*> sent;
    std::vector<const char*> values;
    for (const Statement& s : statements) {
        values.clear();
        for (const auto& v : s.params.values())
            values.push_back(v ? v->c_str() : nullptr);
        bool fresh = false;
        const std::string name = s.reuse ? preparedName(s.sql, fresh) : std::string();
        if (fresh) {
            if (PQsendPrepare(conn, name.c_str(), s.sql.c_str(), 0, nullptr) != 1) {
                m_prepared.erase(s.sql);
                failure = error(Error::Code::Database, trimmed(PQerrorMessage(conn)));
                break;
            }
            sent.push_back(&s.sql);
        }
        const int ok = name.empty() ? PQsendQueryParams(conn, s.sql.c_str(), int(values.size()),
                                                        nullptr, values.data(), nullptr, nullptr, 0)
                                    : PQsendQueryPrepared(conn, name.c_str(), int(values.size()),
                                                          values.data(), nullptr, nullptr, 0);
        if (ok != 1) {
            failure = error(Error::Code::Database, trimmed(PQerrorMessage(conn)));
            break;
        }
        sent.push_back(nullptr);
    }
    if (PQpipelineSync(conn) != 1 && !failure)
        failure = error(Error::Code::Database, trimmed(PQerrorMessage(conn)));
    // Each statement's result is followed by a null one; the sync ends the pipeline.
    std::size_t read = 0;
    for (; read < sent.size() && PQstatus(conn) == CONNECTION_OK; ++read) {
        Rows rows(PQgetResult(conn));
        while (PGresult* rest = PQgetResult(conn))
            PQclear(rest);
        const auto status = rows.m_result ? PQresultStatus(rows.m_result.get()) : PGRES_FATAL_ERROR;
        const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        if (sent[read] && !ok)
            m_prepared.erase(*sent[read]); // not prepared: prepared again next time
        if (ok) {
            if (!sent[read])
                out.push_back(std::move(rows));
            continue;
        }
        if (failure || status == PGRES_PIPELINE_ABORTED)
            continue;
        const char* state =
            rows.m_result ? PQresultErrorField(rows.m_result.get(), PG_DIAG_SQLSTATE) : nullptr;
        m_lastState = state ? state : "";
        failure = error(m_lastState == "23505" ? Error::Code::Duplicate : Error::Code::Database,
                        trimmed(rows.m_result ? PQresultErrorMessage(rows.m_result.get())
                                              : PQerrorMessage(conn)));
    }
    for (; read < sent.size(); ++read) // the connection broke: nothing was prepared for sure
        if (sent[read])
            m_prepared.erase(*sent[read]);
    while (PQstatus(conn) == CONNECTION_OK) {
        Rows sync(PQgetResult(conn));
        if (!sync.m_result || PQresultStatus(sync.m_result.get()) == PGRES_PIPELINE_SYNC)
            break;
    }
    if (PQexitPipelineMode(conn) != 1 && !failure)
        failure = error(Error::Code::Database, trimmed(PQerrorMessage(conn)));
    if (PQstatus(conn) == CONNECTION_BAD && !failure)
        failure = error(Error::Code::Database, "lost the connection to the server");
    if (failure)
        return *failure;
    m_lastState.clear();
    return out;
}

Result<void> Connection::script(std::string_view sql) {
    if (!m_conn)
        return makeError(Error::Code::Database, m_location + ": not connected");
    const std::string text(sql);
    Rows rows(PQexec(m_conn.get(), text.c_str()));
    const auto status = rows.m_result ? PQresultStatus(rows.m_result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return {};
    return error(Error::Code::Database,
                 trimmed(rows.m_result ? PQresultErrorMessage(rows.m_result.get())
                                       : PQerrorMessage(m_conn.get())));
}

Result<void> Connection::copyIn(std::string_view copySql, const std::string& data) {
    const std::string text(copySql);
    {
        Rows start(PQexec(m_conn.get(), text.c_str()));
        if (!start.m_result || PQresultStatus(start.m_result.get()) != PGRES_COPY_IN)
            return error(Error::Code::Database,
                         trimmed(start.m_result ? PQresultErrorMessage(start.m_result.get())
                                                : PQerrorMessage(m_conn.get())));
    }
    if (PQputCopyData(m_conn.get(), data.data(), int(data.size())) != 1 ||
        PQputCopyEnd(m_conn.get(), nullptr) != 1)
        return error(Error::Code::Database, trimmed(PQerrorMessage(m_conn.get())));
    for (;;) {
        Rows end(PQgetResult(m_conn.get()));
        if (!end.m_result)
            return {};
        if (PQresultStatus(end.m_result.get()) != PGRES_COMMAND_OK)
            return error(Error::Code::Database, trimmed(PQresultErrorMessage(end.m_result.get())));
    }
}

int Connection::socket() const {
    return m_conn ? PQsocket(m_conn.get()) : -1;
}

int Connection::backendPid() const {
    return m_conn ? PQbackendPID(m_conn.get()) : 0;
}

void appendCopyField(std::string& out, std::string_view value) {
    for (const char c : value) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

void appendCopyNull(std::string& out) {
    out += "\\N";
}

void appendArrayElement(std::string& out, std::string_view value) {
    out += '"';
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
}

} // namespace ct::pg
