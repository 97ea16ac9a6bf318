#include "core/json/json_value.h"

namespace modelwatt {
namespace {

const Json& null_value() {
  static const Json kNull;
  return kNull;
}

// nlohmann's rule: a braced list is an object when every element is a [string, value] pair.
bool all_pairs(std::initializer_list<Json> list) {
  for (const Json& e : list)
    if (!e.is_array() || e.size() != 2 || !e.array_ref()[0].is_string()) return false;
  return true;
}

}  // namespace

Json::Json(std::string s) : type_(Type::string) {
  v_.s = new std::string(std::move(s));
}

Json::Json(Array a) : type_(Type::array) {
  v_.a = new Array(std::move(a));
}

Json::Json(std::initializer_list<Json> list) {
  if (!all_pairs(list)) {  // an empty list is an object too, as in nlohmann
    *this = Json(Array(list));
    return;
  }
  *this = object(list);
}

Json::Json(const Json& o) : type_(o.type_), v_(o.v_) {
  if (type_ == Type::string)
    v_.s = new std::string(*o.v_.s);
  else if (type_ == Type::array)
    v_.a = new Array(*o.v_.a);
  else if (type_ == Type::object)
    v_.o = new Object(*o.v_.o);
}

void Json::destroy() noexcept {
  if (type_ == Type::string)
    delete v_.s;
  else if (type_ == Type::array)
    delete v_.a;
  else if (type_ == Type::object)
    delete v_.o;
  type_ = Type::null;
}

Json Json::array(std::initializer_list<Json> list) {
  return Json(Array(list));
}

Json Json::object(std::initializer_list<Json> list) {
  Json j;
  j.become(Type::object);
  for (const Json& pair : list) {
    if (!pair.is_array() || pair.size() != 2) continue;  // not a pair: nothing to name it by
    j[pair.array_ref()[0].string()] = pair.array_ref()[1];
  }
  return j;
}

Json& Json::become(Type t) {
  if (type_ != Type::null) return *this;
  type_ = t;
  if (t == Type::string)
    v_.s = new std::string();
  else if (t == Type::array)
    v_.a = new Array();
  else if (t == Type::object)
    v_.o = new Object();
  return *this;
}

const char* Json::type_name() const {
  switch (type_) {
    case Type::null:
      return "null";
    case Type::boolean:
      return "boolean";
    case Type::string:
      return "string";
    case Type::array:
      return "array";
    case Type::object:
      return "object";
    default:
      return "number";
  }
}

double Json::number() const {
  return get<double>();
}

const std::string& Json::string() const {
  static const std::string kEmpty;
  return type_ == Type::string ? *v_.s : kEmpty;
}

const Json::Array& Json::array_ref() const {
  static const Array kEmpty;
  return type_ == Type::array ? *v_.a : kEmpty;
}

Json::Array& Json::array_ref() {
  static Array scratch;  // another type: a throwaway, so a misuse cannot corrupt this value
  if (type_ == Type::array) return *v_.a;
  scratch.clear();
  return scratch;
}

const Json::Object& Json::object_ref() const {
  static const Object kEmpty;
  return type_ == Type::object ? *v_.o : kEmpty;
}

Json::Object& Json::object_ref() {
  static Object scratch;
  if (type_ == Type::object) return *v_.o;
  scratch.clear();
  return scratch;
}

const Json* Json::find_member(const std::string& key) const {
  if (type_ != Type::object) return nullptr;
  for (const Member& m : *v_.o)
    if (m.first == key) return &m.second;
  return nullptr;
}

Json* Json::find_member(const std::string& key) {
  return const_cast<Json*>(static_cast<const Json&>(*this).find_member(key));
}

Json& Json::operator[](const std::string& key) {
  become(Type::object);
  if (Json* v = find_member(key)) return *v;
  if (type_ != Type::object) return at(key);  // not an object: a scratch null
  v_.o->emplace_back(key, Json());
  return v_.o->back().second;
}

const Json& Json::operator[](const std::string& key) const {
  const Json* v = find_member(key);
  return v ? *v : null_value();
}

Json& Json::operator[](std::size_t index) {
  become(Type::array);
  if (type_ != Type::array) return at(index);
  if (index >= v_.a->size()) v_.a->resize(index + 1);  // nlohmann fills the gap with nulls
  return (*v_.a)[index];
}

const Json& Json::operator[](std::size_t index) const {
  return type_ == Type::array && index < v_.a->size() ? (*v_.a)[index] : null_value();
}

Json& Json::at(const std::string& key) {
  if (Json* v = find_member(key)) return *v;
  static Json scratch;
  scratch = Json();
  return scratch;
}

Json& Json::at(std::size_t index) {
  if (type_ == Type::array && index < v_.a->size()) return (*v_.a)[index];
  static Json scratch;
  scratch = Json();
  return scratch;
}

std::string Json::value(const std::string& key, const char* fallback) const {
  const Json* v = find_member(key);
  return v && v->is_string() ? v->string() : std::string(fallback);
}

Json::iterator Json::find(const std::string& key) {
  if (type_ == Type::object)
    for (Member& m : *v_.o)
      if (m.first == key) return {nullptr, &m};
  return end();
}

Json::const_iterator Json::find(const std::string& key) const {
  return const_cast<Json*>(this)->find(key);
}

Json::iterator Json::begin() {
  if (type_ == Type::object) return {nullptr, v_.o->data()};
  if (type_ == Type::array) return {v_.a->data(), nullptr};
  return {type_ == Type::null ? nullptr : this, nullptr};
}

Json::iterator Json::end() {
  if (type_ == Type::object) return {nullptr, v_.o->data() + v_.o->size()};
  if (type_ == Type::array) return {v_.a->data() + v_.a->size(), nullptr};
  return {type_ == Type::null ? nullptr : this + 1, nullptr};
}

Json::const_iterator Json::begin() const {
  return const_cast<Json*>(this)->begin();
}
Json::const_iterator Json::end() const {
  return const_cast<Json*>(this)->end();
}

JsonItems<Json::Member> Json::items() {
  if (type_ != Type::object) return {nullptr, nullptr};
  return {v_.o->data(), v_.o->data() + v_.o->size()};
}

JsonItems<const Json::Member> Json::items() const {
  if (type_ != Type::object) return {nullptr, nullptr};
  return {v_.o->data(), v_.o->data() + v_.o->size()};
}

std::size_t Json::size() const {
  if (type_ == Type::array) return v_.a->size();
  if (type_ == Type::object) return v_.o->size();
  return type_ == Type::null ? 0 : 1;
}

void Json::push_back(Json v) {
  become(Type::array);
  if (type_ == Type::array) v_.a->push_back(std::move(v));
}

std::size_t Json::erase(const std::string& key) {
  if (type_ != Type::object) return 0;
  for (auto it = v_.o->begin(); it != v_.o->end(); ++it)
    if (it->first == key) {
      v_.o->erase(it);
      return 1;
    }
  return 0;
}

void Json::erase(std::size_t index) {
  if (type_ == Type::array && index < v_.a->size())
    v_.a->erase(v_.a->begin() + static_cast<std::ptrdiff_t>(index));
}

void Json::update(const Json& other) {
  become(Type::object);
  for (const Member& m : other.object_ref()) (*this)[m.first] = m.second;
}

void Json::clear() {
  switch (type_) {
    case Type::boolean:
      v_.b = false;
      break;
    case Type::integer:
      v_.i = 0;
      break;
    case Type::unsigned_integer:
      v_.u = 0;
      break;
    case Type::floating:
      v_.d = 0;
      break;
    case Type::string:
      v_.s->clear();
      break;
    case Type::array:
      v_.a->clear();
      break;
    case Type::object:
      v_.o->clear();
      break;
    case Type::null:
      break;
  }
}

// nlohmann's equality: numbers compare by value across integer/unsigned/float, objects compare
// member by member in order (ordered_json), NaN equals nothing.
bool operator==(const Json& a, const Json& b) {
  using T = Json::Type;
  if (a.is_number() && b.is_number()) {
    if (a.type_ == T::integer && b.type_ == T::integer) return a.v_.i == b.v_.i;
    if (a.type_ == T::unsigned_integer && b.type_ == T::unsigned_integer) return a.v_.u == b.v_.u;
    if (a.is_number_integer() && b.is_number_integer()) {  // one signed, one unsigned
      const int64_t s = a.type_ == T::integer ? a.v_.i : b.v_.i;
      const uint64_t u = a.type_ == T::integer ? b.v_.u : a.v_.u;
      return s >= 0 && static_cast<uint64_t>(s) == u;
    }
    return a.number() == b.number();
  }
  if (a.type_ != b.type_) return false;
  switch (a.type_) {
    case T::null:
      return true;
    case T::boolean:
      return a.v_.b == b.v_.b;
    case T::string:
      return *a.v_.s == *b.v_.s;
    case T::array:
      return *a.v_.a == *b.v_.a;
    case T::object:
      return *a.v_.o == *b.v_.o;
    default:
      return false;
  }
}

}  // namespace modelwatt
