// Every user-facing UI string in English and Italian, looked up by a stable key. Shared by the
// ImGui app and the embed card (which adds its own keys to the table in i18n.cpp).
// Keys: "nav.*", "chart.*", "field.<section>.<key>" (inputs, as in fields.h), "out.<section>.<key>"
// (outputs, as in result.h), "badge.<status>", "eq.<equivalence id>", ...
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>

#include "core/format.h"

namespace modelwatt {

// The string for `key` in `lang`; the key itself when unknown (visible, so gaps are caught by tests).
const char* tr(std::string_view key, Lang lang);
// True when the table has `key`.
bool has_tr(std::string_view key);
// Replaces {0}, {1}, ... in `tmpl` with the arguments (no other formatting).
std::string fill(std::string_view tmpl, std::initializer_list<std::string> args);

}  // namespace modelwatt
