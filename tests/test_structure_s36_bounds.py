"""Session 36, turn boundaries on English pages: the page's foot under the last answer past an
ad slot's bare "Advertisement" or a drawn rule ("___"), and past the lines the rules already
cut off its last paragraph; a network's photo credit glued to its caption's dated stop
("… 2025.NBC News") between two turns; GPO's editor's note hard-wrapped over two lines at a
turn's end; a hearing's "General Smith." beside "Mr. Smith." (two people of one surname); and
the House hearing line "Washington, DC, Wednesday, June 11, 2025." as the cover's place."""

from __future__ import annotations

import numpy as np
import pytest
from tests.structure_support import run, turn_rows

from rhetoscope.structure.feet import BUCKETS, FootModel, foot_cut

_PRESSER = (
    "Governor Takes Questions on the Budget Impasse\n\n"
    "Updated: 3:12 PM EST Oct 2, 2025\n\n"
    "GOV. HARLAN: Good afternoon. Forty counties are now borrowing to pay for services the "
    "state should be paying for, and that has to end.\n\n"
    "REPORTER: Governor, is the Senate dragging this out to deny you a win?\n\n"
    "GOV. HARLAN: I am not focused on politics. I am focused on getting a budget done.\n\n"
    "REPORTER: Will you sign a short-term budget to keep the counties going?\n\n"
    "GOV. HARLAN: I have said I would look at anything that gets money to the people who "
    "need it. But a stopgap is no substitute for a budget, and I will not let it become an "
    "excuse. All right, thank you, everybody.\n\n"
)

FEET = [
    # An ad slot's label between the last answer and the station's foot.
    _PRESSER
    + "Advertisement\n\n"
    + "RELATED: What the budget impasse means for schools and counties\n\n"
    + "Copyright 2025 by WXYZ. All rights reserved.\n"
    + "The station participates in various affiliate marketing programs.\n"
    + "Privacy Notice\nTerms of Use\nSite Map\n",
    # A wire story's rule over its credits and its writers' lines.
    _PRESSER
    + "___\n\n"
    + "Associated Press writer Jane Roe in Geneva contributed to this report.\n\n"
    + "Follow AP’s coverage of the budget at https://apnews.com/hub/budget\n",
]


@pytest.mark.parametrize("page", FEET)
def test_foot_walk_passes_ad_slot_and_rule(page: str) -> None:
    rows = turn_rows(page)
    assert rows[-1][0] == "answer"
    assert rows[-1][2].endswith("All right, thank you, everybody.")


def test_foot_cut_after_the_rules_cut_its_last_lines() -> None:
    page = (
        "Press Briefing by the Secretary\n\nOct. 2, 2025\n\n"
        "MR. PARKS: Good afternoon. The Secretary will take a few questions.\n\n"
        "Q: Will the space layer be owned by the government?\n\n"
        "SECRETARY HALE: We are looking at all options, and we will pick the fastest one. "
        "Thank you all very much.\n\n"
        "MR. PARKS: Thank you, everybody.\n\n"
        "Subscribe to Defense.gov Products\n"
        "Choose which Defense.gov products you want delivered to you.\n"
        "Subscribe\n"
        "Hosted by Defense Media Activity - WEB.mil\n"
        "About | Contact | FOIA | No FEAR Act | Privacy & Security | Accessibility\n"
    )
    assert turn_rows(page)[-1][2] == "Thank you, everybody."


def test_speaker_line_over_a_rule_keeps_its_words() -> None:
    # (the rule is no stop for the walk, but the words under it that the tagger keeps are)
    page = _PRESSER + "GOV. HARLAN: One more thing.\n\n***\n\nAnd we will be back tomorrow.\n"
    assert turn_rows(page)[-1][2].endswith("And we will be back tomorrow.")


def test_network_credit_glued_to_dated_caption_is_no_part_of_the_answer() -> None:
    page = (
        "Meet the Press - October 5, 2025\n\n"
        "KRISTEN WELKER: Why not take that deal and keep the government open?\n\n"
        "SPEAKER TOM HARLOW: Because those are two separate issues. We will have that debate "
        "between now and December.\n\n"
        "But you do not hold the whole government hostage over a policy debate.\n\n"
        'Speaker Tom Harlow on "Meet the Press" on Oct. 5, 2025.NBC News\n\n'
        "KRISTEN WELKER: Let me ask you about the memo from the budget office.\n\n"
        "SPEAKER TOM HARLOW: Look, it is prudent planning, and nothing more than that.\n"
    )
    rows = turn_rows(page)
    answer = next(r for r in rows if r[2].startswith("Because"))
    assert answer[2].endswith("over a policy debate.")


_HEARING = (
    "[House Hearing, 119 Congress]\n[From the U.S. Government Publishing Office]\n\n"
    "          DEPARTMENT OF THE NAVY FISCAL YEAR 2026 BUDGET REQUEST\n\n"
    "                                HEARING\n\n"
    "                               BEFORE THE\n\n"
    "                      COMMITTEE ON ARMED SERVICES\n\n"
    "                             HEARING HELD\n"
    "                             JUNE 11, 2025\n\n"
    "                         COMMITTEE ON ARMED SERVICES\n\n"
    "                   RAY HOLDEN, Alabama, Chairman\n"
    "JOE WILSON, South Carolina           ADAM SMITH, Washington\n\n"
    "                    Sean Falvey, Clerk\n\n"
    "                            C O N T E N T S\n\n"
    "Smith, Hon. Adam, a Representative from Washington, Ranking Member.      3\n\n"
    "                               WITNESSES\n\n"
    "Smith, Gen Eric M., USMC, Commandant of the Marine Corps.........     7\n"
    "Phelan, Hon. John C., Secretary of the Navy......................     5\n\n"
    "                          House of Representatives,\n"
    "                               Committee on Armed Services,\n"
    "                              Washington, DC, Wednesday, June 11, 2025.\n"
    "    The committee met, pursuant to call, at 10:00 a.m.\n\n"
    "    The Chairman. The committee will come to order. I want to welcome our \n"
    "witnesses here today. With that, I yield to the ranking member for his \n"
    "opening statement.\n"
    "    [The prepared statement of Mr. Holden can be found in the Appendix \n"
    "on page 43.]\n"
    "    Mr. Smith. Thank you, Mr. Chairman. I look forward to your testimony, \n"
    "and I yield back.\n"
    "    The Chairman. Thank you. General Smith.\n"
    "    General Smith. Chairman Holden, Ranking Member Smith, members of the \n"
    "committee, thank you. I look forward to your questions.\n"
    "    Mr. Smith. General Smith, on the amphibious fleet, where are we?\n"
    "    General Smith. Ranking Member Smith, we are short of ships, and we \n"
    "have said so for three years.\n"
    "    [The information referred to can be found in the Appendix on page \n"
    "61.]\n"
    "    Mr. Smith. Thank you. I yield back.\n"
    "    [Whereupon, at 12:41 p.m., the committee was adjourned.]\n"
)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("The committee will come to order.", "his \nopening statement."),
        ("Ranking Member Smith, we are short", "for three years."),
    ],
)
def test_wrapped_editors_note_ends_no_turn(start: str, end: str) -> None:
    body = next(r[2] for r in turn_rows(_HEARING) if r[2].startswith(start))
    assert body.endswith(end)


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        ("Thank you, Mr. Chairman. I look forward", "Adam Smith"),
        ("Chairman Holden, Ranking Member Smith", "Eric Smith"),
        ("General Smith, on the amphibious fleet", "Adam Smith"),
        ("Ranking Member Smith, we are short", "Eric Smith"),
    ],
)
def test_ranked_label_is_not_its_namesake(start: str, speaker: str) -> None:
    row = next(r for r in turn_rows(_HEARING) if r[2].startswith(start))
    assert row[1] == speaker


def test_hearing_line_gives_the_place_not_the_clerk() -> None:
    assert run(_HEARING).meta.place == "Washington"


def _model(bias: float) -> FootModel:
    # A tagger that reads every paragraph alike: its bias alone decides.
    return FootModel(np.zeros(BUCKETS, dtype=np.float32), bias, 0.9)


@pytest.mark.parametrize("mark", ["Advertisement", "___", "* * *", "---"])
def test_walk_back_reads_ad_slot_and_rule_as_the_pages(mark: str) -> None:
    text = f"A: We will sign it tomorrow.\n\nAnd that is that.\n\n{mark}\n\nCopyright 2025 WXYZ."
    # (the tagger here reads no paragraph as the foot: the mark alone is cut, as the page's)
    cut = foot_cut(text, 3, len(text) - len("\n\nCopyright 2025 WXYZ."), foot=_model(-10.0))
    assert text[3:cut].endswith("And that is that.")


def test_walk_back_reads_the_lines_left_when_the_rules_cut_mid_paragraph() -> None:
    text = (
        "A: Thank you, everybody.\n\nSubscribe to our products\nHosted by the agency\n"
        "About | Contact | Privacy\n"
    )
    end = text.index("\nAbout")
    assert text[3 : foot_cut(text, 3, end, foot=_model(10.0))] == "Thank you, everybody."
    # (a turn ending inside a line is the rules' own cut: nothing more)
    mid = text.index(" the agency")
    assert foot_cut(text, 3, mid, foot=_model(10.0)) == mid
