"""Build the text heads: n-gram logistic regressions that hint at open-vocabulary clauses.

    .venv-bench/bin/python scripts/train_text_heads.py

Needs scikit-learn (the bench virtualenv, bench/README.md); the checker itself reads the result
with pure Python (``civicpost.policy.detectors.text_heads``). Trains one logistic regression per
clause in ``CLAUSES`` on TF-IDF word 1-2-grams plus character 3-5-grams within words of the post
and its attachments' descriptions, word 1-2-grams of the text it answers in a block of their own,
the post's word 1-2-grams again in a block read only on the official account, and the text it
answers again in a block read only on the official account (``BLOCKS``; format 4), over
``shared/eval/dev.jsonl`` (the dev set given for tuning) and the sets in ``TRAINING_FILES``
(written for this project under bench/); no public dataset is used. Writes
``src/civicpost/policy/models/text-heads/heads.json`` and ``heads.bin`` (the file format 5,
described in ``text_heads``: the terms and weights in binary, read without parsing numbers) and
their entry in ``MANIFEST.json`` (sha256, versions, this script), and check vectors:
probabilities scikit-learn gives for a few texts, which the tests require the pure-Python reader
to reproduce. The same files give the same bytes.

The features and C were chosen before any blind set was scored. The thresholds were first chosen
by the leave-one-file-out cross-validation in ``bench/ngram_heads_experiment.py --objective micro``
(bench/README.md, "Session 5" and "Session 6"), then revised in session 10 by
``bench/devstyle_threshold_cv.py``: twelve folds, the dev-style sets devstyle1-12, each scored by a
checker never tuned on it, with heads trained on every other labelled post; a threshold was moved
only where the move gained on both halves of the folds (6.2 0.8->0.6, 6.4 0.7->0.6, 6.5 0.9->0.7,
6.6 0.9->0.7, G.4 0.9->0.8, 6.3 0.9->0.95), and the result shipped because it beat the previous
heads on four new blind sets (bench/README.md, "Session 10"). Session 11 ran the same
cross-validation with sixteen folds and moved 6.9, G.2, G.3, G.4 and 5.1 (+0.003 on the folds),
shipped them after its plan, and took them back when eight later blind sets (devstyle21-28, 1,280
posts) scored 0.8383 with them against 0.8409 without; retraining with devstyle13-16 added also
scored lower blind, so those files were not training files then (bench/README.md, "Session 11").
Session 12 added devstyle13-32 (3,200 dev-style posts) with the thresholds unchanged: on the folds
devstyle1-12 that lifted the cross-validated micro-F1 from 0.8628 to 0.8712, and on four new blind
sets (devstyle33-36) from 0.825 to 0.845, better on all four; heads 17 added devstyle33-40
(1,280 more) and scored 0.867 against heads 16b's 0.860 on four later blind sets (devstyle41-44),
with the same caution/breach false alarms; heads 18 added devstyle41-48 and scored 0.854 against
0.853 on devstyle49-52 (the gains are flattening) (bench/README.md, "Session 12").
Session 13 changed the features, chosen by grouped cross-validation over the sixty dev-style sets
(``bench/feature_cv.py``: one text for post and reply 0.8608; the reply in a block of its own
0.8634; and the attachments' descriptions read with the post 0.8661, better on both halves of the
folds), and added devstyle49-60: heads 20 scored 0.882 against heads 18's 0.869 on eight new blind
sets (devstyle61-68), with the same caution/breach false alarms; heads 18's features on the same
files scored 0.870 (bench/README.md, "Session 13"). Heads 21 then moved five thresholds where the
same cross-validation with heads 20's features gained on both halves of the folds (6.3 0.95->0.85,
6.9 0.6->0.7, 6.11 0.8->0.65, 5.1 0.7->0.55, 6.6 0.7->0.8; +0.0019 on the folds; C stays 8: 4
scored 0.8641 and 16 0.8658 against 0.8661) and added devstyle61-68: 0.877 against heads 20's
0.873 on eight more blind sets (devstyle69-76), the same caution/breach false alarms (heads 20
with the added files and the old thresholds: 0.874). Heads 22 (format 3) added two blocks chosen
on the same folds with heads 21's thresholds: the post's words again, read only on the official
account and only when a councillor wrote it (0.8680 -> 0.8734, better on both halves; the official
block alone 0.8713, the councillor block alone 0.8705), and devstyle69-76: 0.874 against heads
21's 0.869 on eight more blind sets (devstyle77-84), the same caution/breach false alarms (heads
21's blocks with the added files 0.871; the official block without the councillor block, not the
choice, 0.879). Heads 23 moved four thresholds where the folds with heads 22's blocks gained on
both halves (6.2 0.6->0.55, 6.3 0.85->0.8, 6.9 0.7->0.65, 6.11 0.65->0.8; +0.0015 on the folds) and
added devstyle77-84: 0.890 against heads 22's 0.881 on eight more blind sets (devstyle85-92), the
same caution/breach false alarms (heads 22 with the added files and its own thresholds: 0.892).
Heads 24 (format 4) dropped the councillors' block, as the official block alone scored within
0.001 of both on the folds (0.8770 against 0.8774), and added the text an official post answers
in a block read only on the official account (0.8786, better on both halves; both changes
together 0.8782), with devstyle85-92: 0.885 against heads 23's 0.883 on eight more blind sets
(devstyle93-100), the same caution/breach false alarms (heads 23's blocks with the added files:
0.887). Heads 25 added devstyle93-100 (27,295 posts; NB-weighted features scored lower on the folds,
0.8747 against 0.8782): 0.899 against heads 24's 0.897 on eight more blind sets (devstyle101-108),
the same caution/breach false alarms. Heads 26 added devstyle101-108 (28,575 posts): 0.867 against
heads 25's 0.862 on eight more blind sets (devstyle109-116), the same caution/breach false alarms.
Heads 27, the same with devstyle109-116 added, scored 0.878 against heads 26's 0.884 on
devstyle117-124 and was not shipped. Heads 28 added devstyle109-124 (31,135 posts): 0.897 against
heads 26's 0.894 on eight more blind sets (devstyle125-132), the same caution/breach false alarms.
Heads 29, heads 28 with devstyle125-132 added, scored 0.8875 against 0.8885 on sixteen blind sets
(devstyle133-148) and was not shipped. Heads 30 added devstyle133-148 to heads 28's files (33,695
posts; devstyle125-132 are not among them, by the plan written before the sets existed): 0.8847
against heads 28's 0.8814 on sixteen more blind sets (devstyle149-164), better on both groups of
eight, the same caution/breach false alarms (bench/README.md, "Session 15"). Heads 31 added every
set then open, devstyle125-132 and devstyle149-164 (37,535 posts): 0.8889 against heads 30's
0.8879 on sixteen more blind sets (devstyle165-180; higher on the first eight, lower on the
second), the same caution/breach false alarms. Heads 32 (format 5) added devstyle165-180 (40,095
posts): 0.8946 against heads 31's 0.8923 on sixteen more blind sets (devstyle181-196), higher on
both groups of eight, the same caution/breach false alarms (bench/README.md, "Session 16").
Heads 33 (heads 32 + devstyle181-196) scored lower than heads 32 on both groups of eight more
blind sets (devstyle197-212) and was not shipped. Heads 34 added devstyle181-212 to heads 32's
files (45,215 posts): 0.9001 against heads 32's 0.8998 on sixteen more blind sets
(devstyle213-228), lower on the first eight, the same caution/breach false alarms. In session
17, heads 34's files with devstyle213-252 added (51,615 posts) scored 0.8938 against heads 34's
0.8940 on sixteen more blind sets (devstyle253-268) and were not shipped; heads 35, the same files
with the sets written before the dev-style brief read only by the 6.4 head (``EARLY_SETS``, chosen
by bench/recent_cv.py), scored 0.8979, higher on both groups of eight, with the same
caution/breach false alarms (bench/README.md, "Session 17"). Then six thresholds moved where
bench/recent_cv.py's folds with heads 35's training choice gained on at least three of four (6.4
0.6->0.8, 6.9 0.65->0.75, 6.10 0.7->0.75, G.3 0.6->0.65, 5.1 0.55->0.7, 6.6 0.8->0.9; 0.9017 ->
0.9033 on the folds; 6.2 stays at 0.55, which the 4.2 hint also reads): 0.8929 against 0.8921 on
sixteen more blind sets (devstyle269-284), lower on the first eight by 0.0003, the same
caution/breach false alarms. Heads 35's files with devstyle253-268 added, at those thresholds,
scored 0.8928 there and were not shipped (at the old thresholds 0.8940, for information).
In session 18, heads 37 (heads 35's files with devstyle253-292 added, 58,015 posts, the same
thresholds) scored 0.8964 against heads 35's 0.8940 on sixteen more blind sets (devstyle293-308),
higher on both groups of eight, with the same caution/breach false alarms; the same heads at 6.9
0.65 and 6.10 0.7 scored 0.8947, and with the G.2 and 6.6 heads also learning the early sets 0.8961.
Then eight thresholds moved where bench/recent_cv.py's folds over devstyle181-292 (heads trained as
heads 37) gained on at least three of four (6.2 0.55->0.7, the 4.2 period hint keeping 0.55 by a
pack threshold of its own; 6.4 0.8->0.7, 6.9 0.75->0.65, 6.10 0.75->0.7, G.2 0.8->0.75, G.3
0.65->0.7, 5.1 0.7->0.85, 6.6 0.9->0.85; 0.9027 -> 0.9043 on the folds): 0.8868 against 0.8848 on
sixteen more blind sets (devstyle309-324), higher on both groups of eight with the 6.2 move, the
same caution/breach false alarms. Heads 37's files with devstyle293-308 added, at those
thresholds, scored 0.8865 there and were not shipped (at heads 37's old thresholds 0.8874, for
information: the second session running in which added data scored best at the thresholds it
replaced). Heads 39 (heads 37's files with devstyle293-324 added, 63,135 posts) scored 0.9090
against 0.9077 on sixteen more blind sets (devstyle333-348) at those thresholds and 0.9106 at
session 17's (the plan's third candidate, named because added data had twice scored best at the
thresholds it replaced), higher on both groups of eight each time, the same caution/breach false
alarms: heads 39 ships at session 17's thresholds, the 4.2 period hint at 0.55 as before. In
session 19, heads 41 (heads 39's files with devstyle325-364) scored lower than heads 39 on two
groups of eight blind sets (devstyle365-380), at C = 8 and at C = 16; on sixteen later ones
(devstyle381-396) heads 39's files at C = 4 scored 0.8996 against 0.8981, and heads 42 (heads
39's files with devstyle325-380 added, 72,095 posts, C = 8) 0.9007, higher than both on both
groups, with the same caution/breach false alarms: heads 42 ships. On sixteen more
(devstyle397-412) heads 42 at C = 4 scored 0.9056 against 0.9053 at C = 8, higher on both groups
with the same caution/breach false alarms (heads 39's files at C = 2: 0.9015), so C is 4 from
then on. Heads 43 (heads 42's files with devstyle381-420 added, 78,495 posts, C = 4) scored 0.9115
against 0.9102 on sixteen more (devstyle421-436), higher on both groups, with the same
caution/breach false alarms. In session 20, heads 44 (heads 43's files with devstyle421-436
added, 81,055 posts, C = 4), with rule rounds 33 and 34 (which read the heads too), scored 0.9152
against 0.9138 on sixteen more (devstyle437-452; higher on one group of eight, 0.0016 lower on the
other), with the same caution/breach false alarms. Heads 45 (heads 44's files with
devstyle437-452) scored 0.9072 against 0.9088 on sixteen more (devstyle453-468) and was not
shipped; heads 46 (heads 44's files with devstyle437-468, 86,175 posts, C = 4) scored 0.9010
against 0.8996 on sixteen more (devstyle477-492), higher on both groups, with the same
caution/breach false alarms; heads 47 (heads 46's files with devstyle469-492, 90,015 posts, C = 4)
scored 0.9138 against 0.9132 on sixteen more (devstyle493-508; higher on one group of eight,
0.0003 lower on the other), with the same caution/breach false alarms. In session 21 two
thresholds moved, 6.2 0.55 -> 0.75 and 6.9 0.75 -> 0.65, chosen on four folds over devstyle365-508
(``bench/recent_cv.py --first 365 --through 508`` and a simulation of ``check()`` over the
out-of-fold probabilities: 0.9083 -> 0.9093, higher on all four folds), and scored 0.9159 against
0.9158 on sixteen more (devstyle509-524; 0.0004 lower on one group of eight, 0.0005 higher on the
other), with the same caution/breach false alarms; heads 48 (heads 47's files with
devstyle493-508, 92,575 posts, C = 4, those thresholds) then scored 0.9179 on them (higher on
one group by 0.0043, lower on the other by 0.0002), the same caution/breach false alarms. Heads 49
(heads 48's files with devstyle509-524, 95,135 posts) scored 0.9079 against 0.9074 on sixteen more
(devstyle525-540; higher on one group of eight by 0.0011, lower on the other by 0.0001), with the
same caution/breach false alarms; heads 50 (heads 49's files with devstyle525-540) scored 0.9160
against 0.9167 on sixteen more (devstyle541-556) and was not shipped; heads 51 (heads 49's files
with devstyle525-556, 100,255 posts) scored 0.9151 against 0.9131 on sixteen more
(devstyle557-572; higher on both groups of eight), with the same caution/breach false alarms.
In session 22, heads 52 (heads 51's files with devstyle557-588, 105,375 posts, C = 4) scored
0.9135 against 0.9115 on sixteen more (devstyle589-604; higher on both groups of eight), with the
same caution/breach false alarms. In session 23, heads 53 (heads 52's files with devstyle589-620,
110,495 posts) scored 0.9140 against 0.9136 on sixteen more (devstyle621-636; 0.0014 higher on one
group of eight, 0.0004 lower on the other), with the same caution/breach false alarms. Then three
thresholds moved (6.5 0.7 -> 0.85, 6.6 0.9 -> 0.85, 6.9 0.65 -> 0.7) with the pack's heated-reply
veto (0.3 -> 0.5) and the 6.3 companion's gate (0.4 -> 0.5), chosen on four folds over
devstyle477-620 (``bench/recent_cv.py --first 477 --through 620``: 0.9147 -> 0.9160, higher on
all four), and scored 0.9191 against 0.9178 on sixteen more (devstyle637-652; higher on both
groups of eight), with the same caution/breach false alarms. Heads 52's weights with those settings
scored 0.9197 against 0.9211 on sixteen more (devstyle653-668), so heads 53 stayed. Last, 5.1
0.7 -> 0.85, chosen on devstyle621-668 (heads 53 had doubled the 5.1 hint's false findings there;
the folds had not shown it), scored 0.9236 against 0.9225 on sixteen more (devstyle669-684;
higher on both groups of eight), with the same caution/breach false alarms.
Change the thresholds only with a new blind measure.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import platform
import sys
from pathlib import Path

import numpy as np
import scipy
import sklearn
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
MODELS = REPO / "src" / "civicpost" / "policy" / "models"
OUT = MODELS / "text-heads" / "heads.json"
OUT_BIN = OUT.with_name("heads.bin")
sys.path.insert(0, str(REPO / "src"))

# What the heads read at run time, so training reads exactly the same text.
from civicpost.policy import Context  # noqa: E402
from civicpost.policy.detectors.text_heads import NO_REPLY, post_text  # noqa: E402

# Chosen by cross-validation against the checker before it was tuned on each held-out file
# (bench/ngram_heads_experiment.py, then bench/devstyle_threshold_cv.py, then, in session 13,
# bench/feature_cv.py's ten grouped folds); a clause not listed has no head.
THRESHOLDS = {
    "6.2": 0.75, "6.3": 0.8, "6.4": 0.8, "6.9": 0.7, "6.10": 0.75, "6.11": 0.8,
    "G.2": 0.8, "G.3": 0.65, "G.4": 0.8, "5.1": 0.85, "6.5": 0.85, "6.6": 0.85,
}  # fmt: skip
CLAUSES = tuple(THRESHOLDS)
C = 4.0  # 8 from session 7 to session 19, then 4 (module docstring)
DIGITS = 6  # weights are stored rounded; the check vectors allow for it
SCALE = 10**DIGITS  # heads.bin holds each number as an int of 10**-DIGITS, exactly
CHECK_TEXTS = (  # kind, text, the text answered, the attachments' descriptions, by a councillor
    ("personal", "You lot on the council are a disgrace, get a grip.", None, "", True),
    (
        "official",
        "The parish council fully supports the campaign and so should you.",
        None,
        "",
        False,
    ),
    ("personal", "Lovely turnout at the litter pick this morning, thank you all.", None, "", False),
    (
        "official",
        "Thanks for letting us know, we have passed it on.",
        "The street light on Mill Lane has been out for weeks, useless lot.",
        "",
        False,
    ),
    ("personal", "Says the one who never turns up.", "The council never listens to us.", "", True),
    ("official", "Vote for the only party that cares about Treeton.", None, "", True),
    (
        "personal",
        "Great night 😂",
        None,
        "A councillor asleep at the meeting table, pint in hand",
        False,
    ),
)


# The posts the committed heads were trained on (31,135 with dev), in this order. A set added here
# needs the thresholds cross-validated again with it as a fold (bench/README.md), and a new
# blind set to measure the result.
TRAINING_FILES = (
    "holdout-civicpost.jsonl",
    "holdout-fresh.jsonl",
    "holdout-fresh2.jsonl",
    "holdout-fresh3.jsonl",
    "holdout-untouched4.jsonl",
    "holdout-fresh5.jsonl",
    "holdout-fresh6.jsonl",
    "holdout-fresh7.jsonl",
    "holdout-fresh8.jsonl",
    "tuning-weak5.jsonl",
    "tuning-official6.jsonl",
    "tuning-threads7.jsonl",
    "tuning-personal8.jsonl",
    "holdout-fresh9.jsonl",
    "holdout-fresh10.jsonl",
    "holdout-untouched11.jsonl",
    "holdout-untouched12.jsonl",
    "holdout-fresh13.jsonl",
    "holdout-fresh14.jsonl",
    "holdout-fresh15.jsonl",
    "holdout-fresh16.jsonl",
    "holdout-untouched17.jsonl",
    "holdout-untouched18.jsonl",
    "holdout-untouched19.jsonl",
    "holdout-untouched20.jsonl",
    "holdout-untouched21.jsonl",
    "holdout-untouched22.jsonl",
    "holdout-untouched23.jsonl",
    "holdout-untouched24.jsonl",
    "holdout-untouched25.jsonl",
    "holdout-untouched26.jsonl",
    "holdout-untouched27.jsonl",
    "holdout-untouched28.jsonl",
    "holdout-untouched29.jsonl",
    "holdout-untouched30.jsonl",
    "holdout-untouched31.jsonl",
    "holdout-untouched32.jsonl",
    "holdout-untouched33.jsonl",
    "holdout-untouched34.jsonl",
    "holdout-untouched35.jsonl",
    "holdout-untouched36.jsonl",
    "holdout-untouched37.jsonl",
    "holdout-untouched38.jsonl",
    "holdout-untouched39.jsonl",
    "holdout-untouched40.jsonl",
    "holdout-untouched41.jsonl",
    "holdout-untouched42.jsonl",
    "holdout-untouched43.jsonl",
    "holdout-untouched44.jsonl",
    "holdout-untouched45.jsonl",
    "holdout-untouched46.jsonl",
    "holdout-untouched47.jsonl",
    "holdout-untouched48.jsonl",
    "holdout-untouched49.jsonl",
    "holdout-untouched50.jsonl",
    "holdout-untouched51.jsonl",
    "holdout-untouched52.jsonl",
    "holdout-untouched53.jsonl",
    "holdout-untouched54.jsonl",
    "holdout-untouched55.jsonl",
    "holdout-untouched56.jsonl",
    "holdout-untouched57.jsonl",
    "holdout-untouched58.jsonl",
    "holdout-untouched59.jsonl",
    "holdout-untouched60.jsonl",
    "holdout-untouched61.jsonl",
    "holdout-untouched62.jsonl",
    "holdout-untouched63.jsonl",
    "holdout-untouched64.jsonl",
    "holdout-devstyle1.jsonl",
    "holdout-devstyle2.jsonl",
    "holdout-devstyle3.jsonl",
    "holdout-devstyle4.jsonl",
    "holdout-devstyle5.jsonl",
    "holdout-devstyle6.jsonl",
    "holdout-devstyle7.jsonl",
    "holdout-devstyle8.jsonl",
    "holdout-devstyle9.jsonl",
    "holdout-devstyle10.jsonl",
    "holdout-devstyle11.jsonl",
    "holdout-devstyle12.jsonl",
    "holdout-devstyle13.jsonl",
    "holdout-devstyle14.jsonl",
    "holdout-devstyle15.jsonl",
    "holdout-devstyle16.jsonl",
    "holdout-devstyle17.jsonl",
    "holdout-devstyle18.jsonl",
    "holdout-devstyle19.jsonl",
    "holdout-devstyle20.jsonl",
    "holdout-devstyle21.jsonl",
    "holdout-devstyle22.jsonl",
    "holdout-devstyle23.jsonl",
    "holdout-devstyle24.jsonl",
    "holdout-devstyle25.jsonl",
    "holdout-devstyle26.jsonl",
    "holdout-devstyle27.jsonl",
    "holdout-devstyle28.jsonl",
    "holdout-devstyle29.jsonl",
    "holdout-devstyle30.jsonl",
    "holdout-devstyle31.jsonl",
    "holdout-devstyle32.jsonl",
    "holdout-devstyle33.jsonl",
    "holdout-devstyle34.jsonl",
    "holdout-devstyle35.jsonl",
    "holdout-devstyle36.jsonl",
    "holdout-devstyle37.jsonl",
    "holdout-devstyle38.jsonl",
    "holdout-devstyle39.jsonl",
    "holdout-devstyle40.jsonl",
    "holdout-devstyle41.jsonl",
    "holdout-devstyle42.jsonl",
    "holdout-devstyle43.jsonl",
    "holdout-devstyle44.jsonl",
    "holdout-devstyle45.jsonl",
    "holdout-devstyle46.jsonl",
    "holdout-devstyle47.jsonl",
    "holdout-devstyle48.jsonl",
    "holdout-devstyle49.jsonl",
    "holdout-devstyle50.jsonl",
    "holdout-devstyle51.jsonl",
    "holdout-devstyle52.jsonl",
    "holdout-devstyle53.jsonl",
    "holdout-devstyle54.jsonl",
    "holdout-devstyle55.jsonl",
    "holdout-devstyle56.jsonl",
    "holdout-devstyle57.jsonl",
    "holdout-devstyle58.jsonl",
    "holdout-devstyle59.jsonl",
    "holdout-devstyle60.jsonl",
    "holdout-devstyle61.jsonl",
    "holdout-devstyle62.jsonl",
    "holdout-devstyle63.jsonl",
    "holdout-devstyle64.jsonl",
    "holdout-devstyle65.jsonl",
    "holdout-devstyle66.jsonl",
    "holdout-devstyle67.jsonl",
    "holdout-devstyle68.jsonl",
    "holdout-devstyle69.jsonl",
    "holdout-devstyle70.jsonl",
    "holdout-devstyle71.jsonl",
    "holdout-devstyle72.jsonl",
    "holdout-devstyle73.jsonl",
    "holdout-devstyle74.jsonl",
    "holdout-devstyle75.jsonl",
    "holdout-devstyle76.jsonl",
    "holdout-devstyle77.jsonl",
    "holdout-devstyle78.jsonl",
    "holdout-devstyle79.jsonl",
    "holdout-devstyle80.jsonl",
    "holdout-devstyle81.jsonl",
    "holdout-devstyle82.jsonl",
    "holdout-devstyle83.jsonl",
    "holdout-devstyle84.jsonl",
    "holdout-devstyle85.jsonl",
    "holdout-devstyle86.jsonl",
    "holdout-devstyle87.jsonl",
    "holdout-devstyle88.jsonl",
    "holdout-devstyle89.jsonl",
    "holdout-devstyle90.jsonl",
    "holdout-devstyle91.jsonl",
    "holdout-devstyle92.jsonl",
    "holdout-devstyle93.jsonl",
    "holdout-devstyle94.jsonl",
    "holdout-devstyle95.jsonl",
    "holdout-devstyle96.jsonl",
    "holdout-devstyle97.jsonl",
    "holdout-devstyle98.jsonl",
    "holdout-devstyle99.jsonl",
    "holdout-devstyle100.jsonl",
    "holdout-devstyle101.jsonl",
    "holdout-devstyle102.jsonl",
    "holdout-devstyle103.jsonl",
    "holdout-devstyle104.jsonl",
    "holdout-devstyle105.jsonl",
    "holdout-devstyle106.jsonl",
    "holdout-devstyle107.jsonl",
    "holdout-devstyle108.jsonl",
    "holdout-devstyle109.jsonl",
    "holdout-devstyle110.jsonl",
    "holdout-devstyle111.jsonl",
    "holdout-devstyle112.jsonl",
    "holdout-devstyle113.jsonl",
    "holdout-devstyle114.jsonl",
    "holdout-devstyle115.jsonl",
    "holdout-devstyle116.jsonl",
    "holdout-devstyle117.jsonl",
    "holdout-devstyle118.jsonl",
    "holdout-devstyle119.jsonl",
    "holdout-devstyle120.jsonl",
    "holdout-devstyle121.jsonl",
    "holdout-devstyle122.jsonl",
    "holdout-devstyle123.jsonl",
    "holdout-devstyle124.jsonl",
    "holdout-devstyle125.jsonl",
    "holdout-devstyle126.jsonl",
    "holdout-devstyle127.jsonl",
    "holdout-devstyle128.jsonl",
    "holdout-devstyle129.jsonl",
    "holdout-devstyle130.jsonl",
    "holdout-devstyle131.jsonl",
    "holdout-devstyle132.jsonl",
    "holdout-devstyle133.jsonl",
    "holdout-devstyle134.jsonl",
    "holdout-devstyle135.jsonl",
    "holdout-devstyle136.jsonl",
    "holdout-devstyle137.jsonl",
    "holdout-devstyle138.jsonl",
    "holdout-devstyle139.jsonl",
    "holdout-devstyle140.jsonl",
    "holdout-devstyle141.jsonl",
    "holdout-devstyle142.jsonl",
    "holdout-devstyle143.jsonl",
    "holdout-devstyle144.jsonl",
    "holdout-devstyle145.jsonl",
    "holdout-devstyle146.jsonl",
    "holdout-devstyle147.jsonl",
    "holdout-devstyle148.jsonl",
    "holdout-devstyle149.jsonl",
    "holdout-devstyle150.jsonl",
    "holdout-devstyle151.jsonl",
    "holdout-devstyle152.jsonl",
    "holdout-devstyle153.jsonl",
    "holdout-devstyle154.jsonl",
    "holdout-devstyle155.jsonl",
    "holdout-devstyle156.jsonl",
    "holdout-devstyle157.jsonl",
    "holdout-devstyle158.jsonl",
    "holdout-devstyle159.jsonl",
    "holdout-devstyle160.jsonl",
    "holdout-devstyle161.jsonl",
    "holdout-devstyle162.jsonl",
    "holdout-devstyle163.jsonl",
    "holdout-devstyle164.jsonl",
    "holdout-devstyle165.jsonl",
    "holdout-devstyle166.jsonl",
    "holdout-devstyle167.jsonl",
    "holdout-devstyle168.jsonl",
    "holdout-devstyle169.jsonl",
    "holdout-devstyle170.jsonl",
    "holdout-devstyle171.jsonl",
    "holdout-devstyle172.jsonl",
    "holdout-devstyle173.jsonl",
    "holdout-devstyle174.jsonl",
    "holdout-devstyle175.jsonl",
    "holdout-devstyle176.jsonl",
    "holdout-devstyle177.jsonl",
    "holdout-devstyle178.jsonl",
    "holdout-devstyle179.jsonl",
    "holdout-devstyle180.jsonl",
    "holdout-devstyle181.jsonl",
    "holdout-devstyle182.jsonl",
    "holdout-devstyle183.jsonl",
    "holdout-devstyle184.jsonl",
    "holdout-devstyle185.jsonl",
    "holdout-devstyle186.jsonl",
    "holdout-devstyle187.jsonl",
    "holdout-devstyle188.jsonl",
    "holdout-devstyle189.jsonl",
    "holdout-devstyle190.jsonl",
    "holdout-devstyle191.jsonl",
    "holdout-devstyle192.jsonl",
    "holdout-devstyle193.jsonl",
    "holdout-devstyle194.jsonl",
    "holdout-devstyle195.jsonl",
    "holdout-devstyle196.jsonl",
    "holdout-devstyle197.jsonl",
    "holdout-devstyle198.jsonl",
    "holdout-devstyle199.jsonl",
    "holdout-devstyle200.jsonl",
    "holdout-devstyle201.jsonl",
    "holdout-devstyle202.jsonl",
    "holdout-devstyle203.jsonl",
    "holdout-devstyle204.jsonl",
    "holdout-devstyle205.jsonl",
    "holdout-devstyle206.jsonl",
    "holdout-devstyle207.jsonl",
    "holdout-devstyle208.jsonl",
    "holdout-devstyle209.jsonl",
    "holdout-devstyle210.jsonl",
    "holdout-devstyle211.jsonl",
    "holdout-devstyle212.jsonl",
    "holdout-devstyle213.jsonl",
    "holdout-devstyle214.jsonl",
    "holdout-devstyle215.jsonl",
    "holdout-devstyle216.jsonl",
    "holdout-devstyle217.jsonl",
    "holdout-devstyle218.jsonl",
    "holdout-devstyle219.jsonl",
    "holdout-devstyle220.jsonl",
    "holdout-devstyle221.jsonl",
    "holdout-devstyle222.jsonl",
    "holdout-devstyle223.jsonl",
    "holdout-devstyle224.jsonl",
    "holdout-devstyle225.jsonl",
    "holdout-devstyle226.jsonl",
    "holdout-devstyle227.jsonl",
    "holdout-devstyle228.jsonl",
    "holdout-devstyle229.jsonl",
    "holdout-devstyle230.jsonl",
    "holdout-devstyle231.jsonl",
    "holdout-devstyle232.jsonl",
    "holdout-devstyle233.jsonl",
    "holdout-devstyle234.jsonl",
    "holdout-devstyle235.jsonl",
    "holdout-devstyle236.jsonl",
    "holdout-devstyle237.jsonl",
    "holdout-devstyle238.jsonl",
    "holdout-devstyle239.jsonl",
    "holdout-devstyle240.jsonl",
    "holdout-devstyle241.jsonl",
    "holdout-devstyle242.jsonl",
    "holdout-devstyle243.jsonl",
    "holdout-devstyle244.jsonl",
    "holdout-devstyle245.jsonl",
    "holdout-devstyle246.jsonl",
    "holdout-devstyle247.jsonl",
    "holdout-devstyle248.jsonl",
    "holdout-devstyle249.jsonl",
    "holdout-devstyle250.jsonl",
    "holdout-devstyle251.jsonl",
    "holdout-devstyle252.jsonl",
    "holdout-devstyle253.jsonl",
    "holdout-devstyle254.jsonl",
    "holdout-devstyle255.jsonl",
    "holdout-devstyle256.jsonl",
    "holdout-devstyle257.jsonl",
    "holdout-devstyle258.jsonl",
    "holdout-devstyle259.jsonl",
    "holdout-devstyle260.jsonl",
    "holdout-devstyle261.jsonl",
    "holdout-devstyle262.jsonl",
    "holdout-devstyle263.jsonl",
    "holdout-devstyle264.jsonl",
    "holdout-devstyle265.jsonl",
    "holdout-devstyle266.jsonl",
    "holdout-devstyle267.jsonl",
    "holdout-devstyle268.jsonl",
    "holdout-devstyle269.jsonl",
    "holdout-devstyle270.jsonl",
    "holdout-devstyle271.jsonl",
    "holdout-devstyle272.jsonl",
    "holdout-devstyle273.jsonl",
    "holdout-devstyle274.jsonl",
    "holdout-devstyle275.jsonl",
    "holdout-devstyle276.jsonl",
    "holdout-devstyle277.jsonl",
    "holdout-devstyle278.jsonl",
    "holdout-devstyle279.jsonl",
    "holdout-devstyle280.jsonl",
    "holdout-devstyle281.jsonl",
    "holdout-devstyle282.jsonl",
    "holdout-devstyle283.jsonl",
    "holdout-devstyle284.jsonl",
    "holdout-devstyle285.jsonl",
    "holdout-devstyle286.jsonl",
    "holdout-devstyle287.jsonl",
    "holdout-devstyle288.jsonl",
    "holdout-devstyle289.jsonl",
    "holdout-devstyle290.jsonl",
    "holdout-devstyle291.jsonl",
    "holdout-devstyle292.jsonl",
    "holdout-devstyle293.jsonl",
    "holdout-devstyle294.jsonl",
    "holdout-devstyle295.jsonl",
    "holdout-devstyle296.jsonl",
    "holdout-devstyle297.jsonl",
    "holdout-devstyle298.jsonl",
    "holdout-devstyle299.jsonl",
    "holdout-devstyle300.jsonl",
    "holdout-devstyle301.jsonl",
    "holdout-devstyle302.jsonl",
    "holdout-devstyle303.jsonl",
    "holdout-devstyle304.jsonl",
    "holdout-devstyle305.jsonl",
    "holdout-devstyle306.jsonl",
    "holdout-devstyle307.jsonl",
    "holdout-devstyle308.jsonl",
    "holdout-devstyle309.jsonl",
    "holdout-devstyle310.jsonl",
    "holdout-devstyle311.jsonl",
    "holdout-devstyle312.jsonl",
    "holdout-devstyle313.jsonl",
    "holdout-devstyle314.jsonl",
    "holdout-devstyle315.jsonl",
    "holdout-devstyle316.jsonl",
    "holdout-devstyle317.jsonl",
    "holdout-devstyle318.jsonl",
    "holdout-devstyle319.jsonl",
    "holdout-devstyle320.jsonl",
    "holdout-devstyle321.jsonl",
    "holdout-devstyle322.jsonl",
    "holdout-devstyle323.jsonl",
    "holdout-devstyle324.jsonl",
    "holdout-devstyle325.jsonl",
    "holdout-devstyle326.jsonl",
    "holdout-devstyle327.jsonl",
    "holdout-devstyle328.jsonl",
    "holdout-devstyle329.jsonl",
    "holdout-devstyle330.jsonl",
    "holdout-devstyle331.jsonl",
    "holdout-devstyle332.jsonl",
    "holdout-devstyle333.jsonl",
    "holdout-devstyle334.jsonl",
    "holdout-devstyle335.jsonl",
    "holdout-devstyle336.jsonl",
    "holdout-devstyle337.jsonl",
    "holdout-devstyle338.jsonl",
    "holdout-devstyle339.jsonl",
    "holdout-devstyle340.jsonl",
    "holdout-devstyle341.jsonl",
    "holdout-devstyle342.jsonl",
    "holdout-devstyle343.jsonl",
    "holdout-devstyle344.jsonl",
    "holdout-devstyle345.jsonl",
    "holdout-devstyle346.jsonl",
    "holdout-devstyle347.jsonl",
    "holdout-devstyle348.jsonl",
    "holdout-devstyle349.jsonl",
    "holdout-devstyle350.jsonl",
    "holdout-devstyle351.jsonl",
    "holdout-devstyle352.jsonl",
    "holdout-devstyle353.jsonl",
    "holdout-devstyle354.jsonl",
    "holdout-devstyle355.jsonl",
    "holdout-devstyle356.jsonl",
    "holdout-devstyle357.jsonl",
    "holdout-devstyle358.jsonl",
    "holdout-devstyle359.jsonl",
    "holdout-devstyle360.jsonl",
    "holdout-devstyle361.jsonl",
    "holdout-devstyle362.jsonl",
    "holdout-devstyle363.jsonl",
    "holdout-devstyle364.jsonl",
    "holdout-devstyle365.jsonl",
    "holdout-devstyle366.jsonl",
    "holdout-devstyle367.jsonl",
    "holdout-devstyle368.jsonl",
    "holdout-devstyle369.jsonl",
    "holdout-devstyle370.jsonl",
    "holdout-devstyle371.jsonl",
    "holdout-devstyle372.jsonl",
    "holdout-devstyle373.jsonl",
    "holdout-devstyle374.jsonl",
    "holdout-devstyle375.jsonl",
    "holdout-devstyle376.jsonl",
    "holdout-devstyle377.jsonl",
    "holdout-devstyle378.jsonl",
    "holdout-devstyle379.jsonl",
    "holdout-devstyle380.jsonl",
    "holdout-devstyle381.jsonl",
    "holdout-devstyle382.jsonl",
    "holdout-devstyle383.jsonl",
    "holdout-devstyle384.jsonl",
    "holdout-devstyle385.jsonl",
    "holdout-devstyle386.jsonl",
    "holdout-devstyle387.jsonl",
    "holdout-devstyle388.jsonl",
    "holdout-devstyle389.jsonl",
    "holdout-devstyle390.jsonl",
    "holdout-devstyle391.jsonl",
    "holdout-devstyle392.jsonl",
    "holdout-devstyle393.jsonl",
    "holdout-devstyle394.jsonl",
    "holdout-devstyle395.jsonl",
    "holdout-devstyle396.jsonl",
    "holdout-devstyle397.jsonl",
    "holdout-devstyle398.jsonl",
    "holdout-devstyle399.jsonl",
    "holdout-devstyle400.jsonl",
    "holdout-devstyle401.jsonl",
    "holdout-devstyle402.jsonl",
    "holdout-devstyle403.jsonl",
    "holdout-devstyle404.jsonl",
    "holdout-devstyle405.jsonl",
    "holdout-devstyle406.jsonl",
    "holdout-devstyle407.jsonl",
    "holdout-devstyle408.jsonl",
    "holdout-devstyle409.jsonl",
    "holdout-devstyle410.jsonl",
    "holdout-devstyle411.jsonl",
    "holdout-devstyle412.jsonl",
    "holdout-devstyle413.jsonl",
    "holdout-devstyle414.jsonl",
    "holdout-devstyle415.jsonl",
    "holdout-devstyle416.jsonl",
    "holdout-devstyle417.jsonl",
    "holdout-devstyle418.jsonl",
    "holdout-devstyle419.jsonl",
    "holdout-devstyle420.jsonl",
    "holdout-devstyle421.jsonl",
    "holdout-devstyle422.jsonl",
    "holdout-devstyle423.jsonl",
    "holdout-devstyle424.jsonl",
    "holdout-devstyle425.jsonl",
    "holdout-devstyle426.jsonl",
    "holdout-devstyle427.jsonl",
    "holdout-devstyle428.jsonl",
    "holdout-devstyle429.jsonl",
    "holdout-devstyle430.jsonl",
    "holdout-devstyle431.jsonl",
    "holdout-devstyle432.jsonl",
    "holdout-devstyle433.jsonl",
    "holdout-devstyle434.jsonl",
    "holdout-devstyle435.jsonl",
    "holdout-devstyle436.jsonl",
    "holdout-devstyle437.jsonl",
    "holdout-devstyle438.jsonl",
    "holdout-devstyle439.jsonl",
    "holdout-devstyle440.jsonl",
    "holdout-devstyle441.jsonl",
    "holdout-devstyle442.jsonl",
    "holdout-devstyle443.jsonl",
    "holdout-devstyle444.jsonl",
    "holdout-devstyle445.jsonl",
    "holdout-devstyle446.jsonl",
    "holdout-devstyle447.jsonl",
    "holdout-devstyle448.jsonl",
    "holdout-devstyle449.jsonl",
    "holdout-devstyle450.jsonl",
    "holdout-devstyle451.jsonl",
    "holdout-devstyle452.jsonl",
    "holdout-devstyle453.jsonl",
    "holdout-devstyle454.jsonl",
    "holdout-devstyle455.jsonl",
    "holdout-devstyle456.jsonl",
    "holdout-devstyle457.jsonl",
    "holdout-devstyle458.jsonl",
    "holdout-devstyle459.jsonl",
    "holdout-devstyle460.jsonl",
    "holdout-devstyle461.jsonl",
    "holdout-devstyle462.jsonl",
    "holdout-devstyle463.jsonl",
    "holdout-devstyle464.jsonl",
    "holdout-devstyle465.jsonl",
    "holdout-devstyle466.jsonl",
    "holdout-devstyle467.jsonl",
    "holdout-devstyle468.jsonl",
    "holdout-devstyle469.jsonl",
    "holdout-devstyle470.jsonl",
    "holdout-devstyle471.jsonl",
    "holdout-devstyle472.jsonl",
    "holdout-devstyle473.jsonl",
    "holdout-devstyle474.jsonl",
    "holdout-devstyle475.jsonl",
    "holdout-devstyle476.jsonl",
    "holdout-devstyle477.jsonl",
    "holdout-devstyle478.jsonl",
    "holdout-devstyle479.jsonl",
    "holdout-devstyle480.jsonl",
    "holdout-devstyle481.jsonl",
    "holdout-devstyle482.jsonl",
    "holdout-devstyle483.jsonl",
    "holdout-devstyle484.jsonl",
    "holdout-devstyle485.jsonl",
    "holdout-devstyle486.jsonl",
    "holdout-devstyle487.jsonl",
    "holdout-devstyle488.jsonl",
    "holdout-devstyle489.jsonl",
    "holdout-devstyle490.jsonl",
    "holdout-devstyle491.jsonl",
    "holdout-devstyle492.jsonl",
    "holdout-devstyle493.jsonl",
    "holdout-devstyle494.jsonl",
    "holdout-devstyle495.jsonl",
    "holdout-devstyle496.jsonl",
    "holdout-devstyle497.jsonl",
    "holdout-devstyle498.jsonl",
    "holdout-devstyle499.jsonl",
    "holdout-devstyle500.jsonl",
    "holdout-devstyle501.jsonl",
    "holdout-devstyle502.jsonl",
    "holdout-devstyle503.jsonl",
    "holdout-devstyle504.jsonl",
    "holdout-devstyle505.jsonl",
    "holdout-devstyle506.jsonl",
    "holdout-devstyle507.jsonl",
    "holdout-devstyle508.jsonl",
    "holdout-devstyle509.jsonl",
    "holdout-devstyle510.jsonl",
    "holdout-devstyle511.jsonl",
    "holdout-devstyle512.jsonl",
    "holdout-devstyle513.jsonl",
    "holdout-devstyle514.jsonl",
    "holdout-devstyle515.jsonl",
    "holdout-devstyle516.jsonl",
    "holdout-devstyle517.jsonl",
    "holdout-devstyle518.jsonl",
    "holdout-devstyle519.jsonl",
    "holdout-devstyle520.jsonl",
    "holdout-devstyle521.jsonl",
    "holdout-devstyle522.jsonl",
    "holdout-devstyle523.jsonl",
    "holdout-devstyle524.jsonl",
    "holdout-devstyle525.jsonl",
    "holdout-devstyle526.jsonl",
    "holdout-devstyle527.jsonl",
    "holdout-devstyle528.jsonl",
    "holdout-devstyle529.jsonl",
    "holdout-devstyle530.jsonl",
    "holdout-devstyle531.jsonl",
    "holdout-devstyle532.jsonl",
    "holdout-devstyle533.jsonl",
    "holdout-devstyle534.jsonl",
    "holdout-devstyle535.jsonl",
    "holdout-devstyle536.jsonl",
    "holdout-devstyle537.jsonl",
    "holdout-devstyle538.jsonl",
    "holdout-devstyle539.jsonl",
    "holdout-devstyle540.jsonl",
    "holdout-devstyle541.jsonl",
    "holdout-devstyle542.jsonl",
    "holdout-devstyle543.jsonl",
    "holdout-devstyle544.jsonl",
    "holdout-devstyle545.jsonl",
    "holdout-devstyle546.jsonl",
    "holdout-devstyle547.jsonl",
    "holdout-devstyle548.jsonl",
    "holdout-devstyle549.jsonl",
    "holdout-devstyle550.jsonl",
    "holdout-devstyle551.jsonl",
    "holdout-devstyle552.jsonl",
    "holdout-devstyle553.jsonl",
    "holdout-devstyle554.jsonl",
    "holdout-devstyle555.jsonl",
    "holdout-devstyle556.jsonl",
    "holdout-devstyle557.jsonl",
    "holdout-devstyle558.jsonl",
    "holdout-devstyle559.jsonl",
    "holdout-devstyle560.jsonl",
    "holdout-devstyle561.jsonl",
    "holdout-devstyle562.jsonl",
    "holdout-devstyle563.jsonl",
    "holdout-devstyle564.jsonl",
    "holdout-devstyle565.jsonl",
    "holdout-devstyle566.jsonl",
    "holdout-devstyle567.jsonl",
    "holdout-devstyle568.jsonl",
    "holdout-devstyle569.jsonl",
    "holdout-devstyle570.jsonl",
    "holdout-devstyle571.jsonl",
    "holdout-devstyle572.jsonl",
    "holdout-devstyle573.jsonl",
    "holdout-devstyle574.jsonl",
    "holdout-devstyle575.jsonl",
    "holdout-devstyle576.jsonl",
    "holdout-devstyle577.jsonl",
    "holdout-devstyle578.jsonl",
    "holdout-devstyle579.jsonl",
    "holdout-devstyle580.jsonl",
    "holdout-devstyle581.jsonl",
    "holdout-devstyle582.jsonl",
    "holdout-devstyle583.jsonl",
    "holdout-devstyle584.jsonl",
    "holdout-devstyle585.jsonl",
    "holdout-devstyle586.jsonl",
    "holdout-devstyle587.jsonl",
    "holdout-devstyle588.jsonl",
    "holdout-devstyle589.jsonl",
    "holdout-devstyle590.jsonl",
    "holdout-devstyle591.jsonl",
    "holdout-devstyle592.jsonl",
    "holdout-devstyle593.jsonl",
    "holdout-devstyle594.jsonl",
    "holdout-devstyle595.jsonl",
    "holdout-devstyle596.jsonl",
    "holdout-devstyle597.jsonl",
    "holdout-devstyle598.jsonl",
    "holdout-devstyle599.jsonl",
    "holdout-devstyle600.jsonl",
    "holdout-devstyle601.jsonl",
    "holdout-devstyle602.jsonl",
    "holdout-devstyle603.jsonl",
    "holdout-devstyle604.jsonl",
    "holdout-devstyle605.jsonl",
    "holdout-devstyle606.jsonl",
    "holdout-devstyle607.jsonl",
    "holdout-devstyle608.jsonl",
    "holdout-devstyle609.jsonl",
    "holdout-devstyle610.jsonl",
    "holdout-devstyle611.jsonl",
    "holdout-devstyle612.jsonl",
    "holdout-devstyle613.jsonl",
    "holdout-devstyle614.jsonl",
    "holdout-devstyle615.jsonl",
    "holdout-devstyle616.jsonl",
    "holdout-devstyle617.jsonl",
    "holdout-devstyle618.jsonl",
    "holdout-devstyle619.jsonl",
    "holdout-devstyle620.jsonl",
)
# The sets written before the dev-style brief (sessions 2-8: holdout-fresh*, holdout-untouched*,
# holdout-civicpost): their writers labelled some clauses by other conventions (6.3 most of
# all). Session 17's grouped cross-validation over the seventy-two newest dev-style sets
# (bench/recent_cv.py: heads trained without the held-out quarter, OR-ed with the rules) scored
# 0.8976 with them for every clause, 0.8998 without them, and 0.9006 without them for every
# clause but 6.4, whose head lost 0.02 without their examples of decisions (better on all four
# folds). So every block still reads them (the vocabulary and idf), but only the heads of
# ``EARLY_SETS_CLAUSES`` learn from their labels.
EARLY_SETS = frozenset(name for name in TRAINING_FILES if "devstyle" not in name)
EARLY_SETS_CLAUSES = frozenset({"6.4"})


_PEOPLE = Context.from_yaml(SHARED / "eval" / "context.yaml")


def heads_texts(
    kind: str, text: str, reply: str | None, attached: str, councillor: bool
) -> tuple[str, str, str, str, str]:
    """What the heads may read of a post, as ``text_heads.Heads.proba`` reads it: the post with
    its account kind and its attachments' descriptions; the text it answers (``NO_REPLY`` for
    none); the post again if it is on the official account, and again if a councillor wrote it;
    the text answered again if the post is on the official account (empty otherwise). ``BLOCKS``
    says which of them the heads read."""
    post = post_text(kind, text, attached)
    official = kind == "official"
    return (
        post,
        reply or NO_REPLY,
        post if official else "",
        post if councillor else "",
        (reply or "") if official else "",
    )


def read_text(d: dict) -> tuple[str, str, str, str, str]:
    """``heads_texts`` of a labelled post (its author's role from the registers)."""
    attached = " ".join(a.get("description") or "" for a in d.get("attachments") or [])
    author = _PEOPLE.person(d.get("author") or "")
    councillor = author is not None and author.is_councillor
    return heads_texts(d["account"]["kind"], d["text"], d.get("in_reply_to"), attached, councillor)


def training_posts() -> list[tuple[tuple[str, ...], set[str], bool]]:
    """Every training post: what the heads read of it, its clauses, and whether it comes from
    one of ``EARLY_SETS``."""
    files = [SHARED / "eval" / "dev.jsonl", *(REPO / "bench" / name for name in TRAINING_FILES)]
    posts = []
    for path in files:
        early = path.name in EARLY_SETS
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                posts.append((read_text(d), set(d.get("expect") or []), early))
    print(f"{len(posts)} posts from {len(files)} files", file=sys.stderr)
    return posts


# The blocks, in heads.json's order, and which of ``read_text``'s texts each reads. Chosen by
# bench/feature_cv.py: in session 13 the reply apart (+0.0026 over one block reading both), the
# attachments read with the post (+0.0027), then the official account's and councillors' words
# again, apart (+0.0054; bench/README.md, "Session 13"); in session 14 the councillors' block
# dropped (-0.0004, within 0.001, and 7 MB smaller) and the text an official post answers again,
# apart (+0.0012 over session 13's blocks, better on both halves; "Session 14").
BLOCKS = (("word", 0), ("char", 0), ("reply", 1), ("official", 2), ("official_reply", 4))


def vectorizers() -> tuple[TfidfVectorizer, ...]:
    """One vectoriser per block of ``BLOCKS``: char 3-5-grams within words for "char", word
    1-2-grams for the others."""
    return tuple(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True)
        if name == "char"
        else TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        for name, _ in BLOCKS
    )


def fit_features(vecs: tuple, texts: list[tuple[str, ...]]):
    """Fit the blocks on ``read_text``'s texts; the features, one block after another."""
    return hstack(
        [v.fit_transform([t[i] for t in texts]) for v, (_, i) in zip(vecs, BLOCKS, strict=True)]
    ).tocsr()


def features(vecs: tuple, texts: list[tuple[str, ...]]):
    """The features of ``read_text``'s texts from fitted blocks."""
    return hstack(
        [v.transform([t[i] for t in texts]) for v, (_, i) in zip(vecs, BLOCKS, strict=True)]
    ).tocsr()


def main() -> int:
    posts = training_posts()
    texts = [p[0] for p in posts]
    vecs = vectorizers()
    x = fit_features(vecs, texts)
    early = np.array([p[2] for p in posts])
    models = {}
    for clause in CLAUSES:
        rows = np.ones(len(posts), dtype=bool) if clause in EARLY_SETS_CLAUSES else ~early
        y = np.array([clause in p[1] for p in posts])[rows]
        model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
        models[clause] = model.fit(x[rows], y)

    coef = np.vstack([models[c].coef_[0] for c in CLAUSES])  # (clauses, features)
    blocks, weights = {}, bytearray()
    offset = 0
    for (name, _), vec in zip(BLOCKS, vecs, strict=True):
        terms = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
        if any("\n" in term for term in terms):
            raise SystemExit(f"a term of block {name} has a newline; heads.bin cannot hold it")
        listed = "\n".join(terms).encode("utf-8")
        columns = [vec.idf_] + [coef[c, offset : offset + len(terms)] for c in range(len(CLAUSES))]
        # each number rounded to DIGITS decimals, then held exactly as an int of 10**-DIGITS
        ints = np.array([[round(round(float(x), DIGITS) * SCALE) for x in col] for col in columns])
        if np.abs(ints).max() >= 2**31:
            raise SystemExit(f"a number of block {name} is too large for heads.bin")
        weights += listed + ints.astype("<i4").tobytes()
        blocks[name] = {"rows": len(terms), "term_bytes": len(listed)}
        offset += len(terms)
    check = []
    for kind, text, reply, attached, councillor in CHECK_TEXTS:
        xt = features(vecs, [heads_texts(kind, text, reply, attached, councillor)])
        proba = {c: round(float(models[c].predict_proba(xt)[0, 1]), 6) for c in CLAUSES}
        check.append(
            {"kind": kind, "text": text, "in_reply_to": reply, "attached": attached,
             "councillor": councillor, "proba": proba}
        )  # fmt: skip
    data = {
        "format": 5,
        "clauses": list(CLAUSES),
        "thresholds": THRESHOLDS,
        "intercepts": [round(float(models[c].intercept_[0]), DIGITS) for c in CLAUSES],
        "features": {
            "word": "lower case; tokens (?u)\\b\\w\\w+\\b; 1- and 2-grams; sublinear tf; idf; L2",
            "char": "lower case; char 3-5-grams inside ' word ' (char_wb); sublinear tf; idf; L2",
            "reply": "as word, of the text answered ('noreply' for none), a block of its own",
            "official": "as word, of the post again, read only on the official account",
            "official_reply": "as word, of the text answered, read only on the official account",
            "read": "word and char: '[OFFICIAL] ' or '[PERSONAL] ', the post, and "
            "' [ATTACHED] ' and the attachments' descriptions if any",
            "heads.bin": "block after block in 'blocks' order: its terms in row order, UTF-8, "
            "a newline between each ('term_bytes' bytes); then 'rows' little-endian int32 of "
            "the idf, and as many of each clause's weight in 'clauses' order, each the number "
            "times 'scale'",
        },
        "scale": SCALE,
        "blocks": blocks,
        "check": check,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    OUT_BIN.write_bytes(weights)
    files = {path.name: path.read_bytes() for path in (OUT, OUT_BIN)}
    manifest_path = MODELS / "MANIFEST.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["models"]["text-heads"] = {
        "path": "text-heads",
        "files": {
            name: {"bytes": len(raw), "sha256": hashlib.sha256(raw).hexdigest()}
            for name, raw in files.items()
        },
        "source": {
            "training_data": "shared/eval/dev.jsonl and bench/: " + ", ".join(TRAINING_FILES),
            "posts": len(posts),
            "early_sets_read_by": sorted(EARLY_SETS_CLAUSES),
            "license": "trained here on this project's labelled posts; no third-party weights",
        },
        "build": {
            "date": dt.date.today().isoformat(),
            "script": "scripts/train_text_heads.py",
            "python": platform.python_version(),
            "versions": {
                "scikit-learn": sklearn.__version__,
                "numpy": np.__version__,
                "scipy": scipy.__version__,
            },
            "model": f"LogisticRegression(C={C}, class_weight='balanced') per clause",
        },
    }
    manifest_path.write_text(
        json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(
        f"wrote {OUT.relative_to(REPO)} and {OUT_BIN.name}: "
        + ", ".join(f"{name} {len(raw):,} bytes" for name, raw in files.items())
        + "; features: "
        + ", ".join(f"{name} {block['rows']:,}" for name, block in blocks.items()),
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
