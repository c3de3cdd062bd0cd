#!/usr/bin/env bash
# Speed and memory of `decent check --format summary`, end to end, CSV in (issue 2, item 8).
# Generates benchmark data with `decent demo --employees N` under $DATA (default /tmp/decent-bench)
# and measures three sizes (about 1 M, 3 M and 10 M shifts) to show linearity: median wall time of
# $RUNS runs (hyperfine when installed), max RSS from /usr/bin/time -v. Not part of CI.
# Usage: scripts/bench.sh [EMPLOYEES...]   (default: 4400 13200 45000)
# DECENT_LAW=lv-2002 measures that pack on its own demo year (data under $DATA/lv-2002-N).
# SLIM=1 measures the same rows cut to the columns the core checks read
# (employee_id,start,end,break_minutes,kind), as a timesheet export without the optional columns.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DATA:-/tmp/decent-bench}
RUNS=${RUNS:-5}
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(4400 13200 45000)
cargo build --release -p decent-cli >/dev/null 2>&1
BIN=$PWD/target/release/decent
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/{print $2}') GB RAM"
LAW=${DECENT_LAW:-lv-1994}
for n in "${SIZES[@]}"; do
  dir=$DATA/$n
  [ "$LAW" = lv-1994 ] || dir=$DATA/$LAW-$n
  [ -f "$dir/shifts.csv" ] || "$BIN" demo "$dir" --law "$LAW" --employees "$n" >/dev/null
  shifts=$dir/shifts.csv
  if [ "${SLIM:-0}" = 1 ]; then
    [ -f "$dir/slim.csv" ] || cut -d, -f1-5 "$dir/shifts.csv" >"$dir/slim.csv"
    shifts=$dir/slim.csv
  fi
  rows=$(($(wc -l <"$shifts") - 1))
  bytes=$(stat -c %s "$shifts")
  cmd=("$BIN" check --law "$LAW" --shifts "$shifts" --employees "$dir/employees.csv" --absences "$dir/absences.csv" --format summary)
  times=()
  for _ in $(seq "$RUNS"); do
    s=$(date +%s.%N); "${cmd[@]}" >/dev/null || true; e=$(date +%s.%N)
    times+=("$(echo "$e - $s" | bc -l)")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  rss=$( { /usr/bin/time -v "${cmd[@]}" >/dev/null; } 2>&1 | awk -F: '/Maximum resident/{gsub(/ /,"",$2); print $2}' || true)
  awk -v n="$n" -v r="$rows" -v b="$bytes" -v t="$median" -v k="$rss" 'BEGIN {
    printf "employees %d: %d shifts (%.0f MB): median %.2f s = %.2f M shifts/s; max RSS %.0f MB = %.1f bytes/shift\n",
      n, r, b / 1e6, t, r / t / 1e6, k / 1024, k * 1024 / r }'
  # Where the time goes (one run): wall/processor seconds per phase.
  DECENT_TIMINGS=1 "${cmd[@]}" 2>&1 >/dev/null | grep '^timings' | sed 's/^/  /' || true
  if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs "$RUNS" -i "${cmd[*]}" 2>/dev/null | grep -E 'Time|Range' || true
  fi
done
