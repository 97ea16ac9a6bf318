// The web modules compile no string tables in (core/strings/table.h): the page fetches the reader's
// language, strings/<face>.<lang>.json, and hands it to the core (mw_catalog_missing names it).
#include "core/strings/table.h"

namespace modelwatt {

void i18n_builtin_entries(std::vector<const I18nEntry*>*) {}

}  // namespace modelwatt
