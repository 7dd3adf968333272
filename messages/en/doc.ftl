## doc messages (en)
