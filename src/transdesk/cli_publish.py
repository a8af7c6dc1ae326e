"""``transdesk publish`` (approved articles to a WordPress site) and ``transdesk cms``
(the sites: add, list, remove; the password goes to the keyring)."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

from transdesk.cli_qa import qa_override_flag
from transdesk.wordpress.post import STATUSES

if TYPE_CHECKING:
    from transdesk.services.publishing import Published


def publish_commands(commands: Any, acting_flags: Any) -> None:
    p = commands.add_parser("publish", help="send approved articles to a WordPress site")
    p.add_argument("ids", type=int, nargs="+", metavar="ID")
    p.add_argument("--to", required=True, metavar="NAME", help="a CMS destination (cms list)")
    p.add_argument(
        "--status", default=None, choices=STATUSES,
        help="new posts are drafts unless given; an update keeps the site's status unless given",
    )  # fmt: skip
    p.add_argument("--date", default="", metavar="ISO", help="when a future post goes live")
    p.add_argument("--category", action="append", default=[], metavar="C", help="repeatable")
    p.add_argument("--tag", action="append", default=[], metavar="T", help="repeatable")
    p.add_argument(
        "--overwrite", action="store_true",
        help="replace a post that was edited on the site since the last publish",
    )  # fmt: skip
    qa_override_flag(p, "publish")
    acting_flags(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_publish)

    p = commands.add_parser(
        "published", help="whether the sites' copies of an article are still current"
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_published)

    cms = commands.add_parser("cms", help="WordPress sites to publish to").add_subparsers(
        dest="cms_command", required=True
    )
    p = cms.add_parser("add", help="add or replace a site (the password goes to the keyring)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--url", required=True, metavar="URL")
    p.add_argument("--user", required=True, metavar="USER")
    p.add_argument(
        "--password-stdin", action="store_true",
        help="read the Application Password from standard input instead of asking",
    )  # fmt: skip
    p.add_argument(
        "--file-store", action="store_true",
        help="no keyring here: keep the password in a file only you can read",
    )  # fmt: skip
    p.set_defaults(run=_cmd_cms_add)
    p = cms.add_parser("list", help="the sites (never the passwords)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=_cmd_cms_list)
    p = cms.add_parser("remove", help="forget a site and its password")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(run=_cmd_cms_remove)


def _cmd_publish(args: argparse.Namespace) -> int:
    from transdesk.cli import _acting, _open, _Progress, _report_batch
    from transdesk.core.errors import InvalidValue
    from transdesk.services.publishing import PublishOptions, publish_many

    date = None
    if args.date:
        try:
            date = datetime.fromisoformat(args.date)
        except ValueError:
            raise InvalidValue("--date", f"{args.date!r} is not an ISO 8601 date") from None
        if date.tzinfo is None:
            date = date.astimezone()  # no offset given: this computer's time zone
    options = PublishOptions(
        args.status, date, tuple(args.category), tuple(args.tag), args.overwrite,
        args.qa_override,
    )  # fmt: skip
    progress = _Progress(len(args.ids))
    results, errors = publish_many(
        _open(args), args.ids, args.to, options, author=_acting(args), role=args.acting_role,
        progress=progress.step,
    )  # fmt: skip
    progress.done()
    return _report_batch(args, "published", results, errors, _show_published)


def _show_published(result: Published) -> None:
    print(result.link)
    print(f"article {result.article_id}: {result.outcome} {result.detail}", file=sys.stderr)


def _cmd_published(args: argparse.Namespace) -> int:
    from transdesk.cli import EXIT_OK, _open, _print_json
    from transdesk.services.site_copies import check_site_copies

    copies = check_site_copies(_open(args), args.id)
    if args.json:
        _print_json([copy.to_json() for copy in copies])
    elif not copies:
        print(f"article {args.id} has not been published to any CMS destination")
    for copy in [] if args.json else copies:
        print(copy.line())
    return EXIT_OK


def _cmd_cms_add(args: argparse.Namespace) -> int:
    from transdesk.cli import EXIT_OK
    from transdesk.services.destinations import add_destination

    if args.password_stdin:
        password = sys.stdin.readline().strip()
    else:
        import getpass

        password = getpass.getpass("Application Password: ").strip()
    destination = add_destination(
        args.name, args.url, args.user, password, file_store=args.file_store
    )
    print(f"{destination.name}: {destination.url} as {destination.user}")
    return EXIT_OK


def _cmd_cms_list(args: argparse.Namespace) -> int:
    from transdesk.cli import EXIT_OK, _print_json
    from transdesk.services.destinations import list_destinations

    found = list_destinations()
    if args.json:
        _print_json([d.__dict__ for d in found])
    for d in [] if args.json else found:
        print(f"{d.name}\t{d.url}\t{d.user}")
    return EXIT_OK


def _cmd_cms_remove(args: argparse.Namespace) -> int:
    from transdesk.cli import EXIT_OK
    from transdesk.services.destinations import remove_destination

    remove_destination(args.name)
    return EXIT_OK
