"""Turn roles: question / answer / statement / other from label kind, header, role hints and,
failing those, who asks; moderators who hand the floor, askers inferred from their turns.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rhetoscope.structure import regex as re  # re with a cache for per-name patterns
from rhetoscope.structure.cover import _CHAIR_OFFICE, _IN_THE_CHAIR
from rhetoscope.structure.header import _INTERVIEWEE_KINDS, _INTERVIEWER_KINDS
from rhetoscope.structure.labels import _PRESIDING, LabelHit, _ends_with_question, _unknown_voice
from rhetoscope.structure.naming import _handed_caller
from rhetoscope.structure.speakers import (
    INTERVIEWER_HINTS,
    LETTER,
    LOWER,
    UPPER,
    LabelInfo,
    LabelKind,
    Name,
    fold,
    genitive_to_nominative,
    is_chorus,
    is_phone_in_caller,
    is_public_member,
    is_title_token,
    name_from_phrase,
    outlet_role,
)

_BARE_WH = re.compile(
    r"(?:what|why|how|when|where|who|which|что|почему|как|зачем|що|чому|як|навіщо)\b[^.!?…\n]*",
    re.IGNORECASE,
)
_STATED_QUESTION = re.compile(
    r"(?i)\b(?:my[ \t]+question[ \t]+is|I[ \t]+(?:want|wanted|would[ \t]+like)[ \t]+to[ \t]+ask"
    r"|мой[ \t]+вопрос|у[ \t]+меня[ \t]+вопрос|хочу[ \t]+спросить|моє[ \t]+питання"
    r"|хочу[ \t]+запитати|у[ \t]+мене[ \t]+питання)\b"
)
# ("Let's talk now to the Education Secretary, …, who's in our studio." brings a guest in: the
# talk is to someone, not about something.)
_PROMPT = re.compile(
    r"^\W*(?:tell|explain|describe|talk|let me ask"
    r"|(?:let's|let’s|let us)[ \t]+talk(?![ \t]+(?:now[ \t]+)?(?:to|with)\b)|walk us|give us|"
    r"расскажите|объясните|поясните|прокомментируйте"
    # (a bare "Давайте" is assent to what was just proposed, nothing put to the other side:
    # "… попросить Вашей поддержки по нескольким проектам." / "В.Путин: Давайте,
    # пожалуйста.")
    r"|давайте(?![ \t,]*(?:(?:пожалуйста|конечно|обязательно)[ \t,]*)*[.!…]*\s*$))\b",
    re.IGNORECASE,
)
# The same request closing a longer turn, its own sentence (the last): "… Расскажите,
# пожалуйста, каковы итоги года.", "… Доложите, как идут работы.", "… Tell us what happened."
# A head's "Прошу рассказать, как …" asks for the report in the same words' infinitive (an
# instruction, "Прошу подготовить …", asks for no reply).
_PROMPT_CLOSES = re.compile(
    r"(?:^|[.!?…][\"”»]?\s+)\W*(?:расскажите|объясните|поясните|прокомментируйте|доложите"
    r"|прошу[ \t]+(?:вас[ \t]+)?(?:рассказать|доложить|проинформировать)"
    r"|прошу[ \t]+(?:вас[ \t]+)?(?:розповісти|доповісти|поінформувати)"
    r"|розкажіть|поясніть|прокоментуйте|доповідайте|tell[ \t]+(?:us|me)|explain|describe"
    r"|walk[ \t]+us|give[ \t]+(?:us|me)[ \t]+(?:an?[ \t]+)?(?:sense|idea|picture|flavour|flavor))"
    r"\b[^.!?…]*[.!]?\s*$",
    re.IGNORECASE,
)
# A head's opening that names the topic to start on, at a paragraph's head under his greeting:
# "… добрый день!" / "Давайте начнём с общих итогов прошлого года." (Ukrainian "Давайте почнемо
# з …").
_LETS_START_WITH = re.compile(
    r"[!.][ \t]*\n[ \t]*\n[ \t]*(?:Давайте[ \t]+начн[её]м[ \t]+с|Давайте[ \t]+почнемо[ \t]+з)"
    r"(?![а-яёіїєґ])"
)
# The same opening in one paragraph: the greeting by name and patronymic, then straight on to the
# topic ("Денис Владимирович, добрый день. Давайте начнём с общей ситуации в экономике области,
# а потом поговорим о транспорте."); only right after the greeting that opens the turn, so a
# chair's "… Давайте начнём с энергетики." deep in his opening remarks stays a statement.
_GREETS_THEN_STARTS_WITH = re.compile(
    r"\W*[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+,[ \t]+"
    r"(?:добрый[ \t]+день|добрий[ \t]+день|здравствуйте|вітаю)[.!][ \t]+"
    r"(?:Давайте[ \t]+начн[её]м[ \t]+с|Давайте[ \t]+почнемо[ \t]+з)(?![а-яёіїєґ])"
)
# An interviewer's reading of what was just said, put for the interviewee to confirm, asks even
# without a question mark and in a few words: "You mean jamming.", "In other words, no."
_RESTATES = re.compile(
    r"^\W*(?:(?:so[ \t,]+)?you mean|meaning|in other words|(?:so[ \t,]+)?you(?:'re|’re| are) "
    r"saying|то есть|тобто|иными словами|іншими словами)\b",
    re.IGNORECASE,
)
# A host summing the answer up in a few words, which the interviewee then answers: "So no
# guarantee.", "So that's a no.", "Так что нет?" ("So," then a thanks is a remark).
_SUMS_UP = re.compile(r"^\W*(?:So|Так[ \t]+что|Отже|Значит|Значить)(?:[ \t,]+)(?=\w)")
# A member's request to the witness at the end of their time, which the witness answers later
# or in writing, not in the room: "I would ask that you get us that number in writing. I yield
# back.", "I would appreciate an answer in writing within 30 days."
_REQUEST = re.compile(
    r"\bI(?:['’]d|\s+would)\s+(?:also\s+)?(?:ask|appreciate|request|urge)\b"
    r"[^.!?]{0,20}?\b(?:you|your|an?\s+(?:answer|response|reply))\b",  # hard-wrapped
    re.IGNORECASE,
)
# A question put indirectly, as a parliament's members lodge them: Lok Sabha's "I would like
# to know by when the work … will be completed", the Scottish Parliament's and Westminster's
# "To ask the First Minister what engagements she has planned for the rest of the day."
_LODGED_QUESTION = re.compile(
    r"\s*To\s+ask\s+(?:the|Her|His)\s+(?:[A-Z][\w\-]*\s+){0,3}"
    r"(?:Minister|Secretary|Government|Executive|Chancellor|Leader|Commissioner)\b"
)
_INDIRECT_QUESTION = re.compile(
    r"\bI(?:['’]d|\s+would|\s+want|\s+wish)\s+(?:like\s+)?to\s+know\b|^"
    + _LODGED_QUESTION.pattern
    # A host relaying an audience member's question in reported speech: "We have a question
    # from Thandeka in Gqeberha, who asks why her tariff went up …" puts it to the guest.
    + r"|\bquestion\s+from\s+[^.!?\n]{1,60}?\b(?:asks|wants\s+to\s+know|wonders)\s+"
    r"(?:why|whether|if|how|what|when|where|who|which)\b"
)
_VOICE_OVER = re.compile(r"voice[- ]?over|\bV\.?O\.?\b|narrat", re.IGNORECASE)
# The welcome that closes a show's opening: "Welcome to The West Block.", "Welcome to the
# program."
# The show's title music played as a cue of its own: "[ Theme music plays ]", "(MUSIC)".
_TITLE_MUSIC = re.compile(r"[(\[][ \t]*(?:theme[ \t]+)?music\b[^)\]\n]{0,30}[)\]]", re.I)
_COLD_OPEN_CLOSE = re.compile(
    r"^\W*(?:And[ \t]+)?[Ww]elcome[ \t]+(?:back[ \t]+)?to[ \t]+[^\n?]{2,60}[.!]\W*$"
)
_REMARK = re.compile(
    r"\b(?:thank you|thanks|welcome|good (?:morning|afternoon|evening|night)|joining us|"
    # (a radio host's greeting with no "good": "… David Lammy is here. Morning to you.")
    r"(?:morning|afternoon|evening)[ \t]+to[ \t]+you|"
    # (or the bare word after the address, or before it: New Zealand and Australian radio's
    # "Minister, morning.", "Morning, Minister.")
    r"(?:^|,[ \t]+)(?:morning|afternoon|evening)(?=[ \t]*[.!](?:\s|$))|"
    r"^\W*(?:morning|afternoon|evening)(?=,[ \t]+\w[^\n?]{0,40}$)|"
    r"joined by|be right back|after (?:the|this) break|let's (?:take a look|listen|watch)|"
    r"take a listen|have a look|I want to play|goodbye|the following is|conversation with|"
    r"joining me|I'm joined|with me (?:now|today)|"
    # NPR's host bringing the correspondent in: "… has been following this and joins us now.
    # Hi, Dana."
    r"joins (?:us|me)|hi,[ \t]+\w+[.!]|"
    # A host telling the guest the line dropped, which the guest takes up by saying it again
    # ("I'm sorry, Senator, we lost you for a moment there." / "I said some. …"): no question.
    r"\bwe(?:['’]ve| have)?[ \t]+lost[ \t]+(?:you|the[ \t]+(?:line|connection|signal))"
    r"[ \t]+(?:for[ \t]+a[ \t]+(?:moment|second|minute|bit)|there|again)\b|"
    r"спасибо|благодарю|добрый (?:день|вечер)|"
    r"здравствуйте|до свидания|"
    # Ukrainian thanks and greetings ("Дякую вам за розмову.", "Максиме, вітаємо.").
    r"дякую|дякуємо|вітаю|вітаємо|привіт|добрий (?:день|вечір)|доброго (?:дня|ранку|вечора)|"
    r"до побачення|"
    # Irish thanks in an English page ("Go raibh maith agat." closing a Connemara interview).
    r"go raibh maith agat|"
    # A host's farewell that thanks in the guest's language ("Abood, shukran. This has been a
    # delight."): the English close says it is one.
    r"(?:this|it)(?:[ \t]+has|['’]s)[ \t]+been[ \t]+(?:an?[ \t]+)?(?:real[ \t]+|absolute[ \t]+)?"
    r"(?:delight|pleasure|joy|treat)|"
    # Keeping order in a debate: "Коллеги, давайте по очереди. Тимур, договорите, пожалуйста."
    r"по очереди|договорите|по черзі|договоріть|one at a time|let (?:him|her|them) finish|"
    # A chair handing the floor on: "Слово надається Президентові Фінляндії …", "Предоставляю
    # слово министру …", "I give the floor to …".
    r"слово (?:надається|предоставляется)|(?:надаю|предоставляю|передаю) слово|"
    r"give the floor|"
    # An anchor's sign-off by appreciation, or by the clock: "Madam Secretary, we appreciate
    # your time.", "Director, we have to leave it there."
    r"(?:we|I)(?:[ \t]+(?:really|do|truly|certainly))?[ \t]+appreciate[ \t]+(?:your[ \t]+time"
    r"|you[ \t]+(?:being[ \t]+here|joining[ \t]+us|coming[ \t]+on|taking[ \t]+the[ \t]+time))|"
    r"(?:have|need|got)[ \t]+to[ \t]+leave[ \t]+it[ \t]+there|(?:we['’]ll|let['’]s)[ \t]+leave"
    r"[ \t]+it[ \t]+there)\b",
    re.IGNORECASE,
)
# A question announced by its topic, put without a question mark ("Ще одне питання –
# документи. Люди … скаржаться на черги.", "Последний вопрос — о тарифах.", "One more
# question: the budget."), a co-host maybe adding to it before the answer.
_TOPIC_QUESTION = re.compile(
    r"\W*(?:ще одне|ще|останнє|ещё один|еще один|ещё|еще|последний|one more|another|a final"
    r"|(?:my )?last)[ \t]+(?:питання|вопрос|question)[ \t]*(?:[–—:-]|про\b|о\b|об\b|по\b"
    r"|about\b|on\b)",
    re.IGNORECASE,
)
# A broadcast's opening greeting: "Добрый вечер, это …", "Доброго ранку", "Good evening".
_GREETING_OPENS = re.compile(
    r"\W*(?:добрый (?:день|вечер)|доброе утро|здравствуйте|добрий (?:день|вечір)|доброго "
    r"(?:дня|ранку|вечора)|вітаю|вітаємо|good (?:morning|afternoon|evening)|hello|welcome)\b",
    re.IGNORECASE,
)
# The subject a show's opening sets out: "Сегодня говорим о том, …", "обсудим с нашими
# гостями", "Сьогодні говоримо про …", "Tonight we discuss …".
_SHOW_SUBJECT = re.compile(
    r"(?i)\b(?:говорим о|поговорим о|обсудим|обсуждаем|говоримо про|поговоримо про"
    r"|обговоримо|обговорюємо|we(?:'ll| will)? (?:talk about|discuss))\b"
)
# A welcome that thanks the room or introduces the guests: "Зі мною Сергій Мельник …",
# "thank you for coming", "joining me".
_GUESTS_INTRODUCED = re.compile(
    r"(?i)\b(?:зі мною|со мной|с нами|з нами|with me|joining (?:me|us)|thank you|thanks"
    r"|спасибо|дякую|дякуємо)\b"
)
# A member's request to the official who has just answered: "Прошу надати її письмово",
# "Прошу предоставить эти данные", "Please send us the figures".
_REQUESTS = re.compile(
    r"(?i)\W*(?:прошу|просимо|просим|please)[ \t]+(?:вас[ \t]+)?(?:надати|надіслати|предоставить"
    r"|направить|прислать|дать|provide|send|give)\b"
)
# A caller's plea to the official ends a direct-line turn as a question would: "Здравствуйте,
# Алексей Николаевич! … Верните автобус, пожалуйста!", "Допоможіть, будь ласка."
_PLEA_ENDS = re.compile(r"(?i)\b(?:пожалуйста|будь[ \t]+ласка|please)[ \t]*[!.…]*[ \t]*$")
# A question put to someone called by name: "Андрей Викторович, кому станет лучше?".
_ADDRESSED_QUESTION = re.compile(
    rf"[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]+)?,[ \t]+[^.!?\n]*\?"
)
_REPORTER = re.compile(r"\b(?:byline|correspondent|reporter|корреспондент\w*)\b", re.I)
_CUT_OFF = re.compile(r"(?:[ \t][–-]|—|--|…|\.\.\.)\s*$")
# The speaker's own or the listener's person: "I", "we", "you" … (none in a reporter's narration)
_SPOKEN_PERSON = re.compile(r"\b(?:I|I['’]m|me|my|we|our|us|you|your)\b", re.IGNORECASE)
# A stenogram's note that the speaker's microphone was switched off, closing the turn.
_MIC_CUT = re.compile(
    r"\([ \t]*(?:Микрофон[ \t]+(?:отключен|выключен)"
    r"|Мікрофон[ \t]+(?:вимкнено|вимкнений|відключено))"
    r"[.!]?[ \t]*\)[ \t]*$"
)


# A label's role that says its speaker runs the programme (not merely works in news).
_HOST_ROLE = re.compile(
    r"\b(?:anchor|host|co-host|moderator|presenter|ведущ\w*|ведуч\w*|модератор\w*)\b",
    re.IGNORECASE,
)


# Who examines at a trial and who testifies, as its record labels them.
_EXAMINER = re.compile(
    r"(?i)(?:государственный[ \t]+)?(?:прокурор|адвокат|защитник|обвинитель|захисник"
    # A civil case's party speaks through its representative, who examines the other side:
    # "Представитель ответчика Гриценко Д.Ю.: Свидетель, вы сами поднимались на крышу?".
    r"|представител|представник)\w*\b"
)
_WITNESS = re.compile(r"(?i)(?:свидетел|свідок|свідк|потерпевш|потерпіл)\w*")
# A civil case's claimant, questioned by the bench and the defendant's representative:
# "Истец Зуев К.И.: Трижды, письменно." (Ukrainian "Позивач …:").
_CLAIMANT = re.compile(r"(?i)(?:ист(?:ец|ица|ца)|позивач)\w*")
# The bench that presides over the record: "Председательствующий: Свидетель, что вам известно
# по делу?" (Ukrainian "Головуючий:"); a news site's fragment of a hearing labels her by the
# post alone ("Суддя: Свідку, вам роз'яснено права …? Вам зрозуміло?", Russian "Судья:").
_COURT_CHAIR = re.compile(r"(?i)(?:председательствующ|головуюч)\w*|суддя|судья")
# A stenogram's presiding office, as an office label's text opens: "Председательствующий",
# "Головуючий" (labels._PRESIDING, anywhere in it, also takes "Chair"/"Cathaoirleach").
# A Commons Minister's post on a member line: "The Parliamentary Under-Secretary of State for …",
# "The Minister for Energy Consumers".
_MINISTER_POST = re.compile(
    r"The[ \t]+(?:[A-Z][\w\-]+[ \t]+)*(?:[A-Z][a-z]+-)?(?:Minister|Secretary)\b"
)
# The Commons chair's post on a member line, its holder in brackets (labels._MEMBER_POST):
# "Madam Deputy Speaker (Judith Cummins)", "Mr Speaker (Sir Lindsay Hoyle)".
_HANSARD_CHAIR = re.compile(r"(?:The|Madam|Mr)(?:[ \t]+Deputy)?[ \t]+Speaker")
_CHAIR_NOTE = re.compile(r"\([ \t]*in[ \t]+the[ \t]+Chair[ \t]*\)")
_STENOGRAM_CHAIR = re.compile(r"(?i)председательствующ|головуюч")


def _party(info: LabelInfo) -> str:
    """The procedural role of a court record's label, without the name it may carry:
    "Свидетель Кравцова Н.П." -> "Свидетель", "Свидетель" -> "Свидетель"."""
    if info.name is not None and info.name.title:
        return info.name.title
    return info.text.strip()


_WITNESS_EN = re.compile(r"(?i)(?:the[ \t]+)?witness")
_CANDIDATE = re.compile(r"(?i)кандидат(?:ка)?")
_ACCUSED = re.compile(r"(?i)(?:обвинувачен|обвиняем|підсудн|подсудим)\w*")


# A judge's title in a court record's label ("JUSTICE BELL", "Chief Justice Roberts", "JUDGE
# OWENS") and counsel's courtesy title ("MR. TOLLEFSON", "MS. ADEYEMI").
_BENCH_TITLES = frozenset(
    {"justice", "chief justice", "judge", "chief judge", "presiding judge", "presiding justice"}
)
_COUNSEL_TITLES = frozenset({"mr", "ms", "mrs", "miss"})


def _on_bench(h: LabelHit) -> bool:
    """A judge's label: "JUSTICE BELL:", "CHIEF JUSTICE HALVORSEN:" (or "THE COURT:")."""
    name = h.info.name
    if name is None:
        return fold(h.info.office or "") == "the court"
    return not name.given and fold(name.title or "").rstrip(".") in _BENCH_TITLES


def _counsel(h: LabelHit) -> bool:
    """An advocate's label by courtesy title and surname: "MR. TOLLEFSON:", "MS. ADEYEMI:"."""
    name = h.info.name
    return name is not None and fold(name.title or "").rstrip(".") in _COUNSEL_TITLES


_CALLED_NAME = re.compile(
    r"[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness)\.?[ \t]+)?"
    r"(?:[A-Z][\w'’\-]+[ \t]+){0,2}(?P<surname>[A-Z][\w'’\-]+)[ \t]*[.!]?[ \t]*"
)


# A chair's last sentence calling the member who speaks next by name, to come in: "We will
# return to RAAC later. Mr Betts, you wanted to come in on funding." (a select committee's
# numbered line that asks the witnesses nothing).
_CALLS_IN = re.compile(
    r"(?:^|(?<=[.!][ \t]))(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness)\.?[ \t]+)?"
    r"(?:[A-Z][\w'’\-]+[ \t]+)?(?P<surname>[A-Z][\w'’\-]+),[ \t]+"
    r"(?:I[ \t]+(?:think|believe|understand)[ \t]+)?you[ \t]+(?:wanted|want|wished|would[ \t]+like)"
    r"[ \t]+to[ \t]+(?:come[ \t]+in|ask|pick[ \t]+up|follow[ \t]+up)\b[^.?!\n]{0,60}[.!]?[ \t]*$"
)


# A leading thanks of its own sentence: "Thank you for your patience. ", "Thank you. ".
_THANKS_SENTENCE = re.compile(r"[ \t]*(?:Thank[ \t]+you|Thanks)\b[^.!?\n]{0,40}[.!][ \t]+")


# A question sent in, read out for its asker by name: "Ms Gillespie asks: …?", "Anne Gillespie
# writes: …?", "Ольга из Томска спрашивает: …?" (the asker's name, then the verb and a colon).
_RELAYED_QUESTION = re.compile(
    r"(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?[ \t]+)?[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’\-]+"
    r"(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’\-]+)?"
    r"(?:[ \t]+(?:из|з|із|from|in)[ \t]+[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’\-]+)?"
    r"[ \t]+(?:asks|writes|wants[ \t]+to[ \t]+know|спрашивает|пишет|питає|запитує|пише)[ \t]*:"
)


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
    # "ВЕДУЩИЙ:" named only by the lead ("Воскресный вечер с Владимиром Соловьёвым"), never by a
    # label of its own ("MODERATOR (Aigerim Nurpeissova):" then "MODERATOR:" is): the labels
    # still name nobody, so the studio guest who questions the minister is still to be found.
    unnamed_askers: set[str] = set()
    has_q = any(h.info.kind is LabelKind.QUESTION for h, *_ in bodies)
    interviewer_names = [
        n for k, n in header if k.startswith(_INTERVIEWER_KINDS) or k == "moderator"
    ]
    interviewee_names = [n for k, n in header if k.startswith(_INTERVIEWEE_KINDS)]
    # A lecture page's author line under the title is the lecturer the lead names ("Андрей
    # Голубев" over "… стенограмму лекции … Андрея Голубева"): no one interviews themself.
    # (A show's title that names its host, "Sunday Morning with Harriet Crane: Interview with
    # Health Secretary Daniel Okafor", still has her ask: another is interviewed there.)
    interviewer_names = [
        n
        for n in interviewer_names
        if not (interviewee_names and all(_one_person(n, m) for m in interviewee_names))
    ]
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

    # A talk show's panel: the host's label says so ("Ведущий Павел Рудин:") and a guest's
    # says a profession that is no newsroom post ("Виктор Левченко, политолог:"); a guest
    # billed as a journalist there ("Майкл Браун, американский журналист:") argues as a guest.
    panel = any(h.info.role and _HOST_ROLE.search(h.info.role) for h, *_ in bodies) and any(
        h.info.name is not None
        and h.info.role
        and h.info.role[:1].islower()
        and not INTERVIEWER_HINTS.search(h.info.role)
        and not is_title_token(h.info.role.split()[0])
        for h, *_ in bodies
    )

    def is_one_of(speaker: str | None, people: Sequence[Name]) -> bool:
        """The canonical speaker is one of ``people`` ("NR:" resolved to Nick Robinson)."""
        parsed = name_from_phrase(speaker) if speaker else None
        return parsed is not None and any(parsed.compatible(n) for n in people)

    # A trial's record ("Прокурор: Наталья Викторовна, кто дал вам указание …?" / "Свидетель:
    # Виктор Павлович лично."): counsel on either side examines, the witness answers, where
    # the page labels both.
    court = any(_EXAMINER.match(h.info.text) for h, *_ in bodies) and any(
        _WITNESS.fullmatch(_party(h.info)) for h, *_ in bodies
    )
    # An inquest's or a tribunal's record that labels the one giving evidence "Witness:" (not
    # Q./A., where "THE WITNESS:" only interrupts the colloquy): the witness answers and every
    # other labelled voice examines ("Coroner: … when you arrived at the scene?" / "Witness: I
    # was deployed at 21:14 …" / "Mr Okonjo: Officer, you measured …").
    sworn = (
        not any(h.info.kind in (LabelKind.QUESTION, LabelKind.ANSWER) for h, *_ in bodies)
        and sum(bool(_WITNESS_EN.fullmatch(h.info.text.strip())) for h, *_ in bodies) >= 2
    )
    # A qualification interview's record that labels the one interviewed by the post she
    # seeks ("Кандидатка: Дякую за запитання. …"): the candidate answers, and every other
    # labelled voice ("Головуючий:", "Доповідач:", "Член Комісії:") puts the questions.
    sworn = sworn or (
        not any(h.info.kind in (LabelKind.QUESTION, LabelKind.ANSWER) for h, *_ in bodies)
        and sum(bool(_CANDIDATE.fullmatch(h.info.text.strip())) for h, *_ in bodies) >= 2
    )
    # An appellate court's oral argument ("CHIEF JUSTICE HALVORSEN:", "JUSTICE BELL:" beside
    # "MR. TOLLEFSON:", "MS. ADEYEMI:"): the bench asks, counsel answers.
    bench = any(_on_bench(h) for h, *_ in bodies) and any(_counsel(h) for h, *_ in bodies)
    for h, start, end, speaker in bodies:
        k = key(h, speaker)
        total[k] += 1
        words[k] += len(text[start:end].split())
        # "Хорошо.", "Thank you.": too short to say whether a speaker asks or answers.
        if len(text[start:end].split()) > 3 or "?" in text[start:end]:
            counted[k] += 1
        # (a turn that closes by asking for the report asks as one that ends on "?" does:
        # "Дмитрий Валерьевич, добрый день! … Расскажите, пожалуйста, об итогах года.")
        if _ends_with_question(text[start:end]) or _PROMPT_CLOSES.search(text[start:end]):
            ends_q[k] += 1
        if "?" in text[start:end]:
            asks_any[k] += 1
        info = h.info
        if sworn:
            answers = _WITNESS_EN.fullmatch(info.text.strip()) or _CANDIDATE.fullmatch(
                info.text.strip()
            )
            (interviewees if answers else interviewers).add(k)
        elif court and _EXAMINER.match(info.text):
            interviewers.add(k)
        elif court and (_WITNESS.fullmatch(_party(info)) or _CLAIMANT.fullmatch(_party(info))):
            interviewees.add(k)
        elif (court and _COURT_CHAIR.fullmatch(_party(info))) or (bench and _on_bench(h)):
            # The presiding judge examines, as an appellate bench does.
            interviewers.add(k)
        elif bench and _counsel(h):
            interviewees.add(k)
        elif court and _ACCUSED.fullmatch(info.text.strip()):
            # The accused's outburst from the dock ("Обвинувачений: Це неправда, я цієї записки
            # ніколи не бачив!") answers no one's question: neither side of the examination.
            pass
        elif info.kind in (LabelKind.QUESTION, LabelKind.INTERVIEWER):
            interviewers.add(k)
            if info.name is None and speaker is None:
                role_askers.add(k)
            if info.name is None:
                unnamed_askers.add(k)
        elif info.kind is LabelKind.OFFICE and is_one_of(
            speaker, [n for kind, n in header if kind == "moderator"]
        ):
            # A panel's "CHAIR:" whom the cover names as chairing ("Chaired by Professor Ama
            # Kyei-Darko") puts the panel's questions: no office that answers them.
            interviewers.add(k)
        elif (
            info.kind is LabelKind.OFFICE
            and fold(info.text.strip()) == "chair"
            and speaker is not None
            and fold(speaker) != "chair"
            and any(
                o.info.kind is LabelKind.PERSON
                and o_speaker == speaker
                and "chair" not in fold(o.info.text)
                for o, _, _, o_speaker in bodies
            )
        ):
            # So does an events page's bare "Chair:" that its speakers box names ("Miriam
            # Feld (chair) is vice-chair of …"), who goes on under her own name later
            # ("Miriam Feld: Let's open it up."): one moderator under two labels. (A
            # committee's chair, never labelled by name, or a radio panel's "CHAIR (Helen
            # Marsh):" then "CHAIR:", only gives the floor.)
            interviewers.add(k)
        elif info.kind in (LabelKind.ANSWER, LabelKind.OFFICE):
            interviewees.add(k)
        elif info.name is not None:
            hint = " ".join(filter(None, [info.role, info.name.title]))
            # "Milica Jovanović, RTS:", "Dragan Petrović, Informer:" at a press conference whose
            # other askers are "Question:" / "N1:": a name, then a word that is no office,
            # asking — a journalist and the outlet an unknown newsroom.
            unknown_outlet = (
                has_q
                and info.role is not None
                and len(info.role.split()) <= 2
                and all(w[:1].isupper() and not is_title_token(w) for w in info.role.split())
                and _ends_with_question(text[start:end])
            )
            if outlet_role(info.role) or unknown_outlet:
                outlet_askers.add(k)
            # A voice from the floor named in the label's brackets: "AUDIENCE MEMBER (Samira
            # Quayle, Bristol Civic Society):", "RESIDENT (Tom Hale):" — the audience asks.
            floor_word = fold(info.text.split("(")[0].strip())
            from_floor = "(" in info.text and (
                floor_word
                in ("audience member", "audience", "member of the audience", "questioner")
                or is_public_member(floor_word)
            )
            if (
                from_floor
                or (
                    hint
                    and INTERVIEWER_HINTS.search(hint)
                    and not (panel and not _HOST_ROLE.search(hint))
                )
                or any(info.name.compatible(n) for n in interviewer_names)
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
    # A phone-in with no guest in the studio ("SHELAGH FOGARTY: … But would you put the rent
    # up …?" / "CALLER: Honestly, no. …"): the one host questions the callers she puts through,
    # who answer — where she ends at least half her turns on a question and they less often.
    callers = {
        k for (h, *_), k in zip(bodies, keys, strict=True) if is_phone_in_caller(fold(h.text))
    }
    hosting = set(keys) - callers
    answering_callers: set[str] = set()
    if callers and callers <= interviewers and len(hosting) == 1:
        host = next(iter(hosting))
        caller_q = sum(ends_q[k] for k in callers)
        caller_n = sum(counted[k] for k in callers)
        if (
            host not in interviewers
            and counted[host] >= 2
            and 2 * ends_q[host] >= counted[host]
            and ends_q[host] * caller_n > caller_q * counted[host]
        ):
            interviewers = (interviewers - callers) | {host}
            interviewees = (interviewees | callers) - {host}
            role_askers -= callers
            unnamed_askers -= callers
            answering_callers = callers
    persons = {key(h, s) for h, _, _, s in bodies if h.info.kind is LabelKind.PERSON}
    # A voice heard only inside a played clip (NBC's cold open "[START TAPE]" / "PRESIDENT
    # DONALD TRUMP: …" / "[END TAPE]") takes no part in the studio's exchange: it neither asks
    # nor answers, so the host and the one guest are still a two-voice interview.
    persons -= {
        k
        for k in persons
        if all(
            any(a <= h.start < b for a, b in clips)
            for (h, *_), kk in zip(bodies, keys, strict=True)
            if kk == k
        )
    }
    # At a rally the transcriber's unknown voices that only shout a few words are the crowd
    # ("Speaker 3 (04:47): What about the pension?", "Speaker 5: We love you, Marcus!" under
    # "… holds a campaign rally …"): nobody asks, and the candidate's reply is speech.
    lead = text[: labels_in_order[0].cut] if labels_in_order else ""
    crowd: set[str] = set()
    meeting = _MEETING.search(lead) is not None
    # An official's working visit (government.ru: "… Председатель Правительства Михаил Мишустин
    # посетил завод …, где осмотрел новую линию"): he asks those he visits, and speaks too.
    visit = meeting or _VISIT.search(lead) is not None
    if _RALLY.search(lead):
        voices = {k for (h, *_), k in zip(bodies, keys, strict=True) if _unknown_voice(h)}
        shouts = [(k, len(text[a:b].split())) for (_, a, b, _), k in zip(bodies, keys, strict=True)]
        crowd = {k for k in voices if all(n <= 8 for kk, n in shouts if kk == k)}
        persons -= crowd
    # Hansard's benches in chorus ("Hon. Members" / "Hear, hear!") interject: no answer.
    crowd |= {k for (h, *_), k in zip(bodies, keys, strict=True) if is_chorus(h.info.text)}
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
        and (
            _STENOGRAM_CHAIR.match(h.info.office or "") is not None
            # A verbatim report that says who sits in the chair ("IN THE CHAIR: Sophie
            # WENDT" over "President. – The next item is …"): the sitting's debate is
            # speeches, the chair's office only calls them.
            or (
                _CHAIR_OFFICE.match((h.info.office or "").strip()) is not None
                and _IN_THE_CHAIR.search(text[: h.start]) is not None
            )
        )
    }
    # A hearing's protocol names its chair in a field line above the turns
    # ("Председательствующий: Ковалёва Ирина Сергеевна, заместитель главы …"), then labels her
    # by surname and initials ("Ковалёва И.С.: Спасибо. Переходим к вопросам."): she presides.
    for h, a, b, _ in bodies:
        if h.info.kind is not LabelKind.OFFICE or not _STENOGRAM_CHAIR.match(h.info.office or ""):
            continue
        field = re.match(
            rf"[ \t]*([А-ЯЁІЇЄҐ][{LETTER}'’\-]+)[ \t]+[А-ЯЁІЇЄҐ][{LETTER}]+[ \t]+"
            rf"[А-ЯЁІЇЄҐ][{LETTER}]+(?:вич|вна|ична|ічна)[ \t]*[,—–-]",
            text[a:b],
        )
        if field is None:
            continue
        chair_surname = fold(field.group(1))
        floor |= {
            k
            for (hh, *_, speaker), k in zip(bodies, keys, strict=True)
            if hh.info.kind is LabelKind.PERSON
            and speaker
            and fold(speaker.split()[-1]) == chair_surname
        }
    if (
        not floor
        and not interviewers
        and not _infer_askers(
            persons - interviewees, interviewees, ends_q, asks_any, counted, words
        )
    ):
        # The same chair under a colon label ("Головуючий: Дякую. Переходимо до запитань.
        # Слово має депутатка Олена Ковальчук."), where no member's turn ends on its question
        # ("Ковальчук О.М.: … скажіть, будь ласка, чому …? Там доїзд … понад сорок хвилин."):
        # the chair gives the floor, and a member who asks the next speaker asks.
        floor = {
            k
            for (h, *_), k in zip(bodies, keys, strict=True)
            if h.info.kind is LabelKind.OFFICE
            and _STENOGRAM_CHAIR.match(h.info.office or "") is not None
        }
    # A moderator the lead names ("Модератор — руководитель пресс-службы губернатора Ирина
    # Кузьмина.") runs the press conference; the journalists who ask are still to be found.
    lead_moderators = [n for kind, n in header if kind == "moderator"]
    chairs = {
        k
        for (h, *_, speaker), k in zip(bodies, keys, strict=True)
        if is_one_of(speaker, lead_moderators)
    }
    inferred: set[str] = set()  # askers found by their questions, no label or header saying so
    if not interviewers and not floor:
        # A podcast host introduces the one guest in the opening turns: "RW: Welcome to IMF
        # Podcasts. I'm Rafael Wiśniewski. My guest today is Annika Holm …" — the host asks,
        # though their prompts ("Give me one example that gives you hope.") need no "?".
        # Two voices only: a co-host is introduced so too.
        hosting = {
            k
            for (_, a, b, _), k in zip(bodies[:3], keys, strict=False)
            if k in persons and _HOST_INTRO.search(text[a:b][:600]) is not None
        }
        if len(hosting) == 1 and len(persons) == 2:
            interviewers |= hosting
        # Two co-hosts open a podcast by name, the second's turn only his echo of the first's:
        # "Hello and welcome to … I'm Tracy Alloway." / "And I'm Joe Weisenthal." — both host
        # and ask the guests, though their prompts may end on no "?".
        for i in range(min(3, len(bodies) - 1)):
            (_, a0, b0, sp0), (_, a1, b1, sp1) = bodies[i], bodies[i + 1]
            if not sp0 or not sp1 or keys[i] == keys[i + 1]:
                continue
            if (
                re.search(rf"\bI['’]m[ \t]+{re.escape(sp0)}\b", text[a0:b0]) is not None
                and re.fullmatch(
                    rf"[ \t\n]*And[ \t]+I['’]m[ \t]+{re.escape(sp1)}[.!]?[ \t\n]*", text[a1:b1]
                )
                is not None
                and persons - {keys[i], keys[i + 1]}
            ):
                interviewers |= {keys[i], keys[i + 1]}
                break
    # A lead's moderator who speaks under the role's own label ("MODERATOR:") asks by role:
    # the panellists' own rhetorical questions do not make askers of them.
    by_role = {
        k
        for (h, *_), k in zip(bodies, keys, strict=True)
        if k in chairs and fold(h.info.text) in ("moderator", "moderatorin", "модератор")
    }
    if floor:
        interviewees -= floor
    # Beside "Question:" hosts of a Direct Line ask.
    elif not interviewers - role_askers - (unnamed_askers - persons) - (chairs - by_role):
        # The panel the host brings on by name ("Joining me tonight to discuss all of this are
        # Vivian Salama, …, and Jonathan Lemire, also of The Atlantic."): a panellist's "Can I
        # jump in on that?" makes no co-host of him.
        brought_on = _introduced_panel(text, bodies, keys, persons) - interviewees
        inferred = _infer_askers(
            persons - interviewees - brought_on,
            interviewees | brought_on,
            ends_q,
            asks_any,
            counted,
            words,
        )
        # A debate's candidate whom the moderator has just asked by name answers, though he
        # throws a rival a question of his own: "Ковальчук: Пане Лисенко, те саме питання.
        # Ваша позиція?" / "Лисенко: Я бачу, що …" … "Лисенко: А депо без колій дасть?".
        for i in range(1, len(bodies)):
            asked_body = text[bodies[i - 1][1] : bodies[i - 1][2]]
            surname = (bodies[i][3] or "").split()[-1:]
            if (
                keys[i] in inferred
                and keys[i - 1] in chairs - {keys[i]}
                and surname
                and _ends_with_question(asked_body)
                and re.search(
                    rf"(?<![{LETTER}]){re.escape(surname[0][: max(4, len(surname[0]) - 2)])}",
                    asked_body,
                )
            ):
                inferred.discard(keys[i])
                interviewees.add(keys[i])
        interviewers |= inferred
        if not inferred and not persons and len(interviewees) >= 2:
            # Every label an office, none a journalist: a police and crime commissioner's
            # accountability meeting ("Commissioner: … What are you doing about it?" /
            # "Chief Constable: …" / "Chief Executive: …"). The office whose turns end in
            # questions asks there; the others answer (or chair).
            inferred = _infer_askers(interviewees, set(), ends_q, asks_any, counted, words)
            interviewers |= inferred
            interviewees -= inferred
        if inferred:
            # A parliamentary committee's deputy chair questions as its members do (a
            # Queensland estimates hearing's "DEPUTY CHAIR: … My question is to the Public
            # Trustee. …?" beside "Mr NOLAN:"): by the questions their turns end on.
            deputies = {
                k
                for (h, *_), k in zip(bodies, keys, strict=True)
                if k in interviewees
                and h.info.kind is LabelKind.OFFICE
                and _DEPUTY_CHAIR.fullmatch(fold(h.info.text).strip()) is not None
            }
            moved = _infer_askers(
                deputies, interviewees - deputies, ends_q, asks_any, counted, words
            )
            interviewers |= moved
            interviewees -= moved
        if not inferred and chair is not None:
            # A hearing the cover says someone presides over ("Hon. Douglas Whitcomb, Chairman
            # of the Committee, presiding"): the members under "Senator Alvarez." /
            # "Representative Lee." question the witness ("Ms. Kessler."), though one member
            # who asks once and then urges ("I would urge you to get that decision quickly.")
            # is too few turns for their questions to tell.
            members = {
                k
                for (h, *_), k in zip(bodies, keys, strict=True)
                if h.info.kind is LabelKind.PERSON
                and h.info.name is not None
                and _MEMBER_TITLE.fullmatch(h.info.name.title or "") is not None
            }
            # No member's title in the labels ("Mr. Pell." / "Ms. Barrera." / "Mr. Osei."):
            # the witness is the one GPO heads a statement for ("STATEMENT OF DANIEL OSEI,
            # DEPUTY ADMINISTRATOR, …" over "Mr. Osei."); the presiding chair and the other
            # members question them. (A member's own heading says so: "…, A REPRESENTATIVE IN
            # CONGRESS FROM …", "U.S. SENATOR FROM …".)
            if not members:
                witnesses: set[str] = set()
                for i, (h, _, _, speaker) in enumerate(bodies):
                    prev_end = bodies[i - 1][2] if i > 0 else 0
                    if not _own_statement_heading(text, prev_end, h.cut, speaker):
                        continue
                    heading = text[max(prev_end, h.cut - 400) : h.cut]
                    if not re.search(
                        r"REPRESENTATIVE|SENATOR|CONGRESS(?:MAN|WOMAN)|DELEGATE", heading
                    ):
                        witnesses.add(keys[i])
                if witnesses and persons - witnesses - interviewees:
                    interviewers |= persons - witnesses - interviewees
                    interviewees |= witnesses
            elif persons - members - interviewees:
                interviewers |= members
    # A journalist who names their outlet in the label asks, even once and without a "?"
    # ("Марина Лукина, «Известия»: Вопрос о кадрах. … работает ли программа …»").
    # (A print round table whose lead names its moderator, "Модерировал дискуссию обозреватель
    # «Ъ» Дмитрий Козлов.", quotes the participants' companies as it quotes his paper:
    # "Сергей Гаврилов, «Россети Центр»:" speaks again and again and never asks — he answers.)
    if chairs:
        outlet_askers -= {k for k in outlet_askers - chairs if total[k] >= 2 and not asks_any[k]}
    interviewers |= outlet_askers - interviewees
    # A label that is the publication the lead says the interview was given to ("… gave an
    # interview to the French newspaper Le Monde." over "Le Monde: … since January?"): the
    # paper asks under its own name, no journalist named; only while nobody else asks and
    # only a label with a turn ending on a question.
    if not interviewers:
        for (h, *_), k in zip(bodies, keys, strict=True):
            outlet = h.info.text.strip()
            if (
                ends_q[k]
                and re.search(
                    r"\binterview[ \t]+(?:to|with)[ \t]+(?:the[ \t]+)?(?:[A-Za-z]+[ \t]+)?"
                    r"(?:newspaper|magazine|daily|weekly|news[ \t]+agency|agency|channel|"
                    r"broadcaster|publication|outlet)[ \t]+" + re.escape(outlet) + r"\b",
                    lead,
                )
                is not None
            ):
                # (the title's "X's interview with Le Monde" has read the paper as a guest)
                interviewees.discard(k)
                interviewers.add(k)
    if interviewers and _COUNCIL_MEETING.search(lead) is not None:
        # At a council's meeting the members question the staff who present: a member who
        # puts a question once ("Councilmember Tsai: I want to go back to the breaks. … are
        # any other corridors close to that number? I don't want us to …") asks too, though
        # the turn ends on its reason.
        members = {
            k
            for (h, *_), k in zip(bodies, keys, strict=True)
            if h.info.name is not None
            and re.fullmatch(
                r"(?i)council[ \t-]*(?:member|man|woman|lor|or)|alder(?:man|woman|person)"
                r"|supervisor|(?:board[ \t]+)?member|trustee",
                h.info.name.title or "",
            )
            and asks_any[k]
        }
        interviewers |= members - floor
        interviewees -= members - floor
    # A question the member lodged, read into the record under their name ("Ruth Okafor
    # (Highlands) (SNP): To ask the First Minister what action the Scottish Government is
    # taking …"), asks, though it is the member's one turn and ends on a period.
    lodged = {
        k
        for (_, a, b, _), k in zip(bodies, keys, strict=True)
        if _LODGED_QUESTION.match(text, a, b) is not None
    }
    if interviewers and lodged - floor:
        interviewers |= lodged - floor
        interviewees -= lodged - floor
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
    interviewers -= crowd
    if interviewers or has_q:
        interviewees |= persons - interviewers
        # A journalist named once among the anonymous askers of a press approach, who opens by
        # asking the principal, between two of the principal's answers ("П.Зарубин: Владимир
        # Владимирович, можно уточнить? В Европе уже заявили, что …" / "В.Путин: Павел, …"):
        # one more asker, though the turn ends on the point of the question.
        for i in range(1, len(keys) - 1):
            k = keys[i]
            if (
                k in persons
                and keys.count(k) == 1
                and k not in {keys[i - 1], keys[i + 1]}
                # Or between two principals' answers at a briefing: "Ігор Савчук: …" /
                # "Думська: Пане Дмитре, чи є інформація …? Люди пишуть, …" / "Дмитро Коваль:".
                and keys[i - 1] in interviewees
                and keys[i + 1] in interviewees
                and re.match(r"[^.!?…]*\?", text[bodies[i][1] : bodies[i][2]].lstrip())
            ):
                interviewers.add(k)
                interviewees.discard(k)
        # A voice from the hall the moderator gives the floor to, named in its label only,
        # who asks the principal by name and is answered ("Модератор: Давайте дадим слово
        # залу." / "Андрей Кислов, президент Ассоциации …: Ксения Юрьевна, небольшие банки
        # … Планирует ли регулятор …?" / "Дорохова: Мы обсуждаем …"): one more asker.
        for i in range(1, len(keys) - 1):
            k = keys[i]
            body = text[bodies[i][1] : bodies[i][2]]
            if (
                k in persons
                and keys.count(k) == 1
                and keys[i - 1] in interviewers
                and keys[i + 1] in interviewees
                and keys[i + 1] != k
                and (_ends_with_question(body) or _PLEA_ENDS.search(body) is not None)
                and _names_next(body[:60], bodies[i + 1])
            ):
                interviewers.add(k)
                interviewees.discard(k)
        # A third voice heard once, putting a question the guest then answers: a podcast's
        # producer reading out a listener's question ("Dev: Jumping in from the booth, we got a
        # listener question on exactly this. Is shrinkflation even legal?" / "Felix: Ha. It's
        # legal …"): one more asker, though the host's turn is not the one before it.
        for i in range(1, len(keys) - 1):
            k = keys[i]
            if (
                k in persons
                and k in interviewees
                and keys.count(k) == 1
                and len(persons) >= 3
                and keys[i + 1] in interviewees
                and keys[i + 1] != k
                and keys.count(keys[i + 1]) >= 2
                and bool(interviewers)
                and _ends_with_question(text[bodies[i][1] : bodies[i][2]])
            ):
                interviewers.add(k)
                interviewees.discard(k)
    # A principal the header names ("joint news conference with … Badr Abdelatty") never chairs.
    named = {n.key for n in interviewee_names}
    principals = {
        k
        for h, k in zip(bodies, keys, strict=True)
        if h[0].info.name and h[0].info.name.key in named
    }
    # The public's bare voices that ask, each answered by someone else (a full council's
    # "QUESTIONER: … When will the council admit …?" / "LEADER OF THE COUNCIL: …", an
    # "Audience member:" at a lecture, a resident's "Житель: То есть на следующей неделе
    # точно?").
    floor_askers = {
        k
        for i, ((h, s, e, _), k) in enumerate(zip(bodies, keys, strict=True))
        if h.info.kind is LabelKind.ANONYMOUS
        and i + 1 < len(bodies)
        and keys[i + 1] != k
        and _ends_with_question(text[s:e])
    }
    moderators = (
        # The lead's moderator chairs beside journalists who ask; alone, a "Ведучий —" hosts.
        # (A utility's man who answers a resident's follow-up, under the lead's moderator,
        # speaks right after the resident's question: he answers it, and chairs nothing.)
        (
            _moderators(text, bodies, keys, interviewers | floor_askers)
            | (chairs if interviewers - chairs else set())
        )
        - principals
        if has_q or interviewers
        else set()
    )
    # Nobody labelled to ask, but the public's bare voices do: an office that hands them the
    # floor chairs ("THE LORD MAYOR: … The first question is from Mrs Ruth Adeyemi.").
    if not (has_q or interviewers) and floor_askers:
        moderators = (
            {
                k
                for k in _moderators(text, bodies, keys, floor_askers)
                if (
                    bodies[keys.index(k)][0].info.kind is LabelKind.OFFICE
                    # (or a person whose label gives the chair's post: an AGM's "Graham
                    # Lockwood, Non-Executive Chair:" before the bare "Shareholder:")
                    or _PRESIDING.search(bodies[keys.index(k)][0].info.role or "") is not None
                )
                # (calling one of them up itself: a governors' chair who only opens and closes a
                # parents' forum, the headteacher taking the parents' questions, does not chair)
                and any(kk == k and keys[i + 1] in floor_askers for i, kk in enumerate(keys[:-1]))
            }
            - principals
        )
    # The member the cover names as presiding ("Hon. Dale Holloway (chairman of the
    # subcommittee) presiding", then "Mr. Holloway.") chairs, though they also question the
    # witnesses in their own five minutes: their turns that do not ask hand the floor over.
    presider = {
        k
        for (h, _, _, speaker), k in zip(bodies, keys, strict=True)
        if chair is not None
        and (
            (
                h.info.kind is LabelKind.PERSON
                and h.info.name is not None
                and (h.info.name.compatible(chair) or is_one_of(speaker, [chair]))
            )
            # (or by the post the cover names him by: "Веде засідання секретар міської ради
            # Тарас Мельничук" over "Секретар ради:"; a presiding office's own label,
            # "Председательствующий.", is read as the stenogram's chair elsewhere)
            # (only an office that is not the body's own head: "Председатель:" is read as the
            # chair without the cover)
            or (
                h.info.kind is LabelKind.OFFICE
                and _PRESIDING.search(h.info.text) is None
                and fold(h.info.text).split()[0] not in _BODY_HEAD_POSTS
                and is_one_of(speaker, [chair])
            )
        )
    }
    # (A markup where nobody asks at all, the members speaking on the bill: the presider's
    # later turns still hand the floor over, "The gentleman yields back. The clerk will report
    # …"; his first, opening the markup, stays his statement.)
    quiet_presider: set[str] = set()
    if presider and len(presider) == 1:
        if not (has_q or interviewers):
            quiet_presider = presider - moderators
        moderators |= presider
    moderators |= floor
    # A conference call's operator only opens the call, hands each analyst the line and closes
    # it ("Operator: … Our first question comes from Tom Hadley of Kestrel Securities. Please
    # go ahead."): a chair, whether the label is "Operator:" or the call's bare line.
    if has_q or interviewers:
        operators = {
            k
            for (h, *_), k in zip(bodies, keys, strict=True)
            if h.info.role == "operator" or _OPERATOR_LABEL.fullmatch(fold(h.info.text))
        }
        moderators |= operators
        # The issuer's investor-relations head, whom the operator gives the line to open the
        # call and again to close it ("Оператор: … Передаю слово директору по работе с
        # инвесторами …" / "Ольга Литвинова: Спасибо. … Сегодня с нами генеральный директор …
        # Игорь Савельевич, прошу." … "Оператор: Вопросов больше нет. …" / "Ольга Литвинова:
        # Спасибо всем за участие. …"): only ever right after the operator, in short turns
        # that ask nothing, the last of them the call's last, chairs as the operator does.
        for k in set(keys) - operators - interviewers - moderators if operators else ():
            turns = [i for i, kk in enumerate(keys) if kk == k]
            if (
                len(turns) >= 2
                and turns[-1] == len(keys) - 1
                and all(i > 0 and keys[i - 1] in operators for i in turns)
                and all(
                    len(text[bodies[i][1] : bodies[i][2]].split()) <= 60
                    and "?" not in text[bodies[i][1] : bodies[i][2]]
                    for i in turns
                )
            ):
                moderators.add(k)
    # The moderator of a speech's discussion, under her own name, puts the first question to
    # the speaker herself before taking the room's ("Rosa Balfour [Director, Carnegie Europe]:
    # Thank you …, Secretary General, … What do you say to them?" / "NATO Secretary General
    # Mark Rutte: I say …" / "Rosa Balfour: Let me take questions from the room." / "Question
    # [Tomasz Wrona, …]: …"): she asks, and chairs between the questions.
    if has_q and interviewers:
        for mod in set(keys) - interviewers - principals:
            turns = [i for i, kk in enumerate(keys) if kk == mod]
            if bodies[turns[0]][0].info.kind is not LabelKind.PERSON or len(turns) < 2:
                continue
            hands_on = any(
                i + 1 < len(keys)
                and keys[i + 1] in interviewers
                and "?" not in text[bodies[i][1] : bodies[i][2]]
                for i in turns
            )
            puts = any(
                i + 1 < len(keys)
                and keys[i + 1] not in interviewers
                and keys[i + 1] != mod
                and _ends_with_question(text[bodies[i][1] : bodies[i][2]])
                for i in turns
            )
            # (never right after one who asks: whoever speaks after a question answers it)
            replies = any(i > 0 and keys[i - 1] in interviewers for i in turns)
            if hands_on and puts and not replies:
                interviewers.add(mod)
                interviewees.discard(mod)
    # The press secretary gives the floor to a journalist by name and outlet ("Д.Песков: Елена
    # Ступина, РИА Новости." then "Е.Ступина: Владимир Владимирович, … Затрагивалась ли …?
    # Некоторые партнёры говорили об этом публично."): she asks, though once and not at the end.
    for i in range(1, len(bodies)):
        k, speaker = keys[i], bodies[i][3]
        if keys[i - 1] not in moderators or k in moderators or not speaker or k not in persons:
            continue
        called = text[bodies[i - 1][1] : bodies[i - 1][2]]
        cut = called.find(speaker + ",")
        outlet = called[cut + len(speaker) + 1 :].strip().rstrip(".") if cut >= 0 else ""
        if outlet and outlet_role(outlet) and "?" in text[bodies[i][1] : bodies[i][2]]:
            interviewers.add(k)
            interviewees.discard(k)
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
    # A hearing its chair opens under a title that presides, though they question the witness
    # too (Rev's "Chair Whitford (00:00:04):" / "The committee will come to order. … I now
    # recognize Acting Administrator Nakamura for his opening statement."): that opening is a
    # statement, and so is the witness's statement after it.
    opener = bodies[0][0].info if bodies else None
    chair_opens = (
        opener is not None
        and keys[0] in interviewers
        and opener.kind is LabelKind.PERSON
        and opener.name is not None
        and _PRESIDING.fullmatch(opener.name.title or "") is not None
    )
    # A presenter who links the programme ("Marcus Webb: The House today voted …  For more,
    # Laura Castillo spoke with one of them." before a named colleague's first question, and
    # after the interview "We also reached out to …") speaks before any interviewer and never
    # right after one: statements, never answers. (A second principal at a press conference
    # hands over to anonymous "Question:" askers, and answers.)
    after_asker = {keys[i] for i in range(1, len(keys)) if keys[i - 1] in interviewers}
    # (nor is a newsmaker a linking presenter who answers the reporters' shouted questions
    # before the anchor comes in: CNN joining a White House spray in progress, "UNIDENTIFIED
    # REPORTER: Mr. President, are you going to fire …?" / "TRUMP: I have no intention …")
    after_asker |= {
        keys[i]
        for i in range(1, len(keys))
        if bodies[i - 1][0].info.kind in (LabelKind.ANONYMOUS, LabelKind.QUESTION)
        and "?" in text[bodies[i - 1][1] : bodies[i - 1][2]]
    }
    named_askers = interviewers & persons - role_askers
    first_asked = next((i for i, k in enumerate(keys) if k in interviewers), len(keys))
    linking: set[str] = set()
    if 0 < first_asked < len(keys) and keys[first_asked] in named_askers:
        linking = {keys[first_asked - 1]} - interviewers - after_asker - principals
        linking &= persons
        # (a press conference's second principal who opens the floor, "… We'll take
        # questions.", right before the first question links no programme: he answers)
        if _OPENS_QUESTIONS.search(text[bodies[first_asked - 1][1] : bodies[first_asked - 1][2]]):
            linking = set()
    # A chair who asks the hall for questions and calls a member ("КОВАЛЁВ И.С. Спасибо. Есть
    # вопросы к докладчику. Ларина Елена Викторовна." / "ЛАРИНА Е.В. Андрей Петрович, жители
    # … спрашивают, когда будет …. Сроки переносились уже дважды."): the member called, who is
    # not the rapporteur just heard, asks, though without a question mark.
    floor_called: set[str] = set()
    for i in range(1, len(bodies) - 1):
        k, nxt = keys[i], keys[i + 1]
        if k not in moderators or nxt in moderators or nxt in interviewers or nxt == keys[i - 1]:
            continue
        if nxt in keys[:i]:
            continue
        if any(
            _CALLS_FLOOR.search(sentence) is not None
            for sentence in re.split(r"(?<=[.!?])\s+", text[bodies[i][1] : bodies[i][2]].strip())
        ):
            interviewers.add(nxt)
            interviewees.discard(nxt)
            floor_called.add(nxt)
    # A voice heard once from the hall, right after the moderator opened the floor ("We have a
    # couple of minutes for questions. There's a mic in the aisle." / "Speaker 5: Hi, I'm Rosa
    # Delgado, I teach … How would a student get into this field? …"): the audience asks.
    for i in range(1, len(bodies) - 1):
        k = keys[i]
        before = text[bodies[i - 1][1] : bodies[i - 1][2]]
        if (
            keys.count(k) == 1
            and k not in interviewers
            and keys[i - 1] in interviewers
            and keys[i + 1] not in (k, keys[i - 1])
            and "?" not in before
            and _OPENS_FLOOR.search(before) is not None
            and _FLOOR_PLACE.search(before) is not None
            and "?" in text[bodies[i][1] : bodies[i][2]]
        ):
            interviewers.add(k)
            interviewees.discard(k)
    # The sworn witness's voices in an examination: the "A." lines' speaker, also under their
    # own label in the colloquy ("WIT:", "THE WITNESS:").
    witness_keys = {
        k for (h, *_), k in zip(bodies, keys, strict=True) if h.info.kind is LabelKind.ANSWER
    }
    witness_keys &= {
        k for (h, *_), k in zip(bodies, keys, strict=True) if h.info.kind is not LabelKind.ANSWER
    }
    # A chair whose label gives the presiding post after the name ("Graham Lockwood,
    # Non-Executive Chair:"), as an AGM's does.
    post_chairs = {
        k
        for (h, *_), k in zip(bodies, keys, strict=True)
        if k in moderators and _PRESIDING.search(h.info.role or "") is not None
    }
    labels: list[str] = []
    asked = False  # has an interviewer spoken yet? Before that, interviewees make statements.
    called_report = -1  # the turn a meeting's head has just called by name, asking nothing
    narrated: set[int] = set()  # a package reporter's narration turns, by body index
    for i, (h, start, end, speaker) in enumerate(bodies):
        k = keys[i]
        body = text[start:end]
        # A GPO hearing heads a member's or witness's opening statement with a capitals block
        # that names them ("STATEMENT OF HON. MARGARET COLE, ADMINISTRATOR, …" over "Ms. Cole.
        # Thank you, Chairman …"; "STATEMENT OF HON. GRACE ODUYA, / U.S. SENATOR FROM
        # ILLINOIS" over "Senator Oduya. … is it safe to fly? …"): a statement, though a
        # rhetorical question runs in it before anyone has asked. (Once the questioning has
        # begun, GPO may head a senator's round the same way: "STATEMENT OF HON. JAMES
        # OKAFOR" over "Senator Okafor. … When will Atlanta be fully staffed?" asks.)
        if (not asked or "?" not in body) and _own_statement_heading(
            text, bodies[i - 1][2] if i > 0 else 0, h.cut, speaker
        ):
            labels.append("statement")
            continue
        if _RELAYED_QUESTION.match(body.lstrip()) is not None and _ends_with_question(body):
            # An officer reading out a question sent in ("Company Secretary: Ms Gillespie asks:
            # given …, why have …?"), whoever reads it: the question asks, and the reply to it
            # answers.
            labels.append("question")
            asked = True
            continue
        # A clip played next is no answer ("Hello, I'm Jake Tapper…" then "(BEGIN VIDEOTAPE)").
        answered = (
            i + 1 < len(bodies)
            and keys[i + 1] in interviewees
            and not any(a <= bodies[i + 1][0].start < b for a, b in clips)
            # (nor is a voice heard once that NPR plays in: "(SOUNDBITE OF ARCHIVED
            # RECORDING)" between; the guest's own interview taped in the field still answers)
            and (
                keys.count(keys[i + 1]) > 1
                or _ARCHIVED.search(text, end, bodies[i + 1][0].cut) is None
            )
        )
        if (
            examination
            and h.info.kind not in (LabelKind.QUESTION, LabelKind.ANSWER)
            and k not in witness_keys
            and i + 1 < len(bodies)
            and (
                keys[i + 1] in witness_keys
                # (or the answer printed in the examiner's paragraph after "?---", see
                # turns._witness_answers: "… since March 2021?---That's right, …")
                or (bodies[i + 1][0].implied and bodies[i + 1][0].info.kind is LabelKind.ANSWER)
            )
            and _ends_with_question(body)
        ):
            # The bench's own question to the witness in the colloquy, answered under the
            # witness's label: "MJ: Staff Sergeant, just so I'm clear, was the log kept in pen
            # or in pencil?" / "WIT: In pen, ma'am."
            labels.append("question")
        elif examination and k in witness_keys and labels and labels[-1] == "question":
            labels.append("answer")
        elif (
            any(a <= h.start < b for a, b in clips)
            or (examination and h.info.kind not in (LabelKind.QUESTION, LabelKind.ANSWER))
            or k in crowd
            # The clerk reads the bill, the amendment or the roll ("The Clerk. Amendment in the
            # nature of a substitute to H.R. 2417 …"): the record's, nobody's own words. (A
            # parish clerk who answers a resident, "I reported it on the 6th …", answers.)
            or (
                h.info.kind is LabelKind.OFFICE
                and _CLERK.fullmatch(h.info.text) is not None
                and not (labels and labels[-1] == "question")
                and _OWN_WORDS.search(body) is None
            )
        ):
            labels.append("other")
        elif k in moderators:
            # A chair who takes their own turn to question the witness asks. A chair's own
            # opening statement, before anyone asks, runs to paragraphs ("Good morning, and
            # welcome to today's hearing … I yield back."); opening the hearing and handing
            # over takes a few sentences ("The committee will come to order. … I now
            # recognize the Ranking Member").
            prev_end = bodies[i - 1][2] if i > 0 else 0
            # A short opening may still say something between calling the hearing to order
            # and handing over: a paragraph of its own in the middle ("The subcommittee will
            # come to order. …" / "This year more than 7 million acres burned …" / "I now
            # recognize the Ranking Member …").
            paragraphs = [p for p in re.split(r"\n[ \t]*(?=\n|[ \t]{2,}\S)", body) if p.strip()]
            opening = len(body.split()) >= 120 or (len(body.split()) >= 60 and len(paragraphs) >= 3)
            # … or says something beside the procedure, in a few sentences of its own ("The
            # subcommittee will come to order. Hurricane season officially begins in just over
            # two weeks. Last year, Hurricanes Helene and Milton caused …" / "… I will now
            # recognize the ranking member …"); calling to order, the hearing's purpose, a
            # welcome and the call to the next speaker are the chair's office (a hearing's
            # chair, whom the cover names as presiding).
            said = sum(
                len(sentence.split())
                # (GPO's hard-wrapped lines break a phrase: "… will come to" / "order.")
                # (a courtesy title's stop ends no sentence: "… our witness, Ms. Margaret …")
                for sentence in re.split(
                    r"(?<=[.!?])(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)\s+",
                    re.sub(r"\s+", " ", body),
                )
                if _CHAIR_PROCEDURE.search(sentence) is None
            )
            # (the cover's chair under the office's own label too: "Hon. Mike Lee, Chairman of
            # the Committee, presiding" over "The Chairman. Good morning. The Committee will
            # come to order. Last summer, a single downed line …")
            covered = k in presider or (
                chair is not None
                and is_one_of(bodies[i][3], [chair])
                and re.fullmatch(r"(?i)the[ \t]+chair(?:man|woman)?\.?", h.info.text.strip())
                is not None
            )
            opening = opening or (covered and len(body.split()) >= 60 and said >= 30)
            # A chair calling the witness under the witness's statement heading ("STATEMENT OF
            # THE HON. NORA LINDQVIST, CHIEF, …" over "Mr. Brandt. Chief Lindqvist, you are
            # recognized for 5 minutes.") hands over; the heading is the next speaker's.
            callee = i + 1 < len(bodies) and keys[i + 1] != k
            callee = callee and _own_statement_heading(text, prev_end, h.cut, bodies[i + 1][3])
            # Questioning the witness in their own five minutes, the chair presses a point
            # the witness has just answered, and the witness answers again ("So you missed
            # the target by 40 percent." / "We fell short of it, yes."): a question.
            presses = (
                asked
                and 1 < i < len(bodies) - 1
                and keys[i - 2] == k
                and labels[i - 2] == "question"
                and keys[i - 1] == keys[i + 1] != k
                and keys[i - 1] in interviewees
                and not _REMARK.search(body)
                and not _hands_floor(body, bodies, i, keys)
                and len(body.split()) <= 40
            )
            # A stenogram's chair who puts a question of their own to the rapporteur, the
            # question's sentence calling the next speaker by name ("Коллеги, давайте
            # послушаем. Игорь Сергеевич, а вы можете назвать конкретный срок? Люди ждут
            # …" before "Колесников И. С. Вячеслав Викторович, до 1 июля …"): a question,
            # though its reason follows it. ("Спасибо, Игорь Сергеевич. Есть вопросы?" asks
            # the hall, not the next speaker.)
            puts = (
                k in floor
                and i + 1 < len(bodies)
                and keys[i + 1] != k
                and keys[i + 1] not in moderators
                and any(
                    "?" in sentence and _names_next(sentence[:40], bodies[i + 1])
                    for sentence in re.split(r"(?<=[.!?])\s+", body)
                )
            )
            # A chair's question that only asks the hall for questions or calls a vote ("Є
            # запитання до старости?", "Senator, do you have further questions?", "Those in
            # favour? Against? Abstentions?") hands the floor over: no question of their own.
            asking = [s for s in re.split(r"(?<=[.!?])\s+", body.strip()) if "?" in s]
            # … and so does a call on the next speaker to present, by name ("Dr. Haines, would
            # you walk us through item 7.2?" before the superintendent's report).
            procedural = (
                bool(asking)
                and all(
                    _CALLS_FLOOR.search(s) is not None
                    or (
                        i + 1 < len(bodies)
                        and keys[i + 1] != k
                        and _CALLS_PRESENTER.search(s) is not None
                        and _names_next(s[:40], bodies[i + 1])
                    )
                    for s in asking
                )
            ) or _asks_operator(body, bodies, i)
            # (… and so does the next asker called by given name alone: "Pam?" before
            # "Question: Thanks. Pamela Falk, CBS News. …")
            procedural = procedural or (
                i + 1 < len(bodies)
                and (
                    bodies[i + 1][0].info.kind is LabelKind.QUESTION or keys[i + 1] in interviewers
                )
                and _NAME_ASKED.fullmatch(body) is not None
            )
            # A chair's opening that hands the floor to nobody, the chair speaking again next
            # ("КОВАЛЁВ И.С. Уважаемые коллеги! Заседание … объявляется открытым. … Сегодня на
            # повестке …" / "(Звучит гимн …)" / "КОВАЛЁВ И.С. По первому вопросу слово …").
            # A chair who says she puts a question of her own to the witness who speaks next
            # ("Thank you, Julie. Before Michael comes in, can I ask a straight question: when
            # will the scheme be commenced? It has been on the books since 2016."): a question,
            # though its reason follows it.
            says_asks = (
                i + 1 < len(bodies)
                and keys[i + 1] in interviewees
                and "?" in body
                and not procedural
                and _SAYS_ASKS.search(body) is not None
            )
            # The bench calls on a party by its procedural role for its position ("Истец,
            # коротко ваша позиция." before "Представитель истца: …"): a question put to it.
            party = _PARTY_CALLED.match(body)
            calls_party = (
                party is not None
                and i + 1 < len(bodies)
                and keys[i + 1] != k
                and len(body.split()) <= 12
                # (the party's word in any case: "истец" / "представитель истца")
                and re.sub(r"ец$", "ц", re.sub(r"(?:у|ь)$", "", fold(party.group(1))))
                in fold(bodies[i + 1][0].info.text)
            )
            puts = puts or says_asks or calls_party
            opening = opening or (i == 0 and len(bodies) > 1 and keys[1] == k)
            # (A presider's opening that only invites the first speaker and gives them the
            # floor, a UN record's "In accordance with rule 39 …, I invite Ms. … to
            # participate in this meeting. I give the floor to Ms. …", is the chair's call.)
            invited = _INVITES_TO_MEETING.sub("", body).strip()
            opening = opening or (
                k in quiet_presider
                and k not in keys[:i]
                and not (
                    invited != body.strip()
                    and len(invited.split()) <= 10
                    and _GIVES_FLOOR.search(invited) is not None
                )
            )
            if (chaired and not asked and "?" not in body and opening) or (
                "?" not in body and not callee and _headed_statement(text, prev_end, h.cut)
            ):
                labels.append("statement")
            elif _put_to_chair(text, bodies, labels, i, body) or (
                # A chair who takes the question put to the meeting himself, handing it to no one,
                # the floor's next question or his own next words after it (an AGM's chair:
                # "That's a fair question, and I'll answer it as chair of the board. …"): his
                # answer.
                k in post_chairs
                and labels
                and labels[-1] == "question"
                and "?" not in body
                and len(body.split()) >= 8
                and _HANDS_OVER.search(body) is None
                and (
                    i + 1 == len(bodies)
                    or keys[i + 1] == k
                    or _ends_with_question(text[bodies[i + 1][1] : bodies[i + 1][2]])
                )
            ):
                labels.append("answer")
            else:
                labels.append(
                    "question"
                    if (_ends_with_question(body) and not procedural) or presses or puts
                    else "other"
                )
        elif h.info.kind is LabelKind.QUESTION and k not in answering_callers:
            # "Q: Thank you, Dana.", "Вопрос: Спасибо вам большое.", "Запитання: Дякую за
            # розмову.": a reporter's thanks asks nothing, whether or not the interviewee
            # thanks back (an interviewer's thanks is a remark too, see _asks).
            # (an acknowledgement may come first: "QUESTION: All right. Mr. Secretary, thank
            # you for your time this morning.")
            acked = _ACK_LEAD.match(body)
            if acked is not None and body[acked.end() :].strip():
                body = body[acked.end() :]
            vocative = _TITLED_VOCATIVE.match(body)
            if vocative is not None and is_title_token(vocative.group("t").rstrip(".")):
                body = body[vocative.end() :]
            elif (
                vocative is not None
                and h.info.outlet is not None
                and h.info.name is None
                and _THANKS_ONLY.fullmatch(body[vocative.end() :]) is not None
            ):
                # An outlet's label ("RT: Karin Leitner, thank you very much."): the paper's
                # interviewer thanks the guest by name, a courtesy that asks nothing (a bare
                # "Q: Fiona Hill, thank you." stays a question).
                body = body[vocative.end() :]
            # Pakistan MOFA's "Question: Shaukat Piracha, Aaj News. Thank you, sir, for the
            # briefing.": the reporter's own name and outlet first ask nothing either.
            introduced = _SELF_INTRODUCTION.match(body)
            if introduced is not None:
                body = body[introduced.end() :]
            # A parting wish after the thanks asks nothing either: "QUESTION:  Mr. Secretary,
            # thanks so much.  Safe travels."
            wish = _WISH_LAST.search(body)
            if wish is not None and wish.start() > 0 and "?" not in body:
                body = body[: wish.start() + 1]
            thanks = (
                _THANKS_ONLY.fullmatch(body) is not None
                or _THANKS_FOR.fullmatch(body) is not None
                or _SESSION_CLOSED.fullmatch(body) is not None
            )
            # A sign-off of two thanks, the second for the visit ("Mr. Secretary, we appreciate
            # your time.  Thanks for coming on."): each sentence thanks, neither asks.
            pair = _TWO_THANKS.fullmatch(body)
            thanks = thanks or (
                pair is not None
                and (
                    _THANKS_ONLY.fullmatch(pair.group(1)) is not None
                    or _THANKS_FOR.fullmatch(pair.group(1)) is not None
                )
                and (
                    _THANKS_ONLY.fullmatch(pair.group(2)) is not None
                    or _THANKS_FOR.fullmatch(pair.group(2)) is not None
                    or _THANKS_FOR_VISIT.fullmatch(pair.group(2)) is not None
                )
            )
            # A committee's numbered question line that only calls the member who asks next
            # ("Q5 Chair: Sarah Gill." / "Sarah Gill: Thank you, Chair. …"): a hand-off.
            # (after the chair's thanks to the room too: "Q93 Chair: Thank you for your
            # patience. Yuan Yang." on resuming after a Division)
            call_line = _CALLED_NAME.fullmatch(_THANKS_SENTENCE.sub("", body, count=1))
            next_name = name_from_phrase(bodies[i + 1][3] or "") if i + 1 < len(bodies) else None
            if call_line is None and "?" not in body:
                # (the whole line: the vocative stripped above may be the call's own name)
                call_line = _CALLS_IN.search(text[bodies[i][1] : bodies[i][2]])
            handoff = (
                call_line is not None
                and next_name is not None
                and keys[i + 1] != k
                and fold(call_line.group("surname")) == fold(next_name.surname)
            )
            # A reporter's bare "Okay." that the next reporter's question follows, unanswered
            # ("QUESTION:  Okay." / "QUESTION:  Just to follow up on Matt —"): a remark.
            acknowledged = _BARE_ACK.fullmatch(body) is not None and (
                i + 1 == len(bodies) or bodies[i + 1][0].info.kind is LabelKind.QUESTION
            )
            # The chair breaking the sitting off for a vote asks nothing: "Q92 Chair: We are
            # going to have to move on because of a Division. The sitting is suspended for 15
            # minutes."
            suspends = "?" not in body and _SUSPENDS.search(body) is not None
            # A Sunday show's anchor, labelled "QUESTION:" on a ministry's page, bringing the
            # guest in before the first question ("QUESTION: And we go now to Secretary of State
            # …, who joins us from the State Department. Good morning to you, Mr. Secretary."):
            # the hand-off and the greeting ask nothing.
            brought_in = (
                i == 0
                and "?" not in body
                and _BRINGS_IN.search(body) is not None
                and _GREETING_CLOSES.search(body) is not None
            )
            # The chair's closing thanks under the session's last question number, the
            # witnesses' answers before it ("Q50 Chair: Thank you both very much. That has been
            # extremely helpful, and we may write to you with some follow-up questions."): the
            # session's close, no question.
            # (the witness's own thanks back may still close the page: "Q7 Chair: Thank you,
            # Prime Minister. We look forward to that letter …" / "Sir Keir Starmer: Thank you,
            # Chair." — the chair's, by office: a reporter's "Q: Thanks, Dana. Two questions on
            # tariffs." before the briefer's "Thanks, everyone." still asks)
            thanked_back = (
                i + 2 == len(bodies)
                and h.info.office is not None
                and keys[i + 1] != k
                and bodies[i + 1][0].info.kind is not LabelKind.QUESTION
                and _THANKS_ONLY.fullmatch(text[bodies[i + 1][1] : bodies[i + 1][2]].strip())
                is not None
            )
            # A radio host under "QUESTION:" signing off, out of time ("QUESTION:  Mr. Deputy
            # Secretary, we are out of time. Thank you very much for being with us."), the
            # guest's short thanks and farewell last: the close, no question.
            reply = ""
            if i + 2 == len(bodies):
                reply = text[bodies[i + 1][1] : bodies[i + 1][2]].strip()
            thanked_back = thanked_back or (
                bool(reply)
                and keys[i + 1] != k
                and bodies[i + 1][0].info.kind is not LabelKind.QUESTION
                and _OUT_OF_TIME.search(body) is not None
                and "?" not in reply
                and len(reply.split()) <= 15
                and _CLOSING_THANKS.match(reply) is not None
            )
            closes = (
                (i + 1 == len(bodies) or thanked_back)
                and i > 0
                and keys[i - 1] != k
                and "answer" in labels
                and "?" not in body
                and len(body.split()) <= 40
                and _CLOSING_THANKS.match(_DEFERS_TOPIC.sub("", body, count=1)) is not None
                and re.search(r"[.!][ \t]*$", body) is not None
            )
            # A committee chair's opening under the first question number that only greets,
            # welcomes and thanks the witness ("Q41 Chair: Good morning, and welcome to our
            # second panel. Secretary of State, thank you for coming back to the Committee."):
            # the witness's thanks answer it, but nothing was asked yet.
            welcomes = (
                i == 0
                and i + 1 < len(bodies)
                and keys[i + 1] != k
                and "?" not in body
                and len(body.split()) <= 40
                and _GREETING_OPENS.match(body) is not None
                and all(
                    _GREETING_OPENS.match(sentence) is not None
                    or re.search(r"\b(?:thank[ \t]+you|thanks)\b", sentence, re.IGNORECASE)
                    for sentence in sentences_of(body)
                )
            )
            labels.append(
                "other"
                if thanks or handoff or acknowledged or suspends or brought_in or closes or welcomes
                else "question"
            )
        elif (
            k in interviewers
            and meeting
            and asked
            and "?" not in body
            # (an assent's grant may run a little longer: "Good, agreed. Send me the
            # proposals, and we will look at them together with the Government. Thank you.")
            and len(body.split()) <= (20 if _AGREED_OPENS.match(body) else 15)
            and (_THANKS_LAST.search(body) is not None or _WISH_LAST.search(body) is not None)
            and _CHAIR_DIRECTIVE.search(body) is None
            and (
                # (an instruction in the imperative, the meeting's last word, is substance:
                # "Подготовьте, пожалуйста, обращение, я поручу Правительству посмотреть.
                # Спасибо." is a statement) …
                (i + 1 == len(bodies) and _IMPERATIVE.search(body) is None)
                # … but the assent that grants the other side's request closes the meeting,
                # whether or not their thanks are printed after it: "Хорошо, договорились:
                # подготовьте документы, я дам поручение Правительству. Спасибо." last.
                or (
                    0 < i == len(bodies) - 1
                    and keys[i - 1] != k
                    and _AGREED_OPENS.match(body) is not None
                )
                # … but the assent that grants the other side's request, their thanks after it
                # the meeting's end, closes it: "Хорошо, договорились: подготовьте документы, я
                # дам поручение Правительству. Спасибо." / "Спасибо, Владимир Владимирович."
                or (
                    i + 2 == len(bodies)
                    and keys[i + 1] != k
                    and _CLOSING_THANKS.match(text[bodies[i + 1][1] : bodies[i + 1][2]]) is not None
                    and (_IMPERATIVE.search(body) is None or _AGREED_OPENS.match(body) is not None)
                )
            )
        ):
            # The head of state's last word, the meeting's end: "Хорошо, посмотрим вместе с
            # «Газпромом» и Правительством. Спасибо." before the governor's "Спасибо большое,
            # Владимир Владимирович." — a closing remark that thanks, no instruction; so is
            # a parting wish last ("Желаю успехов вам и всем жителям области." before the
            # governor's "Спасибо, Михаил Владимирович.").
            labels.append("other")
        elif (
            k in interviewers
            and meeting
            and k in inferred
            and asked
            and "?" not in body
            and len(body.split()) >= 8
            and _CLOSING_THANKS.match(body) is None  # "Хорошо, спасибо большое, до свидания."
            and not (i + 1 < len(bodies) and _names_next(body[:60], bodies[i + 1]))
            # (moving the meeting on is no instruction: "Good. Let's go through the documents
            # you have brought.", "Хорошо. Давайте посмотрим документы."; an imperative after
            # the "давайте" still instructs: "Хорошо, давайте, подготовьте письмо, я дам
            # поручение …")
            and (_MOVES_ON.fullmatch(body.strip()) is None or _IMPERATIVE.search(body) is not None)
            # (a remark the other side takes up with a yes or a no was put to them: "Вы сказали
            # про отопительный сезон. …" / "Да, были. …")
            and not (
                i + 1 < len(bodies)
                and keys[i + 1] != k
                and _takes_up(text, bodies[i + 1][1], meeting)
            )
        ):
            # At a working meeting the head of state questions the governor and the minister;
            # once the questions have begun, what else he says at length, calling no one next,
            # are instructions ("Хорошо. Прошу вас вместе с губернатором проработать это …",
            # "Подготовьте, пожалуйста, обращение, я поручу …"): no question, no remark.
            labels.append("statement")
        elif k in interviewers:
            if bench and answered and keys[i + 1] != k and _hands_floor(body, bodies, i, keys):
                # The presiding judge calls the case or the next advocate: "We'll hear argument
                # next in State versus Pike. Mr. Tollefson, whenever you're ready." asks nothing.
                labels.append("other")
                continue
            reply = text[bodies[i + 1][1] : bodies[i + 1][2]] if answered else ""
            # NPR's host sets up a recording that the guest is then asked about ("The
            # administration's argument, though, is that states should lead. Let's listen to
            # the deputy secretary." / "(SOUNDBITE OF ARCHIVED RECORDING)" / "JOANNA PRICE: …"
            # / "BREWER: Is she wrong?"): the challenge is put to the guest through the clip.
            # (A bare "Let's listen to the president." stays a remark: the challenge must say
            # something of its own before the cue.)
            # (The host's opening, played in before the guest has said a word — "Here's
            # the county's health director, speaking to reporters." — puts nothing to a guest.)
            played = (
                i + 2 < len(bodies)
                and any(keys[j] not in interviewers for j in range(i))
                and keys[i + 1] not in interviewers
                and keys.count(keys[i + 1]) == 1
                and keys[i + 2] in interviewers
                and _ARCHIVED.search(text, end, bodies[i + 1][0].cut) is not None
            )
            own_words = [
                sentence
                for sentence in re.split(r"(?<=[.!?])\s+", body.strip())
                if _REMARK.search(sentence) is None
            ]
            asks = _asks(body, text[h.start : h.end], answered=answered, reply=reply)
            asks = asks or (played and sum(len(x.split()) for x in own_words) >= 10)
            # A moderator's call for more questions from the hall, a reporter's label next
            # ("Moderator: Any other questions? Yes, please." / "Question: Thank you. …"): the
            # floor handed over, nothing put to the guest.
            hall = [x for x in re.split(r"(?<=[.!?])\s+", body.strip()) if "?" in x]
            if (
                asks
                and hall
                and i + 1 < len(bodies)
                and bodies[i + 1][0].info.kind is LabelKind.QUESTION
                and len(body.split()) <= 20
                and all(_CALLS_FLOOR.search(x) is not None for x in hall)
            ):
                asks = False
            # A caller put through once, whose plea the official answers: "Татьяна Гусева,
            # Балашиха: Здравствуйте, Алексей Николаевич! … Верните автобус, пожалуйста!"
            # (a moderator's "Prime Minister, please." only gives the floor).
            asks = asks or (
                answered
                and k in persons
                and keys.count(k) == 1
                and len(body.split()) >= 8
                and _PLEA_ENDS.search(body) is not None
            )
            # "JOURNALIST: Just on that –" cut off by another reporter: a question begun.
            asks = asks or (k in role_askers and _CUT_OFF.search(body) is not None)
            if (
                asks
                and answered
                and "?" not in body
                and len(body.split()) <= 25
                and keys[i + 1] != k
                and _names_next_in_full(body, bodies[i + 1])
                and "question" in labels
                and keys[len(labels) - 1 - labels[::-1].index("question")] not in (k, keys[i + 1])
            ):
                # A panel show's chair passing the floor's question on to a panellist by full
                # name, with no question of her own ("GEMMA WHITAKER: … can Britain really
                # afford …?" / "FIONA BRUCE: Peter Kyle, your government has just cut the aid
                # budget to pay for it." / "… Some of them. Ash Sarkar."): a hand-off; the
                # panellist answers the audience's question.
                asks = False
            if (
                asks
                and answered
                and keys[i + 1] in answering_callers
                and "?" not in body
                and _handed_caller(bodies[i + 1][0].text, body, set()) is not None
            ):
                # A phone-in's host putting the next caller through, with no question of her
                # own ("Stay with us. Gary is in Bexleyheath. Gary, you're a landlord, I
                # gather."): a hand-off.
                asks = False
            if (
                asks
                and i + 1 < len(bodies)
                and keys[i + 1] != k
                and _asks_caller_only(
                    body,
                    text[text.rfind("\n", 0, bodies[i + 1][1]) + 1 : bodies[i + 1][1]],
                    text[bodies[i + 1][1] : bodies[i + 1][2]],
                )
            ):
                # A phone-in's host putting a named caller through, whose one question asks
                # the caller, by name, who she is ("Darren's in Stockport. Darren, you're a
                # head teacher?" / "Caller (Darren, Stockport): Yeah, … Are you going to …?"):
                # the caller answers it and asks the guest; the host asked the guest nothing.
                asks = False
            if (
                asks
                and not answered
                and i == len(bodies) - 1
                and i > 0
                and "?" not in body
                and _CUT_OFF.search(body) is not None
                and _SEGMENT_BREAK.search(text, bodies[i - 1][2], h.cut) is not None
            ):
                # The next segment's opening after the break, which the page cuts short (CNN:
                # "(COMMERCIAL BREAK)" / "[13:10:00]" / "AMANPOUR: Now, Chile has been in a
                # mega-drought for 15 years..."): nobody is asked anything yet.
                asks = False
            if (
                asks
                and i == 0
                and not answered
                and _plays_clip_before_guest(text, bodies, keys, k, clips)
            ):
                # A cable host's opening that teases the segment and plays a clip in before the
                # guest is brought on (CNN: "I'm … in Philadelphia. Is the governor running for
                # president? … Here's some of what he told lawmakers." / "(BEGIN VIDEO CLIP)" /
                # … / "Joining me now is …"): its tease asks nobody.
                asks = False
            if (
                asks
                and i == 0
                and not answered
                and i + 1 < len(bodies)
                and keys[i + 1] == k
                and _COLD_OPEN_CLOSE.search(sentences_of(body)[-1]) is not None
                and re.search(r"\bI['’]m[ \t]+[A-Z]", body) is not None
            ):
                # A Sunday show's cold open, the host's teaser closed by her own name and the
                # show's welcome ("This week on The West Block: … will it be ready …? I'm
                # Mercedes Stephenson. Welcome to The West Block."), the guest brought on in her
                # next turn after the break: the teaser asks nobody.
                asks = False
            if (
                asks
                and i == 0
                and not answered
                and i + 1 < len(bodies)
                and keys[i + 1] == k
                and _TITLE_MUSIC.search(text, bodies[i][2], bodies[i + 1][0].cut) is not None
            ):
                # A show's tease before its title music, the host bringing the guest on after
                # it ("HOOVER: This week on "Firing Line." … who don't trust him either?" /
                # "[ Theme music plays ]" / "HOOVER: Senator John Curtis, welcome …"): the tease
                # asks the viewer, nobody answers it.
                asks = False
            if (
                asks
                and i == 0
                and answered
                and _GREETING_OPENS.match(body) is not None
                and "?" not in sentences_of(body)[-1]
                and _REMARK.search(sentences_of(body)[-1]) is not None
                and _introduces_next(body, keys[i + 1])
            ):
                # A radio host's opening that greets, teases the subject with a question or two
                # and brings the guests in by name, ending on the welcome ("Hello, and welcome
                # to the Health Report … And does it matter? Dr Emily Carter is an
                # endocrinologist … Welcome to you both."): its teasers ask nobody yet.
                asks = False
            # (A chair resuming after a break with a thanks and a call of the next speaker,
            # "Thank you. We will now move to panel two. Mr. Delgado, please begin …", opens no
            # statement: the call only gives the floor.)
            resumes = (
                not chaired
                and len(body.split()) < 40
                and re.match(r"\W*Thank you\b", body) is not None
                and i + 1 < len(bodies)
                and keys[i + 1] != k
                and _names_next(body, bodies[i + 1])
            )
            # (Nor does a short opening that only calls the hearing to order and gives the
            # witness the floor: "We'll call the committee to order. Secretary, please call the
            # roll. We do have a quorum. Our only item this morning is … General Lassiter,
            # welcome, the floor is yours." — under thirty words of its own besides the
            # procedure, its last sentence calling the next speaker, and mostly procedure: order,
            # roll, quorum, floor. The order and a recognition around the day's subject — "The
            # committee will come to order. Today we examine rail safety … I now recognize
            # Administrator Park …" — make an opening statement.)
            # (GPO's hard-wrapped lines break a phrase: "… will come to" / "order.")
            sentences = re.split(r"(?<=[.!?])\s+", re.sub(r"\s+", " ", body.strip()))
            calls_to_order = (
                i + 1 < len(bodies)
                and keys[i + 1] != k
                and _OPENING_PROCEDURE.search(sentences[0]) is not None
                and sum(_OPENING_PROCEDURE.search(x) is not None for x in sentences) >= 3
                and (
                    _HANDS_OVER.search(sentences[-1]) is not None
                    or _names_next(sentences[-1], bodies[i + 1])
                )
                and sum(len(x.split()) for x in sentences if _OPENING_PROCEDURE.search(x) is None)
                < 30
            )
            # The head of a meeting the lead reports opens it at length before calling the
            # first report (kremlin.ru: "Владимир Путин провёл … заседание Совета …" / "В.Путин:
            # Добрый день, уважаемые коллеги! / Сегодня мы рассмотрим … / … / Слово Михаилу
            # Владимировичу Мишустину."), though questions of his own follow: a statement.
            paragraphs = [p for p in re.split(r"\n[ \t]*\n", body) if p.strip()]
            meeting_opens = (
                i == 0
                and len(body.split()) >= 60
                and len(paragraphs) >= 3
                and _MEETING_LEAD.search(text, 0, h.start) is not None
            )
            if (
                (chaired or (chair_opens and i == 0) or meeting_opens)
                and not asked
                and "?" not in body
                and k not in floor_called
                and not resumes
                and not calls_to_order
            ):
                labels.append("statement")  # an opening statement: nobody asks yet
                continue
            if (
                i == 0
                and i + 1 < len(bodies)
                and keys[i + 1] == k
                and _GREETING_OPENS.match(body) is not None
                and _SHOW_SUBJECT.search(body) is not None
                and _GUESTS_INTRODUCED.search(body) is None
                # ("Добрый вечер! Андрей Викторович, кому станет лучше?" asks the guest.)
                and _ADDRESSED_QUESTION.search(body) is None
            ):
                # A talk show's host opens with a greeting and the evening's subject, then
                # turns to a guest under a label of his own ("ВЕДУЩИЙ: Добрый вечер, это
                # «Открытая студия». … наши зрители спрашивают: почему?" / "ВЕДУЩИЙ: Виктор
                # Павлович, давайте начнём с вас. …"): the opening that sets out the evening's
                # subject asks nobody; it is a statement. (A welcome that thanks the audience
                # or introduces the guests — "Зі мною Сергій Мельник і Ліна Коваль." — stays
                # "other".)
                labels.append("statement")
                continue
            if (
                meeting
                and not asked
                and "?" not in body
                and len(body.split()) >= 40
                and i + 1 < len(bodies)
                and keys[i + 1] != k
                and (
                    _names_next(body[-80:], bodies[i + 1])
                    # (or gives him the floor by name in the dative: "… Слово Антону
                    # Андреевичу Алиханову. Пожалуйста.")
                    or _hands_floor(body[-80:], bodies, i, keys)
                )
            ):
                # The head of a meeting opens it at length and ends by calling a report ("…
                # Сегодня мы с вами обсудим … Пожалуйста, Сергей Кужугетович."): his opening
                # words are a statement, and the report that follows answers no question.
                labels.append("statement")
                continue
            if (
                meeting
                and asked
                and i + 1 < len(bodies)
                and keys[i + 1] != k
                and _hands_floor(body, bodies, i, keys)
            ):
                # Between the reports the head of a meeting only calls the next one ("В.Путин:
                # Хорошо. Тюменская область, пожалуйста. Александр Викторович." before
                # "А.Моор: Уважаемый Владимир Владимирович! …"): the call asks nothing, and the
                # report it calls answers no question, as after his opening words.
                labels.append("other")
                # (but the head's parting thanks and wish, "Спасибо, Оксана Николаевна. Желаю
                # успешной посевной.", calls no report: the minister's thanks back answers)
                parting = (
                    _CLOSING_THANKS.match(body) is not None
                    and _PARTING_WISH.search(body) is not None
                    and "?" not in body
                )
                called_report = -1 if parting else i + 1
                continue
            if (
                asks
                and not answered
                and i + 1 < len(bodies)
                and keys[i + 1] != k
                and keys[i + 1] in interviewers
                and not _ends_with_question(body)
                and _names_next(re.split(r"(?<=[.!?])\s+", body.strip())[-1], bodies[i + 1])
            ):
                # An anchor's tease that hands the interview to a colleague, who speaks next
                # (Amanpour and Company: "Now, what happens to knowledge when …? … She joins
                # Walter Isaacson to discuss." / "WALTER ISAACSON, CONTRIBUTOR: Thank you,
                # Christiane. …"): the tease asks the viewer, and nobody answers it.
                asks = False
            if (
                asks
                and _CALLED_BY_NAME.fullmatch(body) is not None
                and i + 1 < len(bodies)
                and keys[i + 1] != k
                and _names_next(body, bodies[i + 1])
            ):
                # A panel's member handing on to the next with the name and a question mark:
                # "Thank you. Ms. Whitfield?" before Whitfield's own question asks nothing.
                asks = False
            if (
                asks
                and "?" not in body
                and i + 1 < len(bodies)
                and keys[i + 1] != k
                and keys[i + 1] not in keys[:i]
                and _presents_next(body, bodies[i + 1][3])
            ):
                # A documentary's presenter links the contributors, each link closing on the
                # next one's full name and who they are ("… The pipe is being widened. … Priya
                # Desai is an energy economist at Imperial College." / "DESAI: The numbers are
                # very large. …"): narration that brings a new voice in asks nothing.
                asks = False
            if (
                asks
                and k in reporters
                and interviewers - reporters
                and i + 1 < len(bodies)
                and keys[i + 1] not in interviewers
                and "?" not in body
                and len(body.split()) >= 12
                and _SPOKEN_PERSON.search(body) is None
                and _CUT_OFF.search(body) is None
            ):
                # A produced package's reporter, captioned as such beside the presenter who
                # introduces the story, tells it between the grabs ("MEGAN HUGHES, REPORTER: At
                # the saleyards, prices have halved since the spring." / "GRAZIER: …"): third
                # person, no "I", "we" or "you", no question: narration, not a question.
                asks = False
                narrated.add(i)
            if (
                visit
                and not asks
                and i + 1 == len(bodies)
                and i > 0
                and labels[-1] == "answer"
                and h.info.kind is LabelKind.PERSON
                and len(body.split()) >= 30
            ):
                # The visiting official's last word after the answers, at length and asking
                # nothing ("М.Мишустин: Это очень важно. Президент поставил задачу … Правительство
                # продолжит поддерживать такие проекты …"): what he says of substance is a
                # statement (a short thanks stays the close).
                labels.append("statement")
                continue
            # (a member's "I appreciate that. I yield back." closes their time, asking nothing)
            asks = asks and _YIELDS_BACK.fullmatch(body) is None
            asks = asks and not (
                _CLOSES_TIME.fullmatch(body.strip()) is not None and _REQUEST.search(body) is None
            )
            labels.append("question" if asks and not _asks_operator(body, bodies, i) else "other")
        elif k in linking:
            # An event's host who only opens it, welcoming the hall and turning it over to the
            # moderator who asks next ("Good morning, and welcome to … I am pleased to turn
            # things over to my colleague Victoria Cole."), and never speaks again, chairs that
            # opening: housekeeping, no statement of substance (a linking anchor speaks again).
            welcomes = (
                keys.count(k) == 1
                and i + 1 < len(bodies)
                and _OPENING_WELCOME.match(body.lstrip()) is not None
                and _TURNS_OVER.search(sentences_of(body)[-1]) is not None
                and _names_next(sentences_of(body)[-1], bodies[i + 1])
            )
            labels.append("other" if welcomes else "statement")
        elif (
            k not in interviewers
            and (
                keys.count(k) == 1
                # (the guest's own recorded voice too, played in between the host's turns:
                # "You recorded a voice message …" / "(SOUNDBITE OF ARCHIVED RECORDING)" /
                # "ANDRIY KOVALCHUK: Hi, guys. …" — the tape answers no one in the studio)
                # (after a live turn of theirs: a correspondent's interview recorded
                # elsewhere, first heard after the cue, still answers)
                or (
                    0 < i < len(bodies) - 1
                    and k in keys[: i - 1]
                    and keys[i - 1] in interviewers
                    and keys[i + 1] in interviewers
                    and _ARCHIVED.search(text, bodies[i - 1][2], h.cut) is not None
                )
            )
            and (
                _ARCHIVED.search(text, bodies[i - 1][2] if i > 0 else 0, h.cut) is not None
                # A correspondent plays a newsmaker in, with no cue line, and goes on after
                # it (PBS NewsHour: "… Here's how the speaker described it after the vote." /
                # "Rep. Mike Johnson (R-LA), Speaker of the House: We had some members …" /
                # "Lisa Desjardins: Now, Memorial Day is ambitious …").
                or (
                    0 < i < len(bodies) - 1
                    and keys[i - 1] == keys[i + 1] != k
                    and _PLAYED_IN.search(text[bodies[i - 1][1] : bodies[i - 1][2]]) is not None
                )
                # (or the label itself says the voice is a recording, the host going on
                # after it: "… Послушаем фрагмент." / "Андрей Амальрик (запись 1977 года): …")
                or (
                    0 < i < len(bodies) - 1
                    and keys[i - 1] == keys[i + 1] != k
                    and _RECORDING_LABEL.search(text, h.start, h.end) is not None
                )
                # (or the package reporter's narration brings the voice in, heard once, and
                # goes on after it: "… says the package will help producers adjust." /
                # "MINISTER: We are working closely …" / the reporter again)
                or (
                    0 < i < len(bodies) - 1
                    and i - 1 in narrated
                    and keys[i - 1] == keys[i + 1] != k
                )
            )
        ):
            # NPR plays a recording into the interview ("Here's what he told our colleague
            # last week." / "(SOUNDBITE OF ARCHIVED RECORDING)" / "DEAN HOLLISTER: I don't want
            # a check …"): a voice heard once answers nobody in the studio.
            labels.append("statement")
        elif (
            bench
            and k in interviewees
            and i > 0
            and labels[-1] == "other"
            and keys[i - 1] in interviewers
            and not _ends_with_question(body)
        ):
            # Counsel called by the bench opens their argument ("Chief Justice, and may it
            # please the court. Grace Adeyemi for the state. …"): no question put yet.
            labels.append("statement")
        elif (
            k in interviewees
            and i > 0
            and keys[i - 1] != k
            and labels
            and labels[-1] == "other"
            and re.search(r"\bmy[ \t]+question[ \t]+is\b", body, re.IGNORECASE) is not None
            and _asks_caller_only(
                text[bodies[i - 1][1] : bodies[i - 1][2]],
                text[text.rfind("\n", 0, bodies[i][1]) + 1 : bodies[i][1]],
                body,
            )
        ):
            # The caller the host has just put through, who puts her question as a statement
            # ("Dean, your question for the Secretary of State?" / "DEAN (CALLER): Morning.
            # Yeah, my question is what happens if …"): she asks the guest.
            labels.append("question")
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
            # The briefing's last word by the principal who chaired it (handed the floor
            # before), after the other principal's answer: "И. Конашенков: Спасибо. На этом
            # брифинг завершён." (a co-principal's plain "Thank you very much." still answers).
            # (The guest's own parting thanks after it may still end the page: "MS. LEAVITT:
            # Thank you, Mr. Secretary.  We'll let him get back to work." / "SECRETARY
            # BESSENT:  Thank you all.")
            parting = (
                i + 2 == len(bodies)
                and keys[i + 1] == keys[i - 1]
                and _THANKS_ONLY.fullmatch(text[bodies[i + 1][1] : bodies[i + 1][2]]) is not None
            )
            closing = closing or (
                asked
                and (i + 1 == len(bodies) or parting)
                # (a hand-over of their own, not a turn inside a played clip, which is every
                # voice's `other`: the guest's clip answer makes no chair of him)
                and any(
                    kk == k
                    and lab == "other"
                    and not any(a <= bodies[m][0].start < b for a, b in clips)
                    for m, (kk, lab) in enumerate(zip(keys, labels, strict=False))
                )
                and keys[i - 1] != k
                # (or after the last reporter's own "Correspondent: Thank you.", which asked
                # nothing: "Spokesperson: Thank you all. Have a good afternoon.")
                and (
                    keys[i - 1] in interviewees
                    or (labels[-1] == "other" and keys[i - 1] in interviewers)
                )
                and "?" not in body
                and len(body.split()) <= 12
                and _CLOSING_THANKS.match(body) is not None
            )
            # The principal's own closing word after a colleague's last answer, which says it
            # closes and thanks: "SECRETARY TRUJILLO: And I'll just close by saying thank you
            # to the poll workers, … Thank you all." after the elections director's answer.
            closing = closing or (
                asked
                and i + 1 == len(bodies)
                and keys[i - 1] != k
                and keys[i - 1] in interviewees
                and "?" not in body
                and len(body.split()) <= 40
                and _CLOSING_WORD.match(body) is not None
                and _THANKS_ALL_LAST.search(body) is not None
            )
            # A press secretary thanking her guest off the podium mid-briefing, the guest's
            # thanks back, then her own questions: "MS. LEAVITT:  Great.  Thank you,
            # Administrator." / "ADMINISTRATOR LOEFFLER:  Thank you." / "MS. LEAVITT:  Okay,
            # I'll take a few more." — the chair's word, no answer.
            # (the guest has just answered her, and she has chaired already, her hand-over to
            # the guest's questions `other`; a briefer never seen chairing answers with her
            # thanks, wh_briefing_leavitt_i)
            after_guest = (
                asked
                and i > 0
                and i + 1 < len(bodies)
                and keys[i - 1] != k
                and keys[i - 1] in interviewees
                and labels[-1] == "answer"
            )
            chaired = any(kk == k and lab == "other" for kk, lab in zip(keys, labels, strict=False))
            thanked_off = (
                after_guest
                and chaired
                and i + 2 < len(bodies)
                and keys[i + 1] == keys[i - 1]
                and keys[i + 2] == k
                and _THANKS_ONLY.fullmatch(_ASSENT_LEAD.sub("", body, count=1)) is not None
                and _THANKS_ONLY.fullmatch(text[bodies[i + 1][1] : bodies[i + 1][2]]) is not None
            )
            # … or thanking him off for good, a word to the room with it, the next reporter's
            # "Q" to her own questions: "MS. LEAVITT:  Thank you, Mr. Secretary.  We'll let him
            # go back to work." — the guest heard no more.
            # (A briefer who only opened, the guest's podium given in her statement, sends him
            # off the same way when the thanks has one sentence at most after it and no call
            # of the next reporter: "Thank you, Mr. Secretary. We'll let you get back to work."
            # — a longer word that goes on to call the floor, "… We appreciate you coming.
            # Okay, I'll take a few more. Mary.", stays her answer.)
            # (a courtesy title's stop ends no sentence: "Thank you, Mr. Secretary.")
            sent_off = re.split(
                r"(?<=[.!])(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bDr\.)\s+", body.strip()
            )
            thanked_off = thanked_off or (
                after_guest
                and (
                    chaired
                    or (
                        len(sent_off) <= 2
                        and _FLOOR_CALL.fullmatch(sent_off[-1]) is None
                        and _NAME_CALL.fullmatch(sent_off[-1]) is None
                    )
                )
                and keys[i - 1] not in keys[i + 1 :]
                and bodies[i + 1][0].info.kind is LabelKind.QUESTION
                and "?" not in body
                and len(body.split()) <= 20
                and _THANKS_ONLY.fullmatch(
                    _ASSENT_LEAD.sub("", re.split(r"(?<=[.!])\s+", body.strip())[0], count=1)
                )
                is not None
            )
            # … or as the page's last word, no reporter after: the briefer who opened the page
            # and gave the guest her podium thanks him off by his title, at most one sentence
            # to the room after it ("MS. LEAVITT: Thank you, Mr. Secretary. We'll let him get
            # back to work." last under his answer) — a co-principal's bare "Thank you very
            # much." there still answers.
            thanked_off = thanked_off or (
                asked
                and 0 < i == len(bodies) - 1
                and keys[0] == k
                and labels[0] in ("statement", "other")
                and keys[i - 1] != k
                and keys[i - 1] in interviewees
                and labels[-1] == "answer"
                and len(sent_off) <= 2
                and _FLOOR_CALL.fullmatch(sent_off[-1]) is None
                and _NAME_CALL.fullmatch(sent_off[-1]) is None
                and "?" not in body
                and len(body.split()) <= 20
                and re.match(
                    r"[ \t]*(?:Thank[ \t]+you|Thanks)(?:[ \t]+(?:very|so)[ \t]+much)?,"
                    r"[ \t]+(?:Mr|Mrs|Ms|Madam|Mister|Dr)\b",
                    sent_off[0],
                )
                is not None
                and _THANKS_ONLY.fullmatch(
                    _ASSENT_LEAD.sub("", re.split(r"(?<=[.!])\s+", body.strip())[0], count=1)
                )
                is not None
            )
            if thanked_off:
                labels.append("other")
                continue
            # A principal who also chairs ("Thank you, Secretary. Let's proceed with the
            # questions. Celerina Abad, DZBB." before Celerina Abad asks) hands the floor over.
            # The floor goes to someone who has not spoken yet (a guest's "Thanks, Jake." to
            # the host who asked before answers nothing new, but is no chairing either).
            handing = i + 1 < len(keys) and keys[i + 1] in interviewers
            handing = handing and keys[i + 1] not in keys[:i] and i > 0 and keys[i - 1] != k
            if handing and _hands_floor(body, bodies, i, keys):
                labels.append("other")
                continue
            # A principal's own call under a label of its own, right after his answer, naming
            # the next reporter in full, who has not spoken yet ("Prime Minister: Last one.
            # Pippa Crerar, the Guardian." before "Pippa Crerar, The Guardian: …"): the call
            # answers nothing; a lead-in of three words at most ("Last one.") goes with it.
            call_sentences = re.split(r"(?<=[.!])\s+", body.strip())
            if (
                asked
                and 0 < i < len(bodies) - 1
                and keys[i - 1] == k
                and keys[i + 1] != k
                and keys[i + 1] in interviewers
                and keys[i + 1] not in keys[:i]
                and "?" not in body
                and len(body.split()) <= 12
                and all(len(s.split()) <= 3 for s in call_sentences[:-1])
                and len(call_sentences[-1].split()) <= 8
                and _names_next_in_full(call_sentences[-1], bodies[i + 1])
            ):
                labels.append("other")
                continue
            # A spokesperson opening the floor after the (unlabelled) briefing: "Deputy
            # Spokesperson:  Edie, please." before an unnamed "Question:" answers nothing yet.
            # Later, after another principal's answer, a press secretary's "Go ahead, in the
            # second row." before the next "Q" calls on a reporter too. (After one's own
            # answer and an inaudible "QUESTION: (Off-mike.)", "Said, go ahead." answers it.)
            floor_call = _FLOOR_CALL.fullmatch(body.strip()) is not None
            floor_call = floor_call or _NAME_CALL.fullmatch(body.strip()) is not None
            # (the briefer's statement thanked, then the first reporter by name: "Thank you.
            # Edie." before "Question:")
            floor_call = floor_call or (
                not asked and _THANKED_CALL.fullmatch(body.strip()) is not None
            )
            # … or a brief hand-over that ends on such a call: "Marcus has time for a couple of
            # questions.  Go ahead, Jackie." (the guest's floor opened), "Thank you, Marcus.  We
            # appreciate you coming out.  Okay, I have a couple of minutes.  Go ahead." (the
            # guest thanked off, the host's own questions opened) — it says nothing itself.
            # (The briefing's first turn stays its opening statement: "Hello, everyone. Good
            # to see you all. Let's get started. Go ahead, Said.")
            # (a call to the room on the topic in hand asks the room for questions, not the
            # reporter: "Let's – sure, go ahead, but let me see if anyone else has Sudan first.
            # Anyone on Sudan? Okay. Go ahead.")
            called = _SPACED_DASH.sub("", _ROOM_CALL.sub("", body))
            floor_call = (
                floor_call
                or (
                    i > 0
                    and len(called.split()) <= 20
                    and "?" not in called
                    and _FLOOR_CALL.fullmatch(re.split(r"(?<=[.!])\s+", body.strip())[-1])
                    is not None
                    # (Before any question, a principal's reply to the round table's last speaker
                    # says something of its own, the call after it: "We're going to do that. Okay,
                    # maybe we'll take a couple of questions. Go ahead." is his statement.)
                    and not (
                        not asked
                        and any(
                            _COURTESY_SENTENCE.search(x) is None and len(x.split()) >= 3
                            for x in re.split(r"(?<=[.!])\s+", body.strip())[:-1]
                        )
                    )
                )
            )
            # … or on the call for the last question: "It's in the budget we'll present in
            # April. We'll take one more." after a colleague's answer.
            last_call = (
                i > 0
                and len(body.split()) <= 20
                and "?" not in body
                and _LAST_CALL.fullmatch(re.split(r"(?<=[.!])\s+", body.strip())[-1]) is not None
            ) or (i > 0 and _NEXT_CALL.fullmatch(body.strip()) is not None)
            # … the call for the last question, then the reporter by name: "Okay. Last
            # question, online. Célhia."
            sentences = re.split(r"(?<=[.!])\s+", body.strip())
            last_call = last_call or (
                i > 0
                and len(body.split()) <= 20
                and "?" not in body
                and len(sentences) >= 2
                and _NAME_CALL.fullmatch(sentences[-1]) is not None
                and _LAST_CALL.fullmatch(sentences[-2]) is not None
            )
            # … or under the principal's own label again, split from his answer only by a
            # direction ("(Inaudible)" / "Sorry, I'll take one more. Yes, at the back."):
            # every sentence a call, so nothing of the answer goes on.
            own_call = (
                i > 0
                and keys[i - 1] == k
                and "?" not in body
                and len(body.split()) <= 14
                and len(sentences) >= 2
                and _LAST_CALL.fullmatch(
                    re.sub(r"^Sorry,?[ \t]+(\w)", lambda m: m.group(1).upper(), sentences[0])
                )
                is not None
                and all(
                    _FLOOR_CALL.fullmatch(x) is not None or _NAME_CALL.fullmatch(x) is not None
                    for x in sentences[1:]
                )
            )
            if (
                (last_call or own_call)
                and asked
                and labels[-1] == "answer"
                and (keys[i - 1] != k or own_call)
                and i + 1 < len(bodies)
                and (
                    bodies[i + 1][0].info.kind is LabelKind.QUESTION or keys[i + 1] in interviewers
                )
            ):
                labels.append("other")
                continue
            if (
                not asked
                and i > 0
                and keys[i - 1] != k
                and keys[i - 1] in interviewees
                and k in keys[:i]
                and i + 1 < len(bodies)
                and (
                    bodies[i + 1][0].info.kind is LabelKind.QUESTION
                    # (or a nameless asker's role word: "Journalist", "Reporter")
                    or (
                        bodies[i + 1][0].info.kind is LabelKind.INTERVIEWER
                        and bodies[i + 1][0].info.name is None
                    )
                    # (or an automatic transcript's numbered voice from the floor: "Jennifer
                    # Homendy (02:40): We'll take a few questions." / "Speaker 3 (02:44): …?")
                    or (_unknown_voice(bodies[i + 1][0]) and keys[i + 1] not in keys[:i])
                )
                and "?" not in body
                and len(body.split()) <= 20
                and _OPENS_FLOOR.search(body) is not None
            ):
                # The briefer who opened and gave a guest the podium takes the floor back only
                # to open it to questions ("All right, we've got time for a few questions.",
                # "Thank you.  Let's take questions for Ms. Okonjo.  Edie, and then Ibtisam."
                # before the first "Q:"): the chair's hand-over, no statement of their own.
                labels.append("other")
                continue
            if (
                not asked
                and (i == 0 or (i == 1 and labels[0] == "other"))
                and i + 1 < len(bodies)
                and keys[i + 1] != k
                and keys[i + 1] in interviewees
                and len(body.split()) <= 120
                and _OPENS_FLOOR.search(body) is not None
                and _hands_to_next(body, bodies[i + 1][3])
            ):
                # A briefing host's welcome that sets out the order, the questions after, and
                # closes on the first principal's name ("… After the presentation, we'll take
                # questions from reporters on the line. With that, Christine.", "… After their
                # remarks we'll take your questions. Ken?", "I'll now turn the call over to Dr.
                # Brannon."): the chair's opening, neither a statement nor a question.
                labels.append("other")
                continue
            if (
                i == 0
                and not asked
                and i + 2 < len(bodies)
                and keys[i + 1] != k
                and keys[i + 1] in interviewees
                and (
                    bodies[i + 2][0].info.kind is LabelKind.QUESTION
                    or keys[i + 2] in interviewers
                    # (or the chair again, calling the first reporter after the statement)
                    or keys[i + 2] == k
                )
                and "?" not in body
                and len(body.split()) <= 80
                and _OPENS_FLOOR.search(body) is not None
                and (
                    _BARE_CALL.fullmatch(re.split(r"(?<=[.!])\s+", body.strip())[-1]) is not None
                    or _FLOOR_YOURS.fullmatch(re.split(r"(?<=[.!])\s+", body.strip())[-1])
                    is not None
                )
            ):
                # A county official's welcome that sets out the briefing and calls the
                # principal by her title ("… Dr. Okonkwo-Hale is going to walk through what her
                # office found, and then she'll take a few questions. Doctor."): the chair's
                # opening, no statement of his own.
                labels.append("other")
                continue
            # The guest thanked, then the next reporter called by name alone: "Thank you,
            # Kwame. Okay. Pam?" after the guest's answer asks nothing itself.
            thanked_call = (
                asked
                and labels[-1] == "answer"
                and keys[i - 1] != k
                and _THANKED_CALL.fullmatch(body.strip()) is not None
            )
            if thanked_call and i + 1 < len(bodies) and keys[i + 1] in interviewers:
                labels.append("other")
                continue
            # The chair who opened the briefing restores order after a reporter's question
            # broke off on its dash, the floor given back for it ("QUESTION: But would you—" /
            # "(CROSSTALK)" / "One at a time, please. Anna, finish and then we go to the
            # back." / "QUESTION: …"): housekeeping, no answer to the broken question.
            if (
                chaired
                and labels[-1] == "question"
                and keys[i - 1] != k
                and i + 1 < len(bodies)
                and bodies[i + 1][0].info.kind is LabelKind.QUESTION
                and re.search(r"[–—\-][ \t]*$", text[bodies[i - 1][1] : bodies[i - 1][2]])
                is not None
                and "?" not in body
                and len(body.split()) <= 20
                # (order restored, not the broken question answered: "No, she would not. …")
                and _KEEPS_ORDER.search(body) is not None
            ):
                labels.append("other")
                continue
            # The principal's call on the next reporter by name and outlet, under her own
            # label again right after her answer ("Home Secretary: And they will be. …" /
            # "Home Secretary: Next, Tom Ashdown from The Times." / "Question: …"), asks and
            # answers nothing.
            if (
                asked
                and i + 1 < len(bodies)
                and bodies[i + 1][0].info.kind is LabelKind.QUESTION
                and _OUTLET_CALL.fullmatch(body.strip()) is not None
            ):
                labels.append("other")
                continue
            if (
                i + 1 < len(bodies)
                and bodies[i + 1][0].info.kind is LabelKind.QUESTION
                and floor_call
                and (
                    not asked
                    # (or a reporter's question cut off on its dash, the floor given back for
                    # it in full: "On Venezuela–" / "… Anyone on Sudan? Okay. Go ahead.")
                    or (
                        labels[-1] == "question"
                        and keys[i - 1] != k
                        and re.search(r"[–—\-][ \t]*$", text[bodies[i - 1][1] : bodies[i - 1][2]])
                        is not None
                        and _ROOM_CALL.search(body) is not None
                        and re.search(r"(?i)\bgo ahead[.!]$", body.strip()) is not None
                    )
                    or (
                        labels[-1] == "answer"
                        and keys[i - 1] != k
                        and (
                            re.search(r"(?i)\bplease\b|\bgo ahead\b", body) is not None
                            # (or the reporter's given name alone, the press secretary's
                            # call after her guest's answer: "Mark.", "Okay, I'll take a few
                            # more.  Yes, Steve.")
                            or _NAME_CALL.fullmatch(re.split(r"(?<=[.!])\s+", body.strip())[-1])
                            is not None
                        )
                    )
                )
            ):
                labels.append("other")
                continue
            # A third voice heard once, at the very end, only to close ("Media Adviser: Thank
            # you all, that concludes the statements.") answers nobody.
            closing = closing or (
                asked
                and i > 0
                and i + 1 == len(bodies)
                and keys.count(k) == 1
                and _SESSION_CLOSED.fullmatch(body) is not None
            )
            # The principal's parting word after the last asker's own thanks, a wish with it:
            # "Д.Ковалёв: Спасибо." / "В.Путин: Спасибо вам. Желаю успехов." — at a meeting (an
            # interviewee's "Спасибо, всего доброго." to the reporter's thanks still answers).
            closing = closing or (
                meeting
                and asked
                and i > 0
                and i + 1 == len(bodies)
                and keys[i - 1] != k
                and keys[i - 1] in interviewers
                and labels[-1] == "other"
                and "?" not in body
                and len(body.split()) <= 10
                and _CLOSING_THANKS.match(body) is not None
                and _PARTING_WISH.search(body) is not None
            )
            # The principal's word on a report he has just called for, another principal
            # reporting between: "В.Путин: … (Обращаясь к В.Фалькову.) Валерий Николаевич,
            # пожалуйста, обратите на это внимание." / "В.Фальков: …" / "В.Путин: Хорошо. Но не
            # первые образцы – нужно, …" — an instruction, no answer to any question.
            remarked = (
                meeting
                and asked
                and i >= 2
                and keys[i - 2] == k
                and keys[i - 1] != k
                and keys[i - 1] in interviewees
                and labels[-1] == "answer"
                and "?" not in body
                and _names_next(text[bodies[i - 2][1] : bodies[i - 2][2]][-80:], bodies[i - 1])
            )
            # A member's motion or second after the chair's call for one ("THE CHAIR: … Is
            # there a motion to receive the report?" / "MEMBER BHATIA: So moved."): procedure,
            # no answer.
            # (never "Second." to "Which came first?": the turn before speaks of the motion)
            closing = closing or (
                asked
                and _MOTION.fullmatch(body) is not None
                and re.search(
                    r"(?i)\bmotion\b|\bmove[ds]?\b|\bseconder\b|\b(?:a|any)[ \t]+second\b"
                    r"|\bsecond(?:ed)?[ \t]+(?:it|that|this|the)\b",
                    text[bodies[i - 1][1] : bodies[i - 1][2]],
                )
                is not None
            )
            # A member who speaks after the chair has moved on from the last answer to the
            # motion ("THE CHAIR: I'll take that as a proposal to approve …, and Councillor
            # Lamb has indicated he will second." / "CLLR LAMB: I do second, with the 7am
            # condition added."): the presiding office's call put no question, so nothing is
            # answered.
            j = i - 1
            while j >= 0 and keys[j] in moderators and labels[j] == "other":
                j -= 1
            seconded = (
                asked
                and 0 <= j < i - 1
                and labels[j] == "answer"
                and keys[j] != k
                and keys.count(k) == 1
                and "?" not in body
                and all(
                    bodies[m][0].info.kind is LabelKind.OFFICE
                    and _PRESIDING.search(bodies[m][0].info.office or "") is not None
                    and "?" not in text[bodies[m][1] : bodies[m][2]]
                    for m in range(j + 1, i)
                )
            )
            # A member the chair has just called who opens by addressing someone else, who
            # speaks next and has not just spoken, asks them, however her turn ends ("Thank
            # you. Ms. Lindgren, once a lot is bought out …, who maintains it? … I know, it's
            # not new." before Kay Lindgren's reply). Passing the reporter's question just put
            # on to her asks nothing ("Dave, you want to answer that? You know better than me."
            # after "Q How long before a yard …?"): it answers.
            puts = (
                not closing
                and "?" in body
                and 0 < i < len(bodies) - 1
                and keys[i + 1] not in (k, keys[i - 1])
                and _names_next(body[:60], bodies[i + 1], comma=True)
                and not (labels[-1] == "question" and _PASSES_ON.search(body[:80]))
            )
            # A call for the hall's questions, then the reporter named who asks next, puts
            # nothing to her: it hands the floor over ("Salamat, ASec. Questions from the MPC?
            # Maricel Halili, TV5." before "MARICEL HALILI/TV5: …").
            if puts and all(
                _CALLS_FLOOR.search(x) is not None
                for x in re.split(r"(?<=[.!?])\s+", body.strip())
                if "?" in x
            ):
                puts, closing = False, True
            # A Commons debate's Minister, first on the floor under the post and its holder
            # ("The Parliamentary Under-Secretary of State for … (Emma Hardy)"), rises after
            # the members' exchange has closed on an answer, and replies to the debate at
            # length, asking nothing: a speech, no answer to the question before it.
            # (The chair's call between, "Madam Deputy Speaker" / "I call the Minister.", puts
            # nothing; so a member's speech before it, no reply to an intervention's question,
            # closes the exchange as an answer does.)
            replies_to_debate = (
                asked
                and i > 0
                and (
                    labels[-1] == "answer"
                    or (
                        0 <= j < i - 1
                        and labels[j] in ("answer", "statement")
                        and (j == 0 or labels[j - 1] != "question")
                    )
                )
                and keys[j] != k
                and k not in keys[:i]
                and "?" not in body
                and len(body.split()) >= 60
                and h.info.name is not None
                and _MINISTER_POST.match(h.info.name.title or "") is not None
            )
            # A member who intervenes on the Minister's reply with a question the Minister
            # takes up next ("… to look at the figures." / "Sarah Dyke: Will the Minister set a
            # date for that meeting?" / "The Minister …: My office will be in touch."): asks,
            # though she answered an intervention earlier in the debate.
            prev_name = bodies[i - 1][0].info.name if i > 0 else None
            intervenes = (
                asked
                and 0 < i < len(bodies) - 1
                and labels[-1] in ("statement", "answer")
                and keys[i - 1] != k
                and keys[i + 1] == keys[i - 1]
                and _ends_with_question(body)
                and prev_name is not None
                and _MINISTER_POST.match(prev_name.title or "") is not None
            )
            # A host's welcome that opens a press conference before anyone asks, thanking the
            # room and calling the principal last by the post or name their label gives ("Well,
            # thank you very much for being here. … Prime Minister." before "PRIME MINISTER:"):
            # it hands the floor over, no statement of its own.
            closing = closing or (
                not asked
                and i == 0
                and len(bodies) > 1
                and keys[1] != k
                and "?" not in body
                and len(body.split()) <= 60
                and len(sentences := sentences_of(body)) >= 2
                and _REMARK.search(sentences[0]) is not None
                and _calls_next(sentences[-1], bodies[1])
            )
            labels.append(
                "other"
                if closing
                else "question"
                if puts or intervenes
                else "statement"
                if seconded or remarked or replies_to_debate or not asked or i == called_report
                else "answer"
            )
        elif h.info.kind is LabelKind.ANONYMOUS and not (h.text == ">>" and speaker):
            # (a caption export's bare ">>" voice that said who it is at the podium takes the
            # turn as a named voice does: the staff member's briefing, their answers)
            # kremlin.ru's "Remark: They say you are trying to rewrite history." is a
            # journalist's challenge that the principal answers, as an interviewer's would be.
            # So is a resident's shout at a town hall that the official answers: "WOMAN IN
            # AUDIENCE: That's not good enough! We can't wait for a bill!" / "REP. …: Ma'am, I
            # hear you, …".
            remark = fold(h.text) in _REMARK_LABELS or is_public_member(fold(h.text))
            asks = (
                "?" in body
                or (remark and _asks(body, h.text, answered=answered))
                # "My question is whether all these new lines are really for data centers.":
                # a question said as a statement.
                or _STATED_QUESTION.search(body) is not None
            )
            # A show's announcer reads its opening billboard: a statement.
            unasked = "statement" if fold(h.text) == "announcer" else "other"
            # A worker's "Реплика: Идёт. Я после колледжа сразу сюда пришёл …" right after the
            # visiting official's "А кадры где берёте? Молодёжь идёт на завод?": the voice from
            # the floor answers the question just put, asking nothing.
            replies = (
                remark
                and "?" not in body
                and i > 0
                and labels[i - 1] == "question"
                and keys[i - 1] != k
            )
            labels.append("answer" if replies else "question" if asks else unasked)
        elif i > 0 and _after_question(text, bodies, keys, labels, k) and k not in principals:
            # A meeting with no interviewer (government.ru: "И.Лаптев: Андрей Юрьевич, а как
            # обстоят дела с трансфертами регионам?" / "А.Решетов: Игорь Сергеевич, на
            # сегодня …"): who speaks right after another's question answers it.
            labels.append("question" if _ends_with_question(body) else "answer")
        elif (
            asked
            or (k in keys[:i] and len(body.split()) <= 8)
            # (a chair's first words that give the floor in so many words)
            or (i == 0 and _GIVES_FLOOR.search(body.strip()) is not None)
        ) and _hands_floor(body, bodies, i, keys):
            # "И.Лаптев: Спасибо. Олег Викторович, о подготовке к паводку." — once someone has
            # asked, a brief turn that only calls the next speaker by name is the chair's; so
            # is a bare call by a speaker who opened the meeting, between the reports
            # ("В.Путин: Спасибо. Максим Геннадьевич, пожалуйста."; "Алексей Логвинович,
            # пожалуйста, несколько слов о ходе работы …" sets the report's subject: statement).
            labels.append("other")
        elif (
            i + 1 == len(bodies)
            and k in keys[:i]
            and "?" not in body
            and len(body.split()) <= 15
            and _CLOSING_THANKS.match(body) is not None
            and _CHAIR_DIRECTIVE.search(body) is None
            # (The guest's thanks for the host's closing words is no chair's close: kremlin.ru's
            # talks, "Vladimir Putin: … Let us continue our discussion in the expanded format." /
            # "Anwar Ibrahim: Thank you very much.", where no one asked.)
            and not (not asked and k != keys[0] and keys[i - 1] == keys[0])
            # (A guest who thanks and then assents to the host's proposal speaks to it: "Спасибо,
            # Владимир Владимирович. Согласен." after "Предлагаю продолжить разговор …".)
            and _ASSENT_CLOSES.search(body) is None
            # (At a working meeting the guest's thanks for the head's closing instruction,
            # a report going on after it, answers: "Prepare the documents, …" / "Thank you. We
            # have the design ready …" (see the LP rule on the statement above).)
            and not _thanks_instruction(body, meeting, labels, keys, i)
        ):
            # The chair's last word after the reports: "В.Путин: Спасибо. Давайте продолжим
            # работу в закрытом режиме." closes the open part, saying nothing of substance.
            # (An instruction is substance: "Спасибо, Александр Валентинович. Прошу продолжить
            # мониторинг …" is a statement, however short.)
            labels.append("other")
        elif (
            asked
            and i + 1 < len(bodies)
            and bodies[i + 1][0].info.kind is LabelKind.ANONYMOUS
            and keys[i + 1] not in keys[:i]
            and len(body.split()) <= 20
            and "?" not in body
            and _FLOOR_CALL.fullmatch(re.split(r"(?<=[.!])\s+", body.strip())[-1]) is not None
            and re.search(r"(?i)\bgo ahead\b", body) is not None
        ):
            # A town hall's member of Congress sending the microphone on to the next voice from
            # the floor, one not heard before ("Let's bring the mic to the next person. Go
            # ahead, sir." / "Audience Member 2: Hi, Tom Berg, I drive a school bus. …").
            labels.append("other")
        else:
            # On the floor a senator's question may end with its reason ("Кто будет их
            # распределять …? Потому что в Новокузнецке …"): it asks when the next speaker is
            # another member, who answers it.
            # At a meeting the chair's question to a participant may end with its reason
            # ("Сергей Кузьмугетович, а как обстоят дела …? Там ведь нагрузка особая." before
            # "С.Шойгу:"): it opens by calling the next speaker, who answers it.
            addressed = (
                "?" in body
                and i + 1 < len(bodies)
                and keys[i + 1] != k
                and _names_next(body[:60], bodies[i + 1])
            )
            # So does a follow-up that opens by asking the one who has just reported, who
            # speaks again next ("А.Новак: … на трёх крупных заводах." / "В.Путин: А на Дальнем
            # Востоке что? Там, насколько я знаю, ситуация сложнее …" / "А.Новак: Да, …").
            follow_up = (
                0 < i < len(bodies) - 1
                and keys[i - 1] == keys[i + 1] != k
                and re.match(r"[^.!?…]*\?", body.lstrip()) is not None
            )
            # A member who asked comes back at the answer with another question, the chair
            # not yet between ("Морозова И. В. … Как это согласуется с вашими словами?" /
            # "Рябов К. А. Ирина Валентиновна, такие случаи …" / "Морозова И. В. То есть люди
            # опять виноваты сами? Это не ответ..."): a rejoinder that asks again.
            # So does one who asks the answerer for the promised papers ("КОВАЛЬ А.М. … Я
            # готовий надати комітету таблицю." / "ЛИСЕНКО І.В. Прошу надати її письмово.").
            # (or reads the answer back to be confirmed: "МОРОЗ І.В. Тобто ніхто їх не
            # перевіряв.")
            rejoinder = (
                i >= 2
                and (
                    "?" in body
                    or _REQUESTS.match(body) is not None
                    or _RESTATES.match(body.strip()) is not None
                )
                and labels[i - 1] == "answer"
                and keys[i - 1] != k
                and keys[i - 2] == k
                and labels[i - 2] == "question"
            )
            # A member whose microphone the record says was cut mid-question, the chair
            # letting them finish and the member then asking ("… и их стоимость школа не
            # может… (Микрофон отключен.)" / "Председательствующий. Включите микрофон …" /
            # "О.П. Рябова. Спасибо. Я прошу ответить: может ли …?"): a question begun.
            cut_mic = (
                bool(floor)
                and i + 2 < len(bodies)
                and _MIC_CUT.search(body) is not None
                and keys[i + 1] in floor
                and keys[i + 2] == k
                and _ends_with_question(text[bodies[i + 2][1] : bodies[i + 2][2]])
            )
            # So does a remark the one who has just spoken takes up next with a yes or a no
            # ("В.Шумков: … к нынешнему половодью." / "В.Путин: Вы сказали про отопительный
            # сезон. В прошлую зиму были аварии в Шадринске." / "В.Шумков: Да, были. …"): it
            # was put to him.
            taken_up = (
                0 < i < len(bodies) - 1
                and keys[i - 1] == keys[i + 1] != k
                and "?" not in body
                and _takes_up(text, bodies[i + 1][1], meeting)
            )
            asks = (
                _ends_with_question(body)
                or addressed
                or follow_up
                or taken_up
                or rejoinder
                or cut_mic
                or (
                    bool(floor)
                    and "?" in _REPORTED_QUESTION.sub("", body)
                    and i + 1 < len(bodies)
                    and keys[i + 1] not in floor
                    and keys[i + 1] != k
                )
                # (or the chair hands the floor over between, in a few words with no question:
                # "Скажіть, будь ласка, … коли громади отримають решту? Дякую." / "ГОЛОВУЮЧИЙ.
                # Будь ласка, Денисе Анатолійовичу." / the Prime Minister's reply)
                or (
                    bool(floor)
                    and "?" in body
                    and i + 2 < len(bodies)
                    and keys[i + 1] in floor
                    and keys[i + 2] not in floor
                    and keys[i + 2] != k
                    and "?" not in (handover := text[bodies[i + 1][1] : bodies[i + 1][2]])
                    and len(handover.split()) <= 8
                )
            )
            labels.append(
                "question"
                if asks
                # A member's last word on their time that only acknowledges the answer and
                # yields ("I appreciate that. I yield back."): no statement of substance.
                else "other"
                if _YIELDS_BACK.fullmatch(body) is not None
                else "answer"
                if _completes_answer(text, bodies, keys, labels, moderators)
                or _thanks_instruction(body, meeting, labels, keys, i)
                else "statement"
            )
        # A chair handing the floor over asks nobody yet (the witnesses' statements follow);
        # nor does a moderator who opens a briefing by giving the official the floor
        # ("Ерлан Сапарович, вам слово."): the official's opening statement follows.
        opening = (
            not asked and labels[-1] == "other" and _GIVES_FLOOR.search(body[-120:]) is not None
        )
        # A press conference's moderator announces the principals' opening remarks before the
        # questions ("Moderator: Good afternoon. The Secretary General and the Prime Minister
        # will make short opening remarks, and then we will have time for a few questions."):
        # what the principals say next are statements, not answers.
        opening = opening or (
            not asked and labels[-1] == "other" and _OPENING_REMARKS.search(body) is not None
        )
        # A briefing's chair who greets and opens the floor ("Ведущая: Добрый день, коллеги.
        # Начнём. Прошу задавать вопросы." / "Глава города: Добрый день. Коротко о главном:
        # …") asks nothing while reporters ask under labels of their own: what the principal
        # says before the first reporter's question is an opening statement. (A radio show's
        # two hosts, "Ведущий:" and "Ведущая:", interview the guest themselves: no reporter;
        # nor is a phone-in's "Слухач:" one, whom the host puts through and asks beside.)
        opening = opening or (
            not asked
            and labels[-1] == "other"
            and fold(h.text) in _BRIEFING_CHAIRS
            and any(
                (
                    b[0].info.kind is LabelKind.QUESTION
                    # (or a nameless reporter's own word: "Журналістка:", "Журналіст:")
                    or (
                        b[0].info.kind is LabelKind.INTERVIEWER
                        and b[0].info.name is None
                        and _PRESS_WORD.fullmatch(fold(b[0].text).strip()) is not None
                    )
                )
                and not is_phone_in_caller(fold(b[0].text))
                for b in bodies
            )
        )
        if ((k in interviewers and k not in moderators) or labels[-1] == "question") and not (
            opening
        ):
            asked = True
    # A news programme's anchor sets up a story, a newsmaker's soundbite follows under a label
    # of its own with no "(SOUNDBITE …)" cue, and the anchor then brings on the guest (PBS
    # NewsHour: "Geoff Bennett: The agency is preparing to cut … the acting chief defended the
    # plan." / "Dale Porter, Acting FEMA Administrator: We are not walking away …" / "Geoff
    # Bennett: For a look at what's at stake, I'm joined by …"): the set-up asks nothing and
    # the voice heard once answers nobody in the studio. Both are statements.
    for i in range(1, len(bodies) - 2):
        k = keys[i]
        if (
            k not in interviewers
            and keys.count(k) == 1
            # (a show's "ANNOUNCER:" reading its opening between is no newsmaker's soundbite)
            and fold(bodies[i][0].info.text) != "announcer"
            and keys[i - 1] in interviewers
            and keys[i + 1] == keys[i - 1]
            and keys[i + 2] not in (k, keys[i - 1])
            and "?" not in text[bodies[i - 1][1] : bodies[i - 1][2]]
            and _HOST_INTRO.search(text[bodies[i + 1][1] : bodies[i + 1][2]]) is not None
            # (not an anchor's report that plays in residents nobody names, "… Here's what
            # one resident told our affiliate KOB earlier today." / "(BEGIN VIDEO CLIP)" /
            # "UNIDENTIFIED FEMALE: …": narration and a clip, `other`, as in any segment)
            and not (
                bodies[i][3] is None
                and _PLAYED_IN.search(text[bodies[i - 1][1] : bodies[i - 1][2]].rstrip())
                is not None
            )
        ):
            labels[i - 1] = labels[i] = "statement"
    # The same cold open with no set-up: the show opens on the played clip itself (NBC's
    # "[START TAPE]" / "PRESIDENT DONALD TRUMP: Now it's up to Russia. …" / "[END TAPE]" as the
    # page's first turn, then "KRISTEN WELKER: That was President Trump earlier today. …
    # Joining me now is …"): the voice heard once before the guest is brought on is a statement.
    if (
        len(bodies) > 2
        and keys[0] not in interviewers
        and keys.count(keys[0]) == 1
        and fold(bodies[0][0].info.text) != "announcer"
        and any(a <= bodies[0][0].start < b for a, b in clips)
        and keys[1] in interviewers
        and keys[2] not in (keys[0], keys[1])
        and _HOST_INTRO.search(text[bodies[1][1] : bodies[1][2]]) is not None
    ):
        labels[0] = "statement"
    # A debate's moderator calling the closing round ("Переходим к заключительным словам, у
    # каждого по минуте.", "We move to closing statements."): the call asks nothing, and what
    # each candidate then says, until the moderator speaks again, is a statement.
    for i, (h, start, end, speaker) in enumerate(bodies):
        k = key(h, speaker)
        body = text[start:end]
        # An earnings call's operator hands the call back for the principal's closing remarks
        # ("I'd like to turn the call back over to Ingrid for any closing remarks."): no one
        # asked, what the principal then says is a statement.
        hands_back = k in moderators and k not in interviewers
        if not (k in interviewers or hands_back) or "?" in body or not _CLOSING_ROUND.search(body):
            continue
        run = []
        for j in range(i + 1, len(bodies)):
            if key(bodies[j][0], bodies[j][3]) in (
                interviewers | moderators if hands_back else interviewers
            ):
                break
            run.append(j)
        if len({key(bodies[j][0], bodies[j][3]) for j in run}) < 2 and not (hands_back and run):
            continue  # one guest answering "… in your closing remarks you said …": no round
        labels[i] = "other"
        for j in run:
            if labels[j] == "answer":
                labels[j] = "statement"
    # A briefing's chair brings on the next briefer once the first one's questions are done,
    # naming them in full and asking nothing ("… because Olga Sarrado Mur from UNHCR is here
    # with us. Olga, please."): the newcomer's first words are their update, no answer.
    # (only where an earlier briefer opened with a statement and took questions: a host
    # bringing on a guest by name is answered, "Thank you for having me.")
    for i in range(1, len(bodies) - 1):
        newcomer = bodies[i + 1][3]
        body = text[bodies[i][1] : bodies[i][2]]
        briefed = [j for j in range(i) if labels[j] == "statement"]
        if (
            briefed
            and "question" in labels[briefed[0] : i]
            and labels[i] == "other"
            and len(text[bodies[i + 1][1] : bodies[i + 1][2]].split()) >= 25
            # (the newcomer thanks the chair first, as a briefer given the floor does; a
            # minister called on to add to a colleague's answer starts on the answer)
            and re.match(
                r"[ \t]*(?:Thank[ \t]+you|Thanks)\b[^.!?\n]{0,40}[.!]",
                text[bodies[i + 1][1] : bodies[i + 1][2]],
            )
            is not None
            and labels[i + 1] == "answer"
            and labels[i - 1] != "question"
            and newcomer is not None
            and len(newcomer.split()) >= 2
            and "?" not in body
            and re.search(rf"(?<![\w-]){re.escape(newcomer)}(?![\w-])", body) is not None
            and key(bodies[i + 1][0], newcomer) not in {key(b[0], b[3]) for b in bodies[: i + 1]}
            and not _ends_with_question(text[bodies[i + 1][1] : bodies[i + 1][2]])
        ):
            labels[i + 1] = "statement"
    _commons_debate_roles(text, bodies, keys, labels)
    return labels


# A speaker opening the floor to the room: "We'll take questions.", "I'm happy to take a few
# questions."
_OPENS_QUESTIONS = re.compile(
    r"\b(?:[Ww]e['’]ll|[Ww]e[ \t]+will|I['’]ll|I[ \t]+will|(?:[Hh]appy|[Gg]lad)[ \t]+to)[ \t]+"
    r"(?:now[ \t]+)?take[ \t]+(?:your[ \t]+|some[ \t]+|a[ \t]+few[ \t]+)?questions\b"
)


# A Commons member line's constituency and party in brackets: "Ben Maguire (North Cornwall)
# (LD)", "Ruth Pennington (Brighton Kemptown) (Lab/Co-op)".
_MEMBER_SEAT = re.compile(r"\([^()\n]{2,80}\)[ \t]*\([A-Z][\w/\- ]{0,14}\)")
# A member addressed as the House addresses one: "the hon. Member", "my hon. Friend", "the
# Minister".
_HON_ADDRESS = re.compile(r"\bhon\.[ \t]+(?:Member|Friend|Gentleman|Lady)\b|\bthe[ \t]+Minister\b")


def _commons_debate_roles(
    text: str,
    bodies: Sequence[tuple[LabelHit, int, int, str | None]],
    keys: Sequence[str],
    labels: list[str],
) -> None:
    """A Commons debate (Hansard's page: member lines with the seat and party in brackets, a
    chair's line, members addressing "the hon. Member" / "the Minister"): every member's speech
    that opens or answers the debate (the mover's "I beg to move, …", the Minister's reply after
    the chair's "Order. I call the Minister.") is a statement; an intervention that asks stays
    a question and the member's reply to it, straight after, is an answer; the chair's lines
    stay ``other``. Relabels ``labels`` in place."""
    chair_keys = set()
    for (h, _, _, _), k in zip(bodies, keys, strict=True):
        name = h.info.name
        if name is not None and (
            _HANSARD_CHAIR.fullmatch(name.title or "") is not None
            or _CHAIR_NOTE.search(text, h.start, max(h.end, h.start)) is not None
        ):
            chair_keys.add(k)
    if not chair_keys or not any(
        _MEMBER_SEAT.search(text, h.start, max(h.end, h.start)) for h, *_ in bodies
    ):
        return
    if not any(_HON_ADDRESS.search(text, s, e) for _, s, e, _ in bodies):
        return
    for i, ((h, s, e, _), k) in enumerate(zip(bodies, keys, strict=True)):
        if k in chair_keys or h.info.kind is not LabelKind.PERSON or h.info.name is None:
            continue
        body = text[s:e]
        # (the intervention just put, by another member, the chair not between)
        replies = (
            i > 0
            and labels[i - 1] == "question"
            and keys[i - 1] != k
            and keys[i - 1] not in chair_keys
        )
        if replies and not _ends_with_question(body):
            labels[i] = "answer"
        elif not replies and labels[i] != "question":
            labels[i] = "statement"


_CLOSING_ROUND = re.compile(
    r"(?i)\b(?:closing|final)[ \t]+(?:statements?|remarks|words)\b"
    r"|\bзаключительн\w*[ \t]+(?:слов\w*|выступлени\w*|реплик\w*)"
    r"|\b(?:заключн\w*|підсумков\w*)[ \t]+(?:слов\w*|виступ\w*)"
)


# An answerer who hands part of the question on to a colleague: "Щодо механізму я попрошу
# доповнити міністра фінансів.", "На это ответит мой коллега.", "I'll ask the Secretary to add".
_HANDS_ON = re.compile(
    r"(?:попрошу|прошу|попросил[аи]?|попросив|попросила)[ \t]+(?:[а-яёіїєґ'’]+[ \t]+){0,2}"
    r"(?:доповнити|дополнить|відповісти|ответить|прокоментувати|прокомментировать|додати)"
    r"|(?:доповнить|дополнит|відповість|ответит)[ \t]+(?:[а-яёіїєґ'’]+[ \t]+){0,2}"
    r"(?:колег|міністр|министр|заступник|замест)"
    r"|\b(?:ask|let)[ \t]+(?:[\w'’]+[ \t]+){1,4}(?:to[ \t]+)?(?:add|answer|respond|take)[ \t]+"
    r"(?:to[ \t]+)?(?:that|this|it|the[ \t]+question)",
    re.IGNORECASE,
)


# A reply's opening yes or no, its own word: "Да, были.", "Нет.", "Так точно, Владимир
# Владимирович.", "Ні, …" (never "Даже", "Нет ли", the Russian "Так," that opens "So, …").
# A yes that says it is already so, in the present: "Так и делаем. Уже 17 участников …", "Так
# и есть", "Так і робимо" (never the future's promise, "Так и сделаем", which takes an
# instruction).
_YES_NO_OPENS = re.compile(
    r"\s*(?:Да|Нет|Так[ \t]+точно|Ні"
    r"|Так[ \t]+и[ \t]+(?:делаем|есть|поступаем|работаем)|Так[ \t]+і[ \t]+(?:робимо|є|працюємо))"
    r"(?:[,.!…][ \t\n]|[.!…]?\s*$)"
)
# The same in kremlin.ru's English translation of a working meeting ("Yes, thank you. Then I
# will ask …", "No, …"), or the reply that says the thing remarked on is done ("We kept that
# promise, Mr President."). Read only under a meeting's lead: in an English interview a host's
# remark met by "Yes, …" keeps the role the older fixtures give it.
_YES_NO_OPENS_EN = re.compile(
    r"\s*(?:Yes|No|That[’']s[ \t]+right|Exactly|Indeed"
    r"|(?:We|I)[ \t]+(?:have[ \t]+)?(?:kept|keep)[ \t]+(?:that|the|our|my|this)[ \t]+"
    r"(?:promise|word))"
    r"(?:[,.!…][ \t\n]|[.!…]?\s*$)"
)


def _takes_up(text: str, start: int, meeting: bool) -> bool:
    """Does the reply at ``start`` open taking up the remark before it with a yes or a no
    (see _YES_NO_OPENS; the English forms only at a working meeting)?"""
    return _YES_NO_OPENS.match(text, start) is not None or (
        meeting and _YES_NO_OPENS_EN.match(text, start) is not None
    )


def _thanks_instruction(
    body: str, meeting: bool, labels: Sequence[str], keys: Sequence[str], i: int
) -> bool:
    """At a working meeting, does the last turn thank for the head's closing instruction
    just given and report on ("Prepare the documents, and I will instruct …" / "Thank you.
    We have the design ready …")? It answers, as the guest's bare thanks to it does (see the
    statement rule in _roles); it is no chair's closing word."""
    return (
        meeting
        and 0 < i == len(keys) - 1
        and labels[-1] == "statement"
        # (the head, who opened the meeting, gave it; the guest thanks: never the head's own
        # closing thanks after a report, "Спасибо. Давайте продолжим …")
        and keys[i - 1] == keys[0] != keys[i]
        # (or assents to it and says what will be done: "Хорошо, Владимир Владимирович. Мы
        # совместно с … подготовим предложения … и доложим.")
        and (_CLOSING_THANKS.match(body) is not None or _ASSENTS_TO_DO.match(body) is not None)
        and _CHAIR_DIRECTIVE.search(body) is None
        and "?" not in body
        and len(sentences_of(body)) >= 2
    )


# A question a speaker on the floor reports, not one they put: "People asked me: are we safe?
# And honestly, I could not give them a reassuring answer." (a member's speech, no question to
# the next member).
_REPORTED_QUESTION = re.compile(
    r"\b(?:asked|ask|asks|asking|wondered|wonder|wonders)\b[^.!?:\n]{0,30}:[ \t]*[^.!?\n]*\?"
)


def _after_question(
    text: str,
    bodies: Sequence[tuple[LabelHit, int, int, str | None]],
    keys: Sequence[str],
    labels: Sequence[str],
    k: str,
) -> bool:
    """Does the turn now being labelled (the ``len(labels)``-th) come right after another
    speaker's question, with at most the chair's brief call between? A Rada question hour:
    "СКОРИК П.В. … Коли Пенсійний фонд завершить ці перерахунки?" / "ГОЛОВУЮЧИЙ. Будь ласка,
    Дарино Олексіївно." / "ОЛІЙНИК Д.О. Дякую за запитання. …" answers the deputy."""
    j = len(labels) - 1
    # The chair's call: a short turn by a third voice, labelled "other" (not a report).
    while (
        j > 0
        and labels[j] == "other"
        and keys[j] != k
        and len(text[bodies[j][1] : bodies[j][2]].split()) <= 12
    ):
        j -= 1
    return j >= 0 and labels[j] == "question" and keys[j] != k


def _completes_answer(
    text: str,
    bodies: Sequence[tuple[LabelHit, int, int, str | None]],
    keys: Sequence[str],
    labels: Sequence[str],
    moderators: set[str],
) -> bool:
    """Does the turn now being labelled (the ``len(labels)``-th) complete an answer that the last
    answerer handed on to a colleague ("ГНАТЮК Ю.М. Так, компенсація передбачена. Щодо
    механізму я попрошу доповнити міністра фінансів." / "ГОЛОВУЮЧИЙ. Будь ласка, міністр
    фінансів …" / "КРАВЕЦЬ С.А. Шановні колеги! У змінах …")? Only the chair's calls may lie
    between the two."""
    i = len(labels)
    j = i - 1
    # The chair who asks the next speaker to answer or explain ("Денис Олегович, ответьте,
    # пожалуйста.", "Слово представителю застройщика, у него была просьба пояснить по
    # парковке.") puts the question to them: they answer.
    if (
        j >= 0
        and keys[j] in moderators
        and keys[j] != keys[i]
        and labels[j] == "other"
        and _ANSWER_CALL.search(text, max(bodies[j][1], bodies[j][2] - 150), bodies[j][2])
    ):
        return True
    while j >= 0 and keys[j] in moderators and labels[j] == "other":
        j -= 1
    if j < 0 or labels[j] != "answer" or keys[j] == keys[i]:
        return False
    # A colleague who asks leave to add to the answer just given ("Д.Сафонов: Понтонную
    # переправу военные навели через восемнадцать дней. …" / "Н.Ермолаева: Если позволите,
    # коротко. Этот объект можно включить в программу …") completes it too.
    if _ADDS_TO.match(text, bodies[i][1], bodies[i][2]) is not None:
        return True
    return _HANDS_ON.search(text[bodies[j][1] : bodies[j][2]][-200:]) is not None


# A chair's call to answer or explain: "ответьте, пожалуйста", "прошу пояснить", "просьба
# пояснить по парковке", "дайте відповідь", "прокоментуйте, будь ласка".
_ANSWER_CALL = re.compile(
    r"(?<![а-яёіїєґ])(?:ответьте|поясните|прокомментируйте|відповідайте|дайте[ \t]+відповідь"
    r"|поясніть|прокоментуйте|(?:прошу|просьба|прохання|просив|просила)[ \t]+(?:\w+[ \t]+)?"
    r"(?:ответить|пояснить|прокомментировать|відповісти|пояснити|прокоментувати))"
    r"(?![а-яёіїєґ])",
    re.IGNORECASE,
)


# Leave asked to add to a colleague's answer, opening the turn: "Если позволите, коротко.",
# "Позвольте добавить.", "Можно я дополню?", "Дозвольте доповнити.", "If I may add, …",
# "Let me add to that."
_ADDS_TO = re.compile(
    r"[ \t]*(?:(?:Если|Якщо)[ \t]+(?:позволите|позволишь|дозволите)"
    r"|(?:Позвольте|Разрешите|Дозвольте)[ \t]+(?:мне[ \t]+|мені[ \t]+)?(?:добавить|дополнить"
    r"|додати|доповнити)"
    r"|(?:Можно|Можна)[ \t]+(?:я[ \t]+)?(?:добавлю|дополню|додам|доповню)"
    r"|If[ \t]+I[ \t]+(?:may|might|could)[ \t]+(?:just[ \t]+)?add"
    r"|(?:Let[ \t]+me|Can[ \t]+I|May[ \t]+I)[ \t]+(?:just[ \t]+)?add)\b"
)


# A lead that reports a meeting: "Владимир Путин провёл рабочую встречу с губернатором …",
# "Президент провів нараду …", "the President held a meeting with …".
_VISIT = re.compile(
    r"(?<![а-яёіїєґ])(?:посетил|посетила|посетили|відвідав|відвідала|відвідали)(?![а-яёіїєґ])"
    r"|\b(?:visited|toured)\b"
)
_MEETING = re.compile(
    r"(?<![а-яёіїєґ])(?:провёл|провел|провела|провели|провів|провела)[ \t]+"
    # "провёл в режиме видеоконференции оперативное совещание": up to five words between.
    r"(?:[а-яёіїєґ\-]+[ \t]+){0,5}(?:встреч|совещани|заседани|зустріч|нарад|засідан)"
    # (or met them: "Владимир Путин в новосибирском Академгородке встретился с молодыми
    # учёными – победителями конкурса …")
    r"|(?<![а-яёіїєґ])(?:встретился|встретилась|зустрівся|зустрілася)[ \t]+(?:с|з|із)[ \t]"
    r"|\bheld[ \t]+(?:a|an)[ \t]+(?:working[ \t]+)?meeting\b"
    # (or whom he received reported to him: "The Governor briefed the President on …", "Глава
    # агентства доложил Президенту о …", "… доповів Президентові про …")
    r"|\b(?:reported|briefed)[ \t]+(?:to[ \t]+)?(?:the[ \t]+)?President\b"
    r"|(?<![а-яёіїєґ])(?:доложил|доложила|доповів|доповіла)[ \t]+(?:Президенту|Президентові)\b"
    # (or took part in a ceremony, in person or by video link, where the officials report to
    # him: "Владимир Путин в режиме видеоконференции принял участие в церемонии запуска …")
    r"|(?<![а-яёіїєґ])(?:принял|приняла|взяв|взяла)[ \t]+(?:[а-яёіїєґ]+(?:ое|е)[ \t]+)?"
    r"(?:участие|участь)[ \t]+(?:в|у)[ \t]+"
    r"(?:[а-яёіїєґ\-]+[ \t]+){0,2}(?:церемони|церемоні)"
)
# A member's short close of their time: a sentence or two of thanks or acknowledgement at most,
# then "I yield back" ("I appreciate that. I yield back.", "Thank you, Mr. Chairman. I yield
# back the balance of my time.").
_YIELDS_BACK = re.compile(
    r"[ \t]*(?:(?:Thank[ \t]+you|Thanks|I[ \t]+(?:really[ \t]+|do[ \t]+)?appreciate"
    r"|(?:Very[ \t]+)?[Gg]ood|OK|Okay|All[ \t]+right|Great|My[ \t]+time[ \t]+has[ \t]+expired)"
    r"(?:[ \t]+(?:Mr|Ms|Mrs|Dr)\.|[^.!?\n]){0,40}[.!][ \t]+){0,2}"
    r"(?:(?:And|So)[ \t]+|(?:With[ \t]+that|Mr\.[ \t]+Chair\w*|Madam[ \t]+Chair\w*),[ \t]+)?"
    r"I[ \t]+yield[ \t]+back(?:[ \t]+(?:the[ \t]+(?:balance|remainder)[ \t]+of[ \t]+my[ \t]+time"
    r"|my[ \t]+(?:remaining[ \t]+)?time))?[.!]?[ \t]*"
)
# A member's remark that closes their time after the witness's answer, asking nothing: a
# sentence of their own, then "I'll yield back" ("I'd want to see those commissions staffed to
# audit these plans. I'll yield back."), or the answer taken as given ("I'll take that as a yes
# for the Forest Service to hear.").
_CLOSES_TIME = re.compile(
    r"[^?]{0,240}?[.!][ \t]+I(?:['’]ll|[ \t]+will)?[ \t]+yield[ \t]+back[^?\n]{0,50}"
    r"|[ \t]*(?:(?:Well|OK|Okay|All[ \t]+right),?[ \t]+)?I['’]ll[ \t]+take[ \t]+that[ \t]+as[ \t]+a"
    r"[ \t]+(?:yes|no)\b[^?]{0,120}",
    re.DOTALL,
)
# The chair's procedural sentences in opening a hearing (see _roles).
_CHAIR_PROCEDURE = re.compile(
    r"(?i)\bcome to order\b|\bpurpose of (?:this|today['’]s) hearing\b|\brecogni[sz]e"
    r"|\bwelcome\b|\bwithout objection\b|\bthank(?:s| you)\b|\byield\b"
    # (introducing the witness by name and post is procedure too, however long the post:
    # "I will now introduce our witness, Ms. Margaret Ellwood, Director of …")
    r"|\bintroduce[ \t]+(?:our|the|today['’]s)[ \t]+(?:witness(?:es)?|panel(?:ists)?)\b"
)
# The post of a body's own head, whose label chairs without the cover's word (see _roles).
_BODY_HEAD_POSTS = frozenset(
    {"председатель", "председательница", "голова", "глава", "мэр", "мер", "chair", "chairman"}
    | {"chairwoman", "chairperson", "mayor", "президент", "president"}
)
# A hearing's opening procedure, sentence by sentence: calling it to order, the roll and the
# quorum, the welcome and the floor given (see _CHAIR_PROCEDURE).
_OPENING_PROCEDURE = re.compile(
    _CHAIR_PROCEDURE.pattern
    + r"|\b(?:call|come)[ \t]+(?:\w+[ \t]+){0,3}to[ \t]+order\b|\bcall[ \t]+the[ \t]+roll\b"
    r"|\broll[ \t]+call\b|\bquorum\b|\bthe[ \t]+floor[ \t]+is[ \t]+yours\b"
)
# A party called by its procedural role, first word of the bench's turn: "Истец, …",
# "Ответчик, …", "Позивачу, …".
_PARTY_CALLED = re.compile(
    r"[ \t]*(Истец|Ответчик|Заявитель|Позивач|Позивачу|Відповідач|Відповідачу|Заявник|Заявнику)"
    r"[ \t]*,[ \t]+\S"
)
# A speaker who says they put a question: "can I ask a straight question:", "may I just ask
# you", "my question is".
_SAYS_ASKS = re.compile(
    r"\b(?:can|may|could)[ \t]+I[ \t]+(?:just[ \t]+|quickly[ \t]+)?ask\b"
    r"|\bmy[ \t]+question[ \t]+is\b",
    re.IGNORECASE,
)
# A reporter's question passed on to a colleague: "Dave, you want to answer that?", "Can you
# take that one?".
_PASSES_ON = re.compile(
    r"(?i)\b(?:want|like|care)[ \t]+to[ \t]+(?:answer|take|address|handle|field)[ \t]+"
    r"(?:that|this|it)\b|\b(?:can|could|would|will)[ \t]+you[ \t]+(?:answer|take|address"
    r"|handle|field)[ \t]+(?:that|this|it)\b"
)
# The floor handed over, by a chair opening a meeting: "I'll hand straight over to the
# Commissioner.", "Provost, over to you.", "I give the floor to …".
# An event's opening that welcomes the hall: "Good morning, and welcome to The Heritage
# Foundation.", "Welcome, everyone, to …", "Hello and welcome to …".
_OPENING_WELCOME = re.compile(
    r"(?i)(?:(?:good[ \t]+(?:morning|afternoon|evening)|hello|hi)(?:[ \t]+\w+)?[,!.]?[ \t]+"
    r"(?:and[ \t]+)?)?welcome\b"
    # (the host's own name and post first: "Good morning. I'm Margaret Spellings, president and
    # CEO of the Bipartisan Policy Center, and welcome.")
    r"|(?i:good[ \t]+(?:morning|afternoon|evening)|hello|hi)[,!.]?[ \t]+I['’]m[ \t]+[A-Z]"
    r"[^.!?\n]{2,120}?,[ \t]+(?i:and[ \t]+welcome)\b"
    # (an announcer's call of the panel onto the stage: "Ladies and gentlemen, please welcome
    # to the stage …")
    r"|(?i:ladies[ \t]+and[ \t]+gentlemen),?[ \t]+(?i:please[ \t]+welcome)\b"
)
# … and closes by turning the floor over to the next speaker: "I am pleased to turn things over
# to my colleague …", "… let me hand it over to …", "Please welcome our moderator, …".
_TURNS_OVER = re.compile(
    r"(?i)\b(?:turn|hand|pass)(?:ing)?[ \t]+(?:(?:it|things|this|the[ \t]+(?:floor|program"
    r"|programme|discussion|conversation|stage))[ \t]+)?over[ \t]+to\b"
    r"|\bplease[ \t]+(?:join[ \t]+me[ \t]+in[ \t]+)?welcom(?:e|ing)[ \t]+(?:our|my)\b"
    r"|\bplease[ \t]+welcome[ \t]+to[ \t]+the[ \t]+stage\b"
)
_HANDS_OVER = re.compile(
    r"\bhand(?:ing)?[ \t]+(?:\w+[ \t]+)?over[ \t]+to\b|\bover[ \t]+to[ \t]+you\b"
    r"|\b(?:give|pass|hand)[ \t]+(?:over[ \t]+)?the[ \t]+floor\b"
    r"|\bthe[ \t]+floor[ \t]+is[ \t]+yours\b",
    re.IGNORECASE,
)
# The floor given to the principal by the chair's welcome: "… you have the floor.", "The
# floor is yours."
_WELCOME_GIVES_FLOOR = re.compile(
    r"\byou[ \t]+have[ \t]+the[ \t]+floor\b|\bthe[ \t]+floor[ \t]+is[ \t]+yours\b", re.IGNORECASE
)
# A chair's question to the hall, not to a witness: whether anyone has (further) questions,
# or the vote's call ("Есть вопросы к докладчику?", "Є запитання?", "Any questions?", "Do you
# have further questions?", "Those in favour? Against? Abstentions?", "Хто за? Проти?").
# A sentence put to the conference operator by name: "Operator, could you please …?".
_ADDRESSES_OPERATOR = re.compile(r"(?i)[ \t]*(?:and[ \t]+|now[ \t]+|so[ \t]+)?operator[,.!?]")
_CALLS_PRESENTER = re.compile(
    r"\b(?:would|could|will|can)[ \t]+you[ \t]+(?:please[ \t]+)?(?:walk|take|talk)[ \t]+us"
    r"[ \t]+through\b|\b(?:would|could|will|can)[ \t]+you[ \t]+(?:please[ \t]+)?"
    r"(?:present|introduce)[ \t]+(?:the|this|your|item)\b"
)
_CALLS_FLOOR = re.compile(
    r"(?i)^(?:[^?]{0,40}[,.!][ \t]*)?(?:(?:do|does)[ \t]+(?:you|anyone|anybody)[ \t]+have[ \t]+"
    r"|(?:are[ \t]+there[ \t]+)?)(?:any[ \t]+)?(?:further|more|other)?[ \t]*questions\b"
    r"|^(?:(?:есть|будут|є|будуть)(?:[ \t]+ли)?[ \t]+(?:ещё[ \t]+|еще[ \t]+|ще[ \t]+)?"
    r"(?:вопросы|запитання|питання))(?![а-яёіїєґ])"
    r"|^(?:(?:all|those)[ \t]+in[ \t]+favou?r|against|abstentions?|any[ \t]+abstentions"
    r"|(?:кто|хто)[ \t]+за|против|проти|воздержал\w*|утрима\w*)(?![\w])"
)
# A council's or a parliament's head, who presides over its sessions (see _moderators).
_COUNCIL_HEAD = re.compile(
    r"(?i)(?:голова|председатель)[ \t]+(?:[а-яёіїєґ'’\-]+[ \t]+){0,2}"
    r"(?:ради|думи|думы|совета|комітету|комитета|комісії|комиссии|собрания|зборів)(?![а-яёіїєґ])"
)
_MEMBER_TITLE = re.compile(
    r"(?i)Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman|Delegate"
)
_RALLY = re.compile(r"\b(?:[Rr]ally|RALLY|[Cc]ampaign[ \t]+(?:event|stop|speech))\b")
# A presiding officer's invitation to a non-member under the rules of procedure: "In accordance
# with rule 39 of the Council's provisional rules of procedure, I invite Ms. …, Special
# Representative …, to participate in this meeting."
_INVITES_TO_MEETING = re.compile(
    r"(?:In[ \t]+accordance[ \t]+with[ \t]+rule[ \t]+\d+[^\n]{0,120}?,[ \t]+)?"
    r"I[ \t]+(?:now[ \t]+|also[ \t]+)?invite\b[^\n]{0,400}?\bto[ \t]+participate[ \t]+in[ \t]+"
    r"(?:this|the)[ \t]+meeting\.[ \t]*"
)
_GIVES_FLOOR = re.compile(
    r"(?:\b[Вв]ам|\b[Тт]ебе)[ \t]+слово|слово[ \t]+(?:предоставляется|надається)"
    # … or the word order turned, the sentence's end: "Владимир Владимирович, по традиции
    # слово Вам.", "Пане міністре, слово вам!"
    r"|\bслово[ \t]+(?:вам|тебе)[ \t]*[.!]"
    r"|(?:передаю|надаю|предоставляю)[ \t]+(?:вам[ \t]+)?слово|the floor is yours|over to you"
    # "Першим слово має міністр енергетики.", "Слово имеет глава города.": who speaks first.
    r"|слово[ \t]+(?:має|имеет)[ \t]+[а-яёіїєґ]"
    # The same in English translation (president.gov.ua): "The floor is given to the President
    # of Ukraine Volodymyr Zelenskyy.", "I now give the floor to Minister …".
    r"|\bthe[ \t]+floor[ \t]+is[ \t]+(?:now[ \t]+)?(?:given|passed|handed)[ \t]+(?:over[ \t]+)?to\b"
    r"|\b(?:give|pass|hand)[ \t]+(?:over[ \t]+)?the[ \t]+floor[ \t]+(?:over[ \t]+)?to\b"
    # A moderator turning to the audience: "Давайте дадим слово залу.", "Дамо слово залу."
    r"|(?:дадим|дамо|дам|даю)[ \t]+слово[ \t]+(?:залу|аудитории|аудиторії)"
    # "Розпочинаємо брифінг. Слово речнику МЗС України Георгію Тихому.", "Слово министру.":
    # the floor given to an office in the dative, as a sentence of its own.
    r"|(?:(?<=[.!][ \t])|^)слово[ \t]+(?:пану[ \t]+|пані[ \t]+|господину[ \t]+)?"
    r"[а-яёіїєґ]+(?:у|ю|ові|еві)(?![а-яёіїєґ])"
    # A lecture's host ends his welcome calling the lecturer by name and patronymic: "Андрей
    # Викторович, прошу вас.", "Олено Петрівно, будь ласка." — the lecture follows.
    r"|(?-i:[А-ЯЁІЇЄҐ])[а-яёіїєґ'’]+[ \t]+(?-i:[А-ЯЁІЇЄҐ])[а-яёіїєґ]+(?:вич|вна|чна|ичу|івно|овно)"
    r"[ \t]*,[ \t]+(?:прошу(?:[ \t]+вас)?|пожалуйста|будь[ \t]+ласка)[.!]?\s*$",
    re.IGNORECASE,
)


# A council's meeting, as its record's heading says: "City Council Regular Meeting",
# "Town Council Meeting", "Meeting of the City Council".
_COUNCIL_MEETING = re.compile(
    r"\b(?:City|Town|Borough|Village|County|Municipal)[ \t]+Council[ \t]+"
    r"(?:(?:Regular|Special|Public|Work)[ \t]+)?(?:Meeting|Session)\b"
    r"|\bMeeting[ \t]+of[ \t]+the[ \t]+(?:City|Town|Borough|Village|County)[ \t]+Council\b"
    # A British council's public question time at its full meeting: "Public question time at
    # Wednesday's full council meeting …".
    r"|\b[Ff]ull[ \t]+[Cc]ouncil[ \t]+(?:meeting|Meeting)\b"
    # A US county's board, its reporter's transcript headed "TEHAMA COUNTY BOARD OF
    # SUPERVISORS" / "REGULAR MEETING".
    r"|\bBoard[ \t]+of[ \t]+(?:Supervisors|Commissioners|Aldermen)\b"
    # A paper's lead says who chaired the council's sitting: "Deputy Mayor Tom Buckley chaired
    # the meeting after Mayor … declared a conflict."
    r"|\bMayor[ \t]+(?:[A-Z][a-z'’\-]+[ \t]+){1,3}(?:chaired|presided[ \t]+over)[ \t]+the[ \t]+"
    r"(?:council[ \t]+)?(?:meeting|session|sitting)\b"
    # A school district's board ("Board of Education – Regular Meeting"), its members and
    # trustees questioning the superintendent's staff.
    r"|\b(?:Board[ \t]+of[ \t]+Education|School[ \t]+Board|Board[ \t]+of[ \t]+Trustees)[ \t]+"
    r"(?:[–—-][ \t]+)?(?:(?:Regular|Special|Public|Work)[ \t]+)?(?:Meeting|Session)\b",
    re.IGNORECASE,
)


# A reporter's nameless label at a briefing, the role word alone.
_PRESS_WORD = re.compile(
    r"(?:журналіст(?:ка)?|журналист(?:ка)?|кореспондент(?:ка)?|корреспондент(?:ка)?"
    r"|journalist|reporter)"
)
# A briefing's chair by role (not a show's host, who interviews the guest himself).
_BRIEFING_CHAIRS = frozenset(
    {"moderator", "модератор", "модераторка", "ведущий", "ведущая", "ведучий", "ведуча"}
)
_OPENS_FLOOR = re.compile(
    r"\bopen(?:ing)?[ \t]+(?:up[ \t]+)?the[ \t]+floor\b"
    r"|\bthe[ \t]+floor[ \t]+is[ \t]+(?:now[ \t]+)?open\b"
    # (a call's operator asked to open the lines: "Operator, please open the line for the first
    # question.")
    r"|\bopen[ \t]+(?:up[ \t]+)?the[ \t]+(?:phone[ \t]+)?lines?[ \t]+for[ \t]+"
    r"(?:the[ \t]+first[ \t]+|your[ \t]+|some[ \t]+)?questions?\b"
    r"|\b(?:take|taking)[ \t]+(?:your[ \t]+|some[ \t]+|a[ \t]+few[ \t]+)?questions\b"
    # (or the chair moving the briefing on to them: "Great. We'll go to questions. Lena.")
    r"|\b(?:go|move|turn)[ \t]+(?:now[ \t]+)?to[ \t]+(?:your[ \t]+)?questions\b"
    # (or starting them where they are asked: "We will start with questions in the room.")
    r"|\b(?:start|begin)[ \t]+(?:now[ \t]+)?with[ \t]+(?:the[ \t]+)?questions\b"
    # The time left for them: "All right, we've got time for a few questions.", "The
    # Secretary has a few minutes for questions."
    r"|\b(?:got|have|has)[ \t]+(?:time|(?:a[ \t]+few|a[ \t]+couple[ \t]+of|some)[ \t]+minutes)"
    r"[ \t]+for[ \t]+(?:a[ \t]+few[ \t]+|a[ \t]+couple[ \t]+of[ \t]+|some[ \t]+|your[ \t]+)?"
    r"questions\b"
    # A club's press officer: "Ryan's got a team news update first, then we'll go round the
    # room."
    r"|\bgo(?:ing)?[ \t]+(?:a)?round[ \t]+the[ \t]+room\b"
    # (or looking for them: "Let me see if there are questions in the room.")
    r"|\b(?:see|check)[ \t]+if[ \t]+there[ \t]+are[ \t]+(?:any[ \t]+)?questions\b"
    # A press secretary giving the floor to her guest's questions, a sentence of its own:
    # "Questions for the Administrator.  Jacqui."
    r"|(?:^|[.!][ \t]+)(?:(?:OK|Okay|All[ \t]+right|So),?[ \t]+)?(?:Any[ \t]+)?questions[ \t]+for"
    r"[ \t]+(?:the[ \t]+)?(?-i:[A-Z])[^.!?\n]{0,40}[.!]",
    re.IGNORECASE,
)
# The host's last sentence handing the floor to the principal who speaks next: "With that,
# Christine.", "Ken?", "I'll now turn the call over to Dr. Brannon." (see _hands_to_next).
_HANDS_OVER = re.compile(
    r"(?:(?:With[ \t]+that|And[ \t]+so|So),?[ \t]+)?"
    r"(?P<a>(?:(?:Dr|Mr|Ms|Mrs)\.?[ \t]+)?[A-Z][\w'’-]+)[.?!]"
    r"|(?:I['’]ll|I[ \t]+will|Let[ \t]+me|I['’]d[ \t]+like[ \t]+to)[ \t]+(?:now[ \t]+)?"
    r"(?:turn|hand)"
    r"[ \t]+(?:the[ \t]+call[ \t]+|it[ \t]+|things[ \t]+|the[ \t]+floor[ \t]+)?over[ \t]+to[ \t]+"
    r"(?P<b>[^.?!\n]{1,60}?)[.!]"
)


def _hands_to_next(body: str, nxt: str | None) -> bool:
    """Whether ``body``'s last sentence hands the floor to ``nxt``, the speaker who follows, by
    a word of their name ("With that, Christine." before Christine Hartley)."""
    last = re.split(r"(?<=[.!?])\s+", body.strip())[-1]
    m = _HANDS_OVER.fullmatch(last)
    if m is None or not nxt:
        return False
    called = (m.group("a") or m.group("b") or "").split()
    return bool(called) and fold(called[-1]) in {fold(w) for w in nxt.split()}


_OPENING_REMARKS = re.compile(
    r"\b(?:opening|introductory|initial)[ \t]+(?:remarks|statements?|words)\b"
    # ("She will say a few words and then take your questions.")
    r"|\bsay[ \t]+a[ \t]+few[ \t]+words\b"
    # (the order of the conference set out, the principal's remarks first: "After his remarks
    # we will have time for a few questions.")
    r"|\b(?:[Aa]fter|[Ff]ollowing)[ \t]+(?:his|her|their|the[ \t]+\w+['’]s)[ \t]+"
    r"(?:remarks|presentation|statement)[ \t,]+(?:we|there)[ \t]+will\b[^.!?\n]{0,40}\bquestions\b"
    r"|\b(?:make|start[ \t]+with|begin[ \t]+with|deliver)[ \t]+(?:some[ \t]+|a[ \t]+few[ \t]+)?"
    r"(?:short[ \t]+|brief[ \t]+)?(?:remarks|statements)\b"
    # (each of two principals' one short statement: "Each will make a short statement and then
    # we'll take your questions.", "… a short statement from each of them"; one principal's
    # "The Commissioner will make a short statement" is read as before)
    # (or an overview first, the floor or the questions after it in the same sentence: "Dr
    # Torero will give a short overview, then we will open the floor.")
    r"|\b(?:give|make|deliver|present)[ \t]+(?:a[ \t]+|an[ \t]+)?(?:short|brief|quick)[ \t]+"
    r"(?:overview|presentation|briefing|update)\b(?=[^.!?\n]{0,60}\b(?:floor|questions)\b)"
    r"|\b(?:each|both)(?:[ \t]+of[ \t]+them)?[ \t]+will[ \t]+(?:make|deliver|give)[ \t]+a[ \t]+"
    r"(?:short|brief)[ \t]+statement\b"
    r"|\ba[ \t]+(?:short|brief)[ \t]+statement[ \t]+from[ \t]+(?:each|both)\b"
    r"|вступительн\w+[ \t]+(?:слов\w*|заявлени\w*)|вступн\w+[ \t]+(?:слов\w*|заяв\w*)"
    # "Губернатор готов ответить на ваши вопросы, но сначала несколько слов об итогах года.":
    # the principal speaks first, then the questions.
    r"|(?:сначала|для[ \t]+начала|спочатку|для[ \t]+початку)[ \t,—–\-]+"
    r"(?:несколько|пару|кілька|декілька)[ \t]+(?:слов|слів)\b"
    # "Регламент такой: Игорь Валентинович коротко расскажет о планах на год, потом вопросы.":
    # the head reports first, the residents' questions after.
    r"|(?:коротко|кратко|сначала|спочатку)[^.!?\n]{0,80}?,[ \t]+(?:а[ \t]+)?"
    r"(?:потом|затем|после[ \t]+этого|потім|далі|після[ \t]+цього)[ \t]+"
    r"(?:ваши[ \t]+|ваші[ \t]+)?(?:вопрос|запитан|питан)"
    # The moderator opens a joint press conference (president.gov.ua): "We are starting the
    # joint press conference of the President of Ukraine and the Prime Minister of …": the
    # leaders' statements come first.
    r"|\b(?:we[ \t]+are[ \t]+|let[ \t]+us[ \t]+|let['’]s[ \t]+)?(?:start|begin|open)(?:ing)?"
    r"[ \t]+(?:the[ \t]+|our[ \t]+|this[ \t]+|today['’]s[ \t]+)(?:joint[ \t]+)?"
    r"(?:press[ \t]+conference|news[ \t]+conference|press[ \t]+briefing)\b",
    re.IGNORECASE,
)


# A bare acknowledgement: "Okay.", "All right.", "Got it.", "Понятно.", "Зрозуміло."
_BARE_ACK = re.compile(
    r"[ \t]*(?:Okay|OK|All[ \t]+right|Alright|Got[ \t]+it|Understood|Fair[ \t]+enough|Хорошо"
    r"|Понятно|Ясно|Добре|Зрозуміло)[.!]?[ \t]*"
)
_CLERK = re.compile(r"(?i:(?:the[ \t]+)?(?:reading[ \t]+)?clerk)")
_OWN_WORDS = re.compile(r"\b(?:I|I['’]m|me|my|we|our|us|you|your)\b", re.IGNORECASE)


# A reporter naming themselves and their outlet before speaking: "Asad Ali, Express News. ".
_SELF_INTRODUCTION = re.compile(
    r"[A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+){1,2},[ \t]+(?:[A-Z][\w&'’\-]*[ \t]*){1,4}\.[ \t]+"
)
# The host's time call: "we are out of time", "we're out of time", "we've run out of time".
_OUT_OF_TIME = re.compile(
    r"(?i)\bwe(?:['’]re|[ \t]+are|['’]ve|[ \t]+have)[ \t]+(?:just[ \t]+|about[ \t]+|almost[ \t]+)?"
    r"(?:run[ \t]+)?out[ \t]+of[ \t]+time\b"
)
# A chair's sentence that puts a topic off before the closing thanks: "We will come back to the
# mapping companies. Thank you both very much; …" (the thanks still close the session).
_DEFERS_TOPIC = re.compile(
    r"\A[ \t]*(?:We|I)(?:['’]ll|[ \t]+will|[ \t]+may|[ \t]+shall|[ \t]+might)[ \t]+"
    r"(?:have[ \t]+to[ \t]+)?(?:come[ \t]+back|return|get[ \t]+back)[ \t]+to\b"
    r"[^\n.!?]{1,80}[.!][ \t]+"
    r"(?=(?:Thank|Thanks)\b)"
)
_CLOSING_THANKS = re.compile(
    # "Хорошо. Спасибо. Давайте продолжим в закрытом режиме."; a one-word assent before the
    # thanks: "Поддерживаю. Спасибо, коллеги. Переходим к закрытой части совещания."
    r"[ \t]*(?:(?:Хорошо|Добре|Good|OK|Okay|Поддерживаю|Підтримую|Договорились|Домовились"
    r"|Принято|Прийнято|Agreed)[.,!][ \t]*)?"
    # (a chair's time call before it: "We are almost out of time. Thank you both very much …")
    r"(?:(?:I['’]m[ \t]+afraid[ \t]+)?we(?:['’]re|[ \t]+are|[ \t]+have)[^.!?\n]{0,20}?"
    r"[ \t]+(?:run[ \t]+)?out[ \t]+of[ \t]+time[.!][ \t]*)?"
    r"(?:Спасибо|Благодарю|Дякую|Дякуємо|Thank you|Thanks)\b[^\n]*$",
    re.IGNORECASE,
)


# A parting wish: "Желаю успехов.", "Бажаю успіхів!", "Всего доброго.", "Good luck."
_PARTING_WISH = re.compile(
    r"(?<![\w-])(?:Желаю[ \t]+(?:вам[ \t]+)?(?:успехов|удачи|всего)|Бажаю[ \t]+(?:вам[ \t]+)?"
    r"(?:успіхів|удачі|всього)"
    # (success in the work in hand: "Желаю успешной посевной.", "Бажаю успішної роботи.")
    r"|Желаю[ \t]+(?:вам[ \t]+)?успешн\w+|Бажаю[ \t]+(?:вам[ \t]+)?успішн\w+"
    r"|Всего[ \t]+(?:доброго|хорошего|наилучшего)|Всього[ \t]+"
    r"(?:доброго|найкращого)|Good[ \t]+luck|All[ \t]+the[ \t]+best"
    # an English host's to a guest on the road: "Safe travels.", "Take care.", "Have a good
    # flight."
    r"|Safe[ \t]+travels?|Travel[ \t]+safe(?:ly)?|Take[ \t]+care|Be[ \t]+well|Stay[ \t]+safe"
    r"|Have[ \t]+a[ \t]+(?:good|great|safe|nice)[ \t]+(?:day|weekend|evening|trip|flight))"
    r"(?![\w-])",
    re.IGNORECASE,
)

# … as the last sentence of a turn: "Желаю успехов вам и всем жителям области.", "Хорошо.
# Всего доброго."
_WISH_LAST = re.compile(
    r"(?:\A|[.!][ \t]+)[ \t]*(?:" + _PARTING_WISH.pattern + r")[^\n.!?]{0,80}[.!]?\s*\Z",
    re.IGNORECASE,
)


# A speaker who says they close: "And I'll just close by saying …", "Let me close by …", "In
# closing, …".
_CLOSING_WORD = re.compile(
    r"[ \t]*(?:(?:And|So)[ \t,]+)?(?:I(?:'|’|[ \t]+wi)ll[ \t]+(?:just[ \t]+)?close"
    r"|(?:Let[ \t]+me|I[ \t]+(?:want|would[ \t]+like|'d[ \t]+like)[ \t]+to)"
    r"[ \t]+(?:just[ \t]+)?close"
    r"|In[ \t]+closing\b)",
    re.IGNORECASE,
)
# … and ends on thanks to the room: "… Thank you all.", "Thank you, everyone."
_THANKS_ALL_LAST = re.compile(
    r"[.!][ \t]+(?:Thank[ \t]+you|Thanks)(?:,?[ \t]+(?:all|everyone|everybody|very[ \t]+much))?"
    r"[.!]?\s*$",
    re.IGNORECASE,
)
# Thanks as a turn's own last sentence: "… посмотрим вместе с «Газпромом». Спасибо."
_THANKS_LAST = re.compile(
    r"[.!][ \t]+(?:Спасибо|Благодарю|Дякую|Thank[ \t]+you|Thanks)"
    r"(?:[ \t]+(?:большое|вам|вам[ \t]+большое|дуже|very[ \t]+much))?[.!]?\s*$",
    re.IGNORECASE,
)


# A polite imperative or a promise to instruct ("Подготовьте", "Проработайте", "поручу"), not
# the "Давайте" that opens a proposal.
# The head's word that only moves a meeting on, an assent maybe before it: "Good. Let's go
# through the documents you have brought.", "Хорошо. Давайте перейдём к документам."
# (The thanks and a promise to come back that may close the topic go with it: "Let us do it
# this way. Thank you. We will return to this in the autumn.")
_MOVES_ON = re.compile(
    r"(?:(?:Good|Alright|All[ \t]+right|Very[ \t]+well|OK|Okay|Fine|Хорошо|Ладно|Добре|Гаразд)"
    r"[.,!][ \t]+)?(?:Let['’]s|Let[ \t]+us|Давайте|Давайте-ка)\b[^.!?\n]*[.!]"
    r"(?:[ \t]+(?:Thank[ \t]+you|Thanks|Спасибо|Дякую|We[ \t]+will[ \t]+(?:return|come[ \t]+back)"
    r"|We['’]ll[ \t]+(?:return|come[ \t]+back)|Вернёмся|Вернемся|Повернемося)\b[^.!?\n]*[.!]){0,2}",
    re.IGNORECASE,
)
_IMPERATIVE = re.compile(
    r"(?<![а-яёіїєґ])(?!давайте(?![а-яё]))[а-яё]{3,}(?:йте|ите|ьте)(?![а-яёіїєґ])"
    r"|(?<![а-яёіїєґ])(?:поручу|поручаю|прошу)(?![а-яёіїєґ])",
    re.IGNORECASE,
)


# An assent that seals what the other side asked for: "Хорошо, договорились: …", "Договорились.
# …", "Добре, домовились, …", "Agreed. …".
# A guest's assent to the head's closing instruction, then a sentence of what will be done:
# "Хорошо, Владимир Владимирович. Мы … подготовим предложения …", "Добре. Підготуємо …",
# "Understood, Mr President. We will …".
_ASSENTS_TO_DO = re.compile(
    r"[ \t]*(?:Хорошо|Добре|Понял|Поняла|Понятно|Зрозумів|Зрозуміла|Есть|Будет[ \t]+сделано"
    r"|Буде[ \t]+зроблено|Understood|Certainly|Will[ \t]+do)[,.!][^.!?\n]{0,60}[.!][ \t]+\S",
    re.IGNORECASE,
)
_AGREED_OPENS = re.compile(
    r"[ \t]*(?:(?:Хорошо|Добре|Ладно|Гаразд|Good|OK|Okay)[.,!][ \t]*)?"
    r"(?:Договорились|Домовилися|Домовились|Agreed|Deal)[.,:!—–\-]",
    re.IGNORECASE,
)


_ASSENT_CLOSES = re.compile(
    r"[.!,][ \t]+(?:Согласен|Согласна|Согласны|Згоден|Згодна|Згодні|I[ \t]+agree)[.!]?\s*$"
)


# A chair's instruction to a participant or a ministry ("Прошу продолжить мониторинг",
# "Поручаю Минфину …", "Доручаю …"); a call to vote ("Прошу голосовать") or a bare "Прошу вас."
# is procedure.
_CHAIR_DIRECTIVE = re.compile(
    r"(?<![\w])(?:Прошу|Поручаю|Доручаю)[ \t]+"
    r"(?!(?:про)?голос|(?:вас|Вас)[.!]|пожалуйста|будь|підготуватися)\w"
)


_THANKS_WORDS = (
    r"(?:Thank[ \t]+you|Thanks|Спасибо|Благодарю|Дякую|Дякуємо)"
    r"(?:[ \t]+(?:very|so)[ \t]+much|[ \t]+(?:вам|всем|вам[ \t]+большое|большое|дуже|щиро))?"
    # to two guests, or to all: "Thank you both.", "Thank you all."
    r"(?:[ \t]+(?:both|all))?"
)
# What the thanks are for: "Thank you very much for the interview.", "Спасибо за интервью."
_THANKS_FOR = re.compile(
    # The one thanked may come first, as a vocative: "Governor, thank you for your time."
    # (or by name and patronymic: "Александр Валентинович, спасибо за интервью.")
    r"[ \t]*(?:[A-ZА-ЯЁІЇЄҐ][\w.'’\-]*(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][\w.'’\-]*){0,2},[ \t]*"
    # (the name with its post in lowercase: "Ingrid Solbakken, fisheries economist, thank you
    # very much for your time.")
    r"(?:[a-zа-яёіїєґ][\w'’\-]*(?:[ \t]+[a-zа-яёіїєґ][\w'’\-]*){0,3},[ \t]*)?)?"
    rf"(?:{_THANKS_WORDS}[ \t]+(?:for|за)[ \t]+(?:the[ \t]+|this[ \t]+|your[ \t]+)?"
    # (the time found or taken for the outlet: UzA's "Bakhtiyor Abdukhalikovich, thank you for
    # finding time for our agency despite your busy schedule.")
    r"(?:(?:finding|taking|making)[ \t]+(?:the[ \t]+)?(?=time))?"
    r"(?:interview|conversation|talk|time|answers|беседу|интервью|разговор|ответы|розмову"
    r"|інтерв['’]ю|відповіді"
    # (the sitting itself, with whom: "Mr. Secretary, thank you very much for sitting down
    # with NHK on your first visit to Tokyo.")
    r"|sitting[ \t]+down|speaking|talking)"
    # the thanks as appreciation: "Mr. Secretary, we appreciate your time."
    r"|(?:we|I)[ \t]+(?:(?:really|do|very[ \t]+much|truly)[ \t]+)?appreciate[ \t]+"
    r"(?:your|the|this)[ \t]+(?:time|interview|conversation))"
    # The one thanked, named after a comma: "… for the interview, Mr Lavrov."; a short
    # afterthought after a dash: "Thank you for your time — and for the 2014."; whom or what
    # for: "… for our agency despite your busy schedule."
    r"(?:(?:,|[ \t]+[—–])[ \t]*[^.!?\n]{1,40}"
    r"|[ \t]+(?:for|with|despite|in|on|today|tonight|this)\b[^.!?\n]{0,60}"
    # the time taken to speak, and where: "… for taking the time to speak with us ahead of the
    # NATO foreign ministers meeting in Brussels."
    r"|[ \t]+to[ \t]+(?:speak|talk|sit[ \t]+down|join[ \t]+us)\b[^.!?\n]{0,80})?[.!…]*[ \t]*",
    re.IGNORECASE,
)
# Two sentences, no question between (see the reporter's sign-off of two thanks).
_TWO_THANKS = re.compile(r"([^\n.!?]{3,80}[.!])[ \t]+([A-Z][^\n.!?]{3,60}[.!]?)[ \t]*")
# Thanks for the visit itself: "Thanks for coming on.", "Thank you for joining us."
_THANKS_FOR_VISIT = re.compile(
    rf"[ \t]*{_THANKS_WORDS}[ \t]+for[ \t]+(?:coming[ \t]+on|joining[ \t]+us"
    r"|being[ \t]+(?:here|with[ \t]+us|on))(?:[ \t]+(?:today|tonight|this[ \t]+morning))?"
    r"[.!]?[ \t]*",
    re.IGNORECASE,
)
# The one thanked by title may come first: "Q: Dr Kassem, thank you.", "Q: Ambassador, thank
# you." (the title checked by is_title_token; a bare "Fiona Hill, thank you." stays a question).
# (an office with its domain and the holder's name: "Secretary of State Marco Rubio, thank
# you so much.")
_TITLED_VOCATIVE = re.compile(
    r"[ \t]*(?P<t>[A-ZА-ЯЁІЇЄҐ][\w.'’\-]*)"
    r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-ZА-ЯЁІЇЄҐ][\w.'’\-]*){0,4},[ \t]*"
)
# (the one thanked by a courtesy title: "Thank you, Mr. Secretary.")
_THANKED = r"(?:,[ \t]*(?:[^.!?\n]|\b(?:Mr|Ms|Mrs|Dr)\.){1,40})?[.!…]*"
_THANKS_ONLY = re.compile(
    rf"[ \t]*{_THANKS_WORDS}{_THANKED}(?:[ \t]+{_THANKS_WORDS}{_THANKED})?[ \t]*",
    re.IGNORECASE,
)
# A chair's close of the panel asks nothing: "Q63 Chair: Thank you both very much. That
# concludes this evidence session."
_SESSION_CLOSED = re.compile(
    rf"[ \t]*(?:{_THANKS_WORDS}[^.!?\n]{{0,60}}(?:[.!][ \t]+|,[ \t]*))?"
    r"(?:That|This)[ \t]+(?:concludes"
    r"|ends|brings[ \t]+(?:us[ \t]+)?to[ \t]+an[ \t]+end)[ \t]+[^.!?\n]{0,60}?"
    r"\b(?:session|hearing|meeting|briefing|panel|sitting|statements|press[ \t]+conference"
    r"|news[ \t]+conference|event)\b[^.!?\n]{0,30}[.!]?[ \t]*"
    # … or says the time is up: "Thank you very much, that's all we have time for."
    rf"|[ \t]*(?:{_THANKS_WORDS}[^.!?\n]{{0,60}}(?:[.!][ \t]+|,[ \t]*))?"
    r"(?:That|This)(?:['’]s|[ \t]+is)[ \t]+all[ \t]+(?:the[ \t]+time[ \t]+)?we[ \t]+have"
    r"[ \t]+(?:time[ \t]+for|for[ \t]+(?:you|today|now))\b[^.!?\n]{0,30}[.!]?[ \t]*",
    re.IGNORECASE,
)
# An acknowledgement opening a reporter's line, before what the line is for: "All right. ".
# A one-word assent before a chair's thanks: "Great.  Thank you, Administrator."
_ASSENT_LEAD = re.compile(r"\A[ \t]*(?:Great|Good|OK|Okay|All[ \t]+right|Alright)[.,!][ \t]+")
_ACK_LEAD = re.compile(r"[ \t]*(?:Okay|OK|All[ \t]+right|Alright)[.!,][ \t]+")
# An anchor bringing a guest in: "… who joins us from …", "And we go now to …".
# A hand-over's sentence that only thanks, acknowledges or speaks of the time and the questions
# to come: "Thank you, Marcus.", "We appreciate you coming out.", "Okay, I have a couple of
# minutes.", "Maybe we'll take a couple of questions."
_COURTESY_SENTENCE = re.compile(
    r"(?i)\b(?:thanks?|thank[ \t]+you|appreciate|welcome|questions?|minutes?|time)\b"
)
_BRINGS_IN = re.compile(
    r"(?i)\b(?:joins|joining)[ \t]+(?:us|me)\b|\bwe[ \t]+go[ \t]+(?:now[ \t]+)?to\b"
    r"|\bwith[ \t]+us[ \t]+(?:now|this[ \t]+morning|today)\b"
    # a radio host's "We are joined now by the Secretary of State, Jane Doe." (or his own "I am
    # joined now by …")
    r"|\b(?:we[ \t]+are|we['’]re|I[ \t]+am|I['’]m)[ \t]+joined[ \t]+(?:now[ \t]+|again[ \t]+)?"
    # (or in the studio: "We are joined in the studio by the Deputy Secretary …")
    r"(?:(?:here[ \t]+)?in[ \t]+(?:the|our)[ \t]+studios?[ \t]+(?:now[ \t]+|today[ \t]+)?)?by\b"
    # a show's host welcoming the guest onto it: "Mr. Secretary, welcome back to Life, Liberty
    # & Levin. It's great to have you."
    r"|(?:^|,[ \t]+)welcome[ \t]+(?:back[ \t]+)?to[ \t]+(?-i:[A-Z])"
    # a cable host's "Here's EPA Administrator Lee Zeldin." — the guest's post and name alone,
    # every word capitalised, a sentence of its own ("Here's what he told …" plays a clip)
    # (or "Here now, Agriculture Secretary Brooke Rollins." — the same with "now" and a comma)
    r"|(?:^|[.!][ \t]+)(?-i:Here)(?:['’]s|[ \t]+now,)[ \t]+(?-i:[A-Z][\w'’-]*)"
    r"(?:[ \t]+(?-i:[A-Z][\w'’.-]*)){1,5}[.!]"
    # a podcast host naming the day's guest after the show's tease: "My guest today is Jane
    # Doe, an economist at …" (then "Jane Doe, welcome to the show.")
    r"|\bmy[ \t]+guests?[ \t]+(?:today|this[ \t]+week)[ \t]+(?:is|are)\b"
)
# … then greeting them, the turn's last sentence: "Good morning to you, Mr. Secretary."
_GREETING_CLOSES = re.compile(
    # (after the guest's style: "Mr. Deputy Secretary, welcome to Midday Maryland.")
    # (a paragraph of its own after the tease: "… my email: show@example.com.\n\nJane Doe,
    # welcome to the show.")
    r"(?i)(?:^|[.!][ \t]+|[.!][ \t]*\n[ \t]*\n[ \t]*)(?:[^.!?\n]{0,30},[ \t]+)?"
    r"(?:Good[ \t]+(?:morning|afternoon|evening)|Welcome(?:[ \t]+back)?|Hello)\b"
    r"(?:[^.!?\n]|\b(?:Mr|Ms|Mrs|Dr)\.){0,60}[.!]?\s*$"
    # "Madam Secretary, great to have you with us again." (or "It's great to have you.")
    r"|(?:^|[.!][ \t]+)(?:[^.!?\n]{0,30},[ \t]+"
    r"|it(?:['’]s|[ \t]+is)[ \t]+(?:always[ \t]+|so[ \t]+)?)?"
    r"(?:great|good|nice)[ \t]+to[ \t]+(?:have|see)"
    r"[ \t]+you\b[^.!?\n]{0,60}[.!]?\s*$"
    # "Joining us now, Secretary of State …. Mr. Secretary, thanks for being here."
    r"|(?:^|[.!][ \t]+)(?:[^.!?\n]{0,30},[ \t]+)?(?:thanks|thank[ \t]+you)(?:[ \t]+so[ \t]+much)?"
    r"[ \t]+for[ \t]+(?:being[ \t]+(?:here|with[ \t]+us|on)|joining[ \t]+us)\b[^.!?\n]{0,40}"
    r"[.!]?\s*$"
)
_REMARK_LABELS = frozenset({"remark", "реплика", "репліка", "interjection"})


# Thanks to the one who answered, then a bare call on the next questioner by given name:
# "Thank you, Kwame. Okay. Pam?", "Thanks, Stéphane. Yes, Michelle."
_THANKED_CALL = re.compile(
    r"(?:Thank[ \t]+you|Thanks)(?:[ \t]+(?:very|so)[ \t]+much)?,?(?:[ \t]+[A-Z][\w'’\-]+)?[.!]"
    r"(?:[ \t]+(?:OK|Okay|Right|All[ \t]+right|Yes)[.,!]?)?[ \t]+[A-Z][a-z]+[?.!]"
)
# A bare call on the next questioner: "Edie, please.", "Yes, Michelle.", "Go ahead, please."
_FLOOR_CALL = re.compile(
    r"(?:(?:Yes|OK|Okay|Sure),?[ \t]+)?(?:[A-Z][a-z]+,?[ \t]+)?"
    r"(?:[Pp]lease|[Gg]o ahead(?:,? please)?)"
    # The reporter called by their seat: "Go ahead, in the second row.", "Yes, in the back."
    r"(?:,?[ \t]+(?:(?:right[ \t]+)?(?:in|at)[ \t]+the[ \t]+(?:\w+[ \t]+)?(?:row|back|front|middle"
    r"|aisle|corner)|right[ \t]+(?:here|there)))?[.!]?"
    r"|(?:Yes|OK|Okay|Sure),?[ \t]+[A-Z][a-z]+[.!]?"
    # (the seat after a bare "Yes": "Yes, at the back.", "Yes, in the front row.")
    r"|(?:Yes|OK|Okay|Sure),?[ \t]+(?:right[ \t]+)?(?:in|at)[ \t]+the[ \t]+(?:\w+[ \t]+)?"
    r"(?:row|back|front|middle|aisle|corner)[.!]?"
    # The reporter called by given name after the verb: "Go ahead, Jackie." (or as the hall's
    # next at the microphone: "Go ahead, sir.")
    r"|(?:(?:Yes|OK|Okay|Sure),?[ \t]+)?[Gg]o[ \t]+ahead,?[ \t]+(?:[A-Z][a-z]+|sir|ma['’]am)[.!]?"
)


# A briefer's call to the room for more on the topic in hand, a sentence of its own: "Anyone
# on Sudan?", "Anything else on Iran?", "Any more on Gaza?"; the dash a scrape spaces out is
# no word: "Let's – sure, …".
_ROOM_CALL = re.compile(
    r"(?:(?<=[.!?])|^)[ \t]*(?:Anyone|Anybody|Anything|Any[ \t]+more|Any[ \t]+others?)"
    r"(?:[ \t]+else)?[ \t]+on[ \t]+[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2}\?"
)
_SPACED_DASH = re.compile(r"[ \t]+[–—](?=[ \t])")


# The next reporter called by given name alone, or after a "Yes": "Mark.", "Yes, Steve."
# (no word of assent or thanks: "Right.", "Thanks.", "Yes." may answer.)
_NAME_CALL = re.compile(
    r"(?:(?:Yes|OK|Okay|Sure),?[ \t]+)?(?!(?:Yes|No|Yeah|Yep|Nope|Right|Sure|Okay|Thanks|Good"
    r"|Great|Correct|Exactly|Absolutely|Agreed|Indeed|True|Fine|Please|Next|Sorry|Well|Done"
    r"|Certainly|Definitely|Perfect|Excellent)[.!])[A-ZÀ-Þ][a-zß-ÿ]{1,15}"
    # (or in full, given name and surname: "Peter Doocy.")
    r"(?:(?<!Thank)(?<!Good)(?<!Great)(?<!Very)[ \t]+[A-ZÀ-Þ][a-zß-ÿ'’\-]{1,20})?[.!]"
)
# A press conference's principal calling the next reporter in full, with the outlet: "Next,
# Tom Ashdown from The Times.", "Next, Amy Rowe, Sky News."
_OUTLET_CALL = re.compile(
    r"(?:Next|And[ \t]+next),[ \t]+[A-ZÀ-Þ][a-zß-ÿ]{1,15}[ \t]+[A-ZÀ-Þ][a-zß-ÿ'’\-]{1,20}"
    r"(?:,[ \t]+|[ \t]+(?:from|of|at)[ \t]+)(?:the[ \t]+)?[A-Z][\w&.'’\-]*"
    r"(?:[ \t]+[A-Z][\w&.'’\-]*){0,3}[.!]"
)


# The chair's call for the last question or two: "We'll take one more.", "Last question."
_LAST_CALL = re.compile(
    r"(?:(?:OK|Okay|All[ \t]+right),?[ \t]+)?(?:(?:We|I)(?:['’]ll|[ \t]+will)|Let['’]s)[ \t]+take"
    # (or a few: "Okay, I'll take a few more." before the next reporter's name)
    r"[ \t]+(?:one|two|a[ \t]+couple|a[ \t]+few)[ \t]+more(?:[ \t]+questions?)?"
    # (for the guest at the podium: "We'll take two more for Maria.")
    r"(?:[ \t]+for[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?[.!]"
    r"|(?:One|Two)[ \t]+more[ \t]+questions?[.!]|(?:Last|Final)[ \t]+question"
    # (where it comes from: "Last question, online.", "Final question, in the room.")
    r"(?:,?[ \t]+(?:online|on[ \t]+the[ \t]+line|in[ \t]+the[ \t]+room|here))?[.!]"
)
# The floor handed to the guest, the opening's last sentence: "Sir, the floor is yours."
_FLOOR_YOURS = re.compile(
    r"(?:(?:Sir|Madam|Ma['’]am|Mr\.?[ \t]+[A-Z][a-z]+|Ms\.?[ \t]+[A-Z][a-z]+),?[ \t]+)?"
    r"(?:[Tt]he[ \t]+floor[ \t]+is[ \t]+yours|[Oo]ver[ \t]+to[ \t]+you)[.!]"
)
# … or for the next one, in a word and nothing else: "Next.", "Next question."
_NEXT_CALL = re.compile(r"(?:(?:OK|Okay|All[ \t]+right),?[ \t]+)?[Nn]ext(?:[ \t]+question)?[.!]")
# The principal called by title alone, a sentence of its own: "Doctor.", "Minister.", "Chief."
_BARE_CALL = re.compile(
    r"(?:Doctor|Minister|Chief|Commissioner|Secretary|Director|Sheriff|Mayor|Governor|Senator"
    r"|Superintendent|Professor|Judge|Coroner|Ambassador|General|Colonel)[.!]"
)


# Greetings only, each to a given name: "Good morning, Joe. Good morning, Mika."
_RETURNED_GREETINGS = re.compile(
    # (the welcome thanked first: "Thank you, Ed. Good morning, Janet. Always good to be here.")
    r"(?:(?:thank[ \t]+you|thanks)(?:[ \t]+(?:so|very)[ \t]+much)?,[ \t]+(?-i:[A-Z])[a-z]+"
    r"[.!][ \t]+)?"
    r"(?:(?:good[ \t]+(?:morning|afternoon|evening)|hi|hello|hey)[ \t]*,?[ \t]+"
    # (two co-hosts greeted at once, by "and" or a comma: "Good morning, Mika, Willie.")
    r"(?:and[ \t]+)?[A-Z][a-z]+(?:(?:[ \t]+and|,)[ \t]+(?-i:[A-Z])[a-z]+)?[ \t]*"
    # (a comma may join them: "Good morning, Nicky, good morning Rachel.")
    r"(?:[.!]|,(?=[ \t]*(?:good[ \t]+(?:morning|afternoon|evening)|hi|hello|hey)\b))[ \t]*)+"
    # (and the guest's pleasure at being on: "Good morning, Rachel. Good morning, Charlie.
    # Great to be with you.")
    r"(?:(?:it['’]s[ \t]+)?(?:always[ \t]+)?(?:great|good|nice|glad|happy|a[ \t]+pleasure)[ \t]+"
    r"to[ \t]+be[ \t]+(?:with[ \t]+(?:you|you[ \t]+(?:both|all)|y['’]all)|here|on|back)[.!]"
    r"|thanks[ \t]+for[ \t]+having[ \t]+me[.!])?",
    re.IGNORECASE,
)


# The guest's pleasure at being on, each sentence to a host by given name, no greeting word:
# "Good to be here, Jim. Good to see you, Margery."
_RETURNED_PLEASANTRIES = re.compile(
    r"(?:(?:it['’]s[ \t]+)?(?:great|good|nice|glad|happy)[ \t]+to[ \t]+(?:be[ \t]+(?:here|back"
    r"|with[ \t]+you)|see[ \t]+you(?:[ \t]+(?:again|both|too))?)[ \t]*,[ \t]+(?-i:[A-Z])[a-z]+"
    r"[ \t]*[.!][ \t]*){2,}",
    re.IGNORECASE,
)


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
    nxt = bodies[i + 1][3]
    prev = bodies[i - 1][3] if i > 0 else None
    if (
        prev is not None
        and len(prev.split()) >= 2
        and (
            _RETURNED_GREETINGS.fullmatch(body.strip())
            or _RETURNED_PLEASANTRIES.fullmatch(body.strip())
        )
        and re.search(rf"(?<![{LETTER}]){re.escape(prev.split()[0])}(?![{LETTER}])", body)
    ):
        # A guest returns the hosts' greetings, the one who welcomed him among them: "Good
        # morning, Joe. Good morning, Mika." greets the co-host, it calls on no one.
        return False
    # An English chair calls the next by title and surname, last: "Good. Thank you. Let us move
    # on to the main item. Mr Tsivilev, go ahead please." (a few more words than a bare call).
    called = nxt is not None and bool(nxt.split())
    called = (
        called
        and nxt is not None
        and re.search(
            rf"\b(?:Mr|Ms|Mrs|Dr|Minister|Governor|Senator)\.?[ \t]+"
            rf"{re.escape(nxt.split()[-1])}(?![{LETTER}])[^.!?]*[.!]?$",
            body.strip(),
        )
        is not None
    )
    if len(body.split()) > (16 if called else 12):
        return False
    if called:
        return True
    outlet = bodies[i + 1][0].info.outlet
    if outlet and re.search(rf"(?<![{LETTER}]){re.escape(outlet)}(?![{LETTER}])", body):
        # "Спасибо, Виктор Николаевич. Переходим к вопросам. Пожалуйста, ТАСС." before "ТАСС:".
        return True
    if not nxt or len(nxt.split()) < 2 or nxt.split()[0].endswith("."):
        return False  # the next speaker's given name must be known ("Олег Сафронов")
    given = nxt.split()[0]
    if re.search(rf"(?<![{LETTER}]){re.escape(given)}(?![{LETTER}])", body) is not None:
        return True
    # The floor given in so many words, the name in the dative: "Слово Министру финансов
    # Антону Германовичу Силуанову. Пожалуйста." before "А.Силуанов:" (its stem and a case
    # ending, the surname's declined form beside it).
    stem = re.sub(r"[аяйьео]$", "", given)
    surname = nxt.split()[-1]
    sur_stem = re.sub(r"[аяйьео]$", "", surname)
    return (
        len(stem) >= 3
        and _GIVES_FLOOR.search(body) is not None
        and re.search(
            rf"(?<![{LETTER}]){re.escape(stem)}[{LOWER}]{{0,3}}[ \t]+"
            rf"(?:[{UPPER}][{LOWER}]+(?:вичу|вне|ичу)[ \t]+)?"
            rf"{re.escape(sur_stem)}[{LOWER}]{{0,3}}(?![{LETTER}])",
            body,
        )
        is not None
    )


_MODERATING_SELF = re.compile(
    r"\bI(?:['’]ll|[ \t]+will)[ \t]+be[ \t]+(?:moderating|chairing|your[ \t]+moderator)\b"
    r"|\bI['’]m[ \t]+(?:your|the|tonight['’]s|today['’]s)[ \t]+moderator\b"
)


# A chair's call to the next member: "Senator Murkowski.", "… you are recognized for five
# minutes."
_RECOGNIZED = re.compile(r"\b(?:you\s+are|is)\s+recogni[sz]ed\b|\bI\s+(?:now\s+)?recogni[sz]e\b")


def _recognizes(
    text: str,
    bodies: Sequence[tuple[LabelHit, int, int, str | None]],
    keys: Sequence[str],
    k: str,
) -> bool:
    """Does the speaker ``k`` (a presiding title with a name) open by giving a member the
    floor, asking nothing in that turn ("Thank you. Ranking Member Sanders, you are recognized
    for five minutes.")?"""
    first = keys.index(k)
    body = text[bodies[first][1] : bodies[first][2]]
    return (
        bodies[first][0].info.kind is LabelKind.PERSON
        and "?" not in body
        and len(body.split()) <= 40
        and _RECOGNIZED.search(body) is not None
    )


# A planning appeal's cover: "Appeal Ref: APP/G2435/W/24/3351962", "Planning Inspectorate",
# "planning inquiry", "public inquiry", "appeal hearing".
_PLANNING_APPEAL = re.compile(
    r"(?i)\bappeal[ \t]+ref(?:erence)?\b|\bplanning[ \t]+(?:inspectorate|appeal|inquiry)\b"
    r"|\b(?:public|local)[ \t]+inquiry\b|\bappeal[ \t]+hearing\b"
)


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

    office_chair = any(_PRESIDING.search(h.info.office or "") is not None for h, *_ in bodies)

    def cuts_off(i: int) -> bool:
        # A call right after a question the record breaks off on a dash, the next asker after
        # it ("Q: Just a follow-up, are you -" / "Spokesperson: Sorry, we have to move on.
        # Euronews, please."): the chair keeping time, not an answer.
        before = text[bodies[i - 1][1] : bodies[i - 1][2]]
        return (
            re.search(r"(?:\s[-–—]|--)\s*\Z", before) is not None
            and i + 1 < len(bodies)
            and asks(i + 1)
        )

    def post(info: LabelInfo) -> str | None:
        # (a person's label may give the presiding post after the name: "Graham Lockwood,
        # Non-Executive Chair:"; where the record labels its own chair by the office, "The
        # Chair:", a witness's "Marie-Ève Larouche, Chair, Soil Conservation Council of
        # Canada:" chairs an outside body, not the meeting)
        chair_role = info.role if _PRESIDING.search(info.role or "") and not office_chair else None
        return info.office or (info.name.title if info.name is not None else None) or chair_role

    def presiding(info: LabelInfo) -> bool:
        office = post(info)
        if office is None:
            return False
        # A council's or a parliament's head under their office ("Голова ради:", "Голова
        # Верховної Ради:", "Председатель Думы:") presides over its session; a government's
        # ("Председатель правительства", "Голова ОДА") answers questions, and does not.
        council = _COUNCIL_HEAD.match(office) is not None
        # A city council's meeting is chaired by the mayor ("City Council Regular Meeting" /
        # "Mayor Delgado: All right, that brings us to item seven. Director Marsh, the floor
        # is yours."); the mayor's press conference is not.
        # (At a British full council the Lord Mayor presides: "THE LORD MAYOR: Order, please. We
        # now move to item five, questions from members of the public.")
        mayor = (
            council_meeting
            and re.fullmatch(r"(?i)(?:the[ \t]+)?(?:(?:deputy|lord)[ \t]+)?mayor", office)
            is not None
        )
        # A meeting's stenogram labels its chair by the bare office: a dissertation council's
        # "Председатель: Спасибо. Слово предоставляется соискателю …" under "СТЕНОГРАММА
        # заседания диссертационного совета" (an interview's "Председатель:" has no sitting).
        sitting_chair = sitting and re.fullmatch(r"(?i)председатель|голова", office) is not None
        # A city's executive committee sits under its mayor, whom the lead says leads the
        # sitting ("Веде засідання міський голова Олег Мазурик." over "Міський голова:").
        sitting_chair = sitting_chair or (
            led_sitting
            and re.fullmatch(r"(?i)(?:міський|сільський|селищний|городской)[ \t]+голова", office)
            is not None
        )
        # A planning appeal's hearing or inquiry is run by the inspector ("Appeal Ref:
        # APP/…" / "THE INSPECTOR: Good morning, everyone. We are resuming …"); a police
        # inspector at a press conference presides over nothing.
        inspector = (
            planning_appeal
            and re.fullmatch(r"(?i)(?:the[ \t]+)?inspector", office.strip()) is not None
        )
        # A royal commission's or a public inquiry's hearing is run by its commissioner
        # ("ROYAL COMMISSION INTO …" / "COMMISSIONER:   Yes, Ms Davies."), who asks the witness
        # now and then as counsel examines.
        commissioner = (
            inquiry and re.fullmatch(r"(?i)(?:the[ \t]+)?commissioner", office.strip()) is not None
        )
        return bool(
            _PRESIDING.search(office)
            or council
            or mayor
            or sitting_chair
            or inspector
            or commissioner
        )

    lead = text[: bodies[0][0].cut] if bodies else ""
    planning_appeal = _PLANNING_APPEAL.search(lead) is not None
    inquiry = (
        re.search(r"(?i)\b(?:royal[ \t]+commission|commission[ \t]+of[ \t]+inquiry)\b", lead)
        is not None
    )
    council_meeting = _COUNCIL_MEETING.search(lead) is not None
    sitting = re.search(r"(?i)\b(?:заседани[еяи]|засідання)\b", lead) is not None
    led_sitting = (
        re.search(
            r"\b(?:[Вв]еде|[Вв]ів|[Вв]ела|[Вв]едёт|[Вв]ёл|[Гг]оловува(?:в|ла))[ \t]+"
            r"(?:засідання|заседание)\b",
            lead,
        )
        is not None
    )

    # A presiding office chairs though it puts questions of its own too, when the floor asks
    # beside it (a university senate's "Chair: I'll take questions from the floor." before a
    # "Senator:" asks; a village council's "Голова ради: Дякую. Є запитання до старости?"
    # before "Депутат:"): its calls and votes still hand the floor over.
    # (So does a chair labelled by title and surname, who calls each member by office and asks
    # the witness once in a turn of their own: a senator's page's "CHAIR CASSIDY: Thank you.
    # Ranking Member Sanders, you are recognized for five minutes.")
    chairing = {
        k
        for k in askers
        if presiding(bodies[keys.index(k)][0].info)
        and (
            bodies[keys.index(k)][0].info.kind is LabelKind.OFFICE
            or _recognizes(text, bodies, keys, k)
        )
        and askers - {k}
    }
    out: set[str] = set()
    for k in set(keys) - (askers - chairing):
        turns = [i for i, kk in enumerate(keys) if kk == k]
        first = bodies[turns[0]][0].info
        if first.kind in (LabelKind.QUESTION, LabelKind.ANSWER, LabelKind.INTERVIEWER):
            continue
        # Handing over once, the floor goes to a "Question:" (NPR's vox pop before the host's
        # next question does not chair); a chair who speaks again may hand it to a named asker.
        # An unlabelled question the page prints itself (a questionnaire's "2. What is the
        # biggest challenge?" under the second candidate's short answer) is no one's voice to
        # hand the floor to.
        # "The CHAIRMAN.", and the House's "Chairman Mast." (a title, then the surname).
        office = post(first)
        # A parliament's "The Speaker:" presides too (a title, "Speaker Johnson:", need not).
        # So does the Dáil's, by its Irish title: "An Ceann Comhairle" / "I call Deputy …".
        # (The Channel Islands' States are presided over by the Bailiff: "The Bailiff:
        # Deputy Le Cornu." between the Chief Minister's answers.)
        speaker = first.office is not None and re.search(
            r"\bSpeaker\b|\b(?:Ceann|Leas-Cheann)[ \t]+Comhairle\b"
            r"|^The[ \t]+(?:Deputy[ \t]+)?Bailiff$",
            first.office,
        )
        presides = office is not None and (presiding(first) or speaker)
        # A town hall's moderator says so in her opening turn ("Good evening, I'm Alisha Grant
        # with the League of Women Voters, and I'll be moderating tonight."): she presides.
        presides = presides or (
            turns[0] == 0 and _MODERATING_SELF.search(text, bodies[0][1], bodies[0][2]) is not None
        )
        # (A presiding office chairs from its first call: Hansard's "Mr Speaker" / "Order. I
        # want to hear the Leader of the Opposition's question." before her question.)
        hands_over = any(
            i + 1 < len(bodies)
            and asks(i + 1)
            and not bodies[i + 1][0].implied
            and (len(turns) > 1 or bodies[i + 1][0].info.kind is LabelKind.QUESTION or presides)
            for i in turns
        )
        # Question Period's Speaker recognises the minister who answers ("The hon. Minister of
        # Finance.", between the member's question and the answer) and calls the House to
        # order ("Order. Order. I am having difficulty hearing …"): the floor handed over.
        hands_over = hands_over or bool(
            speaker
            and any(
                0 < i < len(bodies) - 1
                and asks(i - 1)
                and keys[i - 1] != k
                and keys[i + 1] != k
                and "?" not in text[bodies[i][1] : bodies[i][2]]
                for i in turns
            )
        )
        # A committee's chair who only calls the speakers and the vote, asking nothing, while
        # the members put questions to the officer ("THE CHAIR: Thank you. Mr Varga, for the
        # applicant." / "CLLR HUSSAIN: Through you, Chair, a question for the officer. Why
        # …?"): the floor is the chair's to hand over, though never straight to an asker.
        hands_over = (
            hands_over
            or bool(
                presides
                and first.kind is LabelKind.OFFICE
                and askers - {k}
                and (
                    not any("?" in text[bodies[i][1] : bodies[i][2]] for i in turns)
                    # (The mayor the lead says leads the executive committee's sitting opens it,
                    # puts a question of his own and closes it with the vote: he still chairs.)
                    or (
                        led_sitting
                        and "?" not in text[bodies[turns[0]][1] : bodies[turns[0]][2]]
                        and "?" not in text[bodies[turns[-1]][1] : bodies[turns[-1]][2]]
                    )
                )
            )
        )
        # So does a board's chair under title and surname, who only calls the item, the
        # neighbour up ("CHAIRMAN LaROSA:  Is Mr. Kimball here? Please come up and state your
        # name and address for the record, please.") and closes the hearing, in short turns
        # none of which ends on a question of his own, while the members question the applicant.
        hands_over = hands_over or bool(
            presides
            and first.kind is LabelKind.PERSON
            and office is not None
            and _PRESIDING.search(office) is not None
            and askers - {k}
            and len(turns) >= 2
            and all(
                len(text[bodies[i][1] : bodies[i][2]].split()) <= 60
                and not _ends_with_question(text[bodies[i][1] : bodies[i][2]])
                for i in turns
            )
        )
        # A Scottish committee's convener who opens the evidence session, puts her own
        # questions to the witness, whom the witness answers, and closes it, the members
        # asking in between ("The Convener (Edward Mountain): … Is that correct?" / "The
        # Cabinet Secretary for Transport (Fiona Hyslop): Yes, thank you, convener. …" …
        # "The Convener: Thank you, cabinet secretary. … I suspend the meeting …"): she chairs.
        hands_over = hands_over or bool(
            presides
            and k not in askers
            and office is not None
            and _PRESIDING.search(office) is not None
            and askers - {k}
            and len(turns) >= 2
            and turns[0] == 0
            and turns[-1] == len(bodies) - 1
            and not _ends_with_question(text[bodies[turns[-1]][1] : bodies[turns[-1]][2]])
            and all(
                keys[i + 1] != k and keys[i + 1] not in askers
                for i in turns[:-1]
                if _ends_with_question(text[bodies[i][1] : bodies[i][2]])
            )
        )
        # The Commons chair's line, the post and its holder in brackets ("Madam Deputy Speaker
        # (Judith Cummins)" / "Order. I call the Minister."), keeps order and calls the next
        # member in a debate whose members intervene with questions: every short turn of hers
        # that asks nothing hands the floor over, wherever it falls.
        # (Westminster Hall's chair is a member named with the chair's note in brackets:
        # "Sir Christopher Chope (in the Chair)" / "Order. I call the Minister.")
        hit0 = bodies[turns[0]][0]
        in_chair = _CHAIR_NOTE.search(text, hit0.start, max(hit0.end, hit0.start)) is not None
        commons_chair = bool(
            first.name is not None
            and (_HANSARD_CHAIR.fullmatch(first.name.title or "") is not None or in_chair)
        )
        hands_over = hands_over or bool(
            first.kind is LabelKind.PERSON
            and commons_chair
            and askers - {k}
            and all(
                len(text[bodies[i][1] : bodies[i][2]].split()) <= 60
                and "?" not in text[bodies[i][1] : bodies[i][2]]
                for i in turns
            )
        )
        presides = presides or commons_chair
        others_answer = any(
            keys[j] != k and not asks(j) and asks(j - 1) for j in range(1, len(bodies))
        )
        if not (hands_over and others_answer):
            continue
        if presides:
            out.add(k)
            continue
        sizes = [len(text[bodies[i][1] : bodies[i][2]].split()) for i in turns]
        # One who only opens the meeting, handing over to the one who asks, and closes it
        # after the last answer (a commissioner's accountability meeting: "Chief Executive:
        # Good afternoon, everyone, and welcome … I'll hand straight over to the
        # Commissioner." … "Chief Executive: Thank you both. The next meeting will …") chairs.
        if (
            turns == [0, len(bodies) - 1]
            and max(sizes) <= 40
            and _HANDS_OVER.search(text[bodies[0][1] : bodies[0][2]]) is not None
            and _CLOSING_THANKS.match(text[bodies[-1][1] : bodies[-1][2]]) is not None
            and not any("?" in text[bodies[i][1] : bodies[i][2]] for i in turns)
        ):
            out.add(k)
            continue
        sized = list(turns)  # the turns ``sizes`` measures
        all_sizes = list(sizes)
        welcome = text[bodies[turns[0]][1] : bodies[turns[0]][2]]
        if (
            len(turns) > 2
            and turns[0] == 0
            and (
                sizes[0] <= 40
                # One that introduces the principal and asks for their opening remarks may
                # run longer (MEA's "Good evening friends … To brief you on the visit we have
                # with us Foreign Secretary Shri Vikram Misri. … Sir, may I request you to
                # make your opening remarks.").
                # (up to 100 words where it first says what the briefing is about: defense.gov's
                # "All right, good afternoon, everyone. As you know, on the night of October 16th
                # … He'll provide some opening remarks, and then we'll take some questions. Sir,
                # over to you.")
                or (sizes[0] <= 100 and _OPENING_REMARKS.search(welcome) is not None)
                # So may one that sets out the order, questions after the principal's
                # update, and gives the principal the floor (ICC's "… after which we will take
                # your questions. Mr Deputy Prosecutor, you have the floor.").
                or (
                    sizes[0] <= 80
                    and _OPENS_FLOOR.search(welcome) is not None
                    and _WELCOME_GIVES_FLOOR.search(welcome) is not None
                )
            )
        ):
            # The chair's welcome that opens the conference and gives the principal the floor
            # runs a little longer ("Good afternoon. The Secretary General will start with
            # some opening remarks and then we will take a few questions. Secretary
            # General."); the brief calls of outlets after it decide.
            sizes, sized = sizes[1:], sized[1:]
            last = text[bodies[turns[-1]][1] : bodies[turns[-1]][2]]
            # (or the last but one, the principal's brief thanks back closing the record: a UN
            # briefing's "Thank you very much, Wanja, for this briefing …" / "Wanja Kaaria:
            # Thank you, Alessandra. Thank you all.")
            after = text[bodies[-1][1] : bodies[-1][2]] if bodies else ""
            thanked_back = (
                turns[-1] + 2 == len(bodies)
                and keys[-1] not in askers
                and len(after.split()) <= 12
                and _CLOSING_THANKS.match(after) is not None
            )
            if (
                len(sizes) > 1
                and (turns[-1] + 1 == len(bodies) or thanked_back)
                and sizes[-1] <= 20
                and _CLOSING_THANKS.match(last) is not None
            ):
                # So may the thanks that close it ("Thank you all for joining us this
                # evening. Thank you Sir."), the conference's last turn.
                sizes, sized = sizes[:-1], sized[:-1]
        # A turn that opens the floor to questions says a little more than a call ("Thank you
        # Sir. We'll now open the floor for questions. Please introduce yourselves and the
        # organisation you represent."): it counts as one.
        # It may run to 40 words where the rest are brief (Kantei's "CABINET PUBLIC RELATIONS
        # SECRETARY: We will now take questions. When I call on you, please state your name
        # and affiliation before asking your question. Yes, please go ahead.").
        opens = [_OPENS_FLOOR.search(text, bodies[i][1], bodies[i][2]) is not None for i in sized]
        calls = [min(n, 12) if o else n for n, o in zip(sizes, opens, strict=True)]
        brief = max(
            (n for n, o in zip(sizes, opens, strict=True) if not (o and n <= 40)), default=0
        ) <= 20 and sum(calls) <= 12 * len(sizes)
        # A press officer's turns may be longer (a WHO moderator's welcome, "… I give the
        # floor to Dr Langat."), but each names the next speaker, who is someone else: the
        # floor handed over by name every time, to a question at least twice.
        # Its opening welcome, which also introduces the panel ("Let me introduce the
        # participants. We have with us …"), may run to twice that.
        opening = turns[0] == 0 and len(turns) > 2
        rest = [n for i, n in zip(turns, all_sizes, strict=True) if not (opening and i == 0)]
        naming = (
            max(rest, default=0) <= 80
            and (not opening or all_sizes[0] <= 160)
            and all(
                i + 1 == len(bodies)
                or _names_next(text[bodies[i][1] : bodies[i][2]], bodies[i + 1])
                for i in turns
            )
            and sum(i + 1 < len(bodies) and asks(i + 1) for i in turns) >= 2
        )
        # (A call of the next asker by given name alone, with a question mark, asks nothing:
        # "Pam?" before "Question: Thanks. Pamela Falk, CBS News. …".)
        if (brief or naming) and all(
            (
                "?" not in text[bodies[i][1] : bodies[i][2]]
                or (
                    i + 1 < len(bodies)
                    and asks(i + 1)
                    and _NAME_ASKED.fullmatch(text, bodies[i][1], bodies[i][2]) is not None
                )
            )
            and (i == 0 or not asks(i - 1) or cuts_off(i))
            for i in turns
        ):
            out.add(k)
    return out


# A host's introduction of the guest: "My guest today is …", "I'm joined by …", "Joining me
# now is …".
_HOST_INTRO = re.compile(
    r"\b(?:[Mm]y|[Oo]ur)[ \t]+guests?[ \t]+(?:today[ \t]+|this[ \t]+week[ \t]+|now[ \t]+)?"
    r"(?:is|are)\b"
    r"|\bI['’]m[ \t]+joined[ \t]+(?:today[ \t]+|now[ \t]+)?by\b"
    r"|\b[Jj]oining[ \t]+(?:me|us)[ \t]+(?:(?:today|now|tonight|this[ \t]+(?:morning|evening|week))"
    # (the panel's brief before the verb: "Joining me tonight to discuss all of this are …")
    r"[ \t]+)?(?:to[ \t]+(?:discuss|talk[ \t]+about|break[ \t]+down)\b[^.!?\n]{0,40}?[ \t]+)?"
    r"(?:is|are)\b"
    # (or what the guest comes on for, then the name after a comma: "Joining me now with
    # reaction, Texas Congressman Grant Whitley, whose district …")
    r"|\b[Jj]oining[ \t]+(?:me|us)[ \t]+(?:(?:now|tonight|today)[ \t]+)?with[ \t]+"
    r"(?:reaction|more|analysis|his[ \t]+take|her[ \t]+take)\b[^.!?\n,]{0,40},[ \t]+[A-Z]"
    # a cable anchor naming the guest first: "Kansas Congressman Tom Black is with us now,
    # member of the Budget Committee."
    r"|\b(?:is|are)[ \t]+with[ \t]+(?:us|me)[ \t]+(?:now|this[ \t]+morning|tonight)\b"
)


def _introduced_panel(
    text: str,
    bodies: Sequence[tuple[LabelHit, int, int, str | None]],
    keys: Sequence[str],
    persons: set[str],
) -> set[str]:
    """The speakers another speaker's opening turn brings on by full name in the sentence of
    its host's introduction ("Joining me tonight … are Vivian Salama, staff writer at The
    Atlantic, Leigh Ann Caldwell, … and Jonathan Lemire, also of The Atlantic.")."""
    out: set[str] = set()
    for (_, a, b, _), k in zip(bodies[:2], keys[:2], strict=False):
        m = _HOST_INTRO.search(text[a:b][:1500])
        if m is None:
            continue
        end = re.search(r"[.!?](?:[ \t\n]|$)", text[a + m.end() : b])
        clause = text[a + m.end() : a + m.end() + end.start()] if end else ""
        out |= {p for p in persons if p != k and len(p.split()) >= 2 and p in clause}
    return out


# The conference call's operator by its label, in English or as a Russian or Ukrainian
# issuer's stenogram writes it: "Operator:", "Оператор:", "Оператор конференции:".
_OPERATOR_LABEL = re.compile(r"operator|оператор(?:[ \t]+конференц(?:ии|ії))?")


def _asks_operator(
    body: str, bodies: Sequence[tuple[LabelHit, int, int, str | None]], i: int
) -> bool:
    """Does a chair's every question go to the conference operator, who speaks next ("Thank
    you.  Operator, could you please repeat the instructions for getting into the question
    queue?" before "OPERATOR: Thank you.  Ladies and gentlemen, …")? A procedure, no question."""
    if i + 1 >= len(bodies) or fold(bodies[i + 1][0].info.text) != "operator":
        return False
    asking = [s for s in re.split(r"(?<=[.!?])\s+", body.strip()) if "?" in s]
    return bool(asking) and all(_ADDRESSES_OPERATOR.match(s) is not None for s in asking)


# A chair's word that the sitting breaks off: "The sitting is suspended for 15 minutes.", "The
# committee will now adjourn.", "I suspend the meeting."
_SUSPENDS = re.compile(
    r"\b(?:(?:sitting|meeting|committee|hearing|session)[ \t]+(?:is|will[ \t]+be|stands)[ \t]+"
    r"(?:now[ \t]+)?(?:suspended|adjourned)"
    r"|I[ \t]+(?:will[ \t]+)?(?:now[ \t]+)?(?:suspend|adjourn)[ \t]+the[ \t]+"
    r"(?:sitting|meeting|committee|hearing|session)"
    # (with no object: "We will now suspend briefly before the next panel.")
    r"|(?:I|[Ww]e)(?:[ \t]+will|['’]ll)[ \t]+(?:now[ \t]+)?(?:suspend|adjourn)[ \t]+"
    r"(?:briefly|now|for[ \t]+(?:a|\d+|ten|five|fifteen)|until))\b",
    re.IGNORECASE,
)


def _presents_next(body: str, speaker: str | None) -> bool:
    """Does ``body``'s last sentence open on the next speaker's full name and go on to say who
    they are or what they do ("Rhys Morgan runs a wind developer in the Highlands.")?"""
    if not speaker or len(speaker.split()) < 2:
        return False
    last = re.split(r"(?<=[.!])\s+", body.strip())[-1]
    return (
        re.match(rf"{re.escape(speaker)}[ \t]+[a-z][\w’'\-]*\b[^.!?]{{3,200}}\.$", last) is not None
    )


def _names_next(
    body: str, nxt: tuple[LabelHit, int, int, str | None], *, comma: bool = False
) -> bool:
    """Does ``body`` call the next speaker by a name of theirs ("Helena, please unmute
    yourself." before Helena Borg's "HB")? With ``comma``, only a name followed by a comma, an
    address ("Ms. Lindgren, once a lot …", "Jorge, if council …")."""
    speaker = nxt[3]
    if not speaker or len(speaker.split()) < 2:
        return False
    after = r"[ \t]*," if comma else rf"(?![{LETTER}])"
    return any(
        re.search(rf"(?<![{LETTER}]){re.escape(w)}{after}", body) is not None
        for w in speaker.split()
        if len(w) > 2 and not is_title_token(w)
    )


def _calls_next(sentence: str, nxt: tuple[LabelHit, int, int, str | None]) -> bool:
    """Is ``sentence`` only a call of the next speaker, by the post or the name their label
    gives ("Prime Minister." before "PRIME MINISTER:", "Minister Reyes." before "MINISTER
    REYES:", "Over to you, Chief Minister.")?"""
    called = fold(
        re.sub(
            r"^(?:over[ \t]+to[ \t]+you|thank[ \t]+you)[ \t]*,?[ \t]*",
            "",
            sentence,
            flags=re.IGNORECASE,
        )
        .strip()
        .rstrip(".!")
        .strip()
    )
    label = fold(nxt[0].info.text.split(",")[0].strip())
    return (
        bool(called)
        and len(called.split()) <= 4
        and (called == label or (len(called.split()) >= 2 and called in label))
    )


def _names_next_in_full(body: str, nxt: tuple[LabelHit, int, int, str | None]) -> bool:
    """Does ``body`` name the next speaker by given name and surname ("Peter Kyle, your
    government …", "Some of them. Ash Sarkar.")?"""
    speaker = nxt[3]
    if not speaker or len(speaker.split()) < 2:
        return False
    full = re.escape(speaker.split()[0]) + r"[ \t]+" + re.escape(speaker.split()[-1])
    return re.search(rf"(?<![{LETTER}]){full}(?![{LETTER}])", body) is not None


def _one_person(a: Name, b: Name) -> bool:
    """Are two header names one person, a Russian genitive undone ("Андрея Голубева")?"""
    if fold(genitive_to_nominative(a.surname)) != fold(genitive_to_nominative(b.surname)):
        return False
    if not a.given or not b.given:
        return False
    return fold(genitive_to_nominative(a.given[0])) == fold(genitive_to_nominative(b.given[0]))


# A reporter's question that says whom it is for, by given name or surname: "Lucía Herrero,
# EFE. A question for Elena, if I may. …", "… and one for Ms Marchetti: …".
_QUESTION_FOR = r"\b(?:question|one)[ \t]+(?:for|to)[ \t]+(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?{}\b"


def _put_to_chair(
    text: str,
    bodies: Sequence[tuple[LabelHit, int, int, str | None]],
    labels: Sequence[str],
    i: int,
    body: str,
) -> bool:
    """Does the chair answer the question just put to her by name? A briefing's chair whom a
    reporter asks directly ("A question for Elena, if I may. Will the President attend …?")
    replies in her own words, no call on the next asker: her answer."""
    if not (i > 0 and labels and labels[-1] == "question") or "?" in body:
        return False
    if len(body.split()) < 8:
        return False
    name = name_from_phrase(bodies[i][3] or "")
    if name is None or not name.given:
        return False
    asked = text[bodies[i - 1][1] : bodies[i - 1][2]][:300]
    return any(
        re.search(_QUESTION_FOR.format(re.escape(w)), asked) is not None
        for w in (name.given[0], name.surname)
        if len(w) >= 3
    )


def _echoed(body: str, reply: str) -> bool:
    """Does the answer open by taking up a word of the interviewer's short remark? ("— Звучит
    дорого." / "— Дорого. Но дешевле, чем …"; "Семь штатов." / "Семь штатов, и в каждом …"):
    the remark was put to the interviewee, a challenge or a prompt."""
    said = {w.lower()[:5] for w in re.findall(r"\w{4,}", body)}
    opening = re.findall(r"\w{4,}", reply[:60])[:3]
    return any(w.lower()[:5] in said for w in opening)


_TURN_HANDED = re.compile(
    r"(?:\b[Gg]o[ \t]+ahead\b[^.!?\n]{0,40}|(?<![\w])(?:завершуйте|заканчивайте|закінчуйте))"
    r"[.!]?(?:[ \t]+Over\.)?\s*$"
)


# A chair's word restoring order at a briefing: "One at a time, please.", "Anna, finish", "Hold
# on.", "Let her finish.", "Go ahead."
_KEEPS_ORDER = re.compile(
    r"(?i)\b(?:one[ \t]+at[ \t]+a[ \t]+time|finish|hold[ \t]+on|go[ \t]+ahead"
    r"|по[ \t]+(?:одному|черзі|очереди))\b"
)
# Where the hall's askers go: "There's a mic in the aisle.", "… a microphone at the front."
_FLOOR_PLACE = re.compile(
    r"(?i)\b(?:mic|mike|microphone|microphones|mics)[ \t]+(?:in|at|on)[ \t]+the[ \t]+"
    r"(?:aisle|aisles|front|back|middle|center|centre|room|floor)\b"
)
# A presider turning the meeting over to the audience in her turn's last sentence, before
# an operator's queue: "That's a sobering picture. Let me go to our members now for their
# questions, and I see we already have a long queue."
_TO_AUDIENCE = re.compile(
    r"(?i)\b(?:go|turn|open(?:[ \t]+(?:it|this|things))?[ \t]+up|bring[ \t]+in)[ \t]+"
    r"(?:now[ \t]+)?to[ \t]+(?:our[ \t]+|the[ \t]+)?(?:members|audience|participants|attendees"
    r"|room|floor)\b[^.!?\n]*[.!]?\s*$"
)


# Counsel's close of an examination, as its first sentence (after an address): "Commissioner,
# those are my questions.", "I have no further questions, Your Honour.", "Nothing further."
_QUESTIONS_DONE = re.compile(
    r"\W*(?:[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*){0,2},[ \t]*)?"
    r"(?i:(?:those|these|that)(?:[ \t]+are|['’]re|[ \t]+is|['’]s|[ \t]+were|[ \t]+was)[ \t]+"
    r"(?:all[ \t]+)?(?:my|our|the)[ \t]+questions"
    r"|I[ \t]+have[ \t]+no[ \t]+(?:further|more|other)[ \t]+questions|nothing[ \t]+further)"
    r"\b[^.!?\n]{0,40}[.!]"
)


# A lead reporting a meeting held: "Владимир Путин провёл … заседание Совета …", "… провёл
# совещание …", "Володимир Зеленський провів нараду …".
_MEETING_LEAD = re.compile(
    r"\b(?:провёл|провел|провела|провів)\b[^\n]{0,80}?"
    r"\b(?:заседани[ея]|совещани[ея]|засідання|нараду)\b"
)


# A thanks, then only a name called with a question mark: "Thank you. Ms. Whitfield?"
# The next asker called by a given name alone, asking: "Pam?", "Yes, Edie?".
_NAME_ASKED = re.compile(
    r"\s*(?:(?:Yes|OK|Okay|Thank[ \t]+you|Thanks)[,.!]?[ \t]+)?"
    r"(?!(?:Why|What|Who|How|When|Where|Which|Really|Sorry|Yes|No)\?)[A-Z][a-z'’\-]+\?\s*"
)
_CALLED_BY_NAME = re.compile(
    r"\W*(?:Thank[ \t]+you|Thanks)[^.!?\n]{0,30}[.!][ \t]*"
    r"(?:(?:Mr|Ms|Mrs|Dr|Capt|Captain|Commissioner|Senator|Member)\.?[ \t]+)?"
    r"[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?\?\s*"
)


_MOTION = re.compile(
    r"(?i)\s*(?:(?:I(?:['’]ll|[ \t]+will|['’]d[ \t]+like[ \t]+to)?[ \t]+)?(?:move|second)"
    r"[ \t]+(?:the|that|it|approval|adoption)\b[^.!?\n]{0,80}"
    r"|(?:I[ \t]+)?second(?:ed)?|so[ \t]+moved)[.!]?\s*"
)


_CLIP_CUE = re.compile(
    r"^\W*(?:давайте|давай)[ \t]+(?:послушаем|посмотрим|прослушаем|послухаємо|подивимося"
    r"|подивимось)(?![а-яёіїєґ])",
    re.IGNORECASE,
)


# A host's turn closing on a greeting to the guest by given name: "… Hey, Will.", "Hi, Dana."
_GREETS_GUEST = re.compile(
    r"(?:^|[.!?][ \t]+)(?:Hi|Hey|Hello|Good[ \t]+(?:morning|afternoon|evening)),?[ \t]+"
    r"(?:[A-Z][\w'’\-]+)(?:[ \t]+(?:there|again))?[.!][ \t]*$"
)
# … and the guest's reply only greets back: "Hey, Scott.", "Hi, Ari. Good to be here."
_BARE_GREETING = re.compile(
    r"(?:Hi|Hey|Hello|Good[ \t]+(?:morning|afternoon|evening))(?:,?[ \t]+[A-Z][\w'’\-]+)?"
    r"(?:[ \t]+(?:there|again))?[.!]"
    r"(?:[ \t]+(?:(?:It['’]s[ \t]+)?(?:Good|Great|Nice)[ \t]+to[ \t]+"
    r"(?:be[ \t]+(?:here|with[ \t]+you)|talk[ \t]+to[ \t]+you)"
    r"|Thanks[ \t]+for[ \t]+having[ \t]+me)[.!])?"
)

# … or only says it is glad to be on: "Great to be with you, Jesse.", "Thanks for having me."
_GLAD_TO_BE_ON = re.compile(
    # (the host's greeting returned first: "Good to see you, Martha. Thanks for having me.")
    r"(?:(?:Good|Great|Nice)[ \t]+to[ \t]+see[ \t]+you(?:[ \t]+too)?(?:,[ \t]+[A-Z][\w'’\-]+)?"
    r"[.!][ \t]+)?"
    r"(?:It['’]s[ \t]+)?(?:(?:Good|Great|Nice|Glad)[ \t]+to[ \t]+be[ \t]+(?:here|with[ \t]+you|on)"
    r"|Thanks?(?:[ \t]+you)?[ \t]+for[ \t]+having[ \t]+me)"
    r"(?:(?:[ \t]+again)?,[ \t]+[A-Z][\w'’\-]+)?[.!]"
)


# One sentence of a show's round of names: a greeting, the show's name, the host's own name
# and beat, the day's close.
_ROLL_CALL_SENTENCE = (
    r"(?:(?:Hey|Hi|Hello)(?:[ \t]+(?:there|everyone|everybody|all))?"
    r"|(?:Well,[ \t]+)?(?:that|this)(?:['’]s|[ \t]+is)[ \t]+(?:it|all)[ \t]+for[ \t]+(?:today|now"
    r"|this[ \t]+(?:week|episode))"
    # (a one-letter given name too: NPR's "And I'm A Martínez.")
    r"|(?:And[ \t]+)?I['’]m[ \t]+[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]+){1,2}"
    r"(?:,[ \t]+[^.!?\n]{1,60})?"
    r"|I[ \t]+(?:cover|report[ \t]+on|host)[ \t]+[^.!?\n]{1,60}"
    r"|(?:It['’]s|This[ \t]+is)[ \t]+(?:the[ \t]+)?[A-Z][^.!?\n]{0,40}(?i:podcast|show)"
    r")[.!]"
)
_ROLL_CALL = re.compile(rf"{_ROLL_CALL_SENTENCE}(?:[ \t]+{_ROLL_CALL_SENTENCE})*")
_OWN_NAME = re.compile(r"\bI['’]m[ \t]+[A-Z]")


def _asks(body: str, label: str, *, answered: bool, reply: str = "") -> bool:
    """Is an interviewer's turn a question?

    Yes when it asks ("?", "Tell us…", a cut-off challenge); otherwise only when the interviewee
    answers it and it is neither narration (voice-over) nor a plain remark (thanks, welcome). A
    remark of three words or fewer asks only when the ``reply`` takes it up (``_echoed``).
    """
    if reply and _GREETS_GUEST.search(body) and _BARE_GREETING.fullmatch(reply.strip()):
        # A host's opening that brings the correspondent in and greets them last, only greeted
        # back ("… Consider This: Can the U.S. keep its own? From NPR, I'm Scott Detrow. NPR
        # health correspondent … has been following the outbreaks. Hey, Will." / "Hey,
        # Scott."): the show's own tease asks the listener, not the guest.
        return False
    brings = _BRINGS_IN.search(body) if reply else None
    if (
        brings is not None
        # (a question the show's opening puts to the country before the guest is brought in
        # asks the audience: "… have left the country asking: how safe are …? Joining me now
        # is Transportation Secretary …. Mr. Secretary, welcome back to Meet the Press.")
        and ("?" not in body or body.rfind("?") < brings.start())
        and _GREETING_CLOSES.search(body)
        and (
            _GLAD_TO_BE_ON.fullmatch(reply.strip())
            or ("?" in body and _BARE_GREETING.fullmatch(reply.strip()))
        )
    ):
        # A host who brings the guest in and greets them last, the guest only glad to be on
        # ("… Here's EPA Administrator Lee Zeldin. Administrator, good to see you." / "Great to
        # be with you, Jesse."): the set-up is put to the audience, not the guest.
        return False
    if not answered and (roll := _ROLL_CALL.match(body.strip())) and _OWN_NAME.search(roll[0]):
        # A show's hosts open by saying their names in turn, the last one teasing the day's
        # story ("LEILA FADEL, HOST: … I'm Leila Fadel." / "STEVE INSKEEP, HOST: And I'm Steve
        # Inskeep, …" / "A MARTÍNEZ, HOST: And I'm A Martínez. Can a deal … come out of these
        # talks?"), another host speaking next: the tease asks the listener, no guest.
        return False
    if "?" in body or _CUT_OFF.search(body):
        return True
    if _PROMPT.match(body) and _CLIP_CUE.match(body) and not answered:
        # A host's cue for a recording, the host speaking again after it: "Давайте послушаем,
        # что думают об этом люди на улицах Москвы." / "(ВИДЕО)" asks no one present.
        return False
    if _PROMPT.match(body) or _TOPIC_QUESTION.match(body):
        # "Давайте дадим слово залу.": handing the floor to the audience asks nothing.
        return _GIVES_FLOOR.search(body) is None
    if answered and (
        _LETS_START_WITH.search(body) is not None
        or _GREETS_THEN_STARTS_WITH.match(body) is not None
    ):
        # … or open the talk on a topic of his choosing, in a paragraph of its own under the
        # greeting, a remark on it after ("Сергей Анатольевич, добрый день!" / "Давайте начнём с
        # общих итогов прошлого года. Рынок …, насколько я знаю, непростой."): the report
        # answers it as it answers "Расскажите …".
        return True
    if answered and _PROMPT_CLOSES.search(body) is not None:
        # A head of government's opening words at a one-on-one meeting close by asking for the
        # report ("Андрей Викторович, добрый день! … Расскажите, пожалуйста, каковы итоги
        # прошлого года и что запланировано на текущий."): the report answers them.
        return True
    if re.search(r"(?:ваше|ваш)[ \t]+(?:слово|время|час)[.!]\s*$", body, re.IGNORECASE):
        # A debate's moderator giving a candidate their time asks nothing: "Коллеги, прошу
        # соблюдать регламент. Наталья Сергеевна, ваше время.", "Олено, ваш час."
        return False
    if _TURN_HANDED.search(body):
        # A moderator who hands a speaker the turn or keeps the clock asks nothing: "Mr. Webb,
        # you're next, go ahead.", "We lost you for a moment there. Go ahead whenever you have
        # us again. Over.", "Пане Гнатюк, завершуйте."
        return False
    if _TO_AUDIENCE.search(body):
        # "… Let me go to our members now for their questions.": the floor turned over.
        return False
    if len(body.split()) <= 25 and _OPENS_FLOOR.search(body) and _FLOOR_PLACE.search(body):
        # A moderator opening the floor to the hall, the microphone's place with it: "We have
        # a couple of minutes for questions. There's a mic in the aisle."
        return False
    if _QUESTIONS_DONE.match(body):
        # Counsel closing an examination: "Commissioner, those are my questions. I understand
        # Mr Nguyen has some questions." / "I have no further questions." asks nothing.
        return False
    if _MOTION.fullmatch(body):
        # A board member's motion or its second asks nothing: "I'll move the staff
        # recommendation." / "Second." / "So moved."
        return False
    if _ROLL_CALL.fullmatch(body.strip()) and _OWN_NAME.search(body):
        # A podcast's round of names, each host saying who they are and what they cover
        # ("Hey there. It's the … PODCAST. I'm Jane Doe. I cover the White House." / "I'm
        # John Roe. I cover Congress."), at the show's start or its close: no question.
        return False
    if _INDIRECT_QUESTION.search(body):
        return True
    if _REQUEST.search(body):
        return True  # "I would ask that you get us that number in writing. I yield back."
    if _UNMARKED_INVERSION.search(body):
        # A reporter's last sentence in the asking word order, its mark lost to a full stop
        # ("Thank you. Does FAO see any impact from the new export restrictions …."): put.
        return True
    if not answered or _VOICE_OVER.search(label):
        return False
    if reply and _THANKS_ONLY.fullmatch(reply.strip()) is not None:
        # What the other side only thanks for was granted, not asked: "В.Путин: Хорошо,
        # давайте подготовим предложения, я посмотрю." / "А.Николаев: Спасибо."
        return False
    if _GO_ON.fullmatch(body.strip()):
        # The host urging on a guest who has just declined ("I'm not going to design the
        # policy live." / "Go on." / "No, genuinely. What I will say is …"): put to them.
        return True
    if _BARE_WH.fullmatch(body.strip()):
        # Auto-captions drop the question mark: "[Interviewer] what changed" / "[Guest] mites
        # mostly." — a question word with no sentence's end after it asks.
        return True
    if _RESTATES.match(body):
        return True  # "You mean jamming." / "Jamming, spoofing, drones …": a check, answered
    if _SUMS_UP.match(body) and len(body.split()) <= 6 and _REMARK.search(body) is None:
        # The host's verdict on the answer, which the interviewee takes up: "So no
        # guarantee." / "No speculation. That's different." — put to them, a question.
        return True
    if reply and _greeting_remark_taken_up(body, reply):
        return True
    thanked = _THANKS_THEN_TOPIC.match(body)
    if thanked is not None and _REMARK.search(body, thanked.end()) is None:
        # A host who thanks for the last answer, or a co-host for the hand-over, then turns to
        # the guest by name with the next topic, put without a question mark ("Дякую. Пане
        # Данило, ще одна тема, яка турбує людей, — посилки. …", answered): the thanks only
        # acknowledges; the topic is put to the guest.
        return len(body.split()) >= 12
    if _REMARK.search(body):
        return False
    # Three words with no closing mark are a topic put to the interviewee, as a headline is
    # ("**Фокус:** Інфляція знову прискорилася" / "**Ткачук:** Так, у липні …"); a short
    # remark closes its sentence ("Okay then.", "Понятно.").
    if len(body.split()) == 3 and re.search(r"[\w»\"”)]$", body.strip()) is not None:
        return True
    return len(body.split()) > 3 or (bool(reply) and _echoed(body, reply))


# A bare thanks sentence, then the guest addressed by name or title (one to three capitalised
# words and a comma): "Дякую. Пане Данило, …", "Спасибо. Игорь Петрович, …", "Thank you.
# Minister, …" (see _asks).
_THANKS_THEN_TOPIC = re.compile(
    r"[ \t]*(?:Дякую|Дякуємо|Спасибо|Благодарю|Thank[ \t]+you|Thanks)(?:[ \t]+(?:вам|you))?"
    r"[ \t]*[.!][ \t]+"
    rf"(?=(?:[{UPPER}][{LOWER}'’\-]+\.?[ \t]+){{0,2}}[{UPPER}][{LOWER}'’\-]+,[ \t]+[{LOWER}])"
)


# The guest addressed in the second person: "Ви в студії …", "You look …".
_SECOND_PERSON = re.compile(r"(?i)(?<![\w'’])(?:you|your|ви|вы|ти|ты|вас|вам|тебе|вашу?)(?![\w'’])")


def _greeting_remark_taken_up(body: str, reply: str) -> bool:
    """A host's greeting, then a remark to the guest about the guest, which the guest greets
    back and takes up ("Дарино, доброго ранку! Ви в студії о дев'ятій ранку, а вже виглядаєте
    так, наче пробігли десятку." / "Доброго ранку! Ну, майже так і є — …"): put to them."""
    said = sentences_of(body)
    back = sentences_of(reply)
    if len(said) < 2 or len(back) < 2 or _REMARK.search(said[0]) is None:
        return False
    # (the guest greeted by name, not the room: "Добрый день, уважаемые коллеги!" opens a
    # press conference; and the same greeting returned, not thanks for the welcome)
    vocative = re.search(rf"(?:^|,[ \t]+)[{UPPER}][{LOWER}'’\-]+(?:,|[.!]$)", said[0].strip())
    greeting = re.sub(r"[^\w \t]", "", back[0]).strip().casefold()
    rest = " ".join(said[1:])
    return (
        vocative is not None
        and bool(greeting)
        and greeting in said[0].casefold()
        and len(rest.split()) >= 6
        and _REMARK.search(rest) is None
        and _SECOND_PERSON.search(rest) is not None
        and _BRINGS_IN.search(rest) is None
        and _GIVES_FLOOR.search(rest) is None
        and len(" ".join(back[1:]).split()) >= 4
    )


# An English question in the asking word order, closed by a full stop: the auxiliary opens the
# last sentence, then its subject (a pronoun, an article or an acronym: "Does FAO see …", "Is
# the ban still …", "Can you say …"), ten words at least.
_UNMARKED_INVERSION = re.compile(
    r"(?:\A|[.!][ \t]+)(?:(?-i:Does|Did|Is|Are|Will|Would|Can|Could|Should|Has)[ \t]+"
    r"(?-i:the|you|your|it|this|that|there|they|we|[A-Z]{2,6})"
    # ("Do" and "Have" open imperatives too, "Have your say …", "Do the math …": only a
    # pronoun after them inverts)
    r"|(?-i:Do|Have)[ \t]+(?-i:you|it|they|we))[ \t]+"
    r"(?:[^.!?\n \t]+[ \t]+){7,60}[^.!?\n \t]+\.[ \t]*\Z"
)


# A bare urging on, alone in the turn: "Go on.", "Go on, then.", "Carry on!", "Продолжайте."
_GO_ON = re.compile(
    r"(?:Go[ \t]+on|Carry[ \t]+on|Продолжайте|Продовжуйте)(?:[ \t]*,?[ \t]*(?:then|please))?"
    r"[ \t]*[.!…]?",
    re.IGNORECASE,
)


_DEPUTY_CHAIR = re.compile(
    r"(?:the[ \t]+)?(?:deputy|vice)[ \t-]+(?:chair(?:man|woman|person)?|warden)"
)


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
    # (one rhetorical question in five turns or more still answers: a director's "… the
    # people on the riverbank had not stopped, so why should I?")
    answerers = {
        k for k, r in ratio.items() if r == 0 or (total[k] >= 5 and r <= 0.2)
    } | interviewees
    # Two voices, one who never asks: the other asks, though a radio host's greeting, the
    # statement they put to the guest and their sign-off end in no "?" ("Katalin Nagy: It is
    # seven thirty-two. In the studio is …" / "…: What happened there?" / "…: The opposition
    # says this is only an election promise." / "…: You have been listening to …").
    if not askers and len(ratio) == 2 and answerers:
        askers = {k for k, r in ratio.items() if r >= 0.3 and ends_q[k] >= 2}
    # (… so too among more voices when that host is the only one ever to end on a "?": a radio
    # programme's host with his guest and the recordings he plays in, "Послушаем фрагмент." /
    # "Андрей Амальрик (запись 1977 года): …" / "Вот что он рассказал." / "Александр Даниэль: …")
    if not askers and len(ratio) > 2 and answerers:
        asking = {k for k, r in ratio.items() if r > 0}
        if len(asking) == 1 and all(ratio[k] >= 0.3 and ends_q[k] >= 3 for k in asking):
            askers = asking
    # (… or one who puts no "?" at all while the other asks in half their turns, closing one
    # with a question or a request, the others with the fact behind the question and the
    # head's closing word: "Расскажите, пожалуйста, о результатах …" / "Как обстоят дела с
    # доступностью рыбы для людей? Цены в магазинах по-прежнему вызывают вопросы." / "А что с
    # научным обеспечением? Вы планировали …" / "Спасибо. Продолжайте работу, …")
    if not askers and len(ratio) == 2 and any(has_q[k] == 0 for k in answerers):
        askers = {
            k
            for k in ratio
            if k not in answerers and ends_q[k] >= 1 and has_q[k] >= 2 and 2 * has_q[k] >= total[k]
        }
    if not askers or not answerers:
        return set()
    longest = max(words[k] / max(total[k], 1) for k in answerers)
    for k, r in ratio.items():
        if k not in askers and r > 0 and (r >= 0.3 or words[k] / total[k] < 0.5 * longest):
            askers.add(k)
    return askers


def sentences_of(body: str) -> list[str]:
    """``body``'s sentences, split after a full stop, question or exclamation mark."""
    return re.split(r"(?<=[.!?])\s+", body.strip())


def _introduces_next(body: str, nxt: str) -> bool:
    """Does ``body`` name the speaker ``nxt`` (a full name) as the subject of a sentence of
    introduction: "Dr Emily Carter is an endocrinologist at …"?"""
    words = nxt.split()
    if len(words) < 2:
        return False
    return (
        re.search(
            rf"(?<![\w]){re.escape(words[-1])}(?:['’]s)?[ \t]+(?:is|was|has|who|from|of|,)\b", body
        )
        is not None
        or re.search(rf"(?<![\w]){re.escape(words[-1])},", body) is not None
    )


def _plays_clip_before_guest(
    text: str,
    bodies: Sequence[tuple[LabelHit, int, int, str | None]],
    keys: Sequence[str],
    k: str,
    clips: Sequence[tuple[int, int]],
) -> bool:
    """Does the first turn end by playing in the clip that follows it ("Here's some of what he
    told lawmakers."), the same host's next words outside the clip bringing on the guest
    ("Joining me now is …")?"""
    if len(bodies) < 3 or not any(a <= bodies[1][0].start < b for a, b in clips):
        return False
    if _PLAYED_IN.search(text[bodies[0][1] : bodies[0][2]].rstrip()) is None:
        return False
    for j in range(1, len(bodies)):
        if any(a <= bodies[j][0].start < b for a, b in clips):
            continue
        return keys[j] == k and _HOST_INTRO.search(text[bodies[j][1] : bodies[j][2]]) is not None
    return False


# The sentence that plays a recording in, closing a turn: "Here's how the speaker described it
# after the vote.", "Here's what she told reporters on Monday.", "Let's listen."
_PLAYED_IN = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?:(?:Here['’]s|Here[ \t]+is)[^.!?\n]{0,120}?\b(?:said|says|"
    r"described|put[ \t]+it|told|explained|speaking|reacted|responded|sounded|framed)\b"
    r"[^.!?\n]{0,80}|(?:Let['’]s|Let[ \t]+us)[ \t]+(?:listen|hear)\b[^.!?\n]{0,80}"
    r"|Take[ \t]+a[ \t]+listen[^.!?\n]{0,40}"
    # "I spoke with Henrik Solvang, a shipping analyst in Copenhagen, and he put it this way."
    r"|[^.!?\n]{0,160}?\b(?:he|she|they|[A-Z][\w'’\-]+)[ \t]+(?:put|described|explained"
    r"|summed[ \t]+up)[ \t]+it[ \t]+(?:this[ \t]+way|like[ \t]+this))[.:][ \t]*$"
)
# NPR's notes for a recording played in: "(SOUNDBITE OF ARCHIVED RECORDING)", and one that
# names its source ("(SOUNDBITE OF TV SHOW, "SUNDAY BRIEFING")", "(SOUNDBITE OF PRESS
# CONFERENCE)", "(SOUNDBITE OF POLITICAL AD)").
_ARCHIVED = re.compile(
    r"[(\[]SOUNDBITE OF (?:ARCHIVED (?:RECORDING|BROADCAST|NEWSREEL|FOOTAGE)|NEWSREEL|TV SHOW|"
    r"TELEVISION|RADIO|FILM|"
    r"(?:POLITICAL )?AD(?:VERTISEMENT)?|(?:PRESS |NEWS )?CONFERENCE|SPEECH|HEARING|"
    r"VIDEO|INTERVIEW|RALLY|DEBATE|PODCAST)\b[^()\[\]\n]*[)\]]",
    re.I,
)
# A label's note that the voice is a recording: "Андрей Амальрик (запись 1977 года):",
# "(архивная запись)", "(архівний запис)", "(archive recording)", "(recorded in 1968)".
_RECORDING_LABEL = re.compile(
    r"[(\[][ \t]*(?:(?:архивн\w+|архівн\w+)[ \t]+)?"
    r"(?:запись|запис|archive|archival|recorded|recording)\b[^()\[\]\n]{0,40}[)\]]",
    re.IGNORECASE,
)
# A broadcast's break between segments: "(COMMERCIAL BREAK)", "[BREAK]".
_SEGMENT_BREAK = re.compile(r"[(\[](?:COMMERCIAL[ \t]+)?BREAK[)\]]", re.I)
_STATEMENT_HEADING = re.compile(r"\b(?:STATEMENT|TESTIMONY) OF\b")


def _own_statement_heading(text: str, prev_end: int, cut: int, speaker: str | None) -> bool:
    """Is the capitals heading right above the label the speaker's own statement heading
    ("STATEMENT OF HON. MARGARET COLE, …" over "Ms. Cole.")? Its surname must be in it."""
    if not speaker or not _headed_statement(text, prev_end, cut):
        return False
    surname = speaker.split()[-1].upper()
    block = text[max(prev_end, cut - 400) : cut]
    return len(surname) > 1 and re.search(rf"\b{re.escape(surname)}\b", block) is not None


def _headed_statement(text: str, prev_end: int, cut: int) -> bool:
    """A GPO hearing heads each opening statement with a capitals block right above the label
    ("OPENING STATEMENT OF HON. GORDON PIKE, / U.S. SENATOR FROM IDAHO", then "The Chairman.
    Good morning. The Committee will come to order. …"): the chair's turn under it is a
    statement, however short."""
    block = text[max(prev_end, cut - 400) : cut].rstrip().rsplit("\n\n", 1)[-1]
    return (
        bool(block.strip())
        and not any(c.islower() for c in block)
        and _STATEMENT_HEADING.search(block) is not None
    )


def _asks_caller_only(body: str, next_label: str, reply: str) -> bool:
    """Every question in the host's ``body`` opens by addressing the next speaker, a phone-in
    caller whose label line names her ("Caller (Darren, Stockport):"), by that first name, and
    the caller's ``reply`` goes on to ask a question of her own."""
    named = re.match(r"[ \t*]*([^\W\d_]+)[ \t]*\([ \t]*([A-Z][a-z'’\-]+)\b", next_label)
    # (or the label is the caller's first name and town in capitals, LBC's "MAUREEN,
    # SUNDERLAND:", that the host's question opens on: "Maureen, what's your question …?")
    town = re.match(
        r"[ \t*]*([A-Z][A-Z'’\-]+)[ \t]*,[ \t]*[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z'’\-]+)*[ \t]*:",
        next_label,
    )
    # (or the caller's name first, the medium bracketed after it: BBC Radio 5 Live's "DEAN
    # (CALLER):")
    medium = re.match(
        r"[ \t*]*([A-Z][A-Za-z'’\-]+)[ \t]*\([ \t]*(?i:caller|listener|viewer|texter)[ \t]*\)",
        next_label,
    )
    if town is not None:
        first = town.group(1).title()
    elif medium is not None:
        first = medium.group(1).title()
    elif named is None or not is_phone_in_caller(fold(named.group(1))):
        return False
    else:
        first = named.group(2)
    asked = [s for s in sentences_of(body) if "?" in s]
    return (
        bool(asked)
        and all(re.match(rf"\W*(?:And[ \t]+)?{re.escape(first)},", s.strip()) for s in asked)
        # (the caller's question may be put as a statement: "Yeah, my question is what happens
        # if …")
        and ("?" in reply or re.search(r"(?i)\bmy[ \t]+question[ \t]+is\b", reply) is not None)
    )
