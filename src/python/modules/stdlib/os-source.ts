// The bodies of `os` and `posixpath` (os.path) as far as they need no operating system: the path
// constants and the pure path-string functions. A file that imports os (CS231n's solver.py does,
// for checkpoints it rarely writes) runs; using anything else of it (os.listdir, os.environ, ...)
// stops the run as unsupported, at that line.
export const POSIXPATH_SOURCE = `sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'


def _fspath(p):
    if not isinstance(p, str):
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')


def isabs(s):
    _fspath(s)
    return s.startswith('/')


def join(a, *p):
    _fspath(a)
    for b in p:
        if not isinstance(b, str):
            raise TypeError(f"join() argument must be str, bytes, or os.PathLike object, not '{type(b).__name__}'")
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def splitext(p):
    _fspath(p)
    slash = p.rfind('/')
    dot = p.rfind('.')
    if dot > slash:
        # a leading run of dots (".bashrc", "..x") is part of the name, not an extension
        for c in p[slash + 1:dot]:
            if c != '.':
                return p[:dot], p[dot:]
    return p, ''
`;

export const OS_SOURCE = `import posixpath as path

name = 'posix'
sep = path.sep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
altsep = None
pathsep = ':'
linesep = '\\n'
devnull = '/dev/null'
`;

// The body of `pickle`: its protocol numbers; dump/load and the rest stop the run as unsupported.
export const PICKLE_SOURCE = `HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
`;
