"""The app's slang index: plain platform vocabulary is in the glossary but flagged in posts only on request."""

from app.core.slang import PLATFORM_WORD, load_bundled
from app.services.slang_index import SlangIndex

POST = "我关注的博主在评论区说，小红书上这家店yyds"


def _found(index: SlangIndex) -> list[str]:
    return [m.surface for m in index.detect(POST)]


def test_platform_words_are_not_flagged_by_default_but_stay_known() -> None:
    index = SlangIndex()
    index.rebuild(load_bundled())
    assert _found(index) == ["yyds"]
    assert index.entry("zh-bozhu") is not None  # still there for look-up and hover


def test_platform_words_are_flagged_when_the_user_asks() -> None:
    index = SlangIndex()
    index.rebuild(load_bundled(), platform_words=True)
    assert _found(index) == ["博主", "评论区", "小红书", "yyds"]


def test_platform_words_are_plain_vocabulary_only() -> None:
    tagged = {e.id for e in load_bundled() if PLATFORM_WORD in e.tags}
    assert {"zh-xiaohongshu", "zh-bozhu", "zh-pinglunqu", "en-hashtag", "en-influencer", "en-rednote"} <= tagged
    assert not {"zh-zhongcao", "zh-yyds", "en-no-cap", "zh-baozi"} & tagged  # slang stays slang


def test_entry_for_gives_the_chosen_sense_and_platform_words_keep_their_senses() -> None:
    index = SlangIndex()
    index.rebuild(load_bundled(), platform_words=True)
    (post,) = index.detect("第一次发笔记")
    assert post.sense == "post" and index.entry_for(post).plain == "帖子"  # type: ignore[union-attr]
    assert index.detect("上课的笔记") == []  # the literal reading is never flagged
    quiet = SlangIndex()
    quiet.rebuild(load_bundled())
    assert quiet.detect("第一次发笔记") == []  # 笔记 is platform vocabulary: flagged only on request


def test_everyday_words_are_explained_on_hover_but_not_flagged() -> None:
    from dataclasses import replace

    from app.core.slang import EVERYDAY_WORD, hover_only

    bundled = load_bundled()
    xiangqin = next(e for e in bundled if e.term == "相亲")
    tagged = replace(xiangqin, tags=(*xiangqin.tags, EVERYDAY_WORD))
    entries = [tagged if e is xiangqin else e for e in bundled]
    assert hover_only(tagged) and not hover_only(next(e for e in bundled if e.id == "zh-yyds"))
    index = SlangIndex()
    index.rebuild(entries)
    post = "周末被我妈安排去相亲，对方开口就问存款，yyds的离谱"
    assert [m.surface for m in index.detect(post) if "相亲" in m.surface] == []
    assert "yyds" in [m.surface for m in index.detect(post)]
    assert index.hover_entry("相亲") is tagged  # the Reader's hover card still explains it
    loud = SlangIndex()
    loud.rebuild(entries, platform_words=True)
    assert any("相亲" in m.surface for m in loud.detect(post))
