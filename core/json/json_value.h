// modelwatt::Json: the JSON value the core reads scenarios and catalogs into and writes results
// from. It replaces nlohmann::ordered_json with only the part of its API this repository uses, at a
// fraction of the code size in wasm (no exceptions, no RTTI, no shared_ptr, no long double):
//  - objects keep insertion order (dump order = insertion order), keys are looked up linearly
//    (ordered_json did the same; objects here hold tens of keys, not thousands);
//  - integers (int64 or uint64) and doubles stay distinct: 5 dumps as "5", 5.0 as "5.0";
//  - {{"k", v}, {"k2", w}} is an object when every element is a 2-element array whose first is a
//    string, otherwise an array (nlohmann's initializer-list rule); Json::array({...}) forces one;
//  - nothing throws: reading a missing key or index from a const value gives a null, get<T>() of
//    another type gives T's zero. Text in and out: core/json_read.h.
#pragma once
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace modelwatt {

class Json;

// Iterates an array's elements or an object's values; key() names the object member. A scalar
// iterates as itself (one element) and null as nothing, as nlohmann does.
template <bool kConst>
class JsonIterator {
 public:
  using value_type = Json;
  using reference = std::conditional_t<kConst, const Json&, Json&>;
  using pointer = std::conditional_t<kConst, const Json*, Json*>;
  using Member = std::conditional_t<kConst, const std::pair<std::string, Json>, std::pair<std::string, Json>>;

  JsonIterator() = default;
  JsonIterator(pointer element, Member* member) : element_(element), member_(member) {}
  operator JsonIterator<true>() const { return {element_, member_}; }

  reference operator*() const { return member_ ? member_->second : *element_; }
  pointer operator->() const { return &**this; }
  const std::string& key() const { return member_->first; }
  reference value() const { return **this; }
  JsonIterator& operator++() {
    if (member_)
      ++member_;
    else
      ++element_;
    return *this;
  }
  bool operator==(const JsonIterator& o) const { return element_ == o.element_ && member_ == o.member_; }
  bool operator!=(const JsonIterator& o) const { return !(*this == o); }

 private:
  pointer element_ = nullptr;
  Member* member_ = nullptr;
};

// An object's members for `for (auto& [key, value] : j.items())` (empty for anything else).
template <class Member>
struct JsonItems {
  Member* first;
  Member* last;
  Member* begin() const { return first; }
  Member* end() const { return last; }
};

class Json {
 public:
  enum class Type : unsigned char {
    null,
    boolean,
    integer,
    unsigned_integer,
    floating,
    string,
    array,
    object
  };
  using Array = std::vector<Json>;
  using Member = std::pair<std::string, Json>;
  using Object = std::vector<Member>;
  using iterator = JsonIterator<false>;
  using const_iterator = JsonIterator<true>;

  Json() noexcept {}
  Json(std::nullptr_t) noexcept {}
  Json(bool b) noexcept : type_(Type::boolean) { v_.b = b; }
  template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
  Json(T n) noexcept {
    if constexpr (std::is_signed_v<T>)
      type_ = Type::integer, v_.i = n;
    else
      type_ = Type::unsigned_integer, v_.u = n;
  }
  template <class T, std::enable_if_t<std::is_floating_point_v<T>, int> = 0>
  Json(T d) noexcept : type_(Type::floating) {
    v_.d = static_cast<double>(d);
  }
  Json(const char* s) : Json(std::string(s)) {}
  Json(std::string s);
  template <class T>
  Json(const std::vector<T>& list) : Json(Array(list.begin(), list.end())) {}
  Json(Array a);
  Json(std::initializer_list<Json> list);  // an object when every element is a [string, value] pair
  Json(const Json& o);
  Json(Json&& o) noexcept : type_(o.type_), v_(o.v_) { o.type_ = Type::null; }
  Json& operator=(Json o) noexcept {
    swap(o);
    return *this;
  }
  ~Json() { destroy(); }
  void swap(Json& o) noexcept {
    std::swap(type_, o.type_);
    std::swap(v_, o.v_);
  }

  static Json array(std::initializer_list<Json> list = {});
  static Json object(std::initializer_list<Json> list = {});  // each element a [string, value] pair

  Type type() const { return type_; }
  const char* type_name() const;  // "null", "boolean", "number", "string", "array", "object"
  bool is_null() const { return type_ == Type::null; }
  bool is_boolean() const { return type_ == Type::boolean; }
  bool is_number() const { return type_ >= Type::integer && type_ <= Type::floating; }
  bool is_number_integer() const { return type_ == Type::integer || type_ == Type::unsigned_integer; }
  bool is_number_unsigned() const { return type_ == Type::unsigned_integer; }
  bool is_number_float() const { return type_ == Type::floating; }
  bool is_string() const { return type_ == Type::string; }
  bool is_array() const { return type_ == Type::array; }
  bool is_object() const { return type_ == Type::object; }
  bool is_primitive() const { return !is_array() && !is_object(); }

  // Values of another type read as T's zero ("" for a string); numbers convert like a cast.
  template <class T>
  T get() const;
  double number() const;
  const std::string& string() const;  // "" unless a string
  // `double x = j["k"]`, `std::string s = j["k"]`: nlohmann's implicit conversion, to these only.
  template <class T, std::enable_if_t<std::is_arithmetic_v<T> || std::is_same_v<T, std::string>, int> = 0>
  operator T() const {
    return get<T>();
  }

  // Non-const: a null becomes an object/array and a missing key or index is created (null).
  // Const: a missing key or index, or another type, reads as null.
  Json& operator[](const std::string& key);
  const Json& operator[](const std::string& key) const;
  template <class T>
  Json& operator[](T* key) {
    return (*this)[std::string(key)];
  }
  template <class T>
  const Json& operator[](T* key) const {
    return (*this)[std::string(key)];
  }
  Json& operator[](std::size_t index);
  const Json& operator[](std::size_t index) const;
  // Const reads; non-const at() on a missing key or index returns a null scratch value.
  const Json& at(const std::string& key) const { return (*this)[key]; }
  const Json& at(std::size_t index) const { return (*this)[index]; }
  Json& at(const std::string& key);
  Json& at(std::size_t index);
  template <class T>
  T value(const std::string& key, const T& fallback) const;
  std::string value(const std::string& key, const char* fallback) const;

  bool contains(const std::string& key) const { return find_member(key) != nullptr; }
  iterator find(const std::string& key);
  const_iterator find(const std::string& key) const;
  iterator begin();
  iterator end();
  const_iterator begin() const;
  const_iterator end() const;
  JsonItems<Member> items();
  JsonItems<const Member> items() const;

  std::size_t size() const;  // elements or members; 1 for a scalar, 0 for null
  bool empty() const { return size() == 0; }
  void push_back(Json v);  // null becomes an array
  template <class... Args>
  Json& emplace_back(Args&&... args) {
    push_back(Json(std::forward<Args>(args)...));
    return array_ref().back();
  }
  std::size_t erase(const std::string& key);  // members removed (0 or 1)
  void erase(std::size_t index);
  void update(const Json& other);  // other's members set on this object, in their order
  void clear();                    // keeps the type: 0, false, "", [] or {}

  // Compact with indent < 0, else one member per line at `indent` spaces per level, like nlohmann.
  std::string dump(int indent = -1) const;

  // The underlying containers (empty statics for other types when const).
  const Array& array_ref() const;
  Array& array_ref();
  const Object& object_ref() const;
  Object& object_ref();
  Json* find_member(const std::string& key);
  const Json* find_member(const std::string& key) const;

  friend bool operator==(const Json& a, const Json& b);
  friend bool operator!=(const Json& a, const Json& b) { return !(a == b); }
  // j == 5, j == "text", j == nullptr: exact matches, so the implicit conversions do not compete.
  template <class T, std::enable_if_t<std::is_scalar_v<std::decay_t<T>>, int> = 0>
  friend bool operator==(const Json& a, const T& b) {
    return a == Json(b);
  }
  template <class T, std::enable_if_t<std::is_scalar_v<std::decay_t<T>>, int> = 0>
  friend bool operator==(const T& a, const Json& b) {
    return Json(a) == b;
  }
  template <class T, std::enable_if_t<std::is_scalar_v<std::decay_t<T>>, int> = 0>
  friend bool operator!=(const Json& a, const T& b) {
    return !(a == Json(b));
  }
  template <class T, std::enable_if_t<std::is_scalar_v<std::decay_t<T>>, int> = 0>
  friend bool operator!=(const T& a, const Json& b) {
    return !(Json(a) == b);
  }

 private:
  void destroy() noexcept;
  Json& become(Type t);  // null -> the empty value of t

  Type type_ = Type::null;
  union Value {
    bool b;
    int64_t i;
    uint64_t u;
    double d;
    std::string* s;
    Array* a;
    Object* o;
  } v_{};
};

template <>
inline std::string Json::get<std::string>() const {
  return string();
}
template <>
inline bool Json::get<bool>() const {
  return type_ == Type::boolean && v_.b;
}
template <>
inline Json Json::get<Json>() const {
  return *this;
}
template <class T>
T Json::get() const {
  static_assert(std::is_arithmetic_v<T>, "Json::get<T>: T is a number, bool or std::string");
  if (type_ == Type::integer) return static_cast<T>(v_.i);
  if (type_ == Type::unsigned_integer) return static_cast<T>(v_.u);
  return type_ == Type::floating ? static_cast<T>(v_.d) : T{};
}

template <class T>
T Json::value(const std::string& key, const T& fallback) const {
  const Json* v = find_member(key);
  if (!v) return fallback;
  if constexpr (std::is_same_v<T, bool>)
    return v->is_boolean() ? v->get<bool>() : fallback;
  else if constexpr (std::is_arithmetic_v<T>)
    return v->is_number() ? v->get<T>() : fallback;
  else
    return v->is_string() ? T(v->string()) : fallback;
}

}  // namespace modelwatt
