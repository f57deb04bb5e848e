#!/usr/bin/env bash
# Retrieval quality and batch speed of segugio against the stock Xapian pipeline, on
# the SQuAD-it passages (corpora/README.md section 4), in one run on one machine.
#
#   bench/retrieval.sh [RETRIEVAL_DIR]      default: ../shared/corpora/retrieval
#
# Quality: both index collection.jsonl, run the 7,609 questions of queries.tsv as one
# batch (top 100, TREC format) and are scored by bench/score_trec.py (MRR@10,
# Recall@100). Speed: the same questions as one batch, top 10 with snippets and exact
# facet counts over all matches: segugio with --facets person,country, the stock
# pipeline with one ValueCountMatchSpy (bench/xapian_stock.py speed).
# Figures go to stdout and to OUT/retrieval.txt, and as JSON to OUT/retrieval.json (read
# by bench/run.sh's report); OUT is $BENCH_OUT, default bench/out. The databases stay in
# OUT/segugio-db and OUT/stock-db for bench/run.sh's latency and batch parts.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${1:-$root/../shared/corpora/retrieval}
build=${SEGUGIO_BUILD:-$root/build}
index=${SEGUGIO_INDEX:-$build/indexer/segugio-index}
query=${SEGUGIO_QUERY:-$build/query/segugio-query}
py=/usr/bin/python3
out=${BENCH_OUT:-$root/bench/out}
mkdir -p "$out"
for tool in "$index" "$query"; do
  [[ -x $tool ]] || { echo "retrieval.sh: $tool is not built (cmake --build build)" >&2; exit 2; }
done
for f in collection.jsonl queries.tsv qrels.txt; do
  [[ -f $data/$f ]] || { echo "retrieval.sh: missing $data/$f" >&2; exit 2; }
done
unset SEGUGIO_DB
now() { date +%s.%N; }

rm -rf "$out/segugio-db" "$out/stock-db"
t0=$(now); "$index" --db "$out/segugio-db" "$data/collection.jsonl" >/dev/null; t1=$(now)
$py "$root/bench/xapian_stock.py" index "$out/stock-db" "$data/collection.jsonl"; t2=$(now)

# Quality. A few questions have an unbalanced '"', a syntax error for segugio (exit 2,
# reported in bench/out/segugio.err): they go unanswered and score 0.
status=0
"$query" --db "$out/segugio-db" --batch "$data/queries.tsv" --format trec --limit 100 \
  --run-tag segugio >"$out/segugio.trec" 2>"$out/segugio.err" || status=$?
[[ $status -le 2 && -s $out/segugio.trec ]] || { cat "$out/segugio.err" >&2; exit 2; }
$py "$root/bench/xapian_stock.py" trec "$out/stock-db" "$data/queries.tsv" >"$out/stock.trec"
seg=$($py "$root/bench/score_trec.py" "$data/qrels.txt" "$out/segugio.trec" --json)
stock=$($py "$root/bench/score_trec.py" "$data/qrels.txt" "$out/stock.trec" --json)

# Speed: one process each, the database opened once, every answer written out.
# RETRIEVAL_SPEED=0 skips it (bench/run.sh times the same batches in its batch part).
t3=$(now); t4=$t3
if [[ ${RETRIEVAL_SPEED:-1} != 0 ]]; then
  "$query" --db "$out/segugio-db" --batch "$data/queries.tsv" --format jsonl --limit 10 \
    --facets person,country >"$out/segugio-speed.jsonl" 2>/dev/null || [[ $? -le 2 ]]
  t4=$(now)
  $py "$root/bench/xapian_stock.py" speed "$out/stock-db" "$data/queries.tsv" >"$out/stock-speed.jsonl"
  t5=$(now)
else
  t5=$t3
fi

nq=$(grep -c . "$data/queries.tsv")
np=$(grep -c . "$data/collection.jsonl")
$py - "$seg" "$stock" "$nq" "$np" "$out/retrieval.json" "$t0" "$t1" "$t2" "$t3" "$t4" "$t5" <<'PY' | tee "$out/retrieval.txt"
import json, sys
seg, stock = json.loads(sys.argv[1]), json.loads(sys.argv[2])
nq, npass, dest = int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
t = [float(x) for x in sys.argv[6:]]
print(f"queries: {nq}")
print(f"indexing: segugio {t[1]-t[0]:.1f} s, stock xapian {t[2]-t[1]:.1f} s")
for name, key in (("MRR@10", "mrr@10"), ("Recall@100", "recall@100")):
    print(f"{name:11s} segugio {seg[key]:.4f}  stock xapian {stock[key]:.4f}  "
          f"difference {seg[key]-stock[key]:+.4f}")
print(f"answered    segugio {seg['answered']}  stock xapian {stock['answered']}")
result = {"queries": nq, "passages": npass, "segugio": seg, "stock": stock,
          "index_s": {"segugio": t[1] - t[0], "stock": t[2] - t[1]}}
if t[5] > t[3]:
    qs, qx = nq / (t[4]-t[3]), nq / (t[5]-t[4])
    print(f"batch speed segugio {qs:.0f} q/s (--facets person,country)  "
          f"stock xapian {qx:.0f} q/s (one ValueCountMatchSpy)  ratio {qs/qx:.2f}")
    result["batch_facets_qps"] = {"segugio": qs, "stock": qx}
with open(dest, "w") as f:
    json.dump(result, f, indent=2)
PY
