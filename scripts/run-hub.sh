#!/usr/bin/env bash
# Runs the Customs Review Hub on embedded defaults: its own ActiveMQ broker (vm:// + tcp://127.0.0.1:61616,
# KahaDB in data/broker), an H2 file database (data/db), folder intake (data/inbox), reports to
# queue customs.single-window.results and data/outbox. Needs Java 17 and Maven.
# Extra arguments go to the hub (e.g. --hub.broker.tcp-port=61617).
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the hub needs at run time (Tesseract OCR): installed with apt-get when missing
./scripts/setup.sh

# Tesseract must run single-threaded: the hub's OCR pool is the parallelism (4x slower per page otherwise)
export OMP_THREAD_LIMIT="${OMP_THREAD_LIMIT:-1}"
mvn -B -q -DskipTests package
mkdir -p data/inbox
exec java -jar target/customs-review-hub.jar "$@"
