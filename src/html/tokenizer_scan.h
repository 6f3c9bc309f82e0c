// html/tokenizer_scan.h: the tokenizer's inner loops, finding the next byte
// that needs attention among runs of bytes that need none.
//
// Most of a page is text, attribute values and script bodies; scanning them
// 16 bytes at a time (SSE2, part of every x86-64) instead of a byte-wise
// state machine is what makes the tokenizer fast. Other targets get the
// byte loop. Loads never go past `end`.
#ifndef KLARTEXT_HTML_TOKENIZER_SCAN_H_
#define KLARTEXT_HTML_TOKENIZER_SCAN_H_

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace klartext::html::scan {

// The first position in [p, end) holding a, b or c, or end.
inline const char* FindAny(const char* p, const char* end, char a, char b, char c) {
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c);
  while (end - p >= 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)),
                                     _mm_cmpeq_epi8(x, vc));
    const int mask = _mm_movemask_epi8(hit);
    if (mask != 0) return p + __builtin_ctz(static_cast<unsigned>(mask));
    p += 16;
  }
#endif
  for (; p != end; ++p) {
    if (*p == a || *p == b || *p == c) return p;
  }
  return end;
}

// Same for four bytes.
inline const char* FindAny(const char* p, const char* end, char a, char b, char c, char d) {
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c),
                vd = _mm_set1_epi8(d);
  while (end - p >= 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i hit =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)),
                     _mm_or_si128(_mm_cmpeq_epi8(x, vc), _mm_cmpeq_epi8(x, vd)));
    const int mask = _mm_movemask_epi8(hit);
    if (mask != 0) return p + __builtin_ctz(static_cast<unsigned>(mask));
    p += 16;
  }
#endif
  for (; p != end; ++p) {
    if (*p == a || *p == b || *p == c || *p == d) return p;
  }
  return end;
}

}  // namespace klartext::html::scan

#endif  // KLARTEXT_HTML_TOKENIZER_SCAN_H_
