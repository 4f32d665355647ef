"""EXPERIMENT (not a test, not wired into the checker): word and character n-gram heads.

    .venv-bench/bin/python bench/ngram_heads_experiment.py --train FILE ... --test FILE ...
        [--before FILE=REPORTS ...] [--features word|char|both] [--grid 0.5,0.6,...]
        [--clauses 6.2,6.3,...] [--C 4] [--public69 W] [--dump FILE] [--objective clause|micro]

For each text-only clause (6.2, 6.3, 6.4, 6.9, 6.10, 6.11, G.2, G.3, G.4) a logistic regression on
TF-IDF n-grams of the post (its account kind and the text it answers included as tokens), OR-ed
with the checker's own clauses. Needs scikit-learn (the bench virtualenv, see bench/README.md).

The threshold of each head (or "no head") is chosen by leave-one-file-out cross-validation: the
highest threshold within ``--tolerance`` of the best pooled F1 among those that add at least
``--min-gain`` to the pooled F1 and make at most ``--max-worse`` of the folds worse. That choice
is only fair against a checker that had not been tuned on the held-out file: give the
reports the checker made *before* it was tuned on a file with ``--before FILE=REPORTS``, where
REPORTS is ``civicpost check --jsonl`` output from that older commit (e.g. from a
``git worktree``). Only files given with ``--before`` are used as folds; without any, every
training file is a fold with the current checker (which, being tuned on them, leaves the heads
nothing to add). With ``--objective micro`` the per-clause choice is then revised, one clause at a
time and round after round, to raise the pooled micro-F1 over all clauses (the issue's headline
measure): a head whose notes are right less often than half the micro-F1 lowers it even when it
raises its own clause's F1. A change must add at least ``--micro-gain``; among changes within
``--tolerance`` of the best, the highest threshold. The ``--test`` files are then scored once
with the current checker and heads trained on all the ``--train`` files.

Not a test: it prints numbers. Results and what they mean: bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import hstack, vstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "src"))

from civicpost.policy import Context, Post, check, load_pack  # noqa: E402
from civicpost.policy.detectors.text_heads import as_text  # noqa: E402

PUBLIC_69: tuple | None = None  # (texts, (labels, per-row weights), weight), see --public69

CLAUSES = ("6.2", "6.3", "6.4", "6.9", "6.10", "6.11", "G.2", "G.3", "G.4")


def load(
    path: Path, ctx: Context, pack, before: Path | None, run: bool = True
) -> list[tuple[str, set, set]]:
    """(text, expected clauses, clauses the checker raised) per post."""
    earlier = {}
    if before is not None:
        for line in before.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                earlier[r["id"]] = {f["clause"] for f in r["findings"]}
    posts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        if before:
            raised = earlier[d["id"]]
        else:  # training posts need only their text and labels
            raised = set(check(Post.from_dict(d), ctx, pack).clauses) if run else set()
        text = as_text(d["account"]["kind"], d["text"], d.get("in_reply_to"))
        posts.append((text, set(d.get("expect") or []), raised))
    return posts


class Heads:
    def __init__(
        self, features: str, posts: list, c: float = 4.0, clauses=CLAUSES, nb: float = 0.0
    ) -> None:
        self.word = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        self.char = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True
        )
        self.features = features
        x = self._x([p[0] for p in posts], fit=True)
        self.models = {}
        self.scale = {}
        for clause in clauses:
            y = np.array([clause in p[1] for p in posts])
            model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
            if nb:
                # NB-LR (Wang & Manning 2012): each feature scaled by its log-count ratio, which
                # folds into the weights, so the run-time reader is unchanged.
                pos = np.asarray(x[y].sum(axis=0)).ravel() + nb
                neg = np.asarray(x[~y].sum(axis=0)).ravel() + nb
                r = np.log((pos / pos.sum()) / (neg / neg.sum()))
                self.scale[clause] = r
                self.models[clause] = model.fit(x.multiply(r).tocsr(), y)
                continue
            if clause == "6.9" and PUBLIC_69:
                # Public offensive tweets as extra 6.9 evidence, in our posts' vocabulary only.
                texts, labels, weight = PUBLIC_69
                xp = self._x(texts)
                n_pos, n_neg = y.sum(), (~y).sum()
                w = np.concatenate(
                    [np.where(y, len(y) / (2 * n_pos), len(y) / (2 * n_neg)), weight * labels[1]]
                )
                model = LogisticRegression(C=c, max_iter=3000)
                model.fit(vstack([x, xp]).tocsr(), np.concatenate([y, labels[0]]), sample_weight=w)
                self.models[clause] = model
                continue
            self.models[clause] = model.fit(x, y)

    def _x(self, texts: list[str], fit: bool = False):
        parts = []
        for name, vec in (("word", self.word), ("char", self.char)):
            if self.features in (name, "both"):
                parts.append(vec.fit_transform(texts) if fit else vec.transform(texts))
        return hstack(parts).tocsr()

    def proba(self, posts: list) -> dict[str, np.ndarray]:
        x = self._x([p[0] for p in posts])
        return {
            c: m.predict_proba(x.multiply(self.scale[c]).tocsr() if c in self.scale else x)[:, 1]
            for c, m in self.models.items()
        }


def public_offensive(weight: float) -> tuple:
    """TweetEval offensive, train split only: texts as a personal post, labels, balanced weights."""
    folder = SHARED / "datasets" / "tweeteval" / "offensive"
    lines = (folder / "train_text.txt").read_text(encoding="utf-8").splitlines()
    labels = np.array(
        [x.strip() == "1" for x in (folder / "train_labels.txt").read_text().splitlines()]
    )
    texts = [as_text("personal", t.replace("@user", "").strip(), None) for t in lines]
    n_pos, n_neg = labels.sum(), (~labels).sum()
    rows = np.where(labels, len(labels) / (2 * n_pos), len(labels) / (2 * n_neg))
    return texts, (labels, rows), weight


def counts(posts: list, proba: dict, thresholds: dict, only: str | None = None) -> list[int]:
    tp = fp = fn = 0
    for i, (_, expected, raised) in enumerate(posts):
        raised = set(raised)
        for clause, t in thresholds.items():
            if t is not None and proba[clause][i] >= t:
                raised.add(clause)
        if only is not None:
            raised, expected = raised & {only}, expected & {only}
        tp += len(raised & expected)
        fp += len(raised - expected)
        fn += len(expected - raised)
    return [tp, fp, fn]


def f1(c: list[int]) -> float:
    return 2 * c[0] / (2 * c[0] + c[1] + c[2]) if c[0] + c[1] + c[2] else 1.0


def choose_threshold(clause: str, folds: dict, fold_proba: dict, grid: list, args) -> tuple:
    """One clause's threshold by the pooled folds: ((pooled F1, threshold or None), the rules'
    pooled F1). A head must gain at least --min-gain on the pooled folds and make at most
    --max-worse of them worse; within --tolerance of the best, the highest threshold."""
    alone = {
        name: counts(posts, fold_proba[name], {}, only=clause) for name, posts in folds.items()
    }
    base = f1([sum(c[i] for c in alone.values()) for i in range(3)])
    passing = []
    for t in grid[1:]:
        per = {
            name: counts(posts, fold_proba[name], {clause: t}, only=clause)
            for name, posts in folds.items()
        }
        pooled = f1([sum(c[i] for c in per.values()) for i in range(3)])
        worse = sum(f1(per[name]) < f1(alone[name]) - 1e-9 for name in folds)
        if worse <= args.max_worse * len(folds) and pooled >= base + args.min_gain:
            passing.append((pooled, t))
    best = (base, None)
    if passing:
        top = max(passing)[0]  # fewer notes: the highest threshold near the best
        best = max((p for p in passing if p[0] >= top - args.tolerance), key=lambda p: p[1])
    return best, base


def pooled_micro(folds: dict, fold_proba: dict, thresholds: dict) -> float:
    total = [0, 0, 0]
    for name, posts in folds.items():
        total = [
            x + y for x, y in zip(total, counts(posts, fold_proba[name], thresholds), strict=True)
        ]
    return f1(total)


def revise_for_micro(folds: dict, fold_proba: dict, thresholds: dict, grid: list, args) -> dict:
    """Coordinate ascent on the pooled micro-F1 over all clauses, from the per-clause choice."""
    thresholds = dict(thresholds)
    for _ in range(5):
        changed = False
        for clause in thresholds:
            now = pooled_micro(folds, fold_proba, thresholds)
            scored = [
                (pooled_micro(folds, fold_proba, {**thresholds, clause: t}), t)
                for t in grid
                if t != thresholds[clause]
            ]
            better = [(p, t) for p, t in scored if p >= now + args.micro_gain]
            if not better:
                continue
            top = max(p for p, _ in better)
            close = [t for p, t in better if p >= top - args.tolerance]
            # the highest threshold among the close ones; "no head" counts as the highest
            pick = None if None in close else max(close)
            print(
                f"micro revision {clause:5} {thresholds[clause]} -> {pick} "
                f"(pooled micro-F1 {now:.4f} -> "
                f"{pooled_micro(folds, fold_proba, {**thresholds, clause: pick}):.4f})"
            )
            thresholds[clause] = pick
            changed = True
        if not changed:
            break
    return thresholds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, nargs="+", required=True)
    ap.add_argument("--test", type=Path, nargs="+", required=True)
    ap.add_argument("--before", action="append", default=[], help="FILE=REPORTS.jsonl")
    ap.add_argument(
        "--before-dir", type=Path, help="a folder of COMMIT/FILE.jsonl reports (bench/cv-before)"
    )
    ap.add_argument("--features", choices=("word", "char", "both"), default="both")
    ap.add_argument("--grid", default="0.5,0.6,0.7,0.8,0.9")
    ap.add_argument(
        "--public69",
        type=float,
        default=0.0,
        help="weight of TweetEval offensive train tweets as extra 6.9 training rows (0: none)",
    )
    ap.add_argument(
        "--max-worse", type=float, default=0.125, help="share of the folds a head may make worse"
    )
    ap.add_argument("--min-gain", type=float, default=0.01, help="pooled F1 a head must add")
    ap.add_argument(
        "--tolerance", type=float, default=0.005, help="pooled F1 to trade for a higher threshold"
    )
    ap.add_argument(
        "--objective",
        choices=("clause", "micro"),
        default="clause",
        help="clause: each head by its clause's pooled F1; micro: then revise for pooled micro-F1",
    )
    ap.add_argument(
        "--micro-gain", type=float, default=0.001, help="pooled micro-F1 a revision must add"
    )
    ap.add_argument("--dump", type=Path, help="write each fold's posts and probabilities here")
    ap.add_argument("--nb", type=float, default=0.0, help="NB-LR smoothing alpha; 0 = plain LR")
    ap.add_argument("--C", type=float, default=4.0, help="inverse regularisation strength")
    ap.add_argument("--clauses", default=",".join(CLAUSES), help="clauses to give a head")
    ap.add_argument("--context", type=Path, default=SHARED / "eval" / "context.yaml")
    args = ap.parse_args(argv)
    if args.public69:
        global PUBLIC_69
        PUBLIC_69 = public_offensive(args.public69)
    clauses = tuple(args.clauses.split(","))
    ctx, pack = Context.from_yaml(args.context), load_pack()
    grid = [None, *(float(t) for t in args.grid.split(","))]
    before = {Path(k).name: Path(v) for k, v in (b.split("=", 1) for b in args.before)}
    if args.before_dir:
        # bench/cv-before/COMMIT/NAME.jsonl: the rules' reports on bench/NAME.jsonl at COMMIT
        for path in sorted(args.before_dir.glob("*/*.jsonl")):
            before.setdefault(path.name, path)

    train = {p.name: load(p, ctx, pack, None, run=False) for p in args.train}
    folds = {
        name: load(p, ctx, pack, before[name]) for p in args.train if (name := p.name) in before
    } or train
    fold_proba = {}
    for name in folds:
        rest = [p for other, posts in train.items() if other != name for p in posts]
        fold_proba[name] = Heads(args.features, rest, args.C, clauses, args.nb).proba(folds[name])

    if args.dump:
        args.dump.write_text(
            json.dumps(
                {
                    name: [
                        [sorted(e), sorted(r), {c: float(fold_proba[name][c][i]) for c in clauses}]
                        for i, (_, e, r) in enumerate(posts)
                    ]
                    for name, posts in folds.items()
                }
            )
        )
    thresholds = {}
    for clause in clauses:
        (best_f1, threshold), base = choose_threshold(clause, folds, fold_proba, grid, args)
        thresholds[clause] = threshold
        print(
            f"cross-validated {clause:5} threshold {threshold}  F1 {best_f1:.3f} (rules {base:.3f})"
        )
    if args.objective == "micro":
        thresholds = revise_for_micro(folds, fold_proba, thresholds, grid, args)
    pooled_a, pooled_b = [0, 0, 0], [0, 0, 0]
    for name, posts in folds.items():
        a, b = counts(posts, fold_proba[name], {}), counts(posts, fold_proba[name], thresholds)
        print(f"fold {name}: checker F1 {f1(a):.3f} {a}; checker|heads F1 {f1(b):.3f} {b}")
        pooled_a = [x + y for x, y in zip(pooled_a, a, strict=True)]
        pooled_b = [x + y for x, y in zip(pooled_b, b, strict=True)]
    print(f"all folds: checker F1 {f1(pooled_a):.3f}; checker|heads F1 {f1(pooled_b):.3f}")

    heads = Heads(
        args.features, [p for posts in train.values() for p in posts], args.C, clauses, args.nb
    )
    for path in args.test:
        posts = load(path, ctx, pack, None)
        proba = heads.proba(posts)
        a, b = counts(posts, proba, {}), counts(posts, proba, thresholds)
        print(
            f"\n{path.name}: checker P/R/F1 from [tp, fp, fn] {a} F1 {f1(a):.3f}; "
            f"checker|heads {b} F1 {f1(b):.3f}"
        )
        for clause in clauses:
            a = counts(posts, proba, {}, only=clause)
            b = counts(posts, proba, {clause: thresholds[clause]}, only=clause)
            print(f"  {clause:5} checker {a} F1 {f1(a):.2f}   checker|head {b} F1 {f1(b):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
