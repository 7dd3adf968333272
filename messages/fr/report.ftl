## report messages (fr)
