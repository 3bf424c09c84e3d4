"""Check Z (late), batch XR XT XQ XP: the Dáil's post with "(Deputy …)" in brackets, a record's
revision note, two outlets under "Question (…):" over a byline, and the pages' closing lines
(a think tank's boilerplate, an event page's note, a station's tune-in line, a Telegram call, a
broadcast's "[технические неполадки]") under the last turn."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_DAIL = (
    "Houses of the Oireachtas\n\nDáil Éireann debate -\nThursday, 12 Mar 2026\n\n"
    "Topical Issue Debate\n\n{topic}\n\n"
    "Deputy {asker}: I thank the Ceann Comhairle for selecting this matter. Families in my "
    "constituency have waited two years. When will the Minister act?\n\n"
    "An Ceann Comhairle: The Minister of State has four minutes.\n\n"
    "{post} (Deputy {holder}): I thank the Deputy for raising this issue. The funding has "
    "been approved and the work will start in May.\n\n"
    "Deputy {asker}: Will the Minister of State publish the timeline?\n\n"
    "Deputy {holder}: Yes, I will publish it next week.\n\n"
    "{tail}"
)

_PRESSER = (
    "{masthead}\nUkraine   Economy   Society   War\n\n{headline}\n\n{writer}\n14.03.2026 12:40\n\n"
    "The head of the agency answered journalists' questions at a press conference.\n\n"
    "{official}: Good afternoon. We have restored most of the records this year.\n\n"
    "Question ({outlet1}): How can an owner prove the right if the documents were lost?\n\n"
    "{official}: He can apply online. In most cases that is enough.\n\n"
    "Question ({outlet2}): Are there cases of fraud in the occupied areas?\n\n"
    "{official}: Unfortunately, yes. We passed such cases to the police.\n"
)

_PANEL = (
    "{host}:\nWelcome, everyone. Let me start with the obvious question. What has changed "
    "since last year?\n\n{guest}:\nA great deal has changed, and the repairs now take days, "
    "not weeks. We still need ships for the work.\n\n{host}:\n{closing}\n\n{tail}"
)

_LINE = (
    "Прямая линия губернатора\n\n"
    "Ведущая: Следующий вопрос пришёл в Telegram. Когда в нашем посёлке починят дорогу?\n\n"
    "{guest}: Дорогу отремонтируют летом, подрядчик уже выбран.\n{note}\n\n"
    "Ведущая: Ещё один звонок. Слушаем вас.\n\n"
    "Слушатель: Здравствуйте. Когда откроют новую школу?\n\n"
    "{guest}: Школу откроем первого сентября.\n"
)

_RADIO = (
    "Громадське радіо\n\n{headline}\n\n"
    "{host}: Як з'явилася ідея молодіжного центру?\n\n"
    "{guest}: Підлітки самі прийшли до нас із цією ідеєю.\n\n"
    "{host}: Дякую вам за розмову.\n\n"
    "{guest}: {last}\n\n{tail}\nТеги: молодь, громади\n"
)


@pytest.mark.parametrize(
    ("topic", "asker", "post", "holder", "tail"),
    [
        (
            "Disability Services",
            "Catherine Ardagh",
            "Minister of State at the Department of Health",
            "Kieran O'Donnell",
            "Unrevised. This record is subject to correction.\n",
        ),
        (
            "Rural Broadband",
            "Michael Fitzmaurice",
            "Minister of State at the Department of Climate, Energy and the Environment",
            "Timmy Dooley",
            "Previous   Next\n\nUnrevised. This record is subject to correction.\n\n"
            "Contact us   Accessibility   Cookies\n",
        ),
    ],
)
def test_dail_post_with_deputy_holder(
    topic: str, asker: str, post: str, holder: str, tail: str
) -> None:
    """ "Minister of State at the Department of … (Deputy Name):": the holder speaks; the
    record's "Unrevised. This record is subject to correction." is no part of the last turn."""
    rows = turn_rows(_DAIL.format(topic=topic, asker=asker, post=post, holder=holder, tail=tail))
    answers = [(speaker, words) for label, speaker, words in rows if label == "answer"]
    assert [speaker for speaker, _ in answers] == [holder, holder]
    assert answers[0][1].startswith("I thank the Deputy")
    assert rows[-1][2].endswith("next week.")


@pytest.mark.parametrize(
    ("masthead", "writer", "official", "outlet1", "outlet2"),
    [
        ("UKRINFORM", "Iryna Dovzhenko", "Natalia Vasylenko", "Ukrinform", "Interfax-Ukraine"),
        ("UKRINFORM", "Olena Kovalchuk", "Taras Melnyk", "Suspilne", "Ukrainska Pravda"),
    ],
)
def test_two_bracketed_outlets_ask_as_themselves(
    masthead: str, writer: str, official: str, outlet1: str, outlet2: str
) -> None:
    """ "Question (Ukrinform):" and "Question (Interfax-Ukraine):" under a full-name author over
    the date: two outlets make a briefing, each outlet asks, not the author."""
    text = _PRESSER.format(
        masthead=masthead,
        headline="Land cadastre to be restored by 2027",
        writer=writer,
        official=official,
        outlet1=outlet1,
        outlet2=outlet2,
    )
    asked = [speaker for label, speaker, _ in turn_rows(text) if label == "question"]
    assert asked == [outlet1, outlet2]


@pytest.mark.parametrize(
    ("host", "guest", "closing", "tail"),
    [
        (
            "Helen Marrow",
            "Tom Ashdown",
            "I'm afraid that is all we have time for. Please join me in thanking Tom Ashdown.",
            "Chatham House, the Royal Institute of International Affairs, is an independent "
            "policy institute based in London. Our mission is to help governments.\n"
            "Chatham House, 10 St James's Square, London SW1Y 4LE\n"
            "T +44 (0)20 7957 5700   contact@chathamhouse.org   chathamhouse.org\n"
            "Charity Registration Number: 208223\n",
        ),
        (
            "John Herbst",
            "Olha Petrenko",
            "Minister, we're out of time. Thank you for a very frank conversation.",
            "The Atlantic Council is a nonpartisan organization that galvanizes US leadership "
            "and engagement in the world.\n",
        ),
        (
            "Eleanor Vance",
            "Rodrigo Salas",
            "Rodrigo, thank you so much. This has been a really important conversation.",
            "Thank you for your interest in this event. Please send any feedback or questions "
            "to our Events staff.\n",
        ),
    ],
)
def test_think_tank_boilerplate_closes_the_event(
    host: str, guest: str, closing: str, tail: str
) -> None:
    """A think tank's self-description, charity number, address and contact rows, and an event
    page's note to its visitors under the host's closing: the page's, not the host's."""
    rows = turn_rows(_PANEL.format(host=host, guest=guest, closing=closing, tail=tail))
    assert rows[-1][1] == host
    assert rows[-1][2] == closing


@pytest.mark.parametrize(
    ("guest", "note"),
    [("Д. Миляев", "[технические неполадки]"), ("И. Петров", "(Технические помехи)")],
)
def test_broadcast_fault_note_is_a_direction(guest: str, note: str) -> None:
    """A live broadcast's "[технические неполадки]" under an answer is the record's note,
    no part of the answer."""
    rows = turn_rows(_LINE.format(guest=guest, note=note))
    answers = [words for label, _, words in rows if label == "answer"]
    assert answers[0] == "Дорогу отремонтируют летом, подрядчик уже выбран."


@pytest.mark.parametrize(
    ("host", "guest", "last", "tail"),
    [
        (
            "Олена Левченко",
            "Марта Головко",
            "Дякую, було приємно.",
            "Громадське радіо можна слухати на частотах FM, а також у застосунку.",
        ),
        (
            "Ірина Сампан",
            "Андрій Кравець",
            "Дякую за запрошення.",
            "Громадське радіо можна слухати у застосунку та на сайті.",
        ),
    ],
)
def test_station_tune_in_line_closes_the_page(host: str, guest: str, last: str, tail: str) -> None:
    """A station's "… можна слухати на частотах FM …" under the guest's thanks: the page's."""
    text = _RADIO.format(
        headline="Молодіжні центри в укриттях", host=host, guest=guest, last=last, tail=tail
    )
    rows = turn_rows(text)
    assert rows[-1][1] == guest
    assert rows[-1][2] == last


@pytest.mark.parametrize(
    "tail",
    [
        "If you want to get the latest news about war and events in Ukraine, subscribe to our "
        "Telegram channel.",
        "If you want to stay up to date with the latest news about the economy, subscribe to "
        "our Telegram channel.",
    ],
)
def test_long_telegram_call_closes_the_page(tail: str) -> None:
    """Ukrinform English's Telegram call, a long clause before its comma, under the last answer."""
    text = _PRESSER.format(
        masthead="UKRINFORM",
        headline="Land cadastre to be restored by 2027",
        writer="Iryna Dovzhenko",
        official="Natalia Vasylenko",
        outlet1="Ukrinform",
        outlet2="Interfax-Ukraine",
    ) + ("\n" + tail + "\n")
    rows = turn_rows(text)
    assert rows[-1][2].endswith("to the police.")
