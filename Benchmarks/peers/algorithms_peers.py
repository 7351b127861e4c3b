#!/usr/bin/env python3
"""Peer timings for Benchmarks/Sources/AlgorithmBenchmark: networkx, igraph, networkit and scipy on
the very same synthetic graphs (SplitMix64 ported from main.swift; the checksums printed here must
equal the benchmark's).

    python3 Benchmarks/peers/algorithms_peers.py [--skip-slow] [--sample K] [--write-edges PATH]

Graph M: 20 000 nodes, 200 000 distinct undirected links drawn uniformly (seed 42).
Two-mode: 10 000 x 10 000 nodes, 200 000 memberships (seed 7), projected onto the top side.

networkx is far too slow for exact betweenness/closeness on M (> 300 s): it runs from K sampled
sources (default 200) and the time is extrapolated linearly to all n sources (marked "extrapolated").
igraph's exact betweenness takes about 80 s; --skip-slow leaves it out.
Each line: "peer <library> algorithm <name> seconds <s> [note]".
"""
import argparse
import time

MASK = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)


def random_pairs(rows, columns, count, seed, distinct_ends):
    random = SplitMix64(seed)
    seen = set()
    pairs = []
    while len(pairs) < count:
        u = random.next() % rows
        v = random.next() % columns
        if distinct_ends:
            if u == v:
                continue
            if u > v:
                u, v = v, u
        key = u * columns + v
        if key not in seen:
            seen.add(key)
            pairs.append((u, v))
    return pairs


def checksum(pairs):
    total = 0
    for u, v in pairs:
        total = (total * 1_000_003 + u * 7919 + v) & MASK
    return total


last_cpu_seconds = 0.0


def report(library, name, seconds, note="", scale=1.0):
    line = f"peer {library} algorithm {name} seconds {seconds:.4f} cpu_seconds {last_cpu_seconds * scale:.4f} {note}"
    print(line.rstrip(), flush=True)


def timed(body, repeats=1):
    """Best wall-clock time of `repeats` runs; the CPU time (all threads) of that run is kept in
    last_cpu_seconds, since the machine may be shared."""
    global last_cpu_seconds
    best = float("inf")
    result = None
    for _ in range(repeats):
        start, cpu_start = time.perf_counter(), time.process_time()
        result = body()
        seconds = time.perf_counter() - start
        if seconds < best:
            best, last_cpu_seconds = seconds, time.process_time() - cpu_start
    return best, result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-slow", action="store_true", help="skip igraph's exact betweenness (~80 s)")
    parser.add_argument("--sample", type=int, default=200, help="sources for networkx extrapolation")
    parser.add_argument("--write-edges", help="also write graph M as a reference.py edge file")
    parser.add_argument(
        "--parts",
        default="networkx,igraph,networkit,projection",
        help="comma-separated subset of networkx,igraph,networkit,projection",
    )
    args = parser.parse_args()
    parts = set(args.parts.split(","))

    n, m = 20_000, 200_000
    pairs = random_pairs(n, n, m, 42, True)
    print(f"graph M nodes {n} links {m} checksum {checksum(pairs)}", flush=True)
    if args.write_edges:
        weights = SplitMix64(4242)
        with open(args.write_edges, "w") as f:
            f.write(f"nodes {n}\n")
            for u, v in pairs:
                f.write(f"{u} {v} {1 + weights.next() % 4}\n")

    import networkx as nx

    if "networkx" in parts:
        run_networkx(nx, n, pairs, args.sample)
    if "igraph" in parts:
        run_igraph(n, pairs, args.skip_slow)
    if "networkit" in parts:
        run_networkit(n, pairs)
    if "projection" in parts:
        run_projection(nx, m)


def run_networkx(nx, n, pairs, k):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(pairs)
    sources = list(range(0, n, n // k))[:k]
    seconds, _ = timed(lambda: nx.pagerank(g, weight=None), 3)
    report("networkx", "pagerank", seconds)
    seconds, _ = timed(lambda: [sum(nx.single_source_shortest_path_length(g, s).values()) for s in sources])
    report("networkx", "closeness", seconds * n / k, f"extrapolated from {k} sources", n / k)
    seconds, _ = timed(lambda: nx.betweenness_centrality(g, k=k, seed=1))
    report("networkx", "betweenness", seconds * n / k, f"extrapolated from {k} sources", n / k)
    seconds, _ = timed(lambda: nx.core_number(g))
    report("networkx", "core_number", seconds)
    seconds, _ = timed(lambda: nx.community.louvain_communities(g, seed=1))
    report("networkx", "louvain", seconds)



def run_igraph(n, pairs, skip_slow):
    import igraph as ig

    h = ig.Graph(n=n, edges=pairs)
    seconds, _ = timed(lambda: h.pagerank(), 3)
    report("igraph", "pagerank", seconds)
    seconds, _ = timed(lambda: h.closeness())
    report("igraph", "closeness", seconds)
    seconds, _ = timed(lambda: h.harmonic_centrality())
    report("igraph", "harmonic", seconds)
    if not skip_slow:
        seconds, _ = timed(lambda: h.betweenness())
        report("igraph", "betweenness", seconds)
    seconds, _ = timed(lambda: h.coreness())
    report("igraph", "core_number", seconds)
    seconds, _ = timed(lambda: h.community_multilevel())
    report("igraph", "louvain", seconds)



def run_networkit(n, pairs):
    import networkit as nk

    threads = nk.getMaxNumberOfThreads()
    gk = nk.Graph(n)
    for u, v in pairs:
        gk.addEdge(u, v)
    seconds, _ = timed(lambda: nk.centrality.PageRank(gk, tol=1e-6).run(), 3)
    report("networkit", "pagerank", seconds, f"threads {threads}")
    closeness = lambda: nk.centrality.Closeness(gk, True, nk.centrality.ClosenessVariant.GENERALIZED).run()
    seconds, _ = timed(closeness)
    report("networkit", "closeness", seconds, f"threads {threads}")
    seconds, _ = timed(lambda: nk.centrality.HarmonicCloseness(gk, False).run())
    report("networkit", "harmonic", seconds, f"threads {threads}")
    seconds, _ = timed(lambda: nk.centrality.Betweenness(gk, True).run())
    report("networkit", "betweenness", seconds, f"threads {threads}")
    seconds, _ = timed(lambda: nk.centrality.CoreDecomposition(gk).run())
    report("networkit", "core_number", seconds, f"threads {threads}")
    seconds, _ = timed(lambda: nk.community.PLM(gk, refine=False).run())
    report("networkit", "louvain", seconds, f"threads {threads}")



def run_projection(nx, m):
    """Two-mode projection onto the top side: count of shared neighbours."""
    import igraph as ig

    side = 10_000
    memberships = random_pairs(side, side, m, 7, False)
    print(f"graph two-mode top {side} bottom {side} links {m} checksum {checksum(memberships)}", flush=True)
    import numpy as np
    import scipy.sparse as sp

    rows = np.array([t for t, _ in memberships])
    cols = np.array([b for _, b in memberships])
    biadjacency = sp.csr_array((np.ones(m), (rows, cols)), shape=(side, side))

    def scipy_projection():
        product = (biadjacency @ biadjacency.T).tocsr()
        product.setdiag(0)
        product.eliminate_zeros()
        return product

    seconds, product = timed(scipy_projection, 3)
    print(f"projection links {product.nnz // 2} total weight {product.sum() / 2:.0f}", flush=True)
    report("scipy", "projection_shared", seconds, "sparse B @ B.T")
    hb = ig.Graph.Bipartite([0] * side + [1] * side, [(t, side + b) for t, b in memberships])
    seconds, _ = timed(lambda: hb.bipartite_projection(multiplicity=True, which=0))
    report("igraph", "projection_shared", seconds)
    bg = nx.Graph()
    bg.add_nodes_from(range(2 * side))
    bg.add_edges_from((t, side + b) for t, b in memberships)
    seconds, _ = timed(lambda: nx.bipartite.weighted_projected_graph(bg, range(side)))
    report("networkx", "projection_shared", seconds)
    seconds, _ = timed(lambda: nx.bipartite.collaboration_weighted_projected_graph(bg, range(side)))
    report("networkx", "projection_collaboration", seconds)


if __name__ == "__main__":
    main()
