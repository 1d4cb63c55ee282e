#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <sys/wait.h>

// `crisis-timeline import` as a child process whose progress the test follows by its output:
// the command prints (and flushes) one line per file once that file is done. Tests stop or
// kill it at points defined by that progress, never by the clock, so what they prove does not
// change with the machine's load. A printed line says the file is done in the importer, not
// that it is committed: a test must not read more into it.
class ImportProcess {
  public:
    // Long enough to mean "hung", never "slow": a whole import under sanitizers on a loaded
    // machine takes well under a minute.
    static constexpr int kHangMs = 300000;

    // Files per import batch (transaction) of the child: a few, so that its commits, and with
    // them the states a kill or a reader can find, stay many whatever the importer's own batch
    // size (ImportBatch, CT_IMPORT_BATCH_FILES). Every file is whole or absent at any size.
    static constexpr int kBatchFiles = 8;

    ImportProcess(const QString& database, const QStringList& files) : m_files(int(files.size())) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CT_IMPORT_BATCH_FILES"), QString::number(kBatchFiles));
        m_process.setProcessEnvironment(environment);
        m_process.setProgram(QStringLiteral(CT_APP_BINARY));
        m_process.setArguments(
            QStringList{QStringLiteral("import"), QStringLiteral("--db"), database} + files);
        m_process.setReadChannel(QProcess::StandardOutput);
        m_process.start();
    }
    ~ImportProcess() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(kHangMs);
        }
    }
    ImportProcess(const ImportProcess&) = delete;
    ImportProcess& operator=(const ImportProcess&) = delete;

    bool started() { return m_process.waitForStarted(kHangMs); }
    int files() const { return m_files; }
    int linesSeen() const { return m_lines; }
    // Every file reported: the process is finishing (closing the database) or finished.
    bool allReported() const { return m_lines >= m_files; }
    QProcess& process() { return m_process; }

    // Waits until at least `count` lines were printed; false if the process ended first.
    bool waitForLines(int count) {
        for (;;) {
            takeLines();
            if (m_lines >= count)
                return true;
            if (m_process.state() == QProcess::NotRunning)
                return false;
            if (!m_process.waitForReadyRead(kHangMs)) { // ended (or hung)
                takeLines();                            // what it printed before it ended
                return m_lines >= count;
            }
        }
    }

    // Sends `signal` if the process is still ours to signal (not yet reaped: a reaped id may
    // already belong to another process). True if sent.
    bool signal(int signal) {
        if (m_process.state() != QProcess::Running)
            return false;
        return ::kill(pid_t(m_process.processId()), signal) == 0;
    }

    // SIGSTOP, then waits until every thread of it has stopped (or it has ended), then takes
    // every line it printed before: linesSeen() is then exactly where it was frozen.
    bool freeze() {
        if (!signal(SIGSTOP))
            return false;
        siginfo_t info{};
        while (::waitid(P_PID, id_t(m_process.processId()), &info, WSTOPPED | WEXITED | WNOWAIT) !=
                   0 &&
               errno == EINTR) {
        }
        while (m_process.waitForReadyRead(0)) {
        }
        takeLines();
        return true;
    }
    void thaw() { signal(SIGCONT); }

    // After a kill or at the end: false only if it does not end (hangs).
    bool waitForEnd() {
        if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(kHangMs))
            return false;
        takeLines();
        return true;
    }
    // After waitForEnd(): ended by itself, with exit code 0; or by a signal (our kill).
    bool exitedCleanly() const {
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    bool killed() const { return m_process.exitStatus() == QProcess::CrashExit; }
    // For a failure message: how far it got and how it ended.
    QString describe() {
        QString state = m_process.state() != QProcess::NotRunning ? QStringLiteral("running")
                        : killed() ? QStringLiteral("ended by signal %1").arg(m_process.exitCode())
                                   : QStringLiteral("exited with %1").arg(m_process.exitCode());
        return QStringLiteral("import printed %1 of %2 lines, %3; stderr: %4")
            .arg(m_lines)
            .arg(m_files)
            .arg(state, errors());
    }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

  private:
    void takeLines() {
        while (m_process.canReadLine()) {
            m_process.readLine();
            ++m_lines;
        }
    }

    QProcess m_process;
    int m_files = 0;
    int m_lines = 0;
};
