#include "core/export_text.h"

#include "core/json/print_number.h"
#include "core/result_json.h"

namespace modelwatt {
namespace {

// Display width in code points (UTF-8 continuation bytes do not count).
std::size_t width(const std::string& s) {
  std::size_t w = 0;
  for (unsigned char c : s) w += (c & 0xC0) != 0x80;
  return w;
}

std::string pad(const std::string& s, std::size_t w, bool right) {
  const std::size_t n = width(s);
  if (n >= w) return s;
  return right ? std::string(w - n, ' ') + s : s + std::string(w - n, ' ');
}

}  // namespace

std::string csv_quote(const std::string& s) {
  // Also neutralise spreadsheet formulas: a cell starting with = + - @ is prefixed with '.
  std::string v = s;
  if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v = "'" + v;
  if (v.find_first_of(",\"\n\r") == std::string::npos) return v;
  std::string q = "\"";
  for (char c : v) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

std::string results_table(const std::vector<Result>& results, Lang lang) {
  std::vector<Result> ratios = compare_to_first(results);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> header = {"output"};
  for (std::size_t k = 0; k < results.size(); ++k) {
    header.push_back(results[k].label);
    if (k > 0) header.push_back("×");
  }
  rows.push_back(header);
  std::size_t n;
  const OutputField* outs = output_fields(&n);
  for (std::size_t i = 0; i < n; ++i) {
    bool any_section = false, any_value = false;
    for (const Result& r : results) {
      any_section = any_section || output_present(r, outs[i]);
      any_value = any_value || has(output_value(r, outs[i]));
    }
    if (!any_section || !any_value) continue;
    std::vector<std::string> row = {std::string(output_section_name(outs[i].section)) + "." + outs[i].key};
    for (std::size_t k = 0; k < results.size(); ++k) {
      row.push_back(format_quantity(output_value(results[k], outs[i]), outs[i].unit, lang));
      if (k > 0) row.push_back(format_ratio(output_value(ratios[k], outs[i]), lang));
    }
    rows.push_back(row);
  }
  std::vector<std::size_t> w(header.size(), 0);
  for (auto& r : rows)
    for (std::size_t c = 0; c < r.size(); ++c) w[c] = std::max(w[c], width(r[c]));
  std::string out;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (std::size_t c = 0; c < rows[r].size(); ++c)
      out += (c ? "  " : "") + pad(rows[r][c], w[c], c > 0);
    out += "\n";
  }
  return out;
}

std::string results_csv(const std::vector<Result>& results) {
  std::string out = "section,metric,unit";
  for (const Result& r : results) out += "," + csv_quote(r.label);
  out += "\n";
  std::size_t n;
  const OutputField* outs = output_fields(&n);
  for (std::size_t i = 0; i < n; ++i) {
    bool any = false;
    for (const Result& r : results) any = any || output_present(r, outs[i]);
    if (!any) continue;
    out += std::string(output_section_name(outs[i].section)) + "," + outs[i].key + "," + csv_quote(unit_label(outs[i].unit));
    for (const Result& r : results) {
      const double v = output_value(r, outs[i]);
      out += "," + (has(v) ? print_general(v, 10) : std::string());
    }
    out += "\n";
  }
  return out;
}

}  // namespace modelwatt
