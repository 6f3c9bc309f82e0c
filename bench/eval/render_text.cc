#include "render_text.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <vector>

#include "gzip_file.h"

extern char** environ;

namespace klartext::eval {
namespace {

namespace fs = std::filesystem;

// 100 columns: wide enough that w3m rarely breaks a sentence, as on a
// desktop screen; UTF-8 out whatever the page's charset.
constexpr const char* kW3mArguments[] = {"w3m", "-dump", "-T", "text/html", "-cols", "100",
                                         "-O", "UTF-8"};

// Gives temporary files of concurrent renders distinct names.
std::atomic<unsigned> temp_counter{0};

// Runs w3m on html_path with its standard output into out_path.
Status RunW3m(const std::string& html_path, const std::string& out_path) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  std::vector<char*> argv;
  for (const char* arg : kW3mArguments) argv.push_back(const_cast<char*>(arg));
  argv.push_back(const_cast<char*>(html_path.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int err = posix_spawnp(&pid, "w3m", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (err != 0) return Status::IoError("cannot run w3m (is it installed? scripts/install-deps.sh)");
  int wstatus = 0;
  if (waitpid(pid, &wstatus, 0) < 0) return Status::IoError("waiting for w3m failed");
  if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) {
    return Status::IoError("w3m failed on " + html_path);
  }
  return Status();
}

}  // namespace

Result<std::string> RenderedText(std::string_view html, const std::string& cache_dir,
                                 std::string_view set_name, std::string_view page_name) {
  const fs::path dir = fs::path(cache_dir) / std::string(set_name);
  const fs::path cached = dir / (std::string(page_name) + ".txt");
  std::error_code ec;
  if (fs::exists(cached, ec)) return ReadPlainFile(cached.string());

  fs::create_directories(dir, ec);
  if (ec) return Status::IoError("cannot create " + dir.string() + ": " + ec.message());
  std::string tag = ".";  // appended: GCC 12 misreports `"." + s` under -Wrestrict
  tag.append(std::to_string(getpid())).append(".").append(std::to_string(temp_counter++));
  // w3m decides the type by the name too: ".html" keeps it on HTML.
  const fs::path html_file = dir / (std::string(page_name) + tag + ".tmp.html");
  const fs::path text_file = dir / (std::string(page_name) + tag + ".tmp.txt");
  {
    std::ofstream out(html_file, std::ios::binary);
    out.write(html.data(), static_cast<std::streamsize>(html.size()));
    if (!out) return Status::IoError("cannot write " + html_file.string());
  }
  Status run = RunW3m(html_file.string(), text_file.string());
  fs::remove(html_file, ec);
  if (!run.ok()) {
    fs::remove(text_file, ec);
    return run;
  }
  Result<std::string> text = ReadPlainFile(text_file.string());
  // Rename last, so a render cut short never lands in the cache.
  fs::rename(text_file, cached, ec);
  if (ec) fs::remove(text_file, ec);
  return text;
}

}  // namespace klartext::eval
