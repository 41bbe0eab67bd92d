import random
from micrograd.nn import MLP

random.seed(0)
model = MLP(2, [3, 1])
x = [2.0, -3.0]
out = model(x)
print(out)
hidden = model.layers[0](x)
print(hidden)
print([n.w for n in model.layers[0].neurons])
print(model([0.5, 0.25]).data, model([0, 0]))
layer2 = model.layers[1]
print(len(layer2.neurons), layer2.neurons[0].nonlin, model.layers[0].neurons[0].nonlin)
