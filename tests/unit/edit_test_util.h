// Shared by the editing-model tests: a field as the face shows it (core/edit/view_model.h), by path.
#pragma once
#include <string>

#include "core/edit/view_model.h"

namespace modelwatt::test {

inline Json field_of(const Comparison& c, int slot, const std::string& path) {
  const Json v = slot_view(c, slot);
  for (const Json& g : v["groups"])
    for (const Json& f : g["fields"])
      if (f["path"] == path) return f;
  return Json();
}

}  // namespace modelwatt::test
