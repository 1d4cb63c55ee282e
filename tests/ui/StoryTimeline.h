#pragma once

// A realistic story for layout and export tests: 60 events of the January 2022 unrest in
// Kazakhstan over 20 days (2-21 January), several actors and places per event, some reported
// by several outlets and three whose reports disagree on the date; optionally two background
// dates far from the rest (1992, 2019). Ids are 1..60 (61, 62 for the background).

#include "TestPrinters.h"
#include "common/Date.h"
#include "export/ExportData.h"

#include <QDate>
#include <algorithm>
#include <array>
#include <vector>

namespace ct::test {

struct StoryEvent {
    int day; // of January 2022
    const char* title;
    std::vector<int> actors; // indices into storyActors()
    std::vector<int> places;
    int sources;
    bool disputed;
};

inline const std::vector<const char*>& storyActors() {
    static const std::vector<const char*> names = {
        "Kassym-Jomart Tokayev", "Vladimir Putin", "CSTO",       "Nursultan Nazarbayev",
        "Antony Blinken",        "Protesters",     "Police",     "Alexander Lukashenko",
        "Nikol Pashinyan",       "Karim Massimov", "Xi Jinping", "Emmanuel Macron"};
    return names;
}

inline const std::vector<const char*>& storyPlaces() {
    static const std::vector<const char*> names = {"Almaty", "Nur-Sultan", "Zhanaozen",
                                                   "Aktau",  "Moscow",     "Washington"};
    return names;
}

inline const std::vector<StoryEvent>& storyEvents() {
    static const std::vector<StoryEvent> events = {
        {2, "Fuel price protest begins in Zhanaozen after LPG price doubles", {5}, {2}, 1, false},
        {2, "Drivers block the main road out of Zhanaozen", {5}, {2}, 1, false},
        {3, "Protests spread to Aktau and the Mangystau region", {5}, {3}, 2, false},
        {3, "Government promises to review the gas price cap", {0}, {1}, 3, false},
        {4, "Thousands march in Almaty against rising prices", {5, 6}, {0}, 1, false},
        {4, "Tokayev cuts the price of gas to 50 tenge per litre", {0}, {1}, 4, false},
        {4, "Police use stun grenades on the Almaty crowd", {6, 5}, {0}, 1, false},
        {5, "Tokayev dismisses the government of Askar Mamin", {0}, {1}, 2, false},
        {5, "State of emergency declared in Almaty and Mangystau", {0}, {0, 3}, 1, false},
        {5, "Protesters storm the Almaty city hall and set it on fire", {5, 6}, {0}, 1, true},
        {5, "Tokayev takes over the Security Council from Nazarbayev", {0, 3}, {1}, 2, false},
        {5, "Internet shut down across Kazakhstan", {0}, {1}, 3, false},
        {5, "Tokayev asks the CSTO for help against terrorist gangs", {0, 2}, {1}, 1, false},
        {6, "CSTO agrees to send a peacekeeping contingent", {2, 8}, {4}, 4, false},
        {6, "First Russian paratroopers land near Almaty", {2, 1}, {0}, 1, false},
        {6, "Dozens of protesters killed in Almaty, police say", {6, 5}, {0}, 2, false},
        {6, "Karim Massimov dismissed as head of the security service", {0, 9}, {1}, 1, false},
        {6, "State Department questions the CSTO deployment", {4}, {5}, 1, false},
        {7, "Tokayev authorises troops to shoot to kill without warning", {0, 6}, {1}, 2, false},
        {7, "Blinken warns that it is hard to get Russians to leave", {4, 1}, {5}, 3, false},
        {7, "Almaty airport back under government control", {6, 2}, {0}, 1, false},
        {7, "Official death toll rises to 26 protesters and 18 police", {6, 5}, {0}, 4, false},
        {7, "Macron calls for restraint in a call with Tokayev", {11, 0}, {}, 1, false},
        {8, "Putin and Tokayev speak by telephone", {1, 0}, {4, 1}, 2, true},
        {8, "Karim Massimov arrested on suspicion of high treason", {9}, {1}, 1, false},
        {8, "Nazarbayev's spokesman says he remains in the capital", {3}, {1}, 1, false},
        {8, "Kremlin announces a CSTO video summit in the coming days", {1, 2}, {4}, 2, false},
        {8, "Xi Jinping praises Tokayev's decisive measures", {10, 0}, {}, 3, false},
        {9, "Nearly 6,000 detained across the country, ministry says", {6}, {1}, 1, false},
        {9, "Shops reopen in central Almaty under curfew", {}, {0}, 4, false},
        {9, "Internet partially restored in Nur-Sultan", {}, {1}, 1, false},
        {10, "CSTO leaders hold a video summit on Kazakhstan", {2, 1, 0, 7, 8}, {4}, 2, false},
        {10, "Putin says a colour revolution was prevented", {1}, {4}, 1, false},
        {10, "National day of mourning for the victims", {0}, {1}, 1, false},
        {10, "Lukashenko says Belarusian troops will stay as long as needed", {7, 2}, {}, 2, false},
        {11, "Tokayev names Alikhan Smailov prime minister", {0}, {1}, 3, false},
        {11, "Tokayev announces the CSTO withdrawal within ten days", {0, 2}, {1}, 1, true},
        {11, "Tokayev criticises Nazarbayev-era oligarchs in parliament", {0, 3}, {1}, 4, false},
        {12, "Almaty airport reopens to international flights", {}, {0}, 1, false},
        {13, "CSTO peacekeepers begin to leave Kazakhstan", {2, 1}, {0}, 2, false},
        {13, "Handover ceremony for the CSTO contingent in Almaty", {2, 0}, {0}, 1, false},
        {13, "Pashinyan says the CSTO mission has been accomplished", {8, 2}, {}, 1, false},
        {14,
         "Nazarbayev's nephew removed from the national security committee",
         {3},
         {1},
         2,
         false},
        {14, "Prosecutors open 500 criminal cases over the unrest", {6}, {1}, 3, false},
        {15, "Almaty lifts the curfew on weekday nights", {}, {0}, 1, false},
        {15, "Blinken and Lavrov set talks on European security", {4, 1}, {5}, 4, false},
        {16, "Families search for relatives held after the protests", {5, 6}, {0}, 1, false},
        {17, "Timur Kulibayev resigns as head of the business lobby", {3}, {1}, 2, false},
        {17, "Tokayev orders a commission on the January events", {0}, {1}, 1, false},
        {18, "Nazarbayev appears in a video and denies a rift with Tokayev", {3, 0}, {1}, 1, false},
        {18, "Nazarbayev's sons-in-law leave state energy posts", {3}, {1}, 2, false},
        {19, "Last CSTO troops leave Kazakhstan", {2, 1}, {0}, 3, false},
        {19, "State of emergency lifted in Almaty", {0}, {0}, 1, false},
        {19,
         "Russian defence ministry reports the return of its paratroopers",
         {1, 2},
         {4},
         4,
         false},
        {20, "Nur-Sultan internet service fully restored", {}, {1}, 1, false},
        {20, "Human rights groups report torture in detention", {6, 5}, {0}, 2, false},
        {20, "Kazakh parliament strips Nazarbayev of lifetime posts", {3, 0}, {1}, 1, false},
        {20, "Tokayev says the attempted coup was planned from abroad", {0}, {1}, 1, false},
        {21, "Mangystau governor replaced after the protests", {0}, {3}, 2, false},
        {21, "Energy ministry extends the gas price cap for 180 days", {0}, {1}, 3, false},
    };
    return events;
}

// The story as an export (or a view) receives it: entries, lane names and the extra lanes of
// events with several actors (places). Actor ids are index + 1, place ids index + 101.
inline ui::ExportData storyData(bool background = false) {
    ui::ExportData data;
    const DayNumber first = toDayNumber(isoDate("2022-01-01")) - 1;
    std::int64_t id = 0;
    std::vector<LaneMembership> extraActors, extraPlaces;
    for (const StoryEvent& s : storyEvents()) {
        TimelineEntry e;
        e.id = ++id;
        e.start = e.end = first + s.day;
        e.articleId = 1 + int(id % 7);
        e.actorId = s.actors.empty() ? -1 : s.actors.front() + 1;
        e.placeId = s.places.empty() ? -1 : s.places.front() + 101;
        e.title = s.title;
        e.sourceCount = std::uint16_t(s.sources);
        e.dateDisputed = s.disputed;
        for (std::size_t k = 1; k < s.actors.size(); ++k)
            extraActors.emplace_back(s.actors[k] + 1, e.id);
        for (std::size_t k = 1; k < s.places.size(); ++k)
            extraPlaces.emplace_back(s.places[k] + 101, e.id);
        data.entries.push_back(e);
    }
    if (background) {
        for (const char* day : {"1992-01-03", "2019-03-20"}) {
            TimelineEntry e;
            e.id = ++id;
            e.start = e.end = toDayNumber(isoDate(day));
            e.actorId = 4; // Nazarbayev
            e.title = id == 61 ? "Kazakhstan joins the United Nations"
                               : "Nazarbayev resigns as president";
            data.entries.push_back(e);
        }
    }
    std::sort(extraActors.begin(), extraActors.end());
    std::sort(extraPlaces.begin(), extraPlaces.end());
    data.names.extraActors = std::make_shared<const std::vector<LaneMembership>>(extraActors);
    data.names.extraPlaces = std::make_shared<const std::vector<LaneMembership>>(extraPlaces);
    for (std::size_t i = 0; i < storyActors().size(); ++i)
        data.names.actors.insert(qint32(i + 1), QString::fromUtf8(storyActors()[i]));
    for (std::size_t i = 0; i < storyPlaces().size(); ++i)
        data.names.places.insert(qint32(i + 101), QString::fromUtf8(storyPlaces()[i]));
    for (int a = 1; a <= 7; ++a) {
        data.names.articles.insert(a, QStringLiteral("Article %1").arg(a));
        data.sources.push_back({a, QStringLiteral("Kazakhstan unrest, report %1").arg(a),
                                QStringLiteral("Outlet %1").arg(a), QDate(2022, 1, 5 + a)});
    }
    return data;
}

} // namespace ct::test
