"""EXPERIMENT (not a test, not wired into the checker): simple heads on MiniLM sentence embeddings.

    .venv/bin/python bench/embedding_experiment.py [--json OUT] [--no-tweeteval] [--speed]
        [--train FILE ... --test FILE] [--clauses 6.9,6.10,...] [--advice]

With ``--train`` and ``--test`` the heads are trained on the given files and scored on the other
(for a blind holdout scored once); ``--clauses`` limits the heads to those clauses and
``--advice`` makes them raise advice only (never a false alarm, as bench/accuracy.py counts).

Posts: for each clause, a head on the embedding of the post's text, trained ONLY on
``shared/eval/dev.jsonl`` plus ``bench/holdout-civicpost.jsonl`` hold-0001..hold-0228, and evaluated
ONLY on hold-0229..hold-0265 (the untouched batch), alone and OR-combined with the current
checker's findings. Two deterministic heads, numpy only:

- ``logreg``: L2-regularised logistic regression (Newton's method from zero weights, classes
  weighted to balance), its threshold chosen by 5-fold cross-validation on the training posts
  (folds by position, so the same every run), maximising F1;
- ``knn``: the 5 nearest training posts by cosine; the clause is raised when at least 2 have it.

A head raises a clause only where the pack has a severity for it on that kind of account (as a
rule would), at the highest severity of the clause's rules; a false alarm is a caution or breach on
a clean post, as in bench/accuracy.py. Clauses with fewer than 4 training positives get no head.

TweetEval offensive: logistic regression trained on its train split, threshold chosen on its
validation split, macro-F1 on the test split.

``--speed`` only times ``embed()``: cold start (a new process: import, sha256 check, session load,
first text), then 1 text and 64 texts warm (batch_size 1, the default, and 64), median of runs.

Posts are embedded one at a time (``batch_size=1``, as the checker would); TweetEval's 14,000
tweets in batches of 64 for speed (within about 0.01 cosine of one at a time).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
HOLDOUT = Path(__file__).resolve().parent / "holdout-civicpost.jsonl"
sys.path.insert(0, str(REPO / "src"))

from civicpost.policy import Context, Post, Severity, check, load_pack  # noqa: E402
from civicpost.policy.detectors.embedding import load_model  # noqa: E402

UNTOUCHED_FROM = 229  # hold-0229..hold-0265: never used for tuning
MIN_POSITIVES = 4
K, K_VOTES = 5, 2


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def split_posts() -> tuple[list[dict], list[dict]]:
    dev = read_jsonl(SHARED / "eval" / "dev.jsonl")
    hold = read_jsonl(HOLDOUT)
    number = {p["id"]: int(p["id"].split("-")[1]) for p in hold}
    train = dev + [p for p in hold if number[p["id"]] < UNTOUCHED_FROM]
    test = [p for p in hold if number[p["id"]] >= UNTOUCHED_FROM]
    return train, test


# ---- heads -----------------------------------------------------------------------------------


def fit_logreg(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 25) -> np.ndarray:
    """Weights (with bias last) of an L2 logistic regression, balanced class weights, Newton."""
    xb = np.hstack([x, np.ones((len(x), 1), dtype=x.dtype)]).astype(np.float64)
    pos = max(y.sum(), 1)
    neg = max(len(y) - y.sum(), 1)
    sample_w = np.where(y == 1, len(y) / (2 * pos), len(y) / (2 * neg))
    reg = np.full(xb.shape[1], l2)
    reg[-1] = 0.0
    w = np.zeros(xb.shape[1])
    for _ in range(iters):
        p = 1 / (1 + np.exp(-(xb @ w)))
        grad = xb.T @ (sample_w * (p - y)) + reg * w
        hess = (
            (xb * (sample_w * p * (1 - p))[:, None]).T @ xb + np.diag(reg) + 1e-9 * np.eye(len(w))
        )
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def predict_proba(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(x.astype(np.float64) @ w[:-1] + w[-1])))


def f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = int((pred & (y == 1)).sum())
    fp = int((pred & (y == 0)).sum())
    fn = int((~pred & (y == 1)).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def cv_threshold(x: np.ndarray, y: np.ndarray, folds: int = 5) -> float:
    """The threshold maximising F1 over out-of-fold probabilities (folds by position)."""
    oof = np.zeros(len(y))
    fold = np.arange(len(y)) % folds
    for k in range(folds):
        train, held = fold != k, fold == k
        oof[held] = predict_proba(fit_logreg(x[train], y[train]), x[held])
    grid = np.round(np.arange(0.10, 0.96, 0.05), 2)
    scores = [f1(y, oof >= t) for t in grid]
    return float(grid[int(np.argmax(scores))])


def knn_predict(train_x: np.ndarray, train_y: np.ndarray, x: np.ndarray) -> np.ndarray:
    sims = x @ train_x.T
    nearest = np.argsort(-sims, axis=1, kind="stable")[:, :K]
    return train_y[nearest].sum(axis=1) >= K_VOTES


# ---- scoring ---------------------------------------------------------------------------------


def clause_severity(pack, clause: str, kind: str) -> Severity | None:
    levels = [
        r.severity_for(kind) for r in pack.rules.values() if r.clause == clause and r.severity
    ]
    levels = [s for s in levels if s is not None]
    return max(levels) if levels else None


def score(
    posts: list[dict], raised: list[dict[str, Severity]], clauses: list[str]
) -> dict[str, object]:
    per = {}
    tot = np.zeros(3, dtype=int)
    for c in clauses:
        tp = sum(1 for p, r in zip(posts, raised, strict=True) if c in r and c in p["expect"])
        fp = sum(1 for p, r in zip(posts, raised, strict=True) if c in r and c not in p["expect"])
        fn = sum(1 for p, r in zip(posts, raised, strict=True) if c not in r and c in p["expect"])
        tot += (tp, fp, fn)
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        per[c] = {
            "p": prec,
            "r": rec,
            "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
            "support": tp + fn,
            "fp": fp,
        }
    tp, fp, fn = (int(v) for v in tot)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    clean = [r for p, r in zip(posts, raised, strict=True) if not p["expect"]]
    alarms = sum(1 for r in clean if any(s >= Severity.CAUTION for s in r.values()))
    return {
        "per_clause": per,
        "micro": {"p": prec, "r": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0},
        "clean_posts": len(clean),
        "false_alarms": alarms,
        "false_alarm_rate": alarms / len(clean) if clean else 0.0,
    }


def print_table(title: str, systems: dict[str, dict], clauses: list[str]) -> None:
    print(f"\n{title}")
    names = list(systems)
    head = f"{'clause':7} {'n':>3}  " + "  ".join(f"{n:>16}" for n in names)
    print(head)
    print(f"{'':7} {'':>3}  " + "  ".join(f"{'P    R    F1':>16}" for _ in names))
    for c in clauses:
        support = systems[names[0]]["per_clause"][c]["support"]
        cells = []
        for n in names:
            m = systems[n]["per_clause"][c]
            cells.append(f"{m['p']:4.2f} {m['r']:4.2f} {m['f1']:4.2f}".rjust(16))
        print(f"{c:7} {support:>3}  " + "  ".join(cells))
    cells = [
        f"{s['micro']['p']:4.2f} {s['micro']['r']:4.2f} {s['micro']['f1']:4.2f}".rjust(16)
        for s in systems.values()
    ]
    print(f"{'micro':7} {'':>3}  " + "  ".join(cells))
    cells = [
        f"{s['false_alarms']}/{s['clean_posts']} = {s['false_alarm_rate']:.2f}".rjust(16)
        for s in systems.values()
    ]
    print(f"{'alarms':7} {'':>3}  " + "  ".join(cells))


def posts_experiment(
    model,
    train_files: list[Path] | None = None,
    test_file: Path | None = None,
    head_clauses: set[str] | None = None,
    advice_only: bool = False,
) -> dict:
    pack = load_pack()
    context = Context.from_yaml(SHARED / "eval" / "context.yaml")
    clauses = list(pack.clauses)
    if train_files and test_file:
        train = [p for f in train_files for p in read_jsonl(f)]
        test = read_jsonl(test_file)
        label = f"{test_file.name}, trained on {', '.join(f.name for f in train_files)}"
    else:
        train, test = split_posts()
        label = "untouched batch hold-0229..0265"
    for p in train + test:
        p["expect"] = set(p.get("expect") or [])
    t0 = time.perf_counter()
    train_x = model.embed([p["text"] for p in train])
    test_x = model.embed([p["text"] for p in test])
    print(
        f"posts: train {len(train)}, test {len(test)} ({label}); "
        f"embedded in {time.perf_counter() - t0:.1f} s"
    )

    checker = []
    for p in test:
        report = check(Post.from_dict(p), context, pack)
        found: dict[str, Severity] = {}
        for f in report.findings:
            found[f.clause] = max(found.get(f.clause, Severity.CLEAR), f.severity)
        checker.append(found)

    heads: dict[str, list[dict[str, Severity]]] = {"logreg": [{} for _ in test]}
    heads["knn"] = [{} for _ in test]
    info = {}
    for c in clauses:
        y = np.array([1 if c in p["expect"] else 0 for p in train])
        if head_clauses is not None and c not in head_clauses:
            info[c] = {"train_positives": int(y.sum()), "head": None}
            continue
        if y.sum() < MIN_POSITIVES:
            info[c] = {"train_positives": int(y.sum()), "head": None}
            continue
        threshold = cv_threshold(train_x, y)
        w = fit_logreg(train_x, y)
        lr = predict_proba(w, test_x) >= threshold
        kn = knn_predict(train_x, y, test_x)
        info[c] = {"train_positives": int(y.sum()), "threshold": threshold}
        for i, p in enumerate(test):
            severity = clause_severity(pack, c, p["account"]["kind"])
            if severity is None:
                continue
            if advice_only:
                severity = Severity.ADVICE
            if lr[i]:
                heads["logreg"][i][c] = severity
            if kn[i]:
                heads["knn"][i][c] = severity

    def combine(a, b):
        """Clause by clause OR of two systems' findings, keeping the higher severity."""
        out = []
        for x, y in zip(a, b, strict=True):
            merged = dict(x)
            for k, v in y.items():
                merged[k] = max(v, merged.get(k, v))
            out.append(merged)
        return out

    systems = {
        "checker": score(test, checker, clauses),
        "logreg": score(test, heads["logreg"], clauses),
        "checker|logreg": score(test, combine(checker, heads["logreg"]), clauses),
        "knn": score(test, heads["knn"], clauses),
        "checker|knn": score(test, combine(checker, heads["knn"]), clauses),
    }
    print_table(f"{label}, per clause (P R F1)", systems, clauses)
    skipped = [f"{c} ({v['train_positives']})" for c, v in info.items() if "threshold" not in v]
    if skipped:
        print(f"no head (fewer than {MIN_POSITIVES} training positives): {', '.join(skipped)}")
    return {"systems": systems, "heads": info}


def tweeteval_experiment(model) -> dict:
    folder = SHARED / "datasets" / "tweeteval" / "offensive"

    def split(name: str) -> tuple[list[str], np.ndarray]:
        text = (folder / f"{name}_text.txt").read_text(encoding="utf-8").splitlines()
        labels = (folder / f"{name}_labels.txt").read_text(encoding="utf-8").split()
        return text, np.array([int(v) for v in labels])

    t0 = time.perf_counter()
    data = {name: split(name) for name in ("train", "val", "test")}
    vecs = {name: model.embed(text, batch_size=64) for name, (text, _) in data.items()}
    print(f"\nTweetEval offensive: embedded {sum(len(v) for v in vecs.values())} tweets in "
          f"{time.perf_counter() - t0:.0f} s")  # fmt: skip

    def macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
        return (f1(y, pred) + f1(1 - y, ~pred)) / 2

    w = fit_logreg(vecs["train"], data["train"][1])
    grid = np.round(np.arange(0.10, 0.96, 0.05), 2)
    val_p = predict_proba(w, vecs["val"])
    threshold = float(grid[int(np.argmax([macro_f1(data["val"][1], val_p >= t) for t in grid]))])
    test_pred = predict_proba(w, vecs["test"]) >= threshold
    result = {
        "n_test": len(test_pred),
        "threshold": threshold,
        "macro_f1": macro_f1(data["test"][1], test_pred),
        "macro_f1_at_0.5": macro_f1(data["test"][1], predict_proba(w, vecs["test"]) >= 0.5),
    }
    print(
        f"TweetEval offensive test (n={result['n_test']}): logreg on MiniLM, macro-F1 "
        f"{result['macro_f1']:.3f} (threshold {threshold} from val; at 0.5: "
        f"{result['macro_f1_at_0.5']:.3f})"
    )
    return result


def speed() -> dict:
    import statistics
    import subprocess

    cold_code = (
        "import time; t = time.perf_counter(); "
        "from civicpost.policy.detectors.embedding import embed; "
        "embed(['The parish council meets on Tuesday.']); print(time.perf_counter() - t)"
    )
    env_path = str(REPO / "src")
    cold = [
        float(
            subprocess.run(
                [sys.executable, "-c", cold_code],
                capture_output=True,
                text=True,
                check=True,
                env={"PYTHONPATH": env_path},
            ).stdout
        )
        for _ in range(3)
    ]
    model = load_model()
    texts = [p["text"] for p in read_jsonl(HOLDOUT)][:64]

    def timed(fn, runs: int) -> float:
        fn()
        samples = []
        for _ in range(runs):
            t = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - t)
        return statistics.median(samples)

    result = {
        "cold_start_s": min(cold),
        "one_text_ms": 1000 * timed(lambda: model.embed(texts[:1]), 50),
        "64_texts_batch1_s": timed(lambda: model.embed(texts), 5),
        "64_texts_batch64_s": timed(lambda: model.embed(texts, batch_size=64), 5),
    }
    print(f"cold start (new process to first vector, best of 3): {result['cold_start_s']:.2f} s")
    print(f"1 text: {result['one_text_ms']:.1f} ms (median of 50)")
    for b in (1, 64):
        t = result[f"64_texts_batch{b}_s"]
        print(f"64 texts, batch_size={b}: {t * 1000:.0f} ms = {64 / t:.0f} texts/s (median of 5)")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--no-tweeteval", action="store_true")
    parser.add_argument("--speed", action="store_true", help="only time embed()")
    parser.add_argument("--train", type=Path, nargs="+", help="posts to train the heads on")
    parser.add_argument("--test", type=Path, help="posts to score them on")
    parser.add_argument("--clauses", help="comma-separated clauses that get a head")
    parser.add_argument("--advice", action="store_true", help="heads raise advice only")
    args = parser.parse_args()
    if args.speed:
        speed()
        return 0
    model = load_model()
    heads = set(args.clauses.split(",")) if args.clauses else None
    out = {"posts": posts_experiment(model, args.train, args.test, heads, args.advice)}
    if not args.no_tweeteval:
        out["tweeteval_offensive"] = tweeteval_experiment(model)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
