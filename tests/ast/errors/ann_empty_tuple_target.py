(): int = 5
