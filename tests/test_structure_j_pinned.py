"""The twenty-first session's first mends: speaker misses check J left pinned (an outlet the lead
calls a "media outlet", a "last question" call's follow-up, "Sorry, just to follow up", a chair's
address handing the floor to a label that shares his initial, RIA's reversed teller, Vedomosti's
byline over a date line that runs on to the print issue)."""

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

PIPE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

CASES = [
    (
        "Interview of the President of Ukraine to Postimees\n\n"
        "4 February 2026 - 11:00\n\n"
        "The President gave an interview to the Estonian media outlet Postimees. The "
        "conversation was conducted by journalist Marta Ozola.\n\n"
        "Postimees: Mr. President, how is the grid holding up?\n\n"
        "Volodymyr Zelenskyy: It is hard, but it holds.\n\n"
        "Postimees: And the drones?\n\n"
        "Volodymyr Zelenskyy: We shoot most of them down.\n",
        "And the drones?",
        "Marta Ozola",
    ),
    (
        "Secretary Rubio's Press Availability\n\n"
        "SECRETARY RUBIO:  Thank you all for coming.\n\n"
        "MR PIGOTT:  Final question, Dana Holt, Reuters.\n\n"
        "QUESTION:  Thanks.  Mr. Secretary, will the talks resume next week?\n\n"
        "SECRETARY RUBIO:  We expect so.  The teams are in touch.\n\n"
        "QUESTION:  Where will they be held?\n\n"
        "SECRETARY RUBIO:  We will announce that in due course.\n",
        "Where will they be held?",
        "Dana Holt",
    ),
    (
        "PM press conference: 3 March 2026\n\n"
        "PM: Good afternoon. Today we set out the plan.\n\n"
        "Question: Anna Reid, ITV News. Prime Minister, why now?\n\n"
        "PM: Because the plan is ready and the money is there.\n\n"
        "Question: Sorry, just to follow up, what about the north?\n\n"
        "PM: The north gets its share.\n",
        "Sorry, just to follow up",
        "Anna Reid",
    ),
    (
        "PM press conference: 3 March 2026\n\n"
        "PM: Good afternoon. Today we set out the plan.\n\n"
        "Question: Hi, Prime Minister. Tom Lake, The Times. The defence review has been delayed "
        "twice. How will you make sure this isn't another review that changes nothing?\n\n"
        "PM: Every recommendation will be costed, and every one will be funded. That's a big "
        "change from what we saw before.\n\n"
        "Question: And a second one, if I may, on Ukraine, are British troops going to be part "
        "of a reassurance force this year?\n\n"
        "PM: We have been clear.\n",
        "And a second one",
        "Tom Lake",
    ),
    (
        "Михаил Мишустин провёл совещание с вице-премьерами\n\n"
        "М.Мишустин: Добрый день. Марат Шакирзянович, как идёт ремонт дорог?\n\n"
        "М.Хуснуллин: Михаил Владимирович, ремонт идёт по графику.\n\n"
        "М.Мишустин: Спасибо.\n",
        "Михаил Владимирович, ремонт",
        "Марат Хуснуллин",
    ),
    (
        "РИА Новости\nПолитика   В мире   Экономика   Общество\nВ мире\n\n"
        "Посол: Чили готово нарастить поставки рыбы в Россию\n\n"
        "10:40 12.03.2026 (обновлено: 11:02 12.03.2026)\n\n"
        "© РИА Новости / Пресс-служба посольства Чили\nПосол Чили в России Хорхе Фуэнтес\n\n"
        "МОСКВА, 12 мар — РИА Новости. Чили рассчитывает в этом году увеличить экспорт рыбы и "
        "фруктов в Россию, рассказал в интервью РИА Новости посол республики в Москве Хорхе "
        "Фуэнтес.\n\n"
        "— Господин посол, каким был прошлый год для торговли между Россией и Чили?\n\n"
        "— Неплохим, хотя и не рекордным. Товарооборот превысил 300 миллионов долларов. Основа "
        "нашего экспорта — лосось и фрукты.\n\n"
        "Фрукты для нас очень важны, потому что это сердце экономики юга страны.\n\n"
        "Читайте также: Россия и Перу обсудили поставки рыбы\n\n"
        "— На сколько вы рассчитываете увеличить поставки лосося?\n\n"
        "— Наши производители готовы нарастить объемы примерно на 10%.\n\n"
        "Конечно, есть проблема логистики: путь морем занимает больше месяца.\n",
        "Неплохим, хотя",
        "Хорхе Фуэнтес",
    ),
    (
        "Ведомости\n\n"
        "Гендиректор «Портов Севера»: «Мы не ждем роста раньше весны»\n\n"
        "Игорь Лесков о простое портов\n\n"
        "Ольга Савина\n"
        "05 марта 2026, 00:31  ·  Газета № 39 (5960)\n\n"
        "Холдинг управляет тремя портами на Белом море.\n\n"
        "— Сколько стоит простой?\n\n"
        "— Около миллиарда рублей в год.\n\n"
        "— Когда откроется навигация?\n\n"
        "— Не раньше мая.\n",
        "Сколько стоит простой?",
        "Ольга Савина",
    ),
]


@pytest.mark.parametrize(("text", "prefix", "speaker"), CASES)
def test_pinned_speaker_named(text: str, prefix: str, speaker: str) -> None:
    doc = PIPE(read_text(text))
    found = [s for s in doc.layer("turns") if doc.span_text(s).startswith(prefix)]
    assert len(found) == 1
    assert found[0].attrs["speaker"] == speaker
