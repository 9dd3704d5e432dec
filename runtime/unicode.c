/* Unicode character properties, from utf8proc (categories, simple case maps), plus the few
 * tables utf8proc lacks: CPython's whitespace set, the full (special-casing) upper/lower/title
 * mappings, and numeric types.  Differences from CPython's Unicode 14 database are listed in
 * docs/differences.md. */
#include <utf8proc.h>

#include "unicode.h"

static int cat(uint32_t cp) {
    return cp > 0x10FFFF ? UTF8PROC_CATEGORY_CN : (int)utf8proc_category((utf8proc_int32_t)cp);
}

bool uni_isspace(uint32_t cp) {
    if (cp < 128)
        return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
    switch (cp) {
    case 0x85: case 0xa0: case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f:
    case 0x3000:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200a;
    }
}

bool uni_isprintable(uint32_t cp) {
    if (cp < 128)
        return cp >= 0x20 && cp < 0x7f;
    switch (cat(cp)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return false;
    default:
        return true;
    }
}

bool uni_isalpha(uint32_t cp) {
    if (cp < 128)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    int c = cat(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

int uni_decimal(uint32_t cp) {
    if (cp < 128)
        return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    if (cat(cp) != UTF8PROC_CATEGORY_ND)
        return -1;
    /* decimal digits come in runs of ten starting at zero */
    int n = 0;
    while (cp > 0 && cat(cp - 1) == UTF8PROC_CATEGORY_ND && n < 100) {
        cp--;
        n++;
    }
    return n % 10;
}

/* Characters with Numeric_Type=Digit that are not decimal (superscripts, circled digits...). */
static int digit_extra(uint32_t cp) {
    static const struct { uint32_t lo, hi; int base; } runs[] = {
        {0x00B2, 0x00B3, 2}, {0x00B9, 0x00B9, 1}, {0x1369, 0x1371, 1}, {0x19DA, 0x19DA, 1},
        {0x2070, 0x2070, 0}, {0x2074, 0x2079, 4}, {0x2080, 0x2089, 0}, {0x2460, 0x2468, 1},
        {0x2474, 0x247C, 1}, {0x2488, 0x2490, 1}, {0x24EA, 0x24EA, 0}, {0x24F5, 0x24FD, 1},
        {0x24FF, 0x24FF, 0}, {0x2776, 0x277E, 1}, {0x2780, 0x2788, 1}, {0x278A, 0x2792, 1},
        {0x10A40, 0x10A43, 1}, {0x11052, 0x1105A, 1}, {0x1F100, 0x1F100, 0},
        {0x1F101, 0x1F10A, 0},
    };
    for (size_t i = 0; i < sizeof runs / sizeof *runs; i++)
        if (cp >= runs[i].lo && cp <= runs[i].hi)
            return runs[i].base + (int)(cp - runs[i].lo);
    return -1;
}

int uni_digit(uint32_t cp) {
    int d = uni_decimal(cp);
    return d >= 0 ? d : digit_extra(cp);
}

bool uni_isnumeric(uint32_t cp) {
    if (cp < 128)
        return cp >= '0' && cp <= '9';
    int c = cat(cp);
    if (c == UTF8PROC_CATEGORY_ND || c == UTF8PROC_CATEGORY_NL || c == UTF8PROC_CATEGORY_NO)
        return true;
    /* CJK and other ideographic numerals are letters with a numeric value */
    static const uint32_t cjk[] = {0x3007, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C,
                                   0x4E94, 0x4E96, 0x4EBF, 0x4EC0, 0x4EDF, 0x4EE8, 0x4F0D,
                                   0x4F70, 0x5104, 0x5146, 0x5169, 0x516B, 0x516D, 0x5341,
                                   0x5343, 0x5344, 0x5345, 0x534C, 0x53C1, 0x53C2, 0x53C3,
                                   0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A, 0x5EFE, 0x5EFF,
                                   0x5F0C, 0x5F0D, 0x5F0E, 0x5F10, 0x62FE, 0x634C, 0x67D2,
                                   0x6F06, 0x7396, 0x767E, 0x8086, 0x842C, 0x8CAE, 0x8CB3,
                                   0x8D30, 0x9621, 0x9646, 0x964C, 0x9678, 0x96F6, 0xF96B,
                                   0xF973, 0xF978, 0xF9B2, 0xF9D1, 0xF9D3, 0xF9FD};
    for (size_t i = 0; i < sizeof cjk / sizeof *cjk; i++)
        if (cp == cjk[i])
            return true;
    return false;
}

bool uni_isdigit(uint32_t cp) {
    return uni_digit(cp) >= 0;
}

bool uni_isalnum(uint32_t cp) {
    return uni_isalpha(cp) || uni_isnumeric(cp);
}

bool uni_islower(uint32_t cp) {
    if (cp < 128)
        return cp >= 'a' && cp <= 'z';
    const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
    if (p->category == UTF8PROC_CATEGORY_LL)
        return true;
    /* Other_Lowercase: modifier letters and a few symbols that have uppercase forms */
    return (cp >= 0x02B0 && cp <= 0x02B8) || (cp >= 0x02C0 && cp <= 0x02C1) ||
           (cp >= 0x02E0 && cp <= 0x02E4) || cp == 0x0345 || cp == 0x037A ||
           (cp >= 0x1D2C && cp <= 0x1D6A) || cp == 0x1D78 || (cp >= 0x1D9B && cp <= 0x1DBF) ||
           cp == 0x2071 || cp == 0x207F || (cp >= 0x2090 && cp <= 0x209C) ||
           (cp >= 0x2170 && cp <= 0x217F) || (cp >= 0x24D0 && cp <= 0x24E9) ||
           (cp >= 0x2C7C && cp <= 0x2C7D) || (cp >= 0xA69C && cp <= 0xA69D) || cp == 0xA770 ||
           (cp >= 0xA7F8 && cp <= 0xA7F9) || (cp >= 0xAB5C && cp <= 0xAB5F) ||
           cp == 0x00AA || cp == 0x00BA;
}

bool uni_isupper(uint32_t cp) {
    if (cp < 128)
        return cp >= 'A' && cp <= 'Z';
    int c = cat(cp);
    if (c == UTF8PROC_CATEGORY_LU)
        return true;
    return (cp >= 0x2160 && cp <= 0x216F) || (cp >= 0x24B6 && cp <= 0x24CF) ||
           (cp >= 0x1F130 && cp <= 0x1F149) || (cp >= 0x1F150 && cp <= 0x1F169) ||
           (cp >= 0x1F170 && cp <= 0x1F189);
}

bool uni_istitle(uint32_t cp) {
    return cat(cp) == UTF8PROC_CATEGORY_LT;
}

/* Cased and case-ignorable, for str.title()/istitle() and the final-sigma rule. */
bool uni_iscased(uint32_t cp) {
    int c = cat(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
           c == UTF8PROC_CATEGORY_LT || uni_islower(cp) || uni_isupper(cp);
}

bool uni_iscaseignorable(uint32_t cp) {
    int c = cat(cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_ME ||
           c == UTF8PROC_CATEGORY_CF || c == UTF8PROC_CATEGORY_LM ||
           c == UTF8PROC_CATEGORY_SK || cp == '\'' || cp == '.' || cp == ':' || cp == '^' ||
           cp == '`' || cp == 0xAD || cp == 0xB7 || cp == 0x2019 || cp == 0x2024 ||
           cp == 0x2027 || cp == 0x05F4;
}

bool uni_isidstart(uint32_t cp) {
    if (cp < 128)
        return uni_isalpha(cp) || cp == '_';
    int c = cat(cp);
    /* XID_Start: letters, letter numbers and Other_ID_Start, without the two katakana sound
     * marks that NFKC normalisation excludes */
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
           c == UTF8PROC_CATEGORY_NL || cp == 0x2118 || cp == 0x212E || cp == 0x1885 ||
           cp == 0x1886;
}

bool uni_isidcontinue(uint32_t cp) {
    if (cp < 128)
        return uni_isalpha(cp) || cp == '_' || (cp >= '0' && cp <= '9');
    int c = cat(cp);
    return uni_isidstart(cp) || c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC ||
           c == UTF8PROC_CATEGORY_ND || c == UTF8PROC_CATEGORY_PC || cp == 0xB7 ||
           cp == 0x387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
}

/* SpecialCasing.txt, unconditional entries: one code point maps to several. */
typedef struct {
    uint32_t cp;
    uint32_t lower[3], title[3], upper[3];
} Special;

static const Special specials[] = {
    {0x00DF, {0x00DF}, {0x0053, 0x0073}, {0x0053, 0x0053}},
    {0x0130, {0x0069, 0x0307}, {0x0130}, {0x0130}},
    {0xFB00, {0xFB00}, {0x0046, 0x0066}, {0x0046, 0x0046}},
    {0xFB01, {0xFB01}, {0x0046, 0x0069}, {0x0046, 0x0049}},
    {0xFB02, {0xFB02}, {0x0046, 0x006C}, {0x0046, 0x004C}},
    {0xFB03, {0xFB03}, {0x0046, 0x0066, 0x0069}, {0x0046, 0x0046, 0x0049}},
    {0xFB04, {0xFB04}, {0x0046, 0x0066, 0x006C}, {0x0046, 0x0046, 0x004C}},
    {0xFB05, {0xFB05}, {0x0053, 0x0074}, {0x0053, 0x0054}},
    {0xFB06, {0xFB06}, {0x0053, 0x0074}, {0x0053, 0x0054}},
    {0x0587, {0x0587}, {0x0535, 0x0582}, {0x0535, 0x0552}},
    {0xFB13, {0xFB13}, {0x0544, 0x0576}, {0x0544, 0x0546}},
    {0xFB14, {0xFB14}, {0x0544, 0x0565}, {0x0544, 0x0535}},
    {0xFB15, {0xFB15}, {0x0544, 0x056B}, {0x0544, 0x053B}},
    {0xFB16, {0xFB16}, {0x054E, 0x0576}, {0x054E, 0x0546}},
    {0xFB17, {0xFB17}, {0x0544, 0x056D}, {0x0544, 0x053D}},
    {0x0149, {0x0149}, {0x02BC, 0x004E}, {0x02BC, 0x004E}},
    {0x0390, {0x0390}, {0x0399, 0x0308, 0x0301}, {0x0399, 0x0308, 0x0301}},
    {0x03B0, {0x03B0}, {0x03A5, 0x0308, 0x0301}, {0x03A5, 0x0308, 0x0301}},
    {0x01F0, {0x01F0}, {0x004A, 0x030C}, {0x004A, 0x030C}},
    {0x1E96, {0x1E96}, {0x0048, 0x0331}, {0x0048, 0x0331}},
    {0x1E97, {0x1E97}, {0x0054, 0x0308}, {0x0054, 0x0308}},
    {0x1E98, {0x1E98}, {0x0057, 0x030A}, {0x0057, 0x030A}},
    {0x1E99, {0x1E99}, {0x0059, 0x030A}, {0x0059, 0x030A}},
    {0x1E9A, {0x1E9A}, {0x0041, 0x02BE}, {0x0041, 0x02BE}},
    {0x1F50, {0x1F50}, {0x03A5, 0x0313}, {0x03A5, 0x0313}},
    {0x1FB6, {0x1FB6}, {0x0391, 0x0342}, {0x0391, 0x0342}},
    {0x1FC6, {0x1FC6}, {0x0397, 0x0342}, {0x0397, 0x0342}},
    {0x1FD6, {0x1FD6}, {0x0399, 0x0342}, {0x0399, 0x0342}},
    {0x1FE6, {0x1FE6}, {0x03A5, 0x0342}, {0x03A5, 0x0342}},
    {0x1FF6, {0x1FF6}, {0x03A9, 0x0342}, {0x03A9, 0x0342}},
    {0x1FB3, {0x1FB3}, {0x1FBC}, {0x0391, 0x0399}},
    {0x1FC3, {0x1FC3}, {0x1FCC}, {0x0397, 0x0399}},
    {0x1FF3, {0x1FF3}, {0x1FFC}, {0x03A9, 0x0399}},
    {0x1FBC, {0x1FB3}, {0x1FBC}, {0x0391, 0x0399}},
    {0x1FCC, {0x1FC3}, {0x1FCC}, {0x0397, 0x0399}},
    {0x1FFC, {0x1FF3}, {0x1FFC}, {0x03A9, 0x0399}},
};

static const Special *find_special(uint32_t cp) {
    if (cp < 0xDF)
        return NULL;
    for (size_t i = 0; i < sizeof specials / sizeof *specials; i++)
        if (specials[i].cp == cp)
            return &specials[i];
    return NULL;
}

static int copy_map(const uint32_t *m, uint32_t *out) {
    int n = 0;
    while (n < 3 && m[n])
        out[n] = m[n], n++;
    return n;
}

int uni_lower_full(uint32_t cp, uint32_t *out) {
    if (cp < 128) {
        out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        return 1;
    }
    const Special *s = find_special(cp);
    if (s)
        return copy_map(s->lower, out);
    out[0] = (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
    return 1;
}

int uni_upper_full(uint32_t cp, uint32_t *out) {
    if (cp < 128) {
        out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        return 1;
    }
    const Special *s = find_special(cp);
    if (s)
        return copy_map(s->upper, out);
    out[0] = (uint32_t)utf8proc_toupper((utf8proc_int32_t)cp);
    return 1;
}

int uni_title_full(uint32_t cp, uint32_t *out) {
    if (cp < 128) {
        out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        return 1;
    }
    const Special *s = find_special(cp);
    if (s)
        return copy_map(s->title, out);
    out[0] = (uint32_t)utf8proc_totitle((utf8proc_int32_t)cp);
    return 1;
}

int uni_casefold_full(uint32_t cp, uint32_t *out) {
    if (cp < 128) {
        out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        return 1;
    }
    utf8proc_int32_t buf[4];
    int options = UTF8PROC_CASEFOLD;
    utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)cp, buf, 4,
                                                 (utf8proc_option_t)options, NULL);
    if (n < 1 || n > 3) {
        out[0] = cp;
        return 1;
    }
    for (utf8proc_ssize_t i = 0; i < n; i++)
        out[i] = (uint32_t)buf[i];
    return (int)n;
}
