import json
import subprocess
import sys

from helpers import ROOT
from pipeline.models import report_json_schema


def test_committed_schema_matches_models():
    committed = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    assert committed == report_json_schema(), "run: python -m pipeline schema > schemas/report.schema.json"


def test_schema_command_prints_the_schema():
    out = subprocess.run([sys.executable, "-m", "pipeline", "schema"], capture_output=True, text=True, cwd=ROOT, check=True)
    schema = json.loads(out.stdout)
    assert set(schema["properties"]) >= {"schema_version", "document_id", "source", "report", "risks", "indicators", "facts", "findings"}
    assert schema["$defs"]["Risk"]["properties"]["status"]["anyOf"][0]["enum"] == ["executed", "not_executed", "partially_executed"]
