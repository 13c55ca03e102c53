"""Batched numpy inference over g2pM's BiLSTM (Park & Lee, Interspeech 2020; kakaobrain/g2pM, Apache-2.0)."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

# The network (embedding -> 1-layer BiLSTM -> 2-layer MLP over 876 readings) and its weights
# are g2pM's, loaded from the installed package; this module only re-implements inference,
# batched and vectorised, returning candidate-restricted log-probabilities, not an argmax.

BOS_TOKEN = "시"  # g2pM's own sentence-boundary symbols (Korean syllables, by design)
EOS_TOKEN = "끝"
UNK_TOKEN = "<UNK>"
_MAX_BATCH_TOKENS = 8_192  # bounds the (time, batch, 2H) state tensor to ~2 MB
_MAX_BATCH_ROWS = 128  # keeps each recurrent matmul below OpenBLAS's threading threshold
_SMALL_BATCH = 8  # up to here one block-diagonal matmul per step is cheaper (and unthreaded)


def _load(pkg_dir: Path, name: str) -> Any:
    # Only ever the pickles shipped inside the installed g2pM wheel, never user data.
    with open(pkg_dir / name, "rb") as fh:
        return pickle.load(fh)


def g2pm_dir() -> Path:
    """Directory of the installed g2pM package (found without importing it)."""
    import importlib.util

    spec = importlib.util.find_spec("g2pM")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("g2pM is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


class Target(NamedTuple):
    """One polyphonic character to score: sentence index, char offset, class ids."""

    sent: int
    pos: int
    classes: tuple[int, ...]


class BiLSTMPolyphone:
    """g2pM's network, evaluated for many sentences at once."""

    def __init__(self, pkg_dir: Path | None = None) -> None:
        pkg = pkg_dir or g2pm_dir()
        self.char2idx: dict[str, int] = _load(pkg, "char2idx.pkl")
        self.class2idx: dict[str, int] = _load(pkg, "class2idx.pkl")
        self.cedict: dict[str, list[str]] = _load(pkg, "digest_cedict.pkl")
        self._prepare(_load(pkg, "np_ckpt.pkl"))
        self._unk = self.char2idx[UNK_TOKEN]
        self._lookup = _Vocab(self.char2idx, self._unk)
        self._bos = self.char2idx[BOS_TOKEN]
        self._eos = self.char2idx[EOS_TOKEN]

    def _prepare(self, sd: dict[str, np.ndarray]) -> None:
        """Fold weights into a layout that needs two small matmuls and two tanh per step.

        Both directions run in lock-step on a (batch, direction, gate, H) tensor with gates
        reordered to (i, f, o, g). Input projections (embedding @ W_ih + both biases) are
        precomputed per vocabulary item, so a step costs two (batch x H) @ (H x 4H) products.
        """
        emb = sd["embedding.weight"].astype(np.float32)
        hid = sd["lstm.weight_hh_l0"].shape[1]
        self.hidden = hid
        order = [0, 1, 3, 2]  # PyTorch packs gates as (i, f, g, o); we use (i, f, o, g)
        self._proj: list[np.ndarray] = []  # per direction: (vocab, 4H)
        self._w_hh: list[np.ndarray] = []  # per direction: (H, 4H)
        for suffix in ("", "_reverse"):
            perm = np.concatenate([np.arange(k * hid, (k + 1) * hid) for k in order])
            w_ih = sd[f"lstm.weight_ih_l0{suffix}"][perm]
            bias = (sd[f"lstm.bias_ih_l0{suffix}"] + sd[f"lstm.bias_hh_l0{suffix}"])[perm]
            # Halving the i/f/o pre-activations lets _run compute sigmoid(x) as
            # 0.5 * tanh(x / 2) + 0.5 with one tanh over all gates (exact: power of 2).
            scale = np.ones(4 * hid, np.float32)
            scale[: 3 * hid] = 0.5
            proj = (emb @ w_ih.T + bias) * scale
            self._proj.append(np.ascontiguousarray(proj, np.float32))
            w_hh = sd[f"lstm.weight_hh_l0{suffix}"][perm].T * scale
            self._w_hh.append(np.ascontiguousarray(w_hh, np.float32))
        # Both recurrent matrices as one block-diagonal (2H, 2 * 4H) matrix, for small batches.
        self._w_block = np.zeros((2 * hid, 2, 4 * hid), np.float32)
        self._w_block[:hid, 0], self._w_block[hid:, 1] = self._w_hh
        self._w_block = self._w_block.reshape(2 * hid, 8 * hid)
        self._w0 = sd["logit_layer.0.weight"].T.astype(np.float32)
        self._b0 = sd["logit_layer.0.bias"].astype(np.float32)
        self._w1_rows = sd["logit_layer.2.weight"].astype(np.float32)  # (classes, hidden)
        self._b1 = sd["logit_layer.2.bias"].astype(np.float32)

    def log_probs(self, sentences: list[str], targets: list[Target]) -> np.ndarray:
        """(targets, max candidates) log-probabilities; -inf pads short candidate lists."""
        if not targets:
            return np.zeros((0, 1), np.float32)
        hidden = np.zeros((len(targets), 2 * self.hidden), np.float32)
        by_sent: dict[int, list[int]] = {}
        for k, t in enumerate(targets):
            by_sent.setdefault(t.sent, []).append(k)
        order = sorted(by_sent, key=lambda s: len(sentences[s]))
        for batch in _batches(order, sentences):
            self._encode_batch(sentences, batch, by_sent, targets, hidden)
        return self._classify(hidden, targets)

    def _encode_batch(
        self,
        sentences: list[str],
        batch: list[int],
        by_sent: dict[int, list[int]],
        targets: list[Target],
        hidden: np.ndarray,
    ) -> None:
        """Run one batch of sentences and copy each target's two hidden states out."""
        fw_ids, bw_ids, lengths = self._id_matrices([sentences[s] for s in batch])
        states = self._run(fw_ids, bw_ids)
        rows, back, cols, ks = [], [], [], []
        for b, s in enumerate(batch):
            for k in by_sent[s]:
                pos = targets[k].pos + 1  # +1 for BOS
                rows.append(pos)
                back.append(lengths[b] - 1 - pos)  # the backward pass saw it reversed
                cols.append(b)
                ks.append(k)
        hid = self.hidden
        hidden[ks, :hid] = states[rows, cols, :hid]
        hidden[ks, hid:] = states[back, cols, hid:]

    def _id_matrices(self, sentences: list[str]) -> tuple[np.ndarray, np.ndarray, list[int]]:
        """(time, batch) ids read forwards and backwards, right-padded, and the lengths.

        Padding only ever follows a sequence, so it never reaches the states read back:
        no masking is needed in either direction.
        """
        rows = [self._ids(s) for s in sentences]
        lengths = [len(r) for r in rows]
        fw_ids = np.zeros((max(lengths), len(rows)), np.int64)  # 0 = <PAD>
        bw_ids = np.zeros_like(fw_ids)
        for b, ids in enumerate(rows):
            fw_ids[: len(ids), b] = ids
            bw_ids[: len(ids), b] = ids[::-1]
        return fw_ids, bw_ids, lengths

    def _ids(self, sentence: str) -> list[int]:
        return [self._bos, *map(self._lookup.__getitem__, sentence), self._eos]

    def _run(self, fw_ids: np.ndarray, bw_ids: np.ndarray) -> np.ndarray:
        """Both LSTM directions over (time, batch) token ids -> (time, batch, 2H) states."""
        steps, batch = fw_ids.shape
        hid = self.hidden
        out = np.empty((steps, batch, 2, hid), np.float32)
        c = np.zeros((batch, 2, hid), np.float32)
        z = np.empty((batch, 2, 4 * hid), np.float32)
        if batch <= _SMALL_BATCH:
            self._steps_small(fw_ids, bw_ids, out, c, z)
        else:
            self._steps_large(fw_ids, bw_ids, out, c, z)
        return out.reshape(steps, batch, 2 * hid)

    def _steps_small(
        self, fw_ids: np.ndarray, bw_ids: np.ndarray, out: np.ndarray, c: np.ndarray, z: np.ndarray
    ) -> None:
        # Few sequences: per-call overhead dominates, so gather all inputs up front and use
        # one block-diagonal matmul for both directions (fewer numpy calls per step).
        xs = np.stack((self._proj[0][fw_ids], self._proj[1][bw_ids]), axis=2)
        batch = fw_ids.shape[1]
        h = np.zeros((batch, 2 * self.hidden), np.float32)
        z_flat = z.reshape(batch, -1)
        for t in range(fw_ids.shape[0]):
            np.matmul(h, self._w_block, out=z_flat)
            z += xs[t]
            self._cell(z, c, out[t])
            h = out[t].reshape(batch, -1)

    def _steps_large(
        self, fw_ids: np.ndarray, bw_ids: np.ndarray, out: np.ndarray, c: np.ndarray, z: np.ndarray
    ) -> None:
        (p_fw, p_bw), (w_fw, w_bw) = self._proj, self._w_hh
        h = np.zeros(c.shape, np.float32)
        z_fw, z_bw = z[:, 0], z[:, 1]
        for t in range(fw_ids.shape[0]):
            # Two (batch x 32) @ (32 x 128) products: small enough for OpenBLAS to stay
            # single-threaded, which avoids its thread spin-up on a busy 2-core machine.
            np.matmul(h[:, 0], w_fw, out=z_fw)
            np.matmul(h[:, 1], w_bw, out=z_bw)
            # Gathering input projections step by step keeps the working set in cache.
            z_fw += p_fw[fw_ids[t]]
            z_bw += p_bw[bw_ids[t]]
            self._cell(z, c, out[t])
            h = out[t]

    def _cell(self, z: np.ndarray, c: np.ndarray, h: np.ndarray) -> None:
        """LSTM gates from pre-activations z (batch, 2, 4H); updates c and writes h in place."""
        hid = self.hidden
        # i/f/o pre-activations were pre-halved, so sigmoid = 0.5 * tanh + 0.5 and one tanh
        # covers all four gates.
        np.tanh(z, out=z)
        ifo = z[:, :, : 3 * hid]
        ifo *= 0.5
        ifo += 0.5
        c *= z[:, :, hid : 2 * hid]
        c += z[:, :, :hid] * z[:, :, 3 * hid :]
        np.tanh(c, out=h)
        h *= z[:, :, 2 * hid : 3 * hid]

    def _classify(self, hidden: np.ndarray, targets: list[Target]) -> np.ndarray:
        width = max(len(t.classes) for t in targets)
        idx = np.zeros((len(targets), width), np.int64)
        valid = np.zeros((len(targets), width), bool)
        for k, t in enumerate(targets):
            idx[k, : len(t.classes)] = t.classes
            valid[k, : len(t.classes)] = True
        # Only the candidates' output units are needed, not all 876 readings.
        mid = np.maximum(hidden @ self._w0 + self._b0, 0.0)
        logits = np.einsum("nh,nch->nc", mid, self._w1_rows[idx]) + self._b1[idx]
        logits = np.where(valid, logits, -np.inf)
        logits -= logits.max(axis=1, keepdims=True)
        return logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))


class _Vocab(dict[str, int]):
    """char -> embedding id, unknown characters -> <UNK> (fast path for map())."""

    def __init__(self, table: dict[str, int], unk: int) -> None:
        super().__init__(table)
        self._unk = unk

    def __missing__(self, key: str) -> int:
        return self._unk


def _batches(order: list[int], sentences: list[str]) -> list[list[int]]:
    """Group length-sorted sentence ids so each padded batch stays under the token cap."""
    batches: list[list[int]] = []
    cur: list[int] = []
    for s in order:
        longest = len(sentences[s]) + 2
        if cur and (longest * (len(cur) + 1) > _MAX_BATCH_TOKENS or len(cur) >= _MAX_BATCH_ROWS):
            batches.append(cur)
            cur = []
        cur.append(s)
    if cur:
        batches.append(cur)
    return batches
