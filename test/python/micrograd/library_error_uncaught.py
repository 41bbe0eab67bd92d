# An error raised inside micrograd's own code ends the program with the library's exception: the
# MLP given a bare number instead of a list fails in Neuron.__call__ (micrograd/nn.py), below
# frames of the user's file and of Layer/MLP.
import random
from micrograd.nn import MLP

random.seed(1)
model = MLP(2, [3, 1])
print(model)
print(model([1.0, -2.0]))
def predict(net, x):
    return net(x)
print(predict(model, 0.5))
