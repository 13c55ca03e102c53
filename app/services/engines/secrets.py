"""API keys of translation servers in the system keyring (never in the settings file), one per server URL."""

from __future__ import annotations

from app.core.errors import QT_TRANSLATE_NOOP, UserError

SERVICE = "jiaoliu-translation-server"


class KeyringUnavailable(UserError):
    """The system has no keyring to keep the key in."""


def _account(url: str) -> str:
    return url.strip().rstrip("/").lower()


def get_api_key(url: str) -> str:
    """The key saved for this server, or '' (also when the system has no usable keyring)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE, _account(url)) or ""
        except KeyringError:
            return ""
    except Exception:  # noqa: BLE001 - a broken keyring backend must not stop translation; the key is then asked again
        return ""


def set_api_key(url: str, key: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        if key:
            keyring.set_password(SERVICE, _account(url), key)
        else:
            delete_api_key(url)
    except KeyringError as exc:
        raise KeyringUnavailable(
            QT_TRANSLATE_NOOP("Errors", "The API key could not be saved: this system has no keyring ({detail})."),
            detail=str(exc),
        ) from exc


def delete_api_key(url: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, _account(url))
    except PasswordDeleteError:
        return
    except KeyringError as exc:
        raise KeyringUnavailable(
            QT_TRANSLATE_NOOP("Errors", "The API key could not be removed: this system has no keyring ({detail})."),
            detail=str(exc),
        ) from exc
