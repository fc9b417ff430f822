# cpython-agrees
def t(v):
    if v:
        return 1
    return 0
print(t(0), t(1), t(-1), t(""), t("a"), t(None), t(True), t(False), t(t), t(print), t(" "))
