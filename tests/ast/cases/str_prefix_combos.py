a = Rb'x' + bR'x' + rB'x' + BR'x' + Br'x'
b = Fr'{x}' + fR'{x}' + FR'{x}' + rf'{x}' + rF'{x}' + Rf'{x}'
c = U'x' + u'x'
