// "Use the same value on both sides" (issue 10): one scenario takes another's value of an input, with
// its range, as the user's own edit. The claim checker offers it when one assumption the two sides
// set differently dominates a ratio (core/claim_warning.h); going through set_field_json keeps every
// invariant of the editing model (badged "yours", refused whole if the core refuses the result).
#include "core/claim_warning.h"
#include "core/edit/refresh.h"
#include "core/i18n.h"

namespace modelwatt {

EditOutcome align_field(Comparison* c, int from, int to, const std::string& path) {
  const int n = static_cast<int>(c->slots.size());
  if (from < 0 || from >= n) return {false, "from", "no such scenario"};
  if (to < 0 || to >= n || to == from) return {false, "to", "no such scenario, or the same as from"};
  const NumberField* f = find_field_by_path(path);
  if (!f) return {false, path, fill(tr("edit.refused.other", c->lang), {"unknown field " + path})};
  const Scenario& source = c->slots[from].scenario;
  const Json value = aligned_value_json(source, path);
  if (value.is_null())
    return {false, path,
            fill(tr("edit.refused.other", c->lang), {path + " is not set in the other scenario"})};
  const Scenario& target = c->slots[to].scenario;
  const Range* old_range = input_sampling_range(target, path);
  const std::string was =
      claim_warning_value(field_value(target, *f), old_range ? *old_range : Range{}, c->lang);
  EditOutcome out = set_field_json(c, to, path, value);
  if (!out.ok) return out;
  EditSlot& s = c->slots[to];
  const Scenario& after = s.scenario;
  const Range* now_range = input_sampling_range(after, path);
  const std::string now =
      claim_warning_value(field_value(after, *f), now_range ? *now_range : Range{}, c->lang);
  s.notices.push_back(aligned_notice(s.scenario.label, source.label, path, now, was, c->lang));
  return out;
}

}  // namespace modelwatt
