"""Stage directions: bracketed cues ("(CROSSTALK)", "[inaudible]"), editor's notes, a record's
narrative lines, clip regions, and the trimming of direction lines off a body's end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rhetoscope.structure.labels import LabelHit

_LEADING_STAMP = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+")
_DIRECTION = re.compile(r"[(\[][ \t]*(?P<c>[^()\[\]\n]{2,100}?)[ \t]*[)\]]")
_CLERK_NOTE = re.compile(r"(?<=\n\n)[ \t]*(\([^()\[\]\n]{101,400}\.\))[ \t]*(?=\n\n|\n?\Z)")
_DIRECTION_WORDS = frozenset(
    {
        "crosstalk",
        "cross-talk",
        "overtalk",
        # "(Overlapping voices)", "(Overlapping speech)": crosstalk in a translated record.
        "overlapping",
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
        # An oral history's recorder notes: "[Recording begins]", "[Recording paused]".
        "recording",
        # Canada's Hansard marks the language of the floor: "[Translation]", "[English]".
        "translation",
        "interpretation",
        # The interpreter's note between a foreign leader's words: "(Синхронний переклад)",
        # "(Синхронный перевод)", "(Перевод с английского)".
        "переклад",
        "перевод",
        # A phone-in guest's line drops: "[Зв'язок перервався]", "(Связь прервалась)".
        "зв'язок",
        "связь",
        "перервався",
        "прервалась",
        # … or the video link of a remote participant: "[Відеозв'язок перервано]",
        # "(Видеосвязь прервана)".
        "відеозв'язок",
        "видеосвязь",
        "перервано",
        "перервана",
        "прервано",
        "прервана",
        "синхронний",
        "синхронный",
        "english",
        "français",
        "speaking",  # NPR: "(Speaking French)"
        "speaks",  # White House: "(Speaks Ukrainian.)"
        "interruption",
        "interrupts",
        # A podcast transcript's section marks, each on a line of its own: "[Intro]", "[Main
        # Podcast]", "[Outro]".
        "intro",
        "outro",
        "interlude",
        "podcast",
        # A hearing's or deposition's break on a line of its own: "(Recess taken.)", "(Short
        # adjournment)", "(Luncheon adjournment)".
        "recess",
        "adjournment",
        "concludes",  # "(Concludes)", "(Briefing concluded)": an editor's line
        "concluded",
        "смех",
        "аплодисменты",
        "неразборчиво",
        "пауза",
        "шум",
        "смеется",
        "смеётся",
        "смеются",
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
        "сміються",
        "оплески",
        "нерозбірливо",
        # A sitting's recess and a broadcast's inserts: "(Перерыв.)", "(Відеосюжет)",
        # "[Музыкальная заставка]", "[Реклама]".
        "перерыв",
        "перерва",
        # A stenogram cuts a speaker off at the time limit: "(Микрофон отключён.)", "(Мікрофон
        # вимкнено)".
        "микрофон",
        "мікрофон",
        # … written as the switching off: "(Вимкнення мікрофона)", "(Отключение микрофона)".
        "микрофона",
        "мікрофона",
        "вимкнення",
        "відключення",
        "отключение",
        "выключение",
        # A live broadcast's line or picture fails mid-answer: "[технические неполадки]",
        # "(Технические помехи)", "[технічні неполадки]".
        "неполадки",
        "помехи",
        "видеосюжет",
        "відеосюжет",
        "сюжет",
        # A talk show rolls a clip between the answers: "(Показывают видеофрагмент.)".
        "видеофрагмент",
        "відеофрагмент",
        "показывают",
        "показують",
        # A speaker at a working meeting points to a slide: "(Демонстрирует слайд.)",
        # "(Демонструє слайд.)".
        "демонстрирует",
        "демонструє",
        "реклама",
        "заставка",
        "музыка",
        "музика",
        "музыкальная",
        "музична",
        # A radio show plays a song between the answers: "(Звучить пісня)", "(Звучит песня)".
        "звучить",
        "звучит",
    }
)
# The languages a transcript notes a speaker switching to ("(In English.)").
_LANGUAGES = frozenset(
    {
        "english", "russian", "french", "german", "spanish", "arabic", "chinese", "portuguese",
        "italian", "ukrainian", "malay", "turkish", "japanese", "korean", "persian", "hindi",
    }
)  # fmt: skip
# A translator's note that the words are the page's own rendering.
_TRANSLATION_NOTES = (
    ["unofficial", "translation"],
    # India's MEA, after a label whose question was put in Hindi: "Question (in Hindi):
    # [Approximate translation] Sir, what will …".
    ["approximate", "translation"],
    ["неофіційний", "переклад"],
    ["неофициальный", "перевод"],
)
_GALLERY_COUNTER = re.compile(
    r"[ \t]*(?:Image|Photo|Фото|Слайд)[ \t]+\d+[ \t]+(?:of|из|з)[ \t]+\d+[ \t]*", re.I
)
# A player link's medium and running time, "Watch: … (video, 7 min)", "(audio, 12 mins)":
# the page's caption of what it embeds, no note of what happened in the room (a webcast's
# position, "[Video: 1:42:17]", marks the record).
_MEDIA_LENGTH = re.compile(
    r"[ \t]*(?:video|audio|clip|podcast)[ \t]*,[ \t]*\d{1,3}[ \t]*"
    r"(?:min(?:ute)?s?|sec(?:ond)?s?|hrs?|hours?)\.?[ \t]*",
    re.I,
)
_TEXT_BELOW = re.compile(
    r"[ \t]*(?:Далі|Далее|Ниже|Нижче|Below|What[ \t]+follows)\b[^\n]{0,40}?"
    r"\b(?:текстов\w*|текст|розшифровк\w*|расшифровк\w*|стенограм\w*|transcript|text)\b",
    re.IGNORECASE,
)
# A bracketed photo caption alone on its line: "[Photo caption: …]", "(Image caption: …)".
_BRACKETED_CAPTION = re.compile(
    r"^[ \t]*([\[(][ \t]*(?:(?:Photo|Image|Picture)[ \t]+)?[Cc]aption[ \t]*:[^()\[\]\n]{2,400}"
    r"[)\]])[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_MARK_GLOSSED = re.compile(r"[ \t]+(?:is|are)[ \t]+used[ \t]+(?:when|where|to|for)\b")
_CLIP_INSERTS = (
    ["видео"],
    ["відео"],
    ["аудио"],
    ["аудіо"],
    # the clip named as an excerpt: "(Уривок відео)", "(Фрагмент видео)", "(Отрывок видео)"
    *(
        [part, medium]
        for part in ("уривок", "фрагмент", "отрывок")
        for medium in ("видео", "відео", "аудио", "аудіо")
    ),
    # a radio show plays a passage of the guest's audiobook: "(Фрагмент аудіокниги)"
    *(
        [part, medium]
        for part in ("уривок", "фрагмент", "отрывок")
        for medium in ("аудіокниги", "аудиокниги")
    ),
)
# (NBC's Meet the Press: "[START TAPE]" … "[END TAPE]")
# (or the noun first, the verb after it: "[Clip begins.]" / "[Clip ends.]", "[Audio starts]")
_CLIP_BEGIN = re.compile(
    r"^\s*(?:begin|start)\b"
    r"|^\s*(?:clip|video|audio|videotape|soundbite|tape)[ \t]+(?:begins|starts)\b",
    re.IGNORECASE,
)
_CLIP_END = re.compile(
    r"^\s*end\b|^\s*(?:clip|video|audio|videotape|soundbite|tape)[ \t]+ends\b", re.IGNORECASE
)
_TIMESTAMP_LINE = re.compile(r"^[ \t]*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]*$")
# An editor's cut on its own line (kremlin.ru "<…>", "[…]", "(...)"): it ends no one's words.
_ELISION_LINE = re.compile(r"^[ \t]*[<\[(]?[ \t]*(?:…|\.{3})[ \t]*[>\])]?[ \t]*$")
# Lok Sabha's uncorrected debates mark the uproar that cut a member off, "…(Interruptions)",
# and the reporter's "(ends)" at the foot of each slot: the record's marks (the gold keeps
# them out of the stage directions), no one's words, so a turn ends before them.
# (So is the European Parliament's note of the House's response under a speech, "(Mixed
# reactions)", which its gold keeps out of the directions too.)
_RECORD_MARK_LINE = re.compile(
    r"^[ \t]*(?:…|\.{3})?[ \t]*\((?:Interruptions|ends|Mixed[ \t]+reactions)\)[ \t]*$"
)
# A webinar's note of dropped audio on a line of its own: "[Нет звука]", "[Пропал звук]",
# "[Немає звуку]" (the host then asks the guest to unmute): the recording's gap, no one's words,
# so the turn above ends before it (the gold keeps it out of the stage directions).
_NO_SOUND_LINE = re.compile(
    r"^[ \t]*[\[(][ \t]*(?:[^\W\d_]+[ \t]+)?звук[ауі]?(?:[ \t]+[^\W\d_]+)?[ \t]*[)\]][ \t]*$",
    re.IGNORECASE,
)


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
        if own_line and content == "all":
            spans.append((m.start(), m.end()))  # govinfo's end-of-document line: "[all]"
            continue
        if not words or words[0].isdigit():
            continue
        if own_line and words in _CLIP_INSERTS and labels and m.start() > labels[0].start:
            # Суспільне's telethon transcript: "(Відео)" on a line between a guest's answers is
            # the clip rolled there (above the first label, "[Видео]" is the page's embed).
            spans.append((m.start(), m.end()))
            continue
        if (
            own_line
            and len(words) == 2
            and words[-1] in ("видеоролик", "відеоролик")
            and any(not text[m.end() : a].strip() for a, _ in label_ranges if a >= m.end())
        ):
            # A ministry's briefing plays a clip after the minister's opening, the next label
            # right below it: "(Демонстрируется видеоролик)" / "Вопрос (ТАСС): …" — the clip
            # ends the turn above. (Inside a report, the same speaker going on below it, the
            # record keeps it in the report: minoborony's "(Демонстрируется видеоролик)".)
            spans.append((m.start(), m.end()))
            continue
        # The White House's interpreter's note: "PRIME MINISTER MELONI:  (As interpreted.)".
        interpreted = words in (["as", "interpreted"], ["as", "translated"])
        # NATO's interpreter's note opening a leader's words: "[Interpreted from Polish]",
        # "[Spoke in English]", "(Translated from French)" — right after a label or alone on its
        # line (a header's "Transcript (translated from German)" is the page's title).
        interpreted = interpreted or (
            len(words) <= 4
            and words[:2] in (["interpreted", "from"], ["translated", "from"], ["spoke", "in"])
            and (
                not text[line_start : m.start()].strip()
                or any(b <= m.start() and not text[b : m.start()].strip() for _, b in label_ranges)
            )
        )
        # A transcript's note of the language a guest switched to: kremlin.ru's "(In
        # English.)" set capitalised inside the turn, its own sentence; the page's note that the
        # words below are its own rendering: president.gov.ua's "(Неофіційний переклад)" right
        # after the label.
        interpreted = interpreted or (
            len(words) == 2
            and words[0] == "in"
            and words[1] in _LANGUAGES
            and re.match(r"[ \t]*In\b", m.group("c")) is not None
            and re.search(r"(?:^|[.!?…][\"”»’)]*)[ \t]*$", text[line_start : m.start()]) is not None
        )
        interpreted = (
            interpreted
            or (
                words in _TRANSLATION_NOTES
                and (
                    not text[line_start : m.start()].strip()
                    or any(
                        b <= m.start() and not text[b : m.start()].strip() for _, b in label_ranges
                    )
                    # (the MEA's note may open the answer's next part, after a sentence: "… are
                    # continuing. [Approximate translation] On the last question, …")
                    or (
                        words[0] == "approximate"
                        and re.search(r"[.!?…][\"”»’)]*[ \t]+$", text[line_start : m.start()])
                        is not None
                    )
                )
            )
        )
        keyword = (
            interpreted
            or words[0] in _DIRECTION_WORDS
            or (content.isupper() and any(w in _DIRECTION_WORDS for w in words))
        )
        # "(BELL RINGS)", "(AUDIENCE REACTION)": a line of capitals in brackets is a cue too.
        cue = own_line and content.isupper() and len(words) <= 6
        if m.start() < tags_end and not keyword:
            continue
        # rev.com's "[crowd cheering]", "[audience applauding]" on a line of their own.
        cue = cue or (own_line and len(words) <= 4 and any(w in _DIRECTION_WORDS for w in words))
        # (the UN's "[cross talk]" spells it as two words)
        cue = cue or (own_line and len(words) <= 3 and words[:2] == ["cross", "talk"])
        # A committee's webcast transcript notes the vote on a line of its own: "[Vote taken]",
        # "[Voting]", "[Division]".
        # (a Ukrainian or Russian stenogram's "(Голосування)", "(Идёт голосование)")
        cue = cue or (
            own_line
            and len(words) <= 3
            and (
                words[0] in ("vote", "voting", "division")
                or re.fullmatch(r"голосуван\w*|голосовани\w*|голосу(?:ють|ют)", words[-1])
                is not None
            )
        )
        # GPO's short editor's sentences in square brackets on a line of their own: "[Witnesses
        # sworn.]", "[Recess.]" (the closing period makes it a note, not a bracketed name).
        cue = cue or (
            own_line
            and len(words) <= 2
            and m.group(0).startswith("[")
            and _NOTE_SENTENCE.fullmatch(m.group("c")) is not None
        )
        # A photo gallery's counter, "[Image 1 of 2]": the page's, no note of what happened.
        if _GALLERY_COUNTER.fullmatch(m.group("c")) is not None:
            continue
        if _MEDIA_LENGTH.fullmatch(m.group("c")) is not None:
            continue
        # A news page's update stamp under its date line, one word then a time and a date:
        # "(обновлено: 09:12 20.03.2025)", "(updated 14:05 GMT 3.4.2025)" — the page's.
        if (
            own_line
            and not keyword
            and len(words) >= 3
            and all(w.isdigit() or w in ("gmt", "utc", "мск") for w in words[1:])
            # (its date's year in it: a player's "[Listen · 6:12]" is the clip's length)
            and any(re.fullmatch(r"(?:19|20)\d\d", w) for w in words[1:])
        ):
            continue
        # The editor's pointer to the text below it: "(Далі – текстова версія ефіру)", "(Нижче –
        # розшифровка розмови)", "(Below is the transcript of the broadcast)" — the page's note
        # of what follows, nothing that happened in the room.
        if own_line and not keyword and _TEXT_BELOW.match(m.group("c")) is not None:
            continue
        # A Hansard's key to its marks above the record ("[inaudible] is used when audio words
        # cannot be deciphered."): the mark defined, not heard.
        if _MARK_GLOSSED.match(text, m.end()) is not None:
            continue
        if (keyword and len(words) <= 6) or (own_line and 3 <= len(words) <= 15) or cue:
            spans.append((m.start(), m.end()))
    if labels:
        # A court record's clerk's note, a bracketed sentence too long for a cue, a paragraph
        # of its own between two turns: "(Свидетель Кравцова Н.П. предупреждена об уголовной
        # ответственности по ст. 307 УК РФ, подписка приобщена к протоколу.)".
        for m in _CLERK_NOTE.finditer(text, labels[0].end, limit):
            spans.append((m.start(1), m.end(1)))
    if any(h.stopped for h in labels):
        # The Congressional Record's narrative lines between the members' words record what
        # the House did, nobody says them: "There was no objection.", "A motion to reconsider
        # was laid on the table."
        spans = sorted([*spans, *(m.span(1) for m in _RECORD_NARRATIVE.finditer(text, 0, limit))])
    # A podcast's sponsor read between its marks: "[Ad break]" / "This episode … is supported
    # by Northfield Mattress. …" / "[End of ad break]". No guest says it: every line of it is
    # the show's (a line at a time, as the turn's end is trimmed line by line).
    for m in _AD_BLOCK.finditer(text, 0, limit):
        at = m.start()
        for line in m.group().split("\n"):
            if line.strip():
                spans.append((at, at + len(line)))
            at += len(line) + 1
    # A sponsor read on one line between dash rules: "--- This stream is supported by Lumen
    # Optics. Get 15% off … at checkout. ---" (a YouTube transcript's ad spot).
    spans.extend(m.span(1) for m in _AD_LINE.finditer(text, 0, limit))
    # Australia's and New Zealand's Hansard note an interjection on a line of its own, no
    # brackets: "Senator Teale interjecting—", "Opposition members interjecting—".
    spans.extend(m.span(1) for m in _INTERJECTING.finditer(text, 0, limit))
    # The Commons' record notes members standing to catch the Speaker's eye on a line of its
    # own: "Several hon. Members rose—", "Hon. Members rose—" — nobody's words.
    spans.extend(m.span(1) for m in _MEMBERS_ROSE.finditer(text, 0, limit))
    # The Bundestag's record sets a heckle on its own line, the member's party in square
    # brackets inside the parentheses: "(Tobias Maier [BÜNDNIS 90/DIE GRÜNEN]: From which
    # fund?)" — the record's note of a shout, not the speaker's words.
    spans.extend(m.span(1) for m in _HECKLE_LINE.finditer(text, 0, limit))
    spans.extend(m.span(1) for m in _CHAMBER_NOISE.finditer(text, 0, limit))
    # A Commons committee's oral evidence records a break for a vote on lines of its own, no
    # brackets: "Sitting suspended for a Division in the House." / "On resuming—".
    spans.extend(m.span(1) for m in _SITTING_SUSPENDED.finditer(text, 0, limit))
    # A photo's caption in brackets on a line of its own, too long for an editor's note
    # ("[Photo caption: NATO Secretary General … at NATO Headquarters, Brussels. © NATO]"):
    # the page's, no one's words, so at a turn's edge it is no part of the body.
    # (between two turns only: over the first label the header's caption is the intro's or
    # the page's, under the last the page's foot)
    captions = [
        m.span(1)
        for m in _BRACKETED_CAPTION.finditer(text, labels[0].end if labels else limit, limit)
        if m.end() < labels[-1].start
    ]
    spans = [d for d in spans if not any(a <= d[0] < b for a, b in captions)] + captions
    # GPO's editor's note hard-wrapped over two or more lines of its own, as its hearings set
    # every line: "[The prepared statement of Mr. Doe can be found in the Appendix " / "on page
    # 43.]". The one-line pattern stops at the line's end; the note is the record's, no one's.
    # (between two turns only: under the last label, past the adjournment, the record's
    # appended material is the page's)
    if labels:
        spans.extend(
            m.span(1)
            for m in _WRAPPED_NOTE.finditer(text, max(tags_end, labels[0].end), limit)
            if "\n" in m.group(1) and m.end() < labels[-1].start
        )
    spans.sort()
    if "[" in text:
        # GPO's exhibit placeholder "[GRAPHIC] [TIFF OMITTED] T6041.001": the whole line.
        exhibits = [m.span(1) for m in _EXHIBIT_LINE.finditer(text, 0, limit)]
        if exhibits:
            spans = [d for d in spans if not any(a <= d[0] < b for a, b in exhibits)]
            spans = sorted([*spans, *exhibits])
    return spans


_WRAPPED_NOTE = re.compile(
    r"^[ \t]*(\[[A-Z][^\[\]()\n]{5,120}(?:\n[^\[\]()\n]{1,120}){1,3}[.]\])[ \t]*$", re.MULTILINE
)
_HECKLE_LINE = re.compile(
    r"^[ \t]*(\([^()\[\]\n]{2,80}\[[^()\[\]\n]{1,60}\][ \t]*:[^()\n]{1,300}\))[ \t]*$",
    re.MULTILINE,
)
# The marks are bracketed ("[Ad break]") or set between dashes ("— SPONSOR BREAK —" / "— END
# SPONSOR BREAK —"); the closing one may drop its "of".
_AD_OPEN = r"(?:[\[(]|[—–\-]{1,3}[ \t]*)"
_AD_CLOSE = r"(?:[\])]|[ \t]*[—–\-]{1,3})"
_AD_BLOCK = re.compile(
    rf"^[ \t]*{_AD_OPEN}(?i:ad[ \t]+break|advert(?:isement)?[ \t]+break"
    r"|sponsor[ \t]+(?:break|message|read)"
    # Russian and Ukrainian podcasts: "— Реклама —" / … / "— Конец рекламы —".
    r"|реклама|рекламн\w+[ \t]+(?:пауза|вставка)|рекламна[ \t]+(?:пауза|вставка))"
    rf"{_AD_CLOSE}[ \t]*\n(?:[^\n]*\n){{1,12}}?"
    rf"[ \t]*{_AD_OPEN}(?i:end[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?(?:ad[ \t]+break|advert\w*[ \t]*\w*"
    r"|sponsor\w*[ \t]*\w*)|back[ \t]+to[ \t]+the[ \t]+show"
    r"|(?:конец|кінець)[ \t]+реклам\w*(?:[ \t]+(?:паузы|паузи|вставки))?)"
    rf"{_AD_CLOSE}[ \t]*$",
    re.MULTILINE,
)
_AD_LINE = re.compile(
    r"^[ \t]*([—–\-]{2,3}[ \t]*[^\n]{0,200}?\b(?i:(?:supported|sponsored|brought[ \t]+to[ \t]+you)"
    r"[ \t]+by)\b[^\n]{0,300}?[ \t]*[—–\-]{2,3})[ \t]*$",
    re.MULTILINE,
)
_INTERJECTING = re.compile(
    r"^[ \t]*([A-Z][\w'’\-]*(?:[ \t]+[\w'’\-]+){0,3}[ \t]+interjecting[ \t]*[—–\-]*)[ \t]*$",
    re.MULTILINE,
)
_MEMBERS_ROSE = re.compile(
    r"^[ \t]*((?:(?:Several|Some|Many|Two|Three)[ \t]+hon\.?|Hon\.?|An[ \t]+hon\.?)"
    r"[ \t]+(?i:members?)[ \t]+rose[ \t]*[—–\-]*)[ \t]*$",
    re.MULTILINE,
)
# Canada's Hansard records the chamber's noise as a line of its own, a label in form only:
# "Some hon. members: Oh, oh!", "An hon. member: Shame!", "Des voix: Oh, oh!" — nobody's turn.
_CHAMBER_NOISE = re.compile(
    r"^[ \t]*((?:Some[ \t]+hon\.?[ \t]+members|An[ \t]+hon\.?[ \t]+member|Des[ \t]+voix"
    r"|Une[ \t]+voix)[ \t]*:[^\n]{0,60}?)[ \t]*$",
    re.MULTILINE,
)
_SITTING_SUSPENDED = re.compile(
    r"^[ \t]*((?:Sitting|Proceedings)[ \t]+suspended[ \t]+for[ \t]+(?:a[ \t]+)?Divisions?"
    r"[ \t]+in[ \t]+the[ \t]+(?:House|Lords|Chamber)\.?|On[ \t]+resuming[ \t]*[—–\-:.]*"
    # (the Dáil's record clocks the break: "Sitting suspended at 4.41 p.m. and resumed at 4.49
    # p.m.")
    r"|Sitting[ \t]+suspended[ \t]+at[ \t]+\d{1,2}[.:]\d{2}[ \t]*[ap]\.m\.[ \t]+and[ \t]+resumed"
    r"[ \t]+at[ \t]+\d{1,2}[.:]\d{2}[ \t]*[ap]\.m\.)[ \t]*$",
    re.MULTILINE,
)
_RECORD_NARRATIVE = re.compile(
    r"^[ \t]*((?:There was no objection|A motion to reconsider was laid on the table"
    r"|The (?:motion|amendment|bill|resolution) was (?:agreed to|rejected|passed))\.)[ \t]*$",
    re.MULTILINE,
)
_NOTE_SENTENCE = re.compile(r"[A-Z][a-z]+(?: [a-z]+)?\.")
_HANSARD_CLOCK = re.compile(
    r"(?:[01]\d|2[0-3])[0-5]\d"
    # A UK inquiry's or court's clock line (Opus/Epiq): "(10.00 am)", "(2.15 pm)".
    r"|(?:[1-9]|1[0-2])[.:][0-5]\d[ \t]*(?:am|pm|a\.m\.|p\.m\.)"
)
_LEADING_TAGS = re.compile(r"(?:[ \t]*(?:\[[^\[\]\n]*\][ \t]*)?\n)*")
# "[GRAPHIC(S) NOT AVAILABLE IN TIFF FORMAT]" too.
_EXHIBIT_LINE = re.compile(
    r"^[ \t]*(\[[A-Z][A-Z ()]{2,40}\](?:[ \t]*\[[A-Z][A-Z ]{2,30}\])*"
    r"(?:[ \t]+[A-Z]{0,3}\d[\w.\-]*)?)[ \t]*$",
    re.MULTILINE,
)


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
        if (
            _TIMESTAMP_LINE.match(line)
            or _ELISION_LINE.match(line)
            or _RECORD_MARK_LINE.match(line)
            or _NO_SOUND_LINE.match(line)
        ) and line_start > start:
            end = line_start - 1
            while end > start and text[end - 1].isspace():
                end -= 1
            continue
        # A direction wrapped over lines of its own (GPO's "[The prepared statement of … " /
        # "on page 43.]"), ending this line: cut from its first line.
        wrapped = next(
            (
                a
                for a, b in directions
                if start < a < line_start
                and not text[b:end].strip()
                and not text[max(text.rfind("\n", start, a) + 1, start) : a].strip()
            ),
            None,
        )
        if wrapped is not None:
            end = max(text.rfind("\n", start, wrapped), start)
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
        # ("…(Interruptions)": the ellipsis before the cue goes with it.)
        if covered and not rest.strip(" \t….") and line_start > start:
            end = line_start - 1
            while end > start and text[end - 1].isspace():
                end -= 1
            continue
        # A cue glued to the speech's last sentence where the page's markup was dropped:
        # CBS's "… nobody can tell them what the rate is.(CROSSTALK)" — the words end before
        # it. (A cue set apart by a space, "… thank you. (APPLAUSE)", stays the turn's.)
        last = max(covered, default=None)
        if (
            last is not None
            and last[1] == end
            and last[0] > line_start
            and text[last[0] - 1] in ".!?…"
        ):
            end = last[0]
            continue
        break
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


# A cue the speaker's words stand beside, not in: laughter, crosstalk, an interpreter's note.
_EDGE_CUE_WORDS = frozenset(
    {
        "laughs", "laughter", "laughing", "chuckles", "smiles", "smiling", "applause",
        "crosstalk", "inaudible", "unintelligible", "indiscernible", "interpretation",
        "interpreter", "translation", "simultaneous", "sighs", "pauses", "pause",
        "смеется", "смеётся", "смех", "улыбается", "аплодисменты", "сміється", "сміх",
        "усміхається", "оплески", "перешкоди", "помехи", "шум",
    }
)  # fmt: skip
# A bracketed cue opening a body before the words ("(LAUGHTER) Fine.", "[Inaudible] on the …")
# or closing it after them ("… the title. [laughs]", "That's not -- (CROSSTALK)").
# (a bracketed note as _DIRECTION reads one; _edge_cue bounds its words)
_OPENING_CUE = re.compile(_DIRECTION.pattern + r"[ \t]*\n?[ \t]*(?=\S)")
_CLOSING_CUE = re.compile(r"\s+" + _DIRECTION.pattern + r"[ \t]*\Z")


def _edge_cue(content: str) -> bool:
    """Is a bracketed note at a body's edge a stage direction (few words, a cue's word)?"""
    words = re.findall(r"[\w'’\-]+", content.casefold())
    if not words or len(words) > 5:
        return False
    return (
        any(w in _EDGE_CUE_WORDS for w in words)
        or (len(words) <= 3 and words[0] in _DIRECTION_WORDS)
        or (content.isupper() and any(w in _DIRECTION_WORDS for w in words))
    )


def edge_cues_trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The body ``text[start:end]`` without the stage directions at its edges: a cue opening
    the turn before the words or closing it after them belongs to no speaker (session 29:
    every blind writer who met one left it out; one in the middle stays in)."""
    for _ in range(2):
        m = _OPENING_CUE.match(text, start, end)
        if m is None or not _edge_cue(m.group("c")) or m.end() >= end:
            break
        start = m.end()
    for _ in range(2):
        m = _CLOSING_CUE.search(text[start:end])
        if m is None or not _edge_cue(m.group("c")) or m.start() == 0:
            break
        end = start + m.start()
    return start, end
