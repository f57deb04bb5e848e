#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build-fuzz/ and runs each for SECONDS,
# starting from its seed corpus in fuzz/corpus/<target>/ (read only: new inputs go to a
# scratch folder). Prints executions per target from libFuzzer's final "#N DONE" line.
# Exits non-zero when a target crashes, leaks or breaks an invariant; the reproducer is
# left in build-fuzz/artifacts/.
#   fuzz/run.sh 60            one minute per target
#   fuzz/run.sh 300 fuzz_jsonl
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(fuzz_jsonl fuzz_analyzer fuzz_query fuzz_batch fuzz_folders)

build=build-fuzz
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSEGUGIO_FUZZERS=ON -DSEGUGIO_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target "${targets[@]}"

mkdir -p "$build/artifacts"
status=0
summary=""
for target in "${targets[@]}"; do
  scratch="$build/corpus/$target"
  mkdir -p "$scratch"
  log="$build/$target.log"
  echo "== $target: ${seconds} s"
  if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      "$build/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 -timeout=10 \
      -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" \
      "$scratch" "fuzz/corpus/$target" >"$log" 2>&1; then
    status=1
    echo "$target FAILED; the end of $log:"
    tail -n 40 "$log"
  fi
  # "#1234567	DONE   cov: 2345 ft: 6789 corp: 512/40Kb lim: 4096 exec/s: 20576 rss: 80Mb"
  done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 || true)
  execs=$(sed -E 's/^#([0-9]+).*/\1/' <<<"$done_line")
  rate=$(sed -nE 's/.*exec\/s: ([0-9]+).*/\1/p' <<<"$done_line")
  summary+=$(printf '%-14s %12s executions  %8s exec/s  %s' "$target" "${execs:-?}" "${rate:-?}" \
    "$([[ -n $done_line ]] && echo ok || echo 'no DONE line')")$'\n'
done
echo
echo "$summary"
exit $status
