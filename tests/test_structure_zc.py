"""Check S, batch VB UZ UV: a video caption's guest posted to a body with its article ("…, chair
of the County Councils Network"), a single writer's byline over a lone town under the date
(Ukrinform English), and a Sunday show's opening whose tease asks the country before the guest
is brought in and greeted."""

from __future__ import annotations

import pytest

from structure_support import run, turn_rows

_CAPTION = (
    "Channel 4 News\nMenu\nNews  Politics  World  Watch\n\n"
    "{headline}\n\n"
    "Updated on 12 March 2026\n\n"
    "{host} speaks to {guest}, {post}\n(video, 6 min)\n\n"
    "{lead}\n\n"
    "{host}: {guest}, is the system close to breaking?\n\n"
    "{guest}: It is under more strain than at any time I can remember, and the money has not "
    "kept pace with demand.\n\n"
    "{host}: The government says it has given you more this year. Is that not enough?\n\n"
    "{guest}: In cash terms it is more, but costs have risen faster than that.\n\n"
    "{host}: {guest}, thank you.\n\n"
    "Share this article\n"
)


@pytest.mark.parametrize(
    ("headline", "host", "guest", "post", "lead"),
    [
        (
            "Hospices 'weeks from cutting beds', warns charity head",
            "Matt Frei",
            "Joanna Pryor",
            "chief executive of the Hospice Alliance",
            "Several hospices say they will close beds this spring unless funding rises.",
        ),
        (
            "Rural bus routes 'disappearing', say operators",
            "Krishnan Guru-Murthy",
            "Owen Talbot",
            "chair of the Community Transport Association",
            "Operators say a third of rural routes have been cut since the pandemic ended.",
        ),
    ],
)
def test_caption_guest_posted_to_body_with_article_answers(
    headline: str, host: str, guest: str, post: str, lead: str
) -> None:
    """The one a broadcaster's caption says is spoken to, posted to a body that carries its
    article ("…, chair of the …"), answers; the caption's subject asks."""
    rows = turn_rows(
        _CAPTION.format(headline=headline, host=host, guest=guest, post=post, lead=lead)
    )
    spoken = [(label, speaker) for label, speaker, _ in rows if speaker]
    assert spoken[:4] == [
        ("question", host),
        ("answer", guest),
        ("question", host),
        ("answer", guest),
    ]


_UKRINFORM = (
    "Ukrinform\nUkrainian National News Agency\n"
    "Ukraine | War | Politics | Economy | Society | Regions | World | Interviews\n\n"
    "Interviews\n\n"
    "{guest}, Deputy Minister of Health of Ukraine\n"
    "Every district hospital near the front will get a protected generator by winter\n\n"
    "03.03.2026 09:15\n"
    "{writer}\n"
    "{town}\n\n"
    "Hospitals in the frontline regions lose power for hours after every strike. Ukrinform "
    "spoke with Deputy Minister {guest} about the generator program.\n\n"
    "Ukrinform: How many hospitals still have no backup power?\n\n"
    "{surname}: About sixty, and most of them are small district hospitals.\n\n"
    "Ukrinform: When will they get it?\n\n"
    "{surname}: By November, if the deliveries keep to the schedule.\n"
)


@pytest.mark.parametrize(
    ("guest", "surname", "writer", "town"),
    [
        ("Oksana Melnyk", "Melnyk", "Iryna Shevchuk", "Kyiv"),
        ("Andrii Bondar", "Bondar", "Dmytro Levchenko", "Odesa"),
    ],
)
def test_single_writer_byline_over_town_gives_place(
    guest: str, surname: str, writer: str, town: str
) -> None:
    """One writer's name under the date line and a one-word town under it: the town is the
    place, as under two writers' names."""
    meta = run(
        _UKRINFORM.format(guest=guest, surname=surname, writer=writer, town=town)
    ).meta.to_dict()
    assert meta.get("place") == town


_SUNDAY_OPEN = (
    "Meet the Press\n\n{date}\n\n"
    "{host_label}: Good Sunday morning, and welcome to Meet the Press. {tease} {bring_in} "
    "Mr. Secretary, welcome back to Meet the Press.\n\n"
    "{guest_label}: Good morning, {host_given}. Thanks for having me.\n\n"
    "{host_label}: Let's start with the numbers. How many of these are overdue for repair?\n\n"
    "{guest_label}: Too many, and we are putting money behind fixing them this year.\n"
)


@pytest.mark.parametrize(
    ("host_label", "host_given", "guest_label", "tease", "bring_in"),
    [
        (
            "KRISTEN WELKER",
            "Kristen",
            "SEC. SEAN DUFFY",
            "Two dam failures in a month have left towns asking: who checks the dams upstream "
            "of us?",
            "Joining me now is Transportation Secretary Sean Duffy.",
        ),
        (
            "CHUCK TODD",
            "Chuck",
            "SEC. DOUG BURGUM",
            "Wildfire season starts early again this year, and the question is simple: are we "
            "ready?",
            "Joining me now is Interior Secretary Doug Burgum.",
        ),
    ],
)
def test_sunday_opening_tease_before_bring_in_asks_nobody(
    host_label: str, host_given: str, guest_label: str, tease: str, bring_in: str
) -> None:
    """The anchor's opening whose question is put to the country before the guest is brought
    in and greeted, only greeted back, is ``other``; the next question asks."""
    rows = turn_rows(
        _SUNDAY_OPEN.format(
            date="May 17, 2026",
            host_label=host_label,
            host_given=host_given,
            guest_label=guest_label,
            tease=tease,
            bring_in=bring_in,
        )
    )
    assert [label for label, _, _ in rows] == ["other", "answer", "question", "answer"]
