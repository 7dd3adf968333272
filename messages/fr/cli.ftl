## cli messages (fr)
