// The string tables and the strings files the web modules load (core/i18n.h): a file is refused
// whole with a message naming the field; loaded words are found in their language only; the keys a
// face asked for and lacked are listed until their language arrives. Test keys live under "test.strings."
// so the compiled-in tables are untouched.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/i18n.h"
#include "core/strings/table.h"

using namespace modelwatt;

namespace {
bool listed_missing(const std::string& key) {
  const auto m = missing_strings();
  return std::find(m.begin(), m.end(), key) != m.end();
}
}  // namespace

TEST_CASE("native faces carry both languages compiled in") {
  CHECK(strings_loaded(Lang::en));
  CHECK(strings_loaded(Lang::it));
  CHECK(std::string(tr("embed.metric.energy", Lang::it)) == "Energia");
  CHECK(std::string(tr("embed.metric.energy", Lang::en)) == "Energy");
}

TEST_CASE("a strings file is refused whole, naming the field") {
  CHECK(load_strings("{").rfind("strings: not valid JSON", 0) == 0);
  CHECK(load_strings(R"({"lang": "fr", "strings": {}})") == "strings.lang: must be \"en\" or \"it\"");
  CHECK(load_strings(R"({"lang": "it-IT", "strings": {}})") == "strings.lang: must be \"en\" or \"it\"");
  CHECK(load_strings(R"({"lang": "it"})") == "strings.strings: must be an object");
  CHECK(load_strings(R"({"lang": "it", "strings": {"test.strings.a": "uno", "test.strings.b": 2}})") ==
        "strings.strings.test.strings.b: must be a text");
  CHECK_FALSE(has_tr("test.strings.a"));  // nothing of a refused file was added
}

TEST_CASE("loaded words are found in their language; a key lacking one is listed as missing until it comes") {
  REQUIRE(
      load_strings(
          R"({"lang": "it", "face": "card", "strings": {"test.strings.z": "zeta", "test.strings.y": "ipsilon \"y\""}})") ==
      "");
  CHECK(std::string(tr("test.strings.z", Lang::it)) == "zeta");
  CHECK(std::string(tr("test.strings.y", Lang::it)) == "ipsilon \"y\"");
  CHECK(has_tr("test.strings.z"));
  // English is not loaded for it: the key echoes itself and is listed.
  CHECK(std::string(tr("test.strings.z", Lang::en)) == "test.strings.z");
  CHECK(listed_missing("test.strings.z"));
  const auto it_words = tr_prefixed("test.strings.", Lang::it);
  REQUIRE(it_words.size() == 2);
  CHECK(it_words[0].first == "test.strings.y");  // in key order
  CHECK(std::string(it_words[1].second) == "zeta");
  CHECK(tr_prefixed("test.strings.", Lang::en).empty());
  REQUIRE(load_strings(R"({"lang": "en", "strings": {"test.strings.z": "zed"}})") == "");
  CHECK(std::string(tr("test.strings.z", Lang::en)) == "zed");
  CHECK_FALSE(listed_missing("test.strings.z"));
  CHECK(std::string(tr("test.strings.z", Lang::it)) == "zeta");  // the other language kept
}

TEST_CASE("every key is in one table only, with words in both languages") {
  std::vector<std::string> keys;
  for (const I18nTable& t : i18n_tables()) {
    std::size_t n = 0;
    const I18nEntry* e = t.entries(&n);
    for (std::size_t i = 0; i < n; ++i) {
      keys.push_back(e[i].key);
      INFO(e[i].key);
      CHECK(std::string(e[i].en).size() > 0);
      CHECK(std::string(e[i].it).size() > 0);
    }
  }
  REQUIRE(keys.size() > 500);
  std::sort(keys.begin(), keys.end());
  const auto dup = std::adjacent_find(keys.begin(), keys.end());
  CHECK_MESSAGE(dup == keys.end(), "duplicate key " << (dup == keys.end() ? "" : *dup));
}
