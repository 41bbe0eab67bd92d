// The body of `typing`: the names annotations and type aliases use, subscriptable, with CPython
// 3.11's reprs (typing.List[int], typing.Optional[int], ~T). Nothing checks types: gradlens, like
// CPython, runs annotated code as if the annotations were not there.
export const TYPING_SOURCE = `TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'NoneType'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    if isinstance(obj, tuple) and not obj:
        return '()'
    return repr(obj)


class _GenericAlias:
    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params if isinstance(params, tuple) else (params,), self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __repr__(self):
        return f'typing.{self._name}[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'


class _SpecialGeneric:
    def __init__(self, name, origin):
        self._name = name
        self.__origin__ = origin

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f'Type {self._name} cannot be instantiated; use {self._name.lower()}() instead')
        return self.__origin__(*args, **kwargs)

    def __repr__(self):
        return f'typing.{self._name}'


class _SpecialForm:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Optional':
            return _union(params + (type(None),))
        if self._name == 'Union':
            return _union(params)
        return _GenericAlias(None, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate typing.{self._name}')

    def __repr__(self):
        return f'typing.{self._name}'


def _union(params):
    flat = []
    for p in params:
        if p is None:
            p = type(None)
        if isinstance(p, _GenericAlias) and p._name in ('Union', 'Optional'):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and type(None) in flat:
        other = flat[0] if flat[1] is type(None) else flat[1]
        return _OptionalAlias(tuple(flat), other)
    return _GenericAlias(None, tuple(flat), 'Union')


class _OptionalAlias(_GenericAlias):
    def __init__(self, args, other):
        _GenericAlias.__init__(self, None, args, 'Union')
        self._other = other

    def __repr__(self):
        return f'typing.Optional[{_type_repr(self._other)}]'


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


class _AnyType:
    def __repr__(self):
        return 'typing.Any'


Any = _AnyType()
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
Literal = _SpecialForm('Literal')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
NoReturn = _SpecialForm('NoReturn')
List = _SpecialGeneric('List', list)
Dict = _SpecialGeneric('Dict', dict)
Set = _SpecialGeneric('Set', set)
FrozenSet = _SpecialGeneric('FrozenSet', frozenset)
Tuple = _SpecialGeneric('Tuple', tuple)
Type = _SpecialGeneric('Type', type)
Callable = _SpecialGeneric('Callable', None)
Iterable = _SpecialGeneric('Iterable', None)
Iterator = _SpecialGeneric('Iterator', None)
Generator = _SpecialGeneric('Generator', None)
Sequence = _SpecialGeneric('Sequence', None)
MutableSequence = _SpecialGeneric('MutableSequence', None)
Mapping = _SpecialGeneric('Mapping', None)
MutableMapping = _SpecialGeneric('MutableMapping', None)
Collection = _SpecialGeneric('Collection', None)
Container = _SpecialGeneric('Container', None)
Hashable = _SpecialGeneric('Hashable', None)
Sized = _SpecialGeneric('Sized', None)


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def no_type_check(arg):
    return arg


def get_type_hints(obj):
    return {}
`;
