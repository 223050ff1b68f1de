"""An independent implementation of analysis.md §A3 (Weighted statistics), written from the
specification and the readings of docs/decisions.md ("Weighted statistics"), and the cases it
writes to weighted-reference.jsonl for WeightedStatisticsTest.

The build never runs this script; its output is committed. To rerun it (the seed fixes the
cases), from this folder, with scipy installed:
    python3 weighted-reference.py > weighted-reference.jsonl

Unlike WeightedStatistics.java, it works response by response: a term (score, weight, count,
polarity) stands for `count` responses, each adding its own rounded products to the sums, which
math.fsum rounds once. Every number is written with float.hex(); the quantiles it used (scipy's)
are written too, since the Java side uses its own, equal to a relative 1e-13.
"""
import json
import math
import random

from scipy.stats import norm, t as student

CONFIDENCE = 0.95
POLARITIES = ("FAVOURABLE", "NEUTRAL", "UNFAVOURABLE")
NPS_VALUE = {"FAVOURABLE": 100.0, "NEUTRAL": 0.0, "UNFAVOURABLE": -100.0}


def hexes(x):
    return None if x is None else float(x).hex()


def clip(low, high, least, most):
    return [min(max(low, least), most), max(min(high, most), least)]


def statistics(terms):
    responses = [(s, w, p) for s, w, count, p in terms for _ in range(count)]
    n = len(responses)
    big_w = math.fsum(w for _, w, _ in responses)
    out = {"n": n, "W": hexes(big_w)}
    keys = ("nEffective", "mean", "se", "meanInterval", "share", "p", "shareInterval", "net",
            "nps", "npsSe", "npsInterval", "t", "z")
    for key in keys:
        out[key] = None
    z = norm.ppf((1 + CONFIDENCE) / 2)
    out["z"] = hexes(z)
    if big_w == 0:
        return out
    q = math.fsum(w * w for _, w, _ in responses)
    n_eff = (big_w * big_w) / q
    out["nEffective"] = hexes(n_eff)
    positive = [s for s, w, _ in responses if w > 0]
    mean = math.fsum(w * s for s, w, _ in responses) / big_w
    mean = min(max(mean, min(positive)), max(positive))
    out["mean"] = hexes(mean)

    def linearised(deviations):
        r = math.fsum((w * w) * (d * d) for (_, w, _), d in zip(responses, deviations))
        return math.sqrt((float(n) / float(n - 1)) * r) / big_w

    f = math.fsum(w for _, w, p in responses if p == "FAVOURABLE")
    u = math.fsum(w for _, w, p in responses if p == "UNFAVOURABLE")
    share = min(100 * f / big_w, 100.0)
    p = f / big_w
    out["share"] = hexes(share)
    out["p"] = hexes(p)
    # Wilson (scoring.md §5) with p the weighted share and nEffective in place of n.
    z2 = z * z
    denominator = 1 + z2 / n_eff
    centre = (p + z2 / (2.0 * n_eff)) / denominator
    half = z / denominator * math.sqrt(p * (1 - p) / n_eff + z2 / (4.0 * n_eff * n_eff))
    low = 0.0 if p == 0 else 100 * (centre - half)
    high = 100.0 if p == 1 else 100 * (centre + half)
    out["shareInterval"] = [hexes(x) for x in clip(low, high, 0.0, 100.0)]
    net_sum = math.fsum([w for _, w, p in responses if p == "FAVOURABLE"]
                        + [-w for _, w, p in responses if p == "UNFAVOURABLE"])
    out["net"] = hexes(min(max(100 * net_sum / big_w, -100.0), 100.0))
    nps = 100 * (f / big_w - u / big_w)
    out["nps"] = hexes(nps)
    if n >= 2:
        se = linearised([s - mean for s, _, _ in responses])
        t = student.ppf((1 + CONFIDENCE) / 2, n - 1)
        out["t"] = hexes(t)
        out["se"] = hexes(se)
        half = t * se
        out["meanInterval"] = [hexes(x) for x in clip(mean - half, mean + half, 0.0, 100.0)]
        nps_se = linearised([NPS_VALUE[p] - nps for _, _, p in responses])
        out["npsSe"] = hexes(nps_se)
        half = z * nps_se
        out["npsInterval"] = [hexes(x) for x in clip(nps - half, nps + half, -100.0, 100.0)]
    return out


def score(rng):
    kind = rng.random()
    if kind < 0.4:
        points = rng.choice((4, 5, 7, 10))
        return 100 * rng.randint(0, points) / points
    if kind < 0.55:
        return rng.choice((0.0, 100.0))
    return rng.uniform(0, 100)


def weight(rng):
    kind = rng.random()
    if kind < 0.15:
        return 1.0
    if kind < 0.2:
        return 0.0
    return rng.uniform(0.05, 6.0)


def random_terms(rng):
    terms = []
    for _ in range(rng.randint(1, 8)):
        terms.append((score(rng), weight(rng), rng.randint(1, 40), rng.choice(POLARITIES)))
    return terms


FIXED = [
    ("one response", [(75.0, 1.7, 1, "FAVOURABLE")]),
    ("every weight 1", [(50.0, 1.0, 1, "NEUTRAL"), (75.0, 1.0, 2, "FAVOURABLE"),
                        (100.0, 1.0, 1, "FAVOURABLE")]),
    ("every weight 0", [(50.0, 0.0, 3, "NEUTRAL"), (100.0, 0.0, 2, "FAVOURABLE")]),
    ("one score", [(62.5, 0.3, 4, "NEUTRAL"), (62.5, 2.9, 7, "NEUTRAL")]),
    ("all favourable", [(100.0, 0.7, 3, "FAVOURABLE"), (90.0, 1.3, 5, "FAVOURABLE")]),
    ("none favourable", [(0.0, 0.7, 3, "UNFAVOURABLE"), (10.0, 1.3, 5, "NEUTRAL")]),
    ("a zero weight", [(20.0, 0.0, 3, "UNFAVOURABLE"), (80.0, 1.1, 2, "FAVOURABLE"),
                       (40.0, 0.9, 2, "NEUTRAL")]),
]


def main():
    rng = random.Random(20260321)
    cases = list(FIXED) + [("random %d" % i, random_terms(rng)) for i in range(100)]
    for name, terms in cases:
        case = {"name": name,
                "terms": [[hexes(s), hexes(w), count, p] for s, w, count, p in terms]}
        case.update(statistics(terms))
        print(json.dumps(case))


if __name__ == "__main__":
    main()
