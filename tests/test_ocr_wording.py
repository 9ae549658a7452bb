"""Words and cells made right by closed lists after OCR (pipeline/readers/ocr/wording.py): status cells, Kazakh
words, a semicolon between digits."""
from __future__ import annotations

import pytest

from pipeline.readers.ocr.engine import Letter, Word
from pipeline.readers.ocr.wording import by_closed_lists, nearest_status


def _cell(*lines: str, block: int = 3) -> list[Word]:
    """The words of one table cell, a line per argument, each letter 10 px wide, words 5 px apart."""
    words = []
    for n, line in enumerate(lines):
        x = 0
        for text in line.split():
            letters = [Letter(ch, x + 10 * k, x + 10 * (k + 1), 20 * n, 20 * n + 20) for k, ch in enumerate(text)]
            words.append(Word(text, x, 20 * n, x + 10 * len(text), 20 * n + 20, 0.9, n, 18.0, 20.0, letters, block))
            x += 10 * len(text) + 5
    return words


@pytest.mark.parametrize("read, expected", [
    ("Дocтигнyт", "Достигнут"),  # Latin lookalikes
    ("Hе дocтuгнут", "Не достигнут"),  # ... "u" for "и"
    ("Испoлнeно чacтичн0", "Исполнено частично"),  # a "0" for an "о"
    ("Вьполнено", "Выполнено"),  # one letter wrong, no lookalike: the only wording this near
    ("Достигнуm", "Достигнут"),
    ("Реализ0вано", "Реализовано"),
    ("Достигнут (перевыполнен", "Достигнут (перевыполнен)"),  # the letters of a wording, a bracket lost
    ("исполнено", "Исполнено"),  # a status cell starts with a capital
    ("не достигнуто", "Не достигнуто"),
    ("Достигнут", None),  # a wording as it stands
    ("Исполнено не в полном объеме", None),
    ("Исполнение", None),  # a header's dictionary word, two letters from "Исполнено": left alone
    ("Мероприятие", None),
    ("Достигну T-B", None),  # as near to "Достигнут" as to "Достигнута": nothing tells which
    ("Испол", None),  # too short to tell
    ("Исполне", None),  # a wording's beginning: its rest on the next page ("Исполне" / "но"), no letter lost
    ("Достигну", None),
    ("Выполнено 12", None),
])
def test_a_cell_near_one_status_wording_is_that_wording(read, expected):
    assert nearest_status(read) == expected


def test_a_status_cell_keeps_its_words_boxes_and_drops_the_extra_ones():
    cell = _cell("Дocтигнyт", "(пеpевыпoл нен)")
    by_closed_lists(cell)
    assert [w.text for w in cell] == ["Достигнут", "(перевыполнен)"]
    assert all(w.text == "".join(x.text for x in w.letters) for w in cell)
    assert (cell[1].x0, cell[1].x1, cell[1].letters[-1].x1) == (0, 145, 145)  # the dropped word's room given to the one before it


def test_a_status_wording_in_lookalike_letters_is_put_in_cyrillic_only_in_a_table_cell():
    page_line = _cell("Дocтигнyт", block=-1)
    by_closed_lists(page_line)
    assert page_line[0].text == "Дocтигнyт"


@pytest.mark.parametrize("read, expected", [
    ("«Казакстан", "«Қазақстан"),  # a Kazakh word read in Russian letters
    ("Гарыш", "Ғарыш"),
    ("Казахстан", "Казахстан"),  # the Russian name stays Russian
    ("казакстанның", "қазақстанның"),  # some Kazakh letters read right, some not; a small first letter stays small
    ("Кызылорда", "Кызылорда"),  # the Russian spelling of a Kazakh name: not in the list
])
def test_kazakh_letters_given_back_by_the_word_list(read, expected):
    cell = _cell(read, block=-1)
    by_closed_lists(cell)
    assert cell[0].text == expected


@pytest.mark.parametrize("lines, expected", [
    (("«НК «Казакс", "тан Гарыш"), ["«НК", "«Қазақс", "тан", "Ғарыш"]),  # broken at a narrow cell's line end
    (("Казах", "стан"), ["Казах", "стан"]),  # the Russian name stays Russian
    (("«Казакс", "тан"), ["«Қазақс", "тан"]),
    (("Казакс тан",), ["Казакс", "тан"]),  # one line: no break (the fragments' join is another rule's)
])
def test_a_kazakh_word_broken_over_a_cells_lines_gets_its_letters_in_both_parts(lines, expected):
    cell = _cell(*lines)
    by_closed_lists(cell)
    assert [w.text for w in cell] == expected


@pytest.mark.parametrize("read, expected", [
    ("12;5", "12,5"),
    ("1;2;3", "1,2,3"),
    ("2019;", "2019;"),  # a semicolon after a number ends a clause
    ("а;б", "а;б"),
])
def test_a_semicolon_between_digits_is_a_comma(read, expected):
    cell = _cell(read, block=-1)
    by_closed_lists(cell)
    assert cell[0].text == expected == "".join(x.text for x in cell[0].letters)


@pytest.mark.parametrize("read, expected", [
    (("н/Д",), "н/д"),  # the capital guessed on a cell with no small "д" to compare with
    (("Н/Д",), "Н/Д"),  # written in capitals: as the report writes it
    (("Н/д",), "Н/д"),
    (("н/д",), "н/д"),
    (("Т/Д",), "Т/Д"),  # no mark of the list
    (("н/Д", "всего"), "н/Д"),  # not the cell's only word
])
def test_a_no_value_mark_with_a_capital_after_a_small_letter_is_in_small_letters(read, expected):
    cell = _cell(*read)
    by_closed_lists(cell)
    assert cell[0].text == expected == "".join(x.text for x in cell[0].letters)


def status_cells(*cells: tuple[str, ...]) -> list[Word]:
    """Table cells of a page, each given as its lines (one word a line), letters 10 px wide, line height 40."""
    words, line = [], 0
    for block, lines in enumerate(cells):
        for text in lines:
            letters = [Letter(ch, 10.0 * k, 10.0 * k + 9, 0.0, 20.0) for k, ch in enumerate(text)]
            words.append(Word(text, 0, 40 * line, 10 * len(text), 40 * line + 20, 0.9, line, 40.0 * line + 20, 40.0,
                              letters, block))
            line += 1
    return words


# Cells as OCR read them at 300 dpi (gen_08903, gen_08925 of the benchmark's batches): a narrow status column
# broke "Выполнено" before its "о", which came back as "е)", "Ге)" or "fe)".
@pytest.mark.parametrize("cells, expected", [
    ((("Выполнено",), ("Выполнен", "е)")), ["Выполнено", "Выполнено"]),
    ((("Выполнено",), ("Достигнут", "fe)", "Перевыполнение")), ["Выполнено", "Достигнуто", "Перевыполнение"]),
    ((("Исполнено",), ("Не", "выполнен", "Ге)")), ["Исполнено", "Не", "выполнено"]),
    ((("Достигнут",), ("Выполнен", "е)")), ["Достигнут", "Выполнен", "е)"]),  # no ending on the page: as read
    ((("Выполнено",), ("Выполнена",), ("Выполнен", "е)")), ["Выполнено", "Выполнена", "Выполнен", "е)"]),  # a tie
    ((("Выполнено",), ("Достигнут", "4")), ["Выполнено", "Достигнут", "4"]),  # a digit is no letter misread
    ((("Выполнено",), ("Достигнут", "на")), ["Выполнено", "Достигнут", "на"]),  # a word of its own
])
def test_a_status_words_ending_misread_on_its_own_line_is_the_pages_ending(cells, expected):
    words = status_cells(*cells)
    by_closed_lists(words)
    assert [w.text for w in words] == expected


@pytest.mark.parametrize("read, expected", [
    # a scanned group row of gen_08905 at 300 dpi (facts R/P of the scan 0.78/0.77 -> 0.91/0.90 with it)
    ("Стратегическое направление 3. Развитие спорта Цель 5.1: Вовлечение", "Цель 3.1:"),
    ("Стратегическое направление 3. Развитие спорта Цель 3.2 Вовлечение", "Цель 3.2"),
    ("Стратегическое направление 2. Развитие спорта Цель 1.1 Вовлечение", "Цель 1.1"),  # no digits alike: as read
    ("Развитие спорта Цель 5.1 Вовлечение", "Цель 5.1"),  # no direction read before it
])
def test_a_goals_number_misread_takes_its_directions(read, expected):
    words = status_cells(tuple(read.split()))
    by_closed_lists(words)
    text = " ".join(w.text for w in words)
    assert expected in text


# A narrow status column's cell as OCR read it (gen_08970, gen_08975 of the benchmark's batches): the status wording
# opens it, a remark follows, and the column parted or glued the wording's words otherwise ("нев" for "не в").
@pytest.mark.parametrize("lines, expected", [
    (("Испол", "нено", "нев", "полно", "м", "объем", "е.", "Работ", "ы"),
     ["Исполнено", "не в", "полном", "объеме.", "Работ", "ы"]),
    (("Выполнен", "о частично", "Исполнени", "е"), ["Выполнено", "частично", "Исполнени", "е"]),
    (("Испoлнeно", "чacтичн0.", "Работы"), ["Исполнено", "частично.", "Работы"]),  # lookalikes folded
    (("Исполнено", "нев", "полном", "объеме", "—", "Исполнени"), ["Исполнено", "не в", "полном", "объеме", "—",
                                                                   "Исполнени"]),
    (("Исполнено", "не в полном объеме.", "Работы"), ["Исполнено", "не", "в", "полном", "объеме.", "Работы"]),
    (("Достигнут", "(перевыполнен", "Перевыполнение"), ["Достигнут", "(перевыполнен", "Перевыполнение"]),
    (("Не достигнут в связи",), ["Не", "достигнут", "в", "связи"]),  # read as the wording goes: as read
    (("Нев", "ыполнено", "мероприятие"), ["Не выполнено", "мероприятие"]),  # each word to where its first letter is
])
def test_a_status_wording_opening_a_cell_gets_the_wordings_words(lines, expected):
    cell = _cell(*lines)
    by_closed_lists(cell)
    assert [w.text for w in cell] == expected
    assert all(w.text == "".join(x.text for x in w.letters) for w in cell)


@pytest.mark.parametrize("lines, expected", [
    (("Исполнено", "нев", "полном", "объеме"), ["Исполнено", "не в", "полном", "объеме"]),  # the whole cell: its lines kept
    (("нев", "полном", "объеме", "—", "Исполнени"), ["не в", "полном", "объеме", "—", "Исполнени"]),  # page before: "Исполнено"
    (("в", "полном", "объеме", "работы"), ["в", "полном", "объеме", "работы"]),  # "объеме" stays, not "объёме"
])
def test_a_status_wordings_words_parted_as_written_keep_their_lines(lines, expected):
    cell = _cell(*lines)
    by_closed_lists(cell)
    assert [w.text for w in cell] == expected
    assert [w.line for w in cell] == list(range(len(lines)))


def test_a_status_wording_going_on_from_the_page_before_keeps_its_small_letter():
    cell = _cell("достигн", "уто -", "Снижен", "ие")  # "Не" ended the page before (gen_08964 of the batches)
    by_closed_lists(cell)
    assert [w.text for w in cell] == ["достигнуто", "-", "Снижен", "ие"]
