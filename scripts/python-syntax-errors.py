"""Generates test/fixtures/python-syntax-errors.json: CPython 3.11's SyntaxError/IndentationError
type, message, line and (1-based) offset for broken programs, via compile(src, 'x.py', 'exec').
Run from the repo root: python3 scripts/python-syntax-errors.py"""
import json
import sys

CASES = {
    "missing-colon-if": "x = 1\nif x\n    pass\n",
    "missing-colon-def": "def f()\n    return 1\n",
    "missing-colon-for": "for i in range(3)\n    print(i)\n",
    "unexpected-indent": "x = 1\n    y = 2\n",
    "unexpected-indent-first-line": "  x = 1\n",
    "expected-indented-block-if": "x = 1\nif x:\npass\n",
    "expected-indented-block-def-eof": "def f():\n",
    "expected-indented-block-for": "for i in y:\nprint(i)\n",
    "expected-indented-block-class": "class A:\n\nx = 1\n",
    "expected-indented-block-else": "if x:\n    pass\nelse:\nx = 2\n",
    "expected-indented-block-while": "while x:\n# comment\nx -= 1\n",
    "expected-indented-block-try": "try:\nx = 1\nexcept E:\n    pass\n",
    "expected-indented-block-with": "with a as b:\nx = 1\n",
    "unindent-mismatch": "if x:\n        a = 1\n    b = 2\n",
    "unindent-mismatch-nested": "def f():\n    if x:\n        a = 1\n      b = 2\n",
    "unterminated-string": "x = 1\ns = 'abc\nprint(s)\n",
    "unterminated-double-string": 's = "abc\n',
    "unterminated-triple-string": 'x = 1\ns = """abc\n\ny = 2\n',
    "unclosed-paren": "x = (1,\n     2\ny = 3\n",
    "unclosed-bracket-eof": "x = [1, 2\n",
    "unclosed-call": "print(1,\nx = 2\n",
    "unclosed-brace": "d = {'a': 1,\n\n",
    "unmatched-close": "x = 1)\n",
    "mismatched-close": "x = (1, 2]\n",
    "print-statement": "x = 1\nprint x\n",
    "print-statement-string": 'print "hello"\n',
    "invalid-syntax-trailing-op": "x = 1 +\n",
    "invalid-syntax-two-names": "x = a b\n",
    "garbage-dollar": "x = 1\ny = $$$ 2\nz = 3\n",
    "garbage-line": "def f(x):\n    return x\n)(*&^ foo bar\nf(1)\n",
    "invalid-character": "x = 1 \u20ac 2\n",
    "else-without-if": "x = 1\nelse:\n    pass\n",
    "assign-to-call": "f() = 1\n",
    "assign-to-literal": "1 = x\n",
    "return-outside-function": "x = 1\nreturn x\n",
    "break-outside-loop": "if x:\n    break\n",
    "continue-outside-loop": "continue\n",
    "yield-outside-function": "yield 1\n",
    "duplicate-argument": "def f(a, b, a):\n    pass\n",
    "non-default-after-default": "def f(a=1, b):\n    pass\n",
    "positional-after-keyword": "f(a=1, 2)\n",
    "keyword-repeated": "f(x=1, x=2)\n",
    "nonlocal-at-module": "nonlocal x\n",
    "nonlocal-no-binding": "def f():\n    nonlocal x\n    x = 1\n",
    "global-after-assign": "def f():\n    x = 1\n    global x\n",
    "global-after-use": "def f():\n    print(x)\n    global x\n",
    "if-assign": "if x = 1:\n    pass\n",
    "try-without-except": "try:\n    x = 1\ny = 2\n",
    "leading-zero": "x = 08\n",
    "aug-assign-tuple": "a, b += 1\n",
    "delete-call": "del f()\n",
    "dict-missing-value": "d = {1: 2, 3}\n",
    "bare-star-param": "def f(*):\n    pass\n",
    "if-expression-no-else": "x = 1 if y\n",
    "fstring-unclosed-brace": "x = f'{a'\n",
    "assign-to-true": "True = 1\n",
    "for-literal-target": "for 1 in x:\n    pass\n",
    "generator-not-parenthesized": "f(a for a in b, c)\n",
    "tabs-spaces-mixed": "if x:\n        a = 1\n\tb = 2\n",
    "missing-comma-in-call": "f(a b)\n",
    "lambda-default-order": "g = lambda a=1, b: a\n",
    "starred-alone": "*a = 1\n",
    "two-starred": "*a, *b = c\n",
    "error-after-valid-code": "def f(x):\n    return x * 2\n\nfor i in range(3):\n    print(f(i))\n\nwhile True\n    break\n",
    "indent-error-after-syntax-error": "x = (\ny = 1\n  z = 2\n",
}


def main() -> None:
    out = []
    for name, src in CASES.items():
        try:
            compile(src, "x.py", "exec")
        except SyntaxError as e:
            out.append({
                "name": name,
                "source": src,
                "pyType": type(e).__name__,
                "message": e.msg,
                "line": e.lineno,
                "offset": e.offset,
            })
        else:
            sys.exit(f"case {name!r} compiled without error")
    with open("test/fixtures/python-syntax-errors.json", "w") as f:
        json.dump({"python": sys.version.split()[0], "cases": out}, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
