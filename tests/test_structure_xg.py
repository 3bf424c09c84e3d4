"""Check W, batch WL WP WJ WK: a Hansard Minister's post with its holder in brackets, a
self-introduced reporter's short follow-up ("My name is …", then "And what about …? …"), ABC
Radio National's lead between its air date and running time, and a station's or committee's
closing line under the last turn."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_HANSARD = (
    "UK Parliament   Hansard\nCommons Chamber\n\n{title}\nVolume 779: debated on Tuesday 3 "
    "March 2026\n\nShare\n\n6.52 pm\n\n"
    "Motion made, and Question proposed, That this House do now adjourn.—(Jeff Smith.)\n\n"
    "{mover} (Ceredigion Preseli) (LD)\n"
    "I am grateful for the chance to raise this matter. Services in my constituency have "
    "been cut three times in five years.\n\n"
    "Madam Deputy Speaker (Caroline Nokes)\nI call the Minister.\n\n"
    "{post} ({holder})\n"
    "I congratulate the hon. Member on securing the debate. We will set out our plans "
    "this spring.\n\n"
    "{mover} (Ceredigion Preseli) (LD)\nWill the Minister meet me to discuss it?\n\n"
    "{post} ({holder})\nI would be glad to meet the hon. Member.\n\n"
    "Question put and agreed to.\n"
)


@pytest.mark.parametrize(
    ("title", "mover", "post", "holder"),
    [
        (
            "Rural Dental Services",
            "Ben Lake",
            "The Minister of State for Health",
            "Karin Smyth",
        ),
        (
            "Branch Line Closures",
            "Ben Lake",
            "The Minister of State for Transport",
            "Lilian Greenwood",
        ),
    ],
)
def test_minister_of_state_member_line_is_its_holder(
    title: str, mover: str, post: str, holder: str
) -> None:
    """A Commons member line "The Minister of State for … (Name)": the holder in brackets
    speaks, not the post read as a bare name."""
    rows = turn_rows(_HANSARD.format(title=title, mover=mover, post=post, holder=holder))
    speakers = [speaker for _, speaker, _ in rows]
    assert holder in speakers
    assert post not in speakers
    last = rows[-1]
    assert last[1] == holder


_PRESSER = (
    "Official website of the President of Ukraine\n\n"
    "Address by President Volodymyr Zelenskyy to the {event} and answers to questions\n\n"
    "12 March 2026 - 11:20\n\n"
    "Dear friends! I am grateful to all of you for coming. We need more help this year, and "
    "we are ready to work with every partner.\n\nThank you. Glory to Ukraine!\n\n"
    "Moderator: Thank you, Mr. President. We have time for a few questions.\n\n"
    "Question: Thank you. My name is {asker}, I'm from {outlet}. Mr. President, how will "
    "you protect the new plants?\n\n"
    "Volodymyr Zelenskyy: We have learned a lot, and air defence comes first.\n\n"
    "Question: {follow}\n\n"
    "Volodymyr Zelenskyy: That is our homework, and we are doing it.\n\n"
    "Moderator: Mr. President, thank you very much.\n"
)


@pytest.mark.parametrize(
    ("event", "asker", "outlet", "follow"),
    [
        (
            "Baltic Energy Forum",
            "Liisa Tamm",
            "Postimees",
            "And what about the permits? Investors say they take a year.",
        ),
        (
            "Danube Investment Conference",
            "Petra Novak",
            "Dnevnik",
            "And what about the insurers? Companies say the premiums are too high.",
        ),
    ],
)
def test_self_introduced_reporter_short_follow_up(
    event: str, asker: str, outlet: str, follow: str
) -> None:
    """A reporter who names herself ("My name is …") asks again under the same bare label: a
    short "And what about …?" with one stated ground after its question is still hers."""
    text = _PRESSER.format(event=event, asker=asker, outlet=outlet, follow=follow)
    rows = turn_rows(text)
    asked = [speaker for label, speaker, _ in rows if label == "question"]
    assert asked[:2] == [asker, asker]


_RN = (
    "ABC Radio National\nHome   Programs   Podcasts   Live Radio\n\nRN Breakfast\n\n"
    "{headline}\n\nRN Breakfast\n / \nBy {host}\nTopic:{topic}\n\n"
    "Broadcast Thu 12 Mar 2026 at 7:42am\n\n{lead}\n\nDuration: 8min 40sec\n\n"
    "{HOST}: Minister, welcome to RN Breakfast. What went wrong?\n\n"
    "{GUEST}: The early advice is that a software update failed, and we are investigating.\n\n"
    "{HOST}: Will there be penalties?\n\n"
    "{GUEST}: Yes, if the obligations were not met.\n"
)


@pytest.mark.parametrize(
    ("headline", "host", "guest", "topic", "lead"),
    [
        (
            "Minister promises penalties after rail signalling failure",
            "Sally Sara",
            "Catherine King",
            "Rail Transport",
            "Infrastructure Minister Catherine King says operators will face penalties after "
            "a signalling failure stranded thousands of commuters in Sydney.",
        ),
        (
            "Outage leaves hospitals without records",
            "Patricia Karvelas",
            "Mark Butler",
            "Health",
            "Health Minister Mark Butler says the company behind a national records outage will "
            "be called to account after hospitals lost access for nine hours.",
        ),
    ],
)
def test_rn_lead_between_air_date_and_running_time_is_introduction(
    headline: str, host: str, guest: str, topic: str, lead: str
) -> None:
    """ABC RN's lead under its "Broadcast Wed …" date line, over a lone "Duration:" running
    time, is the introduction, not the page's standfirst."""
    text = _RN.format(
        headline=headline,
        host=host,
        HOST=host.upper(),
        guest=guest,
        GUEST=guest.upper(),
        topic=topic,
        lead=lead,
    )
    rows = turn_rows(text)
    assert rows[0][0] == "other" and rows[0][1] is None
    assert rows[0][2].strip() == lead


@pytest.mark.parametrize(
    ("body", "closing", "footer"),
    [
        (
            "CHORLEY: {guest}, thanks very much.",
            "{guest}, thanks very much.",
            "Listen to Times Radio on DAB, smart speaker and the Times Radio app.",
        ),
        (
            "CHORLEY: {guest}, thank you for your time.",
            "{guest}, thank you for your time.",
            "Listen to Times Radio on DAB or via your smart speaker.",
        ),
    ],
)
def test_station_plug_on_dab_trails(body: str, closing: str, footer: str) -> None:
    """A station's plug naming DAB under the last turn is the page's, not the host's words."""
    guest = "Pat McFadden"
    text = (
        "Times Radio\n\nPensions Secretary on the state pension age\n\n"
        f"CHORLEY: {guest}, welcome. Will the pension age rise?\n\n"
        f"MCFADDEN: Not in this parliament. The review reports next year.\n\n"
        "CHORLEY: Is the triple lock safe?\n\nMCFADDEN: Yes, it is.\n\n"
        f"{body.format(guest=guest)}\n\n{footer}\n\n"
        "Copyright 2026 Times Media Ltd. All rights reserved.\n"
    )
    rows = turn_rows(text)
    assert rows[-1][2].strip() == closing.format(guest=guest)


@pytest.mark.parametrize(
    "close", ["continued in the next session.", "continued in the next sitting."]
)
def test_committee_panel_continued_next_session_trails(close: str) -> None:
    """A Commons committee's "Examination of witnesses continued in the next session." under
    the chair's last words is the record's, not the chair's."""
    text = (
        "Transport Committee\nOral evidence: Rail ticketing, HC 412\n\nWednesday 4 March 2026\n\n"
        "Members present: Ruth Cadbury (Chair); Olly Glover; Rebecca Smith.\n\n"
        "Questions 1 - 4\n\nWitnesses\n\nI: Helen Marchbank, Director of Fares, Great British "
        "Railways; and Daniel Osei, Chief Executive, Transport Focus.\n\n"
        "Examination of witnesses\n\nWitnesses: Helen Marchbank and Daniel Osei.\n\n"
        "Q1 Chair: Ms Marchbank, when will fares be simpler?\n\n"
        "Helen Marchbank: We will trial new pricing on two more routes from May.\n\n"
        "Q2 Olly Glover: Mr Osei, are passengers better off with a daily cap?\n\n"
        "Daniel Osei: Mostly better, where there is a daily cap.\n\n"
        "Chair: That is a point the Committee has heard about. Thank you both.\n\n"
        f"Examination of witnesses {close}\n"
    )
    rows = turn_rows(text)
    assert rows[-1][2].strip() == ("That is a point the Committee has heard about. Thank you both.")
