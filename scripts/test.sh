#!/usr/bin/env bash
# Runs the whole test suite (unit and hub tests on embedded defaults, free TCP port, data under target/test-data).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export OMP_THREAD_LIMIT=1
exec mvn -B verify "$@"
