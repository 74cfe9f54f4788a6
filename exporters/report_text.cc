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

// Text from the input as a terminal shows it: control bytes (ESC, NUL, CR, a
// newline inside a label...) come out as \xNN, so a hostile label can neither
// break the table's lines nor send escape sequences to the terminal.
std::string Safe(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t') || u == 0x7F) {
      out += "\\x";
      out += kHex[u >> 4];
      out += kHex[u & 15];
    } else {
      out += c;
    }
  }
  return out;
}

std::string Join(const std::vector<std::string_view>& items, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += sep;
    out += Safe(items[i]);
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

// The interval in a few characters, for figures worded in the text's own way:
// "much more" reads as "much more (> 225)".
std::string CompactInterval(const Interval& iv) {
  const bool lo = iv.lo_bounded(), hi = iv.hi_bounded();
  if (lo && hi && iv.lo == iv.hi) return "= " + FormatNumber(iv.lo);
  if (lo && hi) return FormatNumber(iv.lo) + "-" + FormatNumber(iv.hi);
  if (lo) return (iv.lo_open ? "> " : ">= ") + FormatNumber(iv.lo);
  if (hi) return (iv.hi_open ? "< " : "<= ") + FormatNumber(iv.hi);
  return "any";
}

// The figure as a reader should see it: the text's words, with the interval when
// the words alone do not say it.
std::string Figure(const ClaimGraph& g, ClaimId id) {
  const Claim& c = g.claims()[id];
  std::string words = FigureText(g, id, /*with_unit=*/false);
  std::string plain = c.qualifier == Qualifier::kRange
                          ? "between " + FormatNumber(c.value) + " and " + FormatNumber(c.value_hi)
                          : QualifierWords(c.qualifier) + FormatNumber(c.value);
  std::string without_commas;  // "20,000" says 20000 already
  for (char ch : words) {
    if (ch != ',') without_commas += ch;
  }
  if (c.text != kNoSymbol && without_commas != plain) {
    words += " (" + CompactInterval(c.interval) + ")";
  }
  return Safe(words);
}

struct Line {
  std::string lead, figure, id, note;
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

  // Two lines a finding: the claim, then what it is against. Widths are measured
  // over the whole report so columns line up from block to block.
  struct Block {
    uint32_t group;
    ContradictionKind kind;
    Line first, second;
  };
  std::vector<Block> blocks;
  for (const Contradiction& c : r.report.items) {
    Block b{c.group, c.kind, {}, {}};
    b.first = Line{std::string(Name(c.kind)), Figure(g, c.a),
                   "[" + Safe(g.Str(g.claims()[c.a].id)) + "]", "origins: " + Origins(g, p, c.a)};
    if (c.kind == ContradictionKind::kDispute) {
      b.second = Line{"", "disputed by " + Join(DisputersOf(g, c.a), ", "), "", ""};
    } else {
      const char* lead = c.kind == ContradictionKind::kRevision ? "  now" : "   vs";
      b.second = Line{lead, Figure(g, c.b), "[" + Safe(g.Str(g.claims()[c.b].id)) + "]",
                      "origins: " + Origins(g, p, c.b)};
    }
    blocks.push_back(std::move(b));
  }
  size_t wl = 8, wf = 6, wi = 4;
  for (const Block& b : blocks) {
    for (const Line* l : {&b.first, &b.second}) {
      wl = std::max(wl, Width(l->lead));
      if (!l->id.empty()) wf = std::max(wf, Width(l->figure));
      wi = std::max(wi, Width(l->id));
    }
  }
  auto print = [&](const Line& l, ContradictionKind kind) {
    out << "  ";
    if (options_.color && !l.lead.empty() && l.lead[0] != ' ') {
      out << Colour(kind) << Pad(l.lead, wl) << "\x1b[0m";
    } else {
      out << Pad(l.lead, wl);
    }
    out << "  ";
    if (l.id.empty()) {
      out << l.figure << "\n";  // a free-running line ("disputed by ...")
      return;
    }
    out << Pad(l.figure, wf) << "  " << Pad(l.id, wi) << "  " << l.note << "\n";
  };
  uint32_t current = kNone;
  for (const Block& b : blocks) {
    if (b.group != current) {
      current = b.group;
      const PropositionGroup& pg = g.groups()[b.group];
      out << "\n" << Safe(g.Str(pg.proposition));
      if (pg.unit != kNoSymbol) out << " (" << Safe(g.Str(pg.unit)) << ")";
      out << "\n";
    }
    print(b.first, b.kind);
    print(b.second, b.kind);
  }
  for (const UnitWarning& w : r.report.warnings) {
    std::vector<std::string_view> units;
    for (Symbol u : w.units) units.push_back(g.Str(u));
    out << "\nwarning: proposition '" << Safe(g.Str(w.proposition)) << "' is measured in several units ("
        << Join(units, ", ") << "); claims are compared within one unit only\n";
  }
  out.flush();
  if (!out) return Status::IoError("writing the report failed");
  return Status();
}

namespace {

void TraceClaim(const ClaimGraph& g, const Provenance& p, ClaimId id, std::ostream& out) {
  const Claim& c = g.claims()[id];
  out << Safe(g.Str(c.id)) << ": " << Safe(FigureText(g, id)) << "  " << c.interval.ToString()
      << "  (" << Safe(g.Str(c.proposition)) << ")\n";
  auto origins = p.OriginsOf(id);
  out << "  origins (" << origins.size() << "): " << Origins(g, p, id) << "\n";
  StanceId first = g.FirstStanceOf(id);
  auto stances = g.StancesOf(id);
  for (size_t k = 0; k < stances.size(); ++k) {
    const Stance& s = stances[k];
    out << "  " << Name(s.kind) << " by " << Safe(g.SourceName(s.source));
    if (s.attributed_to != kNone) out << ", attributed to " << Safe(g.SourceName(s.attributed_to));
    out << "\n    chain: ";
    std::vector<DocumentId> chain = Provenance::ChainOf(g, s.document);
    for (size_t i = 0; i < chain.size(); ++i) {
      if (i > 0) out << " -> ";
      out << Safe(g.Str(g.documents()[chain[i]].id));
    }
    if (s.kind == StanceKind::kAsserts) {
      out << " => origin "
          << Safe(Provenance::OriginName(g, p.OriginOf(first + static_cast<StanceId>(k))));
    }
    out << "\n";
    if (s.quote != 0) out << "    \"" << Safe(g.Text(s.quote)) << "\"\n";
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
