#include "report.h"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <string>

namespace klartext::eval {
namespace {

// Segments longer than this are cut in listings, to keep one per line.
constexpr std::size_t kSegmentDisplayBytes = 140;

std::string Format(const char* format, double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), format, value);
  return buffer;
}

std::string Rate(const FieldRate& r) {
  return std::to_string(r.matched) + "/" + std::to_string(r.annotated) + " = " +
         Format("%.3f", r.Rate());
}

// Cut at a UTF-8 character boundary.
std::string Shorten(const std::string& s) {
  if (s.size() <= kSegmentDisplayBytes) return s;
  std::size_t cut = kSegmentDisplayBytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

double SegmentPageF1(const SegmentCounts& c) { return c.F1(); }


double PageFalsePositives(const SetRun& run, std::size_t i) {
  return run.set == EvalSet::kScrapinghub ? run.results[i].shingles.fp
                                          : static_cast<double>(run.results[i].segments.counts.fp);
}

void PrintPageLine(std::ostream& out, const SetRun& run, std::size_t i) {
  const EvalPage& page = run.pages[i];
  const PageResult& r = run.results[i];
  if (run.set == EvalSet::kScrapinghub) {
    const ShingleCounts& c = r.shingles;
    out << "  F1 " << Format("%.3f", PageF1(c)) << "  P " << Format("%.3f", PagePrecision(c))
        << "  R " << Format("%.3f", PageRecall(c)) << "  fp " << Format("%.3f", c.fp) << "  out "
        << r.text.size() << " B  " << page.name << "  " << page.url << "\n";
  } else {
    const SegmentCounts& c = r.segments.counts;
    out << "  F1 " << Format("%.3f", c.F1()) << "  tp " << c.tp << " fn " << c.fn << " fp "
        << c.fp << " tn " << c.tn << "  out " << r.text.size() << " B  " << page.name << "  " << page.url << "\n";
    for (const std::string& s : r.segments.missed_with) out << "      missed:  " << Shorten(s) << "\n";
    for (const std::string& s : r.segments.found_without) out << "      found:   " << Shorten(s) << "\n";
  }
  if (!r.error.empty()) out << "      failed:  " << r.error << "\n";
}

}  // namespace

double PageF1Of(const SetRun& run, std::size_t i) {
  return run.set == EvalSet::kScrapinghub ? PageF1(run.results[i].shingles)
                                          : SegmentPageF1(run.results[i].segments.counts);
}

void PrintSummaryTable(std::ostream& out, const std::vector<SetSummary>& summaries) {
  char line[256];
  std::snprintf(line, sizeof(line), "%-12s %-16s %-4s %5s %4s %4s %6s %6s %6s %6s %7s %7s\n",
                "set", "system", "mode", "pages", "miss", "fail", "P", "R", "F1", "acc", "MB",
                "wall_s");
  out << line;
  for (const SetSummary& s : summaries) {
    const std::string accuracy = s.has_accuracy ? Format("%.3f", s.accuracy) : "-";
    std::snprintf(line, sizeof(line),
                  "%-12s %-16s %-4s %5d %4d %4d %6.3f %6.3f %6.3f %6s %7.1f %7.1f\n",
                  s.set.c_str(), s.system.c_str(), s.mode.c_str(), s.pages, s.missing,
                  s.failures, s.precision, s.recall, s.f1, accuracy.c_str(), s.megabytes,
                  s.wall_seconds);
    out << line;
  }
  for (const SetSummary& s : summaries) {
    if (!s.has_accuracy) continue;
    const SegmentCounts& g = s.german_segments;
    out << "\n" << s.set << " (" << s.system << ", " << s.mode << "): segments tp " << s.segments.tp
        << " fp " << s.segments.fp << " fn " << s.segments.fn << " tn " << s.segments.tn << "\n";
    std::snprintf(line, sizeof(line),
                  "  German subset: %d pages  P %.3f  R %.3f  F1 %.3f  acc %.3f\n",
                  s.german_pages, g.Precision(), g.Recall(), g.F1(), g.Accuracy());
    out << line;
    out << "  exact match: title " << Rate(s.title) << "   date " << Rate(s.date)
        << "   author " << Rate(s.author) << "\n";
  }
}

void PrintWorstPages(std::ostream& out, const SetRun& run, int n) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < run.results.size(); ++i) {
    if (!run.results[i].missing) order.push_back(i);
  }
  const std::size_t count = std::min(order.size(), static_cast<std::size_t>(std::max(n, 0)));
  const std::string name(EvalSetName(run.set));

  // Lowest F1 first; among equals, the page missing more `with` segments.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const double fa = PageF1Of(run, a), fb = PageF1Of(run, b);
    if (fa != fb) return fa < fb;
    return run.results[a].segments.counts.fn > run.results[b].segments.counts.fn;
  });
  out << "\n" << name << ": " << count << " pages with the lowest F1\n";
  for (std::size_t k = 0; k < count; ++k) PrintPageLine(out, run, order[k]);

  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return PageFalsePositives(run, a) > PageFalsePositives(run, b);
  });
  out << "\n" << name << ": " << count << " pages with the most false positives\n";
  for (std::size_t k = 0; k < count; ++k) PrintPageLine(out, run, order[k]);
}

void PrintPage(std::ostream& out, const EvalPage& page, const PageResult& result) {
  out << "page:      " << page.name << " (" << EvalSetName(page.set) << ")\n"
      << "url:       " << page.url << "\n";
  if (result.missing) {
    out << "missing:   " << result.error << "\n";
    return;
  }
  if (!result.error.empty()) out << "failed:    " << result.error << "\n";
  if (page.set == EvalSet::kScrapinghub) {
    const ShingleCounts& c = result.shingles;
    out << "scores:    P " << Format("%.3f", PagePrecision(c)) << "  R "
        << Format("%.3f", PageRecall(c)) << "  F1 " << Format("%.3f", PageF1(c)) << "\n";
  } else {
    const SegmentCounts& c = result.segments.counts;
    out << "segments:  tp " << c.tp << " fn " << c.fn << " fp " << c.fp << " tn " << c.tn
        << (result.german ? "  (German subset)" : "") << "\n";
    for (const std::string& s : result.segments.missed_with) out << "  missed:  " << s << "\n";
    for (const std::string& s : result.segments.found_without) out << "  found:   " << s << "\n";
    const std::string authors =
        std::accumulate(result.authors.begin(), result.authors.end(), std::string(),
                        [](std::string a, const std::string& b) { return a.empty() ? b : a + "; " + b; });
    out << "title:     " << result.title << (page.title.empty() ? "" : "   [annotated: " + page.title + "]")
        << "\n"
        << "published: " << result.published
        << (page.date.empty() ? "" : "   [annotated: " + page.date + "]") << "\n"
        << "authors:   " << authors
        << (page.author.empty() ? "" : "   [annotated: " + page.author + "]") << "\n";
  }
  out << "---- text (" << result.text.size() << " bytes) ----\n" << result.text << "\n";
}

void PrintFieldMisses(std::ostream& out, const SetRun& run) {
  if (run.set != EvalSet::kTrafilatura) return;
  for (std::size_t i = 0; i < run.pages.size(); ++i) {
    const EvalPage& page = run.pages[i];
    const PageResult& r = run.results[i];
    if (r.missing) continue;
    if (!page.title.empty() && !SameTitle(page.title, r.title)) {
      out << "title\t" << page.name << "\t" << page.title << "\t" << r.title << "\n";
    }
    if (!page.date.empty() && !SameDate(page.date, r.published)) {
      out << "date\t" << page.name << "\t" << page.date << "\t" << r.published << "\n";
    }
    if (!page.author.empty() && !SameAuthors(page.author, r.authors)) {
      std::string ours;
      for (const std::string& a : r.authors) ours += (ours.empty() ? "" : "; ") + a;
      out << "author\t" << page.name << "\t" << page.author << "\t" << ours << "\n";
    }
  }
}

}  // namespace klartext::eval
