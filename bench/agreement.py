"""How far apart careful people are: inter-annotator agreement next to the checker's.

    .venv/bin/python bench/agreement.py

160 posts (40 drawn at random from each of bench/holdout-untouched29..32.jsonl) were labelled
again, independently, by two reviewers who saw only the policy, SCHEMA.md, the registers, the law
notes and the posts without their labels (bench/agreement/README.md has their brief). This prints
the micro-F1 between every pair of the set's writer, reviewer A, reviewer B and the checker (with
its advice-only hints, and with the rules alone), over all clauses and without 6.3, and per clause.
Micro-F1 between two labellings is symmetric, so it reads as agreement. Not a test: it prints
numbers; the results and what they mean are in bench/README.md ("Session 5").

    .venv/bin/python bench/agreement.py --study s16

Session 16's study: 160 posts (20 drawn with random.seed(181) from each of the dev-style sets
devstyle181..188, then shuffled), labelled by two reviewers who first learnt dev.jsonl's
conventions, as the sets' writers had (bench/agreement/README.md; bench/README.md, "Session 16").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "src"))

from civicpost.policy import Context, Post, check, load_pack  # noqa: E402

Labels = dict[str, set[str]]
# Each study: the sets its posts were drawn from, and the two reviewers' label files.
STUDIES = {
    # session 5: 40 posts from each of holdout-untouched29..32, reviewers shown 5 lines of dev
    "s5": (
        [REPO / "bench" / f"holdout-untouched{n}.jsonl" for n in (29, 30, 31, 32)],
        ("labels-A.jsonl", "labels-B.jsonl"),
    ),
    # session 16: 20 posts from each of the dev-style sets devstyle181..188, reviewers told to
    # learn all of dev.jsonl's conventions first, as the sets' writers were
    "s16": (
        [REPO / "bench" / f"holdout-devstyle{n}.jsonl" for n in range(181, 189)],
        ("s16-labels-A.jsonl", "s16-labels-B.jsonl"),
    ),
}


def read_labels(path: Path) -> Labels:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {row["id"]: set(row.get("expect") or []) for row in rows}


def agreement(a: Labels, b: Labels, ids: list[str], without: frozenset[str] = frozenset()) -> float:
    tp = fp = fn = 0
    for i in ids:
        x, y = a[i] - without, b[i] - without
        tp, fp, fn = tp + len(x & y), fp + len(x - y), fn + len(y - x)
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--study", choices=sorted(STUDIES), default="s5")
    sets, (file_a, file_b) = STUDIES[parser.parse_args(argv).study]
    reviewer_a = read_labels(REPO / "bench" / "agreement" / file_a)
    reviewer_b = read_labels(REPO / "bench" / "agreement" / file_b)
    ids = list(reviewer_a)
    posts = {}
    for path in sets:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                posts[row["id"]] = row
    ctx, pack = Context.from_yaml(SHARED / "eval" / "context.yaml"), load_pack()
    checker: Labels = {}
    rules_only: Labels = {}
    for i in ids:
        report = check(Post.from_dict(posts[i]), ctx, pack)
        checker[i] = {f.clause for f in report.findings}
        rules_only[i] = {f.clause for f in report.findings if not f.rule.startswith("reads-as-")}
    writer = {i: set(posts[i].get("expect") or []) for i in ids}
    who = {
        "writer": writer,
        "reviewer A": reviewer_a,
        "reviewer B": reviewer_b,
        "checker": checker,
        "rules only": rules_only,
    }
    for title, without in (("all clauses", frozenset()), ("without 6.3", frozenset({"6.3"}))):
        print(f"micro-F1 agreement, {len(ids)} posts, {title}")
        print(" " * 12 + "".join(f"{n:>12}" for n in who))
        for a, la in who.items():
            print(
                f"{a:12}"
                + "".join(f"{agreement(la, lb, ids, without):12.3f}" for lb in who.values())
            )
        print()
    clauses = sorted(
        {c for labels in (writer, reviewer_a, reviewer_b) for v in labels.values() for c in v}
    )
    pairs = [
        ("writer~A", writer, reviewer_a),
        ("writer~B", writer, reviewer_b),
        ("A~B", reviewer_a, reviewer_b),
        ("checker~writer", checker, writer),
        ("checker~A", checker, reviewer_a),
        ("checker~B", checker, reviewer_b),
    ]
    print("per-clause F1   " + "".join(f"{name:>15}" for name, _, _ in pairs))
    for clause in clauses:
        cells = "".join(f"{_one(x, y, ids, clause):15.2f}" for _, x, y in pairs)
        print(f"{clause:16}{cells}")
    return 0


def _one(a: Labels, b: Labels, ids: list[str], clause: str) -> float:
    only = {clause}
    return agreement({i: a[i] & only for i in ids}, {i: b[i] & only for i in ids}, ids)


if __name__ == "__main__":
    raise SystemExit(main())
