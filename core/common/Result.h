#pragma once

#include <string>
#include <utility>
#include <variant>

namespace ct {

// Errors travel out of core as values; the UI decides how to show them.
struct Error {
    enum class Code {
        Io,            // file missing, unreadable, unwritable
        InvalidInput,  // bad article text, bad encoding, bad date
        Database,      // SQLite refused (corrupt, locked, read-only, full)
        Duplicate,     // the article is already stored
        Unsupported,   // e.g. a schema from a newer version of the program
        Cancelled,
        NotFound,
        Conflict,      // another analyst changed the row since it was read
        Internal,
    };
    Code code = Code::Internal;
    std::string message;
};

const char* toText(Error::Code code);

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(Error::Code code, std::string message) {
    return Error{code, std::move(message)};
}

} // namespace ct
