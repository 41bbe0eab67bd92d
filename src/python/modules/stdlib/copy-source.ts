// The body of 'copy': copy and deepcopy for containers, instances of Python classes (their
// attributes), numpy arrays (a new array) and torch tensors (detached clones keeping
// requires_grad, as torch's __deepcopy__ makes for leaves); __copy__ / __deepcopy__ when a class
// defines them.
export const COPY_SOURCE = `class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, type, range, type(len), type(lambda: 0), type(Ellipsis), type(NotImplemented), property)


def _array_like(x):
    module = getattr(type(x), '__module__', '')
    return module == 'numpy' or module == 'torch'


def _clone(x):
    if getattr(type(x), '__module__', '') == 'torch':
        y = x.detach().clone()
        if x.requires_grad:
            y.requires_grad_(True)
        return y
    return x.copy()


def copy(x):
    cls = type(x)
    if isinstance(x, _atomic) or cls is tuple or cls is frozenset:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if _array_like(x):
        return _clone(x)
    return _reconstruct(x, False, None)


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if isinstance(x, _atomic) or isinstance(x, type):
        return x
    copier = getattr(x, '__deepcopy__', None) if not isinstance(x, type) else None
    if copier is not None and not _array_like(x):
        y = copier(memo)
    elif _array_like(x):
        y = _clone(x)
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(x, y)):
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    else:
        y = _reconstruct(x, True, memo)
    memo[d] = y
    return y


def _reconstruct(x, deep, memo):
    cls = type(x)
    if isinstance(x, tuple):
        y = tuple.__new__(cls, tuple(deepcopy(a, memo) for a in x) if deep else tuple(x))
    else:
        try:
            y = object.__new__(cls)
        except TypeError:
            raise Error(f'un(deep)copyable object of type {cls}') from None
    if memo is not None:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state:
        for key, value in state.items():
            setattr(y, key, deepcopy(value, memo) if deep else value)
    if isinstance(x, list) and not isinstance(x, tuple):
        for a in x:
            y.append(deepcopy(a, memo) if deep else a)
    if isinstance(x, dict):
        for key, value in x.items():
            y[deepcopy(key, memo) if deep else key] = deepcopy(value, memo) if deep else value
    return y
`;
