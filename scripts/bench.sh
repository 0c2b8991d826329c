#!/usr/bin/env bash
# Benchmark of the digital path: generates N dossiers of digital PDFs (half of them with one injected fault),
# reviews them with `review --batch`, prints dossiers per second, the rule-engine time per dossier and the
# finding quality against the generator's expectations.   Usage: scripts/bench.sh [N] [SEED] [pdf|edi]
# "edi": contract, invoice, packing list, bill of lading and declaration as UN/EDIFACT interchanges (ORDERS, INVOIC,
# DESADV, IFTMIN, CUSDEC), certificate of origin and insurance as PDFs.
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_THREAD_LIMIT=1
N=${1:-100}
SEED=${2:-2026}
MODE=${3:-pdf}
case "$MODE" in pdf) FORMAT=() ;; edi) FORMAT=(edi) ;; *) echo "usage: $0 [N] [SEED] [pdf|edi]" >&2; exit 2 ;; esac
mvn -B -q -DskipTests package
CP=$(mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
WORK=$(mktemp -d)
java -cp "target/test-classes:target/classes:$CP" io.customsreview.hub.corpus.CorpusMain "$WORK/corpus" "$N" "$SEED" 0.5 ${FORMAT[@]+"${FORMAT[@]}"}
java -jar target/customs-review-hub.jar review --batch "$WORK/corpus" --out "$WORK/reports.jsonl" --stats
java -cp "target/test-classes:target/classes:$CP" io.customsreview.hub.corpus.CorpusEvaluation "$WORK/corpus" "$WORK/reports.jsonl"
echo "corpus and reports kept in $WORK"
