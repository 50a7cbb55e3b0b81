#!/usr/bin/env bash
# Reproduces the sync figures in docs/benchmarks.md ("Sync (issue 7)"): the real channeldesk-server as a separate
# process over HTTPS on 127.0.0.1 and the real client engine (sync-benchmark) on this machine. Prints the machine,
# then sync-benchmark's JSON. The seeded server database (N records, default 1,000,000) is built on first use without
# HTTP and cached under $BENCH_DIR (default /tmp/channeldesk-sync-bench, about 1.4 GB for a million records); delete
# it to rebuild. Needs a release build: cmake --preset release && cmake --build --preset release
# (or BUILD_DIR=build/bench after cmake --preset release -B build/bench).
#   bench/run-sync-benchmarks.sh [N] [REPEAT]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
records=${1:-1000000}
repeat=${2:-20}
work=${BENCH_DIR:-/tmp/channeldesk-sync-bench}
bin=${BUILD_DIR:-build/release}

echo "== machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')), $(free -g | awk '/Mem:/ {print $2}') GiB," \
     "$(uname -sr), $(date -u '+%F %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== sync-benchmark: $records records, $repeat runs per small measure"
"$bin/bench/sync-benchmark" --records "$records" --repeat "$repeat" --work "$work"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
