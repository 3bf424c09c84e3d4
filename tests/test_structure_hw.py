"""Small cases for the HW round: a phone-in host among unnamed callers (no briefing's chair), a
comments box with no count over its log-in prompt, a broadcaster's "Broadcast:" field line and
its day-first slash date, a tip line and an acknowledgement of country at a page's foot,
kremlin.ru's "Публикация размещена в разделах", NATO's interpreter's notes and its update stamp
between the date and the place."""

import pytest

from rhetoscope.structure.metadata import trailing_start
from structure_support import run, turn_rows

_PHONE_IN = (
    "Радіо\n\nВаша Свобода\n18 березня 2025, 20:10\n\n"
    "У програмі адвокатка Наталія Гордієнко відповідала на запитання слухачів.\n"
    "Ведучий: Добрий вечір, це «Ваша Свобода». У студії – адвокатка Наталія Гордієнко."
    " Пані Наталіє, добрий вечір.\n"
    "Наталія Гордієнко: Добрий вечір.\n"
    "Ведучий: Почнімо з найпоширенішого. Що робити, якщо вас внесли до розшуку?\n"
    "Наталія Гордієнко: Зверніться до ТЦК письмово і попросіть пояснити підставу.\n"
    "Ведучий: У нас уже є перший дзвінок. Слухаємо вас, говоріть.\n"
    "{caller}: Добрий вечір. Я з Вінниці. Мене забронювали в січні. Чи це законно?\n"
    "Наталія Гордієнко: Так, бронювання діє до кінця строку, на який його надано.\n"
    "Ведучий: А якщо людина має відстрочку, її можуть направити на ВЛК?\n"
    "Наталія Гордієнко: Можуть, але відстрочка означає, що вас не можуть призвати.\n"
)


@pytest.mark.parametrize("caller", ["Слухач", "Слухачка", "Глядачка з Полтави"])
def test_phone_in_host_among_callers_stays_unnamed(caller: str) -> None:
    rows = turn_rows(_PHONE_IN.format(caller=caller))
    host = [r for r in rows if r[2].startswith(("Добрий вечір, це", "Почнімо", "У нас", "А якщо"))]
    assert {r[1] for r in host} == {None}
    assert [r[0] for r in host] == ["other", "question", "other", "question"]
    greeting = [r for r in rows if r[2] == "Добрий вечір."]
    assert greeting == [("answer", "Наталія Гордієнко", "Добрий вечір.")]


def test_briefing_host_among_reporters_is_still_the_office() -> None:
    text = (
        "Пресс-конференция губернатора\n\n"
        "Ведущий: Добрый день, коллеги. Начнём. Прошу задавать вопросы.\n"
        "Вопрос (ТАСС): Когда откроют новую школу?\n"
        "Губернатор: В сентябре, строительство идёт по графику.\n"
        "Ведущий: Следующий вопрос, пожалуйста.\n"
        "Вопрос (РИА Новости): А что с дорогами?\n"
        "Губернатор: Дороги отремонтируем к осени.\n"
    )
    chair = {r[1] for r in turn_rows(text) if r[2].startswith(("Добрый день,", "Следующий"))}
    assert chair == {None}


@pytest.mark.parametrize(
    ("head", "prompt"),
    [
        ("Коментарі", "Щоб коментувати, будь ласка, увійдіть"),
        ("Комментарии", "Чтобы комментировать, пожалуйста, войдите"),
        ("Comments", "Log in to comment"),
    ],
)
def test_bare_comments_head_over_login_prompt_is_trailing(head: str, prompt: str) -> None:
    body = (
        "Наталія Гордієнко: Якщо у вас вимагають зайве, просіть письмову відмову – з нею можна"
        " йти до суду. Довідок про догляд для другої групи закон не вимагає.\n"
        "Ведучий: Дякую, пані Наталіє. Це була «Ваша Свобода». Запитання до наших наступних"
        " гостей надсилайте на сторінку програми. До зустрічі.\n"
    )
    text = body + f"{head}\n{prompt}\nЧитайте також\nТЦК і «Резерв+»: що змінилося\n"
    assert trailing_start(text) == len(body.rstrip())


def test_bare_comments_head_without_prompt_stays() -> None:
    text = "Host: We talked about the comments.\nComments\nGuest: They were kind.\n"
    assert trailing_start(text) == len(text.rstrip())


_ABC = (
    "ABC News\nSkip to main content\nPolitics\n7.30\n"
    "Coalition won't be 'lectured' on first home buyers\n"
    "The Opposition has promised to let first home buyers draw on their super."
    " Shadow Housing Minister Lachlan McAuley joins 7.30.\n"
    "Broadcast: 11/03/2025\nReporter: Sarah Ferguson\nDuration: 9min 52sec\nTranscript\n"
    "SARAH FERGUSON, PRESENTER: Shadow Housing Minister Lachlan McAuley joined me.\n\n"
    "Lachlan McAuley, welcome to 7.30.\n"
    "LACHLAN McAULEY, SHADOW HOUSING MINISTER: Good evening, Sarah.\n"
    "SARAH FERGUSON: What happens to prices?\n"
    "LACHLAN McAULEY: Supply changes too, Sarah.\n"
    "SARAH FERGUSON: Lachlan McAuley, thank you very much for joining us.\n"
    "LACHLAN McAULEY: Thanks, Sarah.\n"
    "{tip}"
    "Related Stories\nEconomists warn super-for-housing plan will push up prices\n"
    "ABC acknowledges the First Australians as the traditional custodians of the lands where"
    " we live, work, and gather.\n"
)


def test_broadcast_field_makes_the_standfirst_header() -> None:
    rows = turn_rows(_ABC.format(tip=""))
    assert rows[0][1] == "Sarah Ferguson"
    assert not any(r[2].startswith("The Opposition") for r in rows)


@pytest.mark.parametrize(
    ("tip", "date"),
    [
        ("Do you have a story tip? Email: 730@abc.net.au\n", "2025-03-11"),
        ("", None),  # no day-first country's address: the order stays unknown
    ],
)
def test_tip_line_and_acknowledgement_are_trailing_and_date_reads_day_first(
    tip: str, date: str | None
) -> None:
    doc = run(_ABC.format(tip=tip))
    last = doc.span_text(doc.layer("turns")[-1])
    assert last == "Thanks, Sarah."
    assert doc.meta.date == date


def test_kremlin_sections_placed_line_is_trailing() -> None:
    body = "В.Путин: Хорошо. Давайте обращение. Спасибо.\n"
    text = body + (
        "Публикация размещена в разделах: Новости, Стенограммы\nТемы\nРегионы\n"
        "Тульская область\nДата публикации:\n22 апреля 2025 года, 18:05\n"
        "Ссылка на материал:\nkremlin.ru/d/76791\n"
    )
    assert trailing_start(text) == len(body.rstrip())


_NATO = (
    "NATO\nNews\nJoint press conference\n"
    "by NATO Secretary General Mark Rutte with the Prime Minister of Poland, Donald Tusk\n"
    "12 Feb. 2025 -\n|\nLast updated: 12 Feb. 2025 17:48\nWarsaw, Poland\n(As delivered)\n"
    "Moderator: Good afternoon. We will begin with statements.\n"
    "Prime Minister of Poland, Donald Tusk: {note} Thank you very much. Good afternoon.\n"
    "NATO Secretary General Mark Rutte: Thank you so much, Donald.\n"
    "Moderator: Thank you. The first question, please.\n"
    "Question [Tomasz Brzeziński, TVN24]: Good afternoon. Will NATO help?\n"
    "NATO Secretary General Mark Rutte: Yes, of course it will.\n"
)


@pytest.mark.parametrize(
    ("note", "directions"),
    [
        ("[Interpreted from Polish]", ["[Interpreted from Polish]"]),
        ("[Spoke in English]", ["[Spoke in English]"]),
        ("(Translated from French)", ["(Translated from French)"]),
        ("[Poland]", []),  # a bracketed word is no note
    ],
)
def test_interpreters_note_is_a_direction(note: str, directions: list[str]) -> None:
    doc = run(_NATO.format(note=note))
    assert [doc.span_text(d) for d in doc.layer("stage_directions")] == directions


def test_place_below_update_stamp() -> None:
    doc = run(_NATO.format(note="[Interpreted from Polish]"))
    assert (doc.meta.date, doc.meta.place) == ("2025-02-12", "Warsaw")


def test_translation_note_in_a_header_title_is_no_direction() -> None:
    text = (
        "Government press conference\nTranscript (translated from German)\n\n"
        "Spokesperson: Good morning. The Chancellor will begin.\n"
        "Chancellor: Thank you. We agreed on the budget today.\n"
        "Question: When will it pass?\n"
        "Chancellor: Before the summer recess.\n"
    )
    assert list(run(text).layer("stage_directions")) == []
