#pragma once

#include "common/Result.h"
#include "extract/Gazetteer.h"
#include "store/Store.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <optional>

namespace ct::cli {

// What every subcommand shares: its parser set up with --help and --db, and
// uniform reporting to the terminal.
class CliContext {
  public:
    CliContext(const QString& command, const QString& description);

    QCommandLineParser& parser() { return m_parser; }
    const QCommandLineOption& dbOption() const { return m_dbOption; }

    // Parses; returns an exit code when the command should stop here (--help or
    // a usage error), nullopt to go on.
    std::optional<int> parse(const QStringList& arguments);
    // For the commands that write: --analyst NAME, the name a server story records with
    // their imports (resolveAnalystName: it beats $CT_ANALYST and the store's default).
    void addAnalystOption();
    static QCommandLineOption analystOption();
    // `store` records `given` (the option's value; empty: $CT_ANALYST or its default).
    static void applyAnalyst(Store& store, const QString& given);

    // --db: a SQLite file, or a server story (postgresql://user@host/db or a libpq keyword
    // string; PG* environment variables fill what it leaves out), recording --analyst.
    Result<std::unique_ptr<Store>> openStore(Store::Mode mode) const;
    // The gazetteer: --gazetteer FILE when given, otherwise the bundled one.
    Result<Gazetteer> loadGazetteer(const QString& overridePath) const;
    // YYYY-MM-DD or an error naming the option.
    Result<std::optional<Date>> dateOption(const QCommandLineOption& option) const;

    static void out(const QString& line);
    static void err(const QString& line);
    static void writeRaw(const std::string& bytes);

  private:
    QString m_command;
    QCommandLineParser m_parser;
    QCommandLineOption m_dbOption;
    std::optional<QCommandLineOption> m_analystOption;
};

} // namespace ct::cli
