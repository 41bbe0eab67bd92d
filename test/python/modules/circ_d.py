# corpus-module: imported by circ_c.py
from circ_c import C
D = "d"
