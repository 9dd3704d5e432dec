# expect: ValueError
# An uncaught exception with a huge message: the traceback is the run's result, which the CLI
# prints whole after the run (output limits bound what the program writes).
raise ValueError('m' * 10**7)
