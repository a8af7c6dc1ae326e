"""``transdesk export`` and ``transdesk exports``: files for the CMS, and their record."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from transdesk.cli_qa import qa_override_flag
from transdesk.formats.exports import EXPORT_FORMATS

if TYPE_CHECKING:
    from transdesk.services.exporting import ExportResult


def export_commands(commands: Any, acting_flags: Any) -> None:
    p = commands.add_parser(
        "export", help="write approved articles for the CMS (ninjs, HTML, Markdown, …)"
    )
    p.add_argument("ids", type=int, nargs="+", metavar="ID")
    p.add_argument(
        "--format", dest="format_name", default="ninjs", choices=list(EXPORT_FORMATS),
        help="ninjs (3.1, the default), ninjs2 (2.2), html, markdown, docx, xliff, text",
    )  # fmt: skip
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--out", type=Path, metavar="PATH",
        help="a file (one article) or an existing folder (files named from the headlines)",
    )  # fmt: skip
    where.add_argument(
        "--hot-folder", type=Path, metavar="DIR",
        help="a folder the CMS watches: each file appears there whole, never half-written",
    )  # fmt: skip
    p.add_argument(
        "--force", action="store_true",
        help="export an article that is not approved (an editor; needs --reason)",
    )  # fmt: skip
    p.add_argument("--reason", default="", metavar="TEXT", help="why it is forced (recorded)")
    qa_override_flag(p, "export")
    acting_flags(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_export)

    p = commands.add_parser("exports", help="an article's exports: who, when, where, SHA-256")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_exports)


def _cmd_export(args: argparse.Namespace) -> int:
    from transdesk.cli import _acting, _open, _Progress, _report_batch
    from transdesk.core.errors import InvalidValue
    from transdesk.services.exporting import Destination, export_many

    if args.reason and not args.force:
        raise InvalidValue("--reason", "is only for --force")
    destination = Destination(args.hot_folder or args.out, hot_folder=args.hot_folder is not None)
    progress = _Progress(len(args.ids))
    results, errors = export_many(
        _open(args), args.ids, args.format_name, destination, author=_acting(args),
        role=args.acting_role, force=args.force, reason=args.reason,
        qa_override=args.qa_override, progress=progress.step,
    )  # fmt: skip
    progress.done()
    return _report_batch(args, "exported", results, errors, _show_export)


def _show_export(result: ExportResult) -> None:
    print(result.path)
    record = result.record
    forced = f", forced: {record.forced_reason}" if record.forced_reason else ""
    print(
        f"article {record.article_id} revision {record.revision} as {record.format}: "
        f"{record.byte_count:,} bytes, sha256 {record.sha256}{forced}",
        file=sys.stderr,
    )


def _cmd_exports(args: argparse.Namespace) -> int:
    from transdesk.cli import EXIT_OK, _open, _print_json
    from transdesk.services.exporting import export_history

    records = export_history(_open(args), args.id)
    if args.json:
        _print_json({"article_id": args.id, "exports": [r.to_json() for r in records]})
        return EXIT_OK
    for r in records:
        forced = f"  forced: {r.forced_reason}" if r.forced_reason else ""
        when = r.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(
            f"{when}  r{r.revision}  {r.format:<8} {r.person} ({r.role})  {r.outcome}  "
            f"{r.destination}  sha256 {r.sha256}{forced}"
        )
    return EXIT_OK
