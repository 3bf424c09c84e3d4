"""Label shapes the widened label-style matrix met (session 25, part C): an Arabic article in a
capitals label; a surname's particles in a name alone on its line and after a host's role word;
a Cyrillic article (`аль-`); a full name padded to the words with a tab or three spaces where the
colon would stand."""

import pytest

from structure_support import spoken_rows

_EN_CAPS_ARTICLE = """Water talks after the drought

2 June 2026

LENA BRANDT: Minister, how much water will the new treaty release?

KHALID AL-MASRI: Four hundred million cubic metres a year, in two tranches.

LENA BRANDT: Who checks that it arrives?

KHALID AL-MASRI: A joint commission, with engineers from both sides of the river.
"""

_EN_HOST_ROLE_HYPHEN = """Weekend Politics

Host Sarah Clarke-Wood: Good morning. Is the budget in trouble?

Chancellor Peter Lang: No. Revenue is ahead of the forecast by two billion.

Clarke-Wood: Then why cut the rail budget?

Lang: We moved it to next year, we did not cut it.
"""

_EN_HOST_ROLE_PARTICLES = """Morning Briefing

Host Marco van den Heuvel: Welcome. What went wrong at the airport on Friday?

Director Julia Ambrose: A power failure in the baggage hall, for about four hours.

Van den Heuvel: Will passengers be compensated?

Ambrose: Yes, everyone whose flight was cancelled will get a refund.
"""

_EN_OWN_LINE_PARTICLES = """The Climate Hour, episode 12

Sofia dos Santos
Welcome. How fast are the glaciers in the Alps shrinking now?

Ruud van der Meer
Faster than any model predicted ten years ago, about two percent a year.

Sofia dos Santos
Can anything slow it down?

Ruud van der Meer
Only cutting emissions, and that works on a scale of decades.
"""

_EN_OWN_LINE_CAPS_ARTICLE = """Transcript: the desalination plant

Nadia AL-HASHEMI
What will the plant cost the city?

Tom Becker
About four hundred million, spread over six years.

Nadia AL-HASHEMI
And what will it do to the price of water?

Tom Becker
It will add a few cents per cubic metre at most.
"""

_RU_ARTICLE = """Интервью о торговле

3 мая 2026 года

Ольга Белова: Как изменится товарооборот в этом году?

Фарид аль-Насри: Мы ждём роста примерно на десять процентов.

Ольга Белова: За счёт чего?

Фарид аль-Насри: За счёт новых поставок зерна и удобрений.
"""

_EN_TAB_NAMES = """Oral history project, interview 7

Ruth Calloway\tCan you tell me where you grew up?

Daniel Osei\tIn a small town near Kumasi, above my father's shop.

Ruth Calloway\tWhen did you come to Leeds?

Daniel Osei\tIn 1979, to study engineering at the university.
"""

_UK_PADDED_NAMES = """Розмова про бібліотеки

Ганна Коваль   Чому в селах закриваються бібліотеки?

Петро Шульга   Бо громади не мають грошей на опалення приміщень.

Ганна Коваль   Що може допомогти?

Петро Шульга   Спільні простори зі школами і центрами надання послуг.
"""

CASES = [
    ("caps label article", _EN_CAPS_ARTICLE, ["Lena Brandt", "Khalid al-Masri"]),
    ("host role, hyphenated surname", _EN_HOST_ROLE_HYPHEN, ["Sarah Clarke-Wood", "Peter Lang"]),
    (
        "host role, particles",
        _EN_HOST_ROLE_PARTICLES,
        ["Marco van den Heuvel", "Julia Ambrose"],
    ),
    ("own line particles", _EN_OWN_LINE_PARTICLES, ["Sofia dos Santos", "Ruud van der Meer"]),
    ("own line caps article", _EN_OWN_LINE_CAPS_ARTICLE, ["Nadia al-Hashemi", "Tom Becker"]),
    ("cyrillic article", _RU_ARTICLE, ["Ольга Белова", "Фарид аль-Насри"]),
    ("tab after the name", _EN_TAB_NAMES, ["Ruth Calloway", "Daniel Osei"]),
    ("three spaces after the name", _UK_PADDED_NAMES, ["Ганна Коваль", "Петро Шульга"]),
]


@pytest.mark.parametrize(("text", "voices"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speakers_and_roles(text: str, voices: list[str]) -> None:
    rows = spoken_rows(text)
    asker, answerer = voices
    assert [r[1] for r in rows] == [asker, answerer, asker, answerer]
    assert [r[0] for r in rows] == ["question", "answer", "question", "answer"]
    # the label is no part of the words
    assert not any(r[2].startswith(tuple(voices)) for r in rows)
