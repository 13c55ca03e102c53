"""Sessions in a real SQLite file, the correction diff, and the Markdown and HTML exports parsed back."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.diff import Segment, changed, corrected_of, diff, original_of, tokens
from app.data.database import open_database
from app.data.phrases import PhraseStore
from app.data.sessions import SessionError, SessionStore
from app.services.annotate import Annotator
from app.services.session_export import (
    default_filename,
    export_text,
    load_document,
    md_escape,
    pinyin_function,
    to_html,
    to_markdown,
)


@pytest.fixture
def store(data_dir: Path) -> SessionStore:
    data_dir.mkdir(parents=True, exist_ok=True)
    db = open_database(data_dir / "jiaoliu.db")
    yield SessionStore(db)
    db.close()


def _reopen(store: SessionStore) -> SessionStore:
    """The same file through a second connection: what is there was committed."""
    path = store.db.execute("pragma database_list").fetchone()[2]
    return SessionStore(open_database(path))


# --- the store ---------------------------------------------------------------------------------------
def test_create_update_and_refusals(store: SessionStore) -> None:
    sid = store.create("  Essay   help ", "小明", "en", "English essay")
    session = _reopen(store).get(sid)
    assert (session.title, session.partner, session.direction, session.subject) == (
        "Essay help",
        "小明",
        "en",
        "English essay",
    )
    assert not session.running and session.started_at is None
    assert store.update(sid, title="Essay, part 2", direction="both").title == "Essay, part 2"
    with pytest.raises(SessionError, match="needs a title"):
        store.update(sid, title="   ")
    with pytest.raises(SessionError, match="direction"):
        store.update(sid, direction="fr")
    with pytest.raises(SessionError, match="no field"):
        store.update(sid, created_at="x")
    with pytest.raises(SessionError, match="There is no session 999"):
        store.get(999)
    assert store.get(sid).title == "Essay, part 2"  # the refused changes left it alone


def test_search_and_filters(store: SessionStore) -> None:
    a = store.create("Essay", "Amy", "en", "English essay")
    b = store.create("Slang night", "小红", "zh", "slang")
    c = store.create("Mixed", "", "both", "Slang")
    store.add_entry(b, "question", "绝绝子是什么意思？")
    store.add_entry(a, "correction", "I has a apple", corrected="I have an apple")
    assert [s.id for s in store.sessions("绝绝")] == [b]
    assert [s.id for s in store.sessions("HAVE")] == [a]  # corrected text, any case
    assert [s.id for s in store.sessions("essay amy")] == [a]  # every word must match
    assert [s.id for s in store.sessions("100%")] == []  # LIKE wildcards are literal
    assert {s.id for s in store.sessions(subject="slang")} == {b, c}
    assert [s.id for s in store.sessions(direction="zh")] == [b]
    assert [s.id for s in store.sessions(partner="amy")] == [a]
    assert [s.id for s in store.search("小红")] == [b]
    assert [s.casefold() for s in store.subjects()] == ["english essay", "slang"]  # one per spelling
    assert store.partners() == ["Amy", "小红"]


def test_entries_keep_their_order(store: SessionStore) -> None:
    sid = store.create("Order")
    q = store.add_entry(sid, "question", "Q")
    a = store.add_entry(sid, "answer", "A")
    n = store.add_entry(sid, "note", "N", position=1)  # between the two
    assert [e.id for e in store.entries(sid)] == [q, n, a]
    assert [e.position for e in store.entries(sid)] == [0, 1, 2]
    before = store.move_entry(a, 0)
    assert before == [q, n, a]
    assert [e.id for e in _reopen(store).entries(sid)] == [a, q, n]
    store.reorder(sid, [n, a, q])
    assert [e.id for e in store.entries(sid)] == [n, a, q]
    with pytest.raises(SessionError, match="exactly once"):
        store.reorder(sid, [n, a])
    assert [e.id for e in store.entries(sid)] == [n, a, q]


def test_edit_entry_and_refusals(store: SessionStore) -> None:
    sid = store.create("Edits")
    eid = store.add_entry(sid, "correction", "I goes", corrected="I go", explanation="first person")
    edited = store.edit_entry(eid, corrected="I went", explanation="")
    assert (edited.text, edited.corrected, edited.explanation) == ("I goes", "I went", "")
    with pytest.raises(SessionError, match="not 'essay'"):
        store.add_entry(sid, "essay", "x")
    with pytest.raises(SessionError, match="no field"):
        store.edit_entry(eid, session_id=5)
    with pytest.raises(SessionError, match="too long"):
        store.edit_entry(eid, text="x" * 100_001)
    assert [e.id for e in store.entries(sid)] == [eid]
    assert store.entry(eid).text == "I goes"


def test_delete_and_restore_entry_in_its_place(store: SessionStore) -> None:
    sid = store.create("Undo")
    ids = [store.add_entry(sid, "note", str(i)) for i in range(4)]
    snapshot = store.delete_entry(ids[1])
    assert [e.text for e in store.entries(sid)] == ["0", "2", "3"]
    assert [e.position for e in store.entries(sid)] == [0, 1, 2]
    store.restore_entry(snapshot)
    assert [e.id for e in store.entries(sid)] == ids
    with pytest.raises(SessionError, match="no longer exists"):
        store.delete_entry(12345)


def test_delete_session_takes_its_entries_and_restore_brings_them_back(store: SessionStore) -> None:
    sid = store.create("Gone", "Li")
    store.add_entry(sid, "question", "?")
    other = store.create("Stays")
    snapshot = store.delete(sid)
    assert [s.id for s in store.sessions()] == [other]
    assert store.db.execute("select count(*) from session_entries").fetchone()[0] == 0
    store.restore(snapshot)
    assert store.get(sid).partner == "Li" and [e.text for e in store.entries(sid)] == ["?"]


def test_timer_adds_up_runs_and_not_the_time_between(store: SessionStore) -> None:
    t0 = datetime(2025, 1, 20, 14, 0, tzinfo=UTC)
    sid = store.create("Timed")
    store.start_timer(sid, t0)
    assert store.get(sid).duration(t0 + timedelta(seconds=30)) == 30
    stopped = store.stop_timer(sid, t0 + timedelta(seconds=90))
    assert not stopped.running and stopped.elapsed_seconds == 90
    assert stopped.ended_at == (t0 + timedelta(seconds=90)).isoformat()
    resumed = store.start_timer(sid, t0 + timedelta(hours=5))  # a day later the clock goes on, not the gap
    assert resumed.running and resumed.ended_at is None and resumed.started_at == t0.isoformat()
    assert store.start_timer(sid, t0 + timedelta(hours=6)).running_since == resumed.running_since  # no restart
    assert store.summary(sid, t0 + timedelta(hours=5, seconds=30)).duration_seconds == 120
    assert store.get(store.create("Running", start=True)).running


def test_summary_counts_entries_corrections_and_phrases(store: SessionStore) -> None:
    sid = store.create("Summary", "Amy")
    q = store.add_entry(sid, "question", "破防了是什么意思？")
    c = store.add_entry(sid, "correction", "I has", corrected="I have")
    store.add_entry(sid, "correction", "他去了学校了", corrected="他去学校了")
    first = store.save_phrase(PhraseStore(store.data), q, "破防了", "I'm emotionally wrecked")
    store.save_phrase(PhraseStore(store.data), c, "I have", note="have after I")
    summary = store.summary(sid)
    assert (summary.entries, summary.corrections, summary.phrases_saved) == (3, 2, 2)
    assert summary.by_kind["question"] == 1
    phrase = PhraseStore(store.data).get(first)
    assert phrase is not None and phrase.origin == "session" and phrase.origin_ref == str(q)
    assert phrase.source == "Summary · Amy" and phrase.pinyin  # the phrasebook fills in pinyin
    assert store.phrase_ids(q) == [first]
    assert store.entry_of_phrase(phrase.origin, phrase.origin_ref) == store.entry(q)  # the link back
    assert store.entry_of_phrase("session", "999") is None
    PhraseStore(store.data).delete([first])
    assert store.summary(sid).phrases_saved == 1
    with pytest.raises(ValueError):
        store.save_phrase(PhraseStore(store.data), q, "   ")
    assert store.summary(sid).phrases_saved == 1


# --- the diff ----------------------------------------------------------------------------------------
def test_english_is_compared_word_by_word() -> None:
    assert diff("I has a apple.", "I have an apple.") == [
        Segment("equal", "I "),
        Segment("delete", "has"),
        Segment("insert", "have"),
        Segment("equal", " "),
        Segment("delete", "a"),
        Segment("insert", "an"),
        Segment("equal", " apple."),
    ]
    assert diff("He don't like it", "He doesn't like it")[1:3] == [
        Segment("delete", "don't"),
        Segment("insert", "doesn't"),
    ]


def test_chinese_is_compared_character_by_character() -> None:
    assert diff("我昨天去了商店买东西。", "我昨天去商店买了东西。") == [
        Segment("equal", "我昨天去"),
        Segment("delete", "了"),
        Segment("equal", "商店买"),
        Segment("insert", "了"),
        Segment("equal", "东西。"),
    ]
    assert diff("我很喜欢", "我非常喜欢") == [
        Segment("equal", "我"),
        Segment("delete", "很"),
        Segment("insert", "非常"),
        Segment("equal", "喜欢"),
    ]
    assert tokens("我爱apple pie") == ["我", "爱", "apple", " ", "pie"]


def test_identical_and_empty() -> None:
    assert diff("same", "same") == [Segment("equal", "same")]
    assert changed(diff("same", "same")) == 0
    assert diff("", "新") == [Segment("insert", "新")]
    assert diff("old", "") == [Segment("delete", "old")]
    assert diff("", "") == []


@given(st.text(alphabet="ab 我你。,'\n-x", max_size=30), st.text(alphabet="ab 我你。,'\n-x", max_size=30))
def test_segments_spell_both_texts(original: str, corrected: str) -> None:
    segments = diff(original, corrected)
    assert original_of(segments) == original and corrected_of(segments) == corrected
    assert all(s.text for s in segments)
    assert all(a.op != b.op for a, b in zip(segments, segments[1:], strict=False))  # merged runs
    assert all(not (a.op == "insert" and b.op == "delete") for a, b in zip(segments, segments[1:], strict=False))


# --- exports -----------------------------------------------------------------------------------------
@pytest.fixture
def document_store(store: SessionStore) -> SessionStore:
    sid = store.create("Essay <help> & slang", "小明 *star*", "both", "English essay", start=True)
    q = store.add_entry(sid, "question", "我昨天去了商店买东西。怎么用英语说？")
    store.add_entry(sid, "answer", "Yesterday I went to the shop.\n# not a heading")
    store.add_entry(sid, "correction", "I has a apple.", corrected="I have an apple.", explanation="**have** after I")
    store.add_entry(sid, "correction", "我昨天去了商店买东西。", corrected="我昨天去商店买了东西。")
    store.add_entry(sid, "translation", "No cap", translation="不骗你")
    store.save_phrase(PhraseStore(store.data), q, "商店", "shop")
    return store


class _Collect(HTMLParser):
    """Text by the element it is in: del, ins, .pinyin paragraphs, h1, h2."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.found: dict[str, list[str]] = {"del": [], "ins": [], "pinyin": [], "h1": [], "h2": [], "script": []}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = dict(attrs).get("class") or ""
        self.stack.append("pinyin" if "pinyin" in classes.split() else tag)
        if tag in self.found and tag not in ("del", "ins", "h1", "h2"):
            self.found[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        if self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] in self.found:
            self.found[self.stack[-1]].append(data)


def test_html_export_parses_back(document_store: SessionStore, words) -> None:  # type: ignore[no-untyped-def]
    sid = document_store.sessions()[0].id
    html = to_html(
        load_document(document_store, PhraseStore(document_store.data), sid), pinyin_function(Annotator(words))
    )
    parsed = _Collect()
    parsed.feed(html)
    assert parsed.found["h1"] == ["Essay <help> & slang"]  # escaped, shown as typed
    assert parsed.found["del"] == ["has", "a", "了"]
    assert parsed.found["ins"] == ["have", "an", "了"]
    assert len(parsed.found["h2"]) == 5 and parsed.found["h2"][2] == "3. Correction · 修改"
    readings = " ".join(parsed.found["pinyin"])
    assert "Wǒ zuótiān qù le shāngdiàn mǎi dōngx" in readings  # the question, word by word
    assert "Wǒ zuótiān qù shāngdiàn mǎi le dōngx" in readings  # the corrected sentence
    assert "Zěnme yòng Yīngyǔ shuō?" in readings  # the dictionary's neutral tone: zěnme, not zěnmó
    assert "bùpiànnǐ" in readings.replace(" ", "").lower()  # a Chinese translation gets pinyin too
    assert not any("apple" in r for r in parsed.found["pinyin"])  # English has none
    assert "<li>商店 — shop</li>" in html
    assert "1 corrections" not in html and "2 corrections" in html
    assert 'charset="utf-8"' in html and "line-through" in html


def test_markdown_export_parses_back(document_store: SessionStore, words) -> None:  # type: ignore[no-untyped-def]
    sid = document_store.sessions()[0].id
    text = to_markdown(
        load_document(document_store, PhraseStore(document_store.data), sid), pinyin_function(Annotator(words))
    )
    sections = re.split(r"^## ", text, flags=re.MULTILINE)
    assert sections[0].startswith("# Essay \\<help\\> & slang\n")
    assert "小明 \\*star\\*" in sections[0]  # no emphasis made of the partner's name
    english, chinese = sections[3], sections[4]
    assert re.findall(r"~~(.+?)~~", english) == ["has", "a"]
    assert re.findall(r"(?<!\*)\*\*([^*]+?)\*\*(?!\*)", english.split("\n\n")[1]) == ["have", "an"]
    assert "I ~~has~~**have** ~~a~~**an** apple." in english
    assert "\\*\\*have\\*\\* after I" in english  # the explanation's asterisks are text
    assert re.findall(r"~~(.+?)~~", chinese) == ["了"] and "买**了**东西" in chinese
    assert re.search(r"^\*Wǒ zuótiān qù shāngdiàn mǎi le dōngx\w\.\*$", chinese, re.MULTILINE)  # GB/T 16159
    assert "\\# not a heading" in sections[2]
    assert "- Saved phrase · 收藏: 商店 — shop" in sections[1]


def test_markdown_renders_as_intended() -> None:
    markdown_it = pytest.importorskip("markdown_it")
    text = "I " + "~~has~~**have**" + " " + md_escape("1. *not* <b>bold</b> [link](x)")
    rendered = markdown_it.MarkdownIt().enable("strikethrough").render(text)
    assert "<s>has</s><strong>have</strong>" in rendered
    assert "<em>" not in rendered and "<b>" not in rendered and "<a " not in rendered and "<ol" not in rendered


def test_export_text_is_atomic(document_store: SessionStore, tmp_path: Path) -> None:
    doc = load_document(document_store, PhraseStore(document_store.data), document_store.sessions()[0].id)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.md"
    export_text(doc, "md", target)
    assert target.read_text(encoding="utf-8").startswith("# Essay")
    with pytest.raises(OSError):
        export_text(doc, "html", folder / "missing" / "out.html")
    with pytest.raises(IsADirectoryError):
        export_text(doc, "html", folder)  # the rename fails after the temp file was written
    assert [p.name for p in folder.iterdir()] == ["out.md"]  # no temp file left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exports", "jiaoliu-data"]
    with pytest.raises(ValueError):
        export_text(doc, "pdf", tmp_path / "x.pdf")
    assert default_filename(doc.session, "pdf") == "Essay help & slang.pdf"
