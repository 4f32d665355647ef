"""EXPERIMENT (not a test, not wired into the checker): a MiniLM embedding head beside n-gram heads.

Asks whether a per-clause logistic regression on MiniLM sentence embeddings (the ONNX int8 model
of ``civicpost.policy.detectors.embedding``) raises the cross-validated pooled micro-F1 of the
checker with its TF-IDF n-gram text heads. Two steps, one per virtualenv (the main one has
onnxruntime, the bench one scikit-learn):

    # 1. embed every --train post (as_text form) into OUT/NAME.npy, and time embed()
    .venv/bin/python bench/stacked_heads_experiment.py embed --out EMB_DIR \\
        --train FILE ... [--batch-size 32] [--speed 500]

    # 2. leave-one-file-out CV on the folds of an ngram_heads_experiment.py --dump file
    .venv-bench/bin/python bench/stacked_heads_experiment.py cv --emb EMB_DIR \\
        --dump CV.dump.json --log CV.log --train FILE ... \\
        [--C 1,4,16] [--blind FILE ... --before-dir bench/cv-before --ngram-C 8]

``cv`` takes each fold's expected clauses, the rules' clauses (from the older commit's reports)
and the n-gram head probabilities from the dump, so the n-gram side is exactly that run's. For
each fold it trains one embedding logistic regression per clause (class_weight None, or
``--class-weight balanced``) on the other ``--train`` files (never the fold's own file; give the
dump's run's exact --train list), and compares, each with the threshold procedure of
ngram_heads_experiment.py (its choose_threshold and revise_for_micro imported; grid, tolerances
and gains as there): n-gram heads alone,
embedding heads alone, blends w*ngram + (1-w)*emb, and the OR of the two heads each at its own
threshold (emb thresholds chosen on top of rules|n-gram, then the n-gram ones revised once).
Thresholds are chosen on the same pooled folds they are scored on, so every pooled number is
slightly optimistic, alike for every variant.
``--log`` checks that the n-gram baseline reproduces the logged per-fold counts. ``--blind``
files (not folds, not in --train) are scored once with heads trained on all --train files and the
CV thresholds: an out-of-sample check. Not a test: it prints numbers.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import re
import statistics
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

GRID = "0.3,0.4,0.5,0.6,0.7,0.8,0.9"
CLAUSES = "6.2,6.3,6.4,6.9,6.10,6.11,G.2,G.3,G.4,5.1,6.5,6.6,6.7"


def read_posts(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def texts_of(path: Path) -> list[str]:
    from civicpost.policy.detectors.text_heads import as_text

    return [
        as_text(d["account"]["kind"], d["text"], d.get("in_reply_to")) for d in read_posts(path)
    ]


def digest(texts: list[str]) -> str:
    return hashlib.sha256("\x00".join(texts).encode("utf-8")).hexdigest()


# ----------------------------------------------------------------------------- step 1: embed


def set_threads(model, threads: int) -> None:
    """Replace the loaded model's session by one with a fixed number of intra-op threads."""
    import onnxruntime

    from civicpost.policy.detectors import embedding

    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    path = embedding.MODELS_DIR / model.entry.get("path", model.name) / "model.onnx"
    model._session = onnxruntime.InferenceSession(
        str(path), options, providers=["CPUExecutionProvider"]
    )


def speed(model, texts: list[str], n: int, batch_size: int) -> dict:
    sample = texts[:: max(1, len(texts) // n)][:n]
    bulk = texts[:: max(1, len(texts) // 2000)][:2000]
    out = {"n_latency": len(sample), "n_bulk": len(bulk)}
    for threads in (1, 2):
        set_threads(model, threads)
        model.embed(sample[:20])  # warm up
        times = []
        for text in sample:
            start = time.perf_counter()
            model.embed([text], batch_size=1)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        start = time.perf_counter()
        model.embed(bulk, batch_size=batch_size)
        bulk_s = time.perf_counter() - start
        out[f"threads{threads}"] = {
            "p50_ms": statistics.median(times),
            "p99_ms": times[min(len(times) - 1, int(0.99 * len(times)))],
            "mean_ms": statistics.fmean(times),
            f"bulk_batch{batch_size}_texts_per_s": len(bulk) / bulk_s,
        }
        print(f"threads {threads}: {out[f'threads{threads}']}", flush=True)
    one = model.embed(sample, batch_size=1)
    many = model.embed(sample, batch_size=batch_size)
    cos = (one * many).sum(axis=1)
    out["cosine_batch1_vs_bulk"] = {"min": float(cos.min()), "mean": float(cos.mean())}
    return out


def cmd_embed(args) -> int:
    from civicpost.policy.detectors.embedding import load_model

    args.out.mkdir(parents=True, exist_ok=True)
    files = {p.name: texts_of(p) for p in args.train}
    every = [t for texts in files.values() for t in texts]
    model = load_model()
    report = {}
    if args.speed:
        report["speed"] = speed(model, every, args.speed, args.batch_size)
    set_threads(model, args.threads)
    start = time.perf_counter()
    for name, texts in files.items():
        vectors = model.embed(texts, batch_size=args.batch_size)
        np.save(args.out / f"{name}.npy", vectors)
        (args.out / f"{name}.sha256").write_text(digest(texts) + "\n")
    took = time.perf_counter() - start
    report["all"] = {
        "files": len(files),
        "texts": len(every),
        "seconds": took,
        "texts_per_s": len(every) / took,
        "threads": args.threads,
        "batch_size": args.batch_size,
    }
    print(json.dumps(report["all"]))
    (args.out / args.report).write_text(json.dumps(report, indent=1))
    return 0


# ----------------------------------------------------------------------------- step 2: cv


def choose(folds: dict, proba: dict, clauses: tuple, grid: list, args) -> dict:
    """ngram_heads_experiment's per-clause choice, then its revise_for_micro (quietly)."""
    from ngram_heads_experiment import choose_threshold, revise_for_micro

    thresholds = {
        clause: choose_threshold(clause, folds, proba, grid, args)[0][1] for clause in clauses
    }
    with contextlib.redirect_stdout(io.StringIO()):
        return revise_for_micro(folds, proba, thresholds, grid, args)


def with_heads(folds: dict, proba: dict, thresholds: dict) -> dict:
    """The folds with the heads' clauses at these thresholds added to the rules' clauses."""
    return {
        name: [
            (
                text,
                expected,
                set(raised)
                | {c for c, t in thresholds.items() if t is not None and proba[name][c][i] >= t},
            )
            for i, (text, expected, raised) in enumerate(posts)
        ]
        for name, posts in folds.items()
    }


def tally(folds: dict, proba: dict, thresholds: dict, names=None, only=None) -> list[int]:
    from ngram_heads_experiment import counts

    total = [0, 0, 0]
    for name, posts in folds.items():
        if names is None or name in names:
            c = counts(posts, proba[name], thresholds, only=only)
            total = [x + y for x, y in zip(total, c, strict=True)]
    return total


def prf(c: list[int]) -> str:
    from ngram_heads_experiment import f1

    p = c[0] / (c[0] + c[1]) if c[0] + c[1] else 1.0
    r = c[0] / (c[0] + c[2]) if c[0] + c[2] else 1.0
    return f"{f1(c):.4f} / {p:.3f} / {r:.3f}"


def emb_heads(x, y_sets: list[set], clauses: tuple, c: float, class_weight):
    from sklearn.linear_model import LogisticRegression

    models = {}
    for clause in clauses:
        y = np.array([clause in s for s in y_sets])
        model = LogisticRegression(C=c, class_weight=class_weight, max_iter=3000)
        models[clause] = model.fit(x, y)
    return models


def load_emb(emb_dir: Path, path: Path) -> np.ndarray:
    texts = texts_of(path)
    recorded = (emb_dir / f"{path.name}.sha256").read_text().strip()
    if recorded != digest(texts):
        raise SystemExit(f"{path.name}: its texts changed since it was embedded; embed again")
    return np.load(emb_dir / f"{path.name}.npy")


def cv_emb_proba(args, train: dict, folds: dict, clauses: tuple, c: float) -> dict:
    """Per fold, per clause: P(clause) from heads trained on every other --train file."""
    cw = None if args.class_weight == "none" else "balanced"
    cache = args.emb / f"cvproba_C{c:g}_{args.class_weight}.npz"
    names = sorted(train)
    key = digest([f"{n}:{len(train[n][1])}" for n in names] + list(clauses))
    if cache.exists():
        data = np.load(cache)
        if str(data["key"]) == key:
            return {
                name: {cl: data[f"{name}|{cl}"] for cl in clauses}
                for name in folds  # a fold's rows are its own file's rows
            }
    out, flat = {}, {"key": np.array(key)}
    start = time.perf_counter()
    for k, name in enumerate(folds):
        rest = [other for other in names if other != name]  # never the fold's own file
        x = np.vstack([train[other][0] for other in rest])
        ys = [s for other in rest for s in train[other][1]]
        models = emb_heads(x, ys, clauses, c, cw)
        out[name] = {cl: m.predict_proba(train[name][0])[:, 1] for cl, m in models.items()}
        for cl in clauses:
            flat[f"{name}|{cl}"] = out[name][cl]
        if k % 10 == 0:
            print(
                f"  C={c:g} fold {k + 1}/{len(folds)} {time.perf_counter() - start:.0f}s",
                flush=True,
            )
    np.savez(cache, **flat)
    return out


def check_log(log: Path, folds: dict, proba: dict, thresholds: dict) -> None:
    logged = {}
    for line in log.read_text().splitlines():
        m = re.match(r"fold (\S+): .*checker\|heads F1 \S+ \[(\d+), (\d+), (\d+)\]", line)
        if m:
            logged[m.group(1)] = [int(m.group(i)) for i in (2, 3, 4)]
    ours = {name: tally(folds, proba, thresholds, names={name}) for name in folds}
    same = sum(ours[n] == logged.get(n) for n in folds)
    print(f"baseline per-fold [tp, fp, fn] equal to {log.name}'s: {same}/{len(folds)} folds")


def cmd_cv(args) -> int:
    from ngram_heads_experiment import f1

    clauses = tuple(args.clauses.split(","))
    grid = [None, *(float(t) for t in args.grid.split(","))]
    dump = json.loads(args.dump.read_text())
    folds = {name: [("", set(e), set(r)) for e, r, _ in rows] for name, rows in dump.items()}
    p_ng = {
        name: {c: np.array([p[c] for _, _, p in rows]) for c in clauses}
        for name, rows in dump.items()
    }
    train = {}
    for path in args.train:
        labels = [set(d.get("expect") or []) for d in read_posts(path)]
        train[path.name] = (load_emb(args.emb, path), labels)
    missing = set(folds) - set(train)
    if missing:
        raise SystemExit(f"folds not among --train: {sorted(missing)}")
    for name, posts in folds.items():
        if [e for _, e, _ in posts] != train[name][1]:
            raise SystemExit(f"{name}: labels differ from the dump's")
    print(
        f"{len(folds)} folds, {sum(map(len, folds.values()))} fold posts; "
        f"{len(train)} training files, {sum(len(v[1]) for v in train.values())} posts"
    )
    if args.blind and set(p.name for p in args.blind) & set(train):
        raise SystemExit("a --blind file is also a --train file")

    t_ng = choose(folds, p_ng, clauses, grid, args)
    print("n-gram thresholds:", t_ng)
    if args.log:
        check_log(args.log, folds, p_ng, t_ng)

    subsets = {
        "devstyle": {n for n in folds if "devstyle" in n},
        "untouched6x": {n for n in folds if "untouched6" in n},
    }
    rows, chosen, or_emb = [], {}, {}

    def record(label, fs, proba, thresholds):
        total = tally(fs, proba, thresholds)
        subs = [tally(fs, proba, thresholds, names=s) for s in subsets.values()]
        rows.append((label, total, subs))
        chosen[label] = (fs, proba, thresholds)
        print(f"{label:28} {prf(total)}   " + "  ".join(f"{f1(s):.4f}" for s in subs), flush=True)

    print(
        "\nvariant                      pooled F1 / P / R         "
        + "  ".join(f"{k}({len(v)})" for k, v in subsets.items())
    )
    record("rules alone", folds, p_ng, {})
    record("a ngram", folds, p_ng, t_ng)
    for c in (float(x) for x in args.C.split(",")):
        p_emb = cv_emb_proba(args, train, folds, clauses, c)
        record(f"b emb C={c:g}", folds, p_emb, choose(folds, p_emb, clauses, grid, args))
        for w in (0.3, 0.5, 0.7):
            blend = {
                n: {cl: w * p_ng[n][cl] + (1 - w) * p_emb[n][cl] for cl in clauses} for n in folds
            }
            label = f"{'c avg' if w == 0.5 else 'd blend'} w={w} C={c:g}"
            record(label, folds, blend, choose(folds, blend, clauses, grid, args))
        # e: OR. The emb heads chosen on top of rules|ngram (n-gram thresholds as in a), then the
        # n-gram thresholds revised once with the emb heads fixed.
        t_emb = choose(with_heads(folds, p_ng, t_ng), p_emb, clauses, grid, args)
        with contextlib.redirect_stdout(io.StringIO()):
            from ngram_heads_experiment import revise_for_micro

            t_ng2 = revise_for_micro(with_heads(folds, p_emb, t_emb), p_ng, t_ng, grid, args)
        record(f"e OR C={c:g}", with_heads(folds, p_emb, t_emb), p_ng, t_ng2)
        or_emb[f"e OR C={c:g}"] = t_emb
        print(f"   OR thresholds: ngram {t_ng2}\n                  emb {t_emb}")

    best = max(rows[2:], key=lambda r: f1(r[1]))
    print(f"\nper-clause pooled F1, baseline (a ngram) against best ({best[0]}):")
    base_f, base_p, base_t = chosen["a ngram"]
    best_f, best_p, best_t = chosen[best[0]]
    for cl in clauses:
        a = tally(base_f, base_p, base_t, only=cl)
        b = tally(best_f, best_p, best_t, only=cl)
        print(f"  {cl:5} {f1(a):.3f} {a}  ->  {f1(b):.3f} {b}  ({f1(b) - f1(a):+.3f})")
    for label, _, subs in rows:
        if label in ("a ngram", best[0]):
            for (k, names), s in zip(subsets.items(), subs, strict=True):
                print(f"  {label} on {k} {sorted(names)}: {prf(s)}")

    if args.blind:
        blind(args, train, clauses, chosen, best[0], or_emb)
    return 0


def blind(args, train: dict, clauses: tuple, chosen: dict, best: str, or_emb: dict) -> None:
    """Score --blind files once, each variant: heads trained on all --train, the CV thresholds."""
    from ngram_heads_experiment import Heads, f1, load

    before = {}
    for path in sorted(args.before_dir.glob("*/*.jsonl")):
        before.setdefault(path.name, path)
    everything = [p for path in args.train for p in load(path, None, None, None, run=False)]
    print(f"\nblind: n-gram heads (C={args.ngram_C:g}) on {len(everything)} posts", flush=True)
    ngram = Heads("both", everything, args.ngram_C, clauses)
    x_all = np.vstack([v[0] for v in train.values()])
    y_all = [s for v in train.values() for s in v[1]]
    cw = None if args.class_weight == "none" else "balanced"
    folds, p_ng, x = {}, {}, {}
    for path in args.blind:
        posts = load(path, None, None, before[path.name])
        folds[path.name] = posts
        p_ng[path.name] = ngram.proba(posts)
        x[path.name] = load_emb(args.emb, path)
        print(f"  {path.name}: rules' reports from {before[path.name].parent.name}")
    p_emb = {}
    for c in (float(v) for v in args.C.split(",")):
        emb = emb_heads(x_all, y_all, clauses, c, cw)
        p_emb[c] = {
            n: {cl: mdl.predict_proba(x[n])[:, 1] for cl, mdl in emb.items()} for n in folds
        }
    print(f"{'variant':28} {'pooled F1 / P / R':26} " + "  ".join(sorted(folds)))
    for label, (_, _, t) in chosen.items():
        m = re.search(r"C=(\S+)", label)
        w = re.search(r"w=(\S+)", label)
        fs, proba = folds, p_ng
        if label.startswith("e OR"):
            fs = with_heads(folds, p_emb[float(m.group(1))], or_emb[label])
        elif w:
            pe, wt = p_emb[float(m.group(1))], float(w.group(1))
            proba = {
                n: {cl: wt * p_ng[n][cl] + (1 - wt) * pe[n][cl] for cl in clauses} for n in folds
            }
        elif m:
            proba = p_emb[float(m.group(1))]
        per = "  ".join(f"{f1(tally(fs, proba, t, names={n})):.4f}" for n in sorted(folds))
        mark = " <- best in CV" if label == best else ""
        print(f"{label:28} {prf(tally(fs, proba, t))}   {per}{mark}", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("embed", help="embed --train posts (main venv)")
    e.add_argument("--train", type=Path, nargs="+", required=True)
    e.add_argument("--out", type=Path, required=True)
    e.add_argument("--batch-size", type=int, default=32)
    e.add_argument("--threads", type=int, default=2, help="onnxruntime threads for the bulk run")
    e.add_argument("--speed", type=int, default=0, help="time batch_size=1 on this many posts")
    e.add_argument("--report", default="embed_report.json", help="file name in --out")
    c = sub.add_parser("cv", help="cross-validate (bench venv)")
    c.add_argument("--train", type=Path, nargs="+", required=True)
    c.add_argument("--emb", type=Path, required=True)
    c.add_argument("--dump", type=Path, required=True, help="ngram_heads_experiment --dump file")
    c.add_argument("--log", type=Path, help="that run's log, to check the baseline reproduces")
    c.add_argument("--C", default="1,4,16", help="embedding heads' inverse regularisation")
    c.add_argument("--class-weight", choices=("none", "balanced"), default="none")
    c.add_argument("--clauses", default=CLAUSES)
    c.add_argument("--grid", default=GRID)
    c.add_argument("--max-worse", type=float, default=0.125)
    c.add_argument("--min-gain", type=float, default=0.01)
    c.add_argument("--tolerance", type=float, default=0.005)
    c.add_argument("--micro-gain", type=float, default=0.001)
    c.add_argument("--blind", type=Path, nargs="*", default=[], help="files scored once")
    c.add_argument("--before-dir", type=Path, default=REPO / "bench" / "cv-before")
    c.add_argument("--ngram-C", type=float, default=8.0, help="n-gram heads' C for --blind")
    args = ap.parse_args(argv)
    return cmd_embed(args) if args.cmd == "embed" else cmd_cv(args)


if __name__ == "__main__":
    raise SystemExit(main())
