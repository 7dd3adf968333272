## data messages (fr)
