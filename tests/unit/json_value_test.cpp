// modelwatt::Json: the nlohmann::ordered_json behaviours the repository relies on, with the
// expected texts as nlohmann 3.11 wrote them.
#include <doctest/doctest.h>

#include <limits>
#include <string>

#include "core/json_read.h"
#include "tests/unit/test_util.h"

using namespace modelwatt;

using test::parsed_json;

TEST_CASE("json: braced lists, order, types") {
  Json j = {{"b", 1}, {"a", {1, 2.5, "x", nullptr, true}}, {"c", Json::object()}, {"d", Json::array()}};
  CHECK(j.is_object());
  CHECK(j.dump() == R"({"b":1,"a":[1,2.5,"x",null,true],"c":{},"d":[]})");
  CHECK(j.dump(2) ==
        "{\n  \"b\": 1,\n  \"a\": [\n    1,\n    2.5,\n    \"x\",\n    null,\n    true\n  ],\n"
        "  \"c\": {},\n  \"d\": []\n}");
  CHECK(Json::array({{"k", 1}}).dump() == R"([["k",1]])");
  CHECK(Json({"k", "v"}).dump() == R"(["k","v"])");  // two strings: an array, not a member
  j["b"] = "now a string";
  j["e"]["f"] = 2;  // created on write, in order
  CHECK(j.dump() == R"({"b":"now a string","a":[1,2.5,"x",null,true],"c":{},"d":[],"e":{"f":2}})");
  CHECK(j.erase("a") == 1);
  CHECK(j.erase("zz") == 0);
  const Json& c = j;
  CHECK(c["missing"].is_null());  // const reads never create or crash
  CHECK(c["e"][5].is_null());
  CHECK(!j.contains("missing"));
  CHECK(j.find("e") != j.end());
  CHECK(j.find("e").key() == "e");
  CHECK(j.value("zz", 7) == 7);
  CHECK(j.value("b", "") == "now a string");
  CHECK(std::string(Json(1.5).type_name()) == "number");
  Json arr;
  arr.push_back(1);
  arr.emplace_back("two");
  CHECK(arr.size() == 2);
  int n = 0;
  for (const Json& e : arr) n += e.is_null() ? 0 : 1;
  CHECK(n == 2);
  Json upd = {{"x", 1}};
  upd.update(Json{{"y", 2}, {"x", 3}});
  CHECK(upd.dump() == R"({"x":3,"y":2})");
}

TEST_CASE("json: numbers as nlohmann dumped them") {
  CHECK(Json(5).dump() == "5");
  CHECK(Json(5.0).dump() == "5.0");
  CHECK(Json(-0.0).dump() == "-0.0");
  CHECK(Json(3.8e25).dump() == "3.8e+25");
  CHECK(Json(1e-5).dump() == "1e-05");
  CHECK(Json(1e-4).dump() == "0.0001");
  CHECK(Json(0.1).dump() == "0.1");
  CHECK(Json(1234.5).dump() == "1234.5");
  CHECK(Json(1e15).dump() == "1e+15");
  CHECK(Json(123456789012345.0).dump() == "123456789012345.0");
  CHECK(Json(2e23).dump() == "1.9999999999999998e+23");  // Grisu2, not the shortest "2e+23"
  CHECK(Json(2123.3311392282412).dump() == "2123.3311392282412");
  CHECK(Json(std::numeric_limits<double>::infinity()).dump() == "null");
  CHECK(Json(std::nan("")).dump() == "null");
  CHECK(Json(uint64_t{18446744073709551615u}).dump() == "18446744073709551615");
  CHECK(Json(int64_t{-9223372036854775807 - 1}).dump() == "-9223372036854775808");
  CHECK(Json(1) == Json(1.0));
  CHECK(Json(1) == 1.0);
  CHECK(Json(-1) != Json(uint64_t{18446744073709551615u}));
  CHECK(Json("a") == "a");
  CHECK(Json(nullptr) == nullptr);
  CHECK(Json{{"a", 1}, {"b", 2}} != Json{{"b", 2}, {"a", 1}});  // ordered, as ordered_json
  const Json p = parsed_json(R"([5, -5, 5.0, 1e2, 18446744073709551616, -0])");
  CHECK(p[0].is_number_unsigned());
  CHECK(p[1].is_number_integer());
  CHECK(p[2].is_number_float());
  CHECK(p.dump() == "[5,-5,5.0,100.0,1.8446744073709552e+19,0]");
}

TEST_CASE("json: strings escaped as nlohmann dumped them") {
  CHECK(Json("q\"b\\s/\b\f\n\r\t\x01\x0b\x1f\x7f").dump() == R"("q\"b\\s/\b\f\n\r\t\u0001\u000b\u001f)"
                                                             "\x7f\"");
  CHECK(Json("é😀").dump() == "\"é😀\"");
  // Invalid UTF-8: one U+FFFD per maximal invalid prefix; the byte that broke a sequence is reread.
  CHECK(Json("a\xff"
             "b")
            .dump() ==
        "\"a\xEF\xBF\xBD"
        "b\"");
  CHECK(Json("\xc3(").dump() == "\"\xEF\xBF\xBD(\"");
  CHECK(Json("\xe2\x82").dump() == "\"\xEF\xBF\xBD\"");
  CHECK(Json("\xed\xa0\x80").dump() == "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");  // a surrogate
  CHECK(parsed_json(R"("\u00e9\ud83d\ude00")").string() == "é😀");
}

TEST_CASE("json: parse refusals") {
  Json j;
  std::string why;
  CHECK(!parse_json("hello", &j, &why));
  CHECK(why ==
        "not valid JSON at byte 1: syntax error while parsing value - invalid literal; last read: 'h'");
  CHECK(!parse_json(R"({"training": {"gpu_hours": 1e400}})", &j, &why));
  CHECK(why == "not valid JSON at byte 32: number overflow parsing '1e400'");
  CHECK(!parse_json(R"({"a": 1, "a": 2})", &j, &why));
  CHECK(why == "a: given twice (each key once)");
  CHECK(!parse_json(R"({"label": "\u0000)", &j, &why));
  CHECK(!parse_json("[1,]", &j, &why));
  CHECK(!parse_json(R"("\ud800")", &j, &why));
  CHECK(parse_json("\xEF\xBB\xBF[1]", &j, &why));  // a BOM is skipped
}
