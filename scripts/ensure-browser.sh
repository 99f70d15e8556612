#!/usr/bin/env bash
# The browser test runs the build in Debian's Chromium; install it if it is missing
# (never a browser download: only the distribution's package).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "installing Debian's chromium for the browser test..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium is needed at $CHROMIUM for the browser test: apt-get install -y chromium (or set CHROMIUM_PATH)" >&2
exit 1
