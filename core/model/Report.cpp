#include "model/Report.h"

namespace ct {

const char* toText(Report::Origin origin) {
    switch (origin) {
    case Report::Origin::Article:
        return "article";
    case Report::Origin::Table:
        return "table";
    case Report::Origin::User:
        return "user";
    }
    return "article";
}

} // namespace ct
