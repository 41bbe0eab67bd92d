// The body of `micrograd.engine`, run by our interpreter (so every float op lands on the tape and
// `.backward()` is a Python-level call the analysis sees). It behaves like the public micrograd
// package's engine.py - `grad` starts as the int 0, numbers on either side of an operator are
// wrapped, subtraction/division/negation are built from +, * and **, the repr, ReLU's int 0 - plus
// the lecture's exp() and tanh(). The differential corpus (test/python/micrograd) is the judge. Its
// statements stand on the lines they have in the package's engine.py with the lecture's two methods
// after relu (the copy scripts/python-expected.py gives python3), so tracebacks name the same lines.
export const MICROGRAD_ENGINE_SOURCE = `import math  # for the lecture's exp() and tanh()

class Value:
    """A scalar node of the computation graph: its value (data), dL/dvalue (grad), its inputs."""

    def __init__(self, data, _children=(), _op=''):
        self.data = data
        self.grad = 0
        # how this node's gradient flows to its inputs; a leaf has nothing to pass on
        self._backward = lambda: None
        self._prev = set(_children)
        self._op = _op

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), '+')
        # add gate: the upstream gradient reaches both inputs unchanged
        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward

        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), '*')
        # mul gate: each input gets the upstream gradient times the other input
        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward

        return out

    def __pow__(self, other):
        assert isinstance(other, (int, float)), "only supporting int/float powers for now"
        out = Value(self.data**other, (self,), f'**{other}')

        def _backward():
            self.grad += (other * self.data**(other-1)) * out.grad
        out._backward = _backward

        return out

    def relu(self):
        out = Value(0 if self.data < 0 else self.data, (self,), 'ReLU')

        def _backward():
            self.grad += (out.data > 0) * out.grad
        out._backward = _backward

        return out

    # the lecture's exp() and tanh()
    def exp(self):
        x = self.data
        out = Value(math.exp(x), (self, ), 'exp')
        # d/dx e^x = e^x, which is out.data
        def _backward():
            self.grad += out.data * out.grad
        out._backward = _backward

        return out

    def tanh(self):
        x = self.data
        t = (math.exp(2*x) - 1)/(math.exp(2*x) + 1)
        out = Value(t, (self, ), 'tanh')

        def _backward():
            self.grad += (1 - t**2) * out.grad
        out._backward = _backward

        return out


    def backward(self):

        # every node after all of its inputs (depth-first)
        topo = []
        visited = set()
        def build_topo(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build_topo(child)
                topo.append(v)
        build_topo(self)

        # then the chain rule from the root back
        self.grad = 1
        for v in reversed(topo):
            v._backward()

    def __neg__(self):
        return self * -1

    def __radd__(self, other):
        return self + other

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return other + (-self)

    def __rmul__(self, other):
        return self * other

    def __truediv__(self, other):
        return self * other**-1

    def __rtruediv__(self, other):
        return other * self**-1

    def __repr__(self):
        return f"Value(data={self.data}, grad={self.grad})"
`;
