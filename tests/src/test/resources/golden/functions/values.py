# cpython-agrees
# Functions are values: passed, returned, stored in containers, compared by identity.
def double(x):
    return 2 * x
def apply(f, *args):
    return f(*args)
table = {"double": double, "neg": lambda x: -x}
print(apply(double, 4), table["neg"](3), [f(5) for f in table.values()])
alias = double
print(alias is double, alias == double, alias(1), alias is not table["neg"])
def none_result():
    pass
def early(x):
    if x:
        return
    return "late"
print(none_result(), early(1), early(0))
