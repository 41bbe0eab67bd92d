total = 0

def add(v):
    total += v
    return total

print("before")
add(1)
