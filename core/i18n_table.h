// The string tables behind tr() (core/i18n.h). Split by topic to keep files short; a face that
// needs more strings adds a table here and to the list in i18n.cpp.
#pragma once
#include <cstddef>

namespace modelwatt {

struct I18nEntry {
  const char* key;
  const char* en;
  const char* it;
};

const I18nEntry* i18n_ui_table(std::size_t* count);    // app chrome, panels, messages
const I18nEntry* i18n_data_table(std::size_t* count);  // inputs, outputs, statuses, equivalences
const I18nEntry* i18n_embed_table(std::size_t* count);  // embed card, summary sentence, paper text
const I18nEntry* i18n_share_table(std::size_t* count);  // app Share / export popup, link errors
const I18nEntry* i18n_uncertainty_table(std::size_t* count);  // whiskers, tornado, "Check a claim"
const I18nEntry* i18n_edit_table(std::size_t* count);  // editing model: number reading, refusals, notices
const I18nEntry* i18n_form_table(std::size_t* count);  // form groups and field hints
const I18nEntry* i18n_phases_table(std::size_t* count);  // inference by phases (issue 10)
const I18nEntry* i18n_app_table(std::size_t* count);   // the HTML app's chrome (sent whole to the page)
const I18nEntry* i18n_claim_table(std::size_t* count);  // the claim checker's dominant-assumption warning

}  // namespace modelwatt
