import geometry
try:
    from geometry import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import netlib.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import geometry.sub
except ModuleNotFoundError as e:
    print(e)
try:
    from . import geometry
except ImportError as e:
    print(e)
try:
    import broken_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e)
for attempt in range(2):
    try:
        import failing_body
    except ZeroDivisionError as e:
        print("attempt", attempt, e)
