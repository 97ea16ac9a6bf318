// The compiled-in string tables, for the faces that carry both languages (CLI, desktop app, tests),
// and the one list of tables the web's strings files are written from (web/front/strings_dump.cpp).
#include "core/strings/table.h"

namespace modelwatt {

const std::vector<I18nTable>& i18n_tables() {
  static const std::vector<I18nTable> tables = {{"ui", i18n_ui_table},
                                                {"data", i18n_data_table},
                                                {"embed", i18n_embed_table},
                                                {"share", i18n_share_table},
                                                {"uncertainty", i18n_uncertainty_table},
                                                {"edit", i18n_edit_table},
                                                {"form", i18n_form_table},
                                                {"phases", i18n_phases_table},
                                                {"app", i18n_app_table},
                                                {"claim", i18n_claim_table},
                                                {"claim_sentence", i18n_claim_sentence_table}};
  return tables;
}

void i18n_builtin_entries(std::vector<const I18nEntry*>* out) {
  for (const I18nTable& t : i18n_tables()) {
    std::size_t n;
    const I18nEntry* table = t.entries(&n);
    for (std::size_t i = 0; i < n; ++i) out->push_back(&table[i]);
  }
}

}  // namespace modelwatt
