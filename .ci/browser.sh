#!/usr/bin/env bash
# Installs what the browser suite (launcher, io.kiosk.launcher.browser) drives: Debian's Chromium and its driver, and
# the Noto CJK fonts, without which every Chinese word on a screenshot is a row of boxes. Nothing is downloaded at
# test time; without these packages the suite is skipped with one line saying to run this.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && fc-list 2>/dev/null | grep -q "Noto Sans CJK"; then
  exit 0
fi
echo "installing Chromium, its driver and the Noto CJK fonts (Debian packages)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
