#!/usr/bin/env bash
# OCR benchmark (not a test): pages per second through the hub's OCR path vs the tesseract command line on the same
# page images, 2 workers each, side by side in one run; then a 7-document scanned dossier's review time.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export OMP_THREAD_LIMIT=1
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    io.customsreview.hub.ocr.OcrBenchmark 2>/dev/null
