// Json -> text, byte for byte as nlohmann::ordered_json::dump(indent, ' ', false, replace) wrote it,
// so the CLI's output did not change when nlohmann left the build. The text itself (escaping,
// numbers, layout) is JsonWriter's; this only walks the tree.
#include "core/json/json_value.h"
#include "core/json/json_writer.h"

namespace modelwatt {
namespace {

void write_value(JsonWriter& w, const Json& j) {
  switch (j.type()) {
    case Json::Type::null:
      w.null();
      break;
    case Json::Type::boolean:
      w.value(j.get<bool>());
      break;
    case Json::Type::integer:
      w.value(j.get<int64_t>());
      break;
    case Json::Type::unsigned_integer:
      w.value(j.get<uint64_t>());
      break;
    case Json::Type::floating:
      w.value(j.get<double>());
      break;
    case Json::Type::string:
      w.value(j.string());
      break;
    case Json::Type::array:
      w.begin_array();
      for (const Json& e : j.array_ref()) write_value(w, e);
      w.end_array();
      break;
    case Json::Type::object:
      w.begin_object();
      for (const Json::Member& m : j.object_ref()) write_value(w.key(m.first), m.second);
      w.end_object();
      break;
  }
}

}  // namespace

std::string Json::dump(int indent) const {
  std::string out;
  JsonWriter w(&out, indent);
  write_value(w, *this);
  return out;
}

}  // namespace modelwatt
