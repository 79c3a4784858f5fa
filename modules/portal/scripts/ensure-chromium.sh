#!/bin/sh
# Makes sure Debian's Chromium (and CJK fonts, so Chinese text renders in screenshots) is installed for the
# browser tests. playwright-core drives /usr/bin/chromium; `npx playwright install` cannot download browsers here.
set -eu

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ] && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  echo "ensure-chromium: $($CHROMIUM --version 2>/dev/null || echo chromium) and Noto CJK fonts present"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM is missing and apt-get is not available; install Chromium and fonts-noto-cjk" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "ensure-chromium: need root (or sudo) to install chromium" >&2; exit 1
  fi
fi

echo "ensure-chromium: installing chromium and fonts-noto-cjk from Debian's packages"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium fonts-noto-cjk
"$CHROMIUM" --version
