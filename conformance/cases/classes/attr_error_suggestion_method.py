class Parser:
    def __init__(self):
        self.tokens = []
    def parse_expression(self):
        return self.parse_expresion()
Parser().parse_expression()
