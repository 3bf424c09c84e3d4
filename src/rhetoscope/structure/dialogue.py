"""Turns without speaker labels: where a speech's body begins below its header, the preamble
before the first label, answers printed without their label, dash / bold / plain Q&A
dialogues, and a speech or article as one statement.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Sequence
from typing import NamedTuple

from rhetoscope.datewords import EN_MONTH_ABBREVIATIONS, EN_MONTH_NAMES
from rhetoscope.model import Span, strip_range
from rhetoscope.structure import regex as re  # re with a cache for per-name patterns
from rhetoscope.structure.directions import _DIRECTION_WORDS, _trim_directions
from rhetoscope.structure.furniture import (
    _BREADCRUMB,
    _CAPTION_CREDIT,
    _DONATE_HEADING,
    _GALLERY_LINE,
    _NEWSLETTER_BOX,
    _READ_ALSO,
    _READ_ALSO_INLINE,
    _WIRE_CREDIT,
    _dossier_start,
    _in_read_also,
    _pull_quote,
    _trim_fact_box,
    _trim_furniture,
    earlier_story_start,
    opens_earlier_story,
)
from rhetoscope.structure.header import (
    _BODY_NOUNS,
    _BRIEFING_KINDS,
    _INTERVIEW_WORD,
    _INTERVIEWEE_KINDS,
    _INTERVIEWER_KINDS,
    _PLACE_NOUNS,
    _RU_ADDRESSED,
    _RU_ADDRESSED_BEFORE,
    _STATEMENT_KINDS,
    NOT_GIVEN,
    TEXT_FOLLOWS,
    _country,
    _genitive_given,
    _header,
    _header_people,
    _lead_people_ru,
    _nominative,
    _patronymic,
    _patronymic_mended,
    _place_name,
    _post_before_name,
)
from rhetoscope.structure.labels import LabelHit, _ends_with_question, titlecase_question
from rhetoscope.structure.metadata import (
    _DESK_BYLINE,
    _MASCULINE_GIVEN_PAIR,
    _RU_BYLINE_PERSON,
    _TRAILING_LINE,
    BYLINE,
    DATELINE,
    STRIP_BYLINE,
    _place_like,
    find_date,
    first_line_title,
)
from rhetoscope.structure.naming import (
    _INITIALS_DISPLAY,
    LANGUAGE_SWITCH,
    _fullest,
    _initials_named,
    _oblique_given,
    _office_holder,
    _vocative_nominative,
)
from rhetoscope.structure.proposer import propose
from rhetoscope.structure.roles import _PROMPT, _REMARK, _THANKS_FOR, _THANKS_ONLY, _asks
from rhetoscope.structure.speakers import (
    BUTTON_WORD,
    LOWER,
    NEWS_OUTLETS,
    NOT_NAME_WORDS,
    UPPER,
    LabelInfo,
    LabelKind,
    Name,
    _news_outlet,
    first_line,
    fold,
    genitive_to_nominative,
    is_title_token,
    name_from_phrase,
    parse_name,
    resolve_names,
)

# A page title that names the event and who gives it, right above its date line, is the
# header's even before a transcript's labels: "Weekly Press Briefing by the Spokesperson of the
# Ministry …, Ambassador …" / "Addis Ababa, 14 August 2025".
# (mid.ru's in Russian, the giver in the genitive: "Брифинг заместителя директора Департамента
# информации и печати МИД России А.А.Фадеева, Москва, 20 марта 2025 года" / "20.03.2025 15:40")
_EVENT_TITLE = re.compile(
    r"\b(?:Briefing|Conference|Remarks|Interview|Statement)[ \t]+(?:by|of)[ \t]+"
    r"(?:the[ \t]+)?[A-Z]"
    r"|^(?:Брифинг|Брифінг|Пресс-конференция|Прес-конференція)[ \t]+[а-яёіїєґА-ЯЁІЇЄҐ]"
)
# A government page's dateline in Title Case before the editor's line: "Colombo – The following
# is the full text of the remarks made by President …".
_TITLE_DATELINE = re.compile(
    rf"^[{UPPER}][{LOWER}]+(?:[ \t][{UPPER}][{LOWER}]+){{0,2}}[ \t]+[–—-][ \t]+"
    r"(?=The[ \t]+following\b)"
)
# Editor's lines that introduce a transcript rather than belong to it.
# A newsletter's note in the first person above its lead: "Our conversation has been lightly
# edited." (above the intro only: at the lead's end the older gold keeps it in the intro turn).
_OUR_EDITORIAL = re.compile(
    r"Our[ \t]+(?:interview|conversation|Q&A|exchange|discussion)\b[^\n]{0,40}"
    r"\b(?:edited|condensed)"
)
_EDITORIAL = re.compile(
    r"^(?:The following is|This is a (?:rush )?transcript|THIS IS A RUSH TRANSCRIPT|Transcript\b|"
    # (a think tank's, with no article: "Following is the full transcript of the January
    # 29th, 2025, Hudson event titled …")
    r"Following[ \t]+is[ \t]+(?:the|an?)[ \t]+(?:[\w\-]+[ \t]+){0,2}(?:transcript|text)\b|"
    # (the note may be starred as a footnote is: CBC's "*This transcript has been edited …")
    r"Editor'?s note|Note:|Please note:|[(*]?This transcript"
    # A press office's rights line: "Please credit BBC Radio 4's Today programme if you use any
    # of this material."
    r"|Please[ \t]+credit\b[^\n]{0,80}\b(?:if|when)[ \t]+(?:you[ \t]+)?(?:use|quote)"
    # (and "The following transcript has been lightly edited for readability.")
    # (CBC's in the third person: "Their conversation has been edited for length and clarity.")
    r"|\(?(?:This|The|Their)(?: following)? (?:interview|conversation|Q&A|exchange|transcript"
    r"|discussion|event)\b"
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


# "Washington, DC.", "SPRINGFIELD, Mo.": a place line ends with a period but is no sentence.
_PLACE_LINE = re.compile(
    rf"[{UPPER}][\w.]*(?:[ \t]+[{UPPER}][\w.]*){{0,2}},"
    rf"[ \t]+[{UPPER}][\w.]*(?:[ \t]+[{UPPER}][\w.]*)?\."
)


# A record's dateline whose year closes on its abbreviation: "Екатеринбург, 4 марта 2025 г.",
# "Київ, 5 березня 2025 р." — a place and a date, no sentence.
_YEAR_DATELINE = re.compile(r"[^.!?\n]{0,60}\b(?:19|20)\d\d[ \t]*(?:г|р|гг|рр)\.")


_CASE_NUMBER_LINE = re.compile(
    r"(?m)^[ \t]*(?:Дело|Справа|Case)[ \t]+(?:№|No\.?|Number)[ \t]*[\w/.\-]+[ \t]*$"
)


_PAGE_FIELD = re.compile(
    r"^[ \t]*(?:(?:From|Location|Speaker|Delivered on|Members present|Staff present|Also present"
    r"|Present|Witness(?:es)?"
    # A stenogram's cover: "Присутствуют: 41 депутат …", "Приглашены: …", "Повестка дня:".
    # (who is present, in a few lower-case words: "Присутні члени комісії: Тищенко О.В., …")
    r"|(?:Присутству(?:ют|ли)|Присутні)(?:[ \t]+[а-яёіїєґ'’]+){0,3}|Приглашены|Запрошені"
    r"|Повестка[ \t]+дня|Порядок[ \t]+денний)"
    r"[ \t]*:|(?:Published|(?:Last )?[Uu]pdated"
    # A broadcaster's programme page: ABC's "Broadcast: 11/03/2025", "First aired 4 May 2025".
    r"|Broadcast|(?:First[ \t]+)?[Aa]ired)"
    # gov.uk: "Published 27 February 2025", or "Published" above the date.
    r"(?:[ \t]+on)?:?(?:[ \t]+|[ \t]*\n[ \t]*)\d"
    # abc.net.au/listen names the weekday first, under the running time: "Duration: 6min 12s" /
    # "Broadcast: Wed 19 Mar 2025, 8:10am".
    r"|(?:Broadcast|Duration):[ \t]+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]+)?\d"
    # An American programme page names the month first: PBS's "Aired: March 14, 2025 | 0:26:46"
    # (the air date only; a month-first "Published" is no field, see _MONTH_FIRST_PUBLISHED).
    r"|(?:(?:First[ \t]+)?[Aa]ired|Broadcast)(?:[ \t]+on)?:?[ \t]+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},?[ \t]+\d{4})"
    r"[^\n]*$",
    re.MULTILINE,
)


# A US page's publication line, the month named first: "Published March 7, 2025 8:12pm EST".
_MONTH_FIRST_PUBLISHED = re.compile(
    r"^[ \t]*(?:Published|Updated)[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?[ \t]+\d{1,2},[ \t]+(?:19|20)\d\d\b[^\n]*$",
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
    r"|Колеги\b|Друзі\b|Good (?:morning|afternoon|evening)\b|Добрый (?:день|вечер)\b"
    # A parliament speech's address: "Mr Speaker, Honourable House, Fellow Members,".
    r"|(?:Mr\.?|Madam)[ \t]+(?:Speaker|President|Chairman|Chair)\b|Honou?rable\b"
    # The Security Council's "Господин Председатель," / "Пане Голово,": the chair addressed.
    r"|(?:Господин|Госпожа|Пане|Пані)[ \t]+(?:Председатель|Президент|Голово|Президенте)\b)",
    re.IGNORECASE,
)


_EN_TEXT_FOLLOWS = re.compile(
    r"(?:^|[.!?][\"”’)]*[ \t]+)(?:The following is|Below is|What follows is|Here is)[ \t]+"
    r"(?:an?[ \t]+|the[ \t]+)?(?:[\w\-]+[ \t]+){0,3}(?:transcript|text)[ \t]+of\b[^\n.!?]{0,120}"
    r"[.:]?[ \t]*$",
    re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(
    r"©|\((?:Photo|Image|Picture)(?:graph)?(?:[ \t]+credit)?(?:[ \t]*:|[ \t]+by[ \t])"
    r"[^()\n]{2,80}\)[ \t]*$"
    # A caption's courtesy credit after its stop: "… at the company's Lorain, Ohio, plant. Photo
    # courtesy of Cascade Polymer Recovery".
    r"|[.!?…][ \t]+(?:Photo|Image)(?:graph)?[ \t]+courtesy[ \t]+of[ \t]+[^\n.!?]{2,80}$"
    # An Australian regional's photographer after the caption's stop: "Matthew Fowler at
    # Birallee Park on Tuesday night. Picture by James Wiltshire".
    r"|[.!?…][ \t]+(?:Picture|Photo)[ \t]+by[ \t]+[^\n.!?]{2,60}$"
    r"|^(?:Photo|Image)(?:graph)?(?:[ \t]+credit)?[ \t]*:[ \t]*\S[^\n]{0,80}$",
    re.IGNORECASE,
)


_CONTENTS = re.compile(r"(?:Содержание|Зміст|Contents|Table of contents)[ \t]*:?$", re.I)
# A printed record's contents entry closes on its dotted leader and page number: "Kessler,
# Joanna, Administrator, Rural Utilities Service, U.S." / "Department of Agriculture,
# Washington, D.C.....................     3" (its first line may end on an abbreviation's dot).
_LEADER_ENTRY = re.compile(r"[^\n]*\.{4,}[ \t]*(?:\d{1,4}|[ivxlc]{1,6})[ \t]*")


def _body_start_for_statement(text: str, end: int, *, fallback: bool = True) -> int:
    """Skip header lines (title, byline, dateline, short lines) before a speech or article.

    When every line is header-like, a speech is the whole text (``fallback``); the prose before
    a transcript's first label is then nothing (``end``)."""
    pos = 0
    title = first_line_title(text)
    first = True
    crumbs = ""
    lines = text[:end].split("\n")
    contents = False
    listed: set[str] = set()
    for n, line in enumerate(lines):
        stripped = line.strip()
        line_len = len(line) + 1
        if not stripped:
            contents = False
            pos += line_len
            continue
        # mid.ru's "Содержание" heads a list of the briefing's topics, one a line, up to a
        # blank line: the page's, however long an entry.
        # (a scrape that lost its blank lines ends the list where the first topic's heading
        # repeats its entry: "Содержание" / "О предстоящих переговорах …" / … / "О предстоящих
        # переговорах …" / "24 марта в Москве состоятся …")
        if contents and stripped in listed:
            contents = False
            pos += line_len
            continue
        if contents or _CONTENTS.match(stripped):
            if contents:
                listed.add(stripped)
            contents = True
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
        # A contents entry, or its first line over the leader's line (see _LEADER_ENTRY).
        short = short or _LEADER_ENTRY.fullmatch(stripped) is not None
        short = short or (
            len(words) <= 30
            and n + 1 < len(lines)
            and _LEADER_ENTRY.fullmatch(lines[n + 1].strip()) is not None
        )
        # A site's section menu flattened into one line, its items apart by runs of spaces
        # ("World   Energy Policy   Water Security   Trade Notes   The Long Read   …").
        menu_items = re.split(r"[ \t]{3,}|\t", stripped)
        short = short or (
            len(menu_items) >= 3
            and all(1 <= len(it.split()) <= 4 and it[:1].isupper() for it in menu_items)
            and not re.search(r"[.!?…:;,»\"”]$", stripped)
        )
        datey = find_date(stripped) is not None and len(words) <= 12
        # "BUDAPEST, Oct 14 (Reuters) - The following is an edited transcript …"
        # (a government page's dateline in Title Case too, see _TITLE_DATELINE)
        undated = _TITLE_DATELINE.sub("", DATELINE.sub("", stripped, count=1), count=1)
        editorial = _EDITORIAL.match(undated) is not None
        # A photo's caption with its credit ("Panellists at the … Centre, Brussels, 27 February
        # 2025. © Meridian Policy Centre / L. Verhoeven", "… (Photo: Getty Images)").
        editorial = editorial or _PHOTO_CREDIT.search(stripped) is not None
        # A government site's banner ("An official website of the European Union How do you
        # know?"), a question though it ends with one: the page's.
        editorial = editorial or _GOV_BANNER.search(stripped) is not None
        # A stenogram's cover names who presides ("Пленарне засідання 19 лютого 2025 року.
        # Головує Перший заступник Голови … Тарас Гриценко."): a field, not a dek.
        presides = _PRESIDES.search(stripped)
        editorial = (
            editorial
            or (
                presides is not None
                and len(words) <= 40
                # A lead paragraph of its own that tells of the event, then who chaired it in a
                # later sentence ("Prime Minister X and Minister Y informed the media about … . The
                # press conference was moderated by Government Spokesperson Z."), is the page's
                # introduction, no field line of its header block.
                and not (
                    (n == 0 or not lines[n - 1].strip())
                    and re.search(r"[.!?][ \t]+[A-Z]", stripped[: presides.start()]) is not None
                    and _NARRATED_PASSIVE.search(stripped, 0, presides.start()) is not None
                )
                # … as is a council's lead that tells of the sitting, says who chairs it in a
                # sentence of its own and goes on after it ("Пленарне засідання відбулося в
                # сесійній залі сільської ради. Веде засідання сільський голова Микола Ткачук.
                # Доповідач … . На засіданні присутні 18 депутатів із 22."), where a stenogram's
                # cover stops at the chair's name.
                and not (
                    (n == 0 or not lines[n - 1].strip())
                    and re.search(r"[.!?][ \t]+\Z", stripped[: presides.start()]) is not None
                    and re.search(
                        r"[а-яёіїєґ»\d][.!?][ \t]+[А-ЯЁІЇЄҐ][^.!?]{10,}[.!?]",
                        stripped[presides.end() :],
                    )
                    is not None
                )
            )
        )
        # "Выступление Министра … Дмитрия Николаевича Ковалёва на … коллегии «Об итогах …»":
        # a speech page's title, however long, names the speech and ends in no sentence mark.
        editorial = editorial or (
            _SPEECH_TITLE.match(stripped) is not None
            and re.search(r"[.!?…][\"”»)]*$", stripped) is None
        )
        # NATO's title runs on in a line of its own: "Doorstep statement" / "by NATO Secretary
        # General Anders Vahl at the start of the meeting of …, Brussels" (no sentence mark).
        editorial = editorial or (
            re.match(rf"[Bb]y[ \t]+[{UPPER}]", stripped) is not None
            and len(words) <= 40
            and re.search(r"[.!?…\"”»:]$", stripped) is None
            and _FIRST_PERSON.search(stripped) is None
        )
        # The UN's title line names the briefing and who gives it, in one sentence closed by a
        # full stop: "Noon briefing by Stéphane Dujarric, Spokesperson for the Secretary-General,
        # with guest Grace Okonjo, UNICEF Regional Director for …." — the page's, no dek.
        editorial = editorial or (
            _BRIEFING_TITLE.match(stripped) is not None
            and len(words) <= 40
            and re.search(r"[.!?…][ \t]+[A-Z]", stripped) is None
            and _FIRST_PERSON.search(stripped) is None
        )
        following = next(
            (lines[j].strip() for j in range(n + 1, min(n + 4, len(lines))) if lines[j].strip()),
            "",
        )
        # A participants list's last entry, closed by a full stop under the entries the
        # semicolons close (pressmia.ru: "Участники:" / "Денис Грачёв — заместитель министра
        # …;" / "Ирина Лапина — начальник Управления … Роспотребнадзора.").
        above = next((lines[j].strip() for j in range(n - 1, -1, -1) if lines[j].strip()), "")
        editorial = (
            editorial
            or (
                above.endswith((":", ";"))
                and stripped.endswith(".")
                and _ROSTER_ENTRY.fullmatch(stripped) is not None
                # (a lead paragraph below it: a list alone over the first label is the intro)
                and any(
                    len(ln.split()) >= 8
                    and re.search(r"[.!?…]$", ln.strip()) is not None
                    and _MODERATOR_CREDIT.fullmatch(ln.strip()) is None
                    for ln in lines[n + 1 :]
                )
            )
        )
        # Its moderator's credit field: "Модератор: Ольга Кравцова, обозреватель МИА …".
        editorial = editorial or _MODERATOR_CREDIT.fullmatch(stripped) is not None
        # president.gov.ua's caption under the date: "Звернення Президента України Володимира
        # Зеленського за підсумками дня." — the speech named in the third person, one short
        # sentence: the page's, though a full stop closes it.
        editorial = editorial or (
            fallback
            and _SPEECH_TITLE.match(stripped) is not None
            and len(words) <= 20
            and re.search(r"[.!?…][ \t]", stripped) is None
            and bool(following)
        )
        # A speech printed whole (``fallback``; before a transcript's labels such a lead is
        # its introduction): "… Приводим текст выступления." is the editor's lead, and so is a
        # quote headline ("Глава госадминистрации Бендер: «Мы помним, какой ценой …»"), whose
        # quotation closes with no sentence mark of its own.
        editorial = editorial or (fallback and TEXT_FOLLOWS.search(stripped) is not None)
        # The same in English, the lead's last sentence: "Former Governor Mark Davenport …
        # spoke to a crowd of about 3,000 … The following is a transcript of his remarks,
        # lightly edited for clarity." (a speech printed whole: the words start below).
        editorial = editorial or (fallback and _EN_TEXT_FOLLOWS.search(stripped) is not None)
        short = short or (
            fallback
            and len(words) <= 24
            and re.search(r"[:—–][ \t]*[«\"“][^«»\"“”\n]+[^.!?…«»\"“”][»\"”]$", stripped)
            is not None
        )
        # mid.ru: a "Содержание" list of the briefing's topics, then each topic's heading again
        # above its text ("О предстоящих переговорах Министра … С.В.Лаврова с Министром …"): a
        # line repeating an earlier one, closed by no sentence mark, is a heading however long.
        short = short or (
            not re.search(r"[.!?…\"”»]$", stripped)
            and any(ln.strip() == stripped for ln in lines[:n])
        )
        # "Ми захищаємо … – виступ Президента України в Асамблеї Республіки Португалія" /
        # "8 квітня 2025 - 12:40": a title, however long, that no sentence mark closes, right
        # above the page's date line (before a transcript's labels, the lead keeps its dek).
        short = short or (
            (fallback or _EVENT_TITLE.search(stripped) is not None)
            and not re.search(r"[.!?…\"”»,:;]$", stripped)
            and len(following.split()) <= 8
            and find_date(following) is not None
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
    field = fields[-1] if fields and fields[-1].start() >= pos else None
    while field is not None:
        pos = max(pos, field.end() + 1)
        if field.group().rstrip().endswith(","):
            # A printed record wraps its field's list of names: "Members present:
            # Representatives Travers, Hollister, Bellamy," / "Ortiz, Alvarado, Delgado, and
            # Lyle." — the lines up to the one its full stop closes are the field's.
            wrapped = re.match(
                r"(?:[ \t]*[^\s][^\n]*,[ \t]*\n){0,3}[ \t]*[^\s][^\n]*[.;][ \t]*(?:\n|$)",
                text[pos:end],
            )
            if wrapped is not None and len(wrapped.group().split()) <= 60:
                pos += wrapped.end()
        if field.group().rstrip().endswith(":"):
            # gov.uk puts the value on the next line: "Delivered on:" / "3 March 2025 (…)".
            value = re.match(r"[ \t]*\n?[ \t]*[^\n]*\n?", text[pos:end])
            if value is not None and len(value.group().split()) <= 14:
                pos += value.end()
                # gov.uk's speech page sets the place the speech was given on a line of its
                # own under the date, a blank line before the speech: "Delivered on:" / "2 June
                # 2025 (Transcript …)" / "Glasgow" (a town of a word or few, a country after it).
                placed = re.match(
                    r"[ \t]*[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2}(?:,[ \t]+[A-Z][a-z]+"
                    r"(?:[ \t][A-Z][a-z]+){0,2})?[ \t]*\n[ \t]*\n",
                    text[pos:end],
                )
                if placed is not None and field.group().lstrip().startswith("Delivered on"):
                    pos += placed.end()
            # "Повестка дня:" / "1. О проекте закона …" / "2. Разное.": a numbered list of items.
            items = re.match(
                r"(?:[ \t]*\n)*(?:[ \t]*\d{1,2}[.)][ \t]+[^\n]*(?:\n|$))+", text[pos:end]
            )
            if items is not None:
                pos += items.end()
        # The fields run on below a page's banner ("Cookies on GOV.UK" / "We use some essential
        # cookies …" pushes "Delivered on:" / "Location:" out of reach): each field that follows
        # at once is the header's too.
        blank = re.match(r"(?:[ \t]*\n)*", text[pos:end])
        at = pos + (blank.end() if blank else 0)
        field = _PAGE_FIELD.match(text, at, end) if at < end else None
    if pos >= end:
        if not fallback:
            return end  # all header-like
        # Caption text ("[Music]", "0:00", "good evening everyone and uh"): every line is
        # short; the words start after the leading direction and timestamp lines.
        lead = _LEAD_NOISE.match(text, 0, end)
        return lead.end() if lead and lead.end() < end else 0
    if fallback:
        # A news agency's lead of a few paragraphs that ends announcing the text below it
        # ("Президент України … заявив, що … / Про це він сказав у вечірньому відеозверненні,
        # передає Укрінформ. / Укрінформ публікує повний текст звернення."): the lead is the
        # editor's, the speech starts after the announcement.
        window = text[pos : min(end, pos + 1200)]
        follows = TEXT_FOLLOWS.search(window)
        if (
            follows is not None
            and len(window[: follows.start()].split()) <= 120
            and re.match(r"[ \t]*\n[ \t]*\n", window[follows.end() :]) is not None
        ):
            blank = re.match(r"\s*", text[pos + follows.end() : end])
            at = pos + follows.end() + (blank.end() if blank else 0)
            if at < end:
                return at
        # "Президент України Володимир Зеленський виступив у парламенті Португалії." /
        # "Шановний пане Голово Асамблеї Республіки!": a short lead telling of the speech in the
        # third person, then the speech opening with its salutation on a line of its own.
        for m in re.finditer(r"\n[ \t]*\n[ \t]*(?=\S)", text[pos : min(end, pos + 800)]):
            before = text[pos : pos + m.start()]
            if (
                len(before.split()) > 60
                or _FIRST_PERSON.search(before)
                or _SALUTATION.match(text, pos)  # the speech's own address opens it already
                or not re.search(r"[.!?…][\"”»’)]*$", before.rstrip())  # "Ladies and gentlemen,"
            ):
                break
            if _SALUTATION.match(text, pos + m.end()):
                return pos + m.end()
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
    # The European Commission's lead: "Midday briefing chaired by Chief Spokesperson X, with …".
    r"|\b(?:[Cc]haired|[Mm]oderated|[Pp]resided[ \t]+over)[ \t]+by[ \t]+(?=[A-Z])"
)
# "… was moderated by", "… were chaired by": the narrating sentence's own passive.
_NARRATED_PASSIVE = re.compile(r"\b(?:was|were)[ \t]+\Z")
_SPEECH_TITLE = re.compile(
    r"(?:Выступление|Виступ|Речь|Промова|Доклад|Доповідь|Обращение|Звернення|Заявление|Заява"
    rf"|Speech|Remarks|Address|Statement)[ \t]+(?:by[ \t]+|of[ \t]+)?[{UPPER}]"
    # "Remarks and answers to the questions of mass media representatives by Foreign Minister …"
    rf"|(?:Speech|Remarks|Statement)[ \t]+and[ \t]+answers[ \t][^\n]{{0,120}}?"
    rf"[ \t]by[ \t]+[{UPPER}]"
    # mid.ru: "Выступление и ответы на вопросы СМИ Министра … С.В.Лаврова в ходе …".
    r"|(?:Выступление|Виступ)[ \t]+(?:и|і|та)[ \t]+(?:ответы|відповіді)[ \t]+на[ \t]+"
    r"(?:вопросы|запитання)(?![а-яёіїєґ])"
    # The European Commission: "Opening remarks by Commissioner Henrik Aalto at the midday
    # briefing on …, and Q&A with journalists".
    rf"|(?:Opening|Introductory|Closing|Concluding|Keynote)[ \t]+(?:remarks|speech|statement"
    rf"|address)[ \t]+(?:by|of)[ \t]+[{UPPER}]"
)


# A briefing's title that names who gives it: "Noon briefing by Stéphane Dujarric, …", "Daily
# Press Briefing by the Office of the Spokesperson …", "Press conference by …".
_BRIEFING_TITLE = re.compile(
    rf"(?:[{UPPER}][a-z]+[ \t]+){{0,3}}(?:[Bb]riefing|[Pp]ress[ \t]+[Cc]onference"
    rf"|[Nn]ews[ \t]+[Cc]onference)[ \t]+by[ \t]+(?:the[ \t]+)?[{UPPER}]"
)


# A page's share / print toolbar left by the scrape, as one line: "Print version   Send via
# email   Add to favourites", "Print | Email | Share".
_TOOLBAR_ITEM = (
    r"(?:Print(?:[ \t]+(?:version|this[ \t]+page))?|Send[ \t]+(?:via|by)[ \t]+e-?mail|E-?mail"
    r"|Share|Add[ \t]+to[ \t]+favou?rites|Bookmark|Copy[ \t]+link|Download(?:[ \t]+PDF)?)"
)
_TOOLBAR = re.compile(
    rf"{_TOOLBAR_ITEM}(?:[ \t]*[|•·][ \t]*|[ \t]{{2,}}|\t){_TOOLBAR_ITEM}"
    rf"(?:(?:[ \t]*[|•·][ \t]*|[ \t]{{2,}}|\t){_TOOLBAR_ITEM})*",
    re.IGNORECASE,
)


def _toolbar_line(text: str, at: int, stop: int) -> bool:
    """Is the line at ``at`` a share / print toolbar: a line of buttons, or one button in a
    paragraph whose every line is one button ("Print version" / "Share")? A paragraph that
    goes on with other lines ("Share" / "Copy" / "Link copied" / …) is left whole."""
    eol = text.find("\n", at, stop)
    line = text[at : stop if eol < 0 else eol].strip()
    if _TOOLBAR.fullmatch(line):
        return True
    if " " in line and _TOOLBAR_ONE.fullmatch(line):
        # One button of two words or more alone on its line, glued by a single newline to the
        # speech under it (mid.ru: "712-11-04-2025" / "Print version" / "Ladies and
        # gentlemen, …"): the button is the page's, whatever the paragraph goes on with.
        return True
    lo = max(text.rfind("\n\n", 0, at) + 2, 0)
    hi = text.find("\n\n", at, stop)
    lines = [ln.strip() for ln in text[lo : stop if hi < 0 else hi].split("\n")]
    return len(lines) >= 2 and all(_TOOLBAR_ONE.fullmatch(ln) for ln in lines)


_TOOLBAR_ONE = re.compile(_TOOLBAR_ITEM, re.IGNORECASE)


# The caveat above a speech's text (EU, UN, ministries): "Check against delivery!", "Only the
# spoken word counts", "As prepared for delivery" — the page's note, not the speaker's words.
# (the Commission's press corner quotes it: "\"Check against delivery\"")
_DELIVERY_NOTE = re.compile(
    r"[\[(*_\"“]*(?:Check against delivery|Please check against delivery|Only the spoken word "
    r"counts|As prepared for delivery)[.!]?[\])*_\"”]*"
    # A ministry's translation notice under the title: "This is a provisional translation by
    # the Ministry of Foreign Affairs of Japan.", "(Unofficial translation)", "Неофициальный
    # перевод" — the publisher's, not the opening speaker's.
    # (Korea's MOFA marks it with a reference mark: "※ This is an unofficial translation. The
    # Korean version prevails.")
    r"|[\[(*_※]*[ \t]*(?:This[ \t]+is[ \t]+an?[ \t]+)?(?:provisional|unofficial|informal|courtesy)"
    # (or of the record itself: OSCE's "Unofficial transcript. One question was asked in
    # Russian; the English text below is the interpretation provided on site.")
    r"[ \t]+(?:English[ \t]+)?(?:translation|transcript)\b[^\n]{0,120}"
    r"|[\[(*_]*(?:Неофициальный[ \t]+перевод|Неофіційний[ \t]+переклад)[^\n]{0,120}",
    re.IGNORECASE,
)


_ROSTER_FIELD = re.compile(
    r"[ \t]*[A-Z][a-z]+(?:[ \t]+[a-z]+){0,3}[ \t]*:[ \t]*(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Dr)\b"
)
# An archive's catalogue record over an oral history, its abstract a field of the card
# ("Interviewee: …" / "Interviewer: …" / "Abstract: Dolores Ybarra (b. 1941, Delano) describes
# …"): the record's, no intro.
_CATALOGUE_FIELD = re.compile(r"[ \t]*(?:Abstract|Scope[ \t]+and[ \t]+content)[ \t]*:[ \t]")
# (a clerk's "This note was prepared by the Clerk from the audio recording and is not the formal
# minutes." above a parish meeting's note, too)
_MADE_NOTE = re.compile(
    r"[ \t]*This[ \t]+(?:transcript|record|note)[ \t]+(?:is|was|has[ \t]+been)[ \t]+(?:produced"
    r"|generated|prepared|created|compiled|made)\b"
    # The page's note on what the record is, with its cast credit ("Transcript of an interview
    # broadcast on Northern Talk Radio's "The Evening Brief", 9 October 2024. Presenter: Tom
    # Ashworth.") and a photo's caption under it ("Image caption: Helen Marwood, …"): the
    # page's lines, no one's opening words.
    r"|[ \t]*Transcript[ \t]+of[ \t]+(?:an?|the)[ \t]+(?:[\w\-]+[ \t]+){0,2}(?:interview|programme"
    r"|program|broadcast|conversation|discussion|podcast|show)\b"
    r"|[ \t]*(?:Image|Photo|Picture)[ \t]+caption[ \t]*:"
    # A UN verbatim record's cover notes: "This record contains the text of speeches delivered
    # in English and of the translation of …", "The meeting was called to order at 10.05 a.m."
    r"|[ \t]*This[ \t]+record[ \t]+contains[ \t]+the[ \t]+text[ \t]+of[ \t]+speeches\b"
    r"|[ \t]*The[ \t]+(?:meeting|sitting)[ \t]+was[ \t]+(?:called[ \t]+to[ \t]+order|resumed"
    r"|opened|suspended)[ \t]+at[ \t]+\d{1,2}(?:[.:]\d{2})?[ \t]*(?:[ap]\.?m\.?)?[ \t]*\.?[ \t]*$"
)


# The US government's site banner above every .gov page, sentences of the page's, not prose:
# "An official website of the United States Government" / "Here's how you know" / "A .gov
# website belongs to an official government organization in the United States." / "A lock ( )
# or https:// means you've safely connected to the .gov website. Share sensitive information
# only on official, secure websites."
_GOV_BANNER = re.compile(
    r"(?i)\A[ \t]*(?:An?[ \t]+\.gov[ \t]+website[ \t]+belongs[ \t]+to"
    r"|Secure[ \t]+\.gov[ \t]+websites|Official[ \t]+websites[ \t]+use[ \t]+\.gov"
    r"|An[ \t]+official[ \t]+website[ \t]+of[ \t]+the[ \t]+United[ \t]+States|A[ \t]+lock[ \t]+\("
    r"|[^\n]{0,80}safely[ \t]+connected[ \t]+to[ \t]+the[ \t]+\.gov"
    # … and the European Union's, over every europa.eu page: "An official website of the
    # European Union How do you know?" / "All official European Union website addresses are in
    # the europa.eu domain."
    r"|An[ \t]+official[ \t]+(?:EU[ \t]+)?website[ \t]+of[ \t]+the[ \t]+European[ \t]+Union"
    r"|All[ \t]+official[ \t]+European[ \t]+Union[ \t]+website[ \t]+addresses)"
)


# A breadcrumb of one step, the page's title cut short by an ellipsis: "Home  ›  Secretary Marco
# … Foreign Minister ..." (a short first item, then the separator between spaces).
_SHORT_CRUMB = re.compile(
    r"[ \t]*[^\s›>][^›>\n.!?]{0,30}?[ \t]+[›>][ \t]+\S[^\n]*(?:\.\.\.|…)[ \t]*$"
)


# A teaser the site cut short mid-phrase, the ellipsis after a space ("Sen. Chris Murphy,
# D-Conn., Rep. Mike Turner, R-Ohio, and a roundtable of ..."): the page's dek, no sentence.
_CUT_SHORT = re.compile(r"[^\n]*[a-z,][ \t]+(?:\.\.\.|…)[ \t]*")


_CAST_ENTRY = re.compile(
    r"(?:[A-Z][\w.'’\-]*[ \t]+|(?:of|the|for|and|de|da|van|von)[ \t]+){1,10}?"
    r"(?P<surname>[A-Z][\w'’\-]+)(?:,?[ \t]+(?:Jr\.|Sr\.|II|III|IV))?[ \t.]*"
)


def _cast_line(line: str, label_names: Sequence[Name]) -> bool:
    """A line of two people at least, each an office and a full name, parted by semicolons,
    every surname a labelled speaker's: the page's cast list, no one's words."""
    parts = line.strip().split(";")
    surnames = {fold(n.surname) for n in label_names}
    if len(parts) < 2:
        return False
    for part in parts:
        m = _CAST_ENTRY.fullmatch(part.strip())
        if m is None or fold(m.group("surname")) not in surnames:
            return False
    return True


# A page's video player scraped to its words: the "video" tab alone on its line, the clip's
# title and caption below it.
_PLAYER_TAB = re.compile(r"[ \t]*(?i:video|close)[ \t]*")
# A news site's audio widget over the article ("NEWYou can now listen to Fox News articles!"):
# the page's, no lead.
_LISTEN_WIDGET = re.compile(
    r"[ \t]*(?:NEW[ \t]*)?You[ \t]+can[ \t]+now[ \t]+listen[ \t]+to\b[^\n]{0,60}"
)
# A byline the scrape glued to its "By" ("ByABC News"), or a spaced one, alone on its line.
_BARE_BYLINE = re.compile(r"[ \t]*By[ \t]*[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,3}[ \t]*")


def _lead_past_fields(lines: Sequence[str]) -> bool:
    """Whether a sentence line, no rush notice and no video player's caption, lies below a
    rush transcript's publication fields (a player's caption runs from its "video" tab to the
    notice)."""
    player = False
    for ln in lines:
        if _PLAYER_TAB.fullmatch(ln):
            player = True
        elif _RUSH.search(ln):
            player = False
        elif (
            not player
            and re.search(r"[.!?…][\"”»’']*$", ln.strip())
            and not _LISTEN_WIDGET.fullmatch(ln)
        ):
            return True
    return False


def _byline_date_fields(text: str, start: int, end: int) -> int | None:
    """Where a byline line, then a date line right under it, end between ``start`` and
    ``end`` (abcnews.go.com: "ByABC News" / "March 12, 2025, 9:48 PM"); None if none."""
    pos = start
    lines = text[start:end].split("\n")
    for ln, below in itertools.pairwise(lines):
        pos += len(ln) + 1
        if (
            (BYLINE.match(ln) or _BARE_BYLINE.fullmatch(ln))
            and len(below.split()) <= 8
            and find_date(below) is not None
        ):
            return pos + len(below)
    return None


_GALLERY_COUNTER_LINE = re.compile(
    r"(?:(?:Фото|Photo|Image|Слайд)[ \t]+)?\d{1,3}[ \t]+(?:из|of|з|із)[ \t]+\d{1,3}", re.IGNORECASE
)
# The same counter on a line of its own, found in a run of text.
_GALLERY_COUNTER_AT = re.compile(
    rf"(?m)^[ \t]*(?:{_GALLERY_COUNTER_LINE.pattern})[ \t]*$", re.IGNORECASE
)


# A photo's caption that names who is pictured with the President, no verb, one sentence:
# "With Governor of Kaluga Region Dmitry Volkov.", "С генеральным директором … Олегом
# Белозёровым." (a name's capital past the first word; no clause, so no comma).
_WITH_CAPTION = re.compile(rf"(?:With|Со?)[ \t]+[^\n,;:!?.]*?[ \t][{UPPER}][^\n,;:!?.]*\.")


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
    # A page title that no sentence mark ends and that closes with its own place and date, then
    # the date line ("Foreign Minister …’s statement and answers … , Moscow, November 5, 2025" /
    # "5 November 2025 16:20" / "2214-05-11-2025"): the intro, if any, starts below the date.
    # A dek that is a sentence ("Vladimir Putin held a meeting ….") above the date is the
    # intro's own; so is NPR's headline ("Arizona's top water official says …"), undated.
    # The gallery's first caption over its counter ("С генеральным директором … Олегом
    # Белозёровым." / "1 из 3"), then the lead, somewhere among the title lines: the caption and
    # the counter are the page's, and the intro starts below them.
    for counter in _GALLERY_COUNTER_AT.finditer(text, start, stop):
        cap_at = text.rfind("\n", 0, max(counter.start() - 1, 0)) + 1
        caption = text[cap_at : counter.start()].strip()
        if (
            cap_at >= start
            and counter.end() < stop
            and 0 < len(caption.split()) <= 30
            and re.search(r"[.!…][\"”»’')]*$", caption) is not None
            # (only title, date and share lines above it, no sentence: a dek that is one,
            # "Владимир Путин провёл … совещание …." over the date, is the intro's own)
            and all(
                re.search(r"[.!?…][\"”»’')]*$", ln.strip()) is None
                for ln in text[start:cap_at].split("\n")
            )
        ):
            start, stop = strip_range(text, counter.end(), stop)
        break
    pos = start
    dated_title = False
    for line in text[start:stop].split("\n"):
        at = pos
        pos += len(line) + 1
        bare = line.strip()
        if at <= start and _DELIVERY_NOTE.fullmatch(bare):
            if pos >= stop:
                # The note alone above the first label: the Bundestag's "Unofficial English
                # translation provided by the Language Service. Only the German version …".
                return None
            start, stop = strip_range(text, pos, stop)  # "Check against delivery!": the page's
            continue
        if (
            at <= start
            and pos < stop
            and len(bare.split()) <= 14
            and _GALLERY_COUNTER_LINE.fullmatch(
                text[text.rfind("\n", 0, max(at - 1, 0)) + 1 : at].strip()
            )
            is not None
        ):
            # kremlin.ru's gallery right above the lead: its counter ("1 из 12"), then the first
            # photo's caption as a sentence ("Владимир Путин посетил … завод."), then the lead
            # by a single newline: the caption is the gallery's.
            start, stop = strip_range(text, pos, stop)
            continue
        if (
            at <= start
            and pos < stop
            and _WITH_CAPTION.fullmatch(bare) is not None
            and len(bare.split()) <= 14
            and re.search(r"[.!?…:][\"”»’')]*$", text[:at].rstrip()) is None
        ):
            # kremlin.ru's photo caption under the date and place, no gallery counter above it
            # ("The Kremlin, Moscow" / "With Russian Railways CEO Oleg Belozerov." / the lead):
            # it names who is pictured, no verb, and is the page's, not the intro's.
            start, stop = strip_range(text, pos, stop)
            continue
        if re.search(r"[.!?…][\"”»’')]*$", bare):
            break
        if at <= start and _toolbar_line(text, at, stop) and pos < stop:
            # mid.ru's "Print version   Send via email   Add to favourites" under the date, or
            # its buttons one a line ("Print version" / "Share").
            start, stop = strip_range(text, pos, stop)
            continue
        short = len(bare.split()) <= 12
        # mid.ru's release number under the date ("452-12-03-2025") is the page's too.
        dated = find_date(bare) is not None or re.fullmatch(r"\d{1,5}-\d{2}-\d{2}-\d{4}", bare)
        if dated_title and short and dated and pos < stop:
            start, stop = strip_range(text, pos, stop)
        dated_title = dated_title or (
            not short and re.search(r",[^,\n]*\b(?:19|20)\d\d$", bare) is not None
        )
    # A record's case block under the author's lead, a paragraph of its own ("Арбитражный суд
    # Свердловской области" / "Дело № А60-41877/2024" / "Екатеринбург, 4 марта 2025 г." /
    # "Истец: ООО «…»; ответчик: АО «…»"): the record's heading, not the lead's.
    case = _CASE_NUMBER_LINE.search(text, start, stop)
    if case is not None:
        block = text.rfind("\n\n", start, case.start())
        if block > start and all(
            len(ln.split()) <= 14 for ln in text[block : case.start()].split("\n")
        ):
            start, stop = strip_range(text, start, block)
    while stop > start:  # drop trailing heading / dateline lines ("**Questions and Answers**")
        line_start = max(text.rfind("\n", start, stop) + 1, start)
        last = text[line_start:stop].strip()
        above_start = max(text.rfind("\n", start, max(line_start - 1, start)) + 1, start)
        # kremlin.ru's photo gallery under the dateline: its counter ("1 из 7"), then the
        # first photo's caption as a sentence ("Встреча с молодыми учёными.") right above the
        # first label — the gallery's, not the intro's.
        captioned = (
            line_start > start
            and len(last.split()) <= 14
            and _GALLERY_COUNTER_LINE.fullmatch(text[above_start : line_start - 1].strip())
            is not None
        )
        if line_start == start or (
            not captioned
            and (re.search(r"[.!?…\"”»]$", last) or len(last.split()) > 14)
            and not _BREADCRUMB.search(last)
            # Rev's dateline under its dek: "Rev Transcripts" / "Mar 12, 2025" / "Washington,
            # D.C." — a place, no sentence.
            and not _PLACE_LINE.fullmatch(last)
            and not _YEAR_DATELINE.fullmatch(last)  # "Екатеринбург, 4 марта 2025 г."
            and not _EDITORIAL.match(last)  # "This interview has been condensed and edited …"
            # ("Below is the transcript of the interview." on its own line under the lead)
            and not (line_start > start and _EN_TEXT_FOLLOWS.match(last))
            and not _TRAILING_LINE.match(last)  # rev.com's "Try Rev and save time …"
            # An event's title that asks in Title Case ("Lithium Triangle: Can Latin America
            # Capture More of the Battery Boom?") over its date line, its words before the
            # colon counted too when the question is short ("Zoning, Permits, and the Missing
            # Middle: What Can Cities Do Now?").
            and not titlecase_question(last.split(":", 1)[-1])
            and not (":" in last and titlecase_question(last))
        ):
            break
        start, stop = strip_range(text, start, line_start)
    if stop <= start or (
        "\n" not in text[start:stop]
        and (
            titlecase_question(text[start:stop].split(":", 1)[-1])
            or (":" in text[start:stop] and titlecase_question(text[start:stop]))
        )
    ):
        return None
    # A photo's caption over its credit line ("A container ship sails in the Gulf of Aden …" /
    # "AFP via Getty Images", the credit dropped above with the trailing lines) is the page's,
    # not the intro's prose.
    # (right under it: a credit line a blank line below credits the portrait, not the lead)
    lines = text[start:end].split("\n")
    credited = {
        ln for ln, below in itertools.pairwise(lines) if _SLASH_CREDIT.fullmatch(below.strip())
    }
    # (and a photo's caption right under its "Enlarge this image" button, npr.org's: "Enlarge
    # this image" / "Visitors crowd the … in 1939." / "Keystone/Getty Images")
    # (the button may stand just above where the preamble starts)
    button = text[text.rfind("\n", 0, max(start - 1, 0)) + 1 : start].split("\n")[:1]
    credited |= {
        below
        for ln, below in itertools.pairwise(button + lines)
        if _GALLERY_LINE.fullmatch(ln.strip()) and len(below.split()) <= 40
    }
    # (and npr.org's caption over its credit and the "hide caption" / "toggle caption"
    # buttons: "A tornado approaches farmland near …, in May 2024." / "Chase Bowers/AP" /
    # "hide caption")
    if _CAPTION_TOGGLE.search(text, start, end) is not None:
        rows = list(re.finditer(r"[^\n]*(?:\n|$)", text[start:end]))
        credited |= {
            m.group().rstrip("\n")
            for n, m in enumerate(rows)
            if m.group().strip() and _in_caption_widget(m.group().strip(), rows[n + 1 : n + 8])
        }
    prose = [
        ln
        for ln in text[start:stop].split("\n")
        if ln not in credited
        and re.search(r"[.!?…][\"”»’']*\s*$", ln)
        and not _RUSH.search(ln)  # sentences, not a dek
        and not _TRAILING_LINE.match(ln)  # nor rev.com's "Try Rev and save time transcribing …"
        # nor a meeting's roster field ("Officers: Mr Gareth Lowe (Principal Planning Officer),
        # Ms Fiona Reid (Legal Adviser).") or the record's note on how it was made ("This
        # transcript is produced from the webcast by an automated service …")
        and not _ROSTER_FIELD.match(ln)
        and not _MADE_NOTE.match(ln)
        and not _CATALOGUE_FIELD.match(ln)
        and not _GOV_BANNER.search(ln)  # nor the US government's site banner
        # nor a one-step breadcrumb whose headline the site cut short ("Home  ›  Secretary …
        # And Paraguayan Foreign Minister ...")
        and not _SHORT_CRUMB.match(ln)
        and not _CUT_SHORT.fullmatch(ln)
        # nor the Pentagon's cast line under the title, each labelled speaker with his office
        # ("Secretary of Defense Pete Hegseth; Philippine Secretary of National Defense
        # Gilberto Teodoro Jr.")
        and not _cast_line(ln, label_names)
    ]
    if sum(len(ln.split()) for ln in prose) < 8:
        return None
    # The headline that asks is the range's only sentence line, first in it, a dek or a
    # player's tab below (Radio Svoboda: "Доходы падают, налоги растут. Что ждёт экономику
    # России летом?" / "Экономисты … – о бюджете …" / "Видеоверсия программы"): no lead.
    first, _, under = text[start:end].lstrip().partition("\n")
    first = first.strip()
    if (
        len(prose) == 1
        and prose[0].strip() == first
        and first.endswith("?")
        and ":" not in first
        and len(first.split()) <= 24
        and under.strip()
    ):
        return None
    # A programme page's "Summary" section over its "Transcript" heading (MSNBC: "Summary" /
    # "Jen Psaki speaks with …" / "Transcript" / the rush notice): the site's standfirst.
    # (the heading may stand just above the range, the line the header block ended on)
    above = text.rfind("\n", 0, max(text.rfind("\n", 0, start), 0)) + 1
    summary = _SUMMARY_SECTION.search(text, above, end)
    if summary is not None:
        if summary.end() >= stop:
            return None
        start, stop = strip_range(text, summary.end(), stop)
        if not any(
            re.search(r"[.!?…][\"”»’']*\s*$", ln) and not _RUSH.search(ln)
            for ln in text[start:stop].split("\n")
        ):
            return None
    # A programme page's one-line caption right over its "Transcript" heading (ABC 7.30:
    # "Watch" / "Duration: 8 minutes 54 seconds" / "Sarah Ferguson speaks with Water Minister
    # Kate Lennox." / "Transcript"): the player's caption, no lead. A blurb that says what they
    # talk about ("… talks with X, a former planner, about …") is the intro.
    if (
        len(prose) == 1
        and _PROGRAMME_CAPTION.fullmatch(prose[0].strip()) is not None
        and len(prose[0].split()) <= 14
        and re.match(r"\s*Transcript[ \t]*:?[ \t]*(?:\n|$)", text[stop:end]) is not None
    ):
        return None
    # A rush transcript's page (Fox News: "'Special Report' All-Star panel on …" / "The panel
    # weighs in on … ." / "By Bret Baier Fox News" / "Published March 7, 2025 8:12pm EST" / its
    # share buttons / "This is a rush transcript of … ."): the summary over the byline and the
    # month-first publication line is the site's standfirst, and only the notice lies between
    # the fields and the record.
    # The byline may stand under the publication line as well ("Published March 16, 2025
    # 12:42pm EDT" / "By Fox News"), and the page's video player between the fields and the
    # notice ("close" / "video" / the clip's title / its caption "X joins 'Fox News Sunday' to
    # discuss … ."): the clip's caption is the player's, no lead.
    # (ABC News's page: the dek "Rollins discussed … ." over the glued byline "ByABC News", the
    # date line under it, "ShareCopy link", the player's caption and the notice: the same.)
    field = _MONTH_FIRST_PUBLISHED.search(text, start, end)
    fields_end = (
        field.end()
        if field is not None
        and (
            # (the line above, past a blank line where the page parts its fields by them)
            BYLINE.match(text[start : field.start()].rstrip().rpartition("\n")[2])
            or BYLINE.match(text[field.end() :].lstrip("\n").partition("\n")[0])
        )
        else _byline_date_fields(text, start, end)
    )
    if (
        fields_end is not None
        and _RUSH.search(text, fields_end, end) is not None
        and not _lead_past_fields(text[fields_end:end].split("\n"))
    ):
        return None
    named = _named_opening(text, start, stop, label_names)
    if named is not None:
        return named
    givers = [n for k, n in header if k.startswith(_STATEMENT_KINDS + _BRIEFING_KINDS)]
    speakers = [n for k, n in header if k.startswith(_STATEMENT_KINDS)]
    if len({g.key for g in speakers}) == 1:
        # "Remarks … by Foreign Minister Armen Hovsepyan during the joint press conference with
        # … Nikos Laskaris": the remarks' author opens; the guest of the conference speaks next.
        givers = speakers
    if not givers:
        # president.gov.ua's title "Володимир Зеленський звернувся до українців і відповів на
        # запитання журналістів" over the address, then "Володимир Зеленський:" labelling the
        # answers: the one labelled person the title says addressed the public gives it.
        title = text[max(0, start - 1500) : start]
        addressed = {
            (m.group("g"), m.group("s"))
            for rx in (_RU_ADDRESSED_BEFORE, _RU_ADDRESSED)
            for m in rx.finditer(title)
        }
        matched = {
            n.key: n
            for n in label_names
            if len(n.given) == 1 and (n.given[0], n.surname) in addressed
        }
        if len(matched) == 1:
            givers = list(matched.values())
    speaker: str | None = None
    follows = TEXT_FOLLOWS.search(text, start, stop)
    if follows is not None and not text[follows.end() : stop].strip():
        # "… Брифинг провели … Игорь Конашенков и … Виктор Гордеев. Публикуем стенограмму
        # брифинга.": a lead that ends announcing the record below is the editor's.
        givers = []
    if len({g.key for g in givers}) == 1:
        person = givers[0]
        speaker = resolve_names([*label_names, person]).get(person, person.display())
        if _INITIALS_DISPLAY.match(speaker):
            parsed = name_from_phrase(speaker)
            speaker = (_initials_named(parsed, text) if parsed else None) or speaker
        lead = text[start:stop]
        past = _past_lead(text, start, stop, person.surname)
        if (
            person.surname in lead
            and not _FIRST_PERSON.search(lead)
            # mid.ru: "Брифинг провела … Мария Захарова." / "Об итогах переговоров …" / "Вчера
            # в Москве состоялись …": past the lead's one narrating line, the words that never
            # name the giver again are the giver's opening topic, not more narration.
            and not (past > start and person.surname not in text[past:stop])
        ):
            # "President of Ukraine Oleksandr Marchenko and Prime Minister … held a joint press
            # conference": a lead that tells of the giver in the third person is narration.
            speaker = None
        else:
            start = past
    return start, stop, speaker


# A photo's caption line by its tag or credit: "На фото: ректор …", "Photo By Sgt. Maria
# Delgado | Col. …", "… (U.S. Army photo by Sgt. Maria Delgado)", "… плантації. Фото: Світлана
# Ткачук", "… Studio, London. Photo: Jess Ellery".
_CAPTION_TAG = re.compile(
    r"(?:На[ \t]+(?:фото|світлині|снимке|знімку)|Pictured|In[ \t]+the[ \t]+photo|Photo[ \t]+by)\b"
    r"|[^\n]*\((?:[^()\n]*[ \t])?photo(?:graph)?[ \t]+by[ \t][^()\n]{2,80}\)[ \t]*$",
    re.IGNORECASE,
)


# The photographer and the outlet in brackets after a caption's stop, parted by a slash: the
# Kyiv Independent's "… in Kyiv on Feb. 27, 2025. (Daria Tkach / The Kyiv Independent)".
_BRACKET_SLASH_CREDIT = re.compile(
    rf"[.!?…][ \t]+\([{UPPER}][\w'’.\-]*(?:[ \t]+[{UPPER}][\w'’.\-]*){{1,3}}[ \t]*/[ \t]*"
    r"[^()\n/]{2,60}\)[ \t]*$"
)


def _caption_line(line: str) -> bool:
    return bool(line) and (
        _CAPTION_TAG.match(line) is not None
        or _PHOTO_CREDIT.search(line) is not None
        or (len(line.split()) <= 60 and _BRACKET_SLASH_CREDIT.search(line) is not None)
        or _photo_caption(line)
    )


def _past_captions(text: str, start: int, stop: int) -> int:
    """Where the lead begins below a web page's photo caption: the headline, a dek that no
    sentence mark closes, the date and share lines and the caption above it (amid the gallery's
    "[Image 1 of 2]" lines), then the dateline, byline and "Advertisement" lines under it are
    the page's, not the journalist's introduction. Only when no sentence line stands above the
    last caption (a caption inside the lead leaves the lead whole). The turns stage reads a
    byline above this point (older fixtures' intro turns keep their headline and caption, so
    the preamble itself still starts where ``_body_start_for_statement`` says)."""
    cut = None
    above = ""
    for m in re.finditer(r"[^\n]*(?:\n|$)", text[start:stop]):
        line, prev = m.group().strip(), above
        above = line
        if not line:
            continue
        # "Текст: Анна Королёва" / "Фото: Владислав Бурнашев / 66.ru": the byline block's
        # photo credit under the writer's field credits the page's photos, it captions none.
        if _caption_line(line) and not _AUTHOR_FIELD.match(prev):
            cut = start + m.end() - (1 if m.group().endswith("\n") else 0)
        elif re.search(r"[.!?…]$", line) and len(line.split()) >= 6:
            break
    if cut is None:
        return start
    pos = cut
    for m in re.finditer(r"[^\n]*(?:\n|$)", text[cut:stop]):
        line = m.group().strip()
        if line and (len(line.split()) > 14 or re.search(r"[.!?…\"”»]$", line)):
            break
        pos = cut + m.end()
    if len(text[pos:stop].split()) < 8:
        return start
    return strip_range(text, pos, stop)[0]


# A quoted headline that a sentence mark inside the quotation closes ("Лавров: «Мы готовы к
# диалогу!»", "«Кто будет платить?»: …" is closed by no mark at all): the page's.
_QUOTED_HEADLINE = re.compile(
    r"[^\n«»\"“”]{1,80}:[ \t]*[«\"“][^«»\"“”\n]+[»\"”]"
    r"|[«\"“][^«»\"“”\n]+[»\"”][ \t]*:[ \t]*[^\n]{1,160}"
    # (in single quotes, a dash before who said it: "'We can't rebuild the grid the way it was'
    # — Ukrenergo acting chief on surviving the next winter", the Kyiv Independent's; or a colon
    # after the quotation: "'Every week we lose a transformer': Ukrenergo's deputy chief on …")
    r"|['‘][^\n]{2,160}?['’][ \t]*(?:[—–]|:)[ \t]+[^\n]{1,160}"
)


# A photo's credit line under its caption: "Carlos Ybarra / Caprock Public Radio".
_SLASH_CREDIT = re.compile(
    rf"[{UPPER}][\w'’.\-]*(?:[ \t]+[{UPPER}][\w'’.\-]*){{1,3}}[ \t]+/[ \t]+[^\n.!?]{{2,60}}"
    # (or the slash set close, the photographer's post after it: "Stephanie Mitchell/Harvard
    # Staff Photographer")
    rf"|[{UPPER}][\w'’.\-]*(?:[ \t]+[{UPPER}][\w'’.\-]*){{1,3}}/[^\n.!?/]{{0,50}}"
    r"(?i:photographer|photo|photos)"
    # (or an agency's photo distributed by another, no photographer named: "AFP via Getty
    # Images", "Anadolu via Getty Images")
    rf"|(?:[{UPPER}][\w&'’.\-]*[ \t]+){{1,3}}via[ \t]+(?:Getty[ \t]+Images|Reuters|AP)"
    # (or a family's snapshot lent to the page: NPR's "Courtesy of Lorna Dietz")
    rf"|(?:Photo[ \t]+)?[Cc]ourtesy[ \t]+of[ \t]+(?:the[ \t]+)?[{UPPER}][^\n.!?]{{1,60}}"
    # (or a freelance photographer's credit, the outlet that commissioned the photo after "for":
    # NPR's "Caitlin O'Hara for NPR" under the caption)
    rf"|[{UPPER}][\w'’\-]*(?:[ \t]+[{UPPER}][\w'’\-]*){{1,2}}[ \t]+for[ \t]+(?:The[ \t]+)?"
    rf"[{UPPER}][\w&'’.\-]*(?:[ \t]+[{UPPER}][\w&'’.\-]*){{0,3}}"
)


# A photo's credit field alone on its line under the caption: "Credit: Nordlys Aero".
_CREDIT_FIELD = re.compile(rf"(?:Photo[ \t]+)?[Cc]redit[ \t]*:[ \t]*[{UPPER}][^\n.!?:]{{1,60}}")


_MODERATOR_CREDIT = re.compile(
    r"(?:Модератор(?:ка)?|Ведущ(?:ий|ая)|Ведуч(?:ий|а)|Moderator)[ \t]*:[ \t]*"
    rf"[{UPPER}][{LOWER}'’\-]+[ \t]+[{UPPER}][{LOWER}'’\-]+,[ \t]+[{LOWER}][^\n.!?]{{2,120}}\.?"
)
_ROSTER_ENTRY = re.compile(
    rf"[{UPPER}][{LOWER}'’\-]+[ \t]+[{UPPER}][{LOWER}'’\-]+[ \t]+[—–][ \t]+"
    rf"[{LOWER}][^\n]{{2,240}}[;.]"
)


def _dek_over_credit(line: str, rest: Sequence[re.Match[str]]) -> bool:
    """Is ``line`` a magazine's dek, a short paragraph right over the page's bare photo credit,
    which only its buttons part from the lead below ("… She tells WIRED why …." /
    "Photograph: Maya Lindqvist" / "Save this story" / the lead)? Short lines with no sentence
    mark and no figure may stand between, and a paragraph of prose must follow (a byline, date
    or place line under the dek keeps it the intro's, as older pages have it)."""
    if len(line.split()) > 45:
        return False
    below = [m.group().strip() for m in rest if m.group().strip()]
    if not below or _LONE_PHOTO_CREDIT.fullmatch(below[0]) is None:
        return False
    for ln in below[1:]:
        if re.search(r"[.!?…][\"”»’']*$", ln) and len(ln.split()) >= 8:
            return True
        if len(ln.split()) > 4 or re.search(r"[.!?…:;,\d]", ln):
            return False
    return False


def _dek_over_dated_byline(line: str, rest: Sequence[re.Match[str]]) -> bool:
    """Is ``line`` a news site's dek over the story's date line and its byline, the lead's
    paragraph right below them ("The Oregon Democrat spoke about …." / "April 12, 2025, 6:00 PM
    EDT" / "By NBC News" / "Sen. … sat down with … . Read the full transcript below.")? The
    lead is the introduction; the dek above the date and the byline is the page's."""
    if len(line.split()) > 40 or "?" in line:
        return False
    below = [m.group().strip() for m in rest if m.group().strip()][:3]
    if len(below) < 3:
        return False
    date_line, byline, lead = below
    return (
        find_date(date_line) is not None
        and len(date_line.split()) <= 8
        and re.fullmatch(r"[\w ,:.|–—\-]+", date_line) is not None
        and BYLINE.match(byline) is not None
        and len(byline.split()) <= 8
        and len(lead.split()) >= 15
        and re.search(r"[.!?…][\"”»’')\]]*$", lead) is not None
    )


# A photo's credit alone on its line: "Photograph: Maya Lindqvist", "Photo by Jane Roe".
_LONE_PHOTO_CREDIT = re.compile(
    r"(?:Photograph|Photo|Illustration|Image)s?(?:[ \t]*:|[ \t]+by)[ \t]*"
    rf"[{UPPER}][^\n.!?:]{{1,60}}"
)


_SUMMARY_SECTION = re.compile(
    r"^[ \t]*(?:Summary|Episode[ \t]+summary|Show[ \t]+summary)[ \t]*\n(?:[^\n]*\n){1,6}?"
    # (or over the share row that closes the section: MSNBC's "Summary" / "Two guests weigh in
    # on …" / "Share this -" right above the first label)
    r"[ \t]*\n?[ \t]*(?:Transcript[ \t]*:?|Share[ \t]+this[ \t]*[-–—:]?)[ \t]*$",
    re.MULTILINE,
)


# "Sarah Ferguson speaks with Water Minister Kate Lennox." (the host, the verb, the guest).
_PROGRAMME_CAPTION = re.compile(
    rf"[{UPPER}][{LOWER}'’\-]+[ \t]+[{UPPER}][{LOWER}'’\-]+[ \t]+(?:speaks|talks|chats)[ \t]+"
    rf"(?:with|to)[ \t]+(?:[{UPPER}][\w'’\-]*[ \t]+|(?:the|of|for)[ \t]+){{0,8}}"
    rf"[{UPPER}][{LOWER}'’\-]+\."
)


_MENU_BUTTON = re.compile(r"(?:Menu|Меню|Main[ \t]+menu|Open[ \t]+menu)[ \t]*")


# A photo's caption buttons on a radio network's page (npr.org): "… near Kingfisher, Okla." /
# "Sue Ogrocki/AP" / "hide caption" / "toggle caption" / "Sue Ogrocki/AP".
_CAPTION_TOGGLE = re.compile(r"(?:hide|toggle|show)[ \t]+caption", re.IGNORECASE)


def _in_caption_widget(line: str, rest: Sequence[re.Match[str]]) -> bool:
    """Is ``line`` part of a photo's caption widget: a "hide caption" / "toggle caption"
    button, or the caption or its credit right above the "hide caption" button (one of the
    next two lines)? The caption may be closed by a sentence mark; it stays short."""
    if _CAPTION_TOGGLE.fullmatch(line):
        return True
    if len(line.split()) > 40:
        return False
    nxt = [ln for m in rest if (ln := m.group().strip())][:2]
    if nxt and _CAPTION_TOGGLE.fullmatch(nxt[0]):
        return len(line.split()) <= 8 and re.search(r"[.!?…]$", line) is None
    return (
        len(nxt) == 2
        and _CAPTION_TOGGLE.fullmatch(nxt[1]) is not None
        and len(nxt[0].split()) <= 8
        and re.search(r"[.!?…]$", nxt[0]) is None
    )


def _next_line(rest: Sequence[re.Match[str]]) -> str:
    """The next non-blank line of ``rest``, stripped ("" when none)."""
    return next((ln for m in rest if (ln := m.group().strip())), "")


# An interview's credit line of its own: "Interview by Jane Roe", "Interviewed by Jane Roe ’09".
_INTERVIEW_CREDIT = re.compile(
    rf"(?:Interview(?:ed)?|Conducted|Questions)[ \t]+by[ \t]+[{UPPER}][^\n.!?:;]{{1,60}}"
)
_NOTE_WORD = rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}]?[{LOWER}'’]+)*"
# One sentence of a writers' note: "Jane Roe is a contributing editor.", "John Doe is IEEE
# Spectrum's senior semiconductors editor."
_WRITER_NOTE = re.compile(
    rf"(?P<n>{_NOTE_WORD}(?:[ \t]+{_NOTE_WORD}){{1,2}})[ \t]+is[ \t]+"
    r"[^\n.!?]{0,80}?\b(?:editor|reporter|writer|correspondent|journalist|columnist"
    r"|contributor|producer)s?\b[^\n.!?]{0,60}\.[ \t]*"
)
_PERSON_NAME_LINE = re.compile(rf"{_NOTE_WORD}(?:[ \t]+{_NOTE_WORD}){{1,2}}")


def _byline_writers_note(line: str, above: str) -> bool:
    """Is ``line`` the writers' note under the byline, every sentence naming one of the writers
    a "By …" line above names?"""
    notes = list(_WRITER_NOTE.finditer(line))
    if not notes or "".join(m.group() for m in notes).strip() != line:
        return False
    bylines = [ln for ln in above.split("\n") if BYLINE.match(ln) is not None]
    return bool(bylines) and all(any(m.group("n") in b for b in bylines) for m in notes)


def _caption_over_name(line: str, rest: Sequence[re.Match[str]]) -> bool:
    """Is ``line`` a photo's caption, one sentence that opens on the full name that stands alone
    on the next line, a paragraph of prose below that ("Jane Roe chairs …." / "Jane Roe" / the
    lead)?"""
    below = [m.group().strip() for m in rest if m.group().strip()]
    if len(below) < 2 or _PERSON_NAME_LINE.fullmatch(below[0]) is None:
        return False
    if not line.startswith(below[0] + " ") or re.search(r"[.!?…][ \t]+\S", line):
        return False
    lead = below[1]
    return len(lead.split()) >= 15 and re.search(r"[.!?…][\"”»’')\]]*$", lead) is not None


# A page's note on its machine-read audio version: "The audio version of this article is
# generated by text-to-speech, …", "This audio is AI-generated.", "Voiced by artificial
# intelligence."
_AUDIO_NOTICE = re.compile(
    r"(?:The[ \t]+)?audio[ \t]+version[ \t]+of[ \t]+this[ \t]+(?:article|story|page)[ \t]+"
    r"(?:is|was)[ \t]+(?:generated|produced|created|read)\b"
    r"|This[ \t]+audio[ \t]+(?:is|was)[ \t]+(?:AI-generated|generated|produced|created)\b"
    r"|Voiced[ \t]+by[ \t]+artificial[ \t]+intelligence\b",
    re.IGNORECASE,
)


def _intro_start(text: str, start: int, stop: int) -> int:
    """Where an interview's introduction turn starts: at the first prose paragraph under the
    page's header block. The headline (a quoted one too), a dek that no sentence mark closes,
    the breadcrumb trail, the date, place and byline lines, the counters and share rows and a
    photo's caption or credit above the lead are the page's. Only lines closed by no sentence
    mark (or recognised as captions, fields, places and dates) are passed over; a line the
    reader cannot place (a long line ending in a colon or comma, a very long one) keeps the
    start where it was, and so does a lead of fewer than 8 words below."""
    pos = start
    lines = list(re.finditer(r"[^\n]*(?:\n|$)", text[start:stop]))
    prev = ""
    for n, m in enumerate(lines):
        line, above = m.group().strip(), prev
        if not line:
            continue
        prev = line
        words = line.split()
        closed = re.search(r"[.!?…][\"”»’')\]]*$", line) is not None
        below = lines[n + 1].group().strip() if n + 1 < len(lines) else ""
        header = (
            (len(words) <= 2 and re.search(r"(?:\.\.\.|…)$", line) is not None)  # "Пошук..."
            # The site's menu run into one line, its search box last: "Новини   Аналітика
            # Судова практика   Судді   Інтерв'ю   Пошук..." (items of a few words, set apart by
            # runs of spaces).
            or (
                re.search(r"(?:\.\.\.|…)$", line) is not None
                and len(items := re.split(r"[ \t]{2,}", line)) >= 4
                and all(len(item.split()) <= 3 for item in items)
            )
            # The editor's "This interview has been condensed and edited for clarity."
            or (
                len(words) <= 20
                and (_EDITORIAL.match(line) is not None or _OUR_EDITORIAL.match(line) is not None)
                and re.search(r"\b(?:edited|condensed)\b", line) is not None
            )
            or _caption_line(line)
            # The audio player's notice above the lead ("Listen to this article" / "Estimated
            # 4 minutes" / "The audio version of this article is generated by text-to-speech,
            # a technology based on artificial intelligence.").
            or (len(words) <= 30 and _AUDIO_NOTICE.match(line) is not None)
            or _in_caption_widget(line, lines[n + 1 :])
            # A caption over its credit line ("Rosa … at … in Amarillo." / "Carlos Ybarra /
            # Caprock Public Radio").
            or (len(words) <= 40 and _SLASH_CREDIT.fullmatch(below) is not None)
            # (or over its "Credit: Nordlys Aero" line, a trade magazine's photo credit)
            or (len(words) <= 40 and _CREDIT_FIELD.fullmatch(below) is not None)
            or _PLACE_LINE.fullmatch(line) is not None
            or _PAGE_FIELD.match(line) is not None
            or BYLINE.match(line) is not None
            or (find_date(line) is not None and len(words) <= 12)
            or (len(words) <= 24 and _QUOTED_HEADLINE.fullmatch(line) is not None)
            # A participants list's entry under its heading or the entry before it (pressmia.ru:
            # "Участники:" / "Денис Грачёв — заместитель министра …;" / "Ирина Лапина — …").
            or (above.endswith((":", ";")) and _ROSTER_ENTRY.fullmatch(line) is not None)
            or _GOV_BANNER.search(line) is not None
            # An event's title that asks, its topic before a colon: "Lithium Triangle: Can
            # Latin America Capture More of the Battery Boom?"
            or (len(words) <= 24 and ":" in line and titlecase_question(line.split(":", 1)[1]))
            # The page's title in its masthead, right over the site's lone "Menu" button ("Spring
            # floods are getting worse. Can Canada's towns afford to keep rebuilding?" / "Menu"
            # / "The Current · Q&A" / "Posted: Apr 22, 2025 …"). (A headline over the date
            # with no menu between keeps starting the intro, as older pages have it.)
            or (len(words) <= 24 and _MENU_BUTTON.fullmatch(_next_line(lines[n + 1 :])))
            # A magazine's interview credit and the closed dek right over it: "The avalanche
            # forecaster on reading snow … he got it wrong." / "Interview by Jane Roe ’09".
            or _INTERVIEW_CREDIT.fullmatch(line) is not None
            or (
                closed
                and 6 <= len(words) <= 30
                and "?" not in line
                and find_date(line) is None  # (a dateline over it opens the intro)
                and _INTERVIEW_CREDIT.fullmatch(_next_line(lines[n + 1 :])) is not None
            )
            # The writers' note under the byline, each named there ("By Jane Roe and John
            # Doe" / … / "Jane Roe is a contributing editor. John Doe is … senior editor.").
            or _byline_writers_note(line, text[max(0, start + m.start() - 600) : start + m.start()])
            # A photo's caption over the pictured person's bare name, the lead below: "Jane Roe
            # chairs the working group of …." / "Jane Roe" / the lead.
            or (closed and len(words) <= 25 and _caption_over_name(line, lines[n + 1 :]))
        )
        if not header and (
            (not closed and re.match(rf"[{LOWER}]{{2}}", below))
            or line.endswith(";")
            or (closed and re.match(rf"[{LOWER}]", line))
        ):
            return start  # unsure: a paragraph wrapped at the margin, or a list of items
        if (
            not header
            and closed
            and not _dek_over_credit(line, lines[n + 1 :])
            and not _dek_over_dated_byline(line, lines[n + 1 :])
        ):
            pos = start + m.start()
            break
        if not header and (len(words) > 60 or (len(words) > 14 and line[-1] in ":,;—–-")):
            return start  # unsure: a lead that ends in no sentence mark
        pos = start + m.end()
    else:
        return start
    if pos == start or len(text[pos:stop].split()) < 8:
        return start
    return strip_range(text, pos, stop)[0]


# A heading that names whose opening words follow, the name in the genitive (government.ru:
# "Вступительное слово Михаила Мишустина:" / "Добрый день, уважаемые коллеги! …", the later
# turns labelled "Д.Патрушев:"), or "Opening remarks by Jane Doe".
_NAMED_OPENING = re.compile(
    r"^[ \t]*(?:Вступительное[ \t]+слово|Вступне[ \t]+слово|Opening[ \t]+(?:remarks|statement)"
    rf"[ \t]+by)[ \t]+(?P<g>[{UPPER}][{LOWER}'’\-]+)[ \t]+(?P<s>[{UPPER}][{LOWER}'’\-]+)"
    r"[ \t]*:?[ \t]*$",
    re.MULTILINE,
)


# A contents entry naming a speaker's part: "Доклад Елены Кругловой", "Выступление министра
# Антона Силуанова", "Remarks by John Smith" (no sentence ends on it).
_CONTENTS_ENTRY = re.compile(
    rf"[{UPPER}][{LOWER}]+(?:[ \t]+[{LOWER}]+){{0,2}}[ \t]+[{UPPER}][{LOWER}'’\-]+[ \t]+"
    rf"[{UPPER}][{LOWER}'’\-]+"
)


def _named_opening(
    text: str, start: int, stop: int, label_names: Sequence[Name]
) -> tuple[int, int, str | None] | None:
    """The words under a heading that names their speaker (see ``_NAMED_OPENING``): they
    start below the heading, and are the named person's (spelt as the page's labels resolve
    the name). None without such a heading or without 8 words of prose below it."""
    found = list(_NAMED_OPENING.finditer(text, start, stop))
    if not found:
        return None
    m = found[-1]
    given, surname = m.group("g"), m.group("s")
    if re.search(r"[а-яёіїєґ]", surname):
        given, surname = _genitive_given(given), genitive_to_nominative(surname)
    if is_title_token(given):
        return None
    body_start, body_stop = strip_range(text, m.end(), stop)
    if len(text[body_start:body_stop].split()) < 8:
        return None
    # The heading is one entry of the page's contents when the next line names another part
    # the same way (government.ru: "Вступительное слово Михаила Мишустина" / "Доклад Елены
    # Кругловой" / "Доклад Дмитрия Арсеньева", then the lead and "М.Мишустин: …"): the words
    # below are the page's, and the labelled speaker's opening words come later.
    next_line = text[body_start:body_stop].split("\n", 1)[0].strip()
    if _CONTENTS_ENTRY.fullmatch(next_line):
        return None
    person = Name((given,), surname, None, False)
    return (
        body_start,
        body_stop,
        resolve_names([*label_names, person]).get(person, person.display()),
    )


# A page's embed line above the text: "Видео брифинга", "Відео брифінгу", "Video".
_MEDIA_LINE = re.compile(r"(?:Видео|Відео|Video|Аудио|Аудіо|Audio)(?:[ \t]+[^\s.!?]+){0,2}")


def _past_lead(text: str, start: int, stop: int, surname: str) -> int:
    """Where the giver's own words begin below a lead that tells of them in the third person
    ("Официальный представитель МИД России Мария Захарова провела еженедельный брифинг для
    представителей СМИ." / "Видео брифинга" / "О предстоящих переговорах …" — the last is the
    briefing's first topic): the lead's sentence lines and embed lines are the page's."""
    pos = start
    contents: set[str] = set()
    listing = False
    while pos < stop:
        eol = text.find("\n", pos, stop)
        if eol < 0:
            break
        line = text[pos:eol].strip()
        # mid.ru's "Содержание" under the lead lists the topics one a line up to a blank line;
        # the first topic's heading then repeats its entry above the giver's words (as
        # ``_body_start_for_statement`` reads it with no lead above): both are the page's.
        if pos > start and (listing or _CONTENTS.match(line)) and line not in contents:
            listing = bool(line)
            if line and not _CONTENTS.match(line):
                contents.add(line)
            pos = eol + 1
            continue
        if line in contents and not re.search(r"[.!?…\"”»]$", line):
            pos = eol + 1
            continue
        narration = (
            surname in line
            and _FIRST_PERSON.search(line) is None
            and re.search(r"[.!]$", line) is not None
            and len(line.split()) <= 40
        )
        # The page's photo credit and the heading over the giver's opening words ("Фото:
        # Пресслужба МЗС України" / "Вступне слово" / "Добрий день, …") are no one's words
        # either (a topic heading, "О предстоящих переговорах …", is the giver's first topic).
        page_line = pos > start and (
            _MEDIA_LINE.fullmatch(line)
            or _CREDIT_LINE.fullmatch(line)
            or _OPENING_HEADING.fullmatch(line)
        )
        if line and not narration and not page_line:
            break
        pos = eol + 1
    if pos == start or len(text[pos:stop].split()) < 8:
        return start
    return strip_range(text, pos, stop)[0]


_CREDIT_LINE = re.compile(r"(?:Фото|Photo|Foto)[ \t]*:[ \t]*\S[^\n]{0,80}", re.IGNORECASE)
# The Japanese Prime Minister's Office sets it in brackets: "[Opening Statement]".
_OPENING_HEADING = re.compile(
    r"(?:Вступне слово|Вступительное слово|Вступна частина|Вступительная часть"
    r"|Opening (?:remarks|statement))[ \t]*:?"
    r"|\[(?:Вступительное слово|Вступне слово|Opening (?:remarks|statement))\]",
    re.IGNORECASE,
)


_FIRST_PERSON = re.compile(
    r"(?<![\w’'])(?:I|I['’]m|I['’]ve|I['’]ll|we|We|my|My|our|Our|us|я|Я|мы|Мы|ми|Ми|мой|моя|"
    r"мій|моя|наш|наша|наше|наши|наші|нам|нас)(?![\w’'])"
)


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
    if re.search(
        r"\b[Ww]e[ \t]+(?:sat[ \t]+down|spoke|talked|met|caught[ \t]+up)[ \t]+(?:with|at|to|in)\b",
        opening,
    ):
        # A publication's intro: "Six months after the bus lanes opened, we sat down at City
        # Hall to ask about traffic, money and the next election." — the paper asks.
        return None
    answerers = {sp for (_, _, _, sp), role in zip(bodies, roles, strict=True) if role == "answer"}
    if len(answerers) == 1:
        answerer = answerers.pop()
        if answerer and re.search(rf"\b(?:[Oo]ur|[Tt]heir)[ \t]+{re.escape(answerer)}\b", opening):
            # A page's intro that tells of the answerer as its own ("Each month we put
            # questions … This month, our Chief Executive answers questions about winter."):
            # the editor's words, not the answerer's.
            return None
        return answerer
    return None


def _implied_answers(
    text: str,
    bodies: list[tuple[LabelHit, int, int, str | None]],
    principal: str | None = None,
) -> list[tuple[LabelHit, int, int, str | None]]:
    """Split off an answer printed without its label (mid.ru: "Вопрос (газета «Известия»): …
    в Балтийском море?", blank line, "Посольство России находится …", then the next
    "Вопрос:"): a question whose body runs on past a paragraph ending in "?" into paragraphs
    that ask nothing, right before another question. The answer is the speaker who answers
    every other question (all labels right after a question agree).

    Where every label asks (EEAS press remarks: "Q. … your plan B?", blank line, "I will not
    name any Member State …", "Q. …"), the answers are the principal's: the one person the
    header's "Press remarks by …" names, who also speaks the unlabelled opening."""
    asking = [h.info.kind is LabelKind.QUESTION for h, *_ in bodies]

    # The Kyiv Independent sets its own name as the label inside each bold question and no
    # label on the answers ("**The Kyiv Independent: … until you were inside it?**" / "How
    # slow the paperwork is. …"): one voice labelled throughout, every turn opening with a
    # paragraph that asks and going on below it, is the interviewer's, as "Q." would be.
    # Свободная пресса labels only its own questions and opens each answer with a dash
    # ("«СП»: Ваш прогноз на следующую зиму" / "— Аварий будет меньше, …"): the dash marks
    # the answer where the question asks without a "?".
    def dash_answered(s: int, e: int) -> bool:
        paras = re.split(r"\n[ \t]*\n", text[s:e].strip())
        return len(paras) >= 2 and _DASH_PARA.match(paras[1]) is not None

    dashed = sum(dash_answered(s, e) for _, s, e, _ in bodies) >= 3
    one_voice = (
        principal is not None
        and len(bodies) >= 3
        and len({h.info.group for h, *_ in bodies}) == 1
        and all(
            "\n\n" in text[s:e].strip()
            and (
                _ends_with_question(_unbold(text[s:e].strip().split("\n\n")[0]))
                or (dashed and dash_answered(s, e))
            )
            for _, s, e, _ in bodies
        )
    )
    if one_voice:
        asking = [True] * len(bodies)
    answerers = {
        (bodies[i + 1][0].info.group, bodies[i + 1][3])
        for i in range(len(bodies) - 1)
        if asking[i] and not asking[i + 1]
    }
    # (with no one named to answer, the answers are still split off, unattributed: "A senior
    # Western diplomat in Pristina spoke to BIRN …" over "Q: …?" / "The remaining measures …")
    only_questions = all(asking) and (principal is not None or len(bodies) >= 3)
    if (len(answerers) != 1 and not only_questions) or sum(asking) < 2:
        return bodies
    if only_questions:
        info = LabelInfo(LabelKind.ANSWER, "A")
        first = bodies[0][0]
        model = (dataclasses.replace(first, text="A", info=info), 0, 0, principal)
    else:
        model = next(b for i, b in enumerate(bodies[1:], 1) if asking[i - 1] and not asking[i])

    # The Times of India prints each answer on the line right below its "Q:" line, no blank
    # line between ("Q: … Where do you stand this year?" / "We are at about 34 km a day …"):
    # where no answer has a label and at least two questions run on so, the line break after
    # the question's "?" line parts the two.
    def runs_on(start: int, end: int) -> bool:
        parts = text[start:end].split("\n", 1)
        return (
            len(parts) == 2
            and _ends_with_question(parts[0])
            and re.match(r"[ \t]*\n", parts[1]) is None  # no blank line between
        )

    by_line = only_questions and sum(runs_on(s, e) for _, s, e, _ in bodies) >= 2
    breaks = r"\n[ \t]*\n" if not by_line else r"\n(?:[ \t]*\n)?"
    out: list[tuple[LabelHit, int, int, str | None]] = []
    for i, (h, start, end, speaker) in enumerate(bodies):
        out.append((h, start, end, speaker))
        if not asking[i] or (not only_questions and (i + 1 >= len(bodies) or not asking[i + 1])):
            continue
        for m in re.finditer(breaks, text[start:end]):
            cut = start + m.start()
            rest_start = start + m.end()
            asked = _unbold(text[start:cut])
            dash = _DASH_PARA.match(text, rest_start, end) if dashed else None
            if dash is not None:
                rest_start = dash.end()  # the answer's words, its dash off
            if dash is not None or (
                _ends_with_question(asked) and not _rest_asks(text[rest_start:end])
            ):
                if len(text[rest_start:end].split()) >= 5:
                    implied = dataclasses.replace(
                        model[0], start=rest_start, end=rest_start, cut=rest_start, implied=True
                    )
                    out[-1] = (h, start, start + len(asked), speaker)
                    out.append((implied, rest_start, end, model[3]))
                break
        else:
            # Where only the questions carry a label, a "Q:" may put a statement to the
            # interviewee ("Q: Last year too, the government announced a cap. It was never
            # enforced." / "That is a fair criticism. …"): with no paragraph of the body asking,
            # its first paragraph is the question and the rest the answer.
            paras = re.search(breaks, text[start:end])
            if (
                only_questions
                and not by_line
                and paras is not None
                and not any(
                    _ends_with_question(_unbold(p)) for p in re.split(breaks, text[start:end])
                )
                and len(text[start + paras.end() : end].split()) >= 5
            ):
                rest_start = start + paras.end()
                implied = dataclasses.replace(
                    model[0], start=rest_start, end=rest_start, cut=rest_start, implied=True
                )
                out[-1] = (
                    h,
                    start,
                    start + len(text[start : start + paras.start()].rstrip()),
                    speaker,
                )
                out.append((implied, rest_start, end, model[3]))
    return out


def _bold_questions(
    text: str,
    bodies: list[tuple[LabelHit, int, int, str | None]],
    first_cut: int,
    header: list[tuple[str, Name]],
) -> tuple[list[tuple[LabelHit, int, int, str | None]], int]:
    """Split off questions printed in bold without a label where only the answers have one
    (Forbes Ukraine: "**Скільки грошей тоді було на рахунку?**" / "**Д. М.:** На чотири місяці
    …"): a bold paragraph that asks and closes a labelled body, or stands right above the first
    label, is the interviewer's question. Only where no label asks and at least two such
    paragraphs occur; the asker is the one interviewer the header names, or the author over the
    date. Returns the bodies and where the text before the first turn now ends."""
    if any(h.info.kind in (LabelKind.QUESTION, LabelKind.INTERVIEWER) for h, *_ in bodies):
        return bodies, first_cut

    def asks(m: re.Match[str]) -> bool:
        return _paragraph_alone(text, m) and _ends_with_question(m.group("q"))

    opening = [m for m in _EMPH_PARA.finditer(text, 0, first_cut) if asks(m)]
    first = opening[-1] if opening and not text[opening[-1].end() : first_cut].strip() else None

    def closing_paras(
        ok: Callable[[re.Match[str]], bool],
    ) -> dict[int, re.Match[str]]:
        closing: dict[int, re.Match[str]] = {}
        for i, (_h, start, end, _sp) in enumerate(bodies):
            # The question may lie below what the answer's end already left out (a fact box:
            # "ДОВІДКА FORBES" / "Vantazh" / … / "**Чому ви вирішили виходити саме в
            # Польщу?**"), up to the next label.
            until = bodies[i + 1][0].start if i + 1 < len(bodies) else end
            until = max(until, end)
            last = [
                m for m in _EMPH_PARA.finditer(text, start, until) if ok(m) and m.start() > start
            ]
            if last and not text[last[-1].end() : until].strip().strip("*_"):
                closing[i] = last[-1]
        return closing

    closing = closing_paras(asks)
    if len(closing) + (first is not None) < 2:
        return bodies, first_cut

    def put(m: re.Match[str]) -> bool:
        # Once the page is seen to bold its questions, a bold sentence in a question's place
        # puts something to the interviewee too (The Globe and Mail: "**Mayor Whitfield, you
        # endorsed the President in the last election.**", "**Where are things with the
        # bridge? It was supposed to open last year.**"); a subheading closes no sentence.
        q = _SPACED_DASH.sub("", m.group("q").strip().strip("*_").strip(), count=1)
        # (Or a bold line that opens as a question does and lost its "?": Собеседник's
        # "**Из-за чего чаще всего ссоритесь**"; a subheading names, it does not ask.)
        # A Russian question may ask by its particle in second place, shorter: Омская
        # правда's "**Помогает ли государство**" between the answers.
        particle = re.match(r"\w+[ \t]+ли[ \t]+\w", q) is not None
        return (
            _paragraph_alone(text, m)
            and len(q.split()) >= (3 if particle else 4)
            and (
                re.search(r"[.?!…][\"”’»)]*$", q) is not None
                or ((_UNMARKED_ASK.match(q) is not None or particle) and len(q.split()) <= 15)
            )
        )

    closing = {**closing_paras(put), **closing}
    marks = {m.group(1) for m in [*closing.values(), *([first] if first else [])]}
    if marks in ({"_"}, {"*"}):
        # A page that sets every question in italics, the answers under bold labels (Konkurent:
        # "_А чому саме підвал_" / "**Савчин:** Бо на інше …"): an italic paragraph of its own
        # closing an answer is a question, with or without its "?" (a subheading is bold).
        italic = marks.pop()

        def styled(m: re.Match[str]) -> bool:
            return m.group(1) == italic and _paragraph_alone(text, m)

        closing = {**closing_paras(styled), **closing}

    def thanks(m: re.Match[str]) -> bool:
        # The interviewer's closing thanks in the questions' type under the last answer
        # ("*Thank you both.*"): theirs too, and no word of the answer.
        # (Its dash may be bold with it: "**— Дякую вам.**".)
        q = _SPACED_DASH.sub("", m.group("q").strip().strip("*_").strip(), count=1)
        return _paragraph_alone(text, m) and len(q.split()) <= 8 and _REMARK.match(q) is not None

    thanked = closing_paras(thanks)
    last_thanks = thanked.get(len(bodies) - 1)
    if last_thanks is not None and len(bodies) - 1 not in closing:
        closing[len(bodies) - 1] = last_thanks
    # Or over the interviewee's labelled reply to them, the last turn ("**— Дякую вам.**" /
    # "**Коваль:** Дякуємо вам."): the thanks closes the answer before that reply.
    if len(bodies) >= 2 and len(bodies) - 2 not in closing and len(bodies) - 2 in thanked:
        closing[len(bodies) - 2] = thanked[len(bodies) - 2]
    askers = [n for k, n in header if k.startswith(_INTERVIEWER_KINDS)]
    return _with_questions(text, bodies, closing, first, first_cut, header, askers, "q")


def _with_questions(
    text: str,
    bodies: list[tuple[LabelHit, int, int, str | None]],
    closing: dict[int, re.Match[str]],
    first: re.Match[str] | None,
    first_cut: int,
    header: list[tuple[str, Name]],
    askers: Sequence[Name],
    group: str | int,
) -> tuple[list[tuple[LabelHit, int, int, str | None]], int]:
    """``bodies`` with the unlabelled questions split off: ``first`` above the first label,
    ``closing[i]`` closing body ``i`` (the question is the match's ``group``). They are the one
    interviewer's of ``askers``, or the author's over the date. What the page sets between an
    answer and the question (a "Читайте також:" link, a fact box, a photo caption) is the
    page's, not the answer's. Returns the bodies and where the text before the first turn now
    ends."""
    interviewees = [n for k, n in header if k.startswith(_INTERVIEWEE_KINDS)]
    asker = _fullest(askers, text)
    if asker is None:
        author = _name_over_date(text[:first_cut], interviewees)
        asker = author.display() if author is not None else None
    if asker is None and bodies:
        # The note under the last answer that says who conducted the interview ("Owen Baptiste
        # is a freelance energy reporter … He conducted this interview for Smart Cities Dive.").
        signed = _EN_SIGNATURE.search(text, bodies[-1][1])
        signer = _signer(signed) if signed is not None else None
        asker = signer.display() if signer is not None and signer.given else None
    if asker is None:
        # The header stops a few lines down; the lead under it may name who asks ("PSI’s
        # communications officer Lena Hoffmann sat down with two people …").
        lead = text[max(0, first_cut - 3000) : first_cut]
        in_lead = [n for k, n in _header_people(lead) if k.startswith(_INTERVIEWER_KINDS)]
        asker = _fullest(in_lead, text)
    if asker is None:
        asker = _interview_byline(text[:first_cut], interviewees)
    info = LabelInfo(LabelKind.QUESTION, "Q")

    def question(m: re.Match[str]) -> tuple[LabelHit, int, int, str | None]:
        hit = dataclasses.replace(
            bodies[0][0],
            start=m.start(),
            end=m.start(),
            cut=m.start(),
            text="Q",
            info=info,
            implied=True,
        )
        q_from = m.start(group)
        if group == "q" and (lead_in := _emph_lead_in(text, m, bodies[0][1])) is not None:
            q_from = lead_in.start("q")
        a, b = strip_range(text, q_from, m.end(group))
        # The press interview's dash opening the question is no word of it: "— Дома вы …?".
        # (Inside the bold too, where the page bolds the dash with the words: "**— Скільки
        # зараз собак у групі?**"; the line's start is then the "**", no dash's.)
        dash = _DASH_PARA.match(text, a, b) or _SPACED_DASH.match(text, a, b)
        if dash is not None:
            a = dash.end()
        # A question set as a markdown heading: "### Where does the utility fit in?" (the
        # marks are the page's, no word of the question).
        heading = re.match(r"#{1,6}[ \t]+", text[a:b])
        return (hit, a + (heading.end() if heading else 0), b, asker)

    out = [question(first)] if first is not None else []
    for i, (h, start, end, speaker) in enumerate(bodies):
        m = closing.get(i)
        if m is None:
            out.append((h, start, end, speaker))
            continue
        lead_in = _emph_lead_in(text, m, start) if group == "q" else None
        at = lead_in.start() if lead_in is not None else m.start()
        cut = _trim_furniture(text, start, min(end, len(text[:at].rstrip())))
        cut = _trim_fact_box(text, start, cut)
        out.extend([(h, start, cut, speaker), question(m)])
    return out, (first.start() if first is not None else first_cut)


_SPOKE_TO = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey)[ \t]+(?:spoke|talked)[ \t]+(?:to|with)[ \t]+(?:[Tt]he[ \t]+)?"
    r"(?P<outlet>[A-Z][\w\-]+)(?:[ \t]+[A-Z][\w\-]+)?[ \t]+(?:about|on|from|in|by|for)\b"
    r"|\bI[ \t]+(?:recently[ \t]+)?(?:spoke|talked)[ \t]+(?:by[ \t]+(?:phone|video)[ \t]+)?"
    r"(?:to|with)[ \t]+[A-Z]"
    # The masthead's last word as the paper's own voice: "The Tribune spoke with him about …"
    # under "The Texas Tribune" (or by its whole name: "The Kyiv Independent spoke with …").
    r"|\bThe[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}(?P<own>[A-Z][a-z]+)[ \t]+(?:spoke|talked)"
    r"[ \t]+(?:to|with)[ \t]+(?:him|her|them|[A-Z])"
)


def _told_the_masthead(head: str) -> bool:
    """Does the lead report the interview given to the page's own masthead ("She spoke to
    Nature about hiring …" under "nature" atop the page) or taken by its writer in the first
    person ("I recently spoke by phone with Mendoza-Reyes")?"""
    top = fold("\n".join(head.split("\n")[:25]))
    for m in _SPOKE_TO.finditer(head):
        outlet = m.group("outlet")
        own = m.group("own")
        if own is not None:
            # (a masthead line of up to four words that ends in it)
            if re.search(rf"(?m)^[ \t]*(?:\w+[ \t]+){{0,3}}{re.escape(fold(own))}[ \t]*$", top):
                return True
            continue
        if outlet is None:
            return True
        if re.search(rf"(?m)^[ \t]*{re.escape(fold(outlet))}(?![\w])", top):
            return True
    return False


def _interview_byline(head: str, interviewees: Sequence[Name]) -> str | None:
    """The single author of the byline, on a page that calls itself an interview: who asks its
    unlabelled questions (The New Humanitarian: "INTERVIEW" / "By Hélène Marchetti, Senior
    Editor, West Africa" over "— Who gives that permission?"). Two authors name no one."""
    if _QA_SIGNAL.search(head) is None:
        return None
    author = _en_byline(head)
    if author is None or any(n.surname == author.surname for n in interviewees):
        return None
    line = next((ln for ln in head.split("\n") if author.surname in ln), "")
    if re.search(r"\band\b|&", line):
        return None
    return author.display()


def _emph_lead_in(text: str, m: re.Match[str], floor: int) -> re.Match[str] | None:
    """The first part of a question set as two paragraphs in the questions' type, a sentence
    of context over the asking one (Вечерний Петербург: "*Вы играете в основном для детей. Но
    я знаю, что у вас есть и взрослые спектакли.*" / "*Кто на них приходит и о чем они?*"):
    the paragraph right above, in the same marks, that closes its sentence; else None."""
    above = [
        p
        for p in _EMPH_PARA.finditer(text, floor, m.start())
        if p.group(1) == m.group(1) and _paragraph_alone(text, p)
    ]
    if not above:
        return None
    prev = above[-1]
    gap = text[prev.end() : m.start()]
    if gap.strip() or gap.count("\n") != 2:
        return None
    if re.search(r"[.!…][\"”»]*$", prev.group("q").strip()) is None:
        return None
    return prev


# A paragraph of its own: the text between blank lines.
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def _plain_questions(
    text: str,
    bodies: list[tuple[LabelHit, int, int, str | None]],
    first_cut: int,
    header: list[tuple[str, Name]],
) -> tuple[list[tuple[LabelHit, int, int, str | None]], int]:
    """Split off questions printed as plain paragraphs where only the answers carry a label, all
    of one person (Rossiyskaya Gazeta: "Откуда возьмутся деньги, если заводы снижают выпуск?" /
    "Михаил Гончаров: Мы рассчитываем на гражданскую продукцию …"): the last paragraph of a
    labelled body, right above the same person's next label, is the interviewer's question, and
    so is the paragraph right above the first label. Only where at least two such paragraphs
    ask; then a short one-sentence paragraph there asks too ("Люди боятся сокращений." /
    "Спасибо за разговор."): one person does not answer twice running. The asker is the one
    interviewer the header names, or the author over the date ("Текст: Ольга Смирнова")."""
    if len(bodies) < 2 or any(h.implied for h, *_ in bodies):
        return bodies, first_cut
    names = {h.info.name.key for h, *_ in bodies if h.info.name is not None}
    if not names or any(
        h.info.kind is not LabelKind.PERSON or h.info.name is None for h, *_ in bodies
    ):
        return bodies, first_cut
    # Two experts answering in turn, each under their surname, the questions plain (CFR:
    # "Turkey says it releases enough water … Is that fair?" / "AL-HASHIMI: Partly. …" /
    # "VAN RIJN: Both things are true, …"): where the header names every labelled one as
    # interviewed, two people may well answer twice running, so a short remark between the
    # same one's answers is no question by that alone.
    interviewed = {fold(n.surname) for k, n in header if k.startswith(_INTERVIEWEE_KINDS)}
    several = len(names) > 1 and all(
        fold(h.info.name.surname) in interviewed for h, *_ in bodies if h.info.name is not None
    )
    askers = [n for k, n in header if k.startswith(_INTERVIEWER_KINDS)]
    if any(n.key in names for n in askers):
        return bodies, first_cut
    # Two interviewees under their labels (a couple, an owner and a baker: "**Николай:** …" /
    # "**Марина:** …") may each close a turn with a question of their own, so a paragraph that
    # asks at a body's end is the interviewer's only where the page marks it so: it opens with
    # the press interview's dash ("— Дома вы обсуждаете спектакли?") the labelled answers lack,
    # or a signature names an interviewer no label stands for ("Розмовляв Ігор Стеценко").
    several = len(names) > 1
    dashed_bodies = sum(
        _DASH_PARA.match(text, strip_range(text, start, end)[0]) is not None
        for _h, start, end, _sp in bodies
    )
    if several and dashed_bodies:
        return bodies, first_cut

    def caps(m: re.Match[str]) -> bool:
        # A question set in capitals, the labelled answers in mixed case (Сумщина: "ЧОМУ САМЕ
        # КОЗИ, А НЕ КОРОВИ?" / "**Андрій:** Кози невибагливі. …"): the page's mark too.
        para = m.group(0).strip()
        return (
            len(para.split()) >= 2
            and "\n" not in para
            and para.upper() == para
            and (re.search(rf"[{UPPER}]{{2}}", para) is not None)
        )

    def marked(m: re.Match[str]) -> bool:
        return (
            not several or bool(askers) or _DASH_PARA.match(text, m.start()) is not None or caps(m)
        )

    def last_para(a: int, b: int) -> re.Match[str] | None:
        paras = list(_PARAGRAPH.finditer(text, a, b))
        return paras[-1] if len(paras) >= 2 else None

    def short(m: re.Match[str]) -> bool:
        para = m.group(0).strip()
        return len(para) <= 80 and "\n" not in para and not re.search(r"[.!?…]\s+\S", para)

    head = list(_PARAGRAPH.finditer(text, 0, first_cut))
    first = (
        head[-1] if head and _ends_with_question(head[-1].group(0)) and marked(head[-1]) else None
    )
    closing: dict[int, re.Match[str]] = {}
    for i, (h, start, _end, _sp) in enumerate(bodies[:-1]):
        m = last_para(start, bodies[i + 1][0].start)
        if m is None or not marked(m):
            continue
        # A short remark closes a body as a question only where the same person answers on
        # (one person does not answer twice running), where the dash marks it, or where it
        # opens as a question or as thanks do ("Скільки хліба ви печете зараз", "Дякую за
        # розмову.").
        para = m.group(0).strip()
        if _ends_with_question(para) or (
            short(m)
            and (
                (h.info.name == bodies[i + 1][0].info.name and not several)
                or _DASH_PARA.match(text, m.start()) is not None
                or _UNMARKED_ASK.match(para) is not None
                or _THANKS_LINE.match(para) is not None
                # "ХТО КУПУЄ ВАШ СИР": in capitals, a question word opens it all the same.
                or (caps(m) and _UNMARKED_ASK.match(para.capitalize()) is not None)
            )
        ):
            closing[i] = m
    asking = sum(_ends_with_question(m.group(0)) for m in closing.values()) + (first is not None)
    if asking < 2:
        return bodies, first_cut
    return _with_questions(text, bodies, closing, first, first_cut, header, askers, 0)


# A questionnaire's numbered question, a paragraph of its own: "1. Why are you running for
# county commissioner?" (the number is no word of the question).
_NUMBERED_QUESTION = re.compile(
    r"^[ \t]*(?:\*\*|__)?(?P<n>\d{1,2})[.)][ \t]+(?P<q>[^\n]+?\?)(?:\*\*|__)?[ \t]*$", re.MULTILINE
)


_NUMBERED_PARA = re.compile(
    r"^[ \t]*(?:\*\*|__)?(?P<n>\d{1,2})[.)][ \t]+(?P<q>[^\n]+?)(?:\*\*|__)?[ \t]*$", re.MULTILINE
)


def _numbered_questions(
    text: str,
    bodies: list[tuple[LabelHit, int, int, str | None]],
    first_cut: int,
    header: list[tuple[str, Name]],
) -> tuple[list[tuple[LabelHit, int, int, str | None]], int]:
    """Split off the numbered questions of a newspaper's candidate questionnaire, where only the
    answers carry a label, each candidate's surname:

        1. Why are you running for county commissioner?

        Bell: I've served this district for eight years …

        Kowalczyk: Because people in this county keep telling me …

        2. What is the biggest challenge facing the county …?

    A numbered question closes a labelled body or stands right above the first label. Only where
    no label asks and the questions found run 1, 2, 3 …, at least two of them (a numbered list
    of questions inside an answer is rarer than its own paragraphs in a row)."""
    if len(bodies) < 2 or any(
        h.implied or h.info.kind in (LabelKind.QUESTION, LabelKind.INTERVIEWER) for h, *_ in bodies
    ):
        return bodies, first_cut

    def numbered(a: int, b: int) -> re.Match[str] | None:
        found = [m for m in _NUMBERED_QUESTION.finditer(text, a, b) if _paragraph_alone(text, m)]
        return found[-1] if found and not text[found[-1].end() : b].strip() else None

    first = numbered(0, first_cut)
    closing: dict[int, re.Match[str]] = {}
    for i, (_h, start, _end, _sp) in enumerate(bodies[:-1]):
        m = numbered(start, bodies[i + 1][0].start)
        if m is not None and m.start() > start:
            closing[i] = m
    found = [first] if first is not None else []
    found += [closing[i] for i in sorted(closing)]
    numbers = [int(m.group("n")) for m in found]
    if len(numbers) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return bodies, first_cut
    askers = [n for k, n in header if k.startswith(_INTERVIEWER_KINDS)]
    return _with_questions(text, bodies, closing, first, first_cut, header, askers, "q")


# A reader's question signed at its line's end, a paragraph of its own: "My building was sold
# … What can the city actually do? — Hamid R., Mount Pleasant" (The Tyee's "You Asked").
_SIGNED_QUESTION = re.compile(
    r"^[ \t]*(?P<q>[^\n]+?\?)[\"”’]?[ \t]+[—–][ \t]*"
    r"(?P<who>[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,2})(?:,[ \t]*[^\n,]{1,40})?[ \t]*$",
    re.MULTILINE,
)


def _signed_questions(
    text: str,
    bodies: list[tuple[LabelHit, int, int, str | None]],
    first_cut: int,
    header: list[tuple[str, Name]],
) -> tuple[list[tuple[LabelHit, int, int, str | None]], int]:
    """Split off readers' questions, each signed by its reader at the line's end, that stand
    unlabelled between labelled answers (an "Ask me anything" page):

        Readers asked:

        My building was sold … What can the city actually do? — Hamid R., Mount Pleasant

        Sangha: The honest answer is …

    Each asks as its signature writes the reader. Only where no label asks before the last of
    them and at least two are found, as for numbered questions."""
    if len(bodies) < 2:
        return bodies, first_cut

    def signed(a: int, b: int) -> re.Match[str] | None:
        found = [m for m in _SIGNED_QUESTION.finditer(text, a, b) if _paragraph_alone(text, m)]
        return found[-1] if found and not text[found[-1].end() : b].strip() else None

    first = signed(0, first_cut)
    closing: dict[int, re.Match[str]] = {}
    for i, (_h, start, _end, _sp) in enumerate(bodies[:-1]):
        m = signed(start, bodies[i + 1][0].start)
        if m is not None and m.start() > start:
            closing[i] = m
    found = ([first] if first is not None else []) + [closing[i] for i in sorted(closing)]
    if len(found) < 2:
        return bodies, first_cut
    askers = [n for k, n in header if k.startswith(_INTERVIEWER_KINDS)]
    out, cut = _with_questions(text, bodies, closing, first, first_cut, header, askers, "q")
    readers = {m.start(): m.group("who") for m in found}
    return [
        (h, a, b, readers[h.start]) if h.implied and h.start in readers else (h, a, b, sp)
        for h, a, b, sp in out
    ], cut


def _para_asks(q: str) -> bool:
    """Does a bold or italic paragraph ask, by its mark, its opening or its lost mark?"""
    return _ends_with_question(q) or bool(_PROMPT.match(q)) or _bold_lost_mark(q)


def _unbold(para: str) -> str:
    """A paragraph without the bold's closing marks: "… inside it?**" -> "… inside it?"."""
    return re.sub(r"[ \t]*(?:\*\*|__)$", "", para.rstrip())


def _rest_asks(rest: str) -> bool:
    """Does what follows a question's "?" paragraph ask too (a question in two paragraphs)?
    An answer may put a rhetorical question inside a paragraph ("I am confident that we will
    find a solution. … if not the reparations loan, then what? Our taxpayers are not going to
    pay …"), never as its first sentence nor at a paragraph's end."""
    paras = [p for p in re.split(r"\n[ \t]*\n", rest) if p.strip()]
    if any(_ends_with_question(p) for p in paras):
        return True
    first = re.match(r"[^.!?…]*[.!?…]?", rest.lstrip())
    return first is not None and "?" in first.group(0)


# Kommersant sets a no-break space after the dash ("—\u00a0Спрос на инвестиционные кредиты …"):
# it parts the dash from the words as a space does. A scraped page may lose the space
# altogether ("-Minister, thank you for finding time for us." on MONTSAME): a dash glued to a
# capital (or an opening quote) still opens a turn; one glued to a digit or a small letter is a
# minus or a hyphenated tail ("-5 degrees", "-based"), not a dash.
_DASH_GAP = r"(?:[ \t\u00a0]+(?=\S)|(?=[A-ZА-ЯЁІЇЄҐ«\"“„]))"
_DASH_PARA = re.compile(r"^[ \t]*[—–-]" + _DASH_GAP, re.MULTILINE)
# The dash opening a turn, at its line's start or inside its bold: "**– Николай Александрович".
_TURN_DASH = re.compile(r"(?:^|(?<=\*\*)|(?<=__))[ \t]*[—–-]" + _DASH_GAP, re.MULTILINE)


# A dash opening a turn wherever the turn starts (not only at a line's start).
_SPACED_DASH = re.compile(r"[ \t]*[—–-]" + _DASH_GAP)


def _first_dash(text: str, body_end: int) -> int:
    """Where the first dash paragraph starts (the end of a dash dialogue's lead), else 0."""
    m = _DASH_PARA.search(text, 0, body_end)
    return m.start() if m else 0


class _Dash(NamedTuple):
    """Where a dash turn's paragraph starts and where its words begin (a match's shape)."""

    at: int
    words: int

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.words


# "… через онлайн-платформи. – Тобто ставку ПДВ не підвищуватимуть?": a dash after a sentence's
# end, then a capital, inside a dashed paragraph. The space before the dash may be lost with the
# break ("… поки тривають судові процеси.– А як щодо корупційних ризиків?").
_GLUED_DASH = re.compile(r"(?<=[.!…])[ \t]*([—–])[ \t]+(?=[A-ZА-ЯЁІЇЄҐ«\"])")
# A sentence that asks, anywhere in a stretch: "А як щодо корупційних ризиків? Ціна …".
_ASKING_SENTENCE = re.compile(r"\?[\"”»’)]*(?:[ \t]|$)")


# An answer glued onto the question above it, the break lost: "- А если не поддержат?- Тогда
# будем дорабатывать." (Komsomolskaya Pravda). A dash right after the "?", then a capital.
_GLUED_ANSWER = re.compile(r"(?<=\?)[ \t]*([—–-])[ \t]+(?=[A-ZА-ЯЁІЇЄҐ«\"])")


def _glued_answer(
    text: str, starts: Sequence[re.Match[str] | _Dash], i: int, nxt: int
) -> _Dash | None:
    """The answer's dash inside the question paragraph ``i``, when the turn before it answers
    (or there is none), the paragraph's first line asks up to the dash, what follows does not
    ask, and the next paragraph (if any) asks again: only then is the alternation one turn
    short."""
    m = starts[i]
    if i > 0 and _ends_with_question(text[starts[i - 1].end() : m.start()]):
        return None
    para_end = strip_range(text, m.end(), nxt)[1]
    line_end = text.find("\n", m.end(), para_end)
    g = _GLUED_ANSWER.search(text, m.end(), para_end if line_end < 0 else line_end)
    if g is None:
        return None
    tail = text[g.end() : para_end]
    if _ends_with_question(tail) or _ASKING_SENTENCE.search(tail) is not None:
        return None
    return _Dash(g.start(1), g.end())


def _glued_dashes(
    text: str, starts: Sequence[re.Match[str] | _Dash], body_end: int
) -> list[re.Match[str] | _Dash]:
    """The dash turns, with a question the page glued onto the end of the answer before it
    (the paragraph break lost): "– Нових податків … через онлайн-платформи. – Тобто ставку
    ПДВ не підвищуватимуть?". Only the last line of a dashed paragraph that does not itself ask,
    whose tail from the dash asks, and only where the next paragraph is a dashed answer (a
    quoted exchange inside an answer ends in its own words, not right above another dash)."""
    out: list[re.Match[str] | _Dash] = []
    for i, m in enumerate(starts):
        out.append(m)
        nxt = starts[i + 1].start() if i + 1 < len(starts) else body_end
        after = starts[i + 2].start() if i + 2 < len(starts) else body_end
        below = text[starts[i + 1].end() : after] if i + 1 < len(starts) else ""
        if i + 1 >= len(starts) or _ends_with_question(below):
            glued = _glued_answer(text, starts, i, nxt)
            if glued is not None:
                out.append(glued)
            continue
        # "- А кадри?- Кадри – це найбільша проблема. …" over "- Ви згадали, що фінансування
        # не відповідає навантаженню": a long answer glued onto a short question, and a short
        # dashed line below that asks with its "?" lost, is one turn short all the same.
        glued = _glued_answer(text, starts, i, nxt)
        if (
            glued is not None
            and len(below.split()) <= 20
            and "\n" not in below.strip()
            and len(text[m.end() : glued.start()].split()) <= 15
            and len(text[glued.end() : nxt].split()) >= 15
        ):
            out.append(glued)
            continue
        para_end = strip_range(text, m.end(), nxt)[1]
        line_at = text.rfind("\n", m.end(), para_end) + 1 or m.end()
        found = [g for g in _GLUED_DASH.finditer(text, max(line_at, m.end()), para_end)]
        if not found:
            continue
        g = found[-1]
        tail = text[g.end() : para_end]
        # The glued question may go on past its "?" with the context it puts to the answerer
        # ("– А як щодо корупційних ризиків? Ціна одного дрона … відрізняється майже вдвічі.").
        asks = _ends_with_question(tail) or _ASKING_SENTENCE.search(tail) is not None
        if asks and not _ends_with_question(text[m.end() : g.start()]):
            out.append(_Dash(g.start(1), g.end()))
    return out


# "«Українська правда» поговорила з …", "ТАСС побеседовал с …": the lead of an interview.
_TALKED_WITH = re.compile(
    r"(?<![а-яёіїєґ])(?:поговорил[аио]?|побеседовал[аи]?|поспілкував(?:ся|ася|ися|ося)"
    r"|поговорили)[ \t]+(?:з|із|зі|с|со)(?![а-яёіїєґ])"
)


def _captioned_heading(text: str, start: int, end: int) -> tuple[int, tuple[int, int] | None]:
    """A dash answer's last two paragraphs when they are a photo caption with its credit and the
    next section's subheading ("Здание МИД России на Смоленской площади. Фото: ТАСС/Сергей
    Бобылев" / "После февраля 2026-го"): the answer ends above both, the caption is a row of
    its own and the heading nobody's. ``(end, caption)``; the caption ``None`` when it is not
    so."""
    cut = text.rfind("\n\n", start, end)
    heading = text[cut:end].strip()
    if (
        cut < 0
        or "\n" in heading
        or not 1 <= len(heading.split()) <= 10
        or heading[-1] in '.!?…:;,»"”'
    ):
        return end, None
    above = text.rfind("\n\n", start, cut)
    if above < 0:
        return end, None
    a, b = strip_range(text, above, cut)
    caption = text[a:b]
    if "\n" in caption or _CAPTION_CREDIT.search(caption) is None:
        return end, None
    return strip_range(text, start, above)[1], (a, b)


# A dash interview's first exchange under its two labels, the dash kept after each colon
# (Korrespondent.net: "Кореспондент: – Олеже, скільки зараз коштує хліб?" / "Олег Мельник: –
# Соціальний батон …", then bare dashes): the asker an outlet or a full name, the answerer a
# full name, each label at its paragraph's start.
_DASH_ASK_LABEL = re.compile(
    r"^[ \t]*(?P<n>[^\s:]{1,25}(?:[ \t][^\s:]{1,25}){0,2}):[ \t]+[—–-][ \t\u00a0]+(?=\S)"
)
_DASH_ANSWER_LABEL = re.compile(
    r"^[ \t]*(?P<n>[^\W\d_][\w’'\-]+[ \t]+[^\W\d_][\w’'\-]+):[ \t]+[—–-][ \t\u00a0]+(?=\S)"
)


# A press interview's first exchange labelled by surnames in capitals ("СЕМЁНОВ: — Павел
# Андреевич, …?" / "ТКАЧ: — Произошло то, что …"), the lead naming both in full.
_DASH_SURNAME_LABEL = re.compile(
    r"^[ \t]*(?P<n>[А-ЯЁІЇЄҐ][А-ЯЁІЇЄҐ'’\-]{2,24}):[ \t]+[—–-][ \t\u00a0]+(?=\S)"
)


# The same first exchange with no dash after the labels, each a full name (a podcast's text
# version: "Олена Гриценко: Вітаю всіх, … Тарасе, добрий день." / "Тарас Мельничук: Добрий
# день. …", then bare dashes).
_PLAIN_FULL_LABEL = re.compile(
    rf"^[ \t]*(?P<n>[{UPPER}][{LOWER}'’\-]+[ \t]+[{UPPER}][{LOWER}'’\-]+):[ \t]+(?=[^\s—–-])"
)


def _lead_full_of(surname: str, lead: str) -> Name | None:
    """The one person the lead names in full (in whatever case) under a label's bare surname:
    "ТКАЧ" for "Политолог Павел Ткач …", "СЕМЁНОВ" for "… обозревателем Игорем Семёновым"."""
    key = fold(surname).replace("ё", "е")
    found = {
        n.display(): n
        for g, f in _pairs_cyr(lead)
        for n in (
            name_from_phrase(f"{g} {f}"),
            name_from_phrase(f"{_nominative(g)} {_nominative(f)}"),
        )
        if n is not None and n.has_full_given and fold(n.surname).replace("ё", "е") == key
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _labelled_dash_exchange(text: str, first: int) -> tuple[list[_Dash], str, str] | None:
    """The labelled first exchange right above a dash dialogue's first dash (see
    _DASH_ASK_LABEL): its two turns and the two voices (asker, answerer), or None. The question
    must ask, and the asker's label be a full name or a word the text above it names (the
    outlet: "… Кореспондент поговорив із …")."""
    paras = [(m.start(), m.group()) for m in re.finditer(r"[^\n]*\S[^\n]*", text[:first])][-5:]
    # The labelled answer may run on over a few plain lines before the first dash ("ТКАЧ: —
    # Произошло то, что …" / "Партии, которые это вовремя поняли, …" / "— То есть …").
    while (
        len(paras) > 2
        and _DASH_ANSWER_LABEL.match(paras[-1][1]) is None
        and not (_DASH_SURNAME_LABEL.match(paras[-1][1]))
        and not _PLAIN_FULL_LABEL.match(paras[-1][1])
    ):
        if _DASH_ASK_LABEL.match(paras[-1][1]) or _DASH_PARA.match(paras[-1][1]):
            return None
        paras.pop()
    paras = paras[-2:]
    if len(paras) != 2:
        return None
    (q_at, q_line), (a_at, a_line) = paras
    ask = _DASH_ASK_LABEL.match(q_line)
    reply = _DASH_ANSWER_LABEL.match(a_line) or _DASH_SURNAME_LABEL.match(a_line)
    if ask is not None and reply is not None and not _ends_with_question(q_line):
        return None
    if ask is None and reply is None:
        # Undashed, both labels must be full names, and the host may open with a greeting
        # rather than a question ("Вітаю всіх, … Тарасе, добрий день.").
        ask, reply = _PLAIN_FULL_LABEL.match(q_line), _PLAIN_FULL_LABEL.match(a_line)
        if ask is None or reply is None:
            return None
        if not all(
            (n := name_from_phrase(m.group("n"))) is not None and n.has_full_given
            for m in (ask, reply)
        ):
            return None
        if not (_ends_with_question(q_line) or _GREETING.match(q_line, ask.end())):
            return None
    if ask is None or reply is None:
        return None
    answerer = name_from_phrase(reply.group("n")) or _lead_full_of(reply.group("n"), text[:q_at])
    if answerer is not None and not answerer.has_full_given:
        answerer = _lead_full_of(reply.group("n"), text[:q_at])
    if answerer is None or not answerer.has_full_given:
        return None
    label = ask.group("n")
    named = name_from_phrase(label)
    if named is not None and not named.has_full_given:
        named = _lead_full_of(label, text[:q_at])
    if named is not None and named.has_full_given:
        asker = named.display()
    elif re.search(rf"(?<![\w])«?{re.escape(label)}»?(?![\w])", text[:q_at]):
        asker = label
    else:
        return None
    if asker == answerer.display():
        return None
    return (
        [_Dash(q_at, q_at + ask.end()), _Dash(a_at, a_at + reply.end())],
        asker,
        answerer.display(),
    )


# Only the first question labelled, by the interviewer's surname in capitals, with no dash;
# the answers and later questions all dashed (Северный край: "ЛАПИНА: Михаил Андреевич, …
# Это аномалия?" / "– Не совсем. …").
_CAPS_ASK_LABEL = re.compile(r"[ \t]*(?P<n>[А-ЯЁІЇЄҐA-Z][А-ЯЁІЇЄҐA-Z'’\-]{2,24}):[ \t]+(?=\S)")


def _caps_labelled_ask(text: str, first: int) -> tuple[_Dash, str] | None:
    """The question right above a dash dialogue's first dash, labelled by a surname in capitals
    that the text above names in full (the byline "Текст: Дарья Лапина"): its turn and who
    asks, else None. The line must ask."""
    line_at = text.rfind("\n", 0, max(first - 1, 0)) + 1
    line = text[line_at:first].strip()
    ask = _CAPS_ASK_LABEL.match(text, line_at, first)
    if ask is None or not line or not _ends_with_question(line):
        return None
    named = _lead_full_of(ask.group("n").capitalize(), text[:line_at])
    if named is None:
        return None
    return _Dash(line_at, ask.end()), named.display()


def _dash_dialogue(
    text: str, body_end: int, header: list[tuple[str, Name]], *, labelled_lead: bool = False
) -> tuple[Span, ...]:
    """Press interviews printed without labels, each utterance a paragraph opening with a dash:

        — Сергей Викторович, как Вы оцениваете переговоры?
        — Это был полезный разговор.

    The voices alternate, the interviewer's starting with the first paragraph ending in "?".
    Paragraphs without a dash continue the turn before them. The answerer is named only when
    the header names one interviewee ("Интервью … С.В.Лаврова"), the asker only from
    "interview by"; otherwise null. ``labelled_lead``: a labelled first exchange stands above
    the dashes (it says the page is an interview, as "Інтерв’ю" would).
    """
    starts = _glued_dashes(text, list(_DASH_PARA.finditer(text, 0, body_end)), body_end)
    if len(starts) < 4:
        return ()
    opened = _labelled_dash_exchange(text, starts[0].start())
    if opened is not None:
        starts = [*opened[0], *starts]
        labelled_lead = True
    caps_ask = _caps_labelled_ask(text, starts[0].start()) if opened is None else None
    if caps_ask is not None:
        starts = [caps_ask[0], *starts]
        labelled_lead = True
    intro = text[_body_start_for_statement(text, starts[0].start()) : starts[0].start()]
    # Only the intro's sentences count: a web page's title, dek, photo caption and a dossier box
    # ("Кирилл Абрамов" / "Гендиректор группы …" / "2013" / "директор по развитию …") are no
    # article prose.
    prose = [ln for ln in intro.split("\n") if re.search(r"[.!?…][\"”»)]*[ \t]*$", ln)]
    # A page that says it is an interview ("Головна › Інтерв’ю", "«Українська правда»
    # поговорила з …") may set a long lead of its own above the first question.
    said = (
        labelled_lead
        or _INTERVIEW_WORD.search(text[: starts[0].start()])
        or _TALKED_WITH.search(intro)
    )
    if sum(len(ln.split()) for ln in prose) > (250 if said else 80):
        return ()  # an article quoting people in dashed paragraphs, not an interview
    # Heading questions above the first dash ("### Как вы попали в лес?" / "Случайно. …" / …
    # / "### Блиц" / "— Зима или лето?"): the dashes are the closing quick-fire round of a
    # heading Q&A, which the bold reader takes whole.
    above = text[: starts[0].start()]
    heading_asks = [
        m
        for m in _HEADING_ANY.finditer(above)
        if _ends_with_question(m.group("q")) or _bold_lost_mark(m.group("q"))
    ]
    if len(heading_asks) >= 2:
        return ()
    # Numbered questions above the first dash, each a paragraph of its own and running 1, 2, 3
    # ("1. Валерий Петрович, … Это аномалия?" / "Не аномалия, а тенденция. …" / "2. То есть
    # …?" / … / "Блиц" / "— Любимое место на Волге?"): the dashes are the closing quick-fire
    # round of a numbered Q&A, which this reader does not take; a later one reads it whole.
    # (One may lose its "?": "3. Чем опасны водохранилища"; two ask at least.)
    numbered = [m for m in _NUMBERED_PARA.finditer(above) if _paragraph_alone(text, m)]
    if sum(_ends_with_question(m.group("q")) for m in numbered) >= 2 and [
        int(m.group("n")) for m in numbered
    ] == list(range(1, len(numbered) + 1)):
        return ()
    bodies: list[tuple[int, int]] = []
    captions: list[tuple[int, int]] = []  # photo captions between two turns
    joined: dict[int, str] = {}  # a third voice the narration brings in, by body index
    voiced: dict[int, Name] = {}  # a voice the writer names inside its own paragraph
    for i, m in enumerate(starts):
        nxt = starts[i + 1].start() if i + 1 < len(starts) else body_end
        start, end = strip_range(text, m.end(), nxt)
        # A quoted exchange's narration between its lines: "Тут в разговор вмешался депутат
        # Госдумы Олег Мещеряков:" is the editor's, and the next line is that person's.
        last_para = text.rfind("\n\n", start, end)
        if last_para > 0 and i + 1 < len(starts):
            narration = text[last_para:end].strip()
            named = _NAME_BEFORE_COLON.search(narration)
            if named is not None and "\n" not in narration:
                joined[len(bodies) + 1] = f"{named.group(1)} {named.group(2)}"
                start, end = strip_range(text, start, last_para)
        # A page that parts its paragraphs by a single newline parts the next dash so too.
        single = i + 1 < len(starts) and "\n\n" not in text[end:nxt] and "\n" in text[end:nxt]
        end = _trim_furniture(text, start, end, lines_are_paragraphs=single)
        # A photo's caption between two turns, closed by its credit ("Андрій Сибіга під час
        # інтерв’ю «Українській правді». Фото: Ірина Громоцька"), is the page's own line: no
        # one's turn but a row of its own, as in a bold dialogue. (A caption over a credit line
        # of its own stays trimmed.)
        if i + 1 < len(starts):
            end, headed = _captioned_heading(text, start, end)
            if headed is not None:
                captions.append(headed)
            c_start, c_end = strip_range(text, end, nxt)
            caption = text[c_start:c_end]
            if caption and "\n" not in caption and _CAPTION_CREDIT.search(caption) is not None:
                captions.append((c_start, c_end))
        # "— Открытая? Тогда почему …? — не унимался Карпенко.": the writer's attribution after
        # the words is no part of them.
        tail = _ATTRIBUTION_TAIL.search(text, start, end)
        if tail is not None:
            end = tail.start()
        if end > start:
            inside = _VOICED_INSIDE.search(text, start, end)
            if inside is not None and "\n" not in text[start : inside.start()]:
                voiced[len(bodies)] = Name((inside.group("g"),), inside.group("s"), None, False)
            elif voiced and (again := _REVOICED_INSIDE.search(text, start, end)) is not None:
                # The same third voice back, by given name alone ("— …, — усміхається пані
                # Ніна. — …" after "— …, — втручається в розмову дружина фермера Ніна …").
                known = {n.given[0]: n for n in voiced.values()}
                if "\n" not in text[start : again.start()] and again.group("g") in known:
                    voiced[len(bodies)] = known[again.group("g")]
            bodies.append((start, end))
    asking = [_ends_with_question(text[a:b]) or _lost_question_mark(text[a:b]) for a, b in bodies]
    if sum(asking) < 2 or all(asking):
        return ()
    interviewees = [n for k, n in header if k.startswith(_INTERVIEWEE_KINDS)]
    interviewers = [n for k, n in header if k.startswith(_INTERVIEWER_KINDS)]
    answerer = _fullest(interviewees, text)
    asker = _fullest(interviewers, text)
    if opened is not None:
        # The first exchange's own labels name the two voices.
        asker, answerer = asker or opened[1], answerer or opened[2]
    if asker is None and caps_ask is not None:
        asker = caps_ask[1]
    if asker is None:
        # Vedomosti prints no "Беседовал": the single author under the dek is who asks.
        author = _name_over_date(text[: starts[0].start()], interviewees)
        asker = author.display() if author is not None else None
    if asker is None and bodies:
        # РБК's byline stands under the dek with no date below it (the date tops the page):
        # the authors box under the piece names its one writer ("Авторы" / "Анастасия
        # Литвинова"), who asks, as an "Interview by …" signature's journalist does.
        signed = _EN_SIGNATURE.search(text, bodies[-1][1])
        signer = _signer(signed) if signed is not None else None
        if (
            signer is not None
            and signer.has_full_given
            and all(o.surname != signer.surname for o in interviewees)
        ):
            asker = signer.display()
    if asker is None and said:
        # MONTSAME's info strip "Politics     2025-02-17 14:05     By B.Khuder     1,957
        # views" over an interview's dashes: its one author asks, named as the strip writes
        # it (a Mongolian patronymic initial glued to the given name).
        strip = STRIP_BYLINE.search(text[: starts[0].start()])
        writer = " ".join(strip.group("name").split()) if strip is not None else None
        if writer and not any(n.surname in writer for n in interviewees):
            asker = writer
    if answerer is None:
        first_q = next(text[a:b] for (a, b), q in zip(bodies, asking, strict=True) if q)
        answerer = _addressed_in_lead(first_q, text[: starts[0].start()], asker)
        a, b = bodies[0]
        if answerer is None and not asking[0] and "?" in text[a:b]:
            # The opening question may close on a remark: "- Виктор Сергеевич, зачем отдельные
            # правила для новичков? Их и так учат в автошколе." (Komsomolskaya Pravda).
            answerer = _addressed_in_lead(text[a:b], text[: starts[0].start()], asker)
    if answerer is None and said:
        answerer = _captioned_interviewee(text[: starts[0].start()], asker)
    # A third person named inside an answer's paragraph ("— …, — подключается к разговору
    # заведующая отделом Ольга Каменева. — …") speaks it, outside the two voices' alternation;
    # the interviewee or the interviewer named so is just themselves.
    # (A relative who shares the surname is another voice: "— …, — втручається в розмову
    # дружина фермера Надія Гордійчук. — …" in an interview with Василь Гордійчук.)
    sides = [
        (fold(n.split()[-1]), fold(n)[:1] if " " in n.strip() else None)
        for n in (answerer, asker)
        if n
    ]
    for i, voice in voiced.items():
        if (
            answerer is not None
            and not any(
                fold(voice.surname) == sur and initial in (None, fold(voice.given[0])[:1])
                for sur, initial in sides
            )
            and not is_title_token(voice.given[0])
            and not asking[i]
            and i > 0
        ):
            joined.setdefault(i, voice.display())
    spans = _dash_spans(text, bodies, asking, answerer, asker, joined)
    if not spans or not captions:
        return spans
    attrs = {"speaker": None, "speaker_label": None, "label_span": None}
    rows = sorted(
        [*spans, *(Span(a, b, "other", attrs=attrs) for a, b in captions)], key=lambda sp: sp.start
    )
    return tuple(
        Span(sp.start, sp.end, sp.label, attrs={**sp.attrs, "index": at})
        for at, sp in enumerate(rows)
    )


def _lost_question_mark(body: str) -> bool:
    """Does a dashed paragraph close on a question whose mark the page dropped? Its last sentence
    opens with a question word and ends on a bare word, no stop at all (a regional paper: "—
    Коли діти повернуться до школи" / "— Ми розраховуємо на вересень …"); an answer closes its
    sentences."""
    last = re.split(r"(?<=[.!?…])[\"”»)]*\s+", body.strip())[-1]
    return (
        re.search(rf"[{LOWER}]$", last) is not None
        and "\n" not in last
        and _UNMARKED_ASK.match(last) is not None
    )


def _bold_lost_mark(para: str) -> bool:
    """Does a bold paragraph ask though the page dropped its "?"? As for a dashed one, its last
    sentence opens with a question word, after an "А"/"И" too, and ends on a bare word, four
    words at least (Российская газета: "**Марина Александровна, начнем с цифр. Сколько сел
    сегодня вообще без медика**", "**И как часто они приезжают**"); a section heading is
    shorter ("**Как мы работаем**") or names a topic."""
    body = _unbold(para).strip().strip("*_").strip()
    last = re.split(r"(?<=[.!?…])[\"”»)]*\s+", body)[-1]
    # "И как часто …": the question word after the conjunction is in lower case.
    last = re.sub(r"^((?:А|И|І|Так)[ \t]+)(\w)", lambda m: m.group(1) + m.group(2).upper(), last)
    return len(last.split()) >= 4 and _lost_question_mark(last)


_NAME_BEFORE_COLON = re.compile(
    r"(?<![^ \t])([А-ЯЁІЄ][а-яёіїєґ'’]+)[ \t]+([А-ЯЁІЄ][а-яёіїєґ'’]+(?:-[А-ЯЁІЄ][а-яёіїєґ'’]+)?):$"
)
_ATTRIBUTION_TAIL = re.compile(
    r"(?<=[?!.,…])[ \t]+[—–][ \t]+"
    # A lone neuter past tense closes the speaker's own sentence ("А за то, что выдал, —
    # бывало.", "… — було."): nobody is attributed in the neuter.
    r"(?![а-яёіїєґ]+ло[.!]?$)"
    # A verb of saying among its first two words ("не унимался Карпенко", "сказав він",
    # "отвечает министр", "усміхається"): "…купівлі-продажу, – зовсім інша." is the sentence's
    # own dash, not the writer's attribution.
    r"(?=(?:не[ \t]+)?[а-яёіїєґ]*(?:л[аио]?|в|ет|ит|ує|є|ют|ять)(?:ся|сь)?(?![а-яёіїєґ'’])"
    r"|[а-яёіїєґ]+[ \t]+[а-яёіїєґ]*(?:л[аио]?|в|ет|ит|ує)(?:ся|сь)?(?![а-яёіїєґ'’]))"
    r"[а-яёіїєґ][^\n—–.!?]{2,60}[.!]?$"
)
# The writer's words inside a dashed paragraph bringing in a third voice by full name, the
# quote going on after them: "— Подростков вообще часто недооценивают, — подключается к
# разговору заведующая отделом обслуживания Ольга Каменева. — У нас …".
_VOICED_INSIDE = re.compile(
    # (Komsomolskaya Pravda's regional pages set a spaced hyphen for the dash: "- Вот эту
    # смесь …, - подключается к разговору зоотехник Алексей Корепанов. - Овес, …")
    # (a Ukrainian reflexive present too: "– втручається в розмову інструктор школи …")
    # (Kommersant glues the dash to the comma and the stop: "… на 85%,— уточняет коммерческий
    # директор «Степь-Агро» Елена Гришина.— Это …"; a long dash only, never a hyphen)
    r"(?<=[?!.,…])(?:[ \t]+[—–-]|[—–])[ \t]+"
    r"(?:не[ \t]+)?[а-яёіїєґ]*(?:л[аио]?|в|ет|ит|ує|є|ют|ять|ться)(?:ся|сь)?(?![а-яёіїєґ'’])"
    # (a company's name in guillemets may stand in the post: "… директор «Степь-Агро» …")
    r"(?:[^\n—–.!?«»]|«[^\n—–.!?«»]{1,40}»){0,120}?(?<![А-ЯЁІЇЄа-яёіїєґ'’])"
    r"(?P<g>[А-ЯЁІЄ][а-яёіїєґ'’]+)[ \t]+(?P<s>[А-ЯЁІЄ][а-яёіїєґ'’]+(?:-[А-ЯЁІЄ][а-яёіїєґ'’]+)?)"
    # (the name may carry a relative clause before the stop: "… Олексій Гуменюк, який півтора
    # року літав на Покровському напрямку. – Ми …", "… Ольга Горина, которая все эти годы …")
    r"(?:,[ \t]+(?:котор|котр|як)[а-яёіїєґ]{1,3}[ \t][^\n—–.!?«»]{1,120})?"
    r"\.(?:[ \t]+[—–-]|[—–])[ \t]+(?=\S)"
)
# The same inside words bringing back a voice already named so, by given name alone, a
# courtesy title before it at most: "— Він у батька впертий, — усміхається пані Ніна. — Зробить."
_REVOICED_INSIDE = re.compile(
    r"(?<=[?!.,…])[ \t]+[—–-][ \t]+"
    r"(?:не[ \t]+)?[а-яёіїєґ]*(?:л[аио]?|в|ет|ит|ує|є|ют|ять|ться)(?:ся|сь)?(?![а-яёіїєґ'’])"
    r"(?:[ \t]+(?:пані|пан|тітка|дядько|баба|дід|госпожа|господин|тётя|дядя|бабушка|дедушка))?"
    r"[ \t]+(?P<g>[А-ЯЁІЄ][а-яёіїєґ'’]+)\.[ \t]+[—–-][ \t]+(?=\S)"
)
_ADDRESS = re.compile(
    r"(?<![а-яёіїєґ])(?:[Гг]осподин|[Гг]оспожа|[Пп]ане|[Пп]ані|[Мм]истер|[Мм]адам)[ \t]+"
    r"([А-ЯЁІЄ][а-яёіїєґ'’]+(?:-[А-ЯЁІЄ][а-яёіїєґ'’]+)?)(?![а-яёіїєґ])"
)


# An English question opening with its address, a title and a surname: "Governor Lindqvist,
# electricity prices …", "Mr. Hale, …".
_ADDRESS_EN = re.compile(
    rf"[ \t]*(?P<t>[{UPPER}][{LOWER}]+\.?)[ \t]+(?P<s>[{UPPER}][{LOWER}'’\-]+),[ \t]"
)


# An English question that opens by addressing the interviewee by title and full name:
# "Senator Dolores Ruiz, you campaigned on rail. …" (the title checked by is_title_token).
_FULL_ADDRESS_EN = re.compile(
    rf"[ \t]*(?P<t>[{UPPER}][{LOWER}]+\.?)[ \t]+"
    rf"(?P<n>[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}'’\-]+),[ \t]+(?:you|your)\b"
)


def _addressed_in_full(question: str) -> str | None:
    """The person the first question addresses by title and full name, as a page whose lead
    names them only by post ("A first-term state senator says …") writes: "Senator Dolores
    Ruiz, you campaigned on rail. Why …?" — a vocative that goes on to "you"."""
    m = _FULL_ADDRESS_EN.match(question)
    if m is None or not is_title_token(m.group("t").rstrip(".")):
        return None
    name = name_from_phrase(m.group("n"))
    if name is None or not name.has_full_given or is_title_token(name.given[0]):
        return None
    return name.display()


# An English question that opens by addressing the interviewee by title alone: "Minister, …",
# "Ambassador, …" (the title checked by is_title_token).
_BARE_TITLE_ADDRESS = re.compile(r"[ \t]*(?P<t>[A-Z][a-z]+),[ \t]")

# The courtesy before an office in an address: "Mr Ambassador, …", "Madam Secretary, …".
_COURTESY_EN = frozenset({"Mr", "Mister", "Madam", "Madame", "Mrs", "Ms"})


def _after_office_country(run: str, placed: bool) -> str | None:
    """The person of a capitalised run after an office: the run itself (up to three words), or,
    after "to"/"of"/"in", what follows the country it opens on ("Vietnam Gennady Bezdetko",
    "South Korea Henrik Bach Sørensen"); None when no country opens it."""
    words = run.split()
    if not placed:
        return " ".join(words[:3])
    for cut in (2, 1):
        if len(words) - cut >= 2 and _country(" ".join(words[:cut])):
            return " ".join(words[cut : cut + 3])
    return None


def _addressed_in_lead(question: str, lead: str, asker: str | None) -> str | None:
    """The interviewee of a dash interview whose lead names them in running prose ("Бывший
    советник … Жан-Люк Моро считает, …"): the first question addresses them by surname
    ("— Господин Моро, …?"), and the lead gives the one full name with that surname. In
    English the address is a title and the surname ("Governor Lindqvist, …?" under the
    caption "Gov. Anders Lindqvist at the State Capitol …")."""
    # A plain page's question line keeps its dash: "- Олександре Петровичу, скільки …?" (the
    # address is read after it, as on a dash interview whose dash was already cut).
    question = re.sub(r"^[ \t*]*[—–\-−][ \t]+", "", question)
    bare = _BARE_TITLE_ADDRESS.match(question)
    office = _ADDRESS_EN.match(question)
    if (
        bare is None
        and office is not None
        and office.group("t").rstrip(".") in _COURTESY_EN
        and is_title_token(office.group("s"))
    ):
        # "Mr Ambassador, this year marks …?", "Madam Secretary, …": a courtesy and an office
        # address the office alone, as "Ambassador, …" does (no one is surnamed Ambassador).
        bare = office
        title = office.group("s")
    else:
        title = bare.group("t") if bare is not None else ""
    if bare is not None and is_title_token(title):
        # The title alone: "Minister, coal still produces …?" under the caption "Deputy Climate
        # Minister Agnieszka Wróblewska during a visit to …" — the lead's one person who holds
        # that title. The office may name its country between: "Russian Ambassador to Vietnam
        # Gennady Bezdetko in an interview with TASS …" (the country is no given name).
        found = {
            n.key: n
            for m in re.finditer(
                rf"(?<![\w’'])(?i:{re.escape(title)})[ \t]+"
                rf"(?P<p>(?:to|of|in)[ \t]+(?:the[ \t]+)?)?"
                rf"(?P<n>[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,4}})",
                _CREDITED.sub("", lead),
            )
            if (who := _after_office_country(m.group("n"), m.group("p") is not None))
            and (n := name_from_phrase(who)) is not None
            and n.has_full_given
            and not is_title_token(n.given[0])
        }
        name = next(iter(found.values())).display() if len(found) == 1 else None
        return None if name == asker else name
    en = _ADDRESS_EN.match(question)
    if (
        en is not None
        and is_title_token(en.group("t").rstrip("."))
        and not re.search(r"[а-яёіїєґ]", en.group(0), re.IGNORECASE)  # "Господин Моро, …"
    ):
        lead = _CREDITED.sub("", lead)
        named = {
            f"{g} {s}"
            for g, s in (
                (m.group(1), re.sub(r"['’]s?$", "", m.group(2))) for m in _EN_PAIR.finditer(lead)
            )
            if s == en.group("s") and not is_title_token(g) and g.lower() not in NOT_GIVEN
        }
        name = named.pop() if len(named) == 1 else None
        return None if name == asker else name
    m = _ADDRESS.search(question[:200])
    # A photo credit names the photographer, never the interviewee: "Віталій Зайченко (фото:
    # Віталій Носач, РБК-Україна)".
    lead = _CREDITED.sub("", lead)
    if m is None or _vocative_of_given(m.group(1), lead):
        # "— Джеймс, скажите прямо: …?" under "… спросил … Джеймса Олдриджа": the given name
        # alone, and the lead's one full name with that given name (its case undone). A
        # Ukrainian courtesy address takes the given name in the vocative: "— Пане Віталію, …"
        # under "… розповів голова правління Віталій Зайченко".
        first = _GIVEN_ADDRESS.match(question) if m is None else m
        named = {
            f"{nom} {_surname_as(g, nom, sur)}"
            for g, sur in _pairs_cyr(lead)
            if first is not None
            and (nom := _called_given(g, first.group(1))) is not None
            # "Пане Президенте, …" addresses the office: the masthead's "Президент України
            # Володимир Зеленський" pairs no given name "Президент" with a surname "України".
            and not is_title_token(nom)
        }
        # The lead's prose and the caption under it name one person in two cases ("… із
        # заступником міністра … Андрієм Бондаренком …" / "Андрій Бондаренко (Фото: …)"): the
        # form the page itself prints is the nominative.
        named = {n for n in named if n in lead} or named
        # The address by given name and patronymic reads as a pair ("Галина Петровна, сорок
        # лет …?"); the caption completes it ("Галина Петровна Зуева. Фото автора"): Галина
        # Зуева. Left as written when the page never gives the surname.
        named = {_patronymic_completed(n, lead) for n in named}
        if not named and first is not None and m is None:
            named = _dossier_named(question, lead)
        if not named and m is None:
            named = _vocative_full_address(question)
        name = named.pop() if len(named) == 1 else None
        return None if name == asker else name
    surname = m.group(1)
    given = {
        g
        for g in re.findall(
            rf"([А-ЯЁІЄ][а-яёіїєґ'’]+(?:-[А-ЯЁІЄ][а-яёіїєґ'’]+)?)[ \t]+{re.escape(surname)}"
            r"(?![а-яёіїєґ])",
            lead,
        )
        if not is_title_token(g) and g.lower() not in NOT_GIVEN
    }
    if len(given) != 1:
        return None
    name = f"{given.pop()} {surname}"
    return None if name == asker else name


# A Ukrainian question opening with the full name in the address, the given name in the
# vocative: "Оксано Гнатишин, отже: навіщо?" (the surname is not declined there).
_VOCATIVE_FULL = re.compile(
    r"[ \t]*([А-ЯІЇЄҐ][а-яіїєґ'’]+(?:о|е|ю|є|у))[ \t]+"
    r"([А-ЯІЇЄҐ][а-яіїєґ'’]+(?:-[А-ЯІЇЄҐ][а-яіїєґ'’]+)?),"
)


def _vocative_full_address(question: str) -> set[str]:
    """The one the first question addresses by given name (vocative) and surname, in the
    nominative ("Оксано Гнатишин, …?" -> "Оксана Гнатишин"); empty where it has no such
    address, or a title ("Пане", "Шановний") or a patronymic stands there."""
    m = _VOCATIVE_FULL.match(question)
    if m is None:
        return set()
    voc, surname = m.groups()
    # A courtesy address is no given name: "Пане Ярославе, …", "Шановна пані …", "Друже …".
    if re.fullmatch(r"(?i:пане|пані|панно|шановн\w*|добродію|друже|колего|отче)", voc):
        return set()
    # (Nor is a patronymic in the vocative a surname: "Маріє Степанівно, …".)
    if re.search(r"(?:вн|чн)о$|ичу$", surname):
        return set()
    if is_title_token(voc) or voc.lower() in NOT_GIVEN or _patronymic(surname):
        return set()
    if is_title_token(surname) or surname.lower() in NOT_GIVEN:
        return set()
    nom = _vocative_nominative(voc, question)
    return {f"{nom} {surname}"} if nom is not None and nom != voc else set()


# The writer's own first question quoted in a first-person lead, a verb of asking after it:
# "«Пані Оксано Гнатюк, ви не шкодуєте, що закрили кав'ярню?» — питаю, щойно ми сідаємо …".
_LEAD_ASKED = re.compile(
    r"«(?:(?:[Пп]ані|[Пп]ане)[ \t]+)?(?P<q>[^«»\n]{3,300}\?)»[ \t]*[—–-][ \t]*"
    r"(?:питаю|запитую|спитала?|запитала?|спитав|запитав|звертаюся)(?![а-яіїєґ])"
)


def _lead_asked_full(lead: str) -> str | None:
    """The interviewee a first-person lead quotes the writer addressing by given name
    (vocative) and surname, in the nominative: "«Пані Оксано Гнатюк, ви …?» — питаю" ->
    "Оксана Гнатюк" (the courtesy title is no word of the name)."""
    named = {n for m in _LEAD_ASKED.finditer(lead) for n in _vocative_full_address(m.group("q"))}
    return named.pop() if len(named) == 1 else None


def _patronymic_completed(name: str, lead: str) -> str:
    """ "Галина Петровна" as "Галина Зуева" when ``lead`` writes "Галина Петровна Зуева"."""
    given, _, second = name.partition(" ")
    if not second or " " in second or not _patronymic(second):
        return name
    return _patronymic_mended([("", Name((given,), second, None, False))], lead)[0][1].display()


def _surname_as(given: str, nominative: str, surname: str) -> str:
    """The lead's ``surname`` put in the case ``nominative`` undid on its ``given`` name: as it
    is when the given name was already nominative, from the accusative when the given name was
    a woman's accusative ("Марину Голубеву"), else from the instrumental/genitive."""
    if nominative == given:
        return surname
    if _accusative_fem(given) == nominative != _nominative(given):
        return _accusative_fem(surname)
    return _nominative(surname)


# "(фото: Віталій Носач, РБК-Україна)", "Фото: Ірина Громоцька": a credit and the name after it.
# A photo caption that is a full name and its credit, nothing else: "Ірина Костенко (Фото:
# ЛІГА.net)", "Олег Петров. Фото: пресс-служба", "На фото: Марія Гаврилюк. Фото: Рівне Вечірнє"
# (who is in the picture; a bare "Фото: Name" is the photographer's credit).
_NAME_CAPTION = re.compile(
    r"^[ \t]*(?:(?i:на[ \t]+(?:фото|снимке|знімку|світлині))[ \t]*:[ \t]*)?"
    rf"(?P<n>[{UPPER}][{LOWER}'’]+[ \t]+[{UPPER}][{LOWER}'’\-]+)[ \t]*"
    r"(?:\([ \t]*(?:[Фф]ото|[Pp]hoto|[Ff]oto)\b[^()\n]*\)|[.,]?[ \t]*(?:[Фф]ото|[Pp]hoto|[Ff]oto)"
    r"[ \t]*:[^\n]*)[ \t]*$",
    re.MULTILINE,
)


def _captioned_interviewee(intro: str, asker: str | None) -> str | None:
    """The interviewee of a dash interview whose lead names them only by post ("ЛІГА.Бізнес
    поговорила з головою асоціації …") and whose photo caption above the first question is
    their bare name with its credit ("Ірина Костенко (Фото: ЛІГА.net)"): the one such name."""
    return _one_captioned(_NAME_CAPTION, intro, asker)


def _one_captioned(caption: re.Pattern[str], text: str, asker: str | None) -> str | None:
    """The one person (not the one who asks) whom ``caption`` lines in ``text`` name in full."""
    found = {
        n.display()
        for m in caption.finditer(text)
        if (n := name_from_phrase(m.group("n"))) is not None
        and n.has_full_given
        and not is_title_token(n.given[0])
        and n.given[0].lower() not in NOT_GIVEN
    }
    found.discard(asker or "")
    return found.pop() if len(found) == 1 else None


# A photo caption that names a person in full and where they are, over the credit ("Виктор
# Кожемякин на репетиции. Фото: Елена Сафронова", "Фото: Микола Гуменюк на своїй пасіці. Фото
# авторки"): the person shown, whom the lead must name too (in whatever case). A Scottish or
# Irish surname keeps its inner capital ("Fiona McLeod at the harbour office … Photo: …").
_SITUATED_CAPTION = re.compile(
    r"^[ \t]*(?:(?i:(?:на[ \t]+)?(?:фото|снимке|знімку|світлині|photo))[ \t]*:[ \t]*)?"
    rf"(?P<n>[{UPPER}][{LOWER}'’]+[ \t]+(?:Mc|Mac|O['’])?[{UPPER}][{LOWER}'’\-]+)"
    rf"[ \t]+[{LOWER}][^\n]{{2,100}}?"
    r"[.,]?[ \t]*(?:[Фф]ото|[Pp]hoto|[Ff]oto)\b[^\n]*$",
    re.MULTILINE,
)


def _situated_interviewee(intro: str, asker: str | None) -> str | None:
    """The one person a situated photo caption of ``intro`` names (see _SITUATED_CAPTION), when
    the prose above or below the caption names their surname too ("о Викторе Кожемякине",
    "з Миколою Гуменюком"): a page's picture of its interviewee at work."""
    found = set()
    for m in _SITUATED_CAPTION.finditer(intro):
        n = name_from_phrase(m.group("n"))
        if n is None or not n.has_full_given or is_title_token(n.given[0]):
            continue
        if n.given[0].lower() in NOT_GIVEN or n.display() == asker:
            continue
        stem = fold(n.surname)[: max(4, len(n.surname) - 2)]
        rest = fold(intro[: m.start()] + intro[m.end() :])
        if re.search(rf"(?<!\w){re.escape(stem)}", rest):
            found.add(n.display())
    return found.pop() if len(found) == 1 else None


_CREDITED = re.compile(r"(?i)(?:фото|photo|foto)[ \t]*(?::|—|–|-)[ \t]*[А-ЯЁІЄA-Z][^\n,;)]{0,60}")


def _vocative_matches(given: str, word: str) -> bool:
    """Whether ``word`` is the Ukrainian vocative of the given name ``given``: "Віталію" of
    "Віталій", "Олено" of "Олена", "Петре" of "Петро", "Олександре" of "Олександр", "Василю"
    of "Василь"."""
    if len(given) < 3 or len(word) < 3 or given[0] != word[0]:
        return False
    stem, last = given[:-1], given[-1]
    if last in "йь":
        return word == stem + "ю"
    if last in "ая":
        return word in (stem + "о", stem + "е", stem + "ю", stem + "є")
    if last == "о":
        return word == stem + "е"
    if last in "бвгджзклмнпрстфхцчшщ":
        return word in (given + "е", given + "у", given + "ю")
    return False


_VOCATIVE_ADDRESS = re.compile(
    r"(?<![а-яёіїєґ'’])(?:[Пп]ане|[Пп]ані)[ \t]+([А-ЯІЇЄҐ][а-яіїєґ'’]+(?:о|ю|е))(?![а-яіїєґ'’])"
)


def _addressed_given(lead: str) -> str | None:
    """The one given name a Ukrainian lead calls with "пане"/"пані", in the nominative:
    "Миколо" -> "Микола", "Олено" -> "Олена", "Андрію" -> "Андрій", "Тарасе" -> "Тарас"
    (a "-ре" is "-ро": "Петре" -> "Петро"); None for none or several."""
    found = set()
    for m in _VOCATIVE_ADDRESS.finditer(lead):
        word = m.group(1)
        if word.endswith("о"):
            found.add(word[:-1] + "а")
        elif word.endswith("ю"):
            found.add(word[:-1] + "й")
        elif re.search(r"[бвгджзклмнпрстфхцчшщ]ре$", word):
            found.add(word[:-1] + "о")
        elif re.search(r"[бвгджзклмнпрстфхцчшщ]е$", word):
            found.add(word[:-1])
    return found.pop() if len(found) == 1 else None


def _called_given(given: str, word: str) -> str | None:
    """The nominative of the lead's given name ``given`` (in whatever case the lead puts it) when
    the address ``word`` calls that name, else None: "Тарас" for "Тарас"/"Тарасе", "Микола" for
    "Миколи"/"Миколо" ("ми запитали в начальника … Миколи Гребенюка" / "Пане Миколо, …"),
    "Дмитро" for "Дмитра"/"Дмитре". The lead's own form wins when it matches: "Олена" is a
    nominative, not the genitive of "Олен"."""
    forms = [given, _nominative(given), _genitive_given(given), _accusative_fem(given)]
    for form in forms:
        if word == form or _vocative_matches(form, word):
            # "Дмитра" would pass as a woman's name called "Дмитре"; its stem says it is the
            # genitive of "Дмитро" (see speakers.FLEETING_VOWEL).
            if form == given and forms[1] != given and forms[1].endswith("о"):
                return forms[1]
            # "Василя", "Сергія" would pass as a woman's name called "Василю", "Сергію"; when
            # the masculine nominative is called so too, the lead wrote its genitive ("фермерське
            # господарство Василя Гордійчука" / "Пане Василю, …").
            if form == given and forms[1] != given and _vocative_matches(forms[1], word):
                return forms[1]
            return form
    return None


def _dossier_named(question: str, lead: str) -> set[str]:
    """The interviewee a dossier box names surname first, as an official register does ("Досье
    «РГ»" / "Ветлугин Сергей Николаевич. Родился в 1966 году …"), when the first question calls
    them by given name and patronymic ("– Сергей Николаевич, правда ли, …?")."""
    m = re.match(
        r"[ \t]*([А-ЯЁІЄ][а-яёіїєґ'’]+)[ \t]+([А-ЯЁІЄ][а-яёіїєґ'’]+(?:вич|вна|ич|чна)),", question
    )
    if m is None:
        return set()
    return {
        f"{m.group(1)} {sur}"
        for sur in re.findall(
            rf"(?<![а-яёіїєґА-ЯЁІЄ])([А-ЯЁІЄ][а-яёіїєґ'’]+(?:-[А-ЯЁІЄ][а-яёіїєґ'’]+)?)[ \t]+"
            rf"{re.escape(m.group(1))}[ \t]+{re.escape(m.group(2))}(?![а-яёіїєґ])",
            lead,
        )
        if not is_title_token(sur)
    }


def _accusative_fem(word: str) -> str:
    """A woman's name in the accusative -> nominative: "«Фонтанка» расспросила директора …
    Марину Голубеву" names "Марина Голубева"; "Наталью" -> "Наталья", "Вознесенскую" ->
    "Вознесенская". Other words are returned as they are."""
    low = word.lower()
    if len(word) > 3 and low.endswith("ую"):
        return word[:-2] + "ая"
    if len(word) > 3 and re.search(r"[бвгджзклмнпрстфхцчшщ]у$", low):
        return word[:-1] + "а"
    if len(word) > 3 and re.search(r"[ьл]ю$", low):
        return word[:-1] + "я"
    return word


def _vocative_of_given(word: str, lead: str) -> bool:
    """An address after "Пане"/"Пані" is a vocative given name, not a surname, when the lead
    names someone with that given name ("Пане Віталію" beside "Віталій Зайченко") and no one
    with that word as surname."""
    pairs = _pairs_cyr(lead)
    if any(sur == word for _g, sur in pairs):
        return False
    return any(_called_given(g, word) not in (None, word) for g, _sur in pairs)


# "— Джеймс, …" or, in Russian and Ukrainian, with the patronymic: "— Сергей Евгеньевич, начнем
# с нефти." / "— Олексію Миколайовичу, …" (the given name is what the lead repeats).
_GIVEN_ADDRESS = re.compile(
    r"[ \t]*([А-ЯЁІЄ][а-яёіїєґ'’]+)"
    r"(?:[ \t]+[А-ЯЁІЄ][а-яёіїєґ'’]+(?:вич|вна|вно|ич|чна|чно|вичу|ичу))?,"
)
# A patronymic between the two is skipped: "министр финансов Антон Сергеевич Руденко рассказал"
# names "Антон Руденко", not also "Антон Сергеевич".
_PAIR_CYR = re.compile(
    r"(?<![а-яёіїєґА-ЯЁІЄ])([А-ЯЁІЄ][а-яёіїєґ'’]+)[ \t]+"
    r"(?:[А-ЯЁІЄ][а-яёіїєґ'’]+(?:вич|вна|ич|чна)(?:а|у|ем|ом|е|ы|і|и|ой|ою|ій)?[ \t]+)?"
    r"([А-ЯЁІЄ][а-яёіїєґ'’]+(?:-[А-ЯЁІЄ]"
    r"[а-яёіїєґ'’]+)?)(?![а-яёіїєґ])"
)


def _lead_one_called(lead: str) -> str | None:
    """The one person a Cyrillic lead names in full and then calls again by the given name
    alone, in whatever case ("Протоієрей Олександр Кушнір уже двадцять років служить …" / "Ми
    поставили отцю Олександру кілька запитань"): whom the lead's questions are put to. A lead
    that calls two people so, or no one, names no one (a church's "Святого Миколая" is never
    called alone)."""
    called = set()
    for given, surname in _pairs_cyr(lead):
        name = name_from_phrase(f"{given} {surname}")
        if name is None or not name.has_full_given or is_title_token(given):
            continue
        if _news_outlet(f"{given} {surname}"):
            continue
        stem = given[:-1] if re.search(r"[аяоейьу]$", given) else given
        if len(stem) < 3:
            continue
        alone = (
            m
            for m in re.finditer(rf"(?<![{LOWER}{UPPER}]){re.escape(stem)}[{LOWER}]{{0,3}}", lead)
            if not re.match(rf"[ \t]+{re.escape(surname[:3])}", lead[m.end() :])
        )
        if next(alone, None) is not None:
            called.add(f"{given} {surname}")
    return called.pop() if len(called) == 1 else None


def _pairs_cyr(lead: str) -> list[tuple[str, str]]:
    """Every capitalised Cyrillic pair of ``lead``, overlapping: a sentence-initial word before
    the name must not swallow the given name ("Історія Ганни Березовської, яка …" holds
    "Історія Ганни" and "Ганни Березовської")."""
    out: list[tuple[str, str]] = []
    at, overlap = 0, -1
    while (m := _PAIR_CYR.search(lead, at)) is not None:
        # A register's "Ветлугин Сергей Николаевич" is no "Сергей Николаевич": a pair that
        # overlaps the one before ends on a patronymic only where the name runs surname first.
        if not (m.start() == overlap and _PATRONYMIC_END.search(m.group(2))):
            out.append((m.group(1), m.group(2)))
        at = overlap = m.start(2)
    return out


_PATRONYMIC_END = re.compile(r"(?:вич|вна|ич|чна)(?:а|у|ем|ом|е|ы|і|и|ой|ою|ій)?$")


def _dash_spans(
    text: str,
    bodies: list[tuple[int, int]],
    asking: list[bool],
    answerer: str | None,
    asker: str | None,
    joined: dict[int, str] | None = None,
) -> tuple[Span, ...]:
    """The dash dialogue's turns (see ``_dash_dialogue``)."""
    joined = joined or {}
    # The two voices alternate; the interviewer's parity is that of the first question. A line
    # the narration gives a third voice stands outside the alternation.
    turn_of: list[int] = []
    for i in range(len(bodies)):
        turn_of.append(len(turn_of) - sum(j in joined for j in range(i)))
    qs = [i for i, q in enumerate(asking) if q and i not in joined]
    parity = turn_of[qs[0]] % 2

    def off(sel: Sequence[int], p: int) -> int:
        return sum(turn_of[i] % 2 != p for i in sel)

    flip_at = len(bodies)  # from here on, the voices' parity is the other one
    if off(qs, parity) > 0.2 * sum(asking):
        # One odd paragraph shifts the alternation for good: an answer that goes on in a second
        # dashed paragraph (a dashed list item, a quote), or a question split in two. Where the
        # questions before one point all keep one parity and those after it all the other, at
        # least two on each side, the voices swap there rather than the interview being lost:
        # the paragraphs between the two questions are the answer's.
        for n in range(2, len(qs) - 1):
            if off(qs[:n], parity) == 0 and off(qs[n:], 1 - parity) == 0:
                flip_at = min(qs[n - 1] + 2, qs[n])
                break
        else:
            return ()  # no alternation of two voices: dashed quotes in an article
    # The closing exchange of thanks ("– Дякую за розмову і гарного врожаю." / "– Дякуємо.
    # Приїжджайте …") is the interviewer's, then the guest's, even where a third voice that
    # answered a question in the guest's stead has put the alternation one off.
    swap_from = len(bodies)
    n = len(bodies)
    if (
        n >= 4
        and not {n - 2, n - 1} & set(joined)
        and _THANKS_FOR.match(text, *bodies[n - 2]) is not None
        and _THANKS_LINE.match(text, *bodies[n - 1]) is not None
        and all(len(text[a:b].split()) <= 15 for a, b in bodies[n - 2 :])
        and turn_of[n - 2] % 2 != (parity if n - 2 < flip_at else 1 - parity)
    ):
        swap_from = n - 2
    spans = []
    for i, ((a, b), question) in enumerate(zip(bodies, asking, strict=True)):
        if i in joined:
            label = "question" if question else "answer"
            attrs = {"speaker": joined[i], "speaker_label": None, "label_span": None, "index": i}
            spans.append(Span(a, b, label, attrs=attrs))
            continue
        interviewer = turn_of[i] % 2 == (parity if i < flip_at else 1 - parity)
        interviewer = interviewer != (i >= swap_from)
        # "— Но ведь красная икра за год подорожала почти на треть." / "— Да, это так, …": a
        # challenge the interviewee answers asks, as a labelled interviewer's would (``_asks``).
        answered = i + 1 < len(bodies)
        reply = text[bodies[i + 1][0] : bodies[i + 1][1]] if answered else ""
        asks = question or _asks(text[a:b], "", answered=answered, reply=reply)
        # "— Звучит сурово." / "— Но это правда. …": the interviewer's short reaction, which
        # the interviewee takes up, asks as in a bold dialogue.
        asks = asks or (
            answered and _REACTION.match(text, a, b) is not None and len(text[a:b].split()) <= 8
        )
        label = ("question" if asks else "other") if interviewer else "answer"
        speaker = asker if interviewer else answerer
        attrs = {"speaker": speaker, "speaker_label": None, "label_span": None, "index": i}
        spans.append(Span(a, b, label, attrs=attrs))
    return tuple(spans)


_BOLD_PARA = re.compile(r"^[ \t]*(\*\*|__)(?P<q>[^\n]+?)\1[ \t]*$", re.MULTILINE)
# A bold question glued onto the end of the answer above it, the paragraph break lost in the
# scrape: "… через спрощену систему.**– Коли законопроєкт подадуть до Ради?**". Only after a
# sentence end of plain text, only a question, and only closing its line.
_GLUED_BOLD = re.compile(
    r"(?<=[.!…\"”»)])(\*\*|__)(?P<q>[^\n*_]+?\?[\"”»’)]*)\1[ \t]*$", re.MULTILINE
)
_BOLD_THEN_ANSWER = re.compile(
    r"^[ \t]*(\*\*|__)(?P<q>[^\n*_]+?\?[\"”»’)]*)\1"
    # The answer's dash may be missing too ("**Сколько сейчас стоит аренда?**Около 1100 …").
    r"(?=[ \t]*(?:[—–-][ \t\u00a0]+)?[A-ZА-ЯЁІЇЄҐ«\"])",
    re.MULTILINE,
)
# A bold run-in at a paragraph's start with plain text after it on the same line: "**И сколько
# это будет?** Базово — не менее …" (see _bold_dialogue).
_BOLD_RUN_IN = re.compile(
    r"^[ \t]*(\*\*|__)(?P<q>[^\n*_]+?)\1(?=[ \t]*(?:[—–-][ \t\u00a0]+)?[A-ZА-ЯЁІЇЄҐ«\"])",
    re.MULTILINE,
)
# The same with the question dashed inside its bold and the answer's dash kept after it, every
# exchange one line (Тульские известия: "**— Жители жалуются, что к терапевту не записаться**
# — Я знаю об этой проблеме. …"): the two dashes mark the two voices, so the question needs
# no "?" (a challenge, a remark).
_DASHED_BOLD_THEN_ANSWER = re.compile(
    r"^[ \t]*(\*\*|__)(?P<q>[ \t]*[—–-][ \t\u00a0]+[^\n*_]+?)\1"
    r"(?=[ \t]*[—–-][ \t\u00a0]+[A-ZА-ЯЁІЇЄҐ«\"])",
    re.MULTILINE,
)
# An answer that opens by granting or denying what was put to it: "Звичайно.", "Конечно, …",
# "Ні.", "Of course."
_YES_NO_REPLY = re.compile(
    r"[ \t]*(?:Звичайно|Звісно|Безумовно|Конечно|Разумеется|Безусловно|Ні|Нет|Да|Так|Авжеж"
    r"|Of[ \t]+course|Certainly|Absolutely|Yes|No"
    # A hedged denial: "**Проїзд подорожчає**" / "Не одразу. Ми розраховували …", "Not yet."
    r"|(?:Не|Ні)[ \t]+(?:одразу|відразу|сразу|зовсім|совсем|совсім|обов['’]язково|обязательно"
    r"|завжди|всегда|зараз|сейчас)|Not[ \t]+(?:yet|really|exactly|necessarily|always))[.,!—–]"
)
_BOLD_OPEN = re.compile(r"[ \t]*(?:\*\*|__)")
# A question in bold or in italics (a WordPress blog: "*Why did you want to be in Geneva this
# week?*" over "Maria: Because …"), only where the answers carry the labels.
_EMPH_PARA = re.compile(r"^[ \t]*(\*\*|__|\*|_)(?P<q>[^\n*_][^\n]*?)\1[ \t]*$", re.MULTILINE)
_ITALIC_PARA = re.compile(r"^[ \t]*(\*|_)(?P<q>[^\n*_ \t][^\n*_]*?)\1[ \t]*$", re.MULTILINE)
_HEADING_PARA = re.compile(
    r"^[ \t]*#{2,4}[ \t]+(?P<q>[^\n#]+?[.?!…][\"”»’)]*)[ \t]*$", re.MULTILINE
)
_HEADING_ANY = re.compile(r"^[ \t]*#{2,4}[ \t]+(?P<q>[^\n#]+?)[ \t]*$", re.MULTILINE)
_PARA_END = re.compile(r"[ \t]*(?:\n[ \t]*\n|\s*\Z)")


_BYLINE_NAME = re.compile(
    # RBC-Ukraine names the author in a field: "Автор: Богдана Кирилюк" / "08.04.2025, 08:00".
    r"^[ \t]*(?:(?:Автор(?:ка)?|Author|By|BY)[ \t]*:?[ \t]+)?"
    rf"(?P<n>[{UPPER}][{LOWER}]+(?:['’][{LOWER}]+|-[{UPPER}][{LOWER}]+)?"
    # (a regional paper sets the surname in capitals, the date on the next line: "Ирина
    # ДОЛГОВА" / "21 января 2025")
    rf"[ \t]+(?:[{UPPER}][{LOWER}'’\-]+|[{UPPER}]{{3,}}(?:-[{UPPER}]{{2,}})?(?![{LOWER}])))"
    # LB.ua sets the job after a comma on the name's line: "Марта Левченко, журналістка LB.ua"
    # / "23 вересня 2024, 10:15".
    # День sets its outlet so, in guillemets: "Олена Дорошенко, «День»" / "5 квітня 2023".
    # A paper's guest writer, the credit on the next line after the comma: "Дарья Литвинова," /
    # "специально для «Фонтанки»" / "21 февраля 2025, 18:05".
    r"(?:,[ \t]*(?:(?i:журналіст|журналист|кореспондент|корреспондент|оглядач|обозревател"
    r"|reporter|correspondent|staff[ \t]+writer)[^\n]{0,50}|«[^»\n]{1,40}»[ \t]*"
    # Kommersant's regional desk sets the town she files from: "Ольга Никитина, Архангельск" /
    # "19.03.2025, 00:12".
    r"|[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+(?:[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+)?[ \t]*(?=\n)"
    r"|\n?[ \t]*(?i:специально|спеціально)[ \t]+для[ \t]+[^\n]{1,50}))?"
    # ZN.UA and Forbes Ukraine set the author's job on a line of its own between the two:
    # "Ольга Дмитренко" / "Журналістка ZN.UA" / "22 квітня 2024, 09:15".
    r"(?:[ \t]*\n[ \t]*(?:Журналіст(?:ка)?|Журналист(?:ка)?|Редактор(?:ка)?|Оглядач(?:ка)?"
    r"|Обозреватель(?:ница)?|Кореспондент(?:ка)?|Корреспондент(?:ка)?|Reporter|Correspondent"
    r"|Editor|Senior[ \t]+\w+|Staff[ \t]+writer)(?![\w])[^\n]{0,60})?"
    # Komsomolskaya Pravda's share button between the two: "Александр Гамов" / "ПОДЕЛИТЬСЯ" /
    # "06 Ноября 2024 19:15".
    r"(?:[ \t]*\n[ \t]*(?:ПОДЕЛИТЬСЯ|Поделиться|ПОДІЛИТИСЯ|Поділитися|SHARE|Share)[ \t]*)?"
    # The National's dateline between the two: "Nadia Suleiman" / "Baghdad" / "Jun 03, 2024".
    rf"(?:[ \t]*\n[ \t]*[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]+)?[ \t]*(?=\n[^\n]*\d))?"
    # On the next line, or after a dash on the same one: "Олександр Шевчук — Понеділок, 3
    # лютого 2025, 05:30" (Ukrainska Pravda).
    # Stuff sets the time and date right after the name: "Kirsty Whanau 05:00, Aug 12 2024".
    # АиФ's issue line ends in the date: "Еженедельник "Аргументы и Факты" № 12. АиФ-Прикамье
    # 19/03/2025" (a longer line, then, but one that closes on a whole numeric date).
    # Gazeta.ua's scrape glues the date to the name: "Олена Бойко21 березня 2025 15:20".
    # Devex and others part them with a slash pair, a bar or a dot: "By Jane Roe // 19
    # February 2025", "By Jane Roe | Feb 19, 2025".
    r"(?:[ \t]*\n(?:[ \t]*\n)?|[ \t]+(?:[—–|·•]|//)[ \t]+|[ \t]+(?=\d{1,2}:\d{2}\b)|(?=\d))"
    r"(?P<d>[^\n]{4,40}|[^\n]{41,100}(?<=\d[./]\d\d[./](?:19|20)\d\d))$",
    re.MULTILINE,
)
# The same field under the date line: "Субота, 18 жовтня 2025 08:00" / "Автор: Тетяна Бондар"
# (RBC-Ukraine's other layout). Only the named field, so a dated line over a plain name in the
# lede is not taken for a byline.
_DATE_OVER_BYLINE = re.compile(
    r"^(?P<d>[^\n]{4,40})[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:Автор(?:ка)?|Author)[ \t]*:[ \t]+"
    rf"(?P<n>[{UPPER}][{LOWER}]+(?:['’][{LOWER}]+|-[{UPPER}][{LOWER}]+)?"
    rf"[ \t]+[{UPPER}][{LOWER}'’\-]+)[ \t]*$",
    re.MULTILINE,
)


# The author's name alone on the line under the date, the page's counters after it (Fontanka:
# "14 марта 2024, 08:00" / "Денис Лебедев" / "12 840   57"). Only a bare two-word name there.
# A page's language switch, a line of its own under the date.
_DATE_THEN_NAME = re.compile(
    r"^(?P<d>[^\n]{4,40})[ \t]*\n(?:[ \t]*\n)?[ \t]*"
    # A regional edition's dateline between the two: "16:45, 4 квітня 2025" / "Дніпро" / "Олег
    # Дорош" (Depo): one place word on a line of its own.
    # Or the page's language switch: "14 травня 2025, 09:15" / "Читати українською" / "Марія
    # Гребенюк" (Суспільне's regional pages).
    rf"(?:(?:[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?|{LANGUAGE_SWITCH})"
    r"[ \t]*\n(?:[ \t]*\n)?[ \t]*)?"
    rf"(?P<n>[{UPPER}][{LOWER}]+(?:['’][{LOWER}]+|-[{UPPER}][{LOWER}]+)?"
    rf"[ \t]+[{UPPER}][{LOWER}'’\-]+)[ \t]*$",
    re.MULTILINE,
)
# The author named in a field of its own, no date needed: Rossiyskaya Gazeta's "Текст: Наталья
# Ершова" over "Российская газета - Федеральный выпуск: № 61 (9312)" and the date.
_AUTHOR_FIELD = re.compile(
    r"^[ \t]*(?:(?:Текст|Автор(?:ка)?|Author)[ \t]*:[ \t]+"
    # РБК sets the field's word on a line of its own, the one name on the next, no date below
    # it ("Автор" / "Анна Левинская" / the lead): the singular word, never "Авторы".
    r"|Автор(?:ка)?[ \t]*\n[ \t]*)"
    rf"(?P<n>[{UPPER}][{LOWER}]+(?:['’][{LOWER}]+|-[{UPPER}][{LOWER}]+)?"
    rf"[ \t]+[{UPPER}][{LOWER}'’\-]+)"
    # Rossiyskaya Gazeta adds the correspondent's city: "Текст: Ольга Смирнова (Екатеринбург)".
    r"(?:[ \t]*\([^()\n]{1,40}\))?"
    # The photographer's credit may share the line: "Текст: Алексей Мухин | Фото: Дарья Сомова".
    # (or after a comma, lower case: "Текст: Пётр Ёлкин, фото: Дарья Кулёмина")
    # (or after a full stop: "Текст: Дмитрий Ларин. Фото: Анастасия Белых")
    r"(?:[ \t]*[,;|/•·.][ \t]*(?i:фото\w*|photo\w*|ілюстраці\w+|иллюстраци\w+)\b[^\n]*)?"
    r"[ \t]*$",
    re.MULTILINE,
)

# A regional desk's byline with no date under it, the lead paragraph right below (Kommersant's
# regional editions: "Анна Капустина, Екатеринбург" / "Губернатор Свердловской области подписал
# …"): the correspondent (a surname's ending) and the one- or two-word town she files from.
_TOWN_BYLINE = re.compile(
    rf"^[ \t]*(?P<n>{_RU_BYLINE_PERSON.pattern}),[ \t]*"
    r"(?P<t>[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+(?:[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+)?)[ \t]*\n"
    r"(?=[ \t]*(?:[^\s]+[ \t]+){15}[^\n]*[.!?…»][ \t]*$)",
    re.MULTILINE,
)

# Ukrinform's correspondent under the date, the town she files from after a comma, signed
# nowhere below: "05.11.2025 09:15" / "Ярослав Кучер, Ужгород" (a surname's ending, or a man's
# given name, so a town and its region, "Нижний Новгород, Россия", is no byline).
_DATE_THEN_TOWN_BYLINE = re.compile(
    r"^(?P<d>[^\n]{4,40})[ \t]*\n(?:[ \t]*\n)?[ \t]*"
    rf"(?P<n>{_RU_BYLINE_PERSON.pattern}|{_MASCULINE_GIVEN_PAIR.pattern}),[ \t]*"
    r"(?P<t>[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+(?:[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+)?)[ \t]*$",
    re.MULTILINE,
)

# The date and the author field on one meta row, the page's counters after them (a city site:
# "05.09.2024  | Автор: Світлана Мороз |  Переглядів: 1 412"): the fields set apart by wide gaps
# or a bar, the date before the field.
_DATED_AUTHOR_ROW = re.compile(
    r"^(?P<d>[^\n]{0,30}\d[^\n]{0,30}?)(?:[ \t]{2,}|[ \t]*[|·•][ \t]*)(?:Автор(?:ка)?|Author)"
    r"[ \t]*:[ \t]+"
    rf"(?P<n>[{UPPER}][{LOWER}]+(?:['’][{LOWER}]+|-[{UPPER}][{LOWER}]+)?"
    rf"[ \t]+[{UPPER}][{LOWER}'’\-]+)"
    r"(?:(?:[ \t]{2,}|[ \t]*[|·•][ \t]*)[^\n]{0,40})?[ \t]*$",
    re.MULTILINE,
)


# A byline that names the newsroom, not a writer: "By Ledger Staff", "By Metro Desk".
_COLLECTIVE_BYLINE = frozenset(
    {"staff", "desk", "team", "reporters", "editors", "bureau", "newsroom", "writers", "wire"}
)


# El País sets its writer's name in capitals alone on a line over the dateline: "MIGUEL ÁNGEL
# ORDÓÑEZ" / "Madrid - MAR 14, 2025 - 06:40 CET" (read as "Miguel Ángel Ordóñez").
_CAPS_NAME_OVER_DATE = re.compile(
    rf"^[ \t]*(?P<n>[{UPPER}]{{2,}}(?:[ \t]+[{UPPER}'’\-]{{2,}}){{1,3}})[ \t]*\n"
    r"[ \t]*(?P<d>[^\n]{6,60})$",
    re.MULTILINE,
)


# A government paper's byline under the date, the surname in capitals, then the outlet in
# guillemets and the correspondent's city: "25 березня 2025" / "Віталій КОВАЛЬ, «Урядовий
# кур'єр», Полтава".
_DATE_THEN_CAPS_SURNAME = re.compile(
    r"^(?P<d>[^\n]{4,40})[ \t]*\n(?:[ \t]*\n)?[ \t]*"
    rf"(?P<n>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?[ \t]+"
    rf"[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?),[ \t]*«[^»\n]{{1,40}}»"
    rf"(?:[ \t]*,[ \t]*[{UPPER}][^\n,]{{1,30}})?[ \t]*$",
    re.MULTILINE,
)


# A short line repeated on the next one.
_REPEATED_LINE = re.compile(r"^([ \t]*[^\n]{3,60}?)[ \t]*\n\1[ \t]*$", re.MULTILINE)


# A regional paper's byline, the surname in capitals, alone on its line under the date a few
# lines up (the dek, a share button or the photo credit between): "Дарья ЛЕБЕДЕВА", "Галина
# САДОВСЬКА"; the correspondent's town may follow: "Оксана ГНАТІВ, Яремче".
_CAPS_SURNAME_ALONE = re.compile(
    # ("By RSS" is an agency's byline, no given name and surname)
    # (a Ukrainian given name's apostrophe: "Мар'яна ДУДЧАК, Нововолинськ")
    rf"^[ \t]*(?!(?:By|От|Від|Автор)[ \t])"
    rf"(?P<n>[{UPPER}][{LOWER}]+(?:['’][{LOWER}]+)?(?:-[{UPPER}][{LOWER}]+)?[ \t]+"
    rf"[{UPPER}]{{3,}}(?:-[{UPPER}]{{2,}})?)"
    rf"(?:,[ \t]*[{UPPER}][{LOWER}]+(?:[ \t-][{UPPER}]?[{LOWER}]+)?)?[ \t]*$",
    re.MULTILINE,
)


def _lines_above(text: str, at: int, n: int) -> str:
    """The ``n`` lines of ``text`` above offset ``at`` (a line start)."""
    start = at
    for _ in range(n):
        if start <= 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    return text[start:at]


def _line_below(text: str, at: int) -> str:
    """The line of ``text`` after the one that ends at offset ``at``."""
    start = text.find("\n", at) + 1
    if not start:
        return ""
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


def _caps_byline(m: re.Match[str]) -> str | None:
    """The capitals name of :data:`_CAPS_NAME_OVER_DATE` as a name is written, or ``None``
    where a word of it is a post, an outlet's or a common word ("BREAKING NEWS", "EL PAÍS")."""
    words = m.group("n").split()
    if any(
        fold(w) in NOT_NAME_WORDS or is_title_token(w.title()) or _news_outlet(w.title())
        for w in words
    ):
        return None
    return " ".join(w.title() for w in words)


def _caps_surname_byline(head: str) -> Name | None:
    """A regional paper's byline under the date, the surname in capitals ("Наталья СИНИЦЫНА",
    "Мар'яна ДУДЧАК, Нововолинськ", "Віталій КОВАЛЬ, «Урядовий кур'єр», Полтава"): the page's
    one author, as a "By …" line is (see _name_over_date)."""
    return _name_over_date(head, (), forms=(_DATE_THEN_CAPS_SURNAME, _CAPS_SURNAME_ALONE))


def _name_over_date(
    head: str, others: Sequence[Name], *, forms: Sequence[re.Pattern[str]] = ()
) -> Name | None:
    """A web article's author line: a full name alone on a line with the publication date on the
    next ("Анна Миронова" / "14 октября 2024, 00:15"), or in an author field ("Текст: …"), when
    there is exactly one such name and it is not the interviewee's (``forms``: only these)."""
    # A scrape may print the author's name twice, the avatar's alt text over the name itself
    # (Главком: "Ярослав Гречук" / "Ярослав Гречук" / "Журналіст «Главкома»" / the date).
    head = _REPEATED_LINE.sub(r"\1", head)
    found = {
        n.key: n
        for rx in forms
        or (
            _BYLINE_NAME,
            _DATE_OVER_BYLINE,
            _DATE_THEN_NAME,
            _AUTHOR_FIELD,
            _DATED_AUTHOR_ROW,
            _CAPS_NAME_OVER_DATE,
            _DATE_THEN_CAPS_SURNAME,
            _CAPS_SURNAME_ALONE,
            _TOWN_BYLINE,
            _DATE_THEN_TOWN_BYLINE,
        )
        for m in rx.finditer(head)
        if (rx is not _DATE_THEN_TOWN_BYLINE or _place_like(m.group("t")))
        and (
            rx is _AUTHOR_FIELD
            or (rx is _TOWN_BYLINE and _place_like(m.group("t")))
            or find_date(
                _lines_above(head, m.start(), 8) if rx is _CAPS_SURNAME_ALONE else m.group("d")
            )
            is not None
            # (or over the date, on the line right below it: "Мария КОРНЕВА" / "18 февраля
            # 2025" / "Просмотров: 1 284")
            or (rx is _CAPS_SURNAME_ALONE and find_date(_line_below(head, m.end())) is not None)
        )
        and (
            phrase := _caps_byline(m)
            if rx is _CAPS_NAME_OVER_DATE
            else " ".join(w.title() if w.isupper() else w for w in m.group("n").split())
        )
        and (n := name_from_phrase(phrase)) is not None
        and n.has_full_given
        and all(o.surname != n.surname for o in others)
        # Under the date stands the outlet's desk too: "Оновлено 08 листопада 2024, 14:20" /
        # "Суспільне Дніпро".
        and (
            rx not in (_DATE_THEN_NAME, _CAPS_SURNAME_ALONE)
            or not any(_news_outlet(w) for w in m.group("n").split())
        )
        # … and the page's buttons, two capitalised words that pass for a name: "17 березня
        # 2025, 05:30" / "Поділитися   Коментарі" (Ukrainska Pravda).
        and BUTTON_WORD.search(m.group("n")) is None
        and n.surname.lower() not in _COLLECTIVE_BYLINE
        and not _place_name(n)  # a dateline's "Нижний Новгород" under the date
    }
    return next(iter(found.values())) if len(found) == 1 else None


# An English lead's sentence telling who was interviewed, and by whom: "Meduza spoke with
# Dunaeva about …", "The Kyiv Independent spoke with Marchenko about …", "I spoke with her on
# Tuesday in her Senate office …", "I met her on a wet Tuesday afternoon."
_EN_MET = re.compile(
    r"(?P<subj>\b(?:I|We)|[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,3})[ \t]+"
    # (how they spoke may come between: "I spoke by phone with Marsh", "talked over Zoom to …")
    r"(?:(?:spoke|talked|sat[ \t]+down)"
    r"(?:[ \t]+(?:by|over|via)[ \t]+(?:phone|telephone|video|Zoom|email)|[ \t]+recently)?"
    r"[ \t]+(?:with|to)|met(?:[ \t]+with)?|interviewed"
    # (a trade paper's standfirst: "Dairy reporter Clara Moss asks him what changed")
    r"|asks(?=[ \t]+(?:him|her)\b))[ \t]+"
    # (a hyphenated given name keeps its second capital: "Jean-Baptiste Kaboré")
    rf"(?P<who>him\b|her\b|(?:[{UPPER}][{LOWER}'’\-]+(?<=-)[{UPPER}][{LOWER}'’]+[ \t]+"
    # (an Irish surname keeps its apostrophe and second capital: "O'Connell")
    # (a post in capitals may stand before the name: "spoke with Deputy Energy Minister
    # Oleksandr Hrebin about …")
    # (a Scottish surname keeps its inner capital too: "Mark MacDonald", "Alistair McRae")
    rf"|[{UPPER}][{LOWER}'’\-]+[ \t]+){{0,5}}(?:Mc|Mac|O['’])?[{UPPER}][{LOWER}'’\-]+)"
)
# (a Scottish or Irish surname keeps its inner capital: "Loren McGinnis", "Ciara O’Brien")
_PERSON_PAIR = rf"[{UPPER}][{LOWER}]+[ \t]+(?:Mc|Mac|O['’])?[{UPPER}][{LOWER}'’\-]+"
_IN_CONVERSATION = re.compile(
    r"\b(?:In[ \t]+(?:an?|the|this|our)[ \t]+[^.!?\n]{0,80}?\b(?:interview|conversation)\b"
    # (a participle says it too: "Speaking to daily Hürriyet's Barçın Yener in Istanbul,
    # Eroğlu discussed the Kars-Tbilisi line, …")
    r"|(?:Speaking|Talking)[ \t]+(?:to|with)\b)"
    # The person's post may stand before the name: "…, Deputy Foreign Minister Taras
    # Melnychuk spoke about …".
    rf"[^.!?\n]{{0,120}}?,[ \t]+(?:[{UPPER}][{LOWER}]+[ \t]+){{0,4}}?"
    rf"(?P<who>(?:[{UPPER}][{LOWER}'’\-]+[ \t]+){{0,2}}"
    rf"[{UPPER}][{LOWER}'’\-]+)[ \t]+(?:also[ \t]+)?"
    r"(?:discussed|said|spoke|explained|talked|described|outlined|reflected|addressed"
    r"|defended|argued|acknowledged|insisted|admitted|warned|conceded)\b"
)
# The journalist the lead's "In a conversation with …" names by post: "In a conversation with
# Rest of World reporter Daniel Otieno at her office in Nairobi, Mwangi defended …".
_CONVERSATION_WITH_ASKER = re.compile(
    r"\b(?:interview|conversation)[ \t]+with[ \t]+[^.!?\n,]{0,60}?"
    r"(?i:reporter|correspondent|editor|writer|journalist|columnist|host|anchor)[ \t]+"
    rf"(?P<n>{_PERSON_PAIR})\b"
)
_WITH_OUTLETS_JOURNALIST = re.compile(
    r"\b(?:(?:spoke|talked|sat[ \t]+down)(?:[ \t]+together)?[ \t]+(?:with|to)|told"
    r"|(?:Speaking|Talking)[ \t]+(?:with|to))[ \t]+"
    # (a paper's kind before its name: "Speaking to daily Hürriyet's Barçın Yener …")
    r"(?:[Tt]he[ \t]+)?(?:(?:daily|weekly)[ \t]+)?"
    r"(?:[A-Z][\w&.\-]*[ \t]+(?:and[ \t]+|&[ \t]+)?){0,4}[A-Z][\w.\-]*['’]s[ \t]+"
    rf"(?P<n>{_PERSON_PAIR})\b"
)
_VIEWS_DISCLAIMER = re.compile(
    r"^[ \t]*(?:The|Any)[ \t]+(?:views|opinions)[ \t]+expressed[^\n]{0,60}?[ \t]+(?:are|is)[ \t]+"
    r"(?:those[ \t]+of[ \t]+the[ \t]+(?:author|expert|interviewee)|(?:the[ \t]+)?"
    r"(?:author|expert)['’]?s?[ \t]+own)\b[^\n]*$",
    re.MULTILINE,
)
# "This conversation with Dr. Anika Rahman – senior fellow at …": the lead's own words
# for the interview below it, and the person it is with, a post or a verb after the name.
_THIS_CONVERSATION = re.compile(
    r"\b(?:This|Our)[ \t]+(?:conversation|interview|exchange)[ \t]+with[ \t]+"
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?[ \t]+)?"
    rf"(?P<who>(?:[{UPPER}][{LOWER}'’\-]+[ \t]+){{1,2}}[{UPPER}][{LOWER}'’\-]+)"
    r"(?=[ \t]*(?:[,–—(]|-[ \t]|is\b|was\b))"
)
# An expert who "explains" (or "answers", "sets out") in a standfirst, then the topic:
# "Dr Layla Haddad explains what is driving the Houthis", "Professor Ann Lee answers key
# questions on …" — the title ("Dr", "Professor") before the name is dropped.
_EXPLAINS = re.compile(
    rf"(?<![\w’'])(?:(?:Dr|Prof|Professor)\.?[ \t]+)?"
    rf"(?P<who>(?:[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}]+)?[ \t]+){{1,2}}"
    rf"[{UPPER}][{LOWER}'’\-]+)[ \t]+(?:explains|answers|unpacks|sets[ \t]+out)[ \t]+"
    r"(?:what|why|how|whether|the|key|some|our|your|questions)\b"
)
# A person who spoke to an outlet, the outlet's name in italics or as written: "Norway’s
# Ambassador Lars-Erik Holm spoke to *The Hindu* about …", "… told _Balkan Insight_".
_SPOKE_TO_OUTLET = re.compile(
    rf"(?<![\w’'])(?P<who>(?:[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}]+)?[ \t]+){{1,2}}"
    # ("… Eleni Makri tells Kathimerini that …": telling the outlet is speaking to it)
    # (a double-barrelled surname: "Adjei-Mensah")
    rf"[{UPPER}][{LOWER}'’\-]+(?:-[{UPPER}][{LOWER}'’]+)?)"
    # (the post between commas: "Elizabeth Adjei-Mensah, chair of parliament's finance
    # committee, tells The Africa Report why …")
    r"(?:,[ \t][a-z][^,.;:!?\n]{2,100},)?"
    # (or sat down with it: "Deputy Investment Minister Rizal Hakim Pratama sat down with the
    # Jakarta Globe at his office …")
    r"[ \t]+(?:(?:spoke|talked|speaks|talks)[ \t]+(?:to|with)|tells|told"
    r"|(?:sat|sits)[ \t]+down[ \t]+with)"
    r"[ \t]+"
    r"(?:\*(?P<em>[^*\n]{2,40})\*|_(?P<em2>[^_\n]{2,40})_"
    r"|(?P<o>(?:[Tt]he[ \t]+)?[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,3}))"
)
# The participle's form, the outlet first, the one who spoke after the comma: "Speaking to RSS
# ahead of her visit to New Delhi, Minister Deuba shared her views on …".
_SPEAKING_TO_OUTLET = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))Speaking[ \t]+(?:exclusively[ \t]+)?(?:to|with)[ \t]+"
    r"(?P<o>(?:[Tt]he[ \t]+)?[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,3})"
    r"[^,.;:!?\n]{0,100},[ \t]+"
    rf"(?P<who>(?:[{UPPER}][{LOWER}'’.]+[ \t]+){{0,3}}[{UPPER}][{LOWER}'’\-]+)"
    r"[ \t]+(?:said|says|shared|told|stressed|noted|explained|outlined|spoke|discussed"
    r"|underlined|emphasi[sz]ed|highlighted|added)\b"
)
# A journalist's post right before their name, the name ending the lead's subject (a
# programme's host too: "Information Morning host Portia Clark spoke with …", CBC's write-up).
_POSTED_ASKER = re.compile(
    r"(?i:reporter|correspondent|editor|writer|journalist|columnist|anchor|host|co-host"
    r"|presenter)[ \t]+"
    rf"(?P<n>{_PERSON_PAIR})$"
)
# The interviewee, by surname, spoke with the show's host named by post: "Thibodeau spoke with
# As It Happens host Nil Köksal." (the show's name may stand before the post).
_SPOKE_WITH_HOST = re.compile(
    r"[ \t]+(?:spoke|talked)[ \t]+(?:with|to)[ \t]+[^.!?\n,]{0,60}?"
    r"\b(?i:host|co-host|anchor|presenter|reporter|correspondent)[ \t]+"
    rf"(?P<n>{_PERSON_PAIR})(?![\w’'])"
)
# The interviewee in full, a post between commas perhaps, spoke with the show's host named by
# post: "Cliff Chapman, director of wildfire operations for the B.C. Wildfire Service, spoke
# with The Early Edition host Stephen Quinn about …" (CBC's write-up of a radio interview).
_NAMED_SPOKE_WITH_HOST = re.compile(
    rf"(?:^|(?<=[.!?][ \t])|(?<=\n))(?P<who>{_PERSON_PAIR})"
    # (the post may hold initials: "the B.C. Wildfire Service", "the U.S. Forest Service")
    r"(?:,[ \t][a-z](?:[^,.;:!?\n]|(?:[A-Z]\.){2,}){2,120},)?" + _SPOKE_WITH_HOST.pattern
)
_OUR_ASKER = re.compile(
    r"\b(?i:our)[ \t]+(?:(?i:own|senior|chief|special|foreign)[ \t]+)?"
    r"(?i:reporter|correspondent|editor|journalist|columnist|anchor)[ \t]+"
    rf"(?P<n>{_PERSON_PAIR})\b"
)
_POSTED_ASKER_IN = re.compile(
    r"\b(?i:reporter|correspondent|editor|journalist|columnist|anchor)[ \t]+"
    rf"(?P<n>{_PERSON_PAIR})\b"
)
# A person named in a lead: two capitalised words ("Dana Whitcombe", "Adaeze Okonkwo’s").
# (a name's words stand a space or two apart: a menu row's "Sport   Business", its items set
# apart by wide gaps, is no name; a Scottish or Irish surname keeps its inner capital: "Alistair
# McRae", "Fiona MacLeod")
_EN_PAIR = re.compile(
    rf"(?<![\w’'])(?=([{UPPER}][{LOWER}]+)(?: {{1,2}}|\t)"
    rf"((?:Mc|Mac|O['’])?[{UPPER}][{LOWER}'’\-]+))"
)
# The writer's name on a line over their post (the Guardian: "Helena Marsh" / "Political
# correspondent") or after a lowercase "by" (the Kyiv Independent: "by Dmytro Koval").
_EN_BYLINE = re.compile(
    rf"^[ \t]*(?:(?:[Bb]y[ \t]+)(?P<b>{_PERSON_PAIR})[ \t]*$"
    rf"|(?P<n>{_PERSON_PAIR})[ \t]*\n[ \t]*(?:[\w-]+[ \t]+){{0,3}}"
    r"(?i:correspondent|reporter|editor|writer|journalist|columnist)[ \t]*$)",
    re.MULTILINE,
)


# A byline scraped as Markdown: the name alone on its line, linked to the site's author page
# (The Hindu: "[Ananya Raghavan](https://www.thehindu.com/profile/author/Ananya-Raghavan/)").
_LINKED_AUTHOR = re.compile(
    rf"^[ \t]*(?:[Bb]y[ \t]+)?\[(?P<n>{_PERSON_PAIR})\]"
    r"\([^()\s]*/(?:authors?|profiles?|people|staff|writers?|contributors?|journalists?)"
    r"(?:/|-)[^()\s]*\)[ \t]*$",
    re.MULTILINE,
)


def _author_line(head: str, phrase: str) -> bool:
    """Does ``phrase`` (a full name) stand in ``head`` as a line of its own over a short line
    with no sentence mark (the author's box: "Mariam Osei" / "Communications Officer, Africa
    Division"), or as the byline ("By Mariam Osei")?"""
    if len(phrase.split()) < 2 or re.search(r"[.!?]", phrase):
        return False
    name = re.escape(phrase)
    if re.search(rf"(?mi)^[ \t]*by[ \t]+{name}[ \t]*$", head):
        return True
    box = re.search(rf"(?m)^[ \t]*{name}[ \t]*\n(?:[ \t]*\n)?[ \t]*([^\n]*\S)[ \t]*$", head)
    return (
        box is not None
        and len(box.group(1).split()) <= 6
        and re.search(r"[.!?:]$", box.group(1)) is None
        and box.group(1)[:1].isupper()
    )


_NAME_OVER_PUBLISHED = re.compile(
    rf"^[ \t]*(?P<n>[{UPPER}][{LOWER}]+[ \t]+(?:Ma?c)?[{UPPER}][{LOWER}'’\-]+)[ \t]*\n"
    r"[ \t]*(?P<d>(?:Published|Posted)[ \t]+[^\n]{4,100})$",
    re.MULTILINE,
)


def _en_byline(head: str) -> Name | None:
    """The author of an English web interview, from its byline ("By Rachel Okafor")."""
    found = BYLINE.search(head)
    phrase = found.group("name") if found is not None else None
    if phrase is None:
        m = _EN_BYLINE.search(head)
        phrase = (m.group("b") or m.group("n")) if m is not None else None
    if phrase is None:
        linked = _LINKED_AUTHOR.search(head)
        phrase = linked.group("n") if linked is not None else None
    if phrase is None:
        # A Postmedia paper's byline: the name alone over its date line, which runs on past the
        # date ("Colin MacIsaac" / "Published Nov 25, 2024 • Last updated … • 5 minute read").
        over = _NAME_OVER_PUBLISHED.search(head)
        phrase = over.group("n") if over is not None and find_date(over.group("d")) else None
    if phrase is not None and _DESK_BYLINE.fullmatch(phrase.strip()):
        return None  # a desk byline names nobody ("By Staff Reporter")
    name = name_from_phrase(phrase) if phrase else None
    if name is not None and name.surname.lower() in _COLLECTIVE_BYLINE:
        return None
    return name if name is not None and name.has_full_given else None


def _full_in(lead: str, surname: str) -> Name | None:
    """The fullest name with ``surname`` the lead writes ("Senator Dana Whitcombe" for
    "Whitcombe")."""
    for m in _EN_PAIR.finditer(lead):
        g, s = m.group(1), re.sub(r"['’]s?$", "", m.group(2))
        if s == surname and not is_title_token(g):
            # A double given name (or a middle name) the lead writes each time: "Kari Aasen
            # Holm says …", "Kari Aasen Holm, Norway's minister of …" (twice at least, so a
            # post such as "Reporter" that once stands before a name is no given name).
            before = re.search(rf"(?<![\w’'])([{UPPER}][{LOWER}]+)[ \t]+$", lead[: m.start()])
            if before is not None and not is_title_token(before.group(1)):
                three = f"{before.group(1)} {g} {s}"
                name = name_from_phrase(three)
                # (or once, set whole right after a title: "Foreign Minister Dr Arzu Rana
                # Deuba has said …")
                titled = re.search(rf"(?<![\w’'])(\S+)[ \t]+{re.escape(three)}(?![\w’'])", lead)
                if (
                    name is not None
                    and name.has_full_given
                    and (
                        lead.count(three) >= 2
                        or (titled is not None and is_title_token(titled.group(1).rstrip(".")))
                    )
                ):
                    return name
            name = name_from_phrase(f"{g} {s}")
            if name is not None and name.has_full_given:
                return name
    # An Arabic surname written with its article: "Minister Ziad Fadhel al-Kassem, …" for
    # "Kassem" ("Al-Monitor spoke with Kassem …").
    article = re.search(
        rf"(?<![\w’'])((?:[{UPPER}][{LOWER}]+[ \t]+){{1,3}})(?:al|el|Al|El)-{re.escape(surname)}"
        rf"(?![\w’'])",
        lead,
    )
    if article is not None:
        words = [w for w in article.group(1).split() if not is_title_token(w)]
        name = name_from_phrase(" ".join([*words, article.group(0).split()[-1]]))
        if words and name is not None and name.has_full_given:
            return name
    return None


def _lead_people_en(lead: str) -> list[tuple[str, Name]]:
    """The people of :func:`_lead_people_en_all`, each once (two readings of one sentence may
    both name its correspondent: "In an interview with Reuters reporter Anna Field, …")."""
    out: list[tuple[str, Name]] = []
    for kind, name in _lead_people_en_all(lead):
        if (kind, name.key) not in {(k, n.key) for k, n in out}:
            out.append((kind, name))
    return out


def _office_place_dropped(lead: str, m: re.Match[str]) -> str:
    """The ``who`` of ``m`` less a first word that is the country of the office before it:
    "Russian Ambassador to Indonesia Andrey Kovrigin told TASS" names Andrey Kovrigin, not
    "Indonesia Andrey Kovrigin" ("Lars-Erik Holm", "Rizal Hakim Pratama" keep every word)."""
    who = m.group("who")
    words = who.split()
    if (
        len(words) == 3
        and _country(words[0])
        and re.search(
            r"(?<![\w])(?:to|of|in|for)[ \t]+$", lead[max(0, m.start("who") - 6) : m.start("who")]
        )
    ):
        return " ".join(words[1:])
    if (
        len(words) == 3
        and re.search(
            r"(?<![\w])(?:of|and|for)[ \t]+$", lead[max(0, m.start("who") - 6) : m.start("who")]
        )
        and re.search(
            rf"(?<![\w'’-])(?<!{re.escape(words[0])}[ \t])"
            rf"{re.escape(' '.join(words[1:]))}(?![\w'’])",
            lead,
        )
    ):
        # "Deputy Minister for Development of Communities and Territories Serhii Kovalchuk
        # told Ukrinform" under the caption "Serhii Kovalchuk, Deputy Minister …": the office's
        # last word is no given name when the page names the person without it elsewhere.
        return " ".join(words[1:])
    return who


def _lead_people_en_all(lead: str) -> list[tuple[str, Name]]:
    """Interviewee and interviewer of an English print interview, from its lead: the one the
    lead says was spoken with or met, in full as the lead names them; "her"/"him" is the person
    the lead speaks of most. The byline's writer asks only when the lead says "I" ("I spoke with
    her …"); an outlet that "spoke with" someone names nobody who asks."""
    out: list[tuple[str, Name]] = []
    met = _EN_MET.search(lead)
    if re.search(r"[а-яёіїєґ]", lead):
        return out
    to_outlet = _SPOKE_TO_OUTLET.search(lead)
    speaking = _SPEAKING_TO_OUTLET.search(lead) if to_outlet is None else None
    if speaking is not None:
        # "Speaking to RSS ahead of her visit to New Delhi, Minister Deuba shared her views
        # …": the one the participle opens on speaks to the outlet — the page's own, as its
        # byline writes it ("By RSS"), or a news outlet by name.
        outlet = speaking.group("o")
        byline = re.search(rf"^[ \t]*By[ \t]+{re.escape(outlet)}[ \t]*$", lead, re.MULTILINE)
        if byline is not None or _news_outlet(outlet):
            name = name_from_phrase(speaking.group("who"))
            if name is not None and not name.has_full_given:
                name = _full_in(lead, name.surname)
            if name is not None and name.has_full_given:
                return [("interview with", name)]
    if to_outlet is not None:
        emphasised = to_outlet.group("em") or to_outlet.group("em2")
        outlet = emphasised or to_outlet.group("o")
        # (the site's name alone atop the page, or its domain in the links: "thehindu.com")
        top = first_line(lead)
        folded = re.sub(r"\W", "", outlet).lower()
        own_site = re.sub(r"^the\W+", "", top.lower()) == re.sub(r"^the\W+", "", outlet.lower())
        own_site = own_site or re.search(rf"(?://|www\.){re.escape(folded)}\.", top) is not None
        # The site's own domain as its masthead: "eKathimerini.com" over "… tells Kathimerini".
        own_site = own_site or (
            len(folded) >= 4
            and re.fullmatch(rf"[\w\-]*{re.escape(folded)}\.(?:com|net|org|gr|co\.uk)", top.lower())
            is not None
        )
        # "Meduza’s Daria Kozlova spoke with Sorokin": an outlet's own journalist asks
        # ("Norway’s Ambassador Lars-Erik Holm" is a country's office holder).
        by_owner = re.search(r"['’]s[ \t]+$", lead[: to_outlet.start()]) is not None
        by_owner = by_owner and not is_title_token(to_outlet.group("who").split()[0])
        # (the paper's article is no part of its name: "… sat down with the Jakarta Globe")
        bare = re.sub(r"^the[ \t]+", "", outlet)
        if not by_owner and (emphasised is not None or _news_outlet(bare) or own_site):
            # "Norway’s Ambassador Lars-Erik Holm spoke to *The Hindu* about …": whoever
            # speaks to the outlet (set in italics as a title, or the site's own name) answers.
            name = name_from_phrase(_office_place_dropped(lead, to_outlet))
            if name is not None and not name.has_full_given:
                name = _full_in(lead, name.surname)
            if name is not None and name.has_full_given:
                return [("interview with", name)]
    hosted_full = _NAMED_SPOKE_WITH_HOST.search(lead)
    if hosted_full is not None:
        # "Cliff Chapman, director of …, spoke with The Early Edition host Stephen Quinn": the
        # one named in full answers, the host by post asks.
        name = name_from_phrase(hosted_full.group("who"))
        journalist = name_from_phrase(hosted_full.group("n"))
        if (
            name is not None
            and journalist is not None
            and name.has_full_given
            and journalist.has_full_given
            and journalist.key != name.key
            and not _news_outlet(hosted_full.group("who"))
        ):
            return [("interview with", name), ("interview by", journalist)]
    if met is None:
        # The lead says who talked in the interview it introduces: "In a wide-ranging
        # conversation at her residence this week, Papadaki discussed tourism, …" (the
        # Jerusalem Post), "In an interview with RFE/RL …, Hakobyan also discussed …".
        said = _IN_CONVERSATION.search(lead)
        name = name_from_phrase(said.group("who")) if said is not None else None
        if name is not None and not name.has_full_given:
            name = _full_in(lead, name.surname)
        if name is not None and not is_title_token(name.given[0] if name.given else ""):
            out.append(("interview with", name))
            posted = _CONVERSATION_WITH_ASKER.search(said.group(0)) if said else None
            asker = name_from_phrase(posted.group("n")) if posted is not None else None
            if asker is not None and asker.has_full_given and asker.key != name.key:
                out.append(("interview by", asker))
        # The outlet's journalist the interviewees sat with: "Last week they sat down together
        # with The Globe and Mail’s Marie Tremblay …", "… told the FT's Henry Foy" — she asks.
        owned_with = _WITH_OUTLETS_JOURNALIST.search(lead)
        if owned_with is None and said is not None:
            # The journalist named by their post in the interview's own phrase: "In an
            # interview with Ukrinform correspondent Olena Kravets in Kyiv, Deputy Foreign
            # Minister Taras Melnychuk spoke about …" — she asks.
            owned_with = _POSTED_ASKER_IN.search(lead, said.start(), said.start("who"))
        if owned_with is None:
            # The outlet's own journalist, "our" by post: "… where he spoke with our
            # correspondent Zeinab Haidar about …" (Al Mayadeen) — she asks.
            owned_with = _OUR_ASKER.search(lead)
        if owned_with is None:
            # The agency's journalist by post in the interview's phrase, whoever spoke to him:
            # "Foreign Minister Rashid Meredov spoke in an interview with TASS correspondent
            # Andrei Vorobyov about …" — he asks.
            owned_with = _CONVERSATION_WITH_ASKER.search(lead)
        asker = name_from_phrase(owned_with.group("n")) if owned_with is not None else None
        if asker is not None and asker.has_full_given:
            out.append(("interview by", asker))
        if not out:
            # The series' lead says whom this conversation is with: "This conversation with Dr.
            # Anika Rahman – senior fellow at the Delta Institute – is the 40th in …").
            this = _THIS_CONVERSATION.search(lead)
            who = this.group("who") if this is not None else ""
            name = name_from_phrase(who) if who else None
            if name is not None and name.has_full_given and not _news_outlet(who):
                out.append(("interview with", name))
        if not out:
            # An explainer's standfirst says who answers its unlabelled questions, in the
            # present tense: "With attacks on commercial vessels resuming, Dr Layla Haddad
            # explains what is driving the Houthis, …" (Chatham House's expert comment).
            explains = _EXPLAINS.search(lead)
            name = name_from_phrase(explains.group("who")) if explains is not None else None
            if name is not None and name.has_full_given:
                out.append(("interview with", name))
        if not out:
            # A pronoun that "spoke" with no one named is the interviewee the lead has just
            # introduced (The National: "Karim Al Jubouri, Iraq’s deputy minister of water
            # resources, has spent … / He spoke in his office overlooking the Tigris about the
            # negotiations …").
            spoke = _PRONOUN_SPOKE.search(lead)
            name = _lead_subject(lead[: spoke.start()]) if spoke is not None else None
            if name is not None:
                out.append(("interview with", name))
        if not out:
            # A pronoun that sat down with the outlet is the one office holder the sentence
            # before it names (Bangkok Post: "With fighting near Myawaddy …, Deputy Foreign
            # Minister Thanakorn Wiriyakul is the government's point man on Myanmar. He sat down
            # with the Bangkok Post at the ministry this week. Excerpts:").
            sat = _PRONOUN_SAT_WITH.search(lead)
            name = _titled_in_sentence_before(lead, sat.start()) if sat is not None else None
            if name is not None:
                out.append(("interview with", name))
        return out
    # "Bridget Colquhoun spoke to Marcus Hale on LBC" says nothing of who asks: only the
    # writer ("I", "We") or an outlet ("Meduza", "The Kyiv Independent") — a subject no given
    # name precedes anywhere in the lead — is the asking side.
    # "… a cautious Democrat. I spoke by phone with Marsh": the sentence before is not the subject.
    subj = re.sub(r"^.*[.!?][ \t]+(?=(?:I|We)$)", "", met.group("subj"))
    # (so for an outlet: "… since December. The Kyiv Independent spoke with …" — a word of
    # four lowercase letters closes the sentence, no "Dr." or "Gov." before a name)
    subj = re.sub(r"^.*[a-z]{4}[.!?][ \t]+(?=[A-Z])", "", subj)
    # A pronoun subject is the interviewee the lead has just introduced, and the person spoken
    # with is the journalist: "Mihaela Rusu has been Moldova’s deputy prime minister … / She
    # spoke with Hanna Lindqvist, the editor of Strategic Europe, in Chișinău".
    if subj in ("He", "She") and met.group("who") not in ("him", "her"):
        journalist = name_from_phrase(met.group("who"))
        if journalist is None or not journalist.has_full_given:
            return out
        top = first_line(lead)
        if fold(met.group("who")) == fold(re.sub(r"^(?i:the)[ \t]+", "", top)) or _news_outlet(
            met.group("who")
        ):
            # The masthead atop the page is the outlet, no journalist: "AFRICAN ARGUMENTS" over
            # "… She spoke to African Arguments from Abuja."
            return out
        name = _last_subject(lead[: met.start()], journalist)
        name = name or _most_named(lead, lead[: met.start()], [journalist], once=True)
        if name is None:
            return out
        return [("interview with", name), ("interview by", journalist)]
    # The one spoken to is the byline's own writer: she asks, and the subject is the person
    # the lead has introduced (The Scotsman: "By Fiona Baird" / "Kirsteen Moffat was appointed
    # Minister for Islands … The MSP for Argyll and Bute spoke to Fiona Baird in Oban").
    author = _en_byline(lead)
    spoken_to = name_from_phrase(met.group("who"))
    if author is not None and spoken_to is not None and spoken_to.surname == author.surname:
        name = _last_subject(lead[: met.start()], author)
        name = name or _most_named(lead, lead[: met.start()], [author], once=True)
        return [] if name is None else [("interview with", name), ("interview by", author)]
    # The site's own name atop the page is an outlet, however many words: "Novaya Gazeta Europe"
    # over the menu, then "Novaya Gazeta Europe spoke to him about emigration …".
    masthead = first_line(lead)
    # The outlet's own journalist, named with it: "Meduza’s Daria Kozlova spoke with Sorokin
    # about …", "TOI's Rohit Mehra met her …" — she asks.
    owned = re.fullmatch(
        rf"(?:The[ \t]+)?[{UPPER}][\w.\-]*(?:[ \t]+[{UPPER}][\w.\-]*)?['’]s[ \t]+"
        rf"(?P<n>{_PERSON_PAIR})",
        subj,
    )
    if owned is None:
        # The outlet's journalist named by their post: "Devex Senior Reporter Rhys Callahan spoke
        # with her …", "… says Nikkei Asia correspondent Mai Tanaka, who met him …" — she asks.
        owned = _POSTED_ASKER.search(lead, max(0, met.start() - 60), met.end("subj"))
    asker = name_from_phrase(owned.group("n")) if owned is not None else None
    if asker is not None and not asker.has_full_given:
        asker = None
    if asker is None and subj != masthead and _author_line(lead[: met.start()], subj):
        # The page's own author, a line of her own over her post, spoke with the one who
        # answers (Human Rights Watch: "Mariam Osei" / "Communications Officer, Africa
        # Division" / … "Mariam Osei spoke with Jean-Baptiste Kaboré, senior Sahel researcher
        # …"): she asks.
        asker = name_from_phrase(subj)
        if asker is not None and not asker.has_full_given:
            asker = None
    hosted = _SPOKE_WITH_HOST.match(lead, met.end("subj"))
    if asker is None and hosted is not None and len(subj.split()) == 1:
        # "Lise Thibodeau has banked … Thibodeau spoke with As It Happens host Nil Köksal.":
        # the surname's full form answers, the host by post asks.
        name = _full_in(lead, subj)
        journalist = name_from_phrase(hosted.group("n"))
        if (
            name is not None
            and name.has_full_given
            and journalist is not None
            and journalist.has_full_given
            and journalist.key != name.key
        ):
            return [("interview with", name), ("interview by", journalist)]
    if (
        asker is None
        and subj not in ("I", "We", masthead, re.sub(r"^The[ \t]+", "", masthead))
        and (
            (len(subj.split()) > 1 and not subj.startswith("The "))
            or re.search(rf"[{UPPER}][{LOWER}]+[ \t]+{re.escape(subj)}(?![\w])", lead) is not None
        )
    ):
        return out
    author = _en_byline(lead)
    who = met.group("who")
    if who in ("him", "her"):
        others = [author] if author is not None else []
        name = _most_named(lead, lead[: met.start()], others, outlet=subj, once=True)
        if name is None and asker is not None and met.group(0).split()[-2] == "asks":
            # "Owen Pryce and his father, Dai, milk 200 cows … Dairy reporter Clara Moss
            # asks him what changed": "him" is whom the lead's last sentence that opens
            # with a full name is about.
            name = _last_subject(lead[: met.start()], asker)
        if name is None and subj != "I" and subj not in ("He", "She"):
            # "Darlene Boudreau has fished out of Wedgeport for 31 years and has led … since
            # 2021. The Chronicle Herald spoke with her on the eve of …": where the lead's
            # other names tie, "her" is whom the sentence before, in the same paragraph, opens
            # with in full.
            para = lead[lead.rfind("\n", 0, met.start()) + 1 : met.start()]
            name = _last_subject(para, author or asker or Name((), "", None, False))
    else:
        name = name_from_phrase(who)
        if name is not None and not name.has_full_given:
            name = _full_in(lead, name.surname)
    if name is None:
        return out
    out.append(("interview with", name))
    if asker is not None and asker.key != name.key:
        out.append(("interview by", asker))
    elif subj in ("I", "We") and author is not None and author.key != name.key:
        out.append(("interview by", author))
    return out


# "He spoke in his office … about …", "She spoke from Geneva on …": the interview itself, told
# of a pronoun, no one named as the other side ("He spoke to Reuters" is _EN_MET's).
_PRONOUN_SPOKE = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"”’)][ \t]))(?:He|She)[ \t]+(?:spoke|talked)\b"
    r"(?![ \t]+(?:with|to)\b)[^.!?\n]{0,120}?\b(?:about|of|on)\b",
    re.MULTILINE,
)
# "He sat down with the Bangkok Post …", "She spoke to The Tyee …": a pronoun meeting an outlet.
_PRONOUN_SAT_WITH = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"”’)][ \t]))(?:He|She)[ \t]+"
    r"(?:sat[ \t]+down|spoke|talked)[ \t]+(?:with|to)[ \t]+(?:the[ \t]+)?[A-Z]",
    re.MULTILINE,
)
# (a lookahead, so "Deputy Foreign Minister Thanakorn Wiriyakul" is tried at every word)
_TITLED_PAIR = re.compile(
    rf"(?<![{UPPER}{LOWER}])(?=([{UPPER}][{LOWER}]+\.?)[ \t]+"
    rf"(?P<n>{_PERSON_PAIR})(?![{UPPER}{LOWER}]))"
)


def _titled_in_sentence_before(lead: str, at: int) -> Name | None:
    """The one person the sentence right before ``at`` (same paragraph) names in full after an
    office word ("… Deputy Foreign Minister Thanakorn Wiriyakul is …"); None when not one."""
    before = lead[:at].rstrip()
    para = before[before.rfind("\n") + 1 :]
    sentences = re.split(r"(?<=[.!?])[ \t]+(?=[A-Z])", para)
    if not sentences:
        return None
    found = {
        name.key: name
        for m in _TITLED_PAIR.finditer(sentences[-1])
        if is_title_token(m.group(1).rstrip("."))
        for name in [name_from_phrase(m.group("n"))]
        if name is not None
        and name.has_full_given
        and not is_title_token(m.group("n").split()[0])
        and not _news_outlet(m.group("n"))
    }
    return next(iter(found.values())) if len(found) == 1 else None


# A lead's paragraph that opens with a person's full name and their post or a verb: "Karim Al
# Jubouri, Iraq’s deputy minister of water resources, has spent …".
_LEAD_SUBJECT = re.compile(
    # (a double-barrelled surname keeps its second capital: "Amara Okonjo-Reyes, an …"; an
    # Arabic or Dutch one its lower-case particle: "Mahmoud el-Tayeb, who served …")
    rf"^[ \t]*(?P<n>[{UPPER}][{LOWER}]+(?:[ \t]+(?:(?:al|el|ad|as|ash|az|ul)-|(?:van|von|de|der"
    rf"|den|da|di|du|ter|ten)[ \t]+(?:der[ \t]+|den[ \t]+)?)?"
    rf"[{UPPER}][{LOWER}'’\-]+(?:-[{UPPER}][{LOWER}'’]+)?){{1,3}})"
    # (an alumni magazine's class year after the name: "Ruth Adeyemi-Clarke ’98 has spent …")
    rf"(?:[ \t]+[’'‘]\d{{2}})?(?:,|[ \t]+[{LOWER}])",
    re.MULTILINE,
)


# Honorifics written as part of a full name ("Sir Richard Hartley", "Dame Sarah Kent").
_HONORIFICS = frozenset({"Sir", "Dame", "Lord", "Lady", "Baroness", "Baron"})


# Forms of address before a full name, no post ("Dr Maarten van Rooij", "Prof. Ana Silva").
_ADDRESS_FORMS = frozenset({"Dr", "Prof", "Professor", "Mr", "Mrs", "Ms"})


def _headlined_subject(lead: str, asker: str | None) -> str | None:
    """The interviewee of a profile interview whose lead opens a paragraph with their full name,
    the name its headline writes too (the Irish Times: "‘We will not build …’: Housing Minister
    Deirdre Moylan on targets, …" / "Deirdre Moylan has been Minister for Housing for …"): both
    must agree, so a lead about someone else names no one. The page's masthead, its first line
    alone, is the outlet, no person ("Recycling Today spoke with …" under "Recycling Today")."""
    masthead = first_line(lead).strip()
    for m in reversed(list(_LEAD_SUBJECT.finditer(lead))):
        name = name_from_phrase(m.group("n"))
        first = m.group("n").split()[0]
        if (
            name is not None
            and m.group("n") != masthead
            and name.has_full_given
            # (an honorific is the name's, not a post: "Sir Richard Hartley was Nato's …"; a
            # form of address too: "Dr Maarten van Rooij, a Dutch water adviser, spoke to …")
            and (
                not is_title_token(first)
                or first in _HONORIFICS
                or first.rstrip(".") in _ADDRESS_FORMS
            )
            and name.display() != asker
            and lead.count(name.display()) >= 2
        ):
            return name.display()
    return None


# A photo caption that is a full name, the person's post and the credit: "Clare Whitby, chief
# executive, Water Services Regulation Authority. Credit: Ofwat".
_POST_CAPTION = re.compile(
    rf"^[ \t]*(?P<n>{_PERSON_PAIR}),[ \t]+[^\n]{{3,160}}?[.,]?[ \t]+"
    r"(?:Credit|Photo(?:graph)?|Picture|Image)[ \t]*:[^\n]*$",
    re.MULTILINE,
)


def _post_captioned(lead: str, asker: str | None) -> str | None:
    """The interviewee of a Q&A whose lead names them only by post ("The new head of the water
    regulator tells Utility Week why …") but whose photo caption gives name and post: the one
    person so captioned (not the one who asks)."""
    return _one_captioned(_POST_CAPTION, lead, asker)


def _lead_subject(scope: str) -> Name | None:
    """The person the last paragraph of ``scope`` that opens with a full name is about."""
    for m in reversed(list(_LEAD_SUBJECT.finditer(scope))):
        name = name_from_phrase(m.group("n"))
        if (
            name is not None
            and name.has_full_given
            and not is_title_token(m.group("n").split()[0])
            and not _news_outlet(m.group("n"))
            and not _country(name.surname)
        ):
            return name
    return None


# A sentence opening with a person's full name and a lowercase word: "Mihaela Rusu has been …".
_EN_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"”’)][ \t]))[ \t]*(?P<n>{_PERSON_PAIR})[ \t]+[{LOWER}]",
    re.MULTILINE,
)


def _last_subject(scope: str, other: Name) -> Name | None:
    """The person the last sentence of ``scope`` that opens with a full name is about (not
    ``other``): whom a following "She …" / "He …" refers to."""
    for m in reversed(list(_EN_SUBJECT.finditer(scope))):
        name = name_from_phrase(m.group("n"))
        g = m.group("n").split()[0]
        if (
            name is not None
            and name.has_full_given
            and name.surname != other.surname
            and not is_title_token(g)
            and not _news_outlet(m.group("n"))
        ):
            return name
    return None


_QUOTED_TITLE = re.compile(r"[‘“][^‘’“”\n]{3,200}[’”]")


def _month_word(word: str) -> bool:
    """Is ``word`` an English month's name or abbreviation ("Sep", "September")?"""
    low = word.lower().rstrip(".")
    return low in EN_MONTH_NAMES or low in EN_MONTH_ABBREVIATIONS


# A compass word right before a region's name (see _most_named).
_REGION_BEFORE = re.compile(
    r"(?<![\w])(?i:(?:(?:south|north)(?:east|west)?|east|west)ern|central|coastal|rural)[ \t]+$"
)


def _most_named(
    lead: str, scope: str, others: Sequence[Name], outlet: str = "", once: bool = False
) -> Name | None:
    """The person an English lead speaks of most, in full: of the full names ``scope`` writes
    (not ``others``', nor two words of the ``outlet``'s name: "Novaya Gazeta"), the one whose
    surname recurs most in ``lead``, at least twice and more than any other's ("Union minister
    Suresh Bhandarkar says … Bhandarkar also spoke about …"). With ``once``, the one person
    ``scope`` names at all may be named only once ("Natalya Lebedeva served … She left Russia
    … Novaya Gazeta Europe spoke to her …": "her" can be no one else)."""
    counts: dict[str, int] = {}
    # The site's own name atop the page is the outlet, however often the lead repeats it:
    # "Utility Week" / "… tells Utility Week why she thinks …".
    masthead = re.sub(r"^[Tt]he[ \t]+", "", first_line(lead))
    # A quoted headline's Title Case words name no one: "Western Diplomat: ‘Nobody Will Hand
    # Kosovo a Deadline …’" — nor does a country, however often the lead writes it.
    quoted = [q.span() for q in _QUOTED_TITLE.finditer(scope)]
    for m in _EN_PAIR.finditer(scope):
        g, s = m.group(1), re.sub(r"['’]s?$", "", m.group(2))
        if (
            is_title_token(g)
            or any(a <= m.start() < b for a, b in quoted)
            or _country(s)
            or s.lower() in _PLACE_NOUNS  # "the Black Sea grain talks": a sea, no person
            or {g, s} <= set(outlet.split())
            or f"{g} {s}" == masthead
            or any(s == o.surname for o in others)
            # A date's month is no surname: "Sep 3, 2024 Updated Sep 4, 2024".
            or (_month_word(s) and re.match(r"\.?[ \t]+\d", scope[m.end(2) :]) is not None)
            or name_from_phrase(f"{g} {s}") is None
            # A section in the page's breadcrumb is no person, however often the trail repeats
            # its word: "News / City News / Bengaluru News / … : Minister Priya Hegde".
            or _news_outlet(f"{g} {s}")
            # A publication is "the" one, a person never: "talks to The World Today".
            or not re.search(rf"(?<![Tt]he )(?<![\w]){re.escape(g)}[ \t]+{re.escape(s)}", lead)
            or _post_before_name(g, s, scope[m.end(2) :], lead)
            # A region is written after a compass word somewhere in the lead: "across
            # southwestern Nova Scotia", "in northern British Columbia" — no person.
            or any(
                _REGION_BEFORE.search(lead, max(0, r.start() - 30), r.start()) is not None
                for r in re.finditer(rf"(?<![\w]){re.escape(g)}[ \t]+{re.escape(s)}", lead)
            )
        ):
            continue
        counts[s] = len(re.findall(rf"(?<![\w]){re.escape(s)}(?![\w])", lead))
    # "Kari Aasen Holm": the middle word of a three-word name is no surname of its own.
    counts = {
        s: c
        for s, c in counts.items()
        if not any(re.search(rf"\b{re.escape(s)}[ \t]+{re.escape(o)}\b", lead) for o in counts)
    }
    # A body's noun is no one's surname, though it hides the words before it above: "a Friedman
    # School nutrition scientist" is no Mr School ("Water Services Regulation Authority" no Mr
    # Regulation either).
    counts = {s: c for s, c in counts.items() if s.lower() not in _BODY_NOUNS}
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if once and len(ranked) == 1:
        return _full_in(lead, ranked[0][0])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return _full_in(lead, ranked[0][0])


# An English interview's signature line: "Interview by Claire Duval", "Interviewed by …".
# The Chatham House's adds the writer's post: "Interview by Eleanor Marsh, Deputy Editor, The
# World Today."
_EN_SIGNATURE = re.compile(
    # (a page whose paragraphs are single lines sets it on a line of its own, no blank line
    # above: Ukrinform's English "Ukrinform: Thank you for the conversation." / "Interviewed by
    # Iryna Kovalenko")
    rf"\n(?:[ \t]*\n)?[ \t]*(?:Interview(?:ed)?|Conducted)[ \t]+by[ \t]+(?P<n>{_PERSON_PAIR})"
    r"(?:,[ \t]+[^\n.!?]{2,80}\.)?[ \t]*$"
    # The editing note on the same line: "Interview by Hannah Brooks. This interview has been
    # edited and condensed for clarity."
    rf"|\n[ \t]*\n[ \t]*(?:Interview(?:ed)?|Conducted)[ \t]+by[ \t]+(?P<n3>{_PERSON_PAIR})\.[ \t]+"
    r"(?:This|The)[ \t]+(?:interview|conversation|transcript)\b[^\n]{0,200}$"
    # An editing note in italics: "_The interview was conducted by Jakub Nowicki. It has been
    # translated from Polish and edited for length and clarity._"
    r"|\n[ \t]*\n[ \t]*[_*]{0,2}(?:The|This)[ \t]+(?:interview|conversation)[ \t]+was[ \t]+"
    rf"(?:conducted|carried[ \t]+out)[ \t]+by[ \t]+(?P<n2>{_PERSON_PAIR})\b[^\n]{{0,200}}$"
    # A footnote to the byline's asterisk ("By the Courier staff*"), or a note of its own: "*
    # Yusuf al-Masri is the Courier's East Africa correspondent. He conducted this interview at
    # the Danish embassy in Nairobi." A trade site sets it in a box under its heading: "About
    # the contributor" / "Owen Baptiste is a freelance energy reporter … He conducted this
    # interview for Smart Cities Dive." Newsroom's box heading is the bare word: "Contributor" /
    # "Hana Whitaker is Newsroom's political editor. She conducted this interview, …".
    r"|\n[ \t]*\n(?:[ \t]*(?:About[ \t]+the[ \t]+(?:contributor|author|writer|interviewer)"
    r"|Contributor|Author|Interviewer)s?[ \t]*\n)?"
    r"[ \t]*[*†]?[ \t]*"
    rf"(?P<n4>[{UPPER}][{LOWER}]+[ \t]+(?:(?:al|el|ad|bin|ibn|de|da|van|von|der|la)[ \t\-]+)*"
    rf"[{UPPER}][{LOWER}'’\-]+)[ \t]+is[ \t]+[^\n.!?]{{2,120}}\.[ \t]+(?:He|She|They)[ \t]+"
    r"conducted[ \t]+(?:this|the)[ \t]+(?:interview|conversation)\b[^\n]{0,200}$"
    # A Russian or Ukrainian page's authors box under the piece, its heading a line of its own
    # over one full name alone (РБК: "Читайте также" / … / "Авторы" / "Анастасия Литвинова" /
    # "Теги"); never two names, a line each (two writers name no asker).
    r"|\n[ \t]*(?:Авторы|Автор|Автори|Авторка)[ \t]*:?[ \t]*\n[ \t]*"
    r"(?P<n5>[А-ЯЁІЇЄҐ][а-яёіїєґ]+[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+)[ \t]*$"
    r"(?![ \t]*\n[ \t]*[А-ЯЁІЇЄҐ][а-яёіїєґ]+[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+[ \t]*(?:\n|$))",
    re.MULTILINE,
)


def _signer(signed: re.Match[str]) -> Name | None:
    """The journalist an _EN_SIGNATURE match names."""
    return name_from_phrase(
        signed.group("n")
        or signed.group("n2")
        or signed.group("n3")
        or signed.group("n4")
        or signed.group("n5")
        or ""
    )


def _en_signature(text: str, body_end: int) -> tuple[int, Name] | None:
    """Where a labelled page's closing "Interview by X" signature starts (among the last three
    paragraphs of the body or in what follows it), and X; None when there is none."""
    paras = [m.start() for m in re.finditer(r"\n[ \t]*\n", text[:body_end])][-3:]
    if not paras:
        # A page set in single lines, no blank line anywhere in the body: its last lines.
        paras = [m.start() for m in re.finditer(r"\n", text[:body_end])][-3:]
    if not paras:
        return None
    signed = _EN_SIGNATURE.search(text, paras[0], min(len(text), body_end + 400))
    if signed is None or not re.search(r"[.!?…\"”»’)]$", text[: signed.start()].rstrip()):
        return None
    name = _signer(signed)
    return (len(text[: signed.start()].rstrip()), name) if name is not None else None


def _trim_narration(
    text: str, start: int, end: int, answerer: str | None, author: str | None = None
) -> int:
    """Cut the author's narration off the end of an unlabelled answer: closing paragraphs that
    speak of the interviewee in the third person, opening with their surname and a lowercase
    verb ("Сидоренко показує на екрані ноутбука таблицю з цінами …", "Kessler pauses before
    answering."). Nobody opens their own words with their own surname.

    The writer's bio under the last answer goes too, with all below it: it opens with the
    author's full name and a lowercase verb ("Rachel Okafor covers Congress for The Times …")."""
    surname = answerer.split()[-1] if answerer else None
    if surname:
        opener = re.compile(
            rf"[ \t]*(?:[{UPPER}][{LOWER}'’\-]+[ \t]+)?{re.escape(surname)}[ \t]+[{LOWER}]"
        )
        while (para := text.rfind("\n\n", start, end)) > start:
            if opener.match(text, para + 2) is None:
                break
            end = start + len(text[start:para].rstrip())
    # The interviewer's signature under the last answer, with all below it: "Interview by
    # Claire Duval" (Le Monde), then the translation notice.
    signed = _EN_SIGNATURE.search(text, start, end)
    if signed is not None and re.search(r"[.!?…\"”»’)]$", text[start : signed.start()].rstrip()):
        end = start + len(text[start : signed.start()].rstrip())
    if author is not None and len(author.split()) >= 2:
        bio = re.compile(rf"\n[ \t]*\n[ \t]*{re.escape(author)}[ \t]+[{LOWER}]")
        found = bio.search(text, start, end)
        if found is not None and re.search(r"[.!?…\"”»’)]$", text[start : found.start()].rstrip()):
            end = start + len(text[start : found.start()].rstrip())
    return end


_QUESTION_NUMBER = re.compile(r"[ \t]*(\d{1,2})[.)][ \t]+")


def _bold_dialogue(
    text: str, body_end: int, header: list[tuple[str, Name]], *, labelled_lead: bool = False
) -> tuple[Span, ...]:
    """Web interviews that print each question as a bold paragraph and the answer below it,
    with no labels at all:

        **High Representative, is Europe ready?**

        Not yet. But we are closer than we were.

    Used only when most bold paragraphs ask, at least two do, each is followed by plain text,
    and little stands before the first (an article's bold subheadings are no questions). Who asks
    and who answers come from the header ("Interview by X", "an interview with Y"), or null."""
    found = [
        m
        for m in _BOLD_PARA.finditer(text, 0, body_end)
        if _paragraph_alone(text, m)
        or _over_dashed_answer(text, m)
        or _over_plain_answer(text, m)
        or _under_glued_heading(text, m)
    ]
    # A page that parts every paragraph by a single newline sets its bold dashed questions
    # right under the line above them ("– … и торговые сети." / "**– А что с флотом? …?**" /
    # "– Выполняется, …"); only those under a blank line or a caption pass the gates above, so
    # where any other asks over its dashed answer this reader would see half the dialogue and
    # run answers over the questions it missed: the paragraph reader takes the page whole.
    taken = {m.start() for m in found}
    if found and any(
        _under_line_over_dashed_answer(text, m)
        for m in _BOLD_PARA.finditer(text, 0, body_end)
        if m.start() not in taken
    ):
        return ()
    subheads: list[int] = []
    italic = False
    if len(found) < 2:
        # Rest of World sets its questions as Markdown headings, no bold at all ("### Where is
        # the data stored, and who can see it?"): headings that close a sentence read as the
        # bold paragraphs do (a section heading has no stop, and stays the answer's furniture).
        found = [m for m in _HEADING_PARA.finditer(text, 0, body_end) if _paragraph_alone(text, m)]
        # A heading question whose "?" the page dropped ("### С чем к вам чаще всего
        # обращаются"): a question word, four words or more, no stop (``_bold_lost_mark``).
        found += [
            m
            for m in _HEADING_ANY.finditer(text, 0, body_end)
            if _paragraph_alone(text, m)
            and not re.search(r"[.?!…:;,][\"”»’)]*$", m.group("q"))
            and _bold_lost_mark(m.group("q"))
        ]
        found.sort(key=lambda m: m.start())
    if len(found) < 2:
        # A page that sets its questions in italics and nothing in bold but a subheading
        # (Вятский наблюдатель: "*Валентина Петровна, сколько сейчас в библиотеке книг?*" /
        # "Чуть больше девяти тысяч. …" / "**Продолжение**"): the italic paragraphs read as
        # the bold ones do, under the same gates.
        found = [m for m in _ITALIC_PARA.finditer(text, 0, body_end) if _paragraph_alone(text, m)]
        italic = True
        # The italic dek under the headline ("*Kenya’s former climate envoy talks to The World
        # Today about …*") is no question: the dialogue starts at the first italic one that asks.
        # A prompt that ends in a colon asks too ("*С чего все началось:*" / "С кофейни на
        # десять посадочных мест. …"), as a dek does not.
        while found and not (
            _ends_with_question(found[0].group("q"))
            or (found[0].group("q").rstrip("*_ ").endswith(":") and len(found) >= 3)
        ):
            found.pop(0)
        # There a bold paragraph right over an italic question that closes no sentence is a
        # subheading ("**Продолжение**"): the page's, and the answer above ends before it.
        subheads = [
            b.start()
            for b in _BOLD_PARA.finditer(text, 0, body_end)
            if _paragraph_alone(text, b)
            and not re.search(r"[.!?…:;,][\"”»]*$", b.group("q").strip())
            and any(m.start() > b.end() and not text[b.end() : m.start()].strip() for m in found)
        ]
    # Glued questions count only beside bold paragraphs of their own, on a plain line (not
    # inside a bold one), with a blank line or the text's end below.
    glued = [
        m
        for m in _GLUED_BOLD.finditer(text, 0, body_end)
        if _BOLD_OPEN.match(text, text.rfind("\n", 0, m.start()) + 1) is None
        and _PARA_END.match(text, m.end()) is not None
    ]
    # A bold question with its answer glued on after it, the break lost in the scrape ("**– А
    # страхування суден подешевшало?**– Подешевшало, але не настільки …"): the question is a
    # bold paragraph of its own, the answer the rest of the line.
    glued += [
        m
        for m in _BOLD_THEN_ANSWER.finditer(text, 0, body_end)
        if m.start() == 0 or text[: m.start()].rstrip(" \t").endswith("\n\n")
    ]
    # A page set wholly in those dashed one-line exchanges has no bold paragraph of its own:
    # three of them or more read as the dialogue by themselves.
    dashed_lines = [
        m
        for m in _DASHED_BOLD_THEN_ANSWER.finditer(text, 0, body_end)
        if m.start() == 0 or text[: m.start()].rstrip(" \t").endswith("\n\n")
    ]
    glued += [m for m in dashed_lines if all(g.start() != m.start() for g in glued)]
    own_lines = len(dashed_lines) >= 3
    run_in_page = False
    # A page set wholly in one-line exchanges with no dash, the bold question running straight
    # into its answer ("**И сколько это будет?** Базово — не менее …"): where three such lines
    # or more ask, and they are most of the paragraphs that open in bold, each paragraph that
    # opens in bold is an exchange, its bold part the question "?" or not ("**Регионы ведь уже
    # платят свои надбавки.** Платят, но …"). An article's bold run-in heads ("**Москва.**
    # …") ask nothing.
    if len(found) < 2 and not own_lines:
        run_ins = [
            m
            for m in _BOLD_RUN_IN.finditer(text, 0, body_end)
            if m.start() == 0 or text[: m.start()].rstrip(" \t").endswith("\n\n")
        ]
        asking_run_ins = [
            m for m in run_ins if _ends_with_question(m.group("q")) or _bold_lost_mark(m.group("q"))
        ]
        # (The closing thanks, "**Спасибо за разговор.** Спасибо вам.", counts neither way.)
        remarks = sum(_REMARK.search(m.group("q")) is not None for m in run_ins)
        if len(asking_run_ins) >= 3 and len(asking_run_ins) >= 0.5 * (len(run_ins) - remarks):
            glued = run_ins
            own_lines = run_in_page = True
    found = (
        sorted([*found, *glued], key=lambda m: m.start()) if len(found) >= 2 or own_lines else found
    )
    # Republic labels only the first exchange, the label alone in bold ("**Republic:** Марина,
    # насколько …?" / "**Марина Зайцева:** Общая сумма …"), then bold questions and plain
    # answers: the labelled question opens the dialogue, its label naming who asks.
    # (Where the label finder took that exchange's labels, ``labelled_lead``, they are its.)
    first_label = (
        _labelled_first_question(text, found) if len(found) >= 2 and not labelled_lead else None
    )
    if first_label is not None:
        found = [first_label, *found]
    # АиФ sets its lead in bold too, over the first bold question ("**Весной число заявлений
    # … рассказала начальник управления ЗАГС Пермского края Ирина Самохвалова.**" / "**Ирина
    # Анатольевна, правда ли, …?**"): a long first bold paragraph that asks nothing and
    # tells whom the paper spoke with is the lead, no part of the first question.
    if (
        len(found) >= 3
        and not _ends_with_question(found[0].group("q"))
        and len(found[0].group("q").split()) >= 30
        and any(
            k.startswith(_INTERVIEWEE_KINDS)
            for k, _ in (
                *_lead_people_ru(found[0].group("q")),
                *_lead_people_en(found[0].group("q")),
            )
        )
    ):
        found = found[1:]
    # A magazine sets its headline in bold too, over the dek and the lead ("**The epidemiologist
    # who counts heat deaths nobody else will**" / "Public health researcher … Interview by …"):
    # a first bold paragraph that neither asks nor closes a sentence, with no prose above it,
    # is the page's title where every other bold paragraph asks (three or more).
    if (
        len(found) >= 4
        and not _para_asks(found[0].group("q"))
        and not re.search(r"[.!?…:;,][\"”»*_]*$", found[0].group("q").strip())
        and not re.search(r"[.!?…][\"”»)]*[ \t]*$", text[: found[0].start()], re.MULTILINE)
        and all(_para_asks(m.group("q")) for m in found[1:])
    ):
        found = found[1:]
    # One question set as two bold paragraphs ("**Люди скаржаться, що комісії місяцями не
    # можуть оцінити пошкодження.**" / "**Чому так відбувається?**"): a bold sentence with
    # nothing but a blank line before a bold question is that question's first part. Headings
    # end in no sentence mark, so two of them in a row still stop the dialogue below.
    groups: list[list[re.Match[str]]] = []
    for m in found:
        prev = groups[-1][-1] if groups else None
        if (
            prev is not None
            and not text[prev.end() : m.start()].strip()
            and re.search(r"[.!…][\"”»]*$", prev.group("q").strip())
            and (
                _ends_with_question(m.group("q"))
                # An italic prompt's second part may end in a colon, as a whole one may ("_…
                # Кажуть, закупники дають копійки._" / "_Чи вигідно взагалі зараз тримати
                # пасіку:_"): the italics make both parts the interviewer's.
                or (italic and len(found) >= 3 and m.group("q").rstrip("*_ ").endswith(":"))
            )
        ):
            groups[-1].append(m)
        else:
            groups.append([m])
    paras = [(g[0], g[-1]) for g in groups]
    # A bold prompt that ends in a colon over a dashed answer ("**Посещаемость за год выросла.
    # За счет чего:**" / "— В первую очередь за счет школьников. …"): where two such prompts or
    # more each stand over a dash, the page sets its questions so, as an italic page does. (A
    # lone "**Справка:**" over a dashed list is one, and asks nothing.)
    colon_dashed = [
        last.group("q").rstrip("*_ ").endswith(":")
        and _DASH_PARA.match(text[last.end() :].lstrip(" \t\n")) is not None
        for _, last in paras
    ]
    bold_colons = not italic and len(found) >= 3 and sum(colon_dashed) >= 2
    # Or over a plain answer (Номер один: "**Чи є різниця між польським і тернопільським
    # гостем:**" / "Величезна. У Вроцлаві …"): three such prompts or more, each of a clause's
    # length, set the page's questions so; a lone "**Справка:**" or "**Главное:**" is furniture.
    colon_plain = [
        last.group("q").rstrip("*_ ").endswith(":")
        and len(last.group("q").split()) >= 3
        and re.match(r"[^\s*_#>|—–-]", text[last.end() :].lstrip(" \t\n")) is not None
        for _, last in paras
    ]
    if not italic and not bold_colons and len(found) >= 3 and sum(colon_plain) >= 3:
        colon_dashed, bold_colons = colon_plain, True
    asking = [
        _ends_with_question(last.group("q"))
        or bool(_PROMPT.match(first.group("q")))
        or _bold_lost_mark(last.group("q"))
        # An italic prompt that ends in a colon ("*С чего все началось:*", "*А потом:*"): the
        # italics, a question's type on such a page, make it the interviewer's.
        or (italic and len(found) >= 3 and last.group("q").rstrip("*_ ").endswith(":"))
        or (bold_colons and colon_dashed[i])
        for i, (first, last) in enumerate(paras)
    ]
    # A bold section heading set right over the next bold question, nothing between
    # ("**ДОРОГИ І МОСТИ**" / "**Водії скаржаться, що ремонти тягнуться місяцями. Чому?**"):
    # it asks nothing and closes no sentence; the page's, not a turn, and the answer above it
    # ends before it. (Set aside before the share of questions is counted: RBC heads each
    # section so, "**О ценах**", and a bold remark without "?" counts against it too.)
    # (The next one may ask first and give its premise after: "**Робота**" / "**А з роботою
    # як? Переселенці кажуть, що роботодавці неохоче їх беруть.**".)
    headings = [
        i
        for i in range(len(paras) - 1)
        if not asking[i]
        and (asking[i + 1] or "?" in text[paras[i + 1][0].start("q") : paras[i + 1][1].end("q")])
        and not text[paras[i][1].end() : paras[i + 1][0].start()].strip()
        and not re.search(r"[.!?…:;,][\"”»]*$", paras[i][1].group("q").strip())
    ]
    heading_starts = [paras[i][0].start() for i in headings] + subheads
    paras = [p for i, p in enumerate(paras) if i not in headings]
    asking = [q for i, q in enumerate(asking) if i not in headings]
    # The interviewer's closing thanks in bold ("**— Спасибо за беседу.**" / "— Спасибо вам.")
    # asks nothing, yet is no heading either: it does not count against the questions' share.
    thanks = sum(
        not q and _REMARK.search(text[m.start("q") : last.end("q")]) is not None
        for (m, last), q in zip(paras, asking, strict=True)
    )
    # Where most exchanges are those dashed lines, the two dashes say who speaks: a bold remark
    # or challenge without "?" ("**— Понятно.** — И ещё. …") does not count against the share.
    # (So on a page of undashed run-in exchanges, whose share was weighed above.)
    dashed_share = run_in_page or (own_lines and len(dashed_lines) >= 0.8 * len(paras))
    if sum(asking) < 2 or (not dashed_share and sum(asking) < 0.6 * (len(paras) - thanks)):
        return ()
    intro = text[_body_start_for_statement(text, paras[0][0].start()) : paras[0][0].start()]
    # Only the intro's sentences count, as in a dash dialogue: Vedomosti sets its headline, dek,
    # byline, date, a rubric ("Интервью") and a photo caption over the lead, none of them prose
    # ("Марина Ковалева, генеральный директор «Ладьи» / Андрей Гордеев / Ведомости").
    prose = [ln for ln in intro.split("\n") if re.search(r"[.!?…][\"”»)]*[ \t]*$", ln)]
    prose_words = sum(len(ln.split()) for ln in prose)
    # The lead above the first question names who answers in running prose ("«Українська
    # правда» поговорила із заступником міністра енергетики Олегом Бондарем …", "Meduza spoke
    # with Dunaeva about …"); the header read for a labelless text stops above it, as in a
    # plain dialogue.
    lead = text[: min(paras[0][0].start(), 3000)]
    header, told = _with_lead_people(header, lead)
    # A print interview's lead runs to several paragraphs (who the interviewee is, where they
    # met, "This interview has been edited and condensed."): a long intro is allowed when it
    # says it leads into an interview and names who answers; else an article's bold questions
    # under a long story are its subheadings.
    # Le Monde says so in its rubric and names who answers in the headline instead ("Étienne
    # Marchal: ‘A Europe that signs anything …’" / "Interview | France’s minister for Europe
    # explains …"): a header's interviewee on a page that calls itself an interview serves too.
    # A labelled first exchange right above (``labelled_lead``) says so too, as in a dash
    # dialogue: its words stand in the intro and are no article's lead.
    says = (
        labelled_lead
        or any(k.startswith(_INTERVIEWEE_KINDS) for k, _ in told)
        or (
            any(k.startswith(_INTERVIEWEE_KINDS) for k, _ in header)
            and _INTERVIEW_WORD.search(text[: paras[0][0].start()]) is not None
        )
    )
    if prose_words > 80 and not says and _INTERVIEW_WORD.search(lead) is not None:
        # Notes from Poland names the interviewee only in the photo caption, the headline and
        # lead by post ("… interview with Poland’s deputy climate minister" / "_Deputy Climate
        # Minister Agnieszka Wróblewska during a visit …_"), and the first question addresses
        # them by that post ("**Minister, coal still produces …?**"): that says it as well.
        first_q = next((text[m.start("q") : la.end("q")] for m, la in paras), "")
        says = _addressed_in_lead(first_q, lead, None) is not None
    if prose_words > 80 and (prose_words > 400 or not says):
        return ()
    interviewees = [n for k, n in header if k.startswith(_INTERVIEWEE_KINDS)]
    interviewers = [n for k, n in header if k.startswith(_INTERVIEWER_KINDS)]
    answerer = _fullest(interviewees, text)
    asker = _fullest(interviewers, text)
    if asker is None:  # the single author under the headline asks, as in a dash dialogue
        author = _name_over_date(text[: paras[0][0].start()], interviewees)
        if author is None:
            # The byline over the lead ("By Claire Duval" / "Published on February 11, …") or
            # the signature under the last answer ("Interview by Claire Duval").
            signed = _EN_SIGNATURE.search(text, paras[-1][1].end(), len(text))
            author = _signer(signed) if signed else None
            author = author or _en_byline(text[: paras[0][0].start()])
            if author is not None and any(n.surname == author.surname for n in interviewees):
                author = None
        asker = author.display() if author is not None else None
    # Lenta.ru labels only its first bold question with the outlet ("**«Лента.ру»: По данным
    # Росстата, …?**"), the lead naming it too ("«Лента.ру» поговорила с …"): no journalist is
    # named, so the outlet asks, as a bare outlet label would; the label is no word of the turn.
    outlet_labels = [_OUTLET_OPENER.match(text, m.start("q"), last.end("q")) for m, last in paras]
    outlets = {
        o.group("o") or o.group("w")
        for o in outlet_labels
        if o is not None
        and (o.group("o") is not None or fold(o.group("w")) in NEWS_OUTLETS)
        and (o.group("o") or o.group("w")) in text[: paras[0][0].start()]
    }
    if asker is None and len(outlets) == 1:
        asker = outlets.pop()
    else:
        outlet_labels = [None] * len(paras)
    # AiF labels only the first exchange, by name: "**Татьяна Гуськова, «АиФ»: Игорь, какие
    # схемы …?**" / "**Игорь Рябинин:** Классика — …", then bold questions and plain answers.
    # The first question's own label names who asks, the first answer's who answers; neither
    # label is a word of its turn.
    if asker is None and first_label is not None:
        named = name_from_phrase(first_label.group("n"))
        if named is not None and named.has_full_given:
            asker = named.display()
        elif first_label.group("n") in text[: first_label.start()]:
            # "… Republic спросил у экономиста …": the outlet the lead names asks as written.
            asker = first_label.group("n")
    # A readers' Q&A opens each bold question with the reader who sent it ("**Tom Ellery,
    # Shrewsbury: Should Britain bring back …?**", "**A reader in Cardiff: How long …?**"): at
    # least two differently named readers, on half the questions or more, ask each as their
    # opener names (an unnamed reader as null); the opener is no word of the question.
    readers = [
        _PERSON_OPENER.match(text, m.start("q"), last.end("q"))
        or _READER_OPENER.match(text, m.start("q"), last.end("q"))
        for m, last in paras
    ]
    reader_names = [
        (n.display() if (n := name_from_phrase(r.group("n"))) and n.has_full_given else None)
        if r is not None and r.groupdict().get("n")
        else None
        for r in readers
    ]
    question_askers: list[str | None] | None = None
    if (
        sum(r is not None for r in readers) >= max(2, len(paras) / 2)
        and len({n for n in reader_names if n}) >= 2
    ):
        question_askers = [
            n if r is not None else asker for r, n in zip(readers, reader_names, strict=True)
        ]
        outlet_labels = list(readers)
    if asker is None and question_askers is None:
        m0, last0 = paras[0]
        own_q = _PERSON_OPENER.match(text, m0.start("q"), last0.end("q"))
        named = name_from_phrase(own_q.group("n")) if own_q is not None else None
        if own_q is not None and named is not None and named.has_full_given:
            asker = named.display()
            outlet_labels = [own_q, *[None] * (len(paras) - 1)]
    if answerer is None:
        own_a = _BOLD_OWN_LABEL.match(text, strip_range(text, paras[0][1].end(), body_end)[0])
        named = name_from_phrase(own_a.group("n")) if own_a is not None else None
        if named is not None and named.has_full_given and named.display() != asker:
            answerer = named.display()
    if answerer is None:
        # "**— Андрію Миколайовичу, почнімо з цифр. …?**" under "… розповів директор
        # департаменту … Андрій Мороз": the address names the lead's interviewee, as in a dash
        # dialogue.
        first_q = next(
            (
                text[m.start("q") : last.end("q")]
                for (m, last), q in zip(paras, asking, strict=True)
                if q
            ),
            "",
        )
        dash = _TURN_DASH.match(first_q)
        lead_text = text[: paras[0][0].start()]
        answerer = _addressed_in_lead(first_q[dash.end() if dash else 0 :], lead_text, asker)
    if answerer is None:
        # The Spectator's profile interview: the standfirst and the lead's first words name
        # the interviewee ("Rachel Ashdown on sentencing, …" / "Rachel Ashdown has the look of
        # …"), no interview verb does — as for a learned dialogue.
        lead_text = text[: paras[0][0].start()]
        answerer = _headlined_subject(lead_text, asker) or _post_captioned(lead_text, asker)
        # Or a caption shows them at work, the lead naming them too ("Я зустрілася з Миколою
        # Гуменюком на його пасіці" / "Фото: Микола Гуменюк на своїй пасіці. Фото авторки").
        answerer = answerer or _situated_interviewee(lead_text, asker)
        # Or the lead quotes the writer's own opening question, the address naming them.
        answerer = answerer or _lead_asked_full(lead_text)
    # Censor.net opens every turn with a dash and sets the questions in bold as well
    # ("**- Що саме гальмує?**" / "- Процедура. …"): where most bold questions open so, a plain
    # dashed paragraph that asks, inside an answer and over another dashed paragraph, is a
    # question that lost its bold in the scrape ("- А скільки коштує один FPV …?" / "- Від 14
    # до 20 тисяч гривень …").
    dashed = sum(
        _TURN_DASH.match(text, m.start("q"), last.end("q")) is not None for m, last in paras
    )
    # Rubryka sets its questions in bold with no dash and opens each answer with one ("**Звідки
    # взялися гроші?**" / "– Частину скинулися самі, …" / "– Хто вам допоміг?" / "– Громадська
    # організація …"): the dashed answers are the style's evidence as well.
    dashed_answers = sum(
        _TURN_DASH.match(text, strip_range(text, last.end(), body_end)[0]) is not None
        for _, last in paras
    )
    dash_style = (dashed >= 2 and dashed > len(paras) / 2) or (
        dashed_answers >= 3 and dashed_answers > len(paras) / 2
    )
    # A questionnaire numbers its bold questions ("**1. …?**", "**2. …?**"): 1, 2, 3 … in
    # every question, the numbers no words of theirs.
    numbers = [_QUESTION_NUMBER.match(text, m.start("q")) for m, _ in paras]
    numbered_run = all(numbers) and len(numbers) >= 2
    numbered_run = numbered_run and [int(n.group(1)) for n in numbers if n] == list(
        range(1, len(numbers) + 1)
    )
    spans: list[Span] = []
    for i, ((m, last), question) in enumerate(zip(paras, asking, strict=True)):
        nxt = paras[i + 1][0].start() if i + 1 < len(paras) else body_end
        nxt = min([h for h in heading_starts if last.end() <= h < nxt] or [nxt])
        a_start, full_end = strip_range(text, last.end(), nxt)
        # An intertitle ("## Про громади і власну генерацію") or a "Читайте також" link before
        # the next question is the page's, not the answer's.
        a_end = _trim_furniture(text, a_start, full_end)
        # A caption with its credit over the next section's subheading (Економічна правда:
        # "Андрій Коломієць. Фото: Ігор Лисенко / ЕП" / "### Про гроші"), as in a dash dialogue.
        a_end, headed = _captioned_heading(text, a_start, a_end)
        a_end = _trim_narration(text, a_start, a_end, answerer, asker)
        if i == len(paras) - 1:
            # The editor's pointer to an earlier story under the last exchange ("**Дякую за
            # розмову.**" / "Нагадаємо, раніше Суспільне Полтава писало, що …") is the page's.
            a_end = a_start if opens_earlier_story(text, a_start) else a_end
            a_end = earlier_story_start(text, a_start, a_end)
        # Lenta.ru labels the first answer as it labels the first question ("**«Лента.ру»: …
        # Вы тоже?**" / "**Белоусов:** Конечно. …"): the answerer's own bold label, by name or
        # surname, is no word of the answer.
        own = _BOLD_OWN_LABEL.match(text, a_start, a_end)
        if (
            own is not None
            and answerer is not None
            and own.group("n") in (answerer, answerer.split()[-1])
        ):
            a_start = own.end()
        plain = _PLAIN_OWN_LABEL.match(text, a_start, a_end) if own is None else None
        if (
            plain is not None
            and answerer is not None
            and plain.group("n") in (answerer, answerer.split()[-1])
        ):
            # The same label unbolded, a title before the surname ("Dr. Okonkwo: Stabilising,
            # but from a very low floor. …" under a bold question): no word of the answer.
            a_start = plain.end()
        initials = _INITIALS_OWN_LABEL.match(text, a_start, a_end)
        if (
            initials is not None
            and answerer is not None
            and re.sub(r"[.\s]", "", initials.group("n")) == _initials_of(answerer)
        ):
            a_start = initials.end()
        if (
            a_end <= a_start
            and i == len(paras) - 1
            and i > 0
            and not question
            and _REMARK.search(text[m.start("q") : last.end("q")]) is not None
        ):
            # The interviewer's bold thanks closing the page, the guest's reply not printed
            # ("**Дякуємо за розмову.**" / "Розмовляла Ірина Гончар"): the asker's last turn.
            t_start, t_end = strip_range(text, m.start("q"), last.end("q"))
            dash = _TURN_DASH.match(text, t_start, t_end)
            t_start = dash.end() if dash is not None else t_start
            attrs = {"speaker": asker, "speaker_label": None, "label_span": None}
            spans.append(Span(t_start, t_end, "other", attrs={**attrs, "index": len(spans)}))
            break
        if a_end <= a_start:
            return ()  # two bold paragraphs in a row: headings, not questions and answers
        opener = outlet_labels[i]
        q_from = opener.end() if opener is not None else m.start("q")
        number = _QUESTION_NUMBER.match(text, q_from) if numbered_run and opener is None else None
        if number is not None:
            # "**1. Чи варто щепитися від грипу цього року?**": the number is the page's.
            q_from = number.end()
        q_start, q_end = strip_range(text, q_from, last.end("q"))
        # "**Але ж найбільше руйнувань у прифронтових громадах, де проєкти готувати ніхто не
        # буде.**": a bold challenge the interviewee answers asks, as a labelled one would.
        asks = question or _asks(text[q_start:q_end], "", answered=True)
        # "**You didn’t resign.**" / "No. I thought that …": a short bold challenge put to the
        # interviewee asks too; only the editor sets the interviewer's words in bold.
        asks = asks or (
            _SECOND_PERSON.search(text[q_start:q_end]) is not None
            and _REMARK.search(text[q_start:q_end]) is None
        )
        # "**Звучит дорого**" / "Дешевле, чем …": the interviewer's short reaction to the
        # answer, which the interviewee takes up, asks as a question would (a heading names a
        # topic and says nothing "sounds" so).
        asks = asks or (
            _REACTION.match(text, q_start, q_end) is not None
            and len(text[q_start:q_end].split()) <= 8
        )
        # "**Навіть так**" / "Навіть так. Минулої зими …": a short bold remark the answer
        # opens by repeating is the interviewer's, taken up as a question would be (a heading
        # is not echoed word for word by the paragraph under it).
        asks = asks or _echoed(text[q_start:q_end], text[a_start:a_end])
        # "**Люди повертаються** Повертаються, і це найкраща новина.": a short bold remark
        # with no stop whose word the answer opens with, set off by a comma or a stop, was
        # put to the interviewee as a question (the Slavic yes is the verb repeated; a
        # paragraph under a heading does not open by echoing it so).
        asks = asks or _verb_echoed(text[q_start:q_end], text[a_start:a_end])
        # "**Це небезпечно**" / "Звичайно. Водії їздять …": a short bold remark of two words or
        # more, with no stop, that the answer opens by granting or denying, was put to the
        # interviewee as a question (a heading gets no "Of course." under it).
        asks = asks or (
            2 <= len(text[q_start:q_end].split()) <= 8
            and re.search(r"[.!…:;]$", text[q_start:q_end].strip()) is None
            and _YES_NO_REPLY.match(text, a_start, a_end) is not None
        )
        closing_thanks = (
            i == len(paras) - 1
            and not question
            and i > 0
            and any(
                t.fullmatch(re.sub(r"^[ \t]*[—–\-][ \t]*", "", text[q_start:q_end]))
                for t in (_THANKS_ONLY, _THANKS_FOR)
            )
        )
        # The interviewer's bold thanks under the last answer, the guest's reply below it
        # ("**— Спасибо.**" / "— Спасибо вам, приходите на открытие."): a closing remark, no
        # question, though answered.
        asks = asks and not closing_thanks
        q_asker = question_askers[i] if question_askers is not None else asker
        turns = [(q_start, q_end, "question" if asks else "other", q_asker)]
        for lost in _UNBOLD_DASHED_ASK.finditer(text, a_start, a_end) if dash_style else ():
            q = "q" if lost.group("q") is not None else "g"
            turns.append((a_start, len(text[: lost.start()].rstrip()), "answer", answerer))
            turns.append((*strip_range(text, lost.start(q), lost.end(q)), "question", asker))
            a_start = strip_range(text, lost.end(q), a_end)[0]
        for lost in _BOXED_LOST_ASK.finditer(text, a_start, a_end) if not dash_style else ():
            # A "Читайте також" box mid-answer, then a short plain line that asks: the
            # follow-up that lost its bold under the box ("Читайте також" / "У Житомирі …" /
            # "А діти?" / "Діти читають фентезі …"); the box is the page's.
            turns.append(
                (a_start, strip_range(text, a_start, lost.start("box"))[1], "answer", answerer)
            )
            turns.append((*strip_range(text, lost.start("q"), lost.end("q")), "question", asker))
            a_start = strip_range(text, lost.end("q"), a_end)[0]
        # Censor.net and Ukrinform close with the thanks, each dashed but not in bold ("- Дякую
        # за розмову." / "- Дякую вам."): under the last answer, the host's, then the guest's,
        # as a plain dialogue reads them.
        closing: list[tuple[int, int, str, str | None]] = []
        if dash_style and i == len(paras) - 1:
            closing = _closing_thanks(text, a_start, a_end, asker, answerer)
            if closing:
                a_end = strip_range(text, a_start, closing[0][0])[1]
        # A quick-fire round closing the page under a heading of its own ("### Блиц" / "—
        # Чай или кофе?" / "— Чай, и покрепче." / …): one-line dashed exchanges, not the last
        # answer's words.
        blitz = _blitz_tail(text, a_start, a_end) if i == len(paras) - 1 and not closing else None
        if blitz is not None:
            a_end = blitz[0]
        turns.append((a_start, a_end, "answer", answerer))
        turns.extend(closing)
        for k, (b_start, b_end) in enumerate(blitz[1] if blitz is not None else ()):
            b_ask = k % 2 == 0
            turns.append(
                (b_start, b_end, "question" if b_ask else "answer", asker if b_ask else answerer)
            )
        # A photo's caption after the answer ("Тарас Височанський під час інтерв'ю. Фото:
        # Станіслав Юрченко, УП") is the page's own line, as in a dash dialogue: no one's turn.
        if headed is not None:
            turns.append((*headed, "other", None))
        c_start, c_end = strip_range(text, a_end, full_end)
        caption = text[c_start:c_end]
        # A bare credit line ("Фото: Олег Зінченко / Укрінформ") captions nothing: trimmed.
        if (
            "\n" not in caption
            and (_CAPTION_CREDIT.search(caption) or _WIRE_CREDIT.search(caption)) is not None
            and _BARE_CREDIT.match(caption) is None
        ):
            turns.append((c_start, c_end, "other", None))
        for start, end, label, speaker in turns:
            # RIA copied as Markdown keeps its dashes: "**– Николай Александрович, …?**" /
            # "– Это решение …". The dash opening a turn is no word of it.
            dash = _TURN_DASH.match(text, start, end)
            if dash is None and text[:start].rstrip(" \t\u00a0").endswith(("**", "__")):
                # "**— …?** — Если говорить честно, …": the answer's dash after a space past
                # the question's bold, on the same line, opens the answer all the same.
                dash = _SPACED_DASH.match(text, start, end)
            start = dash.end() if dash is not None else start
            end = _dangling_bold_trimmed(text, start, end)
            attrs = {"speaker": speaker, "speaker_label": None, "label_span": None}
            spans.append(Span(start, end, label, attrs={**attrs, "index": len(spans)}))
    return tuple(spans)


def _dangling_bold_trimmed(text: str, start: int, end: int) -> int:
    """``end`` less a bold marker that closes nothing the turn's last paragraph opened: TASS's
    English pages close the next question's bold late, at the end of the answer above it
    ("… that does not depend on anyone's approval.**" / "**Which sectors …?**")."""
    para = text[max(start, text.rfind("\n", start, end) + 1) : end]
    for mark in ("**", "__"):
        if para.endswith(mark) and para.count(mark) % 2 == 1:
            return len(text[: end - len(mark)].rstrip())
    return end


def _blitz_tail(text: str, start: int, end: int) -> tuple[int, list[tuple[int, int]]] | None:
    """A run of one-line dashed exchanges closing the last answer, under a short heading of
    its own or a blank line ("### Блиц" / "— Чай или кофе?" / "— Чай, и покрепче." / "— Город
    или тундра?" / "— Тундра."): four lines or more, every one dashed, in pairs whose first
    line asks and whose second does not. Returns where the answer ends and the lines' spans
    (question, answer, …), else None."""
    lines: list[tuple[int, int]] = []
    first_at = end
    at = end
    while at > start:
        line_at = text.rfind("\n", start, at) + 1 or start
        line = text[line_at:at]
        if line.strip():
            m = _SPACED_DASH.match(text, line_at, at)
            if m is None:
                break
            lines.append((m.end(), line_at + len(line.rstrip())))
            first_at = line_at
        at = line_at - 1
    else:
        return None  # the whole answer is dashed lines: no answer above the round
    lines.reverse()
    if len(lines) < 4 or len(lines) % 2:
        return None
    asks = [_ends_with_question(text[a:b]) for a, b in lines]
    if not all(asks[0::2]) or any(asks[1::2]):
        return None
    head_end = strip_range(text, start, first_at)[1]
    # The round's own heading ("### Блиц", "Блиц-опрос"), a short line with no stop under a
    # paragraph that closes a sentence, is the page's.
    heading_at = text.rfind("\n", start, head_end) + 1
    heading = text[heading_at:head_end].strip().lstrip("#").strip("*_ \t")
    if (
        heading_at > start
        and 1 <= len(heading.split()) <= 4
        and not re.search(r"[.!?…:;,\"”»)]$", heading)
    ):
        head_end = strip_range(text, start, heading_at)[1]
    if not re.search(r"[.!?…\"”»)]$", text[start:head_end]):
        return None
    return head_end, lines


# A paragraph opened by a bold label, the words after it plain: "**Republic:** Марина, …?".
_LABELLED_PARA = re.compile(
    r"^[ \t]*\*\*[ \t]*(?P<n>[^*\n:]{2,60}?)[ \t]*(?::\*\*|\*\*[ \t]*:)[ \t]+"
    r"(?P<q>[^*\n][^\n]*?)[ \t]*$",
    re.MULTILINE,
)


def _labelled_first_question(text: str, found: Sequence[re.Match[str]]) -> re.Match[str] | None:
    """The bold-labelled question of a first exchange labelled by name above the bold questions
    ("**Republic:** …?" / "**Марина Зайцева:** …" / … / "**Почему …?**"): exactly two labelled
    paragraphs above the first bold one, different labels, the first asking."""
    hits = [
        m
        for m in _LABELLED_PARA.finditer(text, 0, found[0].start())
        if m.start() == 0 or text[: m.start()].endswith("\n\n")
    ]
    if len(hits) != 2 or hits[0].group("n") == hits[1].group("n"):
        return None
    if "?" not in hits[0].group("q") or "?" in hits[1].group("q"):
        return None
    if "**" in text[hits[1].end() : found[0].start()]:
        return None
    return hits[0]


def _closing_thanks(
    text: str, start: int, end: int, asker: str | None, answerer: str | None
) -> list[tuple[int, int, str, str | None]]:
    """The dashed thanks closing a dash-style interview, inside its last answer's stretch: up to
    two short paragraphs of their own, each a dashed line opening with thanks, the host's
    ("other") then the guest's ("answer"). Empty when the stretch does not end so."""
    paras = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text[start:end])]
    found: list[tuple[int, int]] = []
    while len(paras) > 1 and len(found) < 2:
        line = paras[-1].group().strip()
        dash = _DASH_PARA.match(line)
        if (
            dash is None
            or _THANKS_LINE.match(line, dash.end()) is None
            or len(line.split()) > 15
            or "\n\n" not in text[start + paras[-2].end() : start + paras[-1].start() + 1]
        ):
            break
        found.insert(0, (start + paras[-1].start(), start + paras[-1].end()))
        paras.pop()
    roles: list[tuple[str, str | None]] = [("other", asker), ("answer", answerer)]
    return [(a, b, *roles[n]) for n, (a, b) in enumerate(found)]


# A plain paragraph that opens with a dash and asks, with a dashed paragraph (its answer) below.
# The scrape may glue it to the answer's last sentence, the paragraph break lost (Izvestia: "…
# и теряли полдня.— А субсидии на них будут?" / "— По Калининграду — да, …").
# A "read also" box inside an answer (its heading, then the linked title, or both on one
# line), then a short plain line that asks, a paragraph of its own with more answer below.
_BOXED_LOST_ASK = re.compile(
    r"(?<=\n)[ \t]*\n(?P<box>[ \t]*(?:Читайте[ \t]+(?:також|также)|Read[ \t]+also)[ \t]*"
    r"(?::[ \t]*[^\n]{5,200}|\n[ \t]*[^\n*]{5,200})\n)(?:[ \t]*\n)?"
    r"(?P<q>[ \t]*[А-ЯЁІЇЄҐA-Z][^\n*?]{0,100}\?)[ \t]*\n[ \t]*\n(?=[ \t]*[^\s*#])"
)
_UNBOLD_DASHED_ASK = re.compile(
    r"(?:(?<=\n)[ \t]*\n(?P<q>[ \t]*[—–-][ \t\u00a0]+[^\n*]+\?[ \t]*)"
    r"|(?<=[.!…»\"”)])[ \t]*[—–][ \t\u00a0]+(?P<g>[А-ЯЁІЇЄҐA-Z][^\n*—–]*\?)[ \t]*)\n[ \t]*\n"
    r"(?=[ \t]*[—–-][ \t\u00a0]+\S)"
)


def _echoed(remark: str, answer: str) -> bool:
    """Does the answer open with the short remark's own words ("Навіть так" / "Навіть так.
    Минулої зими …", "Really?" / "Really. …")?"""
    words = re.findall(r"[^\W\d_][\w’'\-]*", remark.lower())
    if not 1 <= len(words) <= 6:
        return False
    opening = re.findall(r"[^\W\d_][\w’'\-]*", answer[: len(remark) + 40].lower())
    return opening[: len(words)] == words and len(opening) > len(words)


def _verb_echoed(remark: str, answer: str) -> bool:
    """Does the answer open with one word of the short unstopped remark, then a comma or a
    stop ("Люди повертаються" / "Повертаються, і це …", "Цены растут" / "Растут. …")?"""
    words = re.findall(r"[^\W\d_][\w’'\-]*", remark.lower())
    if not 2 <= len(words) <= 8 or re.search(r"[.!?…:;,][\"”»’)]*$", remark.strip()):
        return False
    first = re.match(r"[ \t]*(?:[—–-][ \t]+)?([^\W\d_][\w’'\-]{3,})[ \t]*[,.!…]", answer)
    return first is not None and first.group(1).lower() in words


# An interviewer's reaction put for the interviewee to answer: "Звучит дорого", "Sounds
# ambitious", "Звучить оптимістично".
_REACTION = re.compile(
    r"[ \t]*(?:[—–-][ \t]+)?(?:(?:Но|Але|But)[ \t]+)?(?:Звучит|Звучить|Sounds|Выглядит|Виглядає)"
    r"(?![\w’'])"
)
_SECOND_PERSON = re.compile(
    r"(?<![\w’'])(?i:you|your|вы|вас|вам|ты|тебя|ви|вас|вам|ти|тебе)(?![\w’'])"
)


# A bold name label opening an answer's paragraph: "**Белоусов:** Конечно. …".
_BOLD_OWN_LABEL = re.compile(r"\*\*[ \t]*(?P<n>[^*\n:]{2,60}?)[ \t]*(?::\*\*|\*\*[ \t]*:)[ \t]+")
# The answerer's own plain label opening the first answer: "Dr. Okonkwo: …", "Okonkwo: …".
# The answerer's initials as the first answer's label ("В. Т.: Щотижня близько …" under
# "**— Вікторіє, …?**", the lead naming Вікторія Ткаченко).
_INITIALS_OWN_LABEL = re.compile(rf"(?P<n>[{UPPER}]\.[ \t]?[{UPPER}]\.):[ \t]+")


def _initials_of(name: str) -> str:
    """ "Вікторія Ткаченко" -> "ВТ": the initials of a full name's first and last words."""
    words = name.split()
    return words[0][0] + words[-1][0] if len(words) >= 2 else ""


_PLAIN_OWN_LABEL = re.compile(
    r"(?:(?:Dr|Prof|Mr|Ms|Mrs|Sen|Rep|Gov|Gen)\.?[ \t]+)?"
    rf"(?P<n>(?:[{UPPER}][{LOWER}'’\-]+[ \t]+)?[{UPPER}][{LOWER}'’\-]+):[ \t]+"
)
# An outlet's label opening a bold question: "«Лента.ру»: …", "РБК: …".
_OUTLET_OPENER = re.compile(
    r"[ \t]*(?:«(?P<o>[^»\n]{2,40})»|(?P<w>[A-ZА-ЯЁІЇЄ][\w.\-]{1,30}))[ \t]*:[ \t]+"
)
# A person's name (and their outlet) labelling the first bold question: "Татьяна Гуськова,
# «АиФ»: Игорь, …?".
_PERSON_OPENER = re.compile(
    rf"[ \t]*(?P<n>[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}'’\-]+(?:[{UPPER}][{LOWER}]+)?)"
    r"(?:[ \t]*,[ \t]*(?:«[^»\n]{2,40}»|[^\s:,]{2,30}))?[ \t]*:[ \t]+"
)
# An unnamed reader opening their question in a readers' Q&A: "A reader in Cardiff: …".
_READER_OPENER = re.compile(
    r"[ \t]*(?:An?[ \t]+(?:reader|listener|viewer)|Anonymous|Name[ \t]+withheld)"
    r"(?:[ \t]*,|[ \t]+(?:in|from)\b)?[^:\n?]{0,40}:[ \t]+"
)
_BARE_CREDIT = re.compile(r"(?i)(?:Фото|Фотография|Світлина|Photo|Image|Credit)[ \t]*:")


def _with_lead_people(
    header: list[tuple[str, Name]], lead: str
) -> tuple[list[tuple[str, Name]], list[tuple[str, Name]]]:
    """The header's people with those the lead above the first question names in running prose
    ("… поговорило з головою ОВА Олегом Синєгубовим", "Meduza spoke with …") added once, and
    the lead's alone: the header read for a labelless text stops above the lead."""
    told = [*_lead_people_ru(lead), *_lead_people_en(lead)]
    # The header's reading may keep the lead's case ("Мы поговорили с Дарьей Гордиенко" ->
    # "Дарьей Гордиенко", an indeclinable surname); the lead's own reading undoes it: the
    # same surname with the given name in the nominative replaces it.
    header = [
        next(
            (
                (k, t)
                for _, t in told
                if t.surname == n.surname
                and len(t.given) == len(n.given) == 1
                and _oblique_given(n.given[0], t.given[0])
            ),
            (k, n),
        )
        for k, n in header
    ]
    header = [(k, _post_completed(n, told, lead)) for k, n in header]
    known = {(k, n.key) for k, n in header}
    return [*header, *(p for p in told if (p[0], p[1].key) not in known)], told


_CYR_PAIR = re.compile(
    r"(?<![\w'’])([А-ЯЁІЇЄ][а-яёіїєґ'’]+)[ \t]+([А-ЯЁІЇЄ][а-яёіїєґ'’\-]+)(?![\w'’])"
)


def _post_completed(name: Name, told: Sequence[tuple[str, Name]], lead: str) -> Name:
    """A header's name that is a post and one half of a name, made whole from the one person
    the lead names in full. The headline's "Академик Стрельцов: «…»" under "«Обзор»
    поговорил с академиком РАН Николаем Стрельцовым" (the post's word is written lower-case
    there, so no given name) is "Николай Стрельцов"; the caption's "Отець Василь" over the
    lead's "протоієрей Василь Гнатюк" (a given name, not a surname, after the post) is
    "Василь Гнатюк"."""
    if len(name.given) != 1 or name.given[0].endswith("."):
        return name
    post = name.given[0]
    stem = post.lower()[: max(4, len(post) - 2)]
    lowered = re.search(rf"(?<![\w'’]){re.escape(stem)}", lead) is not None
    pairs = {(t.given[0], t.surname) for _, t in told if len(t.given) == 1}
    pairs |= {(m.group(1), m.group(2)) for m in _CYR_PAIR.finditer(lead)}
    by_surname = {p for p in pairs if p[1] == name.surname and p[0] != post}
    if lowered and len(by_surname) == 1:
        given, surname = by_surname.pop()
        return Name((given,), surname, None, False)
    by_given = {
        p for p in pairs if p[0] == name.surname and p[1] != post and not is_title_token(p[1])
    }
    if len(by_given) == 1 and not any(p[1] == post for p in pairs):
        given, surname = by_given.pop()
        return Name((given,), surname, None, False)
    return name


def _plain_dialogue(text: str, body_end: int, header: list[tuple[str, Name]]) -> tuple[Span, ...]:
    """A web Q&A whose bold questions lost their bold in the scrape: each question a line of its
    own ending in "?", the answer in the lines below it, up to the next question:

        The Quiet House opens with a funeral. Where did that image come from?
        From my own father's funeral, to be blunt. …

    Precision first, since an article may ask a rhetorical question on a line of its own: the
    header must name who is interviewed or who asks, at least three questions must each be
    followed by an answer of at most eight lines, questions must be a quarter of the lines from
    the first on, and little (a standfirst or bio) may stand before the first."""
    start = _body_start_for_statement(text, body_end)
    # The interviewer's signature under the last answer ends the Q&A, and names who asks: "Interview
    # by Clémence Aubry" (Le Monde), the translation notice below it. The page's trailer may
    # already have cut it off with that notice, so it is looked for below the body's end too.
    signed = _EN_SIGNATURE.search(text, start)
    if signed is not None and signed.start() < body_end:
        body_end = signed.start()
    # A think tank's disclaimer under the last answer ends the Q&A, with the related links
    # below it: "The views expressed in this comment are those of the author."
    disclaimer = _VIEWS_DISCLAIMER.search(text, start, body_end)
    if disclaimer is not None:
        body_end = len(text[: disclaimer.start()].rstrip())
    # A dossier box under the last answer ("ДОСЬЕ" / "Ирина Викторовна Шевчук родилась в 1974
    # году …") is the page's, as for the paragraph tagger.
    body_end = _dossier_start(text, start, body_end)
    lines: list[_LineLike] = [
        # A Markdown blockquote's marker sets a question off ("> How much is left in the
        # fund?"): no part of what is asked.
        _Line(m.start() + len(bq.group()), m.end(), m.group()[len(bq.group()) :])
        if (bq := re.match(r"[ \t]*>[ \t]+(?=\S)", m.group())) is not None
        else m
        for m in re.finditer(r"[^\n]*\S[^\n]*", text[:body_end])
        if m.start() >= start
    ]
    lines, labelled = _labelled_first_exchange(text, lines)
    asks = [
        _ends_with_question(m.group())
        and len(m.group().split()) <= 60
        and not _directionish(m)
        # TASS prints the questions plain and each answer after a dash ("— Внятного ответа
        # нет. …"): a dashed line is an answer, even one that ends asking back.
        and not _DASH_PARA.match(m.group())
        # A headline in a "Read more" box between two answers asks the reader, no one in the
        # interview ("Read more" / "Iraq’s marshes are dying. Can a new plan save them?").
        and not _in_read_also(text, m.start())
        and not _headline_over_byline(lines, i)
        for i, m in enumerate(lines)
    ]
    # Новые ведомости sets its questions in capitals, a "?" or not, one now and then split over
    # two paragraphs ("ПРО НАБЕРЕЖНУЮ БЕЛОЙ. ЕЕ ОБЕЩАЮТ УЖЕ ЛЕТ ДЕСЯТЬ …" / "ЧТО МЕШАЕТ?"), the
    # answers in plain case: where three lines or more are capitals and hold every line that
    # asks, they are the questions, and capital lines in a row are one.
    caps = [_caps_question(m.group()) for m in lines]
    caps_at = [i for i, c in enumerate(caps) if c]
    caps_read = False
    if (
        len(caps_at) >= 3
        and all(caps[i] for i, a in enumerate(asks) if a and i > caps_at[0])
        and any(not c for c in caps[caps_at[0] :])
    ):
        merged: list[_LineLike] = []
        merged_caps: list[bool] = []
        for m, c in zip(lines, caps, strict=True):
            if c and merged_caps and merged_caps[-1]:
                at = merged[-1].start()
                merged[-1] = _Line(at, m.end(), text[at : m.end()])
                continue
            merged.append(m)
            merged_caps.append(c)
        caps_read = True
        lines, asks = (
            merged,
            [c and len(m.group().split()) <= 80 for m, c in zip(merged, merged_caps, strict=True)],
        )
    # Questions set as blockquotes ("> How much is left in the fund?"): where at least three
    # lines ask and every one that asks is quoted, a short quoted line is a question, "?" or
    # not ("> So the banks fill the gap."); no answer is quoted there.
    quoted = [
        re.fullmatch(r"[ \t]*>[ \t]+", text[text.rfind("\n", 0, m.start()) + 1 : m.start()])
        is not None
        for m in lines
    ]
    if (
        not caps_read
        and sum(a and q for a, q in zip(asks, quoted, strict=True)) >= 3
        and all(q for a, q in zip(asks, quoted, strict=True) if a)
    ):
        asks = [
            a or (q and len(m.group().split()) <= 40)
            for a, q, m in zip(asks, quoted, lines, strict=True)
        ]
    # TASS's layout: each answer opens with a dash, each question is the plain paragraph right
    # above it. Where the questions ending in "?" are each followed by a dashed answer, so is
    # a question that asks with no "?" ("Расскажите подробнее, что именно предлагается." /
    # "— Прежде всего …"), and a plain paragraph that does not stand above a dash is the
    # answer's continuation, whatever its mark.
    dashed = [_DASH_PARA.match(m.group()) is not None for m in lines]
    above_dash = [i + 1 < len(lines) and dashed[i + 1] and not dashed[i] for i in range(len(lines))]
    q_at = [i for i, a in enumerate(asks) if a]
    if len(q_at) >= 3 and sum(above_dash[i] for i in q_at) >= 0.8 * len(q_at):
        first_q = q_at[0]
        asks = [
            i >= first_q and above_dash[i] and len(m.group().split()) <= 60
            for i, m in enumerate(lines)
        ]
    elif _dashed_questions(lines, dashed):
        # The other way round (Obozrevatel as aggregators republish it): each question opens
        # with a dash, each answer is the plain paragraph(s) below ("- Сколько человек нужно
        # мобилизовать?" / "Эту цифру знает Генштаб, …"). Every dashed line asks, "?" or not,
        # and a question glued onto the end of the answer above it is split off ("… и их нужно
        # оцифровать.- А ТЦК вообще справляются?").
        lines = [part for m in lines for part in _split_glued_question(m)]
        asks = [
            _DASH_PARA.match(m.group()) is not None and len(m.group().split()) <= 60 for m in lines
        ]
    stacked = _stacked_questions(text, lines)
    if stacked is not None and (
        sum(asks) < 3 or all(s for a, s in zip(asks, stacked, strict=True) if a)
    ):
        # Where every question that ends in "?" heads a paragraph with its answer glued below
        # it, so does one that lost its "?" ("Тогда в чем интрига" / "В распределении …").
        asks = stacked
    # 20 хвилин numbers its plain questions ("1. Як з’явилася ідея кав’ярні?" … "4. Найважчий
    # момент за рік" … "7. Що далі?"): short numbered lines that run 1, 2, 3 …, never two in
    # a row, and hold every line that asks, are the questions, a "?" or not.
    numbered_at = [
        i
        for i, m in enumerate(lines)
        if _QUESTION_NUMBER.match(m.group()) and len(m.group().split()) <= 30
    ]
    numbered_read = False
    # A numbered question may state before it asks, on the next line ("2. У перші тижні
    # облоги у вашому підвалі ховалися люди." / "Скільки їх було і як ви це організували?"):
    # a short line that asks right under a numbered line that does not is the same question.
    glued = [
        i + 1
        for i in numbered_at
        if not asks[i]
        and i + 1 < len(lines)
        and asks[i + 1]
        and i + 1 not in numbered_at
        and len(lines[i].group().split()) + len(lines[i + 1].group().split()) <= 40
    ]
    if len(numbered_at) >= 3 and glued:
        joined: list[_LineLike] = []
        joined_asks: list[bool] = []
        for i, m in enumerate(lines):
            if i in glued:
                at = joined[-1].start()
                joined[-1] = _Line(at, m.end(), text[at : m.end()])
                joined_asks[-1] = True
                continue
            joined.append(m)
            joined_asks.append(asks[i])
        trial = [
            i
            for i, m in enumerate(joined)
            if _QUESTION_NUMBER.match(m.group()) and len(m.group().split()) <= 40
        ]
        if all(i in trial for i, a in enumerate(joined_asks) if a and i > trial[0]):
            lines, asks, numbered_at = joined, joined_asks, trial
    if (
        len(numbered_at) >= 3
        and [int(_QUESTION_NUMBER.match(lines[i].group()).group(1)) for i in numbered_at]  # type: ignore[union-attr]
        == list(range(1, len(numbered_at) + 1))
        and all(b - a >= 2 for a, b in itertools.pairwise(numbered_at))
        and all(i in numbered_at for i, a in enumerate(asks) if a and i > numbered_at[0])
    ):
        asks = [i in numbered_at for i in range(len(lines))]
        numbered_read = True
    prompts = _exam_prompts(lines, asks)
    if len(prompts) >= 2 and sum(asks) + len(prompts) >= 3:
        asks = [a or i in prompts for i, a in enumerate(asks)]
    if sum(asks) < 3:
        return ()
    asks = _framed_questions(lines, asks)
    first = asks.index(True)
    # An embassy newsletter closes its Q&A with a rule over the next item ("Thank you,
    # Ambassador." / "---" / "Estonian Film Week returns to Sydney …"): below the last
    # question, a rule alone on its line ends the interview (no question follows it).
    last_q = len(asks) - 1 - asks[::-1].index(True)
    rule = next(
        (i for i in range(last_q + 1, len(lines)) if _RULE_LINE.fullmatch(lines[i].group())), None
    )
    if rule is not None:
        lines, asks = lines[:rule], asks[:rule]
    # A broadcast's text version opens with the greetings ("Доброго вечора, пане Олеже." /
    # "Доброго вечора, дякую за запрошення." / "Яка зараз ситуація …?"): short lines right
    # above the first question that open with a greeting, the host's first, then the guest's.
    opening = first
    while (
        opening > 0
        and first - opening < 2
        and _GREETING.match(lines[opening - 1].group().strip()) is not None
        and len(lines[opening - 1].group().split()) <= 15
    ):
        opening -= 1
    # The lead above the first question names the two sides in running prose ("… поговорило з
    # головою ОВА Олегом Синєгубовим. Розмову вела журналістка Ірина Коваленко."); the
    # header read for a labelless text stops above it.
    lead = text[: min(lines[first].start(), start + 3000)]
    header, told = _with_lead_people(header, lead)
    interviewees = [n for k, n in header if k.startswith(_INTERVIEWEE_KINDS)]
    interviewers = [n for k, n in header if k.startswith(_INTERVIEWER_KINDS)]
    # TIME names its interviewee only in the photo caption and the first question's address
    # ("Gov. Anders Lindqvist at the State Capitol …" / "Governor Lindqvist, electricity prices
    # …?"): an address that names a person of the lead says who answers, as a header would.
    addressed = None
    if not interviewees:
        addressed = _addressed_in_lead(lines[first].group(), lead, None)
    # A sports site names its interviewee only in the quote headline and the photo caption
    # ("Богдан Кравчук: «Повернутися до Луцька — …»" / "Богдан Кравчук на тренуванні …") over
    # capital questions: the person both name is a header's interviewee. (Capitals, a layout
    # no article's rhetorical question takes; a plain "?" line needs the header's word.)
    headlined = None
    if not interviewees and not interviewers and addressed is None and labelled is None:
        # (Numbered questions are such a layout too: the Duluth News Tribune's "5 questions
        # with Hermantown Mayor Gail Stromquist" / "Gail Stromquist stands outside …" / "1. …?")
        if caps_read or numbered_read:
            headlined = _headlined_subject(text[: lines[first].start()], None)
            # Or a caption names them at work, the lead by surname ("о Викторе Кожемякине" /
            # "Виктор Кожемякин на репетиции. Фото: …" over capital questions).
            headlined = headlined or _situated_interviewee(text[: lines[first].start()], None)
        # Questions numbered 1, 2, 3 … over the answers are a layout no article's rhetorical
        # question takes either ("1. Отче, як змінилася парафія …?" / "Вона стала більшою …"):
        # the Q&A is read though the header names no one, when the lead names the one person
        # it then calls by the given name ("Протоієрей Олександр Кушнір …" / "Ми поставили
        # отцю Олександру кілька запитань"); else the paragraph tagger reads the page.
        if headlined is None and numbered_read:
            headlined = _lead_one_called(text[start : lines[first].start()])
        if headlined is None:
            return ()
    # A print interview opens its Q&A with a request rather than a question ("I met her on a
    # wet Tuesday afternoon. …" / "Talk me through the night in January." / "It was about half
    # past four …"): a short prompt to the interviewee a few lines above the first "?" opens
    # it, below the lead that says whom the writer met.
    met = _EN_MET.search(lead) or _TALKED_WITH.search(lead)
    for i in range(first - 1, max(first - 9, 0), -1):
        line = lines[i].group()
        if met is not None and lines[i].start() <= met.start():
            break
        if (
            _PROMPT.match(line)
            and len(line.split()) <= 12
            and re.search(r"\b(?:me|us)\b", line, re.IGNORECASE)
            and re.search(r"[.?]$", line.strip())
        ):
            asks[i], first = True, i
            break
    # Several paragraphs of lead are a print interview's way when the lead says whom it met.
    limit = 400 if any(k.startswith(_INTERVIEWEE_KINDS) for k, _ in told) else 200
    if len(" ".join(m.group() for m in lines[:first]).split()) > limit:
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
    answerer = _fullest(interviewees, text) or addressed or headlined
    asker = _fullest(interviewers, text)
    if labelled is not None:
        # The first exchange's own labels name the two voices.
        asker, answerer = asker or labelled[0], answerer or labelled[1]
    if answerer is None:
        answerer = _headlined_subject(text[: lines[first].start()], asker)
    if answerer is None:
        # Рівне Вечірнє names the interviewee only in the photo caption above the first
        # question ("На фото: Марія Гаврилюк. Фото: Рівне Вечірнє"), as a dash interview may.
        answerer = _captioned_interviewee(text[: lines[first].start()], asker)
    if answerer is None:
        # A reportage lead that quotes the writer addressing the one person they talk with
        # ("«Пане Миколо, а бджоли вас досі кусають?» — питаю, …"): the given name called is
        # who answers, as written once undone from the vocative ("Микола").
        answerer = _addressed_given(text[start : lines[first].start()])
    if answerer is None:
        answerer = _lead_one_called(text[start : lines[first].start()])
    if asker is None:
        # RBC-Ukraine prints no "Розмову вела": the single author over the date ("Дарина
        # Мельник" / "Вівторок 25 березня 2025 09:00") is who asks, as in a dash interview.
        asker = _author_asks(text[: lines[first].start()], signed, interviewees)
    # The outlet's name labels the first question alone ("1. The Africa Report: Ghana has just
    # completed …?" under the masthead "The Africa Report"): no word of the question, and the
    # single author of the byline is the outlet's one journalist, who asks.
    tagged = _outlet_tag(lines[first].group(), text[: lines[first].start()], asker, answerer)
    tag_end = lines[first].start() + tagged.end() if tagged is not None else None
    # A local paper's numbered column ("5 questions with Hermantown Mayor Gail Stromquist" /
    # "By Brett Lindahl" / "1. The Highway 53 expansion …?") is put by its one byline author,
    # and so is a regional paper's Q&A in capitals ("By OLIVIA BELANGER Sentinel Staff" /
    # "WHAT'S THE FIRST THING YOU'LL DO AS CEO?").
    if (tagged is not None or numbered_read or caps_read) and asker is None:
        author = _en_byline(text[: lines[first].start()])
        asker = author.display() if author is not None else None
    spans: list[Span] = []
    greets = [("other", asker), ("answer", answerer)]
    # 20 хвилин numbers its questions ("1. Як з’явилася ідея кав’ярні?" … "7. Що далі?"):
    # where every question opens with its number and they run 1, 2, 3 …, the number is the
    # page's, not the asker's words.
    numbers = [_QUESTION_NUMBER.match(lines[i].group()) for i, _ in blocks]
    numbered = all(numbers) and [int(m.group(1)) for m in numbers if m] == list(
        range(1, len(blocks) + 1)
    )
    # The answerer's initials may label the first answer alone ("О.Т.: Мій син Денис …"
    # under "Ми поспілкувалися з Оксаною Ткачук"): the label is no word of the answer.
    initials = "".join(w[:1] for w in (answerer or "").split()[:3])
    turns: list[tuple[int, int, str, str | None]] = [
        (lines[j].start(), lines[j].end(), *greets[n]) for n, j in enumerate(range(opening, first))
    ]
    for i, nxt in blocks:
        q = lines[i]
        a_start, full_end = lines[i + 1].start(), lines[nxt - 1].end()
        # A "Читайте також" box or an intertitle before the next question is the page's.
        a_end = _trim_furniture(text, a_start, full_end)
        # The closing thanks under the last answer ("Дякую вам за розмову." / "Дякую вам, і
        # бережіть себе."): the host's, then the guest's, as the greetings were.
        closing: list[tuple[int, int, str, str | None]] = []
        if nxt == len(lines):
            tail = [m for m in lines[i + 1 : nxt] if m.end() <= a_end]
            while (
                len(tail) > 1
                and len(closing) < 2
                and _THANKS_LINE.match(tail[-1].group().strip()) is not None
                and len(tail[-1].group().split()) <= 15
            ):
                closing.insert(0, (tail[-1].start(), tail[-1].end(), "", None))
                tail.pop()
            if (
                not closing
                and len(tail) > 2
                and _THANKS_LINE.match(tail[-2].group().strip()) is not None
                and len(tail[-2].group().split()) <= 8
                and len(tail[-1].group().split()) <= 8
                and not _ends_with_question(tail[-1].group())
            ):
                # The host's thanks, then the guest's short reply that thanks no one back
                # ("Спасибо." / "Удачи вам с публикацией.", "Дякую." / "Взаємно.").
                closing = [(m.start(), m.end(), "", None) for m in tail[-2:]]
                del tail[-2:]
            if closing:
                # A "Читайте також" box between the last answer and the thanks is the page's
                # too ("… силою не вивозимо." / "Читайте також" / "У Дніпрі …" / "Дякуємо за
                # розмову."): the thanks hid it from the trim above.
                a_end = _trim_furniture(text, a_start, tail[-1].end())
                closing = [(s_, e_, *greets[n]) for n, (s_, e_, _, _) in enumerate(closing)]
        turns = [
            *turns,
            (q.start(), q.end(), "question", asker),
            (a_start, a_end, "answer", answerer),
        ]
        # A photo's caption after the answer, closed by its credit ("Гнатюк під час робочої
        # поїздки на Київську ТЕЦ. Фото: Міненерго"), is the page's own line, as in a dash or
        # bold dialogue: a row of its own, no one's turn.
        c_start, c_end = strip_range(text, a_end, full_end)
        caption = text[c_start:c_end]
        if caption and "\n" not in caption and _CAPTION_CREDIT.search(caption) is not None:
            turns.append((c_start, c_end, "other", None))
        turns.extend(closing)
        for s_, e_, label, speaker in turns:
            s_, e_ = strip_range(text, s_, e_)
            # The dash opening a TASS answer is no word, nor that of a question split off the
            # line above ("… оцифровать.- А ТЦК вообще справляются?").
            dash = _DASH_PARA.match(text, s_, e_) or _LEAD_DASH.match(text, s_, e_)
            s_ = dash.end() if dash is not None else s_
            # An embassy newsletter sets its answers in bold instead of the questions
            # ("**The heat, of course! … any other subject.**"): the marks are no words.
            bold = re.match(r"(?:\*\*|__)(?=\S)", text[s_:e_])
            if bold is not None and re.search(r"\S(?:\*\*|__)$", text[s_:e_]):
                s_, e_ = s_ + bold.end(), e_ - 2
            number = _QUESTION_NUMBER.match(text, s_, e_) if label == "question" else None
            if numbered and number is not None:
                s_ = number.end()
            if tag_end is not None and label == "question" and lines[first].start() <= s_ < tag_end:
                s_ = tag_end
            tag = _INITIALS_TAG.match(text, s_, e_) if label == "answer" else None
            if (
                tag is not None
                and len(initials) >= 2
                and re.sub(r"\W", "", tag.group(1))
                in (
                    initials,
                    initials[::-1],
                )
            ):
                s_ = tag.end()
            attrs = {"speaker": speaker, "speaker_label": None, "label_span": None}
            spans.append(Span(s_, e_, label, attrs={**attrs, "index": len(spans)}))
        turns = []
    return tuple(spans)


# An outlet's name labelling a question, behind its number maybe: "1. The Africa Report: …".
_OUTLET_TAG = re.compile(
    r"[ \t]*(?:\d{1,2}[.)][ \t]+)?(?P<o>(?:The[ \t]+)?[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,3})"
    r":[ \t]+(?=\S)"
)


# A person introduced by a relative clause: "… over to Luis Arredondo, who took over as …".
_WHO_CLAUSE = re.compile(rf"(?<![\w’'])(?P<n>{_PERSON_PAIR}),[ \t]+who[ \t]+[{LOWER}]")


def _introduced_person(lead: str, others: Sequence[Name]) -> Name | None:
    """The one person (not ``others``) whom ``lead`` introduces as "X Y, who …"; none where
    two are."""
    found = {
        n.key: n
        for m in _WHO_CLAUSE.finditer(lead)
        if (n := name_from_phrase(m.group("n"))) is not None
        and n.has_full_given
        and not is_title_token(m.group("n").split()[0])
        and not _news_outlet(m.group("n"))
        and all(n.surname != o.surname for o in others)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _outlet_tag(
    line: str, head: str, asker: str | None, answerer: str | None
) -> re.Match[str] | None:
    """The label of ``line`` where it is an outlet the page names above (its masthead, or the
    lead's "tells The Africa Report"), not one of the two people."""
    m = _OUTLET_TAG.match(line)
    if m is None or m.group("o") in (asker, answerer):
        return None
    outlet = re.escape(m.group("o"))
    masthead = re.search(rf"\A\s*{outlet}[ \t]*$", head, re.MULTILINE) is not None
    told = re.search(rf"\b(?:tells|told|to|with)[ \t]+{outlet}(?![\w])", head) is not None
    return m if masthead or told else None


# A thematic break alone on its line: "---", "___", "===", "***", "* * *".
_RULE_LINE = re.compile(r"(?m)^[ \t]*(?:-{3,}|_{3,}|={3,}|\*{3,}|\*(?:[ \t]\*){2,})[ \t]*$")
# Initials labelling an answer's first words: "О.Т.: Мій син …", "**А. К.:** …".
_INITIALS_TAG = re.compile(
    rf"[ \t]*(?:\*\*|__)?((?:[{UPPER}]\.[ \t]?){{2,3}})[ \t]*(?:\*\*|__)?:(?:\*\*|__)?[ \t]+(?=\S)"
)


def _caps_question(line: str) -> bool:
    """Is ``line`` set in capitals, as a question some pages print so: two words or more with
    letters, none lowercase ("А ЧТО КОНКРЕТНО НЕ ТАК С НОВЫМИ МИКРОРАЙОНАМИ")?"""
    words = [w for w in line.split() if re.search(f"[{UPPER}]", w)]
    return len(words) >= 2 and re.search(f"[{LOWER}]", line) is None


class _Line(NamedTuple):
    """Part of a line, split off where a question was glued on (a match's shape)."""

    at: int
    to: int
    words: str

    def group(self) -> str:
        return self.words

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to


_LineLike = re.Match[str] | _Line


def _stacked_questions(text: str, lines: Sequence[_LineLike]) -> list[bool] | None:
    """A scrape that lost the questions' bold and the break under them (Takie Dela): each
    question the first line of a paragraph, short, with no closing full stop, its answer glued
    on the next line, the paragraphs apart by blank lines:

        Как вы пришли в фонд
        Случайно. Я работала медсестрой в районной больнице …

    Three such paragraphs or more, two of the questions at least ending in "?" (an article's
    subheadings ask nothing), and most paragraphs of two lines or more opening so. A donation
    box's heading ("Поддержите «Такие дела»" / its pitch) is the page's."""

    def gap(i: int) -> int:
        return text[lines[i - 1].end() : lines[i].start()].count("\n") if i > 0 else 2

    flags: list[bool] = []
    blocks = 0
    for i, m in enumerate(lines):
        line = m.group().strip()
        head = gap(i) >= 2 and i + 1 < len(lines) and gap(i + 1) == 1
        blocks += head
        answer = lines[i + 1].group().strip() if head else ""
        flags.append(
            head
            and len(line.split()) <= 15
            and re.search(r"[.!…:;,]$", line) is None
            and _DASH_PARA.match(line) is None
            and _DONATE_HEADING.match(line) is None
            and not _in_read_also(text, m.start())
            and len(answer.split()) >= 6
            and re.match(r"[«\"„“]?[A-ZА-ЯЁІЇЄҐ]", answer) is not None
            and re.search(r"[.!?…][\"”»)]*$", answer) is not None
        )
    asking = sum(f and _ends_with_question(m.group()) for f, m in zip(flags, lines, strict=True))
    if sum(flags) < 3 or asking < 2 or sum(flags) < 0.6 * blocks:
        return None
    return flags


def _dashed_questions(lines: Sequence[_LineLike], dashed: Sequence[bool]) -> bool:
    """Do the dashed lines ask and the plain ones answer? Three dashed lines or more, most of
    them ending in "?", each right above a plain line (an answer's paragraph)."""
    at = [i for i, d in enumerate(dashed) if d]
    return (
        len(at) >= 3
        and sum(_ends_with_question(lines[i].group()) for i in at) >= 0.6 * len(at)
        and all(i + 1 < len(lines) and not dashed[i + 1] for i in at)
    )


_LEAD_DASH = re.compile(r"[—–-][ \t\u00a0]+(?=\S)")
# A dashed question glued onto an answer's last sentence: "… оцифровать.- А ТЦК вообще
# справляются?".
_GLUED_DASHED_QUESTION = re.compile(
    r"(?<=[.!…»\"”])[ \t]*[—–-][ \t\u00a0]+(?=[A-ZА-ЯЁІЇЄҐ«][^\n]*\?[\"”»’)]*[ \t]*$)"
)


# The asker's label on a plain Q&A's first question, at a line's start or glued by the scrape
# onto the end of the lead ("… что будет с полигоном дальше. 7x7: Николай, прошло пять лет.
# Что сейчас на месте стройки?"): an outlet or a name of one to three words.
_FIRST_ASK_LABEL = re.compile(
    r"(?:^[ \t]*|(?<=[.!…»\"”])[ \t]+)(?P<n>[^\s:]{1,25}(?:[ \t][^\s:]{1,25}){0,2}):[ \t]+"
    r"(?P<q>[^\W\d_][^\n]*)$"
)
# The interviewee's full name labelling the first answer: "Николай Шубин: Формально — …".
_FIRST_ANSWER_LABEL = re.compile(r"[ \t]*(?P<n>[^\W\d_][\w’'\-]+[ \t]+[^\W\d_][\w’'\-]+):[ \t]+\S")


def _labelled_first_exchange(
    text: str, lines: list[_LineLike]
) -> tuple[list[_LineLike], tuple[str | None, str | None] | None]:
    """A regional site labels only the first exchange of a plain Q&A (7x7: "… Корреспондент
    7x7 поговорил с ним … 7x7: Николай, прошло пять лет. Что сейчас на месте стройки?" /
    "Николай Шубин: Формально — ничего. …", then unlabelled questions and answers): the
    lines with the two labels cut off (the lead split from the question it was glued to), and
    the two voices, (asker, answerer). The asker's label is an outlet the text above names or
    a full name; the answerer's a full name; the question asks."""
    for i, m in enumerate(lines[:12]):
        if i + 1 >= len(lines):
            break
        ask = _FIRST_ASK_LABEL.search(m.group())
        if ask is None and _ends_with_question(m.group()) and len(m.group().split()) <= 60:
            # The Moscow Times labels the first answer alone, the interviewer withheld ("> The
            # Finance Ministry has revised … How worried should we be?" / "Yelena Marchenko:
            # Worried, but not panicked. …", then unlabelled answers): the answer's label is a
            # full name the lead has introduced, and no one is named to ask.
            reply = _FIRST_ANSWER_LABEL.match(lines[i + 1].group())
            answerer = name_from_phrase(reply.group("n")) if reply is not None else None
            if (
                reply is None
                or answerer is None
                or not answerer.has_full_given
                or answerer.title
                or answerer.display() not in text[: m.start()]
            ):
                continue
            nxt = lines[i + 1]
            a_at = nxt.start() + reply.end() - 1
            return [
                *lines[: i + 1],
                _Line(a_at, nxt.end(), text[a_at : nxt.end()]),
                *lines[i + 2 :],
            ], (None, answerer.display())
        if ask is None or not _ends_with_question(ask.group("q")):
            continue
        if len(ask.group("q").split()) > 60:
            continue
        reply = _FIRST_ANSWER_LABEL.match(lines[i + 1].group())
        answerer = name_from_phrase(reply.group("n")) if reply is not None else None
        label = ask.group("n")
        named = name_from_phrase(label)
        if answerer is None and named is not None and named.has_full_given:
            # An embassy newsletter labels the first question alone with the interviewer's full
            # name, whom the lead introduces ("Press attaché Mihkel Saar sat down with her …" /
            # "Mihkel Saar: Ambassador, you arrived in …?" / "**The heat, of course! …**"): the
            # asker is the label, the answerer is left to the header.
            if named.display() not in text[: m.start() + ask.start("n")] or reply is not None:
                continue
        elif answerer is None or not answerer.has_full_given:
            continue
        if named is not None and named.has_full_given:
            asker = named.display()
        elif re.search(
            rf"(?<![\w])«?{re.escape(label)}»?(?![\w])", text[: m.start() + ask.start("n")]
        ):
            asker = label  # the outlet as the lead writes it ("Корреспондент 7x7 …")
        else:
            continue
        if answerer is not None and asker == answerer.display():
            continue
        head = m.group()[: ask.start()].rstrip()
        at = m.start() + ask.start("q")
        split: list[_LineLike] = [_Line(m.start(), m.start() + len(head), head)] if head else []
        split.append(_Line(at, m.end(), ask.group("q")))
        nxt = lines[i + 1]
        a_at = nxt.start() + reply.end() - 1 if reply is not None else nxt.start()
        split.append(_Line(a_at, nxt.end(), text[a_at : nxt.end()]))
        return [*lines[:i], *split, *lines[i + 2 :]], (
            asker,
            answerer.display() if answerer is not None else None,
        )
    return lines, None


def _split_glued_question(m: _LineLike) -> list[_LineLike]:
    """The line, or its answer part and the dashed question glued onto it (a short tail of one
    sentence that asks)."""
    line = m.group()
    g = _GLUED_DASHED_QUESTION.search(line)
    if g is None or _DASH_PARA.match(line) or len(line[g.end() :].split()) > 30:
        return [m]
    if re.search(r"[.!?…][\"”»]*[ \t]+\S", line[g.end() :].rstrip()[:-1]):
        return [m]
    head = line[: g.start()].rstrip()
    return [
        _Line(m.start(), m.start() + len(head), head),
        _Line(m.start() + g.start(), m.end(), line[g.start() :].lstrip()),
    ]


# What a Q&A page says of itself above its first question.
_QA_SIGNAL = re.compile(
    r"(?<!\w)(?:interview\w*|Q\.?[ \t]?&[ \t]?A\b|ask[ \t]+the[ \t]+expert|conversation"
    r"|spoke[ \t]+(?:to|with)|talk(?:s|ed)?[ \t]+(?:to|with)|we[ \t]+asked|edited[ \t]+for"
    r"|condensed|интервью|інтерв['’]ю|поговорил\w*|беседова\w*|розмов\w*|поспілкува\w*"
    r"|спілкува\w*|отредактирован\w*|відредагован\w*"
    # A dek's "He tells our reporter about …", a newsletter's "Five questions for …".
    r"|tells?[ \t]+(?:our|this|the)[ \t]+(?:reporter|correspondent|writer|interviewer)"
    r"|(?:\d{1,2}|three|four|five|six|seven|eight|nine|ten|a[ \t]+few)[ \t]+questions[ \t]+"
    r"(?:for|with|to)\b)",
    re.IGNORECASE,
)


_ORDINALS = ("first", "second", "third", "fourth", "fifth")


def _list_goes_on(para: str, answer: str) -> bool:
    """Does ``para`` go on with a list the answer above began, however it ends? "Two things.
    The first is physical: …" / "The second is political. … who gets to say the river is
    “normal”?" — a question never opens with the next item of the answer's count."""
    m = re.match(
        r"(?:The[ \t]+(?=[a-z])|(?=[A-Z]))((?i:second|third|fourth|fifth))(?:ly)?\b", para.strip()
    )
    if m is None:
        return False
    before = _ORDINALS[_ORDINALS.index(m.group(1).lower()) - 1]
    return (
        re.search(rf"(?:^|[.!?:][ \t]+)(?:The[ \t]+)?{before}(?:ly)?\b", answer, re.I) is not None
    )


def _bullet_goes_on(text: str, above_end: int, start: int) -> bool:
    """Is the paragraph at ``start`` the next item of a bulleted list the answer above (ending
    at ``above_end``) runs, in the same paragraph? "За рік ми ввели в експлуатацію:" / "– 4
    когенераційні установки …;" / "– 2 модульні котельні …;": the item before it ends in a
    colon or semicolon, and a dash or bullet opens its line."""
    line_at = text.rfind("\n", 0, start) + 1
    return (
        "\n\n" not in text[above_end:line_at].replace(" ", "").replace("\t", "")
        and re.search(r"[:;][ \t]*$", text[:above_end]) is not None
        and re.fullmatch(r"[ \t]*[—–\-•·▪*][ \t\u00a0]*", text[line_at:start]) is not None
    )


def _same_quotes(s: str) -> str:
    """Every quotation mark as a straight one, so a pull quote matches its source."""
    return re.sub(r"[‘’“”\"«»]", "'", s)


def _author_asks(
    head: str, signed: re.Match[str] | None, interviewees: Sequence[Name]
) -> str | None:
    """Who asks when no lead says so: the single author over the date, else the journalist who
    signs under the last answer ("Interview by Clémence Aubry"), never an interviewee."""
    author = _name_over_date(head, interviewees)
    if author is None and signed is not None:
        author = _signer(signed)
        if author is not None and any(n.surname == author.surname for n in interviewees):
            author = None
    return author.display() if author is not None else None


def _unboxed(text: str, proposed: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The tagger's reading less a newsletter box it took for a question and its answer: "Sign
    up for the Inside Politics newsletter" over the one-line blurb "Our political team on what
    matters in Leinster House, every Thursday." between two real answers."""
    out: list[tuple[str, int, int]] = []
    skip = False
    for role, s, e in proposed:
        if skip:
            skip = False
            if role == "answer" and len(text[s:e].split()) <= 30 and "\n" not in text[s:e].strip():
                continue
        if role == "question" and _NEWSLETTER_BOX.match(text, s, e) is not None:
            skip = True
            continue
        out.append((role, s, e))
    return out


# A photo's caption between an answer's paragraphs, its credit last: "Ночная смена в
# контакт-центре. Иллюстративное фото", "Nurses at the clinic. Photo: Reuters".
_PHOTO_CREDIT_END = re.compile(
    r"(?:^|[.!…»”][ \t]+)(?:(?:иллюстративное|ілюстративне|архивное|архівне|file)[ \t]+)?"
    r"(?:фото|photo|фотография|світлина)(?:[ \t]*[:©][^?\n]{0,80}|[ \t]+by[^?\n]{0,80})?\.?$",
    re.IGNORECASE,
)


def _photo_caption(para: str) -> bool:
    short = "?" not in para and len(para.split()) <= 40
    return short and _PHOTO_CREDIT_END.search(para) is not None


# (A Cyrillic page's too: "1. Гуня, чому саме зараз?", "2. «Волинь» кличе вас …".)
_QUESTION_NUMBER_AT = re.compile(rf"\d{{1,2}}[.)][ \t]+(?=[\"“‘«„{UPPER}])")
# A Russian or Ukrainian lead's interview told of a pronoun: "Ми поговорили з ним на першому
# тренуванні", "Мы побеседовали с ней накануне премьеры" — the one the lead has introduced.
_RU_MET_PRONOUN = re.compile(
    r"(?<![\w])(?:поговорил\w*|побеседовал\w*|поспілкувал\w*|розпитал\w*|расспросил\w*)"
    r"[ \t]+(?:з|із|зі|с|со)[ \t]+(?:ним|нею|ней|ними)(?![\w])",
    re.IGNORECASE,
)


def _closing_rule(text: str, body_end: int) -> int:
    """Where a newsletter's sign-off begins under the last answer, set off by a rule that
    nothing below it asks past ("… for a couple of customers forever." / "---" / "That's it
    for this week. If you know a contractor …, hit reply"): the author's, no answer's."""
    rules = list(_RULE_LINE.finditer(text, len(text) * 2 // 3, body_end))
    if not rules:
        return body_end
    rule = rules[-1]
    below = text[rule.end() : body_end]
    if "?" in below or len(below.split()) > 120 or not text[: rule.start()].strip():
        return body_end
    return len(text[: rule.start()].rstrip())


def _emphasised_line(text: str, start: int) -> re.Match[str] | None:
    """The italic or bold paragraph of its own on whose line ``start`` lies."""
    line_at = text.rfind("\n", 0, start) + 1
    m = _EMPH_PARA.match(text, line_at)
    return m if m is not None and _paragraph_alone(text, m) else None


def _emphasis_bounds(
    text: str, proposed: Sequence[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """Where every question the tagger found is an italic or bold paragraph of its own (three
    or more), a question it ran on into the plain paragraphs below ends with its emphasis, and
    those paragraphs are the answer's (an alumni magazine's "*Tell me about the day you got it
    spectacularly wrong.*" / "January 2014. … a note that just said, "Two to four?"")."""
    questions = [(s_, e_) for role, s_, e_ in proposed if role == "question"]
    lines = [_emphasised_line(text, s_) for s_, _ in questions]
    if len(questions) < 3 or any(m is None for m in lines):
        return list(proposed)
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(proposed):
        role, s_, e_ = proposed[k]
        m = _emphasised_line(text, s_) if role == "question" else None
        rest = strip_range(text, m.end(), e_) if m is not None else None
        if (
            m is None
            or rest is None
            or rest[0] >= rest[1]
            # (a question set as two emphasised paragraphs stays one)
            or _emphasised_line(text, rest[0]) is not None
        ):
            out.append((role, s_, e_))
            k += 1
            continue
        out.append((role, s_, m.end("q")))
        nxt = proposed[k + 1] if k + 1 < len(proposed) else None
        if nxt is not None and nxt[0] == "answer":
            out.append(("answer", rest[0], nxt[2]))
            k += 2
        else:
            out.append(("answer", rest[0], rest[1]))
            k += 1
    return out


def _learned_dialogue(text: str, body_end: int, header: list[tuple[str, Name]]) -> tuple[Span, ...]:
    """A label-less Q&A that no rule above reads, as the learned paragraph tagger
    (:mod:`.proposer`) tags its lines: the last resort before calling the page a statement.

    The tagger's own gates want three questions or more, each answered, none two in a row; as
    for a plain dialogue, the page must also say who is interviewed or who asks (its header or
    lead, or the first question's address), so an article that asks a few questions of its own
    stays one statement. A page that names no one may still say it is a Q&A ("Q. & A.", "Ask
    the Expert", "Мы поговорили с …", "The interview has been edited for length")."""
    # A dossier box under the last answer, its heading alone on a line ("ДОСЬЕ" / "Стрельцов
    # Николай Петрович. Родился в 1951 году …"), is the page's, as under a labelled answer.
    body_end = _dossier_start(text, 0, body_end)
    proposed = _emphasis_bounds(text, _unboxed(text, propose(text, body_end)))
    if not proposed:
        return ()
    first, q_end = next((s, e) for role, s, e in proposed if role == "question")
    lead = text[: min(first, 4000)]
    header, _ = _with_lead_people(header, lead)
    interviewees = [n for k, n in header if k.startswith(_INTERVIEWEE_KINDS)]
    interviewers = [n for k, n in header if k.startswith(_INTERVIEWER_KINDS)]
    addressed = None
    if not interviewees:
        addressed = _addressed_in_lead(text[first:q_end], lead, None)
    # (a lead that reports the interview itself, "I recently spoke by phone with
    # Mendoza-Reyes" or "She spoke to Nature about …", names its side as well as a header)
    if not interviewees and not interviewers and addressed is None and not _told_the_masthead(lead):
        if not _QA_SIGNAL.search(lead):
            return ()
        # A page that names no side and only calls itself a conversation must end two thirds
        # of its questions with a question mark: a columnist's report of a debate ("… I was in
        # for a lively, if predictable, conversation.") has a few rhetorical questions, and the
        # tagger's other "questions" there are paragraphs that report, and "Advertisement".
        asked = [text[s:e].rstrip() for role, s, e in proposed if role == "question"]
        if 3 * sum(q.endswith("?") for q in asked) < 2 * len(asked):
            return ()
    answerer = _fullest(interviewees, text) or addressed
    asker = _fullest(interviewers, text)
    introduced = False
    signed = _EN_SIGNATURE.search(text, first, len(text))
    if answerer is None:
        # A think tank's Q&A introduces its expert in a lead that names no interview verb:
        # "Wanjiru Kamau served as Kenya’s special envoy … / Image — Wanjiru Kamau speaking …",
        # "In this Q&A, Renée Calloway, a senior fellow …, explains …": the person the lead
        # speaks of most answers (never the journalist who signs the piece).
        others = [n for n in (name_from_phrase(asker or ""),) if n is not None]
        if signed is not None and (n := _signer(signed)) is not None:
            others.append(n)
        found = _most_named(lead, lead, others)
        if found is None and _QA_SIGNAL.search(lead):
            # A newsletter's Q&A ("Five questions for the man trying to save a bus system" /
            # "This week I'm handing most of the newsletter over to Luis Arredondo, who took
            # over as general manager …"): the one person the lead introduces by a clause,
            # named once, answers (not the byline's writer).
            author = _en_byline(lead)
            found = _introduced_person(lead, [*others, *([author] if author else [])])
            # (the newsletter's one author, handing it over, asks)
            introduced = found is not None
        met = _RU_MET_PRONOUN.search(lead)
        if found is None and met is not None:
            # "Півзахисник Тарас Гуменюк, … повернувся до рідної команди. Ми поговорили з ним
            # …": the one person the lead names above "з ним" answers, though named once.
            found = _most_named(lead, lead[: met.start()], others, once=True)
        if found is not None:
            interviewees = [found]
            answerer = found.display()
        else:
            answerer = _headlined_subject(lead, asker) or _post_captioned(lead, asker)
            subject = name_from_phrase(answerer or "")
            interviewees = [subject] if subject is not None else interviewees
    if answerer is None:
        # "«Пане Миколо, …?» — питаю": the given name the lead calls, as a plain dialogue reads.
        answerer = _addressed_given(lead)
    if asker is None:
        asker = _author_asks(text[:first], signed, interviewees)
    if (
        asker is None
        and (
            introduced
            # (an alumni magazine's "We caught up with her by video call between classes.")
            or re.search(
                r"\b[Ww]e[ \t]+(?:asked|caught[ \t]+up[ \t]+with|(?:spoke|talked)[ \t]+(?:with|to)"
                r"|sat[ \t]+down[ \t]+with)\b",
                text[:first],
            )
            or _told_the_masthead(text[:first])
        )
    ):
        # One author's byline over a lead in the paper's first person ("we asked Renata
        # Whitfield …"): "By Colin Ashby colina@spokesman.com" asks. So over a lead that has
        # the guest speak to the magazine its masthead names ("She spoke to Nature about …"),
        # or the writer speak to the guest ("I recently spoke by phone with …").
        asker = _interview_byline(text[:first], interviewees)
    # A paragraph the scrape printed twice ("The second is cost allocation—who pays. …" twice
    # in a row) is no question, however the tagger reads the repeat: it asks nothing, and its
    # words are the answer's above. It and the answer below go to that answer.
    merged: list[tuple[str, int, int]] = []
    k = 0
    while k < len(proposed):
        role, s_, e_ = proposed[k]
        para = text[s_:e_].strip()
        nxt = proposed[k + 1] if k + 1 < len(proposed) else None
        # A pull quote is no question either, though it may end in "?": a paragraph all in
        # quotation marks repeating words printed above it, the inner quotes swapped (The
        # Conversation: "“Once everyone can see the same data, who gets to say the river is
        # ‘normal’?”"), or set just above the answer that says them (The World Today:
        # "‘Carbon markets are a tool, not a strategy’" / "So my position is simple: carbon
        # markets are a tool, not a strategy.").
        if (
            role == "question"
            and merged
            and merged[-1][0] == "answer"
            and (
                ("?" not in para and para in text[merged[-1][1] : merged[-1][2]])
                or _pull_quote(_same_quotes(para), _same_quotes(text[first:s_]))
                or (
                    nxt is not None
                    and nxt[0] == "answer"
                    and _pull_quote(_same_quotes(para), _same_quotes(text[nxt[1] : nxt[2]]))
                )
                or _list_goes_on(para, text[merged[-1][1] : merged[-1][2]])
                or _bullet_goes_on(text, merged[-1][2], s_)
                or _photo_caption(para)
            )
        ):
            end = nxt[2] if nxt is not None and nxt[0] == "answer" else e_
            merged[-1] = ("answer", merged[-1][1], end)
            k += 2 if end != e_ else 1
            continue
        merged.append((role, s_, e_))
        k += 1
    proposed = [*_opening_greeting(text, first), *_answers_past_slots(text, merged)]
    spans: list[Span] = []
    for idx, (role, s_, e_) in enumerate(proposed):
        if role == "answer":
            # A "Читайте также" box or an intertitle before the next question is the page's.
            # The tagger may have left the box's last lines untagged ("Stay updated with the
            # latest news!" / "Subscribe to The Jerusalem Post Newsletter"): the box is read
            # whole, up to the next turn.
            upto = proposed[idx + 1][1] if idx + 1 < len(proposed) else e_
            # (a page that parts its paragraphs by a single newline, no blank line anywhere in
            # the answer, sets its subheading so too: "… точно не будет." / "Об экспорте и
            # пошлине" / "**Вы сокращаете площади …?**")
            single = (
                idx + 1 < len(proposed)
                and "\n" in text[s_:upto].strip()
                and re.search(r"\n[ \t]*\n", text[s_:upto]) is None
            )
            whole = _trim_furniture(
                text, s_, len(text[: max(upto, e_)].rstrip()), lines_are_paragraphs=single
            )
            e_ = min(_trim_furniture(text, s_, e_, lines_are_paragraphs=single), whole)
            if idx == len(proposed) - 1:
                # The editor's pointer to an earlier story under the last answer ("… так, як
                # може." / "Нагадаємо, раніше Суспільне Полтава писало, що …") is the page's,
                # as under a bold Q&A.
                e_ = earlier_story_start(text, s_, e_)
            # The expert's bio under the last answer ("Lucía Fernández is a professor of …"),
            # as under a bold Q&A: nobody opens their own words with their own name.
            e_ = _trim_narration(text, s_, e_, answerer, asker)
            s_, e_ = strip_range(text, s_, e_)
            # The answerer's initials labelling the first answer alone ("Н.С.: Не вдруг. …"
            # under "… поговорил с академиком Николаем Стрельцовым"), as in a plain dialogue.
            tag = _INITIALS_TAG.match(text, s_, e_)
            initials = "".join(w[:1] for w in (answerer or "").split()[:3])
            if (
                tag is not None
                and len(initials) >= 2
                and re.sub(r"\W", "", tag.group(1)) in (initials, initials[::-1])
            ):
                s_ = tag.end()
        elif role == "question":
            # A newsletter numbers its questions ("*1. How close are the talks …?*"): the
            # number is the page's furniture, the question starts after it.
            s_, e_ = strip_range(text, s_, e_)
            if (number := _QUESTION_NUMBER_AT.match(text, s_, e_)) is not None:
                s_ = number.end()
        speaker = asker if role in ("question", "other") else answerer
        attrs = {"speaker": speaker, "speaker_label": None, "label_span": None}
        spans.append(Span(s_, e_, role, attrs={**attrs, "index": len(spans)}))
        # A photographer's bare credit set flush between the answer and the next question
        # ("… он стал избирательнее." / "Фото: Михаил Огнев / «Фонтанка.ру»" / "**Что …?**")
        # is the page's own line between two turns: a row of its own, no one's.
        if role == "answer" and idx + 1 < len(proposed) and proposed[idx + 1][0] == "question":
            q_line = text.rfind("\n", e_, proposed[idx + 1][1]) + 1
            c_start, c_end = strip_range(text, e_, max(q_line, e_))
            if (
                c_end > c_start
                and "\n" not in text[c_start:c_end]
                and _BARE_CREDIT_LINE.fullmatch(text, c_start, c_end) is not None
            ):
                none = {"speaker": None, "speaker_label": None, "label_span": None}
                spans.append(Span(c_start, c_end, "other", attrs={**none, "index": len(spans)}))
    return tuple(spans)


_TEXT_LINE = re.compile(r"[^\n]+")
# A photographer's bare credit, the name and the outlet, no caption sentence: "Фото: Михаил
# Огнев / «Фонтанка.ру»" (not "Фото: підвезення води у Степногірську. Фото …").
_BARE_CREDIT_LINE = re.compile(
    r"(?i)(?:Фото|Фотография|Світлина|Photo|Image|Credit)[ \t]*:[ \t]*(?:[^\n.!?]|\.(?=\S)){2,80}"
)


def _slot_line(para: str) -> bool:
    """A page's line set inside an answer: an ad slot's label ("Реклама"), a headline link
    ("Читайте також: Мінфін оцінив …"), a photo's credit ("Фото: Укрінформ")."""
    return (
        _READ_ALSO.fullmatch(para) is not None
        or _READ_ALSO_INLINE.match(para) is not None
        or _PHOTO_CREDIT.match(para) is not None
        or (len(para.split()) <= 40 and _CAPTION_CREDIT.search(para) is not None)
    )


def _answers_past_slots(
    text: str, proposed: Sequence[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """The tagger's answers carried over a page's line set inside them: it leaves the line
    untagged, and then the answer's next paragraph too ("… у прифронтових регіонах." /
    "Реклама" / "Я б починав з обороту, … з перехідним періодом." / the next question). Where
    only such lines and whole sentences stand between an answer and the next question, the
    sentences are the answer's, the lines amid its words."""
    out = list(proposed)
    for k, (role, s_, e_) in enumerate(out[:-1]):
        if role != "answer" or out[k + 1][0] != "question":
            continue
        paras = [
            (m.start(), m.end())
            for m in _TEXT_LINE.finditer(text, e_, out[k + 1][1])
            if m.group().strip()
        ]
        if len(paras) < 2 or not _slot_line(text[paras[0][0] : paras[0][1]].strip()):
            continue
        prose = [
            _slot_line(p)
            or (
                len(p.split()) >= 6
                and re.search(r"[.!…][\"”»)]*$", p) is not None
                and not _ends_with_question(p)
            )
            for a, b in paras
            if (p := text[a:b].strip())
        ]
        if all(prose) and not _slot_line(text[paras[-1][0] : paras[-1][1]].strip()):
            out[k] = (role, s_, strip_range(text, s_, paras[-1][1])[1])
    return out


def _opening_greeting(text: str, first: int) -> list[tuple[str, int, int]]:
    """The greeting exchange right above the first question, which the tagger leaves to the
    lead (Stuff: "Thanks for making time on a sitting week." / "Malo e lelei. It’s always a
    sitting week somewhere, so it’s fine." / "You’ve been in cabinet nine months. …?"): a
    one-line thanks or greeting of the interviewer's, then a short reply, each a paragraph of
    its own. The interviewer's is no question: "other"."""
    head = text[:first].rstrip()
    paras = [m for m in re.finditer(r"[^\n]+", head)]
    if len(paras) < 3:
        return []
    hello, reply = paras[-2], paras[-1]
    if not (
        (_THANKS_LINE.match(hello.group()) or _GREETING.match(hello.group()))
        and len(hello.group().split()) <= 16
        and "?" not in hello.group()
        and re.search(r"[.!]$", hello.group().rstrip()) is not None
        and len(reply.group().split()) <= 40
        and re.search(r"[.!]$", reply.group().rstrip()) is not None
        # each its own paragraph, under the lead
        and text[hello.end() : reply.start()].count("\n") >= 2
        and text[paras[-3].end() : hello.start()].count("\n") >= 2
    ):
        return []
    return [("other", hello.start(), hello.end()), ("answer", reply.start(), reply.end())]


# A line that opens with a greeting: "Доброго вечора, …", "Здравствуйте.", "Good evening, …".
_GREETING = re.compile(
    r"(?:Добр(?:ий|ого|ый|ое|ого)[ \t]+(?:день|дня|вечір|вечора|вечер|ранок|ранку|утро)"
    r"|Здравствуйте|Вітаю|Вітаємо|Приветствую|Good[ \t]+(?:morning|afternoon|evening)"
    r"|Hello|Welcome)(?![а-яёіїєґa-z])",
    re.IGNORECASE,
)
# A line that opens with thanks: "Дякую вам за розмову.", "Спасибо.", "Thank you, Minister.".
_THANKS_LINE = re.compile(
    r"(?:Дякую|Дякуємо|Спасибо|Спасибі|Благодарю|Thank[ \t]+you|Thanks)(?![а-яёіїєґa-z])",
    re.IGNORECASE,
)


# The words an answer opens with after the speaker's own rhetorical question: "Почему? Потому
# что …", "Дорого? Да, но …".
_SELF_ANSWER = re.compile(
    r"(?:Потому|Да|Нет|Конечно|Безусловно|Вовсе|Бо|Так|Ні|Звісно|Because|Yes|No|Of course)"
    r"(?![а-яёіїєґa-z])",
    re.IGNORECASE,
)


# A challenge's opener: "Але ж …", "Проте …", "Но ведь …", "But …".
_CHALLENGE = re.compile(
    r"(?:Але(?:[ \t]+ж)?|Проте|Однак|Втім|Но(?:[ \t]+(?:ведь|же))?|Однако|Впрочем"
    r"|А[ \t]+(?:ведь|же)|But|Yet|And[ \t]+yet|Still|However)(?![а-яёіїєґa-z])[ \t,]*"
)
# The interviewee's words: "я", "ми", "мы", "our", … (a challenge speaks of others).
_FIRST_PERSON_WORD = re.compile(
    r"(?<![\w’'])(?i:я|ми|мы|мене|мені|меня|мне|нас|нам|наш\w*|мій|моя|моє|мої|мой|моё|мои"
    r"|I|me|my|we|us|our)(?![\w’'])"
)
# A reply that concedes or denies what was put: "Так, …", "Ні.", "Да, …", "Yes, …".
_REPLY_OPENER = re.compile(
    r"(?:Так|Ні|Да|Нет|Звісно|Звичайно|Конечно|Безумовно|Безусловно|Справді|Действительно"
    r"|Yes|No|Of[ \t]+course|Indeed|Sure|Right)[,.!—–]"
)


def _common_prefix(a: str, b: str) -> int:
    """How many letters two words share from their start."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


# An interviewer's summing-up ("То есть …", "Тобто …", "Выходит, …", "So you're saying …") and
# the reply that confirms or denies it ("Да, …", "Ні. …", "Именно.", "Yes, …").
_RESTATED = re.compile(
    r"(?:А[ \t]+|І[ \t]+|И[ \t]+)?(?:То[ \t]+есть|Тобто|Значит|Значить|Выходит|Виходить"
    r"|Получается|Иными[ \t]+словами|Іншими[ \t]+словами|In[ \t]+other[ \t]+words"
    r"|So[ \t]+you(?:['’]re|[ \t]+are)[ \t]+saying)(?![\w])"
)
_CONFIRMED = re.compile(
    r"(?:Да|Нет|Так|Ні|Ну[ \t]+да|Конечно|Звісно|Безусловно|Безумовно|Именно|Саме[ \t]+так"
    r"|Верно|Правильно|Не[ \t]+совсем|Не[ \t]+зовсім|Yes|No|Right|Exactly|Not[ \t]+quite)"
    r"(?=[,.!:;—–][ \t]|[,.!]?$|[ \t]+[—–])"
)


def _echoed_remark(line: str, below: str) -> bool:
    """A remark put to the interviewee as a statement whose bold (and stop) the scrape lost,
    which the answer below opens by echoing ("Держава за цей час запустила кілька програм
    психологічної підтримки для ветеранів" / "Запустила, і це добре. …"): one line of some
    length with no closing mark at all, the next line's first word one of its own. A subheading
    lacks the mark too, but the paragraph under it seldom opens by repeating its verb; and the
    answer ends a sentence, where the next headline of a "Read more:" box does not ("Cyprus,
    Israel sign new gas exploration deal" / "Israel Electric Corporation weighs …")."""
    words = line.split()
    if not 6 <= len(words) <= 30 or re.search(r"[.!?…:;,»\"”)]$", line):
        return False
    if re.search(r"[.!?…»\"”)]$", below.rstrip()) is None:
        return False
    if _DASH_PARA.match(line) or line.startswith(("#", "*", "«", '"')):
        return False
    first = re.match(rf"[{UPPER}][{LOWER}'’]+(?=[,.!]?[ \t])", below)
    if first is None or len(first.group()) < 5:
        return False
    echo = first.group().lower()
    # The same word, or its other form ("Уволили ли вы …" / "Уволил, да."): a common stem of
    # five letters and at most two letters apart.
    return any(
        len(w) >= 5 and _common_prefix(w, echo) >= max(5, max(len(w), len(echo)) - 2)
        for w in (re.sub(rf"[^{LOWER}'’]", "", x.lower()) for x in words[1:])
    )


# The words a question opens with (Ukrainian, Russian): "З чого починається пошук", "Що ви
# радите родинам, …", "Как это работает".
_UNMARKED_ASK = re.compile(
    r"(?:А[ \t]+|И[ \t]+|І[ \t]+|Так[ \t]+)?(?:З[ \t]+чого|С[ \t]+чего|Що|Чи|Як|Яка|Який|Яке|Які"
    r"|Из-за[ \t]+чего|Через[ \t]+що|С[ \t]+чем|З[ \t]+чим|О[ \t]+чем|Про[ \t]+що"
    r"|Скільки|Коли|Чому|Навіщо|Де|Куди|Хто|Что|Как|Какая|Какой|Какое|Какие|Сколько|Когда"
    r"|Почему|Зачем|Где|Куда|Кто|Ли"
    # The interviewer's reformulation, asking to confirm: "То есть от клиента зависит ваша
    # зарплата" / "Напрямую. …" (НГС), "Тобто …", "Получается, …".
    r"|То[ \t]+есть|Тобто|Получается|Виходить|Выходит|Значит"
    # Asking the interviewee's view of it: "Вам не здається, що зараз не до заказників",
    # "Не кажется ли вам, что …", "Вы не считаете, что …".
    r"|(?:Вам|Тобі|Тебе)[ \t]+не[ \t]+(?:здається|кажется)|Не[ \t]+кажется[ \t]+ли"
    r"|Не[ \t]+здається[ \t]+(?:вам|тобі)"
    r"|(?:Ви|Вы)[ \t]+не[ \t]+(?:вважаєте|считаете|думаєте|думаете))"
    r"(?![\w'’])"
)


# A written interview's prompt in the imperative, a question all the same (a magazine's
# expert series: "Explain the purpose of the new barrage and its status." / "Assess its likely
# impact on fisheries downstream." / "Identify what donors should – and should not – do.").
_EXAM_PROMPT = re.compile(
    r"(?:Explain|Assess|Examine|Identify|Describe|Discuss|Evaluate|Analy[sz]e|Compare|Outline"
    r"|Summari[sz]e|Consider|Characteri[sz]e|(?:Tell|Walk|Talk)[ \t]+us)[ \t]+\S"
)


def _headline_over_byline(lines: Sequence[_LineLike], i: int) -> bool:
    """Is line ``i`` the page's headline, a byline or a date line within the three short lines
    below it ("Who Controls the River? A Question for the Delta" / "Insights from Anika
    Rahman." / "By Peter Lowell")? It asks the reader, no one in the interview."""
    for m in lines[i + 1 : i + 4]:
        below = m.group().strip()
        if len(below.split()) > 12:
            return False
        if BYLINE.match(below) or find_date(below) is not None:
            return True
    return False


def _exam_prompts(lines: Sequence[_LineLike], asks: Sequence[bool]) -> set[int]:
    """The lines of a plain Q&A that ask by an imperative prompt with no "?": one sentence of
    at most 25 words opening with the prompt's verb, between lines that do not ask, over a
    longer line (its answer)."""
    out: set[int] = set()
    for i, m in enumerate(lines[:-1]):
        line = m.group().strip()
        below = lines[i + 1].group().strip()
        if (
            not asks[i]
            and not asks[i + 1]
            and (i == 0 or not asks[i - 1])
            and _EXAM_PROMPT.match(line) is not None
            and len(line.split()) <= 25
            and re.search(r"[.!…:;]\S*[ \t]+\S", line) is None
            and len(below.split()) > len(line.split())
        ):
            out.add(i)
    return out


def _framed_questions(lines: Sequence[_LineLike], asks: list[bool]) -> list[bool]:
    """In a plain Q&A (at least three questions ending in "?"), the questions that end
    otherwise: a request ("Расскажите о новой программе для малых хозяйств.") and a short
    question with a sentence of context after it ("С техникой проблем нет? Весной прошлого
    года многие жаловались на нехватку запчастей.", "А удобрения? Цены на них заметно
    выросли."). Each is a short line between an answer's lines and the next answer; a rhetorical
    question the speaker answers at once ("Почему? Потому что …") stays theirs. One such line
    misread splits an answer in two, and no longer costs the whole interview."""
    out = list(asks)
    # Above the first question stands the lead, no answer: a headline there ("“Small
    # countries survive by being useful”: a conversation with Ambassador Kadri Vaher") over the
    # standfirst is no question that lost its mark.
    first = asks.index(True) if True in asks else len(asks)
    for i, m in enumerate(lines):
        line = m.group().strip()
        # Each rule below reads a line that no one asks, between two lines no one asks.
        lone = first < i < len(lines) - 1 and not (asks[i - 1] or asks[i] or asks[i + 1])
        if lone and _echoed_remark(line, lines[i + 1].group().strip()):
            out[i] = True
            continue
        if (
            lone
            and len(line.split()) <= 15
            and _RESTATED.match(line) is not None
            and _CONFIRMED.match(lines[i + 1].group().strip()) is not None
        ):
            # The interviewer sums up the answer, and the interviewee confirms (ФедералПресс:
            # "То есть денег не хватает в разы." / "Да, и я этого не скрываю. …"): a follow-up
            # put as a statement, asking all the same.
            out[i] = True
            continue
        if (
            lone
            # (a request too, its stop lost: "Расскажите, как было устроено то, что вы
            # называете схемой" / "Все очень просто. …")
            and (
                _UNMARKED_ASK.match(line) is not None
                or _PROMPT.match(line) is not None
                # Or a sentence of context first: "Ви згадували укриття. Як його облаштували".
                or _lost_question_mark(line)
            )
            and len(line.split()) <= 15
            and re.search(r"[.!?…:;,\-–—\"”»)]$", line) is None
            and (
                re.search(r"[.!…][\"”»]*$", lines[i - 1].group().strip()) is not None
                or _caption_above(lines, i)
            )
            and re.search(r"[.!…][\"”»]*$", lines[i + 1].group().strip()) is not None
            and len(lines[i + 1].group().split()) > len(line.split())
        ):
            # A question whose "?" the page lost, between two answers' paragraphs (ZMINA: "…
            # повернеться сам." / "З чого починається пошук" / "Насамперед ми просимо …"): a
            # short line opening with a question word and closing with no mark at all.
            out[i] = True
            continue
        if (
            not lone
            or len(line.split()) > 25
            or not re.search(r"[.!…][\"”»]*$", line)
            or _DASH_PARA.match(line)
            or _directionish(m)
        ):
            continue
        if _PROMPT.match(line):
            out[i] = True
            continue
        # A challenge put as a statement, which the interviewee concedes on the next line
        # ("Але ж частина батьків відмовляється виїжджати." / "Так, і ми це розуміємо …",
        # "Но ведь цены выросли." / "Да, выросли, …"): one short sentence that opens with a
        # "but", says nothing in the first person, over a line opening with a reply word.
        if (
            len(line.split()) <= 20
            and _CHALLENGE.match(line) is not None
            and not re.search(r"[.!?…][\"”»]*[ \t]+\S", line)
            and _FIRST_PERSON_WORD.search(line) is None
            and _REPLY_OPENER.match(lines[i + 1].group().strip()) is not None
        ):
            out[i] = True
            continue
        head = re.match(r"[^.!?…]*\?[ \t]+", line)
        if (
            head is not None
            and len(head.group().split()) <= 12
            # one sentence of context after it, no second question
            and not re.search(r"[.!?…][\"”»]*[ \t]+\S", line[head.end() :])
            and _SELF_ANSWER.match(line, head.end()) is None
        ):
            out[i] = True
    return out


def _caption_above(lines: Sequence[_LineLike], i: int) -> bool:
    """Is the line above ``i`` a photo's caption, which ends with no stop ("Фото: архив
    Николая Шубина" / "Плиты на бывшей площадке у станции Шиес, июль 2023 года", or one line
    with its credit)?"""
    above = lines[i - 1].group().strip()
    if len(above.split()) > 25:
        return False
    if _CAPTION_CREDIT.search(above) is not None:
        return True
    return (
        i >= 2
        and _BARE_CREDIT.match(lines[i - 2].group().strip()) is not None
        and len(lines[i - 2].group().split()) <= 12
    )


def _directionish(m: _LineLike) -> bool:
    """A bracketed line ("[Laughter?]") is no question."""
    return m.group().lstrip()[:1] in "([" and m.group().rstrip()[-1:] in ")]"


def _over_dashed_answer(text: str, m: re.Match[str]) -> bool:
    """Is the match a bold dashed question with its dashed answer on the very next line, the
    blank line between lost in the scrape ("**— Скільки у вас зараз студентів**" / "—
    Дев’ятеро. …")? The question opens a paragraph; the dashes part the two voices."""
    before = text[: m.start()].rstrip(" \t")
    after = text[m.end() :].lstrip(" \t")
    return (
        (not before.strip() or before.endswith("\n\n"))
        and re.match(r"[ \t]*[—–-]", m.group("q")) is not None
        and after.startswith("\n")
        and not after.startswith("\n\n")
        and _DASH_PARA.match(after, 1) is not None
    )


def _under_line_over_dashed_answer(text: str, m: re.Match[str]) -> bool:
    """Is the bold match a dashed question that asks, set between a plain line above and its
    dashed answer below with no blank line either side ("– … и торговые сети." / "**– А что с
    флотом? …?**" / "– Выполняется, …"): a page that parts its paragraphs by single newlines?"""
    before = text[: m.start()].rstrip(" \t")
    after = text[m.end() :].lstrip(" \t")
    above = before[before.rfind("\n", 0, len(before) - 1) + 1 :] if before.endswith("\n") else ""
    return (
        bool(above.strip())
        and re.match(r"[ \t]*(?:\*\*|__)", above) is None
        and re.match(r"[ \t]*[—–-]", m.group("q")) is not None
        and ("?" in m.group("q") or _bold_lost_mark(m.group("q")))
        and after.startswith("\n")
        and not after.startswith("\n\n")
        and _DASH_PARA.match(after, 1) is not None
    )


def _over_plain_answer(text: str, m: re.Match[str]) -> bool:
    """Is the bold match a question of its own paragraph's first line, its answer in plain type
    on the very next line, the blank between them lost ("**Плече вже не турбує?**" / "Ні. Ми
    провели повну реабілітацію, …")? It asks, or is a prompt of a sentence's length ("**Ви
    казали, що мрієте про титульний бій у Луцьку**"); the share of bold lines that ask, as
    for bold paragraphs, keeps an article's bold lead-ins out."""
    before = text[: m.start()].rstrip(" \t")
    after = text[m.end() :].lstrip(" \t")
    # (A dashed question that asks may stand right under a line of page furniture, the blank
    # lost too: a photo's caption "… Архивное фото" or a related story's time "12 марта,
    # 10:15" — a line that closes no sentence.)
    furniture_above = (
        before.endswith("\n")
        and re.match(r"[ \t]*[—–]", m.group("q")) is not None
        and _ends_with_question(m.group("q"))
        and re.search(r"[.!?…:;,\"”»)*_][ \t]*$", before.rstrip("\n")) is None
    )
    return (
        (not before.strip() or before.endswith("\n\n") or furniture_above)
        and (_ends_with_question(m.group("q")) or len(m.group("q").split()) >= 6)
        and re.match(r"\n[ \t]*[^\s*_#>|-]", after) is not None
    )


def _under_glued_heading(text: str, m: re.Match[str]) -> bool:
    """Is the bold match a question set right under a section's subheading, the blank line
    between them lost in the scrape (TASS: "О пожароопасном сезоне" / "**— Иван Валерьевич, к
    чему нужно готовиться? …?**" / "— Прогноз пока неблагоприятный. …")? The heading opens a
    paragraph, is a few words long and closes no sentence; the question asks and stands over a
    blank line or its dashed answer. The heading is the page's: the answer above ends before it.
    """
    before = text[: m.start()].rstrip(" \t")
    if not before.endswith("\n") or before.endswith("\n\n"):
        return False
    head_start = before.rfind("\n", 0, len(before) - 1) + 1
    heading = before[head_start:].strip()
    above = before[:head_start].rstrip(" \t")
    after = text[m.end() :].lstrip(" \t")
    return (
        (not above.strip() or above.endswith("\n\n"))
        and 1 <= len(heading.split()) <= 8
        and re.search(r"[.!?…:;,\"”»)*_]$", heading) is None
        and re.match(r"[—–\-*_#>|«\"\d]", heading) is None
        and _ends_with_question(m.group("q"))
        and (
            not after.strip()
            or after.startswith("\n\n")
            or (
                re.match(r"[ \t]*[—–-]", m.group("q")) is not None
                and after.startswith("\n")
                and _DASH_PARA.match(after, 1) is not None
            )
        )
    )


def _paragraph_alone(text: str, m: re.Match[str]) -> bool:
    """Is the match a paragraph of its own (blank line or text edge before and after)?"""
    before = text[: m.start()].rstrip(" \t")
    after = text[m.end() :].lstrip(" \t")
    return (not before.strip() or before.endswith("\n\n")) and (
        not after.strip() or after.startswith("\n\n")
    )


# "Звернення Президента України", "Обращение Губернатора Курской области": a speech titled by
# its speaker's office in the genitive (a masculine office noun: "-а"/"-я").
_OFFICE_SPEECH_EN = re.compile(
    r"\b(PM|(?:[A-Z][a-z]+[ \t]+)?(?:Prime[ \t]+Minister|President|Chancellor|Secretary"
    r"|Minister))(?:['’]s)?[ \t]+(?:speech|remarks|statement|address)\b"
)
_SPEECH_OF_OFFICE = re.compile(
    r"(?<![а-яёіїєґ])(?i:звернення|обращение|выступление|виступ|промова|заявление|заява"
    r"|послание|послання)[ \t]+([А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]{3,})(а|я)(?![а-яёіїєґ])"
)


_HOLDER_AFTER_OFFICE = re.compile(
    r"(?:[ \t]+[А-ЯЁІЇЄҐа-яёіїєґ'’\-]+){0,3}?[ \t]+([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)[ \t]+"
    r"([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?)[ \t]*(?=$|\n|[.,:;!?])"
)


def _banner_holder(stem: str, header_text: str) -> str | None:
    """The holder a site's banner names on the line below its office, in any case
    ("Офіційне інтернет-представництво Президента України" / "Володимир Зеленський")."""
    line = re.search(
        rf"(?<![а-яёіїєґ]){re.escape(stem)}(?:а|я|ь)?(?:[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+){{0,3}}"
        r"[ \t]*\n[ \t]*([А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+)[ \t]*$",
        header_text[:400],
        re.MULTILINE,
    )
    if line is None or any(is_title_token(w) for w in line.group(1).split()):
        return None
    name = parse_name(line.group(1).split())
    return name.display() if name is not None and name.given else None


# gov.uk's "From:" field lists who published the page, a minister by style: "From:" /
# "Prime Minister's Office, 10 Downing Street and The Rt Hon Graham Ashworth MP".
_FROM_FIELD_PERSON = re.compile(
    r"(?m)^From:[ \t]*\n?[^\n]*?\bThe[ \t]+Rt\.?[ \t]+Hon\.?[ \t]+"
    r"(?P<name>[A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+){1,2})(?=[ \t]+(?:MP|KC|CBE|OBE)\b|[ \t]*$)"
)


def _office_speech(header_text: str, text: str = "") -> str | None:
    """The speaker of an unlabelled address whose title names only the office ("Кожен день
    тиску … – звернення Президента України") and whose site banner names the one holder
    ("Президент України Володимир Зеленський"); None unless exactly one holder is named."""
    holders = set()
    offices: set[str] = set()
    for m in _SPEECH_OF_OFFICE.finditer(header_text):
        # "… – звернення Президента України Володимира Зеленського": the title names the holder
        # itself, after the office, in the genitive (kept only where both words decline back).
        own = _HOLDER_AFTER_OFFICE.match(header_text, m.end())
        if own is not None:
            given, surname = _nominative(own.group(1)), _nominative(own.group(2))
            # (a masculine given name's genitive ends in "-а"/"-я"; "Президента Российской
            # Федерации" names no one)
            declined = given != own.group(1) and surname != own.group(2)
            if declined and own.group(1)[-1] in "ая" and not is_title_token(given):
                holders.add(f"{given} {surname}")
                continue
        office = m.group(1) + ("" if m.group(2) == "а" else "ь")
        named = _office_holder(office, [], [], {}, header_text)
        if named == office:
            named = _banner_holder(m.group(1), header_text) or office
        # "Президент России" / "Обращение Президента Российской Федерации": the title read as a
        # name run is no holder.
        if named != office and not _SPEECH_OF_OFFICE.search(named):
            holders.add(named)
        elif named == office:
            # No holder anywhere: the office itself speaks, with the state or region it serves
            # ("звернення Президента України" -> "Президент України"), as an office label never
            # tied to a name does.
            served = _OFFICE_SERVED.match(header_text, m.end())
            offices.add(office + (served.group(0) if served else ""))
    for m in _OFFICE_SPEECH_EN.finditer(header_text):
        # gov.uk: "PM speech on the NHS workforce: 27 February 2025" over "Prime Minister
        # Eleanor Whitfield set out plans …"; "Chancellor's speech at Mansion House".
        office = "Prime Minister" if m.group(1) == "PM" else m.group(1)
        published = [p.group("name") for p in _FROM_FIELD_PERSON.finditer(text[:3000])]
        if len(published) == 1:
            holders.add(published[0])  # the one minister the page is "From:"
            continue
        named = _office_holder(office, [], [], {}, header_text)
        if named != office:
            holders.add(named)
    if not holders and len(offices) == 1:
        return offices.pop()
    return holders.pop() if len(holders) == 1 else None


# What an office serves after it, kept in the genitive: "України", "Российской Федерации",
# "Курской области", "Київської обласної військової адміністрації" (capitalised words, then
# at most a few lowercase nouns of a region or body), up to the end of the title's phrase.
_OFFICE_SERVED = re.compile(
    r"(?:[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+){1,3}"
    r"(?:[ \t]+(?:области|області|края|краю|республики|республіки|округа|округу|обласної"
    r"|районної|міської|військової|адміністрації|администрации)){0,4}(?=[ \t]*(?:$|[\n.,:;!?]))"
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
    if speaker is None:
        speaker = _office_speech(_header(text, None), text)
    attrs = {"speaker": speaker, "speaker_label": None, "label_span": None, "index": 0}
    return (Span(start, end, "statement", attrs=attrs),)


_BOX_OPENER = re.compile(
    r"[ \t]*(?:[A-Z][\w’'\-]*(?:[ \t]+[\w’'\-]+){0,2}[ \t]*:|(?:Our|Sign|Subscribe|Get|Join"
    r"|Listen|Watch|Follow|Read|Related|Most|More)\b)"
)


def _plain_with_remarks(
    text: str, body_end: int, header: list[tuple[str, Name]]
) -> tuple[Span, ...]:
    """A plain Q&A (:func:`_plain_dialogue`) whose interviewer also puts a remark with no "?"
    (eKathimerini: "The opposition accuses the government of being naive, …" / "I understand
    why the opposition says this; …"): the plain rule reads only questions, so the remark and
    the reply to it join the answer above. The paragraph tagger may read the remark; its reading
    is taken only where it keeps every question the plain rule found, names the same two sides,
    and adds only one-paragraph remarks with no question mark, each between two answers."""
    plain = _plain_dialogue(text, body_end, header)
    if len(plain) < 6:
        return plain
    learned = _learned_dialogue(text, body_end, header)
    if len(learned) <= len(plain):
        return plain
    asked = {s.start for s in plain if s.label == "question"}
    learned_asked = {s.start for s in learned if s.label == "question"}
    if not asked <= learned_asked:
        return plain
    people = {(s.label, s.attrs.get("speaker")) for s in plain}
    if {(s.label, s.attrs.get("speaker")) for s in learned} != people:
        return plain
    for k, s in enumerate(learned):
        if s.label != "question" or s.start in asked:
            continue
        remark = text[s.start : s.end]
        reply = text[learned[k + 1].start : learned[k + 1].end] if k + 1 < len(learned) else ""
        if (
            "?" in remark
            # A box the tagger took for a remark: "Read also: …", a newsletter pitch over its
            # "Privacy Notice: …" (a heading and colon open the box or the line below it).
            or _BOX_OPENER.match(remark) is not None
            or _BOX_OPENER.match(reply) is not None
            or "\n" in remark.strip()
            or k == 0
            or k + 1 >= len(learned)
            or learned[k - 1].label != "answer"
            or learned[k + 1].label != "answer"
        ):
            return plain
    return learned


# A bold initials tag opening a paragraph, no colon or one: "**Д. С.** Олеже, чому …?",
# "**О. Т.:** Контракт закінчився, …".
_BOLD_INITIALS_PARA = re.compile(
    rf"^[ \t]*(?:\*\*|__)(?P<t>(?:[{UPPER}]\.[ \t\u00a0]?){{2,3}}):?(?:\*\*|__):?[ \t]+(?=\S)",
    re.MULTILINE,
)
# (A lookahead, so that "Півзахисник Олег Ткач" yields "Олег Ткач" after "Півзахисник Олег".)
_GIVEN_SURNAME = re.compile(
    rf"(?<![\w’'])(?=([{UPPER}][{LOWER}]+)[ \t\u00a0]+"
    rf"([{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?))"
)


def _initials_person(key: str, header: Sequence[tuple[str, Name]], above: str) -> str | None:
    """The person the page names whose initials spell ``key`` ("ДС"): a header's person, else
    the first "Given Surname" pair above the dialogue (the byline "Дмитро Савчук, 22.08.2023",
    the lead's "Півзахисник Олег Ткач, …")."""
    for _, n in header:
        if n.given and n.surname and (n.given[0][:1] + n.surname[:1]) == key:
            return n.display()
    for m in _GIVEN_SURNAME.finditer(above):
        if m.group(1)[0] + m.group(2)[0] == key:
            return f"{m.group(1)} {m.group(2)}"
    return None


def _initials_dialogue(
    text: str, body_end: int, header: list[tuple[str, Name]]
) -> tuple[Span, ...]:
    """A sports or regional paper tags each question with the interviewer's bold initials and
    the first answer with the interviewee's, the later answers opening with a dash only:

        **Д. С.** Олеже, чому повернувся саме зараз?
        **О. Т.** Контракт закінчився, …
        **Д. С.** У Польщі ти грав мало.
        — Так, останній сезон був важким. …

    Two tags, paragraphs opening with them three times or more, the more frequent the
    asker's (the answers drop theirs). Each tag is the person the byline or lead names with
    those initials, or null."""
    tags = [
        m
        for m in _BOLD_INITIALS_PARA.finditer(text, 0, body_end)
        if m.start() == 0 or text[: m.start()].rstrip(" \t").endswith("\n\n")
    ]
    keys = [re.sub(r"\W", "", m.group("t")) for m in tags]
    if len(tags) < 3 or len(set(keys)) != 2:
        return ()
    ask_key = max(set(keys), key=lambda k: (keys.count(k), -keys.index(k)))
    if keys.count(ask_key) < 2 or keys.count(ask_key) == len(keys) - keys.count(ask_key):
        return ()
    above = text[: tags[0].start()]
    names = {k: _initials_person(k, header, above) for k in set(keys)}
    answer_key = next(k for k in keys if k != ask_key)
    tag_at = {m.start(): (m, k) for m, k in zip(tags, keys, strict=True)}
    turns: list[list] = []  # [start, end, key]
    for para in _PARAGRAPH.finditer(text, tags[0].start(), body_end):
        p_start, p_end = strip_range(text, para.start(), para.end())
        if p_start >= p_end:
            continue
        tagged = tag_at.get(para.start()) or tag_at.get(p_start)
        dash = _DASH_PARA.match(text, p_start, p_end)
        if tagged is not None:
            turns.append([tagged[0].end(), p_end, tagged[1]])
        elif dash is not None and turns and turns[-1][2] == ask_key:
            turns.append([dash.end(), p_end, answer_key])
        elif turns:
            turns[-1][1] = p_end
    spans: list[Span] = []
    for n, (start, end, key) in enumerate(turns):
        end = _trim_furniture(text, start, end)
        start, end = strip_range(text, start, end)
        if start >= end:
            continue
        words = text[start:end]
        if key == ask_key:
            last = n == len(turns) - 1 or (n == len(turns) - 2 and turns[-1][2] != ask_key)
            label = (
                "other"
                if last and n > 0 and _REMARK.search(words) and "?" not in words
                else "question"
            )
        else:
            label = "answer"
        attrs = {"speaker": names[key], "speaker_label": None, "label_span": None}
        spans.append(Span(start, end, label, attrs={**attrs, "index": len(spans)}))
    return tuple(spans)
