"""Ingest: bad inputs (one table, one clear line each), formats, batches, stdin and the CLI.

Fixture bytes are generated here (python-docx, a hand-written PDF, pypdf's writer), not committed.
No test sends traffic anywhere: URL refusals are checked with DNS and sockets patched to fail.
"""

from __future__ import annotations

import io
import json
import random
import socket
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from rhetoscope.cli import app
from rhetoscope.cli.common import EXIT_ERROR
from rhetoscope.errors import (
    BadRecordError,
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputTooLargeError,
    RhetoscopeError,
    UnreadableFileError,
    UnsupportedTypeError,
    URLRefusedError,
)
from rhetoscope.ingest import (
    IngestOptions,
    count_sources,
    iter_sources,
    read_bytes,
    read_source,
    read_text,
)

# --- fixture builders ------------------------------------------------------------------------


def minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (Helvetica); no lines = vector art only."""

    def escape(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    shown = " ".join(f"({escape(line)}) Tj T*" for line in lines)
    content = f"BT /F1 12 Tf 72 720 Td 14 TL {shown} ET" if lines else "0 0 m 100 100 l S"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def encrypted_pdf(user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(minimal_pdf(["Confidential remarks."]))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def docx_bytes(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def zip_bytes(members: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buf.getvalue()


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\x00" * 40
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"PE\x00\x00"
GZIP = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(range(40))
OLE_DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100
RANDOM_BINARY = random.Random(7).randbytes(4000)

# --- the table of bad inputs -----------------------------------------------------------------


DEFAULTS = IngestOptions()


@dataclass(frozen=True)
class Bad:
    id: str
    make: Callable[[Path], str]  # writes what it needs under tmp_path, returns the source
    error: type[RhetoscopeError]
    fragment: str
    options: IngestOptions = DEFAULTS
    via: str = "read"  # "read": read_source; "batch": the one error iter_sources yields


def file(name: str, data: bytes | str) -> Callable[[Path], str]:
    def make(tmp: Path) -> str:
        path = tmp / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        return str(path)

    return make


def url(address: str) -> Callable[[Path], str]:
    return lambda _tmp: address


def directory(tmp: Path) -> str:
    (tmp / "folder").mkdir()
    return str(tmp / "folder")


BAD_INPUTS: list[Bad] = [
    Bad("empty file", file("empty.txt", b""), EmptyInputError, "empty (0 bytes)"),
    Bad("whitespace only", file("blank.txt", " \n\t \r\n  "), EmptyInputError, "only whitespace"),
    Bad("utf-16 whitespace", file("blank16.txt", " \n ".encode("utf-16")), EmptyInputError,
        "only whitespace"),
    Bad("NUL-laden binary", file("nul.txt", b"abc\x00def\x00\x01\x02ghi" * 20), BinaryInputError,
        "NUL bytes"),
    Bad("control characters", file("ctl.txt", b"ab\x01\x02\x03\x04cd\x05\x06\x07\x08" * 10),
        BinaryInputError, "control characters"),
    Bad("PNG bytes", file("image.txt", PNG), BinaryInputError, "binary content (PNG image)"),
    Bad("ZIP archive", file("archive.txt", zip_bytes({"a.txt": "hello"})), BinaryInputError,
        "ZIP archive"),
    Bad("ELF executable", file("prog", ELF), BinaryInputError, "ELF executable"),
    Bad("Windows EXE", file("setup.exe", EXE), BinaryInputError, "Windows executable"),
    Bad("gzip", file("notes.txt.gz", GZIP), BinaryInputError, "gzip archive"),
    Bad("binary, unknown extension", file("blob.xyz", RANDOM_BINARY), BinaryInputError,
        "binary content"),
    Bad("over the size cap", file("big.txt", "word " * 500), InputTooLargeError,
        "over the 1.0 KB limit", IngestOptions(max_bytes=1024)),
    Bad("corrupt PDF", file("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Cat"), UnreadableFileError,
        "PDF is corrupt"),
    Bad("text named .pdf", file("fake.pdf", "just some words"), UnreadableFileError,
        "PDF is corrupt"),
    Bad("PDF without text layer", file("scan.pdf", minimal_pdf([])), UnreadableFileError,
        "PDF has no text layer (scanned?)"),
    Bad("encrypted PDF", file("locked.pdf", encrypted_pdf("secret")), UnreadableFileError,
        "PDF is encrypted"),
    Bad("corrupt DOCX (zip without document)", file("broken.docx", zip_bytes({"x.xml": "<a/>"})),
        UnreadableFileError, "DOCX is corrupt"),
    Bad("corrupt DOCX (not a zip)", file("junk.docx", "plain words, not a zip"),
        UnreadableFileError, "DOCX is corrupt"),
    Bad("DOCX without text", file("blank.docx", docx_bytes(["", "   "])), EmptyInputError,
        "DOCX has no text"),
    Bad("HTML with no text", file("empty.html", "<html><body><script>var a = 1;</script>"
        "<style>p {}</style></body></html>"), UnreadableFileError, "HTML has no extractable text"),
    Bad("legacy .doc", file("old.doc", OLE_DOC), UnsupportedTypeError, "legacy Word .doc"),
    Bad("spreadsheet", file("table.xlsx", zip_bytes({"xl/workbook.xml": "<w/>"})),
        UnsupportedTypeError, "spreadsheets are not supported"),
    Bad("RTF", file("letter.rtf", r"{\rtf1\ansi Hello}"), UnsupportedTypeError,
        "RTF is not supported"),
    Bad("forced encoding fails", file("ru.txt", "Привет, мир".encode("cp1251")), EncodingError,
        "not valid utf-8", IngestOptions(encoding="utf-8")),
    Bad("unknown forced encoding", file("en.txt", "Hello"), EncodingError,
        "unknown encoding 'klingon'", IngestOptions(encoding="klingon")),
    Bad("malformed JSONL line", file("batch.jsonl", '{"id": 1, "text": "Fine."}\n{oops\n'),
        BadRecordError, "not valid JSON", via="batch"),
    Bad("JSONL record without text", file("notext.jsonl", '{"id": 2, "meta": {}}\n'),
        BadRecordError, "no 'text' string", via="batch"),
    Bad("JSONL record, bad meta", file("meta.jsonl", '{"text": "Hi there", "meta": {"title": 5}}'),
        BadRecordError, "meta.title must be a string", via="batch"),
    Bad("JSONL record not an object", file("list.jsonl", '["text"]\n'), BadRecordError,
        "must be a JSON object", via="batch"),
    Bad("file: URL", url("file:///etc/passwd"), URLRefusedError, "file scheme is not allowed"),
    Bad("ftp: URL", url("ftp://example.org/a.txt"), URLRefusedError, "ftp scheme is not allowed"),
    Bad("javascript: URL", url("javascript:alert(1)"), URLRefusedError, "javascript scheme"),
    Bad("URL to 127.0.0.1", url("http://127.0.0.1:8080/x"), URLRefusedError, "loopback address"),
    Bad("URL to localhost", url("http://localhost/"), URLRefusedError, "loopback address"),
    Bad("URL to 10.x", url("http://10.0.0.1/x"), URLRefusedError, "private address"),
    Bad("URL to 192.168.x", url("https://192.168.1.1/"), URLRefusedError, "private address"),
    Bad("URL to cloud metadata", url("http://169.254.169.254/latest/meta-data/"),
        URLRefusedError, "link-local address"),
    Bad("URL to [::1]", url("http://[::1]/"), URLRefusedError, "loopback address"),
    Bad("URL to 0.0.0.0", url("http://0.0.0.0/"), URLRefusedError, "unspecified address"),
    Bad("URL to IPv4-mapped IPv6", url("http://[::ffff:127.0.0.1]/"), URLRefusedError,
        "loopback address"),
    Bad("URL to decimal IPv4", url("http://2130706433/"), URLRefusedError, "loopback address"),
    Bad("nonexistent file", lambda tmp: str(tmp / "nope.txt"), UnreadableFileError,
        "no such file"),
    Bad("directory where a file is expected", directory, UnreadableFileError, "is a directory"),
    Bad("JSONL with many records read as one", file("two.jsonl", '{"text": "a b"}\n{"text": "c"}'),
        UnsupportedTypeError, "is a batch"),
]  # fmt: skip


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """DNS answers only "localhost" (as 127.0.0.1) and opening any socket fails the test."""
    attempts: list[str] = []

    def fake_getaddrinfo(host: str, port: object, *args: object, **kwargs: object) -> list:
        attempts.append(f"dns {host}")
        if host == "localhost":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
        raise socket.gaierror(f"no DNS in tests ({host})")

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append("connect")
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


@pytest.mark.parametrize("case", BAD_INPUTS, ids=[c.id for c in BAD_INPUTS])
def test_bad_input_gives_one_clear_error(case: Bad, tmp_path: Path, no_network: list[str]) -> None:
    src = case.make(tmp_path)
    if case.via == "batch":
        items = list(iter_sources(src, options=case.options))
        errors = [item for _source, item in items if isinstance(item, RhetoscopeError)]
        assert len(errors) == 1, items
        err: RhetoscopeError = errors[0]
    else:
        with pytest.raises(RhetoscopeError) as caught:
            read_source(src, options=case.options)
        err = caught.value
    assert type(err) is case.error, err
    assert case.fragment in err.message
    assert err.source, "errors must name their source"
    assert "\n" not in str(err)
    assert str(err).startswith(f"[{err.code}] {err.source}: ")
    assert "connect" not in no_network


def test_bad_table_is_big_enough() -> None:
    assert len(BAD_INPUTS) >= 15
    assert len({c.error for c in BAD_INPUTS}) >= 8


# --- the CLI prints one line and exits non-zero ----------------------------------------------

runner = CliRunner()


@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [
        ("empty.txt", b"", "[R101] empty.txt: the input is empty (0 bytes)"),
        ("image.txt", PNG, "[R102] image.txt: binary content (PNG image), not text"),
        ("scan.pdf", minimal_pdf([]), "[R105] scan.pdf: PDF has no text layer (scanned?)"),
        ("broken.docx", b"PK\x03\x04garbage", "[R105] broken.docx: DOCX is corrupt"),
        ("old.doc", OLE_DOC, "[R104] old.doc: legacy Word .doc is not supported"),
    ],
)
def test_cli_bad_file_is_one_line(tmp_path: Path, name: str, data: bytes, fragment: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = runner.invoke(app, ["analyze", str(path)])
    assert result.exit_code == EXIT_ERROR
    assert result.stderr.count("\n") == 1, result.stderr
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_cli_refused_url_is_one_line(no_network: list[str]) -> None:
    result = runner.invoke(app, ["analyze", "http://169.254.169.254/latest/meta-data/"])
    assert result.exit_code == EXIT_ERROR
    assert result.stderr.count("\n") == 1
    assert "[R202] http://169.254.169.254/latest/meta-data/: refused:" in result.stderr
    assert no_network == []


def test_cli_subprocess_missing_file_no_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "rhetoscope", "analyze", str(missing)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == EXIT_ERROR
    assert proc.stderr.splitlines() == [f"rhetoscope: error: [R105] {missing}: no such file"]
    assert proc.stdout == ""


# --- formats ---------------------------------------------------------------------------------

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Talks in Rome | Ministry of Foreign Affairs</title>
<meta name="author" content="Anna Rossi">
<meta property="article:published_time" content="2025-11-13T09:30:00+00:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/contacts">Contacts</a></nav>
<article>
<h1>Talks in Rome</h1>
<p>The minister said the talks with his Italian counterpart were productive and would continue
next week.</p>
<p>Question: What do you expect from the meeting?<br>Answer: A serious conversation about
security in Europe.</p>
<p>He added that sanctions had failed to achieve their declared goals.</p>
</article>
<footer>Copyright 2025. All rights reserved. Cookie policy. Subscribe to our newsletter.</footer>
</body></html>"""


def test_html_main_content_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "article.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    doc = read_source(path)
    lines = doc.text.splitlines()
    assert "The minister said the talks" in doc.text
    assert any(line.startswith("Answer: A serious conversation") for line in lines)
    assert "Question: What do you expect from the meeting?" in lines
    assert "Cookie policy" not in doc.text and "Contacts" not in doc.text
    assert doc.meta.title and doc.meta.title.startswith("Talks in Rome")
    assert doc.meta.date == "2025-11-13"
    assert doc.meta.byline == "Anna Rossi"
    assert doc.meta.extra["content_type"] == "text/html"
    assert doc.meta.language == "en"


def test_html_declared_cp1251_is_honoured(tmp_path: Path) -> None:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "</head><body><p>Министр заявил, что переговоры будут продолжены на следующей неделе."
        "</p></body></html>"
    )
    path = tmp_path / "ru.htm"
    path.write_bytes(html.encode("cp1251"))
    doc = read_source(path)
    assert doc.text.startswith("Министр заявил")
    assert doc.meta.extra["encoding"] == "cp1251"
    assert doc.meta.language == "ru"


def test_html_is_sniffed_without_a_name() -> None:
    doc = read_bytes(ARTICLE_HTML.encode(), source="upload")
    assert doc.meta.extra["content_type"] == "text/html"
    assert "<p>" not in doc.text


def test_markdown_is_read_verbatim(tmp_path: Path) -> None:
    text = "# Statement\n\n**Moscow**, 13 November 2025\n\n- first point\n- second point\n"
    path = tmp_path / "s.md"
    path.write_text(text, encoding="utf-8")
    doc = read_source(path)
    assert doc.text == text  # offsets index exactly what we show: no markup stripped
    assert doc.meta.extra["content_type"] == "text/markdown"


def test_unknown_extension_that_is_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "transcript.log"
    path.write_text("Q: Is this plain text?\nA: Yes, it is.\n", encoding="utf-8")
    assert read_source(path).text.startswith("Q: Is this plain text?")


def test_printable_magic_at_start_of_text_is_still_text() -> None:
    # "ID3", "BZh" and "MZ" are binary signatures, but without control bytes this is prose.
    for text in ("ID3 tags are metadata in MP3 files.", "MZ is the DOS header.", "BZh9 etc."):
        assert read_bytes(text.encode(), source="note.txt").text == text


def test_pdf_text_layer(tmp_path: Path) -> None:
    lines = ["Question: What do you expect?", "Answer: A serious conversation (really)."]
    path = tmp_path / "interview.pdf"
    path.write_bytes(minimal_pdf(lines))
    doc = read_source(path)
    assert doc.text.splitlines() == lines
    assert doc.meta.extra["content_type"] == "application/pdf"
    assert doc.meta.extra["pages"] == 1
    start, end = doc.meta.extra["page_offsets"][0]
    assert doc.text[start:end].startswith("Question:")


def test_pdf_with_empty_user_password_opens() -> None:
    doc = read_bytes(encrypted_pdf(""), source="open.pdf")
    assert "Confidential remarks." in doc.text


def test_pdf_renamed_txt_is_read_as_pdf() -> None:
    doc = read_bytes(minimal_pdf(["Statement by the spokesperson."]), source="x.txt")
    assert doc.text.strip() == "Statement by the spokesperson."


def test_docx_paragraphs_and_tables() -> None:
    data = docx_bytes(
        ["Вопрос: Как вы оцениваете переговоры?", "Ответ: Мы готовы к диалогу."],
        table=[["Дата", "13.11.2025"], ["Место", "Москва"]],
    )
    doc = read_bytes(data, source="interview.docx")
    assert doc.text == (
        "Вопрос: Как вы оцениваете переговоры?\nОтвет: Мы готовы к диалогу.\n"
        "Дата\t13.11.2025\nМесто\tМосква"
    )
    assert doc.meta.language == "ru"
    # A .docx is sniffed from its content even when uploaded without a name.
    assert read_bytes(data, source="upload").text == doc.text


def test_read_text_normalises_only_newlines_and_nfc() -> None:
    doc = read_text("Cafe\u0301 \r\n  two  spaces\r", source="s")
    assert doc.text == "Café \n  two  spaces\n"
    with pytest.raises(EmptyInputError):
        read_text(" \r\n ")


# --- stdin -----------------------------------------------------------------------------------


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_stdin_bytes_go_through_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Заявление министра иностранных дел о переговорах в Риме."
    monkeypatch.setattr(sys, "stdin", _Stdin(text.encode("koi8-r")))
    doc = read_source("-")
    assert doc.text == text
    assert doc.meta.source == "<stdin>"
    assert doc.meta.extra["encoding"] == "koi8-r"


def test_stdin_is_capped_while_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b"x" * 5000))
    with pytest.raises(InputTooLargeError, match=r"exceeds the 1\.0 KB limit"):
        read_source("-", options=IngestOptions(max_bytes=1024))


def test_size_cap_is_checked_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 4096)

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_open)
    with pytest.raises(InputTooLargeError, match=r"the file is 4\.0 KB, over the 1\.0 KB limit"):
        read_source(path, options=IngestOptions(max_bytes=1024))


# --- batches ---------------------------------------------------------------------------------


def test_directory_batch_recurses_sorted_and_goes_on(tmp_path: Path) -> None:
    root = tmp_path / "batch"
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "b.txt").write_text("Second statement, in English.", encoding="utf-8")
    (root / "a.md").write_text("# First statement", encoding="utf-8")
    (root / "sub" / "c.txt").write_bytes(b"")
    (root / "sub" / "d.docx").write_bytes(docx_bytes(["Fourth statement."]))
    (root / "image.png").write_bytes(PNG)  # unsupported extension: not part of the batch
    (root / ".hidden" / "e.txt").write_text("hidden", encoding="utf-8")
    (root / "records.jsonl").write_text(
        json.dumps({"id": "r1", "text": "Record one.", "meta": {"title": "One"}})
        + "\n\n{broken\n"
        + json.dumps({"id": 3, "text": "Запись три.", "meta": {"language": "ru", "desk": "x"}})
        + "\n",
        encoding="utf-8",
    )
    items = list(iter_sources(root))
    assert [source for source, _ in items] == [
        "a.md", "b.txt", "records.jsonl:1", "records.jsonl:3", "records.jsonl:4", "sub/c.txt",
        "sub/d.docx",
    ]  # fmt: skip
    assert count_sources(root) == len(items)
    by_source = dict(items)
    assert isinstance(by_source["sub/c.txt"], EmptyInputError)
    assert isinstance(by_source["records.jsonl:3"], BadRecordError)
    first = by_source["records.jsonl:1"]
    assert not isinstance(first, RhetoscopeError)
    assert (first.id, first.meta.title, first.meta.source) == ("r1", "One", "records.jsonl:1")
    third = by_source["records.jsonl:4"]
    assert not isinstance(third, RhetoscopeError)
    assert third.id == "3" and third.meta.language == "ru"
    assert third.meta.extra["desk"] == "x"  # unknown meta fields are kept in extra
    docx_doc = by_source["sub/d.docx"]
    assert not isinstance(docx_doc, RhetoscopeError) and docx_doc.meta.source == "sub/d.docx"


def test_jsonl_record_over_the_cap_is_skipped_alone(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(
        json.dumps({"text": "x " * 2000}) + "\n" + json.dumps({"text": "Small one."}) + "\n",
        encoding="utf-8",
    )
    items = list(iter_sources(path, options=IngestOptions(max_bytes=1024)))
    assert isinstance(items[0][1], InputTooLargeError)
    assert items[0][0] == "big.jsonl:1"
    assert not isinstance(items[1][1], RhetoscopeError) and items[1][1].text == "Small one."


def test_single_file_and_single_record_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("Just one statement.", encoding="utf-8")
    assert count_sources(path) == 1
    ((source, doc),) = list(iter_sources(path))
    assert source == str(path) and not isinstance(doc, RhetoscopeError)
    record = tmp_path / "one.jsonl"
    record.write_text('{"id": "x", "text": "Only record."}\n', encoding="utf-8")
    assert read_source(record).id == "x"


def test_cli_reads_stdin_bytes() -> None:
    text = "Заявление министра иностранных дел о переговорах в Риме."
    result = runner.invoke(
        app, ["analyze", "-", "--stages", "sentences"], input=text.encode("koi8-r")
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["text"] == text
    assert data["meta"]["source"] == "<stdin>" and data["meta"]["extra"]["encoding"] == "koi8-r"


def test_cli_jsonl_batch_lists_the_bad_record(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        '{"id": "a", "text": "First statement."}\n{"id": "b"}\n{"id": "c", "text": "Third."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = runner.invoke(
        app, ["analyze", str(batch), "-o", str(out), "--format", "jsonl", "--stages", "sentences"]
    )
    assert result.exit_code == 2  # EXIT_PARTIAL: finished, some items failed
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["a", "c"]
    assert "[R107] batch.jsonl:2: record has no 'text' string" in result.stderr


_NAMES = ["x.txt", "x.md", "x.html", "x.pdf", "x.docx", "x.jsonl", "upload", "x.bin"]
_PREFIXES = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", b"\xef\xbb\xbf", b"\xff\xfe"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=st.sampled_from(_PREFIXES),
    body=st.binary(max_size=400) | st.text(max_size=200).map(lambda t: t.encode("utf-8")),
    name=st.sampled_from(_NAMES),
)
def test_any_bytes_give_a_document_or_our_error(prefix: bytes, body: bytes, name: str) -> None:
    try:
        doc = read_bytes(prefix + body, source=name)
    except RhetoscopeError as exc:
        assert exc.source and exc.source.startswith(name) and "\n" not in str(exc)
    else:
        assert doc.text.strip() and (doc.meta.source or "").startswith(name)


def test_a_reader_bug_does_not_end_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rhetoscope.ingest import readers

    real = readers.read_plain

    def flaky(data: bytes, **kwargs: object) -> readers.Extracted:
        if data.startswith(b"boom"):
            raise ValueError("simulated reader bug")
        return real(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(readers, "read_plain", flaky)
    (tmp_path / "a.txt").write_text("boom goes the reader", encoding="utf-8")
    (tmp_path / "b.txt").write_text("A perfectly normal statement.", encoding="utf-8")
    items = dict(iter_sources(tmp_path))
    assert isinstance(items["a.txt"], RhetoscopeError)
    assert "internal error while reading" in items["a.txt"].message
    assert not isinstance(items["b.txt"], RhetoscopeError)
