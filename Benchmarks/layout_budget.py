#!/usr/bin/env python3
"""Measures how long each Graphviz engine takes to draw random sparse networks through the real
`dialogue render`, to choose the layout budget (the largest diagram each engine is allowed to draw;
see README "Reliability" and Sources/NetworkDiagrams/LayoutBudget.swift).

Graphs: n nodes, m = 3n links between random pairs (a fixed seed), about the density of the GAMM
dataset (479 nodes, 1,305 links). Each run is stopped after --timeout seconds and recorded as
"> timeout". Usage: python3 Benchmarks/layout_budget.py [--binary .build/debug/dialogue]
"""
import argparse, os, random, subprocess, tempfile, time

parser = argparse.ArgumentParser()
parser.add_argument("--binary", default=".build/debug/dialogue")
parser.add_argument("--timeout", type=float, default=30)
parser.add_argument("--engines", default="dot,neato,fdp,sfdp,circo,twopi")
parser.add_argument("--sizes", default="100,250,500,1000,2000")
args = parser.parse_args()

def edge_list(n, folder):
    rng = random.Random(n)
    path = os.path.join(folder, f"random-{n}.csv")
    with open(path, "w") as f:
        f.write("source,target\n")
        for _ in range(3 * n):
            a, b = rng.randrange(n), rng.randrange(n)
            f.write(f"n{a},n{b}\n")
    return path

with tempfile.TemporaryDirectory() as folder:
    print("engine,nodes,links,seconds")
    for engine in args.engines.split(","):
        for n in map(int, args.sizes.split(",")):
            path = edge_list(n, folder)
            started = time.monotonic()
            try:
                subprocess.run([args.binary, "render", "--dataset", path, "--engine", engine, "--no-layout-limit",
                                "--output", "/dev/null"], check=True, timeout=args.timeout,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                took = f"{time.monotonic() - started:.1f}"
            except subprocess.TimeoutExpired:
                took = f"> {args.timeout:.0f}"
            except subprocess.CalledProcessError as e:
                took = f"failed ({e.returncode})"
            print(f"{engine},{n},{3 * n},{took}", flush=True)
            if took.startswith(">"):
                break  # larger sizes take longer still
