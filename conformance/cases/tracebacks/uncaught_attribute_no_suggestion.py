class Thing:
    pass


Thing().completely_unrelated_name
