#!/usr/bin/env bash
# Installs what Headroom needs to build and test on Debian 12, if missing.
set -euo pipefail

packages=(
  meson ninja-build pkg-config gcc gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libjson-glib-dev libcairo2-dev libpango1.0-dev libpng-dev
  libglpk-dev
  xvfb xauth dbus dbus-x11 at-spi2-core
  python3-dogtail python3-pyatspi gir1.2-atspi-2.0 gir1.2-gtk-4.0 python3-gi
  poppler-utils librsvg2-bin desktop-file-utils appstream shared-mime-info
  flatpak-builder python3-jsonschema librsvg2-common
  fonts-dejavu-core libxml2-utils
  xdotool locales
  libxlsxwriter-dev libarchive-dev python3-openpyxl
  clang libclang-rt-14-dev util-linux
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The number fields are tested with a decimal comma, under a German locale
if ! locale -a 2>/dev/null | grep -qiE '^de_DE\.utf-?8$'; then
  echo "Generating the de_DE.UTF-8 locale"
  $SUDO localedef -i de_DE -c -f UTF-8 de_DE.UTF-8
fi
