"""``transdesk glossary …``: the newsroom's terms per language pair."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from transdesk.cli_memory import language_pair as _pair


def glossary_commands(commands: Any) -> None:
    glossary = commands.add_parser(
        "glossary", help="terms per language pair: add, list, remove, import/export CSV or TBX"
    )
    actions = glossary.add_subparsers(dest="action", required=True, metavar="ACTION")

    p = actions.add_parser("add", help="add a term and its approved translation")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("target", metavar="TARGET")
    _pair(p, required=True)
    p.add_argument("--note", default="")
    p.add_argument(
        "--forbidden", action="append", default=[], metavar="VARIANT",
        help="a translation ruled out (QA flags it); repeat for several",
    )  # fmt: skip
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_add)

    p = actions.add_parser("list", help="the terms, of one pair if given")
    _pair(p, required=False)
    p.add_argument("--search", metavar="TEXT", help="only terms containing TEXT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_list)

    p = actions.add_parser("remove", help="remove a term (its id, from glossary list)")
    p.add_argument("id", type=int, metavar="ID")
    p.set_defaults(run=_cmd_remove)

    p = actions.add_parser("import", help="add or update terms from a .csv or .tbx file")
    p.add_argument("file", type=Path, metavar="FILE")
    _pair(p, required=False)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_import)

    p = actions.add_parser("export", help="write a pair's terms as .csv or .tbx")
    p.add_argument("file", type=Path, metavar="FILE")
    _pair(p, required=True)
    p.set_defaults(run=_cmd_export)


def _who() -> str | None:
    """Who adds terms: the name in Preferences (recorded with the term)."""
    from transdesk.settings import load

    return load().user_name or None


def _cmd_add(args: argparse.Namespace) -> int:
    from transdesk.cli import EXIT_OK, _open, _print_json
    from transdesk.services.glossary import add_term

    view = add_term(
        _open(args), args.source_language, args.target_language, args.source, args.target,
        note=args.note, forbidden=args.forbidden, author=_who(),
    )  # fmt: skip
    if args.json:
        _print_json(view.to_json())
    else:
        print(f"term {view.id}: {view.source} → {view.target}")
    return EXIT_OK


def _cmd_list(args: argparse.Namespace) -> int:
    from transdesk.cli import EXIT_OK, _open, _print_json
    from transdesk.core.errors import InvalidValue
    from transdesk.services.glossary import list_terms

    if bool(args.source_language) != bool(args.target_language):
        raise InvalidValue("--target-language", "give both languages of the pair, or neither")
    terms = list_terms(_open(args), args.source_language, args.target_language, args.search)
    if args.json:
        _print_json([term.to_json() for term in terms])
        return EXIT_OK
    if not terms:
        print("no term")
    for term in terms:
        ruled_out = f"  (not: {', '.join(term.forbidden)})" if term.forbidden else ""
        note = f"  — {term.note}" if term.note else ""
        print(
            f"{term.id:>5}  {term.source_language}→{term.target_language}  "
            f"{term.source} → {term.target}{ruled_out}{note}"
        )
    return EXIT_OK


def _cmd_remove(args: argparse.Namespace) -> int:
    from transdesk.cli import EXIT_OK, _open
    from transdesk.services.glossary import remove_term

    remove_term(_open(args), args.id)
    print(f"term {args.id} removed")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from transdesk.cli import EXIT_OK, _open, _print_json
    from transdesk.services.glossary import import_terms

    result = import_terms(
        _open(args), args.file, args.source_language, args.target_language, author=_who()
    )
    if args.json:
        _print_json(result.to_json())
    else:
        print(
            f"{args.file}: {result.added} terms added, {result.updated} updated "
            f"({result.source_language} → {result.target_language})"
        )
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from transdesk.cli import EXIT_OK, _open
    from transdesk.services.glossary import export_terms

    count = export_terms(_open(args), args.file, args.source_language, args.target_language)
    print(f"{args.file}: {count} terms written")
    return EXIT_OK
