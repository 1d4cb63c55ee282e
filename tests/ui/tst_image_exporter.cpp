#include "ExportSample.h"
#include "StoryTimeline.h"
#include "export/ImageExporter.h"
#include "synth/EventGenerator.h"

#include <QDir>
#include <QFile>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest/QTest>
#include <map>

using namespace ct;
using namespace ct::ui;
using ct::test::dayOf;

namespace {

const QString kGolden =
    QStringLiteral(CT_SOURCE_DIR "/tests/data/golden/sample-actor-1200x360.png");

ExportOptions wholeOptions(const ImageExporter& exporter, int width = 1200, int height = 0) {
    ExportOptions o;
    o.width = width;
    o.height = height;
    std::tie(o.fromDay, o.toDay) = exporter.wholeRange();
    return o;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct SvgText {
    QStringList texts;
    QString title;
    QString description;
    QString error; // empty when the document is well-formed
};

SvgText parseSvg(const QByteArray& bytes) {
    SvgText svg;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("text"))
            svg.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (name == QLatin1String("title"))
            svg.title = xml.readElementText();
        else if (name == QLatin1String("desc"))
            svg.description = xml.readElementText();
    }
    if (xml.hasError())
        svg.error = xml.errorString();
    return svg;
}

int distance(QColor a, QColor b) {
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                     std::abs(a.blue() - b.blue())});
}

QColor over(QColor top, QColor under, int alpha) {
    auto mix = [alpha](int a, int b) { return b + (a - b) * alpha / 255; };
    return QColor(mix(top.red(), under.red()), mix(top.green(), under.green()),
                  mix(top.blue(), under.blue()));
}

// Pixels in `area` within `tolerance` of `color`.
int pixelsNear(const QImage& image, QRectF area, QColor color, int tolerance) {
    const QRect r = area.toAlignedRect().intersected(image.rect());
    int count = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            count += distance(image.pixelColor(x, y), color) <= tolerance;
    return count;
}

QRectF labelRect(const TimelineFrame::Item& item, const QFontMetricsF& fm) {
    return QRectF(item.labelPos.x(), item.labelPos.y() - fm.ascent(),
                  fm.horizontalAdvance(item.label), fm.height());
}

// Synthetic events as the store would hand them over: ids for actors, places and articles.
ExportData syntheticData(std::size_t count) {
    ExportData data;
    std::map<std::string, qint32> actors, places;
    auto idOf = [](std::map<std::string, qint32>& ids, const std::string& name) {
        return ids.emplace(name, qint32(ids.size())).first->second;
    };
    const auto events = EventGenerator(3).generate(count);
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        TimelineEntry t;
        t.id = qint64(i + 1);
        t.start = toDayNumber(e.when.start);
        t.end = toDayNumber(e.when.end);
        t.precision = e.when.precision;
        t.fuzzy = e.when.fuzzy;
        t.articleId = qint32(i / 50);
        t.actorId = idOf(actors, e.actors.front());
        t.placeId = idOf(places, e.places.front());
        t.title = e.title;
        data.entries.push_back(t);
    }
    for (const auto& [name, id] : actors)
        data.names.actors.insert(id, qs(name));
    for (const auto& [name, id] : places)
        data.names.places.insert(id, qs(name));
    for (qint32 a = 0; a <= qint32(count / 50); ++a)
        data.sources.push_back(
            {a, QStringLiteral("Report %1").arg(a), QStringLiteral("Wire"), QDate(2000, 1, 1)});
    return data;
}

} // namespace

class TestImageExporter : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

  private slots:
    void pngHasTheRequestedSizeAndIsNotBlank_data();
    void pngHasTheRequestedSizeAndIsNotBlank();
    void pngHasEventColoursAndTextWhereTheFrameSays();
    void svgHoldsTheFiveEventTitlesAsText();
    void svgOfAStoryHoldsEveryTitle_data();
    void svgOfAStoryHoldsEveryTitle();
    void wholeTimelineLeavesFarBackgroundDatesToEdgeMarkers();
    void svgIsWellFormedWithTitleAndDescription();
    void svgIsTheSameBytesTwice();
    void pdfHasTheRequestedPageSize_data();
    void pdfHasTheRequestedPageSize();
    void dateRangeHoldsOnlyThatRangesEvents();
    void labelsNeverOverlapNorLeaveThePicture_data();
    void labelsNeverOverlapNorLeaveThePicture();
    void nonLatinTextHasAFontWithItsGlyphs();
    void unknownExtensionIsRefusedAndNothingWritten();
    void unwritablePathLeavesNoFile_data();
    void unwritablePathLeavesNoFile();
    void failedExportKeepsTheOldFile();
    void sampleMatchesTheGoldenImage();
};

void TestImageExporter::pngHasTheRequestedSizeAndIsNotBlank_data() {
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<double>("scale");
    QTest::addColumn<bool>("dark");
    QTest::newRow("1200×400 at 1×, light") << 1200 << 400 << 1.0 << false;
    QTest::newRow("800×300 at 2× for print, light") << 800 << 300 << 2.0 << false;
    QTest::newRow("1000×350 at 1.5×, dark") << 1000 << 350 << 1.5 << true;
    QTest::newRow("600 wide, height fitted to the lanes") << 600 << 0 << 1.0 << false;
}

void TestImageExporter::pngHasTheRequestedSizeAndIsNotBlank() {
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(double, scale);
    QFETCH(bool, dark);
    test::ExportSample sample;
    QVERIFY(sample.ok());
    const ImageExporter exporter(sample.data());
    ExportOptions o = wholeOptions(exporter, width, height);
    o.scale = scale;
    o.dark = dark;
    const QString file = path(QStringLiteral("size-%1.png").arg(QTest::currentDataTag()));
    const auto written = exporter.write(file, o);
    QVERIFY2(written, written ? "" : written.error().message.c_str());
    const QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), qRound(width * scale));
    if (height > 0)
        QCOMPARE(image.height(), qRound(height * scale));
    else
        QVERIFY(image.height() >= ExportOptions::kMinHeight && image.height() < 3 * width);
    const QColor background =
        o.dark ? TimelineTheme::dark().background : TimelineTheme::light().background;
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            drawn += distance(image.pixelColor(x, y), background) > 8;
    QVERIFY2(drawn > image.width() * image.height() / 50, "the image is nearly all background");
}

void TestImageExporter::pngHasEventColoursAndTextWhereTheFrameSays() {
    test::ExportSample sample;
    QVERIFY(sample.ok());
    const ImageExporter exporter(sample.data());
    ExportOptions o = wholeOptions(exporter, 1400, 0);
    o.laneMode = LaneMode::Actor;
    o.title = QStringLiteral("Kazakhstan, January 2022");
    const QImage image = exporter.image(o);
    QVERIFY(!image.isNull());
    const TimelineFrame& f = exporter.frame(o, ExportFormat::Png);
    // Five events; those naming several actors have a mark in each actor's lane.
    QSet<std::uint32_t> events;
    for (const auto& item : f.items)
        events.insert(item.entry);
    QCOMPARE(events.size(), 5);
    QVERIFY(f.items.size() > 5);
    const TimelineTheme theme = TimelineTheme::light();
    const QFontMetricsF fm(o.font());
    for (const auto& item : f.items) {
        const QColor lane = theme.colorForLane(item.lane);
        const QColor under = item.lane % 2 == 1 ? theme.laneBackgroundAlt : theme.background;
        // A day is a solid dot or a tinted bar, an estimate a paler fading bar: some pixel of
        // the mark has one of those colours.
        const int marked =
            pixelsNear(image, item.shape.adjusted(1, 1, -1, -1), lane, 24) +
            pixelsNear(image, item.shape.adjusted(1, 1, -1, -1), over(lane, under, 70), 24) +
            pixelsNear(image, item.shape.adjusted(1, 1, -1, -1), over(lane, under, 110), 24);
        QVERIFY2(marked > 10, qPrintable(item.label));
        QVERIFY(!item.label.isEmpty());
        QVERIFY2(pixelsNear(image, labelRect(item, fm), theme.text, 60) > 20,
                 qPrintable(item.label));
    }
    QVERIFY2(pixelsNear(image, f.titleRect, theme.text, 60) > 50, "the title is not drawn");
    QVERIFY2(pixelsNear(image, f.sourcesRect, theme.text, 60) > 50, "the sources are not drawn");
    QVERIFY(!f.sourceLines.isEmpty());
}

void TestImageExporter::svgHoldsTheFiveEventTitlesAsText() {
    test::ExportSample sample;
    QVERIFY(sample.ok());
    const ImageExporter exporter(sample.data());
    const QString file = path(QStringLiteral("titles.svg"));
    QVERIFY(exporter.write(file, wholeOptions(exporter, 2400)));
    const SvgText svg = parseSvg(readAll(file));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    const auto events = sample.events();
    QCOMPARE(events.size(), std::size_t(5));
    for (const Event& e : events)
        QVERIFY2(svg.texts.contains(qs(e.title)), e.title.c_str());
    // The footer cites the article, so the picture can be cited.
    const Article article = sample.articles().front();
    QVERIFY(std::any_of(svg.texts.begin(), svg.texts.end(), [&](const QString& text) {
        return text.contains(qs(article.title)) && text.contains(qs(article.source));
    }));
}

void TestImageExporter::svgOfAStoryHoldsEveryTitle_data() {
    QTest::addColumn<QString>("lanes");
    QTest::newRow("one lane") << QStringLiteral("none");
    QTest::newRow("every actor's lane") << QStringLiteral("actor");
    QTest::newRow("first actor only") << QStringLiteral("actor-first");
    QTest::newRow("every place's lane") << QStringLiteral("place");
}

void TestImageExporter::svgOfAStoryHoldsEveryTitle() {
    QFETCH(QString, lanes);
    // A briefing picture of a 20-day, 60-event story at 1800 px: every title as text, in
    // labels that do not overlap, and no cluster.
    const ImageExporter exporter(test::storyData());
    ExportOptions o;
    o.fromDay = toDayNumber(isoDate("2022-01-01"));
    o.toDay = toDayNumber(isoDate("2022-01-22"));
    o.width = 1800;
    o.laneMode = *ExportOptions::laneModeFromName(lanes);
    o.title = QStringLiteral("Kazakhstan, January 2022");
    const QString file = path(QStringLiteral("story-%1.svg").arg(lanes));
    QVERIFY(exporter.write(file, o));
    const SvgText svg = parseSvg(readAll(file));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    for (const auto& e : test::storyEvents())
        QVERIFY2(svg.texts.contains(QString::fromUtf8(e.title)), e.title);
    const TimelineFrame& f = exporter.frame(o, ExportFormat::Svg);
    QVERIFY(f.clusters.isEmpty());
    for (qsizetype a = 0; a < f.items.size(); ++a)
        for (qsizetype b = a + 1; b < f.items.size(); ++b)
            QVERIFY(!f.items[a].hitRect.intersects(f.items[b].hitRect));
    QVERIFY(exporter.canvasSize(o, ExportFormat::Svg).height() < 1800);
    // To look at (and for docs/story-export.png): CT_STORY_EXPORT_DIR=folder keeps PNGs.
    if (const QString dir = qEnvironmentVariable("CT_STORY_EXPORT_DIR"); !dir.isEmpty())
        QVERIFY(exporter.write(QDir(dir).filePath(QStringLiteral("story-%1.png").arg(lanes)), o));
}

void TestImageExporter::wholeTimelineLeavesFarBackgroundDatesToEdgeMarkers() {
    // 1992 and 2019 in a January 2022 story: "the whole timeline" frames January 2022.
    const ImageExporter exporter(test::storyData(true));
    const auto [from, to] = exporter.wholeRange();
    QVERIFY(from > toDayNumber(isoDate("2021-12-20")));
    QVERIFY(to < toDayNumber(isoDate("2022-02-01")));
    ExportOptions o;
    o.fromDay = from;
    o.toDay = to;
    o.width = 1800;
    const TimelineFrame& f = exporter.frame(o, ExportFormat::Png);
    QCOMPARE(f.earlier, std::size_t(2));
    QCOMPARE(f.later, std::size_t(0));
    QVERIFY(!f.earlierRect.isEmpty());
    QVERIFY(f.laterRect.isEmpty());
    QCOMPARE(f.items.size(), 60);
    // docs/story-export.png: CT_STORY_EXPORT_DIR=folder keeps it.
    if (const QString dir = qEnvironmentVariable("CT_STORY_EXPORT_DIR"); !dir.isEmpty()) {
        o.laneMode = LaneMode::Actor;
        o.title = QStringLiteral("Kazakhstan, January 2022");
        QVERIFY(exporter.write(QDir(dir).filePath(QStringLiteral("story-export.png")), o));
    }
}

void TestImageExporter::svgIsWellFormedWithTitleAndDescription() {
    test::ExportSample sample;
    QVERIFY(sample.ok());
    const ImageExporter exporter(sample.data());
    ExportOptions o = wholeOptions(exporter);
    o.title = QStringLiteral("Kazakhstan & Russia: <January 2022>");
    const QString file = path(QStringLiteral("escaped.svg"));
    QVERIFY(exporter.write(file, o));
    const SvgText svg = parseSvg(readAll(file));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QCOMPARE(svg.title, o.title);
    QVERIFY(svg.texts.contains(o.title));
    QVERIFY2(svg.description.contains(QLatin1String("5 events")), qPrintable(svg.description));
}

void TestImageExporter::svgIsTheSameBytesTwice() {
    test::ExportSample sample;
    QVERIFY(sample.ok());
    const ImageExporter first(sample.data());
    const ImageExporter second(sample.data());
    ExportOptions o = wholeOptions(first);
    o.laneMode = LaneMode::Place;
    o.title = QStringLiteral("Kazakhstan");
    QVERIFY(first.write(path(QStringLiteral("a.svg")), o));
    QVERIFY(first.write(path(QStringLiteral("b.svg")), o));
    QVERIFY(second.write(path(QStringLiteral("c.svg")), o));
    const QByteArray a = readAll(path(QStringLiteral("a.svg")));
    QVERIFY(a.size() > 1000);
    QCOMPARE(readAll(path(QStringLiteral("b.svg"))), a);
    QCOMPARE(readAll(path(QStringLiteral("c.svg"))), a);
}

void TestImageExporter::pdfHasTheRequestedPageSize_data() {
    QTest::addColumn<QString>("pageSize");
    QTest::addColumn<bool>("portrait");
    QTest::addColumn<int>("pages");
    QTest::addColumn<QSize>("points");
    QTest::newRow("A4 landscape, fitted") << "A4" << false << 1 << QSize(842, 595);
    QTest::newRow("A4 portrait, fitted") << "A4" << true << 1 << QSize(595, 842);
    QTest::newRow("Letter landscape, 2 pages") << "Letter" << false << 2 << QSize(792, 612);
    QTest::newRow("A3 portrait, 3 pages") << "A3" << true << 3 << QSize(842, 1191);
}

void TestImageExporter::pdfHasTheRequestedPageSize() {
    QFETCH(QString, pageSize);
    QFETCH(bool, portrait);
    QFETCH(int, pages);
    QFETCH(QSize, points);
    test::ExportSample sample;
    QVERIFY(sample.ok());
    const ImageExporter exporter(sample.data());
    ExportOptions o = wholeOptions(exporter);
    o.pageSize = *ExportOptions::pageSizeFromName(pageSize);
    o.orientation = portrait ? QPageLayout::Portrait : QPageLayout::Landscape;
    o.pages = pages;
    const QString file = path(QStringLiteral("page-%1.pdf").arg(QTest::currentDataTag()));
    QVERIFY(exporter.write(file, o));
    const QByteArray pdf = readAll(file);
    QVERIFY(pdf.startsWith("%PDF-"));
    static const QRegularExpression mediaBox(
        QStringLiteral(R"(/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\])"));
    static const QRegularExpression page(QStringLiteral(R"(/Type /Page\b(?!s))"));
    const QString text = QString::fromLatin1(pdf);
    auto boxes = mediaBox.globalMatch(text);
    int pageCount = 0;
    while (boxes.hasNext()) {
        const auto match = boxes.next();
        QCOMPARE(qRound(match.captured(1).toDouble()), points.width());
        QCOMPARE(qRound(match.captured(2).toDouble()), points.height());
        ++pageCount;
    }
    QCOMPARE(pageCount, pages);
    int pageObjects = 0;
    for (auto it = page.globalMatch(text); it.hasNext(); it.next())
        ++pageObjects;
    QCOMPARE(pageObjects, pages);
}

void TestImageExporter::dateRangeHoldsOnlyThatRangesEvents() {
    test::ExportSample sample;
    QVERIFY(sample.ok());
    const ImageExporter exporter(sample.data());
    ExportOptions o = wholeOptions(exporter, 1600);
    o.fromDay = dayOf("2022-01-06");
    o.toDay = dayOf("2022-01-07") + 1;
    QCOMPARE(exporter.eventCount({o.fromDay, o.toDay}), std::size_t(2));
    const QString file = path(QStringLiteral("range.svg"));
    QVERIFY(exporter.write(file, o));
    const SvgText svg = parseSvg(readAll(file));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    int inside = 0;
    for (const Event& e : sample.events()) {
        const double start = toDayNumber(e.when.start), end = toDayNumber(e.when.end) + 1.0;
        const bool inRange = start < o.toDay && end > o.fromDay;
        inside += inRange;
        QVERIFY2(svg.texts.contains(qs(e.title)) == inRange, e.title.c_str());
    }
    QCOMPARE(inside, 2);
}

void TestImageExporter::labelsNeverOverlapNorLeaveThePicture_data() {
    QTest::addColumn<bool>("synthetic");
    QTest::addColumn<int>("laneMode");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("days"); // 0: the whole timeline
    QTest::newRow("sample, one lane, 1200") << false << int(LaneMode::None) << 1200 << 0;
    QTest::newRow("sample, one lane, narrow 400") << false << int(LaneMode::None) << 400 << 0;
    QTest::newRow("sample, actors, 900") << false << int(LaneMode::Actor) << 900 << 0;
    QTest::newRow("sample, places, 500") << false << int(LaneMode::Place) << 500 << 0;
    QTest::newRow("sample, articles, 700") << false << int(LaneMode::Article) << 700 << 0;
    QTest::newRow("3000 events, actors, 60 days") << true << int(LaneMode::Actor) << 1600 << 60;
    QTest::newRow("3000 events, one lane, 20 days") << true << int(LaneMode::None) << 1200 << 20;
    QTest::newRow("3000 events, places, all") << true << int(LaneMode::Place) << 2000 << 0;
}

void TestImageExporter::labelsNeverOverlapNorLeaveThePicture() {
    QFETCH(bool, synthetic);
    QFETCH(int, laneMode);
    QFETCH(int, width);
    QFETCH(int, days);
    test::ExportSample sample;
    QVERIFY(sample.ok());
    ExportData data = synthetic ? syntheticData(3000) : sample.data();
    QSet<QString> titles;
    for (const auto& entry : data.entries)
        titles.insert(qs(entry.title));
    const ImageExporter exporter(std::move(data));
    ExportOptions o = wholeOptions(exporter, width);
    o.laneMode = LaneMode(laneMode);
    o.title = QStringLiteral("A title long enough to be elided on the narrowest of these pictures");
    if (days > 0) {
        // Where the events are densest: the middle of the data.
        const double middle = std::floor((o.fromDay + o.toDay) / 2);
        o.fromDay = middle;
        o.toDay = middle + days;
    }
    const TimelineFrame f = exporter.frame(o, ExportFormat::Png);
    const QSizeF canvas = exporter.canvasSize(o, ExportFormat::Png);
    const TimelineRenderOptions ro = exporter.renderOptions(o, ExportFormat::Png);
    const QFontMetricsF fm(o.font());
    int labelled = 0;
    QSet<std::uint32_t> labelledEvents;
    for (qsizetype i = 0; i < f.items.size(); ++i) {
        const auto& item = f.items[i];
        if (item.label.isEmpty())
            continue;
        ++labelled;
        labelledEvents.insert(item.entry);
        const QRectF r = labelRect(item, fm);
        QVERIFY2(r.left() >= ro.nameColumn - 0.5 && r.right() <= canvas.width() + 0.5,
                 qPrintable(item.label));
        QVERIFY2(r.top() >= f.plotRect.top() - 0.5 && r.bottom() <= f.plotRect.bottom() + 0.5,
                 qPrintable(item.label));
        // Elided, not cut: a label is the whole title, or a shortened one ending in "…".
        QVERIFY2(titles.contains(item.label) || item.label.endsWith(QChar(0x2026)),
                 qPrintable(item.label));
        const QRectF inner = r.adjusted(0.5, 0.5, -0.5, -0.5);
        for (qsizetype j = 0; j < f.items.size(); ++j) {
            if (j == i)
                continue;
            QVERIFY2(!inner.intersects(f.items[j].shape), "a label covers another event's mark");
            if (!f.items[j].label.isEmpty())
                QVERIFY2(!inner.intersects(labelRect(f.items[j], fm)), "two labels overlap");
        }
        for (const auto& cluster : f.clusters)
            QVERIFY2(!inner.intersects(cluster.rect), "a label covers a cluster");
    }
    if (!synthetic) // every event labelled (in each of its lanes: at least five labels)
        QVERIFY(labelledEvents.size() == 5 && labelled >= 5);
    // The title fits the picture's width, elided when it must be.
    QVERIFY(f.titleRect.width() <= canvas.width());
}

void TestImageExporter::nonLatinTextHasAFontWithItsGlyphs() {
    const ExportOptions o;
    QVERIFY2(QFontInfo(o.font()).family() == o.fontFamily,
             "DejaVu Sans is missing: install fonts-dejavu-core");
    const QString greekAndCyrillic =
        QStringLiteral("Καζακστάν ΚΡΕΜΛΙΝΟ Τοκάγεφ Путин Токаев Қазақстан");
    const QRawFont raw = QRawFont::fromFont(o.font());
    for (const QChar c : greekAndCyrillic)
        QVERIFY2(c.isSpace() || raw.supportsCharacter(c), qPrintable(QString(c)));

    ExportData data;
    TimelineEntry e;
    e.id = 1;
    e.start = e.end = toDayNumber(*parseIsoDate("2022-01-08"));
    e.actorId = 0;
    e.articleId = 0;
    e.title = "Путин и Токаев провели телефонный разговор";
    data.entries.push_back(e);
    data.names.actors.insert(0, QStringLiteral("Касым-Жомарт Токаев"));
    data.sources.push_back({0, QStringLiteral("Καζακστάν: συνομιλία Πούτιν – Τοκάγεφ"),
                            QStringLiteral("ΑΠΕ-ΜΠΕ"), QDate(2022, 1, 8)});
    const ImageExporter exporter(std::move(data));
    ExportOptions options = wholeOptions(exporter, 1200);
    options.laneMode = LaneMode::Actor;
    const QString file = path(QStringLiteral("non-latin.svg"));
    QVERIFY(exporter.write(file, options));
    const SvgText svg = parseSvg(readAll(file));
    QVERIFY(svg.texts.contains(QStringLiteral("Путин и Токаев провели телефонный разговор")));
    QVERIFY(svg.texts.contains(QStringLiteral("Касым-Жомарт Токаев")));
    QVERIFY(std::any_of(svg.texts.begin(), svg.texts.end(), [](const QString& t) {
        return t.startsWith(QStringLiteral("Καζακστάν: συνομιλία"));
    }));
}

void TestImageExporter::unknownExtensionIsRefusedAndNothingWritten() {
    test::ExportSample sample;
    QVERIFY(sample.ok());
    const ImageExporter exporter(sample.data());
    const QString file = path(QStringLiteral("timeline.bmp"));
    const auto written = exporter.write(file, wholeOptions(exporter));
    QVERIFY(!written);
    QCOMPARE(written.error().code, Error::Code::InvalidInput);
    const QString message = qs(written.error().message);
    QVERIFY2(message.contains(file) && message.contains(QLatin1String(".bmp")),
             qPrintable(message));
    QVERIFY(!QFile::exists(file));
}

void TestImageExporter::unwritablePathLeavesNoFile_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("folder that does not exist") << "no-such-folder/timeline.png";
    QTest::newRow("a folder where the file should be") << "folder.svg";
}

void TestImageExporter::unwritablePathLeavesNoFile() {
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("folder.svg")));
    test::ExportSample sample;
    QVERIFY(sample.ok());
    const ImageExporter exporter(sample.data());
    const QString file = dir.filePath(name);
    const auto written = exporter.write(file, wholeOptions(exporter));
    QVERIFY(!written);
    QCOMPARE(written.error().code, Error::Code::Io);
    QVERIFY2(qs(written.error().message).contains(file), written.error().message.c_str());
    QVERIFY(!QFileInfo(file).isFile());
    // Nor a temporary file left next to it.
    const QStringList left =
        QDir(QFileInfo(file).absolutePath()).entryList({"*.png*", "*.svg*"}, QDir::Files);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(", ")));
}

void TestImageExporter::failedExportKeepsTheOldFile() {
    test::ExportSample sample;
    QVERIFY(sample.ok());
    const ImageExporter exporter(sample.data());
    const QString file = path(QStringLiteral("kept.png"));
    QVERIFY(exporter.write(file, wholeOptions(exporter)));
    const QByteArray before = readAll(file);
    ExportOptions bad = wholeOptions(exporter);
    bad.width = 10; // refused
    QVERIFY(!exporter.write(file, bad));
    QCOMPARE(readAll(file), before);
}

void TestImageExporter::sampleMatchesTheGoldenImage() {
    // Fixed size, font (DejaVu Sans, 13 px), theme and title: only the drawing can change it.
    // Regenerate after an intended change with scripts/update-golden.sh (CT_UPDATE_GOLDEN=1).
    test::ExportSample sample;
    QVERIFY(sample.ok());
    const ImageExporter exporter(sample.data());
    ExportOptions o = wholeOptions(exporter, 1200, 360);
    o.laneMode = LaneMode::Actor;
    o.title = QStringLiteral("Kazakhstan, January 2022");
    const QImage actual = exporter.image(o).convertToFormat(QImage::Format_RGB32);
    QVERIFY(!actual.isNull());
    if (qEnvironmentVariableIntValue("CT_UPDATE_GOLDEN") == 1) {
        QVERIFY(QDir().mkpath(QFileInfo(kGolden).absolutePath()));
        QVERIFY(actual.save(kGolden));
        QSKIP("golden image written: look at it, then commit it");
    }
    const QImage golden = QImage(kGolden).convertToFormat(QImage::Format_RGB32);
    QVERIFY2(!golden.isNull(), "no golden image: run scripts/update-golden.sh");
    QCOMPARE(actual.size(), golden.size());
    // Antialiasing may differ a little between FreeType builds; moved or missing marks,
    // labels or decorations differ in far more pixels than this allows.
    int differing = 0;
    for (int y = 0; y < actual.height(); ++y)
        for (int x = 0; x < actual.width(); ++x)
            differing += distance(actual.pixelColor(x, y), golden.pixelColor(x, y)) > 48;
    const int allowed = actual.width() * actual.height() / 200;
    if (differing > allowed) {
        const QString saved = QDir::temp().filePath(QStringLiteral("sample-actor-actual.png"));
        actual.save(saved);
        QFAIL(qPrintable(QStringLiteral("%1 pixels differ from %2 (at most %3); this run's "
                                        "picture is %4")
                             .arg(differing)
                             .arg(kGolden)
                             .arg(allowed)
                             .arg(saved)));
    }
}

QTEST_MAIN(TestImageExporter)
#include "tst_image_exporter.moc"
