// The body of `warnings`, written from the documented behaviour of CPython 3.11's module and of its
// C accelerator (_warnings), which is what `warnings.warn` runs there: the default filters, the
// per-module registries of warnings already shown ('default': once per message, category and
// line; 'module' and 'once': once per module), the filter list's version (changing the filters
// shows warnings again), formatwarning's text, catch_warnings. `warn` and `warn_explicit` are
// native (modules/warnings.ts): they find the caller's file and line from `stacklevel`, call
// `_warn_at` / `_warn_explicit` and raise what those return for the 'error' action, so the
// traceback ends at the caller as CPython's does. The module's attributes are its globals:
// `warnings.showwarning = f` and `warnings.filters = [...]` are seen here.
export const WARNINGS_SOURCE = `import sys
import _gradlens_warnings as _native

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')
_filters_version = 1
# module name -> the warnings shown from it: {(text, category, lineno): True, 'version': n}
_registries = {}
# the list a catch_warnings(record=True) block collects into (None: warnings are shown)
_log = None


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class _Pattern:
    # a filter's compiled message or module pattern, shown as re shows a compiled pattern

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self._ignorecase = ignorecase

    def match(self, text):
        return _native.match(self.pattern, str(text), self._ignorecase)

    def __eq__(self, other):
        if not isinstance(other, _Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self._ignorecase == other._ignorecase

    def __hash__(self):
        return hash((self.pattern, self._ignorecase))

    def __repr__(self):
        flags = ', re.IGNORECASE' if self._ignorecase else ''
        return f're.compile({self.pattern!r}{flags})'


def _check_action(action):
    if action not in _ACTIONS:
        raise AssertionError(f'invalid action: {action!r}')


def _check_lineno(lineno):
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    _check_action(action)
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not isinstance(category, type):
        raise AssertionError('category must be a class')
    if not issubclass(category, Warning):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    _check_lineno(lineno)
    message_pattern = _Pattern(message, True) if message else None
    module_pattern = _Pattern(module, False) if module else None
    _add_filter(action, message_pattern, category, module_pattern, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_action(action)
    _check_lineno(lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    filters[:] = []
    _filters_mutated()


class WarningMessage:
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f'{{message : {self.message!r}, category : {self._category_name!r}, '
                f'filename : {self.filename!r}, lineno : {self.lineno}, line : {self.line!r}}}')


def _format(msg):
    text = f'{msg.filename}:{msg.lineno}: {msg.category.__name__}: {msg.message}\\n'
    line = _native.source_line(msg.filename, msg.lineno) if msg.line is None else msg.line
    if line:
        text += '  ' + line.strip() + '\\n'
    return text


def formatwarning(message, category, filename, lineno, line=None):
    return _format(WarningMessage(message, category, filename, lineno, None, line))


def _write(msg):
    file = sys.stderr if msg.file is None else msg.file
    if file is None:
        return
    try:
        replaced = formatwarning is not _formatwarning_orig
    except NameError:
        replaced = False
    if replaced:
        text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    else:
        text = _format(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _write(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _show(msg):
    try:
        replaced = showwarning is not _showwarning_orig
    except NameError:
        replaced = False
    if replaced:
        if not callable(showwarning):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
    elif _log is not None:
        _log.append(msg)
    else:
        _write(msg)


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def _current(registry):
    # a registry made under older filters forgets what it saw
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    return registry


def _seen(registry, key):
    # whether key was shown already; marks it shown
    if _current(registry).get(key):
        return True
    registry[key] = True
    return False


def _warn_explicit(message, category, filename, lineno, module, registry, source):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _current(registry).get(key):
        return None
    action = defaultaction
    for item in filters:
        act, msg, cat, mod, ln = item
        if _matches(msg, text) and issubclass(category, cat) and _matches(mod, module) and (ln == 0 or lineno == ln):
            action = act
            break
    if action == 'error':
        return message
    if action == 'ignore':
        return None
    if action != 'always':
        if registry is not None:
            registry[key] = True
        if action == 'once':
            if registry is None:
                if _seen(onceregistry, (text, category)):
                    return None
            elif _seen(registry, (text, category)):
                return None
        elif action == 'module':
            if registry is not None and _seen(registry, (text, category, 0)):
                return None
        elif action != 'default':
            raise RuntimeError(f'Unrecognized action ({action!r}) in warnings.filters:\\n {item!r}')
    _show(WarningMessage(message, category, filename, lineno, None, None, source))
    return None


def _warn_at(message, category, filename, lineno, module, source):
    registry = _registries.get(module)
    if registry is None:
        registry = _registries[module] = {}
    return _warn_explicit(message, category, filename, lineno, module, registry, source)


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        if module is not None:
            _native.unsupported('catch_warnings(module=...)')
        self._record = record
        self._filter = None if action is None else (action, category, lineno, append)
        self._entered = False

    def __repr__(self):
        return 'catch_warnings(record=True)' if self._record else 'catch_warnings()'

    def __enter__(self):
        global filters, showwarning, _log
        if self._entered:
            raise RuntimeError(f'Cannot enter {self!r} twice')
        self._entered = True
        self._saved = (filters, showwarning, _log)
        filters = filters[:]
        _filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            _log = []
            showwarning = _showwarning_orig
            return _log
        return None

    def __exit__(self, *exc_info):
        global filters, showwarning, _log
        if not self._entered:
            raise RuntimeError(f'Cannot exit {self!r} without entering first')
        filters, showwarning, _log = self._saved
        _filters_mutated()
`;
