// The string tables behind tr() (core/i18n.h), split by topic to keep files short. Native faces
// (CLI, desktop app, workbench) compile them in (builtin.cpp); the web modules do not: the build
// writes them out as JSON files, one per face and language (web/front/strings_dump.cpp), and the
// page hands the reader's file to the core (load_strings), so a reader downloads one language.
// A face that needs more strings adds a table here and to builtin.cpp.
#pragma once
#include <cstddef>
#include <vector>

namespace modelwatt {

struct I18nEntry {
  const char* key;
  const char* en;
  const char* it;
};

const I18nEntry* i18n_ui_table(std::size_t* count);           // desktop app chrome, panels, messages
const I18nEntry* i18n_data_table(std::size_t* count);         // inputs, outputs, statuses, equivalences
const I18nEntry* i18n_embed_table(std::size_t* count);        // embed card, summary sentence, paper text
const I18nEntry* i18n_share_table(std::size_t* count);        // app Share / export popup, link errors
const I18nEntry* i18n_uncertainty_table(std::size_t* count);  // whiskers, tornado, "Check a claim"
const I18nEntry* i18n_edit_table(std::size_t* count);    // editing model: number reading, refusals, notices
const I18nEntry* i18n_form_table(std::size_t* count);    // form groups and field hints
const I18nEntry* i18n_phases_table(std::size_t* count);  // inference by phases (issue 10)
const I18nEntry* i18n_app_table(std::size_t* count);     // the HTML app's chrome (sent whole to the page)
const I18nEntry* i18n_claim_table(std::size_t* count);   // the claim checker's dominant-assumption warning
const I18nEntry* i18n_claim_sentence_table(std::size_t* count);  // the claim checker's sentence

// Every table, by name ("ui", "data", ...), in one list (builtin.cpp): the native faces compile them
// all in; the web's strings files take all but "ui", the desktop app's own chrome.
struct I18nTable {
  const char* name;
  const I18nEntry* (*entries)(std::size_t* count);
};
const std::vector<I18nTable>& i18n_tables();

// Every compiled-in entry (builtin.cpp). The web modules link an empty list instead
// (web/front/strings_none.cpp) and load their strings at run time.
void i18n_builtin_entries(std::vector<const I18nEntry*>* out);

}  // namespace modelwatt
