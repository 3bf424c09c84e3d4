"""Encoding and language detection: every supported encoding round-trips; languages by table."""

from __future__ import annotations

import socket

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rhetoscope.errors import BinaryInputError
from rhetoscope.ingest import IngestOptions, read_bytes, read_text
from rhetoscope.ingest import language as language_module
from rhetoscope.ingest.encoding import decode_bytes, plausibility
from rhetoscope.ingest.language import detect_language
from rhetoscope.model.document import normalize_text

RU = (
    "Министр иностранных дел России Сергей Лавров ответил на вопросы итальянской газеты.\n"
    "Вопрос: Как вы оцениваете перспективы переговоров?\n"
    "Ответ: Мы всегда были готовы к честному диалогу на равноправной основе, "
    "однако Запад должен учитывать наши законные интересы. Съезд пройдёт в январе.\n"
)
UK = (
    "Міністр закордонних справ України заявив, що переговори тривають.\n"
    "Їхня позиція є незмінною, а ґрунт для компромісу поки що відсутній.\n"
)
EN = (
    "Question: How do you assess the prospects for the talks?\n"
    "Answer: We have always been ready for an honest dialogue on an equal footing.\n"
)
EN_ACCENTS = "The café in Genève served a naïve “compromise” — the minister’s résumé.\n"
RU_SHORT = "Привет, мир!"
RU_HEADLINE = "ВОПРОС: КАК ВЫ ОЦЕНИВАЕТЕ СИТУАЦИЮ?"

# (sample, codec used to make the bytes, encoding name the reader must report)
ROUND_TRIPS: list[tuple[str, str, str]] = [
    (RU, "utf-8", "utf-8"),
    (RU, "utf-8-sig", "utf-8-sig"),
    (RU, "utf-16", "utf-16-le"),  # Python writes a little-endian BOM
    (RU, "utf-16-le", "utf-16-le"),  # no BOM
    (RU, "utf-16-be", "utf-16-be"),  # no BOM
    (RU, "cp1251", "cp1251"),
    (RU, "koi8-r", "koi8-r"),
    (RU, "mac_cyrillic", "mac-cyrillic"),
    (RU, "cp866", "cp866"),
    (RU, "iso8859-5", "iso8859-5"),
    (RU_SHORT, "cp1251", "cp1251"),
    (RU_SHORT, "koi8-r", "koi8-r"),
    (RU_HEADLINE, "cp1251", "cp1251"),
    (RU_HEADLINE, "koi8-r", "koi8-r"),
    (UK, "utf-8", "utf-8"),
    (UK, "cp1251", "cp1251"),
    (UK, "koi8-u", "koi8-u"),
    (UK, "utf-16-be", "utf-16-be"),
    (EN, "utf-8", "utf-8"),
    (EN, "utf-16", "utf-16-le"),
    (EN, "utf-16-be", "utf-16-be"),
    (EN, "ascii", "utf-8"),
    (EN_ACCENTS, "utf-8", "utf-8"),
    (EN_ACCENTS, "cp1252", "cp1252"),
    (EN_ACCENTS, "utf-32", "utf-32-le"),
]


@pytest.mark.parametrize(
    ("text", "codec", "reported"), ROUND_TRIPS, ids=[f"{t[:6]}-{c}" for t, c, _ in ROUND_TRIPS]
)
def test_encoding_round_trip(text: str, codec: str, reported: str) -> None:
    doc = read_bytes(text.encode(codec), source="sample.txt")
    assert doc.text == normalize_text(text)
    assert doc.meta.extra["encoding"] == reported


@pytest.mark.parametrize("crlf", [False, True])
def test_crlf_and_bom_are_the_only_changes(crlf: bool) -> None:
    raw = RU.replace("\n", "\r\n") if crlf else RU
    doc = read_bytes(raw.encode("utf-8-sig"), source="x.txt")
    assert doc.text == RU


def test_forced_encoding_wins_over_detection() -> None:
    data = "Привет, мир".encode("cp1251")
    doc = read_bytes(data, source="x.txt", options=IngestOptions(encoding="windows-1251"))
    assert doc.text == "Привет, мир" and doc.meta.extra["encoding"] == "cp1251"
    # Forcing the wrong single-byte code page is obeyed: the user asked for it.
    forced = read_bytes(data, source="x.txt", options=IngestOptions(encoding="koi8-r"))
    assert forced.text == data.decode("koi8-r")


def test_declared_charset_breaks_ties() -> None:
    # "я знаю" is valid and plausible both as mac-cyrillic and cp1251 ("Я знаю"); the
    # declaration (HTTP or <meta>) decides what the bytes alone cannot.
    data = "я знаю".encode("mac_cyrillic")
    assert decode_bytes(data, source="x").encoding == "cp1251"
    assert decode_bytes(data, source="x", declared="x-mac-cyrillic").text == "я знаю"


def test_mojibake_scores_below_real_text() -> None:
    real = "Министр заявил, что переговоры продолжаются"
    for wrong in ("koi8-r", "mac_cyrillic", "cp1252", "iso8859-5"):
        garbled = real.encode("cp1251").decode(wrong, errors="replace")
        assert plausibility(garbled) < plausibility(real), wrong


def test_high_bytes_that_read_as_nothing_are_binary() -> None:
    junk = bytes(range(0x80, 0x100)) * 8
    with pytest.raises(BinaryInputError):
        read_bytes(junk, source="junk.dat")


_TEXT = st.text(
    alphabet=st.characters(exclude_categories=("Cs", "Cc"), include_characters="\n\r\t"),
    min_size=1,
    max_size=200,
).filter(lambda s: s.strip() != "")


@settings(max_examples=150, deadline=None)
@given(text=_TEXT, codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom"]))
def test_any_text_survives_encode_read(text: str, codec: str) -> None:
    data = ("\ufeff" + text).encode("utf-16-be") if codec == "utf-16-be-bom" else text.encode(codec)
    doc = read_bytes(data, source="any.txt")
    assert doc.text == normalize_text(text)


@settings(max_examples=100, deadline=None)
@given(text=_TEXT)
def test_read_text_is_idempotent(text: str) -> None:
    once = read_text(text, source="s").text
    assert read_text(once, source="s").text == once


# --- language --------------------------------------------------------------------------------

LANGUAGES: list[tuple[str, str | None, str]] = [
    (EN, "en", "model"),
    (RU, "ru", "model"),
    (UK, "uk", "model"),
    (RU_HEADLINE, "ru", "model"),
    ("Der Minister sagte, die Gespräche seien produktiv gewesen.", "de", "model"),
    ("Hello there", "en", "script"),
    ("Q: Why?", "en", "script"),
    ("Привет", "ru", "script"),
    ("Да.", "ru", "script"),
    ("Їжак і ґава", "uk", "script"),
    ("Є питання", "uk", "script"),
    ("12 345 — 678!", None, "none"),
    # Latin URLs and hashtags do not outvote the Cyrillic text around them.
    ("Смотрите https://mid.ru/ru/foreign_policy/news/ #МИДРоссии #Лавров", "ru", "script"),
]


@pytest.mark.parametrize(("text", "code", "method"), LANGUAGES)
def test_language_table(text: str, code: str | None, method: str) -> None:
    guess = detect_language(text)
    assert guess.code == code
    assert guess.method.startswith(method)
    assert 0.0 <= guess.score <= 1.0


def test_language_recorded_in_meta_and_forceable() -> None:
    doc = read_bytes(RU.encode("cp1251"), source="ru.txt")
    assert doc.meta.language == "ru"
    assert doc.meta.extra["language_score"] > 0.9
    forced = read_bytes(RU.encode(), source="ru.txt", options=IngestOptions(language="bg"))
    assert forced.meta.language == "bg" and forced.meta.extra["language_method"] == "forced"


def test_language_model_loads_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the language model tried the network")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    language_module._model.cache_clear()
    assert detect_language(UK * 3).code == "uk"
