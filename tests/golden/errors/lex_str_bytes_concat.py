s = 'text' b'bytes'
