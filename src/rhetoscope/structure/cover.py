"""A transcript's cover (the preface before the first label): who presides, the judge, sworn
witnesses and examiners, rosters in other orders, an event's moderator, named voices.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from rhetoscope.structure.header import _genitive_given
from rhetoscope.structure.labels import (
    _CYR_LOW,
    _CYR_UP,
    _PRESIDING,
    _STENO_INITIALS,
    _STENO_SURNAME,
    LabelHit,
)
from rhetoscope.structure.speakers import (
    BODY_NOUNS,
    LETTER,
    LOWER,
    OFFICE_HEADS,
    UPPER,
    Name,
    fold,
    genitive_to_nominative,
    is_title_token,
    name_from_phrase,
)

# A deposition names who examines: "BY MR. OKAFOR:" above the "Q." / "A." lines it conducts.
_EXAMINER = re.compile(
    # (An Australian tribunal's transcript marks the line with "<" and stamps it: "<CROSS-
    # EXAMINATION BY MR KELLETT   [10.05 AM]".)
    r"^[ \t]*<?(?:(?:CROSS-|DIRECT |RE-?)?EXAMINATION(?:-IN-CHIEF)?[ \t]+)?BY[ \t]+"
    r"(?P<name>(?:MR|MS|MRS|DR)\.?"
    r"[ \t]+[A-Z][A-Za-z'’\-]+(?:[ \t]+[A-Z][A-Za-z'’\-]+)?)[ \t]*:?"
    r"(?:[ \t]+\[\d{1,2}[.:]\d{2}[ \t]*[AP]M\])?[ \t]*$",
    re.MULTILINE,
)


# An automatic transcript's note that names its numbered voices: "Speaker 1 is Maya Chen;
# Speaker 2 is Paul Darrow." or "Maya Chen (Speaker 1)".
_VOICE_IS = re.compile(
    rf"\b(?P<v>Speaker[ \t]+(?:\d{{1,2}}|[A-Z]))[ \t]+(?:is|=|[–—-])[ \t]+"
    rf"(?P<n>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})"
    rf"|(?P<n2>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})[ \t]+"
    rf"\((?P<v2>Speaker[ \t]+(?:\d{{1,2}}|[A-Z]))\)"
    # A channel's note on its bracketed tags: "Speaker tags: [Interviewer] = Priya, [Guest] =
    # Tomasz." (a given name alone is completed from the description by the naming).
    rf"|\[(?P<v3>[{UPPER}][{LOWER}]+(?:[ \t]+[{LOWER}]+)?)\][ \t]*(?:=|[–—])[ \t]*"
    rf"(?P<n3>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{0,2}})"
)


def _named_voices(preface: str) -> dict[str, str]:
    """Folded "speaker 1" -> the name the note gives it, for voices named exactly once."""
    found: dict[str, set[str]] = {}
    for m in _VOICE_IS.finditer(preface):
        voice = " ".join((m.group("v") or m.group("v2") or m.group("v3")).split())
        found.setdefault(fold(voice), set()).add(m.group("n") or m.group("n2") or m.group("n3"))
    return {v: names.pop() for v, names in found.items() if len(names) == 1}


_SWORN = re.compile(
    # (An Australian tribunal's line opens with "<" and may say the oath was taken the day
    # before: "<HUONG TRAN, ON FORMER AFFIRMATION   [10.05 AM]", "<JOHN SMITH, SWORN".)
    r"^[ \t]*<?(?P<name>[A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]+){1,3})(?:,[ \t]*\n?[^\n]{0,120}?"
    r"\bON[ \t]+FORMER[ \t]+(?:OATH|AFFIRMATION)\b|,[ \t]*\n?[^\n]{0,120}?"
    # A California reporter's block runs on to the next line in lower case: "GRACE LINDQVIST,"
    # / "called as a witness by the People, having been previously sworn, resumed the stand".
    r"\b(?i:(?:DULY|PREVIOUSLY|FIRST)[ \t]+)?(?:SWORN|AFFIRMED|sworn|affirmed)\b"
    # A UK inquiry's or court's line of its own: "MR COLIN DRAY (sworn)", "DR ANN LEE (affirmed)".
    r"|[ \t]*\((?:sworn|affirmed|SWORN|AFFIRMED)\)[ \t]*$)",
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

# A UN verbatim record's roster names its President on a line of its own, a dot leader to the
# country: "President: Mr. Fu Cong . . . . . . (China)" (the "The President (spoke in …):"
# label below).
_ROSTER_PRESIDENT = re.compile(
    r"^[ \t]*(?P<office>President|Chair|Chairman|Chairperson)[ \t]*:[ \t]*"
    r"(?P<title>Mr|Mrs|Ms|Miss|Dame|Sir|Dr)\.?[ \t]+"
    rf"(?P<name>(?:[{UPPER}][{LETTER}'’\-]*[ \t]+){{0,3}}[{UPPER}][{LETTER}'’\-]+)"
    r"[ \t]*(?:\.[ \t]*){3,}\([^()\n]{2,60}\)[ \t]*$",
    re.MULTILINE,
)

# A Russian or Ukrainian stenogram names its chair on a line of its own, above the first
# "Председательствующий." and again wherever the chair changes: "Председательствует заместитель
# Председателя Государственной Думы Е. В. Морозова", "Веде засідання Голова Верховної Ради
# України СТЕФАНЧУК Р.О.".
_PRESIDING_RU = re.compile(
    # (a news report's lead may say it mid-paragraph, after a sentence: "… на 2026 год.
    # Председательствовала заместитель главы администрации … Елена Сорокина. Пришли …")
    r"(?:^[ \t]*|(?<=[а-яёіїєґ\d»)][.!][ \t]))"
    r"(?:Председательству(?:ет|ют)|Веде[ \t]+засідання|Засідання[ \t]+веде"
    r"|Головує(?:[ \t]+на[ \t]+засіданні)?"
    # A committee's minutes in the past tense, the chair's sentence opening the lead:
    # "Засідання вів голова комісії Андрій Підгірний. Присутні члени комісії: …".
    # ("Заседание вёл Председатель Государственной Думы Вячеслав Викторович Володин.": the
    # Russian verb written with its "ё" too)
    r"|(?:Засідання|Заседание)[ \t]+(?:вів|вела|вёл|вел)|Головував|Головувала"
    r"|Председательствовал[аи]?)(?![а-яёіїєґ])"
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
    # (a GPO contents' middle name too, before the entry's comma: "Capito, Hon. Shelley Moore,
    # U.S. Senator from …")
    rf"(?P<g>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+(?=,))?)(?![{LETTER}])"
    r"(?:[ \t]*(?P<o>\([^()\n]{1,60}\)))?"
)
# A GPO contents' witness entry has no style: "    Kessler, Dana, President, Tri-County …" /
# "      Center.......     6". Read only as an indented entry whose leader dots close it within
# two lines, so a prose "Smith, John, said" is never one.
_INVERTED_CONTENTS_ENTRY = re.compile(
    rf"(?m)^[ \t]{{2,}}(?P<s>[{UPPER}][{LOWER}'’\-]+),[ \t]+(?P<g>[{UPPER}][{LOWER}'’\-]+)"
    rf"(?:[ \t]+[{UPPER}]\.)?,[ \t]+[{UPPER}][^\n]*(?:\n[^\n]*)?\.{{5,}}[ \t]*\d+[ \t]*$"
)
# A bibliographic table's person field, tab-split, surname first and the post-nominal after the
# given name: ParlInfo's "Questioner\tLey, Sussan, MP" / "Responder\tAlbanese, Anthony, MP".
_INVERTED_FIELD = re.compile(
    rf"(?m)^[ \t]*[{UPPER}][{LOWER}]+\t[ \t]*(?P<s>[{UPPER}][{LETTER}'’\-]+),[ \t]+"
    rf"(?P<g>[{UPPER}][{LOWER}'’\-]+),[ \t]+(?:MP|Senator)[ \t]*$"
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
    lines += [
        f"{m.group('g')} {m.group('s')}"
        for m in _INVERTED_CONTENTS_ENTRY.finditer(preface)
        if not is_title_token(m.group("s")) and not is_title_token(m.group("g"))
    ]
    lines += [
        f"{m.group('g')} {m.group('s')}"
        for m in _INVERTED_FIELD.finditer(preface)
        if not is_title_token(m.group("s")) and not is_title_token(m.group("g"))
    ]
    for regex in (_OFFICE_FIELD, _NAME_OVER_OFFICE):
        for m in regex.finditer(preface):
            words = m.group("o").split()
            if re.search(rf"[ \t]{BODY_NOUNS}$", m.group("n")):
                # A masthead's body over its office: "United Nations" / "President of the
                # General Assembly" is the site's, no person.
                continue
            if re.fullmatch(r"\S+(?:[ \t]{2,}\S+){2,}", m.group("n").strip()):
                # A toolbar's row set apart by wide gaps over the site's own office ("Share
                # Print   Listen" / "Premier of Victoria") is page furniture, no holder.
                continue
            if fold(words[-1]) in OFFICE_HEADS or fold(words[0]) in OFFICE_HEADS:
                lines.append(f"{m.group('n')} ({m.group('o')})")
    return "\n" + "\n".join(lines) if lines else ""


_PRESIDING_RU_FULL = re.compile(
    rf"(?<![{_CYR_UP}{_CYR_LOW}])([{_CYR_UP}][{_CYR_LOW}]+)[ \t]+([{_CYR_UP}][{_CYR_LOW}]+"
    rf"(?:вич|вна|ична|інічна|ічна|івна))[ \t]+([{_CYR_UP}](?:[{_CYR_LOW}\-]+|[{_CYR_UP}\-]+))"
    r"[ \t]*\.?$"
)  # (a committee's cover sets the surname in capitals: "… Олена Мирославівна КОВАЛЬЧУК.")


_PRESIDING_RU_CAPS = re.compile(
    rf"(?<![{_CYR_UP}{_CYR_LOW}])([{_CYR_UP}]{{2,}}(?:-[{_CYR_UP}]{{2,}})?)[ \t]+"
    rf"([{_CYR_UP}][{_CYR_LOW}]+)[ \t]+[{_CYR_UP}][{_CYR_LOW}]+(?:вич|вна|ична|інічна|ічна|івна)"
    r"[ \t]*\.?$"
)
# The State Duma's surname-first order in mixed case: "Председательствует заместитель
# Председателя Государственной Думы Корнеев Николай Евгеньевич" (the line ends in the patronymic).
_PRESIDING_RU_INVERTED = re.compile(
    rf"(?<![{_CYR_UP}{_CYR_LOW}])([{_CYR_UP}][{_CYR_LOW}]+(?:-[{_CYR_UP}][{_CYR_LOW}]+)?)[ \t]+"
    rf"([{_CYR_UP}][{_CYR_LOW}]+)[ \t]+[{_CYR_UP}][{_CYR_LOW}]+(?:вич|вна|ична|інічна|ічна|івна)"
    r"[ \t]*\.?$"
)
# (the Rada's site may set the surname in capitals: "Веде засідання Перший заступник Голови
# Верховної Ради України Олександр КОРНІЙЧУК")
# (after a body's acronym too: "Головував у колегії член ВККС Андрій Пасічник")
_PRESIDING_RU_PAIR = re.compile(
    rf"(?:(?<=[{_CYR_LOW}][ \t])|(?<=[{_CYR_UP}]{{2}}[ \t]))([{_CYR_UP}][{_CYR_LOW}]+)[ \t]+"
    rf"([{_CYR_UP}][{_CYR_LOW}\-]+|[{_CYR_UP}]{{2,}}(?:-[{_CYR_UP}]{{2,}})?)[ \t]*\.?$"
)


_PRESIDING_COURT = re.compile(
    r"\b[Пп]редседательствующего[ \t]*[–—,-]?[ \t]*(?:судьи[ \t]+)?"
    rf"([{_CYR_UP}][{_CYR_LOW}]+)[ \t]+[{_CYR_UP}][{_CYR_LOW}]+(?:вича|вны|ича|ичны)[ \t]+"
    rf"([{_CYR_UP}][{_CYR_LOW}\-]+)"
)


_PRESIDING_FIELD = re.compile(
    rf"[ \t]*[:—–][ \t]*([{_CYR_UP}][{_CYR_LOW}'’]+)[ \t]+"
    rf"([{_CYR_UP}][{_CYR_LOW}'’]+(?:-[{_CYR_UP}][{_CYR_LOW}'’]+)?)(?=[ \t]*(?:[,(]|\.?$))"
)


def _surname_case(surname: str) -> str:
    """A surname set in capitals in ordinary case: "КОВАЛЬЧУК-БОЙКО" → "Ковальчук-Бойко"
    (any other left as it is)."""
    if surname.isupper():
        return "-".join(part.capitalize() for part in surname.split("-"))
    return surname


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
    # The chair's sentence only, where the lead goes on: "… Андрій Підгірний. Присутні …".
    rest = re.split(r"(?<=[а-яёіїєґ])\.[ \t]", lines[-1].group("rest").strip())[0].strip()
    found = _PRESIDING_RU_NAME.search(rest)
    if found is None:
        # The Rada's cover sets the chair's name on the line below the office: "Веде засідання
        # Голова Верховної Ради України" / "СТЕФАНЧУК Р.О." (the office's genitive "Ради
        # України" is no given name and surname).
        # The Federation Council's cover stacks the three: "Председательствует" /
        # "Председатель Совета Федерации" / "В.И. МАТВИЕНКО" (the office's own line between).
        found = None
        for below in before[lines[-1].end() :].lstrip(" \t\n").split("\n", 2)[:2]:
            below = below.strip()
            if not below or len(below) > 40:
                break
            found = _PRESIDING_RU_NAME.fullmatch(below)
            if found is not None or rest:
                break
    if found is None:
        # The Federation Council writes the chair in full: "Председательствует заместитель
        # Председателя Совета Федерации Инна Сергеевна Ладыгина" → "Инна Ладыгина".
        full = _PRESIDING_RU_FULL.search(rest)
        if full is not None:
            return f"{full.group(1)} {_surname_case(full.group(3))}"
        # The Moscow City Duma puts the surname first, in capitals: "… Председатель Московской
        # городской Думы НИКОЛАЕВ Андрей Викторович." → "Андрей Николаев".
        caps = _PRESIDING_RU_CAPS.search(rest)
        if caps is not None:
            return f"{caps.group(2)} {caps.group(1).capitalize()}"
        inverted = _PRESIDING_RU_INVERTED.search(rest)
        if inverted is not None and not re.search(
            r"(?:ой|ої|ий|ого|ых|их|ые|ая|ей|ії|ы|и)$", inverted[1]
        ):
            return f"{inverted.group(2)} {inverted.group(1)}"
        # Given name and surname, the line's last words: "Головує на засіданні секретар
        # Київської міської ради Ярослав Мельник." (an adjective's ending — "Московской Думы",
        # "Верховної Ради" — is no given name).
        # A hearing's cover as a field, the name first, then the post: "Головує: Людмила
        # Олійник-Гордієнко, секретар міської ради." (the nominative, as a field writes it).
        field = _PRESIDING_FIELD.match(rest)
        if field is not None:
            return f"{field.group(1)} {field.group(2)}"
        # The chair's clause only, where the sentence goes on to another part: "Головував у
        # колегії член ВККС Андрій Пасічник, доповідачем був член Комісії Сергій Чумак." (the
        # reporting member is no chair).
        clause = re.split(r",[ \t]+(?=[а-яёіїєґ])", rest, maxsplit=1)[0]
        pair = _PRESIDING_RU_PAIR.search(clause) or _PRESIDING_RU_PAIR.search(rest)
        if pair is not None and not re.search(r"(?:ой|ої|ий|ого|ых|их|ые|ая|ая|ей|ії)$", pair[1]):
            return f"{pair.group(1)} {_surname_case(pair.group(2))}"
        return None
    named = name_from_phrase(found.group().strip())
    return named.display() if named is not None and named.given else None


# A parliament's verbatim report names who sits in the chair above the sitting's turns,
# the chair then speaking under the bare office: the European Parliament's "IN THE CHAIR:
# Roberta METSOLA" / "President" over "President. – The next item is …"; Westminster Hall's
# "[Sir Roger Gale in the Chair]". The chair may change during the sitting: the last line
# above a label counts.
_IN_THE_CHAIR = re.compile(
    r"(?m)^[ \t]*(?:IN[ \t]+THE[ \t]+CHAIR|In[ \t]+the[ \t]+[Cc]hair)[ \t]*:[ \t]*"
    rf"(?P<name>(?:[{UPPER}][{LETTER}.'’\-]*[ \t]+){{1,3}}[{UPPER}][{LETTER}'’\-]+)[ \t]*$"
    r"|^[ \t]*\[[ \t]*"
    rf"(?P<name2>(?:[{UPPER}][{LETTER}.'’\-]*[ \t]+){{1,3}}[{UPPER}][{LETTER}'’\-]+)"
    r"[ \t]+in[ \t]+the[ \t]+[Cc]hair[ \t]*\][ \t]*$"
    # The Oireachtas's committee record, its own line in capitals: "DEPUTY SEÁN KEARNEY IN THE
    # CHAIR." (a member's style before the name).
    rf"|^[ \t]*(?P<name3>(?:[{UPPER}][{UPPER}.'’\-]*[ \t]+){{1,3}}[{UPPER}][{UPPER}'’\-]+)"
    r"[ \t]+IN[ \t]+THE[ \t]+CHAIR[ \t]*\.?[ \t]*$"
)
# The offices a sitting's chair speaks under ("President. –", "The Chair:", "Mr Speaker:").
_CHAIR_OFFICE = re.compile(
    # (the Senate's "The ACTING PRESIDENT pro tempore.", its qualifier dropped)
    r"(?i)^(?:the[ \t]+|mr\.?[ \t]+|madam[ \t]+)?(?:(?:deputy|vice|acting)[ \t-]*)?"
    r"(?:president|chair(?:man|woman|person)?|speaker|presiding[ \t]+officer"
    # (an Irish council's chair by her Irish title, "Cathaoirleach:"; her deputy
    # "Leas-Chathaoirleach:")
    r"|(?:leas-)?c(?:h)?athaoirleach)$"
)


def _in_the_chair(office: str, before: str) -> str | None:
    """The person the last "IN THE CHAIR:" line before a chair's office label names
    ("IN THE CHAIR: Sophie WENDT" -> "Sophie Wendt"); None for an office ("(Hon. Speaker in
    the Chair)") or no such line."""
    if _CHAIR_OFFICE.match(office.strip()) is None:
        return None
    lines = list(_IN_THE_CHAIR.finditer(before))
    if not lines:
        return None
    phrase = lines[-1].group("name") or lines[-1].group("name2") or lines[-1].group("name3")
    if _CHAIR_OFFICE.match(phrase.split(maxsplit=1)[-1]) or re.search(
        r"(?i)\b(?:speaker|president|chair\w*|officer)\b", phrase
    ):
        return None
    named = name_from_phrase(" ".join(phrase.split()))
    return named.display() if named is not None and named.given else None


# The Congressional Record's line saying which senator takes the chair: "Mr. JUSTICE thereupon
# assumed the Chair as Acting President pro tempore.", "(Mr. SULLIVAN assumed the Chair.)".
_ASSUMED_CHAIR = re.compile(
    r"(?P<title>Mr|Mrs|Ms|Dr)\.[ \t]+(?P<surname>(?:Mc|Mac)?[A-Z][A-Za-z'’\-]+)"
    r"[ \t]+(?:thereupon[ \t]+)?assumed[ \t]+the[ \t]+[Cc]hair"
    r"(?:[ \t]+as[ \t]+(?P<office>[A-Za-z \t]{3,60}?))?[ \t]*[.)]"
)


def _assumed_the_chair(office: str, before: str) -> str | None:
    """The senator the last "Mr. X assumed the Chair" line before a chair's office label names
    (as that office, when the line says which): the one full name the text before it writes
    for that surname ("… I hereby appoint the Honorable Jim Justice …" → "Jim Justice"), else
    the title and surname as written ("Mr. Justice"), as a bracketed holder is."""
    if _CHAIR_OFFICE.match(office.strip()) is None:
        return None
    lines = list(_ASSUMED_CHAIR.finditer(before))
    if not lines:
        return None
    m = lines[-1]
    if m.group("office") is not None:
        post = re.sub(r"(?i)[ \t]+pro[ \t]+tempore$", "", m.group("office").strip())
        if fold(" ".join(post.split())) != fold(re.sub(r"(?i)^the[ \t]+", "", office.strip())):
            return None
    # (the record's capitals recased: "JUSTICE" → "Justice", "McCONNELL" → "McConnell")
    prefix = re.match(r"Ma?c(?=[A-Z])", m.group("surname"))
    cut = prefix.end() if prefix else 0
    surname = m.group("surname")[:cut] + m.group("surname")[cut:].capitalize()
    given = {
        (g, sur)
        for g, sur in re.findall(
            rf"\b([{UPPER}][{LOWER}]+)[ \t]+(?:[{UPPER}]\.[ \t]+)?((?i:{re.escape(surname)}))\b",
            before[: m.start()],
        )
        if not is_title_token(g) and fold(g) not in ("the", "of", "and", "from", "for")
    }
    if len({g for g, _ in given}) == 1:
        g, sur = given.pop()
        return f"{g} {surname if sur.isupper() else sur}"
    return f"{m.group('title')}. {surname}"


def _presiding(office: str, preface: str) -> str | None:
    """The one person the cover says presides in ``office`` ("The CHAIRMAN" -> "Hon. William
    Kessler [Chairman of the Committee] presiding")."""
    word = office.split()[-1].lower()
    found = {
        m.group("name").split()[-1]: m
        for m in (*_PRESIDING_LINE.finditer(preface), *_ROSTER_PRESIDENT.finditer(preface))
        if word in m.group("office").lower().split()
    }
    if len(found) != 1:
        return None
    m = found.popitem()[1]
    if len(m.group("name").split()) == 1 and "title" in m.re.groupindex:
        # The UN roster's "President: Mr. Sekeris . . . (Greece)": a surname alone after the
        # courtesy title, as the record writes every speaker's label ("Mr. Nebenzia:").
        return f"{m.group('title')}. {m.group('name')}"
    named = name_from_phrase(" ".join(m.group("name").split()))
    return named.display() if named is not None and named.given else None


def _office_parenthesised(office: str, preface: str) -> str | None:
    """The one person the cover names in brackets after the office, as a record of proceedings
    does: "The Senedd met … with the Llywydd (Elin Rhys) in the Chair" → "The Llywydd:" is Elin
    Rhys; "the Deputy Speaker (Dame Eleanor Laing)"."""
    bare = re.sub(r"^[Tt]he[ \t]+", "", office)
    found = {
        named.key: named
        for m in re.finditer(
            rf"(?<![{LETTER}]){re.escape(bare)}[ \t]+\(([^()\n]{{3,60}})\)", preface, re.IGNORECASE
        )
        if (named := name_from_phrase(" ".join(m.group(1).split()))) is not None
        and named.has_full_given
    }
    return next(iter(found.values())).display() if len(found) == 1 else None


# An event page's list of who is on stage: "Moderator" / "Helen Achebe (HA), Director, …",
# "Moderator: Helen Achebe, Director …", "Moderated by Helen Achebe", "Host: Nadia Brennan".
_EVENT_MODERATOR = re.compile(
    r"^[ \t]*(?:Moderator|Moderated[ \t]+by|Chair|Chaired[ \t]+by|Host|Hosted[ \t]+by)"
    r"[ \t]*(?::[ \t]*|[ \t]*\n(?:[ \t]*\n)?[ \t]*|[ \t]+(?<=by[ \t]))"
    rf"(?P<name>(?!The[ \t])(?:[{UPPER}][{LETTER}.'’\-]*[ \t]+){{1,4}}[{UPPER}][{LETTER}'’\-]+)"
    r"[ \t]*(?:$|[,(–—-])",
    re.MULTILINE,
)


# A lead sentence may say who chairs: the European Commission's "Midday briefing chaired by
# Chief Spokesperson Lucía Ferreira Gomes, with Trade Spokesperson …" (the office is part of
# the phrase; the name closes it). An event page's blurb may open a sentence with it, the
# chair's trade in lower case before the name: "Speakers: … . Chaired by journalist Fiona Gale."
# A government's lead names the moderator after their office in apposition: "The session was
# moderated by the Director of Information Services, Mrs. Abena Ofori."
_LEAD_MODERATOR = re.compile(
    # (first, the post, then the body's acronym, each closed by a comma, "the" or not: "The
    # briefing was moderated by Principal Director General, PIB, Shri Dhirendra Ojha.")
    r"(?:(?<=[a-z][ \t])(?:moderated|chaired)[ \t]+by[ \t]+(?:the[ \t]+)?[A-Z][^\n,.;:]{1,60},"
    r"[ \t]+[A-Z]{2,8},[ \t]+"
    # ("The discussion was moderated by Tan Hui Ling, the Observer's transport correspondent.")
    r"|(?:(?<=[a-z][ \t])(?:chaired|moderated)|(?<=[.!?][ \t])(?:Chaired|Moderated))"
    r"[ \t]+by[ \t]+"
    r"(?:[a-z]+[ \t]+){0,2}"
    # (a university's "The session was chaired by the Registrar and Chief Operating Officer,
    # Dr Martin Okafor, who read out questions.")
    r"|(?<=[a-z][ \t])(?:moderated|chaired)[ \t]+by[ \t]+the[ \t]+[A-Z][^\n,.;:]{1,60},[ \t]+"
    # (the post in lower case: "The discussion was moderated by the conference chair, Martina
    # Huber.")
    r"|(?<=[a-z][ \t])(?:moderated|chaired)[ \t]+by[ \t]+the[ \t]+(?:[a-z]+[ \t]+){0,2}"
    r"(?:chair|chairwoman|chairman|chairperson|president|director|head|host|editor)"
    r",[ \t]+)"
    rf"(?P<name>(?!The[ \t])(?:[{UPPER}][{LETTER}.'’\-]*[ \t]+){{1,4}}[{UPPER}][{LETTER}'’\-]+)"
    r"[ \t]*(?:$|[,.(–—-])",
    re.MULTILINE,
)


# A lead names the moderator in apposition after the word, a nationality and a trade before the
# name at most: "… answered questions from the moderator, Norwegian journalist Ingrid Haugen."
_APPOSED_MODERATOR = re.compile(
    r"(?<=[a-z][ \t])the[ \t]+moderator,[ \t]+(?:(?:[A-Z][a-z]+[ \t]+)?[a-z]+[ \t]+)?"
    rf"(?P<name>(?!The[ \t])[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})"
    r"[ \t]*(?:$|[,.(–—])",
    re.MULTILINE,
)


# A think tank's event recap names its moderator in running text: "The discussion was
# moderated by Dr. Kwame Asante, Senior Fellow …" (read only where no label names them: a
# "MODERATOR (Aigerim Nurpeissova):" label already says who chairs).
_RECAP_MODERATOR = re.compile(
    r"(?<=[a-z][ \t])moderated[ \t]+by[ \t]+"
    rf"(?P<name>(?!The[ \t])(?:[{UPPER}][{LETTER}.'’\-]*[ \t]+){{1,4}}[{UPPER}][{LETTER}'’\-]+)"
    r"[ \t]*(?:$|[,.(–—-])",
    re.MULTILINE,
)


def _recap_moderator(preface: str) -> Name | None:
    """The one moderator an event recap's running text names (see _RECAP_MODERATOR)."""
    found = {
        named.key: named
        for m in _RECAP_MODERATOR.finditer(preface)
        if (named := name_from_phrase(m.group("name"))) is not None and named.has_full_given
    }
    return next(iter(found.values())) if len(found) == 1 else None


# A show's announcer reads its billboard under its own label, the host named last: NBC's
# "ANNOUNCER: From NBC News in Washington, …, this is Meet the Press with Kristen Welker.";
# the host the page otherwise names nowhere but in that line puts the questions.
_BILLBOARD_HOST = re.compile(
    r"\b[Tt]his[ \t]+is[ \t]+[^\n.!?]{1,60}?[ \t]+with[ \t]+"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})[ \t]*[.!]?[ \t]*$"
)


def _billboard_host(text: str, labels: Sequence[LabelHit]) -> Name | None:
    """The host an announcer's billboard names (see _BILLBOARD_HOST), when a label of the page
    is that person."""
    for h, nxt in itertools.pairwise(labels):
        if fold(h.info.text) != "announcer":
            continue
        m = _BILLBOARD_HOST.search(text[h.end : nxt.start].rstrip())
        named = name_from_phrase(m.group("name")) if m is not None else None
        if (
            named is not None
            and named.has_full_given
            and any(o.info.name is not None and o.info.name.compatible(named) for o in labels)
        ):
            return named
    return None


# A meeting's roster of appearances or members gives the chair's post after the name, last on
# the line: a court reporter's "MS. LAURA GARZA, Office of the Chief Clerk, Moderator", an
# assembly committee's "Ms Deirdre Hargey (Chairperson)" (a deputy chair's line is not one).
_ROSTER_MODERATOR = re.compile(
    r"^[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|MISS|DR)\.?[ \t]+)?"
    rf"(?P<name>[{UPPER}][{LETTER}'’\-]+(?:[ \t]+[{UPPER}][{LETTER}'’\-]+){{1,2}})"
    r"(?:[ \t]*,[ \t]*(?:[^,\n]{1,60},[ \t]*)?(?P<post>Moderator|MODERATOR|Chair(?:person)?)"
    r"|[ \t]*\([ \t]*(?P<held>Chair(?:person|man|woman)?|Moderator)[ \t]*\))[ \t]*$",
    re.MULTILINE,
)


def _event_moderators(preface: str) -> list[Name]:
    """The one moderator an event transcript's speaker list names before the first label: they
    put the panel's questions (the panellists answer them), though no label says so."""
    found = {
        named.key: named
        for regex in (_EVENT_MODERATOR, _LEAD_MODERATOR, _ROSTER_MODERATOR, _APPOSED_MODERATOR)
        for m in regex.finditer(preface)
        if (named := name_from_phrase(m.group("name"))) is not None and named.has_full_given
    }
    return list(found.values()) if len(found) == 1 else []


_PRESENT_PRESIDING = re.compile(
    r"(?m)^[ \t]*(?:Present|Attending|Members[ \t]+present)[ \t]*:[^\n]*?(?<![\w-])"
    r"(?:Board|Council|Committee|Commission|Senate)[ \t]+(?:President|Chair(?:man|woman|person)?)"
    r"[ \t]+(?P<name>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,2})(?=[ \t]*[;,.(\n])"
)


# CQ's and FNS's congressional transcripts list the speakers above the hearing, the chair's
# post after the member's party and state: "LIST OF SPEAKERS" / "SEN. MARGARET HOLLIS
# (R-KAN.), CHAIRWOMAN" / "SEN. PETER ALVARADO (D-N.M.), RANKING MEMBER".
_ROSTER_CHAIR = re.compile(
    r"(?m)^[ \t]*(?:SEN|REP|SENATOR|REPRESENTATIVE|DEL)\.?[ \t]+"
    r"(?P<name>[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z]\.?)?(?:[ \t]+[A-Z][A-Z'’\-]+){1,2})"
    r"[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*,[ \t]*(?:SUBCOMMITTEE[ \t]+)?"
    r"CHAIR(?:MAN|WOMAN|PERSON)?[ \t]*$"
)


# A Canadian tribunal's cover lists its panel under "BEFORE:", each member's post beside the
# name, the one presiding so titled: "BEFORE:      Patrick Moran          Presiding Commissioner"
# / "             Allison Duff           Commissioner" (then "COMMISSIONER MORAN:" chairs).
_BEFORE_PRESIDING = re.compile(
    r"(?m)^(?:[ \t]*BEFORE[ \t]*:)?[ \t]*(?P<name>[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’.\-]*){1,2})"
    r"(?:[ \t]*,[ \t]*|[ \t]{2,})Presiding[ \t]+"
    r"(?:Commissioner|Member|Chair|Officer|Panel[ \t]+Member)[ \t]*$"
)


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
    if not found:
        # A city duma's stenogram names its chair in the cover, who then speaks under their
        # own name: "Председательствует Председатель Московской городской Думы Иван Сергеевич
        # Ковалёв." over "КОВАЛЁВ И.С. Уважаемые коллеги! …".
        steno = _presiding_stenogram(preface)
        named = name_from_phrase(steno) if steno else None
        if named is None:
            # A board's minutes list who was present, its presiding officer first by post:
            # "Present: Board President Adaeze Okafor; Vice President Tom Lindqvist; …" — she
            # chairs, under "PRESIDENT OKAFOR:".
            roster = _PRESENT_PRESIDING.search(preface)
            named = name_from_phrase(roster.group("name")) if roster else None
        if named is None:
            before = [m.group("name") for m in _BEFORE_PRESIDING.finditer(preface)]
            named = name_from_phrase(before[0]) if len(before) == 1 else None
        if named is None:
            listed = [m.group("name") for m in _ROSTER_CHAIR.finditer(preface)]
            named = name_from_phrase(" ".join(listed[0].split())) if len(listed) == 1 else None
        if named is None:
            # A UN verbatim record's roster: "President: Mr. Fu Cong . . . . (China)".
            listed = [m.group("name") for m in _ROSTER_PRESIDENT.finditer(preface)]
            named = name_from_phrase(" ".join(listed[0].split())) if len(listed) == 1 else None
        if named is None:
            # A briefing's lead line says who chairs it: the European Commission's "Midday
            # briefing chaired by Chief Spokesperson Elena Marchetti" — she presides, and an
            # opening of her own announcements is her statement, her calls the chair's.
            lead = [
                m.group("name")
                for m in _LEAD_MODERATOR.finditer(preface)
                if re.match(r"(?i)chaired", m.group(0))
            ]
            named = name_from_phrase(lead[0]) if len(set(lead)) == 1 else None
        return named if named is not None and named.given else None
    return next(iter(found.values())) if len(found) == 1 else None


# A video page's people list: one person a line, the name, then the post and affiliation after
# commas ("People in this video" / "Tim Scott, Senator, [R] South Carolina" / "Mimi Geerges,
# Host, C-SPAN"). The post field is the role word the turns are labelled with ("HOST:").
_PEOPLE_WORD = rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}]?[{LOWER}'’]+)*"
_PEOPLE_LINE = re.compile(
    rf"^[ \t]*(?P<name>{_PEOPLE_WORD}(?:[ \t]+(?:[a-z]{{1,3}}[ \t]+)?{_PEOPLE_WORD}){{1,2}})"
    r"[ \t]*,[ \t]*(?P<post>[^,\n]{1,60})(?:,[^\n]{0,80})?$",
    re.MULTILINE,
)
_ROSTER_HOST_POSTS = frozenset({"host", "anchor", "presenter", "moderator", "co-host"})


def _roster_host_and_guest(preface: str, labels: Sequence[LabelHit]) -> list[tuple[str, Name]]:
    """Who a role-labelled show's "HOST:" and "GUEST:" stand for, from a people list above the
    transcript whose lines are "Name, Post[, affiliation]" in one block: the one line whose post
    is the host's role word holds "HOST:"; the one other person listed holds "GUEST:" (callers
    are named in the host's hand-offs, never in the list). Only with both role labels unnamed."""
    roles = {fold(h.text) for h in labels if h.info.name is None}
    if not ({"host", "anchor", "presenter"} & roles and "guest" in roles):
        return []
    blocks: list[list[re.Match[str]]] = []
    last_end = -2
    for m in _PEOPLE_LINE.finditer(preface):
        if blocks and m.start() == last_end + 1:
            blocks[-1].append(m)
        else:
            blocks.append([m])
        last_end = m.end()
    for block in blocks:
        if len(block) < 2:
            continue
        hosts = [m for m in block if fold(m.group("post").strip()) in _ROSTER_HOST_POSTS]
        others = [m for m in block if m not in hosts]
        if len(hosts) != 1 or len(others) != 1:
            continue
        host, guest = (name_from_phrase(m.group("name")) for m in (hosts[0], others[0]))
        if host is None or guest is None or not (host.has_full_given and guest.has_full_given):
            continue
        return [("moderator", host), ("interview with", guest)]
    return []
