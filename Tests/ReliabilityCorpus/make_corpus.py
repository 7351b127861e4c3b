#!/usr/bin/env python3
"""Writes the hand-made cases of Tests/ReliabilityCorpus: one folder per hostile or odd dataset, with
expect.json (and generate.json for inputs too large to commit). See README.md beside this file.

    python3 Tests/ReliabilityCorpus/make_corpus.py Tests/ReliabilityCorpus

Every case is a small edit of one valid base dataset (NODES, EDGES below), so each expectation's
line and column can be checked by eye: the header is line 1, NODES[i] and EDGES[i] are line i + 2.
Only the folders defined here are rewritten; cases added from fuzzing findings are left alone."""
import json, os, shutil, sys

ROOT = sys.argv[1]
NODES_HEADER = "id,kind,label,start,end,amount_eur,citation,confidence"
NODES = [
    "DE,member-state,Germany,1958-01-01,,,EU accession treaties,high",
    "MD,third-country,Moldova,,,,COM(2014) 96 §2.2,seed",
    "mp-moldova,mobility-partnership,Mobility Partnership with Moldova,2008-06-05,,,COM(2014) 96 Annex I,seed",
    "prague-process,regional-process,Prague Process,2009-04-28,,,COM(2014) 96 §3.2,seed",
]
EDGES_HEADER = "id,source,target,kind,start,end,amount_eur,weight,citation,confidence"
EDGES = [
    "e1,DE,mp-moldova,participates-in,2008-06-05,,,,COM(2014) 96 Annex I,seed",
    "e2,MD,mp-moldova,participates-in,2008-06-05,,,,COM(2014) 96 Annex I,seed",
    "e3,MD,prague-process,participates-in,2009-04-28,,,,COM(2014) 96 §3.2,seed",
    "e4,DE,prague-process,participates-in,2009-04-28,,,,COM(2014) 96 §3.2,seed",
]
cases = {}

def enc(x):
    return x if isinstance(x, bytes) else x.encode("utf-8")

def table(header, rows, eol="\n"):
    return enc(eol.join([header] + rows) + eol)

def case(name, expect, files=None, nodes=None, edges=None, generate=None):
    """files: name -> bytes|str|None (None = leave out). nodes/edges: row lists or bytes."""
    out = {}
    if files is None or "nodes.csv" not in files:
        n = NODES if nodes is None else nodes
        out["nodes.csv"] = n if isinstance(n, bytes) else table(NODES_HEADER, n)
    if files is None or "edges.csv" not in files:
        e = EDGES if edges is None else edges
        out["edges.csv"] = e if isinstance(e, bytes) else table(EDGES_HEADER, e)
    for k, v in (files or {}).items():
        out[k] = v
    assert name not in cases, name
    cases[name] = (out, expect, generate)

def bad(file, line, column, contains, **extra):
    d = {"valid": False, "file": file, "line": line, "column": column, "message_contains": contains}
    d.update(extra)
    return d

OK = {"valid": True}

def with_node(i, row):
    rows = list(NODES); rows[i] = row; return rows
def with_edge(i, row):
    rows = list(EDGES); rows[i] = row; return rows

# ---------------------------------------------------------------- CSV syntax and encoding
case("unterminated-quote", bad("nodes.csv", 3, 18, "never closed", message_excludes="more problem"),
     nodes=with_node(1, 'MD,third-country,"Moldova,,,,COM(2014) 96 §2.2,seed'))
case("unterminated-quote-last-field", bad("edges.csv", 5, 70, "never closed"),
     edges=with_edge(3, 'e4,DE,prague-process,participates-in,2009-04-28,,,,COM(2014) 96 §3.2,"seed'))
case("text-after-closing-quote", bad("edges.csv", 3, 8, "text after the closing quote"),
     edges=with_edge(1, 'e2,"MD"x,mp-moldova,participates-in,2008-06-05,,,,COM(2014) 96 Annex I,seed'))
case("text-after-closing-quote-after-bom", bad("nodes.csv", 1, 5, "text after the closing quote"),
     nodes=b"\xef\xbb\xbf" + table('"id"x,kind,label,start,end,amount_eur,citation,confidence', NODES))
case("quote-inside-unquoted-field", OK,
     nodes=with_node(1, 'MD,third-country,Mol"dova "Republic",,,,COM(2014) 96 §2.2,seed'))
case("nul-byte", bad("nodes.csv", 4, 41, "NUL byte"),
     nodes=with_node(2, "mp-moldova,mobility-partnership,Mobility\x00Partnership with Moldova,2008-06-05,,,COM(2014) 96 Annex I,seed"))
case("nul-byte-in-header", bad("edges.csv", 1, 3, "NUL byte"),
     edges=b"id\x00,source,target,kind,start,end,amount_eur,weight,citation,confidence\n" + "\n".join(EDGES).encode() + b"\n")
case("invalid-utf8-lone-byte", bad("edges.csv", 4, 52, "invalid UTF-8"),
     edges=table(EDGES_HEADER, EDGES).replace(b"e3,MD,prague-process,participates-in,2009-04-28,,,,COM", b"e3,MD,prague-process,participates-in,2009-04-28,,,,\xffCOM"))
case("invalid-utf8-after-multibyte", bad("nodes.csv", 3, 25, "invalid UTF-8"),
     nodes=table(NODES_HEADER, NODES).replace(b"MD,third-country,Moldova,", "MD,third-country,Mold\u00f6v\u00e4".encode() + b"\xc3\x28" + b","))
case("invalid-utf8-overlong", bad("nodes.csv", 2, 17, "invalid UTF-8"),
     nodes=table(NODES_HEADER, NODES).replace(b"DE,member-state,Germany", b"DE,member-state,\xc0\xafGermany"))
case("invalid-utf8-surrogate", bad("nodes.csv", 2, 17, "invalid UTF-8"),
     nodes=table(NODES_HEADER, NODES).replace(b"DE,member-state,Germany", b"DE,member-state,\xed\xa0\x80Germany"))
case("invalid-utf8-truncated-at-end", bad("edges.csv", 5, 74, "invalid UTF-8"),
     edges=table(EDGES_HEADER, EDGES)[:-1] + b"\xe2\x82")
case("utf16-file", bad("nodes.csv", 1, 1, "invalid UTF-8"),
     nodes=b"\xff\xfe" + (NODES_HEADER + "\n" + "\n".join(NODES) + "\n").encode("utf-16-le"))
case("latin1-file", bad("nodes.csv", 2, 39, "invalid UTF-8"),
     nodes=table(NODES_HEADER, with_node(0, "DE,member-state,Deutschland (Bundesrepublik),1958-01-01,,,EU accession treaties,high")).replace(b"Bundesrepublik", b"Bundesrep\xfcblik"))
case("bom-and-crlf", OK, nodes=b"\xef\xbb\xbf" + table(NODES_HEADER, NODES, "\r\n"),
     edges=b"\xef\xbb\xbf" + table(EDGES_HEADER, EDGES, "\r\n"))
case("mixed-line-endings", OK,
     nodes=(NODES_HEADER + "\r\n" + NODES[0] + "\n" + NODES[1] + "\r" + NODES[2] + "\r\n" + NODES[3]).encode(),
     edges=(EDGES_HEADER + "\n" + EDGES[0] + "\r\n" + EDGES[1] + "\r" + EDGES[2] + "\n" + EDGES[3] + "\r\n").encode())
case("lone-cr-line-endings-error-line", bad("edges.csv", 4, 3, "unknown node"),
     edges=table(EDGES_HEADER, with_edge(2, "e3,MD,nowhere,participates-in,2009-04-28,,,,COM(2014) 96 §3.2,seed"), "\r"))
case("crlf-error-line", bad("edges.csv", 5, 2, "unknown node"),
     edges=table(EDGES_HEADER, with_edge(3, "e4,XX,prague-process,participates-in,2009-04-28,,,,COM(2014) 96 §3.2,seed"), "\r\n"))
case("bom-only-file", bad("nodes.csv", None, None, "file is empty"), nodes=b"\xef\xbb\xbf")
case("double-bom", bad("nodes.csv", 1, None, "missing required column \"id\""),
     nodes=b"\xef\xbb\xbf\xef\xbb\xbf" + table(NODES_HEADER, NODES))
case("quoted-newlines-in-label", OK,
     nodes=with_node(3, 'prague-process,regional-process,"Prague\nProcess\r\n(Building Migration Partnerships)",2009-04-28,,,COM(2014) 96 §3.2,seed'))
case("quoted-newlines-then-error", bad("nodes.csv", 7, 2, "unknown node kind"),
     nodes=with_node(2, 'mp-moldova,mobility-partnership,"Mobility\nPartnership\nwith Moldova",2008-06-05,,,COM(2014) 96 Annex I,seed')
           [:3] + ["prague-process,regional-proces,Prague Process,2009-04-28,,,COM(2014) 96 §3.2,seed"])
case("quoted-empty-and-doubled-quotes", OK,
     nodes=with_node(1, 'MD,"third-country","Moldova ""the Republic""","",,"",COM(2014) 96 §2.2,seed'))
case("ragged-row-too-many-fields", bad("edges.csv", 3, None, "wrong column count"),
     edges=with_edge(1, EDGES[1] + ",extra"))
case("ragged-row-too-few-fields", bad("nodes.csv", 4, None, "wrong column count"),
     nodes=with_node(2, "mp-moldova,mobility-partnership,Mobility Partnership with Moldova"))
case("blank-lines-between-rows", OK,
     nodes=("\n" + NODES_HEADER + "\n\n" + NODES[0] + "\n\n\n" + "\n".join(NODES[1:]) + "\n\n").encode())
case("blank-lines-then-error", bad("edges.csv", 8, 6, "impossible date"),
     edges=(EDGES_HEADER + "\n\n" + EDGES[0] + "\n\n\n" + EDGES[1] + "\n\n" + EDGES[2].replace("2009-04-28", "2009-04-31") + "\n" + EDGES[3] + "\n").encode().replace(b"2009-04-31,,", b"2009-04-28,2009-04-31,", 1))
def duplicate_label(row):
    fields = row.split(",")
    return ",".join(fields[:3] + [fields[2]] + fields[3:])
case("duplicate-column", bad("nodes.csv", 1, 4, "duplicate column"),
     nodes=table("id,kind,label,label,start,end,amount_eur,citation,confidence", [duplicate_label(r) for r in NODES]))
case("missing-required-column", bad("nodes.csv", 1, None, "missing required column \"citation\""),
     nodes=("id,kind,label,start,end,amount_eur,confidence\n" + "\n".join(",".join(r.split(",")[:6] + r.split(",")[7:]) for r in NODES) + "\n").encode())
case("header-only", OK, nodes=table(NODES_HEADER, []), edges=table(EDGES_HEADER, []))
case("empty-nodes-file", bad("nodes.csv", None, None, "file is empty"), nodes=b"")
case("empty-edges-file", bad("edges.csv", None, None, "file is empty"), edges=b"")
case("whitespace-only-lines", bad("nodes.csv", None, None, "file is empty"), nodes=b"\n\r\n\n")
case("missing-nodes-file", bad("nodes.csv", None, None, "no such file"), files={"nodes.csv": None})
case("missing-edges-file", bad("edges.csv", None, None, "no such file"), files={"edges.csv": None})
case("nodes-csv-is-a-folder", bad("nodes.csv", None, None, "it is a folder"),
     files={"nodes.csv": None, "nodes.csv/README.md": b"nodes.csv is a folder here, on purpose.\n"})
case("unknown-extra-columns", OK,
     nodes=("id,kind,label,start,end,amount_eur,citation,confidence,region,<script>\n" + "\n".join(r + ",x,<b>" for r in NODES) + "\n").encode())

# ---------------------------------------------------------------- ids and references
case("unknown-node-target", bad("edges.csv", 3, 3, "unknown node \"XX\""),
     edges=with_edge(1, "e2,MD,XX,participates-in,2008-06-05,,,,COM(2014) 96 Annex I,seed"))
case("unknown-node-source", bad("edges.csv", 4, 2, "unknown node \"Moldova\""),
     edges=with_edge(2, "e3,Moldova,prague-process,participates-in,2009-04-28,,,,COM(2014) 96 §3.2,seed"))
case("id-case-mismatch", bad("edges.csv", 2, 2, "unknown node \"de\""),
     edges=with_edge(0, "e1,de,mp-moldova,participates-in,2008-06-05,,,,COM(2014) 96 Annex I,seed"))
case("id-trailing-space", bad("edges.csv", 5, 2, "unknown node \"DE \""),
     edges=with_edge(3, "e4,DE ,prague-process,participates-in,2009-04-28,,,,COM(2014) 96 §3.2,seed"))
case("duplicate-node-id", bad("nodes.csv", 5, 1, "duplicate id \"MD\""),
     nodes=with_node(3, "MD,regional-process,Prague Process,2009-04-28,,,COM(2014) 96 §3.2,seed"),
     edges=EDGES[:2])
case("duplicate-edge-id", bad("edges.csv", 5, 1, "duplicate id \"e1\""),
     edges=with_edge(3, "e1,DE,prague-process,participates-in,2009-04-28,,,,COM(2014) 96 §3.2,seed"))
case("empty-node-id", bad("nodes.csv", 3, 1, "missing id"),
     nodes=with_node(1, ",third-country,Moldova,,,,COM(2014) 96 §2.2,seed"), edges=[EDGES[0], EDGES[3]])
case("empty-edge-source", bad("edges.csv", 2, 2, "missing source"),
     edges=with_edge(0, "e1,,mp-moldova,participates-in,2008-06-05,,,,COM(2014) 96 Annex I,seed"))
case("part-of-cycle", bad("edges.csv", 4, 3, "part-of cycle"),
     nodes=["a,region,Region A,,,,test,seed", "b,region,Region B,,,,test,seed", "c,region,Region C,,,,test,seed"],
     edges=["p1,a,b,part-of,,,,,test,seed", "p2,b,c,part-of,,,,,test,seed", "p3,c,a,part-of,,,,,test,seed"])
case("part-of-self-loop", bad("edges.csv", 2, 3, "part-of cycle"),
     nodes=["a,region,Region A,,,,test,seed"], edges=["p1,a,a,part-of,,,,,test,seed"])
case("part-of-diamond-no-cycle", OK,
     nodes=["a,region,A,,,,test,seed", "b,region,B,,,,test,seed", "c,region,C,,,,test,seed", "d,region,D,,,,test,seed"],
     edges=["p1,a,b,part-of,,,,,test,seed", "p2,a,c,part-of,,,,,test,seed", "p3,b,d,part-of,,,,,test,seed",
            "p4,c,d,part-of,,,,,test,seed", "p5,a,d,part-of,,,,,test,seed"])
case("self-loops-and-parallel-edges", OK,
     edges=EDGES + ["e5,DE,DE,supports,,,,,test,seed", "e6,DE,mp-moldova,participates-in,2010,,,,test,seed",
                    "e7,DE,mp-moldova,participates-in,2011,,,,test,seed"])
case("dot-keyword-ids", OK,
     nodes=["graph,region,graph,,,,test,seed", "node,region,node,,,,test,seed", "edge,region,edge,,,,test,seed",
            "strict,region,strict,,,,test,seed", "subgraph,region,subgraph,,,,test,seed", "--,region,--,,,,test,seed"],
     edges=["k1,node,graph,part-of,,,,,test,seed", "k2,edge,graph,part-of,,,,,test,seed",
            "k3,strict,subgraph,in-region,,,,,test,seed", "k4,--,edge,in-region,,,,,test,seed"])
case("hostile-ids", OK,
     nodes=['"a;b""c{d}",region,"quoted ""id""",,,,test,seed', "<id>&amp;,region,markup id,,,,test,seed",
            "\\N\\G,region,backslash id,,,,test,seed", "id with spaces,region,spaces,,,,test,seed"],
     edges=['h1,"a;b""c{d}",<id>&amp;,in-region,,,,,test,seed', "h2,\\N\\G,id with spaces,in-region,,,,,test,seed"])

# ---------------------------------------------------------------- dates
def node_dates(start, end, i=2, name=None):
    return with_node(i, f"mp-moldova,mobility-partnership,Mobility Partnership with Moldova,{start},{end},,COM(2014) 96 Annex I,seed")
case("impossible-date-february-30", bad("nodes.csv", 4, 4, "impossible date \"2013-02-30\""), nodes=node_dates("2013-02-30", ""))
case("impossible-date-february-29-non-leap", bad("nodes.csv", 4, 5, "impossible date \"2013-02-29\""), nodes=node_dates("2012", "2013-02-29"))
case("impossible-date-1900-02-29", bad("nodes.csv", 4, 4, "impossible date"), nodes=node_dates("1900-02-29", ""))
case("leap-days-valid", OK, nodes=node_dates("2000-02-29", "2012-02-29"))
case("impossible-month-13", bad("nodes.csv", 4, 4, "impossible date \"2013-13\""), nodes=node_dates("2013-13", ""))
case("impossible-day-zero", bad("edges.csv", 3, 5, "impossible date \"2013-06-00\""),
     edges=with_edge(1, "e2,MD,mp-moldova,participates-in,2013-06-00,,,,COM(2014) 96 Annex I,seed"))
case("bad-date-format-european", bad("nodes.csv", 4, 4, "bad date \"05/06/2008\""), nodes=node_dates("05/06/2008", ""))
case("bad-date-with-time", bad("edges.csv", 2, 5, "bad date"),
     edges=with_edge(0, "e1,DE,mp-moldova,participates-in,2008-06-05T10:00:00Z,,,,COM(2014) 96 Annex I,seed"))
case("bad-date-short-year", bad("edges.csv", 2, 6, "bad date \"13\""),
     edges=with_edge(0, "e1,DE,mp-moldova,participates-in,2008-06-05,13,,,COM(2014) 96 Annex I,seed"))
case("end-before-start-node", bad("nodes.csv", 4, 5, "before start"), nodes=node_dates("2013-06", "2013-05"))
case("end-before-start-edge", bad("edges.csv", 3, 6, "before start"),
     edges=with_edge(1, "e2,MD,mp-moldova,participates-in,2013-06-07,2013-06-06,,,COM(2014) 96 Annex I,seed"))
case("end-before-start-partial", bad("edges.csv", 4, 6, "before start"),
     edges=with_edge(2, "e3,MD,prague-process,participates-in,2013-06-07,2013-05,,,COM(2014) 96 §3.2,seed"))
case("end-same-period-as-start", OK, edges=[
     "e1,DE,mp-moldova,participates-in,2013-06-07,2013-06-07,,,t,seed",
     "e2,MD,mp-moldova,participates-in,2013-06-07,2013-06,,,t,seed",
     "e3,MD,prague-process,participates-in,2013-06,2013,,,t,seed",
     "e4,DE,prague-process,participates-in,2013-12-31,2013,,,t,seed"])

# ---------------------------------------------------------------- numbers
def amount(value):
    return with_node(2, f"mp-moldova,mobility-partnership,Mobility Partnership with Moldova,2008-06-05,,{value},COM(2014) 96 Annex I,seed")
case("negative-amount", bad("nodes.csv", 4, 6, "negative number \"-5\""), nodes=amount("-5"))
case("amount-with-thousands-separator", bad("nodes.csv", 4, 6, "not a number: \"1,000\""), nodes=amount('"1,000"'))
case("amount-with-currency-sign", bad("nodes.csv", 4, 6, "not a number"), nodes=amount("€500"))
case("amount-nan", bad("nodes.csv", 4, 6, "not a number: \"nan\""), nodes=amount("nan"))
case("amount-infinity", bad("nodes.csv", 4, 6, "not a number"), nodes=amount("inf"))
case("amount-overflowing-exponent", bad("nodes.csv", 4, 6, "not a number"), nodes=amount("1e400"))
case("amount-with-spaces", bad("nodes.csv", 4, 6, "not a number"), nodes=amount(" 500"))
case("amount-exponent-valid", OK, nodes=amount("1.5e6"))
# Issue 14: each amount of 1.7e308 was valid alone, but two summed to infinity (a null score).
case("amount-beyond-range", bad("nodes.csv", 4, 6, "amount beyond any real funding"), nodes=amount("1.7e308"))
case("weight-negative", bad("edges.csv", 3, 8, "negative number"),
     edges=with_edge(1, "e2,MD,mp-moldova,participates-in,2008-06-05,,,-0.5,COM(2014) 96 Annex I,seed"))
case("weight-hexadecimal", bad("edges.csv", 3, 8, "not a number: \"0x10\""),
     edges=with_edge(1, "e2,MD,mp-moldova,participates-in,2008-06-05,,,0x10,COM(2014) 96 Annex I,seed"))

# ---------------------------------------------------------------- vocabulary
case("unknown-node-kind", bad("nodes.csv", 3, 2, "unknown node kind \"country\""),
     nodes=with_node(1, "MD,country,Moldova,,,,COM(2014) 96 §2.2,seed"))
case("node-kind-wrong-case", bad("nodes.csv", 2, 2, "unknown node kind \"Member-State\""),
     nodes=with_node(0, "DE,Member-State,Germany,1958-01-01,,,EU accession treaties,high"))
case("unknown-edge-kind", bad("edges.csv", 4, 4, "unknown edge kind \"collaborates-with\""),
     edges=with_edge(2, "e3,MD,prague-process,collaborates-with,2009-04-28,,,,COM(2014) 96 §3.2,seed"))
case("unknown-confidence", bad("edges.csv", 2, 10, "unknown confidence \"certain\""),
     edges=with_edge(0, "e1,DE,mp-moldova,participates-in,2008-06-05,,,,COM(2014) 96 Annex I,certain"))
case("missing-citation", bad("nodes.csv", 5, 7, "missing citation"),
     nodes=with_node(3, "prague-process,regional-process,Prague Process,2009-04-28,,,,seed"))
case("missing-label", bad("nodes.csv", 2, 3, "missing label"),
     nodes=with_node(0, "DE,member-state,,1958-01-01,,,EU accession treaties,high"))
case("unknown-status", bad("nodes.csv", 4, 4, "unknown status \"maybe\""),
     nodes=("id,kind,label,status,citation,confidence\nDE,member-state,Germany,,t,seed\nMD,third-country,Moldova,,t,seed\n"
            "mp-moldova,mobility-partnership,MP Moldova,maybe,t,seed\nprague-process,regional-process,Prague Process,,t,seed\n").encode())
case("unknown-role", bad("edges.csv", 3, 5, "unknown role \"boss\""),
     edges=("id,source,target,kind,role,citation,confidence\ne1,DE,mp-moldova,participates-in,partner,t,seed\n"
            "e2,MD,mp-moldova,participates-in,boss,t,seed\n").encode())
case("custom-vocabulary", OK,
     files={"vocabulary.json": json.dumps({
         "nodeKinds": [{"id": "country", "label": "country", "framework": False, "country": True},
                       {"id": "process", "label": "process", "framework": True, "country": False}],
         "edgeKinds": [{"id": "joins", "label": "joins", "directed": True}],
         "roles": [], "subtypes": [], "statuses": [], "confidences": ["seed"]}, indent=2).encode() + b"\n"},
     nodes=["ER,country,Eritrea,,,,t,seed", "SD,country,Sudan,,,,t,seed", "khartoum-process,process,Khartoum Process,2014-11-28,,,t,seed"],
     edges=["j1,ER,khartoum-process,joins,2014-11-28,,,,t,seed", "j2,SD,khartoum-process,joins,2014-11-28,,,,t,seed"])
case("malformed-vocabulary-json", bad("vocabulary.json", None, None, "not a vocabulary"),
     files={"vocabulary.json": b'{"nodeKinds": [\n  {"id": "country",, }\n'})
case("vocabulary-missing-key", bad("vocabulary.json", None, None, "missing key"),
     files={"vocabulary.json": b'{"nodeKinds": [], "edgeKinds": []}\n'})

# ---------------------------------------------------------------- hostile but legal labels
def label(text, i=2):
    return with_node(i, f"mp-moldova,mobility-partnership,{text},2008-06-05,,,COM(2014) 96 Annex I,seed")
case("label-markup-and-quotes", dict(OK, label_contains='<script>alert("x")</script> & <b>bold</b> \'q\''),
     nodes=label('"<script>alert(""x"")</script> & <b>bold</b> \'q\'"'))
case("label-backslashes-and-escapes", dict(OK, label_contains='C:\\N\\G\\l \\\\ \\" \\E'),
     nodes=label('"C:\\N\\G\\l \\\\ \\"" \\E"'))
case("label-html-entities", dict(OK, label_contains="&amp; &lt;tag&gt; &#x41; &nbsp;"),
     nodes=label("&amp; &lt;tag&gt; &#x41; &nbsp;"))
case("label-control-characters", dict(OK, label_contains="bell\u0007 escape\u001b[31m red\u001b[0m tab\tdel\u007f"),
     nodes=label("bell\u0007 escape\u001b[31m red\u001b[0m tab\tdel\u007f"))
case("label-right-to-left", dict(OK, label_contains="\u0634\u0631\u0627\u0643\u0629 \u05e9\u05d5\u05ea\u05e4\u05d5\u05ea \u202egnp.exe\u202c \u200f"),
     nodes=label("\u0634\u0631\u0627\u0643\u0629 \u05e9\u05d5\u05ea\u05e4\u05d5\u05ea \u202egnp.exe\u202c \u200f"))
case("label-combining-and-emoji", dict(OK, label_contains="Cafe\u0301 \U0001F468\u200d\U0001F469\u200d\U0001F467 \U0001F1EA\U0001F1FA Z\u0351\u0352\u0353"),
     nodes=label("Cafe\u0301 \U0001F468\u200d\U0001F469\u200d\U0001F467 \U0001F1EA\U0001F1FA Z\u0351\u0352\u0353"))
case("label-spreadsheet-formula", dict(OK, label_contains='=HYPERLINK("http://x.invalid","click")'),
     nodes=label('"=HYPERLINK(""http://x.invalid"",""click"")"'))
case("label-line-separators", dict(OK, label_contains="line\u2028separator\u2029paragraph\u0085next"),
     nodes=label("line\u2028separator\u2029paragraph\u0085next"))
case("label-trailing-backslash", dict(OK, label_contains="ends with a backslash \\"),
     nodes=label("ends with a backslash \\"))
case("label-graphviz-record-syntax", dict(OK, label_contains="{a|<p>b}|c"),
     nodes=label('{a|<p>b}|c'))

# ---------------------------------------------------------------- bare edge lists
def edgelist(name, expect, data, generate=None):
    case(name, dict(expect, dataset="edgelist.csv"), files={"nodes.csv": None, "edges.csv": None, "edgelist.csv": enc(data)}, generate=generate)
edgelist("edgelist-bom-crlf-weights", OK, b"\xef\xbb\xbfsource,target,weight\r\nDE,MD,2\r\nMD,FR,0.5\r\nFR,DE,1e1\r\n")
edgelist("edgelist-missing-target-column", bad("edgelist.csv", 1, None, "missing required column \"target\""), "source,destination\nDE,MD\n")
edgelist("edgelist-negative-weight", bad("edgelist.csv", 3, 3, "negative number"), "source,target,weight\nDE,MD,1\nMD,FR,-2\n")
edgelist("edgelist-unknown-kind", bad("edgelist.csv", 2, 3, "unknown edge kind"), "source,target,kind\nDE,MD,friendship\n")
edgelist("edgelist-weight-beyond-range", bad("edgelist.csv", 2, 3, "weight too large to add up"),
         "source,target,weight\nDE,MD,1e308\nMD,FR,1e308\n")
edgelist("edgelist-empty", bad("edgelist.csv", None, None, "file is empty"), b"")
edgelist("edgelist-hostile-ids", OK, 'source,target\n"<a&b>","\\N"\n"x""y",\u202eevil\n')

# ---------------------------------------------------------------- sources table (sources.csv)
# With a sources.csv, every citation is "SOURCEID pinpoint[; SOURCEID pinpoint…]" and each id must be
# a row of sources.csv; without one, citations stay free text (every case above).
SOURCES_HEADER = "id,author,title,document_number,date,language,locator,note"
SOURCES = [
    "com-2014-96,European Commission,Report on the implementation of GAMM 2012-2013,COM(2014) 96 final,2014-02-21,da,CELEX 52014DC0096,",
    "treaty-eec,,Treaty establishing the European Economic Community,,1957-03-25,en,CELEX 11957E,",
]
def sourced(rows):
    return [r.replace("EU accession treaties", "treaty-eec in force 1 January 1958").replace("COM(2014) 96", "com-2014-96")
            for r in rows]
SRC_NODES, SRC_EDGES = sourced(NODES), sourced(EDGES)
def sources_case(name, expect, nodes=None, edges=None, sources=None):
    case(name, expect, nodes=SRC_NODES if nodes is None else nodes, edges=SRC_EDGES if edges is None else edges,
         files={"sources.csv": table(SOURCES_HEADER, SOURCES if sources is None else sources)})
def src_node(i, row):
    rows = list(SRC_NODES); rows[i] = row; return rows
def src_edge(i, row):
    rows = list(SRC_EDGES); rows[i] = row; return rows

sources_case("sources-valid", OK)
sources_case("sources-unknown-source-id", bad("edges.csv", 4, 9, 'unknown source "com-2014-69" in citation'),
             edges=src_edge(2, "e3,MD,prague-process,participates-in,2009-04-28,,,,com-2014-69 §3.2,seed"))
sources_case("sources-unknown-second-reference", bad("nodes.csv", 3, 7, 'unknown source "unhcr-2013" in citation'),
             nodes=src_node(1, "MD,third-country,Moldova,,,,com-2014-96 §2.2; unhcr-2013 p. 4,seed"))
sources_case("sources-free-text-citation", bad("nodes.csv", 2, 7, 'unknown source "EU" in citation'),
             nodes=NODES)
sources_case("sources-duplicate-id", bad("sources.csv", 4, 1, 'duplicate id "com-2014-96"'),
             sources=SOURCES + ["com-2014-96,European Commission,Again,,,,,"])
sources_case("sources-id-with-space", bad("sources.csv", 4, 1, "cannot start a citation"),
             sources=SOURCES + ["com 2007 248,European Commission,Circular migration,,,,,"])
case("sources-missing-title-column", bad("sources.csv", 1, None, 'missing required column "title"'),
     nodes=SRC_NODES, edges=SRC_EDGES, files={"sources.csv": table("id,author", ["com-2014-96,European Commission"])})

# ---------------------------------------------------------------- descriptor (datapackage.json)
DESCRIPTOR_MISSING_FIELD = {
    "name": "descriptor-disagrees", "profile": "tabular-data-package",
    "resources": [{"name": "nodes", "path": "nodes.csv", "profile": "tabular-data-resource",
                   "schema": {"fields": [{"name": n, "type": "string"} for n in NODES_HEADER.split(",")] +
                              [{"name": "region", "type": "string", "constraints": {"required": True}}],
                              "primaryKey": "id"}}]}
case("descriptor-names-missing-field",
     bad("datapackage.json", 44, 13, "is not in that file"),
     files={"datapackage.json": json.dumps(DESCRIPTOR_MISSING_FIELD, indent=2).encode() + b"\n"})
case("descriptor-malformed-json",
     bad("datapackage.json", 1, 1, "the descriptor cannot be read"),
     files={"datapackage.json": b'{"resources": [\n'})

# ---------------------------------------------------------------- generated (large) inputs
def rep(s, n): return {"repeat": s, "times": n}
def txt(s): return {"text": s}
MB10 = 10 * 1024 * 1024
nodes_text = NODES_HEADER + "\n" + "\n".join(NODES) + "\n"
edges_text = EDGES_HEADER + "\n" + "\n".join(EDGES) + "\n"
case("generated-10mb-label", dict(OK, render=False),
     files={"nodes.csv": None},
     generate={"nodes.csv": [txt(NODES_HEADER + "\n" + "\n".join(NODES[:3]) + "\nprague-process,regional-process,\"Prague "), rep("x\"\"y, ", MB10 // 6), txt("\",2009-04-28,,,t,seed\n")]})
case("generated-10mb-unterminated-quote", bad("edges.csv", 5, 7, "never closed"),
     files={"edges.csv": None},
     generate={"edges.csv": [txt(EDGES_HEADER + "\n" + "\n".join(EDGES[:3]) + "\ne4,DE,\"pr"), rep("ague,\n", MB10 // 6)]})
case("generated-10mb-field-then-bad-byte", bad("nodes.csv", 5, MB10 + 33, "invalid UTF-8"),
     files={"nodes.csv": None},
     generate={"nodes.csv": [txt(NODES_HEADER + "\n" + "\n".join(NODES[:3]) + "\nprague-process,regional-process,"), rep("a", MB10), {"hex": "ff"}, txt(",,,,t,seed\n")]})
case("generated-long-line-many-columns", dict(OK, render=False),
     files={"nodes.csv": None},
     generate={"nodes.csv": [txt(NODES_HEADER), {"repeat_numbered": ",extra{}", "times": 20000}, txt("\n")] +
               [p for r in NODES for p in (txt(r), rep(",v", 20000), txt("\n"))]})
case("generated-many-bad-rows", bad("edges.csv", 2, 3, "unknown node", message_contains_also="more problems"),
     files={"edges.csv": None},
     generate={"edges.csv": [txt(EDGES_HEADER + "\n"), {"repeat_numbered": "g{},DE,nowhere,participates-in,,,,,t,seed\n", "times": 50000}]})
case("generated-deep-part-of-chain", dict(OK, render=False),
     files={"nodes.csv": None, "edges.csv": None},
     generate={"nodes.csv": [txt(NODES_HEADER + "\n"), {"repeat_numbered": "r{},region,Region {},,,,t,seed\n", "times": 50000}],
               "edges.csv": [txt(EDGES_HEADER + "\n"), {"repeat_numbered_pair": "p{0},r{0},r{1},part-of,,,,,t,seed\n", "times": 49999}]})
case("generated-deep-part-of-cycle", bad("edges.csv", 50001, 3, "part-of cycle", max_line_length=2000),
     files={"nodes.csv": None, "edges.csv": None},
     generate={"nodes.csv": [txt(NODES_HEADER + "\n"), {"repeat_numbered": "r{},region,Region {},,,,t,seed\n", "times": 50000}],
               "edges.csv": [txt(EDGES_HEADER + "\n"), {"repeat_numbered_pair": "p{0},r{0},r{1},part-of,,,,,t,seed\n", "times": 49999},
                             txt("close,r49999,r0,part-of,,,,,t,seed\n")]})

# ---------------------------------------------------------------- write
os.makedirs(ROOT, exist_ok=True)
for name, (files, expect, generate) in sorted(cases.items()):
    folder = os.path.join(ROOT, name)
    if os.path.isdir(folder): shutil.rmtree(folder)  # only the cases defined here; fuzz findings stay
    os.makedirs(folder)
    for fname, data in files.items():
        if data is None: continue
        path = os.path.join(folder, fname)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f: f.write(enc(data))
    with open(os.path.join(folder, "expect.json"), "w") as f:
        json.dump(expect, f, indent=2, ensure_ascii=False); f.write("\n")
    if generate:
        with open(os.path.join(folder, "generate.json"), "w") as f:
            json.dump(generate, f, indent=2, ensure_ascii=False); f.write("\n")
print(len(cases), "cases")
