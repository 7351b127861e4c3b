"""Spot checks and integrity checks for Datasets/gamm-2012-2013.

Reads the CSVs with Python's csv module only, independently of the Swift loader. Every spot
check quotes the sentence of COM(2014) 96 (Danish original, English gloss) or the outside source
it encodes, so that a failing check points straight at the fact that drifted.

Run: python3 -m pytest -q Tests/datasets/test_gamm_spot_checks.py
"""
import csv
import datetime
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "Datasets" / "gamm-2012-2013"
VOCAB = ROOT / "Sources" / "DialogueGraph" / "Resources" / "vocabulary.json"


def _read(name):
    with open(DATA / name, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


NODE_ROWS = _read("nodes.csv")
EDGE_ROWS = _read("edges.csv")
NODES = {r["id"]: r for r in NODE_ROWS}
VOC = json.loads(VOCAB.read_text(encoding="utf-8"))


def edges(source=None, target=None, kind=None, role=None):
    """Edges matching every given attribute."""
    return [e for e in EDGE_ROWS
            if (source is None or e["source"] == source) and (target is None or e["target"] == target)
            and (kind is None or e["kind"] == kind) and (role is None or e["role"] == role)]


def one_edge(source, target, kind, role=None):
    found = edges(source, target, kind, role)
    assert len(found) == 1, f"expected one {source} {kind} {target} ({role}), found {len(found)}"
    return found[0]


def first_day(d):
    """First day of a partial ISO date (2013 -> 2013-01-01, 2013-06 -> 2013-06-01)."""
    parts = [int(p) for p in d.split("-")]
    return datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def day_after(d):
    """Day after the period a partial ISO date names (2013 -> 2014-01-01, 2013-06 -> 2013-07-01).

    SCHEMA.md: `end` is the last day (month, year) a row holds, so this is its exclusive bound.
    """
    parts = [int(p) for p in d.split("-")]
    if len(parts) == 1:
        return datetime.date(parts[0] + 1, 1, 1)
    if len(parts) == 2:
        y, m = parts
        return datetime.date(y + (m == 12), m % 12 + 1, 1)
    return datetime.date(*parts) + datetime.timedelta(days=1)


def holds_on(row, d):
    return (not row["start"] or first_day(row["start"]) <= d) and (not row["end"] or d < day_after(row["end"]))


# ======================================================================== integrity

def test_node_ids_unique_and_readable():
    ids = [r["id"] for r in NODE_ROWS]
    assert len(ids) == len(set(ids))
    for i in ids:
        assert re.fullmatch(r"[A-Z]{2}|[a-z0-9]+(-[a-z0-9]+)*", i), i


def test_edge_ids_unique():
    ids = [r["id"] for r in EDGE_ROWS]
    assert all(ids) and len(ids) == len(set(ids))


def test_every_edge_endpoint_exists():
    missing = [(e["id"], end) for e in EDGE_ROWS for end in (e["source"], e["target"]) if end not in NODES]
    assert missing == []


def test_every_row_has_citation_and_known_confidence():
    for r in NODE_ROWS + EDGE_ROWS:
        assert r["citation"].strip(), r["id"]
        assert r["confidence"] in VOC["confidences"], r["id"]


def test_non_seed_rows_cite_a_public_source():
    """confidence other than seed must name an outside source, not only the seed."""
    for r in NODE_ROWS + EDGE_ROWS:
        if r["confidence"] != "seed":
            ids = [ref.split(" ")[0] for ref in r["citation"].split("; ")]
            assert any(i != "com-2014-96" for i in ids), f"{r['id']}: confidence {r['confidence']} but citation names only the seed"


def test_dates_are_valid_partial_iso_and_end_not_before_start():
    pattern = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
    for r in NODE_ROWS + EDGE_ROWS:
        for col in ("start", "end"):
            if r[col]:
                assert pattern.fullmatch(r[col]), (r["id"], col, r[col])
                first_day(r[col])  # raises on impossible dates such as 2013-02-30
        if r["start"] and r["end"]:
            assert day_after(r["end"]) > first_day(r["start"]), r["id"]


def test_kinds_roles_statuses_subtypes_in_vocabulary():
    node_kinds = {k["id"] for k in VOC["nodeKinds"]}
    edge_kinds = {k["id"] for k in VOC["edgeKinds"]}
    roles = {r["id"] for r in VOC["roles"]}
    statuses = {s["id"] for s in VOC["statuses"]}
    subtypes = {(s["kind"], s["id"]) for s in VOC["subtypes"]}
    for n in NODE_ROWS:
        assert n["kind"] in node_kinds, n["id"]
        assert not n["status"] or n["status"] in statuses, n["id"]
        assert not n["subtype"] or (n["kind"], n["subtype"]) in subtypes, n["id"]
    for e in EDGE_ROWS:
        assert e["kind"] in edge_kinds, e["id"]
        assert not e["role"] or e["role"] in roles, e["id"]
        assert not e["status"] or e["status"] in statuses, e["id"]


def test_amounts_are_non_negative_numbers():
    for r in NODE_ROWS + EDGE_ROWS:
        if r["amount_eur"]:
            assert float(r["amount_eur"]) >= 0, r["id"]


def test_csv_files_use_lf_line_endings():
    for name in ("nodes.csv", "edges.csv"):
        raw = (DATA / name).read_bytes()
        assert b"\r\n" not in raw and raw.endswith(b"\n"), name


def test_prospective_frameworks_have_no_start_but_a_status():
    """SCHEMA.md 'Dates': a framework with no start is prospective and has a status."""
    framework_kinds = {k["id"] for k in VOC["nodeKinds"] if k["framework"]}
    for n in NODE_ROWS:
        if n["kind"] in framework_kinds and not n["start"]:
            assert n["status"], f"{n['id']} has neither start nor status"


# ======================================================================== member states

def test_28_member_states_with_accession_dates():
    # Public fact (EU accession treaties): founding members 1958, DK/IE/GB 1973, GR 1981, ES/PT 1986,
    # AT/FI/SE 1995, ten in 2004, BG/RO 2007, HR 2013-07-01.
    ms = {n["id"]: n["start"] for n in NODE_ROWS if n["kind"] == "member-state"}
    assert len(ms) == 28
    assert ms["GR"] == "1981-01-01" and ms["GB"] == "1973-01-01" and ms["HR"] == "2013-07-01"
    assert ms["PL"] == "2004-05-01" and ms["RO"] == "2007-01-01" and ms["FI"] == "1995-01-01"
    assert "EL" not in NODES and "UK" not in NODES


def test_five_member_states_in_no_mobility_partnership_concluded_by_end_2013():
    # §5.2.2: "Fem medlemsstater deltager f.eks. ikke i et eneste af de hidtil indgåede
    # mobilitetspartnerskaber." — Five member states take part in none of the mobility partnerships
    # concluded so far. Computed from the data: member states as of 2013-12-31 (accession date),
    # MPs with a start on or before 2013-12-31, participation links holding on that day.
    asof = datetime.date(2013, 12, 31)
    members = {n["id"] for n in NODE_ROWS if n["kind"] == "member-state" and holds_on(n, asof)}
    concluded = {n["id"] for n in NODE_ROWS if n["kind"] == "mobility-partnership" and n["start"] and holds_on(n, asof)}
    joined = {e["source"] for e in edges(kind="participates-in") if e["target"] in concluded and holds_on(e, asof)}
    outside = sorted(members - joined)
    print("member states in no MP concluded by 2013-12-31:", outside)
    assert len(outside) == 5
    assert concluded == {"mp-moldova", "mp-cape-verde", "mp-georgia", "mp-armenia", "mp-morocco", "mp-azerbaijan"}


def test_resettlement_2012_footnote_20():
    # fn 20: "De 4 930 flygtninge blev genbosat i EU af 12 medlemsstater, nemlig Den Tjekkiske Republik,
    # Danmark, Tyskland, Irland, Spanien, Frankrig, Litauen, Nederlandene, Portugal, Finland, Sverige og
    # Det Forenede Kongerige" — the 4,930 refugees were resettled by 12 member states, namely CZ, DK, DE,
    # IE, ES, FR, LT, NL, PT, FI, SE and the UK.
    resettlers = {e["source"] for e in edges(target="eu-resettlement-2012", kind="participates-in")}
    assert resettlers == {"CZ", "DK", "DE", "IE", "ES", "FR", "LT", "NL", "PT", "FI", "SE", "GB"}
    assert all(e["citation"] == "com-2014-96 fn 20" for e in edges(target="eu-resettlement-2012", kind="participates-in"))


# ======================================================================== mobility partnerships (Annex I)

ANNEX_I = {  # Annex I as printed: Indgået / Drøftelser i gang / Overvejes for 2014 / Overvejes, når omstændighederne tillader det
    "DZ": ("mp-algeria", "when-circumstances-allow"), "EG": ("mp-egypt", "when-circumstances-allow"),
    "LY": ("mp-libya", "when-circumstances-allow"), "MA": ("mp-morocco", "concluded"),
    "TN": ("mp-tunisia", "concluded"), "JO": ("mp-jordan", "negotiations-ongoing"),
    "LB": ("mp-lebanon", "when-circumstances-allow"), "SY": ("mp-syria", "when-circumstances-allow"),
    "AM": ("mp-armenia", "concluded"), "AZ": ("mp-azerbaijan", "concluded"), "BY": ("mp-belarus", "consider-2014"),
    "GE": ("mp-georgia", "concluded"), "MD": ("mp-moldova", "concluded"),
    "UA": ("mp-ukraine", "when-circumstances-allow"), "CV": ("mp-cape-verde", "concluded"),
}


def test_annex_i_statuses_as_printed():
    # Annex I ("BILAG I – Mobilitetspartnerskaber"): 15 rows, e.g. "Marokko X" under "Indgået" (concluded),
    # "Jordan X" under "Drøftelser i gang" (talks ongoing), "Hviderusland X" under "Overvejes for 2014",
    # "Ukraine X" under "Overvejes, når omstændighederne tillader det" (when circumstances allow).
    partners = edges(kind="participates-in", role="partner")
    annex = {e["source"]: (e["target"], e["status"]) for e in partners
             if e["citation"] == "com-2014-96 Annex I" and NODES[e["target"]]["kind"] == "mobility-partnership"}
    assert annex == ANNEX_I


def test_annex_ii_statuses_as_printed():
    # Annex II ("BILAG II – Fælles dagsordener for migration og mobilitet"): "Kina X" (when circumstances
    # allow), "Indien X" and "Nigeria X" (Drøftelser i gang), "Indonesien", "Sydafrika", "Kasakhstan",
    # "Brasilien" (Overvejes for 2014), "Ghana" (when circumstances allow).
    annex = {e["source"]: e["status"] for e in edges(kind="participates-in", role="partner")
             if e["citation"] == "com-2014-96 Annex II" and NODES[e["target"]]["kind"] == "common-agenda"}
    assert annex == {"CN": "when-circumstances-allow", "IN": "negotiations-ongoing", "ID": "consider-2014",
                     "NG": "negotiations-ongoing", "ZA": "consider-2014", "GH": "when-circumstances-allow",
                     "KZ": "consider-2014", "BR": "consider-2014"}
    assert all(NODES[c]["start"] == "" for c in ("camm-india", "camm-nigeria", "camm-china"))


def test_morocco_mp_signed_7_june_2013():
    # §2.3: "blev der undertegnet et mobilitetspartnerskab med Marokko den 7. juni 2013"
    # — a mobility partnership with Morocco was signed on 7 June 2013.
    assert NODES["mp-morocco"]["start"] == "2013-06-07" and NODES["mp-morocco"]["confidence"] == "seed"


def test_azerbaijan_mp_signed_5_december_2013():
    # §2.2: "der blev undertegnet et nyt mobilitetspartnerskab med Aserbajdsjan den 5. december 2013"
    # — a new mobility partnership with Azerbaijan was signed on 5 December 2013.
    assert NODES["mp-azerbaijan"]["start"] == "2013-12-05"


def test_early_mps_years_match_seed():
    # §1: "mobilitetspartnerskaber med seks lande: Moldova (2008), Kap Verde (2008), Georgien (2009),
    # Armenien (2011)" — the exact days come from the Commission press releases (external facts).
    years = {m: NODES[m]["start"][:4] for m in ("mp-moldova", "mp-cape-verde", "mp-georgia", "mp-armenia")}
    assert years == {"mp-moldova": "2008", "mp-cape-verde": "2008", "mp-georgia": "2009", "mp-armenia": "2011"}


def test_tunisia_concluded_in_annex_but_signed_2014():
    # Annex I ticks "Tunesien X" under "Indgået"; §1 says "Drøftelserne om et mobilitetspartnerskab med
    # Tunesien blev afsluttet i november 2013, og det forventes undertegnet snarest" (talks concluded Nov
    # 2013, signature expected soon). External: signed 2014-03-03 (Commission press release).
    node = NODES["mp-tunisia"]
    assert node["start"] == "2014-03-03" and node["status"] == "concluded" and "FLAG" in node["note"]
    assert one_edge("TN", "mp-tunisia", "participates-in", "partner")["status"] == "concluded"
    assert not holds_on(node, datetime.date(2013, 12, 31))


def test_jordan_mp_not_concluded_in_the_period():
    # §1: "Drøftelserne om et mobilitetspartnerskab med Jordan blev indledt i december 2013"
    # — talks on a mobility partnership with Jordan opened in December 2013 (no MP yet); Annex I
    # prints "Drøftelser i gang". commission-pr-2014-10-09-jordan: Jordan, 2014-10-09, Luxembourg (signature).
    # Like Tunisia, the node starts at the external signature date, after the report's period,
    # and the partner edge keeps the Annex I status as printed.
    node = NODES["mp-jordan"]
    assert node["start"] == "2014-10-09" and node["confidence"] == "high" and node["citation"].startswith("commission-pr-2014-10-09-jordan")
    partner = edges(source="JO", target="mp-jordan", kind="participates-in", role="partner")
    assert len(partner) == 1 and partner[0]["status"] == "negotiations-ongoing"
    assert "Drøftelser i gang" in partner[0]["note"]


def test_georgia_mp_signatories_from_external_facts():
    # ip-09-1853 and georgia-mp-joint-declaration (sources.csv): Georgia, 2009-11-30, Brussels,
    # BE;BG;CZ;DK;DE;EE;EL;FR;IT;LV;LT;NL;PL;RO;SE;UK — Commission press release IP/09/1853 (high).
    sig = {e["source"] for e in edges(target="mp-georgia", kind="participates-in", role="signatory")}
    assert sig == {"BE", "BG", "CZ", "DK", "DE", "EE", "GR", "FR", "IT", "LV", "LT", "NL", "PL", "RO", "SE", "GB"}
    assert all(e["start"] == "2009-11-30" and e["confidence"] == "high" and e["citation"].startswith("ip-09-1853")
               for e in edges(target="mp-georgia", kind="participates-in", role="signatory"))


def test_azerbaijan_signatories_medium_high_mapped_to_medium():
    # commission-pr-2013-12-05-azerbaijan: Azerbaijan, 2013-12-05, Brussels, BG;CZ;FR;LT;NL;PL;SI;SK, "Commission press release of
    # 5 December 2013 (reproduced by eureporter.co)", medium-high -> medium with a note.
    sig = edges(target="mp-azerbaijan", kind="participates-in", role="signatory")
    assert {e["source"] for e in sig} == {"BG", "CZ", "FR", "LT", "NL", "PL", "SI", "SK"}
    assert all(e["confidence"] == "medium" and "medium-high" in e["note"] for e in sig)


def test_latvia_later_participant_in_moldova_mp_without_date():
    # mfa-md-mobility-partnership: Moldova, LV, "Moldovan Ministry of Foreign Affairs list ...; joining date not found", medium.
    e = one_edge("LV", "mp-moldova", "participates-in", "participant")
    assert e["start"] == "" and e["confidence"] == "medium"


def test_morocco_mp_addresses_all_four_priorities():
    # §2.3: "der dækker fire prioriterede områder af SSMM, nemlig lovlig migration, ulovlig migration,
    # international beskyttelse og migration og udvikling" — covers the four GAMM priority areas.
    prios = {e["target"] for e in edges(source="mp-morocco", kind="addresses")}
    assert prios == {"legal-migration-and-mobility", "irregular-migration-and-trafficking",
                     "international-protection-and-asylum", "migration-and-development"}
    assert {n["id"] for n in NODE_ROWS if n["kind"] == "thematic-priority"} == prios


def test_spring_funds_morocco_mp_6m():
    # §2.3: "Endvidere er der afsat 6 mio. EUR i SPRING-midler til støtte for mobilitetspartnerskabet"
    # — €6M of SPRING funds are earmarked for the mobility partnership.
    assert float(one_edge("spring", "mp-morocco", "funds")["amount_eur"]) == 6_000_000


# ======================================================================== visa, readmission, FRONTEX

def test_turkey_readmission_agreement_signed_16_december_2013():
    # §2.1: "blev tilbagetagelsesaftalen mellem EU og Tyrkiet undertegnet den 16. december 2013"
    # — the EU–Turkey readmission agreement was signed on 16 December 2013.
    ag = NODES["ra-eu-turkey"]
    assert (ag["kind"], ag["subtype"], ag["start"]) == ("agreement", "readmission", "2013-12-16")
    assert one_edge("TR", "ra-eu-turkey", "party-to")["start"] == "2013-12-16"


def test_ukraine_upgraded_vfa_in_force_1_july_2013():
    # §2.2: "En opgraderet aftale om visumlempelse med Ukraine trådte i kraft den 1. juli 2013."
    # — an upgraded visa-facilitation agreement with Ukraine entered into force on 1 July 2013.
    eif = NODES["event-2013-07-01-eif-vfa-eu-ukraine-2013"]
    assert eif["subtype"] == "entry-into-force" and eif["confidence"] == "seed"
    assert one_edge(eif["id"], "vfa-eu-ukraine-2013", "part-of")


def test_armenia_agreements_in_force_1_january_2014():
    # §2.2: "Aftalerne med Armenien trådte i kraft den 1. januar 2014" — the agreements with Armenia
    # (visa facilitation and readmission) entered into force on 1 January 2014.
    for ag in ("vfa-eu-armenia", "ra-eu-armenia"):
        assert NODES[f"event-2014-01-01-eif-{ag}"]["start"] == "2014-01-01"
        assert NODES[ag]["status"] == "in-force"


def test_cape_verde_agreements_signed_oct_2012_and_apr_2013():
    # §2.4: "har EU og Kap Verde undertegnet aftaler om visumlempelse (oktober 2012) og tilbagetagelse
    # (april 2013)" — VFA signed October 2012, RA April 2013.
    assert NODES["vfa-eu-cape-verde"]["start"] == "2012-10" and NODES["ra-eu-cape-verde"]["start"] == "2013-04"


def test_kosovo_visa_liberalisation_dialogue_19_january_2012():
    # §2.1: "blev der den 19. januar 2012 indledt en dialog om visumliberalisering med Kosovo"
    # — a visa-liberalisation dialogue with Kosovo was launched on 19 January 2012.
    d = NODES["vld-kosovo"]
    assert (d["subtype"], d["start"]) == ("visa-liberalisation", "2012-01-19")
    assert one_edge("XK", "vld-kosovo", "participates-in", "partner")


def test_algeria_refused_readmission_negotiations():
    # fn 11: "I 2012 og 2013 afviste Algeriet at indlede forhandlinger med EU om en tilbagetagelsesaftale."
    # — in 2012 and 2013 Algeria declined to open readmission negotiations with the EU.
    assert NODES["ra-eu-algeria"]["status"] == "refused"


def test_morocco_vfa_negotiating_directives_5_december_2013():
    # fn 12: "Forhandlingsdirektiverne blev vedtaget af Rådet den 5. december 2013."
    # — the Council adopted the negotiating directives on 5 December 2013.
    assert one_edge("council", "vfa-eu-morocco", "supports")["start"] == "2013-12-05"
    assert NODES["vfa-eu-morocco"]["status"] == "negotiating"


def test_frontex_working_arrangements_armenia_azerbaijan():
    # §2.2: "FRONTEX undertegnede arbejdsaftaler med de kompetente myndigheder i Armenien (22. februar 2012)
    # og Aserbajdsjan (16. april 2013)" — FRONTEX signed working arrangements with Armenia and Azerbaijan.
    assert one_edge("frontex", "AM", "working-arrangement")["start"] == "2012-02-22"
    assert one_edge("frontex", "AZ", "working-arrangement")["start"] == "2013-04-16"


def test_frontex_cape_verde_date_kept_but_flagged():
    # §2.4: "FRONTEX undertegnede en arbejdsaftale med Nigeria den 12. januar 2012 og med Kap Verde den
    # 14. januar 2012" — kept as printed, flagged: outside sources list Cape Verde as a partner before 2012.
    cv = one_edge("frontex", "CV", "working-arrangement")
    assert cv["start"] == "2012-01-14" and "FLAG" in cv["note"]
    assert one_edge("frontex", "NG", "working-arrangement")["start"] == "2012-01-12"


def test_frontex_mandate_without_arrangement():
    # §2.3: "FRONTEX har stadig forhandlingsmandat til at indgå arbejdsaftaler med Egypten, Libyen, Tunesien
    # og Marokko" — FRONTEX still has a mandate, but no arrangement, with Egypt, Libya, Tunisia and Morocco.
    mandate = {e["target"] for e in edges(source="frontex", kind="working-arrangement") if e["status"] == "mandate"}
    assert mandate == {"EG", "LY", "TN", "MA"}


def test_frontex_eastern_partnership_complete():
    # §2.2: "FRONTEX har nu arbejdsaftaler med alle de østlige partnerskabslande."
    # — FRONTEX now has working arrangements with all Eastern Partnership countries.
    eap = {e["source"] for e in edges(target="eastern-partnership", kind="in-region")}
    with_wa = {e["target"] for e in edges(source="frontex", kind="working-arrangement") if e["status"] != "mandate"}
    assert eap == {"AM", "AZ", "BY", "GE", "MD", "UA"} and eap <= with_wa


# ======================================================================== regional and global processes

def test_seven_regional_dialogues_part_of_gamm():
    # §3.8: "Det er lykkedes alle syv regionale dialoger at skabe en platform" — all seven regional dialogues.
    seven = {e["source"] for e in edges(target="gamm", kind="part-of") if NODES[e["source"]]["kind"] == "regional-process"}
    assert seven == {"prague-process", "budapest-process", "eap-panel", "africa-eu-mme", "rabat-process", "eu-celac", "acp-eu"}


def test_prague_process_has_19_eastern_partners():
    # §3.1: "... og 19 partnerlande i øst (Rusland, landene i det østlige partnerskab, landene i Centralasien,
    # landene på det vestlige Balkan, Tyrkiet)" — 19 partner countries in the east.
    partners = {e["source"] for e in edges(target="prague-process", kind="participates-in", role="participant")
                if NODES[e["source"]]["kind"] == "third-country" and e["source"] not in ("NO", "CH", "LI")}
    assert len(partners) == 19 and {"RU", "TR", "XK", "KZ"} <= partners


def test_budapest_process_launched_1991_turkey_chair():
    # §3.3: "Budapestprocessen blev indledt i 1991" — launched in 1991. budapest-process-site (budapestprocess.org):
    # Turkey chair since January 2006, ICMPD secretariat (high).
    assert NODES["budapest-process"]["start"] == "1991"
    chair = one_edge("TR", "budapest-process", "participates-in", "chair")
    assert chair["start"] == "2006-01" and chair["confidence"] == "high"
    assert one_edge("icmpd", "budapest-process", "participates-in", "secretariat")


def test_silk_routes_istanbul_ministerial_19_april_2013():
    # §3.3: "blev der oprettet et silkevejspartnerskab med henblik på migration på ministerkonferencen i
    # Istanbul den 19. april 2013" — Silk Routes Partnership set up at the Istanbul ministerial, 19 April 2013.
    ev = NODES["event-2013-04-19-istanbul-budapest-ministerial"]
    assert ev["city"] == "Istanbul" and ev["subtype"] == "ministerial"
    assert one_edge(ev["id"], "TR", "located-in") and one_edge(ev["id"], "budapest-process", "part-of")


def test_islamabad_working_group_28_31_october_2013():
    # §3.3: "Arbejdsgruppen om silkevejen, der blev afholdt i Islamabad i Pakistan den 28.-31. oktober 2013"
    # — the Silk Routes working group held in Islamabad, 28–31 October 2013 (end = last day, SCHEMA.md).
    ev = NODES["event-2013-10-28-islamabad-silk-routes-working-group"]
    assert (ev["start"], ev["end"]) == ("2013-10-28", "2013-10-31")


def test_mme_launched_lisbon_december_2007_libya_co_chair():
    # §3.4: "blev lanceret på det andet topmøde ... i Lissabon i december 2007"; "Libyen (Afrikas medformand
    # for partnerskabet ...)" — launched at Lisbon Dec 2007; Libya was Africa's co-chair.
    assert NODES["africa-eu-mme"]["start"] == "2007-12"
    assert NODES["event-2007-12-lisbon-africa-eu-summit"]["city"] == "Lisbon"
    assert one_edge("LY", "africa-eu-mme", "participates-in", "co-chair")


def test_rabat_process_launch_and_dakar_ministerial():
    # §3.5: "lanceret på den første euro-afrikanske ministerkonference ... i juli 2006 i Rabat";
    # "Den 23. november 2011 konsoliderede den tredje euro-afrikanske ministerkonference" (Dakar).
    assert NODES["rabat-process"]["start"] == "2006-07"
    assert one_edge("event-2006-07-rabat-rabat-ministerial", "MA", "located-in")
    assert one_edge("event-2011-11-23-dakar-rabat-ministerial", "SN", "located-in")


def test_rabat_membership_slovakia_absent_egypt_until_2014():
    # icmpd.org Rabat Process participants page (icmpd-rabat-participants, c. 2015, medium): Slovakia not listed;
    # Egypt and Libya members until the November 2014 ministerial.
    assert edges("SK", "rabat-process", "participates-in") == []
    eg = one_edge("EG", "rabat-process", "participates-in", "participant")
    assert eg["end"] == "2014-11" and eg["confidence"] == "medium"


def test_eap_panel_co_organisers():
    # iom-eap-panel / eap-panel-site (high): Tbilisi 3–4 May 2012 co-organised by Georgia and
    # Germany; Prague 13–14 Nov 2013 hosted by the Czech Republic with Azerbaijan. Seed §3.2: "fastsættelse af
    # flygtningestatus (Tbilisi maj 2012)" and "integration af migranter og flygtninge (Prag november 2013)".
    tb = "event-2012-05-tbilisi-eap-panel-refugee-status"
    pr = "event-2013-11-prague-eap-panel-integration"
    assert {e["source"] for e in edges(target=tb, role="co-organiser")} == {"GE", "DE"}
    assert one_edge("CZ", pr, "hosts") and NODES[pr]["city"] == "Prague"
    assert one_edge("european-commission", "eap-panel", "participates-in", "lead")


def test_un_hld_new_york_3_4_october_2013():
    # §4.1: "den anden dialog på højt plan om international migration og udvikling, som blev afholdt den
    # 3.-4. oktober 2013 under FN's Generalforsamling i New York" — second HLD, 3–4 October 2013, New York.
    ev = NODES["event-2013-10-03-new-york-un-hld"]
    assert (ev["start"], ev["end"], ev["city"]) == ("2013-10-03", "2013-10-04", "New York")
    assert one_edge(ev["id"], "US", "located-in")


def test_gfmd_port_louis_and_stockholm():
    # §4.2: "topmødet for Det Globale Forum for Migration og Udvikling i november 2012 (Port Louis)" and
    # "det kommende topmøde ... i Stockholm i maj 2014" — GFMD summits Port Louis Nov 2012, Stockholm May 2014.
    assert one_edge("event-2012-11-port-louis-gfmd-summit", "MU", "located-in")
    st = NODES["event-2014-05-stockholm-gfmd-summit"]
    assert st["status"] == "planned" and one_edge("SE", st["id"], "hosts")


# ======================================================================== bilateral meetings and projects

def test_moldova_mp_high_level_meetings():
    # §2.2: "den 22. november 2012, den 25. juni 2013, den 31. oktober 2013 og den 10. december 2013 (Moldova)"
    # — high-level meetings of the Moldova mobility partnership.
    dates = sorted(NODES[e["source"]]["start"] for e in edges(target="mp-moldova", kind="part-of")
                   if NODES[e["source"]]["kind"] == "event" and "high-level" in e["source"])
    assert dates == ["2012-11-22", "2013-06-25", "2013-10-31", "2013-12-10"]


def test_eu_russia_thematic_meetings_cities():
    # §2.6: "international beskyttelse (Moskva, december 2011), ulovlig migration (Budapest, marts 2012),
    # migration og udvikling (Sankt Petersborg, oktober 2012), lovlig migration (Bratislava, februar 2013) og
    # ulovlig migration Kaliningrad, juli 2013)" — five thematic meetings.
    evs = {NODES[e["source"]]["city"]: NODES[e["source"]]["start"]
           for e in edges(target="eu-russia-migration-dialogue", kind="part-of") if NODES[e["source"]]["kind"] == "event"}
    assert evs == {"Moscow": "2011-12", "Budapest": "2012-03", "St Petersburg": "2012-10",
                   "Bratislava": "2013-02", "Kaliningrad": "2013-07"}


def test_moldova_vlap_support_20m_2013():
    # §2.2: "I 2013 blev der godkendt et støtteprogram med et budget på 20 mio. EUR" for Moldova's VLAP
    # — a €20M support programme approved in 2013.
    p = NODES["md-vlap-support-programme"]
    assert float(p["amount_eur"]) == 20_000_000 and p["start"] == "2013"
    assert one_edge(p["id"], "MD", "located-in")


def test_ukraine_border_programme_66m_planned():
    # §2.2: "et fireårigt støtteprogram (66 mio. EUR) er under forberedelse" — a four-year €66M programme in preparation.
    p = NODES["ua-border-management-programme"]
    assert float(p["amount_eur"]) == 66_000_000 and p["status"] == "planned" and p["start"] == ""


def test_regional_protection_programmes_amounts_and_locations():
    # §2.3 RPP North Africa raised to "5,5 mio. EUR"; §2.4 "5 mio. EUR for Afrikas Horn (Kenya og Djibouti)";
    # §5.1.2 "Mellemøsten (Jordan, Irak og Libanon) (16 mio. EUR)".
    expect = {"rpp-north-africa": (5_500_000, {"LY", "TN", "EG"}), "rpp-horn-of-africa": (5_000_000, {"KE", "DJ"}),
              "rpp-middle-east": (16_000_000, {"JO", "IQ", "LB"})}
    for pid, (amount, where) in expect.items():
        assert float(NODES[pid]["amount_eur"]) == amount
        assert {e["target"] for e in edges(source=pid, kind="located-in")} == where


def test_iom_health_grant_commission_share():
    # fn 21: "Kommissionen medfinansierer 60 % (1,5 mio. EUR)." — the Commission co-finances 60 % (€1.5M).
    assert float(one_edge("european-commission", "iom-migrant-health-grant", "funds")["amount_eur"]) == 1_500_000
    assert one_edge("iom", "iom-migrant-health-grant", "implements")


def test_ecowas_initiative_24m_2013():
    # §2.4: "blev der i 2013 iværksat et initiativ med et budget på 24 mio. EUR til at støtte ... ECOWAS"
    # — a €24M initiative launched in 2013 supporting ECOWAS free movement.
    p = NODES["ecowas-free-movement-support"]
    assert float(p["amount_eur"]) == 24_000_000 and p["start"] == "2013"
    assert one_edge(p["id"], "ecowas", "supports")


def test_seahorse_led_by_guardia_civil_from_september_2013():
    # §2.3: "I september 2013 startede gennemførelsen af projektet vedrørende 'Seashorse-Middelhavsnetværket',
    # som ledes af Spaniens Guardia Civil ... Projektet omfatter Algeriet, Egypten, Libyen og Tunesien."
    assert NODES["seahorse-mediterranean"]["start"] == "2013-09"
    assert one_edge("guardia-civil", "seahorse-mediterranean", "participates-in", "lead")
    assert {e["source"] for e in edges(target="seahorse-mediterranean", role="participant")} == {"DZ", "EG", "LY", "TN"}


def test_budapest_process_support_project_2_6m_cofunded_by_turkey():
    # §3.3: "Kommissionen finansierer et projekt til 2,6 mio. EUR til støtte for dialogen med yderligere
    # medfinansiering fra en række medlemsstater og Tyrkiet" — €2.6M, co-funded by member states and Turkey.
    assert float(one_edge("european-commission", "budapest-process-support", "funds")["amount_eur"]) == 2_600_000
    assert one_edge("TR", "budapest-process-support", "funds")["confidence"] == "seed"


def test_eubam_libya_council_decision_22_may_2013():
    # §2.3: "Efter Rådets afgørelse af 22. maj 2013 om oprettelse af en FSFP-mission ... EUBAM-missionen i Libyen"
    # — the CSDP mission EUBAM Libya follows the Council decision of 22 May 2013.
    n = NODES["eubam-libya"]
    assert (n["subtype"], n["start"]) == ("csdp-mission", "2013-05-22")
    assert one_edge("eubam-libya", "LY", "located-in")


# ======================================================================== second pass: corrected rows
# Each check quotes the passage its row now cites; when the seed text is on this machine
# (/work/shared/seeds), the quotation is also looked up in it and in the cited section.

SEED = Path("/work/shared/seeds/000_bd3bef374b2c79d0.txt")


def seed_says(quote, section=None):
    """Asserts that the Danish seed prints `quote` (whitespace-insensitive), within `section` when given
    (the text from that section's heading to the next heading). Skipped where the seed is absent."""
    if not SEED.exists():
        return
    text = re.sub(r"\s+", " ", SEED.read_text(encoding="utf-8"))
    if section is not None:
        start = text.index(section)
        following = re.search(r" \d\.(\d\.)*\d? [A-ZÆØÅ]| BILAG I", text[start + len(section):])
        text = text[start:start + len(section) + (following.start() if following else len(text))]
    assert re.sub(r"\s+", " ", quote) in text, quote


def cites(row, pinpoint):
    """Whether the row's citation names the seed with exactly this pinpoint."""
    return f"com-2014-96 {pinpoint}" in row["citation"].split("; ")


def test_prospective_mobility_partnerships_are_gamm_frameworks_through_annex_i():
    # §1 names only the concluded partnerships and the talks with Tunisia and Jordan; the other seven
    # appear in Annex I ("Overvejes, når omstændighederne tillader det" / "Overvejes for 2014").
    # §1: "De væsentligste rammer til fremme af den politiske dialog og det operationelle samarbejde med
    # partnerlande er mobilitetspartnerskaber og fælles dagsordener for migration og mobilitet."
    seed_says("De væsentligste rammer til fremme af den politiske dialog og det operationelle samarbejde "
              "med partnerlande er mobilitetspartnerskaber og fælles dagsordener for migration og mobilitet.")
    for mp in ["belarus", "algeria", "egypt", "libya", "lebanon", "syria", "ukraine"]:
        assert cites(one_edge(f"mp-{mp}", "gamm", "part-of"), "Annex I, §1"), mp
    seed_says("Hviderusland   X", "BILAG I")
    # §1: "Indtil videre er der indgået mobilitetspartnerskaber med seks lande: Moldova (2008), Kap Verde (2008),
    # Georgien (2009), Armenien (2011), Marokko (2013) og Aserbajdsjan (2013)."
    seed_says("Indtil videre er der indgået mobilitetspartnerskaber med seks lande: Moldova (2008), Kap Verde (2008), "
              "Georgien (2009), Armenien (2011), Marokko (2013) og Aserbajdsjan (2013).")
    for mp in ["moldova", "cape-verde", "georgia", "armenia", "morocco", "azerbaijan", "tunisia", "jordan"]:
        assert cites(one_edge(f"mp-{mp}", "gamm", "part-of"), "§1"), mp


def test_every_part_of_gamm_edge_cites_a_subsection_not_a_whole_chapter():
    # A whole chapter ("§2", "§3", "§4") names no dialogue in particular; the subsection does (§1, the
    # introduction, has none), e.g.
    # §2.3: "Der er iværksat strukturerede dialoger om migration, mobilitet og sikkerhed med Tunesien,
    # Marokko (oktober 2011) og Jordan (december 2012)."
    seed_says("Der er iværksat strukturerede dialoger om migration, mobilitet og sikkerhed med Tunesien, "
              "Marokko (oktober 2011) og Jordan (december 2012).", "2.3. Landene i det sydlige")
    for e in edges(target="gamm", kind="part-of"):
        for sid, pinpoint in [(r.partition(" ")[0], r.partition(" ")[2]) for r in e["citation"].split("; ")]:
            assert sid == "com-2014-96" and not re.fullmatch(r"§[2-5]", pinpoint.split(",")[0]), e["id"]  # §1 has no subsections
    assert cites(one_edge("sd-morocco", "gamm", "part-of"), "§2.3")
    assert cites(one_edge("vld-kosovo", "gamm", "part-of"), "§2.1")
    # §4.2 heading "Det Globale Forum for Migration og Udvikling"; §4.1 "Dialogen på højt plan om international
    # migration og mobilitet".
    seed_says("4.2. Det Globale Forum for Migration og Udvikling")
    assert cites(one_edge("gfmd", "gamm", "part-of"), "§4.2")
    assert cites(one_edge("un-hld", "gamm", "part-of"), "§4.1")
    # §3.8: "Det er lykkedes alle syv regionale dialoger".
    seed_says("Det er lykkedes alle syv regionale dialoger")
    assert cites(one_edge("rabat-process", "gamm", "part-of"), "§3.5, §3.8")


def test_supports_edges_cite_the_footnote_naming_the_document():
    # §2.3: "Det Europæiske Råd opfordrede for nylig til et øget engagement med tredjelande ...9" with fn 9
    # "Det Europæiske Råds dokument 217/13"; "udtrykte Rådet tilfredshed med Kommissionens meddelelse om
    # arbejdet i taskforcen vedrørende Middelhavet af 4. december 201310" with fn 10 "COM(2013) 869".
    seed_says("9 Det Europæiske Råds dokument 217/13. 10 COM(2013) 869.")
    assert one_edge("european-council", "euco-217-13", "supports")["citation"] == "com-2014-96 §2.3, fn 9"
    assert one_edge("council", "com-2013-869", "supports")["citation"] == "com-2014-96 §2.3, fn 10"
    # fn 12: "Forhandlingsdirektiverne blev vedtaget af Rådet den 5. december 2013."
    seed_says("12 Forhandlingsdirektiverne blev vedtaget af Rådet den 5. december 2013.")
    assert one_edge("council", "vfa-eu-morocco", "supports")["citation"] == "com-2014-96 §2.3, fn 12"


def test_eurostat_is_the_resettlement_figures_source_not_a_supporter():
    # fn 20: "... Sverige og Det Forenede Kongerige (kilde: Eurostat)." — Eurostat is where the figures
    # come from; the report does not say it supported the resettlement.
    seed_says("Sverige og Det Forenede Kongerige (kilde: Eurostat)")
    assert edges("eurostat", "eu-resettlement-2012", "supports") == []
    assert "kilde: Eurostat" in NODES["eu-resettlement-2012"]["note"]


def test_the_eu_not_the_commission_is_party_to_the_iom_strategic_partnership():
    # §4: "EU er også stærkt engageret sammen med UNHCR ... og har styrket samarbejdet med IOM gennem et
    # strategisk partnerskab i 2012." — the EU, not the Commission.
    seed_says("og har styrket samarbejdet med IOM gennem et strategisk partnerskab i 2012", "4. GLOBALE PROCESSER")
    assert edges("european-commission", kind="party-to") == []
    e = one_edge("european-union", "eu-iom-strategic-partnership", "party-to")
    assert e["citation"] == "com-2014-96 §4" and e["start"] == "2012"


def test_iom_appointed_the_expert_who_evaluated_the_moldova_partnership():
    # §2.2: "Mobilitetspartnerskabet med Moldova blev underlagt en vidtgående evaluering foretaget af en
    # ekspert udpeget af IOM. Den endelige rapport af 1. oktober 2012 viste, ..." — an expert appointed by
    # IOM carried out the evaluation; its final report is dated 1 October 2012.
    seed_says("Mobilitetspartnerskabet med Moldova blev underlagt en vidtgående evaluering foretaget af en "
              "ekspert udpeget af IOM. Den endelige rapport af 1. oktober 2012", "2.2. Landene i det østlige")
    assert edges("iom", "md-mp-evaluation", "implements") == []
    assert one_edge("iom", "md-mp-evaluation", "supports")["citation"] == "com-2014-96 §2.2"
    report = NODES["event-2012-10-01-md-mp-evaluation-final-report"]
    assert (report["start"], report["end"], report["citation"]) == ("2012-10-01", "2012-10-01", "com-2014-96 §2.2")
    assert one_edge("event-2012-10-01-md-mp-evaluation-final-report", "md-mp-evaluation", "part-of")


def test_belarus_invitation_2011_accepted_november_2013():
    # §2.2: "I november 2013 meddelte Hviderusland imidlertid, at landet ville acceptere EU's invitation fra
    # 2011 om at indlede forhandlinger om visumlempelses- og tilbagetagelsesaftaler."
    seed_says("I november 2013 meddelte Hviderusland imidlertid, at landet ville acceptere EU's invitation fra "
              "2011 om at indlede forhandlinger om visumlempelses- og tilbagetagelsesaftaler.")
    invitation = NODES["event-2011-eu-invitation-belarus-vfa-ra"]
    acceptance = NODES["event-2013-11-belarus-accepts-vfa-ra-invitation"]
    assert (invitation["start"], invitation["end"]) == ("2011", "2011")
    assert (acceptance["start"], acceptance["end"]) == ("2013-11", "2013-11")
    for agreement in ["vfa-eu-belarus", "ra-eu-belarus"]:
        assert one_edge(invitation["id"], agreement, "part-of") and one_edge(acceptance["id"], agreement, "part-of")
    assert one_edge("european-union", invitation["id"], "participates-in")["start"] == "2011"
    assert one_edge("BY", acceptance["id"], "participates-in")["start"] == "2013-11"


def test_eastern_partnership_framework_summits_declarations_and_panel():
    # §3.2: "Det østlige partnerskab danner ramme om samarbejdet mellem EU og Armenien, Aserbajdsjan,
    # Hviderusland, Georgien, Moldova og Ukraine. Der blev vedtaget fælles erklæringer på topmøderne for det
    # østlige partnerskab i Prag (2009), Warszawa (2011) og Vilnius (2013). Dialogen om migration og
    # mobilitet finder sted inden for rammerne af panelet om migration og asyl"
    seed_says("Det østlige partnerskab danner ramme om samarbejdet mellem EU og Armenien, Aserbajdsjan, "
              "Hviderusland, Georgien, Moldova og Ukraine. Der blev vedtaget fælles erklæringer på topmøderne for "
              "det østlige partnerskab i Prag (2009), Warszawa (2011) og Vilnius (2013).", "3.2. Det østlige")
    eap = NODES["eastern-partnership-framework"]
    assert eap["kind"] == "instrument" and eap["citation"] == "com-2014-96 §3.2"
    assert (eap["start"], eap["status"]) == ("", "ongoing")  # present tense, undated: holds on every date
    partners = {e["source"] for e in edges(target=eap["id"], kind="participates-in", role="partner")}
    assert partners == {"AM", "AZ", "BY", "GE", "MD", "UA", "european-union"}
    assert one_edge("eap-panel", eap["id"], "part-of")
    summits = {"event-2009-prague-eap-summit": "eap-prague-declaration-2009",
               "event-2011-warsaw-eap-summit": "eap-warsaw-declaration-2011",
               "event-2013-11-28-vilnius-eap-summit": "eap-vilnius-declaration-2013"}
    for summit, declaration in summits.items():
        assert one_edge(summit, eap["id"], "part-of")
        assert one_edge(declaration, summit, "part-of")
        assert NODES[declaration]["start"][:4] == NODES[summit]["start"][:4]
    # "... topmødet for det østlige partnerskab den 28.-29. november 2013 i Vilnius, hvorfra erklæringen
    # understregede betydningen af mobilitet og henviste til panelet om migration og asyl."
    seed_says("hvorfra erklæringen understregede betydningen af mobilitet og henviste til panelet om migration og asyl")
    assert one_edge("eap-vilnius-declaration-2013", "eap-panel", "supports")["citation"] == "com-2014-96 §3.2"


def test_outside_facts_cite_their_source_rows():
    # The signatories of the Georgia partnership: IP/09/1853 and the joint declaration, both rows of
    # sources.csv (no file of outside notes).
    with open(DATA / "sources.csv", newline="", encoding="utf-8") as f:
        sources = {r["id"]: r for r in csv.DictReader(f)}
    e = one_edge("DE", "mp-georgia", "participates-in", "signatory")
    assert e["citation"] == "ip-09-1853; georgia-mp-joint-declaration"
    assert sources["ip-09-1853"]["document_number"] == "IP/09/1853"
    assert sources["com-2014-96"]["locator"] == "CELEX 52014DC0096"


def test_unrecorded_declarations_cite_the_subsection_of_their_subject():
    # The headings: "3.6. Struktureret og bred dialog om migration mellem EU og CELAC", "3.7. Migrationsdialog
    # mellem AVS og EU", "4.1. Dialogen på højt plan om international migration og mobilitet", "4.2. Det
    # Globale Forum for Migration og Udvikling"; fn 20 lists the member states that resettled in 2012.
    seed_says("3.6. Struktureret og bred dialog om migration mellem EU og CELAC")
    seed_says("3.7. Migrationsdialog mellem AVS og EU")
    with open(DATA / "unrecorded.csv", newline="", encoding="utf-8") as f:
        cited = {(r["subject"], r["aspect"]): r["citation"] for r in csv.DictReader(f)}
    assert cited[("eu-celac", "membership")] == "com-2014-96 §3.6"
    assert cited[("acp-eu", "membership")] == "com-2014-96 §3.7"
    assert cited[("gfmd", "membership")] == "com-2014-96 §4.2"
    assert cited[("un-hld", "membership")] == "com-2014-96 §4.1"
    assert cited[("eu-resettlement-2012", "membership")] == "com-2014-96 §5.1.3, fn 20"
    # "der blev undertegnet et nyt mobilitetspartnerskab med Aserbajdsjan den 5. december 2013" (§2.2);
    # "Gennemførelsen af mobilitetspartnerskabet med Kap Verde er forløbet tilfredsstillende" (§2.4).
    seed_says("der blev undertegnet et nyt mobilitetspartnerskab med Aserbajdsjan den 5. december 2013",
              "2.2. Landene i det østlige")
    seed_says("Gennemførelsen af mobilitetspartnerskabet med Kap Verde er forløbet tilfredsstillende",
              "2.4. Lande i Afrika syd for Sahara")
    assert cited[("mp-azerbaijan", "themes")] == "com-2014-96 §2.2"
    assert cited[("mp-cape-verde", "themes")] == "com-2014-96 §2.4"
