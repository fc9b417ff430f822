10 / False
