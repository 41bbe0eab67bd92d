class Model:
    def __init__(self):
        self.weights = [0.5, -0.25]

    def predict(self, x):
        return sum(w * xi for w, xi in zip(self.weights, x)) + self.bias

m = Model()
print(m.weights)
print(m.predict([1, 2]))
