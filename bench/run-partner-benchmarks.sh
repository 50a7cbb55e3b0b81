#!/usr/bin/env bash
# Reproduces the partner-list figures in docs/benchmarks.md: generates a database of N partners (default
# 1,000,000), times the generation, runs partner-list-benchmark (ChannelDesk against a bare QSqlQueryModel in the
# same run) and times cold start to a painted window. Needs a release build (cmake --preset release &&
# cmake --build --preset release) and, for the cold start, Xvfb and hyperfine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
partners=${1:-1000000}
work=${BENCH_DIR:-$(mktemp -d)}
db=$work/partners-$partners.db
bin=build/release

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(date -u +%F)"
rm -f "$db" "$db-wal" "$db-shm"
echo "== generating $partners partners (no contacts)"
/usr/bin/time -f "generate: %e s wall, peak RSS %M KB" \
    "$bin/app/channeldesk-cli" --database "$db" generate --partners "$partners" --contacts-per-partner 0 --seed 1

for search in nguyen whitaker "cong ty"; do
    echo "== list benchmark, search \"$search\""
    "$bin/bench/partner-list-benchmark" --database "$db" --repeat 7 --search "$search" 2>/dev/null
done

if command -v hyperfine >/dev/null && command -v xvfb-run >/dev/null; then
    echo "== cold start to a painted window (Xvfb)"
    xvfb-run -a hyperfine -w 2 -r 15 "$bin/app/channeldesk --database $db --quit-when-shown"
fi
echo "== database size: $(du -h "$db" | cut -f1)"
