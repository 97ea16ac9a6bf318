// A paper-ready paragraph ("cite this" text) for a comparison, in Markdown and LaTeX: what was
// estimated, every input with its status and numbered sources, the method, the headline results,
// and the link state that reproduces it.
#pragma once
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/format.h"
#include "core/result.h"
#include "core/scenario.h"

namespace modelwatt {

struct PaperOptions {
  Lang lang = Lang::en;
  std::string query;    // the URL state (url_state.h) of this comparison; "" to leave it out
  std::string app_url;  // e.g. "https://example.org/modelwatt/index.html"; "" = state only
  std::string version = "0.1.0";
};

std::string paper_markdown(const std::vector<Scenario>& scenarios, const std::vector<Result>& results,
                           const Catalog& catalog, const PaperOptions& options);
std::string paper_latex(const std::vector<Scenario>& scenarios, const std::vector<Result>& results,
                        const Catalog& catalog, const PaperOptions& options);

// LaTeX-safe text: escapes \ & % $ # _ { } ~ ^ and spells CO₂, ×10²⁴, ×, ≈, ³ in LaTeX.
std::string latex_escape(const std::string& s);

}  // namespace modelwatt
