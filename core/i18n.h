// Every user-facing UI string in English and Italian, looked up by a stable key. Shared by every
// face. Native faces compile the tables in (core/strings/); the web modules load one language at a
// time from a JSON file the build writes from the same tables (load_strings).
// Keys: "nav.*", "chart.*", "field.<section>.<key>" (inputs, as in fields.h), "out.<section>.<key>"
// (outputs, as in result.h), "badge.<status>", "eq.<equivalence id>", ...
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/format.h"

namespace modelwatt {

// The string for `key` in `lang`; the key itself when unknown (visible, so gaps are caught by tests).
const char* tr(std::string_view key, Lang lang);
// True when the table has `key` (in any language present).
bool has_tr(std::string_view key);
// Replaces {0}, {1}, ... in `tmpl` with the arguments (no other formatting).
std::string fill(std::string_view tmpl, std::initializer_list<std::string> args);
// Every key that starts with `prefix`, in key order, with its text in `lang`.
std::vector<std::pair<std::string_view, const char*>> tr_prefixed(std::string_view prefix, Lang lang);

// Adds the strings of one language from a strings file, {"lang": "it", "strings": {"key": "text", ...}}
// (what web/front/strings_dump.cpp writes). Returns "" or why the text was refused (nothing added).
std::string load_strings(const std::string& json);
// True when `lang`'s strings are present (compiled in, or loaded).
bool strings_loaded(Lang lang);
// The keys tr() was asked for and did not have in the language asked, in order (tests: a face's
// strings file lacks nothing the face uses).
std::vector<std::string> missing_strings();

}  // namespace modelwatt
