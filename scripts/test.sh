#!/usr/bin/env bash
# Configures, builds and runs the whole test suite (unit and end-to-end) in build/.
#   scripts/test.sh                 normal build in build/
#   scripts/test.sh --sanitizers    AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/
set -euo pipefail
cd "$(dirname "$0")/.."

build=build
flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DSEGUGIO_WERROR=ON)
if [[ "${1:-}" == "--sanitizers" ]]; then
  build=build-asan
  flags=(-DCMAKE_BUILD_TYPE=Debug -DSEGUGIO_SANITIZERS=ON -DSEGUGIO_WERROR=ON)
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
jobs=$(nproc)

cmake -S . -B "$build" "${flags[@]}"
cmake --build "$build" -j "$jobs"
ctest --test-dir "$build" --output-on-failure -j "$jobs"
