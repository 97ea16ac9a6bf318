// Entry point of `modelwatt`: argument parsing and command dispatch. Any exception that escapes a
// command is an internal error (exit 1); bad input is reported by the commands (exit 2).
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>

#include "core/catalog.h"
#include "native/cli.h"

using namespace modelwatt;

static const char kUsage[] =
    "usage: modelwatt <command> [options]\n"
    "  estimate FILE|-   [--format json|table|csv]   compute footprints of a scenario file\n"
    "  explain FILE|-    [--lang en|it]              show the arithmetic behind every output\n"
    "  catalog           [--format json|table]        accelerators, regions, runs with sources\n"
    "  validate          [--format table|json]        re-derive published footprints\n"
    "  --version                                      catalog version and date\n";

static bool parse_args(int argc, char** argv, cli::Args* a, std::string* error) {
  for (int i = 2; i < argc; ++i) {
    std::string s = argv[i];
    auto value = [&](const char* name) -> std::string {
      std::string prefix = std::string(name) + "=";
      if (s.rfind(prefix, 0) == 0) return s.substr(prefix.size());
      if (i + 1 < argc) return argv[++i];
      *error = std::string(name) + ": needs a value";
      return "";
    };
    auto is = [&](const char* name) { return s == name || s.rfind(std::string(name) + "=", 0) == 0; };
    if (is("--format")) {
      a->format = value("--format");
      if (a->format != "json" && a->format != "table" && a->format != "csv") {
        if (error->empty()) *error = "--format: must be json, table or csv (got \"" + a->format + "\")";
        return false;
      }
    } else if (is("--lang")) {
      a->lang = value("--lang");
    } else if (s == "-" || s.empty() || s[0] != '-') {
      a->positional.push_back(s);
    } else {
      *error = s + ": unknown option";
      return false;
    }
    if (!error->empty()) return false;
  }
  return true;
}

int main(int argc, char** argv) {
  try {
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
      std::fputs(kUsage, argc < 2 ? stderr : stdout);
      return argc < 2 ? cli::kBadInput : cli::kOk;
    }
    const std::string cmd = argv[1];
    if (cmd == "--version") {
      const Catalog& c = builtin_catalog();
      std::printf("modelwatt 0.1.0 (catalog %s, %s)\n", c.version.c_str(), c.date.c_str());
      return cli::kOk;
    }
    cli::Args args;
    std::string error;
    if (!parse_args(argc, argv, &args, &error)) return cli::bad_input(error);
    if (!catalog_error().empty()) {
      std::fprintf(stderr, "internal error: embedded catalog: %s\n", catalog_error().c_str());
      return cli::kInternal;
    }
    if (cmd == "estimate") return cli::cmd_estimate(args);
    if (cmd == "explain") return cli::cmd_explain(args);
    if (cmd == "catalog") return cli::cmd_catalog(args);
    if (cmd == "validate") return cli::cmd_validate(args);
    return cli::bad_input("unknown command \"" + cmd + "\"; run modelwatt --help");
  } catch (const std::exception& e) {
    std::fprintf(stderr, "internal error: %s\n", e.what());
    return cli::kInternal;
  } catch (...) {
    std::fprintf(stderr, "internal error\n");
    return cli::kInternal;
  }
}
