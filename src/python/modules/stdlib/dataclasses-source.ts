// The body of 'dataclasses': @dataclass (init, repr, eq, order, frozen, __post_init__),
// field(default=, default_factory=, init=, repr=, compare=), fields, asdict, astuple, replace,
// is_dataclass - CPython 3.11's behaviour and error texts, generated methods being closures over
// the fields (no exec). The fields come from the class's __annotations__.
export const DATACLASSES_SOURCE = `import copy as _copy
from collections import _check_arguments, _missing_arguments


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._classvar = False

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},'
                f'hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},_field_type=_FIELD)')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith('ClassVar') or annotation.startswith('typing.ClassVar')
    return repr(annotation).startswith('typing.ClassVar')


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _make_init(qualname, all_fields, frozen):
    init_fields = [f for f in all_fields if f.init]
    names = [f.name for f in init_fields]
    required = sum(1 for f in init_fields if not _has_default(f))

    def __init__(self, *args, **kwargs):
        _check_arguments(f'{qualname}.__init__', names, required, args, kwargs)
        values = {}
        missing = []
        for i, f in enumerate(init_fields):
            if i < len(args):
                values[f.name] = args[i]
            elif f.name in kwargs:
                values[f.name] = kwargs[f.name]
            elif f.default is not MISSING:
                values[f.name] = f.default
            elif f.default_factory is not MISSING:
                values[f.name] = f.default_factory()
            else:
                missing.append(f.name)
        if missing:
            raise TypeError(f'{qualname}.__init__() {_missing_arguments(missing)}')
        for f in all_fields:
            if f.init:
                value = values[f.name]
            elif f.default is not MISSING:
                value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        post_init = getattr(self, '__post_init__', None)
        if post_init is not None:
            post_init()
    return __init__


def _make_repr(all_fields):
    shown = [f.name for f in all_fields if f.repr]

    def __repr__(self):
        return self.__class__.__qualname__ + '(' + ', '.join(f'{name}={getattr(self, name)!r}' for name in shown) + ')'
    return __repr__


def _compared(all_fields):
    names = [f.name for f in all_fields if f.compare]
    return lambda obj: tuple(getattr(obj, name) for name in names)


def _make_compare(key, op):
    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(key(self), key(other))
        return NotImplemented
    return compare


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen):
    fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    own = cls.__dict__
    annotations = own.get('__annotations__', {})
    for name, annotation in annotations.items():
        default = own.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = annotation
        if _is_classvar(annotation):
            continue
        if f.default is not MISSING and f.default.__class__.__hash__ is None:
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    seen_default = False
    for f in fields.values():
        if f.init:
            if _has_default(f):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    cls.__dataclass_fields__ = fields
    all_fields = list(fields.values())
    if init:
        cls.__init__ = _make_init(cls.__qualname__, all_fields, frozen)
    if repr:
        cls.__repr__ = _make_repr(all_fields)
    key = _compared(all_fields)
    if eq:
        cls.__eq__ = _make_compare(key, lambda a, b: a == b)
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        cls.__lt__ = _make_compare(key, lambda a, b: a < b)
        cls.__le__ = _make_compare(key, lambda a, b: a <= b)
        cls.__gt__ = _make_compare(key, lambda a, b: a > b)
        cls.__ge__ = _make_compare(key, lambda a, b: a >= b)
    if frozen:
        names = set(fields)

        def __setattr__(self, name, value):
            if type(self) is cls or name in names:
                raise FrozenInstanceError(f'cannot assign to field {name!r}')
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in names:
                raise FrozenInstanceError(f'cannot delete field {name!r}')
            object.__delattr__(self, name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    explicit_hash = '__hash__' in own and own['__hash__'] is not None
    if unsafe_hash or (eq and frozen and not explicit_hash):
        cls.__hash__ = lambda self: hash(key(self))
    elif eq and not explicit_hash:
        cls.__hash__ = None
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    if kw_only or slots:
        raise NotImplementedError('dataclass(kw_only=True) and dataclass(slots=True) are not supported by gradlens yet')

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen)
    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return any('__dataclass_fields__' in c.__dict__ for c in cls.__mro__)


def fields(class_or_instance):
    cls = class_or_instance if isinstance(class_or_instance, type) else type(class_or_instance)
    for c in cls.__mro__:
        found = c.__dict__.get('__dataclass_fields__')
        if found is not None:
            return tuple(found.values())
    raise TypeError('must be called with a dataclass type or instance')


def _is_instance(obj):
    return not isinstance(obj, type) and is_dataclass(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
`;
