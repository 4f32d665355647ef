"""EXPERIMENT (not a test): the text heads' thresholds, cross-validated on the dev-style sets.

    .venv-bench/bin/python bench/devstyle_threshold_cv.py [--weight 1] [--C 8] [--dump FILE]
        [--load FILE]

Twenty folds, bench/holdout-devstyle1..20.jsonl: the sets written to dev.jsonl's conventions, each
scored blind once (bench/README.md). For each fold, heads are trained as
``scripts/train_text_heads.py`` trains them (same features, C and files) on every labelled post
(the training files and the folds) except the fold's, with dev-style posts weighted ``--weight``;
the fold's own posts get the heads' probabilities, OR-ed with the clauses the checker raised
*before* it was tuned on that fold (bench/cv-before/<commit>/, rules only). Prints the pooled
micro-F1 with the shipped thresholds, then, clause by clause, what moving one threshold does on the
odd folds, the even folds and all; a move is worth making only where it gains on both halves.
``--dump`` saves the fold probabilities so that ``--load`` can redo the analysis without training.
Needs scikit-learn (the bench virtualenv). Results and the moves taken: bench/README.md, "Session
10".
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "src"))


_spec = importlib.util.spec_from_file_location("tth", REPO / "scripts" / "train_text_heads.py")
tth = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tth)

FOLDS = [f"holdout-devstyle{k}.jsonl" for k in range(1, 21)]
GRID = [round(0.3 + 0.05 * i, 2) for i in range(14)] + [1.01]  # 1.01: no head


def labelled(weight: float) -> list[dict]:
    files = [("dev.jsonl", SHARED / "eval" / "dev.jsonl")]
    names = list(tth.TRAINING_FILES) + [f for f in FOLDS if f not in tth.TRAINING_FILES]
    files += [(name, REPO / "bench" / name) for name in names]
    posts = []
    for name, path in files:
        dev_style = name == "dev.jsonl" or "devstyle" in name
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                text = tth.read_text(d)  # (post, reply), as the heads read them
                expect = sorted(set(d.get("expect") or []))
                w = weight if dev_style else 1.0
                posts.append({"file": name, "id": d["id"], "text": text, "exp": expect, "w": w})
    return posts


def before_reports() -> dict[str, list[str]]:
    raised = {}
    for path in (REPO / "bench" / "cv-before").glob("*/holdout-devstyle*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            raised[r["id"]] = sorted({f["clause"] for f in r["findings"]})
    return raised


def fold_probabilities(weight: float, c: float) -> list[dict]:
    posts, raised, rows = labelled(weight), before_reports(), []
    for k, fold in enumerate(FOLDS, start=1):
        train = [p for p in posts if p["file"] != fold]
        test = [p for p in posts if p["file"] == fold]
        vecs = tth.vectorizers()
        x = tth.fit_features(vecs, [p["text"] for p in train])
        xt = tth.features(vecs, [p["text"] for p in test])
        sw = np.array([p["w"] for p in train])
        proba = {}
        for clause in tth.CLAUSES:
            y = np.array([clause in p["exp"] for p in train])
            model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
            proba[clause] = model.fit(x, y, sample_weight=sw).predict_proba(xt)[:, 1]
        for i, p in enumerate(test):
            prob = {cl: round(float(proba[cl][i]), 4) for cl in tth.CLAUSES}
            rows.append({"fold": k, "id": p["id"], "exp": p["exp"], "rules": raised[p["id"]],
                         "prob": prob})  # fmt: skip
        print(f"fold {k}: {len(test)} posts", file=sys.stderr)
    return rows


def micro_f1(rows: list[dict], thresholds: dict[str, float]) -> float:
    tp = fp = fn = 0
    for r in rows:
        expected = set(r["exp"])
        got = set(r["rules"]) | {c for c, p in r["prob"].items() if p >= thresholds.get(c, 1.01)}
        tp += len(got & expected)
        fp += len(got - expected)
        fn += len(expected - got)
    return 2 * tp / (2 * tp + fp + fn)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--weight", type=float, default=1.0, help="weight of dev-style posts")
    ap.add_argument("--C", type=float, default=tth.C)
    ap.add_argument("--dump", type=Path, help="save the fold probabilities here")
    ap.add_argument("--load", type=Path, help="analyse saved fold probabilities")
    args = ap.parse_args()
    if args.load:
        rows = json.loads(args.load.read_text(encoding="utf-8"))
    else:
        rows = fold_probabilities(args.weight, args.C)
        if args.dump:
            args.dump.write_text(json.dumps(rows), encoding="utf-8")
    shipped = dict(tth.THRESHOLDS)
    odd = [r for r in rows if r["fold"] % 2]
    even = [r for r in rows if not r["fold"] % 2]
    print(f"rules alone {micro_f1(rows, {}):.4f}; shipped thresholds {micro_f1(rows, shipped):.4f}")
    print("one threshold moved: gain on odd folds / even folds / all")
    for clause in tth.CLAUSES:
        for value in GRID:
            if value == shipped[clause]:
                continue
            moved = {**shipped, clause: value}
            gains = [micro_f1(part, moved) - micro_f1(part, shipped) for part in (odd, even, rows)]
            if gains[0] > 0 and gains[1] > 0:
                print(f"  {clause:5} {shipped[clause]} -> {value}: " +
                      " / ".join(f"{g:+.4f}" for g in gains))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
