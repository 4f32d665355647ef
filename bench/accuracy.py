"""Accuracy of the policy checker on labelled posts (and, where present, public datasets).

    .venv/bin/python bench/accuracy.py [--posts FILE ...] [--dev PATH] [--context PATH]
        [--json OUT] [--show-errors] [--no-public]

Per-clause precision, recall and F1 (a clause counts as raised when any finding maps to it, at any
severity), micro-F1, and the false-alarm rate on clean posts (a caution or breach raised on a post
whose ``expect`` is empty). By default two sections: ``shared/eval/dev.jsonl`` (in-sample: the
lexicons were written while reading it) and ``bench/holdout-civicpost.jsonl`` (written without
reading dev; see bench/README.md for which part of it was looked at while tuning). ``--posts FILE``
(repeatable) scores only the files given. Then the public datasets in ``shared/datasets``
(TweetEval offensive, HateCheck, Presidio synthetic PII), detectors alone.
Paths default to the repo's sibling ``shared/`` folder. Not a test: it prints numbers.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
HOLDOUT = Path(__file__).resolve().parent / "holdout-civicpost.jsonl"
sys.path.insert(0, str(REPO / "src"))

from civicpost.policy import Context, Post, Severity, check, load_pack  # noqa: E402
from civicpost.policy.detectors.personal_data import find_personal_data  # noqa: E402
from civicpost.policy.text import normalise  # noqa: E402


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def eval_posts(path: Path, context: Context, show_errors: bool) -> dict:
    pack = load_pack()
    counts: dict[str, Counter] = defaultdict(Counter)
    clean = alarms = 0
    errors = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        data = json.loads(line)
        report = check(Post.from_dict(data), context, pack)
        raised = report.clauses
        expected = set(data.get("expect") or [])
        for clause in set(pack.clauses):
            if clause in raised and clause in expected:
                counts[clause]["tp"] += 1
            elif clause in raised:
                counts[clause]["fp"] += 1
            elif clause in expected:
                counts[clause]["fn"] += 1
        if not expected:
            clean += 1
            if report.at_least(Severity.CAUTION):
                alarms += 1
        if raised != expected:
            errors.append((data["id"], sorted(expected), sorted(raised), report))
    per_clause = {}
    for clause in pack.clauses:
        c = counts[clause]
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        per_clause[clause] = {
            "precision": p,
            "recall": r,
            "f1": f,
            "support": c["tp"] + c["fn"],
            "fp": c["fp"],
            "fn": c["fn"],
        }
    tot = Counter()
    for c in counts.values():
        tot.update(c)
    micro = prf(tot["tp"], tot["fp"], tot["fn"])
    if show_errors:
        for pid, exp, got, report in errors:
            missing, extra = set(exp) - set(got), set(got) - set(exp)
            print(f"{pid}: missing {sorted(missing)} extra {sorted(extra)}")
            for f in report.findings:
                if f.clause in extra:
                    print(f"    + {f.clause} {f.rule} [{f.severity.label}] {f.message}")
    return {
        "posts": sum(1 for line in path.open(encoding="utf-8") if line.strip()),
        "per_clause": per_clause,
        "micro": {"precision": micro[0], "recall": micro[1], "f1": micro[2]},
        "clean_posts": clean,
        "false_alarms": alarms,
        "false_alarm_rate": alarms / clean if clean else 0.0,
    }


# ---- public datasets (detectors alone) ----------------------------------------------------------


def _hostile(text: str, pack) -> bool:
    """The lexicon detectors behind 6.9 on a bare text (no registers, no target check)."""
    full = normalise(text).full.text
    return any(
        pack.lexicon(name).search(full)
        for name in ("insults", "accusations", "threats", "profanity")
    )


def tweeteval_offensive(pack) -> dict | None:
    folder = SHARED / "datasets" / "tweeteval" / "offensive"
    texts, labels = folder / "test_text.txt", folder / "test_labels.txt"
    if not texts.exists():
        return None
    xs = texts.read_text(encoding="utf-8").splitlines()
    ys = [int(v) for v in labels.read_text().split()]
    preds = [int(_hostile(x, pack)) for x in xs]
    f1s = []
    for cls in (0, 1):
        tp = sum(p == cls and y == cls for p, y in zip(preds, ys, strict=False))
        fp = sum(p == cls and y != cls for p, y in zip(preds, ys, strict=False))
        fn = sum(p != cls and y == cls for p, y in zip(preds, ys, strict=False))
        f1s.append(prf(tp, fp, fn)[2])
    result = {"n": len(ys), "macro_f1": sum(f1s) / 2}
    try:
        from profanity_check import predict  # alt-profanity-check, if installed as an anchor

        anchor = list(predict(xs))
        f1a = []
        for cls in (0, 1):
            tp = sum(p == cls and y == cls for p, y in zip(anchor, ys, strict=False))
            fp = sum(p == cls and y != cls for p, y in zip(anchor, ys, strict=False))
            fn = sum(p != cls and y == cls for p, y in zip(anchor, ys, strict=False))
            f1a.append(prf(tp, fp, fn)[2])
        result["alt_profanity_check_macro_f1"] = sum(f1a) / 2
    except ImportError:
        result["alt_profanity_check_macro_f1"] = None
    return result


def hatecheck(pack) -> dict | None:
    path = SHARED / "datasets" / "hatecheck" / "test_suite_cases.csv"
    if not path.exists():
        return None
    per: dict[str, Counter] = defaultdict(Counter)
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            hateful = row.get("label_gold") == "hateful"
            pred = _hostile(row["test_case"], pack)
            per[row["functionality"]]["n"] += 1
            per[row["functionality"]]["ok"] += int(pred == hateful)
    overall = sum(c["ok"] for c in per.values()) / max(1, sum(c["n"] for c in per.values()))
    return {
        "accuracy": overall,
        "per_functionality": {k: v["ok"] / v["n"] for k, v in sorted(per.items())},
    }


def presidio_pii() -> dict | None:
    path = SHARED / "datasets" / "presidio_synth_pii" / "synth_dataset_v2.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    mapping = {"PHONE_NUMBER": "phone", "EMAIL_ADDRESS": "email", "STREET_ADDRESS": "address"}
    counts: dict[str, Counter] = defaultdict(Counter)
    for item in data:
        text = item.get("full_text", "")
        gold = {
            (s["start_position"], s["end_position"], mapping[s["entity_type"]])
            for s in item.get("spans", [])
            if s.get("entity_type") in mapping
        }
        found = {
            (s.start, s.end, "address" if s.kind == "postcode" else s.kind)
            for s in find_personal_data(normalise(text))
            if s.kind in ("phone", "email", "address", "postcode")
        }
        for kind in set(mapping.values()):
            g = {x for x in gold if x[2] == kind}
            f = {x for x in found if x[2] == kind}
            # a predicted span counts when it overlaps a gold span of the same kind
            tp = sum(any(a[0] < b[1] and b[0] < a[1] for b in g) for a in f)
            counts[kind]["tp"] += tp
            counts[kind]["fp"] += len(f) - tp
            counts[kind]["fn"] += sum(not any(a[0] < b[1] and b[0] < a[1] for a in f) for b in g)
    return {
        k: dict(zip(("precision", "recall", "f1"), prf(c["tp"], c["fp"], c["fn"]), strict=True))
        for k, c in sorted(counts.items())
    }


def print_section(result: dict) -> None:
    print(f"posts: {result['posts']}, clean: {result['clean_posts']}")
    print(f"{'clause':<6} {'P':>6} {'R':>6} {'F1':>6} {'n':>4} {'FP':>4} {'FN':>4}")
    for clause, m in result["per_clause"].items():
        print(
            f"{clause:<6} {m['precision']:6.2f} {m['recall']:6.2f} {m['f1']:6.2f} "
            f"{m['support']:4d} {m['fp']:4d} {m['fn']:4d}"
        )
    mi = result["micro"]
    print(f"{'micro':<6} {mi['precision']:6.2f} {mi['recall']:6.2f} {mi['f1']:6.2f}")
    print(
        f"false alarms on clean posts: {result['false_alarms']}/{result['clean_posts']} "
        f"({result['false_alarm_rate']:.1%})"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--posts",
        type=Path,
        action="append",
        metavar="FILE",
        help="labelled posts to score (repeatable); default: dev.jsonl and the holdout",
    )
    ap.add_argument("--dev", type=Path, default=SHARED / "eval" / "dev.jsonl")
    ap.add_argument("--context", type=Path, default=SHARED / "eval" / "context.yaml")
    ap.add_argument("--json", type=Path, help="also write the results as JSON here")
    ap.add_argument("--show-errors", action="store_true", help="list posts whose clauses differ")
    ap.add_argument("--no-public", action="store_true", help="skip the public datasets")
    args = ap.parse_args(argv)
    context = Context.from_yaml(args.context)
    if args.posts:
        sections = [(path.stem, path) for path in args.posts]
    else:
        sections = [("dev", args.dev), ("holdout", HOLDOUT)]
    results: dict = {}
    for name, path in sections:
        if not path.exists():
            print(f"\n== {name}: {path.name} not found, skipped")
            continue
        print(f"\n== {name} ({path.name})")
        results[name] = section = eval_posts(path, context, args.show_errors)
        print_section(section)
    if not args.no_public:
        pack = load_pack()
        results["tweeteval_offensive"] = te = tweeteval_offensive(pack)
        results["hatecheck"] = hc = hatecheck(pack)
        results["presidio_pii"] = pii = presidio_pii()
        print("\npublic datasets (detectors alone, no registers)")
        if te:
            anchor = te["alt_profanity_check_macro_f1"]
            print(
                f"  TweetEval offensive (test, n={te['n']}): "
                f"lexicon macro-F1 {te['macro_f1']:.3f}; "
                f"alt-profanity-check {'not installed' if anchor is None else f'{anchor:.3f}'}"
            )
        if hc:
            print(
                f"  HateCheck: accuracy {hc['accuracy']:.3f} "
                f"over {len(hc['per_functionality'])} functionalities"
            )
            for name, acc in hc["per_functionality"].items():
                print(f"    {name:<28} {acc:.2f}")
        if pii:
            for kind, m in pii.items():
                print(
                    f"  Presidio synth PII {kind:<8} P {m['precision']:.2f} "
                    f"R {m['recall']:.2f} F1 {m['f1']:.2f}"
                )
            print("  presidio-analyzer anchor: not installed (not a dependency)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
