#include "common/TestPostgres.h"

#include "store/pg/Pg.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ct::test {

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin");

// A port the kernel just handed out: free now, and very likely still free a moment later.
int freePort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool isRoot() {
    return ::geteuid() == 0;
}

} // namespace

bool TestPostgres::run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // PostgreSQL refuses to run as root: as root, run its tools as the postgres user.
    if (isRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), m_bin + QLatin1Char('/') + program} +
                          arguments);
    else
        process.start(m_bin + QLatin1Char('/') + program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_why = program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(process.readAll());
        return false;
    }
    return true;
}

TestPostgres::TestPostgres() : m_dir(QDir::tempPath() + QStringLiteral("/ct-pg-XXXXXX")) {
    m_bin = kBin;
    if (!QFileInfo::exists(m_bin + QStringLiteral("/initdb")) ||
        !QFileInfo::exists(m_bin + QStringLiteral("/pg_ctl"))) {
        m_why =
            QStringLiteral("no PostgreSQL server binaries in %1 (Debian postgresql-15)").arg(m_bin);
        return;
    }
    if (!m_dir.isValid()) {
        m_why = QStringLiteral("cannot make a temporary folder for the server");
        return;
    }
    if (isRoot()) {
        QProcess chown;
        chown.start(QStringLiteral("chown"),
                    {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_dir.path()});
        if (!chown.waitForFinished() || chown.exitCode() != 0) {
            m_why = QStringLiteral("cannot give the server folder to the postgres user");
            return;
        }
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
              QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync")}))
        return;
    m_running = start();
}

bool TestPostgres::start() {
    for (int attempt = 0; attempt < 3; ++attempt) {
        // A restart keeps its port, so that clients' connection strings reach it again.
        if (attempt > 0 || m_port == 0)
            m_port = freePort();
        // fsync off: a test server's data need not survive a power cut, and syncing made each
        // test's commits wait on the disk the other engineers' builds share.
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1"
                                               " -c fsync=off -c synchronous_commit=off")
                                    .arg(m_port)
                                    .arg(m_dir.path());
        if (run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-o"),
                 options, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                 QStringLiteral("-w"), QStringLiteral("start")})) {
            m_running = true;
            return true;
        }
    }
    return false;
}

bool TestPostgres::stop() {
    if (!m_running)
        return true;
    m_running = false;
    return run(QStringLiteral("pg_ctl"),
               {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
}

TestPostgres::~TestPostgres() {
    stop();
}

std::string TestPostgres::conninfo(const std::string& database) const {
    return "host=127.0.0.1 port=" + std::to_string(m_port) + " user=postgres dbname=" + database;
}

std::unique_ptr<Store> TestPostgres::open(const std::string& location, Store::Mode mode) {
    auto store = openStore(location, mode);
    if (!store)
        qWarning("%s: %s", location.c_str(), store.error().message.c_str());
    return store ? std::move(*store) : nullptr;
}

bool TestPostgres::exec(const std::string& database, const std::string& sql) {
    auto db = pg::Connection::open(conninfo(database));
    if (!db) {
        m_why = QString::fromStdString(db.error().message);
        return false;
    }
    if (auto r = db->script(sql); !r) {
        m_why = QString::fromStdString(r.error().message);
        return false;
    }
    return true;
}

std::string TestPostgres::freshDatabase() {
    if (!m_running)
        return {};
    const std::string name = "story_" + std::to_string(++m_databases);
    if (!exec("postgres", "CREATE DATABASE " + name + " TEMPLATE template0"))
        return {};
    return conninfo(name);
}

} // namespace ct::test
