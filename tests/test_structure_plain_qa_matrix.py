"""Label-less Q&A pages (plain, bold or dash questions): who answers is read from a person
reading of the lead or headline — an inverted verb of saying, a lead's apposition, a dative
outlet told, a quote headline, a Cyrillic credit-field byline, a short feminine instrumental —
never from page furniture (benchmarks/structure_plain_qa_matrix.py composes the layouts)."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

_PIPE = build_pipeline(["metadata", "sentences", "turns"])

# (header and lead, questions' speaker, answers' speaker, question form, answer form)
CASES = [
    pytest.param(
        "Trade\n\nWhat the tariff truce means for farmers\n\n4 May 2026\n\n"
        "Exporters can plan for the harvest again, says Agriculture Minister Lena Brandt.\n\n",
        None,
        "Lena Brandt",
        "**{}**",
        "{}",
        id="en-says-after-bold",
    ),
    pytest.param(
        "Housing\n\nThe rent cap one year on\n\n2 June 2026\n\n"
        "The cap has kept families in their homes, argues Housing Secretary Omar Haddad.\n\n",
        None,
        "Omar Haddad",
        "— {}",
        "— {}",
        id="en-argues-after-dash",
    ),
    pytest.param(
        "Tags: Tourism, Cruise Ships, Western Norway\n\n"
        'Marta Solberg: "The fjords need a new kind of tourism"\n\n'
        "By Kari Lunde and Erik Moe\n9 April 2026\n\n"
        "Cruise traffic doubled in a decade. We asked what comes next.\n\n",
        None,
        "Marta Solberg",
        "**{}**",
        "{}",
        id="en-quote-headline-bold",
    ),
    pytest.param(
        "Главная › Экономика\n\nПорты после навигации\n\n3 ноября 2026 года\n\n"
        "Игорь Дьяков, глава морской администрации, ответил на вопросы «Известий» о грузах "
        "и тарифах.\n\n",
        None,
        "Игорь Дьяков",
        "— {}",
        "— {}",
        id="ru-apposition-dash",
    ),
    pytest.param(
        "Економіка\n\nЗерновий коридор восени\n\n3 листопада 2026 року\n\n"
        "Голова асоціації портів Тарас Левченко розповів Укрінформу про вантажі і тарифи.\n\n",
        None,
        "Тарас Левченко",
        "{}",
        "{}",
        id="uk-told-dative-outlet-plain",
    ),
    pytest.param(
        "ІНТЕРВ'Ю\n\nШкола після канікул\n\n1 вересня 2026 року\n\n"
        "Ми поговорили з Юлією Остапенко про новий навчальний рік і укриття.\n\n",
        None,
        "Юлія Остапенко",
        "– {}",
        "– {}",
        id="uk-short-feminine-instrumental",
    ),
    pytest.param(
        "ИНТЕРВЬЮ\n\nЗима без перебоев\n\nАвтор: Ольга Смирнова\n12 марта 2026 года\n\n"
        "Город готовится к холодам. Мы спросили о котельных и ремонте сетей.\n\n",
        "Ольга Смирнова",
        None,
        "— {}",
        "— {}",
        id="ru-credit-field-byline-asks",
    ),
]
EN_QA = (
    ("Will prices fall this year?", "Not this year, but the trend is down."),
    ("What worries you most?", "The weather. One bad month undoes a good season."),
    ("And next year?", "Next year we expect the new contracts to start."),
)
RU_QA = (
    ("Хватит ли мощностей этой зимой?", "Да, запас есть, ремонт закончен в сентябре."),
    ("Что беспокоит больше всего?", "Погода. Один плохой месяц перечёркивает сезон."),
    ("А в следующем году?", "В следующем году начнут действовать новые договоры."),
)
UK_QA = (
    ("Чи вистачить потужностей цієї зими?", "Так, запас є, ремонт завершили у вересні."),
    ("Що турбує найбільше?", "Погода. Один поганий місяць перекреслює сезон."),
    ("А наступного року?", "Наступного року почнуть діяти нові договори."),
)


@pytest.mark.parametrize(("head", "asker", "answerer", "q_form", "a_form"), CASES)
def test_label_less_answerer(
    head: str, asker: str | None, answerer: str | None, q_form: str, a_form: str
) -> None:
    qa = RU_QA if "ы" in head else UK_QA if "і" in head else EN_QA
    text = head + "".join(f"{q_form.format(q)}\n\n{a_form.format(a)}\n\n" for q, a in qa)
    doc = _PIPE(read_text(text, source="page.txt"))
    turns = [(t.label, t.attrs.get("speaker")) for t in doc.layer("turns")]
    assert turns == [("question", asker), ("answer", answerer)] * len(qa)
