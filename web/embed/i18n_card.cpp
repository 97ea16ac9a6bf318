// The card's wasm ships only the string tables the card uses: the core's embed strings (card,
// summary, paper text) and data strings (input and output names). The app's tables are empty here
// to keep the card within its transfer budget, so core code drawn by the card must take its words
// from "embed.*", "paper.*", "field.*", "out.*" or "badge.*" (an app key would show as itself; the
// e2e test looks for such raw keys).
#include "core/i18n_table.h"

namespace modelwatt {

const I18nEntry* i18n_ui_table(std::size_t* count) { return *count = 0, nullptr; }
const I18nEntry* i18n_share_table(std::size_t* count) { return *count = 0, nullptr; }
const I18nEntry* i18n_uncertainty_table(std::size_t* count) { return *count = 0, nullptr; }

}  // namespace modelwatt
