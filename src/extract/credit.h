// extract/credit.h: a photo caption and its credit, told apart.
//
// Captions often carry the photographer or agency, glued on after a marker
// ("… in Washington aus.© Evelyn Hockstein/Pool Reuters/dpa", "Die Kanzlerin
// in Berlin. Foto: Michael Kappeler/dpa", "… (AP Photo/Evan Vucci)") or just
// appended ("… in Berlin. Michael Kappeler/dpa"). SplitCredit returns the
// two parts; the credit comes without its marker ("©", "Foto:", "(c)").
// Thread safety: pure function.
#ifndef KLARTEXT_EXTRACT_CREDIT_H_
#define KLARTEXT_EXTRACT_CREDIT_H_

#include <string>
#include <string_view>

namespace klartext::extract {

struct CaptionCredit {
  std::string caption;  // what the picture shows, white space collapsed
  std::string credit;   // who made or supplied it; "" when none was found
};

// A credit without a marker is recognised only when it names a known
// picture source (agency or photo library) and has at most this many words.
inline constexpr std::size_t kMaxUnmarkedCreditWords = 8;

// Splits at the first credit marker: "©", "(c)", "Copyright", "Foto:",
// "Fotos:", "Bild:", "Bildquelle:", "Photo:", "Image:", "Credit:",
// "Quelle:", "Source:", "Illustration:", "Grafik:" (any case); a marker in
// brackets "(Foto: X)" takes the bracket with it. Without a marker, a last
// sentence or bracket naming a picture source ("Getty Images", "picture
// alliance", "dpa", "AP Photo" …) is the credit. Otherwise the whole text
// is the caption.
CaptionCredit SplitCredit(std::string_view text);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_CREDIT_H_
