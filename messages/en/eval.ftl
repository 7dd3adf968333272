## eval messages (en)
