#pragma once

#include "store/Sqlite.h"

#include <QString>

// "ok", or what PRAGMA integrity_check (or opening the file) said: the verdict
// the crash and fault tests compare after every kill or damage.
inline QString integrityOf(const QString& path) {
    auto c = ct::sql::Connection::open(path.toStdString(), ct::sql::Connection::Mode::ReadOnly);
    if (!c)
        return QString::fromStdString(c.error().message);
    auto st = c->prepare("PRAGMA integrity_check");
    if (!st || !st->step().ok())
        return QStringLiteral("integrity_check failed to run");
    return QString::fromStdString(st->columnText(0));
}
