#!/usr/bin/env bash
# The main job on the bundled corpus: build, index corpora/sample/ into ./segugio-db,
# then run a faceted query.
set -euo pipefail
cd "$(dirname "$0")/.."

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)" >/dev/null

export SEGUGIO_DB="$PWD/segugio-db"
build/indexer/segugio-index --progress corpora/sample
echo
echo '$ segugio-query --person "Kim Jong Un" --country RU --facets person,country armi'
build/query/segugio-query --person "Kim Jong Un" --country RU --facets person,country armi
echo
echo '$ segugio-query --country US --facets person,org --limit 3 elezioni'
build/query/segugio-query --country US --facets person,org --limit 3 elezioni
