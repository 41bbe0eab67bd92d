values = [1.5, 0.0, -0.0, 1.0, 0.1, -2.5, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan'), 1e-310, 3.0, 1 / 3, -1e100]
for x in values:
    h = x.hex()
    back = float.fromhex(h)
    print(h, back, back == x or back != back)
texts = ['0x1.8p+0', '  0X1P-3  ', '-0x.8p1', 'inf', '-Infinity', 'nan', '+nAN', '0x1.fffffffffffff8p+0',
         '0x1p-1075', '0x1.0000000000001p-1075', '0x1.8p-1074', '0x1.00000000000008p0', '0x3p0', '1',
         'ff', '0x1.0000000000000800001p0', '0x1.00000000000018p0', '0x0p0', '-0x0.0p0',
         '0x.0000000000001p-1022', '0x1.fffffffffffffp+1023', '0x1.fffffffffffff7ffp1023', '0x000001p-5',
         '0x1p-1100', '-0x1p-1080', '0x0.0000000000000fp-1022', '0x1p1023', '0x10000p1008']
for s in texts:
    print(repr(s), float.fromhex(s))
for s in ['0x1.ffffffffffffffp1023', '0x1p1024', 'ff.p', '0x1p+', '', '0x', '.', '0x1.2.3', '1e5', 'in f']:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
print((2.0).fromhex('0x1p4'), float.fromhex('0x1p4').hex(), (7.25).hex())
