"""`--format csv` as spreadsheets meet it: read back with Python's `csv` module and converted to
xlsx by LibreOffice headless (Debian's libreoffice-calc-nogui, installed by `scripts/setup.sh test`),
and a `;`-separated edge list — what Excel writes in much of Europe — loaded by the real binary."""

import csv
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DIALOGUE = Path(os.environ.get("DIALOGUE", REPO / ".build" / "debug" / "dialogue"))
LABELS = ["EU–Armenia", "Söderköping", "=cmd|' /C calc'!A0"]
BOM = "\ufeff".encode()


def run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    assert DIALOGUE.exists(), f"{DIALOGUE} is missing: run `swift build` first"
    result = subprocess.run([str(DIALOGUE), *args], capture_output=True, timeout=300)
    if check:
        assert result.returncode == 0, result.stderr.decode()
    return result


@pytest.fixture
def semicolon_edge_list(tmp_path: Path) -> Path:
    """An edge list and its nodes table, both `;`-separated, with non-ASCII and formula-like labels."""
    (tmp_path / "nodes.csv").write_text(
        "id;kind;label\n"
        f"am;third-country;{LABELS[0]}\n"
        f"se;national-authority;{LABELS[1]}\n"
        f'x;project;"{LABELS[2]}"\n',
        encoding="utf-8",
    )
    (tmp_path / "edges.csv").write_text("source;target;weight\nam;se;1.5\nse;x;2\n", encoding="utf-8")
    return tmp_path / "edges.csv"


def test_a_semicolon_separated_edge_list_loads(semicolon_edge_list: Path):
    out = run("list", "nodes", "--dataset", str(semicolon_edge_list), "--as-of", "all", "--format", "csv")
    rows = list(csv.DictReader(out.stdout.decode("utf-8").splitlines()))
    assert [r["label"] for r in rows] == LABELS[:2] + ["'" + LABELS[2]]


def test_a_wrong_delimiter_says_what_the_header_was_split_into(semicolon_edge_list: Path):
    result = run("summary", "--dataset", str(semicolon_edge_list), "--delimiter", "comma", check=False)
    assert result.returncode == 1
    message = result.stderr.decode()
    assert "split at ','" in message and "--delimiter" in message, message


def test_csv_files_have_a_bom_and_standard_output_does_not(semicolon_edge_list: Path, tmp_path: Path):
    target = tmp_path / "out.csv"
    run("list", "nodes", "--dataset", str(semicolon_edge_list), "--as-of", "all", "--format", "csv", "-o", str(target))
    assert target.read_bytes().startswith(BOM)
    piped = run("list", "nodes", "--dataset", str(semicolon_edge_list), "--as-of", "all", "--format", "csv").stdout
    assert not piped.startswith(BOM)
    forced = run("list", "nodes", "--dataset", str(semicolon_edge_list), "--format", "csv", "--bom").stdout
    assert forced.startswith(BOM)
    run("list", "nodes", "--dataset", str(semicolon_edge_list), "--format", "csv", "--no-bom", "-o", str(target))
    assert not target.read_bytes().startswith(BOM)


def test_python_csv_reads_labels_and_booleans(semicolon_edge_list: Path, tmp_path: Path):
    target = tmp_path / "out.csv"
    run("list", "nodes", "--dataset", str(semicolon_edge_list), "--as-of", "all", "--format", "csv", "-o", str(target))
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["label"] for r in rows] == LABELS[:2] + ["'" + LABELS[2]]
    assert {r["prospective"] for r in rows} == {"FALSE"}
    assert {r["as_of"] for r in rows} == {"all"}


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is missing: run scripts/setup.sh test")
def test_libreoffice_opens_the_csv_with_labels_and_logical_values(semicolon_edge_list: Path, tmp_path: Path):
    target = tmp_path / "nodes.csv"
    run("list", "nodes", "--dataset", str(semicolon_edge_list), "--as-of", "all", "--format", "csv", "-o", str(target))
    profile = tmp_path / "lo-profile"
    # The filter options 44,34,76 = comma-separated, double-quoted, UTF-8 (LibreOffice's charset 76),
    # which is what a user picks in the import dialog; the BOM makes the encoding unambiguous.
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--infilter=CSV:44,34,76",
         "--convert-to", "xlsx", "--outdir", str(tmp_path), str(target)],
        check=True, capture_output=True, timeout=300)
    with zipfile.ZipFile(tmp_path / "nodes.xlsx") as book:
        strings = book.read("xl/sharedStrings.xml").decode("utf-8")
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
    for label in LABELS[:2]:
        assert f"<t>{label}</t>" in strings or f'<t xml:space="preserve">{label}</t>' in strings, strings
    # The formula-like label stays text (with its apostrophe), never a formula.
    assert "<f>" not in sheet
    # TRUE/FALSE become logical cells (t="b"), not text.
    assert re.search(r'<c r="H2" s="\d+" t="b"><v>0</v></c>|<c r="H2" t="b"><v>0</v></c>', sheet), sheet[:2000]


def test_streams_and_devices_get_no_bom(semicolon_edge_list: Path, tmp_path: Path):
    """A FIFO or /dev/stdout given as --output is read by a program: no byte-order mark."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    run("list", "nodes", "--dataset", str(semicolon_edge_list), "--format", "csv", "-o", str(fifo))
    assert not reader.communicate(timeout=60)[0].startswith(BOM)
    through_stdout = run("list", "nodes", "--dataset", str(semicolon_edge_list), "--format", "csv", "-o", "/dev/stdout")
    assert not through_stdout.stdout.startswith(BOM)
