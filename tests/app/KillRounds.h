#pragma once

#include "ImportProcess.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QtTest/QTest>
#include <chrono>
#include <functional>
#include <optional>
#include <thread>

// The kill rounds both engines' crash-safety tests run (tst_crash_safety on a file,
// tst_pg_crash_safety on a server): each round kills a fresh `crisis-timeline import` after a
// random number of files and a random moment into the next, then has the caller check what it
// left. Rounds go on until enough kills have landed, enough of them with part of the files
// stored. Points come from the import's progress, never from a clock (see ImportProcess).
struct KillRounds {
    int wantedKills = 0;
    int wantedMidImport = 0; // kills that left some but not all articles stored
    int maxRounds = 0;
    quint32 seed = 0;
    int maxPauseUs = 5000; // how far into a file a kill may land: a file takes a few ms

    // A fresh, empty database location for round `round` (1-based).
    std::function<QString(int round)> freshDatabase;
    // Checks a killed import's database (failing the test through QVERIFY/QCOMPARE) and says
    // how many articles it holds; nullopt when there is nothing to check (never created).
    std::function<std::optional<std::size_t>(const QString& db)> inspect;
    // A database no longer needed (optional).
    std::function<void(const QString& db)> discard;

    // Runs the rounds over `files`, `whole` being the articles a clean import stores. Leaves
    // in *unfinished the latest database killed mid-import, for the caller to finish.
    void run(const QStringList& files, std::size_t whole, QString* unfinished) const {
        QRandomGenerator rng(seed);
        int rounds = 0, kills = 0, midImport = 0;
        while (kills < wantedKills || midImport < wantedMidImport) {
            QVERIFY2(++rounds <= maxRounds, "kills kept missing the middle of the import");
            const QString db = freshDatabase(rounds);
            ImportProcess import(db, files);
            QVERIFY(import.started());
            QVERIFY2(import.waitForLines(int(rng.bounded(0, int(files.size())))),
                     qPrintable(import.describe()));
            std::this_thread::sleep_for(std::chrono::microseconds(rng.bounded(0, maxPauseUs)));
            import.signal(SIGKILL);
            QVERIFY(import.waitForEnd());
            if (import.killed())
                ++kills;
            else // it was done first
                QVERIFY2(import.exitedCleanly(), qPrintable(import.describe()));
            const std::optional<std::size_t> found = inspect(db);
            if (QTest::currentTestFailed())
                return;
            if (found && *found > 0 && *found < whole) {
                ++midImport;
                if (!unfinished->isEmpty() && discard)
                    discard(*unfinished);
                *unfinished = db;
            } else if (found && discard) {
                discard(db);
            }
        }
        qInfo("%d rounds: %d kills, %d of them with part of the files stored", rounds, kills,
              midImport);
    }
};
