# cpython-agrees
# The format-spec mini-language in f-strings: fill, align, sign, width, grouping, precision, types.
n = 1234567
v = 3.14159265
print(f"[{n:10}]", f"[{n:<10}]", f"[{n:^10}]", f"[{n:>10}]", f"[{n:*^11}]", f"[{-n:010}]", f"[{n:=+12}]")
print(f"{n:,}", f"{n:_}", f"{-n:,}", f"{1234.5678:,.2f}", f"{0:,}", f"{999:,}", f"{n:_x}", f"{n:_b}")
print(f"{v:.3f}", f"{v:.0f}", f"{v:10.2f}|", f"{v:<10.2f}|", f"{v:+.1f}", f"{-v:.1f}", f"{v: .2f}", f"{2.5:.0f}", f"{0.125:.2f}")
print(f"{v:e}", f"{v:.2e}", f"{1e-10:E}", f"{v:g}", f"{1234567.0:g}", f"{0.00001234:g}", f"{v:%}", f"{0.5:.1%}", f"{1e20:.3g}")
print(f"{255:x}", f"{255:X}", f"{255:#x}", f"{255:o}", f"{255:#o}", f"{5:b}", f"{5:#010b}", f"{65:c}", f"{-255:x}", f"{255:d}")
print(f"{'ab':>5}|", f"{'ab':<5}|", f"{'ab':^6}|", f"{'ab':-^7}|", f"{'abcdef':.3}|", f"{'abcdef':>8.2}|", f"{'x':5}|")
print(f"{3:.2f}", f"{3:e}", f"{True:d}", f"{True}", f"{True:>6}", f"{1.0}", f"{1e16}", f"{float('inf'):.2f}", f"{-0.0:.1f}")
w, p = 12, 3
print(f"[{v:{w}.{p}f}]", f"[{n:>{w}}]", f"[{'s':{'*'}^{w}}]", f"[{v!r:>{w}}]", f"[{'q'!r:>10}]")
