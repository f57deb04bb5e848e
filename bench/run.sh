#!/usr/bin/env bash
# The benchmark, in one command: indexing speed, scaling, the reading floor, query
# latency and batch throughput, and quality (NER, retrieval), each against its peer in
# the same run on the same data. Builds nothing: build first (scripts/test.sh, or
# cmake -S . -B build && cmake --build build).
#
#   bench/run.sh           the full run (about 15 minutes): writes docs/PERFORMANCE.md
#                          and docs/bench-*.png from bench/out/full/*.json
#   bench/run.sh --smoke   the same parts on tiny data from the repository, in seconds:
#                          writes only bench/out/smoke/ (report in bench/out/smoke/docs/)
#   bench/run.sh [--smoke] --only PART[,PART...]
#                          only these parts (index floor scale retrieval latency batch ner;
#                          latency and batch need retrieval's databases): bench/out/only/
#
# The report is written to bench/out/MODE/docs/ first, and copied to docs/ only by a full
# run in which every part succeeded.
#
# Full-run data, read in place from ../shared/corpora (never copied into the repository):
# news/dice-gazzettadimodena-detok.jsonl.gz, retrieval/, ner/dev.jsonl.
# Environment: BUILD (default build), BENCH_SCALES (default 1,4,8: 16 copies take longer
# than the whole run should on two shared cores), BENCH_LATENCY_QUERIES (default 200).
# Peers: scriptindex and quest (xapian-omega, xapian-tools), python3-xapian,
# GNU time, python3-matplotlib: scripts/install-deps.sh --bench installs them.
# Exit status: 0 when every part ran, 1 when some part failed (the report marks it), 2
# when something needed is missing.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
mode=full
only=""
all_parts="index floor scale retrieval latency batch ner"
while [[ $# -gt 0 ]]; do
  case $1 in
    --smoke) mode=smoke ;;
    --only) only=${2:-}; shift
            for p in ${only//,/ }; do
              [[ " $all_parts " == *" $p "* ]] || { echo "bench/run.sh: unknown part $p ($all_parts)" >&2; exit 2; }
            done ;;
    -h|--help) sed -n '2,/^set /p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1 (--smoke, --only PARTS)" >&2; exit 2 ;;
  esac
  shift
done

export BUILD=${BUILD:-$root/build}
py=/usr/bin/python3
out=$root/bench/out/$mode
[[ -n $only ]] && out=$root/bench/out/only

# Everything needed, checked before anything runs.
missing=()
for tool in indexer/segugio-index query/segugio-query eval/segugio-eval-ner bench/segugio-bench-floor; do
  [[ -x $BUILD/$tool ]] || missing+=("$BUILD/$tool (build first: scripts/test.sh, or cmake --build build)")
done
for tool in scriptindex quest; do
  command -v "$tool" >/dev/null || missing+=("$tool (scripts/install-deps.sh --bench)")
done
[[ -x /usr/bin/time ]] || missing+=("/usr/bin/time (GNU time: scripts/install-deps.sh --bench)")
[[ -x $py ]] && $py -c 'import xapian' 2>/dev/null || missing+=("python3-xapian (scripts/install-deps.sh --bench)")
[[ -x $py ]] && $py -c 'import matplotlib' 2>/dev/null || missing+=("python3-matplotlib (scripts/install-deps.sh --bench)")

if [[ $mode == full ]]; then
  shared=$root/../shared/corpora
  corpus=$shared/news/dice-gazzettadimodena-detok.jsonl.gz
  retrieval=$shared/retrieval
  gold=$shared/ner/dev.jsonl
  scales=${BENCH_SCALES:-1,4,8}
  latency_n=${BENCH_LATENCY_QUERIES:-200}
  for f in "$corpus" "$retrieval/collection.jsonl" "$retrieval/queries.tsv" "$retrieval/qrels.txt" "$gold"; do
    [[ -r $f ]] || missing+=("$f (the shared corpora, next to the repository)")
  done
else
  data=$out/data
  corpus=$data/news.jsonl.gz
  retrieval=$data/retrieval
  gold=$root/tests/data/ner/tiny.jsonl
  scales=1,2,4
  latency_n=10
fi
docs=$out/docs
if [[ ${#missing[@]} -gt 0 ]]; then
  printf 'bench/run.sh: missing %s\n' "${missing[@]}" >&2
  exit 2
fi

rm -rf "$out"
mkdir -p "$out" "$docs"
if [[ $mode == smoke ]]; then
  # 300 Wikinews articles of the bundled sample, and a small retrieval set made from them.
  mkdir -p "$data"
  head -n 300 corpora/sample/wikinews-it.jsonl | gzip -n > "$corpus"
  $py bench/smoke_data.py corpora/sample/wikinews-it.jsonl "$retrieval" || exit 2
fi

failed=()
# part NAME COMMAND...: runs one part, notes a failure and goes on.
part() {
  local name=$1 start=$SECONDS; shift
  [[ -z $only || ,$only, == *,$name,* || $name == report ]] || return 0
  echo "[bench] $name"
  if "$@"; then
    echo "[bench] $name done in $((SECONDS - start)) s"
  else
    echo "[bench] $name FAILED" >&2
    failed+=("$name")
  fi
}

echo "[bench] $mode run, results in ${out#$root/}"
$py bench/measure.py machine "$out" start
part index $py bench/measure.py index "$out" "$corpus" corpora/stopwords-it.txt
part floor $py bench/measure.py floor "$out" "$corpus"
part scale $py bench/measure.py scale "$out" "$corpus" "$scales"
part retrieval env BENCH_OUT="$out/retrieval" SEGUGIO_BUILD="$BUILD" RETRIEVAL_SPEED=0 bench/retrieval.sh "$retrieval"
part latency $py bench/measure.py latency "$out" "$out/retrieval/segugio-db" "$out/retrieval/stock-db" \
  "$retrieval/queries.tsv" "$latency_n"
part batch $py bench/measure.py batch "$out" "$out/retrieval/segugio-db" "$out/retrieval/stock-db" \
  "$retrieval/queries.tsv"
part ner $py bench/measure.py ner "$out" "$gold"
$py bench/measure.py machine "$out" end
command="bench/run.sh"
[[ $mode == smoke ]] && command+=" --smoke"
[[ -n $only ]] && command+=" --only $only"
part report $py bench/report.py "$out" "$docs" "$command" "${failed[@]}"

if [[ ${#failed[@]} -gt 0 ]]; then
  echo "bench/run.sh: failed: ${failed[*]} (logs in ${out#$root/}); report: ${docs#$root/}/PERFORMANCE.md" >&2
  exit 1
fi
if [[ $mode == full && -z $only ]]; then
  mkdir -p "$root/docs"
  cp "$docs"/PERFORMANCE.md "$docs"/bench-*.png "$root/docs/"
  docs=$root/docs
fi
echo "[bench] report: ${docs#$root/}/PERFORMANCE.md"
