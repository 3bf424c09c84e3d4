"""Document metadata read from the text: title, date, place, source URL, byline, hashtags.

Only the *header* (the first lines, cut at the first speaker label) and the *trailing block*
(source URL, hashtags, tags, credits, copyright at the very end) are read: a date in the middle
of an answer is an event the speaker mentions, not the document's date.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from dataclasses import dataclass

from rhetoscope.datewords import EN_MONTHS
from rhetoscope.structure import regex as re  # re with a cache for per-name patterns
from rhetoscope.structure.hashtags import (
    TagBlock,
    inline_hashtags,
    is_tag_line,
    mangled_block,
    unique,
)
from rhetoscope.structure.speakers import (
    INSTITUTION_ACRONYMS,
    LETTER,
    LOWER,
    OFFICE_HEADS,
    SHARE_BUTTON,
    UPPER,
    _news_outlet,
    fold,
)

MONTHS_EN = EN_MONTHS
MONTHS_RU = {
    "января": 1,
    "февраля": 2,
    "марта": 3,
    "апреля": 4,
    "мая": 5,
    "июня": 6,
    "июля": 7,
    "августа": 8,
    "сентября": 9,
    "октября": 10,
    "ноября": 11,
    "декабря": 12,
    "январь": 1,
    "февраль": 2,
    "март": 3,
    "апрель": 4,
    "май": 5,
    "июнь": 6,
    "июль": 7,
    "август": 8,
    "сентябрь": 9,
    "октябрь": 10,
    "ноябрь": 11,
    "декабрь": 12,
    # Ukrainian (genitive, as dates are written): "14 березня 2025 року".
    "січня": 1,
    "лютого": 2,
    "березня": 3,
    "квітня": 4,
    "травня": 5,
    "червня": 6,
    "липня": 7,
    "серпня": 8,
    "вересня": 9,
    "жовтня": 10,
    "листопада": 11,
    "грудня": 12,
    # A news site's short form: "17 мар 2025, 08:00" (TASS), "5 нояб. 2024".
    "янв": 1,
    "фев": 2,
    "мар": 3,
    "апр": 4,
    "июн": 6,
    "июл": 7,
    "авг": 8,
    "сен": 9,
    "сент": 9,
    "окт": 10,
    "ноя": 11,
    "нояб": 11,
    "дек": 12,
    # Ukrainian short forms: "4 квіт. 2025 р." (YouTube), "12 листоп. 2024".
    "січ": 1,
    "лют": 2,
    "берез": 3,
    "квіт": 4,
    "трав": 5,
    "черв": 6,
    "лип": 7,
    "серп": 8,
    "верес": 9,
    "жовт": 10,
    "листоп": 11,
    "груд": 12,
}
_EN_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_RU_MONTH = "(?:" + "|".join(MONTHS_RU) + r")\.?"
DATE_RE = re.compile(
    rf"(?P<mdy>(?P<m1>{_EN_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}}))"
    # (also "18-Oct-2024" (CGTN), "14/Feb/2025" (The Wire), "20. Mar 2025" (EUobserver))
    rf"|(?P<dmy>(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\.?(?:\s+(?:of\s+)?|-|/)(?P<m2>{_EN_MONTH})"
    rf"(?:,?\s+|-|/)(?P<y2>\d{{4}}))"
    # (a comma before the year: "22 квітня, 2025 18:40")
    rf"|(?P<ru>(?P<d3>\d{{1,2}})\s+(?P<m3>{_RU_MONTH}),?\s+(?P<y3>\d{{4}})(?:\s*(?:года|року|г\.|р\.))?)"
    r"|(?P<iso>(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2}))"
    r"|(?P<dot>(?P<d5>\d{1,2})\.(?P<m5>\d{1,2})\.(?P<y5>\d{4}))"
    # Year first with dots: "2025.05.21 08:00" (LRT), "Published: 2025.02.19." (Hungary Today).
    r"|(?P<ydot>(?P<y6>\d{4})\.(?P<m6>\d{2})\.(?P<d6>\d{2})(?!\d))"
    # Slashes, read only when the day cannot be the month: "19/03/2025" (a US "03/19/2025"
    # reads the other way; "03/04/2025" reads neither).
    r"|(?P<slash>(?<![\d/])(?P<a7>\d{1,2})/(?P<b7>\d{1,2})/(?P<y7>\d{4})(?![\d/]))",
    re.IGNORECASE,
)
_PLACE_WORD = rf"[{UPPER}][{LETTER}'’\-]+"
_PLACE = rf"{_PLACE_WORD}(?:[ \-]{_PLACE_WORD}){{0,2}}"
# The same, a Romance town's linking word kept lower case inside it: "Rio de Janeiro", "Ciudad
# del Este", "Reggio di Calabria" (before a dateline's date only); a German town's by its river
# too: "Frankfurt am Main", "Halle an der Saale" (the ECB's "Frankfurt am Main, 30 April 2026").
_PLACE_LINKED = (
    rf"{_PLACE_WORD}(?:[ \-](?:(?:de|da|do|dos|das|del|di|du|am|an[ ]der)[ ])?{_PLACE_WORD}){{0,2}}"
)
# "…, Moscow, November 13, 2025" / "Москва, 13 ноября 2025 года" / "November 13, 2025, Moscow".
# A dateline place sits next to the date with a comma ("Title – Date" is a title, not a place).
# In brackets after a title too: "… to RTL (excerpts) (Paris, 9 September 2025)".
_PLACE_BEFORE = re.compile(
    rf"(?:^|[,;–—\-|(]\s*|\n)\s*(?P<place>{_PLACE_LINKED})\s*,\s*"
    # (the capital's district after it, the date glued on by the scrape: state.gov's
    # "Washington, D.C.March 27, 2025")
    r"(?:D\.[ \t]?C\.[ \t]*,?[ \t]*)?$"
)
_NOT_PLACE = frozenset(
    re.findall(
        r"\w+",
        "briefing conference interview meeting remarks statement speech press report news service "
        "department ministry office updated published posted aired episode "
        "monday tuesday wednesday thursday friday saturday sunday "
        "понедельник вторник среда четверг пятница суббота воскресенье "
        "понеділок вівторок середа четвер пʼятниця субота неділя "
        # A site's sections and an outlet's name words, which a page's date line also carries
        # ("June 5, 2025 | Politics", "Posted Oct 9, 2024 · World News").
        "politics world business opinion analysis sport sports culture science tech technology "
        "health economy markets lifestyle entertainment travel video videos audio photo photos "
        "live latest breaking featured uncategorized uncategorised general local national "
        "international review editorial transcript transcripts interview interviews podcast "
        "blog commentary features home more today yesterday tomorrow tonight morning evening "
        "update read min times post journal daily gazette herald tribune radio tv television "
        "magazine agency channel network media online "
        "сегодня вчера завтра новости политика экономика общество интервью мнение видео фото "
        "обновлено опубликовано "
        # A page's buttons and sections under its date line ("Відео", "Поділитися", "Друк",
        # "Слухати", "Звернення" on president.gov.ua and suspilne.media).
        "відео фото новини звернення заяви поділитися ділитися друк слухати читати поделиться "
        # (a Ukrainian site's rubrics: "Суспільне Культура" / "Головна" / "Культура")
        "суспільство культура спорт економіка політика війна регіони головна "
        "слушать печать share print listen "
        # A hearing's contents under its date line: the page numbers' column head "Page".
        "page pages contents",
    )
)
# ", Moscow" or, on kremlin.ru, a time first: "28 июля 2025 года, 14:30, Москва, Кремль" (on the
# date's line: a place on the next line is read by ``_place_line``).
# (Japan's MOFA gives the clock in local time before the place: "Thursday, February 20, 2025,
# 7:42 p.m. (Local time) Johannesburg, Republic of South Africa".)
_PLACE_AFTER = re.compile(
    r"^[ \t]*(?:,[ \t]*\d{1,2}:\d{2}(?:[ \t]*[ap]\.m\.)?(?:[ \t]*\([Ll]ocal[ \t]+time\))?"
    rf"[ \t]*,?[ \t]*|,[ \t]*)(?P<place>{_PLACE})"
    r"[ \t]*(?:$|[.,;\n])"
)
# The town alone after a spaced dash, closing the date's line: the European Parliament's
# "Tuesday, 11 February 2025 - Strasbourg" (read only after a bare date, see below).
_PLACE_AFTER_DASH = re.compile(
    rf"^[ \t]+[-–—][ \t]+(?P<place>{_PLACE_WORD}(?:[ \t]{_PLACE_WORD})?)[ \t]*(?:$|\n)"
)
# A byline's fields: "By Priya Raman · 3 December 2024 · Stockholm · 9 min read".
# (Not after "|", which more often leads to the site's section: "June 5, 2025 | Immigration".)
_PLACE_AFTER_SEPARATOR = re.compile(rf"^[ \t]*[·•][ \t]*(?P<place>{_PLACE})[ \t*_]*(?:$|[·•|\n])")
# ("|" then a town and its US state's abbreviation is a place, no section: "Broadcast: April 17,
# 2025 | Bismarck, N.D.", "| Eau Claire, Wis.", "| Austin, TX")
_PLACE_AFTER_BAR_STATE = re.compile(
    rf"^[ \t]*\|[ \t]*(?P<place>{_PLACE}),[ \t]*(?:[A-Z][a-z]{{1,4}}\.|[A-Z]\.[A-Z]\.|[A-Z]{{2}})"
    r"[ \t]*(?:$|\n)"
)
# A stenogram's cover sets the town ("г." / "м.", its word for city) and the date in two
# columns of one line: "г. Вологда                      14 марта 2025 года".
_COLUMN_TOWN_BEFORE = re.compile(rf"(?:^|\n)[ \t]*(?:г|м)\.[ \t]*(?P<place>{_PLACE})[ \t]{{3,}}$")
# A press office's capitals town opening the date's line: "CHISINAU, 29 September 2025".
_CAPS_TOWN_DATE_LINE = re.compile(
    rf"(?:^|\n)[ \t*_]*(?P<place>(?:[{UPPER}]{{4,}}|[{UPPER}]{{2,}}(?=[ \-][{UPPER}]))"
    rf"(?:[ \-][{UPPER}]{{2,}}){{0,2}})[ \t]*,[ \t]*$"
)
# A date line that ends with its place: "Monday, 3 November 2025 in Berlin".
_PLACE_AFTER_IN = re.compile(rf"^[ \t]+in[ \t]+(?P<place>{_PLACE})[ \t.]*(?:$|\n)")
# Agency dateline at the start of an article: "WASHINGTON (Reuters) -", "MOSCOW, Nov 13 (AP) —".
_DATELINE = re.compile(
    # (a saint's or a fort's town abbreviated, as US papers write it: "ST. ROBERT —", "FT.
    # MYERS —"; a French saint's in Canada: "STE. ROSE DU LAC, Man. —")
    # (a two-letter first word hyphened to the next: RIA's "ЛА-ПАС, 3 мар — РИА Новости.")
    rf"^[ \t]*(?P<place>(?:(?:STE|ST|FT|MT|PT)\.[ \t]+)?"
    rf"(?:[{UPPER}]{{3,}}|[{UPPER}]{{2}}(?=-[{UPPER}]{{2,}}))"
    rf"(?:[ \-][{UPPER}]{{2,}}){{0,2}})"
    # (Yonhap sets two hyphens for the dash: "SEOUL, May 14 (Yonhap) --")
    # (Interfax's English wire sets a full stop after the town, its agency's brackets then
    # required: "MOSCOW. March 4 (Interfax) -")
    r"(?:,[^\n()]{0,30}|\.[ \t]+[^\n().]{1,30}?(?=[ \t]*\([^)\n]{1,20}\)))?"
    # (the dash may close the header's last line, the dateline set on a line of its own over
    # the first label: USTR's "04/14/2026" / "WASHINGTON —" / "AMBASSADOR GREER: …")
    r"\s*(?:\([^)\n]{1,20}\)\s*)?(?:--|[-–—])(?:\s|\Z)",
    re.MULTILINE,
)
DATELINE = _DATELINE
_URL = re.compile(r"https?://[^\s<>\"'«»]+|www\.[^\s<>\"'«»]+")
# "By Simon Shuster", "Автор: …", and the States Newsroom sites' "BY: NOLAN BRIGGS - JUNE 3,
# 2025 5:45 AM" (a colon after the word, the date after a dash).
# A wire's credit names the writer after the agency and the job, "by" in lowercase too:
# Xinhua's "by Xinhua writer Wang Lei", "By Anadolu Agency reporter Aylin Demir".
BYLINE = re.compile(
    r"^[ \t]*(?:[Bb]y[ \t]+(?:[A-Z][\w.'’\-]*[ \t]+){1,3}(?:staff[ \t]+|senior[ \t]+)?"
    r"(?:writers?|reporters?|correspondents?)|By:?|BY:?|Автор:?|Author:|Writer:|WRITER:"
    # DVIDS: "Story by Sgt. Maria Delgado" (the rank is the name's title).
    r"|Story[ \t]+by)"
    rf"[ \t]+(?P<name>[{UPPER}][{LETTER}.'’\-]*"
    # (the writer's post run on after the name is no part of it: the Christian Science
    # Monitor's "By Laura Kettering Staff writer")
    r"(?:[ \t]+(?:and|и|&|(?!(?:Staff|Senior|Special|Contributing|Chief)[ \t]+(?:writer"
    r"|reporter|correspondent|editor)s?\b)"
    # (nor is the paper's staff tag: "By OLIVIA BELANGER Sentinel Staff", "By Priya
    # Venkataraman Globe Correspondent, Updated …", nor the date run on after the name: "BY
    # ELENA MARQUEZ-FIELD  FEB. 19, 2025  5:00 AM CENTRAL")
    # ("By Jane Roe Chronicle Staff Writer", the tag's post spelt out)
    # (or glued to the stamp by a comma: "By Laura Kessler Globe Staff,Updated …")
    r"(?![A-Z][a-z][\w'’\-]*[ \t]+(?:Staff(?:[ \t]+(?:Writer|Reporter))?[ \t]*(?:$|,)"
    r"|Correspondent(?:[ \t]*$|,)))"
    rf"(?![{UPPER}][{LETTER}.'’\-]*[ \t]+\d)"
    rf"[{UPPER}][{LETTER}.'’\-]*))*)",
    re.MULTILINE,
)
_SOURCE_LINE = re.compile(
    r"^[ \t]*(?:(?:Source|Link|URL|Original|Источник|Джерело)\s*:\s*)?"
    r"(?P<url>(?:https?://|www\.)\S+)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"^(?:THIS IS A RUSH TRANSCRIPT|Transcript:?$|Print\b|Share\b|Skip to|Menu\b|Home\b"
    r"|(?:Follow|Subscribe|Listen|Comments?|Save|Like)$"
    r"|(?:Interview|Opinion|Analysis|Exclusive|News|Politics|World|Europe|Интервью|Мнение)$)",
    re.IGNORECASE,
)
_GLUED_LABEL = re.compile(r"(?<=\S)(?:Question|Answer|Вопрос|Ответ|QUESTION|ANSWER)\s*:")
# Promotions a page inserts between an interview's paragraphs as well as under it: "Follow Sky
# News on WhatsApp", "Keep up with … by following Sky News", "Tap here", "Sign up for our
# daily newsletter: …", "Subscribe to Here's the Deal, our politics newsletter …", "Listen to
# this Segment", "Watch the Full Episode", "Watch Sunday Morning … live on Sky News …",
# "Support Provided By: Learn more".
PROMO = (
    r"(?:Follow|Find)[ \t]+(?-i:[A-Z][\w'’&.\-]*(?:[ \t]+[A-Z][\w'’&.\-]*){0,3})[ \t]+on[ \t]+"
    r"(?:WhatsApp|Twitter|X|Facebook|Instagram|YouTube|TikTok|Threads|Bluesky|LinkedIn|Telegram"
    r"|Google News|Apple News|Spotify|Snapchat)\b.{0,160}"
    r"|Keep up(?:[ \t]+to date)?[ \t]+with\b.{0,120}\bby[ \t]+(?:following|subscribing)\b.{0,60}"
    r"|(?:Tap|Click)[ \t]+here\b.{0,60}"
    # The White House's footer: "Sign up to receive updates from the White House."
    # The Straits Times' "Join ST's Telegram channel and get the latest breaking news …".
    # A box's pitch that ends in its link's arrow: "Get the Harbour Review Gulf briefing every
    # Thursday. Sign up »".
    r"|[^\n]{0,160}\b(?:Sign[ \t]+up|Subscribe)[ \t]*[»›→]"
    # Mint's footer under every story: "Catch all the Business News, Market News, Breaking News
    # Events and Latest News Updates on Live Mint."
    r"|(?:Subscribe|Sign[ \t]+up|Register|Get|Join|Receive|Catch[ \t]+all)\b.{0,100}"
    r"\b(?:newsletters?|podcasts?|in-?box"
    r"|channel|alerts|updates|wherever[ \t]+you[ \t]+(?:get|listen))\b.{0,160}"
    r"|(?:Listen[ \t]+to|Watch|Read)[ \t]+(?:this|the)[ \t]+(?:full[ \t]+|whole[ \t]+)?"
    r"(?:segment|episode|interview|story|article|video|programme|program|show|conversation"
    # A think tank's footer: "Watch the full event on our YouTube channel."
    r"|event|discussion|panel|debate|webinar|recording)\b.{0,40}"
    r"|(?:Watch|Listen[ \t]+to|Catch)\b.{0,80}\b(?:live|on[ \t]+demand)\b.{0,80}"
    # A show's slot: "Listen to Tom Ashcroft weekdays from 10am on LBC, on the Global Player app."
    r"|(?:Watch|Listen[ \t]+to|Catch)\b.{0,80}\b(?:weekdays|weeknights|weekends|daily"
    r"|every[ \t]+\w+)[ \t]+(?:from|at)[ \t]+\d.{0,100}"
    # A show's day and network, no hour: "Watch Meet the Press Sundays on NBC and stream on
    # Peacock", "Listen to The Sunday Show every Sunday on BBC One".
    r"|(?:Watch|Listen[ \t]+to|Catch)\b.{0,80}\b(?:every[ \t]+\w+|each[ \t]+\w+|\w+days"
    r"|weeknights|weekdays|weekends|daily)[ \t]+on[ \t]+(?-i:[A-Z])[^\n]{1,100}"
    # "Watch Sunday Morning with Trevor Phillips from 8.30am every Sunday on Sky News."
    r"|(?:Watch|Listen[ \t]+to|Catch)\b.{0,80}\b(?:from|at)[ \t]+\d{1,2}(?:[.:]\d{2})?[ \t]*"
    r"(?:am|pm|a\.m\.|p\.m\.)[ \t]+(?:every|each|on)[ \t]+.{0,100}"
    # The show's slot as a sentence about it: "Sunday Morning with Rachel Ashdown airs every
    # Sunday from 8.30am on Sky News.", "Meet the Press airs Sundays at 9 a.m. on NBC."
    r"|.{0,80}\bairs[ \t]+(?:every[ \t]+\w+|each[ \t]+\w+|\w+days|weeknights|daily|live)\b"
    r"[^\n]{0,60}\b(?:from|at|on)[ \t]+[^\n]{1,80}"
    # … or as where it is on, and when by the clock: "Newsnight is on BBC Two on weekdays at
    # 22:30 and on BBC iPlayer." (a days word and a time, so no answer's "is on the table").
    # (capitals case-sensitive: PROMO is compiled ignoring case)
    r"|(?-i:[A-Z])[^\n.!?]{0,60}?[ \t]+is[ \t]+on[ \t]+(?-i:[A-Z])[^\n.!?]{0,40}?[ \t]+"
    r"(?:on[ \t]+)?(?:weekdays|weeknights|weekends|every[ \t]+(?-i:[A-Z])[a-z]+"
    r"|(?-i:[A-Z])[a-z]+days)[ \t]+"
    r"(?:at|from)[ \t]+\d{1,2}[:.]\d{2}\b[^\n]{0,80}"
    # CBS's link under a transcript: "Watch more of "Face the Nation" here."
    r"|(?:Watch|Listen[ \t]+to|Read)[ \t]+more[ \t]+(?:of|from)\b.{1,80}\bhere[.!]?"
    # A microsite's pointer: "Find out more about climate change and how it could affect you on
    # the ST microsite here."
    r"|(?:Find[ \t]+out|Learn|Read)[ \t]+more[ \t]+about\b.{1,120}\bhere[.!]?"
    r"|Support(?:[ \t]+for[ \t]+.{1,60})?[ \t]+(?:is[ \t]+)?provided[ \t]+by\b.{0,60}"
    # Substack's box between paragraphs: "Thanks for reading The Long Game! Subscribe for free
    # to receive new posts and support my work." / "Subscribe"; a mailing list's "Choose which
    # … products you want delivered to your inbox."
    r"|Thanks[ \t]+for[ \t]+reading\b.{0,80}\bsubscrib.{0,120}|Subscribe(?:[ \t]+now)?[.!]?"
    # A paper's plea under the story: "Support The Yorkshire Post and become a subscriber
    # today.", "Support The Herald by subscribing."
    r"|Support[ \t]+(?-i:(?:The[ \t]+|the[ \t]+|our[ \t]+)?[A-Z])[^\n.!?]{0,60}[ \t]+(?:and|by)"
    r"[ \t]+(?:becom(?:e|ing)[ \t]+an?[ \t]+(?:digital[ \t]+)?(?:subscriber|member)|subscribing)"
    r"[^\n.!?]{0,40}[.!]?"
    # (its e-mail field between the two: "Type your email…")
    r"|(?:Type|Enter)[ \t]+your[ \t]+e-?mail(?:[ \t]+address)?[ \t]*(?:…|\.{3})?"
    # UN News under its interviews: "Download the UN News app for your iOS or Android devices."
    r"|Download[ \t]+(?:the|our)\b.{0,60}\bapps?\b.{0,80}"
    # (or "Get the RNZ app" over its pitch, "for ad-free news and current affairs")
    r"|Get[ \t]+(?:the|our)[ \t]+(?:free[ \t]+)?(?-i:[A-Z][\w&'’.\-]*)(?:[ \t]+[\w&'’.\-]+){0,2}"
    r"[ \t]+app\b.{0,80}"
    # Reuters' newsletter box between paragraphs, reduced to its link: "Sign up here."
    r"|Sign[ \t]+up(?:[ \t]+(?:here|now|today))?[.!]?"
    r"|.{0,80}\bdelivered[ \t]+to[ \t]+your[ \t]+in-?box[.!]?"
    # "Listen to more Bloomberg Surveillance on Apple Podcasts, Spotify or wherever you listen."
    # (a broadcaster's own app too: "Listen to Lancashire Drive on BBC Sounds")
    # (or on its own app and radio sets: "Listen to Times Radio on our free app, on DAB or via
    # your smart speaker. Start your free trial of The Times.")
    # (or the radio set right after "on": "Listen to Times Radio on DAB, smart speaker and the
    # Times Radio app."; a plug naming its app first stays the intro's, as times_radio_aq has it)
    r"|Listen[ \t]+to[ \t]+[^\n.!?]{1,40}?[ \t]+on[ \t]+DAB\b.{0,80}"
    r"|Listen\b.{0,100}\b(?:Apple[ \t]+Podcasts|Spotify|BBC[ \t]+Sounds|Global[ \t]+Player"
    r"|wherever[ \t]+you[ \t]+(?:get|listen)|our[ \t]+(?:free[ \t]+)?app)\b.{0,80}"
    # (after the show's return notice: "Speak to the Mayor returns next month. Listen again on
    # Global Player.")
    r"|[^\n.!?]{1,60}\b(?:returns|is[ \t]+back|will[ \t]+(?:return|be[ \t]+back))\b[^\n.!?]{0,40}"
    r"[.!][ \t]+(?:Listen|Watch|Catch)\b.{0,100}\b(?:again|on[ \t]+demand|Apple[ \t]+Podcasts"
    r"|Spotify|BBC[ \t]+Sounds|Global[ \t]+Player|iPlayer|wherever[ \t]+you[ \t]+(?:get|listen))"
    r"\b.{0,80}"
    # A pitch that asks, then points to the outlet's podcasts or newsletters: "Want a quick and
    # expert briefing on the biggest news stories? Listen to our latest podcasts to find out …"
    r"|(?:Want|Looking[ \t]+for|Need)\b[^\n?]{0,100}\?[ \t]+(?:Listen[ \t]+to|Subscribe[ \t]+to"
    r"|Sign[ \t]+up[ \t]+(?:to|for)|Try)[ \t]+our\b[^\n]{0,40}\b(?:podcasts?|newsletters?)\b"
    r".{0,100}"
)
PROMO_LINE = re.compile(rf"^[ \t]*(?:{PROMO})[ \t]*$", re.IGNORECASE)
# A media player's card (see trailing_start): its running time alone on a line, and the card
# whole, a rubric with a bar before the show, then at most two title lines over that time.
_PLAYER_RUNTIME = re.compile(r"[ \t]*Duration[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*")
_PLAYER_CARD = re.compile(
    r"(?m)^[ \t]*(?:Audio|Video|WATCH|LISTEN)[ \t]*\|[^\n]{3,80}\n(?:[^\n?]{3,200}\n){0,2}"
    r"[ \t]*Duration[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*$"
)
_TRAILING_LINE = re.compile(
    # A Telegram post decorates its closing lines with an emoji ("▶️ Повне відео брифінгу — за
    # посиланням: https://…", "👁 23.4K").
    r"^[ \t]*(?:[\u2022\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff"
    r"\U0001f000-\U0001faff][\ufe0f\u200d]*[ \t]*)*(?:"
    r"(?:Source|Источник|Джерело|Link|URL|Original)\s*:\s*\S.*"
    # A government site's media tab left as a line of its own under the tags (mid.ru's "Photo
    # gallery" over "Subscribe to news" / "Print").
    r"|(?:Photo[ \t]+gallery|Фотогалерея(?:[ \t]+и[ \t]+видео)?)[ \t]*$"
    # A US mission's WordPress strip under the post: "By U.S. Mission United Nations | 5 March,
    # 2025 | Topics: Haiti, Security Council | Tags: Remarks, Stakeouts".
    r"|(?-i:By)[ \t]+[^\n|]{2,80}\|[^\n]*\|[ \t]*(?:Topics|Tags|Categor\w*)[ \t]*:[^\n]*"
    # A box about the company or the guest: "About Tessellate: Founded in 2019, …".
    r"|(?-i:About[ \t]+[A-Z][^\n:]{0,60}):[ \t]+\S[^\n]*"
    # WordPress's Jetpack share and like widgets, one button a line under "Share this:" /
    # "Like this:": "Click to share on Facebook (Opens in new window)" / "Loading...".
    r"|Click[ \t]+to[ \t]+(?:share|print|email)\b[^\n]{0,80}"
    r"|Loading(?:\.{3}|…)[ \t]*$"
    # A broadcaster's episode card under the segment's player: "PBS News Hour full episode,
    # May 12, 2025" (a show's name, then "full episode" and its date, no sentence).
    r"|(?-i:[A-Z])[^\n.!?]{0,60}[ \t]full[ \t]+episode(?:,[ \t]+[^\n.!?]{3,30})?[ \t]*$"
    # An oral-history archive's item record under the transcript: "Download: Full transcript
    # (PDF, 41 pp.) | Audio (MP3, 68 MB)", "Cite this item: Ybarra, Dolores. Interview by …",
    # "Rights: This interview is made available …", "Subjects: …", "Related interviews: …",
    # and the library's address row "Tulare County Library | 200 W. Oak Ave., Visalia, CA
    # 93291 | (559) 555-0188".
    r"|(?-i:Downloads?)[ \t]*:[^\n]{0,40}\b(?:PDF|MP3|WAV|[Tt]ranscript|[Aa]udio)\b[^\n]{0,120}"
    r"|(?-i:Cite[ \t]+this(?:[ \t]+(?:item|interview|record|page))?|How[ \t]+to[ \t]+cite"
    r"|Suggested[ \t]+citation)[ \t]*:[^\n]{0,300}"
    r"|(?-i:Rights(?:[ \t]+statement)?|Related[ \t]+interviews)[ \t]*:[ \t]*\S[^\n]{0,300}"
    # A blog's or magazine's category and tag rows under the story: "Posted in Health,
    # Science+Technology" / "Tagged climate change, public health" (short comma lists, no
    # sentence mark at their end).
    r"|(?-i:(?:Posted|Filed)[ \t]+(?:in|under)|Tagged)[ \t]+(?-i:[A-Za-z])[^\n.!?:]{0,150}"
    r"(?<![.!?])[ \t]*$"
    # (a catalogue's subject headings run on with "--": "Subjects: Migrant agricultural
    # laborers -- California -- Tulare County; …"; a government transcript's "Subjects: Urgent
    # care; Interest rates." is its own)
    r"|(?-i:Subjects)[ \t]*:[^\n]{1,120}?[ \t]--[ \t][^\n]{0,300}"
    r"|(?-i:[A-Z][^\n|]{2,60}\|[^\n|]{5,80}\b[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?[ \t]*\|[ \t]*"
    r"\(?\d{3}\)?[ \t.\-]?\d{3}[\-.]\d{4})"
    # A club's ticket note under its podcast transcript: "Tickets for Saturday's FA Trophy tie
    # are on sale now from the club shop and online: adults £10, …".
    r"|(?-i:Tickets)[ \t]+(?:for|to)[ \t]+[^\n]{0,80}?\b(?:are|go|went)[ \t]+on[ \t]+sale\b"
    r"[^\n]{0,200}"
    # A sign-up box under the last answer: "Sign up for The Ledgerpoint Asia Briefing — every
    # weekday at 7 a.m. HKT.", "Sign up for our weekly digest".
    r"|(?-i:Sign[ \t]+up[ \t]+(?:for|to)|Subscribe[ \t]+to)\b[^\n]{0,80}"
    r"(?-i:\b(?:[Nn]ewsletters?|[Bb]riefing|[Dd]igest|[Bb]ulletin))\b[^\n]{0,120}"
    # Where the organiser files its records: "Forum transcripts are published at
    # ksf.org.ua/transcripts.", "Full transcripts are available on our website."
    r"|(?-i:(?:[A-Z][\w\-]*[ \t]+){0,3})[Tt]ranscripts?[ \t]+(?:are|is)[ \t]+"
    r"(?:published|available|posted|archived)[ \t]+(?:at|on)\b[^\n]{0,120}"
    # A radio page's foot: its "about the guest" note on one line, the hosts' credit (names
    # only) and the station's "listen to us" line (Радіо: "Про гостя: Богдан Ярош-Левицький —
    # доктор історичних наук, …" / "Ведучі: Тарас Ткачук, Ірина Гордієнко" / "Слухайте нас на
    # 101,7 FM та на всіх подкаст-платформах.").
    r"|(?:Про[ \t]+(?:гостя|гостю|гостей|експерта|спікера)|О[ \t]+госте|Об[ \t]+эксперте"
    r"|About[ \t]+(?:the|our)[ \t]+(?:guest|guests|expert))[ \t]*:[ \t]*\S[^\n]{10,600}"
    r"|(?:Ведучі|Ведучий|Ведуча|Ведущие|Ведущий|Ведущая|Hosts?|Presenters?|Presented[ \t]+by)"
    r"[ \t]*:?[ \t]+(?-i:[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’]+[ \t]+[A-ZА-ЯЁІЇЄҐ][\w'’\-]+"
    r"(?:[ \t]*(?:,|і|и|та|and|&)[ \t]*[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’]+[ \t]+[A-ZА-ЯЁІЇЄҐ][\w'’\-]+)*)"
    r"|(?:Слухайте|Слушайте)[ \t]+нас\b[^\n]{0,150}"
    # (or the station by its name: "Слухайте Громадське радіо: FM 95.2, онлайн та в
    # застосунку.", "Слушайте «Радио Сфера» на 91,4 FM")
    r"|(?:Слухайте|Слушайте)[ \t]+(?:[«\"]?[А-ЯЁІЇЄҐ][^\n,.:!?]{0,40}[ \t])?[«\"]?"
    r"(?:радіо|радио)\b[^\n]{0,150}"
    r"|Listen[ \t]+to[ \t]+us[ \t]+(?:on|at)\b[^\n]{0,150}"
    # A print Q&A's closing credit, who spoke to whom for the paper, whatever else its line
    # says: "Orla Brennan spoke to Pádraig Ó Súilleabháin for The Western Review. 'Fuaim an
    # Halla' is out on Cló Iar-Chonnacht on 14 June." (a name, not "I" or "We", opens it).
    r"|(?-i:[A-Z][\w'’\-]+[ \t]+[A-Z][\w'’\-]+)[ \t]+(?:spoke|talked)[ \t]+(?:to|with)[ \t]+"
    r"(?-i:[A-Z])[^\n.!?]{1,80}?[ \t]+for[ \t]+(?:the[ \t]+)?(?-i:[A-Z])[^\n.!?]{1,60}\."
    r"[^\n]{0,200}"
    # A wire reporter's address alone under the story (Yonhap: "kdaeun@yna.co.kr" / "(END)").
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    # A government site's own notice at its foot (the U.S. embassies' "This is the official
    # website of the U.S. Embassy in … External links to other Internet sites should not be
    # construed as an endorsement of the views or privacy policies contained therein.").
    r"|(?:This[ \t]+is[ \t]+the[ \t]+official[ \t]+(?:web[ \t]?)?site[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?-i:[A-Z])|External[ \t]+links[ \t]+to[ \t]+other[ \t]+(?:Internet[ \t]+)?sites[ \t]+"
    r"(?:should|are)[ \t]+not[ \t]+(?:be[ \t]+)?construed)[^\n]{0,300}"
    # A stenographic version's end mark under the last words (Mexico's presidency: "---000---",
    # "--oOo--").
    r"|-{1,5}[ \t]*[oO0]{3}[ \t]*-{1,5}[ \t]*$"
    # An agency's sign-off after a dash rule, its acronym alone (Oman News Agency's "--- ONA");
    # an agency's name is no longer in capitals (Bernama's "-- BERNAMA", "-- AZERTAC"); a
    # single dash will do (the Philippine News Agency's "— PNA").
    r"|(?:[-–—]{2,3}|[–—])[ \t]*(?-i:[A-Z]{2,10})[ \t]*$"
    # A ministry's end rule of spaced dots over its sign-off (Singapore's MFA: ".     .     .
    # .     ." / "MINISTRY OF FOREIGN AFFAIRS") — spaced, so never an answer's own "…".
    r"|\.(?:[ \t]+\.){2,}[ \t]*$"
    # A wire's transmission slug, closed by the teleprinter's end-of-message "NNNN": KUNA's
    # "KUNA 201430 Jan 25NNNN" under the story.
    r"|[A-Z]{2,8}[ \t]+\d{6}[^\n]{0,30}NNNN[ \t]*$"
    # A government press release's end block (Hong Kong's info.gov.hk: "Ends/Tuesday, May 6,
    # 2025" / "Issued at HKT 17:34" / "NNNN" / "Today's Press Releases  |  Print this page").
    r"|(?-i:Ends)/[ \t]*[^\n]{0,40}\d{4}[ \t]*$"
    r"|Issued[ \t]+at[ \t]+(?-i:[A-Z]{2,4})[ \t]+\d{1,2}:\d{2}[ \t]*$"
    r"|(?-i:NNNN)[ \t]*$"
    r"|Today's[ \t]+Press[ \t]+Releases\b[^\n]{0,60}$"
    # A radio page's player link under the transcript: "Слушать эфир полностью (42:16)".
    r"|(?:Слушать|Смотреть|Слухати|Дивитися)[ \t]+(?:(?:эфир|ефір|запись|запис|выпуск|випуск"
    r"|программу|програму|видео|відео)[ \t]+)?(?:полностью|целиком|повністю)\b[^\n]{0,30}$"
    # A programme's crew credits under the transcript: "Над программой работали: ведущая …,
    # режиссёр …, оператор …" ("Над програмою працювали: …").
    r"|Над[ \t]+(?:программой|выпуском|передачей|эфиром|програмою|випуском|передачею|ефіром)"
    r"[ \t]+(?:работали|працювали)[ \t]*:[^\n]{0,300}$"
    # … and its schedule line: "Смотрите «Открытый разговор» по пятницам в 19:30 на …".
    # ("Смотрите и слушайте «…» по четвергам …": both verbs).
    r"|(?:Смотрите|Слушайте|Дивіться|Слухайте)"
    r"(?:[ \t]+(?:и|і|та)[ \t]+(?:смотрите|слушайте|дивіться|слухайте))?[ \t]+«[^»\n]{1,60}»[ \t]+"
    r"(?:по[ \t]+(?:понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям|будням)"
    r"|щоп['’]?ятниці|щосуботи|щонеділі|щопонеділка|щовівторка|щосереди|щочетверга|щодня"
    r"|каждую|каждый|каждое|ежедневно)[^\n]{0,120}$"
    # … or the station's own, by its name and a clock rather than a programme in quotes:
    # "Радіо Свобода щодня наживо о 12:00 та 17:00 в ефірі та на YouTube" (a daily word, a time
    # and the air, no sentence mark).
    r"|(?=[^\n]*\d{1,2}:\d{2})(?=[^\n]*(?:наживо|ефір|эфир|YouTube))[^\n.!?]{0,60}?"
    r"(?<!\w)(?:щодня|щоденно|ежедневно|щобудня)(?!\w)[^\n.!?]{0,150}$"
    # A station's note on where to tune in under a radio interview: "Громадське радіо можна
    # слухати на частотах FM, а також у застосунку." ("… можно слушать на частотах …").
    r"|[^\n.!?]{2,60}[ \t](?:можна[ \t]+слухати|можно[ \t]+слушать)[ \t]+(?:на[ \t]+частот"
    r"|в[ \t]+ефірі|в[ \t]+эфире|у[ \t]+застосунку|в[ \t]+приложении)[^\n]{0,160}$"
    # A live player's widget label alone under the text: "Прямой эфир", "Прямий ефір".
    r"|(?:Прямой[ \t]+эфир|Прямий[ \t]+ефір)[ \t]*$"
    # A news site's note that the story is still being written, under the last answer:
    # "Материал дополняется", "Новость обновляется", "Матеріал доповнюється".
    r"|(?:Материал|Новость|Текст|Статья|Матеріал|Новина|Стаття)[ \t]+(?:дополняется"
    r"|обновляется|доповнюється|оновлюється)[ \t]*(?:\.|\.{3}|…)?[ \t]*$"
    # A Russian outlet's media registration at the foot of the page: "Certificate of
    # registration of mass media EL No. FS77-81744 issued on …", "Свидетельство о регистрации
    # СМИ Эл № ФС77-…".
    r"|(?:Certificate[ \t]+of[ \t]+registration[ \t]+of[ \t]+(?:the[ \t]+)?mass[ \t]+media"
    r"|Свидетельство[ \t]+о[ \t]+регистрации[ \t]+(?:СМИ|средства[ \t]+массовой[ \t]+информации)"
    r"|Свідоцтво[ \t]+про[ \t]+(?:державну[ \t]+)?реєстрацію[ \t]+(?:ЗМІ|засобу[ \t]+масової"
    r"[ \t]+інформації))\b[^\n]{0,200}$"
    # A court report's closing note under the hearing's fragment: "Наступне засідання у справі
    # призначене на 2 квітня." (Russian "Следующее заседание назначено на …").
    r"|(?:Наступне|Следующее)[ \t]+(?:судове[ \t]+|судебное[ \t]+)?(?:засідання|заседание)"
    r"[^\n.!?]{0,40}[ \t](?:призначен\w*|назначен\w*)[ \t]+на[ \t][^\n.!?]{1,40}\.?$"
    # The Oireachtas's section links under a debate: "Previous Section: Business of Committee
    # |  Next Section: …".
    r"|(?:Previous|Next)[ \t]+Section[ \t]*:[^\n]{0,200}$"
    # A paywall's prompt under the free part of a transcript (Seeking Alpha: "Unlock this
    # transcript and thousands more with SA Premium." / "Continue reading").
    r"|Unlock[ \t]+this[ \t]+(?:transcript|article|story|interview)\b[^\n]{0,100}"
    r"|Continue[ \t]+reading[ \t]*$"
    # A page's link back to its top under the text: CNN's transcript pages' "TOP" under the
    # last "(COMMERCIAL BREAK)", a site's "Back to top ↑".
    r"|(?-i:TOP)[ \t]*$|Back[ \t]+to[ \t]+top\b[^\n\w]{0,4}$"
    # A blog's comment prompt with its counts: "Leave a comment   ♡ 41   Share".
    r"|Leave[ \t]+a[ \t]+(?:comment|reply)\b[^\n.!?]{0,60}$"
    # A CMS's empty list under its box heading: Rev's "Topics:" / "No items found.".
    r"|No[ \t]+(?:items|results|posts|tags|topics)[ \t]+found[.!]?[ \t]*$"
    # A public body's page date under its text: the NHS's "Last reviewed: 9 December 2024",
    # "Page last updated: 3 March 2025".
    # A wiki's footer: MediaWiki's "This page was last edited on 9 April 2025, at 14:02."
    r"|(?:This[ \t]+page[ \t]+was[ \t]+)?(?:Page[ \t]+)?[Ll]ast[ \t]+"
    r"(?:reviewed|updated|modified|edited)[ \t]*(?:on)?[ \t]*:?"
    r"[ \t]*[^\n]{0,20}\d[^\n]{0,20}"
    # (a government page's next field after a wide gap: NASA's "Page Last Updated: May 9,
    # 2024   Responsible NASA Official: …")
    r"(?:[ \t]{2,}[A-Z][^\n]{0,30}:[^\n]{1,60})?$"
    # A minutes page's posting line: "Posted by: Office of the Board Clerk | Last updated …".
    r"|Posted[ \t]+by[ \t]*:[^\n]{1,160}$"
    # A conference programme's crumbs under a session's transcript: "Share this session:
    # LinkedIn | X | Email", "Next session: 4A — Autonomous inland barges (15:30, Hall 2)".
    r"|Share[ \t]+this[ \t]+(?:session|talk|panel|episode|page|article|story|post)[ \t]*:"
    r"[^\n]{0,120}$"
    # A pager to the site's neighbouring items, Hansard's under the last contribution too:
    # "Previous debate: Business of the House" / "Next debate: Points of Order"; a blog's
    # arrowed pager, "« Previous post: Interfaith Week | Next post: Volunteers wanted »".
    r"|(?:[«‹←<][ \t]*)?(?:Next|Previous)[ \t]+"
    r"(?:session|talk|panel|episode|debate|article|story|post)"
    r"[ \t]*:[^\n]{0,160}$"
    # A ministry's board pager, both neighbours' titles on one line after its list link: "List
    # | Prev: Regular Press Briefing by … (May 8, 2025) | Next: Regular Press Briefing by …".
    r"|(?:List[ \t]*\|[ \t]*)?(?:Prev|Previous)[ \t]*:[^\n|]{1,200}\|[ \t]*Next[ \t]*:[^\n]{1,200}$"
    # A Russian or Ukrainian site's pager, both neighbours on one line: the Duma's "« Предыдущий
    # вопрос   Следующий вопрос »", "← Попередня новина | Наступна новина →".
    r"|(?:[«‹←<][ \t]*)?(?:Предыдущ|Попередн)\w*[ \t]+\w+(?:[ \t]*[|/][ \t]*|[ \t]{2,})"
    r"(?:Следующ|Наступн)\w*[ \t]+\w+[ \t]*[»›→>]?[ \t]*$"
    # … and its footer naming the site, capitalised words alone before the stop, whatever note
    # follows: "Официальный сайт Государственной Думы. Стенограммы публикуются …" ("Офіційний
    # вебпортал Верховної Ради України.").
    r"|(?:Официальный|Офіційний)[ \t]+(?:интернет-|веб-?)?(?:сайт|портал|вебсайт|вебпортал)"
    r"(?-i:(?:[ \t]+[«\"]?[А-ЯЁІЇЄҐ][\w\-»\"]*){1,6})\.(?:[ \t]+[^\n]{0,200})?$"
    # A YouTube description's toggle under a transcript pasted into it: "Show less".
    r"|Show[ \t]+less[ \t]*$"
    # A newsletter's box under the story ("Newsletter: The Long Read, every Saturday. Sign up
    # ›") and an event site's pointer to the next item of its programme ("Next session: Panel
    # 4, "Water after the drought", 15:30, Main Hall A").
    r"|Newsletter[ \t]*:[^\n]{1,160}"
    r"|(?:Next|Previous|Upcoming)[ \t]+(?:session|panel|event|episode)[ \t]*:[^\n]{1,160}"
    # A newspaper's comment section under the story: "Join the conversation" / "Show comments"
    # / "The Telegraph values your comments but kindly requests all posts are on topic, …".
    # A news site's pitch under the story: "Get Latest India News along with Latest News and
    # Top Headlines from India and around the world."
    r"|Get[ \t]+(?:the[ \t]+)?Latest[ \t]+[^\n]{0,80}?\bNews\b[^\n]{0,160}"
    # The lead photo's credit under its own heading: "Main image credit: Jakub Porzycki/NurPhoto
    # via Getty Images".
    r"|(?:Main|Top|Header|Lead|Featured|Cover)[ \t]+(?:image|photo|picture)[ \t]+credit[ \t]*:"
    r"[^\n]{2,160}"
    # The writer's one-line bio under the story: "Daniel Tilles is editor-in-chief of Notes from
    # Poland.", "Jane Roe is a correspondent for …" (a full name, a desk's post, its outlet).
    r"|(?-i:[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,2})[ \t]+is[ \t]+(?:the[ \t]+|an?[ \t]+)?"
    r"(?:[\w\-]+[ \t]+){0,2}(?:editor-in-chief|editor|correspondent|reporter|journalist|writer"
    r"|columnist)[ \t]+(?:of|at|for|with)[ \t]+(?-i:[A-Z])[^\n]{1,80}"
    # The outlet's note on how it is paid for: "Notes from Poland is run by a small editorial
    # team and published by an independent, non-profit foundation that is funded through
    # donations from our readers."
    r"|[^\n]{0,160}\b(?:funded|supported|financed)[ \t]+(?:by|through)[ \t]+(?:the[ \t]+)?"
    r"(?:donations|contributions|support)[ \t]+(?:from|of)[ \t]+(?:our[ \t]+)?readers\b[^\n]{0,200}"
    # (or its prompt to open the thread: the Times of India's "Start a Conversation")
    # A weekly's note of the print issue the interview ran in: "Опубликовано в №39 (985)",
    # "Опубліковано в № 12 (2231)", "Published in No. 39 (985)".
    r"|(?:Опубликовано|Опубліковано|Published)[ \t]+(?:в|у|in)[ \t]+(?:(?:номере|номері|issue)"
    r"[ \t]+)?(?:№|No\.?|#)[ \t]*\d{1,4}(?:[ \t]*\(\d{1,5}\))?"
    r"(?:[ \t]+(?:от|від|of)[ \t]+[^\n]{4,30})?[ \t]*$"
    r"|(?:Join[ \t]+the[ \t]+(?:conversation|discussion|debate)"
    r"|Start[ \t]+a[ \t]+(?:conversation|discussion)"
    # (or the paper's own forum, or its bare call, a box's heading with no one addressed:
    # "Join our commenting forum", "Have your say...")
    r"|Join[ \t]+our[ \t]+(?:commenting[ \t]+)?(?:forum|community|comments?|conversation)"
    r"|Have[ \t]+your[ \t]+say(?:\.{3}|…)?"
    r"|(?:Show|Hide|View|Load|Read)[ \t]+(?:all[ \t]+)?(?:\d[\d,]*[ \t]+)?comments?)[ \t]*$"
    r"|[^\n]{0,60}\b(?:values|welcomes)[ \t]+(?:your|readers['’])[ \t]+comments\b[^\n]{0,200}"
    # (the site's disclaimer over its comment box: "Disclaimer: The comments uploaded on this
    # site do not necessarily represent … the views of management …")
    r"|Disclaimer[ \t]*:[ \t]*(?:The[ \t]+)?(?:comments|views|opinions)[ \t]+[^\n]{0,80}"
    r"\b(?:site|website|page|forum)\b[^\n]{0,200}"
    # (the Taipei Times' rule over its comment box: "Comments will be moderated. Keep comments
    # relevant to the article.")
    r"|Comments[ \t]+(?:will[ \t]+be|are)[ \t]+(?:moderated|reviewed)\b[^\n]{0,200}"
    # A call to follow the outlet: "Читайте Kazinform в Telegram", "Следите за нами в VK".
    # Suspilne's: "Стежте за новинами Суспільного в Telegram".
    # RBC-Ukraine's: "Більше новин у нашому Telegram-каналі." ("Больше новостей в нашем …").
    # Kommersant's: "Подписаться на Telegram-канал «Ъ-Урал»" (the button's words).
    # Ukrinform English's: "If you want to stay informed, subscribe to our Telegram channel".
    r"|(?:Читайте|Следите|Слідкуйте|Стежте|Читайте[ \t]+нас|Follow[ \t]+us"
    r"|(?:If[ \t]+you[ \t]+want\b[^\n,]{0,80},[ \t]*)?Subscribe[ \t]+to[ \t]+our"
    r"|Подписаться|Подписывайтесь|Підписатися|Підписуйтеся|Підписуйтесь"
    r"|(?:Ще[ \t]+|Еще[ \t]+|Ещё[ \t]+)?(?:Більше|Больше)[ \t]+(?:новин|новостей))"
    r"\b.{0,60}\b(?:Telegram"
    r"|Телеграм\w*|Дзен\w*|VK|ВКонтакте|YouTube|WhatsApp|Viber)\b.{0,40}"
    # A news aggregator's prompt under the story: "Добавьте РИА Новости в избранные источники",
    # "Add Reuters as a preferred source on Google".
    r"|(?:Добавьте|Додайте|Add)\b.{0,60}\b(?:избранн\w*|улюблен\w*|обран\w*|preferred)[ \t]+"
    r"(?:источник\w*|джерел\w*|sources?)\b.{0,60}"
    # … a news aggregator's button: "Добавить РИА Новости в список источников".
    r"|(?:Добавить|Добавьте|Додати|Додайте)\b.{0,60}[ \t](?:в|до)[ \t]+(?:список|списку)[ \t]+"
    r"(?:источников|джерел)\b.{0,40}"
    # A page's bookmark button, the comments link beside it (ria.ru: "Добавить в избранное
    # Комментарии", "Додати в обране", "Add to favorites  Comments (14)").
    r"|(?:Добавить|Додати)[ \t]+(?:в|до)[ \t]+(?:избранное|обране|обраного|закладки)"
    r"(?:[ \t]{2,}(?:Комментарии|Коментарі)(?:[ \t]*\(?\d{1,5}\)?)?)?[ \t]*$"
    r"|Add[ \t]+to[ \t]+(?:favou?rites|bookmarks)"
    r"(?:[ \t]{2,}Comments(?:[ \t]*\(?\d{1,5}\)?)?)?[ \t]*$"
    # A short line pointing to the link it ends with ("Full video: https://…").
    r"|[^\n.!?]{0,100}:[ \t]*(?:https?://|www\.)\S+"
    # A Telegram post's reactions under it, each an emoji and its count: "❤️ 214  🔥 37  👍 91".
    r"|\d[\d.,]*[KkКк]?(?:[ \t]+[\u2190-\u27bf\U0001f000-\U0001faff][\ufe0f\u200d]*[ \t]*"
    r"\d[\d.,]*[KkКк]?)+"
    # Its call to subscribe, ending with the channel's handle: "Підписатися на канал ➡️
    # @zhytomyr_online", "Подписывайтесь на наш канал: @rian_ru".
    r"|(?:Підписатися|Підписуйтеся|Підписуйтесь|Подписаться|Подписывайтесь|Subscribe)\b"
    r"[^\n]{0,60}@\w+"
    # A link's call to action, its arrow set off by a space: "Register for upcoming events »",
    # "Все новости ›" (a closing «» quote sits on its last word).
    r"|[^\n.!?«»]{1,60}[ \t]+[»›→][ \t]*$"
    # A post's view counter: "👁 23.4K", "12,5K просмотров".
    r"|\d{1,3}(?:[.,]\d{1,3})?[ \t]?[KkMmКкМм](?:[ \t]+(?:views|просмотр\w*|переглядів))?"
    # Telegram adds the edit mark and its time beside it: "👁 48.2K   изменено 13:47".
    r"(?:[ \t]+(?:edited|изменено|змінено|ред\.)(?:[ \t]+\d{1,2}:\d{2})?)?"
    # A page's labelled view counter: president.gov.ua's "Переглядів: 12 458", "Просмотров: 3 120",
    # "Views: 1,204" (a number and nothing else after the word).
    r"|(?:Переглядів|Перегляди|Просмотров|Просмотры|Views)[ \t]*:[ \t]*\d[\d \t.,\u00a0\u202f]*"
    r"[KkMmКкМм]?"
    r"|(?:https?://|www\.)\S+#?"
    # A weekly's print-issue note under the story: "Опубликовано в №39 (985)", "Опубліковано
    # в газеті № 12".
    r"|(?:Опубликовано|Опубліковано)[ \t]+в[ \t]+(?:(?:газете|газеті|номере|номері)[ \t]+)?"
    r"№[ \t]*\d{1,4}(?:[ \t]*\(\d{1,5}\))?(?:[ \t]+от[ \t]+[\d.]+)?"
    # (a trade magazine's: "Categories: Offshore Energy Europe Renewables Wind Power Policy")
    # (a think tank's "Article tags: Pacific Islands, Tonga, Fisheries, Debt")
    # (a bank's or ministry's "Ключевые слова: ключевая ставка, …")
    # (a Ukrainian city council's "Мітки: водопостачання, …", Russian "Метки:")
    r"|(?:(?:Article|Story|Post)[ \t]+tags|Tags?|Теги|Тэги|Мітки|Метки|Žymės|Keywords|Topics|Темы"
    r"|Categor(?:y|ies)"
    r"|Ключевые[ \t]+слова"
    r"|Filed[ \t]+under)"
    # (a magazine's: "Topics in this article : Ed Miliband, Energy, Net zero")
    r"(?:[ \t]+in[ \t]+this[ \t]+(?:article|story|piece)(?=[ \t]*:))?\s*(?::.*)?"
    # Substack's foot: "Leave a comment" / "Share" / the footnotes / "Discussion about this
    # post" / "Comments" / "Restacks".
    # The story's credits under the last answer: "Interview by Pavel Gruzdev. Translated by
    # Meduza’s English-language team." (each sentence one credit, no one's words).
    r"|(?:(?:Interview(?:ed)?|Interview[ \t]+conducted|Translated|Translation|Edited|Condensed"
    r"|Reported|Additional[ \t]+reporting|Produced|Compiled|Photos?|Illustrations?"
    # El País English: "English version by Heather Galloway."
    r"|(?:English|Spanish|French|German|Italian|Portuguese)[ \t]+(?:version|translation))[ \t]+by"
    r"[ \t]+(?-i:[A-Z])(?:[^\n.!?]|(?<=[ \t][A-Z])\.){1,80}[.]?[ \t]*"
    # a magazine show's crew after a comma: "Associate producer, Mei Lin Harper. Broadcast
    # associate, Grace Tolliver."
    r"|(?:(?:Associate|Senior|Executive|Field|Broadcast|Segment)[ \t]+)?"
    r"(?:producers?|associates?|editors?|researchers?)[ \t]*,[ \t]+(?-i:[A-Z])[^\n.!?]{1,80}"
    r"[.]?[ \t]*){1,6}"
    # … or the field's form, a translator's note after it: "Interview: Élodie de la Motte.
    # Translated from the German by the author."
    # (a name's words only: "Interviewer: Thank you for sharing this." is a turn)
    r"|Interview[ \t]*:[ \t]+(?-i:[A-ZÀ-Þ][\w'’\-]+"
    r"(?:[ \t]+(?:(?:de|la|van|von|der|du|da|di)[ \t]+)*[A-ZÀ-Þ][\w'’\-]+){1,3})[.]?"
    r"(?:[ \t]+(?:Translated|Edited|Condensed)\b[^\n:]{0,100})?"
    # A translated story's note: "Translation of an original article published in French on
    # lemonde.fr; the publisher may only be liable for the French version."
    r"|(?:Translation[ \t]+of|Translated[ \t]+from)[ \t]+(?:an|the)[ \t]+original[ \t]+"
    r"(?:article|interview|story|text|version)\b[^\n]{0,200}"
    # The editors' correction note: "This story has been updated to correct the Senate vote
    # count.", "An earlier version of this article misstated …".
    r"|(?:This[ \t]+(?:story|article|post|interview|piece)[ \t]+(?:has[ \t]+been|was)"
    r"[ \t]+(?:updated|corrected|amended)|An[ \t]+earlier[ \t]+version[ \t]+of[ \t]+this"
    r"[ \t]+(?:story|article|post|interview|piece))\b[^\n]{0,200}"
    # A parliament's note on the record it publishes: "Стенограма оприлюднена відповідно до
    # Регламенту Верховної Ради України.", "Стенограмма размещена в соответствии с …".
    r"|(?:Стенограм+[аи]|Transcript)[ \t]+(?:(?:офіційно|официально|officially)[ \t]+)?"
    r"(?:оприлюднен|опублікован|розміщен|опубликован|размещен|published[ \t]+(?:in|under|pursuant))"
    r"[^\n]{0,200}"
    # A nonprofit newsroom's republishing box: "REPUBLISH" / "Our stories may be republished
    # online or in print under Creative Commons license CC BY-NC-ND 4.0."
    r"|Republish(?:[ \t]+(?:this|our)[ \t]+(?:story|article))?"
    r"|[^\n]{0,120}\bunder[ \t]+(?:a[ \t]+)?Creative[ \t]+Commons\b[^\n]{0,200}"
    # A think tank's disclaimer under the text: "The European Council on Foreign Relations does
    # not take collective positions. ECFR publications only represent the views of their
    # individual authors.", "The views expressed are those of the author(s) …".
    r"|[^\n]{0,120}\bdoes[ \t]+not[ \t]+take[ \t]+(?:institutional|collective|corporate)"
    r"[ \t]+positions?\b[^\n]{0,300}"
    r"|[^\n]{0,120}\brepresents?[ \t]+(?:only[ \t]+)?the[ \t]+views?[ \t]+of[ \t]+(?:its|their|the)"
    r"[ \t]+(?:individual[ \t]+)?authors?\b[^\n]{0,160}"
    r"|The[ \t]+views[ \t]+expressed\b[^\n]{0,80}\bare[ \t]+(?:those[ \t]+of[ \t]+the[ \t]+"
    r"authors?|the[ \t]+authors?['’]s?[ \t]+own)\b[^\n]{0,200}"
    # A reader call-out under the story, closed by the desk's address: "Are you affected by
    # the work permit rules? Get in touch at news@thelocal.se".
    r"|[^\n]{0,160}\b(?:get[ \t]+in[ \t]+touch|contact[ \t]+us|e-?mail[ \t]+us"
    # (a think tank's call for pitches: "Have an idea for a Commentary …? Send a short pitch
    # to commentaries@rusi.org")
    r"|write[ \t]+to[ \t]+us|send[ \t]+(?:a|an|your|us)[ \t]+[^\n@]{0,40}?[ \t]to)"
    r"\b[^\n@]{0,40}[ \t][\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\.?"
    # (the call for pitches may run on after the address: "… Send a short pitch to
    # commentaries@rusi.org and we’ll get back to you if it fits into our research interests.
    # Full guidelines for contributors can be found here.")
    r"|[^\n]{0,160}\bsend[ \t]+(?:a|an|your|us)[ \t]+(?:[\w\-]+[ \t]+){0,2}pitch(?:es)?[ \t]+"
    r"to[ \t]+[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+[^\n]{0,240}"
    # … or a call for tips: ABC's "Do you have a story tip? Email: 730@abc.net.au".
    r"|[^\n]{0,60}\b(?:story|news)[ \t]+tips?\b[^\n@]{0,40}[ \t][\w.+\-]+@[\w\-]+"
    r"(?:\.[\w\-]+)+\.?"
    # An Australian site's acknowledgement of country at its foot: "ABC acknowledges the First
    # Australians as the traditional custodians of the lands where we live, work, and gather."
    r"|[^\n]{0,60}\backnowledges?[ \t]+(?:the[ \t]+)?[^\n]{0,80}\btraditional[ \t]+"
    r"(?:custodians|owners)\b[^\n]{0,200}"
    r"|Leave[ \t]+a[ \t]+comment|Discussion[ \t]+about[ \t]+this[ \t]+post|Comments|Restacks"
    # A footnote under the text, opened by its superscript mark: "¹ Under the European network
    # codes, …" (nobody's words begin with one).
    r"|[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]*[ \t]+\S.*"
    # (a nonprofit newsroom's funding note: "Disclosure: The Texas Water Development Board has
    # been a financial supporter of The Texas Tribune. …")
    r"|(?:Note|Editor['’]?s note|Correction|Clarification|Disclosures?|Примечание)\s*:.*"
    # RBC's credit for the cover photo under the tags: "Обложка: пресс-служба «…»" (no
    # sentence after the field's name).
    r"|Обложка[ \t]*:[^\n.!?]{1,80}"
    # A magazine's newsletter box under the story: "Sign up for The Daily." / "E-mail address" /
    # "By signing up, you agree to our User Agreement …"; its topic links: "More: Oregon,
    # Wildfires, Insurance" (no sentence).
    r"|Sign[ \t]+up[ \t]+for[ \t]+(?-i:(?:the[ \t]+)?[A-Z])[^\n.!?]{0,60}[.!]?"
    # (the box's field may keep its button beside it: "Email address  [SIGN UP]", "Work email:
    # ____  Sign up")
    r"|(?:Your[ \t]+)?E-?mail[ \t]+address(?:[ \t]*\[[^\]\n]{1,20}\])?"
    r"|(?:Your[ \t]+|Work[ \t]+)?E-?mail(?:[ \t]+address)?[ \t]*:[ \t]*(?:_{2,}[ \t]*)?"
    r"(?:Sign[ \t]+up|Subscribe)"
    r"|By[ \t]+(?:signing[ \t]+up|subscribing|clicking)\b.{0,200}"
    r"|More[ \t]*:[ \t]*[^\n.!?]{0,200}"
    # (the section's links: "More from Interviews: “Norway’s fund is not a piggy bank” | …")
    r"|More[ \t]+(?:from|in|on)[ \t]+[^\n:.!?]{1,40}:[ \t]*[^\n.!?]{0,200}"
    # An events page's box: "Join our mailing list for future events | Follow @CallowaySPA".
    r"|(?:Join|Subscribe[ \t]+to)[ \t]+our[ \t]+(?:mailing[ \t]+list|newsletters?)\b[^\n]{0,120}"
    # A radio show's slot under the transcript: "Программа выходит по четвергам в 19:00.",
    # "Програма виходить щонеділі о 12:00", "The programme airs on Sundays at 9 a.m."
    r"|(?:Программа|Передача|Програма|The[ \t]+(?:programme|program|show))[ \t]+"
    r"(?:выходит|виходить|airs)\b[^\n]{0,80}\d{1,2}[:.]\d{2}[^\n]{0,20}"
    # The editor's note under a print Q&A (Devex, Vox): "This conversation has been edited for
    # length and clarity.", "[The interview has been translated … and condensed.]"
    r"|[\[(]?(?:This|The)[ \t]+(?:interview|conversation|Q&A|exchange|transcript|discussion)\b"
    r"[^\n]{0,60}\b(?:edited|condensed|abridged)\b[^\n]{0,120}"
    # The European Commission's press corner closes with "General public inquiries: Europe
    # Direct by phone …".
    r"|(?:Media |Press |General public |Public )?(?:Contacts?|Enquiries|Inquiries)\s*:.*"
    r"|Press office\s*:.*|Контакты\s*:.*"
    r"|For (?:more|further) information\b.*"
    # The UN's press releases close "For information media. Not an official record."
    r"|For information media\b.{0,60}"
    # An update that is news stays; one about the piece itself is an editor's note.
    r"|Update[ds]?\s*:\s*(?:This|The)\s+(?:article|piece|story|post|report|interview|transcript)"
    r"\s+(?:was|has\s+been)\b.*"
    # (a Creative Commons licence's line too: "Creative Commons: Some rights reserved.")
    r"|.*(?:©|\(c\) \d{4}|\bCopyright\b|All rights reserved|Some rights reserved).*"
    # A government site's owner line at its foot: India's "Content Owned by Ministry of External
    # Affairs, Government of India."
    r"|(?i:Content[ \t]+(?:owned|provided|managed|maintained)[ \t]+by)\b[^\n]{2,160}"
    # A British publisher's company line: "The Jewish Courier Ltd, 2025. Registered in England
    # and Wales." (the company's name, its year, its registration).
    r"|[^\n]{0,80}\b(?:Ltd|Limited|plc|PLC)\b[^\n]{0,40}?[ \t]+[Rr]egistered[ \t]+in[ \t]+"
    r"(?:England|Scotland|Wales|Northern[ \t]+Ireland|Ireland)\b[^\n]{0,120}"
    # NPR's disclaimer under a transcript: "Accuracy and availability of NPR transcripts may
    # vary. Transcript text may be revised to correct errors …".
    # (a note whose first sentence is of the transcript already: a lead that first tells who
    # was interviewed, when, and then "The following transcript … may contain errors." is the
    # introduction, not the note)
    r"|(?:[^\n.!?]|\.(?=\S))*\btranscripts?\b(?:[^\n]*\btranscripts?\b)?[^\n]{0,40}"
    r"\b(?:may|might)[ \t]+"
    # The IMF's: "Transcripts are edited for readability and may differ slightly from the audio."
    r"(?:vary|differ|be[ \t]+revised|contain[ \t]+errors"
    # ABC's: "This transcript has been automatically generated and may not be 100% accurate."
    r"|not[ \t]+be[ \t]+(?:100[ \t]?%[ \t]+|fully[ \t]+|entirely[ \t]+|completely[ \t]+)?accurate)"
    r"\b.*"
    # A citizens' assembly's note under its transcript: "Transcripts are lightly edited for
    # readability." (the line alone, nothing after the reason).
    r"|(?:The[ \t]+|These[ \t]+|Our[ \t]+)?[Tt]ranscripts?[ \t]+"
    r"(?:are|is|have[ \t]+been|has[ \t]+been)[ \t]+(?:lightly[ \t]+)?edited[ \t]+for[ \t]+"
    r"(?:readability|clarity|length|brevity)[ \t]*\.?[ \t]*$"
    # "При использовании материалов ссылка на официальный сайт обязательна.", "Усі права
    # захищено", "Все права защищены": a Russian/Ukrainian page's copyright line.
    # (Ukrinform's "… відкрите гіперпосилання на ukrinform.ua не нижче першого абзацу є
    # обов'язковим.": the predicate's instrumental too)
    # ("… гіперпосилання не нижче першого абзацу на «ukrinform.ua» обов'язкові.": the
    # plural "hyperlinks" and its plural predicate too)
    r"|.*\b(?:ссылка|гиперссылка|посилання|гіперпосилання)\b[^\n]{0,80}"
    r"\b(?:обязательна|обов['’]язкове|обов['’]язковим|обов['’]язкові|обязательной)\b.*"
    # (Ukrainian takes either form with either quantifier: "Всі права захищено" too)
    r"|.*\b(?:Все права защищены|(?:Усі|Всі) права захищен[оі])\b.*"
    # (an agency's own wording names the owner: "Все права на информацию, размещенную на данной
    # странице, принадлежат АО "Интерфакс"", "Усі права на матеріали … належать …")
    r"|(?:Все|Усі|Всі)[ \t]+права[ \t]+на\b[^\n]{0,160}\b(?:принадлежат|належать)\b.*"
    # (or the reuse terms alone, after the site's name and years: "Українська правда –
    # 2000–2026. Використання матеріалів сайту лише за умови посилання … на «Українську
    # правду».")
    r"|.*\b(?:Використання|Использование)[ \t]+(?:матеріалів|материалов)\b[^\n]{0,60}"
    r"\b(?:лише|тільки|только)[ \t]+(?:за[ \t]+умови|при[ \t]+условии|з|с)\b[^\n]{0,40}"
    r"\b(?:посиланн\w*|ссылк\w*)\b.*"
    # An agency's reprint notice under the story: "Перепечатка и распространение материалов
    # Интерфакса возможна только с разрешения.", "Полное или частичное копирование … без
    # письменного согласия запрещено", "Передрук матеріалів дозволено лише з посиланням …".
    r"|(?:(?:Полн\w+|Повн\w+|Частичн\w+|Частков\w+)[ \t]+(?:или|або|чи)[ \t]+\w+[ \t]+)?"
    r"(?:Перепечатка|Передрук|Копирование|Копіювання|Воспроизведение|Відтворення"
    r"|Републикация|Републікація|(?:Любое|Будь-яке)[ \t]+(?:использование|використання))\b"
    r"[^\n]{0,120}\b(?:(?:только|лише|тільки|исключительно|виключно)[ \t]+(?:с|з|із|при|за"
    r"|после|після)|без[ \t]+(?:\w+[ \t]+)?(?:разрешения|согласия|дозволу|згоди))\b.*"
    # (or worded as a ban with the verb: "Полностью или частично копировать материалы Delfi
    # запрещено без письменного разрешения.")
    r"|(?:(?:Полностью|Повністю)[ \t]+(?:или|або|чи)[ \t]+(?:частично|частково)[ \t]+)?"
    r"(?:[Кк]опировать|[Кк]опіювати|[Пп]ерепечатывать|[Пп]ередруковувати)[ \t]+"
    r"(?:материалы|матеріали)\b[^\n]{0,120}\b(?:запрещено|заборонено)\b.*"
    # The same in English: "If you quote and use any materials on the Internet, … hyperlinks
    # not lower than the first paragraph to "ukrinform.net" are mandatory." (Ukrinform), "When
    # using materials, a hyperlink to … is required".
    r"|.*\bmaterials?\b[^\n]{0,160}\b(?:hyper)?links?\b[^\n]{0,120}"
    r"\b(?:mandatory|required|obligatory)\b.*"
    # An agency's reprint notice in English, worded as the Russian one above: "Reproduction of
    # materials only with a hyperlink to ukrinform.net.", "… without written permission …".
    # ("Any use" must name the material: "Any use of force without the consent of …" is speech)
    r"|(?:(?:Full|Partial)[ \t]+or[ \t]+\w+[ \t]+)?(?:(?:Reproduction|Republication|Reprinting"
    r"|Copying)\b|Any[ \t]+use[ \t]+of[ \t]+(?:the[ \t]+|our[ \t]+|this[ \t]+)?(?:materials?"
    r"|content|articles?|texts?|publications?)\b)[^\n]{0,120}\b(?:only[ \t]+(?:with|by|after)"
    r"|without[ \t]+"
    # (an article and an adjective may stand before it: "… without a written permission …")
    r"(?:\w+[ \t]+){0,2}(?:permission|consent))\b.*"
    # … or as a ban on reuse: "It is strictly prohibited to use information published by DELFI
    # on other websites, … or to distribute our material in any form without consent."
    r"|It[ \t]+is[ \t]+(?:strictly[ \t]+)?(?:prohibited|forbidden)[ \t]+to[ \t]+(?:use|copy"
    r"|reproduce|republish)[ \t]+(?:the[ \t]+|our[ \t]+)?(?:information|materials?|content)\b"
    r"[^\n]{0,200}\bwithout[ \t]+(?:\w+[ \t]+)?(?:permission|consent)\b.*"
    # A think tank's disclaimer under the piece: "Carnegie does not take institutional
    # positions …; the views represented herein are those of the author(s) and do not
    # necessarily reflect the views of Carnegie …", "… each Brookings publication represents the
    # sole views of its author(s)."
    # (RUSI's: "The views expressed in this Commentary are the authors', and do not represent
    # those of RUSI or any other institution.")
    r"|.*\bviews\b[^\n]{0,200}\b(?:do(?:es)?[ \t]+not[ \t]+(?:necessarily[ \t]+)?"
    r"(?:reflect|represent)"
    r"|are[ \t]+(?:those|solely[ \t]+those)[ \t]+of[ \t]+the[ \t]+authors?)\b.*"
    r"|.*\b(?:sole|own)[ \t]+views[ \t]+of[ \t]+(?:its|the)[ \t]+authors?\b.*"
    r"|\(?(?:Reporting|Writing|Editing|Additional reporting|Compiled) by\b.*"
    # A translated interview's credit under it: "Translation by Eilidh Grant" (Meduza, Novaya
    # Gazeta Europe), "Translated by …".
    r"|(?:Translation|Translated|Interview translated)[ \t]+by\b.{0,80}"
    # The NYT's print note and topic row under a story: "A version of this article appears in
    # print on March 13, 2025, Section A, Page 18 …", "See more on: U.S. Senate, …".
    r"|A[ \t]+version[ \t]+of[ \t]+this[ \t]+(?:article|interview)[ \t]+appears[ \t]+in[ \t]+"
    r"print\b.*|See[ \t]+more[ \t]+on[ \t]*:.{0,200}"
    # A Russian/Ukrainian paper's issue stamp under the story: "Российская газета -
    # Федеральный выпуск: №58(9302)", "Газета «Коммерсантъ» №45 от 15.03.2024, стр. 2" (the
    # paper's word and the issue's number sign, nothing said).
    r"|[^\n.!?]{0,60}\b(?:газет[аеиы]|выпуск|випуск|номер)\b[^\n.!?]{0,40}№[ \t]?\d[^\n]{0,60}"
    # A magazine's print note: "This article appears in the 17 May 2025 issue of The
    # Spectator."; a nonprofit newsroom's reuse button: "Republish this story" (CalMatters).
    r"|This[ \t]+(?:article|interview|piece)[ \t]+(?:first[ \t]+)?appear(?:s|ed)[ \t]+in[ \t]+"
    r"(?:the|our)\b.{0,160}|Republish[ \t]+this[ \t]+(?:story|article)\b.{0,40}"
    # A donation box under the last paragraph: "Meduza’s journalism is free for everyone — but
    # it isn’t free to produce. … please support us.", "Support independent journalism …".
    r"|.{0,200}\bjournalism\b.{0,300}\b(?:support[ \t]+us|donat\w+|become[ \t]+a[ \t]+"
    r"(?:member|supporter|subscriber))\b.*"
    # A share row in any language is its word and the networks: Malaysia's PMO "Kongsi:
    # Facebook | X | Telegram".
    r"|[^\W\d_]{2,20}[ \t]*:[ \t]*(?:(?-i:Facebook|X|Twitter|Telegram|WhatsApp|LinkedIn|Email"
    r"|E-mail|Weibo|WeChat|VK|Line|Instagram|Threads|Bluesky)(?:[ \t]*[|·,/][ \t]*|[ \t]+|$)){2,}"
    # The issuing press office's line under the last answer, no sentence in it: Casa
    # Rosada's "Comunicado de prensa - Secretaría de Comunicación y Medios", "Press Office,
    # Ministry of Information".
    r"|[^\n.!?]{0,60}\b(?:Secretar[ií]a|Secretariat|Ministerio|Ministry|Office|Unit|Directorate"
    r"|Department|Bureau|Oficina|Direcci[oó]n)\b[^\n.!?]{0,40}\b(?:Comunicaci[oó]n|Communications?"
    r"|Media|Medios|Prensa|Press|Informaci[oó]n|Information)\b[^\n.!?]{0,40}"
    # A press office's sign-off set between dashes: "- PMO Media Unit -", "-- END --".
    r"|[-–—]{1,3}[ \t]*[^\W\d_][^\n\-–—.!?]{0,40}?[ \t]*[-–—]{1,3}"
    # A printed record's running footer under the last turn: the document's title, then the
    # page number set far off to the right ("… Oral evidence: …, HC 614" + wide gap + "1").
    r"|[^\n]{10,200}?[^\W\d_][^\n]{0,20}?(?:[ ]{12,}|\t{2,})\d{1,4}[ \t]*$"
    # A stenogram's page number between dashes under the last turn: "– 15 –".
    r"|[-–—][ \t]*\d{1,4}[ \t]*[-–—][ \t]*$"
    # ("Поширити:  Facebook  X": a Ukrainian page's share row.)
    r"|(?:Read more|Read also|Related|Share|Print|Читайте также|Поделиться|Поділитися"
    r"|Поширити)\b.{0,80}"
    # A magazine's author box heading over the writer's bio: "About the Author" / "Daniel
    # Okafor is a staff writer at The Atlantic."
    r"|About[ \t]+the[ \t]+(?:[Aa]uthors?|[Ww]riters?|[Cc]ontributors?)[ \t]*$"
    # A council's or GOV.UK's feedback box under the page: "Was this page helpful? Yes / No",
    # "Is this page useful? Yes No".
    r"|(?:Was|Is)[ \t]+this[ \t]+(?:page|article|information)[ \t]+(?:helpful|useful)\?"
    r"(?:[ \t]*(?:Yes|No)[ \t]*[/|]?){0,2}"
    # (its buttons' hidden labels may be read out glued to it: "Is this page useful?Maybe Yes
    # this page is useful No this page is not useful")
    r"(?:[ \t]*Maybe)?"
    r"(?:[ \t]*(?:Yes|No)[ \t]+this[ \t]+page[ \t]+is[ \t]+(?:not[ \t]+)?useful){0,2}"
    # (GOV.UK's row goes on: "Is this page useful?  Yes  No  Report a problem with this page")
    r"(?:[ \t]*Report[ \t]+a[ \t]+problem[ \t]+with[ \t]+this[ \t]+page)?"
    # (GOV.UK's foot above it: "Updates to this page" / "Published 2 March 2025" / "Sign up for
    # emails or print this page"; a speech page's "Published 4 December 2025" / "Explore the
    # topic" / its topic link)
    # (the buttons' hidden labels on a line of their own under the question: "Maybe  Yes this
    # page is useful  No this page is not useful")
    r"|Maybe(?:[ \t]+(?:Yes|No)[ \t]+this[ \t]+page[ \t]+is[ \t]+(?:not[ \t]+)?useful){1,2}[ \t]*$"
    r"|Updates[ \t]+to[ \t]+this[ \t]+page[ \t]*$"
    r"|Explore[ \t]+the[ \t]+topics?[ \t]*$"
    r"|(?:Published|Last[ \t]+updated)[ \t]+\d{1,2}[ \t]+(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December)[ \t]+\d{4}[ \t]*$"
    r"|Sign[ \t]+up[ \t]+for[ \t]+emails[ \t]+or[ \t]+print[ \t]+this[ \t]+page[ \t]*$"
    # A feedback form's privacy hint under its heading: "Don’t include personal or financial
    # information like your National Insurance number …" (a sentence, but the form's).
    r"|(?:Don['’]t|Do[ \t]+not|Please[ \t]+do[ \t]+not)[ \t]+include[ \t]+(?:any[ \t]+)?personal"
    r"[ \t]+(?:or[ \t]+financial[ \t]+)?(?:information|details|data)\b.{0,160}"
    # A headline link after its colon may run long: "Related: Foreign Minister Armen Hovsepyan
    # met with the Minister of Foreign Affairs of Greece".
    # A parliament's record names the box by what it links to: the Oireachtas's "Related
    # debates: Ceisteanna ar Reachtaíocht a Gealladh - Questions on Promised Legislation".
    r"|(?:Read more|Read also|Related(?:[ \t]+[a-z]{3,20})?|See also|Читайте также"
    # (a radio page's: "Слухайте також: «Як музеї евакуювали фонди»")
    r"|Читайте також|Слухайте також|Слушайте также|Listen also)[ \t]*:.{0,200}"
    # A French, Spanish, Portuguese or German site's English page keeps its own box heading:
    # APS's "Lire aussi : Kayar : les mareyeuses réclament …" under the last answer.
    r"|(?:(?:À[ \t]+)?Lire[ \t]+(?:aussi|également)|Voir[ \t]+aussi|Le(?:a|er)[ \t]+también"
    r"|Leia[ \t]+também|Lesen[ \t]+Sie[ \t]+auch)[ \t]*:.{0,200}"
    r"|(?:Смотрите[ \t]+также|Дивіться[ \t]+також|See[ \t]+also)\b.{0,120}"
    # A TV interview's write-up closes pointing to the broadcast: "Полностью интервью смотрите
    # в программе «Москва. Кремль. Путин» …", "Повну версію розмови дивіться …", "Watch the
    # full interview on …".
    # "Повну відеотрансляцію дивіться на YouTube-каналі Укрінформу", "Дивіться повну версію
    # ефіру на YouTube-каналі Еспресо": the full broadcast, the verb before or after.
    r"|(?:Полностью|Целиком|Полн(?:ую|ая|ый|ое)[ \t]+[а-яё\-]+|Повністю"
    r"|Повн(?:у|а|ий|е)[ \t]+[а-яіїєґ'’\-]+)"
    # (or says where it is: "Полная версия интервью доступна на сайте РБК-ТВ", "Повна версія
    # розмови доступна на …")
    r"[ \t]+[^\n.!?]{0,40}?(?:смотрите|слушайте|читайте|дивіться|слухайте|читайте"
    r"|доступн[аоыеі])\b.{0,160}"
    # (or only where, no verb: "Полная версия интервью – в видео.", "Повна версія розмови — на
    # YouTube-каналі")
    r"|(?:Полн(?:ая|ую)|Повн(?:а|у))[ \t]+(?:верси[яю]|версі[яю]|запис[ьи]?)[ \t]+"
    r"(?:интервью|інтерв['’]ю|разговора|розмови|беседы|бесіди)[ \t]*[–—\-:][ \t]*"
    r"(?:в|на|у)[ \t]+[^\n.!?]{1,40}[.!]?[ \t]*$"
    r"|(?:Смотрите|Слушайте|Дивіться|Слухайте)[ \t]+(?:полн(?:ую|ое|ый)|повн(?:у|е|ий)|повністю"
    r"|полностью|целиком)\b.{0,160}"
    # (a radio page's, under its caller's clip: "Watch the full exchange above."; a hearing's
    # "Watch the exchange here." over the first label stays the lead's)
    r"|(?:Watch|Listen[ \t]+to|Read)[ \t]+the[ \t]+full[ \t]+(?:interview|conversation|episode"
    r"|programme|program|exchange|clip)\b.{0,160}"
    # kremlin.ru / mid.ru page fields under the text, and a closing call to subscribe; one
    # section is singular: "Опубликован в разделе: Стенограммы".
    r"|(?:(?:(?:Новость|Материал|Стенограмма|Текст)[ \t]+)?[Оо]публикован[оа]?[ \t]+в[ \t]+"
    # (and its topics' field below: "Опубликован в темах: Чрезвычайные ситуации")
    r"(?:раздел|тем)(?:ах|е)"
    # (or placed there: "Публикация размещена в разделах: Новости, Стенограммы")
    r"|(?:Публикация|Новость|Материал|Стенограмма|Текст)[ \t]+размещен[аоы]?[ \t]+в[ \t]+"
    r"раздел(?:ах|е)"
    # president.gov.ua: "Дата оновлення: 03 листопада 2025 - 21:45".
    r"|Дата[ \t]+(?:публикации|публікації|обновления|оновлення)|Прямая[ \t]+ссылка"
    # kremlin.ru: "Публикация касается:" (over its tag lines), "Ссылка на материал: kremlin.ru/…".
    # kremlin.ru's short link under it: "Постоянный адрес: kremlin.ru/d/76943".
    # kremlin.ru's topic field: "Тематические рубрики: Здравоохранение, Образование".
    # kremlin.ru's topic and person fields: "Размещён в темах: Внешняя политика", "Размещён в
    # персонах: Хурэлсух Ухнаагийн".
    r"|Размещ[её]н[аоы]?[ \t]+в[ \t]+(?:темах|теме|персонах|разделах|разделе)"
    # (its tag field named for the tags: "Публикации с тегами: Регионы, Новгородская область")
    r"|Публикация[ \t]+касается|Ссылка[ \t]+на[ \t]+материал|Постоянный[ \t]+адрес"
    # (its status field over the sections: "Статус материала: опубликован в разделах: …",
    # the Russian "Publication status")
    r"|Статус[ \t]+(?:материала|публикации)(?=[ \t]*:)"
    r"|(?:Публикации|Материалы)[ \t]+с[ \t]+тег(?:ами|ом)(?=[ \t]*:)"
    # (or its topic section: "Тематический раздел: Здравоохранение", "Тематичні розділи: …")
    r"|(?:Тематическ(?:ий|ие)[ \t]+разделы?|Тематичн(?:ий|і)[ \t]+розділи?)(?=[ \t]*:)"
    r"|Тематические[ \t]+рубрики|Тематичні[ \t]+рубрики"
    r"(?:[ \t]+на[ \t]+материал)?|Published[ \t]+in[ \t]+sections?|Publication[ \t]+(?:date|status)"
    r"|Direct[ \t]+link|Версия[ \t]+для[ \t]+печати|Print[ \t]+version"
    # A print button alone on its line: "Распечатать", "Роздрукувати" — or with the share
    # button after a wide gap: "Распечатать   Поделиться".
    r"|(?:Распечатать|Роздрукувати|Надрукувати)"
    r"(?:[ \t]*$|[ \t]{2,}(?:Поделиться|Поділитися|Поширити))"
    # en.kremlin.ru's tool row: "Text version  Print  Send to a friend".
    r"|Text[ \t]+version|Send[ \t]+to[ \t]+a[ \t]+friend)\b.{0,120}"
    # kremlin.ru's own tool line over its page fields, "Текстовая версия" (alone, or with the
    # row's other buttons after a wide gap; a sentence that opens with the words is speech).
    r"|(?:Текстовая[ \t]+версия|Текстова[ \t]+версія)[ \t.]*(?:(?:[ \t]{2,}|[ \t]*[|·•][ \t]*)"
    r"[^\n.!?]{0,80})?"
    r"|(?:Подписывайтесь|Подпишитесь|Підписуйтесь|Subscribe)\b.{0,80}"
    # The editors' helpline note under the story, closing on the number: "Якщо ви знаєте про
    # дитину, яку вивезли до Росії, ви можете звернутися на гарячу лінію …: 0 800 300 529".
    r"|(?:Якщо|Если)[ \t]+(?:ви|вы|вам|вас|ваш\w*)\b[^\n]{0,200}?\b(?:гаряч\w*[ \t]+лін\w*"
    r"|горяч\w*[ \t]+лини\w*|телефон\w*[ \t]+(?:довіри|доверия))\b[^\n]{0,100}?"
    r"\+?\d[\d \t()\-]{5,}\d[ \t]*\.?"
    # An invitation to the outlet's social pages under the story: "Приєднуйтесь до нас у
    # соцмережах Facebook, Telegram та Instagram", "Присоединяйтесь к нам в соцсетях".
    r"|(?:Приєднуйтесь|Приєднуйтеся|Присоединяйтесь|Стежте[ \t]+за[ \t]+нами|Следите[ \t]+за"
    r"[ \t]+нами)\b[^\n.!?]{0,40}\b(?:соцмереж\w*|соцсет\w*|соціальн\w*[ \t]+мереж\w*"
    r"|социальн\w*[ \t]+сет\w*|Telegram|Facebook|Instagram|Viber|YouTube)\b.{0,80}"
    # A print edition's note under the web text (MK): "Опубликован в газете "Московский
    # комсомолец" №29412 от 3 ноября 2024" / "Заголовок в газете: Грипп придет вместе с ковидом".
    r"|(?:(?:Материал|Статья|Интервью)[ \t]+)?[Оо]публикован[оа]?[ \t]+в[ \t]+(?:газете|журнале)"
    r"\b.{0,160}|Заголовок[ \t]+в[ \t]+(?:газете|журнале)[ \t]*:.{0,160}"
    # The English print note, the outlet and the edition's date (Dawn: "Published in Dawn,
    # March 9th, 2025"), or the web page's stamp under the text (The Hindu: "Published - March
    # 04, 2025 09:40 pm IST"), and a comment widget's link or counter ("Comments (14)").
    r"|(?:Published|Printed|Appeared|Updated)[ \t]*(?:in[ \t]+(?-i:(?:The[ \t]+)?[A-Z][\w&'’.\-]*"
    r"(?:[ \t]+[A-Z][\w&'’.\-]*){0,3}),|[-–—:]|on)[ \t]+[^\n]{0,40}\b\d{4}\b[^\n]{0,20}"
    # The counter may lead the page's tool row: "Comments (3) | Share | Print".
    r"|Comments?(?:[ \t]*\(\d{1,5}\))?(?:[ \t]*[|·•][ \t]*[^\W\d_][^\n.!?|·•]{0,20}){0,4}"
    r"|(?:Ставьте|Ставте)[ \t]+лайк\w*\b.{0,80}"
    # A health page's disclaimer under the text: "Материал носит информационный характер.
    # Перед применением любых рекомендаций проконсультируйтесь с врачом." (АиФ, КП), a
    # warning word before it too ("Важно: материал носит информационный характер. …").
    r"|(?:(?:Важно|Внимание|Важливо|Увага)[ \t]*[:!][ \t]*)?"
    r"(?:Материал|Статья|Информация|Матеріал|Стаття|Інформація)[ \t]+(?:носит|носить|має)"
    r"[ \t]+(?:исключительно[ \t]+|виключно[ \t]+)?(?:информационный|ознакомительный"
    r"|справочный|інформаційний|ознайомчий|довідковий)[ \t]+характер\b.{0,200}"
    # An interview's disclaimer under the last answer: "Мнение эксперта, высказанное в статье,
    # может не совпадать с позицией редакции." (АиФ), "Думка автора може не збігатися з
    # позицією редакції." — with what follows on its line ("Перед применением …").
    r"|[^\n]{0,120}\b(?:(?:может|могут)[ \t]+не[ \t]+совпадать|не[ \t]+обязательно[ \t]+совпадает"
    # ("Мнения, высказанные в рубрике, могут не совпадать …": the plural subject.)
    r"|(?:може|можуть)[ \t]+не[ \t]+(?:збігатися|співпадати|збігатись))[ \t]+[сз][ \t]+(?:позици\w+"
    r"|позиці\w+|мнением|точкой[ \t]+зрения|думкою|точкою[ \t]+зору)[ \t]+редакц\w+\b.{0,200}"
    # (Radio Svoboda's under its blogs and programmes: "Думки, висловлені в рубриці, передають
    # погляди самих авторів і не конче відображають позицію Радіо Свобода", "Мнения, высказанные
    # в рубрике, передают взгляды самих авторов и не обязательно отражают позицию …")
    r"|(?:Думки|Погляди|Мнения|Взгляды)[ \t]*,?[ \t]+(?:висловлені|высказанные)\b[^\n]{0,120}?"
    r"[ \t]не[ \t]+(?:конче|обов['’]язково|обязательно|завжди|всегда|необхідно)[ \t]+"
    r"(?:відображають|отражают|збігаються|совпадают)\b.{0,200}"
    # A rubric's disclaimer under the related links: "Материалы рубрики «Интервью» отражают
    # точку зрения собеседника.", "Матеріали розділу … відображають думку автора."
    r"|(?:Материал\w*|Матеріал\w*|Публикаци\w*|Публікаці\w*)[ \t]+(?:рубрик\w*|раздела|розділу)"
    r"[^\n]{0,60}?[ \t]+(?:отража\w+|відобража\w+)[ \t]+(?:точку[ \t]+зрения|точку[ \t]+зору"
    r"|мнение|думку|позици\w+)[ \t]+(?:собеседник\w*|співрозмовник\w*|автор\w*|геро\w+|гост\w+)"
    r"\b.{0,200}"
    # A grant-funded outlet's donor note under the text: "Цей матеріал підготовлено за
    # підтримки партнерів. Погляди, висловлені в ньому, не обов'язково відображають …",
    # "Этот материал подготовлен при поддержке …", "This material was produced with the
    # support of …" (the rest of its line goes with it).
    r"|(?:Цей|Ця|Этот|Эта|This)[ \t]+(?:матеріал|публікація|програма|материал|публикация"
    r"|программа|material|publication|programme|program)[ \t]+(?:було[ \t]+|был[аи]?[ \t]+"
    r"|was[ \t]+)?(?:підготовлен\w*|створен\w*|подготовлен\w*|создан\w*|produced|prepared"
    r"|made|created)[ \t]+(?:за[ \t]+підтримки|при[ \t]+поддержке|with[ \t]+(?:the[ \t]+)?"
    r"(?:financial[ \t]+)?support)\b.{0,300}"
    # A widget's heading under the story: "Самое интересное в регионах", "Самое читаемое".
    # The heading may lead its one headline link: "Самое читаемое: Как изменятся тарифы …".
    r"|(?:Самое|Найцікавіше|Найпопулярніше)(?:[ \t]+(?:интересное|читаемое|популярное"
    r"|обсуждаемое))?(?:[ \t]+(?:в|у|за)[ \t]+[^\n.!?]{1,30})?(?:[ \t]*:[ \t]+\S.{0,200})?"
    # The embedded recording's title under the text: "Видеозапись пресс-конференции",
    # "Відеозапис брифінгу", "Аудиозапись выступления" (two words at most after it, no stop).
    r"|(?:Видео|Відео|Аудио|Аудіо)(?:запись|запис)(?:[ \t]+[а-яёіїєґ'’\-]+){0,2}[ \t]*$"
    # … or the player's tab alone over that title (government.ru: "Видео" / "Интервью Марата
    # Хуснуллина телеканалу «Россия 24»").
    r"|(?:Видео|Відео|Аудио|Аудіо)[ \t]*$"
    # … or the player's placeholder in square brackets: "[Видео брифинга]", "[Відео]".
    r"|\[(?:Видео|Відео|Аудио|Аудіо)(?:запись|запис)?(?:[ \t]+[^\]\n]{1,40})?\][ \t]*$"
    # A tag box's heading alone on its line (kremlin.ru "Темы" / "Внешняя политика" / "Лица" /
    # "Лукашенко Александр Григорьевич"; "Topics" / "Victory Day"): the values below it are
    # short menu lines, which the furniture tail takes with it. CBS News heads its tags with
    # "In:" ("In:" / "Face The Nation" / "Rafael Ortega").
    # mid.ru prints the values on the heading's line ("Персоналии: Захарова М.В.", "Страны:
    # Латвия, Молдавия"): capitalised items, the line not closed like a sentence.
    # (kremlin.ru's region field in the singular too: "Регион: Ставропольский край")
    r"|(?:Темы|Теги|Тематика|Страны|Лица|Персоналии|Персоны|Регионы?|Регіони?|География|Рубрики"
    r"|Теми|Країни"
    # mid.ru's related-items row: "Дополнительные материалы: Россия 24 | Санкции".
    r"|Дополнительные[ \t]+материалы|Додаткові[ \t]+матеріали|Additional[ \t]+materials"
    # mid.ru's topic row under a briefing: "Тематические материалы: Молдавия, Финляндия".
    r"|Тематические[ \t]+материалы|Тематичні[ \t]+матеріали"
    r"|Особи|Topics|Tags|People"
    # (kremlin.ru's section field, its values on the lines below: "Публикация:" / "Новости" /
    # "Стенограммы")
    r"|Публикация(?=[ \t]*:[ \t]*$)"
    # en.kremlin.ru: "Geography: Kazakhstan", "Persons: Tokayev Kassym-Jomart"; mid.ru's
    # English page: "Mentioned countries: Serbia".
    r"|(?:Mentioned[ \t]+)?(?:Countries|Persons|Personalities|Organi[sz]ations)|Geography"
    r"|(?-i:In)(?=[ \t]*:))"
    # kremlin.ru's "Персоны:" lists every participant surname first, with patronymic ("Персоны:
    # Мантуров Денис Валентинович, Мишустин Михаил Владимирович, …"): a long line.
    r"(?:[ \t]*:?|[ \t]*:[ \t]*[A-ZА-ЯЁІЇЄҐ][^\n!?:]{0,500}(?<![a-zа-яёіїєґ]{2}\.))"
    # Wire-copy furniture: a "___" rule, "Follow AP's coverage … at https://…", contributors.
    r"|[_*=~]{3,}|[-–—]{3,}|(?:[_*=~][ \t]*){3,}"
    # rev.com's promotion under its transcripts.
    r"|Transcribe Your Own Content|Try Rev\b.{0,100}"
    # … and its disclaimer under the last turn: "Rev.com transcripts may contain errors. Check
    # the corresponding audio before quoting in print." (other services' alike).
    r"|[^\n.!?]{0,40}\btranscripts?[ \t]+(?:may|might|can)[ \t]+contain[ \t]+errors\b.{0,160}"
    # (a station's own: "This transcript was produced from the broadcast and may contain
    # errors.")
    r"|[^\n.!?]{0,40}\btranscripts?[ \t]+(?:was|is|has[ \t]+been)[ \t]+(?:produced|made|taken)"
    r"[ \t]+from[ \t]+the[ \t]+broadcast\b[^\n.!?]{0,40}\b(?:may|might|can)[ \t]+contain"
    r"[ \t]+errors\b.{0,160}"
    # An embedded player's notice under the text: "Если видео не воспроизводится, обновите
    # страницу", "If the video does not play, refresh the page".
    r"|(?:Если|Якщо)[ \t]+(?:видео|відео)[ \t]+не[ \t]+(?:воспроизводится|відтворюється)"
    r"\b[^\n]{0,80}"
    r"|If[ \t]+the[ \t]+video[ \t]+(?:does[ \t]+not|doesn['’]t)[ \t]+(?:play|load)\b[^\n]{0,80}"
    # Otter's and other services' credit under an automatic transcript: "Transcribed by
    # https://otter.ai".
    r"|(?:Auto-?)?[Tt]ranscribed[ \t]+(?:by|with|using)[ \t]+\S.{0,80}"
    # A press release's end mark, "###" or "-30-", with the page's menu below it.
    r"|#{3}|#[ \t]#[ \t]#|-30-"
    # (or a social handle: a city's "Follow us: @SanTomasCity  #RidgelineFire" under "###").
    r"|Follow\b.{0,120}(?:https?://|www\.|(?<!\S)@\w)\S+(?:[ \t]+[@#]\w+)*"
    r"|.{0,120}\bcontributed (?:to )?(?:this )?report(?:ing)?\b.{0,60}"
    # Bloomberg's credit and reading list: "— With assistance from Takashi Mori", "Most Read
    # from Bloomberg".
    r"|(?:[—–-]{1,2}[ \t]*)?With[ \t]+assistance[ \t]+from\b.{0,160}"
    r"|Most[ \t]+(?:Read|Popular|Viewed)(?:[ \t]+(?:from|on)\b.{0,40})?"
    # A newsroom's call for tips under the story: "Have a confidential tip for our reporters?
    # Get in touch", "Got a news tip? Email us".
    r"|(?:Have|Got)[ \t]+a[ \t]+(?:confidential[ \t]+|news[ \t]+)?tip\b[^\n.!]{0,60}\?.{0,60}"
    # (or for comments and story ideas, the programme named after it: "Do you have a comment
    # or a story idea? Get in touch with The Business")
    r"|Do[ \t]+you[ \t]+have[ \t]+a[ \t]+(?:comment[ \t]+or[ \t]+(?:a[ \t]+)?)?(?:story|news)"
    r"[ \t]+(?:tip|idea)s?\?[ \t]+(?:Get[ \t]+in[ \t]+touch|Contact|E-?mail|Send|Write)\b.{0,80}"
    # RBC-Ukraine's topic links: "Більше новин на тему: Верховна Рада, Податки".
    # Interfax's: "Все новости по теме: Кремль".
    r"|(?:Більше[ \t]+новин|Больше[ \t]+новостей|Ще[ \t]+новини|(?:Все|Другие)[ \t]+новости"
    r"|(?:Усі|Всі|Інші)[ \t]+новини|(?:Все|Другие)[ \t]+материалы|(?:Усі|Всі|Інші)[ \t]+матеріали"
    r"|Новости|Новини|Материалы|Матеріали)[ \t]+(?:на[ \t]+тему|по[ \t]+теме|за[ \t]+темою)"
    # government.ru's bare link "Все новости по теме" under the hashtags: no colon, no topic.
    r"(?:[ \t]*:.{0,160})?"
    # A news site's feed widget under the article ("Лента новостей" / "0": its counter).
    r"|(?:Лента[ \t]+новостей|Стрічка[ \t]+новин|Новости[ \t]+партн[её]ров|Новини[ \t]+партнерів)"
    r"[ \t]*(?:\d{1,4})?|\d{1,4}"
    # The widget's placeholder under it, before its script fills it: "Загрузка...".
    r"|(?:Загрузка|Завантаження|Loading)(?:\.{3}|…)"
    r"|END\b[ \t]*.{0,30}|(?-i:ENDS)|\d{1,2}:\d{2}\s*[AP]\.?M\.?\s*[A-Z]{2,4}"
    # Transcript-service and magazine furniture.
    r"|.*\btranscripts? (?:are|is) (?:created|produced|prepared)\b.*"
    # (or its note opening the line under the last turn: "Transcript generated for the NTSB
    # media briefing. Watch the full briefing on …")
    r"|(?-i:Transcripts?)[ \t]+(?:generated|created|produced|prepared)[ \t]+"
    r"(?:for|from|by)\b.{0,160}"
    r"|.*\bmay not be in (?:its|their) (?:most )?final form\b.*"
    # (a trade paper's "Contact Dana Kowalik at dkowalik@plasticsnews.com.")
    r"|(?:Write to|Contact|E-?mail|Reach)\b.{0,80}@\S+|More (?:from|on)\b.{0,60}"
    # An agency's section links under the story (Andina: "More in: Politics | Economy"); the
    # colon keeps a speaker's "More in a moment." out.
    r"|More in[ \t]*:.{0,80}"
    # TIME's "Contact us at letters@time.com."; a membership pitch under the story ("Our
    # community is growing … Join the Kyiv Independent community … Become a member").
    r"|Contact us at\b.{0,80}@\S+"
    r"|.{0,200}\b(?:Become a (?:member|supporter|patron)"
    r"|Join (?:the|our)\b[^.\n]{0,40}\bcommunity)\b.{0,120}"
    r"|We['’]ve got something (?:special )?for you"  # the pitch's heading
    # The reporter's signed pitch under the story, under its heading ("Note from the author:" /
    # "Hi, this is …, I cover … Thank you for reading. If you value independent reporting …,
    # consider becoming a member of the Kyiv Independent.").
    # (two writers sign it: "Note from the authors:", session 33)
    r"|(?:A[ \t]+)?Note[ \t]+from[ \t]+the[ \t]+(?:author|editor|reporter)s?[ \t]*:?"
    r"|(?=[^\n]{0,300}\b(?:reporting|journalism|reading)\b)[^\n]{0,300}\b(?:consider|please)"
    r"[ \t]+(?:(?:becoming|become)[ \t]+a[ \t]+(?:member|supporter|patron|subscriber)\b"
    # (or "… consider supporting the Kyiv Independent.")
    r"|supporting[ \t]+(?:the[ \t]+|our[ \t]+|us\b)?)[^\n]{0,120}"
    # (the note's greeting signs it, the ask in other words: "Hi, this is …. I hope you found
    # this interview useful. Please consider supporting our work.")
    r"|(?:Hi|Hello),?[ \t]+(?:this[ \t]+is|I['’]m)[ \t]+[A-Z][^\n]{0,300}\b(?:consider|please)"
    r"[ \t]+(?:supporting|support|joining|join)[ \t]+(?:our|us|the)\b.{0,120}"
    # A video page's teaser for the next clip: "Up next: Why grocery prices … ▶".
    r"|Page[ \t]*\d{1,3}(?:[ \t]*of[ \t]*\d{1,3})?"
    # A site's footer ("Address: No. 2, Chaoyangmen Nandajie …"), a row of buttons ("[Print]
    # [Close]").
    r"|(?:Address|Tel|Telephone|Phone|Fax|Адрес|Тел|Телефон|Факс|Адреса)\.?[ \t]*:.{0,200}"
    r"|(?:\[[^\[\]\n]{1,20}\][ \t]*){2,}"
    r"|(?:Фото|Photo|Image|Picture|Credit|Фото на главной)[ \t]*:.{0,120}"
    # The photographer's credit with no colon under the last answer: "Фото автора", "Фото
    # авторки", "Фото из архива героини", "Фото з особистого архіву …".
    r"|(?:Фото|Світлин[аи])[ \t]+(?:автора|авторки|(?:из|з|із)[ \t]+(?:[а-яёіїєґ']+[ \t]+)?"
    r"арх[иі]в[ау]\b[^\n.!?]{0,60}"
    # … or by who provided it: "Фото надане обласною бібліотекою.", "Фото надано
    # пресс-службою ОВА", "Фото надали в ОВА" (one short sentence).
    r"|(?:надан[еоі]|надали)[ \t]+[^\n.!?]{1,80})\.?"
    # A meeting's minutes close with their approval and the clerk's contact: "Approved by the
    # Chair as an accurate record." / "Secretary to Senate | governance@university.ac.uk".
    r"|(?:Approved|Confirmed|Signed|Agreed)[ \t]+(?:by[ \t]+[^\n.!?]{1,40}?[ \t]+)?as[ \t]+"
    r"(?:an?[ \t]+)?(?:accurate|true|correct)[ \t]+record\b.{0,80}"
    r"|[^\n@|]{1,60}[ \t]\|[ \t]*[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+[ \t]*"
    # A podcast's music credit under the last turn: 'Music: "Steel Town" by the Hallam Youth
    # Brass Band', "Theme music: …".
    r"|(?:Music|Theme[ \t]+music|Музыка|Музика)[ \t]*:[ \t]*[\"“«'‘][^\n]{0,120}"
    r"|(?:Подписывайтесь|Підписуйтеся|Підписуйтесь|Subscribe)\b.{0,200}"
    # A regional site's news-tip call over its subscription line: "Сохрани номер URA.RU —
    # сообщи новость первым!", "… повідомте новину редакції першими!" (no speaker asks so).
    r"|[^\n!?]{0,60}(?<![а-яёіїєґ])(?:сообщи(?:те)?|присылай(?:те)?|пришли(?:те)?|повідом(?:те)?"
    r"|надсилай(?:те)?|Надсилайте|Присылайте|Сообщите|Повідомте)[ \t]+(?:нам[ \t]+)?"
    r"(?:новость|новости|новину|новини)(?![а-яёіїєґ])[^\n.?]{0,40}!?"
    # (behind the pitch's short question: "Хотите быть в курсе главных новостей?
    # Подписывайтесь на РИА Новости в Telegram")
    r"|(?:[^\s?]+[ \t]+){1,7}[^\s?]+\?[ \t]+(?:Подписывайтесь|Підписуйтеся|Підписуйтесь"
    r"|Subscribe)\b.{0,120}"
    # A broadcaster's mission line under the last turn, its years on air and its independence:
    # "Радіо Свобода працює в Україні з 1954 року. Наша журналістика – незалежна."
    r"|[^\n.!?]{2,40}?[ \t](?:працює|работает)[ \t][^\n.!?]{2,40}?\d{4}[ \t]+(?:року|года)\.[ \t]+"
    r"(?:Наша[ \t]+журналі?стика|Наши[ \t]+журналисты|Ми|Мы)\b.{0,80}"
    r"|Our Standards\s*:.*|.{0,120},[ \t]*opens new tab"  # Reuters' footer
    # gov.uk's licence footer: "All content is available under the Open Government Licence
    # v3.0, except where otherwise stated" / "© Crown copyright"; Hansard's "Contains
    # Parliamentary information licensed under the Open Parliament Licence v3.0."
    r"|.{0,60}\bOpen[ \t]+(?:Government|Parliament)[ \t]+Licen[cs]e\b.{0,80}"
    r"|©?[ \t]*Crown[ \t]+copyright.{0,20}"
    # GOV.UK's footer links in one row: "Help Privacy Cookies Accessibility statement Contact
    # Terms and conditions Rhestr o Wasanaethau Cymraeg Government Digital Service".
    r"|Help[ \t]+Privacy[ \t]+Cookies\b[^\n.!?]{0,160}"
    r"|(?:Source\(s\)|Editor|Editors|Редактор|Редакторка)[ \t]*:.{0,80}"  # CGTN's sign-off
    r"|Вся лента|Все новости|Усі новини|Всі новини|Наверх|Нагору|All news"
    # A list page's back link under the story: "Back to top", "Back to the list" (mid.ru).
    # A record's download link and the size of the file: "Завантажити повну стенограму (PDF,
    # 1,2 МБ)", "Скачать стенограмму (PDF)", "Download the full transcript (PDF, 1.2 MB)".
    r"|(?:Завантажити|Скачать|Download)\b[^\n]{0,60}\((?:PDF|DOCX?|RTF)\b[^\n()]{0,20}\)"
    # A parliament's record page offers its PDF beside it: "Download PDF   Back to top".
    r"|(?:Download[ \t]+(?:the[ \t]+)?(?:PDF|transcript|report)\b[ \t]*)?"
    r"Back[ \t]+to[ \t]+(?:the[ \t]+)?(?:top|list|news(?:[ \t]+list)?|all[ \t]+news)"
    # A news list's heading under the story: "Последние новости" over its headline links.
    r"|(?:Последние|Главные|Останні|Головні)[ \t]+(?:новости|новини)|Latest[ \t]+news"
    # Lenta.ru's promo and reaction widget: "Lenta.ru в Telegram: главные новости дня",
    # "Что думаешь? Оцени!" / "Нравится" / "Смешно" / "Грустно" (one reaction a line).
    r"|[^\n!?:]{1,40}?[ \t](?:в|у)[ \t]+(?:Telegram|Телеграм\w*|Дзен\w*|MAX)"
    # … or two networks: "Lenta.ru в Дзен и Telegram" / "Ставьте лайк, подписывайтесь".
    r"(?:[ \t]+(?:и|і|та)[ \t]+(?:Telegram|Телеграм\w*|Дзен\w*|MAX|VK|ВКонтакте))?"
    r"(?:[ \t]*[:—–-][ \t]*[^\n.!?]{0,50})?"
    # (the call to subscribe after it: "Радіо Свобода – тепер і в Telegram. Підписуйтеся на
    # наш канал")
    r"(?:[.!][ \t]+(?:Підписуйтеся|Підписуйтесь|Подписывайтесь|Подпишитесь|Підпишіться)\b"
    r"[^\n.!?]{0,60}[.!]?)?"
    r"|Что[ \t]+(?:думаешь|вы[ \t]+думаете)\?.{0,30}|Оцените[ \t]+материал.{0,20}"
    r"|(?-i:Нравится|Не[ \t]+нравится|Смешно|Удивление|Возмущение|Грустно|Злость|Восторг)"
    # An ad slot's label left by the scrape under the last paragraph: "Реклама:",
    # "Advertisement" (the label alone on its line), or in the slot's brackets: "[Advertisement]".
    r"|(?:Реклама|Advertisement)[ \t]*:?|[\[(](?:Реклама|Advertisement|Ad)[\])]"
    # A programme page's links under a transcript: "Все выпуски программы «Вечерний разбор»",
    # "All episodes"; a call to donate: "Поддержать редакцию", "Підтримати hromadske".
    r"|(?:Все|Всі|Усі|All)[ \t]+(?:выпуски|випуски|эпизоды|епізоди|episodes)\b.{0,80}"
    # A section's back link, the line no more than its name: "Все выступления и интервью"
    # (cbr.ru), "Усі новини та заяви", "Все материалы".
    r"|(?:Все|Всі|Усі)[ \t]+(?:выступления|виступи|интервью|інтерв['’]ю|материалы|матеріали"
    r"|публикации|публікації|новости|новини|заявления|заяви|стенограммы|стенограми)"
    # (government.ru's "Все новости раздела" under a section's topic links)
    r"(?:[ \t]+(?:и|і|та)[ \t]+[а-яёіїєґ'’]+|[ \t]+(?:раздела|рубрики|розділу|теми))?[ \t]*"
    # (a podcast's may open with a question: "Понравился выпуск? Поддержите подкаст на Boosty.",
    # "Enjoyed the episode? Support us on Patreon.")
    r"|(?:(?:Понравил|Сподобал|Enjoy|Like)\w*[^\n.!?]{0,40}\?[ \t]*"
    # (or a short sentence on the outlet's independence: "We're independent. Support us on
    # Patreon.")
    r"|(?:We|We['’]re|We[ \t]+are)[ \t]+[^\n.!?]{0,30}?\bindependent[.!][ \t]*)?"
    r"(?:Поддержать|Поддержите|Підтримати|Підтримайте|Support[ \t]+us|Donate)\b.{0,60}"
    # … and its longer pitch: "Підтримайте Громадське радіо — ваш внесок допомагає нам
    # залишатися незалежними." (the money or the independence it asks for marks it).
    r"|(?:Поддержите|Підтримайте|Support)\b.{0,80}?(?<![\w-])(?:внес\w*|донат\w*|пожертв\w*"
    r"|donat\w*|contribution\w*|независим\w*|незалежн\w*|independent\w*)\b.{0,80}"
    r"|Версія[ \t]+для[ \t]+друку"
    # A link to the author's other pieces: "Більше статей Ганни Мельничук читайте за
    # посиланням.", "Другие материалы автора", "Усі публікації авторки".
    r"|(?:Більше|Больше|Ще|Усі|Всі|Інші|Все|Другие)[ \t]+(?:статей|статті|статьи|матеріалів"
    r"|материалов|матеріали|материалы|публікацій|публикаций|публікації|публикации|колонок)"
    r"[ \t]+(?:[^\n.!?]{0,60}?[ \t])?(?:автора|авторки|читайте|читати|за[ \t]+посиланням"
    r"|по[ \t]+ссылке)(?![\w-]).{0,60}"
    # A recommendation widget's heading under the story: "Sponsored Stories", "Promoted
    # Content", "Recommended for you", "You may also like", "Рекомендуем", "Вам може сподобатися";
    # with the widget vendor's credit: "Sponsored Content by Taboola", "Promoted Links by Outbrain".
    r"|(?:Sponsored|Promoted|Recommended|Suggested|Partner)[ \t]+(?:Stories|Content|Links|Articles"
    r"|for[ \t]+you|Videos?)(?:[ \t]+by[ \t]+[A-Z][\w.]*)?"
    r"|You[ \t]+(?:may|might)[ \t]+also[ \t]+like"
    r"|Рекомендуем|Рекомендуємо|Вам[ \t]+(?:может[ \t]+понравиться|може[ \t]+сподобатися)"
    # A ministry's sign-off under its transcript: "Пресслужба Міністерства оборони України",
    # "Пресс-служба МИД России" (a credit line, no sentence: it has no closing stop).
    r"|(?:Пресс-служба|Прес-служба|Пресслужба|Пресс-центр|Прес-центр)[ \t]+[^\n.!?…:]{2,100}"
    # A Russian site's footer: "Если вы обнаружили ошибку …, выделите ее и нажмите Ctrl+Enter".
    r"|.{0,160}\bCtrl[ \t]*\+[ \t]*Enter\b.{0,40}"
    # A transcript's own notice under it: "Стенограмма размещается в неправленом виде.",
    # "Розшифровка зроблена автоматично та відредагована. Можливі неточності."
    # ("Транскрипт створено автоматично та відредаговано. Можливі неточності.")
    r"|(?:Стенограмм?а|Расшифровка|Розшифровка|Транскрипция|Транскрипція|Транскрипт)\b.{0,100}"
    r"\b(?:неправлен\w*|автоматичн\w*|автоматическ\w*|неточност\w*|не[ \t]+редактир\w*"
    r"|не[ \t]+вычитан\w*|не[ \t]+вичитан\w*)\b.{0,100}"
    r"|(?:Send|Share)[ \t]+(?:by|via)[ \t]+e-?mail.{0,20}|E-?mail(?:[ \t]+this)?|Версия для печати"
    r"|Отправить[ \t]+(?:по|на)[ \t]+(?:e-?mail|почту).{0,20}"
    # (ABC News's rail names its section, a dash for the colon: "Up Next in Politics—" over
    # the next story's headline)
    r"|(?:Up next|Next up|Coming up next|Watch next)(?:[ \t]+in[ \t]+[\w&]+(?:[ \t]+[\w&]+)?)?"
    r"\s*(?::|[—–][ \t]*$).{0,100}"
    # Page furniture under an interview: the author's bio ("Nathan Brooks is a contributing
    # writer at The New Yorker, …"), a book's details ("The Quiet House by Ruth Adeyemi is
    # published by Fourth Estate (£18.99). …"), a show's credit ("The Margin is produced by
    # Hollow Tree Audio."), a section link ("More Science & Tech"), a transcript's end line
    # ("INTERVIEW ENDS"), CNN's "TO ORDER A VIDEO OF THIS TRANSCRIPT …", a GPO hearing's
    # "Appendix" / "Answers to Post-Hearing Questions" / "<all>".
    # The bio may name the outlet in the possessive: "Camille Durand is POLITICO Europe's
    # defense correspondent.", "Jane Roe is The Atlantic's Washington bureau chief."
    # (An alumni magazine's writer keeps the class year: "Theo Marchetti ’12 is a writer in …".)
    r"|(?-i:[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,2})(?:[ \t]+['’‘]\d{2})?[ \t]+is[ \t]+"
    r"(?:a|an|the|(?-i:[A-Z][^\n.!?]{0,40}?)['’]s"
    # (or one of many: "Lesley Stahl is one of America's most recognized and experienced
    # broadcast journalists. She has been …")
    r"|one[ \t]+of[ \t]+(?:the|(?-i:[A-Z][^\n.!?]{0,40}?)['’]s))[ \t]+"
    r"(?:[\w\-]+[ \t]+){0,5}(?:writer|editor|correspondent|reporter|columnist|journalist"
    r"|contributor|critic|producer|bureau[ \t]+chief|photographer|photojournalist|illustrator"
    # … and the guest's, a think tank's podcast page: "Marcus Adeyemi is a senior fellow at the
    # Hollings Center for Economic Security and a former deputy assistant secretary …".
    r"|videographer|fellow)s?\b.{0,240}"
    # Two interviewers' joint note under the last turn: "Hannah Whitcombe and Luis Ortega-Bravo
    # edit the Lantern’s translation series." ("… are contributing editors at …").
    r"|(?-i:[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,2})[ \t]+and[ \t]+"
    r"(?-i:[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,2})[ \t]+"
    r"(?:co-?)?(?:edit|host|present|produce|run|are[ \t]+(?:[\w\-]+[ \t]+){0,2}"
    r"(?:editors|writers|correspondents|reporters|columnists|journalists|hosts|producers))"
    r"[ \t]+(?:the|a|an|(?-i:[A-Z][^\n.!?]{0,40}?)['’]s)\b.{0,240}"
    # A note on where the piece first ran: "This article was originally published in German
    # in issue 38/2025 of DER SPIEGEL.", "This interview first appeared in Le Monde."
    r"|This[ \t]+(?:article|interview|story|piece|conversation|transcript)[ \t]+"
    r"(?:was[ \t]+|has[ \t]+been[ \t]+|first[ \t]+|originally[ \t]+){1,3}"
    r"(?:published|appeared|ran|printed)\b.{0,200}"
    # (or the series the piece belongs to: "This article is part of BIRN's coverage of …")
    r"|This[ \t]+(?:article|interview|story|piece)[ \t]+is[ \t]+part[ \t]+of[ \t]+"
    r"(?:(?-i:[A-Z])[^\n.!?]{0,40}?['’]s|the|a|an|our)[ \t]+(?:coverage|series|reporting)\b.{0,200}"
    # The page's pointer to the recording under the last turn: "Відео брифінгу дивіться на
    # нашій сторінці у Facebook.", "Видео брифинга смотрите на нашем канале."
    r"|(?:Відео|Видео|Відеозапис|Видеозапись)[ \t]+[^\n.]{0,60}?"
    r"(?:дивіться|смотрите|доступн[аоиіы]й?)\b[^\n]{0,120}"
    # A transcript's credit under the last turn: "Transcript prepared by Forum volunteers.
    # Minor edits for readability."
    r"|(?-i:Transcript)[ \t]+(?:prepared|produced|compiled|provided|edited)[ \t]+by\b.{0,200}"
    # A radio show's web Q&A credits its producer under the last answer: "Interview produced
    # by Chris Harbord. Q&A edited for length and clarity."
    # (CBC's "Audio produced by Ines Colabrese.", the credit naming the medium)
    r"|(?-i:Interview|Segment|Conversation|Audio|Video|Episode|Podcast)[ \t]+(?:was[ \t]+)?"
    r"produced[ \t]+by\b.{0,200}"
    # The editing note set under the last answer instead of over the first: "This interview
    # has been edited for length and clarity." (a short line of its own).
    r"|(?:This|The)[ \t]+(?:interview|conversation|transcript|Q&A|exchange)[ \t]+"
    r"(?:has[ \t]+been|was|have[ \t]+been)[ \t]+(?:lightly[ \t]+)?"
    r"(?:edited|condensed|translated|shortened|abridged)\b[^\n]{0,100}"
    # … or headed by the genre alone, the producer's credit after it: "Q&A edited for length
    # and clarity. Produced by Amanda Buckiewicz."
    r"|(?-i:Q&A|Interview|Conversation|Transcript)[ \t]+(?:has[ \t]+been[ \t]+|was[ \t]+)?"
    r"(?:lightly[ \t]+)?(?:edited|condensed)[ \t]+(?:and[ \t]+(?:edited|condensed)[ \t]+)?"
    r"for\b[^\n]{0,160}"
    # (… or the producer's bare credit first, the genre's note after it: "Produced by Ines
    # Colabrese. Q&A edited for length and clarity." — the note marks the credit as the page's)
    r"|(?-i:Produced)[ \t]+by[ \t]+(?-i:[A-Z])[^\n.!?]{1,60}\.[ \t]+"
    r"(?-i:Q&A|Interview|Conversation|Transcript)[ \t]+(?:has[ \t]+been[ \t]+|was[ \t]+)?"
    r"(?:lightly[ \t]+)?(?:edited|condensed)\b[^\n]{0,120}"
    # A broadcaster's newsletter box and footer row under the last answer (CBC's: "Add some
    # \"good\" to your morning and evening." / "A variety of newsletters you'll love,
    # delivered straight to you." / "Sign up now" / "Corrections and clarifications|Submit a
    # news tip|Report error").
    r"|Add[ \t]+some[ \t]+[\"“]?good[\"”]?[ \t]+to[ \t]+your\b[^\n]{0,40}"
    r"|[^\n]{0,40}\bnewsletters?\b[^\n]{0,40}\bdelivered[ \t]+(?:straight[ \t]+|right[ \t]+)?to"
    r"[ \t]+(?:you|your[ \t]+inbox)\b[^\n]{0,20}"
    r"|Corrections[ \t]+(?:and|&)[ \t]+clarifications[ \t]*(?:\||$)[^\n]{0,120}"
    # WordPress's share and like widgets: "Share this:" / "Twitter" / … / "Like this:" /
    # "Like Loading..." / "Related".
    r"|(?:Share|Like)[ \t]+this[ \t]*:|Like[ \t]+Loading(?:\.{3}|…)?"
    # A station's plug under its write-up, naming where to tune in, its web address last:
    # "Listen to Times Radio on the app, on DAB or at timesradio.co.uk".
    r"|(?-i:Listen)[ \t]+(?:live[ \t]+)?to[ \t]+(?-i:[A-Z])[^\n.!?]{0,40}?[ \t]+(?:on|at)[ \t]+"
    r"[^\n!?]{0,80}?\b[\w\-]+\.(?:co\.uk|com|org|net|fm|ie|au)\b[ \t]*\.?[ \t]*$"
    # A British party or candidate site's electoral imprint at its foot: "Promoted by Jane Hardy
    # on behalf of Bridget Phillipson, both at 1 Example Street, Sunderland SR1 1AA."
    r"|(?-i:Promoted|Published|Printed)[ \t]+by[ \t]+[^\n]{2,120}?[ \t]+on[ \t]+behalf[ \t]+of"
    r"[ \t]+[^\n]{2,240}"
    # A charity's registration under its page: "Registered charity no: 208223", "The University
    # … is a charitable body, registered in Scotland, with registration number SC005336."
    r"|[^\n]{0,120}\b(?:[Rr]egistered[ \t]+charity|charitable[ \t]+(?:body|trust|organi[sz]ation"
    r"|company|incorporated[ \t]+organi[sz]ation))\b[^\n]{0,100}?\b(?:no|number)\b\.?[ \t]*:?"
    r"[ \t]*[A-Z]{0,3}[ \t]?\d{4,}[ \t]*\.?[ \t]*$"
    # A page's social prompt under the story: "FOLLOW US ON SOCIAL MEDIA" (alone on its line;
    # the networks' lines below are the furniture tail's).
    r"|Follow[ \t]+us(?:[ \t]+on[ \t]+(?:social[ \t]+media|[A-Z][\w.]+))?[ \t]*:?[ \t]*$"
    # A topics row under the story, its heading then the tags set apart by runs of spaces
    # ("Trending Topics   Piyush Goyal   India-US trade deal"), and a box heading of the site's
    # picture stories ("Visual Stories", "Web Stories") alone on its line.
    r"|(?:Trending|Popular|Related)[ \t]+(?:Topics|Tags|Searches)(?:[ \t]{2,}[^\n]{1,60}){0,12}"
    r"[ \t]*$|(?:Visual|Web)[ \t]+Stories[ \t]*$"
    r"|.{0,120}\bby[ \t]+(?-i:[A-Z][\w'’\-]+[ \t]+[A-Z][\w'’\-]+)[ \t]+is[ \t]+"
    r"(?:published|out)\b.*"
    # (The show's name may stand in quotes: "\"On the Record\" is produced by Nia Whitaker.")
    r"|(?-i:[\"“][A-Z][^\n\"“”]{0,60}[\"”]|(?!(?:It|This|That|He|She|They|We|I|You|Everything"
    r"|All)\b)(?:[A-Z][\w'’&\-]*[ \t]+){0,4}[A-Z][\w'’&\-]*)[ \t]+(?:is|was)[ \t]+"
    r"(?:produced|edited|mixed|presented|hosted|recorded)[ \t]+by\b.{0,200}"
    r"|(?-i:More(?:[ \t]+[A-Z&][\w&'’\-]*){1,4})"
    r"|(?:(?:INTERVIEW|TRANSCRIPT|PROGRAMME|PROGRAM|SHOW)[ \t]+)?ENDS"
    # A page of a long CNN transcript ends on "TRANSCRIPT CONTINUES" (the rest is on the next
    # page): a page's trailer, under the last "[09:21:07]" stamp.
    r"|[(\[]?TRANSCRIPT[ \t]+CONTINUES\b.{0,40}"
    r"|.{0,20}\border[ \t]+(?:a[ \t]+)?(?:video|copy|transcript|tape)s?[ \t]+of[ \t]+this\b.*"
    r"|<all>|Appendix(?:[ \t]+[IVX\d]+)?|Additional Material for the Record"
    r"|(?:Answers|Responses)[ \t]+to[ \t]+(?:Post-Hearing|Additional|Written|Supplemental)\b.{0,60}"
    # Government pages' footers: Canada.ca's "Date modified:" / "2025-10-23" / "Report a
    # problem on this page", South Africa's "Issued by: The Presidency", New Zealand's
    # "conclusion of press conference", a committee's "Proceedings suspended from 10:31 to
    # 10:47" after its last answer; a magazine's "This article appeared in the Europe section
    # of the print edition …" / "Reuse this content"; a site's "Privacy Policy | Terms of
    # Service" row.
    r"|(?:Date[ \t]+modified|Last[ \t]+(?:modified|updated)|Page[ \t]+(?:last[ \t]+)?updated)"
    r"[ \t]*:.{0,40}|\d{4}-\d{2}-\d{2}|Report[ \t]+a[ \t]+problem\b.{0,40}"
    r"|Issued[ \t]+by[ \t]*:.{0,80}"
    # An Australian MP's or party's page closes on the statutory authorisation line: "Authorised
    # by Catherine Reyes MP, ALP, Geelong." (a name, then the party and place after commas).
    r"|Authori[sz]ed[ \t]+by[ \t]+(?-i:[A-Z])[^\n.!?]{0,80},[^\n.!?]{1,80}\.?"
    r"|(?:conclusion|close)[ \t]+of[ \t]+(?:the[ \t]+)?(?:press|media)[ \t]+conference"
    # (in parentheses too, the Senate of Canada's "(The committee suspended.)" / "(The
    # committee adjourned.)" under the chair's last words; a Senedd committee's square-bracketed
    # "[The committee adjourned at 11.42am]" stays a direction)
    r"|(?:\((?:The[ \t]+)?)?(?:Proceedings|Sitting|Hearing|Committee)[ \t]+"
    # (not a break that says the sitting resumed, the Dáil's "Sitting suspended at 4.41 p.m.
    # and resumed at 4.49 p.m.": the record goes on, a direction)
    r"(?:suspended|adjourned)\b(?![^\n]{0,60}\band[ \t]+resumed\b).{0,60}"
    # A Commons committee's close of a panel: "Examination of witnesses ended.", or its going
    # on behind closed doors: "Examination of witnesses continued in private.", or at a later
    # sitting: "Examination of witnesses continued in the next session."
    r"|Examination[ \t]+of[ \t]+witness(?:es)?[ \t]+(?:ended|concluded"
    r"|continued[ \t]+in[ \t]+(?:private|the[ \t]+next[ \t]+(?:session|sitting)))\.?"
    r"|This[ \t]+article[ \t]+appeared[ \t]+in\b.{0,200}|Reuse[ \t]+this[ \t]+content"
    r"|(?:Privacy|Cookie)[ \t]+(?:Policy|Notice|Settings)\b.{0,200}"
    r"|Terms[ \t]+of[ \t]+(?:Service|Use)\b.{0,200}"
    # (or pointing to them: RUSI's "For terms of use, see Website Terms of Use.")
    r"|For[ \t]+terms[ \t]+of[ \t]+(?:service|use)[ \t]*,[ \t]*see\b[^\n]{0,80}"
    # A news site's standards links under the story, alone or in a row: "CBC's Journalistic
    # Standards and Practices|About CBC News" / "Corrections and clarifications".
    r"|(?:(?-i:[A-Z])[\w&'’]*[ \t]+)?Journalistic[ \t]+Standards[ \t]+(?:and|&)[ \t]+Practices\b"
    r"[^\n.!?]{0,80}"
    r"|Corrections[ \t]+(?:and|&)[ \t]+clarifications[ \t]*$"
    # A site's footer row of links parted by bars: "About ASAP Sports  |  FastScripts Archive  |
    # Contact Us  |  Privacy Policy" (the row holds a legal or contact link).
    r"|[^\n|.!?]{1,60}(?:\|[^\n|]{1,60}){1,8}\b(?:Privacy[ \t]+(?:Policy|Notice)|Contact[ \t]+Us"
    r"|Terms[ \t]+of[ \t]+(?:Service|Use)|Cookie[ \t]+Policy)\b[^\n]{0,120}"
    # A transcription service's credit under the last turn: "FastScripts Transcript by ASAP
    # Sports", "Transcript courtesy of …" (a credit, no sentence).
    r"|(?:(?-i:[A-Z])[\w&\-]*[ \t]+){0,3}(?-i:Transcripts?)[ \t]+(?:by|courtesy[ \t]+of)[ \t]+"
    r"(?-i:[A-Z])[^\n.!?]{0,60}"
    # A licence line under the page: "Усі матеріали сайту доступні за ліцензією Creative Commons
    # Attribution 4.0 International", "Content licensed under Creative Commons BY 4.0".
    r"|.{0,160}\bCreative[ \t]+Commons[ \t]+(?:Attribution|BY|CC|Licen[cs]e)\b.{0,80}"
    # A community paper's foot: the reporter's address alone on its line
    # ("skuzyk@beaverrivercourier.ca"), the programme that funds the post ("The Local
    # Journalism Initiative is funded by the Government of Canada."), a row of share buttons
    # ("Facebook   X   LinkedIn   Email   Reddit"), the comments box's log-in note ("You must be
    # logged in to join the discussion …") and the cookie banner ("This website uses cookies …").
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"|(?:The[ \t]+)?(?-i:[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){1,5})[ \t]+is[ \t]+"
    r"(?:funded|supported)[ \t]+(?:in[ \t]+part[ \t]+)?by[ \t]+the[ \t]+Government[ \t]+of[ \t]+"
    r"(?-i:[A-Z])[^\n.!?]{0,40}\.?"
    r"|(?-i:(?:Facebook|Twitter|X|LinkedIn|E-?mail|Reddit|WhatsApp|Telegram|Pinterest|Threads"
    r"|Bluesky|Print)(?:[ \t]{2,}|\t|[ \t]*\|[ \t]*)){2,}(?-i:Facebook|Twitter|X|LinkedIn|E-?mail"
    r"|Reddit|WhatsApp|Telegram|Pinterest|Threads|Bluesky|Print)"
    # The icons' names a scrape keeps under the writer's bio, lower-case, two or more apart:
    # "twitter  mailto" (the address link's scheme stands for the mail icon).
    r"|(?-i:(?:facebook|twitter|linkedin|e-?mail|mailto|reddit|whatsapp|telegram|threads"
    r"|bluesky)(?:[ \t]{2,}|\t)){1,}(?-i:facebook|twitter|linkedin|e-?mail|mailto|reddit"
    r"|whatsapp|telegram|threads|bluesky)"
    r"|You[ \t]+must[ \t]+be[ \t]+logged[ \t]+in[ \t]+to\b.{0,160}"
    r"|This[ \t]+(?:web[ \t]?site|site)[ \t]+uses[ \t]+cookies\b.{0,400}"
    # A parliament's record under its last contribution: "Meeting continued in private until
    # 10:37.", "Meeting closed at 11:02." (the clock line above it goes too: see
    # _MEETING_CLOSE), and the page's links to the record's neighbours: "Previous item: …" /
    # "Next item: …".
    r"|(?:The[ \t]+)?Meeting[ \t]+(?:continued[ \t]+in[ \t]+private|closed|suspended|adjourned)\b"
    r"[^\n]{0,40}"
    # A parish council's note under it: the clerk's signature, her contact line and the site's
    # footer ("Jane Kerridge, Clerk to the Council" / "clerk@…gov.uk | 01279 771 204" / "Little
    # Hadham Parish Council · Privacy · Accessibility statement · Cookies").
    r"|[^\n,]{3,40},[ \t]+(?:Clerk|Secretary)[ \t]+to[ \t]+the[ \t]+(?:Council|Board|Committee"
    r"|Trustees|Governors)[^\n]{0,30}"
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+(?:[ \t]*[|·,][ \t]*\+?\d[\d \t()\-]{6,18})?"
    r"|(?=[^\n]*\b(?:Privacy|Cookies|Accessibility|Terms)\b)"
    r"[^\n·]{1,60}(?:[ \t]+·[ \t]+[^\n·]{1,40}){2,}"
    # A radio station's text line under the phone-in: "Have your say: text BREAKFAST to 84000
    # (standard network rates apply)."
    r"|[^\n]{0,40}\btext[ \t]+(?-i:[A-Z]{2,})[ \t]+to[ \t]+\d{4,6}\b[^\n]{0,60}"
    r"|(?:Previous|Next)[ \t]+(?:item|article|story|post|page|meeting|report)[ \t]*:.{0,200}"
    # The institution's postal address under its page: "The Scottish Parliament, Edinburgh, EH99
    # 1SP" (a line ending on a UK postcode).
    r"|[^\n.!?]{0,80},[ \t]*(?-i:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2})"
    # Or its numbered street, town and five-digit postal code: "Office of the President of
    # Ukraine, 11 Bankova Street, Kyiv, 01220" (a line ending on the code).
    r"|[^\n.!?]{0,80},[ \t]*\d{1,4}[ \t]+(?-i:[A-Z])[\w'’\-]+[ \t]+(?:Street|St|Avenue|Ave|Road"
    r"|Square|Boulevard|Lane)[ \t]*,[ \t]*(?-i:[A-Z])[\w'’\-]+(?:[ \t]+(?-i:[A-Z])[\w'’\-]+)?"
    r"[ \t]*,[ \t]*\d{5}"
    # An opinion page's disclaimer ("The statements, views and opinions expressed in this
    # column are solely those of the author …") and its share prompt ("You can share this story
    # on social media:").
    r"|.{0,80}\b(?:views|opinions)\b.{0,40}\bexpressed\b.{0,120}\b(?:solely|those)\b.{0,120}"
    r"|You[ \t]+can[ \t]+share[ \t]+this\b.{0,80}"
    # (the news aggregator's follow button over it: "Add RT to your news sources")
    r"|Add[ \t]+[^\n.!?]{1,30}?[ \t]+to[ \t]+your[ \t]+(?:preferred[ \t]+)?(?:news[ \t]+)?sources"
    r"(?=[ \t]*$)"
    # A nonprofit newsroom's republishing notice: "The Ridgeline Record is a nonprofit,
    # nonpartisan newsroom covering Harmon County. Republish this story for free under our
    # Creative Commons license."
    r"|.{0,200}\bRepublish[ \t]+(?:this[ \t]+(?:story|article)|our[ \t]+(?:stories|articles))"
    r"\b.{0,40}\bCreative[ \t]+Commons\b.{0,40}"
    # A donation box's pitch, closed by its button: "Ми незалежна правозахисна організація.
    # Ваш внесок допомагає нам документувати порушення прав людини. Підтримати" (ZMINA).
    r"|.{0,200}(?<![\w-])(?:Ваш(?:а|ий)?[ \t]+(?:внесок|донат|підтримка|вклад|поддержка)"
    r"|Your[ \t]+(?:support|contribution|donation))\b.{0,200}"
    r"(?<![\w-])(?:Підтримати|Поддержать|Donate|Support[ \t]+us)"
    # The Scottish Parliament's draft notice under the suspension ("10:24" / "Meeting
    # suspended." / "This is a draft Official Report and is subject to correction between
    # publication and the final version.").
    r"|This[ \t]+is[ \t]+(?:a|an)[ \t]+(?:draft|unrevised|uncorrected|provisional)[ \t]+"
    r"(?:Official[ \t]+Report|transcript|record|version)\b.{0,200}"
    # … or the status word alone before that notice (the Oireachtas: "Unrevised. This record
    # is subject to correction." under the last contribution).
    r"|(?:Unrevised|Uncorrected|Provisional|Draft)[ \t]*\.[ \t]+This[ \t]+"
    r"(?:record|report|transcript|debate|version)[ \t]+is[ \t]+subject[ \t]+to[ \t]+"
    r"(?:correction|revision)\b.{0,200}"
    # A think tank's boilerplate under an event transcript: the body describing itself ("The
    # Atlantic Council is a nonpartisan organization that …", "Chatham House, the Royal
    # Institute of International Affairs, is an independent policy institute based in London.
    # …"), its charity number and its address and contact rows.
    r"|(?-i:(?:The[ \t]+)?[A-Z][\w'’&\-]*(?:[ \t]+(?:of|for|on|[A-Z][\w'’&\-]*)){0,6})"
    r"(?:,[ \t]+[^\n,]{3,80},)?[ \t]+is[ \t]+an?[ \t]+(?:[\w\-]+[ \t]+){0,3}?"
    r"(?:independent|nonpartisan|non-partisan|non-profit|nonprofit|not-for-profit)[ \t]+"
    r"(?:[\w\-]+[ \t]+){0,3}?(?:organi[sz]ation|institute|think[ \t-]tank|foundation"
    r"|research[ \t]+(?:centre|center))\b[^\n]{0,600}"
    r"|(?:Registered[ \t]+)?Charity[ \t]+(?:Registration[ \t]+)?(?:Number|No\.?)[ \t]*:?[ \t]*"
    r"\d[\d \t]{3,12}$"
    r"|(?-i:T|Tel|Phone)\.?[ \t]*:?[ \t]*\+?\d[\d ()\-]{6,22}[ \t]+[^\n]{0,20}"
    r"[\w.\-]+@[\w\-]+\.[\w.\-]+[^\n]{0,80}$"
    # (its address row, closed by a British postcode: "Chatham House, 10 St James's Square,
    # London SW1Y 4LE")
    r"|(?-i:[^\n]{3,100},[ \t]+[A-Z][a-z]+[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2})[ \t]*$"
    # An event page's note to its visitors under the recording ("Thank you for your interest
    # in this event. Please send any feedback or questions to our Events staff.").
    r"|Thank[ \t]+you[ \t]+for[ \t]+your[ \t]+interest[ \t]+in[ \t]+this[ \t]+"
    r"(?:event|webinar|session|programme|program)\.[^\n]{0,200}$"
    # A record's site describes itself under the last answer ("Hansard is the official report
    # of debates in Parliament." / "Contact us").
    r"|(?-i:[A-Z][\w'’\-]+)[ \t]+is[ \t]+the[ \t]+official[ \t]+(?:report|record)[ \t]+of[ \t]"
    r"[^\n.!?]{1,80}\."
    # A row of share buttons, one network a line (mid.ru: "Facebook" / "VK" / "Telegram" / "X").
    r"|(?-i:Facebook|Twitter|VK|VKontakte|Telegram|WhatsApp|LinkedIn|Odnoklassniki|Viber)"
    # A health page's disclaimer under the last answer (AiF: "Важно! Информация, представленная
    # в статье, не является руководством к действию. Только врач может …"): the page's.
    r"|(?:(?:Важно|Внимание|Важливо|Увага)[ \t]*![ \t]*)?(?:Информация|Інформація)\b[^\n.!?]{0,80}?"
    r"[ \t](?:не[ \t]+является|не[ \t]+є)[ \t]+(?:руководством|керівництвом|медицинской"
    r"|медичною|рекомендацией|рекомендацією|заменой|заміною|призывом|закликом)\b.{0,300}"
    # A news site's notice that its comments are closed, a greeting to the readers before it
    # (RT: "Dear readers! Thank you for being with us. Comments are closed for this article.").
    # (only "… for this article/story/post": a bare "Comments are closed." under a student
    # paper's Q&A, tufts_daily_df, is left to the older readings its pin expects)
    r"|(?:Dear[ \t]+readers[ \t]*![^\n]{0,80}?)?Comments[ \t]+(?:are|have[ \t]+been)[ \t]+"
    r"closed[ \t]+(?:for|on)[ \t]+this[ \t]+(?:article|story|post|page)\b[^\n]{0,40}"
    # (or the greeting alone, its thanks the whole line: "Dear readers! Thank you for your
    # engagement with our content.")
    r"|Dear[ \t]+readers[ \t]*![ \t]*Thank[ \t]+you[ \t]+for\b[^\n.!?]{0,60}[.!]?"
    # (or the site's notice on the comment section itself, in its own "we", no one's "I":
    # "Dear readers and commenters," / "We have implemented a new engine for our comment
    # section.")
    r"|(?![^\n]*(?-i:\bI\b|\b[Mm]y\b))(?-i:We)[ \t]+[^\n.!?]{0,80}?\bour[ \t]+comments?"
    r"[ \t]+section\b[^\n.!?]{0,60}[.!]?"
    # A site's age notice at the foot: "Информация на данной странице предназначена для лиц
    # старше 18 лет.", "Матеріали сайту призначені для осіб старше 18 років." — the page's.
    r"|(?:Информация|Інформація|Материалы|Матеріали)\b[^\n.!?]{0,60}?[ \t]"
    r"(?:предназначен[аы]?|призначен[аі]?)[ \t]+для[ \t]+(?:лиц|осіб|пользователей|користувачів"
    r"|читателей|читачів)[ \t]+(?:старше|от|від|віком[ \t]+від)[ \t]+\d{1,2}[ \t]*"
    r"(?:\+|лет|років|года|роки)?[ \t]*\.?"
    r"|" + PROMO + r""
    r")[ \t]*$",
    re.IGNORECASE,
)
# A committee record's close under the last contribution: "Meeting continued in private until
# 10:37.", "Meeting closed at 11:02."
_MEETING_CLOSE = re.compile(
    r"[ \t]*Meeting[ \t]+(?:continued[ \t]+in[ \t]+private|closed|suspended|adjourned)\b"
)
# A "Related:" heading whose every following line is a short headline, a URL or tags: a
# page's list of links, not speech.
_RELATED_HEADING = re.compile(
    # "Related episodes" under a podcast page's transcript ("Episode 181: Who pays …?").
    r"^[ \t]*(?:Related(?: Articles| Content| Stories| Topics| materials| episodes| videos"
    # (rev.com's "Related Transcripts" over its episode links, "Field Notes Podcast: Episode
    # 141 — …", whose colon reads as a label's)
    r"| podcasts| reading| links| coverage| speeches| statements| interviews| news| posts"
    r"| transcripts"
    # (the Commission press corner's "Related media" over its video's title and the press
    # contacts)
    r"| documents| events| media"
    # (whitehouse.gov's "Related Briefings & Statements" over its links, "Fact Sheet: …",
    # "Executive Order: …", whose colons read as labels')
    r"| [Bb]riefings (?:&|and) [Ss]tatements"
    # (a space agency's "Related Terms" over its topic links, "Artemis  Orion Spacecraft")
    r"| [Tt]erms)?"
    # The Economist's "Read more of our recent coverage of Argentina:" over headline links.
    r"|Read (?:more|also)(?: here| (?:from|on|of|about) [^\n:]{1,40})?"
    # (a paper's box naming itself: "Read related Tribune coverage")
    r"|Read related(?: [A-Z][\w&'’\-]*){0,2} (?:coverage|stories|articles)"
    # Nikkei Asia's "Read next" over two headline links under the last answer.
    r"|Read next"
    # (a paper's rail over its headline links: the Los Angeles Times' "More to Read")
    r"|More to (?:Read|Watch|Explore)"
    # The Straits Times' "READ MORE HERE" and the Kyiv Post's "Other Topics of Interest" over
    # their headline links between two answers.
    r"|(?:Other|More) (?:Topics|Stories|Articles|News) of Interest"
    # A ministry's list of its earlier briefings under the text (mofa.gov.vn: "Other news:" /
    # "» Regular Press Briefing by MOFA Spokesperson on 13 February 2025").
    # (a presidency's "More news" over its headline links and the office's address line)
    r"|(?:Other|More) (?:news|articles|stories|briefings|press releases)"
    # (naming the outlet: "More articles from the BDN" over its headline links)
    r"(?: from [^\n:.!?]{1,40})?"
    # (president.gov.ua's "Інші новини" over its dated headline links under the share row)
    r"|(?:Інші|Останні|Другие|Последние) (?:новини|новости)"
    # (a regional paper's section box: "More from Sport" over its headline links)
    r"|More from (?:[A-Z][\w&'’\-]*)(?: [A-Z][\w&'’\-]*){0,2}(?=[ \t]*$)"
    # (a broadcaster's box naming itself: RT's "More on RT" over its headline links)
    r"|More on (?-i:[A-Z]{2,6})(?=[ \t]*$)"
    # (or its features box by its initials, right over its headline links: RT's "RT Features"
    # / "Danish straits: …" / …)
    r"|(?-i:[A-Z]{2,6} Features)(?=[ \t]*\n[ \t]*\S)"
    # An oral-history archive's links to the collection's other records: "Інші інтерв'ю
    # колекції:" / "Кравець Олег Іванович: «Ми виїжджали під Бахмутом двічі»".
    r"|(?:Other|More) interviews(?: (?:in|from) [^\n:]{1,40})?"
    r"|(?:Інші|Другие) (?:інтерв['’]ю|интервью)(?: [^\n:]{1,30})?"
    # A TV programme's page lists its earlier episodes under the transcript: "Другие выпуски" /
    # "«Главная тема»: министр ЖКХ — о тарифах и капремонте (16.10.2025)".
    # (a magazine's box of its earlier stories: "Попередні матеріали" / "Бюджет-2026: де …")
    r"|(?:Попередні|Предыдущие) (?:матеріали|публікації|материалы|публикации)"
    r"|(?:Інші|Другие|Все|Усі|Всі|Попередні|Предыдущие) (?:випуски|выпуски|епізоди|эпизоды)"
    r"(?: (?:програми|программы|подкасту|подкаста))?|(?:Other|More|Previous|Recent) episodes"
    r"|See also|Explore more(?: on (?:these|this) topics?)?|More to explore|More on this story"
    # (a paper's box naming what it holds: "More stories on this topic" over headline links)
    r"|More (?:stories|articles|news|coverage) (?:on|about) (?:this|the) (?:topic|subject|story)"
    # (an agency's box under its tag row: TASS English's "More on topic" over its headlines)
    r"|More on (?:this |the )?topic"
    # (the Independent's topic box under the transcript: "More about" / "Wes Streeting" /
    # "BMA" / "NHS", alone on its line)
    r"|More about(?=[ \t]*$)"
    # A local TV site's box under the story: "Most recent Utah stories", "Latest news".
    # (LBC's "More Latest News" over its headline links, its "See more …" link under it)
    r"|More (?:Latest|Top) (?:News|Stories)(?=[ \t]*$)"
    r"|(?:Most (?:recent|read|popular)|Latest|Top)(?: [\w.\-]+){0,2} (?:stories|news|articles"
    r"|headlines)"
    # … or the bare box heading over its headline links (the Kyiv Independent's "Most popular" /
    # "Ukraine war latest: …"; Radio Svoboda's "Популярне" / "«Прилітає щодня». Як …").
    r"|Most (?:popular|read)|Популярне|Популярное|Самое популярное|Найпопулярніше"
    # A chain paper's box of its most-read links: "Trending" / "Barrhead RCMP seek help …".
    r"|Trending(?: now| stories| news| articles)?"
    # ABC News's rail under the transcript, its section after a dash: "Up Next in Politics—" /
    # the next story's headline / the widget's "Sponsored Content by Taboola" / "Top Stories".
    r"|Up[ \t]+Next[ \t]+in[ \t]+[\w&]+(?:[ \t]+[\w&]+)?[ \t]*[—–]"
    # A magazine's widget over its headline links: "You might also like" / "Charlotte Church:
    # 'I was a product, now I'm a person'" (the quote headline's colon reads as a label's).
    r"|You (?:may|might) also (?:like|enjoy)"
    # MK's box of headline links between two turns: "Что еще почитать".
    r"|Что[ \t]+(?:еще|ещё)[ \t]+(?:почитать|прочитать)|Що[ \t]+ще[ \t]+почитати"
    r"|(?:Suggested )?Topics"
    # mid.ru's English pages translate "Дополнительные материалы" as "Additional materials".
    # (Spiegel's "More on this topic", "More on the topic")
    # (a section's box: "MORE IN PUBLIC SAFETY" / "• Council approves new 911 dispatch center")
    r"|More (?:on this(?: topic| subject| issue)?|on the (?:topic|subject|issue)"
    r"|from [^\n]{1,40}|in [^\n.!?:]{1,40})"
    r"|Additional materials"
    r"|Дополнительные материалы"
    # A section's link with an arrow over its headlines: "More Conversations →".
    r"|More[ \t]+\w+(?:[ \t]+\w+)?[ \t]*(?:→|›|»|>>)"
    # (abbreviated on a lecture site: "См. также:" over the series' other lectures)
    r"|Читайте также|Смотрите также|См\.[ \t]+также|Связанные материалы"
    # (Radio Svoboda's box speaks to one reader: "Смотри также" / its headline link)
    r"|Смотри также|Дивись також"
    # Rossiyskaya Gazeta's box of links under the text: "Важно! Редакция рекомендует" / "Как в
    # регионах тратят деньги на ремонт школ".
    r"|(?:Важно![ \t]+)?Редакция[ \t]+рекомендует"
    # kremlin.ru's "Материалы по теме" / "Встреча с Министром финансов …" / "15 октября 2025
    # года" under the text; its Ukrainian peers. (The box may be headed "Публикации по теме"
    # over the same headline and date links.)
    r"|(?:Материалы|Новости|Публикации|Матеріали|Новини|Публікації)[ \t]+(?:по|за)[ \t]+тем(?:е|ою)"
    # A magazine's box of its kindred stories: "Схожі матеріали" (Russian "Похожие материалы")
    # over the headline links.
    r"|(?:Схожі|Похожие)[ \t]+(?:матеріали|публікації|материалы|публикации)"
    # (or the site's earlier ones: "Попередні матеріали", "Предыдущие материалы")
    r"|(?:Попередні|Предыдущие)[ \t]+(?:матеріали|публікації|материалы|публикации)"
    # mid.ru's "Ещё по теме" / "Выступление … , Москва, 11 февраля 2025 года" / "Поделиться:".
    r"|(?:Ещё|Еще|Більше|Також)[ \t]+(?:по|за)[ \t]+тем(?:е|ою|і)"
    # RIA's box under the text, its word alone over headline links and their times: "Еще" /
    # "Пошлины на ввоз техники вырастут, заявил министр" / "Вчера, 18:40".
    r"|Ещё|Еще"
    # A news-exchange widget's heading over its partners' headline links: "Новости СМИ2" /
    # "Рынок складов в регионах впервые за пять лет замедлил рост"; "Новости партнеров".
    r"|(?:Новости|Новини)[ \t]+(?:СМИ2|партн[её]ров|партнерів)|Партн[её]рские[ \t]+материалы"
    r"|Читайте також|Дивіться також"
    # … naming the site whose links follow: "Читайте також на Вголос:", "Читайте также на РБК:";
    # a premium box names it alone: "Читайте на РБК Pro" over its headline link.
    r"|(?:Читайте|Дивіться|Смотрите)[ \t]+(?:також|также)[ \t]+(?:на|в|у)[ \t]+"
    r"[A-ZА-ЯЁІЇЄҐ«][^\n.!?:]{0,30}"
    r"|(?:Читайте|Читать|Читати)[ \t]+(?:на|в|у)[ \t]+"
    r"[A-ZА-ЯЁІЇЄҐ«][^\n.!?:]{0,30})[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# The interviewer's credit closing a Russian interview ("Беседовала Алёна Кудрявцева"): furniture
# only among the lines that close the text (in a header it introduces the interviewer).
_CREDIT_LINE = re.compile(
    r"^[ \t]*(?:(?:Беседовал[аи]?|Вопросы[ \t]+задавал[аи]?|Интервью[ \t]+(?:взял|записал)[аи]?"
    # Gordon's "Розмову записала Юлія Бондар"
    r"|(?:Розмову|Бесіду|Беседу)[ \t]+(?:записал[аи]?|записав"
    # … or who held it: "Розмову вів Тарас Гнатюк", "Беседу вела Анна Петрова".
    r"|вела|вів|вел[аи]?|провела|провів|провел[аи]?)"
    # The Ukrainian signature: "Розмовляла Ірина Гончар", "Спілкувався Олег Дорош".
    r"|Розмовлял[аи]|Розмовляв|Спілкувал(?:ася|ися|ся))"
    r"[ \t]+[^\n.!?]{3,80}\.?[ \t]*"
    # A programme's credit to its presenter under the talk: "Ведуча програми — Оксана Левчук.",
    # "Ведущий программы: Иван Петров" (the programme's word or a dash: no label's colon).
    r"|(?:Ведуч(?:ий|а)|Ведущ(?:ий|ая))[ \t]+(?:програми|программы|передачі|передачи|ефіру|эфира)"
    r"[ \t]*(?::|[—–])[ \t]*[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+\.?[ \t]*"
    # A stenogram's closing credit and footnote: "Стенограму підготовлено секретаріатом …",
    # "* Стенограмма по вопросу «Разное» публикуется отдельно."
    # (an interview's own note on where it ran: "Інтерв'ю підготовлено для Hospodářské noviny,
    # опубліковано 17 червня 2025 року", "Интервью опубликовано в газете …")
    r"|(?:\*[ \t]*)?(?:Стенограм\w*|Текст|Материал|Матеріал|Інтерв['’]ю|Интервью)[ \t]+"
    r"[^\n]{0,80}?\b"
    # (or by whom: "Стенограму підготував відділ організаційного забезпечення роботи ради")
    r"(?:подготовлен|підготовлен|подготовил|підготува|публикуется|публікується|опубликован"
    # (the department may run long: "… підготував відділ стенографічного забезпечення
    # Управління документального забезпечення Апарату Верховної Ради України")
    r"|опублікован|размещ|розміщ)\w*\b[^\n]{0,160}"
    # A hearing's stenographer signs the record under it: "Стенограму вела: Н. Ткачук",
    # "Протокол вёл И. Петров" (initials, so the name may hold full stops).
    r"|(?:Стенограм+у|Протокол)[ \t]+(?:вела|вів|вел|вёл|вели)[ \t]*:?[ \t]+"
    r"[А-ЯЁІЇЄҐ][^\n!?]{1,60}"
    # A broadcast's text version signed by whoever wrote it up: "Текст підготувала: Вікторія
    # Руденко", "Текст подготовил Иван Петров".
    r"|(?:Текст|Материал|Матеріал)[ \t]+(?:підготува|подготовил)\w*[ \t]*:?[ \t]+[^\n.!?]{3,60}"
    # A news agency's backlink to its earlier report under the text: "Як повідомляв Укрінформ,
    # раніше Кабінет Міністрів затвердив …", "Как сообщал ТАСС, …", "As Ukrinform reported, …"
    # (the agency speaks, not the interviewee: a turn ends above it).
    r"|(?:Як[ \t]+повідомля\w*|Как[ \t]+(?:сообщал|ранее[ \t]+сообщал)\w*"
    r"|As[ \t]+(?:previously[ \t]+|earlier[ \t]+)?reported(?:[ \t]+by)?)[ \t]+"
    r"[A-ZА-ЯЁІЇЄҐ«\"][^\n]{0,400}"
    # A wire story's reporting credit under the text: "Santos reported from Washington. Dunne
    # reported from Des Moines, Iowa.", "Lee and Park reported from Seoul." (AP): one or more
    # short "<Surname(s)> reported from <Place>." sentences, the whole line.
    r"|(?:(?:(?:[A-Z][\w'’\-]+|and)[ \t]+){0,4}[A-Z][\w'’\-]+[ \t]+reported[ \t]+from[ \t]+"
    r"[A-Z][^\n.!?]{1,60}\.[ \t]*){1,4}"
    # A wire story's writing and editing credits: Anadolu's "*Writing by Burak Dag", Reuters'
    # "Reporting by Anna Kim; Editing by Tom Lee", "Additional reporting by …".
    r"|(?:\*[ \t]*)?(?:(?:Additional[ \t]+)?[Rr]eporting|Writing|Written|Editing|Edited)[ \t]+by"
    r"[ \t]+[A-Z][^\n]{1,200}"
    # Bloomberg's credits under a story: "--With assistance from Frank Mwale.", then "To
    # contact the reporters on this story:" over one line per reporter, "Kelechi Amadi in Lagos
    # at kamadi@bloomberg.net" (the line closed by the address).
    r"|[-–—]{0,2}[ \t]*With[ \t]+assistance[ \t]+from[ \t]+[A-Z][^\n]{1,200}"
    # CBC's and the Canadian Press's credit under a story: "With files from Metro Morning",
    # "With files from The Canadian Press and Reuters".
    r"|(?-i:With)[ \t]+files[ \t]+from[ \t]+(?-i:[A-Z])[^\n.!?]{1,80}\.?"
    r"|To[ \t]+contact[ \t]+the[ \t]+(?:reporters?|editors?|writers?|authors?)[ \t]+"
    r"(?:on|of|for|responsible[ \t]+for)[ \t]+this[ \t]+(?:story|article)[ \t]*:[ \t]*"
    r"|[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,3}(?:[ \t]+in[ \t]+[A-Z][^\n@]{1,40})?"
    r"[ \t]+at[ \t]+"
    r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+[ \t]*"
    # A business paper's contact line, the journalists' addresses in brackets: Caixin's
    # "Contact reporter Wang Jiayi (jiayiwang@caixin.com) and editor Denise Lau (…)".
    r"|Contact[ \t]+(?:the[ \t]+)?(?:reporters?|editors?|writers?|authors?)[ \t]+[A-Z][^\n]{0,200}@"
    r"[^\n]{0,200}"
    # Anadolu's notice under every story: "Anadolu Agency website contains only a portion of
    # the news stories offered to subscribers in the AA News Broadcasting System (HAS), …".
    r"|[^\n]{0,60}\bwebsite[ \t]+contains[ \t]+only[ \t]+a[ \t]+portion[ \t]+of[^\n]{0,250}"
    # "Видеозапись заседания доступна на сайте Суда": where to watch it.
    r"|(?:Видеозапись|Видео|Відеозапис|Відео)[ \t]+[^\n]{0,60}?\bдоступн\w*[^\n]{0,80}"
    # A review's note on the book under the conversation, with its price: "Saltmarsh is
    # published by Gullwing Press (£18.99).", "The Quiet Year is out now (Faber, £16.99)."
    r"|[A-Z][^\n.!?]{0,80}?\b(?:is|are)[ \t]+(?:published|out)\b[^\n!?]{0,80}?"
    r"[(,][ \t]*(?:[^\n()]{0,40}?,[ \t]*)?(?:£|\$|€|RRP)[ \t]?\d[\d.,]*[^\n]{0,40}"
    # (or a record's, on its label: "Last Stop Pontypridd is out now on Bubblewrap Records.
    # Rhian Ferris tours the UK from 2 May")
    r"|[A-Z][^\n.!?]{0,80}?\b(?:is|are)[ \t]+out[ \t]+now[ \t]+(?:on|via)[ \t]+[A-Z][^\n]{0,160}"
    # A station's note on itself under a phone-in: "Pennine Radio is part of Moorland Media.
    # Calls cost your standard network rate." — its owner, then what the calls cost.
    r"|(?:(?:[A-Z][\w'’&\-]*[ \t]+){0,3}(?:Radio|FM|TV|Television|Media|News|Network"
    r"|Broadcasting)[ \t]+is[ \t]+(?:part[ \t]+of|owned[ \t]+by|a[ \t]+division[ \t]+of)[ \t]+"
    r"[A-Z][^\n.!?]{1,60}\.[ \t]*|(?=Calls[ \t]))"
    r"(?:Calls[ \t]+(?:cost|are[ \t]+charged|to[ \t]+\S+[ \t]+(?:cost|are))\b[^\n]{0,150})?"
    # The same in English under an event's transcript: "Video of this event is available on our
    # YouTube channel.", "A full recording of the debate is available on our website."
    r"|(?:(?:A|The)[ \t]+)?(?:(?:full|complete)[ \t]+)?(?:Video|Recording|Audio|Podcast)"
    r"(?:[ \t]+recording)?[ \t]+of[ \t]+(?:this|the)[ \t]+[^\n.!?]{0,40}?\b(?:is|are)[ \t]+"
    r"(?:now[ \t]+)?available\b[^\n]{0,100}"
    # An official's signature under the record: "Председатель Московской городской Думы" and,
    # after wide spacing, "А.В. Николаев".
    r"|[^\n]{3,100}?[ \t]{3,}(?:[A-ZА-ЯЁІЇЄҐ]\.[ \t]?){1,2}[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’\-]+[ \t]*)$"
)
# A news page's author box under the story: the byline in capitals on its own line, then a
# one-sentence bio ("ELENA MARSH" / "Marsh covers the economy and the Federal Reserve for The
# Associated Press.", "Jane Doe is a politics reporter for Reuters based in London.").
_AUTHOR_BIO = re.compile(
    # (an Irish name's one-letter particle, "Oisín Ó Briain is a freelance writer …")
    r"[ \t]*(?:[A-ZÀ-Þ][\w'’\-]*[ \t]+){0,2}[A-ZÀ-Þ][\w'’\-]+[ \t]+(?:covers|writes about"
    r"|reports on|is[ \t]+(?:a|an|the)[ \t]+[^\n.!?]{0,60}?"
    r"(?:reporter|correspondent|writer|editor|journalist))"
    # (or where the writer lives: "… is a freelance writer based in Galway.")
    # (or the patch covered: "Kate covers local football … across the Border.")
    # (or the town the beat is covered from: "… covers mining and energy from Perth.")
    r"\b[^\n!?]{0,200}?\b(?:for|at|with|across|from|based[ \t]+in)[ \t]+[^\n!?]{2,100}\.[ \t]*"
    # (how to reach the writer may follow: "… for Stateline. Reach him at dosei@stateline.org.")
    r"(?:(?:Reach|Contact|Email|Follow)[ \t]+(?:him|her|them)[ \t]+(?:at|on)[ \t]+\S+[ \t]*"
    # (… or "She can be reached at elacasse@bangordailynews.com.")
    r"|(?:He|She|They)[ \t]+can[ \t]+be[ \t]+reached[ \t]+(?:at|on)[ \t]+\S+@\S+[ \t]*"
    # (or as a field: "… for the Nevada Current. Contact: info@nevadacurrent.com")
    r"|(?:Contact|Email)[ \t]*:[ \t]*\S+@\S+[ \t]*"
    # (or the address straight after the word: "… across Newcastle's East End. Email
    # siobhan.kerr@tynesidegazette.co.uk")
    r"|(?:Contact|E-?mail)[ \t]+\S+@\S+[ \t]*)?"
    # (or the paper's own possessive before the job, the sentence closing on it: "Daniel
    # Sokol is the Jewish Courier’s northern correspondent.")
    r"|[ \t]*(?:[A-ZÀ-Þ][\w'’\-]*[ \t]+){0,2}[A-ZÀ-Þ][\w'’\-]+[ \t]+is[ \t]+the[ \t]+"
    r"(?:[A-Z][\w\-]*[ \t]+){0,3}[A-Z][\w\-]*['’]s[ \t]+(?:[a-z][\w\-]*[ \t]+){0,3}"
    r"(?:reporter|correspondent|writer|editor|journalist)\.[ \t]*"
    # (or when the writer joined the paper and the beat: "Harvey Kong joined the Post in 2021
    # and covers transport and infrastructure.")
    r"|[ \t]*(?:[A-ZÀ-Þ][\w'’\-]*[ \t]+){0,2}[A-ZÀ-Þ][\w'’\-]+[ \t]+joined[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w\-]*[ \t]+){0,3}in[ \t]+(?:19|20)\d\d,?[ \t]+and[ \t]+(?:covers|writes[ \t]+about"
    r"|reports[ \t]+on)[ \t]+[^\n!?]{2,160}\.[ \t]*"
)
# A local paper's contact line for its reporter under the story: "Olivia Belanger can be
# reached at 352-1234, ext. 1439, or obelanger@keenesentinel.com. Follow her on X @…".
_REACH_LINE = re.compile(
    r"[ \t]*(?:[A-ZÀ-Þ][\w'’\-]*[ \t]+){1,2}[A-ZÀ-Þ][\w'’\-]+[ \t]+can[ \t]+be[ \t]+"
    r"(?:reached|contacted)"
    r"[ \t]+(?:at|on|by)[ \t]+[^\n]{0,160}?\S+@\S+\.[a-z]{2,}[^\n]{0,120}"
    # (or the page's contact line, the address alone after the name: "Reach Daniel Whitcomb:
    # daniel.whitcomb@sfchronicle.com", "Contact Ana Ruiz at aruiz@example.com")
    r"|[ \t]*(?:Reach|Contact|Email)[ \t]+(?:[A-ZÀ-Þ][\w'’\-]*[ \t]+){1,2}[A-ZÀ-Þ][\w'’\-]+"
    r"[ \t]*(?::|at)[ \t]*\S+@\S+\.[a-z]{2,}[ \t]*"
)
# A foundation's or NGO's closing lines under a Q&A: the box's heading and its bio on one line
# ("About the interviewer: Leila Haddad is a communications officer at The Kresge Foundation.")
# and a pointer to the grantee's site ("Learn more about the Lagos Clean Air Collaborative at
# lagoscleanair.org."): the page's, no one's words.
_CLOSING_PLUG = re.compile(
    r"[ \t]*About[ \t]+the[ \t]+(?:author|authors|interviewer|contributor|writer)[ \t]*:[ \t]+"
    r"[A-Z][^\n]{2,400}"
    r"|[ \t]*(?:Learn|Find[ \t]+out|Read)[ \t]+more[ \t]+about[ \t]+[^\n]{2,150}?[ \t]+(?:at|on)"
    r"[ \t]+(?:https?://)?[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}(?:/\S*)?[ \t]*\.?[ \t]*"
    # A video box's plug under the page's topics, closed by the site's own domain: "Fox News
    # Flash top headlines are here. Check out what's clicking on Foxnews.com." (no speaker
    # points the reader to a web address after "Check out what's …").
    r"|[ \t]*(?:[^\n.!?]{2,80}[.!][ \t]+)?Check[ \t]+out[ \t]+what['’]s[ \t]+[^\n.!?]{2,40}?"
    r"[ \t]+(?:at|on)[ \t]+(?:https?://)?[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}[ \t]*\.?[ \t]*"
    # A Russian or Ukrainian site's call to its readers under the text, a question to them and
    # where to write: "Есть вопрос о транспорте? Пишите нам в Telegram-бот НГС.", "Є тема?
    # Напишіть нам на пошту …" (an answer tells no reader where to write).
    r"|[ \t]*(?:Есть|Є|Маєте|Имеете)[ \t]+(?:вопрос|питання|новость|новина|история|історія"
    r"|тема)[^\n.!?]{0,60}\?[ \t]+(?:Пишите|Напишите|Пишіть|Напишіть)[ \t]+нам[^\n]{0,100}"
    # A think tank's note under its event's transcript on where to watch it: "The recording of
    # this event is available on our YouTube channel." (the house's "our", no speaker's).
    r"|[ \t]*(?:The|A)[ \t]+(?:full[ \t]+)?(?:video[ \t]+)?recording[ \t]+of[ \t]+"
    r"(?:this|the)[ \t]+(?:event|session|webinar|discussion|panel|conference)[ \t]+is[ \t]+"
    r"available[ \t]+(?:on|at|via)\b[^\n!?]{2,100}"
)
# A sports page's note on the next fixture under the interview: "Wodonga Raiders host
# Wangaratta at Birallee Park on Saturday from 2.10pm.", "Наступний матч «Нива» проведе 10
# серпня вдома проти «Поділля»." (a line of its own, no one's words: no first person).
_FIXTURE_NOTE = re.compile(
    r"[ \t]*(?:[A-Z][\w'’\-]*[ \t]+){1,3}(?:host|hosts|play|plays|face|faces|meet|meets"
    r"|travel[ \t]+to|travels[ \t]+to|take[ \t]+on|takes[ \t]+on)[ \t]+[^\n!?]{2,80}?[ \t]on[ \t]+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^\n!?]{0,40}\.[ \t]*"
    r"|[ \t]*(?:Наступний|Следующий)[ \t]+(?:матч|поєдинок|поединок|гру|игру)[ \t]+[^\n!?]{2,80}?"
    r"(?<![а-яёіїєґ])(?:проведе|зіграє|проведёт|сыграет)(?![а-яёіїєґ])[^\n!?]{2,100}\.[ \t]*"
)
# A nonprofit newsroom's note on itself under every story: "Stateline is part of States
# Newsroom, a nonprofit news network supported by grants and a coalition of donors …".
_PUBLISHER_NOTE = re.compile(
    r"[ \t]*[A-Z][^\n.!?]{0,40}[ \t]+is[ \t]+(?:part[ \t]+of[ \t]+[^\n.!?]{2,60},[ \t]+)?an?[ \t]+"
    r"(?:nonprofit|non-profit|independent|nonpartisan)[ \t]+(?:[\w\-]+[ \t]+){0,2}"
    r"(?:news|newsroom|journalism|media)\b[^\n]{0,300}"
    # A think tank's note on itself under its event's transcript: "Chatham House, the …, is an
    # independent policy institute based in London. Our mission is …" (the house, not a speaker).
    r"|[ \t]*[A-Z][^\n.!?]{0,80}?[ \t]+is[ \t]+an?[ \t]+(?:nonprofit|non-profit|independent"
    r"|nonpartisan|non-partisan)[ \t]+(?:[\w\-]+[ \t]+){0,2}(?:institute|think[ \t]+tank"
    r"|organi[sz]ation|cent(?:re|er)|foundation)[ \t]+based[ \t]+in[ \t]+[A-Z][^\n]{0,300}"
    # A think tank's disclaimer under the Q&A: "The views expressed in GMF publications and
    # commentary are the views of the author(s) alone."
    # A book plug under a Q&A: "Sir Richard Hartley's memoir, The Alliance Years, is published
    # by Hodder & Stoughton." (the page's note on the interviewee, no one's words).
    r"|[ \t]*[A-Z][^\n.!?]{0,60}?['’]s[ \t]+(?:new[ \t]+|latest[ \t]+)?(?:book|memoir|novel"
    r"|biography|autobiography),[^\n]{1,120}?,[ \t]+is[ \t]+(?:published|out)\b[^\n]{0,200}"
    # Mongabay's closing lines: "Banner image: A patrol … Image by Priya Raman for Mongabay."
    # and "Citation: Raman, P. (2025, April 9). '…': Interview with …. Mongabay …".
    r"|[ \t]*(?:Banner|Header|Top|Featured)[ \t]+(?:image|photo)[ \t]*:[^\n]{1,300}"
    r"|[ \t]*Citation[ \t]*:[ \t]*[A-Z][^\n]{0,40}\((?:19|20)\d\d\b[^\n]{1,300}"
    r"|[ \t]*(?:The[ \t]+)?(?:views|opinions)[ \t]+expressed\b[^\n]{0,160}?\bauthor"
    r"(?:s|\(s\))?\b[^\n]{0,160}"
    # A grant's credit under the text: "Подкаст створено за підтримки Фонду розвитку медіа.
    # Погляди авторів можуть не збігатися з позицією донора.", "Материал подготовлен при
    # поддержке …".
    # A series note under the text: "This post is part of our special coverage on press
    # freedom in Central Asia."
    r"|[ \t]*(?:This|The)[ \t]+(?:post|article|story|interview|piece|report|conversation)[ \t]+"
    r"is[ \t]+part[ \t]+of[ \t]+(?:our|a|the)\b[^\n]{0,200}"
    # A university's closing credits: "Dr Mensah's research on regional organisations is
    # supported by the Economic and Social Research Council." / "Further information" / "For
    # media enquiries contact the University of Leeds press office via …".
    r"|[ \t]*[A-Z][^\n.!?]{0,60}?['’]s[ \t]+(?:research|work|project|fieldwork)\b[^\n.!?]{0,120}"
    r"[ \t]+is[ \t]+(?:supported|funded|sponsored)[ \t]+by[ \t]+[^\n]{1,200}"
    r"|[ \t]*Further[ \t]+information[ \t]*:?[ \t]*"
    # A show's production credit under its last turn, whatever follows on the line: "Potting
    # Shed Panel is a Hedgerow Audio production for Radio Marches. Questions for the panel: …",
    # "The Long Haul is written and hosted by Priya Raman. Music by Ben Oyelaran."
    r"|[ \t]*(?!(?:It|This|That|He|She|They|We|I)\b)[A-Z][^\n.!?]{0,60}[ \t]+is[ \t]+an?[ \t]+"
    r"(?:[A-Z][\w'’&\-]*[ \t]+){1,4}"
    r"production[ \t]+(?:for|of|in[ \t]+association[ \t]+with)[ \t]+[A-Z][^\n]{0,300}"
    r"|[ \t]*(?!(?:It|This|That|He|She|They|We|I)\b)[A-Z][^\n.!?]{0,60}[ \t]+is[ \t]+"
    # (an adverb may stand by the verb: "Groundwork is produced independently by Jess and Tom
    # Abernathy. Music by Kestrel Lane.")
    r"(?:[a-z]+ly[ \t]+)?(?:written|produced|presented|hosted|edited"
    r"|created|made)(?:(?:,|[ \t]+and)[ \t]+(?:written|produced|presented|hosted|edited|created"
    r"|made|mixed))*(?:[ \t]+[a-z]+ly)?[ \t]+by[ \t]+[A-Z][^\n]{0,300}"
    r"|[ \t]*For[ \t]+(?:media|press)[ \t]+(?:enquiries|inquiries)\b[^\n]{0,200}"
    # An organisation's press-release foot: "For further information, please contact Fadi El
    # Abdallah, Spokesperson …, by telephone at: …", "You can also follow the Court's
    # activities on X, Instagram, …", and the release's reference code over its subject
    # ("ICC-OTP-20260121-TRN | Situation: Libya").
    r"|[ \t]*For[ \t]+(?:further|more)[ \t]+information,?[ \t]+(?:please[ \t]+)?contact\b"
    r"[^\n]{0,400}"
    r"|[ \t]*(?:You[ \t]+can[ \t]+also[ \t]+)?[Ff]ollow[ \t]+[^\n.!?]{0,60}?\bon[ \t]+(?:X|Twitter"
    r"|Facebook|Instagram|LinkedIn|YouTube),[^\n.!?]{0,120}"
    r"|[ \t]*[A-Z]{2,8}(?:-[A-Z]{2,8})*-\d{6,8}-[A-Z0-9]{2,8}[ \t]*\|[ \t]*[A-Z][^\n|]{0,60}"
    # (or the press office's own line, its fields between bars, the e-mail last: "Directorate
    # of Information and Communication | African Union Commission | E-mail: dic@…")
    r"|[ \t]*[A-Z][^\n|]{2,80}(?:\|[^\n|]{2,80}){0,3}\|[ \t]*E-?mail[ \t]*:[ \t]*"
    r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+[ \t]*"
    # A central bank's reuse notice: "Reproduction is permitted provided that the source is
    # acknowledged."
    r"|[ \t]*Reproduction[ \t]+is[ \t]+permitted[ \t]+provided[ \t]+that\b[^\n]{0,120}"
    # A site's trademark notice under its copyright line: "NYC is a trademark and service
    # mark of the City of New York".
    r"|[ \t]*[A-Z][^\n.!?]{0,60}?[ \t]+(?:is|are)[ \t]+(?:a[ \t]+)?(?:registered[ \t]+)?"
    r"(?:trademarks?|service[ \t]+marks?)\b[^\n!?]{0,120}"
    # A press office's contact box under the release: its heading and a telephone number
    # or an address alone on its line ("Media Contact" / "pressoffice@…" / "(212) 788-2958").
    r"|[ \t]*(?:Media|Press)[ \t]+(?:Contacts?|Inquiries|Enquiries)[ \t]*:?[ \t]*"
    r"|[ \t]*\+?(?:1[ \t.\-])?\(?\d{3}\)?[ \t.\-]?\d{3}[ \t.\-]\d{4}[ \t]*"
    r"|[ \t]*[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+[ \t]*"
    # A feature's call for the next subject, with the desk's address: "Want your utility
    # featured in Member Spotlight? Email news@publicpower.org."
    r"|[ \t]*[A-Z][^\n.!?]{0,100}\?[ \t]+(?:E-?mail|Contact|Write[ \t]+to)[ \t]+"
    r"(?:us[ \t]+at[ \t]+)?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+[ \t]*\.?[ \t]*"
    # A newsletter's plug closing the page: "Get a note direct from our foreign correspondents
    # on what's making headlines around the world. Sign up for the weekly What in the World
    # newsletter."
    r"|[ \t]*[A-Z][^\n]{0,200}[.!][ \t]+Sign[ \t]+up[ \t]+(?:for|to)[ \t]+[^\n.!?]{0,80}"
    r"\bnewsletters?[ \t]*[.!]?[ \t]*"
    r"|[ \t]*(?:[^\n.!?]{0,60}?[ \t])?(?:створен|підготовлен|реалізован|создан|подготовлен"
    r"|реализован)[а-яіїє]{0,2}[ \t]+(?:за|при)[ \t]+(?:[а-яіїє]+[ \t]+)?"
    r"(?:підтримк[иі]|поддержке)\b[^\n]{0,300}"
)
# A podcast page's closing note on where to hear the show, nobody's speech: "Campus
# Conversations is available on all major podcast platforms.", "Listen and subscribe on Apple
# Podcasts, Spotify or wherever you get your podcasts."
_PODCAST_NOTE = re.compile(
    r"[ \t]*(?:[A-Z][^\n.!?]{0,60}[ \t]+(?:is|are)[ \t]+available|(?:Listen|Subscribe|Follow)\b)"
    r"[^\n!?]{0,120}\b(?:podcast[ \t]+(?:platforms|apps?)|Apple[ \t]+Podcasts|Spotify"
    r"|wherever[ \t]+you[ \t]+(?:get|listen[ \t]+to)[ \t]+(?:your[ \t]+)?podcasts)\b[^\n!?]{0,80}"
    # A station's note on when the programme airs, under the interview it carried: "Morning
    # Call is on weekdays from 7am.", "The Sunday Show airs every Sunday at 9 a.m. on …".
    # A station's app and platforms under the transcript: "Listen on the Times Radio app, DAB
    # and smart speakers."
    r"|[ \t]*(?:Listen|Watch)[ \t]+(?:live[ \t]+)?on[ \t]+the[ \t]+[A-Z][^\n.!?]{0,40}?[ \t]+app\b"
    r"[^\n!?]{0,80}"
    # The programme's slot with no verb, its hosts named: "Times Radio Breakfast with Aasmah Mir
    # and Calum Macdonald, weekdays from 6am."
    r"|[ \t]*[A-Z][^\n.!?]{0,60}[ \t]+with[ \t]+[A-Z][^\n.!?]{0,60},[ \t]+(?:weekdays|weeknights"
    r"|weekends|every[ \t]+[A-Z][a-z]+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)[ \t]+"
    r"(?:from|at)[ \t]+\d{1,2}(?:[.:]\d{2})?[ \t]?(?:am|pm|a\.m\.|p\.m\.)[^\n!?]{0,60}"
    r"|[ \t]*[A-Z][^\n.!?]{0,60}[ \t]+(?:is[ \t]+on|airs|is[ \t]+broadcast|is[ \t]+live)[ \t]+"
    r"[^\n!?]{0,40}?\b(?:weekdays|weeknights|weekends|every[ \t]+[a-z]+|(?:Mon|Tues|Wednes"
    r"|Thurs|Fri|Satur|Sun)days?)\b[^\n!?]{0,30}?\b\d{1,2}(?:[.:]\d{2})?[ \t]?(?:am|pm|a\.m\."
    r"|p\.m\.)[^\n!?]{0,60}"
    # A Ukrainian or Russian podcast's outro plug, after a short closing line: "Кінець
    # випуску. Підписуйтеся на подкаст і ставте п'ять зірок.", "Подписывайтесь на подкаст …".
    # (only after the show's own closing words: a host who signs off with the same plug, "А ми
    # почуємося наступного вівторка. Підписуйтеся на подкаст …", still speaks)
    r"|[ \t]*(?:(?:Кінець|Конец)[ \t]+(?:випуску|выпуска|епізоду|эпизода)\.[ \t]+)?"
    r"(?:Підписуйтеся|Підписуйтесь|Подписывайтесь|Подпишитесь)"
    r"[ \t]+на[ \t]+(?:наш[ \t]+|нас[ \t]+у[ \t]+)?подкаст[^\n]{0,120}"
)
# A record's signature over its blank, under the last turn: "Председательствующий _______________
# М.А. Соколова", "Secretary ____________ J. Hale" (read before the underscores are dropped).
_SIGNATURE_BLANK = re.compile(r"[ \t]*[A-ZА-ЯЁІЇЄ][^\n_]{0,60}?[ \t]_{5,}[ \t]*[^\n_]{0,60}")
# A transcription service's note under the last turn: "Transcript generated by Scribewell.
# Timestamps may be inaccurate.", "This transcript was automatically generated by Otter.ai."
_TRANSCRIPT_NOTE = re.compile(
    r"[ \t]*(?:This[ \t]+)?[Tt]ranscript(?:ion)?[ \t]+(?:was[ \t]+)?(?:(?:auto(?:matically)?|"
    r"machine)[\- \t]?)?(?:generated|produced|created|provided)[ \t]+by[ \t]+[^\n]{1,160}"
    # A parliament's draft under its record: New Zealand's "This is the uncorrected transcript,
    # subject to correction and further editing." (Hansard's "Uncorrected transcript …").
    r"|[ \t]*(?:This[ \t]+is[ \t]+(?:an?|the)[ \t]+)?[Uu]ncorrected[ \t]+(?:transcript|proof|"
    r"record|evidence)\b[^\n]{0,160}"
    # The secretary's signature under a Russian or Ukrainian meeting's record: "Протокол вела:
    # специалист администрации Е.Н. Фомина", "Протокол вів секретар ради …".
    r"|[ \t]*(?:Протокол|Стенограмму|Стенограму)[ \t]+(?:вел|вела|вёл|вів|вела|вели)"
    r"[ \t]*[:—–-]?[ \t]+[^\n]{2,120}"
    # Its closing lines: "Протокол изготовлен 19.04.2024." and the signatures over their blanks,
    # "Председательствующий _______________ М.А. Соколова".
    r"|[ \t]*Протокол[ \t]+(?:изготовлен|составлен|подписан|виготовлено|складено)[^\n]{0,80}"
    # The sitting's closing time under the chair's last words, over the signatures: "Время
    # окончания: 19:25.", "Час закінчення: 12:40" (its opening time stays in the header).
    r"|[ \t]*(?:Время[ \t]+окончания|Час[ \t]+(?:закінчення|завершення))[ \t]*[:—–-][ \t]*"
    r"[0-9]{1,2}[:.][0-9]{2}[ \t]*\.?[ \t]*"
    # Microsoft Teams' own line under the last turn: "Hall, Rebecca stopped transcription".
    r"|[ \t]*[A-Z][^\n]{0,60}?[ \t]+stopped[ \t]+transcription[ \t]*"
    # A translated Q&A's note under the last answer (Mexico News Daily: "This interview was
    # conducted in Spanish. It has been translated by … and edited for length and clarity.");
    # over the first label the same note stays in the lead.
    r"|[ \t]*(?:This|The)[ \t]+(?:interview|conversation)[ \t]+was[ \t]+(?:conducted|held)[ \t]+"
    r"in[ \t]+[A-Z]\w+[ \t]*[.,;][^\n]{0,80}?\b(?:translated|edited|condensed)\b[^\n]{0,120}"
)
# A news page's closing line under a broadcast's Q&A, the guest by full name and the show
# they spoke to, a help line or pointer after it: "Helen Ashworth was speaking to BBC Radio
# Cumbria. Floodline: 0345 988 1188." (nobody closes their own words with their full name).
_SPOKE_TO_NOTE = re.compile(
    r"[ \t]*(?:Dr\.?[ \t]+)?[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,3}[ \t]+(?:was|were)[ \t]+"
    r"(?:speaking|talking)[ \t]+(?:to|with)[ \t]+[A-Z][^\n!?]{1,120}?\.(?:[ \t]+[^\n!?]{1,100})?"
)
# A radio page's crew credit under the last turn, after a dash, the show named and the sound
# engineer after the host: "Ведучий програми — Тарас Ничипорук. Звукорежисерка — Ірина
# Дзюба." (over the first label the same credit stays in the lead, as it is there).
_NAME_PAIR = r"[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’]+[ \t]+[A-ZА-ЯЁІЇЄҐ][\w'’\-]+"
_CREW_CREDIT = re.compile(
    r"[ \t]*(?:Ведучі|Ведучий|Ведуча|Ведущие|Ведущий|Ведущая)(?:[ \t]+(?:програми|программы"
    rf"|передачі|передачи|ефіру|эфира))?[ \t]*[:—–][ \t]*{_NAME_PAIR}"
    rf"(?:[ \t]*(?:,|і|и|та)[ \t]*{_NAME_PAIR})*"
    r"(?:[ \t]*[.;|][ \t]*[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:[ \t]+[а-яёіїєґ'’]+)?[ \t]*[:—–][ \t]*"
    rf"{_NAME_PAIR}(?:[ \t]*(?:,|і|и|та)[ \t]*{_NAME_PAIR})*)*\.?[ \t]*"
)
# A think tank's or magazine's bio box under the Q&A, with no heading: the full name, then
# what the person is or was ("Julia Hartmann is deputy director of the Transatlantic Security
# Initiative …", "Samira al-Haddad served as Jordan’s minister of planning … and is now a
# visiting fellow …"). Nobody closes their own words with their full name and their post; a
# first-person word keeps the line speech.
_PERSON_BIO = re.compile(
    # (two particles too: "Pieter van der Berg is a senior fellow …")
    # (a think tank's speaker box puts the panel role first: "Moderator: Sunita Rao is a
    # senior fellow at …")
    r"[ \t]*(?:(?:Moderator|Host|Chair|Panelist|Discussant|Presenter)[ \t]*:[ \t]*)?"
    r"(?:Dr\.?[ \t]+)?[A-Z][\w'’\-]+(?:[ \t]+(?:(?:de|van|von|der|den|al|el|da|di|bin)[ \t]+)"
    r"{0,2}(?:(?:al|el|d)[\-’'])?[A-Z][\w'’\-]+){1,3}[ \t]+"
    # (a birth year and place in brackets after the name: "Szabó-Kovács Réka (b. 1978, Pécs)
    # is a senior research fellow …")
    r"(?:\((?:b\.|born)[ \t]+[^()\n]{1,40}\)[ \t]+)?"
    # (an events page's role in brackets after the name: "Professor Helen Marsh (chair) is
    # Director of …")
    r"(?:\((?:chair|co-chair|moderator|host|speaker|panell?ist|discussant|respondent)\)[ \t]+)?"
    # (an adverb may stand before the verb: Fox's "Sean Hannity currently serves as host of
    # Hannity (weekdays 9-10PM/ET) and is based in New York.")
    r"(?:(?:currently|now)[ \t]+(?=serves))?"
    # (not a closing note's verb: "Marta Ilves was speaking to Policy Review's editor.")
    r"(?:(?:is|was)(?![ \t]+[a-z]+(?:ing|ed)\b)|serves[ \t]+as|served[ \t]+as"
    r"|has[ \t]+served[ \t]+as)[ \t]+"
    # (a named chair takes capitals: "… is the Ford Foundation Professor of Public Policy …")
    # (an office in capitals too, as a journal's closing box writes it: "Chea Sophal is
    # Secretary of State at the Ministry of Water Resources … Joanne Lim is Editor of Fulcrum.")
    # (a post in capitals: "Jana Maurer is Programme Director for Climate and Energy at …")
    # (and "Fellow" in capitals: RUSI's "Justin Bronk is Senior Research Fellow for Airpower …")
    r"(?:(?:a|an|the|now|currently|formerly)[ \t]+)?[^\n!?]{0,80}?\b(?:[Dd]irector|[Ff]ellow"
    r"|[Mm]inister|[Pp]rofessor|ambassador|chair|president|[Ss]ecretary|adviser|advisor|analyst|researcher"
    r"|[Ee]ditor|economist|lecturer|head|founder|chief|envoy|correspondent|reporter|member|officer"
    # (a think tank's "… is a research associate at the Cato Institute's … Center")
    r"|associate|scholar"
    # (a broadcaster's box under its show's transcript: "Kristen Welker is moderator of "Meet
    # the Press."", "Geoff Bennett serves as co-anchor of PBS News Hour.")
    r"|moderator|(?:co-)?anchor|(?:co-)?host|presenter)s?\b"
    r"[^\n!?]{0,300}\.[\"”]?[ \t]*"
)
# An alumni or campus magazine's closing note under the Q&A on the interviewee's coming
# appearance, the class year after the name: "Ruth Adeyemi-Clarke ’98 will speak at
# Commencement/Reunion Weekend in May." Nobody announces their own talk by full name.
_APPEARANCE_NOTE = re.compile(
    r"[ \t]*(?:Dr\.?[ \t]+)?[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,3}"
    r"(?:[ \t]+['’]\d{2})?[ \t]+will[ \t]+(?:(?:be[ \t]+)?(?:speak|appear|read|lead|present"
    r"|sign|talk|host)(?:ing)?|give|deliver|be[ \t]+(?:honou?red|inducted|the[ \t]+keynote))\b"
    r"[^\n!?]{0,300}\.[\"”]?[ \t]*"
)
_FIRST_PERSON = re.compile(r"\b(?:I|I['’]m|me|my|we|our|us)\b")
# A show's credit the host reads out in the first person singular under their own label (an
# Otter transcript's "Speaker 1  6:37" / "Power Play is produced by Jane Roe, … I'm Anne
# McElvoy. Thanks for listening, …"): spoken, no page furniture.
_SPOKEN_CREDIT = re.compile(
    r"[^\n]{0,80}\b(?:is|was)[ \t]+produced[ \t]+by\b[^\n]*\bI(?:['’]m)?[ \t]"
)
# The publisher's helpline note under an interview on distress or abuse: "If you or someone you
# know is in distress, call the … support line at *6360 …" — addressed to the reader, no
# speaker's words.
_HELPLINE_NOTE = re.compile(
    r"[ \t]*If[ \t]+you[ \t]+or[ \t]+someone[ \t]+you[ \t]+know[ \t]+[^\n]{2,120}?,[ \t]*"
    r"(?:please[ \t]+)?(?:call|contact|text|dial|reach[ \t]+out[ \t]+to|phone)\b[^\n]{2,300}"
)
# A fact box's posts under the interviewee's name line, verbless sentences each opening on an
# office ("Antti Häkkänen" / "Minister of Defence since 2023. Member of Parliament for Uusimaa
# (NCP)."): read only under a bare name line whose surname the page used before (see _fact_box).
_FACT_BOX_POST = (
    r"(?:(?:Former|Deputy|Vice|Prime|Acting|Junior|Senior)[ \t]+)?(?:Minister|Member|Secretary"
    r"|President|Chair(?:man|woman|person)?|Mayor|Governor|Director|Head|Leader|Senator"
    r"|Speaker|Ambassador|Commissioner|Chief|MP|MEP|Born)\b[^\n.!?]{0,90}\."
)
_FACT_BOX_POSTS = re.compile(rf"[ \t]*{_FACT_BOX_POST}(?:[ \t]+{_FACT_BOX_POST}){{0,3}}[ \t]*")
# A parish, club or paper's note on a coming event under the Q&A: "A Mass of thanksgiving for
# Fr O'Brien's 40 years will be held at St Aidan's on Sunday 30 March at 11am …", "Upcoming:
# Yom HaShoah commemoration, Thursday April 24, 7 p.m. in the sanctuary.", "Концерт ансамбля
# «…» состоится 12 октября в 18:00 в …". Read with _EVENT_WHEN (a day, a date or a clock on
# the line) and only where no first person speaks.
_EVENT_NOTE = re.compile(
    r"[ \t]*[A-Z][^\n!?]{0,160}?[ \t]will[ \t]+be[ \t]+held[ \t]+(?:at|on|in)\b[^\n!?]{2,300}"
    r"|[ \t]*(?:Upcoming|Coming[ \t]+up)[ \t]*:[ \t]+[A-Z][^\n!?]{2,200}"
    r"|[ \t]*[А-ЯЁІЇЄҐ][^\n!?]{0,160}?(?<![а-яёіїєґ])(?:состоится|состоятся|пройд[её]т"
    r"|пройдут|відбудеться|відбудуться)(?![а-яёіїєґ])[^\n!?]{2,300}"
)
_EVENT_WHEN = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    rf"|\b\d{{1,2}}[ \t]+{_EN_MONTH}(?![a-z])|\b{_EN_MONTH}[ \t]+\d{{1,2}}\b"
    r"|\b\d{1,2}(?:[.:]\d{2})?[ \t]?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])"
    r"|\b\d{1,2}[ \t]+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября"
    r"|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня"
    r"|листопада|грудня)(?![а-яёіїєґ])|\b(?:[01]?\d|2[0-3]):[0-5]\d\b"
)
# A promotion box's heading, every word capitalised and asking: "Hungry For More?"
# A membership pitch over the button cut below it (the Kyiv Independent's "We've been covering
# the war since day one — independently, with no owners or oligarchs behind us. Help us keep
# going." / "Become a member"): the page's, read only once the button is cut.
_MEMBER_PITCH = re.compile(
    r"[^\n]{0,300}\b(?:Help|Support)[ \t]+us[ \t]+(?:keep[ \t]+going|keep[ \t]+reporting"
    r"|stay[ \t]+independent|continue[ \t]+(?:this[ \t]+work|reporting))[.!]?[ \t]*"
    # (the writer's own plea in the membership box: "Hey there, it's Marta Hryhorchuk. Please
    # consider supporting our work by becoming a member of the Kyiv Independent.")
    r"|[^\n]{0,120}\b[Pp]lease[ \t]+consider[ \t]+supporting[ \t]+(?:our|this|my)[ \t]+"
    r"(?:work|journalism|reporting)[ \t]+by[ \t]+becoming[ \t]+a[ \t]+(?:member|supporter"
    r"|subscriber|patron)\b[^\n]{0,80}"
)
# A membership box's pitch line (its "Become a member" ask), as _TRAILING_LINE cuts it.
_MEMBER_ASK = re.compile(
    r"[^\n]{0,200}\b(?:Become[ \t]+a[ \t]+(?:member|supporter|patron)"
    r"|Join[ \t]+(?:the|our)\b[^.\n]{0,40}\bcommunity)\b[^\n]*"
)


# A closing call to action under the page's text, ending its line: "… we have a favor to ask.
# Donate Today", "… to our podcast transcripts. Join today.", "Sign up for the free Mother
# Jones Daily.", "Subscribe to Advisory Opinions wherever you get your podcasts." — the
# outlet's pitch, read only once furniture below it is cut (see trailing_start).
_CALL_TO_ACTION = re.compile(
    r"(?:[^\n]{0,300}?[.!?][ \t]+|[ \t]*)(?:"
    r"(?:Donate|Subscribe|Join|Give)(?:[ \t]+(?:[Tt]oday|[Nn]ow|[Hh]ere))?"
    r"|(?:Sign[ \t]+up|Subscribe)[ \t]+(?:for|to)[ \t]+(?:the|our)[ \t]+(?:free[ \t]+)?"
    r"[^\n.!?]{2,60}"
    # (the show's name may go unsaid after it: "Power Play is POLITICO Europe's weekly
    # podcast. Subscribe wherever you get your podcasts.")
    r"|(?:Subscribe|Listen|Follow)(?:[ \t]+(?:to[ \t]+)?[^\n.!?]{2,60}?)?"
    r"[ \t]+wherever[ \t]+you[ \t]+"
    r"(?:get|listen[ \t]+to)[ \t]+(?:your[ \t]+)?podcasts"
    r")[.!]?[ \t]*"
    # (or the newsroom's call-out to readers, a question to them first: "Do you work at a
    # dialysis clinic? We want to hear from you. Contact Jasmine Ortiz at …")
    r"|[ \t]*[A-Z][^\n?]{5,200}\?[ \t]+We(?:[ \t]+want[ \t]+to|[ \t]+would[ \t]+love[ \t]+to"
    r"|['’]d[ \t]+love[ \t]+to|['’]d[ \t]+like[ \t]+to)[ \t]+hear[ \t]+from[ \t]+you[.!]"
    r"(?:[ \t]+[^\n]{0,160})?"
)


# A paper's stamp line under the text, its field name then the date: "Originally Published:
# April 14, 2026 at 5:00 AM CDT", "Updated: …".
_STAMP_FIELD = re.compile(
    r"[ \t]*(?:Originally[ \t]+)?(?:Published|Updated|Posted)(?:[ \t]+on)?[ \t]*:[ \t]*"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{4})"
    r"[^\n]{0,40}"
)
# A photo's caption under the text, closed by its credit in brackets: "Nora Fitzsimmons …
# speaks at a board meeting in Chicago on March 20, 2026. (Tribune file photo)".
_BRACKETED_PHOTO_CAPTION = re.compile(
    r"[ \t]*[A-Z][^\n]{10,300}?[.!]?[ \t]*\((?:[A-Z][\w.'’&\-]*[ \t]+){0,3}(?:file[ \t]+)?"
    r"(?:photo|photograph|image)(?:[ \t]+by[ \t]+[^\n()]{2,60})?\)[ \t]*",
    re.IGNORECASE,
)


# A release page's foot under the text: its language versions ("Read this release in: Hindi ,
# Urdu , Gujarati", "Also available in: …") and its record row ("(Release ID: 2211486)
# Visitor Counter : 1874").
_RELEASE_FOOT = re.compile(
    r"[ \t]*(?:Read[ \t]+this[ \t]+(?:release|page|article|story|statement)[ \t]+in"
    r"|(?:Also[ \t]+)?[Aa]vailable[ \t]+in)[ \t]*:[ \t]*[A-Z][^\n.!?]{0,200}"
    r"|[ \t]*\((?:Release|Press[ \t]+Release|Document)[ \t]+ID[ \t]*:?[ \t]*[\w\-/]+\)"
    r"(?:[ \t]+Visitor[ \t]+Counter[ \t]*:[ \t]*\d+)?[ \t]*"
)


# A release's sign-off by its officers' names or initials, slashed, over the record row:
# "Dharmendra Tewari/Navin Sreejith", "DS/SK/AK".
_SLASHED_SIGN_OFF = re.compile(
    r"[ \t]*[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,2}"
    r"(?:[ \t]*/[ \t]*[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,2}){1,3}[ \t]*"
)


# The press office's address as one field line under the text: "Контакти для ЗМІ:
# press@mon.gov.ua", "Media contact: press@…" (an e-mail address, no sentence).
_PRESS_CONTACT_LINE = re.compile(
    r"[ \t]*(?:Контакти[ \t]+для[ \t]+(?:ЗМІ|преси|медіа)|Контакты[ \t]+для[ \t]+(?:СМИ|прессы)"
    r"|(?:Media|Press)[ \t]+(?:contacts?|enquiries|inquiries))"
    r"[ \t]*:[ \t]*\S+@\S+\.[a-z]{2,}[ \t]*",
    re.IGNORECASE,
)

# An institution's phone field in the site's footer, the number alone after the colon: "Hotline
# for Ukrainian citizens abroad: +38 044 238 15 88", "Tel.: +32 2 555 01 23".
_PHONE_FIELD = re.compile(
    r"[ \t]*(?:[^\n:]{0,60}\b)?"
    r"(?i:hotline|helpline|phone|telephone|tel|fax|call[ \t]+cent(?:re|er))"
    r"\b[^\n:]{0,60}:[ \t]*\+?\d[\d() \-]{6,22}\d[ \t]*"
)


# The comments box's house rules under the text: "Comments will be moderated. Keep comments
# relevant to the article. …", "Join the conversation in our comments section below. …",
# "Please keep comments civil, constructive and on topic …" (about the readers' comments).
_COMMENTS_RULES = re.compile(
    r"[ \t]*(?:Comments[ \t]+(?:will|may)[ \t]+be[ \t]+(?:moderated|reviewed)"
    r"|Join[ \t]+the[ \t]+(?:conversation|discussion)[ \t]+in[ \t]+(?:our|the)[ \t]+comments"
    r"|Please[ \t]+keep[ \t]+(?:your[ \t]+)?comments"
    # (the Independent's box: "Join our commenting forum" / "Join thought-provoking
    # conversations, follow other Independent readers and see their replies")
    r"|Join[ \t]+our[ \t]+(?:commenting|comments)[ \t]+(?:forum|section|community)"
    r"|Join[ \t]+thought-provoking[ \t]+conversations)\b[^\n]{0,400}"
)


def _pitch_heading(text: str, end: int, line: str) -> bool:
    """Is ``line`` (ending at ``end``) the heading of the membership box cut right below it,
    set flush over its pitch with no blank line between (the Kyiv Independent: "We're not going
    anywhere" / "Reporting from the front lines costs money. Become a member …")? A short line
    that no sentence mark closes; an answer's paragraph stands a blank line above the box."""
    below = text[end : end + 400]
    return (
        below.startswith("\n")
        and not below.startswith("\n\n")
        and (
            _MEMBER_ASK.match(below[1 : below.find("\n", 1) if "\n" in below[1:] else None])
            is not None
            # (or the call to action cut below it: "We Recommend" / "Get your news … Sign up
            # for the free Mother Jones Daily.")
            or _CALL_TO_ACTION.fullmatch(
                below[1 : below.find("\n", 1) if "\n" in below[1:] else None]
            )
            is not None
        )
        and 2 <= len(line.split()) <= 6
        and re.search(r"[.!?:…»\"”]\s*$", line) is None
        and line.strip()[:1].isupper()
    )


_BOX_HEADING = re.compile(r"[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]*){1,3}\?[ \t]*")
# A site's cookie notice and its blog's sign-up box under the text (rev.com: "Rev.com uses
# cookies to give you the best experience on our website." / "Luckily for you, we deliver.
# Subscribe to our blog today."): read only in the block that closes the page.
_SITE_BOX_LINE = re.compile(
    r"[ \t]*(?:[A-Z][\w.\-]*|This[ \t]+(?:web)?site|We)[ \t]+uses?[ \t]+cookies\b[^\n]{0,150}"
    r"|[^\n]{0,60}\bSubscribe[ \t]+to[ \t]+our[ \t]+(?:blog|newsletter|channel|podcast)"
    r"[ \t]+today[.!]?[ \t]*"
    # A newsletter's note on itself and its sign-up box ("Semafor Net Zero is published twice
    # a week. Subscribe to get it in your inbox.", "Sign up for the Bay Briefing newsletter" /
    # "Get the latest news from the Bay Area delivered every morning.").
    r"|[ \t]*[A-Z][^\n.!?]{0,60}[ \t]+is[ \t]+(?:published|sent|delivered)[ \t]+[^\n.!?]{2,40}\."
    r"[ \t]+(?:Subscribe|Sign[ \t]+up)\b[^\n]{0,100}"
    r"|[ \t]*Sign[ \t]+up[ \t]+for[ \t]+(?:the|our)[ \t]+[^\n.!?]{2,60}?[ \t]+newsletter[.!]?[ \t]*"
    # (a broadcaster's: "Get all the stories you need-to-know from … delivered first thing every
    # morning to your inbox")
    r"|[ \t]*(?:Get|Receive)[ \t]+(?:the[ \t]+latest|all[ \t]+the[ \t]+(?:stories|news|headlines))"
    r"[ \t]+[^\n.!?]{2,100}?[ \t]+delivered[ \t]+(?:first[ \t]+thing[ \t]+)?"
    r"(?:every[ \t]+(?:morning|day|week|evening)|daily|weekly|to[ \t]+your[ \t]+inbox)"
    r"(?:[ \t]+to[ \t]+your[ \t]+inbox)?[.!]?[ \t]*"
    # (the box's form and the note it shows once sent: "Email" / "Subscribe" / "Thank You for
    # Subscribing!" / "A confirmation email is on its way to your inbox.")
    r"|(?i:[ \t]*(?:E-?mail(?:[ \t]+address)?|Subscribe|Sign[ \t]+up)[ \t]*"
    r"|[ \t]*Thank[ \t]+you[ \t]+for[ \t]+(?:subscribing|signing[ \t]+up)[.!]?[ \t]*"
    r"|[ \t]*(?:A|Your)[ \t]+confirmation[ \t]+e-?mail[ \t]+(?:is|has[ \t]+been)[^\n]{0,60}"
    r"\binbox[.!]?[ \t]*"
    # A news site's save button and its prompt under the story (the Sydney Morning Herald's
    # "Save" / "Log in, register or subscribe to save articles for later.").
    r"|[ \t]*Save(?:[ \t]+(?:article|story))?[ \t]*"
    r"|[ \t]*(?:Log[ \t]+in|Sign[ \t]+in)(?:,|[ \t]+or)[^\n]{0,30}\bsubscribe[ \t]+to[ \t]+save\b"
    r"[^\n]{0,40})"
)
# The licensing button over a news site's topic tags and rails at the page's foot ("License this
# article" / "Pacific Islands" / "Foreign policy" / "Penny Wong" / "Opinion" / "More..."): the
# button and the short lines under it are the page's.
_LICENSE_BUTTON = re.compile(
    r"^[ \t]*(?:License|Licence|Reprint|Republish)[ \t]+this[ \t]+(?:article|story)[ \t]*$",
    re.MULTILINE,
)
# An author box's post line, no sentence: "Research Fellow, International Security Studies",
# "Senior Correspondent"; and the name line over it ("Ellen Harrow", "Tomas van Leeuwen").
_POST_LINE = re.compile(
    r"[ \t]*(?:[A-Z][\w'’\-]*[ \t]+){0,3}(?:Fellow|Director|Researcher|Analyst|Professor"
    r"|Editor|Correspondent|Reporter|Officer|Lecturer|Associate|Writer|Journalist)"
    r"(?:,[ \t]+[A-Z][^\n.!?]{0,80})?[ \t]*"
)
_NAME_LINE = re.compile(
    r"[ \t]*(?:Dr\.?[ \t]+)?[A-Z][\w'’\-]+(?:[ \t]+(?:(?:de|van|von|der|den|al|el|da|di)[ \t]+)?"
    r"(?:(?:al|el|d)[\-’'])?[A-Z][\w'’\-]+){1,3}[ \t]*"
)
# The Russian or Ukrainian bio box under an interview: "Оксана Мельник – українська
# режисерка-документалістка. Народилася 1988 року в Черкасах. …", "Иван Петров — экономист,
# родился в 1975 году в Омске". The full name, a dash, and a life's dates in the third person.
_PERSON_BIO_CYR = re.compile(
    r"[ \t]*[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+[ \t]+[—–-][ \t]+"
    r"[^\n]{0,300}?(?<![а-яёіїєґ])(?:[Нн]ародил(?:ася|ся)|[Рр]одил(?:ась|ся)|[Зз]акінчил[аи]?"
    r"|[Оо]кончил[аи]?)(?![а-яёіїєґ])[^\n]{0,600}"
)
# The author's box under the last answer, a job line under the name line (LIGA.net: "Марія
# Кравченко" / "Журналістка LIGA.net, пише про аграрний ринок і логістику"): only under a
# bare name line (see _journalist_box).
_JOURNALIST_BIO = re.compile(
    r"[ \t]*(?:Журналіст(?:ка)?|Журналист(?:ка)?|Кореспондент(?:ка)?|Корреспондент(?:ка)?"
    r"|Оглядач(?:ка)?|Обозреватель(?:ница)?)(?![а-яёіїєґ])[^\n!?]{1,200}"
)
_NAME_LINE_CYR = re.compile(r"[ \t]*[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+[ \t]*")


def _fact_box(text: str, line_start: int, line: str) -> bool:
    """Is ``line`` a fact box's posts right under a bare name line, a blank line over the name,
    whose surname the page used before (the interviewee's box under the last answer)?"""
    if line_start <= 0 or _FACT_BOX_POSTS.fullmatch(line) is None or _FIRST_PERSON.search(line):
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start : line_start - 1]
    if _NAME_LINE.fullmatch(above) is None or not text[:above_start].endswith(("\n\n", "\n \n")):
        return False
    surname = above.split()[-1]
    return re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", text[:above_start]) is not None


def _journalist_box(text: str, line_start: int, line: str) -> bool:
    """Is ``line`` a journalist's job line right under a bare name line (an author's box)?"""
    if line_start <= 0 or _JOURNALIST_BIO.fullmatch(line) is None:
        return False
    if _FIRST_PERSON_CYR.search(line) is not None:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    return _NAME_LINE_CYR.fullmatch(text[above_start : line_start - 1]) is not None


_FIRST_PERSON_CYR = re.compile(
    r"(?<![а-яёіїєґ])(?:я|мене|мені|мой|моя|мій|моє|мы|ми|мы|нас|наш|наша|наше)(?![а-яёіїєґ])",
    re.IGNORECASE,
)
# An author or expert box's heading on a line of its own: "Об авторе", "Про автора"; an "About"
# box's heading with the person's name ("About Teresa Álvarez-Moreno" over her short bio).
_ABOUT_HEAD = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:Об[ \t]+авторе|Об[ \t]+эксперте|Про[ \t]+автора|Про[ \t]+експерта"
    r"|About[ \t]+the[ \t]+(?:author|authors|expert|contributor|contributors|writer|interviewer"
    r"|interviewee|guest|speaker|speakers|presenter|presenters|host|hosts)"
    # (a station's presenter box in capitals under the show's page: "PRESENTER" / "Martin
    # "Marty" Keogh has presented the breakfast show since 2016. …"; never a "PRESENTER:" label)
    r"|(?:THE[ \t]+|YOUR[ \t]+)?PRESENTERS?(?![ \t]*:)"
    # (a think tank's bare box heading: "Contributor" / "Jana Maurer is Programme Director …")
    r"|Contributors?"
    # (a magazine's author box: "Authors" / "Guest Author" / "Peter Lowell" / his bio)
    r"|(?:Guest[ \t]+)?Authors?"
    rf"|About[ \t]+[{UPPER}][{LETTER}'’\-]+(?:[ \t]+[{UPPER}][{LETTER}'’\-]+){{1,3}}"
    # (the box's heading in capitals: Tech Weekly's "ABOUT VIVIAN LIU")
    rf"|ABOUT(?:[ \t]+[{UPPER}][{UPPER}'’\-]+){{1,4}}"
    # A "Справка" box over the interviewee's short bio, under the share row (Вечерняя Казань:
    # "Справка" / "Гульнара Хайруллина родилась в 1979 году …" / "Теги: …").
    r"|Справка|Довідка|Досье|Досьє)"
    r"[ \t]*:?[ \t]*\n"
)
_SPEAKERS_HEAD = re.compile(r"[ \t]*(?:Speakers|Panelists|Panellists|Participants)[ \t]*:?[ \t]*")
_BYLINE_CAPS = re.compile(r"[ \t]*[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]*){1,3}[ \t]*")
# A news page's tags as one row under the text, commas between them (ria.ru: "Сергей Лавров,
# Россия, США, Турция, СНГ, МИД РФ, В мире"): four or more short capitalised items, no sentence
# mark closing the line. Only among the lines that close the text, below the last turn.
# (a series' name may take four words: "South Asia   Delta Institute   Regional Water Insight
# Series")
_GAP_ITEM = r"[A-ZА-ЯЁІЇЄҐ][^\s,.!?…:;«»\"“”()]*(?:[ ][^\s,.!?…:;«»\"“”()]+){0,3}"
# A social post's action bar under its text: "Reply · Repost · Like · Bookmark" (X), "Like ·
# Comment · Share" (Facebook), "Reply | Retweet | Like": three or more action words and nothing
# else, set apart by dots, bars or bullets.
_ACTION_WORD = (
    r"(?:Reply|Replies|Repost|Reposts|Retweet|Retweets|Quote|Like|Likes|Comment|Comments|Shares?"
    r"|Bookmark|Save|Copy[ \t]+link|Follow|Views?)"
)
_PRINT_WORD = r"(?:Версія[ \t]+для[ \t]+друку|Версия[ \t]+для[ \t]+печати|Print(?:[ \t]+version)?)"
_SHARE_WORD = rf"(?:{SHARE_BUTTON}|Email|Надіслати|Отправить)"
_ACTION_ROW = re.compile(
    rf"(?:\d[\d.,KkMm]*[ \t]*)?{_ACTION_WORD}"
    rf"(?:[ \t]*[·|•][ \t]*(?:\d[\d.,KkMm]*[ \t]*)?{_ACTION_WORD}){{2,}}"
    # A council site's print and share links under the record: "Версія для друку |
    # Поділитися", "Версия для печати | Поделиться", "Print version | Share".
    rf"|{_PRINT_WORD}(?:[ \t]*[·|•][ \t]*{_SHARE_WORD})+"
    rf"|{_SHARE_WORD}[ \t]*[·|•][ \t]*{_PRINT_WORD}"
    # The publication date before them: "Опубликовано 14.10.2024 | Версия для печати".
    rf"|(?:Опубликовано|Опубліковано|Published|Posted)[ \t]+\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}"
    rf"(?:[ \t]*[·|•][ \t]*(?:{_PRINT_WORD}|{_SHARE_WORD}))+"
)
# (a body's tag may carry its short form in brackets: ria.ru's "Экономика, Россия, Тамань,
# Валерий Жуков, Министерство транспорта РФ (Минтранс России)")
_TAG_ROW_SHORT_FORM = r"(?:[ \t]+\([A-ZА-ЯЁІЇЄҐ][^\n(),.!?:;]{1,30}\))?"
_TAG_ROW = re.compile(
    r"(?:[A-ZА-ЯЁІЇЄҐ][^\s,.!?…:;«»\"“”()]*(?:[ \t]+[^\s,.!?…:;«»\"“”()]+){0,2}"
    + _TAG_ROW_SHORT_FORM
    + r",[ \t]*){3,}"
    r"[A-ZА-ЯЁІЇЄҐ][^\s,.!?…:;«»\"“”()]*(?:[ \t]+[^\s,.!?…:;«»\"“”()]+){0,2}"
    + _TAG_ROW_SHORT_FORM
    +
    # president.gov.ua sets its tag links apart by wide gaps instead: "Звернення Президента
    # Енергетика   Війна" — three or more such items, a gap of 2+ spaces (or a tab) between.
    rf"|{_GAP_ITEM}(?:(?:[ ]{{2,}}|\t)[ \t]*{_GAP_ITEM}){{2,}}"
    # A site's footer links set apart by bars: "Board papers  |  Freedom of Information  |
    # Accessibility" (three or more short items, a bar between each).
    rf"|{_GAP_ITEM}(?:[ \t]+\|[ \t]+{_GAP_ITEM}){{2,}}"
    # … two of them when a bar closes the row too (a link dropped after it): "Corrections and
    # clarifications | Submit a news tip |".
    rf"|{_GAP_ITEM}(?:[ \t]+\|[ \t]+{_GAP_ITEM})+[ \t]+\|"
)
_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)]*\s*$")
# A meeting's agenda item heading: "Item 5: Chief Executive's report", "Agenda item 7.2 –
# Budget" (a heading: no sentence's end).
_NEXT_ITEM_HEAD = re.compile(
    r"[ \t]*(?:Agenda[ \t]+)?[Ii]tem[ \t]+\d{1,2}(?:\.\d{1,2})?[ \t]*[:.–—-][ \t]+"
    r"[A-Z][^\n.!?]{1,80}"
)
# A whole line in brackets at the very end, before furniture: a closing stage direction.
# A source's name alone in brackets right above the page's source line, one capitalised word
# (MINREX's "(Cubaminrex)" over "Fuente / Source: http://…"): the page's credit, not a
# direction, which names a sound or an act ("(Applause)", "(Concludes)", "(END)").
_SOURCE_TAG = re.compile(
    r"\((?!(?i:applause|laughter|crosstalk|inaudible|music|silence|pause|end|cheers|"
    r"booing|unintelligible|sic|video|audio|break|recess)\))[A-Z][a-z]+[A-Z]?[a-z]*\)"
)
_SOURCE_BELOW = re.compile(
    r"[ \t]*(?:(?:\w+[ \t]*/[ \t]*)?(?i:source|fuente|источник|джерело)[ \t]*:|https?://)"
)
# An aggregator's credit to the paper it republishes, under the text: "(Волинь Post)",
# "(Источник: Сибирские огни)". Two to four capitalised words, not capitals throughout, so no
# closing direction ("(END OF INTERVIEW)", "(Смех)", "(Смех в зале)").
_SOURCE_CREDIT = re.compile(
    r"\((?:(?:Источник|Джерело|Source|По[ \t]+материалам|За[ \t]+матеріалами)[ \t]*:?[ \t]+"
    r"[«\"A-ZА-ЯЁІЇЄҐ][^()\n]{1,60}"
    r"|(?=[^)\n]*[a-zа-яёіїєґ])[A-ZА-ЯЁІЇЄҐ][\w.’'\-]*(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][\w.’'\-]*){1,3})\)"
)
# A wire's closing credit, its acronym and site in brackets: NAN's "(NAN)(www.nannews.ng)",
# "(www.nannews.ng)". A site's address is no direction, as "(END)" or "(MUSIC)" may be.
_WIRE_SITE_CREDIT = re.compile(
    r"[ \t]*(?:\([A-Z]{2,8}\)[ \t]*)*"
    r"\((?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)+/?\)[ \t]*"
)
# A wire story's revision note: "(Updates with S&P 500 close in the second paragraph.)", "(Adds
# analyst's comment in fifth paragraph.)", "(Corrects spelling of name in headline.)".
_WIRE_UPDATE_NOTE = re.compile(
    r"[ \t]*\((?:Updates[ \t]+with|(?:Updates|Adds|Corrects|Recasts|Rewrites|Changes|Removes"
    r"|Clarifies|Fixes)\b[^()\n]{0,150}\b(?:paragraphs?|graf|headline|byline|throughout|dateline"
    r"|details))[^()\n]{0,150}\)\.?[ \t]*"
)


_BRACKET_LINE = re.compile(
    r"^[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?"  # "[00:01:49] [MUSIC]"
    r"[(\[][^()\[\]\n]{2,100}[)\]][.]?[ \t]*$"
)


@dataclass(frozen=True, slots=True)
class Found:
    """Metadata read from one text; ``None``/empty where the text does not say."""

    title: str | None
    date: str | None
    place: str | None
    source_url: str | None
    hashtags: tuple[str, ...]
    byline: str | None
    body_end: int  # where the trailing metadata block starts (len(text) when there is none)


_COVER_PLACE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?),[ \t]+"
    r"(?:D\.[ \t]?C\.|DC|[A-Z][a-z]{1,4})\.?"
    # (the House's hearing line over its first words, the date after the place: "Washington,
    # DC, Wednesday, June 11, 2025." — so a staff line's "Sean Doe, Clerk" is no one place)
    r"(?:,[ \t]+[A-Z][a-z]+day,[ \t]+[A-Z][a-z]+\.?[ \t]+\d{1,2},[ \t]+\d{4}\.?)?[ \t]*$",
    re.MULTILINE,
)


def _mangled_above_furniture(text: str) -> TagBlock | None:
    """The damaged hashtag block, also when the page's furniture lines follow it
    (president.gov.ua: "… be used for Ukraine.#" / "Denmark#" / "Zelenskyy" / "Share:"; mid.ru's
    share menu under its tags: "Share" / "Facebook" / "Twitter" / "VK")."""
    full = text.rstrip()
    # Peel furniture lines one by one ("Share:", "Source: …"), or the whole share menu at once
    # (its Title Case lines may take the last tag with them, so that comes second).
    for probe in (full, text[: _furniture_tail_start(text, len(full))].rstrip()):
        for _ in range(4):
            block = mangled_block(probe)
            if block is not None:
                return block
            line_start = probe.rfind("\n") + 1
            if line_start == 0 or not _TRAILING_LINE.match(_plain(probe[line_start:].strip())):
                break
            probe = probe[:line_start].rstrip()
    return None


# mid.ru's tags keep their spaces: "#Moldova #Azerbaijan #United Arab Emirates #Visa issues" —
# two or more "#" each opening a tag of up to four words, nothing else on the line.
_SPACED_TAG_LINE = re.compile(r"[ \t]*(?:#[^\W\d_][\w\-]*(?:[ \t]+[^\W\d_][\w\-]*){0,3}[ \t]*){2,}")


def _wrapped_tag_tail(text: str, line_start: int, line: str) -> bool:
    """Is ``line`` the end of the last hashtag, wrapped onto a line of its own by the scrape
    ("#OrganizationofTurkicStates #Budapest #Gaz" / "a", "#BRICS #Diplomatic se" / "rvice")?
    One word with no "#" and no punctuation, right under a hashtag line that ends in a word; more
    tags may follow it (CGTN's "#Serbia #China #Belt and Road #Vuci" / "c #CGTN Europe")."""
    wrapped = (
        r"[ \t]*[^\W\d_][\w\-]{0,20}(?:[ \t]+#[^\W\d_][\w\-]*(?:[ \t]+[^\W\d_][\w\-]*){0,3})*[ \t]*"
    )
    if line_start == 0 or not re.fullmatch(wrapped, line):
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start : line_start - 1]
    # The line above may itself be a wrapped tail, the block wrapped more than once
    # ("#Moldova #EUaccessi" / "on #PresidentCiobanu #ener" / "gy").
    return (
        is_tag_line(above)
        or _SPACED_TAG_LINE.fullmatch(above) is not None
        or ("#" in above and _wrapped_tag_tail(text, above_start, above))
        # The tags glued to the last sentence, wrapped: NAN's "… of our foreign policy.#NANNews
        # #Diplo" / "macy #Nigeria".
        or _GLUED_TAGS.search(above) is not None
    ) and re.search(r"\w$", above) is not None


_COMMENTS_HEAD = re.compile(
    r"^[ \t]*(?:Коментарі|Комментарии|Comments)[ \t]*"
    # YouTube's, its count with no brackets: "Comments 1,204" (above "Sort by").
    r"(?:\(\d+\)|(?<=s)[ \t]+\d{1,3}(?:[,.]\d{3})*"
    # БИЗНЕС Online's, its count with no brackets either: "Комментарии 14" (over "Гость Рустам"
    # / its date / the comment / "Ответить   23   5").
    r"|(?<=[иі])[ \t]+\d{1,5}(?=[ \t]*\n[^\n]+\n[ \t]*\d{1,2}[./]\d{2}[./]\d{2,4}))"
    r"[ \t]*:?[ \t]*$"
    # … or the empty box's own line, its heading dropped: "Комментарии для элемента не
    # найдены."
    r"|^[ \t]*Комментарии[ \t]+для[ \t]+(?:этого[ \t]+)?(?:элемента|материала|статьи)[ \t]+"
    r"не[ \t]+найдены[.!]?[ \t]*$"
    # … or bare, over the box's log-in prompt (Radio Svoboda: "Коментарі" / "Щоб коментувати,
    # будь ласка, увійдіть"; "Чтобы комментировать, пожалуйста, войдите", "Log in to comment").
    # (its count beside it, the courtesy word dropped: "Комментарии 38" / "Чтобы оставить
    # комментарий, войдите")
    # (ria.ru's: "Все комментарии" / "Новое первыми" / "Чтобы участвовать в дискуссии,
    # авторизуйтесь или зарегистрируйтесь" — the heading with "all", the sort order between,
    # "Новое первыми" or "Новые первые")
    r"|^[ \t]*(?:(?:Все|Усі|Всі)[ \t]+(?:комментарии|коментарі)|Коментарі|Комментарии|Comments"
    r"|All[ \t]+comments)(?:[ \t]+\d{1,5})?[ \t]*:?[ \t]*\n[ \t]*"
    r"(?:(?:Новое|Новые|Старое|Старые|Нові|Старі)[ \t]+(?:первыми|первые|спочатку)"
    r"|Сначала[ \t]+(?:новые"
    r"|старые)|Спочатку[ \t]+(?:нові|старі)|(?:Newest|Oldest)[ \t]+first)?[ \t]*\n?[ \t]*"
    # (Kommersant's spells the conjunction out: "Для того чтобы оставить комментарий,
    # авторизуйтесь.")
    r"(?:(?:Щоб|Чтобы|Для[ \t]+того,?[ \t]+(?:чтобы|щоб))[ \t]+"
    r"(?:коментувати|комментировать|залишити[ \t]+коментар"
    r"|оставить[ \t]+комментарий|участвовать[ \t]+в[ \t]+(?:дискуссии|обсуждении)"
    r"|взяти[ \t]+участь[ \t]+в[ \t]+(?:дискусії|обговоренні)),?[ \t]+"
    r"(?:(?:будь[ \t]+ласка|пожалуйста),?[ \t]+)?"
    r"(?:увійдіть|войдите|авторизуйтесь|зареєструйтеся|зарегистрируйтесь)"
    # (the box empty as yet: "No comments yet. Sign in to comment.")
    # (comments taken on the outlet's social page: "Коментарі можна залишати на сторінці у
    # Facebook", "Комментарии можно оставлять на странице в Facebook")
    r"|(?:Коментарі|Комментарии)[ \t]+(?:можна|можно)[ \t]+(?:залишати|залишити|оставлять"
    r"|оставить)[ \t]+(?:на|в|у)[ \t]+"
    # (Radio Svoboda's forum note under the bare heading: "Коментарі" / "Форум відкритий для
    # коментарів. Коментарі модеруються.", "Форум открыт для комментариев")
    r"|Форум[ \t]+(?:відкритий|открыт)[ \t]+для[ \t]+(?:коментарів|комментариев)"
    r"|(?:No[ \t]+comments[ \t]+yet[.!]?[ \t]+)?(?:Please[ \t]+)?(?:[Ll]og|[Ss]ign)[ \t]+in"
    r"[ \t]+to[ \t]+"
    r"(?:comment|post[ \t]+a[ \t]+comment)"
    r"|You[ \t]+must[ \t]+be[ \t]+logged[ \t]+in[ \t]+to[ \t]+post[ \t]+a[ \t]+comment"
    # (the verb first, the purpose after it: "Войдите, чтобы оставить комментарий")
    r"|(?:Войдите|Увійдіть|Авторизуйтесь),?[ \t]+(?:чтобы|щоб)[ \t]+(?:комментировать"
    r"|коментувати|оставить[ \t]+комментарий|залишити[ \t]+коментар))"
    r"[^\n]{0,40}$"
    # … or bare as the page's very last line, under the headline links (nothing said below it).
    # (Radio Svoboda's, the bare heading over the "most read" box's heading alone: "Комментарии"
    # / "Популярное")
    r"|^[ \t]*(?:Коментарі|Комментарии|Comments)[ \t]*:?[ \t]*"
    r"(?:\n[ \t]*(?:Популярное|Популярне|Самое[ \t]+популярное|Найпопулярніше"
    r"|Most[ \t]+(?:popular|read))[ \t]*)?\n?\Z"
    # WordPress's, its count and the post's title: '2 thoughts on "Transcript: …"' (over "Gwen
    # Parry says:" / the comment / "Reply" / "Leave a Reply").
    r"|^[ \t]*(?:One|\d{1,4})[ \t]+(?:thoughts?|responses?|comments?|replies)[ \t]+(?:on|to)"
    r"[ \t]+[\"“‘'«][^\n]{1,300}$"
    # A newsletter platform's, its count first and alone on the line: "3 Comments" (over
    # "Dana K.   Sep 11" / the comment / "Reply").
    r"|^[ \t]*(?:One|\d{1,4})[ \t]+Comments?[ \t]*$"
    # A discussion box's heading over its labelled count: "Обговорення" / "Коментарів: 48",
    # "Обсуждение" / "Комментариев: 12", "Discussion" / "Comments: 7".
    r"|^[ \t]*(?:Обговорення|Обсуждение|Discussion)[ \t]*\n[ \t]*(?:Коментарів|Коментарі"
    r"|Комментариев|Комментарии|Comments)[ \t]*:?[ \t]*\d{1,6}[ \t]*$"
    # WordPress's reply form with no comment yet: "Leave a Reply" / "Your email address will
    # not be published. Required fields are marked *" / "Comment *" / "Name *".
    r"|^[ \t]*Leave[ \t]+a[ \t]+(?:Reply|Comment)[ \t]*\n(?:[ \t]*\n)?[ \t]*Your[ \t]+email"
    r"[ \t]+address[ \t]+will[ \t]+not[ \t]+be[ \t]+published\b[^\n]*$"
    # The comment box's prompt with no heading over it, the offer then the log-in in one line:
    # "Ви можете залишити коментар. Увійдіть, щоб коментувати." (both sentences together are
    # the form's; no speaker ends an answer so).
    r"|^[ \t]*(?:Ви|Вы)[ \t]+можете[ \t]+(?:залишити[ \t]+коментар|оставить[ \t]+комментарий)"
    r"[.!][ \t]+(?:Увійдіть|Войдите|Авторизуйтесь|Зареєструйтеся|Зарегистрируйтесь),?[ \t]+"
    r"(?:щоб|чтобы)[ \t]+[^\n]{1,40}$",
    re.MULTILINE,
)


# A run of hashtags after a sentence's closing mark, to the end of its line.
_GLUED_END_MARK = re.compile(
    r"(?<=[.!?…\"”»])[ \t]+(?:Enditem|ENDITEM|\((?:END|End|end)\)|/?ENDS)"
    # KUNA's end mark carries its editors' initials: "… new partnerships. (end) ds.ma".
    r"(?:[ \t]+[a-z]{1,4}(?:\.[a-z]{1,4}){1,3})?[ \t]*$",
    re.MULTILINE,
)
_GLUED_TAGS = re.compile(r"(?<=[.!?…\"”»])[ \t]*(?:#[^\W\d_][\w\-]*[ \t]*)+$", re.MULTILINE)


_END_OF_RECORDING = re.compile(
    r"^[ \t]*[\[(]?(?i:Кінець[ \t]+запису|Конец[ \t]+записи|End[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"recording)[ \t]*[.\])]?[ \t]*$"
    # The same mark for a Russian or Ukrainian transcript or video, bracketed as an editor's
    # note ("(Конец стенограммы)", "[Конец видео]"): only in its brackets, since the bare words
    # may close a sentence. (CNN's "(END OF TRANSCRIPT)" is a closing direction, kept.)
    r"|^[ \t]*(?:\((?=[^\n]*\)[ \t]*$)|\[(?=[^\n]*\][ \t]*$))(?i:Конец|Кінець)[ \t]+"
    r"(?i:стенограммы|стенограми|видео(?:обращения)?|відео(?:звернення)?|трансляции|трансляції)"
    r"[ \t]*[.]?[\])][ \t]*$",
    re.MULTILINE,
)
# A press release's end mark on a line of its own, a blank line above it ("###", "# # #",
# "-30-", a lone "#" as USDA and others set it): the release ends there, and the agency's
# footer under it (its mission paragraph, "Page last reviewed: …", an equal-opportunity line)
# is the page's, never the last speaker's.
_RELEASE_END_MARK = re.compile(
    # (a government release's bare "END" / "ENDS" so, in capitals: "END" / "Issued by: …")
    r"(?<=\n\n)[ \t]*(?:#{1,3}|#[ \t]#[ \t]#|-[ \t]?30[ \t]?-|END|ENDS)[ \t]*$"
    # A magazine's note on where the article ran in print closes it the same way: "This
    # article appeared in the International section of the print edition under the headline
    # …" — the edition's links, the motto and the copyright under it are the page's.
    r"|(?<=\n\n)[ \t]*This[ \t]+article[ \t]+appeared[ \t]+in[ \t]+the[ \t]+[^\n]{1,80}?"
    r"\bprint[ \t]+edition\b"
    # An article's tag row closes it the same way, a blank line above it: "Tags" over its
    # topics, "TAGS  digital nomads  Split", "Topics: Chin State, Election", "Теги: Кубок
    # України" — the related links, share buttons and comments under it are the page's.
    r"|(?<=\n\n)[ \t]*(?:Tags|TAGS|Topics|TOPICS|Теги|ТЕГИ|Тэги|Мітки)"
    r"(?=[ \t]*:[ \t]*\S|[ \t]{2,}\S|[ \t]*\n[ \t]*\S)"
    # The Guardian's topic box, its heading alone over the tags, the share row and the appeal:
    # "Explore more on these topics" / "Finland" / … / "Reuse this content" (session 33).
    r"|(?<=\n\n)[ \t]*Explore[ \t]+more[ \t]+on[ \t]+th(?:ese|is)[ \t]+topics?[ \t]*$",
    re.MULTILINE,
)
_CERTIFICATE_HEAD = re.compile(
    # (on a numbered page the heading keeps its line number: " 1      C E R T I F I C A T E")
    r"^[ \t]*(?:[1-9]\d?[ \t]+)?"
    r"(?:(?:REPORTER|STENOGRAPHER|TRANSCRIBER)['’]?S['’]?[ \t]+CERTIFICATE"
    r"|CERTIFICATE[ \t]+OF[ \t]+(?:SHORTHAND[ \t]+)?"
    r"(?:REPORTER|TRANSCRIBER|TRANSCRIPTION|NOTARY[ \t]+PUBLIC)"
    # the bare heading, letter-spaced as reporters set it: "C E R T I F I C A T E"
    r"|CERTIFICATE|C[ \t]E[ \t]R[ \t]T[ \t]I[ \t]F[ \t]I[ \t]C[ \t]A[ \t]T[ \t]E)"
    r"[ \t]*$",
    re.MULTILINE,
)


# A caption export's clock line: "[9:24:51 AM]" (also read by the furniture trimmer).
CAPTION_CLOCK = re.compile(r"\[(?:[01]?\d|2[0-3]):[0-5]\d:[0-5]\d[ \t]*(?:[AP]M)?\]")


# A US street address with its state and ZIP code, a line of its own: "1789 Massachusetts
# Avenue, NW, Washington, DC 20036".
_STREET_ADDRESS = re.compile(
    r"[ \t]*\d{1,5}[ \t]+(?:[A-Z][\w.'’\-]*[ \t]+){1,4}"
    r"(?:Avenue|Ave\.?|Street|St\.|Road|Rd\.|Boulevard|Blvd\.|Place|Pl\.|Drive|Dr\.|Lane"
    r"|Way|Square|Plaza|Parkway)\b[^\n]{0,60}[ \t,][A-Z]{2}[ \t]+\d{5}(?:-\d{4})?[ \t]*"
)
# An institution's name alone on its line: "American Enterprise Institute", "Council on
# Foreign Relations" (capitalised words, a few small ones between, no sentence mark).
_ORG_NAME_LINE = re.compile(
    r"[ \t]*(?:The[ \t]+)?[A-Z][\w&'’\-]*(?:[ \t]+(?:[A-Z][\w&'’\-]*|of|for|on|and|the)){1,7}"
    r"[ \t]*"
)


# A bare byline over the author box's name line: "By —", "By:", "By".
_BARE_BY = re.compile(r"[ \t]*By[ \t]*[—–:\-]?[ \t]*")
# A lone social handle: "@IAmAmnaNawaz".
_HANDLE_LINE = re.compile(r"[ \t]*@[A-Za-z0-9_]{2,30}[ \t]*")
# A related clip's or story's link under its rubric in capitals: "WATCH: Fed holds interest
# rates steady as uncertainty over tariffs grows", "READ MORE: …".
_MEDIA_LINK_LINE = re.compile(
    r"[ \t]*(?:WATCH|LISTEN|READ(?:[ \t]+MORE)?|RELATED)[ \t]*:[ \t]+[A-Z\"“‘'][^\n]{5,200}"
)


def _handle_under_bio(text: str, line_start: int, line: str) -> bool:
    """Is ``line`` a lone social handle right under an author's or a journalist's bio?"""
    if _HANDLE_LINE.fullmatch(line) is None or line_start <= 0:
        return False
    above = text[:line_start].rstrip()
    bio = above[above.rfind("\n") + 1 :]
    return (
        _PERSON_BIO.fullmatch(bio) is not None or _AUTHOR_BIO.fullmatch(bio) is not None
    ) and not _FIRST_PERSON.search(bio)


_PRINT_EDITION_NOTE = re.compile(
    r"^[ \t]*This[ \t]+article[ \t]+appeared[ \t]+in[ \t]+the[ \t]+[^\n]{1,80}?"
    r"\bprint[ \t]+edition\b",
    re.MULTILINE,
)


def _print_edition_at(trailer: str) -> int:
    """Where a magazine's note on the print edition starts in ``trailer`` (its end if none)."""
    m = _PRINT_EDITION_NOTE.search(trailer)
    return len(trailer) if m is None else m.start()


@functools.lru_cache(maxsize=16)
def trailing_start(text: str) -> int:
    """Offset where the trailing metadata block (URL, hashtags, tags, credits) begins (cached:
    the label finder, the turns, the metadata reader and the stage all ask for it)."""
    block = _mangled_above_furniture(text)
    end = len(text.rstrip())
    if block is not None:
        # The "#" glued to the line before the block belongs to the block.
        end = block.marker
    # The readers' comments under the text, under their heading and count ("Коментарі (23)" /
    # "Олег К.: Найкращі круасани в Одесі, рекомендую!"): the page's, never a turn.
    comments = list(_COMMENTS_HEAD.finditer(text, len(text) * 2 // 3, end))
    if comments:
        end = len(text[: comments[0].start()].rstrip())
    # A court reporter's certificate under the record ("REPORTER'S CERTIFICATE" / "I, Janet L.
    # Morrow, a Certified Shorthand Reporter …, do hereby certify …" / her signature): the
    # reporter's, never the last speaker's.
    certificate = list(_CERTIFICATE_HEAD.finditer(text, len(text) * 2 // 3, end))
    if certificate and len(text[certificate[-1].end() : end].split()) <= 150:
        end = len(text[: certificate[-1].start()].rstrip())
        # (the rule may carry the next page's number under it: "-----" / "      4")
        rule = re.search(
            r"\n[ \t]*(?:-{3,}|_{3,}|\*{3,}|\*(?:[ \t]+\*){2,})[ \t]*(?:\n[ \t]*\d{1,4}[ \t]*)?$",
            text[:end],
        )
        if rule is not None:
            end = len(text[: rule.start()].rstrip())
    end = _contact_links_start(text, end)
    # The outlet's donation box at the very end, over its tags (see _donation_box).
    box = _donation_box(text, text.rfind("\n", 0, end) + 1, end)
    if box is not None:
        end = len(text[:box].rstrip())
    # An archive's end-of-recording mark under the last turn ("Кінець запису." / its note on
    # the transcript's checking and use): the archive's, never the last speaker's.
    closing = list(_END_OF_RECORDING.finditer(text, len(text) * 2 // 3, end))
    if closing and len(text[closing[0].end() : end].split()) <= 150:
        end = len(text[: closing[0].start()].rstrip())
    # (the first mark in the last third, with no more than a footer under it, and none of the
    # page's speaker labels there: "Page last reviewed: …" is a field, "OPERATOR:" a turn)
    mark = next(iter(_RELEASE_END_MARK.finditer(text, len(text) * 2 // 3, end)), None)
    if mark is not None and len(text[mark.end() : end].split()) <= 150:
        above = text[: mark.start()]
        fields = re.findall(r"(?m)^[ \t]*([^\W\d_][^:\n]{0,40}):", text[mark.end() : end])
        if not any(re.search(rf"(?m)^[ \t]*{re.escape(f)}:", above) for f in fields):
            end = len(above.rstrip())
    end = _about_box_start(text, end)
    end = _related_links_start(text, end)
    end = _press_contacts_start(text, end)
    below = _furniture_tail_start(text, end)
    if below < end:
        # The links may stand over the promotion line just cut: "Read more" / its headlines /
        # "Support The Yorkshire Post and become a subscriber today."
        below = _related_links_start(text, below)
    end = below
    end = _tag_column_start(text, end)
    end = _closing_place_date(text, end)
    end = _editor_credit_start(text, end)
    end = _short_box_start(_CREDITS_BOX, text, end)
    end = _short_box_start(_SIGN_OFF, text, end)
    end = _short_box_start(_RECORD_FIELDS, text, end)
    button = next(iter(_LICENSE_BUTTON.finditer(text, len(text) * 2 // 3, end)), None)
    if button is not None and all(
        len(ln.split()) <= 6 for ln in text[button.end() : end].split("\n")
    ):
        end = len(text[: button.start()].rstrip())
    # A closed-caption export's clock under the last words: "… the wildfire readiness
    # update." / "[9:24:51 AM]" — the recorder's, no one's words.
    clock_at = text.rfind("\n", 0, end)
    if clock_at > 0 and CAPTION_CLOCK.fullmatch(text[clock_at:end].strip()):
        end = len(text[:clock_at].rstrip())
    # A closing direction line ((END OF INTERVIEW), (SOUNDBITE OF MUSIC)) above furniture stays
    # in the body, where it is a direction that ends the last turn; the furniture below does not.
    direction_end: int | None = None
    looped = end
    while end > 0:
        line_start = text.rfind("\n", 0, end) + 1
        line = _plain(text[line_start:end])
        if (
            _AUTHOR_BIO.fullmatch(line)
            or _REACH_LINE.fullmatch(line)
            or (_PUBLISHER_NOTE.fullmatch(line) and not _SPOKEN_CREDIT.match(line))
            or _CLOSING_PLUG.fullmatch(line)
            or (_FIXTURE_NOTE.fullmatch(line) and not _FIRST_PERSON.search(line))
            or (_PODCAST_NOTE.fullmatch(line) and not _FIRST_PERSON.search(line))
            or (_TRANSCRIPT_NOTE.fullmatch(line) and not _FIRST_PERSON.search(line))
            or (_SPOKE_TO_NOTE.fullmatch(line) and not _FIRST_PERSON.search(line))
            or _CREW_CREDIT.fullmatch(line)
            # The sign-up box's heading over the furniture cut below it: "Hungry For More?"
            or (end < len(text.rstrip()) and _BOX_HEADING.fullmatch(line) is not None)
            or (end < len(text.rstrip()) and _MEMBER_PITCH.fullmatch(line) is not None)
            or _STAMP_FIELD.fullmatch(line) is not None
            or _RELEASE_FOOT.fullmatch(line) is not None
            or _PRESS_CONTACT_LINE.fullmatch(line) is not None
            or _COMMENTS_RULES.fullmatch(line) is not None
            or (
                end < len(text.rstrip())
                and _SLASHED_SIGN_OFF.fullmatch(line) is not None
                and _RELEASE_FOOT.match(text, len(text) - len(text[end:].lstrip())) is not None
            )
            or (
                end < len(text.rstrip())
                and _BRACKETED_PHOTO_CAPTION.fullmatch(line) is not None
                and not _FIRST_PERSON.search(line)
            )
            or (
                end < len(text.rstrip())
                and _CALL_TO_ACTION.fullmatch(line) is not None
                and "?" not in line[-3:]
                # (a line under a speaker's label is a turn: "A: … Join today.")
                and re.match(r"[ \t]*[A-ZА-ЯЁІЇЄҐ][^\n:.?!]{0,40}:[ \t]", line) is None
            )
            or _pitch_heading(text, end, line)
            or _SITE_BOX_LINE.fullmatch(line)
            or _SIGNATURE_BLANK.fullmatch(text[line_start:end])
            or (_PERSON_BIO.fullmatch(line) and not _FIRST_PERSON.search(line))
            or (_APPEARANCE_NOTE.fullmatch(line) and not _FIRST_PERSON.search(line))
            or (
                _EVENT_NOTE.fullmatch(line) is not None
                and _EVENT_WHEN.search(line) is not None
                and not _FIRST_PERSON.search(line)
                and not _FIRST_PERSON_CYR.search(line)
            )
            or (_PERSON_BIO_CYR.fullmatch(line) and not _FIRST_PERSON_CYR.search(line))
            or _journalist_box(text, line_start, line)
            or _fact_box(text, line_start, line)
            or (_HELPLINE_NOTE.fullmatch(line) is not None and not _FIRST_PERSON.search(line))
            # The author box's social handle alone under the bio (PBS: "Amna Nawaz is
            # co-anchor … of PBS News Hour." / "@IAmAmnaNawaz"): the page's, no one's words.
            or _handle_under_bio(text, line_start, line)
            # The related clip's link over the author box, its rubric in capitals and a colon
            # (PBS: "WATCH: Fed holds interest rates steady …"), once furniture below is cut.
            or (end < len(text.rstrip()) and _MEDIA_LINK_LINE.fullmatch(line) is not None)
            # (a pointer set flush under the last answer, one paragraph a line: "— Дякую.
            # Бережіть себе." / "Нагадаємо, раніше ми писали, що …" / "Поширити:")
            or OUR_EARLIER_STORY.match(line.lstrip()) is not None
        ):
            above_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
            above = text[above_start : line_start - 1]
            if line_start > 0 and (
                _BYLINE_CAPS.fullmatch(above)
                # (or the name in mixed case that opens the bio: "Peter Lowell" / "Peter
                # Lowell is a writer and editor based in London …")
                or (_NAME_LINE.fullmatch(above) and line.startswith(above.strip() + " "))
                or _journalist_box(text, line_start, line)
                or _fact_box(text, line_start, line)
            ):
                # The author box's byline goes with its bio.
                line_start = above_start
                # (and so does the bare "By —" over the name: PBS's "By —" / "Amna Nawaz" /
                # "Amna Nawaz is co-anchor …")
                by_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
                if line_start > 0 and _BARE_BY.fullmatch(text[by_start : line_start - 1]):
                    line_start = by_start
            else:
                # The box's name line over the bio, a blank line between (NBC: "Kristen
                # Welker" / "" / "Kristen Welker is moderator of "Meet the Press."").
                named = re.search(r"(?:^|\n)([^\n]*)\n[ \t]*\n[ \t]*\Z", text[:line_start])
                if (
                    named is not None
                    and _NAME_LINE.fullmatch(named.group(1))
                    and line.lstrip().startswith(named.group(1).strip() + " ")
                ):
                    line_start = named.start(1)
            # A wire story's reporter tagline under the Q&A stands alone too, without the box's
            # byline: "Ellison covers the Federal Reserve and the economy for The Associated
            # Press." (no speaker closes their own words with their surname and "covers").
            line = ""
        elif _ABOUT_HEAD.fullmatch(text[line_start:end] + "\n") or (
            # An events page's bare heading over the bios the loop took: "Speakers" /
            # "Margaret Holloway is a nonresident senior fellow at …".
            _SPEAKERS_HEAD.fullmatch(text[line_start:end]) and end < len(text.rstrip())
        ):
            # The heading of the box whose bio the furniture below took: "About the
            # contributor" / "Owen Baptiste is a freelance energy reporter …".
            line = ""
        above_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
        if (
            line_start > 0
            and _POST_LINE.fullmatch(line)
            and _NAME_LINE.fullmatch(text[above_start : line_start - 1])
        ):
            # The author's box under the text, a name over a post and no sentence (RUSI:
            # "Ellen Harrow" / "Research Fellow, International Security Studies").
            line_start = above_start
            line = ""
        about = _ABOUT_HEAD.search(text, max(0, line_start - 400), line_start)
        if (
            about is not None
            and line.strip()
            and "\n\n" not in text[about.start() : end]
            and len(text[about.end() : end].split()) <= 60
        ):
            # Republic's author box under the last answer: "Об авторе" / "Марина Зайцева —
            # кандидат экономических наук, …": the heading and its short bio are the page's.
            line_start = about.start()
            line = ""
        ad_slot = _AD_SLOT_ABOVE.search(text, max(0, line_start - 40), line_start)
        if (
            ad_slot is not None
            and line.strip()
            and direction_end is None
            and end < len(text.rstrip())
            and "?" not in line
            and not _FIRST_PERSON.search(line)
            and not _FIRST_PERSON_CYR.search(line)
        ):
            # A lone ad slot under the last answer, the page's event note below it, over the
            # furniture: "Advertisement" / "The Christmas Day lunch runs from 12pm to 3pm at
            # Calderbrook Central Mosque. No booking needed." / "#Calderbrook": the slot parts
            # the text from the page's box; a note with no "I" or "we" and no question is not
            # the answer running on past an ad.
            line_start = ad_slot.start()
            line = ""
        card = (
            _PLAYER_CARD.search(text, max(0, line_start - 300), end)
            if _PLAYER_RUNTIME.fullmatch(line) is not None and direction_end is None
            else None
        )
        if card is not None and card.end() >= end:
            # A media player's card under the last answer, its rubric and show over the clip's
            # title and running time (CBC: "Audio | Ottawa Morning" / "OC Transpo's general
            # manager on …" / "Duration 8:14"): the page's, no one's words.
            line_start = card.start()
            line = ""
        if line.strip() and _STREET_ADDRESS.fullmatch(line) is not None:
            # An institution's footer under the transcript: its name over its street address
            # ("American Enterprise Institute" / "1789 Massachusetts Avenue, NW, Washington, DC
            # 20036"): the page's, no one's words.
            above_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
            if line_start > 0 and _ORG_NAME_LINE.fullmatch(text[above_start : line_start - 1]):
                line_start = above_start
            line = ""
        box = _donation_box(text, line_start, end) if line.strip() else None
        if box is not None and direction_end is None:
            # The outlet's appeal under the last answer, its heading over the pitch and the
            # button ("Підтримайте hromadske" / "Ми незалежне медіа, і наша робота можлива
            # завдяки вам. …" / "Підтримати"): the page's, no one's words.
            line_start = box
            line = ""
        if line.strip() and not (
            (
                _TRAILING_LINE.match(line)
                and not _wrapped_tail(text, line_start, line.strip())
                and not _SPOKEN_CREDIT.match(line)
            )
            or is_tag_line(line)
            or _wrapped_tag_tail(text, line_start, line)
            or _SPACED_TAG_LINE.fullmatch(line) is not None
            or _CREDIT_LINE.match(line)
            or _TAG_ROW.fullmatch(line.strip())
            or _ACTION_ROW.fullmatch(line.strip())
            or _SOURCE_CREDIT.fullmatch(line.strip())
            or _WIRE_SITE_CREDIT.fullmatch(line)
            or _DESK_SIGN_OFF.fullmatch(line) is not None
            # A wire story's revision note under the last answer: Bloomberg's "(Updates with S&P
            # 500 close in the second paragraph.)" — the desk's, no direction.
            or _WIRE_UPDATE_NOTE.fullmatch(line) is not None
            # A photo's caption set under the last answer, labelled as such: "Photo caption:
            # Deputy Prime Minister Arben Dervishi in his office in Tirana. Photo: ATA" (only
            # here: over the first label, a lead's caption stays in the header block).
            or _CAPTION_LINE.fullmatch(line) is not None
            # The next agenda item's heading over the page's foot, the record of one item
            # ending above it: "Item 5: Chief Executive's report" / "Board papers | …".
            or (end < len(text.rstrip()) and _NEXT_ITEM_HEAD.fullmatch(line) is not None)
            # A rule alone on its line over the furniture ("—", "* * *", "___"): the page's
            # separator, no one's word.
            or re.fullmatch(r"[ \t]*(?:[—–*_=~][ \t]*){1,12}", line) is not None
            # Canada's Hansard clock under the last contribution ("● (1155)" / "Date modified:
            # …"): the record's time, no one's words.
            or re.fullmatch(r"[ \t]*[●•][ \t]*\((?:[01]\d|2[0-3])[0-5]\d\)[ \t]*", line) is not None
            # (Westminster Hansard's, a bare twelve-hour clock over the page's foot: "4.59 pm" /
            # "Contact us   Accessibility …")
            or (
                re.fullmatch(r"[ \t]*(?:1[0-2]|[1-9])\.[0-5]\d[ \t]*[ap]m[ \t]*", line) is not None
                and end < len(text.rstrip())
            )
            # The Scottish Parliament's clock over the meeting's close ("09:58" / "Meeting
            # continued in private until 10:37."): the record's time, no one's words.
            or (
                re.fullmatch(r"[ \t]*(?:[01]\d|2[0-3]):[0-5]\d[ \t]*", line) is not None
                and _MEETING_CLOSE.match(text, end + 1) is not None
            )
        ):
            if not _BRACKET_LINE.match(line):
                glued = _GLUED_TAGS.search(text, line_start, end)
                if glued is not None and direction_end is None:
                    # mid.ru's tags glued to the last sentence above the rest of the block ("…
                    # our door remains open. #Lavrov#UNGA79 #BRICS" / "#RussianDipl" / "omacy").
                    end = glued.start()
                mark = _GLUED_END_MARK.search(text, line_start, end)
                if mark is not None and direction_end is None:
                    # A wire's end mark glued to the last sentence: Xinhua's "… is such a
                    # partner. Enditem", Yonhap's "… next month. (END)", "… ENDS".
                    end = mark.start()
                break
            if direction_end is None and not (
                _SOURCE_TAG.fullmatch(line.strip()) and _SOURCE_BELOW.match(text, end + 1)
            ):
                direction_end = end
        elif line.strip() and direction_end is not None:
            # A bracketed line under furniture is the furniture's own (Bloomberg's "— With
            # assistance from …" / "(Updates with yen move in third paragraph.)").
            direction_end = None
        if line_start == 0:
            return 0
        end = line_start - 1
    if direction_end is not None:
        return len(text[:direction_end].rstrip())
    end = len(text[:end].rstrip())
    if end < looped:
        # The site's footer row just cut stood in the links' block below the last answer (Sky:
        # "Read more:" / its headlines / "Follow Sky News on WhatsApp" / "Related Topics" /
        # "Housing   Labour Party" / "About Sky News   About Us   …"): with the row gone the
        # "Read more:" block is a list of links again.
        related = _related_links_start(text, end)
        if related < end:
            # The writer's bio right over the links' block just cut goes too (Mother Jones:
            # "Tomás Reyes is a reporter in …" / "RELATED" / its headlines / "TAGS: …").
            related = len(text[:related].rstrip())
            bio_at = text.rfind("\n", 0, related) + 1
            if bio_at > 0 and _AUTHOR_BIO.fullmatch(_plain(text[bio_at:related])):
                related = len(text[:bio_at].rstrip())
        end = related
        # So is a tag column the cut rows stood under (ria.ru: "— Спасибо вам." / "Транспорт" /
        # "Россия" / … / "Добавить в избранное" / "Комментарии").
        end = _tag_column_start(text, end)
        # So is a press-contacts box the cut lines stood under (the ECB: "CONTACT" / "European
        # Central Bank" / … / "media@…" / "Reproduction is permitted provided that …").
        end = _press_contacts_start(text, end)
    return _flush_tag_column(text, max(0, text.rfind("\n\n", 0, end)), end)


# The editor's pointer to the paper's own earlier story ("Нагадаємо, раніше ми писали, що …",
# "Напомним, ранее мы сообщали …"): furniture.py ends a turn above it; under the last answer,
# a line of its own over the page's foot, it opens the trailing block.
OUR_EARLIER_STORY = re.compile(
    r"(?:Нагадаємо|Напомним)[ \t]*,[ \t]*(?:що[ \t]+|что[ \t]+)?(?:раніше|ранее)?[ \t]*"
    r"(?:ми|мы)[ \t]+(?:вже[ \t]+|уже[ \t]+)?(?:писали|повідомляли|сообщали|розповідали"
    r"|рассказывали)\b"
    r"|(?:Раніше|Ранее)[ \t]+(?:ми|мы)[ \t]+(?:писали|повідомляли|сообщали|розповідали"
    r"|рассказывали)\b"
    # or recalls the news behind the interview by its date: "Нагадаємо, 15 вересня уряд схвалив
    # і подав до Верховної Ради проєкт держбюджету-2026." (the speaker says "нагадаю").
    r"|(?:Нагадаємо|Напомним)[ \t]*,[ \t]*(?:\d{1,2}[ \t]+|\d{1,2}\.\d{2}\b)"
    # … or by its month: "Нагадаємо, у жовтні Кабінет міністрів схвалив Стратегію …".
    r"|(?:Нагадаємо|Напомним)[ \t]*,[ \t]*(?:у|в)[ \t]+(?:січні|лютому|березні|квітні|травні"
    r"|червні|липні|серпні|вересні|жовтні|листопаді|грудні|январе|феврале|марте|апреле|мае"
    r"|июне|июле|августе|сентябре|октябре|ноябре|декабре)"
    # (the month's year may follow it: "Нагадаємо, у січні 2026 року на станцію … прибула …")
    r"(?:[ \t]+(?:19|20)\d\d[ \t]+(?:року|года))?[ \t]+(?:[\w«][\w«»\-.]*[ \t]+){1,4}"
    r"[а-яёіїєґ]{3,}(?:ла|ло|ли|ав|ив|ів|ув|ал|ил|ел)\b"
    # … or by its year: "Нагадаємо, у 2024 році на Закарпатті через зливи підтоплювало …",
    # "Напомним, в 2023 году …".
    r"|(?:Нагадаємо|Напомним)[ \t]*,[ \t]*(?:у|в)[ \t]+(?:19|20)\d\d[ \t]+(?:році|году)\b"
    # … or the next fixture by its date later in the sentence: "Нагадаємо, наступний матч
    # збірна України проведе 13 жовтня в Кракові проти Азербайджану."
    r"|(?:Нагадаємо|Напомним)[ \t]*,[^\n.!?]{0,80}?(?<![\d])\d{1,2}[ \t]+(?:січня|лютого"
    r"|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января"
    r"|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?![а-яё])"
    # The outlet by its own name: "Нагадаємо, раніше Суспільне Чернігів писало, що …".
    # (in guillemets, lowercase words inside: "Нагадаємо, раніше «Лубенщина онлайн» писала …";
    # by the month instead of "раніше": "Напомним, в марте «ВН» писала о том, что …";
    # in straight or curly quotes: "Нагадаємо, раніше "Українська правда" писала, що …")
    r"|(?:Нагадаємо|Напомним)[ \t]*,[ \t]*(?:раніше|ранее|(?:в|у)[ \t]+[а-яёіїєґ]{3,})[ \t]+"
    r"(?:«[^»\n]{1,40}»|\"[^\"\n]{1,40}\"|“[^”\n]{1,40}”|„[^“”\n]{1,40}[“”]"
    r"|[А-ЯЁІЇЄҐ«][\w«»\-.]*(?:[ \t]+[А-ЯЁІЇЄҐ«][\w«»\-.]*){0,3})[ \t]+"
    r"(?:писал[оаи]?|писав|повідомлял[оаи]|повідомляв|повідомил[оа]?|повідомив|сообщал[оаи]?"
    r"|розповідал[оаи]|розповідав|рассказывал[оаи]?)\b"
    # … or by the body the story was about, any past verb: "Нагадаємо, раніше ВККС оголосила
    # результати кваліфікаційного оцінювання …" (a speaker says "нагадаю", and not "раніше").
    # (a body in lower case too: "Нагадаємо, раніше міська рада виділила 4,2 млн грн …")
    r"|(?:Нагадаємо|Напомним)[ \t]*,[ \t]*(?:раніше|ранее)[ \t]+"
    r"[\w«][\w«»\-.]*(?:[ \t]+[\w«][\w«»\-.]*){0,3}[ \t]+"
    r"[а-яёіїєґ]{3,}(?:ла|ло|ли|ав|ив|ів|ув|ал|ил|ел)\b"
)


# A donation box's heading and its pitch (furniture.py cuts the box between two turns; the
# trailing block takes it under the last one).
DONATE_HEADING = re.compile(
    r"(?:Support|Fund|Back)[ \t]+(?:[\w'’]+[ \t]+){0,3}(?:journalism|reporting|newsroom|work)[.!]?"
    # A Ukrainian or Russian site's: "Підтримайте hromadske", "Підтримати «Східний варіант»",
    # "Поддержите «Новую газету»" over the pitch.
    r"|(?:Підтримайте|Підтримати|Підтримай|Поддержите|Поддержать|Поддержи)[ \t]+[^\n.?]{1,40}"
    # (or says the outlet lives on its readers: "«Медуза» работает благодаря вам")
    r"|(?:[«\"„“][^»\"”\n]{1,30}[»\"”]|[\w.\-]+(?:[ \t]+[\w.\-]+){0,2})[ \t]+"
    r"(?:работает|працює)[ \t]+(?:благодаря|завдяки)[ \t]+вам[.!]?",
    re.IGNORECASE,
)
# The pitch under it names the giving: "… підтримайте нас щомісячним внеском", "кожна гривня
# має значення", "$5/month".
DONATE_PITCH = re.compile(
    r"[$€£][ \t]?\d|\b(?:donat\w*|contribut\w*|give)\b|(?:внеск|внесок|донат|гривн|гривень|рубл"
    r"|пожертв|незалежн\w*[ \t]+журналістик|независим\w*[ \t]+журналистик|подписк|передплат"
    # (or says the outlet lives on its readers: "Ми незалежне медіа, і наша робота можлива
    # завдяки вам.")
    r"|незалежн\w*[ \t]+медіа|независим\w*[ \t]+(?:СМИ|медиа)|independent[ \t]+media"
    # (or asks for the readers' help in so many words: "Поддержите нас — это можно сделать за
    # пару минут.")
    r"|(?:поддержите|підтримайте)[ \t]+нас\b)",
    re.IGNORECASE,
)


def _donation_box(text: str, line_start: int, end: int) -> int | None:
    """Where a donation box ending at ``end`` begins: a ``DONATE_HEADING`` line at most three
    lines above (no blank line between), the pitch (``DONATE_PITCH``) below it, all short."""
    pos = line_start
    for _ in range(3):
        if pos <= 0:
            return None
        pos = text.rfind("\n", 0, pos - 1) + 1
        line = text[pos : text.find("\n", pos)].strip()
        if not line:
            return None
        if DONATE_HEADING.fullmatch(line) is not None:
            box = text[pos:end]
            if len(box.split()) <= 60 and DONATE_PITCH.search(box) is not None:
                return pos
            return None
    return None


# The desk's sign-off under a wire story: its writer's and editor's initials alone on a line
# (STA's "ep/tk", "ab/cd/ef"), or the editing credit by initials or name (INA's "Editing:
# A.H.", "Edited by: Sara Haddad") — never a speaker's words, which run to a sentence.
_DESK_SIGN_OFF = re.compile(
    r"[ \t]*(?:[a-z]{1,4}(?:[ \t]*/[ \t]*[a-z]{1,4}){1,3}"
    # dpa's: the agency, then the desk's initials set apart by spaces ("dpa jw xx ab").
    r"|dpa(?:[ \t]+[a-z]{2,3}){1,4}"
    r"|(?:Editing|Edited[ \t]+by|Editor|Редактор|Редактировал[аи]?)[ \t]*:?[ \t]+"
    r"(?:(?:[A-ZА-ЯЁІЇЄҐ]\.[ \t]?){1,3}[A-ZА-ЯЁІЇЄҐ]?"
    r"|[A-ZА-ЯЁІЇЄҐ][\w'’\-]+(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][\w'’\-]+){0,2}))[ \t]*"
)
# A lone ad slot's line, a blank line below it (the line a loop stands on starts after it).
_AD_SLOT_ABOVE = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:Advertisement|ADVERTISEMENT|Реклама|РЕКЛАМА)[ \t]*\n[ \t]*\n\Z"
)
_CAPTION_LINE = re.compile(
    r"[ \t]*(?:Photo[ \t]+)?Caption[ \t]*:[ \t]*\S[^\n]{0,300}"
    # … or the caption in brackets behind its tag: "(Photo: Foreign Minister … speaking to RSS
    # at the Ministry of Foreign Affairs. RSS)".
    r"|[ \t]*[(\[][ \t]*(?:Photo|Image|Picture)[ \t]*:[ \t]*[^()\[\]\n]{1,300}[)\]][ \t]*",
    re.I,
)
_MD_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\([^()\s]*\)")
_MD_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")


def _plain(line: str) -> str:
    """A Markdown export's line as its words: "**Tags:** [NATO](https://…)" -> "Tags: NATO"."""
    if ("[" not in line and "*" not in line and "_" not in line) or not re.search(
        r"[^\W\d_]", line
    ):
        return line  # a rule of stars ("* *** *") stays a rule
    return _MD_EMPHASIS.sub("", _MD_LINK.sub(r"\1", line))


# The desk editor's credit that closes an Indian news site's story: ThePrint's "(Edited by Sanya
# Mathur)", above its "Also Read: …" link and subscription appeal; a Brussels site's in square
# brackets, over its "Read more with …" links: "[Edited by Anna Brunetti]".
_EDITOR_CREDIT = re.compile(
    r"^[ \t]*(?:\((?=[^\n]*\)[ \t]*$)|\[(?=[^\n]*\][ \t]*$))"
    r"(?:Edited|Copy[ \t-]?edited)[ \t]+by[ \t]+[A-Z][\w.'’\-]*"
    r"(?:[ \t]+[A-Z][\w.'’\-]*){0,3}[)\]][ \t]*$"
    # A government page's editor field right over its update stamp (NASA: "Editor: Jennifer
    # M. Dooren" / "Last Updated: Jan 30, 2026"): the page's, not a label.
    r"|^[ \t]*Editor[ \t]*:[ \t]*[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){1,3}[ \t]*"
    r"(?=\n[ \t]*(?:Page[ \t]+)?Last[ \t]+[Uu]pdated[ \t]*:)"
    # A Russian or Ukrainian site's staff credit closing the page, the outlet for the writer:
    # "Редакция: Медиазона", "Редакція: «Ґрати»" (a field's word, a short name, no sentence).
    r"|^[ \t]*(?:Редакция|Редакція)[ \t]*:[ \t]*[«\"]?[A-ZА-ЯЁІЇЄҐ][^\n.!?:]{0,40}[ \t]*$",
    re.MULTILINE,
)


# A film or culture site's box under the last answer: a rule, then its "Contributors" heading
# over who wrote the piece ("———" / "Contributors" / "Marta Rudnytska is northlight.'s festivals
# editor. …" / "Downstream screens again on 2 February …").
_CREDITS_BOX = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:[—–_=*~\-][ \t]*){3,40}\n(?:[ \t]*\n)?"
    r"[ \t]*(?:Contributors|Credits|Авторы|Автори)[ \t]*:?[ \t]*\n"
    # … or the heading alone, no rule above it, over the programme's role lines (ABC Listen:
    # "Credits" / "Presenter: Sally Sara" / "Producer: Kate Seear").
    r"|(?:^|(?<=\n))[ \t]*(?:Credits|Contributors)[ \t]*:?[ \t]*\n(?=[ \t]*(?:Presenter|Producer"
    r"|Executive[ \t]+Producer|Host|Reporter|Researcher|Editor|Sound[ \t]+Engineer|Guests?)"
    r"[ \t]*(?::[ \t]*\S|\n))"
)


def _short_box_start(box: re.Pattern[str], text: str, end: int) -> int:
    """The body ends above the last ``box`` (a contributors box under its rule, see
    ``_CREDITS_BOX``; a newsletter's sign-off over its signature, see ``_SIGN_OFF``) when only a
    short tail (at most a hundred and fifty words) stands below it; ``end`` when there is none."""
    found = list(box.finditer(text, max(0, end - 2500), end))
    if not found or len(text[found[-1].end() : end].split()) > 150:
        return end
    return len(text[: found[-1].start()].rstrip())


# A newsletter's sign-off under its interview: "That's it for this week. Next Thursday: …"
# closing on the writer's dashed signature ("— Hannah") a few lines below.
_SIGN_OFF = re.compile(
    r"^[ \t]*(?:That['’]s|That[ \t]+is)[ \t]+(?:it|all)[ \t]+for[ \t]+(?:this[ \t]+(?:week|issue"
    r"|edition|month|time)|today|now)\b[^\n]*(?:\n(?:[^\n]*\n){0,3}?"
    r"[ \t]*(?:[—–][ \t]*[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?[ \t]*$"
    # (or over the writer's note: "That's it for this week. …" / "Maya Lindqvist is a senior
    # reporter at Canary Media covering the power grid.")
    r"|[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,2}[ \t]+is[ \t]+(?:a|an|the)[ \t]+[^\n]{0,60}?"
    r"\b(?:reporter|editor|writer|correspondent|journalist|columnist)\b[^\n]{0,100}$)"
    # (or the last line left above the page's foot, the writer's note already cut with it,
    # where it speaks of the newsletter: a host's "That is all for today." closes a show)
    r"|(?<=newsletter\.)\s*(?![\s\S])|(?<=newsletter)[^\n]{0,80}\.\s*(?![\s\S]))",
    re.MULTILINE,
)


# A military news service's record block under the story, its own paragraph of "Field: value"
# lines (DVIDS: "Date Taken: 05.02.2025" / "Date Posted: …" / "Story ID: …" / "Unit: 355th
# Wing"): the archive's fields, never the last answer's words.
_RECORD_FIELD = (
    r"(?:Date[ \t]+(?:Taken|Posted)|Story[ \t]+ID|VIRIN|Unit|Location|Web[ \t]+Views"
    r"|Downloads|Image[ \t]+ID|Video[ \t]+ID)"
)
_RECORD_FIELDS = re.compile(
    r"(?:^|(?<=\n))[ \t]*\n(?=[ \t]*(?:Date[ \t]+(?:Taken|Posted)|Story[ \t]+ID|VIRIN)[ \t]*:)"
    rf"(?:[ \t]*{_RECORD_FIELD}[ \t]*:[ \t]*[^\n]{{1,80}}(?:\n|$)){{2,}}"
)


def _editor_credit_start(text: str, end: int) -> int:
    """The body ends above the editor's credit line when only a short tail of page furniture
    (at most a hundred and fifty words) stands below it."""
    found = list(_EDITOR_CREDIT.finditer(text, max(0, end - 2500), end))
    if not found:
        return end
    credit = found[-1]
    tail = text[credit.end() : end]
    if len(tail.split()) > 150:
        return end
    return len(text[: credit.start()].rstrip())


def _closing_place_date(text: str, end: int) -> int:
    """Where a briefing's closing place and date begin, a block of their own under the last
    words (mea.gov.in: "… for joining us today." / "(Concludes)" / "New Delhi" / "July 18,
    2024"): the page's signature, no one's speech. Only a line that is a date and little else,
    with at most one short unpunctuated line (the place) above it. (``end`` when there is none.)"""
    para = max(text.rfind("\n\n", 0, end), text.rfind("\n \n", 0, end))
    if para < 0:
        return end
    lines = [ln.strip() for ln in text[para:end].strip().split("\n")]
    if len(lines) > 2:
        return end
    date = find_date(lines[-1])
    if date is None or len(lines[-1].split()) > 5 or date[2] - date[1] < len(lines[-1]) - 12:
        return end
    if len(lines) == 2 and not (
        1 <= len(lines[0].split()) <= 4
        and lines[0][:1].isupper()
        and not re.search(r"[.!?…:;»\"”)\]]$", lines[0])
    ):
        return end
    if not re.search(r"[.!?…\"”»)\]]$", text[:para].rstrip()):
        return end
    return len(text[:para].rstrip())


def _tag_column_start(text: str, end: int) -> int:
    """Where a news page's closing tag column begins, one tag a line with no heading above it
    (ria.ru's "Ядерное оружие" / "США" / "Россия" / "Сергей Рябков" under the last answer):
    three or more short capitalised lines without punctuation, set off by a blank line below a
    paragraph that ends a sentence. (``end`` when there is none.)"""
    para = max(text.rfind("\n\n", 0, end), text.rfind("\n \n", 0, end))
    if para < 0:
        return end
    lines = [ln.strip() for ln in text[para:end].strip().split("\n")]
    short = [
        1 <= len(ln.split()) <= 3 and ln[:1].isupper() and not re.search(r"[.!?…:;,»\"”)\]\d]", ln)
        for ln in lines
    ]
    # (a body named with its short form in brackets stands among the tags: "Транспорт" /
    # "Россия" / "Игорь Лаврентьев" / "Министерство транспорта РФ (Минтранс России)")
    if (
        len(lines) < 3
        or sum(short) < 3
        or not all(
            ok
            or (_AGENCY_TAG.fullmatch(ln) or _ABBREVIATED_TAG.fullmatch(ln)) is not None
            # (a region's rubric of four or five words among them: mid.ru's "Japan" / "Russia"
            # / "Asia and Pacific region" / "Andrey Rudenko")
            or (
                4 <= len(ln.split()) <= 5
                and ln[:1].isupper()
                and not re.search(r"[.!?…:;,»\"”)\]\d]", ln)
                and sum(short) >= 3
            )
            for ok, ln in zip(short, lines, strict=True)
        )
    ):
        return end
    if not re.search(r"[.!?…\"”»)]$", text[:para].rstrip()):
        return end
    return len(text[:para].rstrip())


def _flush_tag_column(text: str, para: int, end: int) -> int:
    """The tag column set flush under a dash interview's last reply, with no blank line (ria.ru:
    "— Спасибо вам." / "Туризм" / "Россия" / "Китай" / "Зарина Догузова" / "Федеральное
    агентство по туризму (Ростуризм)"): three or more tags of one to three words, an agency's
    name with its short form in brackets among them, under a dash line that ends a sentence.
    (``end`` when there is none.) A labelled transcript's last line stands over them the same
    way (ITV: "Callum Reddy: Thank you." / "Labour Party Conference 2025" / "Politics" /
    "Energy bills"), an event's tag carrying its year."""
    tags = 0
    stop = end
    while True:
        at = text.rfind("\n", para, stop)
        if at < 0:
            return end
        ln = text[at:stop].strip()
        short = (1 <= len(ln.split()) <= 3 and not re.search(r"[.!?…:;,»\"”)\]\d]", ln)) or (
            _EVENT_TAG.fullmatch(ln) is not None
        )
        agency = _AGENCY_TAG.fullmatch(ln)
        # (an institution's tag by its short name, initials and a lowercase abbreviation in it:
        # "МГТУ им. Н. Э. Баумана", "РГУ им. И. М. Губкина")
        agency = agency or _ABBREVIATED_TAG.fullmatch(ln)
        if not ln[:1].isupper() or not (short or agency):
            break
        tags += bool(short or agency)  # (a named body counts as a tag too)
        stop = at
    if (
        tags < 3
        or not (re.match(r"[—–-][ \t]", ln) or _LABELLED_LINE.match(ln))
        or not re.search(r"[.!?…\"”»)]$", ln)
    ):
        return end
    return len(text[:stop].rstrip())


# A tag naming a body with its short form in brackets: "Федеральное агентство по туризму
# (Ростуризм)", "Лига арабских государств (ЛАГ)".
_AGENCY_TAG = re.compile(rf"[{UPPER}][^\n.!?:;,()]{{2,60}}[ \t]+\([{UPPER}][^\n()]{{1,30}}\)")
# An institution's name tag with an abbreviation and initials: "МГТУ им. Н. Э. Баумана".
_ABBREVIATED_TAG = re.compile(
    rf"[{UPPER}]{{2,8}}[ \t]+(?:им\.|имени|імені|ім\.)(?:[ \t]+[{UPPER}]\.){{1,2}}[ \t]*"
    rf"[{UPPER}][{LOWER}\-]+"
)
# An event's tag with its year: "Labour Party Conference 2025", "COP30" is not one.
_EVENT_TAG = re.compile(rf"[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]+){{1,3}}[ \t]+20\d\d")
# A transcript's labelled line: "Callum Reddy: Thank you." (a name of two or three words).
_LABELLED_LINE = re.compile(
    rf"[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}}:[ \t]"
)


def _wrapped_tail(text: str, line_start: int, line: str) -> bool:
    """Is ``line`` the lower-case tail of a hard-wrapped sentence (a court reporter's "public
    hearing on this appeal. We'll vote on it at the" / "end of the meeting."), no furniture line
    though its words read as one ("END …")?"""
    if not line[:1].islower():
        return False
    above_end = text.rfind("\n", 0, max(line_start - 1, 0))
    above = text[above_end + 1 : max(line_start - 1, 0)].strip()
    return bool(above) and re.search(r"[.!?…:;\"”»)\]]$", above) is None


_SECTION_ANCHOR = re.compile(
    r"[ \t]*(?:Все[ \t]+новости[ \t]+(?:раздела|рубрики|по[ \t]+теме)"
    r"|(?:Усі|Всі)[ \t]+новини[ \t]+(?:розділу|рубрики|за[ \t]+темою))[ \t]*$",
    re.MULTILINE,
)


def _rubric_run(text: str, line_start: int) -> bool:
    """Is the line at ``line_start`` one of at most six short rubric lines (four words or
    fewer, capitalised, no punctuation) that stand right under a paragraph ending a sentence?"""
    pos = line_start
    for _ in range(6):
        start = text.rfind("\n", 0, max(pos - 1, 0)) + 1
        line = text[pos : text.find("\n", pos) if "\n" in text[pos:] else len(text)].strip()
        if not (
            1 <= len(line.split()) <= 4
            and line[:1].isupper()
            and not re.search(r"[.!?…:;,»\"”]$", line)
        ):
            return False
        if pos == 0:
            return False
        above = text[start : pos - 1].strip()
        if re.search(r"[.!?…\"”»)]$", above):
            return True
        pos = start
    return False


# A press office's contact box under the text: "Press contacts" / "Barend Leyts" /
# "Spokesperson for the President of the European Council" / "+32 2 281 51 50" / "Visit the
# meeting page" (the heading, then a name, a post, numbers, an address and links).
_PRESS_CONTACTS = re.compile(
    r"^[ \t]*(?:(?:Press|Media)[ \t]+(?:contacts?|enquiries|inquiries)|Contacts?[ \t]+for[ \t]+"
    r"(?:the[ \t]+)?(?:press|media)|Контакты[ \t]+для[ \t]+(?:прессы|СМИ)"
    r"|Контакти[ \t]+для[ \t]+(?:преси|ЗМІ)"
    # (or the bare word in capitals, the box's heading: "CONTACT")
    r"|(?-i:CONTACTS?))[ \t]*:?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


def _press_contacts_start(text: str, end: int) -> int:
    """Where a press-contacts box ending at ``end`` begins: its heading, then at most twelve
    short lines (eight words or fewer, none closing a sentence) down to ``end``."""
    heads = list(_PRESS_CONTACTS.finditer(text, len(text) * 2 // 3, end))
    if not heads:
        return end
    below = [ln.strip() for ln in text[heads[-1].end() : end].split("\n") if ln.strip()]
    if not 1 <= len(below) <= 12 or any(
        len(ln.split()) > 8 or re.search(r"[.!?…]$", ln) for ln in below
    ):
        return end
    return len(text[: heads[-1].start()].rstrip())


def _masthead_slogan(text: str, line: str) -> bool:
    """Is ``line`` a short sentence about the site that opens with its masthead, the page's
    first line ("WIRED" atop the page, "WIRED is where tomorrow is realized." at its foot)?"""
    head = text[: text.find("\n")].strip() if "\n" in text else ""
    if (
        1 <= len(head.split()) <= 3
        and line.upper().startswith(head.upper())
        and re.match(r"[ \t]{2,}[^\n]*\d", line[len(head) :]) is not None
        and len(line.split()) <= 16
    ):
        # (or the site's imprint, its name as the masthead sets it and its address a wide gap
        # apart: "THE HILL  1625 K STREET, NW SUITE 900 WASHINGTON DC 20006")
        return True
    return (
        1 <= len(head.split()) <= 3
        and line.startswith(head + " is ")
        and len(line.split()) <= 12
        and re.search(r"\b(?:I|we|you)\b", line) is None
    )


# (or a paper's "More about" over its topic links: "More about" / "Sadiq Khan   TfL   Night Tube")
_TAGS_HEADING = re.compile(r"(?i:tags|topics|теги|темы|теми|more[ \t]+about)")
# A site's pointer to the programme's next or previous item, its headline on the line below
# (RNZ: "Next story in Nine To Noon" / "Book review: The Glasshouse by Emma Neale").
_NEXT_STORY = re.compile(
    r"(?i:next|previous)[ \t]+(?i:story|item|episode)(?:[ \t]+in[ \t]+[^\n]{1,60})?"
)


_PAGE_FOOTER = re.compile(r"(?<![\w-])(?:P-\d{1,5}|Page[ \t]+\d{1,5}(?:[ \t]+of[ \t]+\d{1,5})?)$")


# A newsletter's sign-up line: "Sign up for The Meet the Press Newsletter".
_NEWSLETTER_SIGN_UP = re.compile(
    r"(?:sign[ \t]+up|subscribe)[ \t]+(?:for|to)[ \t]+[^\n.!?]{2,60}\bnewsletter[.!]?",
    re.IGNORECASE,
)


# A show's airtime line: "Sundays on NBC and streaming on NBC News NOW", "Weeknights at 7 on ABC
# and streaming on Hulu" (a day's plural, a network, then where it streams).
_AIRTIME = re.compile(
    r"(?:Weekdays|Weeknights|Weekends|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays"
    r"|Sundays)\b[^\n.!?]{0,30}?[ \t]+on[ \t]+[A-Z][^\n.!?]{0,30}?[ \t]+and[ \t]+streaming[ \t]+"
    r"on[ \t]+[^\n.!?]{1,40}"
)


# The show's slot in a sentence of the page's foot: "Sunday Morning with Trevor Phillips is
# broadcast live from 8.30am every Sunday on Sky News." (the schedule, no one's words).
_BROADCAST_SLOT = re.compile(
    r"[A-Z][^\n.!?]{2,60}?[ \t]+(?:is|are)[ \t]+(?:broadcast|aired|on[ \t]+air)[ \t]+"
    r"(?:live[ \t]+)?(?:[^\n.!?]|\d\.\d){0,40}?\b(?:every|each)[ \t]+"
    r"(?:week(?:day|night|end)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"[^\n.!?]{0,20}?[ \t]+on[ \t]+[A-Z][^\n.!?]{1,40}\."
)
# A UK campaign imprint: "Promoted by X. Printed by Y, address." / "Promoted by X on behalf of
# Y, both at …" — the promoter, then the printer, host or principal.
_IMPRINT = re.compile(
    r"Promoted[ \t]+by[ \t]+[^\n]{3,120}?(?:\.[ \t]+(?:Printed|Hosted)[ \t]+by|[ \t]+on[ \t]+"
    r"behalf[ \t]+of)[ \t]+[^\n]{3,200}"
)


# A sign-up form's confirmation: "You've successfully subscribed to this newsletter!",
# "You're now subscribed to our newsletter."
_SUBSCRIBED = re.compile(
    r"(?:You['’]ve|You[ \t]+have|You['’]re|You[ \t]+are)[ \t]+(?:successfully[ \t]+|now[ \t]+)?"
    r"(?:subscribed|signed[ \t]+up)[ \t]+(?:to|for)[ \t]+[^\n.!?]{0,40}\bnewsletters?[.!]?",
    re.IGNORECASE,
)


# A recommendation box's heading alone on its line (see _furniture_tail_start).
_RECOMMEND_HEAD = re.compile(
    r"^[ \t]*(?:Рекомендуем|Рекомендуємо|Вам[ \t]+(?:может[ \t]+понравиться|може[ \t]+сподобатися)"
    r"|Recommended(?:[ \t]+for[ \t]+you)?|You[ \t]+(?:may|might)[ \t]+also[ \t]+like|Related"
    # (a widget's sponsored links, its vendor's credit on the line or the next: NBC's
    # "Sponsored Stories" / "by Taboola" / "Doctors Stunned: This Simple Trick …")
    r"|(?:Sponsored|Promoted)[ \t]+(?:Stories|Content|Links)(?:[ \t]+by[ \t]+[A-Z][\w.]*)?"
    # (a regional desk's news box under the page: "Новини Одеса" / its headline links)
    r"|(?:Новини|Новости)(?:[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+){1,2}|Останні[ \t]+новини"
    r"|Последние[ \t]+новости"
    # (a broadcaster's rail of the show's other stories, its heading in capitals: NewsNation's
    # "MORE CUOMO" / "Air traffic controllers rally …" / "Cuomo: Why your flight is late …")
    r"|MORE[ \t]+[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+)?)"
    r"[ \t]*:?[ \t]*$",
    re.MULTILINE,
)


_BARRED_STREET_ADDRESS = re.compile(
    r"\|[ \t]+\d{1,5}[ \t]+(?:[A-Z][\w.'’\-]*[ \t]+){1,4}(?:Ave|Avenue|St|Street|Rd|Road|Blvd"
    r"|Boulevard|Place|Pl|Square|Sq|Lane|Ln|Drive|Dr|Way|Plaza|Court|Ct)\.?(?:[ \t]+(?:NE|NW|SE"
    r"|SW|N|S|E|W))?,[^\n|]{2,60}\b(?:[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?[ \t]+"
    r"\d[A-Z]{2})[ \t]*$"
)


# The publisher's postal address closing the page, its parts apart by commas: the body, a
# street with its house number, the town, then the postcode with or without its country's
# letters ("Ministry of …, K. Valdemāra iela 3, Rīga, LV-1395"): no sentence, no one's words.
_POSTAL_FOOT = re.compile(
    r"[^\n!?]{2,100},[ \t]*[^\n,!?]{0,40}\d[^\n,!?]{0,20},[ \t]*[^\W\d_][^\n,!?\d]{1,30},[ \t]*"
    r"(?:[A-Z]{1,3}[ \t-]?)?\d{4,6}[ \t]*"
)


def _furniture_tail_start(text: str, end: int) -> int:
    """Where a page's closing furniture begins when a furniture line ("Share this page", "Read
    more", "Tags:") heads a run of short menu lines that no pattern knows ("Share on Facebook
    (opens in new tab)", "Is this page useful?", "Maybe"): only short lines below the anchor, so
    a speaker's closing words never go."""
    cut = end
    pos = end
    seen = 0
    while pos > 0 and seen < 30:
        line_start = text.rfind("\n", 0, pos) + 1
        line = text[line_start:pos].strip()
        pos = line_start - 1
        if not line:
            continue
        seen += 1
        furniture = (
            _TRAILING_LINE.match(_plain(line)) is not None
            and not _wrapped_tail(text, line_start, line)
            and not _SPOKEN_CREDIT.match(_plain(line))
        )
        # The site's slogan over its copyright line, opened by the masthead's name: "WIRED is
        # where tomorrow is realized." / "© 2025 Condé Nast." (only under furniture already cut).
        furniture = furniture or (cut < end and _masthead_slogan(text, line))
        # A transcript's page footer over its copyright line: ".ROYAL COMMISSION 14.5.25
        # P-612" / "©Commonwealth of Australia" (only under furniture already cut).
        furniture = furniture or (
            cut < end and len(line.split()) <= 8 and _PAGE_FOOTER.search(line) is not None
        )
        # The row of tags under a bare heading, however long: state.gov's "TAGS" / "Bureau of
        # European and Eurasian Affairs  Holy See  Italy  Office of the Spokesperson".
        above_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
        furniture = furniture or (
            line_start > 0
            and _TAGS_HEADING.fullmatch(text[above_start : line_start - 1].strip()) is not None
            and re.search(r"[.!?…]$", line) is None
        )
        # The site's footer menu flattened into one line at the very foot, its items apart by
        # runs of spaces (NBC's "About  Contact  Help  Careers  Ad Choices  …  Select Shopping"):
        # six short capitalised items at least (one may hold its note: "Terms of Service (Updated
        # JULY 2025)"), no sentence mark closing the row.
        items = re.split(r"[ \t]{2,}", line)
        furniture = furniture or (
            seen <= 2
            and len(items) >= 6
            and all(1 <= len(it.split()) <= 6 and it[:1].isupper() for it in items)
            and re.search(r"[.!?…:;,»\"”]$", line) is None
        )
        # (or headed by the publisher's full name, the longer item, over the footer's links:
        # "Food and Agriculture Organization of the United Nations   Jobs   Contact us   Terms
        # and conditions   Scam alert" — five items, a contact or terms link among them)
        furniture = furniture or (
            seen <= 2
            and len(items) >= 5
            and len(items[0].split()) <= 12
            and all(1 <= len(it.split()) <= 6 for it in items[1:])
            and all(it[:1].isupper() for it in items)
            and any(
                re.fullmatch(r"(?i)contact(?:[ \t]+us)?|terms[^\n]{0,30}|privacy[^\n]{0,20}", it)
                for it in items
            )
            and re.search(r"[.!?…:;,»\"”]$", line) is None
        )
        # A footer's topic menu set as one row over lines already cut (GOV.UK's "Benefits
        # Births, death, marriages and care  Business and self-employed  Crime, justice and
        # the law" over its licence line): four wide-gapped capitalised items at least, an
        # item's own commas no sentence mark, none closing the row.
        furniture = furniture or (
            cut < end
            and seen <= 4
            and len(items) >= 4
            and all(1 <= len(it.split()) <= 6 and it[:1].isupper() for it in items)
            and re.search(r"[.!?…:;,»\"”]$", line) is None
        )
        # A newsletter box's one-line pitch under its sign-up line ("Sign up for The Meet the
        # Press Newsletter" / "Get the week's biggest political stories and exclusive
        # interviews."): short, no one speaking in it.
        furniture = furniture or (
            line_start > 0
            and len(line.split()) <= 15
            and _FIRST_PERSON.search(line) is None
            and _NEWSLETTER_SIGN_UP.fullmatch(text[above_start : line_start - 1].strip())
            is not None
        )
        # The sign-up form's confirmation left in the page's text ("You've successfully
        # subscribed to this newsletter!"): the site's message to the reader, never a turn's.
        furniture = furniture or _SUBSCRIBED.fullmatch(line.strip()) is not None
        # The show's airtime line in the page's foot ("Sundays on NBC and streaming on NBC News
        # NOW"): the schedule, no one's words.
        furniture = furniture or _AIRTIME.fullmatch(line.strip()) is not None
        furniture = furniture or _BROADCAST_SLOT.fullmatch(line.strip()) is not None
        # A UK party site's legal imprint at the foot ("Promoted by … Labour Party. Printed by
        # … MP, House of Commons, …"): the law's words, no one speaking.
        furniture = furniture or _IMPRINT.fullmatch(line.strip()) is not None
        # The headline under the site's "Next story in …" pointer, though it reads like a
        # label ("Book review: The Glasshouse by Emma Neale"), and the pointer itself.
        furniture = furniture or _NEXT_STORY.fullmatch(line) is not None
        furniture = furniture or (
            line_start > 0
            and _NEXT_STORY.fullmatch(text[above_start : line_start - 1].strip()) is not None
            and len(line.split()) <= 16
        )
        # The site's postal address at the foot, its parts apart by middle dots ("Permanent
        # Mission of … · One … Plaza, 885 Second Avenue, 18th Floor · New York, NY 10017"): no
        # spoken line, however long (only the walk's last lines, below any speech).
        address = (
            not furniture
            and seen <= 3
            and line.count(" · ") >= 2
            and all(1 <= len(part.split()) <= 10 for part in line.split(" · "))
            and re.search(r"\d[ \t]*$", line) is not None
        )
        if address:
            continue
        furniture = furniture or (seen <= 3 and _POSTAL_FOOT.fullmatch(line) is not None)
        # The institution's phone line in the footer, the number alone after its field's
        # colon ("Hotline for Ukrainian citizens abroad: +38 044 238 15 88").
        furniture = furniture or (seen <= 4 and _PHONE_FIELD.fullmatch(line) is not None)
        # The publisher's street address at the foot, set apart from its name by a bar ("The
        # Heritage Foundation | 214 Massachusetts Ave NE, Washington, DC 20002"): a house number
        # and a street, the postcode closing the line — no spoken line.
        furniture = furniture or (
            seen <= 3 and " | " in line and _BARRED_STREET_ADDRESS.search(line) is not None
        )
        # The headline links of a recommendation box under its heading, in the same block
        # ("Рекомендуем" / "Захарова прокомментировала …" / "Песков: Кремль следит за …"): a
        # headline's colon is no speaker's label, and no sentence stop closes it.
        block = max(text.rfind("\n\n", 0, line_start), text.rfind("\n \n", 0, line_start))
        head = _RECOMMEND_HEAD.search(text, block + 1 if block >= 0 else 0, line_start)
        furniture = furniture or (
            head is not None
            and text.count("\n", head.end(), line_start) <= 6
            and len(line.split()) <= 14
            and re.search(r"[.!?…]$", line) is None
        )
        # A sentence, a speaker's label, or a dash paragraph of an interview ("— Не исключаю.")
        # is speech going on below, no menu line ("Is this page useful?" is one).
        speech = not furniture and re.search(r"[.!…:]$|^[^:]{1,60}:\s", line) is not None
        # (A furniture line itself may run long: "Listen to more Bloomberg Surveillance on
        # Apple Podcasts, Spotify or wherever you listen.")
        if (len(line.split()) > 10 and not furniture) or speech or re.match(r"[—–][ \t]", line):
            break
        if furniture and not re.match(r"(?:https?://|www\.)", line):
            cut = line_start
    # Title Case menu lines right above the anchor ("Suggest To A Friend" over "Print") go too;
    # so do those above a block already cut below ("Sponsored Stories" over NBC's "More From
    # Meet the Press").
    if cut < end or end < len(text.rstrip()):
        # (a cut is a line's start, the break above it the walk's first stop; nothing cut, the
        # walk starts at ``end`` itself, so the last line keeps its closing stop: "WONG:
        # Thanks, Nadia." over "Media enquiries" is no unpunctuated menu line)
        pos = cut - 1 if cut < end else end
        menu_above = False
        # government.ru's topic links glued under the last sentence, over the link to their
        # section ("… внести его в Государственную Думу." / "Бюджетная политика" /
        # "Топливно-энергетический комплекс" / "Все новости раздела"): the anchor names them
        # as its section's rubrics, a lowercase word in them or not.
        section_anchor = _SECTION_ANCHOR.match(text, cut) is not None
        while pos > 0:
            line_start = text.rfind("\n", 0, pos) + 1
            line = text[line_start:pos].strip()
            menu = (
                len(line.split()) <= 6
                and all(w[:1].isupper() for w in line.split())
                and not re.search(r"[.!?…:;,]$", line)
            )
            # Above other menu lines, a rubric may hold a lowercase word (ria.ru's "Россия" /
            # "В мире" / "Дмитрий Песков" over "Источник: …").
            menu = menu or (
                menu_above
                and len(line.split()) <= 3
                and line[:1].isupper()
                and not re.search(r"[.!?…:;,»\"”]$", line)
            )
            # A row of links flattened into one line, its items apart by runs of spaces (ria.ru's
            # "Добавить в избранное   Комментарии (14)" over "Источник: …", its tags row
            # "Дипломатия   Россия   США   Сергей Рябков" above): a spoken line has no such gaps.
            items = re.split(r"[ \t]{3,}|\t", line)
            menu = menu or (
                len(items) >= 2
                and all(1 <= len(it.split()) <= 4 and it[:1].isupper() for it in items)
                and not re.search(r"[.!?…:;,»\"”]$", line)
            )
            # (set apart by two spaces only, three items at least: ria.ru's "Политика  В мире
            # Россия  НАТО  Александр Грушко" over "Рекомендуем")
            items = re.split(r"[ \t]{2,}|\t", line)
            menu = menu or (
                len(items) >= 3
                and all(1 <= len(it.split()) <= 4 and it[:1].isupper() for it in items)
                and not re.search(r"[.!?…:;,»\"”]$", line)
            )
            # rev.com repeats the page's title above its share buttons: "Mark Dunmore Rally in
            # Erie Transcript" / "Share on Facebook  Share on X  Copy link".
            menu = menu or (
                len(line.split()) <= 14
                and line[:1].isupper()
                and re.search(r"\bTranscript$", line) is not None
            )
            # The site's search box left over the footer rows ("Search CNN..." over "Subscribe
            # Sign in" / "Terms of Use …"): its placeholder's dots close no sentence.
            menu = menu or (
                re.fullmatch(r"(?:Search|Пошук|Поиск)(?:[ \t]+\S+){0,2}?[ \t]*(?:\.{3}|…)", line)
                is not None
            )
            # The place and date a briefing closes with ("New Delhi" / "May 20, 2025").
            dated = len(line.split()) <= 5 and find_date(line) is not None
            # mid.ru's rubrics set close over its buttons, below a blank line: "Russia – Egypt" /
            # "Middle East and North Africa" / "Share", or "Official statements" / "Share" —
            # short unpunctuated lines of the anchor's own block (no blank line between them),
            # the paragraph above ending a sentence. Words spoken to close ("Thank you") stay.
            menu = menu or _rubric_block(text, line_start, cut)
            menu = menu or (section_anchor and _rubric_run(text, line_start))
            # A government page's attachments under the transcript, each a document's link
            # with its format: "Documents" / "Joint Declaration of the 35th … Summit (PDF)".
            menu = menu or (
                len(line.split()) <= 20
                and re.search(r"\((?:PDF|DOCX?|XLSX?)(?:,[^()\n]{1,20})?\)$", line) is not None
            )
            # A row of hashtags between the menu lines and the anchor goes with them:
            # president.gov.ua's "Слава Україні!" / "Президент України" (the site's
            # signature) / "#Звернення #Енергетика" / "Джерело: https://…".
            if line and not (menu or dated or is_tag_line(line)):
                break
            if line:
                cut = line_start
                menu_above = menu_above or menu
            pos = line_start - 1
    return cut


_SPOKEN_CLOSER = re.compile(r"\b(?:I|you|we|thank|thanks|спасибо|благодарю|дякую)\b", re.IGNORECASE)


# A person's tag by surname and initials, the site's index entry: "Вершинин С.В.", "Лавров С.В."
_INITIALS_TAG = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+[ \t]+[А-ЯЁІЇЄҐ]\.[ \t]?[А-ЯЁІЇЄҐ]\.")


def _rubric_block(text: str, line_start: int, cut: int) -> bool:
    """Is the line at ``line_start`` one of the short rubric lines glued above the furniture
    that begins at ``cut``, its block set off from a sentence above by a blank line?"""
    # (a blank line may part the block from the buttons too: "Laos" / "Asia and the Pacific
    # Region" / "Bilateral relations" / "" / "Share" / "Print" — the block is the paragraph
    # right above them)
    top = len(text[:cut].rstrip())
    para = max(text.rfind("\n\n", 0, top), text.rfind("\n \n", 0, top))
    if para < 0 or para + 2 > line_start or not re.search(r"[.!?…\"”»)]$", text[:para].rstrip()):
        return False
    # (mid.ru's topic tags name a body with its short form: "Лига арабских государств (ЛАГ)",
    # and a person by surname and initials: "Вершинин С.В.")
    return all(
        1 <= len(ln.split()) <= 6
        and ln[:1].isupper()
        and (
            not re.search(r"[.!?…:;,»\"”)\]]$", ln)
            or _AGENCY_TAG.fullmatch(ln) is not None
            or _INITIALS_TAG.fullmatch(ln) is not None
        )
        and not _SPOKEN_CLOSER.search(ln)
        for ln in (ln.strip() for ln in text[para:cut].strip().split("\n"))
    )


# A headline link closing on its event's place and date: ", Москва, 11 февраля 2025 года".
_DATED_HEADLINE = re.compile(
    r",[ \t]+\d{1,2}(?:[–-]\d{1,2})?[ \t]+[^\W\d_]+[ \t]+\d{4}[ \t]+(?:года|року)$"
    # mid.ru's English links: "… talks with Foreign Minister of Mozambique …, Moscow, April 14,
    # 2025" (or "…, 14 April 2025").
    r"|,[ \t]+(?:(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)[ \t]+\d{1,2}(?:[–-]\d{1,2})?,|\d{1,2}(?:[–-]\d{1,2})?[ \t]+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December))[ \t]+\d{4}$"
    # nato.int's related news, the date before the headline with the month cut short: "03 Apr.
    # 2025 Press conference by NATO Secretary General … ahead of the meetings of …".
    r"|^\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?[ \t]+\d{4}"
    r"[ \t]+[A-Z]"
    # president.gov.ua's English related news, the full date and a dash before the headline:
    # "11 February 2026 - President held a meeting on the restoration of energy facilities …".
    r"|^\d{1,2}[ \t]+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)[ \t]+\d{4}[ \t]+[-–—][ \t]+[A-Z]"
)


# mid.ru's headline links named by the document's genre: "Ответ официального представителя МИД
# России … на вопрос СМИ …", "Выступление и ответы на вопросы СМИ Министра …", "Интервью …".
_GENRE_HEADLINE = re.compile(
    r"(?:Ответы?|Выступление|Интервью|Комментарий|Заявление|Совместное[ \t]+заявление"
    r"|Сообщение|Статья|Брифинг|Приветствие|Послание|Відповіді?|Виступ|Інтерв['’]ю|Коментар"
    r"|Заява|Стаття|Брифінг|Привітання)[ \t]+\S"
)


# The reporter's contact line under a story: "Contact Dana Kowalik at dkowalik@plasticsnews.com.",
# "Write to Jane Doe at jane.doe@wsj.com".
_CONTACT_LINE = re.compile(
    r"(?m)^[ \t]*(?:Contact|Write[ \t]+to|E-?mail|Reach)[ \t]+[A-Z][^\n@]{1,80}?[ \t]+at[ \t]+"
    r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+[ \t]*\.?[ \t]*$"
)


def _contact_links_start(text: str, end: int) -> int:
    """Where the reporter's contact line begins when only headline links (no heading over
    them, none ending a sentence) follow it: a trade paper's "Contact Dana Kowalik at …" over
    "Eastman delays second methanolysis plant" / "PRE: Europe's recycling capacity fell …"."""
    found = list(_CONTACT_LINE.finditer(text, max(0, end - 1500), end))
    if not found:
        return end
    m = found[-1]
    if not text[m.end() : end].strip():
        return end  # the line alone closes the page: the line reader below takes it
    for line in text[m.end() : end].split("\n"):
        line = line.strip()
        if line and (len(line.split()) > 15 or re.search(r"[.!…][\"'»”’)]*$", line)):
            return end
    return len(text[: m.start()].rstrip())


# A think tank's "about us" line closing the page, the body named with its acronym: "Resources
# for the Future (RFF) is an independent, nonprofit research institution in Washington, DC."
_ORG_BOILERPLATE = re.compile(
    r"[ \t]*(?:The[ \t]+)?[A-Z][\w&'’\-]*(?:[ \t]+(?:[A-Z][\w&'’\-]*|of|for|and|on|the)){0,8}"
    r"[ \t]+\([A-Z][A-Za-z&]{1,9}\)[ \t]+is[ \t]+(?:a|an|the)[ \t]+[^\n!?]{10,250}\.[ \t]*"
)


_ABOUT_HEADING = re.compile(r"[ \t]*About[ \t]+((?:[A-Z][\w&'’.\-]*[ \t]*){1,6})[ \t]*")


def _about_box_start(text: str, end: int) -> int:
    """Where the publisher's "About …" box closing the page begins: the heading alone on its
    line ("About UNICEF"), then one paragraph that opens with the name it heads and speaks of
    it in the third person ("UNICEF works in …"), down to ``end`` — the page's, no one's."""
    para = text[:end].rstrip()
    body_at = para.rfind("\n") + 1
    body = para[body_at:].strip()
    heading_at = text.rfind("\n", 0, max(body_at - 1, 0)) + 1
    heading = _ABOUT_HEADING.fullmatch(text[heading_at : max(body_at - 1, 0)])
    if heading is None or heading_at < len(text) // 2:
        return end
    name = heading.group(1).strip()
    if (
        not body.startswith(name)
        or len(body.split()) > 120
        or re.search(r"(?i)\b(?:I|I'm|my|me)\b", body) is not None
    ):
        return end
    return len(text[:heading_at].rstrip())


_SPOKEN_FOLLOW_ON = re.compile(r"(?:And|But|So|Or)[ \t,]+[a-z]")


def _related_links_start(text: str, end: int, lo: int = 0) -> int:
    """Where a trailing "Related:" list of headline links begins (``end`` when there is none)."""
    # Walk up through consecutive blocks ("Поделиться:" … then "Читайте также:" …).
    cut = end
    for heading in reversed(list(_RELATED_HEADING.finditer(text, lo, end))):
        # A short headline may close on a stop ("Texas voters approved $1 billion for water.
        # Here's where it's going."): where another link of the block closes on none, as a
        # headline does, and the block is a few short lines that neither ask nor are set in
        # bold (a box between an interview's answers runs on into its bold questions).
        block = [ln.strip() for ln in text[heading.end() : cut].split("\n") if ln.strip()]
        # (one run of lines: a blank line in it parts the links from the last exchange below)
        headlines = re.search(r"\n[ \t]*\n", text[heading.end() : cut].strip()) is None
        headlines = (
            headlines
            and 2 <= len(block) <= 5
            and all(
                len(ln.split()) <= 15 and not ln.startswith(("*", "_")) and not ln.endswith("?")
                for ln in block
            )
        )
        headlines = headlines and any(not re.search(r"[.!?…:][\"'»”’)]*$", ln) for ln in block)
        linked = parted = False  # past a link; past a blank line below a link
        for line in text[heading.end() : cut].split("\n"):
            line = line.strip()
            parted = parted or (linked and not line)
            linked = linked or bool(line)
            if parted and _SPOKEN_FOLLOW_ON.match(line):
                # The question goes on below the box, after a blank line: "Read also" / two
                # headline links / "" / "And has he spoken with President Trump …?" — a
                # sentence opening on "And" / "But" runs on from the speaker's words.
                return cut
            if not line or _TRAILING_LINE.match(_plain(line)) or is_tag_line(line):
                continue
            if _AUTHOR_BIO.fullmatch(line) or _ORG_BOILERPLATE.fullmatch(line):
                # The reporter's tagline among the links ("Related stories" / … / "Brady
                # McCandless covers the environment and growth for KSL.com."): the page's too.
                continue
            # mid.ru's index under its "Дополнительные материалы": "Персоналии" / "Лавров С.В."
            # (a surname and initials: their full stop ends no sentence).
            if re.fullmatch(r"[А-ЯЁІЇЄҐA-Z][\w'’\-]+[ \t]+(?:[А-ЯЁІЇЄҐA-Z]\.[ \t]?){1,3}", line):
                continue
            # A linked headline may ask ("Why are British trains so expensive?"); speech ends.
            # mid.ru's headline links run long but close on their date, no full stop after it
            # ("Выступление Министра … , Москва, 11 февраля 2025 года").
            dated = len(line.split()) <= 40 and _DATED_HEADLINE.search(line) is not None
            # … or name the document by its genre, undated, no stop closing it ("Ответ
            # официального представителя МИД России … на вопрос СМИ в связи с …").
            dated = dated or (
                len(line.split()) <= 40
                and _GENRE_HEADLINE.match(line) is not None
                and re.search(r"[.!?…:;,][\"'»”’)]*$", line) is None
            )
            if (len(line.split()) > 15 and not dated) or (
                re.search(r"[.!…][\"'»”’)]*\s*$", line) and not headlines
            ):
                return cut
        cut = heading.start()
    return cut


def furniture_start(text: str, start: int, end: int) -> int:
    """Where page furniture inserted at the end of a turn's body begins (``end`` if none):
    a "Read more:" list of headline links, or promotion lines ("Follow Sky News on WhatsApp",
    "Tap here") — between two turns, where the next label ends the block."""
    cut = _related_links_start(text, end, start)
    if text.rfind("\n", start, cut) < 0:
        cut = end  # the heading must stand on a line of its own below the turn's first line
    while cut > start:
        line_start = text.rfind("\n", start, cut) + 1
        if line_start <= start:
            break
        line = text[line_start:cut]
        if line.strip() and not PROMO_LINE.match(line):
            break
        cut = line_start - 1
    return len(text[:cut].rstrip()) if cut < end else end


def parse_date(m: re.Match[str]) -> str | None:
    try:
        if m.group("mdy"):
            y, mo, d = int(m["y1"]), MONTHS_EN[m["m1"].lower().rstrip(".")], int(m["d1"])
        elif m.group("dmy"):
            y, mo, d = int(m["y2"]), MONTHS_EN[m["m2"].lower().rstrip(".")], int(m["d2"])
        elif m.group("ru"):
            y, mo, d = int(m["y3"]), MONTHS_RU[m["m3"].lower().rstrip(".")], int(m["d3"])
        elif m.group("iso"):
            y, mo, d = int(m["y4"]), int(m["m4"]), int(m["d4"])
        elif m.group("ydot"):
            y, mo, d = int(m["y6"]), int(m["m6"]), int(m["d6"])
        elif m.group("slash"):
            a, b = int(m["a7"]), int(m["b7"])
            if (a > 12) == (b > 12):
                return None  # "03/04/2025": the page's order is unknown
            y, mo, d = (int(m["y7"]), b, a) if a > 12 else (int(m["y7"]), a, b)
        else:
            y, mo, d = int(m["y5"]), int(m["m5"]), int(m["d5"])
        return dt.date(y, mo, d).isoformat()
    except (KeyError, ValueError):
        return None


# A web address on the domain of a country whose dates run day first ("730@abc.net.au",
# "www.rte.ie", "https://www.itv.co.uk/…"): the page's own ambiguous slash date reads day first.
_DAY_FIRST_DOMAIN = re.compile(
    r"(?:(?:@|\bwww\.|://)[a-z0-9\-]+(?:\.[a-z0-9\-]+)*"
    r"|\b[a-z0-9\-]+\.(?:com|net|org|gov|govt|co|edu|ac))"
    r"\.(?:au|uk|nz|ie|za|in|sg|pk|ng|ke)(?![\w\-]|\.\w)"
)


# A day-first country's parliament database named on its page: ParlInfo (aph.gov.au) heads
# each fragment "ParlInfo - <Committee> : 03/06/2025 : Estimates : …".
# So does the BBC's masthead atop its page ("BBC Radio Lancashire" / … / "Broadcast: 06/03/2025").
_DAY_FIRST_SITE = re.compile(
    r"^[ \t]*ParlInfo[ \t]+[-–—]|\bParliament[ \t]+of[ \t]+Australia\b"
    # (a press-office PDF sets the masthead in capitals: "BBC RADIO 4, TODAY PROGRAMME")
    r"|\A(?:[^\n]*\n){0,2}[ \t]*BBC[ \t]+(?i:Radio|News|World|Sounds|One|Two|Scotland|Wales)\b"
    # (and the other British broadcasters' mastheads: "GB News" / "Politics" / … / "Published:
    # 01/04/2025 - 08:47"; Sky News, ITV News, Channel 4 News, LBC, Times Radio)
    r"|\A(?:[^\n]*\n){0,2}[ \t]*(?:GB[ \t]+News|Sky[ \t]+News|ITV[ \t]+News"
    r"|Channel[ \t]+4[ \t]+News|LBC|Times[ \t]+Radio)[ \t]*$"
    # The EU institutions' masthead ("European Commission - Audiovisual Service" over "Date:
    # 02/07/2025"): the Union writes the day first.
    r"|\A(?:[^\n]*\n){0,2}[ \t]*(?:European[ \t]+(?:Commission|Parliament|Council)"
    r"|Council[ \t]+of[ \t]+the[ \t]+European[ \t]+Union)\b",
    re.M,
)


_WIRE_DATELINE_DAY = re.compile(
    r"^[ \t]*[A-Z][A-Z .'’\-]{2,40},[ \t]+(?P<m>[A-Z][a-z]+)\.?[ \t]+(?P<d>\d{1,2})\b"
    r"(?:[ \t]*\([^()\n]{2,30}\))?[ \t]*(?:--|[—–-])",
    re.MULTILINE,
)


_CYRILLIC_LETTER = re.compile(r"[А-ЯЁІЇЄҐа-яёіїєґ]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _cyrillic_page(head: str) -> bool:
    """Whether ``head`` is written in Cyrillic: 200 Cyrillic letters at least, twice the Latin."""
    cyr = len(_CYRILLIC_LETTER.findall(head))
    return cyr >= 200 and cyr >= 2 * len(_LATIN_LETTER.findall(head))


def day_first_slash_date(lines: str, text: str) -> tuple[str, int, int] | None:
    """The first slash date in ``lines`` whose order is ambiguous ("11/03/2025"), read day
    first when ``text`` gives a web address on a day-first country's domain (ABC Australia's
    "Broadcast: 11/03/2025" over "Email: 730@abc.net.au"); else None."""
    day_first = (
        _DAY_FIRST_DOMAIN.search(text) is not None
        or _DAY_FIRST_SITE.search(text) is not None
        # A Russian or Ukrainian page writes the day first too (AiF's "13:55 11/03/2025" under
        # the author): its opening written in Cyrillic, twice the Latin letters at least.
        or _cyrillic_page(text[:1500])
    )
    # A wire's dateline opening the lead writes the day in words ("KUALA LUMPUR, March 4
    # (Bernama) -- …" under "04/03/2025 11:20 AM"): the reading it agrees with, day first only.
    lead_days = {
        (MONTHS_EN[month], int(d.group("d")))
        for d in _WIRE_DATELINE_DAY.finditer(text[:4000])
        if (month := d.group("m").lower()) in MONTHS_EN
    }
    for m in DATE_RE.finditer(lines):
        if m.group("slash") and max(int(m["a7"]), int(m["b7"])) <= 12:
            a, b = int(m["a7"]), int(m["b7"])
            if not day_first and not ((b, a) in lead_days and (a, b) not in lead_days):
                continue
            try:
                iso = dt.date(int(m["y7"]), int(m["b7"]), int(m["a7"])).isoformat()
            except ValueError:
                continue
            return iso, m.start(), m.end()
    return None


# A US cable network's transcript title closes on the show's date, month first, the year in two
# digits: MSNBC's "Transcript: Deadline: White House, 3/12/25"; or the show's title alone under
# the site's "TRANSCRIPTS" section line ("TRANSCRIPTS" / "All In with Chris Hayes, 3/12/25").
# So does a US public broadcaster's video page under its episode line: PBS's "Aired: 04/22/25".
_TRANSCRIPT_TITLE_DATE = re.compile(
    # (the section line may carry the masthead before a bar, a blank line under it: "MSNBC  |
    # TRANSCRIPTS" / "" / "Ayman, 1/24/26")
    r"^[ \t]*(?:(?:Transcript:|(?:[^\n|]{2,20}\|[ \t]*)?(?:TRANSCRIPTS?|Transcripts?)[ \t]*\n"
    r"(?:[ \t]*\n)?[ \t]*(?=[A-Z]))"
    r"[^\n]{2,80}?,|(?:Aired|Air[ \t]?[Dd]ate)[ \t]*:)[ \t]*"
    r"(?P<date>(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{2}|20\d{2}))[ \t]*$",
    re.MULTILINE,
)


def transcript_title_date(lines: str) -> tuple[str, int, int] | None:
    """The month-first date closing a US transcript's title line (see _TRANSCRIPT_TITLE_DATE)."""
    m = _TRANSCRIPT_TITLE_DATE.search(lines)
    if m is None:
        return None
    year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
    try:
        iso = dt.date(year, int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None
    return iso, m.start("date"), m.end("date")


def _show_title_date(lines: str) -> tuple[str, int, int] | None:
    """The show's date closing a "Transcript: <show>, M/D/YY" title line, where a web stamp
    (a full date with its clock time) stands below it."""
    found = transcript_title_date(lines)
    if found is None or not re.match(
        r"[ \t]*Transcript:", lines[lines.rfind("\n", 0, found[1]) + 1 :]
    ):
        return None
    stamp = find_date(lines[found[2] :])
    if (
        stamp is None
        or re.search(r"\d{1,2}:\d{2}[ \t]*(?:[AaPp]\.?[Mm]\.?)", lines[found[2] + stamp[2] :][:30])
        is None
    ):
        return None
    return found


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first valid date in ``text``: (ISO date, start, end)."""
    for m in DATE_RE.finditer(text):
        iso = parse_date(m)
        if iso:
            return iso, m.start(), m.end()
    return None


def header_text(text: str, label_start: int | None = None, max_lines: int = 4) -> str:
    """The first ``max_lines`` non-empty lines, cut at the first speaker label."""
    limit = len(text) if label_start is None else label_start
    glued = _GLUED_LABEL.search(text, 0, limit)
    if glued:
        limit = glued.start()
    lines = []
    for line in text[:limit].split("\n"):
        if line.strip():
            lines.append(line)
        if len(lines) >= max_lines:
            break
    return "\n".join(lines)


def find_place(header: str, date_span: tuple[int, int] | None) -> str | None:
    """The place written beside the date on its line, else an agency dateline's."""
    if date_span is not None:
        place = _place_beside_date(header, date_span)
        if place is not None:
            return place
    return _dateline_place(header)


_CLOCK_DASH_CAPS_TOWN = re.compile(
    rf"^[ \t]+\d{{1,2}}[:.]\d{{2}}[ \t]*(?:[ap]\.?m\.?|[AP]\.?M\.?)?[ \t]*(?:[A-Z]{{2,4}}[ \t]+)?"
    rf"[-–—][ \t]+(?P<place>[{UPPER}]{{3,}}(?:[ \-][{UPPER}]{{2,}}){{0,2}})[ \t]*(?:$|\n)"
)
# A lead opening on its town in capitals and a colon (Dawn: "ISLAMABAD: Pakistan reported 31
# wild poliovirus cases …"), read only on a long lead line and where the page names the town
# again in mixed case: a caps label's word is no town named elsewhere.
_COLON_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>[{UPPER}]{{3,}}(?:[ \-][{UPPER}]{{2,}}){{0,2}}):[ \t]+[{UPPER}][{LOWER}]"
)


def _colon_dateline_place(header: str, text: str) -> str | None:
    for line in header.split("\n"):
        m = _COLON_DATELINE.match(line)
        # (the lead may close on the colon that hands over to the questions: "KOLKATA: Metro
        # Railway … spoke to TOI about deadlines and safety. Excerpts:")
        if m is None or len(line.split()) < 15 or not re.search(r"[.!?:][\"”’]?[ \t]*$", line):
            continue
        place = _capitalised(m.group("place"))
        rest = text.replace(line, "", 1)
        if (
            m.group("place") not in INSTITUTION_ACRONYMS
            and _place_like(place)
            and not any(w.lower() in _NOT_PLACE for w in place.split())
            and not _labelled_elsewhere(place, rest)
            and re.search(rf"(?<!\w){re.escape(place)}(?!\w)", rest)
        ):
            return place
    return None


# A North American dateline opening its line: the town in capitals, its province or state in
# mixed case, then the date ("HALIFAX, Nova Scotia, November 22, 2025 —"). The town is the place.
_CAPS_TOWN_REGION_DATE = re.compile(
    rf"(?:^|\n)[ \t]*(?P<place>[{UPPER}]{{3,}}(?:[ \-][{UPPER}]{{2,}}){{0,2}})[ \t]*,[ \t]*"
    rf"[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]+){{0,2}}[ \t]*,[ \t]*$"
)


def _place_beside_date(header: str, date_span: tuple[int, int], text: str = "") -> str | None:
    before = header[: date_span[0]]
    town = _CAPS_TOWN_REGION_DATE.search(before)
    if town is not None and town.group("place").upper() not in INSTITUTION_ACRONYMS:
        place = _capitalised(town.group("place"))
        if _place_like(place) and not (text and _labelled_elsewhere(place, text)):
            return place
    m = _PLACE_BEFORE.search(before)
    if (
        m
        and len(before) - m.start("place") < 60
        and _place_like(m.group("place"))
        and not (text and _labelled_elsewhere(m.group("place"), text))
    ):
        # A town before its country on the date's line: "Addis Ababa, Ethiopia, 16 February
        # 2026" is dated in Addis Ababa (the country, as a region after a town, is dropped).
        from rhetoscope.structure.header import _country_names  # (header imports this module)

        line = before[before.rfind("\n", 0, m.start("place")) + 1 : m.start("place")]
        town = re.fullmatch(rf"[ \t]*(?P<town>{_PLACE_LINKED})[ \t]*,[ \t]*", line)
        if (
            town is not None
            and fold(m.group("place")) in _country_names()
            and fold(town.group("town")) not in _country_names()
            and _place_like(town.group("town"))
        ):
            return town.group("town")
        return m.group("place")
    # A press office's dateline, the town in capitals opening a line of its own that is only
    # the town and the date: "CHISINAU, 29 September 2025" (not an acronym: "NATO, 3 May").
    caps = _CAPS_TOWN_DATE_LINE.search(before)
    if (
        caps
        and header[date_span[1] :].split("\n", 1)[0].strip(" \t.") == ""
        and caps.group("place").upper() not in INSTITUTION_ACRONYMS
    ):
        place = _capitalised(caps.group("place"))
        if _place_like(place) and not (text and _labelled_elsewhere(place, text)):
            return place
    m = _COLUMN_TOWN_BEFORE.search(before)
    if m and _place_like(m.group("place")):
        return m.group("place")
    after = header[date_span[1] :]
    m = (
        _PLACE_AFTER.match(after)
        or _PLACE_AFTER_SEPARATOR.match(after)
        or _PLACE_AFTER_BAR_STATE.match(after)
    )
    # Only on a line that is the date and its place ("Posted on March 3, 2025 in Immigration"
    # is a blog's category).
    line_head = before[before.rfind("\n") + 1 :]
    if m is None and re.fullmatch(rf"[ \t*_]*(?:{_WEEKDAY}[ \t]*,?[ \t]*)?", line_head, re.I):
        m = _PLACE_AFTER_IN.match(after)
        # (the European Parliament's record: "Tuesday, 11 February 2025 - Strasbourg", the
        # town alone after a spaced dash, closing the line)
        m = m or _PLACE_AFTER_DASH.match(after)
    # A stamp's clock and zone, then the town in capitals after a spaced dash, closing the line:
    # The Hindu's "Published - April 16, 2026 09:12 pm IST - NEW DELHI".
    caps_after = None if m is not None else _CLOCK_DASH_CAPS_TOWN.match(after)
    if caps_after is not None and caps_after.group("place").upper() not in INSTITUTION_ACRONYMS:
        place = _capitalised(caps_after.group("place"))
        if _place_like(place) and not (text and _labelled_elsewhere(place, text)):
            return place
    if m and _place_like(m.group("place")):
        if _segment_kind(m.group("place")) == "venue":
            # "14 March 2025, Saranrom Palace, Bangkok": the town after the building.
            line_end = after.find("\n")
            return _place_line(after[: line_end if line_end >= 0 else len(after)], bare_words=0)
        return m.group("place")
    return None


# Linking words inside a town's name stay lower case: "PORT OF SPAIN" -> "Port of Spain".
_PLACE_PARTICLES = frozenset({"of", "de", "del", "la", "le", "du", "des", "da", "do", "upon", "on"})


def _capitalised(place: str) -> str:
    def word(m: re.Match[str]) -> str:
        low = m.group(0).lower()
        return low if m.start() > 0 and low in _PLACE_PARTICLES else m.group(0).capitalize()

    return re.sub(r"[A-ZА-ЯЁІЇЄҐ]+", word, place)


def _dateline_place(header: str) -> str | None:
    """An agency dateline opening a paragraph: "KYIV, Oct 23 (Reuters) -", "МОСКВА, 22 мая.
    /ТАСС/.", "Новосибирск, 18 декабря 2025 года. Текст…"."""
    caps = next((m for m in _DATELINE.finditer(header) if not _masthead_dash(header, m)), None)
    wire = next(
        (
            m
            for m in _WIRE_DATELINE.finditer(header)
            if _place_like(m.group("place"))
            # (an office with its acronym is no town: "Prime Minister (PM) – …")
            and not any(w.lower() in _ROLE for w in m.group("place").split())
        ),
        None,
    )
    found = [m for m in (caps, _PRESS_DATELINE.search(header), wire) if m]
    if not found:
        return None
    raw = min(found, key=lambda m: m.start()).group("place")
    if raw.upper() in INSTITUTION_ACRONYMS:
        return None  # "NATO - North Atlantic Treaty Organization": a site name, no dateline
    if raw.upper() in {"FILE", "PHOTO", "VIDEO", "UPDATE", "WATCH", "LIVE", "BREAKING"}:
        return None  # a caption's or a label's marker: "FILE - Federal Reserve Governor …"
    if (
        raw.isupper()
        and re.search(rf"[{LOWER}][ \t]+{re.escape(raw)}(?![{LETTER}])", header) is not None
    ):
        # An abbreviation that the running text also writes in capitals after a lowercase
        # word ("… о повышении НДС" over "НДС — налог неприятный, …", Russian's copula dash):
        # no dateline's town, which prose writes in mixed case.
        return None
    place = _capitalised(raw)
    return place if not any(w.lower() in _NOT_PLACE for w in place.split()) else None


def _masthead_dash(header: str, m: re.Match[str]) -> bool:
    """ "APS - Algérie Presse Service", "PAN — Public Affairs Network", "MINREX - Ministerio de
    Relaciones Exteriores de Cuba": a site's acronym spelled out on its own line is its
    masthead; a dateline leads into a sentence ("ALGIERS - Minister … granted an interview …")."""
    line_end = header.find("\n", m.end())
    rest = header[m.end() : line_end if line_end >= 0 else len(header)].strip()
    if not rest and not header[m.end() :].strip():
        return False  # the town and its dash alone on the header's last line, over the label
    return len(rest.split()) <= 8 and not re.search(r"[.!?…:][\"'”»)]?$", rest)


# A state agency's dateline with the town in mixed case, the agency's acronym marking it: the
# acronym in brackets before the dash ("Tokyo (VNA) – Vietnamese Ambassador …", AFP's "Kampala
# (AFP) - Uganda will …", CNN's "Washington (CNN) —"), or after the
# day on a line of its own ("Baku, March 20, AZERTAC").
_WIRE_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>{_PLACE})"
    rf"(?:(?:,[ \t]+(?:{_EN_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_EN_MONTH})(?:,?[ \t]+\d{{4}})?)?"
    # (dpa writes its name in lowercase: "Berlin (dpa) - Germany risks …")
    # (EFE puts a full stop before its dash: "Madrid, Mar 12 (EFE).- Ecuador's …")
    r"[ \t]*\((?:[A-Z][A-Za-z]{1,14}|dpa)\)[ \t]*\.?(?:--|[-–—])[ \t]"
    rf"|,[ \t]+(?:{_EN_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_EN_MONTH})(?:,?[ \t]+\d{{4}})?"
    r",[ \t]*[A-Z]{3,10}[ \t]*$)",
    re.MULTILINE,
)
# A Russian or Ukrainian press dateline: the city, the day and month (the year may follow), then
# the agency in slashes or the first sentence: "МОСКВА, 22 мая. /ТАСС/.", "Новосибирск, 18
# декабря 2025 года. Ежегодная …".
_PRESS_DATELINE = re.compile(
    # (Interfax puts a full stop after the town: "Москва. 5 ноября. INTERFAX.RU - …")
    rf"^[ \t]*(?P<place>{_PLACE})[,.][ \t]+(?:\d{{1,2}}[ \t]+{_RU_MONTH}"
    # (TASS's English site keeps the form, the month first and the agency in slashes:
    # "MOSCOW, March 4. /TASS/.")
    # (its year after a comma when it gives one: "MOSCOW, April 8, 2026. /TASS/.")
    rf"|{_EN_MONTH}[ \t]+\d{{1,2}}(?=(?:,[ \t]+\d{{4}})?[ \t]*\.?[ \t]*/[^/\n]{{2,20}}/))"
    r"(?:,?[ \t]+\d{4}(?:[ \t]+(?:года|року|г\.|р\.))?)?"
    r"[ \t]*(?:\.[ \t]*/[^/\n]{2,20}/|/[^/\n]{2,20}/|\.[ \t]+(?=[«\"]?[" + UPPER + r"])"
    # (Regnum's with the year, the clock and the agency after a dash: "Москва, 9 апреля 2026,
    # 11:37 — ИА Регнум. Навигация …")
    r"|(?<=\d{4}),[ \t]+\d{1,2}:\d{2}[ \t]+[—–][ \t]+[" + UPPER + r"][^\n.!?]{1,30}\."
    r"(?=[ \t]+[«\"]?[" + UPPER + r"]))",
    re.MULTILINE,
)
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri"
    r"|sat|sun|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок"
    r"|середа|четвер|п['’]ятниця|субота|неділя)\.?"
)
# What a line that is only a date may carry besides it: a field word and a weekday before, a
# time (or a span of times) and a zone after: "Friday 14 March 2025", "Published: 3 March 2025",
# "14 марта 2025 года, 15:30", "27 February 2025, 14:00–15:15 CET", "Tuesday, October 7, 2025
# – 6:00 p.m.", "18.12.2025 15:47".
_DATE_LINE_HEAD = re.compile(
    # (CBC's outlet before the field: "CBC News · Posted: Feb 09, 2025 4:00 AM EST")
    r"^[ \t*_#>]*(?:(?:(?-i:[A-Z][A-Za-z&.]*)(?:[ \t]+(?-i:[A-Z][A-Za-z&.]*)){0,3}[ \t]*[·•][ \t]*"
    r"(?=(?:Published|Posted|Updated)\b))?"
    r"(?:Published|Posted|Updated|Dated?|Delivered(?:[ \t]+on)?|Aired|Broadcast"
    r"|Recorded|Filmed|Опубликовано"
    # (Suspilne's "Дата публікації 4 лютого 2026 11:42": the field's name is two words, no
    # colon after it; kremlin.ru's closing "Дата публикации: …" field under its rubric
    # "Стенограммы" stays no date line, or the rubric would be read as the place)
    r"|Обновлено|Дата(?:[ \t]+(?:публікації|публикации)(?![ \t]*:))?|Опубліковано|Оновлено)"
    r"[ \t]*:?[ \t]*(?:on[ \t]+)?)?"
    rf"(?:{_WEEKDAY}[ \t]*,?[ \t]*)?(?:the[ \t]+)?$",
    re.IGNORECASE,
)
_TIME = (
    # (a range may mark both ends: "12:30 pm - 1:30 pm ET")
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]*[ap]\.?[ \t]?m\.?(?=[ \t]*[–—\-][ \t]*\d))?"
    r"(?:[ \t]*[–—\-][ \t]*\d{1,2}[:.]\d{2})?"
    r"(?:[ \t]*[ap]\.?[ \t]?m\.?)?"
    # (German pages' "17.02 Uhr")
    r"(?:[ \t]*Uhr\b)?"
    r"(?:[ \t]*\(?(?-i:[A-Z]{2,5})(?:[ \t]*[+\-−][ \t]*\d{1,2}(?::?\d{2})?)?\)?)?"
)
_DATE_LINE_TAIL = re.compile(
    # (nato.int leaves an empty field after it: "05 Jun. 2025 |", "08 Jul. 2026 -  |")
    rf"^(?:[ \t]*[,;·•|–—\-]?[ \t]*(?:at[ \t]+|в[ \t]+|о[ \t]+)?{_TIME})?[ \t*_.,;|–—\-]*"
    # (a page's view counter beside the date: "Опубліковано: 23.10.2025   Переглядів: 847")
    r"(?:(?:[ \t]{2,}|[ \t]*[|·•][ \t]*)(?:Переглядів|Перегляди|Просмотров|Просмотры|Views)"
    r"[ \t]*:[ \t]*\d[\d \t.,\u00a0\u202f]*)?"
    # (or its icons, views and comments: "18 февраля 2025, 09:40   👁 1 284   💬 7")
    r"(?:[ \t]{2,}(?:👁|👀|💬|🗨)\ufe0f?[ \t]*\d[\d.,\u00a0\u202f]*(?:[ \t]\d{3})*)*"
    # (and the update's field after it: "… 4:00 AM EST | Last Updated: February 9")
    r"(?:[ \t]*[|·•][ \t]*(?:Last[ \t]+)?Updated[ \t]*:?[ \t]*[A-Za-z]{3,9}\.?[ \t]+\d{1,2}"
    rf"(?:,?[ \t]+\d{{4}})?(?:[ \t]*,?[ \t]*{_TIME})?)?"
    # (gov.uk's "Delivered on:" value says what the text is: "2 June 2025 (Transcript of the
    # speech, exactly as it was delivered)", "(Original script, may differ from delivered …)")
    r"(?:[ \t]*\((?:Transcript|Original[ \t]+script|Speaker['’]s[ \t]+notes)\b[^()\n]{0,80}\))?"
    r"[ \t]*$",
    re.IGNORECASE,
)
# A court caption's right-hand column: "GREENVALE PACKAGING CORP.,      )  June 10, 2025".
_CAPTION_COLUMN = re.compile(r"^(?:[^\n]*?[ \t]{2,}|[ \t]*)\)[ \t]+(?P<right>\S[^\n]*)$")


def _date_line(line: str, text: str = "") -> str | None:
    """The ISO date of a line that is only a date (with its weekday, time and zone); an
    ambiguous slash date read day first where ``text`` is a day-first country's page."""
    found = find_date(line) or (day_first_slash_date(line, text) if text and "/" in line else None)
    if found is None:
        return None
    iso, start, end = found
    if _DATE_LINE_HEAD.match(line[:start]) and _DATE_LINE_TAIL.match(line[end:]):
        return iso
    return None


_PLACE_SEGMENT = re.compile(
    rf"{_PLACE_WORD}(?:[ \-](?:(?:de|da|das|des|del|di|do|dos|la|le|am|an|upon|sur|on)[ \-])?"
    rf"{_PLACE_WORD}){{0,3}}"
)
# Words that make a place line's part the building, not the town ("Parliament House, Canberra",
# "Council Chambers, Millbrook City Hall", "Downing Street, London", "Москва, Кремль").
_VENUE = frozenset(
    re.findall(
        r"\w+",
        "house hall halls street st road rd avenue ave square building buildings centre center "
        "palace chamber chambers room rooms office offices hotel airport base stadium embassy "
        "ministry chancellery campus university institute college school court courthouse "
        "library museum theatre theater auditorium studio studios plaza headquarters hq residence "
        "mansion lodge castle manor arena pavilion gallery forum terminal station áras capitol "
        # (a council's seat: "UN Security Council, New York", "European Council, Brussels")
        "statehouse council "
        # (a palace by its own language's word: state.gov's "Lisbon, Portugal" / "Palácio das
        # Necessidades" / the date)
        "palácio palacio palazzo palais "
        "дом дворец зал центр здание резиденция площадь улица проспект кремль",
    )
)
# The occasion a place line may name before the venue and the town.
_OCCASION = frozenset(
    re.findall(
        r"\w+",
        "day week summit ceremony festival reception dinner gala awards launch anniversary "
        "celebration commemoration breakfast luncheon",
    )
)
# A role beside a name ("Tommy Pigott, Principal Deputy Spokesperson"): the line names a person.
_ROLE = OFFICE_HEADS | frozenset(
    re.findall(
        r"\w+",
        "writer editor correspondent reporter journalist columnist contributor staff host anchor "
        "producer deputy principal officer head chief member mp founder ceo author professor "
        "analyst expert fellow adviser advisor",
    )
)


# The AP's abbreviations of the US states (and D.C.), as datelines write them: "Minn.", "N.D.".
AP_STATES = (
    r"Ala|Alaska|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Hawaii|Idaho"
    r"|Ill|Ind|Iowa|Kan|Ky|La|Maine|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y"
    r"|N\.C|N\.D|Ohio|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Texas|Utah|Vt|Va|Wash|W\.Va|Wis|Wyo|D\.C"
)


# A town in capitals and the AP's abbreviation of its US state, alone on a line ("KENOSHA,
# Wis.", "ST. PAUL, Minn.", "DES MOINES, Iowa").
_AP_TOWN_LINE = re.compile(
    r"(?P<town>[A-Z][A-Z.'’\-]*(?:[ \t][A-Z][A-Z.'’\-]*){0,3}),[ \t]+"
    rf"(?:{AP_STATES})\.?"
)


def _place_line(line: str, *, bare_words: int) -> str | None:
    """The town a line that is only a place names: "Washington, DC" -> Washington, "Parliament
    House, Canberra" -> Canberra, "The Kremlin, Moscow" -> Moscow, "Москва, Кремль" -> Москва,
    "410 Harbor Street, Millbrook, Washington" -> Millbrook, "in Berlin", "г. Гомель"; a line
    that is one name without a comma only up to ``bare_words`` words (it may be a person's)."""
    line = _plain(line).strip(" \t*_#")
    ap = _AP_TOWN_LINE.fullmatch(line)
    if ap is not None:
        # A station's dateline under its date line: "KENOSHA, Wis." -> Kenosha.
        return _capitalised(ap.group("town").strip())
    if re.fullmatch(rf"[{UPPER}][{UPPER}'’\-]+(?:[ \t]+[{UPPER}][{UPPER}'’\-]+){{0,2}}", line):
        # A town in capitals alone on its line under the date: "Monday, 9 June 2025" /
        # "SWANSEA" (read as the town it spells: a rubric, "HEALTH", is no place).
        line = _capitalised(line)
    elif re.fullmatch(
        rf"[{UPPER}][{UPPER}'’\-]+(?:[ \t]+[{UPPER}][{UPPER}'’\-]+)?,[ \t]+"
        rf"[{UPPER}][{UPPER}'’\-]+(?:[ \t]+[{UPPER}][{UPPER}'’\-]+)?",
        line,
    ):
        # … or the town and its country, a cover's capitals beside the date line: state.gov's
        # "PANAMA CITY, PANAMA" / "APRIL 10, 2025" (two words a side at most: the speaker's
        # line "MARCO RUBIO, SECRETARY OF STATE" runs longer).
        line = _capitalised(line)
    if not line or len(line.split()) > 12 or re.search(r"[!?:;\"«»“”()\[\]/@]", line):
        return None
    if (
        re.match(r"(?i:by|from|photo|фото|автор)\b", line)
        or _BOILERPLATE.match(line)
        or _TRAILING_LINE.match(line)
        # Not at a place: "Aboard Air Force One", "En Route Tokyo, Japan".
        or re.search(r"(?i:\b(?:en[ \t]+route|aboard|on[ \t]+board|onboard)\b)", line)
    ):
        return None
    # (a village's or a settlement's too: "с. Литовеж", "смт Брусилів", "пос. Лямино")
    # (a hybrid event's: "Online and at RFF, 1616 P St NW, Washington, DC")
    prefixed = re.match(
        r"(?:(?i:online|virtual(?:ly)?)[ \t]+(?:and|&)[ \t]+(?=in|at))?"
        r"(?:in|at|г\.|м\.|гор\.|с\.|смт\.?|пос\.|сел\.)[ \t]*(?=[" + UPPER + r"])",
        line,
    )
    if prefixed:
        line = line[prefixed.end() :]
    elif re.search(r"[ \t][-–—|][ \t]", line):
        # "Joint press conference - Parliament House, Canberra": the place after the title.
        line = re.split(r"[ \t][-–—|][ \t]", line)[-1]
        if "," not in line:
            return None
    parts = [p.strip() for p in line.split(",")]
    parts = [p for p in parts if p]
    if not parts or len(parts) > 5:
        return None
    if len(parts) >= 3 and re.fullmatch(r"[A-Z]{2,6}", parts[0]) and re.match(r"\d", parts[1]):
        # An institution's acronym before its street address and town: "RUSI, 61 Whitehall,
        # London" (the premises, no town).
        parts = parts[1:]
    elif len(parts) >= 3 and _STREET_NUMBERED.fullmatch(parts[1]):
        # … or its name in full: "German Marshall Fund, 1744 R Street NW, Washington, DC" (the
        # premises before the street address; the town follows it).
        parts = parts[1:]
    if len(parts) == 1 and not prefixed and len(parts[0].split()) > bare_words:
        return None
    if len(parts) == 2 and (
        _RU_BYLINE_PERSON.fullmatch(parts[0]) is not None
        or _MASCULINE_GIVEN_PAIR.fullmatch(parts[0]) is not None
    ):
        # Kommersant's regional byline: "Ольга Никитина, Архангельск" — the correspondent, then
        # her town (a surname's ending, the given name no adjective as a town's first word is).
        # Ukrinform's: "Ярослав Кучер, Ужгород" (a man's given name before a surname of no
        # telling ending).
        parts = parts[1:]
    if len(parts) == 2 and re.match(r"The[ \t]+[A-Z]", parts[0]):
        # A town whose name opens on "The" over its country, "the" in lower case before it:
        # ICC's "The Hague, the Netherlands" (a building so named stands over its town, "The
        # Kremlin, Moscow", never over the country alone).
        from rhetoscope.structure.header import _country_names  # (header imports this module)

        country = re.sub(r"^the[ \t]+", "", parts[1].rstrip("."))
        if (
            len(parts[0].split()) == 2
            and _segment_kind(parts[0]) == "venue"
            and not any(w.lower() in _VENUE for w in parts[0].split())
            and country != parts[1].rstrip(".")
            and fold(country) in _country_names()
        ):
            return parts[0]
    place = None
    for part in parts:
        kind = _segment_kind(part)
        if kind is None:
            return None
        if kind == "place" and place is None:
            place = part
    return place


# A numbered street address: "1744 R Street NW", "1616 P St NW".
_STREET_NUMBERED = re.compile(
    r"\d{1,5}[A-Za-z]?[ \t]+(?:[A-Z][\w.'’\-]*[ \t]+){0,3}"
    r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Place|Pl\.?|Drive|Dr\.?|Lane"
    r"|Square|Sq\.?|Way|Court|Ct\.?)(?:[ \t]+(?:NW|NE|SW|SE|N|S|E|W))?"
)


_RU_BYLINE_PERSON = re.compile(
    # (a given name in -ий is common, "Дмитрий", "Андрій"; a town's adjective in -ий is
    # followed by no surname's ending: "Нижний Новгород", "Кривий Ріг")
    r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?<!ый)(?<!ой)(?<!ая)(?<!яя)(?<!ое)(?<!ее)(?<!ие)(?<!ые)"
    r"(?<!кий)(?<!кій)(?<!ні)(?<!ла)[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+"
    r"(?:ова|ева|ёва|ина|ына|ская|цкая|ов|ев|ёв|ин|ын|ский|цкий|енко|ук|юк|чук|ич|іч|ська|цька)"
)


# A Cyrillic man's given name and a surname: the first word closes on a consonant ("Ярослав",
# "Олег", "Іван"), as a two-word town's first word never does — that is an adjective
# ("Нижний", "Кривий", "Біла") or a possessive in -ов/-ев/-ин ("Сергиев Посад").
_MASCULINE_GIVEN_PAIR = re.compile(
    r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]{2,}[бвгґджзклмнпрстфхцчшщ](?<!ов)(?<!ев)(?<!ёв)(?<!ин)(?<!ын)"
    r"(?<!їв)(?<!ів)[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]{2,}"
)


_STREET_WORD = re.compile(
    r"(?<![а-яёіїєґА-ЯЁІЇЄҐ])(?:бульвар|улица|ул\.|проспект|пр-т|переулок|пер\.|площадь|пл\."
    r"|набережная|шоссе|вулиця|вул\.|провулок|площа|набережна|узвіз)(?![а-яёіїєґ])"
)


def _segment_kind(part: str) -> str | None:
    """ "place", "venue", "other" (a street address, a state's letters, "and online") or None
    when the part is no piece of an address."""
    part = part.rstrip(".")  # "Washington, D.C.", "Washington, DC."
    words = part.split()
    low = [w.lower().strip(".'’") for w in words]
    if re.fullmatch(r"(?i:(?:and|or)[ \t]+)?(?i:online|virtual(?:ly)?)", part):
        return "other"
    if re.fullmatch(r"[A-Z]{2,3}|(?:[A-Z]\.[ ]?){1,2}[A-Z]", part):
        return "other"  # "DC", "D.C.", "NY"
    # The region after the town: "Ново-Огарёво, Московская область", "Moscow Region".
    if re.fullmatch(
        rf"[{UPPER}][{LOWER}\-]+[ \t]+(?:область|обл\.|край|округ|район|регион|region|oblast)",
        part,
        re.IGNORECASE,
    ):
        return "other"
    # A Russian or Ukrainian street after the town: "Москва, Зубовский бульвар, 4" (the press
    # centre's address), "Київ, вулиця Хрещатик, 22", "ул. Тверская".
    if len(words) <= 4 and _STREET_WORD.search(part) is not None:
        return "other"
    if any(w in _ROLE for w in low):
        return None
    if re.search(r"\d", part):
        return "other" if len(words) <= 6 and find_date(part) is None else None
    # An oral history's recording place, a family's home before the town: "Ybarra residence,
    # Visalia, California", "the Okafor family home".
    if (
        len(words) <= 4
        and low[-1] in _VENUE | {"home", "farm", "ranch"}
        and words[-1].islower()
        and all(w[:1].isupper() or w in ("the", "family") for w in words[:-1])
    ):
        return "venue"
    # An international body's seat before its town: "United Nations, New York".
    if re.fullmatch(r"(?:the[ \t]+)?(?:United[ \t]+Nations|UN|NATO|European[ \t]+Union)", part):
        return "venue"
    if not _PLACE_SEGMENT.fullmatch(part):
        return None
    if low[0] == "the" or any(w in _VENUE for w in low):
        return "venue"
    if low[-1] in _OCCASION:
        return "other"  # "Volunteer Recognition Day, Government House, Canberra"
    return "place" if _place_like(part) and len(part) >= 3 else None


# A post or a title right before a name: "Ukrinform correspondent Olena Kravets", "Dr Jane Roe".
_PERSON_BEFORE = (
    r"(?:correspondent|reporter|journalist|editor|writer|columnist|host|anchor|minister|mayor"
    r"|governor|ambassador|spokesperson|spokesman|spokeswoman|Mr|Mrs|Ms|Dr|Prof)\.?"
)


def _labelled_elsewhere(place: str, text: str) -> bool:
    """ "Jane Smith" written as a speaker's label ("Jane Smith:", "SMITH:") is a person; so is
    a signature's "Olena Kravets, Kyiv" whose name the text gives a post ("Ukrinform
    correspondent Olena Kravets")."""
    last = place.split()[-1]
    return (
        re.search(rf"(?m)^[ \t*]*{re.escape(place)}[ \t*]*:", text) is not None
        or re.search(rf"(?m)^[ \t*]*{re.escape(last.upper())}[ \t*]*:", text) is not None
        # (or the surname alone in its own case: "Дмитрий Песков" under TASS's date lines,
        # "Песков:" answering below)
        or (
            len(place.split()) >= 2
            and re.search(rf"(?m)^[ \t*]*{re.escape(last)}[ \t*]*:", text) is not None
        )
        # (a label with a title before the name: "Prime Minister Jonas Kask:")
        or (
            len(place.split()) >= 2
            and re.search(rf"(?m)^[^\n:]{{0,40}}\b{re.escape(place)}[ \t*]*:", text) is not None
        )
        or (
            len(place.split()) >= 2
            and re.search(rf"\b{_PERSON_BEFORE}[ \t]+{re.escape(place)}\b", text) is not None
        )
    )


# A separator or an update stamp between a cover's date line and its place line.
_STAMP_BETWEEN = re.compile(
    r"[ \t]*(?:[|·•\-–—/]|(?:Last[ \t]+)?[Uu]pdated[ \t]*:?[ \t]+[^\n]{0,20}\d{4}[^\n]{0,12}"
    # (a municipal news page's view counter: "14 марта 2025, 18:40" / "Просмотров: 312" /
    # "Заречный")
    r"|(?:Просмотров|Просмотры|Переглядів|Перегляди|Views)[ \t]*:?[ \t]*\d[\d \t]*)"
    r"[ \t]*"
)


# Two capitalised words alone on a line: a byline's "Jane Roe", a town's "Abu Dhabi".
_TWO_CAPITALISED = re.compile(rf"[ \t]*[{UPPER}][{LOWER}'’\-]+[ \t]+[{UPPER}][{LOWER}'’\-]+[ \t]*")
# A trip's series line: "Рабочая поездка Михаила Мишустина в Республику Татарстан".
_TRIP_LINE = re.compile(
    r"(?:Рабочая|Робоча)[ \t]+(?:поездка|поїздка)[ \t]+[^\n.!?]{3,120}$"
    r"|(?:Рабочий|Робочий|Официальный|Офіційний)[ \t]+визит[ \t]+[^\n.!?]{3,120}$"
)


def _place_by_date_line(
    lines: list[str], iso: str, *, trailer: bool, text: str, header: str = ""
) -> str | None:
    """The place on its own line next to a line that is only the document's date: above it
    ("Washington, DC" / "June 12, 2025"; a closing "New Delhi" / "January 16, 2025"), or below
    it ("14 марта 2025 года, 15:30" / "Москва, Кремль"), a venue line between
    ("Council Chambers, Millbrook City Hall" / "410 Harbor Street, Millbrook, Washington")."""
    for i, line in enumerate(lines):
        # (or the video page's summary opened by the date, see _DATE_LED_SUMMARY)
        led = _DATE_LED_SUMMARY.match(line) is not None and (find_date(line) or ("",))[0] == iso
        if _date_line(line, text) != iso and not led:
            continue
        candidates: list[tuple[str, int]] = []
        if i > 0:
            # Ukrinform's byline block: the author, the town, the date ("Ірина Ковальчук" /
            # "Київ" / "16.07.2025 10:00"): one word between a person's name and the date.
            bylined = (
                not trailer
                and i > 1
                and re.fullmatch(
                    rf"[ \t]*[{UPPER}][{LOWER}'’\-]+[ \t]+[{UPPER}][{LOWER}'’\-]+[ \t]*",
                    lines[i - 2],
                )
                is not None
                # (a hyphenated town's parts capitalised: "Івано-Франківськ")
                and re.fullmatch(
                    rf"[ \t]*[{UPPER}][{LOWER}'’\-]+(?:-[{UPPER}][{LOWER}'’]+)?[ \t]*", lines[i - 1]
                )
                is not None
            )
            # A regional site's town over its date line ("Главная / Новости / Город" /
            # "Иркутск" / "14 марта 2025, 10:15"): one word the text names again ("в Иркутском
            # зоосаде"), never a rubric its menu lines carry ("Город").
            # (Cyrillic only: an English page's section sits there, "Semafor" / "Africa" / date)
            town_over = (
                not trailer
                and re.fullmatch(r"[ \t]*[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+[ \t]*", lines[i - 1]) is not None
                and lines[i - 1].strip() not in lines[0]
                and _named_again(lines[i - 1].strip(), text, lines[i - 1])
                and not _rubric_word(lines[i - 1].strip(), lines[: i - 1])
            )
            # The National's byline block sets a town of two words so ("Jane Roe" / "Abu
            # Dhabi" / "Feb 26, 2025"), a town the text names again ("Masdar, Abu Dhabi's …").
            two_word_town = (
                not trailer
                and i > 1
                and _TWO_CAPITALISED.fullmatch(lines[i - 2]) is not None
                and _TWO_CAPITALISED.fullmatch(lines[i - 1]) is not None
                and lines[i - 1].strip() not in lines[0]
                and _named_again(lines[i - 1].strip(), text, lines[i - 1])
                and not _rubric_word(lines[i - 1].strip(), lines[: i - 1])
            )
            candidates.append(
                (
                    lines[i - 1],
                    2 if two_word_town else 1 if bylined or town_over else 3 if trailer else 0,
                )
            )
            # NATO's scrape breaks the title's place off onto a line of its own, its comma
            # leading: "Joint press conference by … Ulf Kristersson" / ", Stockholm" / date.
            broken = re.match(r"[ \t]*,[ \t]*(?=\S)", lines[i - 1])
            if not trailer and broken is not None:
                candidates.append((lines[i - 1][broken.end() :], 1))
            if not trailer and i > 1 and _DOCUMENT_KIND_LINE.fullmatch(lines[i - 1]) is not None:
                # A minister's site sets the document's kind between: "Doorstop interview –
                # Stanley, Tasmania" / "Transcript" / "Thursday 10 April 2025".
                candidates.append((lines[i - 2], 0))
            if not trailer and i > 1 and _venue_line(lines[i - 1]):
                # state.gov abroad sets the venue between the town and the date: "Tallinn,
                # Estonia" / "Radisson Collection Hotel" / "April 8, 2026".
                candidates.append((lines[i - 2], 0))
            if not trailer and i > 1 and _host_body_under_town(lines[i - 2], lines[i - 1]):
                # (or the host's body, named for the country the town line closes on:
                # "Ottawa, Canada" / "Global Affairs Canada" / "February 19, 2026")
                candidates.append((lines[i - 2], 0))
        if (
            not trailer
            and i + 2 < len(lines)
            and (
                _AUTHORS_LINE.fullmatch(lines[i + 1]) is not None
                # (or one author, a given name and a surname, over a one-word town that is no
                # rubric of the site's menu: "14.02.2026 10:30" / "Yuliia Horodnia" / "Kyiv")
                or (
                    _TWO_CAPITALISED.fullmatch(lines[i + 1]) is not None
                    and re.fullmatch(rf"[ \t]*[{UPPER}][{LOWER}]{{2,}}[ \t]*", lines[i + 2])
                    is not None
                    and not _rubric_word(lines[i + 2].strip(), lines[:i])
                    and lines[i + 2].strip() not in lines[i + 1]
                    # (the lead or a blank line follows the town, never a record's clock: a
                    # Hansard's "Oral Questions" / "Finance" / "(1415)" are headings)
                    and (
                        i + 3 >= len(lines)
                        or not lines[i + 3].strip()
                        or len(lines[i + 3].split()) >= 8
                    )
                )
            )
            # (the town alone on the next line: "United Nations, New York" over "Duration: …"
            # closes a title, no byline)
            and _LONE_TOWN.fullmatch(lines[i + 2]) is not None
        ):
            # Ukrinform English's byline block under the date: the authors, then the town
            # ("14.03.2025 12:40" / "Iryna Dovzhenko, Oleh Verba" / "Kyiv"): the names are no
            # place, the town below them is.
            candidates.append((lines[i + 2], 1))
        elif i + 1 < len(lines):
            # Hansard's debate title set flush between the sitting's date and its volume line,
            # which dates it again ("Monday 8 September 2025" / "Ukraine" / "Volume 772:
            # debated on Monday 8 September 2025"): a heading, no place. (A stenogram's town
            # stands apart, blank lines round it: "16 апреля 2025 г." / "" / "Москва".)
            if (
                trailer
                or i + 2 >= len(lines)
                or len(lines[i + 2].split()) > 12
                or (find_date(lines[i + 2]) or ("",))[0] != iso
                or "\n".join(lines[i : i + 3]) not in text
            ):
                candidates.append((lines[i + 1], 3 if trailer else 1))
            # government.ru's town of two words alone under the date, an adjective first, that
            # the text names again ("2 июля 2025" / "Нижний Новгород" / … ГТРК «Нижний
            # Новгород» …): no person's given name.
            if (
                not trailer
                and _ADJECTIVAL_TOWN.match(lines[i + 1]) is not None
                and _named_again(lines[i + 1].strip(), text, lines[i + 1])
            ):
                candidates.append((lines[i + 1], 2))
            # kremlin.ru sets the time on a line of its own between: "28 ноября 2025 года" /
            # "15:05" / "Астана".
            if i + 2 < len(lines) and re.fullmatch(_TIME, lines[i + 1].strip(), re.I):
                candidates.append((lines[i + 2], 3 if trailer else 1))
            # en.kremlin.ru's scrape glues that time to the place: "May 14, 2025" /
            # "15:20The Kremlin, Moscow".
            glued = re.match(r"[ \t]*\d{1,2}:\d{2}(?=[A-ZА-ЯЁІЇЄ])", lines[i + 1])
            if glued is not None:
                candidates.append((lines[i + 1][glued.end() :], 3 if trailer else 1))
            if i + 2 < len(lines) and _venue_line(lines[i + 1]):
                candidates.append((lines[i + 2], 0))
            # A statement's caveat between: "Date: 15.04.2025" / "Check against delivery" /
            # "Security Council Stakeout, United Nations Headquarters, New York".
            if (
                not trailer
                and i + 2 < len(lines)
                and _DELIVERY_CAVEAT.fullmatch(lines[i + 1]) is not None
            ):
                candidates.append((lines[i + 2], 1))
            # government.ru files a trip's stories under the trip's own line, the town below
            # it: "20 февраля 2025" / "Рабочая поездка Михаила Мишустина в Республику
            # Татарстан" / "Набережные Челны".
            if (
                not trailer
                and i + 2 < len(lines)
                and _TRIP_LINE.match(lines[i + 1].strip()) is not None
            ):
                # (a town of two words opens with an adjective, "Набережные Челны", "Нижний
                # Новгород": no person's given name)
                adjectival = _ADJECTIVAL_TOWN.match(lines[i + 2])
                candidates.append((lines[i + 2], 2 if adjectival else 1))
            # NATO sets its update stamp between, after a bar: "12 Feb. 2025 -" / "|" / "Last
            # updated: 12 Feb. 2025 17:48" / "Warsaw, Poland".
            j = i + 1
            while j < min(len(lines), i + 4) and _STAMP_BETWEEN.fullmatch(lines[j]) is not None:
                j += 1
            if i + 1 < j < len(lines):
                candidates.append((lines[j], 3 if trailer else 1))
        for candidate, bare_words in candidates:
            place = _place_line(candidate, bare_words=bare_words)
            if place is None or _labelled_elsewhere(place, text):
                continue
            if not trailer and place == _plain(lines[0]).strip(" \t*_#"):
                continue  # the site's name again under the date ("Укрінформ" / … / "Укрінформ")
            if _news_outlet(place):
                continue  # the agency's Latin name as its author line ("20.05.2025" / "Ukrinform")
            if (
                not trailer
                and candidate.strip() == place
                and _menu_item(place, lines[:i])
                # (a town the menu carries too, "Новини • Одеса • Інтерв'ю", the text names)
                and not any(
                    place[: max(3, len(place) - 1)] in ln and len(ln.split()) > 8 for ln in lines
                )
            ):
                # The section's word under the date, which the menu line above carries too
                # (Ukrinform: "Головне   Війна   …   Інтерв'ю" / … / "20.03.2025 09:30" /
                # "Інтерв'ю"): a rubric, no town.
                continue
            if trailer and "," not in candidate and " " in place and place in header:
                continue  # a signature ("Statement by Jane Smith" … "Jane Smith" / date)
            byline = _AUTHOR_AND_TOWN.fullmatch(_plain(candidate))
            if (
                not trailer
                and byline is not None
                and place == byline.group("who")
                and _ADJECTIVAL_TOWN.match(byline.group("who")) is None
                and text.count(byline.group("who")) == 1
                and _named_again(byline.group("town"), text, candidate)
            ):
                # Ukrinform's byline block on one line over the date ("Наталія Коваль, Львів" /
                # "27.01.2026 09:45"): a name the text never repeats, then a town it names again
                # ("у Львові"), is the author and her town.
                return byline.group("town")
            if not trailer and "," in candidate and _signed_again_below(candidate, text):
                # The author's line under the date, signed again under the text ("Ірина
                # Гаврилюк, Київ" twice): a person and her town, never a place "Ірина Гаврилюк".
                continue
            return place
    return None


# A Cyrillic byline line, a person's two names and a one-word town: "Наталія Коваль, Львів".
_AUTHOR_AND_TOWN = re.compile(
    r"[ \t]*(?P<who>[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+),[ \t]*"
    r"(?P<town>[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+)[ \t]*"
)


# The page's caveat over a statement's text: "Check against delivery", "As delivered".
_DELIVERY_CAVEAT = re.compile(
    r"(?i)[ \t\[(*_\"“]*(?:(?:please[ \t]+)?check[ \t]+against[ \t]+delivery"
    r"|as[ \t]+(?:delivered|prepared(?:[ \t]+for[ \t]+delivery)?))[.!]?[\])*_\"”]*[ \t]*"
)


# A byline of two authors or more, full names parted by commas or a conjunction: "Iryna
# Dovzhenko, Oleh Verba", "Ірина Ковальчук та Олег Верба".
_AUTHOR_NAME = rf"[{UPPER}][{LOWER}'’\-]+[ \t]+[{UPPER}][{LOWER}'’\-]+"
_LONE_TOWN = re.compile(rf"[ \t]*[{UPPER}][{LOWER}'’\-]+(?:[ \t][{UPPER}][{LOWER}'’\-]+)?[ \t]*")
_AUTHORS_LINE = re.compile(
    rf"[ \t]*{_AUTHOR_NAME}(?:[ \t]*(?:,|&|[ \t](?:and|та|і|и))[ \t]*{_AUTHOR_NAME})+[ \t]*"
)


# A cover's line that only says what kind of document it is: "Transcript", "Media release".
_DOCUMENT_KIND_LINE = re.compile(
    r"[ \t]*(?:Transcript|Media[ \t]+release|Press[ \t]+release|Speech|Joint[ \t]+statement"
    r"|Стенограмма|Стенограма)[ \t]*"
)


def _signed_again_below(line: str, text: str) -> bool:
    """Whether ``line`` stands again as a line of its own near the end of ``text``: the
    author's signature, a person's name before her town."""
    own = line.strip()
    tail = text[-2000:]
    return (
        bool(own)
        and re.search(rf"(?m)^[ \t]*{re.escape(own)}[ \t]*$", tail) is not None
        # (on a short page the tail holds the line under the date itself)
        and text.count(own) >= 2
    )


# What may sit between a date and the place that closes its line: the year's word, a time,
# separators ("14 марта 2025 г. 11:42, Ярославль", "15 жовтня 2025 року, 20:15 | Суми",
# "27 июня 2025 года 18:35 Минск", "18.09.2024 | 14:25 | Комрат").
_YEAR_WORD = r"(?:[ \t]*(?:года|року|г\.|р\.))?"
_AFTER_DATE_TIME = re.compile(
    rf"^{_YEAR_WORD}(?P<sep1>[ \t]*[,|·•]?[ \t]*)(?P<time>{_TIME}[ \t]*[,|·•]?[ \t]*)?"
    r"(?P<rest>[^\n]*)$",
    re.IGNORECASE,
)
# A place opening the line of the date: "Київ, 28 жовтня 2025 року", "Brussels, 26 June 2025",
# "Kyiv, 5 June 2025. Foreign Minister …", "📍 Київ, 7 листопада 2024 року", a weekday between
# ("Athens, Tuesday, 18 March 2025"), a town's abbreviation before ("м. Хмільник, 7 березня").
_PLACE_OPENS_DATE = re.compile(
    rf"^[ \t*_]*(?:📍[ \t]*)?(?:(?:м|г|с|смт)\.[ \t]*)?(?P<place>{_PLACE})[ \t]*,[ \t]*"
    rf"(?:(?i:{_WEEKDAY})[ \t]*,?[ \t]*)?$"
)
_AFTER_OPENING_PLACE = re.compile(rf"^{_YEAR_WORD}[ \t*_]*(?:$|[.–—\-][ \t]|\.$)")
# A title's last fields, the place between two commas before its closing date: "Интервью …
# телеканалу НТВ …, Москва, 2 ноября 2025 года".
_TITLE_CLOSING_PLACE = re.compile(rf"\S[ \t]*,[ \t]*(?P<place>{_PLACE})[ \t]*,[ \t]*$")
# The town in capitals, its weekday after it: a parliament's record "OTTAWA, Thursday, March
# 20, 2025" under the issue's dated title.
_CAPS_PLACE_OPENS_DATE = re.compile(
    rf"^[ \t*_]*(?P<place>(?:[{UPPER}]{{4,}}|[{UPPER}]{{2,}}(?=[ \-][{UPPER}]))"
    rf"(?:[ \-][{UPPER}]{{2,}}){{0,2}})[ \t]*,[ \t]*(?:(?i:{_WEEKDAY})[ \t]*,?[ \t]*)?$"
)


# A venue's name, its particles lower-case, then its town after a comma: "Palais des Nations,
# Geneva", "Kensington Town Hall, London".
_VENUE_COMMA_TOWN = re.compile(
    rf"[ \t]*[{UPPER}][{LOWER}]+(?:[ \t]+(?:(?:des|de|du|of|the|la|le)[ \t]+)?[{UPPER}][{LOWER}]+)"
    rf"{{1,4}}[ \t]*,[ \t]*(?P<town>[{UPPER}][{LOWER}]+)[ \t]*"
)


def _venue_town_under_dated_title(lines: list[str], iso: str, text: str) -> str | None:
    """The town of the venue line right under a title that closes on the document's date after
    a dash ("UN Geneva Press Briefing – 10 February 2026" / "Palais des Nations, Geneva")."""
    for i, line in enumerate(lines[:-1]):
        dated = find_date(line)
        if dated is None or dated[0] != iso or line[dated[2] :].strip(" \t*_."):
            continue
        if not re.search(r"[ \t][–—\-][ \t]*$", line[: dated[1]]):
            continue
        venue = _VENUE_COMMA_TOWN.fullmatch(lines[i + 1])
        town = venue.group("town") if venue is not None else None
        if town is not None and _place_like(town) and not _labelled_elsewhere(town, text):
            return _place_line(town, bare_words=1)
    return None


def _place_on_date_lines(lines: list[str], iso: str, text: str) -> str | None:
    """The place on any cover line that carries the document's date, where a site prints the
    date twice (in the title and on its dateline) and the first one has no place beside it:
    "Київ, 28 жовтня 2025 року" under "Брифінг … (28 жовтня 2025 р.)", "16 апреля 2025 года
    14:20 Москва, Кремль", "March 14, 2025 | New Delhi" is not read (a "|" without a time
    more often leads to the site's section: "June 5, 2025 | Immigration")."""
    for line in lines:
        for m in DATE_RE.finditer(line):
            if parse_date(m) != iso:
                continue
            before, after = line[: m.start()], line[m.end() :]
            # Ukrinform's dateline with no comma, the town alone before a numeric date and its
            # time ("Київ 18.02.2026 12:30"): a town the text names again ("Київський
            # метрополітен"), never a stamp's word ("Обновлено 11.05.2025 21:15").
            bare = re.fullmatch(rf"[ \t*_]*(?P<place>{_PLACE_WORD})[ \t]+", before)
            if (
                bare is not None
                and re.fullmatch(r"\d{1,2}\.\d{2}\.\d{4}", m.group(0))
                and re.fullmatch(r"[ \t]+\d{1,2}:\d{2}[ \t*_]*", after)
                and _place_like(bare.group("place"))
                and _named_again(bare.group("place"), text, line)
                and not _labelled_elsewhere(bare.group("place"), text)
            ):
                return bare.group("place")
            opening = _PLACE_OPENS_DATE.match(before)
            caps = _CAPS_PLACE_OPENS_DATE.match(before)
            if (
                caps is not None
                and _AFTER_OPENING_PLACE.match(after)
                and caps.group("place") not in INSTITUTION_ACRONYMS
            ):
                town = _capitalised(caps.group("place"))
                if _place_like(town) and not _labelled_elsewhere(town, text):
                    return town
                continue
            if opening and _AFTER_OPENING_PLACE.match(after):
                place = opening.group("place")
                if _place_like(place) and not _labelled_elsewhere(place, text):
                    return place
                continue
            closing = _TITLE_CLOSING_PLACE.search(before)
            if (
                closing is not None
                and re.search(r"(?:года|року)$", m.group(0))
                and not after.strip(" \t*_.")
                and _place_like(closing.group("place"))
                and not _labelled_elsewhere(closing.group("place"), text)
            ):
                # A Russian title closing on ", Москва, 2 ноября 2025 года" under the page's
                # own stamp ("2 ноября 2025 19:05" / "11.12.2025"), the first date read.
                return closing.group("place")
            if not _DATE_LINE_HEAD.match(before):
                continue
            tail = _AFTER_DATE_TIME.match(after)
            if tail is None or not tail.group("rest").strip(" \t*_.,;|·•"):
                continue
            # ("Posted on March 3, 2025 in Immigration" is a blog's category: a lower-case
            # word after the date is no dateline's)
            if re.match(r"[ \t*_]*(?!(?:м|г|гор|с|смт|пос)\.)[a-zа-яёіїєґ]", tail.group("rest")):
                continue
            # (a page's counters after the place say nothing: "| Великий Новгород | 👁 958")
            # ("| Ковель | Переглядів: 1 412": the counter's word before its number)
            rest = re.sub(
                r"(?:[ \t]*[|·•][ \t]*(?i:(?:Переглядів|Перегляди|Просмотров|Просмотры|Views)"
                r"[ \t]*:?[ \t]*)?[^\w\n]*[\d \t.,\u00a0\u202f]+)+$",
                "",
                tail.group("rest"),
            )
            piped = "|" in tail.group("sep1") + (tail.group("time") or "")
            if tail.group("time") and re.search(r"[ \t][·•][ \t]", rest):
                # "17 квітня 2024, 14:20 · Луцьк · 👁 2 361": the place, then the page's counters.
                rest = re.split(r"[ \t][·•][ \t]", rest)[0]
            elif piped and not tail.group("time") and "|" not in rest:
                # "14 March 2024 | Muscat" only when the text says it again ("We met him in
                # Muscat", "У Луцьку"): else it is as often the site's section ("| Immigration").
                # (or a venue follows the town after a comma: "19 мая 2026 | Москва, Дом
                # Правительства" — no section is so sited)
                venue = rest.strip(" \t*_").partition(",")[2]
                sited = bool(venue.strip()) and _segment_kind(venue.strip()) == "venue"
                if not sited and not _named_again(rest.strip(" \t*_"), text, line):
                    continue
            elif (piped and not tail.group("time")) or "|" in rest:
                continue
            # "4 March 2025 Brussels": a date and a bare place of one or two words on one line.
            one_line = not tail.group("time") and not tail.group("sep1").strip() and "," not in line
            if one_line and len(tail.group("rest").split()) > 2:
                continue
            # (a dash before the place after a time: "8:12 a.m. ET — Washington")
            place = _place_line(rest.strip(" \t*_|·•–—"), bare_words=3)
            if place is not None and not _labelled_elsewhere(place, text):
                return place
    return None


def _menu_item(word: str, above: list[str]) -> bool:
    """``word`` is an item of a flattened menu line above, three items at least ("Головне
    Війна   Політика   Інтерв'ю"): the site's section (a site's name, "Дніпро Оперативний",
    over a town's line is none)."""
    return any(
        len(items := _NAV_SPLIT.split(_plain(ln).strip())) >= 3
        and word in (it.strip() for it in items)
        for ln in above
    )


def _rubric_word(word: str, above: list[str]) -> bool:
    """``word`` is one of the site's sections: a menu or breadcrumb line above carries it
    ("Главная / Новости / Город", "Новости   Экономика   Агро   Общество")."""
    pattern = rf"(?<![{LETTER}]){re.escape(word)}(?![{LETTER}])"
    return any(re.search(pattern, ln) for ln in above if _nav_line(ln))


# A district's name on a line of its own ("Ишимский район", "Бучанський район"): its form says
# it is a place, never a rubric's.
_DISTRICT_LINE = re.compile(
    rf"[ \t]*(?P<place>[{UPPER}][{LOWER}\-]+(?:ий|ый|ой|ський|цький|зький)[ \t]+"
    r"(?:район|округ|муниципальный[ \t]+округ|громада))[ \t]*"
)
# A correspondent's byline line: a given name and a surname, the surname often in capitals
# ("Елена ТИМОХИНА", "Ірина Ковальчук").
# (Cyrillic only: an English cover's "Oral Questions" / "Finance" is a heading over a rubric.)
_BYLINE_NAME = re.compile(
    r"[ \t]*[А-ЯЁІЇЄҐ][а-яёіїєґ]+[ \t]+[А-ЯЁІЇЄҐ][А-ЯЁІЇЄҐа-яёіїєґ'’\-]+[ \t]*"
)


def _place_near_dated_cover(lines: list[str], iso: str, text: str) -> str | None:
    """Below a cover's date line (within four lines, before the lead): a district's line
    ("18 июля 2025, 09:30" / headline / "Ишимский район"), a town's line right under the
    headline, named again in the text ("04.02.2025" / headline / "Vilnius"), or a one-word town
    right under the correspondent's byline that the text names again ("05.02.2025 08:40" /
    headline / "Елена ТИМОХИНА" / "Тросна", "в Тросне")."""
    for i, line in enumerate(lines):
        if _date_line(line, text) != iso:
            continue
        # An agency's dateline row under its date line: the town, a bullet, the agency's name
        # as its masthead prints it ("29.01.2026 12:40" / "Київ • Укрінформ", the masthead
        # "Укрінформ"), the town named again in the text ("у Києві").
        signed = (
            re.fullmatch(
                rf"[ \t]*(?P<place>{_PLACE_WORD})[ \t]+[•·][ \t]+(?P<who>[^\n•·]+?)[ \t]*",
                lines[i + 1],
            )
            if i + 1 < len(lines)
            else None
        )
        if (
            signed is not None
            and signed.group("who") == lines[0].strip()
            and _place_like(signed.group("place"))
            and _named_again(signed.group("place"), text, lines[i + 1])
            and not _labelled_elsewhere(signed.group("place"), text)
        ):
            return signed.group("place")
        # (a site's name row may stand between the date and the headline, its parts apart by a
        # spaced bar: "16.04.2026 11:45" / "Мэрия города Новосибирска  |  Официальный сайт" /
        # headline / "Новосибирск")
        h = i + 2 if i + 2 < len(lines) and re.search(r"[ \t]\|[ \t]", lines[i + 1]) else i + 1
        word = lines[h + 1].strip() if h + 1 < len(lines) else ""
        if (
            h + 1 < len(lines)
            and len(lines[h].split()) >= 5
            and not re.search(r"[.!?…][\"”»’')]*[ \t]*$", lines[h])
            and re.fullmatch(rf"[{UPPER}][{LOWER}'’\-]+(?:[ \t][{UPPER}][{LOWER}'’\-]+)?", word)
            and _place_line(word, bare_words=2) == word
            and _named_again(word, text, lines[h + 1])
            and not _labelled_elsewhere(word, text)
            and not _rubric_word(word, lines[:i])
            and word not in lines[h]
        ):
            # A ministry's cover: the date, the headline, then the town on its own line
            # ("04.02.2025" / "Joint press conference of … and …" / "Vilnius"), named
            # again in the text ("welcome to Vilnius"); never a word of the headline.
            return word
        for j in range(i + 1, min(len(lines), i + 5)):
            if _town_under_lead(lines, i, j, text):
                # president.gov.ua's town on a line of its own under the lead, right over the
                # first label ("11 квітня 2025 - 18:20" / "Президент … відповів на запитання
                # журналістів." / "Ужгород" / "Питання: … Суспільне Ужгород, …").
                return lines[j].strip()
            if len(lines[j].split()) > 15:
                if j + 1 < len(lines) and _town_under_lead(lines, i, j + 1, text):
                    return lines[j + 1].strip()
                break  # the lead
            district = _DISTRICT_LINE.fullmatch(lines[j])
            if district is not None:
                return district.group("place")
            word = lines[j].strip()
            if (
                re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+", word)
                and _BYLINE_NAME.fullmatch(lines[j - 1])
                and _place_like(word)
                and _named_again(word, text, lines[j])
                and not _labelled_elsewhere(word, text)
                and not _rubric_word(word, lines[:i])
            ):
                return word
        return None
    return None


_NEAR_COVER_LINES = 12


def _town_under_lead(lines: list[str], date_at: int, j: int, text: str) -> bool:
    """Is the cover's line ``j`` one Cyrillic town alone, the last line over the first label,
    right under the lead (a sentence of eight words or more below the date line), named again
    in the text?"""
    word = lines[j].strip()
    return (
        j == len(lines) - 1
        and len(lines) < _NEAR_COVER_LINES  # (the whole cover read: the first label next)
        and j - 1 > date_at
        and len(lines[j - 1].split()) >= 8
        and re.search(r"[.!…][\"”»’')]*[ \t]*$", lines[j - 1]) is not None
        and re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+", word) is not None
        and _place_like(word)
        and _named_again(word, text, lines[j])
        and not _labelled_elsewhere(word, text)
        and not _rubric_word(word, lines[:date_at])
    )


# A Russian regional paper's town opening the lead with a full stop: "Тула. Как областная
# больница …" (the lead's first word, named again in the text: "в Рязани и Туле").
_LEAD_TOWN = re.compile(
    r"^[ \t]*(?P<place>[А-ЯЁІЇЄҐ][а-яёіїєґ]+(?:-[А-ЯЁІЇЄҐ]?[а-яёіїєґ]+)*)\.[ \t]+"
    r"(?=[«\"]?[А-ЯЁІЇЄҐ])"
)


def _lead_town(region: str, text: str) -> str | None:
    """The town opening the header's first long line (a lead of 15 words or more)."""
    lead = next((ln for ln in region.split("\n") if len(ln.split()) >= 15), None)
    m = _LEAD_TOWN.match(lead) if lead else None
    if m is None or lead is None:
        return None
    place = m.group("place")
    if len(place) < 3 or not _place_like(place) or _labelled_elsewhere(place, text):
        return None
    # (named again in any case: "Тула" in "в Туле", its stem before the last vowel)
    stem = place[:-1] if len(place) >= 4 and place[-1] in "аяоеьиы" else place
    stems = [re.escape(stem)]
    # (a Ukrainian locative softens a final velar: "Кременчук" in "у Кременчуці", "Ріг" …)
    if stem[-1] in "кгх" and re.search(r"[іїєґ]", text):
        stems.append(re.escape(stem[:-1] + {"к": "ц", "г": "з", "х": "с"}[stem[-1]]) + "(?=і)")
    again = rf"(?<![{LETTER}])(?:{'|'.join(stems)})[{LOWER}]{{0,3}}(?![{LETTER}])"
    return place if re.search(again, text.replace(lead, "", 1)) else None


def _masthead_town(lines: list[str], text: str) -> str | None:
    """A regional paper's town on a line of its own right under its masthead in capitals
    ("ПРАВДА СЕВЕРА" / "Архангельск" / "Общество"): one Cyrillic word, named again in the text
    below the cover's lines and never a section the masthead's line carries."""
    if len(lines) < 3:
        return None
    masthead, line = lines[0].strip(), lines[1].strip()
    edition = _REGIONAL_EDITION.fullmatch(masthead)
    if edition is not None and edition.group("town") in (ln.strip() for ln in lines[1:3]):
        # A public broadcaster's regional desk: its masthead names the town, which the
        # breadcrumb under it repeats alone ("Суспільне Вінниця" / "Новини" / "Вінниця" /
        # "Суспільство"), and the lead names again ("У Вінниці розпочали …").
        town = edition.group("town")
        at = 0
        for cover_line in lines[:3]:
            at = text.find(cover_line, at) + len(cover_line)
        if (
            _place_like(town)
            and not _labelled_elsewhere(town, text)
            and _named_again(town, text[at:], "\n")
        ):
            return town
    letters = [c for c in masthead if c.isalpha()]
    if len(letters) < 3 or not all(c.isupper() for c in letters) or len(masthead.split()) > 5:
        return None
    if re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ]?[а-яёіїєґ'’]+)*", line) is None:
        return None
    if (
        len(line) < 3
        or not _place_like(line)
        or line.upper() in masthead
        or _labelled_elsewhere(line, text)
        or _rubric_word(line, lines[:1])
    ):
        return None
    # (named again below the cover lines: a rubric repeats on the line under it)
    at = 0
    for cover_line in lines[:3]:
        at = text.find(cover_line, at) + len(cover_line)
    below = text[at:]
    return line if _named_again(line, below, "\n") else None


def _desk_town(lines: list[str], text: str) -> str | None:
    """A public broadcaster's national masthead ("Суспільне Новини") over a breadcrumb whose
    last item is one town alone on its line ("Регіони" / "Хмельницький"), where the page credits
    its regional desk by the masthead's first word and that town ("Фото: Суспільне
    Хмельницький") and names the town again below the cover ("у Хмельницькому")."""
    if len(lines) < 3 or len(lines[0].split()) != 2:
        return None
    outlet = lines[0].split()[0]
    for k, line in enumerate(lines[1:], 1):
        word = line.strip()
        if DATE_RE.search(line) or len(word.split()) > 3:
            break  # the breadcrumb ends at the headline or the date
        if (
            re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+", word)
            and _place_like(word)
            and re.search(
                rf"(?<![{LETTER}]){re.escape(outlet)}[ \t]+{re.escape(word)}(?![{LETTER}])", text
            )
            and not _labelled_elsewhere(word, text)
        ):
            at = 0
            for cover_line in lines[: k + 1]:
                at = text.find(cover_line, at) + len(cover_line)
            if _named_again(word, text[at:], "\n"):
                return word
    return None


# A regional desk's masthead: the outlet's one word and its town ("Суспільне Вінниця").
_REGIONAL_EDITION = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ]+[ \t]+(?P<town>[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+)")


# A municipal record's cover heading: "TOWN OF WESTBROOK, CONNECTICUT", "CITY OF ANNAPOLIS"
# (a transcript's line number may stand before it).
_TOWN_OF_LINE = re.compile(
    r"^[ \t]*(?:\d{1,2}[ \t]+)?(?:TOWN|CITY|VILLAGE|BOROUGH|TOWNSHIP)[ \t]+OF[ \t]+"
    r"(?P<town>[A-Z][A-Z.'’\-]*(?:[ \t][A-Z][A-Z.'’\-]*){0,2})"
    r"(?:,[ \t]*[A-Z][A-Z]+(?:[ \t][A-Z]+)?)?[ \t]*$",
    re.MULTILINE,
)


# A town of two words that opens with an adjective: "Набережные Челны", "Нижний Новгород".
_ADJECTIVAL_TOWN = re.compile(
    r"[ \t]*[А-ЯЁІЇЄҐ][а-яёіїєґ\-]+(?:ые|ие|ий|ый|ой|ая|яя|ое|ее|і)[ \t]+"
    r"[А-ЯЁІЇЄҐ][а-яёіїєґ\-]+[ \t]*$"
)


def _named_again(place: str, text: str, line: str) -> bool:
    """A one- or two-word capitalised place the text names again off its date line, in any
    case ending ("Луцьк" in "У Луцьку"; "Черкаси" in "у Черкасах"), or as an adjective's stem
    ("Бобровиця" in "Бобровицької громади")."""
    if not re.fullmatch(rf"{_PLACE_WORD}(?:[ \t]{_PLACE_WORD})?", place):
        return False
    stem = place if len(place) <= 4 or not re.search(r"[а-яёіїєґ]$", place) else place[:-1]
    rest = text.replace(line, "", 1)
    stems = re.escape(stem)
    # A Ukrainian town's last syllable turns its і/ї when the word is declined: "Київ" in "з
    # Києва", "Львів" in "до Львова", "Миколаїв" in "у Миколаєві", "Ірпінь" in "в Ірпені".
    turned = re.fullmatch(r"(.+)([ії])(в|нь)", place)
    if turned is not None:
        vowel = {"в": {"і": "о", "ї": "є"}, "нь": {"і": "е", "ї": "є"}}[turned[3]][turned[2]]
        stems = f"(?:{stems}|{re.escape(turned[1] + vowel + turned[3][0])})"
    if stem != place and re.search(r"[бвгґджзклмнпрстфхцчшщ]$", place):
        # A town that ends in a consonant keeps it before a region's or an adjective's suffix:
        # "Житомир" in "Лісівники Житомирщини", "на Житомирщині".
        stems = f"(?:{stems}|{re.escape(place)})"
    again = rf"(?<![{LETTER}]){stems}[{LOWER}]{{0,4}}(?![{LETTER}])"
    return re.search(again, rest) is not None


# A title that says where the event was: "Dana Holt Campaign Rally in Harrisburg, PA
# Transcript", "Sarah Whitfield Town Hall in Manchester, NH", "… delivers her victory speech in
# Spokane, Washington on November 4, 2025", "… Hold a Joint Media Availability in Manila".
# Only after an event's word ("Chaos in Washington" is a headline's topic, not where a text was
# given).
_EVENT_IN_PLACE = re.compile(
    r"(?i:\b(?:rally|town[ \t]+hall|speech|remarks|address|press[ \t]+conference"
    r"|news[ \t]+conference|briefing|gaggle|roundtable|commencement"
    # (the Pentagon's "… Hold a Joint Media Availability in Manila")
    r"|(?:media|press)[ \t]+availability))"
    rf"[^\n|.!?]{{0,40}}?[ \t]in[ \t]+(?P<place>{_PLACE})"
    r"(?:,[ \t]+(?:[A-Z]{2}|[A-Z][a-z]+))?"
    r"(?=[ \t]*(?:Transcript\b|[|,.:;]|$|[ \t]on[ \t]|[ \t]\(|[ \t]–|[ \t]—))",
    re.MULTILINE,
)


# NATO's title runs on in a line of its own that closes on the town: "Press conference" / "by
# NATO Secretary General … ahead of the meetings of NATO Defence Ministers, Brussels".
_BY_TITLE_PLACE = re.compile(
    rf"[ \t]*by[ \t]+[{UPPER}][^\n]{{10,240}}?,[ \t]+(?P<place>{_PLACE_WORD})[ \t]*"
)


# A Ukrainian or Russian press event's title that closes on where it was, the town in the
# locative: president.gov.ua's "Спілкування Президента України з представниками ЗМІ в Одесі",
# "Володимир Зеленський поспілкувався з журналістами в Житомирі", kremlin.ru's "Ответы на
# вопросы журналистов в Самаре".
_RU_EVENT_IN_TOWN = re.compile(
    r"[ \t]*(?:[^\n.!?]{0,80}?(?<![а-яёіїєґ]))?"
    r"(?:[Сс]пілкування|поспілкува(?:вся|лася|лися)|пообщал(?:ся|ась|ись)|[Вв]ідповіді[ \t]+на"
    r"|[Оо]тветы[ \t]+на|[Бб]рифінг|[Бб]рифинг|[Пп]рес-?конференці[яї]|[Пп]ресс-конференци[яи]"
    r"|[Пп]ідхід[ \t]+до[ \t]+преси|[Пп]одход[ \t]+к[ \t]+прессе)(?![а-яёіїєґ])"
    r"[^\n.!?]{0,100}?[ \t](?:в|у|во)[ \t]+(?P<loc>[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]{2,}(?:і|ї|е|у|ю))[ \t]*"
)


def _ru_event_town(lines: list[str], text: str) -> str | None:
    """The town a Ukrainian or Russian press event's title names in the locative (see
    _RU_EVENT_IN_TOWN), in the nominative the text itself writes elsewhere ("Одеса – це
    порти" for "в Одесі", "Житомир" for "в Житомирі"): no form is guessed that the text
    does not give."""
    for line in lines:
        plain = _plain(line).strip()
        m = _RU_EVENT_IN_TOWN.fullmatch(plain)
        if m is None or len(plain.split()) > 25:
            continue
        loc = m.group("loc")
        stem = loc[:-1]
        forms = [stem, stem + "а", stem + "я", stem + "о"]
        # (an і in the last syllable turns to о/є in the locative: "Київ" in "у Києві",
        # "Львів" in "у Львові", "Харків" in "у Харкові")
        if re.search(r"ові$", loc):
            forms.append(loc[:-3] + "ів")
        if re.search(r"єві$", loc):
            forms.append(loc[:-3] + "їв")
        rest = text.replace(line, "", 1)
        found = [
            f
            for f in forms
            if re.search(rf"(?<![{LETTER}]){re.escape(f)}(?![{LETTER}'’\-])", rest) is not None
        ]
        if len(found) == 1 and _place_like(found[0]) and not _labelled_elsewhere(found[0], text):
            return found[0]
    return None


def _event_place(lines: list[str], text: str) -> str | None:
    for line in lines:
        by = _BY_TITLE_PLACE.fullmatch(_plain(line))
        if (
            by is not None
            and _segment_kind(by.group("place")) == "place"
            and _named_again(by.group("place"), text, line)
            and not _labelled_elsewhere(by.group("place"), text)
            # One word the text names again, never as a surname after a given name: "… with the
            # Prime Minister of Latvia, Anna Berzina" closes on a guest.
            and re.search(rf"[{UPPER}][{LOWER}]+[ \t]+{re.escape(by['place'])}\b", text) is None
        ):
            return by.group("place")
        # (a news story's sentence reports an event elsewhere: "… Trump said of North Korea at
        # a news conference in Warsaw")
        if len(line.split()) > 30 or re.search(r"[\"“”«»]|\bsaid\b", line):
            continue
        m = _EVENT_IN_PLACE.search(_plain(line))
        if m is None:
            continue
        place = m.group("place")
        if _place_like(place) and not _labelled_elsewhere(place, text):
            return place
    return None


# An industrial site's words, closing a line that names the works and its plant: "U.S. Steel
# Mon Valley Works – Irvin Plant" over "West Mifflin, Pennsylvania" (the town on the next line).
_SITE_WORDS = frozenset({"plant", "works", "mill", "factory", "refinery", "shipyard", "facility"})


def _host_body_under_town(town: str, body: str) -> bool:
    """``town`` is "Town, Country" and ``body`` a short Title Case name of two to four words
    that ends on that country ("Ottawa, Canada" / "Global Affairs Canada")."""
    m = re.fullmatch(r"[ \t]*[A-Z][\w'’\-. ]{1,30},[ \t]*(?P<c>[A-Z][\w'’\-]+)[ \t]*", town)
    words = body.split()
    return (
        m is not None
        and 2 <= len(words) <= 4
        and words[-1] == m.group("c")
        and all(w[:1].isupper() or w in ("of", "and", "for") for w in words)
        and not re.search(r"\d", body)
    )


def _venue_line(line: str) -> bool:
    parts = [p.strip() for p in _plain(line).strip(" \t*_#.").split(",") if p.strip()]
    if bool(parts) and all(_segment_kind(p) in {"venue", "other"} for p in parts):
        return True
    # (the site's name and its unit parted by a dash, every part closing on a site's word)
    parts = [p.strip() for p in re.split(r"[ \t]+[–—][ \t]+|,", _plain(line).strip()) if p.strip()]
    return bool(parts) and all(
        _VENUE_WORDS.fullmatch(p) is not None
        and p.split()[-1].lower() in _SITE_WORDS | _VENUE
        and find_date(p) is None
        for p in parts
    )


_LOCATION_FIELD = re.compile(
    r"^[ \t*_]*(?:Location|Place|Venue|Место(?:[ \t]+проведения)?|Місце(?:[ \t]+проведення)?)"
    # (a bibliographic table pasted from the web splits key and value by a tab: ParlInfo's
    # "Place\tCanberra")
    r"(?:[ \t*_]*:|\t)[ \t*_]*(?P<value>[^\n]*)$",
    re.MULTILINE | re.IGNORECASE,
)
# A UN press release's introduction: "Following is the transcript of … press encounter at the
# Security Council stakeout, in New York today:".
_FOLLOWING_IS = re.compile(
    rf"^[ \t]*Following (?:is|are) [^\n]{{0,400}}?,? in (?P<place>{_PLACE}),? "
    rf"(?:today|yesterday|on (?:{_WEEKDAY}|\d))",
    re.MULTILINE,
)


# A tribunal's transcript cover says where the hearing sat, the address before the date:
# "Hearing held at 2300 Yonge Street, 25th Floor, Toronto, Ontario, on Thursday, November 7,
# 2024, commencing at 9:31 a.m." -> Toronto.
_HELD_AT = re.compile(
    r"^[ \t]*(?:Hearing|Meeting|Proceedings|Session|Sitting)[ \t]+(?:held|taken)[ \t]+at[ \t]+"
    rf"(?P<where>[^\n]{{3,160}}?),[ \t]+on[ \t]+(?:(?i:{_WEEKDAY})|[A-Z][a-z]+[ \t]+\d|\d)",
    re.MULTILINE,
)


# The block's own date field, its value in a numeric order the text does not settle
# ("Date\t03-06-2025").
_DATE_KEY = re.compile(r"[ \t*_]*Date(?:[ \t*_]*:|\t)[ \t*_]*\d{1,2}[-/.]\d{1,2}[-/.]\d{4}[ \t]*$")


def _place_from_fields(region: str, text: str) -> str | None:
    """A page's "Location:" field (its value on the line or the next), or a UN introduction."""
    m = _LOCATION_FIELD.search(region)
    # A page's field block dates the page too ("Published" / "3 March 2025" / "Location:" /
    # "Downing Street, London"): a "Location:" with no date beside it is some record's field.
    near = region[max(0, m.start() - 200) : m.end() + 200].split("\n")[1:-1] if m else []
    if m and any(find_date(ln) or _DATE_KEY.match(ln) for ln in near[:7]):
        value = m.group("value").strip()
        if not value:
            value = next((ln for ln in region[m.end() :].split("\n") if ln.strip()), "")
        place = _place_line(value, bare_words=3)
        town, dash, venue = value.partition(" - ")
        if place is None and dash and _VENUE & set(re.findall(r"\w+", venue.lower())):
            # The town, then the room after a spaced dash (the Commission's "Location: Brussels
            # - EC/Berlaymont, press room").
            place = _place_line(town.strip(), bare_words=3)
        words = value.split()
        if (
            place is None
            and "," not in value
            and 3 <= len(words) <= 6
            and words[-1].lower() in _VENUE | {"complex"}
            and words[0] not in ("The", "Royal", "National", "New")
            and _named_again(words[0], text, region[m.start() : m.end()])
        ):
            # A venue named after its town, the town not set apart ("Location: Manchester
            # Central Convention Complex"): its first word, where the text names that town again.
            place = words[0]
        venue_name, comma, town = value.rpartition(",")
        if (
            place is None
            and comma
            and re.fullmatch(
                r"[A-Z][\w'’&.\-]*(?:[ \t]+(?:of|for|and|the|[A-Z][\w'’&.\-]*)){1,5}",
                venue_name.strip(),
            )
            and re.fullmatch(r"[A-Z][a-z'’\-]+(?:[ \t][A-Z][a-z'’\-]+)?", town.strip())
        ):
            # A named venue, then its town after the comma (gov.uk: "Location: National
            # Farmers' Union, Stoneleigh"): the town.
            place = _place_line(town.strip(), bare_words=2)
        if place is not None and not _labelled_elsewhere(place, text):
            return place
    m = _FOLLOWING_IS.search(region)
    if m and _place_like(m.group("place")):
        return m.group("place")
    held = _HELD_AT.search(region)
    place = _place_line(held.group("where"), bare_words=3) if held else None
    if place is not None and not _labelled_elsewhere(place, text):
        return place
    return None


# A correspondent's byline that names the city they file from: Rossiyskaya Gazeta's "Текст:
# Татьяна Плеханова (Екатеринбург)", Uriadovyi Kurier's "Віталій КОВАЛЬ, «Урядовий кур'єр»,
# Полтава" (the surname in capitals, the paper in guillemets).
_BYLINE_CITY = re.compile(
    rf"^[ \t]*(?:(?:Текст|Автор(?:ка)?)[ \t]*:[ \t]+[{UPPER}][{LETTER}]+[ \t]+"
    rf"[{UPPER}][{LETTER}'’\-]+"
    r"[ \t]*\((?P<a>[^()\n]{2,30})\)"
    rf"|[{UPPER}][{LETTER}]+[ \t]+[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?,[ \t]*«[^»\n]{{1,40}}»"
    r"[ \t]*,[ \t]*(?P<b>[^,\n]{2,30})"
    # A regional paper's, with no outlet between: "Оксана ГНАТІВ, Яремче".
    rf"|[{UPPER}][{LOWER}]+(?:['’][{LOWER}]+)?[ \t]+[{UPPER}]{{3,}}(?:-[{UPPER}]{{2,}})?,[ \t]*"
    rf"(?P<c>[{UPPER}][{LOWER}]+(?:[ \t-][{UPPER}]?[{LOWER}]+)?)"
    # Kommersant's regional desk, the surname in mixed case (a surname's ending) and the lead
    # right under it: "Анна Капустина, Екатеринбург" / "Губернатор Свердловской области …".
    rf"|{_RU_BYLINE_PERSON.pattern},[ \t]*"
    rf"(?P<d>[{UPPER}][{LOWER}]+(?:[ \t-][{UPPER}]?[{LOWER}]+)?)"
    r"(?=[ \t]*\n[ \t]*(?:[^\s]+[ \t]+){15}))[ \t]*$",
    re.MULTILINE,
)


def _byline_city(region: str) -> str | None:
    """The city of a correspondent's byline (see _BYLINE_CITY) in the header's lines."""
    for m in _BYLINE_CITY.finditer(region):
        place = _place_line(
            m.group("a") or m.group("b") or m.group("c") or m.group("d"), bare_words=2
        )
        if place is not None and _place_like(place):
            return place
    return None


# The correspondent's signature under the last answer, the town they file from after it:
# Ukrinform's "Ірина Дробович, Житомир" (a paragraph of its own; the town one word, or two:
# "Івано-Франківськ", "Кривий Ріг"; the paper's name there, "Ірина Сидоренко, Укрінформ", is no
# place). A page that sets its paragraphs one a line with no blank line between puts it flush
# under the answer (Ukrinform: "… де це зроблять якісно." / "Ольга Будник, Вінниця" / "Фото: …").
_SIGNED_CITY = re.compile(
    rf"(?<=\n)[ \t]*(?P<g>[{UPPER}][{LOWER}'’]+)[ \t]+"
    rf"(?P<s>[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?|[{UPPER}]{{2,}}),[ \t]*"
    rf"(?P<c>[{UPPER}][{LOWER}'’]+(?:[ \t-][{UPPER}]?[{LOWER}'’]+)?)[ \t]*$",
    re.MULTILINE,
)


def _signed_city(text: str) -> str | None:
    """The town of a correspondent's closing signature (see _SIGNED_CITY) among the
    page's last lines, the paragraph above it ending a sentence: the one such signature."""
    tail_at = max(0, len(text) - 2000)
    found = {
        m.group("c")
        for m in _SIGNED_CITY.finditer(text, tail_at)
        # (the photo's credit may stand between, a paragraph of its own: "… ви тут потрібні."
        # / "Фото: Миколаївська ОВА" / "Ірина Старікова, Миколаїв")
        if re.search(
            r"[.!?…\"”»)](?:[ \t]*\n[ \t]*\n[ \t]*(?:Фото|Світлина|Photo)[ \t]*:[^\n]{1,80})?$",
            text[: m.start()].rstrip(),
        )
        and not _news_outlet(m.group("c"))
        and _place_like(m.group("c"))
        and not _labelled_elsewhere(m.group("c"), text)
        # (a town the text names again, not only a correspondent's home base: "Вінниця" in
        # "Вінницька обласна лікарня"; or the signer is the page's byline, alone on its line
        # in the header, who signs where she wrote: Ukrinform English's "Iryna Dovzhenko" /
        # "14.10.2025 12:40" … "Iryna Dovzhenko, Kyiv")
        and (
            _named_again(m.group("c"), text[: m.start()], "")
            or re.search(
                rf"(?m)^[ \t]*(?:By[ \t]+)?{re.escape(m.group('g'))}[ \t]+"
                rf"{re.escape(m.group('s'))}[ \t]*$",
                text[: min(m.start(), 1500)],
            )
            is not None
        )
        # (the signer is no speaker: "Ірина Дробович:" would make the line a turn's)
        and re.search(
            rf"(?m)^[ \t*]*{re.escape(m.group('g'))}[ \t]+{re.escape(m.group('s'))}[ \t*]*:", text
        )
        is None
    }
    return found.pop() if len(found) == 1 else None


# The White House sets the room on a line of its own over the event's clock, under the title
# and date: "Oval Office" / "3:07 P.M. EST" (a trip's "Aboard Air Force One" is no place).
_WH_CLOCK = r"\d{1,2}:\d{2}[ \t]*[AP]\.M\.[ \t]+[A-Z]{2,4}[ \t]*"
_EVENT_CLOCK = re.compile(rf"[ \t]*{_WH_CLOCK}")
# (the scrape may glue the clock to the room: "Oval Office12:16 P.M. EDT")
_GLUED_CLOCK = re.compile(rf"([ \t]*[{UPPER}][^\n\d]*?[{LOWER}])({_WH_CLOCK})")
_VENUE_WORDS = re.compile(
    rf"[ \t]*[{UPPER}][\w'’.\-]*(?:[ \t]+(?:of|the|and|[{UPPER}][\w'’.\-]*)){{0,6}}[ \t]*"
)


def _venue_over_clock(lines: list[str]) -> str | None:
    """The room line right above the White House's clock line ("Oval Office" / "3:07 P.M.
    EST"), or ``None``."""
    for above, line in itertools.pairwise(["", *lines]):
        glued = _GLUED_CLOCK.fullmatch(line)
        if glued is not None:
            above = glued.group(1)
        elif _EVENT_CLOCK.fullmatch(line) is None:
            continue
        venue = _plain(above).strip()
        if (
            _VENUE_WORDS.fullmatch(venue)
            and find_date(venue) is None
            and re.search(r"(?i:\b(?:en[ \t]+route|aboard|on[ \t]+board|onboard)\b)", venue) is None
        ):
            return venue
        return None
    return None


def _cover_lines(text: str, limit: int, max_lines: int = 30) -> list[str]:
    """The first non-empty lines, a court caption's right-hand column read as its own line."""
    lines: list[str] = []
    for line in text[:limit].split("\n"):
        if not line.strip():
            continue
        caption = _CAPTION_COLUMN.match(line)
        lines.append(caption.group("right") if caption else line)
        if len(lines) >= max_lines:
            break
    return lines


# Where a flattened menu or breadcrumb line parts its items: a separator between spaces, or a
# wide gap ("Home > News", "Новини   Аналітика   Інтерв'ю").
_NAV_SPLIT = re.compile(r"[ \t]+[>›»/|·•][ \t]+|[ \t]{3,}")


# A menu item that is a dotted abbreviation alone on its line ("Live" / "U.S." / "Politics"):
# its last dot closes no sentence.
DOTTED_MENU_ITEM = re.compile(r"(?:[A-Z]\.){2,4}")


def _nav_line(line: str) -> bool:
    """A site's menu or breadcrumb line ("Home", "Science & Tech", "Home > News", "Главная /
    Интервью / Политика", "Research   Events   Experts"): no part of the header proper."""
    s = _plain(line).strip()
    if _BOILERPLATE.match(s):
        return True
    # (a menu item that is a dotted abbreviation, "U.S." between "Live" and "Politics")
    if DOTTED_MENU_ITEM.fullmatch(s):
        return True
    if re.search(r"\d", s) or re.search(r"[.!?…:;,]$", s):
        return False
    if len(s.split()) <= 4:
        return True
    parts = _NAV_SPLIT.split(s)
    return len(parts) >= 2 and all(len(p.split()) <= 6 for p in parts)


def _cover_ranks(window: str) -> list[int]:
    """Each line's place among the window's lines that are not site navigation: the menu's
    lines one per line (mid.ru's "Главная" / "Пресс-служба" / "Выступления Министра") push no
    long title that closes on its place and date below the first four."""
    ranks, counted = [], 0
    for line in window.split("\n"):
        ranks.append(counted)
        if line.strip() and not _nav_line(line):
            counted += 1
    return ranks


# A dateline that is only the town in capitals, the day and the agency: "МОСКВА, 22 апр — РИА
# Новости.", "KYIV, 5 March — Ukrinform." (see _dateline_place).
_SHORT_DATELINE = re.compile(
    rf"[ \t]*[{UPPER}]{{3,}}(?:[ \-][{UPPER}]{{2,}}){{0,2}},[ \t]+\d{{1,2}}[ \t]"
)


def _header_window(text: str, label_start: int | None, count: int) -> str:
    """The header lines up to ``count`` lines that are not site navigation (menu lines do not
    count, so a page's menu cannot push the date out of the header)."""
    limit = len(text) if label_start is None else label_start
    glued = _GLUED_LABEL.search(text, 0, limit)
    if glued:
        limit = glued.start()
    lines: list[str] = []
    counted = 0
    for line in text[:limit].split("\n"):
        if not line.strip():
            continue
        lines.append(line)
        if not _nav_line(line):
            counted += 1
        if counted >= count or len(lines) >= 40:
            break
    return "\n".join(lines)


def _place_like(place: str) -> bool:
    """ "BBC World Service" (an acronym) or "Press Briefing" is an outlet or a heading."""
    words = place.split()
    return not any(w.isupper() and len(w) >= 2 for w in words) and not any(
        w.lower() in _NOT_PLACE for w in words
    )


def clean_title(title: str, text: str = "") -> str | None:
    """Cut a glued label and a trailing dateline (", Moscow, November 13, 2025") off a title
    (not a name the ``text`` labels: "… with the Prime Minister of Estonia, Jonas Kask,
    12-Jun.-2025" keeps "Jonas Kask")."""
    glued = _GLUED_LABEL.search(title)
    if glued:
        title = title[: glued.start()]
    title = re.sub(r"^\s*#{1,6}\s+|^\s*[*_]+|[*_]+\s*$", "", title)  # Markdown heading/emphasis
    title = " ".join(title.split())
    date = find_date(title)
    if date is not None and date[2] >= len(title.rstrip(" .")) - 1:
        head = title[: date[1]].rstrip(" ,–—-|")
        m = _PLACE_BEFORE.search(title[: date[1]])
        if (
            m
            and m.start("place") > 0
            and _place_like(m.group("place"))
            and not (text and _labelled_elsewhere(m.group("place"), text))
        ):
            head = title[: m.start("place")].rstrip(" ,–—-|(")
        if head:
            title = head
    title = title.strip(" \t,;:–—-|")
    return title or None


# A site's chrome over its headline: a menu row (three short items or more parted by bars,
# arrows, dots or runs of spaces), a breadcrumb ("You are here: Home > …"), an account or share
# row ("Subscribe   Log in"), a cookie banner, a player's strip ("▶ 00:00 / 24:37", "Video |
# 1:02:14").
_CHROME_SPLIT = re.compile(r"[ \t]+(?:[|>›»·•/]|//)[ \t]+|[ \t]{2,}|\t")
_CHROME_LINE = re.compile(
    r"^[ \t]*(?:skip[ \t]+to|subscribe|log[ \t]?in|sign[ \t]?(?:in|up)|you[ \t]+are[ \t]+here"
    r"|share[ \t]+on|[▶►]|(?:search|поиск|пошук)\b[^\n]{0,20}$)|\bcookies?\b"
    r"|^[^\d\n]{0,20}[|·•/][ \t]*\d{1,2}:\d\d(?::\d\d)?[ \t]*$",
    re.IGNORECASE,
)


_SHARE_ROW = re.compile(r"(?:share|print|e-?mail|facebook|tweet)\b", re.IGNORECASE)
_BYLINE_ROW = re.compile(r"(?:by|written[ \t]+by|words[ \t]+by|story[ \t]+by)[ \t]", re.IGNORECASE)


def _chrome_items(line: str) -> list[str]:
    return [item for item in _CHROME_SPLIT.split(line.strip()) if item.strip()]


def _menu_row(line: str, least: int = 3) -> bool:
    """A row of ``least`` short items or more (four words at most each), or a chrome line."""
    if _CHROME_LINE.search(line):
        return True
    items = _chrome_items(line)
    # (a dateline's fields are no menu: "Friday 6 March 2026  —  Brussels, Lambermont")
    short = all(len(item.split()) <= 4 for item in items)
    return len(items) >= least and short and find_date(line) is None


def _kicker(line: str) -> bool:
    """A masthead's or section's short line: "BUSINESS", "Bristol Post", "«Невское время»"."""
    words = line.split()
    return len(words) <= 2 or (len(words) <= 4 and line.upper() == line)


def _headline_under_masthead(text: str, title: str) -> str | None:
    """The story's headline where the first line read is a site's masthead or chrome: the first
    line under the menu rows that is neither chrome, a kicker nor a date, before the story's
    first paragraph. The first line is a masthead when it is chrome itself, or when it is short
    (seven words, no colon) and a menu row follows within two lines."""
    lines = [ln.strip() for ln in text[:3000].split("\n") if ln.strip()][:14]
    at = next((i for i, ln in enumerate(lines) if title in " ".join(ln.split())), None)
    if at is None:
        return None
    first = lines[at]
    masthead = (
        _menu_row(first)
        or (
            len(first.split()) <= 7
            and ":" not in first
            # (a share row sits under a headline, not under a masthead; so does a byline row
            # parted by bars, "By Jane Doe | Staff Writer | Photos by Ann Lee")
            and any(
                _menu_row(ln) and not _SHARE_ROW.match(ln) and not _BYLINE_ROW.match(ln)
                for ln in lines[at + 1 : at + 3]
            )
        )
    )
    if not masthead:
        return None
    # (the masthead's second line may sit over the menu: "NEW VISION" / "Uganda's Leading
    # Daily" / "NEWS | BUSINESS | …": the headline is under the last menu row)
    start = at + 1
    for i in range(at + 1, min(at + 5, len(lines))):
        if _menu_row(lines[i]):
            start = i + 1
        elif len(lines[i].split()) > 7 or ":" in lines[i] or find_date(lines[i]) is not None:
            break
    for k in range(start, len(lines)):
        line = lines[k]
        words = line.split()
        if len(words) > 40 or (re.match(r"^[^\s:]{1,40}:\s", line) and len(words) > 20):
            return None  # the story's first paragraph, or a label's turn: no headline above
        if _menu_row(line) or (len(_chrome_items(line)) == 2 and len(words) <= 8):
            continue  # (a two-item kicker: "Українське радіо Культура · Програма …")
        if _kicker(line) or (re.match(r"^[^\s:]{1,20}:\s", line) and len(words) <= 4):
            continue  # (or a field: "Авторка: Дарина Литвинова")
        # A section's title-case kicker of three words over a longer line: "Washington State
        # Ferries" / "Gov. Ferguson on ferries, …".
        below = lines[k + 1] if k + 1 < len(lines) else ""
        plain = not re.search(r"[^\w\s,.]", line)
        if len(words) == 3 and plain and len(below.split()) >= 5 and find_date(below) is None:
            continue
        stamp = find_date(line)
        if stamp is not None and (
            len((line[: stamp[1]] + line[stamp[2] :]).split()) <= 3 or len(_chrome_items(line)) > 1
        ):
            continue  # a date line: "Ужгород, 14 березня 2026, 11:20", "21.01.2026 10:05  Статті"
        headline = clean_title(line, text)
        # (a date cut off the title's end leaves its preposition: "… Affairs on April 9, 2026")
        return re.sub(r"[ \t]+(?:on|of|at|in|from)$", "", headline) if headline else None
    return None


def _lines_under_headline(text: str, label_start: int | None, title: str | None) -> list[str]:
    """The six lines under a headline read below a masthead (see _headline_under_masthead),
    where the header's first lines are the site's chrome; none where the title opens the page
    (the header's own byline and date were read)."""
    if not title:
        return []
    lines = header_text(text, label_start, max_lines=20).split("\n")
    at = next((i for i, ln in enumerate(lines) if title in " ".join(ln.split())), None)
    return [] if at is None or at < 2 else lines[at + 1 : at + 7]


def _byline_under_headline(text: str, label_start: int | None, title: str | None) -> str | None:
    below = _lines_under_headline(text, label_start, title)
    return find_byline("\n".join(below)) if below else None


def _authors_field(header: str) -> str | None:
    m = _AUTHORS_FIELD.search(header)
    return m.group("name") if m else None


def first_line_title(text: str, *, labels_known: bool = False) -> str | None:
    """The first non-empty line when it looks like a title (not a label, URL or paragraph)."""
    for line in text.split("\n"):
        if not line.strip():
            continue
        head = line
        glued = _GLUED_LABEL.search(line)
        if glued:
            head = line[: glued.start()]
        stripped = head.strip()
        if _BOILERPLATE.match(stripped):
            continue
        if not stripped or _URL.match(stripped) or is_tag_line(stripped):
            return None
        if not labels_known and re.match(r"^[^\s:]{1,40}:\s", stripped) and not glued:
            return None  # "Q: ..." or "Sergey Lavrov: ..." — the text has no title line
        words = stripped.split()
        if len(words) > 60 or (len(words) > 30 and stripped.endswith(".") and not glued):
            return None
        title = clean_title(stripped, text)
        if title is not None:
            return _headline_under_masthead(text, title) or title
        return title
    return None


def find_source_url(text: str, body_end: int, header: str) -> str | None:
    """A URL standing alone on a trailing line (or after "Source:"), never one in a sentence."""
    line = _SOURCE_LINE.search(text, body_end)
    if line is not None:
        return _clean_url(line.group("url"))
    inline = re.search(r"(?:Source|Источник|Джерело)\s*:\s*(" + _URL.pattern + ")", header)
    return _clean_url(inline.group(1)) if inline else None


def _clean_url(url: str) -> str:
    url = url.rstrip(".,;:)»”\"'")
    if url.endswith("#"):
        url = url[:-1]  # an empty fragment, or the damaged hashtag marker
    return url


# A lower-case "by" on a line of its own, a person's name and nothing else (the Buenos Aires
# Times' "by Sofía Battaglia" under the dek; a wrapped sentence's "by Governor Hale on …" is
# not, nor Equal Times' "by Equal Times", the outlet's own credit).
_LOWER_BYLINE = re.compile(
    # (a university news office's "Words by Liam Okoro", a magazine's "Story by …")
    # (a Q&A's "Interview by Carol Natukunda", "Interviewed by …"; two writers joined by "and":
    # "by Ali Ünal and Merve Aydoğan")
    rf"^[ \t]*(?:by|Written[ \t]+by|(?:Words|Story|Text|Interview(?:ed)?)[ \t]+by)[ \t]+"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LETTER}'’\-]+){{1,2}}"
    rf"(?:[ \t]+and[ \t]+[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LETTER}'’\-]+){{1,2}})?)"
    # (the stamp may follow after a dash or a bar: The Hill's "by Daniel Okafor - 06/18/24
    # 5:45 PM ET"), or after a column's gap of two spaces or more (the Kyiv Independent's "by
    # Daria Tkach  March 3, 2025 6:41 PM  6 min read")
    # (the outlet after a comma before the stamp: "Interview by Carter Williams, KSL.com |
    # Posted - Sept. 23, 2025 at 4:15 p.m.")
    r"(?:(?:,[ \t]+[^\n,|]{2,30}?)?(?:[ \t]+[-–—|][ \t]+|[ \t]{2,})[^\n]{0,40}\d[^\n]{0,40})?"
    r"[ \t]*$",
    re.MULTILINE,
)
# A byline with its "By" glued to the name, the name alone on its line: "ByHarriet Lowe" (the
# writer's post on the line below).
_GLUED_BY = re.compile(
    rf"^[ \t]*By(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LETTER}'’\-]+){{1,2}})[ \t]*$",
    re.MULTILINE,
)
# Two writers or more in a Cyrillic field, parted by commas: "Автори: Олена Ткач, Юрій Мороз".
_AUTHORS_FIELD = re.compile(
    r"^[ \t]*(?:Автори|Авторы)[ \t]*:[ \t]*"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]+[ \t]+[{UPPER}][{LETTER}'’\-]+"
    rf"(?:,[ \t]*[{UPPER}][{LOWER}'’\-]+[ \t]+[{UPPER}][{LETTER}'’\-]+)+)[ \t]*$",
    re.MULTILINE,
)


# The author's box atop a university or NGO page, its heading on a line of its own over the
# name and the post (University of Leeds: "Contributor" / "Hannah Price" / "Media Relations
# Officer"): the page's one writer.
_FIELD_BYLINE = re.compile(
    r"^[ \t]*(?:Contributor|Author|Written[ \t]+by)[ \t]*:?[ \t]*\n(?:[ \t]*\n)?[ \t]*"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})[ \t]*$",
    re.MULTILINE,
)


# The byline run on after the dateline, behind a dash or a bar: IP Paraguay's "Asunción, 14
# March 2025 — By Lorena Giménez" (a date on the line before the dash, so no headline's "by").
_DATED_BY = re.compile(
    r"^[^\n]{0,60}\d[^\n]{0,20}?[ \t]+[—–|-][ \t]*[Bb]y[ \t]+"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})[ \t]*$",
    re.MULTILINE,
)


# A news agency's info strip, its fields set apart by runs of spaces or bars: "Politics
# 2025-02-17 14:05     By B.Khuder     1,957 views" (MONTSAME; a Mongolian name's initial glued
# to the given name).
STRIP_BYLINE = re.compile(
    r"^[^\n]{0,60}\d[^\n]{0,40}?(?:[ \t]{3,}|\t|[ \t]+[|·•][ \t]+)[Bb]y[ \t]+"
    rf"(?P<name>(?:[{UPPER}]\.[ \t]?)?[{UPPER}][{LOWER}'’\-]+"
    rf"(?:[ \t][{UPPER}][{LOWER}'’\-]+){{0,2}})"
    r"(?=[ \t]{3,}|\t|[ \t]+[|·•]|[ \t]*$)",
    re.MULTILINE,
)


# A byline line with no "By", the writer's name and then a comma and the writer's post at the
# outlet: Nikkei Asia's "KENJI IWASAKI, Nikkei staff writer", "Dana Whitfield, Senior
# Correspondent" (one writer only: "…, Nikkei Asia staff writers" under two names is no match).
POST_BYLINE = re.compile(
    rf"^[ \t]*(?P<name>(?:[{UPPER}][{LOWER}'’\-]+|[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?)"
    rf"(?:[ \t](?:[{UPPER}][{LOWER}'’\-]+|[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?)){{1,2}}),"
    r"[ \t]+(?:[A-Z][\w.'’&]*[ \t]+){0,3}"
    r"(?i:(?:staff|senior|chief|special|contributing|political|business|foreign|regional)[ \t]+)?"
    r"(?i:writer|reporter|correspondent)[ \t]*$",
    re.MULTILINE,
)


# A repost's WordPress strip dates the post, not the event: "By U.S. Mission Indonesia | 9 July,
# 2025 | Topics: News, …" over the State Department's own cover ("Special Briefing" / "Office
# of the Spokesperson" / "Via Teleconference" / "July 8, 2025").
_POST_STRIP = re.compile(r"[ \t]*By[ \t]+[^\n|]{2,80}\|[^\n]*\|[ \t]*(?:Topics|Tags|Categor\w*)\b")


def _event_date_under_post_strip(
    text: str, label_start: int | None, dateable: str, date: tuple[str, int, int]
) -> tuple[str, int, int]:
    """The event's own date (a line of its own) under a repost's post strip, where the date
    was read from the strip; else ``date``."""
    line_start = dateable.rfind("\n", 0, date[1]) + 1
    line_end = dateable.find("\n", date[1])
    line = dateable[line_start : line_end if line_end >= 0 else len(dateable)]
    if _POST_STRIP.match(line) is None:
        return date
    cover = header_text(text, label_start, max_lines=12).split("\n")
    below = cover[cover.index(line) + 1 :] if line in cover else []
    for ln in below:
        alone = find_date(ln.strip())
        if (
            alone is not None
            and len(ln.split()) <= 5
            and alone[2] - alone[1] >= len(ln.strip()) - 2
        ):
            return alone[0], date[1], date[2]  # (the strip's span: no place beside it)
    return date


# A cable transcript's notice names the day the show aired: 'This is a rush transcript from
# "The Ingraham Angle," March 5, 2025.'
_AIRED_NOTICE = re.compile(
    r"^[ \t]*This[ \t]+is[ \t]+a[ \t]+(?:rush[ \t]+)?transcript[ \t]+(?:from|of)[ \t]+[^\n]*",
    re.MULTILINE,
)
_WEB_STAMP = re.compile(r"[ \t]*(?:[^\n|]{0,40}\|[ \t]*)?(?:Published|Updated|Posted)\b")


def _aired_date_over_web_stamp(
    text: str, label_start: int | None, dateable: str, date: tuple[str, int, int]
) -> tuple[str, int, int]:
    """The broadcast's own date from the transcript notice under a web page's "Published" stamp,
    where the date was read from the stamp (Fox posts a late show's transcript after midnight:
    "Published March 6, 2025 12:41am EST" over '… rush transcript from "The Ingraham Angle,"
    March 5, 2025.'); else ``date``."""
    line_start = dateable.rfind("\n", 0, date[1]) + 1
    if _WEB_STAMP.match(dateable, line_start) is None:
        return date
    notice = _AIRED_NOTICE.search(header_text(text, label_start, max_lines=12))
    if notice is None:
        return date
    # (the date within the notice's first sentence: not a later "… updated March 7" note)
    aired = find_date(notice.group(0)[:160])
    if aired is None:
        return date
    return aired[0], date[1], date[2]


# A byline that is only a desk or a post names nobody: "By Staff Reporter", "By Our
# Correspondent", "By News Desk" (a staff label, "STAFF:", is another matter).
_DESK_BYLINE = re.compile(
    r"(?:Our[ \t]+)?(?:Staff[ \t]+(?:Reporter|Writer|Correspondent)s?|(?:News|Web|City)[ \t]+Desk"
    r"|Correspondents?|Reporters?|Staff|Agencies|Staff[ \t]+and[ \t]+agencies"
    # (the paper's own name before the desk word: "By Citizen Reporter", "By The Denver Post
    # Editorial Board")
    r"|[A-Z][a-z]+[ \t]+(?:Reporter|Correspondent)s?|(?:The[ \t]+)?(?:[A-Z]\w*[ \t]+){0,3}"
    r"Editorial[ \t]+Board)",
    re.IGNORECASE,
)


# A desk byline by the paper's own name: The Citizen's "By Citizen Reporter", "Herald
# Correspondent" (the word is the masthead's, the post a newsroom's; no person).
_MASTHEAD_DESK = re.compile(
    r"([A-Z][a-z]+)[ \t]+(?:Staff[ \t]+)?(?:Reporters?|Correspondents?|Writers?)", re.IGNORECASE
)


def find_byline(header: str) -> str | None:
    name = _find_byline(header)
    if name is None or _DESK_BYLINE.fullmatch(name.strip()):
        return None
    desk = _MASTHEAD_DESK.fullmatch(name.strip())
    masthead = next((line for line in header.splitlines() if line.strip()), "")
    if desk is not None and re.search(
        rf"(?<!\w){re.escape(desk.group(1))}(?!\w)", masthead, re.IGNORECASE
    ):
        return None
    return name


def _find_byline(header: str) -> str | None:
    m = (
        BYLINE.search(header)
        or _DATED_BY.search(header)
        or STRIP_BYLINE.search(header)
        or POST_BYLINE.search(header)
    )
    if not m:
        field = _FIELD_BYLINE.search(header)
        if field is not None and not _news_outlet(field.group("name")):
            return field.group("name")
        low = _LOWER_BYLINE.search(header) or _GLUED_BY.search(header)
        if low is None or _news_outlet(low.group("name")):
            return None
        return low.group("name")
    name = m.group("name").strip()
    # (a station's staff credit cut at its number: "Author: KARE 11 Staff")
    if re.match(r"[ \t]+\d+\b[^\n]*\b(?:Staff|Desk)[ \t]*(?:\n|$)", header[m.end("name") :]):
        return None
    return name or None


_CREDITED_CAPTION_END = re.compile(
    r"[.!?][ \t]+\((?:[^()\n]*[ \t])?(?i:photo|picture|image)(?:graph)?[ \t]+by[ \t]"
    r"[^()\n]{2,80}\)[ \t]*$"
    # (or the photographer and the outlets parted by slashes: the Kyiv Independent's "… in
    # Kyiv on Oct. 17, 2025. (Kostiantyn Liberov / Libkos / Getty Images)")
    r"|[.!?][ \t]+\((?-i:[A-Z])[\w'’.\-]*(?:[ \t]+(?-i:[A-Z])[\w'’.\-]*){1,3}"
    r"(?:[ \t]*/[ \t]*[^()\n/]{2,60}){1,3}\)[ \t]*$"
    # (or an unbracketed credit sentence after the caption's stop: TIME's "… Ottawa, on Jan.
    # 30, 2026. Photograph by Renaud Philippe for TIME")
    r"|[.!?][ \t]+(?-i:Photo|Photograph|Picture|Image)[ \t]+by[ \t]+(?-i:[A-Z])[^\n.!?()]{2,80}$"
)
_POST_SIGNATURE = re.compile(r"[—–-][ \t]*[^\n]{0,60}\(@\w+\)[ \t]*[^\n]{0,20}$")
_BROADCAST_NOTICE = re.compile(r"\btranscript\b.{0,60}\b(?:air(?:s|ed|ing)|broadcast)\b", re.I)


# A date opening a line, a spaced dash after it (see extract).
_DATE_LED_SUMMARY = re.compile(
    r"[ \t]*(?:\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"[ \t]+(?:19|20)\d\d)[ \t]+[-–—][ \t]+[A-Z]"
)


# A press release's dateline opening its lead: the town (its country after a comma), the full
# date with its year, then a dash: "GENEVA, 13 March 2026 – Transcript of remarks by …",
# "Addis Ababa, Ethiopia, 27 February 2026 – The Commissioner …".
_RELEASE_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>{_PLACE})(?:,[ \t]+{_PLACE})?,[ \t]+"
    rf"(?:\d{{1,2}}[ \t]+{_EN_MONTH}[ \t]+\d{{4}}|{_EN_MONTH}[ \t]+\d{{1,2}},[ \t]+\d{{4}})"
    r"[ \t]+[–—-][ \t]+(?=\S)"
)


def _release_dateline_place(region: str, iso: str, text: str) -> str | None:
    """The town of a press release's dateline that opens a lead under the cover's own date
    line, dated the same day ("February 27, 2026" / "Addis Ababa, Ethiopia, 27 February 2026 –
    The Commissioner …")."""
    for line in region.split("\n"):
        m = _RELEASE_DATELINE.match(line)
        date = find_date(m.group(0)) if m is not None else None
        if m is None or date is None or date[0] != iso:
            continue
        place = _capitalised(m.group("place"))
        if _place_like(place) and not _labelled_elsewhere(place, text):
            return place
    return None


def _dated_press_dateline(line: str) -> str:
    """The agency dateline opening a long lead line, when it prints a year ("MOSCOW, April 8,
    2026. /TASS/."), else nothing: the lead's own sentence dates no document."""
    m = _PRESS_DATELINE.match(line) or _RELEASE_DATELINE.match(line)
    return m.group(0) if m is not None and re.search(r"\d{4}", m.group(0)) else ""


def extract(text: str, label_start: int | None = None, *, labels_known: bool = False) -> Found:
    """Read every metadata field the text offers.

    ``label_start`` is the first speaker label; ``labels_known`` says the caller has looked for
    labels, so a first line like "HARDtalk: Dmitry Peskov" that is none is a title.
    """
    title = first_line_title(text, labels_known=labels_known or label_start is not None)
    if label_start is not None and not text[:label_start].strip():
        title = None  # the text opens with a speaker label: it has no title line
    body_end = trailing_start(text)
    header = header_text(text, label_start)
    # The header's first four lines, not counting a site's menu lines above them.
    window = _header_window(text, label_start, 4)
    # A date inside a long sentence is news, not the document's date: only header-like lines.
    # A transcript notice is the exception: "… a rush transcript of "This Week" airing Sunday,
    # October 26, 2025 on ABC News." dates the broadcast itself.
    # So is an embedded post's signature ("— WHO (@WHO) May 8, 2018") and, below the first four
    # lines, a paragraph's citation ("… [Headline, by Steph Solis, USA Today, January 16, 2018]").
    dateable = "\n".join(
        # (but an agency's dateline that opens the lead gives its date when it prints the year:
        # "MOSCOW, April 8, 2026. /TASS/. Russian Deputy Foreign Minister …")
        _dated_press_dateline(ln)
        if (
            len(ln.split()) > 10
            and (re.search(r"[.!?][\"'”»]?\s*$", ln) or (i >= 4 and len(ln.split()) > 30))
            and not _BROADCAST_NOTICE.search(ln)
            # (a stamp that ends on its clock time closes no sentence: "By … Globe
            # Correspondent, Updated March 14, 2025, 6:00 a.m.")
            and not re.search(r"\d[ \t]*[ap]\.m\.[ \t]*$", ln)
            # (a video page's summary that opens on the event's date and a dash: UN Web TV's
            # "21 Oct 2025 - Joint media stakeout by H.E. Ms. … following the … debate.")
            and not _DATE_LED_SUMMARY.match(ln)
        )
        or _POST_SIGNATURE.search(ln)
        # (a photo's caption closed by its credit dates the picture: "… speaks during a town
        # hall at the Wilson Theater, May 20, 2025. (U.S. Army photo by Spc. Tyrese Holloway)")
        or (len(ln.split()) > 10 and _CREDITED_CAPTION_END.search(ln))
        else ln
        for i, ln in zip(_cover_ranks(window), window.split("\n"), strict=True)
    )
    # (a cable network's transcript title dates the show itself, over the page's later web
    # stamp: MSNBC's "Transcript: The Rachel Maddow Show, 3/24/25" / "March 25, 2025, 9:52 AM
    # EDT")
    date = (
        _show_title_date(dateable)
        or find_date(dateable)
        or day_first_slash_date(dateable, text)
        or transcript_title_date(dateable)
    )
    if date is not None:
        date = _event_date_under_post_strip(text, label_start, dateable, date)
        date = _aired_date_over_web_stamp(text, label_start, dateable, date)
    trailer = text[body_end:]
    place = None
    if date is None:
        # (never a date in a trailing "Related Articles" list: another page's, state.gov's
        # "Related Articles" / "May 1, 2025" / "Secretary Rubio's Call with …")
        # (nor in a long sentence of an archive's closing note: "Транскрипт звірено з
        # аудіозаписом і погоджено з респонденткою 2 вересня 2023 р. …" dates the checking)
        tail_date = find_date(
            "\n".join(
                ""
                if (len(ln.split()) > 15 and re.search(r"[.!?][\"'”»)]?\s*$", ln))
                # (nor a notary's "My Commission Expires: 1/31/2028" under her certificate)
                or re.search(r"(?i)\bexpires?\b", ln)
                else ln
                # (nor the print edition's own date under a magazine's note on where the
                # article ran: "International June 21st 2025" / "From the June 21st 2025
                # edition" dates the issue, not the interview)
                for ln in trailer[: _related_links_start(trailer, len(trailer))][
                    : _print_edition_at(trailer)
                ].split("\n")
            )
        )
        iso = tail_date[0] if tail_date else None
        if iso is None:
            # A record's cover lines run longer ("United Nations S/PV.9862", "Security Council",
            # …, "Monday, 24 February 2025, 3 p.m."): a short dated line a little further down.
            lines = header_text(text, label_start, max_lines=8).split("\n")[4:]
            # (a stamp row's fields one by one: "Published: Mar. 13, 2025 at 4:52 PM
            # EDT|Updated: 1 hour ago", a local TV site's)
            lines = [part for ln in lines for part in ln.split("|")]
            late = find_date(
                "\n".join(
                    ln for ln in lines if len(ln.split()) <= 8 and not _POST_SIGNATURE.search(ln)
                )
            )
            iso = late[0] if late else None
        if iso is None:
            # Below a site's menu lines, the cover's date may come after its first four lines
            # (state.gov: title / "Interview" / "Marco Rubio, Secretary of State" /
            # "Washington, D.C." / "May 2, 2025", the first label glued to it).
            more = _header_window(text, label_start, 8).split("\n")[len(window.split("\n")) :]
            late = find_date("\n".join(ln for ln in more if len(ln.split()) <= 8))
            iso = late[0] if late else None
        if iso is None:
            # A hearing's cover is longer still (title, "HEARING" / "BEFORE THE" / committee
            # lines, then "MARCH 5, 2025" centred on a line of its own): a line that is only a
            # date, within the first twenty (in a court caption, its right-hand column).
            for ln in header_text(text[:4000], label_start, max_lines=20).split("\n")[8:]:
                caption = _CAPTION_COLUMN.match(ln)
                ln = caption.group("right") if caption else ln
                # (or a cover's date field: "Date:    Thursday, May 8, 2025")
                ln = re.sub(r"^[ \t]*Date[ \t]*:[ \t]*", "", ln)
                alone = find_date(ln.strip())
                if alone and len(ln.split()) <= 5 and alone[2] - alone[1] >= len(ln.strip()) - 12:
                    iso = alone[0]
                    break
        if iso is None:
            # Under a masthead's chrome the headline sits low and its stamp lower still, past the
            # lines read above: "06:00, 14 JAN 2026 Updated 09:41, 14 JAN 2026", "Дата ефіру:
            # 9 січня 2026" (short lines only: no lead's date).
            below = _lines_under_headline(text, label_start, title)
            late = find_date("\n".join(ln for ln in below if len(ln.split()) <= 10))
            iso = late[0] if late else None
    else:
        iso = date[0]
        # (a cable transcript's title line names the show before its date, never a town:
        # "Ayman, 1/24/26")
        titled = transcript_title_date(dateable)
        if titled is None or titled[1:] != date[1:]:
            place = _place_beside_date(dateable, (date[1], date[2]), text)
    limit = len(text) if label_start is None else label_start
    if place is None and iso is not None:
        # The place on a line of its own beside the date's line, in the header or closing it.
        place = _place_by_date_line(
            _cover_lines(text, limit), iso, trailer=False, text=text
        ) or _place_by_date_line(
            _cover_lines(trailer, len(trailer)), iso, trailer=True, text=text, header=window
        )
    if place is None and iso is not None:
        place = _place_on_date_lines(_cover_lines(text, limit), iso, text)
    if place is None and iso is not None:
        place = _place_near_dated_cover(
            _cover_lines(text, limit, max_lines=_NEAR_COVER_LINES), iso, text
        )
    if place is None and iso is not None:
        place = _venue_town_under_dated_title(_cover_lines(text, limit), iso, text)
    if place is None:
        # (gov.uk's field block sits under the cookie banner, the menu, the title and the
        # summary: "From:" / "Published" / "2 April 2025" / "Location:" / "Kyiv, Ukraine" — a
        # field, dated beside it, may lie further down than the cover's first lines)
        place = _place_from_fields(_header_window(text, label_start, 16), text)
    if place is None:
        place = _byline_city(_header_window(text, label_start, 8))
    if place is None:
        place = _dateline_place(_header_window(text, label_start, 5))
    if place is None:
        # A weekly's dateline opening the lead below the byline, the share row and the photo's
        # caption: "BRYSON CITY — Marcus Whitlow enlisted at 18, …" (a lead's long line only).
        lead = _header_window(text, label_start, 10).split("\n")
        place = _dateline_place("\n".join(ln for ln in lead if len(ln.split()) >= 15))
    if place is None:
        # An agency's dateline alone on a line of its own below the lead and the byline, right
        # above the first question ("Беседовала …" / "МОСКВА, 22 апр — РИА Новости." / "— …?"):
        # further down than the cover's first lines, and short.
        lead = _header_window(text, label_start, 14).split("\n")
        place = _dateline_place(
            "\n".join(ln for ln in lead if len(ln.split()) <= 8 and _SHORT_DATELINE.match(ln))
        )
    if place is None:
        place = _colon_dateline_place(_header_window(text, label_start, 10), text)
    if place is None:
        place = _lead_town(_header_window(text, label_start, 10), text)
    if place is None:
        place = _masthead_town(_cover_lines(text, limit, max_lines=3), text)
    if place is None:
        place = _desk_town(_cover_lines(text, limit, max_lines=8), text)
    if place is None:
        place = _event_place(_cover_lines(text, limit, max_lines=6), text)
    if place is None:
        place = _ru_event_town(_cover_lines(text, limit, max_lines=10), text)
    if place is None:
        # (a labelled interview signs the same way: "Укрінформ: …" / … / "Ірина Ковач, Ужгород")
        place = _signed_city(text)
    if place is None:
        place = _venue_over_clock(_cover_lines(text, limit))
    # A cover's date below its menu-like capitals lines ("HEARING", "BEFORE THE", …).
    cover_date = date is None or dateable[: date[1]].count("\n") >= 4
    if place is None and cover_date and iso is not None:
        # The hearing cover's place line, alone under the committee's name (below the roster
        # and contents): "Washington, DC."
        cover = header_text(text[:8000], label_start, max_lines=80)
        # A roster's "Luis Salgado, Texas" lines have the same shape: the capital's "D.C."
        # first, else the one such line, never a name the text gives a post ("Ukrinform
        # correspondent Olena Kravets" signing "Olena Kravets, Kyiv").
        found = list(_COVER_PLACE.finditer(cover))
        capital = [m for m in found if re.search(r"D\.[ \t]?C\.|DC", m.group(0))]
        only = capital[:1] or (found if len(found) == 1 else [])
        place = only[0].group("city") if only else None
        if place is not None and not capital and _labelled_elsewhere(place, text):
            place = None
        # (nor the byline's name, signing with its town: "Iryna Dovzhenko" alone on a line
        # over the date, "Iryna Dovzhenko, Kyiv" under the text)
        if (
            place is not None
            and not capital
            and re.search(rf"(?m)^[ \t]*(?:By[ \t]+)?{re.escape(place)}[ \t]*$", text)
        ):
            place = None
    if place is not None and re.fullmatch(_WEEKDAY, place.strip(" \t,."), re.IGNORECASE):
        # A weekday is no place: the date's own weekday before its comma read as a dateline's
        # town (Otter's header line "Fri, Mar 14, 2025 3:02PM • 58:41").
        place = None
    if place is None and iso is not None:
        place = _release_dateline_place(_header_window(text, label_start, 10), iso, text)
    if place is None and iso is not None:
        town = _TOWN_OF_LINE.search(header_text(text[:4000], label_start, max_lines=3))
        place = _capitalised(town.group("town")) if town else None
    tags = inline_hashtags(text)
    block = _mangled_above_furniture(text)
    if block is not None:
        tags.extend(block.tags)
    return Found(
        title=title,
        date=iso,
        place=place,
        source_url=find_source_url(text, body_end, header),
        hashtags=unique(tags),
        byline=find_byline(header)
        or _byline_under_headline(text, label_start, title)
        # (the writers of a Cyrillic authors' field: the page's metadata only, for the turn
        # readers take no one of several writers for the asker)
        or _authors_field(header_text(text, label_start, max_lines=12)),
        body_end=body_end,
    )
