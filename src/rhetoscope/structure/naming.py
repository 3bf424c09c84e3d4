"""Canonical speaker names: each label's person from its alias group, the header, the cover
and the text itself (initials completed, case endings undone, capitals recased, particles and
spellings as the text writes them), and the holders of office labels.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from rhetoscope.datewords import EN_WEEKDAYS
from rhetoscope.entities.aliases import gazetteer
from rhetoscope.structure import regex as re  # re with a cache for per-name patterns
from rhetoscope.structure.cover import (
    _BEFORE_JUDGE,
    _PRESIDING_LINE,
    _ROSTER_PRESIDENT,
    _assumed_the_chair,
    _in_the_chair,
    _named_voices,
    _office_parenthesised,
    _presiding,
    _presiding_stenogram,
)
from rhetoscope.structure.header import (
    _HEADLINE_STOPS,
    _INTERVIEW_WORD,
    _INTERVIEWEE_KINDS,
    _INTERVIEWER_KINDS,
    _NAME_WORD,
    _NAMED_ASKER_KINDS,
    _PAIR_AT,
    _PHOTO_CREDIT_BEFORE,
    FAMILY_WORDS,
    NOT_GIVEN,
    PLACE_FIRST_WORDS,
    _accusative_pair,
    _country_names,
    _cut_name_run,
    _date_line,
    _genitive_given,
    _masthead_tail,
    _menu_row,
    _nominative,
    _patronymic,
    _post_before_name,
)
from rhetoscope.structure.labels import (
    _CYR_LOW,
    _CYR_UP,
    _PRESIDING,
    HAND_OFF_OPENS,
    HAND_OFF_VOCATIVE,
    TRAILER_BIO,
    LabelHit,
    _unknown_voice,
    masthead_label,
    masthead_opener,
    masthead_short_word,
)
from rhetoscope.structure.metadata import BYLINE, find_date, trailing_start
from rhetoscope.structure.speakers import (
    _DIMINUTIVES,
    _DOMAIN_OFFICE_HEADS,
    _VOWELLESS,
    JOURNALIST_WORDS,
    LETTER,
    LOWER,
    NEWS_OUTLET_NAMES,
    NOT_NAME_WORDS,
    OFFICE_ABBREVIATIONS,
    OFFICE_HEADS,
    PARTICLES,
    PEER_RANKS,
    PHONE_IN_CALLERS,
    SHARE_BUTTON,
    SURNAME_HEADS,
    UPPER,
    LabelKind,
    Name,
    _latin_base,
    _news_outlet,
    dative_given,
    dative_surname,
    dative_to_nominative,
    first_line,
    fold,
    genitive_to_nominative,
    is_audience_question,
    is_phone_in_caller,
    is_title_token,
    name_from_phrase,
    page_stamp,
    parse_name,
    resolve_names,
)

# A role noun before a name is no given name: a podcast page's "Hosts Maya Lindholm and Ben
# Achterberg sit down with …" names "Maya Lindholm", not "Hosts Maya"; a food page's "Chef
# Tomás Villaseñor grinds masa …" names "Tomás Villaseñor", not "Chef Tomás".
_ROLE_NOUN = (
    r"(?:(?:Co-?)?[Hh]osts?|Guests?|Presenters?|Anchors?|Panel(?:l)?ists?|Moderators?|Chefs?)"
)
_FULL_NAME = re.compile(rf"\b(?!{_ROLE_NOUN}\b)({_NAME_WORD})[ \t]+({_NAME_WORD})\b")
# A studio guest seated by the lead: "В студии – врач-кардиолог Дмитрий Лебедев", "у нас в гостях
# кардиолог Дмитрий Лебедев", "У студії — економіст Олег Пендзин".
# A show's opening line seats its guest with the host, named in the genitive before a dash: "В
# гостях у Ольги Мироновой — основатель сети пекарен «Хлебный двор» Артём Кравцов" (Kravtsov
# is the guest; "у" and the host's name are not the guest's post).
_STUDIO_GUEST = re.compile(
    r"(?:[Вв][ \t]+студии|[Уу][ \t]+студії|в[ \t]+гостях|у[ \t]+гостях"
    r"|[ВвУу][ \t]+гост(?:ях|ях|і)[ \t]+(?:у|в|до)[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+[ \t]+"
    r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+(?=[ \t]*[–—]))"
    r"[ \t]*[–—:\-]?[ \t]*(?!(?:у|в|до)[ \t])"
    r"(?:(?:[а-яёіїєґ][а-яёіїєґ\-]*|«[^»\n]{1,40}»)[ \t]+){0,5}"
    r"([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)[ \t]+([А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+)(?![а-яёіїєґ])"
)


# A couple under one surname: "Анна и Олег Корниенко: …", "Anna and Oleg Kornienko" (the
# first given name shares the surname after the second).
_SHARED_SURNAME = re.compile(
    rf"\b([{UPPER}][{LOWER}]+)[ \t]+(?:и|і|та|and|&)[ \t]+({_NAME_WORD})[ \t]+({_NAME_WORD})\b"
)
_PARTICLE_NAME = re.compile(rf"\b([{UPPER}][{LOWER}]+)[ \t]+(bin|ibn|bint)[ \t]+({_NAME_WORD})\b")
# A European surname opening with its particle in lower case, or an Arabic one joined to it by a
# hyphen: "Karin af Ekström", "Joost van Dijk", "Karim al-Haddad" (a lead's only full spelling
# of the "af Ekström:" / "KAH:" labels). A Spanish "de" takes its article: "Tomás de la Fuente",
# "María de los Ángeles".
_LOWER_PARTICLE_NAME = re.compile(
    rf"(?<![{LETTER}])([{UPPER}][{LOWER}]+)[ \t]+"
    rf"((?:(?:af|van|von|de|der|den|da|di|del|della|du|ter|ten|zu)[ \t]+"
    rf"(?:(?<=de[ \t])(?:la|las|los)[ \t]+)?){{1,2}}{_NAME_WORD}"
    rf"|(?:al|el|ad|as|ash|at|az|ul)-{_NAME_WORD})(?![{LETTER}])"
)


# A personal honorific, which stands before a surname alone ("Ms. Ruiz Beltran"); an office
# stands before a full name ("President Elnur Rzayev").
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?", re.IGNORECASE)
# A courtesy or style closing a title: "Deputy Spokesperson Ms." -> "Deputy Spokesperson",
# Malaysia's "PM Datuk Seri" -> "PM".
_HONORIFIC_TAIL = re.compile(
    r"(?:[ \t]+(?:Mr|Mrs|Ms|Miss|Dr|Mx|H\.E|Datuk|Dato['’]?|Datin|Tan|Puan|Seri|Sri)\.?)+$",
    re.IGNORECASE,
)


def _title_office(title: str) -> str:
    """The office a name's title holds, its courtesy dropped and an abbreviation spelled out:
    "PM Datuk Seri" (of "PM Datuk Seri Azlan Hamid:") -> "Prime Minister", as "PM:" reads."""
    office = _HONORIFIC_TAIL.sub("", title).strip()
    return OFFICE_ABBREVIATIONS.get(office, office)


_DESK_WORD = (
    r"^(?i:Communications|Staff|Reports|Desk|Team|Office|Editors|Bureau|Relations|Newsroom"
    r"|Services?|Writers?)$"
)
_BYLINE_WORDS = frozenset({"by", "with", "from", "for", "and", "via"})


# An English headline in title case: four or more words, every longer word capitalised, a
# lowercase short word among them, no sentence's end and no field's colon ("Heinrich Presses
# Burgum on Public Land Sales, Frozen Clean Energy Permits"; not "Authors: Anna Moss, Ian Hale").
_TITLE_CASE_HEADLINE = re.compile(
    r"(?=(?:[^ \t]+[ \t]+){3})(?=.*?(?<![^ \t])[a-z]{1,3}[ \t])"
    rf"(?:(?:[A-Z][{LETTER}’'\-]*|[a-z]{{1,3}}),?(?:[ \t]+|$))+"
)


def _mixed_case_forms(forms: set[str]) -> set[str]:
    """One name written twice, in a headline's capitals and a caption's mixed case ("JEAN-
    BAPTISTE" and "Jean-Baptiste"), is one name: the capitals form is dropped."""
    return {
        f for f in forms if not (f.isupper() and any(o != f and fold(o) == fold(f) for o in forms))
    }


# A Russian plural surname's case ending, and how each given name before it is undone:
# "Ветровы" (nominative), "Ветровых" (genitive), "Ветровым" (dative), "Ветровыми".
_PLURAL_SURNAME = re.compile(r"([А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын))(ы|ых|ым|ыми)")


# A Ukrainian plural surname, of a surname that does not change for a woman: "Марченки"
# (Марченко), "Шевчуки" (Шевчук), "Ковальчуки", "Бондаренки"; in a lead's oblique case too
# ("з братами Олегом та Андрієм Мельничуками", "у Марченків", "Шевчукам").
_UK_PLURAL_SURNAME = re.compile(
    r"([А-ЯЇІЄҐ][а-яїієґ'’]+(?:к|ук|юк|ак|як|ик))(и|ів|ам|ами|ах)"
    # (a Galician "-ин" surname in the nominative plural too: "Василь та Ірина Гнатишини" are
    # Василь Гнатишин and Ірина Гнатишин)
    r"|([А-ЯЇІЄҐ][а-яїієґ'’]+(?:ишин|ішин|ушин|юшин))(и)"
)


def _plural_couple(g: str, g2: str, sur: str) -> list[Name] | None:
    """The two people of "Наталья и Игорь Ветровы" (or "с Натальей и Игорем Ветровыми"), each
    given name in the nominative and the surname in each one's form; None for no such pair."""
    uk = _UK_PLURAL_SURNAME.fullmatch(sur)
    if uk is not None:
        # "Андрій та Олена Марченки": a Ukrainian plural in the nominative, the surname the
        # same for husband and wife ("Андрій Марченко", "Олена Марченко").
        stem = uk.group(1) or uk.group(3)
        # "-ко" makes "-ки" ("Марченко"); "-ук", "-як" keep their stem ("Шевчуки").
        single = stem if re.search(r"(?:[аеиоуяюіїє]к|н)$", stem) else stem + "о"
        givens = (g, g2)
        if (uk.group(2) or uk.group(4)) != "и":
            # "Олегом та Андрієм Мельничуками": each given name back in the nominative (not
            # undone, the case is no one's: no pair).
            givens = (_nominative(g), _nominative(g2))
            if g in givens or g2 in givens:
                return None
        return [Name(given=(g_,), surname=single, title=None, caps=False) for g_ in givens]
    m = _PLURAL_SURNAME.fullmatch(sur)
    if m is None:
        return None
    case = m.group(2)

    def nominative(word: str) -> str:
        if case == "ы":
            return word
        if case == "ых":
            return _genitive_given(word)
        if case == "ым":
            return dative_given(word)
        out = _nominative(word)
        if out == word and re.search(r"[^аеиоуыэюяё]ем$", word):
            out = word[:-2] + "ь"  # "Игорем" -> "Игорь"
        return out

    people = []
    for given in (nominative(g), nominative(g2)):
        if given in (g, g2) and case != "ы":
            return None  # not undone: no given name in that case
        surname = m.group(1) + ("а" if given[-1] in "ая" else "")
        people.append(Name(given=(given,), surname=surname, title=None, caps=False))
    return people


def _couple_single(name: Name, header_text: str) -> Name:
    """A header person read off a couple's plural surname, as its one member: "Петро
    Сидоренки" of "Олена та Петро Сидоренки" is "Петро Сидоренко" (a label "Петро:" then
    finds him under his own surname)."""
    if len(name.given) != 1 or not re.search(r"[иы]$", name.surname):
        return name
    for g, g2, sur in _SHARED_SURNAME.findall(header_text):
        if sur != name.surname or name.given[0] not in (g, g2):
            continue
        couple = _plural_couple(g, g2, sur)
        for person in couple or ():
            if person.given == name.given:
                return person
    return name


def _heads_couple(text: str, at: int) -> bool:
    """Does a couple under one plural surname start at ``at`` ("Игорь и Светлана Лапины",
    "Андрій та Олена Марченки")? Its first word is a given name, not a surname, whatever stands
    before it ("Супруги Игорь и …"); "Петров и Мария Сидорова" is two people, no couple."""
    m = _SHARED_SURNAME.match(text, at)
    return m is not None and _plural_couple(*m.groups()) is not None


_MALAY_STYLE_SERI = re.compile(r"\b(?:Datuk|Dato['’]?|Tan|Puan)[ \t]+(?:Seri|Sri)$", re.IGNORECASE)


# A firm's legal form after the partners' names ("Hollings Ackerly LLP", "Vargas-Reed Law, P.C.").
_LAW_FIRM_TAIL = re.compile(
    r"(?:[ \t]+(?:&[ \t]+)?[A-Z][A-Za-z'’\-]+){0,2},?[ \t]+"
    r"(?:LLP|LLC|PLLC|L\.L\.P\.|L\.L\.C\.|P\.C\.|P\.A\.)(?![A-Za-z])"
)


def _complete_from_header(
    names: Sequence[Name], header_text: str, others: Sequence[Name] = ()
) -> list[Name]:
    """Full names the header gives for surname-only labels ("… John Kirby" for "MR. KIRBY") and
    initials labels ("Владимир Путин провёл …", "… с Эльвирой Набиуллиной" for "В.Путин",
    "Э.Набиуллина"; Russian case endings undone). ``others``: the page's other speakers, whose
    given names a bare label may be."""
    out: list[Name] = []
    done: set[str] = set()
    label_firsts = {fold(o.given[0]) for o in (*names, *others) if o.given}
    for name in names:
        # A two-letter surname counts after a title ("Trustee Ng:", "Dr. Wu:", "Mr. Li:" under
        # "Trustees Alan Ng and Maria Soto"): a bare two letters may be anything.
        short = len(name.surname) == 2 and name.title is not None and name.surname.istitle()
        # So does a capitals label whose roster prints the full name in capitals too: CQ's
        # "SEN. DIANE WU (D-WASH.)" over "WU:".
        short = short or (
            len(name.surname) == 2
            and name.caps
            and name.surname.isupper()
            and re.search(rf"\b[{UPPER}]{{2,}}[ \t]+{re.escape(name.surname)}\b", header_text)
            is not None
        )
        if name.key in done or (len(name.surname) < 3 and not short):
            continue
        if name.given:
            if all(g.endswith(".") for g in name.given):
                done.add(name.key)
                out.extend(_complete_initials(name, header_text))
            elif _HONORIFIC.fullmatch(name.title or "") and len(name.given) == 1:
                # A GPO hearing's "Ms. Ruiz Beltran." is a compound surname after an honorific;
                # the roster or contents gives the given name ("The Honorable Lucia Ruiz
                # Beltran"), which resolve_names lets complete the label.
                done.add(name.key)
                words = rf"{re.escape(name.given[0])}[ \t]+{re.escape(name.surname)}"
                firsts = {
                    m.group(1).lower(): m.group(1)
                    for m in re.finditer(
                        rf"\b([{UPPER}][{LOWER}]+|[{UPPER}]+)[ \t]+{words}\b",
                        header_text,
                        re.IGNORECASE,
                    )
                    if m.group(1)[:1].isupper() and not _titleish(m.group(1))
                }
                if len(firsts) == 1:
                    first = _recase_word(next(iter(firsts.values())))
                    out.append(Name((first, *name.given), name.surname, name.title, caps=False))
            elif (
                name.title is not None
                and is_title_token(name.title.split()[-1])
                and len(name.given) == 1
                and (styled := _styled_first_of_two(name.given[0], name.surname, header_text))
            ):
                # An office's label with two surnames, "MINISTER MORRIS DIXON:", under "…
                # Minister, Hon. Dana Morris Dixon, and …": the header's name after its style
                # has one given name more, which resolve_names lets complete the label.
                done.add(name.key)
                out.append(Name((styled, *name.given), name.surname, name.title, caps=False))
            continue
        done.add(name.key)
        if name.title is None and fold(name.surname) in label_firsts:
            # A first-name label whose person another label names in full ("Fiona:" beside
            # "Fiona Hill:"): no surname, so no word before it in the header is a given name
            # ("Ezra Klein Interviews Fiona Hill" is no "Interviews Fiona").
            continue
        # "с директором института Петром Андреевичем Дурново" for "Дурново:": a patronymic
        # between the given name and the surname is skipped, so the given name is read.
        # (a hyphenated given name is read whole, "Jean-Baptiste", not its second half; a
        # Ukrainian one with its apostrophe too, "Мар'яна Хома" for "Хома:", not "яна Хома")
        pattern = (
            rf"(?<![{LETTER}\-'’])([{UPPER}][{LOWER}]+(?:['’][а-яіїєґ]+)?(?:-[{UPPER}][{LOWER}]+)?"
            rf"(?:[ \t]+[{UPPER}]\.)?)"
            rf"(?:[ \t]+[А-ЯЁІЇЄ][а-яёіїє'’]+(?:вич|вн|ичн)[а-яёіїє]*)?"
            # (a label typed without the "ё" the lead prints: "Федорова-Семенова:" under
            # "… директор фонда Екатерина Фёдорова-Семёнова")
            # (never across a tab: a pasted table's key cell beside its value, ParlInfo's
            # "Responder\tDelaney, Sen Kathryn", is no given name)
            rf"[ ]+({re.escape(name.surname).replace('е', '[её]').replace('Е', '[ЕЁ]')})\b"
        )
        # "Van der Berg:" under "Panellists: Pieter van der Berg, …": a particle's case at the
        # start of a line is the label's; the header's running text writes the name's own.
        hay = header_text
        based = _latin_base(header_text)
        if (
            name.surname.isascii()
            and len(based) == len(header_text)
            and not re.search(pattern, header_text, re.IGNORECASE)
        ):
            # "De la Roche-Marcay:" typed without the cedilla under the caption's "Jean-Baptiste
            # de la Roche-Marçay": the name is found in the text's letters bare of diacritics,
            # and read back as the text writes it.
            hay = based
        header_surnames = {
            header_text[m.start(2) : m.end(2)] for m in re.finditer(pattern, hay, re.IGNORECASE)
        }
        header_surnames = _mixed_case_forms(header_surnames)
        if (
            len(header_surnames) == 1
            and len(name.surname.split()) > 1
            and fold(name.surname.split()[0]) in PARTICLES
            and not name.caps
        ):
            name = Name(name.given, header_surnames.pop(), name.title, name.caps)
        elif (
            len(header_surnames) == 1
            and (written := next(iter(header_surnames))) != name.surname
            and written.replace("ё", "е").replace("Ё", "Е") == name.surname
        ):
            name = Name(name.given, written, name.title, name.caps)  # the "ё" as printed
        found = {
            header_text[m.start(1) : m.end(1)]
            for m in re.finditer(pattern, hay, re.IGNORECASE)
            if m.group(1)[:1].isupper()
            and not _titleish(m.group(1).split()[0])
            and (
                not _OBLIQUE_PLACE.search(m.group(1))
                or _oblique_ia_given(m.group(1), hay, m.start(1))
            )
            # A byline's word is no given name: "By Euractiv | Published …" over "Euractiv:".
            and m.group(1).split()[0].lower() not in _BYLINE_WORDS
            # A sentence's first word is no given name: "When Ruth Oyelaran-Banks launched her
            # campaign …" over "Ruth:" (there "Ruth" is the given name, not "When Ruth"); read
            # through the diacritics, nor a headline's stop word ("When Nguyễn Thị Lan took
            # over …" for "Nguyen:").
            and fold(m.group(1).split()[0]) not in NOT_NAME_WORDS
            # Nor a family word before two given names under one surname that does not
            # decline: "Сестри Оксана та Ірина Литвин" over "Оксана:" (not "Сестри Оксана").
            and m.group(1).split()[0].lower() not in FAMILY_WORDS
            # A caption's credit in capitals neither: "COURTESY OF INGRID HALVORSEN" for
            # "Ingrid:" (the case-blind search reads "OF" as a given name).
            and (
                (hay is header_text and not m.group(1).isupper())
                or m.group(1).split()[0].lower() not in _HEADLINE_STOPS
            )
            # The label's word heading a couple under one surname is their given name, not a
            # surname: "Супруги Игорь и Светлана Лапины" over "Игорь:" (the couple's reading
            # names him), not "Супруги Игорь".
            and not _heads_couple(hay, m.start(2))
            # A law firm named for its partners is no one: "Hollings Ackerly LLP" beside the
            # appearances' "MR. THOMAS J. ACKERLY" for a deposition's "MR. ACKERLY:".
            and _LAW_FIRM_TAIL.match(hay, m.end(2)) is None
            # Malaysia's styles: "Foreign Minister Datuk Seri Haris Mokhtar" over "Haris:" —
            # "Seri"/"Sri" after a style word belongs to the style, and the label is the given
            # name (the full-name label completes it), not "Seri Haris".
            and not _MALAY_STYLE_SERI.search(hay, 0, m.end(1))
            # A country after a post's preposition is no given name, and the label's word the
            # given name of the full name that follows: "former ambassador to Indonesia Gareth
            # Lim" for "[Gareth]:" (not "Indonesia Gareth").
            and not (
                re.search(r"(?<![\w’'])(?:to|in|from|of|at)[ \t]+$", hay[: m.start(1)])
                and re.match(rf"[ \t]+[{UPPER}][{LOWER}]", hay[m.end(2) :])
            )
            # A menu row's two entries are no name: "Money  Lists  Forbes Women" for "Forbes:".
            and not _menu_item_pair(_line_at(hay, m.start(1)), f"{m.group(1)} {m.group(2)}")
            # A capitals label of two words or more that the header writes in capitals after a
            # mixed-case word is an outlet's name, the word no given name: "Aus DER SPIEGEL
            # 44/2025" (the print issue) for "DER SPIEGEL:" (session 33).
            and not (
                name.caps
                and len(name.surname.split()) > 1
                and m.group(2).isupper()
                and not m.group(1).isupper()
            )
        }
        found = _mixed_case_forms(found)
        if len(found) > 1:
            # A headline set in title case reads its verb as a given name: "Heinrich Presses
            # Burgum on Public Land Sales" beside the lead's "… questioned Secretary of the
            # Interior Doug Burgum". A word found only on such a headline line yields to the
            # one running prose gives.
            in_prose = {
                header_text[m.start(1) : m.end(1)]
                for m in re.finditer(pattern, hay, re.IGNORECASE)
                if not _TITLE_CASE_HEADLINE.fullmatch(_line_at(header_text, m.start(1)).strip())
            }
            if found & in_prose:
                found &= in_prose
        if not found and re.search(r"[а-яё]", fold(name.surname)):
            # A label typed without the "ё" the lead prints in a case: "Семенов:" under "… с
            # краеведом Фёдором Семёновым" is "Семёнов", as the lead spells him.
            spelled = {
                nom
                for _, sur in _CYR_PAIR.findall(header_text)
                if (nom := _nominative(sur)) != name.surname
                and nom.replace("ё", "е").replace("Ё", "Е") == name.surname
            }
            if len(spelled) == 1:
                name = Name(name.given, spelled.pop(), name.title, name.caps)
            # "«Вечер с Владимиром Соловьевым»" for "Соловьев:": Russian case endings undone.
            found = {
                _given_before_patronymic(header_text, p.start(1), g)
                for p in _CYR_PAIR.finditer(header_text)
                for g, sur in [p.groups()]
                if fold(_nominative(sur)) == name.key
                and not is_title_token(g)
                and g.lower() not in FAMILY_WORDS
                and not (sur == name.surname and _OBLIQUE_PLACE.search(g))
                # (nor here a couple's first given name: "Супруги Игорь и Светлана Лапины")
                and not _heads_couple(header_text, p.start(2))
            }
            # "ответил на вопросы корреспондента Никиты Бережного" for "Бережной:": an
            # adjectival surname (Бережной, Толстой, Тихий) in the genitive or dative; the
            # label writes the nominative, the given name is undone from the same case.
            found |= {
                dative_given(g) if case else _genitive_given(g)
                for g, sur in _CYR_PAIR.findall(header_text)
                if (case := _adjectival_case(sur, name.key)) is not None
                and not is_title_token(g)
                and not _OBLIQUE_PLACE.search(g)
            }
            found |= {
                _nominative(g)
                for g, sur in _CYR_PAIR_HYPHENATED.findall(header_text)
                if _feminine_adjectival_case(sur, name.key)
                and not is_title_token(g)
                and not _OBLIQUE_PLACE.search(g)
            }
            # "в интервью ведущему программы «Вести в субботу» Павлу Зимину" for "ЗИМИН:": the
            # interview given *to* the host, a pair unambiguously in the dative, undone whole.
            found |= {
                pair[0]
                for g, sur in _CYR_PAIR.findall(header_text)
                if (pair := dative_to_nominative(g, sur)) is not None
                and fold(pair[1]) == name.key
                and not is_title_token(pair[0])
            }
        if not found and re.fullmatch(rf"[{UPPER}][{LOWER}]+", name.surname):
            # "Kassem:" under "Minister Ziad Fadhel al-Kassem": the lead writes the Arabic
            # surname with its article, and one or two given names before it.
            article = rf"((?i:al|el|ad|ar|as|at|az|an|ash|ath)-{re.escape(name.surname)})\b"
            runs = {
                (tuple(w for w in m.group(1).split() if not _titleish(w)), m.group(2))
                for m in re.finditer(
                    rf"\b((?:[{UPPER}][{LOWER}]+[ \t]+){{1,2}}){article}", header_text
                )
            }
            runs = {(g, s) for g, s in runs if g}
            if len(runs) == 1:
                given, surname = runs.pop()
                out.append(Name(given=given, surname=surname, title=name.title, caps=False))
                continue
        if not found and not name.surname.isupper():
            # "Foreign Minister IWAYA Takeshi": the family name first, in capitals (Japanese,
            # Chinese, Hungarian usage on official pages), the given name after it.
            # A Korean given name after the family name is hyphenated, lowercase after the hyphen
            # ("PARK Ji-hoon" in the headline, "Park Ji-hoon has run …" in the lead, for
            # "Park:"): the name is kept in the page's order, as the header reads "Han Sung-min".
            korean = (
                rf"(?<![{LETTER}])(?:{re.escape(name.surname.upper())}|{re.escape(name.surname)})"
                rf"[ \t]+([{UPPER}][{LOWER}]+-[{LOWER}]+)(?![{LETTER}\-])"
            )
            given_after = {m.group(1) for m in re.finditer(korean, header_text)}
            if len(given_after) == 1:
                out.append(Name((name.surname,), given_after.pop(), name.title, caps=False))
                continue
            # (one space between: a logo over its menu row's first item, "ХВИЛЯ   Аналітика   …",
            # is no surname in capitals before a given name)
            caps = rf"\b{re.escape(name.surname.upper())}[ \t]([{UPPER}][{LOWER}]+)\b"
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
        if len(found) > 1:
            # A middle name read as the given name because it stands before the surname: a
            # parole hearing's caption "RAYMOND ELLIS TATE" beside its appearances' "RAYMOND
            # TATE, Inmate" for "INMATE TATE:" — the given name the other writing confirms.
            middles = {
                g
                for g in found
                for o in found
                if fold(o) != fold(g)
                and re.search(
                    rf"(?<![{LETTER}]){re.escape(o)}[ \t]+{re.escape(g)}[ \t]+"
                    rf"{re.escape(name.surname)}(?![{LETTER}])",
                    header_text,
                    re.IGNORECASE,
                )
            }
            if middles and len(found - middles) == 1:
                found -= middles
        if len(found) > 1 and len({fold(_latin_base(g)) for g in found}) == 1:
            # "Tomás de la Fuente" in the dek, "Tomas de la Fuente" in the caption: one given
            # name, the caption's lost its accent; the accented spelling is the name's own.
            accented = sorted(g for g in found if not g.isascii())
            found = {accented[0] if accented else sorted(found)[0]}
        if len(found) > 1 and re.search(r"[а-яёіїєґ]", fold(name.surname)):
            # "з директоркою ліцею Світланою Руденко" in the lead, "Світлана Руденко в одному з
            # класів" in the caption, for "Руденко:": an indeclinable surname beside the given
            # name in two cases; the oblique form of a given name the page also prints is the
            # same person.
            found = {g for g in found if not any(o != g and _oblique_given(g, o) for o in found)}
        if (
            len(found) == 1
            and re.search(r"[а-яёіїєґ]", fold(name.surname))
            and re.fullmatch(
                rf"[{UPPER}][{LOWER}]+(?:ою|ією|[^аеиоуыэюяёіїє]ом|[еирл]ем|[иь][её]й)",
                next(iter(found)),
            )
            and len(next(iter(found))) > 5
        ):
            # "поговорила з директоркою Світланою Руденко" alone: a woman's instrumental given
            # name (an indeclinable surname keeps its form) is undone ("Світланою" -> "Світлана").
            # A man's too, before a foreign surname that does not decline: "беседуют с главным
            # архитектором … Фаридом Аль-Масри" for "АЛЬ-МАСРИ:" ("Фаридом" -> "Фарид").
            # A Russian woman's "-ей" too: "с экономистом Натальей Кох" -> "Наталья"; a soft
            # stem's "-ем": "капитаном команды Игорем Лысенко" -> "Игорь".
            found = {_nominative(found.pop())}
        if len(found) == 1 and re.search(r"(?:ии|ії)$", next(iter(found))):
            found = {found.pop()[:-1] + "я"}  # "Дарії Герасимчук" (see _oblique_ia_given)
        if len(found) == 1:
            # (initials with no vowel are kept as written: Hansard's roster "Mr TJ Nolan MP"
            # completes "Mr NOLAN:" as TJ Nolan). An outlet's acronym the page writes only in
            # capitals, right before the label's word in small letters, is kept so ("IEEE
            # Spectrum:" under "IEEE Spectrum spoke with her …", no "Ieee").
            given = tuple(
                _recase_word(g)
                if g.isupper()
                and not _VOWELLESS.match(g)
                and (
                    name.caps
                    or re.search(rf"\b{re.escape(g)}[ \t]+{re.escape(name.surname)}\b", header_text)
                    is None
                    or name.surname.isupper()
                    or not _caps_only_word(g, header_text)
                )
                else g
                for g in found.pop().split()
            )
            surname = _recase_word(name.surname) if name.caps else name.surname
            written = next(iter(header_surnames)) if len(header_surnames) == 1 else ""
            if name.caps and written and not written.isupper():
                # A panel's capitals drop the particle's case and the accents: "VON BRUCK:" and
                # "O MURCHU:" under "Matthias von Brück" / "Séamus Ó Murchú" in the panellists'
                # list are written as the list writes them.
                surname = written
            if (
                len(given) == 1
                and len(surname.split()) > 1
                and fold(surname.split()[0]) in PARTICLES
            ):
                # "de Souza:" under "Ana Paula de Souza, Secretary for …" (lead and caption); a
                # particle's surname only ("министр … России Сергей Лавров" twice is no double
                # given name "России Сергей").
                given = _double_given(header_text, given[0], surname)
            if len(given) == 1:
                # A roster line in capitals writes a double given name whole ("For the
                # Defendant:  ANA SOFIA REINHOLT, Attorney at Law" for "MS. REINHOLT:"), where the
                # running pairs read only its second half.
                doubles = {
                    cast.given
                    for m in _CAPS_CAST_LINE.finditer(header_text)
                    if (cast := name_from_phrase(m.group("name"))) is not None
                    and len(cast.given) == 2
                    and fold(cast.surname) == fold(surname)
                    and fold(cast.given[1]) == fold(given[0])
                }
                if len(doubles) == 1:
                    given = tuple(_recase_word(g) for g in doubles.pop())
            if len(given) == 1:
                given = _listed_given(header_text, given[0], surname)
            if len(given) == 1:
                given = _particled_given(header_text, given[0], surname)
            if len(given) == 1:
                given = _vietnamese_given(header_text, given[0], surname)
            if len(given) == 1:
                given = _titled_first_given(header_text, given[0], surname)
            if len(given) == 1:
                given = _caps_titled_first_given(header_text, given[0], surname)
            if len(given) == 1:
                given = _abbreviated_first_given(header_text, given[0], surname)
            out.append(Name(given=given, surname=surname, title=name.title, caps=False))
    return out


# A first given name the page abbreviates with a period, kept as written: the Philippines' "Ma."
# (María), the English "Wm.", "Jas.", "Thos." (a closed list: a word and a period before a name
# is otherwise a title, "Sen.", "Asec.", or a sentence's end).
_ABBREVIATED_GIVEN = r"(?i:Ma|Wm|Chas|Jas|Jos|Thos|Geo|Robt|Benj|Edw)\."


def _abbreviated_first_given(header_text: str, given: str, surname: str) -> tuple[str, ...]:
    """("Ma.", "Teresita") for "Teresita" where the header writes "… Secretary Ma. Teresita
    Daza": the fullest form of the name the page gives wins (else just the given name)."""
    firsts = {
        _recase_word(m.group(1).rstrip(".")) + "."
        for m in re.finditer(
            rf"(?<![{LETTER}.])({_ABBREVIATED_GIVEN})[ \t]+{re.escape(given)}[ \t]+"
            rf"{re.escape(surname)}(?![{LETTER}])",
            header_text,
            re.IGNORECASE,
        )
    }
    return (firsts.pop(), given) if len(firsts) == 1 else (given,)


def _given_before_patronymic(text: str, at: int, word: str) -> str:
    """The given name of a lead's full name in a case, in the nominative: "главы округа Игоря
    Валентиновича Рыбакова" for "Рыбаков:" is Игорь, not the patronymic before the surname."""
    nominative = _nominative(word)
    if not _patronymic(nominative):
        return nominative
    before = re.search(rf"(?<![{LETTER}])([{UPPER}][{LOWER}]+)[ \t]+$", text[:at])
    return _nominative(before.group(1)) if before else nominative


# A Vietnamese full name's middle name that marks it (a woman's "Thị", a man's "Văn").
_VIET_MIDDLE = r"(?:Thi|Van)"


# A common noun's ending, which no given name has ("Utilities", "Enterprises", "Development").
_PORTFOLIO_NOUN = re.compile(r"(?:ies|ments?|tions?|sions?|ures?|ism|ises|ships)$")
# An office, "of", and its portfolio's capitalised words up to where a name starts.
_PORTFOLIO_RUN = re.compile(
    rf"(?<![{LETTER}])([{UPPER}][{LOWER}]+)[ \t]+of[ \t]+"
    rf"(?:(?:the|and|&|for)[ \t]+|[{UPPER}][{LOWER}]+[ \t]+)+$"
)


def _no_given(word: str) -> bool:
    """A word a header sets before a surname that is no given name: a title, a headline's
    word, an article or a month ("Minister", "Exclusive", "The", "May")."""
    return (
        is_title_token(word)
        or _titleish(word)
        or word.lower() in _HEADLINE_STOPS
        or word.lower() in NOT_GIVEN
        or fold(word) in NOT_NAME_WORDS
    )


def _styled_first_of_two(word: str, surname: str, header_text: str) -> str | None:
    """The given name before "word surname" where the header writes them after a style or
    title ("Hon. Dana Morris Dixon"), the same word every time, and never the two words alone
    after a title (else "word" is the given name itself)."""
    words = rf"{re.escape(word)}[ \t]+{re.escape(surname)}(?![{LETTER}])"
    firsts: set[str] = set()
    for m in re.finditer(rf"(?<![{LETTER}])(\S+)[ \t]+{words}", header_text, re.IGNORECASE):
        if is_title_token(m.group(1)):
            return None
    for m in re.finditer(
        rf"(?<![{LETTER}])(\S+)[ \t]+([{UPPER}][{LOWER}]+)[ \t]+{words}", header_text, re.IGNORECASE
    ):
        if not (m.group(1)[:1].isupper() and is_title_token(m.group(1))):
            return None
        firsts.add(m.group(2))
    if len(firsts) != 1:
        return None
    first = firsts.pop()
    if _no_given(first) or not first[1:].islower():
        return None
    return first


def _caps_titled_first_given(header_text: str, given: str, surname: str) -> tuple[str, ...]:
    """A three-word name a capitals header sets whole after a style: "… MINISTER FOR SUGAR
    INDUSTRY, HON. CHARAN JEATH SINGH" for "MINISTER SINGH:" is Charan Jeath Singh. Capitals
    hide where an office ends, so only a style or title right before the three words counts,
    the same first word every time."""
    pair = rf"(?<![{LETTER}]){re.escape(given)}[ \t]+{re.escape(surname)}(?![{LETTER}])"
    firsts: set[str] = set()
    for m in re.finditer(pair, header_text, re.IGNORECASE):
        if not m.group(0).isupper():
            continue
        before = re.search(
            rf"(?<![{LETTER}])(\S+)[ \t]+([{UPPER}]{{2,}})[ \t]+$", header_text[: m.start()]
        )
        if before is None or not before.group(1).isupper() or not is_title_token(before.group(1)):
            return (given,)
        firsts.add(before.group(2))
    if len(firsts) != 1:
        return (given,)
    first = firsts.pop()
    if _no_given(first):
        return (given,)
    return (_recase_word(first), given)


def _state_domain(text: str, before: re.Match[str]) -> bool:
    """Is ``before``'s first word a state the gazetteer knows, closing an office's "of" domain
    ("President of the Republic of Türkiye Recep Tayyip Erdoğan")? Then the capitalised word
    after it opens the holder's name: a country is no given name."""
    if re.search(r"(?<![\w])of[ \t]+(?:the[ \t]+)?$", text[: before.start()]) is None:
        return False
    actor = gazetteer().lookup(before.group(1))
    return actor is not None and actor.type == "GPE"


def _titled_first_given(header_text: str, given: str, surname: str) -> tuple[str, ...]:
    """A three-word name set whole after its holder's title: "Tuggar:" under "The Minister of
    Foreign Affairs, Amb. Yusuf Maitama Tuggar, spoke with …" is "Yusuf Maitama Tuggar", not
    "Maitama Tuggar". Only when every time the page writes the pair, the same capitalised word
    stands between it and a title (a name's first word, not the post's)."""
    pair = rf"(?<![{LETTER}]){re.escape(given)}[ \t]+{re.escape(surname)}(?![{LETTER}])"
    firsts: set[str] = set()
    titled = portfolio = False
    for m in re.finditer(pair, header_text):
        before = re.search(
            rf"(?<![{LETTER}])(\S+)[ \t]+([{UPPER}][{LOWER}]+)[ \t]+$", header_text[: m.start()]
        )
        if before is None:
            return (given,)
        run = _PORTFOLIO_RUN.search(header_text[: m.start()])
        if run is not None and is_title_token(run.group(1)):
            portfolio = True
        if fold(before.group(1)) == "the" and re.search(
            r"(?<![\w])of[ \t]+$", header_text[: before.start()]
        ):
            # An office's domain with its article: "Secretary of the Army Dan Driscoll" is Dan
            # Driscoll ("the" reads as a style, but "Army" is the office's noun).
            return (given,)
        titled = titled or is_title_token(before.group(1)) or _state_domain(header_text, before)
        # (a long post's last capitalised word may stand before the name where the page also
        # writes it after a title: "Minister of Foreign Affairs, European Union and Cooperation
        # José Manuel Albares" beside "Minister José Manuel Albares" — checked below)
        capitalised = re.fullmatch(rf"[{UPPER}][{LOWER}]+", before.group(1)) is not None
        if not is_title_token(before.group(1)) and not capitalised:
            # (or the last of a list a plural title heads: "BEFORE: Chief Justice John
            # Roberts; Justices Clarence Thomas, Elena Kagan and Amy Coney Barrett" for
            # "JUSTICE BARRETT:")
            line = header_text[header_text.rfind("\n", 0, m.start()) + 1 : m.start()]
            listed = (before.group(1) in ("and", "&") or before.group(1).endswith(",")) and any(
                w.endswith("s") and is_title_token(w[:-1]) for w in re.findall(r"\w+", line)
            )
            if not listed:
                return (given,)
        firsts.add(before.group(2))
    if len(firsts) != 1 or not titled:
        return (given,)
    first = firsts.pop()
    if portfolio and _PORTFOLIO_NOUN.search(first):
        # A post's portfolio runs in capitalised words from "of" to the name, and its last word
        # has a common noun's ending: "Minister of Public Utilities Barry Padarath" is Barry
        # Padarath; "Minister of Foreign Affairs José Manuel Albares" keeps José.
        return (given,)
    if (
        # (Latin script only: a Slavic office's domain is a capitalised genitive, "министр
        # иностранных дел России Сергей Лавров", no given name)
        not re.fullmatch(r"[A-Z][a-z]+", _latin_base(first))
        or _titleish(first)
        or first.lower() in _HEADLINE_STOPS
        or first.lower() in NOT_GIVEN
        or fold(first) in NOT_NAME_WORDS
    ):
        return (given,)
    return (first, given)


def _vietnamese_given(header_text: str, given: str, surname: str) -> tuple[str, ...]:
    """A Vietnamese full name read back from its last two words: "Dr. Ha:" under "… Nguyễn Thị
    Thu Hà has measured the delta …" is that whole name, family name first, not "Thu Hà". Only
    the marking middle name "Thị"/"Văn" (read through the diacritics, which a caption may lack)
    after a capitalised family name shows the words before the given name are the same name."""
    based = _latin_base(header_text)
    if len(based) != len(header_text):
        return (given,)
    run = (
        rf"(?<![{LETTER}'’.\-])([{UPPER}][{LOWER}]+[ \t]+{_VIET_MIDDLE})[ \t]+"
        rf"{re.escape(_latin_base(given))}[ \t]+{re.escape(_latin_base(surname))}(?![{LETTER}])"
    )
    runs = {
        header_text[m.start(1) : m.end(1)]
        for m in re.finditer(run, based)
        if not _titleish(m.group(1).split()[0])
        and fold(m.group(1).split()[0]) not in NOT_NAME_WORDS
        and m.group(1).split()[0].lower() not in _HEADLINE_STOPS
    }
    # ("Văn" itself must carry its accent: a bare "Van" before two names is a Dutch particle)
    runs = {r for r in runs if not r.endswith("Van")}
    if not runs or len({fold(_latin_base(r)) for r in runs}) != 1:
        return (given,)
    accented = sorted(r for r in runs if not r.isascii())
    return (*(accented or sorted(runs))[0].split(), given)


_LUSO_PARTICLES = r"(?:de|da|do|dos|das|del|della|di)"


def _particled_given(header_text: str, given: str, surname: str) -> tuple[str, ...]:
    """A Portuguese or Spanish full name read back from its last two words across its
    particles: "Queiroz:" under "Maria de Fátima dos Santos Queiroz, who leads …" is that whole
    name, not "Santos Queiroz" (a particle right before the word found shows it is no given
    name). The caption's spelling without accents is the same name; the accented one wins."""
    run = (
        rf"(?<![{LETTER}'’.\-])((?:[{UPPER}][{LOWER}]+[ \t]+)"
        rf"(?:(?:{_LUSO_PARTICLES}[ \t]+)?[{UPPER}][{LOWER}]+[ \t]+)*?{_LUSO_PARTICLES}[ \t]+)"
        rf"{re.escape(given)}[ \t]+{re.escape(surname)}(?![{LETTER}])"
    )
    runs = {
        m.group(1)
        for m in re.finditer(run, header_text)
        if not _titleish(m.group(1).split()[0])
        and fold(m.group(1).split()[0]) not in NOT_NAME_WORDS
        and m.group(1).split()[0].lower() not in _HEADLINE_STOPS
    }
    if not runs or len({fold(_latin_base(r)) for r in runs}) != 1:
        return (given,)
    accented = sorted(r for r in runs if not r.isascii())
    return (*(accented or sorted(runs))[0].split(), given)


# "с Министром иностранных дел Республики Индонезии Сугионо" for "Сугионо:": before a surname
# left in the nominative a given name is nominative too, and none ends in a genitive ending
# ("Индонезии", "України", "Российской", "Казахстанского") — that word is the country or
# office the one-name person holds, not a given name.
_OBLIQUE_PLACE = re.compile(r"(?:ии|ії|ої|ого|его|ской|цкой|ських|ских)$")


def _oblique_ia_given(word: str, hay: str, at: int) -> bool:
    """Is ``word`` (at ``at`` in ``hay``), ending like _OBLIQUE_PLACE's "-ии"/"-ії", a woman's
    "-ия"/"-ія" given name in the genitive or dative before her indeclinable surname rather than
    a place? "Брифінг … Уповноваженого Президента з прав дитини Дарії Герасимчук" for
    "Герасимчук:" is Дарія; "Республики Индонезии Сугионо" and "… справ України Сибіга" are not
    (the nominative is a country, or the word closes a capitalised run of an office's name)."""
    if not re.search(r"(?:ии|ії)$", word) or len(word) < 5:
        return False
    if fold(word[:-1] + "я") in _country_names():
        return False
    before = hay[max(0, at - 40) : at].split()
    return not before or not before[-1][:1].isupper()


_SMALL_WORDS = frozenset({"with", "and", "of", "the", "to", "on", "by", "for", "in", "at"})


def _spelled_as_text(word: str, text: str) -> str:
    """``word`` as the text spells it where the text writes it with a "ё" the undone case
    lost ("Петр" -> "Пётр" beside "Пётр Андреевич, начнём с вас")."""
    if "е" not in word:
        return word
    pattern = re.escape(word).replace("е", "[её]")
    m = re.search(rf"(?<![{LETTER}]){pattern}(?![{LETTER}])", text)
    return m.group(0) if m else word


def _recased_caps_lines(header_text: str) -> str:
    """The header's short lines in capitals once more in mixed case, for the people list: a BBC
    cover's "SUNDAY WITH LAURA KUENSSBERG" names the host whom "LK:" stands for."""
    out = []
    for line in header_text.split("\n"):
        words = line.split()
        if 2 <= len(words) <= 8 and line.isupper() and not any(c.isdigit() for c in line):
            recased = [w.lower() if w.lower() in _SMALL_WORDS else _recase_word(w) for w in words]
            out.append(" ".join(recased))
    return "\n" + "\n".join(out) if out else ""


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
# (a double-barrelled surname whole: "Анной Кушнир-Ярошевской")
# A surname that opens with its lower-case particles or article, after the given name:
# "Урсула фон дер Ляйен", "Ахмед аль-Хашими" (over "У.А.фон дер Ляйен:", "А.С.аль-Хашими:").
_CYR_PARTICLE_PAIR = re.compile(
    r"(?=\b([А-ЯЁІЄ][а-яёіїєґ'’]+)[ \t]+((?:(?:фон|ван|дер|де|ді|ла|оглы|кызы|огли|кизи)[ \t]+)"
    r"{1,2}[А-ЯЁІЄ][а-яёіїєґ'’\-]+|(?:аль|эль|ель)-[А-ЯЁІЄ][а-яёіїєґ'’\-]+))"
)
_CYR_PAIR_HYPHENATED = re.compile(
    r"(?=\b([А-ЯЁІЄ][а-яёіїєґ'’]+)[ \t]+([А-ЯЁІЄ][а-яёіїєґ'’]+(?:-[А-ЯЁІЄ][а-яёіїєґ'’]+)?)"
    r"(?![а-яёіїєґ'’\-]))"
)


_ADJECTIVAL_NOM = re.compile(r"(.{2,}?)(?:ий|ый|ой|ій)")
_ADJECTIVAL_CASE = re.compile(r"(.{2,}?)(ого|его|ому|ему)")


def _adjectival_case(word: str, key: str) -> bool | None:
    """Whether ``word`` is the dative (True) or genitive (False) of the adjectival surname whose
    folded nominative is ``key`` ("Тихому", "Тихого" for "тихий"); None if it is neither."""
    nom, case = _ADJECTIVAL_NOM.fullmatch(key), _ADJECTIVAL_CASE.fullmatch(fold(word))
    if nom is None or case is None or nom.group(1) != case.group(1):
        return None
    return case.group(2) in ("ому", "ему")


# A woman's adjectival surname in an oblique case: Russian "-ская" -> "-ской"/"-скую", Ukrainian
# "-ська" -> "-ської"/"-ській"/"-ською"/"-ську" ("С Анной Кушнир-Ярошевской … мы поговорили"
# for "Кушнир-Ярошевская:"). A masculine "-ской" nominative (Донской) is no "-ская" label.
_FEM_ADJECTIVAL_NOM = re.compile(r"(.{2,}?[сц]ьк|.{2,}?[сц]к)(?:ая|а)")
_FEM_ADJECTIVAL_CASE = re.compile(r"(.{2,}?)(ой|ую|ої|ій|ою|у)")


def _feminine_adjectival_case(word: str, key: str) -> bool:
    """Whether ``word`` is an oblique case of the woman's adjectival surname whose folded
    nominative is ``key`` ("Ярошевской" for "ярошевская", "Вишневської" for "вишневська")."""
    nom, case = _FEM_ADJECTIVAL_NOM.fullmatch(key), _FEM_ADJECTIVAL_CASE.fullmatch(fold(word))
    return nom is not None and case is not None and nom.group(1) == case.group(1)


# A woman's given name in an oblique case, its ending and the nominative endings it may come
# from: "Эльвиры"/"Эльвире"/"Эльвирой"/"Эльвиру" -> "Эльвира", "Натальи"/"Наталье" ->
# "Наталья", Ukrainian "Олени"/"Олені"/"Оленою" -> "Олена".
_FEMININE_CASES = (
    ("ией", ("ия",)),
    ("ии", ("ия",)),
    ("ьей", ("ья",)),
    ("ьи", ("ья",)),
    ("ье", ("ья",)),
    ("ью", ("ья",)),
    ("ії", ("ія",)),
    ("ією", ("ія",)),
    ("ою", ("а", "я")),
    ("ой", ("а",)),
    ("ей", ("я",)),
    ("ею", ("я",)),
    ("ы", ("а",)),
    ("и", ("а", "я")),
    ("і", ("а", "я")),
    ("е", ("а", "я")),
    ("у", ("а",)),
    ("ю", ("я",)),
)


def _oblique_given(word: str, nominative: str) -> bool:
    """Is ``word`` an oblique case of the given name ``nominative`` ("Світланою", "Світлани" of
    "Світлана"; "Олегом", "Олега" of "Олег")?"""
    if " " in word or " " in nominative or word == nominative:
        return False
    low, nom = word.lower(), nominative.lower()
    for ending, nominatives in _FEMININE_CASES:
        if low.endswith(ending) and any(low[: -len(ending)] + n == nom for n in nominatives):
            return True
    return _nominative(word).lower() == nom


# A man's given name in the instrumental ("Владимиром", "Андреем"); a woman's ends "-ой"/"-ою".
_MAN_INSTRUMENTAL_GIVEN = re.compile(r"(?:[бвгджзклмнпрстфхцчшщ]ом|[аеиоуя]ем)$")
# A woman's instrumental: a consonant's "-ой"/"-ою" ("Оксаной"), "-ией"/"-ьей" ("Марией",
# "Натальей"); "Сергей", "Андрей", "Алексей" are a man's nominatives.
_WOMAN_INSTRUMENTAL_GIVEN = re.compile(r"(?:[бвгджзклмнпрстфхцчшщ]о[йю]|[иь]ей)$")


def _given_beside(given: str, name: Name, text: str) -> str:
    """The nominative of a given name declined beside its surname (the surname already matched
    to ``name``'s): a woman's (the label's surname ends in "-а"/"-я": "Э.С. Набиуллина") is
    undone by a woman's endings, the spelling the text attests first; a man's as before. A
    man's instrumental given name says a man whatever his surname ends in: kremlin.ru's "с
    главой Республики … Владимиром Уйбой" for "В.Уйба:" is "Владимир Уйба"."""
    if not re.search(r"[ая]$", name.key) or _MAN_INSTRUMENTAL_GIVEN.search(given):
        return _nominative(given)
    return _feminine_given(given, text)


def _feminine_given(given: str, text: str) -> str:
    """A woman's given name undone from an oblique case by a woman's endings, the spelling the
    text attests first ("Ірині" -> "Ірина", "Юлію" -> "Юлія", "Марии" -> "Мария")."""
    low = given.lower()
    for ending, nominatives in _FEMININE_CASES:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            stem = given[: len(given) - len(ending)]
            options = [stem + n for n in nominatives]
            # Ukrainian alternates the stem's last consonant before the dative/locative "-і"
            # ("Ольга" -> "Ользі", "Одарка" -> "Одарці", "Соломаха" -> "Соломасі"): the
            # alternated nominative counts only where the page writes it ("Слово надається …
            # Ользі Петрівні Ковальчук" under "Присутні: … Ковальчук Ольга Петрівна").
            alternated = {"з": "г", "ц": "к", "с": "х"}.get(stem[-1:])
            if ending == "і" and alternated:
                option = stem[:-1] + alternated + "а"
                if re.search(rf"(?<![{LETTER}]){re.escape(option)}(?![{LETTER}])", text):
                    return option
            for option in options:
                if re.search(rf"(?<![{LETTER}]){re.escape(option)}(?![{LETTER}])", text):
                    return option
            return options[0]
    return given


# A man's post in the genitive, the clause's owner of a following name: "главного редактора
# газеты …", "корреспондента агентства …", "ведущего программы …".
_MAN_GENITIVE_POST = re.compile(
    r"(?<![а-яёіїєґ])(?:корр?еспондента|кореспондента|журналиста|журналіста|редактора"
    r"|обозревателя|оглядача|ведущего|ведучого|директора|основателя|засновника)(?![а-яёіїєґ])"
)


def _genitive_after_post(given: str, text: str, at: int) -> bool:
    """Is the given name at ``at`` (consonant + "-а"/"-я", before an indeclinable surname) a
    man's genitive, a man's post in the genitive heading its clause ("на вопросы главного
    редактора газеты «Компас» Будимана Тантио")?"""
    if not re.search(r"[бвгджзклмнпрстфхцчшщ][ая]$", given) or fold(given) in _MALE_GIVEN_IN_A:
        return False
    clause = re.split(r"[.!?\n]", text[max(0, at - 120) : at])[-1]
    return _MAN_GENITIVE_POST.search(clause) is not None


def _complete_initials(name: Name, header_text: str) -> list[Name]:
    """The one header name whose surname and first initial agree with "В.Путин"."""
    found = set()
    for m in itertools.chain(
        _CYR_PAIR.finditer(header_text), _CYR_PARTICLE_PAIR.finditer(header_text)
    ):
        given, surname = m.group(1), m.group(2)
        # (a particle's surname keys as the label's does: "аль-Хашими" is "хашими")
        if fold(surname) == name.key or (
            surname[:1].islower() and Name((), surname, None, False).key == name.key
        ):
            # "с Президентом Белоруссии Александром Лукашенко": an indeclinable surname beside
            # an instrumental given name.
            instrumental = re.search(r"(?:[бвгджзклмнпрстфхцчшщ]ом|[аеиоуя]ем)$", given)
            # "вопросы главного редактора газеты «Компас» Будимана Тантио": beside a man's
            # post in the genitive, a given name in consonant + "-а"/"-я" is his genitive too
            # (a woman's post would read "главного редактора … Анны Тантио" only with "-ы").
            genitive = _genitive_after_post(given, header_text, m.start(1))
            # "с Министром сельского хозяйства Оксаной Лут" over "О.Лут:": a woman's
            # indeclinable surname beside her instrumental given name.
            if _WOMAN_INSTRUMENTAL_GIVEN.search(given) and not instrumental and not genitive:
                found.add((_feminine_given(given, header_text), surname))
                continue
            found.add((_nominative(given) if instrumental or genitive else given, surname))
        elif fold(_nominative(surname)) == name.key:
            found.add((_given_beside(given, name, header_text), _nominative(surname)))
        elif (
            len(name.key) > 3
            and name.key[-1] in "ая"
            and fold(surname)[:-1] == name.key[:-1]
            and fold(surname)[-1] in "иіыеуюої"
        ):
            # "Андрія Сибіги" over "А.Сибіга:": an -а surname in another case; the label
            # itself writes the nominative.
            found.add((_nominative(given), name.surname))
        elif (case := _adjectival_case(surname, name.key)) is not None:
            # "речника МЗС Георгія Тихого", "слово … Георгію Тихому" over "Г.Тихий:": an
            # adjectival surname (Тихий, Толстой, Білий) in the genitive or dative; the label
            # writes the nominative, the given name is undone from the same case.
            found.add((dative_given(given) if case else _nominative(given), name.surname))
    for m in _INVERTED_MAN_FIO.finditer(header_text):
        # A court record's lead names the claimant surname first, with his patronymic, in the
        # nominative or the genitive: "по иску Зуева Константина Игоревича" over "Истец Зуев
        # К.И.:" (the patronymic's initial must agree too).
        sur, given, patronymic = m.groups()
        genitive = patronymic.endswith("а")
        nom_sur = _nominative(sur) if genitive else sur
        if fold(nom_sur) != name.key:
            continue
        if len(name.given) > 1 and fold(patronymic)[:1] != fold(name.given[1])[:1]:
            continue
        found.add((_genitive_given(given) if genitive else given, nom_sur))
    found = {(g, sur) for g, sur in found if fold(g)[:1] == fold(name.given[0])[:1]}
    if len(found) != 1:
        return []
    given, surname = found.pop()
    return [Name(given=(given,), surname=surname, title=None, caps=False)]


# A man's name written surname first, then the given name and the patronymic, in the nominative
# or the genitive: "Зуев Константин Игоревич", "Зуева Константина Игоревича".
_INVERTED_MAN_FIO = re.compile(
    r"(?<![А-ЯЁа-яё])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)[ \t]+([А-ЯЁ][а-яё]+)[ \t]+"
    r"([А-ЯЁ][а-яё]+(?:ович|евич|ёвич|ич)а?)(?![а-яё])"
)


_APPOSITIVE = re.compile(
    # (an Irish surname keeps its apostrophe: "MARGARET O'LOUGHLIN AO, Commissioner")
    rf"(?<![\w'’])((?:[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?|[{UPPER}]\.)"
    rf"(?:[ \t]+(?:[{UPPER}](?:['’][{UPPER}])?[{LOWER}]+|[{UPPER}]\.)){{1,3}})"
    # (a legislator's party and state between: a hearing roster's "SEN. SHERROD BROWN (D-OH),
    # CHAIRMAN")
    r"(?:[ \t]+\([A-Z]{1,3}[ \t]*[-–][ \t]*[A-Z]{2,4}\.?\))?,"
    rf"[ \t]+(?:the[ \t]+)?(?:vice[ \t]+|deputy[ \t]+)?(\w+)\b",
    re.IGNORECASE,
)


_CAPS_CAST_LINE = re.compile(
    # A court transcript's appearances put the party first: "For the Defendant:  ANA SOFIA
    # REINHOLT, Attorney at Law" (or "On behalf of the Claimant:").
    r"^[ \t]*(?:(?:For|On[ \t]+behalf[ \t]+of)[ \t]+(?:the[ \t]+)?"
    r"[A-Za-z'’\-]+(?:[ \t]+[A-Za-z'’\-]+)?[ \t]*:[ \t]*)?"
    rf"(?P<name>[{UPPER}][{UPPER}'’\-]+(?:[ \t]+[{UPPER}][{UPPER}'’\-]+){{1,2}}?)"
    r"(?:[ \t]+(?:MP|MSP|MS|AM|MEP|MLA|TD|QC|KC|OBE|CBE|MBE|KCB|PC))*[ \t]*(?:,[^\n\d]{1,60})?$",
    re.MULTILINE,
)


def _caps_only_word(word: str, text: str) -> bool:
    """Does ``text`` write ``word`` only in capitals and never after a capitalised word (a
    given name, a title, "Mr"), as an outlet's acronym is written and a surname is not?"""
    seen = False
    for m in re.finditer(rf"(?<![{LETTER}]){re.escape(word)}(?![{LETTER}])", text, re.IGNORECASE):
        if m.group(0) != word or re.search(
            rf"[{UPPER}][{LETTER}'’.\-]*[ \t]+$", text[max(0, m.start() - 40) : m.start()]
        ):
            return False
        seen = True
    return seen


def _recase_word(word: str) -> str:
    return re.sub(rf"[{LETTER}]+", lambda m: m.group(0).capitalize(), word.lower())


# A wire story's dateline ("CHISINAU, Moldova (AP) —") or its contributors' footer: its byline
# names who wrote the story up, not who put the questions ("in an interview with The Associated
# Press" is the agency's, and its "Q:" stays unnamed).
_WIRE_STORY = re.compile(
    r"\((?:AP|Reuters|AFP|dpa|UPI)\)[ \t]+[—–-]|\bcontributed to this report\b"
)
# The chair's role words whose bracketed holder names the bare label after it.
_CHAIR_LABELS = frozenset(
    {"moderator", "host", "presenter", "chair", "модератор", "модераторка", "ведущий", "ведущая"}
    | {"ведучий", "ведуча", "головуючий", "головуюча", "председательствующий"}
)
_MODERATOR_WORDS = frozenset({"moderator", "модератор", "модераторка", "модератор брифинга"})
_HOST_WORDS = frozenset({"ведущий", "ведущая", "ведучий", "ведуча"})
# A regional paper's correspondent as a question label: "Корр.:", "Кор.:", "Корреспондентка:".
_CORRESPONDENT_LABELS = frozenset(
    {
        "корр.",
        "корр",
        "кор.",
        "корреспондент",
        "корреспондентка",
        "кореспондент",
        "кореспондентка",
    }
)
# A host's label in Russian and Ukrainian shows the host's gender (True: a woman).
_GENDERED_HOSTS = {"ведущий": False, "ведущая": True, "ведучий": False, "ведуча": True}
# Slavic given names in -а/-я that are men's ("Никита Петров", "Микола Коваль").
# Men's given names that end as a woman's do ("-а"/"-я", Latin "-a"), folded: the one list the
# gender and case readers below consult.
_MALE_GIVEN_IN_A = frozenset(
    fold(w)
    for w in (
        *("Никита", "Илья", "Кузьма", "Фома", "Лука", "Савва", "Данила", "Гаврила", "Фока"),
        *("Микола", "Ілля", "Сава", "Хома"),
        *("Nikita", "Ilya", "Ilia", "Foma", "Kuzma", "Savva", "Luka"),
    )
)


def _feminine(name: Name) -> bool | None:
    """Is a Russian or Ukrainian ``name`` a woman's (None where it does not show)? The surname
    shows it when it declines ("Осипова", "Бельская"); else the given name ("Наталья")."""
    surname = name.surname.lower()
    if re.search(r"(?:ова|ева|ёва|ина|ына|ская|цкая|ая)$", surname):
        return True
    if re.search(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ий|ой)$", surname):
        return False
    if not name.given or not re.fullmatch(r"[а-яёіїєґ'’\-]+", name.given[0].lower()):
        return None
    given = name.given[0].lower()
    return given.endswith(("а", "я")) and fold(given) not in _MALE_GIVEN_IN_A


def _host_by_gender(hosts: Sequence[Name], feminine: bool) -> Name | None:
    """The one host of the wanted gender, where every host's gender shows."""
    genders = [_feminine(h) for h in hosts]
    if None in genders:
        return None
    match = [h for h, g in zip(hosts, genders, strict=True) if g is feminine]
    return match[0] if len(match) == 1 else None


def _credit_only(header_text: str, given: str, surname: str) -> bool:
    """Is the pair only ever a photo's credit ("(Photo: Van Oord)", "Photo: BIRN/Dritan
    Kelmendi")?"""
    if surname not in header_text or given not in header_text:
        return False
    found = list(
        re.finditer(
            rf"(?<![{LETTER}]){re.escape(given)}[ \t]+{re.escape(surname)}(?![{LETTER}])",
            header_text,
        )
    )
    return bool(found) and all(
        _PHOTO_CREDIT_BEFORE.search(header_text, max(0, m.start() - 40), m.start()) for m in found
    )


# A breadcrumb trail of the site's menu: "Stateline Home > Health > Interview", "Home › News".
_CRUMB_LINE = re.compile(r"^[ \t]*[^\n.!?]{1,40}(?:[ \t]+[>›»][ \t]+[^\n.!?>›»]{1,40})+[ \t]*$")


def _crumb_only(header_text: str, given: str, surname: str) -> bool:
    """Is the pair only ever written in a breadcrumb trail ("Stateline Home > Health")? A menu
    names no one."""
    if given not in header_text or surname not in header_text:
        return False  # (a cheap test first: the pattern below is compiled per name)
    pair = rf"(?<![{LETTER}]){re.escape(given)}[ \t]+{re.escape(surname)}(?![{LETTER}])"
    lines = [ln for ln in header_text.split("\n") if re.search(pair, ln)]
    return bool(lines) and all(
        _CRUMB_LINE.match(ln) or _menu_item_pair(ln, f"{given} {surname}") for ln in lines
    )


def _menu_item_pair(line: str, pair: str) -> bool:
    """Is ``pair`` an item, or two neighbouring items, of a section menu flattened into a line,
    its items apart by runs of spaces and most of them one word ("Новини   Війна   Політика
    Бізнес   Світ …", a menu whose two first items a name rule reads as a person)? A row of
    people's names has two-word items throughout."""
    items = [" ".join(it.split()) for it in re.split(r"[ \t]{2,}", line.strip())]
    if not (len(items) >= 5 and sum(len(it.split()) == 1 for it in items) * 2 > len(items)):
        return False
    if _menu_row(line):
        return any(" ".join(items[k : k + j]) == pair for k in range(len(items)) for j in (1, 2))
    # "Business  Tech  Money  Lists  Forbes Women  EN": a row of short capitalised items whose
    # pair runs across a gap, one item's last word and the next item's first ("Lists Forbes"),
    # is two menu entries; a person's two names are never set a menu's gap apart.
    # (an item may be the outlet's own channel, three words: "Video  Events  The Hill TV", where
    # the label "THE HILL:" is no surname after "Events")
    given, _, surname = pair.partition(" ")
    return all(
        1 <= len(it.split()) <= 3 and all(w[:1].isupper() for w in it.split()) for it in items
    ) and any(
        items[k].split()[-1] == given and f"{items[k + 1]} ".startswith(f"{surname} ")
        for k in range(len(items) - 1)
    )


def _double_given(header_text: str, given: str, surname: str) -> tuple[str, ...]:
    """A double given name the header writes before "Given particle Surname" every time it names
    the person, twice at least ("Ana Paula de Souza, Secretary for …" in the lead and again in
    the caption): both given names; else ``given`` alone."""
    pair = rf"{re.escape(given)}[ \t]+{re.escape(surname)}(?![{LETTER}])"
    found = list(re.finditer(rf"(?<![{LETTER}]){pair}", header_text))
    before = {
        b.group(1) if b is not None else None
        for m in found
        for b in [
            re.search(rf"(?<![{LETTER}'’])([{UPPER}][{LOWER}]+)[ \t]+$", header_text[: m.start()])
        ]
    }
    first = next(iter(before)) if len(before) == 1 else None
    if (
        len(found) >= 2
        and first is not None
        and not (
            is_title_token(first) or first.lower() in _HEADLINE_STOPS or first.lower() in NOT_GIVEN
        )
    ):
        return (first, given)
    return (given,)


def _listed_given(header_text: str, given: str, surname: str) -> tuple[str, ...]:
    """A name of three words in a list of the people the lead introduces, after another name
    and a comma or "and" ("The three candidates are Tom Reilly, Sophie Marchetti and Daniel
    Kwame Asante.",
    "the co-chairs …, Lealaiauloto Mele Tuilagi of Samoa and …"), its two-word form the only
    other writing (a caption's "Mele Tuilagi (left)"): the first word belongs to the name
    (a second given name, a chief's title). Else ``given`` alone."""
    pair = rf"(?<![{LETTER}]){re.escape(given)}[ \t]+{re.escape(surname)}(?![{LETTER}])"
    before: set[str | None] = set()
    for m in re.finditer(pair, header_text):
        b = re.search(rf"(?<![{LETTER}'’\-])([{UPPER}][{LOWER}]+)[ ]$", header_text[: m.start()])
        if b is None:
            before.add(None)
            continue
        # the item before is a name of two capitalised words too, one space to the next one
        # (never a roster's columns, "Florida      Grace Okafor", nor "Environment and Ecology")
        listed = re.search(
            rf"(?<![{LETTER}])([{UPPER}][{LOWER}]+)[ ]([{UPPER}][{LOWER}]+)(?:,|[ ]and)[ ]$",
            header_text[: b.start()],
        )
        if listed is not None and any(is_title_token(w) for w in listed.groups()):
            # (a post's portfolio is no name in a list: "Minister of Foreign Affairs and
            # Expatriates Ayman Safadi" — "Expatriates" ends the office, it is no given name)
            listed = None
        ends = re.match(rf"[ \t]+[{UPPER}]", header_text[m.end() :]) is None
        before.add(b.group(1) if listed is not None and ends else "")
    words = {w for w in before if w is not None}
    if len(words) != 1 or "" in words:
        return (given,)
    first = words.pop()
    assert first is not None
    if is_title_token(first) or first.lower() in _HEADLINE_STOPS or first.lower() in NOT_GIVEN:
        return (given,)
    return (first, given)


# A closing reference box: its heading alone on a line, then one paragraph ("Довідка" /
# "Справка" / "Довідка:").
_REFERENCE_BOX = re.compile(
    r"^[ \t]*(?:Довідка|Справка)[ \t]*:?[ \t]*\n(?P<body>[^\n]{20,1500})", re.MULTILINE
)


# A host's own words that put a caller on air: "У нас телефонный звонок. Говорите, вы в
# эфире.", "Ещё один звонок. Слушаем вас.", "Ще один дзвінок".
_CALL_HANDOFF = re.compile(
    r"(?i)(?<![\w])(?:телефонн[а-яё]*[ \t]+звон|ещ[её][ \t]+один[ \t]+звон|вы[ \t]+в[ \t]+эфире"
    r"|телефонн[а-яіїє']*[ \t]+дзвін|ще[ \t]+один[ \t]+дзвін|ви[ \t]+в[ \t]+ефірі)"
)


def _host_puts_calls_through(labels: Sequence[LabelHit], text: str, host: str) -> bool:
    """Does the host label's own turn put a caller on air? A phone-in (a governor's direct
    line) labels its callers "Вопрос:" as a briefing labels reporters, but its host asks and
    reads out questions herself: an unnamed host, not a moderator's office (docs: phone-in)."""
    for i, o in enumerate(labels):
        if fold(o.text) != host:
            continue
        end = labels[i + 1].start if i + 1 < len(labels) else len(text)
        if _CALL_HANDOFF.search(text[o.end : end]):
            return True
    return False


# A military rank and the abbreviation a hearing's contents writes it in ("Smith, Gen Eric
# M., USMC", "STATEMENT OF ADM JAMES W. KILBY").
_RANK_FORMS = {
    "general": "general|gen",
    "admiral": "admiral|adm",
    "colonel": "colonel|col",
    "major": "major|maj",
    "captain": "captain|capt",
    "commander": "commander|cdr",
    "lieutenant": "lieutenant|lt",
    "sergeant": "sergeant|sgt",
}


def _ranked_namesakes(
    names: Sequence[Name], canon: Mapping[Name, str], header_text: str
) -> dict[Name, str]:
    """A rank-titled surname label that resolve_names merged with a namesake of another title:
    a hearing's "General Smith." (the witness, the contents' "Smith, Gen Eric M., USMC") beside
    "Mr. Smith." (the ranking member, "Smith, Hon. Adam"). Where the front matter writes the
    rank before exactly one given name of that surname, and the merge gave the label another
    given name, the label is the ranked person: "Eric Smith"."""
    out: dict[Name, str] = {}
    for n in names:
        if n.given or n.title is None or n not in canon:
            continue
        forms = _RANK_FORMS.get(fold(n.title.split()[-1]).rstrip("."))
        if forms is None:
            continue
        sur = re.escape(n.surname)
        given = rf"([{UPPER}][{LOWER}]+|[{UPPER}]{{2,}})"
        found = {
            _recase_word(m.group(1) or m.group(2))
            for m in re.finditer(
                rf"(?<![{LETTER}])(?:(?:{forms})\.?[ \t]+{given}(?:[ \t]+[{UPPER}]\.)*[ \t]+{sur}"
                rf"|{sur},[ \t]+(?:{forms})\.?[ \t]+{given})(?![{LETTER}])",
                header_text,
                re.IGNORECASE,
            )
        }
        found = {g for g in found if not _titleish(g)}
        merged = canon[n].split()
        if (
            len(found) == 1
            and len(merged) >= 2
            and fold(merged[-1]) == n.key
            and fold(merged[0]) != fold(next(iter(found)))
            and not any(is_title_token(w) for w in merged[:-1])
        ):
            out[n] = f"{next(iter(found))} {n.surname}"
    return out


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
    if not byline and (field := _AUTHOR_FIELD_PAIR.search(header_text)) is not None:
        # "Текст: Артём Соловьёв" under the headline: the page's author field is its byline.
        byline = f"{field.group(1)} {field.group(2)}"
    if not byline and (stacked := _stacked_byline(preface or header_text)) is not None:
        byline = stacked
    if not byline and (field := _OUTLET_BYLINE_PAIR.search(header_text)) is not None:
        # "Марія ГУМЕНЮК," / "«Урядовий кур'єр»": the writer over the outlet's name.
        byline = f"{field.group(1)} {field.group(2).title()}"
    if not byline and (field := _DATED_BYLINE_PAIR.search(header_text)) is not None:
        # The Tyee: "Mara Koenig 22 May 2025 | TheTyee.ca" — the writer, then the date.
        byline = f"{field.group(1)} {field.group(2)}"
    if not byline and (field := _PLACED_BYLINE_PAIR.search(preface or header_text)) is not None:
        # The Guardian: "Jane Roe in Helsinki" / "Mon 6 Oct 2025 05.00 BST" — the one writer
        # (under the site's long menu: the whole preface is read).
        byline = f"{field.group(1)} {field.group(2)}"
    if not byline and (field := _SITE_BYLINE_PAIR.search(header_text)) is not None:
        # "Eglė Petrauskaitė, DELFI" over "2026-04-09 10:14": the site's byline row.
        byline = f"{field.group(1)} {field.group(2)}"
    if not byline and (field := _DATED_AUTHOR_ROW_PAIR.search(header_text)) is not None:
        # "07.11.2025, 10:15   Автор: Віталій Бойко   👁 1284": the meta row's author field.
        byline = f"{field.group(1)} {field.group(2)}"
    header_names = [_couple_single(n, header_text) for k, n in header if k != "outlet"]
    header_names.extend(
        # A given name undone from a lead's case lost its "ё"; the body's address keeps it
        # ("Петром Андреевичем Дурново" -> "Пётр" beside "Пётр Андреевич, начнём с вас").
        Name(
            tuple(_spelled_as_text(g, text) for g in n.given) if text else n.given,
            n.surname,
            n.title,
            n.caps,
        )
        for n in _complete_from_header(
            names, (preface or header_text) + _closing_bios(text, labels)
        )
    )
    if byline and page_stamp(byline):
        byline = None  # a page's stamp in title case ("Published On 9 Nov 2024") signs nothing
    if byline:
        parsed = parse_name(byline.split())
        if parsed is not None:
            header_names.append(parsed)
    all_text = header_text + _recased_caps_lines(header_text)
    people = [
        # "Ми поговорили зі співзасновниками … Соломією Ткач і Дмитром Аль-Саїдом" over the
        # labels "Соломія:" / "Дмитро:": a pair with an instrumental given name is the person
        # in the nominative, so a given-name label finds them.
        Name(given=(_nominative(g),), surname=_nominative(sur), title=None, caps=False)
        if re.fullmatch(
            rf"[{_CYR_UP}][{_CYR_LOW}]+(?:[^аеиоуыэюяёіїє]ом|ією|[^аеиоуыэюяёіїє]ою)", g
        )
        and len(g) > 5
        else Name(given=(g,), surname=sur, title=None, caps=False)
        for m in _FULL_NAME.finditer(all_text)
        for g, sur in (m.groups(),)
        if not (is_title_token(g) or g.lower() in _HEADLINE_STOPS or g.lower() in NOT_GIVEN)
        # "Dean Helen Achebe on labs …" beside "When Helen Achebe arrived …": a post.
        and not _post_before_name(g, sur, all_text[m.end() :], all_text)
        # Neither the site's masthead ("Offshore Engineer" over "Posted by OE Staff") nor a
        # photo's credit ("(Photo: Van Oord)") is anyone on the page.
        and not _masthead_tail(header_text, f"{g} {sur}")
        and not _credit_only(header_text, g, sur)
        and not _crumb_only(header_text, g, sur)
        # "Супруги Игорь и Светлана Лапины": a word before a couple's first given name is no
        # one's given name (the couple is read below).
        and not _heads_couple(all_text, m.start(2))
    ]
    # "Анна и Олег Корниенко: «Мы ругаемся …»" over the labels "Анна:" / "Олег:": the first
    # given name shares the surname (not a Russian plural, "Анна и Олег Петровы").
    people.extend(
        Name(given=(g,), surname=sur, title=None, caps=False)
        for g, g2, sur in _SHARED_SURNAME.findall(header_text)
        if not any(
            is_title_token(w) or w.lower() in _HEADLINE_STOPS or w.lower() in NOT_GIVEN
            for w in (g, g2)
        )
        and not re.search(r"[ыи]$", sur)
    )
    # The same pair in the lead's instrumental under an indeclinable surname: "мы встретились
    # с Николаем и Мариной Черных" over the labels "Николай:" / "Марина:" (each given name back
    # in the nominative; the surname is the same in every case).
    for m in _SHARED_SURNAME.finditer(header_text):
        g, g2, sur = m.groups()
        if not re.search(r"(?<![\w])(?:с|со|з|із|зі)[ \t]+$", header_text[: m.start()]):
            continue
        if not re.search(r"(?:ых|их|ко|ук|юк|ич|ик|ен|ян|дзе|швили)$", sur):
            continue
        nominatives = [_nominative(g), _nominative(g2)]
        if g in nominatives or g2 in nominatives or any(is_title_token(w) for w in nominatives):
            continue
        # (The pair as read, "Николаем Черных", is no one: it would stand for them.)
        people = [n for n in people if not (n.surname == sur and n.given in ((g,), (g2,)))]
        people.extend(Name(given=(n,), surname=sur, title=None, caps=False) for n in nominatives)
    # A couple under a Russian plural surname in the lead's case: "встретилась с Натальей и
    # Игорем Ветровыми" over the labels "Наталья:" / "Игорь:" -> "Наталья Ветрова", "Игорь
    # Ветров" (the plural's stem is the husband's surname, the wife's takes "-а").
    for g, g2, sur in _SHARED_SURNAME.findall(header_text):
        couple = _plural_couple(g, g2, sur)
        if couple is not None and not any(
            is_title_token(w) or w.lower() in _HEADLINE_STOPS or w.lower() in NOT_GIVEN
            for w in (g, g2)
        ):
            # (The second given name with a Ukrainian plural as read, "Олена Марченки", is no
            # one.)
            # (Nor is any other case of the plural as read: "Андрієм Мельничуками" of the lead
            # beside the caption's "Андрій Мельничуки".)
            if (uk := _UK_PLURAL_SURNAME.fullmatch(sur)) is not None:
                people = [
                    n
                    for n in people
                    if not (
                        (plural := _UK_PLURAL_SURNAME.fullmatch(n.surname)) is not None
                        and plural.group(1) == uk.group(1)
                    )
                ]
            # (The plural read as one person's surname, "Виктор Лебедевы" from "Ольга и Виктор
            # Лебедевы", is no one: it would leave "Виктор:" two people to be.)
            if re.search(r"(?:ов|ев|ёв|ин|ын)ы$", sur):
                people = [n for n in people if n.surname != sur]
            people.extend(couple)
            # The surname labels of the pair, each in its own gender's form: "Лисицына:" /
            # "Лисицын:" under "супруги Андрей и Елена Лисицыны" are Елена Лисицына and
            # Андрей Лисицын (only where the two forms differ: "Марченко:" of "Андрій та Олена
            # Марченки" could be either, and stays as written).
            if len({n.surname for n in couple}) == len(couple):
                header_names.extend(
                    n
                    for n in couple
                    if any(
                        not x.given and x.title is None and x.surname == n.surname for x in names
                    )
                )
    # An author field anywhere on the page, often the last line ("Текст: Оксана Левицька-ван
    # Дейк" under the labels "Оксана:" / "Соломія:"): a person a given-name label may complete.
    people.extend(
        Name(given=(m.group("given"),), surname=m.group("surname"), title=None, caps=False)
        for m in _CREDIT_FULL_NAME.finditer(text)
        if not is_title_token(m.group("given"))
    )
    # A reference box closing the page under its own heading, below the last label: "Довідка"
    # / "Ферма … Засновники — Ірина Ковальська і Тарас Ковальський." over the labels "Ірина:"
    # / "Тарас:" (the lead gave only "з чоловіком Тарасом" and "подружжям Ковальських").
    if text and labels:
        box = _REFERENCE_BOX.search(text, max(h.end for h in labels))
        if box is not None:
            people.extend(
                Name(given=(g,), surname=sur, title=None, caps=False)
                for m in _FULL_NAME.finditer(box.group("body"))
                for g, sur in (m.groups(),)
                if not (is_title_token(g) or g.lower() in _HEADLINE_STOPS or g.lower() in NOT_GIVEN)
            )
    # A programme's credit under the transcript: "The Morning Exchange is hosted by Dana
    # Whitcombe and Kofi Mensah-Boateng and produced by …" over the labels "DANA:" / "KOFI:".
    for m in _HOSTED_BY.finditer(text):
        people.extend(
            Name(given=named.given, surname=named.surname, title=None, caps=False)
            for phrase in re.split(r",[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*", m.group("names"))
            if (named := _full_name(phrase)) is not None
        )
    # The contributors' box under the text, each bio opening a sentence with its writer's full
    # name: "Marta Rudnytska is northlight.'s festivals editor. James Thornbury writes about
    # documentary …" over the labels "Marta:" / "James:".
    if text:
        people.extend(
            Name(given=named.given, surname=named.surname, title=None, caps=False)
            for m in TRAILER_BIO.finditer(text, trailing_start(text))
            if (named := _full_name(m.group("name"))) is not None
        )
        # The writer's bio closing the piece above its "Read more" links, whose initials
        # label the interviewer ("SG:" over "Siobhán Grealish is the Chronicle's …
        # correspondent."): after the last label, only for an initials label it spells.
        initials = {n.surname for n in names if not n.given and n.surname.isupper()}
        if initials and labels:
            people.extend(
                Name(given=named.given, surname=named.surname, title=None, caps=False)
                for m in TRAILER_BIO.finditer(text, labels[-1].end, trailing_start(text))
                if (named := _full_name(m.group("name"))) is not None
                and named.given
                and (named.given[0][:1] + named.surname[:1]).upper() in initials
            )
    # A BBC transcript's cast list: each person on a line of their own, in capitals, maybe with
    # post-nominals and a role ("HELEN MARSH" / "PRIYA LAL MP, SHADOW HOME SECRETARY").
    # (A court transcript's appearances come after its caption, below the header proper.)
    for m in _CAPS_CAST_LINE.finditer(preface or header_text):
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
    people.extend(
        Name(
            given=_double_given(header_text, g, sur),
            surname=" ".join(sur.split()),
            title=None,
            caps=False,
        )
        for g, sur in _LOWER_PARTICLE_NAME.findall(header_text)
        if not (is_title_token(g) or g.lower() in _HEADLINE_STOPS or g.lower() in NOT_GIVEN)
    )
    # Every full name the header parsed ("Deputy Prime Minister David Lammy") is a person too,
    # one in capitals recased as its labels are ("INTERVIEW: TOM ALDRIDGE MP" for "TA:").
    people.extend(
        Name(given=n.given, surname=n.surname, title=None, caps=n.caps)
        for n in header_names
        if n.has_full_given
    )
    # A briefing's "Amb. Tesfaye:" under the lead's "… the Spokesperson …, Ambassador Tesfaye
    # Woldemariam, gave the weekly press briefing": a title and one name word, which the lead
    # writes after that same title (spelled out or abbreviated) with one more name word, is
    # that person (an Ethiopian's given name, as "Ambassador Tesfaye" addresses him).
    for n in names:
        if n.title is None or n.given or " " in n.surname:
            continue
        spelled = next(
            (f for f, a in _OFFICE_ABBREVIATIONS.items() if re.fullmatch(a, n.title)),
            fold(n.title),
        )  # "Amb." -> "ambassador"
        short = _OFFICE_ABBREVIATIONS.get(spelled, re.escape(n.title))
        titles = rf"(?i:{re.escape(spelled)}|{short})"
        found = {
            m.group(1)
            for m in re.finditer(
                rf"(?<![{LETTER}]){titles}[ \t]+{re.escape(n.surname)}[ \t]+([{UPPER}][{LOWER}]+)"
                rf"(?![{LETTER}])",
                preface or header_text,
            )
        }
        if len(found) == 1:
            people.append(Name((n.surname,), found.pop(), None, False))
    # A podcast's hosts label themselves by an everyday diminutive ("Саша:" / "Миша:") under a
    # lead that names them in full ("Александра Левина и Михаил Ставицкий поговорили …"): the
    # lead's pairs whose given name the diminutive stands for are people a label may complete
    # (resolve_names still wants exactly one of them).
    short_forms = {
        n.key for n in names if not n.given and n.title is None and n.key in _DIMINUTIVES
    }
    if short_forms and preface:
        people.extend(
            Name(given=(g,), surname=sur, title=None, caps=False)
            for m in _FULL_NAME.finditer(preface)
            for g, sur in (m.groups(),)
            if any(fold(g) in _DIMINUTIVES[k] for k in short_forms)
            and not _heads_couple(preface, m.start(2))
        )
    # A surname label that says its own full name in its first words: "MS. OYELARAN: Good
    # evening, everyone … My name is Tanya Oyelaran, and I'm a public affairs specialist" is
    # Tanya Oyelaran (the same surname only).
    if text:
        self_said: set[str] = set()  # (each surname's first turn only)
        for at, hit in enumerate(labels):
            said_name = hit.info.name
            if (
                said_name is None
                or said_name.given
                or " " in said_name.surname
                or fold(said_name.surname) in self_said
            ):
                continue
            self_said.add(fold(said_name.surname))
            said_end = labels[at + 1].start if at + 1 < len(labels) else len(text)
            said_body = text[hit.end : min(said_end, hit.end + 300)].strip()
            said = _OWN_NAME.search(said_body) or _OWN_NAME_IM.search(said_body)
            if said is None or len(re.findall(r"[.!?](?=[ \t])", said_body[: said.start()])) > 1:
                continue
            own_name = name_from_phrase(said.group("name"))
            if (
                own_name is not None
                and own_name.has_full_given
                and not is_title_token(own_name.given[0])
                and fold(own_name.surname) == fold(said_name.surname)
            ):
                header_names.append(
                    Name(given=own_name.given, surname=own_name.surname, title=None, caps=False)
                )
    canon = resolve_names(names, header_names, people)
    # (the whole front matter: a hearing's contents lie past what the header reads)
    front = text[: labels[0].start] if text and labels else header_text
    canon.update(_ranked_namesakes(names, canon, front))
    # Kenya's "CS Wekesa:" / "PS Rotich:" under the lead's "Cabinet Secretary Dr. Mary Nafula
    # Wekesa … accompanied by Principal Secretary Dr. Samuel Kiprop Rotich": capitals before a
    # surname that spell the office the lead writes before that person's full name are the
    # office's abbreviation, not initials; the label (and its surname-only aliases, "Rotich:")
    # is that person.
    for n in names:
        if n.title is not None or len(n.given) != 1 or not re.fullmatch(r"[A-Z]{2,4}", n.given[0]):
            continue
        office = r"[ \t]+".join(rf"{ch}[a-z]+" for ch in n.given[0])
        abbreviated = {
            " ".join((*m.group(1).split(), n.surname))
            for m in re.finditer(
                rf"(?<![{LETTER}]){office}[ \t]+(?:(?:Dr|Hon|Prof|Eng|Amb|Mr|Mrs|Ms)\.?[ \t]+)*"
                rf"((?:[{UPPER}][{LOWER}'’\-]+[ \t]+){{1,3}}){re.escape(n.surname)}(?![{LETTER}])",
                f"{header_text}\n{preface}",
            )
        }
        if len(abbreviated) == 1 and (was := canon.get(n)) is not None:
            office_holder = abbreviated.pop()
            canon = {k: office_holder if v == was else v for k, v in canon.items()}
    # Two people under one surname, one labelled in full ("Lorraine Whitlow:"), the other by
    # rank and surname ("Col. Whitlow:", later "Whitlow:") under a lead that writes that rank
    # before one full name ("Retired Army Col. Marcus "Mac" Whitlow"): the ranked label is that
    # person, not the labelled namesake the grouping merged it into (nor are the bare surname
    # labels that went with it).
    canon = _titled_namesake(canon, names, f"{header_text}\n{preface}")
    canon = _lead_namesake(canon, names, f"{header_text}\n{preface}")
    # A name the headline prints without its "ё" ("Артем Зайченко: «…»") that the caption
    # or lead writes with it ("Артём Зайченко на площадке комбината"): the "ё" form is the
    # name's spelling (a page drops the letter, it never adds it).
    canon = _with_yo(canon, f"{header_text}\n{preface}\n{text}")
    voices = _named_voices(preface) if "Speaker" in preface or "] =" in preface else {}
    if text:
        canon = _named_in_text(canon, labels, text, header_text, header_names)
        # "Гульнара Рашитовна:" under "… с главным врачом … Гульнарой Рашитовной Хабибуллиной":
        # a label of given name and patronymic, the respectful address, is completed by the
        # surname the page writes after them.
        for n in names:
            if canon.get(n) == n.display() and (full := _patronymic_label_named(n, text)):
                canon[n] = full
            elif (
                canon.get(n) == n.display()
                and len(n.given) == 1
                and _patronymic(n.surname)
                and len(
                    same := {
                        canon.get(h) or h.display()
                        for h in header_names
                        if h.has_full_given and h.given and fold(h.given[0]) == fold(n.given[0])
                    }
                    or {
                        # (a lead the header reader names no one in: "Міністр … Андрій Сибіга
                        # — про ціни …", the given name then a capitalised surname)
                        f"{n.given[0]} {w}"
                        for w in re.findall(
                            rf"(?<![{LETTER}]){re.escape(n.given[0])}[ \t]+"
                            rf"([{UPPER}][{LOWER}'’\-]+)(?![{LETTER}])",
                            preface or header_text,
                        )
                        if not _patronymic(w)
                    }
                )
                == 1
            ):
                # "Сергей Викторович:" under a lead that names "Сергей Лавров" without the
                # patronymic: the respectful address is the one person the header names with
                # that given name.
                canon[n] = same.pop()
            elif (
                not n.given
                and _patronymic(n.surname)
                and len(words := (canon.get(n) or "").split()) == 2
                and words[1] == n.surname
                and (
                    full := _patronymic_label_named(Name((words[0],), words[1], None, False), text)
                )
            ):
                # "Петрович:", the patronymic a village calls its head by, completed to
                # "Виктор Петрович" from an address: the lead's "Виктора Петровича Загорулько"
                # gives the surname, and the person is named as any other.
                canon[n] = full
    # Only a person names a role word: "speaks to EL PAÍS" is an outlet, not an interviewer.
    # One journalist the lead names twice ("Вопросы задавала корреспондент ГТРК «Псков» Анна
    # Белова" read both as the asker and as a journalist) is still one interviewer.
    interviewers = list(
        {
            n.key: n for k, n in reversed(header) if k.startswith(_INTERVIEWER_KINDS) and _person(n)
        }.values()
    )[::-1]
    if not interviewers and text and labels:
        host = _credited_host(text, labels)
        if host is not None:
            interviewers = [host]
    if not interviewers and text and labels:
        signer = _tail_signer(text, labels)
        if signer is not None:
            interviewers = [signer]
    # A site's section menu flattened into one line ("Общество   Происшествия   Экономика
    # Интервью") lists the sections it has, not the one this page stands in.
    unmenued = "\n".join(ln for ln in header_text.split("\n") if not _menu_row(ln))
    interview = (
        _INTERVIEW_WORD.search(unmenued)
        or _INTERVIEWS_SECTION.search(unmenued)
        or any(k == "interview with" for k, _ in header)
        # A print Q&A's lead that sets up the sitting without the word: "He sat down with the
        # Bangkok Post at the ministry this week. Excerpts:".
        # (under "Q."/"A." only; an outlet's label, "TIME:" under "… sat down with TIME", asks
        # as the byline's one writer through _sole_writer below, whatever this says)
        or (
            _SAT_DOWN_LEAD.search(preface) is not None
            and any(h.info.kind is LabelKind.QUESTION for h in labels)
        )
        # The Q&A's own editing note under a longer lead: "The interview has been edited for
        # brevity and clarity." / "This conversation has been edited for length and clarity.",
        # a line of its own or the last sentence of the lead's paragraph.
        or any(
            (_INTERVIEW_WORD.search(ln) or _TALK_WORD.search(ln))
            and _EDIT_NOTE.search(ln)
            and len(ln.split()) <= 20
            for par in preface.splitlines()
            for ln in (par, re.split(r"(?<=[.!?])[ \t]+", par.strip())[-1])
        )
        # A page whose questions stand under "Interviewer:" calls itself an interview (the
        # Jerusalem Post's "Interviewer: Ambassador, …" / "The Ambassador: …").
        or any(fold(h.info.text.strip()) == "interviewer" for h in labels)
        # So does a regional paper's whose questions stand under its correspondent ("Корр.:",
        # "Корреспондент:") under one writer's byline ("Мария КОРНЕВА" / "18 февраля 2025"),
        # though its lead tells of a visit ("Мы приехали к ним в утреннюю дойку."), not an
        # interview: the correspondent is that writer.
        or any(fold(h.info.text.strip()) in _CORRESPONDENT_LABELS for h in labels)
    )
    if not interviewers and byline and interview and not _WIRE_STORY.search(text or header_text):
        # "Interview with … Alexander Stubb / By Mark Thompson": who wrote up the interview asked.
        author = parse_name(byline.split(",")[0].split())
        # "By RFA Burmese", "By AFP Staff": a service's desk, its acronym first, is no writer
        # (a name all in capitals, "BY SIMON SHUSTER", is).
        if re.match(r"[A-Z]{3,5}[ \t]+[A-Z][a-z]", byline) is not None:
            author = None
        # "By University Communications", "By Staff Reports": an office or desk that ends in
        # its own word is no writer by name.
        if re.search(_DESK_WORD, byline.split(",")[0].split()[-1] if byline.split() else ""):
            author = None
        if author is not None and author.given and not re.search(r"\band\b|&|\bи\b", byline):
            interviewers = [author]
    interviewees = [
        n
        for k, n in header
        if k.startswith(_INTERVIEWEE_KINDS)
        for n in (_surname_completed(n, header_text),)
        if _person(n)
    ]
    if (
        not interviewers
        and not byline
        and interview
        and any(h.info.kind is LabelKind.QUESTION and h.info.name is None for h in labels)
        and (dated := _author_over_date(header_text, interviewees, preface)) is not None
    ):
        # A newsletter's Q&A under "Q:" / "A:" with its one writer a name alone under the
        # stamp ("Feb 20, 2025, 7:02am EST" / "Priya Venkataraman"), no "By": she asks, as
        # a byline's one writer does.
        interviewers = [dated]
    if (
        not interviewers
        and not byline
        and any(fold(h.info.text.strip()) in _CORRESPONDENT_LABELS for h in labels)
        and (dated := _author_over_date(header_text, interviewees, preface)) is not None
    ):
        # A regional page's "Кореспондентка:" under its one author, a full name alone under
        # the date ("17 січня 2025, 14:32" / "Оксана Ковальчук"), no byline field: she asks,
        # as under a byline's one writer above.
        interviewers = [dated]
    if len(interviewees) > 1 and all(n.compatible(interviewees[0]) for n in interviewees):
        # mid.ru's "Брифинг … М.В.Захаровой" over "Брифинг провела … Мария Захарова": one
        # person, written once by initials and once in full; the fullest form stands for both.
        interviewees = [max(interviewees, key=lambda n: (n.has_full_given, len(n.display())))]
    moderators = list({n.key: n for k, n in header if k == "moderator" and _person(n)}.values())
    if not moderators and text and labels:
        # A press conference's "MODERATOR:" who says her own name in her first turn, the page
        # naming no moderator: "Bula vinaka and good morning, everyone. I'm Lusiana Tuilau from
        # the Bank's Communications team and I'll be moderating …" (she hands over, she asks
        # nothing for the reporters).
        self_named = _self_named_host(text, labels, frozenset({"moderator"}))
        if self_named is not None:
            moderators = [self_named]
    header_canon = resolve_names(header_names, [])
    # "Kyodo News, Sato:" shows the order "Outlet, Surname:"; "Nikkei, Yamamoto:" follows it.
    outlet_first = any(h.info.outlet and h.info.role for h in labels)

    def own_label_later(person: Name) -> bool:
        """Does ``person`` ask under a label naming them only after a generic question label?"""
        own = [
            o.start
            for o in labels
            if o.info.name is not None and o.info.name.given and o.info.name.compatible(person)
        ]
        generic = [
            o.start for o in labels if o.info.name is None and o.info.kind is LabelKind.QUESTION
        ]
        return bool(own and generic) and min(generic) < min(own)

    out: dict[int, str | None] = {}
    # How the labels write the interviewers the header names (see the lone office below).
    asking = {_merged_display(n, names, header_canon) for n in interviewers}
    # Reporters asking under their outlets' names, beside people labelled in mixed case.
    outlet_page = any(o.info.outlet for o in labels) and any(
        o.info.name is not None and not o.info.name.caps and o.info.outlet is None for o in labels
    )
    for h in labels:
        info = h.info
        speaker: str | None = None
        examiner = [n for at, n in examiners if at < h.start]
        if info.name is not None:
            speaker = canon.get(info.name)
            # The outlet's label ("Dawn:", "Kyiv Independent:", "TIME:") asks through the one
            # journalist the header names for it: "… spoke to Dawn's Baqir Sajjad Syed", "In an
            # interview with the Kyiv Independent's Iryna Kovalchuk", "TIME" over "By Simon
            # Shuster". With no named journalist the outlet itself asks.
            outlet_label = info.name.title is None and (
                any(k == "outlet" and n.key == _outlet_key(info.text) for k, n in header)
                or (speaker is not None and _as_written_in_header(info.name, speaker, header_text))
                or (speaker is not None and _masthead_short(info.name, speaker, header_text))
                or _masthead_crumb(info.text, header_text)
                or _masthead_acronym(info.name, header_text)
                or _spelled_acronym(info.text, header_text)
                or (
                    not info.name.given
                    and _logo_short(info.text, header_text, preface or header_text)
                )
                or _masthead_edition(info.text, header_text)
                # KPL: "[KPL]:" under "… granted an exclusive interview to KPL reporter
                # Phonesavanh Keomany": the lead sets the word before a journalist's job, so it
                # is the outlet that journalist works for, never a surname "Kpl".
                or (
                    not info.name.given
                    and _outlet_job_holder(info.text.strip(), preface or header_text) is not None
                )
                # (a two-word logo reads as a given name and a surname: "Curtain Call:")
                or (
                    (not info.name.given or " " in info.text.strip())
                    and _masthead_word(info.text, header_text)
                )
                or _described_outlet(info.name, header, header_text)
                # "Guardian:" under the masthead "The Guardian - Back to homepage": a one-word
                # label the header writes with the article no person's name takes, asking its
                # one interviewee turn about, is the outlet (session 33).
                or (
                    not info.name.given
                    and re.fullmatch(rf"[{UPPER}][{LOWER}]+", info.text.strip()) is not None
                    and re.search(
                        rf"(?<![{LETTER}])The[ \t]+{re.escape(info.text.strip())}(?![{LETTER}])",
                        header_text,
                    )
                    is not None
                    and _asking_one_on_one(labels, h, text, most=True)
                )
                or _paper_label(info.text, header, header_text)
                # "Тиждень:" under "… розповів «Тижню» про …", "NS:"-less "New Statesman:"
                # under "… told the New Statesman …": the lead names the label as the outlet
                # the interview was given to, in a form no person's name takes.
                or _told_outlet(info.text, preface or header_text)
                # "Semafor:" / "ЕП:" that the page names nowhere: a one-word label that no
                # person the page names answers to, asking its one interviewee turn about, is
                # the interviewer's outlet (it asks as a sole byline writer, else as written).
                # (so, under any one-on-one layout, is the masthead line written out as the
                # label, "Free Press:" under "Free Press", though it reads as a person's name)
                or (
                    (
                        (
                            not info.name.given
                            and (
                                speaker is None
                                or " " not in speaker
                                or info.text.split()[0] == "The"  # no person's name opens so
                            )
                        )
                        or fold(info.text.strip()) == fold(first_line(header_text).strip())
                    )
                    and _asking_one_on_one(labels, h, text)
                )
                or (
                    not info.name.given
                    and info.name.surname.split()[0] == "The"
                    and (
                        _reported_outlet(info.text, preface or header_text)
                        or _outlet_subject(info.text, preface or header_text)
                    )
                )
                # "Civil Beat:" under the masthead "Honolulu Civil Beat" and "… made the
                # comments in an interview with Civil Beat on Friday": the masthead's last
                # words, to whom the lead reports the interview given, are the paper.
                # (one word too, the masthead's last, which the name reader may have taken
                # with the word before it for a person: "Trinidad and Tobago Newsday" over
                # "Speaking to Newsday at her ministry's offices" and "Newsday:")
                or (
                    speaker is not None
                    and (" " in info.text.strip() or not info.name.given)
                    and (
                        speaker == first_line(header_text).strip()
                        or fold(first_line(header_text).strip()).endswith(" " + fold(speaker))
                    )
                    and fold(speaker).endswith(fold(info.text.strip()))
                    and _reported_outlet(info.text, preface or header_text)
                )
                # "UTILITY DIVE:" under the masthead "Utility Dive" and "Utility Dive spoke
                # with Sorensen …": a capitals label of two words or more that writes the
                # masthead line out, the lead making it the side that interviews or is told.
                or (
                    speaker is not None
                    and info.name.caps
                    and " " in info.text.strip()
                    and fold(speaker) == fold(first_line(header_text).strip())
                    and (
                        _outlet_subject(speaker, preface or header_text)
                        or _reported_outlet(speaker, preface or header_text)
                    )
                )
                # "… sat down with the Courier's Tom Ellison" over "Courier:": a person takes
                # no article, so "the Courier's" is the paper whose journalist asks.
                or (
                    not info.name.given
                    and re.search(
                        rf"(?<![{LETTER}])[Tt]he[ \t]+{re.escape(info.text.strip())}"
                        rf"['’]s(?![{LETTER}])",
                        preface or header_text,
                    )
                    is not None
                )
            )
            defined = _defined_acronym(info.name, preface or header_text)
            if defined is not None and _acronym_masthead(info.text, header_text):
                # "APS - Algérie Presse Service" atop the page: the site calls itself by the
                # acronym, so "APS:" asks as the site writes its own name.
                speaker = info.name.surname
            elif defined is not None:
                # "… the Global Times (GT) spoke with …" over "GT:": the page itself spells
                # the label out, so it speaks as the name it stands for.
                speaker = defined
            elif outlet_label:
                if speaker is not None and _as_written_in_header(info.name, speaker, header_text):
                    speaker = info.name.surname  # "TIME:" is the magazine, not Mr Time
                elif (
                    speaker == info.name.surname
                    and info.name.caps
                    and not info.name.given
                    and info.name.title is None
                    and len(info.name.surname) <= 3
                    and re.search(
                        rf"(?<![{LETTER}]){re.escape(_recase_word(info.name.surname))}"
                        rf"(?:(?![{LETTER}])|[{LOWER}]{{1,2}}»)",
                        header_text,
                    )
                    is not None
                ):
                    # "VOX:" under the masthead "Vox", "ЧАС:" under "Час" or "… розповів
                    # «Часу»": a short capitals label reads as an acronym unless the page
                    # writes the outlet in mixed case; then it keeps the outlet's own spelling.
                    speaker = _recase_word(info.name.surname)
                asker = _outlet_journalist(header, interviewers, byline)
                # "Ірина Мельник" / "22 квітня 2025, 09:30 · Тернопіль": a Russian or
                # Ukrainian page's one author, alone over the date, is its byline here.
                dated = (
                    _author_over_date(header_text, interviewees, preface)
                    if asker is None and not interviewers and not byline
                    else None
                )
                if (
                    asker is None
                    and not interviewers
                    and (byline or dated is not None)
                    and (
                        _masthead_acronym(info.name, header_text)
                        # "The Hill:" under "by Daniel Okafor - 06/18/24 5:45 PM ET" and "She
                        # spoke to The Hill in her Russell office": the lead's reported
                        # interview names nobody, so the byline's writer asks (the outlet's
                        # own capitals, "TIME:", are left to the general rule below).
                        or (
                            not info.name.caps
                            and (
                                _reported_outlet(info.text, preface or header_text)
                                or _told_outlet(info.text, preface or header_text)
                            )
                        )
                    )
                    and (writer := dated or name_from_phrase(byline or "")) is not None
                    and writer.has_full_given
                ):
                    # "AR:" under the masthead "AgriTech Review" and "By Tomasz Wierzbicki",
                    # the lead naming no interviewer: the masthead's initials ask through the
                    # byline's one writer (a label that writes the outlet out, "TIME:", is
                    # left to the general rule below, which reads the same guards).
                    asker = writer
                if asker is None and not info.name.given:
                    asker = _outlet_job_holder(info.text.strip(), preface or header_text)
                if asker is None:
                    # The one convention: an outlet's label ("TIME:", "AP:", "The Hill:") asks
                    # as the one journalist the page credits, a single-author byline ("By
                    # Simon Shuster", "BY NOAH ELLISON") where the lead names no interviewer;
                    # two writers, a desk's byline or a contributor's line keep the outlet.
                    asker = _sole_writer(
                        byline,
                        header,
                        text or header_text,
                        dated=dated
                        or (
                            None
                            if byline
                            else _author_over_date(header_text, interviewees, preface)
                        ),
                        preface=preface,
                    )
                if asker is not None:
                    speaker = _merged_display(asker, names, header_canon)
            elif (
                speaker == _recase_word(info.name.surname)
                and info.name.caps
                and not info.name.given
                and info.name.title is None
                and len(info.name.surname) <= 5
                and (
                    # Iran MFA's "ISNA:" among "IRNA:", "Tasnim:" and "Baghaei:": a short word
                    # in capitals on a page whose people are labelled in mixed case and whose
                    # reporters ask by outlet is an agency's acronym, not a surname "Isna".
                    (len(info.name.surname) >= 2 and outlet_page)
                    # A capitals page's "EMTV:" beside "HIGH COMMISSIONER:" and "JOURNALIST:": a
                    # short word the page writes only in capitals, never as a person's name (no
                    # given name, title or "Mr" before it, never "Emtv"), is a station's acronym.
                    or (
                        len(info.name.surname) >= 3
                        and info.name.surname.isalpha()
                        and any(
                            o.info.name is None and o.info.text.strip().isupper() for o in labels
                        )
                        and _caps_only_word(info.name.surname, text)
                    )
                )
            ):
                speaker = info.name.surname
            elif (
                speaker == info.name.surname
                and info.name.caps
                and not info.name.given
                and info.name.title is None
                and len(info.name.surname) <= 3
                and re.search(
                    rf"(?<![{LETTER}]){re.escape(_recase_word(info.name.surname))}(?![{LETTER}])",
                    header_text,
                )
                is not None
            ):
                # A short capitals label reads as an acronym ("CNN:", "AFP:") unless the page
                # writes the word as a name: ">> SAM:" under "Our producer Sam reads your
                # questions" is Sam (no page writes "Cnn").
                speaker = _recase_word(info.name.surname)
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
            elif info.outlet and not info.role and info.text.startswith("«"):
                # "«СП»:" under the masthead "Свободная Пресса" with no named journalist: a
                # quoted label is the outlet as written, not a person with those initials.
                # The one author over the date is that journalist, though no byline field
                # names her: "Евгения Рыбакова" / "27 ноября 2023, Москва" over "**«Труд»:**
                # …?" (her initials, "Е.Р.:", ask the questions after it).
                author = (
                    None
                    if byline or interviewers
                    else _author_over_date(header_text, interviewees, preface)
                )
                if byline and not interviewers:
                    # "«ВК»:" under "Автор: Денис Краснов": the one-outlet convention, the
                    # byline's one writer asks (two writers or a desk keep the outlet).
                    author = _sole_writer(byline, header, text or header_text, preface=preface)
                speaker = (
                    info.outlet if author is None else _merged_display(author, names, header_canon)
                )
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
            acronym_office = _spelled_acronym_office(info.name, header_text + "\n" + preface)
            if acronym_office is not None:
                # "EMA DIRECTOR:" under "Remarks by … Emergency Management Agency Director
                # Raymond Okonjo": an agency's acronym the header spells out, then an office —
                # no person "Ema Director" but that office, held by whom the header names.
                acronym_holder = _office_holder(
                    acronym_office, header, names, header_canon, header_text, preface
                )
                # (a bare "CVO:" whose holder no one names stays as written)
                if acronym_holder != acronym_office or info.name.given:
                    speaker = acronym_holder
        elif info.kind is LabelKind.QUESTION and examiner:
            # "BY MR. HOLLIS:" is the "MR. HOLLIS:" of the colloquy, named in full above.
            labelled = [canon[n] for n in names if n in canon and n.compatible(examiner[-1])]
            speaker = (
                labelled[0] if labelled else _merged_display(examiner[-1], names, header_canon)
            )
        elif (
            info.kind is LabelKind.QUESTION
            and info.name is None
            and info.office is None
            and (sworn_at := [at for at, _ in witnesses if at < h.start])
            and (counsel := _examining_counsel(labels, sworn_at[-1], h.start, canon)) is not None
        ):
            # A UK inquiry's record: "MR COLIN DRAY (sworn)" / "MS ASHWORTH: Mr Dray, you were
            # the site engineer …?" / "A. That's correct." / "Q. And in that role, …": the bare
            # "Q." lines go on with the counsel who opened the witness's questioning.
            speaker = counsel
        elif info.kind is LabelKind.QUESTION and info.office is not None:
            # "Q1 Chair:" under "Members present: Dame Meg Hillier (Chair); …"
            office = _office_holder(info.office, header, names, header_canon, header_text, preface)
            speaker = office if office != info.office else None
        elif (
            info.kind is LabelKind.INTERVIEWER
            and info.name is None
            and (posted := _posted_journalist(info.text, preface or header_text)) is not None
        ):
            # Two journalists told apart by their posts: "ANCHOR:" and "REPORTER:" under "…
            # sat down with News 9 anchor Deshawn Mitchell and political reporter Kelsey van
            # Houten": each label is the one person the lead names after its own post word.
            speaker = _merged_display(posted, names, header_canon)
        elif (
            info.kind in (LabelKind.QUESTION, LabelKind.INTERVIEWER)
            and len(interviewers) == 1
            and (info.outlet is None or bool(interviewers))
            and not is_audience_question(fold(info.text))  # "Вопрос из зала:" is the audience's
            # "Вопрос:" before and beside "П.Зарубин:" under "… ответил на вопросы журналистов,
            # в том числе Павла Зарубина": the named journalist asks under his own label, so
            # the generic one that came first is another reporter's. (An interviewer who is
            # named once and then asks as "Q:" keeps the name.)
            and not own_label_later(interviewers[0])
            # A phone-in's "Ведущая:" asks under her own label, so the bare "Вопрос:" between
            # her hand-offs ("У нас звонок. Здравствуйте, вы в эфире.") is a caller's.
            and not (
                info.kind is LabelKind.QUESTION
                and info.name is None
                and any(
                    o.info.kind is LabelKind.INTERVIEWER
                    and o.info.name is None
                    and fold(o.text) in _HOST_WORDS
                    for o in labels
                )
            )
            # "Модератор — обозреватель «Известий» Павел Лыков." over "Модератор:" labels: the
            # journalist chairs under his own label, so a generic "Вопрос:" is a reporter's.
            and not (
                interviewers[0].key in {m.key for m in moderators}
                and any(fold(o.text) in _MODERATOR_WORDS for o in labels)
            )
            # So does one who chairs under her own name ("Модерувала пресконференцію журналістка
            # Укрінформу Оксана Пелех" over "Оксана Пелех:"): a bare "Запитання:" is a
            # reporter's from the floor.
            and not (
                info.kind is LabelKind.QUESTION
                and info.name is None
                and interviewers[0].key in {m.key for m in moderators}
                and any(
                    o.info.name is not None
                    and o.info.name.given
                    and o.info.name.compatible(interviewers[0])
                    for o in labels
                )
            )
        ):
            # "Корреспондент:" under "Беседовал Иван Сафронов" is Ivan Safronov.
            speaker = _merged_display(interviewers[0], names, header_canon)
        elif (
            info.kind is LabelKind.INTERVIEWER
            and fold(info.text) in _GENDERED_HOSTS
            and len(interviewers) >= 2
            and (host := _host_by_gender(interviewers, _GENDERED_HOSTS[fold(info.text)]))
            is not None
        ):
            # Co-hosts "Ведущие – Сергей Баталов и Наталья Осипова." over "Ведущий:" and
            # "Ведущая:" labels: the label's grammatical gender tells which host speaks.
            speaker = _merged_display(host, names, header_canon)
        elif (
            info.kind is LabelKind.INTERVIEWER
            and len(moderators) == 1
            # (the lead may also call the moderator a journalist: "Модератор — обозреватель
            # «Известий» Павел Лыков"); a panellist the lead calls an editor, who speaks under
            # her own name ("головна редакторка «Вежі» Ірина Соловей" beside "Ірина Соловей:"),
            # is no one who asks under the moderator's label
            and (
                all(
                    i.key == moderators[0].key
                    or any(
                        o.info.name is not None and o.info.name.given and o.info.name.compatible(i)
                        for o in labels
                    )
                    for i in interviewers
                )
                # (a label that is the moderator's own role word is hers, whoever else the page
                # credits: "Модераторка:" under "Модерувала пресконференцію … Олена Коваль."
                # beside the news item's closing byline "Юлія Бондар, Київ")
                or fold(info.text) in _MODERATOR_WORDS
            )
            # A briefing's bare "JOURNALIST:" among the reporters' "QUESTION (Arise TV):" is
            # one more reporter, not the moderator who calls on them ("Moderated by Mr. Tunde
            # Adeyemi").
            and not (
                fold(info.text) in JOURNALIST_WORDS
                and any(o.info.kind is LabelKind.QUESTION for o in labels)
            )
            # president.gov.ua: "Модерував пресконференцію речник Президента Сергій Никифоров."
            # over "Сергій Никифоров: … Перше запитання – …" and "Журналістка:": the moderator
            # speaks under his own name, so a reporter's label is someone he calls on.
            # So where he speaks under a "Модератор:" label of his own ("Модерував спілкування
            # речник Президента Сергій Никифоров." over "Модератор:" and "Журналіст:").
            and not (
                fold(info.text) in JOURNALIST_WORDS
                and any(
                    (
                        o.info.name is not None
                        and o.info.name.given
                        and o.info.kind is not LabelKind.INTERVIEWER
                        and o.info.name.compatible(moderators[0])
                    )
                    or fold(o.text) in _MODERATOR_WORDS
                    for o in labels
                )
            )
        ):
            # "Модератор:" under "Модератор брифинга – Динара Сейтказина": the one moderator
            # the lead names (the journalists' "Вопрос (…):" stay theirs).
            speaker = _merged_display(moderators[0], names, header_canon)
        elif info.kind is LabelKind.INTERVIEWER and (
            # (ASAP Sports writes the article: "THE MODERATOR:")
            re.sub(r"^the[ \t]+", "", fold(info.text)) in _MODERATOR_WORDS
            # A press conference's unnamed "Ведущий:" among the journalists' "Вопрос (…):"
            # labels chairs as a moderator does ("Ведущий: Спасибо, Эльвира Сахипзадовна.
            # Переходим к вопросам."); a talk show's host, who asks himself, stays unnamed, and
            # so does a phone-in's, whose callers ("Слухач:", "Слухачка:") he puts through.
            or (
                fold(info.text) in _HOST_WORDS
                and any(
                    o.info.kind is LabelKind.QUESTION and not is_phone_in_caller(fold(o.text))
                    for o in labels
                )
                and not _host_puts_calls_through(labels, text, fold(info.text))
            )
        ):
            # A briefing's unnamed "Модератор:" is one functionary, named by the office like
            # an unnamed "Spokesperson:" (a host or a reporter stays unnamed: None).
            speaker = info.text if not info.text.isupper() else info.text.capitalize()
            if info.text.isupper() and fold(info.text).startswith("the "):
                speaker = _recase_word(info.text)  # "THE MODERATOR" is "The Moderator"
            # "MODERATOR (Aigerim Nurpeissova):" once, then "MODERATOR:": the same person.
            held = {
                canon[o.info.name]
                for o in labels
                if o.info.name is not None
                and o.info.name in canon
                and fold(o.text) == fold(info.text)
            }
            if len(held) == 1:
                speaker = held.pop()
            elif (own := _own_name_said(info.text, labels, text)) is not None:
                speaker = own
            elif text and (
                held_by := _role_bio_holder(text[max(o.start for o in labels) :], info.text, names)
            ):
                # An events page's speakers box under the talk: "Moderator: Sunita Rao is a
                # senior fellow at the Peterson Institute …" names the "MODERATOR:" above.
                speaker = held_by
        elif (
            info.kind is LabelKind.INTERVIEWER
            and fold(info.text) in _CHAIR_LABELS
            and len(
                held := {
                    canon[o.info.name]
                    for o in labels
                    if o.info.name is not None
                    and o.info.name in canon
                    and fold(o.text) == fold(info.text)
                }
            )
            == 1
        ):
            # A town meeting's chair, named in brackets once and bare after: "Ведуча (Оксана
            # Стецюк): Добрий вечір, …" then "Ведуча: Прошу тиші …" (residents' "Житель:" ask,
            # no reporter's "Вопрос:" to make her a briefing's moderator): the same person.
            speaker = held.pop()
        elif info.kind is LabelKind.ANONYMOUS and fold(info.text) in ("announcer", "staff", "aide"):
            # A broadcast's "ANNOUNCER:" ("From NBC News in Washington, … this is Meet the
            # Press") is one voice, named by its function as a briefing's moderator is; so is
            # the White House's "STAFF:" that ends a spray.
            speaker = fold(info.text).capitalize()
        elif info.kind is LabelKind.QUESTION and info.outlet is not None:
            # "AFP:", "Kyodo News:" at a briefing: the outlet is all the text says of who asks.
            speaker = NEWS_OUTLET_NAMES.get(fold(info.outlet), info.outlet)  # "REUTERS:"
            if info.outlet.isupper():
                # "In an interview with POLITICO, …": the outlet writes itself in capitals, and
                # the text keeps them ("REUTERS:" under "… told Reuters" is "Reuters"). The
                # text's usual casing decides: a photo credit's "REUTERS/Leonhard Foeger" beside
                # "(Reuters) -" and "told Reuters" is still "Reuters".
                # The labels themselves are no evidence of the running text's casing: a press
                # conference's "REPORTER (DANA):" under the mayor's "Dana, go ahead." is Dana.
                spans = [(o.start, o.end) for o in labels] if text else []
                forms = Counter(
                    m.group()
                    for m in re.finditer(
                        rf"(?<!\w){re.escape(info.outlet)}(?![\w:])",
                        text or header_text,
                        re.IGNORECASE,
                    )
                    if not any(a <= m.start() < b for a, b in spans)
                )
                caps = forms[info.outlet]
                if caps and caps > sum(forms.values()) - caps:
                    speaker = info.outlet
                elif not forms and info.text != info.outlet and not info.text.isupper():
                    # "Question 2 (BERNAMA):" beside "Question 1 (The Star):": a label
                    # in small letters writes the bracketed outlet in capitals as the outlet
                    # writes itself ("QUESTION (REUTERS):" is the labels' style: "Reuters").
                    speaker = info.outlet
                elif speaker == info.outlet and forms:
                    (usual, seen), *_ = forms.most_common(1)
                    if seen > caps and usual[:1].isupper() and not usual.isupper():
                        speaker = usual
            as_outlet = speaker
            if (
                any(k == "outlet" and n.key == _outlet_key(info.text) for k, n in header)
                or masthead_short_word(info.text, text or header_text)
                # MINREX: "… to Prensa Latina journalist Marta Lugo Benítez" over "Prensa
                # Latina:": the header sets the outlet before its own journalist's job (the
                # beat may come between: "… spoke to RFI's Sahel correspondent Claire Fontenay").
                or re.search(
                    rf"(?<![{LETTER}]){re.escape(info.outlet)}(?:['’]s)?[ \t]+"
                    r"(?:[\w\-]+[ \t]+){0,2}?"
                    r"(?:journalist|reporter|correspondent|editor|anchor|host|presenter)\b",
                    preface or header_text,
                )
                is not None
            ):
                # A known outlet's label asks through the one journalist the lead names for
                # that same outlet, as "Dawn:" does above: "… spoke to FRANCE 24's Julie
                # Marchand" over "FRANCE 24:". So does the paper's short name under its
                # masthead, through its one byline writer ("Record:" under "Coastal Record"
                # and "By Harriet Lindqvist").
                asker = _outlet_journalist(header, interviewers, byline)
                if asker is None:
                    asker = _outlet_job_holder(info.outlet, preface or header_text)
                if asker is not None:
                    speaker = _merged_display(asker, names, header_canon)
            elif (
                not byline
                and not interviewers
                # (one outlet, not one label text: "Question (Ukrinform):" and "Question
                # (Interfax-Ukraine):" share their text, but two outlets make a briefing)
                and len({fold(o.info.text) for o in labels if o.info.outlet}) == 1
                and len({fold(o.info.outlet) for o in labels if o.info.outlet}) == 1
                and (author := _author_over_date(header_text, interviewees, preface)) is not None
            ):
                # A regional site's one-on-one interview labels its first question with the
                # outlet alone ("**Волинь Post:** Денисе, …?"), the one author a full name over
                # the date ("Юлія Петрук" / "11 березня 2024, 14:20"): she asks, as under a
                # quoted "«Труд»:" above (a briefing's several outlets ask as themselves).
                speaker = _merged_display(author, names, header_canon)
            if (
                speaker == as_outlet
                and (
                    interview
                    # (or the label spells the masthead's initials, the site's own Q&A under
                    # its one writer: "JC:" under "The Jewish Courier" and "By Daniel Sokol")
                    or (
                        info.outlet.isupper()
                        and _masthead_acronym(
                            Name(given=(), surname=info.outlet, title=None, caps=True),
                            header_text,
                        )
                    )
                    # (or it writes the whole masthead line out, the paper's own Q&A under its
                    # one writer: "The Big Issue:" under "The Big Issue" and "By Jane Roe")
                    or masthead_label(info.outlet, header_text)
                    # (or it is the site's name that opens the masthead line: "SWI
                    # swissinfo.ch:" under "SWI swissinfo.ch - a branch of …" and "By …")
                    or masthead_opener(info.outlet, text or header_text)
                    # (or the page's layout is one: the outlet, the whole label, asks one
                    # interviewee turn about; "Вопрос (Первый канал):" is a briefing's voice)
                    or (
                        fold(info.text.strip()) == fold(info.outlet)
                        and _asking_one_on_one(labels, h, text)
                    )
                )
                and len({fold(o.info.text) for o in labels if o.info.outlet}) == 1
                and (writer := _sole_writer(byline, header, text or header_text, preface=preface))
                is not None
            ):
                # The one convention, as for a label read as an outlet above: an interview
                # whose only outlet label is "AP:" / "POLITICO:" / "Al Jazeera:" under one
                # writer's byline ("By NOAH ELLISON") asks as that writer; a briefing's
                # several outlets, two writers or a contributor's line keep the outlet.
                speaker = _merged_display(writer, names, header_canon)
            if (
                speaker == as_outlet
                and len({fold(o.info.text) for o in labels if o.info.outlet}) == 1
                and (credited := _credit_line_asker(preface)) is not None
            ):
                # An agency's one-on-one interview under its own label ("TASS:") with a credit
                # line of its own between the lead and the first question ("Interviewed by
                # Yelena Mirnova"): the credited journalist puts the outlet's questions, as a
                # single-author byline's writer does.
                speaker = _merged_display(credited, names, header_canon)
        elif info.kind is LabelKind.ANSWER and any(at < h.start for at, _ in witnesses):
            sworn = [n for at, n in witnesses if at < h.start][-1]
            speaker = _merged_display(sworn, names, header_canon)
        elif info.kind is LabelKind.ANSWER and len(interviewees) == 1:
            speaker = _merged_display(interviewees[0], names, header_canon)
        elif (
            info.kind is LabelKind.OFFICE
            and fold(info.text) == "the witness"
            and any(at < h.start for at, _ in witnesses)
        ):
            # A court record's "THE WITNESS:" in the colloquy is the sworn witness whose "A."
            # lines it interrupts ("GRACE LINDQVIST, called as a witness …, sworn").
            sworn = [n for at, n in witnesses if at < h.start][-1]
            speaker = _merged_display(sworn, names, header_canon)
        elif info.kind is LabelKind.OFFICE and info.office is not None:
            # "NATO Spokesperson:" after "NATO Spokesperson Allison Hart:"; "The Prime
            # Minister:" after "The Prime Minister (Keir Starmer):".
            # The title may end in a courtesy the bare office label drops: "Deputy
            # Spokesperson:" after "Deputy Spokesperson Ms. Kanokwan Srisuk:".
            holders = {
                canon[n]
                for n in names
                if n.title and fold(_title_office(n.title)) == fold(info.office)
            }
            # A first label that describes its speaker by the office, then a rank, then the
            # name: "Командир бригади полковник Олександр Бойко:" then "Командир бригади:".
            holders |= {
                canon[o.info.name]
                for o in labels
                if o.info.name is not None
                and o.info.name.given
                and o.info.name in canon
                and o.info.role
                and fold(o.info.role).startswith(fold(info.office) + " ")
            }
            if not holders:
                # The office shortened to its head, its remit dropped: Holyrood's "The Cabinet
                # Secretary:" after "The Cabinet Secretary for Transport (Fiona Hyslop):", the
                # one label whose office that head begins (two remits name nobody).
                holders = {
                    canon[n]
                    for n in names
                    if n.title
                    and re.match(
                        rf"{re.escape(fold(info.office))}[ \t]+(?:for|of)[ \t]",
                        fold(_title_office(n.title)),
                    )
                }
                if len(holders) > 1:
                    holders = set()
            if not holders and fold(info.text.strip()) in SURNAME_HEADS:
                # An office word that is also a family name, alone as the label ("KING:",
                # "BISHOP:") after the full label "CATHERINE KING, MINISTER FOR …:": the page
                # shortened that person's label to her surname, as it does "EPSTEIN:".
                holders = {
                    canon[o.info.name]
                    for o in labels
                    if o.info.name is not None
                    and o.info.name.given
                    and o.info.name in canon
                    and fold(o.info.name.surname) == fold(info.text.strip())
                }
            rostered = (
                _presiding(info.office, preface)
                if preface and _ROSTER_PRESIDENT.search(preface)
                else None
            )
            if rostered is not None:
                # A UN verbatim record's roster ("President: Ms. Annalena Baerbock . . .
                # (Germany)") names who presides: "The President:" is she, never the head of
                # state the Assembly hears ("Address by Mr. John Dramani Mahama, President of
                # the Republic of Ghana", labelled "President Mahama:").
                speaker = rostered
            elif len(holders) == 1:
                speaker = holders.pop()
            elif text and (chaired := _in_the_chair(info.office, text[: h.start])) is not None:
                # The record's own "DEPUTY SEÁN KEARNEY IN THE CHAIR." line says who chairs,
                # before any witness list's "Mr. Declan Harrington, Chairman and Accounting
                # Officer" (the body's chairman giving evidence, under his own label).
                speaker = chaired
            else:
                speaker = _office_holder(
                    info.office, header, names, header_canon, header_text, preface
                )
            agency_post = re.fullmatch(r"([A-Z]{2,5}) (\S.*)", info.office)
            if (
                speaker == info.office
                and agency_post is not None
                and info.text.isupper()
                and re.search(rf"\b{agency_post.group(1)}\b", f"{header_text}\n{preface}")
            ):
                # "WHO DIRECTOR-GENERAL:" under "Speakers: Helena Marsh, Director-General, WHO":
                # the agency_post's post, its acronym written after it, is held by whom the page
                # names with the bare post (the acronym must stand on the page).
                post = _office_holder(
                    agency_post.group(2), header, names, header_canon, header_text, preface
                )
                speaker = post if post != agency_post.group(2) else speaker
            if speaker == info.office and preface:
                speaker = _presiding(info.office, preface) or speaker
            if speaker == info.office and preface:
                speaker = _office_parenthesised(info.office, preface) or speaker
            if speaker == info.office and text:
                speaker = _in_the_chair(info.office, text[: h.start]) or speaker
            if speaker == info.office and text and _PRESIDING.search(info.office):
                speaker = _presiding_stenogram(text[: h.start]) or speaker
            if speaker == info.office and text:
                speaker = _bracketed_holder(text, labels, info.office) or speaker
            if speaker == info.office and text:
                speaker = _assumed_the_chair(info.office, text[: h.start]) or speaker
            if speaker == info.office and text:
                speaker = _office_in_brackets(text, labels, info.office, canon) or speaker
            if speaker == info.office and text:
                speaker = _introduced_holder(text, info.office, names) or speaker
            if speaker == info.office and text:
                # (below the last label only: a masthead's "United Nations" / "Secretary-General"
                # above the text is the site's, not a signature)
                tail = text[max(o.start for o in labels) :]
                speaker = _signed_holder(tail, info.office, names) or speaker
                if speaker == info.office:
                    speaker = _bio_holder(tail, info.office, names) or speaker
                if speaker == info.office:
                    # "About the speakers" / "Miriam Feld (chair) is vice-chair of …" under
                    # the "Chair:" turns: the box gives the role in brackets after the name.
                    speaker = _role_bio_holder(tail, info.office, names) or speaker
            if speaker == info.office and text:
                speaker = _lead_office_labelled(text, info.office, labels, canon) or speaker
            if speaker == info.office and text:
                speaker = _initials_not_office(h, labels, canon, text) or speaker
            if speaker == info.office and text:
                speaker = _vocative_holder(text, labels, info.office, names) or speaker
            if (
                speaker == info.office
                and len({i.key for i in interviewees}) == 1
                and not any(n.compatible(interviewees[0]) for n in names)
                and all(
                    o.info.office == info.office
                    or o.info.kind in (LabelKind.INTERVIEWER, LabelKind.QUESTION)
                    # (or the byline's interviewer under her initials: "K.O.-A.:" under "By
                    # Kwame Owusu-Ansah" beside "Port Director:")
                    or (
                        o.info.name is not None
                        and canon.get(o.info.name) is not None
                        and canon.get(o.info.name) in asking
                    )
                    for o in labels
                )
            ):
                # "Q&A with the county ombudsman" / "Dr Helen Achterberg took over the office
                # in January. She talked to Rachel Denholm …" over "Interviewer:" and
                # "Ombudsman:": an interview's only answering label is the one interviewee the
                # lead names, though it never writes the office before her name.
                speaker = _merged_display(interviewees[0], names, header_canon)
            if speaker == info.office:
                # "Речник:" for the first answers, then "Мельник-Заболотний:" under "Брифінг
                # речника ОВА Андрія Мельника-Заболотного": the page switched label forms, so
                # a holder whose own label only follows the office's last one is its holder.
                last = max(o.start for o in labels if o.info.office == info.office)
                later = {
                    o.info.name.key
                    for o in labels
                    if o.info.name is not None and o.start > last and not o.info.name.given
                }
                earlier = {
                    o.info.name.key for o in labels if o.info.name is not None and o.start < last
                }
                if later - earlier:
                    speaker = _office_holder(
                        info.office,
                        header,
                        [n for n in names if n.key not in later - earlier],
                        header_canon,
                        header_text,
                        preface,
                    )
            if speaker == info.office:
                # The other way round: "Володимир Зеленський:" for the first answer, then
                # "Президент:" under "Інтерв’ю Президента України Володимира Зеленського" — the
                # page named him in full once and then by his office, so a holder whose own full
                # label only comes before the office's first one is its holder.
                first = min(o.start for o in labels if o.info.office == info.office)
                before = {
                    o.info.name.key
                    for o in labels
                    if o.info.name is not None and o.info.name.given and o.start < first
                }
                after = {
                    o.info.name.key for o in labels if o.info.name is not None and o.start > first
                }
                if before - after:
                    speaker = _office_holder(
                        info.office,
                        header,
                        [n for n in names if n.key not in before - after],
                        header_canon,
                        header_text,
                        preface,
                    )
            if (
                speaker == info.office
                and len(interviewees) == 1
                and not any(n.compatible(interviewees[0]) for n in names)
                and not any(
                    o.info.office not in (None, info.office) or o.info.kind is LabelKind.ANSWER
                    for o in labels
                )
                and _word_starting(fold(preface or header_text), fold(info.office))
            ):
                # "Ректорка:" under the headline "Ярина Сагайдачна-Ліщук: «…»" over a lead "В
                # інтерв'ю … ректорка політехніки розповіла …": the one person interviewed, whom
                # the lead calls by the office, and no other office or answer label.
                speaker = _merged_display(interviewees[0], names, header_canon)
            head, _, domain = (info.office or "").partition(" ")
            if (
                speaker == info.office
                and re.fullmatch(rf"[{_CYR_UP}][{_CYR_LOW}]+", head)
                and (
                    len(domain.split()) <= 1
                    or (
                        len(domain.split()) == 2
                        and _ADJECTIVAL_QUALIFIER.fullmatch(head) is not None
                        and _ADJECTIVAL_QUALIFIER.fullmatch(domain.split()[0].capitalize())
                        is not None
                        and domain.islower()
                    )
                )
            ):
                # Last, a lead that names the holder in the genitive (see _genitive_holder):
                # "звіти старости села Лугове Миколи Ткачука" for "Староста:".
                declined = _genitive_holder(
                    head, domain, _spelled_domain(preface or header_text, domain), names
                )
                if _ADJECTIVAL_QUALIFIER.fullmatch(head) and domain.islower():
                    # The domain as an adjective before the office ("Міський голова:",
                    # "Городской глава:"): the office's head declines, the adjective with it.
                    declined = _genitive_holder(
                        domain.split()[-1].capitalize(),
                        "",
                        preface or header_text,
                        names,
                        # (two adjectives before the post, "Главный судебный пристав:" under
                        # "… главного судебного пристава Курской области Игоря Семенихина":
                        # the nearer one declines just before it)
                        qualifier=domain.split()[0] if " " in domain else head,
                    )
                unheld = {d for d, labelled in declined if not labelled}
                if len(unheld) == 1:
                    speaker = unheld.pop()
                elif len(declined) == 1:
                    # The lead's one holder, who speaks by the office first and by name later
                    # ("Директорка ліцею:" then "Наталія Сидорук:", "Сидорук:"): one person.
                    speaker = next(iter(declined))[0]
        if (
            (
                text
                and info.name is None
                and info.kind is LabelKind.OFFICE
                and speaker == info.office
                and (
                    " " not in info.text.strip()
                    or re.fullmatch(
                        rf"[{_CYR_UP}][{_CYR_LOW}]+[ \t]+[{_CYR_LOW}]+", info.text.strip()
                    )
                    is not None
                    or _ACRONYM_OFFICE.fullmatch(info.text.strip()) is not None
                    or _headed_acronym_office(info.text)
                )
            )
            or (
                text
                and info.name is not None
                and not info.name.given
                and info.name.title is None
                and speaker in (None, info.text, info.name.surname)
            )
            or (
                # A studio guest's "ГІСТЬ:" under "Гість студії — заступник міністра енергетики
                # Андрій Марченко." (a Ukrainian TV marathon's lead).
                text
                and info.name is None
                and info.kind is LabelKind.ANSWER
                and speaker is None
                and " " not in info.text.strip()
            )
        ):
            # "Редактор:" / "Засновниця:" under "… говорила з Богданом Лозинським, головним
            # редактором видання …, та Лілією Ткач, засновницею …"; "Профессор:" under "… —
            # профессору Самарского университета Анне Карловне фон Визен": a role word the
            # lead sets beside one person's name is that person's label.
            # (a Russian post of two words by its head noun: "Учёный секретарь:" under "Учёный
            # секретарь – кандидат технических наук, доцент Лаврова Елена Игоревна.")
            post_word = info.text.strip().split()[-1].capitalize()
            if _headed_domain_in_lead(info.text, preface or header_text):
                # A head, then what it heads in the genitive: "Директор водоканалу:" under
                # "… з директором КП «Рівнеоблводоканал» Віктором Пасічником" (the head word,
                # when the lead writes what it heads beside it: never "глава … округа" for
                # "Глава администрации:").
                post_word = info.text.strip().split()[0]
            if _ACRONYM_OFFICE.fullmatch(info.text.strip()) or _headed_acronym_office(info.text):
                # The head of what an acronym names: "Начальник ГУ ДСНС:" under "… начальник
                # Головного управління ДСНС у Чернігівській області Віталій Приходько".
                post_word = info.text.strip().split()[0]
            holder = _defending_candidate(post_word, preface or header_text)
            if holder is None:
                holder = _apposed_holder(preface or header_text, post_word)
            if holder is None and " " not in info.text.strip():
                # "Диригент:" under a lead that names no one ("ми поговорили з її головним
                # диригентом"), the closing bio box naming him: "Андрій Остапович Дзюба-Коваль —
                # головний диригент …" (a surname label is its own person's, never a bio's).
                holder = _bio_holder(text[max(o.start for o in labels) :], info.text, names)
            if holder is None and info.kind is LabelKind.ANSWER and info.name is None:
                # A radio show's "ГОСТЬ:" under "В студии – врач-кардиолог Дмитрий Лебедев."
                # (or "у нас в гостях кардиолог …"): the one person the lead seats in the
                # studio, a profession's lower-case words before the name, is the guest.
                seated = {
                    f"{m.group(1)} {m.group(2)}"
                    for m in _STUDIO_GUEST.finditer(f"{preface}\n{header_text}")
                }
                holder = seated.pop() if len(seated) == 1 else None
            if holder is not None and not any(
                n.compatible(parsed) for n in names if (parsed := name_from_phrase(holder))
            ):
                speaker = holder
        if (
            text
            # (the capitals' label recased too: "MEDICAL EXAMINER:" as "Medical Examiner")
            and (speaker in (info.text, info.office) or fold(speaker or "") == fold(info.text))
            and " " in info.text.strip()
            and (info.kind is LabelKind.OFFICE or (info.name is not None and not info.name.given))
        ):
            # "Chief Scientist:" under a caption "[Image: Dr Laila Haddad, chief scientist at
            # Verdant Seed Co., …]": the one full name the page above the labels sets the
            # label's post after, in apposition.
            # A host's line in the lead may come first ("Presenter: Tom Ashworth." over the
            # caption "Image caption: Helen Marwood, HM Chief Inspector of Prisons, …"): the page
            # up to the post's own first label is read.
            # (an office's only: a title and surname, "Mr. Meeks.", is no post a name is set
            # before, as in the chair's "I now recognize the Ranking Member, Mr. Meeks, …")
            reach = labels[0].start
            if info.kind is LabelKind.OFFICE:
                reach = next((h.start for h in labels if h.info.text == info.text), reach)
            speaker = _apposed_holder_en(text[:reach], info.text, names) or speaker
        if (
            text
            and info.text.isupper()
            and info.name is not None
            and fold(speaker or "") == fold(info.text)
            and len(info.text.split()) >= 2
            and is_title_token(info.text.split()[-1])
            and (held_post := _post_for_place_holder(text, labels[0].start, info.text, names))
        ):
            # "AREA DIRECTOR:" under "The Environment Agency's area director for Cumbria and
            # Lancashire, Helen Ashworth, took calls …": the post, the place it serves, then
            # its holder after a comma (a caps post label read as a name is no person).
            speaker = held_post
        if (
            text
            and info.name is not None
            and info.name.title is not None
            and not info.name.given
            and (held_post := _post_holder_en(text, labels[0].start, info.text, labels))
        ):
            # "Government Chief Whip:" / "Opposition Chief Whip:" under "Government Chief Whip
            # Rhona Castell and her opposition counterpart Dev Mahajan joined …".
            speaker = held_post
        if (_unknown_voice(h) or h.parened) and voices and fold(h.text) in voices:
            speaker = voices[fold(h.text)]
            if " " not in speaker:
                # "[Interviewer] = Priya" under "Priya Raman visits commercial beekeeper
                # Tomasz Wierzbicki …": the one surname the cover writes after that name.
                completed = {
                    f"{speaker} {m.group(1)}"
                    for m in re.finditer(
                        rf"\b{re.escape(speaker)}[ \t]+([{UPPER}][{LOWER}'’\-]+)\b", preface
                    )
                    if not is_title_token(m.group(1))
                }
                speaker = completed.pop() if len(completed) == 1 else speaker
        if info.name is None and info.kind in (LabelKind.INTERVIEWER, LabelKind.OFFICE):
            # "Ведущая, пресс-секретарь губернатора Ольга Зайцева:" once (the role before the
            # name), then "Ведущая:": the one person whose label wrote that role first.
            held = {
                canon[o.info.name]
                for o in labels
                if o.info.name is not None
                and o.info.name in canon
                and (
                    fold((o.info.role or "").split(",")[0]) == fold(info.text)
                    # (or the role before the holder's brackets: "Facilitator (Rachel Osei):"
                    # once, then "Facilitator:")
                    or fold(o.text) == fold(info.text)
                )
            }
            if len(held) == 1 and speaker in (None, info.text, info.office):
                speaker = held.pop()
        out[h.start] = speaker
    if preface or header_text:
        _spoken_to_host(out, labels, names, preface or header_text)
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
    if preface or header_text:
        _keyed_roles(out, labels, preface or header_text)
    _host_named_before_role(out, labels)
    cased: dict[str | None, str | None] = {}
    for at, sp in out.items():
        if sp not in cased:
            cased[sp] = _fio_order(sp) or _western_order(
                _syllable_casing(
                    _accented_as_written(
                        _particle_casing(
                            _text_casing(
                                _rostered(
                                    _particle_flanks(
                                        _double_surname(
                                            _with_particles(sp, header_text), preface or header_text
                                        ),
                                        preface or header_text,
                                    ),
                                    preface or header_text,
                                ),
                                text or header_text,
                            ),
                            text or header_text,
                        ),
                        preface or header_text,
                    ),
                    text or header_text,
                ),
                preface or header_text,
            )
        out[at] = cased[sp]
    if text:
        _own_suffix_kept(out, labels, text)
    return out


def _host_named_before_role(out: dict[int, str | None], labels: Sequence[LabelHit]) -> None:
    """A TV interview's host opens under his full name and then asks under the role word:
    "Ахмед Гаджиев: Добрый вечер! В эфире …, у микрофона Ахмед Гаджиев." / "Дмитрий Медведев:
    Добрый вечер." / "Ведущий: Начнём с главного. …". The unnamed host label is the one named
    label that opens the page and never speaks once the role word has taken over (the guests
    speak on after it); two such names, a second host word, or any question, answer or office
    label (a press conference's chair among reporters) leave it unnamed."""
    hosts = [h for h in labels if fold(h.info.text) in _HOST_WORDS]
    if (
        not hosts
        or len({fold(h.info.text) for h in hosts}) != 1
        or any(out.get(h.start) is not None for h in hosts)
        or any(h.info.kind is not LabelKind.INTERVIEWER for h in hosts)
    ):
        return
    others = [h for h in labels if fold(h.info.text) not in _HOST_WORDS]
    if not others or any(
        h.info.kind is not LabelKind.PERSON
        or h.info.name is None
        or not h.info.name.given
        or out.get(h.start) is None
        for h in others
    ):
        return
    first = min(h.start for h in hosts)
    later = {out[h.start] for h in others if h.start > first}
    before = {out[h.start] for h in others if h.start < first} - later
    opener = min(labels, key=lambda h: h.start)
    if len(before) != 1 or not later or out.get(opener.start) not in before:
        return
    named = before.pop()
    for h in hosts:
        out[h.start] = named


def _own_suffix_kept(out: dict[int, str | None], labels: Sequence[LabelHit], text: str) -> None:
    """A generational suffix the label itself writes ("SEC. ROBERT F. KENNEDY JR.:") and the
    page's prose writes after every mention of the full name ("… Secretary Robert F. Kennedy
    Jr."): part of the name, though post-nominal letters are dropped otherwise. Both must say
    it, so a label's suffix alone or a father's "Sr." in the prose changes nothing."""
    done: dict[str, str] = {}
    for h in labels:
        speaker = out.get(h.start)
        if speaker is None or len(speaker.split()) < 2 or _SUFFIX_RE.search(speaker):
            continue
        if speaker not in done:
            done[speaker] = speaker
            own = re.search(rf"[ \t,]({_SUFFIX})$", h.text.strip(), re.IGNORECASE)
            if own is not None:
                bare = rf"(?<![{LETTER}]){re.escape(speaker)}(?![{LETTER}])"
                after = re.findall(rf"{bare}(?:,?[ \t]+({_SUFFIX})(?![{LETTER}]))?", text)
                if len(set(after)) == 1 and after[0].lower() == own.group(1).lower():
                    done[speaker] = f"{speaker} {after[0]}"
        out[h.start] = done[speaker]


# A speaker key above an oral history's or a podcast's transcript: a role word, a colon and its
# holder's full name alone on a line ("Narrator: Dorothy Akers" / "Interviewer: James
# Whitcomb"), over "NARRATOR:" / "INTERVIEWER:" labels that never name anyone themselves.
_KEY_LINE = re.compile(
    rf"(?m)^[ \t]*([{UPPER}][{LOWER}]+)[ \t]*:[ \t]*(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?"
    rf"((?:[{UPPER}][{LETTER}'’\-]+[ \t]+){{1,2}}[{UPPER}][{LETTER}'’\-]+)[ \t]*$"
)


def _keyed_roles(out: dict[int, str | None], labels: Sequence[LabelHit], preface: str) -> None:
    """A one-word role label the page's key names (see _KEY_LINE) speaks as that holder, where
    nothing else named it: unnamed, or named only by its own word ("Narrator")."""
    keys: dict[str, set[str]] = {}
    for m in _KEY_LINE.finditer(preface):
        keys.setdefault(fold(m.group(1)), set()).add(m.group(2))
    if not keys:
        return
    for h in labels:
        name = h.info.name
        if (name is not None and (name.given or name.title)) or " " in h.text.strip():
            continue
        spoken = out.get(h.start)
        held = keys.get(fold(h.text))
        if held and len(held) == 1 and (spoken is None or fold(spoken) == fold(h.text)):
            out[h.start] = next(iter(held))


_CYR_NAME = (
    rf"(?P<g>[{_CYR_UP}][{_CYR_LOW}'’]+)"
    rf"(?:[ \t]+[{_CYR_UP}][{_CYR_LOW}]+(?:вич|вн|ичн|івн|ївн)[{_CYR_LOW}]*)?[ \t]+"
    rf"(?P<s>(?:(?:фон|ван|де|дер|ди|ді|да|ле|ла)[ \t]+)?[{_CYR_UP}](?:['’][{_CYR_UP}])?"
    rf"[{_CYR_LOW}'’]+(?:-[{_CYR_UP}][{_CYR_LOW}'’]+)?)"
)


# A Russian name written surname first, closing the phrase in the nominative: "… профессор
# Кузнецов Андрей Викторович", "доцент Лаврова Елена Игоревна".
_INVERTED_FIO = re.compile(
    rf"(?<![{LETTER}])(?P<s>[{_CYR_UP}][{_CYR_LOW}]+(?:-[{_CYR_UP}][{_CYR_LOW}]+)?)[ \t]+"
    rf"(?P<g>[{_CYR_UP}][{_CYR_LOW}]+)[ \t]+[{_CYR_UP}][{_CYR_LOW}]+(?:вич|вна|ична|ич)[ \t]*$"
)
# A dissertation council's agenda names the candidate, in the genitive, surname first or last:
# "Повестка дня: защита диссертации Мельниковой Ольги Сергеевны «…»" for "Соискатель:".
_DEFENDED_BY = re.compile(
    r"(?i:защит[аыуе]|захист)[ \t]+(?i:диссертаци[ия]|дисертаці[їя])[ \t]+"
    rf"(?:(?P<s>[{_CYR_UP}][{_CYR_LOW}]+(?:-[{_CYR_UP}][{_CYR_LOW}]+)?)[ \t]+"
    rf"(?P<g>[{_CYR_UP}][{_CYR_LOW}]+)[ \t]+[{_CYR_UP}][{_CYR_LOW}]+(?:вича|вны|ича|івни)"
    rf"|(?P<g2>[{_CYR_UP}][{_CYR_LOW}]+)[ \t]+[{_CYR_UP}][{_CYR_LOW}]+(?:вича|вны|ича|івни)"
    rf"[ \t]+(?P<s2>[{_CYR_UP}][{_CYR_LOW}]+(?:-[{_CYR_UP}][{_CYR_LOW}]+)?))(?![{LETTER}])"
)
_CANDIDATE_LABELS = frozenset(
    {"соискатель", "соискательница", "диссертант", "диссертантка", "здобувач", "здобувачка"}
)


def _defending_candidate(word: str, lead: str) -> str | None:
    """The one candidate a dissertation council's cover says defends, for "Соискатель:"."""
    if fold(word) not in _CANDIDATE_LABELS:
        return None
    found = {
        f"{_genitive_given(m.group('g') or m.group('g2'))} "
        f"{genitive_to_nominative(m.group('s') or m.group('s2'))}"
        for m in _DEFENDED_BY.finditer(lead)
    }
    return found.pop() if len(found) == 1 else None


def _headed_domain_in_lead(label: str, lead: str) -> bool:
    """Does the lead write a head-and-genitive label's head ("Директор водоканалу:") with what
    it heads right after it ("директором КП «Рівнеоблводоканал»")?"""
    words = label.split()
    if len(words) != 2 or fold(words[0]) not in _DOMAIN_OFFICE_HEADS:
        return False
    head, domain = fold(words[0]), fold(words[1])
    head_stem = re.escape(head[: max(4, len(head) - 2)])
    domain_stem = re.escape(domain[: max(4, len(domain) - 2)])
    return (
        re.search(rf"(?<![{LETTER}]){head_stem}[^.!?\n]{{0,40}}?{domain_stem}", fold(lead))
        is not None
    )


def _apposed_holder(lead: str, word: str) -> str | None:
    """The one person a Russian or Ukrainian lead names with the label's role word beside the
    name, in the nominative: after it, in apposition ("з Богданом Лозинським, головним
    редактором видання …" for "Редактор:"), or before it, the name closing the clause
    ("профессору Самарского университета Анне Карловне фон Визен, историку" for
    "Профессор:"). None unless exactly one person is so named."""
    if not re.fullmatch(rf"[{_CYR_UP}][{_CYR_LOW}'’\-]{{3,}}", word):
        return None
    stem = re.escape(fold(word)[: max(4, len(word) - 2)])
    # (the post's own forms only, its ending at most five letters past the stem: never the
    # institution's noun, "министерства" for "Министр:" — "… руководитель пресс-службы
    # министерства Артём Баранов" is not the minister)
    role = rf"(?<![{LETTER}]){stem}[{_CYR_LOW}]{{0,5}}(?![{LETTER}])"
    if (rest := re.fullmatch(r"зам([а-я]{5,})", fold(word))) is not None:
        # A contracted deputy's label, the lead writing the post out: "Замминистра:" under "…
        # заместитель министра экономического развития края Игорь Лаврентьев".
        post = re.escape(rest.group(1)[: max(4, len(rest.group(1)) - 2)])
        role = (
            rf"(?<![{LETTER}])(?:{stem}|заместител[{_CYR_LOW}]*[ \t]+{post})[{_CYR_LOW}]*"
            rf"(?![{LETTER}])"
        )
    found: set[str] = set()
    # A participle label's verb: "Обвинувачений:" under "… Ігоря Ковальчука, якого
    # обвинувачують у розтраті …" (Russian "Обвиняемый:" / "…, которого обвиняют в …").
    verb = re.sub(r"(?:ений|ена|аний|ана|емый|емая|имый|имая)$", "", fold(word))
    between = rf"(?:[{_CYR_LOW}'’\-]+[ \t]+){{0,2}}"
    if len(verb) >= 6 and verb != fold(word):
        verbal = rf"(?<![{LETTER}])(?:{stem}|{re.escape(verb)})[{_CYR_LOW}]*(?![{LETTER}])"
        # (the participle right after the name, or the verb in a relative clause: never the
        # clause of the next sentence part, "Олена Мельничук, обвинувачення підтримує …",
        # "Денис Бойко, інтереси обвинуваченого захищає …")
        between = (
            r"(?:(?:якого|якої|яких|которого|которой|которых)[ \t]+(?:[а-яёіїєґ'’\-]+[ \t]+)?)?"
        )
        verbal = rf"(?![{_CYR_LOW}]*(?:ння|ние|нья)(?![{LETTER}])){verbal}"
    else:
        verbal = role
    for m in re.finditer(rf"(?<![{LETTER}]){_CYR_NAME},[ \t]+{between}{verbal}", lead):
        found.add(" ".join(_pair_nominative(m.group("g"), m.group("s"))))
    for m in re.finditer(rf"(?i:{role})", lead):
        # (an institution's name in guillemets is part of the clause: "з директором КП
        # «Рівнеоблводоканал» Віктором Пасічником" for "Директор водоканалу:")
        after = re.sub(r"«[^«»\n]{1,60}»", "_", lead[m.end() : m.end() + 120])
        clause = re.split(r"[,.;:!?\n—–«»()]", after)[0]
        if re.match(r"[ \t]+(?:у|в|до|от|к|с|із|з|від)[ \t]", clause):
            # A name the preposition governs is no apposition: "В гостях у Ольги Мироновой
            # — …" is whom the show visits (its host), not a guest named "Ольги".
            continue
        if re.search(rf"[ \t][{_CYR_LOW}]{{3,}}(?:ує|ює|ає|яє|ает|яет|ует)(?![{LETTER}])", clause):
            # A verb between: the name is its subject's, no apposition ("обвинувачення
            # підтримує прокурор … Денис Бойко" names the prosecutor, not the accused).
            continue
        if not m.group(0)[:1].islower():
            # The label's own word opening a headline or a lead, the holder's name (in the
            # nominative, as the word is) after what the post is of: "Настоятель Покровского
            # храма села Васильевка протоиерей Андрей Никитин служит …", "Мерка
            # Новодністровська Ірина Гнатюк — про …" for "Настоятель:", "Мерка:".
            opening = lead[: m.start()].rstrip(" \t")
            if m.group(0) != word or (opening and opening[-1] not in "\n.!?"):
                continue
            name = re.search(rf"(?<![{LETTER}]){_CYR_NAME}(?=[ \t]+[{_CYR_LOW}]|[ \t]*$)", clause)
            if name is not None and not re.search(r"[ое]го$", name.group("s")):
                found.add(f"{name.group('g')} {name.group('s')}")
            continue
        name = re.search(rf"(?<![{LETTER}]){_CYR_NAME}[ \t]*$", clause)
        if name is None:
            continue
        g, sur = name.group("g"), name.group("s")
        if re.search(r"(?:у|ю|і|е)$", m.group(0)):  # the role in the dative: "профессору"
            # The role's case settles the name's, the surname's too: "Народній депутатці Ірині
            # Вороновській-Гнатюк" is Ірина Вороновська-Гнатюк.
            pair = dative_to_nominative(g, sur) or (dative_given(g), dative_surname(sur))
        elif fold(m.group(0)) == fold(word) and re.search(r"[ая]$", g):
            # The role as the label writes it, in the nominative, so the name beside it is
            # too: "ответила министр образования и науки … края Ирина Веденеева" for
            # "Министр:" (no genitive "Ирин Веденеев").
            pair = (g, sur)
        elif (
            re.search(r"[іїєґ]", lead)
            and re.search(r"[ая]$", g)
            and re.search(r"(?:ко|ук|юк|ич|ець)$", sur)
        ):
            # Ukrainian declines a man's "-енко", "-чук", "-ич" surname ("Андрія Коваленка",
            # "Петра Мельничука"): beside one left as written, a given name in "-а" is a
            # woman's nominative, "… начальниця Головного управління … Тетяна Коваленко" for
            # "Начальниця управління:" (never a man's genitive "Тетян").
            pair = (g, sur)
        else:
            pair = _pair_nominative(g, sur)
        found.add(" ".join(pair))
    # The role, then a dash and who holds it, the name closing the sentence: a court
    # reporter's lead "Председательствующий — судья Елена Маркова." for "Председательствующий:",
    # "… допрашивают свидетеля обвинения — бывшего главного бухгалтера ООО «Стройресурс»
    # Наталью Сомову." for "Свидетель:". The name takes the role's case: as written after the
    # label's own word, from the accusative or genitive after a declined one.
    # (An abbreviation's point stays inside: a protocol's "Председательствующий — мировой
    # судья судебного участка № 3 … г. Твери Соколова Марина Андреевна".)
    # A court record's field line under the case number, a colon for the dash:
    # "Председательствующий: судья Колесникова Наталья Викторовна" (the line's own start).
    for m in re.finditer(
        rf"(?i:{role})(?:[ \t]+[{_CYR_LOW}]+){{0,2}}(?:[ \t]+[—–]|(?P<field>[ \t]*:))[ \t]+"
        rf"(?P<held>(?:(?<![{LETTER}])[{_CYR_LOW}]{{1,3}}\.(?=[ \t])|[^.;:!?\n()—–])"
        r"{3,120})[.;!?\n]",
        lead,
    ):
        if m.group("field") and not re.search(r"(?:^|\n)[ \t]*$", lead[: m.start()]):
            continue  # a colon in running text ("… сказал председательствующий: …") opens speech
        if m.group("field") and _INVERTED_FIO.search(m.group("held")) is None:
            continue  # a field names its holder in full, surname first
        name = re.search(rf"(?<![{LETTER}]){_CYR_NAME}[ \t]*$", m.group("held"))
        if name is None:
            continue
        g, sur = name.group("g"), name.group("s")
        inverted = _INVERTED_FIO.search(m.group("held"))
        if inverted is not None:
            # A council's cover writes its officers surname first: "Председатель совета –
            # доктор технических наук, профессор Кузнецов Андрей Викторович." (the last word
            # is the patronymic, not a surname).
            g, sur = inverted.group("g"), inverted.group("s")
        as_label = fold(m.group(0).split()[0].rstrip(":")) == fold(word)
        if as_label and not re.search(r"[ую]$", g):
            found.add(f"{g} {sur}")
        else:
            found.add(" ".join(_accusative_pair(g, sur) or _pair_nominative(g, sur)))
    return found.pop() if len(found) == 1 else None


def _post_holder_en(text: str, end: int, post: str, labels: Sequence[LabelHit]) -> str | None:
    """The one full name an English header (``text`` up to ``end``) writes right after a
    multi-word post label ("Government Chief Whip Rhona Castell" for "Government Chief
    Whip:"), else after the word that tells the label from another label with the same post,
    as that post's counterpart ("… and her opposition counterpart Dev Mahajan" for
    "Opposition Chief Whip:" beside "Government Chief Whip:"). The page must write the name
    again ("Rhona Castell, let me start with you"): a headline's "Governor Brooks Holds
    Media Availability" names no one."""
    header = text[:end]
    post = post.strip()
    last = post.split()[-1]
    for m in re.finditer(
        rf"(?<![{LETTER}])([{UPPER}][{LOWER}'’\-]+)[ \t]+(?i:{re.escape(last)})(?![{LETTER}])", text
    ):
        if not is_title_token(m.group(1)) and fold(m.group(1)) not in fold(post).split():
            # A title and a surname, not a post: "SECRETARY RUBIO:" under "… Secretary of State
            # Marco Rubio." (the headline's "Secretary Rubio With Bret Baier of …" names the
            # interviewer after it, not the label's holder).
            return None
    person = (
        rf"((?:[{UPPER}][{LOWER}'’\-]+[ \t]+){{1,2}}[{UPPER}][{LOWER}'’\-]+"
        rf"(?:-[{UPPER}][{LOWER}'’]+)?)"
    )
    patterns = [rf"(?<![{LETTER}])(?i:{re.escape(post)})[ \t]+{person}(?![{LETTER}])"]
    qualifier, _, rest = post.partition(" ")
    if rest and any(
        fold(o.text.strip()) != fold(post) and fold(o.text.strip()).endswith(" " + fold(rest))
        for o in labels
    ):
        patterns.append(
            rf"(?<![{LETTER}])(?i:{re.escape(qualifier)})[ \t]+counterparts?,?[ \t]+{person}"
            rf"(?![{LETTER}])"
        )
    for pattern in patterns:
        found = set()
        for m in re.finditer(pattern, header):
            named = _full_name(m.group(1))
            if named is not None and text.count(m.group(1)) >= 2:
                found.add(f"{' '.join(named.given)} {named.surname}")
        if len(found) == 1:
            return found.pop()
    return None


def _post_for_place_holder(
    text: str, end: int, post: str, label_names: Sequence[Name]
) -> str | None:
    """The one full name an English header (``text`` up to ``end``) sets after the label's post
    and the place or body it serves, behind a comma: "area director for Cumbria and Lancashire,
    Helen Ashworth" for "AREA DIRECTOR:". The page must write the name again; a person with a
    label of their own is someone else."""
    found = set()
    for m in re.finditer(
        rf"(?<![{LETTER}])(?i:{re.escape(post.strip())})[ \t]+(?:for|of|at)[ \t]+"
        rf"(?:(?:the|and|&|[{UPPER}][{LETTER}'’\-]*)[ \t]+){{0,5}}[{UPPER}][{LETTER}'’\-]*,[ \t]+"
        rf"((?:[{UPPER}][{LOWER}'’\-]+[ \t]+){{1,2}}[{UPPER}][{LOWER}'’\-]+)(?![{LETTER}])",
        text[:end],
    ):
        named = name_from_phrase(m.group(1))
        if named is None or not named.has_full_given or is_title_token(named.given[0]):
            continue
        if text.count(m.group(1)) < 2 or any(n.compatible(named) for n in label_names):
            continue
        found.add(f"{' '.join(named.given)} {named.surname}")
    return found.pop() if len(found) == 1 else None


def _apposed_holder_en(header: str, post: str, label_names: Sequence[Name]) -> str | None:
    """The one person an English header names with the label's post (two words or more) in
    apposition after the name: "Dr Laila Haddad, chief scientist at Verdant Seed Co." for
    "Chief Scientist:". A person with a label of their own is someone else."""
    found = set()
    for m in re.finditer(
        rf"(?<![{LETTER}\-])((?:[{UPPER}][{LOWER}'’\-]+\.?[ \t]+){{1,3}}[{UPPER}][{LOWER}'’\-]+"
        rf"(?:-[{UPPER}][{LOWER}'’]+)?),[ \t]+(?:(?:the|its|our|their)[ \t]+)?"
        # (whose post it is, in the possessive, and its chief's rank the label drops: "Dr.
        # Renata Okonkwo-Hale, the county's chief medical examiner" for "MEDICAL EXAMINER:")
        rf"(?:[{LOWER}]+['’]s[ \t]+)?"
        + ("" if re.match(r"(?i)chief\b", post.strip()) else r"(?:chief[ \t]+)?")
        # (a crown's or a body's initials may head the post: "HM Chief Inspector of Prisons",
        # "UN Special Rapporteur")
        + rf"(?:[{UPPER}]{{2,3}}[ \t]+)?"
        rf"(?i:{re.escape(post.strip())})(?![{LETTER}])",
        header,
    ):
        named = name_from_phrase(m.group(1))
        if named is None or not named.has_full_given or is_title_token(named.given[0]):
            continue
        if _names_next(header, m.end()):
            continue  # the post is the next person's, before their name (see _names_next)
        if not any(n.compatible(named) for n in label_names):
            found.add(f"{' '.join(named.given)} {named.surname}")
    return found.pop() if len(found) == 1 else None


def _word_starting(text: str, word: str) -> bool:
    """Does ``text`` have a word opening with ``word``'s stem (its case ending cut)?"""
    stem = word[: max(4, len(word) - 2)]
    return any(w.startswith(stem) for w in _WORD_RUN.findall(text))


_WORD_RUN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


_CYR_WORD = re.compile(r"[А-ЯЁІЇЄ][а-яёіїєґ'’\-]+")


def _fio_order(speaker: str | None) -> str | None:
    """A label written surname first, then the given name and the patronymic, as a village
    assembly's stenogram prints a resident ("Сидоренко Пётр Алексеевич, ул. Лесная, д. 4:"):
    the given name and the surname ("Пётр Сидоренко"); ``None`` for any other name."""
    words = (speaker or "").split()
    if (
        len(words) == 3
        and all(_CYR_WORD.fullmatch(w) for w in words)
        and _patronymic(words[2])
        and not _patronymic(words[1])
    ):
        return f"{words[1]} {words[0]}"
    return None


def _western_order(speaker: str | None, header_text: str) -> str | None:
    """A two-word label written family name first, as Hungarian pages print their own people
    ("Gulyás Gergely:", "Vitályos Eszter:"), named in the order the header writes them
    ("Minister Gergely Gulyás and Government Spokesperson Eszter Vitályos held …")."""
    if speaker is None:
        return speaker
    words = speaker.split()
    if len(words) != 2 or not all(re.fullmatch(rf"[{UPPER}][{LOWER}'’\-]+", w) for w in words):
        return speaker
    first, second = words

    def said(a: str, b: str) -> bool:
        if a not in header_text or b not in header_text:
            return False  # (a cheap test first: the pattern below is compiled per name)
        # (a Russian roster's "Корнеев Николай Евгеньевич" goes on to the patronymic: the
        # formal order of a full name, not the order the page names people in)
        pair = (
            rf"(?<![{LETTER}]){re.escape(a)}[ \t]+{re.escape(b)}(?![{LETTER}])"
            rf"(?![ \t]+[{UPPER}])"
        )
        return re.search(pair, header_text) is not None

    if said(second, first) and not said(first, second):
        return f"{second} {first}"
    return speaker


def _accented_as_written(speaker: str | None, header_text: str) -> str | None:
    """A name the label or a caption writes without its diacritics ("Nguyen Thi Lan") in the one
    accented spelling the page's own prose gives it ("When Nguyễn Thị Lan took over …"): the
    unaccented copy is a keyboard's or a CMS's loss, the accented one the person's name."""
    if speaker is None or not speaker.isascii() or " " not in speaker:
        return speaker
    words = speaker.split()
    tokens = list(_WORD_RUN.finditer(header_text))
    found: set[str] = set()
    for i in range(len(tokens) - len(words) + 1):
        run = tokens[i : i + len(words)]
        gaps = (header_text[a.end() : b.start()] for a, b in itertools.pairwise(run))
        if any(gap not in (" ", "\t") for gap in gaps):
            continue
        written = " ".join(t.group(0) for t in run)
        if not written.isascii() and _latin_base(written) == speaker:
            found.add(written)
    return found.pop() if len(found) == 1 else speaker


# An English journalist's post words, as a label ("ANCHOR:", "Reporter:") and as the lead writes
# them before the name ("News 9 anchor Deshawn Mitchell").
_POST_LABELS = frozenset(
    {"anchor", "reporter", "correspondent", "presenter", "host", "co-host", "interviewer"}
)


# The lead's interviewee "spoke to" (or "talked with") the presenter: a radio page's dek
# "Professor Aileen Fraser, Scotland's interim Chief Medical Officer, spoke to Tom Ashdown on
# Morning Call." The sentence opens with the answering side's holder, the object is who asks.
_SPOKE_TO = re.compile(
    r"[ \t]+(?:spoke|speaks|talked|talks)[ \t]+(?:to|with)[ \t]+"
    rf"((?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?{_NAME_WORD}[ \t]+{_NAME_WORD})(?![{LETTER}\-])"
)


def _full_name(phrase: str) -> Name | None:
    """The name ``phrase`` spells when it has a full given name that is no title ("Orla
    Brennan", not "Dean Helen" read from "Dean Helen Achebe" nor a bare "Brennan")."""
    named = name_from_phrase(phrase)
    if named is None or not named.has_full_given or is_title_token(named.given[0]):
        return None
    return named


def _other_full_name(phrase: str, names: Sequence[Name], guest: str) -> str | None:
    """The full name ``phrase`` spells when it is no one the labels already name and not the
    guest: the host a lead says spoke to the guest."""
    named = _full_name(phrase)
    if named is None or any(n.compatible(named) for n in names) or named.display() == guest:
        return None
    return named.display()


def _spoken_to_host(
    out: dict[int, str | None], labels: Sequence[LabelHit], names: Sequence[Name], lead: str
) -> None:
    """Name the unnamed "Presenter:"/"Host:"/"Interviewer:" labels (in ``out``, in place) as
    the one person the lead says the answering side's one named speaker spoke to."""
    asking = [
        h
        for h in labels
        if h.info.kind is LabelKind.INTERVIEWER and h.info.name is None and out.get(h.start) is None
    ]
    answering = {
        out.get(h.start)
        for h in labels
        if h.info.kind not in (LabelKind.INTERVIEWER, LabelKind.QUESTION)
    }
    if not asking or any(
        h.info.kind is LabelKind.INTERVIEWER and out.get(h.start) is not None for h in labels
    ):
        return
    if len(answering) != 1 or (guest := next(iter(answering))) is None or " " not in guest:
        return
    surname = re.escape(guest.split()[-1])
    found = set()
    for m in re.finditer(
        rf"(?<![{LETTER}]){surname}(?![{LETTER}])[^.!?\n]{{0,120}}?{_SPOKE_TO.pattern}", lead
    ):
        host = _other_full_name(m.group(1), names, guest)
        if host is not None:
            found.add(host)
    # The host as the subject, the answering side by its office: a radio page's "Tom Ellery
    # spoke to the new Lord Lieutenant about what the role actually involves." over
    # "PRESENTER:" / "LORD LIEUTENANT:".
    offices = {
        h.info.office
        for h in labels
        if h.info.kind is LabelKind.OFFICE and h.info.office and h.info.name is None
    }
    for office in offices if len(offices) == 1 else ():
        for m in re.finditer(
            rf"(?<![{LETTER}\-][ \t])(?<![{LETTER}\-])({_NAME_WORD}[ \t]+{_NAME_WORD})[ \t]+"
            r"(?:spoke|speaks|talked|talks)[ \t]+(?:to|with)[ \t]+(?:the[ \t]+|our[ \t]+)?"
            r"(?:(?:new|newly[ \t]+appointed|incoming)[ \t]+)?"
            rf"(?i:{re.escape(re.sub(r'^[Tt]he ', '', office))})(?![{LETTER}\-])",
            lead,
        ):
            host = _other_full_name(m.group(1), names, guest)
            if host is not None:
                found.add(host)
    if len(found) == 1:
        host = found.pop()
        for h in asking:
            out[h.start] = host


def _full_name_run(words: list[str]) -> Name | None:
    """A holder's name read from a run of capitalised words (a post's or a title's trailing
    words cut): a full given name and a surname, or None."""
    words = _cut_name_run(words)
    return _full_name(" ".join(words)) if len(words) >= 2 else None


def _posted_journalist(label: str, lead: str) -> Name | None:
    """The one person whom ``lead`` names right after the label's post word ("political reporter
    Kelsey van Houten" for "REPORTER:"), or None: none, or two different people."""
    word = fold(label)
    if word not in _POST_LABELS:
        return None
    found: dict[str, Name] = {}
    for m in re.finditer(
        rf"(?<![{LETTER}\-])(?i:{re.escape(word)})[ \t]+"
        rf"((?:{_NAME_WORD}[ \t]+){{1,2}}(?:(?:{_PARTICLE_ALT})[ \t]+){{0,2}}{_NAME_WORD})",
        lead,
    ):
        named = _full_name_run(m.group(1).split())
        if named is None:
            continue
        found.setdefault(named.key, named)
    return next(iter(found.values())) if len(found) == 1 else None


def _credited_host(text: str, labels: Sequence[LabelHit]) -> Name | None:
    """The presenter a programme's credit line names, for an unnamed "Presenter:"/"Host:"
    label: the one name, or of two co-presenters the one the guest thanks by given name
    ("Minister: Thank you, Corin." under "… presented by Corin Dalgety and Ingrid Mac Cana")."""
    if not any(
        h.info.kind is LabelKind.INTERVIEWER
        and h.info.name is None
        and fold(h.text) in _HOST_WORDS | {"presenter", "host", "anchor"}
        for h in labels
    ):
        return None
    found: dict[str, Name] = {}
    for m in _HOSTED_BY.finditer(text):
        for phrase in re.split(r",[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*", m.group("names")):
            named = _full_name(phrase)
            if named is not None:
                found.setdefault(named.key, named)
    for m in _HOST_CREDIT.finditer(text):
        phrase = m.group("name")
        # A production note's catalogue order: "Host: HOLLOWAY, Brent." is Brent Holloway.
        inverted = re.fullmatch(r"([A-Z][A-Z'’\-]+),[ \t]+([A-Z][a-z]+)", phrase)
        if inverted is not None:
            phrase = f"{inverted.group(2)} {inverted.group(1).title()}"
        named = _full_name(phrase)
        if named is not None:
            found.setdefault(named.key, named)
    if not found:
        # A minister's transcript titled by the programme: "INTERVIEW WITH PAUL KERSHAW, ABC
        # WESTERN PLAINS BREAKFAST" — whom the office gave the interview to, its broadcaster
        # after the comma; only when the guest then greets or thanks that host by given name
        # ("Good morning, Paul, …", "Thanks, Paul.").
        body = text[labels[0].start :]
        for m in _INTERVIEW_WITH_HOST.finditer(text[: labels[0].start]):
            if _BROADCAST_WORD.search(m.group("show").upper()) is None:
                continue
            named = _full_name(" ".join(_recase_word(w) for w in m.group("name").split()))
            if named is not None and re.search(rf",[ \t]+{re.escape(named.given[0])}[.!?,]", body):
                found.setdefault(named.key, named)
        # A station's lead: "… chief executive Helen Ruddock joined Gareth Pengelly on the
        # Breakfast Show this morning to take your calls …" — whom the guest joined on a
        # programme hosts, when the guest greets or thanks him by given name.
        for m in _JOINED_ON_SHOW.finditer(text[: labels[0].start]):
            if _BROADCAST_WORD.search(m.group("show").upper()) is None:
                continue
            named = _full_name(m.group("name"))
            if named is not None and re.search(rf",[ \t]+{re.escape(named.given[0])}[.!?,]", body):
                found.setdefault(named.key, named)
    if not found:
        # A host who says her own name in her first turn: "Ведуча: Доброго ранку, це «Прямий
        # ефір», я Ірина Хоменко. …", "PRESENTER: Good morning, I'm Paul Kershaw, …".
        named = _self_named_host(text, labels, _HOST_WORDS | {"presenter", "host", "anchor"})
        if named is not None:
            found[named.key] = named
    if len(found) > 1:
        body = text[labels[0].start :]
        found = {
            k: n
            for k, n in found.items()
            if re.search(rf",[ \t]+{re.escape(n.given[0])}[.!?]", body) is not None
        }
    return next(iter(found.values())) if len(found) == 1 else None


def _self_named_host(text: str, labels: Sequence[LabelHit], words: frozenset[str]) -> Name | None:
    """The full name an unnamed host's label (one of ``words``) says in its own first turn:
    "Ведуча: Доброго ранку, це «Прямий ефір», я Ірина Хоменко. …", "MODERATOR: … I'm Lusiana
    Tuilau from the Bank's Communications team …"."""
    hosting = [
        i
        for i, h in enumerate(labels)
        if h.info.kind is LabelKind.INTERVIEWER and h.info.name is None and fold(h.text) in words
    ]
    if not hosting or len({fold(labels[i].text) for i in hosting}) != 1:
        return None
    i = hosting[0]
    end = labels[i + 1].start if i + 1 < len(labels) else len(text)
    turn = text[labels[i].end : min(end, labels[i].end + 240)]
    said = _HOST_SAYS_NAME.search(turn)
    named = _full_name(said.group("name")) if said is not None else None
    if named is None:
        # In the studio, the name alone ending its sentence: "Доброго ранку. Це програма «…»,
        # у студії Наталія Соколенко. На зв'язку з нами …" — unless a label of the page is
        # that person (a guest seated in the studio: "У студії Марина Дорош, аналітикиня …"
        # over "Марина Дорош:").
        said = _HOST_IN_STUDIO.search(turn)
        named = _full_name(said.group("name")) if said is not None else None
        if named is not None and any(
            h.info.name is not None and h.info.name.compatible(named) for h in labels
        ):
            return None
    if named is None or is_title_token(named.given[0]):
        return None
    return named


def _tail_signer(text: str, labels: Sequence[LabelHit]) -> Name | None:
    """The one writer an author field under the last answer names, for an unnamed reporter's
    label: "Корр.: …" / "Директор: …" signed "Текст: Денис Мамедов" below the last turn (the
    field writes the name in the nominative)."""
    if not any(
        h.info.kind in (LabelKind.INTERVIEWER, LabelKind.QUESTION) and h.info.name is None
        for h in labels
    ):
        return None
    tail = text[labels[-1].end :]
    found = {
        named.key: named
        for g, sur in _AUTHOR_FIELD_PAIR.findall(tail)
        if (named := _full_name(f"{g} {sur}")) is not None
    }
    # A closing credit in running text: "Orla Brennan spoke to Pádraig Ó Súilleabháin for The
    # Western Review." below the last answer — its subject asked the questions.
    for m in _SPOKE_TO_CREDIT.finditer(tail):
        named = _full_name(m.group("name"))
        if named is not None and not any(
            h.info.name is not None and h.info.name.compatible(named) for h in labels
        ):
            found.setdefault(named.key, named)
    return next(iter(found.values())) if len(found) == 1 else None


# A credit line of its own under the lead: "Interviewed by Yelena Mirnova", "Interview by …".
_CREDIT_LINE = re.compile(
    rf"(?m)^[ \t]*[_*]{{0,2}}(?:Interview(?:ed)?|Questions)[ \t]+by[ \t]+"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})[ \t]*[_*]{{0,2}}[ \t]*$"
)


def _credit_line_asker(preface: str) -> Name | None:
    """The one journalist a credit line of its own above the first label names ("Interviewed by
    Yelena Mirnova"); None for none, two such lines or a name that is not a full one."""
    found = {
        named.key: named
        for m in _CREDIT_LINE.finditer(preface)
        if (named := _full_name(m.group("name"))) is not None
    }
    return next(iter(found.values())) if len(found) == 1 else None


_SPOKE_TO_CREDIT = re.compile(
    rf"(?m)^[ \t]*(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})[ \t]+"
    r"(?:spoke|talked)[ \t]+(?:to|with)[ \t]+\S"
)


# A speaker saying her own name, in English, Russian or Ukrainian (spoken Ukrainian "мене
# звуть" too): the words every self-introduction reader below opens on.
_MY_NAME_IS = r"(?:[Mm]y[ \t]+name[ \t]+is|[Мм]еня[ \t]+зовут|[Мм]ене[ \t]+зв(?:ати|уть))"


# The chair names herself in her first words: "Модератор: Добрый день, коллеги. Меня зовут
# Ольга Лапина, я руководитель пресс-службы.", "Moderator: Good evening. My name is Priya
# Natarajan, and …".
_OWN_NAME = re.compile(
    rf"(?:^|[.!?][ \t]+){_MY_NAME_IS}[ \t]+"
    rf"(?P<name>{_NAME_WORD}[ \t]+{_NAME_WORD})(?=[ \t]*[,.;—–]|[ \t]+(?:and|и|і|та)\b)"
)

# A host's "I'm Dana Renner, a congressional reporter here …": read only for a surname label
# whose surname the name ends on (a chair's bare "I'm" may open anything).
_OWN_NAME_IM = re.compile(
    rf"(?:^|[.!?][ \t]+)(?:I['’]m|I[ \t]+am)[ \t]+"
    rf"(?P<name>{_NAME_WORD}[ \t]+{_NAME_WORD})(?=[ \t]*[,.;—–])"
)


def _own_name_said(word: str, labels: Sequence[LabelHit], text: str) -> str | None:
    """The full name an unnamed chair's label ("Модератор:") gives itself in the first two
    sentences of its first turn; None when it does not."""
    at = next((i for i, h in enumerate(labels) if fold(h.info.text) == fold(word)), None)
    if at is None or not text:
        return None
    end = labels[at + 1].start if at + 1 < len(labels) else len(text)
    body = text[labels[at].end : min(end, labels[at].end + 300)].strip()
    m = _OWN_NAME.search(body)
    if m is None or len(re.findall(r"[.!?](?=[ \t])", body[: m.start()])) > 1:
        return None
    name = name_from_phrase(m.group("name"))
    if name is None or not name.has_full_given or is_title_token(name.given[0]):
        return None
    return name.display()


def _headline_only(named: Name, text: str, at: int) -> bool:
    """A "name" read off a headline in Title Case that the page writes nowhere else: "Foreign
    Ministry Official Spokesperson Holds Weekly Media Briefing" gives "Holds Weekly Media",
    a verb and common nouns capitalised by the headline's style, not a person."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    words = [w for w in re.findall(rf"[{LETTER}][{LETTER}'’\-]*", line) if len(w) > 3]
    # (a sentence's end anywhere in it makes a caption, not a headline: "Mayor Lena
    # Ortiz-Brandt at City Hall on Friday. (Photo / The Courier)")
    if (
        len(words) < 4
        or not all(w[0].isupper() for w in words)
        or re.search(r"[.!?](?:\s|$)", line)
        # (nor does a field's list of people, parted by semicolons: "Speakers: Electoral
        # Commissioner Rohan Ashdown PSM; Deputy Electoral Commissioner Kathryn Lang")
        or (re.match(rf"[{UPPER}][{LOWER}]+(?:[ \t]+[{LOWER}]+)?:[ \t]", line) and ";" in line)
    ):
        return False
    # The headline goes on past the "name" ("… Media Briefing"): a capitalised run longer
    # than a name. A masthead that ends on its holder's name ("Президент України Володимир
    # Зеленський") is no such run.
    after = line.split(named.surname, 1)[1] if named.surname in line else ""
    # (its small prepositions stay lower case: "TRANSCRIPT: County Executive Marcus Delgado
    # Briefs on Water Main Break" gives "Marcus Delgado Briefs", the verb run into the name)
    if not re.match(
        rf"[ \t]+(?:(?:on|of|for|at|in|about|with|to|after|over)[ \t]+)?[{UPPER}]", after
    ):
        return False
    elsewhere = text[:start] + "\n" + text[end:]
    return not all(
        re.search(rf"(?<![{LETTER}]){re.escape(w)}(?![{LETTER}])", elsewhere)
        for w in (*named.given, named.surname)
    )


_WITH_GUEST = re.compile(r"(?i)\b(?:with|and)[ \t]+(?:(?:our|the|special)[ \t]+)*guests?\b")


def _lead_office_labelled(
    text: str, office: str, labels: Sequence[LabelHit], canon: dict[Name, str]
) -> str | None:
    """The labelled person a lead names right after the office, its domain between: "Official
    Spokesperson for the Ministry of Foreign Affairs Dr. Khalid bin Rashid Al-Marri held the
    weekly media briefing" for "Official Spokesperson:" beside "Dr. Al-Marri:". The same
    clause must name no other labelled person."""
    first = min((h.start for h in labels), default=len(text))
    found = set()
    for m in re.finditer(rf"(?<![{LETTER}\-])(?i:{re.escape(office)})(?![{LETTER}])", text[:first]):
        # (an abbreviated style's full stop ends no clause: "…, Hon. Samuel Adjei-Boateng")
        clause = re.split(
            r"(?<![A-Z][a-z])(?<!\b[A-Z])(?<!\bHon)(?<!\bMrs)(?<!\bAmb)(?<!\bRev)(?<!\bProf)"
            # (nor does a headline run on into the lead below it: "…: командир бригади про
            # поповнення" / "Армія FM поговорила з …" names no commander)
            r"[.!?;:](?:\s|$)|\n[ \t]*\n",
            text[m.end() : first],
        )[0]
        # (the guest the office is joined by is someone else: the UN's "Daily Press Briefing by
        # the Office of the Spokesperson for the Secretary-General, with guest Grace Okonjo")
        clause = _WITH_GUEST.split(clause[:160])[0]
        hit = {
            canon[n]
            for h in labels
            if (n := h.info.name) is not None
            and n in canon
            and re.search(rf"(?<![{LETTER}]){re.escape(n.surname)}(?![{LETTER}])", clause)
        }
        found |= hit if len(hit) == 1 else set()
    return found.pop() if len(found) == 1 else None


def _menu_spaced(phrase: str) -> bool:
    """A site's menu bar, its items spaced wider than a name's words: "President  News
    Documents  Appeals" is the office's own menu entry, then others, and names no holder."""
    return re.fullmatch(r"[^\W\d_]+(?:[ \t]{2,}[^\W\d_]+){3,}", phrase.strip()) is not None


def _introduced_holder(text: str, office: str, label_names: Sequence[Name]) -> str | None:
    """The one full name the text gives an office label's holder in apposition, when no
    header does: "I'm joined today by the Health Secretary, Wes Streeting, to set out …" for
    "Health Secretary:" (gov.uk). A holder with a label of their own is someone else."""
    held = set()
    # A body's session may stand between the office and its body: "the President of the 80th
    # session of the General Assembly, Annalena Baerbock" for "President of the General
    # Assembly:" (the UN's presidents hold office one session each).
    spelled = re.sub(
        r"of\\ the\\ ",
        r"of[ \\t]+the[ \\t]+(?:(?:\\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?(?:th|st|nd|rd))"
        r"[ \\t]+session[ \\t]+of[ \\t]+(?:the[ \\t]+)?)?",
        re.escape(office),
    )
    for m in re.finditer(
        rf"(?<![{LETTER}\-])(?i:{spelled}),?[ \t]+"
        # (a double surname keeps its second capital: "Speaker Louise Tremblay-Harcourt")
        rf"((?:[{UPPER}][{LOWER}'’\-]+[ \t]+){{1,2}}[{UPPER}][{LOWER}'’\-]+"
        rf"(?:-[{UPPER}][{LOWER}'’]+)?)(?![{LETTER}])",
        text,
    ):
        named = _full_name_run(re.sub(r"['’]s?$", "", m.group(1)).split())
        if named is None or _menu_spaced(m.group(0)):
            continue  # "Health Secretary, Thank you": no name
        if _headline_only(named, text, m.start()):
            continue
        if re.search(
            r"\b(?i:predecessor|successor|former|late|previous|then|ex)\b[,\- \t]*$",
            text[max(0, m.start() - 16) : m.start()],
        ):
            # Someone who held or will hold the office, talked about: "Your predecessor, Bishop
            # Alan Hurst, oversaw …" for "Bishop:".
            continue
        if _VENUE_DATELINE.match(text, m.end(1)):
            # "Press conference by Taoiseach … and the Tánaiste, Government Buildings, Dublin,
            # Wednesday 14 May 2025": a venue, then its city and the date, is a dateline.
            continue
        if not any(n.compatible(named) for n in label_names):
            held.add(named.display())
    for m in re.finditer(
        # The other order, the office after the name in apposition: a TV station's dek
        # "… where Capt. Maureen O'Halloran, the sector commander, updated reporters …" for
        # "SECTOR COMMANDER:" (the office closed by a comma, a stop or a bracket).
        rf"(?<![{LETTER}\-'’])((?:[{UPPER}][{LOWER}'’\-]+[ \t]+){{1,2}}[{UPPER}][{LETTER}'’\-]+),"
        rf"[ \t]+(?:the[ \t]+)?(?i:{re.escape(re.sub(r'^[Tt]he ', '', office))})(?=[ \t]*[,.;)])",
        text,
    ):
        named = _full_name_run(m.group(1).split())
        if named is None:
            continue
        if not any(n.compatible(named) for n in label_names):
            held.add(named.display())
    for m in re.finditer(
        # A Slavic chair calls the next one up as an official form writes the name, surname
        # first with the patronymic: "Наступна кандидатка – Литвиненко Оксана Петрівна." for
        # "Кандидатка:".
        rf"(?<![{LETTER}\-])(?i:{re.escape(office)})[ \t]+[–—-][ \t]+"
        rf"([{_CYR_UP}][{_CYR_LOW}'’]+(?:-[{_CYR_UP}][{_CYR_LOW}'’]+)?)[ \t]+"
        rf"([{_CYR_UP}][{_CYR_LOW}]+)[ \t]+[{_CYR_UP}][{_CYR_LOW}]+(?:вич|вна|ична|ічна|івна|ївна)"
        rf"(?![{LETTER}])",
        text,
    ):
        named = _full_name(f"{m.group(2)} {m.group(1)}")
        if named is not None and not any(n.compatible(named) for n in label_names):
            held.add(named.display())
    return held.pop() if len(held) == 1 else None


# What follows a venue in a dateline: its city, then a weekday or a date ("…, Government
# Buildings, Dublin, Wednesday 14 May 2025", "…, UN Headquarters, New York, 3 March 2025").
_VENUE_DATELINE = re.compile(
    r",[ \t]*[A-Z][^,\n]{1,40},[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d{1,2}[ \t]+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
)


# A letter's signature: the name on one line, the office alone on the next ("Yours
# sincerely," / "Mrs Helen Achterberg" / "Headteacher").
_SIGNATURE_NAME = (
    r"(?m)^[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+)?"
    rf"((?:[{UPPER}][{LOWER}'’\-]+[ \t]+){{1,2}}[{UPPER}][{LETTER}'’\-]+)[ \t]*\n[ \t]*"
)


# A question that opens by addressing its answerer by title and surname, after a greeting or
# thanks if any: "Ambassador Solberg, thank you for making time.", "Thank you, Minister Okafor."
_OPENING_VOCATIVE = re.compile(
    r"[ \t]*(?:(?:Thank[ \t]+you|Thanks|Good[ \t]+(?:morning|afternoon|evening)|Welcome),?[ \t]+)?"
    rf"([{UPPER}][{LOWER}]+\.?)[ \t]+([{UPPER}][{LOWER}][{LETTER}'’\-]+)[ \t]*[,.!?]"
)


def _vocative_holder(
    text: str, labels: Sequence[LabelHit], office: str, label_names: Sequence[Name]
) -> str | None:
    """The holder of an office label whom the question right before its first turn addresses by
    title and surname, completed by the one full name the text before that question gives with
    that surname: a dek's "Ambassador Henrik Solberg has led the OSCE Mission …", then
    "Regional Review: Ambassador Solberg, thank you for making time. …" / "Head of Mission:
    Because …". A person with a label of their own is someone else."""
    ordered = sorted(labels, key=lambda o: o.start)
    # (the first answer under the office, past a headline that opens with it: 'Head of
    # Mission: "Elections are won …"')
    asked = next(
        (
            a
            for a, o in itertools.pairwise(ordered)
            if o.info.office == office and a.info.office != office
        ),
        None,
    )
    if asked is None:
        return None
    spoke = [k for k, o in enumerate(ordered) if o.info.office == office and o.start < asked.start]
    if spoke and ordered.index(asked) - spoke[0] > 1:
        # The office spoke in the dialogue before (a council's "THE LORD MAYOR:" opens the
        # session and calls the questioners): the answer it chairs after is put to someone
        # else, whom the vocative addresses ("LEADER OF THE COUNCIL: Thank you, Mrs Adeyemi").
        return None
    m = _OPENING_VOCATIVE.match(text, asked.end)
    if m is None or not is_title_token(m.group(1).rstrip(".")) or is_title_token(m.group(2)):
        return None
    surname = m.group(2)
    if any(n.surname == surname for n in label_names):
        return None
    preface = text[: asked.start]
    given = {
        g
        for g, sur in (p.groups() for p in _PAIR_AT.finditer(preface))
        if sur == surname and not (is_title_token(g) or g.lower() in NOT_GIVEN)
    }
    if len(given) != 1:
        return None
    return f"{given.pop()} {surname}"


def _signed_holder(text: str, office: str, label_names: Sequence[Name]) -> str | None:
    """The one person a signature block names over the office ("Mrs Helen Achterberg" /
    "Headteacher" below a school's Q&A whose answers are "Headteacher:"), unless labelled."""
    found = set()
    bare = re.sub(r"^[Tt]he ", "", office)
    for m in re.finditer(
        _SIGNATURE_NAME + rf"(?:[Tt]he[ \t]+)?{re.escape(bare)}[ \t]*(?:,[^\n]{{0,60}})?$",
        text,
        re.MULTILINE,
    ):
        named = name_from_phrase(m.group(1))
        if named is None or not named.has_full_given or is_title_token(named.given[0]):
            continue
        if not any(n.compatible(named) for n in label_names):
            found.add(named.display())
    return found.pop() if len(found) == 1 else None


def _bio_holder(text: str, office: str, label_names: Sequence[Name]) -> str | None:
    """The one person a closing bio box introduces by the office, a dash between: "Довідка" /
    "Андрій Остапович Дзюба-Коваль — головний диригент Львівської філармонії …" below the
    "Диригент:" answers (a patronymic is passed over, as the labels' full names do)."""
    word = fold(office.split()[-1])
    if len(word) < 4:
        return None
    stem = re.escape(word[: max(4, len(word) - 2)])
    found = set()
    for m in re.finditer(
        # (the box's heading may open the line: "Про гостя: Богдан Ярош-Левицький — доктор
        # історичних наук, професор …", a degree listed before the office)
        r"^[ \t]*(?:(?:About[ \t]+(?:the[ \t]+)?guest|Про[ \t]+гостя|О[ \t]+госте"
        r"|Довідка|Справка)[ \t]*:[ \t]*)?"
        rf"([{UPPER}][{LOWER}'’]+)(?:[ \t]+([{UPPER}][{LOWER}'’]+))?[ \t]+"
        rf"([{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?)[ \t]+[—–-][ \t]+"
        rf"(?:[{LOWER}'’\-]+(?:[ \t]+[{LOWER}'’\-]+){{0,4}},[ \t]+)?"
        rf"(?:[{LOWER}'’\-]+[ \t]+){{0,2}}(?i:{stem})",
        text,
        re.MULTILINE,
    ):
        given, middle, surname = m.groups()
        if middle is not None and not _patronymic(middle):
            continue
        named = name_from_phrase(f"{given} {surname}")
        if named is None or not named.has_full_given or is_title_token(named.given[0]):
            continue
        if not any(n.compatible(named) for n in label_names):
            found.add(named.display())
    return found.pop() if len(found) == 1 else None


# A closing speakers' box: "Margaret Holloway is a nonresident senior fellow at PIIE …" (one
# full name at the line's start, then "is"/"was"), the panel role first where given:
# "Moderator: Sunita Rao is a senior fellow at the Peterson Institute …".
_CLOSING_BIO = re.compile(
    rf"^[ \t]*(?:(?P<role>[{UPPER}][{LOWER}]+)[ \t]*:[ \t]*)?(?:Dr\.?[ \t]+)?"
    rf"(?P<n>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+(?:(?:de|van|von|der|den|al|el|da|di)[ \t]+){{0,2}}"
    rf"[{UPPER}][{LOWER}'’\-]+){{1,2}})"
    # (or the role in brackets after the name: "Miriam Feld (chair) is vice-chair of …")
    rf"(?:[ \t]+\((?P<brole>[{LOWER}]+(?:[ \t]+[{LOWER}]+)?)\))?"
    r"[ \t]+(?:is|was)[ \t]+(?:a|an|the|now|currently)?[ \t]*"
    rf"[^\n]{{0,200}}\.[ \t]*$",
    re.MULTILINE,
)


def _closing_bios(text: str, labels: Sequence[LabelHit]) -> str:
    """The bio lines below the last label (an events page's "Speakers" box), as lines to read
    full names from: "HOLLOWAY:" is the "Margaret Holloway is a nonresident senior fellow …"
    closing the page (empty when there is none)."""
    if not text or not labels:
        return ""
    tail = text[max(h.end for h in labels) :]
    bios = [m.group(0).strip() for m in _CLOSING_BIO.finditer(tail)]
    return "\n\n" + "\n".join(bios) if bios else ""


def _role_bio_holder(text: str, office: str, label_names: Sequence[Name]) -> str | None:
    """The one person a closing bio introduces under the label's panel role: "Moderator: Sunita
    Rao is a senior fellow at …" below the "MODERATOR:" questions."""
    found = set()
    for m in _CLOSING_BIO.finditer(text):
        role = m.group("role") or m.group("brole")
        if role is None or fold(role) != fold(office.split()[-1]):
            continue
        named = name_from_phrase(m.group("n"))
        if named is None or not named.has_full_given or is_title_token(named.given[0]):
            continue
        # (a role in brackets says outright who held it, whether or not that person also
        # speaks under a label of their own: "Chair:" then "Miriam Feld:")
        if m.group("brole") or not any(n.compatible(named) for n in label_names):
            found.add(named.display())
    return found.pop() if len(found) == 1 else None


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


def _office_in_brackets(
    text: str, labels: Sequence[LabelHit], office: str, canon: Mapping[Name, str]
) -> str | None:
    """The person whose own label gives the office in brackets after the name, the same
    person under the bare office later: NATO's "Farah Dalton (NATO Spokesperson): Good
    afternoon …" then "NATO Spokesperson: We'll start with Reuters". One such person only.
    Square brackets serve as well: "Allison Hart [NATO Spokesperson]:"."""
    bracket = re.compile(
        rf"(?:\((?:the[ \t]+)?{re.escape(re.sub(r'^[Tt]he ', '', office))}\)"
        rf"|\[(?:the[ \t]+)?{re.escape(re.sub(r'^[Tt]he ', '', office))}\])",
        re.IGNORECASE,
    )
    held = {
        canon.get(h.info.name, h.info.name.display())
        for h in labels
        if h.info.kind is LabelKind.PERSON
        and h.info.name is not None
        and bracket.search(text, h.start, h.end)
    }
    return held.pop() if len(held) == 1 else None


_RECASED_WORD = re.compile(rf"\b[{UPPER}][{LOWER}]{{3,}}\b")
# A recased capitals word that is a "Mc" surname: "Mcmahon" from "MCMAHON" (Latin letters only).
_MC_WORD = re.compile(r"Mc[a-z]{3,}$")


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
        # (A label's own capitals "McALLISTER" are no spelling of the running text's.)
        mixed = {
            w
            for w in found
            if w != word
            and not w.isupper()
            and w[1:] != w[1:].lower()
            and sum(c.isupper() for c in w) * 2 <= len(w)
        }
        if len(mixed) == 1:
            return mixed.pop()
        if not mixed and found and all(w.isupper() for w in found) and _MC_WORD.match(word):
            # A Scottish or Irish "Mc" name the page writes only in capitals ("LINDA MCMAHON,
            # EDUCATION SECRETARY:" in a clip, never in running text) keeps the capital after
            # the prefix, as the name is always spelled: "McMahon", not "Mcmahon".
            return word[:2] + word[2:].capitalize()
        return word

    return _RECASED_WORD.sub(respell, speaker)


# A surname then a hyphened given name of two syllables, the second in small letters, as Korean
# and Taiwanese romanisation writes it ("Yoon Seo-jin", "Lai Ching-te"); not a place's
# compound ("Pangyo-based").
_SYLLABLE_NAME = re.compile(
    r"(?<![\w\-])[A-Z][a-z]{1,4}[ ][A-Z][a-z]{1,5}-(?!(?:based|born|led|run|owned|made|like"
    r"|style|wide|year|old|term|time|sized|free|long|level|area)(?![a-z]))[a-z]{2,5}(?![\w\-])"
)


def _syllable_casing(speaker: str | None, text: str) -> str | None:
    """A hyphened given name recased from capitals ("BY KIM JI-HYE" read "Kim Ji-Hye") takes the
    page's own way with such names: where it writes another person's "Yoon Seo-jin" and no
    such name with a capital after the hyphen, the byline's name is "Kim Ji-hye"."""
    if speaker is None or not text:
        return speaker
    m = re.fullmatch(r"([A-Z][a-z]{1,4}[ ][A-Z][a-z]{1,5}-)([A-Z])([a-z]{1,5})", speaker)
    if m is None or re.search(rf"(?<![\w\-]){re.escape(speaker)}(?![\w\-])", text):
        return speaker  # (the page writes it so itself)
    if not _SYLLABLE_NAME.search(text) or re.search(
        r"(?<![\w\-])[A-Z][a-z]{1,4}[ ][A-Z][a-z]{1,5}-[A-Z][a-z]{1,5}(?![\w\-])", text
    ):
        return speaker
    return m.group(1) + m.group(2).lower() + m.group(3)


def _particle_casing(speaker: str | None, text: str) -> str | None:
    """A particle inside a full name keeps the lower case the text writes it with: a label
    "De Vries:" or "VAN OUDENHOVE:" completed to "Maarten De Vries" is the lead's "Maarten de
    Vries" (a label opens with a capital, a name in running text need not)."""
    if speaker is None or not text:
        return speaker
    words = speaker.split(" ")
    if len(words) < 2:
        return speaker
    lowered = [
        w.lower() if 0 < k < len(words) - 1 and fold(w) in PARTICLES and w[:1].isupper() else w
        for k, w in enumerate(words)
    ]
    # An article joined to the surname by a hyphen: the label "Al-Hashimi:" completed to
    # "Farida Al-Hashimi" is the lead's "Dr. Farida al-Hashimi".
    lowered = [
        w[:1].lower() + w[1:]
        if k > 0 and "-" in w[1:] and fold(w.split("-")[0]) in PARTICLES and w[:1].isupper()
        else w
        for k, w in enumerate(lowered)
    ]
    if lowered != words:
        spelt = " ".join(lowered)
        if spelt in text and speaker not in text:
            return spelt
    if speaker in text or not any(w.isupper() and len(w) > 1 for w in words):
        return speaker
    # A capitals word left in the name (a label "Luiz Inácio LULA DA SILVA" read as "Luiz
    # Inácio LULA Da Silva"): the one spelling the text prints in mixed case, letter for letter
    # but the case, is the name ("Luiz Inácio Lula da Silva").
    spaced = r"[ \t]".join(re.escape(w) for w in words)
    printed = {
        m.group(0)
        for m in re.finditer(rf"(?<![\w\-]){spaced}(?![\w\-])", text, re.IGNORECASE)
        if not any(w.isupper() and len(w) > 1 for w in m.group(0).split())
    }
    return printed.pop() if len(printed) == 1 else speaker


# Not "of": "Mark Carney of Canada" names a country, not a longer name.
_PARTICLE_ALT = "|".join(sorted(PARTICLES - {"of", "y"}, key=len, reverse=True))
_IRISH_PARTICLE = r"(?:Mac|Mag|Nic|Ní|Ó|Uí)[ \t]+"
_PARTICLE_STEP = rf"[ \t]+(?:{_PARTICLE_ALT})(?:[ \t]+(?:{_PARTICLE_ALT}))?[ \t]+{_NAME_WORD}"
# A Spanish second surname joined by "y" after a particle's surname: "Pilar de la Cruz y Mora"
# (only as the name's last word: "… Sánchez y Alberto Núñez" joins two people).
_Y_STEP = rf"(?:[ \t]+y[ \t]+{_NAME_WORD}(?![ \t]+[{UPPER}]))?"
_PARTICLE_RUN = re.compile(
    rf"(?<![{LETTER}])(?:{_NAME_WORD}[ \t]+){{1,4}}{_NAME_WORD}(?:{_PARTICLE_STEP})+{_Y_STEP}"
    rf"(?![{LETTER}])"
)
_PARTICLE_TAIL = re.compile(
    rf"(?:{_PARTICLE_STEP})+{_Y_STEP}|[ \t]+y[ \t]+{_NAME_WORD}(?![ \t]+[{UPPER}])"
)

# A programme's credit line names its presenters: "Morning Report is presented by Corin
# Dalgety and Ingrid Mac Cana.", "The show is hosted by Priya Raman."
_CREDIT_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:(?:{_PARTICLE_ALT})[ \t]+)?{_NAME_WORD}){{1,2}}"
_INTERVIEW_WITH_HOST = re.compile(
    r"^[ \t]*(?:(?i:transcript)[ \t]*[:\-–—|]?[ \t]*)?(?:(?i:radio|television|tv)[ \t]+)?"
    r"(?i:interview)[ \t]+(?i:with)[ \t]+(?P<name>[A-Z][A-Za-z'’\-]+[ \t]+[A-Z][A-Za-z'’\-]+),"
    r"[ \t]+(?P<show>[^\n,]{2,80})[ \t]*$",
    re.MULTILINE,
)
# A broadcaster's or a programme's word, in capitals: "ABC", "2GB", "SKY NEWS", "BREAKFAST".
_BROADCAST_WORD = re.compile(
    r"\b(?:ABC|SBS|SKY|BBC|CNN|RNZ|CBC|RN|\d[A-Z]{2,3}|RADIO|BREAKFAST|DRIVE|MORNINGS?"
    r"|AFTERNOONS|SHOW|NEWS|FM|TV|TODAY|INSIDERS|CHANNEL|PODCAST|PROGRAM|PROGRAMME)\b"
)
_HOST_SAYS_NAME = re.compile(
    r"(?:^|[,.!][ \t]+|[ \t][—–][ \t]+)(?:[Яя]|[Зз][ \t]+вами|[Сс][ \t]+вами|I['’]m|I[ \t]+am"
    rf"|{_MY_NAME_IS}"
    # (at the microphone, the name after a comma: "… у микрофона я, Дмитрий Лапин.",
    # "… біля мікрофона я, Ірина Коваль.")
    # (or with no "я": "… это «Открытая студия», у микрофона Дмитрий Бойко.")
    r"|(?:[Уу]|[Бб]іля)[ \t]+(?:микрофона|мікрофона)(?:[ \t]+[Яя],)?)[ \t]+(?:[—–][ \t]+)?"
    rf"(?P<name>{_NAME_WORD}[ \t]+{_NAME_WORD})"
    # (where she works may follow: "I'm Lusiana Tuilau from the Bank's Communications team")
    r"(?=[ \t]*[,.!;]|[ \t]+(?:from|of|with)[ \t]+(?:the[ \t]+)?[A-Z])"
)
# A host's "in the studio" and her name, the sentence ending on it: "… у студії Наталія
# Соколенко.", "… в студии Анна Лебедева.", "… у студії я, Оксана Лисенко." (a guest seated there
# mostly takes a post or an appositive: "У студії — економіст …", "У студії Марина Дорош,
# аналітикиня …").
_HOST_IN_STUDIO = re.compile(
    r"(?:^|[,.!][ \t]+)(?:[Уу]|[Вв])[ \t]+(?:студії|студии)(?:[ \t]+[Яя],?)?[ \t]+"
    rf"(?P<name>{_NAME_WORD}[ \t]+{_NAME_WORD})(?=[ \t]*[.!;]|[ \t]*$)"
)
_JOINED_ON_SHOW = re.compile(
    rf"\bjoined[ \t]+(?P<name>[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}'’\-]+)"
    r"[ \t]+(?:on|in)[ \t]+"
    r"(?:the[ \t]+|his[ \t]+|her[ \t]+)?(?P<show>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,4})"
)
_HOSTED_BY = re.compile(
    r"\b(?:(?:is|are|was|were)[ \t]+)(?:presented|hosted|anchored)[ \t]+by[ \t]+"
    rf"(?P<names>{_CREDIT_NAME}(?:(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*){_CREDIT_NAME})*)"
)


# A hosts' or interviewers' line of its own, listing them in full: "Ведучі: Тарас Ткачук, Ірина
# Гордієнко", "Hosts: Priya Natarajan and Tom Ellis".
_HOSTS_LINE = re.compile(
    r"(?m)^[ \t]*(?:Hosts|Presenters|Interviewers|Ведучі|Ведущие|Інтерв['’]юери|Автори|Авторы)"
    r"[ \t]*:[ \t]*[^\n]{3,120}$"
)


# A credit line of its own below the transcript: "Ведучий програми — Максим Дерев'янко.",
# "Host: HOLLOWAY, Brent. Producer: NGUYEN, Thao." (a radio archive's catalogue order).
_HOST_CREDIT = re.compile(
    r"(?:^|(?<=[.|][ \t]))(?:Host|Presenter|Ведучий|Ведуча|Ведущий|Ведущая)"
    r"(?:[ \t]+(?:програми|программы|передачі|передачи))?[ \t]*(?::|[ \t][—–])[ \t]*"
    rf"(?P<name>[A-Z][A-Z'’\-]+,[ \t]+[A-Z][a-z]+"
    rf"|{_NAME_WORD}[ \t]+{_NAME_WORD}(?:['’][а-яёіїєґ]+)?)"  # "Дерев'янко" too
    r"(?=[ \t]*[.;|]|[ \t]*$)",
    re.MULTILINE,
)


def _then_capital(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` followed by a space and a capital letter somewhere (a
    plain scan, before compiling a pattern built from the name)."""
    at = text.find(name)
    while at >= 0:
        rest = text[at + len(name) : at + len(name) + 40]
        if rest[:1] in (" ", "\t") and rest[1:].lstrip(" \t")[:1].isupper():
            return True
        at = text.find(name, at + 1)
    return False


# A title-case headline's event after a name: "… At a Joint Press Availability", "… Before
# Their Meeting".
_HEADLINE_EVENT_AFTER = re.compile(
    r"[ \t]+(?:[Aa]t|[Bb]efore|[Aa]fter)[ \t]+(?:[Aa]n?|[Tt]he|[Tt]heir)[ \t]"
)


def _double_surname(speaker: str | None, header_text: str) -> str | None:
    """A Hispanic double surname cut to its first half by a three-word reading: "María José
    Ortega" under the headline "Mayor María José Ortega Villalba on water …" is María José
    Ortega Villalba when the lead also writes the two surnames alone ("Ortega Villalba, who
    took office …"). A generational suffix the same way: "Sen. Thomas W. Beaumont III" whom
    the lead calls "Beaumont III, a Democrat" (beside his grandfather "Thomas W. Beaumont
    Sr.", whom it never calls "Beaumont Sr."). Only a pair the text writes without the given
    names extends the name, or a suffix written after every mention of the full name."""
    if speaker is None or len(words := speaker.split()) < 2 or speaker not in header_text:
        return speaker  # (every reading below writes the name as it stands: a cheap test first)
    if not _then_capital(speaker, header_text):
        return speaker  # (and each needs a capitalised word after it)
    after = {
        m.group(1).rstrip(",")
        for m in re.finditer(
            rf"(?<![{LETTER}]){re.escape(speaker)}[ \t]+({_NAME_WORD}|{_SUFFIX})(?![{LETTER}'’])",
            header_text,
        )
        if not is_title_token(m.group(1))
        and m.group(1).lower() not in _HEADLINE_STOPS
        # (a show named after its host is no double surname: "The Rachel Maddow Show, 3/24/25"
        # over "RACHEL MADDOW, MSNBC HOST:")
        and m.group(1).rstrip(",").lower() not in _PROGRAMME_NOUNS
    }
    # A generational suffix the header writes after every mention of the full name:
    # "Philippine Secretary of National Defense Gilberto Teodoro Jr." over the label
    # "SECRETARY OF NATIONAL DEFENSE GILBERTO TEODORO JR.:" (whose letters are dropped).
    bare = rf"(?<![{LETTER}]){re.escape(speaker)}(?![{LETTER}])"
    suffixes = re.findall(rf"{bare}(?:[ \t]+({_SUFFIX})(?![{LETTER}]))?", header_text)
    if len(set(suffixes)) == 1 and suffixes[0]:
        return f"{speaker} {suffixes[0]}"
    alone = {
        second
        for second in after
        for m in re.finditer(
            rf"(?<![{LETTER}][ \t]){re.escape(words[-1])}[ \t]+{re.escape(second)}"
            # as a subject or an appositive's head, not a title-case headline's run ("Delgado
            # Rally in Mesa" is an event)
            rf"(?=[ \t]*[,;)]|['’]s\b|[ \t]+(?:said|says|told|who|has|is|was)\b)",
            header_text,
        )
        if not header_text[: m.start()].rstrip(" \t").endswith(words[-2])
    }
    if not alone and len(words) == 2:
        # A Hispanic double surname the lead writes in full after the office, once, where the
        # labels drop the mother's name: "Foreign Minister Alberto Ríos Valenzuela and
        # Undersecretary … held a press conference" over "Minister Alberto Ríos:".
        alone = {
            second
            for second in after
            for m in re.finditer(
                rf"(?<![{LETTER}])([{LETTER}][{LETTER}.\-]*)[ \t]+{re.escape(speaker)}[ \t]+"
                rf"{re.escape(second)}(?=[ \t]*[,;(]|[ \t]+(?:and|who|said|says|told|held|has"
                # (or speaks: "Panama Canal administrator Arturo Benítez Solís speaks during …")
                r"|speaks|spoke|talks|talked)\b"
                # (or a title-case headline's event after it: state.gov's "… and Paraguayan
                # Foreign Minister Rubén Ramírez Lezcano At a Joint Press Availability", where
                # a verb in the name's place, "Ríos Speaks At a …", is no surname)
                rf"|{_HEADLINE_EVENT_AFTER.pattern})",
                header_text,
            )
            if is_title_token(m.group(1))
            and second[:1].isupper()
            and not _SUFFIX_RE.match(second)
            and not (
                _HEADLINE_EVENT_AFTER.match(header_text, m.end())
                and re.search(r"(?:s|ed|ing)$", second)
            )
        }
    return f"{speaker} {alone.pop()}" if len(alone) == 1 else speaker


_SUFFIX_RE = re.compile(r"(?:Jr\.|Sr\.|II|III|IV)$")
# The word a programme named after its host ends with: "The Rachel Maddow Show".
_PROGRAMME_NOUNS = frozenset(
    {"show", "hour", "report", "podcast", "program", "programme", "tonight", "live", "files"}
)

# A panel's roster line in the header: "Panellists: Serhiy Hrytsenko-Lis (State Emergency
# Service); Rear Admiral (ret.) María José de la Fuente y Ortega (Spanish Navy); …".
_ROSTER_LINE = re.compile(
    r"^[ \t]*(?:Panell?ists|Speakers|Participants|Guests|Discussants)[ \t]*:[ \t]*(.+)$",
    re.MULTILINE,
)


def _rostered(speaker: str | None, header_text: str) -> str | None:
    """The name as a panel's roster writes it in full around a shorter reading: "José de la
    Fuente" (the label "DE LA FUENTE:" completed by one given name) is "María José de la Fuente
    y Ortega" on the roster line — a double given name and a Spanish "y" surname kept whole."""
    if speaker is None or len(speaker.split()) < 2 or _ROSTER_LINE.search(header_text) is None:
        return speaker
    found = set()
    for m in _ROSTER_LINE.finditer(header_text):
        for entry in re.split(r"[;,]", re.sub(r"\([^)\n]*\)", " ", m.group(1))):
            at = re.search(rf"(?<![{LETTER}]){re.escape(speaker)}(?![{LETTER}])", entry)
            if at is None:
                continue
            left: list[str] = []
            for w in reversed(entry[: at.start()].split()):
                # (an office, or offices: "Trustees Alan Ng and Maria Soto")
                if not re.fullmatch(rf"[{UPPER}][{LOWER}]+", w) or _titleish(w):
                    break
                if is_title_token(w) or is_title_token(w[:-1]) or is_title_token(w[:-2]):
                    break
                if w.lower() in _HEADLINE_STOPS or w.lower() in NOT_GIVEN:
                    break
                left.insert(0, w)
            right: list[str] = []
            tail = entry[at.end() :].split()
            while len(tail) >= 2 and tail[0].lower() in {"y", "i", "e"} | PARTICLES:
                # (only a particle or a conjunction with a capitalised word after it)
                if not re.fullmatch(rf"[{UPPER}][{LOWER}\-]+", tail[1]):
                    break
                right += tail[:2]
                tail = tail[2:]
            if len(left) <= 1 and len(speaker.split()) + len(left) + len(right) <= 7:
                found.add(" ".join([*left, speaker, *right]))
    return found.pop() if len(found) == 1 else speaker


_SUFFIX = r"(?:Jr\.|Sr\.|II|III|IV)"


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


_ARABIC_LINK = re.compile(r"[ \t](?:bin|ibn|bint|ben)[ \t]")
_HYPHENED_SYLLABLES = re.compile(rf"[{UPPER}][{LOWER}]+-[{LOWER}]+")


def _particle_flanks(speaker: str | None, header_text: str) -> str | None:
    """A name the header writes longer on either side of a particle: an Arabic name's given
    name before "bin"/"ibn" ("Saeed Al-Mahri" for the label "AL-MAHRI:" is the speaker list's
    "Dr. Khalid bin Saeed Al-Mahri"), an Iberian second surname after "de Sousa" ("Joaquim de
    Sousa" for "DE SOUSA:" is "Captain Joaquim de Sousa Figueiredo — former Director …"). The
    one such spelling, as a name line or a phrase closed by a comma, dash or bracket."""
    if speaker is None or " " not in speaker or speaker.lower() not in header_text.lower():
        return speaker  # (every spelling below holds the name itself: a cheap test first)
    word = rf"[{UPPER}][{LOWER}]+"
    # (each per-name pattern below needs a fixed piece of text first: test for it before
    # compiling the pattern, which is most of this function's cost)
    before = (
        {
            m.group(1)
            for m in re.finditer(
                rf"(?<![{LETTER}.\-])({word}[ \t]+(?:bin|ibn|bint|ben)[ \t]+)"
                rf"{re.escape(speaker)}(?![{LETTER}\-])",
                header_text,
            )
            if not is_title_token(m.group(1).split()[0])
        }
        if _ARABIC_LINK.search(header_text)
        else set()
    )
    if len(before) == 1:
        return before.pop() + speaker
    words = speaker.split()
    if len(words) >= 3 and fold(words[-2]) in PARTICLES:
        after = {
            m.group(1)
            for m in re.finditer(
                rf"(?<![{LETTER}])(?i:{re.escape(speaker)})[ \t]+({word})"
                r"(?=[ \t]*(?:[,(–—]|[ \t]-[ \t]|$))",
                header_text,
                re.MULTILINE,
            )
        }
        if len(after) == 1:
            return f"{speaker} {after.pop()}"
    # A Hong Kong name: the English given name, the surname, then the Chinese given name the
    # page writes after them, its syllables hyphenated and the second in lower case ("Grace
    # Wong" for "Wong:" is the lead's "Secretary … Grace Wong Ka-yan explains why …").
    hk = (
        {
            m.group(1)
            for m in re.finditer(
                rf"(?<![{LETTER}.\-]){re.escape(speaker)}[ \t]+([{UPPER}][{LOWER}]+-[{LOWER}]+)"
                rf"(?![{LETTER}\-])(?![ \t]+[{UPPER}])",
                header_text,
            )
        }
        if len(words) == 2 and _HYPHENED_SYLLABLES.search(header_text)
        else set()
    )
    if len(words) == 2 and len(hk) == 1:
        return f"{speaker} {hk.pop()}"
    return speaker


_INITIALS_DISPLAY = re.compile(rf"^(?:[{UPPER}]\.)+ [{UPPER}][{LOWER}'’\-]+$")


_SURNAME_WORD = (
    rf"(?:Mac|Mc|O['’]|Fitz)?[{UPPER}][{LOWER}'’]+(?:-(?:Mac|Mc|O['’])?[{UPPER}][{LOWER}'’]+)?"
)


# Church titles that go before a given name, never a surname: Ukrainian and Russian "о."
# (отець, отец), a priest's wife's "паніматка", "матушка".
_GIVEN_NAME_TITLES = frozenset({"о", "отець", "отец", "паніматка", "матушка"})


def _given_introduced(word: str, before: str) -> str | None:
    """The one full name opening with a label's lone word that the text writes before the
    label first speaks: a blog's "Maria:" / "Joseph:" under "… sat down with … Maria Cristina
    Dizon, a member of the Philippine House …, and Joseph Mensah, general secretary …"."""
    if not re.fullmatch(rf"[{UPPER}][{LOWER}]+", word):
        return None
    # The word as a post before a full name the page also writes without it: "Dean:" under
    # "Dean Helen Achebe on labs …" / "When Helen Achebe arrived in July, …" is the dean, Helen
    # Achebe, not a "Dean Helen".
    posted = {
        n.display()
        for m in re.finditer(
            rf"(?<![\w’']){re.escape(word)}((?:[ \t]+{_SURNAME_WORD}){{2}})(?![\w’'\-])", before
        )
        if (n := name_from_phrase(m.group(1).strip())) is not None
        and n.has_full_given
        and not _titleish(n.given[0])
        and re.search(rf"(?<!{re.escape(word)}[ \t]){re.escape(m.group(1).strip())}", before)
    }
    if len(posted) == 1:
        return posted.pop()
    found = {
        # (a couple's plural surname in the singular: "Ірина" under "Василь та Ірина
        # Гнатишини" is Ірина Гнатишин)
        _couple_single(n, before).display()
        for m in re.finditer(
            # (a surname may be double-barrelled or carry a capital inside: "Leïla
            # Benali-Duvernoy", "Ciarán MacGillivray", "Siobhan O'Rourke")
            rf"(?<![\w’']){re.escape(word)}((?:[ \t]+{_SURNAME_WORD}){{1,2}})(?![\w’'\-])",
            before,
        )
        if (n := name_from_phrase(word + m.group(1))) is not None
        and n.has_full_given
        and n.given[0] == word
        and not _titleish(n.given[0])
        # (a post before the name: "Мерка Новодністровська Ірина Гнатюк", "Настоятель
        # Покровского храма")
        and not _post_before_name(
            word,
            (s1 := m.group(1).split()[0]),
            before[m.start(1) + m.group(1).find(s1) + len(s1) :],
            before,
        )
        # (a menu's crumb names no one: "Stateline Home > Health > Interview" over "Stateline:")
        and not _CRUMB_LINE.match(_line_at(before, m.start()))
    }
    if not found and re.fullmatch(r"[А-ЯЁІЇЄ][а-яёіїєґ'’]+", word):
        # "Ольга:" under "… рассказала нашему корреспонденту Ольге Ким": a Russian or
        # Ukrainian lead writes the first name in an oblique case; the label gives its
        # nominative, the surname is undone from the same case ("Ольгой Ивановой" -> "Иванова").
        for m in _CYR_PAIR.finditer(before):
            g, sur = m.group(1), m.group(2)
            if not _oblique_given(g, word) or is_title_token(sur) or _titleish(sur):
                continue
            if _line_at(before, m.start()).lstrip().startswith("Фото"):
                continue
            nom = _pair_nominative(g, sur)
            if nom[0] == word:
                surname = nom[1]
            elif dative_given(g) == word:
                surname = dative_surname(sur)
            else:
                continue
            found.add(f"{word} {surname}")
    return found.pop() if len(found) == 1 else None


# A first-name label's own first turn saying the whole name: "Colm: Good afternoon, and welcome
# to panel 3B. I'm Colm Ó Súilleabháin, and …" (an Irish surname's particle "Ó"/"Ní" included;
# the speaker's own spelling beats a roster's without its accents).
_SELF_NAMED = re.compile(
    rf"(?:^|[.!?,][ \t]+)(?:I['’]m|I[ \t]+am|{_MY_NAME_IS})"
    r"[ \t]+(?P<name>\S+(?:[ \t]+(?:(?:Ó|Ní|Nic|Uí|Mac|Mc|de|van|von|der|da|dos|al-)[ \t]+)?"
    rf"{_SURNAME_WORD}){{1,2}})(?=[ \t]*[,.;—–]|[ \t]+(?:and|и|і|та)\b)"
)


def _given_self_named(word: str, labels: Sequence[LabelHit], text: str) -> str | None:
    """The full name a first-name label ("Colm:") says is its own in its first turn's opening
    sentences; None when it does not."""
    at = next((i for i, h in enumerate(labels) if fold(h.info.text) == fold(word)), None)
    if at is None or not re.fullmatch(rf"[{UPPER}][{LOWER}]+", word):
        return None
    end = labels[at + 1].start if at + 1 < len(labels) else len(text)
    body = text[labels[at].end : min(end, labels[at].end + 300)].strip()
    m = _SELF_NAMED.search(body)
    if m is None or len(re.findall(r"[.!?](?=[ \t])", body[: m.start()])) > 2:
        return None
    name = name_from_phrase(m.group("name"))
    if name is None or not name.given or fold(name.given[0]) != fold(word):
        return None
    return name.display()


# English short forms of given names, the formal name each stands for: a label or a turn
# writes "Tom", the dek "Deacon Thomas Kowal" (the fullest form is the canonical one).
_SHORT_FORMS: dict[str, frozenset[str]] = {
    short: frozenset(formal.split("|"))
    for short, formal in {
        "tom": "thomas",
        "tommy": "thomas",
        "mike": "michael",
        "mick": "michael",
        "mickey": "michael",
        "bill": "william",
        "billy": "william",
        "will": "william",
        "liam": "william",
        "bob": "robert",
        "bobby": "robert",
        "rob": "robert",
        "bert": "albert|herbert|robert",
        "jim": "james",
        "jimmy": "james",
        "jamie": "james",
        "joe": "joseph",
        "joey": "joseph",
        "dan": "daniel",
        "danny": "daniel",
        "dave": "david",
        "davy": "david",
        "steve": "stephen|steven",
        "chris": "christopher",
        "pat": "patrick",
        "paddy": "patrick",
        "peggy": "margaret",
        "maggie": "margaret",
        "meg": "margaret",
        "peg": "margaret",
        "betty": "elizabeth",
        "liz": "elizabeth",
        "beth": "elizabeth",
        "kate": "catherine|katherine",
        "katie": "catherine|katherine",
        "kathy": "catherine|katherine|kathleen",
        "sue": "susan",
        "sally": "sarah",
        "nick": "nicholas",
        "tony": "anthony",
        "andy": "andrew",
        "ed": "edward",
        "ted": "edward",
        "ned": "edward",
        "frank": "francis",
        "greg": "gregory",
        "jack": "john",
        "johnny": "john",
        "sean": "john",
        "dick": "richard",
        "rick": "richard",
        "ben": "benjamin",
        "sam": "samuel",
        "matt": "matthew",
        "pete": "peter",
        "phil": "philip|phillip",
        "ron": "ronald",
        "ken": "kenneth",
        "larry": "lawrence",
        "gerry": "gerald|gerard",
        "jerry": "gerald|jerome",
        "nan": "ann|anne",
        "nancy": "ann|anne",
        "molly": "mary",
        "polly": "mary",
        "jenny": "jennifer",
        "jen": "jennifer",
        "cathy": "catherine",
        "dot": "dorothy",
        "dottie": "dorothy",
        "josh": "joshua",
        "alex": "alexander|alexandra",
        "zach": "zachary",
        "nate": "nathan|nathaniel",
        "jon": "jonathan",
        "abby": "abigail",
        "becky": "rebecca",
        "debbie": "deborah",
    }.items()
}


def _formal_written(display: str, text: str) -> str | None:
    """The formal given name the page writes for a short form before the same surname: "Josh
    Adler" (his own "I'm Josh Adler") where the dek has "Cantor Joshua Adler" — the fullest
    form; one formal name with that surname only."""
    words = display.split()
    if len(words) != 2 or (formal := _SHORT_FORMS.get(words[0].lower())) is None:
        return None
    givens = "|".join(sorted(f.capitalize() for f in formal))
    found = {
        m.group(1)
        for m in re.finditer(
            rf"(?<![{LETTER}])({givens})[ \t]+{re.escape(words[1])}(?![{LETTER}])", text
        )
    }
    return f"{found.pop()} {words[1]}" if len(found) == 1 else None


def _formal_titled(title: str, word: str, before: str) -> str | None:
    """The one full name a titled short-form label ("Fr. Mike:", "Deacon Tom:") stands for:
    a title and the formal given name (or the word itself) before a surname in the text above
    the label ("… with Father Michael Szymanski, pastor of …"). The formal given name wins."""
    formal = _SHORT_FORMS.get(word.lower())
    if formal is None or not re.fullmatch(rf"[{UPPER}][{LOWER}]+", word):
        return None
    givens = "|".join(sorted({word, *(f.capitalize() for f in formal)}))
    found = {
        n
        for m in re.finditer(
            rf"(?<![{LETTER}])(?P<t>[{UPPER}][{LOWER}]+\.?)[ \t]+(?P<g>{givens})[ \t]+"
            rf"(?P<s>{_SURNAME_WORD})(?![{LETTER}])",
            before,
        )
        if is_title_token(m.group("t"))
        and (n := name_from_phrase(f"{m.group('g')} {m.group('s')}")) is not None
        and n.has_full_given
    }
    if len({n.surname for n in found}) != 1:
        return None
    best = max(found, key=lambda n: n.given[0].lower() != word.lower())
    return best.display()


def _quoted_formal(display: str, text: str) -> str | None:
    """The formal name of a short form the page gives with the nickname quoted inside it:
    "Peggy Kerrigan" (from a lead) where the record card writes "Margaret "Peggy" Kerrigan"."""
    words = display.split()
    if len(words) != 2 or not re.fullmatch(rf"[{UPPER}][{LOWER}]+", words[0]):
        return None
    if words[1] not in text or not any(q + words[0] in text for q in "\"“«'‘"):
        return None  # (a cheap test first: the pattern below is compiled per name)
    found = {
        m.group(1)
        for m in re.finditer(
            rf"(?<![{LETTER}])({_NAME_WORD})[ \t]+[\"“«'‘]{re.escape(words[0])}[\"”»'’][ \t]+"
            rf"{re.escape(words[1])}(?![{LETTER}])",
            text,
        )
        if not _titleish(m.group(1))
    }
    return f"{found.pop()} {words[1]}" if len(found) == 1 else None


_GIVEN_BIO_LINE = re.compile(
    rf"(?m)^(?P<g>[{UPPER}][{LOWER}]+)[ \t]+(?P<s>{_SURNAME_WORD})(?:[ \t]+[’'‘]\d\d)?,?[ \t]+"
    r"(?:is|was)[ \t]+(?:a|an|the)[ \t]"
)


# "Рябов-старший:" / "Рябов-младший:": a father and son told apart by seniority, not name.
_ELDER_LABEL = re.compile(
    r"(?P<s>[А-ЯЁЇІЄҐ][а-яёїієґ'’]+)-(?P<r>старш(?:ий|ая)|младш(?:ий|ая)|молодш(?:ий|а))"
)
_PARENT_CHILD = re.compile(
    r"(?P<p>отц\w*|отец|матер\w*|мать|батьк\w*|мат[иі]р\w*|мам\w*)[ \t]+(?:и|і|та)[ \t]+"
    r"(?:сын\w*|доч\w*|син\w*|доньк\w*)"
    r"|(?:сын\w*|доч\w*|син\w*|доньк\w*)[ \t]+(?:и|і|та)[ \t]+"
    r"(?:отц\w*|отец|матер\w*|мать|батьк\w*|мат[иі]р\w*|мам\w*)"
)


def _elder_younger(display: str, text: str) -> str | None:
    """The person an elder/younger label ("Рябов-старший:") is: the lead names the pair under
    one plural surname and says which is the parent ("поговорили с Сергеем Николаевичем и
    Артёмом Рябовыми — …, отцом и сыном"): the parent is the elder, the child the younger."""
    m = _ELDER_LABEL.fullmatch(display)
    if m is None:
        return None
    elder = m.group("r").startswith("старш")
    found = set()
    for pair in re.finditer(
        rf"([{UPPER}][{LOWER}]+)(?:[ \t]+[{UPPER}][{LOWER}]+(?:ович|евич|ич|івн|овн|евн)\w*)?"
        rf"[ \t]+(?:и|і|та)[ \t]+([{UPPER}][{LOWER}]+)[ \t]+({re.escape(m.group('s'))}[{LOWER}]*)"
        rf"(?![{LETTER}])([^.!?\n]*)",
        text,
    ):
        g1, g2, sur, rest = pair.groups()
        said = _PARENT_CHILD.search(rest)
        couple = _plural_couple(g1, g2, sur)
        if said is None or couple is None or couple[0].surname != couple[1].surname:
            continue
        parent_first = said.group("p") is not None
        person = couple[0] if parent_first == elder else couple[1]
        if person.surname.startswith(m.group("s")[:-1]):
            found.add(person.display())
    if not found:
        # The lead says it of one of them in the nominative: "… головний тренер команди Ігор
        # Бойчук тренує власного сина. 22-річний захисник Андрій Бойчук …" — he is the elder;
        # the younger is the one other given name the page writes with that surname.
        sur = re.escape(m.group("s"))
        parents = {
            p.group(1)
            for p in re.finditer(
                rf"(?<![{LETTER}])([{UPPER}][{LOWER}]+)[ \t]+{sur}(?![{LETTER}])[^.!?\n]{{0,60}}?"
                r"(?<![а-яёіїєґ])(?:власного|свого|своего|собственного|рідного|родного)[ \t]+"
                r"(?:сина|сына|доньку|дочку|дочь)(?![а-яёіїєґ])",
                text,
            )
            if not is_title_token(p.group(1))
        }
        named = {
            g
            for g in re.findall(
                rf"(?<![{LETTER}])([{UPPER}][{LOWER}]+)[ \t]+{sur}(?![{LETTER}])", text
            )
            if not is_title_token(g) and not _titleish(g)
        }
        if len(parents) == 1 and len(named) == 2 and parents <= named:
            given = parents.pop() if elder else (named - parents).pop()
            found.add(f"{given} {m.group('s')}")
    return found.pop() if len(found) == 1 else None


_GENDER_ENDING = re.compile(
    r"(?:skaya|skiy|skyi|sky|ska|ova|ov|eva|ev|ская|ский|ська|ський|ова|ов|ева|ев)$"
)


def _gender_form(names: set[str], text: str) -> set[str]:
    """Of one given name with a Slavic surname written in both its genders ("Yuliia
    Zhuravska" / "Yuliia Zhuravsky"), the form the text writes most often; the set unchanged
    when the names differ otherwise or no form is the most frequent."""
    split = [n.rsplit(" ", 1) for n in names]
    if any(len(p) != 2 for p in split) or len({g for g, _ in split}) != 1:
        return names
    if len({_GENDER_ENDING.sub("", s) for _, s in split}) != 1:
        return names
    if not all(_GENDER_ENDING.search(s) for _, s in split):
        return names
    counts = Counter(
        {
            f"{g} {s}": len(re.findall(rf"(?<![{LETTER}]){re.escape(s)}(?![{LETTER}])", text))
            for g, s in split
        }
    ).most_common()
    return {counts[0][0]} if counts[0][1] > counts[1][1] else names


def _closing_bio(word: str, text: str, after: int) -> str | None:
    """The one full name a closing bio below the last turn gives a lone given-name label:
    "Tess:" asking, and under the interview "Tess Garrow ’09 is the features editor of …"."""
    found = {
        f"{m.group('g')} {m.group('s')}"
        for m in _GIVEN_BIO_LINE.finditer(text, after)
        if m.group("g") == word and not _titleish(m.group("s"))
    }
    return found.pop() if len(found) == 1 else None


def _nicknamed(word: str, before: str) -> str | None:
    """The one full name the text gives a label's lone word as a nickname or a short form,
    before the label first speaks: "Sandro:" under "Aleksandre Beridzeshvili — known to
    everyone in Kakheti as Sandro — exports …" or "Aleksandre "Sandro" Beridzeshvili"; "Оля:"
    under "Ведучі: Тарас Мельник і Оля (Ольга) Дзюба" (the form in brackets is the full one)."""
    if not re.fullmatch(rf"[{UPPER}][{LOWER}]+", word) or word not in before:
        return None  # (the word not in the text: none of the patterns, compiled per word)
    nick = re.escape(word)
    patterns = (
        # "Full Name — known (to everyone …) as Word", "Full Name, called Word", "…, nicknamed"
        rf"(?P<g>{_NAME_WORD})[ \t]+(?P<s>{_SURNAME_WORD})[ \t]*[,—–(][ \t]*"
        # (any adverb before it: "popularly known as", "affectionately called")
        rf"(?:(?:better|widely|universally|also|[a-z]+ly)[ \t]+)?(?:known|called|nicknamed|відом\w*"
        rf"|известн\w*)\b[^.\n;:]{{0,40}}?[ \t](?:as|як|как)?[ \t]*[\"“«'‘]?{nick}(?![{LETTER}])",
        # "Full Name — Word to everyone on the fourth floor —": the short form and whom it is
        # used by, set off by a dash, comma or bracket
        rf"(?P<g>{_NAME_WORD})[ \t]+(?P<s>{_SURNAME_WORD})[ \t]*[,—–(][ \t]*[\"“«'‘]?{nick}"
        r"[\"”»'’]?[ \t]+to[ \t]+(?:everyone|everybody|all|friends|family|colleagues|her|his"
        r"|their|the|most|those)\b",
        # A lead's sentence about the person, the name its subject and the short form at its
        # end: "Friedrich-Wilhelm von Arnim is eighty-one, has conducted …, and is known to
        # everyone in the building … simply as Fritz." (a particle before the surname kept)
        rf"(?:^|(?<=[.!?][ \t])|(?<=\n))(?P<g>{_NAME_WORD})[ \t]+"
        rf"(?P<s>(?:(?:{_PARTICLE_ALT})[ \t]+)?{_SURNAME_WORD})[ \t]+(?:is|was|has|had)[ \t]"
        rf"[^.\n;:]{{0,200}}?[ \t](?:known|called|nicknamed)[ \t][^.\n;:]{{0,80}}?[ \t]as"
        rf"[ \t]+[\"“'‘]?{nick}(?![{LETTER}])",
        # "Given "Word" Surname" (a particle the surname's: "Abdulrahman "Abood" Abu Sitta",
        # "Pieter "Piet" van der Berg")
        rf"(?P<g>{_NAME_WORD})[ \t]+[\"“«'‘]{nick}[\"”»'’][ \t]+"
        rf"(?P<s>(?:(?i:{_PARTICLE_ALT}|abu|abou|mac|ó|ní)[ \t]+){{0,2}}{_SURNAME_WORD})"
        rf"(?![{LETTER}])",
        # "Word (Given) Surname": the full given name in brackets after the short form
        rf"(?<![{LETTER}]){nick}[ \t]+\((?P<g>{_NAME_WORD})\)[ \t]+(?P<s>{_SURNAME_WORD})"
        rf"(?![{LETTER}])",
    )
    found = {
        n.display()
        for pattern in patterns
        for m in re.finditer(pattern, before)
        if (n := name_from_phrase(f"{m.group('g')} {m.group('s')}")) is not None
        and n.has_full_given
        and not _titleish(n.given[0])
    }
    return found.pop() if len(found) == 1 else None


def _line_at(text: str, pos: int) -> str:
    """The whole line of ``text`` that ``pos`` stands on."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1 : end if end >= 0 else len(text)]


_OWN_NAME_OPENING = re.compile(
    r"[ \t]*(?:(?:Hi|Hello|Yes|Good[ \t]+(?:morning|afternoon|evening))[,.!]?[ \t]+)?"
    r"(?:(?:[Mm]y[ \t]+name[ \t]+is|I['’]m|I[ \t]+am)[ \t]+)?"
    rf"(?P<given>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}]\.)?)[ \t]+"
    rf"(?P<surname>[{UPPER}][{LETTER}'’\-]+)[ \t]*[,.][ \t]"
)


def _own_name_first(name: Name, labels: Sequence[LabelHit], text: str) -> list[Name]:
    """The full name a surname label's first turn opens with, that surname its last word
    ("MR. KIMBALL:  Frank Kimball, 15 Orchard Lane."): a witness from the floor
    states it for the record."""
    first = next(
        (h for h in labels if h.info.name is not None and h.info.name.key == name.key), None
    )
    if first is None:
        return []
    m = _OWN_NAME_OPENING.match(text, first.end)
    if (
        m is None
        or fold(m.group("surname")) != fold(name.surname)
        or is_title_token(m.group("given"))
    ):
        return []
    named = name_from_phrase(f"{m.group('given')} {m.group('surname')}")
    return [named] if named is not None and named.has_full_given else []


def _presiding_named(surname: str, before: str) -> list[Name]:
    """The one person a hearing's cover says presides ("Hon. Harriet M. Hageman [Chairwoman of
    the Subcommittee] presiding."), the line wrapped anywhere, whose surname is ``surname``."""
    found = {
        named.key: named
        for m in _PRESIDING_LINE.finditer(before)
        if m.group("name").split()[-1] == surname
        and (named := name_from_phrase(" ".join(m.group("name").split()))) is not None
        and named.given
    }
    return list(found.values()) if len(found) == 1 else []


def _named_in_text(
    canon: dict[Name, str],
    labels: Sequence[LabelHit],
    text: str,
    header_text: str,
    known: Sequence[Name] = (),
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
        # (a particled surname is one name, "De la Roche-Marcay": only the words before it may
        # be titles)
        before = (
            display[: -len(name.surname)].split() if display.endswith(name.surname) else words[:-1]
        )
        # (an office's acronym the label parsed as its title counts too: "NSA Wi")
        if not name.given and (
            all(is_title_token(w) for w in before) or " ".join(before) == name.title
        ):
            at = first_at.get(name.key, 0)
            # (a two-letter surname keeps its title, which lets it count: "NSA Wi")
            bare = Name(
                given=(),
                surname=name.surname,
                title=name.title if len(name.surname) == 2 else None,
                caps=name.caps,
            )
            found = _complete_from_header([bare], text[max(0, at - 4000) : at], list(canon))
            if not found and name.title is not None and _HONORIFIC.fullmatch(name.title):
                # "Mrs. Hageman." under a hearing's cover that hard-wraps its chair's name
                # across lines ("Hon. Harriet M." / "Hageman [Chairwoman of the
                # Subcommittee] presiding."): the one presiding with that surname.
                found = _presiding_named(name.surname, text[max(0, at - 4000) : at])
            if not found and name.title is not None and _HONORIFIC.fullmatch(name.title):
                # "MS DAVIES:" under the cover's "MS R. DAVIES SC, Counsel Assisting": the
                # same courtesy title with initials before the surname is the fullest form
                # the page gives ("R. Davies").
                found = _initialled_in_text(name, text[max(0, at - 4000) : at])
            if not found and name.surname[:1].isupper():
                # "Ткачук:" / "Гордієнко:" under a closing credit "Ведучі: Тарас Ткачук, Ірина
                # Гордієнко": a hosts' line anywhere on the page writes them in full.
                credits = "\n".join(m.group(0) for m in _HOSTS_LINE.finditer(text))
                found = _complete_from_header([bare], credits) if credits else []
            if not found and name.title is not None and not _HONORIFIC.fullmatch(name.title):
                # "PRESIDENT HARLAN:" opening a joint press conference, his guest thanking
                # "President Daniel Harlan" further down: the label's own office with a full
                # name anywhere in the text is that person (one given name only; a bare
                # honorific such as "Mr." names no office and never completes so).
                found = _titled_in_text(name, text)
            # A nickname the text says in so many words beats a pair that merely ends in the
            # word: "Zulhas:" under "Zulkifli Hasan, popularly known as Zulhas" is he, not the
            # honorific pair a reporter's "Pak Zulhas, the price …" makes.
            # (after a title too, as a priest is called by his given name: "Fr Pat:" under "Fr
            # Patrick “Pat” Duggan, parish priest in Armley")
            nicknamed = (
                _nicknamed(words[-1], text[max(0, at - 4000) : at])
                if all(is_title_token(w) for w in words[:-1])
                else None
            )
            if nicknamed is None and name.title is not None and len(words) == 2:
                # "Fr. Mike:" / "Deacon Tom:" under the dek's "host Deacon Thomas Kowal sits
                # down with Father Michael Szymanski": a title and the short form's formal name.
                nicknamed = _formal_titled(words[0], words[1], text[max(0, at - 4000) : at])
            if not found and name.caps and name.title is not None:
                # "MR. KIMBALL:  Frank Kimball, 15 Orchard Lane. My concern is …":
                # one called up to state their name and address for the record opens with it.
                found = _own_name_first(name, labels, text)
            if nicknamed is not None:
                new = nicknamed
            elif len(found) == 1:
                new = found[0].display()
            elif (
                not found
                and len(words) == 2
                and fold(words[0]).rstrip(".") in _GIVEN_NAME_TITLES
                and (churched := _given_introduced(words[1], text[max(0, at - 4000) : at]))
            ):
                # A priest and his wife by church title and given name, as a parish calls
                # them ("о. Василь:", "Паніматка Ірина:"), under a lead that names them in
                # full: "… з о. Василем Гнатишиним та його дружиною …".
                new = churched
            elif not found and not words[:-1]:
                # (a label in capitals, "CIARÁN:", as the text writes the word: "Ciarán")
                new = (
                    _elder_younger(display, text)
                    or _given_self_named(display, labels, text)
                    or _given_introduced(display, text[max(0, at - 4000) : at])
                    or _nicknamed(display, text[max(0, at - 4000) : at])
                    # (or, none above, the author's bio closing the page below the last turn)
                    or _closing_bio(display, text, max(h.end for h in labels))
                    # (or a presenter's box there that quotes the short form inside the full
                    # name: "Marty:" over "PRESENTER" / "Martin "Marty" Keogh has presented …")
                    or _nicknamed(display, text[max(h.end for h in labels) :])
                    or new
                )
        elif (
            name.given
            and name.caps
            and name.title is not None
            and not _HONORIFIC.fullmatch(name.title)
            and (longer := _longer_after_title(name, display, text)) is not None
        ):
            # "PRESIDENT LULA DA SILVA:" under "Remarks by President Biden and President Luiz
            # Inácio Lula da Silva of Brazil": the label's own office, then more given names
            # before the very words the label writes, is that person's full name (a label in
            # capitals only: after a mixed-case "Міністерка енергетики Оксана Демченко:" the
            # lead's "… енергетики України Оксана Демченко" runs on with the office's genitive).
            new = longer
        elif (
            not name.given
            and len(words) > 1
            and words[0].lower() == name.surname.lower()
            and (nick := _nicknamed(words[0], text[: max(0, first_at.get(name.key, 0))]))
            and nick.endswith(display[len(words[0]) :])
        ):
            # "FRITZ:" completed by the headline's "… a conversation with Fritz von Arnim",
            # the lead spelling out whose short form it is ("Friedrich-Wilhelm von Arnim is
            # eighty-one … and is known to everyone … simply as Fritz"): the full name wins.
            new = nick
        if (
            name.given
            and (all(g.endswith(".") for g in name.given) or _initial_and_compound(name))
            and new == display
        ):
            new = (
                _initials_named(name, text)
                or _turned_to(name, text)
                or _addressed(name, text, labels)
                or _called_back(name, text, labels)
                or _handed_by_address(name, text, labels)
                or new
            )
            new = _addressed_respelling(name, new, text, labels) or new
        if not name.given and name.title is None and new == display:
            new = _given_by_reply(name, display, text, labels) or new
        initials = display.replace(".", "") if _DOTTED_INITIALS.fullmatch(display) else display
        if not name.given and name.title is None and _CAPS_INITIALS_ANY.fullmatch(initials):
            # "HB" (a journalist a WHO moderator calls: "The first question goes to Helena
            # Borg from Reuters"): the one full name with those initials in the text before
            # the label first speaks. "И.Т." under a headline "Иван Танасогло: «…»" too.
            at = first_at.get(name.key, 0)
            # "Ольга Сидоренко:" then "О.С.:" (a telethon write-up shortening the hosts after
            # their first turn): the one labelled speaker with those initials, as the label
            # writes the name (undoing a case ending would make "Ольга" "Ольг").
            labelled = {
                d
                for d in canon.values()
                if len(ws := d.split()) == 2
                and _initials_of(ws[0], ws[1], initials) == initials
                and d != display
            }
            # "Автор: Ганна Мельничук" over "Г.М.:", a headline "Юлія Лисенко: «…»" over
            # "Ю.Л.:": the one person the header itself names (in the nominative) with those
            # initials; undoing a case ending from running text would make "Ганна" "Ганн".
            headed = {
                n.display()
                for n in known
                if len(n.given) == 1
                and n.has_full_given
                and _initials_of(n.given[0], n.surname, initials).upper() == initials
            }
            authored = {
                f"{g} {sur}"
                for pattern in (_AUTHOR_FIELD_PAIR, _BYLINE_PAIR)
                for g, sur in pattern.findall(text[max(0, at - 4000) : at])
                if _latin_base(_initials_of(g, sur, initials)) == initials
                and not _titleish(g)
                and g.lower() not in NOT_GIVEN
            }
            introduced = (
                labelled
                or (headed if len(headed) == 1 else set())
                or (authored if len(authored) == 1 else set())
                or {
                    " ".join(_pair_nominative(g, sur, before[m.end(2) : m.end(2) + 30]))
                    # A photo's credit names the photographer, never a speaker: "Фото: Олексій
                    # Кондратюк для Forbes Ukraine" over the labels "О. К.:" / "Д. М.:".
                    for before in (_CREDIT.sub("", text[max(0, at - 4000) : at]),)
                    for m in itertools.chain(
                        _PAIR_AT.finditer(before),
                        _O_PAIR.finditer(before),
                        _CAP_PARTICLE_PAIR.finditer(before),
                    )
                    for g, sur in (m.groups(),)
                    # "EM:" for "Élise Moreau": an initial's accent is not written in the label.
                    if _latin_base(_initials_of(g, sur, initials)) == initials
                    and not _titleish(g)
                    and g.lower() not in NOT_GIVEN
                    # (a section menu's two first items are no one: "НВ:" under "Новини
                    # Війна   Політика   Бізнес …")
                    and not _menu_item_pair(_line_at(before, m.start()), f"{g} {sur}")
                }
                # "встретился с министром … Ольгой Петровной Кравец" over "О.К.:": a lead's
                # given name, patronymic and surname; the label's initials skip the patronymic.
                or {
                    " ".join(_gps_nominative(g, pat, sur))
                    for before in (_CREDIT.sub("", text[max(0, at - 4000) : at]),)
                    for g, pat, sur in _GPS.findall(before)
                    if _initials_of(g, sur, initials) == initials and not _titleish(g)
                }
                # An archive's record card names the respondent surname first, with her
                # patronymic: "Респондентка: Савчук Галина Петрівна" over "Г.С.:".
                or {
                    f"{g} {sur}"
                    for before in (_CREDIT.sub("", text[max(0, at - 4000) : at]),)
                    for sur, g in _SURNAME_FIRST_FIO.findall(before)
                    if _initials_of(g, sur, initials) == initials and not _titleish(g)
                }
            )
            if not introduced:
                # "TJ          Hello and welcome … My name is Tarik Jasarevic and …": the
                # label's own first turn names its speaker.
                own_at = next(
                    h.end for h in labels if h.info.name is not None and h.info.name.key == name.key
                )
                own_end = min((h.cut for h in labels if h.cut >= own_at), default=len(text))
                mine = {
                    f"{g} {sur}"
                    for g, sur in _MY_NAME.findall(text[own_at : min(own_end, own_at + 600)])
                    if _latin_base(_initials_of(g, sur, initials)) == initials
                    and not _titleish(g)
                    and g.lower() not in NOT_GIVEN
                }
                introduced = mine if len(mine) == 1 else set()
            if not introduced:
                # A regional paper signs the interview under its last answer, the surname in
                # capitals: "**Т.Б.:** Сколько длился переход?" … "Татьяна БЕЛОВА" — the one
                # name alone on a line below the last label with those initials.
                last = max(h.end for h in labels)
                signed = {
                    f"{g} {_recase_word(sur) if sur.isupper() else sur}"
                    for g, sur in _SIGNED_PAIR.findall(text, last)
                    if _latin_base(_initials_of(g, _recase_word(sur), initials)) == initials
                    and not _titleish(g)
                    and g.lower() not in NOT_GIVEN
                }
                introduced = signed if len(signed) == 1 else set()
            # A lead's "зі співзасновниками … Олександром Ковалем" beside a caption's "Олександр
            # Коваль (ліворуч)": the form the page prints is the nominative.
            introduced = {n for n in introduced if n in text} or introduced
            if len(introduced) > 1:
                # "Dr Yuliia Zhuravska" in the standfirst, "Dr Yuliia Zhuravsky" in a caption:
                # one woman, her surname once in its masculine form; the form the page writes
                # most often is hers.
                introduced = _gender_form(introduced, text)
            if any(_news_outlet(n) or _masthead_tail(text, n) for n in introduced):
                # "FT:" where the lead says "sat down with the Financial Times": the outlet's
                # label speaks as the outlet as written, like "TIME:" or "Reuters:"; so does
                # "OE:" under the masthead "Offshore Engineer".
                introduced = set()
            if len(introduced) == 1:
                new = introduced.pop()
        if (
            not name.given
            and name.title is None
            and new == display
            and re.fullmatch(rf"[{UPPER}]{{3}}", display)
        ):
            # "CSL:" under "Foreign Minister Celinda Sosa Lunda spoke with ABI …": a Spanish
            # name's three initials (given name, father's and mother's surnames), the one
            # three-word name the page before the label writes with them.
            at = first_at.get(name.key, 0)
            above = _CREDIT.sub("", text[max(0, at - 4000) : at])
            # (an acronym the prose above uses as a word is the organisation's: "GMF's Anna
            # Kowalczyk put the same questions …" under "German Marshall Fund of the United
            # States" — no one's initials)
            in_prose = re.search(rf"(?<![{LETTER}]){display}(?![{LETTER}])", above)
            triples = {
                " ".join(m.groups())
                for m in _TRIPLE_AT.finditer(above if in_prose is None else "")
                if "".join(w[0] for w in m.groups()) == display
                and not any(_titleish(w) or w.lower() in NOT_GIVEN for w in m.groups())
                and not _news_outlet(" ".join(m.groups()))
            }
            if len(triples) == 1:
                new = triples.pop()
        new = _respelled(new, header_text)
        # "PK:" named "Peggy Kerrigan" by the lead, the card above it "Margaret "Peggy"
        # Kerrigan": the formal name is the fullest form.
        new = _quoted_formal(new, text) or _formal_written(new, text) or new
        if (
            re.search(r"[иы]$", new)
            and (plural := name_from_phrase(new)) is not None
            and len(plural.given) == 1
        ):
            # "Артём:" joined to the caption's "Сергей Николаевич и Артём Рябовы": one member
            # of a plural surname is named in the singular ("Артём Рябов").
            new = _couple_single(plural, text).display()
        if new != display:
            renamed[display] = new
    return {n: renamed.get(d, d) for n, d in canon.items()}


def _longer_after_title(name: Name, display: str, text: str) -> str | None:
    """The one longer form of ``display`` (a label's given name and surname) that the text
    writes after the label's own title, one or two given names before it: "President Luiz
    Inácio Lula da Silva" for "PRESIDENT LULA DA SILVA:"."""
    assert name.title is not None
    title = r"[ \t]+".join(re.escape(w) for w in name.title.split())
    said = r"[ \t]+".join(re.escape(w) for w in display.split())
    pattern = re.compile(
        rf"(?<![{LETTER}])(?i:{title})[ \t]+((?:[{UPPER}][{LOWER}]+[ \t]+){{1,2}})((?i:{said}))"
        rf"(?![{LETTER}])"
    )
    found = {
        " ".join(f"{g} {w}".split())  # (as the text spells it: "da Silva")
        for g, w in pattern.findall(text)
        if not any(_titleish(x) or x.lower() in NOT_GIVEN for x in g.split()) and w[:1].isupper()
    }
    return found.pop() if len(found) == 1 else None


def _initialled_in_text(name: Name, text: str) -> list[Name]:
    """The one set of dotted initials the text writes between the label's courtesy title and
    its surname: "R. Davies" for "MS DAVIES:" under "MS R. DAVIES SC, Counsel Assisting"."""
    assert name.title is not None
    title = re.escape(name.title.rstrip("."))
    pattern = re.compile(
        rf"(?<![{LETTER}])(?i:{title})\.?[ \t]+((?:[{UPPER}]\.[ \t]*){{1,3}})"
        rf"(?i:{re.escape(name.surname)})(?![{LETTER}'’\-])"
    )
    sets = {tuple(re.findall(rf"[{UPPER}]\.", m)) for m in pattern.findall(text)}
    if len(sets) != 1:
        return []
    surname = _recase_word(name.surname) if name.surname.isupper() else name.surname
    return [Name(given=sets.pop(), surname=surname, title=None, caps=False)]


def _titled_in_text(name: Name, text: str) -> list[Name]:
    """The one full name the text writes after the label's own title: "President Daniel
    Harlan" for "PRESIDENT HARLAN:" (the title and the surname in any casing, the given name
    capitalised)."""
    assert name.title is not None
    title = r"[ \t]+".join(re.escape(w) for w in name.title.split())
    pattern = re.compile(
        rf"(?<![{LETTER}])(?i:{title})[ \t]+([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
        rf"[ \t]+(?i:{re.escape(name.surname)})(?![{LETTER}])"
    )
    givens = {g for g in pattern.findall(text) if not _titleish(g) and g.lower() not in NOT_GIVEN}
    if len(givens) != 1:
        return []
    surname = _recase_word(name.surname) if name.surname.isupper() else name.surname
    return [Name(given=(givens.pop(),), surname=surname, title=None, caps=False)]


# Three capitalised words in a row, read at every word (overlapping): "Celinda Sosa Lunda" in
# "Foreign Minister Celinda Sosa Lunda spoke …".
_TRIPLE_AT = re.compile(
    rf"(?<![{LETTER}])(?=([{UPPER}][{LOWER}]+)[ \t]+([{UPPER}][{LOWER}]+)[ \t]+"
    rf"([{UPPER}][{LOWER}]+)(?![{LETTER}]))"
)


def _initials_not_office(
    hit: LabelHit, labels: Sequence[LabelHit], canon: dict[Name, str], text: str
) -> str | None:
    """The person an office abbreviation's label ("PM:") stands for by initials, when the
    transcript labels by initials: "AM:" / "PM:" under "Chancellor Priya Mehta was interviewed
    by Aidan Marsh" are Aidan Marsh and Priya Mehta, not a prime minister. Needs another
    initials label the text completed, the one full name with those initials before the first
    label, and no prime minister (or other office the letters stand for) named by name."""
    initials = hit.info.text
    if not _CAPS_INITIALS.fullmatch(initials) or hit.info.office is None:
        return None
    completed = any(
        o.info.name is not None
        and not o.info.name.given
        and o.info.name.title is None
        and _CAPS_INITIALS.fullmatch(o.info.name.surname)
        and o.info.name.surname != initials
        and len(canon.get(o.info.name, "").split()) >= 2
        for o in labels
    )
    if not completed:
        return None
    preface = text[max(0, labels[0].cut - 4000) : labels[0].cut]
    office = re.escape(hit.info.office).replace(r"\ ", r"[ \t]+")
    if re.search(rf"\b(?i:{office})[ \t]+[{UPPER}][{LOWER}]", preface):
        return None  # "Prime Minister Keir Starmer" — the letters may well be the office
    found = {
        f"{g} {sur}"
        for g, sur in _PAIR_AT.findall(preface)
        if (g[0] + sur[0]) == initials and not _titleish(g) and g.lower() not in NOT_GIVEN
    }
    return found.pop() if len(found) == 1 else None


def _pair_nominative(given: str, surname: str, after: str = "") -> tuple[str, str]:
    """A running text's "Given Surname" in the nominative, the two words agreeing in gender.

    A given name in "-а"/"-я" is a woman's nominative as often as a man's genitive: "Ведуча
    24 Каналу Яна Мельник поговорила …" is Яна Мельник, "інтерв'ю Яна Мельника" Ян Мельник. A
    man's genitive declines his consonant-final surname too, and a woman's subject takes a
    feminine past verb ("Анна Ковалева спросила"), so either keeps the name as written; an
    oblique woman's name ("з Оленою Гриценко", "с Анной Ковалевой") is undone as before."""
    cons = r"[бвгджзклмнпрстфхцчшщ]"
    # (a vowel before "-я" too: "Соломія Гринів-Марчук" beside "Андрія Коломійця", whose
    # surname declines with him)
    if re.search(rf"(?:{cons}[ая]|[іиеь]я)$", given.lower()) and (
        (re.search(rf"{cons}$", surname.lower()) and _nominative(surname) == surname)
        or re.match(r"[ \t]+[а-яёіїєґ]{3,}ла\b", after)
    ):
        return given, surname
    g, sur = _nominative(given), _nominative(surname)
    if g == given and re.search(rf"(?:{cons}|й|ь)$", given.lower()):
        # A man's given name in the nominative ("Андрій", "Олексій", "Игорь": every oblique
        # case of it adds an ending) says the pair is in the nominative, so an "-а" surname
        # beside it is his own ("Андрій Сибіга — про …" is Сибіга, not Сибіг's genitive).
        return given, surname
    if (
        g == given
        and re.search(rf"{cons}[иы]$", given.lower())
        and sur != surname
        and re.search(rf"{cons}а$", surname.lower())
    ):
        # A man's given name of the "-а" declension in the genitive beside his declined
        # surname: "свідка — водія … Миколи Ярошенка" is Микола Ярошенко ("Никиты Петрова" is
        # Никита Петров); a woman's surname stays as written ("Олени Ярошенко").
        g = given[:-1] + "а"
    return g, sur


def _gps_nominative(given: str, patronymic: str, surname: str) -> tuple[str, str]:
    """A lead's given name, patronymic and surname in the nominative. A woman's patronymic in
    the dative puts her given name in the dative too: "адресовали директору … Марине
    Витальевне Шевчук-Лариной" is Марина Шевчук-Ларина."""
    if re.search(r"вн[еі]$", patronymic):
        return dative_given(given), _nominative(surname)
    return _pair_nominative(given, surname)


_CREDIT = re.compile(r"(?i)(?:фото|photo|foto)[ \t]*(?::|—|–|-)[ \t]*[^\n,;)]{0,60}")
# A page's author field prints the writer's name in the nominative: "Текст: Анна Королёва",
# "Автор: Ганна Мельничук", "Беседовала: Ольга Смирнова" (undoing a case ending there would make
# "Анна Королёва" the genitive of a man "Анн Королёв").
_AUTHOR_FIELD_PAIR = re.compile(
    r"^[ \t]*(?:Текст|Автор(?:ка)?|Author|Беседовал[аи]?|Интервью[ \t]+взял[аи]?|Розмовля\w*"
    r"|Спілкува\w*)[ \t]*:[ \t]+"
    rf"([{UPPER}][{LOWER}]+)[ \t]+([{UPPER}][{LOWER}'’\-]+)[ \t]*(?:\([^()\n]{{1,40}}\))?"
    # The photographer's credit may share the line, lower case after a comma: "Текст: Пётр
    # Ёлкин, фото: Дарья Кулёмина" (the photographer asks nothing).
    # (or after a full stop: "Текст: Дмитрий Ларин. Фото: Анастасия Белых")
    r"(?:[ \t]*[,;|/•·.][ \t]*(?i:фото\w*|photo\w*|ілюстраці\w+|иллюстраци\w+)\b[^\n]*)?"
    r"[ \t]*$",
    re.MULTILINE,
)
# The date and the author field on one meta row, the page's counters after them (a regional
# sports site: "07.11.2025, 10:15   Автор: Віталій Бойко   👁 1284"): the fields set apart by
# wide gaps or a bar, the date's digits before the field.
_DATED_AUTHOR_ROW_PAIR = re.compile(
    r"^[^\n]{0,30}\d[^\n]{0,30}?(?:[ \t]{2,}|[ \t]*[|·•][ \t]*)(?:Автор(?:ка)?|Author)[ \t]*:[ \t]+"
    rf"([{UPPER}][{LOWER}]+)[ \t]+([{UPPER}][{LOWER}'’\-]+)"
    r"(?:(?:[ \t]{2,}|[ \t]*[|·•][ \t]*)[^\n]{0,40})?[ \t]*$",
    re.MULTILINE,
)
# A byline line that is the writer's full name and the date, a site's name after a bar at
# most: "Mara Koenig 22 May 2025 | TheTyee.ca", "Mara Koenig · May 22, 2025".
_DATED_BYLINE_PAIR = re.compile(
    rf"^[ \t]*([{UPPER}][{LOWER}]+)[ \t]+([{UPPER}][{LOWER}'’\-]+)[ \t]+(?:[|·•,–—][ \t]*)?"
    r"(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},)[ \t]+\d{4}"
    r"(?:[ \t]*[|·•][^\n]{0,40})?[ \t]*$",
    re.MULTILINE,
)
# A byline naming one writer and where they filed from, the date line right under it (the
# Guardian: "Jane Roe in Helsinki" / "Mon 6 Oct 2025 05.00 BST"; session 33). Two writers
# ("Jane Roe and John Doe in Kyiv") are no match.
_PLACED_BYLINE_PAIR = re.compile(
    rf"^[ \t]*([{UPPER}][{LOWER}]+)[ \t]+([{UPPER}][{LOWER}'’\-]+)[ \t]+in[ \t]+"
    rf"[{UPPER}][\w'’\-]+(?:[ \t]+[{UPPER}][\w'’\-]+)?[ \t]*\n"
    r"[ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \t]+)?\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?"
    r"[ \t]+\d{4}\b[^\n]{0,30}$",
    re.MULTILINE,
)
# A print paper's byline: the writer's name, the surname often in capitals, a comma, and the
# outlet in guillemets on the next line (Урядовий кур'єр: "Марія ГУМЕНЮК," / "«Урядовий
# кур'єр»").
_OUTLET_BYLINE_PAIR = re.compile(
    rf"^[ \t]*([{UPPER}][{LOWER}]+)[ \t]+([{UPPER}](?:[{LOWER}'’\-]+|[{UPPER}'’\-]+)),[ \t]*\n"
    r"[ \t]*«[^»\n]{1,40}»[ \t]*$",
    re.MULTILINE,
)
# A full name alone on a line, Latin or Cyrillic, for the stacked byline rows below.
_LONE_PAIR = re.compile(
    rf"(?:[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}]+)?"
    rf"|[{_CYR_UP}][{_CYR_LOW}]+[ \t]+[{_CYR_UP}][{_CYR_LOW}'’\-]+)"
)
_PHOTO_CREDIT = re.compile(r"\b(?:Photo|Фото)[ \t]*:", re.IGNORECASE)


def _stacked_byline(header_text: str) -> str | None:
    """A byline set as a name alone on its line with no "By", in one of two stacks: over the
    outlet's own name and the date ("Святослав Хоменко" / "BBC News Україна" / "12 березня
    2026", the middle line's words all the masthead's), or under a headline that a dated rubric
    opens, over the photo's caption and its credit ("Jan 14, 2026 - Politics" / headline /
    "Esther Quintero" / "… Photo: …"). One such name only."""
    lines = [ln.strip() for ln in header_text[:3000].split("\n") if ln.strip()]
    masthead = {w for ln in lines[:3] for w in re.findall(rf"[{LETTER}]+", fold(ln))}
    found: set[str] = set()
    for i, line in enumerate(lines):
        if _LONE_PAIR.fullmatch(line) is None or i == 0:
            continue
        if header_text.count(line) > 1:
            continue  # (a name the lead writes again is its subject's, a caption's: no byline)
        below = lines[i + 1 : i + 3]
        outlet_words = re.findall(rf"[{LETTER}]+", fold(below[0])) if below else []
        over_outlet = (
            len(below) == 2
            and i >= 3
            and bool(outlet_words)
            and set(outlet_words) <= masthead
            and find_date(below[1]) is not None
            and len(below[1].split()) <= 6
        )
        if over_outlet or (
            i >= 2
            and below
            and _PHOTO_CREDIT.search(below[0]) is not None
            and len(lines[i - 1].split()) >= 4
            and find_date(lines[i - 2]) is not None
            and len(lines[i - 2].split()) <= 8
        ):
            found.add(line)
    return found.pop() if len(found) == 1 else None


# A news site's byline row: the writer's full name, a comma and the site's one-word name, the
# numeric date on the next line (Delfi's "Eglė Petrauskaitė, DELFI" / "2026-04-09 10:14"): the
# page's byline, which completes the writer's initialled label ("E. Petrauskaitė:").
_SITE_BYLINE_PAIR = re.compile(
    rf"^[ \t]*([{UPPER}][{LOWER}]+)[ \t]+([{UPPER}][{LOWER}'’\-]+),"
    rf"[ \t]+[{UPPER}][{LETTER}]{{1,20}}"
    r"[ \t]*\n[ \t]*\d{4}-\d{2}-\d{2}\b[^\n]{0,20}$",
    re.MULTILINE,
)
# The same field with a compound or particle surname, read whole for a given-name label:
# "Текст: Оксана Левицька-ван Дейк" closing the page over the labels "Оксана:" / "Соломія:",
# "Interview by: Maria de la Cruz".
_CREDIT_FULL_NAME = re.compile(
    # (a magazine's "Interview: Élodie de la Motte. Translated from the German by the author."
    # closing the page: the field's own word, the surname's particles before it, and a
    # sentence after the name)
    r"^[ \t]*(?:Текст|Автор(?:ка)?|Author|Text|Interview(?:ed)?[ \t]+by|Беседовал[аи]?"
    r"|Interview(?=[ \t]*:)"
    r"|Интервью[ \t]+взял[аи]?|Розмовля\w*|Спілкува\w*)[ \t]*:?[ \t]+"
    rf"(?P<given>[{UPPER}][{LOWER}]+)[ \t]+(?P<surname>(?:(?:van|de|der|den|von|la|du)[ \t]+)*"
    rf"[{UPPER}][{LOWER}'’]+"
    rf"(?:(?:-|[ \t]+)(?:[{UPPER}][{LOWER}'’]+|(?:van|de|der|den|von|la|du|ван|де|дер|фон)"
    rf"(?=[ \t-])))*)[ \t]*(?:$|\.(?=[ \t]+[{UPPER}][{LOWER}]+[ \t][^\n]*$))",
    re.MULTILINE,
)
# A byline line that is just the writer's name prints it in the nominative too: "5 апреля 2024
# в 09:12" then "Екатерина Сомова" over the labels "Е.С.:" / "В.Т.:" (undoing a case ending
# there would make her "Екатерин Сомов").
_BYLINE_PAIR = re.compile(
    rf"^[ \t]*([{UPPER}][{LOWER}]+)[ \t]+([{UPPER}][{LOWER}'’\-]+)[ \t]*$", re.MULTILINE
)
# The same, the surname possibly in capitals (a signature: "Татьяна БЕЛОВА").
_SIGNED_PAIR = re.compile(
    # (an "About" box's heading names the interviewee too: "About Teresa Álvarez-Moreno" over
    # her bio, for "T.A.-M.:"; a double surname's second part is capitalised)
    rf"^[ \t]*(?:About[ \t]+)?([{UPPER}][{LOWER}]+)[ \t]+"
    rf"([{UPPER}](?:[{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?|[{LOWER}'’\-]+|[{UPPER}'’\-]+))[ \t]*$",
    re.MULTILINE,
)
_CAPS_INITIALS = re.compile(rf"[{UPPER}]{{2}}")
# A double surname's initials keep the hyphen: "R.D.-P." (Rosa Díaz-Palacios) -> "RD-P".
_DOTTED_INITIALS = re.compile(rf"(?:[{UPPER}]\.){{2}}(?:-[{UPPER}]\.)?")
_CAPS_INITIALS_ANY = re.compile(rf"[{UPPER}]{{2}}(?:-[{UPPER}])?")


# A pair whose surname opens with "O'"/"Mac"/"Mc", which _PAIR_AT's name word does not read:
# "Hosts Jamal Kareem and Maeve O'Sullivan talk to …" over "MO:" (the surname's first capital
# is its initial).
_O_PAIR = re.compile(
    rf"(?<![{LETTER}.\-'’])({_NAME_WORD})[ \t]+((?:O['’]|Mac|Mc)[{UPPER}][{LOWER}]+)"
    rf"(?![{LETTER}'’])"
)


def _initials_of(given: str, surname: str, initials: str) -> str:
    """A name's initials in the form of the label's: "RD" for Rosa Díaz, and "RD-P" for Rosa
    Díaz-Palacios when the label spells both parts of the double surname ("RD-P")."""
    parts = surname.split("-")
    if "-" in initials and len(parts) == 2 and parts[1][:1].isupper():
        return given[0] + parts[0][0] + "-" + parts[1][0]
    words = surname.split()
    if len(words) > 1:
        # A particled surname: "MK" for Maria Van Kerkhove (the main word's initial), "MVK"
        # where the label spells the particle too.
        full = given[0] + "".join(w[0] for w in words)
        return full if len(initials) == len(full) else given[0] + words[-1][0]
    return given[0] + surname[0]


# A surname opening with a capitalised particle: "Dr Maria Van Kerkhove", "Anna De Luca".
_CAP_PARTICLE_PAIR = re.compile(
    rf"(?<![{LETTER}.\-])({_NAME_WORD})[ \t]+((?:Van|Von|De|Di|Da|Du|Del|Della|Le|La|Ter|Ten)"
    rf"(?:[ \t]+(?:der|den|de|la))?[ \t]+{_NAME_WORD})(?![{LETTER}])"
)
# A moderator names themself in their own first turn: "My name is Tarik Jasarevic and …".
_MY_NAME = re.compile(
    rf"(?<![{LETTER}])(?:[Mm]y[ \t]+name[ \t]+is|[Tt]his[ \t]+is)[ \t]+({_NAME_WORD})[ \t]+"
    rf"({_NAME_WORD})(?![{LETTER}])"
)


_FIO = re.compile(
    r"(?<![А-ЯЁа-яё])([А-ЯЁ][а-яё\-]+)[ \t]+([А-ЯЁ][а-яё]+)[ \t]+([А-ЯЁ][а-яё]+)(?![а-яё])"
)
_GPS = re.compile(
    rf"(?<![{_CYR_UP}{_CYR_LOW}])(?=([{_CYR_UP}][{_CYR_LOW}]+)[ \t]+([{_CYR_UP}][{_CYR_LOW}]+"
    rf"(?:вич|вна|ична|івна|ївна|ича|вны|вну|вне|вной|вні|вною|вни|вичу|вичем|ичем|ичу|ичной))"
    # (a double surname's second part is capitalised: "Марине Витальевне Шевчук-Лариной")
    rf"[ \t]+([{_CYR_UP}][{_CYR_LOW}]+(?:-[{_CYR_UP}]?[{_CYR_LOW}]+)*))"
)


# A name in the nominative, surname first, then the given name and the patronymic: "Савчук
# Галина Петрівна", "Зуев Константин Игоревич".
_SURNAME_FIRST_FIO = re.compile(
    rf"(?<![{_CYR_UP}{_CYR_LOW}])([{_CYR_UP}][{_CYR_LOW}]+(?:-[{_CYR_UP}][{_CYR_LOW}]+)?)[ \t]+"
    rf"([{_CYR_UP}][{_CYR_LOW}]+)[ \t]+[{_CYR_UP}][{_CYR_LOW}]+(?:вич|вна|ична|ич)"
    rf"(?![{_CYR_LOW}])"
)


# A woman's patronymic's oblique endings: Ukrainian "-івни/-івні/-івну/-івною", Russian
# "-овны/-овне/-овну/-овной".
_FEMININE_PATRONYMIC_CASE = re.compile(r"(?<=вн)(?:у|і|ою|ой|е|ы|и)$")


def _oblique_feminine_patronymic(word: str) -> bool:
    """Is ``word`` a woman's patronymic in an oblique case ("Василівні", "Сергеевну")?"""
    m = _FEMININE_PATRONYMIC_CASE.search(word)
    return m is not None and _patronymic(word[: m.start()] + "а")


def _fullest(people: Sequence[Name], text: str) -> str | None:
    """The display name of the one person ``people`` names (None for none or several), an
    initials form completed from the text as for labels ("С.В.Лаврова" + "Сергей Викторович")."""
    if len({n.key for n in people}) != 1:
        return None
    name = people[0]
    if (
        len(name.given) >= 2
        and re.fullmatch(rf"[{UPPER}'’]{{3,}}\.", name.given[0])
        and not name.given[1].isupper()
    ):
        # A headline's rubric in capitals, closed by a full stop, before the name: "ІНТЕРВ'Ю.
        # Тарас Гнатишин: «…»" is Тарас Гнатишин (never initials: those have one or two letters).
        name = Name(name.given[1:], name.surname, name.title, name.caps)
    if name.given and all(g.endswith(".") for g in name.given):
        return _initials_named(name, text) or name.display()
    return name.display()


def _initial_and_compound(name: Name) -> bool:
    """Is the name one initial before a surname of two or more words ("Б.Абдель Ати:", "Х.Ван
    Дейк:")? The parser reads the surname's first word as a given name."""
    return (
        len(name.given) >= 2
        and re.fullmatch(rf"[{UPPER}]\.", name.given[0]) is not None
        and not any(g.endswith(".") for g in name.given[1:])
    )


def _patronymic_label_named(name: Name, text: str) -> str | None:
    """The full name for a label "Given Patronymic" from the one "Given Patronymic Surname" the
    text writes in any case ("Гульнарой Рашитовной Хабибуллиной" -> "Гульнара Хабибуллина")."""
    if len(name.given) != 1 or not _patronymic(name.surname) or name.caps:
        return None
    given, pat = name.given[0], name.surname
    found = set()
    for g, p, sur in _GPS.findall(text):
        # (a fleeting vowel leaves the given name's case forms: "Павел" -> "Павла Андреевича")
        fleeting = given[:-2] + given[-1] if re.search(r"[оеё][лкнцр]$", given) else given
        if not (
            (g.startswith(given[: max(3, len(given) - 1)]) or g.startswith(fleeting))
            and p.startswith(pat[: max(4, len(pat) - 1)])
            and len(g) <= len(given) + 2
        ):
            continue
        if sur == p or _patronymic(sur):
            continue
        if pat.endswith("вна"):
            # A woman's surname in an oblique case: "Хабибуллиной" -> "Хабибуллина", "Коваленко"
            # (indeclinable) as written.
            sur = re.sub(r"(?<=[ёеиы]н|[оеё]в)(?:ой|ою|у|ы|е|і)$|(?<=ск|цк)(?:ой|ую|ая)$", "а", sur)
            sur = re.sub(r"(?<=ськ|цьк)(?:ої|ою|у)$", "а", sur)
        elif p.endswith("ичу") and re.search(r"(?:[оеё]в|[иы]н|[ео]м)у$", sur):
            # The dative, the patronymic saying so: "Николаю Петровичу Саврасову исполнилось
            # семьдесят" for "Петрович:" -> "Саврасов".
            sur = dative_surname(sur)
        elif sur != _nominative(sur):
            sur = _nominative(sur)
        found.add(sur)
    return f"{given} {found.pop()}" if len(found) == 1 else None


def _initials_named(name: Name, text: str) -> str | None:
    """The one full name the text gives for an initials label (see ``_named_in_text``)."""
    cyrillic = re.search(r"[а-яёіїєґ]", fold(name.surname)) is not None
    first = fold(name.given[0])[:1]
    if _initial_and_compound(name):
        # "Б.Абдель Ати:" under "Мой коллега и друг Бадр Абдель Ати …": the one given name the
        # text writes before the whole surname, its initial the label's ("Бадром Абдель Ати":
        # the instrumental undone; the surname's words must stand as the label has them).
        rest = [*name.given[1:], name.surname]
        found = {
            _nominative(g)
            if cyrillic and re.search(r"(?:[бвгджзклмнпрстфхцчшщ]ом|[аеиоуя]ем)$", g)
            else g
            for g in re.findall(
                rf"(?<![{LETTER}.\-])([{UPPER}][{LOWER}'’\-]+)[ \t]+"
                + r"[ \t]+".join(re.escape(w) for w in rest)
                + rf"(?![{LETTER}])",
                text,
            )
            if fold(g)[:1] == first and not is_title_token(g) and g.lower() not in NOT_GIVEN
        }
        return f"{found.pop()} {' '.join(rest)}" if len(found) == 1 else None
    surname = _recase_word(name.surname) if name.caps else name.surname
    if cyrillic:
        # "Лица: Лукашенко Александр Григорьевич", "Персоналии: Захарова Мария Владимировна":
        # surname, given name and patronymic, all in the nominative — the page's own index.
        # The index also gives the nominative of a surname the title declines: "Выступление
        # … В.А.Небензи" over "Теги: Небензя Василий Алексеевич".
        indexed_full = {
            (g, sur if _declined_from(name.surname, sur) else surname)
            for sur, g, pat in _FIO.findall(text)
            if (fold(sur) == name.key or _declined_from(name.surname, sur))
            and fold(g)[:1] == first
            and _patronymic(pat)
        }
        if len(indexed_full) == 1:
            g, sur = indexed_full.pop()
            return f"{g} {sur}"
    given: set[str] = set()
    addressed: set[str] = set()
    if cyrillic:
        # "Игорь Валерьевич Сухарев", "… Дмитрия Николаевича Ковалёва": given name, patronymic,
        # surname (any case) — the patronymic must agree with a second initial if there is one.
        for g, pat, sur in _GPS.findall(text):
            # A woman's patronymic in an oblique case puts her given name in the same case,
            # whatever her surname does: a chair's "Слово надається Ірині Василівні Лисенко",
            # "Запрошую Юлію Сергіївну Марченко" for "ЛИСЕНКО І.В.", "МАРЧЕНКО Ю.С.".
            feminine = _oblique_feminine_patronymic(pat)
            # A man's in the dative, the floor given to him: government.ru's "Слово Министру
            # финансов Антону Германовичу Силуанову" for "А.Силуанов".
            masc_dative = re.search(r"(?:вичу|ичу)$", pat) is not None
            if (
                not _patronymic(_nominative(pat))
                and not _patronymic(pat)
                and not feminine
                and not masc_dative
            ):
                continue
            if fold(g)[:1] != first or (
                len(name.given) >= 2 and fold(pat)[:1] != fold(name.given[1])[:1]
            ):
                continue
            if fold(sur) == name.key:
                given.add(_feminine_given(g, text) if feminine else g)
            elif fold(_nominative(sur)) == name.key:
                given.add(_given_beside(g, name, text))
            elif masc_dative and fold(dative_surname(sur)) == name.key:
                given.add(dative_given(g))
    for m in _PAIR_AT.finditer(text):
        g, sur = m.group(1), m.group(2)
        if (
            cyrillic
            and fold(g) == name.key
            and fold(sur)[:1] == first
            and not is_title_token(sur)
            and not _patronymic(sur)
            and re.search(r"(?:[бвгджзклмнпрстфхцчшщйь]|[ая]|ро|ло)$", sur)
        ):
            # A stenogram's chair calls the next deputy surname first: "Наступне запитання.
            # Ярмоленко Петро, фракція …" for "ЯРМОЛЕНКО П.І." (a nominative given name only).
            given.add(sur)
            continue
        if is_title_token(g) or fold(g)[:1] != first:
            continue
        if fold(sur) == name.key:
            instrumental = cyrillic and re.search(r"(?:[бвгджзклмнпрстфхцчшщ]ом|[аеиоуя]ем)$", g)
            # An indeclinable surname after a declined given name: "Слово надається Ірині
            # Савчук" — the dative only after a word that gives the floor or thanks ("Метте
            # Фредеріксен", "Тоні Блер" end so in the nominative).
            dative = (
                cyrillic
                and re.search(r"[бвгджзклмнпрстфхцчшщ][іе]$", g)
                and len(g) > 3
                and _DATIVE_CUE.search(text[max(0, m.start() - 40) : m.start()]) is not None
            )
            # "… главного редактора газеты «Компас» Будимана Тантио": his genitive.
            genitive = cyrillic and _genitive_after_post(g, text, m.start(1))
            if cyrillic and not instrumental and _WOMAN_INSTRUMENTAL_GIVEN.search(g):
                # "Встреча с Министром … Оксаной Лут" for "О.Лут:": her instrumental.
                given.add(_feminine_given(g, text))
                continue
            given.add(
                _nominative(g) if instrumental or genitive else dative_given(g) if dative else g
            )
        elif cyrillic and fold(_nominative(sur)) == name.key:
            given.add(_given_beside(g, name, text))
        elif cyrillic and _dative_of(g, sur, name.key):
            # "Слово надається народному депутату Олександру Бойку" for "БОЙКО О.П.".
            given.add(dative_given(g))
        elif (
            len(name.given) >= 2
            and _patronymic(sur)
            and fold(sur)[:1] == fold(name.given[1])[:1]
            and cyrillic == (re.search(r"[а-яё]", fold(sur)) is not None)
        ):
            addressed.add(g)  # "Сергей Викторович" / "Sergey Viktorovich" address "С.В. Лавров"
        elif (
            cyrillic
            and len(name.given) >= 2
            and re.search(r"(?:вичу|ичу|[іїи]вно|ічно)$", sur)
            and fold(sur)[:1] == fold(name.given[1])[:1]
            and (nominative := _vocative_nominative(g, text)) is not None
        ):
            # Ukrainian addresses in the vocative: "Дякую, Василю Олександровичу" for the
            # chair "ДАНИЛЮК В.О.", "Будь ласка, Юліє Миколаївно" for "ГНАТЮК Ю.М.".
            addressed.add(nominative)
    # The names the text writes with the surname itself (not an address by given name and
    # patronymic alone, which fits anyone with those initials).
    with_surname = set(given)
    given |= addressed
    given = {g for g in given if not _patronymic(g) and g.lower() not in NOT_GIVEN}
    # A woman's given name in the genitive beside its nominative: the question's "до
    # начальника управління освіти Світлани Гордієнко" and the chair's "Дякую, Світлано
    # Петрівно" (read back as "Світлана") for "Гордієнко С.П." — one name, the nominative.
    given -= {
        g
        for g in given
        if cyrillic
        and g[-1:].lower() in "иіыї"
        and any(o != g and o[:-1] == g[:-1] and o[-1:].lower() in "ая" for o in given)
    }
    if len(given) > 1 and cyrillic:
        # Two deputies with the same initials ("ГОНЧАРЕНКО О.О.", "МЕРЕЖКО О.О.") make the
        # chair's addresses ("Олексію Олексійовичу", "Олександре Олександровичу") fit both:
        # the one name the text writes beside this surname ("Олексій Гончаренко") decides.
        # (never a patronymic in an oblique case: "Андрея Александровича Шевченко")
        beside = {
            g
            for g in given & with_surname
            if not re.search(r"(?:ович|евич|ьович|івн|ївн|овн|евн)", g)
        }
        if len(beside) == 1:
            given = beside
    if len(given) != 1:
        return None
    return f"{given.pop()} {surname}"


# What puts the name after it in the dative: the floor given or thanks ("Слово надається
# народній депутатці Ірині Савчук", "Предоставляю слово Ирине Савчук", "Дякую Ірині Савчук").
_DATIVE_CUE = re.compile(
    r"(?i:надається|надаю|передаю|предоставляется|предоставляю|слово|дякую|благодарю"
    r"|депутатці|депутату|депутатові)(?:[ \t]+[а-яёіїєґ'’]+)?[ \t]+$"
)


def _vocative_nominative(word: str, text: str) -> str | None:
    """A Ukrainian given name addressed with the patronymic, in the vocative or (a chair's
    "Слово надається Данилу Олександровичу") the dative, in the nominative: "Василю" ->
    "Василь", "Андрію" -> "Андрій", "Юліє" -> "Юлія", "Ірино" -> "Ірина", "Олександре" /
    "Олександру" -> "Олександр", "Петре" / "Петру" -> "Петро", "Данилу" -> "Данило", "Олегу"
    -> "Олег". Where the ending allows two readings, the one the text writes wins ("Ігорю":
    "Ігор" beside the Russian "Игорь"); None for an ending that is neither case."""
    low = word.lower()
    options: list[str] = []
    if low.endswith("лю"):
        options = [word[:-1] + "ь"]
    elif low.endswith("рю"):
        options = [word[:-1], word[:-1] + "ь"]
    elif re.search(r"[аеиоуіїяю]ю$", low):
        options = [word[:-1] + "й"]
    elif low.endswith("є"):
        options = [word[:-1] + "я"]
    elif low.endswith("о"):
        options = [word[:-1] + "а"]
    elif re.search(r"[бвгджзклмнпрстфхцчшщ][еу]$", low):
        # "Петре", "Дмитре", "Павле", "Михайле", "Даниле" (or "Петру", "Данилу") stand for
        # names in "-о"; "Олександре", "Богдане", "Олегу" for a bare stem.
        stem = word[:-1]
        in_o = re.search(r"(?:тр|вл|йл|ил)$", low[:-1]) is not None
        options = [stem + "о", stem] if in_o else [stem, stem + "о"]
    if not options:
        return None
    for option in options:
        if re.search(rf"(?<![{LETTER}]){re.escape(option)}(?![{LETTER}])", text):
            return option
    return options[0]


def _dative_of(given: str, surname: str, key: str) -> bool:
    """Is "Given Surname" the dative of a man named by the surname ``key`` ("Олександру Бойку"
    for "бойко", "Дмитрию Киселёву" for "киселёв")? The given name must be a dative one."""
    if dative_given(given) == given or not re.search(r"(?:у|ю)$", given):
        return False
    s = fold(surname)
    # A Ukrainian surname in "-ко" declines like a noun: "Бойко" -> "Бойку", "Шевченку".
    return fold(dative_surname(surname)) == key or (key.endswith("о") and s == key[:-1] + "у")


def _declined_from(declined: str, nominative: str) -> bool:
    """Is ``declined`` a genitive of the nominative surname ``nominative`` that a crude
    genitive reading left alone: "Небензи" of "Небензя", "Шмыги" of "Шмыга" (a first-declension
    surname's "-и"/"-ы" for its "-а"/"-я")."""
    d, n = fold(declined), fold(nominative)
    return len(n) >= 4 and d != n and d[:-1] == n[:-1] and d[-1] in "иы" and n[-1] in "ая"


def _initial_shared(name: Name, labels: Sequence[LabelHit]) -> bool:
    """Whether another label's given name starts as ``name``'s does ("Д.Мантуров:" beside
    "Д.Песков:"): an address by given name and patronymic could then be either's."""
    first = fold(name.given[0])[:1]
    return any(
        (other := h.info.name) is not None
        and other.key != name.key
        and bool(other.given)
        and fold(other.given[0])[:1] == first
        for h in labels
    )


def _addressed(name: Name, text: str, labels: Sequence[LabelHit]) -> str | None:
    """The given name of a one-initial label ("Д.Песков:") that the text addresses by given name
    and patronymic only ("Вот Дмитрий Сергеевич показывает, что время вышло"; "Sergey
    Viktorovich, …"): used only when exactly one such address has the label's initial and no
    other label's given name starts with it (a "Д.Мантуров:" beside it makes "Денис
    Валентинович" anyone's). A pair followed by a surname ("Дмитрий Анатольевич Медведев")
    names someone else and makes the address ambiguous."""
    if len(name.given) != 1:
        return None
    first = fold(name.given[0])[:1]
    if _initial_shared(name, labels):
        return None
    cyrillic = re.search(r"[а-яёіїєґ]", fold(name.surname)) is not None
    pairs: set[tuple[str, str]] = set()
    for m in _PAIR_AT.finditer(text):
        g, pat = m.group(1), m.group(2)
        if fold(g)[:1] != first or is_title_token(g) or not _patronymic(pat):
            continue
        if cyrillic != (re.search(r"[а-яёіїєґ]", fold(pat)) is not None):
            continue
        after = text[m.start() + len(g) : m.start() + len(g) + 1 + len(pat) + 40]
        nxt = re.match(rf"[ \t]+{re.escape(pat)}[ \t]+([{UPPER}][{LOWER}]+)", after)
        if nxt and fold(_nominative(nxt.group(1))) != name.key:
            return None  # "Денис Валентинович Мантуров": a named person, not an address
        pairs.add((g, pat))
    if len(pairs) != 1 or fold(next(iter(pairs))[0]) in NOT_GIVEN:
        return None
    surname = _recase_word(name.surname) if name.caps else name.surname
    return f"{next(iter(pairs))[0]} {surname}"


# The reply's opening address by given name: "Thank you, Margaret.", "Margaret, I …".
# (only after thanks: a bare "Fully." or "Honestly," opening a reply is no address)
_REPLY_ADDRESS = re.compile(
    r"[ \t]*(?:Thank[ \t]+you|Thanks)(?:[ \t]+(?:so|very)[ \t]+much)?,[ \t]+"
    r"(?P<g>[A-Z][a-z]{2,})[ \t]*[.!]"
)


def _given_by_reply(name: Name, display: str, text: str, labels: Sequence[LabelHit]) -> str | None:
    """The given name of a bare Latin surname label ("HOOVER:") that the other speaker's reply
    right after it opens with ("CURTIS: Thank you, Margaret. …"): a speaker never addresses
    himself, so the address is the asker's. Only a two-voice dialogue, every such address the
    same given name, no label and no title word spelling it."""
    # (a surname, no initials label: "RW:", "HA:" are someone's initials)
    if (
        name.given
        or not re.fullmatch(r"[A-Za-z'’\-]{4,}", name.surname)
        or _CAPS_INITIALS_ANY.fullmatch(display)
    ):
        return None
    # (a page that writes the surname after a given name elsewhere must agree: "JONATHAN
    # KARL, ABC …" over "KARL:" is no "Jon" the guest thanks, by nickname; the credits' "Firing
    # Line with Margaret Hoover" under the last turn is the thanked Margaret)
    written = {
        fold(m.group(1))
        for m in re.finditer(
            rf"(?<![\w])([A-Z][A-Za-z]+)[ \t]+{re.escape(name.surname)}(?![\w])",
            text,
            flags=re.IGNORECASE,
        )
    }
    ordered = sorted(labels, key=lambda h: h.start)
    keys = {h.info.name.key for h in ordered if h.info.name is not None}
    if len(keys) != 2 or any(h.info.name is None for h in ordered):
        return None
    given: set[str] = set()
    for i, (prev, h) in enumerate(itertools.pairwise(ordered)):
        before, after = prev.info.name, h.info.name
        if before is None or after is None or before.key != name.key or after.key == name.key:
            continue
        end = ordered[i + 2].start if i + 2 < len(ordered) else len(text)
        m = _REPLY_ADDRESS.match(text, h.end, end)
        if m is None:
            continue
        g = m.group("g")
        if (
            is_title_token(g)
            or fold(g) in NOT_GIVEN
            or any(
                fold(g) in (fold(w) for w in (o.given or ()) + (o.surname,))
                for o in (x.info.name for x in ordered)
                if o is not None
            )
        ):
            return None
        given.add(g)
    if len(given) != 1 or (written and fold(next(iter(given))) not in written):
        return None
    surname = _recase_word(name.surname) if name.caps else name.surname
    return f"{given.pop()} {surname}"


def _handed_by_address(name: Name, text: str, labels: Sequence[LabelHit]) -> str | None:
    """The given name of a one-initial Russian or Ukrainian label that shares its initial with
    another's (so ``_addressed`` cannot tell whose an address is): the other speaker's turn
    right before each of its labels addresses it by given name and patronymic ("М.Мишустин:
    Спасибо. Марат Шакирзянович, что с ремонтом мостов …?" / "М.Хуснуллин: …"). A speaker
    never addresses himself, so the address in the turn handing over is the next speaker's.
    Used only when every such turn gives the same given name."""
    if len(name.given) != 1 or not re.search(r"[а-яёіїєґ]", fold(name.surname)):
        return None
    first = fold(name.given[0])[:1]
    ordered = sorted(labels, key=lambda h: h.start)
    given: set[str] = set()
    for prev, h in itertools.pairwise(ordered):
        if h.info.name is None or h.info.name.key != name.key:
            continue
        if prev.info.name is None or prev.info.name.key == name.key:
            continue
        turn = text[prev.end : h.start]
        for m in re.finditer(
            r"(?<![а-яёіїєґА-ЯЁІЇЄҐ.\-])([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)[ \t]+([А-ЯЁІЇЄҐ][а-яёіїєґ]+)"
            r"[ \t]*[,!?]",
            turn,
        ):
            g, pat = m.group(1), m.group(2)
            if fold(g)[:1] != first or not _patronymic(pat) or is_title_token(g):
                continue
            if fold(g) in NOT_GIVEN:
                continue
            given.add(g)
    if len(given) != 1:
        return None
    surname = _recase_word(name.surname) if name.caps else name.surname
    return f"{given.pop()} {surname}"


# kremlin.ru's note of whom the President turns to, then his address by given name and
# patronymic: "(Обращаясь к В.Фалькову.) Валерий Николаевич, пожалуйста, …" (Ukrainian
# "(Звертаючись до В.Фалькова.)"): the note's initial and surname, in the dative or genitive,
# say whose the address is.
_TURNED_TO = re.compile(
    r"\((?:Обращаясь[ \t]+ко?|Звертаючись[ \t]+до)[ \t]+([А-ЯЁІЇЄҐ])\.[ \t]?"
    r"([А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+)\.?\)[ \t]*"
    r"([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)[ \t]+([А-ЯЁІЇЄҐ][а-яёіїєґ]+)[ \t]*[,!]"
)


def _turned_to(name: Name, text: str) -> str | None:
    """The given name of a one-initial label ("В.Фальков:") whom a note "(Обращаясь к
    В.Фалькову.)" names just before an address by given name and patronymic ("Валерий
    Николаевич, …"): the note's initial and the stem of its surname must be the label's. Used
    only when every such note for the label gives the same given name."""
    if len(name.given) != 1 or "(" not in text:
        return None
    first = fold(name.given[0])[:1]
    surname = fold(name.surname)
    stem = surname[: max(3, len(surname) - 2)]
    given: set[str] = set()
    for m in _TURNED_TO.finditer(text):
        g, pat = m.group(3), m.group(4)
        if (
            fold(m.group(1)) != first
            or not fold(m.group(2)).startswith(stem)
            or len(m.group(2)) > len(name.surname) + 3
            or fold(g)[:1] != first
            or not _patronymic(pat)
            or is_title_token(g)
            or fold(g) in NOT_GIVEN
        ):
            continue
        given.add(g)
    if len(given) != 1:
        return None
    return f"{given.pop()} {_recase_word(name.surname) if name.caps else name.surname}"


# Openers that take a comma like a vocative but name nobody ("Пожалуйста, …", "Значит, …").
_NOT_VOCATIVE = frozenset(
    {
        *("пожалуйста", "значит", "слушай", "слушайте", "знаешь", "правда", "тогда", "когда"),
        *("смотри", "извини", "прости", "короче", "кстати", "однако", "итак", "хорошо"),
        *("слухай", "знаєш", "тобто", "звісно", "отже", "втім"),
    }
)


def _called_back(name: Name, text: str, labels: Sequence[LabelHit]) -> str | None:
    """The given name of a one-initial Russian or Ukrainian label that the next speaker calls
    by it in reply ("П.Зарубин: Владимир Владимирович, можно уточнить? …" / "В.Путин: Павел,
    Вы же сами были в Брюсселе …"): a journalist is addressed by given name alone. Used only
    when every reply that opens so gives the same name, with the label's initial, and no other
    label's given name starts with it."""
    if len(name.given) != 1 or not re.search(r"[а-яёіїєґ]", fold(name.surname)):
        return None
    first = fold(name.given[0])[:1]
    ordered = sorted(labels, key=lambda h: h.start)
    if _initial_shared(name, labels):
        return None
    called: set[str] = set()
    for h, nxt in itertools.pairwise(ordered):
        if h.info.name is None or h.info.name.key != name.key:
            continue
        if nxt.info.name is not None and nxt.info.name.key == name.key:
            continue
        # A nominative given name: a consonant, "-й"/"-ь", or "-а"/"-я" ("Павел", "Андрей",
        # "Игорь", "Мария"), set off by a comma at the reply's start.
        m = re.match(
            r"[ \t]*([А-ЯЁІЇЄҐ][а-яёіїєґ'’]{2,11})(?<=[бвгджзклмнпрстфхцчшщйьая]),[ \t]",
            text[nxt.end :],
        )
        if m and fold(m.group(1))[:1] == first and m.group(1).lower() not in _NOT_VOCATIVE:
            called.add(m.group(1))
    if len(called) != 1:
        return None
    given = called.pop()
    if is_title_token(given) or _patronymic(given) or fold(given) in NOT_GIVEN:
        return None
    surname = _recase_word(name.surname) if name.caps else name.surname
    return f"{given} {surname}"


def _addressed_respelling(
    name: Name, display: str, text: str, labels: Sequence[LabelHit]
) -> str | None:
    """The given name a one-initial label's question addresses, where the header completed the
    label with another spelling of it: "Д. Лаптев:" under a caption's "Данила Лаптев", each
    question before his answer opening "Даниил, а вы что помните?" — the interviewer's (and
    the lead's) form wins over a caption's. Used only when every such address gives the same
    name, with the label's initial, a letter or two from the completed one, and no other
    label's given name starts with it."""
    words = display.split()
    if len(name.given) != 1 or len(words) != 2 or _initial_shared(name, labels):
        return None
    completed = words[0]
    first = fold(name.given[0])[:1]
    ordered = sorted(labels, key=lambda h: h.start)
    called: set[str] = set()
    previous = 0
    for h in ordered:
        if h.info.name is not None and h.info.name.key == name.key:
            # (the unlabelled paragraph right above the label: the question put to him)
            lines = [ln for ln in text[previous : h.start].split("\n") if ln.strip()]
            m = re.match(
                r"[ \t]*([А-ЯЁІЇЄҐ][а-яёіїєґ'’]{2,11})(?<=[бвгджзклмнпрстфхцчшщйьая]),[ \t]",
                lines[-1] if lines else "",
            )
            if m and fold(m.group(1))[:1] == first and m.group(1).lower() not in _NOT_VOCATIVE:
                called.add(m.group(1))
        previous = h.end
    if len(called) != 1:
        return None
    given = called.pop()
    if (
        given == completed
        or _edits(fold(given), fold(completed)) > 2
        or is_title_token(given)
        or _patronymic(given)
        or fold(given) in NOT_GIVEN
    ):
        return None
    return f"{given} {words[1]}"


def _respelled(display: str, header_text: str) -> str:
    """``display`` with the header's spelling of its surname when the header gives exactly one
    full name whose surname differs by a letter or two ("Zelensky" / "Zelenskyy")."""
    # A label in capitals recased by rule ("SUN-HEE PARK:" -> "Sun-Hee Park") under a cover
    # that prints the name in its own case ("Dr. Sun-hee Park, University of Melbourne"): the
    # page's one spelling, letters unchanged, wins.
    cased = {
        m.group()
        for m in re.finditer(rf"(?<![\w-]){re.escape(display)}(?![\w-])", header_text, re.I)
        if m.group() != display
        # (a surname set in capitals, "Александр БАРАНОВ", is the page's emphasis)
        and not any(len(w) > 1 and w.isupper() for w in m.group().split())
        and not display.isupper()  # "TIME:" is the magazine's name as it prints it
        # (each word's first letter as the label's: "time" in a sentence is no spelling)
        and all(a[:1] == b[:1] for a, b in zip(m.group().split(), display.split(), strict=True))
    }
    if len(cased) == 1:
        return cased.pop()
    words = display.split()
    surname = words[-1]
    if not header_text or not surname.isascii():
        return display  # Cyrillic: "Лаврова" is a case form of "Лавров", not another spelling
    given = [w for w in words[:-1] if not is_title_token(w)]
    # CGTN's labels "Vucic:" / "Aleksandar Vucic:" under a lead's "Serbian President Aleksandar
    # Vučić": a label typed without the diacritics the page prints is that spelling (any length).
    accented = {
        (g, sur)
        for g, sur in _FULL_NAME.findall(header_text)
        if sur != surname
        and _latin_base(sur) == surname
        and (not given or _latin_base(g) == _latin_base(given[-1]))
    }
    if len(accented) == 1:
        g, sur = accented.pop()
        return " ".join([*words[:-2], g, sur] if given else [*words[:-1], sur])
    if given and len(given[-1]) >= 4:
        # NPR-style labels "ANDRIY KOVALCHUK:" under a headline's and dek's "Andrii Kovalchuk":
        # the same surname, the given name romanised another way (a final "-iy"/"-ii", "-ey"/
        # "-ei": only i, y and j traded, letter for letter); the header's spelling wins, where
        # the header gives that one other spelling and never the label's own.
        def translit(w: str) -> str:
            return re.sub(r"[yj]", "i", fold(w))

        variants = {
            g
            for g, sur in _FULL_NAME.findall(header_text)
            if sur == surname and g != given[-1] and translit(g) == translit(given[-1])
        }
        own = re.search(
            rf"(?<![{LETTER}]){re.escape(given[-1])}[ \t]+{re.escape(surname)}(?![{LETTER}])",
            header_text,
        )
        if len(variants) == 1 and own is None:
            return " ".join([*words[:-2], variants.pop(), surname])
    if len(surname) < 6:
        return display
    found = set()
    # (pairs overlap: "Dr Oleksandra Tkachuk" gives "Oleksandra Tkachuk" after its title)
    pairs = [
        (m.group(1), m.group(2))
        for m in re.finditer(rf"(?=\b({_NAME_WORD})[ \t]+({_NAME_WORD})\b)", header_text)
    ]
    if any(sur == surname and not is_title_token(g) for g, sur in pairs):
        return display  # the header writes the label's own spelling too
    for g, sur in pairs:
        edits = _edits(fold(sur), fold(surname))
        # (a journalist's post before the outlet's own name is no given name: "Журналістка
        # Ukraїner Олена Коваль" under the label "Ukrainer:")
        if sur == surname or is_title_token(g) or fold(g) in JOURNALIST_WORDS:
            continue
        if not 0 < edits <= 2:
            continue
        # (one letter added may fall in the first four: "Tkatchuk" for "Tkachuk")
        if fold(sur)[: 4 if edits > 1 else 3] != fold(surname)[: 4 if edits > 1 else 3]:
            continue
        if given and fold(given[0])[:1] != fold(g)[:1]:
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


def _defined_acronym(name: Name, preface: str) -> str | None:
    """The words a page spells a capitals label out as, with the acronym in brackets after
    them and its letters their initials: "the Global Times (GT)" for "GT:", "the Korea
    Broadcasting System (KBS)". An acronym the page never spells out ("FT:") stays as written."""
    if not name.caps or name.given or name.title or not 2 <= len(name.surname) <= 6:
        return None
    abbr = name.surname
    if not abbr.isalpha() or not abbr.isupper():
        return None
    # (a one-letter word of the name counts, as the Irish "Ó" does: "Oisín Ó Briain (OÓB)")
    words = rf"[{UPPER}](?:[{LOWER}'’\-]+|(?=[ \t]+[{UPPER}]))"
    found = set()
    for m in re.finditer(
        rf"(?P<full>{words}(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?{words}){{1,5}})[ \t]*"
        rf"\({re.escape(abbr)}\)",
        preface,
    ):
        full = m.group("full").split()
        # Only the capitalised run whose initials spell it, closing on the bracket: "the
        # Uruguayan … spoke with the Global Times (GT)" is "Global Times".
        for k, word in enumerate(full):
            if word[0].isupper() and "".join(w[0] for w in full[k:] if w[0].isupper()) == abbr:
                found.add(" ".join(full[k:]))
                break
    return found.pop() if len(found) == 1 else None


def _acronym_masthead(label: str, header_text: str) -> bool:
    """Does the page's first line give the label's acronym as the site's own name before a
    dash or bar and its spelled-out name ("APS - Algérie Presse Service", "TASS | Russian
    News Agency")?"""
    masthead = first_line(header_text)
    parts = re.split(r"[ \t]+[|•·—–-][ \t]+", masthead, maxsplit=1)
    if len(parts) == 2 and parts[0] == label.strip() and len(parts[1].split()) >= 2:
        return True
    # An agency's language edition: "ENA English" atop the page (then "… the Ethiopian News
    # Agency (ENA)" in the lead): the site's own name is the acronym, so "ENA:" stays "ENA".
    edition = _EDITION_MASTHEAD.fullmatch(masthead)
    if edition is not None and edition.group(1) == label.strip():
        return True
    # The site's crumb trail rooted at the acronym, or its wire dateline slugged with it
    # (QNA: "Qatar News Agency" / "QNA > Politics > Interviews" / "Doha, January 28 (QNA) -",
    # or a town's dateline slugged with it alone, "Baghdad - INA"):
    # the agency calls itself by the acronym, so "QNA:" stays "QNA".
    abbr = re.escape(label.strip())
    return (
        re.search(
            rf"^[ \t]*{abbr}[ \t]*[>›»/][ \t]*[{UPPER}]"
            rf"|^[^\n]{{0,60}}\d[ \t]*\({abbr}\)[ \t]*[-–—]"
            # INA's own dateline on a line of its own: "Baghdad - INA".
            rf"|^[ \t]*[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]+)?"
            rf"[ \t]+[-–—][ \t]+{abbr}[ \t]*$",
            "\n".join(header_text.splitlines()[:8]),
            re.MULTILINE,
        )
        is not None
    )


# A site's masthead naming its language edition after its own name: "ENA English", "Xinhua
# Español", "TASS English edition".
_EDITION_MASTHEAD = re.compile(
    r"(\S+)[ \t]+(?:English|Español|Spanish|Français|French|Arabic|Deutsch|German|Português"
    r"|Portuguese|Русский|Russian)(?:[ \t]+(?:edition|version|service))?",
    re.IGNORECASE,
)


def _masthead_word(label: str, header_text: str) -> bool:
    """Is the label the site's one-word masthead, in whatever case the page's first line sets
    it ("ВГОЛОС" over "**Вголос:** Пане Ярославе, …")? The site asks, as "TIME:" does."""
    masthead = first_line(header_text)
    # (or a masthead with its article, which no person's name takes: "The Tyee" over "The
    # Tyee: Several readers asked …")
    article = re.fullmatch(rf"The[ \t]+[{UPPER}][{LETTER}]+", masthead) is not None
    # (or a logo of two or three words in capitals over the site's menu, a row of sections
    # set apart by wide gaps: "CURTAIN CALL" / "News   Reviews   Interviews" over "Curtain
    # Call:" — a label in mixed case, so no person's capitals)
    lines = [ln.strip() for ln in header_text.splitlines() if ln.strip()]
    logo = (
        2 <= len(masthead.split()) <= 3
        and masthead.isupper()
        and not label.strip().isupper()
        and len(lines) > 1
        and len(re.findall(r"\S(?: {2,}|\t)(?=\S)", lines[1])) >= 3
    )
    return (
        (" " not in masthead or article or logo)
        and len(masthead) >= 3
        and fold(masthead) == fold(label.strip())
    )


# A medium's word beside a publication's name in a lead: "originally published in the daily
# Pravda", "told the weekly Respekt", "the Pravda newspaper".
_MEDIUM_WORD = (
    r"(?:daily|weekly|newspaper|magazine|tabloid|news[ \t]+agency|news[ \t]+portal"
    # ("… gave an interview to the Latvian media outlet Delfi": an outlet by its kind)
    r"|(?:media|news)[ \t]+outlet|news[ \t]+(?:site|website)"
    # … and the Russian or Ukrainian word in any case: "Інтерв’ю … іспанській газеті El País",
    # "интервью журналу Der Spiegel", "агентству Reuters".
    r"|газет[аеиуі]|газетою|газетой|журнал(?:у|а|ом|і|е)?|видання|виданню"
    r"|издани[еяю]|агентств(?:о|а|у|ом|і|е)|телеканал(?:у|а|ом|і|е)?)"
)


def _described_outlet(name: Name, header: list[tuple[str, Name]], header_text: str) -> bool:
    """A one-word mixed-case label ("Pravda:") that the lead describes as a publication ("… the
    daily Pravda") and that names none of the header's people: an outlet, which asks through
    its one named journalist ("The interview was conducted by Zuzana Kollárová …")."""
    if name.title or name.caps or any(n.key == name.key for _, n in header):
        return False
    if name.given:
        # akorda.kz: "Egemen Qazaqstan:" under "… interview with Egemen Qazaqstan newspaper":
        # a two- or three-word label the header writes with a medium's word right after it is
        # the paper's title (never a person a header names).
        if len(name.given) > 2 or any(g.endswith(".") for g in name.given):
            return False
        spelled = r"[ \t]+".join(re.escape(w) for w in (*name.given, name.surname))
        # (or the medium's word right before it, the title its apposition: "… to the Finnish
        # newspaper Helsingin Sanomat" over "Helsingin Sanomat:")
        return (
            re.search(
                rf"(?<![{LETTER}]){spelled}[ \t]+{_MEDIUM_WORD}\b"
                rf"|\b{_MEDIUM_WORD}[ \t]+{spelled}(?![{LETTER}'’])",
                header_text,
            )
            is not None
        )
    word = re.escape(name.surname)
    return (
        re.search(
            rf"\b{_MEDIUM_WORD}[ \t]+{word}(?![{LETTER}])"
            rf"|(?<![{LETTER}]){word}[ \t]+{_MEDIUM_WORD}\b",
            header_text,
        )
        is not None
    )


def _as_written_in_header(name: Name, speaker: str, header_text: str) -> bool:
    """A one-word capitalised label ("TIME") that the header also writes in capitals, standing
    alone: an outlet or acronym, whose capitals are its name. The outlet's full name that an
    alias gives ("FT:" as "Financial Times") does not change what the label writes."""
    if not name.caps or name.given or name.title:
        return False
    # (an acronym the names keep in capitals, "DW:" under "DW | Made for minds.", is as written)
    if speaker not in (_recase_word(name.surname), name.surname) and not _news_outlet(speaker):
        return False
    word = re.escape(name.surname)
    # (A following capitalised word may be a section, "DER SPIEGEL International"; one in
    # capitals, "JOHN SMITH", makes the label part of a longer name.)
    standalone = (
        rf"(?<![{UPPER}] )(?<![{LETTER}]){word}(?![{LETTER}])"
        rf"(?! [{UPPER}][{UPPER}'’.\-]*(?![{LOWER}]))"
    )
    return re.search(standalone, header_text) is not None


# A newspaper's own word ending its name, beyond the outlet list's: "… Examiner", "… Record".
_PAPER_WORDS = frozenset(
    {
        "examiner",
        "record",
        "courier",
        "chronicle",
        "observer",
        "sentinel",
        "dispatch",
        "register",
        "enquirer",
        "inquirer",
        "bulletin",
        "monitor",
        "mirror",
        # British and Commonwealth local papers' own words: "Calderbrook Echo" atop the page
        # over "Echo:" (the Liverpool Echo, the Brighton Argus, the Jamaica Gleaner).
        "echo",
        "advertiser",
        "argus",
        "gleaner",
        "clarion",
    }
)


# A periodical's own word ending its name: "Lowland Review", "Harbour Journal", "Delta Quarterly".
_PERIODICAL_WORDS = _PAPER_WORDS | {
    "review",
    "journal",
    "magazine",
    "gazette",
    "quarterly",
    "weekly",
    "herald",
    "tribune",
    "digest",
}


# A Russian or Ukrainian lead's verb of telling, whose dative object is the interview's recipient:
# "рассказал Лайфу", "розповів «Тижню»", "заявила «Новой газете»".
_TOLD_RU_UK = (
    r"(?:рассказал|сообщил|заявил|сказал|признался|ответил|"
    r"розповів|розповіла|повідомив|повідомила|заявив|заявила|сказав|сказала|зізнався)а?"
)


def _declined_label_word(word: str, told: str) -> bool:
    """Is ``told`` the lead's declined form of the label's ``word`` (Лайф → Лайфу, Тиждень →
    Тижню, Огонёк → Огоньку, Слово → Слову)? The same capital, a shared stem of three letters
    or more, and only a case ending (with a fleeting vowel) differing on either side."""
    if word == told:
        return True
    if word[:1].isupper() != told[:1].isupper():
        return False
    a, b = fold(word), fold(told)
    p = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return p >= 3 and len(a) - p <= 4 and 1 <= len(b) - p <= 3


def _told_outlet(label: str, lead: str) -> bool:
    """Does the lead say its interviewee told the label's words, in a shape no person's name
    takes: "told the New Statesman" (an article), "розповів «Тижню»" (quotes), or a one-word
    label the Cyrillic lead declines ("рассказал Лайфу")? The page itself then names the label
    as the outlet the interview was given to."""
    words = label.strip().split()
    if not words:
        return False
    spelled = r"[ \t]+".join(re.escape(w) for w in words)
    if (
        re.search(
            rf"\b(?:told|tells)[ \t]+the[ \t]+{spelled}(?![{LETTER}'’])",
            lead,
        )
        is not None
    ):
        return True
    if not re.search(r"[А-ЯЁІЇЄҐа-яёіїєґ]", label):
        return False
    told = rf"[ \t]+([«\"“]?)((?:[{LETTER}.'’]+[ \t]+){{{len(words) - 1}}}[{LETTER}.'’]+)"
    for m in re.finditer(rf"(?<![{LETTER}]){_TOLD_RU_UK}{told}", lead):
        got = m.group(2).split()
        if all(_declined_label_word(w, g) for w, g in zip(words, got, strict=True)) and (
            m.group(1) or len(words) == 1
        ):
            return True
    return False


def _reported_outlet(label: str, lead: str) -> bool:
    """Does the lead report an interview given to the label's words ("She spoke to The Hill in
    her Russell office", "… in an interview with Civil Beat on Friday")? Said of a label already
    known as an outlet, or of one that opens with an article ("The Hill:", which a person's name
    never does), it names no journalist: the outlet asks through its byline's one writer."""
    words = label.strip().split()
    if not words:
        return False
    spelled = r"[ \t]+".join(re.escape(w) for w in words)
    if words[0] == "The" and len(words) > 1:
        # Running prose lowers the label's article: "The Kyiv Independent:" over "… spoke to
        # the Kyiv Independent about …".
        spelled = "[Tt]" + spelled[1:]
    return (
        re.search(
            # (a sentence may open on the verb: "Speaking to Newsday at her ministry's offices")
            r"\b(?:spoke|talked|[Ss]peaking|[Tt]alking|sat[ \t]+down)[ \t]+(?:to|with)[ \t]+"
            rf"{spelled}(?![{LETTER}])"
            rf"|\b(?:told|tells|interview[ \t]+with)[ \t]+{spelled}(?![{LETTER}'’])",
            lead,
        )
        is not None
    )


def _outlet_subject(label: str, lead: str) -> bool:
    """Does the lead make the label's words the subject of the interview ("The Kyiv Independent
    spoke with Marchenko …", "The Varsity sat down with the councillor …")? Said of a label that
    opens with an article, which no person's name does: the outlet asks."""
    words = label.strip().split()
    if len(words) < 2:
        return False
    spelled = r"[ \t]+".join(re.escape(w) for w in words)
    return (
        re.search(
            rf"(?<![{LETTER}]){spelled}[ \t]+(?:spoke|talked|sat[ \t]+down|interviewed|met)\b",
            lead,
        )
        is not None
    )


def _paper_label(label: str, header: list[tuple[str, Name]], header_text: str) -> bool:
    """A label of two to four capitalised words ending in a periodical's word, which the lead
    or a credit writes as it stands and no header person is: "Lowland Review:" under "… she
    spoke to Lowland Review about pumps" / "Credit: Lowland Review". The outlet asks, through
    its one named writer ("Author: Tomasz Wierzbicki")."""
    words = label.strip().split()
    if not 2 <= len(words) <= 4 or fold(words[-1]) not in _PERIODICAL_WORDS:
        return False
    if not all(re.fullmatch(rf"[{UPPER}][{LETTER}'’\-]*", w) for w in words):
        return False
    if any(fold(n.display()) == fold(label.strip()) for _, n in header):
        return False
    spelled = r"[ \t]+".join(re.escape(w) for w in words)
    return re.search(rf"(?<![{LETTER}]){spelled}(?![{LETTER}])", header_text, re.I) is not None


def _masthead_short(name: Name, speaker: str, header_text: str) -> bool:
    """A one-word label that a name on the page completes into the site's own masthead, the
    first line's name before its section ("Meridian Review | Interviews" over "Meridian:"): the
    outlet called by its short name, not a person "Meridian Review"."""
    if name.given or name.title or " " not in speaker:
        return False
    first = first_line(header_text)
    parts = re.split(r"[ \t]+[|•·—–][ \t]+", first)
    masthead = parts[0].strip()
    # "The Harvard Gazette" over "GAZETTE:": the paper's article is no part of its short name.
    if masthead.startswith("The ") and masthead[4:] == speaker:
        masthead = masthead[4:]
    words = masthead.split()
    # (a first line of two names alone may be the person's: "Dana Whitcombe" over "Dana:";
    # the site's section after it, or a paper's word, makes it the masthead)
    # (a paper named for its place and a paper's word the outlet list lacks: "Wisconsin
    # Examiner" over "Examiner:", "Coastal Record" over "Record:")
    paper = (
        bool(words)
        and words[-1].lower() == name.surname.lower()
        and (_news_outlet(masthead) or fold(words[-1]) in _PAPER_WORDS)
    )
    return (
        masthead == speaker
        and (len(parts) > 1 or paper)
        and 2 <= len(words) <= 4
        # the short name is the masthead's first word ("Meridian:") or, on a paper named for
        # its place, its paper's word ("GAZETTE:" under "The Harvard Gazette")
        and (words[0].lower() == name.surname.lower() or paper)
        and re.search(r"[:.?!…,]", masthead) is None
    )


# A language edition's code after a masthead: "DELFI EN", "Kyiv Post ENG".
_EDITION_CODE = re.compile(r"(?i)en|eng|english")


def _masthead_edition(label: str, header_text: str) -> bool:
    """Is the label the site's masthead less its language edition's code, the first line the
    label's words and the code after them ("DELFI EN" over "Delfi:")? The site asks; the code
    made the name reader take the masthead for a person "Delfi En"."""
    words = first_line(header_text).split()
    label_words = label.strip().split()
    return (
        1 <= len(label_words) <= 3
        and len(words) == len(label_words) + 1
        and _EDITION_CODE.fullmatch(words[-1]) is not None
        and fold(" ".join(words[:-1])) == fold(" ".join(label_words))
    )


def _masthead_crumb(label: str, header_text: str) -> bool:
    """A label of two to four words that is the site's masthead as the page's first line writes
    it before its section crumb ("Polar Dispatch › Climate › Interviews" over "Polar Dispatch:",
    "Поділля Today / Інтерв'ю" over "Поділля Today:"): the outlet asks, not a person."""
    first = first_line(header_text)
    parts = re.split(r"[ \t]+[|•·—–›>»/][ \t]+", first)
    words = label.strip().split()
    if not 1 <= len(words) <= 4:
        return False
    # (one word too: "Kabar » Politics » Interview" over "Kabar:", the Kyrgyz agency)
    if len(parts) > 1 and fold(parts[0].strip()) == fold(label.strip()):
        return True
    # The masthead a line of its own over the site's crumb trail ("Marlow Gazette" / "Home ›
    # News › Community" over "Marlow Gazette:"): a label of two words or more that writes the
    # whole first line out is the site, never a person's name the crumbs file.
    lines = [ln.strip() for ln in header_text[:400].split("\n") if ln.strip()][:2]
    return (
        len(words) >= 2
        and len(lines) >= 2
        and fold(lines[0]) == fold(label.strip())
        and len(re.findall(r"[ \t][›»>][ \t]", lines[1])) >= 2
    )


# The editor's note under a Q&A's lead ("This interview has been edited for length and clarity.")
_EDIT_NOTE = re.compile(r"\b(?:edited|condensed|abridged)\b", re.IGNORECASE)
# The editor's note's other words for an interview: "The conversation has been edited …".
_TALK_WORD = re.compile(r"\b(?:conversation|exchange)\b", re.IGNORECASE)
_PROSE_END = re.compile(r"[.!?…][\"'”’»)]*$")


# A print Q&A's lead: "He sat down with the Bangkok Post …", closing on "Excerpts:".
_SAT_DOWN_LEAD = re.compile(
    r"\b(?:sat|sits)[ \t]+down[ \t]+with\b|(?:^|[.:][ \t]+)(?:Edited[ \t]+)?[Ee]xcerpts:?[ \t]*$",
    re.MULTILINE,
)
# The site's section the page is filed under, on a short line of its own or ending its crumb
# trail: "Environment › Water › Interviews", "Meridian Review | Interviews", "Интервью".
_INTERVIEWS_SECTION = re.compile(
    r"^[ \t]*(?:[^\n.!?]{0,60}[>›»|/][ \t]*)?(?:Interviews|Интервью|Інтерв['’]ю)[ \t]*$",
    re.MULTILINE,
)


# The Latin letters' names as Ukrainian and Russian spell them out: "Бі-Бі-Сі" is BBC,
# "Си-Эн-Эн" CNN.
_CYR_LETTER_NAMES = {
    "ей": "A", "эй": "A", "бі": "B", "би": "B", "сі": "C", "си": "C", "ді": "D", "ди": "D",
    "і": "E", "и": "E", "еф": "F", "эф": "F", "джі": "G", "джи": "G", "ейч": "H", "эйч": "H",
    "ай": "I", "джей": "J", "кей": "K", "кэй": "K", "ел": "L", "эл": "L", "ем": "M", "эм": "M",
    "ен": "N", "эн": "N", "оу": "O", "пі": "P", "пи": "P", "кью": "Q", "ар": "R", "ес": "S",
    "эс": "S", "ті": "T", "ти": "T", "ю": "U", "ві": "V", "ви": "V", "ікс": "X", "икс": "X",
    "вай": "Y", "зет": "Z", "зед": "Z",
}  # fmt: skip


def _spelled_acronym(label: str, header_text: str) -> bool:
    """A Cyrillic label of hyphened letter names that spells an acronym the masthead lines
    write in capitals ("Бі-Бі-Сі:" under "BBC News, Україна"): the outlet, as its audience
    says it, not a person's hyphened surname."""
    parts = label.strip().split("-")
    if len(parts) < 2 or not all(fold(p) in _CYR_LETTER_NAMES for p in parts):
        return False
    abbr = "".join(_CYR_LETTER_NAMES[fold(p)] for p in parts)
    tops = [ln for ln in header_text.split("\n") if ln.strip()][:3]
    return any(re.search(rf"(?<![{LETTER}]){abbr}(?![{LETTER}])", ln) for ln in tops)


def _logo_short(label: str, header_text: str, lead: str) -> bool:
    """A one-word label that is the first word of the page's logo, two or three words in
    capitals on the first line, where the lead reports the interview given to the logo's words
    ("FORBES UKRAINE" over "… told Forbes Ukraine where …" and "Forbes:"): the outlet by its
    short name, not a person the page never names."""
    words = first_line(header_text).split()
    word = label.strip()
    return (
        2 <= len(words) <= 3
        and all(w.isalpha() and w.isupper() for w in words)
        and " " not in word
        and not word.isupper()
        and fold(words[0]) == fold(word)
        and _reported_outlet(" ".join(_recase_word(w) for w in words), lead)
    )


def _masthead_acronym(name: Name, header_text: str) -> bool:
    """A capitals label that spells the initials of the page's masthead, a line of its own at
    the top: "OCJ:" under "Ohio Capital Journal" is the paper (its questions are its one
    byline writer's), not a person "Ocj"."""
    abbr = name.surname
    if not name.caps or name.given or name.title or not 2 <= len(abbr) <= 6:
        return False
    if not abbr.isalpha() or not abbr.isupper():
        return False
    # (the masthead may share its line with the site's menu: "AgriTech Review | Subscribe |
    # Events" over "AR:")
    # (or lead a breadcrumb: "Судовий вісник › Інтерв'ю" over "СВ:")
    tops = [
        re.split(r"[ \t]+[|›»][ \t]+", ln.strip())[0]
        for ln in header_text.split("\n")
        if ln.strip()
    ][:3]
    for line in tops:
        words = line.split()
        closed = [w for w in words if w != "The"]
        if (
            # A closed compound's initials: "LP:" under "The Ledgerpoint | Markets | Asia" (Ledger
            # + point), "NW:" under "Newsweek" — the masthead's one word, its first letter
            # first and the others inside it in order.
            len(closed) == 1
            and len(abbr) <= 3
            and len(word := closed[0]) >= 6
            and word.isalpha()
            and word[0] == abbr[0]
            and re.fullmatch(".+".join(map(re.escape, abbr.lower())) + ".*", word.lower())
            # (initials the header writes out as a person's full name are that person's: "CA:"
            # under "Cornellians" and "Chidinma Abara '04, ME '05, founded …" is no masthead)
            and not _spelled_as_person(abbr, header_text)
        ):
            return True
        if not max(2, len(abbr)) <= len(words) <= 7:
            continue
        if all(w[0].isupper() or w in ("of", "the", "and", "for", "&") for w in words):
            if "".join(w[0] for w in words if w[0].isupper()) == abbr:
                return True
            # (the masthead's article is no part of its initials: "JC:" under "The Jewish
            # Courier", as "NYT" for "The New York Times")
            if (
                words[0] == "The"
                and len(abbr) >= 2
                and "".join(w[0] for w in words[1:] if w[0].isupper()) == abbr
            ):
                return True
        elif (
            # A Russian or Ukrainian title capitalises its first word only ("Судовий вісник",
            # "Медицинский вестник"): the initials are every word's.
            words[0][0].isupper()
            and all(re.fullmatch(rf"[{_CYR_UP}{_CYR_LOW}\-]+", w) for w in words)
            and "".join(w[0] for w in words).upper() == abbr
        ):
            return True
    return False


def _spelled_as_person(abbr: str, text: str) -> bool:
    """Does ``text`` write a person's full name whose words' initials are ``abbr`` ("Chidinma
    Abara" for "CA", "Jennifer Wendt Hsieh" for "JWH")?"""
    words = r"[ \t]+".join(
        rf"{c}[{LOWER}'’\-]+" if c != "M" else rf"M(?:a?c[{UPPER}])?[{LOWER}'’\-]+" for c in abbr
    )
    for m in re.finditer(rf"(?<![{LETTER}]){words}(?![{LETTER}])", text):
        name = name_from_phrase(m.group())
        if name is not None and name.has_full_given and not is_title_token(name.given[0]):
            return True
    return False


def _outlet_key(label: str) -> str:
    """ "The Kyiv Independent" and "Kyiv Independent" are one outlet."""
    return re.sub(r"^the ", "", fold(_latin_base(label)))


def _outlet_journalist(
    header: list[tuple[str, Name]], interviewers: Sequence[Name], byline: str | None
) -> Name | None:
    """The one named journalist who puts an outlet's questions: the one the lead credits with
    the interview ("… spoke to Dawn's Baqir Sajjad Syed"), else the one interviewer when a byline
    or the lead names who asked ("By Simon Shuster", "The interview was conducted by …")."""
    journalists = {n.key: n for k, n in header if k == "interview by" and n.given}
    if len(journalists) == 1:
        return next(iter(journalists.values()))
    named_asker = any(k.startswith(_NAMED_ASKER_KINDS) for k, _ in header)
    if len(interviewers) == 1 and interviewers[0].given and (byline or named_asker):
        return interviewers[0]
    return None


# A story's other writers, named after the byline: "Associated Press writer Jordan Pike
# contributed to this report", "Additional reporting by …", "With reporting by …".
_OTHER_WRITERS = re.compile(
    r"\bcontributed[ \t]+(?:to[ \t]+)?(?:this|the)[ \t]+(?:report|story|article)"
    r"|\b(?:[Aa]dditional|[Ww]ith)[ \t]+reporting[ \t]+(?:by|from)\b"
    r"|^[ \t]*[Rr]eporting[ \t]+by[ \t]+[{UPPER}]".replace("{UPPER}", UPPER),
    re.MULTILINE,
)


def _asking_one_on_one(
    labels: Sequence[LabelHit], h: LabelHit, text: str, *, most: bool = False
) -> bool:
    """Does ``h``'s label ask one other voice, turn about, on the page's layout alone? It recurs,
    every one of its turns asks (a "?" before the next label), and each is answered at once
    under one other label, a person's: an outlet's questions to its interviewee ("Semafor:" /
    "Kaja Kallas:"), whatever the page says, or not, about the outlet. With ``most`` (where the
    header already writes the label as an outlet) four turns at least, one in five of them may
    put its point with no "?" ("In August you compared … Some Ukrainians were not happy.")."""
    key = fold(h.info.text.strip())
    mine = [i for i, o in enumerate(labels) if fold(o.info.text.strip()) == key]
    others = {fold(o.info.text.strip()) for o in labels} - {key}
    if len(mine) < 2 or len(others) != 1 or not text:
        return False
    if any(o.info.name is None for o in labels if fold(o.info.text.strip()) != key):
        return False
    unasked = 0
    for i in mine:
        if i + 1 >= len(labels) or fold(labels[i + 1].info.text.strip()) == key:
            return False
        if "?" not in text[labels[i].end : labels[i + 1].start]:
            unasked += 1
    if most:
        return len(mine) >= 4 and unasked * 5 <= len(mine)
    return not unasked


def _sole_writer(
    byline: str | None,
    header: list[tuple[str, Name]],
    text: str,
    dated: Name | None = None,
    preface: str = "",
) -> Name | None:
    """The one journalist a page names as its writer, who puts an outlet label's questions: a
    single-author byline ("By Simon Shuster", "BY NOAH ELLISON", "By Priya Natarajan, Deputy
    News Editor", "by Dmytro Koval") or the one author over the date, where no other journalist
    is named: not two authors ("By A and B"), a desk's byline ("By AP Staff", "By Staff
    Reports"), a contributor's line ("… contributed to this report") or a lead that names other
    interviewers."""
    writer = dated
    if not byline and dated is None:
        # "May 6, 2025 4:00 am CET" / "By Sarah Lindqvist" under a long dek: a byline line
        # below the header's first lines, the only one before the first label.
        found = {m.group("name").strip() for m in BYLINE.finditer(preface)}
        byline = found.pop() if len(found) == 1 else None
    if byline:
        first = byline.split(",")[0]
        if re.search(r"\band\b|&|\bи\b|\bі\b|\bта\b|\bwith\b", first, re.I):
            return None
        # "By RFA Burmese", "By AFP Staff": a service's desk, its acronym first, is no writer.
        if re.match(r"[A-Z]{2,5}(?:[ \t]+[A-Z][a-z]|$)", first.strip()) is not None:
            return None
        words = first.split()
        if not words or any(re.fullmatch(_DESK_WORD, w) for w in words):
            return None
        # "By Daniel Ocampo / Manila": the dateline after a bar or slash is no part of the name.
        first = re.split(r"[ \t]+[/|·•][ \t]+", first)[0]
        writer = parse_name(first.split())
    if writer is None or not writer.has_full_given or _news_outlet(writer.display()):
        return None
    if _OTHER_WRITERS.search(text):
        return None
    journalists = {
        n.key
        for k, n in header
        if (k.startswith(_INTERVIEWER_KINDS) or k == "interview by")
        and n.given
        and _person(n)
        and not n.compatible(writer)
    }
    return None if journalists else writer


# A writer's staff line under the name: "Harvard Staff Writer", "Staff Reporter".
_STAFF_LINE = re.compile(
    r"(?:[A-Z][\w.'’\-]*[ \t]+){0,3}(?:Staff|Senior|Contributing)[ \t]+"
    r"(?:Writer|Reporter|Correspondent|Editor)"
)


# A page's button row under its author line: share, print, or the language switch.
# A page's language switch: "Читати українською", "Читать на русском", "Read in English".
LANGUAGE_SWITCH = (
    r"(?:Читати[ \t]+(?:українською|російською|англійською)"
    r"|Читать[ \t]+(?:на[ \t]+)?(?:русском|украинском|английском)|Read[ \t]+in[ \t]+[A-Z][a-z]+)"
)
_AUTHOR_BUTTON = rf"(?:{SHARE_BUTTON}|{LANGUAGE_SWITCH})"


def _author_over_date(
    header_text: str, interviewees: Sequence[Name], preface: str = ""
) -> Name | None:
    """The one author of a Russian or Ukrainian page, a full name alone on the line right above
    the date ("Евгения Рыбакова" / "27 ноября 2023, Москва"); never an interviewee."""
    lines = [ln.strip() for ln in header_text.split("\n") if ln.strip()]
    pair = rf"[{_CYR_UP}][{_CYR_LOW}]+[ \t]+[{_CYR_UP}][{_CYR_LOW}'’\-]+"
    # An English local paper sets its byline so too, the reporter's name alone over a
    # "Published:" stamp (Newsday: "Kerwin Alleyne" / "Published: Sunday 16 February 2025,
    # 8:45 am"); only under a "Published"/"Updated" word, as a bare date below a name may be a
    # caption's or a speech's.
    latin = r"[A-Z][a-z]+[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    found = {
        n.key: n
        for i, (a, b) in enumerate(itertools.pairwise(lines))
        if (
            (
                re.fullmatch(pair, a)
                # (the lower of two bylines stacked over the date is no one author: Izvestia's
                # "Анна Белова" / "Кирилл Дорохов" / "3 марта 2026" — the outlet asks)
                and not (i > 0 and re.fullmatch(pair, lines[i - 1]))
            )
            or (
                re.fullmatch(latin, a)
                and (
                    re.match(r"(?:Published|Posted|Updated)\b", b, re.IGNORECASE) is not None
                    # (or over a CMS's numeric stamp with its clock, Ukrinform's English pages:
                    # "Iryna Dovzhenko" / "14.03.2025 12:40" — no caption's or speech's date)
                    or (
                        re.fullmatch(r"\d{1,2}[./]\d{1,2}[./]\d{4},?[ \t]+\d{1,2}:\d{2}", b)
                        is not None
                        and a.split()[0] not in PLACE_FIRST_WORDS
                    )
                )
            )
            # (a Baltic site's English edition: its writer's name keeps its letters, over an
            # ISO stamp with its clock: "Gintarė Vaitkutė" / "2026-04-08 13:05")
            or (
                re.fullmatch(rf"[A-Z][{LOWER}]+[ \t]+[A-Z][{LOWER}]+(?:-[A-Z][{LOWER}]+)?", a)
                is not None
                and re.fullmatch(r"\d{4}-\d{2}-\d{2}[ \t]+\d{1,2}:\d{2}", b) is not None
                and a.split()[0] not in PLACE_FIRST_WORDS
            )
        )
        and find_date(b) is not None
        # (the date a line of its own, no title that closes on its date: mid.ru's rubric
        # "Выступления Министра" over "Ответы на вопросы СМИ …, Анталья, 11 апреля 2025 года")
        and len(b.split()) <= 8
        and (n := name_from_phrase(a)) is not None
        and n.has_full_given
        and not any(o.surname == n.surname for o in interviewees)
    }
    # Радіо Свобода sets its author under the date, a line of their own: "09 жовтня 2025, 07:00"
    # / "Ганна Остапчук" (a Cyrillic full name right under a line that is only a date, with a
    # blank line below it in the text before the first label: a box's heading under the date,
    # "Довідка Главреду" over its text, is none). Суспільне parts the two by a blank line too
    # ("17 січня 2025, 14:32" / "" / "Оксана Ковальчук" / "" / "Поділитися").
    # A newsletter sets its one writer so too, under a stamp that carries a 12-hour clock ("Feb
    # 20, 2025, 7:02am EST" / "Priya Venkataraman" / ""): a Latin name only under such a stamp,
    # as a bare date over a short line may be a section's, and a 24-hour stamp's town stands
    # there too (kremlin.ru: "March 14, 2025, 18:05" / "Veliky Novgorod"); so may a city whose
    # first word is a place's ("Los Angeles", "San Diego").
    for under in re.finditer(
        rf"^[ \t]*(?P<a>[^\n]+?)[ \t]*\n(?:[ \t]*\n)?"
        # (the share button may stand between the date and the name: "20 лютого 2025, 16:32"
        # / "Поділитися" / "Олена Мартинюк" / the photo's caption — a byline's row, no box's)
        rf"(?:[ \t]*(?P<btn>{SHARE_BUTTON})[ \t]*\n)?[ \t]*(?P<b>{pair}|{latin})[ \t]*\n"
        # (or a button row right under the name: "Марта Гнатів" / "Читати українською" /
        # "Поділитися", the page's language switch or share button, never a box's text)
        rf"(?:[ \t]*\n|[ \t]*{_AUTHOR_BUTTON}[ \t]*\n|(?(btn)|(?!)))",
        preface[:3000],
        re.MULTILINE,
    ):
        a, b = under.group("a"), under.group("b")
        if (
            len(a.split()) <= 6
            and _date_line(a)
            and (
                re.fullmatch(pair, b) is not None
                or (
                    re.search(r"\d{1,2}:\d{2}[ \t]*[ap]\.?m\b", a, re.IGNORECASE) is not None
                    and b.split()[0] not in PLACE_FIRST_WORDS
                )
            )
            and (n := name_from_phrase(b)) is not None
            and n.has_full_given
            and not any(o.surname == n.surname for o in interviewees)
        ):
            found[n.key] = n
    # A university paper's byline: the name over its staff line, the date under both
    # ("Jonah Whitcomb" / "Harvard Staff Writer" / "February 20, 2025 6 min read").
    for a, b, c in zip(lines, lines[1:], lines[2:], strict=False):
        if (
            re.fullmatch(latin, a)
            and _STAFF_LINE.fullmatch(b) is not None
            and find_date(c) is not None
            and (n := name_from_phrase(a)) is not None
            and n.has_full_given
            and not any(o.surname == n.surname for o in interviewees)
        ):
            found[n.key] = n
    # A trade site's byline under its "Published" stamp: "Published March 18, 2025" /
    # "Emma Hartwell" / "Senior Reporter" (the name between the stamp and the staff line).
    # (the header's lines may stop at the stamp: the text before the first label goes on)
    below = [ln.strip() for ln in preface[:3000].split("\n") if ln.strip()] or lines
    # A CMS's numeric stamp with its 24-hour clock beside a Latin full name alone on its line,
    # over it or under it ("Daryna Hlushko" / "05.03.2026 10:25", "14.03.2025 12:40" / "Iryna
    # Dovzhenko"): the byline pair wherever the header's lines stop (a caption's or speech's
    # date carries no clock so set). The name may carry, after a comma, the outlet or the town
    # it was filed from, next to a numeric or an ISO stamp ("Rūta Jankuvienė, Delfi" /
    # "2026-01-27 14:20"; Ukrinform's "12.03.2026 10:30" / "Тетяна Когутич, Ужгород").
    stamp = r"\d{1,2}[./]\d{1,2}[./]\d{4},?[ \t]+\d{1,2}:\d{2}"
    iso = r"(?:19|20)\d\d-\d\d-\d\d[ \tT]+\d{1,2}:\d{2}(?::\d{2})?"
    accented = rf"[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}]+)?"
    # (one word after the comma: two are a co-author, "Indrė Kazlauskaitė, Mantas Rutkauskas")
    signed = rf"(?P<n>{accented}),[ \t]+[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
    for a, b in itertools.pairwise(below):
        for name_line, stamp_line in ((a, b), (b, a)):
            if re.fullmatch(stamp, stamp_line) is not None and re.fullmatch(latin, name_line):
                phrase = name_line
            elif (row := re.fullmatch(signed, name_line)) is not None and (
                re.fullmatch(stamp, stamp_line) or re.fullmatch(iso, stamp_line)
            ):
                phrase = row.group("n")
                if is_title_token(phrase.split()[0]):
                    continue
            else:
                continue
            if (
                phrase.split()[0] not in PLACE_FIRST_WORDS
                and (n := name_from_phrase(phrase)) is not None
                and n.has_full_given
                and not any(o.surname == n.surname for o in interviewees)
            ):
                found[n.key] = n
    # Or the site's bare domain between the name and an ISO stamp with its clock (Delfi's
    # English pages: "Rūta Kazlauskienė" / "www.delfi.lt" / "2026-01-14 14:12"); the name may
    # carry a Baltic or Central European letter (a caption's or speech's date has no such run).
    for a, b, c in zip(below, below[1:], below[2:], strict=False):
        if (
            re.fullmatch(accented, a) is not None
            and re.fullmatch(r"(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,6}", b) is not None
            and re.fullmatch(iso, c) is not None
            and a.split()[0] not in PLACE_FIRST_WORDS
            and (n := name_from_phrase(a)) is not None
            and n.has_full_given
            and not any(o.surname == n.surname for o in interviewees)
        ):
            found[n.key] = n
    for a, b, c in zip(below, below[1:], below[2:], strict=False):
        if (
            re.match(r"(?:Published|Posted|Updated)\b", a, re.IGNORECASE) is not None
            and len(a.split()) <= 8
            and find_date(a) is not None
            and re.fullmatch(latin, b)
            and _STAFF_LINE.fullmatch(c) is not None
            and (n := name_from_phrase(b)) is not None
            and n.has_full_given
            and not any(o.surname == n.surname for o in interviewees)
        ):
            found[n.key] = n
    # A regional paper's byline, the reporter then a middle dot and the paper, over its
    # "Published" stamp: "Garrett Hynes · The Telegram" / "Published Jun 04, 2025 • …"; or the
    # correspondent then the city filed from (the FT: "Olaf Brandt in Frankfurt"; the stamp
    # may stand below the header's lines, in the text before the first label).
    for a, b in itertools.pairwise(below):
        m = re.fullmatch(rf"({latin})[ \t]+[·•|][ \t]+[A-Z][^\n]{{0,40}}", a) or re.fullmatch(
            rf"({latin})[ \t]+in[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?", a
        )
        if (
            m is not None
            and re.match(r"(?:Published|Posted|Updated)\b", b, re.IGNORECASE) is not None
            and find_date(b) is not None
            and (n := name_from_phrase(m.group(1))) is not None
            and n.has_full_given
            and not any(o.surname == n.surname for o in interviewees)
        ):
            found[n.key] = n
    # The same byline set on one line, the name then a dash or bar and the date alone
    # (Українська правда: "Олена Мазур — Середа, 12 листопада 2025, 09:00").
    for line in lines:
        m = re.fullmatch(rf"({pair})[ \t]+[—–|·•][ \t]+(.+)", line)
        if (
            m is not None
            and _date_line(m.group(2))
            and (n := name_from_phrase(m.group(1))) is not None
            and n.has_full_given
            and not any(o.surname == n.surname for o in interviewees)
        ):
            found[n.key] = n
    return next(iter(found.values())) if len(found) == 1 else None


def _outlet_job_holder(outlet: str, lead: str) -> Name | None:
    """The one journalist the lead names right after the outlet's job: "… spoke to RFI's Sahel
    correspondent Claire Fontenay" for "RFI:" (a photo credit "© RFI/Claire Fontenay" may have
    kept her out of the header's people)."""
    found = {
        m.group("n")
        for m in re.finditer(
            rf"(?<![{LETTER}]){re.escape(outlet)}(?:['’]s)?[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?"
            r"(?:journalist|reporter|correspondent|editor|anchor|host|presenter)[ \t]+"
            rf"(?P<n>[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})(?![{LETTER}])"
            # (not one of two met: "… to the FT’s Nordic correspondent Ingrid Solheim and Tom
            # Hadley, the FT’s capital markets editor": the outlet's label stays the outlet)
            rf"(?![ \t]+(?:and|&)[ \t]+[{UPPER}][{LOWER}]+[ \t]+[{UPPER}])",
            lead,
        )
    }
    named = name_from_phrase(found.pop()) if len(found) == 1 else None
    return named if named is not None and named.has_full_given else None


def _surname_completed(name: Name, header_text: str) -> Name:
    """A lead's bare surname completed from the one full name the header gives it: CalMatters'
    "… spoke with Arredondo in his Capitol office" under "Assemblymember Luis Arredondo, a
    Fresno Democrat, …" is Luis Arredondo (so that an "A:" label answers as him)."""
    if name.given or name.title is not None:
        return name
    found = _complete_from_header([name], header_text)
    return found[0] if len(found) == 1 and found[0].given else name


def _person(name: Name) -> bool:
    return bool(name.given) or name.title is not None


def _with_yo(canon: dict[Name, str], text: str) -> dict[Name, str]:
    """``canon`` with each display name that has an "е" the text also writes as "ё" in the same
    words (one such spelling only) spelled so."""
    out = dict(canon)
    for k, v in canon.items():
        if not re.search("[еЕ]", v) or len(v.split()) < 2:
            continue
        pattern = re.escape(v).replace("е", "[её]").replace("Е", "[ЕЁ]")
        forms = {
            m.group(0)
            for m in re.finditer(rf"(?<![{LETTER}]){pattern}(?![{LETTER}])", text)
            if m.group(0) != v
        }
        if len(forms) == 1:
            out[k] = forms.pop()
    return out


def _titled_namesake(canon: dict[Name, str], names: Sequence[Name], text: str) -> dict[Name, str]:
    """``canon`` with a titled surname label ("Col. Whitlow") that was merged into a labelled
    namesake of another given name set to the one person ``text`` writes under that title
    ("Col. Marcus "Mac" Whitlow"); the bare surname labels that went with it follow."""
    for n in names:
        if n.given or not n.title or (was := canon.get(n)) is None:
            continue
        merged = [w for w in was.split() if w[:1].isupper()]
        if len(merged) != 2 or fold(merged[1]) != n.key:
            continue
        title = re.escape(n.title.rstrip("."))
        found = {
            m.group(1)
            for m in re.finditer(
                rf"(?<![{LETTER}]){title}\.?[ \t]+([{UPPER}][{LOWER}]+)"
                rf"(?:[ \t]+[\"“'‘][{UPPER}][{LOWER}]+[\"”'’])?[ \t]+{re.escape(n.surname)}"
                rf"(?![{LETTER}])",
                text,
            )
            if not _titleish(m.group(1)) and m.group(1).lower() not in NOT_GIVEN
        }
        if len(found) != 1:
            continue
        given = found.pop()
        if fold(given)[:1] == fold(merged[0])[:1] or not any(
            o.given and o.key == n.key and fold(o.given[0])[:1] == fold(merged[0])[:1]
            for o in names
        ):
            continue
        person = f"{given} {n.surname}"
        canon = {
            k: person if v == was and k.key == n.key and not k.given else v
            for k, v in canon.items()
        }
    return canon


def _lead_namesake(canon: dict[Name, str], names: Sequence[Name], lead: str) -> dict[Name, str]:
    """``canon`` with bare surname labels ("Drover:") that were merged into a labelled namesake
    of another given name ("Tyler Drover:") set to the one other person the lead writes in full
    under that surname ("Wayne Drover has fished …", "… his son Tyler"): a family interview
    labels its main guest by surname alone and the relative who joins in by full name."""
    for n in names:
        if n.given or n.title or (was := canon.get(n)) is None:
            continue
        merged = was.split()
        if len(merged) != 2 or fold(merged[1]) != n.key:
            continue
        if not any(o.given and o.key == n.key and fold(o.display()) == fold(was) for o in names):
            continue
        # (one given name opening the full name: never the second half of "Kassym-Jomart"
        # or a patronymic after the given name, "Ирина Олеговна Карпенко")
        found = {
            m.group(2)
            for m in re.finditer(
                rf"(?<![{LETTER}\-'’.])((?:[{UPPER}][{LOWER}]+[ \t]+)?)([{UPPER}][{LOWER}]+)"
                rf"[ \t]+{re.escape(n.surname)}(?![{LETTER}])",
                lead,
            )
            if not m.group(1) and not _titleish(m.group(2)) and m.group(2).lower() not in NOT_GIVEN
        }
        if len(found) != 1:
            continue
        given = found.pop()
        # (an inflected form of the labelled given name is that person: "Ірині" for "Ірина")
        if fold(given)[:3] == fold(merged[0])[:3]:
            continue
        person = f"{given} {n.surname}"
        canon = {k: person if k is n or (k == n and not k.given) else v for k, v in canon.items()}
    return canon


def _merged_display(
    person: Name, label_names: Sequence[Name], header_canon: dict[Name, str]
) -> str:
    for n in label_names:
        if n.compatible(person):
            return resolve_names([*label_names], [person]).get(n, person.display())
    return header_canon.get(person, person.display())


# "… the Revd Canon Dr Miriam Okafor (Southwark) in the Chair." — the name (its styles and
# a bracketed seat may precede "in the Chair"), as a UK record of proceedings opens.
_IN_THE_CHAIR = re.compile(
    rf"((?:[{UPPER}][{LETTER}.'’\-]*[ \t]+){{1,6}}[{UPPER}][{LETTER}'’\-]+)"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+in[ \t]+the[ \t]+Chair\b"
)
# A lead that says who chairs in a verb: "Sen. Mark Whitley, who chairs the committee, opened
# the session.", "Deputy Mayor Tom Buckley chaired the meeting" (the name run closing on the
# surname, the body after the verb).
_CHAIRS_THE = re.compile(
    rf"((?:[{UPPER}][{LETTER}.'’\-]*[ \t]+){{1,4}}[{UPPER}][{LETTER}'’\-]+),?[ \t]+"
    r"(?:who[ \t]+)?(?:chairs|chaired|is[ \t]+chairing|was[ \t]+chairing|presided[ \t]+over"
    r"|presides[ \t]+over)[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:committee|subcommittee|meeting|hearing|session|panel|board|council|inquiry)\b"
)
# One office under its gendered and neutral forms: the UN's "Spokesman:" label under "… noon
# briefing by Florian Mercadier, Spokesperson for the Secretary-General".
# Clipped compounds a Russian or Ukrainian label writes for a post the lead spells out.
_CLIPPED_OFFICES = {
    "главврач": "главный врач",
    "главред": "главный редактор",
    "военком": "военный комиссар",
    "військком": "військовий комісар",
    "головлікар": "головний лікар",
    "головред": "головний редактор",
}

_OFFICE_FORMS = (
    frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    frozenset({"chairman", "chairwoman", "chairperson", "chair"}),
)


def _spelled_acronym_office(name: Name, text: str) -> str | None:
    """A capitals label "ACRONYM OFFICE" ("EMA DIRECTOR") whose acronym the page spells out in
    capitalised words ("Emergency Management Agency"): the office as "EMA Director", else None
    (a name in capitals, "EMA KING", has no spelled-out agency)."""
    bare = not name.given and not name.title
    if name.caps and bare and re.fullmatch(r"[A-Z]{3,5}", name.surname):
        # A bare office acronym: "CVO:" under "… given by the UK Chief Veterinary Officer, Dr
        # Alison Reade" — capitalised words spelling it, the last an office's head, on the page
        # (an outlet's or a person's initials spell no office).
        spelled = r"[ \t]+".join(rf"{ch}[a-z]+" for ch in name.surname)
        offices = {
            " ".join(m.group(0).split())
            for m in re.finditer(rf"(?<![{LETTER}]){spelled}(?![{LETTER}])", text)
            if fold(m.group(0).split()[-1]) in OFFICE_HEADS
        }
        return offices.pop() if len(offices) == 1 else None
    if not name.caps or len(name.given) != 1 or name.title:
        return None
    acronym, head = name.given[0], fold(name.surname)
    if not re.fullmatch(r"[A-Z]{2,6}", acronym) or head not in OFFICE_HEADS:
        return None
    spelled = r"[ \t]+".join(rf"{ch}[a-z]+" for ch in acronym)
    if re.search(rf"(?<![{LETTER}]){spelled}(?![{LETTER}])", text) is None:
        return None
    return f"{acronym} {_recase_word(name.surname)}"


def _office_words(word: str) -> frozenset[str]:
    """The office's word and its other forms ("spokesman" -> also "spokesperson")."""
    return next((f for f in _OFFICE_FORMS if word in f), frozenset({word}))


# The abbreviations a news lead writes for an office before its holder's name: "State Sen.
# Rosalind de la Cruz-Whitfield sat down with …" over "SENATOR:" labels.
_OFFICE_ABBREVIATIONS = {
    "senator": r"Sen\.",
    "representative": r"Rep\.",
    "governor": r"Gov\.",
    "ambassador": r"Amb\.",
}


def _office_spelled(office: str) -> str:
    """A pattern for ``office`` as a lead writes it: whole, or its last word abbreviated."""
    head, _, last = office.rpartition(" ")
    coach = re.fullmatch(rf"(?i:головн|главн)[{_CYR_LOW}]+[ \t]+(?i:тренер)[ \t]+(\S.*)", office)
    if coach is not None:
        # A club's head coach the sports lead calls its "mentor": "Головний тренер «Сули»:"
        # under "… потім – наставник «Сули» Вадим Лисенко" (Russian "наставник" too).
        served = re.escape(coach.group(1))
        return rf"(?:(?:головн|главн)[{_CYR_LOW}]+[ \t]+тренер|наставник)[ \t]+{served}"
    named = re.fullmatch(
        rf"([{_CYR_UP}][{_CYR_LOW}]+)[ \t]+([{_CYR_UP}][{_CYR_LOW}]+?)(?:ого|его|ой|ей|ої|ьої|ього)"
        rf"[ \t]+([{_CYR_LOW}]{{4,}})",
        office,
    )
    if named is not None:
        # An institution by its proper name, which the lead writes in guillemets in the
        # nominative, its legal form's acronym before it: "Руководитель Лесопожарного центра:"
        # under "… руководитель КГАУ «Лесопожарный центр» Сергей Прохоров".
        post, adjective, noun = named.groups()
        return (
            rf"{re.escape(office)}|{re.escape(post)}[ \t]+(?:[{_CYR_UP}]{{2,6}}[ \t]+)?"
            rf"«{re.escape(adjective)}[{_CYR_LOW}]{{1,3}}[ \t]+"
            rf"{re.escape(noun[:-1])}[{_CYR_LOW}]{{0,2}}»"
        )
    if head and re.fullmatch(rf"[{_CYR_UP}]{{2,5}}", last):
        # An institution's acronym that the lead spells out in the genitive: "Начальник ОВА:"
        # under "… начальник обласної військової адміністрації Богдан Сидоренко-Лис".
        # (A hyphenated compound gives two letters: "Председатель КСП:" under "председатель
        # Контрольно-счётной палаты Инна Рябова".)
        spelled = r"(?:[ \t]+|-)".join(rf"{ch}[{_CYR_LOW}'’\-]+" for ch in last)
        return rf"{re.escape(head)}[ \t]+(?:{last}(?![{LETTER}])|(?i:{spelled}))"
    if head and " " not in head and re.fullmatch(rf"[{_CYR_LOW}]{{3,5}}", last):
        # A short domain the lead qualifies with adjectives: "Голова ради:" under the caption
        # "голова Зеленодольської сільської ради Петро Гнатюк".
        adjective = rf"[{_CYR_UP}{_CYR_LOW}][{_CYR_LOW}'’\-]+(?:ої|ої|ого|ей|ій|ой|их|іх)"
        return (
            rf"{re.escape(head)}[ \t]+(?:{adjective}[ \t]+){{0,2}}{re.escape(last)}"
            rf"(?![{LETTER}])"
        )
    if head and " " not in head and re.fullmatch(rf"[{_CYR_LOW}]{{6,}}", last):
        # A lower-case domain that the lead names by the institution's own title: "Директор
        # водоканала:" under "директор МУП «Вологдагорводоканал» Сергей Гладков" — up to three
        # words after the office, one of them holding the domain's stem. (Four where the
        # adjectives pile up: "Директор лікарні:" under "директор Полтавської обласної клінічної
        # лікарні Микола Гребінь".)
        stem = re.escape(last[:-2])
        word = r"[^\s.!?;:]"
        # A clipped compound, a short stem glued to the noun, as the lead spells it out:
        # "Начальниця фінуправління:" under "начальниця фінансового управління Ірина Ткачук"
        # ("облуправління", "міськвідділу" alike).
        clipped = "".join(
            rf"|(?i:{re.escape(last[:k])})[{_CYR_LOW}]+[ \t]+(?i:{re.escape(last[k:])})"
            rf"(?![{LETTER}])"
            for k in range(2, 6)
            if len(last) - k >= 5
        )
        return (
            rf"{re.escape(head)}[ \t]+(?:{re.escape(last)}(?![{LETTER}])"
            rf"|(?:{word}+[ \t]+){{0,3}}{word}*(?i:{stem}){word}*{clipped})"
        )
    first, _, rest = office.partition(" ")
    if rest and re.fullmatch(r"[A-Z]{2,6}", first):
        # An agency's acronym the header spells out: "EMA Director" as "Emergency Management
        # Agency Director Raymond Okonjo".
        spelled = r"[ \t]+".join(rf"{ch}[a-z]+" for ch in first)
        return rf"(?:{first}|{spelled})[ \t]+{re.escape(rest)}"
    short = _OFFICE_ABBREVIATIONS.get(last.lower())
    if short is None and office.lower().startswith("the "):
        # A label's article is the label's: "The Senator:" under "Mexican Senator Rocío
        # Valdivia Herrera, who represents …" (the lead writes the office before the name bare).
        # (Bare, only with the name on its line: a roster's "GORDON PRUITT, Alabama, Chairman"
        # / "DALE WHITAKER, Texas" puts the next member under it.)
        bare = re.escape(office[4:].strip())
        return rf"(?:the[ \t]+{bare}|{bare}(?=[ \t]+\S))"
    if short is None:
        return re.escape(office)
    if head.lower() == "the":
        # A label's article is not the abbreviation's: "THE GOVERNOR:" under "Guest: Gov. Eamon
        # MacAllister", nor the lead's: "The Senator:" under "Mexican Senator Rocío Valdivia
        # Herrera, who represents …".
        return rf"(?:the[ \t]+{re.escape(last)}|{re.escape(last)}(?=[ \t]+\S)|{short})"
    return rf"(?:{re.escape(office)}|{re.escape(head + ' ') if head else ''}{short})"


# A participants list's "Given SURNAME, post" (the EU's and the UN's style): "Elin LINDQVIST,
# Executive Vice-President for …" under "… by Executive Vice-President Lindqvist". Only
# before a comma, a bracket or the line's end, so an acronym in running text stays.
_CAPS_SURNAME = re.compile(
    rf"(?<![{LETTER}.\-])([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?[ \t]+)"
    rf"([{UPPER}]{{3,}}(?:[-'’][{UPPER}]+)*)(?=[ \t]*(?:[,(]|$))",
    re.MULTILINE,
)


def _caps_surnames_recased(text: str) -> str:
    """``text`` with a list's capitalised surnames in mixed case ("Elin LINDQVIST" -> "Elin
    Lindqvist"), so the office's holder is found as the running text writes him."""
    if not text:
        return text
    return _CAPS_SURNAME.sub(lambda m: m.group(1) + _recase_word(m.group(2)), text)


def _office_written(office: str) -> str:
    """A pattern for ``office`` as a dek writes it after a name: a trade paper's "Vivian Liang,
    chief executive of Harrowgate Cold Chain, on …" for "CEO:" (read "Chief Executive
    Officer") drops the "officer" that the title's acronym spells."""
    bare = re.sub(r"^[Tt]he ", "", office)
    if fold(bare) == "chief executive officer":
        return r"chief[ \t]+executive(?:[ \t]+officer)?"
    return re.escape(bare)


def _one_full_holder(
    phrases: set[str], label_names: Sequence[Name], header_canon: dict[Name, str]
) -> str | None:
    """The one name a list line gives for an office, with its full given name (a title is no
    given name), as the labels and header write that person; else None."""
    if len(phrases) != 1:
        return None
    named = name_from_phrase(next(iter(phrases)))
    if named is None or not named.has_full_given or is_title_token(named.given[0]):
        return None
    return _merged_display(named, label_names, header_canon)


def _names_next(text: str, at: int) -> bool:
    """Does the clause from ``at`` go on to a full name? Then the office before it is that
    person's, not the one before the comma: "… провёл председатель комитета Виктор Гребнев,
    главный врач городской клинической поликлиники №2 Сергей Лапин доложил …"."""
    clause = re.split(r"[,.;:\n]", text[at : at + 120], maxsplit=1)[0]
    for m in _PAIR_AT.finditer(clause):
        # (the name goes on to its verb in lower case; a firm after the post goes on in
        # capitals or ends: "Dr Laila Haddad, chief scientist at Verdant Seed Co., …")
        # (a Russian or Ukrainian name may close the clause, its post and where it serves
        # before it: "… член Совета Федерации, сенатор от Вологодской области Елена
        # Перминова." — a firm there stands in quotes, never as a bare capitalised pair)
        closes = (
            re.fullmatch(r"[ \t]*", clause[m.end(2) :]) is not None
            and re.fullmatch(r"[А-ЯЁІЇЄҐа-яёіїєґ'’\- \t]+", m.group(1) + m.group(2)) is not None
        )
        if not closes and not re.match(
            rf"{re.escape(m.group(1))}[ \t]+{re.escape(m.group(2))}[ \t]+[{LOWER}]",
            clause[m.start() :],
        ):
            continue
        named = _full_name(f"{m.group(1)} {m.group(2)}")
        if named is not None:
            return True
    return False


# A sentence that says who testifies: "… is giving evidence this morning.", "… took the stand".
_EVIDENCE_SENTENCE = re.compile(
    r"[^.!?\n]*\b(?:(?:is|was|were|are|will[ \t]+be)[ \t]+giving[ \t]+evidence|gave[ \t]+evidence"
    r"|testified|(?:has|have|had)[ \t]+taken[ \t]+the[ \t]+(?:stand|witness[ \t]+box)"
    r"|took[ \t]+the[ \t]+(?:stand|witness[ \t]+box))\b[^.!?\n]*"
)


# Courtesy and academic titles before a name, which name no post: "Dr.", "Prof.", "Mr".
_COURTESY = frozenset({"dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir", "dame"})


# A Russian or Ukrainian past-tense verb in the masculine, as a lead writes one between a
# post and a name ("відповідав", "отвечал"); no genitive domain word ends so ("області",
# "телеканала", "підприємців").
_PAST_VERB = re.compile(r"(?<![а-яёіїєґ])[а-яёіїєґ]{3,}(?:ав|ив|ув|ял|ал|ил|ел)(?![а-яёіїєґ])")


def _post_then_named(word: str, name: Name, lead: str) -> bool:
    """Does ``lead`` call someone by the post ``word`` ("garrison commander at Fort Leonard
    Wood"), no name after it, and name ``name`` a short way on in the same paragraph?"""
    for m in re.finditer(rf"(?<![\w\-])(?i:{re.escape(word)})(?![\w\-])", lead):
        after = lead[m.end() :]
        if re.match(rf"[ \t]+(?:[{UPPER}][\w.'’\-]*[ \t]+)*{re.escape(name.surname)}\b", after):
            continue  # "Commander Hale": a title, read as one
        if re.match(rf"[ \t]+[{UPPER}]", after) or "\n" in after[:1]:
            continue  # the post over someone else's name ("President Trump")
        # (within a short reach of the same paragraph: its sentence or the next one)
        if re.search(
            rf"(?<![\w\-]){re.escape(name.surname)}(?![\w\-])", after[:160].split("\n")[0]
        ):
            return True
    return False


def _has_vice(text: str) -> bool:
    """Does ``text`` say "vice" as a word of its own or a prefix ("Vice Chair", "vice-rector"),
    not inside another word ("Director of Services", "Advice Line")?"""
    return _VICE_WORD.search(text) is not None


_VICE_WORD = re.compile(r"(?<![^\W\d_])(?i:vice)")


def _office_holder(
    office: str,
    header: list[tuple[str, Name]],
    label_names: Sequence[Name],
    header_canon: dict[Name, str],
    header_text: str = "",
    preface: str = "",
) -> str:
    """THE PRESIDENT -> the header's "President X", if the header names exactly one."""
    header_text, preface = _caps_surnames_recased(header_text), _caps_surnames_recased(preface)
    if fold(office).removeprefix("the ") == "court":
        judges = {
            " ".join(_recase_word(w) for w in m.group("name").split())
            for m in _BEFORE_JUDGE.finditer(preface or header_text)
        }
        if len(judges) == 1:
            return judges.pop()
    if fold(office).removeprefix("the ") == "witness":
        heard = _sworn_witness(f"{header_text}\n{preface}", label_names)
    else:
        heard = _counsel_for(office, preface or header_text, label_names)
    if heard is not None:
        return heard
    word = office.split()[-1].lower()
    if re.search(r"[а-яёіїєґ]", word):
        # A Russian or Ukrainian post puts its head first, what it heads after, in the
        # genitive: "Председатель гордумы", "Директор заповедника" (an adjective before the
        # head is no head: "Главный инженер").
        word = next(
            (w for w in office.lower().split() if not re.search(r"(?:ый|ий|ій|ой|ая|яя|на)$", w)),
            word,
        )
    vice = _has_vice(office)
    holders = []
    labelled_holders: list[Name] = []
    cyrillic = re.search(r"[а-яёіїєґ]", word) is not None
    for kind, name in header:
        if kind in ("outlet", "moderator"):
            # "Fox News" is no office holder; nor is "речник Президента Сергій Никифоров", who
            # moderates (the "Президент:" is someone else).
            continue
        title = (name.title or "").lower()
        if title.rstrip(".") in _COURTESY:
            # A doctor's or a professor's courtesy title says nothing of the post, which follows:
            # "Participants: Dr. Simone Achterberg, Lead Surgeon, Pediatric Surgery".
            title = ""
        # "… by Stéphane Dujarric, Spokesman for the Secretary-General": the role follows.
        after = re.search(
            rf"{re.escape(name.surname)},?\s+(?:the\s+)?([\w\- ]{{1,30}})", header_text
        )
        # (not a verb's phrase with no comma: "Host Carla Jimenez spoke with the state
        # treasurer about …" names the host, who asks, not the treasurer)
        verbal = False
        if after and not title:
            title = after.group(1).lower()
            verbal = re.match(rf"{re.escape(name.surname)}[ \t]+[a-z]", after.group(0)) is not None
            if re.match(rf"{re.escape(name.surname)}[ \t]+[а-яёіїєґ]", after.group(0)):
                # A Russian lead's verb after the name is no post: "Председатель … городской
                # думы Ирина Лапшина рассказала …" (the office before the name decides, below).
                title = ""
        # Skip a holder who has a label of their own ("PRESIDENT ZELENSKYY:").
        same_office = (
            bool(_office_words(word) & set(title.split()))
            and _has_vice(title) == vice
            and not verbal
        )
        if not title and not same_office:
            # "Інтерв'ю Президента України Володимира Зеленського" for "Президент:": the office
            # written before the name, in any case ending.
            # An adjectival surname keeps less of itself: "Георгія Тихого" for "Тихий".
            adjectival = re.search(r"(?:ий|ый|ой|ій)$", name.surname) is not None
            cut = len(name.surname) - (2 if adjectival else 3)
            # A double surname declines in both parts ("Мельника-Заболотного"): its first
            # part's stem finds it.
            stem_of = name.surname.split("-")[0] if "-" in name.surname else name.surname
            if stem_of != name.surname:
                adjectival, cut = False, len(stem_of) - 1
            at = header_text.find(stem_of[: max(3 if adjectival else 4, cut)])
            before = header_text[max(0, at - 60) : at] if at >= 0 else ""
            stem = re.escape(fold(word)[: max(4, len(word) - 2)])
            posts = list(re.finditer(rf"\b{stem}", fold(before)))
            same_office = (
                bool(posts)
                and (re.search(r"\b(?:vice|вице|віце)", fold(before)) is not None) == vice
                # (the post as a verb's subject, the name its object's: "міський голова
                # відповідав на запитання ведучої Юлії Гайової" names the host, not the mayor)
                and _PAST_VERB.search(fold(before)[posts[-1].end() :]) is None
            )
        if same_office and not any(n.compatible(name) for n in label_names):
            holders.append(name)
        elif same_office and cyrillic and kind.startswith(_INTERVIEWEE_KINDS):
            labelled_holders.append(name)
        elif (
            not cyrillic
            and kind.startswith(_INTERVIEWEE_KINDS)
            and any(n.compatible(name) for n in label_names)
            and all(n.key == name.key for k, n in header if k != "outlet")
            and _post_then_named(word, name, preface or header_text)
        ):
            # An English guest labelled by the post once, by the name after ("COMMANDER: The
            # traffic at Gate 3 …" / "Col. Hale: We've opened …" under "The Army's newest
            # garrison commander at Fort Leonard Wood has been on the job for eight weeks.
            # Col. Renee Hale, who …"): the lead's one person, whom it calls by that post
            # right before naming her, holds it.
            labelled_holders.append(name)
    if not holders and len({h.key for h in labelled_holders}) == 1:
        # A Russian or Ukrainian guest labelled by the post once, by the surname after
        # ("Сенатор: Добрый вечер, Андрей …" / "Кротова: Давайте честно. …" under "… беседует
        # с сенатором … Лидией Кротовой"): the one interviewee the lead names under that post
        # is that person still (a press conference's giver is read elsewhere).
        holders = labelled_holders
    if len({h.key for h in holders}) == 1:
        holder = max(holders, key=lambda h: len(h.given))
        if not holder.given:
            # "Remarks by President Halvorsen" over a caption "President Daniel Halvorsen takes
            # questions …": the one given name the header writes before that surname.
            pairs = [
                (m.group(1), header_text[header_text.rfind("\n", 0, m.start()) + 1 : m.start()])
                for m in _PAIR_AT.finditer(header_text)
                if m.group(2) == holder.surname
                and not (is_title_token(m.group(1)) or m.group(1).lower() in NOT_GIVEN)
            ]
            given = {g for g, _ in pairs}
            if holder.title and len(given) > 1:
                # Two of that surname in a menu ("President Joe Biden" / "First Lady Dr. Jill
                # Biden"): the one written under the holder's own title holds it.
                titled = {
                    g
                    for g, before in pairs
                    if re.search(
                        rf"(?<![{LETTER}])(?<!Vice )(?<!Vice-){re.escape(holder.title)}[ \t]+$",
                        before,
                        re.IGNORECASE,
                    )
                }
                given = titled or given
            elif holder.title and given:
                # The one namesake a menu writes under another title is someone else: "First
                # Lady Dr. Jill Biden" holds no "President Biden:" label.
                # (a clipped title is the same post: "Sen. Warren" under "Senator Elizabeth
                # Warren")
                stem = fold(holder.title).rstrip(".")[:3]
                elsewhere = {
                    g
                    for g, before in pairs
                    if (
                        post := re.search(
                            rf"([{UPPER}][{LOWER}]+)[ \t]+(?:(?:Dr|Mr|Mrs|Ms)\.?[ \t]+)?$",
                            before,
                        )
                    )
                    and not fold(post.group(1)).startswith(stem)
                }
                given -= elsewhere
            # A middle initial between them ("President Donald J. Trump speaks with members of
            # the press …" under "Remarks by President Trump"): the name as written, with it.
            initialed = {
                (m.group(1), " ".join(m.group(0).split()))
                for m in re.finditer(
                    rf"(?<![{LETTER}.\-])([{UPPER}][{LOWER}]+)(?:[ \t]+[{UPPER}]\.){{1,2}}[ \t]+"
                    rf"{re.escape(holder.surname)}(?![{LETTER}])",
                    header_text,
                )
                if not (is_title_token(m.group(1)) or m.group(1).lower() in NOT_GIVEN)
            }
            if len({g for g, _ in initialed} | given) == 1 and len(initialed) <= 1:
                return initialed.pop()[1] if initialed else f"{given.pop()} {holder.surname}"
        return header_canon.get(holder, holder.display())
    # "Members present: Dame Meg Hillier (Chair); …": a name, then the office in brackets.
    bracketed = {
        m.group(1)
        for m in re.finditer(
            rf"((?:[{UPPER}][{LETTER}.'’\-]*[ \t]+){{1,4}}[{UPPER}][{LETTER}'’\-]+)[ \t]*"
            # (a second post after it too: "Janet Tilley (Clerk and RFO)" for "The Clerk:")
            rf"\((?:the[ \t]+)?"
            # (the body it chairs before it: "Fiona Aldridge (Trust Chair)" for "CHAIR:", never a
            # deputy's "(Vice Chair)")
            r"(?:(?!(?i:vice|deputy|co|assistant|acting)[ \t])(?-i:[A-Z][a-z]{2,})[ \t]+)?"
            rf"{re.escape(re.sub(r'^[Tt]he ', '', office))}"
            # (what it chairs between: "Professor Ruth Adeyemi (Chair of Senate, in the chair)")
            r"(?:[ \t]+(?:of|for)[ \t]+[^(),\n]{1,40})?"
            r"(?:[ \t]*(?:,|and|&)[ \t]*[^()\n]{1,40})?\)",
            header_text + "\n" + preface,
            re.IGNORECASE,
        )
    }
    # ("Grogan, Sen Karen (Chair)" gives "Sen Karen", no name; its rewrite "Sen Karen Grogan
    # (Chair)" does.)
    # (a peer is named by rank and title alone: the Lords' "Lord Moylan (The Chair)")
    named_in_brackets = {
        named.display()
        for phrase in bracketed
        if (named := name_from_phrase(phrase)) is not None
        and (named.given or fold(named.title or "") in PEER_RANKS)
    }
    if len(named_in_brackets) == 1:
        return named_in_brackets.pop()
    # A UK record of proceedings says who presides in a sentence of its own: the General
    # Synod's "Questions were taken at 5.30 pm, the Revd Canon Dr Miriam Okafor (Southwark) in
    # the Chair.", Westminster Hall's "[Sir Roger Gale in the Chair]" for "THE CHAIR:".
    if word in _office_words("chair"):
        # A think tank's event page names who chairs above the panellists' list: "Chaired by
        # Professor Ama Kyei-Darko, Senior Fellow" over "CHAIR:" labels (the one moderator the
        # cover names, who has no label of their own).
        chairing = {
            name.key: name
            for kind, name in header
            if kind == "moderator"
            and name.has_full_given
            and not any(n.compatible(name) for n in label_names)
        }
        if len(chairing) == 1 and sum(k == "moderator" for k, _ in header) == 1:
            chair = next(iter(chairing.values()))
            return header_canon.get(chair, chair.display())
        presiding = {
            named.display()
            for m in _IN_THE_CHAIR.finditer(header_text + "\n" + preface)
            if (named := name_from_phrase(m.group(1))) is not None and named.has_full_given
        }
        if len(presiding) == 1:
            return presiding.pop()
        chairs = {
            named.display()
            for m in _CHAIRS_THE.finditer(header_text + "\n" + preface)
            if (named := name_from_phrase(m.group(1))) is not None
            and named.has_full_given
            and not is_title_token(named.given[0])
        }
        if len(chairs) == 1:
            return chairs.pop()
    # A participants list's post, a colon and its holder, one a line: a Hansard committee's
    # "Chair: Ms. Dolores Whitfield (Kildonan East)" / "Auditor General: Mr. Rajiv Menon" for
    # "The Chair:" and "Auditor General:" (a seat or a party may follow in brackets).
    rostered = {
        m.group(1)
        for m in re.finditer(
            rf"(?m)^[ \t]*(?:the[ \t]+)?(?i:{re.escape(re.sub(r'^[Tt]he ', '', office))})"
            r"[ \t]*:[ \t]*(?:(?:Mr|Ms|Mrs|Dr|Hon)\.?[ \t]+)?"
            rf"((?:(?![{UPPER}]{{2,}}[ \t(])[{UPPER}][{LETTER}'’\-]+[ \t]+){{1,2}}"
            rf"(?![{UPPER}]{{2,}}(?![{LETTER}]))[{UPPER}][{LETTER}'’\-]+)"
            # (a planning inspector's degrees and membership after the name: "Inspector: Helen
            # Ashworth BA (Hons) MRTPI")
            rf"(?:[ \t]+(?:[{UPPER}]{{2,6}}|\((?:Hons|Oxon|Cantab)\)))*"
            r"[ \t]*(?:\([^()\n]{1,60}\))?[ \t]*$",
            header_text + "\n" + preface,
        )
    }
    if (held_by := _one_full_holder(rostered, label_names, header_canon)) is not None:
        return held_by
    # An earnings call's participants list, one a line, a name, a dash and the post: "Lena
    # Østerberg - Chief Executive Officer" for "CEO:" (whose office is spelled out).
    listed = {
        m.group(1)
        for m in re.finditer(
            rf"(?m)^[ \t]*((?:[{UPPER}][{LETTER}'’\-]+[ \t]+){{1,2}}[{UPPER}][{LETTER}'’\-]+)"
            rf"[ \t]+(?:--|[-–—])[ \t]+(?:the[ \t]+)?"
            # (what the post chairs before it, a note in brackets after it: a harbour board's
            # "Present" list "Mrs Eleanor Tregaskis – Board Chair (in the chair)" for "Chair:";
            # a deputy is someone else)
            rf"(?:(?!(?:Vice|Deputy|Assistant|Former|Acting)\b)[{UPPER}][{LOWER}]+[ \t]+)?"
            rf"(?i:{re.escape(office)})[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?"
            r"(?:(?:,|--|[-–—])[^\n]{0,60})?$",
            header_text + "\n" + preface,
        )
    }
    if (held_by := _one_full_holder(listed, label_names, header_canon)) is not None:
        return held_by
    # A Russian minutes' list of those present, surname first with the patronymic, a dash and
    # the post in lower case: "Дронова Валентина Евгеньевна – председатель комиссии, Горшков
    # Игорь Петрович – заместитель председателя, …" for "Председатель:" (a deputy's post
    # opens with another word).
    if re.fullmatch(rf"[{_CYR_UP}][{_CYR_LOW}\-]+", office):
        posted = {
            (f"{m.group(2)} {m.group(1)}", len(m.group(3).split()) <= 1)
            for m in re.finditer(
                rf"(?<![{LETTER}\-])([{_CYR_UP}][{_CYR_LOW}]+(?:-[{_CYR_UP}][{_CYR_LOW}]+)?)"
                rf"[ \t]+([{_CYR_UP}][{_CYR_LOW}]+)[ \t]+"
                rf"[{_CYR_UP}][{_CYR_LOW}]+(?:вич|вна|ична|ич)"
                rf"[ \t]*[-–—][ \t]*{re.escape(office.lower())}(?![{LETTER}\-])([^,;.\n]*)",
                header_text + "\n" + preface,
            )
        }
        # (an invited guest's post is another body's, spelled out: "Сафонов Игорь Николаевич –
        # председатель территориальной избирательной комиссии …"; the body's own is short,
        # "председатель комиссии")
        rostered_ru = {n for n, _ in posted}
        if len(rostered_ru) > 1:
            rostered_ru = {n for n, own in posted if own}
        if len(rostered_ru) == 1:
            return rostered_ru.pop()
    # "Hon. James E. Risch, chairman of the committee, presiding": a name, then the office.
    appositive = {
        m.group(1)
        # (the lead below a short header too: a participants list's "Paul Moreau, Commissioner
        # for Environment" under a headline that names him by surname only)
        for m in _APPOSITIVE.finditer(header_text + "\n" + preface)
        if m.group(2).lower() == word and _has_vice(m.group(0)) == vice
    }
    if not appositive and " " not in office:
        # The post after a qualifier: a senate's "Present: … Ms Fiona Lydgate, Academic
        # Registrar" for "Registrar:" (a deputy or an assistant is someone else).
        appositive = {
            m.group(1) or m.group(2)
            for m in re.finditer(
                rf"\b((?:[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
                rf"(?:[ \t]+[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?){{1,3}}),[ \t]+"
                rf"(?!(?:Vice|Deputy|Assistant|Former|Acting)\b)[{UPPER}][{LOWER}]+[ \t]+"
                rf"(?i:{re.escape(word)})(?![{LETTER}\-])"
                # (or a trade's grade and speciality in lower case: an NHS trust's
                # "Participants: … Mr Rajiv Menon, consultant hepatobiliary surgeon, …")
                rf"|\b((?:[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
                rf"(?:[ \t]+[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?){{1,3}}),[ \t]+"
                rf"(?!(?:vice|deputy|assistant|former|acting|junior|trainee)\b)"
                # (English grades only: in a Ukrainian lead the lower-case words are a clause,
                # "Головує суддя Олена Мельничук, обвинувачення підтримує прокурор …")
                rf"(?:[a-z]+[ \t]+){{1,2}}{re.escape(word.lower())}(?![{LETTER}\-])",
                header_text + "\n" + preface,
            )
        }
    if len(appositive) == 1:
        named = name_from_phrase(appositive.pop())
        if named is not None and named.given:
            # "Jean-Noël Barrot, Minister for …" who also has a label of his own: one person.
            return _merged_display(named, label_names, header_canon)
    # The whole office after the name, behind where it serves and how it is held: a radio
    # page's dek "Professor Aileen Fraser, Scotland's interim Chief Medical Officer, spoke to …"
    # for "Chief Medical Officer:" (a deputy, a former holder is someone else).
    qualified = {
        m.group(1)
        for m in re.finditer(
            rf"\b((?:[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
            rf"(?:[ \t]+[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?){{1,3}})"
            # (a member's letters after the name: a Hansard roster's "Hon. Rebecca Farrow MP,
            # Attorney-General and Minister for Justice" for "ATTORNEY-GENERAL:")
            r"(?:[ \t]+(?:MP|MLA|MHA|MPP|MSP|MLC|MHK|TD|AM|MS))?,[ \t]+"
            rf"(?:the[ \t]+|[{UPPER}][{LETTER}\-]+['’]s[ \t]+)?"
            rf"(?:(?:interim|acting|new|current|incoming)[ \t]+)?"
            rf"(?i:{_office_written(office)})(?![{LETTER}\-])",
            header_text + "\n" + preface,
        )
        if not _names_next(m.string, m.end())
    }
    if len(qualified) == 1:
        named = _full_name(qualified.pop())
        if named is not None:
            return _merged_display(named, label_names, header_canon)
    # The office and what it serves, then its holder after a comma: a dek's "The
    # Director-General of the Nordic Air Carriers Association, Henrik Solberg, on …", a
    # government byline's "Minister for Energy and Resources, the Hon. Dana Okafor MP". (The
    # capitalised organisation right after the office is no name.)
    region = preface or header_text

    def caught(pattern: str, flags: int = 0, labelled: bool = False) -> set[str]:
        """The full names the pattern's group 1 catches, not a title, not a labelled person
        (only a labelled one when ``labelled``), and with "vice" before the office only when
        the label says vice."""
        found = set()
        for m in re.finditer(pattern, region, flags):
            before = region[max(0, m.start() - 6) : m.start()].lower()
            named = name_from_phrase(m.group(1))
            if vice != _has_vice(before) or named is None or not named.has_full_given:
                continue
            if not is_title_token(named.given[0]) and labelled == any(
                n.compatible(named) for n in label_names
            ):
                found.add(named.display())
        return found

    served_pattern = (
        rf"(?<![{LETTER}\-])(?i:{re.escape(office)})"
        # (a second portfolio joined to the office, with its own remit, is the same holder's
        # double post: "The Tánaiste and Minister for Foreign Affairs and Trade, Simon Harris
        # TD"; "and the …" would be a second person)
        rf"(?:[ \t]+and(?![ \t]+the\b)(?:[ \t]+[{UPPER}][{LOWER}\-]+){{1,2}}"
        r"(?=[ \t]+(?:of|for)\b))?"
        # (the body served may close with its acronym in brackets: "of the Organisation for
        # the Prohibition of Chemical Weapons (OPCW), Ambassador Fernando Arias")
        r"[ \t]+(?:of|for)[ \t]+[^,\n]{1,60}(?:[ \t]*\([A-Z]{2,8}\))?,[ \t]+"
        # (a diplomat's or officer's clipped rank too: "Minister of Foreign Affairs, Amb. Yusuf
        # Maitama Tuggar,", "…, Prof. Jane Doe,")
        # (or a head of an international body's "H.E.", His or Her Excellency: "The Chairperson
        # of the African Union Commission, H.E. Mahmoud Ali Youssouf, …")
        r"(?:(?:[Tt]he|Rt\.?|Hon\.?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|H\.[ \t]?E\."
        rf"|[{UPPER}][{LOWER}]{{1,4}}\.)[ \t]+){{0,3}}"
        rf"((?:[{UPPER}][{LETTER}'’\-]+[ \t]+){{1,2}}[{UPPER}][{LETTER}'’\-]+)"
        # (or the lead's closing colon: "Also present was the Chief Engineer/Drainage Projects
        # of the Drainage Services Department, Ms Winnie Lam:")
        rf"(?=[ \t]*(?:[,(]|:?$)|[ \t]+[{UPPER}]{{2,4}}\b)"
    )
    served = caught(served_pattern, re.MULTILINE)
    if len(served) == 1:
        return served.pop()
    if not served:
        # The one holder the lead serves the office with has a label of their own: the same
        # person under the office ("The Minister of Fisheries and Maritime Infrastructure, Fatou
        # Diouf Sarr, received …" over "Fatou Diouf Sarr:" … "Minister:"), never the capitals of
        # the office's own domain ("Maritime Infrastructure").
        served = caught(served_pattern, re.MULTILINE, labelled=True)
        if len(served) == 1:
            only = name_from_phrase(served.pop())
            if only is not None:
                return _merged_display(only, label_names, header_canon)
    # The office, then its holder set off by commas: a school's "Our Chair of Governors, Dev
    # Malhotra, opened the meeting." for "Chair of Governors:". The clause goes on in lower
    # case after the name; a place goes on in capitals ("… and the Tánaiste, Government
    # Buildings, Dublin" is where, not who).
    apposed = caught(
        rf"(?<![{LETTER}\-])(?i:{re.escape(office)}),[ \t]+"
        rf"((?:[{UPPER}][{LETTER}'’\-]+[ \t]+){{1,2}}[{UPPER}][{LETTER}'’\-]+)"
        rf"(?=[ \t]*,[ \t]+[{LOWER}])"
    )
    if len(apposed) == 1:
        return apposed.pop()
    # The lead says who took the office: a radio page's "Lady Catherine Whitmore-Hale was sworn
    # in as Lord Lieutenant of Shropshire at Shire Hall on Tuesday." for "LORD LIEUTENANT:"
    # (what follows the office is where, not who).
    took = caught(
        rf"((?:[{UPPER}][{LETTER}'’\-]+[ \t]+){{1,3}}[{UPPER}][{LETTER}'’\-]+)[ \t]+"
        r"(?:was|has[ \t]+been|is[ \t]+being)[ \t]+"
        r"(?:sworn[ \t]+in|appointed|installed|elected|inaugurated)[ \t]+as[ \t]+"
        r"(?:(?:the|its|our)[ \t]+)?(?:new[ \t]+)?"
        rf"(?i:{re.escape(re.sub(r'^[Tt]he ', '', office))})(?![{LETTER}\-])"
    )
    if len(took) == 1:
        return took.pop()
    # "Prime Minister Keir Starmer held a press conference", "PRIME MINISTER ANTHONY ALBANESE /
    # TRANSCRIPT": the office written right before one full name anywhere in the header.
    held = set()
    stand_ins: set[tuple[str, bool]] = set()  # a deputy's or an assistant's, the fallback
    adjacent = set()  # the holders written right after the office, nothing between
    domain_ends = set()  # the last word of a domain that stood between an office and a name
    # A department's long remit after the office and what it heads is lower-case words in a
    # row: "начальница управления по охране объектов культурного наследия Марина Елисеева" for
    # "Начальница управления:", "главный врач краевой детской клинической больницы Анаит
    # Саакян" for "Главврач:" (after a bare office a preposition's phrase is no remit: "Посол
    # на приёме по случаю Дня России" names no one).
    remit = (
        rf"(?:(?:[ \t]+[{_CYR_LOW}]+){{3,6}}(?=[ \t]+[{_CYR_UP}]))?"
        if re.fullmatch(
            rf"[{_CYR_UP}{_CYR_LOW}][{_CYR_LOW}\-]+[ \t]+[{_CYR_LOW}\-]+",
            _CLIPPED_OFFICES.get(fold(office), office),
        )
        # A one-word post by its remit, then where it serves: "уполномоченный по правам
        # ребёнка в Омской области Марина Щербакова" for "Уполномоченный:" (Ukrainian
        # "уповноважений з прав дитини …"); or by its portfolio, an adjective and a noun in the
        # genitive: "министр лесного хозяйства Красноярского края Павел Рудаков" for "Министр:".
        else rf"(?:[ \t]+(?:по|з|із)(?:[ \t]+[{_CYR_LOW}]+){{1,3}}"
        rf"|[ \t]+[{_CYR_LOW}]+(?:ого|его|ой|ей|ых|их|ої|ього)[ \t]+[{_CYR_LOW}]{{3,}})?"
        if re.fullmatch(rf"[{_CYR_UP}{_CYR_LOW}][{_CYR_LOW}\-]{{4,}}", office)
        else ""
    )
    for m in re.finditer(
        # pm.gov.au: "Prime Minister" / "The Hon Rachel Dunmore MP" on the next line.
        # "Губернатор Новосибирской области Андрей Лосев": the office's domain may come between.
        # A Russian or Ukrainian clipped compound is the post's two words: "Главврач:" under
        # "Главный врач краевой больницы Анаит Саакян", "Головлікар:" under "головний лікар …".
        rf"(?<![{LETTER}\-])(?i:{_office_spelled(_CLIPPED_OFFICES.get(fold(office), office))})"
        # A capitalised domain word without "of" is a Slavic genitive ("Президент України");
        # in English it is a given name: "Chief Spokesperson Lucía Ferreira Gomes".
        # An envoy's post, where he serves, is one step: "Посол Ірландії в Україні Шивон …".
        # A domain word may be hyphenated or carry an apostrophe ("Губернатор Санкт-Петербурга
        # Александр Беглов", "Міністр охорони здоров’я України Ігор Савчук"), else its second
        # half would open the name. A capitalised one is a genitive ("края", "України",
        # "Санкт-Петербурга"), never a nominative name ("Андрій Коваленко та Прем’єр-міністр
        # Фінляндії Юха Ліндроос": the domain stops before "Андрій"). A Cyrillic institution's
        # acronym is a domain too: "речниця ОВА Марта …".
        # A portfolio of two joined by "and" is one step: "Minister of Oceans and Fisheries
        # Park Seo-yeon" (else "Fisheries" would open the name).
        rf"({remit}"
        rf"(?:[ \t]+(?:of[ \t]+[{UPPER}]?[{LOWER}]+(?:[ \t]+(?:and|&)[ \t]+[{UPPER}][{LOWER}]+)?"
        # (a county's post by its area: "Assistant Coroner for Cumbria Philip Arkwright")
        rf"|for[ \t]+[{UPPER}][{LOWER}]+(?=[ \t]+[{UPPER}][{LOWER}]+[ \t]+[{UPPER}])"
        rf"|(?:в|у|во|при)[ \t]+[{_CYR_UP}][{_CYR_LOW}]+"
        rf"|[{_CYR_UP}]{{2,5}}(?=[ \t]+[{_CYR_UP}][{_CYR_LOW}])"
        rf"|[{_CYR_LOW}]+(?:-[{_CYR_LOW}]+)*"
        rf"|[{_CYR_UP}][{_CYR_LOW}]*(?:-[{_CYR_UP}]?[{_CYR_LOW}]+)*(?:[аяыиії]|ого|ой|ої|ей)"
        # (a bare "of" or "for" is no domain word: "Registrar of Motor Vehicles takes your
        # calls" names no "Motor Vehicles")
        rf"|(?!(?:of|for)(?![{LETTER}]))[{LOWER}]+)){{0,3}}"
        # (a people's-rights remit may close a domain of three steps: "Уповноважений Верховної
        # Ради України з прав людини Дмитро Лубінець", "… по правам человека …"; else the run
        # would stop short and take "Ради України" for the holder)
        rf"(?:[ \t]+(?:з|із|по)[ \t]+[{_CYR_LOW}]{{3,}}[ \t]+(?:людини|человека|дитини|ребенка))?"
        # (an institution's number closes its domain: "главный врач городской клинической
        # поликлиники №2 Сергей Лапин")
        r"(?:[ \t]+№[ \t]?\d{1,4})?"
        # (so does its name in guillemets: "атаман станичного казачьего общества
        # «Старочеркасская станица» Павел Игнатьевич Сорокин")
        r"(?:[ \t]+«[^«»\n]{1,40}»)?)"
        r"[ \t]*\n?[ \t]*"
        r"(?:(?:The[ \t]+)?(?:Rt\.?[ \t]+)?Hon\.?[ \t]+|(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?"
        # A particle before the surname: "Agriculture Minister Pieter van Rensburg says …".
        # An Irish surname's particle starts it, whatever follows: "Ambassador Niamh Mac Giolla
        # Phádraig spoke to …".
        rf"((?:(?!{_IRISH_PARTICLE})[{UPPER}][{LETTER}'’\-]+[ \t]+){{1,2}}"
        rf"(?:(?:{_PARTICLE_ALT})[ \t]+){{0,2}}(?:{_IRISH_PARTICLE}(?:Giolla[ \t]+|an[ \t]+)?)?"
        rf"[{UPPER}][{LETTER}'’\-]+)",
        preface or header_text,  # below a page's crumbs: "Following is … Secretary-General X’"
    ):
        if vice != _has_vice((preface or header_text)[max(0, m.start() - 6) : m.start()]):
            continue
        if _PAST_VERB.search(m.group(1)):
            # (the post is a verb's subject, the name after it someone else: "міський голова
            # відповідав на запитання ведучої Юлії Гайової")
            continue
        # (a Russian or Ukrainian deputy too: "… та заступниці голови Держгеокадастру Олени
        # Шевчук" is not the "Голова Держгеокадастру:")
        second = re.search(
            r"\b(?:deputy|assistant|associate|former|заступни[кц]\w*|заместител\w*)[ \t]+$",
            (preface or header_text)[max(0, m.start() - 14) : m.start()],
            re.IGNORECASE,
        )
        if second and not re.match(
            r"(?i)(?:deputy|assistant|associate|former|заступни|заместител)", office
        ):
            # A deputy is someone else: "Participants: Police Commissioner Darren Whitlock;
            # Deputy Commissioner Leanne Ferris" names one holder for "COMMISSIONER:". Unless
            # the page names no one else: an assistant coroner sits as the coroner ("Assistant
            # Coroner for Cumbria Philip Arkwright resumed the inquest" for "The Coroner:").
            lone = _full_name(" ".join(_cut_name_run(m.group(2).split())))
            if lone is not None and not second.group(0).lower().startswith("former"):
                stand_ins.add((lone.display(), any(n.compatible(lone) for n in label_names)))
            continue
        if _menu_spaced(m.group(0)):
            continue
        if "\n" in m.group(0)[: m.start(2) - m.start()] and re.search(
            r"(?i)\b(?:of|for|to)(?:[ \t]+the)?[ \t]+$",
            (preface or header_text)[
                (preface or header_text).rfind("\n", 0, m.start()) + 1 : m.start()
            ],
        ):
            # A menu item that ends on the office as what another body serves is no post of
            # its own, and the next item no holder: whitehouse.gov's "Executive Office of the
            # President" / "Briefing Room" (the nav's "President Joe Biden" holds it).
            continue
        if "\n" in m.group(0)[: m.start(2) - m.start()] and re.search(r"[ \t]{2,}", m.group(2)):
            # The line under a masthead's office is its menu, the items spaced wide:
            # "Уповноважений Верховної Ради України з прав людини" / "Прес-центр   Новини".
            continue
        words = _cut_name_run(re.sub(r"['’]s?$", "", m.group(2)).split())  # "Guterres’ visit"
        if len(words) == 3 and _patronymic(words[1]):
            # "Губернатор Приозёрского края Аркадий Ильич Вельяминов-Зернов": the patronymic
            # is passed over, as in the lead's instrumental (see _instrumental_holder).
            words = [words[0], words[2]]
        elif (
            len(words) == 3
            and m.group(1).split()
            and m.group(1).split()[-1].islower()
            and "\n" not in m.group(0)
            and re.fullmatch(rf"[{_CYR_UP}][{_CYR_LOW}\-]+", words[0])
            and not any(_patronymic(w) for w in words)
            # (no oblique adjective: "Обращение Президента Российской Федерации" is no name)
            and not re.search(r"(?:ой|ого|его|ей|ых|их|ої|ього)$", words[2])
        ):
            # An indeclinable place closes the domain, capitalised like a name: "глава управы
            # района Митино Олег Суханов" is Олег Суханов (a Russian name of three words has
            # a patronymic).
            words = words[1:]
        elif len(words) == 2 and _patronymic(words[0]) and m.group(1).split():
            # A given name that ends like a genitive domain word ("Сергей", "Алексей") was
            # read as the domain: "глава Кировского района Сергей Владимирович Пахомов" is
            # Сергей Пахомов, whose given name the domain run took before the patronymic.
            domain_last = m.group(1).split()[-1]
            if domain_last[:1].isupper() and not _patronymic(domain_last):
                words = [domain_last, words[1]]
        if any(fold(w) in EN_WEEKDAYS for w in words):
            # A dateline on the line under the office is no holder: a radio page's "… meet the
            # county's new Lord Lieutenant" / "Broadcast Sunday 8 September 2024".
            continue
        if words and fold(words[0]) == "via":
            # The cover's medium line under the office is no holder: state.gov's "Senior State
            # Department Official" / "Via Teleconference" (a preposition opens it).
            continue
        if any(re.search(r"['’]s$", w) for w in words[:-1]):
            # A possessive opens a noun phrase, not a name: the title "Senior State Department
            # Official on the Secretary’s Upcoming Travel" names no holder of that office.
            continue
        named = name_from_phrase(" ".join(words)) if len(words) >= 2 else None
        if named is not None and fold(named.surname) in OFFICE_HEADS:
            # A second post joined to the first is no name: "chaired by the Registrar and
            # Chief Operating Officer, Dr Martin Okafor" — its holder follows, after a comma.
            after = re.match(
                r",[ \t]+(?:(?:Dr|Mr|Ms|Mrs|Prof|Professor)\.?[ \t]+)?"
                rf"([{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LETTER}'’\-]+)"
                rf"(?=[ \t]*[,.;(]|[ \t]+[{LOWER}])",
                (preface or header_text)[m.end() :],
            )
            named = _full_name(after.group(1)) if after and m.group(1).strip() == "and" else None
        if named is not None and _headline_only(named, preface or header_text, m.start()):
            continue
        if named is not None and fold(named.surname) in ("official", "officials"):
            # A background briefing's headline joins two unnamed briefers: "Senior Defense
            # Official and Senior Military Official Hold a Background Briefing" names no one.
            continue
        if named is not None and named.has_full_given and not is_title_token(named.given[0]):
            labelled = any(n.compatible(named) for n in label_names)
            held.add((named.display(), labelled))
            if not m.group(1):
                adjacent.add((named.display(), labelled))
            else:
                domain_ends.add(m.group(1).split()[-1])
    shifted = {h for h in adjacent if h[0].split()[0] in domain_ends}
    if shifted and held - shifted:
        # A site's masthead "Президент України Офіційне інтернет-представництво" reads as a
        # holder only by taking the domain as a given name; the lead's "Президент України
        # Володимир Зеленський" uses that word as the domain, so the masthead names no one.
        held -= shifted
        adjacent -= shifted
    if len({d for d, _ in held}) > 1 and len({d for d, _ in adjacent}) == 1:
        # "Q&A: Mayor says Harbor Street bus lanes …" over the caption "Mayor Ana-Lucía
        # Ferreira-Watts in her City Hall office": a word between the office and the capitals
        # ("says") may be a verb; the name right after the office is its holder.
        held = adjacent
    # pm.gov.au's other layout: the name line first, the office on the line below it —
    # "The Hon Priya Raman MP" / "Treasurer", "The Hon Daniel Whitcombe MP" / "Prime Minister
    # of Australia".
    for m in re.finditer(
        r"(?m)^[ \t]*(?:The[ \t]+)?(?:Rt\.?[ \t]+)?Hon\.?[ \t]+"
        rf"((?:[{UPPER}][{LETTER}'’\-]+[ \t]+){{1,3}}?[{UPPER}][{LETTER}'’\-]+)"
        rf"(?:[ \t]+[{UPPER}]{{2,4}})?[ \t]*\n[ \t]*(?i:{re.escape(office)})"
        rf"(?:[ \t]+(?:of|for)[ \t]+[^\n]{{1,60}})?[ \t]*$",
        preface or header_text,
    ):
        named = _full_name(m.group(1))
        if named is not None:
            held.add((named.display(), any(n.compatible(named) for n in label_names)))
    if not held:
        held = _declined_holders(office, preface or header_text, label_names)
    if not held and len(stand_ins) == 1:
        held = stand_ins
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
    # A vice-regal or diplomatic page names its principal by style only: "Remarks and media
    # doorstop — Her Excellency the Honourable Margaret Ellery AC" over "GOVERNOR-GENERAL:"
    # (the offices that style is used for; one person so styled).
    if word.split("-")[-1] in _EXCELLENCY_OFFICES or word in _EXCELLENCY_OFFICES:
        styled = set()
        for m in _EXCELLENCY.finditer(preface or header_text):
            named = _full_name(m.group(1))
            if named is not None and not any(n.compatible(named) for n in label_names):
                styled.add(named.display())
        if len(styled) == 1:
            return styled.pop()
    # gov.uk's "From:" field: the office's own department, then the one minister by style —
    # "From: Prime Minister's Office, 10 Downing Street and The Rt Hon Daniel Okafor MP" for
    # "PM:" (the field names who published the page, so the minister holds that office).
    published = {(m.group("offices"), m.group("name")) for m in _FROM_FIELD.finditer(header_text)}
    if len(published) == 1:
        offices, minister = published.pop()
        named = name_from_phrase(minister)
        if (
            re.search(rf"\b{re.escape(office)}\b", offices, re.IGNORECASE)
            and named is not None
            and named.has_full_given
            and not any(n.compatible(named) for n in label_names)
        ):
            return named.display()
    return office


# "His Excellency the Honourable Margaret Ellery AC", "Her Excellency Ms Ana Ruiz": the style,
# then the full name (its post-nominals after it are no part of it).
_EXCELLENCY = re.compile(
    r"\b(?:His|Her)[ \t]+Excellency[ \t]+(?:the[ \t]+)?(?:(?:Right[ \t]+)?Honourable[ \t]+"
    r"|(?:Rt\.?[ \t]+)?Hon\.?[ \t]+)?(?:(?:Mr|Ms|Mrs|Dr|General|Sir|Dame)\.?[ \t]+)?"
    rf"((?:[{UPPER}][{LOWER}][{LETTER}'’\-]*[ \t]+){{1,2}}[{UPPER}][{LOWER}][{LETTER}'’\-]*)"
)
_EXCELLENCY_OFFICES = frozenset(
    {"governor-general", "general", "governor", "president", "ambassador", "commissioner"}
)
# gov.uk's "From:" field (the departments, then the minister by style): "From: Prime
# Minister's Office, 10 Downing Street and The Rt Hon Daniel Okafor MP".
_FROM_FIELD = re.compile(
    r"(?m)^From:[ \t]*\n?(?P<offices>[^\n]*?)\bThe[ \t]+Rt\.?[ \t]+Hon\.?[ \t]+"
    # (a knight's "Sir" before the name is a style; the post-nominals after it run on: "The
    # Rt Hon Sir Keir Starmer KCB KC MP")
    r"(?:(?:Sir|Dame)[ \t]+)?"
    r"(?P<name>[A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+){1,2})"
    r"(?=[ \t]+(?:MP|KC|KCB|DBE|CBE|OBE|MBE|PC)\b|[ \t]*$)"
)


# An inquest's or a hearing's lead names counsel by whom they act for ("… questioned by
# Rebecca Lowe, counsel for Mr Gale's family").
_COUNSEL_FOR = re.compile(
    rf"((?:[{UPPER}][{LETTER}'’\-]+[ \t]+){{1,2}}[{UPPER}][{LETTER}'’\-]+),[ \t]+"
    r"(?:the[ \t]+)?(?P<post>(?i:counsel|solicitor|barrister|advocate))[ \t]+"
    r"(?:for|to|representing)\b"
)


def _sworn_witness(text: str, label_names: Sequence[Name]) -> str | None:
    """The one testifying that an inquest's record or live blog labels "Witness:", from the
    lead's sentences that say so: "Signalling technician Craig Nuttall gave evidence", "… PC
    Rhys Llewellyn of Cleveland Police is giving evidence this morning." / "PC Llewellyn has
    taken the stand"."""
    sworn: dict[str, Name] = {}
    sentences = set(map(str.strip, _EVIDENCE_SENTENCE.findall(text)))
    for sentence in sentences:
        for m in re.finditer(
            rf"[{UPPER}][{LETTER}'’\-]+(?:[ \t]+[{UPPER}][{LETTER}'’\-]+)+", sentence
        ):
            # Drop the rank or the trade before the name ("Traffic … PC Rhys Llewellyn").
            words = m.group(0).split()
            # (a police rank's initials too: "PC", "DS", "Sgt")
            while words and (is_title_token(words[0]) or re.fullmatch(r"[A-Z]{2,3}", words[0])):
                words = words[1:]
            # (not the force or the firm after a preposition: "… of Cleveland Police")
            if re.search(r"\b(?:of|from|at|for|with|by)[ \t]+$", sentence[: m.start()]):
                continue
            named = _full_name(" ".join(words[:3])) if len(words) >= 2 else None
            if named is not None and not any(n.compatible(named) for n in label_names):
                sworn[named.key] = named
    if len(sworn) > 1:
        # "… PC Rhys Llewellyn of Cleveland Police is giving evidence" / "PC Llewellyn has
        # taken the stand": the witness is the one every such sentence names.
        sworn = {
            k: n
            for k, n in sworn.items()
            if all(re.search(rf"\b{re.escape(n.surname)}\b", x) for x in sentences)
        }
    if len(sworn) == 1:
        return next(iter(sworn.values())).display()
    return None


def _counsel_for(office: str, text: str, label_names: Sequence[Name]) -> str | None:
    """The one full name the lead sets off as counsel for someone, for "Counsel for the
    family:" (a labelled person is someone else)."""
    m = re.match(r"(counsel|solicitor|barrister|advocate) (?:for|to) ", fold(office))
    if m is None:
        return None
    found = [c.group(1) for c in _COUNSEL_FOR.finditer(text) if fold(c.group("post")) == m.group(1)]
    names = set()
    for phrase in found:
        named = _full_name(phrase)
        if named is not None and not any(n.compatible(named) for n in label_names):
            names.add(named.display())
    return names.pop() if len(names) == 1 else None


def _declined_holders(office: str, text: str, label_names: Sequence[Name]) -> set[tuple[str, bool]]:
    """A Slavic office and its holder declined together in a lead ("… переговори з
    Президентом Фінляндії Александером Стуббом", "… Президента Фінляндії Александера Стубба")
    for a label "Президент Фінляндії:": the office's domain stays as the label writes it, the
    head word and the name take the case ending; the name is put back in the nominative."""
    head, _, domain = office.partition(" ")
    if not domain and re.fullmatch(rf"[{_CYR_UP}][{_CYR_LOW}]+", head):
        return _instrumental_holder(head, text, label_names)
    if not domain or not re.fullmatch(rf"[{_CYR_UP}][{_CYR_LOW}]+", head):
        return set()
    held = set()
    for m in re.finditer(
        rf"(?<![{LETTER}])(?i:{re.escape(head)})(ом|ем|а|я|у|ю|ові|еві)[ \t]+"
        rf"{re.escape(domain)}[ \t]+([{_CYR_UP}][{_CYR_LOW}'’]+)[ \t]+"
        rf"([{_CYR_UP}][{_CYR_LOW}'’\-]+)(?![{LETTER}])",
        text,
    ):
        dative = m.group(1) in ("у", "ю", "ові", "еві")
        given = dative_given(m.group(2)) if dative else _nominative(m.group(2))
        surname = dative_surname(m.group(3)) if dative else _nominative(m.group(3))
        named = _full_name(f"{given} {surname}")
        if named is not None:
            held.add((named.display(), any(n.compatible(named) for n in label_names)))
    return held


# A Slavic office over the acronym of what it heads: "Начальник ГУ ДСНС", "Директор ФСИН".
_ACRONYM_OFFICE = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ]{3,}(?:[ \t]+[А-ЯЁІЇЄҐ]{2,7}){1,2}")
# The head of a body an acronym names, the body's noun in the genitive between: "Начальник
# управления ЗАГС:", "Директор департамента ЖКХ:" (see _headed_acronym_office).
_HEADED_ACRONYM_OFFICE = re.compile(
    r"([А-ЯЁІЇЄҐ][а-яёіїєґ]{3,})(?:[ \t]+[а-яёіїєґ]{3,}){1,2}(?:[ \t]+[А-ЯЁІЇЄҐ]{2,7}){1,2}"
)


def _headed_acronym_office(label: str) -> bool:
    """Is ``label`` a post's head word, the body it heads in the genitive and that body's
    acronym ("Начальник управления ЗАГС:")? Its holder is the one person the lead writes that
    head word beside, as for "Начальник ГУ ДСНС:"."""
    m = _HEADED_ACRONYM_OFFICE.fullmatch(label.strip())
    return m is not None and fold(m.group(1)) in _DOMAIN_OFFICE_HEADS


# A Slavic adjective qualifying an office, as a label opens with it: "Міський", "Городской".
_ADJECTIVAL_QUALIFIER = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:ький|ський|ській|ской|ский|ний|ный)")


def _clips(stem: str, words: Sequence[str]) -> bool:
    """Is ``stem`` made of clipped starts of ``words`` in order, the first word's and the last
    word's among them ("держгеокадастр" of "державної служби з питань геодезії, картографії
    та кадастру": держ-, гео-, кадастр-)?"""

    def rest(s: str, i: int) -> bool:
        if not s:
            return i == len(words)
        for j in range(i, len(words)):
            if j > i and i == 0:
                return False  # the first piece is the first word's
            w = words[j]
            k = 0
            while k < min(len(s), len(w)) and s[k] == w[k]:
                k += 1
            for cut in range(k, 2, -1):
                if rest(s[cut:], j + 1):
                    return True
        return False

    return len(words) >= 2 and rest(stem, 0)


def _spelled_domain(text: str, domain: str) -> str:
    """``text`` with a body's full name written as the clipped compound a Slavic label uses:
    "голови Державної служби з питань геодезії, картографії та кадастру Романа Мельничука"
    read as "голови Держгеокадастру Романа Мельничука" for "Голова Держгеокадастру:"."""
    if not re.fullmatch(rf"[{_CYR_UP}][{_CYR_LOW}]{{7,}}", domain):
        return text
    stem = re.sub(r"[аяуюиіїеєо]$", "", domain.lower())
    spans = []
    for m in re.finditer(rf"(?<![{LETTER}]){re.escape(stem[:3].capitalize())}[{_CYR_LOW}]+", text):
        run = list(re.finditer(rf"[{LETTER}]+", text[m.start() : m.start() + 120]))
        for n in range(min(len(run), 9), 1, -1):
            piece = text[m.start() : m.start() + run[n - 1].end()]
            if re.search(r"[.!?;:«»\n]", piece):
                continue
            if _clips(stem, [w.group(0).lower() for w in run[:n]]):
                spans.append((m.start(), m.start() + run[n - 1].end()))
                break
    for a, b in reversed(spans):
        text = text[:a] + domain + text[b:]
    return text


def _genitive_holder(
    head: str, domain: str, text: str, label_names: Sequence[Name], qualifier: str = ""
) -> set[tuple[str, bool]]:
    """A Slavic office whose holder a council's or a paper's lead names in the genitive, the
    office's domain (qualified or not) between: "Староста:" and "Директорка ліцею:" under
    "Депутати заслухали звіти старости села Лугове Миколи Ткачука та директорки Луговського
    ліцею Оксани Мельник" -> Микола Ткачук, Оксана Мельник. The given name must end as a
    genitive does, so a nominative name after a genitive office ("звіт старости Іван Коваль
    …") is not read."""
    low = head.lower()
    # (the accusative too, a woman's name after it: "запросила до студії директорку ліцею №3
    # Наталію Сидорук" for "Директорка ліцею:")
    if low.endswith("ка"):
        spelled = rf"{re.escape(head[:-1])}[иу]"  # директорка -> директорки, директорку
    elif low.endswith("а"):
        spelled = rf"{re.escape(head[:-1])}[иіу]"  # староста -> старости, голова -> голови
    elif low.endswith("ця"):
        spelled = rf"{re.escape(head[:-1])}[іюи]"  # заступниця -> заступниці, заступницю
    elif re.search(r"[бвгджзклмнпрстфхцчшщ]$", low):
        spelled = rf"{re.escape(head)}[ая]"  # директор -> директора
    else:
        return set()
    held = set()
    for m in re.finditer(
        rf"(?<![{LETTER}])(?i:{spelled})(?![{LETTER}])"
        # (an agency's quoted name and the holder's rank between, the patronymic after the
        # given name: "брифинг начальника МО МВД России «Заречный» полковника полиции Игоря
        # Викторовича Савельева" for "Начальник полиции:"; a state service's four words too:
        # "брифінг спікера Державної прикордонної служби України Андрія Демченка" for "Спікер:")
        r"((?:[ \t]+[^\s.!?;:,«»\"]+){0,4}?"
        r"(?:[ \t]+«[^»\n]{1,40}»(?:[ \t]+[^\s.!?;:,«»\"]+){0,3}?)?)"
        r"[ \t]+"
        # (a capitalised agency is the domain, not the given name: "Голови Держрибагентства
        # Остапа Мельничука")
        + (rf"(?!(?i:{re.escape(domain)})(?![{LETTER}]))" if domain else "")
        + rf"([{_CYR_UP}][{_CYR_LOW}]+(?:[иіїаяую]))"
        rf"(?:[ \t]+[{_CYR_UP}][{_CYR_LOW}]+(?:вича|ича|овны|евны|івни|ївни))?[ \t]+"
        rf"([{_CYR_UP}][{_CYR_LOW}'’]+(?:-[{_CYR_UP}][{_CYR_LOW}'’]+)?)(?![{LETTER}\-])"
        # (the domain a capitalised state's genitive, the pair after it: "Спілкування
        # Президента України Володимира Зеленського" is no "Україна Володимир")
        rf"(?![ \t]+[{_CYR_UP}][{_CYR_LOW}])",
        text,
    ):
        between = [fold(w) for w in m.group(1).split()]
        if domain and fold(domain) not in between:
            continue
        if not re.match(r"(?i)заступни|заместител", head) and re.search(
            rf"(?i)(?<![{LETTER}])(?:заступни[кц]|заместител)[{_CYR_LOW}]*[ \t]+$",
            text[max(0, m.start() - 14) : m.start()],
        ):
            # (the deputy's is someone else's post: "… та заступниці голови Держгеокадастру
            # Олени Шевчук" is not the "Голова Держгеокадастру:")
            continue
        if qualifier and not re.search(
            rf"(?<![{LETTER}]){re.escape(fold(qualifier)[:4])}[{_CYR_LOW}]*[ \t]+$",
            fold(text[max(0, m.start() - 30) : m.start()]),
        ):
            # (an adjectival post's qualifier declined before it: "міського голови Олега
            # Левченка" for "Міський голова:")
            continue
        g = m.group(2)
        if re.search(r"[ую]$", g):
            # a woman's accusative after the accusative office: "Наталію Сидорук"
            accusative = m.group(0).split()[0].lower().endswith("у")
            pair = _accusative_pair(g, m.group(3)) if accusative else None
            if accusative and pair is None and re.search(r"[іиь]ю$", g):
                # (a given name in "-ія"/"-ья", "Наталію", "Марию", "Наталью": the feminine
                # office in the accusative says it is hers, no man's dative "Андрію")
                sur = _accusative_pair(g[:-2] + "ну", m.group(3))
                pair = (g[:-1] + "я", sur[1]) if sur is not None else None
            if pair is None:
                continue
            named = _full_name(" ".join(pair))
            if named is not None:
                held.add((named.display(), any(n.compatible(named) for n in label_names)))
            continue
        given = _genitive_given(g) if re.search(r"[иії]$", g) else _nominative(g)
        if given.endswith("тр") and re.search(r"[іїєґ]", text) and not re.search(r"[ыэъё]", text):
            # A Ukrainian page's "ректора … Петра Коваля" is Петро (no Ukrainian given name
            # ends in "-тр"), as turns' header reading has it.
            given += "о"
        named = _full_name(f"{given} {_nominative(m.group(3))}")
        if named is not None:
            held.add((named.display(), any(n.compatible(named) for n in label_names)))
    return held | _acting_holder(spelled, domain, text, label_names, qualifier)


# One who acts in an office, named in the nominative: "секретар міської ради Олександр Ломако,
# який виконує обов'язки міського голови", "… Ирина Лапина, исполняющая обязанности главы
# района"; or the abbreviation before the name: "в.о. міського голови Олександр Ломако", "врио
# губернатора Игорь Руденя".
_ACTING_AFTER = re.compile(
    rf"(?<![{LETTER}])([{_CYR_UP}][{_CYR_LOW}'’]+)[ \t]+([{_CYR_UP}][{_CYR_LOW}'’]+"
    rf"(?:-[{_CYR_UP}][{_CYR_LOW}'’]+)?),[ \t]+(?:(?:який|яка|котрий|котра|що|который|которая)"
    r"[ \t]+(?:тимчасово[ \t]+|временно[ \t]+)?(?:викону(?:є|вав|вала)|исполня(?:ет|л|ла))"
    r"|(?:исполняющ|исполнявш)[а-я]{2,3})[ \t]+(?:обов['’]язки|обязанности)[ \t]+"
)
_ACTING_BEFORE = re.compile(
    r"(?<![а-яёіїєґА-ЯЁІЇЄҐ.])(?:[вВтТ]\.[ \t]?(?:[вВ]\.[ \t]?)?[оО]\.|[иИ]\.[ \t]?[оО]\.|[Вв]рио)"
    r"[ \t]+"
)
# A name's oblique case endings, which an acting holder's nominative never has.
_OBLIQUE_NAME = re.compile(r"(?:ом|ем|ою|ею|ові|еві|ому|ого|ої|ой|у|ю)$")


def _acting_holder(
    spelled: str, domain: str, text: str, label_names: Sequence[Name], qualifier: str = ""
) -> set[tuple[str, bool]]:
    """The one the lead says acts in the office (``spelled``: the office's head word in the
    genitive), named in the nominative beside it; a name in any other case is not read."""
    office = (
        (rf"(?i:{re.escape(qualifier[:4])})[{_CYR_LOW}]*[ \t]+" if qualifier else "")
        + rf"(?i:{spelled})(?![{LETTER}])"
        + (rf"(?:[ \t]+[^\s.!?;:,]+){{0,2}}?[ \t]+(?i:{re.escape(domain)})" if domain else "")
    )
    found: list[tuple[str, str]] = []
    for m in _ACTING_AFTER.finditer(text):
        if re.match(office, text[m.end() : m.end() + 200]):
            found.append((m.group(1), m.group(2)))
    for m in _ACTING_BEFORE.finditer(text):
        after = re.match(
            office + rf"[ \t]+([{_CYR_UP}][{_CYR_LOW}'’]+)[ \t]+([{_CYR_UP}][{_CYR_LOW}'’]+"
            rf"(?:-[{_CYR_UP}][{_CYR_LOW}'’]+)?)(?![{LETTER}])",
            text[m.end() : m.end() + 200],
        )
        if after is not None:
            found.append((after.group(1), after.group(2)))
    held = set()
    for given, surname in found:
        if _OBLIQUE_NAME.search(given) or _OBLIQUE_NAME.search(surname):
            continue
        named = _full_name(f"{given} {surname}")
        if named is not None:
            held.add((named.display(), any(n.compatible(named) for n in label_names)))
    return held


def _instrumental_holder(
    head: str, text: str, label_names: Sequence[Name]
) -> set[tuple[str, bool]]:
    """A one-word Slavic office ("Посол:", "Міністр:") whose holder the lead names after the
    office in the instrumental, the office's domain between them: "побеседовал с Чрезвычайным
    и Полномочным Послом России в Республике Перу Ольгой Николаевной Черных" -> Ольга Черных.
    The first name word after the office in the instrumental starts the name; a patronymic
    after it is passed over."""
    stems = {head[:-2] + head[-1]} if re.search(r"[оеё][лкнц]$", head) else set()
    stems.add(head)
    if re.search(r"к[ая]$", head):
        # A feminine office: "Міністерка:" under "… з міністеркою … Оленою Ковальчук-Бойко".
        stems.add(head[:-1])
    elif head.endswith("а"):
        # An office noun of the -а declension: "Голова:" under "… з головою громади Оксаною
        # Коваленко", "Глава:" under "… с главой района …".
        stems.add(head[:-1])
    spelled = {re.escape(stem) for stem in stems}
    chief = re.fullmatch(rf"(?i:глав|голов)([{_CYR_LOW}]{{3,}})", head)
    if chief is not None and fold(head) not in ("голова", "главный"):
        # A "chief" office written as one word in the label and as two in the lead: "Главврач:"
        # under "… встретилась с главным врачом областной больницы Тамарой Шевчук".
        spelled.add(rf"(?:главн|головн)[{_CYR_LOW}]*[ \t]+{re.escape(chief.group(1))}")
    if fold(head) in ("мэр", "мер"):
        # A mayor is the city's head in a lead: "Мэр:" under "… прямая линия с главой города
        # Андреем Смолиным" (Ukrainian "Мер:" under "… з міським головою …").
        spelled.add(r"(?:глав(?=ой[ \t]+города)|міськ(?:им|ою)[ \t]+голов(?=ою))")
    held = set()
    for stem in spelled:
        for m in re.finditer(
            rf"(?<![{LETTER}])(?i:{stem})(?:ом|ем|ою|ей|ой)(?![{LETTER}])"
            r"((?:[ \t]+[^\s.!?;:,«»\"]+){0,6}?)[ \t]+"
            rf"([{_CYR_UP}][{_CYR_LOW}]+(?:ом|ем|ой|ей|ою|ією|єю))"
            # (an old short patronymic in "-ом": "Фёдором Ильичом Ерёминым-Загорским")
            rf"(?:[ \t]+([{_CYR_UP}][{_CYR_LOW}]+(?:ем|ой|ою|ичом)))?"
            rf"[ \t]+([{_CYR_UP}][{_CYR_LOW}'’]+(?:-[{_CYR_UP}][{_CYR_LOW}'’]+)?)(?![{LETTER}])",
            text,
        ):
            if m.group(3) and not _patronymic(_nominative(m.group(3))):
                continue
            # A double surname declines in both halves: "Ерёминым-Загорским" -> "Ерёмин-Загорский".
            surname = "-".join(_nominative(part) for part in m.group(4).split("-"))
            given = _nominative(m.group(2))
            if given == m.group(2) and given.endswith("ем"):
                # A soft stem: Russian "Игорем" is "Игорь", Ukrainian "Ігорем" is "Ігор".
                given = given[:-2] + ("" if re.search(r"[іїєґ]", text) else "ь")
            named = _full_name(f"{given} {surname}")
            if named is not None:
                held.add((named.display(), any(n.compatible(named) for n in label_names)))
        for m in re.finditer(
            # The office in the instrumental as a copula's complement, the holder in the
            # nominative after it, his own post between: "… доповідачем був член Комісії Сергій
            # Чумак" for "Доповідач:" (Russian "докладчиком был …").
            rf"(?<![{LETTER}])(?i:{stem})(?:ом|ем|ою|ей|ой)[ \t]+"
            r"(?:був|була|был|была|виступав|виступала|выступал|выступала)"
            r"((?:[ \t]+[^\s.!?;:,«»\"]+){0,3}?)[ \t]+"
            rf"([{_CYR_UP}][{_CYR_LOW}]+)[ \t]+"
            rf"([{_CYR_UP}][{_CYR_LOW}'’]+(?:-[{_CYR_UP}][{_CYR_LOW}'’]+)?)"
            r"(?=[ \t]*(?:[.,;!?)]|$))",
            text,
        ):
            named = _full_name(f"{m.group(2)} {m.group(3)}")
            if named is not None:
                held.add((named.display(), any(n.compatible(named) for n in label_names)))
    return held


# A journalist at a press conference often says who they are before asking, under a label
# that names no one: "Вопрос: Добрый день! Анна Белова, «Российская газета». Сергей
# Сергеевич, …", "Journalist: Olena Marchuk, Suspilne. Mr President, …", "Q: Hi, Tom Ellis
# from Reuters.", "Журналістка: Суспільне Житомир, Ірина Ковальчук. Скільки …". The text then
# says who asks. A short greeting or thanks may come first.
_GREETING = re.compile(
    # (a caller let through from the live queue often says "Yes" first: "Yes, thank you. This
    # is …")
    # (the greeting in lower case after that "Yes, ": "Yes, good afternoon. Hanna Becker, …")
    r"(?:(?:Yes[ \t]*,[ \t]*)?(?:(?:Good|(?<=,)good|(?<=,[ \t])good)[ \t]+"
    r"(?:morning|afternoon|evening)"
    # (the one at the podium greeted by first name with no comma: "Hi Tommy, it's Dana Ruiz …")
    rf"|(?:Hi|Hello|Hey)(?:[ \t]+(?:there|all|everyone|[{UPPER}][{LOWER}]+"
    rf"(?:[ \t]+[{UPPER}][{LOWER}]+)?)(?=[ \t]*,))?"
    # ("Yes" alone when the floor is given: "Yes, Dana Ruiz, Reuters.", "Yes. Dana Ruiz, …")
    r"|Yes(?=[ \t]*[.,!])"
    # (the thanks for the floor as a whole sentence: "Thanks for doing this. Dana Ruiz, AFP.")
    r"|[Tt]hank(?:s|[ \t]+you)[ \t]+for[ \t]+(?:doing|taking|having|the)\b[^.!?\n]{0,40}"
    r"|[Tt]hank[ \t]+you(?:[ \t]+(?:very|so)[ \t]+much)?|[Tt]hanks(?:[ \t]+(?:very|so)[ \t]+much)?"
    # (a caller on the line says "Алло" first: "Алло, здравствуйте. Меня зовут Виктор, …")
    r"|Алл?о|Алё|Добрый[ \t]+(?:день|вечер)|Доброе[ \t]+утро|Здравствуйте|Спасибо|"
    r"Добрий[ \t]+(?:день|вечір)|Доброго[ \t]+(?:дня|ранку|вечора)|Вітаю|Дякую|Добрий[ \t]+ранок"
    # (a reporter abroad greets the visitor in the host's language before the English
    # introduction: "Buenas tardes, Secretario. Ana Lucía Ríos, La Prensa.", "Bonjour, Monsieur
    # le Ministre. …")
    r"|Buenas[ \t]+(?:tardes|noches)|Buenos[ \t]+días|Hola|Gracias|Bonjour|Bonsoir|Merci"
    r"|Boa[ \t]+(?:tarde|noite)|Bom[ \t]+dia|Obrigad[oa]|Buongiorno|Grazie|Guten[ \t]+Tag|Danke"
    # (or a turn to a new subject before the name, a sentence of its own: "Different topic.
    # Paul Ridley, AFP. …", "Change of subject. …")
    r"|(?:Different|New|Another|Change[ \t]+of|Changing|Switching)[ \t]+(?:topics?|subjects?))"
    # (the address after it may hold a title's abbreviation: "Thanks, Mr. Secretary. Tara Copp,
    # AP.")
    r"(?:,[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Gen|Adm|Sen|Rep|Gov|Amb)\.|[^.!?\n]){1,40})?[.!,][ \t]*)?"
)
_INTRO_VERB = re.compile(
    # (after a greeting's comma in lowercase: "Hi, this is Jennifer Hansler with CNN.")
    rf"(?:I'm|I[ \t]+am|[Tt]his[ \t]+is|[Ii]t['’]s|{_MY_NAME_IS}|"
    # (a second question's "Ще раз Дарина Шевчук, «Громадське радіо».", "Ещё раз …")
    r"(?:Ще|Ещё|Еще)[ \t]+раз,?|"
    r"Я[ \t]+[–—-]?)[ \t]+"
)
_OUTLET_WORD = (
    rf"(?:[«\"“„][^»\"”“\n]{{1,40}}[»\"”“]|[{UPPER}0-9][\w.&'’+-]*"
    # ("Stars and Stripes", "Fox & Friends": an outlet's name joined by "and")
    # (an organisation's "for": "Habitat for Humanity International", "Center for …")
    r"|(?:of|for|the|de|di|du|la|le|der|die|des|news|and|і|и)\b|&"
    # … and an English one after its name in lowercase: "Ana Romero, EFE agency.", "Omar Haddad,
    # Al-Ahram newspaper."
    r"|(?:agency|newspaper|daily|weekly|magazine|television|radio|channel|website)\b"
    # (a broadcaster's standing in lowercase before its medium: "Katalin Varga, Hungarian
    # public radio.")
    r"|(?:public|state|national|regional)(?=[ \t]+(?:radio|television|TV|broadcaster)\b)"
    # (a diplomat from the floor of a think tank: "Aistė Kuzminskaitė with the Lithuanian
    # embassy.")
    r"|(?:embassy|consulate|mission|delegation)\b"
    # "Мадина Алиева, агентство «Спутник Азербайджан».": a Russian or Ukrainian outlet is
    # often named by its kind in lowercase before its name in quotes.
    r"|(?:(?:инф[оа]рм)?агентство|агенція|газета|газети|газеты|телеканал|радио|радіо|журнал"
    r"|издание|видання|портал|телекомпания|телекомпанія|интернет-издание|интернет-портал)"
    r"(?![\w-]))"
)
# … or by a lowercase noun after its first word, never alone ("Первый канал", "Львівська
# пошта", "Суспільне новини"; "Дональд Трамп, правда, заявил …" introduces no one).
_OUTLET_NOUN = r"(?:канал|пошта|почта|новини|новости|вісті|вести|правда|тиждень|неделя)(?![\w-])"
_OUTLET = rf"(?:{_OUTLET_WORD}(?:[ \t]+(?:{_OUTLET_WORD}|{_OUTLET_NOUN})){{0,5}})"
# (a Dutch or German name's lowercase particles between: "Маартен ван Дейк, NOS.", "Pieter van
# der Berg, NRC.")
_INTRO_PARTICLES = r"(?:[ \t]+(?:van|von|der|den|de|ter|ten|ван|фон|дер|де)){0,2}"
# (a Korean given name's second syllable stays lower case after its hyphen: "Ji-woo Park,
# Yonhap.")
# (a Ukrainian name's apostrophe between two lowercase letters, the sound it marks: "Мар'яна
# Лук'янчук, Суспільне.")
_APOSTROPHE_WORD = rf"[{UPPER}][{LOWER}]*[а-яіїєґ]['’][а-яіїєґ][{LOWER}]*"
_INTRO_WORD = rf"(?:{_NAME_WORD}|{_APOSTROPHE_WORD}(?:-[{UPPER}][{LOWER}]+)?)"
_INTRO_GIVEN = rf"(?:{_INTRO_WORD}|[{UPPER}][{LOWER}]+-[{LOWER}]{{2,}})"
# (an Irish surname's "O'" before its capital: "Ed O'Keefe, CBS."; a Gaelic one's "Mc" or
# "Mac" before it: "Euan McColm, BBC Scotland."; a French or Italian one's elided "D'":
# "Dara D'Arcy, RTÉ.", "Ірина Д'Аламбер, Укрінформ.")
_IRISH_O = rf"(?:[ODД]['’](?=[{UPPER}])|Ma?c(?=[{UPPER}][{LOWER}]))?"
_INTRO_NAME = rf"(?P<name>{_INTRO_GIVEN}(?:{_INTRO_PARTICLES}[ \t]+{_IRISH_O}{_INTRO_WORD}){{1,2}})"
# A service member at a troop talk gives the rank before the name, the unit after it: "Good
# afternoon, sir. Staff Sergeant Dana Ruiz, 1st Brigade." (the rank is a title, dropped).
_INTRO_RANK = (
    r"(?:(?:Staff|Master|First|Command|Sergeant|Sgt\.?|SSgt\.?|Chief|Warrant|Petty|Officer"
    r"|Private|Pfc\.?|Specialist|Spc\.|Corporal|Cpl\.|Lance|Airman|Seaman|Ensign"
    r"|Lieutenant|Lt\.|Captain|Capt\.|Major|Maj\.|Colonel|Col\.)[ \t]+){1,3}"
)
_SELF_INTRO = re.compile(
    # (two pleasantries, each its own sentence: "Hi. Thanks. Owen Marsh, Bloomberg.")
    rf"{_GREETING.pattern}{_GREETING.pattern}(?:{_INTRO_VERB.pattern})?(?:{_INTRO_RANK})?(?:"
    # ("Jorge Medina, from Radio Fórmula.": the comma and the preposition together)
    # (a second question's "Анна Кравцова, снова «КП».": the name, "again", the outlet)
    # ("Dana Ruiz here from Reuters.")
    rf"{_INTRO_NAME}(?:[ \t]+here(?=[ \t]+(?:from|with)\b))?"
    r"(?:[ \t]*,[ \t]*(?:(?:from|with)[ \t]+)?"
    r"(?:(?:снова|опять|знову|again|ещё[ \t]+раз|ще[ \t]+раз)[ \t]+)?|[ \t]+[–—-][ \t]+"
    rf"|[ \t]+(?:from|with|of)[ \t]+)"
    rf"(?P<outlet>{_OUTLET})[ \t]*(?:[.!:]|,[ \t]+|[ \t]+[–—-][ \t]+"
    # (the outlet's country or city after it: "This is Amina Yusuf from Daily Trust in
    # Nigeria.")
    rf"|[ \t]+in[ \t]+(?:the[ \t]+)?[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{0,2}}"
    r"[ \t]*[.!,])"
    rf"|{_INTRO_NAME.replace('name', 'name2')}[ \t]*\((?P<outlet2>{_OUTLET})\)[ \t]*[.!:,]?"
    rf"|(?P<outlet3>{_OUTLET}),[ \t]*{_INTRO_NAME.replace('name', 'name3')}[ \t]*[.!:]"
    # A student or a scholar from the floor, with no outlet: "Thanks. Priya Mehra, I’m a
    # master’s student at SAIS."
    rf"|{_INTRO_NAME.replace('name', 'name4')}[ \t]*,[ \t]+(?:I['’]m|I[ \t]+am)[ \t]+"
    r"(?:an?|the)[ \t]+[a-z]"
    # … or the post after the name, a Russian or Ukrainian sentence of its own: "Здравствуйте,
    # Светлана Кравцова, учитель географии, школа № 1514." (not "…, за ваш ответ", "…, вы …").
    r"|(?!(?:Пане|Пані|Пан|Панно|Господин|Госпожа|Шановн[а-яіїє]*)[ \t])"
    rf"{_INTRO_NAME.replace('name', 'name5')}[ \t]*,[ \t]+"
    r"(?!(?:за|для|что|як|как|и|і|а|но|але|вы|ви|я|мы|ми|у|в|скажите|скажіть)(?![а-яёіїєґ]))"
    # (a post then what its holder said is a topic, not who asks: "Сергей Лавров, министр
    # иностранных дел, заявил …", "Юлія Свириденко, прем'єр-міністерка, обіцяла …")
    r"(?!(?:[^.?!\n]*,[ \t]+)?(?:по[ \t]+(?:данным|словам)|за[ \t]+(?:даними|словами)|что|що"
    r"|(?:заяв|сказа|обеща|обіця|пообещ|пообіц|говор|пиш|счита|вважа|утвержда|стверджу"
    r"|призна|визна|предлож|запропон|отмети|зазнач|подчеркн|наголос|объяви|оголоси|потребова"
    r"|вимага|пригрози|раскритик|розкритик|поддерж|підтрим|сообщи|повідоми|едет|їде|прибы"
    r"|прибу|встрети|зустрі|подписа|підписа)[а-яёіїєґ]*(?![\w-])))"
    r"[а-яёіїєґ][^.?!\n]{2,80}\."
    # … or a shareholder's standing, in English: "Chair, Mark Teoh, proxy holder for the
    # Australian Shareholders' Association.", "Ann Lee, a shareholder since 1998."
    rf"|{_INTRO_NAME.replace('name', 'name6')}[ \t]*,[ \t]+(?:an?[ \t]+|the[ \t]+)?"
    r"(?:proxy(?:[ \t]+holder)?|shareholder|stockholder|unitholder|member|representative)"
    r"[ \t]+(?:for|of|on[ \t]+behalf[ \t]+of|since|representing)\b[^.?!\n]{2,80}\."
    # … or a retiree's former post: "Peter Haynes, retired, formerly at the Department of
    # Energy."
    rf"|{_INTRO_NAME.replace('name', 'name7')}[ \t]*,[ \t]+(?:retired|formerly)[ \t]*,?[ \t]+"
    r"(?:formerly[ \t]+)?(?:at|with|of|from)[ \t]+(?:the[ \t]+)?[A-Z][^.?!\n]{2,80}\."
    # … or a veteran's service in the audience: "Hi, Tom Brewer, retired Army.", "Ann Cole,
    # retired U.S. Navy captain." (a diplomat's too: "Thank you very much. Dan Hale, retired
    # Foreign Service officer.", "…, retired diplomat.")
    rf"|{_INTRO_NAME.replace('name', 'name8')}[ \t]*,[ \t]+retired[ \t]+(?:U\.S\.[ \t]+)?"
    r"(?:Army|Navy|Air[ \t]+Force|Marine[ \t]+Corps|Marines|Coast[ \t]+Guard|Space[ \t]+Force"
    r"|(?:Senior[ \t]+)?Foreign[ \t]+Service|Civil[ \t]+Service|diplomat|ambassador)"
    r"\b[^.?!\n]{0,60}\."
    # … or a freelancer, or a body given by its kind in lower case after "from a": "Thank you.
    # Sam Okoro, freelance, writing for several outlets.", "Ana Ruiz, from a credit union in
    # Peru." (no outlet's proper name to match, but the post or body closes the sentence)
    rf"|{_INTRO_NAME.replace('name', 'name9')}[ \t]*,[ \t]+(?:(?:an?[ \t]+)?freelance(?:r)?\b"
    r"|from[ \t]+an?[ \t]+[a-z])[^.?!\n]{0,80}\."
    rf")"
)


# An address before a journalist's introduction: "Пане Президенте, …", "Mr. President, …",
# a greeting before it and a stop after it too ("Hi, Mr. Secretary. Humeyra Pamuk with …").
_LEADING_ADDRESS = re.compile(
    r"[ \t]*(?:(?:Hi|Hello|Good[ \t]+(?:morning|afternoon|evening))[ \t]*,[ \t]*)?"
    r"(?:Пане|Пані|Панове|Господин|Госпожа|Mr\.?|Mrs\.?|Ms\.?|Madam|Madame)"
    rf"(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}}"
    # (a joint press conference's second addressee, the sentence closing on it: "Good
    # afternoon, Mr President, Chancellor. Tina Hassel, ARD." — not a name the comma goes on
    # from, "Mr President, Tina Hassel, ARD.", which is the introduction)
    r"(?:[ \t]*,[ \t]*(?:(?:Mr\.?|Mrs\.?|Ms\.?|Madam|Madame)[ \t]+)?"
    rf"[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+)?(?=[ \t]*\.))?"
    r"[ \t]*[,.][ \t]+"
)
# … or the one answering by given name and patronymic, a greeting after it in lower case:
# "Вопрос: Владимир Владимирович, добрый вечер! Павел Зарубин, «Россия». …" (only an
# introduction that names the outlet follows it: see _self_introduced).
_PATRONYMIC_ADDRESS = re.compile(
    r"[ \t]*[А-ЯЁІЇЄ][а-яёіїє]+[ \t]+[А-ЯЁІЇЄ][а-яёіїє]+(?:ович|евич|ьич|овна|евна|ична"
    r"|овичу|евичу|івно|ївно)[ \t]*,[ \t]+"
    r"(?:(?:добрый[ \t]+(?:день|вечер)|доброе[ \t]+утро|здравствуйте|добрий[ \t]+(?:день|вечір)"
    r"|доброго[ \t]+(?:дня|ранку|вечора)|вітаю)[ \t]*[.!,][ \t]+)?"
)


# A reporter who starts on another's name and corrects it: "Hi, Julie. David Lawder... no,
# sorry, this is Priya Menon from Bloomberg." (the introduction after the correction counts).
_CORRECTED_START = re.compile(
    rf"{_GREETING.pattern}{_GREETING.pattern}{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}}[ \t]*"
    r"(?:\.{3}|…)[ \t]*(?:no|sorry)(?:[ \t]*,[ \t]*(?:no|sorry))?[ \t]*,[ \t]*"
)
# A reporter's second question: "Sorry, Tom Bright again.", "It's Tom Bright again." (a
# Ukrainian or Russian one's "Ірина Ковальчук ще раз.", "Анна Белова, снова.")
_NAMED_AGAIN = re.compile(
    r"[ \t]*(?:(?:Sorry|Hi|Yes|Thanks|Thank[ \t]+you)[ \t]*[,.!][ \t]*)?(?:It['’]s[ \t]+)?"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}}),?[ \t]+"
    r"(?:again|ще[ \t]+раз|знову|ещё[ \t]+раз|еще[ \t]+раз|снова)[ \t]*[.,!]"
)
# … or the bare office addressed: "Marshal, …", "Chief, …", "Governor, …".
# (an office of two words too: "Prime Minister, Chris Mason, BBC News. …")
# (an apology may come first: "Sorry, Ambassador, Farah Haddad from Asharq. …")
_OFFICE_VOCATIVE = re.compile(
    r"[ \t]*(?:Sorry[ \t]*,[ \t]+)?"
    # (a greeting may run into the office with no comma: "Hi Ambassador, Lena Morvan from AFP.")
    r"(?:(?:Hi|Hello|Hey|Good[ \t]+(?:morning|afternoon|evening))[ \t]*,?[ \t]+)?"
    # (a Latin name may carry an accent: "Stéphane, Carla Mendes, Lusa. …")
    # (or the office's abbreviation in capitals after a greeting: "Hi PM, Tessa Wong from BBC.")
    r"([A-Z][a-zß-öø-ÿ]{2,}(?:[ \t]+[A-Z][a-zß-öø-ÿ]{2,})?|(?<=[ \t])[A-Z]{2,3})[ \t]*,[ \t]+"
    # (the greeting may come after the name, small, a sentence of its own: "Tammy, hi. Shaun
    # Tandon with AFP.")
    r"(?:(?:hi|hello|hey)[ \t]*[.!][ \t]+)?(?=[A-Z])"
)
# Words that open a sentence with a comma but address no one ("Now, …", "So, …").
_NO_VOCATIVE = frozenset(
    re.findall(
        r"\w+",
        "now so well yes yeah okay also again first second third finally lastly look listen "
        "sorry please and but then still actually right sure",
    )
)
# Prepositions that open a question's topic before an address ("On Sudan, Farhan, …", "About
# the dues, Stéphane, …"): never the first word of a reporter's name.
_TOPIC_OPENERS = frozenset(("on", "about", "regarding", "concerning"))


# A short question of a few words that asks for the floor, not the question itself: "Can I
# change topics?", "Can I follow up?", "May I ask about sanctions?".
_SHORT_ASK_FIRST = re.compile(r"[ \t]*(?:Can|Could|May)[ \t]+I(?:[ \t]+[a-z]+){1,4}[ \t]*\?[ \t]+")
# … or a short apology for the connection, a sentence of its own: "Sorry, the line was cut. This
# is Peter Kamau from Nation Africa." (all in lower case after it: no name is addressed there)
_SHORT_APOLOGY_FIRST = re.compile(
    r"[ \t]*(?:Sorry|Apologies)[ \t]*,?(?:[ \t]+[a-z'’]+){1,6}[ \t]*[.!][ \t]+"
)


# A courtesy's first word, which "again" follows as readily as an outlet's name.
_COURTESY_WORDS = frozenset(
    {
        "thank",
        "thanks",
        "hello",
        "hi",
        "good",
        "sorry",
        "ok",
        "okay",
        "yes",
        "no",
        "once",
        "welcome",
    }
    | {"спасибо", "дякую", "благодарю", "вітаю", "привет", "здравствуйте", "извините", "вибачте"}
)


def _outlet_again(body: str, earlier: Sequence[tuple[str, str | None]]) -> str | None:
    """The reporter who gave an outlet with their name at an earlier question, when this one
    opens on that outlet "again" ("Суспільне Житомир ще раз." after "Суспільне Житомир, Олена
    Лук'янчук. …", "Reuters again." after "Tom Bright, Reuters. …"): ``earlier`` holds the
    earlier questions' bodies and askers. Only one asker's opening sentence may give it."""
    again = _NAMED_AGAIN.match(body)
    if again is None:
        again = re.match(
            # (an outlet's later words may be in lower case: "Вечерние ведомости ещё раз.")
            # (a two-letter first word only as an acronym or before a capital: "AP again.",
            # "Al Jazeera again —"; "So, again, …" is no outlet)
            rf"[ \t]*[«\"“]?(?P<name>[{UPPER}](?:[\w.'’\-]{{2,}}|[{UPPER}]"
            rf"|[{LOWER}](?=[ \t]+[{UPPER}]))(?:[ \t]+[\w.'’\-]+){{0,2}})"
            r"[»\"”]?,?[ \t]+"
            # (or "one more" from the same outlet: "Reuters, one more.", "Укрінформ, ще одне.";
            # a dash may close it as well as a stop: "BBC again — …")
            r"(?:again|ще[ \t]+раз|знову|ещё[ \t]+раз|еще[ \t]+раз|снова|one[ \t]+more"
            r"|ще[ \t]+одне|ещё[ \t]+один|ещё[ \t]+одно)(?:[ \t]*[.,!:]|[ \t]+[–—])",
            body,
        )
    if again is None:
        return None
    outlet = fold(" ".join(again.group("name").split()))
    # (a courtesy is no outlet: "Thank you again.", "Sorry again, …", "Спасибо ещё раз.")
    if outlet.split()[0] in _COURTESY_WORDS:
        return None
    found = set()
    for prior, asker in earlier:
        if asker is None or fold(asker) == outlet:
            continue
        opening = re.split(r"(?<=[.!?])[ \t]+", " ".join(prior.split()[:30]), maxsplit=1)[0]
        if (
            re.search(rf"(?<![\w-]){re.escape(outlet)}(?![\w-])", fold(opening))
            and asker.split()[-1] in opening
        ):
            found.add(asker)
    return found.pop() if len(found) == 1 else None


def _self_introduced(
    body: str,
    others: set[str],
    *,
    caller: bool = False,
    answering_names: Sequence[Name] = (),
) -> str | None:
    """The journalist who names themselves at the start of ``body`` ("Анна Белова, «Российская
    газета». …"), or ``None``. ``others`` holds the keys of the answering side: "Мария Захарова,
    …" at a briefing is an address to her, not an introduction. A phone-in ``caller`` gives no
    outlet before the name: "Михаил, Великие Луки." is the first name and the town."""
    # A hard-wrapped transcript breaks the outlet's name over two lines ("Aaron Mendel with
    # Habitat" / "for Humanity International."): one paragraph's line breaks are spaces.
    body = re.sub(r"[ \t]*\n(?![ \t]*\n)[ \t]*", " ", body[:400])
    m = _SELF_INTRO.match(body)
    address = _LEADING_ADDRESS.match(body)
    if address is not None:
        # The address to the one answering comes first: "Пане Президенте, Суспільне Волинь,
        # Олена Гаврилюк. …", "Mr. President, Dana Ruiz, Reuters. …" — the introduction follows.
        m = _SELF_INTRO.match(body, address.end())
    elif (patronymic := _PATRONYMIC_ADDRESS.match(body)) is not None:
        # "Владимир Владимирович, добрый вечер! Павел Зарубин, «Россия». …": the address by
        # name and patronymic first, then the reporter's name and outlet (the outlet must
        # follow: "…, Дональд Трамп, президент США, заявил …" introduces no one).
        intro = _SELF_INTRO.match(body, patronymic.end())
        if intro is not None and (
            intro.group("outlet") or intro.group("outlet2") or intro.group("outlet3")
        ):
            m = intro
    addressed = m is not None and m.group("name") and _addressed_words(m.group("name").split())
    vocative = _OFFICE_VOCATIVE.match(body) if m is None or addressed else None
    if vocative is not None and all(
        is_title_token(w) or fold(w) in SURNAME_HEADS for w in vocative.group(1).split()
    ):
        # The bare office the question is for comes first: "Marshal, Kelly Tran, WCVB. Is
        # the building's vacancy a factor?" ("Chief, was the sprinkler …" names no one).
        m = _SELF_INTRO.match(body, vocative.end())
    elif (
        vocative is not None
        and " " not in vocative.group(1)
        and not vocative.group(1).isupper()
        and fold(vocative.group(1)) not in _NO_VOCATIVE
        and (intro := _SELF_INTRO.match(body, vocative.end())) is not None
        and (intro.group("outlet") or intro.group("outlet2"))
    ):
        # The briefer's first name addressed, then the reporter's name and outlet: "Kingsley,
        # Priya Raman, Reuters. …" (only with the outlet: "Kingsley, Megan asked …" names none).
        m = intro
    if (
        m is None
        and (ask := _SHORT_ASK_FIRST.match(body) or _SHORT_APOLOGY_FIRST.match(body)) is not None
    ):
        # A short request for the floor comes before the introduction: "Can I change topics?
        # Owen Barrett, Voice of America." (only with the outlet: the name alone after a
        # question may be the one addressed).
        intro = _SELF_INTRO.match(body, ask.end())
        if intro is not None and intro.group("name") and intro.group("outlet"):
            m = intro
    if m is None and (corrected := _CORRECTED_START.match(body)) is not None:
        m = _SELF_INTRO.match(body, corrected.end())
    if m is None:
        again = _NAMED_AGAIN.match(body)
        if again is None or _addressed_words(again.group("name").split()):
            return None
        # A reporter back at the microphone names themselves alone: "Sorry, Tom Bright again.
        # Can I just ask: …?" (the outlet given at the first question).
        return _asker_name(again.group("name").split(), others)
    if caller and m.group("outlet3"):
        return None
    phrase = m.group("name") or m.group("name2") or m.group("name3")
    outlet = m.group("outlet") or m.group("outlet2") or m.group("outlet3")
    if phrase is None or outlet is None:
        # "Priya Mehra, I’m a master’s student at SAIS.": no outlet, the name alone.
        words = (
            m.group("name4")
            or m.group("name5")
            or m.group("name6")
            or m.group("name7")
            or m.group("name8")
            or m.group("name9")
        ).split()
        if m.group("name5") and _SURNAME_ENDING.fullmatch(words[0]):
            # "Брагина Ольга, депутат Думы.": the floor may give the surname first; no order
            # is guessed here (see _surname_first_at_mic).
            return None
        return None if _addressed_words(words) else _asker_name(words, others)
    # (the outlet's match may run on past the name's full stop into the address after it:
    # "Суспільне Чернігів, Ірина Мельничук. Пане Президенте, …")
    swapped = outlet if m.group("name") is None else re.split(r"\.[ \t]+", outlet)[0]
    # (a preposition fixes the order: "Tomás Ibarra with Prensa Latina." is the name first,
    # whatever the outlet's last word looks like)
    linked = m.group("name") and re.search(
        r"\b(?:from|with|of)\b", m.string[m.end("name") : m.start("outlet")]
    )
    if m.group("name") and not linked and _swapped_intro(phrase, swapped):
        phrase, outlet = swapped, phrase  # "Суспільне Житомир, Ірина Ковальчук."
    words = phrase.split()
    if _addressed_words(words):
        return None  # "Mr President, …", "Мария Владимировна, …": an address
    if fold(words[0]) in _TOPIC_OPENERS:
        # "On Sudan, Farhan, you mentioned …": the question's topic, then the briefer's name
        # addressed; a preposition opens no one's name.
        return None
    joined = m.group("name") and re.fullmatch(
        r"[ \t]+(?:from|with)[ \t]+", body[m.end("name") : m.start("outlet")]
    )
    outlet_words = [w.strip('«"“„»”') for w in outlet.split()]
    # A courtesy form's letters in capitals after a name in mixed case are an outlet's acronym,
    # not a title: "Thank you. Mikkel Holm, DR. Prime Minister, …" (Denmark's DR); "Dr" or "Mr"
    # only ever comes before the name it belongs to.
    acronym = (
        (
            _HONORIFIC.fullmatch(outlet_words[0]) is not None
            # (or any title's letters in capitals that close the introduction's sentence:
            # "Yekaterina Lebedeva, RT. Mr President, …" is the channel, not "Rt Hon")
            or re.fullmatch(r"[A-Z]{2,5}\.", outlet_words[0]) is not None
        )
        and outlet_words[0].rstrip(".").isupper()
        and not phrase.isupper()
    )
    if (
        is_title_token(outlet_words[0])
        and not acronym
        and (len(outlet_words) == 1 or is_title_token(outlet_words[1]) or outlet_words[1].islower())
        and not joined
        # ("Hannah White, Press and Journal.": "and" joining a capitalised word that is no
        # title makes a paper's name, not a post; "Secretary and Treasurer" stays a post)
        and not (
            len(outlet_words) >= 3
            and outlet_words[1] in ("and", "&")
            and outlet_words[2][:1].isupper()
            and not is_title_token(outlet_words[2])
        )
        # (a diplomat at a head of state's meeting with the corps gives a name and a mission
        # as a sentence of its own: "Mr. President, Anneli Virtanen, Ambassador of Finland.
        # You mentioned …" — an envoy's post "of" a country, then the stop, is no address)
        and not (
            m.group("name")
            and re.fullmatch(
                r"(?:Ambassador|Consul(?:[ \t-]General)?|Charg[ée][ \t]+d['’]Affaires)"
                rf"[ \t]+(?:of|to)[ \t]+(?:the[ \t]+)?[{UPPER}][\w'’-]+"
                rf"(?:[ \t]+[{UPPER}][\w'’-]+)?",
                outlet.strip(),
            )
            and re.match(r"[ \t]*\.[ \t]+\S", body[m.end("outlet") :]) is not None
        )
    ):
        # "Olena Zelenska, Prime Minister …": a name, then a title ("Dmitri Kovalenko with
        # Defense Dispatch" is the outlet's however it opens, and so is "Tom Reyes, Defense
        # One.": a title's word opens it, but no title's second word follows).
        return None
    asker = _asker_name(words, others)
    if asker is None and (namesake := parse_name(words)) is not None and namesake.key in others:
        # A name and an outlet whose full given name is none of the answering side's with that
        # surname is a namesake introducing themselves ("Марта Гнатюк, «Суспільне». …" at the
        # mayor Андрій Гнатюк's briefing), no address to the official.
        same = [n for n in answering_names if n.key == namesake.key]
        if (
            same
            and namesake.has_full_given
            and all(n.has_full_given and not n.compatible(namesake) for n in same)
        ):
            asker = namesake.display()
    if (
        asker is None
        and m.group("name")
        and len(words) == 2
        and all(re.fullmatch(rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?", w) for w in words)
        and fold(words[1]) not in NOT_NAME_WORDS
        and not is_title_token(words[0])
        and fold(words[0]) not in PARTICLES
        and Name((words[0],), words[1], None, False).key not in others
    ):
        # A given name that is also an English verb, which the name reader refuses at a
        # label's head ("Said James O'Keefe:"): introduced before the outlet, after the thanks
        # that closes its own sentence ("Thank you. Said Arikat, Al-Quds. On Gaza, …"), it is
        # the reporter's name.
        asker = Name((words[0],), words[1], None, False).display()
    return asker


# One of a show's two hosts, who share one "QUESTION:" label, says which of them asks by the
# first name alone: "QUESTION: Mr. Secretary, it's Buck. Are we close to a ceasefire?" under
# "… With Clay Travis and Buck Sexton of …". An address or a greeting may come first.
_HOST_SAYS_WHO = re.compile(
    r"[ \t]*(?:[^!?\n,]{1,40},[ \t]+)?(?:[Ii]t['’]s|[Tt]his[ \t]+is)[ \t]+"
    rf"(?P<given>[{UPPER}][{LOWER}]+)(?:[ \t]+(?:here|again))?[ \t]*[.!,]"
)


def _host_said_who(body: str, header: Sequence[tuple[str, Name]]) -> str | None:
    """The header's one interviewer whose first given name the question opens with ("it's
    Buck."), or ``None``: the first name must fit exactly one of them."""
    m = _HOST_SAYS_WHO.match(body)
    if m is None:
        return None
    hosts = {
        n.key: n
        for k, n in header
        if (k.startswith(_INTERVIEWER_KINDS) or k == "interview by") and n.has_full_given
    }
    fits = [n for n in hosts.values() if n.given[0] == m.group("given")]
    return fits[0].display() if len(fits) == 1 else None


# A member of the public at the microphone says their name before asking, with no outlet to
# follow it: "RESIDENT: Hi, my name is Dale Porter, I've lived on County Road 9 …", "Житель:
# Добрий вечір, мене звати Олег Бондар. …" (or the spoken "мене звуть"). A name of two or
# three words, then a stop.
_NAMED_AT_MIC = re.compile(
    # (after a greeting's comma in lower case: "Здравствуйте, меня зовут Николай Кравец")
    # (or two, the thanks to whoever handed over first: "Thank you, Governor. Good afternoon.
    # My name is Marisol Tejada, I'm the regional director …")
    rf"{_GREETING.pattern}{_GREETING.pattern}"
    f"{_MY_NAME_IS}"
    # (after a greeting, "I'm" says it too: "AUDIENCE MEMBER: Hi, I'm Ruth Adeyemi, I work in
    # Library Services.")
    # (or "я" so: "Студент: Вітаю, я Назар Кушнір, другий курс, …")
    rf"|{_GREETING.pattern.removesuffix('?')}(?:I['’]m|I[ \t]+am|[Яя](?=[ \t]+[{UPPER}]))"
    # (a caller after a greeting, "this is" and the name, then where from: "Слухачка: Добрий
    # день, це Галина з Житомира.", "Это Сергей из Тары.")
    rf"|{_GREETING.pattern.removesuffix('?')}(?:це|это|this[ \t]+is|it['’]s)"
    rf"(?=[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?[ \t]+(?:з|із|зі|из|from|in)[ \t]+[{UPPER}])"
)
_NAMED_AT_MIC_NAME = re.compile(
    rf"[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})(?=[ \t]*[,.;!—–-]"
    # (or "and I'm" goes on to say more: "Pupil: My name is Amira Hussain and I'm in Year 11.")
    r"|[ \t]+and[ \t]+I(?:['’]m|[ \t]+am)\b"
    # (or a reporter's "with" and her outlet: "Hi, I'm Dana Whitaker with KRTV in Great Falls.")
    r"|[ \t]+with[ \t]+(?:the[ \t]+)?[A-Z])"
)


# … or the bare name, then where they live or farm, as a town hall's floor does: "RESIDENT: Walt
# Mazur, I'm just north of the Range Road 60 corner …", "Carol Dumka, out by Heinsburg.",
# "Мешканка: Олена Гаврилюк, вулиця Лісова." (a place word after the comma, so an address to an
# official by name, "Glen Sawka, can you …", stays out).
_NAMED_WITH_PLACE = re.compile(
    rf"{_GREETING.pattern}(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})[ \t]*,[ \t]+"
    r"(?:I['’]m[ \t]+(?:just[ \t]+)?(?:(?:west|east|north|south)[ \t]+of"
    r"|out[ \t]+(?:by|past|near|on)|from|over[ \t]+(?:by|in|on))\b"
    r"|(?:just[ \t]+)?(?:west|east|north|south)[ \t]+of\b"
    r"|out[ \t]+(?:by|past|near|on)\b|I[ \t]+(?:live|farm)\b"
    r"|(?:вулиця|вул\.|улица|ул\.|село|селище|посёлок|поселок|провулок|переулок|мікрорайон"
    r"|микрорайон|мешкаю|живу)(?![\w-]))"
)


# A phone-in's caller gives the first name alone, as the host does when taking the call:
# "Слушатель: Здравствуйте, меня зовут Андрей, я из Исилькуля." — Андрей.
_CALLER_GIVEN_NAME = re.compile(
    rf"[ \t]+(?P<name>{_NAME_WORD})"
    # (or where from, with no comma: "це Галина з Житомира")
    rf"(?=[ \t]*[,.;!—–-]|[ \t]+(?:з|із|зі|из|from|in)[ \t]+[{UPPER}])"
)


def _named_at_mic(body: str, others: set[str], *, caller: bool = False) -> str | None:
    """The full name a member of the public gives at the start of ``body``, or ``None``
    (a phone-in ``caller``'s first name alone too)."""
    m = re.match(rf"(?:{_NAMED_AT_MIC.pattern})", body.lstrip())
    if m is None:
        placed = _NAMED_WITH_PLACE.match(body.lstrip())
        if placed is None or _addressed_words(placed.group("name").split()):
            return None
        first = placed.group("name").split()[0]
        if re.match(f"[{_CYR_UP}]", first) and _SURNAME_ENDING.fullmatch(first):
            # A hearing's floor may give the surname first ("Ирина Смирнова, посёлок …" could
            # be either order): no order is guessed.
            return None
        return _asker_name(placed.group("name").split(), others)
    n = _NAMED_AT_MIC_NAME.match(body.lstrip(), m.end())
    if n is not None and caller:
        # … or the given name and patronymic, as an older caller is called: "меня зовут
        # Галина Петровна, я живу на Производственной." — Галина Петровна.
        words = n.group("name").split()
        if (
            len(words) == 2
            and _patronymic(words[1])
            and not _patronymic(words[0])
            and not is_title_token(words[0])
            and fold(words[0]) not in others
        ):
            return " ".join(words)
    if n is None and caller:
        given = _CALLER_GIVEN_NAME.match(body.lstrip(), m.end())
        word = given.group("name") if given is not None else ""
        if word and not _addressed_words([word]) and fold(word) not in others:
            return word
    if n is None:
        return None
    words = n.group("name").split()
    if (
        len(words) == 3
        and _patronymic(words[1])
        and not _patronymic(words[0])
        and not _addressed_words([words[0], words[2]])
    ):
        # "Меня зовут Нина Петровна Гаврилова, улица Садовая.": the given name and the surname,
        # the patronymic between them no part of the name kept.
        return _asker_name([words[0], words[2]], others)
    if (
        len(words) == 2
        and _FEMININE_GIVEN.fullmatch(words[0]) is not None
        and fold(words[0]) not in _MALE_GIVEN_IN_A
        and _MASCULINE_PATRONYMIC.fullmatch(words[1]) is not None
    ):
        # "Меня зовут Милица Йованович, я из Сербии": a woman's given name before a masculine
        # "-ович" / "-евич" is no patronymic (hers would end "-овна"): a South Slavic surname.
        return _asker_name(words, others)
    if _addressed_words(words):
        return None
    return _asker_name(words, others)


_FEMININE_GIVEN = re.compile(r"[А-ЯЁІЇЄ][а-яёіїєґ'’]+[ая]")
# (men's given names that end so too: "Никита Сергеевич" is a given name and patronymic)
_MASCULINE_PATRONYMIC = re.compile(r"[А-ЯЁІЇЄ][а-яёіїєґ'’]+(?:ович|евич|ёвич|івич|йович)")


# A speaker from the floor of a Russian or Ukrainian hearing gives the name surname first, as
# an official form writes it, then where they live or what they do: "Гусев Павел Андреевич,
# посёлок Лямино.", "Брагина Ольга, депутат Думы …". Surname first only when the patronymic
# closes it, or when the first word ends as a surname does and the second does not (never
# "Ирина Смирнова", both of whose words could be a surname's).
_SURNAME_FIRST_AT_MIC = re.compile(
    rf"[ \t]*(?P<s>[{_CYR_UP}][{_CYR_LOW}]+(?:-[{_CYR_UP}][{_CYR_LOW}]+)?)[ \t]+"
    rf"(?P<g>[{_CYR_UP}][{_CYR_LOW}]+)"
    rf"(?:[ \t]+(?P<p>[{_CYR_UP}][{_CYR_LOW}]+(?:вич|вна|ична|ічна|ич)))?[ \t]*[,.]"
)
_SURNAME_ENDING = re.compile(
    r".*(?:ов|ев|ёв|ин|ын|ова|ева|ёва|іна|ина|ына|ский|ская|цкий|цкая|ський|ська|енко|ук|юк)"
)
# Given names that end as a surname does: "Ірина Дуда, факультет журналістики." is given name
# first.
_GIVEN_AS_SURNAME_ENDING = frozenset(
    {
        "Ирина", "Ірина", "Марина", "Галина", "Екатерина", "Катерина", "Кристина", "Христина",
        "Алина", "Аліна", "Полина", "Поліна", "Нина", "Ніна", "Карина", "Валентина",
        "Антонина", "Антоніна", "Дарина", "Ангелина", "Ангеліна", "Альбина", "Регина", "Лев",
        "Яков",
    }
)  # fmt: skip


def _surname_first_at_mic(body: str, others: set[str]) -> str | None:
    """The full name a speaker from the floor gives surname first at the start of ``body``
    (after a greeting too: "Добрый вечер. Колесников Виктор, пенсионер.")."""
    greeting = _GREETING.match(body.lstrip())
    m = _SURNAME_FIRST_AT_MIC.match(body.lstrip(), greeting.end() if greeting else 0)
    if m is None:
        return None
    surname, given = m.group("s"), m.group("g")
    if m.group("p") is None and (
        not _SURNAME_ENDING.fullmatch(surname)
        or _SURNAME_ENDING.fullmatch(given)
        or surname in _GIVEN_AS_SURNAME_ENDING
    ):
        return None
    if _addressed_words([surname, given]):
        return None
    return _asker_name([given, surname], others)


def _examining_counsel(
    labels: Sequence[LabelHit], sworn_at: int, before: int, canon: dict[Name, str]
) -> str | None:
    """The last person labelled by name between a witness's swearing-in and ``before`` (the
    counsel whose "Q." lines follow), or ``None``: the chair speaks as an office."""
    named = [
        h.info.name
        for h in labels
        if sworn_at < h.start < before
        and h.info.kind is LabelKind.PERSON
        and h.info.name is not None
        and h.info.office is None
    ]
    return canon.get(named[-1]) if named else None


def _addressed_words(words: Sequence[str]) -> bool:
    """Words of a title or an address, not of a journalist's name ("Mr President", "Мария
    Владимировна", "The next question, Mr Secretary")."""
    return any(
        is_title_token(w)
        or w.lower() in NOT_GIVEN
        or (_patronymic(w) and not (i and _woman_before_vich(words[i - 1], w)))
        # (a Ukrainian vocative's: "Наталіє Миколаївно, дякую …", "Олеже Петровичу, …")
        or _VOCATIVE_PATRONYMIC.fullmatch(w) is not None
        for i, w in enumerate(words)
    )


def _woman_before_vich(given: str, word: str) -> bool:
    """A woman's Latin given name before a masculine "-ovich"/"-evich" word: no address (her
    patronymic would end "-ovna"), so the word is a Belarusian or Serbian surname: "Good
    evening. Yekaterina Radkevich, ONT TV channel." introduces herself."""
    return (
        re.fullmatch(r"[A-Z][a-z]+(?:ovich|evich)", word) is not None
        and re.fullmatch(r"[A-Z][a-z]+a", given) is not None
        and fold(given) not in _MALE_GIVEN_IN_A
    )


_VOCATIVE_PATRONYMIC = re.compile(r"[А-ЯІЇЄ][а-яіїєґ'’]+(?:[ії]вно|вичу)")


class AnsweringSide(set[str]):
    """The answering side's surname keys, with the names they were read from: a reporter who
    shares a surname with the one answering ("Ірина Ковальчук, Суспільне." to "Олег
    Ковальчук:") is someone else when both give a full first name and the two differ."""

    def __init__(self, names: Iterable[Name] = ()) -> None:
        super().__init__()
        self.names: dict[str, list[Name]] = {}
        for n in names:
            self.add_name(n)

    def add_name(self, name: Name) -> None:
        self.add(name.key)
        self.names.setdefault(name.key, []).append(name)

    def differs(self, name: Name) -> bool:
        """Every answering name under ``name``'s surname has a full first given name that
        ``name``'s contradicts (a key added without its name, or initials, never differs)."""
        seen = self.names.get(name.key, [])
        return (
            bool(seen)
            and not name.given[0].endswith(".")
            and all(
                n.given and not n.given[0].endswith(".") and not n.compatible(name) for n in seen
            )
        )


def _asker_name(words: Sequence[str], others: set[str]) -> str | None:
    """The journalist's full name the words give, unless it is one of the answering side's."""
    name = parse_name(list(words))
    if name is None or not name.given:
        return None
    if name.key in others and not (isinstance(others, AnsweringSide) and others.differs(name)):
        return None
    return name.display()


# A moderator calls the next asker by name as the last words of a turn: "The first question
# goes to Rachel Oduya of Agence France-Presse.", "The next question, Piotr Zalewski from
# Rzeczpospolita." The unnamed "QUESTION:" right after it is that journalist's. The State
# Department's spokesman is briefer: "The first will go to Lena Ortiz of Reuters.", "Next,
# Rafael Dizon of the Philippine Daily Inquirer.", "Finally, Hannah Greer, AP." A members'
# call's operator takes it: "We will take our next question from Lena Hoffmann."
_CALLED_ASKER = re.compile(
    # (capitalised when the call is a sentence of its own: "First question, Tara Copp, AP.")
    r"(?:\b(?:[Ff]irst|[Nn]ext|[Ll]ast|[Ff]inal|[Ff]ollowing)(?:[ \t]+(?:question|one))?"
    r"(?:[ \t]+(?:goes|will[ \t]+go|is[ \t]+going)[ \t]+to"
    # (a teleconference's: "Our first question goes to the line of Shaun Tandon from AFP.")
    r"(?:[ \t]+the[ \t]+line[ \t]+of)?"
    r"|[ \t]+(?:is|comes|will[ \t]+come)[ \t]+from"
    # (a think-tank call's operator: "We will take our next question from Lena Hoffmann.")
    r"|(?<=question)[ \t]+from)"
    r"|\b(?:[Ff]irst|[Nn]ext|[Ll]ast|[Ff]inal|[Ff]ollowing)[ \t]+question[ \t]*[,:—–]"
    # (the first call too, a sentence of its own: "We'll take two questions from each side.
    # First, Jim Garamone." / "First, Carolina Mendes, from O Estado de S.Paulo.")
    # (a call's moderator: "Next up, Aamer Madhani with the Associated Press.", "First up, Dana
    # Whitmore with ABC.")
    r"|(?:^|(?<=[.!?][ \t])|(?<=[.!?][ \t]{2}))(?:And[ \t]+)?"
    r"(?:[Nn]ext(?:[ \t]+up)?|First(?:[ \t]+up)?|Finally|Lastly)[ \t]*[,:—–]"
    # (a Pentagon briefing's staff closes the floor on the last asker's name, a sentence of its
    # own: "Sir, I think we have time for one more. Jared Keller.")
    r"|\b(?:time|room)[ \t]+for[ \t]+(?:one|two|a[ \t]+couple)[ \t]+more(?:[ \t]+questions?)?"
    r"[ \t]*[.,:—–]"
    # A teleconference's moderator sends the call to a reporter's line: state.gov's "Let’s go
    # to the line of Daniel Ortiz with AFP.", "Next, we’ll go to Priya Raman with CNN."
    r"|\b(?:[Ll]et['’]s|[Ww]e['’]ll|[Ww]e[ \t]+will|I['’]ll)[ \t]+(?:now[ \t]+)?go[ \t]+"
    # (the first call too: "Let’s go first to the line of Daniel Ortiz with Reuters.")
    r"(?:next[ \t]+|now[ \t]+|first[ \t]+)?(?:over[ \t]+)?to(?:[ \t]+the[ \t]+line[ \t]+of)?"
    # A spokesperson opens the floor with the first asker: the Commission's "We start with Kate
    # Abnett, Reuters.", "Let's begin with Tom Hadley from the FT."
    r"|\b(?:[Ll]et['’]s|[Ww]e['’]ll|[Ww]e[ \t]+will|[Ww]e|I['’]ll)[ \t]+(?:now[ \t]+)?"
    r"(?:start|begin)[ \t]+with"
    # An organisation's moderator announces the next question with its asker: "We have a
    # question online from Jorge Alvarado of EFE.", "Next, a question from Anna Weiss of ORF.",
    # "Next we have Hanna Kowalczyk from Bloomberg, who is joining us online."
    r"|\b(?:[Ww]e[ \t]+have|[Nn]ext,?)[ \t]+(?:a|another)[ \t]+question[ \t]+"
    r"(?:(?:online|on[ \t]+the[ \t]+line|in[ \t]+the[ \t]+room|here)[ \t]+)?from"
    r"|\b[Nn]ext,?[ \t]+we[ \t]+have"
    # A Russian moderator's "Первой руку подняла Анна Светлова, «Томский вестник».",
    # "Следующий вопрос задаёт Олег Иванов." (Ukrainian "руку підняла", "запитання ставить").
    r"|(?<![\w])руку[ \t]+(?:поднял|підняв|підняла)а?"
    r"|(?<![\w])(?:вопрос|запитання|питання)[ \t]+(?:задаёт|задает|ставить|ставит)"
    # … or names the asker after the question's order and a dash: "Наступне питання – Ганна
    # Кравець, «Європейська правда».", "Следующий вопрос — Олег Иванов, ТАСС."
    r"|(?<![\w])(?:[Пп]ерше|[Нн]аступне|[Оо]станнє|[Пп]ервый|[Сс]ледующий|[Пп]оследний)[ \t]+"
    r"(?:вопрос|запитання|питання)[ \t]*[—–-])[ \t]+"
    # (a joint press availability names the side first: "Next, from the American delegation,
    # Hannah Cole of the Associated Press.")
    r"(?:from[ \t]+the[ \t]+[^\n,.!?]{1,40}?(?:delegation|side|press|media)[ \t]*,[ \t]+)?"
    # (or the outlet first, the asker after it: "And a final question from the BBC, Jonathan
    # Beale." — an outlet the page knows, checked below; the name first is tried first: "from
    # Carlos Fernández, from Europa Press.")
    # (a Pentagon moderator's "All right, we'll go to Associated Press, Lita Baldor.": the
    # outlet first after "go to" too)
    r"(?:(?:(?<=from[ \t])|(?<=\bto[ \t]))(?:the[ \t]+)?"
    r"(?P<outlet_first>[A-Z][\w&'’.\-]*(?:[ \t]+[A-Z][\w&'’.\-]*){0,3})[ \t]*,[ \t]+)??"
    # (a council's chair: "Final question, from Ms Helen Charnock.")
    r"(?:(?<=,[ \t])from[ \t]+)?"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})"
    # (an outlet's own dot stays inside it: "from O Estado de S.Paulo.")
    r"(?:(?:[ \t]*,|[ \t]+(?:of|from|with))[ \t]+(?:[^\n.!?]|\.(?=\w)){1,60})?[ \t]*[.!]?"
    # A conference call's operator opens the line after the name: "Our first question comes
    # from Tom Hadley of Kestrel Securities. Please go ahead." / "… Your line is open."
    r"(?:[ \t]+(?:(?:Please[ \t]+)?go[ \t]+ahead|Your[ \t]+line[ \t]+is[ \t]+(?:now[ \t]+)?open"
    # … or hands her the microphone: "Анна, включайте микрофон.", "Вам слово."
    rf"|(?:{_NAME_WORD},[ \t]+)?(?:(?:включайте|включите|вмикайте|увімкніть)[ \t]+"
    r"(?:микрофон|мікрофон)|[Вв]ам[ \t]+слово))"
    r"[.!]?)?[ \t]*$"
)


# A White House press conference: the President calls the next reporter in a sentence of its
# own at the end of his turn: "With that, I'll take some questions.  Ayesha Raman, Bloomberg."
_CALLED_BY_NAME = re.compile(
    rf"(?:^|[.!?][ \t]+|\n[ \t]*)(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}}),[ \t]+"
    rf"(?P<outlet>{_OUTLET})"
    # (the moderator corrects the outlet: "Konstantin Toropin, Associated Press — I'm sorry,
    # Military.com.")
    rf"(?:[ \t]*[—–][ \t]*(?:I['’]m[ \t]+sorry|[Ss]orry|[Ee]xcuse[ \t]+me|rather),[ \t]+"
    r"[A-Z][\w&'’.\-]*(?:[ \t]+[A-Z][\w&'’.\-]*){0,3})?"
    # (a briefing's moderator hands the line over after the outlet: "… to Zoom. Ana Ruiz, EFE,
    # please go ahead." / "… EFE. Go ahead.")
    r"(?:(?:[ \t]*,|[ \t]*[.!])[ \t]+(?:[Pp]lease[ \t]+)?[Gg]o[ \t]+ahead)?"
    r"[ \t]*[.!]?[ \t]*$"
)


# A call that is the whole turn, the reporter's given name and surname: "Peter Doocy.",
# "Okay, Jacqui Heinrich."
_BARE_FULL_CALL = re.compile(
    r"(?:(?:Yes|OK|Okay|Sure|All[ \t]+right),?[ \t]+)?"
    r"(?!(?:Thank|Thanks|Good|Great|Very|Happy|Merry|Next|Last|Final)\b)"
    r"(?P<name>[A-Z][a-z]+(?:[ \t]+(?:Mc|Mac|O['’]|De)?[A-Z][a-z'’\-]+){1,2})[.!]"
)
# … or the last sentence of the briefer's answer, the word of assent before the full name:
# the UN noon briefing's "… later this week. Yes, Karim Haddad." (a name with no such word may
# be the answer's own last words).
_TRAILING_FULL_CALL = re.compile(
    r"(?<=[.!?])[ \t]+(?:Yes|OK|Okay|All[ \t]+right),?[ \t]+"
    r"(?P<name>[A-Z][a-z]+(?:[ \t]+(?:Mc|Mac|O['’]|De)?[A-Z][a-z'’\-]+){1,2})[.!][ \t]*\Z"
)


def _called_asker(previous: str, others: set[str]) -> str | None:
    """The journalist whom ``previous`` (the turn before an unnamed question) ends by calling
    on, or ``None``."""
    m = _CALLED_ASKER.search(previous[-200:])
    if m is None:
        # The whole turn is the reporter's full name: a White House press secretary's "Peter
        # Doocy." (or "Yes, Peter Doocy.") before the next "Q" (a given name alone stays null).
        m = _BARE_FULL_CALL.fullmatch(previous.strip())
        if m is not None:
            if _news_outlet(m.group("name")):
                return None  # "Deutsche Welle." calls an outlet, as "Reuters." does
            return _asker_name(m.group("name").split(), others)
        m = _TRAILING_FULL_CALL.search(previous.strip()[-120:])
        if m is not None:
            words = m.group("name").split()
            if _news_outlet(m.group("name")) or _addressed_words(words):
                return None  # "Yes, Prime Minister." addresses, "Yes, Deutsche Welle." no one
            return _asker_name(words, others)
    if m is not None and m.group("outlet_first") and not _news_outlet(m.group("outlet_first")):
        return None  # "… from Jonathan Beale, Kari Lunde." names no outlet first
    if m is None:
        m = _CALLED_BY_NAME.search(previous[-200:])
        if m is None or is_title_token(m.group("outlet").split()[0].strip('«"“„')):
            return None
    words = m.group("name").split()
    after = re.match(
        r"[ \t]*,[ \t]+([^\n,.!?]{3,60}?)[ \t]*[.!]?[ \t]*$", m.string[m.end("name") :]
    )
    if after is not None and _swapped_intro(m.group("name"), after.group(1)):
        # The outlet first, then the asker: "Наступне запитання – Рівне Вечірнє, Андрій
        # Гаврилюк." (the same order test as a reporter's own introduction).
        words = after.group(1).split()
    elif fold(m.group("name")) in NEWS_OUTLET_NAMES or _news_outlet(m.group("name")):
        # "Last question, Agence France-Presse.", "Next question, Agence Europe." call an
        # outlet, not a person
        return None
    if len(words) == 3 and fold(words[0]).rstrip(".") in ("mr", "mrs", "ms", "miss", "mx"):
        # A council's chair calls a member of the public in full, with the courtesy title:
        # "The next question is from Mr Gareth Moss."
        words = words[1:]
    if _addressed_words(words):
        return None  # "The next question, Mr Secretary, …"
    return _asker_name(words, others)


# A phone-in's host puts the caller through by first name: "Dennis is in Toledo, Ohio, on our
# line for independents. Good morning, Dennis, you're on the air.", "Marlene in Las Cruces, New
# Mexico, Democrats' line. Go ahead, Marlene.", "Ray, Lexington, Kentucky, Republican line.",
# "Андрей из Казани, вы в эфире. Говорите, Андрей." The bare "CALLER:" after it is that person,
# under the first name the page gives (it never completes it).
_ON_LOCATION_WORDS = frozenset(
    {"correspondent", "reporter", "корреспондент", "корреспондентка", "кореспондент"}
    | {"кореспондентка"}
)
_HANDED_REPORTER = re.compile(
    r"(?i:correspondent|reporter|корреспондент(?:ка)?|кореспондент(?:ка)?)[ \t]+"
    rf"(?P<name>{_NAME_WORD}[ \t]+{_NAME_WORD})(?=[ \t]*[,.!—–])"
)


# A phone-in's host names the caller and the town, then bids the same name speak: "Дозвонился
# Михаил из Великих Лук. Михаил, говорите." (the name twice: "Слышно, говорите." names no one).
_HANDED_FROM_TOWN = re.compile(
    rf"(?<![{LETTER}])(?P<n>[{_CYR_UP}][{_CYR_LOW}]+)[ \t]+(?:из|с|з|із)[ \t]+"
    rf"[{_CYR_UP}][^.!?\n]{{0,40}}"
    r"[.!][ \t]+(?P=n),[ \t]+(?:говорите|говоріть|слушаем[ \t]+вас|слухаємо[ \t]+вас)[ \t]*[.!]"
)


def _handed_caller(label: str, previous: str, others: set[str]) -> str | None:
    """The first name of the caller whom ``previous`` (the host's turn) puts through, for an
    unnamed caller's label ("CALLER:", "Слушатель:"), or ``None``: one name, said as an address
    or opening the hand-off as the caller's name and town."""
    tail = previous.strip()[-300:]
    if fold(label) in _ON_LOCATION_WORDS:
        # A studio hands over to its reporter on location: "Там работает наш корреспондент
        # Ирина Белова. Ирина, вам слово." — "КОРРЕСПОНДЕНТ:" below is Ирина Белова.
        named = {
            n.display()
            for m in _HANDED_REPORTER.finditer(tail)
            if (n := name_from_phrase(m.group("name"))) is not None
            and n.has_full_given
            and not _addressed_words(m.group("name").split())
            and n.key not in others
        }
        return next(iter(named)) if len(named) == 1 else None
    if fold(label) not in PHONE_IN_CALLERS:
        return None
    said = {m.group("name") or m.group("first") for m in HAND_OFF_VOCATIVE.finditer(tail)}
    said |= {m.group("name") for m in HAND_OFF_OPENS.finditer(tail)}
    said |= {m.group("n") for m in _HANDED_FROM_TOWN.finditer(tail)}
    # (the greeting's own word is no name: "Говорите, Андрей." opens with "Говорите,")
    said -= {
        m.group(0).split()[0].rstrip(",")
        for m in HAND_OFF_VOCATIVE.finditer(tail)
        if m.group("name")
    }
    said = {
        w
        for w in said
        if not _addressed_words([w])
        and fold(w) not in PHONE_IN_CALLERS
        and not any(fold(w) in k.split() for k in others)
        and len(w) > 2
    }
    return next(iter(said)) if len(said) == 1 else None


# Slavic surnames end in few ways; an outlet's name ("Суспільне Житомир") in none of them.
_SLAVIC_SURNAME = re.compile(
    r"(?:енко|чук|юк|ук|ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ський|ська|цький|цька|ский|ская|"
    r"цкий|цкая|ич|ян|дзе|швили|ak|uk|enko|ov|ova|ev|eva|in|ina|sky|ska|ich|yan)$"
)


_BROADCAST_HEADS = frozenset(
    ["radio", "radyo", "tv", "television", "televiziunea", "channel", "радио", "радіо", "телеканал"]
)


def _swapped_intro(phrase: str, outlet: str) -> bool:
    """Whether "A B, C D." reads outlet first: "Суспільне Житомир, Ірина Ковальчук."."""
    words = outlet.split()
    # (a Ukrainian surname keeps its apostrophe: "Суспільне Чернігів, Марина Лук'яненко.")
    if not 2 <= len(words) <= 3 or not all(
        re.fullmatch(rf"{_NAME_WORD}|[{UPPER}][{LOWER}]+['’][{LOWER}]+", w) for w in words
    ):
        return False
    if fold(phrase) in NEWS_OUTLET_NAMES or fold(phrase.split()[0]) in NEWS_OUTLET_NAMES:
        return True
    if fold(words[0]) in _BROADCAST_HEADS:
        # "Natalia Munteanu, Radio Moldova.": a broadcaster's name after the reporter's, its
        # country's "-ova" no surname.
        return False
    return bool(
        _SLAVIC_SURNAME.search(words[-1].lower())
        and not _SLAVIC_SURNAME.search(phrase.split()[-1].lower())
    )


# A council's caption export marks staff at the podium with a bare ">>": the captioner did not
# know them, but they say who they are in their first words, a name and a lower-case post as a
# sentence of its own (">> Good morning, mayor and council. Jorge Morales, director of
# watershed protection. …", ">> And if I could take that one. Kay Lindgren, assistant city
# manager."). A later bare ">>" is the one such person the turn just before calls by name
# ("Mr. Morales, the $61 million figure …", "Ms. Lindgren, once a lot …", "Jorge, if council
# gives you direction …", "… and thank you, Mr. Morales.").
_PODIUM_INTRO = re.compile(
    rf"(?:^|(?<=[.!?])[ \t]+)(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}}),[ \t]+"
    r"(?:the[ \t]+)?[a-z][a-z'’-]+(?:[ \t]+[a-z'’-]+){0,6}[ \t]*\."
)


def _podium_voices(
    text: str, bodies: Sequence[tuple[LabelHit, int, int, str | None]]
) -> list[tuple[LabelHit, int, int, str | None]]:
    """Name the bare ">>" voices of a caption export (see ``_PODIUM_INTRO``); others as they are."""
    out = list(bodies)
    known: dict[str, Name] = {}
    for i, (h, start, end, speaker) in enumerate(out):
        if speaker is not None or h.info.kind is not LabelKind.ANONYMOUS or h.info.text != ">>":
            continue
        body = re.sub(r"\s+", " ", text[start : min(end, start + 300)])
        # the name sentence is the first or the second of the turn
        head = " ".join(re.split(r"(?<=[.!?])[ \t]+", body)[:2])
        named = None
        m = _PODIUM_INTRO.search(head)
        if m is not None and not _addressed_words(m.group("name").split()):
            name = parse_name(m.group("name").split())
            if name is not None and name.given:
                named = name
                known[name.key] = name
        if named is None and i > 0 and known:
            prev = text[out[i - 1][1] : out[i - 1][2]]
            called = [
                n
                for n in known.values()
                if re.search(
                    rf"\b(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+{re.escape(n.surname)}"
                    rf"|{re.escape(n.given[0])}(?=[ \t]*,))\b",
                    prev,
                )
            ]
            if len(called) == 1:
                named = called[0]
        if named is not None:
            out[i] = (h, start, end, named.display())
    return out
