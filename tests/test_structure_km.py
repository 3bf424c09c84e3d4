"""Small cases found by the blind batch KM: label-less Russian and Ukrainian press interviews — a
guest writer's byline with its credit on the next line, the closing exchange of thanks after a
third voice answered in the guest's stead, a dossier box set one line a paragraph under a
photographer's colonless credit, and a bare photo credit between an answer and a question."""

import pytest

from structure_support import turn_rows

BOLD = (
    "Городской сайт\n"
    "«Люди стали считать каждую тысячу»: ресторатор Вера Громова — о рынке\n"
    "Громова открыла первое заведение в 2009 году. Мы спросили, как живёт рынок.\n"
    "{byline}\n"
    "21 февраля 2025, 18:05\n"
    "Ресторатор Вера Громова, владелица четырёх кафе в центре, рассказала, что будет дальше.\n"
    "**Вера, давайте сразу к главному. Улица пустеет?**\n"
    "Нет, не пустеет, она меняется. Закрываются одни, на их место приходят другие.\n"
    "**Гости стали меньше ходить?**\n"
    "Гости ходят, но ведут себя по-другому. Люди стали считать каждую тысячу.\n"
    "{credit}\n"
    "**Вы поднимали цены в меню?**\n"
    "Дважды за прошлый год, в сумме процентов на двенадцать. Больше нельзя.\n"
    "**Что будет с улицей через пять лет?**\n"
    "Я думаю, останутся сетевые проекты и совсем маленькие авторские места.\n"
)


@pytest.mark.parametrize(
    ("byline", "asker"),
    [
        # the name, a comma, then the credit on a line of its own over the date
        ("Дарья Литвинова,\nспециально для «Городского сайта»", "Дарья Литвинова"),
        # the same credit on the name's line
        ("Дарья Литвинова, специально для «Городского сайта»", "Дарья Литвинова"),
    ],
)
def test_guest_writer_byline_asks(byline: str, asker: str) -> None:
    rows = turn_rows(BOLD.format(byline=byline, credit="Фото: Михаил Огнев / «Сайт.ру»"))
    assert {s for label, s, _ in rows if label == "question"} == {asker}


@pytest.mark.parametrize(
    ("credit", "row"),
    [
        # a bare credit, the photographer and the outlet: the page's own row between turns
        ("Фото: Михаил Огнев / «Сайт.ру»", True),
        # a caption that describes the picture stays off the rows
        ("Фото: кафе на улице в выходной. Фото Сайт", False),
    ],
)
def test_bare_credit_between_answer_and_question(credit: str, row: bool) -> None:
    rows = turn_rows(BOLD.format(byline="Дарья Литвинова,\nспециально для «Сайта»", credit=credit))
    assert (("other", None, credit) in rows) is row
    assert rows[3][2].endswith("каждую тысячу.")


DASH = (
    "ОБЛАСНА ГАЗЕТА\n"
    "Фермер із Ярмолинеччини: «Землю не обдуриш»\n"
    "Людмила КОСТЕЦЬКА, Ярмолинці\n"
    "12.09.2024\n"
    "Господарство Василя Ковбасюка в селі Шарівка — одне з небагатьох, де тримають стадо.\n"
    "– Василю Петровичу, кажуть, корів у районі майже не лишилося. У вас скільки?\n"
    "– Сто сорок голів, з них дійних – вісімдесят шість. Ще п’ять років тому було двісті.\n"
    "– Кому здаєте молоко?\n"
    "– Молокозаводу. Ціна зараз – чотирнадцять гривень за літр. Трохи ожили.\n"
    "– Працівників важко знайти?\n"
    "– Доярок – дуже важко. Молодь на ферму не йде, працюють жінки за п’ятдесят.\n"
    "– А діти продовжать справу?\n"
    "– Син уже продовжує, – втручається в розмову дружина фермера Ганна Ковбасюк. – Андрій "
    "закінчив аграрний університет, тепер агроном у нас.\n"
    "– Дякую за розмову і гарного врожаю.\n"
    "– Дякуємо. Приїжджайте восени на молоде вино.\n"
)


def test_closing_thanks_after_a_third_voice_answered() -> None:
    rows = turn_rows(DASH)
    assert rows[-3][1] == "Ганна Ковбасюк"
    assert rows[-2][:2] == ("other", "Людмила Костецька")
    assert rows[-1][:2] == ("answer", "Василь Ковбасюк")


PLAIN = (
    "КИРОВСКАЯ ГАЗЕТА\n"
    "Директор сельской школы: «Замены нет»\n"
    "Елена ШИРЯЕВА\n"
    "14 марта 2025\n"
    "Виктор Бусыгин руководит Филипповской школой двадцать лет. Мы поговорили с ним о кадрах.\n"
    "Виктор Николаевич, сколько сейчас у вас учеников?\n"
    "Девяносто шесть, включая дошкольную группу. Десять лет назад было сто сорок.\n"
    "С кадрами трудно?\n"
    "Очень. Средний возраст коллектива — пятьдесят четыре года. Замены нет.\n"
    "Чем школа живёт, кроме уроков?\n"
    "У нас есть школьное лесничество, ребята ездят на олимпиады.\n"
    "Что бы вы попросили у власти, если бы можно было попросить одно?\n"
    "Новый автобус. И дорогу. Это уже два, но одно без другого не работает.\n"
    "{credit}"
    "Справка «КГ»\n"
    "Филипповская средняя школа основана в 1886 году как земское училище.\n"
)


@pytest.mark.parametrize("credit", ["Фото автора.\n", "Фото из архива школы\n", ""])
def test_dossier_box_set_one_line_a_paragraph(credit: str) -> None:
    rows = turn_rows(PLAIN.format(credit=credit))
    assert rows[-1][2].endswith("одно без другого не работает.")
