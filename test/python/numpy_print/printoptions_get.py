import numpy as np

opts = np.get_printoptions()
print(opts)
print(list(opts.keys()))
opts["precision"] = 2
print(np.get_printoptions()["precision"], np.array([1.0 / 3]))
np.set_printoptions(precision=4, threshold=50, edgeitems=2, linewidth=60, suppress=True, nanstr="N", infstr="I", sign=" ", floatmode="fixed")
print(np.get_printoptions())
np.set_printoptions()
print(np.get_printoptions() == np.get_printoptions(), np.array([1.0 / 3, np.nan]))
np.set_printoptions(4, 20, 1, 40)
print(np.get_printoptions())
np.set_printoptions(edgeitems=3, infstr="inf", linewidth=75, nanstr="nan", precision=8, suppress=False, threshold=1000, sign="-", floatmode="maxprec")
print(np.get_printoptions())
print(np.array([1.0 / 3, np.nan]))
