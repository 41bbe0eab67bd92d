def forward(x):
    out = x * 2
    cache = (x,)
    return out, cache

out, cache = forward(3)
print(out, cache)
x, w = cache
print(x, w)
