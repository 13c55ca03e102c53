"""A translation package the size of a real Argos model (6+6 layers, d=512), with random weights.

Its output is nonsense, but it costs what a real en↔zh model costs to run, which is what the
pipeline-overhead and GUI-responsiveness benchmarks need when no real model can be downloaded.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import sentencepiece as spm
from _common import sample_text
from ctranslate2.converters.converter import Converter
from ctranslate2.specs import TransformerSpec

D, FFN, LAYERS, HEADS = 512, 2048, 6, 8
VOCAB = 4000  # replaced by the trained vocabulary's size


_ARRAYS = ("weight", "bias", "gamma", "beta", "encodings")


class _RandomConverter(Converter):
    def __init__(self, vocabulary: list[str], eos_bias: float) -> None:
        self.vocabulary, self.eos_bias = vocabulary, eos_bias

    def _load(self) -> TransformerSpec:
        rng = np.random.default_rng(7)
        spec = TransformerSpec.from_config(num_layers=LAYERS, num_heads=HEADS)
        for name, _value in spec.variables(ordered=True):
            last = name.rsplit("/", 1)[-1]
            if last not in _ARRAYS:
                continue
            shape = _shape(name)
            if last == "gamma":
                array = np.ones(shape, np.float32)
            elif last in ("beta", "bias"):
                array = np.zeros(shape, np.float32)
            else:
                array = (rng.standard_normal(shape) / np.sqrt(shape[-1])).astype(np.float32)
            _set(spec, name, array)
        bias = np.zeros(len(self.vocabulary), np.float32)
        bias[self.vocabulary.index("</s>")] = self.eos_bias  # 2.6: outputs of 3–40 tokens, like real ones
        spec.decoder.projection.bias = bias
        spec.register_source_vocabulary(self.vocabulary)
        spec.register_target_vocabulary(self.vocabulary)
        return spec


def _shape(name: str) -> tuple[int, ...]:
    weight = name.endswith("weight")
    if "embeddings" in name:
        return (VOCAB, D)
    if "position_encodings" in name:
        return (256, D)
    if name.endswith(("gamma", "beta")):
        return (D,)
    if "projection" in name:
        return (VOCAB, D) if weight else (VOCAB,)
    if "self_attention/linear_0" in name:
        return (3 * D, D) if weight else (3 * D,)
    if "/attention/linear_1" in name:  # cross-attention keys and values
        return (2 * D, D) if weight else (2 * D,)
    if "ffn/linear_0" in name:
        return (FFN, D) if weight else (FFN,)
    if "ffn/linear_1" in name:
        return (D, FFN) if weight else (D,)
    return (D, D) if weight else (D,)


def _set(spec: object, name: str, array: np.ndarray) -> None:
    node = spec
    for part in name.split("/")[:-1]:
        if hasattr(node, part):
            node = getattr(node, part)
        else:  # "layer_3" → node.layer[3]
            base, index = part.rsplit("_", 1)
            node = getattr(node, base)[int(index)]
    setattr(node, name.split("/")[-1], array)


def build(out_dir: Path, from_code: str = "en", to_code: str = "zh", eos_bias: float = 2.6) -> Path:
    """Write an unzipped package directory (metadata.json, model/, sentencepiece.model)."""
    root = out_dir / f"translate-{from_code}_{to_code}-bench"
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    corpus = out_dir / "corpus.txt"
    english = "The weather is nice today and we are going to the market to buy some fruit for dinner. " * 50
    corpus.write_text(sample_text(200_000) + "\n" + english, encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(root / "sp"),
        vocab_size=4000,
        character_coverage=0.9995,
        hard_vocab_limit=False,
        minloglevel=2,
    )
    (root / "sp.model").rename(root / "sentencepiece.model")
    processor = spm.SentencePieceProcessor(model_file=str(root / "sentencepiece.model"))
    vocabulary = ["<blank>", "<s>", "</s>"] + [
        processor.id_to_piece(i)
        for i in range(processor.get_piece_size())
        if processor.id_to_piece(i) not in ("<unk>", "<s>", "</s>")
    ]
    vocabulary.insert(0, "<unk>")
    global VOCAB  # the model's matrices follow the real vocabulary size
    VOCAB = len(vocabulary)
    _RandomConverter(vocabulary, eos_bias).convert(str(root / "model"), quantization="int8")
    (root / "metadata.json").write_text(
        json.dumps({"package_version": "bench", "from_code": from_code, "to_code": to_code, "type": "translate"})
    )
    return root
