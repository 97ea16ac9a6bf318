// The `modelwatt` command line: one function per command, sharing input reading and exit codes.
#pragma once
#include <string>
#include <vector>

namespace modelwatt {
struct UncertaintyOptions;
struct Scenario;
}

namespace modelwatt::cli {

enum Exit { kOk = 0, kInternal = 1, kBadInput = 2 };

struct Args {
  std::vector<std::string> positional;
  std::string format;  // "", json, table, csv
  std::string lang = "en";
  bool sensitivity = false, embed = false, decode = false;
  bool align = false;  // claim --align
  std::string svg_out;
  // share / render (native/cli_share.cpp, native/cli_render.cpp)
  std::string metric, view, theme, base_url, width;
  bool svg = false, png = false;
  std::string search;  // catalog --search TEXT
  bool has_search = false;
  long samples = 0;
  unsigned long long seed = 1;
};

// Reads FILE or "-" (stdin), at most 1 MiB. On failure prints "error: …" and returns false.
bool read_input(const std::string& path, std::string* text);
// Reads and validates the one FILE|- argument of `cmd`; on failure sets *exit_code (error printed).
bool load_scenarios(const Args& a, const char* cmd, std::vector<Scenario>* scenarios, int* exit_code);
// Prints "error: <message>" on stderr and returns kBadInput. Control characters and bidi controls in
// the message are escaped (\x1B, \n, \u202E): what an error quotes never drives the terminal.
int bad_input(const std::string& message);
std::string escape_for_terminal(const std::string& text);
// Writes all of `text` to stdout and flushes: kOk, or kInternal with a message on stderr when the
// write fails (full disk, closed pipe).
int write_stdout(const std::string& text);

int cmd_estimate(const Args& a);
int cmd_explain(const Args& a);
int cmd_catalog(const Args& a);
int cmd_validate(const Args& a);
int cmd_share(const Args& a);   // share FILE | --embed FILE | --decode QUERY
int cmd_render(const Args& a);  // render --svg FILE|QUERY [-o out.svg]

// Uncertainty (native/cli_uncertainty.cpp, native/cli_claim.cpp).
bool parse_samples(const std::string& v, long* out, std::string* error);        // 1 … 1,000,000
bool parse_seed(const std::string& v, unsigned long long* out, std::string* error);
UncertaintyOptions uncertainty_options(const Args& a);  // --samples (default 10,000), --seed
int cmd_estimate_intervals(const Args& a);  // estimate --samples N --seed S
int cmd_sensitivity(const Args& a);         // explain --sensitivity
int cmd_claim(const Args& a);

}  // namespace modelwatt::cli
