"""Who speaks under an office label at a briefing, by whom the page says holds the office.

Usage: python benchmarks/structure_office_matrix.py [--verbose] [english|russian|ukrainian]

Briefings label their principal and their chair by office (`Director-General:`, `THE
PRESIDENT:`, `The Tánaiste:`, `Губернатор:`, `Мэр:`, `Речниця:`, `Moderator:`, `Модератор:`).
Blind pages from new publishers showed the rule mended one shape at a time. This script composes
briefing pages crossing independent parts: the principal's office label (Title case, capitals,
with or without `The`, an organisation in brackets after it; Russian and Ukrainian, feminine
holders and forms among them), how the page names its holder (a title line in the declined
form, a lead sentence, a speakers/participants line, only an address in a question, nobody),
a second office that chairs (none, named by a `moderated by` sentence, unnamed), the askers
(named self-introductions, outlet only, bare) and the furniture (blank lines or none, a
timestamp line over each turn, a closing line), in English, Russian and Ukrainian.

Gold by docs/structure.md: an office label is the one person the text before the first label
names with that office (the title's, the lead's or the list's holder, in the nominative); a
question's address names no one for it, and an unnamed office stays the office as its label
writes it (`The President`, `Director-General`, `Moderator`; Cyrillic as written: `Губернатор`,
`Модератор`); the chair's hand-offs are `other`, the principal's opening remarks a `statement`,
the replies `answer`; a reporter who introduces themselves is that person, one who opens on the
outlet alone speaks as the outlet, a bare `Q:` / `Вопрос:` is null. It prints the share of turns
failed per part value, so a gap shows as a dimension, not a page.
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import dataclass

from matrix_scoring import Case, Totals, print_all, score_pages


@dataclass(frozen=True)
class Office:
    key: str  # the part value
    label: str  # as the label writes it, before the colon
    unnamed: str  # the gold speaker when the page names no holder
    holder: str  # the holder's full name (nominative)
    title: str  # the title line naming the holder (declined where the language declines)
    lead: str  # a lead sentence naming the holder
    listed: str  # a speakers/participants line
    address: str  # how a reporter addresses the holder in a question (names no one)
    bare_title: str  # a title line naming the office only


@dataclass(frozen=True)
class Chair:
    label: str
    unnamed: str
    holder: str
    named_by: str  # a sentence naming the chair


@dataclass(frozen=True)
class Language:
    offices: tuple[Office, ...]
    chairs: tuple[Chair, ...]
    date: str
    q_label: str
    intros: tuple[tuple[str, str], str]  # (intro, name) per question
    outlets: tuple[str, str]
    questions: tuple[str, str]
    answers: tuple[str, str]
    opening: str
    chair_open: str
    chair_call: str
    closing: str


EN = Language(
    (
        Office(
            "Title case",
            "Director-General",
            "Director-General",
            "Fernando Arias",
            "Press conference by Director-General Fernando Arias",
            "The OPCW Director-General, Fernando Arias, briefed the press on the inspections"
            " in Syria.",
            "Speakers: Fernando Arias, Director-General, OPCW",
            "Director-General Arias, ",
            "Press conference by the Director-General",
        ),
        Office(
            "capitals + The",
            "THE PRESIDENT",
            "The President",
            "Daniel Harlan",
            "Remarks by President Daniel Harlan at a press conference",
            "President Daniel Harlan held a press conference at the end of the summit.",
            "Speakers: Daniel Harlan, President",
            "President Harlan, ",
            "Remarks by the President at a press conference",
        ),
        Office(
            "with The",
            "The Tánaiste",
            "The Tánaiste",
            "Simon Harris",
            "Remarks by the Tánaiste, Simon Harris, at a press conference on the budget",
            "The Tánaiste, Simon Harris, spoke to reporters after the budget was published.",
            "Speakers: Simon Harris, Tánaiste",
            "Tánaiste Harris, ",
            "Remarks by the Tánaiste at a press conference on the budget",
        ),
        Office(
            "bare post",
            "Secretary",
            "Secretary",
            "Maria Lindqvist",
            "Press briefing by Secretary Maria Lindqvist",
            "Secretary Maria Lindqvist briefed reporters on the new port rules.",
            "Speakers: Maria Lindqvist, Secretary",
            "Secretary Lindqvist, ",
            "Press briefing by the Secretary",
        ),
        Office(
            "capitals",
            "MINISTER",
            "Minister",
            "Aoife Byrne",
            "Press conference by the Minister for Health, Aoife Byrne",
            "The Minister for Health, Aoife Byrne, briefed the press on the hospital plan.",
            "Speakers: Aoife Byrne, Minister for Health",
            "Minister Byrne, ",
            "Press conference by the Minister for Health",
        ),
        Office(
            "spokesperson",
            "Spokesperson",
            "Spokesperson",
            "Leyla Abdullayeva",
            "Weekly press briefing by the Spokesperson of the Ministry of Foreign Affairs,"
            " Leyla Abdullayeva",
            "The Spokesperson of the Ministry of Foreign Affairs, Leyla Abdullayeva, held the"
            " weekly briefing.",
            "Speakers: Leyla Abdullayeva, Spokesperson of the Ministry of Foreign Affairs",
            "Ms Abdullayeva, ",
            "Weekly press briefing by the Spokesperson of the Ministry of Foreign Affairs",
        ),
        Office(
            "capitals, two words",
            "PRIME MINISTER",
            "Prime Minister",
            "Jonas Berg",
            "Press conference by Prime Minister Jonas Berg",
            "Prime Minister Jonas Berg held a press conference after the cabinet meeting.",
            "Speakers: Jonas Berg, Prime Minister",
            "Prime Minister Berg, ",
            "Press conference by the Prime Minister",
        ),
        Office(
            "agency acronym, capitals",
            "WHO DIRECTOR-GENERAL",
            "WHO Director-General",
            "Helena Marsh",
            "Press conference by WHO Director-General Helena Marsh",
            "The WHO Director-General, Helena Marsh, briefed the press on the outbreak.",
            "Speakers: Helena Marsh, Director-General, WHO",
            "Director-General Marsh, ",
            "Press conference by the WHO Director-General",
        ),
        Office(
            "with organisation",
            "Director-General (WHO)",
            "Director-General",
            "Helena Marsh",
            "Press conference by WHO Director-General Helena Marsh",
            "The WHO Director-General, Helena Marsh, briefed the press on the outbreak.",
            "Speakers: Helena Marsh, Director-General, WHO",
            "Director-General Marsh, ",
            "Press conference by the WHO Director-General",
        ),
    ),
    (
        Chair(
            "Moderator",
            "Moderator",
            "Anna Kovacs",
            "The briefing was moderated by Anna Kovacs, head of the press office.",
        ),
        Chair(
            "Spokesperson",
            "Spokesperson",
            "Tom Reilly",
            "The briefing was moderated by Spokesperson Tom Reilly.",
        ),
        Chair("Chair", "Chair", "Laura Brennan", "The briefing was chaired by Laura Brennan."),
    ),
    "12 March 2026",
    "Q",
    (
        ("Good morning. Jennifer Hansler, CNN. ", "Jennifer Hansler"),
        ("Hi. Tom Ellis, Politico Europe. ", "Tom Ellis"),
    ),
    ("Reuters. ", "AFP. "),
    (
        "Will the inspectors return before the end of the year?",
        "What will the new budget mean for the regional offices?",
    ),
    (
        "Yes, the first team will travel in May, and a second one in the autumn.",
        "The regional offices keep their funding, and two of them will grow.",
    ),
    "Good morning. I will say a few words on the inspections and the budget, and then I will"
    " take your questions.",
    "Good morning and welcome to this press conference. We will start with opening remarks.",
    "Thank you. We now take questions. Go ahead, please.",
    "END",
)
RU = Language(
    (
        Office(
            "masculine",
            "Губернатор",
            "Губернатор",
            "Дмитрий Миляев",
            "Пресс-конференция губернатора Тульской области Дмитрия Миляева",
            "Губернатор Тульской области Дмитрий Миляев провёл пресс-конференцию по итогам года.",
            "Участники: Дмитрий Миляев, губернатор Тульской области",
            "Дмитрий Вячеславович, ",
            "Пресс-конференция губернатора Тульской области",
        ),
        Office(
            "capitals",
            "ГУБЕРНАТОР",
            "Губернатор",
            "Андрей Шевченко",
            "Пресс-конференция губернатора Оренбургской области Андрея Шевченко",
            "Губернатор Оренбургской области Андрей Шевченко провёл пресс-конференцию по итогам"
            " года.",
            "Участники: Андрей Шевченко, губернатор Оренбургской области",
            "Андрей Владимирович, ",
            "Пресс-конференция губернатора Оренбургской области",
        ),
        Office(
            "feminine holder",
            "Мэр",
            "Мэр",
            "Ольга Морозова",
            "Пресс-конференция мэра Калуги Ольги Морозовой",
            "Мэр Калуги Ольга Морозова провела пресс-конференцию по итогам года.",
            "Участники: Ольга Морозова, мэр Калуги",
            "Ольга Петровна, ",
            "Пресс-конференция мэра Калуги",
        ),
        Office(
            "with remit",
            "Министр",
            "Министр",
            "Марина Щербакова",
            "Брифинг министра здравоохранения Омской области Марины Щербаковой",
            "Министр здравоохранения Омской области Марина Щербакова провела брифинг о вакцинации.",
            "Участники: Марина Щербакова, министр здравоохранения Омской области",
            "Марина Сергеевна, ",
            "Брифинг министра здравоохранения Омской области",
        ),
    ),
    (
        Chair(
            "Модератор",
            "Модератор",
            "Анна Белова",
            "Модерировала пресс-конференцию пресс-секретарь правительства Анна Белова.",
        ),
    ),
    "12 марта 2026 года",
    "Вопрос",
    (
        ("Добрый день! Анна Петрова, «Российская газета». ", "Анна Петрова"),
        ("Игорь Сидоренко, ТАСС. ", "Игорь Сидоренко"),
    ),
    ("ТАСС. ", "Интерфакс. "),
    (
        "Когда откроют новый мост через реку?",
        "Что будет с тарифами на проезд в следующем году?",
    ),
    (
        "Мост откроют в сентябре, подрядчик работает по графику.",
        "Тарифы в следующем году не вырастут, это решение уже принято.",
    ),
    "Добрый день. Я коротко расскажу об итогах года, а потом отвечу на ваши вопросы.",
    "Добрый день, коллеги. Начинаем пресс-конференцию, сначала вступительное слово.",
    "Спасибо. Переходим к вопросам. Пожалуйста.",
    "Фото: пресс-служба правительства",
)
UK = Language(
    (
        Office(
            "masculine",
            "Голова",
            "Голова",
            "Олег Синєгубов",
            "Брифінг голови Харківської ОВА Олега Синєгубова",
            "Голова Харківської ОВА Олег Синєгубов провів брифінг щодо відновлення енергетики.",
            "Учасники: Олег Синєгубов, голова Харківської ОВА",
            "Олеже Васильовичу, ",
            "Брифінг голови Харківської ОВА",
        ),
        Office(
            "feminine form",
            "Міністерка",
            "Міністерка",
            "Оксана Литвиненко",
            "Брифінг міністерки охорони здоров'я Оксани Литвиненко",
            "Міністерка охорони здоров'я Оксана Литвиненко провела брифінг щодо вакцинації.",
            "Учасники: Оксана Литвиненко, міністерка охорони здоров'я",
            "Оксано Петрівно, ",
            "Брифінг міністерки охорони здоров'я",
        ),
        Office(
            "feminine spokesperson",
            "Речниця",
            "Речниця",
            "Ірина Коваль",
            "Брифінг речниці Міністерства оборони Ірини Коваль",
            "Речниця Міністерства оборони Ірина Коваль провела брифінг щодо мобілізації.",
            "Учасники: Ірина Коваль, речниця Міністерства оборони",
            "Ірино Миколаївно, ",
            "Брифінг речниці Міністерства оборони",
        ),
        Office(
            "mayor",
            "Мер",
            "Мер",
            "Андрій Гнатюк",
            "Пресконференція мера Львова Андрія Гнатюка",
            "Мер Львова Андрій Гнатюк провів пресконференцію щодо бюджету міста.",
            "Учасники: Андрій Гнатюк, мер Львова",
            "Андрію Івановичу, ",
            "Пресконференція мера Львова",
        ),
    ),
    (
        Chair(
            "Модератор",
            "Модератор",
            "Ганна Кравець",
            "Модерувала пресконференцію керівниця пресслужби Ганна Кравець.",
        ),
    ),
    "12 березня 2026 року",
    "Запитання",
    (
        ("Добрий день! Марта Гнатюк, «Суспільне». ", "Марта Гнатюк"),
        ("Дмитро Бойко, Укрінформ. ", "Дмитро Бойко"),
    ),
    ("Укрінформ. ", "Суспільне. "),
    (
        "Коли відкриють новий міст через річку?",
        "Що буде з тарифами на проїзд наступного року?",
    ),
    (
        "Міст відкриють у вересні, підрядник працює за графіком.",
        "Тарифи наступного року не зростуть, це рішення вже ухвалено.",
    ),
    "Добрий день. Я коротко розповім про підсумки року, а потім відповім на ваші запитання.",
    "Добрий день, колеги. Починаємо пресконференцію, спершу вступне слово.",
    "Дякую. Переходимо до запитань. Будь ласка.",
    "Фото: пресслужба",
)
LANGUAGES = {"english": EN, "russian": RU, "ukrainian": UK}

NAMED_BY = ("title line", "lead sentence", "speakers list", "question only", "nobody")
SECOND = ("none", "chair named", "chair unnamed")
ASKERS = ("self-introduced", "outlet only", "bare")
FURNITURE = ("blank lines", "no blank lines", "timestamps", "closing line")


def _pages(lang: Language) -> list[tuple[str, list[Case]]]:
    pages = []
    # Furniture is rotated over the other parts' product (each value meets every other part's
    # values) rather than crossed, which keeps the run under a minute.
    product = itertools.product(range(len(lang.offices)), NAMED_BY, SECOND, ASKERS)
    for n, (o, named_by, second, askers) in enumerate(product):
        office = lang.offices[o]
        furniture = FURNITURE[(n + n // len(ASKERS)) % len(FURNITURE)]
        chair = lang.chairs[n % len(lang.chairs)]
        if chair.label == office.label:
            # (one label for two people names neither: a spokesperson chairs another's briefing)
            chair = lang.chairs[(n + 1) % len(lang.chairs)]
        parts = {
            "office": office.key,
            "named by": named_by,
            "second": second if second == "none" else f"{second} ({chair.label})",
            "askers": askers,
            "furniture": furniture,
        }
        sep = "\n" if furniture == "no blank lines" else "\n\n"
        text = (office.title if named_by == "title line" else office.bare_title) + "\n\n"
        text += lang.date + "\n\n"
        if named_by == "speakers list":
            text += office.listed + "\n\n"
        cases: list[Case] = []
        lead = office.lead if named_by == "lead sentence" else ""
        if second == "chair named":
            lead = f"{lead} {chair.named_by}".strip()
        if lead:
            text += lead + "\n\n"
        if named_by == "lead sentence":
            cases.append((lead, None, "other", parts))
        principal = office.holder if named_by in NAMED_BY[:3] else office.unnamed
        chair_speaker = chair.holder if second == "chair named" else chair.unnamed
        # (label, body, gold speaker, role), in the page's order
        spoken: list[tuple[str, str, str | None, str]] = []
        if second != "none":
            spoken.append((chair.label, lang.chair_open, chair_speaker, "other"))
        spoken.append((office.label, lang.opening, principal, "statement"))
        for i in range(2):
            if second != "none":
                spoken.append((chair.label, lang.chair_call, chair_speaker, "other"))
            question = lang.questions[i]
            if named_by == "question only" and i == 0:
                question = office.address + question[0].lower() + question[1:]
            if askers == "self-introduced":
                intro, asker = lang.intros[i]
                body: str = intro + question
                speaker: str | None = asker
            elif askers == "outlet only":
                body, speaker = lang.outlets[i] + question, lang.outlets[i].rstrip(". ")
            else:
                body, speaker = question, None
            spoken.append((lang.q_label, body, speaker, "question"))
            spoken.append((office.label, lang.answers[i], principal, "answer"))
        for k, (label, body, speaker, role) in enumerate(spoken):
            if furniture == "timestamps":
                text += f"00:{3 * k:02d}:{(7 + 5 * k) % 60:02d}\n"
            text += f"{label}: {body}{sep}"
            cases.append((body, speaker, role, parts))
        if furniture == "closing line":
            text += "\n" + lang.closing + "\n"
        pages.append((text, cases))
    return pages


def run(name: str, lang: Language, verbose: bool) -> Totals:
    return score_pages(name, _pages(lang), verbose, prefix=40, width=34)


def main() -> None:
    verbose = "--verbose" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    totals = [
        run(name, lang, verbose) for name, lang in LANGUAGES.items() if not only or name in only
    ]
    print_all(totals)


if __name__ == "__main__":
    main()
