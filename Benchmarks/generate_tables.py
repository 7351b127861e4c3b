#!/usr/bin/env python3
"""Writes every benchmark table from the committed results: nothing in them is typed by hand.

    Benchmarks/generate_tables.py                  rewrite the tables in place
    Benchmarks/generate_tables.py --check          exit 1 (and show the difference) if a committed
                                                   table is not what the committed results give
    Benchmarks/generate_tables.py --results DIR --output-root OUT
                                                   tables of another run, written under OUT

Reads `Benchmarks/results/*.json` (written by Benchmarks/bench.py: one file per part, one record
per measurement) and replaces the text between marker comments:

- `<!-- benchmarks:NAME:begin -->` … `<!-- benchmarks:NAME:end -->` in Benchmarks/README.md,
  Benchmarks/ALGORITHMS.md and Benchmarks/LOADING.md (NAME: cli-latency, render, summary,
  betweenness, algorithms, approximate, projection, loading);
- `<!-- benchmarks:begin -->` … `<!-- benchmarks:end -->` in README.md (the performance paragraph).

Every ratio compares records of one part file, that is of one run, and every claim names the peers
that ran in it. A ratio is the peer's wall time divided by ours (> 1: we are faster).
"""
import argparse
import difflib
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OURS = "dialogue-networks"
PEER_ORDER = ["igraph", "networkit", "networkx", "scipy", "dot"]
ALGORITHM_NAMES = {
    "betweenness": "betweenness, exact",
    "closeness": "closeness, exact",
    "harmonic": "harmonic, exact",
    "pagerank": "PageRank",
    "eigenvector": "eigenvector",
    "core_number": "core numbers",
    "louvain": "Louvain communities",
    "projection_shared": "two-mode projection (shared count)",
    "projection_collaboration": "two-mode projection (collaboration weights)",
}
FAMILY_NAMES = {
    "dialogue-S": "dialogue-like S",
    "dialogue-M": "dialogue-like M",
    "dialogue-L": "dialogue-like L",
    "erdos-renyi": "Erdős–Rényi",
    "barabasi-albert": "Barabási–Albert",
    "road-grid": "road grid",
    "gamm": "GAMM (real)",
    "erdos-renyi-small": "Erdős–Rényi (small)",
    "barabasi-albert-small": "Barabási–Albert (small)",
    "road-grid-small": "road grid (small)",
    "two-mode": "two-mode",
}
NO_RUN = "_No run recorded yet: `Benchmarks/run.sh` writes this table._"


# ---------------------------------------------------------------- formatting


def seconds(value):
    if value is None:
        return "—"
    if value < 0.001:
        return f"{value * 1000:.3f} ms"
    if value < 1:
        return f"{value * 1000:.1f} ms" if value < 0.1 else f"{value:.3f} s"
    if value < 100:
        return f"{value:.2f} s"
    return f"{value:.0f} s"


def ratio(value):
    if value is None:
        return "—"
    if value >= 100:
        return f"{value:.0f}×"
    if value >= 10:
        return f"{value:.1f}×"
    return f"{value:.2f}×"


def megabytes(value):
    return "—" if value is None else f"{value / 1e6:.0f} MB"


def family(name):
    return FAMILY_NAMES.get(name, name)


def load_range(records):
    loads = [r["load_average"][0] for r in records if r.get("load_average")]
    if not loads:
        return "load average not recorded"
    low, high = min(loads), max(loads)
    return f"load average {low:.1f}" if abs(high - low) < 0.05 else f"load average {low:.1f}–{high:.1f}"


def run_line(run, records):
    dirty = " with uncommitted changes" if run.get("dirty") else ""
    note = f" {run['note'].rstrip('.')}." if run.get("note") else ""
    return (f"Run of {run['id'][:16].replace('T', ' ')} UTC, commit `{run['commit']}`{dirty}, {run['machine']}, "
            f"{load_range(records)} (1-minute, at the start of each measurement).{note}")


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def join_names(names):
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def span(values, formatter=ratio):
    values = sorted(values)
    if not values:
        return "—"
    if formatter(values[0]) == formatter(values[-1]):
        return formatter(values[0])
    return f"{formatter(values[0])[:-1]}–{formatter(values[-1])}" if formatter is ratio else \
        f"{formatter(values[0])}–{formatter(values[-1])}"


# ---------------------------------------------------------------- results


def read_parts(results):
    """{part: {"run", "records"}}; a part run in pieces (`<part>--<label>.json`, e.g. one per
    family) has its pieces' records together, and the run of its first piece."""
    parts = {}
    for path in sorted(glob.glob(os.path.join(results, "*.json"))):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        name = os.path.splitext(os.path.basename(path))[0].split("--")[0]
        if name in parts:
            parts[name]["records"] = parts[name]["records"] + data["records"]
        else:
            parts[name] = data
    return parts


def ok(records):
    return [r for r in records if not r.get("error") and r.get("seconds") is not None]


def index(records):
    """{(graph, algorithm): {tool: record}} of the successful records."""
    found = {}
    for r in ok(records):
        found.setdefault((r["graph"], r["algorithm"]), {})[r["tool"]] = r
    return found


def cell(record, with_threads=False):
    if record is None:
        return "not run"
    text = seconds(record["seconds"])
    if record.get("cpu_seconds") is not None:
        text += f" ({seconds(record['cpu_seconds'])} CPU)"
    if record.get("extrapolated_from"):
        text += f", extrapolated from {record['extrapolated_from']} sources"
    if with_threads and record.get("threads", 1) > 1:
        text += f", {record['threads']} threads"
    return text


def runs_sentence(records):
    """How many runs each time in a table is the best of, read from the records."""
    runs = sorted({r.get("repeats") or 1 for r in records if not r.get("error")})
    if not runs:
        return ""
    if runs == [1]:
        return "Each time is a single run."
    if len(runs) == 1:
        return f"Each time is the best of {runs[0]} runs, for every tool."
    return "Each time is the best of " + " or ".join(str(n) for n in runs) + " runs (see each record's `repeats`)."


def peer_ratio(tools, peer, key="seconds"):
    """The peer's time divided by ours: wall seconds, or CPU seconds with key="cpu_seconds"."""
    ours, theirs = tools.get(OURS), tools.get(peer)
    if not ours or not theirs or not ours.get(key) or theirs.get(key) is None:
        return None
    return theirs[key] / ours[key]


def failures(records):
    failed = [r for r in records if r.get("error")]
    if not failed:
        return ""
    lines = [f"- {r['tool']} {ALGORITHM_NAMES.get(r.get('algorithm'), r.get('algorithm'))} on "
             f"{family(r.get('graph', '?'))}: {r['error']}" for r in failed]
    return "\n\nNot finished in this run (no ratio is claimed for them):\n\n" + "\n".join(lines)


# ---------------------------------------------------------------- tables


def betweenness_table(parts):
    part = parts.get("betweenness")
    if not part:
        return NO_RUN
    found = index(part["records"])
    families = [g for g in dict.fromkeys(r["graph"] for r in part["records"]) if (g, "betweenness") in found]
    failed = [r for r in part["records"] if r.get("error") and not str(r["error"]).startswith("timed out after")]
    timed_out = {(r["graph"], r["tool"]): r for r in part["records"]
                 if r.get("algorithm") == "betweenness" and str(r.get("error", "")).startswith("timed out after")}

    def bounded(tools, g, peer, column):
        """A peer's cell or ratio; when it timed out, its time limit and the ratio it bounds from below."""
        r = timed_out.get((g, peer))
        if r is None or OURS not in tools:
            return cell(tools.get(peer), True) if column == "cell" else \
                f"{ratio(peer_ratio(tools, peer))} ({ratio(peer_ratio(tools, peer, 'cpu_seconds'))})"
        limit = float(r["error"].split()[3])
        return f"> {seconds(limit)} (stopped)" if column == "cell" else f"> {ratio(limit / tools[OURS]['seconds'])}"

    rows = []
    for g in families:
        tools = found[(g, "betweenness")]
        ours = tools.get(OURS)
        size = f"{ours['nodes']:,} / {ours['links']:,}" if ours else "—"
        rows.append([family(g), size, cell(ours, True)]
                    + [bounded(tools, g, p, column) for p in ("igraph", "networkit", "networkx")
                       for column in ("cell", "ratio")])
    relevant = [r for r in part["records"] if r.get("algorithm") == "betweenness"]
    header = ["graph", "nodes / links", "dialogue-networks", "igraph", "ratio wall (CPU)", "networkit",
              "ratio wall (CPU)", "networkx", "ratio wall (CPU)"]
    verdicts = []
    for g in families:
        tools = found[(g, "betweenness")]
        nodes = tools[OURS]["nodes"] if OURS in tools else 0
        if not 10_000 <= nodes <= 20_000:
            continue
        def lead(peer):
            value = peer_ratio(tools, peer)
            if value is None and (g, peer) in timed_out:
                limit = float(timed_out[(g, peer)]["error"].split()[3])
                return limit / nodes_seconds, f"> {ratio(limit / nodes_seconds)}"
            return value, ratio(value)

        nodes_seconds = tools[OURS]["seconds"]
        (ig, ig_text), (nk, nk_text) = lead("igraph"), lead("networkit")
        met = ig is not None and ig >= 10 and nk is not None and nk >= 4
        verdicts.append(f"{family(g)}: {'met' if met else 'not met'} ({ig_text} igraph, {nk_text} networkit)")
    target = ("Target ≥ 10× igraph and ≥ 4× networkit in wall time (two threads for us and networkit, igraph has "
              "one) on every family of 10k–20k nodes — " + "; ".join(verdicts) + ".") if verdicts else ""
    stopped = ("A peer stopped at its time limit shows the limit, and the ratio it implies as a lower bound "
               "(\"> N×\").") if timed_out else ""
    opening = " ".join(x for x in [run_line(part["run"], relevant), runs_sentence(relevant)] if x)
    return "\n\n".join(x for x in [opening, table(header, rows), stopped, target] if x) + \
        failures([r for r in failed if r.get("algorithm") == "betweenness"])


def algorithm_parts(parts):
    """The parts with per-family algorithm records: exact betweenness first, then the others."""
    return [parts[name] for name in ("betweenness", "algorithms", "projection") if name in parts]


def algorithms_table(parts):
    chosen = algorithm_parts(parts)
    if not chosen:
        return NO_RUN
    rows, lines, relevant_all = [], [], []
    for part in chosen:
        relevant = [r for r in part["records"] if r["graph"] != "two-mode"]
        if not relevant:
            continue
        relevant_all += relevant
        lines.append(f"{ALGORITHM_NAMES['betweenness'] if part['run'].get('part') == 'betweenness' else 'The other algorithms'}: "
                     + run_line(part["run"], relevant))
        found = index(relevant)
        for g in dict.fromkeys(r["graph"] for r in relevant):
            for a in dict.fromkeys(r["algorithm"] for r in relevant):
                tools = found.get((g, a))
                if not tools:
                    continue
                peers = [p for p in PEER_ORDER if p in tools]
                fastest = min(peers, key=lambda p: tools[p]["seconds"]) if peers else None
                ours = tools.get(OURS)
                rows.append([family(g), ALGORITHM_NAMES.get(a, a), cell(ours, True),
                             cell(tools.get("igraph")), cell(tools.get("networkit"), True), cell(tools.get("networkx")),
                             fastest or "—",
                             f"{ratio(peer_ratio(tools, fastest))} ({ratio(peer_ratio(tools, fastest, 'cpu_seconds'))})"
                             if fastest else "—",
                             megabytes(ours.get("peak_rss_bytes")) if ours else "—",
                             megabytes(tools[fastest].get("peak_rss_bytes")) +
                             (" ¹" if tools[fastest].get("peak_is_process_so_far") else "") if fastest else "—"])
    header = ["graph", "algorithm", "dialogue-networks", "igraph", "networkit", "networkx", "fastest peer",
              "ratio wall (CPU)", "our peak memory", "its peak memory"]
    note = ("Wall time (CPU time of the same run, all threads). Peak memory is the whole process's (the "
            "Python interpreter and the graph included for the peers); ¹ measured in a process that ran other "
            "algorithms before it (records of runs before each measurement got a process of its own): that "
            "process's high-water mark so far, an upper bound. A library without the algorithm is \"not run\".")
    return "\n\n".join(["\n".join(f"- {line}" for line in lines), note, table(header, rows)]) + failures(relevant_all)


def projection_table(parts):
    part = parts.get("projection")
    records = [r for r in (part or {}).get("records", []) if r["graph"] == "two-mode"]
    if not records:
        return NO_RUN
    found = index(records)
    rows = []
    for a in dict.fromkeys(r["algorithm"] for r in records):
        tools = found.get(("two-mode", a), {})
        for tool in [OURS] + PEER_ORDER:
            if tool in tools:
                rows.append([ALGORITHM_NAMES.get(a, a), tool, cell(tools[tool]),
                             "—" if tool == OURS else ratio(peer_ratio(tools, tool)),
                             megabytes(tools[tool].get("peak_rss_bytes"))])
    return "\n\n".join([run_line(part["run"], records),
                        table(["measurement", "tool", "best of 3", "ratio", "peak memory"], rows)]) + failures(records)


def approximate_table(parts):
    part = parts.get("approximate")
    if not part:
        return NO_RUN
    records = part["records"]
    rows = []
    for r in records:
        if r.get("error"):
            continue
        error = "—"
        if r.get("max_error") is not None:
            error = f"{r['max_error']:.5f} (mean {r['mean_error']:.2e}; exact maximum {r['exact_max']:.5f})"
        rows.append([family(r["graph"]), f"{r['nodes']:,} / {r['links']:,}", r["tool"],
                     f"ε = {r.get('epsilon')}, δ = {r.get('delta')}", cell(r, True),
                     f"{r['samples']:,}" if r.get("samples") else "—",
                     str(r["vertex_diameter_bound"]) if r.get("vertex_diameter_bound") else "—", error,
                     megabytes(r.get("peak_rss_bytes"))])
    header = ["graph", "nodes / links", "tool", "guarantee", "time", "samples", "vertex-diameter bound",
              "largest error against exact", "peak memory"]
    return "\n\n".join([run_line(part["run"], records), table(header, rows)]) + failures(records)


def loading_table(parts):
    part = parts.get("load")
    if not part:
        return NO_RUN
    records = part["records"]
    rows = []
    for r in ok(records):
        rows.append([family(r["graph"]), r["tool"], f"{r.get('repeats')}", seconds(r["cpu_seconds"]),
                     f"{seconds(r['seconds'])} / {seconds(r.get('min_seconds'))}", megabytes(r.get("peak_rss_bytes")),
                     "—" if not r.get("bytes_per_link") or r["graph"].endswith("-S") else f"{r['bytes_per_link']:,.0f}"])
    header = ["dataset", "tool", "runs", "CPU (median)", "wall (median / min)", "peak memory", "bytes per link"]
    found = index(records)
    lines = []
    for g in dict.fromkeys(r["graph"] for r in records):
        tools = found.get((g, "load"), {})
        if OURS not in tools:
            continue
        ratios = [f"{ratio(tools[p]['cpu_seconds'] / tools[OURS]['cpu_seconds'])} {p}" for p in PEER_ORDER if p in tools]
        if ratios:
            lines.append(f"- {family(g)}, CPU time: " + ", ".join(ratios) + " (peer ÷ ours).")
    return "\n\n".join([run_line(part["run"], records), table(header, rows), "\n".join(lines)]) + failures(records)


def cli_table(parts):
    part = parts.get("cli")
    if not part:
        return NO_RUN
    records = part["records"]
    rows = [[f"`{r['algorithm'].replace('dialogue ', '', 1)}`", seconds(r["seconds"]), seconds(r["cpu_seconds"]),
             megabytes(r.get("peak_rss_bytes"))] for r in ok(records)]
    slowest = max((r["seconds"] for r in ok(records)), default=None)
    verdict = (f"Slowest command: {seconds(slowest)} — {'every analysis under' if slowest < 0.05 else 'not all under'} "
               "50 ms.") if slowest is not None else ""
    return "\n\n".join([run_line(part["run"], records),
                        table(["command", "wall (median)", "CPU (median)", "peak memory"], rows), verdict]) + \
        failures(records)


def render_table(parts):
    part = parts.get("render")
    if not part:
        return NO_RUN
    records = part["records"]
    found = index(records)
    rows = []
    for (g, a), tools in found.items():
        if OURS in tools:
            rows.append([g, a.replace("render ", ""), seconds(tools[OURS]["seconds"]),
                         seconds(tools["dot"]["seconds"]) if "dot" in tools else "not run",
                         ratio(tools[OURS]["seconds"] / tools["dot"]["seconds"]) if "dot" in tools else "—"])
    return "\n\n".join([run_line(part["run"], records),
                        table(["case", "engine", "in-process (median)", "`dot` binary (median)",
                               "ours ÷ dot (target ≤ 1)"], rows)]) + failures(records)


def algorithm_summary(parts):
    """One line per algorithm: the ratio against the fastest peer that ran, over the families."""
    lines = []
    for part in algorithm_parts(parts):
        found = index(part["records"])
        for a in dict.fromkeys(r["algorithm"] for r in part["records"]):
            ratios, cpu_ratios, peers, slower = [], [], set(), []
            for (g, algorithm), tools in found.items():
                if algorithm != a or OURS not in tools:
                    continue
                present = [p for p in PEER_ORDER if p in tools]
                if not present:
                    continue
                peers.update(present)
                fastest = min(present, key=lambda p: tools[p]["seconds"])
                value = peer_ratio(tools, fastest)
                ratios.append(value)
                cpu = peer_ratio(tools, fastest, "cpu_seconds")
                if cpu is not None:
                    cpu_ratios.append(cpu)
                if value < 1:
                    slower.append(f"{family(g)} ({fastest} {ratio(value)})")
            if ratios:
                lines.append((a, ratios, sorted(peers, key=PEER_ORDER.index), slower, cpu_ratios))
    return lines


def summary_table(parts):
    summary = algorithm_summary(parts)
    if not summary:
        return NO_RUN
    lines = [run_line(part["run"], part["records"]) for part in algorithm_parts(parts)]
    rows = [[ALGORITHM_NAMES.get(a, a), join_names(peers), str(len(ratios)), span(ratios), span(cpu),
             "; ".join(slower) if slower else "—"] for a, ratios, peers, slower, cpu in summary]
    return "\n\n".join(["\n".join(f"- {line}" for line in lines),
                        table(["algorithm", "peers run", "graphs", "fastest peer's wall time ÷ ours", "same in CPU time",
                               "where slower (wall)"],
                              rows)])


def readme_paragraph(parts):
    sentences = []
    cli = parts.get("cli")
    if cli and ok(cli["records"]):
        times = [r["seconds"] for r in ok(cli["records"])]
        sentences.append(f"every analysis of the GAMM dataset answers in {span(times, seconds)} wall time including "
                         "process start")
    load = parts.get("load")
    if load:
        tools = index(load["records"]).get(("dialogue-M", "load"), {})
        if OURS in tools:
            ratios = [f"{ratio(tools[p]['cpu_seconds'] / tools[OURS]['cpu_seconds'])} {p}" for p in PEER_ORDER
                      if p in tools]
            sentences.append(f"the 200k-link dialogue-like dataset loads in {seconds(tools[OURS]['cpu_seconds'])} CPU, "
                             f"parsed and validated (peer's CPU time ÷ ours: {', '.join(ratios)})")
    render = parts.get("render")
    if render:
        found = index(render["records"])
        ratios = [t[OURS]["seconds"] / t["dot"]["seconds"] for t in found.values() if OURS in t and "dot" in t]
        if ratios:
            sentences.append(f"rendering in-process takes {span(ratios)} the time of the `dot` program")
    exact = parts.get("betweenness")
    if exact:
        found = index(exact["records"])
        stopped = {(r["graph"], r["tool"]): float(r["error"].split()[3]) for r in exact["records"]
                   if str(r.get("error", "")).startswith("timed out after")}
        for peer, remark in (("igraph", ""), ("networkit", " with two threads")):
            measured, cpu, bounds, names = [], [], [], []
            for (g, a), tools in found.items():
                if a != "betweenness" or OURS not in tools or not 10_000 <= tools[OURS]["nodes"] <= 20_000:
                    continue
                if peer in tools:
                    measured.append(peer_ratio(tools, peer))
                    cpu.append(peer_ratio(tools, peer, "cpu_seconds"))
                    names.append(family(g))
                elif (g, peer) in stopped:
                    bounds.append((stopped[(g, peer)] / tools[OURS]["seconds"], family(g), stopped[(g, peer)]))
            parts_of_claim = []
            if measured:
                parts_of_claim.append(f"{span(measured)} in wall time ({span(cpu)} in CPU time) on the "
                                      f"{join_names(names)} graph{'s' if len(names) > 1 else ''}")
            for bound, name, limit in bounds:
                parts_of_claim.append(f"more than {ratio(bound)} on the {name} graph, where {peer} was stopped at "
                                      f"{seconds(limit)}")
            if parts_of_claim:
                sentences.append(f"exact betweenness on two cores is faster than {peer}{remark}: "
                                 + "; ".join(parts_of_claim))
    if algorithm_parts(parts):
        summary = [line for line in algorithm_summary(parts) if line[0] != "betweenness"]
        others = [f"{ALGORITHM_NAMES.get(a, a)} {span(cpu)}" for a, _, _, _, cpu in summary if cpu]
        peers = sorted({p for line in summary for p in line[2]}, key=PEER_ORDER.index)
        if others:
            sentences.append(f"in CPU time, against the fastest of the peers that ran ({join_names(peers)}), graph by "
                             "graph: " + "; ".join(others))
    approximate = parts.get("approximate")
    if approximate:
        rows = ok(approximate["records"])
        ours = [r for r in rows if r["tool"] == OURS]
        large = [r for r in ours if r.get("max_error") is None]
        check = [r for r in ours if r.get("max_error") is not None]
        if large and check:
            r, c = large[-1], check[-1]
            sentences.append(f"approximate betweenness (ε = {r['epsilon']}, δ = {r['delta']}) takes "
                             f"{seconds(r['seconds'])} wall time ({seconds(r['cpu_seconds'])} CPU on two threads) on "
                             f"{r['nodes']:,} nodes / {r['links']:,} links, its largest error on "
                             f"{family(c['graph'])} measured at {c['max_error']:.4f}")
    if not sentences:
        return ("`Benchmarks/run.sh` times the toolkit beside the libraries an analyst would otherwise use; "
                "no run is recorded yet.")
    dates = sorted({p["run"]["id"][:10] for p in parts.values()})
    every = [r for p in parts.values() for r in p["records"]]
    text = ("`Benchmarks/run.sh` times the toolkit beside the libraries an analyst would otherwise use "
            "and writes `Benchmarks/README.md`'s tables from its records in `Benchmarks/results/` "
            f"(run of {join_names(dates)}, {load_range(every)}; figures and the commands that reproduce them are "
            "there). In short (ratios: a peer's time ÷ ours): ")
    return text + "; ".join(sentences) + "."


SECTIONS = {
    "Benchmarks/README.md": {"summary": summary_table, "cli-latency": cli_table, "render": render_table},
    "Benchmarks/ALGORITHMS.md": {"betweenness": betweenness_table, "algorithms": algorithms_table,
                                 "approximate": approximate_table, "projection": projection_table},
    "Benchmarks/LOADING.md": {"loading": loading_table},
}


def replace_between(text, begin, end, content, path):
    pattern = re.compile(re.escape(begin) + r"\n.*?" + re.escape(end), re.S)
    if not pattern.search(text):
        raise SystemExit(f"{path}: markers {begin} … {end} not found")
    return pattern.sub(lambda _: f"{begin}\n{content}\n{end}", text, count=1)


def generate(results):
    parts = read_parts(results)
    files = {}
    for path, sections in SECTIONS.items():
        with open(os.path.join(ROOT, path), encoding="utf-8") as f:
            text = f.read()
        for name, build in sections.items():
            text = replace_between(text, f"<!-- benchmarks:{name}:begin -->", f"<!-- benchmarks:{name}:end -->",
                                   build(parts), path)
        files[path] = text
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        files["README.md"] = replace_between(f.read(), "<!-- benchmarks:begin -->", "<!-- benchmarks:end -->",
                                             readme_paragraph(parts), "README.md")
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", default=os.path.join(HERE, "results"))
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--output-root", help="write the files under this folder instead of in place")
    args = parser.parse_args()
    files = generate(args.results)
    stale = []
    for path, text in files.items():
        target = os.path.join(args.output_root or ROOT, path)
        current = open(target, encoding="utf-8").read() if os.path.exists(target) else ""
        if current == text:
            continue
        if args.check:
            stale.append(path)
            sys.stdout.writelines(difflib.unified_diff(current.splitlines(True), text.splitlines(True),
                                                       f"{path} (committed)", f"{path} (from the results)"))
        else:
            os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
            with open(target, "w", encoding="utf-8") as f:
                f.write(text)
    if stale:
        print(f"\nstale: {', '.join(stale)} — run Benchmarks/generate_tables.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
