"""Accuracy of the policy checker on labelled posts (and, where present, public datasets).

    .venv/bin/python bench/accuracy.py [--posts FILE ...] [--dev PATH] [--context PATH]
        [--json OUT] [--show-errors] [--no-public]

Per-clause precision, recall and F1 (a clause counts as raised when any finding maps to it, at any
severity), micro-F1, and the false-alarm rate on clean posts (a caution or breach raised on a post
whose ``expect`` is empty). By default two sections: ``shared/eval/dev.jsonl`` (in-sample: the
lexicons were written while reading it) and ``bench/holdout-civicpost.jsonl`` (written without
reading dev; see bench/README.md for which part of it was looked at while tuning). ``--posts FILE``
(repeatable) scores only the files given. Then the public datasets in ``shared/datasets``
(TweetEval offensive, HateCheck, Presidio synthetic PII, WNUT-17 person), detectors alone, in one
table beside the anchors ``alt-profanity-check`` and ``presidio-analyzer`` (pattern recognisers
only, ``no_op`` NLP engine) when they import; otherwise their columns say "not installed".
Nothing is downloaded: tldextract's suffix-list fetch is switched off and network attempts are
counted with an audit hook and printed. Paths default to the repo's sibling ``shared/`` folder.
Not a test: it prints numbers.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
HOLDOUT = Path(__file__).resolve().parent / "holdout-civicpost.jsonl"
sys.path.insert(0, str(REPO / "src"))
# presidio's EmailRecognizer uses tldextract, which fetches the public suffix list on first use
# unless this is empty; set before anything imports it.
os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""

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


# ---- anchors (optional; not dependencies) --------------------------------------------------------

NET_EVENTS = frozenset(
    {"socket.getaddrinfo", "socket.gethostbyname", "socket.connect", "http.client.connect"}
)
NET_CALLS: list[str] = []


def watch_network() -> None:
    """Record every name lookup or connection attempt made from here on (audit hook)."""

    def hook(event: str, args: tuple) -> None:
        if event in NET_EVENTS:
            NET_CALLS.append(f"{event} {args!r}"[:120])

    sys.addaudithook(hook)


def load_profanity_check():
    """``profanity_check.predict`` from alt-profanity-check, or None when it is not installed."""
    try:
        from profanity_check import predict
    except ImportError:
        return None
    return predict


# presidio's labels, mapped to ours; a postcode counts as part of an address, as ours does
PRESIDIO_KIND = {"PHONE_NUMBER": "phone", "EMAIL_ADDRESS": "email", "UK_POSTCODE": "address"}
PRESIDIO_THRESHOLD = 0.1  # UK postcodes score 0.1 without an NER model's context words


def load_presidio():
    """presidio-analyzer with its own pattern recognisers only, or None when it is not installed.

    ``no_op`` NLP engine (no spaCy model, nothing downloaded) and an explicit registry: email,
    phone (GB), NHS, National Insurance number and UK postcode (the last two are off by default).
    """
    try:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_analyzer.predefined_recognizers import (
            EmailRecognizer,
            NhsRecognizer,
            PhoneRecognizer,
            UkNinoRecognizer,
            UkPostcodeRecognizer,
        )
    except ImportError:
        return None
    config = {"nlp_engine_name": "no_op", "models": [{"lang_code": "en", "model_name": "no_op"}]}
    nlp_engine = NlpEngineProvider(nlp_configuration=config).create_engine()
    registry = RecognizerRegistry(supported_languages=["en"])
    for recogniser in (
        EmailRecognizer(),
        PhoneRecognizer(supported_regions=("GB",)),
        NhsRecognizer(),
        UkNinoRecognizer(),
        UkPostcodeRecognizer(),
    ):
        registry.add_recognizer(recogniser)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])


def presidio_spans(engine, text: str) -> set[tuple[int, int, str]]:
    return {
        (r.start, r.end, PRESIDIO_KIND[r.entity_type])
        for r in engine.analyze(text, language="en", score_threshold=PRESIDIO_THRESHOLD)
        if r.entity_type in PRESIDIO_KIND
    }


# ---- public datasets (detectors alone) ----------------------------------------------------------


def _hostile(text: str, pack) -> bool:
    """The lexicon detectors behind 6.9 on a bare text (no registers, no target check)."""
    full = normalise(text).full.text
    return any(
        pack.lexicon(name).search(full)
        for name in ("insults", "accusations", "threats", "profanity", "slurs")
    )


def _hostile_or_head(text: str, pack) -> bool:
    """The lexicons, or the 6.9 text head at its threshold (rules/hints.py; the head was trained
    on this project's council posts, never on these datasets)."""
    from civicpost.policy.detectors.text_heads import load_heads

    heads = load_heads()
    return _hostile(text, pack) or (
        heads.proba("personal", text, None)["6.9"] >= heads.thresholds["6.9"]
    )


def _first_names(text: str, pack) -> set[tuple[int, int, str]]:
    """Person spans by the pack's ``first_names`` lexicon, capitalised as a name is (the only
    open-text name cue the checker has; its names detector matches register entries only)."""
    norm = normalise(text)
    found = set()
    for m in pack.lexicon("first_names").finditer(norm.full.text):
        start, end = norm.full.span(m.start(), m.end())
        if text[start : start + 1].isupper():
            found.add((start, end, "person"))
    return found


def macro_f1(preds: list[int], ys: list[int]) -> float:
    f1s = []
    for cls in (0, 1):
        tp = sum(p == cls and y == cls for p, y in zip(preds, ys, strict=True))
        fp = sum(p == cls and y != cls for p, y in zip(preds, ys, strict=True))
        fn = sum(p != cls and y == cls for p, y in zip(preds, ys, strict=True))
        f1s.append(prf(tp, fp, fn)[2])
    return sum(f1s) / 2


def tweeteval_offensive(pack, profanity) -> dict | None:
    folder = SHARED / "datasets" / "tweeteval" / "offensive"
    texts, labels = folder / "test_text.txt", folder / "test_labels.txt"
    if not texts.exists():
        return None
    xs = texts.read_text(encoding="utf-8").splitlines()
    ys = [int(v) for v in labels.read_text().split()]
    result = {"n": len(ys), "macro_f1": macro_f1([int(_hostile(x, pack)) for x in xs], ys)}
    result["macro_f1_with_head"] = macro_f1([int(_hostile_or_head(x, pack)) for x in xs], ys)
    anchor = [int(v) for v in profanity(xs)] if profanity else None
    result["alt_profanity_check_macro_f1"] = macro_f1(anchor, ys) if anchor else None
    return result


def hatecheck(pack, profanity) -> dict | None:
    path = SHARED / "datasets" / "hatecheck" / "test_suite_cases.csv"
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    anchor = [bool(v) for v in profanity([r["test_case"] for r in rows])] if profanity else None
    per: dict[str, Counter] = defaultdict(Counter)
    for i, row in enumerate(rows):
        hateful = row.get("label_gold") == "hateful"
        c = per[row["functionality"]]
        c["n"] += 1
        c["ok"] += int(_hostile(row["test_case"], pack) == hateful)
        c["head_ok"] += int(_hostile_or_head(row["test_case"], pack) == hateful)
        if anchor is not None:
            c["anchor_ok"] += int(anchor[i] == hateful)
    n = sum(c["n"] for c in per.values())
    return {
        "n": n,
        "accuracy": sum(c["ok"] for c in per.values()) / max(1, n),
        "accuracy_with_head": sum(c["head_ok"] for c in per.values()) / max(1, n),
        "alt_profanity_check_accuracy": (
            sum(c["anchor_ok"] for c in per.values()) / max(1, n) if anchor is not None else None
        ),
        "per_functionality": {k: v["ok"] / v["n"] for k, v in sorted(per.items())},
        "alt_profanity_check_per_functionality": (
            {k: v["anchor_ok"] / v["n"] for k, v in sorted(per.items())}
            if anchor is not None
            else None
        ),
    }


def _overlap_counts(gold: set, found: set, kinds, counts: dict[str, Counter]) -> None:
    """A predicted span is right when it overlaps a gold span of the same kind; a gold span is
    missed when no predicted span of its kind overlaps it."""
    for kind in kinds:
        g = [x for x in gold if x[2] == kind]
        f = [x for x in found if x[2] == kind]
        tp = sum(any(a[0] < b[1] and b[0] < a[1] for b in g) for a in f)
        counts[kind]["tp"] += tp
        counts[kind]["fp"] += len(f) - tp
        counts[kind]["fn"] += sum(not any(a[0] < b[1] and b[0] < a[1] for a in f) for b in g)


def _scores(counts: dict[str, Counter], kinds) -> dict:
    return {
        k: dict(
            zip(
                ("precision", "recall", "f1"),
                prf(counts[k]["tp"], counts[k]["fp"], counts[k]["fn"]),
                strict=True,
            )
        )
        for k in kinds
    }


PII_KINDS = ("phone", "email", "address", "person")


def presidio_pii(pack, presidio) -> dict | None:
    path = SHARED / "datasets" / "presidio_synth_pii" / "synth_dataset_v2.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    mapping = {
        "PHONE_NUMBER": "phone",
        "EMAIL_ADDRESS": "email",
        "STREET_ADDRESS": "address",
        "PERSON": "person",
    }
    ours: dict[str, Counter] = defaultdict(Counter)
    anchor: dict[str, Counter] = defaultdict(Counter)
    gold_n: Counter = Counter()
    for item in data:
        text = item.get("full_text", "")
        gold = {
            (s["start_position"], s["end_position"], mapping[s["entity_type"]])
            for s in item.get("spans", [])
            if s.get("entity_type") in mapping
        }
        gold_n.update(x[2] for x in gold)
        found = {
            (s.start, s.end, "address" if s.kind == "postcode" else s.kind)
            for s in find_personal_data(normalise(text))
            if s.kind in ("phone", "email", "address", "postcode")
        } | _first_names(text, pack)
        _overlap_counts(gold, found, PII_KINDS, ours)
        if presidio is not None:
            _overlap_counts(gold, presidio_spans(presidio, text), PII_KINDS, anchor)
    return {
        "n": len(data),
        "gold_spans": dict(gold_n),
        "ours": _scores(ours, PII_KINDS),
        "presidio_analyzer": _scores(anchor, PII_KINDS) if presidio is not None else None,
    }


def _conll_posts(path: Path) -> list[tuple[str, set[tuple[int, int, str]]]]:
    """Posts of a CoNLL file as (text with tokens joined by spaces, person spans)."""
    posts, tokens = [], []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            token, _, tag = line.partition("\t")
            tokens.append((token, tag.strip()))
            continue
        if not tokens:
            continue
        text, spans, pos, open_span = "", set(), 0, None
        for token, tag in tokens:
            start = pos + (1 if text else 0)
            text = f"{text} {token}" if text else token
            pos = len(text)
            if tag == "I-person" and open_span is not None:
                open_span = (open_span[0], pos)
                continue
            if open_span is not None:
                spans.add((*open_span, "person"))
                open_span = None
            if tag in ("B-person", "I-person"):
                open_span = (start, pos)
        if open_span is not None:
            spans.add((*open_span, "person"))
        posts.append((text, spans))
        tokens = []
    return posts


def wnut17_person(pack) -> dict | None:
    path = SHARED / "datasets" / "wnut17_ner" / "emerging.test.annotated"
    if not path.exists():
        return None
    posts = _conll_posts(path)
    counts: dict[str, Counter] = defaultdict(Counter)
    for text, gold in posts:
        _overlap_counts(gold, _first_names(text, pack), ("person",), counts)
    return {"n": len(posts), "ours": _scores(counts, ("person",))["person"]}


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


NOT_INSTALLED = "not installed"


def run_public() -> dict:
    """Every public dataset, with our detectors and the anchors on the same texts."""
    watch_network()
    pack = load_pack()
    profanity, presidio = load_profanity_check(), load_presidio()
    return {
        "anchors": {
            "alt-profanity-check": _version("alt-profanity-check") if profanity else None,
            "presidio-analyzer": _version("presidio-analyzer") if presidio else None,
        },
        "tweeteval_offensive": tweeteval_offensive(pack, profanity),
        "hatecheck": hatecheck(pack, profanity),
        "presidio_pii": presidio_pii(pack, presidio),
        "wnut17_person": wnut17_person(pack),
        "network_calls": list(NET_CALLS),
    }


def _version(dist: str) -> str:
    from importlib.metadata import version

    return version(dist)


def _cell(value: float | str | None, installed: bool = True) -> str:
    if not installed:
        return NOT_INSTALLED
    if value is None:
        return "-"
    return value if isinstance(value, str) else f"{value:.3f}"


def print_public(public: dict) -> None:
    """One table: our detectors beside the anchors, on the same texts in the same run."""
    versions = public["anchors"]
    apc, pres = versions["alt-profanity-check"], versions["presidio-analyzer"]
    rows: list[tuple[str, str, str, str, str]] = []
    te, hc, pii, wn = (
        public["tweeteval_offensive"],
        public["hatecheck"],
        public["presidio_pii"],
        public["wnut17_person"],
    )
    if te:
        rows.append(
            (
                f"TweetEval offensive test (n={te['n']})",
                "macro-F1",
                _cell(te["macro_f1"]),
                _cell(te["alt_profanity_check_macro_f1"], bool(apc)),
                "-",
            )
        )
        rows.append(
            ("  lexicons or the 6.9 text head", "macro-F1", _cell(te["macro_f1_with_head"]), "", "")
        )
    if hc:
        anchor = hc["alt_profanity_check_per_functionality"] or {}
        rows.append(
            (
                f"HateCheck, all (n={hc['n']})",
                "accuracy",
                _cell(hc["accuracy"]),
                _cell(hc["alt_profanity_check_accuracy"], bool(apc)),
                "-",
            )
        )
        rows.append(
            ("  lexicons or the 6.9 text head", "accuracy", _cell(hc["accuracy_with_head"]), "", "")
        )
        for name, acc in hc["per_functionality"].items():
            rows.append(
                (f"  {name}", "accuracy", _cell(acc), _cell(anchor.get(name), bool(apc)), "-")
            )
    if pii:
        theirs = pii["presidio_analyzer"] or {}
        for kind, m in pii["ours"].items():
            mine = _cell(m["f1"])
            other = _cell(theirs.get(kind, {}).get("f1"), bool(pres))
            if kind == "person":
                mine += " *"
                other = other if not pres else "no recogniser"
            rows.append(
                (
                    f"Presidio synth PII {kind} (n={pii['gold_spans'].get(kind, 0)})",
                    "span F1",
                    mine,
                    "-",
                    other,
                )
            )
    if wn:
        rows.append(
            (
                f"WNUT-17 test person (n={wn['n']} posts)",
                "span F1",
                _cell(wn["ours"]["f1"]) + " *",
                "-",
                "no recogniser" if pres else NOT_INSTALLED,
            )
        )
    head = ("dataset", "metric", "civicpost", "alt-profanity-check", "presidio-analyzer")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(5)]
    print("\npublic datasets: our detectors alone (no registers) beside the anchors")
    print(
        f"anchors: alt-profanity-check {apc or NOT_INSTALLED}, presidio-analyzer "
        f"{pres or NOT_INSTALLED} (no_op NLP engine; email, phone GB, NHS, NINO, postcode)"
    )
    for i, row in enumerate([head, *rows]):
        print(
            "  ".join(
                c.ljust(widths[j]) if j < 2 else c.rjust(widths[j]) for j, c in enumerate(row)
            ).rstrip()
        )
        if i == 0:
            print("  ".join("-" * w for w in widths))
    if pii:
        print("\nPresidio synth PII, precision / recall (span overlap):")
        theirs = pii["presidio_analyzer"]
        for kind, m in pii["ours"].items():
            line = f"  {kind:<8} civicpost P {m['precision']:.2f} R {m['recall']:.2f}"
            if theirs:
                t = theirs[kind]
                line += f"; presidio-analyzer P {t['precision']:.2f} R {t['recall']:.2f}"
            print(line)
    print(
        "* person: the checker's names detector matches people in the registers only, so it "
        "cannot be\n  scored on open text; this row scores the pack's first_names lexicon "
        "(capitalised) as a proxy.\n  presidio-analyzer finds persons only with an NER model, "
        "which the no_op engine leaves out."
    )
    calls = public["network_calls"]
    print(f"network attempts during the public benchmarks: {len(calls)}")
    for call in calls[:5]:
        print(f"  {call}")


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
        results["public"] = public = run_public()
        print_public(public)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
