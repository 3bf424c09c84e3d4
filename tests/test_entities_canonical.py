"""Canonical naming: case tables (English strings, Russian through natasha) and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rhetoscope.entities import Gazetteer, canonical_name, gazetteer, name_parts, strip_title
from rhetoscope.entities.aliases import alias_key
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


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "form", "expected"), RUSSIAN_CASES)
def test_russian_case_forms_reach_one_canonical_name(
    sentence: str, form: str, expected: str
) -> None:
    doc = _one_turn(sentence)
    spans = extract_entities(doc)
    start = sentence.index(form)
    hits = [s for s in spans if s.start <= start < s.end]
    assert hits, f"no entity at {form!r}: {[doc.span_text(s) for s in spans]}"
    assert hits[0].attrs["canonical"] == expected


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
