// core/flat_map.h: the sorted-vector map and set behave as std::map / std::set for the calls the core
// makes (expectations written out by hand, in key order).
#include "core/flat_map.h"

#include "tests/unit/test_util.h"

using namespace modelwatt;

TEST_CASE("flat map: sorted keys, insert on [], find, count, at, erase") {
  FlatMap<int> m;
  CHECK(m.empty());
  m["training.pue"] = 2;
  m["model.params_total"] = 1;
  m["training.count"] += 5;  // value-initialised first, as std::map
  m["training.pue"] = 3;     // existing key: no second entry
  std::string keys;
  for (auto& [k, v] : m) keys += k + "=" + std::to_string(v) + ";";
  CHECK(keys == "model.params_total=1;training.count=5;training.pue=3;");
  CHECK(m.size() == 3);
  CHECK(m.count("training.pue") == 1);
  CHECK(m.count("training") == 0);
  CHECK(m.find("training.c") == m.end());
  CHECK(m.at("training.count") == 5);
  CHECK(m.erase("training.count") == 1);
  CHECK(m.erase("training.count") == 0);
  CHECK(m.erase(m.find("model.params_total"))->first == "training.pue");
  CHECK(m.size() == 1);
  FlatMap<int> n;
  n["training.pue"] = 3;
  CHECK(m == n);
  n["training.pue"] = 4;
  CHECK(m != n);
}

TEST_CASE("flat map: a string set inserts each key once, in order") {
  StringSet s = {"view", "metric", "id"};
  CHECK(s.insert("lang").second);
  CHECK_FALSE(s.insert("id").second);
  CHECK(s.count("metric") == 1);
  CHECK(s.count("bg") == 0);
  std::string all;
  for (const std::string& k : s) all += k + ",";
  CHECK(all == "id,lang,metric,view,");
  CHECK(s.erase("view") == 1);
  CHECK(s.size() == 3);
}
