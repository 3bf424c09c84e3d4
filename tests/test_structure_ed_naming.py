"""Round-26 (ED) naming from the page: role labels whose holder the lead, caption or credit
names; instrumental names in leads; author fields; particles around a surname."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from rhetoscope.structure.turns import analyse


def speakers(text: str) -> set[tuple[str, str | None]]:
    return {
        (sp.label, sp.attrs.get("speaker")) for sp in analyse(text).turns if sp.label != "other"
    }


@pytest.mark.parametrize("label", ["Гість", "Гостя", "Гостья"])
def test_guest_words_answer(label: str) -> None:
    assert classify_label(label).kind is LabelKind.ANSWER


CASES = [
    (
        # A patronymic pair declined whole in the lead; "Гість:" answers as that person.
        "Новини › Інтерв'ю\n\n«Ціни стабілізуються»\n\n3 квітня 2024\n\n"
        "Ведучий Олег Кравець поговорив із заступником голови банку Сергієм Миколайовичем "
        "Ткачуком про інфляцію.\n\n"
        "Ведучий: Пане Сергію, що з цінами?\n\nГість: Інфляція сповільнюється.\n\n"
        "Ведучий: Коли знизиться ставка?\n\nГість: Не раніше осені.\n",
        {("answer", "Сергій Ткачук")},
    ),
    (
        # A one-word office whose holder the lead names in the instrumental; "Текст:" is the
        # byline, and the correspondent asks as its writer.
        "Главная / Интервью\n\nПосол в Чили: «Торговля растёт»\n\nТекст: Мария Зуева\n\n"
        "Корреспондент побеседовала с Чрезвычайным и Полномочным Послом России в Чили "
        "Игорем Семёновичем Ладыгиным.\n\n"
        "Корреспондент: Как растёт товарооборот?\n\nПосол: На десять процентов.\n\n"
        "Корреспондент: А туризм?\n\nПосол: Вдвое.\n",
        {("question", "Мария Зуева"), ("answer", "Игорь Ладыгин")},
    ),
    (
        # First-name labels completed by the lead's instrumental pair and a closing author field.
        "Бізнес › Розмова\n\n«Ми почали з гаража»\n\n2 травня 2024\n\n"
        "Ми поговорили зі співзасновницею компанії Іриною Гуменюк.\n\n"
        "Марта: Як з'явилася ідея?\n\nІрина: Випадково.\n\nМарта: Хто був першим клієнтом?\n\n"
        "Ірина: Сусідня крамниця.\n\nТекст: Марта Стефанишин-де Вріс\n",
        {("question", "Марта Стефанишин-де Вріс"), ("answer", "Ірина Гуменюк")},
    ),
    (
        # An office holder written with a particle, beside a headline where a verb follows the
        # office; a programme credit names two presenters, the guest thanks one by name.
        "Morning Show\nPort levy 'fair', says minister\n\n"
        "Transport Minister Johan de Wet says the levy will be reviewed.\n\nTranscript\n\n"
        "Presenter: Minister, is the levy a tax?\n\nMinister: No, it is ring-fenced.\n\n"
        "Presenter: Johan de Wet, thank you.\n\nMinister: Thank you, Priya.\n\n"
        "Morning Show is presented by Priya Raman and Tom Ellis.\n",
        {("question", "Priya Raman"), ("answer", "Johan de Wet")},
    ),
    (
        # The caption names the mayor right after the office; the headline's "Mayor says …"
        # is no holder.
        "The Courier\n\nQ&A: Mayor says Bay Road lanes will stay\n\nBy Courier Staff\n\n"
        "Mayor Lena Ortiz-Brandt at City Hall on Friday. (Photo / The Courier)\n\n"
        "We sat down with the mayor to ask about traffic.\n\n"
        "The Courier: Are the lanes staying?\n\nMayor: They are.\n\n"
        "The Courier: And the budget?\n\nMayor: It is tight.\n",
        {("answer", "Lena Ortiz-Brandt")},
    ),
    (
        # An event's cast line names the chair; names flank particles in the speaker list.
        'Institute for Ports\nEvents / Transcripts\n\nTranscript: "Ports After the Storm"\n\n'
        "Moderator: Hannah Blake, Senior Fellow\n\nSpeakers\n"
        "Dr. Omar bin Khalid Al-Nuaimi — Visiting Scholar, Port Institute\n"
        "Captain Luis de Castro Mendes — former Harbour Master\n\n"
        "MODERATOR: Welcome. Captain de Castro, what changed?\n\n"
        "DE CASTRO: Insurance costs doubled.\n\nMODERATOR: Dr. Al-Nuaimi, will that last?\n\n"
        "AL-NUAIMI: I don't think so.\n\nMODERATOR: And the rates?\n\n"
        "AL-NUAIMI: They will settle.\n",
        {
            ("question", "Hannah Blake"),
            ("answer", "Luis de Castro Mendes"),
            ("answer", "Omar bin Khalid Al-Nuaimi"),
        },
    ),
    (
        # A hyphenated article takes the running text's lower case.
        "Review › Interviews\n\nDr. Samira al-Tamimi talks to Ruth Kane.\n\nBy Ruth Kane\n\n"
        "Kane: Why do plans fail?\n\nAl-Tamimi: They plan for the last drought.\n\n"
        "Kane: Thank you.\n\nAl-Tamimi: My pleasure.\n",
        {("answer", "Samira al-Tamimi")},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_named_from_page(text: str, want: set[tuple[str, str | None]]) -> None:
    got = speakers(text)
    assert want <= got, got
