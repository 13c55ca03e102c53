"""Typed preferences, stored as versioned JSON and written atomically. No Qt here."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from app.core.engines.base import KINDS, EngineError, host_of
from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.pinyin import DEFAULT_TONE_COLOURS, PinyinStyle
from app.data import atomic_file

SETTINGS_VERSION = 2
UI_LANGUAGES = ("system", "en", "zh_CN")


# An import larger than this is refused whatever the setting: every entry is detected in every post.
MAX_IMPORT_ENTRIES = 200_000


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    ui_language: str = "system"
    pinyin_style: str = PinyinStyle.MARKS.value
    show_pinyin: bool = True
    show_traditional: bool = False
    tone_sandhi: bool = False
    tone_colours_enabled: bool = True
    tone_colours: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_TONE_COLOURS))
    reader_font_size: int = 20
    hide_vulgar: bool = False
    flag_platform_words: bool = False  # also mark plain platform vocabulary (博主, hashtag) as slang in posts
    study_desired_retention: float = 0.9
    study_new_per_day: int = 20
    study_saved_phrases: bool = True  # a saved phrase becomes study cards at once (off: it waits in "Add cards")
    last_view: str = "reader"
    import_max_entries: int = 20_000  # the most entries one glossary import takes (a deck, not a dump)
    welcome_shown: bool = False  # the first-run welcome appears once; Help → Welcome shows it again
    # The translation engine (Preferences, `jiaoliu translate`); API keys live in the system keyring, never here.
    engine_kind: str = "argos"  # argos (on this computer) | libretranslate | llm
    engine_url: str = ""  # the server's base URL as the user copied it; "" for the kind's default on this computer
    engine_model: str = ""  # an LLM server's model; "" for the server's first
    confirmed_hosts: list[str] = field(default_factory=list)  # hosts the user agreed to send text to
    allow_unencrypted_lan: bool = False  # plain http to a confirmed host on the local network

    def validated(self) -> Settings:
        """A copy with every out-of-range value replaced by its default."""
        default = Settings()
        if self.ui_language not in UI_LANGUAGES:
            self.ui_language = default.ui_language
        if self.pinyin_style not in {s.value for s in PinyinStyle}:
            self.pinyin_style = default.pinyin_style
        if not 8 <= self.reader_font_size <= 72:
            self.reader_font_size = default.reader_font_size
        if not 0.70 <= self.study_desired_retention <= 0.99:
            self.study_desired_retention = default.study_desired_retention
        if not 0 <= self.study_new_per_day <= 9999:
            self.study_new_per_day = default.study_new_per_day
        if not 100 <= self.import_max_entries <= MAX_IMPORT_ENTRIES:
            self.import_max_entries = default.import_max_entries
        colours = dict(default.tone_colours)
        colours.update({k: v for k, v in self.tone_colours.items() if k in colours and _is_colour(v)})
        self.tone_colours = colours
        if self.engine_kind not in KINDS:
            self.engine_kind = default.engine_kind
        self.engine_url = self.engine_url.strip() if _is_url(self.engine_url.strip()) else default.engine_url
        self.engine_model = self.engine_model.strip()
        hosts = [h.strip() for h in self.confirmed_hosts if isinstance(h, str) and h.strip()]
        self.confirmed_hosts = list(dict.fromkeys(hosts))
        return self


def _is_url(value: str) -> bool:
    """'' (the default) or an http(s) address a server engine can use."""
    if not value:
        return True
    try:
        host_of(value)
    except EngineError:
        return False
    return True


def _is_colour(value: object) -> bool:
    return isinstance(value, str) and len(value) == 7 and value.startswith("#")


def _migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring an older settings file up to SETTINGS_VERSION."""
    version = raw.get("version", 1)
    if version < 2:
        # Version 1 called the pinyin style "tone_marks"/"tone_numbers".
        style = raw.pop("pinyin_format", raw.get("pinyin_style", "marks"))
        raw["pinyin_style"] = {"tone_marks": "marks", "tone_numbers": "numbers"}.get(style, style)
    raw["version"] = SETTINGS_VERSION
    return raw


class SettingsProblem(UserError):
    """The preferences file could not be read or written; the app goes on with what it has."""


@dataclass
class LoadResult:
    settings: Settings
    problem: str | None = None  # a sentence for the user when the file was unusable
    error: SettingsProblem | None = None  # the same, for the desktop app to translate


def load(path: Path) -> LoadResult:
    """Read the settings; a missing file gives defaults, a broken one is kept aside and reported."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not a JSON object")
    except FileNotFoundError:
        return LoadResult(Settings())
    except (OSError, ValueError) as exc:
        kept = _keep_aside(path)
        if kept:
            error = SettingsProblem(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Preferences could not be read ({detail}); defaults are used. The old file was kept as {file}.",
                ),
                detail=exc,
                file=kept.name,
            )
        else:
            error = SettingsProblem(
                QT_TRANSLATE_NOOP("Errors", "Preferences could not be read ({detail}); defaults are used."), detail=exc
            )
        return LoadResult(Settings(), str(error), error)
    raw = _migrate(raw)
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in raw.items() if k in known}
    defaults = asdict(Settings())
    typed = {k: v for k, v in values.items() if isinstance(v, type(defaults[k]))}
    return LoadResult(Settings(**typed).validated())


def _keep_aside(path: Path) -> Path | None:
    target = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        path.replace(target)
        return target
    except OSError:
        return None


def save(settings: Settings, path: Path) -> None:
    """Write atomically: a temp file in the same folder, flushed, then renamed over the old one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_file.write_text(path, json.dumps(asdict(settings), ensure_ascii=False, indent=2))
