#!/usr/bin/env bash
# Installs the release tier's system tools when they are missing, from Debian's packages only (never a download):
# chromium for the browser test (required), php-cli for the PHP sidecar client (optional: the test skips without it).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
packages=()
[ -x "$CHROMIUM" ] || packages+=(chromium)
command -v php >/dev/null || packages+=(php-cli)
if [ "${#packages[@]}" -gt 0 ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  apt-get update -qq >/dev/null || echo "apt-get update failed" >&2
  for p in "${packages[@]}"; do # one at a time, so one that fails does not stop the other
    echo "installing Debian's $p for the release tier..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$p" >/dev/null || echo "could not install $p" >&2
  done
fi
if ! command -v php >/dev/null; then
  echo "php is missing: the PHP sidecar client test will be skipped (apt-get install -y php-cli)" >&2
fi
if [ ! -x "$CHROMIUM" ]; then
  echo "Chromium is needed at $CHROMIUM for the browser test: apt-get install -y chromium (or set CHROMIUM_PATH)" >&2
  exit 1
fi
