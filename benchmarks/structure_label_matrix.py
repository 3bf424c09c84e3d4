"""Who speaks, when the label is written in a style the engine has not seen on that page kind.

Usage: python benchmarks/structure_label_matrix.py [--verbose]

New publishers keep writing speaker labels one new way at a time: a stenogram's `А.В. ШЕВЧЕНКО`
on its own line, the Élysée's `Emmanuel MACRON`, a name over a clock line, `Name (00:01:23):`,
`[00:01:23] Name:`, a bold `**Name:**`, `Name (Role):`, a surname after a first full label.
Mended one page at a time, each new style failed again on the next publisher. This script
composes pages from independent parts — the label style, the header (a lead naming both people,
or no names at all), the people (hyphens, particles, diacritics, apostrophes; women and men),
the page furniture (blank lines, no blank lines, a share/related footer, a clock line between
turns) — in English, Russian and Ukrainian, and scores every turn: is it found with its body's
first words, does it carry the right canonical speaker and role, and how many turns appear that
the page does not have. It prints the share of turns failed per part value, so a gap shows as
a dimension, not a page.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from dataclasses import dataclass

from matrix_scoring import Totals, print_all, score_pages


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    patronymic: str = ""  # Cyrillic initials labels need the second initial
    honorific: str = ""  # `Mr`, `Ms`
    female: bool = False

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    def initials(self, second: bool) -> str:
        first = self.given[0] + "."
        return first + (self.patronymic[0] + "." if second and self.patronymic else "")


# A label style: (person, first appearance on the page, clock, role word) -> the label text;
# the body follows directly, so an own-line style ends with "\n".
Style = Callable[[Person, bool, str, str], str]


def _caps(p: Person) -> str:
    return p.full.upper()


COMMON_STYLES: dict[str, Style] = {
    "Name:": lambda p, first, clock, role: f"{p.full}: ",
    "NAME:": lambda p, first, clock, role: f"{_caps(p)}: ",
    "NAME: then SURNAME:": lambda p, first, clock, role: (
        f"{_caps(p)}: " if first else f"{p.surname.upper()}: "
    ),
    "**Name:**": lambda p, first, clock, role: f"**{p.full}:** ",
    "Name (Role):": lambda p, first, clock, role: f"{p.full} ({role}): ",
    "Name line": lambda p, first, clock, role: f"{p.full}\n",
    "Given SURNAME line": lambda p, first, clock, role: f"{p.given} {p.surname.upper()}\n",
    "Given SURNAME: line": lambda p, first, clock, role: f"{p.given} {p.surname.upper()}:\n",
    "Name line over clock": lambda p, first, clock, role: f"{p.full}\n{clock}\n",
    "Name (clock): line": lambda p, first, clock, role: f"{p.full} ({clock}):\n",
    "[clock] Name:": lambda p, first, clock, role: f"[{clock}] {p.full}: ",
    "Surname: (lead names)": lambda p, first, clock, role: f"{p.surname}: ",
}
EN_STYLES: dict[str, Style] = {
    **COMMON_STYLES,
    "NAME, ROLE: then SURNAME:": lambda p, first, clock, role: (
        f"{_caps(p)}, {role.upper()}: " if first else f"{p.surname.upper()}: "
    ),
    "Mr Surname: (lead names)": lambda p, first, clock, role: f"{p.honorific} {p.surname}: ",
    # (a double-barrelled surname spells both parts, as Channel 4 writes "KGM" for Krishnan
    # Guru-Murthy; its second part alone, "MH" for Mark Ellison-Hart, is no publisher's form)
    "initials: (lead names)": lambda p, first, clock, role: (
        f"{p.given[0]}{''.join(w[0] for w in p.surname.split()[-1].split('-'))}: "
    ),
}
CYRILLIC_STYLES: dict[str, Style] = {
    **COMMON_STYLES,
    "И.О.Фамилия: (lead names)": lambda p, first, clock, role: f"{p.initials(True)}{p.surname}: ",
    "И.Фамилия: (lead names)": lambda p, first, clock, role: f"{p.initials(False)}{p.surname}: ",
    "И.О. ФАМИЛИЯ line (lead names)": lambda p, first, clock, role: (
        f"{p.initials(True)} {p.surname.upper()}\n"
    ),
    "Фамилия И.О.: (lead names)": lambda p, first, clock, role: f"{p.surname} {p.initials(True)}: ",
}


def _asks(role: str) -> bool:
    return role in ("host", "корреспондент")


def _title(role: str) -> str:
    return role[0].upper() + role[1:]


def _congress(p: Person) -> str:
    # the Congressional Record's and GPO's capitals keep a `Mc` prefix: `Mr. McCONNELL.`
    cap = p.surname.upper()
    return "Mc" + cap[2:] if p.surname.startswith("Mc") else cap


# Part C: shapes real publishers print that the first rows did not compose.
WIDE_COMMON_STYLES: dict[str, Style] = {
    "**Name**:": lambda p, first, clock, role: f"**{p.full}**: ",
    "Post Name: then Surname:": lambda p, first, clock, role: (
        f"{_title(role)} {p.full}: " if first else f"{p.surname}: "
    ),
    "Name<tab>": lambda p, first, clock, role: f"{p.full}\t",
    "Name<3 spaces>": lambda p, first, clock, role: f"{p.full}   ",
}
WIDE_EN_STYLES: dict[str, Style] = {
    **WIDE_COMMON_STYLES,
    ">> NAME:": lambda p, first, clock, role: f">> {_caps(p)}: ",
    "Role (Name): then Role:": lambda p, first, clock, role: (
        f"{_title(role)} ({p.full}): " if first else f"{_title(role)}: "
    ),
    "NAME (through translator):": lambda p, first, clock, role: (
        f"{_caps(p)}: " if _asks(role) else f"{_caps(p)} (through translator): "
    ),
    "Mr. SURNAME. (lead names)": lambda p, first, clock, role: f"{p.honorific}. {_congress(p)}. ",
    "Given: (lead names)": lambda p, first, clock, role: f"{p.given}: ",
}
WIDE_RU_STYLES: dict[str, Style] = {
    **WIDE_COMMON_STYLES,
    "И.Фамилия (как переведено):": lambda p, first, clock, role: (
        f"{p.initials(False)}{p.surname}: "
        if _asks(role)
        else f"{p.initials(False)}{p.surname} (как переведено): "
    ),
    "ВЕДУЩИЙ: (lead names)": lambda p, first, clock, role: (
        ("ВЕДУЩАЯ: " if p.female else "ВЕДУЩИЙ: ") if _asks(role) else f"{p.full}: "
    ),
}
WIDE_UK_STYLES: dict[str, Style] = {
    **WIDE_COMMON_STYLES,
    "ВЕДУЧИЙ: (lead names)": lambda p, first, clock, role: (
        ("ВЕДУЧА: " if p.female else "ВЕДУЧИЙ: ") if _asks(role) else f"{p.full}: "
    ),
}
# Styles whose labels never write the given name: the lead must name the people.
NEEDS_LEAD = ("(lead names)",)


@dataclass(frozen=True)
class Language:
    styles: dict[str, Style]
    pairs: tuple[tuple[Person, Person, str, str, str], ...]  # host, guest, office, outlet, role
    lead: str  # {office} {guest} {host} {outlet} {answered} {asked}
    verbs: tuple[tuple[str, str], tuple[str, str]]  # (answered, asked) for a man, a woman
    bare: str
    questions: tuple[str, str, str]
    answers: tuple[str, str, str]
    footer: str
    wide_styles: dict[str, Style]
    wide_pairs: tuple[tuple[Person, Person, str, str, str], ...]  # particles in the names
    # furniture between turns: advert, continue, read more, caption ({guest}), page marker,
    # laughter, inaudible
    bits: tuple[str, str, str, str, str, str, str]


EN = Language(
    EN_STYLES,
    (
        (
            Person("Jane", "Doe", honorific="Ms", female=True),
            Person("Kaja", "Kallas", honorific="Ms", female=True),
            "High Representative",
            "Euronews",
            "High Representative",
        ),
        (
            Person("Mark", "Ellison-Hart", honorific="Mr"),
            Person("Jean-Noël", "Barrot", honorific="Mr"),
            "French Foreign Minister",
            "Sky News",
            "Foreign Minister",
        ),
        (
            Person("Tom", "O'Neill", honorific="Mr"),
            Person("Radosław", "Sikorski", honorific="Mr"),
            "Polish Foreign Minister",
            "the BBC",
            "Foreign Minister",
        ),
        (
            Person("Lucy", "McBride", honorific="Ms", female=True),
            Person("Mark", "Rutte", honorific="Mr"),
            "NATO Secretary General",
            "Politico",
            "Secretary General",
        ),
    ),
    "Interview on the energy crisis\n\nPublished 12 March 2026\n\n{office} {guest} spoke to "
    "{host} of {outlet} about gas prices, the coming winter and the talks in Geneva.\n\n",
    (("", ""), ("", "")),
    "Interview on the energy crisis\n\nPublished 12 March 2026\n\n",
    (
        "Thank you for joining us. Will Europe have enough gas this winter?",
        "Some governments say the price cap has failed. Do you agree?",
        "What do you expect from the talks in Geneva next week?",
    ),
    (
        "Yes, storage is above ninety percent and we have new contracts with Norway.",
        "No. The cap did what it was meant to do, and prices are down by a third.\n\n"
        "But we will review it in June, as we promised the member states.",
        "I expect hard work and, I hope, a first agreement on the corridors.",
    ),
    "Share this article: Facebook Twitter Email\n\nRelated\nEU ministers meet on gas storage\n",
    WIDE_EN_STYLES,
    (
        (
            Person("Pieter", "van der Berg", honorific="Mr"),
            Person("Ursula", "von der Leyen", honorific="Ms", female=True),
            "European Commission President",
            "Euronews",
            "President",
        ),
        (
            Person("Ana", "de la Cruz", honorific="Ms", female=True),
            Person("Ayman", "al-Safadi", honorific="Mr"),
            "Jordanian Foreign Minister",
            "Reuters",
            "Foreign Minister",
        ),
    ),
    (
        "ADVERTISEMENT",
        "Continue reading below",
        "Read more: EU ministers meet on gas storage",
        "{guest} in Brussels on 10 March 2026. Photo: Reuters/Yves Herman",
        "Page 2 of 3",
        "(Laughter.)",
        "[inaudible]",
    ),
)
RU = Language(
    CYRILLIC_STYLES,
    (
        (
            Person("Анна", "Петрова", "Игоревна", female=True),
            Person("Сергей", "Лавров", "Викторович"),
            "министр иностранных дел",
            "«Известий»",
            "министр",
        ),
        (
            Person("Игорь", "Сидоренко", "Павлович"),
            Person("Мария", "Захарова", "Владимировна", female=True),
            "официальный представитель МИД",
            "ТАСС",
            "официальный представитель",
        ),
        (
            Person("Ольга", "Ким", "Сергеевна", female=True),
            Person("Андрей", "Шевченко", "Владимирович"),
            "губернатор Оренбургской области",
            "РБК",
            "губернатор",
        ),
        (
            Person("Дмитрий", "Соболев-Никитин", "Олегович"),
            Person("Алексей", "Оверчук", "Логвинович"),
            "вице-премьер",
            "«Коммерсанта»",
            "вице-премьер",
        ),
    ),
    "Интервью о подготовке к зиме\n\n12 марта 2026 года\n\nНа вопросы {outlet} о ценах на газ "
    "и переговорах в Женеве {answered} {office} {guest}. {asked} {host}.\n\n",
    (("ответил", "Беседовал"), ("ответила", "Беседовала")),
    "Интервью о подготовке к зиме\n\n12 марта 2026 года\n\n",
    (
        "Спасибо, что нашли время. Хватит ли газа этой зимой?",
        "Некоторые говорят, что потолок цен не сработал. Вы согласны?",
        "Чего вы ждёте от переговоров в Женеве?",
    ),
    (
        "Да, хранилища заполнены более чем на девяносто процентов.",
        "Нет. Потолок сделал то, для чего его вводили, цены снизились на треть.\n\n"
        "Но в июне мы его пересмотрим, как и обещали.",
        "Жду трудной работы и, надеюсь, первого соглашения по коридорам.",
    ),
    "Поделиться: ВКонтакте Telegram\n\nЧитайте также\nМинистры обсудили запасы газа\n",
    WIDE_RU_STYLES,
    (
        (
            Person("Ахмед", "аль-Хашими", "Салехович"),
            Person("Урсула", "фон дер Ляйен", "Альбрехтовна", female=True),
            "председатель Еврокомиссии",
            "РИА Новости",
            "председатель",
        ),
    ),
    (
        "РЕКЛАМА",
        "Продолжение ниже",
        "Читайте также: Министры обсудили запасы газа",
        "{guest} в Брюсселе 10 марта 2026 года. Фото: ТАСС/Иван Петров",
        "Страница 2 из 3",
        "(Смеется.)",
        "[неразборчиво]",
    ),
)
UK = Language(
    CYRILLIC_STYLES,
    (
        (
            Person("Марта", "Гнатюк", "Іванівна", female=True),
            Person("Андрій", "Сибіга", "Іванович"),
            "міністр закордонних справ",
            "Укрінформу",
            "міністр",
        ),
        (
            Person("Дмитро", "Бойко", "Петрович"),
            Person("Юлія", "Свириденко", "Анатоліївна", female=True),
            "прем'єр-міністерка",
            "Суспільного",
            "прем'єр-міністерка",
        ),
        (
            Person("Олена", "Гаврилюк-Ткач", "Олегівна", female=True),
            Person("Ігор", "Терехов", "Олександрович"),
            "міський голова Харкова",
            "«Української правди»",
            "міський голова",
        ),
    ),
    "Інтерв'ю про підготовку до зими\n\n12 березня 2026 року\n\nНа запитання {outlet} про ціни "
    "на газ і переговори в Женеві {answered} {office} {guest}. {asked} {host}.\n\n",
    (("відповів", "Розмовляв"), ("відповіла", "Розмовляла")),
    "Інтерв'ю про підготовку до зими\n\n12 березня 2026 року\n\n",
    (
        "Дякую, що знайшли час. Чи вистачить газу цієї зими?",
        "Дехто каже, що обмеження цін не спрацювало. Ви згодні?",
        "Чого ви чекаєте від переговорів у Женеві?",
    ),
    (
        "Так, сховища заповнені більш ніж на дев'яносто відсотків.",
        "Ні. Обмеження зробило те, для чого його запроваджували, ціни знизилися на третину.\n\n"
        "Але в червні ми його переглянемо, як і обіцяли.",
        "Чекаю важкої роботи і, сподіваюся, першої угоди щодо коридорів.",
    ),
    "Поділитися: Facebook Telegram\n\nЧитайте також\nМіністри обговорили запаси газу\n",
    WIDE_UK_STYLES,
    (
        (
            Person("Ахмед", "аль-Хашимі", "Салехович"),
            Person("Урсула", "фон дер Ляєн", "Альбрехтівна", female=True),
            "голова Єврокомісії",
            "Укрінформу",
            "голова",
        ),
    ),
    (
        "РЕКЛАМА",
        "Продовження нижче",
        "Читайте також: Міністри обговорили запаси газу",
        "{guest} у Брюсселі 10 березня 2026 року. Фото: Укрінформ/Іван Петренко",
        "Сторінка 2 з 3",
        "(Сміється.)",
        "[нерозбірливо]",
    ),
)
LANGUAGES = {"english": EN, "russian": RU, "ukrainian": UK}
FURNITURE = ("blank lines", "no blank lines", "footer", "clock line between turns")
# Part C: page furniture between or inside turns, each crossed with every style (one pair a page).
WIDE_FURNITURE = (
    "advertisement",
    "continue reading",
    "read more",
    "photo caption",
    "pull quote",
    "page marker",
    "inline direction",
    "glued labels",
)
HEADERS = ("lead names both", "no names")

# A turn body, its gold speaker and role, and the part values it was built from.
Case = tuple[str, str | None, str, dict[str, str]]


def _glues(label: str) -> bool:
    # a label glued to the sentence before it is an inline `Name:` label, never an own-line one
    return label.endswith(": ") and (label[0].isalpha() or label.startswith("*"))


def _inline(body: str, mark: str) -> str:
    # a direction inside an answer, after the words the matrix matches the turn by
    cut = body.find(" ", 35)
    return body if cut < 0 else f"{body[:cut]} {mark}{body[cut:]}"


def _pages(lang: Language) -> list[tuple[str, list[Case]]]:
    pages = []
    styles = {**lang.styles, **lang.wide_styles}
    pairs = lang.pairs + lang.wide_pairs
    rows = []
    for (i, (sname, style)), (j, header), (k, furniture) in itertools.product(
        enumerate(styles.items()), enumerate(HEADERS), enumerate(FURNITURE + WIDE_FURNITURE)
    ):
        # a new style or furniture takes one pair a page, in turn (every pair meets every style
        # and every furniture), to keep the run short
        if sname in lang.wide_styles or furniture in WIDE_FURNITURE:
            rows.append((sname, style, header, furniture, pairs[(i + k + 2 * j) % len(pairs)]))
        else:
            rows += [(sname, style, header, furniture, pair) for pair in pairs]
    for sname, style, header, furniture, pair in rows:
        if header == "no names" and any(k in sname for k in NEEDS_LEAD):
            continue
        if furniture == "clock line between turns" and "clock" in sname:
            continue
        if furniture == "glued labels" and not _glues(style(pair[0], False, "00:00:01", "x")):
            continue
        host, guest, office, outlet, role = pair
        parts = {"style": sname, "header": header, "furniture": furniture, "guest": guest.full}
        cases: list[Case] = []
        if header == "lead names both":
            lead = lang.lead.format(
                office=office,
                guest=guest.full,
                host=host.full,
                outlet=outlet,
                answered=lang.verbs[guest.female][0],
                asked=lang.verbs[host.female][1],
            )
            text = lead
            body = lead.split("\n\n")[-2]
            cases.append((body, None, "other", parts))
        else:
            text = lang.bare
        sep = "\n" if furniture == "no blank lines" else "\n\n"
        advert, more, read, caption, marker, laughter, inaudible = lang.bits
        between = {
            "advertisement": (0, advert),
            "continue reading": (0, more),
            "read more": (1, read),
            "photo caption": (0, caption.format(guest=guest.full)),
            "page marker": (1, marker),
        }
        quote = lang.answers[1].split("\n\n")[0].split(". ", 1)[1]
        between["pull quote"] = (1, ("“{}”" if lang is EN else "«{}»").format(quote))
        minute = 0
        for i, (question, answer) in enumerate(zip(lang.questions, lang.answers, strict=True)):
            for person, body, gold_role, word in (
                (host, question, "question", "host" if lang is EN else "корреспондент"),
                (guest, answer, "answer", role),
            ):
                minute += 1
                clock = f"00:{minute:02d}:{(minute * 17) % 60:02d}"
                label = style(person, i == 0, clock, word)
                said = body
                if furniture == "inline direction" and gold_role == "answer" and i != 1:
                    said = _inline(body, laughter if i == 0 else inaudible)
                glued = furniture == "glued labels" and (i > 0 or gold_role == "answer")
                if glued and text.endswith(sep):
                    text = text[: -len(sep)]  # `…with Norway.JANE DOE: Some governments …`
                text += label + said.replace("\n\n", sep) + sep
                if furniture == "clock line between turns":
                    text += f"{clock}{sep}"
                if gold_role == "answer" and between.get(furniture, (-1, ""))[0] == i:
                    text += between[furniture][1] + sep
                cases.append((body.split("\n\n")[0], person.full, gold_role, parts))
        if furniture == "footer":
            text += "\n" + lang.footer
        pages.append((text, cases))
    return pages


# Part D: three voices on one page: the host, the guest and a second guest (the next pair's),
# who answers each question after the first; every style, both headers.
LEAD3 = {
    "english": "Interview on the energy crisis\n\nPublished 12 March 2026\n\n{office} {guest} "
    "and {office2} {guest2} spoke to {host} of {outlet} about gas prices and the talks in "
    "Geneva.\n\n",
    "russian": "Интервью о подготовке к зиме\n\n12 марта 2026 года\n\nНа вопросы {outlet} о ценах "
    "на газ ответили {office} {guest} и {office2} {guest2}. {asked} {host}.\n\n",
    "ukrainian": "Інтерв'ю про підготовку до зими\n\n12 березня 2026 року\n\nНа запитання "
    "{outlet} про ціни на газ відповіли {office} {guest} і {office2} {guest2}. {asked} {host}.\n\n",
}
SECOND = {
    "english": (
        "I agree with my colleague, and our own storage is nearly full too.",
        "Let me add that the cap protected households in the poorest regions.",
        "We hope for the same, and we are ready to sign on the first day.",
    ),
    "russian": (
        "Согласен с коллегой, наши хранилища тоже почти заполнены.",
        "Добавлю, что потолок защитил семьи в самых бедных регионах.",
        "Мы надеемся на то же и готовы подписать в первый же день.",
    ),
    "ukrainian": (
        "Погоджуюся з колегою, наші сховища теж майже заповнені.",
        "Додам, що обмеження захистило родини в найбідніших регіонах.",
        "Ми сподіваємося на те саме і готові підписати першого ж дня.",
    ),
}
# (two guests may share the role word: "Foreign Minister:" then names neither)
NO_THIRD_VOICE = ("Role (Name): then Role:",)


def _three_voice_pages(name: str, lang: Language) -> list[tuple[str, list[Case]]]:
    pages = []
    styles = {**lang.styles, **lang.wide_styles}
    pairs = lang.pairs + lang.wide_pairs
    for (i, (sname, style)), header in itertools.product(enumerate(styles.items()), HEADERS):
        if sname in NO_THIRD_VOICE or (
            header == "no names" and any(k in sname for k in NEEDS_LEAD)
        ):
            continue
        host, guest, office, outlet, role = pairs[i % len(pairs)]
        _, guest2, office2, _, role2 = pairs[(i + 1) % len(pairs)]
        parts = {"voices": "three", "style": sname, "header": header}
        cases: list[Case] = []
        if header == "lead names both":
            text = LEAD3[name].format(
                office=office,
                guest=guest.full,
                office2=office2,
                guest2=guest2.full,
                host=host.full,
                outlet=outlet,
                asked=lang.verbs[host.female][1],
            )
            cases.append((text.split("\n\n")[-2], None, "other", parts))
        else:
            text = lang.bare
        minute = 0
        for k, (question, answer, second) in enumerate(
            zip(lang.questions, lang.answers, SECOND[name], strict=True)
        ):
            for person, body, gold_role, word in (
                (host, question, "question", "host" if lang is EN else "корреспондент"),
                (guest, answer, "answer", role),
                (guest2, second, "answer", role2),
            ):
                minute += 1
                clock = f"00:{minute:02d}:{(minute * 17) % 60:02d}"
                text += style(person, k == 0, clock, word) + body + "\n\n"
                cases.append((body.split("\n\n")[0], person.full, gold_role, parts))
        pages.append((text, cases))
    return pages


# Part E: lines that look like labels but are not, crossed with the label styles: a headline
# that quotes the guest's surname over the byline (no turn; the guest's labels still resolve
# to the lead's full name), a capitals dateline opening the lead (the lead, no speaker), and the
# reporter's label glued to an answer's last sentence with the outlet after a comma (the label
# is the reporter's full name, not the outlet's last word).
HEADLINES = {
    "english": "{surname}: Gas storage is above ninety percent\n\nBy {host}\n\n12 March 2026\n\n",
    "russian": "{surname}: хранилища газа заполнены на девяносто процентов\n\n{host}\n\n"
    "12 марта 2026 года\n\n",
    "ukrainian": "{surname}: сховища газу заповнені на дев'яносто відсотків\n\n{host}\n\n"
    "12 березня 2026 року\n\n",
}
DATELINES = ("KUALA LUMPUR", "SINGAPORE", "NEW DELHI")
# (an outlet with a full stop inside its name, as a web address is written, or plain words)
REPORTER_OUTLETS = ("Nation.Cymru", "Sky News", "Politico.eu")
FALSE_STYLES = (
    "Name:",
    "NAME:",
    "NAME: then SURNAME:",
    "Surname: (lead names)",
    "И.Фамилия: (lead names)",
)


def _false_label_pages(name: str, lang: Language) -> list[tuple[str, list[Case]]]:
    pages = []
    styles = {k: v for k, v in {**lang.styles, **lang.wide_styles}.items() if k in FALSE_STYLES}
    pairs = lang.pairs + lang.wide_pairs
    kinds = ["headline quotes surname"]
    if lang is EN:
        kinds += [f"dateline {d}" for d in DATELINES]
        kinds += [f"reporter, {o}" for o in REPORTER_OUTLETS]
    for (i, (sname, style)), (j, kind) in itertools.product(
        enumerate(styles.items()), enumerate(kinds)
    ):
        host, guest, office, outlet, role = pairs[(i + j) % len(pairs)]
        parts = {"false label": kind.split(" ", 1)[0].rstrip(","), "style": sname}
        parts["false value"] = kind
        lead = lang.lead.format(
            office=office,
            guest=guest.full,
            host=host.full,
            outlet=outlet,
            answered=lang.verbs[guest.female][0],
            asked=lang.verbs[host.female][1],
        )
        head, body = lead.rsplit("\n\n", 2)[0], lead.rsplit("\n\n", 2)[1]
        if kind.startswith("headline"):
            head = HEADLINES[name].format(surname=guest.surname, host=host.full).rstrip("\n")
        elif kind.startswith("dateline"):
            body = f"{kind.split(' ', 1)[1]}: {body}"
        text = head + "\n\n" + body + "\n\n"
        cases: list[Case] = [(body, None, "other", parts)]
        for k, (question, answer) in enumerate(zip(lang.questions, lang.answers, strict=True)):
            if kind.startswith("reporter"):
                label = f"{host.full}, {kind.split(', ', 1)[1]}: "
                if k > 0:
                    text = text.rstrip("\n")  # `…this week.Jane Doe, Nation.Cymru: Will …`
            else:
                label = style(host, k == 0, "", "host")
            text += label + question + "\n\n"
            cases.append((question, host.full, "question", parts))
            text += style(guest, k == 0, "", role) + answer + "\n\n"
            cases.append((answer.split("\n\n")[0], guest.full, "answer", parts))
        pages.append((text, cases))
    return pages


def run(name: str, lang: Language, verbose: bool) -> Totals:
    pages = _pages(lang) + _three_voice_pages(name, lang) + _false_label_pages(name, lang)
    return score_pages(name, pages, verbose)


def main() -> None:
    verbose = "--verbose" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    totals = [
        run(name, lang, verbose) for name, lang in LANGUAGES.items() if not only or name in only
    ]
    print_all(totals)


if __name__ == "__main__":
    main()
