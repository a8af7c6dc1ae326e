"""Human-readable text for ``transdesk show`` and ``transdesk meta``."""

from __future__ import annotations

from transdesk.core.languages import direction, language_name
from transdesk.services.articles import ArticleView


def render_attribution(view: ArticleView) -> str:
    target = view.target_language
    lines = [
        f"Article {view.id} (report {view.report_id}, source version {view.report_version})",
        f"  title:     {view.title}",
        f"  languages: {_language(view.source_language)} → {_language(target)}",
        f"  status:    {view.status}, {view.words_translated}/{view.words_total} words translated",
    ]
    if view.section:
        lines.append(f"  section:   {view.section}")
    if view.rights:
        lines.append(f"  rights:    {view.rights}")
    for credit in view.credits:
        label = "original" if credit.role == "original" else f"{credit.role}     "
        lines.append(f"  {label}:  {credit.outlet or '(outlet unknown)'}")
        if credit.url:
            lines.append(f"             {credit.url}")
        if credit.authors:
            lines.append(f"             by {', '.join(credit.authors)}")
        if credit.published_at:
            lines.append(f"             published {credit.published_at.isoformat()}")
    if view.translators:
        lines.append(f"  translators: {', '.join(view.translators)}")
    if view.editor:
        lines.append(f"  editor:    {view.editor}")
    if view.other_languages:
        others = ", ".join(f"{code} (article {aid})" for code, aid in view.other_languages.items())
        lines.append(f"  also into: {others}")
    return "\n".join(lines) + "\n"


def _language(code: str | None) -> str:
    if not code:
        return "(target not set)"
    return f"{language_name(code)} [{code}, {direction(code)}]"


def render_article(view: ArticleView) -> str:
    parts = [render_attribution(view), ""]
    for segment in view.segments:
        parts.append(f"#{segment.position + 1} {segment.kind} [{segment.status}]")
        parts.append(f"  source: {segment.source}")
        if segment.target:
            parts.append(f"  target: {segment.target}")
    return "\n".join(parts) + "\n"
