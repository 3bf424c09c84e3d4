"""Speakers that name no one: a role or an office the page never ties to a person.

The layout rules keep such a voice as a word (``Moderator``, ``Staff``, ``Mr Speaker``,
``Senior Administration Official``, ``Модератор``) so that its turns stay one voice while roles
and askers are decided. The turns layer's ``speaker`` is a person's (or an outlet's) name or
null (docs/schema.md), so at the stage's end such a word gives way to null; the label as
written stays in ``speaker_label``.
"""

from __future__ import annotations

import re

# Words that say what a voice does, never who it is. A speaker made of these alone (and the
# courtesy and filler words below) names no one; one other word ("Secretary Bessent",
# "Chair Powell", "Ведущий Соловьев") keeps the speaker.
# fmt: off
_ROLE_WORDS = frozenset({
    # chairing and broadcasting
    "moderator", "host", "co-host", "cohost", "presenter", "anchor", "announcer", "narrator",
    "operator", "interpreter", "translator", "interviewer", "emcee", "facilitator", "chair",
    "chairman", "chairwoman", "chairperson", "presiding", "officer", "clerk", "speaker",
    "deputy", "vice",
    # (one standing in for the office: the Senate's "The ACTING PRESIDENT pro tempore.")
    "acting",
    # the press
    "correspondent", "reporter", "journalist", "audience", "caller",
    # a principal's staff and anonymous officials
    "staff", "aide", "spokesperson", "spokesman", "spokeswoman", "official", "officials",
    "senior", "military", "administration", "defense", "defence", "state", "department",
    # offices no holder of which the page names
    "president", "premier", "prime", "minister", "foreign", "secretary", "secretary-general",
    "under-secretary-general", "chief", "chancellor", "governor", "mayor", "commissioner",
    "ambassador", "senator", "general",
    # Russian and Ukrainian
    "модератор", "модераторка", "ведущий", "ведущая", "ведучий", "ведуча", "корреспондент",
    "корреспондентка", "журналист", "журналистка", "журналіст", "журналістка",
    "председательствующий", "председательствующая", "головуючий", "головуюча", "спикер",
    "пресс-секретарь", "речник", "речниця", "президент", "премьер-министр", "прем'єр-міністр",
    "министр", "міністр",
})
# fmt: on
# The press among the role words: an outlet's acronym before them is the outlet's voice.
# fmt: off
_PRESS_WORDS = frozenset({
    "correspondent", "reporter", "journalist", "host", "co-host", "cohost", "presenter",
    "anchor", "announcer", "interviewer", "корреспондент", "корреспондентка", "журналист",
    "журналистка", "журналіст", "журналістка", "ведущий", "ведущая", "ведучий", "ведуча",
})
# fmt: on
# An organisation's acronym: two to five capitals (`NATO`, `UN`, `OSCE`, `МИД`).
_ORG_ACRONYM = re.compile(r"[A-ZА-ЯЁІЇЄҐ]{2,5}")
# (and the Latin "pro tempore" that qualifies an office: C-SPAN's "THE SPEAKER PRO TEMPORE:",
# the member in the chair never named on the page)
_FILLER = frozenset(
    {"the", "mr", "mrs", "ms", "mx", "madam", "madame", "mister", "of", "and", "pro", "tempore"}
)


def names_no_one(speaker: str) -> bool:
    """Is ``speaker`` only role or office words (``Moderator``, ``Mr Speaker``, ``The Vice
    President``, ``Senior Defense Official``, ``Ведущий``), naming no person or outlet?"""
    raw = [w.strip(".,") for w in re.split(r"\s+", speaker.strip()) if w]
    if (
        len(raw) >= 2
        and _ORG_ACRONYM.fullmatch(raw[0])
        # (set apart from the words after it: in an all-capitals label a short surname
        # looks the same)
        and any(w != w.upper() for w in raw[1:])
        and not any(w.lower() in _PRESS_WORDS for w in raw[1:])
    ):
        # An organisation's acronym before an office it staffs ("NATO Spokesperson", "UN
        # Spokesman", never named on the page) says whose office, not who holds it; before a
        # press word ("AFP Correspondent") it is an outlet, which speaks for its journalist.
        raw = raw[1:]
    words = [w.lower() for w in raw]
    core = [w for w in words if w not in _FILLER]
    return bool(core) and all(w in _ROLE_WORDS for w in core)
