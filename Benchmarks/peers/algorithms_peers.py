#!/usr/bin/env python3
"""Peer timings for Benchmarks/Sources/AlgorithmBenchmark: networkx, igraph, networkit (and scipy for
the projection) on the very same graphs. One measurement per process, so that the caller
(Benchmarks/bench.py) can take the process's peak memory as the measurement's.

    algorithms_peers.py --edges FILE --library networkx|igraph|networkit --algorithm NAME[,NAME…]
                        [--threads N] [--repeat R] [--sample K] [--epsilon E --delta D --seed S]
    algorithms_peers.py --two-mode --library scipy|igraph|networkx --algorithm projection_shared|...
    algorithms_peers.py --list

FILE is an edge file of Benchmarks/graph_families.py (`nodes N`, then `u v` lines). What each
algorithm calls is listed in CALLS below (and printed by --list); every call uses the library's
defaults except where a comment says otherwise.

networkx is far too slow for exact betweenness, closeness and harmonic centrality on graphs of
tens of thousands of nodes: with --sample K < n it runs from K evenly spaced sources and the time
is scaled by n/K ("extrapolated_from": K in the record).

Prints one JSON object per algorithm: {"tool", "version", "algorithm", "seconds" (best wall time of
R runs for the fast ones, else one run), "cpu_seconds" (CPU time of that run, all threads),
"threads", "repeats", "peak_rss_bytes_so_far", ...}, or
{"tool", "algorithm", "unsupported": reason} when the library has no such algorithm.
"""
import argparse
import json
import os
import resource
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from graph_families import SplitMix64  # noqa: E402  (the one generator the benchmarks share)

# Measured as the best of --repeat runs; every other algorithm runs once (unless --repeat-all).
FAST = {"pagerank", "eigenvector", "core_number", "projection_shared", "projection_collaboration"}

# What each library runs for each measurement (shown by --list and quoted in ALGORITHMS.md).
CALLS = {
    "networkx": {
        "pagerank": "nx.pagerank(g)",
        "closeness": "sum(nx.single_source_shortest_path_length(g, s).values()) per source",
        "harmonic": "nx.harmonic_centrality(g, sources=...)",
        "betweenness": "nx.betweenness_centrality(g, k=K, seed=1)",
        "eigenvector": "nx.eigenvector_centrality(g, max_iter=1000)",
        "core_number": "nx.core_number(g)",
        "louvain": "nx.community.louvain_communities(g, seed=1)",
        "projection_shared": "nx.bipartite.weighted_projected_graph(b, top)",
        "projection_collaboration": "nx.bipartite.collaboration_weighted_projected_graph(b, top)",
    },
    "igraph": {
        "pagerank": "g.pagerank()",
        "closeness": "g.closeness()",
        "harmonic": "g.harmonic_centrality()",
        "betweenness": "g.betweenness()",
        "eigenvector": "g.eigenvector_centrality()",
        "core_number": "g.coreness()",
        "louvain": "g.community_multilevel()",
        "projection_shared": "b.bipartite_projection(multiplicity=True, which=0)",
    },
    "networkit": {
        "pagerank": "nk.centrality.PageRank(g, tol=1e-6).run()",
        "closeness": "nk.centrality.Closeness(g, True, ClosenessVariant.GENERALIZED).run()",
        "harmonic": "nk.centrality.HarmonicCloseness(g, False).run()",
        "betweenness": "nk.centrality.Betweenness(g, True).run()",
        "betweenness_approx": "nk.centrality.ApproxBetweenness(g, epsilon=E, delta=D).run()",
        "eigenvector": "nk.centrality.EigenvectorCentrality(g).run()",
        "core_number": "nk.centrality.CoreDecomposition(g).run()",
        "louvain": "nk.community.PLM(g, refine=False).run()",
    },
    "scipy": {
        "projection_shared": "(B @ B.T).tocsr(); setdiag(0); eliminate_zeros()",
    },
}


def random_pairs(rows, columns, count, seed):
    """The two-mode memberships of AlgorithmBenchmark (same SplitMix64 stream)."""
    random = SplitMix64(seed)
    seen = set()
    pairs = []
    while len(pairs) < count:
        u = random.next() % rows
        v = random.next() % columns
        key = u * columns + v
        if key not in seen:
            seen.add(key)
            pairs.append((u, v))
    return pairs


def read_edges(path):
    n = 0
    pairs = []
    with open(path) as f:
        for line in f:
            if line.startswith("#"):
                continue
            fields = line.split()
            if fields[0] == "nodes":
                n = int(fields[1])
            else:
                pairs.append((int(fields[0]), int(fields[1])))
    return n, pairs


def timed(body, repeats):
    """Best wall-clock time of `repeats` runs and the CPU time (all threads) of that run."""
    best, best_cpu, result = float("inf"), 0.0, None
    for _ in range(repeats):
        start, cpu_start = time.perf_counter(), time.process_time()
        result = body()
        seconds = time.perf_counter() - start
        if seconds < best:
            best, best_cpu = seconds, time.process_time() - cpu_start
    return best, best_cpu, result


GRAPHS = {}  # each library's graph, built once per process


def graph_runner(library, n, pairs, args):
    """(function to time, scale factor, extra record fields) for `args.algorithm` on the graph."""
    name = args.algorithm
    sample = min(args.sample, n) if args.sample else n
    sources = list(range(0, n, max(1, n // sample)))[:sample]
    scale = n / len(sources) if sources else 1.0
    extrapolated = {"extrapolated_from": len(sources)} if len(sources) < n else {}
    if library == "networkx":
        import networkx as nx

        if "networkx" not in GRAPHS:
            GRAPHS["networkx"] = nx.Graph()
            GRAPHS["networkx"].add_nodes_from(range(n))
            GRAPHS["networkx"].add_edges_from(pairs)
        g = GRAPHS["networkx"]
        if name == "pagerank":
            return lambda: nx.pagerank(g), 1.0, {}
        if name == "closeness":
            return lambda: [sum(nx.single_source_shortest_path_length(g, s).values()) for s in sources], scale, extrapolated
        if name == "harmonic":
            return lambda: nx.harmonic_centrality(g, sources=sources), scale, extrapolated
        if name == "betweenness":
            k = len(sources) if extrapolated else None
            return lambda: nx.betweenness_centrality(g, k=k, seed=1), scale, extrapolated
        if name == "eigenvector":
            return lambda: nx.eigenvector_centrality(g, max_iter=1000), 1.0, {}
        if name == "core_number":
            return lambda: nx.core_number(g), 1.0, {}
        if name == "louvain":
            return lambda: nx.community.louvain_communities(g, seed=1), 1.0, {}
    if library == "igraph":
        import igraph as ig

        if "igraph" not in GRAPHS:
            GRAPHS["igraph"] = ig.Graph(n=n, edges=pairs)
        h = GRAPHS["igraph"]
        calls = {"pagerank": h.pagerank, "closeness": h.closeness, "harmonic": h.harmonic_centrality,
                 "betweenness": h.betweenness, "eigenvector": h.eigenvector_centrality,
                 "core_number": h.coreness, "louvain": h.community_multilevel}
        if name in calls:
            return calls[name], 1.0, {}
    if library == "networkit":
        import networkit as nk
        import numpy as np

        nk.setNumberOfThreads(args.threads)
        if "networkit" not in GRAPHS:
            GRAPHS["networkit"] = nk.Graph(n)
            if pairs:
                ends = np.array(pairs, dtype=np.uint64)
                GRAPHS["networkit"].addEdges((ends[:, 0], ends[:, 1]))
        gk = GRAPHS["networkit"]
        c = nk.centrality
        calls = {
            "pagerank": lambda: c.PageRank(gk, tol=1e-6).run(),
            "closeness": lambda: c.Closeness(gk, True, c.ClosenessVariant.GENERALIZED).run(),
            "harmonic": lambda: c.HarmonicCloseness(gk, False).run(),
            "betweenness": lambda: c.Betweenness(gk, True).run(),
            "betweenness_approx": lambda: c.ApproxBetweenness(gk, epsilon=args.epsilon, delta=args.delta).run(),
            "eigenvector": lambda: c.EigenvectorCentrality(gk).run(),
            "core_number": lambda: c.CoreDecomposition(gk).run(),
            "louvain": lambda: nk.community.PLM(gk, refine=False).run(),
        }
        if name in calls:
            extra = {"epsilon": args.epsilon, "delta": args.delta} if name == "betweenness_approx" else {}
            return calls[name], 1.0, extra
    return None


def two_mode_runner(library, args):
    side, m = 10_000, 200_000
    memberships = random_pairs(side, side, m, 7)
    if library == "scipy" and args.algorithm == "projection_shared":
        import numpy as np
        import scipy.sparse as sp

        rows = np.array([t for t, _ in memberships])
        cols = np.array([b for _, b in memberships])
        biadjacency = sp.csr_array((np.ones(m), (rows, cols)), shape=(side, side))

        def projection():
            product = (biadjacency @ biadjacency.T).tocsr()
            product.setdiag(0)
            product.eliminate_zeros()
            return product

        return projection, 1.0, {}
    if library == "igraph" and args.algorithm == "projection_shared":
        import igraph as ig

        hb = ig.Graph.Bipartite([0] * side + [1] * side, [(t, side + b) for t, b in memberships])
        return lambda: hb.bipartite_projection(multiplicity=True, which=0), 1.0, {}
    if library == "networkx" and args.algorithm.startswith("projection_"):
        import networkx as nx

        bg = nx.Graph()
        bg.add_nodes_from(range(2 * side))
        bg.add_edges_from((t, side + b) for t, b in memberships)
        if args.algorithm == "projection_shared":
            return lambda: nx.bipartite.weighted_projected_graph(bg, range(side)), 1.0, {}
        return lambda: nx.bipartite.collaboration_weighted_projected_graph(bg, range(side)), 1.0, {}
    return None


def version(library):
    return sys.modules[library].__version__ if library in sys.modules else ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edges")
    parser.add_argument("--two-mode", action="store_true")
    parser.add_argument("--library", choices=sorted(CALLS))
    parser.add_argument("--algorithm")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--repeat-all", action="store_true",
                        help="best of --repeat runs for every algorithm named, not only the fast ones")
    parser.add_argument("--sample", type=int, default=0, help="networkx: sources to extrapolate from (0 = all)")
    parser.add_argument("--epsilon", type=float, default=0.01)
    parser.add_argument("--delta", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--list", action="store_true", help="print what each library calls, as JSON")
    args = parser.parse_args()
    if args.list:
        print(json.dumps(CALLS, indent=1))
        return 0
    library = args.library
    n, pairs = (0, []) if args.two_mode else read_edges(args.edges)
    for algorithm in args.algorithm.split(","):
        args.algorithm = algorithm
        runner = two_mode_runner(library, args) if args.two_mode else graph_runner(library, n, pairs, args)
        if runner is None or algorithm not in CALLS[library]:
            print(json.dumps({"tool": library, "algorithm": algorithm, "unsupported": "no such call in the library"}))
            continue
        body, scale, extra = runner
        threads = args.threads if library == "networkit" else 1
        repeats = max(1, args.repeat) if algorithm in FAST or args.repeat_all else 1
        seconds, cpu_seconds, _ = timed(body, repeats)
        record = {"tool": library, "version": version(library), "algorithm": algorithm,
                  "seconds": seconds * scale, "cpu_seconds": cpu_seconds * scale, "threads": threads,
                  "repeats": repeats, "call": CALLS[library][algorithm],
                  # The process's own high-water mark so far: with several algorithms in one process,
                  # an upper bound of this measurement's peak.
                  "peak_rss_bytes_so_far": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, **extra}
        print(json.dumps(record, sort_keys=True), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
