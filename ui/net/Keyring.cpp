// libsecret's GLib headers name struct members "signals", which Qt defines as a macro: they
// come first.
#if CT_HAVE_LIBSECRET
#include <libsecret/secret.h>
#endif

#include "net/Keyring.h"

#include <QByteArray>

namespace ct::ui {

#if CT_HAVE_LIBSECRET
namespace {

const SecretSchema* schema() {
    static const SecretSchema kSchema = {"org.crisistimeline.CrisisTimeline.Server",
                                         SECRET_SCHEMA_NONE,
                                         {
                                             {"host", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                             {"port", SECRET_SCHEMA_ATTRIBUTE_INTEGER},
                                             {"database", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                             {"user", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                             {nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING},
                                         },
                                         0,
                                         nullptr,
                                         nullptr,
                                         nullptr,
                                         nullptr,
                                         nullptr,
                                         nullptr,
                                         nullptr};
    return &kSchema;
}

// The attribute values live as long as the call that uses them.
struct Attributes {
    explicit Attributes(const Keyring::Account& account)
        : host(account.host.toUtf8()), database(account.database.toUtf8()),
          user(account.user.toUtf8()), port(account.port) {}
    QByteArray host, database, user;
    int port;
};

} // namespace

bool Keyring::available() {
    return true;
}

std::optional<QString> Keyring::password(const Account& account) {
    const Attributes a(account);
    GError* error = nullptr;
    gchar* secret = secret_password_lookup_sync(
        schema(), nullptr, &error, "host", a.host.constData(), "port", a.port, "database",
        a.database.constData(), "user", a.user.constData(), nullptr);
    if (error)
        g_error_free(error);
    if (!secret)
        return std::nullopt;
    QString out = QString::fromUtf8(secret);
    secret_password_free(secret);
    return out;
}

bool Keyring::store(const Account& account, const QString& password) {
    const Attributes a(account);
    const QByteArray label = QStringLiteral("Crisis Timeline: %1@%2/%3")
                                 .arg(account.user, account.host, account.database)
                                 .toUtf8();
    const QByteArray secret = password.toUtf8();
    GError* error = nullptr;
    const gboolean ok = secret_password_store_sync(
        schema(), SECRET_COLLECTION_DEFAULT, label.constData(), secret.constData(), nullptr, &error,
        "host", a.host.constData(), "port", a.port, "database", a.database.constData(), "user",
        a.user.constData(), nullptr);
    if (error)
        g_error_free(error);
    return ok;
}

void Keyring::forget(const Account& account) {
    const Attributes a(account);
    GError* error = nullptr;
    secret_password_clear_sync(schema(), nullptr, &error, "host", a.host.constData(), "port",
                               a.port, "database", a.database.constData(), "user",
                               a.user.constData(), nullptr);
    if (error)
        g_error_free(error);
}

#else

bool Keyring::available() {
    return false;
}
std::optional<QString> Keyring::password(const Account&) {
    return std::nullopt;
}
bool Keyring::store(const Account&, const QString&) {
    return false;
}
void Keyring::forget(const Account&) {}

#endif

} // namespace ct::ui
