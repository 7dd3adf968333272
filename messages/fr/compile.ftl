## compile messages (fr)
