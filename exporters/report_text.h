#ifndef CLAIMGRAPH_EXPORTERS_REPORT_TEXT_H_
#define CLAIMGRAPH_EXPORTERS_REPORT_TEXT_H_

#include "exporters/report_writer.h"

namespace claimgraph {

// A table for people at a terminal: one block per proposition, one row per finding.
class TextCheckWriter : public CheckWriter {
 public:
  explicit TextCheckWriter(const ReportOptions& options) : options_(options) {}
  Status Write(const CheckResult& result, std::ostream& out) override;

 private:
  ReportOptions options_;
};

// Each claim, its stances and the chain from each stance's document to its origin.
class TextTraceWriter : public TraceWriter {
 public:
  explicit TextTraceWriter(const ReportOptions& options) : options_(options) {}
  Status Write(const ClaimGraph& graph, const Provenance& provenance, const TraceRequest& request,
               std::ostream& out) override;

 private:
  ReportOptions options_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_REPORT_TEXT_H_
