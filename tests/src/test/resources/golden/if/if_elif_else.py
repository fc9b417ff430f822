# cpython-agrees
def grade(n):
    if n >= 90:
        return "A"
    elif n >= 80:
        return "B"
    elif n >= 70:
        return "C"
    else:
        return "F"
print(grade(95), grade(85), grade(75), grade(10))
x = 5
if x > 3:
    print("big")
if x > 10:
    print("huge")
print("done")
