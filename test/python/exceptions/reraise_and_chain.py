def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {s!r}") from e

try:
    parse("1.5x")
except RuntimeError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__)

def log_and_reraise():
    try:
        {}["k"]
    except KeyError:
        print("logging")
        raise

try:
    log_and_reraise()
except KeyError as e:
    print("re-raised", repr(e))
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
