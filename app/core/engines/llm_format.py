"""What the app asks an LLM and how it reads the answer: the grounded prompt, the JSON schema, the parsers.

Pure functions (no network) so that every odd answer a model can give is tested directly."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.core.engines.base import GlossaryTerm, SlangSense
from app.core.errors import QT_TRANSLATE_NOOP

LANGUAGE = {"en": "English", "zh": "Simplified Chinese"}
HINT_PLAIN = QT_TRANSLATE_NOOP(
    "Engines", "The model's answer could not be read, so this is a plain translation without slang explanations."
)
HINT_MISSING = QT_TRANSLATE_NOOP("Engines", "The model skipped some sentences; they are shown with a dictionary gloss.")


def schema(count: int) -> dict[str, Any]:
    """One item per numbered input sentence, and per slang term the sense used and a one-line explanation."""
    return {
        "type": "object",
        "properties": {
            "translations": {
                "type": "array",
                "minItems": count,
                "maxItems": count,
                "items": {
                    "type": "object",
                    "properties": {"n": {"type": "integer"}, "text": {"type": "string"}},
                    "required": ["n", "text"],
                    "additionalProperties": False,
                },
            },
            "slang": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "term": {"type": "string"},
                        "sense": {"type": "string"},
                        "explanation": {"type": "string"},
                    },
                    "required": ["term", "sense", "explanation"],
                    "additionalProperties": False,
                },
            },
        },
        "required": ["translations", "slang"],
        "additionalProperties": False,
    }


SCHEMA_STYLES = ("json_schema", "json_object")


def response_format(count: int, style: str = "json_schema") -> dict[str, Any]:
    """OpenAI's form (vLLM, Ollama, LM Studio), or llama-cpp-python's `json_object` with a schema."""
    if style == "json_object":
        return {"type": "json_object", "schema": schema(count)}
    return {"type": "json_schema", "json_schema": {"name": "translation", "strict": True, "schema": schema(count)}}


def glossary_lines(glossary: Sequence[GlossaryTerm]) -> list[str]:
    lines = []
    for term in glossary:
        line = f"- {term.term}: {term.meaning}"
        if term.forced:
            line += f' (translate it as exactly "{term.forced}")'
        lines.append(line)
    return lines


def messages(
    sentences: Sequence[str], source: str, target: str, glossary: Sequence[GlossaryTerm], *, plain: bool = False
) -> list[dict[str, str]]:
    """The chat messages: instructions with the post's slang and its glossary meanings, then numbered sentences."""
    src, tgt = LANGUAGE.get(source, source), LANGUAGE.get(target, target)
    rules = [
        f"You translate social-media posts from {src} into {tgt}.",
        f"Translate each of the {len(sentences)} numbered sentences on its own, in order, keeping the tone;"
        " never merge, split, add or drop sentences.",
    ]
    if glossary:
        rules.append("Slang in this post, with its meaning from the user's glossary (use these meanings):")
        rules.extend(glossary_lines(glossary))
    if plain:
        rules.append('Answer with one line per sentence: its number, a period, a space and the translation ("1. …").')
    else:
        rules.append(
            'Answer with JSON only: {"translations": [{"n": 1, "text": "…"}, …], "slang": [{"term": "…", '
            '"sense": "the meaning used in this post", "explanation": "one line for a learner"}, …]}, with exactly '
            f"{len(sentences)} translations and one slang item per glossary term above."
        )
    numbered = "\n".join(f"{i}. {s}" for i, s in enumerate(sentences, 1))
    return [{"role": "system", "content": "\n".join(rules)}, {"role": "user", "content": numbered}]


@dataclass
class Answer:
    """What could be read from a model's answer."""

    texts: dict[int, str] = field(default_factory=dict)  # sentence number (1-based) → translation
    senses: list[SlangSense] = field(default_factory=list)
    valid: bool = False  # well-formed JSON of the schema's shape with exactly the wanted items

    def complete(self, count: int) -> bool:
        return self.valid and all(self.texts.get(i, "").strip() for i in range(1, count + 1))


def parse_json_answer(content: str, count: int) -> Answer:
    """The answer as the schema wants it; anything else gives an Answer that is not `valid` (with what was read)."""
    answer = Answer(texts=dict(streamed_items(content)))
    try:
        data = json.loads(_strip_fences(content))
    except ValueError:
        return answer
    if not isinstance(data, dict) or not isinstance(data.get("translations"), list):
        return answer
    texts: dict[int, str] = {}
    for item in data["translations"]:
        if isinstance(item, dict) and isinstance(item.get("n"), int) and isinstance(item.get("text"), str):
            texts.setdefault(item["n"], item["text"])
    senses = []
    for item in data.get("slang") or []:
        if isinstance(item, dict) and all(isinstance(item.get(k), str) for k in ("term", "sense", "explanation")):
            senses.append(SlangSense(item["term"], item["sense"], item["explanation"]))
    wanted = set(range(1, count + 1))
    valid = len(data["translations"]) == count and set(texts) == wanted
    return Answer(texts, senses, valid)


def _strip_fences(content: str) -> str:
    """Some models wrap JSON in ```json fences even when told not to."""
    content = content.strip()
    if content.startswith("```"):
        content = re.sub(r"^```[a-zA-Z]*\s*|\s*```$", "", content)
    return content


_ITEM = re.compile(r'\{\s*"n"\s*:\s*(\d+)\s*,\s*"text"\s*:\s*("(?:[^"\\]|\\.)*")\s*\}')


def streamed_items(partial: str) -> list[tuple[int, str]]:
    """The translation items complete so far in a JSON answer still arriving, so sentences appear as they come."""
    found = []
    for match in _ITEM.finditer(partial):
        try:
            found.append((int(match.group(1)), str(json.loads(match.group(2)))))
        except ValueError:
            continue
    return found


_LINE = re.compile(r"^\s*(\d+)\s*[.)、:：]\s*(.*\S)\s*$")


def parse_numbered_lines(content: str) -> dict[int, str]:
    """A plain answer, "1. …" per line; unnumbered lines are ignored."""
    texts: dict[int, str] = {}
    for line in content.splitlines():
        match = _LINE.match(line)
        if match:
            texts.setdefault(int(match.group(1)), match.group(2))
    return texts
