# corpus-module: imported by import_errors.py (it does not parse)
def ok():
    return 1
def broken(x)
    return x
