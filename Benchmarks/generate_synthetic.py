#!/usr/bin/env python3
"""Generate a synthetic, dialogue-like dataset in the format of Datasets/SCHEMA.md.

The network imitates the real data's shape, not its facts: EU member states with accession dates,
third countries in regions, regional processes, mobility partnerships and common agendas, many
events and projects that are part of frameworks, participation links with roles, funding links
with amounts, partial dates, citations in the seeds' style, and a few quoted notes with commas,
quotes and line breaks. The same seed always gives the same files.

    Benchmarks/generate_synthetic.py --size M --seed 1 --out /tmp/synthetic-M

Sizes: S ≈ 500 nodes / 3k edges, M ≈ 20k / 200k, L ≈ 200k / 2M.
"""
import argparse
import csv
import os
import random

SIZES = {"S": (500, 3_000), "M": (20_000, 200_000), "L": (200_000, 2_000_000)}

MEMBER_STATES = [
    ("BE", "1958-01-01"), ("DE", "1958-01-01"), ("FR", "1958-01-01"), ("IT", "1958-01-01"),
    ("LU", "1958-01-01"), ("NL", "1958-01-01"), ("DK", "1973-01-01"), ("IE", "1973-01-01"),
    ("GB", "1973-01-01"), ("GR", "1981-01-01"), ("ES", "1986-01-01"), ("PT", "1986-01-01"),
    ("AT", "1995-01-01"), ("FI", "1995-01-01"), ("SE", "1995-01-01"), ("CY", "2004-05-01"),
    ("CZ", "2004-05-01"), ("EE", "2004-05-01"), ("HU", "2004-05-01"), ("LV", "2004-05-01"),
    ("LT", "2004-05-01"), ("MT", "2004-05-01"), ("PL", "2004-05-01"), ("SK", "2004-05-01"),
    ("SI", "2004-05-01"), ("BG", "2007-01-01"), ("RO", "2007-01-01"), ("HR", "2013-07-01"),
]
REGIONS = ["eastern-europe", "western-balkans", "north-africa", "west-africa", "east-africa",
           "middle-east", "central-asia", "south-asia", "latin-america", "caribbean"]
CITATIONS = ["COM(2014) 96 §2.1", "COM(2014) 96 §2.2", "COM(2014) 96 fn 20", "COM(2014) 96 Annex I",
             "COM(2007) 248 §II.B", "COM(2007) 248 Annex II", "Commission press release IP/08/894"]
CONFIDENCES = ["seed"] * 6 + ["high"] * 2 + ["medium", "low"]
FRAMEWORK_KINDS = ["regional-process", "mobility-partnership", "common-agenda", "bilateral-dialogue",
                   "global-process"]
ACTOR_KINDS = ["international-organisation", "eu-agency", "national-authority", "civil-society-organisation"]
ROLES = ["participant", "participant", "participant", "partner", "signatory", "chair", "observer", "attendee"]
STATUSES = ["", "", "", "concluded", "ongoing", "negotiating", "in-force"]

NODE_COLUMNS = ["id", "kind", "label", "subtype", "start", "end", "status", "city", "amount_eur",
                "citation", "confidence", "note"]
EDGE_COLUMNS = ["id", "source", "target", "kind", "role", "start", "end", "status", "amount_eur",
                "weight", "citation", "confidence", "note"]


def partial_date(rng, first=2000, last=2014):
    year = rng.randint(first, last)
    form = rng.random()
    if form < 0.3:
        return f"{year}"
    if form < 0.6:
        return f"{year}-{rng.randint(1, 12):02d}"
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def generate(size, seed, out):
    rng = random.Random(seed)
    node_target, edge_target = SIZES[size]
    os.makedirs(out, exist_ok=True)
    nodes = []  # rows as dicts
    def node(**row):
        row.setdefault("citation", rng.choice(CITATIONS))
        row.setdefault("confidence", rng.choice(CONFIDENCES))
        nodes.append(row)
        return row["id"]

    members = [node(id=c, kind="member-state", label=f"Member state {c}", start=s) for c, s in MEMBER_STATES]
    regions = [node(id=r, kind="region", label=r.replace("-", " ").title()) for r in REGIONS]
    n_third = min(170, max(20, node_target // 25))
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    member_codes = {c for c, _ in MEMBER_STATES}
    codes = [a + b for a in letters for b in letters if a + b not in member_codes]
    rng.shuffle(codes)
    thirds = [node(id=c, kind="third-country", label=f"Country {c}") for c in codes[:n_third]]
    rest = node_target - len(nodes)
    n_frameworks = max(10, rest // 20)
    n_actors = max(5, rest // 20)
    n_themes = 4
    frameworks = []
    for i in range(n_frameworks):
        kind = rng.choice(FRAMEWORK_KINDS)
        launched = rng.random() < 0.9
        frameworks.append(node(id=f"{kind}-{i}", kind=kind, label=f"{kind.replace('-', ' ').title()} {i}",
                               start=partial_date(rng) if launched else "",
                               status="" if launched else rng.choice(["proposed", "negotiating"])))
    actors = [node(id=f"actor-{i}", kind=rng.choice(ACTOR_KINDS), label=f"Actor {i}") for i in range(n_actors)]
    themes = [node(id=f"theme-{i}", kind="thematic-priority", label=f"Thematic priority {i}") for i in range(n_themes)]
    activities = []  # events and projects, each part of one framework
    while len(nodes) < node_target:
        i = len(activities)
        if rng.random() < 0.6:
            start = partial_date(rng, 2005, 2014)
            activities.append(node(id=f"event-{i}", kind="event", label=f"Meeting {i}", subtype="meeting",
                                   start=start, city=rng.choice(["Brussels", "Prague", "Rabat", "Chișinău"])))
        else:
            activities.append(node(id=f"project-{i}", kind="project", label=f"Project {i}",
                                   start=partial_date(rng, 2005, 2012), end=partial_date(rng, 2013, 2016),
                                   amount_eur=f"{rng.randint(50, 5000) * 1000}"))
    for row in rng.sample(nodes, max(1, len(nodes) // 50)):
        row["note"] = 'seed says "see Annex I", p. 3,\nsecond line'

    edges = []
    def edge(source, target, kind, **row):
        row.update(source=source, target=target, kind=kind)
        row.setdefault("citation", rng.choice(CITATIONS))
        row.setdefault("confidence", rng.choice(CONFIDENCES))
        edges.append(row)

    for country in thirds:
        edge(country, rng.choice(regions), "in-region")
    for i, activity in enumerate(activities):
        edge(activity, rng.choice(frameworks), "part-of")
        if i % 3 == 0:
            edge(activity, rng.choice(themes), "addresses")
    countries = members + thirds
    while len(edges) < edge_target:
        r = rng.random()
        if r < 0.7:
            target = rng.choice(activities) if rng.random() < 0.8 else rng.choice(frameworks)
            edge(rng.choice(countries), target, "participates-in", role=rng.choice(ROLES),
                 start=partial_date(rng), status=rng.choice(STATUSES))
        elif r < 0.85:
            edge(rng.choice(actors), rng.choice(activities), "implements", start=partial_date(rng))
        elif r < 0.95:
            edge(rng.choice(members + actors), rng.choice(activities), "funds",
                 amount_eur=f"{rng.randint(10, 900) * 1000}", weight=f"{rng.randint(1, 5)}")
        else:
            edge(rng.choice(actors), rng.choice(countries), "supports", start=partial_date(rng, 2000, 2007),
                 end=partial_date(rng, 2008, 2014))
    for i, row in enumerate(edges):
        if i % 10 == 0:
            row["id"] = f"e-{i}"

    with open(os.path.join(out, "nodes.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, NODE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(nodes)
    with open(os.path.join(out, "edges.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, EDGE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(edges)
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write(f"# Synthetic dataset {size}, seed {seed}\n\nGenerated by Benchmarks/generate_synthetic.py "
                f"for benchmarks only: {len(nodes)} nodes, {len(edges)} edges. Not real data.\n")
    return len(nodes), len(edges)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="S")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    n, m = generate(args.size, args.seed, args.out)
    print(f"{args.out}: {n} nodes, {m} edges")


if __name__ == "__main__":
    main()
