"""The ``transdesk`` command line: the same services the GUI calls, JSON for automation.

Heavy libraries (Qt, SQLAlchemy, trafilatura, lingua) load only in the command that needs
them, so ``transdesk --version`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from transdesk import __version__
from transdesk.cli_qa import qa_override_flag

if TYPE_CHECKING:
    from transdesk.storage.database import Database

log = logging.getLogger("transdesk")

EXIT_OK = 0
EXIT_ERROR = 1  # bad input, unknown id, refused action
EXIT_USAGE = 2  # argparse's own code for a malformed command line
EXIT_INTERNAL = 70  # EX_SOFTWARE: a bug; the traceback is in the log file


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="transdesk",
        description="TransDesk, a translation workbench for newsrooms. "
        "With no command, the desktop window opens.",
    )
    parser.add_argument("--version", action="version", version=f"TransDesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL or SQLite file (default: TRANSDESK_DATABASE_URL, "
        "else transdesk.sqlite3 in your user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser(
        "import", help="import source reports (text, Markdown, HTML, DOCX, XLIFF)"
    )
    p.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    p.add_argument(
        "--format",
        dest="format_name",
        metavar="F",
        help="text, markdown, html, docx or xliff (default: from the extension)",
    )
    p.add_argument("--source-lang", metavar="L", help="the report's language (default: detected)")
    p.add_argument(
        "--target-lang",
        metavar="L",
        action="append",
        default=[],
        help="a language to translate into; repeat for several articles",
    )
    _attribution_flags(p)
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(run=_cmd_import)

    p = commands.add_parser("add-language", help="start another translation of the same report")
    p.add_argument("id", type=int, metavar="ID", help="an article of the report")
    p.add_argument("language", metavar="L")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_add_language)

    p = commands.add_parser("list", help="list articles, newest first")
    p.add_argument(
        "--status", metavar="S", help="draft, in_review, changes_requested, approved or exported"
    )
    p.add_argument("--lang", metavar="L", help="source or target language")
    p.add_argument("--search", metavar="TEXT", help="words in the headline or the outlet")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_list)

    p = commands.add_parser("show", help="an article's attribution and every segment")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument(
        "--sentences",
        action="store_true",
        help="include sentence boundaries (computed and stored on first use)",
    )
    p.add_argument(
        "--revision", type=int, metavar="N", help="the targets as they were at revision N"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_show)

    p = commands.add_parser("meta", help="show or edit an article's attribution")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument(
        "--set",
        metavar="FIELD=VALUE",
        action="append",
        default=[],
        help="outlet, url, authors, published, original_title, section, rights, via, "
        "source_language, target_language, deadline; repeat for several",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_meta)
    _people_commands(commands)
    _revision_commands(commands)
    _review_commands(commands)
    from transdesk.cli_export import export_commands
    from transdesk.cli_glossary import glossary_commands
    from transdesk.cli_memory import memory_commands
    from transdesk.cli_publish import publish_commands
    from transdesk.cli_qa import qa_commands

    export_commands(commands, _acting_flags)
    publish_commands(commands, _acting_flags)
    qa_commands(commands)
    memory_commands(commands, _acting_flags)
    glossary_commands(commands)
    return parser  # fmt: skip


_SEGMENT_HELP = "the segment's number as show prints it (#1 is the headline)"


def _acting_flags(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("acting as")
    group.add_argument(
        "--as",
        dest="acting",
        metavar="NAME",
        help="a person on the list (transdesk person list); default: the name in Preferences",
    )
    group.add_argument(
        "--role", dest="acting_role", choices=("translator", "editor", "admin"),
        help="act in a narrower role than the person's own (an editor as translator)",
    )  # fmt: skip


def _people_commands(commands: Any) -> None:
    person = commands.add_parser("person", help="the newsroom's people: add, list")
    actions = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    p = actions.add_parser("add", help="add a translator, editor or admin")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=("translator", "editor", "admin"))
    p.add_argument("--email", metavar="E")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_person_add)
    p = actions.add_parser("list", help="everyone on the list, by name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_person_list)


def _revision_commands(commands: Any) -> None:
    p = commands.add_parser(
        "translate", help="save a translation file (plain text or XLIFF) as one revision"
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument(
        "--from", dest="path", type=Path, required=True, metavar="FILE",
        help="plain text: headline first, one blank-line-separated block per segment; "
        "or XLIFF: one unit per segment, in order",
    )  # fmt: skip
    _acting_flags(p)
    p.add_argument("-m", "--message", default="", metavar="MSG")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_translate)

    p = commands.add_parser("edit", help="give one segment a new translation, as a revision")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("segment", type=int, metavar="SEGMENT", help=_SEGMENT_HELP)
    p.add_argument("text", metavar="TEXT", help="the new text (empty: untranslated again)")
    _acting_flags(p)
    p.add_argument("-m", "--message", default="", metavar="MSG")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_edit)

    p = commands.add_parser(
        "update-source", help="a corrected original: the report's next version, in every article"
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument(
        "path", type=Path, metavar="PATH", help="the corrected source, any import format"
    )
    _acting_flags(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_update_source)

    p = commands.add_parser("revisions", help="an article's revisions, newest first")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_revisions)

    p = commands.add_parser("blame", help="who last wrote each segment, in which revision")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--revision", type=int, metavar="N", help="as it was at revision N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_blame)

    p = commands.add_parser("diff", help="what changed between two revisions, word by word")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument(
        "--from",
        dest="from_number",
        type=int,
        metavar="N",
        help="the older revision (default: the last reviewed one, else the one "
        "before --to; 0 = before any translation)",
    )
    p.add_argument(
        "--to",
        dest="to_number",
        type=int,
        metavar="M",
        help="the newer revision (default: the newest)",
    )
    p.add_argument("--format", choices=("text", "html", "json"), default="text")
    p.set_defaults(run=_cmd_diff)  # fmt: skip

    p = commands.add_parser(
        "reject", help="take back one change of a diff, as a revision restoring the older text"
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("segment", type=int, metavar="SEGMENT", help=_SEGMENT_HELP)
    p.add_argument(
        "hunk", type=int, metavar="HUNK",
        help="the change's index in that segment, from 0 (diff --format json: hunks.index)",
    )  # fmt: skip
    p.add_argument(
        "--from", dest="from_number", type=int, metavar="N",
        help="the older revision, as for diff (default: the last reviewed one)",
    )  # fmt: skip
    p.add_argument(
        "--to", dest="to_number", type=int, metavar="M",
        help="the newer revision, as for diff (default: the newest)",
    )  # fmt: skip
    _acting_flags(p)
    p.add_argument(
        "-m", "--message", default="", metavar="MSG",
        help="default: which change was taken back, quoting both texts",
    )  # fmt: skip
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_reject)  # fmt: skip


def _review_commands(commands: Any) -> None:
    for name, helptext in (
        ("submit", "send an article for review (translator or editor)"),
        ("approve", "approve an article in review (editor)"),
        ("request-changes", "send an article in review back to its translator (editor)"),
    ):
        p = commands.add_parser(name, help=helptext)
        p.add_argument("id", type=int, metavar="ID")
        _acting_flags(p)
        p.add_argument("-m", "--message", dest="note", default="", metavar="NOTE")
        if name == "approve":
            qa_override_flag(p, "approve")
        p.add_argument("--json", action="store_true")
        p.set_defaults(run=_cmd_transition, transition=name.replace("-", "_"))

    p = commands.add_parser("comment", help="comment on a segment (starts a thread)")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("segment", type=int, metavar="SEGMENT", help=_SEGMENT_HELP)
    p.add_argument("text", metavar="TEXT")
    _acting_flags(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_comment)

    p = commands.add_parser("reply", help="answer a comment, in its thread")
    p.add_argument("comment", type=int, metavar="COMMENT", help="a comment id (see comments)")
    p.add_argument("text", metavar="TEXT")
    _acting_flags(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_reply)

    p = commands.add_parser("resolve", help="mark a comment thread resolved")
    p.add_argument("comment", type=int, metavar="COMMENT", help="a comment id (see comments)")
    _acting_flags(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_resolve)

    p = commands.add_parser("comments", help="an article's comment threads, in segment order")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--unresolved", action="store_true", help="only threads still open")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_comments)
    _quality_commands(commands)


def _quality_commands(commands: Any) -> None:
    p = commands.add_parser("issue", help="tag a quality issue on a segment (editor)")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("segment", type=int, metavar="SEGMENT", help=_SEGMENT_HELP)
    p.add_argument(
        "--category", required=True, metavar="C",
        help="accuracy, fluency, terminology, style or locale_convention",
    )  # fmt: skip
    p.add_argument("--severity", required=True, metavar="S", help="minor, major or critical")
    p.add_argument("--note", default="", metavar="N", help="what is wrong, for the translator")
    _acting_flags(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_issue)

    p = commands.add_parser("issues", help="an article's quality issues and its score")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument(
        "--threshold", type=float, metavar="T",
        help="points per 1,000 words an article may have and pass (default: Preferences)",
    )  # fmt: skip
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_issues)

    p = commands.add_parser("issue-remove", help="remove a quality issue (editor)")
    p.add_argument("issue", type=int, metavar="ISSUE", help="an issue id (see issues)")
    _acting_flags(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_issue_remove)


def _attribution_flags(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("attribution (adds to or overrides what the file says)")
    group.add_argument("--outlet", help="the outlet that first published the report")
    group.add_argument("--url", help="the original report's URL")
    group.add_argument("--author", action="append", default=[], help="an author; repeatable")
    group.add_argument("--published", metavar="WHEN", help="publication time, ISO 8601")
    group.add_argument("--section", help="the section it ran in")
    group.add_argument("--rights", help="copyright notice or usage terms")
    group.add_argument(
        "--via", action="append", default=[], metavar="OUTLET [URL]",
        help="an outlet the report came through (republished or translated it); repeatable",
    )  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        return _start_gui(args.db)
    from transdesk.core.errors import UserError

    args.opened = []
    try:
        run: Callable[[argparse.Namespace], int] = args.run
        return run(args)
    except UserError as error:
        _error(str(error))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except Exception as error:  # a bug: one line for the user, the traceback in the log
        return _internal_error(error)
    finally:
        for db in args.opened:
            db.close()


def _error(message: str) -> None:
    print(f"transdesk: error: {message}", file=sys.stderr)


def _internal_error(error: BaseException) -> int:
    from transdesk.logfile import log_exception

    where = log_exception(error)
    _error(f"internal error ({type(error).__name__}: {error}); details in {where}")
    return EXIT_INTERNAL


def _open(args: argparse.Namespace) -> Database:
    from transdesk.storage.database import open_database

    db = open_database(args.db)
    args.opened.append(db)
    return db


def _report_batch(
    args: argparse.Namespace, key: str, results: list[Any], errors: list[Any],
    show: Callable[[Any], None],
) -> int:  # fmt: skip
    """What a batch command (export, publish) did: JSON ``{key: [...], "errors": [...]}``
    with --json, else ``show`` for each result; each refusal on its own line; exit status 1
    if any article was refused."""
    if args.json:
        _print_json({key: [r.to_json() for r in results], "errors": [str(e) for e in errors]})
    else:
        for result in results:
            show(result)
    for error in errors:
        _error(str(error))
    return EXIT_ERROR if errors else EXIT_OK


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _cmd_import(args: argparse.Namespace) -> int:
    from transdesk.services.importing import (
        AttributionFlags,
        ImportRequest,
        check_request,
        import_many,
    )

    flags = AttributionFlags(
        outlet=args.outlet, url=args.url, authors=args.author, published=args.published,
        section=args.section, rights=args.rights, via=args.via,
    )  # fmt: skip
    requests = [
        ImportRequest(path, args.format_name, args.source_lang, args.target_lang, flags)
        for path in args.paths
    ]
    check_request(requests[0])  # the flags are shared: refuse bad ones before any file
    progress = _Progress(len(requests))
    results, errors = import_many(_open(args), requests, progress.show)
    progress.done()
    failures = [str(error) for error in errors]
    if args.json:
        _print_json({"imported": [r.to_json() for r in results], "errors": failures})
    else:
        for result in results:
            for article in result.articles:
                print(article.id)
            arrows = ", ".join(f"{a.id} → {a.target_language or '?'}" for a in result.articles)
            print(
                f"{result.file}: {result.source_language}, {result.segments} segments, "
                f"{result.words} words; article {arrows}",
                file=sys.stderr,
            )
    for failure in failures:
        _error(failure)
    return EXIT_ERROR if failures else EXIT_OK


class _Progress:
    """A one-line progress bar on a terminal, when there are several files or articles."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.enabled = total > 1 and sys.stderr.isatty()

    def show(self, number: int, path: Path) -> None:
        if self.enabled:
            width = 30
            filled = width * (number - 1) // self.total
            bar = "#" * filled + "-" * (width - filled)
            sys.stderr.write(f"\r[{bar}] {number}/{self.total} {path.name[:40]:<40}")
            sys.stderr.flush()

    def step(self, done: int, _total: int) -> None:
        """After ``done`` items (exports, whose names are not known yet)."""
        self.show(done + 1, Path(""))

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 80 + "\r")


def _cmd_add_language(args: argparse.Namespace) -> int:
    from transdesk.services.articles import add_language

    article_id = add_language(_open(args), args.id, args.language)
    if args.json:
        _print_json({"id": article_id, "target_language": args.language})
    else:
        print(article_id)
    return EXIT_OK


def _cmd_list(args: argparse.Namespace) -> int:
    from transdesk.services.library import list_articles

    articles = list_articles(
        _open(args), status=args.status, language=args.lang, search=args.search
    )
    if args.json:
        _print_json({"articles": [a.to_json() for a in articles]})
        return EXIT_OK
    for a in articles:
        pair = f"{a.source_language}→{a.target_language or '?'}"
        print(f"{a.id:>6}  {pair:<7} {a.status:<17} {a.progress:>3}%  {a.title[:70]}")
    return EXIT_OK


def _cmd_show(args: argparse.Namespace) -> int:
    from transdesk.services.articles import show_article

    view = show_article(_open(args), args.id, with_sentences=args.sentences, revision=args.revision)
    if args.json:
        _print_json(view.to_json())
        return EXIT_OK
    from transdesk.textview import render_article

    sys.stdout.write(render_article(view))
    return EXIT_OK


def _cmd_meta(args: argparse.Namespace) -> int:
    from transdesk.services.articles import show_article
    from transdesk.services.attribution import parse_assignment, update_attribution

    for assignment in args.set:
        parse_assignment(assignment)
    db = _open(args)
    if args.set:
        update_attribution(db, args.id, args.set)
    view = show_article(db, args.id, with_segments=False)
    data = view.to_json()
    if args.json:
        _print_json(
            {
                k: data[k]
                for k in ("id", "report_id", "source_language", "target_language", "attribution")
            }
        )
        return EXIT_OK
    from transdesk.textview import render_attribution

    sys.stdout.write(render_attribution(view))
    return EXIT_OK  # fmt: skip


def _acting(args: argparse.Namespace) -> str | None:
    """``--as``, else the name set in the window's Preferences."""
    if args.acting:
        return str(args.acting)
    from transdesk.settings import load

    return load().user_name or None


def _cmd_person_add(args: argparse.Namespace) -> int:
    from transdesk.services.people import add_person

    person = add_person(_open(args), args.name, args.role, args.email)
    if args.json:
        _print_json(person.to_json())
    else:
        print(person.id)
    return EXIT_OK


def _cmd_person_list(args: argparse.Namespace) -> int:
    from transdesk.services.people import list_people

    people = list_people(_open(args))
    if args.json:
        _print_json({"people": [person.to_json() for person in people]})
        return EXIT_OK
    for person in people:
        print(f"{person.id:>5}  {person.name:<30} {person.role:<10} {person.email or ''}".rstrip())
    return EXIT_OK


def _print_saved(args: argparse.Namespace, saved: Any) -> int:
    if args.json:
        _print_json(
            saved.to_json()
            if saved is not None
            else {"article_id": args.id, "revision": None, "changed_segments": 0}
        )
    elif saved is None:
        print(f"article {args.id}: nothing changed; no revision made", file=sys.stderr)
    else:
        print(saved.number)
        print(
            f"article {saved.article_id}: revision {saved.number}, "
            f"{saved.changed_segments} segment{'' if saved.changed_segments == 1 else 's'} changed",
            file=sys.stderr,
        )
    return EXIT_OK


def _cmd_translate(args: argparse.Namespace) -> int:
    from transdesk.services.revising import translate_from_file

    saved = translate_from_file(
        _open(args), args.id, args.path, author=_acting(args), role=args.acting_role,
        message=args.message,
    )  # fmt: skip
    return _print_saved(args, saved)


def _cmd_edit(args: argparse.Namespace) -> int:
    from transdesk.services.revising import edit_segment

    saved = edit_segment(
        _open(args), args.id, args.segment, args.text, author=_acting(args),
        role=args.acting_role, message=args.message,
    )  # fmt: skip
    return _print_saved(args, saved)


def _cmd_update_source(args: argparse.Namespace) -> int:
    from transdesk.core.diffing import to_text
    from transdesk.services.source_update import update_source

    result = update_source(
        _open(args), args.id, args.path, author=_acting(args), role=args.acting_role
    )
    if args.json:
        _print_json(result.to_json())
        return EXIT_OK
    articles = ", ".join(
        f"{a.id} ({a.target_language or '?'}) revision {a.revision}" for a in result.articles
    )
    print(
        f"report {result.report_id}: source version {result.old_version} -> "
        f"{result.new_version}: {result.summary}; articles {articles}"
    )
    for segment in result.segments:
        if segment.new_position is not None:
            print(f"#{segment.new_position + 1} {to_text(segment.diff)}")
        elif segment.old_position is not None:
            print(f"(was #{segment.old_position + 1}) {to_text(segment.diff)}")
    return EXIT_OK


def _when(moment: Any) -> str:
    return str(moment.astimezone().strftime("%Y-%m-%d %H:%M")) if moment else ""


def _cmd_revisions(args: argparse.Namespace) -> int:
    from transdesk.services.history import list_revisions

    revisions = list_revisions(_open(args), args.id)
    if args.json:
        _print_json({"article_id": args.id, "revisions": [r.to_json() for r in revisions]})
        return EXIT_OK
    for r in revisions:
        who = f"{r.author or '(import)'} ({r.role})"
        words = f"+{r.words_added} -{r.words_removed}"
        print(
            f"{r.number:>5}  {_when(r.created_at)}  {who:<32} {r.changed_segments:>4} seg "
            f"{words:>11}  {r.message}".rstrip()
        )
    return EXIT_OK


def _cmd_diff(args: argparse.Namespace) -> int:
    from transdesk.core.errors import InvalidValue
    from transdesk.services.diffs import diff_revisions

    for name in ("from_number", "to_number"):
        value = getattr(args, name)
        if value is not None and value < 0:
            raise InvalidValue(f"--{name.split('_')[0]}", f"{value} is not a revision number")
    result = diff_revisions(_open(args), args.id, args.from_number, args.to_number)
    if args.format == "json":
        _print_json(result.to_json())
    elif args.format == "html":
        sys.stdout.write(result.to_html())
    else:
        sys.stdout.write(result.to_text())
    return EXIT_OK


def _cmd_reject(args: argparse.Namespace) -> int:
    from transdesk.services.rejecting import reject_change

    saved = reject_change(
        _open(args), args.id, args.segment, args.hunk, from_number=args.from_number,
        to_number=args.to_number, author=_acting(args), role=args.acting_role,
        message=args.message,
    )  # fmt: skip
    if args.json:
        _print_json(saved.to_json())
        return EXIT_OK
    print(saved.number)
    print(
        f"article {saved.article_id}: revision {saved.number} takes back a change from "
        f"revision {saved.rejects_revision} in segment {args.segment}",
        file=sys.stderr,
    )
    return EXIT_OK


def _cmd_blame(args: argparse.Namespace) -> int:
    from transdesk.services.history import blame

    lines = blame(_open(args), args.id, args.revision)
    if args.json:
        _print_json({"article_id": args.id, "segments": [line.to_json() for line in lines]})
        return EXIT_OK
    for line in lines:
        if line.revision_number is None:
            print(f"#{line.position + 1:<5} {'-':>5}  (never translated)")
            continue
        who = f"{line.author or '(import)'} ({line.role})"
        if line.origin == "memory":
            who += ", pre-translated from memory"
        print(
            f"#{line.position + 1:<5} r{line.revision_number:<4}  {_when(line.created_at)}  {who}"
        )
    return EXIT_OK


def _cmd_transition(args: argparse.Namespace) -> int:
    from transdesk.services.workflow import move

    result = move(
        _open(args), args.id, args.transition, author=_acting(args), role=args.acting_role,
        note=args.note, qa_override=getattr(args, "qa_override", ""),
    )  # fmt: skip
    if args.json:
        _print_json(result.to_json())
    else:
        event = result.event
        print(
            f"article {event.article_id}: {event.from_status} → {event.to_status} "
            f"({event.person}, {event.role})"
        )
        if event.qa_override:
            print(f"  approved with QA errors: {event.qa_override}")
    if result.unresolved:
        where = ", ".join(
            f"#{thread.first.position + 1} (comment {thread.first.id})"
            for thread in result.unresolved
        )
        count = len(result.unresolved)
        noun = "comment thread" if count == 1 else "comment threads"
        print(f"transdesk: warning: {count} unresolved {noun}: {where}", file=sys.stderr)
    return EXIT_OK


def _print_comment(args: argparse.Namespace, comment: Any) -> int:
    if args.json:
        data = comment.to_json()
        data.update(
            article_id=comment.article_id, segment_id=comment.segment_id,
            position=comment.position, parent_id=comment.parent_id,
            resolved_at=comment.resolved_at.isoformat() if comment.resolved_at else None,
            resolved_by=comment.resolved_by,
        )  # fmt: skip
        _print_json(data)
    else:
        print(comment.id)
    return EXIT_OK


def _cmd_comment(args: argparse.Namespace) -> int:
    from transdesk.services.comments import add_comment

    comment = add_comment(
        _open(args), args.id, args.segment, args.text, author=_acting(args),
        role=args.acting_role,
    )  # fmt: skip
    return _print_comment(args, comment)


def _cmd_reply(args: argparse.Namespace) -> int:
    from transdesk.services.comments import reply

    comment = reply(
        _open(args), args.comment, args.text, author=_acting(args), role=args.acting_role
    )
    return _print_comment(args, comment)


def _cmd_resolve(args: argparse.Namespace) -> int:
    from transdesk.services.comments import resolve

    comment = resolve(_open(args), args.comment, author=_acting(args), role=args.acting_role)
    return _print_comment(args, comment)


def _cmd_comments(args: argparse.Namespace) -> int:
    from transdesk.services.comments import list_comments

    threads = list_comments(_open(args), args.id, unresolved_only=args.unresolved)
    if args.json:
        _print_json(
            {
                "article_id": args.id,
                "unresolved": sum(not thread.resolved for thread in threads),
                "threads": [thread.to_json() for thread in threads],
            }
        )
        return EXIT_OK
    for thread in threads:
        first = thread.first
        state = f"resolved by {first.resolved_by}" if thread.resolved else "open"
        print(f"#{first.position + 1} [{state}]")
        print(f"  {first.id}  {first.author}, {_when(first.created_at)}: {first.text}")
        for answer in thread.replies:
            print(f"    {answer.id}  {answer.author}, {_when(answer.created_at)}: {answer.text}")
    return EXIT_OK


def _issue_line(issue: Any) -> str:
    line = (
        f"{issue.id:>5}  #{issue.position + 1:<4} {issue.severity:<8} {issue.category:<17} "
        f"{issue.author}, {_when(issue.created_at)}"
    )
    return f"{line}: {issue.note}" if issue.note else line


def _cmd_issue(args: argparse.Namespace) -> int:
    from transdesk.services.quality import tag_issue

    issue = tag_issue(
        _open(args), args.id, args.segment, args.category, args.severity, args.note,
        author=_acting(args), role=args.acting_role,
    )  # fmt: skip
    if args.json:
        _print_json(issue.to_json())
    else:
        print(issue.id)
    return EXIT_OK


def _cmd_issue_remove(args: argparse.Namespace) -> int:
    from transdesk.services.quality import remove_issue

    issue = remove_issue(_open(args), args.issue, author=_acting(args), role=args.acting_role)
    if args.json:
        _print_json(issue.to_json())
    else:
        print(f"removed: {_issue_line(issue).strip()}")
    return EXIT_OK


def _cmd_issues(args: argparse.Namespace) -> int:
    from transdesk.services.quality import list_issues, quality_score

    if args.threshold is None:
        from transdesk.settings import load

        args.threshold = load().quality_threshold
    db = _open(args)
    issues = list_issues(db, args.id)
    score = quality_score(db, args.id, args.threshold)
    if args.json:
        _print_json(
            {
                "article_id": args.id,
                "issues": [issue.to_json() for issue in issues],
                "score": score.to_json(),
            }
        )
        return EXIT_OK
    for issue in issues:
        print(_issue_line(issue))
    verdict = "passes" if score.passed else "fails"
    print(f"score {score.score:.1f} per 1,000 words: {verdict} (threshold {score.threshold:g})")
    return EXIT_OK


def _start_gui(db_url: str | None) -> int:
    if not _has_display():
        _error(
            "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
            "run TransDesk in a desktop session, under xvfb-run, or use the command line: "
            "transdesk --help"
        )
        return EXIT_ERROR
    from transdesk.gui.app import run

    return run(db_url)


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


if __name__ == "__main__":
    raise SystemExit(main())
