#!/usr/bin/env bash
# Load test of `dictum serve`: indexes the sample corpus and the seed
# article, starts the server on a free loopback port, and sends it
# REQUESTS requests from CLIENTS concurrent clients (examples/serve_load.rs).
#
# usage: scripts/load.sh [REQUESTS] [CLIENTS]     (default 2000 8)
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-2000}
clients=${2:-8}
cargo build --release --quiet --bin dictum --example serve_load
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
target/release/dictum index corpus ../shared/seed --index "$work/index" >/dev/null
target/release/dictum serve --index "$work/index" --addr 127.0.0.1:0 >"$work/serve.out" 2>&1 &
server=$!
for _ in $(seq 50); do
  grep -q http "$work/serve.out" && break
  sleep 0.1
done
url=$(grep -o 'http://[0-9.:]*' "$work/serve.out" | head -1)
[ -n "$url" ] || { cat "$work/serve.out"; exit 1; }
echo "server: $url (index: corpus/ and the seed article), $(nproc) cores"
target/release/examples/serve_load "$url" "$requests" "$clients"
