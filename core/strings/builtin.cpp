// The compiled-in string tables, for the faces that carry both languages (CLI, desktop app, tests).
#include "core/strings/table.h"

namespace modelwatt {

void i18n_builtin_entries(std::vector<const I18nEntry*>* out) {
  for (auto table_fn :
       {i18n_ui_table, i18n_data_table, i18n_embed_table, i18n_share_table, i18n_uncertainty_table,
        i18n_edit_table, i18n_form_table, i18n_phases_table, i18n_app_table, i18n_claim_table}) {
    std::size_t n;
    const I18nEntry* table = table_fn(&n);
    for (std::size_t i = 0; i < n; ++i) out->push_back(&table[i]);
  }
}

}  // namespace modelwatt
