#!/usr/bin/env bash
# Regenerate translations/transdesk_<lang>.ts from the tr()/translate() calls in src/transdesk/gui
# with pyside6-lupdate. Run it after adding or changing a UI string, translate the new messages
# (Qt Linguist, or by hand: fill <translation>, drop type="unfinished"), and commit the .ts.
# The .qm files are build output: scripts/setup.sh compiles them.
# English is the sources' own language: transdesk_en.ts only gives the plural forms of the %n
# messages ("%n segment changed" / "%n segments changed"); its other messages stay unfinished
# and empty, which lrelease leaves out of the .qm, so the source text shows.
#
#   scripts/update-translations.sh          all languages
#   scripts/update-translations.sh ar fr    only these
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO" # relative paths: the .ts files name sources the same way on every machine
LUPDATE="$REPO/.venv/bin/pyside6-lupdate"

languages=("$@")
((${#languages[@]})) || languages=(ar fr es en)

mapfile -t sources < <(find src/transdesk/gui -name '*.py' | LC_ALL=C sort)
for lang in "${languages[@]}"; do
    "$LUPDATE" "${sources[@]}" -no-obsolete -locations relative -target-language "$lang" \
        -ts "translations/transdesk_$lang.ts"
done
