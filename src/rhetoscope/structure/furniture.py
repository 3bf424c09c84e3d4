"""Page furniture around and between turns: breadcrumbs, "Read also" boxes, headings,
running heads, page numbers and captions, and the trimmers that cut them off a body's end.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from rhetoscope.structure import regex as re  # re with a cache for per-name patterns
from rhetoscope.structure.metadata import CAPTION_CLOCK as _CAPTION_CLOCK
from rhetoscope.structure.metadata import DONATE_HEADING as _DONATE_HEADING
from rhetoscope.structure.metadata import DONATE_PITCH as _DONATE_PITCH
from rhetoscope.structure.metadata import OUR_EARLIER_STORY as _OUR_EARLIER_STORY
from rhetoscope.structure.metadata import PROMO_LINE
from rhetoscope.structure.speakers import LETTER, LOWER, NEWS_OUTLETS, UPPER, fold

# "Rev › Blog › Transcripts › …": a page's breadcrumb trail, furniture however long.
_BREADCRUMB = re.compile(r"\S[ \t]+[›»>/|][ \t]+\S.*[ \t][›»>/|][ \t]+\S")


_PAGE_NUMBER = re.compile(
    r"(?:Page|Стр\.?|Страница|Сторінка)[ \t]*\d{1,3}(?:[ \t]*(?:of|из|з|/)[ \t]*\d{1,3})?"
    r"|\d{1,3}[ \t]*/[ \t]*\d{1,3}|-[ \t]*\d{1,3}[ \t]*-|(?:https?://|www\.)\S+"
    # A court filing's stamp: "Case: 1:24-cv-04417 Document #: 212 Filed: … Page 42 of 188 …".
    r"|.{0,80}\bPage[ \t]*\d{1,4}[ \t]*of[ \t]*\d{1,4}\b.{0,40}",
    re.IGNORECASE,
)


def _page_key(key: str) -> str:
    """A running head with its page's number made one for every page ("ANALYSIS 9th June 2025
    Page 2" and "… Page 3" are one head)."""
    return re.sub(r"\bPage[ \t]*\d{1,4}(?:[ \t]*of[ \t]*\d{1,4})?$", "Page #", key)


def _page_furniture(text: str) -> frozenset[str]:
    """Lines a PDF export repeats on every page (a running header "Department Press Briefing –
    February 11, 2025   U.S. Department of State"): short, no sentence end, seen twice or more."""
    seen: Counter[str] = Counter()
    for line in text.split("\n"):
        key = _page_key(" ".join(line.split()))
        if key and len(key.split()) <= 15 and not re.search(r"[.!?…:]$", key):
            seen[key] += 1

    def headerish(key: str) -> bool:  # "… 2025", "U.S. Department of State", not "Thank you"
        words = key.split()
        capital = sum(w[:1].isupper() for w in words)
        return any(c.isdigit() for c in key) or (len(words) >= 3 and capital * 2 >= len(words))

    return frozenset(k for k, n in seen.items() if n >= 2 and headerish(k))


def _trim_page_furniture(text: str, start: int, end: int, furniture: frozenset[str]) -> int:
    """Cut a page break's furniture (page number, URL, running header) off the end of a body."""
    firm = next(reversed(list(_REPORTER_FOOTER.finditer(text, start, end))), None)
    if (
        firm is not None
        and firm.start() > start
        and len(text[firm.end() : end].strip().split("\n")) <= 6
        and all(
            len(ln.strip()) <= 80 and not re.search(r"[.!?…][\"”’)]*$", ln.strip())
            for ln in text[firm.end() : end].strip().split("\n")
        )
    ):
        # A court reporter's footer at a page break, under the turn's last sentence: the firm's
        # name in capitals, its address and telephone lines, the page number ("ANDERSON COURT
        # REPORTING" / "1800 Diagonal Road, Suite 600" / "Phone (703) …" / "      2").
        end = len(text[: firm.start()].rstrip())
    trimmed = end
    while trimmed > start:
        line_start = max(text.rfind("\n", start, trimmed) + 1, start)
        key = " ".join(text[line_start:trimmed].split())
        if (
            line_start <= start
            or not (
                not key
                or _page_key(key) in furniture
                or _PAGE_NUMBER.fullmatch(key) is not None
                # A court reporter's page number alone, set far to the right: "      23".
                or re.fullmatch(r"[ \t]{8,}\d{1,4}[ \t]*", text[line_start:trimmed]) is not None
                # A PDF's page number, a paragraph of its own between a stopped sentence and the
                # next label ("… a decade of neglect." / "" / "1" / "" / "LK: …").
                or (
                    re.fullmatch(r"\d{1,3}", key) is not None
                    and trimmed == end
                    and re.search(r"[.!?…\"”»][ \t]*\n[ \t]*\n[ \t]*$", text[start:line_start])
                    is not None
                )
            )
        ):
            break
        trimmed = line_start - 1
    if trimmed == end:
        return end
    while trimmed > start and text[trimmed - 1].isspace():
        trimmed -= 1
    return trimmed


# A court reporter's firm heading its footer block, a line of its own after a blank line:
# "ANDERSON COURT REPORTING", "OLENDER REPORTING, INC.".
_REPORTER_FOOTER = re.compile(
    r"(?<=\n\n)[ \t]*(?:[A-Z][A-Z&'’.\-]*[ \t]+){1,4}(?:COURT[ \t]+)?REPORTING"
    r"(?:[ \t]*,?[ \t]+(?:SERVICES?|COMPANY|CORPORATION|CORP\.?|INC\.?|LLC))?[ \t]*(?=\n)"
)


# A section heading: Title Case words ("Japan-U.S. Relations", "(2) Emergency Grant Aid"), with
# the small words a title keeps in lower case ("Situation in the Middle East"); a forum's name
# may hold digits ("G20 Foreign Ministers' Meeting", "COP29 Outcomes").
_HEADING_WORD = (
    rf"(?:\(\d{{1,2}}\)|\d{{1,2}}\.|[{UPPER}]{{1,5}}\d{{1,4}}(?![{LETTER}\d])"
    rf"|[{UPPER}][{LETTER}.'’\-]*|[{UPPER}]\.(?:[{UPPER}]\.)+)"
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
    flush = _flush_hansard_heading(text, start, end)
    if flush < end:
        return flush
    cut = end
    while True:
        line_start = text.rfind("\n", start, cut) + 1
        if line_start <= start or text[line_start:cut] != text[line_start:cut].strip():
            return end
        before = text[start:line_start].rstrip(" \t")
        if not before.endswith("\n\n") and not re.search(r"\n[ \t]*\n[ \t]*$", before):
            return end  # the heading stands alone, after a blank line
        if not (
            _heading_line(text[line_start:cut])
            or (cut == end and _sentence_case_heading(text, line_start, cut))
        ):
            return end
        if re.search(r"[.!?…\"”»]\s*$", before):
            return start + len(before.rstrip())
        # Canada's Hansard sets the language of the words below over the heading: "…
        # jurisdiction." / "[English]" / "Health" / "Ms. Dana Okafor (…):" — the note goes too.
        note = re.search(r"\n[ \t]*\n[ \t]*\[[^\[\]\n]{2,20}\]\s*$", before)
        if note is not None and re.search(r"[.!?…\"”»]\s*$", before[: note.start()]):
            return start + len(before[: note.start()].rstrip())
        cut = start + len(before.rstrip())  # another heading above this one?


# Canada's Hansard note of the floor's language, alone on a line: "[Translation]", "[English]".
_LANGUAGE_NOTE = re.compile(
    r"[ \t]*\n[ \t]*\[(?i:translation|english|fran[çc]ais|interpretation|traduction)\][ \t]*\n"
)


def _flush_hansard_heading(text: str, start: int, end: int) -> int:
    """Cut a topic heading set flush, with no blank line, between a stopped sentence and the
    record's language note over the next member's label (a scraped Hansard: "… they sit
    down." / "Housing" / "[Translation]" / "Mr. Luc Bergeron (…):"). Without blank lines a
    short unstopped line could be speech that lost its stop; the note under it says the record
    resumes, so the line above is the record's heading."""
    if _LANGUAGE_NOTE.match(text, end) is None:
        return end
    line_start = text.rfind("\n", start, end) + 1
    if line_start <= start:
        return end
    line = text[line_start:end].strip()
    before = text[start:line_start].rstrip()
    if (
        not line
        or len(line.split()) > 6
        or not _heading_line(line)
        or not re.search(r"[.!?…\"”»]$", before)
    ):
        return end
    return start + len(before)


# A section heading in sentence case closed by a colon, about the questions that follow:
# mid.ru's "Answers to media questions:" over the first "Question:". A speaker's own lead-in
# ("We will now take your questions:", "Let me turn to your questions:") stays in the turn.
_QA_HEADING = re.compile(
    r"(?!(?:I|We|You|Let|Now|So|And|Then|Here)\b)"
    rf"[{UPPER}][{LOWER}]*(?:[ \t]+[{LETTER}][{LETTER}'’\-]*){{0,5}}[ \t]+"
    rf"(?:questions|answers|Q&A|Q[ \t]+and[ \t]+A)(?:[ \t]+[{LETTER}]+){{0,3}}:"
    # (mid.ru's Russian heading, and its Ukrainian peer: "Из ответов на вопросы:", "Ответы на
    # вопросы СМИ:", "З відповідей на запитання:"; only these openings, as "Теперь отвечу на
    # ваши вопросы:" is the speaker's lead-in)
    r"|(?:(?:Из|З)[ \t]+(?:ответов|відповідей)|Ответы|Відповіді)[ \t]+на[ \t]+"
    rf"(?:вопросы|запитання|питання)(?:[ \t]+[{LETTER}]+){{0,3}}:"
)


def _sentence_case_heading(text: str, start: int, end: int) -> bool:
    """A short sentence-case line closed by a colon that heads the questions below it, also
    when a copy-paste glued the next label to it ("Answers to media questions:Question: …")."""
    return _QA_HEADING.fullmatch(text, start, end) is not None


_EXAMINATION_NOTE = re.compile(
    r"\[[^\[\]\n]*\b(?:sworn|affirmed)\b[^\[\]\n]*\]"
    r"|Questions[ \t]+by[ \t]+(?:the[ \t]+)?[A-Za-z]+(?:[ \t]+[A-Za-z]+){0,2}[ \t]*:"
    # A UK public inquiry's heading under the witness's affirmation: "Questioned by MS OKAFOR".
    r"|(?:Questioned|Examined|Cross-examined)[ \t]+by[ \t]+(?:the[ \t]+)?[A-Za-z]+"
    r"(?:[ \t]+[A-Za-z]+){0,3}"
)


_WITNESS_EXAMINED = re.compile(
    rf"(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor)\.?[ \t]+)?[{UPPER}][{UPPER}'’\-]+"
    rf"(?:[ \t]+[{UPPER}][{UPPER}'’\-]+){{1,3}},[^\n]{{0,200}}?\b(?:sworn|affirmed)"
    r"(?:[ \t]+and[ \t]+examined)?"
)
_SWORN_WORD = re.compile(r"\b(?:sworn|affirmed)\b", re.IGNORECASE)


def _sworn_block_head(text: str, start: int, line_start: int) -> int | None:
    """Where the sworn block that the line at ``line_start`` closes begins: the witness's name
    in capitals with a comma, on one of the three lines above, and "sworn" or "affirmed"
    between it and this line's end (None where the line closes no such block)."""
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    at = line_start
    for _ in range(3):
        if at <= start:
            return None
        head = text.rfind("\n", start, at - 1) + 1
        if head <= start:
            return None
        if re.fullmatch(rf"[{UPPER}][{UPPER}.'’\- ]+,", text[head : at - 1].strip()):
            return head if _SWORN_WORD.search(text, at, line_end) else None
        at = head
    return None


_HEADING_CLOCK = re.compile(r"[ \t]*\[\d{1,2}[.:]\d{2}[ \t]*(?:[ap]\.?m\.?|[AP]\.?M\.?)\]$")


def _trim_caps_lines(text: str, start: int, end: int) -> int:
    """Cut lines in capitals off the end of a body that ends a sentence above them: a court
    transcript's "KAREN WEI, DEFENDANT'S WITNESS, DULY SWORN" / "DIRECT EXAMINATION" between
    the lawyer's words and the first "Q."."""
    cut = end
    while cut > start:
        line_start = text.rfind("\n", start, cut) + 1
        if line_start <= start:
            # The body's first line: a body all in capitals keeps its lines; a one-line
            # sentence above them ("THE COURT: … you may continue your cross-examination.")
            # ends the body.
            if re.search(rf"[{LOWER}]", text[start:cut]) is None:
                return end
            break
        # (an Australian transcript's heading keeps its clock at the margin: "<JOANNE MARIE
        # FLETCHER, SWORN        [10.01 am]", "<CROSS-EXAMINATION BY MR NGUYEN   [10.24 am]")
        line = _HEADING_CLOCK.sub("", text[line_start:cut].strip())
        above = text[text.rfind("\n", start, max(line_start - 1, start)) + 1 : line_start].strip()
        sworn_head = _sworn_block_head(text, start, line_start)
        if sworn_head is not None:
            # A federal reporter's sworn block runs on for lines under the name: "GREGORY T.
            # MONTOYA," / "having been first duly sworn, was examined and" / "testified as
            # follows:" — all of it goes, up to the name.
            cut = sworn_head
            while cut > start and text[cut - 1].isspace():
                cut -= 1
            continue
        if (
            line
            # A heading in capitals with its note: "CROSS-EXAMINATION (Resumed)".
            and not re.fullmatch(rf"[{UPPER}][{UPPER} \-]+\([{LETTER} ]+\)", line)
            # A California reporter's sworn block runs on in lower case under the name:
            # "GRACE LINDQVIST," / "called as a witness …, having been previously sworn, …".
            and not (
                re.search(r"\b(?:sworn|affirmed)\b", line, re.IGNORECASE)
                and re.fullmatch(rf"[{UPPER}][{UPPER}.'’\- ]+,", above)
            )
            and (re.search(rf"[{LOWER}]", line) or not re.search(rf"[{UPPER}]{{2}}", line))
            # A court-martial's record: the reporter's bracketed note that the witness was sworn
            # and the examination's asker, "[STAFF SERGEANT KEVIN ODUYA, U.S. Army, was called
            # as a witness …, was sworn, and testified as follows:]" / "DIRECT EXAMINATION" /
            # "Questions by the trial counsel:".
            and _EXAMINATION_NOTE.fullmatch(line) is None
            # An Australian committee's witness line: "Mr PAUL FERRANTE, Secretary, Transport
            # for NSW, affirmed and examined".
            and _WITNESS_EXAMINED.fullmatch(line) is None
        ):
            break
        cut = line_start - 1
        while cut > start and text[cut - 1].isspace():
            cut -= 1
    if cut == end or not re.search(r"[.!?…\"”»]$", text[start:cut]):
        return end
    return cut


def _trim_fact_box(text: str, start: int, end: int) -> int:
    """Cut a fact box off the end of a body that ends a sentence above it: a heading in capitals,
    then short field lines that close no sentence (Forbes Ukraine's "ДОВІДКА FORBES" / "Vantazh"
    / "Рік заснування: 2019" / "Виручка 2023 року: $4,1 млн")."""
    para = text.rfind("\n\n", start, end)
    if para <= start:
        return end
    lines = [ln.strip() for ln in text[para:end].strip().split("\n")]
    if (
        len(lines) < 3
        or re.search(rf"[{LOWER}]", lines[0])
        or not re.search(rf"[{UPPER}]{{4}}", lines[0])
        or len(lines[0].split()) > 5
        or any(len(ln.split()) > 8 or re.search(r"[.!?…]$", ln) for ln in lines[1:])
    ):
        return end
    cut = len(text[:para].rstrip())
    return cut if re.search(r"[.!?…\"”»]$", text[start:cut]) else end


_RULE_HEADING = re.compile(
    rf"[{UPPER}][{LOWER}\-]+(?:[ \t]+[{LETTER}][{LOWER}\-]*){{0,8}}[ \t]+"
    r"\((?:Rule|Rules|Article|Standing[ \t]+Order|SO)[ \t]+\d{1,3}[a-z]?(?:\(\d\))?\)"
)


def trailing_rule_heading(text: str, start: int, end: int) -> int:
    """The last body's end above an agenda heading that cites a rule of procedure, alone after
    a blank line at the record's foot (the European Parliament's "… The debate is closed." /
    "Written statements (Rule 178)" over the page's footer): the heading opens the next item,
    no word of the chair's."""
    line_start = text.rfind("\n", start, end) + 1
    if line_start <= start or _RULE_HEADING.fullmatch(text[line_start:end].strip()) is None:
        return end
    before = text[start:line_start]
    if not re.search(r"[.!?…\"”»)][ \t]*\n[ \t]*\n\s*$", before):
        return end
    return start + len(before.rstrip())


def _heading_line(heading: str) -> bool:
    if re.match(r"#{1,6}[ \t]+\S", heading):  # "## What happened"
        return True
    # A bold line of a few words closing no sentence: the Kyiv Independent's subheadings between
    # two labelled turns ("**Corruption concerns**", "**'Every substation is a target'**").
    bold = re.fullmatch(r"(\*\*|__)(?P<h>[^*_\n]+)\1", heading)
    if bold is not None:
        words = bold.group("h").strip().strip("'’‘\"“”«»").strip()
        return 0 < len(words.split()) <= 10 and not re.search(r"[.!?…:;,]$", words)
    # "3.1 Storage filling targets", "2. Opening statement by Commissioner Hartmann".
    if (
        re.match(r"\d{1,2}(?:\.\d{1,2})*\.?[ \t]+\S", heading)
        and len(heading.split()) <= 10
        and not re.search(r"[.!?…:;,]$", heading)
    ):
        return True
    # A parliament's agenda heading that cites its rule of procedure in brackets: the European
    # Parliament's "Written statements (Rule 178)", "Explanations of vote (Rule 194)".
    if _RULE_HEADING.fullmatch(heading) is not None:
        return True
    # "Слово Владимиру Александровичу Колокольцеву. Пожалуйста.": capitalised words, but a
    # word of lower-case letters closed by a full stop ends a sentence (a chair's hand-off);
    # a heading's abbreviations ("U.S.", "Dr.") keep at most one lower-case letter before it.
    if re.search(rf"[{LOWER}]{{2}}\.(?:\s|$)", heading):
        return False
    # NZ Hansard's subject headings join the topic and its aspect by an unspaced dash:
    # "Economy—Reports", "Prime Minister—Statements".
    heading = re.sub(rf"(?<=[{LOWER}])—(?=[{UPPER}])", " ", heading)
    # A section heading may close with a colon ("Questions & Answers:", an earnings call's).
    return _HEADING.fullmatch(heading.removesuffix(":")) is not None


_FOOTER_DATE = re.compile(r"\d{1,2}[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{4}(?:[ \t]+\([A-Za-z .]{1,20}\))?")


def _titled_footer(line: str, head: set[str]) -> bool:
    """Is ``line`` a page footer "Title / dd/mm/yyyy" whose title is a header line's, however
    cased ("BROADCASTING HOUSE" atop, "Broadcasting House / 23/03/2025" at a page's foot)?"""
    m = re.fullmatch(r"(?P<title>[^/\n]{3,60}?)[ \t]+/[ \t]+\d{1,2}/\d{1,2}/\d{2,4}", line)
    if m is None:
        return False
    title = m.group("title").casefold()
    return any(h.casefold() == title for h in head)


def _trim_running_head(
    text: str, start: int, end: int, head: set[str], *, last: bool = False
) -> int:
    """Cut a PDF page's running head off the end of a body: lines that repeat the transcript's
    own title lines, and the page number ("SUNDAY WITH HELEN MARSH" / "9TH FEBRUARY 2025" /
    "1" between two turns). At least one line must repeat the title.

    Under the last turn the repeated line may have the page's own few short links below it
    (CNN's "Return to Transcripts main page" / "Search CNN"): they go with it."""
    cut, seen, links = end, False, 0
    while cut > start:
        line_start = text.rfind("\n", start, cut) + 1
        if line_start <= start:
            break
        line = text[line_start:cut].strip()
        # A printed record's footer repeats a title line with the page number set off by a tab
        # or a wide gap: "Oral evidence: Armed Forces reserves, HC 612" + tab + "5".
        numbered = re.sub(r"(?:\t|[ ]{3,})[ \t]*\d{1,4}$", "", line)
        if numbered in head:
            line = numbered
        # A PDF's running head may set two title lines on one, a wide gap between them ("SUNDAY
        # WITH LAURA KUENSSBERG" + gap + "13TH OCTOBER 2024"), and shorten the guest's line to
        # the name before its comma ("RACHEL REEVES" for "RACHEL REEVES, CHANCELLOR OF …").
        parts = re.split(r"\t+|[ ]{3,}", line)
        if len(parts) > 1 and all(p.strip() in head for p in parts):
            line = parts[0].strip()
        elif (
            line.isupper()
            and len(line.split()) >= 2
            and any(h.startswith(line + ",") for h in head)
        ):
            line = next(h for h in head if h.startswith(line + ","))
        if line in head or (
            # A committee record's footer under the last turn: its running title over the
            # session ("Built Environment Committee: Evidence Session No. 3").
            last
            and ":" in line
            and line.partition(":")[0].strip() in head
            and (
                0 < len(line.partition(":")[2].split()) <= 6
                # (or the title's own second line after it: "Welsh Affairs Committee: Oral
                # evidence: Water …, HC 412" under "Welsh Affairs Committee" / "Oral evidence: …")
                or line.partition(":")[2].strip() in head
            )
            and not re.search(r"[.!?…]$", line)
        ):
            seen = True
        elif _titled_footer(line, head):
            # A BBC PDF's page footer, the programme's title (capitals at the top) in title
            # case over the broadcast's date: "Broadcasting House / 23/03/2025".
            seen = True
        elif last and not seen and _FOOTER_DATE.fullmatch(line):
            # (and the record's date under it: "14 January 2025 (HL Paper)")
            pass
        elif (
            last
            and not seen
            and links < 3
            and len(line.split()) <= 4
            and not re.search(r"[.!?…:;,\"”»)\]]$", line)
        ):
            links += bool(line)
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
# A section break set as a paragraph of its own: "***", "* * *", "---", "___".
_SECTION_BREAK = re.compile(r"[ \t]*(?:\*[ \t]*){3,}|[ \t]*(?:-[ \t]*){3,}|[ \t]*(?:_[ \t]*){3,}")
_DONATE_ASK = re.compile(r"(?i:підтримайте|поддержите|support)[ \t]+(?i:нас|us)(?!\w)")
_READERS = re.compile(r"(?i:читач|читател|readers)")
_GALLERY_LINE = re.compile(
    r"[ \t]*(?:Open|View|Enlarge|Expand)[ \t]+(?:this[ \t]+)?(?:photo|image|picture)"
    r"(?:[ \t]+in[ \t]+gallery)?[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
_CARD_BYLINE = re.compile(r"By[ \t]+[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’.\-]*){1,3}")
# Russia's legal ad marking between two paragraphs, the advertiser after it: "Реклама. ООО
# «Вологодский молочный комбинат»", "Реклама. ИП Иванов И. И., ИНН 352500000000, erid: 2Vtzq".
# No speaker's words: it goes whatever stands above it (a subheading "Продолжение" too).
_AD_MARKING = re.compile(
    r"[ \t]*(?:Реклама|Реклама[ \t]+партн[её]ра)[.:]?[ \t]+(?:ООО|ОАО|АО|ПАО|ЗАО|ИП|ТОВ|ФОП|ПрАТ)"
    r"(?![\w])[^\n]{0,200}"
)
_SPOILER_NOTE = re.compile(
    r"[(\[*_]*[ \t]*(?:(?:Major|Minor|Mild)[ \t]+)?(?:Spoilers?|SPOILERS?)"
    r"(?:[ \t]+(?:below|ahead|alert|warning|follow)|[ \t]+(?:ALERT|WARNING|AHEAD|BELOW))?"
    r"[ \t]*[!.:]?[ \t]*[)\]*_]*"
)
_READ_ALSO = re.compile(
    r"^[ \t]*(?:Читайте[ \t]+также|Читайте[ \t]+також|Смотрите[ \t]+также"
    # Radio Svoboda's Ukrainian box under the last turn: "ПОДИВІТЬСЯ ТАКОЖ:" over a headline.
    r"|(?:Подивіться|Дивіться)[ \t]+також"
    # Vedomosti's: "Читать ещё" over a headline link.
    r"|(?:Читать|Читайте|Читати)[ \t]+(?:ещё|еще|більше|також)"
    # A recommendations box under the last turn: "Вам може бути цікаво" / "Вас может
    # заинтересовать" over a headline link (a whole line of its own, no stop).
    r"|(?:Вам[ \t]+може[ \t]+бути[ \t]+цікаво|Вас[ \t]+може[ \t]+зацікавити"
    r"|Вам[ \t]+может[ \t]+быть[ \t]+интересно|Вас[ \t]+может[ \t]+заинтересовать)"
    # MK's: "Что еще почитать" over its headline links.
    r"|Что[ \t]+(?:еще|ещё)[ \t]+(?:почитать|прочитать)"
    # Sky News: "Read more from Sky News:" over its headline links.
    # Le Monde's, its paywall tag kept on the line, the headline link below: "Read more
    # Subscribers only" / "France's defense industry struggles to move to a 'war economy'".
    r"|Read[ \t]+(?:more|also)(?:[ \t]+(?:from|on|of|about)[ \t]+[^\n:]{1,40}"
    r"|[ \t]+(?:Subscribers?|Members?)[ \t]+only)?"
    # The Times of India's "Also Read" over a headline link; the FT's "Recommended" over its
    # rubric and headline ("The Big Read" / "France's debt dilemma: …?").
    r"|Also[ \t]+read|Recommended"
    # El País's box between two answers: "More information" over two headline links.
    r"|More[ \t]+(?:information|on[ \t]+this[ \t]+(?:story|topic)|stories|coverage)"
    # The World Bank's sidebar between two answers, the answers' own sentences quoted under it:
    # "KEY QUOTES" / "“A tailor needs a sewing machine …”"; "STORY HIGHLIGHTS", "FAST FACTS".
    r"|Key[ \t]+(?:quotes|facts|points|takeaways)|(?:Story[ \t]+)?highlights"
    r"|(?:Fast|Quick)[ \t]+facts"
    # Nikkei Asia's box under the last answer: "Read next" over its headline links.
    r"|Read[ \t]+next"
    # Al Jazeera's "Keep reading" / "list of 4 items" / "list 1 of 4" / a headline / … /
    # "end of list".
    r"|Keep[ \t]+reading"
    # CNBC's video embed between two turns: "WATCH NOW" / "VIDEO 05:48" / its headline.
    r"|See[ \t]+also|Дополнительные[ \t]+материалы|Watch[ \t]+now"
    # Lenta.ru's box between two turns: "Материалы по теме:" over a headline and its date.
    r"|(?:Материалы|Матеріали)[ \t]+(?:по|за|на)[ \t]+тем(?:е|ою|у)"
    # ria.ru's box under the last answer: "Также по теме" over headline links, one of them
    # "Рябков: Россия готова …" (a surname headline that reads like a label).
    r"|(?:Также|Ещё|Еще|Також|Більше)[ \t]+(?:по|за|на)[ \t]+тем(?:е|і|у)"
    # AP's box between an interview's turns: "RELATED COVERAGE" over two headline links.
    r"|Related(?:[ \t]+(?:coverage|stories|articles|content|news|reading|links|analysis"
    r"|commentary|research|publications|resources|posts|reports|insights))?"
    # An ad slot between paragraphs, its label left by the scrape: "Реклама:", "Advertisement".
    # Its teaser may share the line after a separator: "Реклама · Спортивне харчування зі
    # знижкою до −20%".
    r"|(?:Реклама|Advertisement)(?:[ \t]+[·•|][ \t]+[^\n]{1,80})?"
    # A partner-ad block over its sponsored headline (ЛІГА: "Новини партнерів" / "Ремонт
    # квартири під ключ від 4500 грн/м²").
    r"|Новости[ \t]+партн[её]ров|Новини[ \t]+партнерів|Partner[ \t]+(?:content|news)"
    # RBC's premium box over its headline link: "Читайте на РБК Pro" / "Как авиакомпании …";
    # "Читайте також на сайті …" likewise.
    r"|(?:Читайте|Читати|Читать)(?:[ \t]+(?:также|також|ещё|еще|більше))?[ \t]+(?:на|в|у)"
    r"[ \t]+(?:сайті[ \t]+|сайте[ \t]+)?[A-ZА-ЯЁІЇЄҐ«][^\n.!?:]{0,30})"
    r"[ \t]*:?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


# A newsletter box's first line: "SIGN UP for POLITICO Europe's Morning Defense newsletter",
# "Subscribe to our daily newsletter", "Sign up to First Edition, our free daily newsletter".
_NEWSLETTER_BOX = re.compile(
    r"[ \t]*(?:Sign[ \t]+up|Subscribe|Get)\b[^\n.!?]{0,100}\bnewsletters?\b", re.IGNORECASE
)


def _in_read_also(text: str, pos: int) -> bool:
    """Is ``pos`` on a headline line of a "Читайте также" box ("Лавров: Россия готова …")?"""
    box = text.rfind("\n\n", 0, pos)
    m = _READ_ALSO.search(text, box + 1 if box >= 0 else 0, pos)
    if m is not None and re.fullmatch(r"[ \t]*(?:ПО)?ДИВІТЬСЯ[ \t]+ТАКОЖ[ \t]*:[ \t]*", m.group(0)):
        # Radio Svoboda's capitals box holds one headline link: a line below that one is the
        # page's own again, the blank before it lost ("ДИВІТЬСЯ ТАКОЖ:" / "Як живе … місто" /
        # "Скільки будинків уже відновили?" — the next plain question).
        return text.count("\n", m.end(), pos) <= 1
    return m is not None


_AFTER_BRIEFING_NOTE = re.compile(
    r"(?:The[ \t]+following[ \t]+questions?\b[^\n]{0,80}?\b(?:press[ \t]+conference|briefing)"
    r"|Following[ \t]+the[ \t]+(?:press[ \t]+conference|briefing)\b[^\n]{0,80}?\bquestions?)"
    r"\b[^\n]{0,60}[.:]",
    re.IGNORECASE,
)
# The editor's bridge from a speech to the questions after it: "After the rally, Delgado spoke
# briefly with reporters.", "The governor then took questions from the press." (one sentence in
# the third person; "I spoke with reporters yesterday." is the speaker's own).
_TO_REPORTERS_NOTE = re.compile(
    r"(?![^\n]*\b(?:I|we|We|my|My|our|Our|me|us)\b)[A-Z][^\n.!?]{0,80}?\b(?:spoke|talked"
    r"|took[ \t]+(?:a[ \t]+few[ \t]+)?questions|answered[ \t]+(?:a[ \t]+few[ \t]+)?questions"
    r"|fielded[ \t]+(?:a[ \t]+few[ \t]+)?questions)\b[^\n.!?]{0,30}?\b(?:reporters|journalists"
    r"|the[ \t]+(?:press|media))(?:[ \t]+afterward|[ \t]+afterwards)?[.:]"
)
_READ_ALSO_INLINE = re.compile(
    # A Markdown scrape keeps the link's bold: "**Читайте також: У Миколаєві відкрили …**".
    r"(?:\*\*|__)?[ \t]*"
    r"(?:(?:Читайте[ \t]+также|Читайте[ \t]+також|Смотрите[ \t]+также|(?:По)?[Дд]ивіться[ \t]+також"
    r"|Read[ \t]+(?:more|also)|Also[ \t]+read|See[ \t]+also|Related)[ \t]*:[ \t]*\S[^\n]{0,150}$"
    # The Atlantic's bare "Read:" before a headline link between two turns: "Read: Why can't
    # America build anything anymore?" (the page's, no one's question).
    r"|Read[ \t]*:[ \t]+[A-Z\"“‘'][^\n]{0,150}$"
    # The Hindu and other Indian sites bar the label off: "ALSO READ | India, EFTA hold first
    # joint committee meeting under trade pact".
    r"|(?:Also[ \t]+read|Read[ \t]+(?:more|also))[ \t]*\|[ \t]*\S[^\n]{0,150}$"
    # Le Monde's link with no colon, its parts run together by the scrape: "Read more
    # Subscribers only  Mercosur: Why French farmers fear South American beef".
    r"|Read[ \t]+(?:more|also)(?:[ \t]{2,}|[ \t]+(?=Subscribers?[ \t]+only))\S[^\n]{0,150}$)",
    re.IGNORECASE,
)
# A newsletter box between paragraphs (the Guardian: "Sign up to First Edition" / "Free daily
# newsletter" / …, "Privacy Notice: Newsletters may contain …", "after newsletter promotion").
_NEWSLETTER = re.compile(
    r"[ \t]*(?:Sign[ \t]+up[ \t]+(?:to|for)\b|Privacy[ \t]+Notice[ \t]*:"
    r"|after[ \t]+newsletter[ \t]+promotion[ \t]*$|Subscribe[ \t]+to[ \t]+(?:our|the)[ \t]+"
    r"[^\n]{0,40}newsletter)"
    # A paywall's subscription prompt between two turns, behind its tag or not (НВ: "НВ
    # Преміум: Підпишіться, щоб читати …"; "Подпишитесь на наш канал в Telegram").
    r"|(?:[^\n:.!?]{1,30}:[ \t]*)?(?:Підпиш[іи]ться|Підписуйтеся|Підписуйтесь|Подпишитесь"
    r"|Подписывайтесь)\b"
    # An English metered paywall's prompt: "Subscribe to keep reading — you have 2 free
    # articles left this month."
    r"|Subscribe[ \t]+(?:now[ \t]+)?to[ \t]+(?:keep|continue)[ \t]+reading\b",
    re.IGNORECASE,
)


def _pull_quote(para: str, before: str) -> bool:
    """A pull quote: a paragraph all in quotation marks repeating words said above it ("‘The
    people in that control room are not easily frightened, and they were frightened’" under the
    answer that says so). Nobody quotes themselves word for word in the next paragraph."""
    # (a Markdown blockquote's mark before it: "> «Мы однажды вскрыли стену …»")
    para = re.sub(r"^[ \t]*>[ \t]*", "", para.strip())
    m = re.fullmatch(r"[‘“\"«'](?P<q>[^\n]{20,300}?)[.!?…]?[’”\"»']", para)
    if m is not None and m.group("q").rstrip(".!?…,").casefold() in before.casefold():
        return True
    # The French typography's highlight, spaced inside its guillemets and closed on no stop,
    # under a statement it sums up: "« Europe and Mercosur can show the world that free trade
    # with rules is still possible »" (the Élysée's transcripts) — the page's heading, no words.
    return (
        re.fullmatch(r"«[ \t\u00a0\u202f][^\n«»]{20,250}[^\s.!?…,;:][ \t\u00a0\u202f]»", para)
        is not None
        and 4 <= len(para.split()) <= 40
    )


_VOTE_RECORD = re.compile(
    r"[ \t]*\(?(?:Ид[её]т[ \t]+голосование|Йде[ \t]+голосування|Результаты[ \t]+голосования"
    r"|Результати[ \t]+голосування|Результат[ \t]+голосування)\b",
    # (the Duma's site sets the heading in capitals: "РЕЗУЛЬТАТЫ ГОЛОСОВАНИЯ (12 час. 47 мин.)")
    re.IGNORECASE,
)

_VOTE_HEADING = re.compile(r"(?:Голосування|Голосование)[ \t]*:?")


_CAPTION_CREDIT = re.compile(
    # (the credit may follow the caption with no stop: "Сергей Лавров во время интервью
    # «Известиям» Фото: ИЗВЕСТИЯ/Павел Волков")
    # (or glued to the caption's closing quote by the scrape: "Ростислав Марченко: «Одну
    # велику ТЕЦ вивести з ладу легко…»Фото: «Главком»")
    r"(?:^|[.!?…»\"”)][ \t]*|[ \t]+|[ \t][|/–—-][ \t]+)"
    # (the Guardian's "… at the White House in August. Photograph: Jane Roe/AP", session 33)
    r"(?:Фото|Фотография|Фотограф|Світлина|Photo|Photograph|Photographer|Foto|Image|Credit)"
    r"[ \t]*:[ \t]*[^.!?\n]{1,80}$"
    # The credit in brackets after the caption: "Заступник міністра енергетики Тарас Кравець
    # (фото: Віталій Носач, РБК-Україна)".
    r"|[ \t]\((?:Фото|Фотография|Світлина|Photo|Image|Credit)[ \t]*:[ \t]*[^()!?\n]{1,80}\)$"
    # A credit with no colon, saying where the picture came from: "Андрій Шевчук з бійцями під
    # Покровськом. Фото надане героєм публікації", "… Фото предоставлено героем публикации",
    # "… Фото из личного архива".
    r"|[.!?…»\"”)][ \t]*(?:Фото|Світлина)[ \t]+(?:надан[еоаі]|предоставлен[оаы]?"
    r"|из[ \t]+(?:личного[ \t]+)?архива|з[ \t]+(?:особистого[ \t]+)?архіву)\b[^.!?\n]{0,80}$"
    # DW's, the credit glued to the caption's last word by the scrape: "… need to spend their
    # defense budgets togetherImage: Jane Roe/AFP/Getty Images" (a capital right after a
    # lower-case letter: no word of prose).
    r"|(?-i:(?<=[a-z])(?:Image|Photo)):[ \t]*[^.!?\n]{1,80}$",
    re.IGNORECASE,
)
# The wire services' credit in brackets: "… in Washington, Tuesday, July 8, 2025. (AP
# Photo/Mark Schiefelbein)", "(Photo by Jane Doe/Getty Images)".
_WIRE_CREDIT = re.compile(
    # (a service's own, in lowercase: "… May 28, 2025. (U.S. Army photo by Staff Sgt. Dana Ruiz)")
    r"[.!?…][ \t]+\((?:[A-Z][\w.&]*[ \t]+){0,2}(?i:photo)(?:[ \t]+by)?[ \t]*[/: ][^()\n]{1,80}\)$"
    # Al Jazeera's, in square brackets after a caption with no stop: "Displaced families shelter
    # in a school in Beirut, October 2024 [Hassan Ammar/AP Photo]", "[File: Jane Doe/Reuters]".
    r"|[ \t]\[(?:File:[ \t]*)?[A-Z][^\[\]/\n]{1,50}/[ \t]*[A-Z][^\[\]\n]{0,40}\]$"
    # Getty's, unbracketed after the caption's stop: "… in Nairobi, November 2024. Simon
    # Maina/AFP via Getty Images", "… on Monday. Jane Doe/Bloomberg via Getty Images".
    # (TIME's sets an em dash for the slash: "… on Oct. 7, 2025. Jane Roe—Getty Images")
    r"|[.!?…][ \t]+(?:[A-Z][\w'’.\-]*[ \t]+){1,3}?[A-Z][\w'’\-]*[ \t]*[/—][ \t]*"
    r"(?:[A-Z][\w&.\-]*[ \t]+){0,3}?(?:via[ \t]+)?Getty[ \t]+Images$"
    # POLITICO's, after a bar past the caption's stop, the photographer and the agency apart by
    # a slash: "… toward Russian positions in the Donetsk region. | Jane Roe/AFP via Getty
    # Images", "… will not be its last. | Jan Novak/EPA".
    r"|[.!?…”’\"][ \t]+\|[ \t]+(?:[A-Z][\w'’.\-]*[ \t]+){0,3}[A-Z][\w'’\-]*[ \t]*/[ \t]*"
    r"[A-Z][\w&.\-]*(?:[ \t]+(?:via|[A-Z][\w&.\-]*)){0,4}$"
    # The National's, the photographer and the paper apart by a spaced slash: "… at the Ministry
    # of Water Resources in Baghdad. Nadia Suleiman / The National"; or a photo agency's
    # single name before its photographer's (swissinfo.ch: "… of the Human Rights Council.
    # Keystone / Salvatore Di Nolfi"). A dated caption's stop may have lost its space to the
    # credit (nbcnews.com: "… near Taos, N.M., on May 2, 2025.Jane Roe / AP").
    r"|(?:[.!?…][ \t]+|(?<=(?:19|20)\d\d)\.)"
    r"(?:[A-Z][\w'’.\-]*[ \t]+){0,3}?[A-Z][\w'’\-]*[ \t]+/[ \t]+"
    r"(?:The[ \t]+)?[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,2}$"
    # The same in brackets (the Anchorage Daily News): "… during the evening commute in
    # February. (Bill Roth / ADN)".
    r"|[.!?…][ \t]+\((?:[A-Z][\w'’.\-]*[ \t]+){1,3}/[ \t]+"
    r"(?:The[ \t]+)?[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,2}"
    # (an agency's picture another distributes: "… on Sept. 14, 2025. (Jane Roe / AFP via
    # Getty Images)", the Kyiv Independent's)
    r"(?:[ \t]+via[ \t]+[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,2})?\)$"
    # CBC's, the slash unspaced: "… in Ottawa's ByWard Market. (Francis Ferland/CBC)"; and a
    # picture the subject sent in: "… since November. (Submitted by Centretown Family Shelter)".
    r"|[.!?…][ \t]+\((?:[A-Z][\w'’.\-]*[ \t]+){0,3}[A-Z][\w'’.\-]*/"
    r"(?:The[ \t]+)?[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,2}\)$"
    r"|[.!?…][ \t]+\((?:Submitted[ \t]+by|Courtesy[ \t]+of)[ \t]+[A-Z][^()\n.!?]{1,80}\)$"
    # A British broadcaster's or paper's, a "Picture:" field after the caption's stop: "Nick
    # Ferrari and the minister in the LBC studio. Picture: LBC".
    r"|[.!?…][ \t]+Picture[ \t]*:[ \t]*[A-Z][\w&.'’\-]*(?:[ \t]+[A-Z][\w&.'’\-]*){0,3}$"
    # PBS's, unbracketed after the caption's stop, the photographer and the agency apart by a
    # slash: "… in Vientiane, Laos, November 20, 2024. Photo by Jane Roe/Reuters".
    r"|[.!?…][ \t]+Photo[ \t]+by[ \t]+(?:[A-Z][\w'’.\-]*[ \t]+){0,3}[A-Z][\w'’\-]*[ \t]*/[ \t]*"
    r"(?:The[ \t]+)?[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,2}$"
    # A news agency's own photo, credited by its name alone in brackets after a dated caption
    # (Yonhap, Xinhua): "… at the ministry in Seoul on Nov. 4, 2025. (Yonhap)". Only a known
    # outlet: "(Applause)" or "(Laughter)" closing a line is a stage direction.
    # (a photo agency's name alone, too, after a dated caption: Fox News's "… at the U.S.
    # Capitol on Nov. 13, 2024. (Getty Images)")
    r"|(?:19|20)\d\d[.!?…][ \t]+\((?i:Getty[ \t]+Images|"
    + "|".join(re.escape(o) for o in sorted(NEWS_OUTLETS, key=len, reverse=True))
    + r")\)$"
    # (or unbracketed, a network's own still of its guest: "Treasury Secretary Scott Bessent on
    # \"Face the Nation,\" April 6, 2025. CBS News" — its news arm's name after the date)
    # (nbcnews.com's, the scrape gluing it to the date's stop: "Speaker Mike Doe on \"Meet the
    # Press\" on Sept. 28, 2025.NBC News")
    r"|(?:19|20)\d\d\.[ \t]*(?-i:(?:CBS|NBC|ABC|CNN|Fox|PBS|BBC|Sky|CBC)[ \t]+News)$"
    # A caption glued to its copyright credit, the scrape dropping the break between the two
    # (ria.ru: "Ректор МГТУ имени Н.Э. Баумана Михаил Гордин© РИА Новости / Илья Питалев"):
    # the sign, then the agency and its photographer apart by a slash, closing the line.
    r"|(?<=[^\W\d_])[ \t]?©[ \t]*[^\W\d_][^\n/©.!?]{1,40}/[ \t]*[^\W\d_][^\n/©.!?]{1,40}$"
)


# en.kremlin.ru sets a photo's caption, with no credit, flush under the paragraph it follows:
# "… made in national currencies." / "With Bharat Global TV journalists Ritika Malhotra and
# Arvind Nair." — a short verbless phrase opened by a preposition, naming someone. A speaker's
# own short line ("At the same time, we will continue.", "With regard to sanctions …") has a
# comma, a pronoun or an auxiliary, or names nobody.
_FLUSH_CAPTION = re.compile(
    r"(?:With|At|During|Before|After)[ \t]+(?!regard\b|respect\b|reference\b)"
    r"[^\n,;:!?()]*?[A-Z][^\n,;:!?()]*\.",
)
_CAPTION_VERBISH = re.compile(
    r"\b(?:I|we|you|he|she|they|it|this|that|these|those|is|are|was|were|will|would|can|could"
    r"|have|has|had|do|does|did|be|been|should|must|may|might|shall|not|our|my|your)\b"
)


# kremlin.ru's Russian captions the same way: "В ходе ответов на вопросы журналистов.", "Перед
# началом встречи." — an occasion in the genitive after "в ходе" / "во время" / "перед началом"
# / "по окончании", no verb, no pronoun (a speaker's "В ходе визита рассчитываем обсудить …"
# has a verb).
_RU_FLUSH_CAPTION = re.compile(
    r"(?:В[ \t]+ходе|Во[ \t]+время|Перед[ \t]+началом|По[ \t]+окончании)[ \t]+"
    r"[^\n,;:!?()«»\"“”.]{3,80}\."
)
_RU_CAPTION_VERBISH = re.compile(
    r"(?:ть|ться|ет|ют|ут|ит|ят|ем|ешь|ете|ите|ал|ала|али|ало|ил|ила|или|ило|ел|ела|ели|ся|сь)$"
    r"|^(?:я|мы|вы|он|она|они|оно|это|не|нет|был|была|были|будет|будут|наш|наши|мой)$"
)


def flush_caption(line: str) -> bool:
    """Is ``line`` a caption set flush under a paragraph ("With Bharat Global TV journalists
    Ritika Malhotra and Arvind Nair.")? See ``_FLUSH_CAPTION``, ``_RU_FLUSH_CAPTION``."""
    line = line.strip()
    if 3 <= len(line.split()) <= 8 and _RU_FLUSH_CAPTION.fullmatch(line) is not None:
        return not any(_RU_CAPTION_VERBISH.search(w.lower().strip(".")) for w in line.split()[2:])
    return (
        2 <= len(line.split()) <= 14
        and _FLUSH_CAPTION.fullmatch(line) is not None
        and _CAPTION_VERBISH.search(line) is None
    )


# A caption introduced by its own tag, a paragraph of its own between two turns (tccb.gov.tr:
# "Photo: President Erdoğan speaks to members of the press aboard the presidential aircraft.").
# The words after the tag are the caption: a sentence closed by a stop, with no "/" — a bare
# credit ("Photo: Reuters/Maxim Shemetov", "Фото: пресс-служба МИД") closes with none.
_TAGGED_CAPTION = re.compile(
    # (a regional paper tags its archive picture with its own name: "Eagle file photo: Stan
    # Kowalczyk behind the counter in 2015.", "Staff photo: …")
    r"(?:(?:[A-Z][\w.&'’\-]*[ \t]+){0,2}?(?:file|staff|archive|courtesy)[ \t]+(?=photo))?"
    r"(?:Фото|Фотография|Світлина|Photo|Image|Caption)[ \t]*:[ \t]*"
    r"(?P<caption>[^\W\d_][^\n/©]{15,300}[.!])",
    re.IGNORECASE,
)


# The caption's own credit after it, with no stop of its own: "Фото: Ирина Шевчук в
# ординаторской. Фото Дарьи Сомовой", "Photo: … at the plant. Photo by Jan Novak".
# (or the paper's initials and the photographer apart by a slash: "Photo: Workers sort cashew
# kernels at a factory …. KT/Chor Sokunthea")
_TRAILING_PHOTO_CREDIT = re.compile(
    r"(?<=[.!])[ \t]+(?:(?:Фото|Світлина|Photo)\b(?![ \t]*:)[^\n.!?]{1,80}"
    r"|(?-i:[A-Z]{2,6}[ \t]*/[ \t]*[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,3}))$",
    re.IGNORECASE,
)


def _tagged_caption(line: str) -> re.Match[str] | None:
    line = line.strip()
    # The scrape may keep the caption's box as brackets: "[Фото: Ирина Шевчук в … ]".
    if re.fullmatch(r"\[[^\[\]\n]+\]|\([^()\n]+\)", line):
        line = line[1:-1].strip()
    m = _TAGGED_CAPTION.fullmatch(line)
    if m is None and (credit := _TRAILING_PHOTO_CREDIT.search(line)) is not None:
        m = _TAGGED_CAPTION.fullmatch(line[: credit.start()])
    return m if m is not None and len(m.group("caption").split()) >= 4 else None


# A wire photo's bare copyright credit, the photographer (or press office) and the agency apart
# by a slash: "© Александр Демьянчук/ТАСС", "© Sergei Bobylev/TASS".
_COPYRIGHT_CREDIT = re.compile(r"©[ \t]*[^\W\d_][^\n/©.!?]{1,60}/[ \t]*[^\W\d_][^\n/©.!?]{1,30}")


# A caption's credit on a line of its own: "Фото: пресс-служба …", Bloomberg's "Photographer:
# Lukas Berger/Bloomberg" under the caption "Klaus Ebner".
_CREDIT_LINE = re.compile(
    # TASS marks the credit under its caption with a copyright sign: "Дорожный ремонт в
    # Новосибирской области" / "© Пресс-служба министерства транспорта …/ТАСС".
    # (Der Spiegel's English pages keep the German tag: "Foto: Petras Malukas / AFP")
    r"(?:Фото|Фотограф|Світлина|Photo|Photographer|Foto|Image|Credit)[ \t]*:|©[ \t]*\S",
    re.IGNORECASE,
)


def caption_paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Photo captions closed by their credit, each a paragraph of its own between ``start``
    and ``end`` (what lies between two turns): "Energy Secretary Marta Kessler speaks during an
    interview … (AP Photo/Mark Schiefelbein)". Nobody says them: an ``other`` row each. (A
    caption with a "Фото: …" credit is only trimmed off the labelled turn before; the
    dash and bold dialogues row a one-line one.)"""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"(?:(?<=\n\n)|(?<=\A))[^\n]+\n[^\n]+(?=\n\n|\Z)", text[start:end]):
        # The credit on the caption's next line, the two a paragraph of their own: "Klaus
        # Ebner" / "Photographer: Lukas Berger/Bloomberg" (Bloomberg, between two turns).
        first, credit = (ln.strip() for ln in m.group(0).split("\n"))
        if 0 < len(first.split()) <= 40 and len(credit) <= 100 and _CREDIT_LINE.match(credit):
            a = start + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            out.append((a, start + m.start() + len(m.group(0).rstrip())))
    for m in re.finditer(r"[^\n]+", text[start:end]):
        line = m.group(0).strip()
        # A credit-less caption set flush under the turn before (see flush_caption): the
        # gap begins with its line break.
        flush = (
            m.start() > 0
            and text[start : start + m.start()].strip() == ""
            and ("\n\n" not in text[start : start + m.start()])
        )
        if (len(line.split()) <= 40 and _WIRE_CREDIT.search(line) is not None) or (
            flush and flush_caption(line)
        ):
            a = start + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            out.append((a, a + len(line)))
        elif not flush and (tagged := _tagged_caption(line)) is not None:
            # "Photo: President Erdoğan speaks to …": the row is the caption, not its tag.
            a = start + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            out.append((a + tagged.start("caption"), a + tagged.end("caption")))
    return out


# A teaser link's stamp: "8 февраля, 14:21", "14:21", "10.02.2025 14:21", "Вчера, 09:05".
_TEASER_STAMP = re.compile(
    r"(?:[\w.]+(?:[ \t]+\w+)?,?[ \t]+)?\d{1,2}:\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4},?[ \t]+\d{1,2}:\d{2}"
)


# A teaser card's date without a clock: "12 сентября 2025", "3 березня 2026 р.", "12 September
# 2025", "September 12, 2025".
_TEASER_DATE = re.compile(
    r"\d{1,2}[ \t]+[а-яёіїєґa-z]{3,10}[ \t]+(?:19|20)\d\d(?:[ \t]*(?:г|р)\.|[ \t]+(?:года|року))?"
    r"|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+(?:19|20)\d\d",
    re.IGNORECASE,
)


_DOSSIER = re.compile(
    r"(?:Личное[ \t]+дело|Досье|Досьє|Справка|Довідка|Биография|Біографія|Визитная[ \t]+карточка"
    r"|Візитівка|Особова[ \t]+справа"
    # An English site's bio box: "About Jonas Keller" over "Jonas Keller, 51, has been …".
    r"|(?-i:About(?:[ \t]+(?:[A-Z][\w'’.\-]*|von|van|de|al|bin)){1,4}))"
    # The paper's name after the heading: "Справка «Известий»" (Izvestia), "Досье ТАСС",
    # "Довідка Forbes".
    # (straight quotes too: Rossiyskaya Gazeta's "Справка "РГ"")
    r"(?:[ \t]+(?:«[^»\n]{1,30}»|\"[^\"\n]{1,30}\"|“[^”\n]{1,30}”"
    r"|(?-i:[A-ZА-ЯЁІЇЄҐ][\w.\-]{1,20})))?[ \t]*:?",
    # Vedomosti sets the heading in capitals: "ДОСЬЕ" / "Марина Ковалева" / "генеральный …".
    re.IGNORECASE,
)


_DOSSIER_RUN_IN = re.compile(
    r"(?:Справка|Довідка|Досье|Досьє)(?:[ \t]+(?:«[^»\n]{1,30}»|\"[^\"\n]{1,30}\"))?[ \t]*:[ \t]+"
    r"[\"«A-ZА-ЯЁІЇЄҐ]"
)


# A sidebar's heading: "Кстати", "До речі", "Цифра", "Факт", "Между тем", "By the way".
_PORTRAIT_CREDIT = re.compile(
    r"(?:Пресс-служба|Прес-служба|Личный[ \t]+архив|Из[ \t]+личного[ \t]+архива"
    r"|Особистий[ \t]+архів|З[ \t]+особистого[ \t]+архіву)\b[^\n.!?]{0,100}$",
    re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(r"(?:(?:Фото|Світлина|Photo|Image|Credit)[ \t]*:|©)[^\n]{1,80}$", re.I)
_SIDEBAR = re.compile(
    r"(?:Кстати|До[ \t]+речі|Между[ \t]+прочим|Між[ \t]+іншим|Цифр[аыи]|Факт[ыи]?|В[ \t]+тему"
    # Rossiyskaya Gazeta's note box: "Важно" / "Прием документов … начнется 20 июня."
    r"|Важно|Важливо"
    r"|By[ \t]+the[ \t]+way|Fact[ \t]+box|Factbox)[ \t]*[:!]?",
    re.IGNORECASE,
)


_BIO_HEADING = re.compile(
    rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?[ \t]+(?:[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?"
    rf"(?:,[ \t]*\d{{1,3}}(?:[ \t]+[{LOWER}]+)?)?"
    rf"|[{UPPER}][{LOWER}'’\-]+,[ \t]*\d{{1,3}}[ \t]+(?:років|роки|рік|лет|года|год))"
)
_PLAIN_NAME = re.compile(rf"[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?")
_BORN = re.compile(r"(?<!\w)(?:Народи(?:вся|лася)|Родил(?:ся|ась)|Born\b)")


def _dossier_start(text: str, start: int, end: int) -> int:
    """Where a dossier box set in paragraphs of its own begins, under the last answer: its
    heading alone as a paragraph, then a few short paragraphs to the end (Kommersant's "Личное
    дело" / "Дьяченко Олег Викторович" / "Родился в 1974 году …" / "Банк «…»" / "Основан в
    1992 году …"); else ``end``. The words above it must close a sentence.

    A page that sets its paragraphs one a line, no blank line anywhere in the stretch, sets
    its box so too (Кировская правда: "… не работает." / "Фото автора." / "Справка «КП»" /
    "Филипповская средняя школа основана …"). The photographer's credit right over the box
    ("Фото автора.", "Фото из архива героя") is the page's with it."""
    flush = "\n" in text[start:end] and _BLANK_LINE.search(text, start, end) is None
    for m in re.finditer(r"\n" if flush else r"\n[ \t]*\n", text[start:end]):
        at = start + m.end()
        line_end = text.find("\n", at, end)
        heading = text[at : end if line_end < 0 else line_end]
        heading = re.sub(r"\*\*|__|^#{1,6}[ \t]+", "", heading).strip()
        box = text[at:end]
        if (
            _DOSSIER.fullmatch(heading) is None
            and not (
                # A bio box headed by the interviewee's name, the surname in capitals or the age
                # beside it: "Василь КРАВЧУК, 58 років" / "Народився 1966-го в с. Зарічани …".
                _BIO_HEADING.fullmatch(heading) is not None
                and _BORN.search(box[len(heading) :]) is not None
            )
            and not (
                # A bio box headed by a name the page gave above, plain, its post and "Родился
                # …" on the lines under it (Vedomosti: "Кирилл Лебедев" / "Генеральный
                # директор …" / "Родился в 1979 г. …"): nobody heads their own words so.
                _PLAIN_NAME.fullmatch(heading) is not None
                and any(_BORN.match(ln.strip()) for ln in box.split("\n")[1:4])
                and re.search(rf"(?<![{LETTER}]){re.escape(heading)}(?![{LETTER}])", text[:start])
                is not None
            )
            and not (
                # The company's box, headed by its legal name alone, its first words what it is
                # or when it was founded (Kommersant: "АО «Уралвольфрам»" / "Горнодобывающая
                # компания. Разрабатывает …", "Банк «…»" / "Основан в 1992 году …").
                _ORG_HEADING.fullmatch(heading) is not None
                and _ORG_BOX_OPENS.match(box[len(heading) :].lstrip()) is not None
            )
            and not (
                # A note box, its one-word heading a paragraph of its own and one short
                # paragraph under it (Rossiyskaya Gazeta: "… целевая программа." / "Важно" /
                # "В области действует программа поддержки …"): a heading nobody says alone.
                not flush
                and _SIDEBAR.fullmatch(heading) is not None
                and len(_BLANK_LINE.split(box.strip())) == 2
                and len(box.split()) <= 80
                and re.search(r"[.!?…\"”»)]$", box.strip()) is not None
            )
        ):
            continue
        before = text[start : start + m.start()].rstrip()
        credit = _CREDIT_OVER_BOX.search(before)
        if credit is not None and credit.start() > 0:
            before = before[: credit.start()].rstrip()
        if (
            len(re.split(r"\n" if flush else r"\n[ \t]*\n", box.strip())) <= 8
            and len(box.split()) <= 200
            and re.search(r"[.!?…\"”»)]$", before)
        ):
            return start + len(before)
    return end


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A company's legal name alone: "АО «Уралвольфрам»", "ПАО «Северсталь»", "ТОВ «Нова Пошта»".
_ORG_HEADING = re.compile(
    r"(?:АО|ПАО|ОАО|ЗАО|НАО|ООО|АТ|ПАТ|ПрАТ|ТОВ|ГК|МКПАО|Банк|Группа|Група|Компания|Компанія"
    r"|Холдинг|Концерн)[ \t]+(?:«[^»\n]{1,40}»|\"[^\"\n]{1,40}\")"
)
# What a company's box says first: what kind of company ("Горнодобывающая компания.",
# "Крупнейший производитель …") or when it was founded ("Основан в 1992 году").
_ORG_BOX_OPENS = re.compile(
    r"(?:[А-ЯЁІЇЄҐ][а-яёіїєґ\-]+(?:ая|ий|ый|ой|а|е|ое|ие|і)[ \t]+){0,2}"
    r"(?i:компания|компанія|группа|група|холдинг|банк|предприятие|підприємство|корпорация"
    r"|корпорація|производитель|виробник|оператор)(?![а-яёіїєґ])"
    r"|(?:Основан|Основана|Основано|Создан|Создана|Создано|Заснован|Заснована|Засновано)[ \t]"
)
# The photographer's credit with no colon, alone on the line over a dossier box: "Фото автора.",
# "Фото авторки", "Фото из архива героини", "Фото з особистого архіву".
_CREDIT_OVER_BOX = re.compile(
    r"\n[ \t]*(?:Фото|Світлин[аи])(?:[ \t]+(?:автора|авторки|(?:из|з|із)[ \t]+"
    r"(?:[а-яёіїєґ'’]+[ \t]+)?арх[иі]в[ау]\b[^\n.!?]{0,60})"
    # … or with a colon, the source after it (Rossiyskaya Gazeta: "Фото: пресс-служба
    # управления автомобильных дорог" / "Справка "РГ"" / …).
    r"|[ \t]*:[ \t]*[^\n.!?:]{2,100})\.?[ \t]*\Z"
)


# Or in capitals (Ukrinform's "… in an interview." / "ENERGY" / "The summer has started …?").
_ONE_WORD_HEADING = re.compile(
    rf"[{UPPER}][{LOWER}]{{3,}}(?:-[{LOWER}]+)?|[{UPPER}]{{4,}}(?:-[{UPPER}]+)?"
)
# The three-letter words that answer alone ("Нет", "Так", "Yes"): speech, no heading.
_SHORT_REPLY = re.compile(
    r"(?i:нет|так|ага|угу|еще|ещё|всё|все|вот|yes|yep|yup|nah|not|now|why|how|and|but|wow|hmm|huh|oui|non)"
)
_REPLY_WORD = re.compile(
    r"(?i:thanks|okay|sure|right|exactly|absolutely|certainly|indeed|спасибо|спасибі|дякую"
    r"|благодарю|конечно|звісно|безусловно|безумовно|абсолютно|именно|точно|правильно|добре"
    r"|хорошо|ладно|верно|вірно)"
)


# (The link may read "Share this contribution"; the question's number may stand alone under it,
# "… Wednesday 19 March." / "[903114]".)
_AD_READ = re.compile(
    r"[\[(](?:SPONSOR(?:ED)?|SPONSOR[ \t]+(?:READ|MESSAGE|BREAK)|AD|ADVERT(?:ISEMENT)?|AD[ \t]+"
    r"(?:BREAK|READ)|MID-?ROLL|PRE-?ROLL|PAID[ \t]+(?:PROMOTION|PARTNERSHIP))[\])]",
    re.IGNORECASE,
)
# The same break in a podcast's timestamped text version, the word alone after its stamp and
# the read below it: "[00:18:40] РЕКЛАМА" / "Цей випуск виходить за підтримки …".
_STAMPED_AD = re.compile(
    r"[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?[ \t]+"
    r"(?:РЕКЛАМА|Реклама|AD[ \t]+BREAK|ADVERT(?:ISEMENT)?|Advertisement|SPONSOR(?:ED)?)"
    r"[ \t]*(?:\n|$)"
)
_FLUSH_FURNITURE = re.compile(
    r"Share(?:[ \t]+this[ \t]+contribution)?|(?:[01]?\d|2[0-3]):[0-5]\d:[0-5]\d"
    r"|(?:Q\d{1,3}\.[ \t]+)?\[\d{1,8}\]"
    # (the Commons debate page's clock, flush over the next member: "… consider it." / "2.52 pm")
    r"|(?:[1-9]|1[0-2])\.[0-5]\d[ \t]*[ap]m"
    # A live blog's ad slot left flush under an entry's last line by the scrape: "… earlier in
    # the evening." / "Advertisement". (A city paper sets it in capitals: "РЕКЛАМА".)
    r"|Advertisement|Реклама|ADVERTISEMENT|РЕКЛАМА"
    # A regional paper's marker over a video or ad slot: "Story continues below video".
    r"|(?:Story|Article)[ \t]+continues[ \t]+(?:below|after)"
    r"(?:[ \t]+(?:the[ \t]+)?(?:video|advertisement|this[ \t]+ad|ad))?"
)


_STREAM_ALERT = re.compile(
    r"([*_]{0,2})\[(?i:alert|sub(?:scription)?|resub|raid|donation|bits|cheer|follow(?:er)?)"
    r"[ \t]*:[^\[\]\n]{1,120}\]\1"
)
_HANSARD_CLOCK = re.compile(r"[●•][ \t]*\((?:[01]\d|2[0-3])[0-5]\d\)")


# A line of a few words and a colon before one web address and nothing else.
_LINK_LINE = re.compile(
    r"[^\s:]+(?:[ \t]+[^\s:]+){0,5}:[ \t]*(?:https?://|www\.)?"
    r"[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,6}(?:/[^\s]*)?"
)


def opens_earlier_story(text: str, at: int) -> bool:
    """Does the paragraph at ``at`` open with the editor's pointer to an earlier story (see
    earlier_story_start)?"""
    return _OUR_EARLIER_STORY.match(text, at) is not None


def earlier_story_start(text: str, start: int, end: int) -> int:
    """Where the editor's pointer to an earlier story opens a paragraph under the last turn
    ("… Дякую, пані Тетяно." / "Нагадаємо, раніше Суспільне Чернігів писало, що …"), the
    turn ends above it; else ``end``. A page scraped one paragraph a line, no blank line
    between them ("… так, як може." / "Нагадаємо, раніше Суспільне Полтава писало, що …"),
    reads the same."""
    at = start
    while True:
        gap = text.find("\n", at, end)
        if gap < 0:
            return end
        para = gap + 1
        while para < end and text[para] in " \t\n":
            para += 1
        if _OUR_EARLIER_STORY.match(text, para) and re.search(
            r"[.!?…\"”»)]$", text[start:gap].rstrip()
        ):
            return len(text[:gap].rstrip())
        at = gap + 1


_CAPS_FULL_NAME = re.compile(r"[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+){1,3}")
_POST_LINE = re.compile(r"[A-Z][^\n.!?:;]{2,80}")


def _lower_third(lines: Sequence[str], text: str) -> bool:
    """Whether two lines are a broadcaster's caption: a full name in capitals alone, then a
    capitalised post with no sentence in it, the surname labelled elsewhere on the page."""
    name, post = lines[0].strip(), lines[1].strip()
    if _CAPS_FULL_NAME.fullmatch(name) is None or _POST_LINE.fullmatch(post) is None:
        return False
    if len(post.split()) > 12 or post.isupper():
        return False
    surname = re.escape(name.split()[-1])
    return re.search(rf"(?m)^[ \t]*(?:[A-Z.]+[ \t]+)*{surname}:", text) is not None


def _flush_read_also(text: str, floor: int, line_at: int, end: int) -> int | None:
    """Where a "Читайте также" box set flush under an answer begins (its heading line and one
    to three headline links below it, the last at ``line_at``, none closing with a stop, under a
    line that ends a sentence): ria.ru's "… за тот же период." / "Читайте также" / "Ростуризм
    назвал самые популярные направления для отдыха в ноябре". None when there is none."""
    at = line_at
    for _ in range(3):
        at = text.rfind("\n", floor, at)
        if at < 0 or at <= floor:
            return None
        heading = text[at : text.find("\n", at + 1)].strip()
        if _READ_ALSO.match(heading) is not None and len(heading.split()) <= 6:
            links = text[text.find("\n", at + 1) : end]
            if any(
                len(ln.split()) > 20 or re.search(r"[.!…:;,]$", ln.strip())
                for ln in links.strip().split("\n")
            ):
                return None
            above = text[:at].rstrip()
            return len(above) if re.search(r"[.!?…\"”»)]$", above) else None
    return None


def _flush_headline_links(text: str, floor: int, end: int) -> int | None:
    """Where two or three headline links set flush under an answer begin, with no heading
    (POLITICO's related stories: "… very close to that point." / "Europe's defense spending
    plan hits a wall in the Netherlands" / "Von der Leyen's €800B ReArm Europe pitch splits
    capitals", its "RELATED" heading glued to the sentence above or lost): each a line of four
    to fourteen words opening on a capital, none closed by any mark, under a paragraph of twenty
    words or more that ends a sentence. None when there are none."""
    block = text[floor:end]
    lines = block.rstrip().split("\n")
    links = 0
    while links < len(lines) - 1 and links < 3:
        line = lines[-1 - links].strip()
        if not (
            4 <= len(line.split()) <= 14
            and re.match(r"[\"“‘'«]?[A-Z]", line) is not None
            and re.search(r"[.!?…:;,\-–—\"”»)’']$", line) is None
            and re.search(r"\b(?:I|I['’]m|we|you)\b", line) is None
        ):
            break
        links += 1
    if links < 2:
        return None
    above = "\n".join(lines[: len(lines) - links]).rstrip()
    # (the box's capitals heading may be glued to the answer's last sentence by the scrape:
    # "… very close to that point.RELATED")
    glued = re.search(r"(?<=[.!?…\"”»)’])(?:RELATED|READ[ \t]+(?:MORE|ALSO)|SEE[ \t]+ALSO)$", above)
    if glued is not None:
        above = above[: glued.start()]
    last = above[above.rfind("\n") + 1 :]
    if len(last.split()) < 20 or re.search(r"[.!?…][\"”»)’]*$", last) is None:
        return None
    return floor + len(above)


def _flush_teaser(text: str, floor: int, line_at: int) -> int | None:
    """Where a related story's card set flush under an answer begins, the stamp line at
    ``line_at``: its headline over the stamp, and the rubric over the headline where the page
    sets one, under a line that ends a sentence (ria.ru: "… в Новосибирск и Красноярск." /
    "Камчатский край" / "Туризм на Камчатке: что нужно знать перед поездкой" / "2 апреля,
    12:30"). None when there is none."""
    head_at = text.rfind("\n", floor, line_at)
    if head_at <= floor:
        return None
    headline = text[head_at:line_at].strip()
    if not headline or len(headline.split()) > 20 or re.search(r"[.!?…:;,]$", headline):
        return None
    at = head_at
    rubric_at = text.rfind("\n", floor, head_at)
    rubric = text[rubric_at:head_at].strip() if rubric_at > floor else ""
    if (
        rubric
        and len(rubric.split()) <= 4
        and rubric[0].isupper()
        and not re.search(r"[.!?…:;,\"”»)]$", rubric)
    ):
        at = rubric_at
    above = text[floor:at].rstrip()
    if above and re.search(r"[.!?…\"”»)]$", above):
        return floor + len(above)
    # The card under a photo block in the same paragraph, after the paragraph break (ria.ru: "…
    # лесных пожарных." / "" / "Пожарные во время тушения лесного пожара" / "© РИА Новости /
    # Илья Наймушин" / "Перейти в медиабанк" / the card's headline / "Вчера, 14:20"): the
    # caption, its "©" credit and the photobank link are the page's too.
    block = [ln.strip() for ln in above.split("\n") if ln.strip()]
    earlier = text[:floor].rstrip()
    if (
        re.match(r"\n[ \t]*\n", text[floor:])
        and 2 <= len(block) <= 3
        and len(block[0].split()) <= 45
        and _CREDIT_LINE.match(block[1]) is not None
        and all(len(ln.split()) <= 4 and not re.search(r"[.!?…:;,]$", ln) for ln in block[2:])
        and re.search(r"[.!?…\"”»)]$", earlier)
    ):
        return len(earlier)
    return None


# An ad slot's label glued onto the end of the paragraph above it, the paragraph break lost in
# the scrape: "… ми б не впоралися так швидко.Реклама:", "… so quickly.Advertisement" — the
# page's, no one's words (only after a sentence's closing mark, only closing the turn). Or on a
# line of its own flush under it, no blank line between (a page set one paragraph a line: "…
# ніж ми можемо забезпечити." / "Реклама:" / the next label).
GLUED_AD_LABEL = re.compile(
    r"(?<=[.!?…\"”»)])[ \t]*(?:\n[ \t]*)?(?:Реклама|РЕКЛАМА|Advertisement|ADVERTISEMENT)"
    r"[ \t]*:?[ \t]*\Z"
)


def glued_ad_start(text: str, start: int, end: int) -> int:
    """``end``, or where an ad slot's label glued onto the turn's last sentence begins."""
    m = GLUED_AD_LABEL.search(text, max(start, end - 30), end)
    return m.start() if m is not None and m.start() > start else end


# (see _trim_furniture: a membership appeal's short paragraph, its ask last)
_MEMBER_APPEAL = re.compile(
    r"(?:[A-Z][^\n.!?]{5,150}[.!][ \t]+)?Become[ \t]+a[ \t]+(?:member|supporter|patron)"
    r"[ \t]+(?:of[ \t]+)?[^\n.!?]{0,60}(?:today|now|here)?[.!]?[ \t]*"
)


def _trim_furniture(text: str, start: int, end: int, *, lines_are_paragraphs: bool = False) -> int:
    """Cut what a web page sets between two turns off the end of the first: a "Читайте также"
    box with its headline links, and a subheading ("«Окно возможностей» не закрыто") — a lone
    line of two to ten words without end punctuation, after a paragraph that ends a sentence.

    ``lines_are_paragraphs``: the page sets its paragraphs one a line with no blank line between
    (RBC-Ukraine's "– Можливе, але не обов'язкове. …" / "Про громади" / "– Що змінюється …?"),
    so a line is a paragraph where no blank line parts the turn."""
    end = _dossier_start(text, start, end)
    while end > start:
        end = glued_ad_start(text, start, end)
        para = max(text.rfind("\n\n", start, end), text.rfind("\n \n", start, end))
        line_at = text.rfind("\n", start, end)
        if line_at > para:
            # A wire caption set flush under the answer, with no blank line: "… We are not
            # dependent anymore." / "A woman walks past an election billboard in Chisinau, …
            # (AP Photo/Vadim Ghirda)" — its bracketed credit marks it.
            line = text[line_at:end].strip()
            above = text[start:line_at].rstrip()
            # Hansard's web page under each contribution, flush: its "Share" link, the
            # sitting's clock and the next question's order-paper number ("… later today." /
            # "Share" / "12:07:00" / "Q2. [902512]"): the page's, no one's words.
            if _FLUSH_FURNITURE.fullmatch(line):
                prose = above
                while prose and _FLUSH_FURNITURE.fullmatch(prose[prose.rfind("\n") + 1 :].strip()):
                    prose = text[start : start + prose.rfind("\n") + 1].rstrip()
                if re.search(r"[.!?…\"”»)\]]$", prose):
                    end = start + len(above)
                    continue
            cap_at = text.rfind("\n", start, line_at)
            credit = text[cap_at:line_at].strip()
            if (
                cap_at > para
                and cap_at > start
                and len(credit.split()) <= 12
                and _CREDIT_LINE.match(credit) is not None
                and 0 < len(line.split()) <= 25
                # (a caption closes no sentence: "Також ми запускаємо програму …." under a bare
                # "Фото: …" line is the answer going on)
                and not re.search(r"[.!?…:;]$", line)
                and re.search(r"[.!?…\"”»)]$", text[start:cap_at].rstrip())
            ):
                # The credit over its caption, both flush between two turns (ria.ru: "… лучше
                # не откладывать." / "© РИА Новости / Илья Питалев" / "Туристы на Красной
                # площади в Москве"): the page's, no one's words.
                end = start + len(text[start:cap_at].rstrip())
                continue
            # A newsletter box set flush between two turns, its sign-up line over its one-line
            # blurb (Devex: "… not what is appropriated." / "Sign up for Devex CheckUp" / "The
            # must-read weekly newsletter for …"): the page's, no one's words.
            if (
                cap_at > para
                and cap_at > start
                and len(credit.split()) <= 12
                and not re.search(r"[.!?…:;,]$", credit)
                and (_NEWSLETTER_BOX.match(credit) or _NEWSLETTER.match(credit))
                and 0 < len(line.split()) <= 30
                and "?" not in line
                and re.search(r"(?i)\b(?:newsletters?|inbox|digest|briefing)\b", credit + line)
                and re.search(r"[.!?…\"”»)]$", text[start:cap_at].rstrip())
            ):
                end = start + len(text[start:cap_at].rstrip())
                continue
            if (
                line_at > start
                and _READ_ALSO_INLINE.match(line) is not None
                and re.search(r"[.!?…\"”»)]$", above)
            ):
                # A headline link set flush under the answer, no blank line between: "… і за
                # допомогою ППО." / "Читайте також: На Запоріжжі відновили …" — the page's.
                end = start + len(above)
                continue
            box_at = _flush_read_also(text, max(para, start), line_at, end)
            if box_at is None and not lines_are_paragraphs:
                box_at = _flush_headline_links(text, max(para, start), end)
            if box_at is None and _TEASER_STAMP.fullmatch(line) is not None:
                box_at = _flush_teaser(text, max(para, start), line_at)
            if box_at is not None:
                end = box_at
                continue
            if (
                cap_at > para
                and cap_at > start
                and len(line.split()) <= 12
                and _CREDIT_LINE.match(line) is not None
                and 0 < len(text[cap_at:line_at].split()) <= 40
                and not re.search(r"[?:]$", text[cap_at:line_at].strip())
                and re.search(r"[.!?…\"”»)]$", text[start:cap_at].rstrip())
            ):
                # A page set line by line, a photo's caption and its credit line flush between
                # two turns ("… near a front line." / "Power lines near Elektrėnai, west of
                # Vilnius: …" / "Foto: Petras Malukas / AFP"): the page's, no one's words.
                end = start + len(text[start:cap_at].rstrip())
                continue
            if (
                (
                    (len(line.split()) <= 40 and _WIRE_CREDIT.search(line) is not None)
                    # A bare credit flush under the answer, its photo gone in the scrape: "… і
                    # ми це розуміємо." / "Фото: Держводагентство" — the page's, no one's.
                    or (
                        len(line.split()) <= 8
                        and re.match(r"(?:Фото|Світлина|Photo|Foto)[ \t]*:", line) is not None
                        and _CAPTION_CREDIT.match(line) is not None
                    )
                    # TASS's copyright credit alone, flush under the answer, its photo gone:
                    # "… можем это сделать." / "© Александр Демьянчук/ТАСС".
                    or _COPYRIGHT_CREDIT.fullmatch(line) is not None
                    # The caption without a credit, under a paragraph of some length (see
                    # flush_caption): "… made in national currencies." / "With Bharat Global TV
                    # journalists Ritika Malhotra and Arvind Nair."
                    or (
                        flush_caption(line)
                        and len(above[above.rfind("\n") + 1 :].split()) >= 15
                        and not lines_are_paragraphs
                    )
                )
                and re.search(r"[.!?…\"”»)]$", above)
            ):
                end = start + len(text[start:line_at].rstrip())
                continue
        if para < 0 and lines_are_paragraphs:
            para = text.rfind("\n", start, end)
        if para < 0:
            return end
        last = text[para:end].strip()
        before = text[start:para].rstrip()
        lines = last.split("\n")
        box = _READ_ALSO.match(lines[0]) is not None and (
            len(lines) <= 4
            # A longer list of headline links under the heading: none closes with a stop.
            or (
                len(lines) <= 16
                and all(len(ln.split()) <= 20 and not re.search(r"[.!…:;,]$", ln) for ln in lines)
            )
        )
        # A stenogram's vote between the chair's "Прошу голосовать." and the result announced:
        # "Идёт голосование." and the tabulated result ("Результаты голосования (13 час. 42
        # мин.)" / "За\t161 чел.\t94,7%" / …) are the record's, no one's words.
        box = box or _VOTE_RECORD.match(lines[0]) is not None
        # An oblast council's record heads the tally with the word alone: "Голосування" /
        # "«За» – 48" / "«Проти» – 0" / "«Утрималися» – 5".
        box = box or (
            _VOTE_HEADING.fullmatch(lines[0].strip()) is not None
            and len(lines) >= 3
            and all(re.search(r"\d[ \t]*$", ln) for ln in lines[1:])
        )
        box = box or (len(lines) <= 4 and _NEWSLETTER.match(lines[0]) is not None)
        # A sign-up box drawn in text art between two turns, a frame of box-drawing rules round
        # the pitch ("┌────┐" / "THE … BRIEF — every Thursday." / "[ Sign up ]" / "└────┘"):
        # the page's, no one's words.
        box = box or (
            2 <= len(lines) <= 12
            and re.fullmatch(r"[┌╔╭+][─═\-+]{3,}[┐╗╮+]", lines[0].strip()) is not None
            and re.fullmatch(r"[└╚╰+][─═\-+]{3,}[┘╝╯+]", lines[-1].strip()) is not None
        )
        # (the words it repeats may be an earlier turn's: Lloyd's List sets the quote of one
        # answer under the next)
        box = box or (len(lines) == 1 and _pull_quote(last, text[:para]))
        # A section break between two turns ("… приблизно вдвічі." / "***" / "ЖИТЛО НА …"):
        # the page's ornament, no one's words.
        box = box or (len(lines) == 1 and _SECTION_BREAK.fullmatch(last) is not None)
        # Canada's Hansard clock between contributions, a paragraph of its own: "● (1155)" —
        # the record's time, no one's words.
        box = box or (len(lines) == 1 and _HANSARD_CLOCK.fullmatch(last) is not None)
        # A closed-caption export's clock between paragraphs: "[9:24:51 AM]" — the recorder's.
        box = box or (len(lines) == 1 and _CAPTION_CLOCK.fullmatch(last) is not None)
        # A film site's warning between two turns: "[Spoilers below]", "SPOILER ALERT" — the
        # editor's, no one's words.
        box = box or (len(lines) == 1 and _SPOILER_NOTE.fullmatch(last) is not None)
        # A stream's alert set in the transcript between turns, bracketed and often italic:
        # "*[alert: frostbyte_ subscribed for 14 months!]*" — the platform's, no one's words.
        box = box or (len(lines) == 1 and _STREAM_ALERT.fullmatch(last) is not None)
        # A podcast's ad read between two turns, inside its markers: "[SPONSOR] This episode
        # of Deep Field is supported by … [/SPONSOR]", "[AD BREAK] …" — the show's, no one's.
        box = box or _AD_READ.match(last) is not None or _STAMPED_AD.match(last) is not None
        # A link under the last turn, a few words and a bare address: "Відео брифінгу:
        # youtube.com/@zhytomyr_ova", "Watch the full briefing: https://…" — the page's.
        box = box or (len(lines) == 1 and _LINK_LINE.fullmatch(last) is not None)
        # "Читайте также: Госдума приняла закон о реестре …": a headline link on one line.
        box = box or (len(lines) == 1 and _READ_ALSO_INLINE.match(last) is not None)
        # The editor's pointer to the paper's own earlier story: "Нагадаємо, раніше ми писали,
        # що у Вінниці з 1 квітня змінюється графік …", "Напомним, ранее мы сообщали …".
        box = box or (len(lines) == 1 and _OUR_EARLIER_STORY.match(last) is not None)
        # China's foreign ministry above the questions it answered off the podium: "The
        # following question was raised after the press conference." — the editor's line.
        box = box or (len(lines) == 1 and _AFTER_BRIEFING_NOTE.fullmatch(last) is not None)
        box = box or (len(lines) == 1 and _TO_REPORTERS_NOTE.fullmatch(last) is not None)
        # A photo's caption between two turns, closed by its credit: "Анатолий Ремезов на
        # брифинге в пресс-центре министерства. Фото: пресс-служба Минздрава России".
        box = box or (
            len(lines) == 1
            and len(last.split()) <= 40
            and (_CAPTION_CREDIT.search(last) or _WIRE_CREDIT.search(last)) is not None
        )
        # The same copyright credit as a paragraph of its own between two turns.
        box = box or (len(lines) == 1 and _COPYRIGHT_CREDIT.fullmatch(last) is not None)
        # A newsroom's membership appeal between two turns, its ask closing the paragraph: "Support
        # independent journalism in Ukraine. Become a member of the Kyiv Independent today." —
        # the outlet's, no one's words.
        box = box or (
            len(lines) == 1
            and len(last.split()) <= 30
            and _MEMBER_APPEAL.fullmatch(last) is not None
        )
        # A caption behind its tag: "Photo: President Erdoğan speaks to members of the press …".
        box = box or (len(lines) == 1 and _tagged_caption(last) is not None)
        # … or a caption behind its tag that closes on its date, no stop: "Фото: Працівники
        # водоканалу ремонтують мережу в Нікополі, березень 2026 року" — the page's too.
        box = box or (
            len(lines) == 1
            and len(last.split()) <= 40
            and re.fullmatch(
                r"(?:Фото|Світлина|Photo)[ \t]*:[ \t]*[^\W\d_][^\n/©.!?]{15,300},[ \t]+"
                r"[^\W\d_]+[ \t]+\d{4}(?:[ \t]+(?:року|года|р\.|г\.))?",
                last,
                re.IGNORECASE,
            )
            is not None
        )
        # The caption's box kept as brackets, the tag inside, its words no sentence: "[Фото:
        # Игорь Лысенко в матче с «Чеховскими медведями»]" — the page's, no one's words.
        box = box or (
            len(lines) == 1
            and len(last.split()) <= 40
            and re.fullmatch(
                r"\[[ \t]*(?:Фото|Світлина|Photo|Image)[ \t]*:[^\[\]\n]+\]", last, re.IGNORECASE
            )
            is not None
        )
        # The same with the credit on a line of its own: "Терминал … в 2026 г." / "Фото:
        # пресс-служба группы «Трансевразия»".
        box = box or (
            len(lines) == 2
            and len(last.split()) <= 40
            and _CREDIT_LINE.match(lines[1].strip()) is not None
        )
        # A TV lower third between two turns, the guest's name in capitals over their post
        # ("JONATHAN HALE" / "Minister of Energy and Natural Resources", then "HALE: …"): the
        # broadcaster's caption, no one's words — only when the page labels that surname.
        box = box or (len(lines) == 2 and _lower_third(lines, text))
        # A portrait's caption, the name alone over a credit with no "Фото:" (Gazeta.Ru:
        # "Вадим Черкасов" / "Пресс-служба Ассоциации сельской медицины").
        box = box or (
            len(lines) == 2
            and re.fullmatch(
                r"(?:[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+[ \t]+){1,2}[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+",
                lines[0].strip(),
            )
            is not None
            and _PORTRAIT_CREDIT.match(lines[1].strip()) is not None
        )
        # RIA Novosti's photo block: the caption, its "©" credit, then the photobank link
        # ("Заместитель министра … Архивное фото" / "© РИА Новости / Владимир Трефилов" /
        # "Перейти в фотобанк") — a short unstopped line or two under the credit.
        box = box or (
            3 <= len(lines) <= 4
            and len(last.split()) <= 45
            and _CREDIT_LINE.match(lines[1].strip()) is not None
            and all(
                len(ln.split()) <= 4 and not re.search(r"[.!?…:;,]$", ln.strip())
                for ln in lines[2:]
            )
        )
        # … or the credit first, the photobank link and the caption under it ("© РИА Новости /
        # Виталий Тимкив" / "Перейти в фотобанк" / "Порт Новороссийск"): short unstopped lines.
        box = box or (
            3 <= len(lines) <= 4
            and re.match(r"©[ \t]*\S[^\n]{0,80}$", lines[0].strip()) is not None
            and all(
                len(ln.split()) <= 12 and not re.search(r"[.!?…:;,]$", ln.strip())
                for ln in lines[1:]
            )
        )
        # The credit above the caption: "Фото: ИЗВЕСТИЯ/Анна Селина" / "Елена Сурикова и
        # Андрей Дронов во время пресс-конференции" (the caption no sentence: no end stop).
        # RIA Novosti marks the credit with a copyright sign: "© РИА Новости / Павел Лисицын" /
        # "Строительство моста в Тверской области". Rossiyskaya Gazeta stops its one-sentence
        # caption: "Фото: Татьяна Андреева/РГ" / "Губернатор на встрече с работниками завода.".
        box = box or (
            len(lines) == 2
            and len(lines[1].split()) <= 25
            and re.match(
                r"(?:(?:Фото|Світлина|Photo|Image|Credit)[ \t]*:|©)[^\n]{1,80}$", lines[0], re.I
            )
            is not None
            and not re.search(r"[!?…:;]$", lines[1].strip())
            # (Altapress adds the place and date after the caption's sentence, unstopped:
            # "Сбор облепихи в хозяйстве Ольги Пак. Сростки, сентябрь 2023 года".)
            and (
                not re.search(r"[.!?…][ \t]+\S", lines[1].strip())
                or not re.search(r"[.!?…\"”»)]$", lines[1].strip())
            )
            # Only a credit that is no sentence itself may stand over a stopped caption.
            and (
                not lines[1].strip().endswith(".")
                or re.search(r"[.!?…]$", lines[0].strip()) is None
            )
        )
        # A news site's link to a related story, set as its headline over its date and time:
        # "Индонезия заявила о намерении нарастить импорт российской пшеницы" / "8 февраля,
        # 14:21" (RIA Novosti between two turns).
        box = box or (
            len(lines) == 2
            and len(lines[0].split()) <= 20
            and not re.search(r"[.!?…:;,]$", lines[0].strip())
            and _TEASER_STAMP.fullmatch(lines[1].strip()) is not None
        )
        # The same card under its rubric, dated by day, month and year alone: "«Медуза»
        # объясняет" / "Центробанк снова снизил ставку. … Короткий ответ: нет" / "12 сентября
        # 2025" (Meduza between two turns).
        box = box or (
            len(lines) == 3
            and len(lines[0].split()) <= 4
            and len(lines[1].split()) <= 25
            and not any(re.search(r"[.!?…:;,]$", ln.strip()) for ln in lines[:2])
            and _TEASER_DATE.fullmatch(lines[2].strip()) is not None
        )
        # A newsletter sign-up box between two turns: "SIGN UP for POLITICO Europe's Morning
        # Defense newsletter" / "Email" / "By signing up, you acknowledge …" / "Sign Up".
        box = box or (
            len(lines) <= 6
            and _NEWSLETTER_BOX.match(lines[0]) is not None
            and len(lines[0].split()) <= 15
        )
        # The box fenced by rules, its one line a sign-up with its button: "-----" / "SIGN UP:
        # The Lusophone Brief — our weekly newsletter on Angola, … [Subscribe]" / "-----".
        unruled = [ln for ln in lines if not re.fullmatch(r"[ \t]*[-–—_=*~]{3,}[ \t]*", ln)]
        box = box or (
            len(unruled) == 1
            and len(unruled) < len(lines)
            # (the sign-up may follow its pitch: "Get The Tyee in your inbox. Sign up for our
            # free daily newsletter.")
            and _NEWSLETTER_BOX.search(unruled[0]) is not None
            and len(unruled[0].split()) <= 25
        )
        # The same box in one line, its teaser question first: "Want Field Notes in your inbox?
        # Sign up for our monthly newsletter →".
        teaser = re.match(r"[^\n?.!]{3,80}\?[ \t]+", lines[0]) if len(lines) == 1 else None
        box = box or (
            teaser is not None
            and _NEWSLETTER_BOX.match(lines[0], teaser.end()) is not None
            and len(lines[0].split()) <= 20
        )
        # A "Recommended" / "Related" label alone as a paragraph, its headline links in the
        # next one ("Recommended" / "The Big Read" / "France's debt dilemma: can Paris …?").
        label_above = before[max(before.rfind("\n\n"), before.rfind("\n \n")) + 1 :].strip()
        # Headlines close without a full stop; an ad slot's label ("Реклама:") has speech
        # going on below it, no links.
        box = box or (
            "\n" not in label_above
            and _READ_ALSO.fullmatch(label_above) is not None
            and re.match(r"(?i:реклама|advertisement)", label_above) is None
            and len(lines) <= 3
            and all(len(ln.split()) <= 20 and not re.search(r"[.!…]$", ln.strip()) for ln in lines)
        )
        # The box's teaser line may come first: "Stay updated with the latest news!" /
        # "Subscribe to The Jerusalem Post Newsletter" (short lines, a sign-up among them).
        box = box or (
            len(lines) <= 4
            and all(len(ln.split()) <= 15 for ln in lines)
            and any(
                _NEWSLETTER_BOX.match(ln) is not None or _NEWSLETTER.match(ln) is not None
                for ln in lines[1:]
            )
        )
        # Or its heading, the newsletter's name, heads it ("JPOST NEWSLETTER" / "Stay updated
        # with the latest news!"), the sign-up line itself maybe cut already as a heading.
        box = box or (
            len(lines) <= 4
            and all(len(ln.split()) <= 15 for ln in lines)
            and len(lines[0].split()) <= 4
            and re.fullmatch(r"(?i)[ \t]*[^\n.!?]{0,30}\bnewsletters?[ \t]*", lines[0]) is not None
        )
        # A magazine's box asks first, then pitches its mailing list (Mother Jones: "Looking for
        # news you can trust?" / "Subscribe to the Mother Jones Daily to have our top stories
        # delivered directly to your inbox."): a question over a whole promotion line.
        box = box or (
            len(lines) == 2
            and len(lines[0].split()) <= 10
            and lines[0].strip().endswith("?")
            and len(lines[1].split()) <= 25
            and PROMO_LINE.match(lines[1]) is not None
        )
        # A donation box between two turns: its heading, the pitch, the amounts to pick (Vox:
        # "Support Vox’s journalism" / "… Will you support our work today?" / "$5/month" / … /
        # "We accept credit card, Apple Pay, and Google Pay.").
        box = box or (
            len(lines) <= 12
            and _DONATE_HEADING.fullmatch(lines[0].strip()) is not None
            and len(lines) > 1
            and _DONATE_PITCH.search("\n".join(lines[1:])) is not None
        )
        # A donation appeal in one short paragraph under the last answer, to the readers (Вільне
        # радіо: "Вільне радіо працює завдяки підтримці читачів. Підтримайте нас — навіть 50
        # гривень мають значення."): an interviewee asking for help speaks to no "readers".
        box = box or (
            len(lines) <= 2
            and len(" ".join(lines).split()) <= 60
            and _DONATE_ASK.search(" ".join(lines)) is not None
            and _READERS.search(" ".join(lines)) is not None
            and _DONATE_PITCH.search(" ".join(lines)) is not None
        )
        # A one-line appeal between two answers, the heading and its pitch in one (20 хвилин:
        # "Підтримайте незалежну журналістику Вінниці — ставайте нашими донаторами!").
        box = box or (
            len(lines) == 1
            and len(lines[0].split()) <= 25
            and _DONATE_HEADING.match(lines[0].strip()) is not None
            and _DONATE_PITCH.search(lines[0]) is not None
        )
        # A photo widget's caption between two turns, under the widget's own line (The Globe and
        # Mail: "Open this photo in gallery:" / "Trucks wait to cross the Ambassador Bridge …
        # on March 18.Carlos Osorio/Reuters").
        box = box or (len(lines) <= 3 and _GALLERY_LINE.fullmatch(lines[0]) is not None)
        # A magazine's story card under its "Read More" label: the rubric, the headline, a dek
        # that is a sentence, and the card's byline closing it (The New Yorker: "Annals of
        # Climate" / "The Town That Voted to Leave" / "A small community … out of the way." /
        # "By Sarah Lindahl").
        box = box or (
            "\n" not in label_above
            and _READ_ALSO.fullmatch(label_above) is not None
            and re.match(r"(?i:реклама|advertisement)", label_above) is None
            and 2 <= len(lines) <= 5
            and _CARD_BYLINE.fullmatch(lines[-1].strip()) is not None
            and all(len(ln.split()) <= 25 for ln in lines)
        )
        # A dossier box after the interview, under its heading alone on a line: Kommersant's
        # "Личное дело" / "Андрей Лещинский родился в 1968 году …", "Досье", "Довідка".
        # A sidebar between two turns under its one-word heading on a line of its own: the
        # Rossiyskaya Gazeta's "Кстати" / "В интервенционном фонде сейчас находится …" (an
        # answer that opens "Кстати, …" goes on on the same line).
        box = box or (
            2 <= len(lines) <= 4
            and _SIDEBAR.fullmatch(re.sub(r"\*\*|__|^#{1,6}[ \t]+", "", lines[0]).strip())
            is not None
        )
        box = box or (
            len(lines) <= 8
            and _DOSSIER.fullmatch(re.sub(r"\*\*|__|^#{1,6}[ \t]+", "", lines[0]).strip())
            is not None
        )
        # The same box run in, its heading and a colon opening the one paragraph between two
        # dashed turns (Interfax: "Справка: ФГУП … – подведомственное … предприятие …").
        box = box or (
            len(lines) <= 2
            and _DOSSIER_RUN_IN.match(re.sub(r"\*\*|__", "", lines[0]).strip()) is not None
        )
        last = re.sub(r"^#{1,6}[ \t]+", "", last)  # a Markdown heading: "## Про громади"
        heading = (
            len(lines) == 1
            and 2 <= len(last.split()) <= 10
            and not re.search(r"[.!?…:;,\-–—]$", last)
            # (a sentence stopped inside a closing quote that it does not open with is speech:
            # 'Senator, welcome back to "Fox News Sunday."' — a pull quote opens with its mark)
            and not (re.search(r"[.!?…][\"”»’']$", last) and last[:1] not in "«\"“‘'")
            and (last[:1].isupper() or last[:1] in '«"“')
        )
        # A one-word section heading (ZN.UA's "… бачили один одного." / "Реабілітація" / "**—
        # Скільки …?**"): a capitalised word of letters alone, as _trim_heading takes one
        # between labelled turns; a short word ("Ні", "Так") or a reply word ("Дякую",
        # "Absolutely") may be speech that lost its stop.
        heading = heading or (
            _ONE_WORD_HEADING.fullmatch(last) is not None and _REPLY_WORD.fullmatch(last) is None
        )
        # (a three-letter one, Vedomosti's "Лес" over "– Хватает ли …?", unless a yes or no)
        heading = heading or (
            re.fullmatch(rf"[{UPPER}][{LOWER}]{{2}}", last) is not None
            and _SHORT_REPLY.fullmatch(last) is None
        )
        # "… була помітно меншою." / "Читайте також: Сили … на 2026 рік" / "Про людей і
        # підготовку": a subheading under a headline link goes too, the link next.
        link_above = _READ_ALSO_INLINE.match(before[before.rfind("\n") + 1 :].strip()) is not None
        # "… заявок з Харківщини." / "Реклама" / "ПРО ТЕХНОЛОГІЇ": a subheading under an ad
        # slot's lone label goes too, the label next.
        above = before[max(before.rfind("\n\n"), before.rfind("\n \n")) + 1 :].strip()
        link_above = link_above or ("\n" not in above and _READ_ALSO.fullmatch(above) is not None)
        # "… приблизно вдвічі." / "***" / "ЖИТЛО НА ДЕОКУПОВАНИХ ТЕРИТОРІЯХ": a subheading under a
        # section break goes too, the break next.
        link_above = link_above or _SECTION_BREAK.fullmatch(above) is not None
        # The newsletter box's parts lie one under the other, its blurb unstopped.
        link_above = link_above or (box and _NEWSLETTER.match(above) is not None)
        # "… точно не нужно." / "Материалы по теме:" / "00:01, 12 марта 2024" / "«Это ловушка
        # для вкладчика»" / … / "Ставка и кредиты": under a whole box too (Lenta.ru).
        above_lines = above.split("\n")
        link_above = link_above or (
            heading and len(above_lines) <= 4 and _READ_ALSO.match(above_lines[0]) is not None
        )
        # "… семейные обстоятельства." / "Фото: пресс-служба института" / "Студенты на
        # практике в шахте" / "Про иностранных студентов": a subheading under a photo's credit
        # and caption goes too, the photo next.
        # So does an ad slot's lone label under them ("… що зроблено." / "Кличко каже, що …" /
        # "Фото: Дмитро Ларін" / "Реклама:"): the label, then the photo.
        link_above = link_above or (
            (heading or (box and len(lines) == 1 and _READ_ALSO.fullmatch(last) is not None))
            and len(above_lines) <= 2
            and any(_PHOTO_CREDIT.match(ln.strip()) for ln in above_lines)
        )
        # "… говядину, фрукты, морепродукты." / "РИА Новости" / "Посол: Россия и Аргентина
        # обсуждают …": a related story's card, its headline under the agency's name alone on a
        # line, goes too, the name next.
        link_above = link_above or (
            heading and fold(before[before.rfind("\n") + 1 :].strip()) in NEWS_OUTLETS
        )
        marked = len(lines) == 1 and _AD_MARKING.fullmatch(last) is not None
        # (a bold answer ends its sentence inside its marks: "… every spring.**")
        if not (box or heading or marked) or not (
            re.search(r"[.!?…\"”»)](?:\*\*|__)?$", before) or link_above or marked
        ):
            return end
        end = start + len(before)
    return end


# A news site's kicker under an interview: the editor recalls, in the third person, what one of
# the speakers said before ("Ранее Песков заявил журналистам, что …", "Раніше Кулеба
# повідомив …", "Earlier, Rubio told reporters …"). A recap opener, then a speaker of the
# transcript named within a few words of it.
_KICKER_OPENER = re.compile(
    r"(?:Ранее|Раніше|Напомним|Нагадаємо|Как[ \t]+(?:ранее[ \t]+)?сообщал(?:ось|и|о)?"
    r"|Як[ \t]+(?:раніше[ \t]+)?повідомлял(?:ося|и)|Earlier|Previously"
    r"|As[ \t]+(?:previously[ \t]+)?reported)\b[ \t,]*"
)


# A photo's caption with no credit, dated by month and year after a comma and closed by no stop
# (Radio Svoboda: "Шахтарі після зміни, Дніпропетровська область, січень 2026 року"): no one
# speaks a sentence without its stop.
_DATED_CAPTION = re.compile(
    rf"[{UPPER}][^\n.!?:]{{5,200}},[ \t]+(?:\d{{1,2}}[ \t]+)?(?:(?:January|February|March|April"
    r"|May|June|July|August|September|October|November|December)"
    r"|(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)[а-яіїє]*"
    r"|(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*)"
    r"[ \t]+\d{4}(?:[ \t]+(?:року|года|р\.|г\.))?"
)


def _cut_last_caption(text: str, start: int, end: int, is_caption: Callable[[str], bool]) -> int:
    """Cut the body's last paragraph off when it is one line that ``is_caption`` accepts and
    the words above it end a sentence; ``end`` itself otherwise."""
    para = max(text.rfind("\n\n", start, end), text.rfind("\n \n", start, end))
    if para < 0:
        return end
    last = text[para:end].strip()
    before = text[start:para].rstrip()
    if "\n" not in last and is_caption(last) and re.search(r"[.!?…\"”»)]$", before):
        return start + len(before)
    return end


def _credited_caption(last: str) -> bool:
    return len(last.split()) <= 40 and (
        _CAPTION_CREDIT.search(last) is not None
        or _WIRE_CREDIT.search(last) is not None
        # (a link to the recording: "Відео брифінгу: youtube.com/@zhytomyr_ova")
        or _LINK_LINE.fullmatch(last) is not None
        or _DATED_CAPTION.fullmatch(last) is not None
    )


def _trim_closing_caption(text: str, start: int, end: int) -> int:
    """Cut a photo's caption off the end of the last turn, a paragraph of its own closed by its
    credit, under an answer that ends a sentence ("… не менше, ніж донат." / "Андрій Шевчук з
    бійцями під Покровськом. Фото надане героєм публікації"), as between two turns."""
    return _cut_last_caption(text, start, end, _credited_caption)


# A photo's tag and credit opening the caption's line, the caption after it with no stop
# (Interfax-Ukraine between two turns: "Photo: Interfax-Ukraine. Volodymyr Kudrytskyi (right)
# and Oleksandr Kharchenko during the press conference").
_LEAD_TAGGED_CAPTION = re.compile(
    r"(?:Фото|Світлина|Photo|Image)[ \t]*:[ \t]*[^\W\d_][^\n?!]{10,300}", re.IGNORECASE
)


def trim_lead_tagged_caption(text: str, start: int, end: int) -> int:
    """Cut a photo's caption that opens on its tag ("Photo: …") off the end of a body the next
    label follows: one line, a paragraph of its own, under words that end a sentence."""
    return _cut_last_caption(
        text,
        start,
        end,
        lambda last: len(last.split()) <= 40 and _LEAD_TAGGED_CAPTION.fullmatch(last) is not None,
    )


# A photo caption in the English present participle, no finite verb, no person speaking
# (kremlin.ru between two turns: "Answering media questions following the visit to
# Kazakhstan.", "At the meeting with …" is no participle and stays).
_PARTICIPLE_CAPTION = re.compile(
    # (no noun in -ing: "Nothing more to add.", "Everything else went to plan.")
    r"(?!(?:Noth|Someth|Everyth|Anyth|Morn|Even|Spr|Br|Th|K|S|W|R|Cl|Bl|Fl|St|Sw)ing\b)"
    r"(?-i:[A-Z][a-z]{2,}ing)(?:[ \t]+[\w'’\-]+){1,13}\.",
)
_CAPTION_VERB = re.compile(
    r"(?i)(?<![\w'’])(?:i|we|you|my|our|your|me|us|is|are|was|were|will|would|can|could|has"
    r"|have|had|do|does|did|must|should|may|might|be|been|it['’]s|that['’]s)(?![\w'’])"
)


def _trim_participle_caption(text: str, start: int, end: int) -> int:
    """Cut a photo's caption off the end of a body that the next label follows: a paragraph
    of its own, one short line opening on a present participle, no finite verb nor person in
    it and no comma ("Answering media questions following the visit to Kazakhstan."), under
    words that end a sentence (kremlin.ru sets the gallery's caption between two turns)."""
    return _cut_last_caption(
        text,
        start,
        end,
        lambda last: (
            "," not in last
            and _PARTICIPLE_CAPTION.fullmatch(last) is not None
            and _CAPTION_VERB.search(last) is None
        ),
    )


# A pull quote set between an interview's paragraphs, a quotation of its own with no stop
# before its close (the Guardian: "'Deterrence is a state of mind. It only works if the other
# side believes it'"): display type, no one's words (session 33).
_PULL_QUOTE = re.compile(
    r"(?:'[^'\n]{10,240}[^.!?…,'\s]'|‘[^‘’\n]{10,240}[^.!?…,\s]’|\"[^\"\n]{10,240}[^.!?…,\"\s]\""
    r"|“[^“”\n]{10,240}[^.!?…,\s]”)"
)


# A membership pitch set between two answers, a paragraph of its own (the Kyiv Independent:
# "Support independent journalism in Ukraine. Join the Kyiv Independent community."): the
# page's, as it is under the last answer (session 33).
_MEMBERSHIP_PITCH = re.compile(
    r"(?:Support[ \t]+(?:independent|our)[ \t]+(?:journalism|reporting)\b[^\n]{0,160}"
    r"|[^\n]{0,160}\bJoin[ \t]+(?:the|our)\b[^.\n]{0,40}\bcommunity\b[^\n]{0,40}"
    r"|Become[ \t]+a[ \t]+(?:member|supporter|patron)\b[^\n]{0,60})"
)


# A newsletter's sign-up box set between two answers, its heading to its closing marker (the
# Guardian: "Sign up to This is Europe" / "Free weekly newsletter" / … / "Privacy Notice: …" /
# "after newsletter promotion"), longer than the four lines _trim_furniture's box reads: the
# page's (session 33).
_SIGNUP_TO_MARKER = re.compile(
    r"\n[ \t]*Sign[ \t]+up[ \t]+(?:to|for)\b[^\n]*\n(?:[^\n]*\n){0,8}?"
    r"[ \t]*after[ \t]+newsletter[ \t]+promotion[ \t]*$"
)


def _trim_signup_box(text: str, start: int, end: int) -> int:
    """Cut a newsletter box (``_SIGNUP_TO_MARKER``) off the end of a body, under words that end
    a sentence."""
    box = _SIGNUP_TO_MARKER.search(text[start:end])
    if box is None:
        return end
    before = text[start : start + box.start()].rstrip()
    if not re.search(r"[.!?…\"”»)]$", before):
        return end
    return start + len(before)


def _trim_pull_quote(text: str, start: int, end: int) -> int:
    """Cut a pull quote (``_PULL_QUOTE``) or a membership pitch (``_MEMBERSHIP_PITCH``), at most
    30 words, off the end of a body that the next label follows, under words that end a
    sentence."""
    return _cut_last_caption(
        text,
        start,
        end,
        lambda last: (
            len(last.split()) <= 30
            and (
                _PULL_QUOTE.fullmatch(last) is not None
                or _MEMBERSHIP_PITCH.fullmatch(last) is not None
            )
        ),
    )


def _trim_kicker(text: str, start: int, end: int, surnames: frozenset[str]) -> int:
    """Cut the editor's recap paragraphs off the end of the last turn: each opens with a recap
    word and names a speaker of the transcript by surname within its first words ("Ранее
    Песков заявил …" under Peskov's own last answer — he does not speak of himself so)."""
    while end > start and surnames:
        para = max(text.rfind("\n\n", start, end), text.rfind("\n \n", start, end))
        if para < 0:
            return end
        last = text[para:end].strip()
        opener = _KICKER_OPENER.match(last)
        if opener is None:
            return end
        head = last[opener.end() :].split()[:4]
        # The surname may be inflected: "Ранее Пескову задали вопрос …".
        if not any(
            re.sub(r"[^\w'’\-]", "", w).startswith(s) and len(w) - len(s) <= 3
            for w in head
            for s in surnames
        ):
            return end
        before = text[start:para].rstrip()
        if not re.search(r"[.!?…\"”»)]$", before):
            return end
        end = start + len(before)
    return end
