// The body of `enum` (CPython 3.11's Enum): EnumType is a native metaclass (modules/enum.ts) whose
// methods are the functions below, installed on it; once a class of it is made, _make_members
// turns the class body's plain values into members (instances of the class with _name_ and
// _value_; a repeated value is an alias of the first member), auto() numbers them. Members are
// singletons compared by identity; the class iterates, indexes by name and calls by value.
// IntEnum, StrEnum and Flag (int and str subclasses) and the functional API are not provided.
export const ENUM_SOURCE = `import _gradlens_enum as _native
from _gradlens_enum import EnumType


class mappingproxy:
    __module__ = 'builtins'

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)


_auto_null = object()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(value):
    kind = type(value)
    return isinstance(value, (type(_is_dunder), classmethod, staticmethod, property)) or any(
        hasattr(kind, attr) for attr in ('__get__', '__set__', '__delete__'))


def _next_value(last_values):
    if not last_values:
        return 1
    last = last_values[-1]
    if all(not last < v for v in last_values):
        return last + 1
    _native.unsupported('auto() after values out of order')


def _make_members(cls, namespace):
    for base in cls.__mro__[1:]:
        if isinstance(base, EnumType) and base._member_names_:
            raise TypeError(f'<enum {cls.__name__!r}> cannot extend {base!r}')
    ignore = namespace.get('_ignore_', [])
    if isinstance(ignore, str):
        ignore = ignore.replace(',', ' ').split()
    names = []
    members = {}
    by_value = {}
    values = []
    private = '_' + cls.__name__ + '__'
    for name, value in namespace.items():
        if (_is_dunder(name) or _is_sunder(name) or name in ignore or name.startswith(private)
                or _is_descriptor(value)):
            continue
        if isinstance(value, auto):
            value = _next_value(values) if value.value is _auto_null else value.value
        values.append(value)
        member = object.__new__(cls)
        member._name_ = name
        member._value_ = value
        member.__init__(*(value if isinstance(value, tuple) else (value,)))
        canonical = None
        try:
            canonical = by_value.get(value)
        except TypeError:
            pass
        if canonical is None:
            for existing in members.values():
                if existing._value_ == value:
                    canonical = existing
                    break
        if canonical is None:
            canonical = member
            names.append(name)
            try:
                by_value[value] = member
            except TypeError:
                pass
        members[name] = canonical
        _native.set_class_attribute(cls, name, canonical)
    _native.set_class_attribute(cls, '_member_names_', names)
    _native.set_class_attribute(cls, '_member_map_', members)
    _native.set_class_attribute(cls, '_value2member_map_', by_value)


def _enum_call(cls, value, *args, **kwds):
    if args or kwds or not cls._member_names_:
        _native.unsupported("enum's functional API (Enum('Name', ...))")
    if isinstance(value, cls):
        return value
    try:
        return cls._value2member_map_[value]
    except (KeyError, TypeError):
        pass
    for member in cls._member_map_.values():
        if member._value_ == value:
            return member
    found = cls._missing_(value)
    if isinstance(found, cls):
        return found
    if found is not None:
        raise TypeError(f'error in {cls.__name__}._missing_: returned {found!r} instead of None or a valid member')
    raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')


def _enum_getitem(cls, name):
    return cls._member_map_[name]


def _enum_iter(cls):
    return (cls._member_map_[name] for name in cls._member_names_)


def _enum_reversed(cls):
    return (cls._member_map_[name] for name in reversed(cls._member_names_))


def _enum_len(cls):
    return len(cls._member_names_)


def _enum_bool(cls):
    return True


def _enum_contains(cls, member):
    if not isinstance(member, Enum):
        import warnings
        warnings.warn('in 3.12 __contains__ will no longer raise TypeError, but will return True or\\n'
                      'False depending on whether the value is a member or the value of a member',
                      DeprecationWarning, stacklevel=2)
        raise TypeError(f"unsupported operand type(s) for 'in': '{type(member).__qualname__}' and '{type(cls).__qualname__}'")
    return isinstance(member, cls) and member._name_ in cls._member_map_


def _enum_repr(cls):
    return f'<enum {cls.__name__!r}>'


def _enum_setattr(cls, name, value):
    if name in cls.__dict__.get('_member_map_', {}):
        raise AttributeError(f'cannot reassign member {name!r}')
    _native.set_class_attribute(cls, name, value)


def _enum_members(cls):
    return mappingproxy(cls._member_map_)


_native.install('__call__', _enum_call)
_native.install('__getitem__', _enum_getitem)
_native.install('__iter__', _enum_iter)
_native.install('__reversed__', _enum_reversed)
_native.install('__len__', _enum_len)
_native.install('__bool__', _enum_bool)
_native.install('__contains__', _enum_contains)
_native.install('__repr__', _enum_repr)
_native.install('__setattr__', _enum_setattr)
_native.install('__members__', property(_enum_members))
EnumMeta = EnumType


class Enum(metaclass=EnumType):
    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f'<{type(self).__name__}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)


def unique(enumeration):
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        details = ', '.join(f'{alias} -> {name}' for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {details}')
    return enumeration
`;
