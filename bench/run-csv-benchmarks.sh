#!/usr/bin/env bash
# Reproduces the CSV import/export figures in docs/benchmarks.md ("CSV (issue 3)"): generates a deterministic partner
# CSV of N rows (default 1,000,000; ~210 MB, 12 columns, half Vietnamese, quoted fields with commas, a few doubled
# quotes and multi-line notes) and, in the same run, times against each other:
#   - sqlite3 new.db ".import --csv FILE partners"            (baseline for import)
#   - channeldesk-cli import FILE into a fresh database        (and --dry-run, which writes nothing)
#   - sqlite3 -csv -header DB "SELECT <the same 12 columns>"   (baseline for export, on the imported database)
#   - channeldesk-cli export --profile utf8 --columns <the 12>, and the default Excel export of every column
# with the peak RSS of each (GNU time). Median of RUNS (default 3) interleaved runs; the file is in the page cache.
#
# Needs a release build of channeldesk-cli and csv-bench-generator:
#   cmake --preset release && cmake --build build/release --target channeldesk-cli csv-bench-generator
# (BUILD_DIR=build/other to use another build directory), plus sqlite3 and /usr/bin/time (Debian package "time").
# Generated files go to BENCH_DIR (default: a new temporary directory); they are never part of the repository.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rows=${1:-1000000}
runs=${RUNS:-3}
bin=${BUILD_DIR:-build/release}
work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
cli=$bin/app/channeldesk-cli
gen=$bin/bench/csv-bench-generator
csv=$work/partners-$rows.csv
results=$work/results.txt
: > "$results"
for tool in "$cli" "$gen" /usr/bin/time; do
    [[ -x $tool ]] || { echo "missing $tool (see the header of this script)" >&2; exit 2; }
done
command -v sqlite3 >/dev/null || { echo "missing sqlite3" >&2; exit 2; }

columns=partner.name,partner.legal_name,partner.type,partner.tier,partner.stage,partner.country,partner.city
columns=$columns,partner.phone,partner.email,partner.website,partner.external_id,partner.notes
select="SELECT name, legal_name, partner_type, tier, stage, country, city, phone, email, website, external_id, notes
        FROM partner WHERE deleted_at IS NULL"

echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), \
$(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(uname -sr), sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
echo "== date: $(date -u '+%F %T UTC'), load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# time LABEL COMMAND...: runs it under GNU time and records "LABEL<TAB>seconds<TAB>max RSS KiB".
measure() {
    local label=$1
    shift
    if ! /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/stdout.txt" 2> "$work/stderr.txt"; then
        echo "!! $label failed:" >&2
        cat "$work/stderr.txt" "$work/time.txt" >&2
        exit 1
    fi
    read -r seconds rss < <(tail -1 "$work/time.txt")
    printf '%s\t%s\t%s\n' "$label" "$seconds" "$rss" >> "$results"
    printf '   %-44s %7.2f s  %8.1f MiB\n' "$label" "$seconds" "$(echo "$rss / 1024" | bc -l)"
}

echo "== generating $rows rows"
measure "generate (csv-bench-generator)" "$gen" "$rows" "$csv"
bytes=$(stat -c %s "$csv")
echo "   $bytes bytes ($(echo "$bytes / 1048576" | bc) MiB), $(wc -l < "$csv") physical lines"
cat "$csv" > /dev/null # into the page cache, as every tool will read it from there

for run in $(seq 1 "$runs"); do
    echo "== run $run of $runs"
    rm -f "$work/sqlite.db"
    measure "sqlite3 .import --csv" sqlite3 "$work/sqlite.db" ".import --csv $csv partners"
    rm -f "$work/cd.db" "$work/cd.db-wal" "$work/cd.db-shm"
    measure "channeldesk-cli import" "$cli" --database "$work/cd.db" import "$csv"
    [[ $run == 1 ]] && sed 's/^/   | /' "$work/stdout.txt"
    measure "channeldesk-cli import --dry-run" "$cli" --database "$work/absent.db" import "$csv" --dry-run
    measure "sqlite3 -csv export (12 columns)" sqlite3 -csv -header "$work/cd.db" ".output $work/sqlite-out.csv" "$select"
    measure "channeldesk-cli export utf8 (12 columns)" "$cli" --database "$work/cd.db" export "$work/cd-out.csv" \
        --profile utf8 --columns "$columns"
    measure "channeldesk-cli export excel (all 23 columns)" "$cli" --database "$work/cd.db" export \
        "$work/cd-excel.csv" --profile excel
done

echo "== checks"
count() { sqlite3 :memory: ".import --csv $1 t" "SELECT count(*) FROM t"; }
echo "   records: input $(count "$csv"), sqlite3 table $(sqlite3 "$work/sqlite.db" 'SELECT count(*) FROM partners'), \
ChannelDesk $(sqlite3 "$work/cd.db" 'SELECT count(*) FROM partner'), sqlite3 export $(count "$work/sqlite-out.csv"), \
ChannelDesk export $(count "$work/cd-out.csv")"
echo "   sizes: sqlite3 export $(stat -c %s "$work/sqlite-out.csv"), ChannelDesk export $(stat -c %s "$work/cd-out.csv"), \
Excel export $(stat -c %s "$work/cd-excel.csv") bytes; database $(du -m "$work/cd.db" | cut -f1) MiB"

echo "== medians ($runs runs; MiB/s of the ${bytes}-byte input file)"
awk -F'\t' -v rows="$rows" -v bytes="$bytes" '
    { n[$1]++; t[$1, n[$1]] = $2; if ($3 > rss[$1]) rss[$1] = $3; if (!($1 in seen)) { seen[$1] = 1; order[++k] = $1 } }
    END {
        printf "| %-44s | %8s | %10s | %8s | %9s |\n", "Step", "Median", "Rows/s", "MiB/s", "Peak RSS"
        for (i = 1; i <= k; i++) {
            s = order[i]; m = n[s]
            for (a = 1; a <= m; a++) v[a] = t[s, a]
            for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (v[b] < v[a]) { x = v[a]; v[a] = v[b]; v[b] = x }
            med = (m % 2) ? v[(m + 1) / 2] : (v[m / 2] + v[m / 2 + 1]) / 2
            median[s] = med
            printf "| %-44s | %6.2f s | %10.0f | %8.1f | %5.1f MiB |\n", s, med, rows / med, bytes / 1048576 / med, rss[s] / 1024
        }
        printf "\nimport / sqlite3 .import: %.2fx (target <= 1.0x, floor 1.5x)\n", median["channeldesk-cli import"] / median["sqlite3 .import --csv"]
        printf "dry run / sqlite3 .import: %.2fx\n", median["channeldesk-cli import --dry-run"] / median["sqlite3 .import --csv"]
        printf "export / sqlite3 export (12 columns): %.2fx (target <= 1.0x)\n", median["channeldesk-cli export utf8 (12 columns)"] / median["sqlite3 -csv export (12 columns)"]
    }' "$results"
echo "== files kept in $work"
