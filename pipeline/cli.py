"""The thin command line over the library: extract, load, validate, facts, series, schema, debug."""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Optional

# each command imports what it needs when it runs (start-up is much of a run)
from pipeline import DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_MEMORY, DEFAULT_TIMEOUT
from pipeline.errors import LoadError, UsageError
from pipeline.readers.ocr import DEFAULT_LANGUAGES, OCR_MODES, OcrOptions


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    extract = sub.add_parser("extract", help="extract documents into OUTDIR (JSON per document + CSV tables)")
    extract.add_argument("paths", nargs="+", metavar="PATH",
                         help=".docx/.pdf/.doc/.rtf/.odt files or folders (searched recursively)")
    extract.add_argument("-o", "--outdir", required=True, type=Path, metavar="OUTDIR")
    extract.add_argument("--jobs", type=_positive_int, default=os.cpu_count() or 1, metavar="N",
                         help="documents extracted in parallel (default: number of cores)")
    _limit_arguments(extract)
    extract.add_argument("--max-file-size", type=_positive_int, default=DEFAULT_MAX_FILE_SIZE >> 20, metavar="MB",
                         help=f"files larger than this are refused unread (default: {DEFAULT_MAX_FILE_SIZE >> 20})")
    extract.add_argument("--skip-existing", action="store_true",
                         help="pass over documents whose JSON for the same content is already in OUTDIR (resume a run)")
    extract.add_argument("--db", metavar="URL", help="also load the results into this database (see `load`)")
    extract.add_argument("--scheduler", default=os.environ.get("PIPELINE_SCHEDULER") or None, metavar="ADDRESS|local",
                         help="extract on a Dask cluster: a scheduler's address (tcp://host:8786; its workers set how "
                              "many documents run at once), or `local` for a LocalCluster of --jobs workers here "
                              "(default: $PIPELINE_SCHEDULER, else this machine's own pool); needs the [distributed] extra")
    extract.add_argument("--ocr", choices=OCR_MODES, default="auto",
                         help="OCR PDF pages: auto (pages without usable text, the default), always, never")
    extract.add_argument("--ocr-lang", default=DEFAULT_LANGUAGES, metavar="LANGS",
                         help=f"Tesseract languages joined by '+' (default: {DEFAULT_LANGUAGES})")

    load = sub.add_parser("load", help="load OUTDIR's documents into a database (replacing earlier loads of them)")
    load.add_argument("outdir", type=Path, metavar="OUTDIR", help="the folder `extract` wrote")
    load.add_argument("--db", metavar="URL",
                      help="SQLAlchemy URL, e.g. postgresql://user:pass@host/db (default: sqlite:///OUTDIR/reports.sqlite)")
    load.add_argument("--mapping", type=Path, metavar="FILE",
                      help="a series mapping file (default: OUTDIR/series_mapping.csv when present); the database keeps it")

    validate = sub.add_parser("validate", help="check submissions and print their findings")
    validate.add_argument("paths", nargs="+", metavar="PATH")
    validate.add_argument("--format", choices=("text", "json", "html"), default="text",
                          help="text for a terminal, json for machines, html: one self-contained page for a reviewer")
    validate.add_argument("--jobs", type=_positive_int, default=1, metavar="N", help="documents checked in parallel (default: 1)")
    _limit_arguments(validate)
    validate.add_argument("--history", metavar="URL",
                          help="also check each submission against its agency's earlier reports in this database")

    series = sub.add_parser("series", help="each indicator of each agency across the years (from OUTDIR or a database)")
    series.add_argument("outdir", nargs="?", type=Path, metavar="OUTDIR", help="the folder `extract` wrote")
    series.add_argument("--db", metavar="URL", help="read the documents from this database instead (see `load`)")
    series.add_argument("--format", choices=("json", "csv", "html"), default="json",
                        help="json: the contract's list of series; csv: a row per member; html: one page with charts")
    series.add_argument("--mapping", type=Path, metavar="FILE",
                        help="a series mapping file (default: OUTDIR/series_mapping.csv, or the one the database keeps)")

    facts = sub.add_parser("facts", help="print the facts of plain-text files (UTF-8, a paragraph a line) as JSON")
    facts.add_argument("paths", nargs="+", metavar="PATH", help=".txt files or folders (searched recursively)")
    facts.add_argument("--format", choices=("json",), default="json", help="a JSON list of fact objects")
    facts.add_argument("--reporting-year", type=int, metavar="YEAR",
                       help="the year the text reports on ('в отчетном году', headline figures compared with earlier "
                            "years); without it, the period the text names last")

    sub.add_parser("schema", help="print the JSON Schema of the document object")

    debug = sub.add_parser("debug", help="draw what the PDF reader found on one page (rulings, cells, lines in "
                                         "reading order, dropped headers and footers) as a PNG")
    debug.add_argument("path", type=Path, metavar="FILE.pdf")
    debug.add_argument("--page", type=_positive_int, default=1, metavar="N", help="1-based page number (default: 1)")
    debug.add_argument("-o", "--output", type=Path, metavar="PNG", help="default: FILE_pN.png in the current folder")
    return parser


def _limit_arguments(command: argparse.ArgumentParser) -> None:
    """--timeout and --max-memory: what one document may take in its worker process."""
    command.add_argument("--timeout", type=_positive_float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                         help=f"time limit per document; past it the document fails (default: {DEFAULT_TIMEOUT:g})")
    command.add_argument("--max-memory", type=_positive_int, default=DEFAULT_MAX_MEMORY, metavar="MB",
                         help="address space a document's worker process may map, in MiB; past it the document "
                              f"fails (default: {DEFAULT_MAX_MEMORY})")


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError("must be a number of seconds more than 0")
    return value


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # the command's own file handling: a full disk, a folder removed under it
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM while workers run: they are stopped already
        print("interrupted: stopped before the end; the documents written so far are whole files", file=sys.stderr)
        return 130


def cmd_extract(args) -> int:
    from pipeline.batch import failure_lines, run_extract, summary_line

    if args.db:
        from pipeline.db import connect

        connect(args.db).dispose()  # a bad URL is bad usage, found before the run rather than after it
    try:
        ocr = OcrOptions(args.ocr, args.ocr_lang)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    with _runner(args) as runner:
        result = run_extract(args.paths, args.outdir, jobs=args.jobs, timeout=args.timeout,
                             skip_existing=args.skip_existing, progress=sys.stderr, max_memory=args.max_memory,
                             max_file_size=args.max_file_size << 20, ocr=ocr, runner=runner)
    for line in failure_lines(result):
        print(line, file=sys.stderr)
    if not result.outcomes:
        print(f"warning: no .docx, .pdf, .doc, .rtf or .odt files found under {' '.join(args.paths)}", file=sys.stderr)
    print(summary_line(result, args.outdir), file=sys.stderr)
    status = 1 if result.failed else 0
    return max(status, _load(args.outdir, args.db)) if args.db else status


def _runner(args) -> contextlib.AbstractContextManager:
    """The Dask cluster's runner with --scheduler, else a context of None (run_extract's own pool of worker processes)."""
    if not args.scheduler:
        urls = [p for p in args.paths if "://" in p]
        if urls:
            raise UsageError(f"{urls[0]}: URLs are read by Dask workers: add --scheduler local (or a scheduler's address)")
        return contextlib.nullcontext()
    from pipeline.cluster import cluster_runner

    return cluster_runner(args.scheduler, args.jobs)


def cmd_load(args) -> int:
    return _load(args.outdir, args.db, args.mapping)


def _load(outdir: Path, url: Optional[str], mapping: Optional[Path] = None) -> int:
    """Load outdir into the database; exit status 1 if the database refused it."""
    from pipeline.db import load

    try:
        count, where = load(outdir, url, mapping)
    except LoadError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{count} documents loaded into {where}", file=sys.stderr)
    return 0


def cmd_validate(args) -> int:
    from pipeline.submission import validate_paths
    from pipeline.workers import Limits

    output, status = validate_paths(args.paths, args.format, history=args.history, jobs=args.jobs,
                                    limits=Limits(args.timeout, args.max_memory))
    sys.stdout.write(output)
    sys.stdout.flush()
    return status


def cmd_facts(args) -> int:
    from pipeline.plain_text import facts_of_files

    found = facts_of_files(args.paths, args.reporting_year)
    print(json.dumps(found, ensure_ascii=False, indent=2))
    return 0


def cmd_series(args) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from pipeline.series.command import series_command

    if (args.outdir is None) == (args.db is None):
        raise UsageError("give either OUTDIR or --db URL")
    try:
        output, warnings = series_command(args.outdir, args.db, args.format, args.mapping)
    except SQLAlchemyError as exc:
        print(f"error: could not read the series from the database: {getattr(exc, 'orig', None) or exc}", file=sys.stderr)
        return 1
    for line in warnings:
        print(line, file=sys.stderr)
    sys.stdout.write(output)
    return 0


def cmd_schema(args) -> int:
    from pipeline.models import report_json_schema

    print(json.dumps(report_json_schema(), ensure_ascii=False, indent=2))
    return 0


def cmd_debug(args) -> int:
    from pipeline.layout import UnreadableDocument
    from pipeline.readers.pdf.debug import draw_page

    out = args.output or Path(f"{args.path.stem}_p{args.page}.png")
    try:
        print(draw_page(args.path, args.page, out))
    except UnreadableDocument as exc:
        print(f"error: {args.path}: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:  # no such page
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


COMMANDS = {"extract": cmd_extract, "load": cmd_load, "validate": cmd_validate, "facts": cmd_facts,
            "series": cmd_series, "schema": cmd_schema, "debug": cmd_debug}
