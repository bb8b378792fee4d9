x = "unterminated at end of file
