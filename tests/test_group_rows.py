"""Group rows ("Цель 1.2. ...") told from data rows by their label, whatever a "№" cell before it reads."""
import pytest

from pipeline.layout import Cell, Row, Table
from pipeline.tables import group_of_row


def _table(*texts: str) -> Table:
    return Table(index=0, rows=[Row([Cell(t, 0, c) for c, t in enumerate(texts)])], n_cols=len(texts))


@pytest.mark.parametrize("number", ["1.2", "1.2.", "1,2", "1,2.", "II"])
def test_a_goal_row_after_its_number_cell(number):
    groups = group_of_row(_table(number, "1.2. Цель 1.2. Содействие занятости населения", "", ""), 0)
    assert [(g.kind, g.number) for g in groups] == [("goal", "1.2")]


@pytest.mark.parametrize("texts", [
    ("2,", "Недостаточный спрос на космические снимки", "Исполнено", "Заключение соглашений"),  # a data row
    ("1,5", "Цель 1.2. Содействие занятости", "Достигнут"),  # a label cell beside two others is no group row
])
def test_rows_that_are_no_group_rows(texts):
    assert group_of_row(_table(*texts), 0) == []
