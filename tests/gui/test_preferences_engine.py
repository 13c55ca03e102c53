"""Preferences: the translation engine section (Check in a worker, key in the keyring) and platform words."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from app.services.engines import secrets
from app.ui.dialogs.preferences import PreferencesDialog
from tests.fixtures.servers import Reply, ScriptedServer

MODELS = Reply(body={"object": "list", "data": [{"id": "qwen2.5:3b"}, {"id": "llama3.2:1b"}]})


@pytest.fixture
def dialog(qtbot, window, ui_ctx):  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(ui_ctx.app.settings, window, ctx=ui_ctx)
    qtbot.addWidget(dialog)
    return dialog


def test_check_lists_the_models_and_ok_saves_the_engine_and_key(  # type: ignore[no-untyped-def]
    qtbot, dialog, ui_ctx, window, memory_keyring
) -> None:
    translate_view = window.show_view("translate")  # open before: it follows the change
    assert translate_view.engine_where.text() == "Argos · this computer"
    box = dialog.engine
    assert box.kind.currentData() == "argos" and not box.url.isEnabled()
    with ScriptedServer(lambda method, path, body: MODELS) as server:
        box.kind.setCurrentIndex(box.kind.findData("llm"))
        assert box.url.isEnabled() and box.model.isEnabled()
        assert box.url.placeholderText() == "http://127.0.0.1:11434/v1"
        box.url.setText(server.url + "/v1")
        box.api_key.setText("sk-test")
        box.check_button.click()
        qtbot.waitUntil(lambda: "Models:" in box.status.text())
        assert [s.headers.get("Authorization") for s in server.seen] == ["Bearer sk-test"] * len(server.seen)
    assert box.status.text() == "On this computer. Models: qwen2.5:3b, llama3.2:1b"
    assert [box.model.itemText(i) for i in range(box.model.count())] == ["qwen2.5:3b", "llama3.2:1b"]
    box.model.setCurrentIndex(1)
    dialog.accept()
    s = ui_ctx.app.settings.current
    assert (s.engine_kind, s.engine_url, s.engine_model) == ("llm", server.url + "/v1", "llama3.2:1b")
    assert memory_keyring.store == {(secrets.SERVICE, server.url + "/v1"): "sk-test"}  # never in the file
    assert "sk-test" not in ui_ctx.app.paths.settings.read_text(encoding="utf-8")
    assert translate_view.engine_where.text() == "llama3.2:1b · this computer"


def test_check_asks_before_using_another_computer(qtbot, dialog, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[Any] = []
    monkeypatch.setattr(socket.socket, "connect", lambda sock, address: opened.append(address))
    box = dialog.engine
    box.kind.setCurrentIndex(box.kind.findData("libretranslate"))
    box.url.setText("http://10.255.255.1:5000")
    box.check_button.click()
    qtbot.waitUntil(lambda: box.send_question is not None and box.send_question.isVisible())
    assert box.send_question.text() == "Your text will be sent to 10.255.255.1:5000. Send it?"
    box.send_question.answer(True)  # confirmed: checked again, and plain http is refused without the box ticked
    qtbot.waitUntil(lambda: "unencrypted" in box.status.text())
    assert box.values()["confirmed_hosts"] == ["10.255.255.1:5000"]
    assert ui_ctx.app.settings.current.confirmed_hosts == []  # saved only with OK
    dialog.accept()
    assert ui_ctx.app.settings.current.confirmed_hosts == ["10.255.255.1:5000"]
    assert opened == []


def test_a_bad_address_keeps_the_dialog_open(qtbot, dialog, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    box = dialog.engine
    box.kind.setCurrentIndex(box.kind.findData("libretranslate"))
    box.url.setText("ftp://school.example")
    dialog.accept()
    assert box.status.text() == "The address ftp://school.example is not a valid URL."
    assert ui_ctx.app.settings.current.engine_kind == "argos"


def test_flag_platform_words(qtbot, dialog, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    assert dialog.platform_words.text().startswith("Flag platform and everyday words")
    assert not dialog.platform_words.isChecked()
    dialog.platform_words.setChecked(True)
    dialog.accept()
    assert ui_ctx.app.settings.current.flag_platform_words is True
    again = PreferencesDialog(ui_ctx.app.settings, None, ctx=ui_ctx)
    qtbot.addWidget(again)
    assert again.platform_words.isChecked()
