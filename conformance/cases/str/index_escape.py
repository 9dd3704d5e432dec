s = 'spam and eggs'
print(s.index('and'), s.rindex('s'))
print(s.index('ham'))
