x = +None
