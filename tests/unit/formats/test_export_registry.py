"""The export format table agrees with the modules it names."""

from __future__ import annotations

import importlib

import pytest

from tests.unit.formats.sample_publications import arabic_to_english
from transdesk.core.errors import InvalidValue
from transdesk.formats.exports import EXPORT_FORMATS, export_format_named


@pytest.mark.parametrize("name", list(EXPORT_FORMATS))
def test_each_format_renders_with_the_extension_and_media_type_its_module_declares(
    name: str,
) -> None:
    fmt = EXPORT_FORMATS[name]
    module = importlib.import_module(fmt.module)
    assert (fmt.extension, fmt.media_type) == (module.EXTENSION, module.MEDIA_TYPE)
    data = fmt.renderer()(arabic_to_english())
    assert isinstance(data, bytes) and data
    assert fmt.renderer()(arabic_to_english()) == data  # the same revision, the same bytes


def test_an_unknown_format_is_named_with_the_known_ones() -> None:
    with pytest.raises(InvalidValue, match="--format: unknown format 'pdf' \\(known: ninjs,"):
        export_format_named("pdf")
