// bench/speed/stages.h: the pipeline cut after each stage, as Extract runs it
// (src/extract/extract.cc), so each prefix can be timed on its own.
#ifndef KLARTEXT_BENCH_SPEED_STAGES_H_
#define KLARTEXT_BENCH_SPEED_STAGES_H_

#include <cstdint>
#include <string_view>

namespace klartext::speed {

enum class Stage {
  kDecode,   // charset sniffing and conversion to UTF-8
  kParse,    // decode + HTML parse into html::Document
  kBlocks,   // decode + parse + blocks::BlocksFromDom
  kExtract,  // the whole klartext::Extract
};
inline constexpr Stage kStages[] = {Stage::kDecode, Stage::kParse, Stage::kBlocks, Stage::kExtract};

const char* StageName(Stage stage);

// Runs the pipeline up to `stage` on one page. With `digest`, returns a
// 64-bit hash of everything that stage produced (for checking that outputs
// did not change); without, a cheap value that only keeps the work alive.
std::uint64_t RunStage(Stage stage, std::string_view bytes, bool digest);

}  // namespace klartext::speed

#endif  // KLARTEXT_BENCH_SPEED_STAGES_H_
