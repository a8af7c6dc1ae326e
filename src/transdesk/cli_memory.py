"""``transdesk memory …`` and ``transdesk pretranslate``: the translation memory from the shell."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def memory_commands(commands: Any, acting_flags: Any) -> None:
    memory = commands.add_parser(
        "memory", help="the translation memory: import/export TMX, search, concordance"
    )
    actions = memory.add_subparsers(dest="action", required=True, metavar="ACTION")

    p = actions.add_parser("import", help="store the units of a TMX file")
    p.add_argument("file", type=Path, metavar="FILE")
    language_pair(p, required=False)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_import)

    p = actions.add_parser("export", help="write a language pair's units as TMX 1.4")
    p.add_argument("file", type=Path, metavar="FILE")
    language_pair(p, required=True)
    p.set_defaults(run=_cmd_export)

    for name, helptext in (
        ("search", "the best fuzzy matches for a sentence, with their percentage"),
        ("concordance", "units whose text contains a phrase"),
    ):
        p = actions.add_parser(name, help=helptext)
        p.add_argument("text", metavar="TEXT")
        language_pair(p, required=True)
        if name == "concordance":
            p.add_argument("--target", action="store_true", help="search the translations")
        p.add_argument("--json", action="store_true")
        p.set_defaults(run=_cmd_search)

    p = actions.add_parser("learn", help="store articles' translations (default: every approved)")
    p.add_argument("ids", type=int, nargs="*", metavar="ID")
    p.set_defaults(run=_cmd_learn)

    p = actions.add_parser("stats", help="units per language pair")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_stats)

    p = commands.add_parser(
        "pretranslate", help="fill untranslated segments from exact memory matches (one revision)"
    )
    p.add_argument("id", type=int, metavar="ID")
    acting_flags(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_pretranslate)


def language_pair(parser: argparse.ArgumentParser, *, required: bool) -> None:
    """The --source-language and --target-language options naming a language pair."""
    parser.add_argument("--source-language", required=required, metavar="CODE")
    parser.add_argument("--target-language", required=required, metavar="CODE")


def _cmd_import(args: argparse.Namespace) -> int:
    from transdesk.cli import EXIT_OK, _open, _print_json
    from transdesk.services.memory_tmx import import_tmx

    result = import_tmx(_open(args), args.file, args.source_language, args.target_language)
    if args.json:
        _print_json(result.to_json())
        return EXIT_OK
    print(
        f"{args.file}: {result.added} units added, {result.updated} already stored "
        f"({result.source_language} → {result.target_language})"
    )
    for reason in result.skipped:
        print(f"  skipped {reason}")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from transdesk.cli import EXIT_OK, _open
    from transdesk.services.memory_tmx import export_tmx

    count = export_tmx(_open(args), args.file, args.source_language, args.target_language)
    print(f"{args.file}: {count} units written")
    return EXIT_OK


def _cmd_search(args: argparse.Namespace) -> int:
    from transdesk.cli import EXIT_OK, _open, _print_json
    from transdesk.services.memory import concordance, find_matches

    db = _open(args)
    if args.action == "search":
        matches = find_matches(db, args.source_language, args.target_language, args.text)
    else:
        matches = concordance(
            db, args.source_language, args.target_language, args.text, in_target=args.target
        )
    if args.json:
        _print_json({"query": args.text, "matches": [m.to_json() for m in matches]})
        return EXIT_OK
    if not matches:
        print("no match")
    for match in matches:
        who = ", ".join(
            part
            for part in (match.author, match.created_at.date().isoformat(), match.origin_detail)
            if part
        )
        score = f"{match.score:5.1f}%  " if args.action == "search" else ""
        print(f"{score}{match.source}\n        → {match.target}\n        ({who})")
    return EXIT_OK


def _cmd_learn(args: argparse.Namespace) -> int:
    from transdesk.cli import EXIT_OK, _open
    from transdesk.services.memory_store import learn_articles

    count = learn_articles(_open(args), args.ids or None)
    print(f"{count} units stored")
    return EXIT_OK


def _cmd_stats(args: argparse.Namespace) -> int:
    from transdesk.cli import EXIT_OK, _open, _print_json
    from transdesk.services.memory import memory_stats

    rows = memory_stats(_open(args))
    if args.json:
        _print_json([{"source_language": s, "target_language": t, "units": n} for s, t, n in rows])
        return EXIT_OK
    if not rows:
        print("the memory is empty")
    for source, target, count in rows:
        print(f"{source} → {target}: {count:,} units")
    return EXIT_OK


def _cmd_pretranslate(args: argparse.Namespace) -> int:
    from transdesk.cli import EXIT_OK, _acting, _open, _print_json
    from transdesk.services.pretranslation import pretranslate

    result = pretranslate(_open(args), args.id, author=_acting(args), role=args.acting_role)
    if args.json:
        _print_json(result.to_json())
    elif result.revision_number is None:
        print(f"article {args.id}: no exact match in the memory; nothing changed")
    else:
        print(
            f"article {args.id}: {result.segments_filled} segments pre-translated "
            f"in revision {result.revision_number} (drafts to confirm)"
        )
    return EXIT_OK
