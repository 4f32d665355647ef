"""EXPERIMENT (not a test): the text heads' features, cross-validated on the dev-style sets.

    .venv-bench/bin/python bench/feature_cv.py VARIANT OUT.json [--C 8]
    .venv-bench/bin/python bench/feature_cv.py --compare OUT.json [OUT.json ...]

Ten grouped folds over bench/holdout-devstyle1..60.jsonl (fold k holds sets k, k+10, ..., k+50,
so each fold mixes writers and months). For each fold, heads are trained as
``scripts/train_text_heads.py`` trains them (same C, class weights and thresholds) on every other
labelled post (dev.jsonl, the training files and the other dev-style sets); the fold's posts get
the heads' probabilities, OR-ed with the clauses the rules raised *before* they were tuned on that
set (bench/cv-before/<commit>/, rules only). ``--compare`` prints the pooled micro-F1 with the
shipped thresholds, on the odd and even folds, fold by fold, and per clause.

VARIANT is ``base`` (one text: the kind, the post and " [REPLY] " and the text answered; word
1-2-grams and char_wb 3-5-grams) or flags joined by "+":
  reply  the text answered in a block of its own (word 1-2-grams; "noreply" for none)
  att    the attachments' descriptions after the post (" [ATTACHED] ...")
  role   a tag for the author's role (councillor, clerk, staff, resident, unknown) first
  rc     with reply: char_wb 3-5-grams of the text answered too
  attsep the attachments' descriptions in a block of their own (word 1-2-grams; "noattach")
  ofw    the official account's posts' words again, in a block of their own (empty otherwise)
  cllrw  councillors' posts' words again, in a block of their own (empty otherwise)
  stfw   the Clerk's and the staff's posts' words again, in a block of their own
  rofw   the text an official post answers again, in a block of its own (empty otherwise)
  pepofw the official account's words again, read only in a pre-election period
  w13    word 1-3-grams          cfull  char 3-5-grams across words (analyzer="char")
  nb     every feature scaled, per clause, by its naive-Bayes log-count ratio on the fold's
         training posts (``nb_ratio``); a linear model still, the scale folds into the weights
Sessions 13 and 14's results and choices: bench/README.md, "Session 13" and "Session 14". Needs
scikit-learn and PyYAML (the bench virtualenv).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
import time
from pathlib import Path

import numpy as np
import yaml
from scipy.sparse import diags, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
_spec = importlib.util.spec_from_file_location("tth", REPO / "scripts" / "train_text_heads.py")
tth = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tth)
# the rules' clauses on each dev-style post before they were tuned on it (bench/cv-before/)
_spec = importlib.util.spec_from_file_location("dtc", REPO / "bench" / "devstyle_threshold_cv.py")
_dtc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_dtc)
before_reports = _dtc.before_reports

from civicpost.policy.detectors.text_heads import NO_REPLY, as_text, post_text  # noqa: E402

DEVSTYLE = [f"holdout-devstyle{k}.jsonl" for k in range(1, 61)]
FOLDS = {k: [f"holdout-devstyle{j}.jsonl" for j in range(k, 61, 10)] for k in range(1, 11)}


def _roles() -> dict[str, list[str]]:
    ctx = yaml.safe_load((SHARED / "eval" / "context.yaml").read_text(encoding="utf-8"))
    return {p["id"]: p.get("roles") or [] for p in ctx["people"]}


def role_tag(roles: dict[str, list[str]], author: str | None) -> str:
    r = roles.get(author or "")
    if r is None:
        return "role_none"
    if "councillor" in r:
        return "role_cllr"
    if "clerk" in r:
        return "role_clerk"
    return "role_staff" if r else "role_resident"


def _in_period(d: dict) -> bool:
    """Whether the post was made in a pre-election period of the registers."""
    at = dt.datetime.fromisoformat(d["at"]) if d.get("at") else None
    return at is not None and bool(tth._PEOPLE.elections_in_period(at))


def load() -> list[dict]:
    files = [("dev.jsonl", SHARED / "eval" / "dev.jsonl")]
    names = list(tth.TRAINING_FILES) + [f for f in DEVSTYLE if f not in tth.TRAINING_FILES]
    files += [(n, REPO / "bench" / n) for n in names]
    posts = []
    for name, path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                attached = " ".join(a.get("description") or "" for a in d.get("attachments") or [])
                posts.append(
                    {"file": name, "id": d["id"], "kind": d["account"]["kind"], "text": d["text"],
                     "reply": d.get("in_reply_to"), "author": d.get("author"), "att": attached,
                     "exp": sorted(set(d.get("expect") or [])), "pep": _in_period(d)}
                )  # fmt: skip
    return posts


def _tfidf(**kw) -> TfidfVectorizer:
    return TfidfVectorizer(min_df=2, sublinear_tf=True, **kw)


def featurize(variant: str, train: list[dict], test: list[dict], roles: dict) -> tuple:
    """The variant's features for the training and the held-out posts."""
    flags = {f for f in variant.split("+") if f and f != "base"}

    def text_of(p: dict) -> str:
        attached = p["att"] if "att" in flags else ""
        if "reply" in flags:  # the reply apart: the post as heads of format 2 read it
            t = post_text(p["kind"], p["text"], attached)
        else:  # as heads of format 1 read it, the descriptions after the reply
            t = as_text(p["kind"], p["text"], p["reply"])
            t += f" [ATTACHED] {attached}" if attached.strip() else ""
        if "role" in flags:
            t = f"[{role_tag(roles, p['author'])}] {t}"
        return t

    posts = ([text_of(p) for p in train], [text_of(p) for p in test])
    replies = ([p["reply"] or NO_REPLY for p in train], [p["reply"] or NO_REPLY for p in test])
    word = _tfidf(ngram_range=(1, 3) if "w13" in flags else (1, 2))
    char = _tfidf(analyzer="char" if "cfull" in flags else "char_wb", ngram_range=(3, 5))
    blocks = [(word, posts), (char, posts)]

    def only(keep) -> tuple[list[str], list[str]]:
        """The post's text where ``keep`` holds, an empty text elsewhere."""
        return tuple(
            [t if keep(p) else "" for p, t in zip(ps, texts, strict=True)]
            for ps, texts in ((train, posts[0]), (test, posts[1]))
        )

    if "ofw" in flags:  # the official account's words again, apart
        blocks.append((_tfidf(ngram_range=(1, 2)), only(lambda p: p["kind"] == "official")))
    if "cllrw" in flags:  # councillors' words again, apart
        cllr = only(lambda p: role_tag(roles, p["author"]) == "role_cllr")
        blocks.append((_tfidf(ngram_range=(1, 2)), cllr))
    if "stfw" in flags:  # the Clerk's and the staff's words again, apart
        staff = only(lambda p: role_tag(roles, p["author"]) in ("role_clerk", "role_staff"))
        blocks.append((_tfidf(ngram_range=(1, 2)), staff))
    if "rofw" in flags:  # the text an official post answers, apart
        blocks.append((_tfidf(ngram_range=(1, 2)), tuple(
            [p["reply"] or "" if p["kind"] == "official" else "" for p in ps]
            for ps in (train, test)
        )))  # fmt: skip
    if "pepofw" in flags:  # the official account's words in a pre-election period, apart
        pep = only(lambda p: p["kind"] == "official" and p["pep"])
        blocks.append((_tfidf(ngram_range=(1, 2)), pep))
    if "attsep" in flags:
        attached = ([p["att"].strip() or "noattach" for p in train],
                    [p["att"].strip() or "noattach" for p in test])  # fmt: skip
        blocks.append((_tfidf(ngram_range=(1, 2)), attached))
    if "reply" in flags:
        blocks.append((_tfidf(ngram_range=(1, 2)), replies))
        if "rc" in flags:
            blocks.append((_tfidf(analyzer="char_wb", ngram_range=(3, 5)), replies))
    x = hstack([v.fit_transform(texts[0]) for v, texts in blocks]).tocsr()
    xt = hstack([v.transform(texts[1]) for v, texts in blocks]).tocsr()
    return x, xt


def nb_ratio(x, y: np.ndarray, alpha: float = 1.0) -> np.ndarray:
    """Each feature's naive-Bayes log-count ratio for a clause (Wang and Manning's NBSVM): how
    much more of it the posts with the clause have than those without, smoothed by ``alpha``."""
    pos = alpha + np.asarray(x[y].sum(axis=0)).ravel()
    neg = alpha + np.asarray(x[~y].sum(axis=0)).ravel()
    return np.log((pos / pos.sum()) / (neg / neg.sum()))


def run(variant: str, out: Path, c: float = tth.C) -> None:
    posts, raised, roles, rows = load(), before_reports(), _roles(), []
    for k, files in FOLDS.items():
        t0 = time.time()
        train = [p for p in posts if p["file"] not in files]
        test = [p for p in posts if p["file"] in files]
        x, xt = featurize(variant, train, test, roles)
        proba = {}
        for clause in tth.CLAUSES:
            y = np.array([clause in p["exp"] for p in train])
            model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
            if "nb" in variant.split("+"):  # each feature scaled by its NB log-count ratio
                scale = diags(nb_ratio(x, y))
                proba[clause] = model.fit(x @ scale, y).predict_proba(xt @ scale)[:, 1]
            else:
                proba[clause] = model.fit(x, y).predict_proba(xt)[:, 1]
        for i, p in enumerate(test):
            rows.append(
                {"fold": k, "file": p["file"], "id": p["id"], "exp": p["exp"],
                 "rules": raised[p["id"]],
                 "prob": {c: round(float(proba[c][i]), 4) for c in tth.CLAUSES}}
            )  # fmt: skip
        print(f"{variant} fold {k}: {len(test)} posts, {x.shape[1]} features, "
              f"{time.time() - t0:.0f} s", file=sys.stderr, flush=True)  # fmt: skip
    out.write_text(json.dumps(rows), encoding="utf-8")


def micro_f1(rows: list[dict], clause: str | None = None, rules_only: bool = False) -> float:
    tp = fp = fn = 0
    for r in rows:
        expected = set(r["exp"])
        got = set(r["rules"])
        if not rules_only:
            got |= {c for c, p in r["prob"].items() if p >= tth.THRESHOLDS.get(c, 1.01)}
        if clause:
            expected &= {clause}
            got &= {clause}
        tp += len(got & expected)
        fp += len(got - expected)
        fn += len(expected - got)
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def compare(paths: list[Path]) -> None:
    for path in paths:
        rows = json.loads(path.read_text(encoding="utf-8"))
        odd = [r for r in rows if r["fold"] % 2]
        even = [r for r in rows if not r["fold"] % 2]
        folds = " ".join(
            f"{micro_f1([r for r in rows if r['fold'] == k]):.3f}" for k in range(1, 11)
        )
        rules = micro_f1(rows, rules_only=True)
        print(f"{path.stem:24} all {micro_f1(rows):.4f} odd {micro_f1(odd):.4f} "
              f"even {micro_f1(even):.4f} rules {rules:.4f} | {folds}")  # fmt: skip
        print("    " + " ".join(f"{c}:{micro_f1(rows, c):.3f}" for c in tth.CLAUSES))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("args", nargs="+", type=str)
    ap.add_argument("--compare", action="store_true", help="compare saved fold probabilities")
    ap.add_argument("--C", type=float, default=tth.C, help="the regressions' C")
    ns = ap.parse_args()
    if ns.compare:
        compare([Path(a) for a in ns.args])
    elif len(ns.args) == 2:
        run(ns.args[0], Path(ns.args[1]), ns.C)
    else:
        ap.error("give VARIANT OUT.json, or --compare OUT.json ...")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
