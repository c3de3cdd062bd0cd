#!/usr/bin/env bash
# A short fuzz pass over every parser of decent-io (shifts, employees, absences, earnings,
# moved days): none may panic on any bytes (issue 8, item 8).
#
# With cargo-fuzz and a nightly toolchain (`cargo install cargo-fuzz`, `rustup toolchain install
# nightly`), runs each target of fuzz/ for SECONDS (default 60), starting from fuzz/seeds/<target>:
#   cargo +nightly fuzz run <target> fuzz/corpus/<target> fuzz/seeds/<target> -- -max_total_time=SECONDS
# A crash is saved under fuzz/artifacts/ and the script fails. With nightly but no cargo-fuzz, the
# targets are built with the same coverage flags (no address sanitizer) and run by libFuzzer.
# Without nightly (CI, a stable-only machine), runs the stable form of the same targets instead: the
# property tests that feed every parser random and plausible-hostile bytes, with PROPTEST_CASES
# (default 20000) cases each.
#
# Usage: scripts/fuzz.sh [SECONDS]          FUZZ_STABLE=1 forces the stable form.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-60}
TARGETS=(shifts employees absences earnings moved_days)

if [ "${FUZZ_STABLE:-0}" != 1 ] && cargo fuzz --version >/dev/null 2>&1 && cargo +nightly --version >/dev/null 2>&1; then
  for t in "${TARGETS[@]}"; do
    echo "== fuzz $t for ${SECONDS_PER_TARGET} s"
    mkdir -p "fuzz/corpus/$t"
    cargo +nightly fuzz run "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- -max_total_time="$SECONDS_PER_TARGET"
  done
elif [ "${FUZZ_STABLE:-0}" != 1 ] && cargo +nightly --version >/dev/null 2>&1; then
  # Nightly without cargo-fuzz: the same targets built with the coverage flags cargo-fuzz would
  # pass (without its address sanitizer), run by libFuzzer directly.
  echo "== cargo-fuzz not found: building the targets with nightly and libFuzzer's coverage flags"
  target=$(rustc +nightly -vV | awk '/^host:/{print $2}')
  dir=${CARGO_TARGET_DIR:-$PWD/fuzz/target}
  (cd fuzz && RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
    -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
    -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions" \
    CARGO_TARGET_DIR="$dir" cargo +nightly build --release --target "$target" --bins)
  for t in "${TARGETS[@]}"; do
    echo "== fuzz $t for ${SECONDS_PER_TARGET} s"
    mkdir -p "fuzz/corpus/$t" fuzz/artifacts
    "$dir/$target/release/$t" -max_total_time="$SECONDS_PER_TARGET" -artifact_prefix="fuzz/artifacts/$t-" \
      "fuzz/corpus/$t" "fuzz/seeds/$t"
  done
else
  cases=${PROPTEST_CASES:-20000}
  echo "== nightly not found: the stable property tests, PROPTEST_CASES=$cases"
  # every_parser_survives_*: every parser; random_bytes/mutations/never_panic: each reader's own.
  PROPTEST_CASES=$cases cargo test -p decent-io --release -- \
    survives random_bytes never_panic mutations wrong_width fast_path_agrees
fi
