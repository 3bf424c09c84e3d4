"""Small cases for batch OM (kremlin.ru English, Radio Svoboda's Ukrainian broadcast page): no
mechanism changed; these pin the documented introduction conventions the batch's gold departed
from — kremlin.ru's full-stop dek over the date, time and place lines is an introduction turn,
and a Radio Svoboda headline that asks, over its byline, date and share rows, starts the
introduction (as the older Radio Svoboda fixtures have it, docs "a headline over its date")."""

from structure_support import turn_rows

_KREMLIN_EN = (
    "President of Russia\n"
    "Events\n"
    "Meeting with Primorye Territory Governor Oleg Kozhemyako\n"
    "Vladimir Putin had a working meeting with Governor of Primorye Territory Oleg Kozhemyako. "
    "The discussion focused on the socioeconomic situation in the region.\n"
    "March 12, 2025\n"
    "16:40\n"
    "The Kremlin, Moscow\n"
    "Share\n"
    "Print\n"
    "Vladimir Putin: Mr Kozhemyako, let us start with the general situation in the region. "
    "How are things going with the economy?\n"
    "Oleg Kozhemyako: Mr President, the economy of Primorye is growing.\n"
    "<…>\n"
    "Vladimir Putin: How much is needed?\n"
    "Oleg Kozhemyako: About 2.4 billion rubles from the federal budget.\n"
    "Vladimir Putin: Good. Thank you.\n"
    "Topics\n"
    "Regions\n"
)


def test_kremlin_en_dek_is_the_introduction() -> None:
    rows = turn_rows(_KREMLIN_EN)
    assert rows[0][:2] == ("other", None)
    assert rows[0][2].startswith("Vladimir Putin had a working meeting")
    assert [r[:2] for r in rows[1:]] == [
        ("question", "Vladimir Putin"),
        ("answer", "Oleg Kozhemyako"),
        ("question", "Vladimir Putin"),
        ("answer", "Oleg Kozhemyako"),
        ("other", "Vladimir Putin"),
    ]


_SVOBODA_UA = (
    "Радіо Свобода\n"
    "Новини\n"
    "Енергетика\n"
    "Блекаути влітку: чи вистачить Україні потужностей після нових ударів по ТЕС?\n"
    "Марія Шевчук\n"
    "28 травня 2025\n"
    "Поділитися\n"
    "Коментарі\n"
    "Друк\n"
    'Після чергової масованої атаки на енергетику "Укренерго" попередило про можливі графіки '
    "відключень у спеку. В ефірі обговорили ведуча Марія Шевчук та енергетичний експерт "
    "Олексій Костенко.\n"
    "Відео\n"
    "Марія Шевчук: Пане Олексію, вітаю вас в ефірі. Чи будуть графіки відключень цього літа?\n"
    "Олексій Костенко: Добрий день. Чесна відповідь – залежить від погоди.\n"
    "Марія Шевчук: Тобто відключати будуть саме ввечері?\n"
    "Олексій Костенко: Найімовірніше, так.\n"
    "Марія Шевчук: Дякую вам.\n"
    "Олексій Костенко: Дякую.\n"
)


def test_svoboda_asking_headline_over_byline_and_date_starts_the_intro() -> None:
    rows = turn_rows(_SVOBODA_UA)
    assert rows[0][:2] == ("other", None)
    assert rows[0][2].startswith("Блекаути влітку: чи вистачить")
    assert [r[:2] for r in rows[1:]] == [
        ("question", "Марія Шевчук"),
        ("answer", "Олексій Костенко"),
        ("question", "Марія Шевчук"),
        ("answer", "Олексій Костенко"),
        ("other", "Марія Шевчук"),
        ("answer", "Олексій Костенко"),
    ]
