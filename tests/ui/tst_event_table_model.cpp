#include "UiTestSupport.h"
#include "document/TimelineDocument.h"
#include "models/EventFilterProxyModel.h"
#include "models/EventTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <tuple>

using namespace ct;
using namespace ct::ui;

class TestEventTableModel : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir m_dir;
    std::unique_ptr<TimelineDocument> m_document;
    QHash<QString, qint64> m_ids; // title → id
    int m_databaseCount = 0;

    QStringList titlesInOrder(const QAbstractItemModel& model) {
        QStringList titles;
        for (int row = 0; row < model.rowCount(); ++row)
            titles << model.index(row, EventTableModel::TitleColumn).data().toString();
        return titles;
    }

  private slots:
    void init() {
        m_document = std::make_unique<TimelineDocument>();
        // One database per test row: rows must not see each other's events.
        const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_databaseCount));
        const auto opened = m_document->open(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
        std::vector<Event> events = {
            test::makeEvent("Protests start over fuel prices", "2022-01-02", nullptr, {},
                            {"Kazakhstan"}),
            test::makeEvent("CSTO forces arrive", "2022-01-06", nullptr, {"CSTO"}, {"Kazakhstan"}),
            test::makeEvent("Blinken warns Kazakhstan", "2022-01-07", nullptr, {"Antony Blinken"}),
            test::makeEvent("Putin and Tokayev talk", "2022-01-08", nullptr,
                            {"Vladimir Putin", "Kassym-Jomart Tokayev"}, {"Moscow"}),
            test::makeEvent("CSTO teleconference", "2022-01-09", "2022-01-15", {"CSTO"}, {}, true),
        };
        m_ids.clear();
        for (Event& e : events) {
            auto id = m_document->store()->insertEvent(e);
            QVERIFY(id.ok());
            m_ids.insert(QString::fromStdString(e.title), *id);
        }
        m_document->notifyEventsChanged();
    }

    void cleanup() { m_document.reset(); }

    void passesTheModelTester() {
        EventTableModel model(*m_document);
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(EventTableModel::DateColumn);
        proxy.setActor(QStringLiteral("CSTO"));
        proxy.sort(EventTableModel::SourcesColumn, Qt::DescendingOrder);
        proxy.sort(EventTableModel::FirstReportedColumn);
        proxy.setMinSources(2);
        proxy.setMinSources(1);
        m_document->redateEvent(m_ids.value(QStringLiteral("CSTO forces arrive")),
                                singleDay(isoDate("2022-01-05")));
        m_document->notifyEventsChanged();
        QCOMPARE(model.rowCount(), 5);
    }

    void showsEachEvent_data() {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("actors");
        QTest::addColumn<QString>("places");
        QTest::newRow("single day") << "CSTO forces arrive"
                                    << "2022-01-06"
                                    << "CSTO"
                                    << "Kazakhstan";
        QTest::newRow("two actors") << "Putin and Tokayev talk"
                                    << "2022-01-08"
                                    << "Vladimir Putin, Kassym-Jomart Tokayev"
                                    << "Moscow";
        QTest::newRow("fuzzy range marked ≈") << "CSTO teleconference"
                                              << "≈ 2022-01-09 – 2022-01-15"
                                              << "CSTO"
                                              << "";
    }
    void showsEachEvent() {
        QFETCH(QString, title);
        QFETCH(QString, date);
        QFETCH(QString, actors);
        QFETCH(QString, places);
        EventTableModel model(*m_document);
        const int row = model.rowOf(m_ids.value(title));
        QVERIFY(row >= 0);
        QCOMPARE(model.idAt(row), m_ids.value(title));
        QCOMPARE(model.index(row, EventTableModel::TitleColumn).data().toString(), title);
        QCOMPARE(model.index(row, EventTableModel::DateColumn).data().toString(), date);
        QCOMPARE(model.index(row, EventTableModel::ActorsColumn).data().toString(), actors);
        QCOMPARE(model.index(row, EventTableModel::PlacesColumn).data().toString(), places);
        QCOMPARE(model.index(row, 0).data(EventTableModel::IdRole).toLongLong(),
                 m_ids.value(title));
        QCOMPARE(model.index(row, EventTableModel::ConfidenceColumn).data().toString(),
                 QStringLiteral("90 %"));
        // Added by hand: one source (the user), and no article that first reported it.
        QCOMPARE(model.index(row, EventTableModel::SourcesColumn).data().toInt(), 1);
        QVERIFY(model.index(row, EventTableModel::FirstReportedColumn).data().toString().isEmpty());
    }

    void namesTheStoryColumns() {
        EventTableModel model(*m_document);
        QCOMPARE(model.headerData(EventTableModel::SourcesColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Sources"));
        QCOMPARE(model.headerData(EventTableModel::FirstReportedColumn, Qt::Horizontal).toString(),
                 QStringLiteral("First reported"));
    }

    void showsAndSortsByFirstReported_data() {
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("firstTwo");
        QTest::newRow("earliest article first")
            << Qt::AscendingOrder
            << QStringList{"Late report of protests", "Early report of talks"};
        QTest::newRow("latest article first")
            << Qt::DescendingOrder
            << QStringList{"Early report of talks", "Late report of protests"};
    }
    void showsAndSortsByFirstReported() {
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, firstTwo);
        // Two articles whose publication order is the reverse of their events' dates.
        for (const auto& [title, day, published] :
             {std::tuple{"Early report of talks", "2022-01-08", "2022-01-03"},
              std::tuple{"Late report of protests", "2022-01-02", "2022-01-01"}}) {
            Article article;
            article.title = title;
            article.text = std::string(title) + ".";
            article.contentHash = title;
            article.published = isoDate(published);
            std::vector<Event> events = {test::makeEvent(title, day)};
            events.front().userCreated = false;
            QVERIFY(m_document->store()->addArticle(article, events).ok());
        }
        m_document->notifyArticlesChanged();
        m_document->notifyEventsChanged();
        EventTableModel model(*m_document);
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(EventTableModel::FirstReportedColumn, order);
        // The five events added by hand have no article: they sort before both.
        const QStringList titles = titlesInOrder(proxy);
        const QStringList withArticles = {titles.at(order == Qt::AscendingOrder ? 5 : 0),
                                          titles.at(order == Qt::AscendingOrder ? 6 : 1)};
        QCOMPARE(withArticles, firstTwo);
        const int row = model.rowOf(proxy.index(titles.indexOf(firstTwo.first()), 0)
                                        .data(EventTableModel::IdRole)
                                        .toLongLong());
        QCOMPARE(model.index(row, EventTableModel::FirstReportedColumn).data().toString(),
                 QString::fromLatin1(order == Qt::AscendingOrder ? "2022-01-01" : "2022-01-03"));
    }

    void filtersByLeastOutlets_data() {
        QTest::addColumn<int>("outlets");
        QTest::addColumn<int>("rows");
        QTest::newRow("one is every event") << 1 << 5;
        QTest::newRow("less than one is every event") << 0 << 5;
        QTest::newRow("two: none, each has one source") << 2 << 0;
    }
    void filtersByLeastOutlets() {
        QFETCH(int, outlets);
        QFETCH(int, rows);
        EventTableModel model(*m_document);
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&proxy, &EventFilterProxyModel::filterChanged);
        proxy.setMinSources(outlets);
        QCOMPARE(proxy.rowCount(), rows);
        QCOMPARE(proxy.isFiltering(), outlets > 1);
        QCOMPARE(changed.size(), outlets > 1 ? 1 : 0);
        proxy.setMinSources(1);
        QCOMPARE(proxy.rowCount(), 5);
    }

    void sortsBySources() {
        EventTableModel model(*m_document);
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(EventTableModel::SourcesColumn, Qt::DescendingOrder);
        // Equal counts keep the date order (a stable sort over the snapshot's order).
        QCOMPARE(titlesInOrder(proxy).constFirst(),
                 QStringLiteral("Protests start over fuel prices"));
        QCOMPARE(
            proxy.index(0, EventTableModel::SourcesColumn).data(EventTableModel::SortRole).toInt(),
            1);
    }

    void sortsByDateAndTitle_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("date ascending")
            << int(EventTableModel::DateColumn) << Qt::AscendingOrder
            << QStringList{"Protests start over fuel prices", "CSTO forces arrive",
                           "Blinken warns Kazakhstan", "Putin and Tokayev talk",
                           "CSTO teleconference"};
        QTest::newRow("date descending")
            << int(EventTableModel::DateColumn) << Qt::DescendingOrder
            << QStringList{"CSTO teleconference", "Putin and Tokayev talk",
                           "Blinken warns Kazakhstan", "CSTO forces arrive",
                           "Protests start over fuel prices"};
        QTest::newRow("title ascending")
            << int(EventTableModel::TitleColumn) << Qt::AscendingOrder
            << QStringList{"Blinken warns Kazakhstan", "CSTO forces arrive", "CSTO teleconference",
                           "Protests start over fuel prices", "Putin and Tokayev talk"};
    }
    void sortsByDateAndTitle() {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, expected);
        EventTableModel model(*m_document);
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(column, order);
        QCOMPARE(titlesInOrder(proxy), expected);
    }

    void filters_data() {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no filter") << ""
                                   << "" << QDate() << QDate()
                                   << QStringList{"Protests start over fuel prices",
                                                  "CSTO forces arrive", "Blinken warns Kazakhstan",
                                                  "Putin and Tokayev talk", "CSTO teleconference"};
        QTest::newRow("actor, any case")
            << "csto"
            << "" << QDate() << QDate() << QStringList{"CSTO forces arrive", "CSTO teleconference"};
        QTest::newRow("place") << ""
                               << "Kazakhstan" << QDate() << QDate()
                               << QStringList{"Protests start over fuel prices",
                                              "CSTO forces arrive"};
        QTest::newRow("actor and place")
            << "CSTO"
            << "Kazakhstan" << QDate() << QDate() << QStringList{"CSTO forces arrive"};
        QTest::newRow("range inclusive")
            << ""
            << "" << QDate(2022, 1, 6) << QDate(2022, 1, 7)
            << QStringList{"CSTO forces arrive", "Blinken warns Kazakhstan"};
        QTest::newRow("range overlaps a span")
            << ""
            << "" << QDate(2022, 1, 12) << QDate() << QStringList{"CSTO teleconference"};
        QTest::newRow("only an end")
            << ""
            << "" << QDate() << QDate(2022, 1, 2) << QStringList{"Protests start over fuel prices"};
    }
    void filters() {
        QFETCH(QString, actor);
        QFETCH(QString, place);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, expected);
        EventTableModel model(*m_document);
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(EventTableModel::DateColumn);
        proxy.setActor(actor);
        proxy.setPlace(place);
        proxy.setDateRange(from, to);
        QCOMPARE(titlesInOrder(proxy), expected);
        QCOMPARE(proxy.isFiltering(), expected.size() != 5);
    }

    void searchUsesTheStoreIndex() {
        EventTableModel model(*m_document);
        EventFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        const auto ids = m_document->search(QStringLiteral("Blinken"));
        QVERIFY(ids.has_value());
        proxy.setSearchIds(ids);
        QCOMPARE(titlesInOrder(proxy), QStringList{"Blinken warns Kazakhstan"});
        QCOMPARE(proxy.visibleIds(), QList<qint64>{m_ids.value("Blinken warns Kazakhstan")});
        proxy.setSearchIds(m_document->search(QStringLiteral("  ")));
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setSearchIds(QSet<qint64>{});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void followsEditsInTheDocument() {
        EventTableModel model(*m_document);
        const qint64 id = m_ids.value(QStringLiteral("Blinken warns Kazakhstan"));
        m_document->redateEvent(id, singleDay(isoDate("2022-01-03")));
        const int row = model.rowOf(m_document->currentId(id));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, EventTableModel::DateColumn).data().toString(),
                 QStringLiteral("2022-01-03"));
        m_document->deleteEvents({id});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(id), -1);
        m_document->undoStack()->undo();
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.rowOf(m_document->currentId(id)) >= 0);
    }
};

QTEST_MAIN(TestEventTableModel)
#include "tst_event_table_model.moc"
