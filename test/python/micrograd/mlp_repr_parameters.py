import random
from micrograd.engine import Value
from micrograd.nn import Neuron, Layer, MLP

random.seed(1337)
n = Neuron(3)
print(n, n.w, n.b)
print(Neuron(2, nonlin=False), len(n.parameters()))
layer = Layer(2, 3)
print(layer, len(layer.parameters()))
model = MLP(3, [4, 4, 1])
print(model)
params = model.parameters()
print("number of parameters", len(params))
print(params[0], params[-1])
print([p.grad for p in params[:3]], sum(1 for p in params if p.data == 0))
