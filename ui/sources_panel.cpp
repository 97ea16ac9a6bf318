// Sources & method: the methodology in two paragraphs and every source the scenarios on screen
// use (their provenance plus their accelerators' and regions'), then the catalog's version.
#include <set>

#include "core/i18n.h"
#include "ui/panels.h"
#include "ui/text.h"
#include "ui/widgets.h"

namespace modelwatt {
namespace {

void collect(const AppState& app, std::set<std::string>* ids) {
  for (const EditSlot& slot : app.edit.slots) {
    if (const Run* run = app.catalog->find_run(slot.preset)) ids->insert(run->sources.begin(), run->sources.end());
    for (const auto& [path, p] : slot.scenario.provenance) ids->insert(p.sources.begin(), p.sources.end());
    for (const HardwareInputs* hw : {&slot.scenario.training.hw, &slot.scenario.inference.hw}) {
      if (const Accelerator* a = app.catalog->find_accelerator(hw->accelerator_id)) ids->insert(a->sources.begin(), a->sources.end());
      if (const Region* r = app.catalog->find_region(hw->region_id))
        ids->insert(r->provenance.sources.begin(), r->provenance.sources.end());
    }
  }
}

}  // namespace

void sources_panel(AppState* app) {
  heading(T("sources.method"));
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(T("sources.method_text"));
  ImGui::PopTextWrapPos();
  ImGui::Separator();
  heading(T("sources.used"));
  std::set<std::string> ids;
  collect(*app, &ids);
  for (const std::string& id : ids) {
    const Source* s = app->catalog->find_source(id);
    if (!s) continue;
    ImGui::Bullet();
    ImGui::TextWrapped("%s%s%s (%d)", s->authors.c_str(), s->authors.empty() ? "" : ", ", s->title.c_str(), s->year);
    if (!s->url.empty()) {
      ImGui::Indent();
      ImGui::PushID(id.c_str());
      // Copy on click: a link cannot open from a canvas, and the web clipboard needs a user gesture.
      if (ImGui::SmallButton(s->url.c_str())) ImGui::SetClipboardText(s->url.c_str());
      ImGui::PopID();
      ImGui::Unindent();
    }
  }
  ImGui::Separator();
  const Catalog& c = *app->catalog;
  muted_wrapped(fill(T("sources.catalog"), {c.version, c.date, std::to_string(c.sources.size())}).c_str());
}

}  // namespace modelwatt
