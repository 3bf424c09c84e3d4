"""The `entities` stage: the reference interview's actors, alias files, speakers, segments."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rhetoscope.entities import ALIASES_ENV, actor_table, extract_entities
from rhetoscope.entities.extract import segments
from rhetoscope.errors import InputError, PipelineError
from rhetoscope.model import Document, Span
from rhetoscope.pipeline import Pipeline, registered

# Labels of the reference transcript; the title runs into the first "Question:".
_LABEL = re.compile(r"(?:(?<=\n)|(?<=\d))(Question|Sergey Lavrov|S\.V\. Lavrov):[ \t]*")


def hand_turns(doc: Document) -> Document:
    """Turns built without the `turns` stage, so these tests pin down entities on their own."""
    text = doc.text
    found = list(_LABEL.finditer(text))
    stop = text.find("\nhttps://")
    spans = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else stop
        while text[end - 1].isspace():
            end -= 1
        who = m.group(1)
        spans.append(
            Span(
                m.end(),
                end,
                "question" if who == "Question" else "answer",
                attrs={
                    "speaker": None if who == "Question" else "Sergey Lavrov",
                    "speaker_label": who,
                    "label_span": [m.start(), m.start() + len(who)],
                    "index": i,
                },
            )
        )
    return doc.with_layer("turns", spans)


@pytest.fixture(scope="module")
def reference_doc(reference_path: Path) -> Document:
    doc = hand_turns(Document.from_text(reference_path.read_text(encoding="utf-8")))
    return doc.with_layer("entities", extract_entities(doc))


@pytest.fixture(scope="module")
def analyzed_reference(reference_path: Path) -> Document:
    """The reference through the real pipeline (the structure engineer's `turns` stage)."""
    if "turns" not in registered():
        pytest.skip("the `turns` stage is not registered")
    import rhetoscope

    return rhetoscope.analyze(
        reference_path, stages=["metadata", "sentences", "turns", "entities", "stance"]
    )


# canonical name -> regexes for every way the reference interview writes it (titles included;
# the test checks the name part after the title).
REFERENCE_VARIANTS: dict[str, list[str]] = {
    "Vladimir Putin": [
        r"President V\. Putin",
        r"President V\.V\. Putin",
        r"Russian President Vladimir Putin",
        r"President Vladimir Putin",
        r"Vladimir Putin",
        r"\bPutin\b",
    ],
    "Donald Trump": [r"President D\. Trump", r"Donald Trump", r"\bTrump\b(?! administration)"],
    "Steve Witkoff": [r"S\. Whitcoff", r"\bWhitcoff\b"],
    "Marco Rubio": [r"Secretary of State Rubio", r"Marco Rubio"],
    "Volodymyr Zelensky": [r"\bZelensky\b"],
    "NATO": [r"\bNATO\b"],
    "European Union": [r"\bEU\b", r"European Union"],
    "Financial Times": [r"Financial Times"],
    # "Kiev regime", "regime in Kiev" name the government (a separate actor), not the city.
    "Kyiv": [r"\bKyiv\b", r"(?<!regime in )\bKiev\b(?! (?:regime|junta|authorities))"],
    "Sergey Lavrov": [r"Minister Sergey Lavrov"],
}
_TITLE_WORDS = re.compile(r"^(?:(?:Russian |US )?President|Secretary of State|Russian|Minister) ")


def _name_part(match: re.Match[str]) -> tuple[int, int]:
    title = _TITLE_WORDS.match(match.group())
    return (match.start() + (title.end() if title else 0), match.end())


def _check_variants(doc: Document, canonical: str) -> None:
    spans = doc.layer("entities")
    for pattern in REFERENCE_VARIANTS[canonical]:
        matches = list(re.finditer(pattern, doc.text))
        assert matches, f"{pattern!r} does not occur in the reference"
        for m in matches:
            start, end = _name_part(m)
            if any(
                lbl[0] <= start < lbl[1]
                for t in doc.layer("turns")
                if (lbl := t.attrs.get("label_span"))
            ):
                continue  # a speaker label, not a mention
            if doc.text[m.end() : m.end() + 2] == " #":
                continue  # the mangled hashtag block at the end
            hits = [s for s in spans if s.start <= start and end <= s.end]
            assert hits, f"{doc.text[start:end]!r} at {start} is not an entity"
            assert hits[0].attrs["canonical"] == canonical, (doc.text[start:end], hits[0].attrs)


@pytest.mark.slow
@pytest.mark.parametrize("canonical", sorted(REFERENCE_VARIANTS))
def test_reference_actor_variants_share_one_canonical_name(
    reference_doc: Document, canonical: str
) -> None:
    _check_variants(reference_doc, canonical)


@pytest.mark.slow
@pytest.mark.parametrize("canonical", sorted(REFERENCE_VARIANTS))
def test_reference_through_the_real_pipeline(analyzed_reference: Document, canonical: str) -> None:
    _check_variants(analyzed_reference, canonical)


@pytest.mark.slow
def test_reference_actor_table(reference_doc: Document) -> None:
    table = {row["canonical"]: row for row in actor_table(reference_doc)}
    putin = table["Vladimir Putin"]
    assert putin["type"] == "PERSON"
    assert {
        "President V. Putin",
        "President V.V. Putin",
        "Russian President Vladimir Putin",
        "Vladimir Putin",
    } <= set(putin["variants"])
    assert {"S. Whitcoff", "Whitcoff"} <= set(table["Steve Witkoff"]["variants"])
    assert {"Secretary of State Rubio", "Marco Rubio"} <= set(table["Marco Rubio"]["variants"])
    assert {"EU", "European Union"} <= set(table["European Union"]["variants"])
    assert table["NATO"]["type"] == "ORG"
    by_speaker = {b["speaker"]: b["mentions"] for b in putin["by_speaker"]}
    assert by_speaker["Sergey Lavrov"] >= 8 and by_speaker[None] >= 2
    assert sum(by_speaker.values()) == putin["mentions"]
    assert table["Sergey Lavrov"]["is_speaker"] and not putin["is_speaker"]
    # Political groups the statistical model misses come from the gazetteer.
    for group in ("the West", "Global South", "Ukrainian government", "EU leadership"):
        assert table[group]["mentions"] >= 1, group
    assert json.loads(json.dumps(actor_table(reference_doc))) == actor_table(reference_doc)


@pytest.mark.slow
def test_speaker_labels_are_not_mentions_and_attrs_follow_turns(reference_doc: Document) -> None:
    labels = [t.attrs["label_span"] for t in reference_doc.layer("turns")]
    turns = {t.attrs["index"]: t for t in reference_doc.layer("turns")}
    for ent in reference_doc.layer("entities"):
        assert set(ent.attrs) == {"canonical", "speaker", "turn"}
        assert not any(a <= ent.start < b for a, b in labels)
        if ent.attrs["turn"] is None:
            assert ent.attrs["speaker"] is None
        else:
            turn = turns[ent.attrs["turn"]]
            assert turn.contains(ent) and ent.attrs["speaker"] == turn.attrs["speaker"]


@pytest.mark.slow
def test_surname_links_to_a_speaker_of_the_turns_layer() -> None:
    text = "Jane Okonkwo: We met the mayor.\nHost: Did Okonkwo agree with Dr. Okonkwo's plan?"
    doc = Document.from_text(text)
    first, second = text.index("We"), text.index("Did")
    doc = doc.with_layer(
        "turns",
        [
            Span(
                first,
                text.index("\n"),
                "answer",
                attrs={
                    "speaker": "Jane Okonkwo",
                    "speaker_label": "Jane Okonkwo",
                    "label_span": [0, 12],
                    "index": 0,
                },
            ),
            Span(
                second,
                len(text),
                "question",
                attrs={
                    "speaker": None,
                    "speaker_label": "Host",
                    "label_span": [text.index("Host"), text.index("Host") + 4],
                    "index": 1,
                },
            ),
        ],
    )
    doc = doc.with_layer("entities", extract_entities(doc))
    names = {doc.span_text(e): e.attrs["canonical"] for e in doc.layer("entities")}
    assert names["Okonkwo"] == "Jane Okonkwo"
    row = next(r for r in actor_table(doc) if r["canonical"] == "Jane Okonkwo")
    assert row["is_speaker"] and row["mentions"] == 2


# --- user alias files -------------------------------------------------------------------------
@pytest.mark.slow
def test_user_alias_file_extends_the_gazetteer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    aliases = tmp_path / "mine.yaml"
    aliases.write_text(
        "- canonical: Party of Tomorrow\n  type: ORG\n  aliases: [PoT, Tomorrow Party]\n"
        "- canonical: Vladimir Putin\n  type: PERSON\n  aliases: [VVP]\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(ALIASES_ENV, str(aliases))
    doc = Document.from_text("The Tomorrow Party and PoT praised VVP.")
    doc = doc.with_layer(
        "turns", [Span(0, len(doc.text), "statement", attrs={"speaker": None, "index": 0})]
    )
    found = {doc.span_text(s): (s.label, s.attrs["canonical"]) for s in extract_entities(doc)}
    assert found["Tomorrow Party"] == ("ORG", "Party of Tomorrow")
    assert found["PoT"] == ("ORG", "Party of Tomorrow")
    assert found["VVP"] == ("PERSON", "Vladimir Putin")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("- canonical: X\n  type: ROBOT\n", "has type 'ROBOT'"),
        ("canonical: X\n", "must be a YAML list"),
        ("- aliases: [a]\n", "needs a 'canonical' string"),
        ("- canonical: X\n  patterns: ['(']\n", "bad pattern"),
        ("- canonical: [unclosed\n", "not valid YAML"),
    ],
)
def test_bad_alias_files_raise_one_line_input_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str, message: str
) -> None:
    from rhetoscope.entities import gazetteer

    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    monkeypatch.setenv(ALIASES_ENV, str(bad))
    with pytest.raises(InputError, match=re.escape(message)) as info:
        gazetteer()
    assert "\n" not in str(info.value)


def test_missing_alias_file_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    from rhetoscope.entities import gazetteer

    monkeypatch.setenv(ALIASES_ENV, "/nonexistent/aliases.yaml")
    with pytest.raises(InputError, match=ALIASES_ENV):
        gazetteer()


# --- stage wiring and segmentation ------------------------------------------------------------
def test_stages_are_registered_with_their_contract() -> None:
    stages = registered()
    assert stages["entities"].requires == ("turns",)
    assert stages["entities"].assigns == ("entities",)
    assert stages["stance"].requires == ("entities",)
    assert stages["stance"].assigns == ("stance",)
    with pytest.raises(PipelineError):
        Pipeline(["entities"])


@st.composite
def _turned_documents(draw: st.DrawFn) -> Document:
    pieces = draw(
        st.lists(
            st.tuples(st.text("ab \n", max_size=8), st.text("xy \n", max_size=12)),
            min_size=1,
            max_size=5,
        )
    )
    text, turns = "", []
    for i, (label, body) in enumerate(pieces):
        label_start = len(text)
        text += f"L{label}:"
        label_end = len(text)
        text += body
        turns.append(
            Span(
                label_end,
                len(text),
                "statement",
                attrs={
                    "speaker": None,
                    "speaker_label": "L",
                    "label_span": [label_start, label_end],
                    "index": i,
                },
            )
        )
        text += draw(st.sampled_from(["", "\n", " tail "]))
    return Document(text=text, layers={"turns": turns})


@given(_turned_documents())
def test_segments_skip_labels_and_whitespace_and_never_overlap(doc: Document) -> None:
    segs = segments(doc)
    labels = [t.attrs["label_span"] for t in doc.layer("turns")]
    for (a, b), nxt in zip(segs, [*segs[1:], None], strict=False):
        assert 0 <= a < b <= len(doc.text)
        assert "\n" not in doc.text[a:b]
        assert not doc.text[a].isspace() and not doc.text[b - 1].isspace()
        assert all(b <= s or e <= a for s, e in labels)
        if nxt is not None:
            assert b <= nxt[0]
    covered = {i for a, b in segs for i in range(a, b)}
    in_labels = {i for s, e in labels for i in range(s, e)}
    trailer_from = max((t.end for t in doc.layer("turns")), default=len(doc.text))
    for i, ch in enumerate(doc.text):
        if i >= trailer_from:  # after the last turn: source line, hashtags — never mentions
            assert i not in covered
        elif not ch.isspace() and i not in in_labels:
            assert i in covered


@pytest.mark.parametrize(
    "text",
    ["word " * 30_000, "A sentence here. " * 5_000, "x" * 45_000, "Q: " + "ab  cd " * 9_000],
)
def test_long_paragraphs_are_cut_into_parseable_segments(text: str) -> None:
    from rhetoscope.entities.extract import MAX_SEGMENT

    doc = Document(text=text, layers={"turns": []})
    segs = segments(doc)
    assert len(segs) > 1
    assert all(0 < b - a <= MAX_SEGMENT for a, b in segs)
    assert all(not text[a].isspace() and not text[b - 1].isspace() for a, b in segs)
    covered = sum(len(text[a:b].replace(" ", "")) for a, b in segs)
    assert covered == len(text.replace(" ", ""))


@pytest.mark.slow
def test_entities_layer_survives_a_json_round_trip(reference_doc: Document) -> None:
    again = Document.from_json(reference_doc.to_json())
    assert again.layer("entities") == reference_doc.layer("entities")


@pytest.mark.slow
def test_repeated_passages_are_not_counted_twice() -> None:
    from rhetoscope.stance import extract_stance, portrayal_matrix

    para = "NATO is an aggressive bloc."
    text = f"{para}\n{para}"
    doc = Document.from_text(text)
    second = text.index(para, 1)
    doc = doc.with_layer(
        "turns", [Span(0, len(text), "answer", attrs={"speaker": "A", "index": 0})]
    ).with_layer(
        "duplicates",
        [Span(second, len(text), "duplicate", score=1.0, attrs={"duplicate_of": [0, len(para)]})],
    )
    doc = doc.with_layer("entities", extract_entities(doc))
    doc = doc.with_layer("stance", extract_stance(doc))
    nato = next(r for r in actor_table(doc) if r["canonical"] == "NATO")
    assert (nato["mentions"], nato["duplicate_mentions"]) == (1, 1)
    row = next(r for r in portrayal_matrix(doc) if r["actor"] == "NATO")
    assert row["mentions"] == 1 and row["labels"]["negative"] == 1


# (sentence, {surface: canonical} of the PERSON mentions expected — exactly these)
PERSON_GUARDS: list[tuple[str, dict[str, str]]] = [
    ("The U.S. District Court ruled on Monday.", {}),
    ("Delegates met in Saint Petersburg in June.", {}),
    ("The General Assembly voted on the resolution.", {}),
    ("Secretary of State Rubio spoke to reporters.", {"Rubio": "Marco Rubio"}),
    (
        "Cardinal Reinhard Marx met Bishop Athanasius Schneider.",
        {"Reinhard Marx": "Reinhard Marx", "Athanasius Schneider": "Athanasius Schneider"},
    ),
    (
        "Tom Okafor arrived. Later Okafor left.",
        {"Tom Okafor": "Tom Okafor", "Okafor": "Tom Okafor"},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), PERSON_GUARDS)
def test_person_rules_do_not_fire_on_abbreviations_places_or_bodies(
    sentence: str, expected: dict[str, str]
) -> None:
    doc = Document.from_text(sentence).with_layer(
        "turns", [Span(0, len(sentence), "statement", attrs={"speaker": None, "index": 0})]
    )
    persons = {
        doc.span_text(s): s.attrs["canonical"] for s in extract_entities(doc) if s.label == "PERSON"
    }
    assert persons == expected
