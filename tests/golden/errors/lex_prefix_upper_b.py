x = B"upper-case bytes prefix"
