"""Speaker labels: the grammar that recognises them and the alias rules that name them.

A *label* is the ``Name:`` (or White House ``Q``) that introduces an utterance. Recognition is
precision-first: a line-start candidate must pass a token grammar (capitalised name words,
initials, honorifics; no digits, no lowercase words but name particles), must not be a stop-word
such as ``Note`` or ``Source``, and must then survive a consistency pass in
:mod:`rhetoscope.structure.labels` (it recurs, or matches a strong pattern in a document that is
clearly a transcript).

Alias resolution groups labels by surname and picks the fullest form seen: ``S.V. Lavrov``,
``Sergey Lavrov``, ``LAVROV`` and ``Foreign Minister Lavrov`` all become ``Sergey Lavrov``.
Role words (``Q``, ``Question``) and offices (``THE PRESIDENT``) get a person's name only when the
header says who they are; nothing is ever guessed.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from rhetoscope.datewords import EN_MONTH_NAMES, EN_WEEKDAYS
from rhetoscope.structure import regex as re  # re with a cache for per-name patterns

# Latin-1 and Latin Extended-A letters too (Stéphane, Radosław); Ā-ž holds both cases.
# Vietnamese names need horned Ơ/Ư and Latin Extended Additional (Ḁ-ỿ, both cases
# interleaved): "Ambassador Bùi Văn Nghị:", "Nguyễn Phú Trọng"; Romanian Ș/Ț too.
UPPER = "A-ZÀ-ÖØ-ÞĀ-žƠơƯưȘ-țḀ-ỿА-ЯЁІЇЄҐ"
LOWER = "a-zß-öø-ÿĀ-žƠơƯưȘ-țḀ-ỿа-яёіїєґ"
LETTER = UPPER + LOWER

QUESTION_WORDS = frozenset({"question", "q", "вопрос", "питання", "запитання", "frage"})
ANSWER_WORDS = frozenset({"answer", "a", "ответ", "відповідь", "antwort", "guest", "гость"}) | {
    "respondent",
    "interviewee",
    "респондент",
    # A studio guest in Ukrainian and Russian, either gender: "Ведуча: …?" / "Гість: …",
    # "Гостья: …", "Гостя: …".
    "гість",
    "гостя",
    "гостья",
}
# Labels naming a role, not a person: they say who asks, never who it is.
INTERVIEWER_WORDS = frozenset(
    {
        "moderator",
        "host",
        "interviewer",
        "anchor",
        "correspondent",
        "reporter",
        "journalist",
        "presenter",
        "media",  # New Zealand's Beehive transcripts: every journalist is "Media:"
        # An earnings call's askers, whom the operator names in turn: "Analyst:" after "Our
        # first question comes from Tom Hadley of Kestrel Securities. Please go ahead."
        "analyst",
        "ведущий",
        "ведущая",
        "корреспондент",
        # Regional sites abbreviate the correspondent: "Корр.: Иван Петрович, …?" (Ukrainian
        # "Кор.:").
        "корр.",
        "корр",
        "кор.",
        "журналист",
        "интервьюер",
        "модератор",
        "модераторка",
        "журналіст",
        "журналістка",
        "кореспондент",
        # The feminine correspondent: "Кореспондентка: Пані Наталіє, …?" (Russian
        # "Корреспондентка:").
        "кореспондентка",
        "корреспондентка",
        "ведучий",
        "ведуча",
        # Mexico's presidency labels every reporter at the morning conference "INTERLOCUTOR:"
        # (Spanish "INTERLOCUTORA:"); each names themselves in the question.
        "interlocutor",
        "interlocutora",
        # A citizens' assembly's or a workshop's chair: "Facilitator (Rachel Osei):", then
        # "Facilitator: Thanks, Hamid. Table 4, …".
        "facilitator",
    }
)
# Role-described first appearances ("LESTER HOLT, NBC NEWS ANCHOR") that mark an interviewer.
INTERVIEWER_HINTS = re.compile(
    r"\b(?:anchor|host|co-host|moderator|interviewer|correspondent|reporter|presenter|journalist|"
    r"editor|byline|ведущ\w*|корреспондент\w*|журналист\w*|интервьюер\w*|ведуч\w*|"
    r"кореспондент\w*|журналіст\w*|модератор\w*)\b",
    re.IGNORECASE,
)
ANONYMOUS = frozenset(
    {
        "unidentified male",
        "unidentified female",
        "unidentified man",
        "unidentified woman",
        "unidentified speaker",
        "unidentified",
        "unknown",
        "unknown speaker",
        # An X Spaces recap's "Unnamed speaker: Yeah hi, can I just say …".
        "unnamed speaker",
        "audience member",
        "audience",
        "crowd",
        "participant",
        # A think tank's event transcript heads a floor question "QUESTIONER:" (the asker names
        # himself in it: "Thanks very much. Aaron Mendel with …").
        "questioner",
        # A citizens' assembly's members, kept anonymous by their seat: "Member (Table 4, seat
        # 2): Yes. What happens to people who rent?"
        "member",
        # The Scottish Parliament's Official Report sets the members' chorus as a label: "Members:
        # Oh!" — no one person.
        "members",
        "announcer",
        # A podcast's listener message played in: "Voicemail (24:05): Hi Marcus, this is a
        # longtime listener from Ohio. …" (unnamed unless the caller says who they are).
        "voicemail",
        "voice message",
        # The White House's press wranglers end an Oval Office spray: "STAFF:  Thank you,
        # press." / "AIDE:  Let's go, guys."
        "staff",
        "aide",
        "voice",
        "speaker",
        "off-camera",
        "неизвестный",
        # A video call's unrecognised line: Zoom's "Неизвестный участник:" (Ukrainian
        # "Невідомий учасник:"), "Unknown participant:".
        "неизвестный участник",
        "невідомий",
        "невідомий учасник",
        "unknown participant",
        "голос",
        "участник",
        "реплика",
        "голос из зала",
        # A round table's floor question, no voice named: "Из зала: Вопрос к Виктору
        # Андреевичу. …" (Ukrainian "З залу:", "Із зали:").
        "из зала",
        "з залу",
        "із залу",
        "із зали",
        "remark",
        "interjection",
        "interpreter",
        "translator",
        "переводчик",
        # Ukrainian: "Перекладач: Перепрошую, чи можна трохи повільніше …".
        "перекладач",
        "перекладачка",
    }
)
# The plural head of a roster's heading ("Company Participants", "Studio guests").
_ROSTER_HEADS = frozenset({"participants", "panelists", "panellists", "guests"})
# Words that end a line-start "X:" which is not a speaker (headings, notes, datelines).
STOP_LABELS = (
    frozenset(
        {
            "note",
            "notes",
            "please note",  # BBC: "PLEASE NOTE: THIS TRANSCRIPT WAS TYPED FROM A RECORDING …"
            "be advised",  # MSNBC: "BE ADVISED: THIS TRANSCRIPT MAY CONTAIN ERRORS."
            # A programme's roster line: "Participants: Elena Márquez Soler, Deputy Minister …"
            # (plural only: "Participant (online):" asks at a panel).
            "participants",
            "full transcript",  # Kazinform: "FULL TRANSCRIPT: AIF session …", a headline
            # A board's minutes title their verbatim part: "Verbatim Excerpt: Public Comment and
            # Item 7.2 (Later School Start Times)".
            "verbatim excerpt",
            "verbatim transcript",
            "excerpt",
            "full text",
            "panelists",
            "panellists",
            "guests",
            "nb",
            "update",
            "updated",
            "source",
            "sources",
            "editor",
            "editor's note",
            "editors note",
            "photo",
            "photos",
            "image",
            "video",
            "audio",
            "caption",
            "credit",
            "credits",
            "tags",
            "tag",
            "subject",
            "date",
            "from",
            "to",
            "cc",
            "re",
            "title",
            "summary",
            "warning",
            "disclaimer",
            "important",
            "example",
            "read more",
            "read also",
            # A blog's marker before a post it runs again: "REPOST: \"We can't …\" — my Q&A
            # with Mayor …" (a heading, printed again over the second copy).
            "repost",
            "reposted",
            "reblog",
            "reblogged",
            "cross-post",
            "crosspost",
            "cross-posted",
            # A newsletter or subscription box: "SIGN UP: The Ledger Climate Brief — …".
            "sign up",
            "subscribe",
            # A page's share and display buttons: "Follow Us :" / "Text Size: A- A+" (ThePrint).
            "follow us",
            "share this",
            "text size",
            "font size",
            "related",
            "see also",
            "published",
            "posted",
            "location",
            "place",
            "transcript",
            "link",
            "url",
            "email",
            "e-mail",
            "tel",
            "phone",
            "fax",
            "address",
            "category",
            "keywords",
            "ps",
            "p.s",
            "attention",
            "breaking",
            "exclusive",
            "watch",
            "listen",
            "also",
            "why",
            "what",
            "how",
            "when",
            "where",
            "who",
            "here",
            "this",
            "that",
            "the",
            "background",
            "context",
            "conclusion",
            "introduction",
            "analysis",
            "key takeaways",
            "takeaways",
            "quote",
            "correction",
            "clarification",
            "disclosure",
            "live",
            "opinion",
            "comment",
            "comments",
            "contact",
            "contacts",
            "topics",
            "topic",
            "section",
            "part",
            "chapter",
            "step",
            "pros",
            "cons",
            "bottom line",
            "verdict",
            "result",
            "results",
            "fact",
            "facts",
            "fact check",
            "claim",
            "rating",
            "status",
            "edited",
            "translation",
            "translated",
            "original",
            "reference",
            "references",
            "share",
            "print",
            "follow",
            "примечание",
            "источник",
            "источники",
            "обновлено",
            "фото",
            "видео",
            "теги",
            "тема",
            "читайте также",
            "справка",
            "комментарий",
            "дата",
            "место",
            "подробнее",
            "автор",
            "перевод",
            "цитата",
            "итог",
            "итоги",
            "вердикт",
            # Discourse words that open list items or paragraphs ("First: we must…").
            *[
                "first",
                "second",
                "third",
                "fourth",
                "fifth",
                "firstly",
                "secondly",
                "thirdly",
                "lastly",
                "finally",
                "however",
                "therefore",
                "yes",
                "no",
                "well",
                "so",
                "now",
                "today",
                "tomorrow",
                "yesterday",
                "here",
                "there",
                "again",
                "remember",
                "look",
                "unquote",
                "point",
                "one",
                "two",
                "three",
                "four",
                "five",
                "goal",
                "reason",
                "problem",
                "solution",
                "response",
                "reply",
                "outcome",
                "truth",
                "lesson",
                "message",
                "issue",
                "priority",
                "objective",
                "aim",
                "task",
                "risk",
                "threat",
                "challenge",
                "option",
                "plan",
                "idea",
                "bottom",
                "main",
                "во-первых",
                "во-вторых",
                "в-третьих",
                "итак",
                "главное",
                "вывод",
                "выводы",
                "например",
                "факт",
                "цель",
                "задача",
                "вопросы",
                "ответы",
                "да",
                "нет",
            ],
        }
    )
    | EN_MONTH_NAMES
    | EN_WEEKDAYS
)
PARTICLES = frozenset(
    {
        "de",
        "da",
        "di",
        "del",
        "della",
        "van",
        "von",
        "der",
        "den",
        "bin",
        # Swedish nobility: "Karin af Ekström", The Local's label "af Ekström:".
        "af",
        "al",
        "el",
        "la",
        "le",
        "du",
        "dos",
        "das",
        "ter",
        "ten",
        "y",
        "ibn",
        # Tuareg and Moorish surnames: "Moussa Ag Mohamed" (label "Ag Mohamed:"), "Mohamed Ould
        # Ghazouani".
        "ag",
        "ould",
        "of",
        "st.",
        # Irish surnames: "Siobhán Ní Bhriain", "Aoife Nic Giolla", "Seán Ó Briain".
        "ní",
        "nic",
        "uí",
        "ó",
        # Welsh patronymic surnames: "Rhun ap Dafydd", "Siân ab Owen" (the Senedd's record).
        "ap",
        "ab",
        # The same Dutch and German particles in Cyrillic: "Марко ван Дейк" (a label at a line's
        # start writes "Ван Дейк:"), "Урсула фон дер Ляєн".
        "ван",
        "фон",
        "дер",
        # and the Romance ones: a film forum's "де Вріс:" under "… копродюсер Ян де Вріс",
        # "Леонардо ді Капріо".
        "де",
        "ді",
    }
)
# Irish surnames' particles ("Mac Giolla Phádraig", "Nic Giolla Easpaig", "Ó Briain").
_IRISH_PARTICLES = frozenset({"mac", "mag", "nic", "ní", "ó", "uí", "ua"})
# Honorifics and offices that may precede a name; stripped for grouping, kept as the title.
TITLE_WORDS = frozenset(
    {
        # Malaysia's and Brunei's styles: "Datuk Seri Azlan Hamid", "Dato' Sri …", "Datin …".
        "datuk",
        "dato",
        "dato'",
        "dato’",
        "datin",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "sen",
        "senator",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "gov",
        "governor",
        # A ministry's briefing: "Amb. Tesfaye:" is Ambassador Tesfaye.
        "amb",
        # The Federal Government's press conference: "StS Kornelius:" is State Secretary
        # (Staatssekretär) Kornelius.
        "sts",
        "staatssekretär",
        "staatssekretärin",
        # The pilgrim's honorific before a Nigerian minister's name: "ALHAJI MUSA BELLO:" is
        # Musa Bello, as "BELLO:" later.
        "alhaji",
        "alhaja",
        # NBC's clip label: "PRES. DONALD TRUMP:" is Donald Trump.
        "pres",
        "gen",
        "general",
        "adm",
        "admiral",
        "col",
        "colonel",
        # (a navy's rank, and a garrison's or a base's post: "COMMANDER:" under "garrison
        # commander … Col. Renee Hale")
        "commander",
        "cmdr",
        "lt",
        "capt",
        "captain",
        "maj",
        "sgt",
        "president",
        "vice",
        "prime",
        "minister",
        "foreign",
        "secretary",
        "press",
        "state",
        "defense",
        "defence",
        "ambassador",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "father",
        # (Father abbreviated, as British and Irish parishes write it: "Fr Patrick Duggan")
        "fr",
        "rev",
        # (the Church of England's abbreviation: "The Rt Revd Ruth Adeyemi-Clarke")
        "revd",
        "reverend",
        # Clergy at rallies and inaugurations: "Pastor Ruth Ann Keller (00:09):" is Ruth Ann
        # Keller; the title is not a given name.
        "pastor",
        # (a deacon's rank as a parish podcast writes its host: "Deacon Tom:" under "host
        # Deacon Thomas Kowal")
        "deacon",
        "bishop",
        "archbishop",
        "cardinal",
        "rabbi",
        "imam",
        # (a retired holder's style after the title: "Rabbi Emeritus David Stern", "Professor
        # Emerita Jane Roe")
        "emeritus",
        "emerita",
        "deputy",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        # An international court's or organisation's head by office and surname, as its own
        # transcripts label them: "DEPUTY PROSECUTOR NIANG:", "DG Okonjo-Iweala:" (the
        # Director-General abbreviated), the full name given in the header or an earlier label.
        "prosecutor",
        "dg",
        "leader",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "director",
        "mayor",
        "judge",
        "justice",
        "attorney",
        # A California parole hearing's "INMATE TATE:" beside "ATTORNEY FARRIS:": a role.
        "inmate",
        "former",
        "acting",
        # Westminster's opposition frontbench: "Shadow Chancellor:" under "Guest: Rachel Reeves
        # MP, Shadow Chancellor of the Exchequer" — the qualifier of a post, never a given name.
        "shadow",
        "chief",
        "executive",
        "commissioner",
        "premier",
        "sheikh",
        "emir",
        "sultan",
        "first",
        "special",
        # The UN's "Personal Envoy of the Secretary-General" ("Personal Envoy:"), a "Personal
        # Representative": the qualifier of a post, never a given name.
        "personal",
        "envoy",
        "high",
        "senior",
        "adviser",
        "advisor",
        "national",
        "security",
        "homeland",
        "treasury",
        "treasurer",
        "commerce",
        "energy",
        "interior",
        "economy",
        "finance",
        "министр",
        "президент",
        "председатель",
        # Parliamentary stenograms' chair: "Председательствующий. Уважаемые коллеги, …"
        # (State Duma, Federation Council), "ГОЛОВУЮЧИЙ. Шановні колеги, …" (Verkhovna Rada).
        "председательствующий",
        "председательствующая",
        "головуючий",
        "головуюча",
        "господин",
        "госпожа",
        "посол",
        "глава",
        "официальный",
        "представитель",
        "пресс-секретарь",
        # A Ukrainian ministry's briefing: "Речник:" under "Брифінг речника МЗС України …".
        "речник",
        "заместитель",
        "замминистра",
        "директор",
        "премьер-министр",
        "премьер",
        # Ukrainian, with either apostrophe: "…на 78 відсотків.Прем’єр-міністр: Що з …".
        "прем'єр-міністр",
        "прем’єр-міністр",
        "прем'єр-міністерка",
        "прем’єр-міністерка",
        "генсек",
        "генеральный",
        "секретарь",
        "иностранных",
        "дел",
        "советник",
        "помощник",
        "спецпредставитель",
        "губернатор",
        "мэр",
        "депутат",
        # A Ukrainian headline's role noun before the name: "Нардепка Ірина Гордієнко: …",
        # "Народна депутатка …", "Міністерка …", "Речниця …".
        "депутатка",
        "нардеп",
        "нардепка",
        "народний",
        "народна",
        "міністерка",
        "міністр",
        "речниця",
        "посолка",
        "сенатор",
        "канцлер",
        # A Ukrainian community's head: "Голова:" under "… з головою громади Оксаною
        # Коваленко" (the same word for a council's or a committee's chair).
        "голова",
        "the",
        # (see OFFICE_HEADS: "The Taoiseach:", "Ombudsman:", "Rector:", "Вице-губернатор:")
        "taoiseach",
        "tánaiste",
        "llywydd",
        # An Irish county council's chair, by her Irish title: "Cathaoirleach:" under "Present:
        # Cllr Siobhán Kehoe (Cathaoirleach), …" (and the deputy, "Leas-Chathaoirleach").
        "cathaoirleach",
        "leas-chathaoirleach",
        # A Scottish committee's or council's chair: "The Convener (Alison Greig):", then
        # "The Convener:".
        "convener",
        "convenor",
        # A Canadian rural municipality's head: "REEVE:" under "Reeve Joanne Petrowski".
        "reeve",
        # The Dáil's chair, by its Irish title: "An Ceann Comhairle" (and the deputy chair,
        # "An Leas-Cheann Comhairle"), the article "An" before it (see classify's office rules).
        "ceann",
        "leas-cheann",
        "comhairle",
        "ombudsman",
        "ombudsperson",
        "ombudswoman",
        "rector",
        "вице",
        "віце",
    }
)
# Posts a page labels alone while its headline, lead or signature names the holder: titles
# before a name and office heads both. A university's head, a paper's editor ("Ректорка:" under
# the headline "Ярина Сагайдачна-Ліщук: «…»"); a Ukrainian "Мер:" under "мер Житомира Андрій
# Ковальчук відповідав …"; "Прокурор:" under "Прокурор … края Андрей Селезнёв"; a club's
# "Coach:" under "Head coach Marco Ferreira spoke …"; a school's "Headteacher:" signed "Mrs Helen
# Achterberg"; a hospital's "Главврач:" under "… с главным врачом … Тамарой Шевчук".
_LONE_POSTS = frozenset(
    {
        "ректор", "ректорка", "директорка",
        # A university's vice-rectors by their remit: "Проректор по научной работе:" under "…
        # ответили … проректор по научной работе Ольга Викторовна Шестакова".
        "проректор", "проректорка", "редактор", "редакторка", "мер", "прокурор",
        "прокурорка", "coach", "headteacher", "главврач", "головлікар", "головлікарка",
        # A court's defence counsel: "Адвокат Гусева:" under "… представляет адвокат Вера Гусева".
        "адвокат", "адвокатка",
        # A reserve's or a museum's head: "Директор:" under "… с директором заповедника Петром
        # Семёновичем Ковалёвым"; a regional recruitment chief by his rank, "Полковник:" under
        # "[Фото: Андрій Кравець, начальник обласного ТЦК …]" ("… полковник про ТЦК …").
        "директор", "полковник",
        # A service's spokesman, as Ukrainian agencies call him: "Спікер:" under "брифінг
        # спікера Державної прикордонної служби України Андрія Демченка".
        "спікер", "спікерка", "спикер",
        # A port's, a university's posts: a local paper's "Harbourmaster:" under the caption
        # "Harbourmaster Captain Ewan Mackie on the north pier"; a senate's "Provost:" /
        # "Registrar:" under "Present: … Provost Daniel Kerr; Ms Fiona Lydgate, Academic Registrar".
        "harbourmaster", "harbormaster", "provost", "registrar",
        # A diocese's head: "Bishop:" under "The Rt Revd Ruth Adeyemi-Clarke was installed as
        # the eleventh Bishop of Lindfield …" ("The Bishop:" already reads as an office).
        "bishop", "archbishop",
        # A congregation's head likewise: a community paper's "Chief Rabbi:" beside
        # "Interviewer:" under "… Chief Rabbi Daniel Lessing sat down with …"; "Imam:".
        "rabbi", "imam",
        # A hospital's clinicians by their trade: an NHS trust's briefing "Surgeon:" /
        # "Anaesthetist:" under "Participants: … Mr Rajiv Menon, consultant hepatobiliary
        # surgeon, …; Dr Fiona Keane, consultant anaesthetist."
        "surgeon", "anaesthetist", "anesthetist", "midwife", "paramedic",
        # A sheriff's second in command, who may answer once at the sheriff's briefing.
        "undersheriff",
        # A fire district's head at its own briefing: "CHIEF:" beside "PIO:" under "Present: Fire
        # Chief Marisol Ybarra-Kwan; Public Information Officer Dev Raghunathan." ("Chief Rabbi"
        # or "Chief Dan George" before a name stays a title).
        "chief",
        # A village's elected head in a council's minutes: "Староста:" under "… звіти старости
        # села Лугове Миколи Ткачука".
        "староста",
        # A school's head as its own paper labels her: "Principal:" under the headline "Five
        # minutes with the Principal: Mrs. Grace Adeyemi on phones …" ("Principal Deputy …"
        # before a name stays a title).
        "principal",
        # A researcher labelled by her trade: "Науковиця:" under "… ми поговорили з біологинею
        # Наталією Коваль …" (Russian "Учёный:").
        "науковець", "науковиця", "учёный", "ученый",
        # A dissertation council's stenogram: "Соискатель:" under "Повестка дня: защита
        # диссертации Мельниковой Ольги Сергеевны …" (Ukrainian "Здобувач:").
        "соискатель", "соискательница", "здобувач", "здобувачка",
        # A court's live text names the presiding judge once ("Головуючий суддя Андрій Бойко:",
        # "Головує суддя …" in the lead), then labels him "Суддя:" alone.
        "суддя", "судья",
        # The accused, whom the lead names ("… Ігоря Ковальчука, якого обвинувачують у …"):
        # "Обвинувачений:" once, between the witness's turns.
        "обвинувачений", "обвинувачена", "обвиняемый", "обвиняемая", "підсудний", "підсудна",
        "подсудимый", "подсудимая",
        # An inquest's presiding officer and the one giving evidence: a live blog's "Coroner:" /
        # "Witness:" under "Area coroner Helen Carradine is sitting … PC Rhys Llewellyn … is
        # giving evidence" ("The Witness:" already reads as an office).
        "coroner", "witness",
        # A Cossack community's elected head: a radio page's "Атаман:" beside "Ведущий:" under
        # "Гость программы — атаман … общества «Старочеркасская станица» Павел Игнатьевич
        # Сорокин" (Ukrainian "Отаман:").
        "атаман", "отаман",
        # A civil court's protocol labels each party by its procedural role before the name:
        # "Истец Зуев К.И.:", "Свидетель Кравцова Н.П.:", "Представитель ответчика Гриценко
        # Д.Ю.:" (Ukrainian "Позивач …:", "Свідок …:", "Представник відповідача …:").
        "истец", "истица", "ответчик", "ответчица", "свидетель", "свидетельница",
        "представитель", "позивач", "позивачка", "відповідач", "відповідачка", "свідок",
        "свідка", "представник", "представниця",
        # A qualification interview's candidate: "Кандидатка:" beside the commission's
        # members (Russian "Кандидат:"), whom the chair calls up by name.
        "кандидат", "кандидатка",
        # … and the member who reports the candidate's dossier: "Доповідач:" under "…
        # доповідачем був член Комісії Сергій Чумак" (Russian "Докладчик:").
        "доповідач", "доповідачка", "докладчик", "докладчица",
        # An ombudsman by the short form of the post: "Уполномоченный:" under "…
        # уполномоченный по правам ребёнка в Омской области Марина Щербакова" (Ukrainian
        # "Уповноважений:").
        "уполномоченный", "уполномоченная", "уповноважений", "уповноважена",
        # A Moscow okrug's head at a residents' meeting: "Префект:" under "… встреча префекта
        # Северо-Западного административного округа Вадима Крылова с жителями …".
        "префект",
        # A region's military commissar by the clipped post: "Военком:" under "Военный комиссар
        # … области Игорь Бочаров провёл …" (Ukrainian "Військком:"); a Canadian municipal
        # district's head: "WARDEN:" under "Present: Warden Darlene Hiltz; …".
        "военком", "військком", "warden",
    }
)  # fmt: skip
TITLE_WORDS = (
    TITLE_WORDS
    | _LONE_POSTS
    | {
        # A Latin American ministry's English page keeps its own titles: "Canciller Restrepo:",
        # "Ministra Vargas:", "Embajador Ruiz:".
        "canciller",
        "cancillera",
        "ministro",
        "ministra",
        "embajador",
        "embajadora",
        # A priest's title before the name, as "Father" is: "Отець Богдан Сокіл: «…»" over the
        # label "Богдан:" is Богдан Сокіл; "протоиерей Сергий Петров", "митрополит …".
        # (the plain "Отець Богдан Сокіл", Russian "Отец Сергий": a title, not a given name)
        "отець",
        "отец",
        "протоиерей",
        "протоієрей",
        "иерей",
        "ієрей",
        "игумен",
        "ігумен",
        "епископ",
        "єпископ",
        "архиепископ",
        "архієпископ",
        "митрополит",
        # A priest's wife by her church title and given name, as the parish calls her:
        # "Паніматка Ірина:" (Greek Catholic), "Матушка Ольга:" (Orthodox).
        "паніматка",
        "матушка",
        # A scientist's rank, as "Professor" is: "Академик Геннадий Ладыгин: «…»" over the
        # labels "Ладыгин:" / "Г.Л.:" is Геннадий Ладыгин.
        "академик",
        "академік",
        # The same rank abbreviated, as "Prof." is: "Проф. Олена Савчин:" over "О.С.:".
        "проф",
        "акад",
        "доц",
        # A host's role before the name: "Ведучий Андрій Лисенко:", "Ведущая Анна Белова:".
        "ведучий",
        "ведуча",
        "ведущий",
        "ведущая",
        # A congressional committee's second office: "RANKING MEMBER SANDERS:" under "Ranking
        # Member Bernie Sanders (I-Vt.) questioned …" is Bernie Sanders.
        "ranking",
        "member",
        # "Federal Chancellor:", "PM Wierzbicki:", "Councilmember Vance:", "Principal Deputy …".
        "federal",
        "pm",
        "fm",
        "principal",
        # A school board's or a charity's member by the seat: "Trustee Ng:" under
        # "Participants: … Trustees Alan Ng and Maria Soto" is Alan Ng.
        "trustee",
        "regional",
        "councilmember",
        # A US county board's member by the seat, as "Councilmember" is: "SUPERVISOR LINDQVIST:"
        # under "PRESENT: Supervisor Erik Lindqvist, District 4" is Erik Lindqvist.
        "supervisor",
        # Law enforcement ranks: "Sheriff Tom Baxter (04:40):" at a rally is Tom Baxter.
        "sheriff",
        "sergeant",
        # Military ranks spelled out: "AIR FORCE BRIGADIER GENERAL DANA WHITLOCK:", "Lieutenant
        # Colonel Ruth Ames:" (the abbreviations "Brig. Gen.", "Lt. Col." are read the same).
        "brigadier",
        "brig",
        "lieutenant",
        "detective",
        "inspector",
        "superintendent",
        "constable",
        # A Jersey parish's head, who sits in the States: "The Connétable of St. Lawrence:"
        # (French, and so spelled in the island's English Hansard).
        "connétable",
        "councilwoman",
        "councilman",
        "councillor",
        # British council minutes abbreviate it: "Cllr Brennan:" is Councillor Paul Brennan.
        "cllr",
        # … and Canadian papers: "COUN. BOHACHYK:" is Coun. Marvin Bohachyk.
        "coun",
        "councilor",
        "alderman",
        "managing",
        "ceo",
        "cfo",
        "ministry",
        "office",
        "department",
        "council",
        "committee",
        "agency",
        "bureau",
        "coordinator",
        # A US agency's head: "Administrator Cole" (FAA, EPA, NASA) is Ms. Cole, not a given name.
        "administrator",
        "communications",
        "nsc",
        "kremlin",
        "affairs",
        "secretary-general",
        "staff",
        "aide",
        "official",
        "министерства",
        "мид",
        # The Philippine government's abbreviated offices: "USEC. MANALASTAS:" (Undersecretary),
        # "DA SEC. VILLAFLOR:" (a department's acronym, then Secretary), "ASEC. DIZON:".
        "sec",
        "usec",
        "asec",
        "undersecretary",
        # Indian honorifics ("Official Spokesperson, Shri Randhir Jaiswal").
        "shri",
        "sri",
        "smt",
        "shrimati",
        # Court and chamber offices ("THE VIDEOGRAPHER:", "The PRESIDING OFFICER.").
        "presiding",
        "officer",
        # A constitutional court's judges: "Судья-докладчик Л.М.Жаркова:", "Судья К.В.Арбатов:".
        "судья",
        "судья-докладчик",
        "суддя",
        "суддя-доповідач",
        "videographer",
        "witness",
        "court",
        "clerk",
        "bailiff",
        # Commonwealth parliaments' styles: Canada's Hansard "Hon. Garrett Lindqvist (…, CPC):",
        # New Zealand's "Hon Tama Rāwiri:", "Rt Hon Caroline Whitmore" — a style, not a given name.
        "speaker",  # "The Speaker:", "Madam Speaker:" preside ("Speaker 1" is read before)
        "hon",
        # A diplomatic style, "His/Her Excellency": "Joint Press Conference of H.E. Hakan Fidan,
        # Minister of Foreign Affairs" (no initials of his).
        "h.e",
        "honourable",
        "honorable",
        "rt",
        # A minister's portfolio before the office: "Health Secretary:", "Trade Spokesperson
        # Tomasz Wierzbicki:", "Education Secretary Bridget Phillipson".
        "health",
        "home",
        "education",
        "culture",
        "business",
        "trade",
        "transport",
        "environment",
        "housing",
        "science",
        "agriculture",
        "immigration",
        "veterans",
        # kremlin.ru's "Minister of Economic Development Maxim Reshetnikov:", "Minister of Labour
        # …": the ministry's words, not given names.
        "economic",
        "development",
        "industry",
        "labour",
        "labor",
        # A cabinet's press offices: the Japanese Prime Minister's Office's "CABINET PUBLIC AFFAIRS
        # SECRETARY:", "CHIEF CABINET SECRETARY:" and a ministry's "Public Affairs Officer" are
        # offices, not a given name "Cabinet" with a surname "Secretary" ("CABINET PUBLIC RELATIONS
        # SECRETARY:" too).
        "cabinet",
        "public",
        "relations",
        # Offices whose first word is a common noun, not a given name: a radio page's "Chief
        # Medical Officer:", a committee's "Auditor General:", "Surgeon General:", "Solicitor
        # General:" (the head noun makes them offices, not "Medical Officer" with a title).
        "medical",
        "auditor",
        "surgeon",
        "solicitor",
        "comptroller",
    }
)


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


SAYING = _words(
    """
    said says told added asked wrote writing recalling recalled noted explained stated declared
    insisted argued replied responded continued claimed warned according tweeted posted
    сказал сказала заявил заявила отметил отметила написал написала говорит пишет
    """
)


# A description after a label's comma never opens a subordinate clause.
_CLAUSE_OPENERS = _words(
    """
    что чтобы как где когда если который которая которые кто чем що щоб як де коли якщо який
    яка які хто that which what how where when if whether who whom
    i we you he she they я мы вы он она они ми ви вони
    """
)
# (A subject pronoun after the comma opens a clause too: a witness's "Mr. Chairman, I want to
# be candid: it takes …" is speech, not a label.)

# A vocative address before a label's comma is speech, not a speaker: "Коллеги, ещё раз
# подчеркну: удобство пассажиров …", "Друзі, скажу відверто: …", "Friends, let me be clear: …".
_ADDRESS_WORDS = _words(
    """
    коллеги друзья товарищи господа колеги друзі товариші панове colleagues friends
    """
)

# A vocative that opens an address, never a speaker's label: "Пане Президенте, …", "Шановні
# колеги, …", "Уважаемый Иван Петрович, …" ("пане" is the vocative of "пан" alone).
_VOCATIVE_OPENERS = _words(
    """
    пане шановний шановна шановні уважаемый уважаемая уважаемые дорогий дорога дорогі дорогой
    дорогая дорогие
    """
)


# The noun after a region's name in an office's domain ("Governor of Kaluga Region").
_DOMAIN_NOUNS = frozenset(
    {"region", "oblast", "territory", "krai", "province", "prefecture", "republic", "district"}
)
# The second word of a ministry's portfolio after "of"/"for": "Government Communication".
_PORTFOLIO_NOUNS = frozenset(
    {
        "communication",
        "communications",
        "information",
        "development",
        "planning",
        "investment",
        "tourism",
        "cooperation",
        "relations",
        "resources",
        "infrastructure",
        "protection",
        "welfare",
        # ("Assistant Secretary of Defense for Space Policy John Plumb")
        "policy",
    }
)
# Words that never stand in a person's name: headings, verbs of saying, web-page furniture.
NOT_NAME_WORDS = _words(
    """
    a an the our my your their his her its this that these those new old final present possible
    current key main big best top breaking just must live watch watched read see said says told
    added asked wrote according regime one two three why how what when where who which more most
    some any all no not part chapter section update video photo problems solutions record
    change bombshell exclusive opinion editorial analysis summary verdict claim rating
    transcript transcripts related topics tags
    provided sponsored
    вердикт итог главное новости
    regarding concerning
    щодо стосовно про насчёт насчет относительно
    вот ось итак
    tempore
    """
)  # (the prepositions open a topic, not a name: "Щодо Харківщини: ми будуємо підземні школи.")
# (Latin "pro tempore" qualifies an office, never names its holder: a heading "APPOINTMENT OF
# ACTING PRESIDENT PRO TEMPORE" is no "President Pro Tempore")
# (a pointing particle opens a sentence, never a name: "Вот, например, завод в …: вышел на …")
# The noun that makes a run of title words an office ("Deputy Foreign Minister").
OFFICE_HEADS = (
    frozenset(
        {
            "president",
            "minister",
            "secretary",
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "chairman",
            "chairwoman",
            # (a Canadian tribunal's "THE CHAIRPERSON:")
            "chairperson",
            "chair",
            # Scotland's committees and councils: "The Convener (Alison Greig):".
            "convener",
            "convenor",
            "reeve",
            "ambassador",
            "governor",
            "senator",
            "mayor",
            "commander",
            "director",
            "commissioner",
            "chancellor",
            # The Senedd's Presiding Officer, by her Welsh title: "The Llywydd" / "Question 2,
            # Sioned Morgan." (the record's heading: "with the Llywydd (Elin Rhys) in the Chair").
            "llywydd",
            "comhairle",  # the Dáil's "An Ceann Comhairle" (see TITLE_WORDS)
            # Australia's finance minister: pm.gov.au's "TREASURER: Thanks, PM." beside "PRIME
            # MINISTER:", the holder named under the name line in the header.
            "treasurer",
            # A state's guardian of estates: Queensland estimates' "PUBLIC TRUSTEE:" under "In
            # Attendance … Mr Samuel Okoro, Public Trustee and Chief Executive Officer".
            "trustee",
            # A club's or a police force's media office: "PRESS OFFICER: Last one, please."
            # beside "DUNMORE:" at a football press conference.
            "officer",
            "premier",
            "king",
            "queen",
            "prince",
            "pope",
            "envoy",
            "speaker",
            "leader",
            "general",  # "Secretary General", "Attorney General"
            "secretary-general",
            "министр",
            # The contracted deputy: "Замминистра:" at a forum's round table under "…
            # заместитель министра экономического развития края Игорь Лаврентьев".
            "замминистра",
            # Ukrainian: "Міністерка:" (the feminine) under "… з міністеркою у справах ветеранів
            # Оленою Ковальчук-Бойко", "Посолка:".
            "міністерка",
            "міністр",
            "посолка",
            "президент",
            "председатель",
            "председательствующий",
            "председательствующая",
            # A council's or a commission's secretary, and a dissertation council's candidate:
            # "Учёный секретарь:" / "Соискатель:" under "Учёный секретарь – … Лаврова Елена
            # Игоревна", "защита диссертации Мельниковой Ольги Сергеевны".
            "секретарь",
            "секретар",
            "соискатель",
            "соискательница",
            "здобувач",
            "здобувачка",
            "головуючий",
            "головуюча",
            "посол",
            "пресс-секретарь",
            "речник",
            "речниця",
            "губернатор",
            "мэр",
            "канцлер",
            # A member of the Federation Council by the post alone: "Сенатор:" under "Ведущий
            # … беседует с сенатором Российской Федерации от Пермского края Лидией Кротовой."
            "сенатор",
            "спецпредставитель",
            "представитель",
            # A legislator's or a community head's bare label: "Депутат:" under "Депутат
            # Законодательного собрания Ольга Черных — о …", "Голова:" under "… з головою громади
            # Оксаною Коваленко".
            "депутат",
            "депутатка",
            "голова",
            # Offices a label names alone while the header names the holder: gov.ie's "The
            # Taoiseach:" / "The Tánaiste:", a local paper's "Ombudsman:", a university's
            # "Rector:", a region's "Вице-губернатор:" (the hyphenated office ends in its head).
            "taoiseach",
            "tánaiste",
            "cathaoirleach",
            "chathaoirleach",  # (the deputy's, lenited: "Leas-Chathaoirleach:")
            "ombudsman",
            # (and its gender-neutral and feminine forms: a provincial "Ombudsperson:")
            "ombudsperson",
            "ombudswoman",
            "rector",
            # A county's "Sheriff:" at a briefing whose header names the holder.
            "sheriff",
            # The Crown's county representative: a local radio's "LORD LIEUTENANT:" beside
            # "PRESENTER:" under "… was sworn in as Lord Lieutenant of Shropshire" (a military
            # "Lieutenant Smith" keeps the word as a title before a name).
            "lieutenant",
            # A court's head: a law paper's "Chief Justice:" under "Margaret Kellaway was sworn
            # in as Chief Justice …" (both words are titles before a name, so no name reads it).
            "justice",
            # A school's head in two words: "Head Teacher:" under "… sat down with Head Teacher
            # Mrs Joanne Pryce" (the one word, "Headteacher:", is a lone post).
            "teacher",
            # A county's manager at a news conference: "ADMINISTRATOR:" beside "MEDICAL
            # EXAMINER:" under "… spoke alongside County Administrator Jeff Aluotto"
            # ("Administrator Cole" before a name stays a title).
            "administrator",
        }
    )
    | _LONE_POSTS
)
NATIONALITY = re.compile(r"^(?:[A-Z][a-z]+(?:ian|an|ese|ish|ic|i)|U\.S\.|US|UK|EU|UN)$")

_INITIALS = re.compile(rf"^(?:[{UPPER}]\.){{1,3}}$")
# (the surname may open with its particle or article in lower case: "У.А.фон дер Ляйен",
# "А.С.аль-Хашими", as a glued-initials label sets any surname)
_INITIALS_GLUED = re.compile(
    rf"^((?:[{UPPER}]\.){{1,3}})((?:(?:al|el|аль|эль|ель)-)?[{UPPER}][{LETTER}'’\-]+"
    r"|van|von|de|der|du|ван|фон|дер|де|ді)$"
)
_JOINERS = frozenset({"of", "and", "for", "on", "the", "de", "du", "des", "la", "le", "für"})
# An Arabic or French surname may open with its particle in lower case, joined by a hyphen or
# an apostrophe: UnHerd's "al-Haddad:", "d’Estaing"; in Cyrillic "аль-Хашими", "ель-Сісі".
_TITLE_CASE = re.compile(
    rf"^(?:(?:al|el|an|ar|as|ash|at|ad|az|ul|d)['’\-]|(?:аль|эль|ель|ад|ас|ан|ар|аш|ат)-)?"
    rf"[{UPPER}][{LOWER}]*(?:['’\-]?[{UPPER}]?[{LOWER}]+)*\.?$"
    # A plural possessive inside an organisation's name: a harbour forum's "Marina Operators'
    # Group:" beside "Fishermen's Association:" (the word is never a name's last).
    rf"|^[{UPPER}][{LOWER}]+s['’]$"
)
# A word of a peer's territorial title after its "of": "Richmond Hill", "Kings Heath", "St
# Albans", "Kentish Town", "The Shaws", "Bradwell-on-Sea".
_PEER_PLACE_WORD = re.compile(rf"(?:St|[{UPPER}][{LOWER}'’]+(?:-[{LOWER}]+-[{UPPER}][{LOWER}]+)?)")
# A British peer's rank, the word a territorial title or "Lord Moylan (The Chair)" opens with.
PEER_RANKS = frozenset({"lord", "lady", "baroness", "viscount", "earl", "marquess", "duke"})
# (an American court reporter keeps a particle's small letters too: "CHAIRMAN LaROSA:",
# "MS. DeMARCO:", "MR. DiNAPOLI:")
_CAPS_PARTICLE = r"Mc|Mac|De|Di|Da|Du|La|Le|Van|Von"
_ALL_CAPS = re.compile(
    rf"^(?:{_CAPS_PARTICLE})?[{UPPER}](?:[{UPPER}'’\-]*[{UPPER}])?\.?$"
)  # "McCONNELL"
_PAREN = re.compile(r"\s*[(\[][^()\[\]\n]*[)\]]\s*")
_NUMBERED_ROLE = re.compile(
    r"^(question|q|answer|a|вопрос|ответ|питання|запитання|відповідь)[ \t]*(?:№[ \t]*)?\d{1,2}$",
    re.IGNORECASE,
)
# The Commons' Prime Minister's Questions: "Q1. [904112] Julie Minns (Carlisle) (Lab)".
_ORDER_PAPER_ASKER = re.compile(r"Q\d{1,3}\.[ \t]*\[\d{1,8}\][ \t]+(\S.*)")
_NUMBERED_ASKER = re.compile(r"^Q[ \t]?\d{1,4}[ \t]+(\S.*)$")
# An outlet in quotation marks: "«Известия»", "«Российская газета»".
_QUOTED_OUTLET = re.compile(rf"^[«„\"“]((?:[{UPPER}\d][\w.\-]*)(?:[ \t]+[\w.\-]+){{0,3}})[»“\"”]$")
# The same after the agency's or channel's own capitalised abbreviation, which belongs to the
# name as the publisher writes it: "ИА «СеверИнформ»:", "ГТРК «Вологда»:", "ІА «Вголос»:".
_ABBREVIATED_OUTLET = re.compile(
    r"^(?:ИА|РИА|МИА|ИД|ТК|ТРК|ГТРК|ИТАР-ТАСС|ІА|ТВ)[ \t]+[«„\"“][^«»\"“”„\n]{1,30}[»“\"”]$"
)
# An organisation's acronym before an office: "NATO Secretary General", "UN High Commissioner".
_ORG_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
# A briefing may number its questions before the outlet: "Question 1 (EBC):", "Question 3
# (Addis Standard):" — the number is the question's; the outlet asks as under "Question (EBC):".
_ASKER_IN_PARENS = re.compile(
    r"^(?P<q>[^\W\d_]+)(?:[ \t]+\d{1,3})?[ \t]*[(\[](?P<who>[^()\[\]\n]+)[)\]]$"
)
_TRAILING_BRACKET_NOTE = re.compile(
    r"^(?P<label>[^\n]+?[)\]])[ \t]*[(\[](?P<note>[^()\[\]\n]+)[)\]]$"
)
# The European Commission's "Question – Reuters:", "Question – Jan Kowalczyk, Rzeczpospolita:".
# A Telegram briefing writes a comma instead: "Питання, Оксана Ткачук, «Суспільне»:",
# "Питання, «Укрінформ»:".
# What parts the asker from the outlet inside the brackets: a comma, a spaced dash or slash.
_ASKER_OUTLET_CUT = re.compile(r"[ \t]*,[ \t]*|[ \t]+[–—/-][ \t]+")
_ASKER_AFTER_DASH = re.compile(r"^(?P<q>\w+)(?:[ \t]+[–—-]|,)[ \t]+(?P<who>[^\n]+)$")
# A question from the audience, asker unnamed: "Вопрос из зала:", "Question from the floor:".
AUDIENCE_QUESTION = frozenset(
    {
        "вопрос из зала",
        "вопрос с места",
        "питання із зали",
        "питання з зали",
        "question from the floor",
        "question from the audience",
        # An event recap's transcript heads it the other way round: "Audience Question: Thank
        # you, Ambassador. I'm a journalist covering the region. …".
        "audience question",
        # A phone-in's caller, never named: "Слушатель: Здравствуйте. У меня прадед …",
        # "CALLER: Hi, long-time listener."
        "слушатель",
        "слушательница",
        "слухач",
        "слухачка",
        "телезритель",
        "телезрителька",
        "телезрительница",  # (the standard feminine: "Телезрительница: … меня зовут …")
        # (a TV phone-in's bare "Зритель:", Ukrainian "Глядачка:", radio's "Радіослухач:")
        "зритель",
        "зрительница",
        "глядач",
        "глядачка",
        "телеглядач",
        "телеглядачка",
        "радиослушатель",
        "радиослушательница",
        "радіослухач",
        "радіослухачка",
        "caller",
        "listener",
    }
)
# The same audience question from elsewhere than the hall: "Запитання з онлайн-трансляції:",
# "Вопрос из чата:", "Вопрос от зрителя:", "Питання від глядачів:", "Question from online:".
# The question word, a "from" preposition and one or two words of where it came from.
# A direct line's phoned-in question too: "Звонок из Бердска:", "Дзвінок з Ковеля:".
# Or the viewer, listener or reader in the genitive, no preposition: a phone-in's "Дзвінок
# глядачки:", "Вопрос зрителя:", "Питання слухача:".
_AUDIENCE_QUESTION = re.compile(
    r"(?:вопрос|питання|запитання|question|q|звонок|дзвінок)[ \t]+"
    r"(?:(?:из|с|со|от|з|із|зі|від|from)[ \t]+"
    r"(?P<where>[\w'’\-]+(?:[ \t]+[\w'’\-]+)?)"
    r"|(?:глядач|зрител|слухач|слушател|читач|читател)[а-яёіїєґ]*)"
)


# A phone-in's caller by where they call from, never named: "Глядачка з Полтави:", "Слушатель
# из Самары:", "Caller from Leeds:".
_CALLER_FROM = re.compile(
    r"(?:теле)?(?:глядач|зрител|слухач|слушател)[а-яёіїєґ]*[ \t]+(?:из|с|со|з|із|зі)"
    r"|(?:caller|listener|viewer)[ \t]+from"
)


# A phone-in's caller by the medium ("Слухач:", "Слушательница:", "CALLER:", "Телезритель:"),
# or by where they call from ("Глядачка з Полтави:"): the show's host puts them through and asks
# the guest himself, unlike a briefing's chair among reporters.
# A phone-in's unnamed caller labels (and the call itself: "Звонок:", "Дзвінок:"), one set for
# the naming, role and turn readers.
PHONE_IN_CALLERS = frozenset(
    {"слушатель", "слушательница", "слухач", "слухачка", "телезритель", "телезрителька"}
    | {"телезрительница"}
    | {"глядач", "глядачка", "зритель", "зрительница", "caller", "listener", "viewer"}
    | {"звонок", "дзвінок"}
)


def is_phone_in_caller(folded: str) -> bool:
    """A folded label that is a phone-in's unnamed caller."""
    return (
        folded in PHONE_IN_CALLERS
        or re.fullmatch(
            "(?:" + _CALLER_FROM.pattern + r")[ \t]+[\w'’\-]+(?:[ \t]+[\w'’\-]+)?", folded
        )
        is not None
    )


def is_audience_question(folded: str) -> bool:
    """A folded label that is a question from the audience, not a named journalist's."""
    return (
        folded in AUDIENCE_QUESTION
        or _AUDIENCE_QUESTION.fullmatch(folded) is not None
        or re.fullmatch(
            "(?:" + _CALLER_FROM.pattern + r")[ \t]+[\w'’\-]+(?:[ \t]+[\w'’\-]+)?", folded
        )
        is not None
        # A reader Q&A's unsigned question: "Question from a reader in Presque Isle:".
        or re.fullmatch(r"(?:question|q)[ \t]+(?:from|by)[ \t]+(?:an?|one|another)[ \t].*", folded)
        is not None
    )


# A label of initials alone ("И.Т.:", "V.P.:"): the interviewee of a regional site's interview,
# named in full in the headline or lead ("Иван Танасогло: «…»" … "И.Т.: С политикой, …").
# A double surname keeps its hyphen in the initials: "R.D.-P.:" for Rosa Díaz-Palacios.
_INITIALS_ONLY = re.compile(rf"^[{UPPER}]\.(?:[ \t]?-?[{UPPER}]\.){{1,2}}[ \t]?$")
_DIGIT_BRAND = re.compile(r"([A-Za-z]{1,4})[0-9]{1,4}")
_PAREN_TEXT = re.compile(r"[(\[]([^()\[\]\n]*)[)\]]")
# News organisations asking under their own name: "Kyodo News, Sato:", "NHK, Tanaka:".
# The words that end a news outlet's name ("Kyodo News", "Global Times", "Sankei Shimbun");
# "Press", "Media", "Express" and "Wire" also name outlets inside a label ("NHK, Tanaka:" aside).
_OUTLET_TAIL_WORDS = (
    "News|Times|Post|Agency|Radio|TV|Television|Broadcasting|Shimbun|Journal|Daily|Herald"
    "|Tribune|Gazette|Network|Channel|Telegraph|Globe"
)
_MEDIA_WORD = re.compile(rf"\b(?:{_OUTLET_TAIL_WORDS}|Press|Media|Express|Wire)\b")
_ACRONYM = re.compile(r"^[A-Z0-9]{2,6}$")
_ASKING_GENERIC = frozenset({"reporter", "journalist"})
_GENERIC = re.compile(
    r"^(?:Speaker|Participant|Interviewer|Interviewee|Respondent|Reporter|Guest|Host|Спикер|"
    # "Speaker 1", "Speaker A" (a capital after a space: "Participants" is no "Participant s").
    r"Участник)(?:[ \t]*\d{1,2}|[ \t]+(?-i:[A-Z]))$",
    re.IGNORECASE,
)


class LabelKind(StrEnum):
    QUESTION = "question"  # Question:, Q:, Q, Вопрос:
    ANSWER = "answer"  # Answer:, A:, Ответ:
    OFFICE = "office"  # THE PRESIDENT:, THE VICE PRESIDENT:
    INTERVIEWER = "interviewer"  # MODERATOR:, HOST:, ВЕДУЩИЙ:
    ANONYMOUS = "anonymous"  # UNIDENTIFIED MALE:
    PERSON = "person"  # anything that names a person


@dataclass(frozen=True, slots=True)
class Name:
    """A person's name as one label writes it, split for alias matching."""

    given: tuple[str, ...]  # given names or initials, as written ("Sergey",) / ("S.", "V.")
    surname: str
    title: str | None  # honorific or office before the name ("Foreign Minister", "Ms.")
    caps: bool  # written in ALL CAPS (so its case is not informative)

    @property
    def key(self) -> str:
        # "Radović:" and, once, "Radovic:": a Latin surname typed without its diacritic is the
        # same speaker (Cyrillic letters keep theirs: "й" is no "и").
        # An Arabic surname's article is often dropped in labels: "Kassem:" is the lead's
        # "Ziad Fadhel al-Kassem" ("al-", "el-", "ad-", "as-" …, any case).
        return _ARTICLE.sub("", fold(_latin_base(self.surname)))

    @property
    def has_full_given(self) -> bool:
        return any(not g.endswith(".") for g in self.given)

    def compatible(self, other: Name) -> bool:
        """Same surname, and given names or initials that do not contradict each other."""
        if self.key != other.key:
            return False
        if not self.given or not other.given:
            return True
        return fold(self.given[0])[:1] == fold(other.given[0])[:1]

    def display(self) -> str:
        # "JD", "TJ": letters with no vowel are initials written without periods; keep them.
        given = [_recase(g) if self.caps and not _VOWELLESS.match(g) else g for g in self.given]
        # RT:, CNN:, and a longer outlet's initials with no vowel, which no surname lacks
        # ("SCMP:" of the South China Morning Post).
        acronym = (
            not self.given
            and self.title is None
            and (len(self.surname) <= 3 or _VOWELLESS_LONG.fullmatch(self.surname) is not None)
        )
        surname = self.surname
        if self.caps and not acronym:
            surname = _recase_surname(self.surname, bool(self.given or self.title))
        if (
            self.given
            and not self.caps
            and self.surname.isupper()
            and len(self.surname) >= 3
            and any(g[1:2].islower() for g in self.given)
        ):
            # Brussels' "Lena HARTMANN": the surname marked
            surname = _recase_surname(self.surname, True)
        if given and all(g.endswith(".") for g in given):
            return "".join(given) + " " + surname  # "S.V. Lavrov"
        if given:
            return " ".join([*given, surname])
        if self.title:
            title = _recase(self.title) if self.caps else self.title
            return f"{title} {surname}"
        return surname


@dataclass(frozen=True, slots=True)
class LabelInfo:
    """What a label text says, before any document-level consistency check."""

    kind: LabelKind
    text: str  # the label as written, without colon or parenthetical
    name: Name | None = None
    office: str | None = None  # "The President"
    role: str | None = None  # description after a comma: "NBC NEWS ANCHOR"
    strong: bool = False  # a form that rarely occurs by accident (initials, full caps name, role)
    outlet: str | None = None  # "Kyodo News" in "Kyodo News, Sato:": who the asker writes for

    @property
    def group(self) -> str:
        """Key under which occurrences are counted in the consistency pass."""
        if self.name is not None:
            return "person:" + self.name.key
        if self.office is not None:
            return "office:" + fold(self.office)
        return self.kind.value + ":" + fold(self.text)


_VOWELLESS = re.compile(r"^[B-DF-HJ-NP-TV-XZ]{2,3}$")
_VOWELLESS_LONG = re.compile(r"[B-DF-HJ-NP-TV-XZ]{4,6}")
# (an Irish or Scottish surname's "Mc"/"Mac" keeps its small letters too: "AMcC:" for Áine
# McCartan, as the Irish News writes after "Áine McCartan:")
_PARTICLE_INITIALS = re.compile(r"[A-Z]{1,2}(?:v|vd|vdr|d|dl)[A-Z]|[A-Z]{1,2}Ma?c[A-Z]")


@functools.lru_cache(maxsize=4096)
def _latin_base(s: str) -> str:
    """Drop the diacritics of Latin letters: "Radović" -> "Radovic", "Гусев" unchanged."""
    if s.isascii():
        return s
    out = []
    for ch in s:
        if ch in _UNDECOMPOSED:
            out.append(_UNDECOMPOSED[ch])
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append(base[0] if base[0].isascii() and base[0].isalpha() else ch)
    return "".join(out)


# Latin letters that Unicode does not split into a base and a mark, typed out in ASCII as
# their languages do: "Sæther-Lund" is "Saether-Lund", "Łukasz" "Lukasz", "Strauß" "Strauss".
_UNDECOMPOSED = {
    "æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "Oe", "ß": "ss",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
}  # fmt: skip


_ARTICLE = re.compile(
    r"^(?:(?:al|el|ad|ar|as|at|az|an|ash|ath)-(?=[a-z])|(?:аль|эль|ель|ад|ас|ан|ар|аш|ат)-(?=[а-яіїєґ]))"
)


# A screen reader's skip link scraped over the masthead: "Skip to content", "Skip to main
# content", "Jump to navigation".
_SKIP_LINK = re.compile(
    r"(?i:skip|jump)[ \t]+to[ \t]+(?i:the[ \t]+)?(?i:main[ \t]+)?(?i:content|navigation|main)"
)


def first_line(text: str) -> str:
    """The first line of ``text`` with any words on it, stripped: a page's masthead (a skip
    link over it is no part of the page)."""
    return next(
        (
            ln.strip()
            for ln in text.split("\n")
            if ln.strip() and not _SKIP_LINK.fullmatch(ln.strip())
        ),
        "",
    )


def fold(s: str) -> str:
    # Turkish "İ" lowers to "i" plus a combining dot ("ALİ" -> "ali̇"): drop the dot.
    return s.casefold().replace("ё", "е").replace("’", "'").replace("i\u0307", "i")


def _recase(word: str) -> str:
    """LAVROV -> Lavrov, JEAN-PIERRE -> Jean-Pierre, O'BRIEN -> O'Brien, McCONNELL -> McConnell,
    S.V. stays."""
    if _INITIALS.match(word):
        return word
    mc = re.match(rf"^({_CAPS_PARTICLE})([{UPPER}].*)$", word)
    if mc and not mc.group(2)[1:2].islower():
        return mc.group(1) + _recase(mc.group(2))
    lowered = word.lower().replace("i\u0307", "i")  # Turkish "ALİ" -> "Ali", not "Ali̇"
    cased = re.sub(rf"[{LETTER}]+", lambda m: m.group(0).capitalize(), lowered)
    # A Ukrainian apostrophe is inside the word: "ПРЕМ’ЄР-МІНІСТР" -> "Прем’єр-Міністр".
    return re.sub(r"(?<=[а-яіїєґ]['’])[А-ЯІЇЄҐ]", lambda m: m.group(0).lower(), cased)


# An Arabic surname's article, lower case inside a name: "Ayman al-Safadi", "Ахмед аль-Хашими".
_CAPS_ARTICLE = re.compile(rf"^(?:Al|Аль)-(?=[{UPPER}])")


_CYRILLIC_LOWER_PARTICLES = frozenset(
    {"фон", "дер", "де", "ді", "ла", "оглы", "кызы", "огли", "кизи"}
)


def _recase_surname(surname: str, after_name: bool) -> str:
    """A capitals label's surname recased: "AL-SAFADI" -> "al-Safadi" after a given name or
    title, as the name is printed in prose ("Ayman al-Safadi"). (Particles keep the capital
    the word-by-word recasing gives: "Chris Van Hollen" spells his so, "Ursula von der Leyen"
    does not, and the label cannot tell them apart.)"""
    words = [_recase(w) for w in surname.split()]
    # Russian and Ukrainian spelling writes a surname's service words in lower case ("Урсула
    # фон дер Ляйен", "Ильхам Гейдар оглы Алиев"), so a capitals label's are lowered there
    # ("ван" keeps the capital that "Ван Гог", "Ван Дейк" take by tradition).
    for k, w in enumerate(words[:-1]):
        if (after_name or k > 0) and fold(w) in _CYRILLIC_LOWER_PARTICLES:
            words[k] = w.lower()
    if after_name or len(words) > 1:
        words[-1] = _CAPS_ARTICLE.sub(lambda m: m.group(0).lower(), words[-1])
    return " ".join(words)


# A scholar's or practitioner's trade worn before a name like a title: "Glaciologist Ingrid
# Sæther-Lund", "Physicist Lisa Randall", "Physician Atul Gawande" (not "-qvist" names; not
# "economist" or "scientist", which "The Economist:" and "New Scientist:" ask as outlets).
_OCCUPATION_WORD = re.compile(
    r"[a-z]{2,}(?:ologist|ographer|icist|ician|chemist|novelist|columnist"
    r"|activist|pianist|violinist)"
)


# A Ukrainian or Russian priest's title abbreviated, lower case with its period: "о. Василь"
# (отець, отец), "о. Іоанн"; "прот." (протоієрей). Only so written: a bare "о" is a preposition.
_CLERGY_ABBREVIATIONS = frozenset({"о.", "прот.", "архим."})


# The tails of an office written as one hyphenated word: "Chairperson-in-Office",
# "Editor-in-Chief", "Member-at-Large", "Attorney-at-Law", "Artist-in-Residence" (no surname
# is built so).
_OFFICE_COMPOUND_TAILS = frozenset({"office", "chief", "large", "law", "arms", "residence"})


def is_title_token(tok: str) -> bool:
    if tok in _CLERGY_ABBREVIATIONS:
        return True
    folded = fold(tok).rstrip(".")
    if folded in TITLE_WORDS or _OCCUPATION_WORD.fullmatch(folded):
        return True
    # A Russian contracted deputy, "зам" glued to the office it deputises in the genitive:
    # "Замглавы Минсельхоза: …", "Замгубернатора", "Замгендиректора" (the headline's office).
    if folded.startswith("зам") and len(folded) > 6:
        rest = folded[3:]
        stems = {rest, rest[:-1], rest[:-1] + "а", rest.removeprefix("ген")[:-1]}
        if stems & TITLE_WORDS:
            return True
    # A hyphenated office of title words is one: "Lithuanian vice-minister Rūta Vaitkutė",
    # "Vice-President", "ex-minister" ("ex" is not a title word, so that one stays out).
    parts = folded.split("-")
    if len(parts) == 3 and parts[1] in ("in", "at") and parts[2] in _OFFICE_COMPOUND_TAILS:
        return True  # "OSCE Chairperson-in-Office", "Commander-in-Chief", "Sergeant-at-Arms"
    return len(parts) > 1 and all(p in TITLE_WORDS for p in parts)


# The bare words for the one who asks for the press (naming reads reporters' labels by them too).
JOURNALIST_WORDS = frozenset(
    {
        "journalist",
        "reporter",
        "correspondent",
        "журналист",
        "журналистка",
        "журналіст",
        "журналістка",
    }
)
# Media words before or after an outlet's name in a label's brackets: "газета «Известия»",
# "информационное агентство «Синьхуа»", "Al-Ahram newspaper", "via video link, Al Mayadeen".
_MEDIA_DESCRIPTOR = (
    r"(?:информационн\w+|информагентств\w*|агентств\w*|агенці\w+|газет\w*|телеканал\w*|"
    r"радиостанци\w+|радио|радіо|издани\w+|видання|журнал\w*|телекомпани\w+|портал\w*|"
    r"интернет-издани\w+|інтернет-видання|newspaper|daily|weekly|(?:news[ \t]+)?agency|"
    r"tv|channel|television|broadcaster|magazine|via[ \t]+video[ \t]+link|by[ \t]+video[ \t]+link"
    r"|from|of|the|de)"
)
_DESCRIBED_OUTLET = re.compile(
    rf"^(?:{_MEDIA_DESCRIPTOR}[ \t]+)+[«„\"“][^«»\"“”„\n]{{1,30}}[»“\"”]$", re.IGNORECASE
)
_LEADING_DESCRIPTORS = re.compile(rf"^(?:{_MEDIA_DESCRIPTOR}[ \t]+)+", re.IGNORECASE)
_TRAILING_DESCRIPTORS = re.compile(rf"(?:[ \t]+{_MEDIA_DESCRIPTOR})+$", re.IGNORECASE)
# Bracketed notes that are no outlet: "(Inaudible)", "(Translated)", "(Follow-up)".
# A channel's name with its number: "Question (Khabar 24):", "(France 24)", "(Channel 4)",
# "(Rossiya 24)" (a counted voice, "Reporter 2", "Part 3", is none).
_NUMBERED_CHANNEL = re.compile(
    rf"(?!(?i:reporter|journalist|speaker|part|question|day|room|round|voice|participant|person"
    rf"|caller|guest|member|item|page|no|number|session|male|female|man|woman|q|a)\b)"
    rf"[{UPPER}][{LOWER}]{{2,}}(?:[ \t]+[{UPPER}][{LOWER}]+)?[ \t]+\d{{1,3}}"
)
_BRACKET_NOTES = _words(
    """
    inaudible unclear crosstalk laughter off-mic translated translation interpreted
    interpretation continuing cont'd contd follow-up followup english russian french german
    spanish arabic chinese ukrainian retranslated unidentified via freelance freelancer
    independent interpreter
    """
)


# A member of the public at a town hall or a residents' meeting, named by no label: "RESIDENT:",
# "WOMAN IN AUDIENCE:", "Man from the floor:", "Житель:", "Жителька:", "Женщина из зала:". The
# word says what they are, not who: they speak as no one unless they name themselves.
_PUBLIC_MEMBER = re.compile(
    r"(?:(?:an?|another|local|male|female|elderly|young)[ \t]+)?"
    # (a school's forum minutes: "Parent: Will the children still get outdoor PE …?"; a
    # lecture's "STUDENT:" at the floor microphone is one more voice from the audience)
    r"(?:resident|citizen|constituent|voter|man|woman|parent|member[ \t]+of[ \t]+the[ \t]+public"
    r"|student|pupil|студент|студентка"
    # (a company's general meeting: "Shareholder: Thank you, Chair. My name is …", the floor
    # of holders at the microphone)
    r"|shareholder|stockholder|акционер|акционерка|акціонер|акціонерка"
    r"|житель|жителька|жительница|мешканець|мешканка|горожанин|горожанка|избиратель"
    r"|избирательница|виборець|виборниця|мужчина|женщина|чоловік|жінка"
    # A public hearing's floor: "Участник слушаний:" (Ukrainian "Учасник слухань:"), and a
    # shout from the hall, "Реплика из зала:".
    r"|участник|участница|учасник|учасниця|реплика|репліка)"
    r"(?:[ \t]+(?:in|from|at)[ \t]+(?:the[ \t]+)?(?:audience|crowd|floor|hall|back)"
    r"|[ \t]+(?:публичных[ \t]+|громадських[ \t]+)?(?:слушаний|слухань|собрания|зборів)"
    r"|[ \t]+(?:из|із|з)[ \t]+(?:зала|залу|зали))?"
)


def is_public_member(folded: str) -> bool:
    """A folded label naming a member of the public by what they are ("resident", "woman in
    audience", "житель")."""
    return _PUBLIC_MEMBER.fullmatch(folded) is not None


def _anonymous(folded: str) -> bool:
    return (
        folded in ANONYMOUS
        or folded.startswith("unidentified ")
        or _PUBLIC_MEMBER.fullmatch(folded) is not None
    )


# Words of a bracketed note that a person's name never holds (besides ``_BRACKET_NOTES``).
_NOTE_WORDS = _words("off on mic through up feed audio video question answer voice over remote")
# "Republica (Sabin Gurung)": an outlet of one to three capitalised words, then a person.
_OUTLET_THEN_ASKER = re.compile(
    rf"(?P<who>[{UPPER}][{LETTER}'’\-]+(?:[ \t]+[{UPPER}][{LETTER}'’\-]+){{0,2}})[ \t]*"
    rf"\((?P<paren>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})\)"
)
# The same pair set with a spaced dash: kormany.hu's "Telex – Dániel Kovács:", "Index – Anna
# Szabó:" (the outlet, then the reporter who asks for it); a plain spaced hyphen too, as the
# Maldives President's Office types it: "Mihaaru - Ahmed Naail:".
_OUTLET_DASH_ASKER = re.compile(
    rf"(?P<who>[{UPPER}][{LETTER}'’\-]+(?:[ \t]+[{UPPER}][{LETTER}'’\-]+){{0,2}})[ \t]+[–—-][ \t]+"
    rf"(?P<paren>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})"
)


def bracket_outlet(who: str) -> str | None:
    """The outlet a question label's brackets name ("газета «Известия»" -> "Известия"), or
    ``None`` for a note ("как переведено", "for both ministers", "Inaudible")."""
    found = []
    for part in re.split(r"[ \t]*,[ \t]*", who.strip()):
        if (
            len(part.split()) > 1
            and _news_outlet(part.strip())
            and not re.search(r"[«»\"“”„]", part)
        ):
            # "Радіо Свобода", "Radio Liberty": a medium's capitalised word heads the name
            # itself (a lowercase "газета «Известия»" only describes the outlet).
            found.append(" ".join(part.split()))
            continue
        lead = _LEADING_DESCRIPTORS.match(part.strip())
        if lead is not None and re.fullmatch(r"\d{1,3}", part.strip()[lead.end() :].strip()):
            lead = None  # "Question (Channel 12):": the medium's word and its number are the name
        else:
            part = _LEADING_DESCRIPTORS.sub("", part.strip())
        if lead is not None and lead.group().split()[-1] in ("The", "De") and part[:1].isupper():
            # "Question (The Jakarta Post):": a capitalised article heads the paper's own name,
            # as the bare label "The Kyiv Independent:" speaks ("newspaper the …" only describes);
            # a Dutch paper's capitalised "De" too, "(De Standaard)" (a lowercase "de" is French
            # "of").
            part = f"{lead.group().split()[-1]} {part}"
        if (
            lead is not None
            and lead.group().split()[-1] in ("Daily", "Weekly")
            and part[:1].isupper()
        ):
            # "Journalist (Daily Mirror):", "(Daily Sabah)": a capitalised "Daily" heads the
            # paper's own name ("daily Hürriyet" only describes it).
            part = f"{lead.group().split()[-1]} {part}"
        tail = _TRAILING_DESCRIPTORS.search(part)
        # A capitalised English descriptor closing the name is the name's own ("Question
        # (Anadolu Agency):", "(China Daily)"), as the bare label "Anadolu Agency:" speaks; a
        # lowercase one only describes the outlet ("(Reuters news agency)").
        if tail is not None and not (
            tail.start() > 0 and all(w[:1].isupper() and w.isascii() for w in tail.group().split())
        ):
            part = part[: tail.start()]
        quoted = part.strip()
        part = quoted.strip('«»"“”„').strip()
        if part.count("«") > part.count("»") and quoted.endswith("»"):
            # "Вопрос (ИА «Регнум»):": the closing quote belongs to the name the head opened
            # ("ИА «Регнум»", as the bare label "ИА «СеверИнформ»:" speaks), not "ИА «Регнум".
            part += "»"
        words = part.split()
        if not words or not 1 <= len(words) <= 5:
            continue
        # (A brand may open on a small letter before its digits or capitals: "i24NEWS".)
        if not (
            words[0][:1].isupper()
            or words[0][:1].isdigit()
            or re.fullmatch(r"[a-z]{1,2}(?:\d+[A-Z0-9]|[A-Z]{2})[A-Za-z0-9]*", words[0])
        ):
            continue  # "как переведено", "to Sergey Lavrov"
        if fold(part) in NEWS_OUTLETS:
            found.append(part)  # "RT", though "Rt Hon" is a style
            continue
        if fold(words[0]) in _BRACKET_NOTES:
            continue
        if (
            is_title_token(words[0])
            and not (tail is not None and tail.start() > 0)
            and not (words[0] == "The" and len(words) > 1 and not is_title_token(words[1]))
        ):
            # "(Minister)" is a post; "(Public TV)", "(National Radio)" close on the medium's
            # capitalised word, which makes the title-like head part of a channel's name.
            continue
        if (
            any(c.isdigit() for c in part)
            and fold(part) not in NEWS_OUTLETS
            and not _NUMBERED_CHANNEL.fullmatch(part)
            and not re.fullmatch(r"[A-Za-z]+\d+[A-Za-z]+", part)  # "i24NEWS": a brand's digits
            # a capitalised word glued to its channel number: Romania's "Digi24", "Antena3"
            and not re.fullmatch(rf"[{UPPER}][{LOWER}]{{2,}}\d{{1,2}}", part)
            # … or to its capitals: a city site's "НГС24", "BBC2", France's "TF1"
            and not re.fullmatch(rf"[{UPPER}]{{2,5}}\d{{1,2}}", part)
            # … or a brand in guillemets, one capital and its digits: "Вопрос («Е1»):" (a
            # city news site; no timestamp is quoted)
            and not re.fullmatch(rf"«[{UPPER}]{{1,5}}\d{{1,3}}»", quoted)
            # … or a channel's number and its word in guillemets: "Вопрос (телеканал «12
            # канал»):"
            and not re.fullmatch(rf"«\d{{1,3}}[ \t]+[{LOWER}]+»", quoted)
        ):
            continue  # "Q (00:12)"
        # A TV channel's own name closes on a lowercase "канал": "Вопрос (Первый канал):",
        # "Питання (Перший канал):".
        # A name in guillemets is the outlet's own, lowercase words and all: "Вопрос (МИА
        # «Россия сегодня»):", "(газета «Аргументы и факты»)".
        unquoted = re.sub(r"«[^«»]*»", "«»", quoted).split()
        if any(
            w[:1].islower() and w not in ("de", "of", "the", "и", "і", "канал")
            for w in unquoted[1:]
        ):
            continue  # "Question to both leaders"
        found.append(part)
    if len(found) != 1:
        return None
    return NEWS_OUTLET_NAMES.get(fold(found[0]), found[0])


# An office named by what its holder heads: "Head of State", "Head of Government", "Chief of
# Staff", "Head of the Delegation".
_HEAD_OF_OFFICE = re.compile(
    r"(?:Head|Chief)[ \t]+of[ \t]+(?:the[ \t]+)?(?:Presidential[ \t]+)?"
    r"(?:State|Government|Delegation|Mission|Staff|Administration"
    # A hospital's heads of department: "CHIEF OF ANESTHESIOLOGY:" under "Participants: … Dr.
    # Rafael Quintero, Chief of Anesthesiology" (a medical specialty's name ends so).
    r"|[A-Z][a-z]+(?:ology|iatry|iatrics|ics|ery|icine))"
)
# A background briefing's unnamed briefer, named by rank and service, never by name:
# state.gov's "SENIOR STATE DEPARTMENT OFFICIAL:", the White House's "SENIOR ADMINISTRATION
# OFFICIAL ONE:", defense.gov's "SENIOR DEFENSE OFFICIAL:". The last word is the office's head
# ("official"), the words before it what service it serves; no given name and surname.
_BACKGROUND_OFFICIAL = re.compile(
    r"(?i)(?:(?:senior|former|top)[ \t]+)?"
    r"(?:(?:administration|state|department|defen[sc]e|white|house|pentagon|military|"
    r"government|treasury|intelligence|u\.s\.|us|u\.n\.|un|nato|eu)[ \t]+){1,3}"
    r"officials?(?:[ \t]+(?:one|two|three|four|\d|#\d))?"
)
# A public service's head named by the service or the post's own compound, which no title
# word run spells: a city briefing's "FIRE CHIEF:" beside "MAYOR:" under "Mayor Tom Albright
# and Fire Chief Dolores Ramirez briefed reporters", a police meeting's "Chief Constable:" /
# "Chief Executive:", a school board's "Superintendent:" (the lead names each holder).
_SERVICE_OFFICE = re.compile(
    r"(?i:(?:deputy|assistant)[ \t]+)?(?:"
    r"(?i:fire|police)[ \t]+(?i:chief|commissioner)"
    # (and an inspectorate's head: a radio interview's "Chief Inspector:" beside "Presenter:"
    # under the caption "Helen Marwood, HM Chief Inspector of Prisons, …")
    r"|(?i:chief)[ \t]+(?i:constable|executive|superintendent|inspector)"
    # A US county's elected head: "County Executive:" under "County Executive Marcus Delgado
    # briefed reporters …" (not a given name "County" and a surname "Executive").
    r"|(?i:county)[ \t]+(?i:executive)"
    r"|(?i:superintendent))"
    # A force's second in command beside its chief: "POLICE CHIEF:" / "DEPUTY CHIEF:" under
    # "Police Chief Dana Whitlock and Deputy Chief Marisol Ramos brief media …".
    r"|(?i:(?:deputy|assistant)[ \t]+chief)"
    # A port's master, in two words as many boards write it: a harbour forum's "Harbour
    # Master:" / "Deputy Harbour Master:" under "Present: … Captain Owen Rowe – Harbour Master"
    # (not a given name "Harbour" and a surname "Master").
    r"|(?i:(?:deputy|assistant)[ \t]+)?(?i:harbour|harbor|port|dock|pier)[ \t]+(?i:master)"
    # A US county's or city's staff by their department, as a board's reporter's transcript
    # labels them: "PUBLIC WORKS DIRECTOR:" / "COUNTY COUNSEL:" under "STAFF PRESENT: Dana
    # Whitlock, Director of Public Works; Michael Osei, County Counsel" (no given name "County").
    r"|(?i:(?:county|city|town|borough|village)[ \t]+)?(?i:(?:deputy|assistant)[ \t]+)?"
    r"(?i:public[ \t]+works|planning|finance|community[ \t]+development|parks|utilities"
    r"|public[ \t]+health|human[ \t]+resources|transportation)[ \t]+(?i:director|manager)"
    r"|(?i:(?:chief[ \t]+)?(?:deputy|assistant)[ \t]+)?(?i:county|city|town|borough|village)"
    r"[ \t]+(?i:counsel|attorney|administrator|manager|engineer|auditor|assessor|solicitor)"
)
_CAPS_JOINERS = frozenset({"OF", "FOR", "THE", "AND"})
_CAPS_OFFICE_OF = re.compile(
    r"(?:THE[ \t]+)?[A-Z][A-Z\-]+(?:[ \t]+[A-Z][A-Z\-]+){0,2}[ \t]+(?:OF|FOR)[ \t]+(?:THE[ \t]+)?"
    r"[A-Z][A-Z\-]+(?:[ \t]+(?:AND[ \t]+)?[A-Z][A-Z\-]+){0,2}"
)
_OFFICE_REMIT = re.compile(
    r"(?P<post>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,3})"
    r"/(?P<remit>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3})"
)
_MODIFIED_QUESTION = re.compile(
    r"(?i:supplementary|follow[ \-]?up|additional|another|second|third|final|last|next)"
    r"[ \t]+(?i:question)"
)
_OFFICE_OF_PLACE = re.compile(
    r"(?:[A-Z][\w\-]*[ \t]+){1,3}of[ \t]+(?:the[ \t]+)?[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,3}"
)
_PHONE_IN = re.compile(
    # (A school's radio contact or a town meeting: "Student (Aiden, 7th grade):", "Resident
    # (Maria, Elm Street):".)
    r"(?i:caller|listener|viewer|texter|audience[ \t]+member|student|pupil|resident"
    # A webinar's question read out from the chat, its sender in brackets: "Q from chat
    # (Mateus, São Paulo):" is Mateus's question.
    r"|(?P<q>(?:q|question)[ \t]+from[ \t]+(?:the[ \t]+)?(?:chat|audience|floor|online|q&a)))"
    r"[ \t]*\([ \t]*"
    r"(?P<who>[A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+)?|[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+)?)"
    r"[ \t]*(?:,[^()]{1,40})?\)"
)
# A chair's role word with the holder in brackets, a title before the name: "Moderator
# (Principal Dana Okafor):", "Host (Dr Ama Mensah):" (the bare "Moderator:" below is hers).
_ROLE_TITLED_HOLDER = re.compile(
    rf"(?P<role>[{UPPER}][{LOWER}]+)[ \t]*\([ \t]*(?P<title>[{UPPER}][{LOWER}]+\.?)[ \t]+"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]+[ \t]+[{UPPER}][{LOWER}'’\-]+)[ \t]*\)"
)
_ORAL_QUESTION = re.compile(
    r"\d{1,3}\.[ \t]+(?P<who>[^()\n]+\([^()\n]+\))[ \t]+to[ \t]+the[ \t]+"
    r"(?:(?:Associate|Deputy|Acting)[ \t]+)?(?:Prime[ \t]+)?Minister\b[^()\n:]{0,80}"
)
# A small parliament's record numbers each question and its supplementaries before the member
# ("4.1 Deputy H.M. Jeune of St. Helier North:", "4.1.1 Deputy H.M. Jeune:"): a section
# number of two or more levels is the order paper's, no part of who speaks.
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}\.?[ \t]+(?P<rest>\S.*)")
# Jersey's States Assembly writes a member with the parish they sit for after "of", and an
# office they hold in brackets: "Deputy K.A. Le Marquand of St. Clement (The Chief Minister):",
# later "The Chief Minister:" — the seat is no part of the name, the office is the holder's.
_MEMBER_OF_SEAT = re.compile(
    r"(?P<who>(?:Deputy|Senator|Connétable|Constable|Councillor|Cllr\.?)[ \t]+"
    rf"(?:[{UPPER}]\.[ \t]?){{1,3}}[ \t]*[{UPPER}][{LETTER}'’\-]+"
    rf"(?:[ \t]+[{UPPER}][{LETTER}'’\-]+)?)"
    rf"[ \t]+of[ \t]+(?P<seat>[{UPPER}][{LETTER}.'’\-]*"
    rf"(?:[ \t]+(?:and[ \t]+)?[{UPPER}][{LETTER}.'’\-]*){{0,4}})"
    r"(?:[ \t]*\((?P<office>[Tt]he[ \t]+[^()\n]{2,60})\))?"
)
# The Dáil's record names a member office holder by the post, then "Deputy" and the holder's
# name in brackets: "Minister of State at the Department of Education and Youth (Deputy Michael
# Moynihan):" (the post's words, "at the Department", are no office the label reader knows).
_POST_HELD_BY_DEPUTY = re.compile(
    r"(?P<post>(?:The[ \t]+)?(?:Minister|Tánaiste|Taoiseach|Ceann[ \t]+Comhairle|Chair)"
    r"[^()\n:]{0,120}?)[ \t]+\((?-i:Deputy)[ \t]+(?P<name>[^()\n]{3,60}?)[ \t]*\)"
)
_NESTED_RIDING = re.compile(r"(?P<outer>[^()\n]+\([^()\n]+?)[ \t]*\([^()\n]*\)[ \t]*\)")
_DEVICE_OF = re.compile(
    r"(?i:iphone|ipad|android|galaxy(?:[ \t]+[a-z]?\d{1,3}\w*)?|pixel(?:[ \t]+\d{1,2}\w*)?"
    r"|redmi|xiaomi|huawei|macbook(?:[ \t]+(?:air|pro))?)"
    rf"[ \t]*\([ \t]*(?P<who>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+)?)[ \t]*\)"
)
# A caller who keeps her name back: "CALLER (ANON, BRADFORD):" is no one named.
_UNNAMED_CALLER = frozenset({"anon", "anonymous", "withheld", "unnamed", "name withheld"})


_HANSARD_CHORUS = re.compile(r"(?:Hon\.|An[ \t]+hon\.)[ \t]+Members?")


def is_chorus(label: str) -> bool:
    """Hansard's benches in chorus ("Hon. Members" / "Hear, hear!"): an interjection."""
    return _HANSARD_CHORUS.fullmatch(label.strip()) is not None


_SENT_IN_BY = re.compile(
    r"(?:(?:Reader|Listener|Viewer)['’]?s?[ \t]+)?(?:[Qq]uestion|Q)[ \t]+(?:from|by)[ \t]+"
    r"(?P<who>[^,()\n]{2,60}?)(?:,[ \t]*[^,()\n]{2,40})?"
)


_FROM_PAREN = re.compile(
    r"(?:[Qq]uestion|Q)[ \t]+from[ \t]+(?P<who>[^,()\n]{2,60}?)[ \t]*\((?P<paren>[^()\n]{2,60})\)"
)


# A graduate's class year after a full name ("Amara Lindgren ’03", "Dana Ruiz '09"): only after
# two or three capitalised words, so a "Q '24" or a bare year stays what it was.
_CLASS_YEAR = re.compile(
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})[ \t]+['’‘]\d{{2}}"
)


# A wire's dateline closed with a colon, the agency in brackets: "ISLAMABAD, Jan 22 (APP):",
# "DHAKA, March 3, 2025 (BSS):" — a place and a date, no voice.
_AGENCY_DATELINE = re.compile(
    r"[A-Z][A-Za-z.'’\- ]{1,40},[ \t]+"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)"
    r"(?:,?[ \t]+\d{4})?(?:[ \t]*\([A-Za-z.\- ]{2,20}\))?"
)


# A preposition before an honorific: whom a remark is for, never a speaker's label.
_ADDRESSED_TO = re.compile(r"(?:For|To|From|With)[ \t]+(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]")


# A spoken turn to someone by title after a conjunction: "But Senator", "So Governor", "And
# Mr. President" (no given name "But").
_ADDRESS_AFTER_CONJUNCTION = re.compile(
    r"(?:But|And|So|Now|Well|Yet|Or|Okay|OK)[ \t]+(?:Mr\.?|Madam|Mrs\.?|Ms\.?)?[ \t]*"
    r"(?:Senator|Governor|Congressman|Congresswoman|Secretary|President|Minister|Mayor"
    r"|Ambassador|General|Admiral|Leader|Speaker|Director|Chairman|Chairwoman|Chair"
    r"|Commissioner|Judge|Sir|Madam)"
)


# A page's share button: the word the share rows, the author's button row and the button row
# under the date all carry.
SHARE_BUTTON = r"(?:Поділитися|Поделиться|Share)"
# A share or comments button's word, which a button row under the date sets like a name
# ("Поділитися   Коментарі"): no one's name.
BUTTON_WORD = re.compile(
    rf"\b(?:{SHARE_BUTTON}|Поширити|Коментарі|Комментарии|Коментувати|Комментировать"
    r"|Друк|Печать|Comments|Print)\b"
)


# A given name and patronymic (no surname) and a clause after the comma that a post never opens
# ("есть просьба", "у меня вопрос", "разрешите …").
_PATRONYMIC_ADDRESS = re.compile(
    r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ]+(?:вич|вна|ична|івна|ївна),[ \t]+"
    r"(?:есть|є|у[ \t]+(?:меня|нас|мене)|можно|можна|разрешите|дозвольте|позвольте|прошу"
    r"|хочу|хотел[аи]?|хотів)\b[^\n:]{0,60}"
)


_SLASHED_ACRONYM_TITLE = re.compile(
    r"(?P<title>[A-Z]{1,5}(?:/[A-Z]{1,5})+)[ \t]+(?P<rest>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?)"
)


_NAME_THEN_CALLER = re.compile(
    r"(?P<who>[A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+)?|[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+)?)"
    r"[ \t]*\([ \t]*(?P<role>(?i:caller|listener|viewer|texter))[ \t]*\)"
)


# An agency's acronym, then an office of two words or a hyphenated one, all in capitals (an
# article opens no such post: "IN THE CHAIR:", "MEET THE PRESS:" are no agency's office).
_AGENCY_CAPS_OFFICE = re.compile(
    r"(?P<org>[A-Z]{2,5})[ \t]+(?!THE\b)(?P<post>[A-Z]+(?:-[A-Z]+|[ \t]+[A-Z]+))"
)


# Two posts joined by "and", then a capitalised given name and surname: "MTA Chair and CEO
# Janno Lieber" (the second post one word; see classify_label).
_JOINED_POSTS = re.compile(
    r"(?P<head>[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,3})[ \t]+and[ \t]+(?P<post>[A-Z][\w\-]*)"
    r"[ \t]+(?P<name>[A-Z][a-z][\w'’\-]*[ \t]+[A-Z][\w'’\-]+)"
)


# The occasions a host or a moderator serves, before the role word: "Event Host:".
_EVENT_NOUNS = frozenset(
    {"event", "show", "program", "programme", "session", "panel", "forum", "webinar", "seminar"}
)


def classify_label(raw: str, *, max_role_words: int = 14) -> LabelInfo | None:
    """Classify the text before a colon; ``None`` when it cannot be a speaker label.

    ``max_role_words`` bounds the description after a comma (the European Parliament's
    "Kaja Kallas, Vice-President of the Commission / High Representative … . –" is longer)."""
    text = raw.strip()
    if not text or len(text) > 150 or _AGENCY_DATELINE.fullmatch(text):
        return None
    gap = re.search(r"[^\s,.][ \t]{3,}[^\s]", text)
    if gap is not None and re.search(r"[a-zа-яёіїєґ]", text[: gap.start() + 1]):
        # Two fields of a header row set apart by a column gap: "Ведучий Юрій Макаров   Гість:
        # Олександр Харченко, …" is a host's field and a guest's, no one label (a committee's
        # question number before its gap is no field: "Q38            The Chair:").
        return None
    order_paper = _ORDER_PAPER_ASKER.fullmatch(text)
    if order_paper is not None:
        # Prime Minister's Questions number each tabled question and its order-paper entry
        # before the member: "Q1. [904112] Julie Minns (Carlisle) (Lab):" — a question by her.
        rest = classify_label(order_paper.group(1), max_role_words=max_role_words)
        if rest is None or rest.kind is not LabelKind.PERSON or rest.name is None:
            return None
        return LabelInfo(LabelKind.QUESTION, text, name=rest.name, strong=True)
    joined = _JOINED_POSTS.fullmatch(text)
    if joined is not None and is_title_token(joined.group("post")):
        # Two posts joined by "and" before the holder's name: "MTA Chair and CEO Janno Lieber"
        # reads as "MTA Chair Janno Lieber" does, the whole run of posts the title.
        joint = classify_label(f"{joined.group('head')} {joined.group('name')}")
        if (
            joint is not None
            and joint.kind is LabelKind.PERSON
            and joint.name is not None
            and joint.name.has_full_given
            and joint.name.title is not None
        ):
            title = f"{joint.name.title} and {joined.group('post')}"
            return replace(joint, text=text, name=replace(joint.name, title=title))
    caller = _NAME_THEN_CALLER.fullmatch(text)
    if caller is not None:
        # The phone-in's caller by name, the medium bracketed after it: BBC Radio 5 Live's
        # "DEAN (CALLER):" reads as "CALLER (DEAN):" does.
        info = classify_label(f"{caller.group('role')} ({caller.group('who')})")
        return None if info is None else replace(info, text=text)
    acronym_post = _AGENCY_CAPS_OFFICE.fullmatch(text)
    if (
        acronym_post is not None
        and not is_title_token(acronym_post.group("org"))
        and acronym_post.group("org") not in OFFICE_ABBREVIATIONS
        and (post_info := classify_label(acronym_post.group("post"))) is not None
        and post_info.kind is LabelKind.OFFICE
        and post_info.office
    ):
        # An agency's acronym before a compound office, all in capitals: "OPCW
        # DIRECTOR-GENERAL:", "NATO SECRETARY GENERAL:" is the office "OPCW Director-General"
        # (no given name "Opcw" with the surname "Director-General"), as the mixed-case "NATO
        # Spokesperson:" is; a one-word post ("EMA DIRECTOR:") may still be a name.
        office = f"{acronym_post.group('org')} {post_info.office}"
        return LabelInfo(LabelKind.OFFICE, text, office=office, strong=True)
    slashed = _SLASHED_ACRONYM_TITLE.fullmatch(text)
    if slashed is not None:
        # A double office by its acronyms, slashed, before the surname: the EEAS's "HR/VP
        # Kallas:" (High Representative / Vice-President) reads as "HRVP Kallas:" does.
        info = classify_label(
            slashed.group("title").replace("/", "") + " " + slashed.group("rest"),
            max_role_words=max_role_words,
        )
        if info is None or info.name is None or info.name.title is None:
            return None
        return replace(info, text=text)
    if BUTTON_WORD.fullmatch(text):
        # A share button alone on its line over the text ("Поділитися:" under
        # president.gov.ua's date) is no one's name, however often the page repeats it.
        return None
    if _PATRONYMIC_ADDRESS.fullmatch(text):
        # "Михаил Владимирович, есть просьба: рассмотреть …": a given name and patronymic, no
        # surname, then a clause, not a post, is the speaker addressing the other by name.
        return None
    if _ADDRESSED_TO.match(text):
        # A floor question that names whom it is for before its colon: "Thank you. For Mr von
        # Brück: if batteries are so important, …" — the person addressed, not who speaks.
        return None
    year = _CLASS_YEAR.fullmatch(text)
    if year is not None:
        # An alumni magazine writes a graduate's class year after the name: "Dana Ruiz ’09:",
        # "Theo Marchetti '12:" — the year is no part of who speaks.
        return classify_label(year.group("name"), max_role_words=max_role_words)
    caps_office = _CAPS_OFFICE_OF.fullmatch(text)
    if caps_office is not None:
        # A council's or a committee's record in capitals: "LEADER OF THE COUNCIL:", "CHAIR OF
        # THE COMMITTEE:" read as the office "Leader of the Council" (the joining words small),
        # never as a name "OF THE COUNCIL" titled "LEADER".
        recased = " ".join(w.lower() if w in _CAPS_JOINERS else _recase(w) for w in text.split())
        office_info = classify_label(recased, max_role_words=max_role_words)
        if office_info is not None and office_info.kind is LabelKind.OFFICE:
            return replace(office_info, text=text)
    styled = re.fullmatch(r"The[ \t]+((?:Hon\.?|Honourable|Rt[ \t.]+Hon\.?)[ \t]+\S.*)", text)
    if styled is not None:
        # An Australian Hansard's member by style and name: "The Hon. NATHAN KERSLAKE:" is
        # "Hon. NATHAN KERSLAKE" (the style no part of the name), not an outlet "The …".
        unstyled = classify_label(styled.group(1), max_role_words=max_role_words)
        if unstyled is not None and unstyled.kind is LabelKind.PERSON:
            return replace(unstyled, text=text) if unstyled.text == styled.group(1) else unstyled
    if re.fullmatch(rf"O[ \t]+(?:[{UPPER}][{LOWER}]{{2,}}|[{UPPER}]{{3,}})", text):
        # An Irish surname's particle typed without its fada on an English keyboard: "O
        # Suilleabhain:" beside "Ó Súilleabháin:" (the page's accented name completes it); a
        # panel transcript's capitals too ("O MURCHU:" for Séamus Ó Murchú).
        caps = re.fullmatch(rf"O[ \t]+[{UPPER}]{{3,}}", text) is not None
        return LabelInfo(
            LabelKind.PERSON, text, name=Name(given=(), surname=text, title=None, caps=caps)
        )
    if _PARTICLE_INITIALS.fullmatch(text):
        # A Dutch or Flemish name's initials keep its particle's letter small: "TvL:" for Tomas
        # van Leeuwen, "JvdB:" for Jan van den Berg (the intro's key "(TvL)" spells it so).
        return LabelInfo(
            LabelKind.PERSON, text, name=Name(given=(), surname=text, title=None, caps=True)
        )
    put = _ORAL_QUESTION.fullmatch(text)
    if put is not None:
        # New Zealand's Hansard numbers a primary oral question and names whom it is put to:
        # "3. KIRI TAUROA (Labour—Te Atatū) to the Minister of Housing:" — Kiri Tauroa asks.
        put_by = classify_label(put.group("who"), max_role_words=max_role_words)
        if put_by is not None and put_by.kind is LabelKind.PERSON and put_by.name is not None:
            return put_by
    sectioned = _SECTION_NUMBER.fullmatch(text)
    if sectioned is not None:
        unnumbered = classify_label(sectioned.group("rest"), max_role_words=max_role_words)
        if unnumbered is not None and unnumbered.kind in (LabelKind.PERSON, LabelKind.OFFICE):
            return unnumbered
        return None
    seated = _MEMBER_OF_SEAT.fullmatch(text)
    if seated is not None:
        member = classify_label(seated.group("who"), max_role_words=max_role_words)
        if member is not None and member.kind is LabelKind.PERSON and member.name is not None:
            if seated.group("office") is None:
                return member
            office = seated.group("office")
            office = "The" + office[3:]
            return replace(member, name=replace(member.name, title=office))
    deputy = _POST_HELD_BY_DEPUTY.fullmatch(text)
    if deputy is not None:
        # The holder in the brackets speaks, the post is their title (as a Commons member
        # line's "The Minister of State for Care (Stephen Kinnock)").
        deputy_name = parse_name(deputy.group("name").split())
        if deputy_name is not None and deputy_name.has_full_given and not deputy_name.title:
            return LabelInfo(
                LabelKind.PERSON,
                text,
                name=replace(deputy_name, title=deputy.group("post")),
                strong=True,
            )
    riding = _NESTED_RIDING.fullmatch(text)
    if riding is not None:
        # Canada's committee evidence brackets the chair's riding inside the holder's brackets:
        # "The Chair (Mr. Kevin Marchand (Saint John—Rothesay, Lib.)):" — the inner pair is
        # the seat, no part of who speaks.
        return classify_label(riding.group("outer") + ")", max_role_words=max_role_words)
    phoned = re.fullmatch(
        rf"(?P<role>[{UPPER}][{LOWER}]+)[ \t]+(?P<who>[{UPPER}][{LOWER}'’\-]+)", text
    )
    if phoned is not None and fold(phoned.group("role")) in AUDIENCE_QUESTION:
        # A phone-in's phoned by the first name they gave on air: "Слухачка Оксана:",
        # "Caller Tom:" — the name is the person's, the word before it what they are.
        return LabelInfo(
            LabelKind.PERSON,
            text,
            name=Name(given=(), surname=phoned.group("who"), title=None, caps=False),
            role=phoned.group("role"),
            strong=True,
        )
    remit = _OFFICE_REMIT.fullmatch(text)
    if remit is not None:
        # Hong Kong's civil service writes a post's remit after a slash: "Chief
        # Engineer/Drainage Projects:" under "… the Chief Engineer/Drainage Projects of the
        # Drainage Services Department, Ms Winnie Lam" — the office, remit and all.
        post = classify_label(remit.group("post"), max_role_words=max_role_words)
        if post is not None and post.kind is LabelKind.OFFICE and post.office is not None:
            return LabelInfo(LabelKind.OFFICE, text, office=f"{post.office}/{remit.group('remit')}")
    if _HANSARD_CHORUS.fullmatch(text):
        # Hansard's benches in chorus, set like a member: "Hon. Members" / "Hear, hear!". No
        # one person: the House's voice, as "Mr Speaker" is the chair's.
        return LabelInfo(LabelKind.OFFICE, text, office=text)
    # "Question [Le Monde] (interpreted from French):": a note in brackets after the asker's
    # bracket is no part of who asks.
    noted = _TRAILING_BRACKET_NOTE.match(text)
    if noted is not None and fold(noted.group("note").split()[0]) not in _BRACKET_NOTES:
        noted = None
    asked = _ASKER_IN_PARENS.match(noted.group("label") if noted is not None else text)
    who_parts = _ASKER_OUTLET_CUT.split(asked.group("who"), maxsplit=1) if asked else []
    if asked is not None and fold(asked.group("q")) in QUESTION_WORDS and len(who_parts) == 2:
        # NATO's "Question [Andrew Gray, Reuters]:", "Question [Henrik Solberg – NRK]:": the
        # bracket names who asks, then the outlet ("Question (RIA Novosti):" names only the
        # outlet: no one in particular).
        asker = name_from_phrase(who_parts[0].strip())
        # (A two-word outlet first, "Питання (Радіо Свобода, Андрій Гуменюк):", parses as a
        # name too: the outlet is no asker, the name after it is.)
        if asker is not None and asker.given and not _news_outlet(who_parts[0].strip()):
            return LabelInfo(LabelKind.QUESTION, asked.group("q"), name=asker, strong=True)
        # "Питання (Укрінформ, Ольга Мельник):": the outlet first, then who asks for it (the
        # order "Радіо Свобода, Марта Гнатюк:" has as a label of its own).
        after = who_parts[1].strip()
        asker = name_from_phrase(after)
        if (
            bracket_outlet(who_parts[0]) is not None
            and re.fullmatch(
                rf"[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}}", after
            )
            and not _news_outlet(after)
            and asker is not None
            and asker.has_full_given
            and not asker.title
        ):
            return LabelInfo(LabelKind.QUESTION, asked.group("q"), name=asker, strong=True)
    if asked is not None and fold(asked.group("q")) in QUESTION_WORDS | JOURNALIST_WORDS:
        # "Вопрос (газета «Известия»):", "Question (RIA Novosti):", "Journalist (Ukrinform):": no
        # one in particular asks, but the text says for whom, as a bare "AFP:" label does.
        bracketed = bracket_outlet(asked.group("who"))
        if bracketed is not None and fold(asked.group("who").strip()) == fold(bracketed):
            # "Question 2 (BERNAMA):": the outlet as the bracket writes it (naming decides
            # whether its capitals are the label's style or the outlet's own).
            bracketed = asked.group("who").strip()
        if bracketed is not None:
            return LabelInfo(LabelKind.QUESTION, asked.group("q"), strong=True, outlet=bracketed)
    dashed = _ASKER_AFTER_DASH.match(text)
    if dashed is not None and fold(dashed.group("q")) in QUESTION_WORDS:
        who = dashed.group("who").strip()
        if "," in who:
            asker = name_from_phrase(who.split(",")[0].strip())
            if asker is not None and asker.given:
                return LabelInfo(LabelKind.QUESTION, dashed.group("q"), name=asker, strong=True)
        # "Question – Reuters:" names an outlet, no one in particular (as "Question (IRNA):").
        return LabelInfo(
            LabelKind.QUESTION, dashed.group("q"), strong=True, outlet=bracket_outlet(who)
        )
    if (
        dashed is not None
        and fold(dashed.group("q")) in JOURNALIST_WORDS
        and "," not in text[: dashed.start("who")]
        and (dash_outlet := bracket_outlet(dashed.group("who"))) is not None
        and (
            _news_outlet(dashed.group("who").strip())
            or not ((dash_person := name_from_phrase(dashed.group("who"))) and dash_person.given)
        )
    ):
        # Romania's MFA: "[Journalist - Digi24]:" — the outlet after a dash, as in "Journalist
        # (Ukrinform):" (no one in particular asks; "Journalist – Jane Doe:" would name her).
        return LabelInfo(LabelKind.QUESTION, dashed.group("q"), strong=True, outlet=dash_outlet)
    from_paren = _FROM_PAREN.fullmatch(text)
    if from_paren is not None:
        # A briefing's "Question from ENA (Ethiopian News Agency):", "Question from Fana
        # Broadcasting Corporate (FBC):", "Question from Abebe Tadesse (Addis Standard):": an
        # outlet spelled out beside its acronym asks as written; a person before the brackets
        # (the outlet they write for) asks by name.
        who, paren = from_paren.group("who").strip(), from_paren.group("paren").strip()
        spelled = {"".join(w[0] for w in x.split() if w[:1].isupper()) for x in (who, paren)}
        if who in spelled or paren in spelled or _news_outlet(who) or _news_outlet(paren):
            if not (who in spelled or paren in spelled or _news_outlet(who)):
                asker = name_from_phrase(who)
                if asker is not None and asker.has_full_given and not asker.title:
                    return LabelInfo(LabelKind.QUESTION, text, name=asker, strong=True)
            return LabelInfo(LabelKind.QUESTION, text, strong=True, outlet=f"{who} ({paren})")
        asker = name_from_phrase(who)
        if asker is not None and asker.has_full_given and not asker.title:
            return LabelInfo(LabelKind.QUESTION, text, name=asker, strong=True)
    sent = _SENT_IN_BY.fullmatch(text)
    if sent is not None:
        # A reader Q&A ("You Asked", "Ask the Expert") signs each question with who sent it in,
        # then where from: "Question from Linda Ferreira, Lewiston:". She asks; "Question from a
        # reader in Presque Isle:" names no one.
        who = sent.group("who").strip()
        asker = name_from_phrase(who)
        if asker is not None and asker.has_full_given and not asker.title:
            return LabelInfo(LabelKind.QUESTION, text, name=asker, strong=True)
        if re.match(r"(?:an?|one|another)[ \t]", who, re.IGNORECASE):
            return LabelInfo(LabelKind.QUESTION, text, strong=True)
    device = _DEVICE_OF.fullmatch(text)
    if device is not None and (owner := name_from_phrase(device.group("who"))) is not None:
        # A video call's participant shown by the phone they joined from, the owner's name in
        # brackets: Zoom's "iPhone (Сергей):", "Galaxy S23 (Maria):" — Sergey speaks.
        return LabelInfo(LabelKind.PERSON, text, name=owner, strong=True)
    role_titled = _ROLE_TITLED_HOLDER.fullmatch(text)
    if (
        role_titled is not None
        and fold(role_titled.group("role")) in INTERVIEWER_WORDS
        and is_title_token(role_titled.group("title").rstrip("."))
        and (chair_name := name_from_phrase(role_titled.group("name"))) is not None
        and chair_name.has_full_given
    ):
        return LabelInfo(
            LabelKind.PERSON, text, name=chair_name, role=role_titled.group("role"), strong=True
        )
    phoned = _PHONE_IN.fullmatch(text)
    if phoned is not None:
        # A phone-in's "Caller (Denise, Stockport):": the caller's first name, then where she
        # rings from; she speaks as "Denise" (a bare "Caller:" stays the role word's).
        who = phoned.group("who")
        if fold(who) in _UNNAMED_CALLER:
            return LabelInfo(LabelKind.ANONYMOUS, text, strong=True)
        # A radio station's capitals, "CALLER (JANE, LEEDS):", name the same Jane.
        caller_name = name_from_phrase(
            " ".join(_recase(w) for w in who.split()) if who.isupper() else who
        )
        if caller_name is not None:
            kind = LabelKind.QUESTION if phoned.group("q") else LabelKind.PERSON
            return LabelInfo(kind, text, name=caller_name, strong=True)
    if _INITIALS_ONLY.match(text):
        initials = Name(given=(), surname=re.sub(r"\s", "", text), title=None, caps=False)
        return LabelInfo(LabelKind.PERSON, text, name=initials)
    brand = _DIGIT_BRAND.fullmatch(text)
    if (
        brand is not None
        # (a numbered question or answer is no brand: "Q1:", "A2:"; nor one capital and a
        # number, a form's or a panel's seat: "P1:")
        and (brand.group(1)[0].islower() or len(brand.group(1)) > 1)
        and fold(brand.group(1)) not in QUESTION_WORDS | ANSWER_WORDS
    ):
        # A site's short brand of letters and digits asks for it: Yale Environment 360's
        # "e360:", "NY1:", "i24:". No person is named so; it reads as an outlet's capitals
        # ("NPR:") do, for the page to resolve to its byline's writer.
        return LabelInfo(
            LabelKind.PERSON, text, name=Name(given=(), surname=text, title=None, caps=True)
        )
    outlet_first = _OUTLET_THEN_ASKER.fullmatch(text) or _OUTLET_DASH_ASKER.fullmatch(text)
    if outlet_first is not None:
        # A briefing's "Republica (Sabin Gurung):", "Kathmandu Post (Anil Giri):": the outlet,
        # then in brackets the reporter who asks for it (not a note, as "(voice-over)" is).
        who, paren = outlet_first.group("who"), outlet_first.group("paren")
        asker = name_from_phrase(paren)
        outer = classify_label(who) if not _news_outlet(who) else None
        if (
            asker is not None
            and asker.has_full_given
            and not asker.title
            and not _news_outlet(paren)
            and not any(is_title_token(w) for w in paren.split())
            # a note, not a reporter: "(Off Mic)", "(Through Interpreter)", "(Follow Up)"
            and not any(
                fold(w) in _BRACKET_NOTES | NOT_NAME_WORDS | QUESTION_WORDS | _NOTE_WORDS
                for w in paren.split()
            )
            and (
                _news_outlet(who)
                or (
                    outer is not None
                    and outer.kind is LabelKind.PERSON
                    and outer.name is not None
                    and not outer.name.given
                    and not outer.name.title
                    and outer.role is None
                    and fold(outer.name.surname) != fold(asker.surname)
                )
            )
        ):
            return LabelInfo(LabelKind.QUESTION, text, name=asker, strong=True)
    core = _PAREN.sub(" ", text).strip()  # "HOLT (voice-over)", "Name (00:01:02)"
    name_part, _, role_part = core.partition(",")
    name_part = name_part.strip()
    role = role_part.strip() or None
    if role is not None and (
        len(role.split()) > max_role_words
        or any(fold(w).strip(".,") in SAYING for w in role.split())
        or fold(role.split()[0]) in _CLAUSE_OPENERS
        # "Mr Black, my constituents in the Forest of Dean will ask one thing: will …?": a
        # question turning to the witness, a modal's clause after the comma, its colon prose.
        or re.search(r"(?<![\w-])(?:will|would|shall|should|can|could|must|might)[ \t]+[a-z]", role)
        is not None
        or fold(name_part) in _ADDRESS_WORDS
        # "But Senator, Democrats say their demand is simple: …": a question turning to the
        # guest by title after a conjunction, its colon in the prose.
        or _ADDRESS_AFTER_CONJUNCTION.fullmatch(name_part) is not None
        # "Уважаемый Вячеслав Викторович, уважаемые депутаты! Сектор … показал устойчивость:
        # …": a speech's opening salutation, its exclamation inside, before a colon in the prose.
        or re.search(r"[!?][ \t]+\S", role) is not None
        # "Пане Президенте, дякую, що знайшли час. Почну з питання, яке …: чи вірите ви …": a
        # question turning to the guest by a vocative, a sentence closed inside, before a colon
        # in the prose.
        or (bool(name_part) and fold(name_part.split()[0]) in _VOCATIVE_OPENERS)
        or (
            len(role.split()) >= 6
            and re.search(rf"[{LOWER}]{{3,}}\.[ \t]+[{UPPER}]", role) is not None
        )
        # "Zoning, Permits, and the Missing Middle: What Can Cities Do Now?": a title's serial
        # list (one word, then more items closed by "and"), not a surname and a description.
        or (
            len(name_part.split()) == 1
            and re.match(r"[^,]+,[ \t]+(?:and|or|&)[ \t]+\S", role) is not None
        )
    ):
        # "Cardinal de Lubac, writing in 1985, said:", "Посмотрите, что происходит в их
        # экономике:" are prose, not labels.
        return None
    described = name_part.split()
    if (
        role is None
        # (a name's lower-case particles are no words of their own: "Host Ana de la Cruz:")
        and 2 <= sum(not (w.islower() and fold(w) in PARTICLES) for w in described) <= 4
        and fold(described[0]) in INTERVIEWER_WORDS - {"media"}
        and _role_named_words(described[1:])
        and not any(is_title_token(w) or fold(w) in NOT_NAME_WORDS for w in described[1:])
    ):
        # Planalto's "Journalist Renata Lobo:" then "Renata Lobo:", "Journalist Paulo:": the
        # interviewer's role word, then her name (a first name alone when the page gives no
        # more); she speaks, in the interviewer's role.
        # A foreign paper's name in its own script between the role and a Cyrillic name is her
        # outlet, no given name: president.gov.ua's "Журналістка Aftenposten Інгрід Бреке:".
        cyrillic = [re.search(r"[а-яёіїєґ]", fold(w)) is not None for w in described[1:]]
        masthead = 0
        while masthead < len(cyrillic) - 2 and cyrillic[masthead] != cyrillic[-1]:
            masthead += 1
        if not all(c == cyrillic[-1] for c in cyrillic[masthead:]):
            masthead = 0
        person = described[1 + masthead :]
        held = (
            name_from_phrase(" ".join(person))
            if len(person) > 1
            else Name(given=(), surname=person[0], title=None, caps=False)
        )
        if held is not None:
            paper = " ".join(described[1 : 1 + masthead]) or None
            return LabelInfo(
                LabelKind.PERSON, text, name=held, role=described[0], strong=True, outlet=paper
            )
    if (
        role is not None
        and fold(name_part) in QUESTION_WORDS | JOURNALIST_WORDS
        and (said_outlet := bracket_outlet(role)) is not None
        and (
            _news_outlet(role)
            or not ((as_person := name_from_phrase(role)) and as_person.has_full_given)
        )
    ):
        # Kenya's MFA: "[Journalist, Nation Media Group]:", "[Journalist, The Standard]:": the
        # outlet after a comma, as in "Journalist (Ukrinform):" ("Journalist, Jane Doe:" names her).
        return LabelInfo(LabelKind.QUESTION, name_part, strong=True, outlet=said_outlet)
    if (
        role is not None
        and _news_outlet(name_part)
        and 2 <= len(role.split()) <= 3
        and not _news_outlet(role)
        and (swapped := name_from_phrase(role)) is not None
        and swapped.has_full_given
    ):
        # "Радіо Свобода, Марта Гнатюк:", "Укрінформ, Олена Ковальчук:": the outlet first, then
        # the journalist who asks for it — read as "Марта Гнатюк, Радіо Свобода".
        name_part, role = role, name_part
    if role is not None and name_part and fold(name_part.split()[0]) in INTERVIEWER_WORDS:
        # "Модератор сессии, ведущая Марина Лосева:", "Moderator, journalist Jane Doe:": the
        # chair's role first, then who holds it, the name closing the description.
        holder_words = re.fullmatch(
            rf"(?:[{LOWER}][{LOWER}\-]*[ \t]+){{0,3}}"
            rf"([{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}\-]+)",
            role,
        )
        chair = name_from_phrase(holder_words.group(1)) if holder_words else None
        if holder_words is not None and holder_words.start(1) == 0 and len(name_part.split()) < 2:
            chair = None  # "Moderator, Jane Doe:" is the office's label (see below)
        if (
            holder_words is not None
            and chair is not None
            and chair.has_full_given
            and not chair.title
        ):
            return LabelInfo(
                LabelKind.PERSON, holder_words.group(1), name=chair, role=name_part, strong=True
            )
    office_of = _OFFICE_OF_PLACE.fullmatch(name_part)
    if office_of is not None and role is not None and is_title_token(name_part.split()[0]):
        # NATO: "Prime Minister of Estonia, Liis Saar:": the office of a country first, then
        # who holds it after the comma; the incumbent speaks (later "Prime Minister Saar:").
        incumbent = name_from_phrase(role)
        if (
            incumbent is not None
            and incumbent.given
            and incumbent.title is None
            and len(role.split()) <= 4
            and all(w[:1].isupper() for w in role.split())
        ):
            titled = replace(incumbent, title=name_part)
            return LabelInfo(LabelKind.PERSON, name_part, name=titled, strong=True)
    folded = fold(name_part)
    numbered = _NUMBERED_ROLE.match(name_part)
    if numbered and role is None:  # "Question 3:", "Q1:", "Вопрос №2:"
        word = fold(numbered.group(1))
        kind = LabelKind.QUESTION if word in QUESTION_WORDS else LabelKind.ANSWER
        return LabelInfo(kind, name_part, strong=True)
    if role is None and _MODIFIED_QUESTION.fullmatch(name_part):
        # Pakistan MOFA's "Supplementary Question:", "Follow-up question:": a question by the
        # last asker or another, the word before it naming no one.
        return LabelInfo(LabelKind.QUESTION, name_part, strong=True)
    numbered_asker = _NUMBERED_ASKER.match(name_part)
    if numbered_asker and role is None:
        # UK select committees: "Q12 Chair:", "Q13 Emily Thornberry:" — question 12, asked by
        # the chair / by Emily Thornberry.
        rest = classify_label(numbered_asker.group(1))
        if rest is not None and (rest.name is not None or rest.office is not None):
            return LabelInfo(
                LabelKind.QUESTION, name_part, name=rest.name, office=rest.office, strong=True
            )
    generic = _GENERIC.match(name_part)
    if generic and role is None:
        label = " ".join(name_part.split())
        if fold(label.split()[0]) in _ASKING_GENERIC:
            # "Reporter 1" (rev.com): an anonymous journalist who asks; the number names nobody.
            return LabelInfo(LabelKind.INTERVIEWER, label, strong=True)
        # "Speaker 1" (automatic transcripts): the label is all the text says; keep it as is.
        generic_name = Name(given=(), surname=label, title=None, caps=False)
        return LabelInfo(LabelKind.PERSON, label, name=generic_name, strong=True)
    if role is None and folded in NEWS_OUTLETS:
        # "N1:", "RT:" — a known outlet asks, even where its name holds a digit or a word that
        # is otherwise a style ("Rt Hon"). The guillemets of "«Известия»:" are typography,
        # not the outlet's name.
        unquoted = name_part.strip('«»"“”„').strip() or name_part
        return LabelInfo(LabelKind.QUESTION, name_part, strong=True, outlet=unquoted)
    if role is None and _SITE_OUTLET.match(name_part.strip()):
        # "**ТСН.ua:** Андрію, наскільки …?", "Lenta.ru:": a news site asking under its own
        # address, which no person's name is.
        return LabelInfo(LabelKind.QUESTION, name_part, strong=True, outlet=name_part.strip())
    numbered = re.fullmatch(r"(.+?)[ \t]+\d{1,2}", folded)
    if numbered and role is None and _anonymous(numbered.group(1)):
        # rev.com numbers a second heckler: "Audience Member 2 (07:30):" / "We love you, Dana!".
        return LabelInfo(LabelKind.ANONYMOUS, name_part, strong=True)
    if not name_part or folded in STOP_LABELS or any(c.isdigit() for c in name_part):
        return None
    if any(w in _ROSTER_HEADS for w in folded.split()[-1:]):
        # A roster's heading qualified by its kind: "Company Participants", "Conference Call
        # Participants", "Corporate Participants" (Seeking Alpha's call pages), no one's name.
        return None
    if _SENTENCE_IN_LABEL.search(name_part):
        # A hearing record's "Senator Fenwick. Administrator, yes or no: are …": the label
        # ended at the surname's full stop; what runs on to the colon is the question.
        return None
    audience = _AUDIENCE_QUESTION.fullmatch(name_part.lower())
    if audience is not None and role is None and audience.group("where"):
        # "Question from CNN:", "Вопрос от РИА Новости:": an outlet's question, the outlet asks
        # as under "Question (CNN):".
        where = name_part[audience.start("where") :]
        if _news_outlet(where):
            return LabelInfo(LabelKind.QUESTION, name_part, strong=True, outlet=where)
    if (folded in QUESTION_WORDS or is_audience_question(folded)) and role is None:
        # "Question (IRNA):" too: an outlet in brackets is not a person and names nobody.
        return LabelInfo(LabelKind.QUESTION, name_part, strong=True)
    if folded in ANSWER_WORDS and role is None:
        return LabelInfo(LabelKind.ANSWER, name_part, strong=True)
    if role is None and name_part in OFFICE_ABBREVIATIONS:
        # "SG:" at a UN stakeout is the Secretary-General, named by the header if at all.
        office = OFFICE_ABBREVIATIONS[name_part]
        return LabelInfo(LabelKind.OFFICE, name_part, office=office, strong=True)
    org_post = re.fullmatch(r"(?P<org>[A-Z]{2,6})[ \t]+(?P<post>[A-Z]{2,6})", name_part)
    if (
        role is None
        and org_post is not None
        and org_post.group("post") in OFFICE_ABBREVIATIONS
        and org_post.group("org") not in OFFICE_ABBREVIATIONS
        and org_post.group("post")
        not in ("PM", "FM", "POTUS", "VPOTUS")  # a state's, not an agency's
    ):
        # An agency's acronym before the abbreviated post: "HDB CEO:" under "… accompanied by
        # HDB Chief Executive Officer Jeremy Ho" (no name "HDB" with the surname "CEO").
        office = f"{org_post.group('org')} {OFFICE_ABBREVIATIONS[org_post.group('post')]}"
        return LabelInfo(LabelKind.OFFICE, name_part, office=office, strong=True)
    event_role = re.fullmatch(r"(\w+)[ \t]+(host|moderator|presenter)", folded)
    if role is None and event_role is not None and event_role.group(1) in _EVENT_NOUNS:
        # "EVENT HOST:", "Panel Moderator:": the role by the occasion it serves, common words
        # only, no given name and surname.
        return LabelInfo(LabelKind.INTERVIEWER, name_part, role=role, strong=True)
    if folded in INTERVIEWER_WORDS:
        # Kazinform's "MODERATOR (Aigerim Nurpeissova):": the role, then who holds it (a
        # reporter's brackets name the outlet: "Reporter (Kyodo News):").
        chairing = folded in _CHAIR_WORDS
        holder = _office_holder_in_parens(text, _recase(name_part), role) if chairing else None
        if holder is not None and not _news_outlet(holder.name.display() if holder.name else ""):
            return holder
        return LabelInfo(LabelKind.INTERVIEWER, name_part, role=role, strong=True)
    if _anonymous(folded):
        return LabelInfo(LabelKind.ANONYMOUS, name_part, role=role, strong=True)
    if role is None and _ABBREVIATED_OUTLET.match(name_part):
        # "ИА «СеверИнформ»:" asks as "«Известия»:" does; the speaker is the name as written.
        who = Name(given=(), surname=name_part, title=None, caps=False)
        return LabelInfo(LabelKind.PERSON, name_part, name=who, outlet=name_part)
    quoted = _QUOTED_OUTLET.match(name_part)
    if quoted is not None and role is None:
        # "«Известия»:", "«Коммерсантъ»:" — a Russian outlet asking under its own name, which
        # the language always sets in guillemets (a person's name never is).
        outlet = quoted.group(1)
        who = Name(given=(), surname=outlet, title=None, caps=False)
        return LabelInfo(LabelKind.PERSON, name_part, name=who, outlet=outlet)
    if role is None and addressed_question(name_part):
        # "Вопрос Владимиру Владимировичу:", "Питання Президентові:": the dative names whom the
        # question is put to, never who asks it.
        return LabelInfo(LabelKind.QUESTION, name_part, strong=True)
    tokens = name_part.split()
    # A long run of office words may precede the name ("PENTAGON PRESS SECRETARY REAR ADMIRAL
    # DANA WHITCOMB:"): beyond six tokens, at most four may be other words than titles. The
    # armed service before a rank is part of the title: "PENTAGON PRESS SECRETARY AIR FORCE
    # MAJ. GEN. PAT RYDER:" (defense.gov's first label for its briefer).
    service = len(_SERVICE_BRANCH.findall(" ".join(tokens)))
    # A compound rank spelled out is one title too: "… AIR FORCE MAJOR GENERAL PAT RYDER:" (its
    # "MAJOR" no title word alone).
    service += sum(
        not is_title_token(m.group(1)) for m in _COMPOUND_RANK.finditer(" ".join(tokens))
    )
    # A name's inner particles are no extra words: QNA's "HE Dr. Khalid bin Ahmed Al Mansouri:"
    # (an Arabic name's "bin" and "Al" between its capitalised words).
    inner = sum(
        0 < k < len(tokens) - 1
        and fold(t) in PARTICLES
        and tokens[k - 1][:1].isupper()
        and tokens[k + 1][:1].isupper()
        for k, t in enumerate(tokens)
    )
    # An office's own connectives and a rank-lowering word before a title word are the
    # title's too: defense.gov's "ASSISTANT SECRETARY OF DEFENSE FOR SPACE POLICY JOHN PLUMB:"
    # ("OF", "FOR" between capitalised words; "ASSISTANT" before "SECRETARY").
    inner += sum(
        0 < k < len(tokens) - 1
        and (
            fold(t) in ("of", "for")
            or (fold(t) in ("assistant", "principal") and is_title_token(tokens[k + 1]))
        )
        and tokens[k - 1][:1].isupper()
        and tokens[k + 1][:1].isupper()
        and len(tokens) > 6
        for k, t in enumerate(tokens)
    )
    long_title = (
        len(tokens) <= 10 and sum(not is_title_token(t) for t in tokens) - service - inner <= 4
    )
    # A head of state styled by a state body with its own "of" (kremlin.ru: "President of the
    # Republic of Kazakhstan Kassym-Jomart Tokayev", "General Secretary of the Communist Party
    # of Vietnam Central Committee To Lam"): the domain's words are the title's, not extra ones.
    long_title = long_title or (
        len(tokens) <= 14
        and role is None
        and is_title_token(tokens[0])
        and (styled_name := parse_name(tokens)) is not None
        and styled_name.title is not None
        and styled_name.title.count(" of ") >= 2
        and len(styled_name.given) <= 2
    )
    if not (1 <= len(tokens) <= 6 or long_title) or folded.startswith("by "):
        return None  # "BY MR. OKAFOR:" heads a deposition's examination; nobody speaks it
    journalist = _outlet_asker(tokens, role)
    if journalist is not None:
        return journalist
    if role is None and _news_outlet(name_part):
        # "AFP:", "Kyodo News:", "Global Times:" at a briefing: a reporter of that outlet asks;
        # the outlet names no person (a header's "… told Dawn's X" still names who). The
        # guillemets of "«Известия»:" are typography, not the outlet's name.
        unquoted = name_part.strip('«»"“”„').strip() or name_part
        return LabelInfo(LabelKind.QUESTION, name_part, strong=True, outlet=unquoted)
    if 2 <= len(tokens) <= 4 and fold(tokens[0]) in QUESTION_WORDS and role is None:
        # "QUESTION JESSEN:" (German government press conferences): who asks, by name.
        asker = parse_name(tokens[1:])
        if asker is not None:
            return LabelInfo(LabelKind.QUESTION, name_part, name=asker, strong=True)
    cased = all(_TITLE_CASE.match(t) or _ALL_CAPS.match(t) for t in tokens)
    # "NATO Spokesperson": an acronym then an office in mixed case ("NATO SPOKESPERSON" is
    # ambiguous with a capitalised name and stays a name).
    org = (
        len(tokens) >= 2
        and _ORG_ACRONYM.match(tokens[0]) is not None
        and not any(_ALL_CAPS.match(t) for t in tokens[1:])
    )
    office_tokens = tokens[1:] if org else tokens
    if role is None and cased and _SERVICE_OFFICE.fullmatch(name_part):
        return LabelInfo(LabelKind.OFFICE, name_part, office=" ".join(map(_recase, tokens)))
    if role is None and cased and _BACKGROUND_OFFICIAL.fullmatch(name_part):
        # "SENIOR STATE DEPARTMENT OFFICIAL:" speaks as the office (not a person "Administration
        # Official" with the title "Senior"): background rules forbid the name.
        return LabelInfo(LabelKind.OFFICE, name_part, office=" ".join(map(_recase, tokens)))
    state = _state_office(tokens) or _office_of_domain(tokens)
    if state is not None and role is None:
        # "Президент України:", "Президент Фінляндії:" at a joint press conference: an office
        # and the state it serves, no name (the header names each holder).
        return LabelInfo(LabelKind.OFFICE, name_part, office=state)
    # A doctor's or professor's title before one office word is a surname, no office: "Dr
    # Reeve:" of a committee's witness "Dr Alison Reeve" (no one is addressed "Dr Speaker").
    doctor = (
        len(tokens) == 2
        and role is None
        and fold(tokens[0]).rstrip(".") in _DOCTOR_TITLES
        and fold(tokens[1]).rstrip(".") in OFFICE_HEADS
    )
    if (
        role is None
        and len(tokens) >= 3
        and tokens[0] == "Madam"
        and fold(tokens[-1]) == "speaker"
        and "(" not in raw  # (her holder in brackets is the member line's: _member_post_holder)
        and all(is_title_token(t) for t in tokens[1:])
    ):
        # The Commons chair by her post alone, as "Mr Deputy Speaker" is his: "Madam Deputy
        # Speaker" / "Share" / "I call the Minister." ("Madam" alone is no title word, since it
        # opens an address: "Madam Chair, …").
        return LabelInfo(LabelKind.OFFICE, name_part, office=name_part)
    if all(is_title_token(t) for t in office_tokens) and fold(tokens[0]) != "the" and not doctor:
        # "SPOKESPERSON:", "Deputy Foreign Minister:" — an office without a name. Not strong:
        # it must recur, so a stray "First:" or "Security:" heading never qualifies.
        # A hyphenated office ends in its head: "Director-General:", "Attorney-General:".
        head = fold(tokens[-1]).rstrip(".")
        # Russian writes a post of two words in sentence case: "Учёный секретарь:",
        # "Ответственный секретарь:" (the capital opens the label only).
        sentence_cased = (
            2 <= len(tokens) <= 3
            and _TITLE_CASE.match(tokens[0]) is not None
            and all(re.fullmatch(r"[а-яёіїєґ'’\-]+", t) for t in tokens[1:])
        ) or (
            # … and gov.uk an officer by remit: "Press officer: First question from the BBC."
            len(tokens) == 2
            and _TITLE_CASE.match(tokens[0]) is not None
            and fold(tokens[0]) in _REMIT_NOUNS
            and tokens[1] in _REMIT_HEADS
        )
        if (cased or sentence_cased) and (
            head in OFFICE_HEADS or head.split("-")[-1] in OFFICE_HEADS
        ):
            office = " ".join([*tokens[:1]] * org + [_recase(t) for t in office_tokens])
            if sentence_cased and not cased:
                office = " ".join(tokens)
            holder = _office_holder_in_parens(text, office, role)
            named = parse_name(role.split()) if role is not None else None
            if holder is None and named is not None and named.has_full_given:
                # "Official Spokesperson, Shri Randhir Jaiswal": the office, then its holder.
                held = Name(given=named.given, surname=named.surname, title=office, caps=named.caps)
                holder = LabelInfo(LabelKind.PERSON, text, name=held, role=role, strong=True)
            if holder is not None:
                return holder
            return LabelInfo(LabelKind.OFFICE, name_part, office=office, role=role)
        return None
    if (
        role is None
        and fold(tokens[0]) == "an"
        and len(tokens) >= 2
        and all(is_title_token(t) for t in tokens[1:])
        and fold(tokens[-1]) == "comhairle"
    ):
        # The Dáil's chair with the Irish article, as its record prints her alone on a line:
        # "An Ceann Comhairle" / "I call Deputy Brennan." ("An Nguyen" is a name: not titles).
        return LabelInfo(LabelKind.OFFICE, name_part, office=" ".join(tokens), strong=True)
    if fold(tokens[0]) == "the" and len(tokens) >= 2:
        # "The Times of Israel": an outlet's name may hold a lowercase joining word inside.
        inner_ok = all(
            _TITLE_CASE.match(t)
            or _ALL_CAPS.match(t)
            or (0 < i < len(tokens) - 1 and t in _JOINERS)
            for i, t in enumerate(tokens)
        )
        if not inner_ok:
            return None
        if len(tokens) == 2 and fold(tokens[1]) in _CHAIR_WORDS and role is None:
            # ASAP Sports' "THE MODERATOR:": the chair's role with the article, as a court's
            # "THE VIDEOGRAPHER:" is an office — whoever chairs, no outlet "The Moderator".
            return LabelInfo(LabelKind.INTERVIEWER, name_part, strong=True)
        if all(is_title_token(t) for t in tokens[1:]):
            office = " ".join(["The", *(_recase(t) for t in tokens[1:])])
            holder = _office_holder_in_parens(text, office, role)
            if holder is not None:
                return holder
            return LabelInfo(LabelKind.OFFICE, name_part, office=office, role=role, strong=True)
        # A see or seat before its holder in brackets, as Hansard writes an office: the General
        # Synod's "The Bishop of Hexham (Rt Revd Dr Sarah Linton):" is Sarah Linton.
        seat_holder = _office_holder_in_parens(text, " ".join(tokens), role, styled=True)
        if seat_holder is not None and len(tokens) <= 5:
            return seat_holder
        see = (
            len(tokens) <= 6
            and "of" in tokens[2:]
            and all(is_title_token(t) for t in tokens[1 : tokens.index("of")])
        )
        if len(tokens) <= 4 or see:
            # An outlet asking the questions ("The Economist:"); counted only if it recurs.
            # (A peer by his see, however long: Hansard's "The Lord Bishop of St Albans".)
            outlet = Name(given=(), surname=" ".join(tokens), title=None, caps=False)
            return LabelInfo(LabelKind.PERSON, name_part, name=outlet, role=role)
        return None
    if role is None and _HEAD_OF_OFFICE.fullmatch(
        headed := " ".join(map(_recase, tokens)).replace(" Of ", " of ")
    ):
        # Akorda's "Head of State:" (and "Head of Government:", "Chief of Staff:"): an office
        # named by what its holder heads, not a given name "Head" with a surname "of State".
        return LabelInfo(LabelKind.OFFICE, name_part, office=headed)
    if role is None and _ADVOCATE_FOR.fullmatch(name_part):
        # A court's or an inquiry's advocate by whom they act for: "Counsel for the family:",
        # "Counsel to the Inquiry:", "Solicitor for the applicant:" — an office, whose holder
        # the lead may name ("… questioned by Rebecca Lowe, counsel for Mr Gale's family").
        return LabelInfo(LabelKind.OFFICE, name_part, office=name_part)
    if role is None and _office_of_state(tokens):
        # A government's English page labels each leader by office and state, the header
        # naming the holders: "Prime Minister of Portugal.-", "President of the Government.-"
        # (Spain's), "President of the Republic:" — an office, not a title with a surname
        # "of Portugal".
        return LabelInfo(LabelKind.OFFICE, name_part, office=name_part)
    if (
        role is None
        and 3 <= len(tokens) <= (6 if tokens[-2] == "and" else 5)
        # (past three words, a department's plural ends it: "Director of Drainage Services";
        # "President of Russia Vladimir Putin" is the office, then a name; or a remit of two
        # joined by "and", which no name after an office has: Portugal's "Minister of
        # Infrastructure and Housing:", "Minister of Foreign Affairs and Trade:")
        and (
            len(tokens) == 3
            or re.fullmatch(r"[A-Z][a-z]+s", tokens[-1]) is not None
            or tokens[-2] == "and"
        )
        and fold(tokens[0]) in OFFICE_HEADS
        # (Westminster-style posts join the remit with "for": Hong Kong's "Secretary for
        # Transport and Logistics:", "Commissioner for Transport:", Jersey's "Minister for
        # Housing:")
        and tokens[1] in ("of", "for")
        and all(
            _TITLE_CASE.match(t) or (t == "and" and i < len(tokens) - 1)
            for i, t in enumerate(tokens[2:], 2)
        )
    ):
        # A school's "Chair of Governors:" under "Our Chair of Governors, Dev Malhotra, opened
        # the meeting": an office and what it heads, not a title with a surname "of Governors".
        # (and a government department's head by the department: Hong Kong's "Director of
        # Drainage Services:" under "… remarks by the Director of Drainage Services, Mr
        # Raymond Cheuk, …")
        return LabelInfo(LabelKind.OFFICE, name_part, office=name_part)
    if (
        role is None
        and len(tokens) == 4
        and fold(tokens[0]) in OFFICE_HEADS
        and fold(tokens[1]) in ("of", "for")
        and fold(tokens[2]) in _REMIT_ADJECTIVES
        and (
            all(_TITLE_CASE.match(t) for t in (tokens[0], *tokens[2:]))
            or all(_ALL_CAPS.match(t) and "." not in t for t in tokens)
        )
    ):
        # A remit of an adjective and a noun, in title case or capitals: a council's "DIRECTOR
        # OF PUBLIC HEALTH:" under "Dr Alan Pryce, Wessex's Director of Public Health" (an
        # adjective no given name is, so "President of Russia Vladimir" stays out).
        office = " ".join(_recase(t) for t in tokens)
        office = office.replace(" Of ", " of ").replace(" For ", " for ")
        return LabelInfo(LabelKind.OFFICE, name_part, office=office)
    if (
        role is None
        and len(tokens) == 2
        and fold(tokens[0]) in _REMIT_NOUNS
        and fold(tokens[1]) in SURNAME_HEADS
        and (
            all(_TITLE_CASE.match(t) and "." not in t for t in tokens)
            or all(_ALL_CAPS.match(t) and "." not in t for t in tokens)
        )
    ):
        # A head word that is also a family name, after a service's remit noun: a state's
        # "FIRE MARSHAL:" under "State Fire Marshal Karen Dufresne and …", a "District Judge:"
        # — no given name "Fire" or "District", but the office the lead names a holder of.
        office = " ".join(map(_recase, tokens))
        return LabelInfo(LabelKind.OFFICE, name_part, office=office)
    if (
        role is None
        and len(tokens) in (2, 3)
        and (
            all(_TITLE_CASE.match(t) and "." not in t for t in tokens)
            # (in capitals too, as a hospital's transcript prints it: "LEAD SURGEON:"; only
            # for the posts below, since an agency's initials may open a capitals office, "EMA
            # DIRECTOR:", which the naming stage spells out)
            or (
                all(_ALL_CAPS.match(t) and "." not in t for t in tokens)
                and (
                    fold(tokens[-1]) in _POST_HEADS
                    # (or an office whose remit is an adjective, no agency's initials: an
                    # electoral body's "ELECTORAL COMMISSIONER:", a university's "CHIEF
                    # FINANCIAL OFFICER:")
                    or _ADJECTIVAL_REMIT.fullmatch(tokens[-2]) is not None
                    # (or a remit noun of five letters or more before a head no family name
                    # is: a council's "INTEGRITY COMMISSIONER:", a state's "INSURANCE
                    # COMMISSIONER:"; an agency's initials are shorter)
                    or (
                        len(tokens) == 2
                        and fold(tokens[-1]) in _REMIT_HEADS
                        and (
                            fold(tokens[-2]) in _REMIT_NOUNS
                            or re.fullmatch(r"[A-Z]{4,}[^S]S", tokens[-2]) is not None
                        )
                    )
                    or (
                        len(tokens) == 2
                        and fold(tokens[-1]) in _NO_SURNAME_HEADS
                        and re.fullmatch(r"[A-Z]{5,}", tokens[-2]) is not None
                        and re.search(r"[AEIOU]", tokens[-2]) is not None
                    )
                    # (or a plural remit noun before "DIRECTOR": a secretary of state's
                    # "ELECTIONS DIRECTOR:", an "OPERATIONS DIRECTOR:"; an agency's initials
                    # are no plural word)
                    or (
                        len(tokens) == 2
                        and fold(tokens[-1]) == "director"
                        and re.fullmatch(r"[A-Z]{4,}[^S]S", tokens[-2]) is not None
                        and re.search(r"[AEIOU]", tokens[-2]) is not None
                    )
                )
            )
        )
        and fold(tokens[-1]) in (OFFICE_HEADS | _POST_HEADS | _TRADE_POSTS) - SURNAME_HEADS
        # (a trade only after a rank: "Chief Engineer:", never "Sarah Planner:")
        and (fold(tokens[-1]) not in _TRADE_POSTS or fold(tokens[0]) in _RANK_QUALIFIERS)
        and (
            not is_title_token(tokens[-2])
            # (a rank before a trade: "Chief Engineer:", "Senior Engineer:")
            or (
                len(tokens) == 2
                and fold(tokens[0]) in _RANK_QUALIFIERS - {"principal"}
                and fold(tokens[-1]) in _TRADE_POSTS
            )
        )
        and (len(tokens) == 2 or fold(tokens[0]) in _RANK_QUALIFIERS)
    ):
        # A trade paper's "Port Director:", a school paper's "School Principal:", a count's
        # "Returning Officer:": what the post heads, then the post — no given name "Port" with
        # a surname "Director", but an office, whose holder the headline or the lead names.
        # (A head word that is also a family name stays a name: "Lorna Bishop:", "Howard
        # Dean:"; a real "Rose Director" keeps her label as written unless a page names a holder.)
        # A rank may open it: a fire service's "Chief Fire Officer:" / "Area Manager:", a
        # hospital's "LEAD SURGEON:", a radio page's "Grand Mufti:" (no given name "Fire").
        office = " ".join(map(_recase, tokens))
        return LabelInfo(LabelKind.OFFICE, name_part, office=office)
    name = parse_name(tokens)
    if (
        name is None
        and role is not None
        and len(tokens) == 2
        and re.fullmatch(rf"[{UPPER}]", tokens[0]) is not None
        and (_TITLE_CASE.match(tokens[1]) or _ALL_CAPS.match(tokens[1]))
        and len(tokens[1]) >= 3
        and fold(tokens[1]) not in NOT_NAME_WORDS
        and any(fold(w) in INTERVIEWER_WORDS | {"byline"} for w in role.split())
    ):
        # NPR's host whose given name is one letter: "A MARTÍNEZ, HOST:" (then "MARTÍNEZ:").
        # A lone capital opens no name elsewhere ("A LOOK:"), so only with a host's role.
        name = Name(given=(tokens[0],), surname=tokens[1], title=None, caps=tokens[1].isupper())
    if name is None:
        return None
    strong = (
        any(_INITIALS.match(g) for g in name.given)
        or (name.caps and (len(tokens) >= 2 or role is not None))
        or role is not None
        or (bool(name.given) and name.title is not None)
    )
    return LabelInfo(LabelKind.PERSON, name_part, name=name, role=role, strong=strong)


_ADVOCATE_FOR = re.compile(
    rf"(?:Counsel|Solicitor|Barrister|Advocate)[ \t]+(?:for|to)[ \t]+(?:the[ \t]+)?"
    rf"[{LETTER}][{LETTER}'’\-]+(?:[ \t]+[{LETTER}][{LETTER}'’\-]+){{0,2}}"
)

# Office heads that are also family names ("Lorna Bishop", "Howard Dean", "Carole King"): after
# a capitalised word they stay a person's surname, not a post (see classify_label).
# Posts that head a two-word office label only (see classify's "Port Director:" rule): a
# service's "Area Manager:", a hospital's "Lead Surgeon:", a mosque council's "Grand Mufti:".
_POST_HEADS = frozenset({"manager", "surgeon", "mufti", "superintendent", "inspector"})
# The ranks that may open a three-word office label: "Chief Fire Officer:", "Deputy Port
# Director:", "Senior Investigating Officer:".
# Trades a rank word may open as a post of two words, no name: "Chief Engineer:".
_TRADE_POSTS = frozenset({"engineer", "planner", "architect"})
# A remit written as an adjective before the office's head, in capitals: "ELECTORAL", "FINANCIAL",
# "OPERATING", "EXECUTIVE" (an agency's initials, "EMA", never end so).
_ADJECTIVAL_REMIT = re.compile(r"[A-Z]{3,}(?:AL|IC|IVE|ARY|ING|ORY)")
_RANK_QUALIFIERS = frozenset({"chief", "deputy", "senior", "assistant", "acting", "principal"})
# Office heads no family name is, which a capitals remit noun may open: "INTEGRITY
# COMMISSIONER:", "PRIVACY OMBUDSMAN:", "LAND REGISTRAR:".
_NO_SURNAME_HEADS = frozenset({"commissioner", "ombudsman", "ombudsperson", "registrar"})
# An officer or a commander by remit, in capitals: a county's "HIGHWAYS OFFICER:" at a parish
# meeting, the Coast Guard's "SECTOR COMMANDER:" at a news conference. The remit is a plural
# noun or one of these (a given name may stand before either word: "SARAH OFFICER:").
_REMIT_HEADS = frozenset({"officer", "commander"})
_REMIT_NOUNS = frozenset(
    {
        "sector", "incident", "police", "fire", "press", "media", "planning", "licensing",
        "enforcement", "welfare", "liaison", "duty", "watch", "station", "district", "garrison",
        "returning", "medical", "safeguarding", "compliance", "conservation", "environmental",
    }
)  # fmt: skip
SURNAME_HEADS = frozenset(
    {
        "bishop", "dean", "king", "queen", "prince", "pope", "speaker", "general", "governor",
        "mayor", "chancellor", "sheriff", "marshal", "judge", "provost", "leader", "coach",
        "premier", "rector", "senator", "envoy", "chair", "archbishop",
    }
)  # fmt: skip


# An armed service named before a rank (its words, not titles themselves, count as one).
_COMPOUND_RANK = re.compile(
    r"(?i)\b(major|lieutenant|brigadier|rear|vice)[ \t]+(?:general|colonel|commander|admiral)\b"
)
_SERVICE_BRANCH = re.compile(
    r"(?i)\b(?:air|space)[ \t]+force\b(?=[ \t]+\S)|\bmarine[ \t]+corps\b(?=[ \t]+\S)"
    r"|\b(?:coast|national)[ \t]+guard\b(?=[ \t]+\S)"
)


# A full stop after a surname-like word inside a label's name, with a word after it: a
# sentence ended there ("Fenwick. Administrator"); abbreviations ("Lieut.", "Jr.") are short
# or listed, initials single letters.
_SENTENCE_IN_LABEL = re.compile(
    rf"(?<![{LETTER}.])(?!(?:Supt|Lieut|Messrs|Msgr|Mme|Mlle|Corp|Bros|Hon|Rev|Prof|Capt|Pres|Проф|Акад|Доц)\.)"
    rf"[{UPPER}][{LOWER}]{{3,}}\.[ \t]+[{UPPER}]"
)


# Malay styles that take "Sri" after them ("Tan Sri", "Puan Sri", "Toh Puan"): titles only then.
_STYLE_BEFORE_SRI = frozenset({"tan", "puan"})

# Offices that transcripts abbreviate in a label (written in capitals exactly so).
OFFICE_ABBREVIATIONS = {
    "SG": "Secretary-General",
    "DSG": "Deputy Secretary-General",
    # A UN agency's head by the post's initials: UNESCO's "DG:" under a lead that names
    # "Director-General Khaled El-Enany".
    "DG": "Director-General",
    "PM": "Prime Minister",
    "FM": "Foreign Minister",
    "HRVP": "High Representative",
    "POTUS": "President",
    "VPOTUS": "Vice President",
    # An earnings call's executives by their posts: "CEO:" / "CFO:" under "Corporate
    # Participants" / "Lena Østerberg - Chief Executive Officer".
    "CEO": "Chief Executive Officer",
    "CFO": "Chief Financial Officer",
    "COO": "Chief Operating Officer",
    # An emergency briefing's spokesperson: a fire district's "PIO:" beside "CHIEF:" under
    # "Present: …; Public Information Officer Dev Raghunathan."
    "PIO": "Public Information Officer",
    # A British university's head: "VC:" beside "REGISTRAR:" under "The Vice-Chancellor,
    # Professor Helen Marchbank, spoke first."
    "VC": "Vice-Chancellor",
    # A Canadian municipality's head of staff: "CAO:" beside "REEVE:" under a caption's "…
    # chief administrative officer Glen Sawchuk, left, and Reeve Darlene Kowalchuk".
    "CAO": "Chief Administrative Officer",
}
# News agencies and broadcasters whose names carry no media word (those that do, "Kyodo News",
# "Sankei Shimbun", "Global Times", are recognised by it).
NEWS_OUTLET_NAMES = {
    fold(o): o
    for o in (
        "AFP",
        "Agence France-Presse",
        "AP",
        # (spelled out: a moderator's "we'll go to Associated Press, Lita Baldor.")
        "Associated Press",
        "Reuters",
        "Bloomberg",
        "CCTV",
        "CGTN",
        "Xinhua",
        "NHK",
        "Kyodo",
        "Jiji",
        "Yonhap",
        "TASS",
        "ТАСС",
        "RIA Novosti",
        "РИА Новости",
        "Interfax",
        "Интерфакс",
        "Інтерфакс",
        "Sputnik",
        "BBC",
        "CNN",
        "CNBC",
        "ABC",
        "CBS",
        "NBC",
        "Fox",
        "Al Jazeera",
        "Al Arabiya",
        "Anadolu",
        "dpa",
        "ANSA",
        "EFE",
        "PTI",
        "ANI",
        "IRNA",
        "WAM",
        "SPA",
        "Bernama",
        "Antara",
        "Prensa Latina",
        "Phoenix TV",
        "Dragon TV",
        "The Paper",
        "Caixin",
        "Politico",
        "Axios",
        "Euronews",
        "ARD",
        "ZDF",
        "RAI",
        "Ukrinform",
        "Укрінформ",
        "Известия",
        "«Известия»",
        "Коммерсантъ",
        "RBC",
        "РБК",
        "Izvestia",
        "Kommersant",
        # State and agency outlets of the countries whose official English pages print their
        # journalists by outlet ("RT:" asking Daniel Harcourt; "N1:" at a Belgrade presser).
        "RT",
        "N1",
        "TRT",
        "TRT World",
        "Al Mayadeen",
        "Press TV",
        "KCNA",
        "Tanjug",
        "Armenpress",
        "ERT",
        "MTI",
        "Azertac",
        "Kazinform",
        "Tasnim",
        "teleSUR",
        "BelTA",
        # Broadcasters whose reporters name themselves at pressers in Kyiv, Moscow and the
        # Nordic capitals ("Ханна Віртанен, Yle.", "Суспільне Житомир, Ірина Ковальчук.").
        "Суспільне",
        "Suspilne",
        "Громадське",
        "Hromadske",
        "Українська правда",
        "Ukrainska Pravda",
        "ВГТРК",
        "НТВ",
        "Yle",
        "NRK",
        "SVT",
        # The US-funded broadcasters, whose Q&As label their questions by the outlet
        # ("RFE/RL: Why hasn't it been signed?" / "Hakobyan: From our side, …").
        "RFE/RL",
        "Radio Free Europe/Radio Liberty",
        "Radio Liberty",
        "VOA",
        "Voice of America",
        # France's international broadcasters print their questions under the channel's name,
        # digits and all ("FRANCE 24: Minister, thank you for joining us. …").
        "France 24",
        "RFI",
        # Germany's international broadcaster, called by name at Brussels pressers like the
        # wires ("NATO Spokesperson: Deutsche Welle." — a call, no reporter's name).
        "Deutsche Welle",
    )
}
NEWS_OUTLETS = frozenset(NEWS_OUTLET_NAMES)
_MEDIA_TAIL = re.compile(rf"\b(?:{_OUTLET_TAIL_WORDS}|Media Group)$")
# A Russian or Ukrainian paper named as an adjective and a lowercase media noun, unquoted in a
# briefing's label: "Європейська правда:", "Российская газета:", "Економічна правда:".
_SLAVIC_PAPER = re.compile(
    rf"^[{UPPER}][{LOWER}]+(?:ая|яя|[сцз]ька|[чн]на|ьна|ий|ій|ый|ые|ое|і)[ \t]+"
    r"(?:правда|газета|новости|новини|ведомости|відомості|известия|вести|вісті)$"
)

# A regional site named by its place and a lowercase web word: "Полтавщина онлайн:", "Житомир
# інфо:", "Харків онлайн:" (a person's name is never so).
_ONLINE_OUTLET = re.compile(
    rf"^[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+)?[ \t]+"
    # (a Latin brand capitalises it: "Sun Online:", "Avas Online:" — no surname is "Online")
    r"(?:онлайн|[Oo]nline|інфо|инфо|info|медіа|медиа|news)$"
)

# A web outlet's one-word Latin brand, a place glued to a media word: "AmurMedia:", "PrimaMedia:",
# "UralPress:", "SibNews:" at a regional press conference (a person's name is never so).
_CAMEL_MEDIA = re.compile(r"^[A-Z][a-z]+(?:Media|News|Press|Info|Online|Inform)$")

# A national agency's mixed-case acronym, the country's syllable then the agency's capitals:
# "UzA:" (Uzbekistan), "BelTA:", "KazTAG:" asking at an interview. No person's name ends in a
# run of capitals after small letters (a Dutch name's "TvL" initials are read before this).
_CAMEL_ACRONYM = re.compile(r"^[A-Z][a-z]{1,3}[A-Z]{1,3}$")


def _news_outlet(label: str) -> bool:
    """A label that is a news outlet's name, not a person's."""
    text = " ".join(label.split())
    if fold(text) in NEWS_OUTLETS:
        return True
    # An agency's national service: "Інтерфакс-Україна", "Interfax-Ukraine", "Sputnik-Беларусь".
    head, dash, tail = text.partition("-")
    if dash and fold(head) in NEWS_OUTLETS and tail[:1].isupper() and " " not in tail:
        return True
    if _SLAVIC_PAPER.match(text) or _ONLINE_OUTLET.match(text) or _CAMEL_MEDIA.match(text):
        return True
    if _CAMEL_ACRONYM.match(text) and not _PARTICLE_INITIALS.fullmatch(text):
        return True
    if _AGENCY_NAME.match(text):
        return True
    tokens = text.split()
    return (
        2 <= len(tokens) <= 4
        # "Радіо Свобода", "Radio Liberty", "Телеканал Дождь": a medium's word heads the name.
        and (_MEDIA_TAIL.search(text) is not None or fold(tokens[0]) in _MEDIA_HEADS)
        and all(t[:1].isupper() for t in tokens)
        and not any(is_title_token(t) for t in tokens)
    )


# A wire agency's full style, whose "Agency" is otherwise an office word ("Agency Director"):
# mid.ru's "… interview with Rossiya Segodnya International Information Agency", "Xinhua News
# Agency", "Kyodo News Agency" (a person's name never ends in "News Agency").
_AGENCY_NAME = re.compile(
    rf"^(?:[{UPPER}][{LETTER}'’\-]*[ \t]+){{1,4}}(?:News|Information|Press|Telegraph)[ \t]+Agency$"
)
_MEDIA_HEADS = frozenset(
    {"радіо", "радио", "radio", "телеканал", "телеканалу"}
    # A Romance agency word heads a wire's name ("Agence Europe", "Agencia Noticias", "Agenzia
    # Nova"); no given name is spelt so.
    | {"agence", "agencia", "agenzia"}
)


def outlet_role(role: str | None) -> bool:
    """A label's role that names the outlet its speaker writes for ("Марина Лукина,
    «Известия»", "Sidhant Sibal, WION"): a journalist, who asks."""
    if not role:
        return False
    return (
        _QUOTED_OUTLET.match(role.strip()) is not None
        or _news_outlet(role)
        # A capitals label's outlet ("JOANNA ROSALES/GMA NEWS:", the PCO's): its media word
        # in capitals too.
        or (role.isupper() and _news_outlet(role.title()))
        or _SITE_OUTLET.match(role.strip()) is not None
        # "Елена Сорокина, ГТРК «Вологда»", "Дмитрий Рябов, газета «Премьер»": the quoted name
        # after the agency's abbreviation or a lowercase media word.
        or _ABBREVIATED_OUTLET.match(role.strip()) is not None
        or _DESCRIBED_OUTLET.match(role.strip()) is not None
    )


# An online outlet named by its domain: "Андрій Волошин, LIGA.net:", "Ivan Petrov, Meduza.io:";
# a European country's domain too ("swissinfo.ch:", "tagesschau.de:", "bbc.co.uk:").
_SITE_OUTLET = re.compile(
    r"^[\w\-]{2,30}\.(?:co\.|com\.)?(?:net|com|ua|ru|info|io|org|news|media|by|kz"
    r"|ch|de|fr|it|es|eu|pl|cz|at|nl|be|uk|ge|am|md|lt|lv|ee|ro|bg|hu|sk|au|in|tv)$"
)


def _outlet_asker(tokens: list[str], role: str | None) -> LabelInfo | None:
    """An outlet asking through its journalist ("Kyodo News, Sato:", "NHK, Tanaka:"): an
    acronym or a name with a media word, then the surname of the journalist who asks for it."""
    if (
        role is None
        or len(role.split()) != 1
        or not _TITLE_CASE.match(role)
        or is_title_token(role)
    ):
        return None
    outlet = " ".join(tokens)
    if not (_MEDIA_WORD.search(outlet) or (len(tokens) == 1 and _ACRONYM.match(outlet))):
        return None
    who = Name(given=(), surname=role.rstrip("."), title=None, caps=False)
    return LabelInfo(LabelKind.PERSON, outlet, name=who, role=outlet, strong=True, outlet=outlet)


# A state in the genitive after an office: "України", "Фінляндії", "России", "Казахстана",
# "Российской Федерации", "Республики Беларусь", "США". A surname in a label is nominative and
# never ends so (Georgian "-швили" ends in a plain "-и", which is left out).
STATE_GENITIVE = re.compile(
    r"(?:[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]*(?:ской|цкой|ської|цької)[ \t]+)?"
    r"(?:[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]*(?:ии|ії|ини|їни|ыни|щі|ши|ики|іки|стана|джана)"
    r"|США|РФ|ФРГ|КНР|ЕС|ЄС|ООН|НАТО|ОАЭ|ОАЕ)"
    r"(?:[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+)?"
)
_STATE_OFFICE_HEADS = frozenset(
    {"міністр", "прем'єр-міністр", "прем’єр-міністр", "премьер-министр"}
)


# The adjective of a public remit after "Director of" / "Minister for": "Public Health",
# "Social Care", "Legal Services".
_REMIT_ADJECTIVES = frozenset(
    {
        "public", "social", "adult", "legal", "civil", "environmental", "economic", "financial",
        "corporate", "clinical", "medical", "human", "regional", "local", "rural", "urban",
    }
)  # fmt: skip


def _office_of_state(tokens: Sequence[str]) -> bool:
    """ "Prime Minister of Portugal", "President of the Government (of Spain)": title words
    ending in an office head, then "of" and one capitalised word (after "the" or not), once or
    twice. One word only, so "President of Russia Vladimir Putin" (the office, then a name)
    stays out."""
    k = 0
    while k < len(tokens) and is_title_token(tokens[k]) and _TITLE_CASE.match(tokens[k]):
        k += 1
    if k == 0 or fold(tokens[k - 1]) not in OFFICE_HEADS or fold(tokens[0]) == "the":
        return False
    rest = " ".join(tokens[k:])
    return (
        re.fullmatch(
            rf"(?:of[ \t]+(?:the[ \t]+)?(?:[{UPPER}][{LOWER}]{{2,}}[ \t]+{BODY_NOUNS}"
            rf"|[{UPPER}][{LOWER}]{{2,}})(?:[ \t]+|$)){{1,2}}",
            rest + " ",
        )
        is not None
    )


# What an international or national body is called after its adjective: "President of the
# General Assembly:" (the UN's), "President of the European Commission:", "Chair of the Security
# Council:" — an office, not a title with the surname "Assembly".
BODY_NOUNS = (
    r"(?:Assembly|Council|Commission|Committee|Parliament|Court|Conference|Board|Senate|Union"
    r"|Bank|Fund|Republic|Federation|Nations|States|Government|Tribunal|Ombudsman)"
)


def _state_office(tokens: Sequence[str]) -> str | None:
    """ "Президент України" / "Премьер-министр Индии": an office's words, then a state in the
    genitive; the whole label as the office, else None."""
    k = 0
    while k < len(tokens) and is_title_token(tokens[k]):
        k += 1
    if k == 0 or k == len(tokens) or not re.match(r"[А-ЯЁІЇЄҐ]", tokens[0]):
        return None
    head = fold(tokens[k - 1])
    if head not in OFFICE_HEADS and head not in _STATE_OFFICE_HEADS:
        return None
    if STATE_GENITIVE.fullmatch(" ".join(tokens[k:])) is None:
        return None
    return " ".join(tokens)


# What a Russian or Ukrainian office heads, in the genitive and in lower case after the office
# word: "Глава города:", "Министр финансов:", "Міністр енергетики:" at a briefing where two
# ministers speak; a name is capitalised, so a lower-case complement is no surname.
# (A utility's or an agency's head too: "Директор водоканала:" at a mayor's press approach;
# "Начальник ОВА:", "Керівник ОП:", "Руководитель МЧС:" — who heads an institution.)
_DOMAIN_OFFICE_HEADS = frozenset(
    {
        "глава", "голова", "міністр", "мэр", "мер", "министр", "губернатор", "директор",
        "прокурор", "начальник", "керівник", "руководитель",
        # A council's secretary by the body: "Секретар ради:" at an executive committee's
        # sitting (the city council's secretary), "Секретарь совета:".
        "секретар", "секретарка", "секретарь",
        # A school's head: "Директорка ліцею:" under "… директорки Луговського ліцею Оксани
        # Мельник".
        "директорка",
        # A company's board chair: "Председатель правления:" under "… ответили председатель
        # правления АО «Теплосеть-Сибирь» Андрей Гусельников".
        "председатель",
        # A military unit's commander: "Командир бригади:" after "Командир бригади полковник
        # Олександр Бойко:" (Russian "Командир полка:").
        "командир",
        # Their feminine forms and the Ukrainian "head of" word: a hromada's "Очільник
        # громади:" / "Керівниця ЦНАП:" under the caption "очільник громади Андрій Лис та
        # керівниця ЦНАП Наталія Бондар …".
        "керівниця", "начальниця", "очільник", "очільниця", "начальница", "руководительница",
        # A vice-rector by remit: "Проректор по учебной работе:".
        "проректор", "проректорка",
        # A deputy by whom they stand in for: a press centre's "Заступник міністра:" under
        # "Учасники: заступник міністра у справах ветеранів України Олексій Ігнатенко;"
        # (Russian "Заместитель министра:").
        "заступник", "заступниця", "заместитель", "заместительница",
        # A unit's or a body's spokesperson: "Речник бригади:" under "… з речником 95-ї
        # окремої бригади Андрієм Гуменюком" (Russian "Пресс-секретарь губернатора:").
        "речник", "речниця", "прес-секретар", "прес-секретарка", "пресс-секретарь",
    }
)  # fmt: skip
# Posts a capitalised adjective ranks rather than a domain: "Главный инженер:" (a company's
# chief engineer), "Головний лікар:", "Главный редактор:" — a post, not "Adjective Surname".
# A club's coach too: "Головний тренер:" (Russian "Главный тренер:").
_RANKED_POSTS = frozenset(
    {"инженер", "врач", "редактор", "бухгалтер", "архитектор", "інженер", "лікар", "тренер"}
    # A region's chief bailiff: "Главный судебный пристав:" under "… главного судебного пристава
    # Курской области Игоря Семенихина" (two adjectives, then the post).
    | {"пристав"}
)  # fmt: skip
# What a ranked post serves, after it: a lower-case genitive ("Головний тренер гостей:", the
# visiting side's coach) or a club's name in guillemets ("Головний тренер «Сули»:").
_RANKED_POST_OF = re.compile(r"[а-яёіїєґ][а-яёіїєґ'’\-]+|«[^«»\n]{1,40}»")
_DOMAIN_ADJECTIVE = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:ький|ський|ній|ний|ской|ский|кий|ный)")
_ENVOY_HEADS = frozenset(
    {"представник", "представниця", "представитель", "представительница"}
)  # fmt: skip
_GENITIVE_PROPER_ADJECTIVE = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:ого|его|ой|ей|ої|ьої|ього)")
_AGENCY_GENITIVE = re.compile(
    r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]{3,}(?:агентства|ства|служби|службы|надзора|нагляду|інспекції|инспекции)"
    # A state body's compound name, a state prefix and clipped stems, in the genitive:
    # "Голова Держгеокадастру:" (Ukrainian "-у"), "Глава Росреестра:", "Міністр Мінекономіки".
    r"|(?:Держ|Гос|Мін|Мин|Рос|Укр)[а-яёіїєґ'’]{5,}(?:у|а|и|ы)"
)
_DOMAIN_WORD = re.compile(r"[а-яёіїєґ][а-яёіїєґ'’\-]+")
# The remit a service or a ministry is named by, after the office: "у справах дітей" (for
# children's affairs), "з питань освіти", Russian "по делам молодёжи", "по вопросам миграции".
_REMIT_OF_PREPOSITIONS = frozenset({"у", "в", "з", "із", "по"})
_REMIT_OF_NOUNS = frozenset({"справах", "питань", "делам", "вопросам"})
# A verb of saying in the past ("Министр заявил:", "Глава города отметила:") is a news
# article's lead-in, not a label. A masculine past ends in -л (or Ukrainian -в), which no
# genitive complement does; the feminine and plural endings are a genitive noun's too
# ("Директор водоканала:", "Глава села:"), so those count only on a verb of saying's root.
_MASCULINE_PAST = re.compile(r".*(?:ал|ял|ил|ел|ыл|ул|ув|ав|ив)(?:ся)?")
# Also Ukrainian "відповів", whose -ів is a genitive plural's too ("Міністр фінансів:").
_FEMININE_OR_PLURAL_PAST = re.compile(r".*(?:ла|ло|ли|лась|лось|лись|ів)")
_SAYING_ROOTS = (
    "сказ", "заяв", "метил", "черкн", "бавил", "додал", "поясн", "ответ", "відпов", "уточн",
    "сообщ", "повідом", "напомн", "нагад", "продолж", "продовж", "призна", "визна", "говор",
    "коммент", "комент", "обещ", "обіц", "зазнач", "наголос", "зауваж", "объясн", "резюм",
)  # fmt: skip


def _is_past_verb(word: str) -> bool:
    if _MASCULINE_PAST.fullmatch(word):
        return True
    return bool(_FEMININE_OR_PLURAL_PAST.fullmatch(word)) and any(
        root in word for root in _SAYING_ROOTS
    )


def _office_of_domain(tokens: Sequence[str]) -> str | None:
    """ "Глава города" / "Міністр фінансів": one office word, then one or two lower-case words
    in the genitive naming what it heads; the whole label as the office, else None."""
    remit = next(
        (
            i
            for i in range(1, len(tokens) - 2)
            if tokens[i] in _REMIT_OF_PREPOSITIONS
            and fold(tokens[i + 1]) in _REMIT_OF_NOUNS
            and len(tokens) - i - 2 <= 2
        ),
        None,
    )
    if remit is not None and all(
        _DOMAIN_WORD.fullmatch(t) and not _is_past_verb(t) for t in tokens[remit + 2 :]
    ):
        # A service or a ministry by its remit: "Начальниця служби у справах дітей:" under "…
        # начальниця служби у справах дітей міської ради Людмила Гордійчук", "Міністр у
        # справах ветеранів:", "Начальник управления по делам ГО и ЧС", "Директор департаменту
        # з питань освіти:" — the office before the remit reads as a shorter one would.
        head = tokens[:remit]
        single = (
            len(head) == 1
            and re.match(r"[А-ЯЁІЇЄҐ][а-яёіїєґ]", head[0]) is not None
            and fold(head[0]) in _DOMAIN_OFFICE_HEADS
        )
        if single or (len(head) > 1 and _office_of_domain(head) is not None):
            return " ".join(tokens)
        return None
    if (
        len(tokens) >= 2
        and _DOMAIN_ADJECTIVE.fullmatch(tokens[0])
        and (fold(tokens[1]) in _DOMAIN_OFFICE_HEADS or fold(tokens[1]) in _RANKED_POSTS)
    ):
        # The domain as an adjective before the office: "Міський голова:" (a city's mayor)
        # under "… відповідав міський голова Андрій Сидоренко", "Городской глава:".
        if len(tokens) == 2:
            return " ".join(tokens)
        served = " ".join(tokens[2:])
        if (
            fold(tokens[1]) in _RANKED_POSTS
            and _RANKED_POST_OF.fullmatch(served)
            and not _is_past_verb(served)
        ):
            # Whom a ranked post serves: "Головний тренер гостей:", "Головний тренер «Сули»:"
            # at a post-match press conference (the lead names each coach).
            return " ".join(tokens)
        return None
    if (
        len(tokens) == 3
        and _DOMAIN_ADJECTIVE.fullmatch(tokens[0])
        and _DOMAIN_ADJECTIVE.fullmatch(tokens[1].capitalize())
        and tokens[1].islower()
        and (fold(tokens[2]) in _DOMAIN_OFFICE_HEADS or fold(tokens[2]) in _RANKED_POSTS)
    ):
        # Two adjectives before a ranked post: "Главный санитарный врач:" (a region's chief
        # sanitary officer) under the caption "Главный санитарный врач по … области Нина …",
        # "Головний санітарний лікар:".
        return " ".join(tokens)
    if (
        3 <= len(tokens) <= 5
        and re.match(r"[А-ЯЁІЇЄҐ][а-яёіїєґ]", tokens[0])
        and fold(tokens[0]) in _DOMAIN_OFFICE_HEADS
        and tokens[1] in ("по", "з", "із")
        and all(re.fullmatch(r"[а-яёіїєґ'’\-]+", t) for t in tokens[2:])
    ):
        # A post by its remit: "Проректор по учебной работе:" beside "Проректор по научной
        # работе:" (Ukrainian "Проректор з наукової роботи:"), each named in the lead.
        return " ".join(tokens)
    if (
        len(tokens) == 2
        and fold(tokens[0]) in _ENVOY_HEADS
        and re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ]+", tokens[0])
        and re.fullmatch(r"[А-ЯЁІЇЄҐ]{2,5}", tokens[1])
    ):
        # A body's delegate by its acronym: "Представниця ГРД:" under "… представниця
        # Громадської ради доброчесності Вікторія Бойчук" (no surname "ГРД").
        return " ".join(tokens)
    if (
        2 <= len(tokens) <= 3
        and fold(tokens[0]) in _ENVOY_HEADS
        and re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ]+", tokens[0])
        and all(_DOMAIN_WORD.fullmatch(t) and not _is_past_verb(t) for t in tokens[1:])
    ):
        # A body's delegate by the body, in the genitive: "Представитель водоканала:" (a
        # utility's man at a residents' meeting), "Представник управляючої компанії:".
        return " ".join(tokens)
    if not 2 <= len(tokens) <= 3 or fold(tokens[0]) not in _DOMAIN_OFFICE_HEADS:
        return None
    if not re.match(r"[А-ЯЁІЇЄҐ]", tokens[0]):
        return None
    rest = tokens[1:]
    if (
        rest
        and len(rest) <= 2
        and all(re.fullmatch(r"[А-ЯЁІЇЄҐ]{2,7}", r) for r in rest)
        and not tokens[0].isupper()
    ):
        # An institution's acronym as what it heads: "Голова ОВА:" (of a regional military
        # administration), "Глава МЧС:" — set in mixed case, not a name in capitals; a longer
        # one or two ("Начальник УГИБДД:", "Начальник ГУ ДСНС:", a main directorate's head).
        return " ".join(tokens)
    if len(rest) == 1 and _AGENCY_GENITIVE.fullmatch(rest[0]) and not tokens[0].isupper():
        # An agency's clipped name in the genitive: "Голова Держрибагентства:" under the title
        # "Стенограма брифінгу Голови Держрибагентства Остапа Мельничука" ("Глава
        # Роспотребнадзора:") — an ending no surname has.
        return " ".join(tokens)
    if len(rest) == 2 and re.fullmatch(r"[А-ЯЁІЇЄҐ]{2,5}", rest[1]) and not tokens[0].isupper():
        # A department, then the acronym of what it runs: "Начальник управління ЖКГ:" (the
        # head of a council's housing and utilities department), "Директор департамента ЖКХ:".
        rest = rest[:1]
    if len(rest) == 2 and _GENITIVE_PROPER_ADJECTIVE.fullmatch(rest[0]) and not tokens[0].isupper():
        # An institution by its proper name in the genitive: "Руководитель Лесопожарного
        # центра:" under "… руководитель КГАУ «Лесопожарный центр» Сергей Прохоров".
        rest = rest[1:]
    if not all(_DOMAIN_WORD.fullmatch(t) and not _is_past_verb(t) for t in rest):
        return None
    return " ".join(tokens)


# A name's word after an interviewer's role word: "Jane", "O'Neill", "McBride", "Ellison-Hart",
# "al-Safadi" (a capital, then letters, a lower-case last one: no capitals word, no acronym).
_ROLE_NAME_WORD = re.compile(rf"(?:(?:al|el|аль|эль|ель)-)?[{UPPER}][{LETTER}'’\-]*[{LOWER}]")


def _role_named_words(words: list[str]) -> bool:
    """The name after "Host", "Journalist", "Ведуча": name words, and particles between them
    ("Host Ana de la Cruz:", "Host Pieter van der Berg:")."""
    return all(
        _ROLE_NAME_WORD.fullmatch(w) is not None
        or (0 < i < len(words) - 1 and w.islower() and fold(w) in PARTICLES)
        for i, w in enumerate(words)
    )


# Role words of whoever chairs, whose brackets may name the holder: "MODERATOR (Aigerim
# Nurpeissova):", "Модератор (Елена Сорокина, руководитель пресс-службы):".
_CHAIR_WORDS = frozenset(
    {"moderator", "host", "presenter", "anchor", "модератор", "модераторка", "ведущий", "ведущая"}
    | {"ведучий", "ведуча", "facilitator"}
)


def _office_holder_in_parens(
    text: str, office: str, role: str | None, *, styled: bool = False
) -> LabelInfo | None:
    """Hansard's "The Prime Minister (Keir Starmer):": the office held by the person in brackets,
    who is then the speaker of the bare "The Prime Minister:" labels too."""
    for inner in _PAREN_TEXT.findall(text):
        # The holder's post may follow the name after a comma: "Модератор (Елена Сорокина,
        # руководитель пресс-службы губернатора):" is Elena Sorokina.
        tokens = inner.split(",")[0].split()
        if not 2 <= len(tokens) <= (6 if styled else 4):
            continue
        name = parse_name(tokens)
        # A knighthood is a style, not a second office: "The Prime Minister (Sir Keir
        # Starmer)" is Keir Starmer; "(Mr Speaker)" or "(Dr Fox)" name no holder. A see's
        # holder carries the clergy's styles: "(Rt Revd Dr Sarah Linton)" (styled=True).
        knight = name is not None and (name.title or "").casefold() in ("sir", "dame")
        # Canada's committee evidence styles the chair's holder as any member: "The Chair (Mr.
        # Kevin Marchand):" is Kevin Marchand (a given name, so no "(Mr Speaker)").
        # A government's moderator is styled by the diplomatic honorific: "Moderator (H.E.
        # Chum Sounry):" is Chum Sounry.
        styled_member = name is not None and (name.title or "").casefold().rstrip(".") in (
            "mr", "mrs", "ms", "hon", "h.e"
        )  # fmt: skip
        if (
            name is not None
            and name.has_full_given
            and (name.title is None or knight or styled or styled_member)
        ):
            held = Name(given=name.given, surname=name.surname, title=office, caps=name.caps)
            return LabelInfo(LabelKind.PERSON, text, name=held, role=role, strong=True)
    return None


# Letters after a name ("RACHEL REEVES MP", "Martin Luther King Jr."): not part of the surname.
POST_NOMINALS = frozenset(
    {
        "mp",
        # Ireland's Dáil and Northern Ireland's Assembly: "Taoiseach Micheál Ó Riada TD".
        "td",
        "mla",
        "mep",
        "msp",
        "msc",
        "qc",
        "kcb",
        "gcb",
        "kcmg",
        "gcmg",
        "dbe",
        "pc",
        "kc",
        "obe",
        "mbe",
        "cbe",
        # Australia's honours and service medals: "Electoral Commissioner Rohan Ashdown PSM".
        "ao",
        "oam",
        "psm",
        "apm",
        "jr",
        "sr",
        "phd",
        "md",
        "ii",
        "iii",
    }
)

# An assembly member's letters, in capitals only ("am" and "ms" are words): the London
# Assembly's "Tom Ashworth AM", the Senedd's "Mark Drakeford MS".
_ASSEMBLY_MEMBER = frozenset({"AM", "MS"})


# States, ministries and international organisations written as acronyms: never a given name
# ("Замглавы МИД РФ Рябков"), a dateline city ("NATO - North Atlantic Treaty Organization") or a
# broadcaster ("WHO spoke with …").
INSTITUTION_ACRONYMS = frozenset(
    [
        *("РФ", "США", "ЕС", "ООН", "МИД", "МЗС", "ФРГ", "КНР", "РБ", "ОП", "ВР", "ЗСУ", "ВСУ"),
        *("ОДКБ", "ШОС", "ОБСЕ", "НАТО", "МАГАТЭ", "ВОЗ", "МВФ", "ЕАЭС", "СНГ"),
        *("US", "USA", "UK", "EU", "UN", "UAE", "NATO", "FRG", "PRC", "DPRK", "ROK", "OSCE"),
        *("UNESCO", "UNICEF", "UNHCR", "UNDP", "NASA", "OPEC", "ASEAN", "BRICS", "IAEA"),
        *("WHO", "IMF", "WTO", "OECD", "CSTO", "SCO"),
    ]
)


# Titles no office is addressed by: "Dr Reeve" is a surname, "Mr Speaker" an office.
_DOCTOR_TITLES = frozenset({"dr", "prof", "professor"})
# Styles that precede a name and are common surnames too ("Imran Sheikh", "Anna Bishop").
# (The Senator's short "Sen" is a surname too: "Anjali Sen" is no "Nepali Sen".)
_STYLE_SURNAMES = frozenset({"sheikh", "bishop", "pastor", "sen"})


# A Russian or Ukrainian patronymic's ending ("Олександрович", "Вікторівна", "Ильич").
_CYR_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична|Ильич|Ілліч)$")


def parse_name(tokens: list[str]) -> Name | None:
    """Split label tokens into title, given names and surname; ``None`` if not name-shaped."""
    tokens = list(tokens)
    if tokens and tokens[-1][-1:] in "'’":
        return None  # a plural possessive ("Operators'") opens a noun phrase, never ends a name
    while len(tokens) > 2 and (
        fold(tokens[-1]).strip(".,") in POST_NOMINALS or tokens[-1] in _ASSEMBLY_MEMBER
    ):
        tokens.pop()
    expanded: list[str] = []
    if len(tokens) > 3 and tokens[0] == "H." and tokens[1] == "E.":
        tokens[:2] = ["H.E."]  # "H. E. Hakan Fidan": the style, spaced
    for tok in tokens:
        glued = _INITIALS_GLUED.match(tok)  # "С.В.Лавров"
        if is_title_token(tok):
            expanded.append(tok)  # "H.E." is a style, no initials
        elif glued:
            expanded.extend(re.findall(rf"[{UPPER}]\.", glued.group(1)))
            expanded.append(glued.group(2))
        elif _INITIALS.match(tok) and len(tok) > 2:
            expanded.extend(re.findall(rf"[{UPPER}]\.", tok))  # "V.V." -> "V.", "V."
        else:
            expanded.append(tok)
    # A Cyrillic office keeps its complement in the genitive, lower case, before the name:
    # "Заместитель министра Рябков", "Представитель ответчика Гриценко Д.Ю." — up to three
    # such words after a title word belong to the title.
    lead = 0
    genitive = 0  # where the last such complement ends
    # A Hansard roster's initials after the courtesy title: "Mr DR Kemp MP (Deputy Chair)" is
    # D. R. Kemp, no doctor (capitals beside a surname that is not).
    initialled = {
        k
        for k in range(1, len(expanded) - 1)
        if fold(expanded[k - 1]).rstrip(".") in ("mr", "ms", "mrs", "miss", "mx")
        and re.fullmatch(rf"[{UPPER}]{{2,3}}", expanded[k]) is not None
        and _TITLE_CASE.match(expanded[k + 1])
        and not _ALL_CAPS.match(expanded[k + 1])
    }
    while lead < len(expanded) - 1 and is_title_token(expanded[lead]) and lead not in initialled:
        lead += 1
        run = lead
        while (
            run < len(expanded) - 1
            and run - lead < 3
            and re.fullmatch(r"[а-яёіїєґ]{3,}", expanded[run]) is not None
            and fold(expanded[run]) not in PARTICLES
        ):
            run += 1
        if run > lead and _TITLE_CASE.match(expanded[run]):
            lead = genitive = run
    # The state or body a Cyrillic office serves, capitalised in the genitive between the post
    # and a full name: "Президент України Володимир Зеленський", "Президент Российской
    # Федерации Владимир Путин", "Міністр закордонних справ України Андрій Сибіга" (a given
    # name and a surname stay; a patronymic after the next word makes that word the given name).
    # (never before initials: "Истец Зуев К.И." is a surname with its initials after it)
    if (
        lead
        and re.search(r"[а-яёіїєґ]", expanded[lead - 1]) is not None
        and not any(_INITIALS.match(t) for t in expanded[lead:])
    ):
        run = lead
        while (
            run - lead < 3
            and len(expanded) - run >= 3
            and re.fullmatch(
                r"[А-ЯЁІЇЄҐ](?:[а-яёіїєґ'’ʼ]+(?:-[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’ʼ]+)?|[А-ЯЁІЇЄҐ]{1,4})",
                expanded[run],
            )
            is not None
            and _CYR_PATRONYMIC.search(expanded[run]) is None
            and _CYR_PATRONYMIC.search(expanded[run + 1]) is None
        ):
            run += 1
        if run > lead:
            lead = genitive = run
    # "Лавров С.В." (surname first, initials after): put the initials in front, after any
    # title ("Истец Зуев К.И." is Истец К. И. Зуев).
    tail = 0
    while tail < len(expanded) - 1 - lead and _INITIALS.match(expanded[-1 - tail]):
        tail += 1
    # (the surname may open with its particles: "фон дер Ляйен У.А.")
    body = expanded[lead : len(expanded) - tail]
    if tail and (
        len(body) == 1 or (len(body) <= 3 and all(fold(t) in PARTICLES for t in body[:-1]))
    ):
        expanded = expanded[:lead] + expanded[-tail:] + expanded[lead:-tail]
    caps_words = [t for t in expanded if not _INITIALS.match(t) and fold(t) not in PARTICLES]
    # "Senator SHAHEEN", "Mr. RUBIO" (the Congressional Record): the name is in capitals.
    caps_words = [t for t in caps_words if not is_title_token(t)] or caps_words
    caps = bool(caps_words) and all(
        (_ALL_CAPS.match(t) and len(t.rstrip(".")) > 1) or _INITIALS.match(t) for t in caps_words
    )
    for k, tok in enumerate(expanded):
        if fold(tok) in PARTICLES or k < genitive:
            continue
        if (
            fold(tok) == "the"
            and 0 < k < len(expanded) - 1
            and fold(expanded[k - 1]) == "of"
            and (
                is_title_token(expanded[k + 1])
                # Uruguay's Presidencia: "SECRETARY OF THE PRESIDENCY ALEJANDRO SÁNCHEZ:" — an
                # office's domain with its article, the name after it.
                or (k >= 2 and is_title_token(expanded[k - 2]) and k + 2 < len(expanded))
                # A state's own name with its article, inside a titled domain: "President of
                # the Republic of the Congo Denis Sassou Nguesso" (the first "of" follows the
                # title, a name of two words at least follows the state).
                or (
                    k >= 4
                    and k + 3 < len(expanded)
                    and is_title_token(expanded[0])
                    and any(
                        fold(expanded[n]) == "of" and is_title_token(expanded[n - 1])
                        for n in range(1, k - 2)
                    )
                )
            )
        ):
            # kremlin.ru's "Press Secretary of the President Dmitry Peskov": an office's
            # domain may be another office, with its article.
            continue
        if tok == "for" and 0 < k < len(expanded) - 2 and is_title_token(expanded[k - 1]):
            # Westminster-style offices join their domain with "for": Singapore's "Minister for
            # Foreign Affairs Dr Vivian Balakrishnan", Hong Kong's "Secretary for Security".
            continue
        if not (
            _INITIALS.match(tok)
            or _TITLE_CASE.match(tok)
            or _ALL_CAPS.match(tok)
            # (a title abbreviated in mixed case before the name: "StS Kornelius")
            or (k < len(expanded) - 1 and tok[:1].isupper() and is_title_token(tok))
            # (a priest's title abbreviated in lower case before the name: "о. Василь")
            or (
                k < len(expanded) - 1 and all(t in _CLERGY_ABBREVIATIONS for t in expanded[: k + 1])
            )
        ):
            return None
        if (fold(tok).rstrip(".") in NOT_NAME_WORDS and not _INITIALS.match(tok)) or (
            len(tok) == 1 and len(expanded) > 1
        ):
            return None  # "Present Problems", "Said James O'Keefe", "JUST WATCHED Bolton"
    # Leading titles ("Foreign Minister", "MS.", "Russian Foreign Minister", "President of
    # Russia"): everything up to the last title word before the name, plus "of X" after one.
    i = 0
    last = len(expanded) - 1
    domain = -1  # where a title's "of" domain opened, while only capitalised words follow it
    for j in range(last):
        if fold(expanded[j]) == "the" and 0 < j < last - 1 and fold(expanded[j - 1]) == "of":
            i = j + 2  # "Secretary of the Presidency Alejandro Sánchez": the article's noun
        elif is_title_token(expanded[j]) and j not in initialled:
            i = j + 1
        elif fold(expanded[j]) in ("of", "for") and 0 < j < last - 1 and i == j:
            i = j + 2  # "President of Russia Vladimir Putin"
            domain = j
            # The domain may be a region with its noun: "Governor of Kaluga Region Vladislav
            # Shapsha", "Governor of Primorye Territory Oleg Kozhemyako".
            if i < last - 1 and fold(expanded[i]) in _DOMAIN_NOUNS:
                i += 1
            # A ministry's portfolio runs on past its first word: "Minister of Government
            # Communication Omar Haddadin", "Minister of Tourism Development Ali Nasser" —
            # nouns no one is named.
            while i < last - 1 and fold(expanded[i]) in _PORTFOLIO_NOUNS:
                i += 1
        elif (
            fold(expanded[j]) == "of"
            and 0 <= domain < i < j < last - 1
            and j - domain <= 5
            and all(_TITLE_CASE.match(t) for t in expanded[i:j])
        ):
            # The domain is itself a body of a state, with its own "of": kremlin.ru's
            # "President of the Republic of Kazakhstan Kassym-Jomart Tokayev", "General
            # Secretary of the Communist Party of Vietnam Central Committee To Lam".
            i = j + 2
            domain = j
    while (
        i < last
        and NATIONALITY.match(expanded[i])
        and is_title_token(expanded[i + 1])
        # A personal style that is also a surname, last in the label, follows a given name
        # the nationality pattern only resembles ("Dr Imran Sheikh" is no "Iranian Sheikh"):
        # a style names no one without a name after it.
        and not (i + 1 == last and fold(expanded[last]) in _STYLE_SURNAMES)
    ):
        i += 2
    i = max(i, genitive)
    # Malaysia's styles: "Datuk Seri Azlan Hamid", "Dato' Sri …", "Tan Sri Muhyiddin Yassin":
    # "Seri"/"Sri" after a style word belongs to the style (alone it is a given name, "Sri
    # Mulyani Indrawati"; "Tan" alone is a surname).
    if i == 0 and last >= 3 and fold(expanded[0]) in _STYLE_BEFORE_SRI:
        i = 1
    if (
        0 < i < last - 1
        and fold(expanded[i]) in ("seri", "sri")
        and fold(expanded[i - 1]).rstrip("'’") in {"datuk", "dato", *_STYLE_BEFORE_SRI}
    ):
        i += 1
    if i >= len(expanded):
        i = last
    if (
        len(expanded) - i >= 3
        and fold(expanded[i]) in _MASTHEAD_JOBS
        and _TITLE_CASE.match(expanded[i + 1])
        and not expanded[i + 1].isupper()
    ):
        # A masthead job before a full name is no given name: "He spoke with Foreign Affairs
        # Editor Daniel Kurtz-Phelan", "Senior Editor Anna Lee", "Reporter Tom Hale".
        i += 1
    if (
        i == 0
        and len(expanded) == 2
        and re.fullmatch(r"[A-Z]{3,5}", expanded[0])
        and _TITLE_CASE.match(expanded[1])
        and not expanded[1].isupper()
    ):
        # An office's acronym before a mixed-case surname: "NSA Wi:", "EAM Jaishankar:" (a
        # given name is never written in capitals beside a surname that is not).
        i = 1
    title_tokens, rest = expanded[:i], expanded[i:]
    if title_tokens and len(rest) >= 3 and fold(rest[0]) in _POST_HEADS | _TRADE_POSTS:
        # A post's head noun after a rank that is a title word ends the office, never opens
        # the name: "Transportation Services General Manager Barbara Gray" is Barbara Gray.
        title_tokens, rest = [*title_tokens, rest[0]], rest[1:]
    if (
        title_tokens
        and fold(title_tokens[-1]) in ("lord", "lady")
        and len(rest) >= 3
        and rest[1] == "of"
    ):
        # A peer's territorial title is the name whole: Hansard's "Lord Hendry of Marsh (Lab)"
        # is "Lord Hendry of Marsh", as "Baroness Pennington of Ashcombe" keeps her rank.
        title_tokens, rest = title_tokens[:-1], [title_tokens[-1], *rest]
    if (
        5 <= len(rest) <= 6
        and fold(rest[0]) in PEER_RANKS
        and rest[2] == "of"
        and all(_PEER_PLACE_WORD.fullmatch(t) for t in rest[3:])
    ):
        # The place may be two or three words, all of it the surname: "Lord Hendy of Richmond
        # Hill", "Lord Hunt of Kings Heath", "Baroness Hayter of Kentish Town".
        return Name(
            given=tuple(rest[:2]),
            surname=" ".join(rest[2:]),
            title=" ".join(title_tokens) or None,
            caps=caps,
        )
    if any(
        fold(tok) in ("of", "for")
        and k > 0
        and not is_title_token(title_tokens[k - 1])
        # (a domain's own "of", as above: "President of the Republic of Kazakhstan")
        and not (domain == k and fold(tok) == "of" and "of" in map(fold, title_tokens[:k]))
        for k, tok in enumerate(title_tokens)
    ):
        # "of" joins a title to its domain ("President of Russia"); after a plain word it is a
        # headline's: a hearing's title "OVERSIGHT OF FEDERAL IMPROPER PAYMENTS:" names no one.
        return None
    if (
        len(expanded) == 1
        and re.fullmatch(r"[A-Z]{2,3}", expanded[0])
        and fold(rest[-1]) in PARTICLES
    ):
        # A particle never stands alone as a name: capitals "DA:" are initials, as "HQ:" is
        # (a BBC transcript's "DANIEL ASHWORTH:" becomes "DA:" after the first exchange).
        return Name(given=(), surname=expanded[0], title=None, caps=True)
    if not rest or _INITIALS.match(rest[-1]) or fold(rest[-1]) in PARTICLES:
        return None
    if (
        len(rest) == 1
        and is_title_token(rest[0])
        and not (
            # (a doctor's title before an office word is a surname: "Dr Reeve")
            len(title_tokens) == 1 and fold(title_tokens[0]).rstrip(".") in _DOCTOR_TITLES
        )
    ):
        return None  # "PRESIDENT:" alone is an office, not a name
    if (
        title_tokens
        and len(rest) == 2
        and _ALL_CAPS.match(rest[0])
        and re.search(r"[AEIOUY]", rest[0]) is not None
        and len(rest[0]) >= 3
        and _TITLE_CASE.match(rest[1])
        and not rest[1].isupper()
    ):
        # Japan's MOFA writes the surname first, in capitals: "Foreign Minister IWAYA Takeshi".
        return Name(
            given=(rest[1],), surname=_recase(rest[0]), title=" ".join(title_tokens), caps=False
        )
    # "Замглавы МИД РФ Рябков": a state's or ministry's acronym is no given name.
    # With no title, an acronym before two mixed-case words heads a publication's name, kept
    # whole: "IMF Country Focus:" (the Fund's magazine) is no "Country Focus".
    # (Latin script only: "МЗС Олексій Бондар" is the ministry's spokesman.)
    publication = (
        not title_tokens
        and len(rest) == 3
        and len(rest[0]) >= 3
        and all(t.isascii() for t in rest)
        and not any(t.isupper() for t in rest[1:])
    )
    while len(rest) > 1 and rest[0] in INSTITUTION_ACRONYMS and not publication:
        rest = rest[1:]
    if (
        not title_tokens
        and len(rest) == 2
        and re.fullmatch(r"[B-DF-HJ-NP-TV-XZ]{3,4}", rest[0])
        and not rest[1].isupper()
    ):
        # Kenya's "PCS Kamau:" (the Prime Cabinet Secretary), "DCM Okafor:": three or more
        # capitals with no vowel before a mixed-case surname are an office's abbreviation, no
        # initials (those come in pairs: "JD Vance").
        title_tokens, rest = [rest[0]], rest[1:]
    if (
        title_tokens
        and len(rest) == 3
        and fold(title_tokens[-1]) in _DOMAIN_OFFICE_HEADS
        and all(re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+", t) for t in rest)
        and re.search(r"(?:а|я|и|і|у)$", rest[0]) is not None
        and _PLACE_NOT_GIVEN_PATRONYMIC.search(rest[1]) is None
        and _PLACE_NOT_GIVEN_PATRONYMIC.search(rest[2]) is None
    ):
        # The post's place in the genitive before the name: "Мер Ніжина Віктор Шевчишин:",
        # "Глава Твери Алексей Огоньков" — the town is the post's, no first given name (a
        # given name, a patronymic and a surname keep all three: "Мер Віктор Іванович …").
        title_tokens, rest = [*title_tokens, rest[0]], rest[1:]
    surname_start = len(rest) - 1
    while surname_start > 0 and fold(rest[surname_start - 1]) in PARTICLES:
        surname_start -= 1  # "van der Leyen"
    if 2 <= surname_start < len(rest) - 1 and fold(rest[surname_start]) == "y":
        # A Spanish double surname joined by "y" is one surname with its own particles: "Pilar
        # de la Cruz y Mora", "José Ortega y Gasset" (the first surname, not a given name).
        surname_start -= 1
        while surname_start > 1 and fold(rest[surname_start - 1]) in PARTICLES:
            surname_start -= 1
    # An Irish patronymic particle starts the surname and takes every word after it: "Niamh
    # Mac Giolla Phádraig", "Aoife Nic Giolla Easpaig" (never the first word: "Mac" alone is a
    # given name).
    irish = [k for k in range(1, surname_start) if fold(rest[k]) in _IRISH_PARTICLES]
    if irish:
        surname_start = irish[0]
    surname = " ".join(rest[surname_start:])
    given = tuple(rest[:surname_start])
    if len(given) > 3:
        return None
    title = " ".join(title_tokens) or None
    return Name(given=given, surname=surname, title=title, caps=caps)


# A patronymic's ending, in any case: "Іванович", "Сергеевна" (no town's genitive).
_PLACE_NOT_GIVEN_PATRONYMIC = re.compile(r"(?:вич|вна|ич|чна)(?:а|у|ем|ом|е|ы|і|и|ой|ою|ій)?$")


def name_from_phrase(phrase: str) -> Name | None:
    """Parse a person named in running text ("Russian Foreign Minister Sergey Lavrov")."""
    tokens = [t.strip(",;:") for t in phrase.split() if t.strip(",;:")]
    if tokens and len(tokens[-1]) > 2 and not _INITIALS.match(tokens[-1]):
        tokens[-1] = tokens[-1].rstrip(".")  # "…from Pavel Zarubin." ends a sentence
    name = parse_name(tokens[-6:]) if tokens else None
    if name is not None and (fold(name.surname) in _NO_SURNAME_WORDS or page_stamp(phrase)):
        # A page's stamp in title case is no person: Al Jazeera's "Published On 9 Nov 2024"
        # over the date, "Posted By", "Last Updated".
        return None
    return name


# (a journalist's job on the masthead, before the name in running text; see parse_name)
_MASTHEAD_JOBS = frozenset({"editor", "reporter", "correspondent", "columnist"})
_NO_SURNAME_WORDS = frozenset({"on", "by", "at", "of", "for", "from", "the", "and", "updated"})
_PAGE_STAMP_WORDS = frozenset({"published", "updated", "posted", "modified"})


def page_stamp(phrase: str) -> bool:
    """Does ``phrase`` open with a page's stamp word ("Published On …", "Posted By …")?"""
    first = phrase.split(maxsplit=1)[:1]
    return bool(first) and fold(first[0]) in _PAGE_STAMP_WORDS


# A Russian or Ukrainian question word and the one or two words, in the dative, it is put to:
# "Вопрос Владимиру Владимировичу", "Вопрос Путину", "Питання Президентові" (a masculine
# dative; the feminine "-ой"/"-ій" reads as a genitive asker too, "Вопрос Ивановой", and stays).
_ADDRESSED_QUESTION = re.compile(
    r"(?:[Вв]опрос|[Пп]итання|[Зз]апитання)"
    r"(?:[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:у|ю|ові|еві|єві)){1,2}"
)


def addressed_question(label: str) -> bool:
    """Is the label a question word and the person it is put to, in the dative (see
    _ADDRESSED_QUESTION)?"""
    return _ADDRESSED_QUESTION.fullmatch(" ".join(label.split())) is not None


def genitive_to_nominative(word: str) -> str:
    """Crude Russian genitive -> nominative for names in headers ("Лаврова" -> "Лавров")."""
    low = word.lower()
    for end, repl in (
        ("ова", "ов"),
        ("ева", "ев"),
        ("ёва", "ёв"),
        ("ина", "ин"),
        ("ына", "ын"),
        ("енка", "енко"),  # Ukrainian: Оліфіренка -> Оліфіренко (no Russian name ends -енк)
        ("єнка", "єнко"),  # after a vowel: Гордієнка -> Гордієнко, Мацієнка -> Мацієнко
        ("ського", "ський"),  # Ukrainian: Зеленського -> Зеленський
        ("цького", "цький"),
        ("ского", "ский"),
        ("ой", "а"),
        # Ukrainian feminine adjectival/-ова surnames in the genitive ("Історія Ганни
        # Березовської", "розмова з … Олени Петрової"): no nominative name ends "-ої".
        ("ої", "а"),
        ("ея", "ей"),
        ("ия", "ий"),
        ("ія", "ій"),  # Ukrainian: Андрія -> Андрій
        # Ukrainian feminine -ія in the genitive/dative ("в розмові Наталії Коваль", "Марії"):
        # no nominative name ends "-ії", so Наталії -> Наталія.
        ("ії", "ія"),
        ("ии", "ия"),
    ):
        if end == "ии" and re.search(r"[^л]ля$", low) and len(word) > 4:
            return word[:-1] + "ь"  # a soft stem: Коваля -> Коваль (not Ілля)
        if end == "ии" and re.search(r"[аео]ря$", low) and len(word) > 4:
            # A soft stem in -р: Игоря -> Игорь, Ігоря -> Ігор (Ukrainian drops the soft sign
            # after a final р; a word with a Ukrainian letter is taken as Ukrainian).
            return word[:-1] + ("" if re.search(r"[іїєґ]", low) else "ь")
        if low.endswith(end) and len(word) > len(end) + 1:
            return word[: len(word) - len(end)] + (repl.upper() if word.isupper() else repl)
    if re.search(r"[бвгджзклмнпрстфхцчшщ]а$", low):
        return FLEETING_VOWEL.get(low[:-1], word[:-1])  # Владимира -> Владимир, Павла -> Павел
    if re.search(r"[бвгджзклмнпрстфхцчшщ]ого$", low) and len(word) > 5:
        # An adjectival surname: Ukrainian "Тихого" -> "Тихий", "Лісового" -> "Лісовий"; Russian
        # takes "-ий" after a velar or hushing consonant ("Тихого" -> "Тихий"), else "-ый"
        # ("Бедного" -> "Бедный"; a stressed "Толстого" -> "Толстой" needs the text, see
        # header._attested_adjectival).
        ukrainian = re.search(r"[іїєґ]", low) or re.search(r"[гкхжшчщ]ого$", low)
        return word[:-3] + ("ий" if ukrainian else "ый")
    return word


def dative_to_nominative(given: str, surname: str) -> tuple[str, str] | None:
    """A Russian or Ukrainian "Given Surname" in the dative ("интервью Дмитрию Киселёву",
    "інтерв'ю Соломії Вітвіцькій": the interview given *to* a journalist) in the nominative;
    ``None`` unless one of the two words is unambiguously dative (a female "Марии Захаровой"
    reads as genitive too, so it names no one here; a role noun before the name settles the
    case instead: see ``dative_given`` / ``dative_surname``)."""
    g_low, s_low = given.lower(), surname.lower()
    if re.search(r"(?:ому|ему|єму)$", g_low):
        # An adjective's dative is no given name: "в інтерв'ю Суспільному Чернігів" is given to
        # an outlet (a regional desk of one), not to a "Суспільном Чернігів".
        return None
    male_given = re.search(r"(?:[иі]ю|[еа]ю|[бвгджзклмнпрстфхцчшщ]у|рю|лю)$", g_low) is not None
    dative_surname_end = re.search(
        r"(?:[оеё]ву|[иы]ну|[сц]ькому|ському|ском|цкому|[сц]ькій)$", s_low
    )
    if not (male_given or dative_surname_end):
        return None
    if not dative_surname_end and re.search(r"[бвгджзклмнпрстфхцчшщйая]$", s_low):
        # A man's consonant-final or "-а" surname declines with his given name ("Олегу
        # Ковальчуку", "Миколі Кушнірі"), so a nominative word after the dative makes no pair:
        # "в інтерв'ю Укрінформу Олег Ковальчук розповів" gives the interview to an outlet (a
        # masculine noun's dative), then names the guest.
        return None
    return dative_given(given), dative_surname(surname)


def dative_given(word: str) -> str:
    """A dative given name in the nominative: "Дмитрию" -> "Дмитрий", "Сергею" -> "Сергей",
    "Павлу" -> "Павел", "Соломії" -> "Соломія", "Елизавете" -> "Елизавета"."""
    low = word.lower()
    for end, repl in (
        ("ию", "ий"),
        ("ію", "ій"),
        ("ею", "ей"),
        ("аю", "ай"),
        ("ье", "ья"),  # Дарье -> Дарья, Наталье -> Наталья
        ("ії", "ія"),
        ("ии", "ия"),
        ("рю", "рь"),
        ("лю", "ль"),
    ):
        if low.endswith(end) and len(word) > len(end) + 1:
            return word[: -len(end)] + repl
    if low.endswith("у") and len(word) > 3:
        return FLEETING_VOWEL.get(low[:-1], word[:-1])  # Павлу -> Павел, Ивану -> Иван
    # Ukrainian alternates a velar before the dative "-і": "ведучій Марічці Левицькій" is
    # Марічка, "Ользі" is Ольга (a given name in "-ця"/"-за" is rare beside these).
    if re.search(r"[^ь]ці$", low) and len(word) > 4:
        return word[:-2] + ("КА" if word.isupper() else "ка")
    if low.endswith("льзі") and len(word) > 4:
        return word[:-2] + ("ГА" if word.isupper() else "га")
    if re.search(r"[бвгджзклмнпрстфхцчшщ][еі]$", low) and len(word) > 3:
        return word[:-1] + "а"  # Елене -> Елена, Ірині -> Ірина
    return word


def dative_surname(word: str) -> str:
    """A dative surname in the nominative: "Киселёву" -> "Киселёв", "Бородиной" -> "Бородина",
    "Зеленському" -> "Зеленський", "Вітвіцькій" -> "Вітвіцька", "Дудю" -> "Дудь"."""
    if "-" in word.strip("-"):
        # A double surname declines part by part ("Народній депутатці Ірині
        # Вороновській-Гнатюк" is Вороновська-Гнатюк, "Римському-Корсакову" Римський-Корсаков);
        # a part that does not decline ("Гнатюк" for a woman) is left as written.
        return "-".join(dative_surname(part) if part else part for part in word.split("-"))
    low = word.lower()
    for end, repl in (
        ("ському", "ський"),
        ("цькому", "цький"),
        ("скому", "ский"),
        ("цкому", "цкий"),
        ("ській", "ська"),
        ("цькій", "цька"),
        ("ьому", "ий"),
        ("ой", "а"),
        ("ій", "а"),
    ):
        if low.endswith(end) and len(word) > len(end) + 1:
            return word[: -len(end)] + repl
    fleeting = re.search(r"[бвгджзклмнпрстфхчшщ](ь?)ц[юу]$", low)
    if fleeting is not None and len(word) > 4:
        # A surname in "-ець" drops its "е" in the other cases: "ведучому Олексію Кравцю" is
        # Олексій Кравець, "Стрільцю" is Стрілець (Russian "Кравцу" is Кравец).
        stem = word[: -2 - len(fleeting.group(1))]
        return stem + ("ець" if low.endswith("ю") else "ец")
    # A Ukrainian "-енко" surname declines ("розповів ведучому Олексію Тарасенку" / "…
    # Тарасенкові" is Олексій Тарасенко); Russian leaves "-енко" as written, so a dative
    # "-енку" is only ever this one.
    if re.search(r"енк(?:у|ові)$", low) and len(word) > 5:
        return word[: -(1 if low.endswith("у") else 3)] + "о"
    # The Ukrainian masculine dative "-ові" of a consonant-stem surname: "Мельникові" is
    # Мельник, "Шевчукові" Шевчук (a short stem may be a noun's "Голові", left to the rule
    # for "-і" below).
    if re.search(r"[бвгджзклмнпрстфхцчшщ]ові$", low) and len(word) > 7:
        return word[:-3]
    if low.endswith("у") and len(word) > 3:
        return word[:-1]  # Киселёву -> Киселёв, Гордону -> Гордон
    if re.search(r"[бвгджзклмпрстфхцчшщ]ню$", low) and len(word) > 4:
        # A surname in "-ень" drops its "е" in the other cases, as "-ець" does: "ведучому
        # Миколі Вересню" is Микола Вересень (no word ends in a consonant before "-нь").
        return word[:-2] + "ень"
    if re.search(r"[бвгджзклмнпрстфхцчшщ]ю$", low):
        return word[:-1] + "ь"  # Дудю -> Дудь
    # A surname in "-а" (a woman's "Гудима", a man's "Сковорода") takes "-і" in Ukrainian and
    # "-е" in Russian: "ведучій Анастасії Гудимі" is Анастасія Гудима. A foreign surname that
    # ends so in the nominative ("Ніколаішвілі", "Келлі") is not declined.
    if (
        re.search(r"[бвдзлмнпрстф][іе]$", low)
        and len(word) > 4
        and not re.search(r"(?:швіл[іи]|лл[іе]|дзе)$", low)
    ):
        return word[:-1] + "а"
    return word


# Given names whose nominative has a vowel the other cases drop: "Павла" is "Павел", not "Павл".
# Ukrainian masculine names in "-о" drop it too ("Дмитра", "Дмитру", "Дмитром" of "Дмитро"); only
# the stems no Russian name shares are listed ("Петра" is Russian "Петр" as much as "Петро").
FLEETING_VOWEL = {"павл": "Павел", "льв": "Лев", "дмитр": "Дмитро", "михайл": "Михайло"}


def resolve_names(
    names: Sequence[Name], header_names: Sequence[Name] = (), header_people: Sequence[Name] = ()
) -> dict[Name, str]:
    """Map every label name to a canonical display name (fullest compatible form wins).

    ``header_names`` are people the header names in full ("Press Secretary Karoline Leavitt");
    they may complete a surname-only label but never add a speaker of their own.
    ``header_people`` are every full name the header mentions: an initials label ("JS:") that
    matches exactly one of them, and no label, is that person.
    """
    # A lead's pair cut off a label's double surname ("Ernesto Valdés" read from "Deputy
    # Foreign Minister Ernesto Valdés Ruiz told …" beside the label "Ernesto Valdés Ruiz:") is
    # that label's person, not a second one who would claim the surname label "Valdés:".
    # The header's own full name cuts its pairs the same way: "Laura Restrepo", completed for
    # "Canciller Restrepo:" from "Foreign Minister Laura Restrepo Ortiz spoke with …", is her.
    truncated = {
        (tuple(fold(w) for w in n.given[:-1]), Name((), n.given[-1], None, False).key)
        for n in (*names, *header_names)
        if len(n.given) > 1 and n.has_full_given
    }
    if truncated:
        header_names = [
            h for h in header_names if (tuple(fold(w) for w in h.given), h.key) not in truncated
        ]
        header_people = [
            h for h in header_people if (tuple(fold(w) for w in h.given), h.key) not in truncated
        ]
    groups: list[list[Name]] = []
    for name in names:
        for group in groups:
            if all(name.compatible(other) for other in group):
                group.append(name)
                break
        else:
            groups.append([name])
    groups = _merge_initialisms(groups, header_people)
    groups = _merge_given_names(groups, header_people)
    groups = _merge_double_surnames(groups, [*header_names, *header_people])
    out: dict[Name, str] = {}
    for group in groups:
        pool = list(group)
        if not any(n.has_full_given for n in group):  # the labels' own full form wins
            pool += [h for h in header_names if all(h.compatible(g) for g in group)]
        else:
            # ... unless a titled label's words end the header's longer name: "Ms. Ruiz
            # Beltran." is "Lucia Ruiz Beltran" (a compound surname after the honorific).
            pool += [
                h
                for h in header_names
                if all(
                    (
                        re.fullmatch(r"(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?", g.title or "", re.IGNORECASE)
                        # (or an office's label the header completed after a style: "MINISTER
                        # MORRIS DIXON:" under "Hon. Dana Morris Dixon")
                        or (g.title is not None and fold(h.title or "") == fold(g.title))
                    )
                    and h.key == g.key
                    and len(h.given) > len(g.given) > 0
                    and [fold(w) for w in h.given[-len(g.given) :]] == [fold(w) for w in g.given]
                    for g in group
                )
            ]
            # ... or a Spanish double surname the header writes after its one given name:
            # "Restrepo Ortiz:" beside "Canciller Restrepo:" under "Foreign Minister Laura
            # Restrepo Ortiz" is she (the paternal surname alone names her too).
            doubled = [
                h
                for h in header_names
                if len(h.given) == 2
                and h.has_full_given
                and all(
                    (
                        g.key == h.key
                        and len(g.given) == 1
                        and g.title is None
                        and fold(g.given[0]) == fold(h.given[1])
                    )
                    or (not g.given and g.key == Name((), h.given[1], None, False).key)
                    for g in group
                )
                and any(g.given for g in group)
            ]
            if len({h.display() for h in doubled}) == 1:
                pool += doubled
        best = max(pool, key=_fullness)
        display = best.display()
        if not best.given and best.title is None:
            # Surname only: borrow a title seen on another alias ("Ms." + "LEAVITT").
            titled = [n for n in pool if n.title]
            if titled:
                display = titled[0].display()
        for name in group:
            out[name] = display
    return out


def _merge_initialisms(
    groups: list[list[Name]], header_people: Sequence[Name] = ()
) -> list[list[Name]]:
    """Fold a group of "DB:" labels into "Dennis Bernstein:" when the initials match one name
    (a label's, else one the header gives: "Interview conducted by Anna Smith" for "AS:")."""
    full = [g for g in groups if any(n.has_full_given for n in g)]
    for h in header_people:  # a header naming one person twice names one person
        if not any(h.compatible(n) for g in full for n in g):
            full.append([h])
    out: list[list[Name]] = []
    for group in groups:
        only = {n.surname for n in group if not n.given and n.title is None}
        particled = _PARTICLE_INITIALS.fullmatch(group[0].surname) is not None
        if len(set(group)) == len(only) == 1 and (2 <= len(group[0].surname) <= 3 or particled):
            letters = group[0].surname.upper()
            matches = [g for g in full if any(letters in _initialisms(n) for n in g if n.given)]
            if len(matches) > 1:
                # A speaker's own label beats a header phrase with the same initials ("PR:"
                # is "Dr Priya Raman:", not the "Permanent Representative" in a bio line).
                labelled = [g for g in matches if any(g is x for x in groups)]
                matches = labelled if len(labelled) == 1 else matches
            if len(matches) == 1 and (group[0].surname.isupper() or particled):
                if not any(matches[0] is g for g in (*groups, *out)):  # a header person
                    out.append(matches[0])
                matches[0].extend(group)
                continue
        out.append(group)
    return out


def _initialisms(name: Name) -> set[str]:
    """The capitals a label may spell for a full name: the first given name and the surname
    ("DB" for Dennis Bernstein), every word ("JDV" for John David Vance), and each part of a
    hyphenated surname counted on its own ("YCH" for Yasmin Cole-Harper, as the BBC writes)."""
    given = [w[:1] for w in name.given]
    parts = [w[:1] for w in re.split(r"[-\u2010\u2011]", name.surname) if w]
    mac = re.match(r"Ma?c[A-Z]", name.surname) if given else None
    return {
        form
        for s in (
            given[0] + name.surname[:1],
            "".join(given) + name.surname[:1],
            given[0] + "".join(parts),
            "".join(given) + "".join(parts),
            # (a particle's letter too: "TVL" for Tomas van Leeuwen, as "TvL:")
            given[0] + "".join(w[:1] for w in name.surname.split()),
            # (a "Mc"/"Mac" surname's capital after it too: "AMCC" for Áine McCartan, "AMcC:")
            given[0] + mac.group(0) if mac else "",
        )
        if s
        # (an English keyboard's label drops the accent: "AMcC:" for Áine McCartan)
        for form in {s.upper(), _latin_base(s).upper()}
    }


# Common Russian and Ukrainian diminutives a podcast's hosts label themselves with, and the
# full given names (folded, nominative) each may stand for.
_DIMINUTIVE_TABLE = {
    "саша": "александр александра олександр олександра",
    "шура": "александр александра олександр олександра",
    "миша": "михаил михайло",
    "маша": "мария марія",
    "даша": "дарья дария дарія дар'я",
    "коля": "николай микола",
    "петя": "петр петро",
    "ваня": "иван іван",
    "вася": "василий василь",
    "дима": "дмитрий дмитро",
    "митя": "дмитрий дмитро",
    "леша": "алексей олексій",
    "сережа": "сергей сергій",
    "женя": "евгений евгения євген євгенія",
    "катя": "екатерина катерина",
    "настя": "анастасия анастасія",
    "лена": "елена олена",
    "таня": "татьяна тетяна",
    "оля": "ольга",
    "юля": "юлия юлія",
    "наташа": "наталья наталия наталія",
    "света": "светлана світлана",
    "ира": "ирина ірина",
    "вова": "владимир володимир",
    "володя": "владимир володимир",
    "костя": "константин костянтин",
    "гриша": "григорий григорій",
    "паша": "павел павло",
    "галя": "галина",
    "люда": "людмила",
    "надя": "надежда надія",
    "соня": "софия софья софія",
    "лиза": "елизавета єлизавета",
    "аня": "анна ганна",
    "толя": "анатолий анатолій",
    "витя": "виктор віктор",
    "боря": "борис",
    "юра": "юрий юрій",
    "федя": "федор федір",
}
_DIMINUTIVES = {k: frozenset(v.split()) for k, v in _DIMINUTIVE_TABLE.items()}


def _merge_given_names(
    groups: list[list[Name]], header_people: Sequence[Name] = ()
) -> list[list[Name]]:
    """Fold a one-word label that is a given name ("RORY:", "Prince Faisal:") into the one full
    name the labels or header give with that given name ("Rory Stewart", "Faisal bin Farhan"),
    unless that word is also someone's surname (then it is a surname label, as usual)."""
    full = [g for g in groups if any(n.has_full_given for n in g)]
    for h in header_people:
        if not any(h.compatible(n) for g in full for n in g):
            full.append([h])
    surnames = {n.key for g in full for n in g}
    out: list[list[Name]] = []
    for group in groups:
        keys = {n.key for n in group}
        if len(keys) == 1 and all(not n.given for n in group) and not keys & surnames:
            key = next(iter(keys))
            # ... or the first of a Spanish double surname, which the full name writes as its
            # last given word: "Ernesto Valdés Ruiz:" then "Valdés:".
            matches = [
                g
                for g in full
                if any(
                    n.given
                    and (
                        fold(n.given[0]) == key
                        # (a Russian or Ukrainian host's everyday diminutive, "Саша:" for the
                        # lead's "Александра Левина"; still only when one person fits)
                        or fold(n.given[0]) in _DIMINUTIVES.get(key, ())
                        # (a label typed without the accents, "ELODIE:" for "Élodie de la Motte")
                        or (key.isascii() and _latin_base(fold(n.given[0])) == key)
                        or (
                            len(n.given) > 1
                            and n.has_full_given
                            and Name((), n.given[-1], None, False).key == key
                        )
                    )
                    for n in g
                )
            ]
            people = {n.key for g in matches for n in g}
            if len(matches) == 1 and len(people) == 1 and len(key) > 2:
                if not any(matches[0] is g for g in (*groups, *out)):  # a header person
                    out.append(matches[0])
                matches[0].extend(group)
                continue
        out.append(group)
    return out


def _merge_double_surnames(groups: list[list[Name]], header: Sequence[Name]) -> list[list[Name]]:
    """Fold a two-word label that is a Spanish double surname ("Pérez Carbonell:", read as a
    given name and a surname) into the one full name that ends in both words ("Rolando Pérez
    Carbonell", a label's or the header's): MINREX labels the minister "RPC:" and once
    "Pérez Carbonell:"."""
    full = [g for g in groups if any(len(n.given) > 1 and n.has_full_given for n in g)]
    for h in header:
        if len(h.given) > 1 and h.has_full_given and not any(h in g for g in full):
            full.append([h])
    out: list[list[Name]] = []
    for group in groups:
        if not any(group is g for g in full) and all(not n.given for n in group):
            # A titled label of the first (paternal) surname alone: "Foreign Minister
            # Restrepo:", "Canciller Restrepo:" under "Foreign Minister Laura Restrepo Ortiz".
            key = {n.key for n in group}
            paternal = [
                g
                for g in full
                if any(
                    len(n.given) > 1 and {Name((), n.given[-1], None, False).key} == key for n in g
                )
            ]
            # (the header's title-less copy of the same name is the same person)
            shown = {max(g, key=_fullness).display() for g in paternal}
            # (nobody else the page names bears that surname as their own: "Mr. Hollis:" is
            # the page's "Robert Hollis", not the firm "Kline Hollis LLP")
            if (
                len(shown) == 1
                and not any(n.key in key and n.given for g in groups for n in g)
                and not any(h.key in key and h.given for h in header)
            ):
                if not any(paternal[0] is g for g in (*groups, *out)):  # a header person
                    out.append(paternal[0])
                paternal[0].extend(group)
                continue
        if any(group is g for g in full) or not all(
            len(n.given) == 1 and n.title is None for n in group
        ):
            out.append(group)
            continue
        tail = {(fold(n.given[0]), n.key) for n in group}
        matches = [
            g
            for g in full
            if any(len(n.given) > 1 and {(fold(n.given[-1]), n.key)} == tail for n in g if n.given)
        ]
        people = {tuple(fold(w) for w in n.given[:-1]) for g in matches for n in g if n.given}
        if len(matches) == 1 and len(tail) == 1 and len(people) == 1:
            if not any(matches[0] is g for g in (*groups, *out)):  # a header person
                out.append(matches[0])
            matches[0].extend(group)
            continue
        out.append(group)
    return out


def _fullness(name: Name) -> tuple[int, int, int, int]:
    return (
        int(name.has_full_given),
        len(name.given),
        int(not name.caps),
        int(name.title is not None),
    )
