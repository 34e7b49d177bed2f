#!/usr/bin/env bash
# Runs dictum's Spark job for real on a standalone cluster of one master and
# up to two workers (one core each) bound to 127.0.0.1, started and stopped
# here; checks that the statements equal those of a local `dictum extract`
# (same ids, same count, same records), and prints the throughput with 1
# and with 2 workers.
#
# usage: scale/spark/test.sh [--years 1991-2022]
#   --years picks the UN General Debate sessions to run on (default: all,
#   83 MB); .ci/run passes a small slice.
# Needs python3 and Java 17+; installs PySpark (scale/spark/requirements.txt)
# into target/spark-venv on the first run.
set -euo pipefail
cd "$(dirname "$0")/../.."
years=1991-2022
if [ "${1:-}" = "--years" ]; then years=$2; fi
root=$PWD
venv=$root/target/spark-venv
work=$root/target/spark-work

if [ ! -x "$venv/bin/spark-submit" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet -r scale/spark/requirements.txt
fi
export SPARK_HOME
SPARK_HOME=$("$venv/bin/python" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))')
export PYSPARK_PYTHON=$venv/bin/python PYSPARK_DRIVER_PYTHON=$venv/bin/python
export SPARK_LOCAL_IP=127.0.0.1 SPARK_LOG_DIR=$work/logs

cargo build --release --quiet --bin dictum
rm -rf "$work"
mkdir -p "$work/logs"
python3 ../shared/tools/ungdc_to_jsonl.py "$work/input" --years "$years" >/dev/null
mb=$(du -sb "$work/input" | awk '{printf "%.1f", $1 / 1e6}')

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT

calc() { python3 -c "print(f'{$1:.2f}')"; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { # log file, text, what
  for _ in $(seq 600); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "timed out waiting for $3; its log:" >&2; tail -20 "$1" >&2; exit 1
}

port=$(free_port)
master=spark://127.0.0.1:$port
"$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$port" --webui-port "$(free_port)" >"$work/logs/master.log" 2>&1 &
pids+=($!)
wait_for "$work/logs/master.log" "I have been elected leader" "the Spark master"

start_worker() { # n
  "$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.worker.Worker "$master" \
    --host 127.0.0.1 --cores 1 --memory 2g --webui-port "$(free_port)" --work-dir "$work/worker-$1" \
    >"$work/logs/worker-$1.log" 2>&1 &
  pids+=($!)
  wait_for "$work/logs/worker-$1.log" "Successfully registered with master" "Spark worker $1"
}

# The reference: the same files, read locally by the same binary.
start=$(date +%s.%N)
target/release/dictum extract "$work/input" >"$work/local.jsonl" 2>"$work/logs/local.err"
local_s=$(calc "$(date +%s.%N) - $start")

rows=()
for workers in 1 2; do
  start_worker "$workers"
  start=$(date +%s.%N)
  "$SPARK_HOME/bin/spark-submit" --master "$master" --conf spark.ui.enabled=false \
    scale/spark/extract_job.py "$work/input" "$work/out-$workers" --dictum "$root/target/release/dictum" \
    >"$work/logs/job-$workers.log" 2>&1 || { tail -30 "$work/logs/job-$workers.log"; exit 1; }
  seconds=$(calc "$(date +%s.%N) - $start")
  python3 scale/spark/compare.py "$work/local.jsonl" "$work/out-$workers"
  # The extraction alone, as the job measured it (executors already up).
  stage_s=$(grep -o 'dictum-extract: .* in [0-9.]* s' "$work/logs/job-$workers.log" | grep -o '[0-9.]* s$' | tr -d ' s')
  rows+=("| $workers | $seconds | $stage_s | $(calc "$mb / $stage_s") |")
done

# The Spark output indexes as the articles do.
target/release/dictum index --statements "$work/out-2" --index "$work/index-records" >/dev/null
target/release/dictum index "$work/input" --index "$work/index-articles" >/dev/null 2>&1
from_records=$(target/release/dictum search --format json --limit 0 --index "$work/index-records" | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])')
from_articles=$(target/release/dictum search --format json --limit 0 --index "$work/index-articles" | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])')
if [ "$from_records" != "$from_articles" ]; then
  echo "dictum index --statements of the Spark output holds $from_records statements, of the articles $from_articles" >&2
  exit 1
fi
echo "dictum index --statements of the Spark output: $from_records statements, as indexing the articles gives"

echo
echo "input: $mb MB of UN General Debate speeches ($years), $(wc -l <"$work/local.jsonl") statements"
echo "local dictum extract (2 threads): $local_s s"
echo
echo "| Spark workers (1 core each) | job wall time, start-up included (s) | extraction (s) | MB/s of extraction |"
echo "|---|---|---|---|"
printf '%s\n' "${rows[@]}"
