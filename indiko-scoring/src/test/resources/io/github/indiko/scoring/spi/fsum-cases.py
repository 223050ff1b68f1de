"""Writes fsum-cases.txt: lists of doubles and their sum by Python's math.fsum.

The build never runs this script; the cases it wrote are committed. To regenerate (the seed
fixes them):  python3 fsum-cases.py > fsum-cases.txt
"""
import math
import random
import sys

rng = random.Random(20260521)


def wide():
    return rng.choice([-1, 1]) * rng.random() * 10.0 ** rng.randint(-30, 30)


def halfway():
    # a large value and a tail exactly at, just below or just above half an ulp
    big = float(rng.randint(1, 2**53 - 1)) * 2.0 ** rng.randint(0, 40)
    half = math.ulp(big) / 2
    tail = rng.choice([half, -half, half * (1 + 2**-30), -half * (1 + 2**-30)])
    return [big, tail, rng.choice([0.0, 1e-300, -1e-300, half / 2**20, -half / 2**20])]


def cancelling():
    xs = [wide() for _ in range(rng.randint(1, 8))]
    return xs + [-x for x in xs] + [wide()] + [rng.choice([1e100, -1e100, 1e300, -1e300])] * 2


def weights():
    # products n * w, as raking sums them
    return [float(rng.randint(1, 500)) * rng.uniform(0.2, 5.0) for _ in range(rng.randint(1, 60))]


def subnormal():
    return [rng.choice([-1, 1]) * rng.randint(1, 2**40) * 2.0 ** -1074
            for _ in range(rng.randint(1, 10))] + [rng.choice([0.0, 1e-308, 2.0 ** -1022])]


CASES = [
    [], [0.0], [-0.0, -0.0], [1e-16, 1.0, 1e16], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100],
    [2.0 ** 53, 1.0, 1.0], [2.0 ** 53, 1.0, 2.0 ** -60],
    [1.0, 2.0 ** -53, 2.0 ** -106], [1.0, -(2.0 ** -54), -(2.0 ** -106)],
]
KINDS = [wide, halfway, cancelling, weights, subnormal]
for i in range(400):
    kind = KINDS[i % len(KINDS)]
    xs = kind() if kind in (halfway, cancelling, weights, subnormal) else [
        kind() for _ in range(rng.randint(1, 30))]
    rng.shuffle(xs)
    CASES.append(xs)

out = sys.stdout
out.write("# Python %s math.fsum; written by fsum-cases.py (its docstring says how to rerun it).\n"
          % sys.version.split()[0])
out.write("# One case a line: the sum, then the values, each as float.hex().\n")
for xs in CASES:
    out.write(" ".join([math.fsum(xs).hex()] + [x.hex() for x in xs]) + "\n")
