import json
from pathlib import Path

from app.data import settings as settings_file
from app.data.settings import Settings
from app.services.settings_store import SettingsStore


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    result = settings_file.load(tmp_path / "settings.json")
    assert result.settings == Settings() and result.problem is None


def test_round_trip_and_atomic_write(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings_file.save(Settings(ui_language="zh_CN", pinyin_style="zhuyin", reader_font_size=30), path)
    loaded = settings_file.load(path).settings
    assert (loaded.ui_language, loaded.pinyin_style, loaded.reader_font_size) == ("zh_CN", "zhuyin", 30)
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temp file left behind
    assert json.loads(path.read_text())["version"] == settings_file.SETTINGS_VERSION


def test_broken_file_is_kept_aside_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{ not json", encoding="utf-8")
    result = settings_file.load(path)
    assert result.settings == Settings()
    assert result.problem and "could not be read" in result.problem
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("settings.json.broken-")]
    assert len(kept) == 1 and kept[0].read_text() == "{ not json"


def test_wrong_types_and_values_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "version": 2,
                "ui_language": "klingon",
                "show_pinyin": "yes",
                "reader_font_size": 500,
                "tone_colours": {"1": "#000000", "9": "#fff"},
                "unknown_key": 1,
            }
        )
    )
    loaded = settings_file.load(path).settings
    assert loaded.ui_language == "system" and loaded.show_pinyin is True
    assert loaded.reader_font_size == Settings().reader_font_size
    assert loaded.tone_colours["1"] == "#000000" and "9" not in loaded.tone_colours


def test_version_1_file_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "pinyin_format": "tone_numbers"}))
    assert settings_file.load(path).settings.pinyin_style == "numbers"


def test_store_notifies_only_changed_keys_and_saves(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    seen: list[set[str]] = []
    store.subscribe(seen.append)
    assert store.update(show_pinyin=False, pinyin_style="marks") == {"show_pinyin"}
    assert store.update(show_pinyin=False) == set()
    assert seen == [{"show_pinyin"}]
    assert settings_file.load(path).settings.show_pinyin is False


def test_store_survives_a_read_only_folder(tmp_path: Path) -> None:
    target = tmp_path / "blocked" / "settings.json"
    (tmp_path / "blocked").write_text("a file where a folder should be")
    store = SettingsStore(target)
    store.update(show_pinyin=False)  # must not raise
    assert store.current.show_pinyin is False
    assert store.load_problem and "could not be saved" in store.load_problem
