"""Who asks, when the interviewer's label is the outlet's name, an outlet the engine has never seen.

Usage: python benchmarks/structure_outlet_label_matrix.py [--verbose] [english|russian|ukrainian]

Blind pages from publishers no fixture had seen lost whole interviews because the question label
was the outlet's name or abbreviation (`Тиждень:`, `Слово і Діло:`, `NS:`, `URA.RU:`, `The
Hill:`, `Лайф:`, `FP:`, `TIME:`). Mended one outlet at a time, the next new outlet failed again.
This script composes interview pages whose questions carry an outlet label and whose answers
carry the interviewee's label, crossing independent parts: the outlet label's shape (one word,
several words, an abbreviation, a domain, in quotes, in capitals, bold, a dash instead of the
colon, a common word or the masthead's short form in capitals: `TIME:`, `NATION:`, `ДЕНЬ:`,
`ВЕСТИ:`, `MOST:`), what the page says about the outlet (a masthead line, a lead that names it in
a declined form, nothing), who writes (no byline, one author, two authors), the interviewee's
label (full name, surname, initials, given name and patronymic) and the furniture (blank lines or
none, a photo caption between turns, a share/related footer), in English, Russian and Ukrainian.

Gold by docs/structure.md: the outlet label asks (role question); its speaker is the page's one
byline writer, and with no byline or two authors the outlet as written (quotes, bold and the
colon dropped); the interviewee answers under the full name the lead gives; the lead is `other`.
It prints the share of turns failed per part value, so a gap shows as a dimension, not a page.
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import dataclass

from matrix_scoring import Totals, print_all, score_pages


@dataclass(frozen=True)
class Outlet:
    label: str  # the name as the label writes it (before quotes, bold, capitals)
    named: str  # the name as the masthead and the lead write it (nominative)
    dative: str  # the lead's "told X" form


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    patronymic: str = ""

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"


@dataclass(frozen=True)
class Language:
    # shape -> outlets of that shape (rotated over the pages)
    outlets: dict[str, tuple[Outlet, ...]]
    guests: tuple[tuple[Person, str], ...]  # interviewee, office before the name in the lead
    authors: tuple[Person, Person]
    title: str
    date: str
    byline_one: str  # {a}
    byline_two: str  # {a} {b}
    lead_told: str  # {office} {guest} {dative}
    lead_plain: str  # {office} {guest}
    questions: tuple[str, str, str]
    answers: tuple[str, str, str]
    caption: str  # {guest}
    footer: str


def _shape_label(shape: str, outlet: Outlet) -> tuple[str, str]:
    """The label as written before the body, and the outlet as written (the gold speaker)."""
    name = outlet.label
    if shape == "quoted":
        return f"«{name}»: ", name
    if shape in ("capitals", "common word"):
        # (capitals keep only where the header writes the name so, docs "a one-word capitalised
        # label the header writes the same way … keeps its capitals"; these pages write it in
        # mixed case or not at all, so the speaker is the outlet in its own spelling)
        return f"{name.upper()}: ", name
    if shape == "bold":
        return f"**{name}:** ", name
    if shape == "dash":
        return f"{name} — ", name
    return f"{name}: ", name


SHAPES = (
    "one word",
    "several words",
    "abbreviation",
    "domain",
    "quoted",
    "capitals",
    "bold",
    "dash",
    "common word",
)
# Which outlet pool each shape draws from (a styling shape restyles a one- or multi-word name).
POOL = {
    "one word": "one word",
    "several words": "several words",
    "abbreviation": "abbreviation",
    "domain": "domain",
    "quoted": "one word",
    "capitals": "one word",
    "bold": "several words",
    "dash": "one word",
    "common word": "common word",
}
SAYS = ("masthead line", "lead names it", "nothing")
WRITERS = ("no byline", "one author", "two authors")
GUEST_LABELS = ("full name", "surname", "initials", "given + patronymic")
FURNITURE = ("blank lines", "no blank lines", "photo caption", "footer")


def _guest_label(kind: str, p: Person, cyrillic: bool) -> str | None:
    if kind == "full name":
        return f"{p.full}: "
    if kind == "surname":
        return f"{p.surname}: "
    if kind == "initials":
        # (the given name's and the surname's initials, as the label matrix's "KK:"; a
        # Cyrillic page dots them)
        if cyrillic:
            return f"{p.given[0]}.{p.surname[0]}.: "
        return f"{p.given[0]}{p.surname[0]}: "
    if not p.patronymic:  # English names have none
        return None
    return f"{p.given} {p.patronymic}: "


EN = Language(
    {
        "one word": (
            Outlet("Vox", "Vox", "Vox"),
            Outlet("Semafor", "Semafor", "Semafor"),
            Outlet("Newsweek", "Newsweek", "Newsweek"),
        ),
        "several words": (
            Outlet("New Statesman", "New Statesman", "the New Statesman"),
            Outlet("The Korea Herald", "The Korea Herald", "The Korea Herald"),
            Outlet("Free Press", "Free Press", "the Free Press"),
        ),
        "abbreviation": (
            Outlet("NS", "New Statesman", "the New Statesman"),
            Outlet("FP", "Foreign Policy", "Foreign Policy"),
            Outlet("WSJ", "The Wall Street Journal", "The Wall Street Journal"),
        ),
        "domain": (
            Outlet("Salon.com", "Salon.com", "Salon.com"),
            Outlet("Axios.com", "Axios.com", "Axios.com"),
            Outlet("Rappler.com", "Rappler.com", "Rappler.com"),
        ),
        # A common word or the masthead's short form, written in capitals ("TIME:", "NATION:",
        # "HERALD:"): no name rule reads it, so the masthead, the lead or the layout must.
        "common word": (
            Outlet("TIME", "TIME", "TIME"),
            Outlet("Nation", "The Nation", "The Nation"),
            Outlet("Herald", "The Herald", "The Herald"),
        ),
    },
    (
        (Person("Kaja", "Kallas"), "EU foreign policy chief"),
        (Person("Radosław", "Sikorski"), "Polish Foreign Minister"),
        (Person("Mark", "Rutte"), "NATO Secretary General"),
    ),
    (Person("Jane", "Doe"), Person("Tom", "Walsh")),
    "Europe will have enough gas this winter",
    "March 12, 2026",
    "By {a}",
    "By {a} and {b}",
    "{office} {guest} told {dative} about gas prices, the coming winter and the talks in Geneva.",
    "{office} {guest} spoke about gas prices, the coming winter and the talks in Geneva.",
    (
        "Thank you for joining us. Will Europe have enough gas this winter?",
        "Some governments say the price cap has failed. Do you agree?",
        "What do you expect from the talks in Geneva next week?",
    ),
    (
        "Yes, storage is above ninety percent and we have new contracts with Norway.",
        "No. The cap did what it was meant to do, and prices are down by a third.",
        "I expect hard work and, I hope, a first agreement on the corridors.",
    ),
    "{guest} in Brussels on 10 March. Photo: John Thys / AFP",
    "Share this article: Facebook Twitter Email\n\nRelated\nEU ministers meet on gas storage\n",
)
RU = Language(
    {
        "one word": (
            Outlet("Лайф", "Лайф", "Лайфу"),
            Outlet("Фонтанка", "Фонтанка", "Фонтанке"),
            Outlet("Огонёк", "Огонёк", "«Огоньку»"),
        ),
        "several words": (
            Outlet("Новая газета", "Новая газета", "«Новой газете»"),
            Outlet("Деловой Петербург", "Деловой Петербург", "«Деловому Петербургу»"),
            Outlet("Российская газета", "Российская газета", "«Российской газете»"),
        ),
        "abbreviation": (
            Outlet("КП", "Комсомольская правда", "«Комсомольской правде»"),
            Outlet("АиФ", "Аргументы и факты", "«Аргументам и фактам»"),
            Outlet("МК", "Московский комсомолец", "«Московскому комсомольцу»"),
        ),
        "domain": (
            Outlet("URA.RU", "URA.RU", "URA.RU"),
            Outlet("Gazeta.ru", "Gazeta.ru", "Gazeta.ru"),
            Outlet("NEWS.ru", "NEWS.ru", "NEWS.ru"),
        ),
        "common word": (
            Outlet("Вести", "Вести", "«Вестям»"),
            Outlet("MOST", "MOST", "MOST"),
            Outlet("Правда", "Правда", "«Правде»"),
        ),
    },
    (
        (Person("Сергей", "Лавров", "Викторович"), "Министр иностранных дел"),
        (Person("Андрей", "Шевченко", "Владимирович"), "Губернатор Оренбургской области"),
        (Person("Алексей", "Оверчук", "Логвинович"), "Вице-премьер"),
    ),
    (Person("Анна", "Петрова"), Person("Игорь", "Сидоренко")),
    "Газа этой зимой хватит",
    "12 марта 2026 года",
    "Автор: {a}",
    "Авторы: {a}, {b}",
    "{office} {guest} рассказал {dative} о ценах на газ и переговорах в Женеве.",
    "{office} {guest} — о ценах на газ и переговорах в Женеве.",
    (
        "Спасибо, что нашли время. Хватит ли газа этой зимой?",
        "Некоторые говорят, что потолок цен не сработал. Вы согласны?",
        "Чего вы ждёте от переговоров в Женеве?",
    ),
    (
        "Да, хранилища заполнены более чем на девяносто процентов.",
        "Нет. Потолок сделал то, для чего его вводили, цены снизились на треть.",
        "Жду трудной работы и, надеюсь, первого соглашения по коридорам.",
    ),
    "{guest} в Москве 10 марта. Фото: Александр Казаков / ТАСС",
    "Поделиться: ВКонтакте Telegram\n\nЧитайте также\nМинистры обсудили запасы газа\n",
)
UK = Language(
    {
        "one word": (
            Outlet("Тиждень", "Тиждень", "«Тижню»"),
            Outlet("Фокус", "Фокус", "«Фокусу»"),
            Outlet("Главком", "Главком", "«Главкому»"),
        ),
        "several words": (
            Outlet("Слово і Діло", "Слово і Діло", "«Слову і Ділу»"),
            Outlet("Дзеркало тижня", "Дзеркало тижня", "«Дзеркалу тижня»"),
            Outlet("Економічна правда", "Економічна правда", "«Економічній правді»"),
        ),
        "abbreviation": (
            Outlet("УП", "Українська правда", "«Українській правді»"),
            Outlet("ЕП", "Економічна правда", "«Економічній правді»"),
            Outlet("ДТ", "Дзеркало тижня", "«Дзеркалу тижня»"),
        ),
        "domain": (
            Outlet("LB.ua", "LB.ua", "LB.ua"),
            Outlet("OBOZ.UA", "OBOZ.UA", "OBOZ.UA"),
            Outlet("Zaxid.net", "Zaxid.net", "Zaxid.net"),
        ),
        "common word": (
            Outlet("День", "День", "«Дню»"),
            Outlet("MOST", "MOST", "MOST"),
            Outlet("Час", "Час", "«Часу»"),
        ),
    },
    (
        (Person("Андрій", "Сибіга", "Іванович"), "Міністр закордонних справ"),
        (Person("Ігор", "Терехов", "Олександрович"), "Міський голова Харкова"),
        (Person("Олексій", "Кулеба", "Сергійович"), "Віцепрем'єр-міністр"),
    ),
    (Person("Марта", "Гнатюк"), Person("Дмитро", "Бойко")),
    "Газу цієї зими вистачить",
    "12 березня 2026 року",
    "Автор: {a}",
    "Автори: {a}, {b}",
    "{office} {guest} розповів {dative} про ціни на газ і переговори в Женеві.",
    "{office} {guest} — про ціни на газ і переговори в Женеві.",
    (
        "Дякую, що знайшли час. Чи вистачить газу цієї зими?",
        "Дехто каже, що обмеження цін не спрацювало. Ви згодні?",
        "Чого ви чекаєте від переговорів у Женеві?",
    ),
    (
        "Так, сховища заповнені більш ніж на дев'яносто відсотків.",
        "Ні. Обмеження зробило те, для чого його запроваджували, ціни знизилися на третину.",
        "Чекаю важкої роботи і, сподіваюся, першої угоди щодо коридорів.",
    ),
    "{guest} у Києві 10 березня. Фото: Олександр Гіманов / AFP",
    "Поділитися: Facebook Telegram\n\nЧитайте також\nМіністри обговорили запаси газу\n",
)
LANGUAGES = {"english": EN, "russian": RU, "ukrainian": UK}

# A turn body, its gold speaker and role, and the part values it was built from.
Case = tuple[str, str | None, str, dict[str, str]]


def _pages(lang: Language) -> list[tuple[str, list[Case]]]:
    cyrillic = lang is not EN
    pages = []
    # Furniture is rotated over the other parts' product (each value meets every other part's
    # values) rather than crossed, which keeps the run under a minute.
    product = itertools.product(SHAPES, SAYS, WRITERS, GUEST_LABELS)
    for n, (shape, says, writer, guest_kind) in enumerate(product):
        furniture = FURNITURE[(n + n // len(GUEST_LABELS)) % len(FURNITURE)]
        pool = lang.outlets[POOL[shape]]
        outlet = pool[n % len(pool)]
        guest, office = lang.guests[(n // 3) % len(lang.guests)]
        answer_label = _guest_label(guest_kind, guest, cyrillic)
        if answer_label is None:
            continue
        label, as_written = _shape_label(shape, outlet)
        parts = {
            "shape": shape,
            "says": says,
            "writer": writer,
            "guest": guest_kind,
            "furniture": furniture,
        }
        sep = "\n" if furniture == "no blank lines" else "\n\n"
        text = f"{outlet.named}\n\n" if says == "masthead line" else ""
        text += f"{lang.title}\n\n{lang.date}\n\n"
        a, b = lang.authors
        if writer == "one author":
            text += lang.byline_one.format(a=a.full) + "\n\n"
        elif writer == "two authors":
            text += lang.byline_two.format(a=a.full, b=b.full) + "\n\n"
        template = lang.lead_told if says == "lead names it" else lang.lead_plain
        lead = template.format(office=office, guest=guest.full, dative=outlet.dative)
        text += lead + "\n\n"
        asker = a.full if writer == "one author" else as_written
        cases: list[Case] = [(lead, None, "other", parts)]
        for i, (question, answer) in enumerate(zip(lang.questions, lang.answers, strict=True)):
            text += label + question + sep
            text += answer_label + answer + sep
            if furniture == "photo caption" and i == 0:
                text += lang.caption.format(guest=guest.full) + sep
            cases.append((question, asker, "question", parts))
            cases.append((answer, guest.full, "answer", parts))
        if furniture == "footer":
            text += "\n" + lang.footer
        pages.append((text, cases))
    return pages


def run(name: str, lang: Language, verbose: bool) -> Totals:
    return score_pages(name, _pages(lang), verbose, width=22)


def main() -> None:
    verbose = "--verbose" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    totals = [
        run(name, lang, verbose) for name, lang in LANGUAGES.items() if not only or name in only
    ]
    print_all(totals)


if __name__ == "__main__":
    main()
