"""An independent implementation of analysis.md §A3 (Weights), written from the specification
alone, and the cases it writes to raking-reference.jsonl for RakingTest.

The build never runs this script; its output is committed. To rerun it (the seed fixes the
cases), from this folder:  python3 raking-reference.py > raking-reference.jsonl

Unlike Raking.java, it works response by response where the specification speaks of responses
(the design summaries sum one term per response) and value by value within a key.
"""
import itertools
import json
import math
import random
import sys

MAX_CYCLES = 1000
TOLERANCE = 1e-10


def rake(keys, cells, unweighted):
    """keys: [(name, [values], [shares])]; cells: [(positions tuple, count ≥ 1)], in declared
    order, one for each combination of values that has responses."""
    n_r = sum(count for _, count in cells)
    n = n_r + unweighted
    w = [1.0] * len(cells)

    def s(k, v):
        return math.fsum(float(count) * w[c]
                         for c, (positions, count) in enumerate(cells) if positions[k] == v)

    def unweighted_result(status, key=None, value=None):
        return {"status": status, "cycles": None, "weights": [1.0] * len(cells),
                "weightedResponses": n_r, "unweightedResponses": unweighted,
                "nEffective": float(n), "designEffect": 1.0, "key": key, "value": value}

    if n_r == 0:
        return unweighted_result("none")
    for k, (name, values, shares) in enumerate(keys):
        for v, value in enumerate(values):
            if shares[v] > 0 and s(k, v) == 0:
                return unweighted_result("empty_cell", name, value)
    for cycle in range(1, MAX_CYCLES + 1):
        for k, (_, values, shares) in enumerate(keys):
            for v in range(len(values)):
                s_v = s(k, v)
                if s_v > 0:
                    factor = (shares[v] * n_r) / s_v
                    for c, (positions, _) in enumerate(cells):
                        if positions[k] == v:
                            w[c] = w[c] * factor
        if all(abs(s(k, v) / n_r - shares[v]) <= TOLERANCE
               for k, (_, values, shares) in enumerate(keys) for v in range(len(values))):
            every = [1.0] * unweighted
            for c, (_, count) in enumerate(cells):
                every += [w[c]] * count
            total = math.fsum(every)
            squares = math.fsum(x * x for x in every)
            return {"status": "weighted", "cycles": cycle, "weights": list(w),
                    "weightedResponses": n_r, "unweightedResponses": unweighted,
                    "nEffective": (total * total) / squares,
                    "designEffect": (float(n) * squares) / (total * total),
                    "key": None, "value": None}
    return unweighted_result("not_converged")


def shares_of(rng, size, zero=False):
    raw = [rng.uniform(0.05, 1.0) for _ in range(size)]
    if zero:
        raw[rng.randrange(size)] = 0.0
    total = math.fsum(raw)
    shares = [x / total for x in raw]
    assert abs(math.fsum(shares) - 1) <= 1e-9
    return shares


def random_case(rng, index):
    sizes = [rng.randint(2, 5) for _ in range(rng.randint(1, 3))]
    keys = [("k%d" % k, ["v%d" % v for v in range(size)],
             shares_of(rng, size, zero=rng.random() < 0.1)) for k, size in enumerate(sizes)]
    cells = []
    for positions in itertools.product(*[range(size) for size in sizes]):
        if rng.random() < 0.9:
            cells.append((positions, rng.randint(1, 400)))
    return "random-%03d" % index, keys, cells, rng.randint(0, 50)


def fixed_cases():
    age = ("age", ["16-34", "35-64", "65+"], [0.28, 0.49, 0.23])
    sex = ("sex", ["f", "m"], [0.52, 0.48])
    yield "spec-example", [age, sex], [((0, 0), 30), ((0, 1), 25), ((1, 0), 80), ((1, 1), 60),
                                       ((2, 0), 40), ((2, 1), 15)], 12
    yield "post-stratification", [age], [((0,), 30), ((1,), 140), ((2,), 55)], 4
    yield "empty-cell", [age, sex], [((0, 0), 30), ((0, 1), 25), ((2, 0), 40), ((2, 1), 15)], 0
    yield "none", [age, sex], [], 17
    yield "not-converged", [("a", ["a1", "a2"], [0.5, 0.5]), ("b", ["b1", "b2"], [0.3, 0.7])], \
        [((0, 0), 10), ((1, 1), 10)], 0
    yield "zero-share-with-responses", [("a", ["a1", "a2", "a3"], [0.6, 0.4, 0.0]), sex], \
        [((0, 0), 10), ((0, 1), 5), ((1, 0), 7), ((1, 1), 9), ((2, 0), 4)], 1


def hexed(x):
    return None if x is None else x.hex()


def main():
    rng = random.Random(20260521)
    cases = list(fixed_cases()) + [random_case(rng, i) for i in range(120)]
    out = sys.stdout
    for name, keys, cells, unweighted in cases:
        result = rake(keys, cells, unweighted)
        out.write(json.dumps({
            "name": name,
            "keys": [{"name": k, "values": values, "shares": [x.hex() for x in shares]}
                     for k, values, shares in keys],
            "cells": [{"positions": list(p), "count": count} for p, count in cells],
            "unweighted": unweighted,
            "status": result["status"], "cycles": result["cycles"],
            "weights": [x.hex() for x in result["weights"]],
            "weightedResponses": result["weightedResponses"],
            "unweightedResponses": result["unweightedResponses"],
            "nEffective": hexed(result["nEffective"]),
            "designEffect": hexed(result["designEffect"]),
            "key": result["key"], "value": result["value"]}) + "\n")


main()
