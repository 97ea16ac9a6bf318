// i18n hookup: T("nav.compare") in the language the app shows this frame (set by ui_frame), so
// panels need not thread the language through every call.
#pragma once
#include <string>
#include <string_view>

#include "core/format.h"
#include "core/i18n.h"

namespace modelwatt {

void set_ui_lang(Lang lang);
Lang ui_lang();
inline const char* T(std::string_view key) { return tr(key, ui_lang()); }
// A quantity in the UI's language; a missing value reads "n/a" / "n.d." (the core prints "n/a").
inline std::string Tq(double v, Unit unit) { return has(v) ? format_quantity(v, unit, ui_lang()) : T("chart.na"); }

}  // namespace modelwatt
