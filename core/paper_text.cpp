#include "core/paper_text.h"

#include <algorithm>

#include "core/chart_metric.h"
#include "core/fields.h"
#include "core/i18n.h"
#include "core/url_state.h"

namespace modelwatt {
namespace {

// Format-neutral content; the two renderers only differ in markup and escaping.
struct Para {
  std::string label;
  std::vector<std::string> inputs, results;
  std::vector<int> cites;  // 1-based source numbers
};
struct PaperDoc {
  std::string intro, method, status_note, reproduce;
  std::vector<Para> paras;
  std::vector<const Source*> sources;
};

int cite(PaperDoc* doc, const Catalog& catalog, const std::string& id) {
  const Source* s = catalog.find_source(id);
  if (!s) return 0;
  auto it = std::find(doc->sources.begin(), doc->sources.end(), s);
  if (it != doc->sources.end()) return static_cast<int>(it - doc->sources.begin()) + 1;
  doc->sources.push_back(s);
  return static_cast<int>(doc->sources.size());
}

void add_cites(PaperDoc* doc, Para* p, const Catalog& catalog, const std::vector<std::string>& ids) {
  for (const std::string& id : ids)
    if (int n = cite(doc, catalog, id); n && std::find(p->cites.begin(), p->cites.end(), n) == p->cites.end())
      p->cites.push_back(n);
}

std::vector<std::string> hardware_inputs(const Scenario& s, const Catalog& catalog, Lang lang) {
  std::vector<std::string> out;
  for (const HardwareInputs* h : {&s.training.hw, &s.inference.hw}) {
    if (h->accelerator_id.empty() || (h == &s.inference.hw && !s.inference.present)) continue;
    const Accelerator* a = catalog.find_accelerator(h->accelerator_id);
    std::string name = a ? a->name : h->accelerator_id;
    out.push_back(name + " (" + precision_name(h->precision) + ", " + format_quantity(h->peak_tflops, Unit::tflops, lang) + ")");
    if (!h->region_id.empty()) out.push_back(tr("field.training.grid_gco2e_per_kwh", lang) + std::string(": ") + h->region_id);
  }
  return out;
}

Para scenario_para(PaperDoc* doc, const Scenario& s, const Result& r, const Catalog& catalog, Lang lang) {
  Para p;
  p.label = s.label;
  p.inputs = hardware_inputs(s, catalog, lang);
  std::size_t n;
  const NumberField* fields = number_fields(&n);
  for (std::size_t i = 0; i < n; ++i) {
    const double v = field_value(s, fields[i]);
    if (!has(v)) continue;
    const std::string path = field_path(fields[i]);
    std::string line = std::string(tr("field." + path, lang)) + " " + format_quantity(v, fields[i].unit, lang);
    if (auto it = s.provenance.find(path); it != s.provenance.end()) {
      line += std::string(" (") + tr(std::string("badge.") + status_name(it->second.status), lang) + ")";
      add_cites(doc, &p, catalog, it->second.sources);
    }
    p.inputs.push_back(line);
  }
  std::size_t mn;
  const char* const* metrics = metric_names(&mn);
  for (std::size_t i = 0; i < mn; ++i) {
    const ChartMetric m = resolve_metric(metrics[i], {r});
    const double v = m.total && output_section_present(r, m.total->section) ? output_value(r, *m.total) : kNone;
    if (has(v)) p.results.push_back(metric_title(m, lang) + " " + format_quantity(v, m.total->unit, lang));
  }
  return p;
}

PaperDoc build(const std::vector<Scenario>& scenarios, const std::vector<Result>& results, const Catalog& catalog,
               const PaperOptions& opt) {
  PaperDoc doc;
  std::string names;
  bool training = false, inference = false;
  for (std::size_t i = 0; i < scenarios.size() && i < results.size(); ++i) {
    names += (i == 0 ? "" : i + 1 == scenarios.size() ? (opt.lang == Lang::it ? " e " : " and ") : ", ") + scenarios[i].label;
    training = training || scenarios[i].training.present;
    inference = inference || scenarios[i].inference.present;
    doc.paras.push_back(scenario_para(&doc, scenarios[i], results[i], catalog, opt.lang));
  }
  doc.intro = fill(tr("paper.intro", opt.lang), {(opt.lang == Lang::it ? "l'impronta di " : "the footprint of ") + names,
                                                  opt.version, catalog.version});
  if (training) doc.method += tr("paper.method.training", opt.lang);
  if (inference) doc.method += std::string(doc.method.empty() ? "" : " ") + tr("paper.method.inference", opt.lang);
  doc.status_note = tr("paper.status_note", opt.lang);
  if (!opt.query.empty()) doc.reproduce = opt.app_url.empty() ? opt.query : opt.app_url + "?" + opt.query;
  return doc;
}

std::string join(const std::vector<std::string>& v, const std::string& sep) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
  return out;
}

std::string cites_text(const std::vector<int>& cites) {
  std::string out;
  for (int c : cites) out += "[" + std::to_string(c) + "]";
  return out;
}

std::string source_text(const Source& s) {
  std::string t = (s.authors.empty() ? "" : s.authors + " ") + "(" + std::to_string(s.year) + "). " + s.title + ".";
  return t;
}

std::string md_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::string("\\`*_[]<>#|").find(c) != std::string::npos) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::string paper_markdown(const std::vector<Scenario>& scenarios, const std::vector<Result>& results,
                           const Catalog& catalog, const PaperOptions& opt) {
  const PaperDoc doc = build(scenarios, results, catalog, opt);
  std::string out = md_escape(doc.intro) + " " + md_escape(doc.method) + " " + md_escape(doc.status_note) + "\n\n";
  for (const Para& p : doc.paras) {
    out += "- **" + md_escape(p.label) + "** — " + tr("paper.inputs", opt.lang) + ": " + md_escape(join(p.inputs, "; ")) +
           (p.cites.empty() ? "" : " " + cites_text(p.cites)) + ". " + tr("paper.results", opt.lang) + ": " +
           md_escape(join(p.results, "; ")) + ".\n";
  }
  if (!doc.reproduce.empty()) out += "\n" + fill(tr("paper.reproduce", opt.lang), {"`" + doc.reproduce + "`"}) + "\n";
  if (!doc.sources.empty()) out += "\n";
  for (std::size_t i = 0; i < doc.sources.size(); ++i) {
    const Source& s = *doc.sources[i];
    out += "[" + std::to_string(i + 1) + "] " + md_escape(source_text(s)) + (s.url.empty() ? "" : " <" + s.url + ">") + "\n";
  }
  return out;
}

std::string paper_latex(const std::vector<Scenario>& scenarios, const std::vector<Result>& results,
                        const Catalog& catalog, const PaperOptions& opt) {
  const PaperDoc doc = build(scenarios, results, catalog, opt);
  std::string out = "% ModelWatt " + opt.version + " -- needs \\usepackage{url}\n";
  out += latex_escape(doc.intro) + " " + latex_escape(doc.method) + " " + latex_escape(doc.status_note) + "\n";
  out += "\\begin{itemize}\n";
  for (const Para& p : doc.paras) {
    std::string cites;
    for (int c : p.cites) cites += (cites.empty() ? "" : ",") + std::string("mw") + std::to_string(c);
    out += "  \\item \\textbf{" + latex_escape(p.label) + "} --- " + latex_escape(tr("paper.inputs", opt.lang)) + ": " +
           latex_escape(join(p.inputs, "; ")) + (cites.empty() ? "" : "~\\cite{" + cites + "}") + ". " +
           latex_escape(tr("paper.results", opt.lang)) + ": " + latex_escape(join(p.results, "; ")) + ".\n";
  }
  out += "\\end{itemize}\n";
  if (!doc.reproduce.empty()) {  // escape the sentence around {0}, not the URL inside \url{}
    const std::string tmpl = tr("paper.reproduce", opt.lang);
    const std::size_t at = tmpl.find("{0}");
    out += latex_escape(tmpl.substr(0, at)) + "\\url{" + doc.reproduce + "}" + latex_escape(tmpl.substr(at + 3)) + "\n";
  }
  if (doc.sources.empty()) return out;
  out += "\\begin{thebibliography}{" + std::to_string(doc.sources.size()) + "}\n";
  for (std::size_t i = 0; i < doc.sources.size(); ++i) {
    const Source& s = *doc.sources[i];
    out += "  \\bibitem{mw" + std::to_string(i + 1) + "} " + latex_escape(source_text(s)) +
           (s.url.empty() ? "" : " \\url{" + s.url + "}") + "\n";
  }
  return out + "\\end{thebibliography}\n";
}

std::string latex_escape(const std::string& s) {
  static const char* const kSup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁻"};
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    auto at = [&](const char* u) { return s.compare(i, std::char_traits<char>::length(u), u) == 0; };
    // "×10²⁴" -> "$\times10^{24}$"
    if (at("×10") && i + 4 < s.size() && (at("×10⁻") || static_cast<unsigned char>(s[i + 4]) >= 0xC2)) {
      std::size_t j = i + std::char_traits<char>::length("×10");
      std::string exp;
      for (bool found = true; found;) {
        found = false;
        for (int d = 0; d < 11; ++d)
          if (s.compare(j, std::char_traits<char>::length(kSup[d]), kSup[d]) == 0) {
            exp += d == 10 ? '-' : static_cast<char>('0' + d);
            j += std::char_traits<char>::length(kSup[d]);
            found = true;
          }
      }
      if (!exp.empty()) {
        out += "$\\times10^{" + exp + "}$";
        i = j;
        continue;
      }
    }
    const std::pair<const char*, const char*> kMap[] = {
        {"CO₂", "CO\\textsubscript{2}"}, {"×", "$\\times$"}, {"≈", "$\\approx$"}, {"³", "\\textsuperscript{3}"},
        {"—", "---"}, {"…", "\\ldots{}"}, {"\\", "\\textbackslash{}"}, {"~", "\\textasciitilde{}"},
        {"^", "\\textasciicircum{}"}, {"&", "\\&"}, {"%", "\\%"}, {"$", "\\$"}, {"#", "\\#"}, {"_", "\\_"},
        {"{", "\\{"}, {"}", "\\}"}, {"<", "\\textless{}"}, {">", "\\textgreater{}"}};
    bool mapped = false;
    for (auto& [from, to] : kMap)
      if (at(from)) {
        out += to;
        i += std::char_traits<char>::length(from);
        mapped = true;
        break;
      }
    if (!mapped) out += s[i++];
  }
  return out;
}

}  // namespace modelwatt
