#pragma once

#include <string>
#include <string_view>

namespace ct {

// Who a store records as making imports and edits ("who did what" on a server story). The
// first name that is not blank wins, in this order: `explicitName` (the command line's
// --analyst), $CT_ANALYST (one analyst's shell or session), `configured` (the window's
// Analyst Name setting), and last `fallback`, the store's own default (the server role on
// PostgreSQL, the login name on SQLite). Surrounding white space is dropped.
std::string resolveAnalystName(std::string_view explicitName, std::string_view configured,
                               std::string_view fallback);

} // namespace ct
