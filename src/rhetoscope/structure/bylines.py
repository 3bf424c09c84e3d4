"""The page's byline, read once the turns are known: who asks an interview and who answers it
when the labels do not say.

The readers in ``naming``, ``header`` and ``dialogue`` know many publishers' exact layouts. This
module is their page-level fallback, stated as layout properties only: on a page that calls
itself an interview with its outlet (a lead that says the guest "told Ukrinform", "spoke to
Delfi", "рассказал «Известиям»"), whose question turns nobody has named (a bare "Q:", an outlet
label, dash or plain questions), the one person the header signs as its writer asks ("Olha
Bondar" alone under the date, "By Olha Bondar", "Olha Bondar, Ukrinform", "Author: Olha
Bondar", "Текст: Анна Черепанова"). It fills gaps and never overrides a name already read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from rhetoscope.model.document import Span
from rhetoscope.structure import regex as re
from rhetoscope.structure.header import _BODY_NOUNS, _country, region_pair
from rhetoscope.structure.metadata import find_date
from rhetoscope.structure.naming import _WIRE_STORY  # a wire story's reporter asks no one-on-one
from rhetoscope.structure.speakers import (
    LETTER,
    LOWER,
    UPPER,
    Name,
    _news_outlet,
    fold,
    is_title_token,
    name_from_phrase,
)

# One capitalised name word: "Olha", "Vaitkutė", "Mary-Jane", "Мар'яна", "Черепанова".
_WORD = rf"[{UPPER}][{LOWER}]+(?:[\-'’][{UPPER}]?[{LOWER}]+)?"
# (a surname's inner capital after a short prefix: "LeBlanc", "McAllister", "DiMaggio")
_WORD_INNER = rf"[{UPPER}][{LOWER}]{{1,2}}[{UPPER}][{LOWER}]+|{_WORD}"
# (a surname's lower-case particle: "Marloes de Koning", "Ruud van der Berg")
_PARTICLE = r"(?:de|van|der|den|von|da|di|del|della|du|le|la|ten|ter)"
# A byline set in capitals, "MANUEL PLANELLES", "KENTARO IWAMOTO": two or three such words.
_CAPS_WORD = rf"[{UPPER}]{{2,}}(?:[\-'’][{UPPER}]{{2,}})?"
_CAPS_SURNAME_END = (
    r"(?:ОВ|ЕВ|ЁВ|ИН|ЫН|КИЙ|КАЯ|ОВА|ЕВА|ЁВА|ИНА|ЫНА|КО|УК|ЮК|ИЧ|ЫХ|ИХ|ЯН|ЕЦ|АК|ЯК|ОЙ|ИЙ"
    r"|ЗЕ|ЕР|АН|ОН|УН|ЕНЬ|ЛЬ)(?![А-ЯЁІЇЄҐ])"
)
_NAME = (
    rf"(?:{_WORD}(?:[ \t](?:{_PARTICLE}[ \t]){{0,2}}(?:{_WORD_INNER})){{1,2}}"
    rf"|{_CAPS_WORD}(?:[ \t]{_CAPS_WORD}){{1,2}}"
    # (a Russian regional byline sets only the surname in capitals: "Дмитрий ПАНОВ"; a
    # surname's ending, so a rubric's agency is none: "Интервью ТАСС", "Эксклюзив РИА")
    rf"|[А-ЯЁІЇЄҐ][а-яёіїєґ]+[ \t][А-ЯЁІЇЄҐ]+{_CAPS_SURNAME_END}(?:-[А-ЯЁІЇЄҐ]{{2,}})?)"
)
# The byline shapes, each a line of its own (stripped). The tail after a comma or a bar is the
# writer's outlet, post or town ("Olha Bondar, Ukrinform", "Rūta Jankauskienė | DELFI").
# A neuter past verb of asking or talking: its subject is a thing, never a person, so the
# capitalised words right before it are an outlet ("Суспільне Одеса розпитало …").
_NEUTER_ASKED = (
    r"(?<![\w])(?:розпитало|поговорило|поспілкувалося|запитало|расспросило|поговорило"
    r"|побеседовало|спросило)(?![\w])"
)
_BYLINE_LINE = re.compile(
    # (France 24 writes the field's colon after "By": "By: Clément Dufresne")
    rf"(?:(?:By|BY|by)(?:[ \t]*:)?[ \t]+"
    rf"|(?:Author|Text|Interview|Автор|Авторка|Автор[ \t]+текста|Текст|Інтерв['’]ю)[ \t]*:[ \t]*"
    # The interviewer's signature line under the date opens with the verb of conversing, a
    # colon or none: "Розмовляла Марта Литвин", "Беседовал: Игорь Лебедев" (no word of the name).
    rf"|(?:Розмовлял[аи]|Розмовляв|Спілкувал(?:ася|ися|ся)|Беседовал[аи]?)(?:[ \t]*:)?[ \t]+)?"
    rf"(?P<name>{_NAME})"
    # (the outlet in brackets after the name: "Dio Suhenda (The Jakarta Post)")
    rf"(?:[ \t]+\([^()\n]{{2,40}}\))?"
    rf"(?:[ \t]*[,|][ \t]*(?P<tail>[^\n,|]{{2,40}}))?"
)
# The lead says the guest gave the outlet the interview: "told Ukrinform", "spoke to DELFI",
# "talked with Reuters", "In an interview with …", "sat down with …"; Russian and Ukrainian
# "рассказал «Известиям»", "розповіла Укрінформу", "в интервью …", "в інтерв'ю …".
_INTERVIEW_LEAD = re.compile(
    rf"\b(?:told|tells|spoke[ \t]+(?:to|with)|speaks[ \t]+(?:to|with)|talked[ \t]+(?:to|with)"
    rf"|talks[ \t]+(?:to|with)|said[ \t]+to"
    # (the guest receives the outlet, or meets its board: "receives EL PAÍS in her office",
    # "received Le Monde at the Quai d'Orsay", "met with The Globe and Mail's editorial board")
    rf"|receive[sd]?|met[ \t]+with|meets[ \t]+with)[ \t]+(?:(?P<the>The[ \t]+)|the[ \t]+)?"
    rf"(?P<outlet>[{UPPER}][\w&.'’\-]*"
    rf"(?:[ \t]+[{UPPER}][\w&.'’\-]*)?)"
    r"|\b[Ii]n[ \t]+an[ \t]+interview[ \t]+with\b|\bsat[ \t]+down[ \t]+with\b"
    r"|(?<![\w])(?:рассказал[аи]?|рассказывает|розповів|розповіла|розповіли|розповідає)"
    r"[ \t]+(?P<told>[«\"“][^»\"”\n]{1,40}|[А-ЯЁІЇЄҐ][\w\-]*)"
    # (the dative free to stand before the verb: "Укрінформу розповів очільник …"; a lookahead,
    # so that "Олег Ковальчук розповів Укрінформу" still reaches the outlet after the verb)
    r"|(?<![\w«\"“])(?P<told_before>[«\"“][^»\"”\n]{1,40}[»\"”]|[А-ЯЁІЇЄҐ][\w\-]*)(?=[ \t]+"
    r"(?:рассказал[аи]?|рассказывает|розповів|розповіла|розповіли|розповідає)(?![\w]))"
    r"|(?<![\w])(?:[Вв]|[Уу])[ \t]+(?:интервью|інтерв['’]ю)(?![\w])"
    # (the outlet as the page's own, unnamed: "рассказала нашему изданию", "рассказал нашей
    # газете", "рассказал нашему корреспонденту")
    r"|(?<![\w])(?:рассказал[аи]?|рассказывает)[ \t]+(?:нашему|нашей)[ \t]+"
    r"(?:изданию|газете|журналу|сайту|порталу|редакции|корреспонденту)(?![\w])"
    # (the Ukrainian, the dative free on either side of the verb: "розповів нашому виданню",
    # "нашому виданню розповіла очільниця …")
    r"|(?<![\w])(?:розповів|розповіла|розповіли|розповідає)[ \t]+(?:нашому|нашій)[ \t]+"
    r"(?:виданню|газеті|журналу|сайту|порталу|редакції|кореспонденту)(?![\w])"
    r"|(?<![\w])(?:[Нн]ашому|[Нн]ашій)[ \t]+(?:виданню|газеті|журналу|сайту|порталу|редакції"
    r"|кореспонденту)[ \t]+(?:розповів|розповіла|розповіли|розповідає)(?![\w])"
    # (or the outlet asked: "Укрінформ розпитав начальницю …", "… поговорила з …")
    r"|(?<![\w])(?:розпитав|розпитала|розпитали|поговорив|поговорила|поговорили|поспілкував"
    r"(?:ся|ася|ися)|расспросил[аи]?|поговорил[аи]?|побеседовал[аи]?)(?![\w])"
    # (a neuter outlet as the one who asked: "Суспільне Одеса розпитало власника …")
    rf"|{_NEUTER_ASKED}"
    # (or put the questions: "Ми запитали голову ОДА …", "Укрінформ поставив запитання …",
    # "мы спросили …", "задали вопросы …")
    # (we or the outlet, named before the verb: "журналисты спросили" at a briefing is no
    # interview with the outlet)
    r"|(?<![\w])(?:[Мм]и|[Мм]ы|[«\"“][^»\"”\n]{1,40}[»\"”]|[А-ЯЁІЇЄҐ][\w\-]*)[ \t]+"
    r"(?:запитав|запитала|запитали|спитав|спитала|спитали|спросил[аи]?"
    r"|(?:поставив|поставила|поставили|поставил[аи]?|задав|задала|задали|задал)[ \t]+"
    r"(?:(?:кілька|декілька|свої|несколько|свои)[ \t]+)?(?:запитання|питання|вопрос[ыа]?))"
    r"(?![\w])"
)
# An asker's closing thanks: "Thank you for the conversation.", "Спасибо за беседу.", "Дякую".
_THANKS = re.compile(r"(?i:thank|спасибо|благодар|дякую|дякуємо)")
# A photographer's, an editor's or a translator's credit names no writer.
_CREDIT_HEAD = re.compile(
    r"(?:Photo|Photos|Picture|Image|Video|Фото|Видео|Відео|Editor|Edited|Translated|Translation"
    r"|Редактор|Переклад|Перевод)\b",
    re.IGNORECASE,
)


# A desk's or a team's byline names no writer: "Nation Team", "Kyiv Post Staff".
_DESK_WORD = re.compile(
    r"(?i:Team|Staff|Desk|Newsroom|Bureau|Editors?|Reporters?|Correspondents?|Services?|Office)"
)
# A header that announces several writers: "Авторы", "Authors".
_AUTHORS_LINE = re.compile(r"(?i:Authors|Авторы|Автори|Авторки)[ \t]*:?")


# A page widget's or menu's words, never a writer's name: "Text Size", "Share Print", "Read More".
_WIDGET_WORDS = frozenset(
    [
        "text",
        "size",
        "font",
        "share",
        "print",
        "email",
        "copy",
        "link",
        "read",
        "more",
        "menu",
        "home",
        "news",
        "search",
        "login",
        "log",
        "sign",
        "subscribe",
        "follow",
        "related",
        "latest",
        "top",
        "video",
        "videos",
        "photo",
        "photos",
        "audio",
        "listen",
        "comments",
        "comment",
        "save",
        "bookmark",
        "next",
        "previous",
        "back",
        "close",
        "open",
        "view",
        "gallery",
        "live",
        "sport",
        "sports",
        "opinion",
        "world",
        "business",
        "culture",
        # (and their Ukrainian and Russian buttons: "Поділитися   Коментарі", "Поделиться")
        "поділитися",
        "коментарі",
        "коментар",
        "поделиться",
        "комментарии",
        "друк",
        "печать",
        "новини",
        "новости",
        "відео",
        "видео",
        "фото",
        "читати",
        "читать",
        "більше",
        "ещё",
    ]
)


_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


def _person(phrase: str, text: str) -> Name | None:
    """``phrase`` as a person's full name, or None: no outlet's name, no office, and no word a
    common noun elsewhere on the page ("Review Sports", "Danube Grain" read as names)."""
    name = name_from_phrase(phrase)
    if name is None or not name.has_full_given or _news_outlet(phrase):
        return None
    words = phrase.split()
    if any(
        is_title_token(w) or _DESK_WORD.fullmatch(w) or w.lower() in _WIDGET_WORDS for w in words
    ):
        return None
    # (an e-mail address is no prose either: "reached at laura.kessler@globe.com")
    text = _EMAIL.sub(" ", text)
    for w in words:
        if w.islower():
            continue  # a surname's particle, "de", "van der": no common noun's sign
        for part in w.split("-"):
            # (a social handle is no prose: "Follow her on X @madeleine_rowley")
            if len(part) > 2 and re.search(
                rf"(?<![{LETTER}'’@_]){re.escape(part.lower())}(?![{LETTER}'’_])", text
            ):
                return None
    return name


# A date and time stamp closing the byline's line: "2026.01.14 08:30", "14.01.2026, 08:30".
_STAMP_TAIL = re.compile(
    r"[ \t,|]+(?:\d{4}[./\-]\d{1,2}[./\-]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})"
    r"(?:,?[ \t]+\d{1,2}:\d{2})?[ \t]*$"
)


def _outlet_part(part: str) -> bool:
    """One comma part of a byline that reads as an outlet: a known one, words all in capitals
    ("LRT RADIJAS") or a web address ("LRT.lt")."""
    words = part.split()
    return bool(words) and (
        _news_outlet(part)
        or all(
            (len(w) >= 2 and w.isupper()) or re.fullmatch(r"[\w\-]+\.[a-z]{2,4}", w) is not None
            for w in words
        )
    )


def _outlets_trimmed(line: str) -> str:
    """A byline that runs several outlets and a stamp after the name, "Rūta Melnikaitė, LRT
    RADIJAS, LRT.lt 2026.01.14 08:30", as the name and its first outlet; any other line as is."""
    stamp = _STAMP_TAIL.search(line)
    if stamp is None:
        return line
    parts = re.split(r"[ \t]*,[ \t]*", line[: stamp.start()])
    if len(parts) < 3 or not all(_outlet_part(p) for p in parts[1:]):
        return line
    return f"{parts[0]}, {parts[1]}"


# A one-word byline signed with its outlet's acronym: "Sidhartha | TNN", "Anirudh, PTI".
# (the desks that sign so are the Indian wires' and papers': no state's code, "Austin, TX",
# "Toronto, ON", and no section's or town's agency credit, "Weather | AP", "Kyiv, AFP")
_ONE_WORD_BYLINE = re.compile(
    rf"(?:(?:By|BY)[ \t]+)?(?P<name>[{UPPER}][{LOWER}]{{3,}})[ \t]*[|,][ \t]*"
    r"(?P<tail>TNN|PTI|IANS|ANI|ENS|UNI)"
)


def _bars_trimmed(line: str) -> str:
    """A byline that runs its outlet, town and date after bars, "Milica Stojanović | BIRN |
    Belgrade | February 24, 2026", as the name and its outlet; any other line as is. Spaced
    slashes separate the same fields ("Ananya Dutta / TNN / Updated: Feb 22, 2026")."""
    parts = [p.strip() for p in line.split("|")]
    slashed = len(parts) < 3
    if slashed:
        parts = [p.strip() for p in re.split(r"[ \t]+/[ \t]+", line)]
    if len(parts) < 3 or find_date(parts[-1]) is None:
        return line
    # (the slashed line's last field is a stamp with its clock: "Updated: Feb 22, 2026, 04:12 IST")
    fields = parts[1:-1] if slashed and len(parts[-1].split()) <= 8 else parts[1:]
    if any(len(p.split()) > 4 or not p for p in fields):
        return line
    return f"{parts[0]} | {parts[1]}"


# A "By" line that runs the writer's post or handle after a dash: "By: Marielle Tolentino -
# Reporter / @MTolentinoINQ" (the name alone is the writer).
_BY_DASH = re.compile(rf"(?P<by>(?:By|BY|by)(?:[ \t]*:)?[ \t]+{_NAME})[ \t]+[-–—][ \t]+\S.*")


def _dash_trimmed(line: str) -> str:
    m = _BY_DASH.fullmatch(line)
    return line if m is None else m.group("by")


# A Cyrillic byline that sets the writer's rank before the name, the surname in the byline's
# capitals: "Подполковник Дмитрий СЕМЁНОВ" (a military paper's signature; the rank is no part
# of the name).
_RANKED_BYLINE = re.compile(
    r"(?:(?:Младший|Старший|Молодший|Старший)[ \t]+(?:лейтенант|сержант)|Рядовой|Рядовий"
    r"|Ефрейтор|Єфрейтор|Сержант|Старшина|Прапорщик|Лейтенант|Капитан|Капітан|Майор"
    r"|Подполковник|Підполковник|Полковник|Генерал(?:-майор|-лейтенант|-полковник)?"
    r"|Капитан[ \t]+[1-3][ \t]+ранга)[ \t]+(?P<name>[А-ЯЁІЇЄҐ][а-яёіїєґ]+[ \t][А-ЯЁІЇЄҐ]{2,}"
    r"(?:-[А-ЯЁІЇЄҐ]{2,})?)"
)


def _rank_trimmed(line: str) -> str:
    m = _RANKED_BYLINE.fullmatch(line)
    return line if m is None else m.group("name")


# The lead names the outlet's journalist the guest spoke to: "Khmer Times' Chea Vannak sat down
# with …", "… spoke to Dawn's Baqir Sajjad Syed", "… talks to Eresh Omar Jamal of The Daily Star".
_OUTLET_WORDS = rf"(?:The[ \t]+)?[{UPPER}][\w&.\-]*(?:[ \t]+[{UPPER}][\w&.\-]*){{0,2}}"
# (the journalist right by the verb of the talk, told or talking: "INTERPOL's Cybercrime
# Directorate" in a briefing's lead is nobody's interviewer)
_TALK_VERB = (
    r"(?:spoke|speaks|talked|talks|sat[ \t]+down|sits[ \t]+down)[ \t]+(?:to|with)"
    r"|interviewed|interviews|asked|asks"
)
_LEAD_JOURNALIST = re.compile(
    rf"\b(?:to|with|by|told)[ \t]+(?P<o1>{_OUTLET_WORDS})['’]s?[ \t]+"
    rf"(?P<n1>{_NAME})(?![\w])"
    rf"|(?P<o3>{_OUTLET_WORDS})['’]s?[ \t]+(?P<n3>{_NAME})[ \t]+(?:{_TALK_VERB})\b"
    rf"|\b(?:to|with|by)[ \t]+(?P<n2>{_NAME})[ \t]+of[ \t]+(?:the[ \t]+)?(?P<o2>{_OUTLET_WORDS})"
)


def _lead_journalist(preface: str, text: str, outlets: Sequence[str]) -> Name | None:
    """The one journalist of the page's own outlet that the lead names (``outlets``: the
    masthead, the question labels and the names read for them), or None."""
    found: dict[str, Name] = {}
    own = {_bare_outlet(o) for o in outlets if o}
    for m in _LEAD_JOURNALIST.finditer(preface):
        outlet = m.group("o1") or m.group("o2") or m.group("o3")
        # (another outlet's journalist counts only as the one the guest talked to: "spoke to
        # Tom Bright of Reuters"; "an analysis by Tom Bright of Reuters" names no interviewer)
        talked = m.group("o3") is not None or re.search(
            rf"(?:{_TALK_VERB}|\btold|\binterview)[^.!?\n]{{0,20}}$", preface[: m.start() + 5]
        )
        if _bare_outlet(outlet) not in own and not (_news_outlet(outlet) and talked):
            continue
        # (one of two or more: "ThePrint's Arjun Mehta and Priya Nair" names no single asker)
        listed = re.match(rf"[ \t]*(?:,|and|&)[ \t]+[{UPPER}]", preface[m.end() :])
        if (m.group("n1") or m.group("n3")) and listed:
            return None
        name = _person(m.group("n1") or m.group("n2") or m.group("n3"), text)
        if name is not None:
            found[name.key] = name
    return next(iter(found.values())) if len(found) == 1 else None


# A post after a name's comma that heads an organisation: "general manager of Metro Railway".
_POST_TAIL = re.compile(r"[a-z][a-z\- ]{2,30}[ \t]of[ \t]+[A-Z]")


def byline_writer(preface: str, text: str, exclude: Sequence[str] = ()) -> Name | None:
    """The one person the page's header signs as its writer, or None (none, or two)."""
    lines = preface.split("\n")
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
    found: dict[str, Name] = {}
    posted: dict[str, bool] = {}  # a name line with a post after its comma
    signed: set[int] = set()  # the byline's own lines (a long one runs its town and date)
    for i in nonblank[1:]:  # the first line is the masthead
        line = lines[i].strip()
        if _AUTHORS_LINE.fullmatch(line):
            return None
        # A line of its own in the header: no menu row's spaced items, no sentence.
        trimmed = _rank_trimmed(_dash_trimmed(_bars_trimmed(_outlets_trimmed(line))))
        if re.search(r"[ \t]{2,}", line) or len(trimmed.split()) > 9 or _CREDIT_HEAD.match(line):
            continue
        m = _BYLINE_LINE.fullmatch(trimmed)
        if m is None:
            m = _ONE_WORD_BYLINE.fullmatch(trimmed)
            if m is None or m.group("name") in _WIDGET_WORDS or _news_outlet(m.group("name")):
                continue
            # A one-word byline, "Sidhartha | TNN": the outlet's acronym signs it (a name
            # alone on a line could be any heading word).
            name = name_from_phrase(m.group("name"))
            # (and the word nowhere else on the page: no surname the story goes on to use)
            if name is None or len(re.findall(rf"(?<![{LETTER}]){m.group('name')}", text)) > 1:
                continue
            found[name.key] = name
            continue
        tail = m.group("tail")
        if tail is not None and re.search(r"[.!?:;]$", tail.strip()):
            continue
        if tail is not None and _country(tail.strip()):
            continue  # a dateline's town and country: "Нижній Новгород, Росія"
        if tail is not None and trimmed == line and _person(tail.strip(), text) is not None:
            return None  # two writers on one line: "Мария Кокорева, Анастасия Балашова"
        # (only a person's line has a second writer stacked by it: the writer's post under the
        # name, "Hannah Ellery" / "Climate Correspondent", is no writer beside her)
        if _person(m.group("name"), text) is not None and any(
            0 <= j < len(lines)
            and (n := _BYLINE_LINE.fullmatch(lines[j].strip())) is not None
            and n.group("name") == lines[j].strip()
            and _person(n.group("name"), text) is not None
            for j in (i - 1, i + 1)
        ):
            return None  # two writers stacked: "Анастасия Гоголева" / "Сергей Титов"
        # A bare name line stands apart: a blank line, or a date's or a stamp's line, above
        # and below, never a headline's or a paragraph's neighbour.
        bare = m.group("name") == line
        # (a headline or a dek may stand right above it when the date is right below: "We Paid
        # for Science …" / "The NIH director on …" / "Madeleine Rowley" / "Feb 17, 2026")
        dated_below = (
            i + 1 < len(lines)
            and len(lines[i + 1].split()) <= 8
            and find_date(lines[i + 1]) is not None
        )
        # (a byline in capitals, "MANUEL PLANELLES", only over its date line: a caps photo
        # credit under a caption, "CLAUDIO ÁLVAREZ", is no writer)
        if bare and m.group("name").isupper() and not dated_below:
            continue
        if (
            bare
            and m.group("name").isupper()
            and any(
                _country(w.title())
                or re.search(rf"(?<![{LETTER}]){re.escape(w.lower())}(?![{LETTER}])", text)
                for w in m.group("name").split()
            )
        ):
            # (nor a caps section kicker over the date, "UKRAINE WAR", "CLIMATE CRISIS": a
            # country's name, or a word the story writes in lower case, is no name's)
            continue
        if bare and not all(
            j < 0
            or j >= len(lines)
            or not lines[j].strip()
            or re.search(r"\d", lines[j])
            or _CREDIT_HEAD.match(lines[j].strip())
            # (not the headline itself, the masthead above it: "Grid Will Hold" / "Feb 17")
            or (j == i - 1 and dated_below and i != nonblank[1])
            # (or the writer's town under the name, over the date: "Мар'яна Гнатюк" /
            # "Івано-Франківськ" / "14.12.2025 09:30")
            or (
                j == i + 1
                and len(lines[j].split()) <= 2
                and not re.search(r"[.!?:]", lines[j])
                and j + 1 < len(lines)
                and re.search(r"\d", lines[j + 1]) is not None
            )
            for j in (i - 1, i + 1)
        ):
            continue
        name = _person(m.group("name"), text)
        if name is None or any(
            name.compatible(other) for o in exclude if (other := name_from_phrase(o)) is not None
        ):
            continue
        found[name.key] = name
        signed.add(i)
        posted[name.key] = tail is not None and _POST_TAIL.match(tail.strip()) is not None
    # A writer the lead itself names is someone the story is about, not its byline.
    # (A photo caption's credit after "©" is the writer signing the picture, not the story's
    # subject: "… near Saint-Girons. © Clément Dufresne, FRANCE 24".)
    body = "\n".join(
        ln.split("©")[0]
        for i, ln in enumerate(lines)
        if i > nonblank[0] and i not in signed and len(ln.split()) > 9
    )

    def in_lead(name: Name) -> bool:
        return (
            re.search(rf"(?<![{LETTER}]){re.escape(name.surname)}(?![{LETTER}])", body) is not None
        )

    if len(found) == 2:
        # A photo caption's name line over the lead, its post after the comma ("Subrata
        # Ghosh, general manager of Metro Railway Kolkata"), is the guest the lead goes on to
        # name, no second writer beside the byline.
        found = {k: n for k, n in found.items() if not (posted[k] and in_lead(n))}
    if len(found) != 1:
        return None
    writer = next(iter(found.values()))
    if in_lead(writer):
        return None
    if writer.surname.isupper() and writer.given and not writer.given[0].isupper():
        # ("Дмитрий ПАНОВ" signs as "Дмитрий Панов": the capitals are the byline's type)
        writer = dataclasses.replace(writer, surname=writer.surname.title())
    return writer


# A screen reader's skip link: "Skip to main content", "Jump to navigation".
_SKIP_LINK = re.compile(
    r"[ \t]*(?i:skip|jump)[ \t]+to[ \t]+(?i:main[ \t]+)?(?i:content|navigation)\b"
)


def _masthead(text: str) -> str:
    """The page's first non-blank line, where a site sets its own name (a screen reader's skip
    link over it, "Skip to main content", is no masthead)."""
    return next((ln for ln in text.split("\n") if ln.strip() and not _SKIP_LINK.match(ln)), "")


def _is_outlet(word: str, outlets: Sequence[str]) -> bool:
    """``word`` (as the lead writes it, in any case form) names a news outlet: a known one, an
    acronym ("DELFI", "РБК"), in quotes («Известиям»), or the page's masthead or label outlet
    ("Укрінформу" under "Укрінформ") — never a person told ("told Zelensky")."""
    word = word.strip()
    if word[:1] in '«"“' or _news_outlet(word) or (len(word) >= 2 and word.isupper()):
        return True
    # A known outlet in the dative or instrumental the verb governs, with no masthead to match:
    # "Укрінформу розповів …" (Укрінформ), "Суспільному" (Суспільне), "Интерфаксу".
    for end, repl in (("ому", "е"), ("ові", ""), ("еві", ""), ("ом", ""), ("у", ""), ("ю", "")):
        if (
            word.endswith(end)
            and len(word) - len(end) >= 4
            and _news_outlet(word[: -len(end)] + repl)
        ):
            return True
    return any(_same_outlet(word, o) for o in outlets if o)


def _same_outlet(word: str, own: str) -> bool:
    """``word`` is the page's own name ``own`` (its masthead or a label) in some case form:
    "Укрінформу" for "Укрінформ", and a four-letter name with its ending, "Лайфу" for "Лайф"."""
    folded, own = fold(word.strip('«»"“” ')), fold(own.strip('«»"“” '))
    if len(folded[:5]) >= 4 and own[:5] == folded[:5]:
        return True
    return len(own) == 4 and folded.startswith(own) and len(folded) - len(own) <= 2


def _told_outlets(preface: str) -> list[str]:
    """The outlets the lead has the guest tell ("рассказала Лайфу"), as the lead writes them."""
    out = []
    for m in _INTERVIEW_LEAD.finditer(preface):
        word = m.group("told_before") or m.group("outlet") or m.group("told")
        if word is not None:
            out.append((m.group("the") or "") + word)
    return out


def _outlet_interview(preface: str, outlets: Sequence[str] = ()) -> bool:
    """Does the lead say the guest gave the outlet this interview? ``outlets`` are the page's
    own names for itself (its masthead line, its question labels)."""
    for m in _INTERVIEW_LEAD.finditer(preface):
        if m.group("told_before") is not None:
            if _is_outlet(m.group("told_before"), outlets):
                return True
            continue  # (the subject before its verb: "Олег Ковальчук розповів")
        outlet = m.group("outlet") or m.group("told")
        # (a capital article mid-sentence is a masthead's, never a person's: "told The Kyiv
        # Monitor", "spoke with The Jakarta Post")
        if outlet is None or m.group("the") or _is_outlet(outlet, outlets):
            return True
        # (or the outlet is who spoke: "The Kyiv Independent spoke with Deputy Minister …")
        subject = re.search(
            rf"(?:^|[.!?:;,][ \t]+|\n)(?:The[ \t]+)?(?P<s>[{UPPER}][^\n.!?,;:]{{1,40}}?)[ \t]+$",
            preface[max(0, m.start() - 60) : m.start()],
        )
        if subject is not None and _is_outlet(subject.group("s"), outlets):
            return True
    return False


def _bare_outlet(name: str) -> str:
    """An outlet's name folded, less quotes and a leading article: the label "The Free Press:"
    speaks as "Free Press"."""
    return re.sub(r"^the[ \t]+", "", fold(name.strip('«»"“”„ ')))


def _told_labels(preface: str, text: str, questions: Sequence[Span]) -> set[str]:
    """The question labels that are the outlet the lead has the guest tell, in its own case
    form ("Лайф:" under "… рассказала Лайфу"): one word, never a person's surname (no
    capitalised word stands before it inside a sentence: "ведущий Владимир Соловьёв" /
    "рассказал Соловьёву"; a sentence's first word may: "Ранее Лайф рассказывал")."""
    told = _told_outlets(preface)
    out = set()
    for t in questions:
        label = str(t.attrs.get("speaker_label") or "").strip()
        # A label of several words with the masthead's article that the lead has the guest
        # tell ("The Kyiv Monitor:" under "… told The Kyiv Monitor"): no person is "The …".
        if len(label.split()) > 1 and any(
            word.startswith("The ") and _bare_outlet(word) == _bare_outlet(label) for word in told
        ):
            out.add(label)
            continue
        if (
            len(label.split()) == 1
            and any(_same_outlet(word, label) for word in told)
            and not re.search(
                rf"(?<=[{LOWER},][ \t])[{UPPER}][{LOWER}]+[ \t]+{re.escape(label)}", text
            )
        ):
            out.add(label)
        if _told_initials(label, told):
            out.add(label)
        # (a label of capitalised words the lead writes as the subject of a neuter verb of
        # asking: "Суспільне Одеса:" under "Суспільне Одеса розпитало власника …")
        if (
            label
            and len(label.split()) <= 4
            and all(w[:1].isupper() for w in label.split())
            and re.search(rf"(?<![\w]){re.escape(label)}[ \t]+{_NEUTER_ASKED}", preface)
        ):
            out.add(label)
        # (the initials, or the name, of the outlet whose journalist the lead names:
        # "ЕП:" under "… розповів журналістці «Економічної правди» Олені Кравчук")
        dative = _dative_journalist(preface)
        if dative is not None and (
            (len(label) >= 2 and label == "".join(w[0] for w in dative[0].split()).upper())
            or fold(label) == fold(dative[0])
        ):
            out.add(label)
    return out


# The lead names the outlet's journalist the guest told, in the dative after the journalist's
# noun, the outlet in quotes between: "розповів журналістці «Економічної правди» Олені
# Кравчук", "рассказал корреспонденту «Известий» Олегу Иванову".
_DATIVE_JOURNALIST = re.compile(
    r"(?<![\w])(?P<noun>журналіст(?:ці|ові|у)|кореспондент(?:ці|ові|у)|журналист(?:ке|у)"
    r"|корреспондент(?:ке|у))[ \t]+[«\"“](?P<o>[^»\"”\n]{2,40})[»\"”][ \t]+"
    r"(?P<g>[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)[ \t]+(?P<s>[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+)(?![\w])"
)


def _undative(word: str, feminine: bool, given: bool) -> str:
    """A Ukrainian or Russian name word in the dative, crudely in the nominative: "Олені" ->
    "Олена", "Ользі" -> "Ольга", "Ольге" -> "Ольга", "Марії" -> "Марія", "Олегу" -> "Олег",
    "Сергію" -> "Сергій", "Ковальській" -> "Ковальська", "Ивановой" -> "Иванова"; a woman's
    consonant-final surname does not decline ("Кравчук")."""
    low = word.lower()
    if feminine:
        if given and low.endswith("зі"):
            return word[:-2] + "га"  # Ользі -> Ольга
        if low.endswith(("ії", "ие")):
            return word[:-2] + "ія" if low.endswith("ії") else word[:-2] + "ия"
        if re.search(r"(?:ськ|цьк|зьк)ій$", low):
            return word[:-2] + "а"  # Ковальській -> Ковальська
        if re.search(r"(?:ов|ев|єв|ін|ин)ій$|(?:ов|ев|ин|ск|цк)ой$", low):
            return word[:-2] + "а"  # Петровій -> Петрова, Ивановой -> Иванова
        if given and re.search(r"[бвгджзклмнпрстфхцчшщ][іе]$", low):
            return word[:-1] + "а"  # Олені -> Олена, Анне -> Анна
        return word
    if re.search(r"(?:ськ|цьк|зьк|ск|цк)ому$", low):
        return word[:-3] + "ий"  # Зеленському -> Зеленський, Вишневскому -> Вишневский
    if low.endswith("ові") and len(word) > 5:
        return word[:-3]  # Петренкові -> Петренко is rarer than Ткачові -> Ткач
    if re.search(r"[іи]ю$", low):
        return word[:-1] + "й"  # Сергію -> Сергій, Андрию -> Андрий
    if re.search(r"[бвгджзклмнпрстфхцчшщ]у$", low):
        return word[:-1]  # Олегу -> Олег, Ткачу -> Ткач, Иванову -> Иванов
    return word


def _dative_journalist(preface: str) -> tuple[str, Name] | None:
    """The one outlet and its journalist the lead names in the dative, or None."""
    found = {}
    for m in _DATIVE_JOURNALIST.finditer(preface):
        feminine = m.group("noun").endswith(("ці", "ке"))
        given = _undative(m.group("g"), feminine, True)
        surname = _undative(m.group("s"), feminine, False)
        name = name_from_phrase(f"{given} {surname}")
        if name is not None:
            found[name.key] = (m.group("o"), name)
    return next(iter(found.values())) if len(found) == 1 else None


def _told_initials(label: str, told: Sequence[str]) -> bool:
    """A capitals label that spells the initials of a quoted outlet of two to four words the
    lead has the guest tell: "РГ:" under "рассказала «Российской газете»"."""
    return (
        2 <= len(label) <= 4
        and label.isupper()
        and any(
            label == "".join(w[0] for w in words).upper()
            for word in told
            if word[:1] in '«"“„' and 2 <= len(words := word.strip('«»"“”„ ').split()) <= 4
        )
    )


def _initials(name: str) -> str:
    """A name's capitals' initials, its article and all: "The Daily Star" as "TDS"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _site_names(text: str) -> list[str]:
    """The page's names for itself: its masthead line and, where that line is a menu row
    ("Home  |  Business  |  Cambodia"), the line under it ("Khmer Times")."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip() and not _SKIP_LINK.match(ln)]
    out = lines[:1]
    if len(lines) > 1 and len(re.findall(r"\S(?:[ \t]{2,}|[ \t]*\|[ \t]*)\S", lines[0])) >= 2:
        out.append(lines[1])
    return out


def _own_label(label: str, speaker: str, text: str, told: Sequence[str] = ()) -> bool:
    """A capitals label that stands for the page's own name (its masthead line, or the line
    under a menu row, or ``told``: the outlet the lead has the guest tell): its initials
    ("TDS:" under "The Daily Star", "KT:" under "Khmer Times") or one word of it ("INQUIRER:"
    under "INQUIRER.NET"), the speaker read for it that name, the label itself or a name the
    label spells too ("Philippine Daily Inquirer")."""
    label = label.strip()
    if not (2 <= len(label) <= 12 and label.isalpha() and label.isupper()):
        return False
    # (a page with no masthead line names itself only in its lead: "TKM:" under "… told The
    # Kyiv Monitor")
    names = [*_site_names(text), *told]
    speaker = speaker.strip()

    def spells(name: str) -> bool:
        words = re.split(r"[\W_]+", name.lower())
        return (len(label) <= 5 and _initials(name) == label) or (
            len(label) >= 4 and label.lower() in words
        )

    return any(spells(n) for n in names) and (
        speaker == label or speaker in names or spells(speaker)
    )


def _anonymous_asker(
    turn: Span,
    masthead: str = "",
    told: Sequence[str] = (),
    text: str = "",
    lead_outlets: Sequence[str] = (),
    first_person: bool = False,
) -> bool:
    """A question turn no one is named for, or named only by its outlet label ("Ukrinform:",
    "«Известия»:", the masthead's own name, or one of ``told``: see _told_labels; a capitals
    label of one of ``lead_outlets``, the outlets the lead has the guest tell)."""
    speaker = turn.attrs.get("speaker")
    if speaker is None:
        return True
    label = turn.attrs.get("speaker_label")
    if label is not None and _own_label(label, str(speaker), text, lead_outlets):
        return True
    if first_person and label is not None and label.strip() == str(speaker).strip():
        # A lead in the writer's own voice ("I sat down with …") has the page's writer ask, so
        # a label of the article and two or three capitalised words, no office among them,
        # is the writer's masthead ("The Kyiv Monitor:"), never a person ("The Prime Minister:").
        words = label.split()
        if (
            words[0] == "The"
            and 3 <= len(words) <= 4
            and all(w[:1].isupper() and w.isalpha() and not is_title_token(w) for w in words[1:])
        ):
            return True
    if label is None or _bare_outlet(label) != _bare_outlet(speaker):
        return False
    return (
        _news_outlet(speaker)
        or label.strip()[:1] in '«"“„'
        # (the masthead as the label writes it, its article and all: "The Free Press:" under
        # "The Free Press"; a label that drops the masthead's "The" is left to the readers)
        or fold(label.strip('«»"“”„ ')) == fold(masthead.strip())
        or label.strip() in told
    )


# An author's field closing the page, under the last answer: "Автор: Анна Черепанова",
# "Текст: Ольга Бондар", "Author: Olha Bondar".
_CLOSING_FIELD = re.compile(
    rf"(?:Author|Text|Автор|Авторка|Автор[ \t]+текста|Текст)[ \t]*:[ \t]*(?P<name>{_NAME})\.?"
)


# A blog post's footer, the platform's own line under the post: "Posted by Tom Brannigan at 9:14
# AM" (Blogger), "Posted by Tom Brannigan on May 13, 2025".
_POSTED_BY = re.compile(
    rf"Posted[ \t]+by[ \t]+(?P<name>{_NAME})[ \t]+(?:at[ \t]+\d{{1,2}}:\d{{2}}"
    r"(?:[ \t]*[AaPp]\.?[Mm]\.?)?|on[ \t]+[A-Z][a-z]+[ \t]+\d{1,2},[ \t]+\d{4})[ \t]*"
)


def _blog_footer_writer(tail: str, text: str, exclude: Sequence[str]) -> Name | None:
    """The one writer a blog's "Posted by … at …" footer names below the first question, or
    None (a blogger's own Q&A: see _FIRST_PERSON_TALK)."""
    found: dict[str, Name] = {}
    for line in tail.split("\n"):
        m = _POSTED_BY.fullmatch(line.strip())
        if m is None or (name := _person(m.group("name"), text)) is None:
            continue
        if any(
            name.compatible(other) for o in exclude if (other := name_from_phrase(o)) is not None
        ):
            continue
        found[name.key] = name
    return next(iter(found.values())) if len(found) == 1 else None


def _closing_credit(tail: str, text: str, exclude: Sequence[str]) -> Name | None:
    """The one writer an author's field signs in the lines after the last turn (a closing
    credit states the byline as a header's field does), or None."""
    found: dict[str, Name] = {}
    for line in tail.split("\n"):
        m = _CLOSING_FIELD.fullmatch(line.strip())
        if m is None:
            continue
        name = _person(m.group("name"), text)
        if name is None or any(
            name.compatible(other) for o in exclude if (other := name_from_phrase(o)) is not None
        ):
            continue
        if name.surname.isupper() and name.given and not name.given[0].isupper():
            name = dataclasses.replace(name, surname=name.surname.title())  # "Ольга БОНДАР"
        found[name.key] = name
    return next(iter(found.values())) if len(found) == 1 else None


# The writer's own voice in the lead: "I sat down with …", "I spoke to …", "I interviewed …".
_FIRST_PERSON_TALK = re.compile(
    r"(?<![\w])I[ \t]+(?:sat[ \t]+down|spoke|talked)[ \t]+(?:to|with)\b"
    r"|(?<![\w])I[ \t]+interviewed\b"
    # A blogger's own interview: "my Q&A with Mayor Elena Vasquez", "the interview I did with
    # …", "my conversation with …".
    r"|(?<![\w])(?i:my)[ \t]+(?:Q&A|Q[ \t]*&[ \t]*A|interview|conversation|chat)[ \t]+with\b"
    r"|(?<![\w])(?:interview|conversation|Q&A)[ \t]+I[ \t]+(?:did|had|conducted|recorded)"
    r"[ \t]+with\b"
)


def fill_interviewer(text: str, turns: Sequence[Span]) -> tuple[Span, ...]:
    """``turns`` with the byline's writer asking where the page says nothing better."""
    questions = [t for t in turns if t.label == "question"]
    masthead = _masthead(text)
    if not questions:
        return tuple(turns)
    first = min(t.start for t in turns if t.label in ("question", "answer"))
    preface = text[:first]
    told = sorted(_told_labels(preface, text, questions))
    lead_outlets = [
        w for w in _told_outlets(preface) if w.startswith("The ") or _is_outlet(w, [masthead])
    ]
    first_person = _FIRST_PERSON_TALK.search(preface) is not None

    def anonymous(t: Span) -> bool:
        return _anonymous_asker(t, masthead, told, text, lead_outlets, first_person) or own_label(
            t, preface, text
        )

    if not all(anonymous(t) for t in questions):
        return tuple(turns)
    outlets = [masthead, *(str(t.attrs.get("speaker_label") or "") for t in questions)]
    # (the names a reader gave the outlet's labels: "Khmer Times" for "KT:")
    outlets += [str(t.attrs.get("speaker") or "") for t in questions]
    journalist = _lead_journalist(preface, text, outlets)
    if journalist is None and (dative := _dative_journalist(preface)) is not None:
        journalist = dative[1]
    if not (
        _outlet_interview(preface, outlets)
        or journalist is not None
        # (a blogger's lead in the first person: "my Q&A with Mayor …" under "By Tom …")
        or first_person
        or told_own(
            preface, text, interview_with=any(own_label(t, preface, text) for t in questions)
        )
    ) or _WIRE_STORY.search(text):
        return tuple(turns)
    answerers = {
        str(t.attrs["speaker"]) for t in turns if t.label == "answer" and t.attrs.get("speaker")
    }
    writer = byline_writer(preface, text, exclude=sorted(answerers))
    # (a cue that signs the byline beats a bare line the layouts read: a section kicker
    # "Toronto Politics" over "By Marisa Kowalchuk City Hall Bureau")
    cued = cued_writer(preface, text, exclude=sorted(answerers))
    if cued is not None:
        writer = cued
    if writer is None:
        writer = _closing_credit(text[max(t.end for t in turns) :], text, sorted(answerers))
    if writer is None and first_person:
        writer = _blog_footer_writer(text[first:], text, sorted(answerers))
    if writer is None:
        # The outlet's one journalist the lead names asks (the byline's check against a lead
        # naming its writer has turned that name down).
        writer = journalist
    elif journalist is not None and not writer.compatible(journalist):
        return tuple(turns)  # two journalists named: no single asker
    if writer is None:
        return tuple(turns)
    asking_labels = {t.attrs.get("speaker_label") for t in questions}
    out = []
    for t in turns:
        asks = (
            t.label == "question"
            or (
                # The asker's greeting or thanks under the same label; unlabelled, only after the
                # first question (the lead above it is the page's).
                t.label == "other"
                and t.attrs.get("speaker_label") in asking_labels
                and (
                    t.attrs.get("speaker_label") is not None
                    # (unlabelled, only a short turn after the first question that thanks: the
                    # asker's "Спасибо за беседу." — a photo caption there is nobody's)
                    or (
                        t.start > questions[0].start
                        and len(text[t.start : t.end].split()) <= 12
                        and _THANKS.search(text, t.start, t.end) is not None
                    )
                )
            )
        )
        if asks and anonymous(t):
            t = dataclasses.replace(t, attrs={**t.attrs, "speaker": writer.display()})
        out.append(t)
    return tuple(out)


# An answer label that names no one: "A:", "Answer:", "Ответ:", "Відповідь:".
_ANONYMOUS_ANSWER = frozenset({"a", "answer", "ответ", "відповідь", "о", "в"})
# A Latin full name in running prose.
# (its letters Latin with their diacritics, "Dubravka Đedović Handanović", "Jean-Noël Barrot";
# a surname's inner capital after a short prefix, "LeBlanc", "McAllister")
_LATIN_UP = "A-ZÀ-ÖØ-ÞĀ-žȘ-țḀ-ỿ"
_LATIN_LOW = "a-zß-öø-ÿĀ-žș-țḁ-ỿ"
_LATIN_WORD = rf"[{_LATIN_UP}](?:[{_LATIN_LOW}]{{1,2}}[{_LATIN_UP}])?[{_LATIN_LOW}]+"
_LATIN_NAME = re.compile(
    rf"(?<![\w’']){_LATIN_WORD}(?:-{_LATIN_WORD})?(?:[ \t][A-Z]\.)?"
    rf"(?:[ \t]{_LATIN_WORD}(?:-{_LATIN_WORD})?){{1,3}}(?![\w’'])"
)


# A Cyrillic full name as a sentence's subject, in the nominative: the verb follows it ("Ирина
# Воронцова работает …", "Олена Дячук розповіла …"); an oblique case the verb governs is the
# readers' ("с Ириной Воронцовой", "Андрея Артизова" before a noun).
_CYRILLIC_SUBJECT = re.compile(
    r"(?<![\w’'])(?P<name>[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?<![уюеіиыым])(?<!ой)[ \t]+"
    r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?(?<![уюеіиыым])(?<!ой)(?<!ей))[ \t]+"
    # (an adverbial of time may stand between: "Ирина Воронцова двадцать лет считает …")
    r"(?=(?:[а-яёіїєґ]+[ \t]+){0,3}[а-яёіїєґ]+(?:ет|ёт|ит|ат|ят|ют|ут|є|ить|л|ла|ли|ло)(?![\w]))"
)


# The lead's "we talked to her/him" after naming its subject: "Мы поговорили с ней", "Ми
# поговорили з нею", "побеседовали с ним", "рассказала нам", "розповів нам".
_TALKED_TO_HER = re.compile(
    r"(?i:(?:мы|ми)[ \t]+(?:по)?(?:говорили|беседовали|спілкувалися|поспілкувалися|розмовляли)"
    r"[ \t]+(?:с|з|із)[ \t]+(?:ней|ним|нею|нім))"
    r"|(?i:(?:рассказал|розповіл|розповів)[аи]?[ \t]+нам)"
    # (or the page's own outlet told or asking: "нашому виданню розповіла …", "«Северный
    # вестник» расспросил её …", "Укрінформ розпитав його …")
    r"|(?i:(?:нашему[ \t]+изданию|нашей[ \t]+газете|нашему[ \t]+корреспонденту"
    r"|нашому[ \t]+виданню|нашій[ \t]+газеті|нашому[ \t]+кореспонденту)[ \t]+"
    r"(?:рассказал|розповіл|розповів)[аи]?)"
    r"|(?i:(?:расспросил|распросил|розпитав|розпитала|расспросила)[ \t]+(?:её|ее|его|її|його))"
)


# A Cyrillic subject's verb that tells the page: "рассказала", "розповів", "поделилась",
# "поділився", "ответил на вопросы", "відповіла на запитання".
_TELLS_AFTER = re.compile(
    r"(?i:(?:рассказал|розповіл|розповів|поделил|поділил|ответил|відповіл|відповів)"
    r"[а-яіїєґ]{0,4})(?![а-яіїєґ])"
)


def _lead_guest(
    preface: str, text: str, writer: str | None, outlets: Sequence[str] = ()
) -> Name | None:
    """The one person an interview's lead names in full, the writer aside, or None. Where the
    lead names others too ("the European Union"), the one that two of the header's paragraphs
    name (its standfirst, its photo caption, its lead) is the guest. ``outlets``: the page's
    names for itself, no guest ("In an interview with Mekong Insider, …")."""
    found: dict[str, Name] = {}
    paras: dict[str, int] = {}
    for para in preface.split("\n"):
        if len(para.split()) <= 9:
            continue  # headline, byline, date and menu lines are no lead
        if len(re.findall(r"\S[ \t]{2,}\S", para)) >= 2:
            continue  # a menu row's spaced items: "News  City  India  World  Web Stories"
        seen: set[str] = set()
        # (a Cyrillic subject only where the lead then says the page talked to that person:
        # "… Ирина Воронцова работает … Мы поговорили с ней"; a minister who "заявил" something
        # in a lead about an economist's view, or "Новая Зеландия закрыла …", is no guest)
        # (or the subject's own verb tells: "Олена Окунева розповіла Північному віснику …")
        talked = _TALKED_TO_HER.search(preface) is not None
        cyrillic = [
            m
            for m in _CYRILLIC_SUBJECT.finditer(para)
            if talked or _TELLS_AFTER.match(para, m.end()) is not None
        ]
        for m in [*_LATIN_NAME.finditer(para), *cyrillic]:
            # "Ukrinform's Olha Bondar": an outlet's journalist is no guest.
            if re.search(r"['’]s[ \t]+$", para[: m.start()]):
                continue
            # "Justin Tang/The Canadian Press", "Photo: Beta/Milos Miskov": a photo credit's
            # photographer is no guest.
            # (its slash spaced too: "Photo by Tony Caldwell /Postmedia")
            if re.match(r"[ \t]?/", para[m.end() :]) or para[m.start() - 1 : m.start()] == "/":
                continue
            # "told The Kyiv Monitor how …": a capital article mid-sentence is a masthead's.
            if m.group().startswith("The ") and re.search(
                rf"[{_LATIN_LOW}][ \t]+$", para[: m.start()]
            ):
                continue
            # (an office or a word of the sentence before the name is no part of it:
            # "Minister Dubravka Đedović Handanović", "Energy Dubravka Đedović Handanović")
            words = (m.groupdict().get("name") or m.group()).split()
            # The page's own outlet, or an institution, is no guest: "In an interview with Mekong
            # Insider", "Hydrologist Le Anh Tuan of Can Tho University".
            if words[-1].lower() in _BODY_NOUNS or any(
                _bare_outlet(" ".join(words[i:])) == _bare_outlet(o)
                for o in outlets
                if o
                for i in range(len(words))
            ):
                continue
            name = None
            while len(words) >= 2 and name is None:
                name = _person(" ".join(words), text) if len(words) <= 3 else None
                words = words[1:]
            if name is None:
                continue
            # "postings in Europe and Central Asia": a region's compass word is no given name.
            if len(name.given) == 1 and region_pair(name.given[0], name.surname):
                continue
            if writer is not None and (w := name_from_phrase(writer)) and name.compatible(w):
                continue
            found[name.surname] = name
            seen.add(name.surname)
        for key in seen:
            paras[key] = paras.get(key, 0) + 1
    if len(found) == 1:
        return next(iter(found.values()))
    repeated = [found[k] for k, n in paras.items() if n >= 2]
    return repeated[0] if len(repeated) == 1 else None


def fill_interviewee(text: str, turns: Sequence[Span]) -> tuple[Span, ...]:
    """``turns`` with the lead's one guest answering under anonymous "A:" labels (a Latin name
    only: a Russian or Ukrainian lead writes its guest in an oblique case the readers undo)."""
    answers = [t for t in turns if t.label == "answer"]
    if not answers or any(
        t.attrs.get("speaker") is not None
        # (its period or colon aside: El País's and the Globe's "A.")
        or fold(t.attrs.get("speaker_label") or "a").rstrip(".:") not in _ANONYMOUS_ANSWER
        for t in answers
    ):
        return tuple(turns)
    first = min(t.start for t in turns if t.label in ("question", "answer"))
    preface = text[:first]
    masthead = _masthead(text)
    if not _outlet_interview(preface, [masthead]) or _WIRE_STORY.search(text):
        return tuple(turns)
    askers = {
        str(t.attrs["speaker"]) for t in turns if t.label == "question" and t.attrs.get("speaker")
    }
    guest = _lead_guest(preface, text, next(iter(askers)) if len(askers) == 1 else None, [masthead])
    if guest is None:
        return tuple(turns)
    return tuple(
        dataclasses.replace(t, attrs={**t.attrs, "speaker": guest.display()})
        if t.label == "answer"
        else t
        for t in turns
    )


# ---------------------------------------------------------------------------------------------
# The byline read as cue × layout (check AG). Publishers' templates differ in where they set the
# name, not in what signs it: a cue word or field ("By", "Written by", "Author of the article:",
# "Авторка:") with the name on its own line or on the next non-empty one, or a name line with its
# post after a separator next to the date line. One reader states that once; byline_writer's
# layouts stay as they are and this one fills in where they read nobody (or a section kicker).

# A byline cue at the start of a header line, its colon optional.
_CUE = re.compile(
    r"(?:(?:Written|Words|Interview|Interviewed|Reporting|Report|Text|Story)[ \t]+by"
    r"|Author[ \t]+of[ \t]+the[ \t]+article|By|BY|by|Author|Text|Текст|Автор|Авторка"
    r"|Беседовал[аи]?|Розмовляв|Розмовляла|Розмовляли)(?:[ \t]*:)?(?=[ \t]|$)"
    # (a template that drops the space after the cue: "ByHarriet Lowe")
    rf"|By(?=[{UPPER}][{LOWER}]+[ \t][{UPPER}])"
)
# A stamp glued to the byline's end: "… Globe Staff,Updated February 17, 2026, 6:00 a.m."
_GLUED_STAMP = re.compile(r"[ \t]*[,|·•]?[ \t]*(?:Updated|Published|Posted)\b[^\n]*$")
# A post after the name with no separator: "By Marisa Kowalchuk City Hall Bureau" (capitalised
# words that end in a newsroom post).
_POST_WORD = re.compile(
    r"(?:Reporter|Correspondent|Editor|Writer|Columnist|Bureau|Desk|Contributor|Journalist)"
)
# The separators a byline sets between the name and its post or outlet.
_SEPARATOR = re.compile(r"[ \t]*(?:[,|·•]|[ \t][-–—][ \t])[ \t]*")
_TWO_WRITERS = re.compile(r"[ \t](?:and|&|і|и|та)[ \t]")


def _date_line(line: str) -> bool:
    """A short header line that carries a date: "Published Jan 20, 2026 • 4 minute read"."""
    return len(line.split()) <= 16 and find_date(line) is not None


def _name_and_tail(rest: str, text: str) -> Name | str | None:
    """The writer a byline's text after its cue names ("Marisa Kowalchuk City Hall Bureau",
    "Clive Leviev-Sawyer on November 18, 2025", "Brendan Leblanc · Provincial Affairs
    Reporter"); "two" for two writers; None for no person."""
    rest = re.sub(r"[ \t]+", " ", rest.strip(" \t:"))
    stamp = _GLUED_STAMP.search(rest)
    if stamp is not None and stamp.start() > 0 and find_date(stamp.group()) is not None:
        rest = rest[: stamp.start()]
    # (the date that closes the line, "on November 18, 2025", is no part of the name or post)
    date = find_date(rest)
    if date is not None and not rest[date[2] :].strip(" ."):
        rest = re.sub(r"(?:[ \t]+on|[ \t]*[,|·•])?[ \t]*$", "", rest[: date[1]])
    if not rest or re.search(r"[.!?;:]$", rest):
        return None
    parts = _SEPARATOR.split(rest, maxsplit=1)
    head = parts[0]
    pair = _TWO_WRITERS.split(head, maxsplit=1)
    if len(pair) > 1:
        # ("By Anna Lee and Tom Hart" names two writers; a headline's "and" names none)
        return "two" if all(_person(x.strip(), text) for x in pair) else None
    tail = parts[1] if len(parts) > 1 else ""
    # (a town and its country is a place line, no writer: "Нижній Новгород, Росія")
    if tail and (len(tail.split()) > 6 or _country(tail.strip(" ."))):
        return None
    if tail and _person(tail.split(",")[0].strip(), text) is not None:
        return "two"  # "Мария Кокорева, Анастасия Балашова"
    words = head.split()
    for k in (2, 3, 4):
        if k > len(words):
            break
        after = " ".join(words[k:])
        date = find_date(after) if after else None
        # (what follows the name on its line: nothing, its date, "on" its date, or a post in
        # capitals)
        if (
            after
            and not (
                (date is not None and date[1] <= 3)
                or (
                    all(w[:1].isupper() for w in words[k:])
                    and len(words) - k <= 4
                    and _POST_WORD.fullmatch(words[-1]) is not None
                )
                # (the page's own staff: "Laura Kessler Globe Staff" under "Boston Globe")
                or (
                    words[-1] == "Staff"
                    and len(words) - k >= 2
                    and all(w in _masthead(text).split() for w in words[k:-1])
                )
            )
        ):
            continue
        name = _person(" ".join(words[:k]), text)
        if name is not None:
            return name
    return None


def cued_writer(preface: str, text: str, exclude: Sequence[str] = ()) -> Name | None:
    """The one writer a header's byline cue or dated name line signs, or None (none, two, a
    desk, the guest, or a name the lead goes on to use)."""
    lines = [ln.strip() for ln in preface.split("\n")]
    nonblank = [i for i, ln in enumerate(lines) if ln]
    found: dict[str, Name] = {}
    signed: set[int] = set()
    for pos, i in enumerate(nonblank[1:], start=1):  # the first line is the masthead
        line = lines[i]
        if _AUTHORS_LINE.fullmatch(line):
            return None
        if _CREDIT_HEAD.match(line) or len(line.split()) > 12:
            continue
        at = [i]
        cue = _CUE.match(line)
        if cue is not None:
            rest = line[cue.end() :]
            if not rest.strip(" \t:") and pos + 1 < len(nonblank):
                # the cue alone on its line, the name on the next non-empty one
                at.append(nonblank[pos + 1])
                rest = lines[nonblank[pos + 1]]
        else:
            # A name line with its post after a separator, right by the date line:
            # "Brendan Leblanc  ·  Provincial Affairs Reporter" / "Published: Feb 24, 2026 …"
            near = [nonblank[p] for p in (pos - 1, pos + 1) if 0 < p < len(nonblank)]
            if not _SEPARATOR.search(line) or not any(_date_line(lines[j]) for j in near):
                continue
            head = _SEPARATOR.split(line, maxsplit=1)[0].split()
            # (the name alone before the separator, no field's head: "INTERVIEW: RACHEL …")
            if (
                _date_line(line)
                or not 2 <= len(head) <= 4
                or not all(re.fullmatch(rf"[{UPPER}][{LOWER}'’\-]+", w) for w in head)
            ):
                continue
            rest = line
        got = _name_and_tail(rest, text)
        if got == "two":
            return None
        if not isinstance(got, Name) or any(
            got.compatible(other) for o in exclude if (other := name_from_phrase(o)) is not None
        ):
            continue
        found[got.key] = got
        signed.update(at)
    if len(found) != 1:
        return None
    writer = next(iter(found.values()))
    # (a writer the lead itself names is someone the story is about, not its byline)
    body = "\n".join(ln for i, ln in enumerate(lines) if i not in signed and len(ln.split()) > 9)
    if re.search(rf"(?<![{LETTER}]){re.escape(writer.surname)}(?![{LETTER}])", body):
        return None
    return writer


# The lead's outlet in a talk: "told The Malta Independent on Sunday", "in an exclusive interview
# with the Manila Bulletin", "sat down with the Star"; or the outlet as the talk's subject, "The
# Slovak Spectator spoke to …", "The Gazette asked her …".
_OUTLET_PHRASE = rf"[{UPPER}][\w.&'’\-]*(?:[ \t]+(?:(?:on|of)[ \t]+)?[{UPPER}][\w.&'’\-]*){{0,4}}"
_TOLD_OWN = re.compile(
    r"\b(?:told|tells|(?:spoke|speaks|talked|talks)[ \t]+(?:to|with)|sat[ \t]+down[ \t]+with"
    r"|sits[ \t]+down[ \t]+with|interview[ \t]+with)[ \t]+(?:(?P<the>The)[ \t]+|the[ \t]+)?"
    rf"(?P<o>{_OUTLET_PHRASE})"
    rf"|(?:^|(?<=[.!?][ \t])|(?<=\n))(?P<the2>The[ \t]+)?(?P<s>{_OUTLET_PHRASE})[ \t]+"
    r"(?:asked|spoke[ \t]+(?:to|with)|talked[ \t]+(?:to|with)|sat[ \t]+down[ \t]+with"
    r"|interviewed)\b"
)


def _own_names(text: str) -> list[str]:
    """The page's names for itself, folded less their article: its masthead lines."""
    return [_bare_outlet(n) for n in [_masthead(text), *_site_names(text)] if n.strip()]


def _own_phrase(phrase: str, the: bool, own: Sequence[str], text: str) -> bool:
    """The lead's outlet phrase is the page's own: a known outlet, one with a capital "The",
    or the masthead or its last words ("The Gazette" under "Montreal Gazette"; no person's
    name a show's masthead ends in, "Sunday with Harriet Lowe")."""
    bare = _bare_outlet(phrase)
    return (
        _news_outlet(phrase)
        or the
        or any(
            bare == o
            or (o.endswith(" " + bare) and len(bare) >= 4 and _person(phrase, text) is None)
            for o in own
        )
    )


def told_own(
    preface: str, text: str, titled: bool = False, interview_with: bool = True
) -> list[str]:
    """The outlet phrases the lead has the guest talk to, or has talk to the guest, that are the
    page's own (each with its article where the lead writes "The"). ``titled``: any title after
    "the" too ("sat down with the Star": a person never takes the article), for a label to match;
    otherwise only after "interview with the" or "sat down with the", not "told the Senate".
    ``interview_with``: "(exclusive) interview with X" too (a plain-paragraph page's "In an
    exclusive interview with Euronews" leaves its questions nobody's, as pinned)."""
    own = _own_names(text)
    out = []
    for m in _TOLD_OWN.finditer(preface):
        if not interview_with and m.group().startswith("interview"):
            continue
        phrase = m.group("o") or m.group("s")
        the = bool(m.group("the") or m.group("the2"))
        if m.group("s") is not None and not the and not _own_phrase(phrase, False, own, text):
            continue
        lower_the = (
            m.group("o") is not None
            and not m.group("the")
            and re.search(r"the[ \t]+$", preface[: m.start("o")]) is not None
            and not is_title_token(phrase.split()[0])
            and (titled or re.match(r"(?:interview|sat|sits)", m.group()) is not None)
        )
        if lower_the or _own_phrase(phrase, the and m.group("o") is not None, own, text):
            out.append(("The " if the else "") + phrase)
    return out


def own_label(turn: Span, preface: str, text: str) -> bool:
    """A question label that is the page's own name in short: the masthead line itself ("MB:"
    under "MB"), the lead's outlet ("Star:" under "sat down with the Star") or its initials
    ("TMIS:" under "tells The Malta Independent on Sunday", "MB:" under "… with the Manila
    Bulletin")."""
    label = str(turn.attrs.get("speaker_label") or "").strip().rstrip(":").strip()
    if not label or len(label.split()) > 4:
        return False
    masthead = _masthead(text).strip()
    if _bare_outlet(label) == _bare_outlet(masthead) and fold(label) != fold(masthead):
        return False  # (the masthead less its "The" is left to the readers: _anonymous_asker)
    told = told_own(preface, text, titled=True)
    if fold(label) in [fold(n.strip()) for n in _site_names(text)] or any(
        _bare_outlet(label) == _bare_outlet(t) for t in told
    ):
        return True
    return (
        2 <= len(label) <= 5
        and label.isupper()
        and any(label in (_initials(t), _initials(re.sub(r"^The[ \t]+", "", t))) for t in told)
    )


# ---------------------------------------------------------------------------------------------
# The office holder a one-on-one Q&A's header names (Session 27, batch ZK–MO). A page whose
# answers stand under anonymous "A." / "Answer:" labels, or none, and are still nobody's after the
# readers has one guest, whom its headline or lead introduces by post: "Q&A with MBTA general
# manager Phillip Eng: …", "Spokesperson of the Ministry … Pham Thu Hang chaired …", "Директор КП
# «…» Андрій Шевчук розповів …". A byline's writer, a caption's photographer and a person the
# lead names without a post are no such guest; two such people leave the answers nobody's.

# A word of the organisation between a post and its holder: "of the Ministry of Foreign Affairs",
# "КП «Миколаївелектротранс»", "MBTA".
_ORG_JOINERS = frozenset({"of", "the", "for", "and", "&"})
_CAP_WORD = re.compile(rf"[{UPPER}][\w&.'’\-]*|[«\"“][^»\"”\n]{{1,40}}[»\"”]")
# A Cyrillic holder in the nominative, the clause's subject: its verb follows ("Андрій Шевчук
# розповів", "Ирина Воронцова рассказала"); an oblique case is the readers'.
_CYRILLIC_HOLDER = re.compile(
    r"(?<![\w’'])([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?<![уюеіиыым])(?<!ой)[ \t]+"
    r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?(?<![уюеіиыым])(?<!ой)(?<!ей))[ \t]+"
    r"(?=(?P<pred>(?:[а-яёіїєґ]+[ \t]+){0,2}[а-яёіїєґ]+"
    r"(?:ет|ёт|ит|ат|ят|ют|ут|є|ить|л|ла|ли|ло|ів|в))(?![\w]))"
)
# A public statement the news reports, no guest introduced: "Министр финансов Антон Силуанов
# заявил на этой неделе, что …", "… повідомив журналістам" (the page's guest may be another).
_STATEMENT_VERB = re.compile(
    r"(?<![\w])(?:заяв|сообщ|повідом|зазнач|отмет|подчеркн|наголос)\w*(?:л[аио]?|в)(?!\w)"
)
# A maximal run of capitalised Latin words: the holder is its last two or three.
_LATIN_RUN = re.compile(
    rf"(?<![\w’'\-]){_LATIN_WORD}(?:-{_LATIN_WORD})?(?:[ \t]+{_LATIN_WORD}(?:-{_LATIN_WORD})?)+"
    rf"(?![\w’'])"
)


def _post_before(clause: str) -> bool:
    """``clause`` (the text before a name, within its sentence) ends in a post: a title word
    ("chief", "Spokesperson", "Директор"), a lower-case noun after one ("general manager"), or
    either before the organisation's own words ("Director of the Utah Division of Wildlife",
    "Директор КП «Миколаївелектротранс»")."""
    words = re.findall(r"[«\"“][^»\"”\n]{1,40}[»\"”]|[^\s«\"“]+", clause)
    if not words:
        return False
    i = len(words) - 1
    # (the organisation's words between the post and its holder, five at most)
    while i >= 0 and len(words) - i <= 6:
        w = words[i]
        if w.lower() not in _ORG_JOINERS and is_title_token(w.strip(",")):
            # (the name right after the post's "of the" is the organisation's own: "an officer
            # of the Philippine Coast Guard")
            return not w.endswith(",") and words[-1].lower() not in _ORG_JOINERS
        if w.lower() in _ORG_JOINERS or _CAP_WORD.fullmatch(w):
            i -= 1
            continue
        break
    if i < 1 or words[i].endswith(",") or not words[i].isalpha() or not words[i].islower():
        return False
    # (a two-word post whose head is no title word: "general manager", "press secretary")
    return is_title_token(words[i - 1]) and i == len(words) - 1


def _office_holders(preface: str, text: str, exclude: Sequence[str]) -> dict[str, Name]:
    """The people the header (its masthead line aside) names right after a post, by key."""
    found: dict[str, Name] = {}
    lines = preface.split("\n")
    nonblank = [ln for ln in lines if ln.strip()]
    for line in nonblank[1:]:
        if re.search(r"\S[ \t]{2,}\S", line):
            continue  # a menu row's spaced items
        cands: list[tuple[int, str]] = []
        for m in _LATIN_RUN.finditer(line):
            words = m.group().split()
            # (a three-word holder only where its first word is no post: "Pham Thu Hang" after
            # "Foreign Affairs", never "Director John Smith")
            for k in (3, 2):
                if k <= len(words) and not is_title_token(words[-k]):
                    start = m.start() + len(" ".join(words[:-k])) + (1 if len(words) > k else 0)
                    if _person(" ".join(words[-k:]), text) is not None:
                        cands.append((start, " ".join(words[-k:])))
                        break
        cands += [
            (m.start(), m.group(1))
            for m in _CYRILLIC_HOLDER.finditer(line)
            if not _STATEMENT_VERB.search(m.group("pred"))
        ]
        for start, phrase in cands:
            clause = re.split(r"[.!?;:()\[\]—–]|\s-\s", line[:start])[-1]
            if not _post_before(clause) or _CREDIT_HEAD.match(clause.strip()):
                continue
            # (a photo credit's photographer: "Photo editor Ana Pires/Valley Courier")
            if re.match(r"[ \t]?/", line[start + len(phrase) :]):
                continue
            name = _person(phrase, text)
            if (
                name is None
                or phrase.split()[-1].lower() in _BODY_NOUNS
                or any(
                    name.compatible(o) for x in exclude if (o := name_from_phrase(x)) is not None
                )
            ):
                continue
            if not any(name.compatible(n) for n in found.values()):
                found[name.key] = name
    return found


def fill_office_guest(text: str, turns: Sequence[Span]) -> tuple[Span, ...]:
    """``turns`` with the header's one office holder answering a one-on-one Q&A whose answers
    are still nobody's: every answer unnamed under an anonymous label or none, every question
    unnamed or the one asker's, and no other voice named."""
    answers = [t for t in turns if t.label == "answer"]
    questions = [t for t in turns if t.label == "question"]
    if len(answers) < 2 or len(questions) < 2:
        return tuple(turns)
    if any(
        t.attrs.get("speaker") is not None
        or fold(t.attrs.get("speaker_label") or "a").rstrip(".:") not in _ANONYMOUS_ANSWER
        for t in answers
    ):
        return tuple(turns)
    askers = {str(t.attrs["speaker"]) for t in turns if t.attrs.get("speaker")}
    if len(askers) > 1 or any(
        t.attrs.get("speaker") is not None for t in turns if t.label not in ("question", "other")
    ):
        return tuple(turns)
    first = min(t.start for t in turns if t.label in ("question", "answer"))
    preface = text[:first]
    writer = byline_writer(preface, text) or cued_writer(preface, text)
    exclude = sorted(askers | ({writer.display()} if writer is not None else set()))
    holders = _office_holders(preface, text, exclude)
    if len(holders) != 1:
        return tuple(turns)
    guest = next(iter(holders.values())).display()
    return tuple(
        dataclasses.replace(t, attrs={**t.attrs, "speaker": guest}) if t.label == "answer" else t
        for t in turns
    )
