# np.nan_to_num: NaN to 0 (or nan=), infinities to the dtype's largest finite values (or posinf=/neginf=).
import numpy as np

print(np.nan_to_num(np.array([np.nan, np.inf, -np.inf, 1.5])))
print(np.nan_to_num(np.array([np.nan, np.inf], np.float32)), np.nan_to_num(np.array([1, 2])))
print(np.nan_to_num(np.nan), repr(np.nan_to_num(np.inf)), repr(np.nan_to_num(3)))
print(np.nan_to_num(np.array([np.nan, np.inf, -np.inf]), nan=-1.0, posinf=9.0, neginf=-9.0))
print(repr(np.nan_to_num(np.float64("nan"))), repr(np.nan_to_num([1.0, np.nan])))
logs = np.log(np.array([1.0, 0.0, 2.0]) + 0.0)
print(logs, np.nan_to_num(logs), np.nan_to_num(logs).sum())
print(np.nan_to_num(np.array([[np.nan, 2.0], [3.0, -np.inf]]), neginf=0.0))
