## test messages (en)
