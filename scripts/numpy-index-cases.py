#!/usr/bin/env python3
"""Writes test/fixtures/numpy-index-cases.json: what numpy 2.x does for x[idx] (gather),
x[idx] = v (scatter) and np.add.at(x, idx, v), for a table of hand-picked cases and a seeded
set of random ones. x is np.arange(size).reshape(shape) (float64 unless a case says otherwise),
so a gathered value is also the flat position it was read from.

Run from the repository root: python3 scripts/numpy-index-cases.py
"""
import json
import random
import sys

import numpy as np

E = Ellipsis
N = None


def A(values, dtype=np.int64):
    return np.array(values, dtype=dtype)


def B(values):
    return np.array(values, dtype=bool)


def S(start=None, stop=None, step=None):
    return slice(start, stop, step)


def describe_item(it):
    if it is E:
        return {"kind": "ellipsis"}
    if it is None:
        return {"kind": "newaxis"}
    if isinstance(it, slice):
        return {"kind": "slice", "start": it.start, "stop": it.stop, "step": it.step}
    if isinstance(it, np.bool_):
        it = np.array(it)
    if isinstance(it, np.ndarray):
        return {"kind": "array", "dtype": str(it.dtype), "shape": list(it.shape),
                "values": [float(v) for v in it.ravel()]}
    if isinstance(it, (int, np.integer)):
        return {"kind": "int", "index": int(it)}
    raise TypeError(it)


def describe_array(a):
    return {"dtype": str(a.dtype), "shape": list(a.shape), "values": [float(v) for v in np.ravel(a)]}


def make_x(shape, dtype="float64"):
    return np.arange(int(np.prod(shape)), dtype=np.float64).reshape(shape).astype(dtype)


def outcome(fn):
    try:
        r = np.asarray(fn())
        return {"result": describe_array(r)}
    except Exception as e:  # noqa: BLE001 - the error is the expected outcome
        return {"error": {"type": type(e).__name__, "message": str(e)}}


def gather_case(name, shape, items):
    x = make_x(shape)
    return {"name": name, "shape": list(shape), "items": [describe_item(i) for i in items],
            **outcome(lambda: x[tuple(items)])}


def scatter_case(name, shape, items, v, dtype="float64"):
    def run():
        x = make_x(shape, dtype)
        x[tuple(items)] = v
        return x
    return {"name": name, "shape": list(shape), "dtype": dtype, "items": [describe_item(i) for i in items],
            "value": describe_array(np.asarray(v)), **outcome(run)}


def add_at_case(name, shape, items, v, dtype="float64"):
    def run():
        x = make_x(shape, dtype)
        np.add.at(x, tuple(items), v)
        return x
    return {"name": name, "shape": list(shape), "dtype": dtype, "items": [describe_item(i) for i in items],
            "value": describe_array(np.asarray(v)), **outcome(run)}


GATHER = [
    # basic
    ("int", (3, 4), [1]),
    ("negative int", (3, 4), [-1]),
    ("two ints", (3, 4), [2, -3]),
    ("full slice", (3, 4), [S()]),
    ("column", (3, 4), [S(), 1]),
    ("slice range", (5,), [S(1, 4)]),
    ("slice step", (7,), [S(None, None, 2)]),
    ("negative step reverses", (5,), [S(None, None, -1)]),
    ("negative step with bounds", (7,), [S(5, 1, -2)]),
    ("negative start/stop", (6,), [S(-4, -1)]),
    ("out-of-range slice clamps", (4,), [S(-10, 10)]),
    ("empty slice", (4,), [S(3, 1)]),
    ("empty negative-step slice", (4,), [S(1, 3, -1)]),
    ("2-d reversed both", (3, 4), [S(None, None, -1), S(None, None, -2)]),
    ("newaxis front", (3, 4), [N]),
    ("newaxis middle", (3, 4), [S(), N, S()]),
    ("newaxis end via ellipsis", (3, 4), [E, N]),
    ("ellipsis alone", (2, 3, 4), [E]),
    ("ellipsis then int", (2, 3, 4), [E, 1]),
    ("int ellipsis int", (2, 3, 4), [1, E, 2]),
    ("ellipsis fills nothing", (3, 4), [1, 2, E]),
    ("empty index", (3, 4), []),
    ("0-d array, empty index", (), []),
    ("0-d array, newaxis", (), [N]),
    ("0-d array, ellipsis", (), [E]),
    ("zero-size axis", (0, 3), [S(), 1]),
    # integer arrays
    ("int array", (5,), [A([4, 0, 2])]),
    ("negative int array", (5,), [A([-1, -5])]),
    ("repeated int array", (4,), [A([1, 1, 1])]),
    ("2-d int array", (5,), [A([[0, 1], [2, 3]])]),
    ("int array on rows", (3, 4), [A([2, 0])]),
    ("int array on columns", (3, 4), [S(), A([3, 0, 3])]),
    ("paired int arrays", (3, 4), [A([0, 1, 2]), A([3, 2, 1])]),
    ("probs[range(N), y]", (4, 3), [A([0, 1, 2, 3]), A([2, 0, 1, 1])]),
    ("broadcast int arrays", (3, 4), [A([[0], [2]]), A([1, 2, 3])]),
    ("int array with scalar int", (3, 4), [A([0, 2]), 1]),
    ("scalar int with int array", (3, 4), [1, A([0, 2])]),
    ("empty int array", (3, 4), [A([], np.int64)]),
    ("0-d int array acts as int", (3, 4), [A(1)]),
    ("int arrays on 3-d, adjacent", (2, 3, 4), [S(), A([0, 2]), A([1, 3])]),
    # separated advanced indices: their dims go to the front
    ("separated by slice", (2, 3, 4), [A([0, 1]), S(), A([1, 3])]),
    ("int and array separated", (2, 3, 4), [0, S(), A([0, 1, 3])]),
    ("array and int separated", (2, 3, 4), [A([1, 0]), S(), 2]),
    ("separated by newaxis", (2, 3, 4), [A([0, 1]), N, 0]),
    ("newaxis before adjacent", (2, 3, 4), [N, A([0, 1]), 0]),
    ("separated by empty ellipsis", (2, 3, 4), [S(), A([0, 1, 2]), E, A([0, 1, 2])]),
    ("0-d int array separated", (2, 3, 4), [A(1), S(), A([0, 1])]),
    ("2-d arrays separated", (2, 3, 4), [A([[0, 1]]), S(1, 3), A([[0], [3]])]),
    # boolean masks
    ("1-d mask", (4,), [B([True, False, True, True])]),
    ("all-false mask", (3,), [B([False, False, False])]),
    ("row mask", (3, 4), [B([True, False, True])]),
    ("column mask", (3, 4), [S(), B([False, True, True, False])]),
    ("full 2-d mask", (3, 4), [np.arange(12).reshape(3, 4) % 3 == 0]),
    ("2-d mask on leading axes", (2, 3, 4), [B([[True, False, True], [False, False, True]])]),
    ("2-d mask on trailing axes", (2, 3, 4), [S(), np.arange(12).reshape(3, 4) % 5 == 1]),
    ("mask with int array", (3, 4), [B([True, False, True]), A([1, 3])]),
    ("mask broadcast with length-1 array", (3, 4), [B([False, True, True]), A([2])]),
    ("0-d True", (3, 4), [np.True_]),
    ("0-d False", (3, 4), [np.False_]),
    ("0-d True after slice", (3, 4), [S(), np.True_]),
    ("0-d True with int array", (3, 4), [np.True_, A([0, 2])]),
    ("0-d True at end", (3, 4), [E, np.True_]),
    ("mask, slice, array separated", (2, 3, 4), [B([True, True]), S(), A([0, 3])]),
    # mixed
    ("mixed slice, array, newaxis", (3, 4, 5), [S(None, None, -1), A([0, 2]), N, S(1, None, 2)]),
    ("ellipsis with arrays", (2, 3, 4), [E, A([0, 3, 1])]),
    ("int, ellipsis, mask", (2, 3, 4), [1, E, B([True, False, False, True])]),
    # errors
    ("int out of bounds", (3,), [5]),
    ("negative int out of bounds", (3,), [-4]),
    ("too many indices", (3,), [0, 1]),
    ("too many with newaxis not counted", (3, 4), [E, N, 0, 0, 0]),
    ("too many on 0-d", (), [0]),
    ("mask length mismatch", (3,), [B([True, False])]),
    ("mask mismatch on second axis", (3, 4), [S(), B([True, True])]),
    ("mask mismatch before int bounds", (3, 4), [5, B([True, False])]),
    ("broadcast mismatch", (3, 4), [A([0, 1]), A([0, 1, 2])]),
    ("broadcast mismatch lists masks", (2, 3, 4), [np.True_, A([0, 1]), A([0, 1, 2])]),
    ("int bounds before broadcast mismatch", (2, 3, 4), [A([0, 1]), A([0, 1, 2]), 9]),
    ("broadcast mismatch before array bounds", (2, 3, 4), [A([0, 9]), A([0, 1, 2])]),
    ("empty broadcast block skips array bounds", (3, 3), [A([5]), A([], np.int64)]),
    ("empty slice does not skip array bounds", (3, 4), [A([5]), S(0, 0)]),
    ("int bounds before array bounds", (2, 3, 4), [A([5]), 9]),
    ("array out of bounds", (3, 4), [S(), A([5])]),
    ("negative array out of bounds", (3, 4), [A([0, -4])]),
    ("two ellipses", (3,), [E, E]),
    ("float array", (3,), [np.array([1.0])]),
    ("float array before ellipsis error", (3, 4), [np.array([1.0]), E, E]),
    ("ellipsis error before too many", (3,), [0, 0, E, E]),
    ("zero step", (3,), [S(None, None, 0)]),
]

SCATTER = [
    ("int", (3, 4), [1], 7.0),
    ("row gets row", (3, 4), [0], A([10, 20, 30, 40], np.float64)),
    ("column gets scalar", (3, 4), [S(), 1], -1.0),
    ("column gets column", (3, 4), [S(), 2], A([7, 8, 9], np.float64)),
    ("slice broadcast", (3, 4), [S(0, 2)], A([1, 2, 3, 4], np.float64)),
    ("negative step", (5,), [S(None, None, -2)], A([1, 2, 3], np.float64)),
    ("leading ones dropped (basic)", (3, 4), [0], np.zeros((1, 1, 4))),
    ("leading ones dropped (fancy)", (3, 4), [A([0, 1])], np.zeros((1, 2, 4))),
    ("int array", (5,), [A([4, 0])], A([-1, -2], np.float64)),
    ("repeated index: last wins", (3, 4), [A([0, 0]), A([1, 1])], A([5, 7], np.float64)),
    ("repeated index with broadcast", (4,), [A([2, 2, 2])], A([1, 2, 3], np.float64)),
    ("separated advanced", (2, 3, 4), [A([0, 1]), S(), A([1, 3])], np.arange(6.0).reshape(2, 3) * -1),
    ("mask with scalar", (3, 4), [np.arange(12).reshape(3, 4) > 6], 0.0),
    ("mask with values", (3, 4), [np.arange(12).reshape(3, 4) > 8], A([-1, -2, -3], np.float64)),
    ("mask with one value", (3, 4), [np.arange(12).reshape(3, 4) > 8], A([-1], np.float64)),
    ("row mask", (3, 4), [B([True, False, True])], A([1, 2, 3, 4], np.float64)),
    ("mask inside tuple uses general path", (3, 4), [np.arange(12).reshape(3, 4) > 4, E], np.zeros((1, 7))),
    ("float into int array truncates", (5,), [A([0, 1, 2])], A([1.7, -2.7, 0.5], np.float64), "int64"),
    ("float into bool array", (3,), [A([0, 1])], A([0.5, 0.0], np.float64), "bool"),
    ("int into float32", (3,), [S()], A([1, 2, 3]), "float32"),
    ("float64 into float32 rounds", (2,), [0], 0.1, "float32"),
    ("0-d int arrays are a full integer index", (3, 4), [A(0), A(1)], 5.0),
    ("0-d x, empty index", (), [], 5.0),
    # errors
    ("fancy shape mismatch", (3,), [A([0, 1, 2])], A([1, 2], np.float64)),
    ("fancy extra non-1 dim", (3, 4), [A([0, 1])], np.zeros((2, 2, 4))),
    ("basic shape mismatch", (3, 4), [S(), 0], A([1, 2], np.float64)),
    ("basic too many dims", (3, 4), [S()], np.zeros((2, 3, 4))),
    ("basic mismatch keeps original shape", (3, 4), [0, S(None, 1)], np.zeros((2, 1))),
    ("full integer index needs a scalar", (3, 4), [0, 0], np.zeros(1)),
    ("full integer index, 2-d value", (3, 4), [0, 0], np.zeros((1, 1))),
    ("mask path needs <= 1-d", (3, 4), [np.arange(12).reshape(3, 4) > 4], np.zeros((1, 7))),
    ("mask path, wrong count", (3, 4), [np.arange(12).reshape(3, 4) > 4], np.zeros(3)),
    ("1-d mask path needs <= 1-d", (3,), [B([True, False, True])], np.zeros((1, 2))),
    ("index error first", (3,), [A([5])], 1.0),
]

ADD_AT = [
    ("repeated indices accumulate", (4,), [A([0, 0, 2, 0])], 1.0),
    ("repeated pairs", (3, 4), [A([0, 0, 1]), A([1, 1, 1])], A([1, 2, 4], np.float64)),
    ("rows", (3, 4), [A([2, 2])], A([1, 2, 3, 4], np.float64)),
    ("slice", (3, 4), [S(), 0], A([1, 2, 3], np.float64)),
    ("mask", (3, 4), [np.arange(12).reshape(3, 4) % 4 == 0], 1.0),
    ("scalar position", (3, 4), [1, 2], 10.0),
    ("int x, float v: each step truncates", (3,), [A([0, 1])], A([1.5, 2.0], np.float64), "int64"),
    ("int x, repeated fractional adds stay 0", (3,), [A([0, 0])], A([0.6, 0.6], np.float64), "int64"),
    ("bool x", (3,), [A([0, 1])], A([1, 0]), "bool"),
    ("float32 x rounds each step", (3,), [A([0, 0, 0])], A([0.1, 0.1, 0.1], np.float64), "float32"),
    ("separated advanced", (2, 3, 4), [A([0, 1, 0]), S(), A([1, 3, 1])], 1.0),
    # errors
    ("not broadcastable", (3,), [A([0, 1])], A([1, 2, 3], np.float64)),
    ("extra leading ones are not dropped", (3, 4), [S()], np.zeros((1, 3, 4))),
    ("index out of bounds", (3,), [A([5])], 1.0),
]


def random_item(rng, shape, axis, allow_ellipsis):
    """A random index item for x of `shape`, applied from `axis` on (may be invalid on purpose)."""
    side = shape[axis] if axis < len(shape) else 1
    kind = rng.choice(["int", "slice", "slice", "newaxis", "ellipsis", "intarray", "intarray", "bool"])
    if kind == "ellipsis" and allow_ellipsis:
        return E
    if kind == "int":
        return rng.randint(-side - 1, side)
    if kind == "newaxis":
        return None
    if kind == "intarray":
        ash = rng.choice([(2,), (3,), (1,), (2, 1), (1, 3), (2, 3), ()])
        return A(np.array([rng.randint(-side, side) for _ in range(int(np.prod(ash)))]).reshape(ash))
    if kind == "bool":
        k = rng.choice([0, 1, 1, 2])
        msh = tuple(shape[axis:axis + k]) if rng.random() < 0.9 else tuple(rng.randint(1, 3) for _ in range(k))
        return np.array([rng.random() < 0.5 for _ in range(int(np.prod(msh)))], dtype=bool).reshape(msh)
    pick = lambda: rng.choice([None, rng.randint(-side - 2, side + 2)])  # noqa: E731
    return S(pick(), pick(), rng.choice([None, None, 1, 2, -1, -2, 3]))


def random_index(rng, shape):
    items, axis = [], 0
    for _ in range(rng.randint(0, len(shape) + 1)):
        it = random_item(rng, shape, axis, allow_ellipsis=not any(i is E for i in items))
        items.append(it)
        if isinstance(it, np.ndarray) and it.dtype == bool:
            axis += it.ndim
        elif it is not None and it is not E:
            axis += 1
    return items


def random_shape(rng):
    return tuple(rng.randint(1, 4) for _ in range(rng.randint(1, 4)))


def random_value(rng, result_shape):
    choice = rng.random()
    if choice < 0.3:
        return -1.5
    if choice < 0.8 or not result_shape:
        sh = tuple(result_shape)
        # drop some leading axes or set some sides to 1: still broadcastable
        sh = sh[rng.randint(0, len(sh)):] if rng.random() < 0.5 else tuple(1 if rng.random() < 0.3 else d for d in sh)
    else:
        sh = tuple(result_shape[:-1]) + (result_shape[-1] + 1,)
    return -(np.arange(int(np.prod(sh)), dtype=np.float64) + 1).reshape(sh)


def main():
    rng = random.Random(20240611)
    gather = [gather_case(*c) for c in GATHER]
    scatter = [scatter_case(*c) for c in SCATTER]
    add_at = [add_at_case(*c) for c in ADD_AT]
    for k in range(400):
        shape = random_shape(rng)
        items = random_index(rng, shape)
        gather.append(gather_case(f"random {k}", shape, items))
        try:
            result_shape = make_x(shape)[tuple(items)].shape
        except Exception:  # noqa: BLE001
            continue
        if k % 2 == 0:
            v = random_value(rng, result_shape)
            scatter.append(scatter_case(f"random {k}", shape, items, v))
            add_at.append(add_at_case(f"random {k}", shape, items, v))
    out = {"generator": "scripts/numpy-index-cases.py", "numpy": np.__version__, "python": sys.version.split()[0],
           "gather": gather, "scatter": scatter, "addAt": add_at}
    with open("test/fixtures/numpy-index-cases.json", "w") as f:
        json.dump(out, f, indent=None, separators=(",", ":"))
        f.write("\n")
    errors = sum("error" in c for c in gather + scatter + add_at)
    print(f"{len(gather)} gather, {len(scatter)} scatter, {len(add_at)} add.at cases ({errors} errors)")


if __name__ == "__main__":
    main()
