#include "ui/text.h"

namespace modelwatt {
namespace {
Lang g_lang = Lang::en;
}  // namespace

void set_ui_lang(Lang lang) { g_lang = lang; }
Lang ui_lang() { return g_lang; }

}  // namespace modelwatt
