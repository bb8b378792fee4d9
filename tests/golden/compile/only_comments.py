# only comments
# and nothing else

#
