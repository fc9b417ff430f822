# cpython-agrees
# __name__ is "__main__" in the main program.
def main() -> None:
    print("main runs", __name__)
print(__name__, type(__name__), __name__ == "__main__")
if __name__ == "__main__":
    main()
else:
    print("not main")
