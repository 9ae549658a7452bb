"""The CSV tables' text, byte for byte, as the tables have always been written (pandas wrote them before the
csv module did): whole-number columns without ".0", plan/fact/value as floats, absent values empty,
quotes only around a comma, a quote or a line break."""
from __future__ import annotations

from pathlib import Path

from pipeline.export import TableRows

DOCUMENT = {
    "document_id": "d1", "source": {"file": "a.docx", "format": "docx", "sha256": "d1", "pages": None},
    "report": {"title": 'Отчет, "2021"', "agency": None, "plan_period": {"start": 2020, "end": 2024}, "reporting_year": 2021},
    "risks": [], "findings": [],
    "indicators": [
        {"name": "Доля\nлесов", "unit": "%", "plan": 5.0, "fact": None, "location": {"table": 2, "row": 3}},
        {"name": "Число", "plan": 1e16, "fact": 0.1 + 0.2, "direction": {"number": "1", "title": None}},
    ],
    "facts": [{"value": 120.0, "unit": "person", "text": "120 человек", "sentence": "Принято 120 человек.",
               "year": None, "part": "analytical_note", "location": {"paragraph": 7}}],
}


def written(tmp_path: Path) -> dict[str, str]:
    rows = TableRows()
    rows.add(1, {**DOCUMENT, "document_id": "d2", "indicators": [], "facts": []}, "b.json", ["b.docx", "sub/b.docx"], "broken")
    rows.add(0, DOCUMENT, "a.json", ["a.docx"], None)
    rows.write(tmp_path)
    return {p.stem: p.read_bytes().decode("utf-8") for p in tmp_path.glob("*.csv")}


def test_documents_table_one_row_per_name_in_input_order(tmp_path):
    assert written(tmp_path)["documents"].splitlines(keepends=True)[1:] == [
        'd1,a.docx,a.json,docx,d1,,"Отчет, ""2021""",,2020,2024,2021,0,2,1,0,0,ok,\n',
        'd2,b.docx,b.json,docx,d1,,"Отчет, ""2021""",,2020,2024,2021,0,0,0,0,0,failed,broken\n',
        'd2,sub/b.docx,b.json,docx,d1,,"Отчет, ""2021""",,2020,2024,2021,0,0,0,0,0,failed,broken\n',
    ]


def test_numbers_written_as_floats_and_locations_as_whole_numbers(tmp_path):
    tables = written(tmp_path)
    assert tables["indicators"] == (
        "document_id,index,direction_number,direction_title,goal_number,goal_title,name,source,unit,plan,fact,"
        "plan_text,fact_text,status,status_text,comment,location_page,location_table,location_row,location_paragraph,"
        "location_bbox,location_confidence\n"
        'd1,0,,,,,"Доля\nлесов",,%,5.0,,,,,,,,2,3,,,\n'
        "d1,1,1,,,,Число,,,1e+16,0.30000000000000004,,,,,,,,,,,\n"
    )
    assert tables["facts"].splitlines()[1] == "d1,0,120.0,person,,,120 человек,Принято 120 человек.,,,,,analytical_note,,,,,,7,,"


def test_empty_tables_have_their_header_only(tmp_path):
    tables = written(tmp_path)
    assert tables["risks"].count("\n") == tables["findings"].count("\n") == 1
    assert tables["risks"].startswith("document_id,index,direction_number,")
