"""Small cases for Check M (batch SV SW SX): a bare-label follow-up at a Russian-language
briefing that asks what the measure just promised may be ("Речь может идти об …?") is the last
named asker's."""

import pytest

from structure_support import spoken_rows

_BRIEFING = (
    "Брифинг официального представителя МИД России, Москва, 5 марта 2026 года\n\n"
    "Из ответов на вопросы:\n\n"
    "Вопрос: Добрый день! {asker}, «{outlet}». Эстония объявила о закрытии ещё одного "
    "пункта пропуска на границе. Как на это ответит Москва?\n\n"
    "М.В.Захарова: Мы уже выразили протест эстонской стороне. Если ситуация не изменится, "
    "последуют ответные шаги.\n\n"
    "Вопрос: {follow}\n\n"
    "М.В.Захарова: Не буду забегать вперёд. Все варианты находятся на рассмотрении.\n\n"
    "Вопрос (ТАСС): Как вы оцениваете заявления Таллина о «временном характере» мер?\n\n"
    "М.В.Захарова: Временное у них обычно становится постоянным.\n"
)


@pytest.mark.parametrize(
    ("asker", "outlet", "follow"),
    [
        ("Анна Левина", "Известия", "Речь может идти об ответных визовых мерах?"),
        ("Павел Орлов", "Коммерсантъ", "Речь идёт о транспортных ограничениях?"),
        ("Ольга Дронова", "РБК", "Речь может идти о симметричном закрытии пунктов?"),
    ],
)
def test_bare_label_follow_up_on_the_answers_measure_is_the_last_askers(
    asker: str, outlet: str, follow: str
) -> None:
    rows = spoken_rows(_BRIEFING.format(asker=asker, outlet=outlet, follow=follow))
    questions = [(sp, body) for label, sp, body in rows if label == "question"]
    assert [sp for sp, _ in questions[:2]] == [asker, asker]
    assert questions[1][1].startswith("Речь")
    # (a new labelled asker is not the follow-up's)
    assert questions[2][0] != asker


_SUNDAY_SHOW = (
    "Meet the Press - March 1, 2026\n\n"
    "KRISTEN WELKER:\n"
    "Good Sunday morning. Joining me now is Senator Alan Reyes. Senator, welcome.\n\n"
    "SEN. ALAN REYES:\n"
    "Good morning, Kristen. Thanks for having me.\n\n"
    "KRISTEN WELKER:\n"
    "Why did you vote against the bill? Your own state would get the money.\n\n"
    "SEN. ALAN REYES:\n"
    "Because the money comes with strings that my governor cannot accept.\n\n"
    "[CROSSTALK]\n\n"
    "KRISTEN WELKER:\n"
    "{cut_in}\n\n"
    "SEN. ALAN REYES:\n"
    "Things changed, Kristen. The formula is not the one we negotiated.\n"
)


@pytest.mark.parametrize(
    "cut_in",
    [
        "– Senator, you co-sponsored the first version of it.",
        "— But your governor signed a letter in favor of it.",
    ],
)
def test_cut_in_dash_under_a_label_alone_on_its_line_is_kept(cut_in: str) -> None:
    rows = spoken_rows(_SUNDAY_SHOW.format(cut_in=cut_in))
    assert any(body.startswith(cut_in[0]) and body == cut_in for _, _, body in rows)


_LINE_DROPS = (
    "MARGARET BRENNAN: Senator, welcome back to Face the Nation.\n\n"
    "SEN. RUTH OKAFOR: Thank you, Margaret.\n\n"
    "MARGARET BRENNAN: Will the Senate take up the water bill before the recess?\n\n"
    "SEN. RUTH OKAFOR: I hope so. (inaudible) –\n\n"
    "MARGARET BRENNAN: {drop}\n\n"
    "SEN. RUTH OKAFOR: I said I hope so. The votes are there if leadership schedules it.\n\n"
    "MARGARET BRENNAN: And the farm bill after that, do the votes exist there too?\n\n"
    "SEN. RUTH OKAFOR: Not yet, but we are close.\n"
)


@pytest.mark.parametrize(
    "drop",
    [
        "I'm sorry, Senator, we lost you for a moment there.",
        "Senator, I think we've lost the line for a second.",
    ],
)
def test_host_saying_the_line_dropped_puts_no_question(drop: str) -> None:
    rows = spoken_rows(_LINE_DROPS.format(drop=drop))
    assert [label for label, _, body in rows if body == drop] == ["other"]
