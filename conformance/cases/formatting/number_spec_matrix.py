# A systematic sweep of fill/align/sign/#/0/width/grouping/precision/type over ints and floats.
ints = [0, 7, -7, 1234567, -98765432109876543210]
floats = [0.0, -0.0, 2.5, -1234.5678, 1e-7, 6.02214076e23]
aligns = ["", "<", ">", "^", "=", "*<", "*>", "*^", "*="]
signs = ["", "+", "-", " "]
for v in ints:
    for a in aligns:
        for sg in signs:
            row = []
            for rest in ["", "8", "08", "#8x", "12,", "12_", "#o", "#_b", "10.3e", "9%"]:
                spec = a + sg + rest
                try:
                    row.append(format(v, spec))
                except ValueError as e:
                    row.append("E:" + str(e))
            print(v, repr(a + sg), row)
for v in floats:
    for a in aligns:
        for sg in signs:
            row = []
            for rest in ["", "10", "010", "10.3", "10.3f", "012,.2f", "#.0f", "12_.1e", "g", "#10.4g", "8.1%", "z.1f"]:
                spec = a + sg + rest
                try:
                    row.append(format(v, spec))
                except ValueError as e:
                    row.append("E:" + str(e))
            print(v, repr(a + sg), row)
