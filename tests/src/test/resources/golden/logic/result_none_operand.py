"" or 0 or None
