"""The persuasion-technique taxonomy: SemEval-2023 Task 3's 23 techniques in 6 categories.

Every technique carries a definition and an example written for this project. Two older label
sets map onto it: the 14 labels of SemEval-2020 Task 11 (the Propaganda Techniques Corpus, PTC)
and the 20 of SemEval-2021 Task 6 (memes). Output can be given in any of the three schemes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rhetoscope.errors import PipelineError

Scheme = Literal["semeval2023", "semeval2020", "semeval2021"]
SCHEMES: tuple[Scheme, ...] = ("semeval2023", "semeval2020", "semeval2021")
DEFAULT_SCHEME: Scheme = "semeval2023"


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    name: str
    description: str


@dataclass(frozen=True, slots=True)
class Technique:
    id: str  # SemEval-2023 name
    name: str
    category: str  # Category.id
    definition: str
    example: str


CATEGORIES: tuple[Category, ...] = (
    Category("attack_on_reputation", "Attack on reputation",
             "Discredits a person or group instead of answering their argument."),
    Category("justification", "Justification",
             "Supports a claim by an appeal that is not evidence for it."),
    Category("simplification", "Simplification",
             "Reduces a complex question to a too-simple cause, choice or consequence."),
    Category("distraction", "Distraction",
             "Moves attention away from the point under discussion."),
    Category("call", "Call",
             "Pushes the audience to act, or to stop thinking, with a formula, not a reason."),
    Category("manipulative_wording", "Manipulative wording",
             "Wording chosen for its emotional effect or its vagueness, not for its content."),
)  # fmt: skip

TECHNIQUES: tuple[Technique, ...] = (
    # attack on reputation
    Technique("Name_Calling-Labeling", "Name calling or labelling", "attack_on_reputation",
              "Attaches an insulting or admiring label to a target so the audience judges the "
              "label instead of the target.",
              "The council is run by a gang of bureaucratic parasites."),
    Technique("Guilt_by_Association", "Guilt by association", "attack_on_reputation",
              "Discredits a person or idea by linking it to someone or something the audience "
              "despises (the Nazis, a criminal, a hated regime).",
              "Even the old dictator liked this tax; that tells you all you need to know."),
    Technique("Doubt", "Casting doubt", "attack_on_reputation",
              "Questions the credibility, competence or honesty of a target without evidence.",
              "Can we really trust a minister who never answers a straight question?"),
    Technique("Appeal_to_Hypocrisy", "Appeal to hypocrisy", "attack_on_reputation",
              "Rejects a criticism by accusing the critic of doing the same thing (tu quoque).",
              "They lecture us on press freedom while jailing their own reporters."),
    Technique("Questioning_the_Reputation", "Questioning the reputation", "attack_on_reputation",
              "Attacks the character or past of a target to undermine them, unrelated to the "
              "issue at hand.",
              "A man with his record of failed businesses has no business drafting a budget."),
    # justification
    Technique("Flag_Waving", "Flag waving", "justification",
              "Justifies a position by appeal to group pride or identity (nation, religion, "
              "party) rather than by argument.",
              "Every true patriot will back this bill."),
    Technique("Appeal_to_Authority", "Appeal to authority", "justification",
              "Treats a claim as true because an authority or expert said so, even outside "
              "their competence or without their evidence.",
              "A famous actor says the vaccine is unsafe, so it must be."),
    Technique("Appeal_to_Popularity", "Appeal to popularity (bandwagon)", "justification",
              "Claims something is right because many or most people accept it.",
              "Millions have already switched; don't be the last one left behind."),
    Technique("Appeal_to_Values", "Appeal to values", "justification",
              "Links an idea to values the audience holds dear (freedom, tradition, family) in "
              "place of reasons.",
              "This reform is about one thing only: protecting our freedom."),
    Technique("Appeal_to_Fear-Prejudice", "Appeal to fear or prejudice", "justification",
              "Seeks support by raising fear of an alternative or by playing on the audience's "
              "prejudices.",
              "If we open the border, crime will flood into every town."),
    # simplification
    Technique("Causal_Oversimplification", "Causal oversimplification", "simplification",
              "Assumes a single cause for an outcome that has many.",
              "Prices went up the day the new governor took office; he caused inflation."),
    Technique("False_Dilemma-No_Choice", "False dilemma", "simplification",
              "Presents two options as the only possible ones when others exist.",
              "Either you support the war or you support the enemy."),
    Technique("Consequential_Oversimplification", "Consequential oversimplification",
              "simplification",
              "Claims that a first step leads inevitably to a chain of (usually bad) "
              "consequences (slippery slope).",
              "Allow this protest today and tomorrow the streets will belong to the mob."),
    # distraction
    Technique("Straw_Man", "Straw man", "distraction",
              "Replaces an opponent's position with a distorted, weaker one and refutes that.",
              "My opponent wants better policing; in other words he wants a police state."),
    Technique("Red_Herring", "Red herring", "distraction",
              "Introduces an irrelevant topic to divert attention from the issue.",
              "Asked about the budget deficit, the mayor spoke about the new stadium."),
    Technique("Whataboutism", "Whataboutism", "distraction",
              "Deflects a criticism by pointing to an alleged wrong of the critic or someone "
              "else, without addressing it.",
              "Our prisons are overcrowded? What about the prisons in your country?"),
    # call
    Technique("Slogans", "Slogans", "call",
              "A brief, striking phrase that labels or stereotypes and acts as an emotional call.",
              "Peace through strength!"),
    Technique("Conversation_Killer", "Thought-terminating cliché", "call",
              "A stock phrase that discourages further thought or discussion.",
              "It is what it is."),
    Technique("Appeal_to_Time", "Appeal to time", "call",
              "Argues that the moment has come for action, making urgency the reason.",
              "The time for talking is over; we must act now."),
    # manipulative wording
    Technique("Loaded_Language", "Loaded language", "manipulative_wording",
              "Words or phrases with strong emotional connotations used to sway the audience.",
              "The regime's savage crackdown on peaceful citizens."),
    Technique("Obfuscation-Vagueness-Confusion", "Obfuscation, vagueness, confusion",
              "manipulative_wording",
              "Deliberately unclear wording that lets the audience read in what it wants.",
              "Certain circles are known to have had certain interests in the matter."),
    Technique("Exaggeration-Minimisation", "Exaggeration or minimisation", "manipulative_wording",
              "Makes something look larger, better or worse than it is, or downplays it.",
              "This is the greatest betrayal in the history of mankind."),
    Technique("Repetition", "Repetition", "manipulative_wording",
              "Repeats the same word, phrase or message so the audience comes to accept it.",
              "We will win. We will win because we must win."),
)  # fmt: skip

BY_ID: dict[str, Technique] = {t.id: t for t in TECHNIQUES}
CATEGORY_BY_ID: dict[str, Category] = {c.id: c for c in CATEGORIES}

# SemEval-2020 Task 11 (PTC, 14 labels) -> SemEval-2023. A merged PTC class maps to the member
# most of its training spans show; the reverse map sends each 2023 technique to the PTC class
# that contains it.
PTC_TO_2023: dict[str, str] = {
    "Appeal_to_Authority": "Appeal_to_Authority",
    "Appeal_to_fear-prejudice": "Appeal_to_Fear-Prejudice",
    # 42 of its 72 PTC training spans invoke Nazis, Hitler, terrorists and the like
    "Bandwagon,Reductio_ad_hitlerum": "Guilt_by_Association",
    "Black-and-White_Fallacy": "False_Dilemma-No_Choice",
    "Causal_Oversimplification": "Causal_Oversimplification",
    "Doubt": "Doubt",
    "Exaggeration,Minimisation": "Exaggeration-Minimisation",
    "Flag-Waving": "Flag_Waving",
    "Loaded_Language": "Loaded_Language",
    "Name_Calling,Labeling": "Name_Calling-Labeling",
    "Repetition": "Repetition",
    "Slogans": "Slogans",
    "Thought-terminating_Cliches": "Conversation_Killer",
    "Whataboutism,Straw_Men,Red_Herring": "Whataboutism",
}
# None: the 2023 technique has no PTC counterpart (it is dropped in the semeval2020 scheme).
T2023_TO_PTC: dict[str, str | None] = {
    "Name_Calling-Labeling": "Name_Calling,Labeling",
    "Guilt_by_Association": "Bandwagon,Reductio_ad_hitlerum",
    "Doubt": "Doubt",
    "Appeal_to_Hypocrisy": "Whataboutism,Straw_Men,Red_Herring",
    "Questioning_the_Reputation": "Doubt",
    "Flag_Waving": "Flag-Waving",
    "Appeal_to_Authority": "Appeal_to_Authority",
    "Appeal_to_Popularity": "Bandwagon,Reductio_ad_hitlerum",
    "Appeal_to_Values": None,
    "Appeal_to_Fear-Prejudice": "Appeal_to_fear-prejudice",
    "Causal_Oversimplification": "Causal_Oversimplification",
    "False_Dilemma-No_Choice": "Black-and-White_Fallacy",
    "Consequential_Oversimplification": "Causal_Oversimplification",
    "Straw_Man": "Whataboutism,Straw_Men,Red_Herring",
    "Red_Herring": "Whataboutism,Straw_Men,Red_Herring",
    "Whataboutism": "Whataboutism,Straw_Men,Red_Herring",
    "Slogans": "Slogans",
    "Conversation_Killer": "Thought-terminating_Cliches",
    "Appeal_to_Time": None,
    "Loaded_Language": "Loaded_Language",
    "Obfuscation-Vagueness-Confusion": None,
    "Exaggeration-Minimisation": "Exaggeration,Minimisation",
    "Repetition": "Repetition",
}
# SemEval-2021 Task 6 (memes, 20 labels) <-> SemEval-2023: one to one except the three 2023
# techniques the memes set lacks.
MEMES_TO_2023: dict[str, str] = {
    "Appeal to authority": "Appeal_to_Authority",
    "Appeal to fear/prejudice": "Appeal_to_Fear-Prejudice",
    "Black-and-white Fallacy/Dictatorship": "False_Dilemma-No_Choice",
    "Causal Oversimplification": "Causal_Oversimplification",
    "Doubt": "Doubt",
    "Exaggeration/Minimisation": "Exaggeration-Minimisation",
    "Flag-waving": "Flag_Waving",
    "Glittering generalities (Virtue)": "Appeal_to_Values",
    "Loaded Language": "Loaded_Language",
    "Misrepresentation of Someone's Position (Straw Man)": "Straw_Man",
    "Name calling/Labeling": "Name_Calling-Labeling",
    "Obfuscation, Intentional vagueness, Confusion": "Obfuscation-Vagueness-Confusion",
    "Presenting Irrelevant Data (Red Herring)": "Red_Herring",
    "Reductio ad hitlerum": "Guilt_by_Association",
    "Repetition": "Repetition",
    "Slogans": "Slogans",
    "Smears": "Questioning_the_Reputation",
    "Thought-terminating cliché": "Conversation_Killer",
    "Whataboutism": "Whataboutism",
    "Bandwagon": "Appeal_to_Popularity",
}
T2023_TO_MEMES: dict[str, str | None] = {t.id: None for t in TECHNIQUES} | {
    v: k for k, v in MEMES_TO_2023.items()
}

LABELS: dict[Scheme, tuple[str, ...]] = {
    "semeval2023": tuple(t.id for t in TECHNIQUES),
    "semeval2020": tuple(sorted(PTC_TO_2023)),
    "semeval2021": tuple(MEMES_TO_2023),
}


def check_scheme(scheme: str) -> Scheme:
    if scheme not in SCHEMES:
        raise PipelineError(f"unknown technique scheme {scheme!r}; use one of {', '.join(SCHEMES)}")
    return scheme


def to_2023(label: str, scheme: str) -> str:
    """The SemEval-2023 technique a label of ``scheme`` stands for."""
    scheme = check_scheme(scheme)
    table = {"semeval2023": {t: t for t in BY_ID}, "semeval2020": PTC_TO_2023,
             "semeval2021": MEMES_TO_2023}[scheme]  # fmt: skip
    try:
        return table[label]
    except KeyError:
        raise PipelineError(f"{label!r} is not a {scheme} technique label") from None


def from_2023(technique: str, scheme: str) -> str | None:
    """The label of ``scheme`` for a SemEval-2023 technique, or None where it has none."""
    scheme = check_scheme(scheme)
    if technique not in BY_ID:
        raise PipelineError(f"{technique!r} is not a semeval2023 technique")
    if scheme == "semeval2023":
        return technique
    return (T2023_TO_PTC if scheme == "semeval2020" else T2023_TO_MEMES)[technique]


def convert(label: str, source: str, target: str) -> str | None:
    """Translate a label between schemes; None when ``target`` has no counterpart."""
    if source == target:
        check_scheme(source)
        if label not in LABELS[source]:  # type: ignore[index]
            raise PipelineError(f"{label!r} is not a {source} technique label")
        return label
    return from_2023(to_2023(label, source), target)


def technique(label: str, scheme: str = DEFAULT_SCHEME) -> Technique:
    """The taxonomy entry behind a label of any scheme."""
    return BY_ID[to_2023(label, scheme)]
