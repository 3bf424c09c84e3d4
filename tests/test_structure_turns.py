"""Interview structure across transcript conventions: turns, roles, speakers, stage directions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.model import Document
from rhetoscope.structure.labels import find_labels
from rhetoscope.structure.scoring import score_turns
from rhetoscope.structure.speakers import LabelKind, classify_label
from rhetoscope.structure.turns import analyse

TRANSCRIPTS = Path(__file__).resolve().parent / "fixtures" / "transcripts"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (TRANSCRIPTS / "expected.json").read_text(encoding="utf-8")
)
PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])


def run(text: str) -> Document:
    return PIPELINE(read_text(text))


@pytest.fixture(scope="module", params=sorted(EXPECTED), ids=lambda n: n.removesuffix(".txt"))
def case(request: pytest.FixtureRequest) -> tuple[Document, dict[str, Any]]:
    name = request.param
    return run((TRANSCRIPTS / name).read_text(encoding="utf-8")), EXPECTED[name]


def test_turn_table(case: tuple[Document, dict[str, Any]]) -> None:
    doc, expected = case
    turns = doc.layer("turns")
    want = expected["turns"]
    if "known_errors" in expected:
        # A documented gap (docs/structure.md): exactly these errors, no more and no fewer, so a
        # fix or a new regression both show up here.
        assert list(score_turns(doc, want).errors) == expected["known_errors"]
        return
    assert len(turns) == len(want)
    for span, (label, speaker, prefix, suffix) in zip(turns, want, strict=True):
        body = doc.span_text(span)
        assert (span.label, span.attrs["speaker"]) == (label, speaker), body[:60]
        assert body.startswith(prefix) and body.endswith(suffix), body
        assert body == body.strip()
    score = score_turns(doc, want)
    assert score.recall == score.speaker_accuracy == score.label_accuracy == 1.0, score.errors


def test_turn_attrs_contract(case: tuple[Document, dict[str, Any]]) -> None:
    doc, _ = case
    for i, span in enumerate(doc.layer("turns")):
        assert set(span.attrs) == {"speaker", "speaker_label", "label_span", "index"}
        assert span.attrs["index"] == i
        assert span.label in {"question", "answer", "statement", "other"}
        if span.attrs["label_span"] is not None:
            a, b = span.attrs["label_span"]
            assert b <= span.start  # the label is never part of the body
            # bold markers and a bracketed label's opening bracket ("(Reporter)") are the
            # label's markup, not its words (unless the bracket is the label's own: Reddit's
            # "[deleted]")
            written = doc.text[a:b]
            label = span.attrs["speaker_label"]
            assert written.lstrip("*_([").startswith(label) or written.startswith(label)


def test_sentences_never_straddle_turns(case: tuple[Document, dict[str, Any]]) -> None:
    doc, _ = case
    turns = doc.layer("turns")
    for sentence in doc.layer("sentences"):
        for turn in turns:
            if sentence.overlaps(turn):
                assert turn.contains(sentence), (doc.span_text(sentence), doc.span_text(turn))


def test_stage_directions(case: tuple[Document, dict[str, Any]]) -> None:
    doc, expected = case
    assert [doc.span_text(s) for s in doc.layer("stage_directions")] == expected["directions"]
    assert all(s.label == "direction" for s in doc.layer("stage_directions"))


def test_metadata_of_fixture(case: tuple[Document, dict[str, Any]]) -> None:
    doc, expected = case
    meta = doc.meta.to_dict()
    for key, value in expected["meta"].items():
        assert meta[key] == value, key
    for key, value in expected.get("meta_known_misses", {}).items():
        # A documented gap (a place or date the header gives in a form not read yet): pinned,
        # so reading it shows up here and the row moves to "meta".
        assert meta[key] != value, key


def test_direction_lines_end_turns_but_belong_to_none() -> None:
    doc = run((TRANSCRIPTS / "cable_news.txt").read_text(encoding="utf-8"))
    for span in doc.layer("turns"):
        body = doc.span_text(span)
        assert not body.endswith(("(CROSSTALK)", "(BEGIN VIDEO CLIP)", "(END VIDEO CLIP)"))


# --- label grammar --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("label", "kind", "display"),
    [
        ("Question", LabelKind.QUESTION, None),
        ("Q", LabelKind.QUESTION, None),
        ("Вопрос", LabelKind.QUESTION, None),
        ("Answer", LabelKind.ANSWER, None),
        ("Ответ", LabelKind.ANSWER, None),
        ("THE PRESIDENT", LabelKind.OFFICE, None),
        ("MODERATOR", LabelKind.INTERVIEWER, None),
        ("UNIDENTIFIED MALE", LabelKind.ANONYMOUS, None),
        ("Sergey Lavrov", LabelKind.PERSON, "Sergey Lavrov"),
        ("S.V. Lavrov", LabelKind.PERSON, "S.V. Lavrov"),
        ("С.В.Лавров", LabelKind.PERSON, "С.В. Лавров"),
        ("ЛАВРОВ", LabelKind.PERSON, "Лавров"),
        ("LESTER HOLT, NBC NEWS ANCHOR", LabelKind.PERSON, "Lester Holt"),
        ("HOLT (voice-over)", LabelKind.PERSON, "Holt"),
        ("Foreign Minister Lavrov", LabelKind.PERSON, "Foreign Minister Lavrov"),
        ("SEN. BERNIE SANDERS (I-VT)", LabelKind.PERSON, "Bernie Sanders"),
        ("Ursula von der Leyen", LabelKind.PERSON, "Ursula von der Leyen"),
        ("Speaker 1", LabelKind.PERSON, "Speaker 1"),
        ("SPOKESPERSON", LabelKind.OFFICE, None),
        ("Question 3", LabelKind.QUESTION, None),
        ("Q1", LabelKind.QUESTION, None),
        ("Вопрос №2", LabelKind.QUESTION, None),
        ("Лавров С.В.", LabelKind.PERSON, "С.В. Лавров"),
        ("President of Russia Vladimir Putin", LabelKind.PERSON, "Vladimir Putin"),
        ("Foreign Ministry Spokeswoman Maria Zakharova", LabelKind.PERSON, "Maria Zakharova"),
        ("SECRETARY OF STATE MARCO RUBIO", LabelKind.PERSON, "Marco Rubio"),
        (
            "DR. ANTHONY FAUCI, DIRECTOR, NATIONAL INSTITUTE OF ALLERGY AND INFECTIOUS DISEASES",
            LabelKind.PERSON,
            "Anthony Fauci",
        ),
        ("Stéphane Dujarric", LabelKind.PERSON, "Stéphane Dujarric"),
        ("The Economist", LabelKind.PERSON, "The Economist"),
        ("Запитання", LabelKind.QUESTION, None),
        ("QUESTION JESSEN", LabelKind.QUESTION, "Jessen"),
        ("GUEST", LabelKind.ANSWER, None),
        ("NATO Secretary General", LabelKind.OFFICE, None),
        ("NATO Spokesperson Allison Hart", LabelKind.PERSON, "Allison Hart"),
        ("The Prime Minister (Keir Starmer)", LabelKind.PERSON, "Keir Starmer"),
        ("Mrs Kemi Badenoch (North West Essex) (Con)", LabelKind.PERSON, "Kemi Badenoch"),
        ("RACHEL REEVES MP", LabelKind.PERSON, "Rachel Reeves"),
        ("Senator SHAHEEN", LabelKind.PERSON, "Senator Shaheen"),
        ("TIME", LabelKind.PERSON, "Time"),
        ("Mr. McCONNELL", LabelKind.PERSON, "Mr. McConnell"),
        ("The PRESIDING OFFICER", LabelKind.OFFICE, None),
        ("THE VIDEOGRAPHER", LabelKind.OFFICE, None),
        ("Official Spokesperson, Shri Randhir Jaiswal", LabelKind.PERSON, "Randhir Jaiswal"),
        ("Kyodo News, Sato", LabelKind.PERSON, "Sato"),
        ("NHK, Tanaka", LabelKind.PERSON, "Tanaka"),
        ("Sidhant Sibal, WION", LabelKind.PERSON, "Sidhant Sibal"),
        ("GARY, DARTFORD", LabelKind.PERSON, "Gary"),
    ],
)
def test_label_grammar_accepts(label: str, kind: LabelKind, display: str | None) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is kind
    if display is not None:
        assert info.name is not None and info.name.display() == display


@pytest.mark.parametrize(
    "label",
    [
        "Note",
        "Update",
        "Source",
        "He said",
        "Step 1",
        "10",
        "https",
        "Editor's note",
        "the government said",
        "Примечание",
        "Key takeaways",
        "In 2024 we",
        "What happened next",
        "Present Problems",
        "A Dismal Record",
        "JUST WATCHED Bolton",
        "Said James O’Keefe, founder and president of Project Veritas Action",
        "Cardinal Henri de Lubac, writing in 1985, recalling that drama, said",
        "First",
        "Security",
        "Time: 10",
        "Washington was",
        "BY MR. OKAFOR",
        "By Jane Smith",
    ],
)
def test_label_grammar_rejects(label: str) -> None:
    assert classify_label(label) is None


@pytest.mark.parametrize(
    "text",
    [
        "Note: the meeting was postponed.\nThe talks resumed later.\n",
        "Washington: the U.S. Treasury said it would act.\nBrussels agreed.\n",
        "Update: the vote was delayed.\nSource: Reuters\n",
        "The meeting starts at 10:30 and ends at 12:00.\nThe ratio was 2:1.\n",
        "See https://example.org/page for details.\nStep 1: open the file.\n",
        'He said: "We will never agree to this."\nShe replied: "Then we wait."\n',
        "Putin: a biography.\nThe book was published in 2019.\n",
        "Agenda\n\nTime: 10:30\nVenue: Room 4\n\nTime: 14:00\nVenue: Room 5\n",
        "Trump: I will end the war in 24 hours\n\nThe claim was repeated on Sunday. Few agreed.\n",
        "Notes\n\nPresident. – The sitting is opened.\n\nThe minutes were approved.\n",
        "Report\n\nOK. So we went there.\n\nOK. Then we left.\n",
        "Hearing\n\nSenator Warren. The senator left early.\nThe vote was held later.\n",
        "Kyiv\n\nWHY IT MATTERS: Russian forces have advanced.\nThe Kremlin did not comment.\n",
    ],
    ids=[
        "note",
        "place",
        "update-source",
        "times-ratio",
        "url-step",
        "he-said",
        "heading",
        "time-fields",
        "quote-headline",
        "dashed-once",
        "ok-period",
        "mixed-case-period-once",
        "ap-subhead",
    ],
)
def test_false_labels_are_not_turns(text: str) -> None:
    assert find_labels(text) == ()
    turns = run(text).layer("turns")
    assert [t.label for t in turns] == ["statement"]
    assert turns[0].attrs["speaker_label"] is None


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Aliases of one person collapse to the fullest form seen.
        (
            "Question: A?\nS.V. Lavrov: B.\nQuestion: C?\nSergey Lavrov: D.\nQuestion: E?\n"
            "LAVROV: F.\nQuestion: G?\nForeign Minister Lavrov: H.\n",
            [None, "Sergey Lavrov"] * 4,
        ),
        # THE PRESIDENT is an office, nobody's name, unless the header names the holder (then
        # the alias gazetteer gives the holder's full name).
        (
            "Q Mr. President, will you sign it?\nTHE PRESIDENT: Yes.\n"
            "Q When?\nTHE PRESIDENT: Soon.\n",
            [None, None, None, None],
        ),
        (
            "Remarks by President Biden Before Marine One Departure\n\nQ Will you sign it?\n"
            "THE PRESIDENT: Yes.\nQ When?\nTHE PRESIDENT: Soon.\n",
            [None, "Joe Biden", None, "Joe Biden"],
        ),
        # Q gets a name only from the header.
        (
            "Interview by John Smith\n\nQ: Why now?\nA: Because.\nQ: And later?\nA: We will see.\n",
            ["John Smith", None, "John Smith", None],
        ),
        # "X interviews Y" names both; "X asks" names only the asker, the answerer stays null.
        (
            "Tucker Carlson interviews Viktor Orban\n\nQ: Why?\nA: Because.\nQ: When?\nA: Now.\n",
            ["Tucker Carlson", "Viktor Orban", "Tucker Carlson", "Viktor Orban"],
        ),
        (
            "Putin interview: Tucker Carlson asks about Ukraine\n\nQ: Why?\nA: Because.\n"
            "Q: When?\nA: Now.\n",
            ["Tucker Carlson", None, "Tucker Carlson", None],
        ),
        # Two interviewers and one guest, roles from who asks.
        (
            "ANNA BELL: Good morning. Minister, what happens next?\nMINISTER PAVEL ORLOV: Talks.\n"
            "TOM REED: And if they fail?\nORLOV: Then we wait.\nBELL: How long?\nORLOV: Months.\n",
            ["Anna Bell", "Pavel Orlov", "Tom Reed", "Pavel Orlov", "Anna Bell", "Pavel Orlov"],
        ),
    ],
    ids=[
        "aliases",
        "office-unnamed",
        "office-from-header",
        "q-from-header",
        "x-interviews-y",
        "x-asks",
        "two-interviewers",
    ],
)
def test_speaker_resolution(text: str, speakers: list[str | None]) -> None:
    assert [t.attrs["speaker"] for t in run(text).layer("turns")] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # An office label is the person who first spoke with that office and a name.
        (
            "NATO Spokesperson Allison Hart: Welcome.\nNATO Secretary General Mark Rutte: We "
            "agreed.\nNATO Spokesperson: Reuters.\nQuestion (Reuters): Why?\n"
            "NATO Secretary General: Because.\nNATO Spokesperson: Thank you.\n",
            ["Allison Hart", "Mark Rutte", "Allison Hart", "Reuters", "Mark Rutte", "Allison Hart"],
        ),
        (
            "The Prime Minister (Keir Starmer): I had meetings.\nMrs Badenoch: Why?\n"
            "The Prime Minister: Because.\nMrs Kemi Badenoch (North West Essex) (Con): When?\n"
            "The Prime Minister: Soon.\n",
            ["Keir Starmer", "Kemi Badenoch", "Keir Starmer", "Kemi Badenoch", "Keir Starmer"],
        ),
        # Initials that match exactly one full name of the header.
        (
            "Jens Stoltenberg on deterrence, Donald Trump and Ukraine\n"
            "Interview conducted by Anna Smith\n\nAS: Is NATO stronger?\nJS: Yes.\n"
            "AS: Why?\nJS: More forces.\n",
            ["Anna Smith", "Jens Stoltenberg"] * 2,
        ),
        # Russian initials completed from the lead, case endings undone.
        (
            "Встреча с Эльвирой Набиуллиной\nВладимир Путин провёл встречу.\n\n"
            "В.Путин: Как инфляция?\nЭ.Набиуллина: Снижается.\nВ.Путин: Хорошо.\n",
            ["Владимир Путин", "Эльвира Набиуллина", "Владимир Путин"],
        ),
        # Role words named by the header: "Беседовал X", "Host X talks to Y".
        (
            "Беседовал Иван Сафронов\n\nКорреспондент: Как дела?\nСергей Шойгу: Хорошо.\n"
            "Корреспондент: Спасибо.\nСергей Шойгу: Вам спасибо.\n",
            ["Иван Сафронов", "Сергей Шойгу"] * 2,
        ),
        (
            "Episode 1\nHost Sarah Lee talks to Professor Mark Galeotti\n\nHOST: Why?\n"
            "GUEST: Because.\nHOST: When?\nGUEST: Now.\n",
            ["Sarah Lee", "Mark Galeotti"] * 2,
        ),
        # An outlet is no interviewer; the quote headline names who answers.
        (
            "Pedro Sánchez: 'Europe must defend itself'\nThe prime minister speaks to EL PAÍS\n\n"
            "Question. Will you spend more?\nAnswer. Yes.\nQuestion. When?\nAnswer. Soon.\n",
            [None, "Pedro Sánchez"] * 2,
        ),
        # A magazine label in capitals that the header writes the same way.
        (
            "Zelensky spoke with TIME in Kyiv.\n\n**TIME:** Why?\n**Zelensky:** Because.\n"
            "**TIME:** When?\n**Zelensky:** Now.\n",
            ["TIME", "Volodymyr Zelensky"] * 2,
        ),
    ],
    ids=[
        "office-aliases",
        "hansard",
        "header-initials",
        "russian-cases",
        "correspondent",
        "host-guest",
        "outlet-headline",
        "outlet-caps",
    ],
)
def test_speaker_resolution_from_offices_and_header(text: str, speakers: list[str | None]) -> None:
    assert [t.attrs["speaker"] for t in run(text).layer("turns")] == speakers


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # Congressional Record: "Senator SHAHEEN." closes the label with a period.
        (
            "The CHAIRMAN. We come to order.\nSenator SHAHEEN. Will you?\nSenator RUBIO. I will."
            "\nSenator SHAHEEN. When?\nSenator RUBIO. Soon.\nThe CHAIRMAN. Thank you.\n",
            ["We come to order.", "Will you?", "I will.", "When?", "Soon.", "Thank you."],
        ),
        # European Parliament: "Name, role. – words".
        (
            "President. – The next item is Ukraine.\nKaja Kallas, Vice-President of the "
            "Commission. – Madam President, we act.\nPresident. – The debate is closed.\n",
            ["The next item is Ukraine.", "Madam President, we act.", "The debate is closed."],
        ),
        # Lex Fridman: the name alone on its line, a timestamp opening the next.
        (
            "Lex Fridman\n(00:00:00) Why?\n\nFiona Hill\n(00:00:05) Grievance.\n\n"
            "Lex Fridman\n(00:00:09) Thanks.\n\nFiona Hill\n(00:00:11) Thank you.\n",
            ["Why?", "Grievance.", "Thanks.", "Thank you."],
        ),
        # A scrape that lost line breaks and the spaces after the colons.
        (
            "Ответы на вопросы, Москва.Вопрос:Как прошёл разговор?В.Путин:Хорошо.Вопрос:А "
            "встреча?В.Путин:Готовится.",
            ["Как прошёл разговор?", "Хорошо.", "А встреча?", "Готовится."],
        ),
        # One-off askers between one principal's turns (Chinese MFA); a place name is none.
        (
            "Lin Jian: Good afternoon.\nAFP: Will China respond?\nLin Jian: Yes.\n"
            "Shanghai: a city of 25 million.\nLin Jian: Next.\nReuters: Talks?\nLin Jian: No.\n",
            [
                "Good afternoon.",
                "Will China respond?",
                "Yes.\nShanghai: a city of 25 million.",
                "Next.",
                "Talks?",
                "No.",
            ],
        ),
    ],
    ids=["congressional-record", "european-parliament", "lex-fridman", "glued-no-space", "mfa-cn"],
)
def test_label_conventions(text: str, bodies: list[str]) -> None:
    doc = run(text)
    assert [doc.span_text(t) for t in doc.layer("turns")] == bodies


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # A spokesperson who only hands the floor over chairs; the principal answers.
        (
            "Д.Песков: Коллеги, прошу.\nВопрос: Как дела?\nВ.Путин: Хорошо.\n"
            "Д.Песков: Следующий вопрос.\nВопрос: А цены?\nВ.Путин: Растут.\n",
            ["other", "question", "answer", "other", "question", "answer"],
        ),
        # A spokesperson who answers the questions herself does not chair.
        (
            "MS BRUCE: Hello. Go ahead, Said.\nQUESTION: Will he meet them?\n"
            "MS BRUCE: No.\nQUESTION: Why?\nMS BRUCE: Timing.\n",
            ["statement", "question", "answer", "question", "answer"],
        ),
        # A correspondent the host questions answers in that two-way.
        (
            "STEVE INSKEEP, HOST: Good morning, Eleanor.\nELEANOR BEARDSLEY, BYLINE: Good "
            "morning.\nINSKEEP: What did he say?\nBEARDSLEY: That Russia is a threat.\n",
            ["other", "answer", "question", "answer"],
        ),
    ],
    ids=["moderator", "spokesperson-answers", "two-way"],
)
def test_roles_of_chairs_and_correspondents(text: str, labels: list[str]) -> None:
    assert [t.label for t in run(text).layer("turns")] == labels


def test_initialisms_join_the_full_name() -> None:
    text = (
        "Dennis Bernstein: Welcome, John. What happened?\nJohn Pilger: A scandal.\n"
        "DB: Why?\nJP: Because of fear.\nDB: And now?\nJP: Silence.\n"
    )
    speakers = [t.attrs["speaker"] for t in run(text).layer("turns")]
    assert speakers == ["Dennis Bernstein", "John Pilger"] * 3


def test_a_body_of_only_directions_is_no_turn() -> None:
    text = "HOLT: Why?\nTRUMP: (LAUGHTER)\nHOLT: Seriously, why?\nTRUMP: Because.\n"
    doc = run(text)
    assert [doc.span_text(t) for t in doc.layer("turns")] == ["Why?", "Seriously, why?", "Because."]
    assert [doc.span_text(s) for s in doc.layer("stage_directions")] == ["(LAUGHTER)"]


def test_field_lists_are_not_speakers() -> None:
    text = (
        "Convents by federation\nFederation: Germany\nnumber of convents: 14\n"
        "Federation: Spain - Catalonia\nnumber of convents: 9\n"
    )
    assert find_labels(text) == ()


def test_two_interviewers_roles() -> None:
    text = (
        "ANNA BELL: Good morning. Minister, what happens next?\nMINISTER PAVEL ORLOV: Talks.\n"
        "TOM REED: And if they fail?\nORLOV: Then we wait.\nBELL: How long?\nORLOV: Months.\n"
    )
    assert [t.label for t in run(text).layer("turns")] == ["question", "answer"] * 3


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Speech by Foreign Minister Sergey Lavrov at the UN General Assembly, New York, "
            "September 27, 2025\n\nMr President,\n\nWe meet at a difficult time. The world is "
            "changing, and the old order is fading.\n",
            "Sergey Lavrov",
        ),
        (
            "Why sanctions fail\nBy Jane Doe\n\nSanctions rarely change a regime's course. They "
            "change its trading partners instead.\n",
            "Jane Doe",
        ),
        (
            "Why sanctions fail\nBy Jane Doe and John Roe\n\nSanctions rarely change a regime's "
            "course. They change its trading partners instead.\n",
            None,
        ),
        (
            "Sanctions rarely change a regime's course. "
            "They change its trading partners instead.\n",
            None,
        ),
    ],
    ids=["speech-header", "byline", "two-authors", "anonymous"],
)
def test_statement_speaker(text: str, speaker: str | None) -> None:
    turns = run(text).layer("turns")
    assert [t.label for t in turns] == ["statement"]
    assert turns[0].attrs["speaker"] == speaker
    assert run(text).span_text(turns[0]).endswith("instead.") or speaker == "Sergey Lavrov"


def test_analyse_is_deterministic_and_offsets_fit() -> None:
    text = (TRANSCRIPTS / "podcast.txt").read_text(encoding="utf-8")
    first, second = analyse(text), analyse(text)
    assert first == second
    for span in first.turns:
        assert 0 <= span.start < span.end <= len(text)


def test_news_articles_rarely_yield_speaker_labels(shared_data: Path) -> None:
    """Precision on real text: PTC news articles are prose; the few with labels quote real
    transcripts (a Hannity segment, a Bernstein/Pilger interview, a deposition)."""
    articles = sorted((shared_data / "ptc" / "train-articles").glob("*.txt"))
    assert len(articles) > 300
    with_labels = [a.name for a in articles if find_labels(a.read_text(encoding="utf-8"))]
    assert len(with_labels) / len(articles) < 0.05, with_labels


_labels = st.sampled_from(
    [
        "Question: ",
        "Q: ",
        "A: ",
        "Sergey Lavrov: ",
        "S.V. Lavrov: ",
        "HOLT: ",
        "Q  ",
        "Note: ",
        "THE PRESIDENT: ",
        "Вопрос: ",
        "",
        "(CROSSTALK)\n",
        "Washington: ",
    ]
)
_bodies = st.sampled_from(
    [
        "Why now?",
        "Because it is time.",
        "We agree (LAUGHTER) fully.",
        "Yes.",
        "10:30 is late.",
        "He said: no.",
        "Мы готовы.",
        "",
        "Ratio 2:1.",
        "https://x.org/#a",
    ]
)


@settings(max_examples=120, deadline=None)
@given(
    st.lists(st.tuples(_labels, _bodies), min_size=1, max_size=12),
    st.sampled_from(["\n", "\n\n", " ", ""]),
)
def test_any_transcript_gives_valid_turns(parts: list[tuple[str, str]], sep: str) -> None:
    text = "Title line\n" + sep.join(label + body for label, body in parts)
    doc = run(text)
    assert Document.from_json(doc.to_json()) == doc  # lossless JSON round trip
    previous_end = 0
    for i, span in enumerate(doc.layer("turns")):
        body = doc.span_text(span)
        assert 0 <= span.start < span.end <= len(text) and body == body.strip()
        assert span.start >= previous_end  # turns never overlap
        previous_end = span.end
        assert span.attrs["index"] == i
        if span.attrs["label_span"] is not None:
            a, b = span.attrs["label_span"]
            assert b <= span.start and text[a:b].rstrip().endswith((":", "Q"))
    for layer in ("sentences", "stage_directions", "duplicates"):
        for span in doc.layer(layer):
            assert 0 <= span.start <= span.end <= len(text)


@pytest.mark.parametrize(
    ("text", "speakers", "labels"),
    [
        # The Congressional Record: each senator speaks once between the presiding officer's
        # (an unheld office: a voice the page does not name is null).
        (
            "  Mr. McCONNELL. Mr. President, we must act.\n  I yield the floor.\n"
            "  The PRESIDING OFFICER. The Senator from Illinois.\n"
            "  Mr. DURBIN. Mr. President, I agree.\n"
            "  The PRESIDING OFFICER. The clerk will call the roll.\n",
            ["Mr. McConnell", None, "Mr. Durbin", None],
            ["statement"] * 4,
        ),
        # A House hearing writes surnames in mixed case; the cover names the witness.
        (
            "WITNESS\n\nThe Honorable Marco Rubio, Secretary of State\n\n"
            "    Chairman Mast. The committee will come to order. Mr. Secretary, why now?\n"
            "    Secretary Rubio. Because the law requires it.\n"
            "    Chairman Mast. The gentlewoman from Nevada, Ms. Titus, is recognized.\n"
            "    Ms. Titus. Mr. Secretary, why were the reports cut?\n"
            "    Secretary Rubio. They were not cut.\n",
            ["Chairman Mast", "Marco Rubio", "Chairman Mast", "Ms. Titus", "Marco Rubio"],
            ["question", "answer", "other", "question", "answer"],
        ),
        # A deposition: "BY MR. X:" names who asks, the cover the deponent; counsel's
        # interjections are colloquy.
        (
            "DEPOSITION OF JANE Q. DOE\n\nEXAMINATION\nBY MR. OKAFOR:\n"
            "     Q.   State your name.\n     A.   Jane Doe.\n"
            "          MS. LINDQVIST: Objection to form.\n"
            "     Q.   You may answer. Did you sign it?\n     A.   Yes.\n",
            ["Mr. Okafor", "Jane Doe", "Ms. Lindqvist", "Mr. Okafor", "Jane Doe"],
            ["question", "answer", "other", "question", "answer"],
        ),
        # "Outlet, Surname:" askers, once each; the family name first in the header.
        (
            "Press Conference by Foreign Minister IWAYA Takeshi\n\n"
            "Minister Iwaya: I have one announcement. We will visit Seoul.\n\n"
            "Questions and Answers\n\n"
            "Kyodo News, Sato: Will history be on the agenda?\n"
            "Minister Iwaya: I will refrain from prejudging the talks.\n"
            "Nikkei, Yamamoto: When will the framework be final?\n"
            "Minister Iwaya: Consultations are under way.\n",
            ["Takeshi Iwaya", "Sato", "Takeshi Iwaya", "Yamamoto", "Takeshi Iwaya"],
            ["statement", "question", "answer", "question", "answer"],
        ),
        # An office, then its holder after the comma; a closing thanks answers nothing.
        (
            "Official Spokesperson, Shri Randhir Jaiswal: Good afternoon. I open the floor.\n"
            "Sidhant Sibal, WION: Sir, is there an update on trade?\n"
            "Official Spokesperson, Shri Randhir Jaiswal: The talks continue.\n"
            "Yeshi Seli, The New Indian Express: Has India raised the dam?\n"
            "Official Spokesperson, Shri Randhir Jaiswal: We have conveyed our concerns.\n"
            "Official Spokesperson, Shri Randhir Jaiswal: Thank you all for joining.\n",
            ["Randhir Jaiswal", "Sidhant Sibal", "Randhir Jaiswal", "Yeshi Seli"]
            + ["Randhir Jaiswal"] * 2,
            ["statement", "question", "answer", "question", "answer", "other"],
        ),
        # Beside a question that yields no turn ("Q (Inaudible.)"), the thanks still answers.
        (
            "Q Will he go?\n\nMS. LEAVITT: It's possible.\n\nQ (Inaudible.)\n\n"
            "MS. LEAVITT: Thank you, everybody.\n",
            [None, "Ms. Leavitt", "Ms. Leavitt"],
            ["question", "answer", "answer"],
        ),
        # "interview with Hungary's Orban": a possessive is no given name; the intro line after
        # an agency dateline is an editor's line, and it gives the full name.
        (
            "Full transcript of Reuters interview with Hungary's Orban\n"
            "BUDAPEST, Oct 14 (Reuters) - The following is an edited transcript of an interview "
            "Prime Minister Viktor Orban gave to Reuters.\n\n"
            "Reuters: Will you veto it?\n\nOrban: No.\n\nReuters: Why not?\n\nOrban: Consensus.\n",
            ["Reuters", "Viktor Orban", "Reuters", "Viktor Orban"],
            ["question", "answer", "question", "answer"],
        ),
    ],
    ids=[
        "senate-floor",
        "house-hearing",
        "deposition",
        "outlet-first",
        "office-holder",
        "inaudible-question",
        "possessive-header",
    ],
)
def test_one_off_speakers_and_headers(
    text: str, speakers: list[str | None], labels: list[str]
) -> None:
    turns = run(text).layer("turns")
    assert [t.attrs["speaker"] for t in turns] == speakers
    assert [t.label for t in turns] == labels


def test_interviewer_named_in_the_nominative() -> None:
    text = (
        "Сергей Рябков: диалог возможен\nБеседовала Анастасия Ростова\n\n"
        "— Сергей Алексеевич, договоритесь?\n\n— Времени мало.\n\n"
        "— Был ли ответ?\n\n— Пока нет.\n"
    )
    speakers = [t.attrs["speaker"] for t in run(text).layer("turns")]
    assert speakers[0::2] == ["Анастасия Ростова"] * 2


@pytest.mark.parametrize(
    ("text", "speaker", "first", "last"),
    [
        # "X's speech to …" names the speaker; a paragraph ending in "(Applause)" is speech.
        (
            "Keir Starmer's speech to Labour Party Conference 2025: full text\n\n"
            "Conference, thank you. (Applause)\n\nWe will fix it. Thank you.\n\n(Applause)\n",
            "Keir Starmer",
            "Conference, thank you.",
            "Thank you.",
        ),
        # A post with its channel's name on top: the name may as well be a profile's title, so
        # it names nobody.
        (
            "Мария Захарова\n❗️ О плане\n\nБрюссель опять решил всё за всех. Выводы делайте "
            "сами.\n\n#Захарова\n",
            None,
            "Брюссель",
            "сами.",
        ),
        # A photo caption above the text is header even though it ends in brackets.
        (
            "Pope visits Genoa\n\nPope Francis visits Genoa, Italy. (Reuters photo: G. Perottino)\n"
            "\nThe pope spoke to workers at a steel plant on Saturday. He urged dignity.\n",
            None,
            "The pope spoke",
            "urged dignity.",
        ),
        # Caption text: no punctuation, timestamps; the words start after "[Music]" and "0:00".
        (
            "[Music]\n0:00\ngood evening everyone and\n0:03\nthank you for being here\n",
            None,
            "good evening",
            "being here",
        ),
        # Wire copy ends before the "___" rule and the "Follow AP's coverage" link.
        (
            "Zelenskyy: Ukraine will not withdraw\nBy ILLIA NOVIKOV\n\nKYIV, Ukraine (AP) — "
            "Zelenskyy said Wednesday that Ukraine will stay. He said so twice.\n\n___\n\n"
            "Follow AP's coverage of the war at https://apnews.com/hub/russia-ukraine-war\n",
            "Illia Novikov",
            "KYIV, Ukraine (AP)",
            "said so twice.",
        ),
    ],
    ids=["possessive-speech", "channel-name", "photo-caption", "captions", "wire-trailer"],
)
def test_statement_bounds_and_author(text: str, speaker: str | None, first: str, last: str) -> None:
    doc = run(text)
    turns = doc.layer("turns")
    assert [t.label for t in turns] == ["statement"]
    assert turns[0].attrs["speaker"] == speaker
    body = doc.span_text(turns[0])
    assert body.startswith(first) and body.endswith(last), body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A name on the first line is a profile's title, not a signature, when a byline names
        # the author.
        (
            "Sergey Lavrov\nBy Jane Doe\n\nThe minister has served since 2004. He is 75.\n",
            "Jane Doe",
        ),
        # Words that are a headline, not a name.
        ("The Long War\n\nThe conflict entered its fourth year. Nobody expects an end.\n", None),
        ("Foreign Minister Lavrov\n\nThe minister arrived on Monday. He met the press.\n", None),
        ("Julian Assange\n\nThe publisher was freed in June. He flew home to Australia.\n", None),
    ],
    ids=["byline-wins", "headline", "title-not-signature", "profile-title"],
)
def test_signature_line_never_guesses(text: str, speaker: str | None) -> None:
    assert run(text).layer("turns")[0].attrs["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "speakers", "labels"),
    [
        # UK select committee: numbered questions by the chair (named with "(Chair)") and members.
        (
            "Oral evidence\nMembers present: Dame Meg Hillier (Chair); Ruth Cadbury.\n\n"
            "Q1 Chair: Why the delay?\n\nKeir Starmer: There is none.\n\n"
            "Q2 Ruth Cadbury: And the runway?\n\nKeir Starmer: It is coming.\n",
            ["Meg Hillier", "Keir Starmer", "Ruth Cadbury", "Keir Starmer"],
            ["question", "answer", "question", "answer"],
        ),
        # Bold questions, plain answers, no labels; the header names both people.
        (
            "An interview with Kaja Kallas\n\n*Interview by Laura Weber.*\n\n"
            "**Is Europe ready?**\n\nNot yet. But closer.\n\n**What is missing?**\n\n"
            "Air defence.\n\nAnd the will to act.\n",
            ["Laura Weber", "Kaja Kallas", "Laura Weber", "Kaja Kallas"],
            ["question", "answer", "question", "answer"],
        ),
        # A guest who speaks once, right after the host's question; the host named in the
        # instrumental case.
        (
            "«Вечер с Владимиром Соловьевым»\n\nСоловьев: Каковы шансы?\n\nШахназаров: Есть.\n\n"
            "Соловьев: А Европа?\n\nШахназаров: Вне игры.\n\nСоловьев: Яков Моисеевич, а вы?\n\n"
            "Кедми: Переговоров не будет.\n\nСоловьев: Понятно.\n",
            ["Владимир Соловьев", "Шахназаров"] * 2
            + ["Владимир Соловьев", "Кедми"]
            + ["Владимир Соловьев"],
            ["question", "answer", "question", "answer", "question", "answer", "other"],
        ),
    ],
    ids=["committee-numbered", "bold-questions", "one-off-guest"],
)
def test_conventions_of_batch_h(text: str, speakers: list[str | None], labels: list[str]) -> None:
    turns = run(text).layer("turns")
    assert [t.attrs["speaker"] for t in turns] == speakers
    assert [t.label for t in turns] == labels


def test_bold_subheadings_are_no_questions() -> None:
    text = (
        "Europe rearms\n\n**Why it matters**\n\nSpending is up. Output too.\n\n"
        "**What is next?**\n\nA summit in June.\n\n**The bottom line**\n\nIt will take years.\n"
    )
    assert [t.label for t in run(text).layer("turns")] == ["statement"]


def test_one_off_label_needs_a_question_before_it() -> None:
    # "Washington:" speaks once, but nobody asked it anything: it is no guest.
    text = (
        "Report\n\nSmith: We agree.\n\nJones: We do not.\n\nSmith: Then we wait.\n\n"
        "Jones: So be it.\n\nWashington: the Treasury said it would act.\n\nSmith: Fine.\n"
    )
    assert "Washington" not in [h.text for h in find_labels(text)]
    assert [t.attrs["speaker"] for t in run(text).layer("turns")] == ["Smith", "Jones"] * 2 + [
        "Smith"
    ]
