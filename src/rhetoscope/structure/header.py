"""The header and the people it names: the first lines above the first label, who they say
interviews, answers, speaks or writes (English, Russian and Ukrainian leads and closing lines),
and the name words and case helpers those readers share.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from collections.abc import Iterator, Sequence

from rhetoscope.datewords import EN_MONTH_ABBREVIATIONS, EN_MONTH_NAMES, EN_WEEKDAY_ABBREVIATIONS
from rhetoscope.structure import regex as re  # re with a cache for per-name patterns
from rhetoscope.structure.furniture import _BREADCRUMB
from rhetoscope.structure.labels import _LINE_LABEL, _dated_long_headline, _headline_rest
from rhetoscope.structure.metadata import find_date
from rhetoscope.structure.speakers import (
    FLEETING_VOWEL,
    INSTITUTION_ACRONYMS,
    INTERVIEWER_HINTS,
    LETTER,
    LOWER,
    NATIONALITY,
    OFFICE_HEADS,
    PARTICLES,
    UPPER,
    LabelKind,
    Name,
    _news_outlet,
    classify_label,
    dative_given,
    dative_surname,
    dative_to_nominative,
    first_line,
    fold,
    genitive_to_nominative,
    is_title_token,
    name_from_phrase,
    parse_name,
)

_HEADER_PERSON = re.compile(
    r"\b(?P<kind>interview(?:ed)?\s+(?:with|by|of)|interview(?:\s+was)?\s+conducted\s+by|"
    # A magazine's caption credit: "Interview and photographs by Niamh O'Callaghan." (she asks).
    r"interview\s+(?:and|&)\s+(?:photographs|photos|photography|pictures)\s+by|"
    r"in conversation with|"
    # A stand-in on a Sunday show: "Presented this week by Gillian Hartwell." (she asks).
    # A podcast's show notes: "Hosted and produced by Fenella Whitcombe-Ansah." (she asks).
    r"(?:presented|hosted|anchored)(?:\s+(?:this|last)\s+week|\s+and\s+produced)?\s+by|"
    # The BBC's transcript cover: "INTERVIEW: DANIEL ASHWORTH MP, HOME SECRETARY" (a line of its
    # own; "Putin interview: Tucker Carlson asks …" names no interviewee).
    r"(?<![^\n])interview:|"
    r"conversation with|Q&A with|answers?\s+by|remarks\s+(?:by|of)|statement\s+by|speech\s+by|"
    # mfa.am / mid.ru: "Remarks and answers to the questions of mass media representatives by
    # Foreign Minister Armen Hovsepyan during the joint press conference with …".
    r"(?:remarks|statement|speech)\s+and\s+answers\s+to\s+(?:[\w\-]+\s+){0,7}?by|"
    r"address\s+by|article\s+by|op-ed\s+by|essay\s+by|press\s+conference\s+(?:by|of|with)|"
    # (a briefing "of" an office: "Weekly Press Briefing of the Spokesperson of the Ministry …,
    # Dinara Kassymova" — only before "the", its holder read from the line, see below)
    r"(?:press\s+)?briefing\s+(?:by|of(?=\s+the\s))|(?:press\s+)?gaggle\s+by|"
    r"(?:background\s+)?(?:press\s+)?call\s+by|"
    r"media\s+availability\s+(?:by|with)|stakeout\s+(?:by|with)|town\s+hall\s+with|"
    # The EU Council's and NATO's arrival remarks: "Doorstep by President António Costa ahead of
    # the European Council" (he speaks first, then answers).
    r"doorstep\s+(?:by|with)|"
    r"questions?\s+(?:by|from)|talks?\s+to|speaks?\s+to|spoke\s+(?:to|with)|talked\s+(?:to|with)|"
    r"speaking\s+to|talking\s+to|"
    r"interviews|sits\s+down\s+with|sat\s+down\s+with|"
    # A podcast's episode note: "host Teodora Vasile is joined by Karim al-Haddad" (the guest).
    r"(?:is|are)\s+joined\s+by|"
    r"grills|(?:videotaped\s+)?deposition\s+of|testimony\s+of|(?:cross-)?examination\s+of)"
    # One line break at most: "Interviews" (a menu crumb) over a blank line names no one.
    r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    # A double office joined by a slash stays in the phrase: the EEAS's "Press remarks by High
    # Representative/Vice-President Henrik Valtonen" (the first office is kept, see below).
    rf"(?P<phrase>(?:(?:[{UPPER}][{LETTER}.'’\-]*(?:/[{UPPER}][{LETTER}.'’\-]*)?"
    r"|of|de|van|von|der|den|af)[ \t]+){0,7}"
    # (an Arabic surname behind its lower-case particle: "Karim al-Haddad")
    rf"(?:[{UPPER}][{LETTER}.'’\-]*|(?<=[ \t])(?:al|el)-[{UPPER}][{LETTER}'’\-]*))",
    re.IGNORECASE,
)
# "Full transcript of Mark Davenport's rally speech", "Text of President Biden's remarks": the
# transcript of a named person's speech (a possessive, up to three words before the kind).
_POSSESSIVE_SPEECH = re.compile(
    r"\b(?i:transcript|text)[ \t]+of[ \t]+"
    rf"(?P<phrase>(?:[{UPPER}][{LETTER}.'’\-]*[ \t]+){{0,3}}[{UPPER}][{LETTER}'’\-]*)['’]s?[ \t]+"
    r"(?:[\w\-]+[ \t]+){0,3}?(?i:speech|remarks|address|statement)\b"
)
# president.gov.ua: "The President … gave an interview to journalist Mette Lauridsen for DR":
# the one the interview was given to asks.
_INTERVIEW_GIVEN_TO = re.compile(
    # Akorda's "gave an extensive interview to Darkhan Kydyrali": one adjective may come first.
    r"\b(?:gave|given|granted|gives|give)[ \t]+(?:an?[ \t]+)?(?:[a-z]+[ \t]+)?"
    r"interview[ \t]+to[ \t]+"
    r"(?:(?:the[ \t]+)?(?:[a-z]+[ \t]+)?(?:journalist|reporter|correspondent|host|presenter|"
    r"anchor|editor)[ \t]+)?"
    rf"(?P<phrase>[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})"
    # en.kremlin.ru: "… gave an interview to Ritika Malhotra and Arvind Nair of …": two askers.
    rf"(?:,?[ \t]+(?:and|&)[ \t]+"
    rf"(?P<phrase2>[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}}))?"
)
# MONTSAME: "Minister of Foreign Affairs of Mongolia B.Enkhjargal gave an interview to
# MONTSAME": the subject of "gave an interview" answers. Only the name right before the verb
# (initials and a surname, glued or spaced, or a given name and a surname): the office before
# it is no part of it.
# A podcast episode's title closing on its guest in brackets: "… (with Dr. Maya Ortiz)",
# "… (feat. Omar Haddad)" — a courtesy title at most, then a full name, the line's end.
_EPISODE_GUEST = re.compile(
    r"\((?:with|feat\.|featuring|ft\.)[ \t]+"
    rf"(?P<phrase>(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?[ \t]+)?"
    rf"[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}]\.)?[ \t]+[{UPPER}][{LOWER}'’\-]+)\)[ \t]*$",
    re.MULTILINE,
)
_GAVE_INTERVIEW = re.compile(
    rf"(?<![{LETTER}.])(?P<phrase>(?:[{UPPER}]\.[ \t]?){{1,2}}[{UPPER}][{LOWER}'’\-]+"
    rf"|[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})[ \t]+"
    r"(?:has[ \t]+)?(?:gave|given|granted|gives)[ \t]+(?:an?[ \t]+)?(?:[a-z]+[ \t]+)?"
    r"interview\b"
)
# ... and the one it was granted by answers (the name closing the office: "granted by the
# Minister of Foreign Affairs of the Republic of Cuba, Rolando Pérez Carbonell, to …").
_GRANTED_BY = re.compile(
    r"\b(?i:interview)[ \t]+granted[ \t]+by[^\n]{0,160}?(?<=[ \t])"
    rf"(?P<phrase>[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}}),?[ \t]+to\b"
)


def _in_host_interview(header: str, g: str, sur: str) -> bool:
    """Does the header write the pair only as the journalist whose interview a headline
    reports from: "… in Beth Rigby interview", "… in an interview with …" aside (that one
    names whom)?"""
    full = rf"(?<![{LETTER}]){re.escape(g)}[ \t]+{re.escape(sur)}(?![{LETTER}])"
    found = list(re.finditer(full, header))
    return bool(found) and all(
        re.search(
            r"\b(?:in|during)[ \t]+(?:an?[ \t]+)?$", header[max(0, m.start() - 12) : m.start()]
        )
        and re.match(
            r"[ \t]+(?i:interview)(?![\w-])(?![ \t]+(?i:with|by|of|to|for)\b)", header[m.end() :]
        )
        for m in found
    )


_ANSWERS_TO = re.compile(r"\b(?:answers?|responses?|replies)\s+to\s+[^\n]{0,40}$", re.IGNORECASE)
# "TIME spoke with …", "CBS News talked to …": an outlet (see _media_outlet) as the subject asks.
_OUTLET_SUBJECT = re.compile(
    r"(?:^|\n|\.[ \t])[ \t]*"
    r"(?P<outlet>(?:[Tt]he[ \t]+)?[A-Z][\w&.'’\-]*(?:[ \t]+[A-Z][\w&.'’\-]*){0,2})[ \t]+$"
)
# "Tucker Carlson interviews Viktor Orbán", "Jake Tapper asks …": the name before the verb asks.
_HEADER_ASKER = re.compile(
    # (a double-barrelled surname's second part is capitalised: "Krishnan Guru-Murthy speaks to")
    rf"\b(?P<phrase>[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}'’\-]+(?:-[{UPPER}][{LOWER}]+)?)"
    rf"(?<!['’]s)[ \t]+"
    r"(?P<verb>interviews|asks|questions|grills|sits\s+down\s+with|talks\s+to|speaks\s+(?:to|with)"
    # A think tank's lead: "GMF's Anna Kowalczyk put the same questions to two analysts".
    r"|is\s+joined\s+by|(?:puts|put)\s+(?:(?:the|these|her|his|our|some|a|few|same)\s+){0,3}"
    r"questions\s+to)\b"
)
# The person a header's subject speaks to, by full name, then a comma and a lowercase post:
# "… speaks to Rachel Whitfield, chief executive of Water UK", or the post as a firm's acronym:
# "… speaks to Henrik Dahl, CEO of Danish … group Nordpak".
# A government office may follow, capitalised: "… speaks to Dame Angela Eagle, Minister for
# Border Security and Asylum" (its first word an office: checked by the caller).
_PERSON_POSTED = re.compile(
    # (a surname may capitalise inside: "Pat McFadden", "Alia Guru-Murthy")
    rf"[ \t]+(?P<name>[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+"
    rf"(?:[{UPPER}][{LOWER}'’\-]+)?){{1,2}}),[ \t]+"
    # (the body may carry its article: "…, chair of the County Councils Network")
    r"(?:(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:[a-z]{3,}[ \t]+){0,2}(?:of|at|for)[ \t]+"
    r"(?:the[ \t]+)?[A-Z]"
    r"|C[EFOT]O[ \t]+(?:of|at)[ \t]+\w"
    r"|(?P<office>[A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+(?:of|for)[ \t]+[A-Z]"
    # (or a whole office closing the caption's line: "… speaks to Angela Rayner, Deputy Prime
    # Minister")
    r"|(?P<office_alone>[A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+){1,2}[ \t]*(?=\n|\Z))"
)
# ... or the post first, then the name in apposition: "Sabra Lane speaks with its chief
# executive, Tessa Brandt." (the lead's earlier sentence names the body: "its").
_POSTED_PERSON = re.compile(
    r"[ \t]+(?:its|their|the|his|her)[ \t]+(?:[a-z]{3,}(?:['’]s)?[ \t]+){0,3}[a-z]{3,},[ \t]+"
    rf"(?P<name>[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})(?=[ \t]*(?:[.,;]|$))"
)
# "Defense Minister Yaşar Güler answered Daily Sabah's questions": the subject answers.
_HEADER_OWN_STATEMENT = re.compile(
    rf"(?P<phrase>(?:[{UPPER}][{LETTER}.\-]*[ \t]+){{1,5}}[{UPPER}][{LETTER}\-]+)['’]s[ \t]+"
    r"(?:opening[ \t]+)?(?P<kind>statement|remarks|speech|address)\b"
)
_HEADER_ANSWERER = re.compile(
    rf"(?P<phrase>(?:[{UPPER}][{LETTER}'’\-]*[ \t]+){{1,5}}[{UPPER}][{LETTER}'’\-]+)[ \t]+"
    r"(?:answered|answers|responded[ \t]+to|replied[ \t]+to)[ \t]"
)
# A ministry's headline, the answerer's post and name between "Answers of" and the questions:
# "Answers of the Press Secretary of the Ministry of Foreign Affairs of Belarus Anatoly Glaz to
# media questions", "Comments of the Spokesperson Jane Doe on media requests": he answers.
_HEADER_ANSWERS_OF = re.compile(
    r"\b(?i:answers|replies|responses|comments?)[ \t]+(?:of|from)[ \t]+[^\n]{0,120}?"
    rf"(?P<phrase>(?:[{UPPER}][{LETTER}'’\-]*[ \t]+){{1,5}}[{UPPER}][{LETTER}'’\-]+)[ \t]+"
    r"(?:to|on)[ \t]+(?:[\w’'\-]+[ \t]+){0,3}?(?i:questions?|queries|inquiries|requests)\b"
)
_HEADER_PERSON_RU = re.compile(
    # (mid.ru's excerpt: "Из ответов на вопросы СМИ в ходе брифинга … М.В.Захаровой", read as
    # "Ответы")
    r"(?P<kind>Интервью|Ответы|Из[ \t]+ответов|Выступление|Заявление|Статья|Брифинг"
    r"|Пресс-конференция|Речь|"
    r"Беседовал[аи]?|Вопросы задавал[аи]?|Інтерв['’]ю|Відповіді|Виступ|Заява|Брифінг"
    # A regional administration's video address: "Звернення начальника Сумської ОВА Олександра
    # Гребенюка щодо …", "Обращение губернатора … Ивана Петрова".
    r"|Звернення|Обращение)"
    # Kommersant's byline "Интервью взял Дмитрий Козлов" names who asks, not whom
    # (_RU_CONDUCTED reads it).
    r"(?![а-яёіїєґ])(?![ \t]+(?:взял|записал|брал|взяв|записав|брав|вела|вел|вів)[аи]?"
    r"(?![а-яёіїєґ]))[^\n]{0,160}?"
    r"(?P<phrase>(?:[А-ЯЁІЄ]\.[ \t]?){1,2}[А-ЯЁІЄ][а-яёіїєґ'’\-]+|"
    # "Выступление Министра … Дмитрия Николаевича Ковалёва": the patronymic is skipped.
    # (a double given name hyphened, each part capitalised: "Касым-Жомарта Токаева")
    r"[А-ЯЁІЄ][а-яёіїєґ'’]+(?:-[А-ЯЁІЄ][а-яёіїєґ'’]+)?[ \t]+"
    r"(?:[А-ЯЁІЄ][а-яёіїєґ'’]+(?:вича|вны|ича|ичны|івни|ївни)[ \t]+)?"
    # "Мирослава Коваля": a soft-stem surname's genitive (Коваль) too.
    # "Тараса Оліфіренка": a Ukrainian -енко surname's genitive too.
    # "Олександра Гребенюка", "Андрія Кравчука": a Ukrainian -юк/-ук/-ик/-як surname's too.
    # "Андрія Мельника-Заболотного": a double surname, each part capitalised.
    r"[А-ЯЁІЄ](?:[а-яёіїєґ'’\-]|(?<=-)[А-ЯЁІЄ])+"
    r"(?:ова|ева|ёва|ина|ына|[еє]нка|ого|ой|ов|ев|ёв|ин|[^л]ля|[юуиія]ка)"
    # "Интервью председателя правления банка … Олега Дьяченко": a Russian -енко/-их surname
    # does not decline, so only the given name's genitive (-а/-я, -ы/-и) shows the case.
    r"|[А-ЯЁІЄ][а-яёіїєґ'’]+[ая][ \t]+[А-ЯЁІЄ][а-яёіїєґ'’\-]+(?:ко|[иы]х|дзе|швили)"
    r"|[А-ЯЁІЄ][а-яёіїєґ'’]+[ыи][ \t]+[А-ЯЁІЄ][а-яёіїєґ'’\-]+(?:ко|[иы]х|дзе|швили|ук|юк|ич))"
    # The surname ends the word in every form: "С ведущим программы «Интервью» Евгением
    # Ракитиным" is no genitive "Евгением Ракитин" (an instrumental, read by _RU_WITH_HOST).
    r"(?![а-яёіїєґ'’\-])"
)
_TELLING_VERB_BEFORE = re.compile(
    r"(?<![а-яёіїєґ])(?:рассказал[аи]?|розповів|розповіла|розповіли)[ \t]+$"
)
_HEADER_DATIVE = re.compile(
    r"(?<![а-яёіїєґ])(?:[Ии]нтервью|[Іі]нтерв['’]ю)[ \t]+"
    r"(?P<given>[А-ЯЁІЄ][а-яёіїєґ'’]+)[ \t]+(?P<sur>[А-ЯЁІЄ][а-яёіїєґ'’\-]+)"
)
_INTERVIEWER_KINDS = (
    "examination by",
    "talk",
    "speak",
    "spoke",
    "interviewed by",
    "interview by",
    "interview conducted by",
    "questions by",
    "беседовал",
    "вопросы задавал",
)
# Kinds that name the one person who put the questions (not "spoke with", which names no role).
_NAMED_ASKER_KINDS = (
    "interviewed by",
    "interview conducted by",
    "questions by",
    "беседовал",
    "вопросы задавал",
)
_STATEMENT_KINDS = (
    "remarks",
    "statement",
    "speech",
    "address",
    "article",
    "op-ed",
    "essay",
    "выступление",
    "заявление",
    "статья",
    "речь",
    "обращение",
    "звернення",
)
# Header kinds whose person speaks first, before any question: the opening statement is theirs.
_BRIEFING_KINDS = (
    "briefing",
    "press briefing",
    "press conference",
    "gaggle",
    "press gaggle",
    "call",
    "press call",
    "media availability",
    "doorstep",
    "брифинг",
    "пресс-конференция",
    "брифінг",
)
_INTERVIEWEE_KINDS = (
    "interviews",
    "deposition of",
    "videotaped deposition of",
    "testimony of",
    "examination of",
    "cross-examination of",
    "sits down with",
    "is joined by",
    "are joined by",
    "grills",
    "interview with",
    "interview of",
    "conversation with",
    "q&a with",
    "answer",
    "press conference",
    "briefing",
    "press briefing",
    "gaggle",
    "press gaggle",
    "call",
    "background",
    "press call",
    "media availability",
    "stakeout",
    "doorstep",
    "town hall",
    "интервью",
    "ответы",
    "брифинг",
    "пресс-конференция",
    "інтерв'ю",
    "інтерв’ю",
    "відповіді",
    "брифінг",
)


_PERSON_PAIR = rf"[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}'’\-]+"
_HEADER_PRESSER = re.compile(
    rf"(?:^|\n)[ \t]*(?P<a>{_PERSON_PAIR})(?:[ \t]+(?:and|&)[ \t]+(?P<b>{_PERSON_PAIR}))?[ \t]+"
    r"(?:[Jj]oint[ \t]+)?(?:[Pp]ress|[Nn]ews)[ \t]+[Cc]onference\b"
)
# The giver of a briefing named in the possessive before it: "Foreign Ministry Spokesperson Mao
# Ning's Regular Press Conference", "Spokesperson Anna Berg's Daily Press Briefing".
_POSSESSIVE_BRIEFING = re.compile(
    rf"(?<![{LETTER}])(?P<phrase>(?:[{UPPER}][{LOWER}]+[ \t]+){{1,2}}[{UPPER}][{LOWER}'’\-]+)"
    r"['’]s[ \t]+(?:(?:[Rr]egular|[Dd]aily|[Ww]eekly|[Jj]oint)[ \t]+)?"
    r"(?:[Pp]ress[ \t]+[Cc]onference|(?:[Pp]ress[ \t]+)?[Bb]riefing)\b"
)
# un.org/sg: "Secretary-General's press encounter on Sudan [as delivered]" — an office's own
# event in the possessive, its holder named on a line of its own below ("Secretary-General
# António Guterres"): that person gives the opening remarks.
_POSSESSIVE_OFFICE_EVENT = re.compile(
    rf"(?m)^[ \t]*(?P<office>[{UPPER}][{LETTER}\-]+(?:[ \t]+[{UPPER}][{LETTER}\-]+){{0,2}})"
    r"['’]s[ \t]+(?:(?:[Rr]egular|[Dd]aily|[Ww]eekly|[Jj]oint)[ \t]+)?"
    r"(?:[Pp]ress[ \t]+(?:[Ee]ncounter|[Cc]onference|[Bb]riefing|[Rr]emarks|[Ss]takeout)"
    r"|[Rr]emarks|[Ss]tatement|[Bb]riefing)\b"
)
# state.gov: "Secretary of State Marco Rubio With Hugh Hewitt of The Hugh Hewitt Show" — the
# person "with" whom an official speaks, on a named show or outlet, is the interviewer.
# A show's two hosts: "… Marco Rubio With Clay Travis and Buck Sexton of The Clay Travis and
# Buck Sexton Show" — both interview (neither alone puts every "QUESTION:").
_HEADER_HOST = re.compile(
    rf"\b[Ww]ith[ \t]+(?P<phrase>[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}'’\-]+)[ \t]+"
    rf"(?:and[ \t]+(?P<phrase2>[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}'’\-]+)[ \t]+)?"
    rf"(?:of|on|from)[ \t]+(?P<outlet>[^\n]{{1,60}})"
)
# A Sunday show's title names its host: "Sen. Rafael Ortega on "Face the Nation with Margaret
# Brennan," April 27, 2025", "… on "Meet the Press with Kristen Welker"" (a quoted title only).
_SHOW_TITLE_HOST = re.compile(
    r"[\"“][A-Z][^\"“”\n]{2,60}?[ \t]+with[ \t]+"
    rf"(?P<phrase>[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}'’\-]+)[,.]?[\"”]"
)
_SHOW_WORD = re.compile(
    r"\b(?:Show|Podcast|Hour|Radio|TV|Television|News|Network|Channel|Times|Post|Journal"
    r"|Magazine|Live)\b"
)


_BROADCASTER = re.compile(r"^(?:[Tt]he[ \t]+)?(?P<acronym>[A-Z]{2,5})\b")


_OUTLET_JOURNALIST = re.compile(
    r"\b(?:[Ww]ith|to|told)[ \t]+"
    r"(?P<owner>(?:[Tt]he[ \t]+)?[A-Z][\w&.\-]*"
    # A channel's number is part of its name: "… spoke to FRANCE 24's Julie Marchand".
    r"(?:[ \t]+(?:(?:of|and|for)[ \t]+)?(?:[A-Z][\w&.\-]*|\d{1,3})){0,3}?)"
    r"(?:['’]s|(?<=s)['’])[ \t]+"
    rf"(?P<phrase>[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}'’\-]+)"
)


# An organisation's unit after its possessive, which is no journalist: "ECFR's Middle East and
# North Africa programme", "Reuters' Moscow bureau".
_OUTLET_UNIT = re.compile(
    r"(?:[ \t]+(?:and|&|[A-Z][\w\-]*)){0,4}[ \t]+(?:programme|program|desk|team|bureau|service"
    r"|department|section|division|unit|project|initiative)\b"
)


@functools.cache
def _country_names() -> frozenset[str]:
    """English and Russian names of countries and territories (CLDR data shipped with Babel,
    which trafilatura's courlan already installs)."""
    from babel import Locale

    names: set[str] = set()
    for lang in ("en", "ru", "uk"):
        names.update(fold(n) for n in Locale(lang).territories.values())
    return frozenset(names)


def _country(owner: str) -> bool:
    words = re.sub(r"^[Tt]he[ \t]+", "", owner)
    return bool(NATIONALITY.match(words)) or fold(words) in _country_names()


def _media_outlet(outlet: str) -> bool:
    """A show or a broadcaster's acronym ("The Hugh Hewitt Show", "CBS Face the Nation"), not a
    country's ("Mark Carney of Canada", "… of the UK" name no outlet)."""
    broadcaster = _BROADCASTER.match(outlet)
    return bool(_SHOW_WORD.search(outlet)) or (
        broadcaster is not None and broadcaster.group("acronym") not in INSTITUTION_ACRONYMS
    )


# A foreign paper's masthead, its own language's article before a capitalised title word:
# "… Marco Rubio With Katrin Bauer of Die Welt", "… of Le Monde", "… of El País" (the whole
# rest of the headline; a country such as "La Réunion" is none).
_FOREIGN_MASTHEAD = re.compile(
    rf"(?:Die|Der|Das|Le|La|Les|El|Il|Lo|Het|De)[ \t]+[{UPPER}][{LOWER}]+"
    rf"(?:[ \t]+(?:[{UPPER}][{LOWER}]+|d[ei]|della|del))?[ \t]*"
)


def _foreign_masthead(outlet: str) -> bool:
    return _FOREIGN_MASTHEAD.fullmatch(outlet) is not None and not _country(outlet)


def _host_outlet(m: re.Match[str]) -> bool:
    """Does a ``_HEADER_HOST`` match name a show, a broadcaster or a masthead after its "of"?"""
    outlet = m.group("outlet")
    # A show named after its host, the host's surname in its title: "… Marco Rubio With Mark
    # Levin of Life, Liberty & Levin" (a place or a body never carries the person's surname).
    surname = m.group("phrase").split()[-1]
    named_after = re.search(
        rf"(?<![{LETTER}]){re.escape(surname)}(?![{LETTER}])", outlet
    ) is not None and not _country(outlet)
    return _media_outlet(outlet) or _foreign_masthead(outlet) or named_after


_JOURNALIST_SUBJECT = re.compile(
    # (a union's or an NGO's blog: "PSI’s communications officer Lena Hoffmann sat down with …")
    r"\b(?i:editor|correspondent|reporter|journalist|host|presenter|anchor|writer|columnist"
    r"|communications[ \t]+officer|press[ \t]+officer)"
    rf"[ \t]+(?P<name>[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})[ \t]+$"
)


# A journalist's post heading the phrase after "interview with": "journalist Eleni Markou".
_JOURNALIST_POST = re.compile(
    r"(?:the[ \t]+)?(?:journalist|reporter|correspondent|presenter|anchor|host|interviewer)"
    rf"[ \t]+[{UPPER}]"
)


_WITH_KINDS = ("interview with", "conversation with", "in conversation with")
# A newsroom post between an outlet's (or its show's) capitalised name and a full name.
_POST_WORD = re.compile(r"(?:host|co-host|anchor|presenter|reporter|correspondent|interviewer)")
# The outlet after the name's comma, closing its line: "…, Sky News Australia".
_NAME_THEN_OUTLET = re.compile(r"[ \t]*,[ \t]*(?P<outlet>[A-Z][^\n,.;:!?]{1,40}?)[ \t]*(?:\n|$)")


def _outlet_post_at(tokens: list[str]) -> int | None:
    """Where a newsroom post word stands between an outlet's name (a possessive's, or a
    broadcaster's) and a full name of two or three capitalised words, else None."""
    for i, tok in enumerate(tokens[:5]):
        if not _POST_WORD.fullmatch(tok):
            continue
        run = tokens[:i]
        name = list(itertools.takewhile(lambda t: t[:1].isupper(), tokens[i + 1 :]))
        if (
            1 <= len(run) <= 4
            and all(t[:1].isupper() for t in run)
            and 2 <= len(name) <= 3
            and (any(re.search(r"['’]s?$", t) for t in run) or _media_outlet(" ".join(run)))
        ):
            return i
        return None
    return None


# A subject's verb that puts them in the interview as the one who speaks: "… spoke in an
# interview with", "said in an exclusive interview with".
_SPOKE_IN_AN = re.compile(
    r"\b(?:spoke|said|told|speaking|saying)[ \t]+in[ \t]+(?:an|a|the)[ \t]+"
    r"(?:exclusive[ \t]+)?$"
)


# An outlet's journalist named by their post after "sat down with", "spoke to": "Maine Morning
# Star reporter Ben Carlisle".
_JOURNALIST_OBJECT = re.compile(
    # (a post with its hyphened tail: "International Affairs editor-in-chief Armen Oganesyan")
    r"(?:[^\n,.;]{0,60}?[ \t])?(?i:reporter|correspondent|journalist|editor(?:-in-chief)?"
    r"|columnist)[ \t]+"
    rf"(?P<name>[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})(?![{LETTER}])"
)


# A medium's common noun written after its title ("… with Egemen Qazaqstan newspaper").
_MEDIA_NOUNS = (
    r"newspaper|daily|weekly|magazine|journal|channel|television|radio|broadcaster|agency"
    r"|portal|website|outlet"
)
_MEDIA_NOUN_AFTER = re.compile(rf"(?:{_MEDIA_NOUNS})s?\b")


_CONDUCTED_BY = re.compile(
    # president.gov.ua's lead: "The interviewer is Gazeta Codzienna's foreign editor Jakub
    # Nowicki." names the one who asks the same way.
    # president.az: "… has been interviewed by Euronews TV channel journalist Clara Ventura".
    # president.gov.ua: "The interview was conducted in Kyiv by Aftonbladet journalist Linnea
    # Strand." (a place between the verb and "by": one or two capitalised words after in/at).
    r"\b(?:(?:conducted|hosted|moderated|led|interviewed)"
    rf"(?:[ \t]+(?:in|at)[ \t]+[{UPPER}][{LOWER}\-]+(?:[ \t]+[{UPPER}][{LOWER}\-]+)?)?[ \t]+by"
    r"|[Tt]he[ \t]+interviewer[ \t]+(?:is|was)"
    # MINREX: "Interview granted by the … Minister …, Rolando Pérez Carbonell, to Prensa Latina
    # journalist Marta Lugo Benítez": the journalist it was granted to asks.
    r"|(?i:interview)[ \t]+granted[ \t]+by[^\n]{0,200}?[ \t]to)"
    r"[ \t]+(?:[\w'’\-]+[ \t]+){0,5}?"
    # ("the newspaper's Editor-in-Chief Darkhan Kydyrali": a post with its hyphened tail)
    r"(?i:correspondent|reporter|journalist|host|presenter|anchor|editor(?:-in-chief)?)"
    # (a hyphenated given name is one word: "Anna-Liisa Virtanen")
    rf"[ \t]+(?P<name>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
    rf"(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})"
)


def _lead_conductor(lead: str) -> Name | None:
    """The one journalist a lead says conducted the interview, by post and full name ("The
    conversation was conducted by the newspaper's Editor-in-Chief Darkhan Kydyrali", "… has
    been interviewed by Euronews TV channel journalist Clara Ventura"); None for none or two."""
    found = {
        n.key: n
        for m in _CONDUCTED_BY.finditer(lead)
        if (n := name_from_phrase(m.group("name"))) is not None and n.has_full_given
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _post_before_name(g: str, s: str, after: str, lead: str) -> bool:
    """Whether the pair "g s" is a post written before a full name rather than a name:

    - "Dean Helen Achebe on labs …" beside "When Helen Achebe arrived …" (the lead writes
      "s" and the word after it without "g"): "Dean Helen" is no one;
    - "Мерка Новодністровська Ірина Гнатюк — про …" beside "міська голова Ірина Гнатюк" (a
      full name the lead writes elsewhere follows the pair): "Мерка Новодністровська" is a post;
    - "Настоятель Покровского храма …": a nominative word before a genitive adjective
      ("-ого", "-его") is no given name and surname, which agree in case.
    """
    if re.fullmatch(r"[А-ЯЁ][а-яё]*[бвгджзклмнпрстфхцчшщьй]", g) and re.search(r"[ое]го$", s):
        return True
    word = rf"[{UPPER}][{LOWER}'’\-]+"
    nxt = re.match(rf"[ \t]+({word})(?:[ \t]+({word}))?", after)
    if nxt is None:
        return False
    rests = [f"{s} {nxt.group(1)}"]
    if nxt.group(2):
        rests.append(f"{nxt.group(1)} {nxt.group(2)}")
    return any(
        len(re.findall(rf"(?<![\w]){re.escape(rest)}(?![\w])", lead))
        > len(re.findall(rf"(?<![\w]){re.escape(g)}[ \t]+{re.escape(rest)}(?![\w])", lead))
        + (rest != rests[0])
        for rest in rests
    )


_GROUP_AFTER = re.compile(
    r"[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,2}[ \t]+(?:and|&)(?:[ \t]+[A-Z][\w\-]*){0,3}[ \t]+"
    r"(?:Media|Press|Journalists|Reporters|Correspondents|Editors|Outlets|Students|Leaders"
    r"|Representatives|Partners|Stakeholders|Investors)\b"
)


_PHRASE_SENTENCE_END = re.compile(r"[a-z]{3,}\.[ \t]+(?=\S)")


def _header_person_matches(header: str) -> Iterator[re.Match[str]]:
    """``_HEADER_PERSON``'s matches; after a menu crumb "Interviews" read as a verb over the
    headline ("Interviews" / "Interview of President … Volodymyr Zelenskyy to …"), the search
    goes on from the crumb's end, so the headline's own "Interview of" is still read."""
    pos = 0
    while (m := _HEADER_PERSON.search(header, pos)) is not None:
        yield m
        crumb = m.group("kind").lower() == "interviews" and "\n" in m.group(0)
        pos = m.end("kind") if crumb else m.end()
        # A phrase run on past its sentence's end hides the next sentence's own kind: "… sat
        # down with the Northern Chronicle. Interview by Hannah Clarke." — the credit is read
        # from the sentence's end (a word's full stop, not an initial's or "Dr."'s).
        stop = _PHRASE_SENTENCE_END.search(m.group("phrase"))
        if not crumb and stop is not None:
            pos = m.start("phrase") + stop.end()


# A single capital initial right before a name: "R " of "R Venkatesh Rao", "K. " of "K.
# Annamalai".
_LEADING_INITIAL = re.compile(r"(?<![\w.'’])([A-Z])(\.?)[ \t]+$")


# A given name right before a name pair, in running text, after an office or its country:
# "Japan Mansour " of "Ambassador to Japan Mansour Adel Al-Otaibi" (a Latin page's; not a
# portfolio's last word, "Minister of Economy and Trade Samir Khoury").
_FIRST_GIVEN_BEFORE = re.compile(r"([A-Z][\w'’]+)[ \t]+([A-Z][a-z]+)[ \t]+$")


# A capitalised word right before a name pair, which no other mixed-case capitalised word
# precedes: "Lim " of "Lim Wei Keat says …", "… CEO Lim Wei Keat speaks …", "… ,” Lim Wei Keat
# told …" (never "Kinta Semiconductor " before a name).
_WORD_BEFORE = re.compile(r"(?:^|(?<=[^\w’'\-]))([A-Z][a-z]+)[ \t]+$")
_MIXED_BEFORE = re.compile(r"[A-Z][a-z][\w’'\-]*[ \t]+$")


def leading_given(name: Name, lead: str) -> Name:
    """A three-word East or Southeast Asian name read as its last two, completed from the lead:
    "Lim Wei Keat says …" / "… CEO Lim Wei Keat speaks to …" / "…,” Lim Wei Keat told …" — the
    same capitalised word, no other name word before it, opens every mention of "Wei Keat" (at
    least two)."""
    if len(name.given) != 1 or name.title is not None or not name.given[0].isalpha():
        return name
    full = (
        rf"(?<![{LETTER}]){re.escape(name.given[0])}[ \t]+{re.escape(name.surname)}(?![{LETTER}])"
    )
    mentions = list(re.finditer(full, lead))
    befores = {
        b.group(1)
        if b is not None and not _MIXED_BEFORE.search(lead, max(0, b.start(1) - 30), b.start(1))
        else None
        for m in mentions
        for b in [_WORD_BEFORE.search(lead, max(0, m.start() - 30), m.start())]
    }
    if len(mentions) < 2 or len(befores) != 1 or None in befores:
        return name
    first = befores.pop() or ""
    if (
        is_title_token(first)
        or fold(first) in _HEADLINE_STOPS
        or fold(first) in NOT_GIVEN
        or _country(first)
        or _office(first)
    ):
        return name
    return Name(given=(first, name.given[0]), surname=name.surname, title=None, caps=name.caps)


def _genitive_word(word: str, header: str) -> str:
    """A header name word in the genitive, in the nominative; a double surname part by part
    ("Мельника-Заболотного" -> "Мельник-Заболотний" on a Ukrainian page, whose adjectival
    surnames end in "-ий", not the Russian "-ый")."""
    parts = word.split("-")
    if len(parts) == 2 and all(p[:1].isupper() and len(p) > 2 for p in parts):
        done = [_genitive_word(p, header) for p in parts]
        if re.search(r"[іїєґ]", header) and parts[1].endswith("ого") and done[1].endswith("ый"):
            done[1] = done[1][:-2] + "ий"
        return "-".join(done)
    return _attested_adjectival(word, header) or genitive_to_nominative(word)


# The rest of a headline line after "by/of the": an office run (capitalised words and the
# small words of a ministry's name), then its holder's name, after a comma or not, ending the
# line: "Briefing by the Official Representative of the Ministry of Foreign Affairs Leyla
# Abdullayeva", "… Briefing of the Spokesperson of the Ministry of Foreign Affairs, Dinara
# Kassymova".
_OFFICE_RUN_HOLDER = re.compile(
    rf"the[ \t]+(?P<run>[{UPPER}][{LETTER}'’\-]*(?:,?[ \t]+(?:[{UPPER}][{LETTER}.'’\-]*"
    rf"|of|the|and|for|on))*)[ \t]*$",
    re.MULTILINE,
)


def _office_run_holder(header: str, at: int) -> Name | None:
    """The holder a headline names right after the office it gives the event by ("Briefing by
    the Official Representative of the Ministry … Leyla Abdullayeva"): the whole rest of the
    line is the office and a full name (no lowercase word but a ministry's "of/the/and")."""
    m = _OFFICE_RUN_HOLDER.match(header, at)
    if m is None or not is_title_token(m.group("run").split()[0].rstrip(",")):
        return None
    named = name_from_phrase(m.group("run"))
    if (
        named is None
        or not named.has_full_given
        or named.title is None
        or is_title_token(named.given[0])
        or is_title_token(named.surname)
    ):
        return None
    return Name(given=named.given, surname=named.surname, title=None, caps=named.caps)


# mid.ru's English headline over a long office: "Interview by Director of the Foreign
# Ministry's Department of European Problems Vladislav Maslennikov to RIA Novosti" — the office
# (capitalised words with a ministry's "of/the/and/for/on" and possessives) runs past the
# phrase's cap; the full name closes it right before "to"/"for" and the outlet.
_OFFICE_RUN_TO_OUTLET = re.compile(
    rf"(?P<office>[{UPPER}][{LETTER}'’\-]*(?:[ \t]+(?:[{UPPER}][{LETTER}.'’\-]*|of|the|and|for|on))"
    r"{0,16}?)"
    rf"[ \t]+(?P<name>[{UPPER}][{LOWER}'’\-]+[ \t]+[{UPPER}][{LOWER}'’\-]+)"
    rf"[ \t]+(?:to|for)[ \t]+[{UPPER}]"
)


def _office_run_to_outlet(header: str, at: int) -> Name | None:
    """The holder a long office ends on before "to <Outlet>" (see ``_OFFICE_RUN_TO_OUTLET``):
    the office opens on a title word and its own line holds it all; the name after it is a
    given name and a surname, neither a title word."""
    m = _OFFICE_RUN_TO_OUTLET.match(header, at)
    if m is None or "\n" in m.group(0) or not is_title_token(m.group("office").split()[0]):
        return None
    given, surname = m.group("name").split()
    if any(is_title_token(t) or fold(t) in NOT_GIVEN for t in (given, surname)):
        return None
    if re.search(r"['’]s$", given):
        return None
    return Name(given=(given,), surname=surname, title=None, caps=False)


def _office_interview_with(header: str, tokens: Sequence[str]) -> list[tuple[str, Name]]:
    """ "Interview of the Vice President with Lydia Marsh": an office after "of the" (title
    words only), then "with" and a full name. The one "with" whom asks; the office's holder,
    when a header line gives the office and a full name ("Vice President JD Vance"), answers
    under the headline's whole office. Empty when the phrase is not so built."""
    if tokens[:1] != ["the"] or "with" not in tokens[2:]:
        return []
    at = tokens.index("with")
    office = tokens[1:at]
    if not all(is_title_token(t) for t in office):
        return []
    run = list(itertools.takewhile(lambda t: t[:1].isupper(), tokens[at + 1 :]))
    if not run or _news_outlet(" ".join(run)) or _media_outlet(" ".join(run)):
        return []  # "Interview of the President with Fox News": an outlet, no one who asks
    asker = name_from_phrase(" ".join(run))
    if asker is None or not asker.has_full_given or is_title_token(asker.given[0]):
        return []
    out: list[tuple[str, Name]] = [("interview by", asker)]
    holder = _office_line_holder(header, tokens[:at])
    if holder is not None and holder.key != asker.key:
        out.append(("interview of", Name(holder.given, holder.surname, " ".join(office), False)))
    return out


def _office_line_holder(header: str, tokens: Sequence[str]) -> Name | None:
    """The holder of an office the headline names without a name ("Press Briefing by the
    Spokesperson on Friday"), when a line of the header gives that office and a full name
    (Pakistan MOFA's "Spokesperson Ambassador Shafqat Ali Khan" under the headline)."""
    if len(tokens) < 2 or fold(tokens[0]) != "the" or not is_title_token(tokens[1]):
        return None
    office = tokens[1]
    found = set()
    for m in re.finditer(
        rf"(?m)^[ \t]*(?i:{re.escape(office)})[ \t]+"
        rf"((?:[{UPPER}][{LETTER}.'’\-]*[ \t]+){{1,5}}[{UPPER}][{LETTER}'’\-]+)[ \t]*$",
        header,
    ):
        named = name_from_phrase(m.group(1))
        if named is not None and named.has_full_given and not is_title_token(named.given[0]):
            found.add(named)
    return found.pop() if len(found) == 1 else None


# Lowercase words between a qualifier and a name that make it no person's trade: a journalist's
# post (the lead's asker, read elsewhere), a collective ("Denver residents") or a medium.
_TRADE_NOT_PERSON = re.compile(
    r"(?:reporter|correspondent|editor|journalist|host|anchor|writer|columnist|presenter"
    r"|interviewer|residents|officials|people|voters|leaders|says|said|tells|told|talks"
    # (a medium's kind: "interviewed by Italian newspaper Il Foglio")
    rf"|{_MEDIA_NOUNS}|network|publication|news|paper|podcast|programme|program|show)s?"
)


# The capitalised words after an office's comma (see ``_header_people``).
_APPOSITIVE_HOLDER = re.compile(
    rf",[ \t]+(?P<phrase>(?:[{UPPER}][{LETTER}.'’\-]*[ \t]+){{1,5}}[{UPPER}][{LETTER}'’\-]*)"
    r"(?=[ \t]*(?:[,.]|$))",
    re.MULTILINE,
)


_SAT_WITH = re.compile(rf"(?P<n>[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})\b")


def _sat_with_writer(header: str, at: int) -> Name | None:
    """The full name right at ``at`` (after "sits down with") when the page's byline below it
    is that name alone on its line ("Conor Gallagher" / "By Conor Gallagher"): the writer."""
    m = _SAT_WITH.match(header, at)
    if m is None or not re.search(
        rf"(?m)^[ \t]*(?:By[ \t]+)?{re.escape(m.group('n'))}[ \t]*$", header[m.end() :]
    ):
        return None
    writer = name_from_phrase(m.group("n"))
    return writer if writer is not None and writer.has_full_given else None


# A pair of hosts as a plural subject right before its verb: "Siblings Jess and Tom Abernathy
# talk to soil scientist …" (two given names under one surname), "Alastair Campbell and Rory
# Stewart speak to …".
_PAIR_TALK = re.compile(
    rf"(?<![{LETTER}'’\-])(?P<a>[{UPPER}][{LOWER}'’\-]+)"
    rf"(?:[ \t]+(?P<asur>[{UPPER}][{LETTER}'’\-]+))?"
    rf"[ \t]+(?:and|&)[ \t]+(?P<b>[{UPPER}][{LOWER}'’\-]+)[ \t]+(?P<bsur>[{UPPER}][{LETTER}'’\-]+)"
    r"[ \t]+(?:talk|speak|chat)[ \t]+(?:to|with)\b"
)


def _pair_talk_hosts(header: str) -> list[Name]:
    """The two people a plural subject names right before "talk to" / "speak to": the hosts
    who ask (see ``_PAIR_TALK``); none where a word of theirs is a title or no given name."""
    out: list[Name] = []
    for m in _PAIR_TALK.finditer(header):
        first, first_surname = m["a"], m["asur"]
        if first_surname and first.lower() in FAMILY_WORDS:
            first, first_surname = first_surname, None  # "Siblings Jess and Tom Abernathy"
        pair = ((first, first_surname or m["bsur"]), (m["b"], m["bsur"]))
        if any(
            fold(g) in NOT_GIVEN or g.lower() in _HEADLINE_STOPS or is_title_token(g)
            for g, _ in pair
        ):
            continue
        out.extend(Name((g,), sur, None, False) for g, sur in pair)
    return out


# A credit field in the byline's place: "Interview: Jonas Kleber" alone on its line, a bare
# mixed-case name, the date's line next ("03/11/2026March 11, 2026").
_CREDIT_RUBRIC = re.compile(
    rf"[ \t]*Interview[ \t]*:[ \t]*[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}}"
    r"[ \t]*\n(?:[ \t]*\n)?[ \t]*\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}"
)


def _own_site_name(header: str, phrase: str) -> bool:
    """``phrase`` is the page's own name, as a line of its top writes it: "In an interview with
    Le Monde, the French foreign minister …" under "Le Monde in English" (an edition's
    masthead, no outlet the readers know by that name)."""
    if len(phrase.split()) < 2:
        return False
    top = [ln.strip() for ln in header.split("\n") if ln.strip()][:3]
    return any(
        re.match(rf"{re.escape(phrase)}(?:[ \t]+in[ \t]+[{UPPER}][{LOWER}]+)?$", ln) is not None
        for ln in top
    )


def _header_people(header: str) -> list[tuple[str, Name]]:
    """(kind, name) for every person the header introduces: "Remarks by President Biden"."""
    out: list[tuple[str, Name]] = []
    for m in _header_person_matches(header):
        phrase = m.group("phrase")
        # "Representative/Vice-President": one office of a double title is enough to name.
        tokens = [t.split("/")[0] for t in phrase.split()]
        appositive = _APPOSITIVE_HOLDER.match(header, m.end("phrase"))
        if (
            appositive is not None
            and any(is_title_token(t) for t in tokens)
            # (an acronym only in a mixed-case phrase: "DANIEL CRESWELL MP, SECRETARY OF …"
            # is a name)
            and all(is_title_token(t) or (t.isupper() and not phrase.isupper()) for t in tokens)
        ):
            # An office alone, then its holder after a comma: OSCE's "press conference by OSCE
            # Chairperson-in-Office, Finnish Foreign Minister Elina Valtonen, following …".
            tokens = appositive.group("phrase").split()
        for i, t in enumerate(tokens[:-1]):
            # "talks to Deputy Foreign Minister Łukasz Żebrowski. Unofficial translation of …":
            # the phrase ran on past its sentence's full stop (a word's, not an initial's or
            # "Dr."'s); the name ends there.
            if re.search(rf"[{LOWER}]{{3,}}\.$", t):
                tokens = [*tokens[:i], t[:-1]]
                break
        # "interview with Hungary's Orban": a possessive is a determiner, not a given name.
        owner = [i for i, t in enumerate(tokens[:-1]) if re.search(r"['’]s$", t)]
        kind = " ".join(m.group("kind").lower().replace(" was ", " ").split())
        if kind.startswith(("interview and ", "interview & ")):
            kind = "interview by"  # "Interview and photographs by …": the credit's writer asks
        if re.search(r"\n[ \t]*By$", m.group("kind")):
            # A headline's last word over the byline ("… faces listeners' questions" / "By
            # Staff Reporter"): the story's writer, not one the questions are put by.
            continue
        if kind == "interview by" and "\n" in m.group("kind"):
            # AP: a headline "… in AP interview" over its byline "By STEFAN NICULESCU": the
            # writer of the story, not one the interview was given by.
            continue
        if kind == "interviews" and re.search(
            r"\n| {2,}|\t", header[m.end("kind") : m.start("phrase")]
        ):
            # a menu's "News / Interviews" over the headline, or "Interviews   Features
            # Listings" in a row of sections set apart by wide gaps: no verb
            continue
        if kind.startswith(("presented", "hosted", "anchored")):
            kind = "interview by"  # "Presented this week by Gillian Hartwell": the host asks
        rubric = kind == "interview:"
        if rubric:
            kind = "interview with"  # "INTERVIEW: DANIEL ASHWORTH MP": the one interviewed
            if _CREDIT_RUBRIC.match(header, header.rfind("\n", 0, m.start()) + 1):
                # DW: "Interview: Jonas Kleber" alone in mixed case right over the date line
                # is the byline's credit field, its writer the one who asked.
                kind = "interview by"
                rubric = False
        post = _JOURNALIST_POST.match(phrase)
        posted_at = _outlet_post_at(tokens) if kind in _WITH_KINDS else None
        if posted_at is not None:
            # "an interview with CTV's Question Period host Vassy Kapelos", "… with Fox News
            # anchor Bret Baier": the outlet or its show, then a newsroom post, then the name —
            # the journalist, named by her post, asks.
            kind = "interview by"
            tokens = tokens[posted_at + 1 :]
            owner = []
        elif kind in _WITH_KINDS and _NAME_THEN_OUTLET.match(header, m.end("phrase")) is not None:
            # A minister's transcript header, the journalist's name then his outlet after a
            # comma: "Television interview with Kieran Gilbert, Sky News Australia" — the
            # outlet's man asks (the page's own holder, named above it, answers).
            outlet = _NAME_THEN_OUTLET.match(header, m.end("phrase"))
            named = outlet.group("outlet") if outlet is not None else ""
            if (
                _media_outlet(named)
                # (a post in capitals after a name is no outlet: "INTERVIEW: YASMIN
                # COLE-HARPER MP, HOME SECRETARY")
                and not named.isupper()
                and not is_title_token(named.split()[0])
            ):
                kind = "interview by"
        if posted_at is None and post is not None and kind in _WITH_KINDS:
            # primeminister.gr: "Prime Minister Nikos Vlachos' interview with journalist Eleni
            # Markou on ERT1": the journalist, named by her post, asks.
            kind = "interview by"
            tokens = tokens[len(post.group(0).split()) - 1 :]
        elif (
            kind == "interview with"
            and len(tokens) >= 4
            and _media_outlet(tokens[0])
            and is_title_token(tokens[1])
            and _SPOKE_IN_AN.search(header, max(0, m.start() - 40), m.start()) is not None
        ):
            # TASS: "Russian Ambassador to Kenya Dmitry Maksimychev spoke in an interview with
            # TASS First Deputy Director General Andrei Vandenko": the one who spoke answers,
            # the outlet's own staff, named by their post there, asks.
            # (the run only: "… Andrei Vandenko for the Ex Officio project" is no "Interview by
            # Minister X to Izvestia", whose "to" names the outlet that asked)
            kind = "interview by"
            tokens = list(itertools.takewhile(lambda t: t[:1].isupper(), tokens[1:]))
        if _GROUP_AFTER.match(header, m.start("phrase")):
            # "Press Conference with Local and International Media": the phrase describes a
            # group of people, coordinated up to a collective noun, never one person.
            continue
        if kind.startswith("question") and _ANSWERS_TO.search(header[: m.start()]):
            kind = "answers by"  # "Answers to media questions by … S.V. Lavrov": he answers
        subject = _OUTLET_SUBJECT.search(header[: m.start()])
        if (
            kind.startswith(("spoke", "speak", "talk"))
            and subject is not None
            and _media_outlet(subject.group("outlet"))
        ):
            kind = "interview with"  # "TIME spoke with President Zelensky": the outlet asks
        elif kind.startswith("sits") and (writer := _sat_with_writer(header, m.start("phrase"))):
            # A print dek: "Minister of State Aoife Brennan sits down with Conor Gallagher to
            # discuss …" over the byline "Conor Gallagher": the page's own writer, the one sat
            # down with, asks (the one who sits down is found as the interview's subject).
            out.append(("interview by", writer))
            continue
        elif kind.startswith(("spoke", "talked", "sat")):
            # "Dennis Bernstein spoke with John Pilger" says nothing of who asks; "our security
            # editor Priya Raman spoke with Tomas Lindqvist" does: the journalist asks. A lead's
            # "Krishnan Guru-Murthy spoke to Dr Imogen Hale" is as silent: the questions decide.
            asker = _JOURNALIST_SUBJECT.search(header[: m.start()])
            if asker is None:
                # The journalist may be the object instead: "State Treasurer Deborah McAllister
                # sat down with Maine Morning Star reporter Ben Carlisle to answer …" — the
                # reporter asks (the one who sat down is found as the interview's subject).
                posted = _JOURNALIST_OBJECT.match(m.group("phrase"))
                journalist = name_from_phrase(posted.group("name")) if posted else None
                # (two met: "… spoke to the FT’s Nordic correspondent Ingrid Solheim and Tom
                # Hadley, the FT’s capital markets editor": neither is the one who asks)
                paired = posted is not None and re.match(
                    rf"[ \t]+(?:and|&)[ \t]+[{UPPER}][{LOWER}]+[ \t]+[{UPPER}]",
                    m.group("phrase")[posted.end("name") :] + header[m.end("phrase") :],
                )
                if journalist is not None and journalist.given and not paired:
                    out.append(("interview by", journalist))
                continue
            journalist = name_from_phrase(asker.group("name"))
            if journalist is None or not journalist.given:
                continue
            out.append(("interview by", journalist))
            kind = "interview with"
        elif kind in ("speak to", "talk to") and re.search(
            # (in the verb's own sentence: "… Iryna Zaitseva and her husband … bring Pryvyd to
            # London. They talk to Hannah Protheroe about exile": the pair answer, she asks)
            r"\S\s+(?:and|&)\s+\S",
            re.split(r"[.!?][\"'”’)]*[ \t]+(?=[A-Z])|\n", header[: m.start()])[-1],
        ):
            kind = "interview with"  # "Alastair Campbell and Rory Stewart speak to X": they ask
        elif kind in ("speak to", "talk to", "speak with", "talk with") and re.search(
            r"(?<![\w’'])(?:[Ww]e|I)[ \t]+(?:\w+[ \t]+)?$",
            header[max(0, m.start() - 20) : m.start()],
        ):
            # "In this month's Member Spotlight, we talk to Carla Whitfield, director of …": the
            # page's own first person asks, the one talked to answers.
            kind = "interview with"
        if owner and all(
            # (a body's own name may join its words by "of": "Port of Aberdeen's Catriona
            # Lindsay" is owned by the port, the name after it)
            t[:1].isupper() or (j > 0 and t in ("of", "the", "and", "&", "for"))
            for j, t in enumerate(tokens[: owner[-1] + 1])
        ):
            possessor = " ".join(tokens[: owner[-1] + 1])
            tokens = tokens[owner[-1] + 1 :]
            # (a wire's rubric over its headline names whom it interviewed, the possessor
            # their institution: "INTERVIEW: BOJ's Nakagawa sees room for …")
            if _media_outlet(re.sub(r"['’]s$", "", possessor)) and not rubric:
                kind = "interview by"  # "interview with CNN's Jake Tapper": the journalist asks
        if kind == "interview of" and (held := _office_interview_with(header, tokens)):
            # whitehouse.gov: "Interview of the Vice President with Lydia Marsh, WTAE" over
            # the line "Vice President JD Vance": the office's holder answers, the one the
            # interview is "with" asks.
            out.extend(held)
            continue
        if (
            kind in ("interview by", "interview of")
            and not {"to", "for"} & set(tokens)
            and (holder := _office_run_to_outlet(header, m.start("phrase"))) is not None
        ):
            # "Interview by Director of the … Department of European Problems Vladislav
            # Maslennikov to RIA Novosti": the office outran the phrase; its holder answers.
            out.append(("interview with", holder))
            continue
        if tokens[:1] == ["the"] and (holder := _office_run_holder(header, m.start("phrase"))):
            # "Briefing by the Official Representative of the Ministry … Leyla Abdullayeva"
            out.append((kind, holder))
            continue
        # Stop at the first lowercase word ("Lavrov to questions").
        kept: list[str] = []
        partner: list[str] = []
        stop = ""
        for i, tok in enumerate(tokens):
            if (
                tok in ("and", "&")
                and len(kept) == 1
                and not is_title_token(kept[0])
                and (office_at := _portfolio_office_at(tokens, i))
            ):
                # A coordinated portfolio before its office: "interviews Water and Sanitation
                # Minister Pemmy Majodina" — the word before "and" is the office's, no name;
                # the office and its holder follow.
                kept = list(itertools.takewhile(lambda t: t[:1].isupper(), tokens[office_at:]))
                break
            if (
                tok[:1].islower()
                and tok not in ("of", "de", "van", "von", "der", "den", "af")
                and not (kept and re.fullmatch(rf"(?:al|el)-[{UPPER}]\S*", tok))
                # An office's remit after "for", between the post and its holder: "Speech by
                # Minister for Foreign Affairs Elina Valtonen at …" (the post alone so far).
                and not (
                    tok == "for"
                    and kept
                    and all(is_title_token(t) for t in kept)
                    and tokens[i + 1 : i + 2] != []
                    and tokens[i + 1][:1].isupper()
                )
            ):
                # A wire headline lowercases the office between a short qualifier and the name:
                # "interview with EU trade chief Ingrid Solberg", "… with U.S. trade
                # representative Jamieson Greer": the office runs on to a two-word name.
                j = i
                while j < len(tokens) and j - i < 4 and tokens[j][:1].islower():
                    if not is_title_token(tokens[j]):
                        break
                    j += 1
                rest = tokens[j:]
                if (
                    j > i
                    and len(kept) <= 2
                    and len(rest) >= 2
                    and all(t[:1].isupper() for t in rest[:2])
                ):
                    kept.extend(t[:1].upper() + t[1:] for t in tokens[i:j])
                    kept.extend(itertools.takewhile(lambda t: t[:1].isupper(), rest))
                    break
                # A place or a firm before a lowercase trade, then the full name: "A conversation
                # with Denver contractor Marisol Ortega", "… with Ohio farmer Dale Pruitt" — the
                # person is the name after the trade (no office, no journalist's post).
                k = i
                while k < len(tokens) and k - i < 2 and re.fullmatch(r"[a-z]{3,}", tokens[k]):
                    k += 1
                named_run = list(itertools.takewhile(lambda t: t[:1].isupper(), tokens[k:]))
                if (
                    j == i
                    and k > i
                    # (German "und" joins two names, no trade: "Anna Vogt und Felix Berger")
                    and tok != "und"
                    and 1 <= len(kept) <= 2
                    and 2 <= len(named_run) <= 3
                    and not any(
                        t in _HEADLINE_STOPS or t in NOT_GIVEN or _TRADE_NOT_PERSON.fullmatch(t)
                        for t in tokens[i:k]
                    )
                    and (trade := name_from_phrase(" ".join(named_run))) is not None
                    and trade.has_full_given
                ):
                    kept = named_run
                    break
                if (
                    rubric
                    and len(kept) == 1
                    and any(
                        is_title_token(t)
                        for t in itertools.takewhile(
                            lambda t: re.fullmatch(r"[a-z]+", t) is not None, tokens[i : i + 3]
                        )
                    )
                ):
                    # A rubric over a headline that names an office, not a person:
                    # "Interview: Mykolaiv water chief on …" — the lone capitalised word is
                    # the office's place or firm, no surname; the lead names the holder.
                    kept = []
                    break
                stop = tok
                if kind == "interview by" and tok in ("to", "for"):
                    kind = "interview with"  # mid.ru: "Interview by Minister X to Izvestia"
                if tok in ("and", "&", "und") and kind.startswith(
                    ("interview by", "interview conducted")
                ):
                    # Spiegel's "Interview Conducted By Anna Vogt and Felix Berger": both ask,
                    # so neither alone speaks for the outlet's label.
                    # (its English pages may keep the German joiner: "… Anna Vogt und Felix
                    # Berger")
                    # (a particle may stand inside the second name: "Konstantin von
                    # Hammerstein")
                    partner = []
                    for k, t in enumerate(tokens[i + 1 :], start=i + 1):
                        if t[:1].isupper() or (
                            t in PARTICLES and k + 1 < len(tokens) and tokens[k + 1][:1].isupper()
                        ):
                            partner.append(t)
                            continue
                        break
                break
            kept.append(tok)
        while kept and kept[-1] in ("of", "de", "van", "von", "der", "den", "af"):
            kept.pop()
        if not kept:
            holder = _office_line_holder(header, tokens)
            if holder is not None:
                out.append((kind, holder))
            continue
        if kind.startswith("interview") and (
            _news_outlet(" ".join(kept)) or _own_site_name(header, " ".join(kept))
        ):
            continue  # "interviewed by Italian Rai News 24 TV channel": a channel, no person
        if kind.startswith("interview") and (
            _MEDIA_NOUN_AFTER.fullmatch(stop.rstrip(".,;:"))
            or (len(kept) == len(tokens) and _MEDIA_NOUN_AFTER.match(header, m.end("phrase") + 1))
        ):
            # akorda.kz: "Tokayev's interview with Egemen Qazaqstan newspaper": the medium's
            # word after the run makes it a title, no person who answers.
            continue
        if kind == "interview by" and owner and _OUTLET_UNIT.match(" " + stop):
            # mid.ru: "interview with Channel One's Sunday Time programme": the capitalised
            # run after the outlet's possessive is its programme's title, no journalist.
            continue
        # "President Trump and ..." / "Lavrov Before Meeting": keep title + up to 3 name words.
        name = name_from_phrase(" ".join(_cut_name_run(kept)))
        if name is not None and any(re.search(r"['’]s$", g) for g in name.given):
            # "Director of the Foreign Ministry's Department …" cut off at the phrase's cap: a
            # possessive is an office's owner, never a given name.
            continue
        if (
            kind == "interview with"
            and name is not None
            and name.has_full_given
            and _dated_own_line(header, name)
        ):
            # Times Radio: "Rachel Reeves … has insisted …, in an interview with Matt Chorley on
            # Times Radio" under the byline "Matt Chorley" / "Tuesday January 27 2026, 1.05pm
            # GMT": the page's own dated writer is the one she spoke with, and he asks.
            kind = "interview by"
        if (
            kind == "interview with"
            and name is not None
            and not name.given
            and name.title is None
            and (
                _byline_outlet_word(header, name.surname)
                # A headline's "Mark Carney's Interview With TIME": a broadcaster's or a
                # magazine's acronym alone after a possessive's interview, in a mixed-case
                # line, is the outlet that asked (an all-caps headline's word may be a name).
                or _outlet_after_possessed_interview(header, m, tokens)
            )
        ):
            # Delfi's English pages: "In an interview with Delfi, he spoke …" under the byline
            # "Rūta Jankauskienė, Delfi": the word a writer's byline signs with is the outlet
            # she asked for, no one who answers (its label asks as her).
            out.append(("outlet", name))
            continue
        if name is not None:
            out.append((kind, name))
            second = name_from_phrase(" ".join(_cut_name_run(partner))) if partner else None
            if name.given and second is not None and second.given:
                out.append((kind, second))
    given_to_bare: set[object] = set()  # "gave an interview to X" with no job word before X
    for m in _INTERVIEW_GIVEN_TO.finditer(header):
        for phrase in filter(None, m.group("phrase", "phrase2")):
            journalist = name_from_phrase(phrase)
            if journalist is None or not journalist.given or is_title_token(journalist.given[0]):
                continue
            out = [(k, n) for k, n in out if n.key != journalist.key]
            out.append(("interview by", journalist))
            if re.search(r"[ \t]to[ \t]+$", header[m.start() : m.start("phrase")]):
                given_to_bare.add(journalist.key)
    for m in _CONDUCTED_BY.finditer(header):
        # "The interview was … conducted by the channel's international affairs correspondent
        # Giulia Ferraro": the journalist the lead names asks ("Correspondent:").
        journalist = name_from_phrase(m.group("name"))
        if journalist is not None and journalist.given:
            # "… gave an interview to Helsingin Sanomat. The interview was conducted by
            # journalist Anna-Liisa Virtanen.": the bare run the interview was given to is then
            # the outlet, no second person who asks.
            out = [
                (k, n)
                for k, n in out
                if n.key != journalist.key and not (k == "interview by" and n.key in given_to_bare)
            ]
            out.append(("interview by", journalist))
    # Every "Given Surname" pair of the header (overlapping: "Leader John Thune" has one).
    pairs = [
        (g, sur)
        for g, sur in (m.groups() for m in _PAIR_AT.finditer(header))
        if not (is_title_token(g) or g.lower() in _HEADLINE_STOPS or g.lower() in NOT_GIVEN)
    ]
    outlets: dict[str, str] = {}  # folded -> as written
    # state.gov: "… Landau With Sarah Mitchell of WBAL Radio's Midday Maryland": the person
    # "with" whom the official speaks, of an outlet, is the host (``_HEADER_HOST``); the show
    # after the station's possessive is no journalist.
    hosted_at = {m.start() for m in _HEADER_HOST.finditer(header) if _host_outlet(m)}
    for m in _OUTLET_JOURNALIST.finditer(header):
        if m.start() in hosted_at:
            continue
        # "Dawn's Baqir Sajjad Syed": a third name word belongs to the journalist too.
        third = re.match(rf"[ \t]+([{UPPER}][{LOWER}'’\-]+)(?![{LETTER}])", header[m.end() :])
        journalist = name_from_phrase(m.group("phrase") + (" " + third.group(1) if third else ""))
        if third and (journalist is None or not journalist.given):
            journalist = name_from_phrase(m.group("phrase"))
            third = None
        possessor = m.group("owner")
        if journalist is None or not journalist.given:
            continue
        if _OUTLET_UNIT.match(header, m.end()):
            continue  # "with ECFR's Middle East and North Africa programme": a unit, no one
        if _media_outlet(possessor) or (
            # "Senate Majority Leader John Thune in an interview with Politico's Dasha Burns":
            # beside another full name, the untitled person owned by a name that is no
            # country's (not "Hungary's Viktor Orban") is the outlet's journalist.
            journalist.title is None
            and any(fold(sur) not in (journalist.key, fold(possessor)) for _, sur in pairs)
            and not _country(possessor)
        ):
            # "… with Fox News' Bret Baier", "… told the BBC's Laura Kuenssberg": a journalist.
            out = [(k, n) for k, n in out if n.key != journalist.key]
            out.append(("interview by", journalist))
            # "In an interview with ThePrint's Arjun Mehta and Priya Nair": both ask, so the
            # outlet's label stays the outlet's.
            end = m.end() + (len(third.group(0)) if third else 0)
            also = re.match(
                rf"[ \t]+(?:and|&)[ \t]+([{UPPER}][{LOWER}'’\-]+[ \t]+[{UPPER}][{LOWER}'’\-]+)"
                rf"(?![{LETTER}])",
                header[end:],
            )
            second = name_from_phrase(also.group(1)) if also else None
            if second is not None and second.given and second.key != journalist.key:
                out.append(("interview by", second))
            bare_outlet = re.sub(r"^[Tt]he[ \t]+", "", possessor)
            outlets[fold(bare_outlet)] = bare_outlet
    if outlets:
        # "Ishaq Dar's interview with Dawn" beside "Dawn's Baqir Sajjad Syed": Dawn is the
        # journalist's outlet, not a person who answers.
        out = [(k, n) for k, n in out if n.given or n.title or n.key not in outlets]
        out.extend(("outlet", Name((), o, None, False)) for o in sorted(outlets.values()))
    for m in _POSSESSIVE_SPEECH.finditer(header):
        # "READ: Full transcript of Mark Davenport's rally speech in Pueblo": the one whose
        # speech the page prints, named in the possessive before it.
        speaker = name_from_phrase(m.group("phrase"))
        if speaker is not None and speaker.given:
            out.append(("speech", speaker))
    for m in _POSSESSIVE_BRIEFING.finditer(header):
        # "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on November 14,
        # 2024": the spokesperson who gives it opens with the announcements.
        giver = name_from_phrase(m.group("phrase"))
        # (an office is no name: GOV.UK's "Health and Social Care Secretary's press conference"
        # names its holder in the summary below)
        if giver is not None and giver.given and not is_title_token(giver.surname):
            out.append(("press conference", giver))
    for m in _POSSESSIVE_OFFICE_EVENT.finditer(header):
        holders = {
            " ".join(line.group(1).split())
            for line in re.finditer(
                rf"(?m)^[ \t]*{re.escape(m.group('office'))}[ \t]+"
                rf"([{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})[ \t]*$",
                header,
            )
        }
        giver = name_from_phrase(holders.pop()) if len(holders) == 1 else None
        if giver is not None and giver.given and not is_title_token(giver.given[0]):
            office = m.group("office")
            out.append(("press conference", Name(giver.given, giver.surname, office, False)))
    for m in _HEADER_PRESSER.finditer(header):
        # "Keir Starmer and Emmanuel Macron Joint Press Conference Transcript" (rev.com): the
        # principals, named before the event.
        for phrase in (m.group("a"), m.group("b")):
            principal = name_from_phrase(phrase) if phrase else None
            if principal is not None and principal.given:
                out.append(("press conference", principal))
    for m in _HEADER_HOST.finditer(header):
        for phrase in (m.group("phrase"), m.group("phrase2")):
            show_host = name_from_phrase(phrase) if phrase else None
            if (
                show_host is not None
                and show_host.given
                and not is_title_token(show_host.given[0])
                and _host_outlet(m)
            ):
                out.append(("interview by", show_host))
    for m in _SHOW_TITLE_HOST.finditer(header):
        show_host = name_from_phrase(m.group("phrase"))
        if show_host is not None and show_host.given and not is_title_token(show_host.given[0]):
            out.append(("interview by", show_host))
    hosted = False
    for m in _HEADER_ASKER.finditer(header):
        name = name_from_phrase(m.group("phrase"))
        # A three-word name before the verb: "Minister for Climate Change Zubaida Hayat Tareen
        # speaks to Dawn" (the pattern's pair is only "Hayat Tareen"): a given name just before
        # it that is no office ("Minister Sergey Lavrov") nor headline word joins it.
        prior = re.search(rf"(?<![{LETTER}])([{UPPER}][{LOWER}]+)[ \t]+$", header[: m.start()])
        if (
            prior is not None
            and name is not None
            and not is_title_token(prior.group(1))
            and prior.group(1).lower() not in _HEADLINE_STOPS
            and prior.group(1).lower() not in NOT_GIVEN
        ):
            three = prior.group(1) + " " + m.group("phrase")
            longer = name_from_phrase(three)
            # (a post such as "Host" before a name is no given name: "Host Sarah Lee talks to
            # Professor Mark Galeotti")
            if (
                longer is not None
                and len(longer.given) == 2
                and _HOST_WORD.search(prior.group(0)) is None
                and _JOURNALIST_SUBJECT.search(f"{prior.group(0)}Ab Cd ") is None
            ):
                name = longer
        if name is not None and name.given:
            # "Host Sarah Lee talks to Professor Mark Galeotti": the host asks, the other answers;
            # "Sergei Lavrov speaks to the BBC": whoever talks to an outlet answers.
            host = _HOST_WORD.search(header[max(0, m.start() - 20) : m.start()]) is not None
            talks = m.group("verb").lower().startswith(("talks", "speaks"))
            if talks and not host and name.title is None and prior is None:
                # gov.pl: "Marta Nowicka talks to Deputy Foreign Minister Łukasz Żebrowski":
                # an untitled subject talking to one whose office the lead gives is the
                # journalist; the office holder answers (as after "Host Sarah Lee talks to").
                obj = re.match(rf"[ \t]+([{UPPER}][{LOWER}]+)\b", header[m.end() :])
                host = (
                    obj is not None
                    and is_title_token(obj.group(1))
                    and obj.group(1).lower() not in _HONORIFICS
                )
                # (the office may follow the state or country it serves, the full name after
                # it: "David Muir speaks with Louisiana Gov. Jeff Landry")
                placed = re.match(
                    rf"[ \t]+[{UPPER}][{LOWER}]+[ \t]+([{UPPER}][{LOWER}]+)\.?[ \t]+"
                    rf"[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}'’\-]+",
                    header[m.end() :],
                )
                host = host or (
                    placed is not None
                    and obj is not None
                    and not is_title_token(obj.group(1))
                    and is_title_token(placed.group(1))
                    and placed.group(1).lower() not in _HONORIFICS
                )
                # A broadcaster's caption: "Cathy Newman speaks to Rachel Whitfield, chief
                # executive of Water UK": a person whose post the apposition gives answers the
                # one who speaks to her (an outlet spoken to is never a name and a post).
                posted = _PERSON_POSTED.match(header, m.end()) or _POSTED_PERSON.match(
                    header, m.end()
                )
                if (
                    posted is not None
                    and (
                        office := posted.groupdict().get("office")
                        or posted.groupdict().get("office_alone")
                    )
                    is not None
                    and (not is_title_token(office) or INTERVIEWER_HINTS.search(office))
                ):
                    # A capitalised run is an office only when it opens on one, and never a
                    # journalist's ("…, Political Editor of …"; "…, Minister for …" is one).
                    posted = None
                if not host and posted is not None and not _media_outlet(posted.group("name")):
                    guest = name_from_phrase(posted.group("name"))
                    host = guest is not None and guest.has_full_given and guest.key != name.key
                # A programme's dek: "Walter Isaacson speaks with historian Miriam
                # Okafor-Lindqvist about her new book." — one whose profession, lowercase,
                # stands before her full name is the guest; who speaks with her asks (as
                # before an office: "… talks to Deputy Foreign Minister …").
                described = _DESCRIBED_GUEST.match(header, m.end())
                # A radio programme's summary that names its guests only by their trade:
                # "Norman Swan speaks to an endocrinologist and a physiotherapist about …" —
                # whoever speaks to them hosts (an outlet is never "an endocrinologist").
                unnamed = _UNNAMED_EXPERTS.match(header, m.end())
                if not host and unnamed is not None:
                    host = INTERVIEWER_HINTS.search(unnamed.group(0)) is None
                if not host and described is not None:
                    guest = name_from_phrase(described.group("name"))
                    host = (
                        guest is not None
                        and guest.has_full_given
                        and guest.key != name.key
                        and not INTERVIEWER_HINTS.search(described.group("post"))
                    )
            if m.group("verb").lower().startswith("sits") and (
                _sat_with_writer(
                    header, m.end() + len(header[m.end() :]) - len(header[m.end() :].lstrip(" \t"))
                )
                # "Governor Josh Shapiro sits down with PBS News Hour's Geoff Bennett": one sat
                # down with as an outlet's journalist (its possessive) is the one who asks.
                or (
                    (journo := _OUTLET_JOURNALIST.match(header, m.end() - 4)) is not None
                    and (
                        _media_outlet(journo.group("owner")) or _news_outlet(journo.group("owner"))
                    )
                )
            ):
                # "Aoife Brennan sits down with Conor Gallagher", the byline's writer: she
                # answers him.
                out.append(("interview with", name))
                continue
            out.append(("interview with" if talks and not host else "interview by", name))
            hosted = hosted or host
    out.extend(("interview by", host) for host in _pair_talk_hosts(header))
    if hosted:
        askers = {n.key for k, n in out if k == "interview by"}
        out = [
            ("interview with", n)
            if k.startswith(("talk", "speak", "spoke")) and n.key not in askers
            else (k, n)
            for k, n in out
        ]
    for m in _EPISODE_GUEST.finditer(header):
        # A podcast episode's title names its guest in closing brackets: "Episode 47: Why Your
        # Sourdough Keeps Failing (with Dr. Maya Ortiz)" — who the host talks with.
        name = name_from_phrase(m.group("phrase"))
        if name is not None and name.has_full_given and not is_title_token(name.given[0]):
            out = [(k, n) for k, n in out if n.key != name.key]
            out.append(("interview with", name))
    for m in [*_GAVE_INTERVIEW.finditer(header), *_GRANTED_BY.finditer(header)]:
        words = m.group("phrase").split()
        if len(words) == 3 and (
            _country(words[0]) or re.search(r"\bof[ \t]+$", header[: m.start("phrase")])
        ):
            # "President of the Republic of Moldova Elena Ciobanu gave an interview": the
            # place closing the office is no given name.
            words = words[1:]
        name = name_from_phrase(" ".join(words))
        if name is not None and name.given and not is_title_token(name.given[0]):
            out = [(k, n) for k, n in out if n.key != name.key]
            out.append(("interview with", name))
    for m in [*_HEADER_ANSWERER.finditer(header), *_HEADER_ANSWERS_OF.finditer(header)]:
        # mid.ru: "Spokeswoman Irina Volkova’s answers to media questions": the possessive's
        # "’s" is no part of her name.
        phrase = re.sub(r"['’]s?$", "", m.group("phrase"))
        words = _cut_name_run(phrase.split())
        if len(words) == 3 and (
            _country(words[0]) or re.search(r"\bof[ \t]+$", header[: m.start("phrase")])
        ):
            # Armenpress: "Deputy Minister of Foreign Affairs of Armenia Vahan Sargsyan answered
            # questions": the place closing the office is no given name (as for "gave an
            # interview" above).
            words = words[1:]
        name = name_from_phrase(" ".join(words))
        if name is not None and name.given:
            out.append(("interview with", name))
    for m in _HEADER_OWN_STATEMENT.finditer(header):
        # mid.ru: "Foreign Minister Alexei Dorofeyev’s statement and answers to media questions
        # during a joint news conference …": his statement opens the page.
        name = name_from_phrase(" ".join(_cut_name_run(m.group("phrase").split())))
        if name is not None and name.given:
            out.append((m.group("kind").lower(), name))
    for m in _HEADER_PERSON_RU.finditer(header):
        if _TELLING_VERB_BEFORE.search(header, m.end("kind"), m.start("phrase")):
            # "… в эфире программы «Интервью» рассказал Ирине Голубевой о …": the pair after a
            # telling verb is the one told (a dative), not the interview's owner (a genitive);
            # _RU_TOLD_HOST reads it as the host.
            continue
        # "Беседовала Анастасия Ростова" names the interviewer in the nominative already.
        nominative = m.group("kind").lower().startswith(("беседовал", "вопросы задавал"))
        # "Брифинг провела официальный представитель МИД России Мария Захарова": the verb of
        # holding it puts its giver in the nominative too (no "Марий Захаров" undone from it).
        nominative = nominative or (
            re.match(
                r"[ \t]+(?:провел[аи]?|провёл|провів|проводит|проводить)(?![а-яёіїєґ])",
                header[m.end("kind") :],
            )
            is not None
        )
        raw = [w for w in re.split(r"(?<=\.)|[ \t]+", m.group("phrase")) if w]
        if len(raw) >= 2 and re.search(r"(?:ого|его|ому|ему)$", raw[0]):
            # An adjective in the genitive is no given name: "Пресс-конференция по итогам
            # заседания Высшего Государственного совета …" names a body, not a person.
            continue
        if (
            not nominative
            and len(raw) == 2
            and re.search(r"ой$", raw[1])
            and not re.search(r"[ыи]$", raw[0])
        ):
            # A woman's surname in the genitive ("-ой") goes with her given name's ("Ольги
            # Соколовой"): "Брифинг … штаба Вооруженных Сил Российской Федерации" pairs a noun
            # with a place's adjective, no person.
            continue
        words = [w if nominative else _genitive_word(w, header) for w in raw]
        if not nominative and len(raw) >= 2 and not raw[0].endswith("."):
            # A given name declines as a given name: "Пресс-конференция Эльвиры Набиуллиной"
            # -> "Эльвира", "Миколи" -> "Микола" (a surname's rules would leave them be).
            words[0] = _genitive_given(raw[0])
        if len(words) == 3 and _patronymic(words[1]):
            words = [words[0], words[2]]  # "Дмитрий Николаевич Ковалёв" → "Дмитрий Ковалёв"
        name = parse_name(words)
        if name is not None:
            kind = m.group("kind").lower()
            out.append(("ответы" if kind.startswith("из") else kind, name))
    for m in _HEADER_DATIVE.finditer(header):
        # "в інтерв'ю Соломії Вітвіцькій", "интервью Дмитрию Киселёву": given to the journalist.
        nominative = dative_to_nominative(m.group("given"), m.group("sur"))
        if nominative is not None:
            given, surname = nominative
            out.append(
                ("interview by", Name(given=(given,), surname=surname, title=None, caps=False))
            )
    for m in _HEADER_POSSESSIVE.finditer(header):
        # "Keir Starmer's speech to Labour Party Conference: full text": the owner gives it (a
        # headline about "Bishop Laun's statement" is only about it).
        words = m.group("phrase").split()
        if len(words) == 3 and (
            _country(words[0]) or re.search(r"\b(?:of|to|in)[ \t]+$", header[: m.start("phrase")])
        ):
            # mid.ru: "Ambassador of Russia to India Denis Alipov's interview with The Hindu
            # newspaper": the place closing the office is no given name (as for "gave an
            # interview" above).
            words = words[1:]
        name = name_from_phrase(" ".join(words))
        if name is None or not name.given:
            continue
        kind = m.group("kind").lower()
        if kind.startswith("interview") and name.title is None:
            given_to = _POSSESSIVE_OUTLET.match(header, m.end())
            if given_to is not None and given_to.group("noun"):
                # akorda.kz: "Head of State Kassym-Jomart Tokayev's interview with Egemen
                # Qazaqstan newspaper": an interview with a paper the medium's noun names is
                # one the owner gives, whether or not the office was parsed with the name.
                out.append(("interview with", name))
                continue
            # "Nick Robinson's interview with Deputy Prime Minister David Lammy": the untitled
            # owner asks the office holder ("Putin's interview with Tucker Carlson" stays open).
            after = header[m.end() : m.end() + 80]
            if re.match(r"[ \t]+with[ \t]", after) and any(
                k == "interview with" and n.title and n.given and n.surname in after for k, n in out
            ):
                out = [(k, n) for k, n in out if n.key != name.key]
                out.append(("interview by", name))
                continue
        if kind.startswith("interview") and name.title is not None:
            # mid.ru: "Deputy Foreign Minister Nikolai Vereshchagin’s interview with Rossiya
            # Segodnya International Information Agency": an office holder's interview with a
            # news outlet is one he gives (the outlet asks; a person after "with" stays open).
            given_to = _POSSESSIVE_OUTLET.match(header, m.end())
            if given_to is not None and (
                _news_outlet(given_to.group("outlet"))
                or _media_outlet(given_to.group("outlet"))
                or given_to.group("noun")
            ):
                out.append(("interview with", name))
                continue
        # A government page's own title: "Prime Minister Gábor Kovács’s speech in Parliament
        # before the start of the day’s agenda" — an office holder's speech and where it was
        # given (a news headline goes on with a verb: "… speech angers Brussels").
        venue = (
            name.title is not None
            and not kind.startswith("interview")
            and re.match(r"[ \t]+(?:in|at|to|before|on|during)[ \t]", header[m.end() :]) is not None
        )
        if _FULL_TEXT.search(header) or venue:
            out.append(("interview with" if kind.startswith("interview") else f"{kind} by", name))
    for m in _RT_HON.finditer(header):
        name = name_from_phrase(m.group("phrase"))
        if name is not None and name.given and _SPEECH_WORD.search(header):
            out.append(("speech by", name))
    quoted = _quote_headline(header) or _dek_appositive(header)
    if quoted is not None:
        out.append(("interview with", quoted))
    if not any(k.startswith(_STATEMENT_KINDS) for k, _ in out):
        out.extend(_speech_headline(header))
    # "In an interview with TOI, he spoke about …": a bare acronym the interview is "with" is
    # the outlet (the paper's own short name), no person who answers; the lead names who does.
    acronym = [
        n
        for k, n in out
        if k == "interview with"
        and n.title is None
        and (
            (not n.given and re.fullmatch(r"[A-Z]{2,5}", n.surname) is not None)
            # The acronym that closes the sentence, read with the next one's opening word:
            # "… said in an interview with TASS. He also spoke about …" (no "Mr He").
            or (len(n.given) == 1 and re.fullmatch(r"[A-Z]{2,5}\.", n.given[0]) is not None)
        )
    ]
    if acronym and all(n in acronym for k, n in out if k.startswith(_INTERVIEWEE_KINDS)):
        out = [(k, n) for k, n in out if n not in acronym]
    if _INTERVIEW_WORD.search(header) and not any(k.startswith(_INTERVIEWEE_KINDS) for k, _ in out):
        # "Interview" + exactly one other person named in the header: that is who answers.
        asking = [n for k, n in out if k.startswith(_INTERVIEWER_KINDS)]
        # A headline's quoted words are the speaker's, no one named: "Western Diplomat: ‘Nobody
        # Will Hand Kosovo a Deadline …’" (Title Case makes "Hand Kosovo" look like a name).
        quoted_spans = [q.span() for q in _QUOTED_HEADLINE.finditer(header)]
        people = {
            (g, sur)
            for rm in _RUN_END_NAME.finditer(header)
            if not any(a <= rm.start() < b for a, b in quoted_spans)
            for g, sur in [_article_pair(header, rm.start(), rm.group(1), rm.group(2))]
            if not (is_title_token(g) or g.lower() in _HEADLINE_STOPS or g.lower() in NOT_GIVEN)
            # An office in the genitive is no given name either: a site's banner "Офіційне
            # інтернет-представництво Президента України" read as "Президент Україна" (the
            # office then resolves to the holder the page names, not to its own words).
            and not (re.search(r"[а-яёіїєґ]", g) and is_title_token(_genitive_given(g)))
            and not any(fold(sur) == a.key for a in asking)
            # A particle capitalised to open a sentence is the surname's, no given name: "Von
            # Roth-Kessler's office asked …" after "Commissioner Annelie von Roth-Kessler" (the
            # pair cut at the hyphen; "Van Morrison", "Al Gore" are given names).
            and not (fold(g) in PARTICLES and header[rm.end() : rm.end() + 1] == "-")
            and g != "By"  # the byline "By Reuters" over the lead names the agency
            # The masthead's name is the outlet's: "He spoke to Novaya Gazeta Europe …" under
            # the page's first line "Novaya Gazeta Europe".
            and not _masthead_tail(header, f"{g} {sur}")
            # An outlet's name atop the page or after its byline's writer is no one
            # interviewed: a first line "Sky News ? [x]", the byline "By Jane Roe, Harbour
            # Times" (in the lead's prose it may be a genitive's tail, left to the lead reader).
            and not _masthead_or_byline_outlet(header, f"{g} {sur}")
            # The one spoken to at a news outlet is its journalist, who asks: "Foreign Minister
            # Jean-Noël Barrot spoke to Mark Hale of Sky News about …".
            and not _spoken_to_at_outlet(header, g, sur)
            # A pair the header only ever writes after "the" is an institution, no person:
            # "Jordan's ambassador to the United Nations in Geneva, Faisal al-Tamimi, …".
            and not _after_article(header, g, sur)
            # An office is no person: "Kosovo Ombudsperson: ‘…’" over "Naim Berisha took over
            # as Kosovo’s Ombudsperson …".
            and sur.lower() not in _OFFICE_NOUNS
            and sur.lower() not in _PLACE_NOUNS
            and not region_pair(g, sur)
            # A pair right before a lowercase office is its modifiers, no person: "Q&A: Visiting
            # Mexican senator on water …" (a person's office follows a comma, if at all).
            and not _office_after(header, rm.end())
            and sur.lower() not in _BODY_NOUNS
            # A wire's rubric or a dateline row is no person: "(Yonhap Interview) Danish envoy
            # …", "All News 09:00 May 14, 2025".
            and sur.lower() not in _RUBRIC_NOUNS
            # A journalist's post under the byline is no person either: "Rachel Kingsley" /
            # "Political Correspondent" / "Wednesday 8 May 2024 06:00 BST".
            and _AUTHOR_POST.fullmatch(sur) is None
            # A date's month is no surname: "Sep 3, 2024 Updated Sep 4, 2024" ("Theresa May"
            # is one, with no day after it).
            and not (
                (sur.lower() in EN_MONTH_NAMES or sur.lower() in EN_MONTH_ABBREVIATIONS)
                and re.match(r"\.?[ \t]+\d", header[rm.end() :])
            )
        }
        # The author's box over the date ("Дарья Полякова" / "Корреспондент НГС" / "12 февраля
        # 2024, 08:00") names who asks, not whom: an interview with an anonymous caller-centre
        # worker has no one else to name.
        authors = {
            (g, sur)
            for g, sur in people
            if _author_box(header, g, sur) or _dated_byline(header, g, sur)
        }
        # A city alone over the date is the page's dateline, no author and no one interviewed:
        # the UN's "New York" / "29 January 2025" (a two-word place whose first word reads as
        # a given name, "New", "San", "Hong").
        # (over the date only: a city under a stamp, "Feb 20, 2025, 7:02am EST" / "San Diego",
        # stays one of the box's names, so a newsletter's "Net Zero" over the stamp is no
        # lone author who asks)
        datelines = {
            (g, sur)
            for g, sur in authors
            if g in PLACE_FIRST_WORDS
            and (under := _lines_under(header, rf"{re.escape(g)}[ \t]+{re.escape(sur)}"))
            and all(_date_line(ln) for ln in under)
        }
        people -= datelines
        authors -= datelines
        # A co-author's name stacked right over the author's box ("Александр Волобуев" /
        # "Ольга Адамчук" / "27 января 2026 г. 00:15", Vedomosti) is a byline too: two
        # authors, so neither is the one who asks.
        authors |= {(g, sur) for g, sur in people if _over_author_line(header, g, sur, authors)}
        people -= authors
        # A broadcast journalist's interview the headline reports from ("Housing minister
        # admits … 'very tough' in Beth Rigby interview"): the journalist asks, whoever admits.
        hosting = {(g, sur) for g, sur in people if _in_host_interview(header, g, sur)}
        people -= hosting
        out.extend(
            ("interview by", Name(given=(g,), surname=sur, title=None, caps=False))
            for g, sur in sorted(hosting)
        )
        # The byline's writer ("By Dalal Al-Shammari" over KUNA's lead) is no one interviewed
        # either; who asks is left to the byline reader (naming), which weighs the lead.
        people = {(g, sur) for g, sur in people if not _by_line(header, g, sur)}
        if len(authors) == 1 and not asking:
            g, sur = authors.pop()
            out.append(("interview by", Name(given=(g,), surname=sur, title=None, caps=False)))
        # A photo caption drops the accents the lead keeps: "Finance Minister Tomas Arriagada
        # speaks during an interview …" / "Chilean Finance Minister Tomás Arriagada spoke with
        # Reuters …" — one person, named as the accented spelling.
        spellings: dict[tuple[str, str], tuple[str, str]] = {}
        for g, sur in sorted(people, key=lambda p: -sum(not c.isascii() for c in p[0] + p[1])):
            spellings.setdefault((_unaccented(g), _unaccented(sur)), (g, sur))
        people = set(spellings.values())
        if len(people) > 1:
            # The lead declines the name the headline writes in the nominative ("Олег
            # Ковальчук: «…»" over "… поспілкувався з … Олегом Ковальчуком"): every pair one
            # person's case form, that person (another name beside them leaves it open).
            forms = {_genitive_pair(*p) for p in people}
            if len(forms) == 1 and forms <= people:
                people = forms
        if len(people) > 1:
            # A photographer credited under the picture is no one interviewed: "Naim Berisha in
            # his office in Pristina. Photo: BIRN/Dritan Kelmendi".
            def credited(g: str, sur: str) -> bool:
                full = rf"(?<![{LETTER}]){re.escape(g)}[ \t]+{re.escape(sur)}(?![{LETTER}])"
                return all(
                    _PHOTO_CREDIT_BEFORE.search(header, max(0, m.start() - 40), m.start())
                    for m in re.finditer(full, header)
                )

            people = {(g, sur) for g, sur in people if not credited(g, sur)} or people
        # A lone credit that closes its caption is a photographer, never the one interviewed:
        # "Jack-up vessel installing monopiles off the Dutch coast. (Photo: Van Oord)".
        people = {(g, sur) for g, sur in people if not _closing_credit(header, g, sur)}
        if len(people) > 1:
            # A company named in the lead is no person: "Exclusive: Northstrand Energy chief
            # says …" / "the chief executive of Northstrand Energy told Reuters" — a capitalised
            # pair that only ever follows "of", "at" or "for" or heads its boss is an
            # organisation.
            def organisation(g: str, sur: str) -> bool:
                full = rf"(?<![{LETTER}]){re.escape(g)}[ \t]+{re.escape(sur)}(?![{LETTER}])"
                return all(
                    re.search(r"\b(?:of|at|for)[ \t]+$", header[max(0, m.start() - 5) : m.start()])
                    or _ORGANISATION_HEAD.match(header, m.end())
                    for m in re.finditer(full, header)
                )

            people = {(g, sur) for g, sur in people if not organisation(g, sur)}
        if len(people) > 1:
            # A headline that puts the word right after one name says whose interview it is:
            # "Sunday with Laura Kuenssberg" / "Yvette Cooper interview" — Cooper answers, the
            # programme's host asks ("Laura Kuenssberg interview with …" names the asker).
            def headlined(g: str, sur: str) -> bool:
                return (
                    re.search(
                        rf"(?<![{LETTER}]){re.escape(g)}[ \t]+{re.escape(sur)}['’]?s?[ \t]+"
                        r"(?i:interview)(?![\w-])(?![ \t]+(?i:with|by|of|to|for)\b)",
                        header,
                    )
                    is not None
                )

            people = {(g, sur) for g, sur in people if headlined(g, sur)} or people
        if len(people) > 1:
            # A site's menu crumbs read as name pairs ("City News", "Text Size", each a line of
            # its own and nowhere else): a person the lead's prose names beats them.
            def crumb(g: str, sur: str) -> bool:
                full = rf"(?<![{LETTER}]){re.escape(g)}[ \t]+{re.escape(sur)}(?![{LETTER}])"
                return all(
                    (len(line.split()) <= 3 and not re.search(r"[.!?…:;,]$", line.strip()))
                    # A share bar run into one line repeats its button's word: "Share this via
                    # Facebook Share this via X Share this via WhatsApp …".
                    or any(
                        len(re.findall(rf"(?<![{LETTER}]){w}(?![{LETTER}])", line)) >= 3
                        for w in (re.escape(g), re.escape(sur))
                    )
                    for line in header.split("\n")
                    if re.search(full, line)
                )

            named = {(g, sur) for g, sur in people if not crumb(g, sur)}
            if named:
                people = named
        if len(people) > 1:
            # A headline that opens a line with a full name, a colon and a quotation gives that
            # person's words ("Raúl Jalil: 'Lithium royalties must stay …'"): theirs is the
            # interview, whoever else the lead names under an office ("President Javier …").
            def quotes_them(g: str, sur: str) -> bool:
                return (
                    re.search(
                        rf"(?m)^[ \t]*{re.escape(g)}[ \t]+{re.escape(sur)}[ \t]*:[ \t]*['‘\"“]",
                        header,
                    )
                    is not None
                )

            people = {(g, sur) for g, sur in people if quotes_them(g, sur)} or people
        lead_named = _lead_interviewee(header, asking) if len(people) > 1 else None
        if lead_named is not None:
            # The lead's own words beat a capitalised pair of page furniture: "Tribune reporter
            # Dana Whitfield interviewed state Sen. Rosa Villanueva" over the breadcrumb
            # "State Government / Water" and "the Senate Water, Agriculture … Committee".
            out.append(("interview with", lead_named))
            people = set()
        if len(people) > 1 and all(re.match(r"[A-Za-z]", sur) for _, sur in people):
            # A news lead names everyone in full once, then its subject by surname alone:
            # "Moldovan President Elena Dobrescu speaks … (AP Photo/Vadim Ghirda)" / "…,
            # Dobrescu, 52, a former World Bank economist, also said …": she answers.
            def alone(g: str, sur: str) -> bool:
                bare = rf"(?<![{LETTER}]){re.escape(sur)}(?![{LETTER}])"
                full = rf"(?<![{LETTER}]){re.escape(g)}[ \t]+{re.escape(sur)}(?![{LETTER}])"
                return len(re.findall(bare, header)) > len(re.findall(full, header))

            people = {(g, sur) for g, sur in people if alone(g, sur)}
        if len(people) == 1:
            as_written = people.pop()
            given, surname = _genitive_pair(*as_written)
            if (given, surname) != as_written and re.search(
                rf"{re.escape(' '.join(as_written))}[ \t]+(?:[а-яёіїєґ\-]+[ \t]+)?"
                r"[а-яёіїєґ]+(?:ла|лась|лася)(?![а-яёіїєґ])",
                header,
            ):
                # A woman the verb after her name agrees with is in the nominative ("Джорджа
                # Мелони ответила …"), however her name ends.
                given, surname = as_written
            if re.fullmatch(
                r"(?:[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+[бвгджзклмнпрстфхцчшщ]у[ \t]?){2}", f"{given} {surname}"
            ):
                # Both words in "-у" are a man's dative ("Олегу Ковальчуку") or an "-а" name's
                # accusative ("Миколу Кушніру"): only the word that governs them tells, so the
                # lead's own reader, which reads it, names the nominative.
                told = [
                    n
                    for k, n in _lead_people_ru(header)
                    if k == "interview with"
                    and len(n.given) == 1
                    and fold(n.surname)[:4] == fold(surname)[:4]
                    and fold(n.given[0])[:3] == fold(given)[:3]
                ]
                if len(told) == 1:
                    given, surname = told[0].given[0], told[0].surname
            givens: tuple[str, ...] = tuple(given.split())  # "Khalid bin Rashid": three words
            # An Indian name's leading initial, written before every mention: "minister R
            # Venkatesh Rao" is "R Venkatesh Rao" ("A"/"I" before a name are words, not initials).
            full = rf"(?<![{LETTER}]){re.escape(given)}[ \t]+{re.escape(surname)}(?![{LETTER}])"
            before = {
                _LEADING_INITIAL.search(header, max(0, m.start() - 4), m.start())
                for m in re.finditer(full, header)
            }
            initials = {(b.group(1), b.group(2)) for b in before if b is not None}
            if None not in before and len(initials) == 1:
                letter, dot = initials.pop()
                if dot or letter not in "AI":
                    givens = (letter + dot, given)
            # An Arabic name's first given name before the pair in every mention: "Kuwait's
            # Ambassador to Japan Mansour Adel Al-Otaibi said …" is "Mansour Adel Al-Otaibi"
            # (a country before the pair is the office's: "President of Kenya William Ruto").
            firsts: set[str | None] = {
                f.group(2)
                if f is not None
                and (
                    is_title_token(f.group(1))
                    or _country(f.group(1))
                    # "Ambassador to South Korea Henrik Bach Sørensen": a two-word country
                    or _country(_word_pair_before(header, f.start()) + f.group(1))
                )
                else None
                for m in re.finditer(full, header)
                for f in [_FIRST_GIVEN_BEFORE.search(header, max(0, m.start() - 40), m.start())]
            }
            if len(givens) == 1 and len(firsts) == 1 and None not in firsts:
                first = firsts.pop() or ""
                if not (
                    is_title_token(first)
                    or fold(first) in _HEADLINE_STOPS
                    or fold(first) in NOT_GIVEN
                    or _country(first)
                ):
                    givens = (first, given)
            out.append(
                ("interview with", Name(given=givens, surname=surname, title=None, caps=False))
            )
    # The site's name atop the page is the outlet, never a person, however a headline uses it:
    # "Al Mayadeen English" / "Venezuelan FM to Al Mayadeen English: …". A dateline's city is no
    # person either: "Обновлено 14 ноября 2024, 10:15" / "Нижний Новгород". Nor is an acronym
    # before a mixed-case word: "DOJ Surrenders: 3D Print Gun Files Are Protected …".
    # A caption's full Russian name reads as its last pair: "На фото: глава Кировского района
    # Сергей Владимирович Пахомов" is Сергей Пахомов, not "Владимирович Пахомов".
    out = _patronymic_mended(out, header)
    return [
        (k, n)
        for k, n in out
        # (the outlet that owns a journalist is the masthead's own name: "UN News" atop the
        # page and "… sat down with UN News' Daniela Restrepo" in the lead)
        if k == "outlet"
        or (
            (
                n.title is not None
                or not _masthead_tail(header, n.display())
                or _declined_below_masthead(header, n)
            )
            and not _place_name(n)
            and not _acronym_pair(n)
            # "Background Press Call by Senior Administration Officials Previewing …": a
            # post's head word is never a given name or a surname.
            and not any(w.lower() in ("official", "officials") for w in n.display().split())
        )
    ]


def _office_after(header: str, at: int) -> bool:
    """Does a lowercase office noun follow ``at`` ("… Mexican senator", "… Kenyan minister")?"""
    word = re.match(r"[ \t]+([a-z]+)\b", header[at : at + 40])
    return word is not None and word.group(1) in _OFFICE_NOUNS


def _after_article(header: str, given: str, surname: str) -> bool:
    """Does the header write "Given Surname" only right after a lowercase "the" ("to the United
    Nations", "the Senate Water, Agriculture … Committee")? A person takes no article. A title
    in quotation marks that opens with "The" is a programme's or a paper's name too: "an
    interview broadcast on Northern Talk Radio's "The Evening Brief", 9 October"."""
    full = rf"(?<![{LETTER}]){re.escape(given)}[ \t]+{re.escape(surname)}(?![{LETTER}])"
    found = list(re.finditer(full, header))
    return bool(found) and all(
        re.search(
            r"(?:(?<![\w’'])the|[\"“«‘]The)[ \t]+$", header[max(0, m.start() - 6) : m.start()]
        )
        # (or the tail of a longer name the article opens, no office inside it: a caption's
        # "at the Palo Alto Baylands", never "the Finance Minister Ana Reyes")
        or (
            (run := _ARTICLE_RUN.search(header, max(0, m.start() - 60), m.start())) is not None
            and not any(is_title_token(w) for w in run.group(1).split())
        )
        for m in found
    )


# The capitalised words between a lowercase "the" and a pair: "the Palo " before "Alto Baylands".
_ARTICLE_RUN = re.compile(rf"(?<![\w’'])the[ \t]+((?:[{UPPER}][{LOWER}]+[ \t]+){{1,2}})$")


def _acronym_pair(name: Name) -> bool:
    """An agency's acronym read as a given name: "DOJ Surrenders", "NATO Summit" (three
    capitals or more, before a surname that is not in capitals; "JD Vance" keeps its two)."""
    return (
        len(name.given) == 1
        and len(name.given[0]) >= 3
        and name.given[0].isupper()
        and not name.surname.isupper()
    )


# A Russian or Ukrainian town read as a name pair: an adjective where the given name would stand
# ("Нижний", "Старый", "Кривой"), or a town's ending on the second word ("Новгород", "Белгород",
# "Мариуполь", "Оренбург").
_PLACE_GIVEN = re.compile(r"(?:ый|ой|[бвгджзклмнпрстфхцчшщ]ний)$")
_PLACE_SURNAME = re.compile(r"(?:город|град|поль|бург)$")


def _place_name(name: Name) -> bool:
    """A Cyrillic pair that names a town, not a person (see _PLACE_GIVEN)."""
    return len(name.given) == 1 and (
        _PLACE_GIVEN.search(name.given[0]) is not None
        or _PLACE_SURNAME.search(name.surname) is not None
    )


# Endings only a genitive (or animate accusative) Ukrainian or Russian surname has: "Савчука",
# "Оліфіренка", "Зеленського", "Коваля" (a nominative "-ова"/"-ина" is a woman's, so not these).
_GENITIVE_SURNAME = re.compile(r"(?:[юуиія]ка|[еє]нка|[сц]ького|[сц]кого|[^л]ля)$")


# A journalist's post on the line under the byline's name: "Корреспондент НГС", "Оглядачка
# ZN.UA", "Обозреватель отдела политики", "Staff reporter".
_AUTHOR_POST = re.compile(
    r"[ \t]*(?:(?:Специальный|Спеціальний|Власний|Собственный|Старший|Staff|Senior)[ \t]+)?"
    # An English desk's beat before the post: "Political Correspondent", "Chief Health Editor".
    r"(?:(?-i:[A-Z][a-z]+)[ \t]+){0,2}"
    r"(?:Корреспондент\w*|Кореспондент\w*|Журналист\w*|Журналіст\w*|Обозреватель\w*"
    r"|Оглядач\w*|Редактор\w*|Reporter|Correspondent|Journalist|Editor)(?![\w-])",
    re.IGNORECASE,
)


# A date line and nothing else: "February 26, 2025", "26 Feb 2025", "Feb. 26, 2025 10:15 AM".
_BARE_DATE = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?[ \t]+)?"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+\d{4})"
    r"(?:[ \t]*[,|·•–—-]?[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4})?)?"
)


def _over_author_line(header: str, given: str, surname: str, authors: set[tuple[str, str]]) -> bool:
    """Is the name only ever a line of its own right over another author box's name line (no
    blank line between)? The stacked bylines of a two-author article."""
    full = rf"^[ \t]*{re.escape(given)}[ \t]+{re.escape(surname)}[ \t]*\n([^\n]*)$"
    below = [m.group(1).strip() for m in re.finditer(full, header, re.MULTILINE)]
    named = re.findall(
        rf"(?<![{LETTER}]){re.escape(given)}[ \t]+{re.escape(surname)}(?![{LETTER}])", header
    )
    lines = {f"{g} {sur}" for g, sur in authors}
    return bool(below) and len(below) == len(named) and all(b in lines for b in below)


def _author_box(header: str, given: str, surname: str) -> bool:
    """Is the name only ever a line of its own over a journalist's post (the author's box)?"""
    full = rf"^[ \t]*{re.escape(given)}[ \t]+{re.escape(surname)}[ \t]*\n(?:[ \t]*\n)?(.*)$"
    boxes = [m.group(1) for m in re.finditer(full, header, re.MULTILINE)]
    named = re.findall(
        rf"(?<![{LETTER}]){re.escape(given)}[ \t]+{re.escape(surname)}(?![{LETTER}])", header
    )
    # A magazine's author line sits over the bare date instead: "Isabel Fuentes" / "February 26,
    # 2025" (Mother Jones).
    return (
        bool(boxes)
        and len(boxes) == len(named)
        and all(
            _AUTHOR_POST.match(b) or (len(b.split()) <= 6 and _BARE_DATE.fullmatch(b.strip()))
            for b in boxes
        )
    )


_NEWSROOM_WORDS = frozenset(
    {"staff", "desk", "team", "reporters", "editors", "bureau", "newsroom", "writers", "wire"}
)


def _lines_under(header: str, pair: str) -> list[str]:
    """The line under each line that holds the name ``pair`` (a pattern) alone, a blank line
    between them or not."""
    return re.findall(rf"^[ \t]*{pair}[ \t]*\n(?:[ \t]*\n)?(.*)$", header, re.MULTILINE)


def _dated_byline(header: str, given: str, surname: str) -> bool:
    """Is the name only ever a line of its own right over or under the publication date, the
    byline as Vedomosti sets it under the dek ("Анна Лосева" / "14 марта 2024, 06:00") or Vgolos
    under its dateline ("Львів, 5 червня 2023" / "Оксана Дмитрук")? Only on a page that calls
    itself an interview, beside someone else it names (see the caller)."""
    if surname.lower() in _NEWSROOM_WORDS:
        return False  # the desk's byline, no person: "Nation Team", "Metro Desk"
    pair = rf"{re.escape(given)}[ \t]+{re.escape(surname)}"
    named = re.findall(rf"(?<![{LETTER}]){pair}(?![{LETTER}])", header)
    below = _lines_under(header, pair)
    above = re.findall(rf"^(.*)\n(?:[ \t]*\n)?[ \t]*{pair}[ \t]*$", header, re.MULTILINE)
    return bool(named) and any(
        len(lines) == len(named) and all(_date_line(ln) for ln in lines) for lines in (below, above)
    )


def _by_line(header: str, given: str, surname: str) -> bool:
    """Is the name only ever the byline's, a line of its own after "By" (KUNA: "By Dalal
    Al-Shammari" over "TOKYO, Jan 20 (KUNA) -- Kuwait's Ambassador … said")? The writer asks."""
    pair = rf"{re.escape(given)}[ \t]+{re.escape(surname)}"
    named = re.findall(rf"(?<![{LETTER}]){pair}(?![{LETTER}])", header)
    # (a university news office's "Words by Liam Okoro", a magazine's "Story by …", "Text by …")
    # The byline may go on with its writer's outlet or post: "By Jane Roe, Harbour Times",
    # "By Jane Roe | Staff Writer"; without its "By" only an outlet or a journalist's post
    # makes the line a byline ("Jane Roe, Harbour Times"; "Jane Roe, harbour master" answers).
    lines = [
        m
        for m in re.finditer(
            # (a Cyrillic credit field too: "Автор: Анна Белова", "Авторка: Марина Гончар",
            # "Текст — Марта Гнатюк")
            rf"(?m)^[ \t]*(?P<by>(?:(?:Words|Story|Text)[ \t]+by|By)[ \t]+"
            r"|(?:Автор(?:ка)?|Текст)[ \t]*[:—–][ \t]*)?"
            rf"{pair}"
            r"(?:[ \t]*[,|–—][ \t]*(?P<tail>[^\n]{1,60}?))?[ \t]*$",
            header,
        )
        if _byline_tail(m.group("tail"), bool(m.group("by")))
    ]
    return bool(named) and len(lines) == len(named)


def _outlet_after_possessed_interview(header: str, m: re.Match[str], tokens: list[str]) -> bool:
    """A headline's "Mark Carney's Interview With TIME": a broadcaster's or a magazine's acronym
    alone after a possessive's "interview with", in a mixed-case line, is the outlet that asked
    (in an all-caps headline the word may be anyone's name)."""
    line_start = header.rfind("\n", 0, m.start()) + 1
    line_end = header.find("\n", m.start())
    line = header[line_start : line_end if line_end >= 0 else len(header)]
    return (
        len(tokens) == 1
        and _media_outlet(tokens[0])
        and re.search(rf"[{LETTER}]['’]s?[ \t]+$", header[line_start : m.start()]) is not None
        and not line.isupper()
    )


def _byline_outlet_word(header: str, word: str) -> bool:
    """Is ``word`` the outlet a byline line signs with after its writer's full name and a comma
    ("Rūta Jankauskienė, Delfi"), a line of its own?"""
    name = rf"[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}'’\-]+"
    return (
        re.search(rf"(?m)^[ \t]*(?:By[ \t]+)?{name},[ \t]*{re.escape(word)}[ \t]*$", header)
        is not None
    )


def _masthead_or_byline_outlet(header: str, pair: str) -> bool:
    """Is ``pair`` an outlet's name ("Harbour Times", "Sky News") written on the header's first
    line ("Sky News ? [x]", "Harbour Times | Local news") or after a byline's writer ("By Jane
    Roe, Harbour Times", "Jane Roe | Sky News reporter")?"""
    if re.search(
        rf"(?m)^[ \t]*By[ \t]+[^\n,]{{3,40}},[ \t]*(?:an?|the)[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?"
        rf"{_WRITER_POST.pattern}[ \t]+(?:at|for|with)[ \t]+(?:the[ \t]+)?"
        rf"{re.escape(pair)}\.?[ \t]*$",
        header,
    ):
        # The one the byline's sentence says the writer works for ("By Paula Ortega, a
        # contributing writer for Arctic Review."), whatever outlet it is.
        return True
    if not _news_outlet(pair) or re.search(r"[а-яёіїєґ]", pair):
        # (a Cyrillic page's masthead, "Радіо Свобода", is left in: with it gone the lead's
        # genitive "Тетяни Коваленко" would be the lone pair, which the lead reader names)
        return False
    at = rf"(?<![{LETTER}]){re.escape(pair)}(?![{LETTER}])"
    if re.search(at, first_line(header)):
        return True
    return (
        re.search(
            rf"(?m)^[ \t]*(?:By[ \t]+[^\n]*|[^\n,|–—]{{3,40}}[ \t]*[,|–—][ \t]*){at}",
            header,
        )
        is not None
    )


_WRITER_POST = re.compile(
    r"(?:(?:Staff|Senior|Contributing|Special|Chief)[ \t]+)?(?i:writer|reporter|correspondent"
    r"|journalist|editor|columnist)s?",
)


_APPOSED_POST = re.compile(
    rf"(?:an?|the)[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?{_WRITER_POST.pattern}"
    r"(?:[ \t]+(?:at|for|with|of)[ \t]+[^\n.!?;:]{1,40})?\.?"
)


def _byline_tail(tail: str | None, by: bool) -> bool:
    """Does what follows a name on its byline line name the writer's outlet or post ("Harbour
    Times", "Staff Writer", "Nikkei staff writer")? After "By", any short tail with no
    sentence mark does; a line with no "By" needs the outlet's or the post's own words."""
    if tail is None:
        return by
    tail = tail.strip()
    if by and len(tail.split()) <= 6 and not re.search(r"[.!?…:;]$", tail):
        return True
    if by and _APPOSED_POST.fullmatch(tail):
        # A magazine's byline runs on as a sentence that gives the writer's post: "By Elise
        # Harnett, a staff writer at Foreign Policy." (the full stop closes the byline).
        return True
    return (
        _news_outlet(tail)
        or _AUTHOR_POST.fullmatch(tail) is not None
        or re.search(rf"(?:^|[ \t]){_WRITER_POST.pattern}$", tail) is not None
    )


def _dated_own_line(header: str, name: Name) -> bool:
    """Is the full name a line of its own right over or under a date line somewhere in the
    header (the byline "Matt Chorley" / "Tuesday January 27 2026, 1.05pm GMT")?"""
    pair = rf"{re.escape(' '.join(name.given))}[ \t]+{re.escape(name.surname)}"
    below = _lines_under(header, pair)
    above = re.findall(rf"^(.*)\n(?:[ \t]*\n)?[ \t]*{pair}[ \t]*$", header, re.MULTILINE)
    return any(_date_line(ln) for ln in (*below, *above))


def _date_line(line: str) -> bool:
    """Is the line the publication date alone ("14 марта 2024, 06:00", "12.03.2024 10:15")?"""
    return (
        len(line.split()) <= 6
        and not re.search(r"[.!?…][\"”»]?[ \t]*$", line)
        and find_date(line) is not None
    )


def _genitive_pair(given: str, surname: str) -> tuple[str, str]:
    """A Cyrillic pair the lead's running prose names in the genitive ("… «Цензор.НЕТ» розпитав
    командира батальйону … Дмитра Савчука, позивний …") in the nominative ("Дмитро Савчук"),
    when the surname's ending shows the case; any other pair as it is."""
    if re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:ою|ією|ом|ем|єм)", given) and len(given) > 4:
        # The instrumental after "поговорили з юристкою …, яка допомагає …, Ганною Ткач"
        # (ZMINA): "Ганна Ткач"; a surname in the instrumental too ("Олегом Синєгубовим").
        inflected = re.search(r"(?:им|ым|ом|ем|єм|ою|ею)$", surname) is not None
        return _nominative(given), _nominative(surname) if inflected else surname
    if (
        re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:ы|ии|ьи|ії|[гкх]и)", given)
        and len(given) > 3
        and re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+[бвгджзклмнпрстфхцчшщ]", surname)
    ):
        # A woman's consonant-final surname does not decline, her given name does: "… мы
        # узнали у Ирины Шевчук, которая руководит театром" is Ирина Шевчук (no nominative
        # given name ends so).
        return _genitive_given(given), surname
    if (
        re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+[бвгджзклмнпрстфхцчшщ]і", given)
        and len(given) > 4
        and re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+[бвгджзклмнпрстфхцчшщ]", surname)
    ):
        # A Ukrainian woman's given name in the dative ("Укрінформ поставив запитання Світлані
        # Гринчук"): no nominative given name ends in a consonant and "-і", and her
        # consonant-final surname does not decline (a man's would read "-у").
        return dative_given(given), surname
    if re.fullmatch(
        r"(?:[А-ЯЁІЇЄҐ][а-яёіїєґ'’]{2,}[бвгджзклмнпрстфхцчшщ]і[ \t]?){2}", f"{given} {surname}"
    ):
        # Both words of the "-а" declension in the Ukrainian dative ("поставив запитання
        # Миколі Кушнірі" -> Микола Кушніра): no nominative name ends in a consonant and "-і".
        return dative_given(given), dative_surname(surname)
    if (
        re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+[бвгджзклмнпрстфхцчшщ][ую]", given)
        and len(given) > 4
        and re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+[бвгджзклмнпрстфхцчшщ]", surname)
    ):
        # A woman's "-а" given name in the accusative ("Ми запитали … Світлану Гринчук"): her
        # consonant-final surname does not decline (a man's dative "Олегу" would bring
        # "Ковальчуку" with it).
        return given[:-1] + ("а" if given.endswith("у") else "я"), surname
    if (
        re.fullmatch(
            r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:[іе]я|[аеиоу][рл]я|[бвгджзклмнпрстфхцчшщ]а)", given
        )
        and len(given) > 4
        and re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]{2,}[бвгджзклмнпрстфхцчшщ][иы]", surname)
    ):
        # A man's genitive given name beside his "-а" declension surname in the genitive
        # ("Інтерв'ю Міністра … Андрія Сибіги" is Андрій Сибіга): no nominative surname
        # ends in a hard consonant and "-и"/"-ы" after a genitive "-я"/"-а" given name; a soft
        # stem's too ("ведущего Игоря Гмызы" is Игорь Гмыза: the surname in the given name's
        # case).
        return _genitive_given(given), surname[:-1] + "а"
    if not re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+", surname) or not _GENITIVE_SURNAME.search(
        surname.lower()
    ):
        return given, surname
    return _genitive_given(given), genitive_to_nominative(surname)


def _unaccented(word: str) -> str:
    """The word without the accents on its Latin letters ("Tomás" → "Tomas")."""
    # The breve stays: Cyrillic "й" is a letter of its own, not an accented "и".
    decomposed = unicodedata.normalize("NFD", word)
    kept = (c for c in decomposed if not unicodedata.combining(c) or c == "\u0306")
    return "".join(kept).casefold()


_ORGANISATION_HEAD = re.compile(
    r"['’]?[ \t]+(?:chief|boss|CEO|chairman|chairwoman|shares|spokesperson|spokesman|spokeswoman"
    r"|executives?|officials?)\b"
)
_HEADER_POSSESSIVE = re.compile(
    # (a hyphenated given name whole: "Kassym-Jomart Tokayev's interview")
    rf"(?<![{LETTER}\-])(?P<phrase>(?:[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?[ \t]+){{1,2}}"
    rf"[{UPPER}][{LOWER}'’\-]+)"
    r"['’]s[ \t]+"
    r"(?i:(?:full[ \t]+|keynote[ \t]+|victory[ \t]+|conference[ \t]+)?"
    r"(?P<kind>speech|remarks|statement|address|op-ed|article|interview))\b"
)
# What follows "X’s interview": "with" an outlet's capitalised name, perhaps with its medium's
# lowercase noun ("with Izvestia newspaper", "with the Tucker Carlson Network").
_POSSESSIVE_OUTLET = re.compile(
    r"[ \t]+(?:with|to)[ \t]+(?:the[ \t]+)?"
    rf"(?P<outlet>[{UPPER}][{LETTER}.'’&\-]*(?:[ \t]+[{UPPER}][{LETTER}.'’&\-]*){{0,5}})"
    r"(?:[ \t]+(?P<noun>newspaper|magazine|news[ \t]+agency|agency|TV[ \t]+channel|channel"
    r"|radio(?:[ \t]+station)?|television|broadcaster|daily|weekly)\b)?"
)
_FULL_TEXT = re.compile(
    r"\b(?:full text|in full|full transcript|transcript|verbatim|as delivered|as prepared)\b", re.I
)
_RT_HON = re.compile(
    rf"\bRt\.?[ \t]+Hon\.?[ \t]+(?P<phrase>(?:[{UPPER}][{LETTER}'’\-]*\.?[ \t]*){{2,8}})"
)
_SPEECH_WORD = re.compile(r"\b(?:speech|remarks|statement|address|lecture)\b", re.IGNORECASE)


# A site's section trail of two crumbs: up to three words, a spaced separator, up to three more.
_SHORT_CRUMB = re.compile(
    r"[^\s:]+(?:[ \t]+[^\s:›»>/|]+){0,2}[ \t]+[›»>/|][ \t]+[^\s:]+(?:[ \t]+[^\s:]+){0,2}"
)


# A photo credit's opening, right before the photographer's name: "Photo: BIRN/", "(Photo by ".
_PHOTO_CREDIT_BEFORE = re.compile(
    # (or a wire photo's copyright sign: "© Sergei Bobylev/TASS" under the lead)
    r"(?:\b(?:Photo(?:graph)?|Image|Foto|Credit)(?:[ \t]+by)?[ \t]*:?|©)[ \t]*"
    r"(?:[\w.\-]+[ \t]*/[ \t]*)?$"
    # (a Cyrillic credit only with the agency before the photographer: "Фото: Укрінформ /
    # Іван Петренко" under the writer's name)
    r"|\b(?:Фото|Світлина)[ \t]*:[ \t]*[\w.\-]+[ \t]*/[ \t]*$",
    re.IGNORECASE,
)
# The nouns that make a capitalised pair an office, not a person: "Kosovo Ombudsperson".
_OFFICE_NOUNS = frozenset({*OFFICE_HEADS, "ombudsperson", "ombudsman", "ombudswoman"})
# A geographic feature's noun ends a place's name, never a person's: "A senior European diplomat
# on the Black Sea grain talks" names a sea, not a Mr Sea ("Persian Gulf", "Korean Peninsula").
_PLACE_NOUNS = frozenset(
    {"sea", "ocean", "gulf", "strait", "straits", "peninsula", "mountains", "islands", "river"}
    # (premises too: "milk 200 cows at Glanrhyd Hall Farm" names no Mr Farm)
    | {"farm", "estate", "street", "road"}
    # (and a city's squares and avenues: "a diplomat on life inside Smolenskaya Square")
    | {"square", "avenue", "boulevard", "embankment"}
)

# An organisation's noun ends its name, never a person's: the masthead "Kuwait News Agency
# (KUNA)" names no Mr Agency ("Petroleum Corporation", "Investment Authority").
_BODY_NOUNS = frozenset(
    {"agency", "ministry", "corporation", "authority", "company", "commission", "organisation"}
    | {"organization", "institute", "association", "foundation", "council"}
    # (a photo credit's "Will Kirk / Johns Hopkins University" names no Mr University)
    | {"university", "college"}
    # (a dek's "A Friedman School nutrition scientist argues …" names no Mr School)
    | {"school"}
    # (an operator's "Metro Railway Kolkata" names no Mr Railway)
    | {"railway", "railways"}
)
_RUBRIC_NOUNS = frozenset({"interview", "news"})
# A news page's author and date line under its headline: "Роман Романюк — Понеділок, 16 лютого
# 2026, 05:30" (a full name, a dash, the date and clock).
_AUTHOR_DATE_LINE = re.compile(
    rf"[{UPPER}][{LOWER}'’ʼ]+[ \t]+[{UPPER}][{LOWER}'’ʼ-]+[ \t]+[—–-][ \t]+[^\n]{{6,60}}"
)
# A radio or television page's rubric before its headline's colon, a verb to play or read:
# "LISTEN BACK:", "WATCH:", "LISTEN AGAIN:".
_MEDIA_RUBRIC = frozenset({"listen", "watch", "replay", "rewatch"})

# (curly quotes, or a scraped headline's straight ones: "\"We're Being Asked to Do Things We
# Were Never Built For\"")
# (a magazine's headline line in straight single quotes too: "'Every Flood Map Is Already Out of
# Date'", an apostrophe allowed inside)
_QUOTED_HEADLINE = re.compile(
    r"[‘“][^‘’“”\n]{3,200}[’”]|^[ \t]*\"[^\"\n]{3,200}\"[ \t]*$|^[ \t]*'[^\n]{3,200}'[ \t]*$", re.M
)


def _dek_appositive(header: str) -> Name | None:
    """The interviewee a dek names between commas before "on" and the topics, where the page
    names them again (a caption's or bio box's "Al-Mansoori at the terminal")."""
    found = [m for m in _DEK_APPOSITIVE.finditer(header)]
    if len(found) != 1:
        return None
    words = found[0].group("name").split()
    if is_title_token(words[0]) or words[0].lower() in NOT_GIVEN:
        return None
    rest = header[: found[0].start()] + header[found[0].end() :]
    if not re.search(rf"(?<![{LETTER}]){re.escape(words[-1])}(?![{LETTER}])", rest):
        return None
    return Name(given=(words[0],), surname=" ".join(words[1:]), title=None, caps=False)


def _quote_headline(header: str) -> Name | None:
    """The interviewee of a quote headline: "Pedro Sánchez: 'Europe cannot depend on anyone'"."""
    quote_first = {m.groups() for m in _QUOTE_FIRST.finditer(header)}
    if len(quote_first) == 1:
        given, surname = quote_first.pop()
        if not (is_title_token(given) or given.lower() in NOT_GIVEN):
            return Name(given=(given,), surname=surname, title=None, caps=False)
    # The headline is the first line, or the first below the site's name and breadcrumb trail
    # ("Українська правда" / "Головна › Публікації › Інтерв'ю" / "Наталія Бойко: Якщо …").
    first = ""
    menu_row = ""
    for n, ln in enumerate(ln for ln in header.split("\n") if ln.strip()):
        first = ln
        # The site's name atop the page, a few words closing no sentence: "Le Monde in English"
        # / "International" / "Subscribers only" / "Defense minister Hélène Ferrand: '…'".
        masthead = n == 0 and len(ln.split()) <= 5 and re.search(r"[:.?!…]", ln) is None
        # The author and date line above the headline ("Олена Мартиненко — Вівторок, 11
        # листопада 2025, 05:30") is the page's too.
        dated = len(ln.split()) <= 10 and find_date(ln) is not None
        # A two-crumb trail ("Дзеркало тижня › Освіта", "Головна / Здоров'я") is one too.
        crumb = _SHORT_CRUMB.fullmatch(ln.strip()) is not None
        short = len(ln.split()) <= 3 and ":" not in ln
        # (a section menu flattened into one line: "Бизнес   Финансы   Экономика   …")
        menu = not menu_row and _menu_row(ln)
        menu_row = ln if menu else menu_row
        if not (_BREADCRUMB.search(ln) or short or dated or crumb or masthead or menu):
            break
    if menu_row:
        # Below a menu the headline's label is taken only as a bare "Given Surname" the lead
        # writes again ("Игорь Сорокин: «…»" over "… гендиректор УМК Игорь Сорокин
        # рассказал"); a post before the name ("Хормейстер Вера Орлова: …") is read elsewhere.
        label = _LINE_LABEL.match(first)
        pair = label.group("name").split() if label is not None else []
        again = len(pair) == 2 and bool(
            re.search(
                rf"(?<![{LETTER}]){re.escape(pair[0])}[ \t]+{re.escape(pair[1])}(?![{LETTER}])",
                header.replace(first, "", 1),
            )
        )
        # … or the headline stands right over the page's own author-and-date line ("Олексій
        # Соболев: "…"" / "Роман Романюк — Понеділок, 16 лютого 2026, 05:30"): the story's
        # headline, no teaser in a list.
        below = header.split(first, 1)[1].lstrip("\n").split("\n", 1)[0] if pair else ""
        again = again or (
            len(pair) == 2
            and _AUTHOR_DATE_LINE.fullmatch(below.strip()) is not None
            and find_date(below) is not None
        )
        if not again:
            first = menu_row
    m = _LINE_LABEL.match(first)
    info = classify_label(m.group("name")) if m is not None else None
    if m is None or info is None or info.name is None or not info.name.has_full_given:
        # The Straits Times' (and Indian papers') order, the claim first and the person after
        # the colon: "Heat, not sea walls, is the climate threat Singapore underrates: Amy Koh"
        # over "Senior Minister of State Dr Amy Koh says …" (the header names them again).
        last = _NAME_LAST.fullmatch(first.strip())
        if last is not None and not (
            is_title_token(last.group(1)) or last.group(1).lower() in NOT_GIVEN
        ):
            rest = header.replace(first, "", 1)
            if re.search(rf"(?<!\w){re.escape(last.group(2))}(?!\w)", rest):
                return Name(given=(last.group(1),), surname=last.group(2), title=None, caps=False)
    # (a longer headline, 15 to 24 words, when its byline and date line stand right below it:
    # Ukrainska Pravda's "Михайло Федоров: Ми будуємо армію, в якій …" / "Роман Романюк, Севгіль
    # Мусаєва — Понеділок, 17 листопада 2025, 05:30", as the label reader takes it)
    if m is None or not (
        _headline_rest(first[m.end() :])
        or _dated_long_headline(header, header.find(first) + len(first), first[m.end() :])
    ):
        return None
    if info is None or info.name is None:
        quoted = re.match(r"[ \t]*[\"“«‘']", first[m.end() :]) is not None
        return _post_and_name(m.group("name"), header.replace(first, "", 1), quoted)
    if not info.name.has_full_given or info.role:
        return None
    # An office is no person's name: "Kosovo Ombudsperson: ‘Minorities Are Not a Bargaining
    # Chip’" heads the interview with the holder the lead names.
    if info.name.surname.lower() in _OFFICE_NOUNS:
        return None
    # A broadcaster's media rubric is no name either: "LISTEN BACK: Council roads chief takes
    # your calls …", "WATCH: …" (an imperative to play the clip the page carries).
    if fold(" ".join([*info.name.given, info.name.surname])).split()[0] in _MEDIA_RUBRIC:
        return None
    # A description is no name either: "Western Diplomat: ‘Nobody Will Hand Kosovo …’" over
    # "A senior Western diplomat in Pristina tells BIRN …" — the dek writes the last word as
    # the common noun it is, and never as a name.
    rest = header.replace(first, "", 1)
    surname = info.name.surname
    if (
        re.search(rf"(?<![\w-]){re.escape(surname.lower())}(?![\w-])", rest)
        and re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", rest) is None
    ):
        return None
    # A column's rubric is no name either: "Member Spotlight: Ten Years of Local Broadband …"
    # over "In this month's Member Spotlight, we talk to …" — the lead writes it only after a
    # determiner, which a person's name never takes.
    if info.name.given and _rubric_pair(rest, info.name.given[-1], surname):
        return None
    # Nor one the page never names again, its first word a common noun there: "Grantee
    # Spotlight: Measuring the air Lagos breathes" over "For this edition of our grantee
    # series, … spoke with Dr. Amara Nwosu-Kalu" (a person's headline name, "Will Ochieng:
    # …", comes back in the lead by surname).
    if (
        len(info.name.given) == 1
        and _common_noun(info.name.given[0], rest)
        and re.search(rf"(?<![{LETTER}]){re.escape(surname)}(?![{LETTER}])", rest) is None
    ):
        return None
    # Nor a post's genitive read as the given name: "Замглавы Минсельхоза Разин: …" over a lead
    # that names "… заместитель министра … Андрей Разин" — the pair never comes back, and the
    # page writes one other capitalised given name before the same surname: that is his.
    if len(info.name.given) == 1 and (
        re.search(
            rf"(?<![{LETTER}]){re.escape(info.name.given[0])}[ \t]+{re.escape(surname)}"
            rf"(?![{LETTER}])",
            rest,
        )
        is None
    ):
        others = {
            g.group(1)
            for g in re.finditer(
                rf"(?<![{LETTER}])([A-ZА-ЯЁІЇЄҐ][{LOWER}'’\-]+)[ \t]+{re.escape(surname)}"
                rf"(?![{LETTER}])",
                rest,
            )
            if not is_title_token(g.group(1)) and g.group(1).lower() not in NOT_GIVEN
        }
        # (the same given name declined is his own: "Оксана Петрук: …" over "Із Оксаною
        # Петрук ми зустрілися …")
        declined = any(o[:3].lower() == info.name.given[0][:3].lower() for o in others)
        if len(others) == 1 and not declined:
            return Name(given=(others.pop(),), surname=surname, title=None, caps=False)
    return _job_word_dropped(info.name, header)


def _rubric_pair(rest: str, given: str, surname: str) -> bool:
    """Does ``rest`` write "Given Surname", and only ever after a determiner ("the", "this",
    "our", "this month's")?"""
    full = rf"(?<![{LETTER}]){re.escape(given)}[ \t]+{re.escape(surname)}(?![{LETTER}])"
    found = list(re.finditer(full, rest))
    return bool(found) and all(
        re.search(
            r"(?<![\w’'])(?:the|this|our|(?:month|week|year|issue|edition)['’]s)[ \t]+$",
            rest[max(0, m.start() - 12) : m.start()],
        )
        for m in found
    )


def _common_noun(word: str, header: str) -> bool:
    """A capitalised word the page also writes in lower case: a common noun, not a name."""
    return re.search(rf"(?<![{LETTER}]){re.escape(word.lower())}(?![{LETTER}])", header) is not None


def _job_word_dropped(name: Name, header: str) -> Name:
    """The name without a job word the label grammar took for a given name: "Економіст
    Віталій Ярошенко: «…»" over the lead's "… розповів головний економіст Центру … Віталій
    Ярошенко" is Віталій Ярошенко. A word the page writes in lower case elsewhere is a common
    noun; a given name or patronymic never is."""
    if len(name.given) == 1 and _common_noun(name.given[0], header):
        # "Кардіохірург Стельмах: Коли вимкнули світло, …" over the dek's "Головний
        # кардіохірург обласної лікарні …": a job word, not a given name; the caption
        # ("Фото: Олександр Стельмах / Facebook") may give the name in full.
        full = {
            g
            for g in re.findall(
                rf"(?<![{LETTER}])([{UPPER}][{LOWER}'’]+)[ \t]+{re.escape(name.surname)}"
                rf"(?![{LETTER}])",
                header,
            )
            if not _common_noun(g, header) and not is_title_token(g)
        }
        if len(full) == 1:
            return Name(given=(full.pop(),), surname=name.surname, title=name.title, caps=False)
    if name.title and len(name.given) == 1 and re.fullmatch(r"[А-ЯЁІЇЄҐ]\S+", name.given[0]):
        # The headline's office with its place and the surname only ("Министр природных
        # ресурсов Карелии Громов: …") over the lead's "… министр … Карелии Алексей Громов":
        # the place's genitive is no given name; the lead's word between them is.
        between = {
            g
            for g in re.findall(
                rf"(?<![{LETTER}]){re.escape(name.given[0])}[ \t]+([{UPPER}][{LOWER}'’]+)[ \t]+"
                rf"{re.escape(name.surname)}(?![{LETTER}])",
                header,
            )
            if not _common_noun(g, header) and not is_title_token(g) and not _patronymic(g)
        }
        if len(between) == 1:
            return Name(given=(between.pop(),), surname=name.surname, title=name.title, caps=False)
        if re.search(r"(?:ии|ы)$", name.given[0]):
            # (a genitive no Russian given name ends in: "Карелии", "Москвы"; the surname alone)
            return Name(given=(), surname=name.surname, title=name.title, caps=False)
    given = list(name.given)
    while len(given) > 1 and re.search(
        rf"(?<![{LETTER}]){re.escape(given[0].lower())}(?![{LETTER}])", header
    ):
        given.pop(0)
    # An office's capitalised genitive between the office word and the name ("Глава
    # Росавиации Дмитрий Ядров: …", "Мэр Москвы Сергей Собянин: …") is the agency or place
    # the post is of, no given name: a Cyrillic name after an office takes one given name
    # and at most a patronymic.
    if (
        name.title
        and len(given) == 2
        and re.fullmatch(rf"[А-ЯЁІЇЄҐ][{LOWER}'’\-]+", given[0])
        and not _patronymic(given[1])
    ):
        given.pop(0)
    if len(given) == len(name.given):
        return name
    return Name(given=tuple(given), surname=name.surname, title=name.title, caps=name.caps)


# The speech word of a label-like title: "Volodymyr Zelenskyy: Every strike … – address by the
# President of Ukraine", "Олександр Сирський: … – звернення Головнокомандувача".
_TITLE_SPEECH_WORD = re.compile(
    r"\b(?:speech|remarks|statement|address)\b|(?<![а-яёіїєґ'’])(?:звернення|обращение"
    r"|выступление|промова|заява|заявление)(?![а-яёіїєґ])",
    re.IGNORECASE,
)


_SPEECH_AT_TITLE = re.compile(
    r"[ \t]*(?:Remarks|Speech|Statement|Address)[ \t]+(?:at|to|on|before|during)[ \t]+[A-Za-z]"
)


def _speech_headline(header: str) -> list[tuple[str, Name]]:
    """The speaker a speech page's title names as a label, the title itself saying it is a speech:
    "Volodymyr Zelenskyy: Every strike on our cities must have consequences – address by the
    President of Ukraine" (below the site's name and breadcrumb trail). A news headline in that
    form ("Sybiha: 'Peace through strength'") says no speech word and names nobody here."""
    rows = [ln for ln in header.split("\n") if ln.strip()]
    for k, ln in enumerate(rows[:-1]):
        # A mission's title says what the speech was and where, its giver on the next line, a
        # titled full name alone: "Remarks at a UN Security Council Open Debate on …" /
        # "Ambassador Mike Waltz" / "U.S. Representative to the United Nations".
        if _SPEECH_AT_TITLE.match(ln) is None or re.search(r"[.!?…:]$", ln.strip()):
            continue
        info = classify_label(rows[k + 1].strip())
        if (
            info is not None
            and info.kind is LabelKind.PERSON
            and info.name is not None
            and info.name.has_full_given
            and info.name.title is not None
            and not info.role
        ):
            kind = fold(ln.split()[0])
            return [(kind if kind.startswith(_STATEMENT_KINDS) else "speech", info.name)]
    for ln in rows[:6]:
        m = _LINE_LABEL.match(ln)
        if m is None:
            continue
        word = _TITLE_SPEECH_WORD.search(ln, m.end())
        info = classify_label(m.group("name"))
        if word is None or info is None or info.name is None:
            continue
        if info.name.has_full_given and not info.role and info.office is None:
            kind = fold(word.group(0))
            return [(kind if kind.startswith(_STATEMENT_KINDS) else "speech", info.name)]
    return []


# Courtesy titles, which say nothing of an office: "… talks to Mr Daniel Okafor".
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "sir", "dame", "madam"})
_HOST_WORD = re.compile(r"\b(?:host|co-host|presenter|anchor|interviewer)\s+$", re.IGNORECASE)
_INTERVIEW_WORD = re.compile(r"\b(?:interview|Q&A|интервью|інтерв['’]ю)(?!\w)", re.IGNORECASE)
# A capitalised name word, hyphenated parts included ("Jean-Noël", "Sheinbaum-Pardo").
_NAME_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
# The guest a dek's subject speaks with, a lowercase profession before her full name:
# "… speaks with historian Miriam Okafor-Lindqvist about …" (a peer is no guest: "… speaks with
# counterpart …").
# Guests named only by their trade after "speaks to": "an endocrinologist and a
# physiotherapist", "two economists", "a historian".
_UNNAMED_EXPERTS = re.compile(
    r"[ \t]+(?:an?|two|three|four)[ \t]+(?:[a-z\-]+[ \t]+){0,2}?"
    r"[a-z\-]*(?:ist|ian|surgeon|doctor|nurse|expert|professor|researcher|lawyer)s?"
    r"(?=[ \t]*(?:[.,;:]|and\b|about\b|on\b|who\b|from\b|$))"
)
_DESCRIBED_GUEST = re.compile(
    r"[ \t]+(?:the[ \t]+)?(?P<post>(?!(?:counterparts?|colleagues?|allies|ally|partners?|"
    r"leaders?|reporters|journalists|supporters|voters|troops|students|workers|residents)\b)"
    rf"[a-z]{{4,}}(?:[ \t]+[a-z]{{4,}})?)[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})"
    r"(?=[ \t]*(?:[.,;:]|about\b|on\b|$))",
    re.MULTILINE,
)
# The Guardian's order, quote first: "'I wrote it angry, then I rewrote it calm': Ruth Adeyemi on
# grief, Lagos and The Quiet House" (the person quoted is the interviewee).
_QUOTE_FIRST = re.compile(
    rf"^[ \t]*[‘'\"“«][^\n]{{3,200}}?[’'\"”»][ \t]*:[ \t]+({_NAME_WORD})[ \t]+({_NAME_WORD})"
    r"(?=[ \t]+(?:on|talks?|says?|in|at|interview)\b|[ \t]*(?:[,–—]|$))",
    re.MULTILINE,
)
# A trade magazine's dek names the interviewee in apposition to the post, then the topics:
# "The head of the region's fastest-growing terminal operator, Khalid bin Rashid Al-Mansoori, on
# congestion, automation and …" (particles inside the name kept).
_DEK_APPOSITIVE = re.compile(
    rf"^[ \t]*(?:The|A|An|Our)[ \t]+[^\n,:]{{3,120}},[ \t]+(?P<name>{_NAME_WORD}"
    rf"(?:[ \t]+(?:bin|ibn|bint|van|von|de|der|den|du|da|di|del|al|el|la|le|af|ter)"
    rf"|[ \t]+(?:[Aa]l-|[Ee]l-|[Oo]['’]|Mac|Mc)?{_NAME_WORD}){{1,4}}),[ \t]+on[ \t]+[a-z]",
    re.MULTILINE,
)
_NAME_LAST = re.compile(
    rf"[^\n:]{{15,200}}[^\s:][ \t]*:[ \t]+({_NAME_WORD})[ \t]+({_NAME_WORD})[ \t]*"
)
# "Міністр освіти Оксен Лісовий", "Заступник командувача ДШВ Олег Кравчук": a post in running
# words (which no label grammar takes) ending in a given name and a surname.
_POST_NAME = re.compile(
    rf"[{UPPER}][{LOWER}\-]+"
    # up to five more words of the post: "командувача", "ДШВ", "Десантно-штурмових"
    rf"(?:[ \t]+(?:[{LOWER}][{LOWER}\-]+|[{UPPER}]{{2,6}}|[{UPPER}][{LOWER}\-]+)){{0,5}}?"
    # (a Spanish double surname joined by "y", Catalan "i": "Ports chief Lucía Fernández y
    # Montalvo: …")
    rf"[ \t]+(?P<g>{_NAME_WORD})[ \t]+(?P<s>{_NAME_WORD}(?:[ \t]+[yi][ \t]+{_NAME_WORD})?)"
)


def _post_and_name(label: str, rest: str, quoted: bool = False) -> Name | None:
    """The person of a headline "Post Given Surname: quote" whose post the label grammar
    refuses; the page must name them again in the same words (the lead's "Міністр освіти і науки
    Оксен Лісовий обіймає посаду …"), so a headline "Верховна Рада України: …" names no one."""
    m = _POST_NAME.fullmatch(label.strip())
    if m is None:
        return None
    given, surname = m.group("g"), m.group("s")
    if is_title_token(given) or given.lower() in NOT_GIVEN or is_title_token(surname):
        return None
    pair = rf"(?<![{LETTER}]){re.escape(given)}[ \t]+{re.escape(surname)}(?![{LETTER}])"
    for again in re.finditer(pair, rest):
        # The words must start a name there ("… і науки Оксен Лісовий обіймає …"), not end a
        # longer capitalised run ("Верховна Рада України").
        # Under a quote headline a line's start opens a name too: the caption's or the lead's
        # "Lucía Fernández y Montalvo took over …" under "Ports chief Lucía Fernández y
        # Montalvo: \"…\"" (a headline of another shape, "Sunday with Clare Ashdown: Transcript
        # of …", names its show and host, no interviewee).
        above = rest[: again.start()].rsplit("\n", 1)[-1] if quoted else rest[: again.start()]
        before = above.split()
        if not before or not re.match(rf"[{UPPER}][{LOWER}]", before[-1]):
            return Name(given=(given,), surname=surname, title=None, caps=False)
    return None


# The last two words of a capitalised run ("Senate Majority Leader John Thune" -> John Thune),
# not a possessive owner ("Sky News' Beth Rigby").
_RUN_PARTICLE = r"(?:de|da|dos|van|von|van[ \t]+der|van[ \t]+den|ter)[ \t]+"
_RUN_END_NAME = re.compile(
    # (a hyphenated given name whole: "Jean-Luc Ndiaye", never "Luc Ndiaye")
    # (a name's words stand a space or two apart: "Opinion   Life & Arts" in a menu row is none)
    # (a Korean name's hyphenated given name in lowercase after the hyphen: "Han Sung-min")
    rf"(?<![{LETTER}'’\-])([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?: {{1,2}}|\t)"
    # (an Arabic surname with its lowercase article: "Faisal al-Tamimi")
    # (a European surname's lower-case particle: "Associate Professor Nadia de Souza, an …",
    # never "Professor Nadia" cut off before it)
    rf"((?:al-|el-|{_RUN_PARTICLE})?[{UPPER}][{LOWER}]+(?:-[{UPPER}]?[{LOWER}]+)?)"
    rf"(?![{LETTER}'’])(?![ \t]+(?:{_RUN_PARTICLE})?[{UPPER}])"
)


# The given names before an Arabic surname whose article is written apart and capitalised
# ("Dr. Khalid bin Rashid Al Nuaimi, Minister of State …"): a given name, then any "bin/ibn"
# links with their names ("Khalid bin Rashid ").
_ARTICLE_GIVENS = re.compile(
    rf"(?<![{LETTER}'’.\-])([{UPPER}][{LOWER}]+"
    rf"(?:[ \t]+(?:bin|ibn|bint)[ \t]+[{UPPER}][{LOWER}]+)*)[ \t]+$"
)


def _article_pair(header: str, at: int, given: str, surname: str) -> tuple[str, str]:
    """A run-end pair whose "given name" is an Arabic surname's article ("Al Nuaimi", "El
    Mansour") as the name it ends, given names before the article: ("Khalid bin Rashid", "Al
    Nuaimi") for "Dr. Khalid bin Rashid Al Nuaimi"; the lead's later bare "Al Nuaimi said …"
    stays the article pair (no person, as before). Any other pair as it is."""
    if given not in ("Al", "El"):
        return given, surname
    m = _ARTICLE_GIVENS.search(header, max(0, at - 80), at)
    if m is None:
        return given, surname
    first = m.group(1).split()[0]
    if is_title_token(first) or first.lower() in _HEADLINE_STOPS or first.lower() in NOT_GIVEN:
        return given, surname
    return " ".join(m.group(1).split()), f"{given} {surname}"


# A lead's full name, a hyphenated given name and a surname's particle included ("Jean-Baptiste
# Kaboré", "Leila al-Khatib", "Tomas van Leeuwen"), standing alone (no capital word after it).
_LEAD_NAME = re.compile(
    rf"(?<![{LETTER}'’.\-])(?P<given>{_NAME_WORD})[ \t]+"
    # (Yonhap's "Han Sung-min": the second word's part after the hyphen in lowercase)
    rf"(?P<surname>(?:(?:al|el|van|von|de|der|den|du|da|di|bin|ibn)(?:-|[ \t]+))?"
    rf"(?:{_NAME_WORD}|[{UPPER}][{LOWER}]+-[{LOWER}]+))"
    rf"(?![{LETTER}'’\-])(?![ \t]+[{UPPER}])"
)
# What stands before the name the lead says is interviewed: "… interviewed state Sen. ",
# "… spoke with ", "… sat down with Ambassador (ret.) ".
_INTERVIEWED_BEFORE = re.compile(
    r"\b(?:interviewed|(?:spoke|speaks|talked|talks)[ \t]+(?:with|to)|sat[ \t]+down[ \t]+with)"
    # (lower-case words, then the office, if any; an article names a title, no person: not
    # "talks to The World Today about …", "spoke to the Kyiv Independent")
    r"[ \t]+(?:(?!(?:the|a|an)[ \t])[a-z][\w.'’\-]*[ \t]+){0,3}"
    r"(?:(?P<office>[A-Z][\w.]*)[ \t]+)?"
    r"(?:\([^()\n]{1,15}\)[ \t]+)?$"
)
# The subject of _INTERVIEWED_BEFORE's verb set off by commas after its office: "Our Chief
# Executive, Lisa Harcourt, spoke to …" (a company's own page on its boss's radio interview).
_APPOSED_HOLDER = re.compile(
    rf"(?<![{LETTER},])(?P<office>(?:[{UPPER}][{LOWER}]+[ \t]+){{0,3}}[{UPPER}][{LOWER}]+),[ \t]+"
    rf"(?P<name>[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}'’\-]+),[ \t]+\Z"
)
# The lead's pronoun before the verb of _INTERVIEWED_BEFORE: "She spoke to ", "He talked with ".
_PRONOUN_SPOKE_TO = re.compile(r"(?<![\w’'])(?:He|She|They|he|she|they)[ \t]+\Z")
# An office written right before a name, a parenthesised qualifier allowed: "Sen. ",
# "Ambassador (ret.) ".
_OFFICE_BEFORE = re.compile(
    rf"(?<![{LETTER}])([{UPPER}][{LETTER}]+\.?)[ \t]+(?:\([^()\n]{{1,15}}\)[ \t]+)?$"
)


# A name's outlet right after it: "Jane Roe of Euronews", "Tom Hale from the BBC".
_OF_OUTLET = re.compile(
    r"[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?(?P<o>[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,3})"
)


def _at_outlet(text: str, end: int) -> bool:
    """Does "of"/"from" and a news outlet's name follow the name that ends at ``end``?"""
    m = _OF_OUTLET.match(text, end)
    if m is None:
        return False
    # (the outlet's name may run on to the next sentence's capital: "… of Politico. The …")
    words = m.group("o").split()
    return any(
        _news_outlet(o) or _media_outlet(o) or _foreign_masthead(o)
        for o in (" ".join(words[:k]).rstrip(".") for k in range(len(words), 0, -1))
    )


def _spoken_to_at_outlet(header: str, given: str, surname: str) -> bool:
    """Is the pair only ever the one a lead's subject spoke to, placed at a news outlet ("…
    spoke to Jane Roe of Euronews")?"""
    full = rf"(?<![{LETTER}]){re.escape(given)}[ \t]+{re.escape(surname)}(?![{LETTER}])"
    found = list(re.finditer(full, header))
    return bool(found) and all(
        _INTERVIEWED_BEFORE.search(header, max(0, m.start() - 60), m.start()) is not None
        and _at_outlet(header, m.end())
        for m in found
    )


def _office(word: str) -> bool:
    """A capitalised office before a name ("Sen.", "Ambassador"), not an outlet's initials
    ("RT", "BBC")."""
    return (
        not word.rstrip(".").isupper()
        and word.lower() not in ("the", "a", "an", "our", "his", "her", "their")
        and is_title_token(word)
    )


def _closing_credit(header: str, given: str, surname: str) -> bool:
    """Is the pair only ever a photo credit that closes its line or bracket ("(Photo: Van
    Oord)", "Photo: BIRN/Dritan Kelmendi")?"""
    full = rf"(?<![{LETTER}]){re.escape(given)}[ \t]+{re.escape(surname)}(?![{LETTER}])"
    found = list(re.finditer(full, header))
    return (
        bool(found)
        and all(
            _PHOTO_CREDIT_BEFORE.search(header, max(0, m.start() - 40), m.start())
            # (the agency may follow a slash: "Photo: Maxim Shemetov / Reuters")
            and re.match(
                r"[ \t]*(?:/[ \t]*[^\n/()]{1,40}?)?[ \t]*(?:[)\]][ \t]*)?(?:\n|$)",
                header[m.end() :],
            )
            for m in found
        )
    )


def _modifier_run(before: str) -> bool:
    """Does a capitalised word that is neither an office nor a country end ``before``, so the
    "office" after it is a modifier inside a proper noun's run, no post? "the UAE's network of
    Comprehensive Economic Partnership Agreements" ("Economic" is a title word, as in
    "Economic Adviser", but "Partnership Agreements" is no person); "Kuwait's Ambassador",
    "Senate Majority Leader" still title the name after them."""
    m = re.search(rf"(?<![{LETTER}'’.\-])([{UPPER}][{LOWER}]+)[ \t]+$", before)
    return m is not None and not is_title_token(m.group(1)) and not _country(m.group(1))


def _word_pair_before(header: str, at: int) -> str:
    """The capitalised word right before ``at`` and a space ("South " before "Korea"), or ""."""
    m = re.search(r"(?<![\w'’])([A-Z][a-z]+)[ \t]+$", header[max(0, at - 30) : at])
    return m.group(1) + " " if m else ""


def _lead_interviewee(header: str, asking: Sequence[Name]) -> Name | None:
    """The one person the header's prose says was interviewed ("Mariam Osei spoke with
    Jean-Baptiste Kaboré"), else the one it names under an office ("Q&A: Sen. Rosa Villanueva
    says …", "Ambassador (ret.) Leila al-Khatib joined …"); None when that is not one person.
    A capitalised pair of page furniture ("Facebook Share", "Walsh School") is neither."""
    asked = {a.key for a in asking}
    objects: dict[str, Name] = {}
    titled: dict[str, Name] = {}
    for m in _LEAD_NAME.finditer(header):
        given, surname = m.group("given", "surname")
        if given.lower() in _HEADLINE_STOPS or given.lower() in NOT_GIVEN or is_title_token(given):
            continue
        name = Name(given=(given,), surname=" ".join(surname.split()), title=None, caps=False)
        if name.key in asked or _author_box(header, given, surname):
            continue
        line_start = header.rfind("\n", 0, m.start()) + 1
        line_end = header.find("\n", m.end())
        if _menu_row(header[line_start : line_end if line_end >= 0 else len(header)]):
            # Two items of a site's menu row are no person under an office: "Investigations
            # Opinion" of "Ukraine War Latest   Europe   Business   Investigations   Opinion".
            continue
        if surname.split()[-1].lower() in _BODY_NOUNS:
            # An agency's masthead is no person under an office: "National News Agency of
            # Nepal" names no Mr Agency, whatever "National" reads as.
            continue
        if f"{given} {' '.join(surname.split())}".lower() == first_line(header).strip().lower():
            # The page's own masthead the lead has the guest speak to is the outlet, never the
            # one interviewed: "… spoke to Harbour Ledger about …" under "Harbour Ledger".
            continue
        if not (given + surname).isascii() and re.search(
            r"[^\x00-\u024f\u1e00-\u1eff]", given + surname
        ):
            continue  # a Latin page's lead only (a Cyrillic one declines its names)
        before = header[max(0, m.start() - 60) : m.start()]
        said = _INTERVIEWED_BEFORE.search(before)
        if said is not None and _PRONOUN_SPOKE_TO.search(before[: said.start()]):
            # A pronoun that spoke to someone is the person the lead has just introduced, and
            # the one spoken to listens: "Trade Minister Ratna Wulandari says … She spoke to
            # Nikkei Asia at her ministry office" (the outlet, or its journalist, asks).
            said = None
        holder = (
            _APPOSED_HOLDER.search(
                header, max(0, m.start() - 160), m.start() - len(before) + said.start()
            )
            if said is not None
            else None
        )
        if holder is not None:
            # The office holder whom the lead names in apposition before the verb answers, the
            # one spoken to asks: "Our Chief Executive, Lisa Harcourt, spoke to Amol Rajan on
            # … Today programme" (a journalist's post so set asks: "Our political editor, …").
            words = holder.group("office").split()
            subject = name_from_phrase(holder.group("name"))
            if (
                any(is_title_token(w) for w in words)
                and not INTERVIEWER_HINTS.search(holder.group("office"))
                and subject is not None
                and subject.has_full_given
                and subject.key not in asked
            ):
                objects[subject.key] = subject
                continue
        if said is not None and _at_outlet(header, m.end()):
            # The one spoken to is placed at a news outlet: "… spoke to Jane Roe of Euronews
            # about …" — the outlet's journalist, who asks, never the one interviewed.
            said = None
        if said is not None and (said.group("office") is None or _office(said.group("office"))):
            objects[name.key] = name
        office = _OFFICE_BEFORE.search(before)
        if (
            office is not None
            and _office(office.group(1))
            and not _modifier_run(before[: office.start()])
            # An article and an adjective open an institution's name, no post before a
            # person: "asked her about … the National Wealth Fund", "the Federal Reserve
            # Board" ("the Minister Ana Reyes" still titles her).
            and not (
                re.search(r"(?:al|ic|ian|ern)$", office.group(1))
                and re.search(
                    r"(?<![\w’'])(?:[Tt]he|an?|its|their)[ \t]+$", before[: office.start()]
                )
            )
        ):
            titled[name.key] = name
    for found in (objects, titled):
        if len(found) == 1:
            return next(iter(found.values()))
    return None


def _declined_below_masthead(header: str, name: Name) -> bool:
    """Is the masthead's person also the headline's, named there in another case?
    president.gov.ua's masthead is the President's name ("Президент України Володимир
    Зеленський"), and its headline declines it ("Інтерв'ю Президента України Володимира
    Зеленського …"): the interviewee, not the site's name (an outlet is never declined)."""
    if not name.given or re.search(r"[А-ЯЁІЇЄҐа-яёіїєґ]", name.surname) is None:
        return False
    stem = name.surname[: max(3, len(name.surname) - 2)]
    rest = header.strip().partition("\n")[2]  # the lines under the masthead
    return any(
        w.startswith(stem) and w != name.surname
        for w in re.findall(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+", rest)
    )


def _masthead_tail(header: str, pair: str) -> bool:
    """Is ``pair`` the page's masthead, or the end of it ("Gazeta Europe" of "Novaya Gazeta
    Europe"): the first line, a short name with no sentence mark — or, under a first line in
    another script, the line that renders it in Latin letters ("राष्ट्रिय समाचार समिति" over
    "Rastriya Samachar Samiti"): a bilingual masthead's two lines are the site's name."""
    lines = [ln.strip() for ln in header.split("\n") if ln.strip()]
    # A two-word first line over the site's menu row is its masthead too ("Farmers Weekly" over
    # "Subscribe   Sign in   Newsletters"): a person's byline stands under the headline.
    if _masthead_line_tail(
        header, first_line(header), pair, len(lines) >= 2 and _menu_row(lines[1])
    ):
        return True
    if (
        len(lines) >= 3
        and re.fullmatch(r"[A-Z]{3,}", lines[0]) is not None
        and (_menu_row(lines[2]) or _pipe_menu_row(lines[2]))
        and re.search(r"[.!?:;,\"“”«»]", lines[1]) is None
        and re.search(rf"(?<![{LETTER}]){re.escape(pair)}(?![{LETTER}])", lines[1]) is not None
    ):
        # A wordmark's strapline: "UKRINFORM" / "Multimedia Platform for Broadcasting" / the
        # section menu — the line between the capitals masthead and the menu is the site's
        # motto, no one's name.
        return True
    return (
        len(lines) >= 2
        and re.search(r"[A-Za-z]", lines[0]) is None
        and any(c.isalpha() for c in lines[0])
        and _masthead_line_tail(header, lines[1], pair)
    )


def _pipe_menu_row(line: str) -> bool:
    """A section menu set with bars: "Ukraine | War | Economy | Society | World" (four short
    capitalised items at least)."""
    items = [it.strip() for it in line.split("|")]
    return len(items) >= 4 and all(
        1 <= len(it.split()) <= 3 and it[:1].isupper() and not re.search(r"[.!?]$", it)
        for it in items
    )


def _menu_row(line: str) -> bool:
    """A site's section menu flattened into one line, its short capitalised items apart by
    runs of spaces or tabs: "Arable   Livestock   Business   Machinery"."""
    items = re.split(r"[ \t]{3,}|\t", line.strip())
    if len(items) >= 3 and all(1 <= len(it.split()) <= 4 and it[:1].isupper() for it in items):
        return True
    # Two spaces apart, one word an item: "Новосибирск  Город  Транспорт  Интервью  Поиск" (four
    # capitalised words at least, none closing a sentence).
    items = line.strip().split("  ")
    if len(items) >= 4 and all(
        re.fullmatch(r"[^\W\d_][\w'’\-]*", it) is not None and it[:1].isupper() for it in items
    ):
        return True
    # Two spaces apart, an item of a few capitalised words joined by "&": TASS's "Russian
    # Politics & Diplomacy  World  Business & Economy  …  Press Review  Sports" (six items at
    # least, each word capitalised, so no sentence's double space after its full stop).
    items = re.split(r"[ \t]{2,}", line.strip())
    word = r"[^\W\d_][\w'’\-]*"
    return (
        len(items) >= 6
        and any("&" in it for it in items)
        and all(
            re.fullmatch(rf"{word}(?:[ \t](?:&|{word})){{0,3}}", it) is not None
            and all(w == "&" or w[:1].isupper() for w in it.split())
            for it in items
        )
    )


def _masthead_line_tail(header: str, masthead: str, pair: str, over_menu: bool = False) -> bool:
    """Is ``pair`` the masthead line ``masthead``, or the end of it."""
    words = masthead.split()
    # (a name of three capitalised words at least: a headline "Tucker Carlson interviews
    # Viktor Orban" has a lowercase verb, a two-word first line may be a person's byline)
    # A two-word one is the outlet's when the page also calls it by its initials: "Offshore
    # Engineer" over "Posted by OE Staff" / "OE put questions to a senior official …".
    initials = "".join(w[:1] for w in words)
    acronym = len(words) == 2 and (
        over_menu or re.search(rf"(?<![\w]){re.escape(initials)}(?![\w])", header) is not None
    )
    # Or when the byline names it as its writer's outlet: "Cornell Chronicle" over "By Jamie
    # Hollander, Cornell Chronicle".
    acronym = acronym or (
        len(words) == 2
        and re.search(rf"(?mi)^[ \t]*by[ \t][^\n,]+,[ \t]*{re.escape(masthead)}[ \t]*$", header)
        is not None
    )
    # Or when a byline gives its writer's post at it, the short name or the whole: "Nikkei
    # Asia" over "KENJI IWASAKI, Nikkei staff writer".
    acronym = acronym or (
        len(words) == 2
        and re.search(
            rf"(?m),[ \t]*{re.escape(words[0])}(?:[ \t]+{re.escape(words[1])})?[ \t]+"
            r"(?:[\w\-]+[ \t]+){0,2}(?i:writer|reporter|correspondent|editor)s?[ \t]*$",
            header,
        )
        is not None
    )
    if not (3 <= len(words) <= 5 or acronym) or not all(w[:1].isupper() for w in words):
        return False
    if re.search(r"[:.?!…,'’]", masthead):
        return False
    # A wordmark set in capitals is the same name in the lead's mixed case: "DAILY SABAH" over
    # the menu row, then "… during an interview with Daily Sabah" (the whole line, not its tail).
    if masthead.isupper() and (over_menu or acronym) and masthead.casefold() == pair.casefold():
        return True
    return masthead == pair or masthead.endswith(" " + pair)


# A family word opening the lead is no given name: "Сестри Оксана та Ірина Литвин …", "Братья
# Олег и Игорь …", "Sisters Ana and Rosa Díaz …". (Kept apart from the weekday abbreviations
# below: "Thu" is a Vietnamese given name too, "Nguyễn Thị Thu Hà".)
FAMILY_WORDS = frozenset(
    [
        "sisters",
        "brothers",
        "siblings",
        "twins",
        "сестры",
        "сёстры",
        "сестри",
        "братья",
        "брати",
        "супруги",
        "подружжя",
        "близнецы",
        "близнюки",
    ]
)
# A region's first word ("Central Asia", "South Caucasus", "Western Balkans", "Middle East"):
# a lead's "postings in Europe and Central Asia" names no person.
REGION_WORDS = frozenset(
    {"central", "north", "south", "east", "west", "northern", "southern", "eastern", "western"}
    | {"middle", "upper", "lower", "greater", "inner", "outer"}
)
# … before a continent's or a world region's name (a river's "Southern Buh" is left alone).
REGION_NAMES = frozenset(
    {"asia", "europe", "africa", "america", "americas", "caucasus", "balkans", "east", "pacific"}
    | {"atlantic", "arctic", "mediterranean", "baltic", "siberia", "urals", "sahel", "levant"}
)


# First words of two-word city names that read as a given name and a surname.
PLACE_FIRST_WORDS = frozenset(
    (
        "San",
        "Santa",
        "Los",
        "Las",
        "New",
        "Hong",
        "Abu",
        "Port",
        "Fort",
        "Saint",
        "St",
        "Sankt",
        "El",
        "La",
        "Le",
        "Rio",
        "Buenos",
        "Kuala",
        "Cape",
        "Mount",
        "Lake",
        "North",
        "South",
        "East",
        "West",
        "Sri",
        "Tel",
        "Addis",
        "Dar",
        "Ho",
        "Phnom",
        "Nizhny",
        "Veliky",
        "Rostov",
        "Palm",
        "Bad",
        "Den",
        "Kota",
        "Puerto",
        "Costa",
        "Monte",
        "Ciudad",
    )
)


def region_pair(given: str, surname: str) -> bool:
    """Is "given surname" a world region ("Central Asia", "Western Balkans", "Middle East")?"""
    return given.lower() in REGION_WORDS and surname.lower() in REGION_NAMES


NOT_GIVEN = (
    frozenset(
        [
            "the",
            "a",
            "an",
            "this",
            "that",
            "these",
            "our",
            "his",
            "her",
            "their",
            "its",
            "we",
            "they",
            "mr",
            "mrs",
            "ms",
            "dr",
        ]
    )
    | FAMILY_WORDS
    | EN_MONTH_NAMES
    | frozenset(EN_MONTH_ABBREVIATIONS)
    | EN_WEEKDAY_ABBREVIATIONS
)
_HEADLINE_STOPS = frozenset(
    {
        "before",
        "after",
        "on",
        "at",
        "in",
        "with",
        "during",
        "upon",
        "and",
        "to",
        "for",
        "of",
        "regarding",
        "following",
        "ahead",
        "prior",
        "about",
        "from",
        "as",
        "&",
        "aboard",  # "Press Gaggle by President Trump Aboard Air Force One En Route …"
        "en",
        "outside",
        "inside",
        "near",
        "via",
        "while",
        "alongside",
        # A lead's sentence opens with a conjunction before a place: "When Minnesota passed its
        # law …", "Since Ukraine …" (no given names).
        "when",
        "since",
        "because",
        "although",
        "though",
        "unless",
        "until",
        "once",
        "if",
        "whether",
        # A Title Case headline's verbs: "Minorities Are Not a Bargaining Chip".
        "are",
        "is",
        "was",
        "were",
        "will",
        "can",
        "must",
    }
)


def _portfolio_office_at(tokens: list[str], i: int) -> int | None:
    """Where the office starts when ``tokens[i]`` ("and") joins a portfolio's words: one to
    three capitalised words, then a title word, then a name of two capitalised words at least
    ("… and Sanitation Minister Pemmy Majodina")."""
    j = i + 1
    while j < len(tokens) and j - i <= 3 and fold(tokens[j]) not in OFFICE_HEADS:
        if not re.fullmatch(rf"[{UPPER}][{LOWER}]+", tokens[j]):
            return None
        j += 1
    if j == i + 1 or j >= len(tokens) or fold(tokens[j]) not in OFFICE_HEADS:
        return None
    rest = list(
        itertools.takewhile(
            lambda t: re.fullmatch(rf"[{UPPER}][{LOWER}'’\-]+", t) is not None, tokens[j + 1 :]
        )
    )
    if len(rest) < 2 or any(is_title_token(t) for t in rest[:2]):
        return None
    return j


def _cut_name_run(tokens: list[str]) -> list[str]:
    """Titles + the person's name, dropping what follows ("Trump Before Marine One")."""
    out: list[str] = []
    names = 0
    for i, tok in enumerate(tokens):
        low = tok.lower().rstrip(".,")
        if names and low in _HEADLINE_STOPS:
            break
        out.append(tok)
        # A body's acronym heading its office is no name word: "MOFA Spokesperson Pham Thu
        # Hang" keeps three name words after the office.
        if (
            not names
            and re.fullmatch(r"[A-Z]{2,6}", tok)
            and i + 1 < len(tokens)
            and is_title_token(tokens[i + 1])
        ):
            continue
        # An Irish surname's particles are no name words of their own: "Niamh Mac Giolla
        # Phádraig" is one given name and one surname.
        if low in ("mac", "mag", "nic", "ní", "ó", "uí", "giolla"):
            continue
        # Nor is a surname's particle written in lower case: "Sen. Rosalind de la
        # Cruz-Whitfield" keeps its surname.
        if tok.islower() and low in PARTICLES:
            continue
        # A jurisdiction before the office is no part of the name: "Gallatin County Sheriff
        # Dan Springer", "Tulsa City Councilor …" keep the full name after the office.
        if (
            names
            and is_title_token(tok)
            and i > 0
            and tokens[i - 1].rstrip(".,") in _JURISDICTION_NOUNS
        ):
            names = 0
            continue
        if not (is_title_token(tok) or low == "of" or NATIONALITY.match(tok)):
            names += 1
            if names >= 3:
                break
    return out


_JURISDICTION_NOUNS = frozenset(
    {"County", "City", "Town", "Township", "Parish", "Borough", "District", "State", "Province"}
)


# Russian press leads name both sides of an interview in running text: "Сергей Рябков ответил на
# вопросы корреспондента ТАСС Алёны Кудрявцевой", "Дмитрий Песков в интервью корреспонденту ТАСС
# Михаилу Гордееву рассказал …", "Беседовала обозреватель отдела политики Анна Ветрова". The
# journalist's role noun gives the case of the name after it (genitive, dative, nominative).
# (an Irish surname keeps its capital after the apostrophe: "Софія О'Коннор-Гнатюк")
_RU_PAIR = (
    # (a double given name keeps its hyphen: "журналістка Анна-Лена Лаурен")
    r"(?P<g>[А-ЯЁІЄ][а-яёіїєґ'’]+(?:-[А-ЯЁІЄ][а-яёіїєґ'’]+)?)[ \t]+"
    r"(?P<s>[А-ЯЁІЄ](?:['’][А-ЯЁІЄ])?[а-яёіїєґ'’]+(?:-[А-ЯЁІЄ][а-яёіїєґ'’]+)?)"
    r"(?![а-яёіїєґ])"
)
_RU_JOURNALIST = re.compile(
    # Ukrainian too: "в інтерв’ю кореспондентці Укрінформу Олені Бондар".
    r"(?<![а-яёіїєґ])(?:[Кк]орр?еспондент|[Оо]бозревател|[Жж]урналист|[Жж]урналіст|[Рр]едактор"
    r"|[Кк]олумнист)"
    # A dot inside an outlet's web name is no sentence end: "Журналістка LIGA.net Марія Гончар".
    r"(?P<case>[а-яёіїєґ]{0,3})(?![а-яёіїєґ])"
    # The name follows the post, never a conversation verb: "Кореспондентка 061 поговорила з
    # директоркою ліцею Світланою Руденко" names whom she spoke with, not her.
    # A meeting verb too: "Корреспондент «Вечернего Новосибирска» встретился с Ольгой
    # Николаевной Черных" names whom he met.
    # A comma and a conjunction start the next person of a list: "з Богданом Лозинським,
    # головним редактором видання «Волинь сьогодні», та Лілією Ткач" names no editor Ткач.
    # A visit verb as well: "Корреспондент «РГ» побывал в гостях у Марины Лещенко" names whom
    # he visited.
    r"(?:(?!поговор|побесед|поспілкув|розмовля|беседова|встрет|встреча|зустр|побыва|побува"
    r"|в[ \t]+гостях|у[ \t]+гостях|навести|відвіда|посети|посетил|завіта"
    # … nor an asking verb: "Корреспондент «Вестей Курземе» расспросил Яниса Калниньша"
    # names whom he asked.
    r"|расспрос|розпит|спросил|запитал|запитав|спитал|спитав"
    # … nor a telling verb: "корреспонденту «РГ» рассказал руководитель филиала Виктор
    # Самсонов" names, in the nominative, the one who told (see _RU_TELLER), not the journalist.
    r"|рассказал|розповів|розповіла|розповіли"
    r"|,[ \t]*(?:та|и|і|й|а[ \t]+также)[ \t])"
    r"(?:[^\n.!?]|\.(?=[a-zа-я]))){0,60}?"
    r"(?<![А-ЯЁІЄа-яёіїєґ])"
    + _RU_PAIR
    # "корреспонденту РИА Новости Дарье Лосевой": the outlet's last word and the given name
    # are no pair; the name is the last pair of a run of capitalised words.
    + r"(?![ \t]+[А-ЯЁІЇЄ][а-яёіїєґ])"
    # "Корреспондент «Вечерней Казани» побеседовал с …": a pair closed by a quote is the
    # outlet's name, in an oblique case, not the journalist's.
    # An apostrophe inside the outlet's word ends the pair short of the quote: "Кореспондент
    # «Голосу Придніпров'я» поговорив …" is no "Голосу Придніпров".
    + r"(?![ \t]*[»\"”]|['’][а-яёіїєґ])"
)
_RU_INTERVIEWEE = re.compile(
    _RU_PAIR
    # The post may stand between the name and the verb, set off by commas: "Сергей Цивилёв,
    # министр энергетики, ответил на вопросы …" (a lower-case apposition, no other name).
    + r"(?:,[ \t]+[а-яёіїєґ][^\n,.!?«»\"]{2,80}?,)?"
    + r"[ \t]+(?:(?:в|во)[ \t]+(?:эксклюзивном[ \t]+)?интервью"
    r"|ответил[аи]?[ \t]+на[ \t]+вопросы"
    # "Олег Кравченко в ексклюзивному інтерв'ю агентству … розповів": the exclusive one too.
    r"|дал[аи]?[ \t]+интервью|в[ \t]+(?:ефірі|эфире)|в[ \t]+(?:ексклюзивному[ \t]+)?інтерв['’]ю"
    r"|відповів|відповіла"
    r"|дав[ \t]+інтерв['’]ю|дала[ \t]+інтерв['’]ю"
    # "Кирилл Абрамов рассказал «Ведомостям», почему …": told the outlet (in quotes) that
    # prints the interview.
    r"|(?:рассказал[аи]?|розповів|розповіла|розповіли)[ \t]+[«\"„“]"
    # ... or the outlet's acronym, capitals to the word's end: "Михаил Васнецов рассказал РБК,
    # когда …", "… розповів РБК-Україна, як …" (the dek's teller under an interview's headline).
    r"|(?:рассказал[аи]?|розповів|розповіла|розповіли)[ \t]+[A-ZА-ЯЁІЇЄ]{2,6}"
    r"(?:-[A-ZА-ЯЁІЇЄ][a-zа-яёіїєґ]+)?(?![\w\-])"
    # ... or the outlet as one capitalised word in the dative, the topic after it in lower
    # case: "Андрій Сибіга розповів Укрінформу про …", "… рассказал Интерфаксу о …" (one word
    # only: a dative pair, "рассказал Ивану Петрову", is a person told).
    r"|(?:рассказал[аи]?|розповів|розповіла|розповіли)[ \t]+[А-ЯЁІЇЄ][а-яёіїєґ'’]+"
    r"(?:у|ю|ові|еві|ому|ему)(?=[ \t]+(?:о|об|про|що|что|как|як|чому|почему)[ \t]))"
    r"(?![а-яёіїєґ])"
)
# Legal forms and bodies in capitals that stand where a given name would ("ПАО ЛУКОЙЛ").
_CAPS_NO_GIVEN = frozenset({"ПРАТ", "ФГУП", "ФГБУ", "АНО", "ГУП", "МУП", "ТОВ", "ПАТ", "ОАО"})
# A business paper sets the interviewee's name in capitals in the lead, after the post: "Генеральный
# директор «…» СЕРГЕЙ БОРОДИН рассказал “Ъ”, почему …" — told the quoted outlet, as above.
# (A lower-case word before the pair: a post, not a run of capitals such as an acronym's.)
_RU_CAPS_INTERVIEWEE = re.compile(
    r"(?<=[а-яёіїєґ»”][ \t])(?P<g>[А-ЯЁІЇЄ][А-ЯЁІЇЄ]{2,})[ \t]+(?P<s>[А-ЯЁІЇЄ][А-ЯЁІЇЄ\-]{2,})"
    r"[ \t]+(?:рассказал[аи]?|розповів|розповіла)[ \t]+[«\"„“]"
)
# The lead has the interviewee tell the page's own site, named by a Latin word that heads the
# page ("Министр … Светлана Гринчук во время визита в Вильнюс рассказала Delfi о …" under the
# masthead "DELFI"); a lower-case phrase may stand between the pair and the verb.
_RU_TOLD_SITE = re.compile(
    _RU_PAIR + r"(?![ \t]+[А-ЯЁІЇЄ])(?:[ \t]+[а-яёіїєґ][^\n.!?]{0,60}?)?[ \t]+"
    r"(?:рассказал[аи]?|розповів|розповіла|розповіли)[ \t]+(?P<site>[A-Z][A-Za-z]{2,})(?![\w\-])"
)
# A business paper's deck under an interview's headline: the post, the name, a dash and what
# he speaks about ("Гендиректор «Таврида Агро» Максим Луговой – о пошлинах на подсолнечник,
# …", Ukrainian "… – про …"). One person only: the line names no second one before the name
# ("Экономисты … и … – о бюджете" is a panel), and the pair ends right at the dash.
_RU_DECK_INTERVIEWEE = re.compile(
    r"(?m)^[ \t]*(?P<post>[^\n.!?]{0,120}?)(?<![А-ЯЁІЄа-яёіїєґ'’])"
    + _RU_PAIR
    + r"[ \t]+[–—][ \t]+(?:о|об|обо|про)[ \t]+[а-яёіїєґ«]"
)
# The same deck without the dash, a line of its own with no sentence end: "Генеральный директор
# «Водохода» Артем Лавров о спросе на речные круизы, ценах …". Without the dash "Name о …" is
# as often running text, so the post must head the line in capitals and the line hold no stop.
_RU_DECK_INTERVIEWEE_BARE = re.compile(
    r"(?m)^[ \t]*(?P<post>[А-ЯЁІЄ][^\n.!?:]{2,120}?[ \t])"
    + _RU_PAIR
    + r"[ \t]+(?:о|об|обо|про)[ \t]+[а-яёіїєґ«][^\n.!?]*$"
)
# A post's head word the title list lacks: "Гендиректор", "Руководитель", "Основатель".
_RU_POST_WORD = re.compile(
    r"(?i:гендиректор|руководител|председател|основател|совладел|управляющ|директор|глава"
    r"|керівник|голова|засновни)"
)
_WHOLE_QUOTE_LINE = re.compile(r"[ \t]*[«\"„“][^\n«»]{8,}[»\"”“][ \t]*")


def _deck_under_quote(text: str, m: re.Match[str]) -> bool:
    """Is a deck's pair, written once, a person all the same? The deck stands right under a
    quote headline (the line is the whole quote) and opens with the post in the nominative before
    the pair ("«Урожай … сохраним»" / "Гендиректор агрохолдинга «Степной колос» Игорь Рябинин –
    о засухе …"); a body in the genitive ("советник Минобороны Франции — о …", "Руководитель
    Росгидромета — о …") has no post before it or a given name's place no nominative fills."""
    above = text[: m.start()].rstrip("\n")
    above = above[above.rfind("\n") + 1 :]
    post = m.group("post").strip()
    # (Meduza sets the quote and the deck on one line: "«Бюджет 2026 года — это бюджет
    # отложенных решений» Экономист Александра Прокопенко — о том, почему …")
    same_line = re.match(r"[ \t]*[«\"„“][^\n«»]{8,}[»\"”“][ \t]+", post)
    if same_line is not None:
        above, post = same_line.group(0), post[same_line.end() :]
    return (
        _WHOLE_QUOTE_LINE.fullmatch(above) is not None
        and re.match(rf"[{UPPER}][а-яёіїєґ\-]+[ \t]", post + " ") is not None
        and re.search(r"[ыиіїе]$", m.group("g")) is None
        and not is_title_token(m.group("g"))
    )


# "… корреспонденту «Ъ» Марии Грековой рассказал заместитель министра финансов Алексей
# Горбунов": the one who tells, named after the verb (in the nominative).
_RU_TELLER = re.compile(
    r"(?<![а-яёіїєґ])(?:рассказал|розповів|розповіла|рассказала|заявил|заявила)[ \t]+"
    # The post may name its institution in capitals: "рассказал председатель комитета Госдумы
    # по экономической политике Георгий Ремезов", "розповів Надзвичайний і Повноважний Посол
    # України в Словацькій Республіці Мирослав Ткач" — the name is the run's last pair.
    r"(?P<post>[^\n.!?]{0,160})"
)
# The teller after the outlet they told (a dative the outlet's name does not change: an acronym,
# a name in quotes, "изданию"): "… что будет после выборов, URA.RU рассказал политолог
# Александр Седых", "ТАСС рассказал …", "виданню розповіла …".
_RU_OUTLET_TELLER = re.compile(
    r"(?:(?<![\w.])[A-ZА-ЯЁІЇЄ][\w.\-]*[A-ZА-ЯЁІЇЄ][\w.\-]*|«[^»\n]{2,40}»"
    # The outlet in curly quotes, Kommersant's one-letter sign too: "“Ъ” рассказал
    # генеральный директор …", "«Ъ» рассказал …".
    r"|«Ъ»|[“„][^”“\n]{1,40}[”“]"
    r"|(?<![а-яёіїєґ])(?:изданию|виданню|редакции|редакції)"
    # The outlet's own adjectival name in the dative, after "in an interview": "в інтерв'ю
    # Суспільному розповів директор …" (a "-ському" surname is a person told, not an outlet).
    r"|(?<![а-яёіїєґ])(?:в|у)[ \t]+(?:интервью|інтерв['’]ю)[ \t]+"
    r"[А-ЯЁІЇЄ][а-яёіїєґ]+(?<![сц]ькому)(?<![сц]кому)(?:ому|ему))[ \t]+"
    r"(?:рассказал[аи]?|розповів|розповіла|розповіли)[ \t]+(?P<post>[^\n.!?]{0,160})"
)
# The page's own outlet, told in the dative its masthead names in the nominative: "Укрінформ"
# alone on the page's first lines, "… Укрінформу розповів директор філії … Василь Мельничук".
# A word in "-у"/"-ові" is a person as often ("Петру розповів"), hence the masthead line.
_RU_OWN_OUTLET_TELLER = re.compile(
    r"(?<![\w'’])(?P<outlet>[А-ЯЁІЇЄ][а-яёіїєґ]{3,})(?:у|ові)[ \t]+"
    r"(?:рассказал[аи]?|розповів|розповіла|розповіли)[ \t]+(?P<post>[^\n.!?]{0,160})"
)
_RU_TELLER_BEFORE = re.compile(
    r"(?<![а-яёіїєґА-ЯЁІЇЄ'’])" + _RU_PAIR + r"[ \t]+(?:рассказал|розповів|розповіла|рассказала)"
    r"[ \t]+(?:(?:в|у)[ \t]+(?:интервью|інтерв['’]ю)[ \t]+)?"
    r"(?=(?:корр?еспондент|журналист|журналіст|обозревател|оглядач|ведущ|ведуч))"
    # The conversation named between the teller and the verb: "Співзасновниця компанії Дарина
    # Литвин у розмові з журналістом Forbes Максимом Кравцем розповіла, як …", "… в беседе с
    # корреспондентом «Ъ» … рассказал".
    r"|(?<![а-яёіїєґА-ЯЁІЇЄ'’])"
    + _RU_PAIR.replace("(?P<g>", "(?P<g2>").replace("(?P<s>", "(?P<s2>")
    + r"[ \t]+(?:в|у)[ \t]+(?:розмові|беседе|разговоре)[ \t]+(?:з|із|зі|с|со)[ \t]+"
    r"(?:корр?еспондент|журналист|журналіст|обозревател|оглядач|ведущ|ведуч)"
    r"[^\n.!?]{0,80}?[ \t](?:рассказал|розповів|розповіла|рассказала)(?![а-яёіїєґ])"
)
# "… губернатор области Алексей Беспрозванных рассказал в интервью РИА Новости в преддверии …":
# the teller before the verb, telling the outlet itself (an acronym or a name in quotes) in an
# interview — the page's interviewee, though no interviewer is named.
_RU_TELLER_BEFORE_OUTLET = re.compile(
    r"(?<![а-яёіїєґА-ЯЁІЇЄ'’])" + _RU_PAIR + r"[ \t]+(?:рассказал|розповів|розповіла|рассказала)"
    r"[ \t]+(?:в|у)[ \t]+(?:интервью|інтерв['’]ю)[ \t]+"
    r"(?:[A-ZА-ЯЁІЇЄ]{2,}(?![a-zа-яёіїєґ])|«[^»\n]{2,40}»)"
)
# The teller after the verb and the outlet told in an interview, the word order of a report
# that opens on the quote: "…, рассказал в интервью РИА Новости посол республики в Москве Хорхе
# Мартинес." — the page's interviewee (the name is the post's last pair, as for _RU_TELLER).
_RU_VERB_OUTLET_TELLER = re.compile(
    r"(?<![а-яёіїєґ])(?:рассказал[аи]?|розповів|розповіла|розповіли)[ \t]+"
    r"(?:в|у)[ \t]+(?:интервью|інтерв['’]ю)[ \t]+"
    r"(?:[A-ZА-ЯЁІЇЄ]{2,}(?![\w.])(?:[ \t]+(?:Новости|Новини))?|«[^»\n]{2,40}»)[ \t]+"
    r"(?P<post>[^\n.!?]{0,160})"
)
_PREPOSITION_BEFORE = re.compile(
    r"(?<![а-яёіїєґА-ЯЁІЄ])(?:в|во|на|о|об|про|у|к|ко|по|при|до|за|из|від|через|между|між"
    r"|над|под|перед|для)[ \t]+$",
    re.IGNORECASE,
)
_TOLD_NOUN = re.compile(
    r"(?<![а-яёіїєґ])(?:корр?еспондент|журналист|журналіст|обозревател|оглядач|ведущ|ведуч)",
    re.IGNORECASE,
)
_RU_PAIR_AT = re.compile(_RU_PAIR + r"(?![ \t]+[А-ЯЁІЇЄ][а-яёіїєґ])")
# "Розмову вела ведуча Ірина Мельник.", "Беседу вел Иван Петров": the host, in the nominative.
_RU_HOST_NOUN = re.compile(
    # "Ведучі ефіру … Марта Олійник та Денис Гнатюк поговорили з …": co-hosts (see _more_pairs).
    r"(?<![а-яёіїєґ])(?:[Вв]едуч(?:а|ий|і)|[Вв]едущ(?:ий|ая|ие)|[Рр]озмову[ \t]+(?:вела|вів)"
    r"|[Бб]еседу[ \t]+вел[аи]?|[Іі]нтерв['’]ю[ \t]+(?:взяла|взяв|записала|записав))"
    # The broadcast named before the dash: "Ведущая прямой линии — Ольга Зимина."
    # … or the studio they sit in: "Ведучі у київській студії – Оксана Мельничук і Тарас …".
    r"(?:[ \t]+(?:прямой[ \t]+линии|прямої[ \t]+лінії|программы|програми|эфира|ефіру"
    r"|[ув][ \t]+(?:[а-яёіїєґ'’\-]+[ \t]+)?(?:студии|студії))"
    r"(?=[ \t]*[—–:]|[ \t]+-[ \t]))?"
    # "… Игорь Звягин. Ведущие – Сергей Баталов и Наталья Осипова.": a dash in the lead.
    r"(?:[ \t]*[—–:][ \t]*|[ \t]+-[ \t]+|[ \t]+)"
    # "Вопросы из чата зачитывала ведущая эфира Ольга Мирошниченко": the broadcast's host.
    r"(?:(?:прямого[ \t]+)?(?:эфира|ефіру|программы|програми|трансляции"
    r"|трансляції)[ \t]+)?"
    r"(?:(?:ведуча|ведучий|журналістка|журналіст)[ \t]+)?"
    # "Розмову вів ведучий телеканалу ICTV Олег Панюта", "ведуча каналу «Рада» …": the channel
    # named by its noun and then a Latin or capitals name (ICTV, СТБ, 1+1) or a quoted one
    # (read by the quoted group below); a bare "ведучий ICTV Олег Панюта" too.
    r"(?:(?:телеканалу|телеканала|каналу|канала|радіо|радио|радіостанції|радиостанции)[ \t]+"
    r"(?=[«\"„“]|[A-Z0-9]|[А-ЯЁІЇЄ]{2,}[ \t]))?"
    r"(?:(?:[A-Z][A-Za-z0-9]*(?:[+&][A-Za-z0-9]+)?|\d\+\d|[А-ЯЁІЇЄ]{2,})[ \t]+"
    r"(?=[А-ЯЁІЇЄ][а-яёіїєґ]))?"
    # "Розмову вела журналістка програми «Вікна» Марія Танака": the show she works for named
    # in the genitive before its quoted title.
    r"(?:(?:програми|программы|передачі|передачи)[ \t]+(?=[«\"„“]))?"
    r"(?:[«\"„“][^»\"”\n]{1,40}[»\"”][ \t]+)?"  # "Ведуча «Суспільне Студія» Ірина Павленко"
    # "ведуча Суспільного Анастасія Мельник", "ведущая Первого канала Анна Петрова": the
    # outlet in the genitive (no given name ends so) precedes the host's name.
    r"(?:[А-ЯЁІЄ][а-яёіїєґ]+(?:ого|его|ої|ой)[ \t]+(?:(?:канала|каналу|радио|радіо)[ \t]+)?)?"
    # "ведуча Суспільне Студії Оксана Мельник": an unquoted show's name before the host's; the
    # name is the last pair of the run of capitalised words (as for _RU_JOURNALIST).
    r"(?:[А-ЯЁІЇЄ][а-яёіїєґ'’\-]+[ \t]+){0,2}?" + _RU_PAIR + r"(?![ \t]+[А-ЯЁІЇЄ][а-яёіїєґ])"
)
# "у розмові з ведучою Катериною Бойко", "в беседе с ведущим Павлом Зарубиным": the host, in the
# instrumental after "with"; co-hosts after the plural ("розмови з ведучими Оленою Гуменюк і
# Тарасом Бойченком", read on by _more_pairs).
_RU_WITH_HOST = re.compile(
    r"(?<![а-яёіїєґ])(?:з|із|зі|с|со)[ \t]+(?P<host>ведучою|ведучим|ведущей|ведущим|ведучими"
    r"|ведущими)[ \t]+"
    r"(?:(?:прямого[ \t]+)?(?:эфира|ефіру|программы|програми|телемарафону|телемарафона)[ \t]+)?"
    + _RU_PAIR
)
# "розповів ведучій Марині Гончар", "рассказал ведущему Павлу Зарубину": the host, in the dative
# after a verb of telling (a dative host is the one asked; "с ведущей" is _RU_WITH_HOST's).
_RU_TO_HOST = re.compile(
    r"(?<![а-яёіїєґ])(?:[Вв]едучій|[Вв]едучому|[Вв]едущему|(?<![Сс][ \t])(?<![Сс]о[ \t])[Вв]едущей)"
    r"[ \t]+(?:(?:прямого[ \t]+)?(?:ефіру|эфира|програми|программы)[ \t]+)?"
    # mid.ru: "Интервью … С.В.Лаврова ведущему программы «Неделя в мире» телеканала «Россия
    # 24» Кириллу Лебедеву": the show and its channel, each in quotes, before the host's name.
    r"(?:[«\"„“][^»\"”\n]{1,40}[»\"”][ \t]+)?"
    r"(?:(?:телеканала|телеканалу|радиостанции|радіостанції|радио|радіо)[ \t]+"
    r"[«\"„“][^»\"”\n]{1,40}[»\"”][ \t]+)?"
    # "ведучому телеканалу ICTV Олегу Панюті": the channel unquoted, a Latin or capitals name.
    r"(?:(?:(?:телеканала|телеканалу|каналу|канала)[ \t]+)?"
    r"(?:[A-Z][A-Za-z0-9]*(?:[+&][A-Za-z0-9]+)?|\d\+\d|[А-ЯЁІЇЄ]{2,})[ \t]+"
    r"(?=[А-ЯЁІЇЄ][а-яёіїєґ]))?" + _RU_PAIR + r"(?![ \t]+[А-ЯЁІЇЄ][а-яёіїєґ])"
)
# mid.ru's title names the host by initials, in the dative, after the show and the channel
# it airs on: "Интервью … С.В.Лаврова ведущему программы «Большая игра» на «Первом канале»
# В.А.Никонову" (the initials kept; the naming completes them where the page spells the name).
_RU_TO_HOST_INITIALS = re.compile(
    r"(?<![а-яёіїєґ])(?:[Вв]едущему|[Вв]едучому)[ \t]+(?:программы|програми)[ \t]+"
    r"[«\"„“][^»\"”\n]{1,40}[»\"”][ \t]+"
    r"(?:(?:(?:на|в|у)[ \t]+|(?:телеканала|телеканалу|радиостанции|радіостанції)[ \t]+)"
    r"[«\"„“][^»\"”\n]{1,40}[»\"”][ \t]+)?"
    r"(?P<i>(?:[А-ЯЁІЇЄ]\.[ \t]?){1,2})(?P<s>[А-ЯЁІЇЄ][а-яёіїєґ'’\-]+(?:у|ю))(?![а-яёіїєґ])"
)
# The host told, in the dative, by a guest on air: "Губернатор … в эфире программы «Интервью»
# рассказал Ирине Голубевой о промышленных парках", "розповіла в інтерв'ю Олені Бондар про …".
# The broadcast or interview must be named in the clause ("рассказал Владимиру Путину о
# ситуации в регионе" in a meeting's lead is a report, not an interview), and the pair must be
# followed by what was told ("о", "про", "что", "як").
_RU_TOLD_HOST = re.compile(
    r"(?<![а-яёіїєґ])(?:[Вв]|[Уу])[ \t]+(?:эфире|интервью|ефірі|інтерв['’]ю|программе|програмі"
    r"|студии|студії|беседе|розмові)(?![а-яёіїєґ])[^\n.!?]{0,80}?"
    r"(?<![а-яёіїєґ])(?:рассказал[аи]?|розповів|розповіла|розповіли)[ \t]+"
    r"(?:(?:в|у)[ \t]+(?:интервью|інтерв['’]ю)[ \t]+)?"
    + _RU_PAIR.replace("а-яё", "а-яёіїєґ'’")
    + r"(?=[ \t]*,?[ \t]+(?:о|об|обо|про|что|що|как|як)[ \t])"
    r"|(?<![а-яёіїєґ])(?:рассказал[аи]?|розповів|розповіла|розповіли)[ \t]+(?:в|у)[ \t]+"
    r"(?:интервью|інтерв['’]ю|эфире|ефірі)[ \t]+"
    + _RU_PAIR.replace("а-яё", "а-яёіїєґ'’")
    .replace("(?P<g>", "(?P<g2>")
    .replace("(?P<s>", "(?P<s2>")
    + r"(?=[ \t]*,?[ \t]+(?:о|об|обо|про|что|що|как|як)[ \t])"
)
# "ответил на вопросы ведущего программы «Воскресное время» Максима Громова", "запитання
# ведучої Суспільного Ірини Мельник": the host, in the genitive after the questions they put.
_RU_OF_HOST = re.compile(
    r"(?<![а-яёіїєґ])(?:[Вв]едущего|[Вв]едучого|[Вв]едущей|[Вв]едучої"
    # Co-hosts in the plural: "відповіла на запитання ведучих Андрія Мельника та Оксани
    # Гнатюк" (the second read on by _more_pairs).
    r"|(?P<hosts>[Вв]едущих|[Вв]едучих)"
    # A talk show's own host, whose programme it is: "В программе Дарьи Лис — вопросы о …",
    # "У програмі Марини Литвин".
    r"|(?<![а-яёіїєґ])[ВвУу][ \t]+(?:программе|програмі|передаче|передачі))[ \t]+"
    r"(?:(?:прямого[ \t]+)?(?:эфира|ефіру|программы|програми)[ \t]+)?"
    r"(?:[«\"„“][^»\"”\n]{1,40}[»\"”][ \t]+)?"
    # The show's channel between the show and the host (mos.ru): "ответил на вопросы ведущей
    # программы «Мой город» на телеканале «ТВ Центр» Екатерины Морозовой", "… телеканала «Россия
    # 24» Марии Ситтель".
    r"(?:(?:(?:на|в|у)[ \t]+)?(?:телеканале|телеканала|телеканалі|радиостанции|радіостанції"
    r"|радио|радіо)[ \t]+[«\"„“][^»\"”\n]{1,40}[»\"”][ \t]+)?"
    + _RU_PAIR
    + r"(?![ \t]+[А-ЯЁІЇЄ][а-яёіїєґ])"
)
# A talk show titled by its host: "Воскресный вечер с Владимиром Соловьёвым", "Вечір з Яніною
# Соколовою", "Неделя с Марианной Максимовской" — a programme's time word or "шоу", then "with"
# and the host in the instrumental, ending the title line.
_RU_SHOW_HOST = re.compile(
    r"(?<![а-яёіїєґ])(?:[Вв]ечер|[Уу]тро|[Нн]еделя|[Вв]ечір|[Рр]анок|[Тт]иждень|[Шш]оу)[ \t]+"
    r"(?:с|со|з|із|зі)[ \t]+" + _RU_PAIR + r"[ \t]*$",
    re.MULTILINE,
)
# "Беседовала Алёна Кудрявцева" closing the interview (the name in the nominative).
_RU_CONDUCTED = re.compile(
    r"(?<![а-яёіїєґ])(?:Беседовал[аи]?|Вопросы[ \t]+задавал[аи]?"
    r"|Интервью[ \t]+(?:взял|записал)[аи]?"
    # RBC-Ukraine's byline: "Розмовляла: Олеся Мартинюк".
    r"|Розмовляла|Розмовляв|Спілкувалася|Спілкувався"
    # Two of them, the plural: "Розмовляли Ярина Кульчицька та Богдан Стецьків".
    r"|Розмовляли|Спілкувалися"
    # A closing credit for the whole piece: "Материал подготовила Дарья Пушкарёва",
    # "Матеріал підготувала Ірина Гончар" (the one who put the questions, in an interview).
    r"|(?<![^\n])[ \t]*(?:Материал|Матеріал)[ \t]+(?:подготовил[аи]?|підготува(?:ла|в|ли))"
    # Gordon's closing signature: "Розмову записала Юлія Бондар". ("Розмову вела ведуча …"
    # in a lead is the host rules'.)
    r"|(?:Розмову|Бесіду|Беседу|Інтерв['’]ю)[ \t]+(?:записал[аи]?|записав)"
    # … or who held it, as a closing credit line of its own, the name right after the verb and
    # ending the line: "Розмову вела Ольга МЕЛЬНИК." (a lead's mid-sentence "Розмову вела
    # ведуча …" is the host rules').
    r"|(?<![^\n])[ \t]*(?:Розмову|Бесіду|Беседу)[ \t]+(?:вела|вів|вел[аи]?)(?=[ \t]+"
    r"[А-ЯЁІЇЄ][а-яёіїє'’]+[ \t]+[А-ЯЁІЇЄ][А-ЯЁІЇЄа-яёіїє'’\-]+\.?[ \t]*(?:\n|$))"
    # Neva.Today's closing "Записал Илья Смирнов": the bare verb, the name right after it.
    r"|(?<![^\n])[ \t]*(?:Записал[аи]?|Записав)(?=[ \t]+[А-ЯЁІЇЄ][а-яёіїє'’]+[ \t]+"
    r"[А-ЯЁІЇЄ][а-яёіїє'’\-]+\.?[ \t]*(?:\n|$)))"
    r"[ \t]*:?[ \t]+(?:[а-яёіїєґ]+[ \t]+){0,4}"
    # The byline's surname in capitals, as a regional site sets it: "Беседовала Елена
    # СУББОТИНА" (read as "Субботина").
    + _RU_PAIR.replace(
        r"(?:-[А-ЯЁІЄ][а-яёіїєґ'’]+)?)",
        r"(?:-[А-ЯЁІЄ][а-яёіїєґ'’]+)?|[А-ЯЁІЇЄ]{2,}(?:-[А-ЯЁІЇЄ]{2,})?(?![А-ЯЁІЇЄ]))",
    )
)
# "Інтерв'ю РБК-Україна з главою МЗС Андрієм Сибігою", "интервью с министром Сергеем Лавровым":
# the one the interview is with, in the instrumental.
_RU_INTERVIEW_WITH = re.compile(
    r"(?<![а-яёіїєґ])(?:[Іі]нтерв['’]ю|[Ии]нтервью|[Рр]озмова|[Бб]еседа"
    # "«Українська правда» поговорила з Оксеном Лісовим", "ТАСС побеседовал с …"
    # The Ukrainian masculine too: "Forbes поговорив із співзасновником компанії …".
    # A dek may open with the verb, no subject: "Поговорили с координатором фонда …".
    r"|[Пп]оговорил[аио]?|[Пп]оговорили|[Пп]оговорив|[Пп]обеседовал[аи]?"
    # (the masculine past ends "-вся": "Укрінформ поспілкувався з …")
    r"|[Пп]оспілкува(?:вся|лася|лися|лося)"
    # The bare imperfective after "we": "Про ремонт … ми говорили з директоркою ліцею …".
    r"|(?<=[Мм][иы][ \t])(?:говорили|розмовляли|беседовали))"
    r"(?![а-яёіїєґ])[^\n.!?]{0,60}?"
    # ("директоркою департаменту охорони здоров'я Житомирської ОВА": an apostrophe in a word)
    r"(?<![а-яёіїєґ])(?:з|із|зі|с|со)[ \t]+(?:[а-яёіїєґ\-'’]+[ \t]+|[А-ЯЁІЄ]{2,}[ \t]+"
    # Two posts in a row, a comma between, both in the instrumental: "із керівником проєкту,
    # заступником міністра оборони Олексієм Кравчуком" (the comma only before such a post).
    r"|[а-яёіїєґ\-'’]+,[ \t]+(?=[а-яёіїєґ'’\-]+(?:ом|ем|єм|ою|ею)[ \t])"
    # A company's legal form, an acronym with a small letter inside: "з головою правління ПрАТ
    # «Укргідроенерго» Ігорем …", "з директором ТзОВ …".
    r"|[А-ЯЁІЇЄ]+[а-яёіїєґ]{1,2}[А-ЯЁІЇЄ]+[ \t]+"
    # "з головою Харківської обласної військової адміністрації Олегом Синєгубовим"
    r"|[А-ЯЁІЇЄ][а-яёіїєґ'’\-]+(?:ої|ого|ой|ей|ів|их)[ \t]+"
    # A country or region in the genitive, after an agency's acronyms: "с начальником центра
    # ГИМС ГУ МЧС России по Нижегородской области Сергеем Зайцевым".
    r"|(?:Росс?ии|Росії|Украины|України|Беларуси|Білорусі)[ \t]+"
    # An institution's capitalised noun in the genitive: "с ведущим аналитиком Центра
    # макроэкономических исследований Павлом Гуревичем", "з директором Інституту …".
    r"|(?:Центр|Институт|Інститут|Фонд|Банк|Университет|Університет|Совет|Рад|Министерств"
    r"|Міністерств|Департамент|Управлени|Управлінн|Агентств|Комитет|Комітет|Союз|Клуб"
    # "с президентом Ассоциации региональных авиаперевозчиков Игорем Сомовым"
    r"|Ассоциаци|Асоціаці|Палат|Служб|Корпораци|Корпораці|Компани|Компані)"
    r"(?:а|у|и|і|я)[ \t]+"
    # "с руководителем аналитического центра «Вектор» Еленой Громовой": a quoted name.
    # A long post before the name: "с бывшим сотрудником департамента денежно-кредитной
    # политики ЦБ экономистом Денисом Кравцом" (The Bell): up to ten words (an agency's
    # acronyms and its region: "начальником центра ГИМС ГУ МЧС России по … области").
    r"|[«\"„“][^»\"”\n]{1,40}[»\"”][ \t]+){0,10}" + _RU_PAIR
)
# A podcast's host who talks with the guest, in the present: "Ведуча Катерина Литвин говорить з
# архітектором Андрієм Руденком про …", "Ведущий Павел Орлов беседует с экономистом …".
_RU_HOST_TALKS_WITH = re.compile(
    r"(?<![а-яёіїєґ])(?:[Вв]едуч|[Вв]едущ)[а-яёіїєґ]{0,3}[ \t]+"
    r"(?:[А-ЯЁІЇЄ][а-яёіїєґ'’\-]+[ \t]+){0,2}(?:говорить|говорит|розмовляє|беседует"
    r"|спілкується|общается)[ \t]+(?:з|із|зі|с|со)[ \t]+"
    # (the post may serve a state or a region, capitalised in the genitive: "беседует с
    # сенатором Российской Федерации от Пермского края Лидией Кротовой")
    r"(?:(?:[а-яёіїєґ\-'’]+|[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]*(?:ск(?:ого|ой)|цк(?:ого|ой)|ськ(?:ого|ої)"
    r"|цьк(?:ого|ої)|ации|ації|ии|ії|ины|іни))[ \t]+){0,8}" + _RU_PAIR
)
# A news lead that announces the text below it ("… обратился глава администрации города Роман
# Ивашку. Приводим текст выступления."): the lead is the editor's, the text the speaker's.
TEXT_FOLLOWS = re.compile(
    r"(?<![а-яёіїєґ])(?:Приводим|Публикуем|Предлагаем[ \t]+вашему[ \t]+вниманию|Приводимо"
    r"|Публікуємо|Пропонуємо[ \t]+вашій[ \t]+увазі"
    # The outlet in the third person: "«Газета.Ru» публикует текст выступления и ответы …".
    r"|публикует|приводит|публікує|наводить)[ \t]+(?:[а-яёіїєґ]+[ \t]+){0,2}"
    r"(?:текст|стенограмм|стенограм|выступлени|виступ|обращени|звернен|реч|промов)"
    r"[^\n.!?]{0,80}[.:!]?[ \t]*$",
    re.MULTILINE,
)
# … and names who speaks, in the nominative after the verb: "обратился глава … Роман Ивашку",
# "выступил губернатор …", "звернувся мер міста …".
_RU_ADDRESSED = re.compile(
    r"(?<![а-яёіїєґ])(?:обратил(?:ся|ась)|выступил[аи]?|звернув(?:ся)?|звернулася|виступив"
    r"|виступила)[ \t]+(?:[а-яёіїєґ«»\-]+[ \t]+){0,8}" + _RU_PAIR
)
# … or before it, after the post: "Министр транспорта Сергей Коптев выступил на пленарной
# сессии …", "Мер міста Ігор Терехов звернувся до мешканців".
_RU_ADDRESSED_BEFORE = re.compile(
    _RU_PAIR + r"[ \t]+(?:обратил(?:ся|ась)|выступил[аи]?|звернув(?:ся)?|звернулася|виступив"
    r"|виступила)(?![а-яёіїєґ])"
)
# … or with the address as the occasion of another verb: "Президент України Володимир Зеленський
# у вечірньому зверненні розповів про …", "Мэр Андрей Петров в видеообращении заявил …".
_RU_IN_ADDRESS = re.compile(
    _RU_PAIR + r"[ \t]+(?:у|в|во)[ \t]+(?:[а-яёіїєґ'’\-]+[ \t]+){0,2}"
    r"(?:(?:відео)?звернен(?:ні|ню)|(?:видео)?обращени(?:и|ю)|виступі|выступлении|промові|речи)"
    r"(?![а-яёіїєґ])"
)
# … or as the teller of the lead's news: "Президент України Андрій Ковальчук заявив, що …",
# "Губернатор Иван Петров сказал …" (read only above an announcement of the text, TEXT_FOLLOWS).
_RU_LEAD_TELLER = re.compile(
    _RU_PAIR + r"[ 	]+(?:заявив|заявила|заявил|сказав|сказала|сказал|наголосив|наголосила"
    r"|подчеркнул[аи]?|повідомив|повідомила|сообщил[аи]?)(?![а-яёіїєґ])"
)
# "Ведущий — Олег Кравцов." in a talk show's header: the host of the "ВЕДУЩИЙ:" labels.
_RU_HOST_LINE = re.compile(
    r"^[ \t]*(?:Ведущ(?:ий|ая|ие)|Ведуч(?:ий|а|і))(?:[ \t]+программы)?[ \t]*[—–:-][ \t]*"
    + _RU_PAIR.replace("а-яё", "а-яёіїєґ'’"),
    re.MULTILINE,
)

# A programme's crew credits under the transcript: "Над программой работали: ведущая Анастасия
# Колобова, режиссёр Марина Тулупова, …", "Над програмою працювали: ведуча …" (the host of the
# "Ведущая:" labels, the role in lowercase before the name).
_RU_CREW_HEAD = re.compile(
    r"[ \t]*(?:Над[ \t]+(?:программой|выпуском|передачей|эфиром)[ \t]+работали"
    r"|Над[ \t]+(?:програмою|випуском|передачею|ефіром)[ \t]+працювали)[ \t]*:"
)
_RU_HOST_CREDIT = re.compile(
    r"^"
    + _RU_CREW_HEAD.pattern
    + r"[^\n]*?(?<![а-яёіїєґ])(?:ведущ(?:ий|ая)|ведуч(?:ий|а))[ \t]+"
    + _RU_PAIR.replace("а-яё", "а-яёіїєґ'’"),
    re.MULTILINE,
)

# A broadcast's lead that opens on the host, the subject of the conversation verb: "Мария
# Ситникова обсудила с директором института … и экономистом …", "Олена Бойко поговорила з …"
# (the host of the "Ведущая:" labels; the guests follow "с"/"з" in the instrumental).
_RU_HOST_SUBJECT = re.compile(
    r"^[ \t]*" + _RU_PAIR + r"[ \t]+(?:обсудил[аи]?|поговорил[аи]?|побеседовал[аи]?"
    r"|расспросил[аи]?|обговорив|обговорила|обговорили|поговорив|поспілкувал(?:ся|ася|ися)"
    r"|розпитав|розпитала)[ \t]+(?:с|со|з|із|зі)(?![а-яёіїєґ])",
    re.MULTILINE,
)
# A talk show's cast list names the host first, then the role: "В студии: / Кирилл Вязов –
# ведущий программы; / Андрей Сергеев – депутат …" (the host of the "ВЕДУЩИЙ:" labels).
_RU_HOST_CAST = re.compile(
    r"^[ \t]*" + _RU_PAIR.replace("а-яё", "а-яёіїєґ'’") + r"[ \t]*[—–-][ \t]*"
    r"(?:ведущ(?:ий|ая)|ведуч(?:ий|а))"
    # … the host's post alone, or of the show: "Иван Петров – ведущий научный сотрудник ИМЭМО"
    # is a guest's ("leading researcher"), not the host.
    r"(?:[ \t]+(?:программы|передачи|эфира|ток-шоу|шоу|студии|програми|передачі|ефіру|студії"
    r"|телемарафону|телемарафона))?[ \t]*(?=[;,.:«\"(]|$)",
    re.MULTILINE,
)

# "Модератор брифинга – Динара Сейтказина.": a lead sentence naming who moderates (the
# "Модератор:" labels), in the nominative after a dash.
# president.gov.ua: "Модерував пресконференцію речник Президента Сергій Никифоров." — the verb,
# the event, the post in lowercase (and its genitive), then the moderator in the nominative.
_RU_MODERATED = re.compile(
    r"(?<![а-яёіїєґ])(?:(?:[Мм]одерува(?:в|ла)|[Мм]одерировал(?:а)?|[Вв]ела|[Вв]ёл|[Вв]ів)[ \t]+"
    r"(?:брифинг|брифінг|пресс-конференцию|прес-конференцію|пресконференцію|встречу|зустріч"
    # "Модерував захід речник Міністерства оборони України Олег Ковтун": the event itself.
    r"|захід|мероприятие|подію|событие"
    # A print round table's lead: "Модерировал дискуссию обозреватель «Ъ» Дмитрий Козлов."
    r"|дискуссию|дискусію|круглый[ \t]+стол|круглий[ \t]+стіл"
    # A broadcast's host: "Вела эфир Марина Лебедева." under a phone-in's lead ("Ведущая:"),
    # "Вёл программу …", "Вів ефір …".
    r"|эфир|ефір|программу|програму|передачу"
    # "В мэрии прошла … пресс-конференция. Вела её руководитель пресс-службы … Елена Громова.":
    # the event as a pronoun, the sentence before naming it (checked where it is read).
    r"|(?P<pron>её|ее|її|его|його))"
    # "Модерувала речниця Президента Дарина Зарічна.": the moderating verb needs no object
    # (unlike "вела", which leads many other things).
    r"|[Мм]одерува(?:в|ла)|[Мм]одерировал(?:а)?"
    # The broadcast first, the verb after it: "Программу вела Елена Кондратьева.", "Ефір вів …".
    r"|(?:[Пп]рограмм?у|[Ээ]фир|[Ее]фір|[Пп]ередачу)[ \t]+(?:вела|вёл|вел|вів)"
    # "Модератором выступила руководитель пресс-службы губернатора Ольга Ким.", "Модератором
    # був речник міністерства …": the moderator in the instrumental, the person in the nominative.
    r"|[Мм]одератор(?:ом|кою)[ \t]+(?:выступил[аи]?|был[аи]?|стал[аи]?|виступив|виступила"
    r"|був|була|став|стала))"
    # (a deputy's post by remit runs to five words: "Вёл встречу заместитель главы по
    # территориальному развитию Андрей Сомов."; an institution's acronym in it: "Модерувала
    # брифінг речниця ЛОВА Христина Бойко.")
    # (the post's outlet in guillemets: "обозреватель «Ъ»", "журналист «Известий»")
    r"[ \t]+(?:[а-яёіїєґ][а-яёіїєґ\-]+(?:[ \t]+(?:[А-ЯЁІЄа-яёіїєґ][а-яёіїєґ\-]+|[А-ЯЁІЇЄҐ]{2,6}"
    r"|«[^»\n]{1,40}»))"
    r"{0,4}[ \t]+)?" + _RU_PAIR.replace("а-яё", "а-яёіїєґ'’")
)
_EVENT_BEFORE = re.compile(
    r"(?i:пресс-конференци|прес-конференці|пресконференці|брифинг|брифінг)[а-яёіїєґ]*[^.!?\n]*"
    r"[.!?][ \t]*$"
    # (or the same sentence, the event its subject and a comma before the pronoun: "Брифінг
    # відбувся в Олімпійському домі, модерувала його прессекретарка … Наталія Гребенюк.")
    r"|(?m:^|(?<=[.!?])[ \t]+)(?:Пресс-конференция|Прес-конференція|Пресконференція|Брифинг"
    r"|Брифінг)[ \t]+[^.!?\n]{0,120},[ \t]*$"
)
_RU_MODERATOR_NAMED = re.compile(
    r"(?<![а-яёіїєґ])(?:[Мм]одератор(?:ка)?|[Вв]едущ(?:ий|ая)|[Вв]едуч(?:ий|а))"
    r"(?:[ \t]+(?:брифинга|брифінгу|пресс-конференции|прес-конференції|эфира|ефіру"
    r"|встречи|зустрічі))?[ \t]+[—–][ \t]+"
    # "Модератор – пресс-секретарь Министерства Елена Гусева.": the moderator's post (a lowercase
    # noun, then up to three words of it) may stand before the name.
    # "Модератор — обозреватель «Известий» Павел Лыков.": the outlet in guillemets.
    r"(?:[а-яёіїєґ][а-яёіїєґ\-]+(?:[ \t]+(?:[А-ЯЁІЄа-яёіїєґ][а-яёіїєґ\-]+"
    r"|[«\"„“][^»\"”\n]{1,40}[»\"”])){0,3}[ \t]+)?" + _RU_PAIR.replace("а-яё", "а-яёіїєґ'’")
)
# The same role as a press centre's credit field over the stenogram, the post after a comma:
# "Модератор: Ольга Кравцова, обозреватель МИА «Россия сегодня»." (pressmia.ru), whose holder
# then speaks as "ВЕДУЩАЯ:" (a patronymic there is an address: "Ведущая: Ирина Викторовна, …").
_RU_MODERATOR_FIELD = re.compile(
    r"^[ \t]*(?:[Мм]одератор(?:ка)?|[Вв]едущ(?:ий|ая)|[Вв]едуч(?:ий|а))[ \t]*:[ \t]*"
    r"(?![А-ЯЁІЄ][а-яёіїєґ'’]+[ \t]+[А-ЯЁІЄ][а-яёіїєґ]+(?:вич|вна|ична|івна|ївна)(?![а-яёіїєґ]))"
    + _RU_PAIR.replace("а-яё", "а-яёіїєґ'’")
    + r"(?=,[ \t]+[а-яёіїєґ][^\n.!?]{2,100}\.?[ \t]*$)",
    re.MULTILINE,
)
# "Гість: Максим Руденко, старший аналітик …": a programme page's guest, in the nominative.
_RU_GUEST_LINE = re.compile(
    r"^[ \t]*(?:Гост(?:ь|ья|и)|Гість|Гостя|Гості)[ \t]*[—–:-][ \t]*"
    + _RU_PAIR.replace("а-яё", "а-яёіїєґ'’"),
    re.MULTILINE,
)
_MORE_PAIR = re.compile(
    r"[ \t]*(?:,|[ \t](?:и|і|й|та))[ \t]+"
    # A co-host's short given name before the full one in brackets: "Ведучі: Тарас Мельник і
    # Оля (Ольга) Дзюба" lists Ольга Дзюба (the bracketed form is the name's own).
    r"(?P<short>[А-ЯЁІЄ][а-яёіїєґ'’]+[ \t]+\((?=[А-ЯЁІЄ][а-яёіїєґ'’]+\)[ \t]))?"
    + _RU_PAIR.replace("а-яё", "а-яёіїєґ'’").replace(r")[ \t]+", r")(?(short)\))[ \t]+", 1)
)


_YO_NOMINATIVE = {"Петр": "Пётр", "Семен": "Семён", "Артем": "Артём", "Федор": "Фёдор"}


def _patronymic_mended(people: list[tuple[str, Name]], text: str) -> list[tuple[str, Name]]:
    """The lead's people with a patronymic caught as a name word mended from the text: the
    rules read a two-word pair, so "Модератор – советник пресс-службы министерства Ольга
    Сергеевна Лаптева" gives "Сергеевна Лаптева" (the post's words swallow the given name) and
    "Ведущая – Ольга Сергеевна Лаптева" gives "Ольга Сергеевна" — both are Ольга Лаптева. A
    name the text does not write whole is kept as read."""
    out: list[tuple[str, Name]] = []
    for kind, name in people:
        if name.given and _patronymic(name.given[0]):
            pat, sur = re.escape(name.given[0]), re.escape(name.surname)
            found = {
                g
                for g in re.findall(
                    rf"([А-ЯЁІЇЄ][а-яёіїєґ'’]+)[ \t]+{pat}[ \t]+{sur}(?![а-яёіїєґ])", text
                )
                if not is_title_token(g) and not _patronymic(g)
            }
            if not found:
                # The lead declines all three words: "с директором заповедника Петром
                # Семёновичем Ковалёвым" read as "Семёнович Ковалёв": the word before the
                # declined patronymic, put back in the nominative, is the given name.
                p_stem = re.escape(name.given[0][:-1])
                s_stem = re.escape(name.surname[:-1])
                found = {
                    _nominative(g)
                    for g in re.findall(
                        rf"(?<![а-яёіїєґА-ЯЁІЇЄ])([А-ЯЁІЇЄ][а-яёіїєґ'’]+)[ \t]+{p_stem}"
                        rf"[а-яёіїєґ]{{1,4}}[ \t]+{s_stem}[а-яёіїєґ]{{1,4}}(?![а-яёіїєґ])",
                        text,
                    )
                    if not is_title_token(g) and not _patronymic(g)
                }
                if "ё" in text:
                    # A page that writes "ё" gives the nominative its own: "Петром" -> "Пётр"
                    # (the stress moves onto the stem; the oblique cases have no "ё").
                    found = {_YO_NOMINATIVE.get(g, g) for g in found}
            if len(found) == 1:
                name = Name((found.pop(),), name.surname, None, False)
        elif name.given and _patronymic(name.surname):
            given, pat = re.escape(name.given[0]), re.escape(name.surname)
            found = set(
                re.findall(
                    rf"(?<![а-яёіїєґА-ЯЁІЇЄ]){given}[ \t]+{pat}[ \t]+"
                    r"([А-ЯЁІЇЄ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄ][а-яёіїєґ'’]+)?)(?![а-яёіїєґ])",
                    text,
                )
            )
            if not found:
                # The lead declines all three words: "поговорила з першим заступником міністра
                # Іваном Петровичем Ващуком" read as "Іван Петрович": the third word, put back
                # in the nominative, is the surname.
                g_stem = re.escape(re.sub(r"[аеєиіїоуюяйь]$", "", name.given[0]))
                fleeting = re.fullmatch(r"(.+[^аеёиоуыэюя])[её]([^аеёиоуыэюяй])", name.given[0])
                if fleeting:
                    # A given name drops its fleeting vowel when declined: "с директором
                    # заповедника Павлом Сергеевичем Ветровым" for "Павел" ("Павла", "Павлу").
                    g_stem = rf"{re.escape(fleeting[1])}[её]?{re.escape(fleeting[2])}"
                p_stem = re.escape(re.sub(r"[аеєиіїоуюяйь]$", "", name.surname))
                found = {
                    _attested_surname(w, text)
                    for w in re.findall(
                        rf"(?<![а-яёіїєґА-ЯЁІЇЄ]){g_stem}[а-яёіїєґ]{{0,3}}[ \t]+{p_stem}"
                        r"[а-яёіїєґ]{0,3}[ \t]+([А-ЯЁІЇЄ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄ][а-яёіїєґ'’]+)?)"
                        r"(?![а-яёіїєґ])",
                        text,
                    )
                }
            # A surname may end so ("Павел Гуревич", "Роман Абрамович"): only a third word
            # after it makes it a patronymic.
            if len(found) == 1:
                name = Name(name.given, found.pop(), None, False)
        else:
            out.append((kind, name))
            continue
        if (kind, name) not in out:
            out.append((kind, name))
    return out


def _more_pairs(text: str, pos: int) -> list[tuple[str, str]]:
    """The further names of a list line after its first ("…, Павло Гнатюк"), up to the first
    thing that is not a name (a role: "…, старший аналітик")."""
    found: list[tuple[str, str]] = []
    while (m := _MORE_PAIR.match(text, pos)) is not None and not is_title_token(m.group("g")):
        found.append((m.group("g"), m.group("s")))
        pos = m.end()
    return found


def _surname_agreeing(written: str, given: str, surname: str) -> str:
    """``surname`` in the case its given name was undone from: "ведущего Игоря Гмызы" reads
    "Игорь" from "Игоря", and the man's "-а" surname, declined like a noun, is "Гмыза" (a
    Russian genitive "-ы", or "-и" after a velar or hushing consonant, ends no nominative
    surname beside an oblique given name)."""
    if (
        given != written
        and len(surname) > 3
        and re.fullmatch(r"[А-ЯЁ][а-яё\-]+(?:ы|[гкхжшч]и)", surname) is not None
    ):
        return surname[:-1] + "а"
    return surname


def _genitive_given(word: str) -> str:
    """A genitive given name -> nominative: "Алёны" -> "Алёна", "Ольги" -> "Ольга"."""
    head, dash, last = word.rpartition("-")
    if dash and head[:1].isupper() and last[:1].isupper() and _genitive_given(last) != last:
        # A double given name declines its last part ("Касым-Жомарта" -> "Касым-Жомарт"); a
        # woman's declines both, each in the genitive ("Анны-Марии" -> "Анна-Мария").
        first = _genitive_given(head) if re.search(r"[ыи]$", head) else head
        return f"{first}-{_genitive_given(last)}"
    low = word.lower()
    if low.endswith("ы") or re.search(r"[гкхжшчщ]и$", low):
        return word[:-1] + "а"
    # Ukrainian feminine genitives: "ведучої Марини Литвин" -> "Марина", "Юлії" -> "Юлія" (a
    # masculine given name's genitive ends in "-а"/"-я", never so).
    if low.endswith("ії"):
        return word[:-1] + "я"
    # Russian ones in "-ья"/"-ия": "Дарьи" -> "Дарья", "Марии" -> "Мария".
    if low.endswith(("ьи", "ии")) and len(low) > 3:
        return word[:-1] + "я"
    if re.search(r"[бвдзлмнпрстф]и$", low):
        return word[:-1] + "а"
    return genitive_to_nominative(word)


# The outlet asked the interviewee, named last in the clause in the genitive/accusative:
# "«Економічна правда» розпитала голову правління … Андрія Коломійця", "«Страна» запитала в
# економіста Сергія Ярошенка", "корреспондент расспросил директора завода Ивана Петрова".
_RU_ASKED = re.compile(
    r"(?<![а-яёіїєґ])(?:розпитал[аио]?|розпитав|запитал[аио]?|запитав|спитал[аио]?|спитав"
    r"|расспросил[аио]?|спросил[аио]?)(?![а-яёіїєґ])(?P<post>[^\n.!?]{0,160})"
)


# Questions put to the interviewee, named in the dative after a lower-case post: "Ми поставили
# сім запитань інфекціоністці обласної лікарні Олені Ковальчук", "Мы задали несколько вопросов
# главному врачу больницы Ирине Соколовой".
_RU_QUESTIONS_TO = re.compile(
    r"(?<![а-яёіїєґ])(?:поставил[аи]?|поставили|поставив|задал[аи]?|задали|задав)[ \t]+"
    r"(?:[а-яёіїєґ'’\-]+[ \t]+){0,2}(?:запитан|питан|вопрос)[а-яёіїєґ]*[ \t]+"
    r"(?:[а-яёіїєґ'’\-]+[ \t]+){0,6}" + _RU_PAIR
)


# The reporter visited the interviewee, named in the genitive after "в гостях у": "Мы побывали
# в гостях у Натальи Коваль — единственного фельдшера …", "Ми побували в гостях у Івана
# Гнатюка"; a post may stand between ("в гостях у фельдшера Натальи Коваль").
_RU_VISITED = re.compile(
    r"(?<![а-яёіїєґА-ЯЁІЇЄҐ])(?:[Вв]|[Уу])[ \t]+гост(?:ях|і)[ \t]+(?:у|в|до)[ \t]+"
    r"(?:[а-яёіїєґ'’\-]+[ \t]+){0,4}" + _RU_PAIR
)


def _visited_pair(given: str, surname: str) -> tuple[str, str] | None:
    """A genitive pair in the nominative, a man's ("Ивана Петрова" -> "Иван Петров") or a
    woman's ("Натальи Коваль" -> "Наталья Коваль", "Юлії Бойко" -> "Юлія Бойко"); None when
    the given name shows no genitive."""
    pair = _accusative_pair(given, surname)
    if pair is None and re.search(r"(?:[^аеиоуыэюяёіїє]ы|[гкхжшчщлнр]и|ьи|ии|ії)$", given):
        pair = _genitive_given(given), genitive_to_nominative(surname)
    return pair


def _accusative_pair(given: str, surname: str) -> tuple[str, str] | None:
    """A man's genitive/accusative pair in the nominative ("Андрія Коломійця" -> "Андрій
    Коломієць", "Сергія Ярошенка" -> "Сергій Ярошенко"), a woman's accusative too ("Ірину
    Бойко" -> "Ірина Бойко", "Елену Петрову" -> "Елена Петрова"); None when the given name
    shows no such case."""
    if re.search(r"[иіь]ю$", given) and len(given) > 3:
        # A woman's "-ія"/"-ия"/"-ья" given name in the accusative ("розпитав … Юлію
        # Дмитренко" -> "Юлія Дмитренко", "Марию Петрову"). A man's "-ій" name reads so only in
        # the dative, his surname then in "-у"/"-ю" too ("Андрію Коваленку"): no such pair.
        sur = re.sub(r"(?<=[оеиі]в|[иі]н)у$", "а", surname)
        sur = re.sub(r"((?:[сцз]ь|[сц])к)у$", r"\1а", sur)
        sur = sur[:-2] + "ая" if sur.endswith("ую") else sur
        if re.search(r"[уюї]$", sur):
            return None
        return given[:-1] + "я", sur
    if re.search(r"[^аеиоуюяіїє][ую]$", given) and len(given) > 3:
        g = given[:-1] + ("а" if given.endswith("у") else "я")
        sur = surname[:-1] + "а" if re.search(r"(?:ов|ев|ёв|єв|ин|ін)у$", surname) else surname
        sur = sur[:-2] + "ая" if re.search(r"[сц]кую$", surname) else sur
        # Ukrainian adjectival surnames: "Ліну Завадську" -> "Ліна Завадська".
        sur = sur[:-1] + "а" if re.search(r"[сцз]ьку$", surname) else sur
        if sur == surname and re.search(r"[бвгджзклмнпрстфхцчшщ]у$", surname) and len(surname) > 5:
            # An "-а" surname's accusative ("запитали … Миколу Кушніру" -> "Кушніра"): a man's
            # consonant-final surname would read "-а" here ("Миколу Гаврилюка"), a woman's
            # would not decline ("Олену Гаврилюк").
            sur = surname[:-1] + "а"
        man = r"(?:[бвгджзклмнпрстфхцчшщ]а|[бвгджзклмнпрстфхцчшщьйа]я)$"
        if re.search(man, surname) and len(surname) > 4:
            # A man whose given name is of the "-а" declension ("Миколу Гаврилюка", "Никиту
            # Михалкова"): the surname's accusative is its genitive (a woman's "-у" surname
            # would read "Олену Гаврилюк", "Анну Петрову"; an adjective "-ую").
            sur = _genitive_surname(surname)
        return g, sur
    g = _genitive_given(given)
    if g == given or not re.search(r"[ая]$", given):
        return None
    if re.search(r"[бвгджзклмнпрстфхцчшщ]у$", surname) and len(surname) > 5:
        # A man's "-а" surname in the accusative after his given name's ("розпитала … Георгія
        # Гелетуху" -> "Георгій Гелетуха"): its genitive would read "-и", and no nominative
        # surname ends in a consonant and "-у" (an indeclinable "Шойгу" is shorter).
        return g, surname[:-1] + "а"
    return g, _genitive_surname(surname)


def _genitive_surname(surname: str) -> str:
    """A man's surname in the genitive (or animate accusative) in the nominative."""
    low = surname.lower()
    if low.endswith("йця") and len(surname) > 5:
        return surname[:-3] + "єць"  # Коломійця -> Коломієць
    if re.search(r"[бвгджзклмнпрстфхшщ]ця$", low) and len(surname) > 5:
        return surname[:-2] + "ець"  # Кравця -> Кравець
    if re.search(r"ьця$", low) and len(surname) > 5:
        return surname[:-3] + "ець"  # Стрільця -> Стрілець
    return genitive_to_nominative(surname)


# A given name in the instrumental ("Андреем", "Олегом", "Анной", "Марией", "Оксаною").
_INSTRUMENTAL_GIVEN = re.compile(r"(?:ом|ем|ём|єм|ой|ей|ёй|ою|ею|єю)$")
_INSTRUMENTAL_PAIR = re.compile(
    r"(?<![а-яёіїєґ'’])(?P<g>[А-ЯЁІЄ][а-яёіїєґ'’]+(?:ом|ем|ём|єм|ой|ей|ёй|ою|ею|єю))[ \t]+"
    r"(?P<s>[А-ЯЁІЄ][а-яёіїєґ'’]+(?:-[А-ЯЁІЄ][а-яёіїєґ'’]+)?)(?![а-яёіїєґ])"
)


# A programme lead's plural verb or heading over the guests it lists: "Обсуждают экономист …
# и журналист …", "В студии …", "Гости программы: …", "Обговорюють …".
_RU_DISCUSSANTS = re.compile(
    r"(?<![а-яёіїєґ])(?:[Оо]бсуждают|[Оо]бговорюють|[Сс]порят|[Сс]перечаються|[Дд]искутируют"
    r"|[Дд]искутують|[Уу]частвуют|(?:[Вв]|[Уу])[ \t]+(?:студии|студії)|[Гг]ост(?:и|ей)"
    r"|[Гг]ості)(?![а-яёіїєґ])"
)


def _lead_people_ru(text: str) -> list[tuple[str, Name]]:
    """Interviewee and interviewer named in a Russian lead or closing line (see _RU_JOURNALIST)."""
    out: list[tuple[str, Name]] = []
    if not re.search(r"[а-яёіїєґ]", text):
        return out  # not Russian or Ukrainian: nothing to read
    # A panel's lead that names who moderates: the editors it also names are the panellists
    # ("Свій досвід розповіли головна редакторка «Вежі» Ірина Соловей та … Модерувала
    # дискусію журналістка Олена Гребенюк."), who answer the moderator.
    moderated = {
        (mm.group("g"), mm.group("s"))
        for mm in (*_RU_MODERATED.finditer(text), *_RU_MODERATOR_NAMED.finditer(text))
        if not ("pron" in mm.re.groupindex and mm.group("pron"))
    }
    for m in _RU_JOURNALIST.finditer(text):
        case = m.group("case")
        if (
            moderated
            and re.match(r"[Рр]едактор", m.group(0))
            and (m.group("g"), m.group("s")) not in moderated
        ):
            continue
        if re.search(r"[ \t]{2,}", text[m.end("g") : m.start("s")]):
            # A menu row's two items set apart by a wide gap are no name: "Корреспондент.net
            # Україна   Світ   Технології   Інтерв'ю" (the masthead is no journalist's post).
            continue
        given, surname = m.group("g"), m.group("s")
        if case in ("у", "ю"):
            given, surname = dative_given(given), dative_surname(surname)
        elif case in ("ці", "ке", "ки"):
            # A woman's post: "кореспондентці Олені Бондар", "корреспондентке …" (dative),
            # "кореспондентки …" (genitive).
            if case != "ки":
                given, surname = dative_given(given), dative_surname(surname)
            else:
                given, surname = _genitive_given(given), genitive_to_nominative(surname)
        elif case in ("а", "я"):
            given, surname = _genitive_given(given), genitive_to_nominative(surname)
        elif case in ("ом", "ем"):
            given, surname = _nominative(given), _nominative(surname)
        elif case not in ("", "ь", "ка"):
            continue  # plural "корреспондентов …": several people, no one in particular
        # The page's credits line "Редакторка: Ганна Ляшко" / "Редактор — …" names who edited
        # the text, not who asked (the byline names the journalist).
        if re.match(r"[Рр]едактор", m.group(0)) and re.match(
            r"[ \t]*[:—–]", text[m.start() + len("редактор") + len(case) :]
        ):
            continue
        if is_title_token(given):
            continue
        if _news_outlet(f"{m.group('g')} {m.group('s')}"):
            # An author's box under the article: "Ірина Штогрін" / "Журналістка Радіо Свобода.
            # Пише про …": the post's outlet, a medium's word heading it, is no journalist.
            continue
        if _RU_CREW_HEAD.match(text, text.rfind("\n", 0, m.start()) + 1):
            # A programme's crew credits ("Над программой работали: ведущая …, редактор
            # Светлана Миронова"): its editor edited; the host is the credit's "ведущая".
            continue
        clause = text[max(text.rfind("\n", 0, m.start()), 0) : m.start()]
        clause = re.split(r"[.!?…][ \t]+(?=[А-ЯЁІЇЄҐ«\"])", clause)[-1]
        if _RU_DISCUSSANTS.search(clause):
            # A programme's lead that lists who discusses ("Обсуждают экономист Наталья
            # Зубаревич и журналист из Якутска Алексей Тарасов"): the journalist is a guest.
            continue
        if re.search(r"(?<![а-яёіїєґ])(?:с|со|з|із|зі)[ \t]+$", text[m.end("case") : m.start("g")]):
            # "Корреспондент «Волжской недели» поговорила с Анной Ковалевой": the name after
            # "с" is the one the journalist spoke with (the _RU_INTERVIEW_WITH rule's).
            continue
        out.append(("interview conducted by", Name((given,), surname, None, False)))
    for m in _RU_INTERVIEWEE.finditer(text):
        if not is_title_token(m.group("g")):
            out.append(("interview with", Name((m.group("g"),), m.group("s"), None, False)))
    for m in _RU_CAPS_INTERVIEWEE.finditer(text):
        given, surname = m.group("g").capitalize(), m.group("s").capitalize()
        if m.group("g") in _CAPS_NO_GIVEN or (len(m.group("g")) == 3 and given != "Лев"):
            continue  # "ПАО ЛУКОЙЛ рассказал «Ъ»": a company's legal form, no given name
        if not is_title_token(given):
            out.append(("interview with", Name((given,), surname, None, False)))
    top = "\n".join(text.split("\n")[:25]).lower()
    for m in _RU_TOLD_SITE.finditer(text):
        site = re.escape(m.group("site").lower())
        if not is_title_token(m.group("g")) and re.search(rf"(?m)^[ \t]*{site}[ \t]*$", top):
            out.append(("interview with", Name((m.group("g"),), m.group("s"), None, False)))
    for m in (*_RU_DECK_INTERVIEWEE.finditer(text), *_RU_DECK_INTERVIEWEE_BARE.finditer(text)):
        # (the name stands again above the talk, in the photo's caption or the bio box: a post
        # or a body in the genitive, "Руководитель Росгидромета — о …", "советник Минобороны
        # Франции — о …", is written once)
        if text.count(f"{m.group('g')} {m.group('s')}") < 2 and not _deck_under_quote(text, m):
            continue
        if m.re is _RU_DECK_INTERVIEWEE_BARE and not (
            any(is_title_token(w) for w in m.group("post").split())
            or _RU_POST_WORD.search(m.group("post")) is not None
        ):
            continue  # "Вчера Иван Петров о планах …": no post, running text
        if not is_title_token(m.group("g")) and not re.search(
            r"(?<![а-яёіїєґ])(?:и|і|й|та|а[ \t]+также)[ \t]|,[ \t]*[А-ЯЁІЇЄ][а-яёіїєґ'’]+[ \t]+"
            r"[А-ЯЁІЇЄ][а-яёіїєґ'’]+[ \t]*,",
            m.group("post"),
        ):
            out.append(("interview with", Name((m.group("g"),), m.group("s"), None, False)))
    for m in (*_RU_INTERVIEW_WITH.finditer(text), *_RU_HOST_TALKS_WITH.finditer(text)):
        g_word, s_word = m.group("g"), m.group("s")
        if not _INSTRUMENTAL_GIVEN.search(g_word):
            # A capitalised genitive in the post took the name's place ("с главным внештатным
            # кардиологом Минздрава Алтайского края, заведующим … больницы Андреем
            # Ракитиным"): the person is the instrumental pair further on in the sentence.
            # (or the pair starts at the surname's place: "з міським головою Ніжина Віктором
            # Шевчишиним" — the town's genitive took the given name's)
            start = m.start("s") if _INSTRUMENTAL_GIVEN.search(s_word) else m.end()
            stop = re.search(r"[.!?\n]", text[start:])
            clause = text[start : start + (stop.start() if stop else 240)][:240]
            later = _INSTRUMENTAL_PAIR.search(clause)
            if later is not None:
                g_word, s_word = later.group("g"), later.group("s")
        given, surname = (
            _attested_surname(g_word, text),
            _attested_surname(s_word, text),
        )
        if not is_title_token(given) and given != m.group("g"):  # an instrumental, not "с Днём"
            surname = _attested_iv(given, surname, text)  # "з … Андрієм Бартковим"
            out.append(("interview with", Name((given,), surname, None, False)))
    for m in _RU_ASKED.finditer(text):
        asked = list(_RU_PAIR_AT.finditer(m.group("post")))
        # The pair must end the clause (the name closes it): "… розпитала … Андрія Коломійця."
        # Or the post after it, set off by a comma, lower-case: "… спросил у Ирины Шевчук,
        # директора фонда «Тёплый дом»."
        rest = m.group("post")[asked[-1].end() :] if asked else ""
        if asked and (not rest.strip(' \t»"”') or re.match(r",[ \t]+[а-яёіїєґ]", rest) is not None):
            pair = _accusative_pair(asked[-1].group("g"), asked[-1].group("s"))
            given = asked[-1].group("g")
            if (
                pair is None
                and re.match(r"[ \t]*(?:у|в)[ \t]+$", m.group("post")[: asked[-1].start()])
                and re.search(r"(?:[^аеиоуыэюяёіїє]ы|[гкхжшчщлнр]и|ії)$", given)
            ):
                # A woman asked "у"/"в" (the genitive): "спросил у Ирины Шевчук" -> "Ирина".
                pair = _genitive_given(given), genitive_to_nominative(asked[-1].group("s"))
            if pair is not None and not is_title_token(pair[0]):
                pair = pair[0], _attested_iv(pair[0], pair[1], text)
                out.append(("interview with", Name((pair[0],), pair[1], None, False)))
    for m in _RU_VISITED.finditer(text):
        pair = _visited_pair(m.group("g"), m.group("s"))
        if pair is not None and not is_title_token(pair[0]):
            # A show's own opening, the sentence begun by it, the guest after a dash: "В гостях
            # у Ольги Мироновой — основатель сети пекарен … Артём Кравцов." — she hosts (a
            # reporter's "Мы побывали в гостях у Натальи Коваль — …" is the visit's).
            hosting = (
                re.match(r"[ \t]*[–—][ \t]", text[m.end() :]) is not None
                and re.search(r"(?:^|[.!?…][ \t]+|\n)[ \t]*$", text[: m.start()]) is not None
            )
            kind = "interview conducted by" if hosting else "interview with"
            out.append((kind, Name((pair[0],), pair[1], None, False)))
    for m in _RU_QUESTIONS_TO.finditer(text):
        given, surname = dative_given(m.group("g")), dative_surname(m.group("s"))
        if not is_title_token(given) and given != m.group("g"):  # a dative, not a heading word
            out.append(("interview with", Name((given,), surname, None, False)))
    for m in _RU_CONDUCTED.finditer(text):
        if not is_title_token(m.group("g")):
            sur = m.group("s")
            sur = "-".join(p.capitalize() for p in sur.split("-")) if sur.isupper() else sur
            out.append(("беседовал", Name((m.group("g"),), sur, None, False)))
            # Two journalists after a plural verb: "Вопросы задавали Дарья Мельникова и
            # Святослав Ким", "Розмовляли Олена Яковенко та Павло Гнатюк".
            verb = text[m.start() : m.start("g")]
            if re.search(r"[а-яёіїєґ]ли(?:ся|сь)?(?![а-яёіїєґ])", verb):
                for g, sur in _more_pairs(text, m.end()):
                    out.append(("беседовал", Name((g,), sur, None, False)))
    for m in _RU_HOST_CAST.finditer(text):
        if not is_title_token(m.group("g")):
            out.append(("interview conducted by", Name((m.group("g"),), m.group("s"), None, False)))
    for m in _RU_HOST_SUBJECT.finditer(text):
        if not is_title_token(m.group("g")):
            out.append(("interview conducted by", Name((m.group("g"),), m.group("s"), None, False)))
    for m in (*_RU_HOST_LINE.finditer(text), *_RU_HOST_CREDIT.finditer(text)):
        out.append(("interview conducted by", Name((m.group("g"),), m.group("s"), None, False)))
        # Co-hosts listed on the same line: "Ведучі: Олена Яковенко, Павло Гнатюк".
        for g, sur in _more_pairs(text, m.end()):
            out.append(("interview conducted by", Name((g,), sur, None, False)))
    for m in (
        *_RU_MODERATOR_NAMED.finditer(text),
        *_RU_MODERATED.finditer(text),
        *_RU_MODERATOR_FIELD.finditer(text),
    ):
        if (
            "pron" in m.re.groupindex
            and m.group("pron")
            and not _EVENT_BEFORE.search(text, max(0, m.start() - 200), m.start())
        ):
            continue  # "Вела его мама …": no event named, nobody moderates
        if not is_title_token(m.group("g")):
            out.append(("moderator", Name((m.group("g"),), m.group("s"), None, False)))
    for m in _RU_GUEST_LINE.finditer(text):
        # "Гість: Максим Руденко, старший аналітик …", "Гости: Николай Савельев, экономист".
        pairs = [(m.group("g"), m.group("s")), *_more_pairs(text, m.end())]
        out.extend(("interview with", Name((g,), sur, None, False)) for g, sur in pairs)
    for m in (*_RU_WITH_HOST.finditer(text), *_RU_SHOW_HOST.finditer(text)):
        given, surname = _nominative(m.group("g")), _nominative(m.group("s"))
        if not is_title_token(given) and given != m.group("g"):  # an instrumental name
            out.append(("interview conducted by", Name((given,), surname, None, False)))
            if (m.groupdict().get("host") or "").endswith("ими"):
                for g, sur in _more_pairs(text, m.end()):
                    given, surname = _nominative(g), _nominative(sur)
                    if not is_title_token(given) and given != g:
                        out.append(("interview conducted by", Name((given,), surname, None, False)))
    for m in _RU_TO_HOST.finditer(text):
        given, surname = dative_given(m.group("g")), dative_surname(m.group("s"))
        # A dative given name changes ("Марині" -> "Марина"); "ведущей Анны Петровой" (the
        # genitive) does not, and is left alone.
        if not is_title_token(given) and given != m.group("g"):
            out.append(("interview conducted by", Name((given,), surname, None, False)))
    for m in _RU_TO_HOST_INITIALS.finditer(text):
        initials = tuple(f"{c}." for c in re.findall(r"[А-ЯЁІЇЄ]", m.group("i")))
        host = Name(initials, dative_surname(m.group("s")), None, False)
        out.append(("interview conducted by", host))
    told_hosts: set[str] = set()  # the host's words as written, which tell nothing
    for m in _RU_TOLD_HOST.finditer(text):
        g, sur = (m.group("g"), m.group("s")) if m.group("g") else (m.group("g2"), m.group("s2"))
        told_hosts.add(f"{g} {sur}")
        given, surname = dative_given(g), dative_surname(sur)
        # Only a name the dative changes ("Ирине" -> "Ирина"): "Анна" told nothing to anyone.
        if not is_title_token(given) and given != g:
            out.append(("interview conducted by", Name((given,), surname, None, False)))
    for m in _RU_OF_HOST.finditer(text):
        given, surname = _genitive_given(m.group("g")), genitive_to_nominative(m.group("s"))
        surname = _surname_agreeing(m.group("g"), given, surname)
        # A genitive given name changes ("Максима" -> "Максим"); "ведущей Анне Петровой" (the
        # dative) does not, and is _RU_TO_HOST's.
        if not is_title_token(given) and given != m.group("g"):
            out.append(("interview conducted by", Name((given,), surname, None, False)))
            for g, sur in _more_pairs(text, m.end()) if m.group("hosts") else ():
                given, surname = _genitive_given(g), genitive_to_nominative(sur)
                surname = _surname_agreeing(g, given, surname)
                if not is_title_token(given) and given != g:
                    out.append(("interview conducted by", Name((given,), surname, None, False)))
    for m in _RU_HOST_NOUN.finditer(text):
        if not is_title_token(m.group("g")):
            out.append(("interview conducted by", Name((m.group("g"),), m.group("s"), None, False)))
            # "Ведучі … Марта Олійник та Денис Гнатюк": the co-host after the first.
            for g, sur in _more_pairs(text, m.end()):
                out.append(("interview conducted by", Name((g,), sur, None, False)))
    for lead in TEXT_FOLLOWS.finditer(text):
        line = text[text.rfind("\n", 0, lead.start()) + 1 : lead.end()]
        addressed = (_RU_ADDRESSED, _RU_ADDRESSED_BEFORE, _RU_IN_ADDRESS)
        found = [m for rx in addressed for m in rx.finditer(line)]
        if not found:
            # The announcement alone, under a lead of its own paragraphs: "Президент України
            # Андрій Ковальчук заявив, що … / Про це він сказав у вечірньому відеозверненні,
            # передає Укрінформ. / Укрінформ публікує повний текст звернення." — the lead's one
            # teller gives the text (two tellers leave it open).
            above = text[max(0, lead.start() - 1200) : lead.start()]
            found = [m for rx in (*addressed, _RU_LEAD_TELLER) for m in rx.finditer(above)]
            if len({m.group("s") for m in found}) != 1:
                found = []
        for m in found:
            if not is_title_token(m.group("g")):
                out.append(("выступление", Name((m.group("g"),), m.group("s"), None, False)))
    tellers: list[re.Match[str]] = []
    interviewer_named = any(k.startswith(("interview conducted", "беседовал")) for k, _ in out)
    if interviewer_named:
        # The teller is the interviewee only beside a named interviewer (news prose is full of
        # "заявил X") ...
        tellers = list(_RU_TELLER.finditer(text))
    else:
        # ... or where they tell the outlet itself: "… URA.RU рассказал политолог Александр
        # Седых", "«Ведомостям» рассказал …".
        tellers = list(_RU_OUTLET_TELLER.finditer(text))
        tellers += list(_RU_VERB_OUTLET_TELLER.finditer(text))
        tellers += [
            m
            for m in _RU_OWN_OUTLET_TELLER.finditer(text)
            if re.search(rf"^[ \t]*{m.group('outlet')}[ \t]*$", text[:200], re.MULTILINE)
            # (or a known outlet's name, no masthead needed: a person is no "Укрінформ")
            or _news_outlet(m.group("outlet"))
        ]
    # The teller before the verb who told the outlet in an interview ("… Андрій Сибіга
    # розповів в інтерв'ю «Європейській правді»") is the interviewee whether or not a
    # signature names the journalist ("Розмовляв Сергій Сидоренко" asks, the teller answers).
    for m in _RU_TELLER_BEFORE_OUTLET.finditer(text):
        if not is_title_token(m.group("g")) and not _patronymic(m.group("g")):
            out.append(("interview with", Name((m.group("g"),), m.group("s"), None, False)))
    for m in tellers:
        # The first pair of the clause that is no post ("Посол України") nor a patronymic,
        # nor the journalist told ("рассказал в интервью корреспонденту RT Екатерине Соболь").
        post, after, told_end = m.group("post"), 0, None
        for p in _RU_PAIR_AT.finditer(post):
            if told_end is not None and "," in post[told_end : p.start()]:
                # "рассказал корреспонденту “Ъ” Елене Черненко, чего Москва ждет от … с
                # администрацией Дональда Трампа": past the journalist told, a comma opens what
                # was told; a pair in it is the topic, and the teller stood before the verb.
                break
            told = _TOLD_NOUN.search(post, after, p.start()) is not None
            # "рассказал Ирине Голубевой о …": the host told (see _RU_TOLD_HOST).
            told = told or f"{p.group('g')} {p.group('s')}" in told_hosts
            # "… в ефірі «Свобода Live» розповів Тетяні Мельничук": after the outlet, a dative
            # name is whom the teller told.
            # (after "в интервью РИА Новости" the post comes first, so a foreign given name
            # that reads as a dative, "посол … Хорхе Мартинес", is told only with a dative
            # surname)
            told = told or (
                not interviewer_named
                and dative_given(p.group("g")) != p.group("g")
                and (
                    m.re is not _RU_VERB_OUTLET_TELLER
                    or re.search(r"(?:у|ю|ой|ей|ій|ові)$", p.group("s")) is not None
                )
            )
            after = p.end()
            if told:
                told_end = p.end()
            if (
                told
                or is_title_token(p.group("g"))
                or _patronymic(p.group("g"))
                or (p.start() > 0 and post[p.start() - 1].isalpha())
                # "гендиректор «Уральской сети» Олег …": a body's name in guillemets
                # (the post's genitive) is no teller; the pair after the quote is.
                or post.count("«", 0, p.start()) > post.count("»", 0, p.start())
                # "рассказал о … ситуации на Ближнем Востоке": a pair after a preposition
                # is the talk's topic or place, not its (nominative) teller.
                or _PREPOSITION_BEFORE.search(post, 0, p.start()) is not None
            ):
                continue
            out.append(("interview with", Name((p.group("g"),), p.group("s"), None, False)))
            break
    if interviewer_named:
        # The teller before the verb, telling the journalist: "міністр розвитку громад Денис
        # Шевчук розповів журналістці «Української правди» Олені Гребенюк, …", "Председатель
        # правления банка Кирилл Лаптев рассказал в интервью корреспонденту РБК …".
        for m in _RU_TELLER_BEFORE.finditer(text):
            g, s = (m.group("g"), m.group("s")) if m.group("g") else (m.group("g2"), m.group("s2"))
            if not is_title_token(g) and not _patronymic(g):
                out.append(("interview with", Name((g,), s, None, False)))
    if not any(k == "interview with" for k, _ in out):
        out.extend(("interview with", n) for n in _lead_pronoun_met(text))
    return _patronymic_mended(out, text)


# The lead's interview told of a pronoun for the person its paragraph opened on: "Мы поговорили
# с ней о …", "Мы задали ему вопросы …", "Ми поговорили з нею", "Ми поставили йому кілька
# запитань", "Мы расспросили ее …". The pronoun's gender is kept (the "fem" groups).
_RU_PRONOUN_MET = re.compile(
    r"(?<![а-яёіїєґ])(?:"
    r"(?:поговорил\w*|побеседовал\w*|поспілкувал\w*|поспілкувався|розмовлял\w*)[ \t]+"
    r"(?:с|со|з|із|зі)[ \t]+(?:(?P<fem1>ней|нею)|ним)"
    r"|(?:задал\w*|задав|поставил\w*|поставив)[ \t]+(?:(?P<fem2>ей|їй)|ему|йому)[ \t]+"
    r"(?:[а-яёіїєґ'’\-]+[ \t]+){0,3}(?:вопрос|запитан|питан)[а-яіє]*"
    r"|(?:расспросил\w*|розпитал\w*|розпитав)[ \t]+"
    r"(?:(?P<fem3>ее|её|її)|его|його)"
    r")(?![а-яёіїєґ])"
)
# A pair opening the paragraph in the nominative, its subject: "Ксения Левина уже третий год …".
_RU_OPENING_PAIR = re.compile(r"[ \t]*" + _RU_PAIR + r"[ \t]+[а-яёіїєґ]")
# The outlet asked the interviewee to explain or tell, named in the accusative with the post
# before: "«Бумага» попросила архитектора Егора Смирнова, который …, объяснить, что …".
_RU_ASKED_TO_TELL = re.compile(
    r"(?<![а-яёіїєґ])(?:попросил[аи]?|попросив)[ \t]+(?:[а-яёіїєґ'’\-]+[ \t]+){0,4}"
    + _RU_PAIR
    + r"(?:,[^\n.!?]{0,160}?,)?[ \t]+(?:объяснить|рассказать|прокомментировать|пояснить"
    r"|оценить|пояснити|розповісти|прокоментувати)(?![а-яёіїєґ])"
)


def _lead_pronoun_met(text: str) -> list[Name]:
    """The one person a Russian or Ukrainian lead says the outlet talked with, where it names
    them by a pronoun: its paragraph opens on their full name in the nominative, and the
    pronoun's gender is theirs ("Сергей Кравцов возглавляет … с 2023 года. Мы задали ему
    вопросы, …"), no other full name standing between; or asked by name to explain
    ("попросила архитектора Егора Смирнова … объяснить")."""
    out: list[Name] = []
    for m in _RU_PRONOUN_MET.finditer(text):
        para_at = text.rfind("\n", 0, m.start()) + 1
        opened = _RU_OPENING_PAIR.match(text, para_at)
        if opened is None or is_title_token(opened.group("g")) or _patronymic(opened.group("g")):
            continue
        if _RU_PAIR_AT.search(text, opened.end("s"), m.start()) is not None:
            continue  # another person named between: the pronoun is not surely the first's
        fem = bool(m.group("fem1") or m.group("fem2") or m.group("fem3"))
        if fem != _feminine_pair(opened.group("g"), opened.group("s")):
            continue
        out.append(Name((opened.group("g"),), opened.group("s"), None, False))
    for m in _RU_ASKED_TO_TELL.finditer(text):
        pair = _accusative_pair(m.group("g"), m.group("s"))
        if pair is not None and not is_title_token(pair[0]):
            out.append(Name((pair[0],), pair[1], None, False))
    return out if len({n.key for n in out}) == 1 else []


def _feminine_pair(given: str, surname: str) -> bool:
    """Is a nominative Russian or Ukrainian pair a woman's? Her surname says so where it
    declines ("Левина", "Ковальська"); else her given name's "-а"/"-я" ("Ірина Бойко")."""
    if re.search(r"(?:ова|ева|ёва|єва|ина|ына|іна|ая|ська|цька|зька)$", surname):
        return True
    if re.search(r"(?:ов|ев|ёв|єв|ин|ын|ін|ий|ой|ій)$", surname):
        return False
    return re.search(r"[ая]$", given) is not None and given not in ("Никита", "Илья", "Микола")


# The interviewer's signature closing a Ukrainian or Russian web interview, in the nominative:
# "Олена Мартиненко, УП", "Анастасия Ефимова, ТАСС", "Ірина Сидоренко / РБК-Україна".
_SIGNATURE = re.compile(
    r"^[ \t]*" + _RU_PAIR.replace("а-яё", "а-яёіїєґ'’") + r"[ \t]*(?:,|/|[—–])[ \t]*"
    r"(?:[«\"“][^»\"”\n]{1,30}[»\"”]|[А-ЯЁІЇЄA-Z][\w\-]*(?:[ \t]+[А-ЯЁІЇЄA-Z][\w\-]*){0,2})"
    r"[ \t]*$",
    re.MULTILINE,
)


# A second author after the first one's comma: a given name and a word that ends as a Russian
# or Ukrainian surname does ("…, Анастасия Балашова"; an outlet such as "Радіо Свобода" does not).
CO_AUTHOR_PAIR = (
    r"[А-ЯЁІЇЄ][а-яёіїєґ'’]+[ \t]+[А-ЯЁІЇЄ][а-яёіїєґ'’\-]*"
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|іна|ина|ына|ский|ская|цкий|цкая|ський|ська|енко|ук|юк)"
    r"(?![а-яёіїєґ'’\-])"
)
_CO_AUTHOR = re.compile(rf"[ \t]*,[ \t]*{CO_AUTHOR_PAIR}[ \t]*")
# A co-author whose surname has none of those endings ("Ірина Мельник, Павло Гуз"): a man's
# given name, closing on a consonant or on Ukrainian "-ло"/"-ро" ("Павло", "Петро", "Данило"),
# then one more capitalised word ending the line. A two-word town's first word is an adjective
# ("Кривий Ріг", "Біла Церква") or a possessive in -ов/-ев/-ин/-ів ("Сергиев Посад"), never so.
CO_AUTHOR_MAN = (
    r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]{2,}(?:[бвгґджзклмнпрстфхцчшщ]|[лр]о)(?<!ов)(?<!ев)(?<!ёв)(?<!ин)"
    r"(?<!ын)(?<!їв)(?<!ів)[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+[ \t]*(?=\n)"
)


# An agency's English edition signs the same way, on the first line below the last answer:
# "Alina Kharchenko, Odesa" (the correspondent, then the city she filed from).
_SIGNATURE_EN = re.compile(
    r"(?:[ \t]*\n)*[ \t]*(?P<g>[A-Z][a-z]+)[ \t]+(?P<s>[A-Z][a-z]+(?:['’\-][A-Z]?[a-z]+)?)"
    r"[ \t]*,[ \t]*(?P<place>[A-Z][a-z]+(?:[ \t\-][A-Z][a-z]+)?)[ \t]*(?:\n|$)"
)


# A tag box's heading alone on its line ("Теги:" / "Інтерв'ю  Україна – Італія  Безпека" on
# president.gov.ua): the interviewer signs above it, and the tag values below it, two or three
# capitalised words with a dash between, only look like "Олена Мартиненко – УП".
_TAG_HEADING = re.compile(
    r"^[ \t]*(?:Теги|Тэги|Мітки|Метки|Теми|Темы|Tags|Topics)[ \t]*:?[ \t]*$", re.MULTILINE
)


# The interviewer's bare signature, her full name alone on the first line under the last
# answer, right over the photo credit or the tag box (Укрінформ: "Олена Колгушева" / "Фото:
# Павло Багмут, Укрінформ" / "Теги: …"): no answer closes on its speaker's own name so set.
_LONE_SIGNATURE = re.compile(
    r"(?:[ \t]*\n)*[ \t]*" + _RU_PAIR + r"[ \t]*\n(?:[ \t]*\n)*[ \t]*"
    r"(?:Фото(?:[ \t]*:|[ \t]+[а-яёіїєґ])|(?:Теги|Тэги|Мітки|Метки)[ \t]*:)"
)


def _signature_ru(trailer: str) -> list[tuple[str, Name]]:
    """Who signs the interview in the lines after its last words (only there: a caption or a
    dossier line in the lead reads the same), above the page's tag box."""
    lone = _LONE_SIGNATURE.match(trailer)
    tags = _TAG_HEADING.search(trailer)
    if tags is not None:
        trailer = trailer[: tags.start()]
    found = [
        Name((m.group("g"),), m.group("s"), None, False)
        for m in _SIGNATURE.finditer(trailer)
        if not is_title_token(m.group("g"))
        # (two co-authors on one line sign no one interviewer: "Авторы" / "Мария Кокорева,
        # Анастасия Балашова" — the part after the comma a name, not the outlet)
        and _CO_AUTHOR.fullmatch(trailer, m.end("s"), m.end()) is None
        # (a menu row's columns, a wide gap between the words: "Новости   Россия — Вьетнам"
        # is a section and a tag, not "Name — outlet")
        and re.search(r"[ \t]{2}", trailer[m.end("g") : m.start("s")]) is None
    ]
    if (
        not found
        and lone is not None
        and not is_title_token(lone.group("g"))
        and lone.group("g").lower() not in NOT_GIVEN
    ):
        found = [Name((lone.group("g"),), lone.group("s"), None, False)]
    en = _SIGNATURE_EN.match(trailer)
    if (
        not found
        and en is not None
        and not any(is_title_token(en.group(k)) for k in ("g", "s", "place"))
        and en.group("g").lower() not in NOT_GIVEN
    ):
        found = [Name((en.group("g"),), en.group("s"), None, False)]
    return [("беседовал", found[0])] if len({n.key for n in found}) == 1 else []


def _attested_surname(word: str, text: str) -> str:
    """An instrumental surname in the nominative: the adjectival form when the text writes it
    ("поговорила з Оксеном Лісовим" under "Міністр освіти Оксен Лісовий: …"), else as
    ``_nominative`` guesses ("Синєгубовим" -> "Синєгубов")."""
    if re.search(r"[иы]м$", word) and len(word) > 4:
        for ending in ("ий", "ій", "ый", "ой"):
            if re.search(rf"(?<![{LETTER}]){re.escape(word[:-2] + ending)}(?![{LETTER}])", text):
                return word[:-2] + ending
    # A Ukrainian name in -о: "з головою агентства Дмитром Сидоренком" under the headline
    # "Голова Агентства відновлення Дмитро Сидоренко: …" ("Петром" <- "Петро" likewise).
    if word.lower().endswith("ом") and len(word) > 4:
        bare = word[:-2] + "о"
        if re.search(rf"(?<![{LETTER}]){re.escape(bare)}(?![{LETTER}])", text):
            return bare
    # A consonant-stem surname: "із заступником міністра Олегом Бондарем" under the headline
    # "Заступник міністра енергетики Олег Бондар: …" ("Ковалем" <- "Коваль" likewise).
    if re.search(r"[^аеиоуыэюяёіїє](?:ем|ом|єм)$", word.lower()) and len(word) > 5:
        for ending in ("", "ь"):
            bare = word[:-2] + ending
            if re.search(rf"(?<![{LETTER}]){re.escape(bare)}(?![{LETTER}])", text):
                return bare
        # A fleeting vowel the nominative puts back: "с экономистом Денисом Кравцом" under the
        # headline "Экономист Денис Кравец — о дефиците …" ("Жнецом" <- "Жнец" likewise).
        stem = word[:-2]
        for vowel in ("е", "ё", "о"):
            bare = stem[:-1] + vowel + stem[-1]
            if re.search(rf"(?<![{LETTER}]){re.escape(bare)}(?![{LETTER}])", text):
                return bare
    return _nominative(word)


def adjectival_attested(name: Name, text: str) -> Name:
    """A name whose oblique adjectival surname was undone as a noun's ("з міністром … Оксеном
    Лісовим" read as "Лісов": "-овим" is both "Лісов"'s and "Лісовий"'s instrumental) in the
    adjectival nominative the text itself writes with the same given name ("Оксен Лісовий в
    інтерв'ю …"); else unchanged (a page that never writes the "-ий" form keeps the noun's)."""
    noun = r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+[бвгджзклмнпрстфхцчшщ]"
    if len(name.given) != 1 or not re.fullmatch(noun, name.surname):
        return name
    given = re.escape(name.given[0])
    for ending in ("ий", "ій", "ый", "ой"):
        pair = rf"(?<![{LETTER}]){given}[ \t]+{re.escape(name.surname + ending)}(?![{LETTER}])"
        if re.search(pair, text):
            return Name(name.given, name.surname + ending, name.title, name.caps)
    return name


def _attested_iv(given: str, surname: str, text: str) -> str:
    """A Ukrainian "-ів" surname undone from its oblique "-ова" as the Russian-style "-ов": the
    "-ів" form where the text writes the nominative pair itself ("розпитало директора …
    Андрія Барткова" under the photo caption "Андрій Бартків. Суспільне Львів"; the "і" of the
    closed syllable turns "о" when the word declines: Бартків, Барткова, Бартковим)."""
    if not re.search(r"[бвгджзклмнпрстфхцчшщ]ов$", surname) or len(surname) < 5:
        return surname
    iv = surname[:-2] + "ів"
    pair = rf"(?<![{LETTER}]){re.escape(given)}[ \t]+{re.escape(iv)}(?![{LETTER}])"
    return iv if re.search(pair, text) else surname


def _attested_adjectival(word: str, text: str) -> str | None:
    """A genitive adjectival surname in the nominative form the text itself writes: "Брифінг
    речника … Георгія Тихого" over "Речник … Георгій Тихий провів брифінг" ("Толстого" ->
    "Толстой" where the page says so)."""
    if not re.search(r"[^аеиоуыэюяёіїє]ого$", word) or len(word) < 6:
        return None
    for ending in ("ий", "ый", "ой"):
        nominative = word[:-3] + ending
        if re.search(rf"(?<![{LETTER}]){re.escape(nominative)}(?![{LETTER}])", text):
            return nominative
    # Unattested on a Ukrainian page: Ukrainian adjectival surnames end in "-ий" ("Брифінг …
    # Олександра Бережного" -> "Бережний").
    if re.search(r"[іїєґ]", text):
        return word[:-3] + "ий"
    return None


_BANNER_LINE = re.compile(
    r"[ \t]*(?:[^\n]{0,60}\b(?i:cookies)\b[^\n]{0,160}"
    r"|(?i:skip[ \t]+to[ \t]+(?:main[ \t]+)?content))[ \t]*$"
)
# A site's language switcher, its languages named in their own scripts ("العربية 中文 English
# Français Русский Español"): navigation, no line of the story.
_LANGUAGE_NAMES = frozenset(
    {
        "english",
        "français",
        "español",
        "русский",
        "العربية",
        "中文",
        "deutsch",
        "italiano",
        "português",
        "українська",
        "日本語",
        "한국어",
        "polski",
        "türkçe",
        "nederlands",
    }
)


def _language_row(line: str) -> bool:
    words = line.split()
    return len(words) >= 3 and all(w.lower() in _LANGUAGE_NAMES for w in words)


# A caption's credit after a bar, a photographer and an agency parted by a slash: "… | Olivier
# Hoslet/EPA", "… | Remko de Waal/ANP via Getty Images".
_BAR_PHOTO_CREDIT = re.compile(
    r"\S[ \t]+\|[ \t]+[A-Z][\w.'’\-]*(?:[ \t]+[\w.'’\-]+){0,3}[ \t]*/[ \t]*[A-Z][^|/\n]{0,40}$"
)


def _header(text: str, first_label: int | None) -> str:
    """The first six lines before the first label; a site's navigation crumbs ("Home", "UK",
    "Science & Tech": lines of one to three words) do not count toward the six, so the
    standfirst below them ("Speaking to Kay Brennan on Sky's Sunday Morning …") is read too."""
    end = len(text) if first_label is None else first_label
    lines: list[str] = []
    counted = 0
    uncounted = 0
    for ln in text[:end].split("\n"):
        if not ln.strip():
            continue
        lines.append(ln)
        # (nor does a cookie banner's row, the skip link above the page or a language
        # switcher: GOV.UK's "We use some essential cookies …" / "Skip to main content")
        if counted and (_BANNER_LINE.match(ln) or _language_row(ln)):
            # (nor toward the sixteen lines: GOV.UK's banner runs to seven, and with the menu
            # under it the "From: … The Rt Hon …" field was never reached)
            uncounted += 1
            continue
        # A switcher set one language a line (the UN's "العربية" / "中文" / "English" / …)
        # counts toward neither limit: the menu under it may still leave the title unread.
        if counted and len(ln.split()) == 1 and ln.strip().lower() in _LANGUAGE_NAMES:
            uncounted += 1
            continue
        # A photo's caption with its credit after a bar (POLITICO's "… will not be its last. |
        # Olivier Hoslet/EPA") is no line of the header's: with it counted, the date line
        # under it used up the six and the "By …" line below went unread.
        if counted and _BAR_PHOTO_CREDIT.search(ln):
            continue
        counted += len(ln.split()) > 3 or counted < 1
        if counted >= 6 or len(lines) - uncounted >= 16:
            break
    # Markdown emphasis and heading marks hide the words around names ("**Priya Raman** spoke
    # with **Tomas Lindqvist**"); offsets are not needed here.
    return re.sub(r"\*\*|__|^#{1,6}[ \t]+", "", "\n".join(lines), flags=re.MULTILINE)


def _nominative(word: str) -> str:
    """Russian instrumental/genitive name -> nominative, crudely ("Путиным", "Владимиром")."""
    low = word.lower()
    if re.search(r"[аеиоуяё]ем$|ієм$", low) and len(word) > 4:
        return word[:-2] + "й"  # Сергеем -> Сергей, Алексеем -> Алексей, Андрієм -> Андрій
    if re.search(r"(?:ськ|цьк|зьк)им$", low) and len(word) > 6:
        return word[:-2] + "ий"  # Зеленським -> Зеленський
    if re.search(r"(?:ск|цк)им$", low) and len(word) > 6:
        return word[:-2] + "ий"  # Russian: Загорским -> Загорский, Вишневским -> Вишневский
    if re.search(r"[бвгджзклмнпрстфхцчшщ]ою$", low) and len(word) > 4:
        return word[:-2] + "а"  # Сибігою -> Сибіга, Ольгою -> Ольга
    if re.search(r"[бвдзклмнпрстфц]ею$", low) and len(word) > 5:
        # A Ukrainian soft-stem feminine instrumental ("з аналітикинею … Наталею Дорошенко"):
        # Наталею -> Наталя, Олесею -> Олеся, Таїсею -> Таїся.
        return word[:-2] + "я"
    if re.search(r"[жчшщ]ею$", low) and len(word) > 4:
        return word[:-2] + "а"  # Машею -> Маша, Сашею -> Саша
    if low.endswith("ією") and len(word) > 4:
        # A Ukrainian feminine instrumental ("з директоркою … Вікторією Бондар"): Вікторією ->
        # Вікторія, Марією -> Марія, Юлією -> Юлія (a man's "Андрієм" ends "-ієм").
        return word[:-2] + "я"
    if re.search(r"(?:ов|ев|єв|ін|ин|їн)им$", low) and len(word) > 6:
        # Синєгубовим -> Синєгубов: the instrumental of a Ukrainian -ов/-ін surname
        # (an adjectival "Лісовим" <- "Лісовий" reads the same; the commoner form wins).
        return word[:-2]
    if low.endswith("ым") and len(word) > 4:
        return word[:-2]  # Путиным -> Путин
    if re.search(r"[иь][её]й$", low) and len(word) > 4:
        # Марией -> Мария, Натальей -> Наталья; the "ё" spelling too (Ильёй -> Илья).
        return word[:-2] + "я"
    if low.endswith("горем") and len(word) > 5:
        # The soft-stem "Игорь"/"Ігор" ("с обозревателем … Игорем Семёновым", "з Ігорем …"):
        # Russian writes the soft sign, Ukrainian does not.
        return word[:-2] + ("" if "і" in low else "ь")
    if low.endswith("лем") and len(word) > 5:
        return word[:-2] + "ь"  # Ковалем -> Коваль, Журавлем -> Журавль: a soft stem
    if low.endswith(("енком", "єнком")) and len(word) > 6:
        return word[:-1]  # Бондаренком -> Бондаренко: a Ukrainian "-енко" surname
    if re.search(r"[бвгджзклмнпрстфхцчшщ]ом$", low) and len(word) > 4:
        return FLEETING_VOWEL.get(low[:-2], word[:-2])  # Владимиром -> Владимир, Павлом -> Павел
    if low.endswith("цем") and len(word) > 5:
        # A Ukrainian "-ець" surname: Кравцем -> Кравець (the fleeting "е" back), Швецем ->
        # Швець, Стрільцем -> Стрілець.
        stem = word[:-3]
        if stem[-1].lower() in "аеєиіїоуюя":
            return stem + "ць"
        return (stem[:-1] if stem.endswith("ь") else stem) + "ець"
    if re.search(r"[чшжщ]ем$", low) and len(word) > 5:
        return word[:-2]  # after a hushing consonant "-ем": Гуревичем -> Гуревич
    return genitive_to_nominative(word)


_PAIR_AT = re.compile(
    rf"(?<![{LETTER}.\-])(?=({_NAME_WORD})[ \t]+({_NAME_WORD})"
    rf"(?:['’]s)?(?![{LETTER}]))"
)
_PATRONYMIC = re.compile(
    r"^(?:[А-ЯЁІЇЄ][а-яёіїєґ'’]+(?:вич|вна|ична|инична)"  # "Віталіївна" too
    # The few old short forms of a masculine patronymic: "Аркадий Ильич Вельяминов-Зернов"
    # (from Илья), "Кузьмич", "Лукич", "Фомич", "Никитич", Ukrainian "Ілліч".
    r"|Ильич|Ілліч|Кузьмич|Лукич|Фомич|Никитич)$"
)
# "Sergey Viktorovich": the transliterated patronymic of an English page from mid.ru/kremlin.ru.
_PATRONYMIC_LATIN = re.compile(r"^[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna)$")


def _patronymic(word: str) -> bool:
    return bool(_PATRONYMIC.match(word) or _PATRONYMIC_LATIN.match(word))
