#include "UiTestSupport.h"
#include "VersionedStore.h"
#include "commands/EditEventCommand.h"
#include "dialogs/ConflictDialog.h"
#include "document/TimelineDocument.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace ct;
using namespace ct::ui;

// Two analysts on one event: the second write meets the first's version. Nothing is written
// silently; the document says so with both versions, and the dialog lets the analyst choose.
class TestConflictDialog : public QObject {
    Q_OBJECT
  private:
    QTemporaryDir m_dir;
    std::unique_ptr<TimelineDocument> m_document;
    test::VersionedStore* m_store = nullptr;

    qint64 insert(const char* title) {
        Event e = test::makeEvent(title, "2024-05-01");
        if (!m_store->insertEvent(e).ok())
            qFatal("insert failed");
        return e.id;
    }

  private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("conflict.ctl"));
        QFile::remove(path);
        auto opened = openStore(path.toStdString());
        QVERIFY(opened.ok());
        auto versioned = std::make_unique<test::VersionedStore>(std::move(*opened));
        m_store = versioned.get();
        m_document = std::make_unique<TimelineDocument>();
        m_document->adopt(std::move(versioned), path);
    }
    void cleanup() {
        m_document.reset();
        m_store = nullptr;
    }

    // Our edit dialog read the event; a colleague saved before we did.
    void editOfAStaleVersionIsAConflictNotAWrite() {
        const qint64 id = insert("Original");
        const Event read = *m_document->event(id);
        Event theirs = read;
        theirs.title = "Theirs";
        QVERIFY(m_store->colleagueEdit(theirs, "bea").ok());

        QSignalSpy conflicts(&m_document.operator*(), &TimelineDocument::conflictFound);
        Event mine = read;
        mine.title = "Mine";
        m_document->undoStack()->push(new EditEventCommand(*m_document, read, mine));
        QVERIFY(conflicts.wait(5000));
        QCOMPARE(m_store->event(id)->title, std::string("Theirs"));
        QCOMPARE(conflicts.at(0).at(0).value<Event>().title, std::string("Mine"));
        QCOMPARE(conflicts.at(0).at(1).value<Event>().title, std::string("Theirs"));
        QCOMPARE(m_document->undoStack()->count(), 0); // refused: no step to undo
    }

    void undoAfterAColleaguesEditIsAConflict() {
        const qint64 id = insert("Original");
        Event mine = *m_document->event(id);
        mine.title = "Mine";
        m_document->editEvent(mine);
        QCOMPARE(m_store->event(id)->title, std::string("Mine"));

        Event theirs = *m_store->event(id);
        theirs.title = "Theirs";
        QVERIFY(m_store->colleagueEdit(theirs, "bea").ok());

        QSignalSpy conflicts(&m_document.operator*(), &TimelineDocument::conflictFound);
        m_document->undoStack()->undo();
        QVERIFY(conflicts.wait(5000));
        // Their edit stands; ours was not silently written back over it.
        QCOMPARE(m_store->event(id)->title, std::string("Theirs"));
        const auto reported = conflicts.at(0);
        QCOMPARE(reported.at(0).value<Event>().title, std::string("Original"));
        QCOMPARE(reported.at(1).value<Event>().title, std::string("Theirs"));
        QCOMPARE(reported.at(1).value<Event>().editedBy, std::string("bea"));
        // The refused step leaves the history: redo cannot replay it either.
        QVERIFY(!m_document->undoStack()->canRedo());
    }

    void moveUndoneOverAColleaguesMoveIsAConflict() {
        const qint64 id = insert("Moved");
        m_document->redateEvent(id, singleDay(isoDate("2024-05-02")));
        Event theirs = *m_store->event(id);
        theirs.when = singleDay(isoDate("2024-05-09"));
        QVERIFY(m_store->colleagueEdit(theirs, "cai").ok());
        QSignalSpy conflicts(&m_document.operator*(), &TimelineDocument::conflictFound);
        m_document->undoStack()->undo();
        QVERIFY(conflicts.wait(5000));
        QCOMPARE(m_store->event(id)->when, singleDay(isoDate("2024-05-09")));
    }

    void dialogShowsBothAndReportsTheChoice_data() {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("choice");
        QTest::newRow("keep theirs") << "keepTheirs" << int(ConflictDialog::Choice::KeepTheirs);
        QTest::newRow("overwrite with mine")
            << "overwrite" << int(ConflictDialog::Choice::Overwrite);
    }
    void dialogShowsBothAndReportsTheChoice() {
        QFETCH(QString, button);
        QFETCH(int, choice);
        Event mine = test::makeEvent("Curfew lifted", "2024-05-01");
        Event theirs = test::makeEvent("Curfew extended", "2024-05-03");
        theirs.editedBy = "bea";
        theirs.editedAt = "2024-05-03T10:00:00Z";
        ConflictDialog dialog(mine, theirs);
        QStringList texts;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            texts << label->text();
        const QString all = texts.join(QLatin1Char('\n'));
        for (const char* expected :
             {"Curfew lifted", "Curfew extended", "bea", "2024-05-03T10:00:00Z"})
            QVERIFY2(all.contains(QLatin1String(expected)), expected);
        auto* pushButton = dialog.findChild<QPushButton*>(button);
        QVERIFY(pushButton);
        pushButton->click();
        QCOMPARE(int(dialog.choice()), choice);
    }

    // "Overwrite with mine" is a new edit of their version: it goes through, and is undoable.
    void overwriteReappliesOnTheFreshVersion() {
        const qint64 id = insert("Original");
        Event theirs = *m_store->event(id);
        theirs.title = "Theirs";
        QVERIFY(m_store->colleagueEdit(theirs, "bea").ok());
        Event mine = test::makeEvent("Mine", "2024-05-01");
        mine.id = id;
        mine.version = 0;            // stale
        m_document->editEvent(mine); // what TeamController does on Overwrite
        QCOMPARE(m_store->event(id)->title, std::string("Mine"));
        m_document->undoStack()->undo();
        QCOMPARE(m_store->event(id)->title, std::string("Theirs"));
    }
};

QTEST_MAIN(TestConflictDialog)
#include "tst_conflict_dialog.moc"
