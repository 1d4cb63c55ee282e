#include "common/Result.h"

namespace ct {

const char* toText(Error::Code code) {
    switch (code) {
    case Error::Code::Io: return "I/O error";
    case Error::Code::InvalidInput: return "invalid input";
    case Error::Code::Database: return "database error";
    case Error::Code::Duplicate: return "duplicate";
    case Error::Code::Unsupported: return "unsupported";
    case Error::Code::Cancelled: return "cancelled";
    case Error::Code::NotFound: return "not found";
    case Error::Code::Conflict: return "changed by someone else";
    case Error::Code::Internal: return "internal error";
    }
    return "error";
}

} // namespace ct
