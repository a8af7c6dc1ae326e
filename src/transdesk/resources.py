"""Files shipped beside the code in resources/: sample reports, the .desktop file."""

from __future__ import annotations

from pathlib import Path

# resources/ sits at the top of the source tree (see DESIGN.md); TransDesk runs from it
# through the editable install scripts/setup.sh makes.
RESOURCES = Path(__file__).resolve().parents[2] / "resources"

SAMPLES = {
    "ar": RESOURCES / "samples" / "ar-water-talks.md",
    "fr": RESOURCES / "samples" / "fr-tram-strike.md",
}


def sample_report(language: str) -> Path:
    return SAMPLES[language]
