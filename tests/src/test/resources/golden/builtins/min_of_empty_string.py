min("")
