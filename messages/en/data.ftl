## data messages (en)
