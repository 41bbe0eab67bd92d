import geometry
import geometry as g2
from geometry import Point, scaled
print(geometry is g2, geometry.__name__, geometry.__doc__)
p = Point(1.5, -2)
print(scaled(p))
geometry.scale = 10
print(scaled(p), g2.scale)
print(Point.__module__, scaled.__module__, type(p))
print(isinstance(p, geometry.Point), Point.__qualname__)
print(sorted(k for k in dir(geometry) if not k.startswith("__")))
print(geometry._private(), hasattr(geometry, "nothing"))
from geometry import *
print(scale)
try:
    _private
except NameError as e:
    print(e)
print(__name__, __package__)
