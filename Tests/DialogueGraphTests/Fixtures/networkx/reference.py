#!/usr/bin/env python3
"""networkx reference values for the network algorithms of DialogueGraph (the test oracle).

Single query (for people and for dataset cross-checks):

    reference.py MEASURE EDGEFILE [--option key=value ...]

    EDGEFILE, one-mode:   "nodes N", optional "directed 1", then "u v [w]" lines (w defaults to 1)
    EDGEFILE, two-mode:   "top T", "bottom B", then "t b" lines (b counted from 0 on the bottom side)
    Lines starting with # are comments. Option values are JSON (numbers, true/false, lists) or text.

Batch (what the Swift tests use, one Python start for many queries):

    reference.py --batch REQUEST.json

    REQUEST = {"graphs": [GRAPH, ...], "queries": [{"graph": i, "measure": M, "options": {...}}, ...]}
    GRAPH   = {"nodes": N, "directed": bool, "edges": [[u, v, w], ...]}
            | {"top": T, "bottom": B, "links": [[t, b], ...]}

Prints JSON: the result (single) or a list of results (batch). A per-node measure gives a list
indexed by node (two-mode: top nodes 0..T-1 then bottom nodes T..T+B-1). A failure inside networkx
gives {"error": "..."}.

One-mode graphs are built as networkx Graph/DiGraph exactly as DialogueGraph's AdjacencyGraph:
self-loops dropped, parallel links merged into one whose "weight" is the SUM of theirs.
With the option "multigraph": true they are built as a networkx MultiGraph/MultiDiGraph instead
(self-loops still dropped, every parallel link kept), so that networkx's own multigraph rules
apply: shortest paths take the lightest parallel link, pagerank sums them, bridges skip doubled
links. eigenvector_centrality and katz_centrality refuse multigraphs; for them the multigraph is
turned into a simple graph by networkx's to_scipy_sparse_array, which sums parallel weights.
"""
import json
import sys

import networkx as nx
from networkx.algorithms import bipartite


def one_mode(nodes, directed, edges):
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(range(nodes))
    for edge in edges:
        u, v = int(edge[0]), int(edge[1])
        w = float(edge[2]) if len(edge) > 2 else 1.0
        if u == v:
            continue
        if g.has_edge(u, v):
            g[u][v]["weight"] += w
        else:
            g.add_edge(u, v, weight=w)
    return g


def multi_graph(nodes, directed, edges):
    g = nx.MultiDiGraph() if directed else nx.MultiGraph()
    g.add_nodes_from(range(nodes))
    for edge in edges:
        u, v = int(edge[0]), int(edge[1])
        if u != v:
            g.add_edge(u, v, weight=float(edge[2]) if len(edge) > 2 else 1.0)
    return g


def summed_by_networkx(g, weight):
    """A multigraph as the simple graph networkx's sparse-matrix conversion makes of it."""
    matrix = nx.to_scipy_sparse_array(g, nodelist=range(len(g)), weight=weight or "weight")
    create = nx.DiGraph if g.is_directed() else nx.Graph
    return nx.from_scipy_sparse_array(matrix, create_using=create)


def two_mode(top, bottom, links):
    g = nx.Graph()
    g.add_nodes_from(range(top), bipartite=0)
    g.add_nodes_from(range(top, top + bottom), bipartite=1)
    g.add_edges_from((int(t), top + int(b)) for t, b in links)
    return g, list(range(top))


def per_node(g, values):
    return [float(values[v]) for v in range(len(g))]


def unweighted(g):
    """The graph with every weight set to 1 (for functions that always read "weight")."""
    h = g.copy()
    for u, v in h.edges():
        h[u][v]["weight"] = 1.0
    return h


def named_graph(name):
    """A networkx test graph as integer nodes 0..n-1 (sorted by str of the original) and weighted edges."""
    g = {
        "karate": nx.karate_club_graph,
        "florentine": nx.florentine_families_graph,
        "les_miserables": nx.les_miserables_graph,
        "davis": nx.davis_southern_women_graph,
    }[name]()
    index = {v: i for i, v in enumerate(sorted(g, key=str))}
    return {
        "nodes": len(g),
        "directed": False,
        "edges": sorted([index[u], index[v], float(d.get("weight", 1))] for u, v, d in g.edges(data=True)),
    }


def weight_of(options):
    return "weight" if options.get("weighted", False) else None


def evaluate(spec, measure, options):
    if "top" in spec:
        g, top = two_mode(spec["top"], spec["bottom"], spec["links"])
        if measure == "bipartite_degree":
            return per_node(g, bipartite.degree_centrality(g, top))
        if measure == "bipartite_betweenness":
            return per_node(g, bipartite.betweenness_centrality(g, top))
        if measure == "bipartite_closeness":
            return per_node(g, bipartite.closeness_centrality(g, top, normalized=True))
        if measure == "projection":
            side = top if options.get("side", "top") == "top" else list(range(spec["top"], len(g)))
            shift = 0 if options.get("side", "top") == "top" else spec["top"]
            kind = options.get("weighting", "shared")
            if kind == "shared":
                p = bipartite.weighted_projected_graph(g, side)
            elif kind == "shared_ratio":
                p = bipartite.weighted_projected_graph(g, side, ratio=True)
            elif kind == "collaboration":
                p = bipartite.collaboration_weighted_projected_graph(g, side)
            elif kind == "jaccard":
                p = bipartite.overlap_weighted_projected_graph(g, side, jaccard=True)
            elif kind == "overlap":
                p = bipartite.overlap_weighted_projected_graph(g, side, jaccard=False)
            else:
                raise ValueError(f"unknown projection weighting {kind!r}")
            return sorted(
                [min(u, v) - shift, max(u, v) - shift, float(d["weight"])] for u, v, d in p.edges(data=True)
            )
        raise ValueError(f"unknown two-mode measure {measure!r}")

    w = weight_of(options)
    if measure == "named_graph":
        return named_graph(options["name"])
    if options.get("multigraph", False):
        g = multi_graph(spec["nodes"], spec.get("directed", False), spec["edges"])
        if measure in ("eigenvector", "katz"):
            g = summed_by_networkx(g, w)
    else:
        g = one_mode(spec["nodes"], spec.get("directed", False), spec["edges"])
    if measure == "degree":
        direction = options.get("direction", "all")
        f = {"all": nx.degree_centrality, "in": nx.in_degree_centrality, "out": nx.out_degree_centrality}
        return per_node(g, f[direction](g))
    if measure == "betweenness":
        return per_node(
            g,
            nx.betweenness_centrality(
                g, weight=w, normalized=options.get("normalized", True), endpoints=options.get("endpoints", False)
            ),
        )
    if measure == "closeness":
        return per_node(g, nx.closeness_centrality(g, distance=w, wf_improved=options.get("wf_improved", True)))
    if measure == "harmonic":
        return per_node(g, nx.harmonic_centrality(g, distance=w))
    if measure == "eigenvector":
        return per_node(
            g, nx.eigenvector_centrality(g, weight=w, max_iter=options.get("max_iter", 100), tol=options.get("tol", 1e-6))
        )
    if measure == "pagerank":
        personalization = options.get("personalization")
        if personalization is not None:
            personalization = {v: float(x) for v, x in enumerate(personalization)}
        return per_node(
            g,
            nx.pagerank(
                g,
                alpha=options.get("alpha", 0.85),
                personalization=personalization,
                weight=w,
                max_iter=options.get("max_iter", 100),
                tol=options.get("tol", 1e-6),
            ),
        )
    if measure == "katz":
        return per_node(
            g,
            nx.katz_centrality(
                g,
                alpha=options.get("alpha", 0.1),
                beta=options.get("beta", 1.0),
                weight=w,
                normalized=options.get("normalized", True),
                max_iter=options.get("max_iter", 1000),
                tol=options.get("tol", 1e-6),
            ),
        )
    if measure == "sampled_betweenness":
        from networkx.algorithms.centrality import betweenness as bc

        sources = options["sources"]
        endpoints = options.get("endpoints", False)
        values = dict.fromkeys(g, 0.0)
        for s in sources:
            if w is None:
                S, P, sigma, _ = bc._single_source_shortest_path_basic(g, s)
            else:
                S, P, sigma, _ = bc._single_source_dijkstra_path_basic(g, s, w)
            if endpoints:
                values, _ = bc._accumulate_endpoints(values, S, P, sigma, s)
            else:
                values, _ = bc._accumulate_basic(values, S, P, sigma, s)
        values = bc._rescale(
            values, len(g), normalized=options.get("normalized", True), directed=g.is_directed(),
            endpoints=endpoints, sampled_nodes=sources,
        )
        return per_node(g, values)
    if measure == "clustering":
        return per_node(g, nx.clustering(g, weight=w))
    if measure == "average_clustering":
        return nx.average_clustering(g, weight=w)
    if measure == "transitivity":
        return nx.transitivity(g)
    if measure == "eccentricity":
        if options.get("within_component", False):
            parts = nx.weakly_connected_components(g) if g.is_directed() else nx.connected_components(g)
            values = {}
            for part in parts:
                values.update(nx.eccentricity(g.subgraph(part), weight=w))
            return per_node(g, values)
        return per_node(g, nx.eccentricity(g, weight=w))
    if measure == "diameter_radius":
        return [nx.diameter(g, weight=w), nx.radius(g, weight=w)]
    if measure == "edge_betweenness":
        values = nx.edge_betweenness_centrality(g, weight=w, normalized=options.get("normalized", True))
        rows = []
        for (u, v), x in values.items():
            if not g.is_directed() and u > v:
                u, v = v, u
            rows.append([u, v, float(x)])
        return sorted(rows)
    if measure == "hits":
        import numpy as np

        a = nx.to_numpy_array(g, nodelist=range(len(g)), weight=w)
        singular = np.linalg.svd(a, compute_uv=False)
        if len(singular) > 1 and singular[0] - singular[1] <= 1e-3 * singular[0]:
            return {"error": "degenerate: the two largest singular values are equal"}
        hubs, authorities = nx.hits(g if w else unweighted(g), max_iter=10000, tol=1e-14)
        return {"hubs": per_node(g, hubs), "authorities": per_node(g, authorities)}
    if measure == "biconnected":
        return sorted(sorted(c) for c in nx.biconnected_components(g))
    if measure == "local_bridges":
        return sorted(
            [min(u, v), max(u, v), float(span) if span != float("inf") else -1.0]
            for u, v, span in nx.local_bridges(g, with_span=True)
        )
    if measure == "k_truss":
        t = nx.k_truss(g, options["k"])
        return {"nodes": sorted(t.nodes()), "links": sorted(sorted(e) for e in t.edges())}
    if measure == "strongly_connected":
        return sorted(sorted(c) for c in nx.strongly_connected_components(g))
    if measure == "components":
        parts = nx.weakly_connected_components(g) if g.is_directed() else nx.connected_components(g)
        return sorted(sorted(c) for c in parts)
    if measure == "bridges":
        return sorted(sorted(e) for e in nx.bridges(g))
    if measure == "articulation_points":
        return sorted(nx.articulation_points(g))
    if measure == "core_number":
        core = nx.core_number(g)
        return [core[v] for v in range(len(g))]
    if measure == "modularity":
        labels = options["labels"]
        groups = {}
        for v, c in enumerate(labels):
            groups.setdefault(c, set()).add(v)
        return nx.community.modularity(
            g, list(groups.values()), weight=w, resolution=options.get("resolution", 1.0)
        )
    if measure == "louvain":
        resolution = options.get("resolution", 1.0)
        communities = nx.community.louvain_communities(g, weight=w, resolution=resolution, seed=options.get("seed", 0))
        return {
            "modularity": nx.community.modularity(g, communities, weight=w, resolution=resolution),
            "communities": sorted(sorted(c) for c in communities),
        }
    raise ValueError(f"unknown measure {measure!r}")


def safe_evaluate(spec, measure, options):
    try:
        return evaluate(spec, measure, options)
    except (nx.NetworkXException, ZeroDivisionError) as error:
        return {"error": f"{type(error).__name__}: {error}"}


def read_edge_file(path):
    spec = {"edges": [], "links": []}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            fields = line.split()
            if not fields or fields[0].startswith("#"):
                continue
            if fields[0] in ("nodes", "top", "bottom", "directed"):
                spec[fields[0]] = int(fields[1])
            elif "top" in spec:
                spec["links"].append([int(fields[0]), int(fields[1])])
            elif len(fields) in (2, 3):
                spec["edges"].append([int(fields[0]), int(fields[1])] + [float(x) for x in fields[2:]])
            else:
                sys.exit(f"{path}:{number}: expected 'u v [w]', got {line.strip()!r}")
    if "top" not in spec and "nodes" not in spec:
        sys.exit(f"{path}: missing 'nodes N' (or 'top T' and 'bottom B') header line")
    spec["directed"] = bool(spec.get("directed", 0))
    return spec


def parse_options(arguments):
    options = {}
    for argument in arguments:
        key, _, value = argument.partition("=")
        try:
            options[key] = json.loads(value)
        except json.JSONDecodeError:
            options[key] = value
    return options


def main(argv):
    if len(argv) == 3 and argv[1] == "--batch":
        with open(argv[2], encoding="utf-8") as f:
            request = json.load(f)
        graphs = request["graphs"]
        results = [safe_evaluate(graphs[q["graph"]], q["measure"], q.get("options", {})) for q in request["queries"]]
        json.dump(results, sys.stdout)
        return
    if len(argv) < 3:
        sys.exit(__doc__)
    rest = argv[3:]
    option_arguments = [rest[i + 1] for i in range(0, len(rest) - 1, 2) if rest[i] == "--option"]
    json.dump(safe_evaluate(read_edge_file(argv[2]), argv[1], parse_options(option_arguments)), sys.stdout)


if __name__ == "__main__":
    main(sys.argv)
