#!/usr/bin/env bash
# Fuzzes quotation extraction for a bounded time; see fuzz/README.md.
#
#   scripts/fuzz.sh            # 60 seconds
#   FUZZ_SECONDS=300 scripts/fuzz.sh
#
# Extra arguments are passed to libFuzzer (e.g. -jobs=2). Crashes land in
# fuzz/artifacts/extract/ (cargo-fuzz's own artifact folder).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${FUZZ_SECONDS:-60}"
target=extract

# cargo-fuzz asks for nightly-only flags (sanitizers); stable rustc accepts
# them when told it is bootstrapping, which spares installing a nightly.
export RUSTC_BOOTSTRAP=1

if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install --locked cargo-fuzz
fi

# The seed corpus is the project's own example articles, copied fresh each
# run so the fuzzer starts from realistic layouts; libFuzzer adds what it
# finds to the same folder, which stays out of git.
corpus="$root/fuzz/corpus/$target"
mkdir -p "$corpus"
find "$root/corpus" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.jsonl' -o -name '*.json' \) \
    -exec cp -f {} "$corpus/" \;
if [ -d "$root/tests/data/fuzz-regressions" ]; then
    cp -f "$root/tests/data/fuzz-regressions/"* "$corpus/" 2>/dev/null || true
fi

cd "$root"
exec cargo fuzz run "$target" "$corpus" -- \
    -max_total_time="$seconds" \
    -max_len=4096 \
    "$@"
