// The `modelwatt` command line: one function per command, sharing input reading and exit codes.
#pragma once
#include <string>
#include <vector>

namespace modelwatt::cli {

enum Exit { kOk = 0, kInternal = 1, kBadInput = 2 };

struct Args {
  std::vector<std::string> positional;
  std::string format;  // "", json, table, csv
  std::string lang = "en";
  bool sensitivity = false, embed = false, decode = false;
  std::string svg_out;
  long samples = 0;
  unsigned long long seed = 1;
};

// Reads FILE or "-" (stdin), at most 1 MiB. On failure prints "error: …" and returns false.
bool read_input(const std::string& path, std::string* text);
// Prints "error: <message>" on stderr and returns kBadInput.
int bad_input(const std::string& message);

int cmd_estimate(const Args& a);
int cmd_explain(const Args& a);
int cmd_catalog(const Args& a);
int cmd_validate(const Args& a);

}  // namespace modelwatt::cli
