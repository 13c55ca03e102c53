"""The Translate view with server engines: where text goes, the question before sending, the remote badge.

Nothing here leaves this computer: pytest-socket allows only loopback addresses, and the remote host
(10.255.255.1) is never contacted because the refusal comes before any connection (the tests also record every
`connect` and check that none went elsewhere)."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from app.services.translate_result import SentenceResult, TranslationResult
from tests.fixtures.servers import Reply, ScriptedServer, Server, libretranslate
from tests.fixtures.tiny_argos import build_package

REMOTE = "10.255.255.1:5000"


@pytest.fixture
def view(window):  # type: ignore[no-untyped-def]
    window.data_ready()
    return window.show_view("translate")


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every address a socket connects to (the remote host must never appear)."""
    opened: list[Any] = []
    real = socket.socket.connect

    def connect(sock: socket.socket, address: Any) -> Any:
        opened.append(address)
        return real(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    return opened


def remote(addresses: list[Any]) -> list[Any]:
    return [a for a in addresses if isinstance(a, tuple) and a[0] not in ("127.0.0.1", "::1", "localhost")]


def translate(qtbot, view, text: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.translation_finished, timeout=20_000):
        view.translate(text)


def test_a_remote_server_asks_first_and_sends_nothing_when_declined(  # type: ignore[no-untyped-def]
    qtbot, view, ui_ctx, connections
) -> None:
    ui_ctx.app.settings.update(engine_kind="libretranslate", engine_url=f"https://{REMOTE}")
    assert view.engine_where.text() == f"LibreTranslate · {REMOTE}"
    assert "sent to 10.255.255.1:5000" in view.engine_where.toolTip()
    view.translate("Hello. I love cats.")
    qtbot.waitUntil(lambda: view.send_question is not None and view.send_question.isVisible())
    question = view.send_question
    assert question.text() == f"Your text will be sent to {REMOTE}. Send it?"
    with qtbot.waitSignal(view.translation_finished):
        question.answer(False)
    assert "Not sent: your text stayed on this computer." in view.notes.toPlainText()
    assert view.target.toPlainText() == "" and not view.remote_badge.isVisibleTo(view)
    assert ui_ctx.app.settings.current.confirmed_hosts == []
    assert remote(connections) == []


def test_yes_confirms_the_host_once_and_translates_again(qtbot, view, ui_ctx, connections) -> None:  # type: ignore[no-untyped-def]
    # Plain http to the confirmed host is still refused (no "allow unencrypted"): the retry shows that, unsent.
    ui_ctx.app.settings.update(engine_kind="libretranslate", engine_url=f"http://{REMOTE}")
    view.translate("Hello.")
    qtbot.waitUntil(lambda: view.send_question is not None and view.send_question.isVisible())
    with qtbot.waitSignal(view.translation_finished):
        view.send_question.answer(True)
    assert ui_ctx.app.settings.current.confirmed_hosts == [REMOTE]
    qtbot.waitUntil(lambda: "unencrypted" in view.notes.toPlainText())
    assert view.send_question is None  # asked once: the host is confirmed now
    translate(qtbot, view, "Hello again.")
    assert view.send_question is None and "unencrypted" in view.notes.toPlainText()
    assert remote(connections) == []


def test_a_translation_made_elsewhere_carries_the_badge(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    view.source.setPlainText("Hello.")
    info = {"name": "LibreTranslate", "kind": "libretranslate", "where": "school.example:5000"}
    rows = [SentenceResult("Hello.", "你好。", 0, 6)]
    view._on_done(TranslationResult("Hello.", "你好。", "en-zh", rows, [], "libretranslate", None, engine_info=info))
    assert view.remote_badge.isVisibleTo(view) and view.remote_badge.text() == "Sent to school.example:5000"
    assert view.engine_label.text() == "Translated by LibreTranslate on school.example:5000"


# --- a LibreTranslate server on this computer ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def lt_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    out = tmp_path_factory.mktemp("gui-lt")
    packages = {(a, b): build_package(out / f"{a}_{b}.argosmodel", a, b) for a, b in (("en", "zh"), ("zh", "en"))}
    with libretranslate(out / "home", packages) as running:
        yield running


@pytest.mark.slow
def test_a_libretranslate_server_on_this_computer_translates_without_a_badge(  # type: ignore[no-untyped-def]
    qtbot, view, ui_ctx, lt_server, connections
) -> None:
    ui_ctx.app.settings.update(engine_kind="libretranslate", engine_url=lt_server.url)
    assert view.engine_where.text() == "LibreTranslate · this computer"
    translate(qtbot, view, "Hello. I love cats.")
    assert view.send_question is None  # this computer: nothing to ask
    assert view.target.toPlainText().startswith("你好") and "我爱猫" in view.target.toPlainText()
    assert view.engine_label.text() == "Translated by LibreTranslate on this computer"
    assert not view.remote_badge.isVisibleTo(view)
    assert remote(connections) == []


# --- an LLM server (a scripted double on this computer) -----------------------------------------------------------


def test_an_llm_explains_the_slang_in_the_notes(qtbot, view, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    answer = {
        "translations": [{"n": 1, "text": "Family, this shop is the GOAT!"}, {"n": 2, "text": "Love it."}],
        "slang": [{"term": "yyds", "sense": "the greatest of all time", "explanation": "Praise for the best."}],
    }
    text = json.dumps(answer, ensure_ascii=False)
    models = Reply(body={"object": "list", "data": [{"id": "qwen2.5:3b", "object": "model"}]})

    def route(method: str, path: str, body: Any) -> Reply:
        return models if path.endswith("/models") else Reply(sse=[text[i : i + 9] for i in range(0, len(text), 9)])

    with ScriptedServer(route) as server:
        ui_ctx.app.settings.update(engine_kind="llm", engine_url=server.url + "/v1", engine_model="qwen2.5:3b")
        assert view.engine_where.text() == "qwen2.5:3b · this computer"
        translate(qtbot, view, "家人们，这家店yyds！太爱了。")
    assert view.target.toPlainText() == "Family, this shop is the GOAT! Love it."
    notes = view.notes.toPlainText()
    assert "In this post: the greatest of all time — Praise for the best." in notes
    assert "GOAT" in notes  # the glossary's own meaning stays next to it
    assert view.engine_label.text() == "Translated by qwen2.5:3b on this computer"


def test_a_plain_translation_shows_the_engines_hint(qtbot, view, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    replies = [Reply(sse=["nonsense"]), Reply(sse=["still {"]), Reply(sse=["1. Hello.\n2. Thanks."])]
    models = Reply(body={"object": "list", "data": [{"id": "tiny"}]})

    def route(method: str, path: str, body: Any) -> Reply:
        return models if path.endswith("/models") else replies.pop(0)

    with ScriptedServer(route) as server:
        ui_ctx.app.settings.update(engine_kind="llm", engine_url=server.url + "/v1")
        translate(qtbot, view, "你好。谢谢。")
    assert view.target.toPlainText() == "Hello. Thanks."
    assert "a plain translation without slang explanations" in view.notes.toPlainText()


def test_argos_says_this_computer(view) -> None:  # type: ignore[no-untyped-def]
    assert view.engine_where.text() == "Argos · this computer"
    assert view.engine_where.toolTip() == "Translated on this computer: your text stays here."
