#include "synth/ArticleGenerator.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <array>

namespace ct {
namespace {

constexpr std::array kActors = {"Vladimir Putin",   "Kassym-Jomart Tokayev", "Antony Blinken",
                                "Sergei Lavrov",    "Joe Biden",             "Xi Jinping",
                                "Emmanuel Macron",  "Olaf Scholz",           "Recep Tayyip Erdogan",
                                "Volodymyr Zelensky", "the United Nations",  "NATO",
                                "the European Union", "the CSTO",            "the Kremlin"};
constexpr std::array kPlaces = {"Kazakhstan", "Almaty",  "Moscow",   "Kyiv",    "Brussels",
                                "Geneva",     "Ankara",  "Beijing",  "Washington", "Paris",
                                "Berlin",     "Tbilisi", "Yerevan",  "Baku",    "Minsk"};
constexpr std::array kPastVerbs = {"met officials in",  "warned of unrest in", "arrived in",
                                   "held talks in",     "condemned violence in", "announced aid for",
                                   "sent observers to", "criticised the response in"};
constexpr std::array kFutureVerbs = {"will travel to", "is expected to visit", "plans to meet leaders in",
                                     "will hold a summit in"};
constexpr std::array kWeekdays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                  "Friday", "Saturday", "Sunday"};
constexpr std::array kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                "July",    "August",   "September", "October", "November", "December"};
constexpr std::array kFillers = {
    "Analysts said the situation remained tense and that further protests could not be ruled out.",
    "The statement gave no figures for the number of people detained.",
    "Local media reported long queues at fuel stations and closed shops across the region.",
    "Diplomats described the talks as difficult but constructive, according to people familiar with them.",
    "Officials did not respond to a request for comment."};

} // namespace

ArticleGenerator::ArticleGenerator(std::uint64_t seed, Date firstDay, int spanDays)
    : m_state(seed * 0x9E3779B97F4A7C15ull + 0x1234567ull), m_firstDay(firstDay),
      m_spanDays(spanDays) {}

// xorshift64*: the same sequence on every platform and standard library.
std::uint32_t ArticleGenerator::random() {
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    return std::uint32_t((m_state * 0x2545F4914F6CDD1Dull) >> 32);
}

std::string ArticleGenerator::sentence(const Date& published) {
    const std::string actor = kActors[pick(kActors.size())];
    const std::string place = kPlaces[pick(kPlaces.size())];
    std::string subject = actor;
    subject[0] = char(std::toupper(static_cast<unsigned char>(subject[0])));
    switch (pick(8)) {
    case 0:
        return subject + " " + kPastVerbs[pick(kPastVerbs.size())] + " " + place + " on " +
               kWeekdays[pick(kWeekdays.size())] + ", officials said.";
    case 1:
        return subject + " " + kFutureVerbs[pick(kFutureVerbs.size())] + " " + place + " on " +
               kWeekdays[pick(kWeekdays.size())] + ".";
    case 2: {
        const Date d = published - boost::gregorian::days(long(1 + pick(40)));
        return "On " + std::string(kMonths[d.month() - 1]) + " " + std::to_string(d.day()) + ", " +
               actor + " " + kPastVerbs[pick(kPastVerbs.size())] + " " + place + ".";
    }
    case 3:
        return subject + " said yesterday that talks in " + place + " would continue.";
    case 4:
        return subject + " " + kPastVerbs[pick(kPastVerbs.size())] + " " + place +
               " earlier this week, the ministry said in a statement.";
    case 5:
        return "A meeting between " + actor + " and officials in " + place +
               " is expected in the coming days.";
    case 6: {
        const int n = 2 + int(pick(5));
        return "Protests broke out in " + place + " " + std::to_string(n) +
               " days ago after fuel prices rose.";
    }
    default:
        return kFillers[pick(kFillers.size())];
    }
}

GeneratedArticle ArticleGenerator::next() {
    GeneratedArticle article;
    article.published = m_firstDay + boost::gregorian::days(long(pick(std::size_t(m_spanDays))));
    const std::string place = kPlaces[pick(kPlaces.size())];
    article.fileName = "article-" + std::to_string(++m_counter) + ".txt";

    std::string text = "Crisis in " + place + ": report " + std::to_string(m_counter) + "\n\n";
    text += sentence(article.published) + "\n\n";
    text += "Published " + std::string(kMonths[article.published.month() - 1]) + " " +
            std::to_string(article.published.day()) + ", " +
            std::to_string(int(article.published.year())) + "\n\n";
    while (text.size() < 2900) {
        const std::size_t sentences = 2 + pick(3);
        for (std::size_t i = 0; i < sentences; ++i) {
            // Appended piece by piece: `(i ? " " : "") + sentence(...)` makes GCC 12 at -O3
            // warn -Wrestrict (a false positive inside libstdc++) and breaks Release builds.
            if (i > 0)
                text += ' ';
            text += sentence(article.published);
        }
        text += "\n\n";
    }
    text += "Source: Synthetic Wire " + std::to_string(m_counter % 7) + "\n";
    article.text = std::move(text);
    return article;
}

} // namespace ct
