# typing names, __future__, builtins, keyword and time, imported as CS231n-style files import them.
from __future__ import print_function, division, absolute_import
from builtins import range, object
import time
import keyword
from typing import List, Dict, Tuple, Optional, Union, Any, Callable, TypeVar

T = TypeVar('T')
Vector = List[float]
def scale(v: Vector, k: float) -> Vector:
    return [k * x for x in v]
print(scale([1.0, 2.0], 2.0), Vector, Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...], Any, T, Callable[[int], str])
print(List[List[int]], Optional[Union[int, str]], Union[int], List)

print(7 / 2, keyword.iskeyword('def'), keyword.iskeyword('x'), len(keyword.kwlist))
t0 = time.time()
p0 = time.perf_counter()
time.sleep(0.5)
print(time.time() - t0 >= 0.5, time.perf_counter() - p0 >= 0.5, type(time.time()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError', e)
print(list(range(3)))
