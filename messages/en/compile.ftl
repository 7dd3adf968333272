## compile messages (en)
