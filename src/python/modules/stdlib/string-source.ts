// The body of `string`: its character-class constants, capwords, and Template ($name, ${name},
// $$; substitute raising KeyError / ValueError with CPython's line and column, safe_substitute,
// get_identifiers, is_valid). Formatter is not provided.
export const STRING_SOURCE = `ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&' + "'" + '()*+,-./:;<=>?@[' + chr(92) + ']^_' + chr(96) + '{|}~'
whitespace = ' ' + chr(9) + chr(10) + chr(13) + chr(11) + chr(12)
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


_ID_START = '_' + ascii_letters
_ID_REST = _ID_START + digits


def _identifier_at(text, i):
    # the end of the identifier starting at text[i], or i when there is none
    if i >= len(text) or text[i] not in _ID_START:
        return i
    j = i + 1
    while j < len(text) and text[j] in _ID_REST:
        j += 1
    return j


class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        # (start, end, kind, name): kind 'escaped', 'named', 'braced' or 'invalid'
        text = self.template
        i = text.find('$')
        while i >= 0:
            j = i + 1
            end = _identifier_at(text, j)
            if text.startswith('$', j):
                yield i, j + 1, 'escaped', None
                j += 1
            elif end > j:
                yield i, end, 'named', text[j:end]
                j = end
            elif text.startswith('{', j) and _identifier_at(text, j + 1) > j + 1 and text.startswith('}', _identifier_at(text, j + 1)):
                end = _identifier_at(text, j + 1)
                yield i, end + 1, 'braced', text[j + 1:end]
                j = end + 1
            else:
                yield i, j, 'invalid', None
            i = text.find('$', j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            column, line = 1, 1
        else:
            column = i - len(''.join(lines[:-1]))
            line = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {line}, col {column}')

    def _substitute(self, mapping, kws, safe):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        text = self.template
        parts = []
        done = 0
        for start, end, kind, name in self._placeholders():
            parts.append(text[done:start])
            done = end
            if kind == 'escaped':
                parts.append('$')
            elif kind == 'invalid':
                if not safe:
                    self._invalid(start + 1)
                parts.append('$')
            elif safe:
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(text[start:end])
            else:
                parts.append(str(mapping[name]))
        parts.append(text[done:])
        return ''.join(parts)

    def substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        return all(kind != 'invalid' for _, _, kind, _ in self._placeholders())

    def get_identifiers(self):
        names = []
        for start, end, kind, name in self._placeholders():
            if name is not None and name not in names:
                names.append(name)
        return names
`;
