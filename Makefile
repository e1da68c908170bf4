# Two commands for a newcomer: `make demo` (the main job on the seeds) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install browser eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

## make demo: seeds/ -> embedded store (kg-store/) -> exports/ (Turtle, events, analysis, HTML)
demo: $(STAMP)
	$(BIN)/kg build seeds --out exports --store kg-store
	$(BIN)/kg validate --store kg-store
	$(BIN)/kg query --name timeline --store kg-store --format csv

## make test: the whole suite (installs Chromium for the browser tests when it can)
test: $(STAMP) browser
	$(BIN)/python -m pytest -q

browser:
	@bash .ci/install-browser || echo "warning: no Chromium; browser tests will be skipped"

## make eval: extraction figures on the seed set, every gold folder under eval/ and the probes (heldout78, heldout79: blind, never tuned on)
eval: $(STAMP)
	@for d in seeds eval/*/; do echo "== $$d"; $(BIN)/kg eval $$d || exit 1; done
	rm -rf .probe-gold && $(BIN)/python probes/to_gold.py .probe-gold >/dev/null && $(BIN)/kg eval .probe-gold --lenient; \
		status=$$?; rm -rf .probe-gold; exit $$status

bench: $(STAMP)
	$(BIN)/python bench/bench_store.py --scales 100000
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_ingest.py --articles 300 --throughput-articles 100

clean:
	rm -rf kg-store exports/*.html exports/*.json exports/*.ttl
