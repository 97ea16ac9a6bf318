// Entry point of `modelwatt`: argument parsing and command dispatch. Any exception that escapes a
// command is an internal error (exit 1); bad input is reported by the commands (exit 2).
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>

#include "core/catalog.h"
#include "core/error.h"
#include "core/format.h"
#include "native/cli.h"

using namespace modelwatt;

static const char kUsage[] =
    "usage: modelwatt <command> [options]\n"
    "  estimate FILE|-   [--format json|table|csv]   compute footprints of a scenario file\n"
    "  explain FILE|-    [--lang en|it]              show the arithmetic behind every output\n"
    "  catalog           [--format json|table|csv]    accelerators, regions, runs with sources\n"
    "  catalog --search TEXT [--format json|table|csv] entries matching TEXT, best first\n"
    "  validate          [--format table|json]        re-derive published footprints\n"
    "  estimate FILE --samples N --seed S             add p5/p50/p95 intervals (Monte Carlo, default 10000)\n"
    "  explain FILE --sensitivity [--format json]     which uncertain inputs drive each output\n"
    "  claim FILE        [--format json] [--lang it]  check {\"scenarios\": [A, B], \"claim\": {...}}\n"
    "                    [--align]  and again with B taking A's value of a dominant assumption\n"
    "  share FILE|-      [--metric M] [--lang it]     the app link's query string (URL state)\n"
    "  share --embed FILE [--base URL]                the iframe snippet for an article\n"
    "  share --decode QUERY                           the scenarios of a link, as JSON\n"
    "  render --svg FILE|QUERY [-o out.svg] [--width PX] [--theme dark]   the card's chart as SVG\n"
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
    } else if (is("--search")) {
      a->search = value("--search");
      a->has_search = true;
    } else if (is("--lang")) {
      a->lang = value("--lang");
      Lang lang;
      if (error->empty() && !parse_lang(a->lang, &lang)) {
        *error = "--lang: unknown language \"" + clip_utf8(a->lang, 40) + "\"; use en or it";
        return false;
      }
    } else if (is("--samples")) {
      if (!cli::parse_samples(value("--samples"), &a->samples, error)) return false;
    } else if (is("--seed")) {
      if (!cli::parse_seed(value("--seed"), &a->seed, error)) return false;
      if (a->samples == 0) a->samples = -1;  // a seed alone asks for intervals with the default count
    } else if (s == "--sensitivity") {
      a->sensitivity = true;
    } else if (s == "--align") {  // claim: re-run with the dominant assumption the same on both sides
      a->align = true;
    } else if (s == "--embed" || s == "--decode" || s == "--svg" || s == "--png") {  // share / render
      (s == "--embed" ? a->embed : s == "--decode" ? a->decode : s == "--svg" ? a->svg : a->png) = true;
    } else if (is("--metric") || is("--view") || is("--theme") || is("--base") || is("--width") || is("-o")) {
      const std::string name = s.substr(0, s.find('='));
      const std::string v = value(name.c_str());
      (name == "--metric" ? a->metric : name == "--view" ? a->view : name == "--theme" ? a->theme
       : name == "--base" ? a->base_url : name == "--width" ? a->width : a->svg_out) = v;
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
      if (argc >= 2) return cli::write_stdout(kUsage);
      std::fputs(kUsage, stderr);
      return cli::kBadInput;
    }
    const std::string cmd = argv[1];
    if (cmd == "--version") {
      const Catalog& c = builtin_catalog();
      return cli::write_stdout("modelwatt 0.1.0 (catalog " + c.version + ", " + c.date + ")\n");
    }
    cli::Args args;
    std::string error;
    if (!parse_args(argc, argv, &args, &error)) return cli::bad_input(error);
    if (!catalog_error().empty()) {
      std::fprintf(stderr, "internal error: embedded catalog: %s\n", catalog_error().c_str());
      return cli::kInternal;
    }
    if (args.has_search && cmd != "catalog") return cli::bad_input("--search: only the catalog command searches");
    if (args.align && cmd != "claim") return cli::bad_input("--align: only the claim command aligns");
    if (cmd == "estimate") return args.samples != 0 ? cli::cmd_estimate_intervals(args) : cli::cmd_estimate(args);
    if (cmd == "explain") return args.sensitivity ? cli::cmd_sensitivity(args) : cli::cmd_explain(args);
    if (cmd == "claim") return cli::cmd_claim(args);
    if (cmd == "share") return cli::cmd_share(args);
    if (cmd == "render") return cli::cmd_render(args);
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
