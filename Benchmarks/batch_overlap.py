#!/usr/bin/env python3
"""How much work batching K sources into one breadth-first search could share, per graph family.

    python3 Benchmarks/batch_overlap.py [--family road-grid] [--batches 4,8,16] [--trials 6] [--seed 1]

A search that advances K sources at once (Then et al., "The More the Merrier", VLDB 2014) visits a
node once per distinct depth it has from those sources, instead of K times. For each batch size K,
this takes the K nodes nearest to a random node (the most favourable batch: nearby sources have the
most similar depths), and prints K × (reached nodes) ÷ Σ_v (distinct depths of v): how many times
fewer node visits the batch makes than K separate searches. Each visit still updates K path counts,
so the batch gains only where this ratio is well above what the K-lane bookkeeping costs.

Recorded in Benchmarks/ALGORITHMS.md ("Third pass"). Needs scipy and numpy.
"""
import argparse
import os
import random
import sys

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import breadth_first_order, shortest_path

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from graph_families import FAMILIES  # noqa: E402  (the same graphs as the benchmark tables)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", default="road-grid", choices=sorted(FAMILIES))
    parser.add_argument("--batches", default="4,8,16")
    parser.add_argument("--trials", type=int, default=6)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    n, pairs = FAMILIES[args.family][1](os.path.join(HERE, "..", ".build-bench", "data"))
    rows = np.array([u for u, v in pairs] + [v for u, v in pairs])
    cols = np.array([v for u, v in pairs] + [u for u, v in pairs])
    graph = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    rng = random.Random(args.seed)
    print(f"{args.family}: {n} nodes, {len(pairs)} links; K nearest sources to a random node, {args.trials} trials")
    for k in [int(x) for x in args.batches.split(",")]:
        ratios = []
        for _ in range(args.trials):
            centre = rng.randrange(n)
            batch = breadth_first_order(graph, centre, directed=False, return_predecessors=False)[:k]
            depths = shortest_path(graph, method="D", directed=False, unweighted=True, indices=batch)
            reached = np.isfinite(depths)
            ordered = np.sort(np.where(reached, depths, -1), axis=0)  # per node, its depths sorted
            distinct = int((ordered[0] >= 0).sum() + ((ordered[1:] != ordered[:-1]) & (ordered[1:] >= 0)).sum())
            ratios.append(int(reached.sum()) / distinct)
        print(f"K = {k:2}: {min(ratios):.2f}–{max(ratios):.2f}× fewer node visits than {k} separate searches")
    return 0


if __name__ == "__main__":
    sys.exit(main())
