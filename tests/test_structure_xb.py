"""Check Q, batch UE UI UJ: a Ukrainian copyright line in its neuter form under the closing
thanks, a briefing follow-up broken off at a dash, a cable host bringing the guest in with
"Here's …" and greeting them, a rush transcript's publication fields above the player's caption
and the audio widget, and a press approach's "А …?" follow-up that gives its reason."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text


def _doc(text: str):
    return build_pipeline(["metadata", "sentences", "turns"])(read_text(text))


def turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = _doc(text)
    return [(t.label, t.attrs.get("speaker"), doc.span_text(t)) for t in doc.layer("turns")]


_SUSPILNE = (
    "Суспільне Новини\n\n"
    "Міністерка охорони здоров'я про нові лікарні в громадах\n"
    "12 березня 2026, 09:10\n\n"
    "Міністерка розповіла в ефірі Суспільного, скільки опорних лікарень відкриють цього року. "
    "Публікуємо головне з розмови.\n\n"
    "Олена Шевчук: Пані міністерко, скільки лікарень запрацює до кінця року?\n\n"
    "Марія Гнатюк: Двадцять чотири, переважно в прифронтових областях.\n\n"
    "Олена Шевчук: Хто їх фінансуватиме?\n\n"
    "Марія Гнатюк: Держава і партнери, громади дають приміщення.\n\n"
    "Олена Шевчук: Дякую, пані міністерко.\n\n"
    "Читайте також:\n"
    "МОЗ: у громадах відкриють нові амбулаторії\n\n"
    "Теги: МОЗ   лікарні\n\n"
    "Суспільне Новини. Всі права захищено.\n"
)

_PENTAGON = (
    "U.S. Department of War\nTranscript\n"
    "Pentagon Press Secretary Holds a Press Briefing\n"
    "March 2, 2026\n\n"
    "MS. REYES:  Good afternoon. I'll take a few questions.\n\n"
    "Q:  Thanks, Ana. Tom Bowman, NPR. Will the Guard units stay in Puerto Rico past April?\n\n"
    "MS. REYES:  They will stay as long as the governor asks for them.\n\n"
    "Q:  So does that mean --\n\n"
    "MS. REYES:  I'm going to leave it there. Thanks, everyone.\n"
)

_FOX_HOST = (
    "JOHN DOE, FOX NEWS HOST: Ports on the West Coast are backed up for a third week, and "
    "shippers are running out of patience. Here's Transportation Secretary Mark Steele. "
    "Mr. Secretary, good to see you.\n\n"
    "MARK STEELE, TRANSPORTATION SECRETARY: Great to be with you, John.\n\n"
    "DOE: How long until the backlog clears?\n\n"
    "STEELE: Two weeks, maybe three. We have added crews at both terminals.\n\n"
    "DOE: Who pays for the extra crews?\n\n"
    "STEELE: The ports do, with a federal loan we expect to be repaid.\n"
)

_FOX_PLAYER = (
    "Fox News\n"
    "U.S.   Politics   Media   Opinion   Video\n\n"
    "THE INGRAHAM ANGLE\n"
    "Labor secretary on apprenticeships: 'Every state is on board'\n"
    "By Fox News Staff | Fox News\n"
    "Published March 3, 2026 10:41pm EST\n"
    "close\n"
    "Video\n"
    "Labor secretary touts record apprenticeship numbers\n"
    "Labor Secretary Ann Cole joins 'The Ingraham Angle' to discuss the new apprenticeship "
    "grants for states.\n"
    "NEWYou can now listen to Fox News articles!\n"
    'This is a rush transcript of "The Ingraham Angle," March 3, 2026. This copy may not be in '
    "its final form and may be updated.\n\n"
    "LAURA INGRAHAM, FOX NEWS HOST: Secretary, how many apprentices started this year?\n\n"
    "ANN COLE, LABOR SECRETARY: More than seven hundred thousand, a record.\n\n"
    "INGRAHAM: And the states?\n\n"
    "COLE: Every one of them has signed on.\n"
)

_PRESIDENT_UA = (
    "Офіційне інтернет-представництво Президента України\n\n"
    "Спілкування Президента України з журналістами в Сумах\n"
    "3 березня 2026 - 15:10\n\n"
    "Президент України Володимир Зеленський під час робочої поїздки до Сумської області "
    "відповів на запитання журналістів.\n\n"
    "Сергій Никифоров: Колеги, маємо кілька хвилин. Будь ласка, «Укрінформ».\n\n"
    "Журналіст: Добрий день. Андрій Коваль, «Укрінформ». Коли відновлять міст через Сейм?\n\n"
    "Володимир Зеленський: Дякую. Проєкт готовий, роботи почнуться навесні.\n\n"
    "Сергій Никифоров: Наступне запитання – Ірина Лисенко, «Суспільне Суми».\n\n"
    "Журналістка: Пане Президенте, чи отримає область нові генератори для лікарень?\n\n"
    "Володимир Зеленський: Так, перша партія вже прибула, ще дві будуть цього місяця.\n\n"
    "Журналістка: А школи? Батьки питають про це щодня.\n\n"
    "Володимир Зеленський: Школи отримають їх у другу чергу, до квітня.\n"
)


CASES = [
    # A Ukrainian copyright line in its neuter form ("Всі права захищено") trails, so the
    # closing thanks ends at its own sentence, the "Читайте також" box with it.
    (_SUSPILNE, -1, ("other", "Олена Шевчук", "Дякую, пані міністерко.")),
    # "So does that mean --": the same reporter's follow-up, broken off by the briefer.
    (_PENTAGON, 3, ("question", "Tom Bowman", "So does that mean --")),
    # A host who brings the guest in with "Here's <post> <name>." and greets them, the guest
    # only glad to be on: the set-up asks nothing.
    (_FOX_HOST, 0, ("other", "John Doe", None)),
    # The publication fields above the player's caption, the audio widget and the rush
    # notice: the caption is no introduction turn, the first turn is the host's.
    (_FOX_PLAYER, 0, ("question", "Laura Ingraham", None)),
    # A short "А …?" follow-up that gives its reason in one sentence, right after the named
    # reporter's answer: hers.
    (_PRESIDENT_UA, -1 - 1, ("question", "Ірина Лисенко", "А школи? Батьки питають про це щодня.")),
]


@pytest.mark.parametrize(("text", "index", "want"), CASES)
def test_turn(text: str, index: int, want: tuple[str, str | None, str | None]) -> None:
    got = turns(text)[index]
    label, speaker, body = want
    assert got[0] == label
    assert got[1] == speaker
    if body is not None:
        assert got[2].strip() == body
