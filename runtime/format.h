/* The format-spec mini-language (format.c). */
#ifndef KR_FORMAT_H
#define KR_FORMAT_H

#include "object.h"

typedef struct FmtSpec {
    uint32_t fill;
    char align, sign, type, grouping;
    bool alt, zero, z, fill_given;
    int64_t width, precision;   /* -1: not given */
} FmtSpec;

bool fmt_parse(VM *vm, Value spec, FmtSpec *out, const char *type_name);
Value format_int(VM *vm, Value v, Value spec);
Value format_float(VM *vm, Value v, Value spec);
Value format_str(VM *vm, Value v, Value spec);
Value format_double(VM *vm, double d, const FmtSpec *spec);

#endif
