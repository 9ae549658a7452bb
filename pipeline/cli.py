"""The thin command line over the library: extract, validate, schema."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

from pipeline.batch import UsageError, print_failures, run_extract


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    extract = sub.add_parser("extract", help="extract documents into OUTDIR (JSON per document + CSV tables)")
    extract.add_argument("paths", nargs="+", metavar="PATH", help=".docx/.pdf files or folders (searched recursively)")
    extract.add_argument("-o", "--outdir", required=True, type=Path, metavar="OUTDIR")
    extract.add_argument("--jobs", type=_positive_int, default=os.cpu_count() or 1, metavar="N",
                         help="documents extracted in parallel (default: number of cores)")

    validate = sub.add_parser("validate", help="check submissions and print their findings")
    validate.add_argument("paths", nargs="+", metavar="PATH")
    validate.add_argument("--format", choices=("text", "json"), default="text")

    sub.add_parser("schema", help="print the JSON Schema of the document object")
    return parser


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def cmd_extract(args) -> int:
    result = run_extract(args.paths, args.outdir, jobs=args.jobs)
    print_failures(result)
    total, failed = len(result.outcomes), len(result.failed)
    print(f"{total} documents, {total - failed} extracted, {failed} failed -> {args.outdir}", file=sys.stderr)
    return 1 if failed else 0


def cmd_validate(args) -> int:
    from pipeline.submission import validate_paths

    return validate_paths(args.paths, args.format)


def cmd_schema(args) -> int:
    from pipeline.models import report_json_schema

    print(json.dumps(report_json_schema(), ensure_ascii=False, indent=2))
    return 0


COMMANDS = {"extract": cmd_extract, "validate": cmd_validate, "schema": cmd_schema}
