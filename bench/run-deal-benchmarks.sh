#!/usr/bin/env bash
# Reproduces the "Deals and pipeline (issue 4)" figures in docs/benchmarks.md: generates a database of P partners
# (default 100,000, two contacts each) and D deals (default 1,000,000 registrations and opportunities with line
# items), timing the deal generation on its own, then runs deal-benchmark: the deals list (first paint and every sort
# of the real DealsScreen, offscreen), the pipeline dashboard (PipelineReport load, refresh, compute with and without
# filters), the DR-04 conflict check of 200 random registrations, and in the same run a bare QTableView +
# QSqlQueryModel and a plain SQL GROUP BY as baselines.
#
# Needs a release build: cmake --preset release && cmake --build build/release --target channeldesk-cli deal-benchmark
# (BUILD_DIR=build/other for another build directory), and /usr/bin/time (Debian package "time").
# The database goes to BENCH_DIR (default: a new temporary directory); KEEP_DB=1 reuses one that is already there.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
partners=${1:-100000}
deals=${2:-1000000}
repeat=${REPEAT:-5}
bin=${BUILD_DIR:-build/release}
work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
db=$work/deals-$partners-$deals.db
today=$(date +%F)
for tool in "$bin/app/channeldesk-cli" "$bin/bench/deal-benchmark" /usr/bin/time; do
    [[ -x $tool ]] || { echo "missing $tool (see the header of this script)" >&2; exit 2; }
done

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(date -u '+%F %T') UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ ${KEEP_DB:-0} != 1 || ! -f $db ]]; then
    rm -f "$db" "$db-wal" "$db-shm"
    echo "== generating $partners partners"
    /usr/bin/time -f "generate partners: %e s wall, %U s user, %S s sys, peak RSS %M KB" \
        "$bin/app/channeldesk-cli" --database "$db" generate --partners "$partners" --seed 1
    echo "== generating $deals deals (as of $today)"
    /usr/bin/time -f "generate deals: %e s wall, %U s user, %S s sys, peak RSS %M KB" \
        "$bin/app/channeldesk-cli" --database "$db" generate --deals "$deals" --seed 1 --as-of "$today"
fi
echo "== database size: $(du -h "$db" | cut -f1)"
echo "== deal-benchmark (load $(cut -d' ' -f1-3 /proc/loadavg))"
"$bin/bench/deal-benchmark" --database "$db" --repeat "$repeat" --today "$today" 2>/dev/null
echo "== done (load $(cut -d' ' -f1-3 /proc/loadavg))"
