#include "exporters/report_text.h"

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "exporters/figure_text.h"

namespace claimgraph {
namespace {

// Display width of UTF-8 text: code points, so Cyrillic and accents align.
size_t Width(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string Pad(std::string_view s, size_t width) {
  std::string out(s);
  size_t w = Width(s);
  if (w < width) out.append(width - w, ' ');
  return out;
}

std::string Join(const std::vector<std::string_view>& items, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += sep;
    out += items[i];
  }
  return out;
}

std::string Origins(const ClaimGraph& g, const Provenance& p, ClaimId c) {
  std::vector<std::string_view> names;
  for (Origin o : p.OriginsOf(c)) names.push_back(Provenance::OriginName(g, o));
  std::sort(names.begin(), names.end());
  if (names.empty()) return "-";
  return Join(names, ", ");
}

std::string Describe(const ClaimGraph& g, ClaimId c) {
  return FigureText(g, c) + " [" + std::string(g.Str(g.claims()[c].id)) + "]";
}

struct Row {
  ContradictionKind kind;
  std::string claim, other, origins;
};

const char* Colour(ContradictionKind kind) {
  switch (kind) {
    case ContradictionKind::kDisjoint:
      return "\x1b[31m";
    case ContradictionKind::kRevision:
      return "\x1b[33m";
    case ContradictionKind::kDispute:
      return "\x1b[35m";
  }
  return "";
}

}  // namespace

Status TextCheckWriter::Write(const CheckResult& r, std::ostream& out) {
  const ClaimGraph& g = r.graph;
  const Provenance& p = r.provenance;
  size_t counts[3] = {0, 0, 0};
  for (const Contradiction& c : r.report.items) ++counts[static_cast<int>(c.kind)];
  out << "claimgraph check: " << g.num_claims() << " claims, " << g.num_stances() << " stances, "
      << g.num_sources() << " sources, " << g.num_documents() << " documents, "
      << g.groups().size() << " propositions\n";
  if (r.report.items.empty()) {
    out << "No contradictions found.\n";
  } else {
    out << "Found " << counts[0] << " disjoint, " << counts[1] << " revision, " << counts[2]
        << " dispute.\n";
  }

  // Rows grouped by proposition; widths measured over the whole report so
  // columns line up from block to block.
  std::vector<std::pair<uint32_t, Row>> rows;
  for (const Contradiction& c : r.report.items) {
    Row row;
    row.kind = c.kind;
    row.claim = Describe(g, c.a);
    if (c.kind == ContradictionKind::kDispute) {
      row.other = "disputed by " + Join(DisputersOf(g, c.a), ", ");
      row.origins = Origins(g, p, c.a);
    } else {
      row.other = (c.kind == ContradictionKind::kRevision ? "-> " : "vs ") + Describe(g, c.b);
      row.origins = Origins(g, p, c.a) + " | " + Origins(g, p, c.b);
    }
    rows.emplace_back(c.group, std::move(row));
  }
  size_t wk = 8, wc = 5, wo = 5;
  for (const auto& [group, row] : rows) {
    wk = std::max(wk, Width(Name(row.kind)));
    wc = std::max(wc, Width(row.claim));
    wo = std::max(wo, Width(row.other));
  }
  uint32_t current = kNone;
  for (const auto& [group, row] : rows) {
    if (group != current) {
      current = group;
      const PropositionGroup& pg = g.groups()[group];
      out << "\n" << g.Str(pg.proposition);
      if (pg.unit != kNoSymbol) out << " (" << g.Str(pg.unit) << ")";
      out << "\n  " << Pad("KIND", wk) << "  " << Pad("CLAIM", wc) << "  " << Pad("AGAINST", wo)
          << "  ORIGINS\n";
    }
    out << "  ";
    if (options_.color) {
      out << Colour(row.kind) << Pad(Name(row.kind), wk) << "\x1b[0m";
    } else {
      out << Pad(Name(row.kind), wk);
    }
    out << "  " << Pad(row.claim, wc) << "  " << Pad(row.other, wo) << "  " << row.origins << "\n";
  }
  for (const UnitWarning& w : r.report.warnings) {
    std::vector<std::string_view> units;
    for (Symbol u : w.units) units.push_back(g.Str(u));
    out << "\nwarning: proposition '" << g.Str(w.proposition) << "' is measured in several units ("
        << Join(units, ", ") << "); claims are compared within one unit only\n";
  }
  out.flush();
  if (!out) return Status::IoError("writing the report failed");
  return Status();
}

namespace {

void TraceClaim(const ClaimGraph& g, const Provenance& p, ClaimId id, std::ostream& out) {
  const Claim& c = g.claims()[id];
  out << g.Str(c.id) << ": " << FigureText(g, id) << "  " << c.interval.ToString() << "  ("
      << g.Str(c.proposition) << ")\n";
  auto origins = p.OriginsOf(id);
  out << "  origins (" << origins.size() << "): " << Origins(g, p, id) << "\n";
  StanceId first = g.FirstStanceOf(id);
  auto stances = g.StancesOf(id);
  for (size_t k = 0; k < stances.size(); ++k) {
    const Stance& s = stances[k];
    out << "  " << Name(s.kind) << " by " << g.SourceName(s.source);
    if (s.attributed_to != kNone) out << ", attributed to " << g.SourceName(s.attributed_to);
    out << "\n    chain: ";
    std::vector<DocumentId> chain = Provenance::ChainOf(g, s.document);
    for (size_t i = 0; i < chain.size(); ++i) {
      if (i > 0) out << " -> ";
      out << g.Str(g.documents()[chain[i]].id);
    }
    if (s.kind == StanceKind::kAsserts) {
      out << " => origin " << Provenance::OriginName(g, p.OriginOf(first + static_cast<StanceId>(k)));
    }
    out << "\n";
    if (s.quote != 0) out << "    \"" << g.Text(s.quote) << "\"\n";
  }
}

}  // namespace

Status TextTraceWriter::Write(const ClaimGraph& graph, const Provenance& provenance,
                              const TraceRequest& request, std::ostream& out) {
  if (request.claim) {
    TraceClaim(graph, provenance, *request.claim, out);
  } else {
    for (ClaimId id = 0; id < graph.num_claims(); ++id) {
      if (id > 0) out << "\n";
      TraceClaim(graph, provenance, id, out);
    }
  }
  out.flush();
  if (!out) return Status::IoError("writing the trace failed");
  return Status();
}

}  // namespace claimgraph
