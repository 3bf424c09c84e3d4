"""Small cases for batch XI XJ XL (Check Y): a congressional name line under its abbreviated
office over a clock line (C-SPAN); a web paper's capitals domain asking (ZN.UA); a record site's
self-description under the last answer (Hansard); a direction line under an unlabelled answer; a
record's bare office whose holder an earlier label named in brackets (Holyrood); and a paragraph's
common opening word with an aside up to a colon, no label."""

import pytest

from structure_support import turn_rows

_CSPAN = """C-SPAN
Video Library   Schedule   Podcasts

Newsmakers with {guest}
Transcript type: Closed Captioning (Unverified)

Transcript
Pedro Echevarria
00:00:03
Welcome to Newsmakers. Our guest is {guest}. Joining us with questions is Dana Pruitt of \
Politico. Dana, go ahead.
Dana Pruitt
00:00:20
Thanks. The farm bill is stalled again. Will it get a vote before the recess?
{guest}
00:00:29
I think it will. We have the votes in committee and the leader has promised floor time.
Dana Pruitt
00:01:02
And the dairy title? Is that settled?
{guest}
00:01:08
Mostly settled. There are two provisions left and we will work them out.
Pedro Echevarria
00:01:40
We will leave it there. Thank you for being on Newsmakers.
{guest}
00:01:44
Thank you.
"""

_DOMAIN = """{domain}   Щотижневик
Головна   Політика   Економіка

Марта Гнатюк: «Мости відбудуємо до зими»

Ігор Сидоренко
3 березня 2026, 10:00

Голова агентства відновлення Марта Гнатюк розповіла {domain}, коли відкриють мости на Київщині.

{domain}: Пані Марто, скільки мостів ще зруйновано?

Марта Гнатюк: Одинадцять. Шість із них відбудуємо до зими, решту – наступного року.

{domain}: Хто платить за роботи?

Марта Гнатюк: Державний фонд і два кредити Світового банку. Громади не платять нічого.

{domain}: Дякую.

Марта Гнатюк: Дякую вам.
"""

_LORDS = """Local Buses
Volume 850: debated on Tuesday 3 March 2026

Lord Berkeley (Lab)ExcerptsShare
To ask His Majesty's Government what steps they are taking to protect rural bus services.

Baroness Hayman of Ullock (Lab)ExcerptsShare
My Lords, the Government have confirmed funding for bus services for the next three years.

Lord Berkeley (Lab)ExcerptsShare
My Lords, will the Minister meet the operators in Cornwall to discuss it?

Baroness Hayman of Ullock (Lab)ExcerptsShare
I would be happy to meet them.

{footer}
Contact us
"""

_PLAIN = """Громадське
Новини   Статті

«Школа – це теж безпека». Психолог про перший клас під час війни

Олена Бондар
2 квітня 2026 11:00

Дитячий психолог Андрій Кушнір розповів, як підготувати дитину до першого класу під час війни.

Андрію, чого найбільше бояться першокласники?

Незнайомих дорослих і гучних звуків. Тривога в укритті – це для них окремий стрес.

Як батькам до цього готуватися?

Грати в школу вдома. Дитина, яка знає, що буде, боїться менше.

{direction}

А якщо дитина плаче щоранку?

Це нормально перші тижні. Важливо не сварити й не соромити її.

Коли звертатися до фахівця?

Якщо плач триває понад місяць або дитина перестала спати.
"""

_HOLYROOD = """Official Report
Meeting of the Parliament
Portfolio Question Time
14:00
The Presiding Officer (Alison Johnstone): Good afternoon. The first item of business is \
portfolio question time.

Ferry Services
1. Rhoda Grant (Highlands and Islands) (Lab): To ask the Scottish Government when the new \
ferries will enter service. (S6O-05401)

{office} (Mairi Gougeon): The first vessel will enter service in the spring and the second in \
the autumn.

Rhoda Grant: Islanders have heard that before. What guarantee can the cabinet secretary give?

Mairi Gougeon: The builder has met every milestone since the summer.

Harbour Dues
2. Jamie Halcro Johnston (Highlands and Islands) (Con): To ask the Scottish Government what \
discussions it has had about harbour dues. (S6O-05402)

{office}: {answer}

Jamie Halcro Johnston: Will she publish the figures?

Mairi Gougeon: I will publish them next month.
"""

_ASIDE = """Радіо НВ

Оренда в Одесі дорожчає

Ведучий Петро Гнатенко поговорив з аналітикою Ольгою Левченко про ціни на оренду.

Петро Гнатенко: Пані Ольго, чому оренда в Одесі дорожчає?

Ольга Левченко: Бо попит зріс, а пропозиція ні. Нових будинків майже немає.

Гнатенко: А як щодо передмість?

Левченко: Там дешевше, але це не рятує ситуацію: це далеко від роботи.

{aside}: квартири з генератором тепер коштують на десять відсотків більше.

Гнатенко: Це надовго?

Левченко: Думаю, до кінця року. Це наш прогноз.
"""


def _rows(text: str) -> list[tuple[str, str | None]]:
    return [(label, speaker) for label, speaker, _ in turn_rows(text)]


@pytest.mark.parametrize(
    ("guest", "speaker"),
    [
        ("Sen. Mark Alden Brewer", "Mark Alden Brewer"),
        ("Rep. Nadia Fuentes", "Nadia Fuentes"),
        ("Gov. Carl Whitmore", "Carl Whitmore"),
    ],
)
def test_abbreviated_office_name_line_over_clock(guest: str, speaker: str) -> None:
    rows = _rows(_CSPAN.format(guest=guest))
    assert [s for _, s in rows] == [
        "Pedro Echevarria",
        "Dana Pruitt",
        speaker,
        "Dana Pruitt",
        speaker,
        "Pedro Echevarria",
        speaker,
    ]
    assert rows[2][0] == "answer"


@pytest.mark.parametrize("domain", ["ZN.UA", "LB.UA", "NV.UA"])
def test_capitals_domain_masthead_asks(domain: str) -> None:
    rows = turn_rows(_DOMAIN.format(domain=domain))
    asked = [r for r in rows if r[1] == "Ігор Сидоренко"]
    assert [label for label, _, _ in asked] == ["question", "question", "other"]
    assert not any(body.startswith(f"{domain}:") for _, _, body in rows)


@pytest.mark.parametrize(
    "footer",
    [
        "Hansard is the official report of debates in Parliament.",
        "Hansard is the official record of proceedings in the House of Lords.",
    ],
)
def test_record_self_description_ends_last_answer(footer: str) -> None:
    rows = turn_rows(_LORDS.format(footer=footer))
    assert rows[-1][2] == "I would be happy to meet them."


@pytest.mark.parametrize("direction", ["(Сміється.)", "(Сміється)", "(Оплески.)"])
def test_direction_line_ends_unlabelled_answer(direction: str) -> None:
    rows = turn_rows(_PLAIN.format(direction=direction))
    answer = next(body for _, _, body in rows if body.startswith("Грати в школу"))
    assert answer.endswith("боїться менше.")


@pytest.mark.parametrize(
    ("office", "answer"),
    [
        ("The Cabinet Secretary for Housing", "Officials met the harbour boards last week."),
        ("The Cabinet Secretary for Justice", "Yes. The review will report in June."),
    ],
)
def test_bare_office_takes_bracketed_holder_above(office: str, answer: str) -> None:
    rows = turn_rows(_HOLYROOD.format(office=office, answer=answer))
    row = next(r for r in rows if r[2] == answer)
    assert row[:2] == ("answer", "Mairi Gougeon")


@pytest.mark.parametrize("aside", ["Це, до речі, нове явище", "Це, між іншим, новий тренд"])
def test_common_word_with_aside_is_no_label(aside: str) -> None:
    rows = turn_rows(_ASIDE.format(aside=aside))
    assert all(speaker in ("Петро Гнатенко", "Ольга Левченко", None) for _, speaker, _ in rows)
    turn = next(body for _, _, body in rows if body.startswith("Там дешевше"))
    assert turn.endswith("на десять відсотків більше.")
