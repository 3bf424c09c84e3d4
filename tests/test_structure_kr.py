"""Small cases for batch KR (English print and think-tank Q&A): an outlet label whose acronym
the header writes in capitals keeps them; a byline parted from its date by "//" or "|" asks; a
newsletter box set flush between two turns is the page's; an interview credit under a closed
dek, a writers' note under the byline and a photo caption over the pictured person's name are
header, not the intro; a wire dateline with "(EFE).-" and a two-word town between byline and
date give the place."""

import pytest

from structure_support import run, turn_rows


def test_outlet_acronym_label_keeps_its_capitals() -> None:
    text = (
        "ASME Mechanical\n"
        "Q&A\n"
        "Why Heat Exchangers Still Foul\n"
        "By Tom Reyes and Ann Lowe\n"
        "11 Apr 2025\n"
        "Marta Quinlan has spent a decade studying fouling in refinery heat exchangers, and "
        "ASME Mechanical spoke with her before the spring conference in Houston.\n"
        "ASME Mechanical: Why is fouling still so expensive for refineries?\n"
        "Quinlan: Because nobody measures it until a unit has to shut down for cleaning.\n"
        "ASME Mechanical: What would change that?\n"
        "Quinlan: Cheap sensors on every exchanger, read by people who know what to look for.\n"
        "ASME Mechanical: Is that coming?\n"
        "Quinlan: Slowly. The sensors are cheap now, but the people are not.\n"
    )
    askers = {r[1] for r in turn_rows(text) if r[0] == "question"}
    assert askers == {"ASME Mechanical"}


_BOLD_QA = (
    "Global Desk\n"
    "Q&A: A health chief on the cost of a missed vaccine\n"
    "{byline}\n"
    "The agency faces a budget gap. Global Desk spoke with Maria Okonjo, its director of "
    "immunization, about what comes next.\n"
    "**How big is the gap this year?**\n"
    "About $90 million across routine immunization, counting fuel and allowances too.\n"
    "{box}"
    "**Who feels it first?**\n"
    "The children who have never had a single dose, in the hardest places to reach.\n"
    "**What do you ask of donors?**\n"
    "Predictability more than size. Tell us in October what you fund in January.\n"
)


@pytest.mark.parametrize(
    "byline",
    ["By Laura Pennant // 19 February 2025", "By Laura Pennant | Feb 19, 2025"],
)
def test_byline_parted_from_date_by_slashes_or_bar_asks(byline: str) -> None:
    rows = turn_rows(_BOLD_QA.format(byline=byline, box=""))
    assert {r[1] for r in rows if r[0] == "question"} == {"Laura Pennant"}
    assert {r[1] for r in rows if r[0] == "answer"} == {"Maria Okonjo"}


@pytest.mark.parametrize(
    "box",
    [
        "Sign up for Global Desk Weekly\nThe must-read weekly newsletter for health news.\n",
        "Sign up to Health Briefing\nOur free daily newsletter, in your inbox every morning.\n",
    ],
)
def test_flush_newsletter_box_between_turns_is_cut(box: str) -> None:
    text = _BOLD_QA.format(byline="By Laura Pennant // 19 February 2025", box=box)
    rows = turn_rows(text)
    first_answer = next(r for r in rows if r[0] == "answer")
    assert first_answer[2].endswith("allowances too.")


@pytest.mark.parametrize(
    ("between", "lead_start"),
    [
        (
            "The glacier surveyor on ice, maps and the summer she got it wrong.\n"
            "Interview by Rebecca Lowry ’09\n",
            "Jonah Brill has",
        ),
        (
            "By Tom Reyes and Ann Lowe\n"
            "Tom Reyes is a contributing editor. Ann Lowe is the magazine's senior editor.\n",
            "Jonah Brill has",
        ),
        (
            "Jonah Brill leads the survey team of the Northern Ice Institute.\nJonah Brill\n",
            "Jonah Brill has",
        ),
    ],
)
def test_header_lines_over_the_lead_are_no_intro(between: str, lead_start: str) -> None:
    text = (
        "ALUMNI MAGAZINE\n"
        "Q&A with Jonah Brill\n"
        f"{between}"
        "Jonah Brill has surveyed glaciers in Alaska for more than twenty years, and he spoke "
        "with the magazine by phone in January on a rare day off.\n"
        "Q: What does a surveyor do at dawn?\n"
        "A: Drink coffee and read the weather from the overnight stations.\n"
        "Q: How much is instinct?\n"
        "A: Less than people think, but more than the models admit.\n"
        "Q: Any advice for alumni?\n"
        "A: Go with a guide, and be willing to turn around.\n"
    )
    rows = turn_rows(text)
    assert rows[0][0] == "other"
    assert rows[0][2].startswith(lead_start)


def test_wire_dateline_with_stop_before_dash_gives_place() -> None:
    text = (
        "Agency\n"
        "Economy\n"
        'Minister: "We will not see blackouts again"\n'
        "Lisbon, Mar 12 (EFE).- The energy minister said in an interview with EFE that the "
        "country had added enough capacity to avoid a repeat of last year's cuts.\n"
        "Question: Can you guarantee it will not happen again?\n"
        "Answer: No minister can guarantee the rain, but we depend on it far less.\n"
        "Question: When will the tender close?\n"
        "Answer: In July, and the plants connect within eighteen months.\n"
    )
    assert run(text).meta.place == "Lisbon"


def test_two_word_town_between_byline_and_date_gives_place() -> None:
    text = (
        "The Daily\n"
        "Business / Energy\n"
        "'Hydrogen is real': a green hydrogen chief on the road to 2030\n"
        "Priya Menon\n"
        "Kuala Lumpur\n"
        "Feb 26, 2025\n"
        "The utility, Kuala Lumpur's biggest, wants green hydrogen by 2030. The Daily spoke to "
        "Aisha Rahman, who leads the business.\n"
        "WHERE DOES THE BUSINESS STAND TODAY?\n"
        "We have moved from press releases to engineering, and a pilot is running.\n"
        "WHAT IS HOLDING PROJECTS BACK?\n"
        "The price gap with grey hydrogen, and the long contracts buyers must sign.\n"
    )
    assert run(text).meta.place == "Kuala Lumpur"
