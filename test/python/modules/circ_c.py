# corpus-module: imported by circular_imports.py (from-imports a name of circ_d, which from-imports it back)
from circ_d import D
C = "c"
