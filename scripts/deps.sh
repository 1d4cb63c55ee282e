#!/usr/bin/env bash
# Installs the Debian 12 packages the build, the tests and the screenshots need.
# Idempotent: does nothing (and needs no network) when all are present.
set -euo pipefail
packages=(build-essential cmake ninja-build pkg-config
          qt6-base-dev qt6-svg-dev libboost-date-time-dev libsqlite3-dev libpng-dev
          xvfb xauth fonts-dejavu-core imagemagick poppler-utils
          qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
          dpkg-dev file desktop-file-utils appstream shared-mime-info libglib2.0-bin
          libpoppler-cpp-dev libzip-dev libgmime-3.0-dev libgumbo-dev zlib1g-dev
          libpq-dev postgresql-15 libsecret-1-dev)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
