#include "model/Report.h"

#include "model/Event.h"

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

Report reportOf(const Event& event, Report::Origin origin) {
    Report r;
    r.origin = origin;
    r.when = event.when;
    r.title = event.title;
    r.sentence = event.sentence;
    r.sentenceBegin = event.sentenceBegin;
    r.sentenceEnd = event.sentenceEnd;
    r.dateText = event.dateText;
    r.resolution = event.resolution;
    r.confidence = event.confidence;
    return r;
}

} // namespace ct
