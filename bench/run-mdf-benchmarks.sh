#!/usr/bin/env bash
# Reproduces the "MDF (issue 5)" figures in docs/benchmarks.md: generates a database of P partners (default 10,000,
# one contact each) and R fund requests (default 100,000) with K claims per request (default 3, so 300,000 claims),
# their budgets, allocations and payments, timing the MDF generation on its own, then runs mdf-benchmark: the whole
# budget tree's balances (MdfBalances::load) and in the same run the naive baseline (the same tree by GROUP BY over the
# raw request, claim and payment rows), what one payment or claim approval costs in the totals triggers and the
# refresh after a real payment, and the first page of the request and claim lists for the common sorts and filters
# (the lists' own SQL, with query plans).
#
# Needs a release build: cmake --preset release && cmake --build build/release --target channeldesk-cli mdf-benchmark
# (BUILD_DIR=build/other for another build directory), and /usr/bin/time (Debian package "time").
# The database goes to BENCH_DIR (default: a new temporary directory; never commit it); KEEP_DB=1 reuses one there.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
partners=${1:-10000}
requests=${2:-100000}
claims=${3:-3}
repeat=${REPEAT:-15}
bin=${BUILD_DIR:-build/release}
work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
db=$work/mdf-$partners-$requests-$claims.db
today=$(date +%F)
for tool in "$bin/app/channeldesk-cli" "$bin/bench/mdf-benchmark" /usr/bin/time; do
    [[ -x $tool ]] || { echo "missing $tool (see the header of this script)" >&2; exit 2; }
done

echo "== machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(date -u '+%F %T') UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ ${KEEP_DB:-0} != 1 || ! -f $db ]]; then
    rm -f "$db" "$db-wal" "$db-shm"
    echo "== generating $partners partners"
    /usr/bin/time -f "generate partners: %e s wall, %U s user, %S s sys, peak RSS %M KB" \
        "$bin/app/channeldesk-cli" --database "$db" generate --partners "$partners" --contacts-per-partner 1 --seed 1
    echo "== generating $requests fund requests, $claims claims per request (as of $today, load $(cut -d' ' -f1-3 /proc/loadavg))"
    /usr/bin/time -f "generate mdf: %e s wall, %U s user, %S s sys, peak RSS %M KB" \
        "$bin/app/channeldesk-cli" --database "$db" generate --mdf-requests "$requests" --claims-per-request "$claims" \
        --seed 1 --as-of "$today"
fi
echo "== database size: $(du -h "$db" | cut -f1)"
echo "== mdf-benchmark (load $(cut -d' ' -f1-3 /proc/loadavg))"
"$bin/bench/mdf-benchmark" --database "$db" --repeat "$repeat" --today "$today" 2>/dev/null
echo "== done (load $(cut -d' ' -f1-3 /proc/loadavg))"
