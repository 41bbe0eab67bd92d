import sys

try:
    import extra_tools
except ImportError as e:
    print(type(e).__name__)
sys.path.append(sys.path[0] + "/extra")
import extra_tools

print(extra_tools.double(21), extra_tools.__name__)
print(sys.path[-1].endswith("modules/extra"), len(sys.path) > 1)
