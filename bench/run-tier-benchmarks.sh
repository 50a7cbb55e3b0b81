#!/usr/bin/env bash
# Reproduces the "Training and tiers (issue 6)" figures in docs/benchmarks.md: generates a database of P partners
# (default 100,000) with K contacts each (default 5), D deals (default 300,000: revenue, approved registrations and
# closed-won deals for the tier criteria) and C certification records (default 1,000,000) with the catalogue, the
# four-level program, a membership per partner, course completions and points, timing each generation on its own;
# then runs tier-benchmark: TierEngine::recompute with its progress callback (first run, then unchanged re-runs),
# TierMetrics::measureAll alone, the two baselines (per-partner queries extrapolated; GROUP BY without the index), and
# the first paint of the certification and tier views (CertificationQuery, TierQuery). Also times
# `channeldesk-cli tiers-recompute` (unchanged run) and `export-certifications` of every record.
#
# Needs a release build: cmake --preset release -B build/release && cmake --build build/release --target
# channeldesk-cli tier-benchmark (BUILD_DIR=build/other for another build directory), and /usr/bin/time (Debian
# package "time"). The database goes to BENCH_DIR (default: a new temporary directory; never commit it); KEEP_DB=1
# reuses one there (the engine then starts from the standings the last run left).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
partners=${1:-100000}
certifications=${2:-1000000}
deals=${3:-300000}
contacts=${CONTACTS:-5}
repeat=${REPEAT:-10}
bin=${BUILD_DIR:-build/release}
work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
db=$work/tiers-$partners-$certifications-$deals.db
today=$(date +%F)
for tool in "$bin/app/channeldesk-cli" "$bin/bench/tier-benchmark" /usr/bin/time; do
    [[ -x $tool ]] || { echo "missing $tool (see the header of this script)" >&2; exit 2; }
done

echo "== machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(date -u '+%F %T') UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ ${KEEP_DB:-0} != 1 || ! -f $db ]]; then
    rm -f "$db" "$db-wal" "$db-shm"
    echo "== generating $partners partners with $contacts contacts each"
    /usr/bin/time -f "generate partners: %e s wall, %U s user, %S s sys, peak RSS %M KB" \
        "$bin/app/channeldesk-cli" --database "$db" generate --partners "$partners" --contacts-per-partner "$contacts" --seed 1
    echo "== generating $deals deals (as of $today, load $(cut -d' ' -f1-3 /proc/loadavg))"
    /usr/bin/time -f "generate deals: %e s wall, %U s user, %S s sys, peak RSS %M KB" \
        "$bin/app/channeldesk-cli" --database "$db" generate --deals "$deals" --seed 1 --as-of "$today"
    echo "== generating $certifications certifications (as of $today, load $(cut -d' ' -f1-3 /proc/loadavg))"
    QT_LOGGING_RULES="channeldesk.core.tools.info=true" /usr/bin/time -f "generate certifications: %e s wall, %U s user, %S s sys, peak RSS %M KB" \
        "$bin/app/channeldesk-cli" --database "$db" generate --certifications "$certifications" --seed 1 --as-of "$today"
fi
echo "== database size: $(du -h "$db" | cut -f1)"
echo "== tier-benchmark (load $(cut -d' ' -f1-3 /proc/loadavg))"
"$bin/bench/tier-benchmark" --database "$db" --repeat "$repeat" --today "$today" 2>/dev/null
echo "== channeldesk-cli tiers-recompute, unchanged (load $(cut -d' ' -f1-3 /proc/loadavg))"
/usr/bin/time -f "tiers-recompute: %e s wall, %U s user, %S s sys, peak RSS %M KB" \
    "$bin/app/channeldesk-cli" --database "$db" tiers-recompute --as-of "$today"
echo "== channeldesk-cli export-certifications (load $(cut -d' ' -f1-3 /proc/loadavg))"
/usr/bin/time -f "export-certifications: %e s wall, %U s user, %S s sys, peak RSS %M KB" \
    "$bin/app/channeldesk-cli" --database "$db" export-certifications --profile utf8 --as-of "$today" "$work/certifications.csv"
echo "== done (load $(cut -d' ' -f1-3 /proc/loadavg))"
