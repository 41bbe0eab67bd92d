# Automatic field numbering counts the fields nested in a format spec after the field they
# belong to: '{:{}}' takes the value, then the width.
w = 6
print('{:{}}|'.format('x', 5))
print('{:{}.{}f}|'.format(3.14159, 8, 2))
print('{:{}{}}|'.format('x', '>', 5))
print('{0:{1}}|{2!r:>{3}}|'.format('x', 5, 'y', 6))
print('{:{}}|{:^{}}|'.format(1, 4, 'mid', 7))
print(f"{'x':{w}}|", f"{3.14159:{w}.{2}f}|")
print('{:{fill}>{width}}|'.format(42, fill='*', width=6))
try:
    print('{:{}}'.format('x'))
except IndexError as e:
    print('IndexError:', e)
try:
    print('{:{1}}'.format('x', 3))
except ValueError as e:
    print('ValueError:', e)
