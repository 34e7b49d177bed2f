#!/usr/bin/env bash
# Indexing and extraction benchmark: dictum against bare tantivy on the same
# files, in one run so that machine noise cancels. Prints a table.
#
# usage: scripts/bench.sh [--copies N]     (default 1: the 83 MB of UN speeches)
# Needs python3 (to convert the UN speeches with ../shared/tools/ungdc_to_jsonl.py)
# and GNU time (/usr/bin/time, Debian package "time"; installed if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
copies=1
if [ "${1:-}" = "--copies" ]; then copies=$2; fi
work=${BENCH_DIR:-/tmp/dictum-bench}
threads=2
memory=500

if ! [ -x /usr/bin/time ]; then apt-get update -qq && apt-get install -y -qq time >/dev/null; fi
cargo build --release --quiet --bin dictum --example bare_tantivy --example query_bench
input="$work/un-x$copies"
if [ ! -d "$input" ]; then
  python3 ../shared/tools/ungdc_to_jsonl.py "$input" --copies "$copies" >/dev/null
fi
bytes=$(du -sb "$input" | cut -f1)
mb=$(python3 -c "print(round($bytes / 1e6, 1))")

measure() { # name, command...: prints "wall_s cpu_s rss_mb"
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/$name.time" "$@" >/dev/null 2>"$work/$name.err" || { cat "$work/$name.err"; exit 1; }
  awk '{printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024}' "$work/$name.time"
}

rm -rf "$work/ix-dictum" "$work/ix-bare"
read -r d_wall d_cpu d_rss < <(measure dictum target/release/dictum index "$input" --index "$work/ix-dictum" --threads $threads --memory $memory)
read -r b_wall b_cpu b_rss < <(measure bare target/release/examples/bare_tantivy "$input" "$work/ix-bare" $threads $memory)
read -r e_wall e_cpu e_rss < <(measure extract target/release/dictum extract "$input")

python3 - "$mb" "$d_wall" "$d_cpu" "$d_rss" "$b_wall" "$b_cpu" "$b_rss" "$e_wall" "$e_cpu" <<'PY'
import sys
mb, dw, dc, dr, bw, bc, br, ew, ec = map(float, sys.argv[1:])
print(f"input: {mb} MB of UN General Debate speeches (JSON Lines)\n")
print("| measure | dictum | bare tantivy | ratio |")
print("|---|---|---|---|")
print(f"| index wall time | {dw:.2f} s ({mb/dw:.1f} MB/s) | {bw:.2f} s ({mb/bw:.1f} MB/s) | {dw/bw:.2f} |")
print(f"| index CPU time | {dc:.2f} s | {bc:.2f} s | {dc/bc:.2f} |")
print(f"| index peak RSS | {dr:.0f} MB | {br:.0f} MB | {dr/br:.2f} |")
print(f"| extraction alone (dictum extract > /dev/null) | {ew:.2f} s wall, {mb/ec:.1f} MB/s per core | | |")
PY

echo
target/release/examples/query_bench "$work/ix-dictum" "$work/ix-bare" "${QUERIES:-500}"

# Whole-process search, cold start included: the median of 50 runs.
python3 - "$work/ix-dictum" <<'PY'
import statistics, subprocess, sys, time
index = sys.argv[1]
words = ["peace", "security", "climate", "sanctions", "refugees"]
times = []
for i in range(50):
    start = time.perf_counter()
    subprocess.run(["target/release/dictum", "search", words[i % len(words)], "--index", index, "--format", "json"],
                   stdout=subprocess.DEVNULL, check=True)
    times.append((time.perf_counter() - start) * 1000)
print(f"\nwhole-process `dictum search WORD --format json`: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms over 50 runs")
PY
