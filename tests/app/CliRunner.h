#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVector>
#include <unistd.h>

// Runs the real crisis-timeline binary, as a user's shell would.
struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliResult runCliProcess(QProcess& process, const QStringList& args) {
    process.setProgram(QStringLiteral(CT_APP_BINARY));
    process.setArguments(args);
    process.start();
    // Generous: only a hang takes this long, even under sanitizers on a loaded machine. A run
    // still going then must not pass for a successful one (QProcess says "exit code 0").
    const bool finished = process.waitForFinished(300000);
    CliResult result;
    result.exitCode =
        finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (!finished)
        result.err += QStringLiteral("\n(still running after 300 s: killed)");
    return result;
}

// dropPrivileges: run as "nobody" when the test runs as root, so that file
// permissions mean for the child what they mean for a user.
inline CliResult runCli(const QStringList& args, bool dropPrivileges = false) {
    QProcess process;
    if (dropPrivileges && geteuid() == 0) {
        process.setChildProcessModifier([] {
            if (setgid(65534) != 0 || setuid(65534) != 0)
                _exit(126);
        });
    }
    return runCliProcess(process, args);
}

// As from a login without any display: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM.
inline CliResult runCliWithoutDisplay(const QStringList& args) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    QProcess process;
    process.setProcessEnvironment(env);
    return runCliProcess(process, args);
}

// RFC 4180 reader, just enough to check what `events` prints.
inline QVector<QStringList> parseCsv(const QString& text) {
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}
