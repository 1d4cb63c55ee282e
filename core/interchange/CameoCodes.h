#pragma once

#include <string>
#include <string_view>

namespace ct {

// CAMEO (Conflict and Mediation Event Observations) labels, as GDELT codes its events: the
// 20 root codes ("14" Protest) and the three-digit event codes ("141" Demonstrate or rally).
// A four-digit code falls back to its three-digit parent, then to its root.
class CameoCodes {
  public:
    // "Make a visit" for "042"; empty for a code that is not CAMEO.
    static std::string label(std::string_view code);
    static std::string rootLabel(std::string_view code);
};

} // namespace ct
