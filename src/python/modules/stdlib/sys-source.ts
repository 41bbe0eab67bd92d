// The body of 'sys': what scripts read from it (argv, maxsize, float_info, version_info, the
// recursion limit), write through it (stdout, stderr) and call (exit). The native half,
// '_gradlens_sys', is the run's script name and output streams.
export const SYS_SOURCE = `import _gradlens_sys as _native

argv = [_native.script_name()]
path = _native.search_path()
maxsize = 9223372036854775807
byteorder = 'little'
version = '3.11.7 (gradlens)'


class _Struct(tuple):
    _fields = ()
    _name = ''

    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __getattr__(self, name):
        if name in self._fields:
            return self[self._fields.index(name)]
        raise AttributeError(f"'{self._name}' object has no attribute '{name}'")

    def __repr__(self):
        return self._name + '(' + ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self)) + ')'


class _FloatInfo(_Struct):
    _fields = ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds')
    _name = 'sys.float_info'


class _VersionInfo(_Struct):
    _fields = ('major', 'minor', 'micro', 'releaselevel', 'serial')
    _name = 'sys.version_info'


float_info = _FloatInfo(1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1)
version_info = _VersionInfo(3, 11, 7, 'final', 0)


class _Stream:
    def __init__(self, write, name):
        self._write = write
        self.name = name

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        self._write(s)
        return len(s)

    def flush(self):
        pass

    def __repr__(self):
        return f"<_io.TextIOWrapper name='{self.name}' mode='w' encoding='utf-8'>"


stdout = __stdout__ = _Stream(_native.write_stdout, '<stdout>')
stderr = __stderr__ = _Stream(_native.write_stderr, '<stderr>')


def exit(status=None):
    raise SystemExit(status)


def getrecursionlimit():
    return 1000
`;
