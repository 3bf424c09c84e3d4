"""Interview structure: speaker labels -> turns with roles and canonical speakers.

This module runs the pipeline (all rule-based, linear in the text); each step lives in the module
named for it:

1. *Candidates* (:mod:`.labels`): line-start ``Name:`` labels (optionally after a timestamp,
   optionally bold), White House ``Q`` without colon, ``Q.``/``A.``; then labels glued to earlier
   text (``…2025Question:``) or following a sentence end on the same line — kept only for role
   words and for names that recur with a line-start occurrence.
2. *Consistency* (:mod:`.labels`): a candidate counts when its group (surname, office, role word)
   recurs, or when it has a strong form (initials, full name in caps, name + role) in a document
   that clearly is a transcript. ``Note:``, ``Washington:``, ``He said:``, ``10:30``, ``https:``
   never qualify.
3. *Turns* (here, trimmed by :mod:`.directions` and :mod:`.furniture`): each body runs from the
   first non-space character after its label to the last non-space character before the next
   label, a trailing stage-direction line, or the trailing metadata block (source URL, hashtags).
4. *Speakers* (:mod:`.naming`, reading :mod:`.header` and :mod:`.cover`): aliases resolved by
   :func:`rhetoscope.structure.speakers.resolve_names`; role words and offices get a name only
   from the header ("Remarks by President Biden", "interview by").
5. *Roles* (:mod:`.roles`): question / answer / statement / other from label kind, header, role
   hints ("NBC NEWS ANCHOR") and, failing those, which speaker asks the questions.

A text with no labels (:mod:`.dialogue`) is a dash / bold / plain Q&A dialogue, or a speech or
article: one ``statement`` turn over the body, spoken by the author when the header or byline names
one.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rhetoscope.model import Span, strip_range
from rhetoscope.structure import regex as re  # re with a cache for per-name patterns
from rhetoscope.structure.bylines import fill_interviewee, fill_interviewer, fill_office_guest
from rhetoscope.structure.cover import (
    _EVENT_MODERATOR,
    _EXAMINER,
    _SWORN,
    _billboard_host,
    _chair,
    _cover_roster,
    _event_moderators,
    _recap_moderator,
    _roster_host_and_guest,
)
from rhetoscope.structure.dialogue import (
    _RESTATED,
    _addressed_in_full,
    _body_start_for_statement,
    _bold_dialogue,
    _bold_questions,
    _boxed_byline,
    _caps_surname_byline,
    _closing_rule,
    _dash_dialogue,
    _en_signature,
    _first_dash,
    _implied_answers,
    _initials_dialogue,
    _intro_start,
    _lead_people_en,
    _lead_subject,
    _learned_dialogue,
    _most_named,
    _numbered_questions,
    _opening_speaker,
    _past_captions,
    _plain_dialogue,
    _plain_questions,
    _plain_with_remarks,
    _preamble,
    _signed_questions,
    _statement,
)
from rhetoscope.structure.directions import (
    _LEADING_STAMP,
    _clip_regions,
    _directions,
    _only_directions,
    _trim_directions,
    edge_cues_trimmed,
)
from rhetoscope.structure.feet import BREAK_CUE, foot_cut
from rhetoscope.structure.furniture import (
    _DOSSIER,
    _READ_ALSO,
    _dossier_start,
    _page_furniture,
    _trim_caps_lines,
    _trim_closing_caption,
    _trim_furniture,
    _trim_heading,
    _trim_kicker,
    _trim_page_furniture,
    _trim_participle_caption,
    _trim_pull_quote,
    _trim_running_head,
    _trim_signup_box,
    caption_paragraphs,
    earlier_story_start,
    glued_ad_start,
    trailing_rule_heading,
    trim_lead_tagged_caption,
)
from rhetoscope.structure.header import (
    _INTERVIEWEE_KINDS,
    _INTERVIEWER_KINDS,
    _RU_CONDUCTED,
    _SIGNATURE,
    _STATEMENT_KINDS,
    _header,
    _header_people,
    _lead_conductor,
    _lead_people_ru,
    _signature_ru,
    adjectival_attested,
    leading_given,
)
from rhetoscope.structure.interview_outlet import fill_outlet_asker
from rhetoscope.structure.labels import (
    LabelHit,
    _ends_with_question,
    _labels_and_roster,
    _unknown_voice,
    court_roster,
    find_labels,
    label_spans,
    post_holder,
)
from rhetoscope.structure.metadata import _AUTHORS_FIELD as _AUTHORS
from rhetoscope.structure.metadata import find_byline, find_date, furniture_start, trailing_start
from rhetoscope.structure.naming import (
    _GREETING,
    AnsweringSide,
    _adjectival_case,
    _called_asker,
    _handed_caller,
    _host_said_who,
    _named_at_mic,
    _outlet_again,
    _podium_voices,
    _recase_word,
    _self_introduced,
    _speaker_names,
    _surname_first_at_mic,
)
from rhetoscope.structure.roles import _roles
from rhetoscope.structure.speakers import (
    JOURNALIST_WORDS,
    LETTER,
    LOWER,
    OFFICE_HEADS,
    PHONE_IN_CALLERS,
    UPPER,
    LabelInfo,
    LabelKind,
    Name,
    _initialisms,
    _news_outlet,
    fold,
    is_title_token,
    name_from_phrase,
    parse_name,
)


@dataclass(frozen=True, slots=True)
class Structure:
    """Everything the turns stage derives from one text."""

    labels: tuple[LabelHit, ...]
    directions: tuple[tuple[int, int], ...]
    turns: tuple[Span, ...]


# The White House closes each event with its end mark and time, and a page may go on to a
# second event ("END 12:09 P.M. EDT" / "PRESS GAGGLE" / "Erie International Airport" /
# "12:21 P.M. EDT"): the speech ends at the mark, whatever heads the next part.
_END_MARK = re.compile(
    r"^[ \t]*END[ \t]+\d{1,2}:\d{2}[ \t]*[AP]\.?M\.?(?:[ \t]+[A-Z]{2,4})?[ \t]*$", re.MULTILINE
)
# … or its time alone, the "END" lost in the scrape ("… Thanks, guys." / "3:51 P.M. EDT" / "###"
# / "Share" / "Next: Remarks by …" / "The White House"): under the last turn, a sentence closed
# above it and no sentence below it, the clock closes the event as the mark does.
_END_CLOCK = re.compile(r"^[ \t]*\d{1,2}:\d{2}[ \t]*[AP]\.M\.[ \t]+[A-Z]{2,4}[ \t]*$", re.MULTILINE)
# An editor's line that closes the event, in brackets on its own line: "(END OF TRANSCRIPT)",
# "(The briefing was concluded at 2:51 p.m.)", "[Whereupon, at 11:38 a.m., the hearing was
# adjourned.]". Nobody speaks after it; what follows is the page's (CNN's "TRANSCRIPTS" /
# "Return to Transcripts main page", State's "Related Articles", GPO's appendix), so the body
# ends above it however that furniture reads.
_CLOSING_LINE = re.compile(
    # A blog platform's footer under the post (Blogger's "Posted by Tom Brannigan at 9:14 AM",
    # its labels and comments below): the post, and the last answer in it, ends above it.
    r"^[ \t]*Posted[ \t]+by[ \t]+[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,3}[ \t]+at[ \t]+"
    r"\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*$|"
    # The Philippine PCO's "-END-", scraped as a markdown heading too ("## -END- ##").
    r"^[ \t]*(?:#{1,3}[ \t]*)?-{1,3}[ \t]*ENDS?[ \t]*-{1,3}(?:[ \t]*#{1,3})?[ \t]*$|"
    # A UK press office's transcript closes on "ENDS" alone in capitals, its "Notes to
    # editors" below.
    r"^[ \t]*ENDS[ \t]*$|"
    r"^[ \t]*[(\[][ \t]*(?:"
    r"(?i:END[ \t]+OF[ \t]+(?:THE[ \t]+)?(?:TRANSCRIPT|INTERVIEW|BRIEFING|PRESS[ \t]+CONFERENCE"
    r"|PRESS[ \t]+BRIEFING|SHOW|PROGRAM|PROGRAMME|BROADCAST|HEARING|SESSION|REMARKS))"
    # CSIS and the State Department close with a bare "(END.)".
    r"|(?i:END)\.?"
    r"|(?:Whereupon|The)\b[^()\[\]\n]{0,80}?\b(?:was|were)[ \t]+(?:concluded|adjourned|ended"
    # (the Supreme Court's "(Whereupon, at 11:02 a.m., the case in the above-entitled matter
    # was submitted.)")
    r"|submitted)\b[^()\[\]\n]{0,40}"
    r")[ \t]*[)\]][ \t]*$"
    # A council's minutes close the verbatim part in their own words, unbracketed: "The Chair
    # closed the public session at 7.52pm and the meeting resumed."
    r"|^[ \t]*The[ \t]+(?:Chair(?:man|woman|person)?|Mayor|Convenor)[ \t]+(?:closed|adjourned)"
    r"[ \t]+the\b[^\n]{0,160}\.[ \t]*$"
    # A record of proceedings closes the sitting with its clock: the General Synod's "The
    # Synod adjourned at 6.45 pm.", Hansard's "The House rose at 10.31 pm."
    # (a UN verbatim record's in lower case: "The meeting rose at 11.40 a.m.")
    r"|^[ \t]*The[ \t]+(?:Synod|House|Assembly|Council|Committee|Senate|Chamber|Sitting|Meeting"
    r"|meeting|sitting)"
    r"[ \t]+(?:adjourned|rose)[ \t]+at[ \t]+\d{1,2}(?:[.:]\d{2})?[ \t]*(?:[ap]\.?m\.?)?"
    r"[ \t]*\.?[ \t]*$"
    # A Public Bill Committee's sitting closes on the Whip's motion, its mover bracketed:
    # "Ordered, That further consideration be now adjourned. —(Keir Mather.)"
    # (the sitting's clock on its line above it is the motion's too: "10.21 am")
    r"|^[ \t]*(?:\d{1,2}[.:]\d{2}[ \t]*[ap]\.?m\.?[ \t]*\n(?:[ \t]*\n)?[ \t]*)?"
    r"Ordered,[ \t]+That[ \t]+(?:further[ \t]+consideration|the[ \t]+debate)\b"
    r"[^\n]{0,80}?\badjourned\b[^\n]{0,60}$"
    # A Commons debate's record closes on the House's vote, "Question put and agreed to.", then:
    # the clock and the adjournment ("7.35 pm" / "House adjourned." — the record's, not the
    # Minister's last words); the motion resolved and read out again in Westminster Hall
    # ("Resolved," / "That this House has considered …"); or nothing, the page's pager under it.
    r"|^[ \t]*Question[ \t]+put[ \t]+and[ \t]+agreed[ \t]+to(?:\.[ \t]*\Z|\.?[ \t]*\n(?:[ \t]*\n)*"
    r"(?:(?:[ \t]*\d{1,2}[.:]\d{2}[ \t]*[ap]\.?m\.?[ \t]*\n(?:[ \t]*\n)*)?"
    r"[ \t]*House[ \t]+adjourned\.?[ \t]*$"
    r"|[ \t]*Resolved,?[ \t]*\n(?:[ \t]*\n)*[ \t]*That\b[^\n]{1,300}$))"
    # (the Senedd's record closes in both languages, Welsh first: "Daeth rhan gyhoeddus y
    # cyfarfod i ben am 10:58." / "The public part of the meeting ended at 10:58.")
    r"|^[ \t]*The[ \t]+(?:public[ \t]+part[ \t]+of[ \t]+the[ \t]+)?(?:meeting|session)[ \t]+"
    r"(?:ended|closed|finished)[ \t]+at[ \t]+\d{1,2}[.:]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*\.?[ \t]*$"
    r"|^[ \t]*Daeth[ \t]+(?:rhan[ \t]+gyhoeddus[ \t]+y[ \t]+)?cyfarfod[ \t]+i[ \t]+ben[ \t]+"
    r"am[ \t]+\d{1,2}[.:]\d{2}[ \t]*\.?[ \t]*$"
    # The Commission press corner's download row under a speech's text, the document's number
    # and "Related media" below it: "Print friendly pdf".
    r"|^[ \t]*Print[ \t]+friendly[ \t]+(?:pdf|PDF|version)[ \t]*$"
    # A video call's own notice that it stopped recording, kept by the transcriber: Zoom's
    # "Запись остановлена." (under "Запись начата." above the first turn), "Recording stopped."
    r"|^[ \t]*(?:Запись[ \t]+остановлена|Запис[ \t]+зупинено|Recording[ \t]+(?:stopped|ended))"
    r"\.?[ \t]*$"
    # A minutes page's posting line, a row of links after it: "Posted by the Office of the
    # City Clerk | Print | Back to Agendas & Minutes".
    r"|^[ \t]*Posted[ \t]+by[ \t]+[^\n|:]{1,80}\|[^\n]{1,120}$"
    # (or the record's download link in that row: a harbour board's "Download these minutes
    # (PDF, 210 KB) | Back to Port Users' Forum")
    r"|^[ \t]*Download[ \t]+[^\n|:]{1,80}\|[^\n]{1,120}$"
    # (or a radio page's player links, a row of three or more short items one of which
    # plays, fetches or passes on the episode: "Listen again | Download MP3 | Share")
    r"|^[ \t]*(?=[^\n]*\b(?:Listen|Download|Share|Subscribe|Play|Embed)\b)[A-Z][\w’' ]{0,25}"
    r"(?:[ \t]*\|[ \t]*[A-Z][\w’' ]{0,25}){2,6}[ \t]*$"
    # A British court report's closing line, alone: "The inquest continues.", "The trial
    # continues." (the reporter's, after the last exchange of the day).
    r"|^[ \t]*The[ \t]+(?:inquest|trial|hearing|case|inquiry)[ \t]+continues\.[ \t]*$"
    # A stenographic record's end mark under the last words, a certificate or a signature block
    # below it (a parole board's "--oOo--" over "CERTIFICATE OF TRANSCRIPTION", Mexico's
    # "---000---"): the proceedings end there.
    r"|^[ \t]*-{2,5}[ \t]*(?:oOo|o0o|000)[ \t]*-{2,5}[ \t]*$"
    # A paper's call for readers' questions after the interview: "Have a question for next
    # issue? Drop it in the Kestrel box outside the library.", "Got a question? Email …".
    r"|^[ \t]*(?:Have|Got)[ \t]+a[ \t]+question\b[^\n?]{0,60}\?[ \t]+"
    r"(?:Drop|Send|Email|E-mail|Write|Post|Leave|Submit|Put)\b[^\n]{0,150}$",
    re.MULTILINE,
)
# A public-radio page's underwriting credit under the last turn, a paragraph of its own:
# "Support for The Kitchen Table comes from listeners like you.", "Funding for this program is
# provided by …" — the station's, not the host's sign-off.
_UNDERWRITING = re.compile(
    r"\n[ \t]*\n[ \t]*(?:Support|Funding)[ \t]+for[ \t]+[^\n]{1,80}?[ \t]+"
    r"(?:comes?|is[ \t]+provided)[ \t]+(?:from|by)\b[^\n]*(?:\n|$)"
)
_POINT_OF_ORDER = re.compile(r"[ \t]*(?:On[ \t]+a[ \t]+)?[Pp]oint[ \t]+of[ \t]+order\b")
# A live text's clock alone on its line after a blank one, the entry's words below it.
_LIVE_CLOCK = re.compile(r"\n[ \t]*\n[ \t]*(?:[01]?\d|2[0-3]):[0-5]\d[ \t]*\n(?=[ \t]*[^\s\d])")
# A page's section heading scraped with its icon's alt text on the line above it (Semafor:
# "Title icon" / "Room for Disagreement" / "Not everyone is convinced …" under the Q&A of its
# "Know More" section): a new section of the page, so no one's words go on past it.
# A WebVTT / SRT caption file pasted as the transcript (Zoom's "Audio transcript" export): each
# cue is its number and timing line over a "Name: words" line ("12" / "00:01:14.000 -->
# 00:01:17.230" / "Дарья Левченко: Тимур, спасибо …"). The number and timing are the file's, no
# one's words; a cue the same speaker goes on in ("… подземные воды" / "4" / "00:00:18.760 -->
# …" / "Дарья Левченко: в бассейне Арала?") is the caption's break, not a new turn.
_CUE_TIMING = re.compile(
    r"(?:^[ \t]*\d{1,5}[ \t]*\n)?^[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}[ \t]+-->[ \t]+"
    r"(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}[^\n]*$",
    re.MULTILINE,
)
_SECTION_ICON = re.compile(r"^[ \t]*(?:Title|Section)[ \t]+icon[ \t]*$", re.MULTILINE)
# A Reddit thread's action rows under a comment or the post, each a line of run-together
# links: "permalinksaveembedreportparentreply", "1,284 comments  share  save  hide  report",
# "Continue this thread →", "load more comments (214 replies)". The user's words end above.
_THREAD_CRUMB = re.compile(
    r"^[ \t]*(?:permalink(?:[ \t]*(?:save|embed|report|parent|reply|give[ \t]*award))+"
    r"|[\d,.]+k?[ \t]+comments?(?:[ \t]+(?:share|save|hide|report|crosspost|give[ \t]+award))+"
    r"|Continue[ \t]+this[ \t]+thread[ \t]*(?:→|->)?|load[ \t]+more[ \t]+comments\b[^\n]{0,30}"
    r"|sorted[ \t]+by:[ \t]*\w+)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# The minutes' signature under the last words, a post then initials and surname: a hearing's
# "Секретарь публичных слушаний Е.А. Гусева", "Председательствующий А.В. Соколов",
# "Секретар сесії О.М. Ткач". What follows it is the record's, not the last speaker's; so
# is the sitting's closing time over it ("Время окончания: 19:25." / "Председательствующий
# И.С. Ковалёва").
_MINUTES_SIGNED = re.compile(
    r"\n[ \t]*\n(?:[ \t]*(?:Время[ \t]+окончания|Час[ \t]+(?:закінчення|завершення))[ \t]*"
    r"[:—–-][ \t]*[0-9]{1,2}[:.][0-9]{2}[ \t]*\.?[ \t]*\n(?:[ \t]*\n)?)?"
    r"[ \t]*(?:Секретарь|Секретар|Председательствующий|Председатель|Головуючий|Голова)"
    r"(?:[ \t]+[а-яёіїєґ]+){0,4}[ \t]+(?:[А-ЯЁІЇЄ]\.[ \t]?){1,2}[ \t]?[А-ЯЁІЇЄ][а-яёіїєґ'’\-]+"
    r"[ \t]*(?:\n|$)",
)
# A club's or a venue's notice under the last answer, a paragraph of its own: "Ticket
# information: Saturday's match is sold out. …", "Further information: …" — the page's.
_INFO_NOTICE = re.compile(
    r"\n[ \t]*\n[ \t]*(?:(?:Ticket|Travel|Booking|Match|Further|More|Additional|Media|Press)"
    r"[ \t]+)?[Ii]nformation[ \t]*:[ \t]+[^\n]{10,}",
)
# A podcast page's chapter list under the transcript: "Таймкоды:" / "00:00 — Вступление" /
# "00:34 — Почему грипп возвращается", "Timestamps:" / "(00:00) Intro" — the page's index.
_CHAPTERS = re.compile(
    r"^[ \t]*(?i:таймкоды|тайм-коды|таймкоди|тайм-коди|timestamps|timecodes|chapters)[ \t]*:?"
    r"[ \t]*\n(?=[ \t]*[(\[]?\d{1,2}:\d{2})",
    re.MULTILINE,
)
# (see the body's end: a caption glued after a sentence's stop, its bracketed credit last)
_GLUED_CAPTION = re.compile(
    r"(?<=[.!?…])(?:Photo|Image|Picture|Pictured)[ \t]*:[ \t]+[A-Z][^\n]{10,400}"
    r"\([^()\n]{2,60}\)[ \t]*$"
)
# (and India's MEA's "[Approximate translation]" after "Question (in Hindi):")
_AS_INTERPRETED = re.compile(
    r"\([Aa]s[ \t]+(?:interpreted|translated)\.\)|[\[(][Aa]pproximate[ \t]+translation\.?[\])]"
)
# The language a leader switched to, noted in lower case as the words begin under the name:
# the Élysée's "Volodymyr ZELENSKY" / "(in English) Thank you. In Munich, …" — the
# transcriber's, not the leader's (no stage direction either: the record lists none).
_LANGUAGE_NOTE = re.compile(r"\(in[ \t]+[A-Z][a-z]+(?:ian|ish|ese|ch|an)\)[ \t]+(?=[A-Z])")
# The site's topic tags glued after a turn's last sentence, as the page's tail has them after
# the last one ("Есть ли в Москве интерес к этому? #зерноваясделка" / "Песков: …"): a CMS's
# links, nobody's words, so the turn ends at the closing mark.
_TURN_END_TAGS = re.compile(r"(?<=[.!?…\"”»)])[ \t]*(?:#[^\W\d_][\w\-]*[ \t]*)+\Z")
# The page's own notice under the last turn, a paragraph of its own that carries the site's tag
# ("Voting opens 10 March at 09:00 via the SU website. #KingsmeadVotes"): no one says "I", "we"
# or "you" in it, so it is the page's, not the last speaker's.
_TAGGED_NOTICE = re.compile(
    r"\n[ \t]*\n(?P<notice>[ \t]*[A-Z][^\n]{0,200}?[.!])"
    r"(?=(?:[ \t]*#[^\W\d_][\w\-]*)+[ \t]*(?:\n|\Z))"
)


# A court-martial's record heads the examination with the asking post: "DIRECT EXAMINATION" /
# "Questions by the trial counsel:" (the post's holder in the court's list, see court_roster).
_QUESTIONS_BY = re.compile(
    r"^[ \t]*Questions[ \t]+by[ \t]+(?:the[ \t]+)?(?P<post>[A-Za-z]+(?:[ \t]+[A-Za-z]+){0,2})"
    r"[ \t]*:?[ \t]*$",
    re.MULTILINE,
)


# (see the column's byline in _structure: "Андрей Колесников, обозреватель «Новой»")
_NAME_COMMA_POST = re.compile(
    rf"(?P<name>[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?),[ \t]+"
    rf"[{LOWER}]{{4,}}(?:[ \t]+[^\s.!?]+){{0,5}}"
)


def _labelled_adjectival(
    header: list[tuple[str, Name]], labels: tuple[Any, ...]
) -> list[tuple[str, Name]]:
    """Header people whose adjectival surname the header writes in an oblique case, given the
    nominative that a label writes: "Брифінг речника МЗС України Олександра Бережного" over
    "Олександр Бережний:" is Бережний (the genitive "-ого" alone cannot tell Ukrainian "-ий"
    from Russian "-ой"/"-ый"; the label can)."""
    named = [h.info.name for h in labels if h.info.name is not None and h.info.name.given]
    out = []
    for kind, name in header:
        for lab in named:
            if (
                name.given
                and fold(name.given[0])[:1] == fold(lab.given[0])[:1]
                and _adjectival_case(name.surname, lab.key) is not None
            ):
                name = Name(given=name.given, surname=lab.surname, title=name.title, caps=False)
                break
        out.append((kind, name))
    return out


_LINE_BREAK = re.compile(r"\n(?![ \t]*\n)")


def _signed_off(text: str, body_end: int) -> int:
    """Where the body ends above the interviewer's signature among the last paragraphs
    ("… повернути в обробіток основну частину сільгоспземель." / "Ірина Ковальчук, Київ" /
    "Фото: Олег Зінченко, Укрінформ" / "При цитуванні …"): the signature closes the text, and
    what follows it (a credit, the tags, a copyright notice) is the page's. At most two
    paragraphs may follow it, and the paragraph above it ends a sentence."""
    paras = [m.end() for m in re.finditer(r"\n[ \t]*\n", text[:body_end])]
    # A scrape that lost its blank lines sets the signature on the last lines alone ("… за
    # кошти ЄС." / "Роман Кравець, УП" / "Нагадаємо, …"): a line start counts as a paragraph's.
    tail = text.rfind("\n\n", 0, body_end)
    lines = [m.end() for m in _LINE_BREAK.finditer(text, max(tail, 0), body_end)]
    # The signature may also stand on the last answer's own paragraph, on the line under its
    # last words with no blank line between ("… це відповідальність." / "Ірина Гончар, Київ"),
    # the credit and the related links a paragraph below: the second line of each of the last
    # paragraphs counts too.
    glued = [
        m.end()
        for p in paras[-3:]
        if (m := _LINE_BREAK.search(text, p, min(body_end, p + 4000))) is not None
    ]
    # Ukrinform's signature over its photo credit, the page's links and notices below them with
    # no blank line anywhere ("… бути в дорозі." / "Ольга Шевчук, Чернігів" / "Фото: …" /
    # "Читайте також" / …): the credit under it marks the signature further up.
    credited = [
        at
        for at in lines[-10:]
        if _PHOTO_LINE.match(text, text.find("\n", at, body_end) + 1 or body_end) is not None
    ]
    # The photo's credit may come first, a paragraph of its own between the last answer and
    # the signature ("… ви тут потрібні." / "Фото: Миколаївська ОВА" / "Ірина Старікова,
    # Миколаїв" / "Читайте також:" / …): the paragraph under such a credit counts too.
    under_credit = {
        p: c for c, p in itertools.pairwise(paras[-6:]) if _PHOTO_LINE.match(text, c) is not None
    }
    for at in reversed(sorted({*paras[-3:], *lines[-3:], *glued, *credited, *under_credit})):
        m = _SIGNATURE.match(text, at)
        if m is None or m.end() > body_end or "\n" in text[at : m.end()].strip():
            continue
        above = under_credit.get(at, at)
        if re.search(r"[.!?…\"”»)]$", text[:above].rstrip()) and _signature_ru(m.group(0)):
            return len(text[:above].rstrip())
    # (A scrape without blank lines sets the credit on a line of its own under the last
    # answer, the rubric and share lines below it: its last lines count as paragraphs.)
    # Kommersant's credit over its dossier box, the byline's name alone under the box ("Интервью
    # взяла Ольга Никитина" / "Личное дело" / "Георгий Филимонов родился …" / "Ольга Никитина"):
    # a credit line right over a dossier heading counts among the last six lines.
    boxed = [
        at
        for i, at in enumerate(lines)
        if len(lines) - 6 <= i < len(lines) - 3
        and (below := lines[i + 1])
        and _DOSSIER.fullmatch(
            re.sub(r"\*\*|__", "", text[below : text.find("\n", below, body_end)]).strip()
        )
        is not None
    ]
    # With blank lines kept, the dossier box and the tag boxes under it are paragraphs of
    # their own ("Интервью взял …" / "Личное дело" / "… родился …" / "Компании" / …): a
    # credit paragraph right over a dossier heading's paragraph counts among the last six.
    boxed += [
        at
        for at, below in itertools.pairwise(paras[-6:])
        if _DOSSIER.fullmatch(
            re.sub(r"\*\*|__", "", text[below : text.find("\n", below, body_end)]).strip()
        )
        is not None
    ]
    for at in sorted({*paras[-3:], *lines[-3:], *boxed}):
        # The interviewer's credit over a dossier box (Kontinent Sibir: "Беседовала Анастасия
        # Рябова" / "СПРАВКА" / "Андрей Николаевич Ковальский родился в 1968 году …"): the
        # credit closes the conversation, the box below it is the page's.
        line_end = text.find("\n", at, body_end)
        line = text[at : body_end if line_end < 0 else line_end]
        # (A regional paper sets the surname in capitals: "Беседовал Дмитрий КАЛИНИН".)
        plain = _caps_surnames_recased(re.sub(r"\*\*|__", "", line).strip())
        credit = _RU_CONDUCTED.match(plain)
        if (
            credit is not None
            # (the correspondent's town may follow the name: "Интервью взял Олег Сомов,
            # Екатеринбург")
            and not _CREDIT_TOWN.sub("", plain[credit.end() :]).strip(" \t.")
            and re.search(r"[.!?…\"”»)]$", text[:at].rstrip())
        ):
            return len(text[:at].rstrip())
    return body_end


# A town after an interviewer's closing credit, one or two capitalised words after a comma.
_CREDIT_TOWN = re.compile(
    r"^,[ \t]*[А-ЯЁІЇЄҐ][а-яёіїєґ\-]+(?:[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ\-]+)?[ \t.]*$"
)


# A name opening a line, in the nominative: "Оксана Левчук — онкологиня-радіологиня, …",
# "Марина Гнатюк у своїй пекарні на Молдаванці".
_LINE_NAME = re.compile(
    r"[ \t]*(?:\*\*|__)?(?P<g>[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)[ \t]+"
    # A dossier's full name with the patronymic: "Андрей Николаевич Ковальский родился …".
    r"(?:(?P<p>[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:ович|евич|йович|ьович|овна|евна|ична|івна|ївна))[ \t]+)?"
    r"(?P<s>[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+"
    r"(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?)(?:\*\*|__)?(?P<rest>[ \t]*(?:[—–]|,)|[ \t]+[а-яёіїєґ])"
)
_PHOTO_LINE = re.compile(r"(?:Фото|Світлина)[ \t]*:[^\n]{1,80}", re.IGNORECASE)


def _credited_masthead(text: str, name: Name) -> bool:
    """Is the "person" the page's first line, its masthead, which the page credits again as a
    photo's or the text's source ("Запорізька Січ" / … / "Фото Запорізька Січ")? An outlet's
    two-word name reads as a given name and a surname; no interviewee credits the photos."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if first != name.display():
        return False
    credit = rf"(?i:фото|photo|джерело|источник)[: \t]+(?:[^\n]*?/[ \t]*)?«?{re.escape(first)}"
    return re.search(credit, text[len(first) :]) is not None


def _boxed_interviewee(text: str) -> list[tuple[str, Name]]:
    """The interviewee a label-less Russian or Ukrainian interview names only in its boxes, when
    the lead says just "власниця", "керівниця онкоцентру": a bio box under its heading
    ("Довідка ZN.UA" / "Оксана Левчук — онкологиня-радіологиня, …"), else a photo caption
    under its credit ("Фото: Думська" / "Марина Гнатюк у своїй пекарні на Молдаванці"). One
    person only: two names there are the page's, not the interviewee's."""
    lines = text.split("\n")
    boxed: dict[str, Name] = {}
    captioned: dict[str, Name] = {}
    for i, ln in enumerate(lines[:-1]):
        below = next((x for x in lines[i + 1 : i + 3] if x.strip()), "")
        m = _LINE_NAME.match(below)
        if m is None or is_title_token(m.group("g")) or _common_word(m.group("g"), text):
            continue
        if re.search(r"[ \t]{2}|\t", below[m.end("g") : m.start("s")]):
            # A column gap between the two words makes them two cells of a tag row under the
            # caption ("Рыболовство  Камчатский край  Росрыболовство"), not one person's name.
            continue
        head = re.sub(r"\*\*|__|^#{1,6}[ \t]+", "", ln).strip()
        name = Name((m.group("g"),), m.group("s"), None, False)
        born = re.match(
            r"[ \t]+(?:родил(?:ся|ась)|народил(?:ся|ася)|народився)\b", below[m.start("rest") :]
        )
        if _DOSSIER.fullmatch(head) and (m.group("rest").strip() in ("—", "–", ",") or born):
            # A bio box opens on the name and a dash, or on its birth: "Справка" / "Андрей
            # Николаевич Ковальский родился в 1968 году в Новосибирске."
            boxed[name.key] = name
        elif _PHOTO_LINE.fullmatch(head) and m.group("rest")[-1:].islower():
            captioned[name.key] = name
    for found in (boxed, captioned):
        if len(found) == 1:
            return [("interview with", next(iter(found.values())))]
        if found:
            return []
    return []


def _common_word(word: str, text: str) -> bool:
    """A capitalised word the page also writes in lower case ("Директорка …" / "директорка")."""
    return re.search(rf"(?<![\w'’]){re.escape(word.lower())}(?![\w'’])", text) is not None


# A cast line's word ("Участник: …", "Guests: …"): who takes part, said once above the turns.
_CAST_WORDS = frozenset(
    {"участник", "участники", "учасник", "учасники", "гость", "гости", "гість", "гості"}
    | {"guest", "guests", "participant", "participants", "panelists", "panellists"}
)


# A host's first words to the guest, by title and full name: "Deputy Minister Chidi Okafor,
# thank you for joining us from Abuja.", "Senator Dolores Ruiz, welcome."
_GUEST_ADDRESS = re.compile(
    rf"[ \t]*(?P<t>(?:[{UPPER}][{LOWER}]+\.?[ \t]+){{1,2}})"
    rf"(?P<n>[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}'’\-]+),[ \t]+"
    r"(?i:you|your|thank(?:s|[ \t]+you)|welcome|good[ \t]+(?:morning|afternoon|evening))\b"
)


def _guest_addressed(
    text: str, labels: Sequence[LabelHit], header: list[tuple[str, Name]]
) -> Name | None:
    """Who a podcast's unnamed "GUEST:" label stands for when the header names only the hosts
    ("Hosts Ana Whitfield and Marcus Lee speak to Nigeria's deputy minister for power."): the
    person the turn before the guest's first one greets by title and full name ("ANA: Deputy
    Minister Chidi Okafor, thank you for joining us …")."""
    if any(k.startswith(_INTERVIEWEE_KINDS) for k, _ in header):
        return None
    first = next(
        (
            i
            for i, h in enumerate(labels)
            if h.info.kind is LabelKind.ANSWER and h.info.name is None
        ),
        None,
    )
    if not first or any(
        h.info.kind is LabelKind.ANSWER and h.info.name is not None for h in labels
    ):
        return None
    m = _GUEST_ADDRESS.match(text, labels[first - 1].end, labels[first].start)
    if m is None or not is_title_token(m.group("t").split()[-1].rstrip(".")):
        return None
    name = name_from_phrase(m.group("n"))
    if name is None or not name.has_full_given or is_title_token(name.given[0]):
        return None
    return name


# A guest named on a broadcast's credit line: "Studio guest: Dr Amir Rahman, GP partner …".
_GUEST_FIELD = re.compile(
    r"\b(?:(?:Studio|Special|In[ \t]+the[ \t]+studio)[ \t]+)?[Gg]uest[ \t]*:[ \t]*"
    rf"(?P<name>(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?[ \t]+)?"
    rf"[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})"
)


_PRESENTER_WORDS = frozenset({"presenter", "presenters", "host", "hosts", "anchor"})


def _presenter_line(text: str, labels: tuple[LabelHit, ...]) -> Name | None:
    """Who a broadcast page's credit line read as the first label names, when that name labels
    the turns below: "Presenter: Gill Hartley. Studio guest: Dr Amir Rahman, GP partner …",
    then "GILL HARTLEY: Good morning …" — the line only says who presents (and so asks)."""
    if (
        len(labels) < 2
        or labels[0].info.kind is not LabelKind.INTERVIEWER
        # (a recording's "Interviewer: Naomi Fisk (Valley Ledger). …" note stays as it was read)
        or fold(labels[0].info.text) not in _PRESENTER_WORDS
    ):
        return None
    line_start = text.rfind("\n", 0, labels[0].start) + 1
    line_end = text.find("\n", labels[0].start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    rest = line[labels[0].end - line_start :].lstrip(" \t:")
    holder = re.match(rf"(?:[{UPPER}][{LOWER}'’\-]+[ \t]+){{1,2}}[{UPPER}][{LOWER}'’\-]+", rest)
    named = name_from_phrase(holder.group(0)) if holder is not None else None
    if (
        holder is not None
        and named is not None
        and named.given
        and re.match(r"[ \t]*(?:$|[.,(;|–—])", rest[holder.end() :]) is not None
        and len(line.split()) <= 30
        and not any(fold(h.info.text) == fold(labels[0].info.text) for h in labels[1:])
        and any(
            h.info.name is not None and fold(h.info.name.surname) == fold(named.surname)
            for h in labels[1:]
        )
    ):
        return named
    return None


def _cast_line_dropped(text: str, labels: tuple[LabelHit, ...]) -> tuple[LabelHit, ...]:
    """The labels less an event page's cast line read as the first label: "Moderator: Rebecca
    Ashworth-Lee, Senior Fellow, CMSS" over a "Speakers" list, then "MODERATOR: Good
    afternoon …". A line that is only a name and a post, whose word labels turns below, names
    who chairs (_event_moderators reads it from the preface); it is no turn of its own."""
    if len(labels) < 2 or labels[0].info.kind not in (LabelKind.INTERVIEWER, LabelKind.ANSWER):
        return labels
    line_start = text.rfind("\n", 0, labels[0].start) + 1
    line_end = text.find("\n", labels[0].start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if labels[0].info.kind is LabelKind.ANSWER:
        # A show's cast line over a rush transcript: "Guest: Sen. Margaret Okonjo-Whitfield
        # (D-Ore.)", then "OKONJO-WHITFIELD: What happened is …": the guest's surname labels the
        # turns below, so the line only says who the guest is.
        named = name_from_phrase(re.split(r"[,(]", line[labels[0].end - line_start :])[0].strip())
        if (
            named is None
            or not named.given
            or re.search(r"[.!?…][\"'”»]?[ \t]*$", line)
            or len(line.split()) > 12
            or not any(fold(h.info.text) == fold(named.surname) for h in labels[1:])
        ):
            return labels
        return labels[1:]
    if _presenter_line(text, labels) is not None:
        return labels[1:]
    if text[labels[0].end : line_end if line_end >= 0 else len(text)].strip(" \t:*_") == "":
        # A think tank's masthead lists who took part, each heading alone on its line over a
        # credit: "Interviewees:" / "Layla al-Hashimi, Senior Advisor, …" / "Interviewer:" /
        # "Corinne Abiola, Senior Editor, CFR.org" — a heading no turn below is labelled with,
        # its next line only a name and a post: the header's, no turn.
        below = text[line_end + 1 if line_end >= 0 else len(text) :].lstrip("\n")
        credit = below.split("\n", 1)[0].strip()
        named = name_from_phrase(re.split(r"[,(]", credit)[0].strip()) if "," in credit else None
        if (
            named is not None
            and named.given
            and not re.search(r"[.!?…][\"'”»)]?$", credit)
            and len(credit.split()) <= 12
            and not any(fold(h.info.text) == fold(labels[0].info.text) for h in labels[1:])
        ):
            return labels[1:]
    if (
        _EVENT_MODERATOR.match(line) is None
        or re.search(r"[.!?…][\"'”»)]?[ \t]*$", line)
        or len(line.split()) > 12
        or not any(fold(h.info.text) == fold(labels[0].info.text) for h in labels[1:])
    ):
        return labels
    return labels[1:]


# A show's cast lines over the transcript, one role to a line: "Guest: Dr. Samuel Oduya,
# senior fellow, Midland Policy Institute" / "Host: Greta Vasquez", then "HOST: …" / "GUEST: …"
# label the turns. Each line only says who holds the role word that labels the turns below.
_CAST_ROLE_KINDS = {
    "guest": "interview with",
    "host": "moderator",
    "presenter": "moderator",
    "anchor": "moderator",
    "moderator": "moderator",
    # (a broadcaster's transcript page: "Guest: Joachim Brandt, President, …" / "Interviewer:
    # Francine Lacqua, Bloomberg Television", then "Interviewer: …" / "Brandt: …")
    "interviewer": "interviewed by",
    # (a press office's briefing page: "Spokesperson: Arianna Rossi, Deputy Chief Spokesperson"
    # / "Also present: …", then "Spokesperson: Good afternoon …")
    "spokesperson": "briefing",
}


_CAST_PARTICLE = r"van|von|de|der|den|du|da|di|del|della|dos|das|la|le|ter|ten|bin|ibn|al|y"


def _cast_holder(text: str, hit: LabelHit, others: Sequence[LabelHit]) -> tuple[str, Name] | None:
    """The (header kind, name) a cast line "Role: Name[, post]" gives its role, when ``hit``
    opens such a line and its role word labels turns among ``others``; else None."""
    kind = _CAST_ROLE_KINDS.get(fold(hit.info.text))
    line_start = text.rfind("\n", 0, hit.start) + 1
    line_end = text.find("\n", hit.start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    rest = line[hit.end - line_start :].lstrip(" \t:")
    holder = re.match(
        r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?[ \t]+)?"
        rf"((?:[{UPPER}][{LOWER}'’\-]+[ \t]+){{1,2}}"
        # (a surname's particles in lower case: "Moderator: Helena van den Bosch, editor")
        rf"(?:(?:{_CAST_PARTICLE})[ \t]+){{0,2}}[{UPPER}][{LOWER}'’\-]+)"
        r"(?=[ \t]*(?:$|[,(;|–—]))",
        rest,
    )
    named = name_from_phrase(holder.group(1)) if holder is not None else None
    if (
        kind is None
        or hit.start != line_start
        or named is None
        or not named.has_full_given
        or is_title_token(named.given[0])
        or re.search(r"[.!?…][\"'”»)]?[ \t]*$", line)
        or len(line.split()) > 14
        or not any(fold(h.info.text) == fold(hit.info.text) and h.info.name is None for h in others)
    ):
        return None
    return kind, named


def _role_cast_block(
    text: str, labels: tuple[LabelHit, ...]
) -> tuple[tuple[LabelHit, ...], list[tuple[str, Name]]]:
    """The labels less the leading cast lines "Role: Name[, post]" whose role word labels the
    turns below, and the (header kind, name) each line gives the role."""
    cast: list[tuple[str, Name]] = []
    while len(labels) >= 2:
        held = _cast_holder(text, labels[0], labels[1:])
        if held is None:
            break
        cast.append(held)
        labels = labels[1:]
    # A think tank's event page lists who took part below the transcript, not above it
    # (CNAS: "… thank you all for tuning in." / "Speakers" / "Dr. Adaeze Okafor" / "Nonresident
    # Senior Fellow, …" / "Moderator: Daniel Fairbanks" / "Director, …"): the last label opening
    # such a cast line names who chairs the turns above; it is no turn (the box is cut off by
    # _closing_cast_start).
    if len(labels) >= 3 and (held := _cast_holder(text, labels[-1], labels[:-1])) is not None:
        cast.append(held)
        labels = labels[:-1]
    return labels, cast


def _closing_cast_start(
    text: str, found: Sequence[LabelHit], labels: Sequence[LabelHit], body_end: int
) -> int:
    """Where the speakers box under the last turn begins, when the last label found opens a
    cast line that _role_cast_block dropped: the run of short unpunctuated paragraphs right
    above that line ("Speakers" / "Dr. Adaeze Okafor" / "Nonresident Senior Fellow, …")."""
    if not labels or not found or found[-1].start <= labels[-1].start:
        return body_end
    cut = text.rfind("\n", 0, found[-1].start) + 1
    while True:
        para_start = text.rfind("\n\n", labels[-1].end, max(cut - 2, 0))
        if para_start < 0:
            break
        para = text[para_start:cut].strip()
        if (
            not para
            or any(
                len(ln.split()) > 12 or re.search(r"[.!?…:][\"'”»)]?$", ln.strip())
                for ln in para.split("\n")
            )
            or len(para.split("\n")) > 3
        ):
            break
        cut = para_start + 2
    return min(body_end, len(text[:cut].rstrip()))


_QUESTIONS_CREDIT = re.compile(
    r"(?:^|(?<=[.!?][ \t]))(?:Additional|Further|Extra|Other)[ \t]+questions[ \t]+by[ \t]+"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})\b",
    re.MULTILINE,
)


# A signature that sets the surname in capitals, as regional papers do: "Записала Лідія САХНО",
# "Беседовал Игорь ПЕТРОВ". Read as "Лідія Сахно" (only a capitalised given name before it).
_CAPS_SURNAME = re.compile(
    rf"(?<![{LETTER}])([{UPPER}][{LOWER}'’]+[ \t]+)"
    rf"([{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?)(?![{LETTER}])"
)


# A think tank's masthead list of who took part: "Interviewees:" / "Layla al-Hashimi, Senior
# Advisor, …" / "Pieter van Rijn, Professor …" / "Interviewer:" / "Corinne Abiola, Senior
# Editor, CFR.org" — a heading alone on its line, then one "Name, post" line per person.
_MASTHEAD_HEADING = re.compile(
    r"^[ \t]*(?:\*\*|__)?(?P<head>Interviewees?|Interviewers?|Guests?)[ \t]*:?(?:\*\*|__)?[ \t]*:?"
    r"[ \t]*\n(?P<lines>(?:[ \t]*[^\n,]{3,60},[^\n]+\n?)+)",
    re.MULTILINE | re.IGNORECASE,
)


def _masthead_people(preface: str) -> list[tuple[str, Name]]:
    """(kind, name) for each person a masthead list above the first label names (see
    _MASTHEAD_HEADING): an interviewee answers, an interviewer asks."""
    out: list[tuple[str, Name]] = []
    for m in _MASTHEAD_HEADING.finditer(preface):
        asks = m.group("head").lower().startswith("interviewer")
        kind = "interview by" if asks else "interview with"
        for line in m.group("lines").splitlines():
            credit = line.strip()
            named = name_from_phrase(credit.split(",", 1)[0].strip())
            if named is None or not named.given or re.search(r"[.!?…][\"'”»)]?$", credit):
                break
            out.append((kind, named))
    return out


def _caps_surnames_recased(trailer: str) -> str:
    return _CAPS_SURNAME.sub(lambda m: m.group(1) + m.group(2).capitalize(), trailer)


# A Ukrainian or Russian paper's lead sets the guest's surname in capitals, as its headline and
# byline do: "ми поговорили з головою підкомітету … Олександром МАРЧУКОМ" (four capitals or
# more after a capitalised word: no agency's acronym, "Київської ОВА").
_CYR_CAPS_SURNAME = re.compile(
    r"(?<![\w'’])([А-ЯЁІЇЄҐ][а-яёіїєґ'’]{2,}[ \t][А-ЯЁІЇЄҐ])"
    r"([А-ЯЁІЇЄҐ'’]{3,}(?:-[А-ЯЁІЇЄҐ'’]{2,})*)(?![\w'’\-])"
)


def _caps_surnames_titled(lead: str) -> str:
    """``lead`` with a capitals surname after a capitalised given name in title case, the same
    length ("Олександром МАРЧУКОМ" -> "Олександром Марчуком"), for the readers of names."""
    # (a double-barrelled one keeps its second capital: "ПЕТРОВ-ВОДКИН" -> "Петров-Водкин")
    return _CYR_CAPS_SURNAME.sub(
        lambda m: (
            m.group(1) + re.sub(r"-(\w)", lambda d: "-" + d.group(1).upper(), m.group(2).lower())
        ),
        lead,
    )


def _ukrainian_given(name: Name) -> Name:
    """A Ukrainian page's given name put back in the nominative the Russian-minded reading
    missed: "з власником пекарні Петром Гребенюком" is Петро (as Дмитром is Дмитро), for no
    Ukrainian given name ends in "-тр"."""
    if name.given and re.search(r"[А-ЯІЇЄҐ][а-яіїєґ'’]*тр$", name.given[0]):
        return Name((name.given[0] + "о", *name.given[1:]), name.surname, name.title, name.caps)
    return name


def body_labels(text: str) -> tuple[LabelHit, ...]:
    """The labels that open turns: the found labels less a show's or an event page's cast lines
    over the transcript ("Guest: Dr. Samuel Oduya, senior fellow" / "Host: Greta Vasquez"), which
    belong to the header (its date and place lines may sit below them)."""
    return _cast_split(text)[0]


@functools.lru_cache(maxsize=16)
def _cast_split(text: str) -> tuple[tuple[LabelHit, ...], tuple[tuple[str, Name], ...]]:
    """The labels that open turns and the (header kind, name) the cast lines give roles
    (cached: the metadata and turns stages both ask)."""
    labels, cast = _role_cast_block(text, _cast_line_dropped(text, find_labels(text)))
    return labels, tuple(cast)


# A court reporter's page keeps its line numbers in the text: "3 THE CHAIR: Good morning." /
# "4 MS OKAFOR: Good morning, Chair. This morning we are" / "5 going to hear from …", each page
# numbered 1, 2, 3 … afresh under its footer.
# (a single-digit number may stand right-aligned, " 4   MR. KIMBALL: …", and a blank line keeps
# its number: " 3" alone)
_GUTTER_LINE = re.compile(r"^[ \t]{0,3}([1-9]\d?)(?:[ \t]+(?=\S)|[ \t]*$)", re.MULTILINE)


@functools.lru_cache(maxsize=16)
def mask_line_gutter(text: str) -> str:
    """``text`` with a numbered transcript's line numbers blanked (same length, so spans hold;
    cached: every stage's ``analyse`` call asks).

    Only runs of lines numbered 1, 2, 3 … on consecutive lines count, and only where one page
    runs at least ten lines so: a numbered list or an index is never a page's gutter."""
    runs: list[list[re.Match[str]]] = []
    for m in _GUTTER_LINE.finditer(text):
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and int(m.group(1)) == int(last.group(1)) + 1
            and text.find("\n", last.end()) + 1 == m.start()
        ):
            runs[-1].append(m)
        elif m.group(1) == "1":
            runs.append([m])
    chars = list(text)
    if any(len(run) >= 10 for run in runs):
        for run in runs:
            if len(run) >= 2:
                for m in run:
                    chars[m.start() : m.end()] = " " * (m.end() - m.start())
    for gutter in (_FIFTH_LINE_GUTTER, _PARAGRAPH_NUMBER):
        for m in _stepped_run(text, gutter):
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


# An Australian commission's or court's transcript numbers only every fifth line in its margin
# ("10" alone on a line, "20 MS FLETCHER:   Most nights, …", "5 <EXAMINATION BY MS DAVIES"),
# afresh on each page; a Canadian tribunal's (the CRTC's, the CER's) numbers each paragraph
# ("2843    THE SECRETARY:  Please be seated. …", "2844    MS. KAKFWI:  Good afternoon, …").
_FIFTH_LINE_GUTTER = re.compile(r"^([1-9]\d?)(?:[ \t]+(?=\S)|[ \t]*$)", re.MULTILINE)
_PARAGRAPH_NUMBER = re.compile(r"^[ \t]{0,3}([1-9]\d{1,5})[ \t]{2,}(?=\S)", re.MULTILINE)


def _stepped_run(text: str, gutter: re.Pattern[str]) -> list[re.Match[str]]:
    """The numbers of a margin that steps by five (a fifth-line gutter, each step within six
    lines of the last) or of paragraphs that step by one, in runs of at least four (so a list
    or a table is never taken); [] when none."""
    fifth = gutter is _FIFTH_LINE_GUTTER
    step = 5 if fifth else 1
    found: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for m in gutter.finditer(text):
        n = int(m.group(1))
        if fifth and n % 5:
            continue
        last = run[-1] if run else None
        if (
            last is not None
            and n == int(last.group(1)) + step
            and (not fifth or text.count("\n", last.end(), m.start()) <= 6)
        ):
            run.append(m)
            continue
        if len(run) >= 4:
            found.extend(run)
        run = [m] if not fifth or n == 5 else []
    if len(run) >= 4:
        found.extend(run)
    return found


_mask_line_gutter = mask_line_gutter  # (the name the tests and the stage timing know)


# A lead whose subject held a press conference or briefing ("… провів пресконференцію …",
# "… провела брифінг …", "… провёл пресс-конференцию …"): a press conference, whose closing
# correspondent's signature names no asker.
_HELD_PRESSER = re.compile(
    r"(?<![а-яёіїєґ])(?:провів|провела|провёл|провел|провели|дав|дала|дал)[ \t]+"
    r"(?:[а-яёіїєґ]+[ \t]+)?(?:пресконференцію|прес-конференцію|пресс-конференцию|брифінг|брифинг)"
    r"(?![а-яёіїєґ])"
)


def analyse(text: str, *, byline: str | None = None) -> Structure:
    """Labels, stage directions and turn spans of ``text`` (cached: the sentence splitter cuts
    at turn boundaries, the turns stage reports them); a court reporter's line numbers are read
    as blanks."""
    return _analyse(mask_line_gutter(text), byline=byline)


@functools.lru_cache(maxsize=16)
def _analyse(text: str, *, byline: str | None = None) -> Structure:
    """Labels, stage directions and turn spans of ``text`` (see ``analyse``); the byline's
    writer asks where the layout readers left an interview's questions unnamed."""
    found = _analyse_layout(text, byline=byline)
    # (then the header's one office holder answers a one-on-one Q&A still nobody's, and the
    # learned page-foot tagger cuts the page's foot off the last turn)
    turns = fill_interviewee(text, fill_interviewer(text, found.turns))
    turns = fill_office_guest(text, turns)
    # (and where nobody is named, the one outlet the header gives the interview to asks)
    turns = fill_outlet_asker(text, turns)
    turns = _foot_cut(text, turns, found.directions)
    return dataclasses.replace(found, turns=tuple(_without_edge_cues(text, t) for t in turns))


def _without_edge_cues(text: str, turn: Span) -> Span:
    """The turn without a stage direction opening or closing its body (``edge_cues_trimmed``)."""
    start, end = edge_cues_trimmed(text, turn.start, turn.end)
    if (start, end) == (turn.start, turn.end):
        return turn
    return dataclasses.replace(turn, start=start, end=end)


def _metadata_authors_field(byline: str) -> bool:
    """Is ``byline`` the names of a Cyrillic authors' field ("Олена Ткач, Юрій Мороз")?"""
    return _AUTHORS.fullmatch("Автори: " + byline) is not None


def _foot_cut(
    text: str, turns: tuple[Span, ...], directions: tuple[tuple[int, int], ...]
) -> tuple[Span, ...]:
    """The last turn without the page's foot the rules left in it (a footer, a "support us"
    plea, an author credit, related links, a copyright …): the learned page-foot tagger
    (structure/feet.py) cuts off closing paragraphs it reads as the page's."""
    if not turns:
        return turns
    last = turns[-1]
    end = foot_cut(
        text, last.start, last.end, question=last.label == "question", directions=directions
    )
    if end >= last.end:
        end = _foot_under_break(text, last, directions)
    if end >= last.end:
        return turns
    return (*turns[:-1], dataclasses.replace(last, end=end))


def _lead_direction_cut(text: str, sp: Span, directions: tuple[tuple[int, int], ...]) -> Span:
    """``sp`` starting below a direction that fills its first line, words following."""
    for a, b in directions:
        if a == sp.start and b < sp.end and re.match(r"[ \t]*\n", text[b:]) is not None:
            start = b + len(text[b:]) - len(text[b:].lstrip())
            if start < sp.end:
                return dataclasses.replace(sp, start=start)
    return sp


def _foot_under_break(text: str, last: Span, directions: tuple[tuple[int, int], ...]) -> int:
    """The last turn's end above a programme's break cue alone on its line ("… Stay with us."
    / "[break]" / "The original content of this program is licensed …"), where the tagger
    reads all below the cue as the page's foot. The rules may have cut the foot mid-paragraph
    (a related link's line), so the tagger reads on to that paragraph's end."""
    cue = next(
        (
            a
            for a, b in directions
            if last.start < a < last.end
            and BREAK_CUE.fullmatch(text[a:b]) is not None
            and not text[text.rfind("\n", 0, a) + 1 : a].strip()
        ),
        None,
    )
    if cue is None:
        return last.end
    stop = text.find("\n\n", last.end)
    stop = len(text.rstrip()) if stop < 0 else stop
    end = foot_cut(text, last.start, stop, question=last.label == "question", directions=directions)
    return end if end <= cue else last.end


def _analyse_layout(text: str, *, byline: str | None = None) -> Structure:
    """Labels, stage directions and turn spans as the page's layout gives them."""
    found = find_labels(text)
    presenter = _presenter_line(text, found)
    labels, role_cast = _cast_split(text)
    body_end = _closing_cast_start(text, found, labels, trailing_start(text))
    roster = _labels_and_roster(text)[1]
    if roster is not None:
        body_end = min(body_end, len(text[:roster].rstrip()))
    body_end = _signed_off(text, body_end)
    # A labelled magazine Q&A signed under the last answer: "Kassem: Thank you." / "Interview
    # by Hannah Brooks. This interview has been edited …": the body ends above the signature,
    # and its journalist asks the "Q:" lines.
    en_signed = _en_signature(text, body_end) if labels else None
    if en_signed is not None:
        body_end = min(body_end, en_signed[0])
    directions = tuple(_directions(text, labels, body_end))
    first = labels[0].start if labels else None
    header_text = _header(text, first)
    header = _labelled_adjectival(_header_people(header_text), labels)
    # (and a headline's instrumental "-им" surname, "Лісов" or "Лісовий", in the nominative
    # the lead writes below the header's lines: "Оксен Лісовий в інтерв'ю …")
    header = [(k, adjectival_attested(n, text[: min(first or len(text), 4000)])) for k, n in header]
    if first:
        header = [
            (
                k,
                leading_given(n, text[: min(first, 4000)])
                if k.startswith(_INTERVIEWEE_KINDS)
                else n,
            )
            for k, n in header
        ]
    if first:
        header.extend(
            (k, n)
            for k, n in _masthead_people(text[: min(first, 4000)])
            if n.key not in {h.key for _, h in header}
        )
    header.extend(role_cast)
    if (
        first
        and any(h.info.kind is LabelKind.ANSWER for h in labels)
        and not any(k.startswith(_INTERVIEWEE_KINDS) for k, _ in header)
    ):
        # A wire Q&A's page furniture fills the header's six lines ("Skip to main content",
        # "Exclusive news, data and analytics …"); the news lead below names who answers the
        # "A:" lines: "… Defence Minister Tomasz Wierzbicki told Reuters on Thursday." /
        # "Wierzbicki, a former army general, …" / "Below are excerpts from the interview".
        # The same lead may name the journalist who asks the "Q:" lines: "… he told BIRN’s
        # Fatmir Hoxha that …".
        asking = any(k.startswith(_INTERVIEWER_KINDS) for k, _ in header)
        header.extend(
            (k, n)
            for k, n in _header_people(text[: min(first, 4000)])
            if k.startswith(_INTERVIEWEE_KINDS) or (not asking and k.startswith(_INTERVIEWER_KINDS))
        )
    # A magazine's initials labels ("AM:" / "DL:") under a header of menu words alone: the
    # lead below it names the guest ("… I meet David Lammy, the Foreign Office …"); a person
    # there whose initials one such label spells is who speaks under it.
    # (only where the header names no one, and as a name alone, no side: the lead's "her
    # interview with Martin Hale" names the host, whom no kind of it may recast as the guest)
    initials = {h.text for h in labels if re.fullmatch(r"[A-Z]{2,3}", h.text)}
    if first and initials and not header:
        named_keys = {n.key for _, n in header}
        header.extend(
            ("named in lead", n)
            for _, n in _header_people(text[: min(first, 4000)])
            if n.key not in named_keys
            and n.has_full_given
            and any(i in _initialisms(n) for i in initials)
        )
    label_outlets = {fold(h.info.outlet) for h in labels if h.info.outlet}
    if first and label_outlets and not any(k == "outlet" for k, _ in header):
        # A broadcaster's web Q&A asks under its own name, and its lead, below the header's
        # six lines of share buttons and captions, names who asked for it: "… spoke to FRANCE
        # 24's Julie Marchand about …" over "FRANCE 24:" labels. Only a journalist owned by
        # an outlet that labels questions here is taken, with that outlet.
        in_lead = _header_people(text[: min(first, 4000)])
        if any(k == "outlet" and n.key in label_outlets for k, n in in_lead) or any(
            # "… to Prensa Latina journalist Marta Lugo Benítez" over "Prensa Latina:": the
            # lead sets the labelling outlet right before its journalist's job.
            re.search(
                rf"(?<!\w){re.escape(h.info.outlet)}(?:['’]s)?[ \t]+"
                r"(?:journalist|reporter|correspondent|editor|anchor|host|presenter)\b",
                text[: min(first, 4000)],
            )
            for h in labels
            if h.info.outlet
        ):
            header.extend((k, n) for k, n in in_lead if k in ("interview by", "outlet"))
    if first and not any(k.startswith(_INTERVIEWER_KINDS) for k, _ in header):
        # The lead makes the journalist of the outlet that labels the questions the subject
        # who met the interviewee: "Rudaw English's Karwan Salih sat down with al-Barzinji in
        # his Erbil office …" over "Rudaw English:" labels (an outlet the masthead names, as
        # naming's outlet_label checks): the one journalist so named asks for it.
        lead_ = text[: min(first, 4000)]
        owned = {
            n.key: n
            for text_ in {
                h.info.text for h in labels if h.info.outlet or len(h.info.text.split()) >= 2
            }
            # (a cheap test first: the pattern is compiled per label; its apostrophe may be
            # any of the three, regex.py widening the pair)
            if any(text_ + q + "s" in lead_ for q in "'’ʼ")
            for m in re.finditer(
                rf"(?<!\w){re.escape(text_)}['’]s[ \t]+"
                rf"(?P<n>[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})[ \t]+"
                r"(?:sat[ \t]+down|spoke|talked|met|interviewed)\b",
                lead_,
            )
            if (n := name_from_phrase(m.group("n"))) is not None and n.has_full_given
        }
        if len(owned) == 1:
            header.append(("interview by", next(iter(owned.values()))))
    if byline is not None and "," in byline and _metadata_authors_field(byline):
        # (a Cyrillic authors' field names several writers, "Марія Шевчук, Денис Коваль": the
        # page's metadata, no one asker of them; the outlet's label asks)
        byline = None
    if byline is None:
        byline = find_byline(header_text)
    if byline is None and first:
        # A web page's menus, gallery captions and share lines push the byline ("By Hannah
        # Protheroe", "Story by Sgt. Maria Delgado") below the header's lines: a byline line
        # above the lead (past its photo captions) is the page's too.
        lead_at = _body_start_for_statement(text, first, fallback=False)
        byline = find_byline(text[: _past_captions(text, *strip_range(text, lead_at, first))])
    if byline is None and not labels:
        # An article's news site menus push its "By Andrew Osborn" line below the header's
        # lines ("Skip to main content" / … / the headline / "By …" / the date): a line that
        # opens "By" above the article's first words names its writer.
        above = text[: _body_start_for_statement(text, body_end)]
        byline = next(
            (
                by_line
                for line in above.split("\n")
                if line.strip().startswith("By ")
                and (by_line := find_byline(line.strip())) is not None
            ),
            None,
        )
    if byline is None and not labels:
        # A column's byline under its dek, the writer's two names and post after a comma, the
        # date line right under it ("Андрей Колесников, обозреватель «Новой»" / "18:42, 14
        # марта 2025"), pushed below the header's lines by the site's menu: the one author.
        rows = [ln.strip() for ln in text[: _body_start_for_statement(text, body_end)].split("\n")]
        rows = [r for r in rows if r]
        for j, row in enumerate(rows[:-1]):
            posted = _NAME_COMMA_POST.fullmatch(row)
            if posted is None or find_date(rows[j + 1]) is None or len(rows[j + 1].split()) > 8:
                continue
            author = parse_name(posted.group("name").split())
            if author is not None and author.has_full_given:
                byline = author.display()
                break
    if byline is None and first:
        # A regional paper's byline under the date, the surname in capitals ("Наталья
        # СИНИЦЫНА"): the page's one author, whom a role word ("Корр.:") asks as.
        author = _caps_surname_byline(text[:first])
        byline = author.display() if author is not None else None
    if byline is None and first:
        byline = _boxed_byline(text, first, body_end)
    # The lead and a closing "Беседовала …" line name the two sides of a Russian interview.
    lead_end = first if first is not None else _first_dash(text, body_end)
    if not lead_end and not labels:
        # A speech printed without labels: the lead is what stands above its first words
        # ("… обратился глава администрации Роман Ивашку. Приводим текст выступления.").
        lead_end = _body_start_for_statement(text, body_end)
    known = {(k, n.key) for k, n in header}
    trailer = _caps_surnames_recased(text[body_end:])
    lead_people = _lead_people_ru(
        _caps_surnames_titled(text[: min(lead_end, 3000)]) + "\n" + trailer
    )
    if lead_end and not any(k.startswith(_INTERVIEWEE_KINDS) for k, _ in header):
        # An English print interview's lead: "The Kyiv Independent spoke with Marchenko about …".
        lead_people += _lead_people_en(text[: min(lead_end, 3000)])
        if labels and not any(
            k.startswith((*_INTERVIEWER_KINDS, *_INTERVIEWEE_KINDS)) for k, _ in lead_people
        ):
            # A broadcaster's web write-up below the header's lines names both sides in
            # prose ("Housing Secretary Steve Reed has told Sky News … He was speaking to
            # Wilfred Frost on Sky News Breakfast.") and both then speak under their full
            # names ("Wilfred Frost:" / "Steve Reed:"): the lead's asker asks and its
            # interviewee answers, taken only when each side's full name labels turns.
            labelled = {h.info.name.key for h in labels if h.info.name is not None}
            sides = [
                (k, n)
                for k, n in _header_people(text[: min(lead_end, 3000)])
                if k.startswith((*_INTERVIEWER_KINDS, *_INTERVIEWEE_KINDS))
                and n.has_full_given
                and n.key in labelled
            ]
            hosts = {n.key for k, n in sides if k.startswith(_INTERVIEWER_KINDS)}
            guests = {n.key for k, n in sides if k.startswith(_INTERVIEWEE_KINDS)}
            if len(hosts) == 1 and len(guests) == 1 and hosts != guests:
                lead_people += sides
    elif lead_end and not any(k.startswith(_INTERVIEWER_KINDS) for k, _ in header):
        # The title names who answers ("Iranian Foreign Minister Abbas Araghchi: …"), the lead
        # who asks: "In an interview with TASS correspondent Nikita Sergeyev in Tehran, Iranian
        # Foreign Minister Abbas Araghchi spoke about …" — the asker only, and never one the
        # header has as answering.
        answering = {n.key for k, n in header if k.startswith(_INTERVIEWEE_KINDS)}
        lead_people += [
            (k, n)
            for k, n in _lead_people_en(text[: min(lead_end, 3000)])
            if k.startswith(_INTERVIEWER_KINDS) and n.key not in answering
        ]
        if not any(k.startswith(_INTERVIEWER_KINDS) for k, _ in lead_people):
            # A lead below the header's lines names the reporter whose own surname labels the
            # follow-ups: "State Treasurer Deborah McAllister sat down with Maine Morning Star
            # reporter Ben Carlisle …" over "Carlisle:" (the label confirms the lead).
            labelled = {h.info.name.key for h in labels if h.info.name is not None}
            lead_people += [
                (k, n)
                for k, n in _header_people(text[: min(lead_end, 3000)])
                if k.startswith(_INTERVIEWER_KINDS)
                and n.given
                and n.key in labelled
                and n.key not in answering
            ]
    conductor = _lead_conductor(text[: min(lead_end, 3000)]) if lead_end and labels else None
    if (
        conductor is not None
        and not any(k.startswith(_INTERVIEWER_KINDS) for k, _ in [*header, *lead_people])
        and not any(n.key == conductor.key for _, n in [*header, *lead_people])
    ):
        # The lead below the header's lines says who conducted it, by post: "The conversation
        # was conducted by the newspaper's Editor-in-Chief Darkhan Kydyrali" over "Egemen
        # Qazaqstan:" labels, "… has been interviewed by Euronews TV channel journalist Clara
        # Ventura" over "Correspondent:" — the one journalist who asks.
        lead_people.append(("interview by", conductor))
    if en_signed is not None and not any(k.startswith(_INTERVIEWER_KINDS) for k, _ in header):
        lead_people.append(("interview by", en_signed[1]))
    # A magazine's credit under the conversation names a second asker, whose initials label
    # ("MK:") the lead never spelled out: "Additional questions by Marcus Kell, contributing
    # editor." — they ask, as the one the lead names does.
    lead_people += [
        ("interview by", n)
        for m in _QUESTIONS_CREDIT.finditer(text, max(0, len(text) - 1500))
        if (n := name_from_phrase(m.group("name"))) is not None and n.has_full_given
    ]
    # A write-up of a press conference signs its correspondent under the last answer ("…
    # провів пресконференцію …" / "Запитання: …" / … / "Ольга Звонарьова, Харків"): the room's
    # journalists asked, not she, so her signature names no asker.
    signed: list[tuple[str, Name]] | None = (
        [] if lead_end and _HELD_PRESSER.search(text, 0, min(lead_end, 3000)) else None
    )
    for kind, name in [*lead_people, *(_signature_ru(trailer) if signed is None else signed)]:
        if (kind, name.key) not in known:
            known.add((kind, name.key))
            header.append((kind, name))
    if (
        first
        and any(h.info.kind is LabelKind.ANSWER for h in labels)
        and not any(k.startswith(_INTERVIEWEE_KINDS) for k, _ in header)
        and (subject := _lead_subject(text[: min(first, 4000)])) is not None
        and text[:first].count(subject.display()) >= 2
    ):
        # A university's "Q."/"A." page introduces its expert with no interview verb: "Amara
        # Okonjo-Reyes, an associate professor of …, studies how … we asked her what …" over
        # the caption "Amara Okonjo-Reyes. Photo: …": the person the lead opens a paragraph
        # with, named in full twice above the first label, answers.
        header.append(("interview with", subject))
    if re.search(r"[іїєґ]", text) and not re.search(r"[ыэъё]", text):
        header = [(k, _ukrainian_given(n)) for k, n in header]
    if not labels:
        header = [
            (k, n)
            for k, n in header
            if not (k.startswith(_INTERVIEWEE_KINDS) and _credited_masthead(text, n))
        ]
    if not labels and not any(k.startswith(_INTERVIEWEE_KINDS) for k, _ in header):
        header.extend(_boxed_interviewee(text))
    if len(labels) == 1:
        # The one label found is the answerer's of a first exchange labelled by full names over a
        # dash dialogue, counted twice because the quote headline writes it too ("Тарас
        # Мельничук: «Набережну …»" / … / "Олена Гриценко: Вітаю всіх, …" / "Тарас Мельничук:
        # Добрий день. …" / "— Добре, тоді почнімо …?"): the dash reader takes the page whole.
        dashed = _dash_dialogue(text, body_end, header)
        if len(dashed) >= 4 and dashed[0].start < labels[0].start < dashed[2].start:
            return Structure((), directions, dashed)
    if not labels:
        # A newsletter's sign-off under a rule below the last answer is the author's.
        ruled = _closing_rule(text, body_end)
        dialogue = (
            _dash_dialogue(text, ruled, header)
            or _bold_dialogue(text, ruled, header)
            or _initials_dialogue(text, ruled, header)
            or _plain_with_remarks(text, ruled, header)
            or _learned_dialogue(text, ruled, header)
        )
        if dialogue:
            # A direction alone on its line under an unlabelled answer ("… грози." /
            # "(Сміється.)" / the next question) ends that turn, as under a label's.
            dialogue = tuple(
                dataclasses.replace(sp, end=cut)
                if sp.start < (cut := _trim_directions(text, sp.start, sp.end, directions)) < sp.end
                else sp
                for sp in dialogue
            )
            # And one alone on its line over an unlabelled answer ("**… until October
            # 2027?**" / "(Laughter)" / "I have said it before …") opens no words: the
            # answer starts below it.
            dialogue = tuple(_lead_direction_cut(text, sp, directions) for sp in dialogue)
            return Structure((), directions, tuple(_reader_signed(text, dialogue)))
        return Structure((), directions, _statement(text, body_end, header, byline, directions))
    examiners = [
        (m.start(), n)
        for m in _EXAMINER.finditer(text, 0, body_end)
        if (n := name_from_phrase(m.group("name"))) is not None
    ]
    # A record of trial's "Questions by the trial counsel:" over its "Q." / "A." lines: the
    # court's list above the turns names the post's holder, and its "Witness:" answers them
    # (see court_roster: "Trial Counsel: Captain Luis Ferreira").
    court = court_roster(text[: labels[0].cut])
    examiners.extend(
        (m.start(), held)
        for m in _QUESTIONS_BY.finditer(text, 0, body_end)
        if (held := court.get(fold(m.group("post")))) is not None
    )
    header.extend(("examination by", n) for _, n in examiners)
    # "KAREN WEI, DEFENDANT'S WITNESS, DULY SWORN": who answers the "A." lines below it.
    witnesses = [
        (m.start(), n)
        for m in _SWORN.finditer(text, 0, body_end)
        if (n := name_from_phrase(" ".join(_recase_word(w) for w in m.group("name").split())))
        is not None
        and n.given
    ]
    if not witnesses and "witness" in court:
        witnesses = [(labels[0].cut, court["witness"])]
    # A long hearing cover (roster, contents) ends with the line that names the chair: "Hon.
    # William Kessler [Chairman of the Committee] presiding." — its last lines are kept too.
    first_at = first or 0
    preface = text[:first_at]
    if first_at > 4500:
        preface = text[:3000] + "\n" + text[first_at - 1500 : first_at]
    cast_preface = preface
    if len(labels) >= 2 and labels[0].info.kind is LabelKind.ANONYMOUS and labels[1].start < 4500:
        # An event page's cast line read as the first label: "Speaker: Oleksandra Kovalenko-
        # Bilyk, Deputy Chief Executive, …" / "Chaired by Sir Alasdair MacAulay, …" above the
        # first "Chair:" turn: the chair's line lies below that label, still in the cover.
        cast_preface = text[: labels[1].start]
    header.extend(("moderator", n) for n in _event_moderators(cast_preface))
    if not any(k == "moderator" or k.startswith(_INTERVIEWEE_KINDS) for k, _ in header):
        header.extend(_roster_host_and_guest(preface, labels))
    recap = _recap_moderator(preface) if not any(k == "moderator" for k, _ in header) else None
    if recap is not None and not any(
        h.info.name is not None and fold(h.info.name.surname) == fold(recap.surname) for h in labels
    ):
        header.append(("moderator", recap))
    if not any(k == "moderator" for k, _ in header) and (
        billboard := _billboard_host(text, labels)
    ):
        header.append(("moderator", billboard))
    if presenter is not None:
        header.append(("moderator", presenter))
        # The same line's guest answers: "… Studio guest: Dr Amir Rahman, GP partner …".
        cast_end = text.find("\n", found[0].start)
        guest_field = _GUEST_FIELD.search(
            text, found[0].end, cast_end if cast_end >= 0 else len(text)
        )
        if guest_field is not None and (guested := name_from_phrase(guest_field.group("name"))):
            header.append(("interview with", guested))
    if (
        fold(labels[0].info.text) in _CAST_WORDS
        and sum(fold(h.info.text) == fold(labels[0].info.text) for h in labels) == 1
    ):
        # A stenogram's cast line opens the labels: "Участник: министр здравоохранения …
        # Михаил Мурашко." / "Модератор — Ирина Соколова, руководитель пресс-центра …." —
        # the moderator it names chairs under the "Модератор:" labels below.
        para_end = text.find("\n\n", labels[0].end)
        cast = text[labels[0].end : para_end if para_end >= 0 else labels[0].end + 400]
        header.extend((k, n) for k, n in _lead_people_ru(cast) if k == "moderator")
    preface += _cover_roster(preface)
    guest = _guest_addressed(text, labels, header)
    if guest is not None:
        header.append(("interview with", guest))
    speakers = _speaker_names(
        labels, header, byline, header_text, preface, examiners, text, witnesses
    )
    speakers = {at: _office_word_dropped(text, sp) for at, sp in speakers.items()}
    for h in labels:
        if speakers.get(h.start) == h.text:  # (the label as written, not a name it resolved to)
            speakers[h.start] = _titled_fuller(preface, h.text)
    _handing_host_unnamed(text, labels, speakers)
    for h in labels:  # "MJ:" / "WIT:" for the court's "Military Judge:" / "Witness:"
        if h.info.name is not None and not h.info.name.given:
            held = post_holder(h.text, court)
            speakers[h.start] = held.display() if held is not None else speakers.get(h.start)
    _complete_from_own_intro(text, labels, speakers)
    clips = _clip_regions(text, directions)
    # A tape block around every label of the page, two voices or more, is the taped interview
    # itself (Meet the Press's "[START TAPE]" / "… Joining me now is …" / the exchange / "[END
    # TAPE]"), not a clip played into a studio exchange: its turns ask and answer.
    clips = [
        (a, b)
        for a, b in clips
        if not (
            all(a <= h.start < b for h in labels) and len({fold(h.info.text) for h in labels}) >= 2
        )
    ]
    furniture = _page_furniture(text)
    running_head = {
        ln.strip() for ln in text[: labels[0].cut].split("\n")[:40] if len(ln.strip()) > 3
    }
    # The transcript's speakers by surname (the labels' and their resolved names): an editor's
    # recap under the last answer names one of them ("Ранее Песков заявил …").
    surnames = frozenset(
        n.surname
        for n in [
            *(h.info.name for h in labels),
            *(name_from_phrase(sp) for sp in speakers.values() if sp),
        ]
        if n is not None and len(n.surname) >= 3
    )
    bodies: list[tuple[LabelHit, int, int, str | None]] = []
    captions: list[tuple[int, int]] = []  # photo captions between two turns
    # A court's or a council's live text posts its entries under a clock alone on a line
    # ("11:42" / "Заседание началось с опозданием …" above the first label): where the lead
    # has one, such a clock below a turn opens the next entry, the reporter's, no one's words.
    live_clock = bool(labels) and _LIVE_CLOCK.search(text, 0, labels[0].start) is not None
    # A caption file's cues (two timing lines at least): see _CUE_TIMING.
    captioned = len(_CUE_TIMING.findall(text)) >= 2
    for i, h in enumerate(labels):
        nxt = labels[i + 1].cut if i + 1 < len(labels) else body_end
        start, end = strip_range(text, h.end, min(nxt, max(body_end, h.end)))
        stamp = _LEADING_STAMP.match(text, start, end)  # "Lex Fridman: (00:12) Welcome…"
        if stamp:
            start = stamp.end()
        # A press interview's dash after the label's colon opens the words, as in the dash
        # dialogue below it: "«Известия»: — Олег Николаевич, …?" / "Олег Савин: — Потому что …".
        # (A lowercase word after it is an interrupted sentence going on, its dash the words'
        # own: CNN's "BASH: — so isn't your party …".)
        dash = re.match(rf"[—–][ \t\u00a0]+(?=[{UPPER}«\"„“])", text[start:end])
        if (
            dash is not None
            and re.search(r":[*_]*[ \t]*$", text[h.start : h.end])
            # (an English broadcast's label alone on its line, then a dash before Latin words:
            # the speaker cutting in, the transcript's own mark, kept: "KRISTEN WELKER:" /
            # "– Mr. Secretary, the Pentagon signed off …" after "[CROSSTALK]")
            and not (
                re.match(r"[ \t]*\n", text[h.end : start]) is not None
                and re.match(r"[A-Z]", text[start + dash.end() : end]) is not None
            )
            # (nor where the turn before broke off at a dash, a "(CROSSTALK)" line at most
            # between: the answerer cutting in, the dash the transcript's mark, kept: "… Why
            # should they —" / "(CROSSTALK)" / "JULIE COLLINS: — Andy, can I just correct that.")
            and not (
                i > 0
                and re.match(r"[A-Z]", text[start + dash.end() : end]) is not None
                and _BROKEN_OFF_BEFORE.search(text, labels[i - 1].end, h.start) is not None
            )
        ):
            start += dash.end()
        # A label alone on its line, then an interpreter's note on the next: "Nikos Laskaris:" /
        # "(Interpretation from Greek)" / "Thank you, dear Armen." — the words start below it.
        for a, b in directions:
            # The White House's interpreter's note closes its own sentence ("(As
            # interpreted.)  Thank you, Mr. President."): the transcriber's, before the words;
            # "(Via interpreter) Thank you" runs on into them and stays, as "(Laughs.)" does.
            if (
                a == start
                and b < end
                and (re.match(r"[ \t]*\n", text[b:end]) or _AS_INTERPRETED.fullmatch(text, a, b))
            ):
                start = strip_range(text, b, end)[0]
        language = _LANGUAGE_NOTE.match(text, start, end)
        if language is not None and text[h.end : start].count("\n") >= 1:
            start = language.end()
        # The whole question in bold, its label inside: "**Kyiv Independent: … a complete
        # blackout?**". The bold that opened before the label closes the body: no word of it.
        opened = text[text.rfind("\n", 0, h.start) + 1 : h.end]
        bold = re.match(r"[ \t]*(\*\*|__)", opened)
        if (
            bold is not None
            and opened.count(bold.group(1)) % 2 == 1
            and text[start:end].endswith(bold.group(1))
        ):
            body = text[start : end - 2]
            if body.count(bold.group(1)) % 2 == 0:
                end = start + len(body.rstrip())
        # A question set wholly in italics after its label: "**[JM]** *Why has it taken so
        # long?*" — the marks are the page's typography, no word of the question.
        if re.fullmatch(r"([*_])(?![*_\s])[^*_\n]+(?<![\s*_])\1", text[start:end]):
            start, end = start + 1, end - 1
        closed = (
            _END_MARK.search(text, start, end)
            or _CLOSING_LINE.search(text, start, end)
            or _SECTION_ICON.search(text, start, end)
            or _THREAD_CRUMB.search(text, start, end)
            or _CHAPTERS.search(text, start, end)
        )
        if closed is None and i + 1 == len(labels):
            closed = _UNDERWRITING.search(text, start, end)
        if closed is None and i + 1 == len(labels):
            clock = _END_CLOCK.search(text, start, end)
            if (
                clock is not None
                and re.search(r"[.!?…\"”»)][ \t]*$", text[start : clock.start()].rstrip())
                # (a form's short hint among the site's footer lines is no sentence: "Email
                # Address*" / "Required" / "ZIP Code" / "Please leave blank." / "The White House")
                and not re.search(
                    r"^[ \t]*(?:\S+[ \t]+){3,}[^\n]*[.!?…][\"”»’)]*[ \t]*$",
                    text[clock.end() : end],
                    re.MULTILINE,
                )
                and len(text[clock.end() : end].split()) <= 80
            ):
                closed = clock
        if closed is None and i + 1 == len(labels):
            foot = _PAGE_FOOT.search(text, start, end)
            if (
                foot is not None
                and re.search(r"[.!?…\"”»)][ \t]*$", text[start : foot.start()].rstrip())
                and len(text[foot.end() : end].split()) <= 60
                and not _SPOKEN_PERSON.search(text, foot.end(), end)
            ):
                closed = foot
        if closed is not None:
            end = len(text[: closed.start()].rstrip())
        cue = _CUE_TIMING.search(text, start, end) if captioned else None
        if cue is not None:
            end = len(text[: cue.start()].rstrip())
        clock = _LIVE_CLOCK.search(text, start, end) if live_clock else None
        if clock is not None:
            end = len(text[: clock.start()].rstrip())
        end = _trim_directions(text, start, end, directions)
        end = _trim_page_furniture(text, start, end, furniture)
        if i + 1 == len(labels):
            # (the tags themselves may already lie in the trailing block)
            notice = _TAGGED_NOTICE.search(text, start)
            if (
                notice is not None
                and notice.start("notice") < end
                and not text[notice.end() : end].partition("\n")[2].strip()
                and not _SPOKEN_PERSON.search(notice.group("notice"))
            ):
                end = len(text[: notice.start()].rstrip())
        tags = _TURN_END_TAGS.search(text[start:end])
        if tags is not None:
            end = start + tags.start()
        # (an ad slot's label glued on the same way: "… so quickly.Advertisement")
        end = glued_ad_start(text, start, end)
        if running_head:
            trimmed = _trim_running_head(text, start, end, running_head, last=i + 1 == len(labels))
            if trimmed != end:
                # CNN's "(COMMERCIAL BREAK)" above the repeated "Return to Transcripts main
                # page" at the foot: the direction is the body's end once the link is off.
                end = _trim_directions(text, start, trimmed, directions)
        if i + 1 == len(labels):
            end = _trim_kicker(text, start, _trim_closing_caption(text, start, end), surnames)
            # An editor's note on a line of its own under the last words, only the site's
            # footer rows below it (no sentence): the Bundestag's "(Rest of the question time
            # not translated.)" / "German Bundestag | Platz der Republik 1, 11011 Berlin".
            for a, b in directions:
                rest = text[b:end]
                if (
                    start < a < end
                    and rest.strip()
                    and text[a - 1] == "\n"
                    and re.match(r"[ \t]*\n", rest) is not None
                    and re.search(r"[.!?…][\"”»’)]*[ \t]*(?:\n|$)", rest) is None
                    and len(rest.split()) <= 30
                ):
                    end = _trim_directions(text, start, b, directions)
                    break
            minutes = _MINUTES_SIGNED.search(text, start, end)
            if minutes is not None and re.search(
                r"[.!?…\"”»)]$", text[start : minutes.start()].rstrip()
            ):
                end = len(text[: minutes.start()].rstrip())
            notice = _INFO_NOTICE.search(text, start, end)
            if notice is not None and re.search(
                r"[.!?…\"”»)][ \t]*$", text[start : notice.start()].rstrip()
            ):
                end = len(text[: notice.start()].rstrip())
            # A dossier box under the last answer, its heading alone on a line (Novy
            # Kaliningrad's "Справка" / "Андрей Шубин родился в 1971 году …"), is the page's.
            end = _dossier_start(text, start, end)
            end = trailing_rule_heading(text, start, end)
            cut = earlier_story_start(text, start, end)
            if cut != end:
                # (a direction over the pointer closes the turn: "… приходьте." / "(Оплески)" /
                # "Нагадаємо, раніше міська рада виділила …")
                cut = _trim_directions(text, start, cut, directions)
            end = _thanks_then_narration(
                text, start, cut, farewell=i > 0 and _thanked(text, labels[i - 1].end, h.start)
            )
            # A "More stories" box of headline links under the last answer ("Also Read" /
            # "Karnataka's tank rejuvenation: …"), above the page's appeal: the page's.
            boxed = _trim_furniture(text, start, end)
            if boxed < end and _READ_ALSO.match(text[boxed:end].lstrip()) is not None:
                end = boxed
        # A photo's caption glued onto the last sentence by a lost line break, its credit in
        # brackets closing it: "… would be substantial.Photo: The Treasurer says … (ABC News:
        # Matt Roberts)" — the page's, no one's words.
        glued_caption = _GLUED_CAPTION.search(text, start, end)
        if glued_caption is not None and glued_caption.end() == end:
            end = glued_caption.start()
        if i + 1 < len(labels):
            end = _trim_directions(text, start, furniture_start(text, start, end), directions)
            end = _trim_furniture(text, start, _trim_heading(text, start, end))
            end = _trim_caps_lines(text, start, end)
            end = _trim_participle_caption(text, start, end)
            end = trim_lead_tagged_caption(text, start, end)
            end = _trim_pull_quote(text, start, _trim_signup_box(text, start, end))
            # A direction above the heading just cut: "… let them decide—" / "(The President
            # cut off the speaker)" / "Catch-the-eye procedure" before the next label.
            end = _trim_directions(text, start, end, directions)
        if end > start and not _only_directions(text, start, end, directions):
            bodies.append((h, start, end, speakers.get(h.start)))
            if i + 1 < len(labels):
                captions.extend(caption_paragraphs(text, end, nxt))
    if captioned:
        # A cue the same label goes on in, with only the cue's number and timing between: one
        # turn broken by the caption file (see _CUE_TIMING).
        merged: list[tuple[LabelHit, int, int, str | None]] = []
        for entry in bodies:
            if merged:
                h0, s0, e0, sp0 = merged[-1]
                gap = text[e0 : entry[0].cut]
                if (
                    fold(h0.text) == fold(entry[0].text)
                    and gap.strip()
                    and not _CUE_TIMING.sub("", gap).strip()
                ):
                    merged[-1] = (h0, s0, entry[2], sp0)
                    continue
            merged.append(entry)
        bodies = merged
    # The one person the header says speaks ("Press remarks by High Representative …"): who
    # answers questions printed with a label of their own when no answer has one.
    principals = {
        n.key: n for k, n in header if k.startswith((*_INTERVIEWEE_KINDS, *_STATEMENT_KINDS))
    }
    principal = next(iter(principals.values())).display() if len(principals) == 1 else None
    if not principals and all(h.info.kind is LabelKind.QUESTION for h in labels):
        # Only the questions carry a label ("Q: …"), and the header names only who asks ("In an
        # interview with TOI's Rohit Mehra, Bhandarkar also spoke about …"): who answers is
        # the one the lead speaks of most ("Union minister Suresh Bhandarkar says …").
        lead = text[: min(labels[0].cut, 3000)]
        askers = [n for k, n in header if k.startswith(_INTERVIEWER_KINDS)]
        subject = _most_named(lead, lead, askers)
        principal = subject.display() if subject is not None else None
        if principal is None and bodies:
            # A lead that names the interviewee only by post ("A first-term state senator says
            # she is done waiting"): the first question may address them in full ("Q: Senator
            # Dolores Ruiz, you campaigned on rail. …").
            _, s0, e0, _ = bodies[0]
            principal = _addressed_in_full(text[s0:e0])
    bodies = _implied_answers(text, bodies, principal)
    bodies = _witness_answers(text, bodies, witnesses)
    bodies, lead_cut = _bold_questions(text, bodies, labels[0].cut, header)
    bodies, lead_cut = _plain_questions(text, bodies, lead_cut, header)
    bodies, lead_cut = _numbered_questions(text, bodies, lead_cut, header)
    bodies, lead_cut = _signed_questions(text, bodies, lead_cut, header)
    bodies = _podium_voices(text, bodies)
    bodies = _gesture_breaks(text, bodies, directions)
    bodies = _clerk_narration_cut(text, bodies)
    bodies = _closing_calls(text, bodies)
    bodies, narrated = _correspondent_narration(text, bodies, byline)
    # "CROSS-EXAMINATION BY MR. RUBENSTEIN:" over labelled voices, with no "Q." / "A." lines
    # under it (an energy board's or a tribunal's record): the labels are the testimony, not
    # a deposition's colloquy.
    examination = bool(examiners) and any(
        b[0].info.kind in (LabelKind.QUESTION, LabelKind.ANSWER) for b in bodies
    )
    # A podcast's two numbered voices that no note names: the host who welcomes the listener
    # and says "I'm Anne McElvoy" in the first turn, and the guest that turn welcomes by name
    # ("Alexander Stubb, welcome to Power Play.") who thanks for it in the next; named before
    # the roles are read, so the host asks and the guest answers.
    hosted = _welcomed_voices(bodies, text)
    if hosted:
        # (every voice is unnamed otherwise: see _welcomed_voices; a voice it cannot name stays)
        bodies = [(h, start, end, hosted.get(fold(h.text), sp)) for h, start, end, sp in bodies]
    # A panel's numbered voices that each say who they are in their own first turn ("… I'm Ivo
    # Daalder, I'm the president of …", "Thanks, Ivo. So I'm Kori Schake, I direct …"): each
    # voice is the person it names (read only where no host's welcome named the voices).
    introduced_voices = {} if hosted else _self_introduced_voices(bodies, text)
    if introduced_voices:
        bodies = [
            (h, start, end, introduced_voices.get(fold(h.text), sp)) for h, start, end, sp in bodies
        ]
    roles = _roles(
        text, bodies, header, clips, labels, examination=examination, chair=_chair(preface)
    )
    if hosted:
        # The voices _welcomed_voices named: the host's opening addresses the listener (a
        # statement), the guest's thanks for the welcome is a courtesy ("other"), and a clip
        # the host plays answers no one (a statement).
        host_voice, guest_voice = (fold(bodies[0][0].text), fold(bodies[1][0].text))
        roles = [
            "statement"
            if i == 0 or fold(b[0].text) not in (host_voice, guest_voice)
            else "other"
            if i == 1
            else role
            for i, (b, role) in enumerate(zip(bodies, roles, strict=True))
        ]
    if introduced_voices and fold(bodies[0][0].text) in introduced_voices and roles[0] == "other":
        # The chair's opening that says who it is welcomes the room: a statement, as a
        # podcast host's welcome is (above).
        roles[0] = "statement"
    # The correspondent's narration asks no one: "other", as her "(voice-over)" is.
    roles = [
        "other" if b[0].implied and b[1] in narrated else role
        for b, role in zip(bodies, roles, strict=True)
    ]
    # A member rising on a point of order ("Point of order. The Minister was asked a simple
    # yes-or-no question …", "Point of order, Mr Speaker.") addresses the chair: no answer.
    roles = [
        "statement" if role == "answer" and _POINT_OF_ORDER.match(text, start) is not None else role
        for (_, start, _, _), role in zip(bodies, roles, strict=True)
    ]
    # (with the names themselves: a reporter may share the surname of the one answering)
    answering = AnsweringSide(
        n
        for (_, _, _, sp), role in zip(bodies, roles, strict=True)
        if sp and role != "question" and (n := name_from_phrase(sp)) is not None
    )
    for k, n in header:
        if k.startswith(_INTERVIEWEE_KINDS):
            answering.add_name(n)
    # (their full names too: a reporter who shares a surname with the official, "Марта Гнатюк,
    # «Суспільне»." under the mayor Андрій Гнатюк, is a namesake, not an address to him)
    answering_names = [
        n
        for (_, _, _, sp), role in zip(bodies, roles, strict=True)
        if sp and role != "question" and (n := name_from_phrase(sp)) is not None
    ] + [n for k, n in header if k.startswith(_INTERVIEWEE_KINDS)]
    # A conference call's operator labels ("Operator:"): the start of each of their turns.
    operated = {
        b[1] for b in bodies if b[0].info.role == "operator" or fold(b[0].info.text) == "operator"
    }
    voiced: dict[str, set[str]] = {}
    # The labels each resolved speaker stands under: a journalist's post label that resolved
    # to the moderator the lead names ("Журналістка:" beside "Модераторка:" under "…
    # Модерувала пресконференцію журналістка Укрінформу Дарина Яковенко") is no one's.
    labels_of: dict[str, set[str]] = {}
    for hit, _, _, who in bodies:
        if who is not None:
            labels_of.setdefault(who, set()).add(fold(hit.info.text))
    # A bare "Вопрос:" a host has put through as a call who said who she is (its index).
    called: set[int] = set()
    # A questioner from the floor the chair called by name: label -> (index, name).
    floor_called: dict[str, tuple[int, str]] = {}
    # A resident who said who she is at the microphone, under a bare "Жительница:": label ->
    # (index, name).
    introduced: dict[str, tuple[int, str]] = {}
    for i, ((h, start, end, speaker), role) in enumerate(zip(bodies, roles, strict=True)):
        if (
            role == "answer"
            and speaker is None
            and i > 0
            and not h.implied
            and h.info.name is None
            and fold(h.info.text) in PHONE_IN_CALLERS
        ):
            # A phone-in with no guest, where the host questions the callers ("SHELAGH
            # FOGARTY: … Gary is in Bexleyheath. Gary, you're a landlord, I gather." / "CALLER:
            # I am, Shelagh, …"): the caller the host's turn puts through, and the same caller
            # again under the same label while only the host's questions come between.
            prev = bodies[i - 1]
            named = _handed_caller(h.info.text, text[prev[1] : prev[2]], answering)
            if (
                named is None
                and i >= 2
                and roles[i - 1] == "question"
                and fold(bodies[i - 2][0].info.text) == fold(h.info.text)
                and _NEW_CALLER.search(text[prev[1] : prev[2]]) is None
            ):
                named = bodies[i - 2][3]
            if named is not None:
                bodies[i] = (h, start, end, named)
        elif (
            # A reporter's closing thanks under "Question:" ("Shaukat Piracha, Aaj News. Thank
            # you, sir, for the briefing.") is "other" but still says who speaks.
            (
                role == "question"
                or (role == "other" and h.info.kind in (LabelKind.QUESTION, LabelKind.INTERVIEWER))
            )
            and (
                speaker is None
                or h.info.outlet is not None  # a person beats "(Reuters)"
                or (
                    role == "question"
                    and h.info.kind is LabelKind.INTERVIEWER
                    and len(labels_of.get(speaker, ())) > 1
                )
            )
            and not h.implied
            and h.info.name is None
            and h.info.kind in (LabelKind.QUESTION, LabelKind.INTERVIEWER)
        ):
            # "Вопрос: Анна Белова, «Российская газета». …": the asker says who she is.
            named = _self_introduced(
                text[start:end],
                answering,
                caller=fold(h.info.text) in PHONE_IN_CALLERS,
                answering_names=answering_names,
            )
            if role == "question":
                # "Суспільне Житомир ще раз.": the outlet "again" is the reporter who gave it
                # with her name at an earlier question, not a person of that name.
                named = (
                    _outlet_again(
                        text[start:end],
                        [
                            (text[b[1] : b[2]], b[3])
                            for b, r in zip(bodies[:i], roles[:i], strict=True)
                            if r == "question"
                        ],
                    )
                    or named
                )
            # Thanks name no one else: only the reporter's own introduction counts for them.
            asking = role == "question"
            if asking and named is None and speaker is None:
                # "Запитання: Укрінформ. Чи є вже дата …": the outlet alone opens the question,
                # as a sentence of its own; the outlet asks, as under "Питання (Укрінформ):".
                opener = re.match(r"[ \t]*([^\n.?!:,;«»\"]{2,40})\.[ \t]+\S", text[start:end])
                if opener is not None and _news_outlet(opener.group(1).strip()):
                    named = " ".join(opener.group(1).split())
            if asking and named is None and i > 0 and roles[i - 1] != "question":
                prev = bodies[i - 1]
                named = _called_asker(text[prev[1] : prev[2]], answering)
            if named is None and speaker is None and i > 0 and roles[i - 1] != "question":
                prev = bodies[i - 1]
                named = _handed_caller(h.info.text, text[prev[1] : prev[2]], answering)
            if asking and named is None and speaker is None:
                # "ВИДЕОВОПРОС: Здравствуйте, меня зовут Николай Кравец, я пенсионер …": the
                # asker says who she is, as a resident at the microphone does.
                named = _named_at_mic(
                    text[start:end],
                    answering,
                    caller=fold(h.info.text) in PHONE_IN_CALLERS
                    or (
                        i > 0
                        and bool(_PUT_THROUGH.search(text[bodies[i - 1][1] : bodies[i - 1][2]]))
                    ),
                )
                if named is not None and fold(h.info.text) not in PHONE_IN_CALLERS:
                    called.add(i)
            if asking and named is None and speaker is None:
                gap = text[bodies[i - 1][2] : h.start] if i > 0 else ""
                named = _follow_up_asker(
                    text[start:end], bodies, roles, i, answering, gap=gap, text=text
                )
            if asking and named is None and speaker is not None and _outlet_asking_label(h):
                # "Journalist (Ekot): And when …?" after the reporter named herself under the
                # same label: her short follow-up, not the outlet's (the short follow-up
                # convention only).
                named = _follow_up_asker(
                    text[start:end], bodies, roles, i, answering, text=text, outlet_label=True
                )
            if asking and named is None and speaker is None:
                named = _host_said_who(text[start:end], header)
            if asking and named is None and speaker is None and operated:
                named = _line_kept(bodies, roles, i, operated)
            if (
                role == "other"
                and named is None
                and speaker is None
                and _BARE_THANKS.fullmatch(text[start:end])
            ):
                # "INTERLOCUTOR: Thank you." straight after the answer to Daniela Ruiz's
                # question: the reporter who asked thanks for the answer.
                named = _follow_up_asker("", bodies, roles, i, answering, thanks=True)
            body = text[start:end]
            if (
                i >= 2
                # (the guest's answer may have named the caller already: "Maureen, I'm really
                # sorry …", the same caller the host put through)
                and (named is None or named == bodies[i - 2][3])
                and speaker is None
                and (fold(h.info.text) in PHONE_IN_CALLERS or i - 2 in called)
                and fold(bodies[i - 2][0].info.text) == fold(h.info.text)
                # ("Oh, right to the ground. Okay, I'll do that tonight. Thank you so much.")
                and len(body.split()) <= 15
                and "?" not in body
                and _PARTING_THANKS.search(body) is not None
            ):
                # A phone-in caller's parting words after the guest's answer, under the same
                # role label ("CALLER: Okay, I'll tell her. Thank you, Sheriff.", "Слушательница:
                # Спасибо, будем ждать."): the caller who asked, and no question.
                if named is None:
                    named = _follow_up_asker("", bodies, roles, i, answering, thanks=True)
                if named is not None:
                    roles[i] = "other"
            if named is not None:
                bodies[i] = (h, start, end, named)
        elif role == "question" and speaker is None and h.info.kind is LabelKind.ANONYMOUS:
            # "RESIDENT: Hi, my name is Dale Porter, I've lived on County Road 9 …": the
            # resident at the microphone says who she is.
            named = _named_at_mic(text[start:end], answering)
            if named is None:
                # A member of the audience who gives name and firm before asking ("AUDIENCE
                # MEMBER: Thank you. Paul Okoro, Harbor Capital. Do you …"), as a reporter does.
                named = _self_introduced(text[start:end], answering)
            if named is None:
                # "Участник слушаний: Гусев Павел Андреевич, посёлок Лямино. …": surname first.
                named = _surname_first_at_mic(text[start:end], answering)
            # A council's public question time: the chair calls each questioner ("The next
            # question is from Mr Gareth Moss.") and the bare "QUESTIONER:" is that person,
            # through the supplementary too, until the chair calls the next.
            called_by = (
                _called_asker(text[bodies[i - 1][1] : bodies[i - 1][2]], answering)
                if i > 0 and roles[i - 1] != "question"
                else None
            )
            if named is None:
                named = called_by
            floor = fold(h.text)
            if named is None and floor in floor_called:
                j, floor_name = floor_called[floor]
                if all(
                    _called_asker(text[b[1] : b[2]], answering) is None for b in bodies[j + 1 : i]
                ):
                    named = floor_name
            if named is not None and (called_by is not None or floor in floor_called):
                floor_called[floor] = (i, named)
            if named is None:
                answer = text[bodies[i - 1][1] : bodies[i - 1][2]] if i > 0 else ""
                named = _still_at_mic(introduced, floor, roles, i, text[start:end], answer)
            elif not _NUMBERED_VOICE.search(h.info.text):
                introduced[floor] = (i, named)
            if named is not None:
                bodies[i] = (h, start, end, named)
                if _NUMBERED_VOICE.search(h.info.text):
                    # (Rev numbers each voice from the floor: "Audience Member 1 (01:12):"
                    # / "… My name is Carl Jensen, …" is that voice all through)
                    voiced[fold(h.text)] = voiced.get(fold(h.text), set()) | {named}
        elif (
            speaker is None
            and h.info.kind is LabelKind.ANONYMOUS
            and (named := _still_at_mic(introduced, fold(h.text), roles, i, text[start:end]))
            is not None
        ):
            # The resident's reply to the answer she was given ("Жительница: Я вам позвоню, не
            # сомневайтесь."), under the same bare label, the answering side only between.
            bodies[i] = (h, start, end, named)
        elif role == "question" and speaker in (None, h.text) and _unknown_voice(h) and i > 0:
            # A video call's "Участник 5:" after the moderator's "Первой руку подняла Анна
            # Светлова, «Томский вестник». Анна, включайте микрофон.": the one called on.
            prev = bodies[i - 1]
            # An Otter town hall's "Speaker 5  5:36" / "Hi. My name is Doris Pelletier, …": the
            # resident at the microphone says who she is.
            named = _named_at_mic(text[start:end], answering) or _called_asker(
                text[prev[1] : prev[2]], answering
            )
            if named is not None:
                bodies[i] = (h, start, end, named)
                voiced[fold(h.text)] = voiced.get(fold(h.text), set()) | {named}
        elif (
            role != "question"
            and speaker in (None, h.text)
            and _unknown_voice(h)
            and (named := _named_at_mic(text[start:end], answering)) is not None
        ):
            # An official the host hands the microphone to, numbered by the transcript ("Speaker
            # 1 (01:48):" / "Thank you, Governor. Good afternoon. My name is Marisol Tejada,
            # I'm the regional director …"): she says who she is.
            bodies[i] = (h, start, end, named)
            voiced[fold(h.text)] = voiced.get(fold(h.text), set()) | {named}
        elif (
            role == "question"
            and speaker is not None
            and " " not in speaker
            and h.info.kind is LabelKind.PERSON
            and (named := _self_introduced(text[start:end], answering)) is not None
            and named.split()[0] == speaker
        ):
            # Zoom's "iPhone (Сергей): Сергей Тихонов, РИА «Сибирь». …": the first name the
            # display shows, completed by the asker's own introduction.
            bodies[i] = (h, start, end, named)
    # An automatic transcript numbers one voice the same all through: the name the voice gave
    # once ("Speaker 5": "Hi. My name is Doris Pelletier …") is that voice's other turns' too.
    for i, (h, start, end, speaker) in enumerate(bodies):
        given = voiced.get(fold(h.text), set())
        numbered_floor = h.info.kind is LabelKind.ANONYMOUS and bool(
            _NUMBERED_VOICE.search(h.info.text)
        )
        if len(given) == 1 and speaker in (None, h.text) and (_unknown_voice(h) or numbered_floor):
            bodies[i] = (h, start, end, next(iter(given)))
            if (
                numbered_floor
                and roles[i] == "other"
                and i >= 2
                and roles[i - 1] == "answer"
                and fold(bodies[i - 2][0].text) == fold(h.text)
                and _PARTING_THANKS.search(text[start:end]) is None
            ):
                # The same voice pressing the answer it just got ("Audience Member 1:
                # That's not an answer."): a follow-up, no parting word, and the reply
                # to it answers.
                roles[i] = "question"
                if (
                    i + 1 < len(bodies)
                    and roles[i + 1] == "statement"
                    and bodies[i + 1][3] is not None
                    and bodies[i + 1][3] == bodies[i - 1][3]
                ):
                    roles[i + 1] = "answer"
    spans: list[Span] = []
    names = [h.info.name for h in labels if h.info.name is not None]
    # The labels' speakers as resolved from the whole page: "(Prime Minister Morioka)" answers
    # as "Kenji Morioka" (the banner's "MORIOKA Kenji"), so the heading's "[Opening Statement
    # by Prime Minister Morioka]" over the unlabelled opening names him in full too.
    names += [n for sp in dict.fromkeys(speakers.values()) if sp and (n := name_from_phrase(sp))]
    pre = _preamble(text, lead_cut, header, names)
    if pre is not None:
        start, end, speaker = pre
        if speaker is None:
            speaker = _opening_speaker(text[start:end], bodies, roles)
        if speaker is None:
            # An interview's introduction starts at the lead, under the page's header block.
            start = _intro_start(text, start, end)
        attrs: dict[str, Any] = {
            "speaker": speaker,
            "speaker_label": None,
            "label_span": None,
            "index": 0,
        }
        spans.append(Span(start, end, "statement" if speaker else "other", attrs=attrs))
    # (or the page is a parliament's record: "Hansard (debates)", "Questions for Oral Answer")
    chamber = (
        re.search(
            r"\b(?:Mr|Madam|Mister)\.?[ \t]+Speaker\b|\bHansard\b"
            r"|\bQuestions[ \t]+for[ \t]+Oral[ \t]+Answers?\b",
            text,
        )
        is not None
    )
    for (h, start, end, speaker), role in zip(bodies, roles, strict=True):
        if speaker == h.text and _unknown_voice(h):
            # "Speaker 2:" that no note names: the label stays in speaker_label, but the text
            # does not say who speaks.
            speaker = None
        if (
            speaker is not None
            and speaker.isalpha()
            and speaker.isupper()
            and len(speaker) <= 3
            # (mid-sentence, so no sentence's opening "Who" makes the WHO's label a name)
            and re.search(rf"(?<=[a-z,][ \t]){speaker[0]}{speaker[1:].lower()}\b", text)
        ):
            # A short first name in capitals kept as if an acronym ("KAT (mod, off-mic):"),
            # which the words write in title case ("Yes, hi Kat."): her name, as the page
            # spells it (an outlet's "CNN" is never written "Cnn").
            speaker = speaker[0] + speaker[1:].lower()
        if (
            speaker is None
            and h.info.kind is LabelKind.ANONYMOUS
            and fold(h.text) == "speaker"
            and chamber
        ):
            # A parliament's bare "SPEAKER: Order! Order! …" where members address "Mr
            # Speaker": the chair's office, as "The Speaker:" is (no numbered unknown voice).
            speaker = "Speaker"
        attrs = {
            "speaker": speaker,
            "speaker_label": None if h.implied else h.text,
            "label_span": None if h.implied else [h.start, h.end],
            "index": len(spans),
        }
        spans.append(Span(start, end, role, attrs=attrs))
    if captions:
        # A photo's caption between two turns is the page's, nobody's words: its own row.
        for a, b in captions:
            attrs = {"speaker": None, "speaker_label": None, "label_span": None, "index": 0}
            spans.append(Span(a, b, "other", attrs=attrs))
        spans.sort(key=lambda sp: sp.start)
        spans = [
            Span(sp.start, sp.end, sp.label, attrs={**sp.attrs, "index": at})
            for at, sp in enumerate(spans)
        ]
    spans = _dialogue_after_one_exchange(text, body_end, header, labels, spans)
    return Structure(labels, directions, tuple(spans))


# An Australian tribunal's or royal commission's transcript prints the witness's answer in the
# examiner's own numbered paragraph, after "?---" (Fair Work Commission: "PN213" / "MR KELLETT:
# Ms Tran, you have been the nurse unit manager since March 2021?---That's right, since the
# first week of March."); a proposition put may close with ".---" instead.
_WITNESS_SPLIT = re.compile(r"(?<=[?.!…\"”’])---(?=[ \t]*\S)")
# That transcript's furniture between the paragraphs: the paragraph number ("PN214"), the
# witness and examination lines ("<HUONG TRAN, ON FORMER AFFIRMATION   [10.05 AM]", "<THE
# WITNESS WITHDREW") and the page footer ("***   HUONG TRAN   XXN MR KELLETT").
_TRANSCRIPT_LINE = re.compile(r"[ \t]*(?:PN\d{1,6}|<[^\n]*|\*{3}[^\n]*)[ \t]*")


def _still_at_mic(
    introduced: dict[str, tuple[int, str]],
    floor: str,
    roles: Sequence[str],
    i: int,
    body: str,
    answer: str = "",
) -> str | None:
    """The resident who introduced herself under the same bare floor label ("Житель:
    Добрый вечер. Колесников Виктор, …"), still at the microphone: only answers between her
    turn and this brief one, which greets nobody ("Житель: То есть на следующей неделе
    точно?"). Once the chair speaks ("Коллеги, время. Последний вопрос."), the next "Житель:"
    is someone else; so is one who greets the room ("AUDIENCE MEMBER: Hi. I teach at …")."""
    if floor not in introduced:
        return None
    j, name = introduced[floor]
    # The answer just given opens on her first name ("Thanks, Peter. No, it is not. …"), the
    # chair's hand-over before it: the floor's next words under her label are her follow-up.
    given = name.split()[0]
    if (
        i - j >= 2
        and roles[i - 1] == "answer"
        and "question" not in roles[j + 1 : i]
        and re.match(
            rf"[ \t]*(?:(?:Thanks|Thank[ \t]+you|Yes|Well)[ \t]*,[ \t]*)?{re.escape(given)}[,.!]",
            answer,
        )
        is not None
        and len(body.split()) <= 30
        # (her follow-up carries on from the answer, "So what are you spending the cash on …?";
        # a fresh question, "Pupil: What's the hardest part of being Prime Minister?" after
        # "Amira, first of all, …", is the next voice's from the floor)
        and _CARRIES_ON.match(body.lstrip()) is not None
    ):
        return name
    if i - j < 2 or any(role != "answer" for role in roles[j + 1 : i]):
        return None
    greeting = _GREETING.match(body.lstrip())
    if (greeting is not None and greeting.end() > 0) or len(body.split()) > 30:
        return None
    # A question under the label is hers only when it sums up the answer ("То есть …",
    # "Тобто …", "So you're saying …"): "RESIDENT: Glen Sawka, can you tell us …?" after the
    # reeve's answer is the next resident's.
    # (or asks, in a few words, what if the answer's promise fails: "Студентка: А якщо не
    # завершать?"; a longer "RESIDENT: And if we don't like how it goes, what can we …?" may
    # be anyone on the floor)
    if (
        roles[i] == "question"
        and _RESTATED.match(body.lstrip()) is None
        and (_WHAT_IF.match(body.lstrip()) is None or len(body.split()) > 6)
        # (or says it is her own next one, at the very start: "QUESTIONER: A follow-up on
        # Ukraine, if I may. …?", "Follow-up on Ethiopia. When …?" — a new voice greets or
        # names itself first)
        and _OPENING_FOLLOW_UP.match(body) is None
        and _OWN_FOLLOW_UP.match(body) is None
    ):
        return None
    return name


# "Follow-up on Ethiopia. When …?": the floor's own word that this is its next question, the
# topic a sentence of its own (see _still_at_mic: only under the label of one who named herself).
_OWN_FOLLOW_UP = re.compile(r"[ \t]*(?:A[ \t]+)?[Ff]ollow[- ]up[ \t]+on[ \t]+[^\n.?!]{1,40}[.:]")
# A follow-up's opening word that carries on from the answer just given.
_CARRIES_ON = re.compile(
    r"(?:So|And|But|Then|Okay|OK|Right|Well|Sorry|Just|Yes|No|Так|А|Но|И|То[ \t]+есть|Тобто|Але"
    r"|І)\b"
)
_WHAT_IF = re.compile(r"(?:А[ \t]+якщо|А[ \t]+если|And[ \t]+if|What[ \t]+if)[ \t]+[^\n]{0,80}\?$")


# A speaker's own gesture noted on a line of its own in the middle of a turn: "(Демонстрирует
# слайд.)" — the turn before it ends there, and the same speaker's words below it are a turn of
# their own (see "Stage directions": a direction on its own line ends the turn before it).
_GESTURE_LINE = re.compile(r"[ \t]*\((?:Демонстрирует|Демонструє)[ \t]+[^()\n]{1,40}\)[ \t]*")


def _gesture_breaks(
    text: str,
    bodies: list[tuple[LabelHit, int, int, str | None]],
    directions: Sequence[tuple[int, int]],
) -> list[tuple[LabelHit, int, int, str | None]]:
    """Each body parted at a gesture direction alone on its line (see _GESTURE_LINE) with words
    of the same speaker above and below it."""
    out: list[tuple[LabelHit, int, int, str | None]] = []
    for h, start, end, speaker in bodies:
        cuts = [
            (a, b)
            for a, b in directions
            if start < a
            and b < end
            and _GESTURE_LINE.fullmatch(text, text.rfind("\n", 0, a) + 1, b) is not None
            and re.match(r"[ \t]*(?:\n|\Z)", text[b:end]) is not None
            and text[start:a].strip()
            and text[b:end].strip()
        ]
        for a, b in cuts:
            out.append((h, start, len(text[:a].rstrip()), speaker))
            nxt = b + len(text[b:end]) - len(text[b:end].lstrip())
            h = dataclasses.replace(h, start=nxt, end=nxt, cut=nxt, implied=True)
            start = nxt
        out.append((h, start, end, speaker))
    return out


# The Congressional Record's own paragraph telling what the clerk does after the chair's words:
# "The senior assistant legislative clerk read the following letter:", "The legislative clerk
# proceeded to call the roll.", "The bill clerk read as follows:". The record's narration, not
# the chair's words: the turn ends above it, and what it introduces (the letter read out, the
# roll) is nobody's turn until the next label.
_CLERK_NARRATION = re.compile(
    r"^[ \t]*The[ \t]+(?:(?:senior|assistant|legislative|bill|journal|reading)[ \t]+){0,3}"
    r"[Cc]lerk[ \t]+(?:read|proceeded[ \t]+to[ \t]+(?:call|read)|called)\b[^\n]{0,120}[.:][ \t]*$"
    # A UN verbatim record narrates a head of state's coming and going on a line of its own:
    # "Mr. John Dramani Mahama, President of the Republic of Ghana, was escorted into the
    # General Assembly Hall." / "… was escorted from the rostrum." — the record's, no one's words.
    r"|^[ \t]*(?:Mr|Mrs|Ms|Dr|Sir|Dame|His|Her|King|Queen|Prince|Princess|Sheikh)\b[^\n]{0,160}?"
    r"[ \t]+was[ \t]+escorted[ \t]+(?:in)?(?:to|from)[ \t]+the[ \t]+[^\n]{1,60}\.[ \t]*$",
    re.MULTILINE,
)


def _clerk_narration_cut(
    text: str, bodies: list[tuple[LabelHit, int, int, str | None]]
) -> list[tuple[LabelHit, int, int, str | None]]:
    """Each body ended above the record's clerk narration (see _CLERK_NARRATION), when words of
    the speaker stand above it."""
    out = []
    for h, start, end, speaker in bodies:
        m = _CLERK_NARRATION.search(text, start, end)
        if m is not None and text[start : m.start()].strip():
            end = len(text[: m.start()].rstrip())
        out.append((h, start, end, speaker))
    return out


# A chair's opening statement closed by a paragraph that only calls the next member by title and
# surname: "… and not in the 2040s." / "" / "Senator Reed?". The call hands the floor on, a turn
# of its own (the same speaker), not the statement's last words.
_CALL_PARAGRAPH = re.compile(
    r"\n[ \t]*\n[ \t]*(?P<call>(?:Senator|Congressman|Congresswoman|Representative|Ranking"
    r"[ \t]+Member|Chairman|Chairwoman|Mr\.|Ms\.|Mrs\.|Dr\.|Secretary|General|Admiral)"
    r"[ \t]+(?:Mc|Mac|O['’])?[A-Z][a-z'’\-]+\?)[ \t]*\Z"
)


def _closing_calls(
    text: str, bodies: list[tuple[LabelHit, int, int, str | None]]
) -> list[tuple[LabelHit, int, int, str | None]]:
    """Each body parted before a closing paragraph that only calls the next member (see
    _CALL_PARAGRAPH), when the paragraphs above it hold the speaker's statement."""
    out: list[tuple[LabelHit, int, int, str | None]] = []
    for h, start, end, speaker in bodies:
        m = _CALL_PARAGRAPH.search(text, start, end)
        if m is not None and len(text[start : m.start()].split()) >= 8:
            out.append((h, start, len(text[: m.start()].rstrip()), speaker))
            at = m.start("call")
            out.append(
                (dataclasses.replace(h, start=at, end=at, cut=at, implied=True), at, end, speaker)
            )
            continue
        out.append((h, start, end, speaker))
    return out


def _witness_answers(
    text: str,
    bodies: list[tuple[LabelHit, int, int, str | None]],
    witnesses: Sequence[tuple[int, Name]],
) -> list[tuple[LabelHit, int, int, str | None]]:
    """Split each "question?---answer" paragraph (see _WITNESS_SPLIT) into the examiner's
    question and the witness's answer, the witness named by the last "<NAME, SWORN" line above
    (else unnamed). An unlabelled paragraph below an answer is the examiner going on ("PN214" /
    "And in that role you prepare the roster four weeks ahead?---…"): a turn of its own, the
    label's speaker's. Only on a page with at least two such splits."""
    if len(_WITNESS_SPLIT.findall(text)) < 2:
        return bodies
    answer_info = LabelInfo(LabelKind.ANSWER, "A")
    out: list[tuple[LabelHit, int, int, str | None]] = []
    for h, start, end, speaker in bodies:
        pieces: list[tuple[int, int, bool]] = []  # (start, end, whether the witness's)
        for para in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text[start:end]):
            # The paragraph without its furniture lines (its number above, a footer below).
            kept = [
                (start + para.start() + m.start(), start + para.start() + m.end())
                for m in re.finditer(r"[^\n]+", para.group())
                if _TRANSCRIPT_LINE.fullmatch(m.group()) is None
            ]
            if not kept:
                continue
            a, b = kept[0][0], kept[-1][1]
            split = _WITNESS_SPLIT.search(text, a, b)
            if split is None:
                if pieces and not pieces[-1][2]:
                    pieces[-1] = (pieces[-1][0], b, False)
                else:
                    pieces.append((a, b, False))
                continue
            rest = text[split.end() : b]
            pieces.append((a, split.start(), False))
            pieces.append((b - len(rest.lstrip()), b, True))
        if len(pieces) <= 1:
            # Nothing split here: the body as it was, any furniture below its words off.
            out.append((h, start, pieces[0][1] if pieces else end, speaker))
            continue
        for k, (a, b, by_witness) in enumerate(pieces):
            if by_witness:
                named = [n for at, n in witnesses if at < a]
                hit = dataclasses.replace(
                    h, start=a, end=a, cut=a, text="A", info=answer_info, implied=True
                )
                out.append((hit, a, b, named[-1].display() if named else None))
            elif k == 0:
                out.append((h, start, b, speaker))
            else:
                hit = dataclasses.replace(h, start=a, end=a, cut=a, implied=True)
                out.append((hit, a, b, speaker))
    return out


def _dialogue_after_one_exchange(
    text: str,
    body_end: int,
    header: list[tuple[str, Name]],
    labels: tuple[LabelHit, ...],
    spans: list[Span],
) -> list[Span]:
    """A magazine labels only the first exchange and prints the rest as a dash or bold dialogue
    (Ogonyok: "**Вопрос:** Илья Андреевич, откуда этот бум? …" / "**Ответ:** Причин несколько.
    …" / "**— Архивы к этому готовы?**" / "— По-разному. …"): the labelled answer ends where
    the dialogue begins, and the dialogue goes on with the same two voices. Only one "Вопрос"
    and one "Ответ" label, the answer the last turn, and four dialogue turns below it, the
    first a question."""
    original = spans
    # Regnum closes with the asker's label again ("ИА Регнум: Спасибо."): the dialogue ends
    # above that short closing turn, which stays as it is.
    closing = None
    if (
        len(labels) == 3
        and labels[2].info.group == labels[0].info.group != labels[1].info.group
        and spans
        and spans[-1].attrs.get("label_span") == [labels[2].start, labels[2].end]
        and len(text[spans[-1].start : spans[-1].end].split()) <= 12
        and not _ends_with_question(text[spans[-1].start : spans[-1].end])
    ):
        closing = spans[-1]
        body_end = min(body_end, len(text[: labels[2].start].rstrip()))
        labels, spans = labels[:2], spans[:-1]
    # Мінфін does so with the two surnames in bold ("**Яковенко:** …?" / "**Бойко:** …").
    roles = (labels[0].info.kind, labels[1].info.kind) if len(labels) == 2 else ()
    named = roles == (LabelKind.PERSON, LabelKind.PERSON)
    # Кавказский узел labels the asker by role and the interviewee by name ("Вопрос: Сколько
    # дел …?" / "Патимат Гасанова: На сопровождении …" / "**Что отвечают следователи?**"): the
    # same two voices, read alike.
    asked = roles in (
        (LabelKind.QUESTION, LabelKind.PERSON),
        (LabelKind.INTERVIEWER, LabelKind.PERSON),
    )
    if (
        (named or asked)
        and len(spans) >= 2
        and [sp.attrs.get("label_span") for sp in spans[-2:]] == [[h.start, h.end] for h in labels]
        and _ends_with_question(text[spans[-2].start : spans[-2].end])
    ):
        # "**Ірина Бойко:** Пані Наталю, …?" / "**Наталія Коваль:** …" over bold questions: the
        # answer's body runs over the whole unlabelled dialogue below and so seems to ask; the
        # first name asked, the second answers (if the dialogue below bears it out).
        spans = [
            *spans[:-2],
            Span(spans[-2].start, spans[-2].end, "question", attrs=spans[-2].attrs),
            Span(spans[-1].start, spans[-1].end, "answer", attrs=spans[-1].attrs),
        ]
    if (
        roles
        not in (
            (LabelKind.QUESTION, LabelKind.ANSWER),
            (LabelKind.PERSON, LabelKind.PERSON),
            (LabelKind.QUESTION, LabelKind.PERSON),
            # Урядовий кур'єр: "Кореспондент: Пані Олено, …?" / "Олена Коваленко: З
            # розмінування …" over plain questions.
            (LabelKind.INTERVIEWER, LabelKind.PERSON),
        )
        or labels[0].info.group == labels[1].info.group
        or not spans
        or spans[-1].label != "answer"
        or sum(sp.label in ("question", "answer") for sp in spans) != 2
    ):
        return original
    answer = spans[-1]
    dialogue = (
        _dash_dialogue(text, body_end, header, labelled_lead=True)
        or _bold_dialogue(text, body_end, header, labelled_lead=True)
        # Or plain questions on lines of their own, as a label-less web Q&A prints them.
        or _plain_dialogue(text, body_end, header)
    )
    # Високий Замок sets the labelled question in bold with its label ("**«ВЗ»: Пане
    # Ярославе, …?**" / "**Ярослав Гнатюк:** Близько ста сорока. …"), so the bold dialogue
    # reads the labelled exchange too: only its turns below the labelled answer go on.
    # Its reading of what stands above (АиФ's lead and "Справка" box over "**Татьяна
    # Гуськова, «АиФ»: Игорь, …?**") then holds too: an unlabelled intro it leaves out is
    # no turn.
    read_above = bool(dialogue) and dialogue[0].start < answer.start
    covered = [(sp.start, sp.end) for sp in dialogue if sp.start < labels[0].start]
    dialogue = tuple(sp for sp in dialogue if sp.start > answer.start)
    if read_above:
        spans = [
            sp
            for sp in spans
            if sp.attrs.get("label_span") is not None
            or any(a < sp.end and sp.start < b for a, b in covered)
        ]
    if len(dialogue) < 4 or dialogue[0].start <= answer.start or dialogue[0].label != "question":
        return original
    cut = len(text[: text.rfind("\n", 0, dialogue[0].start)].rstrip())
    end = _trim_furniture(text, answer.start, min(answer.end, cut))
    if end <= answer.start:
        return original
    asker = next((sp.attrs["speaker"] for sp in spans if sp.label == "question"), None)
    voices = {"question": asker, "other": asker, "answer": answer.attrs["speaker"]}
    out = [*spans[:-1], Span(answer.start, end, answer.label, attrs=answer.attrs)]
    for sp in dialogue:
        # The labelled exchange names the two voices itself; a name the dialogue guessed from
        # the header (a byline under the date) comes second.
        speaker = voices.get(sp.label or "") or sp.attrs["speaker"]
        if sp.label != "answer" and speaker is not None and speaker == voices["answer"]:
            # An unnamed "Вопрос:" leaves the asker open; the dialogue's guess from the lead
            # ("… рассказала юрист … Патимат Гасанова") is the labelled answerer, who never asks.
            speaker = None
        out.append(Span(sp.start, sp.end, sp.label, attrs={**sp.attrs, "speaker": speaker}))
    if closing is not None:
        out.append(closing)
    return [
        Span(sp.start, sp.end, sp.label, attrs={**sp.attrs, "index": at})
        for at, sp in enumerate(out)
    ]


# A journalist's follow-up under a bare label: it picks up where their last question broke off
# ("Вопрос: …Сроки какие-то есть?", "Q: ...in Tripoli, I mean.") or, in Russian and Ukrainian,
# says it is a clarification or one more ("Вопрос: И ещё одно уточнение, если можно…",
# "Вопрос: Можно уточнить: …",
# "Запитання: І коротке уточнення: …"). It is the last asker's, when one answer stands between
# them. An English "follow-up" is not enough: at a briefing any reporter follows up on a topic;
# nor is a bare "Уточните, пожалуйста, …", which anyone in the room may ask.
_FOLLOW_UP = re.compile(
    # (the asker may thank for the answer first: "Спасибо. И дополнительный вопрос: …")
    r"[ \t]*(?:(?:Спасибо|Благодарю|Дякую)[^\n.?!]{0,30}[.!][ \t]+)?"
    r"(?:…|\.{3}|(?:[^\n.?!]{0,40}?(?<![\w-]))?(?:"
    r"(?i:уточнени[ея]|уточнення|ещё[ \t]+(?:одно|один|вопрос)"
    # ("И дополнительный вопрос:", "Додаткове запитання:": one more of the same asker's)
    r"|дополнительн(?:ый|ое)[ \t]+(?:вопрос|уточнение)|додатков(?:е|ий)[ \t]+(?:за)?питання"
    r"|еще[ \t]+(?:одно|один|вопрос)|ще[ \t]+(?:одне|один|питання)"
    # (the asker's own leave to clarify: "Можно уточнить: сколько …?", "Дозвольте уточнити")
    r"|(?:можно|позвольте|можна|дозвольте)[ \t]+уточнит[иь]"
    # (or the leave as a condition, then the first person: "Если позволите, уточню. А …",
    # "Якщо дозволите, уточню")
    r"|(?:если|якщо)[ \t]+(?:позволите|разрешите|дозволите)[ \t]*,?[ \t]*уточню"
    # (or "one more" with the first person's "clarify": "І ще уточню: яка …?", "И ещё уточню")
    r"|(?:ещё|еще|ще)[ \t]+уточню)"
    r")(?![\w-]))"
    # (or opens on the first person with a colon: "Уточню: речь может идти о …?")
    r"|[ \t]*Уточню[ \t]*:"
    # (or, one short sentence and nothing else, asks what the answer's measure may be: "Речь
    # может идти об экономических мерах?" — "речь" points back to what was just said)
    r"|[ \t]*(?:Речь|Мова)[ \t]+(?:может[ \t]+идти|идёт|идет|може[ \t]+йтися|йде)[ \t]+"
    r"(?:об?|обо|про)(?![\w-])[^\n.?!]{1,60}\?[ \t]*\Z"
    # (or presses the same question again, at the very start: "Вопрос: И всё-таки, можно ли
    # ожидать …?", "І все ж таки …?" — a new reporter brings a question of their own)
    r"|[ \t]*(?:И|І|Но|Але)[ \t]+вс[её](?:-таки|[ \t]+(?:же|ж)(?:[ \t]+таки)?)(?![\w-])"
    # "And if there is no agreement?": one short question on "And" carries on the last one
    # (a longer turn on "And on the refugee cap — …" is the last asker's only by the short
    # follow-up convention, where that asker named themselves or was called by name).
    # (a dozen words in one unbroken clause: "And will any of that go through the Mekong River
    # Commission itself?"; "And very briefly, will you …?" may be another reporter's)
    # (an initial's stop is no sentence's end: "And does that mean U.S. personnel would …?")
    r"|[ \t]*And[ \t]+(?!on\b|about\b)[a-z](?:(?:[^\n.?!]|(?<![A-Za-z])[A-Z]\.){0,60}"
    r"|(?:[^\n.?!,]|(?<![A-Za-z])[A-Z]\.){61,72})\?[ \t]*\Z"
    # "Just to follow up — is there a date …?", "A follow-up, sir:", "Just a quick
    # follow-up, on Haiti – …": the asker says it is their own next question, at the very
    # start of the turn.
    # ("And just to follow up, is …?": "And" / "So" may stand before "just")
    r"|[ \t]*(?:(?:Just|And|So)[ \t,]+)?(?:just[ \t,]+)?(?:(?:to|a|one|quick|very)[ \t]+){0,3}"
    r"(?i:follow)[- \t]?up\b"
    # (or "As a follow-up," and its question at once: "As a follow-up, when will …?" names
    # its own question as the next of the same asker's, no new topic after it)
    r"|[ \t]*As[ \t]+a[ \t]+(?:(?:quick|brief|short)[ \t]+)?(?i:follow)[- \t]?up[ \t]*[,:—–]"
    # (or "And specifically" at the very start: it narrows the question just answered, "And
    # specifically – are you asking for …?"; a new reporter has nothing yet to narrow)
    r"|[ \t]*(?:And|So|But)[ \t]*,?[ \t]+(?:more[ \t]+)?specifically\b"
)
# An answer that ends asking the reporter to say it again (see _follow_up_asker).
_REPEAT_REQUEST = re.compile(
    r"(?i:\b(?:could|can|would)[ \t]+you[ \t]+(?:please[ \t]+)?(?:repeat|say[ \t]+again)"
    r"|\bsay[ \t]+(?:that|it)[ \t]+again|\bwhat[ \t]+was[ \t]+the[ \t]+(?:last[ \t]+part|second"
    r"[ \t]+part|question)|\bI[ \t]+didn['’]t[ \t]+(?:catch|hear)[ \t]+"
    # (or asks whether the reporter's words were a follow-up: "(Inaudible) – I'm sorry, was
    # that a follow-up?" — the reply straight after, "Yes, if I may. …?", is that reporter's)
    r"|\b(?:was|is)[ \t]+(?:that|this)[ \t]+a[ \t]+follow[ \t-]?up\b)"
    r"[^\n.?!]{0,40}\?[ \t]*\Z"
)


def _office_word_dropped(text: str, speaker: str | None) -> str | None:
    """``speaker`` less a first word that ends an office the text writes before the name:
    "Deputy Minister of Agrarian Policy and Food Oksana Marchuk" completes "Marchuk:" as
    "Food Oksana Marchuk" wherever a reader took three capitalised words; the office's last
    word is no given name when it follows the office's "of" / "and" / "for" and the page
    also writes the name without it, not as a label ("Oksana Marchuk, Deputy Minister …")."""
    words = (speaker or "").split()
    if len(words) < 3 or not words[0][:1].isupper() or words[0].isupper():
        return speaker
    first, rest = words[0], " ".join(words[1:])
    if re.search(
        rf"(?<![\w])(?:of|and|for|&)[ \t]+{re.escape(speaker or '')}(?![\w'’])", text
    ) and re.search(
        rf"(?<![\w'’-])(?<!{re.escape(first)}[ \t])(?<!{re.escape(first)}\n)"
        # (written out, not as its label: "Ag Mohamed:" under "… and Moussa Ag Mohamed, a
        # logistics officer" is the surname alone, "Moussa" his given name)
        rf"{re.escape(rest)}(?![\w'’])(?![ \t]*[:(])",
        text,
    ):
        return rest
    return speaker


def _handing_host_unnamed(text: str, labels: Sequence[LabelHit], speakers: dict[int, Any]) -> None:
    """A bare role label ("HOST:", "EVENT HOST:") whose turn hands the floor to someone by full
    name ("… I'll hand it over to Professor Miriam Adeyemi-Stone, who will chair …"), who then
    speaks under a label of their own, is someone else: the page names no one for it."""
    for i, h in enumerate(labels):
        speaker = speakers.get(h.start)
        if h.info.kind is not LabelKind.INTERVIEWER or h.info.name is not None or not speaker:
            continue
        if len(speaker.split()) < 2 or not any(
            g.info.name is not None and speakers.get(g.start) == speaker for g in labels
        ):
            continue
        end = labels[i + 1].start if i + 1 < len(labels) else len(text)
        said = re.search(rf"(?<![{LETTER}]){re.escape(speaker)}(?![{LETTER}])", text[h.end : end])
        if said is not None and not re.search(
            r"(?i:\bI'm|\bI[ \t]+am|\bmy[ \t]+name[ \t]+is|\bthis[ \t]+is)[ \t]+$",
            text[h.end : h.end + said.start()],
        ):
            speakers[h.start] = None


def _titled_fuller(preface: str, speaker: str | None) -> str | None:
    """``speaker`` with the one given name the preface writes before it, right after an office's
    head noun: "Levine Cava:" under "… County Mayor Daniella Levine Cava at the …" is Daniella
    Levine Cava (a label that is the tail of a fuller name on the page takes the fuller name; a
    double surname reads as a given name and a surname, so no other reader completes it)."""
    words = (speaker or "").split()
    # (Latin script: a Cyrillic office's domain in the genitive stands where a given name would,
    # "Президент України Володимир Зеленський")
    if len(words) != 2 or not all(re.fullmatch(r"[A-Z][a-z'’\-]+", w) for w in words):
        return speaker
    firsts = {
        m.group(2)
        for m in re.finditer(
            rf"(?<![{LETTER}.\-])([{UPPER}][{LETTER}.\-]+)[ \t]+([A-Z][a-z]+)[ \t]+"
            rf"{re.escape(speaker or '')}(?![{LETTER}\-])",
            preface,
        )
        # (right after an office's head noun, and no trade or post itself: "Senior Editor Anna
        # Bower", "General Manager Phillip Eng", "Chief Economist Marta Rossi" keep the label)
        if fold(m.group(1)) in OFFICE_HEADS
        and not is_title_token(m.group(2))
        # (in prose: a title-cased headline's verb stands there too, "Mayor Taps Maria Lopez
        # as Police Chief", where the label is the whole name already)
        and re.search(
            r"(?<![\w'’])[a-z]{4,}(?![\w'’])",
            preface[preface.rfind("\n", 0, m.start()) + 1 : (preface + "\n").find("\n", m.end())],
        )
        is not None
        and fold(m.group(2)) not in OFFICE_HEADS | JOURNALIST_WORDS
        and not re.search(r"(?:ist|er|or|ant|ent|ian|man|woman)$", m.group(2))
    }
    return f"{firsts.pop()} {speaker}" if len(firsts) == 1 else speaker


def _complete_from_own_intro(
    text: str, labels: Sequence[LabelHit], speakers: dict[int, Any]
) -> None:
    """A courtesy-titled label's speaker who says who they are in their first turn ("MR.
    HOLLOWAY: Thank you, Mr. President. Dave Holloway, Gulf Coast Marine in Pascagoula. …" at a
    White House roundtable): the given name and the same surname, then a comma, at the start of
    the words (after one short greeting at most) complete every turn under that label."""
    done: set[str] = set()
    for i, h in enumerate(labels):
        key = fold(h.text)
        sp = speakers.get(h.start)
        if key in done or not sp or h.info.name is None or h.info.name.given:
            continue
        done.add(key)
        held = name_from_phrase(sp)
        if held is None or held.given or held.title is None:
            continue
        nxt = labels[i + 1].start if i + 1 < len(labels) else len(text)
        m = re.match(
            r"[ \t]*(?:[^\n!?]{0,60}?[.!][ \t]+)?(?P<g>[A-Z][a-z]{1,14})[ \t]+"
            + re.escape(held.surname)
            + r",[ \t]+(?:the[ \t]+)?[A-Z0-9]",
            text[h.end : min(nxt, h.end + 300)],
        )
        if m is None or is_title_token(m.group("g")):
            continue
        full = f"{m.group('g')} {held.surname}"
        for other in labels:
            if fold(other.text) == key and speakers.get(other.start) == sp:
                speakers[other.start] = full


# One short question on "And on …" / "And about …" (see _follow_up_asker: only after a
# moderator's call of the same asker); "just" and a word of brevity may come first ("And just
# briefly on Venezuela — is the U.S. prepared …?"), and an initial's stop ("U.S.") is no
# sentence's end.
_CALLED_FOLLOW_UP = re.compile(
    r"[ \t]*And[ \t]+(?:just[ \t]+)?(?:(?:briefly|quickly|finally|lastly)[ \t,]+)?"
    r"(?:on|about)[ \t]+(?:[^\n.?!]|(?<![A-Za-z])[A-Z]\.){2,80}\?[ \t]*\Z"
    # (or broken off at a dash before it could ask, the answerer cutting in: "And on the
    # ceasefire talks —")
    r"|[ \t]*And[ \t]+(?:on|about)[ \t]+[^\n.?!—–]{2,60}?[ \t]*[—–][ \t]*\Z"
    # (a Russian or Ukrainian press approach's one short question on "А": "Наступне питання –
    # Андрій Сидоренко, «Об'єктив»." / "Журналіст: …?" / answer / "Журналіст: А для тих, у кого
    # будинок повністю знищено, сертифікати будуть цього року?")
    r"|[ \t]*А[ \t]+[а-яёіїєґ][^\n.?!]{2,90}\?"
    # (one short sentence may give its reason after it: "А когенераційні установки? Громади
    # просили про них ще восени." — no greeting or name, so no new reporter)
    r"(?:[ \t]+[А-ЯЁІЇЄҐ][^\n.?!]{2,60}\.)?[ \t]*\Z"
)
# "And on" a topic, a dash, then up to 160 characters ending on its question: "And on
# the escape clause - Germany says defence should be excluded permanently. Is that on the
# table?" (see _follow_up_asker: only where the moderator called the asker's own outlet).
# (a typed dash may be two hyphens: "And on Greenland -- the Danish prime minister said …")
_AND_ON_DASH_FOLLOW_UP = re.compile(
    r"[ \t]*And[ \t]+on[ \t]+[^\n.?!]{2,60}?[ \t](?:[-–—]|--)[ \t][^\n?!]{2,160}\?[ \t]*\Z"
)
# A phone-in caller still on the line carries on with one short question on "А" ("А якщо він
# поїхав через іншу країну?", "А если …?"; "А по поводу …" / "А про …" opens another
# topic). (Under a press approach's bare "Вопрос:" the next reporter may ask so.)
_CALLER_FOLLOW_UP = re.compile(
    r"[ \t]*А[ \t]+(?!по[ \t]|про[ \t]|о[ \t]|об[ \t])[а-яёіїєґ][^\n.?!]{0,60}\?[ \t]*\Z"
)
# A question that only asks leave to follow up ("Can I follow up on that?"), and a reply that
# only grants it ("Go ahead.", "Sure, go ahead.", "Please."): see _follow_up_asker.
_LEAVE_TO_FOLLOW_UP = re.compile(
    r"\s*(?:Can|Could|May)[ \t]+I[ \t]+(?:just[ \t]+)?(?:follow[- \t]?up[ \t]+on[ \t]+"
    r"(?:that|this|it)"
    # (or leave to move on, the asker's own new topic next: "Can I change topics? Owen
    # Barrett, Voice of America.", the introduction a sentence after it, no question in it)
    r"|(?:change|switch)[ \t]+(?:topics?|subjects?|gears|the[ \t]+(?:topic|subject)))"
    r"[ \t]*\?(?:[ \t]+[^\n?!]{3,80}[.!])?\s*"
)
_LEAVE_GRANTED = re.compile(
    r"\s*(?:(?:Sure|Yes|Yeah|Okay|OK|Please)[ \t]*[,.!][ \t]*)?"
    # (the asker addressed by first name: "Sure, Owen." — checked against the asker)
    r"(?:Go[ \t]+ahead|Sure|Yes|Please)(?:[ \t]*,[ \t]*(?P<who>[A-Z][a-z]+))?[ \t]*[.!]\s*"
)
# A turn that opens "A follow-up …" ("A follow-up to the Secretary, if I may: the same question
# to you?"): the asker's own next question only under the very label that asked before (a bare
# "Question:" after "Question (Antara):" may be another reporter's follow-up on that topic).
# It must ask leave to go on ("…, if I may", "A follow-up, please."): a bare "A follow-up on
# tariffs." may be anyone's.
_OPENING_FOLLOW_UP = re.compile(
    r"[ \t]*(?:A|One)[ \t]+(?:(?:quick|short|brief)[ \t]+)?follow[- \t]?up\b[^\n.?!]{0,60}?"
    r",[ \t]*(?:if[ \t]+I[ \t]+(?:may|might|can|could)|please)\b"
    # (or says no more than that, a sentence of its own, before the question: "A follow-up.
    # How much does one helicopter rotation cost?" — no topic that another's might pick up)
    # ("A follow-up on that." points back at the question before; "A follow-up on Sudan." names
    # a topic of its own, which any reporter in the room may take up)
    # (an apology for taking the floor again may come first: "Sorry, a quick follow-up. When …?")
    r"|[ \t]*(?:A|One|Sorry[ \t]*,[ \t]+(?:a|one))[ \t]+(?:(?:quick|short|brief)[ \t]+)?"
    r"follow[- \t]?up(?:[ \t]+question)?"
    r"(?:[ \t]+(?:on|to)[ \t]+(?:that|this|it))?"
    # (the answerer addressed by one word first: "A follow-up, Honourable. What happens …?",
    # "A follow-up, sir.")
    r"(?:[ \t]*,[ \t]+(?:[A-Z][a-z]+|sir|madam))?(?:[.!][ \t]+[A-Z]"
    # (or its colon, the question straight after it: "A follow-up: will you ask …?")
    r"|:[ \t]+[A-Za-z])"
    # (the asker's own word that it goes on: "Sorry, just to follow up, will you …?"; "And a
    # second one, if I may, on Ukraine, …?" — another reporter asks no "second one")
    r"|[ \t]*(?:Sorry[ \t]*,[ \t]+)?(?:[Jj]ust[ \t]+)?[Tt]o[ \t]+follow[- \t]?up"
    r"[ \t]*[,:][ \t]+[a-z]"
    # (or asks leave for it, pointing back at its own question: "Can I follow up on that?")
    r"|[ \t]*(?:Can|Could|May)[ \t]+I[ \t]+(?:just[ \t]+)?follow[- \t]?up[ \t]+on[ \t]+"
    r"(?:that|this|it)[ \t]*\?[ \t]*\Z"
    # (or bare, the question straight after it: "Can I follow up? Does that include …?" —
    # leave to go on names no topic another reporter might take up)
    r"|[ \t]*(?:Can|Could|May)[ \t]+I[ \t]+(?:just[ \t]+)?follow[- \t]?up[ \t]*\?[ \t]+[A-Z]"
    r"(?:[^\n.?!]|(?<![A-Za-z])[A-Z]\.){0,100}\?[ \t]*\Z"
    r"|[ \t]*(?:And[ \t]+)?(?:a|one)[ \t]+(?:second|third|last|final|further)"
    r"(?:[ \t]+(?:one|question|thing))?[ \t]*,[ \t]*if[ \t]+I[ \t]+(?:may|might|can|could)\b"
    # (or counts it as one more of the asker's own, in the first person, a clause before the
    # question: "Last one from me.", "One more from me, on funding: …" — "from me" points back
    # at who asked before)
    # (only a last or one more: "A question from me: …" may be a new reporter's first)
    r"|[ \t]*(?i:(?:(?:and|so)[ \t]+)?(?:(?:(?:a|the)[ \t]+)?(?:last|final)[ \t]+(?:one|question)"
    r"|one[ \t]+more(?:[ \t]+question)?)[ \t]+from[ \t]+me)[ \t]*[.:,][ \t]+\S"
)
# A moderator's call of the briefing's last asker: "Last question, …", "Final question goes to …",
# "Последний вопрос", "Останнє питання".
_LAST_QUESTION_CALL = re.compile(
    r"\b(?i:last|final)[ \t]+(?i:question|one)\b"
    r"|(?<![а-яёіїєґ])(?i:последний[ \t]+вопрос|останнє[ \t]+питання)"
)
# A brief question of its own, no greeting, name or self-introduction in it ("Any timeline?",
# "So no opt-out?", "And on cargo volumes? There were forecasts of 80 million tonnes."): at most
# three lower-case words after the first, then at most one short sentence with no question of
# its own. Straight after the answer to a named reporter, under the same label, it is that
# reporter's next question (a new reporter greets, names themselves or names the topic).
_SHORT_FOLLOW_UP = re.compile(
    r"[ \t]*(?!(?i:thanks?|hi|hello|good|yes|okay|ok|sorry|sir|madam)\b)[A-Z][a-z'’-]*"
    r"(?:[ \t]+[a-z][a-z'’-]*){0,3}\?"
    r"(?:[ \t]+[A-Z][^\n.?!]{0,60}\.)?[ \t]*\Z"
    # (or "So" / "But" carrying on from the answer, then seven lower-case words at most: "So is
    # there a delay?" after "… If that means a delay, that's the right call."; "But can you
    # give a number?" after "… a small fraction of what … would cost"; a capitalised word only
    # as a definite reference back, "the" before it: "But would the Department welcome such a
    # patrol?" — no name or topic of its own)
    r"|[ \t]*(?:So|But)[ \t]+[a-z][a-z'’-]*"
    r"(?:[ \t]+(?:[a-z][a-z'’-]*|(?<=the[ \t])[A-Z][a-z]+)){0,6}\?[ \t]*\Z"
    # (or the same few words broken off at a dash, the answerer cutting in before the question
    # mark: "But would that --" — what it carries on from is still the answer just given)
    r"|[ \t]*(?:So|But)[ \t]+[a-z][a-z'’-]*(?:[ \t]+[a-z][a-z'’-]*){0,4}[ \t]*(?:--|—|–)[ \t]*\Z"
    # (or "Just briefly," and one short clause that asks, no comma or sentence in it: "Just
    # briefly, will Ecuador take third-country nationals?" — the asker's own one more; a
    # new reporter greets or names themselves first)
    r"|[ \t]*Just[ \t]+(?:very[ \t]+)?(?:briefly|quickly)[ \t]*,[ \t]+[a-z][a-z'’-]*"
    r"(?:[ \t]+[\w'’-]+){0,8}\?[ \t]*\Z"
    # (or "And" and a definite word pointing back, one sentence in small letters, no name or
    # topic of its own: "And the liability for executives, will anyone go to prison?")
    r"|[ \t]*And[ \t]+(?:the|that|this)[ \t]+[a-z][a-z'’ \t,-]{0,90}\?[ \t]*\Z"
    # (or one short question on what the answer just said, asking whom or what it meant: "Are
    # you referring to China and Russia?", "Do you mean the northern route?" — a clarification
    # only the one answered has cause to ask; a new reporter greets or names themselves first)
    r"|[ \t]*(?:(?:So|And)[ \t]*,?[ \t]+)?(?:(?:Are|Were)[ \t]+you[ \t]+(?:referring|talking)"
    r"[ \t]+(?:to|about)|(?:Do|Did)[ \t]+you[ \t]+mean)[ \t]+[^\n.?!]{1,60}\?[ \t]*\Z"
)
# … or one more turned to another of the answering side, opening "And" and the address, then
# saying it is brief ("And, Mr. President, a short one: do you expect …?"): a new reporter names
# themselves first; "And" carries on the question before.
_ADDRESSED_FOLLOW_UP = re.compile(
    r"[ \t]*And[ \t]*,?[ \t]+(?:Mr\.?|Mrs\.?|Ms\.?|Madam|Madame)[ \t]+[A-Z][a-z]+"
    r"(?:[ \t]+[A-Z][a-z]+)?[ \t]*,[ \t]+"
    r"(?:(?:a|one)[ \t]+(?:short|quick|brief)[ \t]+(?:one|question)|one[ \t]+more)\b"
)
# … or one more on another topic, opening "And", a brevity word and "on" a capitalised topic
# ("And just briefly on Mali – …?", "And one more on Ukraine, if I may – …?"): a new reporter
# names themselves or is called first; "And" carries on the reporter's turn before.
_AND_MORE_ON_FOLLOW_UP = re.compile(
    r"[ \t]*And[ \t]+(?:just[ \t]+)?(?:briefly|quickly|one[ \t]+more|(?:a|one)[ \t]+"
    r"(?:short|quick|brief)[ \t]+one)[ \t]+on[ \t]+[A-Z]"
    # (or "One more on" a topic the briefing already took up, "the" before it, as a sentence of
    # its own: "One more on the cables. Is the $14 million new money …?" — "one more" is the
    # asker's own count; a new reporter names themselves first)
    r"|[ \t]*One[ \t]+more[ \t]+on[ \t]+the[ \t]+[a-z][^\n.?!]{0,40}\.[ \t]+[A-Z]"
)

# A question's address to one principal, at its start or after a sentence: "Minister, …",
# "Mr. Secretary, …", "Madam President, …".
_VOCATIVE_OFFICE = re.compile(
    r"(?:^|(?<=[.?!][ \t]))[ \t]*(?:(?:Mr|Mrs|Ms|Madam|Madame)\.?[ \t]+)?"
    r"(?P<office>(?:Foreign[ \t]+|Prime[ \t]+|Defen[cs]e[ \t]+)?(?:Minister|Secretary|President"
    r"|Chancellor|Ambassador|Director|Chairman|Chairwoman|Commissioner|Governor|Mayor))"
    r"[ \t]*,[ \t]*(?=[a-z])"
)
# One question and nothing more, an abbreviation's dots in it ("can the U.S. speed up …?").
_ONE_QUESTION = re.compile(r"(?:[^\n.?!]|(?<![A-Za-z])[A-Z]\.){10,160}\?[ \t]*")
_BARE_THANKS = re.compile(r"[ \t]*(?:Thank[ \t]+you(?:[ \t]+very[ \t]+much)?|Thanks)[.!]?[ \t]*")
# A reader's question in a paper's phone-in write-up, signed at its end: "… не поздно ли уже в
# мае? (Валентина Петровна, Железногорск)", "… на анализ? (Марина, Красноярск)", "… больше не
# работает. (Людмила Сергеевна)", "… начинать сначала? — спрашивает Николай из Канска." A lone
# word in brackets is a name only with its town after a comma (a bare "(Москва)" is a place);
# two words only as a first name and patronymic.
_READER_SIGNATURE = re.compile(
    r"(?:\((?P<who>[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+)"
    r"(?:[ \t]+(?P<patr>[А-ЯЁІЇЄҐ][а-яёіїєґ]+(?:вна|вич|ична|ічна)))?"
    r"(?P<town>,[ \t]*[^()\n]{1,40})?\)"
    r"|[—–][ \t]*(?:спрашивает|интересуется|пишет|запитує|питає|пише|цікавиться)[ \t]+"
    r"(?P<says>[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+(?:[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ]+(?:вна|вич|ична|ічна))?)"
    r"(?:[ \t]+(?:из|с|з|зі|із)[ \t]+[^\n.?!]{1,40})?[.!]?)[ \t]*$"
)


def _reader_signed(text: str, spans: Sequence[Span]) -> list[Span]:
    """The readers who sign the unlabelled questions of a phone-in write-up (see
    _READER_SIGNATURE): each such question asks as its signature names the reader. Only where
    two questions at least are so signed (one bracket at a question's end may be anything)."""
    signed: dict[int, str] = {}
    ends: dict[int, int] = {}
    # (the page's one writer, read from its byline, asks the questions nobody signs: a signed
    # one is the reader's all the same, "… (Марина, Красноярск)" under "Автор: …")
    askers = {sp.attrs.get("speaker") for sp in spans if sp.label == "question"} - {None}
    writer = next(iter(askers)) if len(askers) == 1 else None
    for i, sp in enumerate(spans):
        if sp.label != "question" or sp.attrs.get("speaker") not in (None, writer):
            continue
        # (the dash reader cuts "— спрашивает Николай из Канска." off as the writer's tail: its
        # line is read to its end)
        line_end = text.find("\n", sp.end)
        line_end = len(text) if line_end < 0 else line_end
        m = _READER_SIGNATURE.search(text[sp.start : line_end].rstrip())
        if m is not None and (m.group("says") or m.group("patr") or m.group("town")):
            who = m.group("says") or m.group("who")
            signed[i] = f"{who} {m.group('patr')}" if m.group("patr") else who
            if m.group("says"):
                # "… — спрашивает Николай из Канска." is the question's signature: it stays in
                # the turn, as a bracketed one does.
                ends[i] = sp.start + len(text[sp.start : line_end].rstrip())
    if len(signed) < 2:
        return list(spans)
    return [
        Span(sp.start, ends.get(i, sp.end), sp.label, attrs={**sp.attrs, "speaker": signed[i]})
        if i in signed
        else sp
        for i, sp in enumerate(spans)
    ]


# A voice from the floor numbered by the transcript: "Audience Member 1", "Resident 2".
_NUMBERED_VOICE = re.compile(r"[ \t]\d{1,2}$")
# A phone-in host's hand-off to a call: "У нас звонок. Здравствуйте, вы в эфире."
_PUT_THROUGH = re.compile(
    r"(?i)(?<![а-яёіїєґ])(?:звонок|дзвінок|вы[ \t]+в[ \t]+эфире|ви[ \t]+в[ \t]+ефірі)"
    r"(?![а-яёіїєґ])|\b(?:caller|you['’]re[ \t]+on[ \t]+the[ \t]+air)\b"
)
# A host's question that greets or puts someone through may be to a new caller: no caller's
# name is carried over it. "Go to" puts through only to a name or the phones ("Let's go to
# Marlene", "go to the phones"): "go to the practice in person this morning" is advice.
_NEW_CALLER = re.compile(
    r"\b(?i:good[ \t]+(?:morning|afternoon|evening)|hello|welcome|on[ \t]+the[ \t]+line|"
    r"next|caller|you['’]re[ \t]+on[ \t]+the[ \t]+air)\b"
    r"|\b(?i:go[ \t]+to)[ \t]+(?:[A-Z]|(?i:the[ \t]+(?:phones?|lines?)|lines?|another|our)\b)"
)
# A caller's parting words (a British caller's "Right, I'll do that. Cheers." parts as thanks do).
_PARTING_THANKS = re.compile(
    r"(?i)\b(?:thank[ \t]+you|thanks|cheers)\b|(?<![а-яёіїєґ])(?:спасибо|дякую)"
)
# ("A follow-up on Ayesha's question", "… to her question": someone else's)
_NOT_OWN_FOLLOW_UP = re.compile(
    r"(?i:colleague|коллег|колег|\b(?:his|her|their)[ \t]+question)|['’]s[ \t]+question"
)
# A transcriber's note that the room was not heard, on its own line above the label: an
# ellipsis under it is the part no one heard ("(inaudible)" / "JOURNALIST: ...the sugar
# industry?"), so it tells nothing of who asks.
_UNHEARD_GAP = re.compile(
    r"(?im:^[ \t]*[(\[][ \t]*(?:inaudible|unintelligible|indistinct|off[- ]mi[ck]e?|неразборчиво"
    r"|не[ \t]+слышно|нерозбірливо)[^\n)\]]{0,40}[)\]][ \t]*$)"
)
_ELLIPSIS_OPENING = re.compile(r"[ \t]*(?:…|\.{3})")


def _line_kept(
    bodies: list[tuple[LabelHit, int, int, str | None]],
    roles: list[str],
    i: int,
    operated: set[int],
) -> str | None:
    """On a conference call the analyst keeps the line until the operator opens the next one:
    "Analyst: That's helpful. And a quick follow-up …?" after the CEO's and the CFO's answers
    is the analyst the operator called last. ``None`` when the operator spoke since."""
    for q in range(i - 1, -1, -1):
        if bodies[q][1] in operated:
            return None
        if roles[q] == "question":
            return bodies[q][3]
    return None


# A turn broken off at a dash, then at most a bracketed direction line, up to the next label.
_BROKEN_OFF_BEFORE = re.compile(
    r"(?:[—–]|--)[ \t]*\n(?:[ \t]*\n)*"
    r"(?:[ \t]*[\[(][A-Za-z ]{2,30}[\])][ \t]*\n(?:[ \t]*\n)*)?[ \t]*\Z"
)


# The short follow-up convention's question (see _short_carry_on): it opens on a word that
# carries on from the answer, …
# (or the clarifying Ukrainian "Тобто": "Тобто укриття вже будуються?"; the Russian "То есть"
# opens another reporter's question in the older fixtures)
_CARRY_ON_OPENING = re.compile(
    r"[ \t]*(?:But|And|So|А|І|И|Але|Но|Тобто)(?![\w'’-])"
    # (or a word taking in the answer just given, a stop after it, then the question:
    # "Understood. Will county estimates …?", "Got it. And …?" — no new reporter's opening)
    r"|[ \t]*(?:Understood|Got[ \t]+it|Okay|OK|Right)[.!][ \t]+(?=[A-Z])"
)
# … or one plain question that closes on what the answer just said: "Has the Guard asked for
# federal help with that?" (a preposition and "that" pointing back, nothing after it).
_POINTS_BACK = re.compile(r"\b(?:with|about|on|for|to|of|from|in)[ \t]+that\?\Z")
# … and brings no greeting, outlet or name of its own ("And hi, …", "А, вітаю, …", "But Maria
# Lopez, Reuters, …", "І «Суспільне» питає …": a new reporter's).
_NEW_ASKER_SIGN = re.compile(
    r"\b(?i:hi|hello|good[ \t]+(?:morning|afternoon|evening)|thanks?|thank[ \t]+you)\b"
    r"|(?<![а-яёіїєґ])(?i:вітаю|добр(?:ий|ого|ый|ое)[ \t]+(?:день|дня|ранку|утро|вечір|вечер)"
    r"|здравствуйте|привет|дякую|спасибо)(?![а-яёіїєґ])"
    r"|[«»\"“”]"
    r"|[A-ZА-ЯЁІЇЄҐ][\w'’-]+[ \t]+[A-ZА-ЯЁІЇЄҐ][\w'’-]+[ \t]*,"
)


def _short_carry_on(body: str) -> bool:
    """A question under the short follow-up convention: opening on "But" / "And" / "So" / "А"
    / "І" / "И" / "Але" / "Но", one line of one or two sentences and 150 characters at most,
    ending on its question mark (or the first of two ending so), with no greeting, outlet or
    name of its own."""
    words = body.strip()
    # A cut-off follow-up ("QUESTION: But the ministry said it doesn't recognize –" /
    # "(Crosstalk.)"): the record's direction on its own line under it is no part of the question.
    cut_off = re.fullmatch(
        r"(?s)(?P<q>[^\n]+?[ \t](?:—|–|--))"
        r"(?:[ \t]*\n[ \t]*\n?[ \t]*\([A-Za-z][^()\n]{0,30}\)[ \t]*)?",
        words,
    )
    if cut_off is not None:
        words = cut_off.group("q")
    if (
        not words
        or len(words) > 150
        or "\n" in words
        # (or closing on "then": "Will he be going to Addis for the AU summit, then?" builds on
        # the answer just given, as "And …" does)
        or (
            _CARRY_ON_OPENING.match(words) is None
            and re.search(r",[ \t]+then\?\Z", words) is None
            and (
                _POINTS_BACK.search(words) is None
                or len(words.split()) > 14
                or re.search(r"[.!?…][ \t]", words) is not None
            )
        )
        or _NEW_ASKER_SIGN.search(words) is not None
    ):
        return False
    # (an initial's stop, "U.S.", ends no sentence)
    ends = re.findall(r"(?<![A-Z])[.?!…]+[ \t]+(?=\S)", words)
    if len(ends) > 1:
        return False
    # The question may come first and a short stated ground after it: "And what about the
    # grid connection? Investors say the procedures take a year." (English only: a Russian or
    # Ukrainian "А что с …? …" so is another reporter's in the older fixtures)
    # (a question the answer cut off, one sentence ending on its dash, asks as "?" does)
    return (
        words.endswith("?")
        or (cut_off is not None and not ends)
        or (
            len(ends) == 1
            and ends[0].strip() == "?"
            and re.match(r"[ \t]*(?:But|And|So)\b", words) is not None
        )
    )


def _self_named(question: str, who: str) -> bool:
    """Whether the asker ``who`` names themselves as they open ``question``: "Katalin Varga,
    Hungarian public radio. …", "Thank you. Stefan Leitner, Die Presse. …", "Вітаю, Назар
    Кушнір, «Суспільне». …", "Суспільне Львів, Марта Гнатюк. …", "Thank you. My name is
    Ingrid Solberg, I'm from …" — the full name within the opening, a comma, stop or "with" /
    "from" after it."""
    if len(who.split()) < 2:
        return False
    return (
        re.search(
            rf"(?:^|(?<=[.,!:][ \t])|(?<=[.,!:])|(?i:\bmy[ \t]+name[ \t]+is[ \t]+)"
            # (or a caller's "this is" / "I'm" after the greeting's comma: "Hi, this is Mark
            # Pinto with Stateline.", "Hi, I'm Dana Whitaker with KRTV.")
            rf"|(?<=,[ \t])(?:this[ \t]+is|I['’]m|I[ \t]+am)[ \t]+)"
            rf"[ \t]*{re.escape(who)}"
            r"(?:[ \t]*[,.(—–]|[ \t]+(?:with|from|з|із|зі|из|от)(?![\w-]))",
            question[:160],
        )
        is not None
    )


def _bare_asking_label(hit: LabelHit) -> bool:
    """A bare label for whoever asks: "Q:", "Question:", "Запитання:", "Вопрос:" or a bare
    "Журналіст:" / "Reporter:" — no name or outlet in it."""
    info = hit.info
    if info.name is not None or info.outlet is not None:
        return False
    return info.kind is LabelKind.QUESTION or fold(info.text) in JOURNALIST_WORDS


def _outlet_asking_label(hit: LabelHit) -> bool:
    """A label for whoever asks that names only their outlet, in brackets: "Journalist
    (Ekot):", "Question (TT):"."""
    info = hit.info
    if info.name is not None or info.outlet is None:
        return False
    word = re.sub(r"[ \t]*[(\[][^)\]\n]*[)\]][ \t]*$", "", info.text)
    return info.kind is LabelKind.QUESTION or fold(word) in JOURNALIST_WORDS


def _follow_up_asker(
    body: str,
    bodies: list[tuple[LabelHit, int, int, str | None]],
    roles: list[str],
    i: int,
    answering: set[str],
    *,
    thanks: bool = False,
    gap: str = "",
    text: str = "",
    outlet_label: bool = False,
) -> str | None:
    """The asker of the question before ``bodies[i]`` when ``body`` is their follow-up (or,
    with ``thanks``, their thanks for the answer). ``gap``: the text between the answer and
    this label (an "(inaudible)" line there makes an opening ellipsis the unheard part).
    ``text``: the whole text, to see whether a moderator called that asker by name."""
    if i < 2 or roles[i - 1] == "question":
        return None
    if _ELLIPSIS_OPENING.match(body) and _UNHEARD_GAP.search(gap):
        return None
    # The answer may come from two officials in turn ("CEO: Roughly two-thirds …" / "CFO: And
    # just to add, …"; Mexico's morning conference: "I will ask the Secretary to answer" and
    # the Secretary's) before the same asker follows up.
    q = i - 2
    while q > 0 and roles[q] == "answer" and roles[q + 1] == "answer":
        q -= 1
    if roles[q] != "question":
        return None
    asker = bodies[q][3]
    if (
        bodies[i][0].info.kind is LabelKind.INTERVIEWER
        and fold(bodies[q][0].info.text) in PHONE_IN_CALLERS
    ):
        # A phone-in's host reads out the next one ("Ведуча: Ще одне запитання, яке нам
        # написали в телеграм: …"): her own, never the caller's follow-up.
        return None
    follows = (
        (
            _FOLLOW_UP.match(body) is not None
            # (an asker known only by the outlet in their label, "Question (Antara):", is not
            # the one under a bare "Question: A follow-up, …" — another label, another reporter)
            and not (
                bodies[q][0].info.outlet is not None
                and asker == bodies[q][0].info.outlet
                and bodies[i][0].info.outlet != bodies[q][0].info.outlet
            )
        )
        or (
            _OPENING_FOLLOW_UP.match(body) is not None
            # (the outlet in brackets counts: "Question (Antara):", then "Question:")
            and fold(bodies[q][0].text) == fold(bodies[i][0].text)
            and bodies[q][0].info.outlet == bodies[i][0].info.outlet
        )
    ) or (
        fold(bodies[i][0].info.text) in PHONE_IN_CALLERS
        and fold(bodies[q][0].info.text) == fold(bodies[i][0].info.text)
        and _CALLER_FOLLOW_UP.match(body) is not None
    )
    # Where a moderator calls each reporter by name ("STAFF: … First question goes to Tom
    # Reyes, Breaking Defense." / "Q: …?" / answer / "Q: And on the frigate — is cancellation on
    # the table?"), a short "And on …?" straight after the answer, nobody called between, is
    # the called reporter's follow-up, not another's new topic.
    follows = (
        follows
        or (
            bool(text)
            and q > 0
            and asker is not None
            # (or "And on" a topic, a dash and a sentence before its question: "And on
            # Greenland -- the Danish prime minister said …. Is that fair?", the caller having
            # named the asker)
            and (
                _CALLED_FOLLOW_UP.match(body) is not None
                or _AND_ON_DASH_FOLLOW_UP.match(body) is not None
            )
            and fold(bodies[q][0].text) == fold(bodies[i][0].text)
            and roles[q - 1] == "other"
            and _called_asker(text[bodies[q - 1][1] : bodies[q - 1][2]], answering) == asker
        )
    )
    if outlet_label:
        follows = False  # (under an outlet's label, only the short follow-up convention below)
    # The short follow-up convention (docs/structure.md): where the reporter before named
    # themselves as they asked ("Question: Katalin Varga, Hungarian public radio. …?",
    # "Запитання: Суспільне Львів, Марта Гнатюк. …?") or the moderator called them by name, a
    # short question under the same bare label straight after the answer, opening on
    # "But" / "And" / "So" / "А" / "І" / "Але" …, with no greeting, name or outlet of its own
    # ("Question: But would Kyiv accept a swap scheme?", "Запитання: А житлові будинки?"), is
    # that reporter's follow-up; a new reporter names themselves or is called first.
    follows = (
        follows
        or (
            bool(text)
            and asker is not None
            and len(asker.split()) >= 2
            and roles[i - 1] == "answer"
            # (or the same label with the outlet in brackets, "Journalist (Ekot):", the reporter
            # having named herself under it: the outlet's label, not another reporter's name)
            and (_bare_asking_label(bodies[i][0]) or _outlet_asking_label(bodies[i][0]))
            and fold(bodies[q][0].text) == fold(bodies[i][0].text)
            and _short_carry_on(body)
            and (
                _self_named(text[bodies[q][1] : bodies[q][2]], asker)
                or (
                    q > 0
                    and roles[q - 1] == "other"
                    and _called_asker(text[bodies[q - 1][1] : bodies[q - 1][2]], answering) == asker
                )
            )
        )
    )
    if outlet_label:
        return asker if follows else None
    # The moderator calls the next question by outlet ("Moderator: … The first one is from
    # Handelsblatt.") and the reporter names herself and that outlet ("Question: Hanna Mertens,
    # Handelsblatt. …?"): her "And on …" straight after the answer, a dash and a sentence
    # before its question ("And on the escape clause - Germany says …. Is that on the
    # table?"), nobody called between, is still hers.
    follows = follows or (
        bool(text)
        and q > 0
        and q == i - 2
        and asker is not None
        and roles[i - 1] == "answer"
        and roles[q - 1] == "other"
        and fold(bodies[q][0].text) == fold(bodies[i][0].text)
        and _AND_ON_DASH_FOLLOW_UP.match(body) is not None
        and (
            own := re.match(
                rf"[ \t]*{re.escape(asker)},[ \t]+(?P<o>[A-Z][^\n.,?!]{{1,50}})\.",
                text[bodies[q][1] : bodies[q][2]],
            )
        )
        is not None
        and re.search(
            rf"\b(?:from|to)[ \t]+(?:the[ \t]+)?{re.escape(own.group('o'))}[.!]",
            text[bodies[q - 1][1] : bodies[q - 1][2]],
        )
        is not None
    )
    # A joint press conference's reporter puts one question to each principal in turn ("Q:
    # Marta Zielinska, Polish Radio. Minister, on …?" / the minister's answer / "Q: Mr.
    # Secretary, can …?"): a bare question straight after the answer, one sentence opening on
    # a vocative office other than the one the question before addressed, is that reporter's
    # second question (a new reporter names themselves or is called first).
    follows = follows or (
        bool(text)
        and asker is not None
        and q == i - 2
        and roles[i - 1] == "answer"
        and bodies[i][0].info.kind is LabelKind.QUESTION
        and fold(bodies[q][0].text) == fold(bodies[i][0].text)
        and (now := _VOCATIVE_OFFICE.match(body)) is not None
        and _ONE_QUESTION.fullmatch(body, now.end()) is not None
        and (before := _VOCATIVE_OFFICE.search(text[bodies[q][1] : bodies[q][2]])) is not None
        and fold(before.group("office")) != fold(now.group("office"))
    )
    # The record cuts a reporter off on a dash ("Question: Stéphane, Ibtisam Abdel Rahman, Al
    # Quds. On a different subject, … on Gaza —" / "[cross talk]") and the briefer puts them off
    # and then hands back ("Let me just finish Tonga, then I'll come to you. … Go ahead."): the
    # bare question straight after the hand-back is that reporter's.
    follows = follows or (
        bool(text)
        and asker is not None
        and q == i - 2
        and roles[i - 1] in ("other", "answer")
        and fold(bodies[q][0].text) == fold(bodies[i][0].text)
        and re.search(r"[ \t](?:—|–|--)\Z", text[bodies[q][1] : bodies[q][2]].rstrip()) is not None
        and re.search(
            r"\b(?:I['’]ll|I[ \t]+will)[ \t]+(?:come|get)[ \t]+(?:back[ \t]+)?to[ \t]+you\b"
            # (a bare "Go ahead." of its own: "Edie, go ahead." hands the floor to someone else)
            r"[\s\S]*[.!?][ \t]+Go[ \t]+ahead[ \t]*[.!]?\Z",
            text[bodies[i - 1][1] : bodies[i - 1][2]].rstrip(),
        )
        is not None
    )
    # A reporter asks leave to go on ("Q: Can I follow up on that?"), the briefer only grants
    # it ("Go ahead.", "Sure."): the question under the same label straight after is theirs.
    follows = follows or (
        bool(text)
        and asker is not None
        and q == i - 2
        and fold(bodies[q][0].text) == fold(bodies[i][0].text)
        and _LEAVE_TO_FOLLOW_UP.fullmatch(text[bodies[q][1] : bodies[q][2]]) is not None
        and (granted := _LEAVE_GRANTED.fullmatch(text[bodies[i - 1][1] : bodies[i - 1][2]]))
        is not None
        and granted.group("who") in (None, asker.split()[0])
    )
    # The moderator calls the last asker by name ("MR PIGOTT: Last question, Owen Bracken, AP.")
    # and no one else is called after: the same bare label straight after the answer is that
    # reporter's follow-up (the last call leaves no one else to ask).
    follows = follows or (
        bool(text)
        and asker is not None
        and q > 0
        and q == i - 2
        and roles[i - 1] == "answer"
        and roles[q - 1] == "other"
        and bodies[i][0].info.kind is LabelKind.QUESTION
        and fold(bodies[q][0].text) == fold(bodies[i][0].text)
        and _LAST_QUESTION_CALL.search(text[bodies[q - 1][1] : bodies[q - 1][2]][-200:]) is not None
        and _called_asker(text[bodies[q - 1][1] : bodies[q - 1][2]], answering) == asker
        and re.search(r"[.!?…][\"”’)]*[ \t]*\Z", text[bodies[i - 1][1] : bodies[i - 1][2]].rstrip())
        is not None
    )
    # The answerer asks the reporter to say it again ("… — sorry, could you repeat the last
    # part?"): the bare question straight after is that reporter's reply.
    follows = follows or (
        bool(text)
        and asker is not None
        and q == i - 2
        and fold(bodies[q][0].text) == fold(bodies[i][0].text)
        and _REPEAT_REQUEST.search(text[bodies[i - 1][1] : bodies[i - 1][2]][-120:]) is not None
    )
    follows = (
        follows
        or (
            asker is not None
            and q == i - 2
            and roles[i - 1] == "answer"
            and fold(bodies[q][0].text) == fold(bodies[i][0].text)
            and (
                _SHORT_FOLLOW_UP.match(body) is not None
                or _ADDRESSED_FOLLOW_UP.match(body) is not None
                or _AND_MORE_ON_FOLLOW_UP.match(body) is not None
            )
            # (only under a bare "Q:" / "Question:": a press conference's "REPORTER:" is anyone
            # in the room, whom the moderator does not tie to one asker)
            and bodies[i][0].info.kind is LabelKind.QUESTION
            # (an answer broken off mid-sentence, "… so I'd say", was cut in on: anyone may ask)
            and bool(text)
            and re.search(
                r"[.!?…][\"”’)]*[ \t]*\Z", text[bodies[i - 1][1] : bodies[i - 1][2]].rstrip()
            )
            is not None
        )
    )
    # The answer just given opens on the asker's first name ("Thank you, Lena. The statement
    # …") and the bare question straight after carries on from it ("Q: But will there be a
    # resolution?"): still hers, as a floor label's follow-up is (see _still_at_mic).
    follows = follows or (
        bool(text)
        and asker is not None
        and len(asker.split()) >= 2
        and q == i - 2
        and roles[i - 1] == "answer"
        and bodies[i][0].info.kind is LabelKind.QUESTION
        and fold(bodies[q][0].text) == fold(bodies[i][0].text)
        and len(body.split()) <= 30
        and _CARRIES_ON.match(body.lstrip()) is not None
        and re.match(
            # (a flat "No, Chris." addresses the asker as a thanks does)
            r"[ \t]*(?:(?:Thanks|Thank[ \t]+you|Yes|No|Well)[ \t]*,[ \t]*)?"
            rf"{re.escape(asker.split()[0])}[,.!]",
            text[bodies[i - 1][1] : bodies[i - 1][2]],
        )
        is not None
    )
    if asker is None or (not thanks and not follows):
        return None
    if _NOT_OWN_FOLLOW_UP.search(body[:80]):
        return None  # "A follow-up to my colleague's question: …" is someone else's
    name = name_from_phrase(asker)
    if name is not None and name.key in answering:
        return None
    return asker


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
            # ("**– Николай Александрович, …?**": both)
            if re.fullmatch(r"(?:\*\*|__)?[ \t]*[—–-]?", text[line_start : turn.start].strip()):
                cuts.append((line_start, turn.start))
            if text[turn.end : line_end].strip() in ("**", "__"):
                cuts.append((turn.end, line_end))
        cuts.extend([(turn.start, turn.start), (turn.end, turn.end)])
    return sorted(cuts)


# The interviewer's closing thanks, a short paragraph of its own: "Thank you, Senator.".
_CLOSING_THANKS = re.compile(
    # (a broadcaster's sign-off before it: "Jim, we'll leave it there. Thanks for joining us.")
    r"(?:(?:[A-Z][\w'’\-]+,[ \t]+)?[Ww]e['’]ll[ \t]+(?:have[ \t]+to[ \t]+)?leave[ \t]+it"
    r"[ \t]+there[.!][ \t]+)?(?:Thank[ \t]+you|Thanks)\b[^\n]{0,60}[.!]"
)
# A chair's words that close the sitting, all of the turn: "Заседание окончено.", "Судебное
# заседание объявляется закрытым.", "Засідання закрито.", "The hearing is adjourned.", "This
# meeting is now closed."
_SITTING_CLOSED = re.compile(
    r"(?:[^\n.!?]{0,60}[.!][ \t]+)?"
    r"(?:(?:Судебное[ \t]+|Судове[ \t]+)?(?:[Зз]аседание|[Зз]асідання)[ \t]+"
    r"(?:окончено|закрыто|закрито|завершено|объявляется[ \t]+закрытым|оголошується[ \t]+закритим)"
    r"|(?:The|This)[ \t]+(?:hearing|meeting|session|sitting)[ \t]+is[ \t]+(?:now[ \t]+)?"
    r"(?:adjourned|closed))[.!]"
)
# Words of the one who speaks, not of the writer telling of them.
_SPOKEN_PERSON = re.compile(r"\b(?:I|I['’]m|me|my|we|our|us|you|your)\b", re.IGNORECASE)


# A reporter's sentence about a speaker of the page: the surname, then a verb in the third
# person ("Reyes is general manager of …", "But Reyes says none of that …").
_THIRD_PERSON_VERB = r"[ \t]+(?:is|was|has|had|says|said|tells|told|adds|added|[a-z]{3,}s)\b"
# … and verbs the narration puts a speaker after ("has repeatedly criticized Powell").
_NARRATED_OBJECT_VERB = r"[a-z]{3,}ed|[a-z]{3,}s|about|with"
# A quotation the narration reports, after a third person's verb of saying: "he wrote that the
# chair was "always …"".
_REPORTED_QUOTE = (
    r"\b(?:he|she|they|[A-Z][\w'’\-]+)[ \t]+(?:wrote|writes|said|says|posted|called)\b"
    r"[^\"“”«»\n]{0,60}[\"“«]"
)
# A term of one to three words in quotation marks.
_QUOTED_TERM = r"[\"“«][^\s\"“”«»]+(?:[ \t][^\s\"“”«»]+){0,2}[\"”»]"
# The first person of one who speaks (the narration's "us" and generic "you" aside).
_OWN_PERSON = re.compile(r"\b(?:I|I['’]m|me|my|we|our)\b", re.IGNORECASE)


def _correspondent_narration(
    text: str, bodies: list[tuple[LabelHit, int, int, str | None]], byline: str | None
) -> tuple[list[tuple[LabelHit, int, int, str | None]], frozenset[int]]:
    """A TV magazine's transcript (a 60 Minutes segment under "By Lesley Stahl") runs the
    correspondent's narration between the labelled exchanges with no label of its own: the
    paragraphs closing a guest's turn that tell of the page's speakers in the third person
    ("Reyes is general manager of …, where Tom Hollis grows corn …", "But Reyes says none of
    that …"), no "I", "we" or "you" and no question in them, are the byline's correspondent's,
    a turn of her own. Only where the byline's writer speaks under labels of her own twice.
    Returns the bodies and where each such narration turn starts."""
    none: frozenset[int] = frozenset()
    if not byline:
        return bodies, none
    writer = name_from_phrase(byline)
    if writer is None or not writer.given:
        return bodies, none
    key = writer.key
    own = [b for b in bodies if b[3] and (n := name_from_phrase(b[3])) is not None and n.key == key]
    if len(own) < 2 or any(b[0].implied for b in own):
        return bodies, none
    model, display = own[0][0], own[0][3]
    others = {
        n
        for b in bodies
        if b[3] and (n := name_from_phrase(b[3])) is not None and n.key != key and n.given
    }
    if not others:
        return bodies, none
    tells = re.compile(
        "|".join(
            rf"\b{re.escape(n.given[0])}[ \t]+{re.escape(n.surname)}\b"
            rf"|\b{re.escape(n.surname)}{_THIRD_PERSON_VERB}"
            # (the speaker as the object or the owner: "The president has repeatedly criticized
            # Powell, …", "Powell's term as chair ends in May 2026.")
            rf"|\b(?:{_NARRATED_OBJECT_VERB})[ \t]+{re.escape(n.surname)}\b"
            rf"|\b{re.escape(n.surname)}['’]s[ \t]+[a-z]"
            for n in sorted(others, key=lambda n: n.key)
        )
    )
    # The correspondent tells what a speaker told the crew: "Tariffs, Powell told us, could
    # push …" — her "us", and the generic "you" of her explaining ("… and you risk a
    # recession"), no guest's.
    told_us = re.compile(
        "|".join(
            rf"\b{re.escape(n.surname)}[ \t]+(?:told|tells|showed|shows|gave|gives)[ \t]+us\b"
            for n in sorted(others, key=lambda n: n.key)
        )
    )
    out: list[tuple[LabelHit, int, int, str | None]] = []
    narrated: set[int] = set()
    for h, start, end, speaker in bodies:
        if speaker is None or speaker == display or h.implied:
            out.append((h, start, end, speaker))
            continue
        paras = [
            (start + m.start(), start + m.end())
            for m in re.finditer(r"\S[^\n]*(?:\n[ \t]*\S[^\n]*)*", text[start:end])
        ]

        def narration(a: int, b: int) -> bool:
            para = text[a:b]
            told = told_us.search(para) is not None
            return (
                len(para.split()) >= 12
                and "?" not in para
                # (a quotation the narration reports is hers: "… he wrote that the Fed chair
                # was "always TOO LATE AND WRONG" and should cut rates.")
                # (nor is a term in quotation marks: what economists call "stagflation")
                and (
                    not re.search(r"[\"“”«»]", para)
                    or re.search(_REPORTED_QUOTE, para) is not None
                    or not re.search(r"[\"“”«»]", re.sub(_QUOTED_TERM, "", para))
                )
                and (_OWN_PERSON if told else _SPOKEN_PERSON).search(para) is None
            )

        def caption(a: int, b: int) -> bool:
            # A photo's caption between the answer and the narration ("Federal Reserve Chair
            # Jerome Powell" / "60 Minutes"): short lines, no sentence closing them.
            para = text[a:b]
            return len(para.split()) < 12 and re.search(r"[.!?…\"”»]\s*\Z", para) is None

        cut = next(
            (
                k
                for k in range(1, len(paras))
                if all(narration(a, b) for a, b in paras[k:])
                and tells.search(text, paras[k][0], paras[k][1]) is not None
            ),
            None,
        )
        if cut is None:
            out.append((h, start, end, speaker))
            continue
        a = paras[cut][0]
        last = cut - 1
        while last > 0 and caption(*paras[last]):
            last -= 1
        out.append((h, start, paras[last][1], speaker))
        hit = dataclasses.replace(model, start=a, end=a, cut=a, implied=True)
        out.append((hit, a, end, display))
        narrated.add(a)
    return out, frozenset(narrated)


def _thanked(text: str, start: int, end: int) -> bool:
    """Whether a turn's last paragraph is a short one that thanks ("Governor Newsom, thank you
    so much.", "Ирина Соколова … была у нас в студии. Спасибо.")."""
    # (a podcast's clock before the next label stands on the body's last line: "[00:05:02]")
    lines = [ln for ln in text[start:end].split("\n") if re.search(r"[^\W\d_]", ln)]
    last = lines[-1] if lines else ""
    # (thanks that go on to ask, "Thanks for being here. What comes next for you?", open a
    # reply, not a farewell)
    return len(last.split()) <= 25 and _ANY_THANKS.search(last) is not None and "?" not in last


# Thanks in the languages the pages are in, anywhere in a paragraph.
_ANY_THANKS = re.compile(
    r"(?<![\w])(?:Thank[ \t]+you|Thanks|Спасибо|Спасибі|Благодарю|Дякую|Дякуємо)(?![\w])",
    re.IGNORECASE,
)
# A short reply to the thanks that closes a programme: "Спасибо вам.", "Дякую, до побачення.",
# "Thank you, Lulu. I appreciate it."
_THANKS_REPLY = re.compile(
    r"[ \t]*(?:Thank[ \t]+you|Thanks|Спасибо|Спасибі|Благодарю|Дякую|Дякуємо)(?![\w])"
    r"[^\n]{0,60}[.!][ \t]*",
    re.IGNORECASE,
)


def _thanks_then_narration(text: str, start: int, end: int, *, farewell: bool = False) -> int:
    """The last turn's end where it is the interviewer's short thanks and the paragraphs under
    it are the writer's, no one's words (no "I", "we" or "you" in them): "Thank you,
    Senator." / "The bill has been referred to the Joint Committee on Ways and Means, which has
    not yet scheduled a hearing." — the thanks closes the turn."""
    first = text.find("\n\n", start, end)
    if first < 0:
        # A web page that parts its paragraphs by a single newline (Sky News: "Thanks, Beth."
        # / "Mr Pennycook's comments come after …"): the thanks' own line.
        first = text.find("\n", start, end)
    if first >= 0 and _SITTING_CLOSED.fullmatch(text[start:first].strip()):
        # The chair's declaration that the sitting is over ("Заседание окончено.", "The
        # hearing is adjourned."), a paragraph of its own: whatever follows is the page's (a
        # blogger's afterword "Что в итоге: …"), nobody in the record speaks after it.
        return len(text[:first].rstrip())
    if (
        farewell
        and first >= 0
        and _THANKS_REPLY.fullmatch(text[start:first]) is not None
        and len(text[start:first].split()) <= 10
        # (a next paragraph that opens on the speaker's "I", "we" or "you" goes on with the
        # reply: "Thanks, everybody." / "We will be back in Rome next month …"; a page's "You
        # can share this story:" or its credits do not)
        and not _speaks_on(text, first, end)
    ):
        # The last turn returns the thanks the turn above closed on (a programme's goodbye,
        # "Спасибо. " / "Спасибо вам."): no one in the conversation speaks after it, so what
        # follows is the page's, even where it turns to the reader ("Смотрите «Вечер» …",
        # "That's our show.").
        return len(text[:first].rstrip())
    if first < 0 or not _CLOSING_THANKS.fullmatch(text[start:first].strip()):
        return end
    if _SITTING_CLOSED.fullmatch(" ".join(text[first:end].split())):
        # The chair's thanks, then the close of the sitting on the record's next (hard-wrapped)
        # line: "Thank you. The record will stay open for 2 weeks." / "The hearing is
        # adjourned." — the chair's words, nobody's narration.
        return end
    # (the page may point its reader somewhere, "you" no listener: "The budget will be
    # debated at full council on 20 February. You can read the budget papers on the Council
    # meetings page.")
    if _SPOKEN_PERSON.search(_READER_POINTER.sub("", text[first:end])):
        return end
    return len(text[:first].rstrip())


def _speaks_on(text: str, start: int, end: int) -> bool:
    """Does the line after a closing reply still speak ("We will be back in Rome next month
    …", "… You should all write to your councillor.")? Its "I", "we" or "you" count, not a
    page's pointer to more of it, a programme's credits ("That's our show. It is produced by
    …") or a line that heads a list ("You can share this story on social media:")."""
    line = text[start:end].strip().split("\n", 1)[0].strip() if text[start:end].strip() else ""
    if not line or line.endswith(":"):
        return False
    kept = _PROGRAMME_CREDIT.sub("", _READER_POINTER.sub("", line))
    return _SPOKEN_PERSON.search(kept) is not None


# A programme's sign-off and credits under the last reply: "That's our show.", "This has been
# …", "It is produced by Wyatt Orme and edited by Ann Brody." (the show's voice, no speaker's).
_PROGRAMME_CREDIT = re.compile(
    r"(?:^|(?<=[.!?][ \t]))[ \t]*"
    r"(?:That['’]s[ \t]+(?:our[ \t]+show|all)|This[ \t]+has[ \t]+been"
    r"|[^.!?\n]{0,80}\b(?:produced|edited|mixed|engineered)[ \t]+by)\b[^.!?\n]{0,160}[.!?]?"
)


# A page's sentence sending its reader to more of it: "You can read the budget papers on the
# Council meetings page.", "You can watch the full interview on our website."
_READER_POINTER = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))[ \t]*You[ \t]+can[ \t]+(?:also[ \t]+)?"
    r"(?:read|find|watch|view|listen[ \t]+to|download|see)\b[^.!?\n]{0,120}?"
    r"\b(?:page|website|web[ \t]+site|site|online|iPlayer|app)\b[^.!?\n]{0,40}[.!]"
)


# A PDF excerpt's page number alone under the last turn, the document's note below it ("Page 4
# of 11" / "This excerpt is provided for information. The approved minutes …"): the page's
# foot, where the last speaker's words end (mid-text, a page break the turn goes on past).
_PAGE_FOOT = re.compile(
    r"\n[ \t]*\n[ \t]*(?i:page)[ \t]+\d{1,3}[ \t]+(?i:of)[ \t]+\d{1,3}[ \t]*(?:\n|\Z)"
)


# The host's own name in a podcast's opening, after the welcome: "Hello and welcome to Power
# Play, … I'm Anne McElvoy, executive editor at POLITICO."
_HOST_WELCOME = re.compile(
    r"\b(?:[Ww]elcome[ \t]+(?:back[ \t]+)?to|[Yy]ou['’]re[ \t]+listening[ \t]+to)\b"
)
_SPOKEN_FULL_NAME = rf"[{UPPER}][{LOWER}]+(?:[ \t]+(?:Mc|Mac|O['’])?[{UPPER}][{LOWER}'’\-]+){{1,2}}"
_HOST_IM = re.compile(
    rf"(?<![\w])I['’]m[ \t]+(?P<n>{_SPOKEN_FULL_NAME})(?=[ \t]*[,.;!—–]|[ \t]+and[ \t])"
)
# A voice saying who it is, near the start of its first turn: "I'm Kori Schake, I direct …",
# "Hi, I'm Liana Fix, I'm a fellow …", "My name is Dana Whitcombe and I …".
_SELF_INTRO = re.compile(
    rf"(?<![\w])(?:I['’]m|[Mm]y[ \t]+name[ \t]+is)[ \t]+(?P<n>{_SPOKEN_FULL_NAME})"
    r"(?=[ \t]*[,.;!—–]|[ \t]+and[ \t])"
)


def _self_introduced_voices(
    bodies: Sequence[tuple[LabelHit, int, int, str | None]], text: str
) -> dict[str, str]:
    """The names of a panel's numbered voices (Otter's "Speaker 1" … "Speaker 5") where no note
    names them but each says who it is within the first 300 characters of its own first turn
    ("For those of you I haven't met, I'm Ivo Daalder, …", "So I'm Kori Schake, …"). Each
    voice is read once, from its first turn; at least two voices must name themselves, with
    different surnames; a voice that names no one (a questioner from the floor) stays null."""
    if len(bodies) < 4 or not all(_unknown_voice(h) for h, *_ in bodies):
        return {}
    if any(sp not in (None, h.text) for h, _, _, sp in bodies):
        return {}
    named: dict[str, str] = {}
    surnames: set[str] = set()
    seen: set[str] = set()
    for h, start, end, _ in bodies:
        voice = fold(h.text)
        if voice in seen:
            continue
        seen.add(voice)
        m = _SELF_INTRO.search(text[start : min(end, start + 300)])
        name = name_from_phrase(m.group("n")) if m is not None else None
        if name is None or not name.has_full_given or is_title_token(name.given[0]):
            continue
        if fold(name.surname) in surnames:
            return {}  # two voices who say the same name: no one can tell which is whom
        surnames.add(fold(name.surname))
        named[voice] = name.display()
    return named if len(named) >= 2 else {}


# The guest the host's opening welcomes by full name, the turn's last sentence: "Alexander
# Stubb, welcome to Power Play." / "Welcome to the show, Maria Lopez."
_GUEST_WELCOMED = re.compile(
    rf"(?:^|[.!?][ \t]+)(?:(?P<a>{_SPOKEN_FULL_NAME}),"
    r"[ \t]+welcome(?:[ \t]+(?:back[ \t]+)?to[ \t]+[^.!?\n]{1,60})?"
    r"|[Ww]elcome(?:[ \t]+(?:back[ \t]+)?to[ \t]+[^.!?\n,]{1,60})?,[ \t]+"
    rf"(?P<b>{_SPOKEN_FULL_NAME}))"
    r"[ \t]*[.!][ \t]*$"
)


def _welcomed_voices(
    bodies: Sequence[tuple[LabelHit, int, int, str | None]], text: str
) -> dict[str, str]:
    """The names of a podcast's two numbered voices (Otter's "Speaker 1" / "Speaker 2") where
    no note names them but the opening does: the first voice welcomes the listener and says who
    it is ("Hello and welcome to Power Play, … I'm Anne McElvoy, …"), and ends the turn
    welcoming its guest by full name ("… Alexander Stubb, welcome to Power Play."), who answers
    the welcome with thanks in the next turn ("Thank you, Anne."). Every label must be one of
    the two voices, none named otherwise; anything less names no one."""
    if len(bodies) < 4 or not all(_unknown_voice(h) for h, *_ in bodies):
        return {}
    if any(sp not in (None, h.text) for h, _, _, sp in bodies):
        return {}
    voices = list(dict.fromkeys(fold(h.text) for h, *_ in bodies))
    if len(voices) < 2 or fold(bodies[1][0].text) == voices[0]:
        return {}
    opening = text[bodies[0][1] : bodies[0][2]].strip()
    reply = text[bodies[1][1] : bodies[1][2]].strip()
    welcome = _HOST_WELCOME.search(opening)
    me = _HOST_IM.search(opening)
    guest = _GUEST_WELCOMED.search(opening)
    phrase = guest.group("a") or guest.group("b") if guest is not None else None
    if phrase is not None and all(
        is_title_token(w) or w in ("Madam", "Madame") for w in phrase.split()
    ):
        phrase = None  # "Madam Secretary, welcome back to …" welcomes an office, no name
    if (
        phrase is None
        and (joined := _GUEST_JOINING.search(opening)) is not None
        and _TITLE_WELCOMED.search(opening, joined.end()) is not None
    ):
        # A broadcast's host brings the guest in by office and name, then welcomes the office
        # alone as the turn's last sentence: "Joining me now is Secretary of State Marco
        # Rubio, who led … Mr. Secretary, welcome back to Meet the Press."
        phrase = joined.group("n")
    if welcome is None or me is None or phrase is None or me.start() < welcome.start():
        return {}
    if re.match(r"(?:[Tt]hank(?:s|[ \t]+you)|[Gg]reat[ \t]+to[ \t]+be)\b", reply) is None:
        return {}
    host_name = name_from_phrase(me.group("n"))
    guest_name = name_from_phrase(phrase)
    if (
        host_name is None
        or guest_name is None
        or not host_name.has_full_given
        or not guest_name.has_full_given
        or host_name.surname == guest_name.surname
    ):
        return {}
    named = {voices[0]: host_name.display(), voices[1]: guest_name.display()}
    for voice in voices[2:]:
        # A third voice is a clip the host plays ("I want to play you something that Vice
        # President JD Vance said …"): named where every one of its turns follows the host's
        # cue naming the same person; a voice no cue names stays null.
        cued = {
            _clip_voice(text[bodies[i - 1][1] : bodies[i - 1][2]])
            if fold(bodies[i - 1][0].text) == voices[0]
            else None
            for i, (h, *_) in enumerate(bodies)
            if i > 0 and fold(h.text) == voice
        }
        if len(cued) == 1 and (clip := cued.pop()) is not None:
            named[voice] = clip
    return named


# The host's welcome of the guest by office alone, the opening's last sentence, after the
# guest was brought in by name: "Mr. Secretary, welcome back to Meet the Press."
_TITLE_WELCOMED = re.compile(r"[.!?][ \t]+[^.!?\n]{0,40}\b[Ww]elcome\b[^.!?\n]{0,60}[.!][ \t]*$")
# "Joining me now is Secretary of State Marco Rubio, who …", "With us now is …", "I'm joined
# now by …": the office and name up to the comma or "who".
_GUEST_JOINING = re.compile(
    r"(?:^|[.!?][ \t]+)(?:Joining[ \t]+(?:me|us)(?:[ \t]+(?:now|today|here|this[ \t]+morning))?"
    r"[ \t]+(?:is|now[ \t]+is)|With[ \t]+(?:me|us)[ \t]+(?:now[ \t]+)?is"
    r"|I['’]m[ \t]+joined[ \t]+(?:now[ \t]+)?by)[ \t]+"
    rf"(?P<n>(?:the[ \t]+)?(?:[{UPPER}][\w.'’\-]*[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?){{0,5}}"
    rf"{_SPOKEN_FULL_NAME})(?=[ \t]*,|[ \t]+who\b)"
)
# The host's cue to a clip, the turn's last sentence naming who is heard: "I want to play you
# something that Vice President JD Vance said on Friday …", "Let's listen to what Jane Doe
# told reporters."
_CLIP_CUE = re.compile(
    r"\b(?:play|show|listen[ \t]+to|hear)\b[^.!?\n]{0,40}?\b(?:what|something(?:[ \t]+that)?)"
    rf"[ \t]+(?P<n>(?:[{UPPER}][\w.'’\-]*[ \t]+){{2,6}})"
    r"(?:said|told|had[ \t]+to[ \t]+say)\b[^.!?\n]*[.:]?[ \t]*$"
)


def _clip_voice(cue: str) -> str | None:
    """The full name a host's clip cue ends on ("… what Vice President JD Vance said …")."""
    m = _CLIP_CUE.search(cue.strip())
    name = name_from_phrase(m.group("n")) if m is not None else None
    return name.display() if name is not None and name.has_full_given else None
