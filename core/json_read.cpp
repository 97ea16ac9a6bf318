#include "core/json_read.h"

#include <cmath>

#include "core/error.h"

namespace modelwatt {

double json_number(const Json& j, const char* key, double fallback) {
  const Json* v = j.find_member(key);
  return v && v->is_number() ? v->get<double>() : fallback;
}

std::string json_string(const Json& j, const char* key, const std::string& fallback) {
  const Json* v = j.find_member(key);
  return v && v->is_string() ? v->string() : fallback;
}

int json_int(const Json& j, const char* key, int fallback) {
  double v = json_number(j, key, std::nan(""));
  return std::isnan(v) ? fallback : static_cast<int>(v);
}

// Json::dump never throws: invalid UTF-8 in a string becomes U+FFFD.
std::string json_dump(const Json& j, int indent) {
  return j.dump(indent);
}

std::string json_excerpt(const Json& v) {
  return excerpt(json_dump(v));
}

std::string json_describe(const Json& v) {
  return std::string(v.type_name()) + " " + json_excerpt(v);
}

}  // namespace modelwatt
