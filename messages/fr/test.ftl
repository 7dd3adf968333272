## test messages (fr)
