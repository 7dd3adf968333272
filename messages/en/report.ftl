## report messages (en)
