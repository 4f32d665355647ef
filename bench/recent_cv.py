"""EXPERIMENT (not a test): which labelled posts the text heads should learn from, and with which
C, by grouped cross-validation over the newest dev-style sets.

    .venv-bench/bin/python bench/recent_cv.py run FOLD OUT_DIR [--variants base,noold,...]
    .venv-bench/bin/python bench/recent_cv.py compare OUT_DIR
    .venv-bench/bin/python bench/recent_cv.py thresholds OUT_DIR [--variant early64]
    .venv-bench/bin/python bench/recent_cv.py simulate OUT_DIR [--variant early64]

Four folds over bench/holdout-devstyleFIRST..THROUGH.jsonl (set n is in fold n % 4, so each fold
mixes writers and months; ``--first`` and ``--through``, before the command, are 181 and 292 by
default: session 17 used 181-252, session 18 181-292, session 21 365-508). ``run`` trains heads as
``scripts/train_text_heads.py`` does (its blocks, class weights and thresholds) on dev.jsonl, the
trainer's files and the folds' sets, less the fold's sets, and writes each variant's probabilities
for the fold's posts to OUT_DIR. ``compare`` ORs them, at the trainer's thresholds, with the clauses
the checker's rules raise today (rules only, no hints; they were tuned on some of these sets, alike
for every variant) and prints the pooled micro-F1, fold by fold; ``thresholds`` moves each clause's
threshold alone over a grid and reports the moves that gain on at least three folds, and all of them
together. ``simulate`` (session 21) scores the whole of check() on the folds instead: the rules'
findings before the heads' vetoes, OR-ed with the hints and filtered by rounds 33-35 as
``civicpost.policy.check`` does, given the folds' out-of-fold probabilities (given the shipped
heads' own probabilities it reproduced the checker's clauses on 2,553 of 2,560 posts); it prints
the shipped settings and each one moved alone (hint thresholds, the veto's floor, the heated-reply
threshold, the companion's gate). Variants:

  base     every training post, C as the trainer's
  C4, C16  C = 4 or 16
  noold    without the sets written before the dev-style brief (``EARLY_SETS``)
  early64  without them but for the 6.4 head (what the trainer does since session 17)
  recent2  every post, those of devstyle100 and later weighted twice

Session 17's results and choice: bench/README.md, "Session 17". Needs scikit-learn (the bench
virtualenv). Each fold takes two to three minutes a variant on this machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("tth", REPO / "scripts" / "train_text_heads.py")
tth = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tth)
sys.path.insert(0, str(REPO / "src"))  # the checker, for the rules' side of the folds

from civicpost.policy import Context, Post, _finding, check, load_pack  # noqa: E402
from civicpost.policy.rules import REGISTRY, Checking  # noqa: E402
from civicpost.policy.rules.hints import _BESIDE_HOSTILITY, _JUDGED_FROM_WORDS  # noqa: E402
from civicpost.policy.rules.signals import faith_hostility, party_named  # noqa: E402

FOLDS = 4
FIRST = 181
RECENT = range(FIRST, 293)  # set by --through
VARIANTS = ("base", "C4", "C16", "noold", "early64", "recent2")


def _posts(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _set_number(name: str) -> int:
    return int(name.split("devstyle")[1].split(".")[0]) if "devstyle" in name else -1


def run(fold: int, out: Path, variants: list[str]) -> None:
    held = {f"holdout-devstyle{n}.jsonl" for n in RECENT if n % FOLDS == fold}
    names = list(tth.TRAINING_FILES) + [
        f"holdout-devstyle{n}.jsonl"
        for n in RECENT
        if f"holdout-devstyle{n}.jsonl" not in tth.TRAINING_FILES
    ]
    train = _posts(tth.SHARED / "eval" / "dev.jsonl")
    origin = ["dev.jsonl"] * len(train)
    for name in names:
        if name not in held:
            posts = _posts(REPO / "bench" / name)
            train += posts
            origin += [name] * len(posts)
    test = [p for name in sorted(held) for p in _posts(REPO / "bench" / name)]
    start = time.time()
    vecs = tth.vectorizers()
    x = tth.fit_features(vecs, [tth.read_text(d) for d in train])
    xt = tth.features(vecs, [tth.read_text(d) for d in test])
    early = np.array([name in tth.EARLY_SETS for name in origin])
    later = np.array([_set_number(name) >= 100 for name in origin])
    proba = {}
    for variant in variants:
        proba[variant] = {}
        for clause in tth.CLAUSES:
            rows = np.ones(len(train), dtype=bool)
            if variant == "noold" or (variant == "early64" and clause != "6.4"):
                rows = ~early
            c = {"C4": 4.0, "C16": 16.0}.get(variant, tth.C)
            weight = np.where(later, 2.0, 1.0)[rows] if variant == "recent2" else None
            y = np.array([clause in (d.get("expect") or []) for d in train])[rows]
            model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
            model.fit(x[rows], y, sample_weight=weight)
            proba[variant][clause] = model.predict_proba(xt)[:, 1].round(4).tolist()
        print(f"fold {fold} {variant}: {time.time() - start:.0f} s", file=sys.stderr)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"fold{fold}.json").write_text(
        json.dumps({"ids": [d["id"] for d in test], "proba": proba}), encoding="utf-8"
    )


def _rules_only(ids: set[str]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The clauses the rules (not the hints) raise on each post of the recent sets, and the
    labelled clauses."""
    ctx, pack = Context.from_yaml(tth.SHARED / "eval" / "context.yaml"), load_pack()
    raised, expected = {}, {}
    for n in RECENT:
        for d in _posts(REPO / "bench" / f"holdout-devstyle{n}.jsonl"):
            if d["id"] in ids:
                report = check(Post.from_dict(d), ctx, pack)
                raised[d["id"]] = {f.clause for f in report.findings if not REGISTRY[f.rule].hint}
                expected[d["id"]] = set(d.get("expect") or [])
    return raised, expected


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0


def _scores(folds: dict, raised: dict, expected: dict, variant: str, thresholds: dict):
    """Pooled micro-F1 and each fold's, the heads OR-ed with the rules at ``thresholds``."""
    counts = {}
    for k, f in sorted(folds.items()):
        tp = fp = fn = 0
        for i, pid in enumerate(f["ids"]):
            got = set(raised[pid])
            got |= {c for c, p in f["proba"][variant].items() if p[i] >= thresholds[c]}
            tp += len(got & expected[pid])
            fp += len(got - expected[pid])
            fn += len(expected[pid] - got)
        counts[k] = (tp, fp, fn)
    pooled = _f1(*(sum(c[j] for c in counts.values()) for j in range(3)))
    return pooled, {k: _f1(*c) for k, c in counts.items()}


def _load(out: Path):
    folds = {int(p.stem[4:]): json.loads(p.read_text()) for p in sorted(out.glob("fold*.json"))}
    raised, expected = _rules_only({i for f in folds.values() for i in f["ids"]})
    return folds, raised, expected


def _each(scores: dict) -> str:
    return "  ".join(f"fold {k} {v:.4f}" for k, v in scores.items())


def compare(out: Path) -> None:
    folds, raised, expected = _load(out)
    variants = sorted({v for f in folds.values() for v in f["proba"]}, key=VARIANTS.index)
    for variant in variants:
        pooled, each = _scores(folds, raised, expected, variant, tth.THRESHOLDS)
        print(f"{variant:8} {pooled:.4f}  {_each(each)}")


def thresholds(out: Path, variant: str) -> None:
    """Each clause's threshold moved alone over a grid: the best move, its gain and on how many
    folds it gains; then every move that gains on at least three of the four folds, together."""
    folds, raised, expected = _load(out)
    base, base_each = _scores(folds, raised, expected, variant, tth.THRESHOLDS)
    print(f"shipped thresholds {base:.4f}  {_each(base_each)}")
    chosen = {}
    for clause in tth.CLAUSES:
        best = None
        for t in (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
            moved = {**tth.THRESHOLDS, clause: t}
            pooled, each = _scores(folds, raised, expected, variant, moved)
            wins = sum(each[k] > base_each[k] + 1e-9 for k in each)
            if best is None or pooled > best[1]:
                best = (t, pooled, wins)
        t, pooled, wins = best
        print(f"{clause:5} {tth.THRESHOLDS[clause]} -> {t}  {pooled - base:+.4f}  gains on {wins}")
        if wins >= 3 and t != tth.THRESHOLDS[clause]:
            chosen[clause] = t
    pooled, each = _scores(folds, raised, expected, variant, {**tth.THRESHOLDS, **chosen})
    print(f"together {chosen}: {pooled:.4f}  {_each(each)}")


# ---- simulate (session 21): check() over the folds' out-of-fold probabilities -------------------


def _rules_before_vetoes(ids: set[str]) -> dict[str, dict]:
    """Each post's rule findings (clause, in the text?) before the heads' vetoes, its labels, and
    what round 33's companion needs (official, a reply, a colleague wrote it, hostility to a faith
    with no party named)."""
    ctx, pack = Context.from_yaml(tth.SHARED / "eval" / "context.yaml"), load_pack()
    rows = {}
    for n in RECENT:
        for d in _posts(REPO / "bench" / f"holdout-devstyle{n}.jsonl"):
            if d["id"] not in ids:
                continue
            post = Post.from_dict(d)
            kind, c = post.account.kind, Checking(post, ctx, pack)
            found = []
            for slug in pack.rules_on(kind):
                if not REGISTRY[slug].hint:
                    for hit in REGISTRY[slug].func(c):
                        if (f := _finding(pack, kind, slug, hit)) is not None:
                            found.append((f.clause, f.field == "text"))
            author = c.author
            rows[d["id"]] = {
                "found": found,
                "expected": set(d.get("expect") or []),
                "official": kind == "official",
                "reply": bool(post.in_reply_to),
                "colleague": author is not None and author.is_colleague,
                "faith": bool(faith_hostility(c) and not party_named(c)),
            }
    return rows


def _simulated(row: dict, proba: dict[str, float], s: dict) -> set[str]:
    """The clauses check() would raise, given the heads' probabilities and settings ``s``: the
    hints at their thresholds, round 34's floor, round 35's heated-reply veto and round 33's
    gated companion (as in civicpost.policy.check and rules/hints.py)."""
    in_text = {clause for clause, text in row["found"] if text}
    hints = {clause for clause, p in proba.items() if p >= s["thresholds"][clause]}
    escalated = "G.2" in hints or any(clause == "G.2" for clause, _ in row["found"])
    unlike = {c for c in in_text & _JUDGED_FROM_WORDS if proba.get(c, 1.0) < s["floor"]}
    if escalated and row["reply"] and "6.9" in in_text and proba.get("6.9", 1.0) < s["heated"]:
        unlike.add("6.9")
    got = {clause for clause, text in row["found"] if not (text and clause in unlike)} | hints
    beside = _BESIDE_HOSTILITY | ({"G.3"} if row["faith"] else set())
    if (
        not row["official"]
        and not row["reply"]
        and row["colleague"]
        and "6.9" in got
        and "6.3" not in got
        and got <= beside
        and proba.get("6.3", 0.0) >= s["gate"]
    ):
        got.add("6.3")
    return got


def simulate(out: Path, variant: str) -> None:
    """The shipped settings, then each setting moved alone (every hint threshold, the veto's
    floor, the heated-reply threshold, the companion's gate), pooled and fold by fold."""
    folds = {int(p.stem[4:]): json.loads(p.read_text()) for p in sorted(out.glob("fold*.json"))}
    rows = _rules_before_vetoes({i for f in folds.values() for i in f["ids"]})
    pack = load_pack()
    shipped = {
        "thresholds": dict(tth.THRESHOLDS),
        "floor": pack.threshold("rule_veto_head", 0.0),
        "heated": pack.threshold("heated_reply_attack_head", 0.0),
        "gate": pack.threshold("hostility_disrepute_head", 0.4),
    }

    def score(s: dict) -> tuple[float, dict[int, float]]:
        counts = {}
        for k, f in sorted(folds.items()):
            tp = fp = fn = 0
            for i, pid in enumerate(f["ids"]):
                proba = {c: v[i] for c, v in f["proba"][variant].items()}
                got, want = _simulated(rows[pid], proba, s), rows[pid]["expected"]
                tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
            counts[k] = (tp, fp, fn)
        pooled = _f1(*(sum(c[j] for c in counts.values()) for j in range(3)))
        return pooled, {k: _f1(*c) for k, c in counts.items()}

    base, base_each = score(shipped)
    print(f"shipped {base:.4f}  {_each(base_each)}")
    moves = [("floor", v) for v in (0.05, 0.1, 0.15, 0.2, 0.3)]
    moves += [("heated", v) for v in (0.0, 0.2, 0.3, 0.4, 0.5)]
    moves += [("gate", v) for v in (0.0, 0.3, 0.4, 0.5, 0.6)]
    grid = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
    moves += [(c, t) for c in tth.CLAUSES for t in grid]
    for name, value in moves:
        if name in tth.THRESHOLDS:
            s = {**shipped, "thresholds": {**shipped["thresholds"], name: value}}
        else:
            s = {**shipped, name: value}
        pooled, each = score(s)
        wins = sum(each[k] > base_each[k] + 1e-9 for k in each)
        print(f"{name:6} {value:<5} {pooled - base:+.4f}  higher on {wins} of {len(each)}")


def main() -> int:
    global RECENT
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--first", type=int, default=FIRST, help="oldest dev-style set in the folds")
    ap.add_argument("--through", type=int, default=292, help="newest dev-style set in the folds")
    sub = ap.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run")
    r.add_argument("fold", type=int, choices=range(FOLDS))
    r.add_argument("out", type=Path)
    r.add_argument("--variants", default=",".join(VARIANTS))
    c = sub.add_parser("compare")
    c.add_argument("out", type=Path)
    t = sub.add_parser("thresholds")
    t.add_argument("out", type=Path)
    t.add_argument("--variant", default="early64", choices=VARIANTS)
    m = sub.add_parser("simulate")
    m.add_argument("out", type=Path)
    m.add_argument("--variant", default="early64", choices=VARIANTS)
    ns = ap.parse_args()
    RECENT = range(ns.first, ns.through + 1)
    if ns.command == "run":
        variants = ns.variants.split(",")
        if unknown := set(variants) - set(VARIANTS):
            ap.error(f"unknown variants: {', '.join(sorted(unknown))}")
        run(ns.fold, ns.out, variants)
    elif ns.command == "thresholds":
        thresholds(ns.out, ns.variant)
    elif ns.command == "simulate":
        simulate(ns.out, ns.variant)
    else:
        compare(ns.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
