x = a​
