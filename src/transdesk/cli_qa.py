"""``transdesk qa``: the news-fidelity findings on an article, for scripts and CI."""

from __future__ import annotations

import argparse
from typing import Any


def qa_commands(commands: Any) -> None:
    p = commands.add_parser(
        "qa", help="check a translation against its source: numbers, quotes, links, omissions"
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_qa)


def qa_override_flag(parser: argparse.ArgumentParser, verb: str) -> None:
    """``--override-qa REASON``: go ahead although QA errors remain, saying why."""
    parser.add_argument(
        "--override-qa", dest="qa_override", default="", metavar="REASON",
        help=f"{verb} although QA errors remain (transdesk qa ID), saying why (recorded)",
    )  # fmt: skip


def _cmd_qa(args: argparse.Namespace) -> int:
    from transdesk.cli import EXIT_ERROR, EXIT_OK, _open, _print_json
    from transdesk.services.qa import check_article

    findings = check_article(_open(args), args.id)
    errors = sum(f.severity == "error" for f in findings)
    if args.json:
        _print_json(
            {
                "article_id": args.id,
                "findings": [f.to_json() for f in findings],
                "errors": errors,
                "warnings": len(findings) - errors,
            }
        )
    else:
        for f in findings:
            print(f"#{f.segment + 1} {f.severity} {f.check}: {f.message}")
    return EXIT_ERROR if errors else EXIT_OK
