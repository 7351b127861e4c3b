#!/usr/bin/env python3
"""Load the same edges.csv with networkx, igraph and networkit, N times each, and print one JSON
object per library in the shape LoadBenchmark prints:

    Benchmarks/peers/load_peers.py /tmp/synthetic-M [--runs 5] [--libraries networkx,igraph,networkit]

What each peer does (the closest equivalent of our load: read the CSV, build a graph with the edge
attributes):
- networkx: csv.DictReader over edges.csv, nx.MultiDiGraph with every column as edge data;
- igraph: ig.Graph.DictList(vertices=None, edges=csv.DictReader(...), directed=True);
- networkit: pandas.read_csv of the source,target columns, pd.factorize to integer ids, then
  nk.Graph.addEdges (networkit graphs carry no string attributes, so it does less work than the others).
Each library runs in a fresh subprocess so that peak RSS (ru_maxrss) is its own. `median_cpu_seconds`
is the process CPU time of one load (time.process_time; numpy/pandas may use more than one thread).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

RUNNER = r'''
import csv, json, resource, statistics, sys, time
library, folder, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
path = folder if folder.endswith(".csv") else folder + "/edges.csv"
def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
def load_networkx():
    import networkx as nx
    g = nx.MultiDiGraph()
    with open(path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            g.add_edge(row["source"], row["target"], **row)
    return g.number_of_nodes(), g.number_of_edges()
def load_igraph():
    import igraph as ig
    with open(path, newline="", encoding="utf-8-sig") as f:
        g = ig.Graph.DictList(vertices=None, edges=csv.DictReader(f), directed=True)
    return g.vcount(), g.ecount()
def load_networkit():
    import networkit as nk, numpy as np, pandas as pd
    frame = pd.read_csv(path, usecols=["source", "target"], dtype=str, keep_default_na=False, encoding="utf-8-sig")
    codes, ids = pd.factorize(np.concatenate([frame["source"].to_numpy(), frame["target"].to_numpy()]))
    m = len(frame)
    g = nk.Graph(len(ids), directed=True)
    g.addEdges((codes[:m].astype(np.uint64), codes[m:].astype(np.uint64)))
    return g.numberOfNodes(), g.numberOfEdges()
load = {"networkx": load_networkx, "igraph": load_igraph, "networkit": load_networkit}[library]
baseline = rss()
times, cpu = [], []
for _ in range(runs):
    start, cpu_start = time.perf_counter(), time.process_time()
    nodes, edges = load()
    times.append(time.perf_counter() - start)
    cpu.append(time.process_time() - cpu_start)
module = {"networkx": "networkx", "igraph": "igraph", "networkit": "networkit"}[library]
print(json.dumps({"tool": library, "version": sys.modules[module].__version__, "dataset": folder, "nodes": nodes, "edges": edges, "runs": runs,
                  "median_seconds": round(statistics.median(times), 4), "min_seconds": round(min(times), 4),
                  "median_cpu_seconds": round(statistics.median(cpu), 4),
                  "peak_rss_bytes": rss(), "bytes_per_edge": round((rss() - baseline) / max(edges, 1), 1)},
                 sort_keys=True))
'''


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--libraries", default="networkx,igraph,networkit")
    args = parser.parse_args()
    for library in args.libraries.split(","):
        result = subprocess.run([sys.executable, "-c", RUNNER, library, args.dataset, str(args.runs)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            print(json.dumps({"tool": library, "error": result.stderr.strip().splitlines()[-1:]}))
        else:
            print(result.stdout.strip())


if __name__ == "__main__":
    main()
