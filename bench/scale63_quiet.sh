#!/bin/bash
# scale63: issue 12 point 4 at 1M ("ask p50 <= 60 ms", 2 cores, library API, k=5, highlights included) measured on a
# QUIET machine: run it while every other process of the session is paused (SIGSTOP). Nothing is written into the
# indexes (`--writes 0`). In order: the archives' files read once into the page cache (timed), then two rounds of
# `bench/archive_scale.py` on the 1M and the 100k archive (N answered QMSum test questions and N dev questions a topic
# rule declined, in a fresh process each), then `--loads 3` at 1M. Each run's JSON goes to a file of OUT; one summary
# line per run (wall and CPU p50 / p95, index load s, resident MiB anonymous / file-backed), `/proc/loadavg` before
# and after each run, and the share of the CPUs that other processes used in the second before it (load averages
# decay over minutes after a pause: the busy share says whether the machine is quiet now). About 3-4 minutes quiet.
#
#   bench/scale63_quiet.sh [OUT]      # default OUT: bench/out/quiet63-MMDD-HHMM
#   env: I1M, I100K (the archives), RUN (a dev run: its declined questions), N (100), PY, LIMIT (s a run, 240)
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
PY=${PY:-$here/.venv/bin/python}
I1M=${I1M:-/work/wt-scale63/bench/out/index-mixed-1mp}
I100K=${I100K:-/work/wt-scale63/bench/out/index-mixed-100k}
RUN=${RUN:-/work/main/bench/out/eval-dev-start48}
N=${N:-100}
LIMIT=${LIMIT:-240}
OUT=${1:-$here/bench/out/quiet63-$(date +%m%d-%H%M)}
export HF_HUB_OFFLINE=1
mkdir -p "$OUT"
for f in "$I1M" "$I100K" "$RUN/.done"; do
  [ -e "$f" ] || { echo "missing: $f" >&2; exit 2; }
done

busy() {  # the share of all CPUs busy over one second (this script sleeps meanwhile)
  read -r _ a b c d e f g h _ < /proc/stat; t1=$((a+b+c+d+e+f+g+h)); i1=$((d+e))
  sleep 1
  read -r _ a b c d e f g h _ < /proc/stat; t2=$((a+b+c+d+e+f+g+h)); i2=$((d+e))
  echo "$(( 100 * ((t2-t1) - (i2-i1)) / (t2-t1) ))%"
}

summary() {  # one line from an archive_scale.py JSON file
  "$PY" - "$1" "$2" <<'EOF'
import json, sys
r = json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])
def part(k):
    return (f"{k} wall {r[k + '_p50_ms']:.1f}/{r[k + '_p95_ms']:.1f} cpu {r[k + '_cpu_p50_ms']:.1f}/"
            f"{r[k + '_cpu_p95_ms']:.1f} ms")
print(f"{sys.argv[2]}: {part('answered')} | {part('declined')} | gate {r.get('gate_read_p50_ms')} ms | "
      f"load {r['load_s']} s, first ask {r['first_ask_s']} s | rss anon/file "
      f"{r['rss_anon_after_declined_mib']}/{r['rss_file_after_declined_mib']} MiB | "
      f"loadavg {r['load_average_start']}-{r['load_average_end']} | {r['passages']} passages, {r['units']} units")
EOF
}

started=$(date +%s)
echo "scale63 quiet: $(date -u +%FT%TZ) code $(git -C "$here" rev-parse --short HEAD) out $OUT"
echo "loadavg $(cat /proc/loadavg), busy $(busy)"
t=$(date +%s%N)
find "$I1M" "$I100K" -type f -exec cat {} + > /dev/null
echo "page cache: both archives read in $(( ($(date +%s%N) - t) / 1000000 )) ms"

for round in 1 2; do
  for idx in "$I1M" "$I100K"; do
    n=$(basename "$idx")
    echo "-- $n round $round: loadavg $(cat /proc/loadavg), busy $(busy)"
    t=$(date +%s)
    timeout "$LIMIT" "$PY" "$here/bench/archive_scale.py" "$idx" --run "$RUN" --writes 0 --answered "$N" \
      --declined "$N" --answers "$OUT/ans-$n-$round.jsonl" > "$OUT/$n-$round.json" 2> "$OUT/$n-$round.err"
    rc=$?
    echo "   $(( $(date +%s) - t )) s, rc $rc, loadavg after $(cat /proc/loadavg)"
    [ $rc = 0 ] && summary "$OUT/$n-$round.json" "$n r$round" || tail -3 "$OUT/$n-$round.err"
  done
done
for idx in "$I1M" "$I100K"; do
  n=$(basename "$idx")
  if [ -s "$OUT/ans-$n-1.jsonl" ] && [ -s "$OUT/ans-$n-2.jsonl" ]; then
    same=$(paste -d '\n' "$OUT/ans-$n-1.jsonl" "$OUT/ans-$n-2.jsonl" | paste - - -d '\t' | awk -F'\t' '$1==$2' | wc -l)
    echo "$n: $same of $(wc -l < "$OUT/ans-$n-1.jsonl") answers the same in both rounds"
  fi
done

n=$(basename "$I1M")
echo "-- $n loads: loadavg $(cat /proc/loadavg), busy $(busy)"
timeout 120 "$PY" "$here/bench/archive_scale.py" "$I1M" --run "$RUN" --loads 3 > "$OUT/$n-loads.json" 2> "$OUT/$n-loads.err" \
  && cat "$OUT/$n-loads.json" || tail -3 "$OUT/$n-loads.err"
echo "loadavg $(cat /proc/loadavg); total $(( $(date +%s) - started )) s"
