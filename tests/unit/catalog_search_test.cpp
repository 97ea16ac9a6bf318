// Catalog search: normalisation, ranking on tricky names, filters. Most cases use a small catalog
// built here, so they do not move when the embedded catalog grows; a few check everyday names
// against the embedded catalog.
#include "core/catalog_search.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace modelwatt;

namespace {

Run run(const char* id, const char* name, const char* org, int year, const char* domain = "Language",
        bool open = true, std::vector<std::string> aliases = {}) {
  Run r;
  r.id = id;
  r.name = name;
  r.organization = org;
  r.year = year;
  r.domain = domain;
  r.open_weights = open;
  r.aliases = std::move(aliases);
  return r;
}

Catalog small_catalog() {
  Catalog c;
  c.runs = {run("llama-3.1-8b", "Llama 3.1 8B", "Meta", 2024),
            run("llama-3.1-70b", "Llama 3.1 70B", "Meta", 2024),
            run("llama-3.1-405b", "Llama 3.1 405B", "Meta", 2024),
            run("llama-3.1-405b-instruct", "Llama 3.1 405B Instruct", "Meta", 2024),
            run("llama-3-70b", "Llama 3 70B", "Meta", 2024),
            run("llama-2-70b", "Llama 2 70B", "Meta", 2023),
            run("gpt-4", "GPT-4", "OpenAI", 2023, "Multimodal,Language,Vision", false),
            run("gpt-4o", "GPT-4o", "OpenAI", 2024, "Multimodal,Language", false, {"ChatGPT"}),
            run("deepseek-v3", "DeepSeek-V3", "DeepSeek", 2024),
            run("deepseek-r1", "DeepSeek-R1", "DeepSeek", 2025),
            run("alphago", "AlphaGo Zero", "DeepMind", 2017, "Games", false),
            run("mistral-le-chat", "Mistral Le Chat Célèste", "Mistral AI", 2025)};
  Accelerator h100;
  h100.id = "h100";
  h100.name = "NVIDIA H100 SXM5 80GB";
  h100.vendor = "NVIDIA";
  h100.year = 2022;
  Accelerator h20 = h100;
  h20.id = "h20";
  h20.name = "NVIDIA H20";
  c.accelerators = {h100, h20};
  Region zurich;
  zurich.id = "ch-zh";
  zurich.name = "Zürich (Schweiz)";
  zurich.year = 2023;
  c.regions = {zurich};
  return c;
}

std::vector<std::string> ids(const std::vector<SearchHit>& hits, std::size_t n = 99) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < hits.size() && i < n; ++i) out.push_back(hits[i].id);
  return out;
}

std::string first(const Catalog& c, const std::string& q, const SearchFilter& f = {}) {
  auto hits = search_catalog(c, q, f);
  return hits.empty() ? "" : hits[0].id;
}

}  // namespace

TEST_CASE("search: folding and tokens") {
  CHECK(search_fold("Zürich – ÉCOLE") == "zurich   ecole");
  CHECK(search_fold("Straße Œuvre ĳ") == "strasse oeuvre ij");
  CHECK(search_fold("Cafe\xCC\x81") == "cafe");  // e + combining acute
  CHECK(search_fold("\xFF\xC3") == "  ");        // malformed bytes are separators, never a crash
  CHECK(search_fold("通义千问") == "通义千问");  // other scripts pass through
  CHECK(search_tokens("Llama-3.1-405B") == std::vector<std::string>{"llama", "3", "1", "405b"});
  CHECK(search_tokens("llama3.1 405b") == std::vector<std::string>{"llama", "3", "1", "405b"});
  CHECK(search_tokens("gpt4o") == std::vector<std::string>{"gpt", "4o"});
  CHECK(search_tokens("  --  ").empty());
}

TEST_CASE("search: one model, however it is written") {
  const Catalog c = small_catalog();
  for (const char* q : {"llama 3.1 405b", "Llama-3.1-405B", "LLAMA_3.1_405B", "llama3.1 405b",
                        "llama-3.1-405b", "Llama 3.1 405", "405b llama 3.1", "lama 3.1 405b"})
    CHECK_MESSAGE(first(c, q) == "llama-3.1-405b", q);
  // The shorter name wins over a longer one that also contains every query token.
  auto hits = search_catalog(c, "llama 3.1 405b");
  REQUIRE(hits.size() >= 2);
  CHECK(ids(hits, 2) == std::vector<std::string>{"llama-3.1-405b", "llama-3.1-405b-instruct"});
  CHECK(hits[0].score == doctest::Approx(1.0));
  CHECK(hits[1].score < hits[0].score);
}

TEST_CASE("search: numbers match whole, not by their first digit") {
  const Catalog c = small_catalog();
  // "llama 3" is Llama 3 (and 3.1), never Llama 2 70B through "70b".
  const auto l3 = ids(search_catalog(c, "llama 3"));
  CHECK(std::find(l3.begin(), l3.end(), "llama-2-70b") == l3.end());
  CHECK(first(c, "llama 3 70b") == "llama-3-70b");
  CHECK(first(c, "llama 2") == "llama-2-70b");
  // "4" is not a prefix of "405b": Llama 4 finds nothing here.
  CHECK(search_catalog(c, "llama 4").empty());
}

TEST_CASE("search: everyday names, typos, organizations, accents") {
  const Catalog c = small_catalog();
  CHECK(first(c, "gpt4") == "gpt-4");  // exact joined name beats the gpt-4o prefix
  CHECK(ids(search_catalog(c, "gpt4"), 2) == std::vector<std::string>{"gpt-4", "gpt-4o"});
  CHECK(first(c, "gpt 4o") == "gpt-4o");
  CHECK(first(c, "chatgpt") == "gpt-4o");  // alias
  CHECK(first(c, "ChatGPT") == "gpt-4o");
  CHECK(first(c, "deepsek r1") == "deepseek-r1");  // one-letter typo
  CHECK(first(c, "deepseek") == "deepseek-v3");    // both DeepSeek runs, catalog order on a tie
  CHECK(ids(search_catalog(c, "deepseek")).size() == 2);
  CHECK(first(c, "r1") == "deepseek-r1");
  CHECK(ids(search_catalog(c, "openai")) == std::vector<std::string>{"gpt-4", "gpt-4o"});  // organization
  CHECK(first(c, "meta 405b") == "llama-3.1-405b");  // organization + name tokens
  CHECK(first(c, "celeste") == "mistral-le-chat");   // accent-insensitive
  CHECK(first(c, "CÉLESTE") == "mistral-le-chat");
  CHECK(first(c, "zurich") == "ch-zh");
  CHECK(first(c, "Zürich") == "ch-zh");
  CHECK(first(c, "h100") == "h100");
  CHECK(first(c, "H-100") == "h100");
  CHECK(first(c, "nvidia h20") == "h20");
  CHECK(search_catalog(c, "xyzzy").empty());
  CHECK(search_catalog(c, "q").empty());
}

TEST_CASE("search: filters and empty queries") {
  const Catalog c = small_catalog();
  CHECK(search_catalog(c, "").size() == c.runs.size() + c.accelerators.size() + c.regions.size());
  CHECK(search_catalog(c, " - ").size() == search_catalog(c, "").size());
  SearchFilter runs_only;
  runs_only.kinds = {SearchKind::run};
  CHECK(search_catalog(c, "", runs_only).size() == c.runs.size());
  SearchFilter lm;
  lm.language_models_only = true;
  CHECK(search_catalog(c, "").size() > search_catalog(c, "", lm).size());
  CHECK(search_catalog(c, "alphago", lm).empty());  // Games
  CHECK(first(c, "gpt 4", lm) == "gpt-4");          // "Multimodal,Language,Vision" counts
  CHECK(search_catalog(c, "h100", lm).empty());     // not a model
  SearchFilter open;
  open.open_weights_only = true;
  CHECK(search_catalog(c, "gpt", open).empty());
  CHECK(ids(search_catalog(c, "deepseek", open)).size() == 2);
  SearchFilter years;
  years.year_min = 2024;
  years.year_max = 2024;
  for (const SearchHit& h : search_catalog(c, "", years)) CHECK(h.year == 2024);
  CHECK(ids(search_catalog(c, "deepseek", years)) == std::vector<std::string>{"deepseek-v3"});
  SearchFilter two;
  two.limit = 2;
  CHECK(search_catalog(c, "llama", two).size() == 2);
  SearchKind k;
  CHECK(parse_search_kind("accelerator", &k));
  CHECK(k == SearchKind::accelerator);
  CHECK_FALSE(parse_search_kind("model", &k));
}

TEST_CASE("search: everyday names in the embedded catalog") {
  const Catalog& c = builtin_catalog();
  CHECK(first(c, "chatgpt") == "gpt-4o-epoch-2025");
  CHECK(first(c, "gpt4") != "");
  CHECK(first(c, "deepseek").rfind("deepseek-", 0) == 0);
  CHECK(first(c, "Llama-3.1-405B") == "llama-3.1-405b");
  CHECK(first(c, "llama3.1 8b") == "llama-3.1-8b");
  CHECK(first(c, "h800") == "h800");
  CHECK(first(c, "france") == "fr");
  CHECK(first(c, "bloom") == "bloom-176b");
}

TEST_CASE("search: the ChatGPT serving scenario is found by its everyday names") {
  const Catalog& c = builtin_catalog();
  // Both ChatGPT runs carry the alias: a tie keeps catalog order (the Epoch estimate, then serving).
  const auto top = ids(search_catalog(c, "chatgpt"), 2);
  CHECK(std::find(top.begin(), top.end(), "chatgpt-4o-serving") != top.end());
  CHECK(ids(search_catalog(c, "OpenAI ChatGPT"), 2) ==
        std::vector<std::string>{"chatgpt-4o-serving", "gpt-4o-epoch-2025"});  // the full alias wins
  CHECK(first(c, "DeepSeek chat") == "deepseek-v3-serving");
  CHECK(first(c, "deepseek-r1-serving") == "deepseek-r1-serving");
  // A mistyped preset id names the serving run among its suggestions.
  CHECK(did_you_mean_run(c, "chatgtp").find("chatgpt-4o-serving") != std::string::npos);
  CHECK(did_you_mean_run(c, "chatgpt-4o-servnig").find("chatgpt-4o-serving") != std::string::npos);
}

TEST_CASE("search: did you mean, for unknown presets") {
  const Catalog c = small_catalog();
  CHECK(did_you_mean_run(c, "chatgpt") == " (did you mean gpt-4o?)");
  CHECK(did_you_mean_run(c, "deepseek-v4") == " (did you mean deepseek-v3?)");
  CHECK(did_you_mean_run(c, "llama-3.1-450b").find("llama-3.1-405b") != std::string::npos);
  CHECK(did_you_mean_run(c, "zzzzzzzz") == "");
}

TEST_CASE("search: a prebuilt index answers like the catalog, and outlives it") {
  SearchIndex index;
  std::vector<std::string> expected;
  {
    const Catalog c = small_catalog();
    index = build_search_index(c);
    expected = ids(search_catalog(c, "llama 3.1"));
    CHECK(index.entries.size() == c.runs.size() + c.accelerators.size() + c.regions.size());
  }
  CHECK(ids(search_catalog(index, "llama 3.1")) == expected);
  CHECK(expected.size() == 4);
  SearchFilter open;
  open.open_weights_only = true;
  CHECK(search_catalog(index, "gpt", open).empty());
}
