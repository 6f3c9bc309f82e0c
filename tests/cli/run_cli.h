// tests/cli/run_cli.h: runs the built `klartext` binary for end-to-end tests.
//
// The binary is found through KLARTEXT_BINARY_DIR (set by klartext_test).
// Each run has a deadline: a hang is a test failure, not a stuck suite.
#ifndef KLARTEXT_TESTS_CLI_RUN_CLI_H_
#define KLARTEXT_TESTS_CLI_RUN_CLI_H_

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "io/warc_fixtures.h"

namespace klartext::cli::testing {

struct CliRun {
  int exit_code = -1;  // -1 if killed by a signal
  int signal = 0;      // the signal that ended it, 0 if it exited
  bool timed_out = false;
  std::string out;
  std::string err;
};

inline std::string KlartextBinary() { return std::string(KLARTEXT_BINARY_DIR) + "/klartext"; }

// Runs `binary` with `args`; stdin comes from `stdin_path` ("" = /dev/null).
inline CliRun RunBinary(const std::string& binary, const std::vector<std::string>& args,
                        const std::string& stdin_path = "", int timeout_seconds = 300) {
  static int counter = 0;
  std::string base = ::testing::TempDir() + "klartext-cli-" + std::to_string(::getpid()) + "-" + std::to_string(++counter);
  std::string out_path = base + ".out", err_path = base + ".err";
  std::vector<std::string> argv_store = {binary};
  argv_store.insert(argv_store.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_store) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    int in = open(stdin_path.empty() ? "/dev/null" : stdin_path.c_str(), O_RDONLY);
    int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(in, 0);
    dup2(out, 1);
    dup2(err, 2);
    execv(argv[0], argv.data());
    _exit(127);
  }
  CliRun run;
  int status = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  for (;;) {
    pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      run.timed_out = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  if (WIFEXITED(status)) run.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) run.signal = WTERMSIG(status);
  run.out = io::testing::ReadFile(out_path);
  run.err = io::testing::ReadFile(err_path);
  unlink(out_path.c_str());
  unlink(err_path.c_str());
  return run;
}

// Runs the built klartext with `args`.
inline CliRun RunKlartext(const std::vector<std::string>& args, const std::string& stdin_path = "",
                          int timeout_seconds = 300) {
  return RunBinary(KlartextBinary(), args, stdin_path, timeout_seconds);
}

}  // namespace klartext::cli::testing

#endif  // KLARTEXT_TESTS_CLI_RUN_CLI_H_
