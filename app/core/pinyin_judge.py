"""The tone/pinyin drill's judge: typed pinyin against the expected reading, syllable by syllable."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

# Every syllable Mandarin pinyin spells (pypinyin's character readings without tones, ü as v), inlined
# because loading pypinyin's table takes most of a second and the judge runs on every answer.
SYLLABLES = frozenset(
    """a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong bu ca cai can cang
    cao ce cei cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun
    chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die din ding diu dong
    dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng
    gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hm hng hong hou hu hua huai huan
    huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken
    keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei len leng li lia lian liang liao lie
    lin ling liu lo long lou lu luan lun luo lv lve m ma mai man mang mao me mei men meng mi mian miao mie min ming
    miu mo mou mu n na nai nan nang nao ne nei nen neng ng ni nia nian niang niao nie nin ning niu nong nou nu nuan
    nun nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao
    qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san
    sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun
    shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui
    tun tuo wa wai wan wang wei wen weng wo wong wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya
    yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang
    zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun
    zuo r""".split()
)
# Interjections and the erhua r: real, but a split that needs them is less likely than one that does not.
_RARE = frozenset({"m", "n", "ng", "hm", "hng", "r", "o", "e"})
_TONE_MARKS = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}
_MAX_CHUNK = 6  # the longest syllable (zhuang, shuang) has six letters


class Verdict(StrEnum):
    CORRECT = "correct"
    TONE = "tone"  # right letters, wrong tone
    SPELLING = "spelling"  # wrong letters
    MISSING = "missing"  # an expected syllable was not typed
    EXTRA = "extra"  # a typed syllable that is not in the answer


@dataclass(frozen=True, slots=True)
class SyllableMark:
    expected: str | None  # numbered, as in `hao3`; None for an extra syllable
    given: str | None  # as typed, numbered; None for a missing syllable
    verdict: Verdict


@dataclass(frozen=True, slots=True)
class Judgement:
    marks: tuple[SyllableMark, ...]

    @property
    def correct(self) -> bool:
        return bool(self.marks) and all(m.verdict is Verdict.CORRECT for m in self.marks)

    @property
    def tone_errors(self) -> int:
        return sum(m.verdict is Verdict.TONE for m in self.marks)

    @property
    def spelling_errors(self) -> int:
        return sum(m.verdict in (Verdict.SPELLING, Verdict.MISSING, Verdict.EXTRA) for m in self.marks)

    def suggested_rating(self) -> int:
        """Good when right, Hard for a few tone slips only, otherwise Again (1–4 as in fsrs.Rating)."""
        if self.correct:
            return 3
        if not self.spelling_errors and self.tone_errors * 3 <= len(self.marks):
            return 2
        return 1


def same_letters(a: str, b: str) -> bool:
    return _canonical(a) == _canonical(b)


def _canonical(base: str) -> str:
    # After j, q, x and y the ü is written u; lue/nue are common spellings of lüe/nüe.
    if base[:1] in "jqxy":
        base = base.replace("v", "u")
    return {"lue": "lve", "nue": "nve"}.get(base, base)


def split_numbered(syllable: str) -> tuple[str, str]:
    """`hao3` → (`hao`, `3`); no digit or 0 means the neutral tone, 5."""
    if syllable and syllable[-1] in "012345":
        return syllable[:-1], "5" if syllable[-1] == "0" else syllable[-1]
    return syllable, "5"


@dataclass(frozen=True, slots=True)
class _Run:
    letters: str
    marks: dict[int, str]  # letter index → tone digit from a tone mark on that letter
    digit: str | None  # a tone number typed right after the run


def _runs(text: str) -> list[_Run]:
    """Letters between separators (spaces, apostrophes, digits, anything else), with their tones."""
    text = unicodedata.normalize("NFD", text.lower()).replace("u\u0308", "v").replace("u:", "v")
    runs: list[_Run] = []
    letters: list[str] = []
    marks: dict[int, str] = {}

    def flush(digit: str | None) -> None:
        if letters:
            runs.append(_Run("".join(letters), dict(marks), digit))
        letters.clear()
        marks.clear()

    for ch in text:
        if "a" <= ch <= "z":
            letters.append(ch)
        elif ch in _TONE_MARKS:
            if letters:
                marks[len(letters) - 1] = _TONE_MARKS[ch]
        elif unicodedata.combining(ch):
            continue  # the circumflex of ê and the like carry no tone
        elif ch in "012345":
            flush("5" if ch == "0" else ch)
        else:
            flush(None)
    flush(None)
    return runs


Cost = tuple[int, int]  # (pieces that are not a syllable, rare syllables)


def _segmentations(run: _Run) -> dict[int, tuple[Cost, list[tuple[int, int]]]]:
    """The cheapest way to cut one run into each possible number of syllables, as (start, end) spans."""
    n = len(run.letters)
    best: list[dict[int, tuple[Cost, list[tuple[int, int]]]]] = [dict() for _ in range(n + 1)]
    best[0][0] = ((0, 0), [])
    for start in range(n):
        for count, (cost, spans) in list(best[start].items()):
            for end in range(start + 1, min(n, start + _MAX_CHUNK) + 1):
                chunk = run.letters[start:end]
                tones = sum(1 for i in range(start, end) if i in run.marks)
                valid = (chunk in SYLLABLES or _canonical(chunk) in SYLLABLES) and tones <= 1
                step = (cost[0] + (not valid), cost[1] + (chunk in _RARE))
                known = best[end].get(count + 1)
                if known is None or step < known[0]:
                    best[end][count + 1] = (step, [*spans, (start, end)])
    return best[n]


def _syllables_of(run: _Run, spans: list[tuple[int, int]]) -> list[str]:
    out = []
    for number, (start, end) in enumerate(spans):
        tone = next((run.marks[i] for i in range(start, end) if i in run.marks), None)
        if tone is None:
            tone = run.digit if run.digit and number == len(spans) - 1 else "5"
        out.append(run.letters[start:end] + tone)
    return out


def syllables(text: str, hint: int | None = None) -> list[str]:
    """Pinyin as typed (marks or numbers, spaced or not, ü/v/u:) → numbered syllables (`lv4`, `le5`).

    Where letters can be cut more than one way, `hint` (the expected number of syllables, e.g. the
    number of Han characters) picks the cut; otherwise fewer, commoner syllables win (`xian` over `xi an`)."""
    runs = _runs(text)
    options = [_segmentations(run) for run in runs]
    # Choose one cut per run so that, over all runs, bad letters come first, then distance to the hint.
    totals: dict[int, tuple[Cost, list[int]]] = {0: ((0, 0), [])}
    for per_run in options:
        merged: dict[int, tuple[Cost, list[int]]] = {}
        for total, (cost, picks) in totals.items():
            for count, (run_cost, _spans) in per_run.items():
                step = (cost[0] + run_cost[0], cost[1] + run_cost[1])
                known = merged.get(total + count)
                if known is None or step < known[0]:
                    merged[total + count] = (step, [*picks, count])
        totals = merged

    def rank(item: tuple[int, tuple[Cost, list[int]]]) -> tuple[int, int, int, int]:
        total, (cost, _) = item
        return (cost[0], abs(total - hint) if hint is not None else 0, cost[1], total)

    _total, (_cost, picks) = min(totals.items(), key=rank)
    out: list[str] = []
    for run, per_run, count in zip(runs, options, picks, strict=True):
        out += _syllables_of(run, per_run[count][1])
    return out


def judge(expected: str | Sequence[str], answer: str, hint: int | None = None) -> Judgement:
    """Mark each syllable of `answer` against `expected` (a pinyin string, or numbered syllables)."""
    wanted = syllables(expected, hint) if isinstance(expected, str) else [s.lower() for s in expected]
    given = syllables(answer, len(wanted) or hint)
    return Judgement(tuple(_align(wanted, given)))


def _align(wanted: list[str], given: list[str]) -> list[SyllableMark]:
    """Edit-distance alignment: a syllable with the right letters pairs up before a misspelt one."""
    w = [split_numbered(s) for s in wanted]
    g = [split_numbered(s) for s in given]

    def pair(i: int, j: int) -> float:
        # A tone slip costs a little, so a right-letters pairing wins over a misspelt one.
        return (0.0 if same_letters(w[i][0], g[j][0]) else 1.0) + (0.0 if w[i][1] == g[j][1] else 0.1)

    # cost[i][j]: the cheapest alignment of w[i:] with g[j:].
    cost = [[0.0] * (len(g) + 1) for _ in range(len(w) + 1)]
    for i in range(len(w), -1, -1):
        for j in range(len(g), -1, -1):
            if i == len(w) or j == len(g):
                cost[i][j] = float(len(w) - i + len(g) - j)
            else:
                cost[i][j] = min(pair(i, j) + cost[i + 1][j + 1], 1 + cost[i + 1][j], 1 + cost[i][j + 1])
    out: list[SyllableMark] = []
    i = j = 0
    while i < len(w) or j < len(g):
        if i < len(w) and j < len(g) and abs(cost[i][j] - pair(i, j) - cost[i + 1][j + 1]) < 1e-9:
            letters_ok, tone_ok = same_letters(w[i][0], g[j][0]), w[i][1] == g[j][1]
            verdict = Verdict.SPELLING if not letters_ok else Verdict.CORRECT if tone_ok else Verdict.TONE
            out.append(SyllableMark(wanted[i], given[j], verdict))
            i, j = i + 1, j + 1
        elif i < len(w) and (j == len(g) or abs(cost[i][j] - 1 - cost[i + 1][j]) < 1e-9):
            out.append(SyllableMark(wanted[i], None, Verdict.MISSING))
            i += 1
        else:
            out.append(SyllableMark(None, given[j], Verdict.EXTRA))
            j += 1
    return out
