"""The visible credit line, written in the article's language: "Translated from Arabic by
Leila Mansour. Edited by Omar Said. Originally published by Example News on 18 November 2026."

Language names, lists of names and dates come from Babel's locale data for the target
language; the sentences around them are ours, for the languages below (others get English).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.lists import format_list

from transdesk.core.publication import Publication


@dataclass(frozen=True)
class Phrases:
    translated: str  # {language} {translators}
    translated_anonymous: str  # {language}
    edited: str  # {editor}
    published: str  # {outlet} {date}
    published_undated: str  # {outlet}
    # How a language name sits after "from": "de l'arabe", "aus dem Arabischen"…
    source_form: Callable[[str], str] = lambda name: name


def _french(name: str) -> str:
    return f"de l’{name}" if name[:1].lower() in "aeiouhéâ" else f"du {name}"


def _german(name: str) -> str:
    return f"dem {name}en" if name.endswith("isch") else name


PHRASES: dict[str, Phrases] = {
    "en": Phrases(
        "Translated from {language} by {translators}.",
        "Translated from {language}.",
        "Edited by {editor}.",
        "Originally published by {outlet} on {date}.",
        "Originally published by {outlet}.",
    ),
    "ar": Phrases(
        "ترجمة عن {language}: {translators}.",
        "مترجم عن {language}.",
        "تحرير: {editor}.",
        "نُشر أصلًا في {outlet} بتاريخ {date}.",
        "نُشر أصلًا في {outlet}.",
    ),
    "fa": Phrases(
        "ترجمه از {language}: {translators}.",
        "ترجمه از {language}.",
        "ویرایش: {editor}.",
        "نخستین بار در {outlet} در تاریخ {date} منتشر شد.",
        "نخستین بار در {outlet} منتشر شد.",
    ),
    "fr": Phrases(
        "Traduit {language} par {translators}.",
        "Traduit {language}.",
        "Édité par {editor}.",
        "Publié initialement par {outlet} le {date}.",
        "Publié initialement par {outlet}.",
        _french,
    ),
    "es": Phrases(
        "Traducido del {language} por {translators}.",
        "Traducido del {language}.",
        "Editado por {editor}.",
        "Publicado originalmente por {outlet} el {date}.",
        "Publicado originalmente por {outlet}.",
    ),
    "de": Phrases(
        "Aus {language} übersetzt von {translators}.",
        "Aus {language} übersetzt.",
        "Redigiert von {editor}.",
        "Ursprünglich veröffentlicht von {outlet} am {date}.",
        "Ursprünglich veröffentlicht von {outlet}.",
        _german,
    ),
}


def _locale(code: str) -> Locale:
    try:
        return Locale.parse(code.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale("en")


def language_in(code: str, locale: Locale) -> str:
    """The name of language ``code`` as ``locale`` writes it (lower case where it is)."""
    base = code.split("-")[0]
    return str(locale.languages.get(base) or locale.languages.get(code) or code)


# The digits of the numbering systems CLDR makes a newsroom locale's default (fa: arabext,
# ar_EG: arab); Babel formats dates with ASCII digits whatever the locale says.
_DIGITS = {
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "arabext": "۰۱۲۳۴۵۶۷۸۹",
    "deva": "०१२३४५६७८९",
    "beng": "০১২৩৪৫৬৭৮৯",
}


def date_in(moment: datetime, locale: Locale) -> str:
    """A long date as ``locale`` writes it, in the locale's own digits."""
    text = str(format_date(moment.date(), format="long", locale=locale))
    digits = _DIGITS.get(locale.default_numbering_system)
    return text.translate(str.maketrans("0123456789", digits)) if digits else text


def credit_line(publication: Publication) -> str:
    """Who translated, edited and first published the article, in its own language."""
    locale = _locale(publication.target_language)
    phrases = PHRASES.get(locale.language, PHRASES["en"])
    if locale.language not in PHRASES:
        locale = Locale("en")
    language = phrases.source_form(language_in(publication.source_language, locale))
    sentences = []
    if publication.translators:
        names = format_list(list(publication.translators), locale=locale)
        sentences.append(phrases.translated.format(language=language, translators=names))
    else:
        sentences.append(phrases.translated_anonymous.format(language=language))
    if publication.editor:
        sentences.append(phrases.edited.format(editor=publication.editor))
    original = publication.original
    if original is not None and original.outlet:
        if original.published_at is not None:
            when = date_in(original.published_at, locale)
            sentences.append(phrases.published.format(outlet=original.outlet, date=when))
        else:
            sentences.append(phrases.published_undated.format(outlet=original.outlet))
    return " ".join(sentences)
