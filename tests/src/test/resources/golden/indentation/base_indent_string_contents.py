  s = """a
  b"""
  print(s)
  print(len(s))
