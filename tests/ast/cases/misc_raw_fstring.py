rf'{a}\n'
RF'{b}'
Fr'{c}'
