#include "interchange/writers/IcsWriter.h"

#include <QTest>
#include <boost/date_time/gregorian/gregorian.hpp>

using namespace ct;

namespace {

Event makeEvent(std::int64_t id, const char* start, const char* end, const char* title,
                bool fuzzy = false) {
    Event e;
    e.id = id;
    e.when = DateSpan{*parseIsoDate(start), *parseIsoDate(end),
                      std::string(start) == end ? Precision::Day : Precision::Range, fuzzy};
    e.title = title;
    return e;
}

struct VEvent {
    std::map<std::string, std::string> props; // "DTSTART;VALUE=DATE" → value (unescaped)
};

// A strict reader of what the writer must produce (RFC 5545 §3.1): CRLF line ends only, no
// line over 75 octets, continuation lines starting with one space, TEXT escapes only \\ \; \,
// \n, no bare control characters. Fails the test on any violation.
std::vector<VEvent> strictParse(const std::string& ics) {
    std::vector<std::string> physical;
    std::size_t from = 0;
    while (from < ics.size()) {
        const auto crlf = ics.find("\r\n", from);
        if (crlf == std::string::npos) {
            QTest::qFail("text after the last CRLF", __FILE__, __LINE__);
            return {};
        }
        const std::string line = ics.substr(from, crlf - from);
        if (line.find('\n') != std::string::npos || line.find('\r') != std::string::npos)
            QTest::qFail("bare CR or LF inside a line", __FILE__, __LINE__);
        if (line.size() > 75)
            QTest::qFail(("line over 75 octets: " + line).c_str(), __FILE__, __LINE__);
        physical.push_back(line);
        from = crlf + 2;
    }
    std::vector<std::string> logical;
    for (const auto& line : physical) {
        if (!line.empty() && line[0] == ' ') {
            if (logical.empty())
                QTest::qFail("continuation without a line", __FILE__, __LINE__);
            else
                logical.back() += line.substr(1);
        } else {
            logical.push_back(line);
        }
    }
    // Folding must not have split a UTF-8 character: each physical line is valid UTF-8.
    for (const auto& line : physical)
        if (QString::fromUtf8(line.data(), qsizetype(line.size())).toUtf8().toStdString() != line)
            QTest::qFail("a fold splits a UTF-8 character", __FILE__, __LINE__);
    std::vector<VEvent> events;
    bool inEvent = false, inCalendar = false;
    for (const auto& line : logical) {
        const auto colon = line.find(':');
        if (colon == std::string::npos) {
            QTest::qFail(("no colon: " + line).c_str(), __FILE__, __LINE__);
            continue;
        }
        const std::string name = line.substr(0, colon);
        const std::string raw = line.substr(colon + 1);
        if (line == "BEGIN:VCALENDAR")
            inCalendar = true;
        else if (line == "BEGIN:VEVENT")
            inEvent = true, events.emplace_back();
        else if (line == "END:VEVENT")
            inEvent = false;
        else if (inEvent) {
            std::string value;
            for (std::size_t i = 0; i < raw.size(); ++i) {
                const bool text = name == "SUMMARY" || name == "DESCRIPTION" ||
                                  name == "LOCATION" || name == "CATEGORIES";
                if (!text) {
                    value += raw[i]; // URI, DATE, … values are not TEXT-escaped
                    continue;
                }
                if (raw[i] == ';' || (raw[i] == ',' && name != "CATEGORIES"))
                    QTest::qFail(("unescaped ; or , in " + name).c_str(), __FILE__, __LINE__);
                if (raw[i] != '\\') {
                    value += raw[i];
                    continue;
                }
                const char next = i + 1 < raw.size() ? raw[++i] : '\0';
                if (next == 'n' || next == 'N')
                    value += '\n';
                else if (next == '\\' || next == ';' || next == ',')
                    value += next;
                else
                    QTest::qFail(("bad escape in " + name).c_str(), __FILE__, __LINE__);
            }
            events.back().props[name] = value;
        }
    }
    if (!inCalendar || logical.back() != "END:VCALENDAR")
        QTest::qFail("not a VCALENDAR", __FILE__, __LINE__);
    return events;
}

} // namespace

class TestIcsWriter : public QObject {
    Q_OBJECT
  private slots:
    void eventsBecomeAllDayVEvents_data() {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<bool>("fuzzy");
        QTest::addColumn<QString>("dtstart");
        QTest::addColumn<QString>("dtend");
        QTest::newRow("single day: DTEND the next day") << "2022-01-06"
                                                        << "2022-01-06" << false << "20220106"
                                                        << "20220107";
        QTest::newRow("range: exclusive DTEND") << "2022-01-09"
                                                << "2022-01-15" << false << "20220109"
                                                << "20220116";
        QTest::newRow("across a year end") << "2021-12-31"
                                           << "2021-12-31" << false << "20211231"
                                           << "20220101";
        QTest::newRow("fuzzy range") << "2022-01-09"
                                     << "2022-01-15" << true << "20220109"
                                     << "20220116";
    }
    void eventsBecomeAllDayVEvents() {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(bool, fuzzy);
        QFETCH(QString, dtstart);
        QFETCH(QString, dtend);
        const std::vector<Event> events = {makeEvent(7, start.toLatin1().constData(),
                                                     end.toLatin1().constData(),
                                                     "Putin, Tokayev; talk", fuzzy)};
        EventWriteOptions options;
        options.stamp = 1641600000;
        const auto parsed = strictParse(IcsWriter().write(events, options));
        QCOMPARE(parsed.size(), std::size_t(1));
        const auto& p = parsed[0].props;
        QCOMPARE(QString::fromStdString(p.at("DTSTART;VALUE=DATE")), dtstart);
        QCOMPARE(QString::fromStdString(p.at("DTEND;VALUE=DATE")), dtend);
        QCOMPARE(p.at("UID"), std::string("event-7@crisis-timeline"));
        QCOMPARE(p.at("DTSTAMP"), std::string("20220108T000000Z"));
        QCOMPARE(QString::fromStdString(p.at("SUMMARY"))
                     .startsWith(QStringLiteral("Putin, Tokayev; talk")),
                 true);
        QCOMPARE(p.count("DESCRIPTION")
                     ? p.at("DESCRIPTION").find("Estimated date") != std::string::npos
                     : false,
                 fuzzy);
    }

    void longTextFoldsAndEscapes() {
        Event e = makeEvent(1, "2022-01-06", "2022-01-06",
                            "Токаев говорит; «очень» длинный заголовок, с запятыми");
        e.sentence =
            std::string(300, 'x') + ", then\nЖаңаөзен; \\ and a backslash, " + std::string(40, 'y');
        e.actors = {"Kassym-Jomart Tokayev", "Putin, Vladimir"};
        e.places = {"Almaty"};
        Report r;
        r.origin = Report::Origin::Table;
        r.outlet = "ACLED";
        r.sourceRef = "KAZ1001";
        r.sentence = e.sentence;
        r.url = "https://example.org/a?b=c;d";
        e.reports = {r};
        const std::string ics = IcsWriter().write({e}, {});
        const auto parsed = strictParse(ics);
        QCOMPARE(parsed.size(), std::size_t(1));
        const auto& p = parsed[0].props;
        QCOMPARE(p.at("SUMMARY"), e.title);
        QVERIFY(p.at("DESCRIPTION").find(e.sentence) != std::string::npos);
        QVERIFY(p.at("DESCRIPTION").find("ACLED") != std::string::npos);
        QCOMPARE(p.at("CATEGORIES"), std::string("Kassym-Jomart Tokayev,Putin, Vladimir"));
        QVERIFY(ics.find("\r\n ") != std::string::npos); // something was folded
    }

    void uidsAreStable() {
        Event e = makeEvent(0, "2022-01-06", "2022-01-06", "A row");
        const auto a = strictParse(IcsWriter().write({e}, {}));
        const auto b = strictParse(IcsWriter().write({e}, {}));
        QCOMPARE(a[0].props.at("UID"), b[0].props.at("UID"));
        e.title = "Another row";
        const auto c = strictParse(IcsWriter().write({e}, {}));
        QVERIFY(a[0].props.at("UID") != c[0].props.at("UID"));
    }
};

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "tst_ics_writer.moc"
