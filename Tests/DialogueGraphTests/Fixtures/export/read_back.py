#!/usr/bin/env python3
"""Reads a network exported by DialogueGraph back with independent tools and prints a JSON summary.

Used by Tests/DialogueGraphTests/Export*Tests.swift:

    read_back.py graphml FILE    networkx.read_graphml(force_multigraph=True), plus igraph's counts
    read_back.py gexf FILE       networkx.read_gexf
    read_back.py json FILE       networkx.node_link_graph with its default arguments
    read_back.py dot FILE        Graphviz's own parser (libcgraph agmemread, through ctypes)
    read_back.py datapackage DIR frictionless.validate on DIR/datapackage.json

Graph summaries are {"directed", "multigraph", "graph", "nodes": {id: attrs}, "edges": [{source,
target, key, data}]}. Exits non-zero with a message on stderr when a tool is missing or fails.
"""
import ctypes
import ctypes.util
import json
import sys


def summary(G):
    if G.is_multigraph():
        edges = G.edges(keys=True, data=True)
    else:  # read_gexf returns a DiGraph when no edges are parallel; the key is then the "id" attribute
        edges = ((u, v, d.get("id"), d) for u, v, d in G.edges(data=True))
    return {
        "directed": G.is_directed(),
        "multigraph": G.is_multigraph(),
        "graph": G.graph,
        "nodes": {str(n): dict(d) for n, d in G.nodes(data=True)},
        "edges": [
            {"source": str(u), "target": str(v), "key": str(k), "data": dict(d)}
            for u, v, k, d in edges
        ],
    }


def read_graphml(path):
    import networkx as nx

    result = summary(nx.read_graphml(path, force_multigraph=True))
    try:
        import igraph
    except ImportError:
        result["igraph"] = None
    else:
        g = igraph.Graph.Read_GraphML(path)
        result["igraph"] = {
            "vertices": g.vcount(),
            "edges": g.ecount(),
            "directed": g.is_directed(),
            "labels": [v["label"] for v in g.vs] if g.vcount() else [],
        }
    return result


def read_gexf(path):
    import networkx as nx

    return summary(nx.read_gexf(path))


def read_json(path):
    import networkx as nx

    with open(path, encoding="utf-8") as f:
        return summary(nx.node_link_graph(json.load(f)))


class _DtLink(ctypes.Structure):
    _fields_ = [("right", ctypes.c_void_p), ("hl", ctypes.c_void_p)]


class _AgSym(ctypes.Structure):
    _fields_ = [
        ("link", _DtLink),
        ("name", ctypes.c_char_p),
        ("defval", ctypes.c_char_p),
        ("id", ctypes.c_int),
        ("kind", ctypes.c_ubyte),
        ("fixed", ctypes.c_ubyte),
        ("print", ctypes.c_ubyte),
    ]


def read_dot(path):
    name = ctypes.util.find_library("cgraph") or "libcgraph.so.6"
    lib = ctypes.CDLL(name)
    P = ctypes.c_void_p
    lib.agmemread.restype, lib.agmemread.argtypes = P, [ctypes.c_char_p]
    for f in ("agfstnode",):
        getattr(lib, f).restype, getattr(lib, f).argtypes = P, [P]
    for f in ("agnxtnode", "agfstout", "agnxtout"):
        getattr(lib, f).restype, getattr(lib, f).argtypes = P, [P, P]
    for f in ("aghead", "agtail"):
        getattr(lib, f).restype, getattr(lib, f).argtypes = P, [P]
    lib.agnameof.restype, lib.agnameof.argtypes = ctypes.c_char_p, [P]
    lib.agnxtattr.restype = ctypes.POINTER(_AgSym)
    lib.agnxtattr.argtypes = [P, ctypes.c_int, ctypes.POINTER(_AgSym)]
    lib.agxget.restype, lib.agxget.argtypes = ctypes.c_char_p, [P, ctypes.POINTER(_AgSym)]
    lib.agisdirected.argtypes = lib.agisstrict.argtypes = lib.agclose.argtypes = [P]
    lib.agerrors.restype = ctypes.c_int

    with open(path, "rb") as f:
        text = f.read()
    g = lib.agmemread(text)
    if not g or lib.agerrors() > 0:
        raise SystemExit(f"Graphviz could not parse {path}")

    def symbols(kind):
        result, sym = [], lib.agnxtattr(g, kind, None)
        while sym:
            result.append(sym)
            sym = lib.agnxtattr(g, kind, sym)
        return result

    def attrs(obj, syms):
        values = {}
        for s in syms:
            value = lib.agxget(obj, s)
            if value:  # empty means "not set on this object" (the declared default is "")
                values[s.contents.name.decode()] = value.decode()
        return values

    node_syms, edge_syms = symbols(1), symbols(2)
    nodes, edges = {}, []
    n = lib.agfstnode(g)
    while n:
        nodes[lib.agnameof(n).decode()] = attrs(n, node_syms)
        n = lib.agnxtnode(g, n)
    n = lib.agfstnode(g)
    while n:
        e = lib.agfstout(g, n)
        while e:
            key = lib.agnameof(e)
            edges.append({
                "source": lib.agnameof(lib.agtail(e)).decode(),
                "target": lib.agnameof(lib.aghead(e)).decode(),
                "key": key.decode() if key else None,
                "data": attrs(e, edge_syms),
            })
            e = lib.agnxtout(g, e)
        n = lib.agnxtnode(g, n)
    result = {
        "directed": bool(lib.agisdirected(g)),
        "multigraph": not lib.agisstrict(g),
        "graph": {"name": lib.agnameof(g).decode()},
        "nodes": nodes,
        "edges": edges,
    }
    lib.agclose(g)
    return result


def validate_datapackage(folder):
    import frictionless

    report = frictionless.validate(f"{folder}/datapackage.json")
    errors = [e.message for task in report.tasks for e in task.errors] + [e.message for e in report.errors]
    return {"valid": bool(report.valid), "errors": errors[:20]}


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    mode, path = sys.argv[1], sys.argv[2]
    readers = {
        "graphml": read_graphml,
        "gexf": read_gexf,
        "json": read_json,
        "dot": read_dot,
        "datapackage": validate_datapackage,
    }
    if mode not in readers:
        raise SystemExit(f"unknown mode {mode!r}; expected one of {', '.join(readers)}")
    json.dump(readers[mode](path), sys.stdout, ensure_ascii=True, default=str)


if __name__ == "__main__":
    main()
