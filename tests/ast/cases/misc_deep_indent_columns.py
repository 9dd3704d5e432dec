if x:
    y = 0
    if x:
        y = 1
        if x:
            y = 2
            if x:
                y = 3
                if x:
                    y = 4
                    if x:
                        y = 5
                        if x:
                            y = 6
                            if x:
                                y = 7
                                if x:
                                    y = 8
                                    if x:
                                        y = 9
                                        if x:
                                            y = 10
                                            if x:
                                                y = 11
                                                if x:
                                                    y = 12
                                                    if x:
                                                        y = 13
                                                        if x:
                                                            y = 14
                                                            if x:
                                                                y = 15
                                                                if x:
                                                                    y = 16
                                                                    if x:
                                                                        y = 17
                                                                        if x:
                                                                            y = 18
                                                                            if x:
                                                                                y = 19
                                                                                if x:
                                                                                    y = 20
                                                                                    if x:
                                                                                        y = 21
                                                                                        if x:
                                                                                            y = 22
                                                                                            if x:
                                                                                                y = 23
                                                                                                if x:
                                                                                                    y = 24
                                                                                                    if x:
                                                                                                        y = 25
                                                                                                        if x:
                                                                                                            y = 26
                                                                                                            if x:
                                                                                                                y = 27
                                                                                                                if x:
                                                                                                                    y = 28
                                                                                                                    if x:
                                                                                                                        y = 29
                                                                                                                        if x:
                                                                                                                            y = 30
                                                                                                                            if x:
                                                                                                                                y = 31
                                                                                                                                if x:
                                                                                                                                    y = 32
                                                                                                                                    if x:
                                                                                                                                        y = 33
                                                                                                                                        if x:
                                                                                                                                            y = 34
                                                                                                                                            if x:
                                                                                                                                                y = 35
                                                                                                                                                if x:
                                                                                                                                                    y = 36
                                                                                                                                                    if x:
                                                                                                                                                        y = 37
                                                                                                                                                        if x:
                                                                                                                                                            y = 38
                                                                                                                                                            if x:
                                                                                                                                                                y = 39
                                                                                                                                                                if x:
                                                                                                                                                                    y = 40
                                                                                                                                                                    if x:
                                                                                                                                                                        y = 41
                                                                                                                                                                        if x:
                                                                                                                                                                            y = 42
                                                                                                                                                                            if x:
                                                                                                                                                                                y = 43
                                                                                                                                                                                if x:
                                                                                                                                                                                    y = 44
                                                                                                                                                                                    if x:
                                                                                                                                                                                        y = 45
                                                                                                                                                                                        if x:
                                                                                                                                                                                            y = 46
                                                                                                                                                                                            if x:
                                                                                                                                                                                                y = 47
                                                                                                                                                                                                if x:
                                                                                                                                                                                                    y = 48
                                                                                                                                                                                                    if x:
                                                                                                                                                                                                        y = 49
                                                                                                                                                                                                        if x:
                                                                                                                                                                                                            y = 50
                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                y = 51
                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                    y = 52
                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                        y = 53
                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                            y = 54
                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                y = 55
                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                    y = 56
                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                        y = 57
                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                            y = 58
                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                y = 59
                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                    y = 60
                                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                                        y = 61
                                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                            y = 62
                                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                                y = 63
                                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                                    y = 64
                                                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                                                        y = 65
                                                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                                            y = 66
                                                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                                                y = 67
                                                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                                                    y = 68
                                                                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                                                                        y = 69
                                                                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                                                            y = 70
                                                                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                                                                y = 71
                                                                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                                                                    y = 72
                                                                                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                                                                                        y = 73
                                                                                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                                                                            y = 74
                                                                                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                                                                                y = 75
                                                                                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                                                                                    y = 76
                                                                                                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                                                                                                        y = 77
                                                                                                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                                                                                            y = 78
                                                                                                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                                                                                                y = 79
                                                                                                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                                                                                                    y = 80
                                                                                                                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                                                                                                                        y = 81
                                                                                                                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                                                                                                            y = 82
                                                                                                                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                                                                                                                y = 83
                                                                                                                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                                                                                                                    y = 84
                                                                                                                                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                                                                                                                                        y = 85
                                                                                                                                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                                                                                                                            y = 86
                                                                                                                                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                                                                                                                                y = 87
                                                                                                                                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                                                                                                                                    y = 88
                                                                                                                                                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                                                                                                                                                        y = 89
                                                                                                                                                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                                                                                                                                            y = 90
                                                                                                                                                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                                                                                                                                                y = 91
                                                                                                                                                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                                                                                                                                                    y = 92
                                                                                                                                                                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                                                                                                                                                                        y = 93
                                                                                                                                                                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                                                                                                                                                            y = 94
z = 1
