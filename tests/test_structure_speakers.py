"""Speaker naming: the canonical speaker is the fullest name the text gives for that person.

Batch K (blind, see docs/structure.md) found five naming gaps; each row below pins one mechanism
on a short text, with the cases where the text does *not* name the person kept null/as written.
"""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _nominative
from rhetoscope.structure.labels import _strip_paren
from rhetoscope.structure.speakers import Name, resolve_names
from structure_support import run

RU_QA = "Вопрос: Как дела?\n\n{label} Хорошо.\n\nВопрос: {q}\n\n{label} Посмотрим.\n"


def speakers(text: str) -> list[str | None]:
    return [t.attrs["speaker"] for t in run(text).layer("turns")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Initials label, full name in a possessive header (Latin script).
        (
            "Vladimir Putin's interview with Rossiya TV\n\nP. Zarubin: Why now?\n\n"
            "V. Putin: Because.\n\nP. Zarubin: And then?\n\nV. Putin: We will see.\n",
            ["P. Zarubin", "Vladimir Putin", "P. Zarubin", "Vladimir Putin"],
        ),
        # (the bare questions are the paper's the header gives the interview to, session 30)
        # Initials label, full name only in the body, in the genitive.
        (
            "Интервью газете «Труд»\n\n"
            + RU_QA.format(label="С.В.Лавров:", q="Что думает команда Сергея Лаврова?"),
            ["Труд", "Сергей Лавров", "Труд", "Сергей Лавров"],
        ),
        # Given name and patronymic agreeing with both initials.
        (
            "Интервью С.В.Лаврова газете «Труд»\n\n"
            + RU_QA.format(label="С.В.Лавров:", q="Сергей Викторович, а дальше?"),
            ["Труд", "Сергей Лавров", "Труд", "Сергей Лавров"],
        ),
        # A patronymic that disagrees with the second initial names someone else.
        (
            "Интервью С.В.Лаврова газете «Труд»\n\n"
            + RU_QA.format(label="С.В.Лавров:", q="Сергей Петрович, а дальше?"),
            ["Труд", "С.В. Лавров", "Труд", "С.В. Лавров"],
        ),
        # Two different full names with the same initial: no guess.
        (
            "Интервью газете «Труд»\n\n"
            + RU_QA.format(label="С.Лавров:", q="Сергей Лавров или Семён Лавров?"),
            ["Труд", "С. Лавров", "Труд", "С. Лавров"],
        ),
        # Nothing in the text names the person: the initials stay.
        (
            "Интервью газете «Труд»\n\n" + RU_QA.format(label="Д.Песков:", q="А дальше?"),
            ["Труд", "Д. Песков", "Труд", "Д. Песков"],
        ),
        # Russian instrumental: "беседа с Марией Захаровой".
        (
            "Беседа с Марией Захаровой в эфире радио «Спутник»\n\n"
            + RU_QA.format(label="М.В.Захарова:", q="А дальше?"),
            [None, "Мария Захарова", None, "Мария Захарова"],
        ),
        # "X told the BBC's Y": a header naming a person twice still names one person.
        (
            "Kaja Kallas told the BBC's Laura Kuenssberg about drones\nSunday with Laura "
            "Kuenssberg\n\nLK: Ready?\n\nKK: Getting there.\n\nLK: When?\n\nKK: Soon.\n",
            ["Laura Kuenssberg", "Kaja Kallas", "Laura Kuenssberg", "Kaja Kallas"],
        ),
        # state.gov "Interview with X of <broadcaster acronym> <show>": X asks.
        (
            "Secretary Rubio's Interview with Margaret Brennan of CBS Face the Nation\n"
            "Secretary of State Marco Rubio\n\nQUESTION: Will it hold?\n\n"
            "SECRETARY RUBIO: It will.\n\nQUESTION: Who disarms Hamas?\n\n"
            "SECRETARY RUBIO: A force.\n",
            ["Margaret Brennan", "Marco Rubio", "Margaret Brennan", "Marco Rubio"],
        ),
        # "… with X of <country>" names no interviewer.
        (
            "Remarks by Secretary Rubio in a Meeting with Mark Carney of the UK Delegation\n\n"
            "QUESTION: Will it hold?\n\nSECRETARY RUBIO: It will.\n\nQUESTION: When?\n\n"
            "SECRETARY RUBIO: Soon.\n",
            # the page never gives his given name; the alias gazetteer does
            [None, "Marco Rubio", None, "Marco Rubio"],
        ),
        # A journalist after an outlet's possessive asks, whatever the preposition.
        (
            "Secretary Rubio's Interview with CNN's Jake Tapper\n\nQUESTION: Will it hold?\n\n"
            "SECRETARY RUBIO: It will.\n\nQUESTION: When?\n\nSECRETARY RUBIO: Soon.\n",
            ["Jake Tapper", "Marco Rubio", "Jake Tapper", "Marco Rubio"],
        ),
        (
            "Interview of President of Ukraine Volodymyr Zelenskyy with Fox News' Bret Baier\n\n"
            "Journalist: Disappointed?\n\nPresident: No.\n\nJournalist: Ceasefire?\n\n"
            "President: Yes.\n",
            ["Bret Baier", "Volodymyr Zelenskyy", "Bret Baier", "Volodymyr Zelenskyy"],
        ),
        # A country's possessive is a determiner: Orban answers, the asker is unknown.
        (
            "Interview with Hungary's Viktor Orban\n\nQ: Why?\n\nA: Because.\n\nQ: When?\n\n"
            "A: Now.\n",
            [None, "Viktor Orban", None, "Viktor Orban"],
        ),
    ],
    ids=[
        "initials-possessive-header",
        "initials-genitive-body",
        "initials-patronymic",
        "patronymic-disagrees",
        "two-full-names",
        "never-named",
        "instrumental-given-name",
        "header-names-twice",
        "interviewer-of-broadcaster",
        "with-x-of-country",
        "outlet-possessive-journalist",
        "outlet-plural-possessive",
        "country-possessive",
    ],
)
def test_fullest_name_the_text_gives(text: str, want: list[str | None]) -> None:
    assert speakers(text) == want


def test_dash_dialogue_answerer_completed_from_address() -> None:
    text = (
        "Интервью Министра иностранных дел России С.В.Лаврова газете «Коммерсант»\n\n"
        "— Сергей Викторович, как Вы оцениваете переговоры?\n\n— Это был полезный разговор.\n\n"
        "— А что дальше?\n\n— Продолжим работу.\n"
    )
    # (the dash questions are the paper's the header gives the interview to, session 30)
    assert speakers(text) == ["Коммерсант", "Сергей Лавров", "Коммерсант", "Сергей Лавров"]


@pytest.mark.parametrize(
    ("word", "nominative"),
    [
        ("Марией", "Мария"),
        ("Натальей", "Наталья"),
        ("Владимиром", "Владимир"),
        ("Павлом", "Павел"),
        ("Захаровой", "Захарова"),
        ("Сергея", "Сергей"),
        ("Алексей", "Алексей"),
    ],
)
def test_nominative(word: str, nominative: str) -> None:
    assert _nominative(word) == nominative


@pytest.mark.parametrize(
    ("label", "written"),
    [
        ("HOLT (voice-over)", "HOLT"),
        ("SEN. JOHN THUNE (R-SD), MAJORITY LEADER", "SEN. JOHN THUNE (R-SD), MAJORITY LEADER"),
        ("Mr. Nebenzia (Russian Federation) (spoke in Russian)", "Mr. Nebenzia"),
        ("[00:01:02] Hannah Cole", "Hannah Cole"),
    ],
)
def test_speaker_label_keeps_inner_parentheticals(label: str, written: str) -> None:
    assert _strip_paren(label) == written


def test_header_people_deduplicated_for_initialisms() -> None:
    laura = Name(given=("Laura",), surname="Kuenssberg", title=None, caps=False)
    lk = Name(given=(), surname="LK", title=None, caps=True)
    canon = resolve_names([lk], [], [laura, laura])
    assert canon[lk] == "Laura Kuenssberg"


@pytest.mark.parametrize(
    ("header", "date"),
    [
        (
            'This is a rush transcript of "This Week" airing Sunday, October 26, 2025 on ABC News.',
            "2025-10-26",
        ),
        # A long sentence that is no transcript notice dates news, not the document.
        ("The minister said that the talks held on October 26, 2025 in Geneva were useful.", None),
    ],
)
def test_broadcast_notice_dates_the_transcript(header: str, date: str | None) -> None:
    text = f"Transcript\n{header}\n\nHOST: Why?\n\nGUEST: Because.\n\nHOST: When?\n\nGUEST: Now.\n"
    assert run(text).meta.date == date


# Batch M (blind, see docs/structure.md): who is named, and who asks, by header conventions the
# rules had not seen. Each row: text, speakers, roles; the negative rows keep what is not said.
@pytest.mark.parametrize(
    ("text", "want", "roles"),
    [
        # A transliterated patronymic address names the initials speaker ...
        (
            "Answers to media questions by Foreign Minister S.V. Lavrov, Moscow\n\n"
            "Question: Sergey Viktorovich, why?\n\nS.V. Lavrov: Because.\n\n"
            "Question: When?\n\nS.V. Lavrov: Soon enough.\n",
            [None, "Sergey Lavrov"] * 2,
            ["question", "answer"] * 2,
        ),
        # ... but not when its initial disagrees, and "Mr Lavrov" alone adds nothing.
        (
            "Answers to media questions by Foreign Minister S.V. Lavrov\n\n"
            "Question: Sergey Petrovich, Mr Lavrov, why?\n\nS.V. Lavrov: Because.\n\n"
            "Question: When?\n\nS.V. Lavrov: Soon enough.\n",
            [None, "S.V. Lavrov"] * 2,
            ["question", "answer"] * 2,
        ),
        # "X's interview with <office holder> Y": the untitled owner asks.
        (
            "Nick Robinson's interview with Deputy Prime Minister David Lammy\n\n"
            "NR: Will taxes rise?\n\nDL: I will not pre-empt the Budget.\n\n"
            "NR: Why not?\n\nDL: Because the Chancellor will set it out.\n",
            ["Nick Robinson", "David Lammy"] * 2,
            ["question", "answer"] * 2,
        ),
        # An outlet label asks for the single-author byline ...
        (
            "Zelensky on Winter\nBy Simon Shuster\n\nTIME spoke with President Volodymyr "
            "Zelensky in Kyiv.\n\nTIME: How bad will it be?\n\nZelensky: Hard, but we are ready."
            "\n\nTIME: And the plan?\n\nZelensky: We will see the details.\n",
            [None, "Simon Shuster", "Volodymyr Zelensky", "Simon Shuster", "Volodymyr Zelensky"],
            ["other", "question", "answer", "question", "answer"],
        ),
        # ... and stays the outlet with two authors.
        (
            "Zelensky on Winter\nBy Simon Shuster and Vera Bergengruen\n\nTIME spoke with "
            "President Volodymyr Zelensky in Kyiv.\n\nTIME: How bad will it be?\n\n"
            "Zelensky: Hard, but we are ready.\n\nTIME: And the plan?\n\n"
            "Zelensky: We will see the details.\n",
            [None, "TIME", "Volodymyr Zelensky", "TIME", "Volodymyr Zelensky"],
            ["other", "question", "answer", "question", "answer"],
        ),
        # A Ukrainian office label: the header's title + genitive name; "Журналіст" asks.
        (
            "Інтерв'ю Президента України Володимира Зеленського телеканалу ICTV\n\n"
            "Журналіст: Якою буде зима?\n\nПрезидент: Складною.\n\n"
            "Журналіст: А переговори?\n\nПрезидент: Ми готові.\n",
            [None, "Володимир Зеленський"] * 2,
            ["question", "answer"] * 2,
        ),
        # "X talks to Y" where the label makes X the host: Y answers.
        (
            "Steve Inskeep talks to Secretary of State Marco Rubio\n\nSTEVE INSKEEP, HOST: "
            "Welcome back, Mr. Secretary.\n\nMARCO RUBIO: Thank you for having me.\n\n"
            "INSKEEP: What is the legal basis?\n\nRUBIO: The president has the authority.\n",
            ["Steve Inskeep", "Marco Rubio", "Steve Inskeep", "Marco Rubio"],
            ["other", "answer", "question", "answer"],
        ),
    ],
    ids=[
        "latin-patronymic",
        "patronymic-disagrees",
        "possessive-interviewer",
        "outlet-label-byline",
        "outlet-label-two-authors",
        "ukrainian-office",
        "host-talks-to",
    ],
)
def test_batch_m_naming(text: str, want: list[str | None], roles: list[str]) -> None:
    turns = run(text).layer("turns")
    assert [t.attrs["speaker"] for t in turns] == want
    assert [t.label for t in turns] == roles


# Batch N (blind): a rev.com joint press conference. The principals named before "Joint Press
# Conference" never chair, and a "Speaker N" between their turns is one more reporter, also when
# the other reporters are named ("Chris Mason (03:10):") rather than "Question:".
REV_PRESSER = (
    "Keir Starmer and Emmanuel Macron Joint Press Conference Transcript\n\n"
    "Keir Starmer (00:01):\nGood afternoon. It's a pleasure to be back in Paris.\n\n"
    "Emmanuel Macron (01:45):\nThank you, Keir. We had productive talks.\n\n"
    "Chris Mason (03:10):\nChris Mason, BBC News. Prime Minister, are you ready?\n\n"
    "Keir Starmer (03:22):\nWe are ready to play our part.\n\n"
    "Speaker 3 (04:05):\nPresident Macron, the same question to you.\n\n"
    "Emmanuel Macron (04:09):\nFrance will be there.\n"
)


@pytest.mark.parametrize(
    ("header", "roles"),
    [
        (
            "Keir Starmer and Emmanuel Macron Joint Press Conference Transcript",
            ["statement", "statement", "question", "answer", "question", "answer"],
        ),
        # Without the header, "Speaker 3" still asks: it speaks between the principals.
        (
            "Press conference in Paris",
            ["statement", "statement", "question", "answer", "question", "answer"],
        ),
    ],
    ids=["principals-named", "principals-unnamed"],
)
def test_batch_n_press_conference_roles(header: str, roles: list[str]) -> None:
    text = REV_PRESSER.replace(REV_PRESSER.split("\n")[0], header)
    turns = run(text).layer("turns")
    assert [t.label for t in turns] == roles
    # "Speaker 3" is nobody the text names: the label is kept, the speaker is unknown.
    assert [t.attrs["speaker"] for t in turns][4] is None
    assert [t.attrs["speaker_label"] for t in turns][4] == "Speaker 3"


def test_transcript_prefixed_title_is_the_title() -> None:
    doc = run(
        "Transcript: Nick Robinson's interview with David Lammy\n\nNR: Why?\n\nDL: Because.\n"
        "\nNR: When?\n\nDL: Soon.\n"
    )
    assert doc.meta.title == "Transcript: Nick Robinson's interview with David Lammy"


@pytest.mark.parametrize(
    ("header", "want"),
    [
        # An outlet's possessive without a media word: its journalist asks, the other answers.
        (
            "Senate Majority Leader John Thune in an interview with Politico's Dasha Burns",
            ["Dasha Burns", "John Thune"] * 2,
        ),
        # A country's possessive is no outlet: the owned person answers, nobody is named to ask.
        ("Prime Minister Keir Starmer in an interview with Hungary's Viktor Orban", None),
    ],
    ids=["politico-journalist", "country-possessive"],
)
def test_possessive_outlet_without_media_word(header: str, want: list[str] | None) -> None:
    turns = run(
        f"{header}\n\nBurns: Will it pass?\n\nThune: Yes, it will pass.\n\n"
        "Burns: When?\n\nThune: By January.\n"
    ).layer("turns")
    if want is None:  # the labels name people the header does not: kept as written
        assert [t.attrs["speaker"] for t in turns] == ["Burns", "Thune"] * 2
    else:
        assert [t.attrs["speaker"] for t in turns] == want
        assert [t.label for t in turns] == ["question", "answer"] * 2


QA = "{a}: Why now?\n\n{b}: Because.\n\n{a}: And then?\n\n{b}: We will see.\n"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # First-name labels (podcasts) join the one full name the header gives with that name.
        (
            "Alastair Campbell and Rory Stewart speak to Kaja Kallas\n\n"
            + QA.format(a="RORY", b="KAJA"),
            ["Rory Stewart", "Kaja Kallas", "Rory Stewart", "Kaja Kallas"],
        ),
        # Two header people share the given name: the label stays as written.
        (
            "Rory Stewart and Rory Sutherland speak to Kaja Kallas\n\n"
            + QA.format(a="RORY", b="KAJA"),
            ["Rory", "Kaja Kallas", "Rory", "Kaja Kallas"],
        ),
        # Title + given name, the full name with an Arabic particle in the header.
        (
            "Saudi Foreign Minister Prince Faisal bin Farhan in an interview with Al Arabiya\n\n"
            + QA.format(a="Question", b="Prince Faisal"),
            ["Al Arabiya", "Faisal bin Farhan", "Al Arabiya", "Faisal bin Farhan"],
        ),
        # A hyphenated given name is one name; the office label is the same person.
        (
            "Interview given by Jean-Noël Barrot, Minister for Europe, to France Inter\n\n"
            "Question: Why now?\n\nJean-Noël Barrot: Because.\n\nQuestion: And then?\n\n"
            "The Minister: We will see.\n",
            [None, "Jean-Noël Barrot", None, "Jean-Noël Barrot"],
        ),
        # Ukrainian genitive given name: "Андрія" is "Андрій".
        (
            "Інтерв'ю керівника Офісу Президента Андрія Єрмака телеканалу ICTV\n\n"
            + QA.format(a="Журналістка", b="А.Єрмак"),
            [None, "Андрій Єрмак", None, "Андрій Єрмак"],
        ),
        # An outlet label asks for the outlet's one named journalist.
        (
            "Ishaq Dar's interview with Dawn\n\nMinister Ishaq Dar spoke to Dawn's Baqir Sajjad "
            "Syed in Islamabad.\n\n" + QA.format(a="Dawn", b="Dar"),
            [None, "Baqir Sajjad Syed", "Ishaq Dar", "Baqir Sajjad Syed", "Ishaq Dar"],
        ),
        # No journalist named: the outlet label stays the outlet.
        (
            "Ishaq Dar's interview with Dawn\n\n" + QA.format(a="Dawn", b="Dar"),
            ["Dawn", "Ishaq Dar", "Dawn", "Ishaq Dar"],
        ),
    ],
    ids=[
        "first-name-labels",
        "first-name-ambiguous",
        "title-given-name-particle",
        "hyphenated-given-office",
        "ukrainian-genitive-given",
        "outlet-label-journalist",
        "outlet-label-alone",
    ],
)
def test_header_names_people_another_way(text: str, want: list[str | None]) -> None:
    assert speakers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "X answered Outlet's questions": X answers; the possessive outlet asks no one.
        (
            "Defense Minister Yaşar Güler answered Daily Sabah's questions on the forces.\n\n"
            + QA.format(a="Q", b="A"),
            [None, "Yaşar Güler", None, "Yaşar Güler"],
        ),
        # No answerer in the header: "A" stays unnamed.
        ("Daily Sabah's questions on the forces\n\n" + QA.format(a="Q", b="A"), [None] * 4),
        # An outlet's acronym asks through the one interviewer the header names.
        (
            "Interview given by Federal Foreign Minister Johann Wadephul to the Süddeutsche "
            "Zeitung\n\nThe interview was conducted by Daniel Brössler.\n\n"
            + QA.format(a="SZ", b="Wadephul"),
            ["Daniel Brössler", "Johann Wadephul", "Daniel Brössler", "Johann Wadephul"],
        ),
        # A person's initials are that person, even beside a named interviewer.
        (
            "Jens Stoltenberg on deterrence\nInterview conducted by Anna Smith\n\n"
            + QA.format(a="AS", b="JS"),
            ["Anna Smith", "Jens Stoltenberg", "Anna Smith", "Jens Stoltenberg"],
        ),
        # NATO's "Question [Name, Outlet]:" names who asks; "(Outlet)" alone names no one.
        (
            "Press conference by NATO Secretary General Mark Rutte\n\n"
            "Question [Andrew Gray, Reuters]: Why now?\n\nMark Rutte: Because.\n\n"
            "Question (RIA Novosti): And then?\n\nMark Rutte: We will see.\n",
            # "(RIA Novosti)": no one in particular, but the outlet the text names asks.
            ["Andrew Gray", "Mark Rutte", "RIA Novosti", "Mark Rutte"],
        ),
        # A Ukrainian -а surname in the genitive ("Сибіги") completes the initials label.
        (
            "Інтерв'ю міністра закордонних справ України Андрія Сибіги для Суспільного\n\n"
            + QA.format(a="Питання", b="А.Сибіга"),
            [None, "Андрій Сибіга", None, "Андрій Сибіга"],
        ),
    ],
    ids=[
        "answered-outlets-questions",
        "possessive-outlet-alone",
        "acronym-outlet-conducted-by",
        "initials-stay-the-person",
        "question-bracket-asker",
        "ukrainian-a-surname-genitive",
    ],
)
def test_batch_r_naming(text: str, want: list[str | None]) -> None:
    assert speakers(text) == want
