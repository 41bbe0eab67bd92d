# Annotations: evaluated and kept in __annotations__ in module and class bodies (in order, after
# the value is stored) and for a def's parameters at def time; never evaluated inside functions.
from typing import List, Optional


class Model:
    weights: List[float]
    bias: float = 0.5
    name = 'model'
    cache: Optional[dict] = None
    if False:
        never: int


class Sub(Model):
    pass


print(Model.__annotations__, Model.bias, 'weights' in Model.__dict__)
print(Sub.__annotations__, Model.__annotations__ is not Sub.__annotations__)
lr: float = 1e-3
steps: int
print(__annotations__, lr)


def train(x: float, *rest: int, scale: Optional[float] = None, **kw: dict) -> List[float]:
    local: NotDefinedInsideFunctions = x * 2
    return [local]


print(train(21.0), train.__annotations__, len.__name__, (lambda: 0).__annotations__)
try:
    def broken(x: undefined_name):
        pass
except NameError as e:
    print('NameError', e)
