#!/usr/bin/env python3
"""The graph families the algorithm benchmarks run on, written as edge files that every tool reads.

    Benchmarks/graph_families.py FAMILY --out FILE [--data DIR]
    Benchmarks/graph_families.py --list

An edge file is a `nodes N` line, then one `u v` line per undirected link (0 ≤ u < v < N), no
repeats, no loops: the simple undirected graph on which `AlgorithmBenchmark --edges` and
`peers/algorithms_peers.py --edges` both time the same algorithm. The second line is a comment
with the family, its generator and a checksum of the links.

Families (each reproducible: fixed seeds, or a committed file):

- dialogue-S / dialogue-M / dialogue-L: the synthetic dialogue-like datasets of
  `generate_synthetic.py --seed 1` (≈ 500 / 20k / 200k nodes): hubs (frameworks, member states)
  joined by many events and projects. Every link of `edges.csv`, regardless of dates, as the CLI's
  `centrality` sees a view.
- erdos-renyi: G(n, m) with n = 10,000 and m = 50,000 distinct links drawn uniformly by SplitMix64
  (seed 42): the size of the Barabási–Albert graph, without its hubs. (The earlier records in
  ALGORITHMS.md used n = 20,000, m = 200,000: `erdos-renyi-M`.)
- barabasi-albert: `networkx.barabasi_albert_graph(10000, 5, seed=7)` (hub-heavy, 49,975 links).
- road-grid: a 120 × 125 street grid (15,000 junctions) with 8 % of the street segments closed at
  random (seed 5): planar, degree ≤ 4, diameter in the hundreds, like a road network.
- gamm: the real GAMM 2012–2013 dataset shipped in `Datasets/` (479 nodes, about 1,300 links).

Small variants for `run.sh --quick`: barabasi-albert-small (2,000 nodes, m = 5),
erdos-renyi-small (2,000 / 20,000), road-grid-small (40 × 50).
"""
import argparse
import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MASK = (1 << 64) - 1


class SplitMix64:
    """The generator AlgorithmBenchmark and algorithms_peers.py used for graph M (same stream)."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)


def uniform_pairs(n, m, seed):
    """m distinct undirected links u < v drawn uniformly (the earlier benchmark's graph M)."""
    random_ = SplitMix64(seed)
    seen = set()
    pairs = []
    while len(pairs) < m:
        u = random_.next() % n
        v = random_.next() % n
        if u == v:
            continue
        if u > v:
            u, v = v, u
        if (u, v) not in seen:
            seen.add((u, v))
            pairs.append((u, v))
    return n, pairs


def barabasi_albert(n, m, seed):
    import networkx as nx

    g = nx.barabasi_albert_graph(n, m, seed=seed)
    return n, [(min(u, v), max(u, v)) for u, v in g.edges()]


def road_grid(rows, columns, closed, seed):
    rng = random.Random(seed)
    pairs = []
    for r in range(rows):
        for c in range(columns):
            v = r * columns + c
            if c + 1 < columns:
                pairs.append((v, v + 1))
            if r + 1 < rows:
                pairs.append((v, v + columns))
    kept = [p for p in pairs if rng.random() >= closed]
    return rows * columns, kept


def dataset_graph(folder):
    """The simple undirected graph of a dataset folder: nodes in nodes.csv order, every link."""
    index = {}
    with open(os.path.join(folder, "nodes.csv"), newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            index.setdefault(row["id"], len(index))
    links = set()
    with open(os.path.join(folder, "edges.csv"), newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            u, v = index[row["source"]], index[row["target"]]
            if u != v:
                links.add((min(u, v), max(u, v)))
    return len(index), sorted(links)


def synthetic(size, data):
    folder = os.path.join(data, f"synthetic-{size}")
    if not os.path.exists(os.path.join(folder, "edges.csv")):
        import subprocess

        subprocess.run([sys.executable, os.path.join(HERE, "generate_synthetic.py"), "--size", size, "--seed", "1",
                        "--out", folder], check=True, stdout=subprocess.DEVNULL)
    return dataset_graph(folder)


FAMILIES = {
    "dialogue-S": ("generate_synthetic.py --size S --seed 1", lambda d: synthetic("S", d)),
    "dialogue-M": ("generate_synthetic.py --size M --seed 1", lambda d: synthetic("M", d)),
    "dialogue-L": ("generate_synthetic.py --size L --seed 1", lambda d: synthetic("L", d)),
    "erdos-renyi": ("G(n, m), n 10000, m 50000, SplitMix64 seed 42", lambda d: uniform_pairs(10_000, 50_000, 42)),
    "erdos-renyi-M": ("G(n, m), n 20000, m 200000, SplitMix64 seed 42", lambda d: uniform_pairs(20_000, 200_000, 42)),
    "barabasi-albert": ("networkx.barabasi_albert_graph(10000, 5, seed=7)", lambda d: barabasi_albert(10_000, 5, 7)),
    "road-grid": ("120 x 125 grid, 8% of segments closed, seed 5", lambda d: road_grid(120, 125, 0.08, 5)),
    "gamm": ("Datasets/gamm-2012-2013", lambda d: dataset_graph(os.path.join(ROOT, "Datasets", "gamm-2012-2013"))),
    "erdos-renyi-small": ("G(n, m), n 2000, m 20000, SplitMix64 seed 42", lambda d: uniform_pairs(2_000, 20_000, 42)),
    "barabasi-albert-small": ("networkx.barabasi_albert_graph(2000, 5, seed=7)", lambda d: barabasi_albert(2_000, 5, 7)),
    "road-grid-small": ("40 x 50 grid, 8% of segments closed, seed 5", lambda d: road_grid(40, 50, 0.08, 5)),
}


def checksum(pairs):
    total = 0
    for u, v in pairs:
        total = (total * 1_000_003 + u * 7919 + v) & MASK
    return total


def write(family, out, data):
    generator, build = FAMILIES[family]
    n, pairs = build(data)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    temporary = out + ".partial"
    with open(temporary, "w") as f:
        f.write(f"nodes {n}\n# {family}: {generator}; {len(pairs)} links; checksum {checksum(pairs)}\n")
        f.write("".join(f"{u} {v}\n" for u, v in pairs))
    os.replace(temporary, out)
    return n, len(pairs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("family", nargs="?", choices=sorted(FAMILIES))
    parser.add_argument("--out")
    parser.add_argument("--data", default=os.path.join(ROOT, ".build-bench", "data"),
                        help="where synthetic datasets are generated (default .build-bench/data)")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    if args.list or not args.family:
        for name, (generator, _) in FAMILIES.items():
            print(f"{name}\t{generator}")
        return
    n, m = write(args.family, args.out, args.data)
    print(f"{args.out}: {args.family}, {n} nodes, {m} links")


if __name__ == "__main__":
    main()
