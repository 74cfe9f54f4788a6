#ifndef CLAIMGRAPH_EXPORTERS_REPORT_JSON_H_
#define CLAIMGRAPH_EXPORTERS_REPORT_JSON_H_

#include "exporters/report_writer.h"

namespace claimgraph {

// {"summary": {...}, "contradictions": [...], "warnings": [...]}
class JsonCheckWriter : public CheckWriter {
 public:
  explicit JsonCheckWriter(const ReportOptions& options) : options_(options) {}
  Status Write(const CheckResult& result, std::ostream& out) override;

 private:
  ReportOptions options_;
};

// {"claim": ID, "origins": [...], "chains": [...]} for one claim,
// {"claims": [{"id", "min", "max", "origins", "chains", ...}]} for all.
class JsonTraceWriter : public TraceWriter {
 public:
  explicit JsonTraceWriter(const ReportOptions& options) : options_(options) {}
  Status Write(const ClaimGraph& graph, const Provenance& provenance, const TraceRequest& request,
               std::ostream& out) override;

 private:
  ReportOptions options_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_REPORT_JSON_H_
