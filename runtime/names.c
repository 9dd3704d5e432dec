/* The process-wide interned names. */
#include "rt.h"

Value kr_names[NM__COUNT];
Value names_table;

static const char *const texts[NM__COUNT] = {
#define X(n) #n,
    KR_NAMES(X)
#undef X
};

void names_init(void) {
    names_table = dict_new(NULL);
    for (int i = 0; i < NM__COUNT; i++) {
        Value s = str_from_c(NULL, texts[i]);
        AS_STR(s)->flags |= STR_INTERNED;
        dict_set(NULL, names_table, s, s);
        kr_names[i] = s;
    }
}
