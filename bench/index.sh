#!/usr/bin/env bash
# Indexing speed: segugio-index against Xapian's own scriptindex on the same articles,
# in the same run. Prints a markdown table (articles/s, ratio, peak memory, size).
#
#   bench/index.sh [CORPUS.jsonl[.gz]]     (run from anywhere; builds nothing)
#
# CORPUS defaults to ../shared/corpora/news/dice-gazzettadimodena-detok.jsonl.gz
# relative to the repository root. SEGUGIO_INDEX overrides the binary
# (default: build/indexer/segugio-index); BENCH_OUT the scratch folder (bench/out).
#
# scriptindex --stemmer=italian indexes `id` as the unique boolean term Q and `text`
# as positional text with Z stems. segugio-index does more on the same records: its
# Italian analysis (normalisation, glue repair, elision, accent folding, two stems),
# titles, dates, sources, and the stored JSON data. The JSON is converted to
# scriptindex's input format before the clock starts, so conversion is not counted.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/corpora/news/dice-gazzettadimodena-detok.jsonl.gz}"
segugio="${SEGUGIO_INDEX:-$root/build/indexer/segugio-index}"
out="${BENCH_OUT:-$root/bench/out}"
python=/usr/bin/python3

for tool in "$segugio" /usr/bin/time; do
  [[ -x "$tool" ]] || { echo "bench/index.sh: $tool not found (build first: cmake --build build)" >&2; exit 2; }
done
command -v scriptindex >/dev/null || { echo "bench/index.sh: scriptindex not found (apt install xapian-omega)" >&2; exit 2; }
[[ -r "$corpus" ]] || { echo "bench/index.sh: cannot read $corpus" >&2; exit 2; }

rm -rf "$out"
mkdir -p "$out"

# scriptindex's input: "field=value" lines, continuation lines start with "=", a blank
# line ends a record.
cat > "$out/index.script" <<'SCRIPT'
id : boolean=Q unique=Q
text : index
SCRIPT
"$python" - "$corpus" "$out/corpus.scriptindex" <<'PY'
import gzip, json, sys
src, dst = sys.argv[1], sys.argv[2]
opener = gzip.open if src.endswith(".gz") else open
with opener(src, "rt", encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as o:
    for line in f:
        if not line.strip():
            continue
        r = json.loads(line)
        text = r.get("text") or r.get("contents") or ""
        o.write("id=%s\n" % r["id"])
        o.write("text=" + "\n=".join(text.split("\n")) + "\n\n")
PY
articles=$(grep -c '^id=' "$out/corpus.scriptindex")

# run NAME COMMAND...: wall seconds and peak RSS (kB) from GNU time.
run() {
  local name=$1; shift
  /usr/bin/time -v -o "$out/$name.time" "$@" > "$out/$name.log" 2>&1 || {
    echo "bench/index.sh: $name failed, see $out/$name.log" >&2; exit 2; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$out/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/$name.time")
  echo "$wall $rss"
}

read -r s_wall s_rss < <(run segugio "$segugio" --quiet --db "$out/segugio.db" "$corpus")
read -r x_wall x_rss < <(run scriptindex scriptindex --stemmer=italian "$out/scriptindex.db" "$out/index.script" "$out/corpus.scriptindex")
# For reference: the same indexing with one analysis thread.
read -r t_wall t_rss < <(run segugio-t1 "$segugio" --quiet --threads 1 --db "$out/segugio-t1.db" "$corpus")

s_docs=$("$python" -c 'import sys,xapian; print(xapian.Database(sys.argv[1]).get_doccount())' "$out/segugio.db" 2>/dev/null || echo "?")
s_size=$(du -sk "$out/segugio.db" | cut -f1)
x_size=$(du -sk "$out/scriptindex.db" | cut -f1)

awk -v n="$articles" -v sd="$s_docs" -v sw="$s_wall" -v sr="$s_rss" -v ss="$s_size" \
    -v xw="$x_wall" -v xr="$x_rss" -v xs="$x_size" -v corpus="$(basename "$corpus")" \
    -v tw="$t_wall" -v tr="$t_rss" -v ts="$(du -sk "$out/segugio-t1.db" | cut -f1)" \
    -v cores="$(nproc)" 'BEGIN {
  s_rate = n / sw; x_rate = n / xw
  printf "Corpus: %s, %d articles (segugio database: %s documents), %d cores\n\n", corpus, n, sd, cores
  printf "| indexer | wall s | articles/s | peak RSS MB | database MB |\n"
  printf "|---|---:|---:|---:|---:|\n"
  printf "| segugio-index | %.2f | %.0f | %.1f | %.1f |\n", sw, s_rate, sr / 1024, ss / 1024
  printf "| scriptindex --stemmer=italian | %.2f | %.0f | %.1f | %.1f |\n", xw, x_rate, xr / 1024, xs / 1024
  printf "| segugio-index --threads 1 | %.2f | %.0f | %.1f | %.1f |\n", tw, n / tw, tr / 1024, ts / 1024
  printf "\nsegugio-index / scriptindex speed ratio: %.2f\n", s_rate / x_rate
}'
