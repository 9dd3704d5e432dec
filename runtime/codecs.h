/* Text encodings (codecs.c): str.encode, bytes.decode, and the str()/bytes()/bytearray()
 * constructors that take an encoding.
 *
 * Krait implements the codecs programs use with str and bytes: UTF-8 (and UTF-8 with a BOM,
 * 'utf-8-sig'), ASCII, Latin-1, UTF-16 and UTF-32 (with a BOM, or -le/-be), under every alias
 * CPython's encodings package gives them, with CPython's error handlers except 'namereplace'
 * (which needs the Unicode character names).  Any other encoding is a LookupError. */
#ifndef KR_CODECS_H
#define KR_CODECS_H

#include "object.h"

/* s.encode(encoding, errors) -> bytes.  NULL encoding/errors mean 'utf-8'/'strict'.  Arguments
 * that are not str raise TypeError worded for str.encode: callers with another name (str(),
 * bytes(), bytearray()) check them first with codec_check_args. */
Value str_encode(VM *vm, Value s, Value encoding, Value errors);
/* b.decode(encoding, errors) -> str, for bytes or bytearray b; as str_encode. */
Value bytes_decode(VM *vm, Value b, Value encoding, Value errors);
/* CPython's checks of the two parameters: TypeError "<fname>() argument 'encoding' must be
 * str, not int", ValueError "embedded null character".  Either may be NULL (not passed). */
bool codec_check_args(VM *vm, const char *fname, Value encoding, Value errors);
/* Whether str s holds a lone surrogate, which UTF-8 cannot encode strictly. */
bool str_has_surrogate(Value s);

#endif
