"""Check R, batch UQ UO UN: a news site's byline row completing the writer's initialled label,
a self-introduced reporter's "And on …?" follow-up under a call by place or outlet, a call by
an outlet's name alone, the dash of an answer cutting in after a broken-off question, and the
host's body named for the country between state.gov's town and date."""

from __future__ import annotations

import pytest

from structure_support import run, turn_rows

_SITE_BYLINE = (
    "NEWS EN\nWorld\nBusiness\nOpinion\n\n"
    "{headline}\n\n"
    "{writer}, {site}\n"
    "2026-05-14 09:20\n\n"
    "{guest} came to Riga this week to sign an agreement on schools, and {guest_short} spoke "
    "to us about what it means for families who moved here after the invasion.\n\n"
    "{writer_label}: Minister, what will change for a pupil this autumn?\n\n"
    "{guest_label}: The child will study the general subjects in one school only, and we will "
    "recognise the grades.\n\n"
    "{writer_label}: Will teachers get help?\n\n"
    "{guest_label}: Yes, we agreed on joint courses and simpler recognition of diplomas.\n\n"
    "{writer_label}: Thank you for the interview.\n"
)


@pytest.mark.parametrize(
    ("headline", "writer", "site", "writer_label", "guest", "guest_short", "guest_label"),
    [
        (
            "Children should not study in two schools at once, says minister Hrytsenko",
            "Ieva Kalniņa",
            "DELFI",
            "I. Kalniņa",
            "Minister Taras Hrytsenko",
            "Hrytsenko",
            "T. Hrytsenko",
        ),
        (
            "One school is enough, Ukraine's minister Bondar tells families",
            "Rūta Vaitkutė",
            "LRT",
            "R. Vaitkutė",
            "Minister Olena Bondar",
            "Bondar",
            "O. Bondar",
        ),
    ],
)
def test_site_byline_row_completes_initialled_writer(
    headline: str,
    writer: str,
    site: str,
    writer_label: str,
    guest: str,
    guest_short: str,
    guest_label: str,
) -> None:
    """The writer's full name, a comma and the site's name over a numeric date line is the
    page's byline: it completes her "I. Kalniņa:" label."""
    text = _SITE_BYLINE.format(
        headline=headline,
        writer=writer,
        site=site,
        writer_label=writer_label,
        guest=guest,
        guest_short=guest_short,
        guest_label=guest_label,
    )
    rows = turn_rows(text)
    asked = [r[1] for r in rows if r[2].startswith(("Minister, what", "Will teachers"))]
    assert asked == [writer, writer]


_PLACE_CALL = (
    "Press conference by the Secretary General\n\n"
    "Spokesperson: Good afternoon. The Secretary General will take a few questions.\n\n"
    "Secretary General: Thank you. Today Allies agreed to {topic}. I am happy to take your "
    "questions.\n\n"
    "Spokesperson: {call}\n\n"
    "Question: {reporter}, {outlet}. Secretary General, is this enough for the winter?\n\n"
    "Secretary General: It is a good start, and more will come in the weeks ahead.\n\n"
    "Question: {follow_up}\n\n"
    "Secretary General: I will leave the details to the Allies themselves.\n\n"
    "Spokesperson: {outlet_call}\n\n"
    "Question: Thank you. Is Washington still committed to the Alliance?\n\n"
    "Secretary General: Absolutely. The commitment is rock solid.\n\n"
    "Spokesperson: Thank you. That concludes this press conference.\n"
)


@pytest.mark.parametrize(
    ("topic", "call", "reporter", "outlet", "follow_up", "outlet_call"),
    [
        (
            "a new mission in the Baltic",
            "Next, the lady in the second row.",
            "Anna Kowalczyk",
            "Polish Radio",
            "And on Ukraine, how many air defence systems were pledged?",
            "Deutsche Welle.",
        ),
        (
            "more icebreakers for the High North",
            "Next, we'll go to the gentleman at the back.",
            "Lars Eriksen",
            "NRK",
            "And on the drones, can you say who sent them?",
            "Deutsche Welle.",
        ),
    ],
)
def test_self_introduced_reporter_follow_up_and_outlet_call(
    topic: str, call: str, reporter: str, outlet: str, follow_up: str, outlet_call: str
) -> None:
    """Under a call by a place in the room, the reporter who named himself keeps his short "And
    on …?" straight after the answer; a call by an outlet's name alone names no one."""
    text = _PLACE_CALL.format(
        topic=topic,
        call=call,
        reporter=reporter,
        outlet=outlet,
        follow_up=follow_up,
        outlet_call=outlet_call,
    )
    rows = turn_rows(text)
    speakers = {r[2].split()[0] + " " + r[2].split()[1]: r[1] for r in rows if r[0] == "question"}
    assert speakers[" ".join(follow_up.split()[:2])] == reporter
    assert speakers["Thank you."] is None


_CUT_IN = (
    "RN Drive\n\n"
    "HOST: Joining me now is the Minister. Welcome.\n\n"
    "MINISTER: Thanks for having me.\n\n"
    "HOST: {question}\n\n"
    "{direction}"
    "MINISTER: — {cut_in} The levy is paid by importers, not by growers.\n\n"
    "HOST: And the inspectors? Will there be more?\n\n"
    "MINISTER: Yes, we have funded more officers at the border.\n"
)


@pytest.mark.parametrize(
    ("question", "direction", "cut_in"),
    [
        ("But growers pay more through the levy. Why should they —", "(CROSSTALK)\n\n", "Andy,"),
        ("So the growers end up paying, don't they --", "", "Sorry, Patricia,"),
    ],
)
def test_cut_in_dash_after_broken_off_question_is_kept(
    question: str, direction: str, cut_in: str
) -> None:
    """An answer that cuts in on a question broken off at a dash keeps its opening dash, the
    transcript's mark of the interruption."""
    rows = turn_rows(_CUT_IN.format(question=question, direction=direction, cut_in=cut_in))
    assert any(r[2].startswith(f"— {cut_in}") for r in rows)


_ABROAD_HOST = (
    "U.S. Department of State\n"
    "Home | Briefings & Statements | Secretary's Remarks\n\n"
    "Secretary of State Marco Rubio At a Press Availability\n\n"
    "Remarks\n"
    "Marco Rubio, Secretary of State\n"
    "{town}, {country}\n"
    "{host}\n"
    "March 3, 2026\n\n"
    "SECRETARY RUBIO:  Good afternoon.  I just concluded a productive meeting with my "
    "counterpart, and I'm happy to take a few questions.\n\n"
    "QUESTION:  Did you discuss tariffs today?\n\n"
    "SECRETARY RUBIO:  We did, and we will keep working on them.\n"
)


@pytest.mark.parametrize(
    ("town", "country", "host"),
    [
        ("Ottawa", "Canada", "Global Affairs Canada"),
        ("Canberra", "Australia", "Parliament of Australia"),
    ],
)
def test_host_body_named_for_country_between_town_and_date(
    town: str, country: str, host: str
) -> None:
    """The host's body, named for the country the town line closes on, stands between the town
    and the date as a venue does: the town is the place."""
    meta = run(_ABROAD_HOST.format(town=town, country=country, host=host)).meta.to_dict()
    assert meta.get("place") == town
