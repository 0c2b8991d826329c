#!/usr/bin/env bash
# Runs the Customs Review Hub on embedded defaults: its own ActiveMQ broker (vm:// + tcp://127.0.0.1:61616,
# KahaDB in data/broker), an H2 file database (data/db), folder intake (data/inbox), reports to
# queue customs.single-window.results and data/outbox. Needs Java 17 and Maven.
# Extra arguments go to the hub (e.g. --hub.broker.tcp-port=61617).
set -euo pipefail
cd "$(dirname "$0")/.."

# Hook: Debian packages the hub needs at run time (none yet; OCR will need e.g.
# tesseract-ocr tesseract-ocr-eng libtesseract5 liblept5). Missing ones are installed with apt-get.
DEBIAN_PACKAGES=()
missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -q && $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

export OMP_THREAD_LIMIT="${OMP_THREAD_LIMIT:-1}"
mvn -B -q -DskipTests package
mkdir -p data/inbox
exec java -jar target/customs-review-hub.jar "$@"
