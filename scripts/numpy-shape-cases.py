#!/usr/bin/env python3
"""Writes test/fixtures/numpy-shape-cases.json: what numpy 2.x returns (shape, dtype, values) or
raises (class, message) for reshape, transpose, broadcast_to, squeeze, expand_dims,
concatenate, stack and pad. Input k of a case is np.arange(size).reshape(shape).astype(dtype)
+ 100 * k, so every element says where it came from.

Run from the repository root: python3 scripts/numpy-shape-cases.py
"""
import json
import sys

import numpy as np


def make(k, shape, dtype="float64"):
    n = int(np.prod(shape))
    return (np.arange(n, dtype=np.float64).reshape(shape) + 100 * k).astype(dtype)


# (name, op, inputs as [shape, dtype], args). args are the op's arguments after the array(s).
CASES = [
    ("reshape to 2-d", "reshape", [[(12,)]], {"shape": [3, 4]}),
    ("reshape with -1", "reshape", [[(3, 4)]], {"shape": [2, -1]}),
    ("reshape -1 first", "reshape", [[(3, 4)]], {"shape": [-1, 6]}),
    ("reshape to 0-d", "reshape", [[(1, 1)]], {"shape": []}),
    ("reshape 0-d to 1-d", "reshape", [[()]], {"shape": [1]}),
    ("reshape empty with -1", "reshape", [[(0, 3)]], {"shape": [-1, 3]}),
    ("reshape keeps int dtype", "reshape", [[(2, 3), "int64"]], {"shape": [3, 2]}),
    ("reshape size mismatch", "reshape", [[(3, 4)]], {"shape": [5]}),
    ("reshape size mismatch 2-d", "reshape", [[(3, 4)]], {"shape": [5, 7]}),
    ("reshape -1 cannot divide", "reshape", [[(3, 4)]], {"shape": [5, -1]}),
    ("reshape -1 leading dropped in text", "reshape", [[(3, 4)]], {"shape": [-1, 5]}),
    ("reshape -1 in the middle", "reshape", [[(3, 4)]], {"shape": [2, -1, 5]}),
    ("reshape -1 with zero side", "reshape", [[(3, 4)]], {"shape": [0, -1]}),
    ("reshape two unknowns", "reshape", [[(3, 4)]], {"shape": [-1, -1]}),
    ("reshape to () from 12", "reshape", [[(3, 4)]], {"shape": []}),
    ("transpose default", "transpose", [[(2, 3, 4)]], {"axes": None}),
    ("transpose axes", "transpose", [[(2, 3, 4)]], {"axes": [1, 2, 0]}),
    ("transpose negative axes", "transpose", [[(2, 3, 4)]], {"axes": [0, -1, 1]}),
    ("transpose 1-d", "transpose", [[(5,)]], {"axes": None}),
    ("transpose 0-d", "transpose", [[()]], {"axes": None}),
    ("transpose wrong length", "transpose", [[(3, 4)]], {"axes": [0]}),
    ("transpose repeated", "transpose", [[(3, 4)]], {"axes": [0, 0]}),
    ("transpose out of range", "transpose", [[(3, 4)]], {"axes": [0, 2]}),
    ("broadcast_to", "broadcast_to", [[(3, 1)]], {"shape": [2, 3, 4]}),
    ("broadcast_to same", "broadcast_to", [[(3, 4)]], {"shape": [3, 4]}),
    ("broadcast_to from 0-d", "broadcast_to", [[()]], {"shape": [2, 2]}),
    ("broadcast_to to 0-d", "broadcast_to", [[()]], {"shape": []}),
    ("broadcast_to fewer dims", "broadcast_to", [[(3, 4)]], {"shape": [4]}),
    ("broadcast_to incompatible", "broadcast_to", [[(3, 4)]], {"shape": [3, 1]}),
    ("broadcast_to incompatible 3-d", "broadcast_to", [[(3, 4)]], {"shape": [2, 1, 4]}),
    ("broadcast_to negative", "broadcast_to", [[(3, 4)]], {"shape": [-1, 4]}),
    ("squeeze all", "squeeze", [[(1, 3, 1, 2, 1)]], {"axis": None}),
    ("squeeze one", "squeeze", [[(1, 3, 1)]], {"axis": 0}),
    ("squeeze tuple negative", "squeeze", [[(1, 3, 1)]], {"axis": [0, -1]}),
    ("squeeze to 0-d", "squeeze", [[(1, 1)]], {"axis": None}),
    ("squeeze non-1 axis", "squeeze", [[(3, 4)]], {"axis": 0}),
    ("squeeze out of range", "squeeze", [[(1, 4)]], {"axis": 5}),
    ("squeeze duplicate", "squeeze", [[(1, 1)]], {"axis": [0, 0]}),
    ("expand_dims front", "expand_dims", [[(3, 4)]], {"axis": 0}),
    ("expand_dims end", "expand_dims", [[(3, 4)]], {"axis": -1}),
    ("expand_dims tuple", "expand_dims", [[(3, 4)]], {"axis": [-1, 0]}),
    ("expand_dims tuple middle", "expand_dims", [[(3, 4)]], {"axis": [-1, 2]}),
    ("expand_dims 0-d", "expand_dims", [[()]], {"axis": 0}),
    ("expand_dims out of range", "expand_dims", [[(3, 4)]], {"axis": 5}),
    ("expand_dims repeated", "expand_dims", [[(3, 4)]], {"axis": [0, 0]}),
    ("expand_dims tuple out of range", "expand_dims", [[(3, 4)]], {"axis": [0, 4]}),
    ("concatenate axis 0", "concatenate", [[(2, 3)], [(1, 3)]], {"axis": 0}),
    ("concatenate axis 1", "concatenate", [[(2, 3)], [(2, 1)], [(2, 2)]], {"axis": 1}),
    ("concatenate axis -1 3-d", "concatenate", [[(2, 2, 1)], [(2, 2, 3)]], {"axis": -1}),
    ("concatenate one", "concatenate", [[(2, 3)]], {"axis": 0}),
    ("concatenate flat", "concatenate", [[(2, 3)], [(2,)], [()]], {"axis": None}),
    ("concatenate int + float32", "concatenate", [[(2,), "int64"], [(2,), "float32"]], {"axis": 0}),
    ("concatenate int + bool", "concatenate", [[(2,), "int64"], [(2,), "bool"]], {"axis": 0}),
    ("concatenate bool + float32", "concatenate", [[(2,), "bool"], [(2,), "float32"]], {"axis": 0}),
    ("concatenate empty piece", "concatenate", [[(0, 3)], [(2, 3)]], {"axis": 0}),
    ("concatenate side mismatch", "concatenate", [[(3, 4)], [(3, 3)]], {"axis": 0}),
    ("concatenate side mismatch dim 0", "concatenate", [[(3, 4)], [(4, 4)]], {"axis": 1}),
    ("concatenate third mismatch", "concatenate", [[(3, 4)], [(1, 4)], [(2, 5)]], {"axis": 0}),
    ("concatenate ndim mismatch", "concatenate", [[(3, 4)], [(3,)]], {"axis": 1}),
    ("concatenate with 0-d", "concatenate", [[(3, 4)], [()]], {"axis": 0}),
    ("concatenate 0-d first", "concatenate", [[()], [(3,)]], {"axis": 0}),
    ("concatenate nothing", "concatenate", [], {"axis": 0}),
    ("concatenate bad axis", "concatenate", [[(3, 4)]], {"axis": 2}),
    ("concatenate bad negative axis", "concatenate", [[(3, 4)], [(3, 4)]], {"axis": -3}),
    ("stack", "stack", [[(2, 3)], [(2, 3)]], {"axis": 0}),
    ("stack axis 1", "stack", [[(2, 3)], [(2, 3)], [(2, 3)]], {"axis": 1}),
    ("stack axis -1", "stack", [[(3, 4)], [(3, 4)]], {"axis": -1}),
    ("stack 0-d", "stack", [[()], [()]], {"axis": 0}),
    ("stack dtypes", "stack", [[(2,), "int64"], [(2,), "float64"]], {"axis": 0}),
    ("stack shape mismatch", "stack", [[(3, 4)], [(3,)]], {"axis": 0}),
    ("stack nothing", "stack", [], {"axis": 0}),
    ("stack bad axis", "stack", [[(3, 4)]], {"axis": 3}),
    ("stack bad negative axis", "stack", [[(3, 4)], [(3, 4)]], {"axis": -4}),
    ("pad 1-d", "pad", [[(3,)]], {"pad_width": [[1, 2]], "value": 0}),
    ("pad 2-d", "pad", [[(2, 3)]], {"pad_width": [[1, 0], [2, 1]], "value": -1}),
    ("pad one pair for all axes", "pad", [[(2, 2)]], {"pad_width": [[1, 1]], "value": 9}),
    ("pad nothing", "pad", [[(2, 2)]], {"pad_width": [[0, 0], [0, 0]], "value": 0}),
    ("pad int with float value truncates", "pad", [[(3,), "int64"]], {"pad_width": [[1, 2]], "value": 1.7}),
    ("pad 0-d", "pad", [[()]], {"pad_width": [[1, 2]], "value": 0}),
    ("pad too many pairs", "pad", [[(3, 4)]], {"pad_width": [[1, 2], [1, 1], [1, 1]], "value": 0}),
    ("pad negative", "pad", [[(3, 4)]], {"pad_width": [[-1, 2], [1, 1]], "value": 0}),
]


def run(op, arrays, args):
    if op == "reshape":
        return arrays[0].reshape(tuple(args["shape"]))
    if op == "transpose":
        return np.transpose(arrays[0], None if args["axes"] is None else tuple(args["axes"]))
    if op == "broadcast_to":
        return np.broadcast_to(arrays[0], tuple(args["shape"]))
    if op == "squeeze":
        ax = args["axis"]
        return np.squeeze(arrays[0], tuple(ax) if isinstance(ax, list) else ax)
    if op == "expand_dims":
        ax = args["axis"]
        return np.expand_dims(arrays[0], tuple(ax) if isinstance(ax, list) else ax)
    if op == "concatenate":
        return np.concatenate(arrays, axis=args["axis"])
    if op == "stack":
        return np.stack(arrays, axis=args["axis"])
    if op == "pad":
        return np.pad(arrays[0], [tuple(p) for p in args["pad_width"]], constant_values=args["value"])
    raise ValueError(op)


def main():
    cases = []
    for name, op, inputs, args in CASES:
        specs = [(tuple(i[0]), i[1] if len(i) > 1 else "float64") for i in inputs]
        arrays = [make(k, s, d) for k, (s, d) in enumerate(specs)]
        case = {"name": name, "op": op, "inputs": [{"shape": list(s), "dtype": d} for s, d in specs], "args": args}
        try:
            r = np.asarray(run(op, arrays, args))
            case["result"] = {"shape": list(r.shape), "dtype": str(r.dtype), "values": [float(v) for v in r.ravel()]}
        except Exception as e:  # noqa: BLE001 - the error is the expected outcome
            case["error"] = {"type": type(e).__name__, "message": str(e)}
        cases.append(case)
    out = {"generator": "scripts/numpy-shape-cases.py", "numpy": np.__version__, "python": sys.version.split()[0],
           "cases": cases}
    with open("test/fixtures/numpy-shape-cases.json", "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(f"{len(cases)} cases ({sum('error' in c for c in cases)} errors)")


if __name__ == "__main__":
    main()
