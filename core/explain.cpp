#include "core/explain.h"

#include <cctype>

#include "core/fields.h"

namespace modelwatt {

std::string step_text(const Step& step, Lang lang) {
  std::string key = step.key.substr(step.key.find('.') + 1);
  std::string s = key + " = " + step.formula + " = ";
  // Plug the values into the formula, in term order.
  std::string plugged = step.formula;
  for (const Term& t : step.terms) {
    const std::string name = t.name;
    std::size_t pos = plugged.find(name);
    // whole-word match, so "energy_kwh" does not hit "energy_kwh_per_day"
    while (pos != std::string::npos) {
      const std::size_t end = pos + name.size();
      const bool left_ok = pos == 0 || !(std::isalnum(static_cast<unsigned char>(plugged[pos - 1])) || plugged[pos - 1] == '_');
      const bool right_ok = end >= plugged.size() || !(std::isalnum(static_cast<unsigned char>(plugged[end])) || plugged[end] == '_');
      if (left_ok && right_ok) break;
      pos = plugged.find(name, pos + 1);
    }
    if (pos == std::string::npos) continue;
    plugged.replace(pos, name.size(), format_quantity(t.value, t.unit, lang));
  }
  return s + plugged + " = " + format_quantity(step.value, step.unit, lang);
}

std::vector<std::string> input_lines(const Scenario& s, Lang lang) {
  std::vector<std::string> lines;
  std::size_t n;
  const NumberField* fields = number_fields(&n);
  auto hw_line = [&](const char* sec, const HardwareInputs& h) {
    if (h.accelerator_id.empty()) return;
    lines.push_back(std::string(sec) + ".accelerator = " + h.accelerator_id + ", " + precision_name(h.precision) +
                    " peak " + format_quantity(h.peak_tflops, Unit::tflops, lang) +
                    (has(h.tdp_w) ? ", TDP " + format_quantity(h.tdp_w, Unit::watts, lang) : ""));
  };
  if (s.training.present) hw_line("training", s.training.hw);
  if (s.inference.present) hw_line("inference", s.inference.hw);
  for (std::size_t i = 0; i < n; ++i) {
    const double v = field_value(s, fields[i]);
    if (!has(v)) continue;
    const std::string path = field_path(fields[i]);
    std::string line = path + " = " + format_quantity(v, fields[i].unit, lang);
    auto it = s.provenance.find(path);
    if (it != s.provenance.end()) {
      const Provenance& p = it->second;
      line += std::string(" (") + status_name(p.status);
      if (!p.sources.empty()) {
        line += "; sources:";
        for (const std::string& src : p.sources) line += " " + src;
      }
      if (!p.note.empty()) line += "; " + p.note;
      line += ")";
    }
    lines.push_back(line);
  }
  return lines;
}

std::string explain_text(const Scenario& s, Lang lang) {
  std::string out = s.label + "\n  inputs:\n";
  for (const std::string& l : input_lines(s, lang)) out += "    " + l + "\n";
  std::vector<Step> steps;
  estimate_traced(s, &steps);
  out += "  outputs:\n";
  std::string section;
  for (const Step& st : steps) {
    std::string sec = st.key.substr(0, st.key.find('.'));
    if (sec != section) {
      out += "    [" + sec + "]\n";
      section = sec;
    }
    out += "    " + step_text(st, lang) + "\n";
  }
  return out;
}

}  // namespace modelwatt
