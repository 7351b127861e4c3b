"""Spot checks and integrity checks for Datasets/circular-migration-2007.

The spot checks compare rows with facts printed in the seed, COM(2007) 248
final (/work/shared/seeds/003_950ac0a8a60c0814.txt); each quotes the seed
sentence it encodes. The integrity checks enforce Datasets/SCHEMA.md and the
vocabulary. Run: python3 -m pytest -q Tests/datasets/test_circular_migration_spot_checks.py
"""

import calendar
import csv
import datetime
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DATASET = REPO / "Datasets" / "circular-migration-2007"
DEFAULT_VOCABULARY = REPO / "Sources" / "DialogueGraph" / "Resources" / "vocabulary.json"
PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
PLAIN_DECIMAL = re.compile(r"^\d+(\.\d+)?$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ISO_ALPHA2 = re.compile(r"^[A-Z]{2}$")


def read_rows(name):
    with open(DATASET / name, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


NODES = read_rows("nodes.csv")
EDGES = read_rows("edges.csv")
NODE_BY_ID = {n["id"]: n for n in NODES}
VOCABULARY = json.loads(
    ((DATASET / "vocabulary.json") if (DATASET / "vocabulary.json").exists() else DEFAULT_VOCABULARY).read_text()
)


def edges(kind, source=None, target=None):
    return [e for e in EDGES if e["kind"] == kind
            and (source is None or e["source"] == source)
            and (target is None or e["target"] == target)]


def first_day(value):
    """A partial start date read as the first day of the period it names."""
    year, month, day = PARTIAL_DATE.match(value).groups()
    return datetime.date(int(year), int(month or 1), int(day or 1))


def day_after(value):
    """A partial end date read as the day after the last day of the period it names."""
    year, month, day = PARTIAL_DATE.match(value).groups()
    y, m = int(year), int(month or 12)
    last = int(day) if day else calendar.monthrange(y, m)[1]
    return datetime.date(y, m, last) + datetime.timedelta(days=1)


# --------------------------------------------------------------------------------------------
# Spot checks: one Annex II project per row. Columns: node id, total budget, EC contribution
# (funds edge), programme, responsible DG (participates-in, role lead), implementer, start, end,
# locations (exact set of located-in targets).
# --------------------------------------------------------------------------------------------
PROJECT_FACTS = [
    # "Promoting regular migration in the Western Balkans ... (2003/HLWG/051) / Location Western Balkans /
    #  Implementation period December 2004 – June 2006 / Implementing Partner Organisation for Migration (IOM) /
    #  Budget/EC contribution € 815.119,64,EU grant: € 652.095,71 / Funding Programme B7-667 / Responsible DG JLS"
    #  "... in the 6 MSCs (Tirana, Skopje, Prishtina, Belgrade, Zagreb and Sarajevo)."
    ("proj-2003-hlwg-051-western-balkans-msc", "815119.64", "652095.71", "b7-667", "dg-jls", "iom",
     "2004-12", "2006-06", {"western-balkans", "AL", "MK", "XK", "RS", "HR", "BA"}),
    # "Programme de gestion intégral de l'immigration saisonnière (2005/103564) / Location Morocco – Spain /
    #  January 2006 – June 2008 / Municipality of Cartaya / € 1.495.000 / €1.196.000 / AENEAS 2004 / EuropeAid"
    ("proj-2005-103564-cartaya-seasonal-migration", "1495000", "1196000", "aeneas", "dg-aidco",
     "municipality-of-cartaya", "2006-01", "2008-06", {"MA", "ES"}),
    # "An integrated approach to promoting legal migration through national capacity building (2005/103475) /
    #  Location South Caucasus / January 2006 – December 2007 / IOM - International Organization for Migration /
    #  € 971.747,- / € 777.397,- / AENEAS 2004 / EuropeAid"
    ("proj-2005-103475-south-caucasus", "971747", "777397", "aeneas", "dg-aidco", "iom",
     "2006-01", "2007-12", {"south-caucasus", "AM", "AZ", "GE"}),
    # "MESURE - Migrations en Sécurité (2006/120-093) / Location Tunisia - Italia / December 2006 – May 2009 /
    #  Associazione per la Cooperazione Transregionale Locale ed Europea / € 1.718.465,95 / €1.374.772,76 /
    #  AENEAS 2005 / EuropeAid"
    ("proj-2006-120-093-mesure", "1718465.95", "1374772.76", "aeneas", "dg-aidco", "acotle",
     "2006-12", "2009-05", {"TN", "IT"}),
    # "Sharing learning for a better migration life (2006/120-199) / Location Egypt - Morocco - Italy /
    #  December 2006 – May 2008 / Direzione Generale dell'Immigrazione - Ministero del Lavoro e delle Politiche
    #  Sociali – Repubblica Italiana / € 649.166,50 / € 519.333,20 / AENEAS 2005 / EuropeAid"
    ("proj-2006-120-199-sharing-learning", "649166.50", "519333.20", "aeneas", "dg-aidco",
     "it-ministry-labour-dg-immigration", "2006-12", "2008-05", {"EG", "MA", "IT"}),
    # "Temporary and circular labour migration (TCLM) between Colombia and Spain ... (2006/120-237) /
    #  Location Spain and Colombia / January 2007 – December 2008 / IOM – International Organization for
    #  Migration / € 625.046,85 / € 500.037,48 / AENEAS 2005 / EuropeAid"
    ("proj-2006-120-237-tclm-colombia-spain", "625046.85", "500037.48", "aeneas", "dg-aidco", "iom",
     "2007-01", "2008-12", {"ES", "CO"}),
    # "Lutte contre l'immigration illégale et la traite des êtres humains ... (2006/120-280) / Location Morocco,
    #  Italy, Spain / March 2007 – February 2010 / Movimento Laici America Latina Onlus /
    #  € 1.081.779,95 / € 865.423,96 / AENEAS 2005 / EuropeAid"
    ("proj-2006-120-280-mlal-morocco-irregular-migration", "1081779.95", "865423.96", "aeneas", "dg-aidco",
     "movimento-laici-america-latina", "2007-03", "2010-02", {"MA", "IT", "ES"}),
    # "Support to the movement of people (MED/2003/5725) / Location Morocco / January 2005 – December 2008 /
    #  Agence Nationale pour l'Emploi / € 7.736.000 / € 5.000.000,- / MEDA / Responsible DG Del Morocco"
    ("proj-med-2003-5725-anapec", "7736000", "5000000", "meda", "ec-delegation-morocco", "anapec",
     "2005-01", "2008-12", {"MA"}),
    # "Capacity building of Migration management: Ukraine (2004/096-462 ) / Location Ukraine / March 2005 –
    #  December 2007 / IOM – International Organisation for Migration / € 4.204.672,-/ €3.781.505,- / TACIS /
    #  Responsible DG/Del DEL Ukraine"
    ("proj-2004-096-462-ukraine", "4204672", "3781505", "tacis", "ec-delegation-ukraine", "iom",
     "2005-03", "2007-12", {"UA"}),
    # "Management of labour migration as an instrument for development (2002/HLWG/41) / Location Africa /
    #  March 2004 – February 2006 / ILO - International Labour Organization / € 1.957.011,16 / € 1.442.407,16 /
    #  HLWG – B7-667 / Responsible DG DG JLS"
    ("proj-2002-hlwg-41-ilo-africa", "1957011.16", "1442407.16", "b7-667", "dg-jls", "ilo",
     "2004-03", "2006-02", {"africa"}),
    # "Asian Programme of the Governance of Labour Migration (2005/103503) / Location Countries of the Mekong
    #  region China Korea Japan and South Asia countries / January 2006 – December 2008 / ILO / Partners UNIFEM /
    #  € 2.447.840 / € 1.955.335 / AENEAS 2004 / EuropeAid"
    ("proj-2005-103503-ilo-asia", "2447840", "1955335", "aeneas", "dg-aidco", "ilo",
     "2006-01", "2008-12", {"mekong-region", "south-asia", "CN", "KR", "JP"}),
    # "Towards sustainable partnerships for the effective governance of labour migration in the Russian
    #  Federation, the Caucasus and Central Asia (2006/120-072) / Location Russian Federation, Armenia, Kazakhstan,
    #  Kyrgyzstan, Tajikistan / December 2006 – December 2009 / ILO / € 2.433.508 / € 1.945.105 / AENEAS 2005"
    ("proj-2006-120-072-ilo-russia-caucasus-central-asia", "2433508", "1945105", "aeneas", "dg-aidco", "ilo",
     "2006-12", "2009-12", {"RU", "AM", "KZ", "KG", "TJ"}),
    # "Programme to support entrepreneurs of Moroccan origin in Europe ... (2001/HLWG/119) / Location Morocco /
    #  December 2001- January 2004 / Stichting Intent / € 553.073,00 / € 448.291 / B7-667 - HLWG / JLS"
    #  "... co-operation with Moroccan organisations in the Netherlands and Belgium."
    ("proj-2001-hlwg-119-moroccan-entrepreneurs", "553073.00", "448291", "b7-667", "dg-jls", "stichting-intent",
     "2001-12", "2004-01", {"MA", "NL", "BE"}),
    # "The Moroccan migrant in Italy as development and innovation agent ... (2002/HLWG/023) / Location Morocco"
    #  and the displaced block: "May 2003 – April 2005 / Cooperazione Internazionale (COOPI), /
    #  € 1.084.906,17 / € 867.924,94 / B7-667 / JLS" ("training activities were set up in Italy ...")
    ("proj-2002-hlwg-023-coopi-moroccan-migrant-italy", "1084906.17", "867924.94", "b7-667", "dg-jls", "coopi",
     "2003-05", "2005-04", {"MA", "IT"}),
    # "Co-development Program in Morocco (2001/HLWG/117) / Location Morocco / May 2003 - May 2007 /
    #  Agence Française de Développement (AFD), / € 3.810.000 / € 1.500.000 / B7-667 - HLWG / JLS"
    ("proj-2001-hlwg-117-co-development-morocco", "3810000", "1500000", "b7-667", "dg-jls", "afd",
     "2003-05", "2007-05", {"MA"}),
]


@pytest.mark.parametrize(
    "pid,total,ec,programme,dg,implementer,start,end,locations", PROJECT_FACTS, ids=[f[0] for f in PROJECT_FACTS]
)
def test_annex_ii_project(pid, total, ec, programme, dg, implementer, start, end, locations):
    project = NODE_BY_ID[pid]
    assert project["kind"] == "project"
    assert Decimal(project["amount_eur"]) == Decimal(total)
    assert (project["start"], project["end"]) == (start, end)
    funds = edges("funds", target=pid)
    assert [(f["source"], Decimal(f["amount_eur"])) for f in funds] == [(programme, Decimal(ec))]
    leads = edges("participates-in", target=pid)
    assert [(e["source"], e["role"]) for e in leads if e["role"] == "lead"] == [(dg, "lead")]
    assert [e["source"] for e in edges("implements", target=pid)] == [implementer]
    assert {e["target"] for e in edges("located-in", source=pid)} == locations


def test_annex_ii_has_sixteen_projects():
    # The seed's Annex II: "Examples of EC-funded projects to facilitate the management of
    # legal migration flows in third countries and circular migration" — sixteen "Project Name" blocks.
    assert len([n for n in NODES if n["kind"] == "project"]) == 16


def test_mali_centre_is_planned_and_undetermined():
    # "Project Name Migration information and management centre / Location Mali / Implementation period To be
    #  determined / Implementing Partner To be determined / Budget/EC contribution To be determined /
    #  Funding Programme EDF / Responsible DG Del Mali" ... "The proposed project is directly aimed at ..."
    pid = "proj-mali-migration-information-centre"
    mali = NODE_BY_ID[pid]
    assert (mali["status"], mali["start"], mali["end"], mali["amount_eur"]) == ("planned", "", "", "")
    assert [(f["source"], f["amount_eur"]) for f in edges("funds", target=pid)] == [("edf", "")]
    assert [e["source"] for e in edges("participates-in", target=pid)] == ["ec-delegation-mali"]
    assert edges("implements", target=pid) == []
    assert {e["target"] for e in edges("located-in", source=pid)} == {"ML"}


def test_unifem_is_partner_not_implementer_of_asian_programme():
    # "Implementing Partner ILO / Partners UNIFEM" ... "The project will be executed by the ILO in
    #  collaboration with the United Nations Development Fund for Women (UNIFEM)."
    pid = "proj-2005-103503-ilo-asia"
    assert [(e["source"], e["role"]) for e in edges("participates-in", target=pid) if e["role"] != "lead"] == [
        ("unifem", "participant")
    ]


def test_mali_declaration_parties():
    # "the joint Mali- ECOWAS- EC-France- Spain Declaration of February 2007, in the wake of the Tripoli
    #  EU-Africa Ministerial Conference on migration and development"
    declaration = "decl-2007-02-mali-ecowas-ec-france-spain"
    assert NODE_BY_ID[declaration]["start"] == "2007-02"
    assert {e["source"] for e in edges("party-to", target=declaration)} == {
        "ML", "ecowas", "european-commission", "FR", "ES"
    }


def test_annex_i_visa_regulations_dates():
    # "Council Regulation n° 539/2001 of 15 March 2001 listing the third countries whose nationals must be in
    #  possession of visas" and "Council Regulation n° 1683/95 of 29 May 1995 laid down a uniform format"
    assert NODE_BY_ID["reg-539-2001-visa-lists"]["start"] == "2001-03-15"
    assert NODE_BY_ID["reg-1683-95-uniform-visa-format"]["start"] == "1995-05-29"
    assert NODE_BY_ID["reg-539-2001-visa-lists"]["subtype"] == "regulation"


def test_eu_turkey_association_agreement_parties():
    # "the EU-Turkey Association Agreement ... gives Turkish nationals free access to the labour market in the
    #  host Member State after four years of legal employment"
    agreement = "eu-turkey-association-agreement"
    assert NODE_BY_ID[agreement]["subtype"] == "association-agreement"
    assert {e["source"] for e in edges("party-to", target=agreement)} == {"TR", "european-community"}


def test_mobility_partnership_is_a_prospective_concept_without_partners():
    # "sådana program – som enligt kommissionens mening bör kallas ”partnerskap för rörlighet” – skulle kunna
    #  utformas och ... förhandlas fram av EG med tredjeländer" (no country is named).
    mp = NODE_BY_ID["mobility-partnerships-2007-proposal"]
    assert (mp["kind"], mp["status"], mp["start"]) == ("mobility-partnership", "proposed", "")
    country_kinds = {k["id"] for k in VOCABULARY["nodeKinds"] if k["country"]}
    linked = [e["source"] for e in EDGES if e["target"] == mp["id"]] + [e["target"] for e in EDGES if e["source"] == mp["id"]]
    assert not [i for i in linked if NODE_BY_ID[i]["kind"] in country_kinds]


def test_planned_legal_migration_directives():
    # "in September 2007 the Commission will present a proposal for a directive on the conditions of entry and
    #  residence for highly skilled workers ... seasonal workers and remunerated trainees (both in autumn 2008),
    #  and intra-corporate transferees (2009)"
    for pid in ["proposal-highly-skilled-directive", "proposal-seasonal-workers-directive",
                "proposal-remunerated-trainees-directive", "proposal-intra-corporate-transferees-directive"]:
        assert (NODE_BY_ID[pid]["status"], NODE_BY_ID[pid]["start"]) == ("planned", "")


# --------------------------------------------------------------------------------------------
# Integrity checks (SCHEMA.md, vocabulary.json)
# --------------------------------------------------------------------------------------------
def test_files_are_utf8_with_lf_line_endings():
    for name in ["nodes.csv", "edges.csv"]:
        raw = (DATASET / name).read_bytes()
        raw.decode("utf-8")
        assert b"\r" not in raw, name


def test_node_ids_unique_and_well_formed():
    ids = [n["id"] for n in NODES]
    assert len(ids) == len(set(ids))
    country_kinds = {k["id"] for k in VOCABULARY["nodeKinds"] if k["country"]}
    for n in NODES:
        pattern = ISO_ALPHA2 if n["kind"] in country_kinds else SLUG
        assert pattern.match(n["id"]), n["id"]


def test_edge_ids_unique_and_endpoints_exist():
    ids = [e["id"] for e in EDGES if e["id"]]
    assert len(ids) == len(set(ids))
    for e in EDGES:
        assert e["source"] in NODE_BY_ID, e["id"]
        assert e["target"] in NODE_BY_ID, e["id"]


def test_citations_and_confidence():
    for row in NODES + EDGES:
        assert row["citation"].strip(), row["id"]
        assert row["confidence"] in VOCABULARY["confidences"], row["id"]
        if row["confidence"] != "seed":
            ids = [ref.split(" ")[0] for ref in row["citation"].split("; ")]
            assert any(i not in ("com-2007-248", "com-2014-96") for i in ids), f"{row['id']}: non-seed confidence needs a public source"


def test_dates_are_valid_and_end_not_before_start():
    for row in NODES + EDGES:
        for column in ["start", "end"]:
            if row[column]:
                assert PARTIAL_DATE.match(row[column]), (row["id"], column, row[column])
                first_day(row[column])  # raises on impossible dates such as 2013-02-30
                day_after(row[column])
        if row["start"] and row["end"]:
            assert day_after(row["end"]) > first_day(row["start"]), row["id"]


def test_amounts_are_plain_non_negative_decimals():
    for row in NODES + EDGES:
        if row["amount_eur"]:
            assert PLAIN_DECIMAL.match(row["amount_eur"]), (row["id"], row["amount_eur"])


def test_ec_contribution_never_exceeds_total_budget():
    for f in edges("funds"):
        project = NODE_BY_ID[f["target"]]
        if f["amount_eur"] and project["amount_eur"]:
            assert Decimal(f["amount_eur"]) <= Decimal(project["amount_eur"]), f["id"]


def test_kinds_roles_statuses_subtypes_in_vocabulary():
    node_kinds = {k["id"] for k in VOCABULARY["nodeKinds"]}
    edge_kinds = {k["id"] for k in VOCABULARY["edgeKinds"]}
    roles = {r["id"] for r in VOCABULARY["roles"]}
    statuses = {s["id"] for s in VOCABULARY["statuses"]}
    subtypes = {(s["kind"], s["id"]) for s in VOCABULARY["subtypes"]}
    for n in NODES:
        assert n["kind"] in node_kinds, n["id"]
        assert not n["subtype"] or (n["kind"], n["subtype"]) in subtypes, n["id"]
        assert not n["status"] or n["status"] in statuses, n["id"]
    for e in EDGES:
        assert e["kind"] in edge_kinds, e["id"]
        assert not e["role"] or (e["role"] in roles and e["kind"] == "participates-in"), e["id"]
        assert not e["status"] or e["status"] in statuses, e["id"]


def test_thematic_priorities_use_the_gamm_ids_and_mappings_are_flagged_editorial():
    priorities = {n["id"] for n in NODES if n["kind"] == "thematic-priority"}
    assert priorities == {"legal-migration-and-mobility", "irregular-migration-and-trafficking",
                          "international-protection-and-asylum", "migration-and-development"}
    for e in edges("addresses"):
        assert e["target"] in priorities
        assert e["confidence"] == "seed" and e["note"].startswith("Editorial reading"), e["id"]


def test_every_dated_project_has_programme_lead_and_location():
    for n in NODES:
        if n["kind"] != "project":
            continue
        assert len(edges("funds", target=n["id"])) == 1, n["id"]
        assert [e["role"] for e in edges("participates-in", target=n["id"])].count("lead") == 1, n["id"]
        assert edges("located-in", source=n["id"]), n["id"]
        if n["start"]:
            assert n["amount_eur"] and len(edges("implements", target=n["id"])) >= 1, n["id"]
