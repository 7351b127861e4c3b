# dialogue-networks — the two commands a new user needs are `make gamm` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
OUT ?= output
DIALOGUE := .build/debug/dialogue

.PHONY: install analysis test-consistency test-analyses test-docs gamm test setup setup-test build test-swift test-datasets test-explorer test-report test-spreadsheets test-notebooks test-fuzz test-benchmarks bench format lint clean

## The main job: the GAMM 2012–2013 analysis (disengaged member states, diagrams, HTML report) into $(OUT)/
gamm: setup build
	@$(DIALOGUE) main --output $(OUT)

## Every test: Swift unit and end-to-end tests, dataset checks, the explorer in a browser, notebooks, benchmark tables.
test: setup-test build test-swift test-consistency test-analyses test-docs test-datasets test-explorer test-report test-spreadsheets test-notebooks test-fuzz test-benchmarks

## Installs `dialogue` so that users and notebooks find it on the PATH: the binary, its resource
## bundles and the shipped datasets go to $(PREFIX)/lib/dialogue-networks/ (the tool finds the
## datasets beside its real path), and $(PREFIX)/bin/dialogue links to it.
## `make install PREFIX=~/.local` needs no root.
PREFIX ?= /usr/local
install: setup build
	@rm -rf "$(DESTDIR)$(PREFIX)/lib/dialogue-networks"
	@install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/lib/dialogue-networks"
	@install -m 755 $(DIALOGUE) "$(DESTDIR)$(PREFIX)/lib/dialogue-networks/dialogue"
	@cp -R .build/debug/dialogue-networks_DialogueGraph.resources .build/debug/dialogue-networks_NetworkExplorer.resources \
	  Datasets "$(DESTDIR)$(PREFIX)/lib/dialogue-networks/"
	@ln -sfn ../lib/dialogue-networks/dialogue "$(DESTDIR)$(PREFIX)/bin/dialogue"
	@echo "installed $(DESTDIR)$(PREFIX)/bin/dialogue (put $(PREFIX)/bin on your PATH)"

## Your own analysis: `make analysis NAME=new-frameworks ARGS="Datasets/gamm-2012-2013 2012 2013"` builds
## and runs Analyses/NAME/main.swift (see Analyses/README.md).
analysis: setup
	@test -n "$(NAME)" || { echo "make analysis NAME=…: one of $$(ls Analyses | grep -v README | tr '\n' ' ')"; exit 64; }
	@test -f "Analyses/$(NAME)/main.swift" || { echo "no Analyses/$(NAME)/main.swift; the analyses are: $$(ls Analyses | grep -v README | tr '\n' ' ')"; exit 64; }
	@$(SWIFT) run -q "$(NAME)" $(ARGS)

setup:
	@scripts/setup.sh run

setup-test:
	@scripts/setup.sh test

build:
	@$(SWIFT) build -q
	@test -x $(DIALOGUE)

test-swift:
	$(SWIFT) test -q

## One meaning of time, existence and absence: every month-end of both datasets, every command through
## the real binary (Tests/consistency); a renamed vocabulary and declared unknowns.
test-consistency:
	python3 -m pytest -q Tests/consistency

test-datasets:
	python3 -m frictionless validate Datasets/gamm-2012-2013/datapackage.json >/dev/null \
	  || python3 -m frictionless validate Datasets/gamm-2012-2013/datapackage.json
	python3 -m frictionless validate Datasets/circular-migration-2007/datapackage.json >/dev/null \
	  || python3 -m frictionless validate Datasets/circular-migration-2007/datapackage.json
	python3 -m pytest -q Tests/datasets

## `dialogue explore` in headless Chromium (Playwright): offline, against `dialogue list --as-of`;
## screenshots go to output/ (not committed).
test-explorer:
	python3 -m pytest -q Tests/explorer

## The report `dialogue main` writes, in headless Chromium (Playwright): the five disengaged on the first
## 1366 × 768 screen, SVG charts without script, at most 12 printed A4 pages; screenshots and the PDF
## go to output/report-browser/ (not committed). Also the legibility of every diagram and chart `main`
## and the report produce, read from the SVG geometry (Tests/report/test_diagram_legibility.py).
test-report:
	python3 -m pytest -q Tests/report

## `--format csv` read back with Python's csv module and converted to xlsx by LibreOffice headless;
## a `;`-separated edge list loaded.
## The README's tour and diagram are what the tool prints and draws now (scripts/readme_tour.py).
test-docs:
	python3 -m pytest -q Tests/docs

## Every folder of Analyses/ built and run through `swift run`, as a user runs it.
test-analyses:
	python3 -m pytest -q Tests/analyses

test-spreadsheets:
	python3 -m pytest -q Tests/spreadsheets

test-notebooks:
	python3 -m pytest -q Tests/notebooks
	python3 scripts/run_notebooks.py Notebooks

## A short, repeatable fuzz of the dataset loader, the Graphviz label writer and the graph-file
## readers (GraphML, GEXF, node-link JSON, nodes.csv): a fixed seed and 4,000 inputs each (at most
## 60 s each), from the committed seed corpora. Longer, exploratory runs:
## `scripts/fuzz.sh SECONDS`.
test-fuzz:
	FUZZ_SEED=1 FUZZ_RUNS=4000 scripts/fuzz.sh 60

## The benchmark tables are what the committed results generate, and `Benchmarks/run.sh --quick`
## runs end to end on small graphs (a few minutes; no timing is asserted).
test-benchmarks:
	python3 -m pytest -q Tests/benchmarks

## Benchmarks against networkx, igraph, networkit, scipy and `dot` (half an hour); rewrites the tables.
bench: setup-test
	Benchmarks/run.sh

SWIFT_FILES := Package.swift Sources Tests Examples Benchmarks/Sources Benchmarks/Package.swift Fuzz

## Formats every Swift file with the committed .swift-format (swift format ships with the toolchain).
format:
	$(SWIFT) format --in-place --recursive $(SWIFT_FILES)

## Fails on any formatting or style warning.
lint:
	$(SWIFT) format lint --strict --recursive $(SWIFT_FILES)

clean:
	rm -rf .build $(OUT)
