"""Session 33, turn recall: a photo's caption between two turns credited "Photo by X/Agency",
"(Getty Images)" or "X—Getty Images"; a press room's label run on after a sentence with a no-break
space after its colon; the briefing's closing clock over a site footer with a form's short hints;
and a newsroom's membership appeal between two turns."""

from __future__ import annotations

import pytest
from tests.structure_support import turn_rows

_INTERVIEW = (
    "Defense chief speaks on the war\n\n"
    "HOST: Minister, welcome. Do you take the new threats seriously?\n\n"
    "DOYLE: We take every such statement seriously. But we have seen this rhetoric before, and "
    "we have not changed our posture because of it.\n\n"
    "{caption}\n\n"
    "HOST: And the new funding, how do you justify it?\n\n"
    "DOYLE: It is a responsible use of the money we were given.\n\n"
    "HOST: Thank you, Minister.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "Defense Minister Alan Doyle attends a meeting in Vientiane, Laos, November 20, 2024. "
        "Photo by Jane Roe/Reuters",
        "Alan Doyle speaks to reporters at the ministry on Nov. 13, 2024. (Getty Images)",
        "Doyle and the President at the palace on Oct. 7, 2025. Jane Roe—Getty Images",
    ],
)
def test_credited_caption_between_two_turns_is_no_ones(caption: str) -> None:
    rows = turn_rows(_INTERVIEW.format(caption=caption))
    answer = [body for _, who, body in rows if body.startswith("We take every")]
    assert len(answer) == 1
    assert answer[0].endswith("changed our posture because of it.")
    assert all(body != caption or who is None for _, who, body in rows)


_BRIEFING = (
    "Press Briefing by Press Secretary Dana Cole\n\n"
    "MS. COLE:\xa0 Good afternoon, everybody.\xa0 I have a few things at the top.\n\n"
    "Q\xa0\xa0\xa0 Has anything changed since last week?\n\n"
    "MS. COLE:\xa0 Nothing has changed.\xa0 I'm going to leave it there.MS. COLE:\xa0 Go ahead, "
    "Ed.\n\n"
    "Q\xa0\xa0\xa0 Thank you, Dana.\xa0 Will the summit statement name the port deal?\n\n"
    "MS. COLE:\xa0 I won't get ahead of the leaders on that.\n\n"
    "MS. COLE:\xa0 All right, everybody.\xa0 Thanks so much.\xa0 See you tomorrow.\n\n"
    "2:41 P.M. EDT\n\n"
    "Stay Connected\nSign Up\nEmail Address*\nRequired\nZIP Code\nPlease leave blank.\n"
    "The White House\n1600 Pennsylvania Ave NW\nWashington, DC 20500\nPrivacy Policy\n"
)


def test_glued_label_with_no_break_space_and_clock_over_footer() -> None:
    bodies = [body for _, _, body in turn_rows(_BRIEFING)]
    assert any(b.endswith("I'm going to leave it there.") for b in bodies)
    assert "Go ahead, Ed." in bodies
    assert bodies[-1] == "All right, everybody.\xa0 Thanks so much.\xa0 See you tomorrow."


@pytest.mark.parametrize(
    "footer",
    [
        # a sentence of some length under the clock is still someone's words: no cut
        "Thanks again to everyone who joined us here today in person.\n",
    ],
)
def test_clock_with_a_sentence_below_cuts_nothing(footer: str) -> None:
    text = _BRIEFING.split("2:41 P.M. EDT")[0] + "2:41 P.M. EDT\n\n" + footer
    bodies = [body for _, _, body in turn_rows(text)]
    assert not bodies[-1].endswith("See you tomorrow.")


_APPEAL_PAGE = (
    "Minister: 'Rescuers work without rest'\n\n"
    "The Northland Herald: How many volunteers have joined the service this year?\n\n"
    "Anna Berg: The interest is high, especially among young people. The front is long, and the "
    "work does not stop.\n\n"
    "{appeal}\n\n"
    "The Northland Herald: Final question. Is there still room for reform?\n\n"
    "Anna Berg: There has to be. Wartime is no excuse to stop.\n"
)


@pytest.mark.parametrize(
    "appeal",
    [
        "Support independent journalism in Northland. Become a member of the Northland Herald "
        "today.",
        "Become a supporter of the Northland Herald today.",
    ],
)
def test_membership_appeal_between_two_turns_is_cut(appeal: str) -> None:
    bodies = [body for _, _, body in turn_rows(_APPEAL_PAGE.format(appeal=appeal))]
    answer = [b for b in bodies if b.startswith("The interest is high")]
    assert answer == [
        "The interest is high, especially among young people. The front is long, and the work "
        "does not stop."
    ]
