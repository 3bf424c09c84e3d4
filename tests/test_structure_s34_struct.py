"""Session 34, turn boundaries: a TV magazine's script page (a site menu's "U.S." item over the
byline; the correspondent's narration after a photo caption, after "X told us" with a generic
"you", after a reported quotation, and naming a speaker as object or owner); a European
Parliament record's label parted from its dash by a line break, a no-break space around the
dash and "(Mixed reactions)" under a speech; a member's reported question; a defense.gov
briefer's spelled-out compound rank; and a ministry footer's phone line."""

from __future__ import annotations

import pytest
from tests.structure_support import run, turn_rows

from rhetoscope.structure.speakers import classify_label

_MENU = "Skip to main content\nNews Site\nWatch Live\n{item}\nWorld\nPolitics\nMagazine\n\n"

_SCRIPT = (
    "{menu}"
    "The water war\n\n"
    "By Laura Mendes\n\n"
    "Updated on: May 4, 2025 / 7:10 PM EDT\n\n"
    'The following is a script from "Dry Season" which aired on May 4, 2025. Laura Mendes is '
    "the correspondent. Sam Ortiz, producer.\n\n"
    "For a decade the river that feeds three states has been shrinking, and the farmers along "
    "its banks say the worst is still to come this summer.\n\n"
    "Laura Mendes: How bad is it this year?\n\n"
    "Daniel Brooks: Worse than anything I have seen. We cut our planting by a third, and I "
    "think that is only the start.\n\n"
    "Daniel Brooks, farmer\nNews Magazine\n\n"
    "The river has two masters, the farms and the cities. Cut the farms and you lose the food, "
    "Brooks told us, and cut the cities and you lose the votes that pay for the dams.\n\n"
    "Laura Mendes: Who decides?\n\n"
    "Daniel Brooks: The state decides. We just live with it.\n\n"
    "The governor has repeatedly criticized Brooks and the growers, and last week he wrote that "
    'they were "living in the past" and should sell their water rights.\n\n'
    "Laura Mendes: Will you sell?\n\n"
    "Daniel Brooks: No. Not while I am alive.\n\n"
    "Brooks's family has farmed the same land along the river since 1911, four generations "
    "before him.\n\n"
    "Produced by Sam Ortiz. Edited by Ann Lee.\n"
)


@pytest.mark.parametrize("item", ["U.S.", "U.K.", "Politics U.S."])
def test_initialism_menu_item_is_header_and_byline_found(item: str) -> None:
    rows = turn_rows(_SCRIPT.format(menu=_MENU.format(item=item)))
    lead = rows[0]
    assert lead[2].startswith("For a decade the river")
    assert lead[2].endswith("worst is still to come this summer.")


@pytest.mark.parametrize(
    ("answer_end", "narration_start", "narration_end"),
    [
        # after a photo caption, "Brooks told us" and a generic "you"
        (
            "I think that is only the start.",
            "The river has two masters",
            "pay for the dams.",
        ),
        # a reported quotation, the speaker named as the object of the verb
        (
            "We just live with it.",
            "The governor has repeatedly criticized Brooks",
            "sell their water rights.",
        ),
        # the speaker named as the owner
        ("No. Not while I am alive.", "Brooks's family has farmed", "four generations before him."),
    ],
)
def test_script_narration_is_correspondents_turn(
    answer_end: str, narration_start: str, narration_end: str
) -> None:
    rows = turn_rows(_SCRIPT.format(menu=_MENU.format(item="U.S.")))
    bodies = [body for _, _, body in rows]
    assert any(
        body.endswith(answer_end) and body.startswith(("Worse", "The state", "No."))
        for body in bodies
    )
    narration = [row for row in rows if row[2].startswith(narration_start)]
    assert len(narration) == 1
    label, speaker, body = narration[0]
    assert body.endswith(narration_end)
    assert (label, speaker) == ("other", "Laura Mendes")


def test_caption_between_answer_and_narration_is_nobodys() -> None:
    rows = turn_rows(_SCRIPT.format(menu=_MENU.format(item="U.S.")))
    assert not any("News Magazine" in body for _, _, body in rows)


def test_guest_words_with_first_person_stay_the_answer() -> None:
    page = _SCRIPT.replace(
        "The river has two masters, the farms and the cities. Cut the farms and you lose the "
        "food, Brooks told us,",
        "We have two masters here, the farms and the cities. Cut the farms and you lose the "
        "food, Brooks told us,",
    )
    rows = turn_rows(page.format(menu=_MENU.format(item="U.S.")))
    assert not any(body.startswith("We have two masters") for _, _, body in rows)


_CRE = (
    "Verbatim report of proceedings\n\n"
    "IN THE CHAIR: ANNA NOWAK\nVice-President\n\n"
    "President. – The next item is the debate on water resilience.\n\n"
    "Karl Berger, on behalf of the PPE Group. – Madam President, our farmers need storage and "
    "predictable rules, not more forms.\n\n"
    "Lena Vogt, on behalf of the Renew Group.\n"
    "– Madam President, last summer rivers ran dry in my region. Farmers asked me: will there "
    "be water next year? I could not promise them anything.\n\n"
    "Jonas Lind, on behalf of the Verts/ALE Group. – Madam President, we pump aquifers faster "
    "than they refill, and that has to stop.\n\n"
    "(Mixed reactions)\n\n"
    "Marta Silva, on behalf of the S&D Group. – Madam President, water is a public good and "
    "must stay one.\n\n"
    "President.\xa0–\xa0The debate is closed.\n"
)


def test_cre_label_split_from_its_dash() -> None:
    rows = turn_rows(_CRE)
    vogt = [row for row in rows if row[1] == "Lena Vogt"]
    assert len(vogt) == 1
    assert vogt[0][2].startswith("Madam President, last summer")
    assert vogt[0][2].endswith("I could not promise them anything.")


def test_cre_reported_question_is_no_question() -> None:
    rows = turn_rows(_CRE)
    assert [label for label, who, _ in rows if who in ("Lena Vogt", "Jonas Lind")] == [
        "statement",
        "statement",
    ]


def test_cre_mixed_reactions_closes_the_speech() -> None:
    doc = run(_CRE)
    bodies = [doc.span_text(s) for s in doc.layer("turns")]
    assert any(b.endswith("that has to stop.") for b in bodies)
    assert not any("(Mixed reactions)" in b for b in bodies)


def test_cre_no_break_spaces_around_the_dash() -> None:
    rows = turn_rows(_CRE)
    assert rows[-1][2] == "The debate is closed."
    assert rows[-2][2].endswith("must stay one.")


@pytest.mark.parametrize(
    "text",
    [
        "Sentence one is over.\n– And the reply opens here.",
        "Все закончилось.\n– Что дальше?",
    ],
)
def test_dash_under_a_plain_sentence_is_no_label(text: str) -> None:
    from rhetoscope.structure.labels import find_labels

    assert not any("\n" in text[h.start : h.end] for h in find_labels(text))


@pytest.mark.parametrize(
    "raw",
    [
        "PENTAGON PRESS SECRETARY AIR FORCE MAJOR GENERAL PAT RYDER",
        "PENTAGON PRESS SECRETARY ARMY LIEUTENANT GENERAL JOHN DOE",
        "PENTAGON DEPUTY PRESS SECRETARY NAVY VICE ADMIRAL MARY ROE",
    ],
)
def test_spelled_out_compound_rank_reads_as_title(raw: str) -> None:
    info = classify_label(raw)
    assert info is not None and info.name is not None
    assert info.name.surname == raw.split()[-1]


_FOOTER = (
    "Question: What is your message to Americans?\n\n"
    "Ivan Petrenko: Support for us is an investment in security, and we are grateful for it.\n\n"
    "\n\nShare:\nFacebook    X    Telegram    LinkedIn\n\n"
    "Subscribe to news\n\n"
    "Ministry of Foreign Affairs\n"
    "1 Main Square, Kyiv, 01018, Ukraine\n"
    "{phone}\n"
    "© 2025 Ministry of Foreign Affairs. All rights reserved.\n"
)


@pytest.mark.parametrize(
    "phone",
    ["Hotline for citizens abroad: +38 044 238 15 88", "Tel.: +32 2 555 01 23"],
)
def test_footer_phone_line_is_furniture(phone: str) -> None:
    page = "Interview with the minister\n\n" + _FOOTER.format(phone=phone)
    rows = turn_rows(page)
    assert rows[-1][2].endswith("we are grateful for it.")
