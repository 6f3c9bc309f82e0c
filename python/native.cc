// python/native.cc: the `klartext._native` extension (pybind11, Debian).
//
// Each function does its work with the GIL released, so Python threads
// extract in parallel, and hands back the JSON text the command line
// writes; klartext/__init__.py turns it into a dict with json.loads. One
// emitter for both means the fields of `klartext.extract()` are exactly
// those of `klartext extract` (doc/article_schema.md), by construction.
//
// Failures raise the exception classes of klartext/errors.py, chosen by
// the Status code, with the message the command prints. Nothing here
// aborts the interpreter: every library call returns a Status.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/json_writer.h"
#include "io/batch.h"
#include "io/emit_analysis_json.h"
#include "io/input_source.h"
#include "klartext/analyze.h"
#include "klartext/emit.h"
#include "klartext/extract.h"
#include "klartext/version.h"

namespace py = pybind11;

namespace klartext::python {
namespace {

// The Python class for a Status code (klartext/errors.py).
[[noreturn]] void Raise(const Status& status) {
  const char* name = "Error";
  switch (status.code()) {
    case Status::Code::kInvalidArgument: name = "InvalidArgumentError"; break;
    case Status::Code::kIoError: name = "IoError"; break;
    case Status::Code::kUnsupported: name = "UnsupportedInputError"; break;
    case Status::Code::kTooLarge: name = "TooLargeError"; break;
    case Status::Code::kNoContent: name = "NoContentError"; break;
    case Status::Code::kCorrupt: name = "CorruptInputError"; break;
    case Status::Code::kOk: break;
  }
  py::object cls = py::module_::import("klartext.errors").attr(name);
  PyErr_SetString(cls.ptr(), status.ToString().c_str());
  throw py::error_already_set();
}

InputFormat FormatFrom(const std::string& name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "html") return InputFormat::kHtml;
  if (name == "text") return InputFormat::kText;
  Raise(Status::InvalidArgument("format must be \"auto\", \"html\" or \"text\", not \"" + name + "\""));
}

Favor FavorFrom(const std::string& name) {
  if (name == "balanced") return Favor::kBalanced;
  if (name == "precision") return Favor::kPrecision;
  if (name == "recall") return Favor::kRecall;
  Raise(Status::InvalidArgument("favor must be \"balanced\", \"precision\" or \"recall\", not \"" + name + "\""));
}

// The bytes of a bytes or str argument (str as UTF-8).
std::string BytesOf(const py::object& input) {
  if (py::isinstance<py::bytes>(input)) return std::string(py::reinterpret_borrow<py::bytes>(input));
  if (py::isinstance<py::str>(input)) return py::reinterpret_borrow<py::str>(input).cast<std::string>();
  if (py::isinstance<py::bytearray>(input)) return py::reinterpret_borrow<py::bytearray>(input).cast<std::string>();
  throw py::type_error("klartext: the page must be bytes, bytearray or str");
}

// Extract (and analyse) one page; the JSON object as text, or the Status.
Result<std::string> ExtractJson(std::string_view bytes, const ExtractOptions& options, const EmitOptions& emit,
                                bool analyze) {
  Result<Article> article = Extract(bytes, options);
  if (!article.ok()) return article.status();
  std::string json = ToJson(*article, emit);
  if (analyze) AddAnalysisToJsonObject(Analyze(*article), json);
  return json;
}

struct PageOptions {
  ExtractOptions extract;
  bool analyze = false;
};

PageOptions MakeOptions(std::optional<std::string> url, const std::string& format, const std::string& favor,
                        std::optional<std::string> content_type, bool analyze, bool comments, bool tables,
                        bool links, bool images) {
  PageOptions o;
  o.extract.url = url.value_or("");
  o.extract.content_type = content_type.value_or("");
  o.extract.input_format = FormatFrom(format);
  o.extract.favor = FavorFrom(favor);
  o.extract.include_comments = comments;
  o.extract.include_tables = tables;
  o.extract.include_links = links;
  o.extract.include_images = images;
  o.analyze = analyze;
  return o;
}

std::string ExtractOne(const py::object& page, std::optional<std::string> url, const std::string& format,
                       const std::string& favor, std::optional<std::string> content_type, bool analyze,
                       bool comments, bool tables, bool links, bool images) {
  const PageOptions o = MakeOptions(url, format, favor, content_type, analyze, comments, tables, links, images);
  const std::string bytes = BytesOf(page);
  Result<std::string> json = Status::InvalidArgument("not run");
  {
    py::gil_scoped_release release;
    json = ExtractJson(bytes, o.extract, {}, o.analyze);
  }
  if (!json.ok()) Raise(json.status());
  return *json;
}

std::string AnalyzeOne(const std::string& text, std::optional<std::string> lang) {
  std::string out;
  {
    py::gil_scoped_release release;
    const std::string_view language = lang ? std::string_view(*lang) : GuessLanguage(text);
    const Analysis analysis = AnalyzeText(text, language);
    JsonWriter w(out);
    w.BeginObject();
    w.Field("language", analysis.language);
    w.Field("text", analysis.text);
    AppendAnalysisJson(analysis, w);
    w.EndObject();
  }
  return out;
}

// Iterates over the pages of WARC files (or any inputs the command takes),
// one record in memory at a time. Each item is the JSON text of an
// article, or of an error line ({"input", "url", "error", "error_code"})
// for a record that failed: a broken record does not end the iteration.
class Records {
 public:
  Records(std::vector<std::string> paths, PageOptions options)
      : source_(std::move(paths), io::InputOptions{}), options_(std::move(options)) {
    Status s = source_.Open();
    if (!s.ok()) Raise(s);
  }

  std::string Next() { return NextRaw().second; }

  // (true, article JSON) or (false, error line JSON): for callers that
  // write the JSON on as it is (klartext.dask) and only need to count.
  std::pair<bool, std::string> NextRaw() {
    io::InputRecord record;
    std::string json;
    bool ok = false;
    bool more = false;
    {
      py::gil_scoped_release release;
      more = source_.Next(&record);
      if (more) {
        ExtractOptions extract = options_.extract;
        extract.url = record.url;
        extract.content_type = record.content_type;
        Result<std::string> out = record.status.ok()
                                      ? ExtractJson(record.page(), extract, {record.input, record.record_id}, options_.analyze)
                                      : Result<std::string>(record.status);
        ok = out.ok();
        json = ok ? std::move(*out) : io::ErrorLine(record.input, record.record_id, record.url, out.status());
      }
    }
    if (!more) throw py::stop_iteration();
    return {ok, std::move(json)};
  }

  std::uint64_t bytes_read() const { return source_.bytes_read(); }
  std::uint64_t skipped() const { return source_.skipped(); }

 private:
  io::InputSource source_;
  PageOptions options_;
};

}  // namespace
}  // namespace klartext::python

PYBIND11_MODULE(_native, m) {
  using namespace klartext::python;
  m.doc() = "klartext's C++ engine; use the klartext package, not this module.";
  m.attr("version") = KLARTEXT_VERSION_STRING;
  m.def("extract_json", &ExtractOne, py::arg("page"), py::arg("url") = py::none(), py::arg("format") = "auto",
        py::arg("favor") = "balanced", py::arg("content_type") = py::none(), py::arg("analyze") = false,
        py::arg("comments") = false, py::arg("tables") = true, py::arg("links") = false, py::arg("images") = false);
  m.def("analyze_json", &AnalyzeOne, py::arg("text"), py::arg("lang") = py::none());
  py::class_<Records>(m, "Records")
      .def(py::init([](std::vector<std::string> paths, const std::string& format, const std::string& favor,
                       bool analyze) {
             return std::make_unique<Records>(std::move(paths),
                                              MakeOptions(std::nullopt, format, favor, std::nullopt, analyze, false,
                                                          true, false, false));
           }),
           py::arg("paths"), py::arg("format") = "auto", py::arg("favor") = "balanced", py::arg("analyze") = false)
      .def("__iter__", [](Records& r) -> Records& { return r; })
      .def("__next__", &Records::Next)
      .def("next_raw", &Records::NextRaw)
      .def_property_readonly("bytes_read", &Records::bytes_read)
      .def_property_readonly("skipped", &Records::skipped);
}
