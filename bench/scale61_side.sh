#!/bin/bash
# scale61: bench/archive_scale.py side by side, main at c9ea681 (exported by `git archive` to /tmp/s61-base) and this
# tree, alternately, two rounds, nothing written into the indexes; $1: a tag, then index folders. Prints each run's
# JSON line after its folder, code and round; the answers go to bench/out/ans-TAG-INDEX-CODE-ROUND.jsonl.
#   mkdir -p /tmp/s61-base && git archive c9ea681 | tar -x -C /tmp/s61-base
#   bench/scale61_side.sh r1 bench/out/i100k bench/out/i1m
tag=$1; shift
RUN=/work/main/bench/out/eval-dev-s46f
here=$(cd "$(dirname "$0")/.." && pwd)
for idx in "$@"; do
  n=$(basename $idx)
  for round in 1 2; do
    for code in base after; do
      root=$here; [ $code = base ] && root=/tmp/s61-base
      out=bench/out/m-$tag-$n-$code-$round
      HF_HUB_OFFLINE=1 nice -n 10 /work/main/.venv/bin/python $root/bench/archive_scale.py $idx --run $RUN \
        --writes 0 --answers bench/out/ans-$tag-$n-$code-$round.jsonl > $out.json 2> $out.err
      echo "$n $code $round $(head -c 2000 $out.json)"
    done
  done
done
