"""CMS destinations: a name, a WordPress site URL and a user, kept in Preferences; the
Application Password in the operating system's keyring, or — only when the user opts in on
a machine without one — in a credentials file readable by the user alone. Never in the
database, the settings file or the log."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from transdesk import settings as preferences
from transdesk.core.errors import InvalidValue, NotFound, UserError
from transdesk.formats.writing import write_atomically

SERVICE = "TransDesk"
LOOPBACK = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class CmsDestination:
    name: str
    url: str
    user: str

    @property
    def account(self) -> str:
        return f"{self.name}:{self.user}"


class NoKeyring(UserError):
    """No usable keyring here and no opt-in to the file store."""


def list_destinations(settings_file: Path | None = None) -> list[CmsDestination]:
    found = preferences.load(settings_file).cms_destinations
    return [
        CmsDestination(d.get("name", ""), d.get("url", ""), d.get("user", ""))
        for d in found
        if isinstance(d, dict)
    ]


def get_destination(name: str, settings_file: Path | None = None) -> CmsDestination:
    for destination in list_destinations(settings_file):
        if destination.name == name:
            return destination
    raise NotFound(f"no CMS destination named {name!r} (transdesk cms list)")


def add_destination(
    name: str, url: str, user: str, password: str, *, file_store: bool = False,
    settings_file: Path | None = None,
) -> CmsDestination:  # fmt: skip
    """Add (or replace) a destination; the password goes to the keyring first. A replaced
    destination's password is forgotten when the new one is kept under another account."""
    destination = checked_destination(name, url, user, password)
    store_password(destination, password, file_store=file_store, settings_file=settings_file)
    replaced = [d for d in list_destinations(settings_file) if d.name == destination.name]
    settings = preferences.load(settings_file)
    kept = [d for d in settings.cms_destinations if d.get("name") != destination.name]
    settings.cms_destinations = [*kept, as_setting(destination)]
    preferences.save(settings, settings_file)
    for old in replaced:
        if old.account != destination.account:
            forget_password(old, settings_file)
    return destination


def as_setting(destination: CmsDestination) -> dict[str, str]:
    """How a destination is kept in the settings file (never with its password)."""
    return {"name": destination.name, "url": destination.url, "user": destination.user}


def checked_destination(name: str, url: str, user: str, password: str) -> CmsDestination:
    """The destination as typed, trimmed; an empty field or a URL that is not a site's
    address is refused, naming the field. Plain http is refused except on this computer:
    the Application Password travels with every request."""
    name, url, user = name.strip(), url.strip().rstrip("/"), user.strip()
    if not name:
        raise InvalidValue("name", "is empty")
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname or "@" in parts.netloc:
        raise InvalidValue("url", f"{url!r} is not the http(s) address of a site")
    if parts.query or parts.fragment:
        raise InvalidValue("url", f"{url!r}: give the site's address without ?… or #…")
    if scheme == "http" and parts.hostname not in LOOPBACK:
        raise InvalidValue(
            "url", f"{url!r}: use https:// (over http the password can be read on the network)"
        )
    url = site_address(url)
    if not user:
        raise InvalidValue("user", "is empty")
    if not password:
        raise InvalidValue("password", "is empty")
    return CmsDestination(name, url, user)


def site_address(url: str) -> str:
    """A site's address as TransDesk keeps and compares it: scheme and host in lower case,
    no trailing slash (the path keeps its case: WordPress paths may depend on it)."""
    parts = urlsplit(url.strip())
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/"), parts.query, "")
    )


def remove_destination(name: str, settings_file: Path | None = None) -> None:
    destination = get_destination(name, settings_file)
    settings = preferences.load(settings_file)
    settings.cms_destinations = [d for d in settings.cms_destinations if d.get("name") != name]
    preferences.save(settings, settings_file)
    forget_password(destination, settings_file)


def forget_password(destination: CmsDestination, settings_file: Path | None = None) -> None:
    """Remove the destination's password from the keyring and the file store."""
    if keyring_usable():
        import keyring
        import keyring.errors

        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(SERVICE, destination.account)
    store = _read_store(settings_file)
    if store.pop(destination.account, None) is not None:
        _write_store(store, settings_file)


# --- the password ---------------------------------------------------------------------------


def keyring_usable() -> bool:
    """Whether the keyring library found a real backend (not the fail/empty chainer one)."""
    import keyring
    from keyring.backends import chainer, fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    return not (isinstance(backend, chainer.ChainerBackend) and not backend.backends)


def store_password(
    destination: CmsDestination, password: str, *, file_store: bool = False,
    settings_file: Path | None = None,
) -> None:  # fmt: skip
    if keyring_usable():
        import keyring

        keyring.set_password(SERVICE, destination.account, password)
        return
    if not file_store:
        raise NoKeyring(
            "this machine has no usable keyring for the password; add --file-store to keep "
            f"it in {credentials_path(settings_file)} (readable by you only)"
        )
    store = _read_store(settings_file)
    store[destination.account] = password
    _write_store(store, settings_file)


def get_password(destination: CmsDestination, settings_file: Path | None = None) -> str:
    if keyring_usable():
        import keyring

        found = keyring.get_password(SERVICE, destination.account)
        if found:
            return found
    found = _read_store(settings_file).get(destination.account)
    if not found:
        raise NotFound(
            f"no password kept for CMS destination {destination.name!r} (transdesk cms add again)"
        )
    return found


def credentials_path(settings_file: Path | None = None) -> Path:
    return (settings_file or preferences.settings_path()).parent / "credentials.json"


def _read_store(settings_file: Path | None) -> dict[str, str]:
    try:
        data = json.loads(credentials_path(settings_file).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, str)} if isinstance(data, dict) else {}


def _write_store(store: dict[str, str], settings_file: Path | None) -> None:
    path = credentials_path(settings_file)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(store).encode("utf-8"), mode=0o600)
