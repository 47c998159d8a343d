# The two commands of the README: `make serve` (set up, index the bundled corpus, serve the UI on 127.0.0.1)
# and `make test` (set up, run every test). Set-up is idempotent and re-runs when pyproject.toml changes.
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check --no-cache-dir -q  # no second copy of every wheel on disk (CI once ran out of space)

.PHONY: setup serve test bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(PIP) install torch==2.13.0   # the CPU build first: an unpinned torch pulls a multi-GB CUDA build
	PYTHONWARNINGS="ignore:Editable installation" $(PIP) install -e '.[test]'  # setuptools' notice is for its developers
	# compile the comparison's Fisher test once (numba, in ranx; cached on disk), so no run waits for it
	HF_HUB_OFFLINE=1 $(PY) -c "from qa.api import warm_evaluation; warm_evaluation()"
	touch $@

serve: setup
	HF_HUB_OFFLINE=1 $(VENV)/bin/tqa serve

test: setup
	HF_HUB_OFFLINE=1 $(VENV)/bin/pytest

bench: setup
	HF_HUB_OFFLINE=1 $(PY) bench/bench_core.py

clean:
	rm -rf $(VENV) .tqa-index *.egg-info
