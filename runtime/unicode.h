/* Unicode character properties for str methods and the lexer (unicode.c). */
#ifndef KR_UNICODE_H
#define KR_UNICODE_H

#include <stdbool.h>
#include <stdint.h>

bool uni_isspace(uint32_t cp);
bool uni_isprintable(uint32_t cp);
bool uni_isalpha(uint32_t cp);
bool uni_isalnum(uint32_t cp);
bool uni_isdigit(uint32_t cp);
bool uni_isnumeric(uint32_t cp);
bool uni_islower(uint32_t cp);
bool uni_isupper(uint32_t cp);
bool uni_istitle(uint32_t cp);
bool uni_iscased(uint32_t cp);
bool uni_iscaseignorable(uint32_t cp);
bool uni_isidstart(uint32_t cp);
bool uni_isidcontinue(uint32_t cp);
int uni_decimal(uint32_t cp);   /* value of a decimal digit, or -1 */
int uni_digit(uint32_t cp);     /* value of a digit (superscripts too), or -1 */
/* Full case mappings: write 1..3 code points to out, return how many. */
int uni_lower_full(uint32_t cp, uint32_t *out);
int uni_upper_full(uint32_t cp, uint32_t *out);
int uni_title_full(uint32_t cp, uint32_t *out);
int uni_casefold_full(uint32_t cp, uint32_t *out);

#endif
