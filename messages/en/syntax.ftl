## syntax messages (en)
