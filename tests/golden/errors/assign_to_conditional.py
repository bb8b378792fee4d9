a = 1
(a if a else a) = 2
