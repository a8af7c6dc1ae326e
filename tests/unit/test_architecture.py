"""Rules of the house: nothing below gui/ imports Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import transdesk


def test_core_storage_formats_services_and_cli_import_without_qt() -> None:
    modules = [
        info.name
        for info in pkgutil.walk_packages(transdesk.__path__, "transdesk.")
        if not info.name.startswith(("transdesk.gui", "transdesk.storage.migrations"))
        and info.name != "transdesk.__main__"
    ]
    assert "transdesk.services.importing" in modules
    blocker = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt imported by ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", blocker], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr
