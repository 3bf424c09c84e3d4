"""Word lists behind portrayal: political valence and the verbs that make roles.

Valences use VADER's scale (-4..+4). English lists hold lemmas and are expanded to inflected forms
(the spaCy pipeline runs without its lemmatiser, for speed); Russian lists hold lemmas, matched
against natasha's lemmas. Every entry is a deliberate, reviewable choice: change them here.
"""

from __future__ import annotations

from functools import cache

# --- English ----------------------------------------------------------------------------------
# fmt: off
POLITICAL_VALENCE_EN: dict[str, float] = {
    # labels that delegitimise
    "junta": -3.0, "regime": -2.0, "regimes": -2.0, "neo-nazi": -3.5, "neo-nazis": -3.5,
    "nazi": -3.0, "nazis": -3.0, "nazism": -3.0, "fascist": -3.5, "fascists": -3.5,
    "aggressive": -2.5, "aggressor": -3.0, "aggressors": -3.0, "aggression": -2.5,
    "fake": -2.5, "fakes": -2.5, "faked": -2.5, "lie": -2.5, "lies": -2.5, "lied": -2.5,
    "liar": -3.0, "liars": -3.0, "false": -2.0, "falsehood": -2.5, "terrorist": -3.5,
    "terrorists": -3.5, "terrorism": -3.5, "russophobic": -3.0, "russophobia": -3.0,
    "russophobes": -3.0, "anti-russian": -2.0, "hostile": -2.5, "puppet": -2.5, "puppets": -2.5,
    "masters": -1.5, "warmonger": -3.0, "warmongers": -3.0, "sabotage": -2.5,
    "sabotaging": -2.5, "exterminate": -3.5, "extermination": -3.5, "executioners": -3.5,
    "genocide": -4.0, "discrimination": -2.5, "blatant": -1.5, "distort": -2.0,
    "distorting": -2.0, "distorted": -2.0, "propaganda": -2.0, "arrogance": -2.0,
    "neo-colonial": -2.5, "colonial": -1.5, "colonizers": -2.5, "colonisers": -2.5,
    "obsequiously": -1.5, "contemptuously": -1.5, "frenzy": -1.5, "discredited": -2.0,
    "ill-considered": -2.0, "short-sighted": -2.0, "provocation": -2.5, "provocations": -2.5,
    "bloody": -2.0, "unconstitutional": -2.0, "coup": -2.5, "enslavement": -3.0,
    "oppression": -3.0, "exploitation": -2.5, "criminal": -3.0, "criminals": -3.0,
    "crimes": -3.0, "illegitimate": -2.5, "occupiers": -3.0, "invaders": -3.0,
    "hypocrisy": -2.5, "hypocritical": -2.5, "cynical": -2.0, "lawless": -2.5,
    "dictates": -1.5, "dictator": -3.0, "barbaric": -3.0, "thugs": -3.0, "corrupt": -2.5,
    # labels that legitimise
    "friends": 2.5, "friend": 2.5, "friendly": 2.2, "constructive": 2.0, "partner": 1.8,
    "partners": 1.8, "partnership": 2.0, "useful": 1.9, "businesslike": 1.5,
    "cooperation": 2.0, "cooperate": 2.0, "respect": 2.0, "trust": 2.0, "dialogue": 1.5,
    "peace": 2.5, "peaceful": 2.5, "peacekeeping": 2.0, "sustainable": 1.5, "honest": 2.0,
    "fair": 2.0, "legitimate": 1.5, "justified": 1.5, "responsibility": 1.0,
    "beneficial": 2.0, "neighborliness": 2.0, "neighbourliness": 2.0, "reliable": 2.0,
    "wise": 2.0, "courageous": 2.5, "heroes": 3.0, "hero": 3.0, "heroic": 3.0,
    "appreciate": 2.0, "allies": 1.5, "ally": 1.5,
}
# fmt: on

HARM_VERBS_EN: frozenset[str] = frozenset(
    [
        "kill",
        "murder",
        "exterminate",
        "destroy",
        "attack",
        "bomb",
        "shell",
        "invade",
        "occupy",
        "threaten",
        "sabotage",
        "blame",
        "discriminate",
        "oppress",
        "persecute",
        "wipe",
        "terrorize",
        "terrorise",
        "torture",
        "execute",
        "enslave",
        "exploit",
        "colonize",
        "annex",
        "deceive",
        "slander",
        "provoke",
        "escalate",
        "undermine",
        "strike",
        "harm",
        "hurt",
        "damage",
        "punish",
        "starve",
        "besiege",
        "drag",
        "ban",
        "censor",
        "distort",
        "fake",
        "lie",
        "betray",
        "violate",
        "loot",
        "rob",
        "shoot",
        "massacre",
        "bully",
        "blackmail",
        "intimidate",
        "deport",
        "kidnap",
        "abduct",
        "silence",
        "sanction",
        "isolate",
        "humiliate",
        "smear",
        "demonize",
        "demonise",
        "target",
        "pump",
        "arm",
    ]
)
HELP_VERBS_EN: frozenset[str] = frozenset(
    [
        "help",
        "save",
        "protect",
        "defend",
        "support",
        "rescue",
        "liberate",
        "free",
        "restore",
        "guarantee",
        "resolve",
        "settle",
        "mediate",
        "negotiate",
        "cooperate",
        "assist",
        "spare",
        "build",
        "strengthen",
        "promote",
        "contribute",
        "facilitate",
        "propose",
        "advocate",
        "warn",
        "reconcile",
        "aid",
        "feed",
        "shelter",
        "heal",
        "unite",
        "stabilize",
        "stabilise",
        "ensure",
        "uphold",
        "welcome",
        "respect",
        "appreciate",
        "praise",
    ]
)
# The object of these is praised (protagonist) / condemned (antagonist, first-person subject).
PRAISE_VERBS_EN: frozenset[str] = frozenset(
    ["thank", "praise", "appreciate", "commend", "admire", "applaud", "salute", "honour", "honor"]
)
CONDEMN_VERBS_EN: frozenset[str] = frozenset(["condemn", "denounce", "criticize", "criticise"])
FIRST_PERSON_EN: frozenset[str] = frozenset(["i", "we"])
# People of a place or group: "residents of Donbass", "Ukraine's civilians"; X shares their role.
POPULATION_NOUNS_EN: frozenset[str] = frozenset(
    [
        "people",
        "peoples",
        "residents",
        "inhabitants",
        "civilians",
        "citizens",
        "population",
        "children",
        "women",
        "families",
    ]
)
PEOPLE_NOUNS_EN: frozenset[str] = frozenset(
    [
        "friend",
        "partner",
        "colleague",
        "ally",
        "people",
        "soldier",
        "citizen",
        "leader",
        "official",
        "elite",
        "authority",
        "master",
        "force",
        "troop",
        "politician",
        "diplomat",
        "journalist",
        "neighbour",
        "neighbor",
        "brother",
        "sponsor",
        "patron",
        "curator",
    ]
)
# Objects of these are cast as in need of rescue (victims), not as the target of an attack.
RESCUE_VERBS_EN: frozenset[str] = frozenset(
    ["save", "rescue", "protect", "defend", "liberate", "free", "shelter"]
)
HARM_NOUNS_EN: frozenset[str] = frozenset(
    [
        "war",
        "wars",
        "aggression",
        "attack",
        "attacks",
        "threat",
        "threats",
        "strike",
        "strikes",
        "sanctions",
        "discrimination",
        "genocide",
        "crimes",
        "terror",
        "terrorism",
        "occupation",
        "invasion",
        "sabotage",
        "blockade",
        "provocation",
        "provocations",
        "extermination",
        "persecution",
        "violence",
        "repression",
        "hostility",
        "assault",
        "assaults",
        "campaign",
        "bombing",
        "bombings",
        "shelling",
        "lies",
        "fakes",
    ]
)
VICTIM_WORDS_EN: frozenset[str] = frozenset(
    [
        "victim",
        "victims",
        "suffer",
        "suffers",
        "suffered",
        "suffering",
        "die",
        "dies",
        "died",
        "dying",
        "casualties",
        "hostage",
        "hostages",
        "refugees",
        "wounded",
        "injured",
        "displaced",
        "oppressed",
        "persecuted",
        "defenceless",
        "defenseless",
        "innocent",
    ]
)
# Nouns whose owner acts through them ("NATO's aggression", "Kiev's army"): the owner takes the
# role the noun plays; other owned nouns ("Zelensky's masters") are separate actors.
AGENTIVE_NOUNS_EN: frozenset[str] = frozenset(
    [
        "army",
        "troops",
        "forces",
        "regime",
        "government",
        "authorities",
        "plans",
        "policy",
        "policies",
        "aggression",
        "weapons",
        "military",
        "missiles",
        "drones",
        "strikes",
        "sanctions",
        "administration",
        "militants",
        "junta",
    ]
)
PREPS_TARGET_EN: frozenset[str] = frozenset(
    ["against", "on", "upon", "at", "towards", "toward", "to", "about"]
)
# Labels that cast an actor as a hero or a trusted party (not merely a pleasant context: "peace").
PRAISE_EN: frozenset[str] = frozenset(
    [
        "friend",
        "friends",
        "friendly",
        "partner",
        "partners",
        "reliable",
        "honest",
        "constructive",
        "wise",
        "courageous",
        "hero",
        "heroes",
        "heroic",
        "ally",
        "allies",
        "useful",
        "responsible",
        "fair",
        "brave",
    ]
)
PREPS_SOURCE_EN: frozenset[str] = frozenset(["by", "of", "from"])

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "strike": ("struck", "stricken"),
    "lie": ("lying", "lied", "lies"),
    "shoot": ("shot",),
    "build": ("built",),
    "free": ("freed", "freeing"),
    "feed": ("fed",),
    "undermine": ("undermined", "undermining", "undermines"),
}


def inflections(lemma: str) -> set[str]:
    """Regular English verb/noun forms of a lemma (over-generation is harmless here)."""
    out = {lemma, *_IRREGULAR.get(lemma, ())}
    if lemma.endswith("e"):
        out |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        plural = "es" if lemma.endswith(("s", "x", "z", "ch", "sh")) else "s"
        out |= {lemma + plural, lemma + "ed", lemma + "ing"}
        out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return out


@cache
def forms(words: frozenset[str]) -> frozenset[str]:
    return frozenset(f for w in words for f in inflections(w))


# --- Russian (lemmas) -------------------------------------------------------------------------
# fmt: off
VALENCE_RU: dict[str, float] = {
    "режим": -2.0, "хунта": -3.0, "неонацист": -3.5, "неонацистский": -3.5, "нацист": -3.0,
    "нацистский": -3.0, "нацизм": -3.0, "фашист": -3.5, "фашистский": -3.5, "фашизм": -3.5,
    "агрессивный": -2.5, "агрессор": -3.0, "агрессия": -2.5, "фейк": -2.5, "ложь": -2.5,
    "лгать": -2.5, "лживый": -3.0, "врать": -2.5, "террорист": -3.5, "террористический": -3.5,
    "террор": -3.0, "русофобский": -3.0, "русофобия": -3.0, "русофоб": -3.0,
    "враждебный": -2.5, "марионеточный": -2.5, "марионетка": -2.5, "преступный": -3.0,
    "преступник": -3.0, "преступление": -3.0, "провокация": -2.5, "оккупант": -3.0,
    "каратель": -3.5, "лицемерный": -2.5, "лицемерие": -2.5, "позорный": -2.5,
    "варварский": -3.0, "бандеровский": -3.0, "клевета": -2.5, "дискриминация": -2.5,
    "геноцид": -4.0, "убийца": -3.5, "уничтожение": -3.0, "истребление": -3.5,
    "угроза": -2.0, "враг": -3.0, "вражеский": -2.5, "обман": -2.5, "диктатор": -3.0,
    "кровавый": -2.5, "незаконный": -2.0, "нелегитимный": -2.5, "саботаж": -2.5,
    "разрушительный": -2.5, "циничный": -2.5, "цинизм": -2.5, "пропаганда": -2.0,
    "плохой": -2.5, "ужасный": -3.0, "негативный": -2.0, "отрицательный": -2.0,
    "жестокий": -3.0, "виновный": -2.5, "бесчеловечный": -3.5, "коррумпированный": -2.5,
    "друг": 2.5, "дружественный": 2.2, "дружеский": 2.2, "конструктивный": 2.0,
    "партнёр": 1.8, "партнер": 1.8, "партнёрство": 2.0, "партнерство": 2.0, "полезный": 1.9,
    "сотрудничество": 2.0, "сотрудничать": 2.0, "уважение": 2.0, "уважать": 2.0,
    "доверие": 2.0, "диалог": 1.5, "миротворческий": 2.0, "честный": 2.0,
    "справедливый": 2.0, "взаимовыгодный": 2.0, "равноправный": 1.5, "надёжный": 2.0,
    "надежный": 2.0, "успешный": 2.0, "благодарить": 2.0, "благодарный": 2.0, "ценить": 2.0,
    "поддержка": 1.5, "помощь": 1.5, "героический": 3.0, "герой": 3.0, "гордиться": 2.0,
    "достойный": 2.0, "прекрасный": 3.0, "хороший": 2.0, "отличный": 3.0, "позитивный": 2.0,
    "положительный": 2.0, "мудрый": 2.0, "смелый": 2.0, "союзник": 1.5,
}
# fmt: on
HARM_VERBS_RU: frozenset[str] = frozenset(
    [
        "убивать",
        "убить",
        "уничтожать",
        "уничтожить",
        "истреблять",
        "истребить",
        "нападать",
        "напасть",
        "атаковать",
        "бомбить",
        "обстреливать",
        "обстрелять",
        "оккупировать",
        "угрожать",
        "саботировать",
        "обвинять",
        "обвинить",
        "дискриминировать",
        "преследовать",
        "угнетать",
        "терроризировать",
        "пытать",
        "казнить",
        "порабощать",
        "поработить",
        "эксплуатировать",
        "аннексировать",
        "обманывать",
        "обмануть",
        "клеветать",
        "провоцировать",
        "подрывать",
        "подорвать",
        "ударить",
        "вредить",
        "навредить",
        "разрушать",
        "разрушить",
        "наказывать",
        "наказать",
        "изолировать",
        "блокировать",
        "запрещать",
        "запретить",
        "лгать",
        "врать",
        "фальсифицировать",
        "предавать",
        "предать",
        "нарушать",
        "нарушить",
        "грабить",
        "расстреливать",
        "расстрелять",
        "шантажировать",
        "запугивать",
        "депортировать",
        "похищать",
        "похитить",
        "накачивать",
        "накачать",
    ]
)
HELP_VERBS_RU: frozenset[str] = frozenset(
    [
        "помогать",
        "помочь",
        "спасать",
        "спасти",
        "защищать",
        "защитить",
        "поддерживать",
        "поддержать",
        "освобождать",
        "освободить",
        "восстанавливать",
        "восстановить",
        "гарантировать",
        "урегулировать",
        "договариваться",
        "договориться",
        "сотрудничать",
        "содействовать",
        "строить",
        "укреплять",
        "укрепить",
        "предлагать",
        "предложить",
        "обеспечивать",
        "обеспечить",
        "уважать",
        "приветствовать",
    ]
)
PRAISE_VERBS_RU: frozenset[str] = frozenset(
    [
        "благодарить",
        "поблагодарить",
        "хвалить",
        "похвалить",
        "ценить",
        "восхищаться",
        "приветствовать",
    ]
)
CONDEMN_VERBS_RU: frozenset[str] = frozenset(
    ["осуждать", "осудить", "критиковать", "раскритиковать"]
)
FIRST_PERSON_RU: frozenset[str] = frozenset(["я", "мы"])
POPULATION_NOUNS_RU: frozenset[str] = frozenset(
    [
        "люди",
        "народ",
        "житель",
        "население",
        "гражданин",
        "ребёнок",
        "ребенок",
        "дети",
        "семья",
        "мирные",
    ]
)
PEOPLE_NOUNS_RU: frozenset[str] = frozenset(
    [
        "друг",
        "партнёр",
        "партнер",
        "коллега",
        "союзник",
        "народ",
        "солдат",
        "гражданин",
        "лидер",
        "чиновник",
        "элита",
        "власть",
        "хозяин",
        "войско",
        "политик",
        "дипломат",
        "журналист",
        "сосед",
        "брат",
        "спонсор",
        "куратор",
    ]
)
RESCUE_VERBS_RU: frozenset[str] = frozenset(
    ["спасать", "спасти", "защищать", "защитить", "освобождать", "освободить"]
)
HARM_NOUNS_RU: frozenset[str] = frozenset(
    [
        "война",
        "агрессия",
        "нападение",
        "атака",
        "угроза",
        "удар",
        "санкция",
        "дискриминация",
        "геноцид",
        "преступление",
        "террор",
        "терроризм",
        "оккупация",
        "вторжение",
        "саботаж",
        "блокада",
        "провокация",
        "истребление",
        "преследование",
        "насилие",
        "репрессия",
        "обстрел",
        "бомбардировка",
    ]
)
VICTIM_WORDS_RU: frozenset[str] = frozenset(
    [
        "жертва",
        "страдать",
        "пострадать",
        "погибать",
        "погибнуть",
        "гибнуть",
        "пострадавший",
        "беженец",
        "заложник",
        "раненый",
        "невинный",
        "беззащитный",
    ]
)
AGENTIVE_NOUNS_RU: frozenset[str] = frozenset(
    [
        "армия",
        "войско",
        "войска",
        "сила",
        "режим",
        "правительство",
        "власть",
        "план",
        "политика",
        "агрессия",
        "оружие",
        "ракета",
        "беспилотник",
        "удар",
        "санкция",
        "администрация",
        "хунта",
    ]
)
PREPS_TARGET_RU: frozenset[str] = frozenset(["против", "на", "по", "к", "о", "об"])
PRAISE_RU: frozenset[str] = frozenset(
    [
        "друг",
        "дружественный",
        "дружеский",
        "партнёр",
        "партнер",
        "надёжный",
        "надежный",
        "честный",
        "конструктивный",
        "мудрый",
        "смелый",
        "герой",
        "героический",
        "союзник",
        "полезный",
        "достойный",
    ]
)
PREPS_SOURCE_RU: frozenset[str] = frozenset(["со", "стороны", "от"])
NEGATIONS_RU: frozenset[str] = frozenset(["не", "нет", "ни", "никогда"])
