def layer3(v):
    return v["missing"]

def layer2(v):
    return layer3(v) + 1

def layer1(v):
    print("layer1 got", v)
    return layer2(v)

layer1({"present": 1})
