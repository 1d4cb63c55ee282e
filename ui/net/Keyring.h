#pragma once

#include <QString>
#include <optional>

namespace ct::ui {

// Server passwords in the desktop's keyring (the Secret Service, through libsecret), keyed by
// the account they open: never in QSettings. A build without libsecret has no keyring:
// available() is false and the window asks for the password each time.
class Keyring {
  public:
    struct Account {
        QString host;
        int port = 5432;
        QString database;
        QString user;
    };

    static bool available();
    // The stored password, nullopt when none (or no keyring answers).
    static std::optional<QString> password(const Account& account);
    // False when the keyring refused or is absent.
    static bool store(const Account& account, const QString& password);
    static void forget(const Account& account);
};

} // namespace ct::ui
