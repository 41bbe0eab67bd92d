# numpy's bools are two singletons: np.True_ and np.False_.
import numpy as np

print(np.True_, np.False_, repr(np.True_), repr(np.False_))
print(type(np.True_), type(np.False_) is np.bool_)
m = np.array([1, 2, 3]) > 1
print(m[1] is np.True_, m[0] is np.False_, m[0] == np.False_)
print(np.bool_(1) is np.True_, np.bool_(0) is np.False_)
print(np.any(m) is np.True_, np.all(m) is np.False_)
print((m[1] & m[2]) is np.True_, not np.False_)
print(np.True_ + 1, np.True_ * 2.5, int(np.True_), float(np.False_))
print(bool(np.True_), np.True_ == True, np.isnan(1.0) is np.False_)
print([np.True_, np.False_], {np.True_: 'yes'})
