"""Interview structure: speaker labels -> turns with roles and canonical speakers.

Pipeline of this module (all rule-based, linear in the text):

1. *Candidates*: line-start ``Name:`` labels (optionally after a timestamp, optionally bold),
   White House ``Q`` without colon, ``Q.``/``A.``; then labels glued to earlier text
   (``…2025Question:``) or following a sentence end on the same line — kept only for role words
   and for names that recur with a line-start occurrence.
2. *Consistency*: a candidate counts when its group (surname, office, role word) recurs, or when it
   has a strong form (initials, full name in caps, name + role) in a document that clearly is a
   transcript. ``Note:``, ``Washington:``, ``He said:``, ``10:30``, ``https:`` never qualify.
3. *Turns*: each body runs from the first non-space character after its label to the last
   non-space character before the next label, a trailing stage-direction line, or the trailing
   metadata block (source URL, hashtags).
4. *Speakers*: aliases resolved by :func:`rhetoscope.structure.speakers.resolve_names`; role words
   and offices get a name only from the header ("Remarks by President Biden", "interview by").
5. *Roles*: question / answer / statement / other from label kind, header, role hints
   ("NBC NEWS ANCHOR") and, failing those, which speaker asks the questions.

A text with no labels is a speech or article: one ``statement`` turn over the body, spoken by the
author when the header or byline names one.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rhetoscope.datewords import EN_MONTH_ABBREVIATIONS, EN_MONTH_NAMES, EN_WEEKDAY_ABBREVIATIONS
from rhetoscope.model import Span, strip_range
from rhetoscope.structure.metadata import (
    BYLINE,
    DATELINE,
    find_byline,
    find_date,
    first_line_title,
    furniture_start,
    trailing_start,
)
from rhetoscope.structure.speakers import (
    FLEETING_VOWEL,
    INTERVIEWER_HINTS,
    LETTER,
    LOWER,
    NATIONALITY,
    NEWS_OUTLET_NAMES,
    OFFICE_HEADS,
    PARTICLES,
    UPPER,
    LabelInfo,
    LabelKind,
    Name,
    classify_label,
    dative_to_nominative,
    fold,
    genitive_to_nominative,
    is_title_token,
    name_from_phrase,
    outlet_role,
    parse_name,
    resolve_names,
)

_TIMESTAMP = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?"
_LINE_LABEL = re.compile(
    rf"^[ \t]*{_TIMESTAMP}(?:\*\*|__)?(?P<name>[^\s:*_][^\n:*_]{{0,149}}?)[ \t]*"
    r"(?:[ \t]*[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]])?"  # "Speaker 1 (00:06):"
    r"(?:(?:\*\*|__)[ \t]*:|:(?:\*\*|__)?)(?=[ \t]|$)",
    re.MULTILINE,
)
# Otter/Zoom style: the name and a timestamp alone on a line, the words on the next lines.
_LINE_STAMPED = re.compile(
    r"^[ \t]*(?P<name>[^\s\d:()\[\]][^\n\d:()\[\]]{0,59}?)[ \t]+"
    r"[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?[ \t]*$",
    re.MULTILINE,
)
# Lex Fridman style: the name alone on a line, the next line opening with a timestamp.
_LINE_NAME_STAMP = re.compile(
    r"^[ \t]*(?P<name>[^\s\d:()\[\]][^\n\d:()\[\]]{0,59}?)[ \t]*\n"
    r"(?=[ \t]*[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])][ \t]+\S)",
    re.MULTILINE,
)
# WHO / UN agency press conferences: a timestamp line, then the speaker's initials alone on a
# line (the page's "Speaker key" spells them out), the words below: "00:00:48" / "SL" / "Thank
# you, Ramona, …"; the timestamp may share the initials' line ("00:03:31 RL").
_LINE_STAMP_INITIALS = re.compile(
    r"^[ \t]*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?(?:[ \t]*\n)?[ \t]*"
    r"(?P<name>[A-Z]{2,3})[ \t]*\n(?=[ \t]*\S)",
    re.MULTILINE,
)
# European Parliament verbatim reports: "Kaja Kallas, on behalf of the … Group. – Madam President".
_LINE_DASHED = re.compile(
    r"^[ \t]*(?P<name>[^\s\d:()\[\]–—][^\n\d:–—]{0,249}?)\.[ \t]*[–—][ \t]+", re.MULTILINE
)
# TASS/Interfax interviews with bold capitals and a dash instead of a colon: "ПЕСКОВ — Пусть
# говорят.", "КОРРЕСПОНДЕНТ – А кто занимается подготовкой?". The words after the dash must open
# with a capital, so the copula of prose ("НАТО — это инструмент конфронтации") never qualifies.
_LINE_CAPS_DASH = re.compile(
    # France Diplomatie's English pages too: "Q - …", "THE MINISTER - …".
    rf"^[ \t]*(?:\*\*|__)?(?P<name>Q|[{UPPER}][{UPPER}'’.\-]+"
    rf"(?:[ \t]+[{UPPER}][{UPPER}'’.\-]+){{0,2}})(?:\*\*|__)?[ \t]+[—–-][ \t]+(?=[{UPPER}«\"“„\d])",
    re.MULTILINE,
)
# Earnings-call transcripts (The Motley Fool, Seeking Alpha) print each speaker alone on a
# line with a double dash before the job or firm, the words in the paragraphs below:
# "Thomas Hadley -- Chief Executive Officer", "Priya Raman -- Jefferies -- Analyst", and the
# conference operator as the bare word "Operator". Only in a dialogue of such labels.
_LINE_CALL = re.compile(
    rf"^[ \t]*(?:\*\*|__)?(?P<name>Operator|[{UPPER}][^\n:]{{1,60}}?"
    r"(?:[ \t]+(?:--|–|—)[ \t]+[^\s\-–—][^\n:]{0,80}?){1,2})(?:\*\*|__)?[ \t]*\n(?=[ \t]*\n)",
    re.MULTILINE,
)
# A page printing each speaker's full name alone on a line (bold in the HTML), the words on the
# next line: "Анна Ветрова" / "Сергей Викторович, …?" / "Сергей Лавров" / "Результат есть …".
_LINE_FULL_NAME = re.compile(
    rf"^[ \t]*(?:\*\*|__)?(?P<name>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
    rf"(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})(?:\*\*|__)?[ \t]*\n(?:[ \t]*\n)?(?=[ \t]*\S)",
    re.MULTILINE,
)
_LINE_LOWER_NAME = re.compile(
    rf"^[ \t]*(?P<name>[{LOWER}][{LOWER}'’\-]+(?:[ \t]+[{LOWER}][{LOWER}'’\-]+){{1,2}})[ \t]*\n"
    r"(?=[ \t]*\S)",
    re.MULTILINE,
)
_BARE_STOP = frozenset(
    [
        "skip",
        "advertisement",
        "continue",
        "reading",
        "read",
        "more",
        "share",
        "full",
        "article",
        "story",
        "related",
        "listen",
        "watch",
        "see",
        "also",
        "subscribe",
        "sign",
        "log",
        "in",
        "up",
        "click",
        "here",
        "back",
        "to",
        "top",
        "photo",
        "video",
        "audio",
        "credit",
        "transcript",
        "episode",
        "show",
        "notes",
    ]
)
_QUESTION_NUMBER = re.compile(r"\d{1,3}\.[ \t]+(?=[A-Z])")
_SLASHED_OUTLET = re.compile(
    r"([^/\n]{3,60}?)[ \t]*/[ \t]*([A-Z][\w&.\-]{1,20}(?: [\w&.\-]+){0,2})"
)
_LEADING_STAMP = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+")
_LINE_Q = re.compile(
    r"^[ \t]*(?P<name>Q\.?|A\.|Question\.|Answer\.|QUESTION\.|ANSWER\.)(?=[ \t]+[^\s:])",
    re.MULTILINE,
)
# The Congressional Record / GPO hearings: "The CHAIRMAN.", "Senator SHAHEEN.", "Mr. RUBIO." —
# honorifics, then a surname in capitals (up to three words: "Ms. DE LA ROSA."), then a period.
# The House writes the surname in mixed case ("Chairman Mast.", "Mr. Meeks."): then only after a
# personal honorific or office, never "The"; such a label still has to recur or stand in a rich
# transcript (the consistency pass).
_PERIOD_HONORIFIC = (
    r"Senator|Representative|Chairman|Chairwoman|Madam|Mr\.|Mrs\.|Ms\.|Dr\.|General|Admiral"
    r"|Secretary|Ambassador|Governor"
)
# The House's presiding officer: "The SPEAKER pro tempore (Mr. Whitfield)." on first use (the
# member in the chair named in brackets), then "The SPEAKER pro tempore.", "The ACTING CHAIR.".
_PRO_TEMPORE = r"(?:[ \t]+pro[ \t]+tempore)?(?:[ \t]+\((?:Mr|Mrs|Ms|Dr)\.[ \t]+[A-Z][\w'’\-]+\))?"
_LINE_PERIOD = re.compile(
    rf"^[ \t]*(?P<name>(?:(?:The|{_PERIOD_HONORIFIC})[ \t]+){{1,3}}"
    r"(?:Mc|Mac)?[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+){0,2}(?:[ \t]+of[ \t]+[A-Z][a-z]+)?"
    + _PRO_TEMPORE
    + rf"|(?:{_PERIOD_HONORIFIC})[ \t]+(?:Mc|Mac|O['’]|De|Van)?[A-Z][a-z'’\-]+)"
    r"\.[ \t]+(?=[A-Z\"“])",
    re.MULTILINE,
)
# Russian and Ukrainian parliamentary stenograms (State Duma, Federation Council, Verkhovna
# Rada) print the label in the running text, closed by a period: "Председательствующий.
# Уважаемые коллеги, …", "Лыков А. В., министр транспорта Российской Федерации. Уважаемая …",
# "Гаврилов Д. О., фракция «НОВЫЕ ЛЮДИ». …", later just "Лыков А. В. Денис Олегович, …";
# "ГОЛОВУЮЧИЙ. Шановні колеги", "ГЕТМАНЦЕВ Д.О. Дякую". A surname and two initials (or the
# initials first), an optional role after a comma, then the words with a capital. Such a label
# still has to recur or stand among other labels (the consistency pass).
# The Federation Council closes the initials-first form with a period too ("А. Н. Кузнецов.
# Ирина Викторовна, …") and prints a speaker's first label with a long job title as a line of
# its own, the words in the next paragraph: "И. В. Земцова, член Комитета … (представитель от
# исполнительного органа государственной власти Омской области)." / "" / "Спасибо, …".
_CYR_UP = "А-ЯЁІЇЄҐ"
_CYR_LOW = "а-яёіїєґ'’"
_STENO_SURNAME = (
    rf"[{_CYR_UP}][{_CYR_LOW}]+(?:-[{_CYR_UP}][{_CYR_LOW}]+)?"
    rf"|[{_CYR_UP}]{{2,}}(?:-[{_CYR_UP}]{{2,}})?"
)
_STENO_INITIALS = rf"[{_CYR_UP}]\.[ \t]?[{_CYR_UP}]\."
_LINE_STENOGRAM = re.compile(
    r"^[ \t]*(?:(?P<office>Председательствующ(?:ий|ая)|ПРЕДСЕДАТЕЛЬСТВУЮЩ(?:ИЙ|АЯ)"
    rf"|Головуюч(?:ий|а)|ГОЛОВУЮЧ(?:ИЙ|А))(?:\.|(?=[ \t]*\n))"
    rf"|(?P<name>(?:{_STENO_SURNAME})[ \t]+{_STENO_INITIALS}"
    rf"|{_STENO_INITIALS}[ \t]?(?:{_STENO_SURNAME}))(?:,[ \t]+(?P<role>[^\n.!?]{{1,300}}?))?"
    rf"(?(role)\.|\.?(?<=\.)))(?:[ \t]+|(?(role)[ \t]*\n(?:[ \t]*\n)?[ \t]*|(?!)))"
    rf"(?=[{_CYR_UP}«\"„(])"
    # A PDF-to-text stenogram (Kyiv City Council) prints the label alone on its line, without
    # the period: "ГОЛОВУЮЧИЙ" / "Доброго ранку, …", "ГОНЧАР П.І." / "Шановний …".
    rf"|^[ \t]*(?:(?P<office2>ПРЕДСЕДАТЕЛЬСТВУЮЩ(?:ИЙ|АЯ)|ГОЛОВУЮЧ(?:ИЙ|А))"
    rf"|(?P<name2>[{_CYR_UP}]{{2,}}(?:-[{_CYR_UP}]{{2,}})?[ \t]+{_STENO_INITIALS}))"
    rf"[ \t]*\n(?=[ \t]*[{_CYR_UP}«\"„(])"
    # A lost line break glues the next label to the last sentence: "…этим людям?ГУСЕВА М.О.
    # Елена Николаевна, …" (capitals and initials only, and only after a sentence end).
    rf"|(?<=[.!?…])(?P<name3>[{_CYR_UP}]{{2,}}(?:-[{_CYR_UP}]{{2,}})?[ \t]+{_STENO_INITIALS})"
    rf"[ \t]+(?=[{_CYR_UP}«\"„(])",
    re.MULTILINE,
)
# A deposition names who examines: "BY MR. OKAFOR:" above the "Q." / "A." lines it conducts.
_EXAMINER = re.compile(
    r"^[ \t]*(?:(?:CROSS-|DIRECT |RE)?EXAMINATION[ \t]+)?BY[ \t]+(?P<name>(?:MR|MS|MRS|DR)\.?"
    r"[ \t]+[A-Z][A-Za-z'’\-]+(?:[ \t]+[A-Z][A-Za-z'’\-]+)?)[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
# A scrape may lose the space after the colon as well ("…МоскваВопрос:Владимир Владимирович");
# a capital must follow then, so "10:30" and "https://" never qualify.
_AFTER_COLON = rf"(?=[ \t\n]|$|[{UPPER}«\"“])"
_GLUED_ROLE = re.compile(
    r"(?<=[^\s])(?P<name>Question|Answer|Вопрос|Ответ|QUESTION|ANSWER|ВОПРОС|ОТВЕТ)[ \t]*:"
    + _AFTER_COLON
)
_NAME_TOKEN = rf"(?:(?:[{UPPER}]\.){{1,3}}[ \t]?)?[{UPPER}][\w'’\-]*\.?"
# A label after a sentence end on the same line ("…trust. Dmitry Peskov:") or glued to a word.
_MIDLINE = re.compile(
    rf"(?:(?<=[.?!…\"”»)\]\d])[ \t]*|(?<=[{LOWER}]))"
    rf"(?P<name>{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,4}}(?:[ \t]*\([^()\n]{{1,40}}\))?"
    # "…with you.Manish Kapoor, Times Now:": a reporter and the outlet, glued on.
    rf"(?:,[ \t]+(?:[Tt]he[ \t]+)?{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,3}})?)"
    r"[ \t]*:" + _AFTER_COLON
)
# A word glued to a capitalised name: "AstanaVladimir" (not "McCarthy", "DeSantis", "MacArthur").
_CAMEL = re.compile(rf"([{UPPER}][{LOWER}]{{3,}})[{UPPER}][{LOWER}]")
_DIRECTION = re.compile(r"[(\[][ \t]*(?P<c>[^()\[\]\n]{2,100}?)[ \t]*[)\]]")
_DIRECTION_WORDS = frozenset(
    {
        "crosstalk",
        "cross-talk",
        "overtalk",
        "inaudible",
        "unintelligible",
        "indiscernible",
        "laughter",
        "laughs",
        "laughing",
        "chuckles",
        "applause",
        "applauding",
        "cheers",
        "cheering",
        "booing",
        "boos",
        "music",
        "silence",
        "pause",
        "pauses",
        "sighs",
        "coughs",
        "begin",
        "end",
        "commercial",
        "through",
        "via",
        "break",
        "soundbite",
        "sot",
        "vo",
        "off-mike",
        "off-mic",
        "technical",
        "gap",
        "audio",
        "video",
        "videotape",
        "clip",
        # Canada's Hansard marks the language of the floor: "[Translation]", "[English]".
        "translation",
        "interpretation",
        "english",
        "français",
        "speaking",  # NPR: "(Speaking French)"
        "speaks",  # White House: "(Speaks Ukrainian.)"
        "interruption",
        "interrupts",
        "concludes",  # "(Concludes)", "(Briefing concluded)": an editor's line
        "concluded",
        "смех",
        "аплодисменты",
        "неразборчиво",
        "пауза",
        "шум",
        "смеется",
        "смеётся",
        "оживление",
        "говорят",  # "(Говорят одновременно.)": crosstalk
        "перебивает",
        "одновременно",  # "(Одновременно говорят)"
        "одночасно",
        "перебивают",
        # Ukrainian: "(говорять одночасно)", "(Оплески.)", "(Сміх у залі)".
        "говорять",
        "сміх",
        "сміється",
        "оплески",
        "нерозбірливо",
        # A sitting's recess and a broadcast's inserts: "(Перерыв.)", "(Відеосюжет)",
        # "[Музыкальная заставка]", "[Реклама]".
        "перерыв",
        "перерва",
        "видеосюжет",
        "відеосюжет",
        "сюжет",
        "реклама",
        "заставка",
        "музыка",
        "музика",
        "музыкальная",
        "музична",
    }
)
_CLIP_BEGIN = re.compile(r"^\s*begin\b", re.IGNORECASE)
_CLIP_END = re.compile(r"^\s*end\b", re.IGNORECASE)
_PROMPT = re.compile(
    r"^\W*(?:tell|explain|describe|talk|let me ask|let's talk|let us talk|walk us|give us|"
    r"расскажите|объясните|поясните|прокомментируйте|давайте)\b",
    re.IGNORECASE,
)
_TIMESTAMP_LINE = re.compile(r"^[ \t]*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]*$")
# An editor's cut on its own line (kremlin.ru "<…>", "[…]", "(...)"): it ends no one's words.
_ELISION_LINE = re.compile(r"^[ \t]*[<\[(]?[ \t]*(?:…|\.{3})[ \t]*[>\])]?[ \t]*$")
_VOICE_OVER = re.compile(r"voice[- ]?over|\bV\.?O\.?\b|narrat", re.IGNORECASE)
_REMARK = re.compile(
    r"\b(?:thank you|thanks|welcome|good (?:morning|afternoon|evening|night)|joining us|"
    r"joined by|be right back|after (?:the|this) break|let's (?:take a look|listen|watch)|"
    r"take a listen|have a look|I want to play|goodbye|the following is|conversation with|"
    r"joining me|I'm joined|with me (?:now|today)|спасибо|благодарю|добрый (?:день|вечер)|"
    r"здравствуйте|до свидания|"
    # Ukrainian thanks and greetings ("Дякую вам за розмову.", "Максиме, вітаємо.").
    r"дякую|дякуємо|вітаю|вітаємо|привіт|добрий (?:день|вечір)|доброго (?:дня|ранку|вечора)|"
    r"до побачення|"
    # Keeping order in a debate: "Коллеги, давайте по очереди. Тимур, договорите, пожалуйста."
    r"по очереди|договорите|по черзі|договоріть|one at a time|let (?:him|her|them) finish)\b",
    re.IGNORECASE,
)
_REPORTER = re.compile(r"\b(?:byline|correspondent|reporter|корреспондент\w*)\b", re.I)
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "senator", "sen"})
_CUT_OFF = re.compile(r"(?:[ \t][–-]|—|--|…|\.\.\.)\s*$")
_HEADER_PERSON = re.compile(
    r"\b(?P<kind>interview(?:ed)?\s+(?:with|by|of)|interview(?:\s+was)?\s+conducted\s+by|"
    r"in conversation with|"
    r"conversation with|Q&A with|answers?\s+by|remarks\s+(?:by|of)|statement\s+by|speech\s+by|"
    r"address\s+by|article\s+by|op-ed\s+by|essay\s+by|press\s+conference\s+(?:by|of|with)|"
    r"(?:press\s+)?briefing\s+by|(?:press\s+)?gaggle\s+by|(?:background\s+)?(?:press\s+)?call\s+by|"
    r"media\s+availability\s+(?:by|with)|stakeout\s+(?:by|with)|town\s+hall\s+with|"
    r"questions?\s+(?:by|from)|talks?\s+to|speaks?\s+to|spoke\s+(?:to|with)|talked\s+(?:to|with)|"
    r"speaking\s+to|talking\s+to|"
    r"interviews|sits\s+down\s+with|"
    r"grills|(?:videotaped\s+)?deposition\s+of|testimony\s+of|(?:cross-)?examination\s+of)\s+"
    rf"(?P<phrase>(?:(?:[{UPPER}][{LETTER}.'’\-]*|of|de|van|von|der)[ \t]+){{0,7}}"
    rf"[{UPPER}][{LETTER}.'’\-]*)",
    re.IGNORECASE,
)
_ANSWERS_TO = re.compile(r"\b(?:answers?|responses?|replies)\s+to\s+[^\n]{0,40}$", re.IGNORECASE)
# "TIME spoke with …", "CBS News talked to …": an outlet (see _media_outlet) as the subject asks.
_OUTLET_SUBJECT = re.compile(
    r"(?:^|\n|\.[ \t])[ \t]*"
    r"(?P<outlet>(?:[Tt]he[ \t]+)?[A-Z][\w&.'’\-]*(?:[ \t]+[A-Z][\w&.'’\-]*){0,2})[ \t]+$"
)
# "Tucker Carlson interviews Viktor Orbán", "Jake Tapper asks …": the name before the verb asks.
_HEADER_ASKER = re.compile(
    rf"\b(?P<phrase>[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}'’\-]+)(?<!['’]s)[ \t]+"
    r"(?P<verb>interviews|asks|questions|grills|sits\s+down\s+with|talks\s+to|speaks\s+(?:to|with))\b"
)
# "Defense Minister Yaşar Güler answered Daily Sabah's questions": the subject answers.
_HEADER_ANSWERER = re.compile(
    rf"(?P<phrase>(?:[{UPPER}][{LETTER}'’\-]*[ \t]+){{1,5}}[{UPPER}][{LETTER}'’\-]+)[ \t]+"
    r"(?:answered|answers|responded[ \t]+to|replied[ \t]+to)[ \t]"
)
_HEADER_PERSON_RU = re.compile(
    r"(?P<kind>Интервью|Ответы|Выступление|Заявление|Статья|Брифинг|Пресс-конференция|Речь|"
    r"Беседовал[аи]?|Вопросы задавал[аи]?|Інтерв['’]ю|Відповіді|Виступ|Заява|Брифінг)"
    r"(?![а-яёіїєґ])[^\n]{0,160}?"
    r"(?P<phrase>(?:[А-ЯЁІЄ]\.[ \t]?){1,2}[А-ЯЁІЄ][а-яёіїєґ'’\-]+|"
    # "Выступление Министра … Дмитрия Николаевича Ковалёва": the patronymic is skipped.
    r"[А-ЯЁІЄ][а-яёіїєґ'’]+[ \t]+(?:[А-ЯЁІЄ][а-яёіїєґ'’]+(?:вича|вны|ича|ичны|івни|ївни)[ \t]+)?"
    r"[А-ЯЁІЄ][а-яёіїєґ'’\-]+(?:ова|ева|ёва|ина|ына|ого|ой|ов|ев|ёв|ин)(?![а-яёіїєґ]))"
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
)
# Editor's lines that introduce a transcript rather than belong to it.
_EDITORIAL = re.compile(
    r"^(?:The following is|This is a (?:rush )?transcript|THIS IS A RUSH TRANSCRIPT|Transcript\b|"
    r"Editor'?s note|Note:|Please note:|\(?This transcript"
    r"|\(?(?:This|The) (?:interview|conversation|Q&A|exchange|transcript|discussion|event)\b"
    r"[^\n]{0,40}\b(?:edited|condensed)"
    # "Далі – розшифровка розмови, скорочена та відредагована …", "Ниже — расшифровка беседы",
    # "Текст публикуется в сокращении": the editor's line above a Russian/Ukrainian transcript.
    r"|(?:Далі|Далее|Ниже|Нижче)[ \t]*[–—:-]?[ \t]*(?:повн\w+[ \t]+|полн\w+[ \t]+)?"
    r"(?:розшифровка|расшифровка|стенограмма|стенограма|текст)\b"
    r"|[^\n]{0,60}\b(?:сокращ|скороч)\w*[ \t]+(?:и|та|і|й)[ \t]+(?:отредактир|відредаг)"
    r"|[^\n]{0,40}\b(?:публикуется|публікується)[ \t]+(?:в|у)[ \t]+(?:сокращении|скороченні)"
    # "Стенограма розміщена на офіційному вебсайті … Текст не редагувався.": the page's notice.
    r"|(?:Стенограм\w*|Текст)[ \t]+(?:розміщен|размещен|опубліков|опубликован|не[ \t]+редаг"
    r"|не[ \t]+редакт)\w*)",
    re.IGNORECASE,
)
_RUSH = re.compile(r"RUSH TRANSCRIPT|MAY NOT BE IN ITS FINAL FORM|All rights reserved", re.I)
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


@dataclass(frozen=True, slots=True)
class LabelHit:
    """One speaker label: its span (colon included) and what it says."""

    start: int
    end: int
    text: str  # the label as written, without colon/parenthetical: "S.V. Lavrov", "Q"
    info: LabelInfo
    cut: int  # where the previous turn's body must end (before a timestamp prefix)
    inline: bool = False  # glued to earlier text or after a sentence end on the same line
    stopped: bool = False  # closed by a period or ". –", not a colon: an office must recur
    bare: bool = False  # a lowercase name alone on its line: only in a dialogue of such names
    alone: bool = False  # "Анна Ветрова" alone on its line: only in a dialogue of such names
    dashed: bool = False  # "ПЕСКОВ — …": only in a dialogue of such labels
    stamped: bool = False  # "00:00:48" / "SL": only in a dialogue of such labels
    implied: bool = False  # no label in the text: an answer printed without its "Ответ:"
    called: bool = False  # "Name -- Title" / "Operator" alone on a line: an earnings call's


@dataclass(frozen=True, slots=True)
class Structure:
    """Everything the turns stage derives from one text."""

    labels: tuple[LabelHit, ...]
    directions: tuple[tuple[int, int], ...]
    turns: tuple[Span, ...]


def _candidates(text: str, limit: int) -> list[LabelHit]:
    hits: dict[int, LabelHit] = {}
    for m in _LINE_LABEL.finditer(text, 0, limit):
        info = classify_label(m.group("name"))
        slashed = _SLASHED_OUTLET.fullmatch(m.group("name"))
        if info is None and slashed:
            # The Philippine PCO's reporters: "CELERINA ABAD/DZBB:", the name, a slash, then
            # the outlet: read as "CELERINA ABAD, DZBB" (the name speaks).
            info = classify_label(f"{slashed.group(1)}, {slashed.group(2)}")
        numbered = _QUESTION_NUMBER.match(m.group("name"))
        if info is None and numbered:
            # Holyrood and Westminster order papers number the lodged questions: "1. Graham
            # Lockhart (North East Scotland) (Con): To ask the First Minister …". The number
            # is the question's, the member speaks.
            info = classify_label(m.group("name")[numbered.end() :])
            if info is not None:
                name = _strip_paren(m.group("name")[numbered.end() :])
                # The label is the member's name; the number before it stays out of both the
                # label and the turn before (the previous body still ends at the line start).
                at = m.start("name") + numbered.end()
                hits[at] = LabelHit(at, m.end(), name, info, m.start())
                continue
        if info is not None:
            start = m.start("name")
            if text.startswith(("**", "__"), start - 2):
                start -= 2
            hits[start] = LabelHit(start, m.end(), _strip_paren(m.group("name")), info, m.start())
    for m in _LINE_LOWER_NAME.finditer(text, 0, limit):
        # "michael barbaro" alone on its line (NYT transcripts): read as the name it is.
        if _BARE_STOP & set(m.group("name").split()):
            continue  # "skip advertisement", "continue reading": page furniture
        info = classify_label(m.group("name").title())
        start = m.start("name")
        if info is not None and info.kind is LabelKind.PERSON and start not in hits:
            hits[start] = LabelHit(start, m.end(), m.group("name"), info, m.start(), bare=True)
    for regex in (_LINE_STAMPED, _LINE_NAME_STAMP, _LINE_DASHED, _LINE_PERIOD):
        for m in regex.finditer(text, 0, limit):
            label = m.group("name")
            if regex is _LINE_PERIOD:  # "The SPEAKER pro tempore (Mr. Whitfield)": the office
                label = re.sub(r"[ \t]+pro[ \t]+tempore\b|[ \t]*\([^()]*\)$", "", label)
            info = classify_label(label, max_role_words=20 if regex is _LINE_DASHED else 14)
            start = m.start("name")
            if info is not None and start not in hits:
                name = m.group("name").strip()
                if regex is not _LINE_STAMPED:
                    name = _strip_paren(name)
                stopped = regex in (_LINE_DASHED, _LINE_PERIOD)
                hits[start] = LabelHit(start, m.end(), name, info, m.start(), stopped=stopped)
    for m in _LINE_STENOGRAM.finditer(text, 0, limit):
        group = next(g for g in ("office", "name", "office2", "name2", "name3") if m.group(g))
        label = m.group(group)
        info = classify_label(label)
        if m.group("role"):
            # The Federation Council's titles run long ("первый заместитель председателя
            # Комитета … (представитель от … Тверской области)"): the name decides, the
            # title is kept as the label's role.
            role = m.group("role").strip()
            label = f"{label}, {role}"
            info = classify_label(label, max_role_words=30) or (
                dataclasses.replace(info, role=role) if info is not None else None
            )
        start = m.start(group)
        known = hits.get(start)
        if known is not None and known.end > m.end() and info is not None:
            # "Председательствующий. Да, коллеги, … поясните, пожалуйста: когда …": a colon
            # later in the chair's first sentence made the whole run a "label"; the stenogram's
            # period closes it first.
            del hits[start]
        if info is not None and start not in hits:
            end = m.end() - 1 if group in ("office2", "name2") else m.end()  # not the words' line
            glued = group == "name3"
            hits[start] = LabelHit(
                start, end, label, info, start if glued else m.start(), stopped=True, inline=glued
            )
    for m in _LINE_FULL_NAME.finditer(text, 0, limit):
        info = classify_label(m.group("name"))
        start = m.start("name")
        if (
            info is not None
            and info.kind is LabelKind.PERSON
            and info.name is not None
            and info.name.has_full_given
            and start not in hits
        ):
            if text.startswith(("**", "__"), start - 2):
                start -= 2
            end = text.find("\n", m.start("name"))
            hits[start] = LabelHit(start, end, m.group("name"), info, m.start(), alone=True)
    for m in _LINE_CAPS_DASH.finditer(text, 0, limit):
        name = m.group("name")
        info = classify_label(name) if name == name.upper() else None
        start = m.start("name")
        if info is not None and start not in hits:
            if text.startswith(("**", "__"), start - 2):
                start -= 2
            hits[start] = LabelHit(start, m.end(), name, info, m.start(), dashed=True)
    for m in _LINE_CALL.finditer(text, 0, limit):
        name = m.group("name")
        info = classify_label(re.sub(r"[ \t]+(?:--|–|—)[ \t]+", ", ", name))
        start = m.start("name")
        if info is not None and info.kind is LabelKind.PERSON and start not in hits:
            if name == "Operator":  # the conference operator moderates: its role says so
                info = dataclasses.replace(info, role="operator")
            if text.startswith(("**", "__"), start - 2):
                start -= 2
            end = m.end() - 1  # the label's line, not the line break below it
            hits[start] = LabelHit(start, end, name, info, m.start(), called=True)
    for m in _LINE_STAMP_INITIALS.finditer(text, 0, limit):
        # The shape is the evidence: "AN" (Abena Nyarko) is initials here, not the article.
        initials = Name(given=(), surname=m.group("name"), title=None, caps=True)
        info = LabelInfo(LabelKind.PERSON, m.group("name"), name=initials)
        start = m.start("name")
        if start not in hits:
            end = m.end() - 1  # the initials' line, not the words' line break
            hits[start] = LabelHit(start, end, m.group("name"), info, m.start(), stamped=True)
    for m in _LINE_Q.finditer(text, 0, limit):
        info = classify_label(m.group("name").rstrip("."))
        if info is not None and m.start("name") not in hits:
            start = m.start("name")
            hits[start] = LabelHit(start, m.end(), m.group("name"), info, m.start())
    for regex in (_GLUED_ROLE, _MIDLINE):
        for m in regex.finditer(text, 0, limit):
            start = m.start("name")
            line_start = text.rfind("\n", 0, start) + 1
            if not text[line_start:start].strip():
                continue
            covering = [k for k, h in hits.items() if h.start <= start < h.end]
            if covering and regex is _GLUED_ROLE:
                # "Talks, Moscow, May 5, 2024Question:" is a title with a glued label, not the
                # label "Talks" with a role.
                for k in covering:
                    del hits[k]
            elif covering:
                continue
            raw = m.group("name")
            camel = _CAMEL.match(raw)
            if camel:  # "…15:40 AstanaVladimir Putin:": the place is glued to the name
                start += camel.end(1)
                raw = raw[camel.end(1) :]
            info = classify_label(raw)
            if info is not None:
                name = _strip_paren(raw)
                hits[start] = LabelHit(start, m.end(), name, info, start, inline=True)
    # "Читайте также" / "Лавров: Россия готова к диалогу …": a headline link, not a turn.
    boxed = [
        k for k in hits if _READ_ALSO.search(text, max(0, k - 200), k) and _in_read_also(text, k)
    ]
    for k in boxed:
        del hits[k]
    return sorted(hits.values(), key=lambda h: h.start)


def _strip_paren(name: str) -> str:
    """The label as written without leading/trailing parentheticals ("HOLT (voice-over)" →
    "HOLT"); one inside stays ("SEN. JOHN THUNE (R-SD), MAJORITY LEADER"), since the label
    must read as written."""
    paren = r"\s*[(\[][^()\[\]]*[)\]]\s*"
    return re.sub(rf"^(?:{paren})+|(?:{paren})+$", "", name).strip()


def _fieldish(text: str, hit: LabelHit) -> bool:
    """Is the rest of the label's line a short value ("Federation: Germany"), not speech?"""
    line_end = text.find("\n", hit.end)
    rest = text[hit.end : len(text) if line_end < 0 else line_end].strip()
    if line_end >= 0 and line_end - (text.rfind("\n", 0, hit.start) + 1) >= 60:
        # A hard-wrapped page (GPO hearings wrap at ~70 columns: "The CHAIRMAN. The Committee
        # on Science, Space, and Technology will" / "come to order.") cuts every long line
        # mid-sentence; a long line whose words go on below is speech, not a field value.
        nxt = text[line_end + 1 : text.find("\n", line_end + 1) % (len(text) + 1)].strip()
        if nxt and not nxt.startswith(("[", "(")):
            return False
    return bool(rest) and len(rest.split()) <= 12 and not re.search(r"[.!?…:;\"”»)\]]$", rest)


_FIELD_LINE = re.compile(r"[ \t]*[A-Z][\w ]{0,30}:[ \t]+[^\n]{1,80}")


def _in_fields(text: str, hit: LabelHit) -> bool:
    """Are the lines right above and right below the label's line short "Field: value" lines
    with no sentence end ("Date: Wednesday, 29 October 2025", "Status: Proof")?"""
    line_start = text.rfind("\n", 0, hit.start) + 1
    line_end = text.find("\n", hit.start)
    if line_start < 2 or line_end < 0:
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    below_end = text.find("\n", line_end + 1)
    below = text[line_end + 1 : len(text) if below_end < 0 else below_end]
    return all(
        _FIELD_LINE.fullmatch(line) is not None and not re.search(r"[.!?…]\s*$", line)
        for line in (above, below)
    )


def _consistent(text: str, cands: Sequence[LabelHit]) -> list[LabelHit]:
    """Keep candidates whose group recurs or whose form is strong in a clear transcript.

    Inline candidates (glued, or after a sentence end) need a recurring group with a line-start
    member, or a transcript with role words: a stray "… said. Washington:" or a repeated
    "…Eric Margolis Best Price:" never qualifies, "…trust.Dmitry Peskov:" does.
    A group whose every occurrence is followed by a short value ("Federation: Germany") is a
    field list, not a speaker.
    """
    by_group: dict[str, list[LabelHit]] = {}
    for c in cands:
        by_group.setdefault(c.info.group, []).append(c)
    fields = {g for g, hits in by_group.items() if all(_fieldish(text, h) for h in hits)}
    # A once-only label inside a page's field block ("Source: Senate" / "Speaker: Grogan, Sen
    # Karen (Chair); …" / "Status: Proof") is one more field, whatever its value's length.
    fields |= {g for g, hits in by_group.items() if len(hits) == 1 and _in_fields(text, hits[0])}
    cands = [c for c in cands if c.info.group not in fields]
    bare = Counter(c.info.group for c in cands if c.bare)
    if sum(n >= 2 for n in bare.values()) < 2:  # two lowercase names, each speaking twice
        cands = [c for c in cands if not c.bare]
    alone = Counter(c.info.group for c in cands if c.alone)
    first_alone = min((c.start for c in cands if c.alone), default=0)
    introduced = any(
        c.alone and c.info.name is not None and c.info.name.surname in text[:first_alone]
        for c in cands
    )
    if sum(n >= 2 for n in alone.values()) < 2 or not introduced:
        # Two names, each alone on its line at least twice, and the lead introduces one of
        # them ("Беседовала … Анна Ветрова"): a recurring pair of headings is no dialogue.
        cands = [c for c in cands if not c.alone]
    else:
        cands = [c for c in cands if not c.alone or alone[c.info.group] >= 2]
    dashed = Counter(c.info.group for c in cands if c.dashed)
    if sum(n >= 2 for n in dashed.values()) < 2:  # "КОРРЕСПОНДЕНТ —" and "ПЕСКОВ —", each twice
        cands = [c for c in cands if not c.dashed]
    called = Counter(c.info.group for c in cands if c.called)
    if sum(n >= 2 for n in called.values()) < 2 or not any(
        c.called and c.text != "Operator" for c in cands
    ):
        # Two voices, each alone on its line at least twice, one of them with its "-- Title":
        # a single "Operator" line or a recurring caption is no call.
        cands = [c for c in cands if not c.called]
    stamped = Counter(c.info.group for c in cands if c.stamped)
    # Timestamped initials ("00:00:48" / "SL"), two voices each at least twice: then every such
    # label is a turn, a journalist's who asks once included (the moderator names them).
    stamped_dialogue = sum(n >= 2 for n in stamped.values()) >= 2
    if not stamped_dialogue:
        cands = [c for c in cands if not c.stamped]
    groups = Counter(c.info.group for c in cands)
    line_start_groups = {c.info.group for c in cands if not c.inline}
    role_kinds = (LabelKind.QUESTION, LabelKind.ANSWER)
    role_total = sum(c.info.kind in role_kinds for c in cands)
    # A lone "Question:" makes a transcript only with a companion label ("Ivan Petrov:").
    companion = any(
        c.info.kind in (LabelKind.PERSON, LabelKind.OFFICE, LabelKind.ANSWER) for c in cands
    )
    # "Q." / "A.", "Question." / "Answer.": a period label counts only when both forms occur.
    dotted_pairs = ({"Q.", "A."}, {"Question.", "Answer."}, {"QUESTION.", "ANSWER."})
    dotted = {c.text for c in cands if any(c.text in pair for pair in dotted_pairs)}
    recurring = {g for g, n in groups.items() if n >= 2}
    accepted: list[LabelHit] = []
    for c in cands:
        kind = c.info.kind
        if any(c.text in pair and not pair <= dotted for pair in dotted_pairs):
            continue
        if kind in role_kinds:
            # "Question:" at a line start or glued ("…2024Question:"); "Q:"/"A:" must recur.
            glued = c.inline and not text[c.start - 1].isspace()
            full_word = len(re.sub(r"[\d№\s]", "", c.text)) > 2 and (not c.inline or glued)
            # A "Q:" glued after a sentence end ("…in Europe.Q: Last question.") in a text whose
            # line-start "Q:" labels recur is a lost line break, not an abbreviation.
            after_sentence = (
                c.inline
                and text[c.start - 1] in ".?!…"
                and sum(h.text == c.text and not h.inline for h in cands) >= 2
            )
            if (full_word and (role_total >= 2 or companion)) or (
                role_total >= 2 and (not c.inline or c.text.lower() not in "qa" or after_sentence)
            ):
                accepted.append(c)
        elif c.inline:
            recurs = c.info.group in recurring
            if (recurs and (c.info.group in line_start_groups or role_total >= 2)) or (
                _glued_reporter(text, c, cands, role_total)
            ):
                accepted.append(c)
        elif (
            c.info.group in recurring
            or (kind is LabelKind.OFFICE and not c.stopped)
            or (c.stamped and stamped_dialogue)
        ):
            accepted.append(c)
    # Second pass: single strong line-start candidates, once the text has proven a transcript.
    base = len(accepted)
    # A transcript of named speakers ("Vladimir Putin:", "Marat Khusnullin:"): a full name that
    # speaks once more ("Anton Siluanov:") is a speaker too.
    rich = base >= 3 and len({a.info.group for a in accepted if a.info.name or a.info.office}) >= 2
    # "Журналістка:" / "Журналіст:" at a briefing ask as "Question:" does: an official who
    # answers once there ("Наталія Остапчук: Так, заявки …") speaks too.
    has_role_word = any(
        a.info.kind in role_kinds or (a.info.kind is LabelKind.INTERVIEWER and a.info.name is None)
        for a in accepted
    )
    for c in cands:
        if c.inline or c in accepted or c.info.group in recurring:
            continue
        kind = c.info.kind
        name = c.info.name
        full_name = name is not None and (
            name.has_full_given or (rich and fold(name.title or "").rstrip(".") in _HONORIFICS)
        )
        # "Prime Minister Frederiksen:" speaking once, under a header naming "Danish Prime
        # Minister Mette Frederiksen": an office and the surname the header already gave.
        # "M.V.Zakharova:" answering the one "Question:" of a header naming Maria Zakharova.
        headed = (
            name is not None
            and (
                (name.title is not None and not name.given and base >= 2)
                or (bool(name.given) and not name.has_full_given and has_role_word)
            )
            and re.search(
                rf"(?<![{LETTER}]){re.escape(name.surname)}(?![{LETTER}])",
                text[: accepted[0].start if accepted else 0],
                re.IGNORECASE if name.caps else 0,
            )
            is not None
        )
        if (
            (kind in (LabelKind.INTERVIEWER, LabelKind.ANONYMOUS) and base >= 1)
            or (kind is LabelKind.PERSON and c.info.strong and base >= 2)
            or (kind is LabelKind.PERSON and headed)
            or (kind is LabelKind.PERSON and full_name and (has_role_word or rich))
        ):
            accepted.append(c)
    accepted.sort(key=lambda h: h.start)
    accepted = _spelled_initials(cands, accepted, base)
    accepted = _one_off_askers(text, cands, accepted)
    accepted = _one_off_answerers(text, cands, accepted)
    if len(accepted) >= 2 and _headline(text, accepted[0]):
        accepted = accepted[1:]
    return accepted


def _spelled_initials(
    cands: Sequence[LabelHit], accepted: list[LabelHit], base: int
) -> list[LabelHit]:
    """A panel's transcript moves on to initials ("Dr Priya Raman:", "Raman:", then "PR:"): a
    line-start capitals label that spells the initials of a speaker named in full ("TL:" for
    "Ambassador Tomas Lindqvist:") speaks even once, in a text with two other labels."""
    spelled = {
        "".join(w[0] for w in (*n.given, n.surname.split()[-1])).upper()
        for a in accepted
        if (n := a.info.name) is not None and n.has_full_given
    }
    taken = {a.start for a in accepted}
    extra = [
        c
        for c in cands
        if base >= 2
        and c.start not in taken
        and not c.inline
        and c.info.kind is LabelKind.PERSON
        and c.info.name is not None
        and not c.info.name.given
        and c.info.name.title is None
        and re.fullmatch(r"[A-Z]{2,3}", c.text) is not None
        and c.text in spelled
    ]
    return sorted([*accepted, *extra], key=lambda h: h.start) if extra else accepted


def _glued_reporter(text: str, c: LabelHit, cands: Sequence[LabelHit], role_total: int) -> bool:
    """A reporter's "Full Name, Outlet:" label glued to the end of an answer in a briefing with
    "Question:" labels ("…with you.Manish Kapoor, Times Now: Sir, … What is the latest?"): a
    full name, an outlet, after a sentence end, asking."""
    name = c.info.name
    if (
        role_total < 2
        or name is None
        or not name.has_full_given
        or c.info.role is None
        or text[c.start - 1] not in '.?!…"”'
    ):
        return False
    nxt = next((h.start for h in cands if h.start > c.start), len(text))
    return "?" in text[c.end : nxt]


def _one_off_askers(
    text: str, cands: Sequence[LabelHit], accepted: list[LabelHit]
) -> list[LabelHit]:
    """Askers named once each between one principal's turns, as at the Chinese MFA's briefings
    ("Lin Jian: …", "AFP: …?", "Lin Jian: …", "Bloomberg: …?"): a line-start label whose body
    asks, with the same recurring speaker right before and right after it."""
    groups = Counter(a.info.group for a in accepted)
    taken = {a.start for a in accepted}
    extra: list[LabelHit] = []
    for i, c in enumerate(cands):
        if c.start in taken or c.inline or c.info.kind is not LabelKind.PERSON:
            continue
        before = [a for a in accepted if a.start < c.start]
        after = [a for a in accepted if a.start > c.start]
        if not before or not after or before[-1].info.group != after[0].info.group:
            continue
        nxt = cands[i + 1].cut if i + 1 < len(cands) else after[0].cut
        if groups[before[-1].info.group] >= 3 and "?" in text[c.end : min(nxt, after[0].cut)]:
            extra.append(c)
    return sorted([*accepted, *extra], key=lambda h: h.start) if extra else accepted


def _one_off_answerers(
    text: str, cands: Sequence[LabelHit], accepted: list[LabelHit]
) -> list[LabelHit]:
    """A guest who speaks once in a dialogue of surname labels ("Соловьев: Яков Моисеевич, ваш
    взгляд?", "Кедми: …", "Соловьев: …"): a line-start label written like the recurring ones
    (a bare surname), right after a recurring speaker's question and right before a recurring
    speaker's turn, in a text with at least two recurring speakers."""
    groups = Counter(a.info.group for a in accepted)
    if sum(n >= 2 for n in groups.values()) < 2:
        return accepted
    shapes = {_label_shape(a) for a in accepted if groups[a.info.group] >= 2}
    taken = {a.start for a in accepted}
    extra: list[LabelHit] = []
    for c in cands:
        if c.start in taken or c.inline or c.stopped or c.info.kind is not LabelKind.PERSON:
            continue
        before = [a for a in accepted if a.start < c.start]
        after = [a for a in accepted if a.start > c.start]
        if not before or not after or _label_shape(c) not in shapes:
            continue
        if groups[before[-1].info.group] < 2 or groups[after[0].info.group] < 2:
            continue
        body = text[before[-1].end : c.cut]
        if _ends_with_question(body) and re.search(r"[.!?…»\"”]\s*$", text[c.end : after[0].cut]):
            extra.append(c)
    return sorted([*accepted, *extra], key=lambda h: h.start) if extra else accepted


def _label_shape(hit: LabelHit) -> tuple[bool, bool, bool, bool]:
    """How a label writes its name: with given names, a title, in capitals, with a role."""
    name = hit.info.name
    if name is None:
        return (False, False, False, hit.info.role is not None)
    return (bool(name.given), name.title is not None, name.caps, hit.info.role is not None)


def _headline(text: str, first: LabelHit) -> bool:
    """A headline in the "Vance: Europe must pay" style on the text's first lines, not a turn:
    the rest of its line is short and unpunctuated."""
    if first.inline or first.info.kind is not LabelKind.PERSON:
        return False
    # Above a headline stand at most a title line and a site's crumbs, dates and short menu
    # lines ("Главная / Пресс-центр / Новости", "18.12.2025 15:47"), never prose.
    above = [ln.strip() for ln in text[: first.start].split("\n") if ln.strip()]
    prose = [
        ln for ln in above if len(ln.split()) > 6 and not _BREADCRUMB.search(ln) and "/" not in ln
    ]
    if len(above) > 1 and (prose or len(above) > 8):
        return False
    line_end = text.find("\n", first.end)
    return _headline_rest(text[first.end : len(text) if line_end < 0 else line_end])


def _headline_rest(rest: str) -> bool:
    """Short, and unpunctuated or a bare quotation: `Europe must pay`, `"We need a deal"`."""
    rest = rest.strip()
    if not 0 < len(rest.split()) <= 14:
        return False
    if re.search(r"[^.!?…,]['\"”’»]$", rest) and rest[:1] in "'\"“‘«":
        return True  # 'Graham: "We need a deal with teeth"'
    return not re.search(r"[.!?…,;:\"”»)\]—–-]$", rest)


def _directions(text: str, labels: Sequence[LabelHit], limit: int) -> list[tuple[int, int]]:
    """Bracketed stage directions: "(CROSSTALK)", "[inaudible]", "(Applause.)", and whole
    bracketed lines that are editor's notes ("(The briefing was concluded at 1:52 p.m.)")."""
    spans: list[tuple[int, int]] = []
    label_ranges = [(h.start, h.end) for h in labels]
    # govinfo's text files open with bracketed page tags ("[House Hearing, 119 Congress]" /
    # "[From the U.S. Government Publishing Office]"): the header, not an editor's note.
    tags = _LEADING_TAGS.match(text)
    tags_end = tags.end() if tags else 0
    for m in _DIRECTION.finditer(text, 0, limit):
        if any(a <= m.start() < b for a, b in label_ranges):
            continue  # "HOLT (voice-over):" qualifies the label
        content = m.group("c").strip(" .!")
        words = re.findall(r"[\w'\-]+", content.lower())
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        own_line = (
            not text[line_start : m.start()].strip()
            and not text[m.end() : len(text) if line_end < 0 else line_end].strip()
        )
        if own_line and _HANSARD_CLOCK.fullmatch(content):
            spans.append((m.start(), m.end()))  # Canada's Hansard clock line: "(1420)"
            continue
        if not words or words[0].isdigit():
            continue
        keyword = words[0] in _DIRECTION_WORDS or (
            content.isupper() and any(w in _DIRECTION_WORDS for w in words)
        )
        # "(BELL RINGS)", "(AUDIENCE REACTION)": a line of capitals in brackets is a cue too.
        cue = own_line and content.isupper() and len(words) <= 6
        if m.start() < tags_end and not keyword:
            continue
        # rev.com's "[crowd cheering]", "[audience applauding]" on a line of their own.
        cue = cue or (own_line and len(words) <= 4 and any(w in _DIRECTION_WORDS for w in words))
        if (keyword and len(words) <= 6) or (own_line and 3 <= len(words) <= 15) or cue:
            spans.append((m.start(), m.end()))
    if any(h.stopped for h in labels):
        # The Congressional Record's narrative lines between the members' words record what
        # the House did, nobody says them: "There was no objection.", "A motion to reconsider
        # was laid on the table."
        spans = sorted([*spans, *(m.span(1) for m in _RECORD_NARRATIVE.finditer(text, 0, limit))])
    if "[" in text:
        # GPO's exhibit placeholder "[GRAPHIC] [TIFF OMITTED] T6041.001": the whole line.
        exhibits = [m.span(1) for m in _EXHIBIT_LINE.finditer(text, 0, limit)]
        if exhibits:
            spans = [d for d in spans if not any(a <= d[0] < b for a, b in exhibits)]
            spans = sorted([*spans, *exhibits])
    return spans


_RECORD_NARRATIVE = re.compile(
    r"^[ \t]*((?:There was no objection|A motion to reconsider was laid on the table"
    r"|The (?:motion|amendment|bill|resolution) was (?:agreed to|rejected|passed))\.)[ \t]*$",
    re.MULTILINE,
)
_HANSARD_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_LEADING_TAGS = re.compile(r"(?:[ \t]*(?:\[[^\[\]\n]*\][ \t]*)?\n)*")
_EXHIBIT_LINE = re.compile(
    r"^[ \t]*(\[[A-Z][A-Z ]{2,30}\](?:[ \t]*\[[A-Z][A-Z ]{2,30}\])*(?:[ \t]+[A-Z]{0,3}\d[\w.\-]*)?)"
    r"[ \t]*$",
    re.MULTILINE,
)


@functools.lru_cache(maxsize=16)
def find_labels(text: str) -> tuple[LabelHit, ...]:
    """Accepted speaker labels of ``text`` in order (cached: sentences and turns both need them)."""
    return _labels_and_roster(text)[0]


@functools.lru_cache(maxsize=16)
def _labels_and_roster(text: str) -> tuple[tuple[LabelHit, ...], int | None]:
    """The accepted labels before an earnings call's participant list, and where it begins."""
    labels = _consistent(text, _candidates(text, trailing_start(text)))
    roster = _call_roster(text, labels)
    return tuple(h for h in labels if roster is None or h.start < roster), roster


def _call_roster(text: str, labels: Sequence[LabelHit]) -> int | None:
    """Where an earnings call's closing participant list begins ("Duration: 0 minutes" /
    "Call participants:" / "Elena Varga -- Vice President" / "Thomas Hadley -- Chief …", the
    page's links below): three or more "Name -- Title" lines in a row with nothing between
    them list who took part; they speak no words, and the text from their heading on is no
    turn's body."""
    run: list[LabelHit] = []
    for h in labels:
        if h.called and run and not text[run[-1].end : h.cut].strip():
            run.append(h)
        else:
            if len(run) >= 3:
                break
            run = [h] if h.called else []
    if len(run) < 3:
        return None
    cut = run[0].cut
    # The list's heading and the call's length above it: short lines without a sentence end.
    while True:
        line_start = text.rfind("\n", 0, len(text[:cut].rstrip())) + 1
        line = text[line_start:cut].strip()
        if not line or len(line.split()) > 5 or re.search(r"[.!?…\"”]$", line):
            return cut
        cut = line_start


_PERSON_PAIR = rf"[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}'’\-]+"
_HEADER_PRESSER = re.compile(
    rf"(?:^|\n)[ \t]*(?P<a>{_PERSON_PAIR})(?:[ \t]+(?:and|&)[ \t]+(?P<b>{_PERSON_PAIR}))?[ \t]+"
    r"(?:[Jj]oint[ \t]+)?(?:[Pp]ress|[Nn]ews)[ \t]+[Cc]onference\b"
)
# state.gov: "Secretary of State Marco Rubio With Hugh Hewitt of The Hugh Hewitt Show" — the
# person "with" whom an official speaks, on a named show or outlet, is the interviewer.
_HEADER_HOST = re.compile(
    rf"\b[Ww]ith[ \t]+(?P<phrase>[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}'’\-]+)[ \t]+"
    rf"(?:of|on|from)[ \t]+(?P<outlet>[^\n]{{1,60}})"
)
_SHOW_WORD = re.compile(
    r"\b(?:Show|Podcast|Hour|Radio|TV|News|Network|Channel|Times|Post|Journal|Magazine|Live)\b"
)


_BROADCASTER = re.compile(r"^(?:[Tt]he[ \t]+)?(?!(?:US|UK|EU|UN|USA|UAE|NATO)\b)[A-Z]{2,5}\b")


_OUTLET_JOURNALIST = re.compile(
    r"\b(?:[Ww]ith|to|told)[ \t]+"
    r"(?P<owner>(?:[Tt]he[ \t]+)?[A-Z][\w&.\-]*"
    r"(?:[ \t]+(?:(?:of|and|for)[ \t]+)?[A-Z][\w&.\-]*){0,3}?)"
    r"(?:['’]s|(?<=s)['’])[ \t]+"
    rf"(?P<phrase>[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}'’\-]+)"
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
    return bool(_SHOW_WORD.search(outlet) or _BROADCASTER.match(outlet))


_JOURNALIST_SUBJECT = re.compile(
    r"\b(?i:editor|correspondent|reporter|journalist|host|presenter|anchor|writer|columnist)"
    rf"[ \t]+(?P<name>[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})[ \t]+$"
)


def _header_people(header: str) -> list[tuple[str, Name]]:
    """(kind, name) for every person the header introduces: "Remarks by President Biden"."""
    out: list[tuple[str, Name]] = []
    for m in _HEADER_PERSON.finditer(header):
        phrase = m.group("phrase")
        tokens = phrase.split()
        # "interview with Hungary's Orban": a possessive is a determiner, not a given name.
        owner = [i for i, t in enumerate(tokens[:-1]) if re.search(r"['’]s$", t)]
        kind = " ".join(m.group("kind").lower().replace(" was ", " ").split())
        if kind.startswith("question") and _ANSWERS_TO.search(header[: m.start()]):
            kind = "answers by"  # "Answers to media questions by … S.V. Lavrov": he answers
        subject = _OUTLET_SUBJECT.search(header[: m.start()])
        if (
            kind.startswith(("spoke", "speak", "talk"))
            and subject is not None
            and _media_outlet(subject.group("outlet"))
        ):
            kind = "interview with"  # "TIME spoke with President Zelensky": the outlet asks
        elif kind.startswith(("spoke with", "talked")):
            # "Dennis Bernstein spoke with John Pilger" says nothing of who asks; "our security
            # editor Priya Raman spoke with Tomas Lindqvist" does: the journalist asks.
            asker = _JOURNALIST_SUBJECT.search(header[: m.start()])
            if asker is None:
                continue
            journalist = name_from_phrase(asker.group("name"))
            if journalist is None or not journalist.given:
                continue
            out.append(("interview by", journalist))
            kind = "interview with"
        elif kind in ("speak to", "talk to") and re.search(
            r"\S\s+(?:and|&)\s+\S", header[: m.start()]
        ):
            kind = "interview with"  # "Alastair Campbell and Rory Stewart speak to X": they ask
        if owner and all(t[:1].isupper() for t in tokens[: owner[-1] + 1]):
            possessor = " ".join(tokens[: owner[-1] + 1])
            tokens = tokens[owner[-1] + 1 :]
            if _media_outlet(re.sub(r"['’]s$", "", possessor)):
                kind = "interview by"  # "interview with CNN's Jake Tapper": the journalist asks
        # Stop at the first lowercase word ("Lavrov to questions").
        kept: list[str] = []
        for tok in tokens:
            if tok[:1].islower() and tok not in ("of", "de", "van", "von", "der"):
                if kind == "interview by" and tok in ("to", "for"):
                    kind = "interview with"  # mid.ru: "Interview by Minister X to Izvestia"
                break
            kept.append(tok)
        while kept and kept[-1] in ("of", "de", "van", "von", "der"):
            kept.pop()
        if not kept:
            continue
        # "President Trump and ..." / "Lavrov Before Meeting": keep title + up to 3 name words.
        name = name_from_phrase(" ".join(_cut_name_run(kept)))
        if name is not None:
            out.append((kind, name))
    # Every "Given Surname" pair of the header (overlapping: "Leader John Thune" has one).
    pairs = [
        (g, sur)
        for g, sur in (m.groups() for m in _PAIR_AT.finditer(header))
        if not (is_title_token(g) or g.lower() in _HEADLINE_STOPS or g.lower() in NOT_GIVEN)
    ]
    outlets: dict[str, str] = {}  # folded -> as written
    for m in _OUTLET_JOURNALIST.finditer(header):
        # "Dawn's Baqir Sajjad Syed": a third name word belongs to the journalist too.
        third = re.match(rf"[ \t]+([{UPPER}][{LOWER}'’\-]+)(?![{LETTER}])", header[m.end() :])
        journalist = name_from_phrase(m.group("phrase") + (" " + third.group(1) if third else ""))
        if third and (journalist is None or not journalist.given):
            journalist = name_from_phrase(m.group("phrase"))
        possessor = m.group("owner")
        if journalist is None or not journalist.given:
            continue
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
            outlet = re.sub(r"^[Tt]he[ \t]+", "", possessor)
            outlets[fold(outlet)] = outlet
    if outlets:
        # "Ishaq Dar's interview with Dawn" beside "Dawn's Baqir Sajjad Syed": Dawn is the
        # journalist's outlet, not a person who answers.
        out = [(k, n) for k, n in out if n.given or n.title or n.key not in outlets]
        out.extend(("outlet", Name((), o, None, False)) for o in sorted(outlets.values()))
    for m in _HEADER_PRESSER.finditer(header):
        # "Keir Starmer and Emmanuel Macron Joint Press Conference Transcript" (rev.com): the
        # principals, named before the event.
        for phrase in (m.group("a"), m.group("b")):
            principal = name_from_phrase(phrase) if phrase else None
            if principal is not None and principal.given:
                out.append(("press conference", principal))
    for m in _HEADER_HOST.finditer(header):
        show_host = name_from_phrase(m.group("phrase"))
        if (
            show_host is not None
            and show_host.given
            and not is_title_token(show_host.given[0])
            and _media_outlet(m.group("outlet"))
        ):
            out.append(("interview by", show_host))
    hosted = False
    for m in _HEADER_ASKER.finditer(header):
        name = name_from_phrase(m.group("phrase"))
        if name is not None and name.given:
            # "Host Sarah Lee talks to Professor Mark Galeotti": the host asks, the other answers;
            # "Sergei Lavrov speaks to the BBC": whoever talks to an outlet answers.
            host = _HOST_WORD.search(header[max(0, m.start() - 20) : m.start()]) is not None
            talks = m.group("verb").lower().startswith(("talks", "speaks"))
            out.append(("interview with" if talks and not host else "interview by", name))
            hosted = hosted or host
    if hosted:
        askers = {n.key for k, n in out if k == "interview by"}
        out = [
            ("interview with", n)
            if k.startswith(("talk", "speak", "spoke")) and n.key not in askers
            else (k, n)
            for k, n in out
        ]
    for m in _HEADER_ANSWERER.finditer(header):
        name = name_from_phrase(" ".join(_cut_name_run(m.group("phrase").split())))
        if name is not None and name.given:
            out.append(("interview with", name))
    for m in _HEADER_PERSON_RU.finditer(header):
        # "Беседовала Анастасия Ростова" names the interviewer in the nominative already.
        nominative = m.group("kind").lower().startswith(("беседовал", "вопросы задавал"))
        words = [
            w if nominative else genitive_to_nominative(w)
            for w in re.split(r"(?<=\.)|[ \t]+", m.group("phrase"))
            if w
        ]
        if len(words) == 3 and _patronymic(words[1]):
            words = [words[0], words[2]]  # "Дмитрий Николаевич Ковалёв" → "Дмитрий Ковалёв"
        name = parse_name(words)
        if name is not None:
            out.append((m.group("kind").lower(), name))
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
        name = name_from_phrase(m.group("phrase"))
        if name is None or not name.given:
            continue
        kind = m.group("kind").lower()
        if kind.startswith("interview") and name.title is None:
            # "Nick Robinson's interview with Deputy Prime Minister David Lammy": the untitled
            # owner asks the office holder ("Putin's interview with Tucker Carlson" stays open).
            after = header[m.end() : m.end() + 80]
            if re.match(r"[ \t]+with[ \t]", after) and any(
                k == "interview with" and n.title and n.given and n.surname in after for k, n in out
            ):
                out = [(k, n) for k, n in out if n.key != name.key]
                out.append(("interview by", name))
                continue
        if _FULL_TEXT.search(header):
            out.append(("interview with" if kind.startswith("interview") else f"{kind} by", name))
    for m in _RT_HON.finditer(header):
        name = name_from_phrase(m.group("phrase"))
        if name is not None and name.given and _SPEECH_WORD.search(header):
            out.append(("speech by", name))
    quoted = _quote_headline(header)
    if quoted is not None:
        out.append(("interview with", quoted))
    if _INTERVIEW_WORD.search(header) and not any(k.startswith(_INTERVIEWEE_KINDS) for k, _ in out):
        # "Interview" + exactly one other person named in the header: that is who answers.
        asking = [n for k, n in out if k.startswith(_INTERVIEWER_KINDS)]
        people = {
            (g, sur)
            for g, sur in _RUN_END_NAME.findall(header)
            if not (is_title_token(g) or g.lower() in _HEADLINE_STOPS or g.lower() in NOT_GIVEN)
            and not any(fold(sur) == a.key for a in asking)
        }
        if len(people) == 1:
            given, surname = people.pop()
            out.append(
                ("interview with", Name(given=(given,), surname=surname, title=None, caps=False))
            )
    return out


_HEADER_POSSESSIVE = re.compile(
    rf"(?<![{LETTER}])(?P<phrase>(?:[{UPPER}][{LOWER}]+[ \t]+){{1,2}}[{UPPER}][{LOWER}'’\-]+)"
    r"['’]s[ \t]+"
    r"(?i:(?:full[ \t]+|keynote[ \t]+|victory[ \t]+|conference[ \t]+)?"
    r"(?P<kind>speech|remarks|statement|address|op-ed|article|interview))\b"
)
_FULL_TEXT = re.compile(
    r"\b(?:full text|in full|full transcript|transcript|verbatim|as delivered|as prepared)\b", re.I
)
_RT_HON = re.compile(
    rf"\bRt\.?[ \t]+Hon\.?[ \t]+(?P<phrase>(?:[{UPPER}][{LETTER}'’\-]*\.?[ \t]*){{2,8}})"
)
_SPEECH_WORD = re.compile(r"\b(?:speech|remarks|statement|address|lecture)\b", re.IGNORECASE)


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
    for ln in (ln for ln in header.split("\n") if ln.strip()):
        first = ln
        if not (_BREADCRUMB.search(ln) or (len(ln.split()) <= 3 and ":" not in ln)):
            break
    m = _LINE_LABEL.match(first)
    if m is None:
        return None
    info = classify_label(m.group("name"))
    if info is None or info.name is None or not info.name.has_full_given or info.role:
        return None
    return info.name if _headline_rest(first[m.end() :]) else None


_HOST_WORD = re.compile(r"\b(?:host|co-host|presenter|anchor|interviewer)\s+$", re.IGNORECASE)
_INTERVIEW_WORD = re.compile(r"\b(?:interview|Q&A|интервью|інтерв['’]ю)(?!\w)", re.IGNORECASE)
# A capitalised name word, hyphenated parts included ("Jean-Noël", "Sheinbaum-Pardo").
_NAME_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
# A role noun before a name is no given name: a podcast page's "Hosts Maya Lindholm and Ben
# Achterberg sit down with …" names "Maya Lindholm", not "Hosts Maya".
_ROLE_NOUN = r"(?:(?:Co-?)?[Hh]osts?|Guests?|Presenters?|Anchors?|Panel(?:l)?ists?|Moderators?)"
_FULL_NAME = re.compile(rf"\b(?!{_ROLE_NOUN}\b)({_NAME_WORD})[ \t]+({_NAME_WORD})\b")
# The Guardian's order, quote first: "'I wrote it angry, then I rewrote it calm': Ruth Adeyemi on
# grief, Lagos and The Quiet House" (the person quoted is the interviewee).
_QUOTE_FIRST = re.compile(
    rf"^[ \t]*[‘'\"“«][^\n]{{3,200}}?[’'\"”»][ \t]*:[ \t]+({_NAME_WORD})[ \t]+({_NAME_WORD})"
    r"(?=[ \t]+(?:on|talks?|says?|in|at|interview)\b|[ \t]*(?:[,–—]|$))",
    re.MULTILINE,
)


_PARTICLE_NAME = re.compile(rf"\b([{UPPER}][{LOWER}]+)[ \t]+(bin|ibn|bint)[ \t]+({_NAME_WORD})\b")
# The last two words of a capitalised run ("Senate Majority Leader John Thune" -> John Thune),
# not a possessive owner ("Sky News' Beth Rigby").
_RUN_END_NAME = re.compile(
    rf"(?<![{LETTER}'’])([{UPPER}][{LOWER}]+)[ \t]+([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
    rf"(?![{LETTER}'’])(?![ \t]+[{UPPER}])"
)
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
    }
)


def _cut_name_run(tokens: list[str]) -> list[str]:
    """Titles + the person's name, dropping what follows ("Trump Before Marine One")."""
    out: list[str] = []
    names = 0
    for tok in tokens:
        low = tok.lower().rstrip(".,")
        if names and low in _HEADLINE_STOPS:
            break
        out.append(tok)
        if not (is_title_token(tok) or low == "of" or NATIONALITY.match(tok)):
            names += 1
            if names >= 3:
                break
    return out


# Russian press leads name both sides of an interview in running text: "Сергей Рябков ответил на
# вопросы корреспондента ТАСС Алёны Кудрявцевой", "Дмитрий Песков в интервью корреспонденту ТАСС
# Михаилу Гордееву рассказал …", "Беседовала обозреватель отдела политики Анна Ветрова". The
# journalist's role noun gives the case of the name after it (genitive, dative, nominative).
_RU_PAIR = (
    r"(?P<g>[А-ЯЁІЄ][а-яёіїєґ'’]+)[ \t]+(?P<s>[А-ЯЁІЄ][а-яёіїєґ'’]+(?:-[А-ЯЁІЄ][а-яёіїєґ'’]+)?)"
    r"(?![а-яёіїєґ])"
)
_RU_JOURNALIST = re.compile(
    r"(?<![а-яё])(?:[Кк]орреспондент|[Оо]бозревател|[Жж]урналист|[Рр]едактор|[Кк]олумнист)"
    r"(?P<case>[а-яё]{0,3})(?![а-яё])[^\n.!?]{0,60}?(?<![А-ЯЁа-яё])" + _RU_PAIR
)
_RU_INTERVIEWEE = re.compile(
    _RU_PAIR + r"[ \t]+(?:(?:в|во)[ \t]+интервью|ответил[аи]?[ \t]+на[ \t]+вопросы"
    r"|дал[аи]?[ \t]+интервью|в[ \t]+(?:ефірі|эфире)|в[ \t]+інтерв['’]ю|відповів|відповіла"
    r"|дав[ \t]+інтерв['’]ю|дала[ \t]+інтерв['’]ю"
    # "Кирилл Абрамов рассказал «Ведомостям», почему …": told the outlet (in quotes) that
    # prints the interview.
    r"|(?:рассказал[аи]?|розповів|розповіла|розповіли)[ \t]+[«\"„“])(?![а-яёіїєґ])"
)
# "… корреспонденту «Ъ» Марии Грековой рассказал заместитель министра финансов Алексей
# Горбунов": the one who tells, named after the verb (in the nominative).
_RU_TELLER = re.compile(
    r"(?<![а-яёіїєґ])(?:рассказал|розповів|розповіла|рассказала|заявил|заявила)[ \t]+"
    r"(?:[а-яёіїєґ«»\-]+[ \t]+){0,5}" + _RU_PAIR
)
# "Розмову вела ведуча Ірина Мельник.", "Беседу вел Иван Петров": the host, in the nominative.
_RU_HOST_NOUN = re.compile(
    r"(?<![а-яёіїєґ])(?:[Вв]едуч(?:а|ий)|[Вв]едущ(?:ий|ая)|[Рр]озмову[ \t]+(?:вела|вів)"
    r"|[Бб]еседу[ \t]+вел[аи]?|[Іі]нтерв['’]ю[ \t]+(?:взяла|взяв|записала|записав))[ \t]+"
    r"(?:(?:ведуча|ведучий|журналістка|журналіст)[ \t]+)?"
    r"(?:[«\"„“][^»\"”\n]{1,40}[»\"”][ \t]+)?"  # "Ведуча «Суспільне Студія» Ірина Павленко"
    + _RU_PAIR
)
# "Беседовала Алёна Кудрявцева" closing the interview (the name in the nominative).
_RU_CONDUCTED = re.compile(
    r"(?<![а-яё])(?:Беседовал[аи]?|Вопросы[ \t]+задавал[аи]?|Интервью[ \t]+(?:взял|записал)[аи]?)"
    r"[ \t]+(?:[а-яё]+[ \t]+){0,4}" + _RU_PAIR
)
# "Ведущий — Олег Кравцов." in a talk show's header: the host of the "ВЕДУЩИЙ:" labels.
_RU_HOST_LINE = re.compile(
    r"^[ \t]*(?:Ведущ(?:ий|ая|ие)|Ведуч(?:ий|а|і))(?:[ \t]+программы)?[ \t]*[—–:-][ \t]*"
    + _RU_PAIR.replace("а-яё", "а-яёіїєґ'’"),
    re.MULTILINE,
)


# "Гість: Максим Руденко, старший аналітик …": a programme page's guest, in the nominative.
_RU_GUEST_LINE = re.compile(
    r"^[ \t]*(?:Гост(?:ь|ья|и)|Гість|Гостя|Гості)[ \t]*[—–:-][ \t]*"
    + _RU_PAIR.replace("а-яё", "а-яёіїєґ'’"),
    re.MULTILINE,
)
_MORE_PAIR = re.compile(
    r"[ \t]*(?:,|[ \t](?:и|і|й|та))[ \t]+" + _RU_PAIR.replace("а-яё", "а-яёіїєґ'’")
)


def _more_pairs(text: str, pos: int) -> list[tuple[str, str]]:
    """The further names of a list line after its first ("…, Павло Гнатюк"), up to the first
    thing that is not a name (a role: "…, старший аналітик")."""
    found: list[tuple[str, str]] = []
    while (m := _MORE_PAIR.match(text, pos)) is not None and not is_title_token(m.group("g")):
        found.append((m.group("g"), m.group("s")))
        pos = m.end()
    return found


def _dative_nominative(word: str) -> str:
    """Russian dative name -> nominative, crudely ("Михаилу Гордееву", "Елизавете Бородиной")."""
    low = word.lower()
    for end, repl in (("ии", "ия"), ("ой", "а"), ("скому", "ский"), ("цкому", "цкий")):
        if low.endswith(end) and len(word) > len(end) + 1:
            return word[: -len(end)] + repl
    if low.endswith("у") and len(word) > 3:
        return FLEETING_VOWEL.get(low[:-1], word[:-1])  # Михаилу -> Михаил, Павлу -> Павел
    if low.endswith("ю") and len(word) > 3:
        return word[:-1] + "й"  # Сергею -> Сергей
    if low.endswith("е") and len(word) > 3:
        return word[:-1] + "а"  # Елизавете -> Елизавета
    return word


def _genitive_given(word: str) -> str:
    """A genitive given name -> nominative: "Алёны" -> "Алёна", "Ольги" -> "Ольга"."""
    low = word.lower()
    if low.endswith("ы") or re.search(r"[гкхжшчщ]и$", low):
        return word[:-1] + "а"
    return genitive_to_nominative(word)


def _lead_people_ru(text: str) -> list[tuple[str, Name]]:
    """Interviewee and interviewer named in a Russian lead or closing line (see _RU_JOURNALIST)."""
    out: list[tuple[str, Name]] = []
    if not re.search(r"[а-яёіїєґ]", text):
        return out  # not Russian or Ukrainian: nothing to read
    for m in _RU_JOURNALIST.finditer(text):
        case = m.group("case")
        given, surname = m.group("g"), m.group("s")
        if case in ("у", "ю"):
            given, surname = _dative_nominative(given), _dative_nominative(surname)
        elif case in ("а", "я"):
            given, surname = _genitive_given(given), genitive_to_nominative(surname)
        elif case in ("ом", "ем"):
            given, surname = _nominative(given), _nominative(surname)
        elif case not in ("", "ь", "ка"):
            continue  # plural "корреспондентов …": several people, no one in particular
        if is_title_token(given):
            continue
        out.append(("interview conducted by", Name((given,), surname, None, False)))
    for m in _RU_INTERVIEWEE.finditer(text):
        if not is_title_token(m.group("g")):
            out.append(("interview with", Name((m.group("g"),), m.group("s"), None, False)))
    for m in _RU_CONDUCTED.finditer(text):
        if not is_title_token(m.group("g")):
            out.append(("беседовал", Name((m.group("g"),), m.group("s"), None, False)))
    for m in _RU_HOST_LINE.finditer(text):
        out.append(("interview conducted by", Name((m.group("g"),), m.group("s"), None, False)))
        # Co-hosts listed on the same line: "Ведучі: Олена Яковенко, Павло Гнатюк".
        for g, sur in _more_pairs(text, m.end()):
            out.append(("interview conducted by", Name((g,), sur, None, False)))
    for m in _RU_GUEST_LINE.finditer(text):
        # "Гість: Максим Руденко, старший аналітик …", "Гости: Николай Савельев, экономист".
        pairs = [(m.group("g"), m.group("s")), *_more_pairs(text, m.end())]
        out.extend(("interview with", Name((g,), sur, None, False)) for g, sur in pairs)
    for m in _RU_HOST_NOUN.finditer(text):
        if not is_title_token(m.group("g")):
            out.append(("interview conducted by", Name((m.group("g"),), m.group("s"), None, False)))
    if any(k.startswith(("interview conducted", "беседовал")) for k, _ in out):
        # The teller is the interviewee only beside a named interviewer (news prose is full of
        # "заявил X").
        for m in _RU_TELLER.finditer(text):
            if not is_title_token(m.group("g")):
                out.append(("interview with", Name((m.group("g"),), m.group("s"), None, False)))
    return out


def _header(text: str, first_label: int | None) -> str:
    """The first six lines before the first label; a site's navigation crumbs ("Home", "UK",
    "Science & Tech": lines of one to three words) do not count toward the six, so the
    standfirst below them ("Speaking to Kay Brennan on Sky's Sunday Morning …") is read too."""
    end = len(text) if first_label is None else first_label
    lines: list[str] = []
    counted = 0
    for ln in text[:end].split("\n"):
        if not ln.strip():
            continue
        lines.append(ln)
        counted += len(ln.split()) > 3 or counted < 1
        if counted >= 6 or len(lines) >= 16:
            break
    # Markdown emphasis and heading marks hide the words around names ("**Priya Raman** spoke
    # with **Tomas Lindqvist**"); offsets are not needed here.
    return re.sub(r"\*\*|__|^#{1,6}[ \t]+", "", "\n".join(lines), flags=re.MULTILINE)


# "Washington, DC.", "SPRINGFIELD, Mo.": a place line ends with a period but is no sentence.
_PLACE_LINE = re.compile(
    rf"[{UPPER}][\w.]*(?:[ \t]+[{UPPER}][\w.]*){{0,2}},"
    rf"[ \t]+[{UPPER}][\w.]*(?:[ \t]+[{UPPER}][\w.]*)?\."
)


_PAGE_FIELD = re.compile(
    r"^[ \t]*(?:(?:From|Location|Speaker|Delivered on|Members present|Present|Witness(?:es)?"
    # A stenogram's cover: "Присутствуют: 41 депутат …", "Приглашены: …", "Повестка дня:".
    r"|Присутству(?:ют|ли)|Присутні|Приглашены|Запрошені|Повестка[ \t]+дня|Порядок[ \t]+денний)"
    r"[ \t]*:|(?:Published|(?:Last )?[Uu]pdated)"
    r"(?:[ \t]+on)?:?[ \t]+\d)[^\n]*$",
    re.MULTILINE,
)


_TRAILING_DIRECTION = re.compile(
    r"[ \t]*[(\[][ \t]*(?:" + "|".join(sorted(_DIRECTION_WORDS)) + r")\b[^()\[\]\n]{0,40}[)\]]$",
    re.IGNORECASE,
)
_LEAD_NOISE = re.compile(
    r"(?:[ \t]*(?:[(\[][^()\[\]\n]{1,40}[)\]]|[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?)?[ \t]*\n)+"
)


_SALUTATION = re.compile(
    r"(?:Уважаем|Дорог|Шановн|Dear\b|Ladies\b|Colleagues\b|Friends\b|Коллеги\b|Друзья\b"
    r"|Колеги\b|Друзі\b|Good (?:morning|afternoon|evening)\b|Добрый (?:день|вечер)\b)",
    re.IGNORECASE,
)


_PHOTO_CREDIT = re.compile(
    r"©|\((?:Photo|Image|Picture)(?:graph)?(?:[ \t]+credit)?[ \t]*:[^()\n]{2,80}\)[ \t]*$"
    r"|^(?:Photo|Image)(?:graph)?(?:[ \t]+credit)?[ \t]*:[ \t]*\S[^\n]{0,80}$",
    re.IGNORECASE,
)


def _body_start_for_statement(text: str, end: int, *, fallback: bool = True) -> int:
    """Skip header lines (title, byline, dateline, short lines) before a speech or article.

    When every line is header-like, a speech is the whole text (``fallback``); the prose before
    a transcript's first label is then nothing (``end``)."""
    pos = 0
    title = first_line_title(text)
    first = True
    crumbs = ""
    lines = text[:end].split("\n")
    for n, line in enumerate(lines):
        stripped = line.strip()
        line_len = len(line) + 1
        if not stripped:
            pos += line_len
            continue
        if _protocol_list(lines, n):
            break  # "Programme Director," / "Minister of …, Ms X," / "Ladies and gentlemen,"
        if not re.search(r"[.!?…]$", stripped) and (
            _BREADCRUMB.search(stripped) or (crumbs and crumbs.endswith(stripped))
        ):
            # "Home » Newsroom » Speeches » Address by President X …" under the site's name,
            # and the page title it ends with, repeated below it.
            crumbs = crumbs or stripped
            pos += line_len
            continue
        words = stripped.split()
        # "… back in Liverpool. (Applause)": a direction after the last sentence ends none.
        spoken = _TRAILING_DIRECTION.sub("", stripped)
        short = len(words) <= 14 and not re.search(r"[.!?\"”»…]$", spoken)
        # "Уважаемые дамы и господа," / "Dear colleagues,": a salutation opens the speech.
        short = short and not (stripped.endswith(",") and _SALUTATION.match(stripped))
        short = short or _PLACE_LINE.fullmatch(stripped) is not None
        datey = find_date(stripped) is not None and len(words) <= 12
        # "BUDAPEST, Oct 14 (Reuters) - The following is an edited transcript …"
        editorial = _EDITORIAL.match(DATELINE.sub("", stripped, count=1)) is not None
        # A photo's caption with its credit ("Panellists at the … Centre, Brussels, 27 February
        # 2025. © Meridian Policy Centre / L. Verhoeven", "… (Photo: Getty Images)").
        editorial = editorial or _PHOTO_CREDIT.search(stripped) is not None
        # A stenogram's cover names who presides ("Пленарне засідання 19 лютого 2025 року.
        # Головує Перший заступник Голови … Тарас Гриценко."): a field, not a dek.
        editorial = editorial or (_PRESIDES.search(stripped) is not None and len(words) <= 40)
        # "Выступление Министра … Дмитрия Николаевича Ковалёва на … коллегии «Об итогах …»":
        # a speech page's title, however long, names the speech and ends in no sentence mark.
        editorial = editorial or (
            _SPEECH_TITLE.match(stripped) is not None
            and re.search(r"[.!?…][\"”»)]*$", stripped) is None
        )
        if first and _BREADCRUMB.search(stripped):
            # "Главная / Пресс-служба / Выступления Министра": the page's trail, above its title.
            pos += line_len
            continue
        if (first and title) or BYLINE.match(line) or datey or short or editorial:
            first = False
            pos += line_len
            continue
        break
    # A page's field lines ("From: …", "Published 5 December 2024", "Delivered on: …") close the
    # header: a summary sentence above them is the page's standfirst, not the speech.
    fields = list(_PAGE_FIELD.finditer(text, 0, min(end, pos + 600)))
    if fields and fields[-1].start() >= pos:
        pos = max(pos, fields[-1].end() + 1)
        if fields[-1].group().rstrip().endswith(":"):
            # gov.uk puts the value on the next line: "Delivered on:" / "3 March 2025 (…)".
            value = re.match(r"[ \t]*\n?[ \t]*[^\n]*\n?", text[pos:end])
            if value is not None and len(value.group().split()) <= 14:
                pos += value.end()
            # "Повестка дня:" / "1. О проекте закона …" / "2. Разное.": a numbered list of items.
            items = re.match(
                r"(?:[ \t]*\n)*(?:[ \t]*\d{1,2}[.)][ \t]+[^\n]*(?:\n|$))+", text[pos:end]
            )
            if items is not None:
                pos += items.end()
    if pos >= end:
        if not fallback:
            return end  # all header-like
        # Caption text ("[Music]", "0:00", "good evening everyone and uh"): every line is
        # short; the words start after the leading direction and timestamp lines.
        lead = _LEAD_NOISE.match(text, 0, end)
        return lead.end() if lead and lead.end() < end else 0
    return pos


def _protocol_list(lines: Sequence[str], n: int) -> bool:
    """Does a speech's protocol list start at line ``n``: three or more lines in a row, each
    ending with a comma, one a salutation ("Programme Director," / "Premier of Gauteng," / …
    / "Ladies and gentlemen,")?"""
    run = []
    for line in lines[n:]:
        if not line.strip().endswith(","):
            break
        run.append(line.strip())
    return len(run) >= 3 and any(_SALUTATION.match(r) for r in run)


_PRESIDES = re.compile(
    r"(?<![а-яёіїєґ])(?:Председательству(?:ет|ют)|Головує|Веде[ \t]+засідання"
    r"|Засідання[ \t]+веде)(?![а-яёіїєґ])"
)
_SPEECH_TITLE = re.compile(
    r"(?:Выступление|Виступ|Речь|Промова|Доклад|Доповідь|Обращение|Звернення|Заявление|Заява"
    rf"|Speech|Remarks|Address|Statement)[ \t]+(?:by[ \t]+|of[ \t]+)?[{UPPER}]"
)


# "Rev › Blog › Transcripts › …": a page's breadcrumb trail, furniture however long.
_BREADCRUMB = re.compile(r"\S[ \t]+[›»>/|][ \t]+\S.*[ \t][›»>/|][ \t]+\S")


def _preamble(
    text: str,
    end: int,
    header: list[tuple[str, Name]],
    label_names: Sequence[Name],
) -> tuple[int, int, str | None] | None:
    """Prose before the first label (a briefing's opening statement, an interview's intro).

    It is a turn when it holds at least 8 words of sentences (boilerplate such as "THIS IS A
    RUSH TRANSCRIPT" aside). It is the speaker's only when the header names exactly one person
    who gives the briefing / remarks / statement; otherwise it is unattributed narration.
    """
    start = _body_start_for_statement(text, end, fallback=False)
    start, stop = strip_range(text, start, end)
    while stop > start:  # drop trailing heading / dateline lines ("**Questions and Answers**")
        line_start = max(text.rfind("\n", start, stop) + 1, start)
        last = text[line_start:stop].strip()
        if line_start == start or (
            (re.search(r"[.!?…\"”»]$", last) or len(last.split()) > 14)
            and not _BREADCRUMB.search(last)
            and not _EDITORIAL.match(last)  # "This interview has been condensed and edited …"
        ):
            break
        start, stop = strip_range(text, start, line_start)
    if stop <= start:
        return None
    prose = [
        ln
        for ln in text[start:stop].split("\n")
        if re.search(r"[.!?…][\"”»’']*\s*$", ln) and not _RUSH.search(ln)  # sentences, not a dek
    ]
    if sum(len(ln.split()) for ln in prose) < 8:
        return None
    givers = [n for k, n in header if k.startswith(_STATEMENT_KINDS + _BRIEFING_KINDS)]
    speaker: str | None = None
    if len({g.key for g in givers}) == 1:
        person = givers[0]
        speaker = resolve_names([*label_names, person]).get(person, person.display())
        if _INITIALS_DISPLAY.match(speaker):
            parsed = name_from_phrase(speaker)
            speaker = (_initials_named(parsed, text) if parsed else None) or speaker
    return start, stop, speaker


def _opening_speaker(
    opening: str,
    bodies: Sequence[tuple[LabelHit, int, int, str | None]],
    roles: Sequence[str],
) -> str | None:
    """Unlabelled opening remarks that hand over to questions ("… I'm happy to take your
    questions.", then "Harriet Cole, ITV News: …", "Prime Minister: …"): the words of the one
    person who answers every question that follows."""
    if not bodies or roles[0] != "question":
        return None
    if not re.search(r"\b(?:I|I['’]m|I['’]ll|we|my)\b", opening):
        return None
    if not re.search(r"\bquestions?\b|\bask\b", opening[-300:], re.IGNORECASE):
        return None
    answerers = {sp for (_, _, _, sp), role in zip(bodies, roles, strict=True) if role == "answer"}
    if len(answerers) == 1:
        return answerers.pop()
    return None


def _only_directions(
    text: str, start: int, end: int, directions: Sequence[tuple[int, int]]
) -> bool:
    """A body that is nothing but "(LAUGHTER)" is a direction, never a speaker's turn."""
    rest = list(text[start:end])
    for a, b in directions:
        if start <= a and b <= end:
            rest[a - start : b - start] = [" "] * (b - a)
    return re.search(r"\w", "".join(rest)) is None  # "(Speaking French)." has no words left


def _trim_directions(text: str, start: int, end: int, directions: Sequence[tuple[int, int]]) -> int:
    """Cut stage-direction lines off the end of a body ("(BEGIN VIDEO CLIP)" before a label)."""
    while end > start:
        line_start = max(text.rfind("\n", start, end) + 1, start)
        line = text[line_start:end]
        if not line.strip():
            end = line_start - 1 if line_start > start else start
            continue
        if (_TIMESTAMP_LINE.match(line) or _ELISION_LINE.match(line)) and line_start > start:
            end = line_start - 1
            while end > start and text[end - 1].isspace():
                end -= 1
            continue
        covered = [(a, b) for a, b in directions if a >= line_start and b <= end]
        rest = line
        for a, b in sorted(covered, reverse=True):
            rest = rest[: a - line_start] + rest[b - line_start :]
        # "[00:00:24] [LAUGHTER]": a caption's timestamp before the direction goes with it.
        if covered and _LEADING_STAMP.fullmatch(rest.strip() + " ") and line_start > start:
            rest = ""
        if covered and not rest.strip() and line_start > start:
            end = line_start - 1
            while end > start and text[end - 1].isspace():
                end -= 1
            continue
        break
    return end


_PAGE_NUMBER = re.compile(
    r"(?:Page|Стр\.?|Страница|Сторінка)[ \t]*\d{1,3}(?:[ \t]*(?:of|из|з|/)[ \t]*\d{1,3})?"
    r"|\d{1,3}[ \t]*/[ \t]*\d{1,3}|-[ \t]*\d{1,3}[ \t]*-|(?:https?://|www\.)\S+"
    # A court filing's stamp: "Case: 1:24-cv-04417 Document #: 212 Filed: … Page 42 of 188 …".
    r"|.{0,80}\bPage[ \t]*\d{1,4}[ \t]*of[ \t]*\d{1,4}\b.{0,40}",
    re.IGNORECASE,
)


def _page_furniture(text: str) -> frozenset[str]:
    """Lines a PDF export repeats on every page (a running header "Department Press Briefing –
    February 11, 2025   U.S. Department of State"): short, no sentence end, seen twice or more."""
    seen: Counter[str] = Counter()
    for line in text.split("\n"):
        key = " ".join(line.split())
        if key and len(key.split()) <= 15 and not re.search(r"[.!?…:]$", key):
            seen[key] += 1

    def headerish(key: str) -> bool:  # "… 2025", "U.S. Department of State", not "Thank you"
        words = key.split()
        capital = sum(w[:1].isupper() for w in words)
        return any(c.isdigit() for c in key) or (len(words) >= 3 and capital * 2 >= len(words))

    return frozenset(k for k, n in seen.items() if n >= 2 and headerish(k))


def _trim_page_furniture(text: str, start: int, end: int, furniture: frozenset[str]) -> int:
    """Cut a page break's furniture (page number, URL, running header) off the end of a body."""
    trimmed = end
    while trimmed > start:
        line_start = max(text.rfind("\n", start, trimmed) + 1, start)
        key = " ".join(text[line_start:trimmed].split())
        if line_start <= start or not (
            not key or key in furniture or _PAGE_NUMBER.fullmatch(key) is not None
        ):
            break
        trimmed = line_start - 1
    if trimmed == end:
        return end
    while trimmed > start and text[trimmed - 1].isspace():
        trimmed -= 1
    return trimmed


# A section heading: Title Case words ("Japan-U.S. Relations", "(2) Emergency Grant Aid"), with
# the small words a title keeps in lower case ("Situation in the Middle East").
_HEADING_WORD = (
    rf"(?:\(\d{{1,2}}\)|\d{{1,2}}\.|[{UPPER}][{LETTER}.'’\-]*|[{UPPER}]\.(?:[{UPPER}]\.)+)"
)
_HEADING = re.compile(
    rf"{_HEADING_WORD}(?:[ \t]+(?:{_HEADING_WORD}|and|of|the|on|for|in|to|with|at|a|an|by|&|и|в|о))"
    + "{0,7}"
)


def _trim_heading(text: str, start: int, end: int) -> int:
    """Cut section headings set off by blank lines from the end of a body ("…environment.",
    blank line, "Questions and Answers", then the next label): Title Case lines of a few words
    without end punctuation ("3. Questions and answers" over "3.1 Storage filling targets"
    stack), after a body that ends a sentence."""
    caps = _caps_heading(text, start, end)
    if caps < end:
        return caps
    cut = end
    while True:
        line_start = text.rfind("\n", start, cut) + 1
        if line_start <= start or text[line_start:cut] != text[line_start:cut].strip():
            return end
        before = text[start:line_start].rstrip(" \t")
        if not before.endswith("\n\n") and not re.search(r"\n[ \t]*\n[ \t]*$", before):
            return end  # the heading stands alone, after a blank line
        if not _heading_line(text[line_start:cut]):
            return end
        if re.search(r"[.!?…\"”»]\s*$", before):
            return start + len(before.rstrip())
        cut = start + len(before.rstrip())  # another heading above this one?


def _trim_caps_lines(text: str, start: int, end: int) -> int:
    """Cut lines in capitals off the end of a body that ends a sentence above them: a court
    transcript's "KAREN WEI, DEFENDANT'S WITNESS, DULY SWORN" / "DIRECT EXAMINATION" between
    the lawyer's words and the first "Q."."""
    cut = end
    while cut > start:
        line_start = text.rfind("\n", start, cut) + 1
        if line_start <= start:
            return end
        line = text[line_start:cut].strip()
        if line and (re.search(rf"[{LOWER}]", line) or not re.search(rf"[{UPPER}]{{2}}", line)):
            break
        cut = line_start - 1
        while cut > start and text[cut - 1].isspace():
            cut -= 1
    if cut == end or not re.search(r"[.!?…\"”»]$", text[start:cut]):
        return end
    return cut


def _heading_line(heading: str) -> bool:
    if re.match(r"#{1,6}[ \t]+\S", heading):  # "## What happened"
        return True
    # "3.1 Storage filling targets", "2. Opening statement by Commissioner Hartmann".
    if (
        re.match(r"\d{1,2}(?:\.\d{1,2})*\.?[ \t]+\S", heading)
        and len(heading.split()) <= 10
        and not re.search(r"[.!?…:;,]$", heading)
    ):
        return True
    # A section heading may close with a colon ("Questions & Answers:", an earnings call's).
    return _HEADING.fullmatch(heading.removesuffix(":")) is not None


def _trim_running_head(text: str, start: int, end: int, head: set[str]) -> int:
    """Cut a PDF page's running head off the end of a body: lines that repeat the transcript's
    own title lines, and the page number ("SUNDAY WITH HELEN MARSH" / "9TH FEBRUARY 2025" /
    "1" between two turns). At least one line must repeat the title."""
    cut, seen = end, False
    while cut > start:
        line_start = text.rfind("\n", start, cut) + 1
        if line_start <= start:
            break
        line = text[line_start:cut].strip()
        if line in head:
            seen = True
        elif line and not re.fullmatch(r"(?:Page[ \t]+)?\d{1,3}", line):
            break
        cut = line_start - 1
    return len(text[:cut].rstrip()) if seen else end


def _caps_heading(text: str, start: int, end: int) -> int:
    """Cut a heading in capitals, possibly hard-wrapped, from the end of a mixed-case body: a
    GPO hearing's "STATEMENT OF THE HONORABLE MARGARET ELLISON, SECRETARY, U.S. DEPARTMENT" /
    "OF ENERGY" above the witness's first label. At most three lines and 25 words, without end
    punctuation, after a body line that ends a sentence. Two such headings may stand one above
    the other, set off by a blank line (the panel's "STATEMENTS OF MIRIAM KOVAC, PH.D., …; AND
    KENJI TANAKA, … INC." over "STATEMENT OF MIRIAM KOVAC, PH.D."); a heading may end with an
    abbreviation's period (``PH.D.``, ``INC.``, ``JR.``)."""
    cut = end
    for _ in range(2):
        block = cut
        for _ in range(3):
            line_start = text.rfind("\n", start, block) + 1
            if line_start <= start:
                break  # the body's first line (after the label) is speech
            line = text[line_start:block].strip()
            if not line or re.search(f"[{LOWER}]", line) or not re.search(f"[{UPPER}]{{2}}", line):
                break
            block = line_start - 1
        heading = text[block:cut]
        if block == cut or len(heading.split()) > 25:
            break
        if re.search(r"[.!?…:;\"”»]\s*$", _CAPS_ABBREVIATION.sub("", heading.rstrip())):
            break
        cut = len(text[:block].rstrip())
        if not re.match(r"[ \t]*\n[ \t]*\n", text[cut : block + 1]):
            break  # a second heading stands apart, after a blank line
    if cut == end:
        return end
    before = text[start:cut].rstrip()
    if not re.search(r"[.!?…\"”»)\]]$", before) or not re.search(f"[{LOWER}]", before):
        return end
    return start + len(before)


# "PH.D.", "INC.", "JR.", "U.S.": a heading's last word may be an abbreviation with its period.
_CAPS_ABBREVIATION = re.compile(
    r"(?<![^\s,(])(?:(?:[A-Z]{1,2}\.){2,3}|(?:INC|JR|SR|LTD|CORP|CO|ESQ|LLC|DR)\.)$"
)


# A "read also" box between paragraphs: the heading, then headline links up to a blank line.
_READ_ALSO = re.compile(
    r"^[ \t]*(?:Читайте[ \t]+также|Читайте[ \t]+також|Смотрите[ \t]+также|Read[ \t]+(?:more|also)"
    # CNBC's video embed between two turns: "WATCH NOW" / "VIDEO 05:48" / its headline.
    r"|See[ \t]+also|Related|Дополнительные[ \t]+материалы|Watch[ \t]+now)[ \t]*:?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


def _in_read_also(text: str, pos: int) -> bool:
    """Is ``pos`` on a headline line of a "Читайте также" box ("Лавров: Россия готова …")?"""
    box = text.rfind("\n\n", 0, pos)
    m = _READ_ALSO.search(text, box + 1 if box >= 0 else 0, pos)
    return m is not None


_READ_ALSO_INLINE = re.compile(
    r"(?:Читайте[ \t]+также|Читайте[ \t]+також|Смотрите[ \t]+также|Дивіться[ \t]+також"
    r"|Read[ \t]+(?:more|also)|See[ \t]+also|Related)[ \t]*:[ \t]*\S[^\n]{0,150}$",
    re.IGNORECASE,
)
_VOTE_RECORD = re.compile(
    r"[ \t]*\(?(?:Ид[её]т[ \t]+голосование|Йде[ \t]+голосування|Результаты[ \t]+голосования"
    r"|Результати[ \t]+голосування|Результат[ \t]+голосування)\b"
)


_CAPTION_CREDIT = re.compile(
    r"(?:^|[.!?…][ \t]+|[ \t][|/–—-][ \t]+)(?:Фото|Фотография|Світлина|Photo|Image|Credit)"
    r"[ \t]*:[ \t]*[^.!?\n]{1,80}$",
    re.IGNORECASE,
)


def _trim_furniture(text: str, start: int, end: int) -> int:
    """Cut what a web page sets between two turns off the end of the first: a "Читайте также"
    box with its headline links, and a subheading ("«Окно возможностей» не закрыто") — a lone
    line of two to ten words without end punctuation, after a paragraph that ends a sentence."""
    while end > start:
        para = max(text.rfind("\n\n", start, end), text.rfind("\n \n", start, end))
        if para < 0:
            return end
        last = text[para:end].strip()
        before = text[start:para].rstrip()
        lines = last.split("\n")
        box = _READ_ALSO.match(lines[0]) is not None and len(lines) <= 4
        # A stenogram's vote between the chair's "Прошу голосовать." and the result announced:
        # "Идёт голосование." and the tabulated result ("Результаты голосования (13 час. 42
        # мин.)" / "За\t161 чел.\t94,7%" / …) are the record's, no one's words.
        box = box or _VOTE_RECORD.match(lines[0]) is not None
        # "Читайте также: Госдума приняла закон о реестре …": a headline link on one line.
        box = box or (len(lines) == 1 and _READ_ALSO_INLINE.match(last) is not None)
        # A photo's caption between two turns, closed by its credit: "Анатолий Ремезов на
        # брифинге в пресс-центре министерства. Фото: пресс-служба Минздрава России".
        box = box or (
            len(lines) == 1 and len(last.split()) <= 30 and _CAPTION_CREDIT.search(last) is not None
        )
        # The same with the credit on a line of its own: "Терминал … в 2026 г." / "Фото:
        # пресс-служба группы «Трансевразия»".
        box = box or (
            len(lines) == 2
            and len(last.split()) <= 40
            and re.match(r"(?:Фото|Світлина|Photo|Image|Credit)[ \t]*:", lines[1].strip(), re.I)
            is not None
        )
        last = re.sub(r"^#{1,6}[ \t]+", "", last)  # a Markdown heading: "## Про громади"
        heading = (
            len(lines) == 1
            and 2 <= len(last.split()) <= 10
            and not re.search(r"[.!?…:;,\-–—]$", last)
            and (last[:1].isupper() or last[:1] in '«"“')
        )
        if not (box or heading) or not re.search(r"[.!?…\"”»)]$", before):
            return end
        end = start + len(before)
    return end


def _clip_regions(text: str, directions: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    for a, b in directions:
        content = text[a + 1 : b - 1]
        if not re.search(r"\b(?:clip|video|audio|videotape|soundbite|tape)\b", content, re.I):
            continue
        if _CLIP_BEGIN.match(content):
            open_at = b
        elif _CLIP_END.match(content) and open_at is not None:
            regions.append((open_at, a))
            open_at = None
    return regions


def _complete_from_header(names: Sequence[Name], header_text: str) -> list[Name]:
    """Full names the header gives for surname-only labels ("… John Kirby" for "MR. KIRBY") and
    initials labels ("Владимир Путин провёл …", "… с Эльвирой Набиуллиной" for "В.Путин",
    "Э.Набиуллина"; Russian case endings undone)."""
    out: list[Name] = []
    done: set[str] = set()
    for name in names:
        if name.key in done or len(name.surname) < 3:
            continue
        if name.given:
            if all(g.endswith(".") for g in name.given):
                done.add(name.key)
                out.extend(_complete_initials(name, header_text))
            continue
        done.add(name.key)
        pattern = rf"\b([{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}]\.)?)[ \t]+{re.escape(name.surname)}\b"
        found = {
            m.group(1)
            for m in re.finditer(pattern, header_text, re.IGNORECASE)
            if m.group(1)[:1].isupper() and not _titleish(m.group(1).split()[0])
        }
        if not found and re.search(r"[а-яё]", fold(name.surname)):
            # "«Вечер с Владимиром Соловьевым»" for "Соловьев:": Russian case endings undone.
            found = {
                _nominative(g)
                for g, sur in _CYR_PAIR.findall(header_text)
                if fold(_nominative(sur)) == name.key and not is_title_token(g)
            }
        if not found and not name.surname.isupper():
            # "Foreign Minister IWAYA Takeshi": the family name first, in capitals (Japanese,
            # Chinese, Hungarian usage on official pages), the given name after it.
            caps = rf"\b{re.escape(name.surname.upper())}[ \t]+([{UPPER}][{LOWER}]+)\b"
            found = {m.group(1) for m in re.finditer(caps, header_text)}
        if len(found) > 1 and name.title:
            # "MR. HOLLIS:" over "BY: MR. ROBERT HOLLIS" and "KLINE HOLLIS LLP": the one given
            # name the label's own title stands before.
            titled = {
                m.group(1)
                for m in re.finditer(
                    rf"{re.escape(name.title.rstrip('.'))}\.?[ \t]+([{UPPER}][{LOWER}]+)[ \t]+"
                    rf"{re.escape(name.surname)}\b",
                    header_text,
                    re.IGNORECASE,
                )
            }
            found = titled or found
        if len(found) > 1:
            # A hearing's roster writes members in capitals ("ELENA DE LA ROSA, New Mexico"),
            # its contents in mixed case ("Representative Elena De La Rosa"): one given name.
            mixed = {g for g in found if not g.isupper()}
            if len({fold(g) for g in found}) == 1:
                found = mixed or {next(iter(found))}
        if len(found) == 1:
            given = tuple(_recase_word(g) if g.isupper() else g for g in found.pop().split())
            surname = _recase_word(name.surname) if name.caps else name.surname
            out.append(Name(given=given, surname=surname, title=name.title, caps=False))
    return out


def _titleish(word: str) -> bool:
    """A title, also in the plural: a hearing's "Members present: Representatives Holloway,
    Abernathy, …" gives no given name "Representatives" for "Mr. Holloway"."""
    return (
        is_title_token(word)
        or (len(word) > 4 and word[-1:] in "sS" and is_title_token(word[:-1]))
        or re.fullmatch(_ROLE_NOUN, word) is not None  # "Hosts Maya Lindholm and …"
    )


# Overlapping pairs: "України Андрія Сибіги" holds "Андрія Сибіги" after "України Андрія".
_CYR_PAIR = re.compile(r"(?=\b([А-ЯЁІЄ][а-яёіїєґ'’]+)[ \t]+([А-ЯЁІЄ][а-яёіїєґ'’\-]+))")


def _nominative(word: str) -> str:
    """Russian instrumental/genitive name -> nominative, crudely ("Путиным", "Владимиром")."""
    low = word.lower()
    if re.search(r"[аеиоуяё]ем$", low) and len(word) > 4:
        return word[:-2] + "й"  # Сергеем -> Сергей, Алексеем -> Алексей
    if low.endswith("ым") and len(word) > 4:
        return word[:-2]  # Путиным -> Путин
    if re.search(r"[иь]ей$", low) and len(word) > 4:
        return word[:-2] + "я"  # Марией -> Мария, Натальей -> Наталья
    if re.search(r"[бвгджзклмнпрстфхцчшщ]ом$", low) and len(word) > 4:
        return FLEETING_VOWEL.get(low[:-2], word[:-2])  # Владимиром -> Владимир, Павлом -> Павел
    return genitive_to_nominative(word)


def _complete_initials(name: Name, header_text: str) -> list[Name]:
    """The one header name whose surname and first initial agree with "В.Путин"."""
    found = set()
    for given, surname in _CYR_PAIR.findall(header_text):
        if fold(surname) == name.key:
            # "с Президентом Белоруссии Александром Лукашенко": an indeclinable surname beside
            # an instrumental given name.
            instrumental = re.search(r"(?:[бвгджзклмнпрстфхцчшщ]ом|[аеиоуя]ем)$", given)
            found.add((_nominative(given) if instrumental else given, surname))
        elif fold(_nominative(surname)) == name.key:
            found.add((_nominative(given), _nominative(surname)))
        elif (
            len(name.key) > 3
            and name.key[-1] in "ая"
            and fold(surname)[:-1] == name.key[:-1]
            and fold(surname)[-1] in "иіыеуюої"
        ):
            # "Андрія Сибіги" over "А.Сибіга:": an -а surname in another case; the label
            # itself writes the nominative.
            found.add((_nominative(given), name.surname))
    found = {(g, sur) for g, sur in found if fold(g)[:1] == fold(name.given[0])[:1]}
    if len(found) != 1:
        return []
    given, surname = found.pop()
    return [Name(given=(given,), surname=surname, title=None, caps=False)]


_APPOSITIVE = re.compile(
    rf"\b((?:[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?|[{UPPER}]\.)"
    rf"(?:[ \t]+(?:[{UPPER}][{LOWER}]+|[{UPPER}]\.)){{1,3}}),"
    rf"[ \t]+(?:the[ \t]+)?(?:vice[ \t]+|deputy[ \t]+)?(\w+)\b",
    re.IGNORECASE,
)


_CAPS_CAST_LINE = re.compile(
    rf"^[ \t]*(?P<name>[{UPPER}][{UPPER}'’\-]+(?:[ \t]+[{UPPER}][{UPPER}'’\-]+){{1,2}}?)"
    r"(?:[ \t]+(?:MP|MSP|MS|AM|MEP|MLA|QC|KC|OBE|CBE|MBE|KCB|PC))*[ \t]*(?:,[^\n\d]{1,60})?$",
    re.MULTILINE,
)


def _recase_word(word: str) -> str:
    return re.sub(rf"[{LETTER}]+", lambda m: m.group(0).capitalize(), word.lower())


def _speaker_names(
    labels: Sequence[LabelHit],
    header: list[tuple[str, Name]],
    byline: str | None,
    header_text: str = "",
    preface: str = "",
    examiners: Sequence[tuple[int, Name]] = (),
    text: str = "",
    witnesses: Sequence[tuple[int, Name]] = (),
) -> dict[int, str | None]:
    """Label start -> canonical speaker (None where the text does not say who it is).

    ``preface`` is all the text before the first label (a hearing's cover names its witness
    below the first six lines); ``examiners`` the deposition's "BY MR. X:" lines by offset."""
    names = [h.info.name for h in labels if h.info.name is not None]
    header_names = [n for k, n in header if k != "outlet"]
    header_names.extend(_complete_from_header(names, preface or header_text))
    if byline:
        parsed = parse_name(byline.split())
        if parsed is not None:
            header_names.append(parsed)
    people = [
        Name(given=(g,), surname=sur, title=None, caps=False)
        for g, sur in _FULL_NAME.findall(header_text)
        if not (is_title_token(g) or g.lower() in _HEADLINE_STOPS or g.lower() in NOT_GIVEN)
    ]
    # A BBC transcript's cast list: each person on a line of their own, in capitals, maybe with
    # post-nominals and a role ("HELEN MARSH" / "PRIYA LAL MP, SHADOW HOME SECRETARY").
    for m in _CAPS_CAST_LINE.finditer(header_text):
        cast = name_from_phrase(m.group("name"))
        first = m.group("name").split()[0].lower()
        if (
            cast is not None
            and cast.given
            and not (is_title_token(first) or first in _HEADLINE_STOPS or first in NOT_GIVEN)
        ):
            people.append(Name(given=cast.given, surname=cast.surname, title=None, caps=True))
    # "Prince Faisal bin Farhan": an Arabic name's surname starts with its particle.
    people.extend(
        Name(given=(g,), surname=f"{part} {sur}", title=None, caps=False)
        for g, part, sur in _PARTICLE_NAME.findall(header_text)
        if not (is_title_token(g) or g.lower() in _HEADLINE_STOPS or g.lower() in NOT_GIVEN)
    )
    # Every full name the header parsed ("Deputy Prime Minister David Lammy") is a person too.
    people.extend(
        Name(given=n.given, surname=n.surname, title=None, caps=False)
        for n in header_names
        if n.has_full_given
    )
    canon = resolve_names(names, header_names, people)
    voices = _named_voices(preface) if "Speaker" in preface else {}
    if text:
        canon = _named_in_text(canon, labels, text, header_text)
    # Only a person names a role word: "speaks to EL PAÍS" is an outlet, not an interviewer.
    interviewers = [n for k, n in header if k.startswith(_INTERVIEWER_KINDS) and _person(n)]
    interview = _INTERVIEW_WORD.search(header_text) or any(k == "interview with" for k, _ in header)
    if not interviewers and byline and interview:
        # "Interview with … Alexander Stubb / By Mark Thompson": who wrote up the interview asked.
        author = parse_name(byline.split(",")[0].split())
        if author is not None and author.given and not re.search(r"\band\b|&|\bи\b", byline):
            interviewers = [author]
    interviewees = [n for k, n in header if k.startswith(_INTERVIEWEE_KINDS) and _person(n)]
    header_canon = resolve_names(header_names, [])
    # "Kyodo News, Sato:" shows the order "Outlet, Surname:"; "Nikkei, Yamamoto:" follows it.
    outlet_first = any(h.info.outlet and h.info.role for h in labels)
    out: dict[int, str | None] = {}
    for h in labels:
        info = h.info
        speaker: str | None = None
        examiner = [n for at, n in examiners if at < h.start]
        if info.name is not None:
            speaker = canon.get(info.name)
            journalists = {n.key: n for k, n in header if k == "interview by" and n.given}
            if (
                not info.name.given
                and info.name.title is None
                and len(journalists) == 1
                and any(
                    k == "outlet" and n.key == re.sub(r"^the ", "", info.name.key)
                    for k, n in header
                )
            ):
                # "Dawn:" under "… spoke to Dawn's Baqir Sajjad Syed": the outlet's journalist.
                speaker = _merged_display(next(iter(journalists.values())), names, header_canon)
            if (
                speaker is not None
                and not info.name.given
                and info.name.title is None
                and len(interviewers) == 1
                and interviewers[0].given
                and any(k.startswith(_NAMED_ASKER_KINDS) for k, _ in header)
                and len(speaker.split()) > 1
                and "".join(w[0] for w in speaker.split()).upper() == info.name.surname.upper()
                # "the Süddeutsche Zeitung": an outlet; "JS:" for "Jens Stoltenberg" is a person.
                and re.search(rf"\b[Tt]he[ \t]+{re.escape(speaker)}\b", header_text) is not None
            ):
                # "SZ:" read as "Süddeutsche Zeitung" under "The interview was conducted by
                # Daniel Brössler": an outlet's acronym asks through its one named interviewer.
                speaker = _merged_display(interviewers[0], names, header_canon)
            if info.outlet and not info.role and len(interviewers) == 1 and interviewers[0].given:
                # "«Известия»:" under "… в интервью обозревателю «Известий» Елизавете
                # Бородиной": the outlet's questions are its one named journalist's.
                speaker = _merged_display(interviewers[0], names, header_canon)
            if speaker is not None and _as_written_in_header(info.name, speaker, header_text):
                speaker = info.name.surname  # "TIME:" is the magazine, not Mr Time
                named_asker = any(k.startswith(_NAMED_ASKER_KINDS) for k, _ in header)
                if len(interviewers) == 1 and interviewers[0].given and (byline or named_asker):
                    # "TIME:" over "By Simon Shuster", "SZ:" over "The interview was conducted
                    # by Daniel Brössler": the outlet's questions are its one writer's.
                    speaker = _merged_display(interviewers[0], names, header_canon)
            role = info.role or ""
            if (
                outlet_first
                and info.outlet is None
                and not info.name.given
                and info.name.title is None
                and len(info.name.surname.split()) == 1
                and re.fullmatch(rf"[{UPPER}][{LOWER}]+", role)
                and not is_title_token(role)
            ):
                speaker = role
        elif info.kind is LabelKind.QUESTION and examiner:
            # "BY MR. HOLLIS:" is the "MR. HOLLIS:" of the colloquy, named in full above.
            labelled = [canon[n] for n in names if n in canon and n.compatible(examiner[-1])]
            speaker = (
                labelled[0] if labelled else _merged_display(examiner[-1], names, header_canon)
            )
        elif info.kind is LabelKind.QUESTION and info.office is not None:
            # "Q1 Chair:" under "Members present: Dame Meg Hillier (Chair); …"
            office = _office_holder(info.office, header, names, header_canon, header_text, preface)
            speaker = office if office != info.office else None
        elif info.kind in (LabelKind.QUESTION, LabelKind.INTERVIEWER) and len(interviewers) == 1:
            # "Корреспондент:" under "Беседовал Иван Сафронов" is Ivan Safronov.
            speaker = _merged_display(interviewers[0], names, header_canon)
        elif info.kind is LabelKind.QUESTION and info.outlet is not None:
            # "AFP:", "Kyodo News:" at a briefing: the outlet is all the text says of who asks.
            speaker = NEWS_OUTLET_NAMES.get(fold(info.outlet), info.outlet)  # "REUTERS:"
        elif info.kind is LabelKind.ANSWER and any(at < h.start for at, _ in witnesses):
            sworn = [n for at, n in witnesses if at < h.start][-1]
            speaker = _merged_display(sworn, names, header_canon)
        elif info.kind is LabelKind.ANSWER and len(interviewees) == 1:
            speaker = _merged_display(interviewees[0], names, header_canon)
        elif info.kind is LabelKind.OFFICE and info.office is not None:
            # "NATO Spokesperson:" after "NATO Spokesperson Allison Hart:"; "The Prime
            # Minister:" after "The Prime Minister (Keir Starmer):".
            holders = {canon[n] for n in names if n.title and fold(n.title) == fold(info.office)}
            if len(holders) == 1:
                speaker = holders.pop()
            else:
                speaker = _office_holder(
                    info.office, header, names, header_canon, header_text, preface
                )
            if speaker == info.office and preface:
                speaker = _presiding(info.office, preface) or speaker
            if speaker == info.office and text and _PRESIDING.search(info.office):
                speaker = _presiding_stenogram(text[: h.start]) or speaker
            if speaker == info.office and text:
                speaker = _bracketed_holder(text, labels, info.office) or speaker
        if _unknown_voice(h) and voices:
            speaker = voices.get(fold(h.text), speaker)
        out[h.start] = speaker
    if text:
        # "Ответ:" under "Брифинг … М.В.Захаровой" above "Персоналии: Захарова Мария
        # Владимировна": a role word's person completed from the text, as a label's would be.
        done: dict[str, str] = {}
        for at, speaker in out.items():
            if speaker is not None and _INITIALS_DISPLAY.match(speaker):
                if speaker not in done:
                    parsed = name_from_phrase(speaker)
                    full = _initials_named(parsed, text) if parsed is not None else None
                    done[speaker] = full or speaker
                out[at] = done[speaker]
    cased: dict[str | None, str | None] = {}
    for at, sp in out.items():
        if sp not in cased:
            cased[sp] = _text_casing(_with_particles(sp, header_text), text or header_text)
        out[at] = cased[sp]
    return out


def _bracketed_holder(text: str, labels: Sequence[LabelHit], office: str) -> str | None:
    """The member an office label names in brackets on its first use, the same person under
    that office later: the Congressional Record's "The SPEAKER pro tempore (Mr. Whitfield)."
    then "The SPEAKER pro tempore." are Mr. Whitfield (title and surname, as written)."""
    held = {
        m.group(1)
        for h in labels
        if h.info.office == office
        and (m := re.search(r"\(((?:Mr|Mrs|Ms|Dr)\.[ \t]+[A-Z][\w'’\-]+)\)", text[h.start : h.end]))
    }
    return held.pop() if len(held) == 1 else None


_RECASED_WORD = re.compile(rf"\b[{UPPER}][{LOWER}]{{3,}}\b")


@functools.lru_cache(maxsize=16)
def _spellings(text: str) -> dict[str, set[str]]:
    """Every word of ``text`` by its case-folded form: the ways the text spells it."""
    out: dict[str, set[str]] = {}
    for w in re.findall(rf"[{LETTER}]+", text):
        out.setdefault(w.casefold(), set()).add(w)
    return out


def _text_casing(speaker: str | None, text: str) -> str | None:
    """A name recased from capitals takes the inner capital the text writes it with: Fox's
    "SEN. DALE MCKITTRICK (R-OK):" is the "Senator McKittrick" of the headline, not "Mckittrick";
    "DELAURO" is "DeLauro". Only one mixed-case spelling, differing by case alone, counts."""
    if speaker is None or not text:
        return speaker

    spellings = _spellings(text)

    def respell(m: re.Match[str]) -> str:
        word = m.group(0)
        found = spellings.get(word.casefold(), set())
        mixed = {w for w in found if w != word and not w.isupper() and w[1:] != w[1:].lower()}
        return mixed.pop() if len(mixed) == 1 else word

    return _RECASED_WORD.sub(respell, speaker)


# Not "of": "Mark Carney of Canada" names a country, not a longer name.
_PARTICLE_ALT = "|".join(sorted(PARTICLES - {"of", "y"}, key=len, reverse=True))
_PARTICLE_STEP = rf"[ \t]+(?:{_PARTICLE_ALT})(?:[ \t]+(?:{_PARTICLE_ALT}))?[ \t]+{_NAME_WORD}"
_PARTICLE_RUN = re.compile(
    rf"(?<![{LETTER}])(?:{_NAME_WORD}[ \t]+){{1,4}}{_NAME_WORD}(?:{_PARTICLE_STEP})+(?![{LETTER}])"
)
_PARTICLE_TAIL = re.compile(rf"(?:{_PARTICLE_STEP})+")


@functools.lru_cache(maxsize=16)
def _particle_runs(header_text: str) -> tuple[str, ...]:
    """Names of the header that run on through a particle ("Luiz Inácio Lula da Silva")."""
    return tuple(" ".join(m.group(0).split()) for m in _PARTICLE_RUN.finditer(header_text))


def _with_particles(speaker: str | None, header_text: str) -> str | None:
    """The header's fuller spelling of a name that runs on past a particle: "Inácio Lula" in
    "President Luiz Inácio Lula da Silva" is "Luiz Inácio Lula da Silva". Only a run through
    a particle ("da", "von der", "bin") extends a name, so a title-case headline never does."""
    if speaker is None or " " not in speaker or speaker not in header_text:
        return speaker
    for run in _particle_runs(header_text):
        at = run.find(speaker)
        tail = run[at + len(speaker) :] if at >= 0 else ""
        if at >= 0 and (at == 0 or run[at - 1] == " ") and _PARTICLE_TAIL.fullmatch(tail):
            break
    else:
        return speaker
    prefix = run[:at].split()[-2:]
    while prefix and (
        is_title_token(prefix[0])
        or prefix[0].lower() in _HEADLINE_STOPS
        or prefix[0].lower() in NOT_GIVEN
    ):
        prefix = prefix[1:]
    return " ".join([*prefix, speaker]) + tail


# An automatic transcript's note that names its numbered voices: "Speaker 1 is Maya Chen;
# Speaker 2 is Paul Darrow." or "Maya Chen (Speaker 1)".
_VOICE_IS = re.compile(
    rf"\b(?P<v>Speaker[ \t]+(?:\d{{1,2}}|[A-Z]))[ \t]+(?:is|=|[–—-])[ \t]+"
    rf"(?P<n>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})"
    rf"|(?P<n2>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})[ \t]+"
    rf"\((?P<v2>Speaker[ \t]+(?:\d{{1,2}}|[A-Z]))\)"
)


def _named_voices(preface: str) -> dict[str, str]:
    """Folded "speaker 1" -> the name the note gives it, for voices named exactly once."""
    found: dict[str, set[str]] = {}
    for m in _VOICE_IS.finditer(preface):
        voice = " ".join((m.group("v") or m.group("v2")).split())
        found.setdefault(fold(voice), set()).add(m.group("n") or m.group("n2"))
    return {v: names.pop() for v, names in found.items() if len(names) == 1}


_INITIALS_DISPLAY = re.compile(rf"^(?:[{UPPER}]\.)+ [{UPPER}][{LOWER}'’\-]+$")


def _named_in_text(
    canon: dict[Name, str], labels: Sequence[LabelHit], text: str, header_text: str
) -> dict[Name, str]:
    """Complete canonical names from what the text itself says, never from a guess:

    - a surname-only speaker ("SECRETARY BESSENT:") whom the text introduces in full before
      their first label ("… welcome Treasury Secretary Scott Bessent"), if exactly one such
      full name precedes it;
    - a header spelling of the same surname ("Volodymyr Zelenskyy" for "ZELENSKY:"): the
      header's form wins when exactly one header name is that close.

    - an initials speaker ("V. Putin:", "С.В.Лавров:") whom the text names in full anywhere
      ("Vladimir Putin's interview …", "… Сергея Лаврова …", case endings undone), or — Russian
      only — addresses by given name and patronymic agreeing with both initials ("Сергей
      Викторович" for "С.В."): the one such given name, with the label's surname.
    """
    first_at: dict[str, int] = {}
    for h in labels:
        if h.info.name is not None:
            first_at.setdefault(h.info.name.key, h.cut)
    renamed: dict[str, str] = {}
    for name, display in canon.items():
        if display in renamed:
            continue
        new = display
        words = display.split()
        if not name.given and all(is_title_token(w) for w in words[:-1]):
            at = first_at.get(name.key, 0)
            bare = Name(given=(), surname=name.surname, title=None, caps=name.caps)
            found = _complete_from_header([bare], text[max(0, at - 4000) : at])
            if len(found) == 1:
                new = found[0].display()
        if name.given and all(g.endswith(".") for g in name.given) and new == display:
            new = _initials_named(name, text) or new
        if not name.given and name.title is None and _CAPS_INITIALS.fullmatch(display):
            # "HB" (a journalist a WHO moderator calls: "The first question goes to Helena
            # Borg from Reuters"): the one full name with those initials in the text before
            # the label first speaks.
            at = first_at.get(name.key, 0)
            introduced = {
                f"{g} {sur}"
                for g, sur in _PAIR_AT.findall(text[max(0, at - 4000) : at])
                if (g[0] + sur[0]) == display and not _titleish(g) and g.lower() not in NOT_GIVEN
            }
            if len(introduced) == 1:
                new = introduced.pop()
        new = _respelled(new, header_text)
        if new != display:
            renamed[display] = new
    return {n: renamed.get(d, d) for n, d in canon.items()}


_CAPS_INITIALS = re.compile(r"[A-Z]{2}")
_PAIR_AT = re.compile(
    rf"(?<![{LETTER}.\-])(?=({_NAME_WORD})[ \t]+({_NAME_WORD})"
    rf"(?:['’]s)?(?![{LETTER}]))"
)
_FIO = re.compile(
    r"(?<![А-ЯЁа-яё])([А-ЯЁ][а-яё\-]+)[ \t]+([А-ЯЁ][а-яё]+)[ \t]+([А-ЯЁ][а-яё]+)(?![а-яё])"
)
_GPS = re.compile(
    rf"(?<![{_CYR_UP}{_CYR_LOW}])(?=([{_CYR_UP}][{_CYR_LOW}]+)[ \t]+([{_CYR_UP}][{_CYR_LOW}]+"
    rf"(?:вич|вна|ична|івна|ївна|ича|вны|вну|вне|вной|вичу|вичем|ичем|ичу|ичной))"
    rf"[ \t]+([{_CYR_UP}][{_CYR_LOW}\-]+))"
)
_PATRONYMIC = re.compile(r"^[А-ЯЁІЇЄ][а-яёіїєґ'’]+(?:вич|вна|ична|инична)$")  # "Віталіївна" too
# "Sergey Viktorovich": the transliterated patronymic of an English page from mid.ru/kremlin.ru.
_PATRONYMIC_LATIN = re.compile(r"^[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna)$")


def _patronymic(word: str) -> bool:
    return bool(_PATRONYMIC.match(word) or _PATRONYMIC_LATIN.match(word))


def _fullest(people: Sequence[Name], text: str) -> str | None:
    """The display name of the one person ``people`` names (None for none or several), an
    initials form completed from the text as for labels ("С.В.Лаврова" + "Сергей Викторович")."""
    if len({n.key for n in people}) != 1:
        return None
    name = people[0]
    if name.given and all(g.endswith(".") for g in name.given):
        return _initials_named(name, text) or name.display()
    return name.display()


def _initials_named(name: Name, text: str) -> str | None:
    """The one full name the text gives for an initials label (see ``_named_in_text``)."""
    cyrillic = re.search(r"[а-яёіїєґ]", fold(name.surname)) is not None
    first = fold(name.given[0])[:1]
    surname = _recase_word(name.surname) if name.caps else name.surname
    if cyrillic:
        # "Лица: Лукашенко Александр Григорьевич", "Персоналии: Захарова Мария Владимировна":
        # surname, given name and patronymic, all in the nominative — the page's own index.
        indexed = {
            g
            for sur, g, pat in _FIO.findall(text)
            if fold(sur) == name.key and fold(g)[:1] == first and _patronymic(pat)
        }
        if len(indexed) == 1:
            return f"{indexed.pop()} {surname}"
    given: set[str] = set()
    if cyrillic:
        # "Игорь Валерьевич Сухарев", "… Дмитрия Николаевича Ковалёва": given name, patronymic,
        # surname (any case) — the patronymic must agree with a second initial if there is one.
        for g, pat, sur in _GPS.findall(text):
            if not _patronymic(_nominative(pat)) and not _patronymic(pat):
                continue
            if fold(g)[:1] != first or (
                len(name.given) >= 2 and fold(pat)[:1] != fold(name.given[1])[:1]
            ):
                continue
            if fold(sur) == name.key:
                given.add(g)
            elif fold(_nominative(sur)) == name.key:
                given.add(_nominative(g))
    for m in _PAIR_AT.finditer(text):
        g, sur = m.group(1), m.group(2)
        if is_title_token(g) or fold(g)[:1] != first:
            continue
        if fold(sur) == name.key:
            instrumental = cyrillic and re.search(r"(?:[бвгджзклмнпрстфхцчшщ]ом|[аеиоуя]ем)$", g)
            given.add(_nominative(g) if instrumental else g)  # "Александром Лукашенко"
        elif cyrillic and fold(_nominative(sur)) == name.key:
            given.add(_nominative(g))
        elif (
            len(name.given) >= 2
            and _patronymic(sur)
            and fold(sur)[:1] == fold(name.given[1])[:1]
            and cyrillic == (re.search(r"[а-яё]", fold(sur)) is not None)
        ):
            given.add(g)  # "Сергей Викторович" / "Sergey Viktorovich" addresses "С.В. Лавров"
    given = {g for g in given if not _patronymic(g) and g.lower() not in NOT_GIVEN}
    if len(given) != 1:
        return None
    return f"{given.pop()} {surname}"


def _respelled(display: str, header_text: str) -> str:
    """``display`` with the header's spelling of its surname when the header gives exactly one
    full name whose surname differs by a letter or two ("Zelensky" / "Zelenskyy")."""
    words = display.split()
    surname = words[-1]
    if len(surname) < 6 or not header_text or not surname.isascii():
        return display  # Cyrillic: "Лаврова" is a case form of "Лавров", not another spelling
    given = [w for w in words[:-1] if not is_title_token(w)]
    found = set()
    for g, sur in _FULL_NAME.findall(header_text):
        if sur == surname or is_title_token(g) or not 0 < _edits(fold(sur), fold(surname)) <= 2:
            continue
        if fold(sur)[:4] != fold(surname)[:4] or (given and fold(given[0])[:1] != fold(g)[:1]):
            continue
        found.add((g, sur))
    if len(found) != 1:
        return display
    g, sur = found.pop()
    return f"{g} {sur}"


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (short strings only)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _as_written_in_header(name: Name, speaker: str, header_text: str) -> bool:
    """A one-word capitalised label ("TIME") that the header also writes in capitals, standing
    alone: an outlet or acronym, whose capitals are its name."""
    if not name.caps or name.given or name.title or speaker != _recase_word(name.surname):
        return False
    word = re.escape(name.surname)
    standalone = rf"(?<![{UPPER}] )(?<![{LETTER}]){word}(?![{LETTER}])(?! [{UPPER}])"
    return re.search(standalone, header_text) is not None


def _person(name: Name) -> bool:
    return bool(name.given) or name.title is not None


def _merged_display(
    person: Name, label_names: Sequence[Name], header_canon: dict[Name, str]
) -> str:
    for n in label_names:
        if n.compatible(person):
            return resolve_names([*label_names], [person]).get(n, person.display())
    return header_canon.get(person, person.display())


def _office_holder(
    office: str,
    header: list[tuple[str, Name]],
    label_names: Sequence[Name],
    header_canon: dict[Name, str],
    header_text: str = "",
    preface: str = "",
) -> str:
    """THE PRESIDENT -> the header's "President X", if the header names exactly one."""
    if fold(office).removeprefix("the ") == "court":
        judges = {
            " ".join(_recase_word(w) for w in m.group("name").split())
            for m in _BEFORE_JUDGE.finditer(preface or header_text)
        }
        if len(judges) == 1:
            return judges.pop()
    word = office.split()[-1].lower()
    vice = "vice" in office.lower()
    holders = []
    for kind, name in header:
        if kind == "outlet":
            continue  # "Fox News" is no office holder
        title = (name.title or "").lower()
        # "… by Stéphane Dujarric, Spokesman for the Secretary-General": the role follows.
        after = re.search(
            rf"{re.escape(name.surname)},?\s+(?:the\s+)?([\w\- ]{{1,30}})", header_text
        )
        if after and not title:
            title = after.group(1).lower()
        # Skip a holder who has a label of their own ("PRESIDENT ZELENSKYY:").
        same_office = word in title.split() and ("vice" in title) == vice
        if not title and not same_office:
            # "Інтерв'ю Президента України Володимира Зеленського" for "Президент:": the office
            # written before the name, in any case ending.
            at = header_text.find(name.surname[: max(4, len(name.surname) - 3)])
            before = header_text[max(0, at - 60) : at] if at >= 0 else ""
            stem = re.escape(fold(word)[: max(4, len(word) - 2)])
            same_office = (
                bool(re.search(rf"\b{stem}", fold(before)))
                and (re.search(r"\b(?:vice|вице|віце)", fold(before)) is not None) == vice
            )
        if same_office and not any(n.compatible(name) for n in label_names):
            holders.append(name)
    if len({h.key for h in holders}) == 1:
        return header_canon.get(holders[0], holders[0].display())
    # "Members present: Dame Meg Hillier (Chair); …": a name, then the office in brackets.
    bracketed = {
        m.group(1)
        for m in re.finditer(
            rf"((?:[{UPPER}][{LETTER}.'’\-]*[ \t]+){{1,4}}[{UPPER}][{LETTER}'’\-]+)[ \t]*"
            rf"\((?:the[ \t]+)?{re.escape(re.sub(r'^[Tt]he ', '', office))}\)",
            header_text + "\n" + preface,
            re.IGNORECASE,
        )
    }
    # ("Grogan, Sen Karen (Chair)" gives "Sen Karen", no name; its rewrite "Sen Karen Grogan
    # (Chair)" does.)
    named_in_brackets = {
        named.display()
        for phrase in bracketed
        if (named := name_from_phrase(phrase)) is not None and named.given
    }
    if len(named_in_brackets) == 1:
        return named_in_brackets.pop()
    # "Hon. James E. Risch, chairman of the committee, presiding": a name, then the office.
    appositive = {
        m.group(1)
        for m in _APPOSITIVE.finditer(header_text)
        if m.group(2).lower() == word and ("vice" in m.group(0).lower()) == vice
    }
    if len(appositive) == 1:
        named = name_from_phrase(appositive.pop())
        if named is not None and named.given:
            # "Jean-Noël Barrot, Minister for …" who also has a label of his own: one person.
            return _merged_display(named, label_names, header_canon)
    # "Prime Minister Keir Starmer held a press conference", "PRIME MINISTER ANTHONY ALBANESE /
    # TRANSCRIPT": the office written right before one full name anywhere in the header.
    held = set()
    for m in re.finditer(
        # pm.gov.au: "Prime Minister" / "The Hon Rachel Dunmore MP" on the next line.
        # "Губернатор Новосибирской области Андрей Лосев": the office's domain may come between.
        rf"(?<![{LETTER}\-])(?i:{re.escape(office)})"
        rf"(?:[ \t]+(?:of[ \t]+)?[{UPPER}]?[{LOWER}]+){{0,2}}"
        r"[ \t]*\n?[ \t]*"
        r"(?:(?:The[ \t]+)?(?:Rt\.?[ \t]+)?Hon\.?[ \t]+|(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?"
        rf"((?:[{UPPER}][{LETTER}'’\-]+[ \t]+){{1,2}}[{UPPER}][{LETTER}'’\-]+)",
        preface or header_text,  # below a page's crumbs: "Following is … Secretary-General X’"
    ):
        if vice != ("vice" in (preface or header_text)[max(0, m.start() - 6) : m.start()].lower()):
            continue
        words = _cut_name_run(re.sub(r"['’]s?$", "", m.group(1)).split())  # "Guterres’ visit"
        named = name_from_phrase(" ".join(words)) if len(words) >= 2 else None
        if named is not None and named.has_full_given and not is_title_token(named.given[0]):
            labelled = any(n.compatible(named) for n in label_names)
            held.add((named.display(), labelled))
    # A holder with no label of their own first ("THE PRESIDENT:" beside "PRESIDENT
    # ZELENSKYY:" is the other president); else the one holder ("Губернатор:" beside "Андрей
    # Лосев:" is the same man under his office).
    unlabelled = {d for d, labelled in held if not labelled}
    if len(unlabelled) == 1:
        return unlabelled.pop()
    if not unlabelled and len({d for d, _ in held}) == 1:
        only = name_from_phrase(next(iter(held))[0])
        if only is not None:
            return _merged_display(only, label_names, header_canon)
    return office


_SWORN = re.compile(
    r"^[ \t]*(?P<name>[A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]+){1,3}),[^\n]{0,80}?"
    r"\b(?:(?:DULY|PREVIOUSLY)[ \t]+)?(?:SWORN|AFFIRMED)\b",
    re.MULTILINE,
)
# A court transcript's cover: "BEFORE THE HONORABLE RUTH M. PALLADINO, DISTRICT JUDGE".
_BEFORE_JUDGE = re.compile(
    r"\bBEFORE[ \t]+THE[ \t]+HONORABLE[ \t]+"
    r"(?P<name>[A-Z][A-Za-z.'’\-]*(?:[ \t]+[A-Z][A-Za-z.'’\-]*){1,3})",
    re.IGNORECASE,
)


# GPO hearings name the chair in the line above the first label: "Hon. William Kessler
# [Chairman of the Committee] presiding." (House), "Hon. James E. Risch, chairman of the
# committee, presiding." (Senate); the line may be hard-wrapped anywhere.
_PRESIDING_LINE = re.compile(
    rf"\bHon(?:\.|orable)\s+(?P<name>(?:[{UPPER}][{LETTER}'’\-]*\.?\s+){{1,3}}"
    rf"[{UPPER}][{LETTER}'’\-]+)\s*[\[(,]\s*(?P<office>[^\[\]()]{{1,60}}?)\s*[\]),]\s*presiding\b"
)


# A Russian or Ukrainian stenogram names its chair on a line of its own, above the first
# "Председательствующий." and again wherever the chair changes: "Председательствует заместитель
# Председателя Государственной Думы Е. В. Морозова", "Веде засідання Голова Верховної Ради
# України СТЕФАНЧУК Р.О.".
_PRESIDING_RU = re.compile(
    r"^[ \t]*(?:Председательству(?:ет|ют)|Веде[ \t]+засідання|Засідання[ \t]+веде"
    r"|Головує(?:[ \t]+на[ \t]+засіданні)?)(?![а-яёіїєґ])"
    r"(?P<rest>[^\n]*)$",
    re.MULTILINE,
)
_PRESIDING_RU_NAME = re.compile(
    rf"(?<![{_CYR_UP}{_CYR_LOW}])(?:{_STENO_INITIALS}[ \t]?(?:{_STENO_SURNAME})"
    rf"(?![{_CYR_LOW}])|(?:{_STENO_SURNAME})[ \t]+{_STENO_INITIALS}[ \t]*\.?$)"
)


# A cover's roster in other orders, rewritten as "Given Surname (Office)" for the rules that
# read names and bracketed offices: ParlInfo's "Grogan, Sen Karen (Chair); Hallorann, Mr Rupert
# (Commissioner of Taxation)" (surname first, then a title and the given name), Canada's
# Hansard "Speaker: The Honourable Denis Laframboise" (an office field), and New Zealand's
# "Rt Hon Caroline Whitmore" / "Prime Minister" (the office on the line below the name).
_NAME_PAIR = rf"[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}}"
_STYLE = r"(?:(?:The[ \t]+)?(?:Rt\.?[ \t]+)?(?:Hon(?:ourable|orable|\.)?)[ \t]+)?"
_INVERTED_ENTRY = re.compile(
    rf"(?<![{LETTER}'’\-])(?P<s>[{UPPER}][{LETTER}'’\-]+),[ \t]+"
    r"(?P<t>Sen|Senator|Mr|Mrs|Ms|Dr|Hon|Prof)\.?[ \t]+"
    rf"(?P<g>[{UPPER}][{LOWER}'’\-]+)(?![{LETTER}])(?:[ \t]*(?P<o>\([^()\n]{{1,60}}\)))?"
)
_OFFICE_FIELD = re.compile(
    rf"^[ \t]*(?P<o>[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]+){{0,2}})[ \t]*:[ \t]*"
    rf"{_STYLE}(?P<n>{_NAME_PAIR})[ \t]*$",
    re.MULTILINE,
)
_NAME_OVER_OFFICE = re.compile(
    rf"^[ \t]*{_STYLE}(?P<n>{_NAME_PAIR})(?:[ \t]+MP)?[ \t]*\n"
    rf"[ \t]*(?P<o>[{UPPER}][{LOWER}]+(?:[ \t]+(?:of|for|the|and|[{UPPER}][{LOWER}]+)){{0,5}})"
    r"[ \t]*$",
    re.MULTILINE,
)


def _cover_roster(preface: str) -> str:
    """Extra lines "Karen Grogan (Chair)" for a cover that names people in one of the orders
    above ("" when it names none), so a "CHAIR:" or "Mr Hallorann:" label finds its person."""
    lines = [
        f"{m.group('t')} {m.group('g')} {m.group('s')} {m.group('o') or ''}".strip()
        for m in _INVERTED_ENTRY.finditer(preface)
        if not is_title_token(m.group("s"))
    ]
    for regex in (_OFFICE_FIELD, _NAME_OVER_OFFICE):
        for m in regex.finditer(preface):
            words = m.group("o").split()
            if fold(words[-1]) in OFFICE_HEADS or fold(words[0]) in OFFICE_HEADS:
                lines.append(f"{m.group('n')} ({m.group('o')})")
    return "\n" + "\n".join(lines) if lines else ""


_PRESIDING_RU_FULL = re.compile(
    rf"(?<![{_CYR_UP}{_CYR_LOW}])([{_CYR_UP}][{_CYR_LOW}]+)[ \t]+([{_CYR_UP}][{_CYR_LOW}]+"
    rf"(?:вич|вна|ична|інічна|ічна|івна))[ \t]+([{_CYR_UP}][{_CYR_LOW}\-]+)[ \t]*\.?$"
)


_PRESIDING_RU_CAPS = re.compile(
    rf"(?<![{_CYR_UP}{_CYR_LOW}])([{_CYR_UP}]{{2,}}(?:-[{_CYR_UP}]{{2,}})?)[ \t]+"
    rf"([{_CYR_UP}][{_CYR_LOW}]+)[ \t]+[{_CYR_UP}][{_CYR_LOW}]+(?:вич|вна|ична|інічна|ічна|івна)"
    r"[ \t]*\.?$"
)
_PRESIDING_RU_PAIR = re.compile(
    rf"(?<=[{_CYR_LOW}][ \t])([{_CYR_UP}][{_CYR_LOW}]+)[ \t]+([{_CYR_UP}][{_CYR_LOW}\-]+)[ \t]*\.?$"
)


_PRESIDING_COURT = re.compile(
    r"\b[Пп]редседательствующего[ \t]*[–—,-]?[ \t]*(?:судьи[ \t]+)?"
    rf"([{_CYR_UP}][{_CYR_LOW}]+)[ \t]+[{_CYR_UP}][{_CYR_LOW}]+(?:вича|вны|ича|ичны)[ \t]+"
    rf"([{_CYR_UP}][{_CYR_LOW}\-]+)"
)


def _presiding_stenogram(before: str) -> str | None:
    """The chair a stenogram names last before a "Председательствующий." label (None if the
    line names nobody by initials): "… Е. В. Морозова" → "Е.В. Морозова"."""
    lines = list(_PRESIDING_RU.finditer(before))
    if not lines:
        # A court's composition: "Конституционный Суд … в составе Председательствующего –
        # судьи Виктора Павловича Алфёрова, судей …" (genitive) → "Виктор Алфёров".
        court = _PRESIDING_COURT.search(before)
        if court is None:
            return None
        return f"{_genitive_given(court.group(1))} {genitive_to_nominative(court.group(2))}"
    rest = lines[-1].group("rest").strip()
    found = _PRESIDING_RU_NAME.search(rest)
    if found is None:
        # The Federation Council writes the chair in full: "Председательствует заместитель
        # Председателя Совета Федерации Инна Сергеевна Ладыгина" → "Инна Ладыгина".
        full = _PRESIDING_RU_FULL.search(rest)
        if full is not None:
            return f"{full.group(1)} {full.group(3)}"
        # The Moscow City Duma puts the surname first, in capitals: "… Председатель Московской
        # городской Думы НИКОЛАЕВ Андрей Викторович." → "Андрей Николаев".
        caps = _PRESIDING_RU_CAPS.search(rest)
        if caps is not None:
            return f"{caps.group(2)} {caps.group(1).capitalize()}"
        # Given name and surname, the line's last words: "Головує на засіданні секретар
        # Київської міської ради Ярослав Мельник." (an adjective's ending — "Московской Думы",
        # "Верховної Ради" — is no given name).
        pair = _PRESIDING_RU_PAIR.search(rest)
        if pair is not None and not re.search(r"(?:ой|ої|ий|ого|ых|их|ые|ая|ая|ей|ії)$", pair[1]):
            return f"{pair.group(1)} {pair.group(2)}"
        return None
    named = name_from_phrase(found.group().strip())
    return named.display() if named is not None and named.given else None


def _presiding(office: str, preface: str) -> str | None:
    """The one person the cover says presides in ``office`` ("The CHAIRMAN" -> "Hon. William
    Kessler [Chairman of the Committee] presiding")."""
    word = office.split()[-1].lower()
    found = {
        m.group("name").split()[-1]: m.group("name")
        for m in _PRESIDING_LINE.finditer(preface)
        if word in m.group("office").lower().split()
    }
    if len(found) != 1:
        return None
    named = name_from_phrase(" ".join(found.popitem()[1].split()))
    return named.display() if named is not None and named.given else None


# An event page's list of who is on stage: "Moderator" / "Helen Achebe (HA), Director, …",
# "Moderator: Helen Achebe, Director …", "Moderated by Helen Achebe", "Host: Nadia Brennan".
_EVENT_MODERATOR = re.compile(
    r"^[ \t]*(?:Moderator|Moderated[ \t]+by|Chair|Chaired[ \t]+by|Host|Hosted[ \t]+by)"
    r"[ \t]*(?::[ \t]*|[ \t]*\n(?:[ \t]*\n)?[ \t]*|[ \t]+(?<=by[ \t]))"
    rf"(?P<name>(?!The[ \t])(?:[{UPPER}][{LETTER}.'’\-]*[ \t]+){{1,4}}[{UPPER}][{LETTER}'’\-]+)"
    r"[ \t]*(?:$|[,(–—-])",
    re.MULTILINE,
)


def _event_moderators(preface: str) -> list[Name]:
    """The one moderator an event transcript's speaker list names before the first label: they
    put the panel's questions (the panellists answer them), though no label says so."""
    found = {
        named.key: named
        for m in _EVENT_MODERATOR.finditer(preface)
        if (named := name_from_phrase(m.group("name"))) is not None and named.has_full_given
    }
    return list(found.values()) if len(found) == 1 else []


def _chair(preface: str) -> Name | None:
    """The one person a hearing's cover says presides as chair ("Hon. Dale Holloway (chairman
    of the subcommittee) presiding")."""
    found = {
        named.key: named
        for m in _PRESIDING_LINE.finditer(preface)
        if _PRESIDING.search(m.group("office"))
        and (named := name_from_phrase(" ".join(m.group("name").split()))) is not None
        and named.given
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _roles(
    text: str,
    bodies: Sequence[tuple[LabelHit, int, int, str | None]],
    header: list[tuple[str, Name]],
    clips: Sequence[tuple[int, int]],
    labels_in_order: Sequence[LabelHit] = (),
    examination: bool = False,
    chair: Name | None = None,
) -> list[str]:
    """question / answer / statement / other per body (see docs/structure.md, Roles).

    In a deposition (``examination``: "BY MR. X:" heads the "Q." / "A." lines) the testimony is
    the Q and A turns; what counsel, the witness or the videographer say under their own labels
    ("MS. LINDQVIST: Objection to form.") is colloquy, ``other``. ``chair`` is the person a
    hearing's cover says presides ("Hon. Dale Holloway (chairman of the subcommittee)
    presiding"), who chairs under a plain label ("Mr. Holloway.") too."""

    def key(h: LabelHit, speaker: str | None) -> str:
        return speaker or (h.info.kind.value + ":" + h.text.lower())

    ends_q: Counter[str] = Counter()  # turns whose last sentence is a question
    asks_any: Counter[str] = Counter()  # turns with a question anywhere
    total: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    words: Counter[str] = Counter()
    interviewers: set[str] = set()
    interviewees: set[str] = set()
    role_askers: set[str] = set()  # "Question:", "Journalist:": who asks, but nobody named
    outlet_askers: set[str] = set()  # "Марина Лукина, «Известия»:": a journalist, who asks
    has_q = any(h.info.kind is LabelKind.QUESTION for h, *_ in bodies)
    interviewer_names = [
        n for k, n in header if k.startswith(_INTERVIEWER_KINDS) or k == "moderator"
    ]
    interviewee_names = [n for k, n in header if k.startswith(_INTERVIEWEE_KINDS)]
    hosts = [
        h.info.name
        for h, *_ in bodies
        if h.info.name is not None and h.info.role and INTERVIEWER_HINTS.search(h.info.role)
    ]
    if any(n.compatible(host) for n in interviewee_names for host in hosts):
        # "Steve Inskeep talks to … Marco Rubio" over "STEVE INSKEEP, HOST:": the label says who
        # hosts, so the one he talks to answers.
        talked = [n for k, n in header if k.startswith(("talk", "speak", "spoke"))]
        interviewee_names = [
            n for n in interviewee_names if not any(n.compatible(x) for x in hosts)
        ] + talked
        interviewer_names = [n for n in interviewer_names if n not in talked] + hosts

    def is_one_of(speaker: str | None, people: Sequence[Name]) -> bool:
        """The canonical speaker is one of ``people`` ("NR:" resolved to Nick Robinson)."""
        parsed = name_from_phrase(speaker) if speaker else None
        return parsed is not None and any(parsed.compatible(n) for n in people)

    for h, start, end, speaker in bodies:
        k = key(h, speaker)
        total[k] += 1
        words[k] += len(text[start:end].split())
        # "Хорошо.", "Thank you.": too short to say whether a speaker asks or answers.
        if len(text[start:end].split()) > 3 or "?" in text[start:end]:
            counted[k] += 1
        if _ends_with_question(text[start:end]):
            ends_q[k] += 1
        if "?" in text[start:end]:
            asks_any[k] += 1
        info = h.info
        if info.kind in (LabelKind.QUESTION, LabelKind.INTERVIEWER):
            interviewers.add(k)
            if info.name is None and speaker is None:
                role_askers.add(k)
        elif info.kind in (LabelKind.ANSWER, LabelKind.OFFICE):
            interviewees.add(k)
        elif info.name is not None:
            hint = " ".join(filter(None, [info.role, info.name.title]))
            if outlet_role(info.role):
                outlet_askers.add(k)
            if (hint and INTERVIEWER_HINTS.search(hint)) or any(
                info.name.compatible(n) for n in interviewer_names
            ):
                interviewers.add(k)
            elif any(info.name.compatible(n) for n in interviewee_names):
                interviewees.add(k)
            elif is_one_of(speaker, interviewer_names):
                interviewers.add(k)
            elif is_one_of(speaker, interviewee_names):
                interviewees.add(k)
    keys = [key(h, speaker) for h, _, _, speaker in bodies]
    # A correspondent the host questions ("INSKEEP: What did Macron say?" -> "BEARDSLEY, BYLINE")
    # answers in that two-way, though their role says reporter.
    reporters = {
        k
        for (h, *_), k in zip(bodies, keys, strict=True)
        if _REPORTER.search(f"{h.info.role or ''} {h.info.name.title if h.info.name else ''}")
    }
    for i in range(1, len(bodies)):
        _, p_start, p_end, _ = bodies[i - 1]
        if (
            keys[i] in reporters & interviewers
            and keys[i - 1] in interviewers - reporters
            and _ends_with_question(text[p_start:p_end])
        ):
            interviewers.discard(keys[i])
            interviewees.add(keys[i])
    persons = {key(h, s) for h, _, _, s in bodies if h.info.kind is LabelKind.PERSON}
    for k in total:  # a speaker of nothing but short replies ("Talks.", "Months.") answers
        counted[k] = counted[k] or total[k]
    # A Russian or Ukrainian floor stenogram ("Председательствующий. …", "ГОЛОВУЮЧИЙ. …"): the
    # chair gives the floor; the senators and deputies are neither interviewers nor interviewees.
    # A member who asks the rapporteur asks, the rapporteur answers; a report or a speech in
    # the debate ("Слово надається Кравець Юлії Михайлівні." / "КРАВЕЦЬ Ю.М. Шановні колеги!
    # … Дякую.") answers nobody: a statement.
    floor = {
        k
        for (h, *_), k in zip(bodies, keys, strict=True)
        if h.stopped
        and h.info.kind is LabelKind.OFFICE
        and re.match(r"(?i)председательствующ|головуюч", h.info.office or "") is not None
    }
    if floor:
        interviewees -= floor
    elif not interviewers - role_askers:  # beside "Question:" the hosts of a Direct Line ask too
        interviewers |= _infer_askers(
            persons - interviewees, interviewees, ends_q, asks_any, counted, words
        )
    # A journalist who names their outlet in the label asks, even once and without a "?"
    # ("Марина Лукина, «Известия»: Вопрос о кадрах. … работает ли программа …»").
    interviewers |= outlet_askers - interviewees
    others = persons - interviewees
    if not interviewers and interviewee_names and interviewees and len(others) == 1:
        # The header names who answers ("interview with President Trump"); the one other
        # person speaking ("JONATHAN SWAN:") is the interviewer.
        interviewers = set(others)
    if role_askers or interviewers:
        # An unknown voice ("Speaker 2 (02:25):") among anonymous reporters asks when each of its
        # turns comes between the principals' turns: it is one more reporter.
        for k in {k for (h, *_), k in zip(bodies, keys, strict=True) if _unknown_voice(h)}:
            spoken = [i for i, kk in enumerate(keys) if kk == k]
            if all(
                0 < i < len(keys) - 1
                and keys[i - 1] not in interviewers
                and keys[i + 1] not in interviewers
                for i in spoken
            ):
                interviewers.add(k)
            elif interviewers - {k} and all(
                _ends_with_question(text[bodies[i][1] : bodies[i][2]]) for i in spoken
            ):
                # A caller or voicemail a podcast plays ("Speaker 3: Hi Maya, … Is there a
                # catch?"): an unnamed voice that only asks is one more asker.
                interviewers.add(k)
    if interviewers or has_q:
        interviewees |= persons - interviewers
    # A principal the header names ("joint news conference with … Badr Abdelatty") never chairs.
    named = {n.key for n in interviewee_names}
    principals = {
        k
        for h, k in zip(bodies, keys, strict=True)
        if h[0].info.name and h[0].info.name.key in named
    }
    moderators = (
        _moderators(text, bodies, keys, interviewers) - principals
        if has_q or interviewers
        else set()
    )
    # The member the cover names as presiding ("Hon. Dale Holloway (chairman of the
    # subcommittee) presiding", then "Mr. Holloway.") chairs, though they also question the
    # witnesses in their own five minutes: their turns that do not ask hand the floor over.
    presider = {
        k
        for (h, _, _, speaker), k in zip(bodies, keys, strict=True)
        if chair is not None
        and h.info.kind is LabelKind.PERSON
        and h.info.name is not None
        and (h.info.name.compatible(chair) or is_one_of(speaker, [chair]))
    }
    if presider and (has_q or interviewers) and len(presider) == 1:
        moderators |= presider
    moderators |= floor
    order = {lh.start: n for n, lh in enumerate(labels_in_order)}
    # A hearing chaired by a presiding office ("The CHAIRMAN.") opens with statements: a
    # member's opening statement ("Ms. DE LA ROSA. Thank you, Mr. Chairman … I yield back.")
    # before anyone has asked is no question, nor is the witness's statement an answer to it.
    chaired = any(
        k in moderators
        and (
            k in presider
            or _PRESIDING.search(
                h.info.office or (h.info.name.title if h.info.name else None) or ""
            )
        )
        for (h, *_), k in zip(bodies, keys, strict=True)
    )
    # A presenter who links the programme ("Marcus Webb: The House today voted …  For more,
    # Laura Castillo spoke with one of them." before a named colleague's first question, and
    # after the interview "We also reached out to …") speaks before any interviewer and never
    # right after one: statements, never answers. (A second principal at a press conference
    # hands over to anonymous "Question:" askers, and answers.)
    after_asker = {keys[i] for i in range(1, len(keys)) if keys[i - 1] in interviewers}
    named_askers = interviewers & persons - role_askers
    first_asked = next((i for i, k in enumerate(keys) if k in interviewers), len(keys))
    linking: set[str] = set()
    if 0 < first_asked < len(keys) and keys[first_asked] in named_askers:
        linking = {keys[first_asked - 1]} - interviewers - after_asker - principals
        linking &= persons
    labels: list[str] = []
    asked = False  # has an interviewer spoken yet? Before that, interviewees make statements.
    for i, (h, start, end, _) in enumerate(bodies):
        k = keys[i]
        body = text[start:end]
        # A clip played next is no answer ("Hello, I'm Jake Tapper…" then "(BEGIN VIDEOTAPE)").
        answered = (
            i + 1 < len(bodies)
            and keys[i + 1] in interviewees
            and not any(a <= bodies[i + 1][0].start < b for a, b in clips)
        )
        if any(a <= h.start < b for a, b in clips) or (
            examination and h.info.kind not in (LabelKind.QUESTION, LabelKind.ANSWER)
        ):
            labels.append("other")
        elif k in moderators:
            # A chair who takes their own turn to question the witness asks. A chair's own
            # opening statement, before anyone asks, runs to paragraphs ("Good morning, and
            # welcome to today's hearing … I yield back."); opening the hearing and handing
            # over takes a few sentences ("The committee will come to order. … I now
            # recognize the Ranking Member").
            if chaired and not asked and "?" not in body and len(body.split()) >= 120:
                labels.append("statement")
            else:
                labels.append("question" if _ends_with_question(body) else "other")
        elif h.info.kind is LabelKind.QUESTION:
            labels.append("question")
        elif k in interviewers:
            asks = _asks(body, text[h.start : h.end], answered=answered)
            # "JOURNALIST: Just on that –" cut off by another reporter: a question begun.
            asks = asks or (k in role_askers and _CUT_OFF.search(body) is not None)
            if chaired and not asked and "?" not in body:
                labels.append("statement")  # an opening statement: nobody asks yet
                continue
            labels.append("question" if asks else "other")
        elif k in linking:
            labels.append("statement")
        elif k in interviewees:
            # "If there are no more questions, thank you all": a closing word after one's own
            # answer, with no question between, answers nothing.
            # ("Q (Inaudible.)" before it is still a question; so is a turn ending in "?")
            at = order.get(h.start, 0)
            prev = labels_in_order[at - 1] if at > 0 and labels_in_order else None
            closing = (
                asked
                and i > 0
                and keys[i - 1] == k  # right after one's own answer
                and prev is not None
                and prev.info.kind is not LabelKind.QUESTION
                and prev.start == bodies[i - 1][0].start
                and not _ends_with_question(text[bodies[i - 1][1] : bodies[i - 1][2]])
                and "?" not in body
                and len(body.split()) <= 25
                and _REMARK.search(body) is not None
            )
            # A principal who also chairs ("Thank you, Secretary. Let's proceed with the
            # questions. Celerina Abad, DZBB." before Celerina Abad asks) hands the floor over.
            # The floor goes to someone who has not spoken yet (a guest's "Thanks, Jake." to
            # the host who asked before answers nothing new, but is no chairing either).
            handing = i + 1 < len(keys) and keys[i + 1] in interviewers
            handing = handing and keys[i + 1] not in keys[:i] and i > 0 and keys[i - 1] != k
            if handing and _hands_floor(body, bodies, i, keys):
                labels.append("other")
                continue
            labels.append("other" if closing else "answer" if asked else "statement")
        elif h.info.kind is LabelKind.ANONYMOUS:
            # kremlin.ru's "Remark: They say you are trying to rewrite history." is a
            # journalist's challenge that the principal answers, as an interviewer's would be.
            remark = fold(h.text) in _REMARK_LABELS
            asks = "?" in body or (remark and _asks(body, h.text, answered=answered))
            labels.append("question" if asks else "other")
        elif i > 0 and keys[i - 1] != k and labels[-1] == "question" and k not in principals:
            # A meeting with no interviewer (government.ru: "И.Лаптев: Андрей Юрьевич, а как
            # обстоят дела с трансфертами регионам?" / "А.Решетов: Игорь Сергеевич, на
            # сегодня …"): who speaks right after another's question answers it.
            labels.append("question" if _ends_with_question(body) else "answer")
        elif asked and _hands_floor(body, bodies, i, keys):
            # "И.Лаптев: Спасибо. Олег Викторович, о подготовке к паводку." — once someone has
            # asked, a brief turn that only calls the next speaker by name is the chair's.
            labels.append("other")
        else:
            # On the floor a senator's question may end with its reason ("Кто будет их
            # распределять …? Потому что в Новокузнецке …"): it asks when the next speaker is
            # another member, who answers it.
            asks = _ends_with_question(body) or (
                bool(floor)
                and "?" in body
                and i + 1 < len(bodies)
                and keys[i + 1] not in floor
                and keys[i + 1] != k
            )
            labels.append("question" if asks else "statement")
        # A chair handing the floor over asks nobody yet (the witnesses' statements follow).
        if (k in interviewers and k not in moderators) or labels[-1] == "question":
            asked = True
    return labels


_REMARK_LABELS = frozenset({"remark", "реплика", "репліка", "interjection"})


def _hands_floor(
    body: str,
    bodies: Sequence[tuple[LabelHit, int, int, str | None]],
    i: int,
    keys: Sequence[str],
) -> bool:
    """A brief turn that asks nothing and calls the next, different speaker by their given name
    ("Спасибо. Олег Викторович, о подготовке к паводку." before "О.Сафронов:")."""
    if i + 1 >= len(bodies) or keys[i + 1] == keys[i] or "?" in body:
        return False
    if len(body.split()) > 12:
        return False
    nxt = bodies[i + 1][3]
    if not nxt or len(nxt.split()) < 2 or nxt.split()[0].endswith("."):
        return False  # the next speaker's given name must be known ("Олег Сафронов")
    given = nxt.split()[0]
    return re.search(rf"(?<![{LETTER}]){re.escape(given)}(?![{LETTER}])", body) is not None


def _moderators(
    text: str,
    bodies: Sequence[tuple[LabelHit, int, int, str | None]],
    keys: Sequence[str],
    askers: set[str],
) -> set[str]:
    """Who chairs ("Д.Песков: Пожалуйста, «Известия».", "NATO Spokesperson: Deutsche Welle.",
    "The CHAIRMAN."): a speaker who hands the floor to a question while someone else answers.

    A presiding office (chairman, председательствующий) chairs whenever someone asks. Anyone
    else must speak briefly and without asking, never right after a question: a conference's
    second principal also speaks between questions, but says more."""

    def asks(i: int) -> bool:
        return bodies[i][0].info.kind is LabelKind.QUESTION or keys[i] in askers

    out: set[str] = set()
    for k in set(keys) - askers:
        turns = [i for i, kk in enumerate(keys) if kk == k]
        first = bodies[turns[0]][0].info
        if first.kind in (LabelKind.QUESTION, LabelKind.ANSWER, LabelKind.INTERVIEWER):
            continue
        # Handing over once, the floor goes to a "Question:" (NPR's vox pop before the host's
        # next question does not chair); a chair who speaks again may hand it to a named asker.
        hands_over = any(
            i + 1 < len(bodies)
            and asks(i + 1)
            and (len(turns) > 1 or bodies[i + 1][0].info.kind is LabelKind.QUESTION)
            for i in turns
        )
        others_answer = any(
            keys[j] != k and not asks(j) and asks(j - 1) for j in range(1, len(bodies))
        )
        if not (hands_over and others_answer):
            continue
        # "The CHAIRMAN.", and the House's "Chairman Mast." (a title, then the surname).
        office = first.office or (first.name.title if first.name is not None else None)
        # A parliament's "The Speaker:" presides too (a title, "Speaker Johnson:", need not).
        speaker = first.office is not None and re.search(r"\bSpeaker\b", first.office)
        if office is not None and (_PRESIDING.search(office) or speaker):
            out.add(k)
            continue
        sizes = [len(text[bodies[i][1] : bodies[i][2]].split()) for i in turns]
        brief = max(sizes) <= 20 and sum(sizes) <= 12 * len(sizes)
        # A press officer's turns may be longer (a WHO moderator's welcome, "… I give the
        # floor to Dr Langat."), but each names the next speaker, who is someone else: the
        # floor handed over by name every time, to a question at least twice.
        naming = (
            max(sizes) <= 80
            and all(
                i + 1 == len(bodies)
                or _names_next(text[bodies[i][1] : bodies[i][2]], bodies[i + 1])
                for i in turns
            )
            and sum(i + 1 < len(bodies) and asks(i + 1) for i in turns) >= 2
        )
        if (brief or naming) and all(
            "?" not in text[bodies[i][1] : bodies[i][2]] and (i == 0 or not asks(i - 1))
            for i in turns
        ):
            out.add(k)
    return out


def _names_next(body: str, nxt: tuple[LabelHit, int, int, str | None]) -> bool:
    """Does ``body`` call the next speaker by a name of theirs ("Helena, please unmute
    yourself." before Helena Borg's "HB")?"""
    speaker = nxt[3]
    if not speaker or len(speaker.split()) < 2:
        return False
    return any(
        re.search(rf"(?<![{LETTER}]){re.escape(w)}(?![{LETTER}])", body) is not None
        for w in speaker.split()
        if len(w) > 2 and not is_title_token(w)
    )


_PRESIDING = re.compile(
    r"\b(?:chair(?:man|woman|person)?|председательствующ\w*|головуюч\w*)\b", re.I
)


def _unknown_voice(h: LabelHit) -> bool:
    """ "Speaker 2": an automatic transcript's numbered voice, whom the text never names."""
    name = h.info.name
    return name is not None and not name.given and bool(_UNKNOWN_VOICE.match(name.surname))


_UNKNOWN_VOICE = re.compile(
    r"(?:Speaker|Спикер|Участник|Participant)[ \t]*(?:\d{1,2}|[A-Z])$", re.I
)


def _asks(body: str, label: str, *, answered: bool) -> bool:
    """Is an interviewer's turn a question?

    Yes when it asks ("?", "Tell us…", a cut-off challenge); otherwise only when the interviewee
    answers it and it is neither narration (voice-over) nor a plain remark (thanks, welcome).
    """
    if "?" in body or _PROMPT.match(body) or _CUT_OFF.search(body):
        return True
    if not answered or _VOICE_OVER.search(label):
        return False
    return not (_REMARK.search(body) or len(body.split()) <= 3)


def _ends_with_question(body: str) -> bool:
    return bool(re.search(r"\?[\"'”»’)\]]*\s*(?:[—–-]{1,2})?\s*$", body))


def _infer_askers(
    candidates: set[str],
    interviewees: set[str],
    ends_q: Counter[str],
    has_q: Counter[str],
    total: Counter[str],
    words: Counter[str],
) -> set[str]:
    """Who interviews, when no label or header says so: the speakers who ask.

    An asker ends at least half of their turns with a question (or asks in most turns and ends
    a third with one: hosts who interrupt). Once one exists, a speaker who ends a third of their
    turns with a question, or some and speaks much more briefly than those who never do (a
    co-host), asks too. Nobody is an asker unless someone else clearly answers.
    """
    ratio = {k: ends_q[k] / total[k] for k in candidates if total[k]}
    askers = {k for k, r in ratio.items() if r >= 0.5 or (r >= 0.3 and has_q[k] / total[k] >= 0.6)}
    answerers = {k for k, r in ratio.items() if r == 0} | interviewees
    if not askers or not answerers:
        return set()
    longest = max(words[k] / max(total[k], 1) for k in answerers)
    for k, r in ratio.items():
        if k not in askers and r > 0 and (r >= 0.3 or words[k] / total[k] < 0.5 * longest):
            askers.add(k)
    return askers


@functools.lru_cache(maxsize=16)
def analyse(text: str, *, byline: str | None = None) -> Structure:
    """Labels, stage directions and turn spans of ``text`` (cached: the sentence splitter cuts
    at turn boundaries, the turns stage reports them)."""
    labels = find_labels(text)
    body_end = trailing_start(text)
    roster = _labels_and_roster(text)[1]
    if roster is not None:
        body_end = min(body_end, len(text[:roster].rstrip()))
    directions = tuple(_directions(text, labels, body_end))
    first = labels[0].start if labels else None
    header_text = _header(text, first)
    header = _header_people(header_text)
    if byline is None:
        byline = find_byline(header_text)
    # The lead and a closing "Беседовала …" line name the two sides of a Russian interview.
    lead_end = first if first is not None else _first_dash(text, body_end)
    known = {(k, n.key) for k, n in header}
    for kind, name in _lead_people_ru(text[: min(lead_end, 3000)] + "\n" + text[body_end:]):
        if (kind, name.key) not in known:
            known.add((kind, name.key))
            header.append((kind, name))
    if not labels:
        dialogue = (
            _dash_dialogue(text, body_end, header)
            or _bold_dialogue(text, body_end, header)
            or _plain_dialogue(text, body_end, header)
        )
        if dialogue:
            return Structure((), directions, dialogue)
        return Structure((), directions, _statement(text, body_end, header, byline, directions))
    examiners = [
        (m.start(), n)
        for m in _EXAMINER.finditer(text, 0, body_end)
        if (n := name_from_phrase(m.group("name"))) is not None
    ]
    header.extend(("examination by", n) for _, n in examiners)
    # "KAREN WEI, DEFENDANT'S WITNESS, DULY SWORN": who answers the "A." lines below it.
    witnesses = [
        (m.start(), n)
        for m in _SWORN.finditer(text, 0, body_end)
        if (n := name_from_phrase(" ".join(_recase_word(w) for w in m.group("name").split())))
        is not None
        and n.given
    ]
    # A long hearing cover (roster, contents) ends with the line that names the chair: "Hon.
    # William Kessler [Chairman of the Committee] presiding." — its last lines are kept too.
    first_at = first or 0
    preface = text[:first_at]
    if first_at > 4500:
        preface = text[:3000] + "\n" + text[first_at - 1500 : first_at]
    header.extend(("moderator", n) for n in _event_moderators(preface))
    preface += _cover_roster(preface)
    speakers = _speaker_names(
        labels, header, byline, header_text, preface, examiners, text, witnesses
    )
    clips = _clip_regions(text, directions)
    furniture = _page_furniture(text)
    running_head = {
        ln.strip() for ln in text[: labels[0].cut].split("\n")[:40] if len(ln.strip()) > 3
    }
    bodies: list[tuple[LabelHit, int, int, str | None]] = []
    for i, h in enumerate(labels):
        nxt = labels[i + 1].cut if i + 1 < len(labels) else body_end
        start, end = strip_range(text, h.end, min(nxt, max(body_end, h.end)))
        stamp = _LEADING_STAMP.match(text, start, end)  # "Lex Fridman: (00:12) Welcome…"
        if stamp:
            start = stamp.end()
        end = _trim_directions(text, start, end, directions)
        end = _trim_page_furniture(text, start, end, furniture)
        if running_head:
            end = _trim_running_head(text, start, end, running_head)
        if i + 1 < len(labels):
            end = _trim_directions(text, start, furniture_start(text, start, end), directions)
            end = _trim_furniture(text, start, _trim_heading(text, start, end))
            end = _trim_caps_lines(text, start, end)
        if end > start and not _only_directions(text, start, end, directions):
            bodies.append((h, start, end, speakers.get(h.start)))
    bodies = _implied_answers(text, bodies)
    roles = _roles(
        text, bodies, header, clips, labels, examination=bool(examiners), chair=_chair(preface)
    )
    spans: list[Span] = []
    names = [h.info.name for h in labels if h.info.name is not None]
    pre = _preamble(text, labels[0].cut, header, names)
    if pre is not None:
        start, end, speaker = pre
        if speaker is None:
            speaker = _opening_speaker(text[start:end], bodies, roles)
        attrs: dict[str, Any] = {
            "speaker": speaker,
            "speaker_label": None,
            "label_span": None,
            "index": 0,
        }
        spans.append(Span(start, end, "statement" if speaker else "other", attrs=attrs))
    for (h, start, end, speaker), role in zip(bodies, roles, strict=True):
        attrs = {
            "speaker": speaker,
            "speaker_label": None if h.implied else h.text,
            "label_span": None if h.implied else [h.start, h.end],
            "index": len(spans),
        }
        spans.append(Span(start, end, role, attrs=attrs))
    return Structure(labels, directions, tuple(spans))


def _implied_answers(
    text: str, bodies: list[tuple[LabelHit, int, int, str | None]]
) -> list[tuple[LabelHit, int, int, str | None]]:
    """Split off an answer printed without its label (mid.ru: "Вопрос (газета «Известия»): …
    в Балтийском море?", blank line, "Посольство России находится …", then the next
    "Вопрос:"): a question whose body runs on past a paragraph ending in "?" into paragraphs
    that ask nothing, right before another question. The answer is the speaker who answers
    every other question (all labels right after a question agree)."""
    asking = [h.info.kind is LabelKind.QUESTION for h, *_ in bodies]
    answerers = {
        (bodies[i + 1][0].info.group, bodies[i + 1][3])
        for i in range(len(bodies) - 1)
        if asking[i] and not asking[i + 1]
    }
    if len(answerers) != 1 or sum(asking) < 2:
        return bodies
    model = next(b for i, b in enumerate(bodies[1:], 1) if asking[i - 1] and not asking[i])
    out: list[tuple[LabelHit, int, int, str | None]] = []
    for i, (h, start, end, speaker) in enumerate(bodies):
        out.append((h, start, end, speaker))
        if not asking[i] or i + 1 >= len(bodies) or not asking[i + 1]:
            continue
        for m in re.finditer(r"\n[ \t]*\n", text[start:end]):
            cut = start + m.start()
            rest_start = start + m.end()
            if _ends_with_question(text[start:cut]) and "?" not in text[rest_start:end]:
                if len(text[rest_start:end].split()) >= 5:
                    implied = dataclasses.replace(
                        model[0], start=rest_start, end=rest_start, cut=rest_start, implied=True
                    )
                    out[-1] = (h, start, len(text[:cut].rstrip()), speaker)
                    out.append((implied, rest_start, end, model[3]))
                break
    return out


_DASH_PARA = re.compile(r"^[ \t]*[—–-][ \t]+(?=\S)", re.MULTILINE)


def _first_dash(text: str, body_end: int) -> int:
    """Where the first dash paragraph starts (the end of a dash dialogue's lead), else 0."""
    m = _DASH_PARA.search(text, 0, body_end)
    return m.start() if m else 0


def _dash_dialogue(text: str, body_end: int, header: list[tuple[str, Name]]) -> tuple[Span, ...]:
    """Press interviews printed without labels, each utterance a paragraph opening with a dash:

        — Сергей Викторович, как Вы оцениваете переговоры?
        — Это был полезный разговор.

    The voices alternate, the interviewer's starting with the first paragraph ending in "?".
    Paragraphs without a dash continue the turn before them. The answerer is named only when
    the header names one interviewee ("Интервью … С.В.Лаврова"), the asker only from
    "interview by"; otherwise null.
    """
    starts = list(_DASH_PARA.finditer(text, 0, body_end))
    if len(starts) < 4:
        return ()
    intro = text[_body_start_for_statement(text, starts[0].start()) : starts[0].start()]
    # Only the intro's sentences count: a web page's title, dek, photo caption and a dossier box
    # ("Кирилл Абрамов" / "Гендиректор группы …" / "2013" / "директор по развитию …") are no
    # article prose.
    prose = [ln for ln in intro.split("\n") if re.search(r"[.!?…][\"”»)]*[ \t]*$", ln)]
    if sum(len(ln.split()) for ln in prose) > 80:
        return ()  # an article quoting people in dashed paragraphs, not an interview
    bodies: list[tuple[int, int]] = []
    for i, m in enumerate(starts):
        nxt = starts[i + 1].start() if i + 1 < len(starts) else body_end
        start, end = strip_range(text, m.end(), nxt)
        end = _trim_furniture(text, start, end)
        if end > start:
            bodies.append((start, end))
    asking = [_ends_with_question(text[a:b]) for a, b in bodies]
    if sum(asking) < 2 or all(asking):
        return ()
    interviewees = [n for k, n in header if k.startswith(_INTERVIEWEE_KINDS)]
    interviewers = [n for k, n in header if k.startswith(_INTERVIEWER_KINDS)]
    answerer = _fullest(interviewees, text)
    asker = _fullest(interviewers, text)
    if asker is None:
        # Vedomosti prints no "Беседовал": the single author under the dek is who asks.
        author = _name_over_date(text[: starts[0].start()], interviewees)
        asker = author.display() if author is not None else None
    return _dash_spans(text, bodies, asking, answerer, asker)


def _dash_spans(
    text: str,
    bodies: list[tuple[int, int]],
    asking: list[bool],
    answerer: str | None,
    asker: str | None,
) -> tuple[Span, ...]:
    """The dash dialogue's turns (see ``_dash_dialogue``)."""
    # The two voices alternate; the interviewer's parity is that of the first question.
    parity = asking.index(True) % 2
    off_parity = sum(q for i, q in enumerate(asking) if i % 2 != parity)
    if off_parity > 0.2 * sum(asking):
        return ()  # no alternation of two voices: dashed quotes in an article
    spans = []
    for i, ((a, b), question) in enumerate(zip(bodies, asking, strict=True)):
        interviewer = i % 2 == parity
        # "— Но ведь красная икра за год подорожала почти на треть." / "— Да, это так, …": a
        # challenge the interviewee answers asks, as a labelled interviewer's would (``_asks``).
        answered = i + 1 < len(bodies)
        asks = question or _asks(text[a:b], "", answered=answered)
        label = ("question" if asks else "other") if interviewer else "answer"
        speaker = asker if interviewer else answerer
        attrs = {"speaker": speaker, "speaker_label": None, "label_span": None, "index": i}
        spans.append(Span(a, b, label, attrs=attrs))
    return tuple(spans)


_BOLD_PARA = re.compile(r"^[ \t]*(\*\*|__)(?P<q>[^\n]+?)\1[ \t]*$", re.MULTILINE)


_BYLINE_NAME = re.compile(
    rf"^[ \t]*(?P<n>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?[ \t]+[{UPPER}][{LOWER}'’\-]+)"
    # On the next line, or after a dash on the same one: "Олександр Шевчук — Понеділок, 3
    # лютого 2025, 05:30" (Ukrainska Pravda).
    r"(?:[ \t]*\n(?:[ \t]*\n)?|[ \t]+[—–][ \t]+)(?P<d>[^\n]{4,40})$",
    re.MULTILINE,
)


def _name_over_date(head: str, others: Sequence[Name]) -> Name | None:
    """A web article's author line: a full name alone on a line with the publication date on the
    next ("Анна Миронова" / "14 октября 2024, 00:15"), when there is exactly one such name and it
    is not the interviewee's."""
    found = {
        n.key: n
        for m in _BYLINE_NAME.finditer(head)
        if find_date(m.group("d")) is not None
        and (n := name_from_phrase(m.group("n"))) is not None
        and n.has_full_given
        and all(o.surname != n.surname for o in others)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _bold_dialogue(text: str, body_end: int, header: list[tuple[str, Name]]) -> tuple[Span, ...]:
    """Web interviews that print each question as a bold paragraph and the answer below it,
    with no labels at all:

        **High Representative, is Europe ready?**

        Not yet. But we are closer than we were.

    Used only when most bold paragraphs ask, at least two do, each is followed by plain text,
    and little stands before the first (an article's bold subheadings are no questions). Who asks
    and who answers come from the header ("Interview by X", "an interview with Y"), or null."""
    paras = [m for m in _BOLD_PARA.finditer(text, 0, body_end) if _paragraph_alone(text, m)]
    asking = [_ends_with_question(m.group("q")) or bool(_PROMPT.match(m.group("q"))) for m in paras]
    if sum(asking) < 2 or sum(asking) < 0.6 * len(paras):
        return ()
    intro = text[_body_start_for_statement(text, paras[0].start()) : paras[0].start()]
    if len(intro.split()) > 80:
        return ()
    interviewees = [n for k, n in header if k.startswith(_INTERVIEWEE_KINDS)]
    interviewers = [n for k, n in header if k.startswith(_INTERVIEWER_KINDS)]
    answerer = _fullest(interviewees, text)
    asker = _fullest(interviewers, text)
    if asker is None:  # the single author under the headline asks, as in a dash dialogue
        author = _name_over_date(text[: paras[0].start()], interviewees)
        asker = author.display() if author is not None else None
    spans: list[Span] = []
    for i, (m, question) in enumerate(zip(paras, asking, strict=True)):
        nxt = paras[i + 1].start() if i + 1 < len(paras) else body_end
        a_start, a_end = strip_range(text, m.end(), nxt)
        # An intertitle ("## Про громади і власну генерацію") or a "Читайте також" link before
        # the next question is the page's, not the answer's.
        a_end = _trim_furniture(text, a_start, a_end)
        if a_end <= a_start:
            return ()  # two bold paragraphs in a row: headings, not questions and answers
        q_start, q_end = strip_range(text, m.start("q"), m.end("q"))
        for start, end, label, speaker in (
            (q_start, q_end, "question" if question else "other", asker),
            (a_start, a_end, "answer", answerer),
        ):
            attrs = {"speaker": speaker, "speaker_label": None, "label_span": None}
            spans.append(Span(start, end, label, attrs={**attrs, "index": len(spans)}))
    return tuple(spans)


def _plain_dialogue(text: str, body_end: int, header: list[tuple[str, Name]]) -> tuple[Span, ...]:
    """A web Q&A whose bold questions lost their bold in the scrape: each question a line of its
    own ending in "?", the answer in the lines below it, up to the next question:

        The Quiet House opens with a funeral. Where did that image come from?
        From my own father's funeral, to be blunt. …

    Precision first, since an article may ask a rhetorical question on a line of its own: the
    header must name who is interviewed or who asks, at least three questions must each be
    followed by an answer of at most eight lines, questions must be a quarter of the lines from
    the first on, and little (a standfirst or bio) may stand before the first."""
    interviewees = [n for k, n in header if k.startswith(_INTERVIEWEE_KINDS)]
    interviewers = [n for k, n in header if k.startswith(_INTERVIEWER_KINDS)]
    if not interviewees and not interviewers:
        return ()
    start = _body_start_for_statement(text, body_end)
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text[:body_end]) if m.start() >= start]
    asks = [
        _ends_with_question(m.group()) and len(m.group().split()) <= 60 and not _directionish(m)
        for m in lines
    ]
    if sum(asks) < 3:
        return ()
    first = asks.index(True)
    if len(" ".join(m.group() for m in lines[:first]).split()) > 200:
        return ()
    if sum(asks) < 0.25 * (len(lines) - first):
        return ()
    blocks: list[tuple[int, int]] = []  # (question line, first line of the next question)
    q_at = [i for i, a in enumerate(asks) if a]
    for n, i in enumerate(q_at):
        nxt = q_at[n + 1] if n + 1 < len(q_at) else len(lines)
        if not 1 <= nxt - i - 1 <= 8:
            return ()  # two questions in a row, or a long stretch of prose: not a Q&A
        blocks.append((i, nxt))
    answerer = _fullest(interviewees, text)
    asker = _fullest(interviewers, text)
    spans: list[Span] = []
    for i, nxt in blocks:
        q = lines[i]
        a_start, a_end = lines[i + 1].start(), lines[nxt - 1].end()
        for s_, e_, label, speaker in (
            (q.start(), q.end(), "question", asker),
            (a_start, a_end, "answer", answerer),
        ):
            s_, e_ = strip_range(text, s_, e_)
            attrs = {"speaker": speaker, "speaker_label": None, "label_span": None}
            spans.append(Span(s_, e_, label, attrs={**attrs, "index": len(spans)}))
    return tuple(spans)


def _directionish(m: re.Match[str]) -> bool:
    """A bracketed line ("[Laughter?]") is no question."""
    return m.group().lstrip()[:1] in "([" and m.group().rstrip()[-1:] in ")]"


def _paragraph_alone(text: str, m: re.Match[str]) -> bool:
    """Is the match a paragraph of its own (blank line or text edge before and after)?"""
    before = text[: m.start()].rstrip(" \t")
    after = text[m.end() :].lstrip(" \t")
    return (not before.strip() or before.endswith("\n\n")) and (
        not after.strip() or after.startswith("\n\n")
    )


def _statement(
    text: str,
    body_end: int,
    header: list[tuple[str, Name]],
    byline: str | None,
    directions: Sequence[tuple[int, int]] = (),
) -> tuple[Span, ...]:
    start = _body_start_for_statement(text, body_end)
    start, end = strip_range(text, start, body_end)
    end = _trim_directions(text, start, end, directions)  # the closing "(Applause.)" line
    if end <= start:
        start, end = strip_range(text, 0, len(text))
    if end <= start:
        return ()
    speaker: str | None = None
    authors = [n for k, n in header if k.startswith(_STATEMENT_KINDS)]
    if len({a.key for a in authors}) == 1:
        speaker = resolve_names(authors).get(authors[0])
        if speaker == authors[0].display():  # "Выступление С.В.Лаврова": completed from the text
            speaker = _fullest(authors, text)
    elif byline and not re.search(r"\band\b|&|,|\bи\b", byline):
        parsed = parse_name(byline.split())
        speaker = parsed.display() if parsed is not None else None
    attrs = {"speaker": speaker, "speaker_label": None, "label_span": None, "index": 0}
    return (Span(start, end, "statement", attrs=attrs),)


def label_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every accepted label (for the sentence splitter to step over)."""
    return [(h.start, h.end) for h in find_labels(text)]


def sentence_cuts(text: str, byline: str | None = None) -> list[tuple[int, int]]:
    """Ranges the sentence splitter must skip: labels, the dash opening an unlabelled turn, and
    empty ranges at every turn boundary, so no sentence ever straddles two turns."""
    cuts = label_spans(text)
    for turn in analyse(text, byline=byline).turns:
        line_start = text.rfind("\n", 0, turn.start) + 1
        line_end = text.find("\n", turn.end)
        line_end = len(text) if line_end < 0 else line_end
        if turn.attrs["label_span"] is None:
            # the dash opening a dialogue paragraph, the "**" around a bold question
            if text[line_start : turn.start].strip() in ("", "—", "–", "-", "**", "__"):
                cuts.append((line_start, turn.start))
            if text[turn.end : line_end].strip() in ("**", "__"):
                cuts.append((turn.end, line_end))
        cuts.extend([(turn.start, turn.start), (turn.end, turn.end)])
    return sorted(cuts)
