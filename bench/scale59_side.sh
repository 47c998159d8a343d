#!/bin/bash
# scale59: archive_scale.py side by side, main at 7d3e01a (exported by `git archive` to /tmp/s59-base, with this
# branch's bench/archive_scale.py copied in) and this tree, alternately, two rounds; $1: a tag, then index folders
tag=$1; shift
RUN=/work/main/bench/out/eval-dev-s45g
for idx in "$@"; do
  n=$(basename $idx)
  for round in 1 2; do
    for code in base after; do
      root=/work/wt-scale59; [ $code = base ] && root=/tmp/s59-base
      HF_HUB_OFFLINE=1 nice -n 10 /work/main/.venv/bin/python $root/bench/archive_scale.py $idx --run $RUN --writes 0 \
        --answers bench/out/ans-$tag-$n-$code-$round.jsonl > bench/out/m-$tag-$n-$code-$round.json 2> bench/out/m-$tag-$n-$code-$round.err
      echo "$n $code $round $(cat bench/out/m-$tag-$n-$code-$round.json | head -c 2000)"
    done
  done
done
