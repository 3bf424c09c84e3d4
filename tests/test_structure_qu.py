"""Small cases for batch QU QZ (check G): an outlet's programme title after its possessive
("… interview with Channel One's Sunday Time programme") is no journalist; a lead that opens on
the giver's office ("The President answered questions …") is narration, not the giver's
opening; a bare-label "And just briefly on X – …?" / "And one more on X …?" is the reporter's
follow-up, and so is the reply to the answerer's "was that a follow-up?"; a venue line between
the town and the date line (state.gov abroad) leaves the town as the place."""

import pytest

from structure_support import run, turn_rows

_PROGRAMME = (
    "Foreign Minister Sergey Lavrov's interview with {outlet}'s {show} programme, Moscow, "
    "March 2, 2026\n"
    "\n"
    "2 March 2026 20:15\n"
    "\n"
    "Question: Mr Lavrov, is the Arctic Council still alive?\n"
    "\n"
    "Sergey Lavrov: That depends on our Western colleagues, not on us.\n"
    "\n"
    "Question: Thank you.\n"
    "\n"
    "Sergey Lavrov: Thank you.\n"
)


@pytest.mark.parametrize(
    ("outlet", "show"),
    [
        ("Channel One", "Sunday Time"),
        ("Rossiya TV", "Moscow Kremlin"),
    ],
)
def test_programme_title_after_outlet_possessive_is_no_journalist(outlet: str, show: str) -> None:
    rows = turn_rows(_PROGRAMME.format(outlet=outlet, show=show))
    assert rows[0][:2] == ("question", None)
    assert rows[1][:2] == ("answer", "Sergey Lavrov")


_PRESSER = (
    "Press conference by President of Ukraine Volodymyr Zelenskyy after the meeting of the "
    "Staff\n"
    "6 February 2026 - 18:20\n"
    "Kyiv\n"
    "\n"
    "The President {verb} questions from Ukrainian and foreign journalists. The press "
    "conference was moderated by the President's spokesperson Serhii Nykyforov.\n"
    "\n"
    "Volodymyr Zelenskyy: Good evening. Today we held a Staff meeting on air defence.\n"
    "\n"
    "Journalist: How many systems does Ukraine still need?\n"
    "\n"
    "Volodymyr Zelenskyy: I will not give you a number.\n"
)


@pytest.mark.parametrize("verb", ["answered", "fielded"])
def test_lead_on_the_givers_office_is_narration(verb: str) -> None:
    rows = turn_rows(_PRESSER.format(verb=verb))
    assert rows[0][0] == "other" and rows[0][1] is None
    assert rows[0][2].startswith("The President")
    assert rows[1][:2] == ("statement", "Volodymyr Zelenskyy")


_BRIEFING = (
    "U.S. Department of State\n"
    "Department Press Briefing\n"
    "March 3, 2026\n"
    "\n"
    "MR PIGOTT: Good afternoon. I'll take your questions.\n"
    "\n"
    "QUESTION: Hi, Tommy. Maria Costa with AFP. Has the U.S. spoken to the junta?\n"
    "\n"
    "MR PIGOTT: {answer}\n"
    "\n"
    "QUESTION: {follow}\n"
    "\n"
    "MR PIGOTT: Not today.\n"
)


@pytest.mark.parametrize(
    ("answer", "follow"),
    [
        (
            "We are in touch with partners in the region.",
            "And just briefly on Chad – is the U.S. weighing new sanctions on the gold sector?",
        ),
        (
            "We are in touch with partners in the region.",
            "And one more on Sudan, if I may – are the ceasefire talks in Jeddah still on?",
        ),
        (
            "We are in touch with partners. (Inaudible) – sorry, was that a follow-up?",
            "Yes, if I may. Does that cover the embassy staff as well?",
        ),
    ],
)
def test_bare_label_follow_up_is_the_reporters(answer: str, follow: str) -> None:
    rows = turn_rows(_BRIEFING.format(answer=answer, follow=follow))
    asked = [r for r in rows if r[0] == "question"]
    assert [r[1] for r in asked] == ["Maria Costa", "Maria Costa"]


_ABROAD = (
    "U.S. Department of State\n"
    "Secretary Rubio's Press Availability\n"
    "Press Availability\n"
    "Marco Rubio, Secretary of State\n"
    "{town}\n"
    "{venue}\n"
    "May 12, 2026\n"
    "\n"
    "SECRETARY RUBIO:  Good afternoon, everybody. Thank you for being here.\n"
    "\n"
    "QUESTION:  Thank you, Mr. Secretary. Will the U.S. join the patrols?\n"
    "\n"
    "SECRETARY RUBIO:  We already have a presence in the region.\n"
)


@pytest.mark.parametrize(
    ("town", "venue", "place"),
    [
        ("Riga, Latvia", "Grand Palace Hotel", "Riga"),
        ("Vilnius, Lithuania", "Hilton Conference Centre", "Vilnius"),
    ],
)
def test_town_over_venue_over_date_is_the_place(town: str, venue: str, place: str) -> None:
    doc = run(_ABROAD.format(town=town, venue=venue))
    assert doc.meta.to_dict().get("place") == place
