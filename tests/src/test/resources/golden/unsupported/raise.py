raise x
