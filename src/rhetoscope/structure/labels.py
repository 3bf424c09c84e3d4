"""Speaker labels: line-start, glued and mid-line candidates, and the consistency rules that
accept them (a group that recurs, a strong form in a clear transcript, the one-off exceptions).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeGuard

from rhetoscope.structure import regex as re  # re with a cache for per-name patterns
from rhetoscope.structure.furniture import (
    _BREADCRUMB,
    _CAPTION_CREDIT,
    _FOOTER_DATE,
    _READ_ALSO,
    _TEASER_STAMP,
    _in_read_also,
)
from rhetoscope.structure.metadata import AP_STATES, find_date, trailing_start
from rhetoscope.structure.speakers import (
    _PHONE_IN,
    LETTER,
    LOWER,
    NEWS_OUTLETS,
    OFFICE_ABBREVIATIONS,
    PEER_RANKS,
    SURNAME_HEADS,
    UPPER,
    LabelInfo,
    LabelKind,
    Name,
    addressed_question,
    classify_label,
    first_line,
    fold,
    is_title_token,
    name_from_phrase,
    outlet_role,
    parse_name,
)

# A podcast's text may set the stamp off from the label with a middle dot, a bar or a dash:
# "04:30 · Никита: Давай про хорошие примеры.", "12:05 | Host:", "00:41 – Anna:".
_TIMESTAMP = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+(?:[·|–—][ \t]+)?)?"
# Telegram posts decorate a label with an emoji or a bullet ("❓ Питання, «Укрінформ»:",
# "💬 Відповідь:", "▶️ Name:"): the decoration is no part of the label.
# YouTube's caption track marks a change of voice with ">>" ("0:19" / ">> TOMAS: no, and I hear
# this one every week."): the chevrons are no part of the label either.
_DECORATION = (
    r"(?:(?:[\u2022\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
    r"[\ufe0f\u200d]*|>>)[ \t]*)*"
)
_LINE_LABEL = re.compile(
    rf"^[ \t]*{_TIMESTAMP}{_DECORATION}(?:\*\*|__)?(?P<name>[^\s:*_][^\n:*_]{{0,149}}?)[ \t]*"
    r"(?:[ \t]*[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]])?"  # "Speaker 1 (00:06):"
    # A no-break space may follow the colon (copied from a CMS: "Question:\xa0Sir, ...").
    # A bold label may lose the space after it in the scrape ("**Лысенко:**Для них и играем"):
    # the closing bold parts it from the words as the space would.
    r"(?:(?:(?:\*\*|__)[ \t]*:|:(?:\*\*|__)?)(?=[ \t\xa0]|$)|:(?:\*\*|__)(?=\w))",
    re.MULTILINE,
)
# Any script's capitals: mid.ru's "С.В.Лавров:Я бы не стал …" below its usual "С.В.Лавров: Да,"
# (else the sentence-end reader takes "В.Лавров" after the initial's full stop).
_LINE_GLUED_COLON = re.compile(
    # (four words for an office before the full name: "NATO Spokesperson Allison Hart:Next …")
    rf"^[ \t]*(?P<name>[{UPPER}][\w.'’\-]{{0,20}}(?:[ \t]+[{UPPER}][\w.'’\-]{{0,20}}){{0,3}}"
    # (an outlet's brackets too: "Question (ČTK):Prime Minister Horák, will …")
    rf"(?:[ \t]*\([^()\n:]{{1,40}}\))?):(?=[{UPPER}\"“‘«])",
    re.MULTILINE,
)
_IN_LABEL_STAMP = re.compile(r"[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]][ \t]*:")
_LINE_SEMICOLON = re.compile(
    r"^[ \t]*(?P<name>[A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]+){1,3});(?=[ \t]+[A-Z\"“])",
    re.MULTILINE,
)
# Otter/Zoom style: the name and a timestamp alone on a line, the words on the next lines.
# Otter numbers the voices it cannot name ("Speaker 3  12:40"): the number is the label's.
# A conference's video transcript sets the name in bold: "**Marcus Doyle** (00:00:12)".
_LINE_STAMPED = re.compile(
    r"^[ \t]*(?:\*\*(?=[^*\n]+\*\*[ \t]))?"
    r"(?P<name>[^\s\d:()\[\]*][^\n\d:()\[\]*]{0,59}?(?:[ \t]+\d{1,2}(?=[ \t]))?)(?:\*\*)?[ \t]+"
    r"[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?[ \t]*$",
    re.MULTILINE,
)
# … the words run on after the stamp on the same line, two spaces or more apart ("Speaker 1
# 2:35  Some people …"): only for a name stamped alone on its line elsewhere (see _line_hits).
_LINE_STAMPED_INLINE = re.compile(
    r"^[ \t]*(?P<name>[^\s\d:()\[\]*][^\n\d:()\[\]*]{0,59}?(?:[ \t]+\d{1,2}(?=[ \t]))?)[ \t]{2,}"
    r"(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]{2,}(?=\S)",
    re.MULTILINE,
)
# … glued to the sentence above by a lost line break: "… for the long haul.Ben  00:14:52".
_GLUED_STAMPED = re.compile(
    r"(?<=[a-z][.!?…])(?P<name>[A-Z][^\s\d:()\[\]*.!?]{0,30}?)[ \t]{2,}"
    r"(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]*$",
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
# WHO's other transcript layout: the initials stand as a column at the line's start, padded
# with spaces (or a tab) up to the words, no colon: "TJ          Hello and welcome to …",
# "00:04:21" on its own line above some of them. Two voices each twice make it a dialogue.
_LINE_PADDED_INITIALS = re.compile(
    rf"^[ \t]*(?P<name>[A-Z]{{2,3}})(?:[ \t]*\t|[ ]{{3,}})[ \t]*"
    rf"(?=[{UPPER}\"“‘'\[(][^\n]*[{LOWER}])",
    re.MULTILINE,
)
# The same padded column with a full name, a research or a Word transcript's "Jane Doe<TAB>Thank
# you …" (a tab, or three spaces, where the colon would stand): two or three name words, a name's
# lower-case particles between them ("Ana de la Cruz", "Ayman al-Safadi"); the dialogue gate is
# the initials' (two voices each twice).
_LINE_PADDED_NAME = re.compile(
    rf"^[ \t]*(?P<name>[{UPPER}][{LETTER}'’\-]+(?:[ ](?:[{LOWER}]{{1,3}}[ ]){{0,2}}"
    rf"(?:[{LOWER}]{{2,3}}-)?[{UPPER}][{LETTER}'’\-]+){{1,2}})(?:[ ]*\t|[ ]{{3,}})[ \t]*"
    rf"(?=[{UPPER}\"“‘'\[(«][^\n]*[{LOWER}])",
    re.MULTILINE,
)
# European Parliament verbatim reports: "Kaja Kallas, on behalf of the … Group. – Madam President".
# Spanish-language stenographic versions (Cubadebate's Mesa Redonda, in Spanish or in
# translation) close the label with a period and a hyphen, no space between: "Yunior
# Castellanos Ruiz.- Very good evening, …", later "Yunior Castellanos.- …".
# An American news story's dateline, a city in capitals and the AP's abbreviation of its state,
# closed as that label is ("ST. PAUL, Minn. — …", "DES MOINES, Iowa — …"; a Canadian province
# too, "BONAVISTA, N.L. — …"); a university's or a
# press office's writes the city in Title Case ("Washington, D.C. — Ambassador … spent …").
_AP_DATELINE = re.compile(
    r"[A-Z](?:[A-Z.'’\- ]{1,40}|[a-z]+(?:[ \t][A-Z][a-z]+){0,2}),[ \t]+"
    rf"(?:{AP_STATES}"
    # (Canadian papers abbreviate the province the same way: "BONAVISTA, N.L. — …")
    r"|N\.L|Nfld|N\.S|N\.B|P\.E\.I|Que|Ont|Man|Sask|Alta|B\.C|Y\.T|N\.W\.T|Nvt)"
)
# (the report's no-break spaces around the dash, "President.\xa0–\xa0The debate is closed.", and a
# label whose dash a line break parts from it, "Hilde Vautmans, on behalf of the Renew Group." /
# "– Madam President, …", the latter taken only for a label with a comma or a group in brackets)
_LINE_DASHED = re.compile(
    r"^[ \t]*(?P<name>[^\s\d:()\[\]–—][^\n\d:–—]{0,249}?)\."
    r"(?:[ \t\xa0]*[–—]|-|[ \t\xa0]*\n[ \t\xa0]*[–—](?=[ \t\xa0]+[A-Z]))[ \t\xa0]+",
    re.MULTILINE,
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
# Echo Moskvy's transcripts close each label on a horizontal bar (U+2015) set right after the
# name, with no colon: "О.Журавлева― 15 часов …", "Е.Гонтмахер― Добрый день.", "Слушатель― Алло".
# An initial and a surname, or one capitalised word; the words after the bar open with a capital.
# A scrape may run a label on after the last sentence of the turn above ("… не знаем. А.Соломин―
# Ну хорошо, …"): read there too, as a glued label (its group must recur at a line start);
# so with no space left, after a small letter's stop ("… у них есть будущее.О.Журавлева― А вы
# …"; never inside initials, "О.Журавлева").
_LINE_BAR = re.compile(
    rf"(?:^[ \t]*|(?<=[.?!…][ \t])|(?<=[{LOWER}][.?!…]))(?:\*\*|__)?"
    rf"(?P<name>(?:[{UPPER}]\.[ \t]?){{0,2}}[{UPPER}][{LOWER}]+"
    rf"(?:-[{UPPER}][{LOWER}]+)?)(?:\*\*|__)?[ \t]*\u2015[ \t]*(?=[{UPPER}«\"“„\d(\[…])",
    re.MULTILINE,
)
# A government's English page may print mixed-case labels with a spaced hyphen for the colon
# (primeminister.am: "Aram Vardanyan - The text is in fact agreed …", "Question (Public TV) -
# There are reports …", "Lilit Hakobyan, Armenpress - Mr. Prime Minister, …"). The spaces around
# the dash keep a hyphenated name ("Al-Marri") whole; the words after it open with a capital.
# Scraping may glue a label onto the last sentence above ("… last month.Question (Public TV) -").
_LINE_MIXED_DASH = re.compile(
    rf"(?:^[ \t]*|(?<=[{LOWER}\d][.?!…]))(?P<name>[{UPPER}][^\n:–—]{{1,60}}?)"
    rf"[ \t]+[—–-][ \t]+(?=[{UPPER}«\"“„\d])",
    re.MULTILINE,
)
# An outlet's name opening a line, in guillemets or bold or neither, then a spaced dash and a
# capital: "Vox — Will Europe …?", "«Фокус» – Чи вистачить …?". A label only by its layout.
_LINE_OUTLET_DASH = re.compile(
    rf"^[ \t]*(?P<label>(?:\*\*|__)?(?P<q>«)?(?P<name>[{UPPER}][^\n:–—«»?!]{{0,40}}?)(?(q)»)"
    rf"(?:\*\*|__)?)[ \t]+[—–][ \t]+(?=[{UPPER}«\"“„])",
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
_GLUED_OPERATOR = re.compile(r"(?<=[.?!])Operator(?=[ \t]*\n[ \t]*\n)")
# A page printing each speaker's full name alone on a line (bold in the HTML), the words on the
# next line: "Анна Ветрова" / "Сергей Викторович, …?" / "Сергей Лавров" / "Результат есть …".
# A double-barrelled surname keeps its capital: "Krishnan Guru-Murthy" (Channel 4 News).
# C-SPAN's transcript prints a member of Congress under the abbreviated office ("Sen. Shelley
# Moore Capito" / "00:00:36" / "Well, I'd like …"); only over such a clock line (see below).
_ABBREVIATED_OFFICE = r"(?:Sen|Rep|Gov)\."
_CLOCK_LINE_BELOW = re.compile(r"[ \t]*[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?[ \t]*\n")
# A legislature's record may set the member's post-nominal after the name, the Senedd's in both
# languages ("Russell George AS/MS" / "Good morning, …"), and a Welsh patronymic keeps its
# particle in lower case ("Mabon ap Gwynfor AS/MS"); the post-nominal is no part of the name.
# A surname's particles in a name alone on its line, as written in prose ("von der", "de la",
# "al-") or in the surname's capitals ("Ursula VON DER LEYEN", "Ayman AL-SAFADI").
_OWN_LINE_PARTICLES = (
    r"(?:(?:van|von|de|der|den|da|di|del|della|du|la|le|dos|ter|ten|фон|ван|дер|де|ді)[ \t]+){0,2}"
    r"(?:(?:al|el|аль|эль|ель)-)?"
)
_OWN_LINE_CAPS_PARTICLES = (
    r"(?:(?:VAN|VON|DE|DER|DEN|DA|DI|DEL|DU|LA|LE|ФОН|ВАН|ДЕР|ДЕ)[ \t]+){0,2}"
    r"(?:(?:AL|EL|АЛЬ|ЭЛЬ|ЕЛЬ)-)?"
)
_LINE_FULL_NAME = re.compile(
    rf"^[ \t]*(?:\*\*|__)?(?P<name>(?:{_ABBREVIATED_OFFICE}[ \t]+)?"
    rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
    # (a surname may run on in a capital after its prefix: "McCann", "MacLeod", "O'Neill"; it
    # may open with a name's particles or an Arabic article: "Ursula von der Leyen", "Ana de la
    # Cruz", "Ayman al-Safadi", "Урсула фон дер Ляйен")
    rf"(?:[ \t]+{_OWN_LINE_PARTICLES}(?:Mc|Mac|O['’])?[{UPPER}][{LOWER}'’]+"
    rf"(?:-[{UPPER}]?[{LOWER}'’]+)*){{1,2}}"
    rf"|[{UPPER}][{LOWER}]+[ \t]+a[pb][ \t]+[{UPPER}][{LOWER}'’]+(?=[ \t]+(?:AS/MS|MS/AS))"
    # (the French style sets the surname in capitals: "Emmanuel MACRON", "Jean-Noël BARROT",
    # an Irish prefix's apostrophe kept: "Tom O'NEILL")
    rf"|[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?[ \t]+{_OWN_LINE_CAPS_PARTICLES}"
    rf"(?:[{UPPER}]['’])?[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?)"
    r"(?:[ \t]+(?:AS/MS|MS/AS|MS|MSP|MLA|TD))?(?:\*\*|__)?[ \t]*\n"
    r"(?:[ \t]*\n)?(?=[ \t]*\S)",
    re.MULTILINE,
)
# Among such name lines a journalist from the floor may be printed under a role word alone on
# its line ("Emmanuel MACRON" / … / "Journalist" / "Thank you. Marie Delorme, France Info. …").
_LINE_ROLE_WORD = re.compile(
    rf"(?:^|\n[ \t]*\n)[ \t]*(?:\*\*|__)?(?P<name>[{UPPER}][{LOWER}]+)(?:\*\*|__)?[ \t]*\n"
    r"(?:[ \t]*\n)?(?=[ \t]*\S)"
)
# A TV talk show's page (Ukrainian "Свобода слова", Russian talk shows) prints each speaker in
# capitals alone on a line, the first time with the role after a comma, no colon, the words on
# the next line: "ОСТАП ДЗЮБА, ведучий" / "Добрий вечір, …", later "ОСТАП ДЗЮБА" / "Пані Анно, …".
_LINE_CAPS_NAME = re.compile(
    rf"^[ \t]*(?:\*\*|__)?(?P<name>[{UPPER}][{UPPER}'’\-]+(?:[ \t]+[{UPPER}][{UPPER}'’\-]+){{1,2}}"
    rf"(?:,[ \t]+[{LOWER}][^\n.!?:;]{{0,80}})?)(?:\*\*|__)?[ \t]*\n(?=[ \t]*[^\s(\[])",
    re.MULTILINE,
)
# Hansard's web pages (hansard.parliament.uk) print each contribution's member alone on a line,
# no colon, the words on the very next line; the first mention carries the question number,
# constituency and party, later ones the short form: "Q1. [904512] Laura Pennington (Stroud)
# (Lab)" / "If he will list …", "The Prime Minister (Sir Richard Aldous)" / "This morning I had
# meetings …", then "Mrs Thornby", "The Prime Minister", "Mr Speaker". The body line must end a
# sentence, so a heading over a heading ("Prime Minister" / "The Prime Minister was asked—")
# never qualifies; only in a dialogue of such lines (the consistency pass).
# (a later, short mention may glue the button straight onto the surname: "Sir Geoffrey
# HaleShare" — no name runs on in a capital after its lower case)
# (or set it a space after the surname: "Noah Law Share")
_MEMBER_BUTTONS = (
    r"(?:[ \t]*Excerpts[ \t]*Share|(?<=\))[ \t]*Share"
    # (the Lords' button spelt out, glued on: "Baroness Goldie (Con)Share this specific
    # contribution")
    r"(?:[ \t]+this(?:[ \t]+specific)?[ \t]+contribution)?|(?<=[a-z])[ \t]?Share(?=[ \t]*\n))"
)
# (the "Share" button may stand on a row of its own under the bracketed line, inside the
# label's span: "Tom Ashworth (Lincoln) (Lab)" / "Share"; so may both buttons, "ExcerptsShare")
# (spelt out, "Share this contribution", on a page that sets the row under the member: "John
# Healey" / "Share this contribution" / "I thank the right hon. Gentleman …")
_MEMBER_BUTTON_ROW = r"(?:Excerpts[ \t]*)?Share(?:[ \t]+this(?:[ \t]+specific)?[ \t]+contribution)?"
_MEMBER_BRACKETED = re.compile(
    rf"\)(?:{_MEMBER_BUTTONS}|(?:[ \t]*\n[ \t]*{_MEMBER_BUTTON_ROW}){{1,2}})?[ \t]*$"
)
_LINE_MEMBER = re.compile(
    r"^[ \t]*(?:Q\d{1,3}\.[ \t]+(?:\[\d{1,8}\][ \t]+)?"
    # A Public Bill Committee's evidence sitting numbers each question with a space and no
    # stop: "Q 1 Greg Smith (Mid Buckinghamshire) (Con)" / "Thank you, Chair. …?".
    r"|(?P<qnum>Q[ \t]?\d{1,3}[ \t]+))?"
    r"(?P<name>[A-Z][^\n:!?]{0,120}?[^\s.:!?,;])"
    # The Lords' pages print each contribution's buttons beside the member, which a scrape
    # glues on: "Lord Moylan (Con)ExcerptsShare" / "My Lords, …" — the buttons are no name.
    rf"(?P<btn>{_MEMBER_BUTTONS})?[ \t]*\n"
    # The Oireachtas record (and KildareStreet) prints each contribution's permalink row under
    # the member's name, then the words: "Deputy Aoife Brennan" / "Link to this: Individually |
    # In context | Oireachtas TV" / "" / "Last week the …" — the row is the label's, no words.
    # The Commons page may set its "Share" button on a row of its own under the member instead
    # of gluing it on: "Mr Richard Holden (Basildon and Billericay) (Con)" / "Share" / "Does …",
    # or both buttons, which a scrape glues together: "Rebecca Smith" / "ExcerptsShare".
    # (the scrape may double the row: "Share this specific contribution" twice)
    rf"(?P<link>[ \t]*(?:Link[ \t]+to[ \t]+this:[^\n]*|{_MEMBER_BUTTON_ROW}[ \t]*"
    rf"(?:\n[ \t]*{_MEMBER_BUTTON_ROW}[ \t]*)?)\n(?:[ \t]*\n)?)?"
    # (an oral question may end in its order-paper number: "… in north Wales? OQ61042")
    # (under the glued buttons, a motion's first line may end on its comma: "I beg to move,";
    # so under the "Share" row of its own)
    # (so too under a first mention's party brackets, glued straight on: "Anna Whitcombe
    # (Stourbridge) (Lab)" / "I beg to move,")
    r"(?=(?<=\)\n)[ \t]*\S[^\n]*,[ \t]*\n"
    r"|[ \t]*\S[^\n]*(?:[.!?…\"”)]|(?(btn),|(?(link),|(?!))))"
    r"(?:[ \t]+\(?[A-Z]{1,4}\d{3,7}\)?)?[ \t]*(?:\n|$))",
    re.MULTILINE,
)
# A Commons member line of a post and its holder in brackets, a post of up to fourteen words:
# "The Parliamentary Under-Secretary of State for Transport (Simon Lightwood)". Only read on
# such a member line (see _member_post_holder). A remit that lists departments keeps its
# commas: "… Secretary of State for Environment, Food and Rural Affairs (Emma Hardy)".
_MEMBER_POST = re.compile(
    r"(?P<post>(?:The|Madam|Mr)(?:[ \t]+(?:of|for|and|the|to|at|in|on|without"
    r"|[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:,(?=[ \t]+[A-Z]))?)){1,14})"
    r"[ \t]+\((?:(?:Sir|Dame)[ \t]+)?"
    r"(?P<name>[A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+(?:[A-Z][a-z'’\-]+)?){1,2})\)"
)


# A Commons scrape may lose the break before a member line and glue it straight onto the last
# sentence: "… pay in their takings.Madam Deputy Speaker (Ms Nusrat Ghani)" / "Share" / "I call
# the Minister." Only a post with its holder in brackets (see _member_post_holder), right after a
# small letter's stop with no space, its own "Share" row under it.
_GLUED_MEMBER = re.compile(
    r"(?<=[a-z][.!?])(?P<name>(?:The|Madam|Mr)[ \t][^\n().:!?]{3,120}\([^\n()]{3,60}\))"
    rf"[ \t]*\n[ \t]*{_MEMBER_BUTTON_ROW}[ \t]*\n"
)


_MEMBER_PARTY_TAIL = re.compile(r"(?<=\))[ \t]*\([A-Z][A-Za-z]{0,5}(?:/[A-Z][A-Za-z\-]{1,6})?\)$")


def _member_post_holder(line: str) -> LabelInfo | None:
    """The holder of a post a Hansard member line names in brackets (see _MEMBER_POST), where
    the label reader cannot read the post (a remit after "for"): the person, the post as the
    title."""
    # (a peer's line ends in the party's brackets too: "The Minister of State, Ministry of
    # Defence (Lord Coaker) (Lab)")
    m = _MEMBER_POST.fullmatch(_MEMBER_PARTY_TAIL.sub("", line.strip()))
    if m is None or not any(is_title_token(w) for w in m.group("post").split()[1:]):
        return None
    name = parse_name(m.group("name").split())
    if name is not None and not name.given and fold(name.title or "") in PEER_RANKS:
        # A peer holds the post by rank and title alone ("Lord Coaker"): the rank stays in the
        # name, as a territorial title's does ("Baroness Smith of Basildon").
        name = Name(given=(name.title or "",), surname=name.surname, title=None, caps=False)
    elif name is None or not name.has_full_given:
        return None
    held = Name(given=name.given, surname=name.surname, title=m.group("post"), caps=False)
    return LabelInfo(LabelKind.PERSON, line.strip(), name=held, strong=True)


# What may stand between two contributions instead of a blank line: the page's "Share" link
# under each one, the sitting's clock ("12:03:00") and the order paper's number on its own line
# ("Q2. [902512]"), as a scrape of hansard.parliament.uk keeps them: "… later today." / "Share"
# / "12:07:00" / "Q2. [902512]" / "Mr Tom Keeling (Wrexham) (Lab)"; the Lords' "Asked by" over
# the peer who tables the question ("Asked by" / "Baroness Pidgeon" / "To ask His Majesty’s …").
_SENTENCE_OR_CLOCK_ABOVE = re.compile(
    r"(?:[.?!…\"”)]|\b\d{1,2}[.:]\d{2}[ \t]*[ap]\.?m\.?)[ \t]*\n[ \t]*$"
)
# A member's first mention: the constituency's brackets, then the party's ("(Lab)", "(LD)",
# "(Lab/Co-op)").
_MEMBER_PARTY = re.compile(
    r"\([^()\n]{2,60}\)[ \t]*\([A-Z][A-Za-z]{0,5}(?:/[A-Z][A-Za-z\-]{1,6})?\)$"
)
_CHAIR_WORD = re.compile(r"(?:The|Madam|Mr)[ \t]+(?:Chair|Chairman|Chairwoman|Deputy[ \t]+Chair)")
_MEMBER_AFTER = re.compile(
    # (the Commons page's clock: "2.45 pm")
    # (its buttons may be spelt out: "Share this specific contribution", "Copy link to this
    # contribution")
    r"\n[ \t]*(?:Share(?:[ \t]+this(?:[ \t]+specific)?[ \t]+contribution)?"
    r"|Copy[ \t]+link[ \t]+to[ \t]+this[ \t]+contribution"
    r"|\d{1,2}:\d{2}(?::\d{2})?|Asked[ \t]+by"
    r"|\d{1,2}\.\d{2}[ \t]*[ap]m"
    r"|(?:Q\d{1,3}\.[ \t]+)?\[\d{1,8}\])[ \t]*\n[ \t]*$"
)
# The Japanese Prime Minister's Office (kantei.go.jp) prints each speaker in parentheses alone
# on a line, the words on the next line: "(Prime Minister Morioka)" / "I am aware of …",
# "(Reporter)" / "I'm with NHK. …", "(Cabinet Public Relations Secretary)" / "Next, …". Only
# in a dialogue of such lines (the consistency pass): a lone "(Applause)" is a direction.
# Some of its pages square the brackets ("[Chief Cabinet Secretary]" / "As of this time, …"),
# and a scrape may glue such a label to the end of the previous turn ("… scientific
# evidence.[Reporter]" / "Regarding the rice price, …"); others keep the words on the label's
# line, with no colon: "(Reporter) The approval rating for your Cabinet remains low. …".
_LINE_PAREN = re.compile(
    rf"^[ \t]*(?:\((?P<name>[{UPPER}][^()\[\]\n:]{{1,80}}?)\)"
    rf"(?:[ \t]*\n(?=[ \t]*[^\s(\[])|[ \t]+(?=[\"“‘]?[{UPPER}]))"
    # A think tank's page bolds the bracketed initials and sets the question in italics:
    # "**[JM]** *Two months after the blackout, …?*" / "**[IdO]** We know most of it."
    rf"|\*\*\[(?P<bsq>[{UPPER}][^()\[\]\n:*]{{1,80}}?)\]\*\*"
    rf"(?:[ \t]*\n(?=[ \t]*[^\s(\[])|[ \t]+(?=[*_]?[\"“‘]?[{UPPER}]))"
    rf"|\[(?P<sq>[{UPPER}][^()\[\]\n:]{{1,80}}?)\]"
    # A YouTube channel's cleaned-up auto-captions run on in lower case after the tag:
    # "[Interviewer] so Tomasz how many hives" / "[Guest] right here about four hundred.".
    # Kenya's MFA puts a colon after the brackets: "[Moderator]: Good afternoon, …".
    rf"(?:[ \t]*\n(?=[ \t]*[^\s(\[])|(?:[ \t]*:)?[ \t]+(?=[\"“‘]?[{LETTER}])))"
    # glued: square brackets, straight after a sentence's end, alone to the line's end, or with
    # a colon and the words on its line ("… after the scandal?[Dr. Kamau]: We have set up …")
    # (or, in a channel's lower-case captions, the words straight after it: "… какая часть из
    # них франшиза?[Гость] двадцать девять …" — an inline hit, kept only when the tag recurs
    # at line starts)
    rf"|(?<=[.?!…\"”])[ \t]*\[(?P<glued>[{UPPER}][^()\[\]\n:]{{1,80}}?)\]"
    rf"(?:[ \t]*\n(?=[ \t]*[^\s(\[])|[ \t]*:[ \t]+(?=[\"“‘]?[{UPPER}])"
    rf"|[ \t]+(?=[{LOWER}]))",
    re.MULTILINE,
)
# A bracketed heading or direction is no voice: "[Opening Statement]", "[Provisional
# Translation]", "(Applause) Thank you." (the classifier would read a capitalised pair as a name).
_PAREN_NOT_VOICE = re.compile(
    r"(?:.*\s)?(?:statement|remarks|translation|excerpt|applause|laughter|crosstalk|inaudible"
    r"|video|photo|unofficial|provisional)",
    re.IGNORECASE,
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
# A Reddit thread scraped as text (old.reddit.com): each comment under a header line of its
# own, "[–] quietmagma 2,317 points 8 hours ago", the submitter marked "[S]" ("[–]
# DrHelenaVargas [S] 1,902 points 8 hours ago"), a removed account "[deleted]". The user
# speaks; the post itself is the submitter's ("submitted 9 hours ago by DrHelenaVargas [S]").
_REDDIT_HANDLE = r"\[deleted\]|[A-Za-z0-9][A-Za-z0-9_\-]{2,23}"
_REDDIT_COMMENT = re.compile(
    rf"^[ \t]*\[[–—\-+]\][ \t]+(?P<name>{_REDDIT_HANDLE})(?P<op>[ \t]+\[S\])?"
    r"(?:[ \t]+\[[^\]\n]{1,20}\])*[ \t]+-?[\d,.]+k?[ \t]+points?\b[^\n]{0,60}?\bago\b[^\n]*$",
    re.MULTILINE,
)
_REDDIT_POST = re.compile(
    rf"^[ \t]*submitted[ \t][^\n]{{0,80}}?\bby[ \t]+(?P<name>{_REDDIT_HANDLE})[ \t]+\[S\][^\n]*$",
    re.MULTILINE,
)
# The submitter's own name in the post: "I'm Dr. Helena Vargas, a volcanologist …".
_REDDIT_IAM = re.compile(
    rf"\bI[’']?m[ \t]+(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?[ \t]+)?"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})"
)
# A UK record of written questions (the General Synod's, Hansard's) introduces each question
# and its answer on a line of their own, the words below: "1. Mr Adrian Pell (Chichester)
# asked the Chair of the Mission and Public Affairs Council:" / "The Bishop of Hexham (Rt Revd
# Dr Sarah Linton) replied as Chair of the …:". The member before "asked"/"replied" speaks.
_LINE_ASKED = re.compile(
    rf"^[ \t]*(?:\d{{1,3}}\.[ \t]+)?(?P<name>[{UPPER}][^\n:()]{{1,60}}?"
    r"(?:[ \t]*\([^()\n]{1,60}\))?)"
    r"[ \t]+(?P<verb>asked|replied)\b[^\n:]{0,120}:[ \t]*(?=\n[ \t]*\n?[ \t]*\S)",
    re.MULTILINE,
)
# A devolved assembly's record prints each listed oral question as a paragraph of its own, no
# label, the member's words reported and the question's reference closing it: "1. Mr Durkan
# asked the Minister for Infrastructure for an update on … (AQO 2214/22-27)". The member named
# asks; the paragraph, its number included, is the question's turn.
_LISTED_ASKED = re.compile(
    rf"^[ \t]*\d{{1,3}}\.[ \t]+(?P<name>(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness)[ \t]+"
    rf"(?:[{UPPER}][{LOWER}'’\-]+[ \t]+)?(?:(?:Mac|Mc|Ní|Ó|de|van)[ \t]+)?"
    rf"(?:Mac|Mc|O['’])?[{UPPER}][{LOWER}'’\-]+)"
    r"[ \t]+asked[ \t]+the[ \t][^\n]{10,800}?"
    r"\([ \t]*[A-Z]{2,4}[ \t]*\d{1,5}/\d{2}(?:-\d{2})?[ \t]*\)[ \t]*$",
    re.MULTILINE,
)
# The White House's "Q" and its wide gap, glued after an answer's last sentence when a line
# break was lost: "… you get a readout. Q    And the drone incident …?". Only the wide gap
# (two spaces or a tab) after the "Q" sets it off from a sentence's "Q" ("Q. Is that …"). The
# line break may leave no space at all: "… protecting these communities.Q    On Ukraine, …".
_GLUED_Q = re.compile(r"(?<=[.?!…”\"])[ \t]*(?P<name>Q)(?=(?:[ \t]{2,}|\t)[A-Z\"“])")
_GLUED_QA_DOT = re.compile(r"(?<=[a-z0-9][.?!])(?P<name>[QA])\.(?=[ \t]+[A-Z\"“])")
_SLASHED_OUTLET = re.compile(
    r"([^/\n]{3,60}?)[ \t]*/[ \t]*([A-Z][\w&.\-]{1,20}(?: [\w&.\-]+){0,2})"
)
_LINE_Q = re.compile(
    # (a non-breaking space may follow the label: "Q.\xa0You signed some of those lists …")
    r"^[ \t]*(?P<name>Q\.?|A\.|Question\.|Answer\.|QUESTION\.|ANSWER\.)(?=[ \t\xa0]+[^\s:])",
    re.MULTILINE,
)
# The Congressional Record / GPO hearings: "The CHAIRMAN.", "Senator SHAHEEN.", "Mr. RUBIO." —
# honorifics, then a surname in capitals (up to three words: "Ms. DE LA ROSA."), then a period.
# The House writes the surname in mixed case ("Chairman Mast.", "Mr. Meeks."): then only after a
# personal honorific or office, never "The"; such a label still has to recur or stand in a rich
# transcript (the consistency pass).
_PERIOD_HONORIFIC = (
    r"Senator|Representative|Chairman|Chairwoman|Madam|Mr\.|Mrs\.|Ms\.|Dr\."
    r"|Secretary|Ambassador|Governor"
    # A witness under the title of office: "Chief Lindqvist." (the Forest Service's Chief),
    # "Director Wray.", "Administrator Regan.", "Commissioner Hahn.", "Judge Ho.", "Mayor Adams.".
    r"|Chief|Director|Administrator|Commissioner|Judge|Mayor|Sheriff"
    # An officer testifying under military rank: "Colonel Hutchins.", "Lieutenant General
    # Graham.", "Rear Admiral Ortiz." (the grade's qualifier before the rank).
    r"|(?:(?:Lieutenant|Brigadier|Major)[ \t]+)?(?:General|Colonel)|(?:(?:Rear|Vice)[ \t]+)?Admiral"
)
# The House's presiding officer: "The SPEAKER pro tempore (Mr. Whitfield)." on first use (the
# member in the chair named in brackets), then "The SPEAKER pro tempore.", "The ACTING CHAIR.".
_PRO_TEMPORE = r"(?:[ \t]+pro[ \t]+tempore)?(?:[ \t]+\((?:Mr|Mrs|Ms|Dr)\.[ \t]+[A-Z][\w'’\-]+\))?"
_LINE_PERIOD = re.compile(
    rf"^[ \t]*(?P<name>(?:(?:The|{_PERIOD_HONORIFIC})[ \t]+){{1,3}}"
    r"(?:Mc|Mac)?[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+){0,2}(?:[ \t]+of[ \t]+[A-Z][a-z]+)?"
    + _PRO_TEMPORE
    + rf"|(?:{_PERIOD_HONORIFIC})[ \t]+(?:Mc|Mac|O['’]|De|Van)?[A-Z][a-z'’\-]+"
    # A double-barrelled surname keeps both capitals: "Ms. Okonjo-Blake. Thank you, …".
    r"(?:-[A-Z][a-z'’]+)?"
    # A two-word (Hispanic) surname: "Ms. Ruiz Beltran. Thank you, Mr. Chairman."
    r"(?:[ \t]+[A-Z][a-z'’\-]+)?"
    # Senate hearings write the presiding office in mixed case: "The Chairman. Good morning."
    r"|The[ \t]+(?:(?:Acting|Vice)[ \t]+)?(?:Chairman|Chairwoman|Chairperson|Chair"
    # (and the clerk who reads a bill or an amendment: "The Clerk. Amendment in the nature of
    # a substitute to H.R. 2417 …")
    r"|Presiding[ \t]+Officer|Clerk)"
    # A press conference's transcript printed in the same style wholly in capitals: the
    # office and surname or the full name, closed by a period ("CHAIR POWELL. Good
    # afternoon." / "MICHELLE SMITH. Howard."); two or three words, each of two letters or more,
    # opening a paragraph, the words after them in mixed case (a hearing's "STATEMENT OF HON.
    # RAFAEL DELGADO, A REPRESENTATIVE …" is a heading).
    r"|(?<![^\n]\n)[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+){1,2}"
    r"(?=\.[ \t]+[\"“]?[A-Z]?[a-z'’ \t]*[a-z]))"
    # The words may open with a figure: "Mr. Hutchins. 2027. And is that schedule funded?"
    r"\.[ \t]+(?=[A-Z0-9\"“])",
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
# The Duma's site puts a no-break space between the initials: "Сухов В.\u00a0Н. Спасибо …".
_STENO_INITIALS = rf"[{_CYR_UP}]\.[ \t\u00a0]?[{_CYR_UP}]\."
_LINE_STENOGRAM = re.compile(
    r"^[ \t]*(?:(?P<office>Председательствующ(?:ий|ая)|ПРЕДСЕДАТЕЛЬСТВУЮЩ(?:ИЙ|АЯ)"
    # (the Duma's shout from the hall, its own label: "Голос из зала. А родители за чем …?")
    rf"|Голос[ \t]+из[ \t]+зала|Голос[ \t]+із[ \t]+залу"
    rf"|Головуюч(?:ий|а)|ГОЛОВУЮЧ(?:ИЙ|А))(?:\.|(?=[ \t]*\n))"
    rf"|(?P<name>(?:{_STENO_SURNAME})[ \t]+{_STENO_INITIALS}"
    rf"|{_STENO_INITIALS}[ \t]?(?:{_STENO_SURNAME}))"
    # The role may carry the constituency in brackets, abbreviations and all: "САВЧУК І.В., член
    # Комітету … (виборчий округ № 216, м. Київ, …). Шановна …" — its stops are not the label's
    # (one bracket may nest: "(представитель от законодательного (представительного) органа …)").
    rf"(?:,[ \t]+(?P<role>(?:\((?:[^()\n]|\([^()\n]{{0,100}}\)){{0,300}}\)|[^\n.!?]){{1,300}}?))?"
    # The Rada prints a deputy's seat in brackets with no post before it: "ГОНЧАРЕНКО О.О.
    # (загальнодержавний багатомандатний виборчий округ, політична партія …). Дякую. …" — the
    # bracket and its stop are the label's too.
    rf"(?(role)|(?:[ \t]+(?P<seat>\((?=[^()\n]{{0,200}}(?:округ|парті|партии|фракці|фракци))"
    rf"(?:[^()\n]|\([^()\n]{{0,100}}\)){{1,300}}\)))?)"
    rf"(?(role)\.|(?(seat)\.|\.?(?<=\.))))(?:[ \t]+|(?(role)[ \t]*\n(?:[ \t]*\n)?[ \t]*|(?!)))"
    # (or an ellipsis, the speaker taking up words the chair cut off: "ГОНЧАРЕНКО О.О. ...ви
    # будете за це відповідати")
    rf"(?=[{_CYR_UP}«\"„(]|(?:\.\.\.|…)[ \t]?[{_CYR_LOW}{_CYR_UP}])"
    # A PDF-to-text stenogram (Kyiv City Council) prints the label alone on its line, without
    # the period: "ГОЛОВУЮЧИЙ" / "Доброго ранку, …", "ГОНЧАР П.І." / "Шановний …".
    rf"|^[ \t]*(?:(?P<office2>ПРЕДСЕДАТЕЛЬСТВУЮЩ(?:ИЙ|АЯ)|ГОЛОВУЮЧ(?:ИЙ|А))"
    rf"|(?P<name2>[{_CYR_UP}]{{2,}}(?:-[{_CYR_UP}]{{2,}})?[ \t]+{_STENO_INITIALS}"
    # The Federation Council's site sets the initials first, the surname in capitals: "А.В.
    # ШЕВЧЕНКО" / "Уважаемая Валентина Ивановна, …".
    # (a surname's particles in its capitals too: "У.А. ФОН ДЕР ЛЯЙЕН")
    rf"|{_STENO_INITIALS}[ \t]?(?:(?:ФОН|ВАН|ДЕР|ДЕ|ДІ)[ \t]+){{0,2}}"
    rf"[{_CYR_UP}]{{2,}}(?:-[{_CYR_UP}]{{2,}})?))"
    rf"[ \t]*\n(?=[ \t]*[{_CYR_UP}«\"„(])"
    # A lost line break glues the next label to the last sentence: "…этим людям?ГУСЕВА М.О.
    # Елена Николаевна, …" (capitals and initials only, and only after a sentence end).
    rf"|(?<=[.!?…])(?P<name3>[{_CYR_UP}]{{2,}}(?:-[{_CYR_UP}]{{2,}})?[ \t]+{_STENO_INITIALS})"
    rf"[ \t]+(?=[{_CYR_UP}«\"„(])"
    # Or with the space kept, in the title-case form: "…Не слишком ли это мало для крупных
    # компаний? Гурьев Д. А. Размер штрафов …" (the consistency pass keeps it only where the
    # same label also starts a line).
    rf"|(?<=[.!?…][ \t])(?P<name4>[{_CYR_UP}][{_CYR_LOW}]+(?:-[{_CYR_UP}][{_CYR_LOW}]+)?"
    rf"[ \t]+{_STENO_INITIALS})[ \t]+(?=[{_CYR_UP}«\"„(])"
    # The chair's office glued the same way: "… бояться нечего.Председательствующий. Спасибо."
    rf"|(?<=[.!?…])(?P<office3>Председательствующ(?:ий|ая)|Головуюч(?:ий|а))\.[ \t]+"
    rf"(?=[{_CYR_UP}«\"„(])",
    re.MULTILINE,
)
# A scrape may lose the space after the colon as well ("…МоскваВопрос:Владимир Владимирович");
# a capital must follow then, so "10:30" and "https://" never qualify.
# (a CMS's no-break space after the colon, as on a line-start label: whitehouse.gov's "… leave it
# there.MS. JEAN-PIERRE:\xa0 Go ahead, Ed.")
_AFTER_COLON = rf"(?=[ \t\n\xa0]|$|[{UPPER}«\"“])"
_GLUED_ROLE = re.compile(
    r"(?<=[^\s])(?P<name>Question|Answer|Вопрос|Ответ|QUESTION|ANSWER|ВОПРОС|ОТВЕТ)[ \t]*:"
    + _AFTER_COLON
    # A numbered question run on after the answer's last sentence by a lost line break: "… over
    # a period of five years. Question 3: When will …" (kept only inside its page's numbering).
    + r"|(?<=[.?!…][ \t])(?P<numbered>(?:Question|QUESTION)[ \t]+\d{1,3})[ \t]*:"
    + _AFTER_COLON
)
_NAME_TOKEN = rf"(?:(?:[{UPPER}]\.){{1,3}}[ \t]?)?[{UPPER}][\w'’\-]*\.?"
# A label after a sentence end on the same line ("…trust. Dmitry Peskov:") or glued to a word.
# A surname's lower-case particle inside a glued label: "… to lecture others?Van den Broek:".
_MID_PARTICLE = (
    r"(?:van|von|de|der|den|da|di|del|della|du|la|le|dos|af|bin|ter|ten|zu"
    r"|фон|ван|дер|де|ді|ла|оглы|кызы|огли|кизи)(?=[ \t])"
    # (an Arabic article joined to the surname by its hyphen: "… this winter?Ayman al-Safadi:")
    rf"|(?:al|el|аль|эль|ель)-[{UPPER}][\w'’\-]*"
)
_MIDLINE = re.compile(
    rf"(?:(?<=[.?!…\"”»)\]\d])[ \t]*|(?<=[{LOWER}]))"
    # (or the initials of a hyphenated surname: "… most ports can say. K.O.-A.: Last …")
    # (or initials glued to a particle's surname: "… this winter?У.фон дер Ляйен: Да, …")
    rf"(?P<name>(?:{_NAME_TOKEN}|(?:[{UPPER}]\.){{1,2}}-[{UPPER}]\.|(?:[{UPPER}]\.){{1,3}}(?:{_MID_PARTICLE})"
    # (or a surname label that opens with its particle, glued straight to a sentence's end:
    # "… this winter?von der Leyen: Yes, …", as the page's line-start one is written)
    rf"|(?<=[.?!…])(?:{_MID_PARTICLE})(?=[ \t]+[{LOWER}]*[ \t]*[{UPPER}]|[{UPPER}]|[ \t]*:))"
    rf"(?:[ \t]+(?:{_MID_PARTICLE}|{_NAME_TOKEN})){{0,4}}"
    rf"(?:[ \t]*\([^()\n]{{1,40}}\))?"
    # "…with you.Manish Kapoor, Times Now:": a reporter and the outlet, glued on.
    # (the outlet's name may hold a web address's full stop: "…this week.Nia Griffith-Jones,
    # Nation.Cymru:")
    rf"(?:,[ \t]+(?:[Tt]he[ \t]+)?{_NAME_TOKEN}(?:(?<=[{LETTER}])\.[{UPPER}{LOWER}][\w\-]*)?"
    rf"(?:[ \t]+{_NAME_TOKEN}){{0,3}})?"
    # The PCO's "… sa merkado.RAFAEL TAN/BLOOMBERG:": a reporter, a slash and the outlet.
    rf"(?:/{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,2}})?"
    # The outlet's own quoted label glued on: "…сидят в пальто.«СП»: Правительство …" (the
    # consistency rules keep it only beside line-start "«СП»:" labels).
    # "…пожалуйста.ИА «СеверИнформ»: Будут ли …": with the agency's abbreviation before it.
    rf"|(?<=[.?!…])(?:[{UPPER}]{{2,4}}[ \t]+)?«[{UPPER}][^«»\n]{{0,30}}»)"
    r"[ \t]*:" + _AFTER_COLON
)
# A bold label glued to the last sentence of the turn before it by a lost line break: "… за один
# рік.**Г.М.:** Скільки …", "… на рівні громад.**Гнатюк:** А наскільки …". The bold marks on
# both sides are the evidence a label starts here (a line-start one is ``_LINE_LABEL``'s).
_GLUED_BOLD = re.compile(
    rf"(?<=[.?!…\"”»)\]])(?:\*\*|__)(?P<name>{_NAME_TOKEN}"
    rf"(?:[ \t]+(?:{_MID_PARTICLE}|{_NAME_TOKEN})){{0,3}}"
    # An outlet's number: "…со стыками.**Город 812:** И что …" (see ``_quoted_outlet``).
    r"(?:[ \t]+\d{1,4})?)"
    r"(?:(?:\*\*|__)[ \t]*:|:(?:\*\*|__))(?=[ \t]|$)"
)
# A word glued to a capitalised name: "AstanaVladimir" (not "McCarthy", "DeSantis", "MacArthur").
_CAMEL = re.compile(rf"([{UPPER}][{LOWER}]{{3,}})[{UPPER}][{LOWER}]")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "senator", "sen"})


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
    member: bool = False  # Hansard's "Mrs Thornby" alone on a line: only in such a dialogue
    parened: bool = False  # "(Reporter)" alone on a line: only in a dialogue of such labels
    mixed: bool = False  # "Aram Vardanyan - …": dashed, and never an interrupted turn resumed


# A Russian ministry's first label writes the post, the rank and then the name: "Официальный
# представитель Минобороны России генерал-лейтенант Игорь Конашенков:", "Начальник штаба
# учения генерал-лейтенант Виктор Гордеев:" (later "И. Конашенков:"). The description runs in
# lowercase words after an office word; the name is the last two capitalised words.
_DESCRIBED_NAME = re.compile(
    rf"^(?P<role>[{UPPER}][{LOWER}\-]+(?:[ \t]+[^\s:]+){{1,10}}?)"
    rf"[ \t]+(?P<name>[{UPPER}][{LOWER}'’]+[ \t]+[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?)$"
)
# Office words that open such a description besides the ones is_title_token knows.
_DESCRIPTION_HEADS = frozenset(
    {
        "начальник",
        "командующий",
        "командувач",
        "командир",
        "речник",
        "міністр",
        "голова",
        "вице-премьер",
    }
)


def _described_name(label: str) -> LabelInfo | None:
    """ "Официальный представитель … генерал-лейтенант Игорь Конашенков" read as "Игорь
    Конашенков, Официальный представитель … генерал-лейтенант" (the name speaks)."""
    m = _DESCRIBED_NAME.match(label.strip())
    if m is None:
        return None
    role = m.group("role").split()
    head = role[0]
    if not re.match(r"[А-ЯЁІЇЄҐ]", head):
        return None  # an English headline "Transport secretary Alan Hargreaves: ‘…’"
    if not (is_title_token(head) or fold(head) in _DESCRIPTION_HEADS):
        return None
    if not any(w[:1].islower() for w in role):
        return None  # "Foreign Minister Sergey Lavrov" is the name parser's to read
    info = classify_label(f"{m.group('name')}, {m.group('role')}")
    if info is None or info.kind is not LabelKind.PERSON or info.name is None:
        return None
    return info if info.name.has_full_given else None


# A video's title under a page headline: a quotation and the clip's running time, alone.
_VIDEO_TITLE = re.compile(
    r"[ \t]*[\"“][^\"“”\n]{3,120}[\"”][ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*$", re.M
)


def _bracketed_holder_above(label: str, above: str) -> LabelInfo | None:
    """The holder an earlier label of the same office named in brackets. A legislature's record
    names the office's holder on first use only ("The Cabinet Secretary for Transport (Fiona
    Hyslop): …"), later the bare office ("The Cabinet Secretary for Transport: Yes. …"), whose
    words no name rule reads; the bare office is that holder's."""
    post = " ".join(label.split())
    if not post.startswith("The ") or len(post) > 80:
        return None
    for m in re.finditer(
        rf"^[ \t]*{re.escape(post)}[ \t]*\(([^()\n]{{3,60}})\)[ \t]*:", above, re.MULTILINE
    ):
        info = classify_label(f"{post} ({m.group(1)})")
        if _full_person(info):
            return info
    return None


def _quoted_outlet(label: str, text: str) -> bool:
    """Is ``label`` a short capitalised name the page prints in guillemets ("«Город 812»
    обсудил с …")? Russian and Ukrainian pages quote a publication's name so, never a person's."""
    name = " ".join(label.split())
    return (
        0 < len(name.split()) <= 3
        and len(name) <= 30
        and name[:1].isupper()
        and re.search(r"[А-ЯЁІЇЄҐа-яёіїєґ]", name) is not None
        and (f"«{name}»" in text or _inflected_quote(name, text))
    )


def _shared_prefix(a: str, b: str) -> int:
    """How many opening letters two words share."""
    return next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


def _full_person(info: LabelInfo | None) -> TypeGuard[LabelInfo]:
    """A label read as a person written with a full given name ("Jane Doe", not "Doe" or
    "J. Doe")."""
    return (
        info is not None
        and info.kind is LabelKind.PERSON
        and info.name is not None
        and info.name.has_full_given
    )


def _inflected_quote(name: str, text: str) -> bool:
    """Does the page quote the several-word ``name`` in another case ("в інтерв'ю «Слову і
    Ділу»" for the label "Слово і Діло:"), each word on the label's stem, and does the label ask
    at two line starts at least? A lead names its paper in the dative or genitive; the label
    keeps the nominative."""
    words = name.split()
    if len(words) < 2 or len(re.findall(rf"(?m)^[ \t]*{re.escape(name)}[ \t]*:", text)) < 2:
        return False
    for m in re.finditer(r"«([^»\n]{3,40})»", text):
        quoted = m.group(1).split()
        if len(quoted) == len(words) and all(
            a == b
            or (
                len(a) >= 4
                and len(b) >= 4
                # (the case ending only differs: "Слово"/"Слову", "Вечерний"/"Вечернему")
                and _shared_prefix(a, b) >= max(3, min(len(a), len(b)) - 2)
                and abs(len(a) - len(b)) <= 2
            )
            for a, b in zip(words, quoted, strict=True)
        ):
            return True
    return False


# A name as an outlet writes itself: a capitalised word (a domain's or an acronym's capitals and
# dots in it, "URA.RU", "АиФ"), then up to three more, capitalised or not ("Слово і Діло",
# "Дзеркало тижня", "New Statesman").
_OUTLET_NAME_SHAPE = re.compile(rf"[{UPPER}][\w'’&.\-]*(?:[ \t]+[{LETTER}][\w'’&.\-]*){{0,3}}")


def _asking_outlet_layout(label: str, text: str, *, dashed: bool = False) -> bool:
    """Is ``label`` a name no reader takes ("New Statesman", "Слово і Діло", "URA.RU", "АиФ")
    that the page's layout makes an interviewer's label? It opens two paragraphs or more, every
    one of them asks (a "?" on its line), and each is answered right below under a person's
    label: the outlet's questions alternating with the interviewee's answers. ``dashed``: the
    label is set off by a dash, not a colon ("Vox — …?", "«Фокус» – …?")."""
    name = " ".join(label.split())
    # A city site named by its telephone code asks under those digits ("061: Сергію Івановичу,
    # …?" where the lead says "… розповів 061, чи …"); only where the prose names it so.
    numeric = re.fullmatch(r"0\d{2,3}", name) is not None and not dashed
    if not (_OUTLET_NAME_SHAPE.fullmatch(name) or numeric) or len(name) > 40:
        return False
    spelled = r"[ \t]+".join(re.escape(w) for w in name.split())
    if dashed:
        spelled = rf"«?{spelled}»?"
    sep = r"(?:\*\*|__)?[ \t]+[—–](?:\*\*|__)?" if dashed else r"(?:\*\*|__)?[ \t]*:(?:\*\*|__)?"
    hits = list(
        re.finditer(
            rf"(?m)^[ \t]*(?:\*\*|__)?{spelled}{sep}[ \t\xa0]+"
            r"(?P<body>[^\n]*)\n(?:[ \t]*\n)*(?P<next>[^\n]*)",
            text,
        )
    )
    if len(hits) < 2:
        return False
    # The lead names the outlet as the one the guest told, mid-sentence after a lower-case word
    # ("Вице-премьер … в интервью Business FM рассказал …"): then a label that states before it
    # asks, or thanks ("Business FM: Спасибо."), is the outlet's too, where most of them ask.
    told = (
        len(hits) >= 3
        and sum("?" in h.group("body") for h in hits) * 3 >= len(hits) * 2
        and re.search(rf"[{LOWER}][ \t]+{spelled}(?![ \t]*:)(?![{LETTER}\d])", text) is not None
    )
    if numeric and not told:
        return False
    for h in hits:
        if "?" not in h.group("body") and not told:
            return False
        answer = re.match(
            r"[ \t]*(?:\*\*|__)?(?P<who>[^\n:*_]{1,60}?)(?:\*\*|__)?[ \t]*:", h["next"]
        )
        if told and (glued := re.search(rf"[.?!…](?P<who>[{UPPER}][^\n:.?!]{{1,60}}):", h["body"])):
            # (the answer's label glued on by a lost line break: "… має присмак.Литвиненко: …")
            answer = glued
        if answer is None or " ".join(answer["who"].split()) == name:
            return False
        info = classify_label(answer["who"])
        if info is None or info.kind is not LabelKind.PERSON or info.name is None:
            return False
    return True


def masthead_opener(label: str, text: str) -> bool:
    """Is ``label`` the site's name that opens a masthead line of the page's top, the rest of the
    line set off by a dash or a bar ("SWI swissinfo.ch - a branch of …" atop, then "SWI
    swissinfo.ch: Critics say …")? Only a name with a domain in it ("swissinfo.ch"), which no
    person's label carries; it asks two paragraphs or more, "?" or not (a challenge)."""
    name = " ".join(label.split())
    if re.search(r"\.(?:[a-z]{2,3})$", name) is None or not _OUTLET_NAME_SHAPE.fullmatch(name):
        return False
    spelled = r"[ \t]+".join(re.escape(w) for w in name.split())
    top = "\n".join(text[:1500].splitlines()[:8])
    if re.search(rf"(?m)^[ \t*_#]*{spelled}[ \t]+[-–—|][ \t]+\S", top) is None:
        return False
    return len(re.findall(rf"(?m)^[ \t]*(?:\*\*|__)?{spelled}(?:\*\*|__)?[ \t]*:", text)) >= 2


def _dotted_masthead(label: str, text: str) -> bool:
    """Is ``label`` two capitalised words joined by a bare full stop that the page's masthead
    sets alone on a line of its top? A regional site asks under its dotted brand ("Кавказ.Реалии"
    under "Радио Свобода" atop, then "Кавказ.Реалии: Азамат, что …?"); no person's name is
    written so, and the name rules read nothing in it."""
    name = label.strip()
    if re.fullmatch(rf"[{UPPER}][{UPPER}\d]{{1,9}}\.[{UPPER}]{{2,3}}", name):
        # A web paper's domain in capitals asks ("ZN.UA: Пане міністре, …?") where the
        # masthead's first line opens with that domain ("ZN.UA   Дзеркало тижня").
        return first_line(text[:400]).strip("*_# \t").split()[:1] == [name]
    if not re.fullmatch(rf"[{UPPER}][{LOWER}]+\.[{UPPER}][{LOWER}]+", name):
        return False
    top = text[:600].splitlines()[:6]
    return any(line.strip("*_# \t") == name for line in top)


def masthead_short_word(label: str, text: str) -> bool:
    """Is ``label`` one capitalised word that ends the page's masthead, its first line of two to
    four capitalised words, and that the page calls "the …" in its running text? A paper asks
    under its short name: "Record: Senator, …" under "Coastal Record" and "… spoke with the
    Record" (the word alone, "Record", is no person's name, so no name rule reads it)."""
    word = label.strip()
    if not re.fullmatch(rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?", word):
        return False
    first = first_line(text[:400])
    words = first.split()
    stem = _MASTHEAD_STEM.fullmatch(first)
    if stem is not None and stem.group(1) == word:
        # The masthead less its periodical's noun, where a breadcrumb may follow it: a trade
        # magazine's "Grainline: You left a trading desk …?" under "Grainline Quarterly ›
        # Supply Chain › Interviews" (the noun says the line is a title, no person's name).
        return True
    return (
        2 <= len(words) <= 4
        and words[-1] == word
        and all(w[:1].isupper() or w in ("of", "the", "and", "&") for w in words)
        and re.search(rf"[{LOWER}][ \t]+the[ \t]+{re.escape(word)}\b", text) is not None
    )


# A masthead's first line: one capitalised word, then the noun that makes it a periodical's
# title, then nothing or a breadcrumb trail ("Grainline Quarterly › Supply Chain › Interviews").
_MASTHEAD_STEM = re.compile(
    rf"[ \t*_#]*(?:The[ \t]+)?([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)[ \t]+"
    r"(?:Quarterly|Weekly|Monthly|Review|Magazine|Journal|Gazette|Herald|Chronicle|Dispatch"
    r"|Courier|Tribune|Times|Post|Daily)"
    r"[ \t*_]*(?:[›»>|/][^\n]*)?"
)


# Joiners a masthead's initials skip ("Bench & Bar", "Слово і Діло", "Вечерняя и Утренняя").
_TITLE_JOINERS = frozenset({"of", "the", "and", "&", "і", "й", "та", "и"})


def masthead_initials(label: str, text: str) -> bool:
    """Is ``label`` two to five capitals (an ampersand may join them) that spell the initials of
    the page's masthead's first capitalised words? A trade paper asks under its initials: "B&B:
    Chief Justice, …" under the masthead "Bench & Bar Weekly" (no name rule reads "B&B")."""
    word = label.strip()
    first = " ".join(first_line(text[:400]).strip("*_# ").split())
    if re.fullmatch(rf"(?:[{UPPER}]\.){{2,4}}", word):
        # A weekly asks under its title's dotted initials: "У.Т.: Скільки …?" under the masthead
        # "Український тиждень" (a Cyrillic title capitalises its first word only). A person's
        # initials come with a surname; bare ones that spell the masthead are the paper's.
        words = [w for w in first.split() if w.casefold() not in _TITLE_JOINERS]
        return (
            2 <= len(words) <= 4
            and first[:1].isupper()
            and all(re.fullmatch(rf"[{LETTER}][{LETTER}'’\-]+", w) for w in words)
            and "".join(w[0] for w in words).upper() == word.replace(".", "")
        )
    if not re.fullmatch(rf"[{UPPER}](?:&?[{UPPER}]){{1,4}}", word):
        return False
    letters = word.replace("&", "")
    words = [w for w in first.split() if w not in ("of", "the", "The", "and", "&")]
    if (
        2 <= len(words) <= 5
        and all(w[:1].isupper() for w in words)
        and "".join(w[0] for w in words).startswith(letters)
    ):
        return True
    if "&" not in word:
        return False
    # A trade magazine's print title on a line of its own under the web masthead ("Aviation
    # Week Network" atop, "Aviation Week & Space Technology" below the byline): the ampersand
    # initials "AW&ST:" spell that whole title, ampersand in place.
    for line in text[:800].splitlines()[1:12]:
        title = " ".join(line.strip("*_# ").split())
        if "&" not in title:
            continue
        parts = [w for w in title.split() if w not in ("of", "the", "The", "and")]
        if (
            3 <= len(parts) <= 6
            and all(w[:1].isupper() or w == "&" for w in parts)
            and "".join(w[0] for w in parts) == word
        ):
            return True
    return False


def masthead_label(label: str, text: str) -> bool:
    """Is ``label`` the page's whole masthead, its first line of one to three words, the first
    capitalised? A regional paper asks the first question under its own name ("Львівська пошта"
    atop the page, then "**Львівська пошта:** – Пані Галино, …?"); no person's label repeats the
    site's name line, and a name rule reads "пошта" as no one."""
    name = " ".join(label.split())
    first = first_line(text[:400])
    first = " ".join(first.strip("*_# ").split())
    return (
        # (a masthead set in capitals, the label in the words' own case: "NEW STATESMAN" atop
        # the page, "New Statesman: You said …?")
        (name == first or (first.isupper() and name.upper() == first))
        and 1 <= len(name.split()) <= 3
        and name[:1].isupper()
        and re.search(f"[{LOWER}]", name) is not None
    )


# A sentence's end inside a would-be label: a word of three lowercase letters, its stop, and the
# next sentence's capital ("молодой. Средний").
_PROSE_STOP = re.compile(rf"[{LOWER}]{{3}}[.!?…][ \t]+[{UPPER}]")


def _initials_of_full_label(raw: str, text: str) -> bool:
    """Whether ``raw`` is two or three capitals that spell the initials of a "Given Surname:"
    label at a line's start elsewhere in ``text`` (also in capitals: BBC's typed transcripts
    open with "RUTH ELLWOOD:" and go on with "RE:", which elsewhere is a letter's subject)."""
    initials = raw.strip()
    if not re.fullmatch(r"[A-Z]{2,3}", initials):
        return False
    word = rf"[{UPPER}](?:[{LOWER}'’\-]+|[{UPPER}'’\-]+)"
    for m in re.finditer(
        rf"^[ \t]*(?:\*\*)?((?:{word}[ \t]+){{1,2}}{word})(?:\*\*)?:",
        text,
        re.MULTILINE,
    ):
        if "".join(w[0] for w in m.group(1).split()) == initials:
            return True
    return False


def _initials_of_named_title(raw: str, text: str) -> bool:
    """Whether ``raw`` is a courtesy title in capitals ("MR", "MS", "DR", "MRS") that spells the
    initials of a "Given Surname" the page writes in its prose: a newsletter's "**MR:**" for
    Meera Rao beside "**JT:**" for its writer (no one speaks a bare title)."""
    letters = raw.strip()
    if not re.fullmatch(r"[A-Z]{2,3}", letters) or letters.casefold() not in _HONORIFICS:
        return False
    words = "".join(rf"{c}[{LOWER}'’\-]+[ \t]+" for c in letters)[: -len(r"[ \t]+")]
    return re.search(rf"(?<![{LETTER}]){words}(?![{LETTER}])", text) is not None


def _spells_prose_name(letters: str, text: str) -> bool:
    """Does ``text`` write a "Given Surname" whose initials are ``letters`` ("TO" for Tom
    O'Neill, the surname's first capital its initial)?"""
    words = [rf"{c}[{LOWER}]+" for c in letters[:-1]] + [rf"{letters[-1]}[{LETTER}'’\-]*"]
    pattern = r"[ \t]+".join(words)
    return re.search(rf"(?<![{LETTER}'’\-]){pattern}(?![{LETTER}'’\-])", text) is not None


def _initials_of_prose_pair(raw: str, text: str) -> bool:
    """Whether ``raw`` is a field word in capitals ("TO", "RE", "CC") that spells the initials
    of a full name the page's prose writes, beside another initials label at a line's start
    that spells another such name: a BBC-style "RS:" / "TO:" exchange under a lead naming
    Radosław Sikorski and Tom O'Neill is two people, no memo's address field."""
    letters = raw.strip()
    if not re.fullmatch(r"[A-Z]{2,3}", letters) or not _spells_prose_name(letters, text):
        return False
    return any(
        m.group(1) != letters and _spells_prose_name(m.group(1), text)
        for m in re.finditer(r"^[ \t]*([A-Z]{2,3}):[ \t]", text, re.MULTILINE)
    )


_STYLED_FIELD = re.compile(
    r"[ \t]*(?:The[ \t]+)?(?:Rt\.?[ \t]+Hon\.?|Hon\.?|Honorable|Honourable|Mr|Mrs|Ms|Dr|Sir|Dame"
    r"|Professor|Prof\.)[ \t]+(?:[A-Z][\w'’\-]+[ \t]+){1,3}?[A-Z][\w'’\-]+"
    r"(?:[ \t]+(?:MP|KC|QC|MSP|MS|CBE|OBE))?,[ \t]+(?:the[ \t]+)?[A-Z][\w\-]+"
    r"(?:[ \t]+(?:of|for|and|the|[A-Z][\w\-]+)){0,6}\.?[ \t]*"
)


def _candidates(text: str, limit: int) -> list[LabelHit]:
    hits: dict[int, LabelHit] = {}
    for m in _LINE_LABEL.finditer(text, 0, limit):
        if _VIDEO_TITLE.match(text, m.end()):
            continue  # CBS: 'Vance: "Michigan families are paying for this" 06:41', a clip's title
        line_at = text.rfind("\n", 0, m.start("name")) + 1
        line = text[line_at : text.find("\n", m.end()) % (len(text) + 1)]
        if re.match(r"[ \t]{8}", line) and (
            not re.search(f"[{LOWER}]", line) or not line[m.end() - line_at :].strip()
        ):
            # A GPO hearing's centred cover title, all capitals: "                   AIR
            # TRAFFIC CONTROL MODERNIZATION:" / "STATUS, COSTS, AND NEXT STEPS" (its speakers'
            # "    Mr. Hutchins." stand four spaces in); its contents' centred heading
            # "                                Witness:" with nothing after it.
            continue
        if not re.search(f"[{LOWER}]", line) and re.search(
            r"(?m)^[ \t]{8,}" + re.escape(m.group("name").strip()) + r"[ \t]*:",
            # (a cover's title: the search stays in the text's first pages)
            text[: min(max(0, line_at - 1), 20000)],
        ):
            # … and that title again above the proceedings, set less deep and on one line:
            # "  EHR MODERNIZATION: ARE WE READY FOR THE NEXT DEPLOYMENT WAVE?" under the
            # centred cover's "                      EHR MODERNIZATION: ARE WE READY".
            continue
        if re.search(r"[.,][ \t]+(?i:photo|picture|image|credit|фото)[ \t]*$", m.group("name")):
            # A photo caption's credit: "Kai OSEI-HART, Jonas WILLEMSEN and Mateo ARRIAGA during
            # the press conference. Photo: FIA" (no one speaks "FIA").
            continue
        if (
            re.match(r"[ \t]*(?:\*\*|__)", line)
            and m.group(0).rstrip().endswith(":")
            and re.match(
                rf"[ \t\xa0]*[{LOWER}][^\n]*(?:\*\*|__)[ \t]*(?:\n|$)",
                text[m.end() : m.end() + 400],
            )
        ):
            # A bold question whose opening words end in a colon, its bold closing at the
            # line's end and the words after the colon in lower case: "**Last question: what
            # would you tell …?**" (a bold label closes its bold at the colon).
            continue
        word = m.group("name").strip()
        if (
            re.fullmatch(rf"[{UPPER}][{LOWER}]{{3,}}", word)
            and m.group(0).rstrip().endswith(":")
            and re.match(rf"[ \t\xa0]*[{LOWER}]", text[m.end() : m.end() + 2])
            and len(re.findall(rf"(?<![{LETTER}]){re.escape(word)}(?![{LETTER}])", text)) == 1
            and re.match(r"[^\n]*\?[\"”»’)]*[ \t]*(?:\n|$)", text[m.end() :]) is not None
        ):
            # A question's opening word before a colon, the question going on in lower case:
            # "Наостанок: ваш мандат триває до 2027 року. …?" — one word the page writes
            # nowhere else, no one's label (a label's turn opens on a capital; a roster's
            # "Участник: министр …." closes no question).
            continue
        if re.match(r"(?:About|Об|Про)[ \t]", m.group("name")):
            # A box's heading under the text: "About Tessellate: Founded in 2019, …".
            continue
        if m.group("name").rstrip().endswith(","):
            # A court caption's party, its colon the column's rule: "HALVERSON MARINE SUPPLY,
            # INC.,        :" / "        Petitioner,                   :" (no label ends in a
            # comma).
            continue
        if len(_PROSE_STOP.findall(m.group("name"))) >= 2:
            # Running prose before a quote, no label: "Экипаж, кстати, почти весь молодой.
            # Средний возраст — двадцать восемь лет. Я им говорил: «…»" — two sentences end in
            # it (a label's post may hold an abbreviation, never two full stops between words).
            continue
        info = classify_label(m.group("name"))
        if info is None:
            info = _described_name(m.group("name"))
        if info is None and (
            _initials_of_full_label(m.group("name"), text)
            or _initials_of_named_title(m.group("name"), text)
            or _initials_of_prose_pair(m.group("name"), text)
        ):
            # Bloomberg's "Nathaniel Brooks: When you left …" then "NB: Which one mattered
            # most?": capitals that a full name's label on the page spells are that person's
            # initials, even where they read as a note's mark ("NB", "PS") elsewhere.
            name = m.group("name").strip()
            info = LabelInfo(
                LabelKind.PERSON, name, name=Name(given=(), surname=name, title=None, caps=True)
            )
        if info is None:
            info = _bracketed_holder_above(m.group("name"), text[: m.start()])
        if info is None:
            info = _rostered_pair(m.group("name"), text[: m.start()])
        if (
            info is not None
            and info.kind is LabelKind.PERSON
            and info.name is not None
            and not info.name.given
            and info.name.title is None
            and info.role is not None
            and info.name.surname[:1].isupper()
            and len(
                re.findall(
                    rf"(?<![{LETTER}]){re.escape(info.name.surname.lower())}(?![{LETTER}])",
                    text,
                )
            )
            >= 2
        ):
            # A paragraph's opening word, a comma and an aside up to a colon: "Це, до речі, нове
            # явище: енергонезалежність стала …". The "surname" is a word the page writes in
            # lower case elsewhere ("це"), a common word, no one's name.
            continue
        if info is None and (
            _quoted_outlet(m.group("name"), text)
            or _dotted_masthead(m.group("name"), text)
            or _asking_outlet_layout(m.group("name"), text)
            or masthead_opener(m.group("name"), text)
        ):
            # "**Город 812:** Сергей Викторович, …?" under the lead "… «Город 812» обсудил с
            # историком …": a name the page writes in guillemets is a publication's, and its
            # label asks as a bare outlet's does ("ТАСС:"), even with a number in it.
            name = " ".join(m.group("name").split())
            info = LabelInfo(LabelKind.QUESTION, name, strong=True, outlet=name)
        if (
            (
                info is None
                # A lone surname-like word that the masthead spells before its periodical's noun
                # is the paper asking ("Grainline:" under "Grainline Quarterly › …"), not a person.
                or (
                    info.kind is LabelKind.PERSON
                    and info.name is not None
                    and not info.name.given
                    and info.name.title is None
                    and (
                        _MASTHEAD_STEM.fullmatch(first_line(text[:400])) is not None
                        # (or the label opens with an article, as no person's name does, and
                        # writes the whole masthead: "The Big Issue:" under "The Big Issue")
                        or (
                            m.group("name").split()[0] == "The"
                            and masthead_label(m.group("name"), text)
                        )
                        # (or the "surname" is bare dotted capitals: "У.Т." under "Український
                        # тиждень" spells the title, not a person)
                        or re.fullmatch(rf"(?:[{UPPER}]\.){{2,4}}", info.name.surname) is not None
                    )
                )
            )
            and (
                masthead_short_word(m.group("name"), text)
                or masthead_label(m.group("name"), text)
                or masthead_initials(m.group("name"), text)
            )
        ):
            # "Record: Senator, the vote was 3-2 …" under the masthead "Coastal Record": the
            # paper's short name asks, as a bare outlet's label does.
            name = m.group("name").strip()
            info = LabelInfo(LabelKind.QUESTION, name, strong=True, outlet=name)
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
        if (
            info is not None
            and info.kind is LabelKind.OFFICE
            and _STYLED_FIELD.fullmatch(text, m.end(), _line_end(text, m.end()))
        ):
            # A committee record's cover field, a styled name then the post: "Witness: Rt Hon
            # Keir Starmer MP, Prime Minister." names who gives evidence; nobody says it.
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
            if regex is _LINE_DASHED and _AP_DATELINE.fullmatch(label.strip()):
                continue  # "ST. PAUL, Minn. — Karin Halvorsen has spent …": a news dateline
            if regex is _LINE_DASHED and "\n" in m.group(0) and not re.search(r"[,(]", label):
                continue  # "Все закончилось." / "– Что дальше?": a sentence over a dialogue dash
            if label[-1].isdigit() and not _UNKNOWN_VOICE.search(label):
                continue  # "Part 2  12:40" is no voice; "Speaker 3  12:40" is
            info = classify_label(label, max_role_words=20 if regex is _LINE_DASHED else 14)
            if regex is _LINE_STAMPED:
                label, info = _directory_name(text, label, info)
            start = m.start("name")
            known = hits.get(start)
            if (
                regex is _LINE_DASHED
                and info is not None
                and known is not None
                and known.end > m.end()
                and re.search(r"[–—]", m.group(0))
            ):
                # "Lukas Brenner, on behalf of the Verts/ALE Group. – Madam President, the
                # science is clear: …": a colon in the speech's first sentence made the whole
                # run a label; the verbatim report's ". –" closes it first.
                del hits[start]
            if info is not None and start not in hits:
                name = label.strip() if regex is _LINE_STAMPED else _strip_paren(m.group("name"))
                stopped = regex in (_LINE_DASHED, _LINE_PERIOD)
                hits[start] = LabelHit(start, m.end(), name, info, m.start(), stopped=stopped)
    for m in _LINE_STAMPED_INLINE.finditer(text, 0, limit):
        # Otter once runs the words on after the stamp, on the label's own line ("Speaker 1
        # 2:35  Some people would hear that …" among "Speaker 1  0:41" lines over the words):
        # only a name the page stamps so twice at least in the usual way.
        name = m.group("name").strip()
        same = [
            h
            for h in hits.values()
            if h.text == name and _LINE_STAMPED.match(text, h.cut) is not None
        ]
        start = m.start("name")
        if len(same) >= 2 and start not in hits:
            hits[start] = LabelHit(start, m.end(), name, same[0].info, m.start())
    for m in _GLUED_STAMPED.finditer(text, 0, limit):
        # The line break before an Otter stamp line lost in the scrape: "… for the long
        # haul.Ben  00:14:52" / the words below — a name the page stamps twice at least in the
        # usual way (session 33).
        name = m.group("name").strip()
        same = [
            h
            for h in hits.values()
            if h.text == name and _LINE_STAMPED.match(text, h.cut) is not None
        ]
        start = m.start("name")
        if len(same) >= 2 and start not in hits:
            hits[start] = LabelHit(start, m.end(), name, same[0].info, start, inline=True)
    for m in _LINE_STENOGRAM.finditer(text, 0, limit):
        group = next(
            g
            for g in ("office", "name", "office2", "name2", "name3", "name4", "office3")
            if m.group(g)
        )
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
        abbreviated = re.search(rf"[\s,][{LOWER}]{{1,3}}\.[ \t]*$", text[m.start(group) : m.end()])
        if known is not None and known.end > m.end() and abbreviated:
            # A hearing's "Морозов И.П., ул. Заводская, д. 11: …": the period closes an address's
            # abbreviation ("ул.", "д.", "пр."), not the label; the colon does.
            continue
        if known is not None and known.end > m.end() and info is not None:
            # "Председательствующий. Да, коллеги, … поясните, пожалуйста: когда …": a colon
            # later in the chair's first sentence made the whole run a "label"; the stenogram's
            # period closes it first.
            del hits[start]
        if info is not None and start not in hits:
            end = m.end() - 1 if group in ("office2", "name2") else m.end()  # not the words' line
            glued = group in ("name3", "name4", "office3")
            hits[start] = LabelHit(
                start, end, label, info, start if glued else m.start(), stopped=True, inline=glued
            )
    caps_labels = sum(1 for h in hits.values() if h.text.isupper() and " " in h.text)
    for m in _LINE_SEMICOLON.finditer(text, 0, limit) if caps_labels >= 2 else ():
        # A typo among capitals labels: "RICK DOMINGUEZ; Look, I think it holds …" beside
        # "ELENA VOSS:" and "HELEN PARK:" — a full name in capitals, then a semicolon.
        info = classify_label(m.group("name"))
        start = m.start("name")
        if _full_person(info) and start not in hits:
            hits[start] = LabelHit(start, m.end(), m.group("name"), info, m.start())
    for m in _LINE_GLUED_COLON.finditer(text, 0, limit):
        # The space after a label's colon lost in the scrape: "HM:It is modest. …" among
        # "KB: That sounds modest." / "HM: I’d stand by that." — only a label the page uses
        # twice at least in the usual way ("Note:It" stays prose).
        name = m.group("name")
        same = [h for h in hits.values() if h.text == name]
        start = m.start("name")
        if len(same) >= 2 and start not in hits:
            hits[start] = LabelHit(start, m.end(), name, same[0].info, m.start())
            continue
        # A news outlet asking once under its own name, the space lost the same way, in a
        # briefing already read from labels: "Sky News:Prime Minister, on a different subject
        # …" below "PM:" / "Beth Marlow, ITV News:" ("Note:It" is no outlet).
        info = classify_label(name)
        if (
            info is not None
            and info.outlet is not None
            and info.kind is LabelKind.QUESTION
            and start not in hits
            and sum(h.start < start for h in hits.values()) >= 3
        ):
            hits[start] = LabelHit(start, m.end(), _strip_paren(name), info, m.start())
    for m in _LINE_FULL_NAME.finditer(text, 0, limit):
        info = classify_label(m.group("name"))
        start = m.start("name")
        if (
            _full_person(info)
            and start not in hits
            and (
                re.match(_ABBREVIATED_OFFICE, m.group("name")) is None
                or _CLOCK_LINE_BELOW.match(text, m.end()) is not None
            )
            and not _name_over_name(text, m.end())
            and not (
                m.start() > 1 and _name_over_name(text, text.rfind("\n", 0, m.start() - 1) + 1)
            )
        ):
            if text.startswith(("**", "__"), start - 2):
                start -= 2
            end = text.find("\n", m.start("name"))
            hits[start] = LabelHit(start, end, m.group("name"), info, m.start(), alone=True)
    for m in _LINE_ROLE_WORD.finditer(text, 0, limit):
        info = classify_label(m.group("name"))
        start = m.start("name")
        if (
            info is not None
            and info.kind in (LabelKind.INTERVIEWER, LabelKind.QUESTION)
            and info.name is None
            and start not in hits
        ):
            end = text.find("\n", start)
            hits[start] = LabelHit(start, end, m.group("name"), info, m.start("name"), alone=True)
    for m in _LINE_CAPS_NAME.finditer(text, 0, limit):
        info = classify_label(m.group("name"))
        start = m.start("name")
        if (
            info is not None
            and info.kind is LabelKind.PERSON
            and info.name is not None
            and info.name.given
            and start not in hits
        ):
            if text.startswith(("**", "__"), start - 2):
                start -= 2
            end = text.find("\n", m.start("name"))
            name = m.group("name").strip()
            hits[start] = LabelHit(start, end, name, info, m.start(), alone=True)
    numbered_record = sum(1 for m in _LINE_MEMBER.finditer(text, 0, limit) if m.group("qnum")) >= 2
    # A Commons page scraped with no blank line between contributions (nor "Share" rows): each
    # member line runs straight on under the last one's sentence. Two first mentions with the
    # constituency's and the party's brackets so ("… swallow the lesson." / "Liam Corbett
    # (Glenrothes and Leven) (LD)" / "Will the hon. Member …?") make it such a record; there
    # any member line under a sentence's end or the sitting's clock is read ("Mr Pryce").
    run_on = (
        sum(
            1
            for m in _LINE_MEMBER.finditer(text, 0, limit)
            if _MEMBER_PARTY.search(m.group("name"))
            and _SENTENCE_OR_CLOCK_ABOVE.search(text, max(0, m.start() - 80), m.start())
            and not re.search(r"\n[ \t]*\n[ \t]*$", text[max(0, m.start() - 80) : m.start()])
        )
        >= 2
    )
    for m in _LINE_MEMBER.finditer(text, 0, limit):
        start = m.start("name")
        known = hits.get(start)
        if known is not None and not known.alone:
            continue
        above = text[max(0, m.start() - 80) : m.start()]
        # A contribution's label follows a blank line: not a paragraph's 2nd line. Or the
        # page's furniture line, under which a member's name is written in mixed case (a WHO
        # transcript's clock over its speaker's initials, "00:00:48" / "SL", is another rule's).
        furniture_above = _MEMBER_AFTER.search(above) and re.search(r"[a-z]", m.group("name"))
        # The Commons page may run a member line straight on under the last one's sentence,
        # no blank line, when its own "Share" row stands under it: "… reaching the venues." /
        # "Martin Dowd (Stockport) (Lab)" / "Share" / "Does my hon. Friend …?".
        share_row = (
            m.group("link") is not None
            and re.fullmatch(_MEMBER_BUTTON_ROW, m.group("link").strip())
            and _SENTENCE_OR_CLOCK_ABOVE.search(above)
            and re.search(r"[a-z]", m.group("name"))
        )
        # A Public Bill Committee's record runs its contributions on with no blank line: a
        # numbered question's heading ("Q 2 Greg Smith"), or in a record of such headings the
        # chair's ("The Chair") under a sentence's end or the sitting's clock ("9.58 am").
        if (
            m.start() > 1
            and not re.search(r"\n[ \t]*\n[ \t]*$", above)
            and not furniture_above
            and not share_row
            and not (run_on and _SENTENCE_OR_CLOCK_ABOVE.search(above))
            and not m.group("qnum")
            and not (
                numbered_record
                and _SENTENCE_OR_CLOCK_ABOVE.search(above)
                and _CHAIR_WORD.fullmatch(m.group("name").strip())
            )
        ):
            continue
        if known is not None:  # "Laura Pennington" is a full name alone on its line too
            linked_end = m.end("link") - 1 if m.group("link") else known.end
            hits[start] = dataclasses.replace(known, member=True, end=linked_end)
            # A later, short mention may set the button a space after the surname ("Noah Law
            # Share"), which the name-alone reader took in: the member is the name before it.
            btn_info = classify_label(m.group("name")) if m.group("btn") else None
            if btn_info is not None and btn_info.kind is LabelKind.PERSON:
                hits[start] = dataclasses.replace(hits[start], text=m.group("name"), info=btn_info)
            continue
        info = classify_label(m.group("name"))
        if info is None or info.kind not in (LabelKind.PERSON, LabelKind.OFFICE):
            info = _member_post_holder(m.group("name")) or info
        elif (
            info.kind is LabelKind.PERSON
            and not info.strong
            and info.name is not None
            and not info.name.given
        ):
            # "The Minister of State for Care (Stephen Kinnock)": the label reader took the
            # post alone for a bare name; the member line's holder in brackets is the speaker.
            info = _member_post_holder(m.group("name")) or info
        if info is not None and info.kind in (LabelKind.PERSON, LabelKind.OFFICE):
            # the label's line, not the words' line break (with the permalink row under it)
            end = m.end("link") - 1 if m.group("link") else m.end() - 1
            name = _strip_paren(m.group("name"))
            hits[start] = LabelHit(start, end, name, info, m.start(), member=True)
    for m in _GLUED_MEMBER.finditer(text, 0, limit):
        start = m.start("name")
        info = _member_post_holder(m.group("name"))
        if info is not None and start not in hits:
            # (the label's span takes the "Share" row in, as a member line's own row)
            hits[start] = LabelHit(
                start, m.end() - 1, _strip_paren(m.group("name")), info, start, member=True
            )
    asked = list(_LINE_ASKED.finditer(text, 0, limit))
    # Two such lines at least, one of them a question's: a news story's lone "The minister
    # replied:" over a quotation is no record of questions.
    if len(asked) >= 2 and any(m.group("verb") == "asked" for m in asked):
        for m in asked:
            info = classify_label(m.group("name"))
            start = m.start("name")
            if info is not None and info.kind is LabelKind.PERSON and start not in hits:
                hits[start] = LabelHit(
                    start, m.end(), _strip_paren(m.group("name")), info, m.start()
                )
    for m in _LISTED_ASKED.finditer(text, 0, limit):
        info = classify_label(m.group("name"))
        at = text.rfind("\n", 0, m.start("name")) + 1
        at += len(text[at : m.start("name")]) - len(text[at : m.start("name")].lstrip())
        if info is not None and info.kind is LabelKind.PERSON and at not in hits:
            # (no written label: the number and the reported question are the turn's words, so
            # the turn carries no label span)
            hits[at] = LabelHit(at, at, m.group("name"), info, at, implied=True)
    for hit in _reddit_hits(text, limit):
        hits.setdefault(hit.start, hit)
    for m in _LINE_CAPS_DASH.finditer(text, 0, limit):
        name = m.group("name")
        info = classify_label(name) if name == name.upper() else None
        start = m.start("name")
        if info is not None and start not in hits:
            if text.startswith(("**", "__"), start - 2):
                start -= 2
            hits[start] = LabelHit(start, m.end(), name, info, m.start(), dashed=True)
    for m in _LINE_BAR.finditer(text, 0, limit):
        name = m.group("name")
        info = classify_label(name)
        start = m.start("name")
        if info is not None and start not in hits:
            if text.startswith(("**", "__"), start - 2):
                start -= 2
            glued = start > 0 and text[start - 1] != "\n" and text[start - 1] in " \t.?!…"
            glued = glued and text[:start].rstrip(" \t*_")[-1:] not in ("", "\n")
            hits[start] = LabelHit(start, m.end(), name, info, m.start(), inline=glued, dashed=True)
    for m in _LINE_MIXED_DASH.finditer(text, 0, limit):
        name = m.group("name")
        start = m.start("name")
        info = classify_label(name) if name != name.upper() and start not in hits else None
        # A full name ("Aram Vardanyan"), a journalist with the outlet, or a question/office
        # label; a lone capitalised word is a dateline ("Yerevan - On March 14, …").
        if info is None or not (
            info.kind in (LabelKind.QUESTION, LabelKind.ANSWER, LabelKind.OFFICE)
            or (info.kind is LabelKind.PERSON and info.name is not None and info.name.given)
        ):
            continue
        line_end = text.find("\n", m.end())
        if not re.search(
            r"[.?!…\"”»)][ \t]*$", text[m.end() : line_end if line_end >= 0 else None]
        ):
            # A list of participants ("Сергій Ткачук – Міністр охорони здоров’я України;",
            # "Khalid bin Saeed Al-Mahri — Visiting Scholar, …"): a post, not a sentence.
            continue
        glued = start > 0 and text[start - 1] != "\n" and not text[start - 1].isspace()
        hits[start] = LabelHit(
            start, m.end(), name, info, m.start(), inline=glued, dashed=True, mixed=True
        )
    for m in _LINE_OUTLET_DASH.finditer(text, 0, limit):
        # An outlet's question label set off by a dash while the answers keep a person's colon
        # label ("Vox — Will Europe …?" / "Kallas: Yes, …"): no dash dialogue, so the layout
        # alone (it recurs, every body asks, a person answers right below) makes it a label.
        name = m.group("name")
        start = m.start("label")
        if start in hits or m.start("name") in hits:
            continue
        info = classify_label(name)
        if (
            info is not None
            and info.kind is not LabelKind.QUESTION
            and not (
                info.kind is LabelKind.PERSON and info.name is not None and not info.name.given
            )
        ):
            continue
        if _asking_outlet_layout(name, text, dashed=True):
            name = " ".join(name.split())
            info = LabelInfo(LabelKind.QUESTION, name, strong=True, outlet=name)
            hits[start] = LabelHit(start, m.end(), name, info, m.start())
    for m in _LINE_CALL.finditer(text, 0, limit):
        name = m.group("name")
        # A call's "Name -- post" line never closes on a question mark: "Q    (Inaudible) -- the
        # Federal Reserve?" at a gaggle is a reporter's half-heard question, "Q" its label.
        if name.rstrip("*_ \t").endswith("?"):
            continue
        info = classify_label(re.sub(r"[ \t]+(?:--|–|—)[ \t]+", ", ", name))
        start = m.start("name")
        if info is not None and info.kind is LabelKind.PERSON and start not in hits:
            if name == "Operator":  # the conference operator moderates: its role says so
                info = dataclasses.replace(info, role="operator")
            if text.startswith(("**", "__"), start - 2):
                start -= 2
            end = m.end() - 1  # the label's line, not the line break below it
            hits[start] = LabelHit(start, end, name, info, m.start(), called=True)
    operator = next((h for h in hits.values() if h.called and h.text == "Operator"), None)
    # The line break before "Operator" lost in the scrape: "… we're ready to take
    # questions.Operator" / "Thank you. We will now begin …" — the call's own operator.
    operator_info = operator.info if operator is not None else None
    for m in _GLUED_OPERATOR.finditer(text, 0, limit) if operator_info is not None else ():
        start = m.start()
        if start not in hits and operator_info is not None:
            hits[start] = LabelHit(
                start, m.end(), "Operator", operator_info, start, called=True, inline=True
            )
    for m in _LINE_STAMP_INITIALS.finditer(text, 0, limit):
        # The shape is the evidence: "AN" (Abena Nyarko) is initials here, not the article.
        initials = Name(given=(), surname=m.group("name"), title=None, caps=True)
        info = LabelInfo(LabelKind.PERSON, m.group("name"), name=initials)
        start = m.start("name")
        if start not in hits:
            end = m.end() - 1  # the initials' line, not the words' line break
            hits[start] = LabelHit(start, end, m.group("name"), info, m.start(), stamped=True)
    for m in _LINE_PADDED_INITIALS.finditer(text, 0, limit):
        # "TJ          Hello and welcome …": the padded column is the evidence, as the stamp's
        # line is above; counted only in a dialogue of such labels (see _consistent).
        initials = Name(given=(), surname=m.group("name"), title=None, caps=True)
        info = LabelInfo(LabelKind.PERSON, m.group("name"), name=initials)
        start = m.start("name")
        if start not in hits:
            hits[start] = LabelHit(start, m.end(), m.group("name"), info, m.start(), stamped=True)
    for m in _LINE_PADDED_NAME.finditer(text, 0, limit):
        # "Jane Doe<TAB>Thank you …": a person's full name, counted only in a dialogue of such
        # labels, as the padded initials are.
        info = classify_label(m.group("name"))
        start = m.start("name")
        if _full_person(info) and start not in hits:
            hits[start] = LabelHit(start, m.end(), m.group("name"), info, m.start(), stamped=True)
    for m in _LINE_PAREN.finditer(text, 0, limit):
        key = next(k for k in ("name", "bsq", "sq", "glued") if m.group(k) is not None)
        if _PAREN_NOT_VOICE.fullmatch(m.group(key)):
            continue
        info = classify_label(m.group(key))
        start = m.start(key) - (3 if key == "bsq" else 1)  # the opening bracket (and bold)
        glued = key == "glued"
        if info is not None and start not in hits:
            # The label's line, not the words' line break; the label and the space after it
            # when the words follow on its line.
            end = m.end() - 1 if m.group().endswith("\n") else m.end()
            hits[start] = LabelHit(
                start, end, m.group(key), info, m.start(), parened=True, inline=glued
            )
    for m in _LINE_Q.finditer(text, 0, limit):
        info = classify_label(m.group("name").rstrip("."))
        if info is not None and m.start("name") not in hits:
            start = m.start("name")
            hits[start] = LabelHit(start, m.end(), m.group("name"), info, m.start())
    if sum(h.text in ("Q.", "A.") for h in hits.values()) >= 3:
        # A print Q&A's "Q." / "A." glued to the answer before when a line break was lost:
        # "… a 2,400-kilometre border.Q. Has the engagement produced results …?" — only on a
        # page whose own lines open with them, and only straight after a sentence's end.
        # (Three will do: a press room's "Q." over unlabelled answers opens only the questions,
        # "… where the better future lies.Q. A question on Georgia, …?" among three more.)
        for m in _GLUED_QA_DOT.finditer(text, 0, limit):
            info = classify_label(m.group("name"))
            start = m.start("name")
            if info is not None and start not in hits:
                hits[start] = LabelHit(
                    start, m.end(), m.group("name") + ".", info, start, inline=True
                )
    for m in _GLUED_Q.finditer(text, 0, limit):
        info = classify_label("Q")
        start = m.start("name")
        if info is not None and start not in hits:
            hits[start] = LabelHit(start, m.end(), "Q", info, start, inline=True)
    for regex in (_GLUED_ROLE, _MIDLINE):
        for m in regex.finditer(text, 0, limit):
            group = "numbered" if regex is _GLUED_ROLE and m.group("numbered") else "name"
            start = m.start(group)
            line_start = text.rfind("\n", 0, start) + 1
            # Only a Telegram decoration before it ("❓Вопрос: Запланировано ли …"): a line-start
            # label, which _LINE_LABEL reads with the emoji cut off.
            if re.fullmatch(_DECORATION, text[line_start:start].strip()):
                continue
            if regex is _MIDLINE and re.search(
                r"\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Col|Capt|St)\.[ \t]*$",
                text[line_start:start],
            ):
                # "Q FROM CHAT: For Dr. Park: is recycling …": the full stop is the title's,
                # no sentence's end; the name after it is addressed, no glued label.
                continue
            covering = [k for k, h in hits.items() if h.start <= start < h.end]
            if (
                covering
                and regex is _MIDLINE
                and text[start - 1] == "."
                and "." not in m.group("name")
                and all(
                    hits[k].end == m.end()
                    and hits[k].info.role
                    and (named := hits[k].info.name) is not None
                    and named.has_full_given
                    for k in covering
                )
            ):
                # "Nia Griffith-Jones, Nation.Cymru:": the full stop is inside the outlet's
                # dotted name (a web address's), no sentence's end; the label is the reporter's
                # full name. ("Пожалуйста, Сергей Кужугетович.С.Шойгу:" glues initials on.)
                continue
            if covering and regex is _GLUED_ROLE:
                # "Talks, Moscow, May 5, 2024Question:" is a title with a glued label, not the
                # label "Talks" with a role.
                for k in covering:
                    del hits[k]
            elif covering and not (
                regex is _MIDLINE
                and all(hits[k].info.role for k in covering)
                and re.search(rf"[{LOWER}]{{2}}[.?!…]$", text[line_start:start])
            ):
                continue
            elif covering:
                # "Пожалуйста, Сергей Кужугетович.С.Шойгу:": the chair's closing words with the
                # next label glued on after a word's full stop, read as "name, role"; the glued
                # label is the real one.
                for k in covering:
                    del hits[k]
            raw = m.group(group)
            camel = _CAMEL.match(raw)
            if camel:  # "…15:40 AstanaVladimir Putin:": the place is glued to the name
                start += camel.end(1)
                raw = raw[camel.end(1) :]
            if regex is _MIDLINE and addressed_question(raw):
                # "Александр Юнашев, Life. Вопрос Владимиру Владимировичу: будет ли …?": the
                # journalist's own words put the question to the one it is for; no new voice.
                continue
            info = classify_label(raw)
            cut = (
                re.search(rf"[{LOWER}]{{2}}\.[ \t]+(?=[{UPPER}])", raw)
                if info is None and regex is _MIDLINE
                else None
            )
            if cut is not None and (info := classify_label(raw[cut.end() :])) is not None:
                # "В.Путин: Хорошо. Транспорт. С.Собянин: По транспорту, …": the glued-name
                # pattern ran back over the turn's last one-word sentence ("Транспорт."); the
                # label starts after that sentence's full stop.
                start += cut.end()
                raw = raw[cut.end() :]
            if info is None and (slashed := _SLASHED_OUTLET.fullmatch(raw)) is not None:
                info = classify_label(f"{slashed.group(1)}, {slashed.group(2)}")
            if info is not None:
                name = _strip_paren(raw)
                # The glued label repeats a line-start one the page reads otherwise (its
                # masthead's short name asking): the same voice, read the same way ("… in
                # public.Grainline: Let’s talk …" beside line-start "Grainline:").
                if info.kind is LabelKind.PERSON and raw.strip() == name:
                    info = next(
                        (
                            h.info
                            for h in hits.values()
                            if not h.inline and h.text == name and h.info.outlet == name
                        ),
                        info,
                    )
                hits[start] = LabelHit(start, m.end(), name, info, start, inline=True)
    for m in _GLUED_BOLD.finditer(text, 0, limit):
        info = classify_label(m.group("name"))
        if info is None and _quoted_outlet(m.group("name"), text):
            name = " ".join(m.group("name").split())
            info = LabelInfo(LabelKind.QUESTION, name, strong=True, outlet=name)
        if info is not None and not any(h.start <= m.start() < h.end for h in hits.values()):
            hits[m.start()] = LabelHit(
                m.start(), m.end(), m.group("name"), info, m.start(), inline=True
            )
    # A line-start label in words of its own ("Міський голова:", an office with a lower-case
    # word the glued-name pattern does not take) glued after a sentence's end by a lost line
    # break: "… сидять у коридорі.Міський голова: Укриття …". The same words at a line start
    # make it the page's label (the consistency rules still weigh it as an inline one).
    line_start_texts = Counter(h.text for h in hits.values() if not h.inline)
    worded = {
        h.text: h.info
        for h in hits.values()
        if not h.inline
        and (
            (h.info.office and re.search(rf"[ \t][{LOWER}]", h.text))
            # An outlet named by its web address, the page's recurring line-start label
            # ("LIGA.net:"), glued on the same way ("… великі гроші.LIGA.net: Державна …"): its
            # inner full stop is no name token the glued-name pattern takes.
            # So is a project's dotted two-word name ("Север.Реалии:", "… не стала.Север.Реалии:
            # Люди …"), and a web address all in capitals ("… очікуємо влітку.ZAXID.NET: І …").
            or (
                re.fullmatch(
                    rf"[{UPPER}][{LETTER}]+\.(?:[{LOWER}]{{2,4}}|[{UPPER}][{LOWER}]{{2,}}"
                    rf"|[{UPPER}]{{2,4}})",
                    h.text,
                )
                is not None
                and line_start_texts[h.text] >= 2
            )
            # So is an outlet's name of two words, or a city site's telephone code, that asks at
            # line starts ("Business FM:", "061:"), glued on after an answer's last sentence
            # ("… до лета.Business FM: Последний …").
            or (
                h.info.kind is LabelKind.QUESTION
                and h.info.outlet == h.text
                and (len(h.text.split()) == 2 or re.fullmatch(r"0\d{2,3}", h.text) is not None)
                and line_start_texts[h.text] >= 3
            )
        )
    }
    for label, worded_info in worded.items():
        # (one space may stand after the sentence's end: "… будет намного сложнее. ZN.UA: В
        # бюджете …", the line break lost, its space kept)
        for m in re.finditer(
            rf"(?:(?<=[{LOWER}][.?!…])|(?<=[{LOWER}][.?!…][ \t])){re.escape(label)}:[ \t]",
            text[:limit],
        ):
            if not any(h.start <= m.start() < h.end for h in hits.values()):
                end = m.end() - 1
                hits[m.start()] = LabelHit(
                    m.start(), end, label, worded_info, m.start(), inline=True
                )
    # A legislature's member label with its bracketed post or seat, glued after a question's or
    # sentence's end by a lost line break ("… flown a water bomber?Hon. Eleanor Olszewski
    # (Minister of …, Lib.): Mr. Speaker, …"): the very label, brackets and all, that the page
    # sets at a line start is that member's turn.
    bracketed = {
        text[h.start : h.end]: h
        for h in hits.values()
        if not h.inline
        and h.info.kind is LabelKind.PERSON
        and re.fullmatch(r"[^\n()]{3,60}[ \t]\([^()\n]{3,120}\):", text[h.start : h.end])
    }
    for raw_label, h in bracketed.items():
        for m in re.finditer(rf"(?<=[{LOWER}][.?!]){re.escape(raw_label)}[ \t]", text[:limit]):
            if not any(k.start <= m.start() < k.end for k in hits.values()):
                hits[m.start()] = dataclasses.replace(
                    h, start=m.start(), end=m.end() - 1, cut=m.start(), inline=True
                )
    # "Читайте также" / "Лавров: Россия готова к диалогу …": a headline link, not a turn.
    # A page that sets no blank line between paragraphs leaves the box open to the end: a turn
    # line below a bare "Читайте также" ("Вопрос: Уточняющий вопрос: на судне были …?",
    # "Песков: Повторю, у нас нет такой информации.") is no headline — a question label never
    # heads one, and a headline ends in no full stop.
    boxed = [
        k
        for k in hits
        if _READ_ALSO.search(text, max(0, k - 200), k)
        and _in_read_also(text, k)
        and hits[k].info.kind is not LabelKind.QUESTION
        and not re.search(r"[.!…][ \t]*$", text[k : (text.find("\n", k) + 1 or len(text) + 1) - 1])
        # (nor is a question the page's asker puts under a label it uses throughout: "ADVERTISEMENT"
        # / "**Okafor: Is there anything in the federal toolkit that still works?**")
        and not (
            re.search(r"\?[*_]*[ \t]*$", text[k : (text.find("\n", k) + 1 or len(text) + 1) - 1])
            and sum(h.text == hits[k].text for h in hits.values()) >= 3
        )
    ]
    # (and the box's heading itself set as a label over its headline: Radio Svoboda's
    # "ПОДИВІТЬСЯ ТАКОЖ:" / "Укренерго: через атаку …" under the last answer)
    boxed += [
        k
        for k, h in hits.items()
        if not h.inline
        and h.info.kind is not LabelKind.QUESTION
        and _READ_ALSO.fullmatch(h.text.strip()) is not None
    ]
    for k in dict.fromkeys(boxed):
        del hits[k]
    # A related story's link between two paragraphs, its headline over its date and time
    # (RIA Novosti: "Рябков: США не дали ответа на предложение по ДСНВ" / "20 ноября, 14:05"),
    # with no "Читайте также" above it: the stamp alone on the next line marks the link.
    for k in [k for k, h in hits.items() if not h.inline and _teaser_link(text, h)]:
        del hits[k]
    # … or its headline under the outlet's name set alone as the card's kicker (RIA Novosti:
    # "РИА Новости" / "Посол: Россия и Аргентина обсуждают возобновление прямых рейсов"): the
    # agency's name over an unpunctuated headline marks the link, never a turn.
    for k in [
        k
        for k, h in hits.items()
        if not h.inline and h.info.kind is not LabelKind.QUESTION and _outlet_card(text, h)
    ]:
        del hits[k]
    return sorted(hits.values(), key=lambda h: h.start)


def _outlet_card(text: str, hit: LabelHit) -> bool:
    """Is the label's line a headline link under a line that names a news agency alone?"""
    line_start = text.rfind("\n", 0, hit.start) + 1
    if line_start == 0 or text[line_start : hit.start].strip():
        return False
    line_end = text.find("\n", hit.end)
    if not _headline_rest(text[hit.end : len(text) if line_end < 0 else line_end]):
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
    return bool(above) and fold(above) in NEWS_OUTLETS


def _teaser_link(text: str, hit: LabelHit) -> bool:
    """Is the label's line a headline link over a teaser's stamp line (``_TEASER_STAMP``)?"""
    line_end = text.find("\n", hit.end)
    if line_end < 0 or not _headline_rest(text[hit.end : line_end]):
        return False
    if text[text.rfind("\n", 0, hit.start) + 1 : hit.start].lstrip().startswith(">>"):
        # A YouTube caption paste's change of voice over the chunk's stamp (">> PRIYA: welcome
        # back to The Long Table, I'm" / "0:09"): the chevrons mark a voice, never a link.
        return False
    next_end = text.find("\n", line_end + 1)
    stamp = text[line_end + 1 : len(text) if next_end < 0 else next_end].strip()
    return _TEASER_STAMP.fullmatch(stamp) is not None


def _reddit_hits(text: str, limit: int) -> list[LabelHit]:
    """A Reddit thread's comment headers (two at least) and the post's "submitted … by" line,
    each a label of the user. The submitter ("[S]") speaks under the name the post gives
    ("I'm Dr. Helena Vargas" for DrHelenaVargas) if the handle spells it, a removed account as
    nobody."""
    comments = list(_REDDIT_COMMENT.finditer(text, 0, limit))
    if len(comments) < 2:
        return []
    found = [*comments, *_REDDIT_POST.finditer(text, 0, comments[0].start())]
    handles = {m.group("name") for m in found if m.group(0).lstrip().startswith("submitted")}
    handles |= {m.group("name") for m in comments if m.group("op")}
    named: dict[str, Name] = {}
    for handle in handles:
        key = re.sub(r"[^a-z]", "", handle.casefold())
        for m in _REDDIT_IAM.finditer(text, 0, comments[0].start()):
            name = parse_name(m.group("name").split())
            if name is not None and fold(name.surname).replace(" ", "") in key:
                named[handle] = name
                break
    hits = []
    for m in found:
        handle = m.group("name")
        if handle == "[deleted]":
            info = LabelInfo(LabelKind.ANONYMOUS, handle, strong=True)
        else:
            who = named.get(handle) or Name(given=(), surname=handle, title=None, caps=False)
            info = LabelInfo(LabelKind.PERSON, handle, name=who, strong=True)
        line_end = text.find("\n", m.start("name"))
        end = len(text) if line_end < 0 else line_end
        hits.append(LabelHit(m.start("name"), end, handle, info, m.start(), alone=False))
    return hits


def _strip_paren(name: str) -> str:
    """The label as written without leading/trailing parentheticals ("HOLT (voice-over)" →
    "HOLT"); one inside stays ("SEN. JOHN THUNE (R-SD), MAJORITY LEADER"), since the label
    must read as written."""
    paren = r"\s*[(\[][^()\[\]]*[)\]]\s*"
    return re.sub(rf"^(?:{paren})+|(?:{paren})+$", "", name).strip()


@functools.lru_cache(maxsize=16)
def _wrapped_at(text: str) -> int:
    """The line length from which a label's line reads as hard-wrapped speech: 60 columns, or
    less on a page set narrower (a court reporter's page, its line numbers blanked, wraps its
    words at some 55 columns: "14             MEMBER HOLT:  Counselor, could the garage" /
    "15   go behind the house? …"): then most of the page's lines run near its width."""
    lengths = sorted(len(line.rstrip()) for line in text.splitlines() if line.strip())
    if len(lengths) < 30:
        return 60
    width = lengths[len(lengths) * 9 // 10]
    # (a page of long paragraphs keeps 60; most lines within a fifth of the width make a
    # wrapped page, a field block's short lines do not)
    near = sum(length >= width * 0.8 for length in lengths)
    if width < 45 or near < len(lengths) // 2:
        return 60
    return min(60, int(width * 0.85))


def _fieldish(text: str, hit: LabelHit) -> bool:
    """Is the rest of the label's line a short value ("Federation: Germany"), not speech?"""
    if hit.stopped:
        # A field takes a colon: a label closed by a period ("Ms. Sutherland. Thank you, Mr.
        # Chairman. Chief, in my" on a short hard-wrapped line) opens speech.
        return False
    if _chevroned(text, hit):
        # A caption track's chunk breaks off mid-sentence (">> SAM: we've got a question from
        # the" / "1:14" / "comments, …"): the ">>" mark of a new voice opens speech, no field.
        return False
    line_end = text.find("\n", hit.end)
    rest = text[hit.end : len(text) if line_end < 0 else line_end].strip()
    if line_end >= 0 and line_end - (text.rfind("\n", 0, hit.start) + 1) >= _wrapped_at(text):
        # A hard-wrapped page (GPO hearings wrap at ~70 columns: "The CHAIRMAN. The Committee
        # on Science, Space, and Technology will" / "come to order.") cuts every long line
        # mid-sentence; a long line whose words go on below is speech, not a field value.
        nxt = text[line_end + 1 : text.find("\n", line_end + 1) % (len(text) + 1)].strip()
        # (A cover's next field is no wrapped words: "Moderator: Dr. Felicity Amankwah,
        # Director, Energy Security Program" over "Panelists: Rafael Quintero, …".)
        if nxt and not nxt.startswith(("[", "(")) and not re.match(r"[A-Z][\w ]{0,30}:[ \t]", nxt):
            return False
    if (
        line_end >= 0
        and re.search(rf"[{LOWER}]{{2}}[.!?][ \t]+[{UPPER}]", rest) is not None
        # (the words below may be indented: a court reporter's blanked line numbers)
        and text[line_end + 1 : _line_end(text, line_end + 1)].strip()
    ):
        # A shorter hard-wrapped line whose value already closes a sentence, its words going
        # on below ("QUESTIONER: Thanks very much. Aaron Mendel with Habitat" / "for Humanity
        # International. Mayor, …"): speech, no field's value.
        nxt = text[line_end + 1 : _line_end(text, line_end + 1)].strip()
        if not nxt.startswith(("[", "(")) and not re.match(r"[A-Z][\w ]{0,30}:[ \t]", nxt):
            return False
    # A cast line's party and state tag after the name is no sentence end: "Guest: Gov. Eamon
    # MacAllister (D-Vt.)" (a bracket of lower-case words, "(laughs)", is a direction).
    tagged = re.fullmatch(r"(.*?\S)[ \t]+\((?:[A-Z][\w.\-–]*[ \t]?){1,3}\)", rest)
    if tagged is not None:
        rest = tagged.group(1)
    # A page's hashtags glued on after a sentence end ("Ярослав Мельник, Укрінформ: Коли
    # запрацює застосунок …?#МОУ") leave the sentence a sentence, no field value.
    rest = re.sub(r"(?<=[.!?…])(?:[ \t]*#[^\W\d_][\w\-]*)+$", "", rest)
    # A salutation that opens a report closes with a comma ("Alexei Voronin: Mr President,
    # colleagues," over the report's paragraphs); a field's value does not. A question set in
    # bold with its label ("**«ВЗ»: Пане Ярославе, скільки …?**") ends at its mark, not the bold.
    rest = rest.rstrip("*_ \t")
    if _FIRM_NAME_END.search(rest):
        # A court record's parties field closes on a firm's name in guillemets ("Истец: ООО
        # «УралТрансЛогистик»; ответчик: АО «Северный щебёночный завод»"): a value, no quote.
        rest = rest[: rest.rfind("«")] + "_"
    return bool(rest) and len(rest.split()) <= 12 and not re.search(r"[.!?…:;,\"”»)\]]$", rest)


# A firm's legal form, then its name in guillemets, closing a line.
_FIRM_NAME_END = re.compile(
    r"(?<![А-ЯЁІЇЄҐа-яёіїєґ])(?:ООО|АО|ПАО|ЗАО|ОАО|НАО|ТОВ|ПрАТ|ПАТ|АТ|ФГУП|ГУП|МУП|КП)"
    r"[ \t]+«[^«»\n]{1,80}»$"
)


_KEY_INITIALS = re.compile(r"^[ \t]*[A-Z][^\n()]{2,120}[ \t]\(([A-Z]{2,3})\)[ \t]*$")


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


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


_ROSTER_VALUE = re.compile(
    rf"(?:(?:Mr|Ms|Mrs|Dr|Hon)\.?[ \t]+)?[{UPPER}][{LETTER}'’\-]+"
    rf"(?:[ \t]+[{UPPER}][{LETTER}'’\-]+){{1,3}}"
    r"(?:[ \t]*\([^()\n]{1,60}\))?"
)


# A press centre's credit field: the role, then its holder's full name and post, the line closed
# by no sentence but the post's (pressmia.ru: "Модератор: Ольга Кравцова, обозреватель МИА
# «Россия сегодня»."). A patronymic after the given name is an address ("Ирина Викторовна, …").
_POSTED_HOLDER = re.compile(
    rf"[ \t]*:?[ \t]*[{UPPER}][{LOWER}'’\-]+[ \t]+"
    rf"(?![{UPPER}][{LOWER}]+(?:вич|вна|ична|івна|ївна)\b)"
    rf"[{UPPER}][{LOWER}'’\-]+,[ \t]+(?i:(?:главный|головний|старший|senior|chief)[ \t]+)?"
    # the post's noun ("обозреватель", "пресс-секретарь", "журналістка", "director") …
    r"(?i:обозревател|корреспондент|кореспондент|журналист|журналіст|редактор|ведущ|ведуч"
    r"|оглядач|пресс-секретар|прес-секретар|речни|советник|радни|руководител|керівни"
    r"|директор|начальни|заместител|заступни|председател|голов[аи]|глава|editor|director"
    r"|correspondent|reporter|spokes|presenter|anchor|columnist|head)[a-zа-яёіїєґ\-]*"
    # … then up to twelve words of it (an outlet in guillemets among them)
    rf"(?:[ \t]+(?:[{LETTER}\-]+|«[^»\n]{{1,40}}»)){{0,12}}[ \t]*\.?[ \t]*"
)


# A court record's field line naming who holds the office that labels the turns below, a
# patronymic telling a full name: "Председательствующий: судья Колесникова Наталья Викторовна"
# (a lowercase post, then the name surname first or last, no sentence after it).
_POSTED_FIO = re.compile(
    r"[ \t]*(?:[а-яёіїєґ\-]+[ \t]+){0,3}"
    r"(?:[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+[ \t]+){1,2}"
    r"[А-ЯЁІЇЄҐ][а-яёіїєґ]+(?:вич|вна|ична|івна|ївна|ич)"
    r"(?:[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+)?[ \t]*"
)


def _posted_holder_line(text: str, hit: LabelHit) -> bool:
    """Is the label's line a credit field naming the role's holder and post (see
    ``_POSTED_HOLDER``)?"""
    if hit.inline or hit.stopped:
        return False
    return _POSTED_HOLDER.fullmatch(text, hit.end, _line_end(text, hit.end)) is not None


# A cover's roster entry: a name (a courtesy or rank title before it) and its post after a comma,
# no sentence ("JENNIFER HOMENDY, Chair", "Dr. Paul Sanders, Hearing Officer").
_ROSTER_ENTRY = re.compile(
    rf"[ \t]*(?:(?:Mr|Ms|Mrs|Dr|Hon|Capt|Captain|Prof)\.?[ \t]+)?[{UPPER}][{LETTER}.'’\-]+"
    rf"(?:[ \t]+[{UPPER}][{LETTER}.'’\-]+){{1,3}},[ \t]+[^\n.!?:;]{{2,80}}"
)


def _name_over_name(text: str, pos: int) -> bool:
    """Is the line at ``pos`` another bare full name, as a roster lists its members one a line
    ("Committee Members in Attendance" / "Joyce Watson" / "James Evans"): no words under a
    label, nor a label under such a line?"""
    line = text[pos : _line_end(text, pos)].strip()
    if not _ROSTER_VALUE.fullmatch(line) or "(" in line:
        return False
    info = classify_label(line)
    return info is not None and info.kind is LabelKind.PERSON and info.name is not None


def _roster_heading(text: str, hit: LabelHit) -> bool:
    """Is the label a cover's heading over a roster: the colon closing its line, every line of the
    block below a "Name, Post" entry, two at least ("BOARD OF INQUIRY:" / "JENNIFER HOMENDY,
    Chair" / "Dr. Paul Sanders, Hearing Officer")?"""
    if hit.inline or text[hit.end : _line_end(text, hit.end)].strip():
        return False
    below = _paragraph(text, _line_end(text, hit.end) + 1).strip("\n").split("\n")
    if len(below) >= 2 and all(_ROSTER_ENTRY.fullmatch(line) for line in below):
        return True
    # A think tank's event cover: the heading, a blank line, then a full name in capitals alone
    # on its line over its posts, none a sentence ("MODERATOR:" / "" / "CONSTANZE
    # STELZENMÜLLER" / "Director, Center on the United States and Europe" / "The Brookings
    # Institution").
    after = _line_end(text, hit.end) + 1
    gap = re.match(r"[ \t]*\n", text[after:])
    if gap is None:
        return False
    block = _paragraph(text, after + gap.end()).strip("\n").split("\n")
    return (
        len(block) >= 2
        and _CAPS_NAME_LINE.fullmatch(block[0].strip()) is not None
        and all(
            0 < len(ln.strip()) <= 100 and not re.search(r"[.!?…:]$", ln.strip())
            for ln in block[1:]
        )
    )


# A full name in capitals alone on a cover's line: "CONSTANZE STELZENMÜLLER", "MICHAEL O'HANLON".
_CAPS_NAME_LINE = re.compile(
    rf"[{UPPER}][{UPPER}'’\-]+(?:[ \t]+(?:[{UPPER}]\.|[{UPPER}][{UPPER}'’\-]+)){{1,3}}"
)


def _roster_line(text: str, hit: LabelHit) -> bool:
    """Is the label's line a roster's "Post: Name" line, a name its only words, between two
    other short lines without a sentence end ("Participants:" above, a member below)?"""
    line_start = text.rfind("\n", 0, hit.start) + 1
    line_end = _line_end(text, hit.end)
    if line_start < 2 or line_end >= len(text) or hit.inline:
        return False
    rest = text[hit.end : line_end].strip()
    if not _ROSTER_VALUE.fullmatch(rest):
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
    below = text[line_end + 1 : _line_end(text, line_end + 1)].strip()
    if not above and _FIELD_LINE.fullmatch(below) and not re.search(r"[.!?…]$", below):
        # The key opening a field block under a blank line: "Narrator: Dorothy Akers" /
        # "Interviewer: James Whitcomb" / "Date of interview: 14 March 2019".
        return True
    return all(0 < len(line) <= 80 and not re.search(r"[.!?…]$", line) for line in (above, below))


# A printed table of contents: an entry, dot leaders, a page number ("The Honorable Jane Doe,
# … Subcommittee:" / "  Oral Statement..........     1").
# (a short leader stands apart from the entry and its page: "Northern Lights … ..... 512")
_LEADER_LINE = re.compile(r"[^\n]*(?:\.{6,}|[ \t]\.{4,}[ \t])[ \t]*\d{1,4}[ \t]*(?:\n|$)")

# A verbatim record's roster, a spaced leader between the seat and its holder: "President: Mr.
# Fu Cong . . . . . . . . (China)", "Members: Algeria . . . . . . . . Mr. Bendjama".
_ROSTER_LEADER = re.compile(r"[^\n]{1,80}?[ \t](?:\.[ \t]+){5,}\.?[ \t]*[^\n]{1,80}$")


def _contents_entry(text: str, hit: LabelHit) -> bool:
    """Are the label's words (the rest of its line, else the next line) a contents entry?"""
    line_end = text.find("\n", hit.end)
    if line_end < 0:
        return False
    if text[hit.end : line_end].strip():
        return (
            _LEADER_LINE.match(text, hit.end) is not None
            or _ROSTER_LEADER.match(text, hit.end, line_end) is not None
        )
    # A contents heading over its entries, a blank line between, an entry wrapped over two
    # lines: "Statement of Witnesses:" / "" / "Lindqvist, Hon. Nora, Chief, U.S. Forest
    # Service, Washington," / "  DC..........    5".
    m = re.match(r"(?:[ \t]*\n)*([^\n]*\n)?", text[line_end + 1 :])
    first = line_end + 1 + (m.start(1) if m and m.group(1) else 0)
    second = text.find("\n", first) + 1
    return _LEADER_LINE.match(text, first) is not None or (
        second > 0 and _LEADER_LINE.match(text, second) is not None
    )


def _photo_caption(text: str, hit: LabelHit) -> bool:
    """Is the label's line a photo caption quoting the pictured person, closed by its credit
    ("Ігор Петренко: «Ми розраховуємо …» (фото: РБК-Україна, Олег Марченко)")? A paragraph of
    one line: the page's furniture between the turns, not a turn."""
    line_start = text.rfind("\n", 0, hit.start) + 1
    para = _paragraph(text, line_start).strip()
    if "\n" not in para:
        return _CAPTION_CREDIT.search(para) is not None or (
            len(para.split()) <= 40 and _COPYRIGHT_CREDIT.search(para) is not None
        )
    # The credit on a line of its own under the quote (Главком: "Ігор Бурлака: Ми звикли, …"
    # / "фото: Главком/Станіслав Груздєв"): the caption's two lines are the paragraph.
    quote, _, credit = para.partition("\n")
    return (
        "\n" not in credit
        and len(quote.split()) <= 30
        and _CREDIT_LINE.fullmatch(credit.strip()) is not None
    )


# A caption closed by its copyright credit, the FT's: "Kaja Kallas: ‘If we don’t decide on this,
# it will be decided by others’ © Simon Wohlfahrt/Bloomberg" (the pictured person's name, then
# the words quoted, then the photographer and agency; never a turn, though the name speaks).
_COPYRIGHT_CREDIT = re.compile(rf"[^\s©][ \t]+©[ \t]*[{UPPER}][^©\n]{{1,80}}$")


# A photo's credit line alone: "фото: Главком/Станіслав Груздєв", "Photo: Reuters" (DER SPIEGEL's
# English pages keep the German "Foto: Maciek Jazwiecki / DER SPIEGEL").
_CREDIT_LINE = re.compile(
    r"(?i:фото|фотографи[яи]|світлина|photo|foto|image|credit)[ \t]*:[ \t]*[^.!?\n]{1,80}"
)


_CREDIT_NAME_TAIL = re.compile(
    rf"[ \t]*[{UPPER}][{LETTER}'’\-]+(?:[ \t]+[{UPPER}][{LETTER}'’\-]+){{1,3}}\.?[ \t]*"
)


# Speech under a name line: a few words, a small letter among them, a sentence's end.
_SPEECH_BELOW = re.compile(rf"(?=[^\n]*[{LOWER}])(?:\S+[ \t]+){{2,}}[^\n]*?[.?!…]")


def _over_speech(text: str, hit: LabelHit) -> bool:
    """Does a line a speaker says (a sentence with its stop, or a salutation's comma) stand
    right under this name alone on its line?"""
    below = text[hit.end :].lstrip()
    clock = _CLOCK_LINE_BELOW.match(below)
    at = clock.end() if clock else 0
    return _SPEECH_BELOW.match(below, at) is not None or bool(
        re.match(rf"[{UPPER}][^\n]{{3,}},[ \t]*\n", below[at:])
    )


def _alternating_names(text: str, lines: list[LabelHit]) -> bool:
    """Do the names alone on their lines make a dialogue by layout alone, with no lead that
    introduces them? Four at least, no name twice in a row, each over speech (a
    byline, a caption or a heading that is a name recurs with no such turn-taking)."""
    names = [c for c in lines if c.info.name is not None]
    if len(names) < 4 or len(names) != len(lines):
        return False
    for c, nxt in zip(names, [*names[1:], None], strict=True):
        if nxt is not None and nxt.info.group == c.info.group:
            return False
        below = text[c.end : nxt.start if nxt is not None else len(text)].lstrip()
        clock = _CLOCK_LINE_BELOW.match(below)  # C-SPAN's, Rev's clock over the words
        if _SPEECH_BELOW.match(below, clock.end() if clock else 0) is None:
            return False
    return True


def _button_or_cell(text: str, hit: LabelHit) -> bool:
    """Is a name alone on its line a table's cell pair ("Place\tCanberra") or a button set
    twice, the same words on the line right above or below?"""
    if "\t" in hit.text.strip():
        return True
    line_start = text.rfind("\n", 0, hit.start) + 1
    line_end = _line_end(text, hit.start)
    line = text[line_start:line_end].strip()
    below = (
        text[line_end + 1 : _line_end(text, line_end + 1)].strip() if line_end < len(text) else ""
    )
    above = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1 : max(line_start - 1, 0)].strip()
    return line in (above, below)


def _line_text(text: str, pos: int) -> str:
    """The line ``pos`` stands on, its spaces squeezed and the Markdown bold dropped."""
    line = text[text.rfind("\n", 0, pos) + 1 : _line_end(text, pos)]
    return " ".join(line.replace("**", "").replace("__", "").split())


def _alone_on_line(text: str, hit: LabelHit) -> bool:
    """Is the label alone on its line, the words starting on the next ("Pevkur:" / "…")?"""
    before = text[text.rfind("\n", 0, hit.start) + 1 : hit.start]
    after = text[hit.end : (text.find("\n", hit.end) + 1 or len(text) + 1) - 1]
    return not before.strip() and not after.strip()


def _next_para(text: str, at: int) -> str:
    """The paragraph that starts at or after ``at`` (up to the next blank line)."""
    body = text[at:].lstrip()
    cut = re.search(r"\n[ \t]*\n", body)
    return body[: cut.start()] if cut else body


def _consistent(text: str, cands: Sequence[LabelHit]) -> list[LabelHit]:
    """Keep candidates whose group recurs or whose form is strong in a clear transcript.

    Inline candidates (glued, or after a sentence end) need a recurring group with a line-start
    member, or a transcript with role words: a stray "… said. Washington:" or a repeated
    "…Eric Margolis Best Price:" never qualifies, "…trust.Dmitry Peskov:" does.
    A group whose every occurrence is followed by a short value ("Federation: Germany") is a
    field list, not a speaker.
    """
    cands = _surname_offices(_shortened_names(cands))
    by_group: dict[str, list[LabelHit]] = {}
    for c in cands:
        by_group.setdefault(c.info.group, []).append(c)
    fields = {g for g, hits in by_group.items() if all(_fieldish(text, h) for h in hits)}
    # A once-only label inside a page's field block ("Source: Senate" / "Speaker: Grogan, Sen
    # Karen (Chair); …" / "Status: Proof") is one more field, whatever its value's length.
    fields |= {g for g, hits in by_group.items() if len(hits) == 1 and _in_fields(text, hits[0])}
    # A speaker key above the interview: "Interviewer: Anna Whitcombe (AW)" / "Interviewee:
    # Priya Nandakumar, Secretary of State for Housing (PN)", then "AW:" / "PN:" speak. The
    # line gives the initials another label uses: a key, no turn.
    spoken = {c.text for c in cands}
    fields |= {
        g
        for g, hits in by_group.items()
        if len(hits) == 1
        and (key := _KEY_INITIALS.search(text[hits[0].end : _line_end(text, hits[0].end)]))
        and key.group(1) in spoken
    }
    # A participants list above the first turn puts a post and its holder on a line between
    # other roster lines: "Participants:" / "Chair: Ms. Dolores Whitfield (Kildonan East)" /
    # "Auditor General: Mr. Rajiv Menon" / "Mr. Paul Lachance (Portage North)", then "Auditor
    # General: Thank you, Madam Chair. …" speaks. Before any spoken turn, a name for its words.
    spoken_at = min((c.start for c in cands if not _fieldish(text, c)), default=len(text))
    cands = [c for c in cands if not (c.start < spoken_at and _roster_line(text, c))]
    # A cover's heading over its roster of names and posts ("BOARD OF INQUIRY:" / "JENNIFER
    # HOMENDY, Chair" / "Dr. Paul Sanders, Hearing Officer"), once, above later labels: no voice.
    last_label = max((c.start for c in cands), default=0)
    cands = [
        c
        for c in cands
        if not (
            len(by_group[c.info.group]) == 1 and c.start < last_label and _roster_heading(text, c)
        )
    ]
    # A once-only credit field over the first turn: "Модератор: Ольга Кравцова, обозреватель …"
    # names who moderates; the role's own label ("ВЕДУЩАЯ:") speaks below.
    later = {g: min((h.start for h in hits), default=len(text)) for g, hits in by_group.items()}
    fields |= {
        g
        for g, hits in by_group.items()
        if len(hits) == 1
        and _posted_holder_line(text, hits[0])
        and any(at > hits[0].start for other, at in later.items() if other != g)
    }
    # The office's first label over a court record's turns, alone on its line and naming the
    # holder in full ("Председательствующий: судья Колесникова Наталья Викторовна", then
    # "Председательствующий: Слушается дело …"): a field of the record's header, no turn.
    cands = [
        c
        for c in cands
        if not (
            not c.inline
            and not c.stopped
            and len(by_group[c.info.group]) >= 2
            and c is by_group[c.info.group][0]
            and _POSTED_FIO.fullmatch(text, c.end, _line_end(text, c.end))
        )
    ]
    # A header line's cast credit run on after its sentence: "Transcript of an interview
    # broadcast on … 'The Evening Brief', 9 October 2024. Presenter: Tom Ashworth." — a role
    # and a bare name closing the line, above every line-start label: who presents, no turn.
    first_line_start = min((c.start for c in cands if not c.inline), default=len(text))
    cands = [
        c
        for c in cands
        if not (
            c.inline
            and c.start < first_line_start
            and _CREDIT_NAME_TAIL.fullmatch(text, c.end, _line_end(text, c.end))
        )
    ]
    # A record's contents list the members who speak, with the page of each contribution
    # ("4.2 The Connétable of St. Lawrence: ........ 33"): the entry is no turn, but the label
    # it lists speaks where it stands below, though only once.
    listed = {c.info.group for c in cands if not c.inline and _contents_entry(text, c)}
    cands = [
        c
        for c in cands
        if c.info.group not in fields
        and not _contents_entry(text, c)
        and not (not c.inline and _photo_caption(text, c))
    ]
    cands = [c for c in cands if not _caps_dateline(text, c, cands)]
    bare = Counter(c.info.group for c in cands if c.bare)
    if sum(n >= 2 for n in bare.values()) < 2:  # two lowercase names, each speaking twice
        cands = [c for c in cands if not c.bare]
    # Hansard's members alone on their lines: two voices that each recur, and at least one
    # first mention with its brackets ("Owen Trask (North Norfolk) (LD)", "The Prime Minister
    # (Sir Richard Aldous)"); then a member who speaks once with those brackets counts too, as
    # does an office ("Mr Speaker").
    # Otherwise such a line is only what another rule makes of it (a full name alone).
    member = Counter(c.info.group for c in cands if c.member)
    bracketed = {
        c.start for c in cands if c.member and _MEMBER_BRACKETED.search(text, c.start, c.end)
    }
    # The Senedd's record prints no brackets ("The Llywydd" / "Welcome, all, …", "Gareth Pryce"
    # / "1. What assessment …?", "The First Minister" / "Thank you, Gareth Pryce."): there an
    # office that answers under its own line at least twice stands for them.
    offices = {c.info.group for c in cands if c.member and c.info.kind is LabelKind.OFFICE}
    chamber = bracketed or any(member[g] >= 2 for g in offices)
    if sum(n >= 2 for n in member.values()) >= 2 and chamber:
        cands = [
            dataclasses.replace(c, member=False, alone=False) if c.member else c
            for c in cands
            if not c.member
            or member[c.info.group] >= 2
            or c.start in bracketed
            or c.info.kind is LabelKind.OFFICE  # "Mr Speaker" / "Order." once
            # A member who asks once, by full name ("Rhun ap Dafydd" / "Prif Weinidog, …?").
            # (A record's heading "Examination of Witnesses" is no given name and surname.)
            or (
                c.info.name is not None
                and c.info.name.has_full_given
                and not (c.info.name.title is None and re.match(r"of[ \t]", c.info.name.surname))
            )
            # A Lords bishop by his see, who sits with no party's brackets: "The Lord Bishop
            # of Hexham" / "My Lords, churches in rural parishes …?".
            or (
                c.info.name is not None and re.match(r"The[ \t].+[ \t]of[ \t]", c.info.name.surname)
            )
        ]
    else:
        cands = [
            dataclasses.replace(c, member=False) if c.member else c
            for c in cands
            if not c.member or c.alone
        ]
    # A web page's buttons and table rows are no names alone on a line: a cell pair split by a
    # tab ("Database\tSenate Committees" in ParlInfo's bibliographic table) or a button printed
    # twice, one line over its copy ("Download Fragment" / "Download Fragment"), speaks no words.
    cands = [c for c in cands if not (c.alone and _button_or_cell(text, c))]
    # (a role word alone counts toward no such dialogue, only rides on one of names)
    alone = Counter(c.info.group for c in cands if c.alone and c.info.name is not None)
    roles_alone = Counter(c.info.group for c in cands if c.alone and c.info.name is None)
    # The lead ends at the first name that recurs alone: a roster's headings above it read as
    # names once ("Company Participants" / "Lucy Brandt - Vice President, Investor Relations"
    # / … / "Lucy Brandt" / "Welcome back, …", Seeking Alpha's investor-day pages).
    first_alone = min((c.start for c in cands if c.alone and alone[c.info.group] >= 2), default=0)
    # (a site menu's entry is no such first line: the Élysée's sidebar "The President" /
    # "Emmanuel Macron" / "All the news" stands over no speech, and the lead that names both
    # voices runs on below it; the first recurring name over words a speaker says ends it)
    first_alone = min(
        (c.start for c in cands if c.alone and alone[c.info.group] >= 2 and _over_speech(text, c)),
        default=first_alone,
    )
    lead = fold(text[:first_alone]) if alone else ""
    introduced = any(
        c.alone and c.info.name is not None and fold(c.info.name.surname) in lead for c in cands
    )
    if sum(n >= 2 for n in alone.values()) < 2 or not (
        introduced or _alternating_names(text, [c for c in cands if c.alone])
    ):
        # Two names, each alone on its line at least twice, and the lead introduces one of
        # them ("Беседовала … Анна Ветрова"): a recurring pair of headings is no dialogue.
        # But a name whose other lines another rule reads as labels, twice at least, is that
        # voice's label on this line too: the Élysée's "Emmanuel MACRON" over "Mr President,
        # dear Lula, ladies and gentlemen," (a salutation's comma) as over its later turns.
        # (written the same and alone on those lines too: a roster's "Евгений Гонтмахер" /
        # "экономист, …" above the bar labels "Е.Гонтмахер―", or a byline's "David Marr" above
        # "David Marr: …", is no label)
        kept = Counter(
            " ".join(c.text.split())
            for c in cands
            if not c.alone and _line_text(text, c.start) == " ".join(c.text.split())
        )
        cands = [
            c
            for c in cands
            if not c.alone or (c.info.name is not None and kept[" ".join(c.text.split())] >= 2)
        ]
    else:
        # A guest who speaks once counts when the lead lists them by full name ("Гості студії:
        # …, військовий оглядач Олександр Лисенко" / "ОЛЕКСАНДР ЛИСЕНКО, військовий оглядач").
        cands = [
            c
            for c in cands
            if not c.alone
            # (the site menu's name above the first one over words is no label either)
            or (alone[c.info.group] >= 2 and (c.start >= first_alone or _over_speech(text, c)))
            or (roles_alone[c.info.group] >= 2 and c.start > first_alone)
            or (
                c.start > first_alone  # a heading of the lead's roster speaks no words
                and c.info.name is not None
                and c.info.name.has_full_given
                and fold(" ".join((*c.info.name.given, c.info.name.surname))) in lead
            )
        ]
        # In such a dialogue the scrape may glue a voice's words onto its name line: "Emmanuel
        # MACRON Thank you. The agreement …" after a "Journalist" question — the name written
        # as on its other lines (twice at least), at a paragraph's start, then a sentence.
        spelled = Counter(c.text for c in cands if c.alone and c.info.name is not None)
        taken = {c.start for c in cands}
        for spelt, n in spelled.items():
            voice = next(c.info for c in cands if c.text == spelt)
            for m in re.finditer(
                rf"(?:^|\n[ \t]*\n)[ \t]*(?P<name>{re.escape(spelt)})[ \t]+(?=[{UPPER}][{LOWER}]*"
                rf"[ \t,][^\n]*[.!?…])",
                text,
            ):
                if n >= 2 and alone[voice.group] >= 2 and m.start("name") not in taken:
                    cands.append(
                        LabelHit(m.start("name"), m.end("name"), spelt, voice, m.start("name"))
                    )
        cands.sort(key=lambda c: c.start)
    dashed = Counter(c.info.group for c in cands if c.dashed)
    if sum(n >= 2 for n in dashed.values()) < 2:  # "КОРРЕСПОНДЕНТ —" and "ПЕСКОВ —", each twice
        # No dash dialogue; but a label the text uses plainly at least twice ("Q    Dana, on
        # the bridge grants —" / "MS. WHITFIELD:  Sure, I'll take that one." / "Q    —
        # Republicans on the Hill say …") resumes an interrupted turn with a dash: still its
        # label, the dash the first mark of the words.
        plain = Counter(c.info.group for c in cands if not c.dashed and not c.inline)
        resumed = {
            c.start
            for c in cands
            if c.dashed
            and not c.mixed
            and plain[c.info.group] >= 2
            and text.startswith(c.text, c.start)
        }
        cands = [
            dataclasses.replace(c, dashed=False, end=c.start + len(c.text))
            if c.start in resumed
            else c
            for c in cands
            if not c.dashed or c.start in resumed
        ]
    called = Counter(c.info.group for c in cands if c.called)
    if sum(n >= 2 for n in called.values()) < 2 or not any(
        c.called and c.text != "Operator" for c in cands
    ):
        # Two voices, each alone on its line at least twice, one of them with its "-- Title":
        # a single "Operator" line or a recurring caption is no call. But the conference
        # operator closing a dialogue of full names alone on their lines ("Lucy Brandt" /
        # "We're right at time, …" / "Operator" / "This concludes the panel portion …") is
        # one more voice of that dialogue.
        names_alone = sum(
            n >= 2
            for n in Counter(
                c.info.group for c in cands if c.alone and c.info.name is not None
            ).values()
        )
        cands = [c for c in cands if not c.called or (c.text == "Operator" and names_alone >= 2)]
    parened = Counter(c.info.group for c in cands if c.parened)
    if sum(n >= 2 for n in parened.values()) < 2:  # "(Reporter)" and "(Prime Minister …)", twice
        cands = [c for c in cands if not c.parened]
    stamped = Counter(c.info.group for c in cands if c.stamped)
    # Timestamped initials ("00:00:48" / "SL"), two voices each at least twice: then every such
    # label is a turn, a journalist's who asks once included (the moderator names them).
    stamped_dialogue = sum(n >= 2 for n in stamped.values()) >= 2
    if not stamped_dialogue:
        cands = [c for c in cands if not c.stamped]
    # A page that prints a paragraph twice (a layout glitch: "Подчеркну: это не подарок, а
    # инвестиционный механизм. …" right above itself) repeats no voice: a candidate whose
    # paragraph of several words copies that of an earlier one in its group counts once.
    seen: set[tuple[str, str]] = set()
    copies: set[int] = set()
    for c in cands:
        body = " ".join(_paragraph(text, c.end).split())
        if len(body.split()) >= 6 and (c.info.group, body) in seen:
            copies.add(c.start)
        seen.add((c.info.group, body))
    groups = Counter(c.info.group for c in cands if c.start not in copies)
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
    # Press remarks that label only the questions (EEAS: "Q. On Gaza, did the Ministers …?",
    # blank line, the High Representative's answer with no label): a line-start "Q." with no
    # "A." counts when it recurs and every one of its paragraphs asks.
    lone_q = [c for c in cands if c.text == "Q." and not c.inline]
    if (
        "A." not in dotted
        and len(lone_q) >= 2
        # (a "Q." glued after an answer's sentence end, "… lies.Q. A question on …?", is one
        # of them with its line break lost)
        and len(lone_q) == sum(c.text == "Q." and not c.inline for c in cands)
        and all("?" in _paragraph(text, c.end) for c in lone_q)
    ):
        dotted.add("A.")
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
                and text[max(0, c.start - 8) : c.start].rstrip(" \t")[-1:] in tuple(".?!…")
                and sum(h.text == c.text and not h.inline for h in cands) >= 2
            )
            # "Q (from the floor):" at a line start: the bracket says who asks, which no
            # abbreviated "Q:" in prose carries; one such question among named voices counts.
            asker_noted = (
                not c.inline
                and companion
                and re.match(
                    r"[ \t]*[(\[][^()\[\]\n]{2,40}[)\]]", text[c.start + len(c.text) : c.end]
                )
                is not None
            )
            # "… initiated by Bangladesh. Journalist (Ekattor TV): Has the Ministry …": a
            # role label naming its outlet in brackets, run on after a sentence's end by a lost
            # line break, among named voices; prose writes no bracketed outlet before a colon.
            outlet_run_on = (
                c.inline
                and companion
                and c.info.outlet is not None
                and "(" in text[c.start : c.end]
                and text[max(0, c.start - 8) : c.start].rstrip(" \t")[-1:] in tuple(".?!…")
            )
            # "N1: How many families …?" at a press conference of named voices: a TV brand of
            # a letter and its number asks as "FBC News:" does (the digits make no "Q1:" of it:
            # a numbered question carries no outlet).
            brand_asks = not c.inline and companion and c.info.outlet is not None
            # "… five years. Question 3: When will …": a numbered question run on after a
            # sentence's end, its number between two line-start ones ("Question 2:" above,
            # "Question 4:" below) — the page's own numbering, no prose.
            numbered = re.fullmatch(r"([^\W\d_]+)[ \t]+(\d{1,3})", c.text) if c.inline else None
            numbered_run_on = numbered is not None and all(
                any(
                    not h.inline and h.text == f"{numbered.group(1)} {int(numbered.group(2)) + d}"
                    for h in cands
                )
                for d in (-1, 1)
            )
            if (
                (full_word and (role_total >= 2 or companion))
                or asker_noted
                or brand_asks
                or outlet_run_on
                or numbered_run_on
                or (
                    role_total >= 2
                    and (not c.inline or c.text.lower() not in "qa" or after_sentence)
                )
            ):
                accepted.append(c)
        elif c.inline:
            recurs = c.info.group in recurring
            if (recurs and (c.info.group in line_start_groups or role_total >= 2)) or (
                _glued_reporter(text, c, cands, role_total)
                or _glued_initials(text, c, cands)
                or _glued_office(text, c, cands)
                or _glued_outlet(text, c, cands)
                or _glued_asker(text, c, cands)
                or _glued_caller(text, c, cands)
                or _glued_dialogue(text, c, cands, recurring)
            ):
                accepted.append(c)
        elif (
            c.info.group in recurring
            or (kind is LabelKind.OFFICE and not c.stopped)
            or (c.stamped and stamped_dialogue)
            or (c.called and c.text == "Operator")  # the call's operator, kept above
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
    # rev.com stamps every label ("Ellen Marchetti (01:02):"): where the accepted labels carry
    # the stamp, a full name with it ("Tony Reyes (00:09):", who speaks once) is one more.
    rev_stamped = sum(_IN_LABEL_STAMP.search(text, a.start, a.end) is not None for a in accepted)
    # A short Rev page where nobody speaks twice (an announcer's "Speaker 1 (00:00):", the
    # introducer's "Sam Dutton (00:09):", the candidate's "Lena Ortiz (03:12):") proves itself
    # by its stamps: two or more such line-start labels whose times run forward.
    if rev_stamped < 2 and _rev_stamps_run(text, cands) >= 2:
        rev_stamped = 2
    for c in cands:
        if c.inline or c in accepted or c.info.group in recurring:
            continue
        kind = c.info.kind
        name = c.info.name
        if (
            rev_stamped >= 2
            and kind is LabelKind.PERSON
            and name is not None
            and (
                name.has_full_given
                or _unknown_voice(c)
                # A town hall's voice from the floor by first name alone, stamped and alone
                # on its line as every Rev label is ("Karen (15:24):" / "Hi, Karen from
                # Derry. …"), its stamp in order between its neighbours'.
                or (
                    _one_word_person(c)
                    and _alone_on_line(text, c)
                    and _stamp_in_order(text, c, accepted)
                )
            )
            and _IN_LABEL_STAMP.search(text, c.start, c.end) is not None
        ):
            accepted.append(c)
            continue
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
                # A congressional transcript's roster ("SEN. PETER ALVARADO (D-N.M.), RANKING
                # MEMBER") above surname labels in capitals ("HOLLIS:" / "KENNEY:"): the
                # ranking member's one "ALVARADO:" speaks too, among the turns (a heading
                # above the first turn, "APPEARANCES:", is no speaker).
                or (
                    name.caps
                    and not name.given
                    and rich
                    and c.start > accepted[0].start
                    and re.search(
                        rf"(?m)^[^\n]*\b[A-Z]{{2,}}[ \t]+{re.escape(name.surname)}[ \t]*[(,]",
                        text[: accepted[0].start],
                    )
                    is not None
                )
                # (or an event cover's, the full name alone on its line over its posts, "WELCOME:"
                # / "SUZANNE MALONEY" / "Vice President and Director, …": the one who welcomes
                # speaks first and once, "MALONEY: Good morning, …")
                or (
                    name.caps
                    and not name.given
                    and rich
                    and re.search(
                        rf"(?m)^[ \t]*[{UPPER}][{UPPER}'’\-]+(?:[ \t]+[{UPPER}]\.)?[ \t]+"
                        rf"{re.escape(name.surname)}[ \t]*\n[ \t]*[{UPPER}][{LOWER}]",
                        text[: c.start],
                    )
                    is not None
                )
            )
            and (
                re.search(
                    rf"(?<![{LETTER}]){re.escape(name.surname)}(?![{LETTER}])",
                    text[: accepted[0].start if accepted else 0],
                    re.IGNORECASE if name.caps else 0,
                )
                is not None
                # A House record's roster sets its members in capitals ("DINA TITUS, Nevada")
                # above the mixed-case period label ("Ms. Titus. Thank you, Mr. Chairman.").
                or (
                    c.stopped
                    and not name.caps
                    and re.search(
                        rf"(?<![{LETTER}]){re.escape(name.surname.upper())}[ \t]*,",
                        text[: accepted[0].start if accepted else 0],
                    )
                    is not None
                )
            )
        )
        # "Депутат Лапшин:" speaking once, right after the chair's "Лапшин Олег Петрович,
        # пожалуйста.": a title and the surname the paragraph above gives the floor.
        floored = (
            name is not None
            and name.title is not None
            and not name.given
            and not name.caps
            and base >= 2
            and re.search(
                rf"(?<![{LETTER}]){re.escape(name.surname)}(?![{LETTER}])",
                text[max(0, text.rfind("\n\n", 0, max(0, c.start - 2))) : c.start],
            )
            is not None
        )
        # (or, in a UN record, by the delegation the label brackets: "I give the floor to the
        # representative of the Syrian Arab Republic." / "Mr. Aldahhak (Syrian Arab Republic)
        # (spoke in Arabic): …" — a speaker from outside the Council, in no roster above)
        delegation = re.match(r"[^\n(:]*\(([^()\n]{3,60})\)", text[c.start : c.end])
        floored = floored or (
            name is not None
            and name.title is not None
            and not name.given
            and not name.caps
            and base >= 2
            and delegation is not None
            and re.search(
                rf"\brepresentative[ \t]+of[ \t]+(?:the[ \t]+)?{re.escape(delegation.group(1))}\b",
                text[max(0, text.rfind("\n\n", 0, max(0, c.start - 2))) : c.start],
            )
            is not None
        )
        # A briefing's one-off asker by a bare word, set as every accepted label is, alone on
        # its line over the words ("Postimees:" / "Minister, were …?" among "ERR News:" /
        # "Pevkur:" / "Moderator:"), where an outlet asks by its name too: the words ask, so
        # one more asker's label, not a line of the answer before it.
        lone_asker = (
            kind is LabelKind.PERSON
            and name is not None
            and not name.given
            and name.title is None
            and base >= 4
            and any(a.info.outlet for a in accepted)
            and all(_alone_on_line(text, a) for a in accepted)
            and _alone_on_line(text, c)
            and _next_para(text, c.end).rstrip().endswith("?")
        )
        # A government page's one speech under its one initialled label ("Вступительное слово
        # Михаила Мишустина" / "М.Мишустин: Добрый день, уважаемые коллеги!"): the page's only
        # label, at a line start, in the stenogram's own form (initial, dot, surname, no space),
        # its given name's initial and surname named in full above it (in any case ending).
        initialled = (
            kind is LabelKind.PERSON
            and base == 0
            and name is not None
            and len(cands) == 1
            and not name.has_full_given
            and _INITIALLED_LABEL.fullmatch(c.text.strip()) is not None
            and re.search(
                rf"(?<![{LETTER}]){re.escape(c.text.strip()[0])}[{LOWER}]+[ \t]+"
                rf"{re.escape(name.surname)}[{LOWER}]{{0,3}}(?![{LETTER}])",
                text[: c.start],
            )
            is not None
        )
        if (
            (kind in (LabelKind.INTERVIEWER, LabelKind.ANONYMOUS) and base >= 1)
            or initialled
            or (kind is LabelKind.PERSON and c.info.strong and base >= 2)
            or (kind is LabelKind.PERSON and floored)
            or lone_asker
            or (kind is LabelKind.PERSON and headed)
            or (kind is LabelKind.PERSON and c.info.group in listed and base >= 2)
            or (kind is LabelKind.PERSON and full_name and (has_role_word or rich))
            or (base >= 2 and _quoted_outlet_opener(text, c, accepted))
            # A teleconference's operator, who speaks once to read the queue's instructions
            # ("MODERATOR: … Operator, could you please repeat the instructions …?" /
            # "OPERATOR: Thank you. Ladies and gentlemen, …"), among labels that recur.
            or (kind is LabelKind.PERSON and fold(c.text) == "operator" and base >= 2)
            # A record printed wholly in period labels ("Chairman Mast." / "Mr. Meeks."): the
            # clerk's one reading ("The Clerk. Amendment in the nature of a substitute …").
            or (
                kind is LabelKind.OFFICE
                and c.stopped
                and base >= 3
                and all(a.stopped for a in accepted)
            )
        ):
            accepted.append(c)
    if not rich and len(accepted) >= 3:
        # A meeting's record where only the chair speaks twice: the ministers he gives the
        # floor speak once each, under their posts ("Emergencies Minister Alexander Kurenkov:")
        # and, the last, by bare name ("Mr Lavrov, you have the floor." / "Sergei Lavrov: Mr
        # President, colleagues, …"). With two named voices accepted, a full name the turn
        # above hands the floor to, by surname, speaks too.
        named = {a.info.group for a in accepted if a.info.name or a.info.office}
        for c in cands:
            name = c.info.name
            if (
                len(named) >= 2
                and not c.inline
                and c not in accepted
                and c.info.kind is LabelKind.PERSON
                and name is not None
                and name.has_full_given
                and c.start > min(a.start for a in accepted)
                and re.search(
                    rf"(?<![{LETTER}]){re.escape(name.surname)}(?![{LETTER}])",
                    text[max(0, c.start - 300) : c.start],
                )
                is not None
            ):
                accepted.append(c)
    accepted.sort(key=lambda h: h.start)
    accepted = _spelled_initials(cands, accepted, base)
    accepted = _court_posts(text, cands, accepted, base)
    accepted = _given_name_labels(cands, accepted, base)
    accepted = _handed_callers(text, cands, accepted)
    accepted = _one_off_askers(text, cands, accepted)
    accepted = _one_off_answerers(text, cands, accepted)
    accepted = _one_off_outlets(text, cands, accepted)
    accepted = _first_exchange_pair(text, cands, accepted)
    accepted = _first_answer_named(text, cands, accepted)
    accepted = _chevron_voices(text, cands, accepted)
    # A quote headline over an unlabelled interview ("Посол: Россия и Индонезия готовят
    # соглашение о защите инвестиций" above RIA's dash dialogue) is no turn either, though it
    # be the only label, or an office's that never speaks again.
    # A masthead taken for a label may stand above it ("APS - Algérie Presse Service" over
    # 'Belkacemi: "Algeria will not accept a fait accompli"'): look twice.
    for _ in range(2):
        once = (
            sum(a.info.group == accepted[0].info.group for a in accepted) == 1
            if accepted
            else False
        )
        if not (accepted and _headline(text, accepted[0], office=once, recurs=not once)):
            break
        accepted = accepted[1:]
    # A pull-quote set in capitals between an interview's paragraphs (Ukrainska Pravda's
    # 'ДЕНИС ШМИГАЛЬ: "ПІДВИЩЕННЯ ПОДАТКІВ — ЦЕ ВИМУШЕНИЙ КРОК"' over its dash dialogue) is
    # display type, not a turn, wherever it stands: a one-off label whose whole paragraph is
    # a quotation without a lower-case letter.
    groups = Counter(a.info.group for a in accepted)
    accepted = [a for a in accepted if groups[a.info.group] > 1 or not _caps_pull_quote(text, a)]
    return accepted


# A stenogram's label: "М.Мишустин", "С.В.Лавров" (an initial or two, a dot each, the surname).
_INITIALLED_LABEL = re.compile(
    rf"(?:[{UPPER}]\.){{1,2}}[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
)


def _quoted_outlet_opener(text: str, c: LabelHit, accepted: Sequence[LabelHit]) -> bool:
    """Does the paper ask the first question under its own name in guillemets, once, above a
    dialogue of other labels (Trud: "**«Труд»:** Геннадий Аркадьевич, …?" / "**Ладыгин:** …" /
    "**Е.Р.:** …")? A line-start label in guillemets, above every accepted label, its words
    asking, the name printed elsewhere on the page in any case ("Труд › Наука", "… рассказал
    «Труду»")."""
    if c.inline or c.info.outlet is None or not re.fullmatch(r"«[^«»]+»", c.text.strip()):
        return False
    later = [a for a in accepted if a.start > c.start]
    # (A quote headline above may have passed as a label for now: "Академик Геннадий
    # Ладыгин: «Вечная мерзлота не вечна …»" is no turn.)
    if not later or any(
        a.start < c.start and not _headline(text, a, office=False) for a in accepted
    ):
        return False
    body = text[c.end : min(a.cut for a in later)].strip().rstrip("*_").strip()
    name = c.info.outlet
    return (
        _ends_with_question(body)
        and len(re.findall(rf"(?<![{LETTER}]){re.escape(name)}", text)) >= 2
    )


def _caps_pull_quote(text: str, hit: LabelHit) -> bool:
    """Is ``hit``'s paragraph only itself and a short quotation in capitals?"""
    if hit.inline:
        return False
    end = text.find("\n\n", hit.end)
    rest = text[hit.end : len(text) if end < 0 else end].strip()
    return (
        "\n" not in rest
        and len(rest.split()) <= 14
        and rest[:1] in "'\"“‘«„"
        and rest[-1:] in "'\"”’»“"
        and re.search(f"[{LOWER}]", rest) is None
        and re.search(f"[{UPPER}]", rest) is not None
    )


def _stamp_seconds(text: str, hit: LabelHit) -> int | None:
    m = _IN_LABEL_STAMP.search(text, hit.start, hit.end)
    if m is None:
        return None
    parts = [int(p) for p in re.findall(r"\d+", m.group())]
    return sum(p * 60**i for i, p in enumerate(reversed(parts)))


def _stamp_in_order(text: str, c: LabelHit, accepted: Sequence[LabelHit]) -> bool:
    """Does the Rev stamp of ``c`` fall between those of the accepted labels around it (the
    one before at least, the one after at most; both must be stamped)?"""
    at = _stamp_seconds(text, c)
    before = [a for a in accepted if a.start < c.start]
    after = [a for a in accepted if a.start > c.start]
    if at is None or not before:
        return False
    low = _stamp_seconds(text, before[-1])
    high = _stamp_seconds(text, after[0]) if after else at
    return low is not None and high is not None and low <= at <= high


def _rev_stamps_run(text: str, cands: Sequence[LabelHit]) -> int:
    """How many line-start labels carry a rev.com stamp ("Sam Dutton (00:09):"), when their
    times run forward (a quoted clock time or a list of clips out of order is no transcript)."""
    times: list[int] = []
    for c in cands:
        m = None if c.inline else _IN_LABEL_STAMP.search(text, c.start, c.end)
        if m is not None:
            parts = [int(p) for p in re.findall(r"\d+", m.group())]
            times.append(sum(p * 60**i for i, p in enumerate(reversed(parts))))
    return len(times) if times == sorted(times) else 0


def _surname_offices(cands: Sequence[LabelHit]) -> list[LabelHit]:
    """A surname that is also a title word (``SURNAME_HEADS``: "KING", "BISHOP") reads as an
    office alone; where another label gives it as a person's surname under a given name
    ("…than that.GAYLE KING:" glued on, then "KING:", CBS), the bare word is that person's later
    label, in their group (so the glued full label recurs with a line-start member)."""
    surnames = {
        fold(n.surname)
        for c in cands
        if c.info.kind is LabelKind.PERSON and (n := c.info.name) is not None and n.given
    }
    if not surnames:
        return list(cands)
    out: list[LabelHit] = []
    for c in cands:
        if (
            c.info.kind is LabelKind.OFFICE
            and c.info.name is None
            and fold(c.text) in SURNAME_HEADS
            and fold(c.text) in surnames
        ):
            name = Name(given=(), surname=c.text, title=None, caps=c.text.isupper())
            info = dataclasses.replace(c.info, kind=LabelKind.PERSON, name=name, office=None)
            c = dataclasses.replace(c, info=info)
        out.append(c)
    return out


def _cyr(words: tuple[str, ...]) -> bool:
    """A Cyrillic name: "Given [Patronymic] Surname", one surname, so a longer label that ends
    in a shorter one's words carries a word before the given name, a post or a verb the line
    opened with ("Режиссер Антон Баранов: «…»" headline over "Антон Баранов:"), no name."""
    return all(re.fullmatch(r"[а-яёіїєґ'’\-]+", w) is not None for w in words)


# The word that opens a show page's credit line over the transcript, the guest's name after it
# ("Hosted by …" / "Featuring Daniel Okafor" / "Produced by …"): no given name of the guest's.
_CREDIT_LEADS = frozenset({"featuring", "feat", "starring", "guest", "guests", "with"})


def _rostered_pair(label: str, above: str) -> LabelInfo | None:
    """A given name and a surname that is also a common word ("Ben Key:", "Mark Best:"), which
    the name rules refuse, read as the person when a speakers line above lists the pair after
    its title ("Speakers: Vice Admiral (Retd) Sir Ben Key; Dr …"): the event's own roster."""
    m = re.fullmatch(
        rf"([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)[ \t]+([{UPPER}][{LOWER}]+)", label.strip()
    )
    if m is None:
        return None
    listed = re.search(
        rf"(?im)^[ \t]*(?:Speakers?|Panell?ists?|Participants?)[ \t]*:[^\n]*?"
        rf"(?<![{LETTER}]){re.escape(m.group(1))}[ \t]+{re.escape(m.group(2))}(?![{LETTER}])",
        above,
    )
    if listed is None:
        return None
    name = Name(given=(m.group(1),), surname=m.group(2), title=None, caps=False)
    return LabelInfo(LabelKind.PERSON, label.strip(), name=name)


def _shortened_names(cands: Sequence[LabelHit]) -> list[LabelHit]:
    """Spanish and Portuguese names carry two surnames, and a transcript writes them in full on
    a speaker's first label and shorter later: "Elena Márquez Soler.-" then "Elena Márquez.-",
    "RICARDO ALMEIDA SANTOS:" then "ALMEIDA SANTOS:". A label of two or more words that is the
    start or the end of a longer label's name is that speaker (same group, the full name).
    A name alone on its line (a show's title "Jesse Watters Primetime" under the site's
    navigation) lengthens only labels alone on their lines too: "JESSE WATTERS, FOX NEWS
    HOST:" is not the show."""
    full: dict[tuple[str, ...], Name] = {}
    alone: set[tuple[str, ...]] = set()
    for c in cands:
        name = c.info.name
        if c.info.kind is LabelKind.PERSON and name is not None and name.title is None:
            words = tuple(fold(w) for w in (*name.given, name.surname))
            if (c.alone or c.bare) and words[0] in _CREDIT_LEADS:
                continue  # a podcast page's credit line, "Featuring Daniel Okafor": no longer name
            if 3 <= len(words) <= 5 and not any(w.endswith(".") for w in words):
                if words not in full and (c.alone or c.bare):
                    alone.add(words)
                elif not (c.alone or c.bare):
                    alone.discard(words)
                full.setdefault(words, name)
    if not full:
        return list(cands)
    out: list[LabelHit] = []
    for c in cands:
        name = c.info.name
        if c.info.kind is LabelKind.PERSON and name is not None and name.title is None:
            words = tuple(fold(w) for w in (*name.given, name.surname))
            longer = {
                n.key: n
                for w, n in full.items()
                if len(words) >= 2
                and len(w) > len(words)
                and (w not in alone or c.alone or c.bare)
                and (w[: len(words)] == words or (w[-len(words) :] == words and not _cyr(w)))
            }
            if len(longer) == 1:  # one speaker only: "Juan Carlos" is no one's shortened name
                c = dataclasses.replace(
                    c, info=dataclasses.replace(c.info, name=next(iter(longer.values())))
                )
        out.append(c)
    return out


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
        # dotted too: "Тетяна Бондар, «Чорноморські новини»:" then "Т.Б.:" on the follow-up
        and (
            re.fullmatch(r"[A-Z]{2,3}", c.text) is not None
            or re.fullmatch(rf"(?:[{UPPER}]\.[ \t]?){{2,3}}", c.text) is not None
        )
        and re.sub(r"[.\s]", "", c.text) in spelled
    ]
    return sorted([*accepted, *extra], key=lambda h: h.start) if extra else accepted


def _with_persons(
    accepted: list[LabelHit], cands: Sequence[LabelHit], keep: Callable[[LabelHit], bool]
) -> list[LabelHit]:
    """``accepted`` with the line-start person candidates not yet taken that ``keep`` admits,
    in text order."""
    taken = {a.start for a in accepted}
    extra = [
        c
        for c in cands
        if c.start not in taken and not c.inline and c.info.kind is LabelKind.PERSON and keep(c)
    ]
    return sorted([*accepted, *extra], key=lambda h: h.start) if extra else accepted


def _court_posts(
    text: str, cands: Sequence[LabelHit], accepted: list[LabelHit], base: int
) -> list[LabelHit]:
    """A record of trial's post label ("TC: Nothing further, Your Honor.") speaks even once when
    the court's list above the turns gives that post a holder (see court_roster)."""
    if base < 2 or not accepted:
        return accepted
    roster = court_roster(text[: accepted[0].start])
    if not roster:
        return accepted
    return _with_persons(accepted, cands, lambda c: post_holder(c.text, roster) is not None)


def _one_word_person(c: LabelHit) -> bool:
    """A line-start label of one bare word read as a person ("Rohit:", "Оксана:"): no given
    name, no title, not glued into a line."""
    name = c.info.name
    return (
        not c.inline
        and c.info.kind is LabelKind.PERSON
        and name is not None
        and not name.given
        and name.title is None
        and " " not in name.surname
    )


def _given_name_labels(
    cands: Sequence[LabelHit], accepted: list[LabelHit], base: int
) -> list[LabelHit]:
    """A briefing that labels a journalist "Rohit Malhotra, WION:" on the first question and
    only "Rohit:" on the follow-up: a line-start one-word label that is the given name of
    exactly one speaker named in full (and nobody's surname) speaks even once, in a text with
    two other labels."""
    if base < 2:
        return accepted
    named = [n for a in accepted if (n := a.info.name) is not None and n.has_full_given]
    taken = {a.start for a in accepted}
    extra: list[LabelHit] = []
    for c in cands:
        name = c.info.name
        if c.start in taken or not _one_word_person(c) or name is None or name.caps:
            continue
        word = fold(name.surname)
        owners = {n.key for n in named if fold(n.given[0]) == word}
        if len(owners) == 1 and not any(fold(n.surname) == word for n in named):
            extra.append(c)
    return sorted([*accepted, *extra], key=lambda h: h.start) if extra else accepted


def _chevroned(text: str, hit: LabelHit) -> bool:
    """Does the label's line open with a caption track's ">>" mark of a new voice?"""
    return text[text.rfind("\n", 0, hit.start) + 1 : hit.start].strip() == ">>"


def _chevron_voices(
    text: str, cands: Sequence[LabelHit], accepted: list[LabelHit]
) -> list[LabelHit]:
    """A YouTube caption paste marks every change of voice with ">>" (">> PRIYA: …", ">> TOMAS:
    …"); where two voices so marked recur, a person's label so marked that speaks once (the
    producer's ">> SAM: we've got a question from the comments …") is a voice too."""
    marked = Counter(a.info.group for a in accepted if not a.inline and _chevroned(text, a))
    if sum(n >= 2 for n in marked.values()) < 2:
        return accepted
    return _with_persons(accepted, cands, lambda c: _chevroned(text, c))


# A caption track's ">>" with no name after it, at a paragraph's start: a voice the captioner
# did not name (a council's staff at the podium: ">> Good morning, mayor and council. …").
_BARE_CHEVRON = re.compile(r"(?:^|\n)[ \t]*>>[ \t]+(?=\S)")


def _bare_chevrons(text: str, labels: Sequence[LabelHit]) -> list[LabelHit]:
    """Where two named voices are marked ">>" and recur, a ">>" with no label after it opens an
    unnamed voice's turn (never named here: the captioner did not know who spoke)."""
    marked = Counter(h.info.group for h in labels if not h.inline and _chevroned(text, h))
    if sum(n >= 2 for n in marked.values()) < 2:
        return list(labels)
    starts = {text.rfind("\n", 0, h.start) + 1 for h in labels}
    extra = []
    for m in _BARE_CHEVRON.finditer(text):
        line = m.start() + (text[m.start()] == "\n")
        if line in starts:
            continue
        info = LabelInfo(LabelKind.ANONYMOUS, ">>", strong=True)
        # (the label's span is the ">>" itself, so the label is written where it says)
        extra.append(LabelHit(text.index(">>", m.start()), m.end(), ">>", info, line))
    return sorted([*labels, *extra], key=lambda h: h.start) if extra else list(labels)


def _glued_reporter(text: str, c: LabelHit, cands: Sequence[LabelHit], role_total: int) -> bool:
    """A reporter's "Full Name, Outlet:" label glued to the end of an answer in a briefing with
    "Question:" labels ("…with you.Manish Kapoor, Times Now: Sir, … What is the latest?"): a
    full name, an outlet, after a sentence end, asking. An MEA briefing whose askers are all
    labelled so ("Sidhant Sibal, WION:", "Manish Jha, TV9 Bharatvarsh:", at line starts) needs
    no "Question:" labels: two such line-start askers prove the form."""
    name = c.info.name
    askers = {
        h.info.group
        for h in cands
        if not h.inline
        and h.info.group != c.info.group
        and h.info.role is not None
        and h.info.name is not None
        and h.info.name.has_full_given
    }
    if (
        (role_total < 2 and len(askers) < 2)
        or name is None
        or not name.has_full_given
        or c.info.role is None
        or text[c.start - 1] not in '.?!…"”'
    ):
        return False
    nxt = next((h.start for h in cands if h.start > c.start), len(text))
    return "?" in text[c.end : nxt]


def _caps_dateline(text: str, c: LabelHit, cands: Sequence[LabelHit]) -> bool:
    """A wire story's capitals dateline opening the lead ("KUALA LUMPUR: NATO Secretary General
    Mark Rutte spoke to Lucy McBride …") reads as a capitals name label. It is the page's first
    candidate, once only, named nowhere else on the page, and its paragraph names two of the
    page's recurring voices by their surnames: the lead tells who speaks, no one speaks it."""
    name = c.info.name
    if c.inline or name is None or not name.caps or name.title or c.info.role:
        return False
    if any(h.start < c.start or (h is not c and h.info.group == c.info.group) for h in cands):
        return False
    if len(re.findall(rf"(?<![{LETTER}]){re.escape(name.surname)}(?![{LETTER}])", text, re.I)) > 1:
        return False
    paragraph = _paragraph(text, c.end)
    voices = Counter(h.info.group for h in cands)
    named = {
        h.info.group
        for h in cands
        if voices[h.info.group] >= 2
        and h.info.name is not None
        and re.search(
            rf"(?<![{LETTER}]){re.escape(h.info.name.surname.split()[-1])}(?![{LETTER}])",
            paragraph,
            re.IGNORECASE,
        )
    }
    return len(named) >= 2


def _glued_dialogue(text: str, c: LabelHit, cands: Sequence[LabelHit], recurring: set[str]) -> bool:
    """A voice whose every label the scrape glued to the sentence before it ("… this winter?Jean
    Barrot: Yes, …" / "… with Norway.Mark Hart: Some …"): only the page's first label keeps its
    line start, so the other voice never has one. It counts when it recurs, each of its labels
    straight after a sentence's end, and a line-start voice of the page is glued on the same way
    too (the lost line breaks are the page's, not one stray "… said.Washington:")."""

    def glued(h: LabelHit) -> bool:
        return h.inline and h.start > 0 and text[h.start - 1] in '.?!…"”»'

    own = [h for h in cands if h.info.group == c.info.group]
    if c.info.group not in recurring or not all(glued(h) for h in own):
        return False
    return any(
        h.info.group != c.info.group
        and h.info.group in recurring
        and any(not o.inline for o in cands if o.info.group == h.info.group)
        and glued(h)
        for h in cands
    )


def _glued_caller(text: str, c: LabelHit, cands: Sequence[LabelHit]) -> bool:
    """A phone-in's caller glued on by a lost line break ("… you're on Pennine Radio.CALLER
    (DEREK, HALIFAX): Morning."): each caller speaks as their own name, so the group never
    recurs, but the form ("Caller (…, …)") does at a line start."""

    def phoned(h: LabelHit) -> bool:
        return _PHONE_IN.fullmatch(text[h.start : h.end].rstrip(": \t")) is not None

    return phoned(c) and any(not o.inline and phoned(o) for o in cands)


# A phone-in's host puts the caller through by first name ("Good morning, Dennis, you're on the
# air.", "Андрей из Казани, вы в эфире."): naming reads the caller's "CALLER:" as that name, and
# a one-off label that is that name is the caller's (labels._handed_callers).
HAND_OFF_VOCATIVE = re.compile(
    r"(?:\b(?:[Gg]o[ \t]+ahead|[Gg]ood[ \t]+(?:morning|afternoon|evening)|[Hh]i|[Hh]ello"
    r"|[Ww]elcome|Говорите|Слушаем[ \t]+вас|Здравствуйте|Добрый[ \t]+(?:день|вечер)"
    r"|Доброе[ \t]+утро|Говоріть|Слухаємо[ \t]+вас|Добрий[ \t]+(?:день|вечір)|Вітаю)"
    # (a British host's clipped greeting opening its sentence: "Morning, Maureen, you're on
    # BBC Radio Cumbria.")
    r"|(?:^|(?<=[.!?][ \t]))(?:Morning|Afternoon|Evening)"
    # (the address may close on a dash: "Morning, Shazia — well, evening.")
    rf"),?[ \t]+(?P<name>[{UPPER}][{LOWER}]+)(?=[ \t]*[,.!—–])"
    # The name first, then the greeting: "Gary farms near Appleby. Gary, good morning."
    rf"|(?:^|(?<=[.!?][ \t]))(?P<first>[{UPPER}][{LOWER}]+),[ \t]+(?:good[ \t]+"
    r"(?:morning|afternoon|evening)|go[ \t]+ahead|you['’]re[ \t]+on[ \t]+the[ \t]+air)[ \t]*[.!]"
)
# (a Russian or Ukrainian host may put the line first: "У нас звонок. На линии Виктор из
# Тольятти. Виктор, здравствуйте."; an English one the queue: "Next up is Loretta in Fresno,
# California, independent line.", "Let's go to Wendell in Macon, Georgia.")
HAND_OFF_OPENS = re.compile(
    # ("У нас на лінії пан Василь із Коршилова. Пане Василю, говоріть.": the courtesy word too)
    r"(?:^|[.!?][ \t]+)(?:(?:У[ \t]+нас[ \t]+(?=[Нн]а[ \t]))?(?:На|У|на)[ \t]+"
    r"(?:линии|связи|проводе|лінії|зв['’]язку)[ \t]+(?:(?:пан|пані|господин|госпожа)[ \t]+)?"
    # ("Next it's Shazia in Preston.")
    r"|(?:(?:Next|Up[ \t]+next)(?:[ \t]+up)?(?:[ \t]+(?:is|we[ \t]+have|it['’]s))?"
    r"|(?:Let['’]s|We['’]ll|We)[ \t]+(?:go|turn)[ \t]+to|And[ \t]+now|Now"
    # ("Thanks, Warren. Another call, Jenny in Hillston.")
    r"|(?:Another|Our[ \t]+next|Next)[ \t]+call(?:er)?(?:[ \t]+is)?)[ \t,]+)?"
    # (a thanks or a filler opening the sentence is no caller: "Thanks, Warren. …")
    # (nor a greeting: "Morning, Shazia." greets her)
    r"(?!(?:Thanks|Thank|Okay|Right|Well|Cheers|Alright|Yes|Morning|Afternoon|Evening|Hello"
    r"|Hi|Welcome|Дякую|Спасибо)(?![а-яёіїєґa-z]))"
    rf"(?P<name>[{UPPER}][{LOWER}]+)"
    # ("Brian's on the line from Burnley.")
    r"(?:(?:[ \t]+is|['’]s)?[ \t]+(?:on[ \t]+the[ \t]+line[ \t]+)?(?:in|from|on)[ \t]+"
    r"|[ \t]+(?:из|с|з|із)[ \t]+|,[ \t]+)"
    rf"[{UPPER}]"
)


def _handed_callers(
    text: str, cands: Sequence[LabelHit], accepted: list[LabelHit]
) -> list[LabelHit]:
    """A phone-in's caller labelled once by the first name the host has just put through ("…
    каже.Ведучий: У нас є дзвінок. Оксана з Житомира, ви в ефірі." / "Оксана: Добрий вечір.
    …?"): a line-start one-word label, right after a recurring label's turn whose last lines
    hand over to that name ("Go ahead, Marlene.", "Next up is Loretta in Fresno, …")."""
    groups = Counter(a.info.group for a in accepted)
    if sum(n >= 2 for n in groups.values()) < 2:
        return accepted
    taken = {a.start for a in accepted}
    extra: list[LabelHit] = []
    for c in cands:
        name = c.info.name
        if c.start in taken or not _one_word_person(c) or name is None:
            continue
        before = [a for a in accepted if a.start < c.start]
        if not before or groups[before[-1].info.group] < 2:
            continue
        tail = text[before[-1].end : c.start].strip()[-300:]
        said = {m.group("name") for m in HAND_OFF_OPENS.finditer(tail)}
        said |= {m.group("name") or m.group("first") for m in HAND_OFF_VOCATIVE.finditer(tail)}
        if fold(name.surname) in {fold(w) for w in said}:
            extra.append(c)
    return sorted([*accepted, *extra], key=lambda h: h.start) if extra else accepted


def _glued_outlet(text: str, c: LabelHit, cands: Sequence[LabelHit]) -> bool:
    """An outlet asking under its own name, glued to the moderator's hand-off by a lost line
    break ("Анна Лыкова: Следующий вопрос, пожалуйста.ИА «СеверИнформ»: Будут ли …?"): right
    after a sentence end, asking, at a press conference where two or more line-start askers
    name their outlet ("Елена Сорокина, ГТРК «Вологда»:")."""
    if c.info.outlet is None or text[c.start - 1] not in '.?!…"”':
        return False
    askers = sum(
        not h.inline and (h.info.outlet is not None or outlet_role(h.info.role)) for h in cands
    )
    nxt = next((h.start for h in cands if h.start > c.start), len(text))
    return askers >= 2 and "?" in text[c.end : nxt]


def _glued_asker(text: str, c: LabelHit, cands: Sequence[LabelHit]) -> bool:
    """A newspaper that asks once, glued to the answer before it by a lost line break with no
    space left ("… councils with real powers.Al-Ghad: Is the government considering …?"), at a
    press conference where two or more other line-start askers each ask once too (Petra's
    "Al-Rai:", "Roya TV:"): a word's full stop right against the label, a question after it."""
    if c.info.kind is not LabelKind.PERSON or not re.search(
        rf"[{LOWER}]{{2}}[.?!…]$", text[max(0, c.start - 3) : c.start]
    ):
        return False
    nxt = next((h.start for h in cands if h.start > c.start), len(text))
    if "?" not in text[c.end : nxt]:
        return False
    if re.fullmatch(r"[A-Z]{2,6}", c.text) and any(
        not h.inline and h.info.outlet is not None for h in cands
    ):
        # NNA: "… through the United Nations.LBCI: A question to the Jordanian minister. When
        # …?" beside the line-start outlet label "Al-Jadeed TV:": a broadcaster's acronym
        # against a word's full stop, asking, where outlets ask by their own names.
        return True
    groups = Counter(h.info.group for h in cands if not h.inline)
    line_start = sorted((h for h in cands if not h.inline), key=lambda h: h.start)
    once_askers = 0
    for k, h in enumerate(line_start):
        if h.info.group == c.info.group or groups[h.info.group] != 1:
            continue
        end = line_start[k + 1].start if k + 1 < len(line_start) else len(text)
        once_askers += "?" in text[h.end : end]
    return once_askers >= 2 and any(n >= 2 for n in groups.values())


# kremlin.ru's initials label: "В.Путин", "А.Новак", "С.Цивилев" (no space after the initial).
_INITIALS_LABEL = re.compile(rf"(?:[{UPPER}]\.){{1,2}}[{UPPER}][{LOWER}][\w'’\-]*")
# A regional government's stenogram writes the surname first: "Соколова Н.В.", "Кузнецов А. В.".
_SURNAME_INITIALS_LABEL = re.compile(
    rf"[{UPPER}][{LOWER}][\w'’\-]*[ \t]+[{UPPER}]\.(?:[ \t\u00a0]?[{UPPER}]\.)?"
)


def _initials_shape(label: str) -> int:
    """1 for an initials-first label ("М.Петров"), 2 for a surname-first one ("Соколова Н.В."),
    0 for any other."""
    if _INITIALS_LABEL.fullmatch(label):
        return 1
    return 2 if _SURNAME_INITIALS_LABEL.fullmatch(label) else 0


def _glued_office(text: str, c: LabelHit, cands: Sequence[LabelHit]) -> bool:
    """An office that speaks once, glued to the turn before it by a lost line break with no
    space left ("…виконано на 78 відсотків.Прем’єр-міністр: Що з когенераційними …"): a word's
    full stop right against the office, in a page whose line-start labels name two voices or
    more (prose puts a space after its full stop)."""
    if c.info.kind is not LabelKind.OFFICE or not re.search(
        rf"[{LOWER}]{{2}}[.?!…]$", text[max(0, c.start - 3) : c.start]
    ):
        return False
    peers = {h.info.group for h in cands if not h.inline and h.info.group != c.info.group}
    return len(peers) >= 2


def _glued_initials(text: str, c: LabelHit, cands: Sequence[LabelHit]) -> bool:
    """A minister who speaks once, the label glued to the chair's hand-off by a lost line break
    ("…Сергей Евгеньевич Цивилев, пожалуйста, по отопительному сезону.С.Цивилев: Уважаемый …"):
    right after a sentence end, in the initials form that two other voices use at line start.
    The lost break may leave a space: "…будет гарантировано в полном объёме. М.Мишустин: …".
    The surname-first form likewise, among line-start "Соколова Н.В.:", "Кузнецов А.В.:": "…
    Новый срок – конец мая.Лебедева И.С.: Михаил Юрьевич, разрешите добавить …"."""
    before = text[max(0, c.start - 3) : c.start].rstrip(" \t")
    shape = _initials_shape(c.text)
    if before[-1:] not in tuple(".?!…") or not shape:
        return False
    peers = {
        h.info.group
        for h in cands
        if not h.inline and h.info.group != c.info.group and _initials_shape(h.text) == shape
    }
    return len(peers) >= 2


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
        if not before or not after:
            continue
        nxt = cands[i + 1].cut if i + 1 < len(cands) else after[0].cut
        asks = "?" in text[c.end : min(nxt, after[0].cut)]
        # A journalist's first name with the outlet in brackets ("Rina (Tempo): Pak Arief, is
        # there a plan …?" between two officials' answers at an Antara press conference) says
        # who asks by its own form, whoever answers next.
        outlet_noted = (
            c.info.name is not None
            and not c.info.name.title
            and re.fullmatch(
                r"[ \t]*\([^()\n]{2,40}\)[ \t]*:?[ \t]*",
                text[c.start + len(c.text) : c.end],
            )
            is not None
            and len(accepted) >= 4
        )
        if asks and outlet_noted:
            extra.append(c)
            continue
        # A voice from the floor the chair has just called by full name ("Chair: Let me go to
        # the floor. Yes — Priyanka Desai, at the back." / "Desai: Thank you. … What would make
        # insurers comfortable …?"): the bare surname label is the one called, and asks.
        called = (
            c.info.name is not None
            and not c.info.name.given
            and len(accepted) >= 4
            and re.search(
                rf"(?<![{LETTER}])[{UPPER}][{LETTER}'’\-]+[ \t]+"
                rf"{re.escape(c.info.name.surname)}(?![{LETTER}])",
                text[before[-1].end : c.start],
            )
            is not None
        )
        if asks and called:
            extra.append(c)
            continue
        if before[-1].info.group != after[0].info.group:
            continue
        if groups[before[-1].info.group] >= 3 and asks:
            extra.append(c)
    return sorted([*accepted, *extra], key=lambda h: h.start) if extra else accepted


def _one_off_outlets(
    text: str, cands: Sequence[LabelHit], accepted: list[LabelHit]
) -> list[LabelHit]:
    """An outlet that asks once under a bare name no outlet list knows, at a briefing where two
    or more other line-start askers each ask once as well ("Суспільне: Пане Ігорю, чи будуть
    …?", "Думська: Пане Дмитре, чи є інформація …?", "Ольга Мельник, «Одеське життя»: Коли
    …?") and an official speaks more than once: a plain line-start label whose turn asks
    (``_glued_asker`` reads the same briefing's label glued on by a lost line break)."""
    groups = Counter(a.info.group for a in accepted)
    if not any(n >= 2 for n in groups.values()):
        return accepted
    ordered = sorted(accepted, key=lambda h: h.start)

    def turn(h: LabelHit) -> str:
        nxt = next((a.cut for a in [*ordered, *cands] if a.start > h.start), len(text))
        return _paragraph(text, h.end)[: max(0, nxt - h.end)]

    once_askers = sum(
        not a.inline and groups[a.info.group] == 1 and "?" in turn(a) for a in ordered
    )
    # A doorstop whose unnamed "Journalist:" asks again and again beside one outlet that asks
    # once ("FBC News: Will you attend …?"): the room's askers are many, as at a briefing.
    if any(
        a.info.kind is LabelKind.INTERVIEWER and a.info.name is None and groups[a.info.group] >= 2
        for a in ordered
    ):
        once_askers += 1
    if once_askers < 2:
        return accepted
    taken = {a.start for a in accepted}
    extra = [
        c
        for c in cands
        if c.start not in taken
        and not (c.inline or c.stopped or c.bare or c.alone or c.dashed or c.stamped)
        and not (c.called or c.member or c.parened)
        and c.info.kind is LabelKind.PERSON
        and c.info.group not in groups
        and sum(h.info.group == c.info.group for h in cands) == 1
        and ordered[0].start < c.start < ordered[-1].start
        and ("?" in turn(c) or _put_to_official(c, ordered, turn(c)))
    ]
    # One that puts a point without a question mark asks all the same: as the outlet it names
    # (a bare word, no given name), as "FBC News:" does.
    extra = [
        dataclasses.replace(
            c,
            info=dataclasses.replace(
                c.info, kind=LabelKind.QUESTION, name=None, outlet=c.info.name.surname
            ),
        )
        if "?" not in turn(c) and c.info.name is not None and not c.info.name.given
        else c
        for c in extra
    ]
    return sorted([*accepted, *extra], key=lambda h: h.start) if extra else accepted


# A journalist's words opening on the official's address: "Sir, …", "Prime Minister, …",
# "Madam Minister, …", "Your Excellency, …".
_ASKER_ADDRESS = re.compile(
    r"[ \t]*(?:(?:Mr|Mister|Madam|Madame)\.?[ \t]+)?(?:Sir|Madam|Ma['’]am"
    r"|(?:Prime|Deputy|Foreign|Vice)?[ \t]*(?:Minister|President|Secretary|Premier|Governor|Mayor)"
    r"|Your[ \t]+(?:Excellency|Honou?r))[ \t]*,"
)


def _put_to_official(c: LabelHit, ordered: Sequence[LabelHit], words: str) -> bool:
    """A one-off asker whose words put a point to the official rather than ask ("Fijivillage:
    Sir, there are reports that the coalition partners were not consulted."): they open on
    the official's address, between two turns of the same recurring voice, who answers."""
    before = [a for a in ordered if a.start < c.start]
    after = [a for a in ordered if a.start > c.start]
    return (
        bool(before and after)
        and before[-1].info.group == after[0].info.group
        and sum(a.info.group == before[-1].info.group for a in ordered) >= 2
        and _ASKER_ADDRESS.match(words) is not None
    )


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


# A bold question or a dashed paragraph below ("**Хто ваші читачі?**", "— Серьезно?").
_LATER_DIALOGUE = re.compile(r"\n[ \t]*(?:\*\*|__|[—–][ \t])[^\n]*\?")


def _first_exchange_pair(
    text: str, cands: Sequence[LabelHit], accepted: list[LabelHit]
) -> list[LabelHit]:
    """Мінфін labels only the first exchange, with the journalist's and the expert's surnames in
    bold ("**Яковенко:** Почнімо з головного: … найближчими місяцями?" / "**Бойко:** Різких
    рухів я не чекаю. …"), then prints bold questions and plain answers: two bold line-start
    surname labels one after the other, the first asking, each surname written in full above
    them (the byline "Наталія Яковенко", the headline "Тарас Бойко: …"), and no other label."""
    if len({x.info.group for x in accepted}) > 1:
        return accepted

    def bold_surname(c: LabelHit) -> bool:
        line = text[text.rfind("\n", 0, c.start) + 1 : c.end]
        return (
            not c.inline
            and c.info.kind is LabelKind.PERSON
            and c.info.name is not None
            and (not c.info.name.given or c.info.name.has_full_given)
            and re.match(r"[ \t]*(?:\*\*|__)", line) is not None
        )

    for a, b in itertools.pairwise(cands):
        if a.info.group == b.info.group or not (bold_surname(a) and bold_surname(b)):
            continue
        # (the headline "Тарас Бойко: …" above may be the one accepted so far)
        if any(x.start > a.start and x.start != b.start for x in accepted):
            continue
        if not _ends_with_question(text[a.end : b.cut].rstrip(" \t\n*_")):
            continue
        above = text[: a.start]
        full = all(n is not None and n.has_full_given for n in (a.info.name, b.info.name))
        # Східний варіант writes both names in full ("**Ірина Бойко:** Пані Наталю, …?" /
        # "**Наталія Коваль:** …"), the interviewee named nowhere else: the labels name them
        # themselves, so the pair counts when bold questions or dashed paragraphs go on below.
        if full and _LATER_DIALOGUE.search(text, b.end):
            return [*(x for x in accepted if x.start < a.start), a, b]
        # Ридус asks as the outlet the lead names in quotes ("«Ридус» поговорил с … Олегом
        # Дорохиным" over "**Ридус:** Олег Николаевич, …?" / "**Олег Дорохин:** …"): one label
        # a full name, the other that quoted outlet, and the bold dialogue going on below.
        outlet_or_full = all(
            n is not None
            and (
                n.has_full_given
                or (not n.given and re.search(rf"«{re.escape(n.surname)}»", above) is not None)
            )
            for n in (a.info.name, b.info.name)
        )
        if outlet_or_full and _LATER_DIALOGUE.search(text, b.end):
            return [*(x for x in accepted if x.start < a.start), a, b]
        if not full and all(
            n is not None
            and re.search(rf"[{UPPER}][{LOWER}]+[ \t]+{re.escape(n.surname)}(?![{LETTER}])", above)
            for n in (a.info.name, b.info.name)
        ):
            return [*(x for x in accepted if x.start < a.start), a, b]
    return accepted


# A dashed paragraph that asks: "— Насколько упали цены?".
_DASHED_ASK = re.compile(r"\n[ \t]*\n[ \t]*[—–][ \t][^\n]*\?[ \t]*\n")


def _first_answer_named(
    text: str, cands: Sequence[LabelHit], accepted: list[LabelHit]
) -> list[LabelHit]:
    """Regnum labels the first exchange with the outlet and the interviewee's full name ("ИА
    Регнум: Геннадий Петрович, …?" / "Геннадий Мальцев: Если коротко — средним."), prints the
    rest as a dash dialogue, and closes with the outlet's label again ("ИА Регнум: Спасибо."):
    the one-off full name right after the recurring asker's first label answers. Only when
    the asker is the one accepted group, its first label asks, and dashed questions go on
    below the answer."""
    if len({x.info.group for x in accepted}) != 1 or len(accepted) > 3:
        return accepted
    first = accepted[0]
    for a, b in itertools.pairwise(cands):
        if a.start != first.start:
            continue
        name = b.info.name
        if (
            b.inline
            or a.inline
            or b.info.kind is not LabelKind.PERSON
            or name is None
            or not name.has_full_given
            or b.info.group == a.info.group
            or any(c.info.group == b.info.group and c.start != b.start for c in cands)
            or not _ends_with_question(text[a.end : b.cut].rstrip())
        ):
            return accepted
        below = text[b.end : next((x.start for x in accepted if x.start > b.start), len(text))]
        if len(_DASHED_ASK.findall(below)) < 2:
            return accepted
        return sorted([*accepted, b], key=lambda h: h.start)
    return accepted


def _label_shape(hit: LabelHit) -> tuple[bool, bool, bool, bool]:
    """How a label writes its name: with given names, a title, in capitals, with a role."""
    name = hit.info.name
    if name is None:
        return (False, False, False, hit.info.role is not None)
    return (bool(name.given), name.title is not None, name.caps, hit.info.role is not None)


_PLAYER_MARK = re.compile(r"(?i:video|watch|watch video|play video|відео|видео)")


# A post before a headline's name: "Голова «Укрводшляху» ", "Міністр енергетики ", "Глава ФАС ".
_HEADLINE_POST = re.compile(
    rf"[ \t]*[{UPPER}][{LOWER}]+(?:[ \t]+(?:«[^»\n]{{1,40}}»|[^\s.!?:;,«»\"]+)){{0,4}}[ \t]+"
)


# One capitalised word alone on its line: a flattened menu's item ("Sport", "Culture").
_MENU_ITEM = re.compile(rf"[{UPPER}][{LETTER}]{{1,14}}")
# A menu item of up to three words, capitalised first, no digit and no mark but an ampersand.
_MENU_WORDS = re.compile(rf"[{UPPER}][{LETTER}]{{0,14}}(?:[ \t]+(?:&|[{LETTER}]{{1,14}})){{0,2}}")


def _menu_line(line: str) -> bool:
    """Is ``line`` one item of a site menu flattened one item a line?"""
    return _MENU_ITEM.fullmatch(line) is not None or _MENU_WORDS.fullmatch(line) is not None


# A cookie banner's line: its sentences on the site's cookies and its buttons ("We use some
# essential cookies …", "We’d like to set additional cookies …", "Accept additional cookies").
_COOKIE_LINE = re.compile(
    r"(?i)^(?:(?:We|We[’']d|We[ \t]+(?:would|also)|This[ \t]+(?:web[ \t]?)?site|Our[ \t]+"
    r"(?:web[ \t]?)?site)\b[^\n.!?]{0,60}\bcookies\b[^\n]{0,200}"
    r"|(?:Cookies[ \t]+on[ \t]+[^\n]{1,30}|(?:Accept|Reject|View|Manage)[ \t]+(?:\w+[ \t]+)?"
    r"cookies(?:[ \t]+settings)?))$"
)


# The short words a Title Case tagline leaves lowered ("Platform for Broadcasting in …").
_TAGLINE_JOINERS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to"})


def _headline(text: str, first: LabelHit, *, office: bool = False, recurs: bool = False) -> bool:
    """A headline in the "Vance: Europe must pay" style on the text's first lines, not a turn:
    the rest of its line is short and unpunctuated (an office's label too, with ``office``).
    A label that speaks again below (``recurs``) whose words run on to the next line in lower
    case is a PDF transcript's hard-wrapped first turn ("MARTIN GEISSLER: Waiting times at A&E
    in Scotland were the worst on" / "record this winter. …"), no headline."""
    kinds = (LabelKind.PERSON, LabelKind.OFFICE) if office else (LabelKind.PERSON,)
    # A show's name that the page quotes as a publication's ("Вечерний разговор: как сохранить
    # сердце здоровым после сорока" over a radio transcript whose host says "это «Вечерний
    # разговор»"), once at the top, is the episode's headline, not the outlet asking.
    titled = office and first.info.kind is LabelKind.QUESTION and first.info.outlet is not None
    # An office's label over a bare quotation is display type however often the office speaks
    # below: 'Head of Mission: "Elections are won in the registry office"' over the dek.
    line_end = text.find("\n", first.end)
    quoted = first.info.kind is LabelKind.OFFICE and _quoted_rest(
        text[first.end : len(text) if line_end < 0 else line_end]
    )
    # A headline's clause after an office goes on in lower case, as no turn's first word does:
    # "Главный санитарный врач: школы на карантин закрывать не будут" over the lead.
    rest_line = text[first.end : len(text) if line_end < 0 else line_end].strip()
    lowered = first.info.kind is LabelKind.OFFICE and rest_line[:1].islower()
    line_start = text.rfind("\n", 0, first.start) + 1
    if recurs and line_end >= 0 and re.match(rf"[ \t]*[{LOWER}]", text[line_end + 1 :]):
        return False
    # The name may follow its post on the headline's line, the label then inline: "Голова
    # «Укрводшляху» Максим Литвиненко: Дунай працює на межі, а порти …" (a short capitalised
    # run with no sentence mark before the name).
    posted = first.inline and _HEADLINE_POST.fullmatch(text, line_start, first.start) is not None
    if (first.inline and not posted) or (
        first.info.kind not in kinds and not titled and not quoted and not lowered
    ):
        return False
    # Above a headline stand at most a title line and a site's crumbs, dates and short menu
    # lines ("Главная / Пресс-центр / Новости", "18.12.2025 15:47"), never prose.
    above = [ln.strip() for ln in text[:line_start].split("\n") if ln.strip()]
    # A site's cookie banner over the page (GOV.UK: "Cookies on GOV.UK" / "We use some essential
    # cookies to make this website work." / … / "Accept additional cookies" / "View cookies") is
    # the site's, however many sentences it has: neither prose nor header lines (session 33).
    above = [ln for ln in above if _COOKIE_LINE.search(ln) is None]
    if above and _PLAYER_MARK.fullmatch(above[-1]):
        # An embedded player's title under its marker, however much prose the page has above:
        # foxnews.com's "Video" / "Energy Secretary Chris Wright: We are going to unleash
        # American energy" over the clip's blurb.
        return _headline_rest(text[first.end : len(text) if line_end < 0 else line_end])
    # A site's name in capitals ("PREDSEDNIK REPUBLIKE SRBIJE | PRESIDENT OF THE REPUBLIC OF
    # SERBIA") is a banner, not prose.
    prose = [
        ln
        for ln in above
        if len(ln.split()) > 6
        and not _BREADCRUMB.search(ln)
        and "/" not in ln
        and not re.search(r"\S(?: {2,}|\t)\S", ln)  # a menu: "Главное  Видео  Программы"
        and re.search(f"[{LOWER}]", ln)
        # (a menu flattened with single spaces, every word capitalised: "Home UK Politics World
        # US Money Climate Science & Tech Ents & Arts Videos")
        and not all(w[:1].isupper() or not w[:1].isalpha() for w in ln.split())
        # A site's tagline in Title Case, only short joining words lowered and no closing mark:
        # Ukrinform's "Multimedia Platform for Broadcasting in Foreign Languages".
        and not (
            not re.search(r"[.!?…:;,]['\"”’»)]*$", ln)
            and all(w[:1].isupper() or w in _TAGLINE_JOINERS for w in ln.split())
        )
        # A site menu flattened with single spaces, an item or two in lower case but most
        # words capitalised, no comma and no closing mark: POLITICO's "Newsletters Podcasts
        # Poll of Polls Policy news Events".
        and not (
            not re.search(r"[.!?…:;,]['\"”’»)]*$", ln)
            and "," not in ln
            and sum(w[:1].isupper() for w in ln.split()) >= 0.7 * len(ln.split())
        )
        # The page's first line closing no sentence is the site's name, however long: "MINREX
        # - Ministerio de Relaciones Exteriores de Cuba" over "Inicio > English > Interviews".
        and not (ln is above[0] and not re.search(r"[.!?…:;,]['\"”’»)]*$", ln))
        # A broadcaster's kicker, its station and programme parted by a middle dot and closing
        # no sentence: "Українське радіо Культура · Програма «Читацький клуб»".
        and not (re.search(r"\S[ \t]+·[ \t]+\S", ln) and not re.search(r"[.!?…:;,]['\"”’)]*$", ln))
    ]
    # A site menu flattened one word a line (BBC: "Home" / "News" / "Sport" / … / "Live")
    # is one menu line, however many items it lists.
    # So is one whose items run to two or three words ("Watch Live" / "Science & Tech" / "Ents
    # & Arts"; TASS: "Главные новости" / "Экономика и бизнес" / "Армия и ОПК").
    menu_items = sum(
        1 for i, ln in enumerate(above) if i and _menu_line(ln) and _menu_line(above[i - 1])
    )
    if len(above) > 1 and (prose or len(above) - menu_items > 8):
        return False
    rest = text[first.end : len(text) if line_end < 0 else line_end]
    return _headline_rest(rest) or (line_end >= 0 and _dated_long_headline(text, line_end, rest))


def _dated_long_headline(text: str, line_end: int, rest: str) -> bool:
    """A longer headline that quotes its speaker, its byline and date line right below it
    (LBC: "Pat McFadden: State pension age review 'will not be rushed' as he rules out rise
    before 2030s" / "Lewis Goodall" / "Tuesday, 10 February 2026  08:15 GMT | …"): a turn's
    first line is followed by prose, never by a short date line."""
    rest = rest.strip()
    if not 14 < len(rest.split()) <= 24 or re.search(r"[.!?…,;:\"”»)\]—–-]$", rest):
        return False
    below = [ln.strip() for ln in text[line_end:].split("\n", 6)[:6] if ln.strip()][:2]
    return any(len(ln.split()) <= 16 and find_date(ln) is not None for ln in below)


def _quoted_rest(rest: str) -> bool:
    """A short bare quotation, its close after no full stop: `"We need a deal with teeth"`."""
    rest = rest.strip()
    # (a headline's quotation may run to twenty words: 'Foreign Minister Alberto van Klaveren:
    # "Chile wants a relationship with China and the United States based on our own interests"')
    return (
        0 < len(rest.split()) <= 20
        and re.search(r"[^.!?…,]['\"”’»]$", rest) is not None
        and rest[:1] in "'\"“‘«"
    )


def titlecase_question(line: str) -> bool:
    """A headline that asks in Title Case: every word of four letters or more capitalised,
    four of them at least, and a "?" at the end ("Can Latin America Capture More of the
    Battery Boom?"); a line all in capitals is not one."""
    line = line.strip()
    long_words = [w for w in re.findall(rf"[{LETTER}][{LETTER}'’\-]*", line) if len(w) >= 4]
    return (
        line.endswith("?")
        and len(long_words) >= 4
        and all(w[:1].isupper() for w in long_words)
        and not line.isupper()
    )


# A cable transcript's title line closes on the hour it aired, however many stories it lists
# before: 'Rep. Hale: "We Are Not …"; Storm System Threatens Gulf Coast. Aired 6-7a ET'.
_AIRED_TAIL = re.compile(
    r"[.;][ \t]+Aired[ \t]+\d{1,2}(?::\d{2})?(?:[ap])?[ \t]*[-–][ \t]*\d{1,2}(?::\d{2})?[ap]"
    r"[ \t]+[A-Z]{2}$"
)


def _headline_rest(rest: str) -> bool:
    """Short, and unpunctuated or a bare quotation: `Europe must pay`, `"We need a deal"`."""
    rest = rest.strip()
    if _quoted_rest(rest):
        return True  # 'Graham: "We need a deal with teeth"'
    if (
        rest[:1] in '"“«'
        and re.fullmatch(r".[^\"“”«»\n]{3,120}\?[\"”»]", rest) is not None
        and 0 < len(rest.split()) <= 20
    ):
        # … or a quoted question, a book's title put as the headline: 'Андрей Амальрик:
        # «Доживет ли Советский Союз до 1984 года?»' (a turn goes on past its quotation).
        return True
    if _AIRED_TAIL.search(rest) and len(rest.split()) <= 60:
        return True
    if not 0 < len(rest.split()) <= 14:
        return False
    if re.search(rf"[{LOWER}]{{2}}[.!?][ \t]+[{UPPER}][{LOWER}]", rest):
        # A sentence closed inside and another begun, broken off by the page's hard wrap: a
        # PDF transcript's first turn ("LAURA KUENSSBERG: Darren Jones, welcome to the
        # programme. This week the government" / "announced it would …"), no headline.
        return False
    if re.search(r"[ \t][\"“«‘][^\"“”«»\n]{3,100}[^.!?…,\"“”«»][\"”»’]$", rest):
        # A headline closing on a quoted phrase, no stop inside the quotation's close: 'Valtonen:
        # Icebreaker deal with Washington "a once-in-a-generation opportunity"'.
        return True
    if titlecase_question(rest):
        # An event's title that asks in Title Case: "Lithium Triangle: Can Latin America
        # Capture More of the Battery Boom?" (no one speaks in capitalised words).
        return True
    return not re.search(r"[.!?…,;:\"”»)\]—–-]$", rest)


@functools.lru_cache(maxsize=16)
def find_labels(text: str) -> tuple[LabelHit, ...]:
    """Accepted speaker labels of ``text`` in order (cached: sentences and turns both need them)."""
    return _labels_and_roster(text)[0]


_WITNESS_LABEL = re.compile(r"(?i)witness(?:es)?")
_LEGAL_NOTICE_LABEL = re.compile(
    r"(?i)(?:Privacy|Cookie|Data[ \t]+Protection)[ \t]+(?:Policy|Notice|Statement|Settings)"
    r"|Terms[ \t]+(?:of[ \t]+(?:Service|Use)|and[ \t]+Conditions)"
)


@functools.lru_cache(maxsize=16)
def _labels_and_roster(text: str) -> tuple[tuple[LabelHit, ...], int | None]:
    """The accepted labels before an earnings call's participant list, and where it begins."""
    labels = _presiding_speaker(text, _consistent(text, _candidates(text, trailing_start(text))))
    labels = _bio_initials(text, labels)
    # A hearing's cover heads its witness list "Witness:" ("Witness:" / "" / "The Honorable
    # Margaret Ellison, …"; "Witness: Rt Hon Keir Starmer MP, Prime Minister."): a field, met
    # once, where an inquest's record labels the witness at each answer ("Witness: I was
    # deployed at 21:14 …" / … / "Witness: That's correct, sir.").
    if sum(bool(_WITNESS_LABEL.fullmatch(h.text.strip())) for h in labels) < 2:
        labels = [h for h in labels if not _WITNESS_LABEL.fullmatch(h.text.strip())]
    labels = _bare_chevrons(text, labels)
    # A newsletter box's legal notice ("Privacy Notice: Newsletters may contain info about
    # charities, …") is the site's, never a voice (session 33).
    labels = [h for h in labels if _LEGAL_NOTICE_LABEL.fullmatch(h.text.strip()) is None]
    labels = _credit_fields_dropped(text, labels)
    labels = _title_footer_dropped(text, labels)
    roster = _call_roster(text, labels)
    labels = [_asker_in_brackets(text, h) for h in labels]
    labels = _glued_stamps_cut(text, labels)
    labels = [_direction_before_label(text, h) for h in labels]
    return tuple(h for h in labels if roster is None or h.start < roster), roster


# A stage direction glued before a label, the scrape's lost line break: "(Смеется.)Носков: …".
_GLUED_DIRECTION = re.compile(r"\([^()\n]{1,40}\)[ \t]*")


def _direction_before_label(text: str, h: LabelHit) -> LabelHit:
    """``h`` starting at its label's own words where a parenthesised direction glued before it
    was read into the label's span (the direction is no part of the label; the previous turn
    still ends before it)."""
    m = _GLUED_DIRECTION.match(text, h.start, h.end)
    if m is None or not text.startswith(h.text, m.end()):
        return h
    return dataclasses.replace(h, start=m.end())


# A bracketed clock at a line's start, before a label: "[00:01:33] Yvette Cooper: …".
_LINE_BRACKET_CLOCK = re.compile(r"(?m)^[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]+\S")
_GLUED_BRACKET_CLOCK = re.compile(r"\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*$")


def _glued_stamps_cut(text: str, labels: list[LabelHit]) -> list[LabelHit]:
    """``labels`` with an inline label's cut moved back over the clock glued before it, where
    the page's labels stand after such clocks at line starts: the line break lost in the scrape
    ("… every one of them directly.[00:02:01] Alastair Campbell: …") leaves the next entry's
    clock at the answer's end — the transcript's, no one's words."""
    if not any(h.inline for h in labels) or len(_LINE_BRACKET_CLOCK.findall(text)) < 2:
        return labels
    out = []
    for h in labels:
        m = _GLUED_BRACKET_CLOCK.search(text, max(0, h.cut - 16), h.cut) if h.inline else None
        out.append(dataclasses.replace(h, cut=m.start()) if m is not None else h)
    return out


# A programme page's credits, each field alone on its line over its value (ABC Radio National:
# "Guest:" / "Dr Priya Raman, Senior Fellow, …" / "" / "Presenter:" / "Geraldine Doogue" / "" /
# "Producer:" / "Enzo Tonkin"): no turns, though "Guest:" and "Presenter:" read as labels.
_FIELD_PAIR = re.compile(
    r"^[ \t]*[A-Z][A-Za-z]+(?:[ \t]+[A-Za-z]+){0,2}[ \t]*:[ \t]*\n"
    r"[ \t]*(?P<v>[^\n:]{2,150}?)[ \t]*$",
    re.MULTILINE,
)


def _credit_fields_dropped(text: str, labels: list[LabelHit]) -> list[LabelHit]:
    """``labels`` less the role labels that are a credits block's fields: a label alone on its
    line over a short value that closes no sentence, another such field pair right above or
    below it, and the label's word used nowhere else as a label."""
    if not labels:
        return labels
    counts: dict[str, int] = {}
    for h in labels:
        counts[fold(h.text.strip())] = counts.get(fold(h.text.strip()), 0) + 1
    pairs = None
    out = []
    for h in labels:
        line_start = text.rfind("\n", 0, h.start) + 1
        if (
            h.info.kind is not LabelKind.PERSON
            and counts[fold(h.text.strip())] == 1
            and (m := _FIELD_PAIR.match(text, line_start)) is not None
            and m.start("v") > h.end
            and len(m.group("v").split()) <= 16
            and re.search(r"[.!?…][\"”»’')]*$", m.group("v")) is None
        ):
            if pairs is None:
                pairs = [p.span() for p in _FIELD_PAIR.finditer(text)]
            if any(
                (a, b) != m.span() and (0 <= a - m.end() <= 4 or 0 <= m.start() - b <= 4)
                for a, b in pairs
            ):
                continue
        out.append(h)
    return out


def _title_footer_dropped(text: str, labels: list[LabelHit]) -> list[LabelHit]:
    """``labels`` less a last one that is a record's running footer: the cover's first two
    title lines run into one after a colon ("Transport Committee" / "Oral evidence: Rail
    reform …, HC 611" atop; "Transport Committee: Oral evidence: Rail reform …, HC 611" at the
    foot), at most the record's date line below it."""
    if len(labels) < 2:
        return labels
    last = labels[-1]
    line_start = text.rfind("\n", 0, last.start) + 1
    line_end = text.find("\n", last.start)
    line_end = len(text) if line_end < 0 else line_end
    head, _, rest = text[line_start:line_end].strip().partition(":")
    top = [ln.strip() for ln in text[: labels[0].start].split("\n")[:6] if ln.strip()]
    below = text[line_end:].strip()
    if (
        head.strip() in top
        and rest.strip() in top
        and head.strip() != rest.strip()
        and (not below or _FOOTER_DATE.fullmatch(below) is not None)
    ):
        return labels[:-1]
    return labels


# The FIA's press conferences put the floor's asker in brackets after the bare "Q:": "Q: (Sabine
# Lehner – Kleine Zeitung) Kai, a question for you …" — the bracket is the label's, as in
# "Question (Reuters):", and the question starts after it.
_ASKER_AFTER_COLON = re.compile(r"[ \t]*\((?P<who>[^()\n]{3,80})\)[ \t]+(?=\S)")


def _asker_in_brackets(text: str, h: LabelHit) -> LabelHit:
    """``h`` with the asker bracketed right after a bare question label read into it."""
    if h.info.kind is not LabelKind.QUESTION or h.info.name is not None or h.info.outlet:
        return h
    m = _ASKER_AFTER_COLON.match(text, h.end)
    if m is None or not re.search(r"[ \t][–—-][ \t]|,", m.group("who")):
        return h  # (a name with its outlet, not a stage direction: "Q: (laughs) …")
    info = classify_label(f"{h.text.strip()} ({m.group('who')})")
    if info is None or info.kind is not LabelKind.QUESTION or info.name is None:
        return h
    return dataclasses.replace(h, info=info, end=m.end())


# The page names "Speaker" as an office: "Speaker Louise Tremblay-Harcourt comments on …",
# "Thank you, Madam Speaker.", "Office of the Speaker", "the Speaker's media availability".
_SPEAKER_OFFICE = re.compile(
    r"\b(?:Madam|Madame|Mister|Mr\.?)[ \t]+Speaker\b|\b(?:the|of)[ \t]+Speaker(?:'s|’s)?\b"
    r"|\bSpeaker[ \t]+(?:of[ \t]+the[ \t]+[A-Z]|[A-Z][a-z]+[ \t]+[A-Z][a-z])"
)


# The contributors' box under the text, each bio opening a sentence with its writer's full
# name: "Marta Rudnytska is northlight.'s festivals editor.", "Siobhán Grealish is the
# Chronicle's faith and community correspondent."
TRAILER_BIO = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ \t]))[ \t]*"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})"
    r"[ \t]+(?:is[ \t]+(?:a|an|the)?|writes[ \t]+(?:about|for|on)|covers|reports[ \t]+on)\b"
)


def _bio_initials(text: str, labels: list[LabelHit]) -> list[LabelHit]:
    """An office's abbreviation ("SG:", "PM:") on a page that never spells the office out, whose
    letters are the initials of the one writer the closing bio names ("Siobhán Grealish is the
    Chronicle's … correspondent"): the writer's initials, as a feature interview labels its
    interviewer, not the office."""
    offices = {
        h.text.strip()
        for h in labels
        if h.info.kind is LabelKind.OFFICE and h.text.strip() in OFFICE_ABBREVIATIONS
    }
    if not offices:
        return labels
    bios: dict[str, set[str]] = {}
    for m in TRAILER_BIO.finditer(text, labels[-1].end):
        words = m.group("name").split()
        bios.setdefault((words[0][0] + words[-1][0]).upper(), set()).add(m.group("name"))
    page = re.sub(r"[\s\-‐]+", " ", text.casefold())
    mine: dict[str, LabelInfo] = {}
    for letters in offices:
        spelled = re.sub(r"[\s\-‐]+", " ", OFFICE_ABBREVIATIONS[letters].casefold())
        if len(bios.get(letters, ())) == 1 and spelled not in page:
            who = Name(given=(), surname=letters, title=None, caps=True)
            mine[letters] = LabelInfo(LabelKind.PERSON, letters, name=who, strong=True)
    if not mine:
        return labels
    return [
        dataclasses.replace(h, info=mine[h.text.strip()])
        if h.info.kind is LabelKind.OFFICE and h.text.strip() in mine
        else h
        for h in labels
    ]


def _presiding_speaker(text: str, labels: list[LabelHit]) -> list[LabelHit]:
    """A bare "Speaker:" is an unnamed voice on an automatic transcript, but the presiding
    officer of a legislature on a page that speaks of the office ("Speaker: Good afternoon.
    Yesterday I ruled …" / "Q: Thank you, Madam Speaker."): the office, named by the header."""
    bare = [h for h in labels if h.info.kind is LabelKind.ANONYMOUS and fold(h.text) == "speaker"]
    if not bare or not _SPEAKER_OFFICE.search(text):
        return labels
    office = LabelInfo(LabelKind.OFFICE, "Speaker", office="Speaker", strong=True)
    return [dataclasses.replace(h, info=office) if h in bare else h for h in labels]


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


# A court-martial's record of trial lists the court above the first turn, each post with its
# holder, rank first: "PERSONS OF THE COURT" / "Military Judge: Colonel Dana Whitcombe" / "Trial
# Counsel: Captain Luis Ferreira" / "Witness: Staff Sergeant Kevin Oduya, U.S. Army, called by
# the United States"; its turns then go by the post's initials ("MJ:", "TC:", "DC:") or its
# first letters ("WIT:").
_COURT_POST = re.compile(
    r"^[ \t]*(?P<post>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})[ \t]*:[ \t]*"
    r"(?P<holder>[A-Z][A-Za-z.'’\-]*(?:[ \t]+[A-Z][A-Za-z.'’\-]*){1,5})[ \t]*(?:,[^\n]*)?$",
    re.MULTILINE,
)
# Ranks the name parser leaves as given names ("Major Garrett" is a journalist's name), read as
# ranks only before a post's holder in such a list: "Defense Counsel: Major Hannah Stroud".
_ROSTER_RANKS = frozenset({"major", "private", "specialist", "corporal", "ensign", "commander"})


def court_roster(preface: str) -> dict[str, Name]:
    """A record's list of posts and holders (folded post -> holder): two such lines at least,
    each naming a person by given name and surname."""
    posts: dict[str, Name] = {}
    for m in _COURT_POST.finditer(preface):
        words = m.group("holder").split()
        while len(words) > 2 and fold(words[0]).rstrip(".") in _ROSTER_RANKS:
            words = words[1:]
        named = name_from_phrase(" ".join(words))
        if named is not None and named.has_full_given:
            posts[fold(m.group("post"))] = named
    return posts if len(posts) >= 2 else {}


def post_holder(label: str, roster: dict[str, Name]) -> Name | None:
    """The one holder whose post a capitals label abbreviates: "MJ" for "Military Judge" (the
    initials), "WIT" for "Witness" (a one-word post's first letters)."""
    letters = label.strip().rstrip(".")
    if not roster or re.fullmatch(r"[A-Z]{2,4}", letters) is None:
        return None
    found = [
        named
        for post, named in roster.items()
        if "".join(w[0] for w in post.split()).upper() == letters
        or (" " not in post and len(letters) >= 3 and post.upper().startswith(letters))
    ]
    return found[0] if len(found) == 1 else None


# Microsoft Teams' transcript shows each voice by its directory name, surname first: "Hall,
# Rebecca   0:03" / "OK, I think it's recording now.", with the system's lines "Hall, Rebecca
# started transcription" around the talk.
_DIRECTORY_NAME = re.compile(
    rf"(?P<surname>[{UPPER}][{LETTER}'’\-]+(?:[ \t]+[{UPPER}][{LETTER}'’\-]+)?),[ \t]+"
    rf"(?P<given>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+)?)"
)


def _directory_name(text: str, label: str, info: LabelInfo | None) -> tuple[str, LabelInfo | None]:
    """A Teams voice "Hall, Rebecca" read as the person "Rebecca Hall",
    when the page says it is one: Teams' "… started transcription" line under that name, or the
    name in its usual order elsewhere ("I'm Rebecca Hall from Freight Weekly"). A surname with a
    post ("Obama, President") or an outlet keeps its reading."""
    m = _DIRECTORY_NAME.fullmatch(label.strip())
    if m is None or info is None or info.kind is not LabelKind.PERSON:
        return label, info
    if any(is_title_token(t) for t in m.group("given").split()):
        return label, info
    flipped = f"{m.group('given')} {m.group('surname')}"
    system = re.search(
        rf"(?m)^[ \t]*{re.escape(m.group(0))}[ \t]+(?:started|stopped)[ \t]+transcription", text
    )
    if system is None and flipped not in text:
        return label, info
    named = classify_label(flipped)
    if named is None or named.kind is not LabelKind.PERSON or named.name is None:
        return label, info
    # (the label stays as written, "Hall, Rebecca": only its reading is the person's)
    return label, named


# (A Canadian county's warden chairs its council; "Deputy Warden" is a member who asks.)
_PRESIDING = re.compile(
    r"\b(?:chair(?:man|woman|person)?|conven[eo]r|(?<!deputy )warden|(?:leas-)?c(?:h)?athaoirleach"
    r"|председательствующ\w*|головуюч\w*)\b",
    re.I,
)


def _unknown_voice(h: LabelHit) -> bool:
    """ "Speaker 2": an automatic transcript's numbered voice, whom the text never names."""
    name = h.info.name
    return name is not None and not name.given and bool(_UNKNOWN_VOICE.match(name.surname))


_UNKNOWN_VOICE = re.compile(
    r"(?:Speaker|Спикер|Участник|Participant)[ \t]*(?:\d{1,2}|[A-Z])$", re.I
)


def _ends_with_question(body: str) -> bool:
    return bool(re.search(r"\?[\"'”»’)\]]*\s*(?:[—–-]{1,2})?\s*$", body))


def label_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every accepted label (for the sentence splitter to step over)."""
    return [(h.start, h.end) for h in find_labels(text)]


def _paragraph(text: str, pos: int) -> str:
    """The text from pos to the next blank line."""
    m = re.compile(r"\n[ \t]*\n").search(text, pos)
    return text[pos : m.start() if m else len(text)]
