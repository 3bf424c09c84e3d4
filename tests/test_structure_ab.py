"""Round 58, batch VG VH: a Russian interviewer's credit over a dossier box set in paragraphs, a
photo credit with a colon over a reference box, a cable host bringing the guest in with "Here
now, …" greeted back before the thanks, a bare "Can I follow up?" before the question, and a
plain Q&A whose lead has the guest speak to the outlet the byline signs."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text


def _doc(text: str):
    return build_pipeline(["metadata", "sentences", "turns"])(read_text(text))


def turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = _doc(text)
    return [(t.label, t.attrs.get("speaker"), doc.span_text(t)) for t in doc.layer("turns")]


_KOMMERSANT = (
    "Коммерсантъ\n\n"
    "«Мы не успеваем за спросом»\n\n"
    "Глава «Уралхимпласта» о полимерах и кадрах\n\n"
    "12.03.2026, 00:05\n\n"
    "О том, почему завод снова расширяется и где искать инженеров, “Ъ” рассказал генеральный "
    "директор «Уралхимпласта» Олег Самойлов.\n\n"
    "— Насколько загружены мощности?\n\n"
    "— Почти полностью. Мы работаем в три смены и все равно не успеваем за спросом.\n\n"
    "— Где вы берете инженеров?\n\n"
    "— Растим сами. У нас своя кафедра в политехе, выпуск — сорок человек в год.\n\n"
    "— Что дальше?\n\n"
    "— Новая линия в 2027 году. Проект уже прошел экспертизу.\n\n"
    "Интервью взяла Анна Круглова\n\n"
    "Личное дело\n\n"
    "Олег Самойлов родился в 1975 году в Нижнем Тагиле. С 2019 года возглавляет "
    "«Уралхимпласт».\n\n"
    "Компании\n\n"
    "«Уралхимпласт»\n\n"
    "Читайте также\n"
    "Химики просят льготные кредиты\n"
)

_RG = (
    "Российская газета\n\n"
    "Паромы на Оби откроют раньше срока\n\n"
    "Текст: Мария Орлова\n"
    "14.04.2026\n\n"
    "О том, когда откроется навигация, рассказал начальник управления транспорта Новосибирской "
    "области Павел Егоров.\n\n"
    "Павел Андреевич, когда пойдут первые паромы?\n\n"
    "Если лед сойдет вовремя, то в конце апреля. Суда уже прошли освидетельствование.\n\n"
    "Сколько переправ будет работать?\n\n"
    "Двенадцать, как и в прошлом году. Две из них круглосуточные.\n\n"
    "Подорожает ли проезд?\n\n"
    "Нет, тарифы останутся прежними. Льготы для пенсионеров тоже сохраняются.\n\n"
    "Фото: пресс-служба правительства Новосибирской области\n\n"
    'Справка "РГ"\n\n'
    "В Новосибирской области работает 12 паромных переправ через Обь и ее притоки.\n\n"
    "Поделиться\n"
)

_FOX = (
    "JANE ROE, FOX NEWS HOST: Egg prices fell for a second month, and the administration says "
    "the worst is over. Here now, Agriculture Secretary Tom Hale. Mr. Secretary, good to see "
    "you tonight.\n\n"
    "TOM HALE, AGRICULTURE SECRETARY: Good to see you, Jane. Thanks for having me.\n\n"
    "ROE: Is the worst really over?\n\n"
    "HALE: For eggs, yes. The flocks are rebuilding faster than we expected.\n\n"
    "ROE: And for beef?\n\n"
    "HALE: Beef will take longer. The herd is still small.\n"
)

_PENTAGON = (
    "U.S. Department of War\nTranscript\n"
    "Pentagon Press Secretary Holds a Press Briefing\n"
    "April 2, 2026\n\n"
    "MS. REYES:  Good afternoon. I'll take a few questions.\n\n"
    "Q:  Thanks, Ana. Lara Seligman, Wall Street Journal. Will the Navy extend the "
    "deployment of the carrier group?\n\n"
    "MS. REYES:  That decision rests with the Secretary, and he has not made it yet.\n\n"
    "Q:  Can I follow up? Is the U.S. asking allies to send ships?\n\n"
    "MS. REYES:  We are always talking with allies. All right, next.\n"
)

_DELFI = (
    "DELFI EN\n"
    "News  Lithuania  World  Opinion\n\n"
    "Energy\n"
    "Minister: the Baltic grid link will carry Ukrainian power by 2028\n\n"
    "Mantas Petrauskas, DELFI\n"
    "2026-02-10 09:30\n\n"
    "Kyiv wants to sell electricity to the Baltic states once the war allows. Oksana Hrytsenko, "
    "Ukraine's Deputy Minister of Energy, who oversees the grid programme, spoke to DELFI in "
    "Riga.\n\n"
    "When could Ukrainian power reach Lithuania?\n\n"
    "The physical link through Poland exists already. What we need is capacity, and that "
    "means new lines on both sides of the border.\n\n"
    "Is there enough power to export while the war goes on?\n\n"
    "In the summer, yes. Our solar parks produce more than we use in the middle of the day.\n\n"
    "What does Ukraine need from the Baltic states?\n\n"
    "Transformers, first of all, and engineers who know the European grid code.\n\n"
    "Are there plans for a joint company?\n\n"
    "We are discussing it. I cannot say more until the governments agree.\n"
)


CASES = [
    # The credit paragraph right over the dossier heading's paragraph ends the last answer;
    # its name asks the dashed questions.
    (_KOMMERSANT, 0, ("question", "Анна Круглова", None)),
    (
        _KOMMERSANT,
        -1,
        ("answer", "Олег Самойлов", "Новая линия в 2027 году. Проект уже прошел экспертизу."),
    ),
    # A photo credit with a colon between the last answer and the reference box is the box's.
    (
        _RG,
        -1,
        (
            "answer",
            "Павел Егоров",
            "Нет, тарифы останутся прежними. Льготы для пенсионеров тоже сохраняются.",
        ),
    ),
    # "Here now, <post> <name>." brings the guest in; greeted back, then thanked: the set-up
    # asks nothing.
    (_FOX, 0, ("other", "Jane Roe", None)),
    # A bare "Can I follow up?" and a question after the named reporter's answer: hers.
    (_PENTAGON, 3, ("question", "Lara Seligman", None)),
    # The guest spoke to the outlet the byline signs after its writer's name: the writer asks,
    # the guest answers.
    (_DELFI, 0, ("question", "Mantas Petrauskas", None)),
    (_DELFI, 1, ("answer", "Oksana Hrytsenko", None)),
]


@pytest.mark.parametrize(("text", "index", "want"), CASES)
def test_turn(text: str, index: int, want: tuple[str, str | None, str | None]) -> None:
    got = turns(text)[index]
    label, speaker, body = want
    assert got[0] == label
    assert got[1] == speaker
    if body is not None:
        assert got[2].strip() == body
