#!/usr/bin/env bash
# scale60: the load of an index whose speaker facts were stored by code C (`bench/derive_facts.py`), timed with C and
# with C after a no-op edit of a function of qa/answerable.py that derives no fact (`not_a_speaker`, a decline rule),
# for C = main's code (scale57's fingerprint: the whole modules) and C = this branch's (scale60's: the reached code).
#
#     bench/scale60_load.sh BASE_COMMIT INDEX [LOADS]
#
# Each code is exported by `git archive` into /tmp/s60/NAME (the edited ones as NAME-edit); the index is written into
# (its infos, by derive_facts.py), so pass a copy. Prints one JSON line per load run (archive_scale.py --loads).
set -euo pipefail
BASE=$1
INDEX=$2
LOADS=${3:-3}
REPO=$(cd "$(dirname "$0")/.." && pwd)
PY=${PY:-/work/main/.venv/bin/python}
RUN=${RUN:-/work/main/bench/out/eval-dev-s45g}  # archive_scale.py asks for a run; --loads reads none of it
export HF_HUB_OFFLINE=1
rm -rf /tmp/s60 && mkdir -p /tmp/s60/main /tmp/s60/scale60
git -C "$REPO" archive "$BASE" | tar -x -C /tmp/s60/main
git -C "$REPO" archive HEAD | tar -x -C /tmp/s60/scale60
for code in main scale60; do
    cp -r /tmp/s60/$code /tmp/s60/$code-edit
    "$PY" - /tmp/s60/$code-edit/qa/answerable.py <<'EOF'
import ast, sys
from pathlib import Path
path = Path(sys.argv[1])
text = path.read_text()
node = next(n for n in ast.parse(text).body if isinstance(n, ast.FunctionDef) and n.name == "not_a_speaker")
lines = text.splitlines(keepends=True)
lines.insert(node.body[1].lineno - 1, "    edited = 'scale60'  # a no-op edit of a function that derives no fact\n")
path.write_text("".join(lines))
EOF
done
for code in main main-edit scale60 scale60-edit; do  # each code's fingerprint, and the time to compute it
    (cd /tmp/s60/$code && "$PY" -c "import time; from qa.store import derived_fingerprint as f; t = time.perf_counter(); \
print('$code', f(), f'{time.perf_counter() - t:.3f} s')")
done
for code in main scale60; do
    echo "== facts stored by $code's code"
    nice -n 10 "$PY" /tmp/s60/$code/bench/derive_facts.py "$INDEX"
    for run in $code $code-edit; do
        echo "-- loaded by $run"
        nice -n 10 "$PY" /tmp/s60/$run/bench/archive_scale.py "$INDEX" --run "$RUN" --loads "$LOADS"
    done
done
