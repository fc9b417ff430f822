# cpython-agrees
# float('inf') and float('nan'): printing, arithmetic and comparisons.
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, repr(inf), repr(nan), float('-inf'), float('Infinity'), float('  inf '), float('NaN'))
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, inf > 9223372036854775807)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 1, 1 < nan)
x = nan
print(x is x, x == x, [x] == [x], nan in [nan], nan in [float('nan')])
print(max(1.0, inf), min(-inf, 5), abs(-inf))
print(inf % 5 if False else 5 % inf, -5 % inf)
print(inf // 1, divmod(7, inf))
