a and b or c and d
