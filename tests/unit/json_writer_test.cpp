// JsonWriter: the text it streams is the text Json::dump writes (nlohmann's), checked against
// expected strings written by hand, and the card's two forms (card_json, card_view) agree.
#include "core/json/json_writer.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include "core/card.h"
#include "core/json_read.h"
#include "tests/unit/test_util.h"

using namespace modelwatt;

namespace {

// One scalar written alone.
template <class T>
std::string scalar(const T& v) {
  std::string out;
  JsonWriter(&out).value(v);
  return out;
}

}  // namespace

TEST_CASE("json writer: containers, commas and empty ones") {
  std::string out;
  JsonWriter w(&out);
  w.begin_object().key("a").begin_array().end_array().key("b").begin_object().end_object();
  w.key("c").begin_array().value(1).begin_array().value("x").value(true).end_array().begin_object();
  w.key("d").null().key("e").value(false).end_object().value(2).end_array();
  w.key("f").value("last").end_object();
  CHECK(out == R"({"a":[],"b":{},"c":[1,["x",true],{"d":null,"e":false},2],"f":"last"})");
  std::string empty;
  JsonWriter(&empty).begin_array().end_array();
  CHECK(empty == "[]");
}

TEST_CASE("json writer: strings escaped, non-ASCII kept, invalid UTF-8 replaced") {
  CHECK(scalar("plain") == R"("plain")");
  CHECK(scalar(std::string("q\"b\\s/")) == R"("q\"b\\s/")");
  CHECK(scalar("\b\f\n\r\t") == R"("\b\f\n\r\t")");
  CHECK(scalar(std::string("\x00\x01\x0b\x1f", 4)) == R"("\u0000\u0001\u000b\u001f")");
  CHECK(scalar("\x7f") == "\"\x7f\"");  // DEL is not a control character for JSON
  CHECK(scalar("é 漢 😀") == "\"é 漢 😀\"");
  CHECK(scalar("a\xff") == "\"a\xEF\xBF\xBD\"");
  CHECK(scalar("\xc3(") == "\"\xEF\xBF\xBD(\"");
  CHECK(scalar(std::string_view("key\"", 4)) == R"("key\"")");
  std::string out;
  JsonWriter(&out).begin_object().key("k\"\n").value("").end_object();
  CHECK(out == R"({"k\"\n":""})");
}

TEST_CASE("json writer: numbers as nlohmann printed them") {
  CHECK(scalar(0.1) == "0.1");
  CHECK(scalar(1e21) == "1e+21");
  CHECK(scalar(-0.0) == "-0.0");
  CHECK(scalar(0.0) == "0.0");
  CHECK(scalar(30840000.0) == "30840000.0");  // an integral double keeps ".0"
  CHECK(scalar(2788000.5) == "2788000.5");
  CHECK(scalar(1e-5) == "1e-05");
  CHECK(scalar(1e-4) == "0.0001");
  CHECK(scalar(1e15) == "1e+15");
  CHECK(scalar(123456789012345.0) == "123456789012345.0");
  CHECK(scalar(-3.8e25) == "-3.8e+25");
  CHECK(scalar(1e-300) == "1e-300");
  CHECK(scalar(std::numeric_limits<double>::infinity()) == "null");
  CHECK(scalar(-std::numeric_limits<double>::infinity()) == "null");
  CHECK(scalar(std::nan("")) == "null");
  CHECK(scalar(0) == "0");
  CHECK(scalar(-1) == "-1");
  CHECK(scalar(30840000) == "30840000");
  CHECK(scalar(std::size_t{42}) == "42");
  CHECK(scalar(std::numeric_limits<int64_t>::min()) == "-9223372036854775808");
  CHECK(scalar(std::numeric_limits<int64_t>::max()) == "9223372036854775807");
  CHECK(scalar(std::numeric_limits<uint64_t>::max()) == "18446744073709551615");
  CHECK(scalar(false) == "false");
}

TEST_CASE("json writer: indented layout as Json::dump(indent)") {
  std::string two;
  JsonWriter w(&two, 2);
  w.begin_object().key("a").begin_array().value(1).value("x").end_array();
  w.key("b").begin_object().end_object().key("c").begin_array().end_array();
  w.key("d").begin_object().key("e").null().end_object().end_object();
  CHECK(two ==
        "{\n  \"a\": [\n    1,\n    \"x\"\n  ],\n  \"b\": {},\n  \"c\": [],\n"
        "  \"d\": {\n    \"e\": null\n  }\n}");
  CHECK(two == test::parsed_json(two).dump(2));
  std::string zero;
  JsonWriter(&zero, 0).begin_array().value(1).begin_object().key("k").value(2).end_object().end_array();
  CHECK(zero == "[\n1,\n{\n\"k\": 2\n}\n]");
  CHECK(zero == Json::array({1, {{"k", 2}}}).dump(0));
}

// card_view (the app's view model) is card_json's text read back: the same bytes when dumped.
TEST_CASE("json writer: card_json and card_view agree") {
  for (const char* query : {"v=1&s=deepseek-v3,llama-3.1-405b&metric=gpu_hours",
                            "v=1&s=llama-3.1-405b,deepseek-v3&metric=co2e&lang=it&theme=dark&view=log",
                            "v=1&s=deepseek-v3,gpt-3&s1.label=%22Mio%22%5Crun&lang=it&id=card-1"}) {
    Card card;
    Error e;
    REQUIRE(card_from_query(query, builtin_catalog(), &card, &e));
    const Json view = card_view(card, builtin_catalog(), 600, true, app_link_query(query));
    CHECK(view["ok"] == true);
    CHECK(json_dump(view) == card_json(query, builtin_catalog(), 600, true));
  }
}
