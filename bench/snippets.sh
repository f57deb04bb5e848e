#!/usr/bin/env bash
# Snippet speed alone: Xapian's MSet::snippet (the old way) against Segugio's analyzer,
# on the top 10 results of SQuAD-it questions over the retrieval collection.
#   bench/snippets.sh [RETRIEVAL_DIR] [QUERIES]
#     defaults: ../shared/corpora/retrieval, 1000 questions; the build in build/
# Writes only a temporary database, removed at exit.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${1:-$root/../shared/corpora/retrieval}
limit=${2:-1000}
build=${SEGUGIO_BUILD:-$root/build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/indexer/segugio-index" --db "$tmp/db" "$data/collection.jsonl" >/dev/null
"$build/bench/segugio-bench-snippets" "$tmp/db" "$data/queries.tsv" --limit "$limit"
