"""Canonical naming: case tables (English strings, Russian through natasha) and properties."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rhetoscope.entities import Gazetteer, canonical_name, gazetteer, name_parts, strip_title
from rhetoscope.entities.aliases import Actor, alias_key
from rhetoscope.entities.canon import clean_surface, surname_key
from rhetoscope.entities.extract import extract_entities
from rhetoscope.entities.mentions import find_mentions
from rhetoscope.entities.nlp import parse_segments
from rhetoscope.model import Document, Span

# (mention as written, label, other names in the document, expected canonical name)
ENGLISH_CASES: list[tuple[str, str, tuple[str, ...], str]] = [
    # initials and titles
    ("V.V. Putin", "PERSON", (), "Vladimir Putin"),
    ("V. V. Putin", "PERSON", (), "Vladimir Putin"),
    ("President V. Putin", "PERSON", (), "Vladimir Putin"),
    ("Russian President Vladimir Putin", "PERSON", (), "Vladimir Putin"),
    ("Putin's", "PERSON", (), "Vladimir Putin"),
    ("President D. Trump", "PERSON", (), "Donald Trump"),
    ("Trump’s", "PERSON", (), "Donald Trump"),
    ("Secretary of State Rubio", "PERSON", (), "Marco Rubio"),
    ("NATO Secretary General M. Rutte", "PERSON", (), "Mark Rutte"),
    ("British Prime Minister K. Starmer", "PERSON", (), "Keir Starmer"),
    ("U. von der Leyen", "PERSON", (), "Ursula von der Leyen"),
    ("S.V. Lavrov", "PERSON", (), "Sergey Lavrov"),
    # spelling variants
    ("Whitcoff", "PERSON", (), "Steve Witkoff"),
    ("S. Whitcoff", "PERSON", (), "Steve Witkoff"),
    ("Zelenskyy", "PERSON", (), "Volodymyr Zelensky"),
    ("Zelensky's", "PERSON", (), "Volodymyr Zelensky"),
    ("Kiev", "GPE", (), "Kyiv"),
    ("Kyiv", "GPE", (), "Kyiv"),
    ("Orban", "PERSON", (), "Viktor Orbán"),
    # organisations and groups
    ("the EU", "ORG", (), "European Union"),
    ("the European Union", "ORG", (), "European Union"),
    ("the Financial Times", "ORG", (), "Financial Times"),
    ("Westerners", "GROUP", (), "the West"),
    ("Kiev regime", "ORG", (), "Ukrainian government"),
    ("Brussels elites", "GROUP", (), "EU leadership"),
    ("“Russians”", "NORP", (), "Russian"),
    # within-document coreference onto full names (no gazetteer entry for these people)
    ("Smithson", "PERSON", ("Jane Smithson",), "Jane Smithson"),
    ("J. Smithson", "PERSON", ("Jane Smithson",), "Jane Smithson"),
    ("Dr. Smithson", "PERSON", ("Jane Smithson",), "Jane Smithson"),
    ("Senator J. Smithson", "PERSON", ("Jane Smithson",), "Jane Smithson"),
    ("K. Smithson", "PERSON", ("Jane Smithson",), "K. Smithson"),  # initial does not fit
    ("Smithson", "PERSON", ("Jane Smithson", "Paul Smithson"), "Smithson"),  # ambiguous
    ("Clinton", "PERSON", ("Hillary Clinton",), "Hillary Clinton"),
    ("Clinton", "PERSON", (), "Clinton"),  # two famous Clintons: not linked without context
    ("Mr. Grant's", "PERSON", ("Ulysses S. Grant",), "Ulysses S. Grant"),
    ("de Souza", "PERSON", ("Maria de Souza",), "Maria de Souza"),
]


@pytest.mark.parametrize(("mention", "label", "context", "expected"), ENGLISH_CASES)
def test_english_canonical_names(
    mention: str, label: str, context: tuple[str, ...], expected: str
) -> None:
    assert canonical_name(mention, label, gazetteer=gazetteer(), context=context) == expected


def _one_turn(text: str, speaker: str | None = "A") -> Document:
    doc = Document.from_text(text)
    turn = Span(
        0,
        len(doc.text),
        "answer",
        attrs={"speaker": speaker, "speaker_label": None, "label_span": None, "index": 0},
    )
    return doc.with_layer("turns", [turn])


# (Russian sentence, the form as written, expected canonical): case forms through lemmatisation.
RUSSIAN_CASES: list[tuple[str, str, str]] = [
    ("Вчера журналисты спросили Путина о переговорах.", "Путина", "Vladimir Putin"),
    ("Министр позвонил Лаврову в среду.", "Лаврову", "Sergey Lavrov"),
    ("Встреча с Зеленским не состоялась.", "Зеленским", "Volodymyr Zelensky"),
    ("Заявление Захаровой опубликовано на сайте.", "Захаровой", "Maria Zakharova"),
    ("Слова Дмитрия Медведева вызвали споры.", "Дмитрия Медведева", "Dmitry Medvedev"),
    ("Делегация прибыла в Киев утром.", "Киев", "Kyiv"),
    ("Переговоры прошли в Киеве.", "Киеве", "Kyiv"),
    ("Решение Евросоюза удивило экспертов.", "Евросоюза", "European Union"),
    ("Расширение НАТО продолжается.", "НАТО", "NATO"),
    ("Мы говорили с Трампом по телефону.", "Трампом", "Donald Trump"),
    ("Позиция России известна.", "России", "Russia"),
    ("Саммит БРИКС прошёл в Казани.", "БРИКС", "BRICS"),
    ("Политика коллективного Запада провалилась.", "коллективного Запада", "the West"),
    ("Действия киевского режима осуждены.", "киевского режима", "Ukrainian government"),
    ("Интервью министра С.В. Лаврова газете.", "С.В. Лаврова", "Sergey Lavrov"),
    ("Мы встретились с Уиткоффом в Москве.", "Уиткоффом", "Steve Witkoff"),
    ("Владимир Путин провёл совещание.", "Владимир Путин", "Vladimir Putin"),
    ("Президент В.В. Путин подписал указ.", "В.В. Путин", "Vladimir Putin"),
    ("Пресс-секретарь Дмитрий Песков ответил журналистам.", "Дмитрий Песков", "Dmitry Peskov"),
    ("Госсекретарь Рубио прилетел в Анкоридж.", "Рубио", "Marco Rubio"),
    ("Зеленский выступил с обращением.", "Зеленский", "Volodymyr Zelensky"),
    ("Украина получила новые кредиты.", "Украина", "Ukraine"),
    ("Санкции ЕС не работают.", "ЕС", "European Union"),
    ("Делегация США прибыла.", "США", "United States"),
    ("Мы обсудили это с Макроном.", "Макроном", "Emmanuel Macron"),
    ("Встреча с Си Цзиньпином прошла в Пекине.", "Си Цзиньпином", "Xi Jinping"),
    ("Генсек НАТО Рютте сделал заявление.", "Рютте", "Mark Rutte"),
    ("Премьер Великобритании Стармер выступил в парламенте.", "Стармер", "Keir Starmer"),
    ("Урсула фон дер Ляйен посетила Киев.", "Урсула фон дер Ляйен", "Ursula von der Leyen"),
    ("Я говорил с Сергеем Лавровым.", "Сергеем Лавровым", "Sergey Lavrov"),
]


# Countries, capitals and international organisations: Russian case forms and short forms reach
# the English canonical name the English side uses (NER lemma -> nominative alias, or a pattern).
RUSSIAN_PLACES_AND_ORGS: list[tuple[str, str, str]] = [
    ("Переговоры прошли в Пекине.", "Пекине", "Beijing"),
    ("Позиция Израиля известна.", "Израиля", "Israel"),
    ("Посол Израиля вызван в МИД.", "Израиля", "Israel"),
    ("Мы сотрудничаем с Германией.", "Германией", "Germany"),
    ("Выборы во Франции закончились.", "Франции", "France"),
    ("Премьер Великобритании выступил.", "Великобритании", "United Kingdom"),
    ("Делегация Соединенного Королевства прибыла.", "Соединенного Королевства", "United Kingdom"),
    ("Доклад МАГАТЭ опубликован.", "МАГАТЭ", "IAEA"),
    ("Генсек ООН выступил.", "ООН", "United Nations"),
    ("Миссия ОБСЕ покинула регион.", "ОБСЕ", "OSCE"),
    ("Встреча прошла в Брюсселе.", "Брюсселе", "Brussels"),
    ("Об этом заявили в Вашингтоне.", "Вашингтоне", "Washington"),
    ("Делегация прилетела в Вашингтон.", "Вашингтон", "Washington"),
    ("Отношения с Турцией улучшаются.", "Турцией", "Turkey"),
    ("Санкции против Ирана продлены.", "Ирана", "Iran"),
    ("Мы обсудили ситуацию в Сирии.", "Сирии", "Syria"),
    ("Поставки в Индию выросли.", "Индию", "India"),
    ("Граница с Польшей закрыта.", "Польшей", "Poland"),
    ("Президент Белоруссии прибыл в Москву.", "Белоруссии", "Belarus"),
    ("Президент Белоруссии прибыл в Москву.", "Москву", "Moscow"),
    ("Саммит прошёл в Анкаре.", "Анкаре", "Ankara"),
    ("Посол вернулся в Тегеран.", "Тегеран", "Tehran"),
    ("Переговоры в Минске сорваны.", "Минске", "Minsk"),
    ("Решение Варшавы удивило.", "Варшавы", "Warsaw"),
    ("Посольство в Риме закрыто.", "Риме", "Rome"),
    ("Туристы из Лондона приехали.", "Лондона", "London"),
    ("Саммит в Париже начался.", "Париже", "Paris"),
    ("Стена в Берлине пала.", "Берлине", "Berlin"),
    ("Представитель ВОЗ сообщил.", "ВОЗ", "WHO"),
    ("Кредит МВФ одобрен.", "МВФ", "IMF"),
    ("Лидеры «Большой семёрки» встретились.", "Большой семёрки", "G7"),
    ("Саммит ШОС пройдёт в Китае.", "ШОС", "SCO"),
    ("Саммит ШОС пройдёт в Китае.", "Китае", "China"),
    ("Учения ОДКБ завершились.", "ОДКБ", "CSTO"),
    ("Страны ЕАЭС договорились.", "ЕАЭС", "EAEU"),
    ("Позиция Африканского союза ясна.", "Африканского союза", "African Union"),
    ("Заявление ЛАГ опубликовано.", "ЛАГ", "Arab League"),
    ("Россия вышла из Совета Европы.", "Совета Европы", "Council of Europe"),
    ("Доклад Еврокомиссии опубликован.", "Еврокомиссии", "European Commission"),
    ("Депутаты Европарламента проголосовали.", "Европарламента", "European Parliament"),
    ("Мы говорили с Соединёнными Штатами.", "Соединёнными Штатами", "United States"),
    ("Он долго жил в Штатах.", "Штатах", "United States"),
    ("Визит в КНР завершён.", "КНР", "China"),
    ("Ракеты КНДР упали в море.", "КНДР", "North Korea"),
    ("Инвестиции ОАЭ растут.", "ОАЭ", "United Arab Emirates"),
    ("Президент ЮАР приехал.", "ЮАР", "South Africa"),
    ("Канцлер ФРГ заявил.", "ФРГ", "Germany"),
    ("Отношения с Северной Кореей.", "Северной Кореей", "North Korea"),
    ("Нефть из Саудовской Аравии.", "Саудовской Аравии", "Saudi Arabia"),
    ("Отношения с Нидерландами.", "Нидерландами", "Netherlands"),
    ("Ситуация в секторе Газа ухудшилась.", "секторе Газа", "Gaza"),
    # Ukrainian: natasha is Russian-only, so nominatives and patterns carry these.
    ("Ми говорили з Німеччиною.", "Німеччиною", "Germany"),
    ("Делегація прибула до Києва.", "Києва", "Kyiv"),
    ("Уряд Польщі заявив.", "Польщі", "Poland"),
    ("Туреччина закрила протоки.", "Туреччина", "Turkey"),
    ("Сполучені Штати надали допомогу.", "Сполучені Штати", "United States"),
    ("Велика Британія підтримала Україну.", "Велика Британія", "United Kingdom"),
    ("Велика Британія підтримала Україну.", "Україну", "Ukraine"),
    ("Доповідь ВООЗ оприлюднено.", "ВООЗ", "WHO"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "form", "expected"), RUSSIAN_CASES + RUSSIAN_PLACES_AND_ORGS)
def test_russian_and_ukrainian_forms_reach_one_canonical_name(
    sentence: str, form: str, expected: str
) -> None:
    """People through case forms; countries, capitals and organisations to the English name."""
    doc = _one_turn(sentence)
    spans = extract_entities(doc)
    start = sentence.index(form)
    hits = [s for s in spans if s.start <= start < s.end]
    assert hits, f"no entity at {form!r}: {[doc.span_text(s) for s in spans]}"
    assert hits[0].attrs["canonical"] == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Израиль", "Israel"),
        ("Пекин", "Beijing"),
        ("Германия", "Germany"),
        ("Соединённое Королевство", "United Kingdom"),
        ("Соединенные Штаты Америки", "United States"),
        ("Штаты", "United States"),
        ("Білорусь", "Belarus"),
        ("Київ", "Kyiv"),
        ("Об’єднані Арабські Емірати", "United Arab Emirates"),
        ("Вашингтон", "Washington"),
        ("Еврокомиссия", "European Commission"),
        ("«Большая семёрка»", "G7"),
    ],
)
def test_russian_and_ukrainian_nominatives_are_aliases(name: str, expected: str) -> None:
    assert canonical_name(name, "GPE", gazetteer=gazetteer()) == expected


def test_every_country_has_a_cyrillic_alias() -> None:
    countries = [a for a in gazetteer().actors if a.type == "GPE"]
    missing = [
        a.canonical
        for a in countries
        if not any(any("\u0400" <= ch <= "\u04ff" for ch in alias) for alias in a.aliases)
    ]
    assert not missing, f"GPE entries without a Russian name: {missing}"


def test_text_false_entries_name_ner_mentions_but_are_not_searched_in_text() -> None:
    gaz = gazetteer()
    text = "George Washington and Jack London met Paris Hilton in Beijing."
    found = {text[m.start : m.end]: m.actor.canonical for m in gaz.find(text)}
    assert found == {"Beijing": "Beijing"}
    actor = gaz.lookup("Washington")
    assert actor is not None and actor.canonical == "Washington"


_lit = st.text(alphabet="abАБ .", min_size=1, max_size=5).filter(lambda s: s[0] not in " .")


@given(st.lists(_lit, min_size=1, max_size=8, unique=True), st.text(alphabet="abАБ .", max_size=30))
def test_factored_literal_regex_matches_like_a_flat_longest_first_one(
    literals: list[str], text: str
) -> None:
    gaz = Gazetteer([Actor(lit, "OTHER") for lit in literals])
    flat = re.compile(
        r"(?<!\w)(?:"
        + "|".join(re.escape(a) for a in sorted(literals, key=len, reverse=True))
        + r")(?!\w)"
    )
    assert [(m.start, m.end) for m in gaz.find(text)] == [m.span() for m in flat.finditer(text)]


# Lemmatisation alone, with an empty gazetteer: the case form becomes its nominative.
RUSSIAN_LEMMAS: list[tuple[str, str, str]] = [
    ("Журналисты спросили Путина о встрече.", "Путина", "Путин"),
    ("Министр позвонил Лаврову вчера.", "Лаврову", "Лавров"),
    ("Мы встретились с Иваном Петровым. Петрову понравилось.", "Петрову", "Иван Петров"),
    ("Письмо Анны Сидоровой пришло вчера.", "Анны Сидоровой", "Анна Сидорова"),
    ("Анна Сидорова выступила. Сидоровой аплодировали.", "Сидоровой", "Анна Сидорова"),
    ("Иван Петров приехал. Петрова встретили в аэропорту.", "Петрова", "Иван Петров"),
]


@pytest.mark.parametrize(
    ("surname", "key"),
    [
        ("Лаврову", "лавров"),
        ("Лаврова", "лавров"),
        ("Путиным", "путин"),
        ("Зеленского", "зеленский"),
        ("Зеленскому", "зеленский"),
        ("Шойгу", "шойгу"),
        ("Putin", "putin"),
    ],
)
def test_surname_key_folds_russian_inflection(surname: str, key: str) -> None:
    assert surname_key(surname) == key


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "form", "expected"), RUSSIAN_LEMMAS)
def test_russian_lemmatisation_and_coreference(sentence: str, form: str, expected: str) -> None:
    segs = [(0, len(sentence))]
    mentions = find_mentions(sentence, segs, parse_segments(sentence, segs), Gazetteer([]))
    start = sentence.index(form)
    hit = next(m for m in mentions if m.start <= start < m.end)
    assert hit.canonical == expected


# --- properties -------------------------------------------------------------------------------
_given = st.sampled_from(["Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Gustav"])
_surname = st.sampled_from(["Adebayo", "Brennan", "Castillo", "Dvorak", "Eklund", "Fontaine"])
_title = st.sampled_from(
    [
        "President",
        "Prime Minister",
        "Foreign Minister",
        "Secretary of State",
        "Senator",
        "Dr.",
        "Mr.",
        "Ms.",
        "Chancellor",
        "Ambassador",
        "French President",
        "former Senator",
    ]
)


@given(_given, _surname, _title)
def test_a_title_never_changes_the_canonical_name(first: str, last: str, title: str) -> None:
    name = f"{first} {last}"
    gaz = gazetteer()
    assert canonical_name(f"{title} {name}", gazetteer=gaz) == canonical_name(name, gazetteer=gaz)
    assert strip_title(f"{title} {name}") == name


@given(_given, _surname)
def test_surname_and_initial_link_to_the_full_name(first: str, last: str) -> None:
    full = f"{first} {last}"
    gaz = gazetteer()
    for variant in (last, f"{first[0]}. {last}", f"{last}'s", full):
        assert canonical_name(variant, gazetteer=gaz, context=[full]) == full


@given(st.text(min_size=1, max_size=40))
def test_canonical_naming_is_idempotent(name: str) -> None:
    gaz = gazetteer()
    once = canonical_name(name, gazetteer=gaz)
    assert canonical_name(once, gazetteer=gaz) == once or not once.strip()


@given(st.lists(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), min_size=1, max_size=3), _surname)
def test_alias_key_ignores_spacing_of_initials(letters: list[str], last: str) -> None:
    tight = "".join(f"{c}." for c in letters) + f" {last}"
    loose = " ".join(f"{c}." for c in letters) + f" {last}"
    assert alias_key(tight) == alias_key(loose)
    parts = name_parts(loose)
    assert parts.initials == "".join(letters)
    assert parts.surname == last


def test_clean_surface_strips_quotes_article_and_possessive() -> None:
    assert clean_surface("“the Financial Times’s”") == "Financial Times"
