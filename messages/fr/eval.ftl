## eval messages (fr)
