


# leading blank lines and a comment



x = 1




