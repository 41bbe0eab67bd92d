import math
import random as rnd
from math import sqrt, pi as PI
import numpy as np
from numpy import zeros
import numpy

print(math.floor(2.7), sqrt(16.0), PI == math.pi)
print(type(rnd.random()).__name__)
print(zeros(2), np.ones(1), numpy.array([1]) + np.array([2]))
print(np.pi == math.pi, np.inf, np.nan)
from math import *
print(floor(-0.5), ceil(-0.5))
