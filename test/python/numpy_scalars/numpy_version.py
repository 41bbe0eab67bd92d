# np.__version__ is the numpy gradlens reproduces (the one this corpus's outputs come from).
import numpy as np

major, minor, patch = (int(p) for p in np.__version__.split("."))
print(major, minor >= 4, np.__version__ == "2.4.6")
print(type(np.__version__).__name__)
