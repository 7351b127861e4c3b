#!/usr/bin/env python3
"""Writes a large random graph file to measure the readers (docs/RELIABILITY.md, "Large graph files").

    scripts/large_graph_file.py graphml NODES EDGES PATH   GraphML: a label per node, a weight per edge
    scripts/large_graph_file.py json NODES EDGES PATH      the same graph as node-link JSON
    scripts/large_graph_file.py padded LINES PATH          GraphML of 2 nodes and LINES 100-byte comments

Endpoints are drawn with a fixed seed (18), so a file is the same on every run. Then, e.g.:
    /usr/bin/time -v dialogue summary --dataset PATH --format json
"""
import random
import sys


def graph(kind, n, m, path):
    rng = random.Random(18)
    with open(path, "w") as f:
        if kind == "graphml":
            f.write('<?xml version="1.0" encoding="utf-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
            f.write('<key id="d0" for="node" attr.name="label" attr.type="string"/>\n')
            f.write('<key id="d1" for="edge" attr.name="weight" attr.type="double"/>\n')
            f.write('<graph edgedefault="undirected">\n')
            for i in range(n):
                f.write(f'<node id="n{i}"><data key="d0">Node {i}</data></node>\n')
            for k in range(m):
                a, b = rng.randrange(n), rng.randrange(n)
                f.write(f'<edge source="n{a}" target="n{b}"><data key="d1">{1 + k % 5}</data></edge>\n')
            f.write("</graph>\n</graphml>\n")
        else:
            f.write('{"directed": false, "multigraph": true, "graph": {}, "nodes": [')
            f.write(",".join(f'{{"id": "n{i}", "label": "Node {i}"}}' for i in range(n)))
            f.write('], "edges": [')
            f.write(",".join(
                f'{{"source": "n{rng.randrange(n)}", "target": "n{rng.randrange(n)}", "weight": {1 + k % 5}, "key": {k}}}'
                for k in range(m)))
            f.write("]}")


def padded(lines, path):
    with open(path, "w") as f:
        f.write('<?xml version="1.0"?>\n<graphml><graph>\n<node id="a"/><node id="b"/><edge source="a" target="b"/>\n')
        line = "<!-- " + "x" * 90 + " -->\n"
        for _ in range(lines):
            f.write(line)
        f.write("</graph></graphml>\n")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] in ("graphml", "json"):
        graph(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    elif len(sys.argv) == 4 and sys.argv[1] == "padded":
        padded(int(sys.argv[2]), sys.argv[3])
    else:
        sys.exit(__doc__)
