## cli messages (en)
