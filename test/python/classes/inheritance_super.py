class Layer:
    def __init__(self, name):
        self.name = name
        self.calls = 0

    def forward(self, x):
        self.calls += 1
        return x

    def describe(self):
        return f"{type(self).__name__}({self.name}) calls={self.calls}"

class Scale(Layer):
    def __init__(self, name, k):
        super().__init__(name)
        self.k = k

    def forward(self, x):
        return super().forward(x) * self.k

class Shift(Scale):
    def forward(self, x):
        return super().forward(x) + 1

layers = [Layer("id"), Scale("s", 3), Shift("t", 2)]
x = 1.5
for layer in layers:
    x = layer.forward(x)
    print(layer.describe(), x)
print(isinstance(layers[2], Layer), isinstance(layers[0], Scale), issubclass(Shift, Layer))
print([cls.__name__ for cls in Shift.__mro__])
