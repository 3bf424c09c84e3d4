"""The outlet a page's header gives the interview to, asking the questions nobody is named for.

A ministry or a president's site files an interview under a headline such as "Foreign Minister
Sergey Lavrov's interview with the Italian newspaper Corriere della Sera", «Интервью … газете
«Известия»», «Інтерв'ю … телеканалу «Рада»», then prints the questions under a bare
"Question:" / «Вопрос:» / «Питання:» (or dashes, or none). The page names no journalist, but it
does say for whom the questions are asked: the outlet, as an outlet's own label ("Reuters:",
"Вопрос (газета «Известия»):") already speaks. Every independent gold writer who met the layout
(7 of 7 across the blind sets of sessions 29 and 30) gave those questions to the outlet.

The pass runs last, after the byline fallback (``bylines.fill_interviewer``): a journalist the
page names, a byline's one writer, a self-introduction, always beat the outlet. It fills only a
page whose every question is anonymous and whose header names exactly one outlet after a verb of
interviewing; a press conference or briefing (many outlets ask) is never filled.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from rhetoscope.model.document import Span
from rhetoscope.structure import regex as re
from rhetoscope.structure.bylines import _person
from rhetoscope.structure.speakers import LOWER, UPPER, _news_outlet, fold, is_title_token

# The question labels that name no one.
_BARE_QUESTION = frozenset(
    {"q", "question", "questions", "вопрос", "питання", "запитання", "в", "п", "з"}
)

# A page of many askers: the outlet a header names there is one of several.
_PRESS_EVENT = re.compile(
    r"(?i:press[ \t]+conference|news[ \t]+conference|briefing|press[ \t]+gaggle|press[ \t]+point"
    r"|doorstop|пресс-конференци|пресконференці|прес-конференці|брифинг|брифінг|пресс-подход"
    r"|вопросы[ \t]+(?:журналистов|сми|представителей)|запитання[ \t]+журналістів"
    r"|questions[ \t]+from[ \t]+(?:the[ \t]+)?(?:journalists|reporters|the[ \t]+press|media))"
)

# Words that describe an outlet before or after its name ("the Italian newspaper …", "Izvestia
# newspaper", "the National News Agency "Kabar""); a bare "TV" before a name is the name's own
# ("TV BRICS").
_EN_MEDIA_WORDS = (
    r"newspaper|daily|weekly|magazine|(?:(?:international[ \t]+)?(?:news|information)[ \t]+)?"
    r"agency|news[ \t]+outlet|outlet|(?:TV|television)[ \t]+(?:channel|station|network)|channel"
    r"|broadcaster|radio(?:[ \t]+station)?|news[ \t]+portal|portal|website|web[ \t]+portal"
    r"|publication|journal"
)
_EN_MEDIA_BEFORE = (
    rf"(?:{_EN_MEDIA_WORDS}|(?i:(?:national[ \t]+)?(?:news|information)[ \t]+agency))"
)
_EN_MEDIA = rf"(?:{_EN_MEDIA_WORDS}|TV|television)"
# The Russian and Ukrainian media nouns in the dative ("интервью газете") and genitive ("на
# вопросы газеты"), with the adjectives that may stand before them ("малайзийскому
# информационному агентству").
_SLAVIC_MEDIA = (
    r"(?:газет[еыі]|газети|еженедельник[уа]|тижневик[уа]|журнал[уа]|телеканал[уа]"
    r"|телекомпани[ии]|телекомпанії|телерадиокомпании|агентств[уа]|агенци[ия]|агенції"
    r"|информагентств[уа]|радиостанци[ии]|радіостанції|радио|радіо|издани[юя]|видання|виданню"
    r"|портал[уа]|сайт[уа]|интернет-издани[юя]|інтернет-видання|інтернет-виданню"
    r"|медиахолдинг[уа]|медіахолдинг[уа])"
)
_SLAVIC_ADJ = r"(?:[а-яёіїєґ'’\-]+(?:ому|ой|ей|ему|ій|ого|ой|ої|ных|ним|ным|ної|ному)[ \t]+){0,3}"

_QUOTED = r"[«\"“„](?P<q>[^«»\"“”„\n]{1,50})[»\"”“]"
_LATIN_NAME = (
    r"(?P<l>[A-Z0-9][\w'’&.\-]*(?:[ \t]+(?:(?:della|del|de|di|da|la|le|el|al|du|des|of|the|and|&"
    r"|für|y)[ \t]+)*[A-Z0-9][\w'’&.\-]*){0,5})"
)
# A Latin name in a Cyrillic sentence: all its Latin words are the name ("чеському виданню
# Hospodářské noviny").
_LATIN_IN_CYRILLIC = (
    r"(?P<l>[A-Z0-9][A-Za-zÀ-ž0-9'’&.\-]*(?:[ \t]+[A-Za-zÀ-ž0-9'’&.\-]*[A-Za-zÀ-ž0-9]){0,5})"
)
_CYRILLIC_ACRONYM = r"(?P<a>[А-ЯЁІЇЄҐ]{2,6}(?:[ \t\-]+[А-ЯЁІЇЄҐ][а-яёіїєґ]+)?)(?![\w])"

_EN_TRIGGER = re.compile(
    r"(?:\b[Ii]nterview(?:ed)?[ \t]+(?:given[ \t]+)?(?:with|to|for)"
    r"|\bto[ \t]+(?:the[ \t]+)?questions[ \t]+(?:from|by|of|posed[ \t]+by|asked[ \t]+by)"
    r"|\banswered[ \t]+(?:the[ \t]+)?questions[ \t]+(?:from|by|of)"
    r"|\b(?:spoke|speaks|talked|talks)[ \t]+(?:to|with)|\btold|\bsat[ \t]+down[ \t]+with)"
    r"[ \t]+(?:the[ \t]+)?"
)
# "Interview by Deputy Foreign Minister Alexei Borodin to Izvestia newspaper", "Interview with
# Kremlin spokesman Dmitry Peskov to the newspaper Izvestia": the interviewee, then the outlet.
_EN_TRIGGER_VIA = re.compile(
    r"\b[Ii]nterview[ \t]+(?:by|of|with)[ \t]+[^\n,;:]{1,100}?[ \t]+(?:given[ \t]+)?(?:to|for)"
    r"[ \t]+(?:the[ \t]+)?"
)
_EN_OUTLET = re.compile(
    # "the Italian newspaper Corriere della Sera", "Indonesian newspaper Kompas", "the news
    # agency Xinhua", "the newspaper «Izvestia»"
    rf"(?:[A-Z][a-z]+[ \t]+){{0,2}}{_EN_MEDIA_BEFORE}[ \t]+(?:{_QUOTED}|{_LATIN_NAME})"
    # "Izvestia newspaper", "Kazinform news agency", "Rossiya Segodnya International Information
    # Agency" (the capitalised style is read off below), a quoted or known name alone
    + rf"|{_QUOTED.replace('?P<q>', '?P<bq>')}"
    + rf"|{_LATIN_NAME.replace('?P<l>', '?P<n>')}(?P<tail>[ \t]+{_EN_MEDIA}(?![\w]))?"
)

# "Интервью <who, in the genitive> газете «Известия»": the outlet may stand some words after the
# noun, so the candidates after it are tried in turn on its line.
_SLAVIC_INTERVIEW = re.compile(r"(?<![\w])(?:[Ии]нтервью|[Іі]нтерв['’]ю)(?![\w])")
# "ответил на вопросы газеты «…»", "рассказал «Известиям»": the outlet right after the verb.
_SLAVIC_TOLD = re.compile(
    r"(?<![\w])(?:(?:ответ(?:ил[аи]?|ы)|відповів|відповіла|відповіді)[ \t]+на[ \t]+"
    r"(?:вопросы|запитання|питання)|рассказал[аи]?|розповів|розповіла)[ \t]+"
)
_SLAVIC_OUTLET = re.compile(
    rf"{_SLAVIC_ADJ}{_SLAVIC_MEDIA}[ \t]+(?:{_QUOTED}|{_CYRILLIC_ACRONYM}|{_LATIN_IN_CYRILLIC})"
    # (no media noun: a quoted name in the case the verb governs, «Российской газете»)
    + rf"|{_QUOTED.replace('?P<q>', '?P<bq>')}"
    + rf"|{_CYRILLIC_ACRONYM.replace('?P<a>', '?P<ba>')}"
)

# A quoted name the verb declined, back in the nominative: «Российской газете» → «Российская
# газета», «Известиям» → «Известия», «Независимой газете».
_DATIVE_ENDINGS = (
    ("ой газете", "ая газета"),
    ("ей газете", "яя газета"),
    ("ій газеті", "а газета"),
    ("ой правде", "ая правда"),
    ("ій правді", "а правда"),
    ("Известиям", "Известия"),
    ("Ведомостям", "Ведомости"),
)

# Capitalised media words closing a name are the outlet's own style ("Anadolu Agency", "Rossiya
# Segodnya International Information Agency", as the label "Question (Anadolu Agency):" speaks),
# and make the run an outlet.
_STYLE_TAIL = re.compile(
    r"(?:[ \t]+(?:International|Information|News|Press|Agency|Newspaper|Daily|TV|Channel"
    r"|Television|Radio|Station|Broadcaster|Magazine))+$"
)
_TRAILING_JOINERS = re.compile(
    r"(?:[ \t]+(?:della|del|de|di|da|la|le|el|al|du|des|of|the|and|&|y))+$"
)


def _undeclined(name: str) -> str | None:
    """A quoted name after the verb with no media noun, in the nominative, or ``None`` where its
    case form cannot be undone safely."""
    for end, nominative in _DATIVE_ENDINGS:
        if name.endswith(end):
            return name[: -len(end)] + nominative
    if _news_outlet(name) or (len(name) >= 2 and name.isupper()):
        return name
    return None


def _latin_outlet(name: str, described: bool) -> str | None:
    """A Latin name run read as an outlet: with a media noun around it, any capitalised run;
    alone, only a known outlet or an acronym ("RT", "CNN")."""
    name = _TRAILING_JOINERS.sub("", name.strip(" \t.,"))
    # (a country's possessive only says whose outlet it is: "Indonesia’s Kompas newspaper")
    name = re.sub(r"^[A-Z][a-z]+[’']s[ \t]+(?=[A-Z0-9])", "", name)
    if re.match(r"(?:TV|Radio)[ \t]+[A-Z0-9]", name):
        described = True  # "TV BRICS", "Radio Sputnik"
    if _STYLE_TAIL.search(name) and _STYLE_TAIL.sub("", name):
        described = True
    if not name:
        return None
    if described or _news_outlet(name) or re.fullmatch(r"[A-Z0-9][A-Z0-9&\-]{1,7}", name):
        return name
    return None


# A programme's name is no outlet's ("Channel One's Sunday Time programme").
_PROGRAMME = re.compile(r"[ \t]+(?:programme|program|show|podcast|talk[ \t]+show)\b")


def _en_name(m: re.Match[str]) -> str | None:
    if m.group("q"):
        return str(m.group("q")).strip()
    if m.group("l"):
        return _latin_outlet(m.group("l"), described=True)
    if m.group("bq"):
        return _undeclined(str(m.group("bq")).strip())
    if m.group("n"):
        return _latin_outlet(m.group("n"), described=m.group("tail") is not None)
    return None


def _slavic_name(m: re.Match[str]) -> str | None:
    if m.group("q"):
        return str(m.group("q")).strip()
    if m.group("a"):
        return str(m.group("a")).strip()
    if m.group("l"):
        return _latin_outlet(m.group("l"), described=True)
    if m.group("bq"):
        return _undeclined(str(m.group("bq")).strip())
    if m.group("ba") and _news_outlet(m.group("ba").strip()):
        return str(m.group("ba")).strip()
    return None


def header_outlet(preface: str) -> str | None:
    """The one outlet the page's header gives the interview to, or ``None``."""
    if _PRESS_EVENT.search(preface):
        return None
    found: dict[str, str] = {}

    def add(name: str | None) -> None:
        if name:
            found.setdefault(fold(name), name)

    for trigger in (_EN_TRIGGER, _EN_TRIGGER_VIA):
        for m in trigger.finditer(preface):
            hit = _EN_OUTLET.match(preface, m.end())
            if hit is not None and not _PROGRAMME.match(preface, hit.end()):
                add(_en_name(hit))
    for m in _SLAVIC_TOLD.finditer(preface):
        hit = _SLAVIC_OUTLET.match(preface, m.end())
        add(_slavic_name(hit) if hit is not None else None)
    for m in _SLAVIC_INTERVIEW.finditer(preface):
        line_end = preface.find("\n", m.end())
        line_end = len(preface) if line_end < 0 else min(line_end, m.end() + 200)
        for word in re.finditer(r"(?<![\w«\"“„])[\w«\"“„]", preface[m.end() : line_end]):
            hit = _SLAVIC_OUTLET.match(preface, m.end() + word.start(), line_end)
            name = _slavic_name(hit) if hit is not None else None
            if name:
                add(name)
                break
    if len(found) != 1:
        return None
    return next(iter(found.values()))


_PERSON = (
    rf"(?:[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}}"
    rf"|[{UPPER}]{{2,}}(?:[ \t]+[{UPPER}]{{2,}}){{1,2}})(?![{LOWER}{UPPER}])"
)
# A line that signs the page with journalists' names: "By Anna Wlodarczak and Mark Heller", "By
# STEFAN NICULESCU", "Авторы: …", "Беседовала …" (a cue, then one or more names), or two or more
# names on a line of their own ("Анна Кириллова, Павел Егоров", "Роман Романюк, Михайло Ткач —
# Понеділок, 17 лютого 2025, 05:30"), or an authors box ("Авторы" / "Мария Крылова"). Each name is
# checked to be a person's below (a menu's "City News" is none).
_CUE = (
    r"(?:(?:By|BY|by)[ \t]*:?|(?:Авторы|Автори|Автор|Авторка|Текст|Authors?)[ \t]*:?"
    r"|Беседовал[аи]?|Розмовлял[аи]|Розмовляв|Інтерв['’]ю[ \t]+(?:взяв|взяла)"
    r"|Интервью[ \t]+(?:взял|взяла)|Interview[ \t]+by|Interviewed[ \t]+by)"
)
_NAMES = rf"{_PERSON}(?:(?:[ \t]*,|[ \t]+(?:и|і|та|and|&))[ \t]+{_PERSON}){{0,3}}"
_TAIL = r"(?:[ \t]*(?:[—–|,·•]|[ \t]-)[^\n]*)?[ \t]*$"
_SIGNED = re.compile(
    rf"^[ \t]*{_CUE}[ \t]*\n?[ \t]*{_NAMES}{_TAIL}"
    rf"|^[ \t]*{_PERSON}(?:(?:[ \t]*,|[ \t]+(?:и|і|та|and|&))[ \t]+{_PERSON}){{1,3}}{_TAIL}",
    re.MULTILINE,
)
# Over the interview only: one writer's name over the date ("Matt Chorley" / "Tuesday September 16
# 2025"), or two stacked on lines of their own ("Анна Шмидт" / "Валерия Ромашова").
_SIGNED_OVER = re.compile(
    rf"^[ \t]*{_PERSON}[ \t]*\n(?:[ \t]*{_PERSON}[ \t]*$|(?=[^\n]*\d{{4}}))", re.MULTILINE
)
_SIGN_CUE = re.compile(rf"^{_CUE}[ \t]*\n?[ \t]*")


def _office(phrase: str) -> bool:
    """A menu's or an office's words, in any case form: "Выступления Министра"."""
    return any(is_title_token(w) or is_title_token(w[:-1]) for w in phrase.split())


def _signed(regions: Sequence[str], outlet: str, answerers: Sequence[str], text: str) -> bool:
    """Does the page sign itself with a journalist's name, over the interview or under it (an
    authors box)? Then those who wrote it asked, and the byline fallback has named its one writer
    or, with two or more, nobody. The guest's own name (a photo caption, a "Лица:" field) signs
    nothing."""
    surnames = {fold(a.split()[-1]) for a in answerers if a.split()}
    for k, region in enumerate(regions):
        found = list(_SIGNED.finditer(region))
        if k == 0:
            found += _SIGNED_OVER.finditer(region)
        for m in found:
            line = m.group().strip()
            if fold(outlet) in fold(line):
                continue
            # (every name a person's, no menu's "Выступления Министра" / "Пресс-служба")
            bare = re.sub(r"(?:[—–|,·•]|[ \t]-)[^\n]*$", "", line)
            head = _SIGN_CUE.sub("", bare)
            names = re.findall(_PERSON, head)
            if head == bare and (k > 0 or any(n.isupper() for n in names)):
                # (capitals sign only after "By": "UKRAINE WAR" is a section kicker; under the
                # interview only a cue signs: a tag list's "Middle East and North Africa" is none)
                continue
            if (
                names
                and all(_person(n, text) is not None and not _office(n) for n in names)
                and not any(fold(w) in surnames for n in names for w in n.split())
            ):
                return True
    return False


def _bare(turn: Span) -> bool:
    """A turn no one is named for, under a label that names no one (or none)."""
    if turn.attrs.get("speaker") is not None:
        return False
    label = turn.attrs.get("speaker_label")
    return label is None or fold(str(label)).strip(" .:-–—") in _BARE_QUESTION


def fill_outlet_asker(text: str, turns: Sequence[Span]) -> tuple[Span, ...]:
    """``turns`` with the header's one outlet asking where every question is anonymous."""
    questions = [t for t in turns if t.label == "question"]
    if not questions or not all(_bare(t) for t in questions):
        return tuple(turns)
    first = min(t.start for t in turns if t.label in ("question", "answer"))
    outlet = header_outlet(text[:first])
    answerers = [str(t.attrs["speaker"]) for t in turns if t.attrs.get("speaker")]
    tail = text[max(t.end for t in turns) :]
    if outlet is None or _signed((text[:first], tail), outlet, answerers, text):
        return tuple(turns)
    labels = {t.attrs.get("speaker_label") for t in questions}
    out = []
    for t in turns:
        asks = t.label == "question" or (
            # The asker's greeting or thanks under the same label; unlabelled, a short turn
            # after the first question, between an answer and the next (a closing "Спасибо.").
            t.label == "other"
            and _bare(t)
            and t.start > questions[0].start
            and (
                (
                    t.attrs.get("speaker_label") is not None
                    and t.attrs.get("speaker_label") in labels
                )
                or (
                    t.attrs.get("speaker_label") is None
                    and None in labels
                    and len(text[t.start : t.end].split()) <= 12
                )
            )
        )
        if asks and _bare(t):
            t = dataclasses.replace(t, attrs={**t.attrs, "speaker": outlet})
        out.append(t)
    return tuple(out)
