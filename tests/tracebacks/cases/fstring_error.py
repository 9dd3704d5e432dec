price = None
print(f"total: {price * 2:.2f}")
