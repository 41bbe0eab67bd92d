import numpy as np

print("never printed: the file does not compile")

def relu(x)
    return np.maximum(0, x)

print(relu(np.array([-1.0, 2.0])))
