"""Check X, batch XC XD XF: a lead whose sentence ends right before the one who "spoke with"
the guest, a guest who greets two co-hosts in one comma-joined greeting, and a radio page's
"Нижче – текстова версія ефіру." under its lead."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

# A news show's page: the lead's last sentence names the host who spoke with the guest, the
# sentence before it opening on "The Department …" (no post of the host's).
_SPOKE_WITH = (
    "NEWS HOUR\n\n"
    "Politics Feb 3, 2026 6:40 PM EST\n\n"
    "{headline}\n\n"
    "{opening} {host} spoke with {post} {guest} about the delays.\n\n"
    "{host}: {setup} And {post_short} joins me now. Welcome back.\n\n"
    "{guest}: Thank you, {host_given}. Good to be with you.\n\n"
    "{host}: Why has the waiting list grown since the autumn?\n\n"
    "{guest}: More people are applying, and that is good news. We are hiring as fast as we can.\n\n"
    "{host}: Some staff say the cuts made it worse. Are they wrong?\n\n"
    "{guest}: We protected the front line. What we cut were posts that sat vacant for years.\n\n"
    "{host}: {post_short}, thank you very much for joining us.\n\n"
    "{guest}: Thank you, {host_given}.\n"
)


@pytest.mark.parametrize(
    ("host", "guest", "post", "post_short", "opening", "headline", "setup"),
    [
        (
            "Laura Benning",
            "Mark Dowell",
            "Housing Secretary",
            "Secretary Dowell",
            "The Department of Housing says it cleared a record number of cases last year, yet "
            "the list of families waiting has grown again since the fall.",
            "Housing Secretary on why families still wait",
            "Nearly 90,000 families are waiting for a decision.",
        ),
        (
            "Nadia Fernsby",
            "Paul Ketteridge",
            "Transport Commissioner",
            "Commissioner",
            "Inspections are months behind. The Office of Rail Safety says the backlog of "
            "inspections has doubled since the spring.",
            "Rail inspections backlog doubles",
            "Inspections are months behind schedule.",
        ),
    ],
)
def test_sentence_before_the_subject_names_no_post(
    host: str, guest: str, post: str, post_short: str, opening: str, headline: str, setup: str
) -> None:
    """ "… since the fall. Laura Benning spoke with Housing Secretary Mark Dowell": the sentence
    before the subject is no part of it, so its "The Department" is no post whose holder answers
    and the guest no asker: the host asks, the guest answers."""
    rows = turn_rows(
        _SPOKE_WITH.format(
            host=host,
            guest=guest,
            post=post,
            post_short=post_short,
            opening=opening,
            headline=headline,
            setup=setup,
            host_given=host.split()[0],
        )
    )
    roles = {(label, speaker) for label, speaker, _ in rows}
    assert ("question", host) in roles
    assert ("answer", guest) in roles
    assert ("question", guest) not in roles
    assert ("answer", host) not in roles


_CO_HOSTS = (
    "{h1u}, HOST: Welcome back. Joining us now is {guest}. {title}, good to see you.\n\n"
    "{gu}: {greeting}\n\n"
    "{h2u}, HOST: {title}, the forecasts look grim again. How close are we to a crisis?\n\n"
    "{gsu}: We are already in it. The reservoir is within a few feet of the minimum.\n\n"
    "{h3u}, HOST: Is there a number your state would accept?\n\n"
    "{gsu}: There is a framework, and everybody knows roughly where it lands.\n\n"
    "{h2su}: {guest}, thank you very much for coming on this morning.\n\n"
    "{gsu}: Thank you all.\n"
)


@pytest.mark.parametrize(
    ("hosts", "guest", "title", "greeting"),
    [
        (
            ("Dan Whitlow", "Carla Mendes", "Peter Osgood"),
            "Governor Ruth Halvey",
            "Governor",
            "Good morning, Dan. Good morning, Carla, Peter. Thanks for having me.",
        ),
        (
            ("Sam Ricker", "Julia Brandt", "Owen Tate"),
            "Senator Mark Ellison",
            "Senator",
            "Good morning, Sam. Good morning, Julia, Owen.",
        ),
    ],
)
def test_guest_greets_two_co_hosts_by_comma(
    hosts: tuple[str, str, str], guest: str, title: str, greeting: str
) -> None:
    """ "Good morning, Dan. Good morning, Carla, Peter.": a guest who greets two co-hosts at once,
    a comma between their names, only returns the greetings (calls on nobody): an answer, as is
    his parting "Thank you all." """
    h1, h2, h3 = hosts
    rows = turn_rows(
        _CO_HOSTS.format(
            h1u=h1.upper(),
            h2u=h2.upper(),
            h3u=h3.upper(),
            h2su=h2.split()[-1].upper(),
            guest=guest,
            gu=guest.upper(),
            gsu=guest.split()[-1].upper(),
            title=title,
            greeting=greeting,
        )
    )
    greeted = next(r for r in rows if r[2].startswith("Good morning"))
    assert greeted[0] == "answer"
    assert rows[-1][2] == "Thank you all."
    assert rows[-1][0] == "answer"


_RADIO = (
    "Радіо Свобода\n"
    "Новини   Політика   Регіони   Ефір\n\n"
    "{headline}\n\n"
    "3 лютого 2026, 18:05\n"
    "{host}\n\n"
    "{lead}\n\n"
    "{note}\n\n"
    "{host}: Вітаю, це Радіо Свобода, мене звати {host}. На зв'язку {guest}. Добрий вечір.\n\n"
    "{guest}: Добрий вечір.\n\n"
    "{host}: Скільки людей зараз залежать від переправи?\n\n"
    "{guest}: Близько шести тисяч, а якщо рахувати сусідні села, то понад десять.\n\n"
    "{host}: Коли буде міст?\n\n"
    "{guest}: Проєкт є, його погодили восени, але тендер поки не оголошено.\n"
)


@pytest.mark.parametrize(
    ("host", "guest", "headline", "lead", "note"),
    [
        (
            "Марія Коваль",
            "Петро Литвин",
            "Мостів немає: як живуть села над лиманом",
            "Після руйнування мосту жителі сіл добираються до райцентру поромом. Як працює "
            "переправа взимку – в ефірі розповів голова громади Петро Литвин.",
            "Нижче – текстова версія ефіру.",
        ),
        (
            "Олена Гай",
            "Ігор Савчук",
            "Пором раз на три години",
            "Жителі громади щодня їздять до лікарні через переправу. Про те, хто за неї платить, "
            "в ефірі розповів староста Ігор Савчук.",
            "Далі – текстова версія розмови.",
        ),
    ],
)
def test_text_version_note_under_lead(
    host: str, guest: str, headline: str, lead: str, note: str
) -> None:
    """ "Нижче – текстова версія ефіру.": the editor's pointer to the text version below the
    lead is the page's line, trimmed off the introduction turn as "Нижче – розшифровка …" is."""
    rows = turn_rows(_RADIO.format(host=host, guest=guest, headline=headline, lead=lead, note=note))
    intro = rows[0]
    assert intro[0] == "other" and intro[1] is None
    assert intro[2] == lead
    assert all("текстова" not in text for _, _, text in rows)
