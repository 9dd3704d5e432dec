import os

class Stack:
    '''A stack.'''

    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError('empty')
        return self.items.pop()


def main(argv=None):
    s = Stack()
    for i in range(10):
        s.push(i * i)
    total = 0
    while True:
        try:
            total += s.pop()
        except IndexError:
            break
    print(f'total={total}')
    return total

if __name__ == '__main__':
    main()
