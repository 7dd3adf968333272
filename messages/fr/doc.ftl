## doc messages (fr)
