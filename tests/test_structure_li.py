"""Small cases for batch LI (kremlin.ru, RBC, Ukrinform, Suspilne among the common sources): an
RBC dek's "X рассказал РБК, …" names the interviewee of an unlabelled dash interview; a regional
page's author under the date over its language switch ("Читати українською") asks as
"Кореспондентка:"; a "Читайте також:" headline link set flush under an answer is the page's;
kremlin.ru's gallery caption over its counter ("1 из 3") is no part of the lead."""

import pytest

from structure_support import run, turn_rows

_RBC = (
    "РБК\n"
    "Финансы\n"
    "{headline}\n"
    "{post} {guest} {verb} {outlet}, когда ждать удешевления кредитов и почему растет просрочка\n"
    "Иван Ткачев\n"
    "18 марта 2025, 13:05\n"
    "{guest} (Фото: Андрей Любимов / РБК)\n"
    "Поделиться\n"
    "— Вы видите признаки того, что спрос на кредиты охлаждается?\n"
    "\n"
    "— Да, и довольно отчетливо. Выдачи в январе упали почти на 40% к прошлому году.\n"
    "\n"
    "— Когда регулятор начнет снижать ставку?\n"
    "\n"
    "— Наш базовый сценарий — первое снижение во втором полугодии, ближе к осени.\n"
    "\n"
    "Читайте РБК в Telegram\n"
)


@pytest.mark.parametrize(
    ("headline", "post", "guest", "verb", "outlet"),
    [
        (
            "Банкир Васнецов — РБК: «Заемщики пока не верят в снижение ставки»",
            "Председатель правления банка «Восток-Финанс»",
            "Михаил Васнецов",
            "рассказал",
            "РБК",
        ),
        (
            "Глава «Север-Лизинга» — ТАСС: «Спрос на технику не падает»",
            "Генеральный директор компании",
            "Анна Крылова",
            "рассказала",
            "ТАСС",
        ),
    ],
)
def test_dek_teller_to_outlet_acronym_answers(
    headline: str, post: str, guest: str, verb: str, outlet: str
) -> None:
    page = _RBC.format(headline=headline, post=post, guest=guest, verb=verb, outlet=outlet)
    rows = turn_rows(page)
    assert {r[1] for r in rows if r[0] == "question"} == {"Иван Ткачев"}
    assert {r[1] for r in rows if r[0] == "answer"} == {guest}


_SUSPILNE = (
    "Суспільне Львів\n"
    "Новини\n"
    "«Вимикати вуличне світло не плануємо»: директор «Львівсвітла» про освітлення міста\n"
    "18 березня 2025, 09:14\n"
    "{author}\n"
    "{button}\n"
    "Поділитися\n"
    "Ілюстративне фото. Суспільне Львів\n"
    "Як місто планує освітлювати вулиці під час відключень, Суспільне Львів розпитало директора "
    "ЛКП «Львівсвітло» Ігоря Марківа.\n"
    "\n"
    "{label}: Пане Ігоре, чому минулої зими частина вулиць стояла темною?\n"
    "\n"
    "Ігор Марків: Вуличне освітлення живиться від тих самих ліній, що й будинки.\n"
    "\n"
    "{label}: Скільки ліхтарів з акумуляторами вже є в місті?\n"
    "\n"
    "Ігор Марків: Близько тисячі трьохсот, цього року додамо ще шістсот.\n"
    "\n"
    "Теми: Львів, освітлення\n"
)


@pytest.mark.parametrize(
    ("author", "button", "label"),
    [
        ("Марта Гнатів", "Читати українською", "Кореспондентка"),
        ("Олег Бойко", "Читать на русском", "Кореспондент"),
    ],
)
def test_author_over_language_switch_asks(author: str, button: str, label: str) -> None:
    rows = turn_rows(_SUSPILNE.format(author=author, button=button, label=label))
    assert {r[1] for r in rows if r[0] == "question"} == {author}
    assert {r[1] for r in rows if r[0] == "answer"} == {"Ігор Марків"}


_UKRINFORM = (
    "Укрінформ\n"
    "Інтерв'ю\n"
    "Іван Федоров, начальник Запорізької обласної військової адміністрації\n"
    "Укриття будуємо вже зараз\n"
    "Ольга Головіна, Запоріжжя\n"
    "18.03.2025 11:20\n"
    "Про це кореспондентка Укрінформу поговорила з начальником Запорізької ОВА Іваном "
    "Федоровим.\n"
    "\n"
    "**Як минула зима для енергосистеми області?**\n"
    "\n"
    "Складно. Після масованих ударів були дні без світла по 12 годин. Зараз головне завдання – "
    "захистити підстанції.\n"
    "{link}\n"
    "\n"
    "**Чи повертаються люди в прифронтові громади?**\n"
    "\n"
    "Ні, про масове повернення говорити не можна.\n"
)


@pytest.mark.parametrize(
    "link",
    [
        "Читайте також: На Запоріжжі відновили електропостачання для 12 тисяч родин",
        "Читайте также: В Запорожье восстановили электроснабжение",
    ],
)
def test_flush_read_also_link_trails_answer(link: str) -> None:
    rows = turn_rows(_UKRINFORM.format(link=link))
    answers = [r[2] for r in rows if r[0] == "answer"]
    assert answers[0].endswith("захистити підстанції.")
    assert all(link not in r[2] for r in rows)


_KREMLIN = (
    "Президент России\n"
    "Стенограммы\n"
    "Встреча с генеральным директором ОАО «Российские железные дороги» Олегом Белозёровым\n"
    "4 марта 2025 года, 15:30, Москва, Кремль\n"
    "{caption}\n"
    "{counter}\n"
    "Владимир Путин провёл рабочую встречу с генеральным директором ОАО «Российские железные "
    "дороги» Олегом Белозёровым. Обсуждались итоги работы компании в 2024 году.\n"
    "В.Путин: Олег Валентинович, как компания закончила год?\n"
    "\n"
    "О.Белозёров: Уважаемый Владимир Владимирович! Погрузка на сети составила 1,18 млрд тонн.\n"
    "\n"
    "В.Путин: Хорошо. Спасибо.\n"
)


@pytest.mark.parametrize(
    ("caption", "counter"),
    [
        ("С генеральным директором ОАО «Российские железные дороги» Олегом Белозёровым.", "1 из 3"),
        ("Во время встречи.", "1 из 12"),
    ],
)
def test_gallery_caption_over_counter_is_no_lead(caption: str, counter: str) -> None:
    doc = run(_KREMLIN.format(caption=caption, counter=counter))
    first = doc.span_text(doc.layer("turns")[0])
    assert first.startswith("Владимир Путин провёл")
