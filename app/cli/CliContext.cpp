#include "cli/CliContext.h"

#include "store/AnalystName.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace ct::cli {

CliContext::CliContext(const QString& command, const QString& description)
    : m_command(command),
      m_dbOption(QStringList{QStringLiteral("db")},
                 QCoreApplication::translate(
                     "ct::cli", "The story: a SQLite file, or a PostgreSQL server story "
                                "(postgresql://user@host/db or a libpq connection string)."),
                 QCoreApplication::translate("ct::cli", "FILE|URI")) {
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption(m_dbOption);
}

std::optional<int> CliContext::parse(const QStringList& arguments) {
    // arguments[0] is the program, [1] the command: the parser sees the rest as
    // "crisis-timeline <command> ...".
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1);
    if (!args.isEmpty())
        args[0] = QStringLiteral("crisis-timeline ") + m_command;
    if (!m_parser.parse(args)) {
        err(QStringLiteral("crisis-timeline %1: %2").arg(m_command, m_parser.errorText()));
        return 2;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out(m_parser.helpText());
        return 0;
    }
    if (!m_parser.isSet(m_dbOption)) {
        err(QCoreApplication::translate("ct::cli", "crisis-timeline %1: --db FILE is required")
                .arg(m_command));
        return 2;
    }
    return std::nullopt;
}

void CliContext::addAnalystOption() {
    m_analystOption = analystOption();
    m_parser.addOption(*m_analystOption);
}

QCommandLineOption CliContext::analystOption() {
    return QCommandLineOption(
        QStringList{QStringLiteral("analyst")},
        QCoreApplication::translate("ct::cli",
                                    "Record NAME as who imported (on a server story; default: "
                                    "$CT_ANALYST, else the server role)."),
        QCoreApplication::translate("ct::cli", "NAME"));
}

void CliContext::applyAnalyst(Store& store, const QString& given) {
    store.setAnalyst(resolveAnalystName(given.toStdString(), {}, store.analyst()));
}

Result<std::unique_ptr<Store>> CliContext::openStore(Store::Mode mode) const {
    const QString db = m_parser.value(m_dbOption);
    auto store = ct::openStore(db.toStdString(), mode);
    if (store && m_analystOption)
        applyAnalyst(**store, m_parser.value(*m_analystOption));
    return store;
}

Result<Gazetteer> CliContext::loadGazetteer(const QString& overridePath) const {
    const QString path = overridePath.isEmpty() ? QStringLiteral(":/gazetteer.tsv") : overridePath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, path.toStdString() + ": cannot read the gazetteer: " +
                                              file.errorString().toStdString());
    const QByteArray bytes = file.readAll();
    return Gazetteer::fromTsv(std::string_view(bytes.constData(), size_t(bytes.size())),
                              path.toStdString());
}

Result<std::optional<Date>> CliContext::dateOption(const QCommandLineOption& option) const {
    if (!m_parser.isSet(option))
        return std::optional<Date>();
    const QString text = m_parser.value(option);
    const auto date = parseIsoDate(text.toStdString());
    if (!date)
        return makeError(
            Error::Code::InvalidInput,
            QCoreApplication::translate("ct::cli", "--%1 %2: not a date, use YYYY-MM-DD")
                .arg(option.names().constFirst(), text)
                .toStdString());
    return std::optional<Date>(*date);
}

void CliContext::out(const QString& line) {
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    if (!line.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void CliContext::err(const QString& line) {
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void CliContext::writeRaw(const std::string& bytes) {
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    std::fflush(stdout);
}

} // namespace ct::cli
