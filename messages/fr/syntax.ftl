## syntax messages (fr)
